"""The training-content summary (EU AI Act template for GPAI models, Art. 53(1)(d)), data card and model card.

Section numbers follow the Commission's template for the public summary of training content: 1 general
information, 2 list of data sources (2.1 public datasets ... 2.6 other), 3 data processing aspects.
Everything is derived from report.json; nothing is typed in by hand and no document content is included.
"""

from __future__ import annotations

from pathlib import Path

PROVIDER = "the organisation running this Charter build (set in the source registry's owners)"


def _size_band(tokens: int) -> str:
    for limit, band in ((10**9, "less than 1 billion tokens"), (10**12, "1 billion to 1 trillion tokens")):
        if tokens < limit:
            return band
    return "more than 1 trillion tokens"


def _source_entry(s: dict) -> dict:
    return {
        "id": s["id"],
        "domain": s["domain"],
        "license": s["license"],
        "owner": s["owner"],
        "attribution": s.get("attribution"),
        "documents_read": s["documents_read"],
        "used_in_training": s["gate"] == "kept",
        "gate_reason": s["gate_reason"],
    }


def _base_entry(base: dict | None) -> dict | None:
    """The model this one modifies (continued pretraining), as the template asks for it; None: from scratch."""
    if not base:
        return None
    keys = (
        "id",
        "path",
        "model_type",
        "license",
        "owner",
        "attribution",
        "sha256",
        "policy",
        "use",
        "reason",
    )
    return {k: base.get(k) for k in keys}


def training_content_summary(report: dict) -> dict:
    sources = report["sources"]
    used = [s for s in sources if s["gate"] == "kept"]
    tokens = report.get("tokens", {})
    pii_types: dict[str, int] = {}
    for counts in report["pii"]["by_domain"].values():
        for t, n in counts.items():
            pii_types[t] = pii_types.get(t, 0) + n
    erasure = report.get("erasure", {})
    gate = report.get("gate", {})
    return {
        "template": "EU AI Act Art. 53(1)(d): template for the public summary of training content (GPAI)",
        "dirty_tree": bool(report.get("dirty_tree")),
        "warnings": list(report.get("warnings", [])),
        "1_general_information": {
            "provider": PROVIDER,
            "model": f"charter-{str(report.get('code_version', ''))[:12]}",
            "model_parameters": report.get("plan", {}).get("n_params"),
            # The template's "modification of another model": the base whose pretraining continued.
            "base_model": _base_entry(report.get("base_model")),
            "modalities": ["text"],
            "languages": report.get("params", {}).get("curate", {}).get("languages", []),
            "training_data_size": {
                "tokens": tokens.get("n_tokens", 0),
                "unique_tokens": tokens.get("n_unique_tokens", 0),
                "documents": tokens.get("n_documents", 0),
                "size_band": _size_band(int(tokens.get("n_tokens", 0) or 0)),
                "tokens_by_domain": tokens.get("tokens_by_domain", {}),
            },
        },
        "2_list_of_data_sources": {
            "2_1_publicly_available_datasets": [
                _source_entry(s) for s in sources if s["sensitivity"] == "public" and s["gate"] == "kept"
            ],
            "2_2_private_non_publicly_available_datasets": [
                _source_entry(s) for s in sources if s["sensitivity"] == "private" and s["gate"] == "kept"
            ],
            "2_3_data_crawled_and_scraped_from_online_sources": {"used": False, "crawlers": []},
            "2_4_user_data": {"used": False},
            "2_5_synthetic_data_generated_by_ai_models": {"used": False},
            "2_6_other_sources": {"used": False},
            "registered_but_excluded": [_source_entry(s) for s in sources if s["gate"] != "kept"],
        },
        "3_data_processing_aspects": {
            "3_1_respect_of_reservation_of_rights": {
                "license_policy": gate.get("policy"),
                "intended_use": gate.get("use"),
                "sources_blocked_by_license": sorted(s["id"] for s in sources if s["gate"] == "blocked"),
                "opt_out_and_erasure_requests": len(erasure.get("requests", [])),
                "erasure_verified": erasure.get("passed"),
                "text_and_data_mining_opt_outs": "no crawling; every source is registered with its license",
            },
            "3_2_removal_of_illegal_content": {
                "measures": [
                    "only registered sources with a license the policy allows are read",
                    "quality filters (Gopher, C4) and exact deduplication in the curate stage",
                    "a data-quality gate (great-expectations) that stops the build on violation",
                ],
                "documents_dropped_by_stage": {s["name"]: s["dropped"] for s in report["stages"]},
            },
            "3_3_personal_data": {
                "measures": "PII detected (presidio + domain recognizers) and replaced by typed placeholders",
                "values_replaced_by_type": dict(sorted(pii_types.items())),
            },
        },
        "sources_used": len(used),
    }


def _table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _warnings(report: dict) -> list[str]:
    return [f"> **WARNING: {w}**" for w in report.get("warnings", [])]


def data_card(report: dict, summary: dict) -> str:
    size = summary["1_general_information"]["training_data_size"]
    rows = [
        [s["id"], s["domain"], s["license"], s["sensitivity"], s["documents_read"], s["gate"]]
        for s in report["sources"]
    ]
    stages = [
        [s["name"], s["in"], s["kept"], s["modified"], s["dropped"], s["quarantined"]]
        for s in report["stages"]
    ]
    pii = summary["3_data_processing_aspects"]["3_3_personal_data"]["values_replaced_by_type"]
    base = summary["1_general_information"].get("base_model")
    return "\n\n".join(
        [
            "# Data card: Charter training corpus",
            *_warnings(report),
            f"Built at code version `{report.get('code_version')}`. {size['documents']:,} documents, "
            f"{size['tokens']:,} training tokens ({size['unique_tokens']:,} unique). Text only.",
            *(
                [
                    "## Base model\n\n"
                    + _table(
                        ["model", "license", "owner", "weights sha256", "gate"],
                        [[base["id"], base["license"], base["owner"], base["sha256"], base["reason"]]],
                    )
                    + "\n\nIts own training data is described by its provider, not by this card."
                ]
                if base
                else []
            ),
            "## Sources\n\n"
            + _table(["source", "domain", "license", "sensitivity", "documents", "gate"], rows),
            "## Processing (documents per stage)\n\n"
            + _table(["stage", "in", "kept", "modified", "dropped", "quarantined"], stages),
            "## Personal data\n\nReplaced by typed placeholders; counts by type (no values): "
            + (", ".join(f"{k} {v}" for k, v in pii.items()) or "none"),
            "## Erasure\n\n"
            + f"{len(report.get('erasure', {}).get('requests', []))} requests; verified absent: "
            + str(report.get("erasure", {}).get("passed")),
            "Lineage: `report.json`, `openlineage.jsonl`, `training_content_summary.json`; "
            "`charter trace DOC_ID` for any document.",
        ]
    )


def model_card(report: dict, summary: dict) -> str:
    plan, training, evaluation = (
        report.get("plan", {}),
        report.get("training", {}),
        report.get("evaluation", {}),
    )
    cfg = plan.get("model_config", {})
    rows = [
        [d, f"{m.get('bits_per_byte', float('nan')):.3f}"]
        for d, m in sorted(evaluation.items())
        if isinstance(m, dict) and isinstance(m.get("bits_per_byte"), int | float)
    ]
    base = summary["1_general_information"].get("base_model")
    shape = f"(hidden {cfg.get('hidden_size')}, layers {cfg.get('num_hidden_layers')}, vocab {cfg.get('vocab_size')})"
    origin = (
        f"Continued pretraining of the base model `{base['id']}` ({base['model_type']}, license "
        f"{base['license']}, owner {base['owner']}; weights sha256 `{base['sha256']}`), {plan.get('n_params', 0):,} "
        f"parameters {shape}, on {plan.get('n_tokens', 0):,} tokens for {plan.get('compute_flops', 0):.3g} FLOPs. "
        f"The base's license was checked under the `{base['policy']}` policy for `{base['use']}`: {base['reason']}."
        if base
        else f"Llama-architecture causal LM, {plan.get('n_params', 0):,} parameters {shape}, "
        f"sized by the `{plan.get('fit')}` scaling-law fit for {plan.get('compute_flops', 0):.3g} FLOPs."
    )
    return "\n\n".join(
        [
            f"# Model card: {summary['1_general_information']['model']}",
            *_warnings(report),
            origin,
            f"Trained {training.get('steps')} steps; final loss {training.get('final_loss')}. "
            "Hugging Face format (safetensors) in `data/pretrain/checkpoint/`.",
            "## Evaluation (bits per byte on held-out text)\n\n" + _table(["domain", "bits/byte"], rows),
            "## Training data\n\nSee `DATA_CARD.md` and `training_content_summary.json` (EU AI Act template).",
            "## Intended use and limits\n\nA small domain-specialised model built for research into governed "
            f"pretraining under the `{report.get('gate', {}).get('policy')}` license policy. Not for decisions "
            "about people.",
        ]
    )


def write_cards(report: dict, summary: dict, out: Path) -> list[Path]:
    out = Path(out)
    paths = [out / "DATA_CARD.md", out / "MODEL_CARD.md"]
    paths[0].write_text(data_card(report, summary) + "\n", encoding="utf-8")
    paths[1].write_text(model_card(report, summary) + "\n", encoding="utf-8")
    return paths
