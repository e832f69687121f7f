"""Every pipeline stage, declared once: its name, the params it reads, its inputs and outputs, and the
function that runs it.

`charter`'s stage subcommands are built from these declarations (`charter.cli`), and `tests/test_stages.py`
checks `dvc.yaml` against them: the same stages, the same params, a dep for every input and for every module
the run function imports, and the outputs each stage's artifacts list (`core.artifacts`). Adding a stage is
one declaration here, its `dvc.yaml` entry, and its module.

A run function is named by a dotted string (`"corpus.ingest:ingest_command"`) and imported only when its
command runs: core imports nothing above it, and `charter --help` loads no stage. It takes the command's
options as keyword arguments (paths as `Path`, an empty path as None) and returns what the command prints.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core import artifacts as a
from core.artifacts import Artifact, folder
from core.packs import pack_names


@dataclass(frozen=True)
class Option:
    """One command-line argument, as `argparse.ArgumentParser.add_argument` takes it."""

    flags: tuple[str, ...]
    help: str | None = None
    default: Any = None
    dest: str | None = None
    type: Callable[[str], Any] | None = None
    nargs: str | None = None
    choices: tuple[str, ...] | Callable[[], tuple[str, ...]] | None = None
    """The allowed values, or a function giving them when the parser is built (the domain packs on disk)."""
    metavar: str | None = None
    action: str | None = None
    exclusive: str | None = None
    """Options sharing this name are mutually exclusive (one argparse group)."""
    path: bool = False
    """Handed to the run function as a `Path` (a list of them with `nargs`); an empty value as None."""

    @property
    def name(self) -> str:
        """The keyword the run function takes it as (argparse's `dest`)."""
        return self.dest or self.flags[0].lstrip("-").replace("-", "_")

    def argparse_kwargs(self) -> dict[str, Any]:
        kwargs = {
            "help": self.help,
            "default": self.default,
            "dest": self.dest,
            "type": self.type,
            "nargs": self.nargs,
            "choices": self.choices() if callable(self.choices) else self.choices,
            "metavar": self.metavar,
            "action": self.action,
        }
        return {k: v for k, v in kwargs.items() if v is not None}

    def value(self, raw: Any) -> Any:
        if not self.path:
            return raw
        if isinstance(raw, list | tuple):
            return [Path(v) for v in raw]
        return Path(raw) if raw else None


def _path(flag: str, default: Any, help: str | None = None, **kw: Any) -> Option:
    return Option((flag,), help, default, path=True, **kw)


PARAMS = _path("--params", "params.yaml", "parameter file (default: %(default)s)")
SOURCES = _path("--sources", "sources.yaml", "source registry (default: %(default)s)")


@dataclass(frozen=True)
class Command:
    """A `charter` subcommand that runs a stage: what `--help` says, its options, and its run function."""

    name: str
    run: str
    """`module:function`, imported when the command runs."""
    help: str
    description: str
    options: tuple[Option, ...]

    @property
    def module(self) -> str:
        return self.run.partition(":")[0]

    def resolve(self) -> Callable[..., object]:
        module, _, function = self.run.partition(":")
        return getattr(importlib.import_module(module), function)

    def call(self, values: Mapping[str, Any]) -> object:
        """Run with parsed option values (argparse's namespace as a mapping)."""
        return self.resolve()(**{o.name: o.value(values[o.name]) for o in self.options})


@dataclass(frozen=True)
class Stage:
    """One `dvc.yaml` stage."""

    name: str
    command: Command
    params: tuple[str, ...]
    """The params.yaml sections and keys it reads, as `dvc.yaml` lists them."""
    inputs: tuple[Artifact, ...]
    """What it reads of other stages' outputs."""
    optional: tuple[Artifact, ...] = ()
    """What it reads when it exists: written by commands people run beside `dvc repro`, so not a dvc dep."""
    always_changed: bool = False
    outputs: tuple[Artifact, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "outputs", a.written_by(self.name))


# --- the commands ---------------------------------------------------------------------------------------------

FINGERPRINT = Command(
    "fingerprint",
    "corpus.fingerprint:fingerprint_command",
    "fingerprint the registered source files, so DVC sees changes outside the repository",
    "Write every file ingest would read (name as ids give it, size, sha256 of the content) per registered "
    "source, and of each --extra file, to one JSON file. dvc.yaml runs this on every repro and ingest "
    "depends on its output: a changed, added or deleted file of a source outside the repository re-runs "
    "ingest, and nothing runs when nothing changed.",
    (
        PARAMS,
        SOURCES,
        _path(
            "--extra",
            (),
            "further files ingest reads (e.g. the erasure file)",
            nargs="*",
            metavar="FILE",
        ),
        _path(
            "--out", a.FINGERPRINT_SOURCES.dvc_path, "where the fingerprint JSON goes (default: %(default)s)"
        ),
        _path(
            "--models-out",
            None,
            "where the registered models' fingerprint goes (each file of each model folder), e.g. "
            + a.FINGERPRINT_MODELS.dvc_path,
        ),
    ),
)

INGEST = Command(
    "ingest",
    "corpus.ingest:ingest_command",
    "read registered sources into documents",
    "Read every source in the registry (JSONL, text, PDF, parquet) into documents with stable ids and "
    "sha256 hashes. Unreadable records are quarantined with the file and line at fault.",
    (
        PARAMS,
        SOURCES,
        _path(
            "--out", folder("ingest"), "where the documents, quarantine and ledger go (default: %(default)s)"
        ),
    ),
)

GATE = Command(
    "gate",
    "governance.gate:gate_command",
    "apply the license policy and erasure list",
    "Check every source's SPDX license against the policy for the configured use, and drop "
    "documents of blocked or erased sources. An unknown license stops the build, and so does a "
    "pretrain.base_model that is not registered or that the policy blocks.",
    (
        PARAMS,
        SOURCES,
        _path("--in", folder("ingest"), "the ingest stage's output (default: %(default)s)", dest="inp"),
        _path(
            "--out",
            folder("gate"),
            "where kept documents, gate decisions and ledger go (default: %(default)s)",
        ),
    ),
)

CURATE = Command(
    "curate",
    "corpus.curate.stage:curate_command",
    "language id, quality filters and exact dedup (datatrove)",
    "Run datatrove's language id (offline fastText model), Gopher and C4 quality filters and exact "
    "deduplication; every drop is recorded with its reason.",
    (
        PARAMS,
        SOURCES,
        _path("--in", folder("gate"), "the gate stage's output (default: %(default)s)", dest="inp"),
        _path(
            "--out", folder("curate"), "where curated documents, drops and ledger go (default: %(default)s)"
        ),
    ),
)

SCRUB = Command(
    "scrub",
    "governance.pii.stage:scrub_command",
    "replace PII with typed placeholders (presidio)",
    "Detect personal data with presidio (offline spaCy model) and replace each value with a typed "
    "placeholder such as <PERSON_1>, consistent within a document. With IN.jsonl OUT.jsonl, scrub "
    "one file of {id, text} lines standalone.",
    (
        PARAMS,
        Option(
            ("jsonl_in",),
            "standalone: input JSONL with id and text",
            nargs="?",
            metavar="IN.jsonl",
            path=True,
        ),
        Option(("jsonl_out",), "standalone: output JSONL", nargs="?", metavar="OUT.jsonl", path=True),
        Option(
            ("--domain",),
            "standalone: scrub as the stage does a document of this domain (its pack's recognizers and "
            "must-keep lists on top of those every document runs). Without it, every pack's recognizers run "
            "and only the common must-keep lists apply: the strict default, which finds no less than any domain",
            choices=pack_names,
        ),
        _path("--in", folder("curate"), "the curate stage's output (default: %(default)s)", dest="inp"),
        _path(
            "--out",
            folder("scrub"),
            "where scrubbed documents, PII counts and ledger go (default: %(default)s)",
        ),
    ),
)

VALIDATE = Command(
    "validate",
    "governance.quality_gate:validate_command",
    "data-quality gate (great-expectations)",
    "Validate the scrubbed corpus with a great-expectations suite; exits non-zero on any violation.",
    (
        PARAMS,
        SOURCES,
        _path("--gate", folder("gate"), "gate output, for the licenses the policy allowed"),
        _path(
            "--in",
            folder("scrub"),
            "the scrub stage's output, the corpus to validate (default: %(default)s)",
            dest="inp",
        ),
        _path("--out", folder("validate"), "where the validation results go (default: %(default)s)"),
    ),
)

MIX = Command(
    "mix",
    "corpus.mix:mix_command",
    "split held-out text and build the domain/general mixture",
    "Hold out a deterministic slice of each domain for evaluation, then sample the training mixture to "
    "the configured domain share with per-source weights and a cap on repetition.",
    (
        PARAMS,
        SOURCES,
        _path("--in", folder("scrub"), "the scrub stage's output (default: %(default)s)", dest="inp"),
        _path("--out", folder("mix"), "where the train and held-out splits go (default: %(default)s)"),
    ),
)

TOKENIZER = Command(
    "tokenizer",
    "corpus.tokenizer:tokenizer_command",
    "fit the domain-aware tokenizer",
    "Fit a byte-level BPE tokenizer (digits split) on the mixture with domain text weighted up, save it "
    "as a Hugging Face tokenizer, and compare its fertility with a general-only baseline. With "
    "pretrain.base_model: the base's tokenizer (the gate approved it), extended with domain tokens when "
    "tokenizer.extend_base, compared with the base's own.",
    (
        PARAMS,
        SOURCES,
        _path(
            "--gate",
            a.GATE_DECISIONS.dvc_path,
            "the gate's decisions, which must approve pretrain.base_model (default: %(default)s)",
        ),
        _path(
            "--in",
            folder("mix"),
            "the mix stage's output: the training split to fit on (default: %(default)s)",
            dest="inp",
        ),
        _path(
            "--out",
            folder("tokenizer"),
            "where the tokenizer and its fertility report go (default: %(default)s)",
        ),
    ),
)

TOKENIZE = Command(
    "tokenize",
    "corpus.tokenize:tokenize_command",
    "pack token shards and the token index",
    "Tokenize the mixture into packed shards and write an index from every token range to its document.",
    (
        PARAMS,
        _path(
            "--in",
            folder("mix"),
            "the mix stage's output: the documents to tokenize (default: %(default)s)",
            dest="inp",
        ),
        _path("--tokenizer", a.TOKENIZER.dvc_path, "the fitted tokenizer folder (default: %(default)s)"),
        _path(
            "--out", folder("tokenize"), "where the token shards and their index go (default: %(default)s)"
        ),
    ),
)

PLAN = Command(
    "plan",
    "model.plan:plan_command",
    "Chinchilla-optimal model size and tokens for a compute budget",
    "Size the model by the parametric scaling law L(N, D) = E + A/N^alpha + B/D^beta with C = 6ND. "
    "With --compute, print a plan for that budget; without it, run the pipeline stage. With "
    "pretrain.base_model the stage plans the tokens that train that base and each domain's epochs.",
    (
        PARAMS,
        SOURCES,
        Option(("--compute",), "compute budget in FLOPs (standalone mode)", type=float, exclusive="budget"),
        Option(
            ("--accelerator",),
            "budget from hardware (standalone mode): H100, A100, MI300X, TPUv5p, ...",
            exclusive="budget",
        ),
        Option(("--count",), "with --accelerator: number of devices", type=int),
        Option(("--hours",), "with --accelerator: wall-clock hours", type=float),
        Option(("--mfu",), "with --accelerator: expected MFU (default 0.4)", 0.4, type=float),
        Option(
            ("--fit",),
            "coefficient set: hoffmann, epoch, muennighoff, or a fit file from `charter scaling fit`",
            "hoffmann",
        ),
        Option(("--unique-tokens",), "unique tokens available; more are repeated", type=float),
        Option(("--vocab-size",), "vocabulary size for the model config", 32000, type=int),
        Option(("--seq-len",), "context length for the model config", 2048, type=int),
        Option(
            ("--micro-batch-size",),
            "sequences per GPU per forward pass (default: %(default)s)",
            8,
            type=int,
        ),
        Option(
            ("--grad-accum-steps",),
            "micro-batches per optimizer step over all GPUs; global batch = micro-batch x this (default: %(default)s)",
            1,
            type=int,
        ),
        Option(("--json",), "print the full plan as JSON", dest="as_json", action="store_true"),
        _path(
            "--meta",
            a.TOKENIZE_META.dvc_path,
            "the tokenize stage's meta.json: unique tokens and vocabulary (default: %(default)s)",
        ),
        _path(
            "--tokenizer",
            a.TOKENIZER.dvc_path,
            "the fitted tokenizer folder, for the model's special-token ids (default: %(default)s)",
        ),
        _path("--out", folder("plan"), "where plan.json goes (default: %(default)s)"),
    ),
)

MIXTURE = Command(
    "mixture",
    "corpus.mixture:mixture_command",
    "realise the planned tokens as the domain/general mixture",
    "Give each source its share of the plan's training tokens (mix.domain_share, mix.source_weights), "
    "repeat sources up to mix.max_epochs, and write the training stream in order as token shards.",
    (
        PARAMS,
        SOURCES,
        _path(
            "--plan",
            a.PLAN.dvc_path,
            "the plan stage's plan.json: the tokens to train on (default: %(default)s)",
        ),
        _path(
            "--tokens",
            folder("tokenize"),
            "the tokenize stage's folder: shards and token index (default: %(default)s)",
        ),
        _path(
            "--out",
            folder("mixture"),
            "where the training stream's shards and mixture report go (default: %(default)s)",
        ),
    ),
)


def pretrain_paths(heldout: str | None) -> tuple[Option, ...]:
    """The pretrain stage's paths: `charter pretrain` and `charter launch` take the same ones."""
    return (
        _path(
            "--plan",
            a.PLAN.dvc_path,
            "the plan stage's plan.json: model config and steps (default: %(default)s)",
        ),
        _path(
            "--shards",
            folder("mixture"),
            "the mixture stage's folder: token shards and meta.json (default: %(default)s)",
        ),
        _path("--tokenizer", a.TOKENIZER.dvc_path, "the fitted tokenizer folder (default: %(default)s)"),
        _path(
            "--out", folder("pretrain"), "where the checkpoints, logs and summary go (default: %(default)s)"
        ),
        _path(
            "--heldout",
            heldout,
            "folder of <domain>.jsonl held-out text for validation loss per domain (default: %(default)s)",
        ),
    )


PRETRAIN = Command(
    "pretrain",
    "model.train:pretrain_command",
    "train the planned Llama model with DeepSpeed",
    "Train a transformers LlamaForCausalLM with a DeepSpeed engine (ZeRO stage, precision, schedule from "
    "params; gloo on CPU) through the fused linear cross-entropy; log loss per domain, validation loss, "
    "tokens/s and MFU; checkpoint every pretrain.checkpoint_every steps and resume from the newest "
    "checkpoint of the same configuration on restart; export a Hugging Face folder (safetensors + "
    "tokenizer). With pretrain.base_model, continue pretraining that registered base (Llama, Mistral, Qwen2 "
    "or GPT-NeoX families) with a re-warmed learning rate; with pretrain.distill_teacher, learn from the "
    "registered model of that id under `models:` in --sources. "
    "Several ranks: torchrun --nproc_per_node N -m charter.cli pretrain ...",
    (PARAMS, SOURCES, *pretrain_paths(heldout=None)),
)

LAUNCH = Command(
    "launch",
    "model.launch:launch_command",
    "run the pretrain stage on a GPU cluster (DeepSpeed launcher or Slurm), memory checked first",
    "Run the pretrain stage across GPUs and nodes with the params `dvc repro` uses (launch: in params.yaml "
    "sets nodes, GPUs per node, the GPU model and the Slurm job). --hostfile FILE starts the ranks with "
    "DeepSpeed's launcher; --slurm writes an sbatch script (srun + torchrun with a c10d rendezvous on the "
    "first node) and submits it. Before anything starts, the planned model's per-GPU memory (ZeRO model "
    "states and activations, with and without activation checkpointing) is checked against the GPU; a run "
    "that cannot fit is refused with the shortfall and the smallest ZeRO stage and micro-batch that fit. "
    "--dry-run only checks: charter launch --plan PLAN.json --accelerator H100-80GB --count 8 --dry-run. "
    "After the run, `dvc commit pretrain` records its outputs.",
    (
        PARAMS,
        _path("--hostfile", None, "DeepSpeed hostfile ('hostname slots=N' per line)", exclusive="how"),
        Option(("--slurm",), "submit a Slurm job", action="store_true", exclusive="how"),
        Option(
            ("--dry-run",),
            "only estimate memory; exit non-zero if it cannot fit",
            action="store_true",
            exclusive="how",
        ),
        Option(("--accelerator",), "GPU model, e.g. H100-80GB, A100-40GB (default: launch.accelerator)"),
        Option(("--count",), "GPUs in all (default: launch.nodes x launch.gpus_per_node)", type=int),
        Option(("--json",), "with --dry-run: the estimate as JSON", dest="as_json", action="store_true"),
        Option(("--wait",), "with --slurm: return when the job has finished", action="store_true"),
        _path("--workdir", "data/launch", "with --slurm: where the script and job logs go"),
        Option(("--skip-memory-check",), "launch even if the estimate does not fit", action="store_true"),
        *pretrain_paths(heldout=a.MIX_HELDOUT.dvc_path),
    ),
)
"""Not a `dvc.yaml` stage: the pretrain stage run by hand on a cluster (`dvc commit pretrain` after)."""

EVALUATE = Command(
    "evaluate",
    "eval_suites.evaluate:evaluate_command",
    "lm-evaluation-harness suites and bits-per-byte per domain",
    "Evaluate the checkpoint with lm-evaluation-harness on the domain and general suites, offline, and "
    "bits-per-byte on each domain's held-out text.",
    (
        PARAMS,
        _path(
            "--checkpoint",
            a.PRETRAIN_CHECKPOINT.dvc_path,
            "the pretrained model (Hugging Face folder) (default: %(default)s)",
        ),
        _path(
            "--heldout",
            a.MIX_HELDOUT.dvc_path,
            "held-out <domain>.jsonl text for bits-per-byte (default: %(default)s)",
        ),
        _path("--out", a.EVALUATE_RESULTS.dvc_path, "where the harness results go (default: %(default)s)"),
        _path("--metrics", a.EVALUATE_METRICS.dvc_path, "where the metrics JSON goes (default: %(default)s)"),
        _path("--plot", None, "bits-per-byte per domain as DVC plot data, e.g. " + a.EVALUATE_PLOT.dvc_path),
        Option(
            ("--chat-template",),
            "prompt through the checkpoint's chat template, as an instruction-tuned model is used",
            action="store_true",
        ),
        _path(
            "--sft-data",
            None,
            "the conversations the checkpoint was instruction-tuned on (train.jsonl): tasks from the same "
            "datasets are marked in-distribution, the others zero-shot",
        ),
    ),
)

SFT_DATA = Command(
    "sft-data",
    "model.sft.data:sft_data_command",
    "govern the instruction data: license gate, PII scrub, decontamination",
    "Read the registered instruction sources (conversations, one JSON object a line), apply the license "
    "gate and erasure list, scrub PII from every turn, drop any conversation that is an evaluation item "
    "or shares a 13-gram with one or with the held-out text, and split train/valid; the ledger records "
    "every decision.",
    (
        PARAMS,
        _path("--sources", "instructions.yaml", "instruction registry (default: %(default)s)"),
        _path("--heldout", a.MIX_HELDOUT.dvc_path, "held-out text to keep out ('' for none)"),
        _path(
            "--out",
            folder("sft_data"),
            "where the instruction conversations (train.jsonl, valid.jsonl) go (default: %(default)s)",
        ),
    ),
)

SFT = Command(
    "sft",
    "model.sft.train:sft_command",
    "instruction-tune the pretrained model (TRL SFTTrainer)",
    "Fine-tune the checkpoint on the governed conversations with TRL's SFTTrainer: Charter's chat template, "
    "loss on assistant tokens only, packing by param, learning rate picked by validation loss over "
    "sft.lr_grid. Writes the checkpoint (with its chat template), metrics and base-vs-SFT sample answers.",
    (
        PARAMS,
        _path("--checkpoint", a.PRETRAIN_CHECKPOINT.dvc_path, "pretrained Hugging Face folder"),
        _path("--data", folder("sft_data"), "sft-data output (train.jsonl, valid.jsonl)"),
        _path(
            "--out",
            folder("sft"),
            "where the instruction-tuned checkpoint and its metrics go (default: %(default)s)",
        ),
    ),
)

REPORT = Command(
    "report",
    "governance.report.build:report_command",
    "lineage report (HTML and JSON) from the ledger",
    "Build the self-contained HTML and JSON lineage report from the ledger and stage outputs.",
    (
        PARAMS,
        SOURCES,
        _path("--instructions", "instructions.yaml", "instruction registry, for erasure"),
        _path("--data", a.ROOT, "pipeline output root"),
        _path("--tokenizer", a.TOKENIZER.dvc_path, "for the erasure n-gram check"),
        _path(
            "--out",
            folder("report"),
            "where the HTML and JSON report and the cards go (default: %(default)s)",
        ),
    ),
)

# --- the stages, in dvc.yaml's order --------------------------------------------------------------------------

STAGES: tuple[Stage, ...] = (
    Stage(
        "fingerprint",
        FINGERPRINT,
        ("ingest.file_name_key_env", "gate.erasure_file"),
        (),
        always_changed=True,
    ),
    Stage(
        "ingest",
        INGEST,
        ("ingest", "curate.tasks", "curate.workers", "executor", "gate.erasure_file"),
        (a.FINGERPRINT_SOURCES,),
    ),
    Stage("gate", GATE, ("gate", "pretrain.base_model"), (a.INGEST_DOCS,)),
    Stage("curate", CURATE, ("seed", "curate", "executor"), (a.GATE_DOCS,)),
    Stage("scrub", SCRUB, ("scrub",), (a.CURATE_DOCS,)),
    Stage("validate", VALIDATE, ("validate",), (a.SCRUB_DOCS, a.GATE_DECISIONS)),
    Stage("mix", MIX, ("seed", "mix", "gate.erasure_file"), (a.SCRUB_DOCS, a.VALIDATE_RESULTS)),
    Stage(
        "tokenizer",
        TOKENIZER,
        ("seed", "tokenizer", "tokenize.seq_len", "pretrain.base_model"),
        (a.MIX_TRAIN, a.MIX_HELDOUT, a.GATE_DECISIONS, a.FINGERPRINT_MODELS),
    ),
    Stage("tokenize", TOKENIZE, ("tokenize",), (a.MIX_TRAIN, a.TOKENIZER)),
    Stage(
        "plan",
        PLAN,
        (
            "plan",
            "tokenize.seq_len",
            "pretrain.micro_batch_size",
            "pretrain.grad_accum_steps",
            "pretrain.base_model",
            "gate.policy",
            "gate.use",
            "mix.domain_share",
            "mix.replay_share",
            "mix.source_weights",
            "mix.max_epochs",
        ),
        (a.TOKENIZE_META, a.TOKENIZE_INDEX, a.TOKENIZER, a.FINGERPRINT_MODELS),
    ),
    Stage(
        "mixture",
        MIXTURE,
        ("seed", "mix", "tokenize.shard_tokens", "gate.erasure_file"),
        (a.PLAN, a.TOKENIZE_SHARDS, a.TOKENIZE_INDEX, a.TOKENIZE_META),
    ),
    Stage(
        "pretrain",
        PRETRAIN,
        ("seed", "pretrain", "gate.policy", "gate.use"),
        (
            a.PLAN,
            a.MIXTURE_SHARDS,
            a.MIXTURE_META,
            a.MIXTURE_INDEX,
            a.MIX_HELDOUT,
            a.TOKENIZER,
            a.FINGERPRINT_MODELS,
        ),
    ),
    Stage("evaluate", EVALUATE, ("evaluate",), (a.PRETRAIN_CHECKPOINT, a.MIX_HELDOUT)),
    Stage("fingerprint_sft", FINGERPRINT, ("ingest.file_name_key_env",), (), always_changed=True),
    Stage(
        "sft_data",
        SFT_DATA,
        (
            "seed",
            "gate",
            "scrub",
            "sft.valid_fraction",
            "curate.decontamination_ngram",
            "curate.eval_suites_dir",
        ),
        (a.FINGERPRINT_SFT, a.MIX_HELDOUT),
    ),
    Stage("sft", SFT, ("seed", "sft", "scrub"), (a.PRETRAIN_CHECKPOINT, a.SFT_DATA_TRAIN, a.SFT_DATA_VALID)),
    Stage("evaluate_sft", EVALUATE, ("evaluate",), (a.SFT_CHECKPOINT, a.SFT_DATA_TRAIN, a.MIX_HELDOUT)),
    Stage(
        "report",
        REPORT,
        ("gate.erasure_file",),
        (
            *a.CORPUS_LEDGERS,
            a.INGEST_DOCS,
            a.INGEST_QUARANTINE,
            a.INGEST_ERASED,
            a.INGEST_STATS,
            a.GATE_DECISIONS,
            a.CURATE_STATS,
            a.SCRUB_STATS,
            a.VALIDATE_RESULTS,
            a.MIX_STATS,
            a.TOKENIZER,
            a.FERTILITY,
            a.FERTILITY_DETAILS,
            a.FERTILITY_PLOT,
            a.TOKENIZE_SHARDS,
            a.TOKENIZE_INDEX,
            a.TOKENIZE_META,
            a.PLAN,
            a.MIXTURE_SHARDS,
            a.MIXTURE_INDEX,
            a.MIXTURE_STATS,
            a.PRETRAIN_TRAIN_LOG,
            a.PRETRAIN_SUMMARY,
            a.PRETRAIN_PLOT,
            a.EVALUATE_RESULTS,
            a.EVALUATE_METRICS,
            a.SFT_DATA_TRAIN,
            a.SFT_DATA_VALID,
            a.SFT_DATA_LEDGER,
            a.SFT_DATA_STATS,
            a.SFT_METRICS,
            a.SFT_SAMPLES,
            a.EVALUATE_SFT_METRICS,
        ),
        optional=(
            a.SCALING_FIT,
            a.SCALING_PLOT,
            a.EXPERIMENT_RESULTS,
            a.EXPERIMENT_PLOT,
            a.EXPERIMENT_THROUGHPUT,
        ),
    ),
)

BY_NAME = {s.name: s for s in STAGES}
COMMANDS: tuple[Command, ...] = tuple(dict.fromkeys(s.command for s in STAGES))
"""The stage subcommands, each once (evaluate and evaluate_sft share `charter evaluate`)."""
