"""The whole pipeline through `dvc repro`, on a copy of the repository with a tinier config.

Every registered source is cut down to a few records (the corrupt PDF, the truncated JSONL line and the
non-commercial source stay in), the compute budget is small, and evaluation uses a handful of items.
The code path is the one `dvc repro` runs on the embedded default; only params and sources differ.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from markupsafe import escape

from tests import hostile
from tests.conftest import REPO

pytestmark = pytest.mark.slow

RECORDS_PER_SOURCE = 24
TRACKED = [
    "core",
    "charter",
    "corpus",
    "domain",
    "eval_suites",
    "governance",
    "kernels",
    "model",
    "dvc.yaml",
    "params.yaml",
    "pyproject.toml",
    ".dvcignore",
]


def shrink_sources(
    work: Path, registry_file: str = "sources.yaml", records: int = RECORDS_PER_SOURCE
) -> None:
    registry = yaml.safe_load((work / registry_file).read_text())
    for source in registry["sources"]:
        path = work / source["path"]
        if source["format"] == "jsonl":
            lines = path.read_bytes().splitlines(keepends=True)
            keep = lines[:records]
            if not lines[-1].rstrip().endswith(b"}"):
                keep.append(lines[-1])  # keep the truncated line: it must be quarantined
            path.write_bytes(b"".join(keep))
        elif source["format"] == "pdf":
            pdfs = sorted(p for p in path.iterdir() if p.suffix.lower() == ".pdf")
            readable = [p for p in pdfs if not p.name.startswith("corrupt")]
            smallest = min(readable, key=lambda p: p.stat().st_size)
            for p in readable:
                if p != smallest:
                    p.unlink()


HOSTILE_LINES = range(80, 87)  # discharge summaries the shrunk default leaves out: no near-duplicate of it


def add_hostile_source(work: Path, exports: Path) -> None:
    """A private medical export outside the repository whose records each try to rewrite their provenance."""
    summaries = (REPO / "domain/medical/data/private/discharge-summaries.jsonl").read_text().splitlines()
    texts = [json.loads(summaries[n - 1])["text"] for n in HOSTILE_LINES]
    path = hostile.write(exports, texts)
    registry = yaml.safe_load((work / "sources.yaml").read_text())
    registry["sources"].append(hostile.entry(path))
    (work / "sources.yaml").write_text(yaml.safe_dump(registry, sort_keys=False))


def tiny_params(work: Path) -> None:
    params = yaml.safe_load((work / "params.yaml").read_text())
    params["tokenizer"]["vocab_size"] = 2048
    params["tokenize"]["seq_len"] = 256  # harness answer choices must fit the context
    params["plan"]["compute_flops"] = 5.0e11
    params["plan"]["max_steps_cap"] = 12
    params["pretrain"]["micro_batch_size"] = 4
    params["pretrain"]["warmup_steps"] = 2
    params["pretrain"]["log_every"] = 2
    params["evaluate"]["limit"] = 4
    params["evaluate"]["heldout_max_bytes"] = 4000
    params["sft"]["lr_grid"] = []
    params["sft"]["max_new_tokens"] = 8
    (work / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False))


def init_and_repro(work: Path) -> None:
    """Make `work` a git and DVC repository and run the whole pipeline in it."""
    run(["git", "init", "-q"], work)
    run(
        [
            "git",
            "-c",
            "user.email=ci@charter",
            "-c",
            "user.name=ci",
            "commit",
            "-q",
            "--allow-empty",
            "-m",
            "init",
        ],
        work,
    )
    run(["dvc", "init", "-q"], work)
    run(["dvc", "repro"], work)


def run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env_bin = Path(sys.executable).parent
    result = subprocess.run(
        cmd,
        cwd=cwd,
        capture_output=True,
        text=True,
        env={
            "PATH": f"{env_bin}:/usr/bin:/bin",
            "HOME": str(cwd),
            # The copy's own code, wherever the package is installed from: what it finds beside itself (the
            # domain packs) is the copy's.
            "PYTHONPATH": str(cwd),
            "DVC_NO_ANALYTICS": "1",
            "HF_HUB_OFFLINE": "1",
            "HF_DATASETS_OFFLINE": "1",
        },
    )
    if result.returncode != 0:
        raise AssertionError(
            f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
        )
    return result


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("repo")
    for name in TRACKED:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, work / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(src, work / name)
    shutil.copy2(REPO / "sources.yaml", work / "sources.yaml")
    shutil.copy2(REPO / "instructions.yaml", work / "instructions.yaml")
    shrink_sources(work)
    shrink_sources(work, "instructions.yaml")
    add_hostile_source(work, tmp_path_factory.mktemp("exports"))
    tiny_params(work)
    init_and_repro(work)
    return work


def test_repro_builds_a_loadable_checkpoint(pipeline):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    checkpoint = pipeline / "data/pretrain/checkpoint"
    assert list(checkpoint.glob("*.safetensors")) and not list(checkpoint.glob("*.bin"))
    model = AutoModelForCausalLM.from_pretrained(checkpoint)
    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    assert model.config.vocab_size >= len(tokenizer)


def test_accounting_closes_at_every_stage_and_bad_input_is_quarantined(pipeline):
    report = json.loads((pipeline / "data/report/report.json").read_text())
    names = [s["name"] for s in report["stages"]]
    assert names == ["ingest", "gate", "curate", "scrub", "mix"]
    for stage in report["stages"]:
        assert stage["in"] == stage["kept"] + stage["modified"] + stage["dropped"] + stage["quarantined"]
        assert stage["closes"] and stage.get("matches_previous_stage", True)
    reasons = " ".join(q["reason"] for q in report["quarantined"])
    assert "corrupt-upload.pdf: corrupt PDF" in reasons
    assert "malformed JSON" in reasons and ".jsonl:" in reasons
    blocked = {s["id"] for s in report["sources"] if s["gate"] == "blocked"}
    assert blocked == {"finance-vendor-research-notes"}


def test_metrics_cover_every_domain(pipeline):
    metrics = json.loads((pipeline / "data/evaluate/metrics.json").read_text())
    for domain in ("finance", "legal", "medical", "general"):
        assert metrics[domain]["bits_per_byte"] > 0
    shown = run(["dvc", "metrics", "show", "--json"], pipeline).stdout
    assert "bits_per_byte" in shown


def planted_values(root: Path, types: set[str]) -> set[str]:
    values = set()
    for manifest in root.rglob("*.pii.json"):
        for doc in json.loads(manifest.read_text())["documents"].values():
            values |= {item["value"] for item in doc["pii"] if item["type"] in types}
    return values


def test_no_planted_identifier_reaches_shards_ledgers_or_reports(pipeline):
    # Every planted type; docket numbers (CASE_NUMBER) are public court record and must survive scrubbing.
    types = {
        item["type"]
        for manifest in (pipeline / "domain").rglob("*.pii.json")
        for doc in json.loads(manifest.read_text())["documents"].values()
        for item in doc["pii"]
    } - {"CASE_NUMBER"}
    planted = planted_values(pipeline / "domain", types)
    assert planted, "the private generator plants identifiers"
    data = pipeline / "data"
    # A value that is also ordinary text of a document it was not planted in (a surname that is a township
    # in a public article, one memo's meeting date that is another patient's admission date) proves nothing.
    own = {}
    for manifest in (pipeline / "domain").rglob("*.pii.json"):
        spec = json.loads(manifest.read_text())
        for line, doc in spec["documents"].items():
            own[f"{spec['file']}:{line}"] = {item["value"] for item in doc["pii"]}
    for path in (data / "curate/docs").glob("*.jsonl"):
        for record in map(json.loads, path.read_text().splitlines()):
            mine = own.get(str(record["metadata"].get("location", "")).rsplit("/", 1)[-1], set())
            planted -= {v for v in planted - mine if v in record["text"]}
    stages = list(yaml.safe_load((pipeline / "dvc.yaml").read_text())["stages"])
    downstream = stages[stages.index("scrub") :]  # every stage from scrubbing on, as dvc.yaml orders them
    artefacts = [p for stage in downstream if (data / stage).is_dir() for p in (data / stage).rglob("*")]
    artefacts += list(data.glob("*/ledger.parquet")) + list(data.glob("*/stats.json"))
    artefacts += list(data.glob("*/logs/**/*"))
    blobs = {path: path.read_bytes() for path in artefacts if path.is_file()}
    import numpy as np
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(data / "pretrain/checkpoint")
    meta = json.loads((data / "tokenize/meta.json").read_text())
    for shard in meta["shards"]:
        ids = np.fromfile(data / "tokenize/shards" / shard["file"], dtype=meta["dtype"])
        blobs[data / "tokenize/shards" / shard["file"]] = tokenizer.decode(ids.tolist()).encode()
    for path, blob in blobs.items():
        leaked = [v for v in planted if v.encode() in blob]
        assert not leaked, f"{path} holds {len(leaked)} planted values"


def test_report_renders_offline(pipeline):
    html = (pipeline / "data/report/report.html").read_text()
    # Inline PNGs are base64, where "cdn" can occur by chance: look for URLs, not substrings.
    assert "<script src" not in html and "<link" not in html and not re.search(r"https?://\S*cdn", html, re.I)
    assert "Per-stage accounting" in html and "finance-vendor-research-notes" in html
    # Sections built from other stages' outputs: instruction tuning (sft_data, sft, evaluate_sft) and the memo.
    report = json.loads((pipeline / "data/report/report.json").read_text())
    assert report["instruction_tuning"]["comparison"] and report["decision_memo"]["questions"]
    assert 'id="instruction-tuning"' in html and escape(report["decision_memo"]["questions"][0]) in html
    assert "built-in method" not in html  # a dict key the template read as a method (row.copy)


def test_trace_answers_for_a_token(pipeline):
    for shard_set in ("mixture", "tokenize"):  # the training shards, then the unique-document shards
        out = run(
            ["charter", "trace", "--token", "shard_00000.bin:0", "--shard-set", shard_set, "--json"], pipeline
        )
        hit = json.loads(out.stdout)
        index = pq.read_table(pipeline / f"data/{shard_set}/index.parquet").to_pylist()
        assert hit["doc_id"] == index[0]["doc_id"] and hit["license"]


def test_lineage_outputs_validate_and_verify(pipeline):
    from governance.openlineage import validate_event

    report = json.loads((pipeline / "data/report/report.json").read_text())
    lines = (pipeline / "data/report/openlineage.jsonl").read_text().splitlines()
    events = [json.loads(line) for line in lines]
    assert {e["job"]["name"] for e in events} >= {"ingest", "gate", "tokenize", "evaluate"}
    assert all(validate_event(e) == [] for e in events)
    assert {e["eventType"] for e in events} == {"START", "COMPLETE"}
    summary = json.loads((pipeline / "data/report/training_content_summary.json").read_text())
    listed = summary["2_list_of_data_sources"]["2_2_private_non_publicly_available_datasets"]
    private = [s["id"] for s in listed]
    assert "finance-client-onboarding" in private
    assert report["erasure"]["passed"] and report["artifacts"]
    for card in ("MODEL_CARD.md", "DATA_CARD.md"):
        assert (pipeline / "data/report" / card).exists()
    run(["charter", "verify"], pipeline)
    doc = "finance-client-onboarding/client-onboarding-memos.jsonl#L1"
    traced = json.loads(run(["charter", "trace", doc, "--json"], pipeline).stdout)
    assert traced["sensitivity"] == "private" and traced["pii_replaced"] and traced["dedup"]
    html = (pipeline / "data/report/report.html").read_text()
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', html)


def test_hostile_records_are_attributed_to_their_registered_source_and_scrubbed(pipeline):
    data = pipeline / "data"
    prefix = f"{hostile.SOURCE_ID}/"
    ids = {f"{prefix}rec-{name}" for name in hostile.OVERRIDES}
    report = json.loads((data / "report/report.json").read_text())
    (entry,) = [s for s in report["sources"] if s["id"] == hostile.SOURCE_ID]
    assert (
        entry["documents_read"] == len(ids)
        and entry["gate"] == "kept"
        and entry["license"].startswith("LicenseRef")
    )
    for stage in ("ingest", "gate", "curate", "scrub", "mix"):
        rows = pq.read_table(data / stage / "ledger.parquet").to_pylist()
        mine = [r for r in rows if r["doc_id"].startswith(prefix)]
        assert mine and all((r["source"], r["domain"]) == (hostile.SOURCE_ID, "medical") for r in mine), stage
        assert {r["doc_id"] for r in rows if r["source"] == hostile.SOURCE_ID} == {r["doc_id"] for r in mine}
    scrubbed = [r for r in pq.read_table(data / "scrub/ledger.parquet").to_pylist() if r["doc_id"] in ids]
    assert len(scrubbed) == len(ids)  # every one reached the scrubber, its MRN and carried email counted
    assert all({"MEDICAL_RECORD_NUMBER", "EMAIL_ADDRESS"} <= set(json.loads(r["counts"])) for r in scrubbed)
    traced = json.loads(run(["charter", "trace", f"{prefix}rec-source", "--json"], pipeline).stdout)
    assert (traced["source"], traced["domain"], traced["sensitivity"]) == (
        hostile.SOURCE_ID,
        "medical",
        "private",
    )
    assert (
        traced["license"] == "LicenseRef-Proprietary-Internal"
        and traced["pii_replaced"]["MEDICAL_RECORD_NUMBER"]
    )

    manifest = json.loads((REPO / "domain/medical/data/private/discharge-summaries.pii.json").read_text())
    mrns = {
        item["value"]
        for n in HOSTILE_LINES
        for item in manifest["documents"][f"discharge-{n:04d}"]["pii"]
        if item["type"] == "MEDICAL_RECORD_NUMBER"
    }
    kept_email = hostile.VISIT_NOTE.split()[4].encode()  # the address inside the carried visit note
    stages = list(yaml.safe_load((pipeline / "dvc.yaml").read_text())["stages"])
    downstream = [
        p for stage in stages[stages.index("scrub") :] for p in (data / stage).rglob("*") if p.is_file()
    ]
    assert len(mrns) == len(ids) and downstream
    for path in downstream:
        blob = path.read_bytes()
        assert not [m for m in mrns if m.encode() in blob] and kept_email not in blob, path
    # The field no source keeps is nowhere: not in any stage's output, not in the DVC cache.
    everywhere = [p for root in (data, pipeline / ".dvc/cache") for p in root.rglob("*") if p.is_file()]
    assert not [p for p in everywhere if hostile.PATIENT_EMAIL.encode() in p.read_bytes()]
    # The field the source keeps travels under metadata["fields"], scrubbed.
    notes = [
        doc["metadata"]["fields"]["visit_note"]
        for path in (data / "scrub/docs").glob("*.jsonl")
        for doc in map(json.loads, path.read_text().splitlines())
        if doc["id"] in ids
    ]
    assert len(notes) == len(ids) and all("<EMAIL_ADDRESS_1>" in note for note in notes)


def test_second_repro_is_a_no_op(pipeline):
    out = run(["dvc", "repro"], pipeline).stdout
    assert "didn't change" in out or "up to date" in out
    # Only the fingerprints of the registered files run (always): they are unchanged, so nothing after them does.
    assert sorted(line for line in out.splitlines() if "Running stage" in line) == [
        "Running stage 'fingerprint':",
        "Running stage 'fingerprint_sft':",
    ]
