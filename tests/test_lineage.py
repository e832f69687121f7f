"""Ledger, trace, erasure proof, OpenLineage, EU summary and integrity on a tiny hand-built pipeline output."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
import yaml
from tokenizers import Tokenizer, models, pre_tokenizers, trainers
from transformers import PreTrainedTokenizerFast

from charter.cli import main
from core.erasure_requests import render
from core.ledger import DROPPED, KEPT, MODIFIED, LedgerRow, LedgerWriter
from core.registry import load_registry
from corpus.tokenize import INDEX, INDEX_SCHEMA, SHARDS, ShardWriter
from governance.erasure import DocumentRequest, ErasureList, SourceRequest, append_requests
from governance.erasure.documents import corpus_documents
from governance.erasure.proof import verify_erasure
from governance.integrity import artifact_hashes, verify
from governance.openlineage import build_events, to_lines, validate_event
from governance.report.summary import training_content_summary
from governance.trace import build_doc_token_index, trace_document
from tests.conftest import ENGLISH, FINANCE, variant

SOURCE = {
    "domain": "finance",
    "path": "x.jsonl",
    "format": "jsonl",
    "license": "MIT",
    "owner": "o",
    "sensitivity": "public",
}
SECRET = "Jane Q. Examplewoman, SSN 078-05-1120"


# The documents of the hand-built pipeline below: ids as ingest gives them to `sources/<source>.jsonl`.
B0, C0, C1 = "b/b.jsonl#L1", "c/c.jsonl#L1", "c/c.jsonl#L2"
ERASED_TEXT = "Erased memo about the quarterly zeppelin harvest in Tromsø. " + variant(FINANCE, 7)


def write_registry(root: Path, texts: dict[str, tuple[str, list[str]]]) -> Path:
    """`texts`: source id -> (domain, texts): one JSONL file per source, and the registry that lists them."""
    sources = []
    for source, (domain, lines) in texts.items():
        (root / "sources").mkdir(parents=True, exist_ok=True)
        with (root / "sources" / f"{source}.jsonl").open("w") as f:
            for t in lines:
                f.write(json.dumps({"text": t}) + "\n")
        sources.append({**SOURCE, "id": source, "domain": domain, "path": f"sources/{source}.jsonl"})
    path = root / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": sources}))
    return path


def erasure_file(path: Path, requests: list[dict]) -> Path:
    path.write_text(render([(DocumentRequest if "doc" in r else SourceRequest)(**r) for r in requests]))
    return path


@pytest.fixture
def pipeline_out(tmp_path: Path) -> Path:
    """ingest (erasure of B0) -> gate -> curate (C1 duplicate of C0) -> scrub (PII counts) -> tokenize."""
    data = tmp_path / "data"
    registry = write_registry(
        tmp_path,
        {
            "a": ("general", [variant(ENGLISH, i) for i in range(3)]),
            "b": ("general", [ERASED_TEXT]),
            "c": ("finance", [variant(FINANCE, 1), variant(FINANCE, 1)]),
        },
    )
    docs = [
        {"id": d.id, "text": d.text, "metadata": d.metadata}
        for d in corpus_documents(load_registry(registry))
    ]
    by_id = {d["id"]: d for d in docs}
    erasure_file(tmp_path / "erasure.yaml", [{"doc": B0, "sha256": by_id[B0]["metadata"]["sha256"]}])
    (data / "ingest" / "docs").mkdir(parents=True)
    with (data / "ingest" / "docs" / "00000.jsonl").open("w") as f:
        for d in docs:
            if d["id"] != B0:
                f.write(json.dumps(d) + "\n")

    def stage(name: str, rows: list[LedgerRow]) -> None:
        w = LedgerWriter(name, "p" * 16)
        w.extend(rows)
        w.write(data / name)

    def row(i: str, decision: str = KEPT, reason: str = "", **kw) -> LedgerRow:
        return LedgerRow(
            i, decision, reason, by_id[i]["metadata"]["source"], by_id[i]["metadata"]["domain"], **kw
        )

    stage(
        "ingest",
        [row(i) if i != B0 else row(i, DROPPED, "erased: document is on the erasure list") for i in by_id],
    )
    survivors = [i for i in by_id if i != B0]
    stage("gate", [row(i) for i in survivors])
    stage(
        "curate",
        [
            row(i) if i != C1 else row(i, DROPPED, "exact_dedup: dup", detail={"duplicate_of": C0})
            for i in survivors
        ],
    )
    trained = [i for i in survivors if i != C1]
    stage(
        "scrub",
        [
            row(i, MODIFIED, "pii replaced", counts={"PERSON": 2, "US_SSN": 1}) if i == C0 else row(i)
            for i in trained
        ],
    )
    stage("mix", [row(i, detail={"split": "train", "copies": 1}) for i in trained])

    raw = Tokenizer(models.BPE(unk_token="<unk>"))
    raw.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    raw.train_from_iterator(
        [d["text"] for d in docs],
        trainers.BpeTrainer(
            vocab_size=400,
            special_tokens=["<unk>", "<eos>"],
            initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        ),
    )
    tok = PreTrainedTokenizerFast(tokenizer_object=raw, eos_token="<eos>", unk_token="<unk>")
    tok.save_pretrained(data / "tokenizer" / "tokenizer")
    writer = ShardWriter(data / "tokenize" / SHARDS, np.dtype(np.uint16), 10_000)
    for i in trained:
        ids = tok(by_id[i]["text"], add_special_tokens=False)["input_ids"] + [tok.eos_token_id]
        writer.add(ids, i, by_id[i]["metadata"])
    writer.flush()
    import pyarrow as pa

    pq.write_table(pa.table(dict(writer.index), schema=INDEX_SCHEMA), data / "tokenize" / INDEX)
    (data / "tokenize" / "meta.json").write_text(
        json.dumps(
            {
                "dtype": "uint16",
                "vocab_size": 400,
                "seq_len": 64,
                "n_tokens": 1,
                "n_unique_tokens": 1,
                "n_documents": 4,
                "tokens_by_domain": {},
                "shards": [],
            }
        )
    )
    return data


def test_ledger_rows_carry_decision_reason_versions_and_counts_only(pipeline_out):
    rows = pq.read_table(pipeline_out / "scrub" / "ledger.parquet").to_pylist()
    assert {"decision", "reason", "code_version", "params_hash", "counts"} <= set(rows[0])
    assert all(r["code_version"] and r["params_hash"] == "p" * 16 for r in rows)
    with pytest.raises(ValueError, match="integers by type"):
        LedgerRow("x", MODIFIED, counts={"PERSON": "Jane"})  # type: ignore[dict-item]


def test_trace_gives_dedup_survivor_pii_counts_and_token_ranges(pipeline_out, capsys):
    dup = trace_document(pipeline_out, C1)
    assert dup["dedup"] == {
        "survivor": C0,
        "survived": False,
        "cluster": [C0, C1],
        "cluster_size": 2,
    }
    assert dup["token_ranges"] == [] and dup["license"] == "MIT" and dup["sha256"]
    kept = trace_document(pipeline_out, C0)
    assert kept["dedup"]["survived"] and kept["pii_replaced"] == {"PERSON": 2, "US_SSN": 1}
    assert kept["shards"] == ["shard_00000.bin"] and kept["tokens"] > 0
    assert [s["stage"] for s in kept["stages"]] == ["ingest", "gate", "curate", "scrub", "mix"]
    build_doc_token_index(pipeline_out)  # the report stage's by-document index gives the same answer
    assert trace_document(pipeline_out, C0)["token_ranges"] == kept["token_ranges"]
    assert main(["trace", C0, "--data", str(pipeline_out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["dedup"]["cluster_size"] == 2


def test_forget_erases_the_sources_registered_with_it_and_refuses_an_unknown_one(tmp_path, capsys):
    erasure = tmp_path / "erasure.yaml"
    params = yaml.safe_load((Path(__file__).parents[1] / "params.yaml").read_text())
    params["gate"]["erasure_file"] = str(erasure)
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params))
    registry = {
        "sources": [{**SOURCE, "id": "corpus-a"}, {**SOURCE, "id": "chat-a", "erased_with": ["corpus-a"]}]
    }
    registry["sources"].append({**SOURCE, "id": "chat-a-more", "erased_with": ["chat-a"]})
    (tmp_path / "reg.yaml").write_text(yaml.safe_dump(registry))
    common = ["--params", str(tmp_path / "params.yaml"), "--sources", str(tmp_path / "reg.yaml")]
    assert main(["forget", "--source", "corpus-a", "--reason", "owner asked", *common]) == 0
    erasure_list = ErasureList.load(erasure)
    assert erasure_list.sources == {"corpus-a", "chat-a", "chat-a-more"}
    requests = yaml.safe_load(erasure.read_text())["requests"]
    assert [r["reason"] for r in requests] == ["owner asked", *["erased with corpus-a: owner asked"] * 2]
    capsys.readouterr()
    assert main(["forget", "--source", "corpus-b", *common]) == 2
    assert "no registered source 'corpus-b'" in capsys.readouterr().err
    assert ErasureList.load(erasure).sources == {"corpus-a", "chat-a", "chat-a-more"}


def test_forget_appends_a_request_the_gate_reads(tmp_path):
    path = tmp_path / "erasure.yaml"
    append_requests(path, [SourceRequest(source="finance-client-onboarding", reason="contract ended")])
    doc = DocumentRequest(doc="legal-cuad/x.jsonl#L3", sha256="0" * 64)
    append_requests(path, [doc])
    append_requests(path, [doc])  # idempotent
    erasure = ErasureList.load(path)
    assert erasure.sources == {"finance-client-onboarding"} and erasure.documents == {"legal-cuad/x.jsonl#L3"}
    assert erasure.hashes == {"0" * 64} and len(erasure.requests) == 2


def test_verify_erasure_passes_when_absent_and_fails_when_text_is_in_a_shard(pipeline_out):
    erasure = pipeline_out.parent / "erasure.yaml"
    sources = [pipeline_out.parent / "sources.yaml"]
    proof = verify_erasure(pipeline_out, erasure, sources=sources)
    assert proof["passed"], proof["failures"]
    assert proof["doc_ids_checked"] == [B0] and proof["ledger"]["dropped_as_erased"] == 1
    assert (
        proof["ngrams"]["sampled"] > 0
        and proof["ngrams"]["hits"] == 0
        and proof["ngrams"]["tokens_scanned"] > 0
    )
    assert "zeppelin" not in json.dumps(proof)  # counts and ids, never the text
    # The erased text sneaks into a shard under another document's id: only the n-gram leg can see it.
    tok = PreTrainedTokenizerFast.from_pretrained(pipeline_out / "tokenizer" / "tokenizer")
    shard = pipeline_out / "tokenize" / SHARDS / "shard_00000.bin"
    leaked = np.asarray(tok(ERASED_TEXT, add_special_tokens=False)["input_ids"], dtype=np.uint16)
    with shard.open("ab") as f:
        f.write(leaked.tobytes())
    proof = verify_erasure(pipeline_out, erasure, sources=sources)
    assert (
        not proof["passed"]
        and proof["ngrams"]["hits"] > 0
        and proof["ngrams"]["shards_with_hits"] == ["tokenize/shard_00000.bin"]
    )


def test_verify_detects_a_tampered_shard(pipeline_out, tmp_path, capsys):
    report = tmp_path / "report.json"
    report.write_text(json.dumps({"artifacts": artifact_hashes(pipeline_out)}))
    assert verify(report, pipeline_out)["ok"]
    shard = pipeline_out / "tokenize" / SHARDS / "shard_00000.bin"
    blob = bytearray(shard.read_bytes())
    blob[10] ^= 1
    shard.write_bytes(bytes(blob))
    assert verify(report, pipeline_out)["changed"] == ["tokenize/shards/shard_00000.bin"]
    assert main(["verify", "--data", str(pipeline_out), "--report", str(report)]) == 2
    assert "tokenize/shards/shard_00000.bin" in capsys.readouterr().err


def _report_facts() -> dict:
    src = {"owner": "o", "attribution": None, "documents_read": 3, "gate_reason": "ok", "domain": "finance"}
    return {
        "code_version": "abc",
        "sources": [
            src | {"id": "pub", "license": "MIT", "sensitivity": "public", "gate": "kept"},
            src
            | {
                "id": "priv",
                "license": "LicenseRef-Proprietary-Internal",
                "sensitivity": "private",
                "gate": "kept",
            },
            src | {"id": "nc", "license": "CC-BY-NC-SA-3.0", "sensitivity": "public", "gate": "blocked"},
        ],
        "stages": [{"name": "gate", "in": 9, "kept": 6, "modified": 0, "dropped": 3, "quarantined": 0}],
        "pii": {"by_domain": {"finance": {"PERSON": 4}}},
        "tokens": {"n_tokens": 100, "n_documents": 6},
        "gate": {"policy": "commercial", "use": "commercial-training"},
        "erasure": {"requests": [{"doc": "x"}], "passed": True},
        "quality_gate": {
            "success": True,
            "documents": 6,
            "statistics": {"evaluated_expectations": 3, "successful_expectations": 3},
        },
    }


def test_eu_training_content_summary_follows_the_template_sections():
    s = training_content_summary(_report_facts())
    assert {"1_general_information", "2_list_of_data_sources", "3_data_processing_aspects"} <= set(s)
    sources = s["2_list_of_data_sources"]
    assert [x["id"] for x in sources["2_1_publicly_available_datasets"]] == ["pub"]
    assert [x["id"] for x in sources["2_2_private_non_publicly_available_datasets"]] == ["priv"]
    assert not sources["2_3_data_crawled_and_scraped_from_online_sources"]["used"]
    for key in ("2_4_user_data", "2_5_synthetic_data_generated_by_ai_models", "2_6_other_sources"):
        assert key in sources
    processing = s["3_data_processing_aspects"]
    assert processing["3_1_respect_of_reservation_of_rights"]["sources_blocked_by_license"] == ["nc"]
    assert processing["3_3_personal_data"]["values_replaced_by_type"] == {"PERSON": 4}
    assert s["1_general_information"]["modalities"] == ["text"]


def test_openlineage_events_start_and_complete_per_stage_and_validate(tmp_path):
    lock = {
        "schema": "2.0",
        "stages": {
            "gate": {
                "cmd": "charter gate",
                "deps": [
                    {"path": "data/ingest/docs", "md5": "aa.dir", "size": 10},
                    {"path": "governance/gate.py", "md5": "bb"},
                ],
                "params": {"params.yaml": {"gate": {"use": "commercial-training"}}},
                "outs": [{"path": "data/gate/docs", "md5": "cc.dir", "size": 8}],
            },
            "validate": {
                "cmd": "charter validate",
                "deps": [{"path": "data/scrub/docs", "md5": "dd.dir", "size": 5}],
                "outs": [{"path": "data/validate/results.json", "md5": "ee", "size": 1}],
            },
        },
    }
    import yaml

    (tmp_path / "dvc.lock").write_text(yaml.safe_dump(lock))
    events = [
        json.loads(line)
        for line in to_lines(build_events(tmp_path, tmp_path / "data", _report_facts())).splitlines()
    ]
    assert [(e["job"]["name"], e["eventType"]) for e in events] == [
        ("gate", "START"),
        ("gate", "COMPLETE"),
        ("validate", "START"),
        ("validate", "COMPLETE"),
    ]
    assert all(validate_event(e) == [] for e in events)
    complete = events[1]
    assert complete["outputs"][0]["facets"]["version"]["datasetVersion"] == "cc.dir"
    assert complete["outputs"][0]["outputFacets"]["outputStatistics"]["rowCount"] == 6
    assert complete["inputs"][0]["inputFacets"]["inputStatistics"]["rowCount"] == 9
    assert complete["job"]["facets"]["sourceCodeLocation"]["version"] == "abc"
    params = complete["run"]["facets"]["executionParameters"]["parameters"]
    assert {"key": "gate.use", "value": "commercial-training"}.items() <= params[0].items()
    assertions = events[3]["inputs"][0]["inputFacets"]["dataQualityAssertions"]["assertions"]
    assert assertions[0]["success"] is True
    broken = dict(complete, run={"runId": "not-a-uuid"})
    assert "run.runId is not a UUID" in validate_event(broken)


def _sft_data(data: Path, kept_source: str, dropped_source: str) -> None:
    """An sft_data stage output: one conversation of `kept_source` trained on, one of `dropped_source` gated."""
    kept, dropped = f"{kept_source}/x.jsonl#L1", f"{dropped_source}/y.jsonl#L1"
    w = LedgerWriter("sft_data", "p" * 16)
    w.extend(
        [
            LedgerRow(kept, KEPT, "", kept_source, "medical"),
            LedgerRow(
                dropped, DROPPED, "gate: erased: source is on the erasure list", dropped_source, "legal"
            ),
        ]
    )
    w.write(data / "sft_data")
    row = {"id": kept, "domain": "medical", "messages": [{"role": "user", "content": "q"}]}
    (data / "sft_data" / "train.jsonl").write_text(json.dumps(row) + "\n")
    (data / "sft_data" / "valid.jsonl").write_text("")


def test_erasure_proof_covers_the_instruction_data(pipeline_out):
    erasure = pipeline_out.parent / "erasure.yaml"
    requests = yaml.safe_load(erasure.read_text())["requests"]
    erasure_file(erasure, [*requests, {"source": "legal-instructions"}])
    _sft_data(pipeline_out, kept_source="medical-instructions", dropped_source="legal-instructions")
    proof = verify_erasure(pipeline_out, erasure)
    assert proof["passed"], proof["failures"]
    assert proof["instruction_data"] == {
        "rows_checked": 2,
        "kept_rows_found": [],
        "conversations_checked": 1,
        "conversations_found": [],
    }
    # The erased source's conversation is still trained on: the proof must fail and say where.
    _sft_data(pipeline_out, kept_source="legal-instructions", dropped_source="medical-instructions")
    proof = verify_erasure(pipeline_out, erasure)
    assert not proof["passed"]
    assert proof["instruction_data"]["conversations_found"] == ["train.jsonl:legal-instructions/x.jsonl#L1"]
    assert proof["instruction_data"]["kept_rows_found"] == ["legal-instructions/x.jsonl#L1"]
    assert any("instruction data holds erased documents" in f for f in proof["failures"])


def test_a_lock_file_caught_mid_rewrite_gives_no_events_instead_of_a_crash(tmp_path):
    # DVC truncates and rewrites dvc.lock in place: a report built while another repro saves it reads "".
    (tmp_path / "dvc.lock").write_text("")
    assert build_events(tmp_path, tmp_path / "data", _report_facts()) == []
