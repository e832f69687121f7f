"""Every real PDF in ../shared/data is either read (order, tables, running heads) or quarantined with a reason."""

from pathlib import Path

import pytest

from corpus.readers import Quarantine, Record
from corpus.readers.pdf import PdfReader


@pytest.fixture(scope="module")
def read_all(shared_data: Path) -> dict[str, Record | Quarantine]:
    pdfs = sorted(shared_data.glob("*-pdf/*.pdf")) + sorted((shared_data / "pdf-edgecases").rglob("*.pdf"))
    assert pdfs, f"no PDFs under {shared_data}/*-pdf or {shared_data}/pdf-edgecases"
    out = {}
    for path in pdfs:
        items = list(PdfReader().read(path, path.name))
        assert len(items) == 1, path
        out[path.name] = items[0]
    return out


def test_every_pdf_is_read_or_quarantined_with_a_reason(read_all):
    quarantined = {name: q.reason for name, q in read_all.items() if isinstance(q, Quarantine)}
    assert quarantined == {
        "libreoffice-writer-password.pdf": "encrypted: PDF needs a password",
        "scotus-slip-opinion-2012-scanned.pdf": "no text layer (2 pages, image-only; OCR is not configured)",
    }
    for name, item in read_all.items():
        if isinstance(item, Record):
            assert item.text.strip(), name


def test_long_and_right_to_left_documents_are_read(read_all):
    geotopo = read_all["GeoTopo-komprimiert.pdf"]
    assert isinstance(geotopo, Record) and geotopo.info["pages"] == 117
    arabic = read_all["habibi.pdf"]
    assert isinstance(arabic, Record) and any("\u0600" <= c <= "\u06ff" for c in arabic.text)


def test_running_heads_are_removed_from_court_filings(read_all):
    opinion = read_all["ca1_00117684624.pdf"]
    assert isinstance(opinion, Record)
    assert "Date Filed:" not in opinion.text  # the docket stamp on every page
    assert opinion.info["running_heads_removed"] >= 17
    register = read_all["federal-register-2020-17221.pdf"]
    assert isinstance(register, Record) and "Federal Register / Vol." not in register.text


def test_tables_become_markdown(read_all):
    expenditures = read_all["senate-expenditures.pdf"]
    assert isinstance(expenditures, Record) and expenditures.info["tables"] == 1
    assert "|---|" in expenditures.text and "PAYEE" in expenditures.text


def test_two_column_paper_keeps_column_order(read_all):
    paper = read_all["multicolumn.pdf"]
    assert isinstance(paper, Record)
    words = " ".join(paper.text.split())
    # consecutive lines of the left column stay together (line-sorted extraction would interleave the right one)
    left = (
        "Ut purus elit, vestibulum ut, placerat ac, adipiscing vitae, felis. Curabitur dictum gravida mauris."
    )
    assert left in words
    assert words.index("Two-Column Document") < words.index("Abstract") < words.index("Lorem ipsum dolor")
