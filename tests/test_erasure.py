"""Erasure: the request file (validated, locked, atomic), ingest's skip and tombstones, matching by id or
content, dropped folders without private text, and the weights of an erased source."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from datatrove.data import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from charter.cli import main
from core import store
from core.config import CurateParams, GateParams, IngestParams, MixParams
from core.erasure_requests import (
    DocumentRequest,
    ErasureList,
    SourceRequest,
    append_requests,
    parse,
    read_requests,
    render,
)
from core.errors import ConfigError, MixtureError
from core.registry import load_registry
from core.stage import run_pipeline
from corpus.curate.stage import quality_filters
from corpus.ingest import ingest_erasure, run_ingest
from corpus.mix import run_mix
from governance.erasure.resolve import build_hashes
from governance.gate import run_gate
from tests.conftest import ENGLISH, FINANCE, GERMAN, REPO, variant, write_jsonl

SHA = "a" * 64
GOOD = "requests:\n  - source: finance-tatqa\n...\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the erasure file is empty"),
        ("requests:\n  - source: finance-tatqa\n", "cut short"),
        ("requests:\n  - source: fin", "cut short"),
        (
            "requests: [finance-tatqa]\n...\n",
            "request 1 is str 'finance-tatqa', not a mapping (write `- source:",
        ),
        (
            "requests:\n  - reason: because\n...\n",
            "request 1: a request names exactly one of 'source' or 'doc'",
        ),
        ("requests:\n  - sorce: finance-tatqa\n...\n", "request 1: unknown key(s) ['sorce']"),
        (
            f"requests:\n  - source: a\n  - {{source: b, doc: b/x#L1, sha256: {SHA}}}\n...\n",
            "request 2: a request names exactly one of 'source' or 'doc'",
        ),
        ("requests:\n  - doc: b/x.jsonl#L1\n...\n", "request 1: sha256: Field required"),
        ("requests:\n  - {doc: b/x#L1, sha256: abc}\n...\n", "request 1: sha256: String should match"),
        ("requests:\n  - {source: a, sha256: " + SHA + "}\n...\n", "'sha256' belongs to a 'doc' request"),
        ("requests: {source: a}\n...\n", "'requests' must be a list"),
        ("requests:\n  - source: a\n  - source: a\n...\n", "request 2 repeats request 1"),
        ("request:\n  - source: a\n...\n", "expected a mapping with a 'requests' list"),
        ("requests: [\n...\n", "not valid YAML"),
    ],
)
def test_an_invalid_erasure_file_is_an_error_naming_the_file_and_the_entry(tmp_path, text, message):
    path = tmp_path / "erasure.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as e:
        ErasureList.load(path)
    assert str(path) in str(e.value) and message in str(e.value)


def test_a_missing_erasure_file_is_an_error_never_no_requests(tmp_path):
    with pytest.raises(ConfigError, match="erasure file not found"):
        ErasureList.load(tmp_path / "nope.yaml")


def test_the_shipped_erasure_file_is_valid():
    read_requests(REPO / "governance" / "erasure.yaml")


def test_a_valid_file_round_trips():
    path = Path("erasure.yaml")
    requests = [SourceRequest(source="a", reason="r"), DocumentRequest(doc="b/x#L2", sha256=SHA)]
    assert parse(path, render(requests)) == requests
    assert ErasureList.of(parse(path, GOOD)).sources == {"finance-tatqa"}


APPEND_40 = """
import sys
from core.erasure_requests import DocumentRequest, append_requests
path, who = sys.argv[1], sys.argv[2]
for i in range(40):
    append_requests(path, [DocumentRequest(doc=f"{who}/x.jsonl#L{i}", sha256=f"{i:064x}")])
"""


def test_concurrent_forgets_all_land(tmp_path):
    path = tmp_path / "erasure.yaml"
    path.write_text(render([]))
    procs = [
        subprocess.Popen([sys.executable, "-c", APPEND_40, str(path), who], cwd=REPO) for who in ("p", "q")
    ]
    assert all(p.wait(timeout=300) == 0 for p in procs)
    requests = read_requests(path)
    assert len(requests) == 80 and len({r.key for r in requests}) == 80


def test_a_crash_mid_write_leaves_the_previous_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "erasure.yaml"
    append_requests(path, [SourceRequest(source="a")])
    before = path.read_bytes()

    def crash(fd: int) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr("core.files.os.fsync", crash)
    with pytest.raises(OSError, match="disk gone"):
        append_requests(path, [SourceRequest(source="b")])
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == ["erasure.yaml"]


def test_an_invalid_file_is_never_overwritten_by_an_append(tmp_path):
    path = tmp_path / "erasure.yaml"
    path.write_text("requests:\n  - source: a\n")  # cut short
    with pytest.raises(ConfigError, match="cut short"):
        append_requests(path, [SourceRequest(source="b")])
    assert path.read_text() == "requests:\n  - source: a\n"


def registry_file(root: Path, sources: list[dict]) -> Path:
    base = {"format": "jsonl", "license": "MIT", "owner": "o", "sensitivity": "private"}
    path = root / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": [base | s for s in sources]}))
    return path


def test_erased_with_is_followed_whenever_the_list_is_loaded(tmp_path):
    """A source registered `erased_with` an erased one after the request was made is erased too."""
    path = tmp_path / "erasure.yaml"
    append_requests(path, [SourceRequest(source="corpus-a")])
    registry = load_registry(
        registry_file(
            tmp_path,
            [
                {"id": "corpus-a", "domain": "legal", "path": "a.jsonl"},
                {"id": "chat-a", "domain": "legal", "path": "b.jsonl", "erased_with": ["corpus-a"]},
                {"id": "chat-b", "domain": "legal", "path": "c.jsonl", "erased_with": ["chat-a"]},
            ],
        )
    )
    assert ErasureList.load(path, [registry]).sources == {"corpus-a", "chat-a", "chat-b"}


MEMOS = [variant(FINANCE, i) + " Client Rosalind Featherstonehaugh, SSN 078-05-1120." for i in range(4)]


@pytest.fixture
def private_source(tmp_path: Path) -> Path:
    write_jsonl(tmp_path / "src" / "memos.jsonl", [{"text": t} for t in MEMOS])
    write_jsonl(tmp_path / "src" / "public.jsonl", [{"text": variant(ENGLISH, i)} for i in range(3)])
    return registry_file(
        tmp_path,
        [
            {"id": "memos", "domain": "finance", "path": "src/memos.jsonl"},
            {"id": "public", "domain": "general", "path": "src/public.jsonl", "sensitivity": "public"},
        ],
    )


def forget(tmp_path: Path, registry: Path, *args: str) -> int:
    params = yaml.safe_load((REPO / "params.yaml").read_text())
    params["gate"]["erasure_file"] = str(tmp_path / "erasure.yaml")
    params["gate"]["policy"] = str(REPO / params["gate"]["policy"])
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params))
    common = ["--params", str(tmp_path / "params.yaml"), "--sources", str(registry), "--instructions", "none"]
    return main(["forget", *args, *common, "--data", str(tmp_path / "data")])


def test_forget_doc_stores_the_content_hash_and_refuses_an_unknown_id(tmp_path, private_source, capsys):
    assert forget(tmp_path, private_source, "--doc", "memos/memos.jsonl#L2", "--reason", "client left") == 0
    (request,) = read_requests(tmp_path / "erasure.yaml")
    raw = (tmp_path / "src" / "memos.jsonl").read_bytes().splitlines()[1]
    import hashlib

    assert isinstance(request, DocumentRequest) and request.sha256 == hashlib.sha256(raw).hexdigest()
    capsys.readouterr()
    assert forget(tmp_path, private_source, "--doc", "memos/memos.jsonl#L9") == 2
    err = capsys.readouterr().err
    assert "no document 'memos/memos.jsonl#L9' in source 'memos'" in err and "memos/memos.jsonl#L1" in err
    assert forget(tmp_path, private_source, "--doc", "memoz/memos.jsonl#L1") == 2
    assert "no registry holds a source 'memoz'" in capsys.readouterr().err
    assert len(read_requests(tmp_path / "erasure.yaml")) == 1  # nothing written for a refused request


def ingest_and_gate(tmp_path: Path, registry_path: Path, out: str = "data") -> tuple[Path, dict]:
    registry = load_registry(registry_path)
    erasure_path = tmp_path / "erasure.yaml"
    data = tmp_path / out
    stats = run_ingest(
        registry, IngestParams(), data / "ingest", erasure=ingest_erasure(erasure_path, registry)
    )
    gate = GateParams(
        policy=str(REPO / "governance/policies/commercial.yaml"), erasure_file=str(erasure_path)
    )
    run_gate(registry, gate, data / "ingest", data / "gate")
    return data, stats


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_erased_documents_are_skipped_at_ingest_and_leave_text_less_tombstones(tmp_path, private_source):
    assert forget(tmp_path, private_source, "--source", "memos", "--reason", "contract ended") == 0
    data, stats = ingest_and_gate(tmp_path, private_source)
    counts = stats["sources"]["memos"]
    assert stats["account"]["dropped"] == 4 and (counts["kept"], counts["quarantined"], counts["erased"]) == (
        0,
        0,
        4,
    )
    tombstones = list(store.read_documents(data / "ingest" / "erased"))
    assert len(tombstones) == 4 and all(t.text == "" and len(t.metadata["sha256"]) == 64 for t in tombstones)
    rows = {r["doc_id"]: r for r in pq.read_table(data / "ingest" / "ledger.parquet").to_pylist()}
    assert rows["memos/memos.jsonl#L1"]["decision"] == "dropped"
    assert "erased: source 'memos'" in rows["memos/memos.jsonl#L1"]["reason"]
    assert json.loads(rows["memos/memos.jsonl#L1"]["detail"])["sha256"] == tombstones[0].metadata["sha256"]
    everything = all_bytes(data)
    assert b"Featherstonehaugh" not in everything and b"078-05-1120" not in everything


def test_a_reexport_in_another_order_erases_the_same_record_and_nothing_else(tmp_path, private_source):
    assert forget(tmp_path, private_source, "--doc", "memos/memos.jsonl#L2") == 0
    erased_text = MEMOS[1]
    # The owner re-exports: same records, reversed. Line 2 now holds MEMOS[2]; the erased one is on line 3.
    write_jsonl(tmp_path / "src" / "memos.jsonl", [{"text": t} for t in reversed(MEMOS)])
    data, _ = ingest_and_gate(tmp_path, private_source)
    kept = {d.text for d in store.read_documents(data / "gate" / "docs")}
    assert erased_text not in kept
    assert kept >= set(MEMOS) - {erased_text}  # the record now on line 2 is not dropped in its place
    (tombstone,) = store.read_documents(data / "ingest" / "erased")
    assert tombstone.id == "memos/memos.jsonl#L3" and "content hash" in tombstone.metadata["reason"]


def test_an_edited_record_is_still_erased_by_its_id(tmp_path, private_source):
    assert forget(tmp_path, private_source, "--doc", "memos/memos.jsonl#L2") == 0
    edited = [*MEMOS]
    edited[1] = MEMOS[1].replace("Client", "Customer")  # the owner edits the record: its hash changes
    write_jsonl(tmp_path / "src" / "memos.jsonl", [{"text": t} for t in edited])
    data, _ = ingest_and_gate(tmp_path, private_source)
    assert edited[1] not in {d.text for d in store.read_documents(data / "gate" / "docs")}
    erasure = ErasureList.load(tmp_path / "erasure.yaml").resolved(build_hashes(data / "ingest"))
    assert erasure.documents == {"memos/memos.jsonl#L2"}


def test_no_dropped_folder_keeps_the_text_of_a_private_or_erased_document(tmp_path):
    """The gate keeps tombstones only; curate's filters keep the text of public documents they drop (for
    whoever tunes them), never of private ones."""
    private = "Vertraulich für Frau Rosalind Featherstonehaugh. " + GERMAN
    write_jsonl(tmp_path / "src" / "private.jsonl", [{"text": private}, {"text": variant(ENGLISH, 1)}])
    write_jsonl(
        tmp_path / "src" / "public.jsonl", [{"text": GERMAN + " Öffentlich."}, {"text": variant(ENGLISH, 2)}]
    )
    write_jsonl(tmp_path / "src" / "nc.jsonl", [{"text": variant(ENGLISH, 3)}])
    registry = registry_file(
        tmp_path,
        [
            {"id": "private", "domain": "legal", "path": "src/private.jsonl"},
            {"id": "public", "domain": "general", "path": "src/public.jsonl", "sensitivity": "public"},
            {
                "id": "nc",
                "domain": "general",
                "path": "src/nc.jsonl",
                "sensitivity": "public",
                "license": "CC-BY-NC-4.0",
            },
        ],
    )
    (tmp_path / "erasure.yaml").write_text(render([]))
    data, _ = ingest_and_gate(tmp_path, registry)
    (blocked,) = store.read_documents(data / "gate" / "dropped" / "gate")
    assert (
        blocked.text == ""
        and blocked.metadata["sha256"]
        and "license blocked" in blocked.metadata["filter_reason"]
    )
    filters = quality_filters(CurateParams(decontaminate=False), data / "curate" / "dropped")
    assert all(f.exclusion_writer.adapter.__func__ is store._public_text_adapter for f in filters)
    run_pipeline(
        [store.reader(data / "gate" / "docs"), filters[0], store.writer(data / "curate" / "docs")],
        data / "curate",
    )
    dropped = {
        d.metadata["source"]: d for d in store.read_documents(data / "curate" / "dropped" / "language")
    }
    assert dropped["private"].text == "" and dropped["private"].metadata["sha256"]
    assert dropped["public"].text.startswith(GERMAN[:40])
    assert b"Featherstonehaugh" not in all_bytes(data / "gate" / "dropped") + all_bytes(
        data / "curate" / "dropped"
    )


def test_erasing_a_weighted_source_ignores_its_weight_and_says_so(tmp_path):
    docs = [
        Document(text=variant(FINANCE, i), id=f"f/{i}", metadata={"source": "f", "domain": "finance"})
        for i in range(4)
    ]
    store.write_documents(docs, tmp_path / "scrub" / "docs")
    params = MixParams(source_weights={"f": 2.0, "gone": 3.0})
    report = run_mix(params, 1, tmp_path / "scrub", tmp_path / "mix", erased_sources={"gone"})
    assert report["ignored_weights"] == {"gone": "source erased (charter forget): its weight is ignored"}
    with pytest.raises(MixtureError, match="typo"):
        run_mix(
            MixParams(source_weights={"typo": 1.0}),
            1,
            tmp_path / "scrub",
            tmp_path / "mix2",
            erased_sources={"gone"},
        )


def test_a_source_erased_with_another_keeps_the_build_going_though_weighted(tmp_path, capsys):
    """`charter mix` follows `erased_with` links: the weight of a source erased through one is ignored."""
    docs = [
        Document(text=variant(FINANCE, i), id=f"f/{i}", metadata={"source": "f", "domain": "finance"})
        for i in range(4)
    ]
    store.write_documents(docs, tmp_path / "scrub" / "docs")
    registry = registry_file(
        tmp_path,
        [
            {"id": "f", "domain": "finance", "path": "f.jsonl"},
            {"id": "root", "domain": "finance", "path": "r.jsonl"},
            {"id": "linked", "domain": "finance", "path": "l.jsonl", "erased_with": ["root"]},
        ],
    )
    append_requests(tmp_path / "erasure.yaml", [SourceRequest(source="root")])
    params = yaml.safe_load((REPO / "params.yaml").read_text())
    params["gate"]["erasure_file"] = str(tmp_path / "erasure.yaml")
    params["mix"]["source_weights"] = {"f": 2.0, "linked": 3.0}
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params))
    args = ["--params", str(tmp_path / "params.yaml"), "--sources", str(registry)]
    assert main(["mix", *args, "--in", str(tmp_path / "scrub"), "--out", str(tmp_path / "mix")]) == 0
    stats = json.loads((tmp_path / "mix" / "mixture.json").read_text())
    assert set(stats["ignored_weights"]) == {"linked"}


def test_the_erasure_file_is_a_dependency_of_every_stage_that_reads_it():
    stages = yaml.safe_load((REPO / "dvc.yaml").read_text())["stages"]
    for name in ("ingest", "gate", "mix", "mixture", "sft_data", "report"):
        assert "governance/erasure.yaml" in stages[name]["deps"], name
    assert "data/ingest/erased" in [
        next(iter(o)) if isinstance(o, dict) else o for o in stages["ingest"]["outs"]
    ]


RECORDS = [f"Memo {i} for client {name}: " + variant(FINANCE, i) for i, name in enumerate("ABCDE")]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("forget"), st.integers(0, len(RECORDS) - 1)),
            st.tuples(st.just("reexport"), st.permutations(range(len(RECORDS)))),
            st.tuples(st.just("forget-source"), st.just(0)),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_any_sequence_of_forget_and_reexport_ends_with_no_erased_text_and_no_innocent_loss(ops):
    """Whatever the owner and the operator do, in any order, the rebuild holds no erased record, anywhere,
    and every record not erased is kept."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        order = list(range(len(RECORDS)))
        write_jsonl(root / "src" / "memos.jsonl", [{"text": RECORDS[i]} for i in order])
        registry = registry_file(root, [{"id": "memos", "domain": "finance", "path": "src/memos.jsonl"}])
        (root / "erasure.yaml").write_text(render([]))
        erased: set[int] = set()
        for op, arg in ops:
            if op == "forget":  # the record's id now: its line in the current export
                assert forget(root, registry, "--doc", f"memos/memos.jsonl#L{order.index(arg) + 1}") == 0
                erased.add(arg)
            elif op == "reexport":
                order = list(arg)
                write_jsonl(root / "src" / "memos.jsonl", [{"text": RECORDS[i]} for i in order])
            else:
                assert forget(root, registry, "--source", "memos") == 0
                erased = set(range(len(RECORDS)))
        data, _ = ingest_and_gate(root, registry)
        everything = all_bytes(data)
        for i in erased:
            assert f"client {'ABCDE'[i]}:".encode() not in everything, (ops, i)
        kept = {d.text for d in store.read_documents(data / "gate" / "docs")}
        assert kept == {RECORDS[i] for i in range(len(RECORDS)) if i not in erased}, ops
