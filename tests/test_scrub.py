import hashlib
import hmac
import json
import re

import pytest
from datatrove.data import Document

from core import store
from core.config import ScrubParams
from governance.pii.placeholders import renumber_by_appearance
from governance.pii.scrubber import (
    CHUNK_CHARS,
    CHUNK_OVERLAP,
    WINDOW_CHARS,
    Scrubber,
    _chunks,
    _take_window,
    iter_chunks,
    owned,
)
from governance.pii.stage import run_scrub, scrub_jsonl
from tools.pii_domain_set import build

MEMO = (
    "Client onboarding memo. Our adviser met Margaret Okafor on Tuesday. Margaret Okafor asked that statements "
    "go to margaret.okafor@example.com and that Daniel Reyes be added as a joint holder. "
    "Card on file: 4111 1111 1111 1111."
)


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams())


def test_values_become_typed_placeholders_consistent_within_the_document(scrubber):
    result = scrubber.scrub(MEMO)
    assert "Okafor" not in result.text and "example.com" not in result.text and "4111" not in result.text
    assert result.text.count("<PERSON_1>") == 2  # the same person, the same placeholder
    assert "<PERSON_2>" in result.text and "<EMAIL_ADDRESS_1>" in result.text
    assert result.text.index("<PERSON_1>") < result.text.index("<PERSON_2>")  # numbered in reading order
    assert result.counts["PERSON"] == 3 and result.counts["EMAIL_ADDRESS"] == 1


def test_text_without_pii_is_unchanged(scrubber):
    text = "Net revenue rose 4.2% to $1.3 billion in fiscal 2024; CUSIP 037833100 traded flat."
    assert scrubber.scrub(text).text == text


def test_renumbering_follows_reading_order():
    assert (
        renumber_by_appearance("<PERSON_2> met <PERSON_1>, then <PERSON_2>")
        == "<PERSON_1> met <PERSON_2>, then <PERSON_1>"
    )


def test_chunks_cover_the_text_and_overlap_their_neighbours():
    text = ("para " * 50 + "\n\n") * 40
    chunks = _chunks(text, size=1000, overlap=100)
    assert all(text[o : o + len(c)] == c for o, c in chunks)
    assert chunks[0][0] == 0 and chunks[-1][0] + len(chunks[-1][1]) == len(text)
    assert all(o2 == o1 + len(c1) - 100 for (o1, c1), (o2, _) in zip(chunks, chunks[1:], strict=False))
    with pytest.raises(ValueError, match="overlap"):
        _chunks(text, size=1000, overlap=600)


def test_values_straddling_a_chunk_boundary_are_scrubbed(scrubber):
    # No whitespace to cut at: without overlap, chunks would end at exactly CHUNK_CHARS and 2 * CHUNK_CHARS,
    # inside the first card and the SSN; the second card straddles the middle of the first overlap, where
    # one chunk's detections hand over to the next one's.
    first, middle, ssn = CHUNK_CHARS - 8, CHUNK_CHARS - CHUNK_OVERLAP // 2 - 5, 2 * CHUNK_CHARS - 5
    text = ["~"] * (2 * CHUNK_CHARS + 40)
    text[first : first + 16] = "4111111111111111"
    text[middle : middle + 16] = "5555555555554444"
    text[ssn : ssn + 11] = "219-09-9999"
    text = "".join(text)
    out = scrubber.scrub(text).text
    assert (
        "4111" not in out
        and "5555" not in out
        and "4444" not in out
        and "9999" not in out
        and "219" not in out
    )
    assert (
        out.count("<CREDIT_CARD_1>") == 1
        and out.count("<CREDIT_CARD_2>") == 1
        and out.count("<US_SSN_1>") == 1
    )


def test_overlapping_chunks_answer_for_every_character_once():
    text = ("word " * 30_000).strip()
    chunks = list(iter_chunks(text, size=20_000, overlap=1_000))
    spans = [owned(offset, chunk, len(text), overlap=1_000) for offset, chunk in chunks]
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(text[o : o + len(c)] == c and len(c) <= 20_000 for o, c in chunks)
    assert all(o2 == o1 + len(c1) - 1_000 for (o1, c1), (o2, _) in zip(chunks, chunks[1:], strict=False))


def test_keyed_placeholders_keep_64_bits_of_the_hmac(monkeypatch):
    monkeypatch.setenv("CHARTER_TEST_PII_KEY", "s3cret-key")
    params = ScrubParams(n_process=1, hash_secret_env="CHARTER_TEST_PII_KEY")
    out = Scrubber(params).scrub("Write to siiri.jokela@example.fi today.").text
    tag = re.search(r"<EMAIL_ADDRESS_([0-9a-f]+)>", out).group(1)
    expected = hmac.new(
        b"s3cret-key", b"EMAIL_ADDRESS\x00siiri.jokela@example.fi", hashlib.sha256
    ).hexdigest()
    assert len(tag) * 4 >= 64 and tag == expected[: len(tag)]


def test_stage_writes_counts_never_values(tmp_path):
    docs = [
        Document(
            text=MEMO, id="fin/1", metadata={"source": "fin", "domain": "finance", "sensitivity": "private"}
        ),
        Document(text="Quarterly revenue rose.", id="fin/2", metadata={"source": "fin", "domain": "finance"}),
    ]
    store.write_documents(docs, tmp_path / "in" / "docs")
    stats = run_scrub(ScrubParams(), tmp_path / "in", tmp_path / "out")
    assert stats["account"] == {
        "name": "scrub",
        "in": 2,
        "kept": 1,
        "modified": 1,
        "dropped": 0,
        "quarantined": 0,
    }
    assert stats["pii_by_domain"]["finance"]["PERSON"] == 3
    for artefact in ("stats.json", "ledger.parquet", "docs/00000.jsonl"):
        blob = (tmp_path / "out" / artefact).read_bytes()
        assert b"Okafor" not in blob and b"margaret.okafor" not in blob


def test_standalone_scrub_keeps_other_fields(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": MEMO, "note": "keep"}) + "\n")
    summary = scrub_jsonl(ScrubParams(), src, tmp_path / "out.jsonl")
    (line,) = (tmp_path / "out.jsonl").read_text().splitlines()
    record = json.loads(line)
    assert record["note"] == "keep" and "Okafor" not in record["text"]
    assert summary["documents"] == 1 and summary["replaced"]["EMAIL_ADDRESS"] == 1


def test_worker_processes_find_exactly_what_one_process_finds():
    rows = [row for rows in build(per_domain=3).values() for row in rows]
    items = [(row["text"], row["domain"]) for row in rows]
    alone = list(Scrubber(ScrubParams(n_process=1)).find_many(items))
    assert list(Scrubber(ScrubParams(n_process=2, batch_size=2)).find_many(iter(items))) == alone


def test_work_windows_keep_order_and_bound_the_characters_in_flight():
    pairs = [("x" * n, None) for n in (10, WINDOW_CHARS, 5, 7, 3, 1, 2)]
    stream = iter(pairs)
    windows = []
    while window := _take_window(stream, workers=2, batch_size=2):
        windows.append(window)
    assert [p for window in windows for batch in window for p in batch] == pairs
    assert len(windows) == 2 and sum(len(batch) for batch in windows[0]) == 2  # the big text closes it
    assert all(len(window) >= min(2, sum(map(len, window))) for window in windows)
