"""Each stage is declared once (core.stages, core.artifacts): dvc.yaml, the command line and the report's
inputs are checked against the declarations, and plan.json reads back as the Plan it was written from."""

from __future__ import annotations

import argparse
import inspect
import json
import re
import shlex
from pathlib import Path

import pytest
import yaml

from charter.cli import build_parser, main
from core import artifacts as a
from core.errors import MalformedArtifact, MissingArtifact
from core.schemas.plan import PLAN_FILE, Plan, read_plan, write_plan
from core.stages import BY_NAME, COMMANDS, STAGES, Stage
from governance.report.collect import collect
from model.plan import plan_for
from tests.conftest import REPO
from tests.imports import import_closure, uncovered
from tests.stage_outputs import write_report_inputs

DVC = yaml.safe_load((REPO / "dvc.yaml").read_text())["stages"]
PARAMS = yaml.safe_load((REPO / "params.yaml").read_text())


def _name(entry: str | dict) -> str:
    return entry if isinstance(entry, str) else next(iter(entry))


def _options(entry: str | dict) -> dict:
    return {} if isinstance(entry, str) else next(iter(entry.values())) or {}


def _by_stage(test):
    return pytest.mark.parametrize("stage", STAGES, ids=[s.name for s in STAGES])(test)


def test_dvc_yaml_runs_the_declared_stages_in_their_order():
    assert list(DVC) == [s.name for s in STAGES]


@_by_stage
def test_dvc_yaml_lists_the_params_the_stage_declares(stage: Stage):
    assert sorted(DVC[stage.name].get("params", [])) == sorted(stage.params)


@_by_stage
def test_dvc_yaml_data_deps_are_the_declared_inputs(stage: Stage):
    data = [d for d in DVC[stage.name].get("deps", []) if d.startswith(f"{a.ROOT}/")]
    assert sorted(data) == sorted(a.dvc_paths(stage.inputs))


@_by_stage
def test_dvc_yaml_outputs_metrics_and_plots_are_the_declared_artifacts(stage: Stage):
    entry = DVC[stage.name]
    for kind in ("outs", "metrics", "plots"):
        listed = {_name(o): _options(o) for o in entry.get(kind, [])}
        declared = {x.dvc_path: x for x in stage.outputs if x.listed == kind}
        assert sorted(listed) == sorted(declared), kind
        for path, options in listed.items():
            assert options.get("persist", False) == declared[path].persist, path
            assert options.get("cache", True) == declared[path].cache, path
    assert entry.get("always_changed", False) == stage.always_changed


@_by_stage
def test_dvc_yaml_code_deps_cover_every_module_the_stage_imports(stage: Stage):
    """A change to any module the run function may import (transitively) re-runs the stage."""
    closure = import_closure(REPO, stage.command.module)
    missing = uncovered(list(closure.values()), DVC[stage.name].get("deps", []), REPO)
    assert not missing, f"{stage.name}: add to its dvc.yaml deps: {missing}"


@_by_stage
def test_every_dvc_yaml_dep_exists(stage: Stage):
    repo_deps = [d for d in DVC[stage.name].get("deps", []) if not d.startswith(f"{a.ROOT}/")]
    assert [d for d in repo_deps if not (REPO / d).exists()] == []


def _substituted(cmd: str) -> str:
    """`${gate.erasure_file}` as DVC fills it from params.yaml."""

    def value(match: re.Match) -> str:
        node = PARAMS
        for key in match.group(1).split("."):
            node = node[key]
        return str(node)

    return re.sub(r"\$\{([^}]+)\}", value, cmd)


@_by_stage
def test_dvc_yaml_cmd_is_the_declared_command_on_declared_paths(stage: Stage):
    argv = shlex.split(_substituted(DVC[stage.name]["cmd"]))
    assert argv[:2] == ["charter", stage.command.name]
    args = build_parser().parse_args(argv[1:])  # exits on an option the command does not have
    declared = {x.dvc_path for x in (*stage.inputs, *stage.outputs)} | {a.folder(stage.name)}
    for value in vars(args).values():
        if isinstance(value, str) and value.startswith(f"{a.ROOT}/"):
            assert any(d == value or d.startswith(f"{value}/") for d in declared), value


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    return next(x for x in parser._actions if isinstance(x, argparse._SubParsersAction)).choices


@_by_stage
def test_every_declared_stage_has_its_subcommand_and_the_run_function_takes_its_options(stage: Stage):
    sub = _subcommands()[stage.command.name]
    dests = {x.dest for x in sub._actions if x.dest != "help"}
    names = {o.name for o in stage.command.options}
    assert dests == names
    signature = inspect.signature(stage.command.resolve())
    assert set(signature.parameters) == names


def test_a_stage_subcommand_calls_its_declared_function_with_paths(monkeypatch, capsys):
    seen = {}

    def fake(**kwargs):
        seen.update(kwargs)
        return {"ran": True}

    monkeypatch.setattr("corpus.tokenize.tokenize_command", fake)
    assert main(["tokenize", "--in", "elsewhere/mix", "--params", "p.yaml"]) == 0
    assert seen == {
        "params": Path("p.yaml"),
        "inp": Path("elsewhere/mix"),
        "tokenizer": Path(a.TOKENIZER.dvc_path),
        "out": Path(a.folder("tokenize")),
    }
    assert json.loads(capsys.readouterr().out) == {"ran": True}


def test_the_stage_commands_are_declared_once_each():
    assert len({c.name for c in COMMANDS}) == len(COMMANDS)
    assert BY_NAME["evaluate_sft"].command is BY_NAME["evaluate"].command


def test_the_names_stages_write_under_are_the_declared_ones():
    """Stages name their own files (importing core.artifacts would make every stage's dvc.yaml deps
    include the declarations of all the others); their names must be the declared ones."""
    from core import ledger, stage, token_index
    from corpus import mix, mixture
    from eval_suites import evaluate
    from governance.erasure import resolve
    from model import monitor
    from model.checkpoint import CHECKPOINTS
    from model.sft import train as sft

    pairs = [
        (ledger.LEDGER_FILE, a.LEDGER_FILE),
        ((stage.DOCS, stage.DROPPED_DIR), (a.DOCS, a.DROPPED)),
        (resolve.INGEST_OUTPUTS, (a.INGEST_DOCS.name, a.INGEST_QUARANTINE.name, a.INGEST_ERASED.name)),
        ((mix.TRAIN, mix.HELDOUT), (a.MIX_TRAIN.name, a.MIX_HELDOUT.name)),
        ((token_index.SHARDS, token_index.INDEX, token_index.META), (a.SHARDS, a.INDEX, a.META)),
        ([token_index.shard_name(i) for i in (0, 7, 12345)], [a.shard_name(i) for i in (0, 7, 12345)]),
        (PLAN_FILE, a.PLAN.name),
        (mixture.MIXTURE, a.MIXTURE_STATS.name),
        (
            (monitor.TRAIN_LOG, monitor.VAL_LOG, monitor.TENSORBOARD, monitor.PLOT, CHECKPOINTS),
            tuple(
                x.name
                for x in (
                    a.PRETRAIN_TRAIN_LOG,
                    a.PRETRAIN_VAL_LOG,
                    a.PRETRAIN_TENSORBOARD,
                    a.PRETRAIN_PLOT,
                    a.PRETRAIN_CHECKPOINTS,
                )
            ),
        ),
        (
            [f"results/{evaluate.GATE_FILE}", f"results/{evaluate.HELDOUT_FILE}"],
            [a.EVALUATE_LICENSE_GATE.name, a.EVALUATE_HELDOUT_DOCUMENTS.name],
        ),
        (
            (sft.CHECKPOINT, sft.METRICS, sft.SAMPLES, sft.TRAIN_LOG),
            tuple(x.name for x in (a.SFT_CHECKPOINT, a.SFT_METRICS, a.SFT_SAMPLES, a.SFT_TRAIN_LOG)),
        ),
    ]
    for written, declared in pairs:
        assert written == declared


def test_only_the_report_stage_depends_on_the_artifact_declarations():
    """So declaring a new stage's outputs re-runs the report, and no stage that trains or tokenizes."""
    readers = [s.name for s in STAGES if "core.artifacts" in import_closure(REPO, s.command.module)]
    assert readers == ["report"]


def test_every_artifact_has_one_declaration():
    paths = [x.path for x in a.ARTIFACTS]
    assert len(paths) == len(set(paths))


# --- the closure the dvc.yaml test relies on ------------------------------------------------------------------


def test_the_import_closure_follows_lazy_and_package_imports_but_not_type_checking_ones(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("from pkg import helper\n")
    (pkg / "helper.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "stage.py").write_text(
        "from typing import TYPE_CHECKING\nimport json\nif TYPE_CHECKING:\n    from pkg import typed\n"
        "def run():\n    from .lazy import x\n"
    )
    (pkg / "sub" / "lazy.py").write_text("")
    (pkg / "typed.py").write_text("")
    (pkg / "unused.py").write_text("")
    closure = import_closure(tmp_path, "pkg.sub.stage")
    assert sorted(closure) == ["pkg", "pkg.helper", "pkg.sub", "pkg.sub.lazy", "pkg.sub.stage"]
    files = list(closure.values())
    assert uncovered(files, ["pkg"], tmp_path) == []
    assert uncovered(files, ["pkg/sub", "pkg/__init__.py"], tmp_path) == ["pkg/helper.py"]


def test_a_stage_that_omits_the_core_layer_from_its_deps_is_caught():
    closure = import_closure(REPO, BY_NAME["gate"].command.module)
    deps = [d for d in DVC["gate"]["deps"] if not d.startswith("core")]
    assert "core/stage.py" in uncovered(list(closure.values()), deps, REPO)


# --- the report's inputs --------------------------------------------------------------------------------------


@pytest.fixture
def report_inputs(tmp_path) -> Path:
    return write_report_inputs(tmp_path / "data")


def test_the_report_collects_from_its_declared_inputs(report_inputs):
    report = collect(report_inputs, REPO / "sources.yaml", REPO / "params.yaml")
    assert [s["name"] for s in report["stages"]] == [x.stage for x in a.CORPUS_LEDGERS]
    assert report["scaling"] == {} and report["experiment"] == {}  # not run: optional


@pytest.mark.parametrize("artifact", BY_NAME["report"].inputs, ids=lambda x: x.path)
def test_the_report_names_a_missing_input_and_the_stage_that_writes_it(report_inputs, artifact):
    path = artifact.at(report_inputs)
    path.rename(path.with_name(path.name + ".renamed"))
    with pytest.raises(
        MissingArtifact, match=rf"{re.escape(str(path))} is missing: the {artifact.stage} stage"
    ):
        collect(report_inputs, REPO / "sources.yaml", REPO / "params.yaml")


def test_a_summary_without_a_field_its_reader_needs_is_an_error_naming_the_file(report_inputs):
    path = a.GATE_DECISIONS.at(report_inputs)
    path.write_text(json.dumps({"stage": "gate", "policy": "p", "use": "u"}))
    with pytest.raises(MalformedArtifact, match=r"(?s)gate/decisions.json is not a GateDecisions.*sources"):
        collect(report_inputs, REPO / "sources.yaml", REPO / "params.yaml")


def test_a_member_file_of_a_folder_output_missing_is_named_too(report_inputs):
    a.EVALUATE_LICENSE_GATE.at(report_inputs).unlink()
    with pytest.raises(MissingArtifact, match="results/license_gate.json is missing: the evaluate stage"):
        collect(report_inputs, REPO / "sources.yaml", REPO / "params.yaml")


# --- plan.json ------------------------------------------------------------------------------------------------


def test_plan_json_round_trips_through_its_schema_byte_for_byte(tmp_path):
    plan = plan_for(3e15, "hoffmann", 8000, 128, unique_tokens=2_000_000, micro_batch_size=4)
    path = write_plan(plan, tmp_path)
    text = path.read_text()
    # The format the plan stage has always written: hashes of plan.json do not change.
    assert text == json.dumps(plan.to_json(), indent=2, sort_keys=True) + "\n"
    back = read_plan(path)
    assert back == plan and isinstance(back.train.steps, int)
    write_plan(back, tmp_path / "again")
    assert (tmp_path / "again" / a.PLAN.name).read_text() == text


def test_a_plan_without_a_field_is_refused_naming_it(tmp_path):
    payload = plan_for(3e15, "hoffmann", 8000, 128).to_json()
    del payload["train"]["tokens_per_step"]
    (tmp_path / "plan.json").write_text(json.dumps(payload))
    with pytest.raises(MalformedArtifact, match=r"(?s)plan.json: not a usable plan.*tokens_per_step"):
        read_plan(tmp_path / "plan.json")
    with pytest.raises(MissingArtifact, match="the plan stage"):
        read_plan(tmp_path / "absent.json")
    assert Plan.from_json(plan_for(3e15, "hoffmann", 8000, 128).to_json()).fit == "hoffmann"
