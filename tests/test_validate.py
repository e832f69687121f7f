import pandas as pd
import pytest

from core.config import ValidateParams
from governance.quality_gate import build_suite, validate_frame


def frame(**overrides):
    rows = {
        "doc_id": ["a", "b"],
        "text": ["Revenue rose.", "The court held <PERSON_1> liable."],
        "source": ["s", "s"],
        "domain": ["finance", "legal"],
        "license": ["MIT", "MIT"],
        "sha256": ["0" * 64, "1" * 64],
    }
    rows.update(overrides)
    return pd.DataFrame(rows)


def run(df, licenses=("MIT",), domains=("finance", "legal")):
    return validate_frame(df, lambda: build_suite(ValidateParams(), list(licenses), list(domains)))


def test_clean_corpus_passes():
    assert run(frame())["success"]


@pytest.mark.parametrize(
    "overrides, expectation",
    [
        ({"doc_id": ["a", "a"]}, "expect_column_values_to_be_unique"),
        ({"license": ["MIT", "CC-BY-NC-4.0"]}, "expect_column_values_to_be_in_set"),
        ({"text": ["Revenue rose.", ""]}, "expect_column_value_lengths_to_be_between"),
        ({"sha256": ["0" * 64, "nothex"]}, "expect_column_values_to_match_regex"),
    ],
)
def test_violations_fail_the_gate(overrides, expectation):
    result = run(frame(**overrides))
    assert not result["success"]
    assert expectation in {f["expectation"] for f in result["failures"]}


def test_residual_pii_fails_and_names_documents_not_values():
    result = run(frame(text=["Write to jane.doe@example.com today.", "SSN 123-45-6789 on file."]))
    assert not result["success"]
    failures = [
        f for f in result["failures"] if f["expectation"] == "expect_column_values_to_not_match_regex"
    ]
    assert {tuple(f["doc_ids"]) for f in failures} == {("a",), ("b",)}
    assert "jane.doe" not in str(result) and "123-45-6789" not in str(result)


def test_a_missing_domain_fails():
    assert not run(frame(), domains=("finance", "legal", "medical"))["success"]
