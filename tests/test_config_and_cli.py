"""Every shipped configuration loads and validates; every subcommand's --help says what it does and what
each of its arguments is."""

import argparse
import subprocess
import sys

import pytest
import yaml

from charter.cli import build_parser, main
from core.config import load_params
from core.errors import ConfigError
from core.registry import load_registry
from core.yamlfile import load_yaml
from governance.licenses import LicensePolicy
from tests.conftest import REPO


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], tuple]:
    """Every subcommand, nested ones included: (parser, the one-line help its parent lists)."""
    found = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            listed = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                found[(*path, name)] = (sub, listed.get(name))
                found |= _commands(sub, (*path, name))
    return found


COMMANDS = _commands(build_parser())
SUBCOMMANDS = sorted(name for (name, *nested) in COMMANDS if not nested)
# What users and the docs reach for first in each command: a rename or a removal must be deliberate.
KEY_OPTIONS = {
    ("ingest",): ["--params", "--sources", "--out"],
    ("gate",): ["--in", "--out"],
    ("plan",): ["--compute", "--accelerator", "--json"],
    ("pretrain",): ["--plan", "--shards", "--tokenizer", "--out"],
    ("launch",): ["--hostfile", "--slurm", "--dry-run", "--count"],
    ("forget",): ["--source", "--doc", "--reason"],
    ("purge",): ["--dry-run"],
    ("trace",): ["doc_id", "--token", "--json"],
    ("ledger", "query"): ["SQL", "--limit", "--out"],
    ("scaling", "sweep"): ["--budgets", "--out"],
    ("scaling", "fit"): ["--runs", "--bootstrap"],
    ("experiment", "run"): ["--target"],
}


def test_shipped_params_validate_and_keep_every_value_they_set():
    """Loading params.yaml drops nothing it says: every value the file sets is the value the stages get."""
    raw = load_yaml(REPO / "params.yaml")
    loaded = load_params(REPO / "params.yaml").model_dump(mode="json", by_alias=True)

    def check(stated: object, got: object, where: str) -> None:
        if isinstance(stated, dict):
            assert isinstance(got, dict), where
            for key, value in stated.items():
                check(value, got[key], f"{where}.{key}")
        elif isinstance(stated, list):
            assert isinstance(got, list) and len(got) == len(stated), where
            for n, (a, b) in enumerate(zip(stated, got, strict=True)):
                check(a, b, f"{where}[{n}]")
        elif isinstance(stated, str) and isinstance(got, float):  # YAML 1.1 reads 4.5e12 as a string
            assert float(stated) == got, where
        else:
            assert got == stated, where

    check(raw, loaded, "params")


def test_the_tokenizer_is_fitted_at_the_default_mixture_share():
    """`tokenizer.domain_share` is its own setting so that experiment arms share one tokenizer; shipped, it is
    the mixture's share, so the default build fits its tokenizer on the text proportions it trains on."""
    params = load_params(REPO / "params.yaml")
    assert params.tokenizer.domain_share == params.mix.domain_share


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
    raw = yaml.safe_load((REPO / "params.yaml").read_text())
    raw["mix"]["domain_share"] = 1.5
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(raw))
    with pytest.raises(ConfigError, match="(?s)params.yaml.*mix.*domain_share"):
        load_params(tmp_path / "params.yaml")


def test_duplicate_source_id_is_rejected(tmp_path):
    entry = "  - {id: s, domain: legal, path: x, format: pdf, license: MIT, owner: o, sensitivity: public}\n"
    (tmp_path / "sources.yaml").write_text("sources:\n" + entry + entry)
    with pytest.raises(ConfigError, match="registered twice"):
        load_registry(tmp_path / "sources.yaml")


@pytest.mark.parametrize("command", sorted(COMMANDS), ids=" ".join)
def test_every_subcommand_says_what_it_does_and_what_each_argument_is(command, capsys):
    parser, listed_help = COMMANDS[command]
    assert listed_help, f"`charter {' '.join(command)}` has no line in its parent's command list"
    assert parser.description, f"`charter {' '.join(command)}` has no description"
    arguments = [
        a for a in parser._actions if not isinstance(a, argparse._HelpAction | argparse._SubParsersAction)
    ]
    no_help = [a.option_strings or [a.dest] for a in arguments if not a.help or a.help == argparse.SUPPRESS]
    assert no_help == [], f"`charter {' '.join(command)}`: arguments without a help string"

    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args([*command, "--help"])
    assert exit_info.value.code == 0
    # argparse re-wraps text, breaking lines at spaces and after hyphens: compare without whitespace
    shown = "".join(capsys.readouterr().out.split())
    assert "".join(parser.description.split()) in shown
    for argument in arguments:
        names = argument.option_strings or [argument.metavar or argument.dest]
        assert all(name in shown for name in names), names


@pytest.mark.parametrize("command", sorted(KEY_OPTIONS), ids=" ".join)
def test_key_options_are_in_the_help(command, capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args([*command, "--help"])
    shown = capsys.readouterr().out
    for option in KEY_OPTIONS[command]:
        line = next((line for line in shown.splitlines() if line.strip().startswith(option)), None)
        assert line is not None, f"`charter {' '.join(command)} --help` does not show {option}"


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
