"""Checkpoints: resumable training checkpoints written atomically, and the Hugging Face export.

The export is a folder with safetensors weights, config and the tokenizer beside them, so
`AutoModelForCausalLM.from_pretrained(dir)` and `AutoTokenizer.from_pretrained(dir)` both load it and
lm-eval and TRL can take it as is. Weights are only ever read back from safetensors.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.errors import CharterError

log = logging.getLogger(__name__)

# Files save_pretrained writes; a tokenizer folder's file of the same name must not overwrite them.
MODEL_FILES = {"config.json", "generation_config.json", "model.safetensors", "model.safetensors.index.json"}


def gather_state_dict(engine: Any, prefix: str = "lm.") -> dict[str, Any] | None:
    """The full state dict of the loss wrapper's submodule under `prefix` (the language model; `mtp.` for the
    MTP modules) when ZeRO-3 has partitioned the parameters (a collective: every rank calls it), keys without
    the prefix; None for stages 0-2, where every rank's module already holds the whole model."""
    if not engine.zero_optimization_partition_weights():
        return None
    full = engine._zero3_consolidated_16bit_state_dict()
    return {k.removeprefix(prefix): v for k, v in full.items() if k.startswith(prefix)}


def export_hf(
    model: Any,
    tokenizer_dir: Path,
    dest: Path,
    state_dict: dict[str, Any] | None = None,
    extras: Callable[[Path], None] | None = None,
) -> Path:
    """Write the model and tokenizer to `dest`, atomically: a failed export leaves no half folder behind.
    `extras` writes further files into the folder before it is published (the MTP modules)."""
    dest = Path(dest)
    staging = dest.with_name(dest.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    # transformers 5 writes safetensors only; there is no pickle (.bin) path left to opt out of.
    model.save_pretrained(staging, state_dict=state_dict)
    for item in Path(tokenizer_dir).iterdir():
        if item.is_file() and item.name not in MODEL_FILES:
            shutil.copy2(item, staging / item.name)
    if extras is not None:
        extras(staging)
    if not list(staging.glob("*.safetensors")) or list(staging.glob("*.bin")):
        raise CharterError(f"{staging}: export did not produce safetensors-only weights")
    shutil.rmtree(dest, ignore_errors=True)
    staging.rename(dest)
    log.info("exported Hugging Face checkpoint to %s", dest)
    return dest


# --- Resumable training checkpoints -------------------------------------------------------------------------
#
# checkpoints/step_NNNNNNNN/ holds everything a restart needs:
#   deepspeed/            the engine's own files: optimizer (ZeRO partitions), scheduler, module copy
#   model.safetensors     the weights the restart loads (never the pickled module copy)
#   rng_rank<R>.safetensors  each rank's torch generator state(s)
#   train_state.json      step, data position and the run facts a restart must agree with
# Every rank writes into checkpoints/step_NNNNNNNN.partial; after a barrier rank 0 renames it. A rename
# within one directory is atomic, so a step_NNNNNNNN folder is always whole and a killed save leaves only a
# .partial folder, which the next start deletes.

CHECKPOINTS = "checkpoints"
STEP_PREFIX = "step_"
PARTIAL_SUFFIX = ".partial"
DEEPSPEED_TAG = "deepspeed"
WEIGHTS = "model.safetensors"
TRAIN_STATE = "train_state.json"


def barrier(world_size: int) -> None:
    if world_size > 1:
        import torch.distributed as dist

        dist.barrier()


def step_dir(root: Path, step: int) -> Path:
    return Path(root) / CHECKPOINTS / f"{STEP_PREFIX}{step:08d}"


def completed_checkpoints(root: Path) -> list[Path]:
    """Whole checkpoints under `root`, oldest first."""
    folder = Path(root) / CHECKPOINTS
    if not folder.is_dir():
        return []
    # A save still being written is step_NNNNNNNN.partial and may already hold its train state: only the
    # renamed folder, the prefix and digits alone, is whole.
    found = [
        p
        for p in folder.iterdir()
        if p.is_dir()
        and p.name.startswith(STEP_PREFIX)
        and p.name[len(STEP_PREFIX) :].isdigit()
        and (p / TRAIN_STATE).exists()
    ]
    return sorted(found, key=lambda p: int(p.name[len(STEP_PREFIX) :]))


def remove_partial_checkpoints(root: Path) -> None:
    """Delete the leftovers of a save that a crash or kill interrupted (rank 0, before training)."""
    folder = Path(root) / CHECKPOINTS
    if folder.is_dir():
        for p in folder.glob(f"*{PARTIAL_SUFFIX}"):
            log.warning("removing interrupted checkpoint save %s", p)
            shutil.rmtree(p, ignore_errors=True)


def _rng_state() -> dict[str, Any]:
    import torch

    state = {"cpu": torch.get_rng_state()}
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state()
    return state


def save_training_checkpoint(
    engine: Any, root: Path, step: int, state: dict[str, Any], rank: int, world_size: int, keep_last: int
) -> Path:
    """Write a resumable checkpoint of `step` atomically, then keep only the newest `keep_last`.

    A collective: every rank calls it. `state` is JSON (step, data position, run facts) written by rank 0.
    """
    from safetensors.torch import save_file

    final = step_dir(root, step)
    staging = final.with_name(final.name + PARTIAL_SUFFIX)
    if rank == 0:
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
    barrier(world_size)
    engine.save_checkpoint(str(staging), tag=DEEPSPEED_TAG, save_latest=False)
    save_file(
        {k: v.contiguous() for k, v in _rng_state().items()}, str(staging / f"rng_rank{rank}.safetensors")
    )
    zero3 = engine.zero_optimization_partition_weights()
    full = engine._zero3_consolidated_16bit_state_dict() if zero3 else None  # collective under ZeRO-3
    if rank == 0:
        # Under ZeRO-3 the optimizer's fp32 partitions are what restores the weights; the gathered 16-bit copy
        # is written for inspection.
        save_weights(engine.module.state_dict() if full is None else full, staging / WEIGHTS)
        (staging / TRAIN_STATE).write_text(json.dumps(state, indent=2, sort_keys=True) + "\n")
    barrier(world_size)
    if rank == 0:
        shutil.rmtree(final, ignore_errors=True)  # a rerun of the same step after a resume
        staging.rename(final)
        for old in completed_checkpoints(root)[:-keep_last]:
            shutil.rmtree(old, ignore_errors=True)
        log.info("checkpoint %s", final)
    barrier(world_size)
    return final


def save_weights(state_dict: dict[str, Any], path: Path) -> None:
    """Safetensors of a state dict whose tied entries (the output embedding is the input embedding) are stored
    once; the other names are recorded in the metadata. ZeRO keeps parameters as views of one flat buffer,
    which safetensors' own de-duplication refuses, so each unique tensor is copied out."""
    from safetensors.torch import save_file

    kept: dict[int, str] = {}
    tensors, aliases = {}, {}
    for name, tensor in state_dict.items():
        key = tensor.data_ptr()
        if key in kept:
            aliases[name] = kept[key]
            continue
        kept[key] = name
        tensors[name] = tensor.detach().clone().contiguous()
    save_file(tensors, str(path), metadata={"aliases": json.dumps(aliases, sort_keys=True)})


def load_weights(module: Any, path: Path) -> None:
    """Load `save_weights` output into `module`; every parameter must be covered (aliases by their twin)."""
    from safetensors import safe_open
    from safetensors.torch import load_file

    with safe_open(str(path), framework="pt") as f:
        aliases = json.loads((f.metadata() or {}).get("aliases", "{}"))
    result = module.load_state_dict(load_file(str(path)), strict=False)
    if set(result.missing_keys) != set(aliases) or result.unexpected_keys:
        raise CharterError(
            f"{path}: weights do not match the model (missing {sorted(set(result.missing_keys) - set(aliases))}, "
            f"unexpected {result.unexpected_keys})"
        )


def load_training_checkpoint(engine: Any, path: Path, rank: int) -> dict[str, Any]:
    """Restore engine (weights, optimizer, scheduler) and this rank's RNG from `path`; return its JSON state.

    DeepSpeed reads its own files through the engine's checkpoint reader (torch.load with weights_only=True,
    see model.engine.safe_checkpoint_loading); the module weights come from model.safetensors, not from the
    pickled module copy DeepSpeed keeps beside its optimizer state.
    """
    import torch
    from safetensors.torch import load_file

    path = Path(path)
    state = json.loads((path / TRAIN_STATE).read_text())
    zero3 = engine.zero_optimization_partition_weights()

    def from_safetensors(src: Any, dst: Any) -> None:
        if not zero3:  # under ZeRO-3 the optimizer's fp32 partitions are the weights DeepSpeed restores
            load_weights(dst, path / WEIGHTS)

    loaded, _ = engine.load_checkpoint(str(path), tag=DEEPSPEED_TAG, custom_load_fn=from_safetensors)
    if loaded is None:
        raise CharterError(f"{path}: DeepSpeed found no checkpoint under tag {DEEPSPEED_TAG!r}")
    rng_file = path / f"rng_rank{rank}.safetensors"
    rng = load_file(str(rng_file))
    torch.set_rng_state(rng["cpu"])
    if "cuda" in rng and torch.cuda.is_available():
        torch.cuda.set_rng_state(rng["cuda"])
    log.info("resumed from %s (step %d)", path, state["step"])
    return state
