"""The datasets behind the task YAMLs, handed to lm-eval through each task's `custom_dataset`.

Why not `dataset_path: json` with `data_files`: lm-eval passes those to `datasets.load_dataset`, which
resolves a relative path against the working directory, so a YAML would work from one directory only.
A `!function` tag, by contrast, resolves next to the YAML that holds it (lm-eval's `_import_func_in_yml`),
and this module resolves data paths against its own folder, so the tasks work from any directory, and
without the package installed: lm-eval loads this file by path, which is also why it imports nothing from
`eval_suites`.

lm-eval calls a task's `custom_dataset` with the task's metadata and its `dataset_kwargs` as keyword
arguments; the metadata includes what `TaskManager(metadata=...)` (CLI: `--metadata`) supplies, which is
how a run tells the held-out tasks where the pipeline wrote the held-out text.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datasets import DatasetDict

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SPLIT = "test"
HELDOUT_DIR_KEY = "heldout_dir"
MAX_BYTES_KEY = "heldout_max_bytes"
SEED_KEY = "seed"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise FileNotFoundError(f"{path}: task data not found")
    rows = []
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{lineno}: not valid JSON: {e}") from e
    if not rows:
        raise ValueError(f"{path}: no items")
    return rows


def _as_dataset(rows: list[dict[str, Any]]) -> DatasetDict:
    # Imported here, not at the top: `datasets` reads HF_DATASETS_OFFLINE when first imported, and the
    # evaluate stage imports this module before it has set that.
    from datasets import Dataset, DatasetDict

    return DatasetDict({SPLIT: Dataset.from_list(rows)})


def load_shipped(data_file: str, **_task_metadata: Any) -> DatasetDict:
    """Items shipped with the suites; `data_file` is relative to eval_suites/."""
    path = HERE / data_file
    if not path.is_file():
        raise FileNotFoundError(
            f"{path}: task data not found; for a task its YAML marks as not shipped, "
            "`python -m tools.eval_items.prepare --shared ../shared/data --unshipped` builds it"
        )
    return _as_dataset(read_jsonl(path))


def heldout_path(heldout_dir: str | Path, domain: str) -> Path:
    return Path(heldout_dir) / f"{domain}.jsonl"


def read_heldout(path: Path) -> list[dict[str, Any]]:
    """The non-empty documents of a held-out file, as {id, text, source}."""
    rows = read_jsonl(path)
    missing = [
        i for i, r in enumerate(rows, 1) if not (isinstance(r, dict) and isinstance(r.get("text"), str))
    ]
    if missing:
        raise ValueError(
            f"{path}: records {missing[:5]} (1-based, blank lines not counted) have no 'text' string"
        )
    # An empty document has no tokens to score and would divide by zero bytes; it carries no signal.
    kept = [{"id": str(r.get("id", "")), "text": r["text"], "source": str(r.get("source", ""))} for r in rows]
    kept = [r for r in kept if r["text"].strip()]
    if len(kept) < len(rows):
        log.warning("%s: skipped %d empty documents of %d", path, len(rows) - len(kept), len(rows))
    if not kept:
        raise ValueError(f"{path}: every document is empty")
    return kept


def load_heldout(domain: str, **task_metadata: Any) -> DatasetDict:
    """The pipeline's held-out text of one domain: `<heldout_dir>/<domain>.jsonl`, lines of {id, text, source}.

    With `heldout_max_bytes` in the metadata, whole documents are taken from every source in turn, each
    source's in a seeded order (`seed`, default 0), until that many UTF-8 bytes are reached, so the cost of
    bits-per-byte does not grow with the held-out set and no source is left out by file order.
    """
    heldout_dir = task_metadata.get(HELDOUT_DIR_KEY)
    if not heldout_dir:
        raise ValueError(
            f"held-out task for '{domain}' needs the held-out folder: pass "
            f"TaskManager(metadata={{'{HELDOUT_DIR_KEY}': ...}}) or --metadata "
            f'\'{{"{HELDOUT_DIR_KEY}": "data/mix/heldout"}}\''
        )
    kept = read_heldout(heldout_path(heldout_dir, domain))
    if max_bytes := task_metadata.get(MAX_BYTES_KEY):
        kept = within_budget(kept, int(max_bytes), int(task_metadata.get(SEED_KEY) or 0))
    return _as_dataset(kept)


def _order(seed: int, doc_id: str) -> bytes:
    return hashlib.sha256(f"{seed}:heldout-budget:{doc_id}".encode()).digest()


def within_budget(docs: list[dict[str, Any]], max_bytes: int, seed: int) -> list[dict[str, Any]]:
    """Whole documents until `max_bytes` UTF-8 bytes: one from each source in turn (sources by name), each
    source's documents in an order fixed by `seed`. A file grouped by source, cut at its first documents,
    would score the first sources only."""
    queues: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in docs:
        queues[doc["source"]].append(doc)
    for queue in queues.values():
        queue.sort(key=lambda d: _order(seed, d["id"]), reverse=True)  # pop() takes the first in order
    taken: list[dict[str, Any]] = []
    total = 0
    while total < max_bytes and any(queues.values()):
        for source in sorted(queues):
            if queues[source] and total < max_bytes:
                doc = queues[source].pop()
                taken.append(doc)
                total += len(doc["text"].encode("utf-8"))
    return taken
