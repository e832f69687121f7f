import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from core.config import GateParams, IngestParams
from core.erasure_requests import render
from core.errors import PolicyError
from core.registry import load_registry
from corpus.ingest import run_ingest
from governance.gate import decide_sources, run_gate
from governance.licenses import LicensePolicy
from tests.conftest import REPO

POLICIES = REPO / "governance" / "policies"
GATE_USES = {"commercial": "commercial-training", "research": "research-training"}


@pytest.fixture
def policy(policy_path):
    return LicensePolicy.load(policy_path)


def test_permissive_license_is_allowed_with_its_obligations(policy):
    verdict = policy.evaluate("CC-BY-SA-4.0", "commercial-training")
    assert verdict.allowed
    assert verdict.obligations == ("attribution", "share_alike")


def test_non_commercial_license_is_blocked_with_the_reason(policy):
    verdict = policy.evaluate("CC-BY-NC-SA-3.0", "commercial-training")
    assert not verdict.allowed
    assert "commercial_use=False" in verdict.reason


def test_license_with_unknown_terms_is_blocked(policy):
    verdict = policy.evaluate("LicenseRef-Unknown", "commercial-training")
    assert not verdict.allowed and "unknown" in verdict.reason


def test_license_missing_from_the_catalog_stops_the_build(policy):
    with pytest.raises(PolicyError, match="not in the policy catalog"):
        policy.evaluate("LicenseRef-SomethingNew", "commercial-training", where="sources.yaml: source 'x'")


def test_unknown_use_is_an_error(policy):
    with pytest.raises(PolicyError, match="has no use"):
        policy.evaluate("MIT", "surveillance")


def test_or_takes_any_permitted_alternative_and_and_needs_all(policy):
    assert policy.evaluate("CC-BY-NC-4.0 OR MIT", "commercial-training").allowed
    verdict = policy.evaluate("CC-BY-NC-4.0 AND MIT", "commercial-training")
    assert not verdict.allowed and "CC-BY-NC-4.0" in verdict.reason


def test_research_policy_allows_non_commercial_but_not_unknown(policy_path):
    research = LicensePolicy.load(policy_path.parent / "research.yaml")
    assert research.evaluate("CC-BY-NC-SA-3.0", "research-training").allowed
    assert not research.evaluate("LicenseRef-Unknown", "research-training").allowed


def test_owner_restriction_on_uses_blocks_a_permitted_license(tmp_path, policy):
    (tmp_path / "x.jsonl").write_text("")
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {id: s, domain: legal, path: x.jsonl, format: jsonl, license: MIT, owner: o,"
        " sensitivity: private, allowed_uses: [evaluation]}\n"
    )
    decision = decide_sources(load_registry(tmp_path / "sources.yaml"), policy, "commercial-training")["s"]
    assert not decision.allowed and "owner allows only" in decision.reason


def gate_decisions(sources: list[dict], policy: str, root: Path) -> dict[str, str]:
    """Ingest then gate `sources` under a shipped policy; the ledger's gate reason (or 'kept') per document."""
    registry_file = root / f"{policy}-sources.yaml"
    registry_file.write_text(yaml.safe_dump({"sources": sources}, sort_keys=False))
    registry = load_registry(registry_file)
    run_ingest(registry, IngestParams(), root / policy / "ingest")
    (root / "erasure.yaml").write_text(render([]))
    params = GateParams(
        policy=str(POLICIES / f"{policy}.yaml"),
        use=GATE_USES[policy],
        erasure_file=str(root / "erasure.yaml"),
    )
    report = run_gate(registry, params, root / policy / "ingest", root / policy / "gate")
    account = report["account"]
    assert account["in"] == account["kept"] + account["dropped"]
    rows = pq.read_table(root / policy / "gate" / "ledger.parquet").to_pylist()
    return {r["doc_id"]: r["reason"] if r["decision"] == "dropped" else "kept" for r in rows}


def test_shipped_vendor_notes_are_blocked_for_commercial_training_and_kept_for_research(tmp_path):
    """The embedded default's non-commercial source: every one of its documents is dropped by the commercial
    gate with the license as the reason, and every one passes the research gate."""
    shipped = yaml.safe_load((REPO / "sources.yaml").read_text())["sources"]
    notes = next(s for s in shipped if s["id"] == "finance-vendor-research-notes")
    notes["path"] = str(REPO / notes["path"])
    commercial = gate_decisions([notes], "commercial", tmp_path)
    assert len(commercial) == 300
    assert all(reason.startswith("gate: license blocked: CC-BY-NC-4.0") for reason in commercial.values())
    assert set(gate_decisions([notes], "research", tmp_path).values()) == {"kept"}


def test_real_financial_phrasebank_is_blocked_for_commercial_training(shared_data, tmp_path):
    """Real third-party data under CC BY-NC-SA (never shipped: its terms forbid it), registered with the
    license its upstream states: the commercial gate drops every sentence, the research gate keeps them."""
    phrasebank = shared_data / "financial-phrasebank"
    assert "CC-BY-NC-SA-3.0" in (phrasebank / "SOURCE.md").read_text(encoding="utf-8")
    lines = (phrasebank / "Sentences_AllAgree.txt").read_text(encoding="utf-8").splitlines()
    sentences = [line.rpartition("@")[0].strip() for line in lines[::10]]
    path = tmp_path / "phrasebank.jsonl"
    path.write_text("".join(json.dumps({"id": str(n), "text": t}) + "\n" for n, t in enumerate(sentences)))
    source = {
        "id": "finance-phrasebank",
        "domain": "finance",
        "path": str(path),
        "format": "jsonl",
        "license": "CC-BY-NC-SA-3.0",
        "owner": "Malo and Sinha (Aalto University)",
        "sensitivity": "public",
    }
    commercial = gate_decisions([source], "commercial", tmp_path)
    assert len(commercial) == len(sentences) > 200
    assert all(reason.startswith("gate: license blocked: CC-BY-NC-SA-3.0") for reason in commercial.values())
    assert set(gate_decisions([source], "research", tmp_path).values()) == {"kept"}
