"""The shipped domain packs, their data and the source registry are what `dvc repro` runs on by default:
every shipped file is loaded and checked here, and the generators that made them must reproduce them."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pymupdf
import pytest
import yaml
from presidio_analyzer.predefined_recognizers import (
    AbaRoutingRecognizer,
    CreditCardRecognizer,
    UsSsnRecognizer,
)

from core.errors import ConfigError
from core.packs import (
    NEUTRAL_COLOR,
    PACKS_ROOT,
    all_packs,
    domain_color,
    domain_packs,
    evaluation_order,
    fallback_color,
    load_pack,
    pack_names,
)
from core.registry import load_registry
from eval_suites.suites import SUITES, tasks_of
from governance.licenses import LicensePolicy
from tools.packs import private, samples

REPO = Path(__file__).resolve().parents[1]
DATA_FOLDERS = sorted(p for p in PACKS_ROOT.glob("*/data/*") if p.is_dir())
PRIVATE_FILES = sorted(PACKS_ROOT.glob("*/data/private/*.jsonl"))
MAX_SHIPPED_BYTES = 15_000_000


def files_under(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def manifest_for(jsonl: Path) -> dict:
    return json.loads(
        jsonl.with_name(jsonl.name.removesuffix(".jsonl") + ".pii.json").read_text(encoding="utf-8")
    )


def records(path: Path) -> dict[int, dict]:
    """The JSONL records by line number, leaving out the line a private manifest declares truncated."""
    manifest = path.with_name(path.name.removesuffix(".jsonl") + ".pii.json")
    truncated = (
        json.loads(manifest.read_text(encoding="utf-8")).get("truncated_line") if manifest.exists() else None
    )
    lines = path.read_text(encoding="utf-8").split("\n")
    return {n: json.loads(line) for n, line in enumerate(lines, start=1) if line and n != truncated}


def test_every_domain_ships_a_pack_that_loads():
    packs = all_packs()
    assert list(packs) == list(pack_names()) and len(packs) >= 4
    for name, pack in packs.items():
        assert pack.name == name and pack.root == PACKS_ROOT / name
        assert pack.eval_suites == [name]
        assert pack.pii_context_words
        if name != "general":
            assert len(pack.terms) >= 100


def test_a_malformed_pack_is_a_config_error_naming_its_file(tmp_path):
    (tmp_path / "finance").mkdir()
    (tmp_path / "finance" / "pack.yaml").write_text("name: finance\ndescription: x\nunknown_key: 1\n")
    with pytest.raises(ConfigError, match=r"finance/pack\.yaml"):
        load_pack("finance", tmp_path)


def test_a_pack_named_unlike_its_folder_is_rejected(tmp_path):
    (tmp_path / "legal").mkdir()
    (tmp_path / "legal" / "pack.yaml").write_text("name: medical\ndescription: x\n")
    with pytest.raises(ConfigError, match="does not match its folder"):
        load_pack("legal", tmp_path)


def test_a_term_list_with_phrases_is_rejected(tmp_path):
    (tmp_path / "legal").mkdir()
    (tmp_path / "legal" / "pack.yaml").write_text("name: legal\ndescription: x\nterms_file: terms.txt\n")
    (tmp_path / "legal" / "terms.txt").write_text("estoppel\nforce majeure\n")
    with pytest.raises(ConfigError, match="term 2 'force majeure'"):
        load_pack("legal", tmp_path)


def _pack(root: Path, name: str, extra: str = "") -> None:
    (root / name).mkdir()
    (root / name / "pack.yaml").write_text(f"name: {name}\ndescription: x\n{extra}")


def test_packs_are_the_folders_holding_a_pack_yaml_general_first(tmp_path):
    for name in ("zoology", "general", "aviation"):
        _pack(tmp_path, name)
    (tmp_path / "sampling").mkdir()  # code, not a pack
    (tmp_path / "notes.txt").write_text("not a pack")
    assert pack_names(tmp_path) == ("general", "aviation", "zoology")
    assert domain_packs(tmp_path) == ("aviation", "zoology")
    assert evaluation_order(tmp_path) == ("aviation", "zoology", "general")


def test_a_domain_no_pack_answers_to_is_an_error_listing_the_packs(tmp_path):
    known = r"unknown domain 'crypto'; the domain packs are general, finance, legal, medical"
    with pytest.raises(ConfigError, match=known):
        load_pack("crypto")
    registry = {
        "sources": [
            {
                "id": "crypto-a",
                "domain": "crypto",
                "path": "a.jsonl",
                "format": "jsonl",
                "license": "MIT",
                "owner": "o",
                "sensitivity": "public",
            }
        ]
    }
    (tmp_path / "sources.yaml").write_text(yaml.safe_dump(registry))
    with pytest.raises(ConfigError, match=rf"sources\.yaml: invalid source or model entry(.|\n)*{known}"):
        load_registry(tmp_path / "sources.yaml")


def test_recognizers_without_the_module_naming_them_are_rejected(tmp_path):
    _pack(tmp_path, "aviation", "pii_recognizers: [TailNumberRecognizer]\n")
    with pytest.raises(ConfigError, match=r"aviation/pack\.yaml(.|\n)*no pii_module"):
        load_pack("aviation", tmp_path)


def test_a_domain_without_a_colour_gets_a_stable_one_of_its_own(tmp_path):
    _pack(tmp_path, "aviation")
    _pack(tmp_path, "zoology", 'color: "#123456"\n')
    aviation = domain_color("aviation", tmp_path)
    assert re.fullmatch(r"#[0-9a-f]{6}", aviation) and aviation == fallback_color("aviation")
    # From the name alone: the same in every process and on every machine (not Python's salted hash()).
    assert fallback_color("aviation") == "#302e9e" and fallback_color("aviatio") != aviation
    assert domain_color("zoology", tmp_path) == "#123456"
    assert (
        domain_color("unknown", tmp_path) == NEUTRAL_COLOR and domain_color("unknown", tmp_path, None) is None
    )
    assert {name: domain_color(name) for name in pack_names()} == {
        name: load_pack(name).color for name in pack_names()
    }


def test_pack_recognizer_modules_import_only_the_recognizer_base():
    own = {"core", "charter", "corpus", "domain", "eval_suites", "governance", "kernels", "model", "tools"}
    for name, pack in all_packs().items():
        if pack.pii_module_path is None:
            continue
        tree = ast.parse(pack.pii_module_path.read_text(encoding="utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        ours = {m for m in imported if m.split(".")[0] in own}
        assert ours == {"governance.pii.base"}, (name, ours)


def test_every_suite_with_tasks_is_a_domain_pack_and_every_pack_has_a_suite():
    assert set(SUITES) <= set(pack_names())
    assert {t.suite for t in tasks_of()} == set(pack_names())
    with pytest.raises(KeyError, match="one per domain pack: finance, legal, medical, general"):
        tasks_of(["crypto"])


def test_dvc_yaml_depends_on_the_packs_as_a_folder_and_names_none():
    from dvc.repo import Repo

    stages = yaml.safe_load((REPO / "dvc.yaml").read_text())["stages"]
    deps = {name: stage.get("deps", []) for name, stage in stages.items()}
    assert not [d for ds in deps.values() for d in ds if d.startswith("domain/")]
    # Whatever reads what the packs declare depends on the folder: recognizers and must-keep lists (scrub and
    # the instruction data's scrubber), term lists (tokenizer), chart colours (report).
    for name in ("scrub", "tokenizer", "sft_data", "report"):
        assert "domain" in deps[name], name
    # The instruction files are followed through instructions.yaml, wherever they are, as sources.yaml's are.
    assert "data/fingerprint_sft/instructions.json" in deps["sft_data"]
    assert "--sources instructions.yaml" in stages["fingerprint_sft"]["cmd"]
    # As DVC sees the folder, it holds what the packs declare and none of their data.
    with Repo(str(REPO)) as repo:
        for pack in all_packs().values():
            for path in pack.root.rglob("*"):
                if "__pycache__" in path.parts:
                    continue
                ignored = repo.dvcignore.is_ignored(repo.fs, str(path))
                assert ignored == ("data" in path.relative_to(pack.root).parts), path


def test_every_registered_source_loads_exists_and_has_a_cataloged_license():
    registry = load_registry(REPO / "sources.yaml")
    policy = LicensePolicy.load(REPO / "governance" / "policies" / "commercial.yaml")
    assert {s.domain for s in registry.sources} == set(pack_names())
    for source in registry.sources:
        assert registry.resolve(source).exists(), source.id
        assert source.id.startswith(f"{source.domain}-"), source.id
        policy.check_known(source.license, source.id)


def test_the_default_commercial_policy_blocks_only_the_non_commercial_source_and_research_blocks_none():
    registry = load_registry(REPO / "sources.yaml")
    policies = REPO / "governance" / "policies"
    commercial, research = (
        LicensePolicy.load(policies / f"{name}.yaml") for name in ("commercial", "research")
    )
    blocked = {
        s.id for s in registry.sources if not commercial.evaluate(s.license, "commercial-training").allowed
    }
    assert blocked == {"finance-vendor-research-notes"}
    assert all(research.evaluate(s.license, "research-training").allowed for s in registry.sources)


def test_private_sources_point_at_their_jsonl_never_at_the_pii_manifest():
    registry = load_registry(REPO / "sources.yaml")
    private_paths = {registry.resolve(s).resolve() for s in registry.sources if s.sensitivity == "private"}
    assert private_paths == {p.resolve() for p in PRIVATE_FILES}


def test_registered_licenses_match_what_the_data_folders_state():
    registry = load_registry(REPO / "sources.yaml")
    stated = {PACKS_ROOT / d.domain / "data" / d.name: (d.spdx, "public") for d in samples.DATASETS}
    stated |= {
        PACKS_ROOT / s.domain / "data" / "private": (private.LICENSE_ID, "private") for s in private.SETS
    }
    stated |= {PACKS_ROOT / s.domain / "data" / s.name: (s.spdx, "public") for s in private.LICENSED_SETS}
    for source in registry.sources:
        folder = next(f for f in stated if registry.resolve(source).resolve().is_relative_to(f.resolve()))
        assert (source.license, source.sensitivity) == stated[folder], source.id


REGISTRIES = ("sources.yaml", "instructions.yaml")
"""Pretraining sources and instruction-tuning sources: every shipped folder is registered in one of them."""


def registered_files() -> dict[Path, str]:
    """Each registered path (file or folder) and the record field that holds its text."""
    out = {}
    for name in REGISTRIES:
        registry = load_registry(REPO / name)
        out |= {registry.resolve(s).resolve(): s.text_field for s in registry.sources}
    return out


@pytest.mark.parametrize("folder", DATA_FOLDERS, ids=lambda p: p.relative_to(PACKS_ROOT).as_posix())
def test_every_shipped_data_folder_states_its_license_and_is_registered(folder):
    assert (folder / "LICENSE").is_file() or (folder / "ATTRIBUTION.md").is_file()
    assert any(path.is_relative_to(folder.resolve()) for path in registered_files())


def _has_text(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    # Chat conversations: a list of {role, content} turns, each with content.
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(t, dict) and str(t.get("content", "")).strip() for t in value)
    )


def test_shipped_jsonl_records_have_unique_ids_and_text():
    registered = registered_files()
    for path in sorted(PACKS_ROOT.glob("*/data/*/*.jsonl")):
        field = next((f for p, f in registered.items() if path.resolve().is_relative_to(p)), "text")
        shipped = list(records(path).values())
        ids = [r["id"] for r in shipped]
        assert len(ids) == len(set(ids)), path
        assert all(_has_text(r[field]) for r in shipped), path


def test_private_generator_is_deterministic_and_reproduces_the_shipped_files(tmp_path):
    private.generate(tmp_path / "a")
    private.generate(tmp_path / "b")
    first, second = files_under(tmp_path / "a"), files_under(tmp_path / "b")
    assert first == second
    shipped = {name: (PACKS_ROOT / name).read_bytes() for name in first}
    assert shipped == first, "shipped synthetic files are stale: run `python -m tools.packs.private`"


@pytest.mark.parametrize("path", PRIVATE_FILES, ids=lambda p: p.name)
def test_every_planted_value_appears_verbatim_in_its_document(path):
    documents = manifest_for(path)["documents"]
    parsed = {r["id"]: (number, r["text"]) for number, r in records(path).items()}
    assert set(parsed) == set(documents)
    for doc_id, entry in documents.items():
        number, text = parsed[doc_id]
        assert entry["line"] == number
        assert entry["pii"], doc_id
        for planted in entry["pii"] + entry.get("keep", []):
            assert planted["value"] in text, (doc_id, planted)


def test_planted_identifiers_pass_the_checks_real_detectors_apply():
    """Fake values must still look real: presidio validates SSN rules, Luhn and the ABA checksum."""
    recognizers = {
        "US_SSN": UsSsnRecognizer(),
        "CREDIT_CARD": CreditCardRecognizer(),
        "ABA_ROUTING_NUMBER": AbaRoutingRecognizer(),
    }
    seen = set()
    for path in PRIVATE_FILES:
        for entry in manifest_for(path)["documents"].values():
            for planted in entry["pii"]:
                kind, value = planted["type"], planted["value"]
                if kind in recognizers:
                    found = recognizers[kind].analyze(value, [kind], None)
                    assert any(r.start == 0 and r.end == len(value) for r in found), planted
                    seen.add(kind)
                if kind == "EMAIL_ADDRESS":
                    assert value.endswith(("@example.com", "@example.org")), value
                if kind == "PHONE_NUMBER":
                    assert "555-01" in value or "555.01" in value, value
                if kind == "US_SSN":
                    assert value.startswith("9"), value
    assert seen == set(recognizers)


def test_finance_export_ends_with_exactly_one_truncated_line():
    path = PACKS_ROOT / "finance" / "data" / "private" / "client-onboarding-memos.jsonl"
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line]
    malformed = []
    for number, line in enumerate(lines, start=1):
        try:
            json.loads(line)
        except json.JSONDecodeError:
            malformed.append(number)
    assert malformed == [len(lines)]
    assert manifest_for(path)["truncated_line"] == len(lines)


def test_the_corrupt_pdf_has_a_pdf_header_but_cannot_be_opened():
    path = PACKS_ROOT / "legal" / "data" / "court-opinions" / "corrupt-upload.pdf"
    assert path.read_bytes().startswith(b"%PDF-1.7")
    with pytest.raises(pymupdf.FileDataError):
        pymupdf.open(path)


def test_the_real_court_opinions_open_and_have_text():
    for path in sorted((PACKS_ROOT / "legal" / "data" / "court-opinions").glob("*.pdf")):
        if path.name == private.CORRUPT_PDF.name:
            continue
        with pymupdf.open(path) as doc:
            assert "".join(page.get_text() for page in doc).strip(), path.name


def test_shipped_data_stays_within_the_size_budget():
    total = sum(p.stat().st_size for p in PACKS_ROOT.glob("*/data/**/*") if p.is_file())
    assert total < MAX_SHIPPED_BYTES


def test_sampler_reproduces_the_shipped_public_samples(shared_data, tmp_path):
    samples.main(["--shared", str(shared_data), "--out", str(tmp_path)])
    rebuilt = files_under(tmp_path)
    shipped = {name: (PACKS_ROOT / name).read_bytes() for name in rebuilt}
    assert shipped == rebuilt, (
        "shipped samples are stale: run `python -m tools.packs.samples --shared ../shared/data`"
    )


def test_every_erased_with_link_names_a_registered_source():
    registries = [load_registry(REPO / name) for name in REGISTRIES]
    known = {s.id for r in registries for s in r.sources}
    links = {(s.id, up) for r in registries for s in r.sources for up in s.erased_with}
    assert links  # the shipped instruction sets from corpus datasets are linked
    assert {up for _, up in links} <= known
