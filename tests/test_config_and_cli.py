"""Every shipped configuration loads and validates; every subcommand answers --help."""

import argparse
import subprocess
import sys

import pytest

from charter.cli import build_parser, main
from core.config import load_params
from core.errors import ConfigError
from core.registry import load_registry
from governance.licenses import LicensePolicy
from tests.conftest import REPO

SUBCOMMANDS = sorted(
    next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
)


def test_shipped_params_validate():
    params = load_params(REPO / "params.yaml")
    assert params.mix.domain_share == 0.5


def test_shipped_policies_and_registry_load():
    for policy in (REPO / "governance/policies").glob("*.yaml"):
        if policy.name != "licenses.yaml":
            loaded = LicensePolicy.load(policy)
            assert loaded.uses
    registry = load_registry(REPO / "sources.yaml")
    policy = LicensePolicy.load(REPO / "governance/policies/commercial.yaml")
    for source in registry.sources:
        policy.check_known(source.license, where=source.id)


def test_unknown_param_key_is_rejected_with_the_file_name(tmp_path):
    text = (REPO / "params.yaml").read_text().replace("mix:\n", "mix:\n  domian_share: 0.3\n")
    (tmp_path / "params.yaml").write_text(text)
    with pytest.raises(ConfigError, match="(?s)params.yaml.*domian_share"):
        load_params(tmp_path / "params.yaml")


def test_out_of_range_param_is_rejected(tmp_path):
    text = (REPO / "params.yaml").read_text().replace("domain_share: 0.5", "domain_share: 1.5")
    (tmp_path / "params.yaml").write_text(text)
    with pytest.raises(ConfigError, match="domain_share"):
        load_params(tmp_path / "params.yaml")


def test_duplicate_source_id_is_rejected(tmp_path):
    entry = "  - {id: s, domain: legal, path: x, format: pdf, license: MIT, owner: o, sensitivity: public}\n"
    (tmp_path / "sources.yaml").write_text("sources:\n" + entry + entry)
    with pytest.raises(ConfigError, match="registered twice"):
        load_registry(tmp_path / "sources.yaml")


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args([command, "--help"])
    assert exit_info.value.code == 0
    assert len(capsys.readouterr().out) > 200


def test_console_script_help_runs():
    out = subprocess.run(
        [sys.executable, "-m", "charter.cli", "--help"], capture_output=True, text=True, check=True
    )
    assert all(c in out.stdout for c in SUBCOMMANDS)


def test_user_errors_exit_2_with_a_message(tmp_path, capsys):
    code = main(["ingest", "--params", str(tmp_path / "missing.yaml"), "--out", str(tmp_path / "o")])
    assert code == 2
    assert "parameter file not found" in capsys.readouterr().err


def test_params_rewritten_by_dvc_exp_run_load_as_the_same_params(tmp_path):
    """`dvc exp run -S key=value` rewrites params.yaml through its own YAML writer, which drops quotes: an
    unquoted 48:00:00 then reads back as the base-60 integer 172800. Every experiment run loads that file."""
    import shutil

    from dvc.utils.serialize import modify_yaml

    copy = tmp_path / "params.yaml"
    shutil.copy(REPO / "params.yaml", copy)
    with modify_yaml(copy) as data:
        data["pretrain"]["seed"] = 7
    original, rewritten = load_params(REPO / "params.yaml"), load_params(copy)
    assert rewritten.pretrain.seed == 7
    assert rewritten.model_copy(update={"pretrain": original.pretrain}) == original
    assert rewritten.launch.slurm.time == "48:00:00"
