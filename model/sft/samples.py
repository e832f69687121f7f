"""Fixed domain prompts answered greedily by the base and the fine-tuned model, for the report: metrics
miss a broken template; reading the answers does not.

The prompts are fixed text with no personal data; the answers are model output, so they are scrubbed with
the pipeline's PII scrubber before they are written anywhere.
"""

from __future__ import annotations

from typing import Any

import torch

from core.config import ScrubParams
from governance.pii.scrubber import Scrubber

PROMPTS: tuple[tuple[str, str], ...] = (
    (
        "finance",
        "Revenue | 2019 | 2018\nTotal revenue | $1,250.4 | $1,102.7\n\nQuestion: What was the total revenue in 2019?",
    ),
    ("finance", "What does EBITDA stand for?"),
    (
        "legal",
        "Contract excerpt: The Receiving Party shall not disclose any Confidential Information to a third party "
        "without the prior written consent of the Disclosing Party.\n\nStatement: Receiving Party may share some "
        "Confidential Information with third parties.\nIs the statement true, false, or neither, given the excerpt?",
    ),
    (
        "legal",
        "Legal task: governing law.\n\nThis Agreement shall be governed by and construed in accordance with the "
        "laws of the State of New York.\n\nAnswer with one of: No, Yes.",
    ),
    (
        "medical",
        "Does regular aerobic exercise lower resting blood pressure in adults with hypertension? Answer yes, no "
        "or maybe, then explain.",
    ),
    ("general", "Name three primary colours."),
)


@torch.no_grad()
def respond(model: Any, tokenizer: Any, prompt: str, max_new_tokens: int) -> str:
    """Greedy answer to one user turn, through the tokenizer's chat template."""
    inputs = tokenizer.apply_chat_template(
        [{"role": "user", "content": prompt}],
        add_generation_prompt=True,
        return_tensors="pt",
        return_dict=True,
    )
    room = model.config.max_position_embeddings - inputs["input_ids"].shape[1]
    output = model.generate(
        **inputs,
        do_sample=False,
        max_new_tokens=max(1, min(max_new_tokens, room)),
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    return tokenizer.decode(output[0, inputs["input_ids"].shape[1] :], skip_special_tokens=True).strip()


def compare(
    models: dict[str, tuple[Any, Any]], max_new_tokens: int, scrub: ScrubParams
) -> tuple[list[dict], dict[str, int]]:
    """One row per prompt with each model's scrubbed answer, and the PII counts the scrub replaced."""
    rows: list[dict] = [{"domain": d, "prompt": p} for d, p in PROMPTS]
    answers = [(name, i) for name in models for i in range(len(PROMPTS))]
    texts = [respond(*models[name], PROMPTS[i][1], max_new_tokens) for name, i in answers]
    replaced: dict[str, int] = {}
    for (name, i), result in zip(answers, Scrubber(scrub).scrub_many(texts), strict=True):
        rows[i][name] = result.text
        for entity, n in result.counts.items():
            replaced[entity] = replaced.get(entity, 0) + n
    return rows, replaced
