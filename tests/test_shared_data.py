"""Tests that read ../shared/data say so: without it they skip with that reason (`pytest -rs` lists them), and
in CI, where CHARTER_REQUIRE_SHARED_DATA is set, its absence is a failure, never a silent skip."""

import re
import subprocess
import sys

import pytest

from tests.conftest import REPO, shared_data_or_skip


def test_a_missing_folder_is_a_skip_that_names_it(tmp_path):
    with pytest.raises(pytest.skip.Exception, match=r"needs \.\./shared/data") as skipped:
        shared_data_or_skip(tmp_path / "absent", required=False)
    assert str(tmp_path / "absent") in str(skipped.value)


def test_a_missing_folder_fails_when_the_data_is_required(tmp_path):
    with pytest.raises(pytest.fail.Exception, match=r"needs \.\./shared/data.*CHARTER_REQUIRE_SHARED_DATA"):
        shared_data_or_skip(tmp_path / "absent", required=True)


def test_a_present_folder_is_given_to_the_test(tmp_path):
    assert shared_data_or_skip(tmp_path, required=True) == tmp_path


def test_a_file_in_place_of_the_folder_is_missing_data(tmp_path):
    (tmp_path / "data").write_text("")
    with pytest.raises(pytest.fail.Exception):
        shared_data_or_skip(tmp_path / "data", required=True)


def test_no_test_module_finds_the_shared_data_by_itself():
    """One way in (the `shared_data` fixture), so no test can skip on its own, silently, without it."""
    own_path = re.compile(r"""["'](\.\./)?shared/data["']|["']shared["']\s*/\s*["']data["']""")
    offenders = [
        path.name
        for path in sorted((REPO / "tests").glob("*.py"))
        if path.name != "conftest.py" and own_path.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_tests_that_read_the_shared_data_carry_its_mark():
    """`pytest -m shared_data` selects them (and `-m "not shared_data"` leaves them out): the mark follows from
    the fixture, directly or through another fixture, or is given where a test draws it at run time."""
    expected = {
        "test_pdf_corpus.py::test_every_pdf_is_read_or_quarantined_with_a_reason",
        "test_domain_packs.py::test_sampler_reproduces_the_shipped_public_samples",
        "test_licenses.py::test_real_financial_phrasebank_is_blocked_for_commercial_training",
        "test_evaluate.py::test_prepare_reproduces_the_shipped_files_byte_for_byte",
        "test_sft.py::test_the_instruction_builder_reproduces_the_shipped_files_byte_for_byte",
    }
    modules = sorted({name.partition("::")[0] for name in expected})
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-m", "shared_data"]
        + [f"tests/{m}" for m in modules],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    selected = {line.removeprefix("tests/") for line in collected.splitlines() if "::" in line}
    assert expected <= selected, collected
    # the unshipped tasks' items are built from the shared data when the test runs
    assert any(n.startswith("test_evaluate.py::test_task_items_have_the_fields") for n in selected)
    assert not any("test_prepare_refuses_data_the_policy_blocks" in n for n in selected)
