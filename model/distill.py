"""The teacher a student distils from: resolved from the registry, licensed by the policy, checked against the
student's tokenizer, loaded for a no-grad forward.

Online teacher, not a cached `teacher_logits` stage. The teacher runs on each micro-batch inside the training
step (no grad; bf16 on GPU, fp32 on CPU), and its top-k is taken chunk by chunk in the loss head
(kernels.distillation), so nothing is stored. A cache would pay off only when the same tokens are distilled
many times (several students, many epochs) from a teacher much larger than the student, and it costs what
online does not:
- storage: top-k values and ids take 6k bytes per token (fp16 + int32), 1.5 KB at k = 256, so 1.5 TB per
  billion training tokens, against a forward pass costing a third of a training step of the same size;
- coupling: the cache is tied to the windowing, the data order, the temperature and k; changing any of them,
  or the teacher, means rebuilding it, where online the teacher is a pure function of the window it sees, so
  exact resume and a changed `distill_temperature` need nothing beyond the usual checkpoint;
- a new stage, artifact and DVC dependency for every student run.
The teacher must fit on one device beside the student (it is replicated, not ZeRO-partitioned); a teacher
that does not is the case for a cache, to be built when someone needs one.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from core.config import Params
from core.errors import ConfigError
from core.registry import load_registry
from governance.licenses import LicensePolicy
from governance.model_gate import ModelDecision, approve_model

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TeacherEntry:
    """A registered teacher the policy admits (governance.model_gate's decision) and its local folder."""

    decision: ModelDecision
    folder: Path

    @property
    def id(self) -> str:
        return self.decision.entry.id

    def describe(self) -> dict[str, Any]:
        """What the summary names: the registration and the license decision."""
        return self.decision.as_dict() | {"folder": str(self.folder)}

    def fingerprint(self) -> dict[str, Any]:
        """What identifies the teacher's weights for resuming: its config's hash and its weight files' names
        and sizes (hashing a large teacher's weights at every start would cost minutes)."""
        weights = sorted(self.folder.glob("*.safetensors"))
        return {
            "id": self.id,
            "config_sha256": hashlib.sha256((self.folder / "config.json").read_bytes()).hexdigest(),
            "weights": {p.name: p.stat().st_size for p in weights},
        }


def resolve_teacher(params: Params, sources_file: Path | None) -> TeacherEntry:
    """The teacher `pretrain.distill_teacher` names, registered under `models:` in `sources_file` and allowed by
    the license policy (gate.policy) for gate.use, like a source. Anything else stops the build here, before
    training."""
    teacher_id = params.pretrain.distill_teacher
    if teacher_id is None:
        raise ValueError("no pretrain.distill_teacher set")
    if sources_file is None:
        raise ConfigError("pretrain.distill_teacher is set: pretrain needs the source registry (--sources)")
    registry = load_registry(sources_file)
    decision = approve_model(
        registry,
        teacher_id,
        LicensePolicy.load(params.gate.policy),
        params.gate.use,
        role="pretrain.distill_teacher",
    )
    folder = registry.model_folder(decision.entry)
    if not (folder / "config.json").is_file() or not list(folder.glob("*.safetensors")):
        raise ConfigError(
            f"{sources_file}: model '{teacher_id}': {folder} is not a Hugging Face folder with config.json and "
            "safetensors weights"
        )
    return TeacherEntry(decision, folder)


def check_outside(teacher: TeacherEntry, out: Path) -> None:
    """Refuse a teacher read from inside the run's output folder: the run replaces what is there (the
    pipeline's own model distils into a copy registered elsewhere, not into data/pretrain itself)."""
    folder, out = teacher.folder.resolve(), Path(out).resolve()
    if out == folder or out in folder.parents:
        raise ConfigError(
            f"distillation teacher '{teacher.id}' is read from {teacher.folder}, inside {out}, which this run "
            "replaces: register a copy of it elsewhere"
        )


def check_same_tokenizer(teacher: TeacherEntry, student_tokenizer_dir: Path) -> None:
    """Refuse a teacher whose tokenizer is not the student's: the KL compares distributions token id by token
    id, so the ids must name the same strings, split the same way."""
    from transformers import AutoTokenizer

    try:
        theirs = AutoTokenizer.from_pretrained(str(teacher.folder))
    except (OSError, ValueError) as e:
        raise ConfigError(f"teacher '{teacher.id}': no loadable tokenizer in {teacher.folder} ({e})") from e
    ours = AutoTokenizer.from_pretrained(str(student_tokenizer_dir))
    vocab_t, vocab_s = theirs.get_vocab(), ours.get_vocab()
    problem = None
    if vocab_t != vocab_s:
        differing = sum(vocab_t.get(token) != i for token, i in vocab_s.items())
        problem = f"{differing} of the student's tokens have another id or none in the teacher's vocabulary"
    elif _splitting(theirs) != _splitting(ours):
        problem = "the vocabularies match but the tokenizers split text differently (merges or pre-tokenizer)"
    if problem:
        raise ConfigError(
            f"teacher '{teacher.id}' ({teacher.folder}) does not share the student's tokenizer "
            f"({student_tokenizer_dir}): teacher vocabulary {len(vocab_t)} tokens, student {len(vocab_s)} tokens; "
            f"{problem}. Distillation needs one tokenizer for both."
        )


def _splitting(tokenizer: Any) -> Any:
    """The parts of a fast tokenizer that decide how text becomes ids (None for a slow tokenizer)."""
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None:
        return None
    spec = json.loads(backend.to_str())
    return {key: spec.get(key) for key in ("normalizer", "pre_tokenizer", "model")}


def load_teacher(
    teacher: TeacherEntry, student_vocab_size: int, device: torch.device, attention: str
) -> torch.nn.Module:
    """The teacher causal LM on `device` for a no-grad forward: bf16 on CUDA (the teacher only predicts), fp32
    on CPU; safetensors only, never remote code. Its output vocabulary must be the student's."""
    from transformers import AutoModelForCausalLM

    dtype = torch.bfloat16 if device.type == "cuda" else torch.float32
    model = AutoModelForCausalLM.from_pretrained(
        str(teacher.folder),
        dtype=dtype,
        use_safetensors=True,
        trust_remote_code=False,
        attn_implementation=attention,
    )
    vocab = model.get_output_embeddings().weight.shape[0]
    if vocab != student_vocab_size:
        raise ConfigError(
            f"teacher '{teacher.id}' ({teacher.folder}) predicts over {vocab} tokens, the student over "
            f"{student_vocab_size}: distillation needs the same vocabulary"
        )
    torch.nn.Module.to(model, device)  # transformers' typed `to` wrapper takes no bare device
    model.eval().requires_grad_(False)
    log.info(
        "distillation teacher '%s' (%s, %s): %s parameters, %s on %s",
        teacher.id,
        teacher.decision.entry.license,
        teacher.decision.reason,
        f"{sum(p.numel() for p in model.parameters()):,}",
        dtype,
        device,
    )
    return model
