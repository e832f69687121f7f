"""The report's instruction-tuning section, from the sft-data, sft, evaluate and evaluate_sft outputs (read
through core.artifacts; a missing one is an error naming it): governed data, chosen learning rate, base vs
fine-tuned metrics side by side, and the sample answers."""

from __future__ import annotations

from pathlib import Path

from core import artifacts as a
from core.schemas.summaries import SftMetrics, SftSamples, read


def comparison(base: dict, tuned: dict) -> list[dict]:
    """One row per (domain, metric): bits per byte on held-out text, and accuracy per task."""
    rows = []
    for domain in sorted(set(base) | set(tuned)):
        b, t = base.get(domain), tuned.get(domain)
        if not isinstance(b, dict) or not isinstance(t, dict):
            continue
        if isinstance(b.get("bits_per_byte"), int | float) and isinstance(
            t.get("bits_per_byte"), int | float
        ):
            rows.append(
                {
                    "domain": domain,
                    "metric": "bits_per_byte",
                    "base": b["bits_per_byte"],
                    "sft": t["bits_per_byte"],
                }
            )
        for task in sorted(k for k, v in t.items() if isinstance(v, dict) and "acc" in v):
            if isinstance(b.get(task), dict) and "acc" in b[task]:
                # The headline accuracy (acc_norm for cloze tasks) and balanced accuracy, which a model that
                # always gives one answer cannot raise above 1 / classes.
                metric = str(t[task].get("scoring") or "acc")
                for name in (metric, f"{metric}_balanced"):
                    if not isinstance(b[task].get(name), int | float) or not isinstance(
                        t[task].get(name), int | float
                    ):
                        continue
                    rows.append(
                        {
                            "domain": domain,
                            "metric": f"{task} {name}",
                            "base": b[task][name],
                            "sft": t[task][name],
                            "chance": t[task].get("chance"),
                            "n": t[task].get("n"),
                            # Tasks built from the datasets the SFT conversations come from are not zero-shot.
                            "exposure": t[task].get("exposure", ""),
                        }
                    )
    for row in rows:
        row["delta"] = row["sft"] - row["base"]
    return rows


def sft_section(data: Path) -> dict:
    """Sample answers are model output on fixed prompts, scrubbed like any document: no document text."""
    samples = read(a.SFT_SAMPLES, data, SftSamples)
    return {
        "training": read(a.SFT_METRICS, data, SftMetrics).raw,
        "data": read(a.SFT_DATA_STATS, data).raw,
        "comparison": comparison(read(a.EVALUATE_METRICS, data).raw, read(a.EVALUATE_SFT_METRICS, data).raw),
        "system_prompt": samples.system_prompt,
        "samples": samples.samples,
        "samples_pii_replaced": samples.pii_replaced,
    }
