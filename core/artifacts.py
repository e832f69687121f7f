"""What the pipeline's stages write, and where: every artifact's name and path, declared once.

An artifact is a file or folder a stage writes under the pipeline output root (`data/` in `dvc.yaml` and the
command line's defaults; any folder in the tests). Readers in another stage's code (the report, trace, the
erasure proof, OpenLineage) find it here, never by spelling out `"<stage>/<file>"`, and a missing one is a
`MissingArtifact` that names the file and the stage that writes it. `core.stages` lists which stage reads
which artifact; `tests/test_stages.py` checks `dvc.yaml` against both.

This module imports nothing but the standard library and `core.errors`: the command line builds its parser
from it, and `charter --help` stays instant. Only readers import it, not the stages that write (which name
their own files; `tests/test_stages.py` checks that the names agree): a stage's code deps in `dvc.yaml`
include every module it imports, so declaring a new stage's artifacts here re-runs the report only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from core.errors import MissingArtifact

ROOT = "data"
"""The pipeline output root as `dvc.yaml` and the command line's defaults name it (relative to the repo)."""

# File and folder names several stages share.
DOCS, DROPPED, QUARANTINE = "docs", "dropped", "quarantine"
LEDGER_FILE = "ledger.parquet"
SHARDS, INDEX, META = "shards", "index.parquet", "meta.json"
TOKENIZER_FILE = "tokenizer.json"

Listing = Literal["outs", "metrics", "plots"]


@dataclass(frozen=True)
class Artifact:
    """One file or folder a stage writes, at `<root>/<stage>/<name>`."""

    stage: str
    """The stage that writes it (a `dvc.yaml` stage, or the command named in `writer`)."""
    name: str
    """Its path inside the stage's folder: `decisions.json`, `results/license_gate.json`."""
    listed: Listing | None = "outs"
    """How `dvc.yaml` lists it under its stage; None for a file inside a listed folder, or one no stage of
    `dvc repro` writes (see `writer`)."""
    persist: bool = False
    """Kept by DVC when the stage re-runs (`persist: true`): logs a resumed run appends to."""
    cache: bool = True
    """False for the one output DVC must not cache (`cache: false`): the source fingerprint."""
    writer: str = ""
    """The command that writes it when that is not `dvc repro` (`charter scaling fit`)."""

    @property
    def path(self) -> str:
        """Relative to the output root: `gate/decisions.json`."""
        return f"{self.stage}/{self.name}"

    @property
    def dvc_path(self) -> str:
        """As `dvc.yaml` and `dvc.lock` name it: `data/gate/decisions.json`."""
        return f"{ROOT}/{self.path}"

    def at(self, data: Path | str) -> Path:
        """Where it is under the output root `data`."""
        return Path(data) / self.stage / self.name

    def require(self, data: Path | str) -> Path:
        """Its path under `data`, or a `MissingArtifact` naming the file and what writes it."""
        path = self.at(data)
        if not path.exists():
            raise MissingArtifact(f"{path} is missing: {self.written_by()} writes it")
        return path

    def written_by(self) -> str:
        if self.writer:
            return f"`{self.writer}`"
        return f"the {self.stage} stage (`dvc repro {self.stage}`)"


ARTIFACTS: list[Artifact] = []


def _declare(stage: str, name: str, listed: Listing | None = "outs", **kw: bool | str) -> Artifact:
    artifact = Artifact(stage, name, listed, **kw)  # type: ignore[arg-type]
    ARTIFACTS.append(artifact)
    return artifact


def folder(stage: str) -> str:
    """A stage's output folder as the command line's defaults name it: `data/gate`."""
    return f"{ROOT}/{stage}"


def written_by(stage: str) -> tuple[Artifact, ...]:
    """What `dvc.yaml` lists as `stage`'s outputs, metrics and plots."""
    return tuple(a for a in ARTIFACTS if a.stage == stage and a.listed is not None and not a.writer)


def dvc_paths(artifacts: Iterable[Artifact]) -> list[str]:
    return [a.dvc_path for a in artifacts]


# --- the pipeline, in the order `dvc repro` runs it -----------------------------------------------------------

FINGERPRINT_SOURCES = _declare("fingerprint", "sources.json", cache=False)
FINGERPRINT_MODELS = _declare("fingerprint", "models.json", cache=False)
"""Every file of each registered model's folder (models: in sources.yaml): the stages that read a base."""

INGEST_DOCS = _declare("ingest", DOCS)
INGEST_QUARANTINE = _declare("ingest", QUARANTINE)
INGEST_ERASED = _declare("ingest", "erased")
"""Tombstones: id, sha256, source and reason of every document the erasure list kept out."""
INGEST_LEDGER = _declare("ingest", LEDGER_FILE)
INGEST_STATS = _declare("ingest", "stats.json")

GATE_DOCS = _declare("gate", DOCS)
GATE_DROPPED = _declare("gate", DROPPED)
GATE_LEDGER = _declare("gate", LEDGER_FILE)
GATE_DECISIONS = _declare("gate", "decisions.json")

CURATE_DOCS = _declare("curate", DOCS)
CURATE_DROPPED = _declare("curate", DROPPED)
CURATE_LEDGER = _declare("curate", LEDGER_FILE)
CURATE_STATS = _declare("curate", "stats.json")

SCRUB_DOCS = _declare("scrub", DOCS)
SCRUB_LEDGER = _declare("scrub", LEDGER_FILE)
SCRUB_STATS = _declare("scrub", "stats.json")

VALIDATE_RESULTS = _declare("validate", "results.json")

MIX_TRAIN = _declare("mix", "train")
MIX_HELDOUT = _declare("mix", "heldout")
MIX_LEDGER = _declare("mix", LEDGER_FILE)
MIX_STATS = _declare("mix", "mixture.json")

TOKENIZER = _declare("tokenizer", "tokenizer")
"""The fitted tokenizer, a Hugging Face folder."""
TOKENIZER_JSON = _declare("tokenizer", f"tokenizer/{TOKENIZER_FILE}", None)
FERTILITY_DETAILS = _declare("tokenizer", "fertility_details.json")
FERTILITY = _declare("tokenizer", "fertility.json", "metrics")
FERTILITY_PLOT = _declare("tokenizer", "fertility.png", "plots")

TOKENIZE_SHARDS = _declare("tokenize", SHARDS)
TOKENIZE_INDEX = _declare("tokenize", INDEX)
TOKENIZE_META = _declare("tokenize", META)

PLAN = _declare("plan", "plan.json")

MIXTURE_SHARDS = _declare("mixture", SHARDS)
MIXTURE_INDEX = _declare("mixture", INDEX)
MIXTURE_META = _declare("mixture", META)
MIXTURE_STATS = _declare("mixture", "mixture.json", "metrics")

PRETRAIN_CHECKPOINT = _declare("pretrain", "checkpoint")
PRETRAIN_TRAIN_LOG = _declare("pretrain", "train_log.jsonl", persist=True)
PRETRAIN_VAL_LOG = _declare("pretrain", "val_log.jsonl", persist=True)
PRETRAIN_TENSORBOARD = _declare("pretrain", "tensorboard", persist=True)
PRETRAIN_SUMMARY = _declare("pretrain", "summary.json", "metrics")
PRETRAIN_PLOT = _declare("pretrain", "training.png", "plots")
PRETRAIN_CHECKPOINTS = _declare("pretrain", "checkpoints", None)
"""Resumable checkpoints: run state a restarted pretrain reads, not an output."""

EVALUATE_RESULTS = _declare("evaluate", "results")
EVALUATE_LICENSE_GATE = _declare("evaluate", "results/license_gate.json", None)
EVALUATE_HELDOUT_DOCUMENTS = _declare("evaluate", "results/heldout_documents.json", None)
EVALUATE_METRICS = _declare("evaluate", "metrics.json", "metrics")
EVALUATE_PLOT = _declare("evaluate", "bpb.json", "plots")

FINGERPRINT_SFT = _declare("fingerprint_sft", "instructions.json", cache=False)
"""The instruction files instructions.yaml registers, as the fingerprint stage records the sources."""

SFT_DATA_DOCS = _declare("sft_data", DOCS)
SFT_DATA_DROPPED = _declare("sft_data", DROPPED)
SFT_DATA_TRAIN = _declare("sft_data", "train.jsonl")
SFT_DATA_VALID = _declare("sft_data", "valid.jsonl")
SFT_DATA_LEDGER = _declare("sft_data", LEDGER_FILE)
SFT_DATA_STATS = _declare("sft_data", "stats.json")

SFT_CHECKPOINT = _declare("sft", "checkpoint")
SFT_TRAIN_LOG = _declare("sft", "train_log.jsonl")
SFT_SAMPLES = _declare("sft", "samples.json")
SFT_METRICS = _declare("sft", "metrics.json", "metrics")

EVALUATE_SFT_RESULTS = _declare("evaluate_sft", "results")
EVALUATE_SFT_METRICS = _declare("evaluate_sft", "metrics.json", "metrics")

REPORT_HTML = _declare("report", "report.html")
REPORT_JSON = _declare("report", "report.json")
REPORT_OPENLINEAGE = _declare("report", "openlineage.jsonl")
REPORT_ERASURE_PROOF = _declare("report", "erasure_proof.json")
REPORT_SUMMARY = _declare("report", "training_content_summary.json")
REPORT_DATA_CARD = _declare("report", "DATA_CARD.md")
REPORT_MODEL_CARD = _declare("report", "MODEL_CARD.md")
REPORT_PROVENANCE = _declare("report", "provenance.parquet")
"""doc_id, source, domain, license, sensitivity, sha256, location of every ingested document, by id."""
REPORT_DOC_TOKENS = _declare("report", "doc_tokens.parquet")
"""The token index re-sorted by doc_id, so a document's ranges are one lookup."""
REPORT_DUPLICATES = _declare("report", "duplicates.parquet")
"""(survivor, doc_id) of every exact duplicate curate dropped, bucketed by survivor."""

# --- written by commands people run beside `dvc repro`; the report includes them when they exist ----------------

SCALING_RUNS = _declare("scaling", "runs.json", None, writer="charter scaling sweep")
SCALING_FIT = _declare("scaling", "fit.json", None, writer="charter scaling fit")
SCALING_PLOT = _declare("scaling", "isoflop.png", None, writer="charter scaling fit")
EXPERIMENT_RESULTS = _declare("experiment", "results.json", None, writer="charter experiment")
EXPERIMENT_PLOT = _declare("experiment", "bpb.png", None, writer="charter experiment")
EXPERIMENT_THROUGHPUT = _declare(
    "experiment", "throughput.json", None, writer="python benchmarks/train_throughput.py --json"
)
"""Tokens/s and step-time overhead of each pretraining option against the baseline, measured in one run."""

CORPUS_LEDGERS = (INGEST_LEDGER, GATE_LEDGER, CURATE_LEDGER, SCRUB_LEDGER, MIX_LEDGER)
"""The corpus stages' ledgers in pipeline order: each stage's documents in are the previous one's out."""


@dataclass(frozen=True)
class ShardSet:
    """Packed token shards, their index (the token range of every document) and their meta.json."""

    shards: Artifact
    index: Artifact
    meta: Artifact

    @property
    def name(self) -> str:
        return self.shards.stage


SHARD_SETS = {
    s.name: s
    for s in (
        ShardSet(TOKENIZE_SHARDS, TOKENIZE_INDEX, TOKENIZE_META),
        ShardSet(MIXTURE_SHARDS, MIXTURE_INDEX, MIXTURE_META),
    )
}
"""`tokenize`: each unique document once; `mixture`: the training stream, repetitions included."""


def shard_name(i: int) -> str:
    """The file name of a set's i-th shard."""
    return f"shard_{i:05d}.bin"
