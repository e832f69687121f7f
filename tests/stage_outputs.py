"""The smallest outputs that satisfy what the report stage declares it reads (core.stages): one document
through the five corpus stages, empty sections everywhere else. Each file has the fields its schema types."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from core import artifacts as a
from core.artifacts import Artifact
from core.ledger import KEPT, LedgerRow, LedgerWriter
from core.schemas.plan import write_plan
from core.stages import BY_NAME
from core.token_index import INDEX_SCHEMA, write_index
from model.plan import plan_for


def _account(stage: str) -> dict:
    return {"name": stage, "in": 1, "kept": 1, "modified": 0, "dropped": 0, "quarantined": 0}


def _meta() -> dict:
    return {
        "dtype": "uint16",
        "vocab_size": 400,
        "seq_len": 64,
        "n_tokens": 0,
        "n_unique_tokens": 0,
        "tokens_by_domain": {},
        "shards": [],
    }


JSON: dict[Artifact, dict] = {
    a.INGEST_STATS: {"stage": "ingest", "account": _account("ingest"), "sources": {}, "quarantined": []},
    a.GATE_DECISIONS: {
        "stage": "gate",
        "account": _account("gate"),
        "policy": "commercial",
        "use": "commercial-training",
        "sources": {},
    },
    a.CURATE_STATS: {"stage": "curate", "account": _account("curate"), "dropped_by_step": {}},
    a.SCRUB_STATS: {"stage": "scrub", "account": _account("scrub"), "entities": []},
    a.VALIDATE_RESULTS: {"success": True, "documents": 1, "statistics": {}, "failures": []},
    a.MIX_STATS: {"stage": "mix", "account": _account("mix"), "domains": {}},
    a.FERTILITY: {"tokens_per_byte": {}, "domain_saving_mean": 0.0, "general_penalty": 0.0},
    a.FERTILITY_DETAILS: {},
    a.TOKENIZE_META: _meta() | {"n_documents": 0},
    a.MIXTURE_STATS: {"tokens_by_domain": {}, "sources": {}},
    a.PRETRAIN_SUMMARY: {"steps": 1, "n_params": 1, "final_loss": 2.0},
    a.EVALUATE_METRICS: {},
    a.EVALUATE_LICENSE_GATE: {"policy": "evaluation", "use": "evaluation", "tasks": {}},
    a.SFT_DATA_STATS: {"stage": "sft_data", "account": _account("sft_data"), "conversations": {}},
    a.SFT_METRICS: {"enabled": False},
    a.SFT_SAMPLES: {"system_prompt": "", "samples": [], "pii_replaced": {}},
    a.EVALUATE_SFT_METRICS: {},
}


def write_report_inputs(data: Path) -> Path:
    """Every input the report stage declares, under `data`."""
    for artifact in BY_NAME["report"].inputs:
        path = artifact.at(data)
        path.parent.mkdir(parents=True, exist_ok=True)
        if artifact in JSON:
            path.write_text(json.dumps(JSON[artifact], indent=2, sort_keys=True) + "\n")
        elif artifact == a.PLAN:
            write_plan(plan_for(1e15, "hoffmann", 400, 64), path.parent)
        elif artifact.name == a.LEDGER_FILE:
            writer = LedgerWriter(artifact.stage, "p" * 16)
            writer.add(LedgerRow("src/doc#1", KEPT, source="src", domain="general"))
            writer.write(path.parent)
        elif artifact.name == a.INDEX:
            write_index(pa.table({n: [] for n in INDEX_SCHEMA.names}, schema=INDEX_SCHEMA), path)
        elif artifact == a.PRETRAIN_TRAIN_LOG:
            path.write_text(json.dumps({"step": 1, "loss": 2.0}) + "\n")
        elif path.suffix == ".jsonl":
            path.write_text("")
        elif path.suffix == ".png":
            path.write_bytes(b"\x89PNG\r\n\x1a\n")
        else:
            path.mkdir(parents=True, exist_ok=True)
    a.EVALUATE_LICENSE_GATE.at(data).write_text(json.dumps(JSON[a.EVALUATE_LICENSE_GATE]))
    return data
