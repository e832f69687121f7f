"""Charter's chat template, installed on a tokenizer with the default system prompt baked in.

Role markers are plain text (`<|user|>` and friends are encoded by the tokenizer as ordinary subwords), so
the template works on the pretrained tokenizer as is: no new embeddings, and the base model reads exactly
the prompt the fine-tuned one does when their answers are compared. The end-of-turn token is the
tokenizer's EOS, which generation already stops on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TEMPLATE_FILE = Path(__file__).with_name("chat_template.jinja")
GENERATION_BLOCK = "{%- generation -%}"
_PLACEHOLDER = "DEFAULT_SYSTEM_PROMPT"


def chat_template(system_prompt: str) -> str:
    """The template text with `system_prompt` as its default system turn (a JSON string is a valid Jinja
    string literal, so any quote or newline in the prompt is escaped)."""
    return TEMPLATE_FILE.read_text(encoding="utf-8").replace(_PLACEHOLDER, json.dumps(system_prompt))


def install_chat_template(tokenizer: Any, system_prompt: str) -> Any:
    if tokenizer.eos_token is None:
        raise ValueError("the tokenizer has no EOS token to end assistant turns with")
    tokenizer.chat_template = chat_template(system_prompt)
    return tokenizer
