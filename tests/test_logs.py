"""Nothing raw in logs, metrics or errors: a failure inside each data stage, with planted PII in the document
it holds, leaves the values in no log, no stderr line and no output (datatrove's loguru prints no locals)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import yaml
from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from charter.cli import main
from core import store
from core.config import GateParams, IngestParams, ScrubParams, ValidateParams
from core.erasure_requests import render
from core.registry import load_registry
from core.stage import run_pipeline
from corpus.ingest import run_ingest
from governance.gate import run_gate
from governance.quality_gate import build_suite, validate_frame
from tests.conftest import FINANCE, REPO, variant, write_jsonl

NAME, SSN = "Rosalind Featherstonehaugh", "078-05-1120"
PLANTED = (NAME, SSN)
# First: loguru shortens a variable it prints to 128 characters.
MEMO = f"Client {NAME} (SSN {SSN}) asked for the statements. " + variant(FINANCE, 5)


class Induced(RuntimeError):
    """The failure each test plants inside a stage."""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A registry with one private source of memos that hold a name and an SSN, and params pointing at it."""
    write_jsonl(tmp_path / "src" / "memos.jsonl", [{"text": MEMO}, {"text": variant(FINANCE, 6)}])
    chat = {
        "id": "c1",
        "origin": {"dataset": "d", "split": "train", "id": "1"},
        "messages": [{"role": "user", "content": MEMO}, {"role": "assistant", "content": "Noted."}],
    }
    write_jsonl(tmp_path / "src" / "chat.jsonl", [chat])
    base = {"format": "jsonl", "license": "MIT", "owner": "o", "sensitivity": "private"}
    (tmp_path / "sources.yaml").write_text(
        yaml.safe_dump({"sources": [base | {"id": "memos", "domain": "finance", "path": "src/memos.jsonl"}]})
    )
    chats = base | {"id": "chat", "domain": "finance", "path": "src/chat.jsonl", "text_field": "messages"}
    (tmp_path / "instructions.yaml").write_text(yaml.safe_dump({"sources": [chats]}))
    (tmp_path / "erasure.yaml").write_text(render([]))
    params = yaml.safe_load((REPO / "params.yaml").read_text())
    params["gate"] |= {
        "erasure_file": str(tmp_path / "erasure.yaml"),
        "policy": str(REPO / params["gate"]["policy"]),
    }
    params["curate"]["decontaminate"] = False
    # Only the memo is longer: a violation on the text column, as well as its SSN's.
    params["validate"]["max_document_chars"] = len(variant(FINANCE, 6)) + 10
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params))
    return tmp_path


def cli(repo: Path, *args: str) -> int:
    return main([*args[:1], "--params", str(repo / "params.yaml"), *args[1:]])


def assert_nothing_raw(repo: Path, capfd) -> None:
    captured = capfd.readouterr()
    for where, text in (("stderr", captured.err), ("stdout", captured.out)):
        assert not [v for v in PLANTED if v in text], f"{where} holds a planted value"
    for path in (repo / "data").rglob("*"):
        if (
            path.is_file() and "docs" not in path.parts
        ):  # a stage's kept documents hold the raw text by design
            blob = path.read_bytes()
            assert not [v for v in PLANTED if v.encode() in blob], f"{path} holds a planted value"


def ingested(repo: Path) -> Path:
    run_ingest(load_registry(repo / "sources.yaml"), IngestParams(), repo / "data" / "ingest")
    return repo / "data"


def gated(repo: Path) -> Path:
    data = ingested(repo)
    gate = GateParams(
        policy=str(REPO / "governance/policies/commercial.yaml"), erasure_file=str(repo / "erasure.yaml")
    )
    run_gate(load_registry(repo / "sources.yaml"), gate, data / "ingest", data / "gate")
    return data


def fail_holding(doc_text: str) -> None:
    raise Induced(f"induced failure on a document of {len(doc_text)} characters")


def test_a_failure_in_ingest_logs_no_document_text(repo, capfd, monkeypatch):
    def check(self, text):
        fail_holding(text)

    monkeypatch.setattr("corpus.ingest.ReadSources.check", check)
    with pytest.raises(Induced):
        cli(repo, "ingest", "--sources", str(repo / "sources.yaml"), "--out", str(repo / "data" / "ingest"))
    assert_nothing_raw(repo, capfd)


def test_a_failure_in_the_gate_logs_no_document_text(repo, capfd, monkeypatch):
    data = ingested(repo)
    capfd.readouterr()
    monkeypatch.setattr("governance.gate.GateFilter.filter", lambda self, doc: fail_holding(doc.text))
    with pytest.raises(Induced):
        cli(
            repo,
            "gate",
            "--sources",
            str(repo / "sources.yaml"),
            "--in",
            str(data / "ingest"),
            "--out",
            str(data / "gate"),
        )
    assert_nothing_raw(repo, capfd)


def test_a_failure_in_curate_logs_no_document_text(repo, capfd, monkeypatch):
    data = gated(repo)
    capfd.readouterr()
    from datatrove.pipeline.filters import GopherRepetitionFilter

    monkeypatch.setattr(GopherRepetitionFilter, "filter", lambda self, doc: fail_holding(doc.text))
    with pytest.raises(Exception, match="induced|did not complete"):
        cli(
            repo,
            "curate",
            "--sources",
            str(repo / "sources.yaml"),
            "--in",
            str(data / "gate"),
            "--out",
            str(data / "curate"),
        )
    assert_nothing_raw(repo, capfd)


class FailingScrubber:
    def __init__(self, params: ScrubParams, domain: str | None = None):
        pass

    def scrub_many(self, texts):
        for text, _domain in texts:
            fail_holding(text)


def test_a_failure_in_scrub_logs_no_document_text(repo, capfd, monkeypatch):
    data = gated(repo)
    capfd.readouterr()
    monkeypatch.setattr("governance.pii.stage.Scrubber", FailingScrubber)
    with pytest.raises(Induced):
        cli(repo, "scrub", "--in", str(data / "gate"), "--out", str(data / "scrub"))
    assert_nothing_raw(repo, capfd)


def test_a_failing_quality_gate_names_documents_never_their_text(repo, capfd):
    data = gated(repo)
    store.write_documents(store.read_documents(data / "gate" / "docs"), data / "scrub" / "docs")
    capfd.readouterr()
    assert (
        cli(
            repo,
            "validate",
            "--sources",
            str(repo / "sources.yaml"),
            "--gate",
            str(data / "gate"),
            "--in",
            str(data / "scrub"),
            "--out",
            str(data / "validate"),
        )
        == 2
    )
    results = json.loads((data / "validate" / "results.json").read_text())
    failed = {f["expectation"]: f for f in results["failures"]}
    assert failed["expect_column_value_lengths_to_be_between"]["doc_ids"] == ["memos/memos.jsonl#L1"]
    assert failed["expect_column_values_to_not_match_regex"]["doc_ids"] == ["memos/memos.jsonl#L1"]
    assert_nothing_raw(repo, capfd)


def test_quality_gate_results_carry_ids_for_every_expectation_never_values():
    rows = [
        {
            "doc_id": "a",
            "text": MEMO,
            "source": "s",
            "domain": "finance",
            "license": "MIT",
            "sha256": "0" * 64,
        },
        {"doc_id": "b", "text": NAME, "source": "s", "domain": NAME, "license": SSN, "sha256": NAME},
    ]
    frame = pd.DataFrame(rows)
    outcome = validate_frame(
        frame, lambda: build_suite(ValidateParams(max_document_chars=100), ["MIT"], ["finance"])
    )
    assert not outcome["success"]
    assert all(f["doc_ids"] for f in outcome["failures"] if f["unexpected_count"])
    assert not [v for v in PLANTED if v in json.dumps(outcome)]


def test_a_failure_in_mix_logs_no_document_text(repo, capfd, monkeypatch):
    data = gated(repo)
    store.write_documents(store.read_documents(data / "gate" / "docs"), data / "scrub" / "docs")
    capfd.readouterr()

    def split(docs, fraction, seed):
        fail_holding(docs[0].text)

    monkeypatch.setattr("corpus.mix.split_heldout", split)
    with pytest.raises(Induced):
        cli(repo, "mix", "--in", str(data / "scrub"), "--out", str(data / "mix"))
    assert_nothing_raw(repo, capfd)


class FailingStep(PipelineStep):
    name = "induced failure"

    def __init__(self, *args, **kwargs):
        super().__init__()

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            fail_holding(doc.text)
            yield doc


def test_a_failure_in_sft_data_logs_no_conversation_text(repo, capfd, monkeypatch):
    capfd.readouterr()
    monkeypatch.setattr("model.sft.data.ScrubPII", FailingStep)
    with pytest.raises(Induced):
        cli(
            repo,
            "sft-data",
            "--sources",
            str(repo / "instructions.yaml"),
            "--heldout",
            "",
            "--out",
            str(repo / "data" / "sft_data"),
        )
    assert_nothing_raw(repo, capfd)


class HoldsADocument(PipelineStep):
    """Fails in a datatrove worker process while a local variable holds a planted document."""

    name = "induced failure in a worker"

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        document = Document(text=MEMO, id=f"planted/{rank}")
        fail_holding(document.text)
        yield document


def test_worker_processes_log_no_locals_either(tmp_path, capfd):
    with pytest.raises(Exception):  # noqa: B017 - the pool re-raises the worker's error in its own type
        run_pipeline([HoldsADocument()], tmp_path / "out", tasks=2, workers=2)
    logs = b"".join(p.read_bytes() for p in (tmp_path / "out").rglob("*.log"))
    assert b"induced failure" in logs  # the workers did log the failure
    captured = capfd.readouterr()
    assert not [v for v in PLANTED if v.encode() in logs or v in captured.err + captured.out]
