"""`charter launch`: the pretrain stage across GPUs and nodes, from the same params as `dvc repro`.

Two launchers, one stage command (`python -m charter.cli pretrain ...` with the paths dvc.yaml passes):
- the DeepSpeed launcher over a hostfile (`deepspeed --hostfile FILE --num_nodes N --num_gpus G --module
  charter.cli pretrain ...`), which starts the ranks on every host over ssh (pdsh);
- a Slurm job (`sbatch`): one task per node, each running torchrun with a c10d rendezvous on the job's first
  node (`srun torchrun --nnodes $SLURM_NNODES --nproc_per_node G --rdzv_backend c10d --rdzv_endpoint
  HEAD:PORT -m charter.cli pretrain ...`). A resubmitted job resumes from the newest checkpoint.

Before anything starts, the run is checked: the inputs exist, the global batch splits over the ranks, and the
planned model fits the GPUs' memory (model.memory); a run that cannot fit is refused with the shortfall, before
it waits in a queue to fail.
"""

from __future__ import annotations

import json
import logging
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.config import LaunchParams, Params, load_params
from core.errors import CharterError, ConfigError
from core.schemas.plan import read_plan
from model.hardware import get_accelerator
from model.memory import check_plan, format_check

REPO = Path(__file__).resolve().parents[1]
MODULE = "charter.cli"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StagePaths:
    """The pretrain stage's inputs and output (the `charter pretrain` options)."""

    plan: Path
    shards: Path
    tokenizer: Path
    out: Path
    heldout: Path | None = None

    def args(self, params_file: Path) -> list[str]:
        args = ["pretrain", "--params", str(params_file.resolve())]
        for name in ("plan", "shards", "tokenizer", "heldout", "out"):
            value = getattr(self, name)
            if value is not None:
                args += [f"--{name}", str(Path(value).resolve())]
        return args

    def check(self) -> None:
        missing = [
            f"--{name} {value}"
            for name in ("plan", "shards", "tokenizer", "heldout")
            if (value := getattr(self, name)) is not None and not Path(value).exists()
        ]
        if missing:
            raise CharterError(
                f"pretrain inputs missing: {', '.join(missing)}; build them first (`dvc repro mixture`)"
            )


def target_precision(params: Params) -> str:
    """The precision on the GPUs: `auto` is bf16 there (every accelerator in model.hardware has it)."""
    return "bf16" if params.pretrain.precision == "auto" else params.pretrain.precision


def memory_check(
    params: Params, plan_path: Path, accelerator: str, count: int, gpus_per_node: int | None = None
) -> dict[str, Any]:
    """model.memory's estimate for the plan on `count` GPUs, under params.pretrain's ZeRO stage."""
    plan = read_plan(plan_path)
    if count < 1:
        raise ConfigError(f"--count must be >= 1, got {count}")
    cfg = params.pretrain
    per_node = min(gpus_per_node or params.launch.gpus_per_node, count)
    return check_plan(
        plan,
        get_accelerator(accelerator),
        count,
        per_node,
        cfg.zero_stage,
        target_precision(params),
        cfg.activation_checkpointing,
    )


def check_batch(params: Params, plan_path: Path) -> None:
    """The run's global batch is the plan's, and splits over the ranks (what the stage would refuse at start)."""
    plan = read_plan(plan_path)
    cfg, launch = params.pretrain, params.launch
    tokens = cfg.micro_batch_size * cfg.grad_accum_steps * plan.train.seq_len
    if tokens != plan.train.tokens_per_step:
        raise ConfigError(
            f"{plan_path} was planned at {plan.train.tokens_per_step} tokens per step; pretrain.micro_batch_size "
            f"x grad_accum_steps x seq_len gives {tokens}: re-run `charter plan` with these params"
        )
    ranks = launch.nodes * launch.gpus_per_node
    if cfg.grad_accum_steps % ranks:
        raise ConfigError(
            f"pretrain.grad_accum_steps={cfg.grad_accum_steps} is not divisible by the {ranks} ranks of launch.nodes "
            "x launch.gpus_per_node"
        )


def refuse_unless_fits(result: dict[str, Any]) -> None:
    if not result["fits"]:
        c = result["configured"]
        gib = 2**30
        hint = ""
        if result["suggestion"] is not None:
            s = result["suggestion"]
            hint = (
                f"; the smallest ZeRO stage that fits is pretrain.zero_stage={s['zero_stage']} with "
                f"micro_batch_size={s['micro_batch_size']} and grad_accum_steps={s['grad_accum_steps']}"
                + (", activation_checkpointing=true" if s["activation_checkpointing"] else "")
            )
        raise CharterError(
            f"the plan does not fit: ZeRO-{c['zero_stage']} at micro-batch {c['micro_batch_size']} needs "
            f"{c['total'] / gib:.1f} GiB per GPU, {(c['total'] - c['capacity']) / gib:.1f} GiB more than the "
            f"{result['accelerator']}'s {c['capacity'] / gib:.0f} GiB{hint}"
        )
    if "batch_problem" in result:
        raise CharterError(result["batch_problem"])


def read_hostfile(path: Path) -> dict[str, int]:
    """DeepSpeed's hostfile: `hostname slots=N` per line, # comments."""
    if not Path(path).exists():
        raise ConfigError(f"{path}: hostfile not found")
    hosts: dict[str, int] = {}
    for n, line in enumerate(Path(path).read_text().splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        match = re.fullmatch(r"(\S+)\s+slots\s*=\s*(\d+)", line)
        if not match:
            raise ConfigError(f"{path}:{n}: expected 'hostname slots=N', got {line!r}")
        hosts[match.group(1)] = int(match.group(2))
    if not hosts:
        raise ConfigError(f"{path}: no hosts")
    return hosts


def deepspeed_command(launch: LaunchParams, hostfile: Path, stage_args: list[str]) -> list[str]:
    hosts = read_hostfile(hostfile)
    if len(hosts) < launch.nodes:
        raise ConfigError(f"launch.nodes is {launch.nodes}, {hostfile} lists {len(hosts)} hosts")
    short = {h: s for h, s in hosts.items() if s < launch.gpus_per_node}
    if short:
        raise ConfigError(
            f"launch.gpus_per_node is {launch.gpus_per_node}; {hostfile} gives fewer slots: {short}"
        )
    launcher = shutil.which("deepspeed")
    if launcher is None:
        raise CharterError(
            "DeepSpeed's launcher `deepspeed` is not on PATH (it comes with pip install deepspeed)"
        )
    return [
        launcher,
        "--hostfile",
        str(Path(hostfile).resolve()),
        "--num_nodes",
        str(launch.nodes),
        "--num_gpus",
        str(launch.gpus_per_node),
        "--master_port",
        str(launch.master_port),
        "--module",
        MODULE,
        *stage_args,
    ]


def slurm_script(launch: LaunchParams, stage_args: list[str], log_dir: Path) -> str:
    """The sbatch script: one task per node; torchrun on each starts its ranks and meets the others at the
    first node's c10d rendezvous."""
    s = launch.slurm
    directives = {
        "job-name": "charter-pretrain",
        "nodes": str(launch.nodes),
        "ntasks-per-node": "1",
        "gpus-per-node": str(launch.gpus_per_node),
        "cpus-per-task": str(s.cpus_per_task),
        "partition": s.partition,
        "time": s.time,
        "output": str(Path(log_dir).resolve() / "pretrain-%j.out"),
    }
    optional = {"account": s.account, "qos": s.qos, "mem": s.mem}
    directives |= {k: v for k, v in optional.items() if v is not None} | dict(s.sbatch_args)
    torchrun = [
        shlex.quote(sys.executable),
        "-m",
        "torch.distributed.run",
        "--nnodes",
        '"$SLURM_NNODES"',
        "--nproc_per_node",
        str(launch.gpus_per_node),
        "--rdzv_id",
        '"$SLURM_JOB_ID"',
        "--rdzv_backend",
        "c10d",
        "--rdzv_endpoint",
        f'"$head:{launch.master_port}"',
        "-m",
        MODULE,
        *(shlex.quote(a) for a in stage_args),
    ]
    lines = ["#!/usr/bin/env bash", *(f"#SBATCH --{k}={v}" for k, v in directives.items())]
    lines += [
        "# Written by `charter launch --slurm`: the pretrain stage on every GPU of the job.",
        "set -euo pipefail",
        f"cd {shlex.quote(str(REPO))}",
        *s.setup,
        "export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1",
        'head=$(scontrol show hostnames "$SLURM_JOB_NODELIST" | head -n 1)',
        "srun --kill-on-bad-exit=1 " + " ".join(torchrun),
        "",
    ]
    return "\n".join(lines)


def submit_slurm(script: Path, wait: bool) -> str:
    """sbatch the script; the job id. With `wait`, sbatch returns when the job ends, non-zero if it failed."""
    if shutil.which("sbatch") is None:
        raise CharterError("sbatch is not on PATH: run `charter launch --slurm` on a Slurm login node")
    command = ["sbatch", *(["--wait"] if wait else []), str(script)]
    done = subprocess.run(command, capture_output=True, text=True)
    found = re.search(r"Submitted batch job (\d+)", done.stdout)
    if done.returncode != 0:
        what = f"job {found.group(1)} failed" if found else "sbatch failed"
        raise CharterError(f"{what} (exit {done.returncode}): {done.stderr.strip()[-2000:]}")
    if not found:
        raise CharterError(f"sbatch printed no job id: {done.stdout.strip()!r}")
    return found.group(1)


def format_command(command: list[str]) -> str:
    return " ".join(shlex.quote(c) for c in command)


__all__ = [
    "StagePaths",
    "check_batch",
    "deepspeed_command",
    "format_check",
    "memory_check",
    "read_hostfile",
    "refuse_unless_fits",
    "slurm_script",
    "submit_slurm",
]


def launch_command(
    *,
    params: Path,
    hostfile: Path | None,
    slurm: bool,
    dry_run: bool,
    accelerator: str | None,
    count: int | None,
    as_json: bool,
    wait: bool,
    workdir: Path,
    skip_memory_check: bool,
    plan: Path,
    shards: Path,
    tokenizer: Path,
    out: Path,
    heldout: Path | None,
) -> dict[str, Any] | None:
    """`charter launch`: check that the planned run fits the GPUs, then start the pretrain stage's ranks with
    DeepSpeed's launcher (--hostfile) or as a Slurm job (--slurm); --dry-run only prints the check."""
    p = load_params(params)
    if p.pretrain.base_model:
        raise CharterError(
            "charter launch sizes and starts a model built from the plan; for pretrain.base_model run "
            "`charter pretrain` under torchrun or the DeepSpeed launcher"
        )
    count = count or p.launch.nodes * p.launch.gpus_per_node
    check = memory_check(p, plan, accelerator or p.launch.accelerator, count)
    if dry_run:
        print(json.dumps(check, indent=2) if as_json else format_check(check))
        refuse_unless_fits(check)
        return None
    if not (hostfile or slurm):
        raise CharterError("say how to start the ranks: --hostfile FILE (DeepSpeed launcher) or --slurm")
    if count != p.launch.nodes * p.launch.gpus_per_node:
        raise CharterError(
            f"--count {count} differs from launch.nodes x launch.gpus_per_node = "
            f"{p.launch.nodes * p.launch.gpus_per_node}: set them in {params}"
        )
    log.info("memory check:\n%s", format_check(check))
    if not skip_memory_check:
        refuse_unless_fits(check)
    paths = StagePaths(plan, shards, tokenizer, out, heldout)
    paths.check()
    check_batch(p, plan)
    stage = paths.args(params)
    if hostfile:
        command = deepspeed_command(p.launch, hostfile, stage)
        log.info("running %s", format_command(command))
        code = subprocess.run(command).returncode
        if code:
            raise CharterError(f"the DeepSpeed launcher exited with {code}")
        return {"launcher": "deepspeed", "command": command, "out": str(out)}
    workdir.mkdir(parents=True, exist_ok=True)
    script = workdir / "pretrain.sbatch"
    script.write_text(slurm_script(p.launch, stage, workdir))
    job = submit_slurm(script, wait)
    return {"launcher": "slurm", "job": job, "script": str(script), "finished": wait, "out": str(out)}
