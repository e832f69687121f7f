from pathlib import Path

import pymupdf

from corpus.readers import READERS, Quarantine, ReadOptions, Record
from tests.conftest import make_pdf


def read(fmt: str, path: Path, **options) -> list:
    return list(READERS[fmt](ReadOptions(**options)).read(path, path.name))


def test_malformed_jsonl_line_is_quarantined_with_its_line_number(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "fine"}\n{"text": "broken\n[1, 2]\n{"body": "no text"}\n\xff\xfe\n')
    items = read("jsonl", path)
    assert isinstance(items[0], Record) and items[0].line == 1
    reasons = {q.line: q.reason for q in items if isinstance(q, Quarantine)}
    assert reasons[2].startswith("malformed JSON")
    assert "expected a JSON object" in reasons[3]
    assert "no string field 'text'" in reasons[4]
    assert reasons[5].startswith("invalid UTF-8")
    assert all(q.location == f"a.jsonl:{q.line}" for q in items if isinstance(q, Quarantine))


def test_record_hash_is_of_the_raw_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "x"}\n')
    (record,) = read("jsonl", path)
    import hashlib

    assert record.sha256 == hashlib.sha256(b'{"text": "x"}').hexdigest()


def test_invalid_utf8_text_file_is_quarantined(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"abc \xff")
    (item,) = read("text", path)
    assert isinstance(item, Quarantine) and item.reason == "invalid UTF-8 at byte 4"


def test_pdf_two_columns_keep_reading_order(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page()
    left = "Left column first sentence. Left column second sentence."
    right = "Right column first sentence. Right column second sentence."
    page.insert_textbox(pymupdf.Rect(40, 40, 290, 400), left, fontsize=11)
    page.insert_textbox(pymupdf.Rect(310, 40, 560, 400), right, fontsize=11)
    path = tmp_path / "cols.pdf"
    doc.save(path)
    (record,) = read("pdf", path)
    text = " ".join(record.text.split())
    assert text.index("Left column second") < text.index("Right column first")


def test_corrupt_encrypted_and_image_only_pdfs_are_quarantined_with_reasons(tmp_path):
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n garbage")
    (item,) = read("pdf", corrupt)
    assert isinstance(item, Quarantine) and item.reason.startswith("corrupt PDF")

    make_pdf(tmp_path / "plain.pdf", ["secret text"])
    encrypted = tmp_path / "locked.pdf"
    pymupdf.open(tmp_path / "plain.pdf").save(
        encrypted, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="user", owner_pw="owner"
    )
    (item,) = read("pdf", encrypted)
    assert isinstance(item, Quarantine) and item.reason.startswith("encrypted")

    blank = pymupdf.open()
    blank.new_page().draw_rect(pymupdf.Rect(10, 10, 100, 100), fill=(0, 0, 0))
    blank.save(tmp_path / "scan.pdf")
    (item,) = read("pdf", tmp_path / "scan.pdf")
    assert isinstance(item, Quarantine) and item.reason.startswith("no text layer")


def test_parquet_rows_are_records(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({"text": ["a", None], "year": [2020, 2021], "owner_note": ["x", "y"]})
    pq.write_table(table, tmp_path / "t.parquet")
    items = read("parquet", tmp_path / "t.parquet", keep_fields=("year",))
    assert isinstance(items[0], Record) and items[0].fields == {"year": 2020}  # only the fields it keeps
    assert isinstance(items[1], Quarantine) and items[1].line == 2
    (first, _) = read("parquet", tmp_path / "t.parquet")
    assert first.fields == {}


def test_pdf_running_headers_and_page_numbers_are_removed(tmp_path):
    doc = pymupdf.open()
    for n in range(1, 4):
        page = doc.new_page()
        page.insert_text((72, 40), f"Annual Report 2024 - Section {n}", fontsize=9)
        page.insert_textbox(
            pymupdf.Rect(72, 150, 540, 600), f"Body paragraph of page {n} with findings.", fontsize=11
        )
        page.insert_text((300, 820), str(n), fontsize=9)
    doc.save(tmp_path / "report.pdf")
    (record,) = read("pdf", tmp_path / "report.pdf")
    assert "Annual Report" not in record.text
    assert [line for line in record.text.splitlines() if line.strip().isdigit()] == []
    assert all(f"Body paragraph of page {n}" in record.text for n in (1, 2, 3))
    assert record.info["running_heads_removed"] == 6


def test_pdf_ruled_table_becomes_markdown_in_place(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 80), "Results before the table.", fontsize=11)
    rows = [("Segment", "Revenue"), ("Lending", "12.50"), ("Deposits", "7.25")]
    x, y, w, h = 72, 120, 150, 24
    for i in range(len(rows) + 1):
        page.draw_line((x, y + i * h), (x + 2 * w, y + i * h))
    for j in range(3):
        page.draw_line((x + j * w, y), (x + j * w, y + len(rows) * h))
    for i, (a, b) in enumerate(rows):
        page.insert_text((x + 5, y + i * h + 16), a, fontsize=10)
        page.insert_text((x + w + 5, y + i * h + 16), b, fontsize=10)
    page.insert_text((72, 260), "Discussion after the table.", fontsize=11)
    doc.save(tmp_path / "table.pdf")
    (record,) = read("pdf", tmp_path / "table.pdf")
    assert record.info["tables"] == 1
    assert "|Lending|12.50|" in record.text.replace(" ", "")
    text = record.text
    assert text.index("Results before") < text.index("|") < text.index("Discussion after")
    assert text.count("Lending") == 1  # the cell text is not repeated as a loose block


def test_empty_and_whitespace_only_files(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    assert read("jsonl", tmp_path / "empty.jsonl") == []
    (tmp_path / "empty.txt").write_bytes(b"")
    (item,) = read("text", tmp_path / "empty.txt")
    assert isinstance(item, Record) and item.text == ""  # the ingest stage quarantines it as empty
    (tmp_path / "empty.pdf").write_bytes(b"")
    (item,) = read("pdf", tmp_path / "empty.pdf")
    assert isinstance(item, Quarantine) and item.reason.startswith("corrupt PDF")
