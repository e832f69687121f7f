"""Export a trained engine as a Hugging Face folder: safetensors weights, config and the tokenizer beside them,
so `AutoModelForCausalLM.from_pretrained(dir)` and `AutoTokenizer.from_pretrained(dir)` both load it and
lm-eval and TRL can take it as is.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

from charter.errors import CharterError

log = logging.getLogger(__name__)

# Files save_pretrained writes; a tokenizer folder's file of the same name must not overwrite them.
MODEL_FILES = {"config.json", "generation_config.json", "model.safetensors", "model.safetensors.index.json"}


def gather_state_dict(engine: Any, zero_stage: int) -> dict[str, Any] | None:
    """A full state dict when ZeRO-3 has partitioned the parameters (a collective: every rank calls it);
    None for stages 0-2, where every rank's module already holds the whole model."""
    if zero_stage == 3:
        return engine._zero3_consolidated_16bit_state_dict()
    return None


def export_hf(model: Any, tokenizer_dir: Path, dest: Path, state_dict: dict[str, Any] | None = None) -> Path:
    """Write the model and tokenizer to `dest`, atomically: a failed export leaves no half folder behind."""
    dest = Path(dest)
    staging = dest.with_name(dest.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    # transformers 5 writes safetensors only; there is no pickle (.bin) path left to opt out of.
    model.save_pretrained(staging, state_dict=state_dict)
    for item in Path(tokenizer_dir).iterdir():
        if item.is_file() and item.name not in MODEL_FILES:
            shutil.copy2(item, staging / item.name)
    if not list(staging.glob("*.safetensors")) or list(staging.glob("*.bin")):
        raise CharterError(f"{staging}: export did not produce safetensors-only weights")
    shutil.rmtree(dest, ignore_errors=True)
    staging.rename(dest)
    log.info("exported Hugging Face checkpoint to %s", dest)
    return dest
