"""What Charter writes for people to read carries no credentials and says when it cannot be reproduced; the
standalone scrubber never destroys its input and never leaves an output that looks complete."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import jinja2
import pytest
import yaml

from charter.cli import main
from core.config import ScrubParams
from core.errors import ConfigError
from core.files import atomic_write
from core.urls import redact, strip_credentials
from governance.openlineage import build_events, to_lines
from governance.pii.scrubber import ScrubResult
from governance.pii.stage import scrub_jsonl
from governance.report import build
from governance.report import collect as collect_module
from governance.report.summary import data_card, training_content_summary
from tests.conftest import REPO
from tests.stage_outputs import write_report_inputs

TOKEN = "ghp_S3cr3tT0kenValue"


@pytest.mark.parametrize(
    ("url", "clean"),
    [
        (f"https://x-access-token:{TOKEN}@github.com/org/repo.git", "https://github.com/org/repo.git"),
        (f"https://{TOKEN}@gitlab.example.com/org/repo", "https://gitlab.example.com/org/repo"),
        ("git@github.com:org/repo.git", "github.com:org/repo.git"),
        (
            f"https://bucket.s3.amazonaws.com/k?X-Amz-Signature={TOKEN}&part=1",
            "https://bucket.s3.amazonaws.com/k?X-Amz-Signature=REDACTED&part=1",
        ),
        ("ray://10.0.0.5:10001", "ray://10.0.0.5:10001"),
        ("https://github.com/org/repo", "https://github.com/org/repo"),
    ],
)
def test_urls_lose_their_credentials(url, clean):
    assert strip_credentials(url) == clean


def test_every_string_of_an_artifact_loses_url_credentials():
    report = {
        "params": {"executor": {"ray": {"address": f"ray://admin:{TOKEN}@head:10001"}}},
        "notes": [f"pulled from https://u:{TOKEN}@host/x and s3://k?token={TOKEN}"],
    }
    assert TOKEN not in json.dumps(redact(report))
    assert redact(report)["params"]["executor"]["ray"]["address"] == "ray://head:10001"


def test_openlineage_events_carry_the_remote_without_its_token(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    remote = f"https://x-access-token:{TOKEN}@github.com/org/repo.git"
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", remote], check=True)
    lock = {
        "schema": "2.0",
        "stages": {
            "gate": {
                "cmd": f"charter gate --registry https://u:{TOKEN}@host/sources.yaml",
                "deps": [{"path": "data/ingest/docs", "md5": "aa.dir", "size": 1}],
                "params": {"params.yaml": {"executor": {"ray": {"address": f"ray://u:{TOKEN}@h:1"}}}},
                "outs": [{"path": "data/gate/docs", "md5": "bb.dir", "size": 1}],
            }
        },
    }
    (tmp_path / "dvc.lock").write_text(yaml.safe_dump(lock))
    lines = to_lines(build_events(tmp_path, tmp_path / "data", {"code_version": "abc"}))
    assert "github.com/org/repo.git" in lines and TOKEN not in lines


def collected(tmp_path: Path, monkeypatch, version: str) -> dict:
    monkeypatch.setattr(collect_module, "code_version", lambda: version)
    data = write_report_inputs(tmp_path / "data")
    return collect_module.collect(data, REPO / "sources.yaml", REPO / "params.yaml")


def header(report: dict) -> str:
    """The HTML report's header, rendered from the report template."""
    template = (Path(build.__file__).parent / build.TEMPLATE).read_text()
    return jinja2.Template(template.split("</header>")[0]).render(r=report)


def test_a_report_of_a_dirty_tree_says_so_in_its_header_json_and_cards(tmp_path, monkeypatch):
    clean = collected(tmp_path, monkeypatch, "abc123")
    dirty = collected(tmp_path, monkeypatch, "abc123+dirty")
    assert dirty["dirty_tree"] and not clean["dirty_tree"]
    assert "UNCOMMITTED CODE" in header(dirty) and 'role="alert"' in header(dirty)
    assert "UNCOMMITTED CODE" not in header(clean)
    summary = training_content_summary(dirty)
    assert summary["dirty_tree"] and summary["warnings"] == [collect_module.DIRTY_WARNING]
    assert "WARNING" in data_card(dirty, summary).split("\n\n")[1]


def test_scrub_refuses_to_write_over_its_input(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Call 217.555.0134."}) + "\n")
    before = src.read_bytes()
    with pytest.raises(ConfigError, match="would destroy it"):
        scrub_jsonl(ScrubParams(n_process=1), src, src)
    (tmp_path / "link.jsonl").symlink_to(src)
    assert main(["scrub", str(src), str(tmp_path / "link.jsonl")]) == 2
    assert "would destroy it" in capsys.readouterr().err
    assert src.read_bytes() == before


def test_a_scrub_that_fails_midway_leaves_no_output_that_looks_complete(tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": f"Doc {i}."}) + "\n" for i in range(5)))
    out = tmp_path / "out.jsonl"
    out.write_text("an earlier, complete output\n")

    class Killed(RuntimeError):
        pass

    class DiesAtTheFourthDocument:
        def __init__(self, params, domain=None):
            pass

        def scrub_many(self, texts):
            for i, _ in enumerate(texts):
                if i == 3:
                    raise Killed("killed")
                yield ScrubResult("x", {})

    monkeypatch.setattr("governance.pii.stage.Scrubber", DiesAtTheFourthDocument)
    with pytest.raises(Killed):
        scrub_jsonl(ScrubParams(n_process=1), src, out)
    assert out.read_text() == "an earlier, complete output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_atomic_write_replaces_whole_or_not_at_all(tmp_path):
    path = tmp_path / "f.txt"
    with atomic_write(path) as f:
        f.write("one")
    with pytest.raises(ZeroDivisionError), atomic_write(path) as f:
        f.write("two, half")
        1 / 0  # noqa: B018
    assert path.read_text() == "one" and [p.name for p in tmp_path.iterdir()] == ["f.txt"]
