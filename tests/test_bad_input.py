"""Bad input gets a clear answer naming the file (and line), or a counted quarantine; memory stays bounded
whatever the size of a line, a parquet file or a PDF."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from charter.cli import main
from core import store
from core.config import IngestParams, load_params
from core.errors import ConfigError
from core.registry import load_registry
from corpus.ingest import run_ingest
from corpus.readers import READERS, Quarantine, ReadOptions, Record
from governance.licenses import LicensePolicy
from tests.conftest import ENGLISH, REPO, make_pdf, variant


def source(path: Path, fmt: str = "jsonl", **options: object) -> dict:
    entry = {"id": "s", "domain": "general", "path": str(path), "format": fmt, "license": "MIT"}
    return entry | {"owner": "o", "sensitivity": "public"} | options


def registry_file(tmp_path: Path, *sources: dict) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": list(sources)}))
    return path


# --- configuration files --------------------------------------------------------------------------------


def test_yaml_syntax_error_in_the_registry_names_file_and_line(tmp_path, capsys):
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - id: a\n    domain: [general\n    path: x\n")
    with pytest.raises(ConfigError, match=r"sources\.yaml:4:\d+: not valid YAML"):
        load_registry(path)
    code = main(
        ["ingest", "--sources", str(path), "--params", str(REPO / "params.yaml"), "--out", str(tmp_path)]
    )
    err = capsys.readouterr().err
    assert code == 2 and "sources.yaml:4" in err and "Traceback" not in err


@pytest.mark.parametrize("name", ["params.yaml", "governance/policies/commercial.yaml"])
def test_yaml_syntax_error_in_params_or_policy_names_file_and_line(tmp_path, name):
    text = (REPO / name).read_text()
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line and not line.startswith("#"))
    lines.insert(at + 1, "  bad: [unclosed")
    path = tmp_path / Path(name).name
    path.write_text("\n".join(lines) + "\n")
    (tmp_path / "licenses.yaml").write_text((REPO / "governance/policies/licenses.yaml").read_text())
    with pytest.raises(ConfigError, match=rf"{path.name}:\d+:\d+: not valid YAML"):
        load_params(path) if name == "params.yaml" else LicensePolicy.load(path)


def test_a_key_given_twice_is_refused_naming_both_lines(tmp_path):
    entry = source(tmp_path / "x.jsonl", sensitivity="private")
    text = yaml.safe_dump({"sources": [entry]}, sort_keys=False) + "  sensitivity: public\n"
    path = tmp_path / "sources.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=r"key 'sensitivity' is given twice \(first on line \d+\)"):
        load_registry(path)


# --- source folders ---------------------------------------------------------------------------------------


def test_empty_source_folder_is_an_error_naming_the_source(tmp_path):
    (tmp_path / "empty").mkdir()
    registry = load_registry(registry_file(tmp_path, source(tmp_path / "empty")))
    with pytest.raises(ConfigError, match=r"source 's': .* no \.jsonl file .* \(it is empty\)"):
        run_ingest(registry, IngestParams(), tmp_path / "out")


def test_folder_of_another_format_is_an_error_and_stray_files_are_counted(tmp_path):
    (tmp_path / "exports").mkdir()
    for n in range(3):
        (tmp_path / f"exports/part{n}.json").write_text(json.dumps([{"text": ENGLISH}]))
    registry = load_registry(registry_file(tmp_path, source(tmp_path / "exports")))
    with pytest.raises(ConfigError, match=r"source 's': .* \(it holds only 3 \.json\)"):
        run_ingest(registry, IngestParams(), tmp_path / "out")
    (tmp_path / "exports/part9.jsonl").write_text(json.dumps({"text": ENGLISH}) + "\n")
    stats = run_ingest(registry, IngestParams(), tmp_path / "out")
    assert stats["sources"]["s"] == {"kept": 1, "quarantined": 0, "erased": 0, "files_not_read": 3}


def test_links_out_of_the_source_folder_are_refused_not_followed(tmp_path):
    outside = tmp_path / "elsewhere"
    (outside / "folder").mkdir(parents=True)
    secret = "Payroll of another team: confidential."
    (outside / "secret.txt").write_text(secret)
    (outside / "folder/more.txt").write_text(secret)
    src = tmp_path / "src"
    src.mkdir()
    (src / "memo.txt").write_text(variant(ENGLISH, 1))
    (src / "inside.txt").symlink_to(src / "memo.txt")
    (src / "leak.txt").symlink_to(outside / "secret.txt")
    (src / "linked").symlink_to(outside / "folder", target_is_directory=True)
    registry = load_registry(registry_file(tmp_path, source(src, "text")))
    stats = run_ingest(registry, IngestParams(), tmp_path / "out")
    assert sorted(store.read_ids(tmp_path / "out/docs")) == ["s/inside.txt", "s/memo.txt"]
    reasons = {q["id"]: q["reason"] for q in stats["quarantined"]}
    assert reasons == {
        "s/leak.txt": "leak.txt: symbolic link to a file outside the source; not followed",
        "s/linked": "linked: symbolic link to a folder outside the source; not followed",
    }
    blob = b"".join(p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert secret.encode() not in blob


def test_a_file_registered_under_two_sources_is_an_error(tmp_path):
    (tmp_path / "exports/private").mkdir(parents=True)
    (tmp_path / "exports/public.jsonl").write_text(json.dumps({"text": ENGLISH}) + "\n")
    (tmp_path / "exports/private/patients.jsonl").write_text(json.dumps({"text": ENGLISH}) + "\n")
    everything = source(tmp_path / "exports")  # a public folder source that also holds the private file
    private = source(tmp_path / "exports/private/patients.jsonl", id="p", sensitivity="private")
    registry = load_registry(registry_file(tmp_path, everything, private))
    with pytest.raises(ConfigError, match="sources 's' and 'p' both read the same 1 file"):
        run_ingest(registry, IngestParams(), tmp_path / "out")


# --- trace arguments ------------------------------------------------------------------------------------


@pytest.mark.parametrize("token", ["foo:1", "shard_0.bin:-1", ":5", "12", "../../etc/passwd.bin:1", "0:1e3"])
def test_malformed_trace_token_is_a_clear_error(tmp_path, capsys, token):
    code = main(["trace", "--token", token, "--data", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and "--token expects SHARD:OFFSET" in err and "Traceback" not in err


def test_trace_takes_a_document_or_a_token_not_both(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["trace", "a/b", "--token", "0:1"])
    assert exit_info.value.code == 2 and "one of them" in capsys.readouterr().err


# --- sizes ------------------------------------------------------------------------------------------------


def test_a_60_mb_jsonl_line_is_quarantined_without_being_held(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("wb") as f:
        f.write(json.dumps({"text": "first"}).encode() + b"\n")
        f.write(b'{"text": "' + b"x" * 60_000_000 + b'"}\n')
        f.write(json.dumps({"text": "after"}).encode() + b"\n")
    reader = READERS["jsonl"](ReadOptions(max_record_bytes=1_000_000))
    tracemalloc.start()
    try:
        items = list(reader.read(path, "big.jsonl"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3_000_000  # about twice the 1 MB limit (readline joins its chunks), never the 60 MB line
    first, huge, after = items
    assert isinstance(first, Record) and isinstance(after, Record) and after.line == 3
    assert isinstance(huge, Quarantine) and huge.line == 2
    assert huge.reason == "huge: line of 60000013 bytes exceeds ingest.max_document_bytes=1000000"
    import hashlib

    assert huge.sha256 == hashlib.sha256(path.read_bytes().splitlines()[1]).hexdigest()


def test_parquet_is_read_by_row_group_and_an_oversized_group_is_quarantined(tmp_path, monkeypatch):
    texts = [variant(ENGLISH, n) for n in range(30)]
    texts[12] = "y" * 50_000  # row 13, in the second group of ten
    pq.write_table(pa.table({"text": texts}), tmp_path / "t.parquet", row_group_size=10)

    def whole_file(*args, **kwargs):
        raise AssertionError("a parquet source is never loaded whole")

    monkeypatch.setattr(pq, "read_table", whole_file)
    items = list(
        READERS["parquet"](ReadOptions(max_file_bytes=40_000)).read(tmp_path / "t.parquet", "t.parquet")
    )
    assert [r.line for r in items if isinstance(r, Record)] == [*range(1, 11), *range(21, 31)]
    (group,) = [q for q in items if isinstance(q, Quarantine)]
    assert group.line == 11 and group.reason.startswith("huge: row group 1 (rows 11-20) holds")


def test_a_pdf_over_the_size_limit_is_never_opened(tmp_path, monkeypatch):
    import pymupdf

    make_pdf(tmp_path / "big.pdf", [ENGLISH] * 3)
    size = (tmp_path / "big.pdf").stat().st_size

    def never(*args, **kwargs):
        raise AssertionError("opened")

    monkeypatch.setattr(pymupdf, "open", never)
    (item,) = READERS["pdf"](ReadOptions(max_file_bytes=size - 1)).read(tmp_path / "big.pdf", "big.pdf")
    assert (
        isinstance(item, Quarantine)
        and item.reason == f"huge: PDF of {size} bytes exceeds ingest.max_file_bytes={size - 1}"
    )


# --- hostile JSON ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "malformed JSON: nested too deeply"),
        (b'{"text": "x", "n": ' + b"7" * 5000 + b"}", "malformed JSON: Exceeds the limit"),
        (b'{"text": "benign", "text": "smuggled"}', "ambiguous JSON: key 'text' is given twice"),
        (
            b'{"text": "x", "Jane Roe 078-05-1120": 1, "Jane Roe 078-05-1120": 2}',
            "ambiguous JSON: a key is given",
        ),
        (b'{"text": "x", "score": NaN}', "malformed JSON: non-standard JSON constant NaN"),
        (b'{"text": "lone \\ud800 surrogate"}', "text holds an unpaired UTF-16 surrogate escape"),
    ],
)
def test_hostile_json_lines_are_quarantined_not_raised(tmp_path, line, reason):
    path = tmp_path / "h.jsonl"
    path.write_bytes(line + b"\n" + json.dumps({"text": "fine"}).encode() + b"\n")
    (bad, good) = READERS["jsonl"]().read(path, "h.jsonl")
    assert isinstance(bad, Quarantine) and bad.reason.startswith(reason) and bad.line == 1
    assert isinstance(good, Record) and good.text == "fine"


def test_a_byte_order_mark_does_not_cost_the_first_record(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": "first"}).encode() + b"\n")
    (record,) = READERS["jsonl"]().read(path, "bom.jsonl")
    assert isinstance(record, Record) and record.text == "first"


@pytest.mark.parametrize("fmt", ["jsonl", "text", "pdf", "parquet"])
def test_a_file_that_cannot_be_opened_is_quarantined(tmp_path, monkeypatch, fmt):
    path = tmp_path / f"locked.{fmt}"
    path.write_bytes(b"{}\n")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    monkeypatch.setattr(Path, "read_bytes", refuse)
    (item,) = READERS[fmt]().read(path, path.name)
    assert isinstance(item, Quarantine) and item.reason == "unreadable: Permission denied"
