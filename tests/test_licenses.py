import pytest

from charter.errors import PolicyError
from governance.gate import decide_sources
from governance.licenses import LicensePolicy
from governance.registry import load_registry


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
