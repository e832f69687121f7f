"""Hermetic fixtures: tests build their own tiny sources, PDFs and registries; nothing is downloaded."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pymupdf
import pytest
import yaml
from hypothesis import settings

# Property tests draw the same examples on every run, so a result is reproducible and CI cannot fail on a
# draw that a rerun would not make. `HYPOTHESIS_PROFILE=explore pytest` draws fresh examples to hunt for
# new failures; a failure it finds becomes an explicit example or test.
settings.register_profile("charter", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "charter"))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
"""The public datasets that some tests read (real PDFs, upstream copies of the shipped samples): present in CI,
absent from a clone. Such a test takes the `shared_data` fixture."""
REQUIRE_SHARED_DATA = "CHARTER_REQUIRE_SHARED_DATA"
"""Set (to anything but "" or "0") by .ci/run: a missing ../shared/data then fails every test that needs it."""

ENGLISH = (
    "The committee reviewed the annual budget and found that the spending on public schools had grown "
    "steadily over the past decade. Members of the board asked for a detailed account of every program, "
    "and the treasurer agreed to publish the figures before the next meeting. Several residents spoke in "
    "favour of the new library, while others worried about the cost of maintaining the old bridge. "
    "After a long discussion the committee voted to delay the decision until the spring, when the final "
    "estimates from the engineers would be available to everyone in the town."
)
FINANCE = (
    "Revenue for the fiscal year increased by twelve percent compared with the prior year, driven by strong "
    "demand in the commercial lending segment. Net interest margin improved as the bank repriced its loan "
    "portfolio, and operating expenses were held flat despite higher compliance costs. The board declared a "
    "quarterly dividend and authorised a share repurchase program. Management expects credit losses to remain "
    "within the range disclosed in the previous annual report, and the capital ratios stay well above the "
    "regulatory minimum required for a well capitalised institution."
)
GERMAN = (
    "Der Ausschuss hat den jährlichen Haushalt geprüft und festgestellt, dass die Ausgaben für die öffentlichen "
    "Schulen in den letzten zehn Jahren stetig gestiegen sind. Die Mitglieder des Vorstands baten um eine "
    "genaue Aufstellung aller Programme, und der Schatzmeister stimmte zu, die Zahlen vor der nächsten Sitzung "
    "zu veröffentlichen. Mehrere Bürger sprachen sich für die neue Bibliothek aus, während andere sich Sorgen "
    "über die Kosten für die Instandhaltung der alten Brücke machten."
)


def variant(text: str, n: int) -> str:
    """Distinct documents (for dedup) that still read as natural English."""
    return f"Report number {n} of the series. " + text + f" This closes report {n}."


def write_jsonl(path: Path, records: list[dict], extra_lines: list[bytes] | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        for r in records:
            f.write(json.dumps(r).encode() + b"\n")
        for line in extra_lines or []:
            f.write(line + b"\n")


def make_pdf(path: Path, pages: list[str]) -> None:
    doc = pymupdf.open()
    for text in pages:
        page = doc.new_page()
        page.insert_textbox(pymupdf.Rect(50, 50, 550, 800), text, fontsize=10)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)


@pytest.fixture
def tiny_sources(tmp_path: Path) -> Path:
    """A registry of five sources over every format, with one malformed JSONL line and one corrupt PDF."""
    root = tmp_path / "sources"
    write_jsonl(
        root / "general.jsonl",
        [{"id": f"g{i}", "text": variant(ENGLISH, i)} for i in range(6)]
        + [{"id": "de", "text": GERMAN}, {"id": "dup", "text": variant(ENGLISH, 0)}],
        extra_lines=[b'{"id": "broken", "text": "cut off mid-wri'],
    )
    write_jsonl(root / "finance.jsonl", [{"id": f"f{i}", "text": variant(FINANCE, i)} for i in range(6)])
    write_jsonl(root / "nc.jsonl", [{"id": "nc1", "text": variant(FINANCE, 99)}])
    (root / "legal").mkdir()
    make_pdf(root / "legal" / "opinion.pdf", [variant(ENGLISH, 50), variant(ENGLISH, 51)])
    (root / "legal" / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    (root / "notes").mkdir()
    (root / "notes" / "memo.txt").write_text(variant(ENGLISH, 70))
    (root / "notes" / "bad.txt").write_bytes(b"valid start \xff\xfe not utf-8")
    registry = {
        "sources": [
            {
                "id": "general-a",
                "domain": "general",
                "path": "sources/general.jsonl",
                "format": "jsonl",
                "license": "CC-BY-4.0",
                "owner": "test",
                "sensitivity": "public",
            },
            {
                "id": "finance-a",
                "domain": "finance",
                "path": "sources/finance.jsonl",
                "format": "jsonl",
                "license": "MIT",
                "owner": "test",
                "sensitivity": "public",
                "priority": 1,
            },
            {
                "id": "finance-nc",
                "domain": "finance",
                "path": "sources/nc.jsonl",
                "format": "jsonl",
                "license": "CC-BY-NC-SA-3.0",
                "owner": "test",
                "sensitivity": "public",
            },
            {
                "id": "legal-pdf",
                "domain": "legal",
                "path": "sources/legal",
                "format": "pdf",
                "license": "LicenseRef-PublicDomain",
                "owner": "test",
                "sensitivity": "public",
            },
            {
                "id": "legal-notes",
                "domain": "legal",
                "path": "sources/notes",
                "format": "text",
                "license": "LicenseRef-Proprietary-Internal",
                "owner": "test",
                "sensitivity": "private",
            },
        ]
    }
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump(registry, sort_keys=False))
    return path


class TaskYamlLoader(yaml.SafeLoader):
    """Reads lm-eval task YAMLs without running their `!function` tags."""


TaskYamlLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


@pytest.fixture
def policy_path() -> Path:
    return REPO / "governance" / "policies" / "commercial.yaml"


def shared_data_or_skip(path: Path, required: bool) -> Path:
    """`path` when it is a folder; else a skip that says what is missing (pytest -rs lists it), or, when the
    environment requires the data (CI), a failure."""
    if path.is_dir():
        return path
    message = f"needs ../shared/data (the shared public datasets): {path} is not a folder"
    if required:
        pytest.fail(f"{message}, and {REQUIRE_SHARED_DATA} is set", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, for a test that reads the public datasets; the test skips without it, or fails when
    CHARTER_REQUIRE_SHARED_DATA is set."""
    return shared_data_or_skip(SHARED_DATA, os.environ.get(REQUIRE_SHARED_DATA, "") not in ("", "0"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests taking the `shared_data` fixture get the `shared_data` mark (`pytest -m "not shared_data"`).
    `requires_gpu` tests run where CUDA is (benchmarks/gpu_acceptance.py runs them all); elsewhere they
    skip and say why."""
    import torch

    for item in items:
        if "shared_data" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.shared_data)
    if torch.cuda.is_available():
        return
    skip = pytest.mark.skip(
        reason="requires_gpu: no CUDA device here; `python benchmarks/gpu_acceptance.py` runs it on a GPU machine"
    )
    for item in items:
        if "requires_gpu" in item.keywords:
            item.add_marker(skip)
