"""Erasure: `charter forget` records a request in the tracked erasure file the gate enforces;
`charter verify-erasure` proves the erased documents are gone from what the model is trained on.

The proof has four legs: no kept ledger row after the gate holds an erased id (or, for a source request,
that source); no token-index row does; token n-grams of the erased raw text occur in no token shard; and no
instruction-tuning conversation (sft_data ledger and the files the sft stage reads) belongs to either.
Only n-grams distinctive to the erased text are evidence: an n-gram another, retained document also holds
may legitimately be in a shard. The proof carries counts, ids and a digest of the n-grams, never the text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import numpy as np
import pyarrow.compute as pc
import pyarrow.parquet as pq
import yaml

from charter import partitioned
from charter.errors import CharterError
from corpus import store
from corpus.packing import INDEX, SHARDS
from governance.gate import ErasureList
from governance.ledger import LEDGER_FILE, PASSED
from governance.registry import Registry

AFTER_GATE = ("gate", "curate", "scrub", "mix")
NGRAM = 8
MAX_NGRAMS_PER_DOC = 256
_MULT = np.uint64(0x9E3779B97F4A7C15)
_MASK = (1 << 64) - 1


def add_request(path: Path, *, source: str | None = None, doc: str | None = None, reason: str = "") -> dict:
    """Appends one request (or returns the existing one) to the erasure file; the gate reads it."""
    if bool(source) == bool(doc):
        raise CharterError("forget needs exactly one of --source ID or --doc ID")
    path = Path(path)
    raw = (yaml.safe_load(path.read_text()) if path.exists() else None) or {}
    requests = raw.get("requests") or []
    key, value = ("source", source) if source else ("doc", doc)
    for r in requests:
        if r.get(key) == value:
            return r
    request = {key: value, "reason": reason, "requested": dt.date.today().isoformat()}
    requests.append(request)
    raw["requests"] = requests
    header = (
        "# Erasure requests the gate enforces (charter forget appends here; dvc repro rebuilds downstream).\n"
    )
    path.write_text(header + yaml.safe_dump(raw, sort_keys=False, allow_unicode=True))
    ErasureList.load(path)  # what was written must load
    return request


def sources_erased_with(source: str, registries: list[Registry]) -> list[str]:
    """Every source that erasing `source` erases too, following `erased_with` links through all registries.

    Refuses a source id no registry holds: a mistyped request would otherwise erase nothing, silently.
    """
    known = {s.id: s for r in registries for s in r.sources}
    if source not in known:
        raise CharterError(
            f"no registered source '{source}' (registries hold: {', '.join(sorted(known)) or 'none'})"
        )
    erased, frontier = {source}, [source]
    while frontier:
        current = frontier.pop()
        for s in known.values():
            if current in s.erased_with and s.id not in erased:
                erased.add(s.id)
                frontier.append(s.id)
    return sorted(erased - {source})


def _hash_ngrams(ids: np.ndarray, n: int = NGRAM) -> np.ndarray:
    """A polynomial hash of every n-gram of token ids (uint64 arithmetic wraps, which is what we want)."""
    ids = np.asarray(ids, dtype=np.uint64)
    if len(ids) < n:
        return np.empty(0, dtype=np.uint64)
    h = np.zeros(len(ids) - n + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(n):
            h = h * _MULT + ids[j : len(ids) - n + 1 + j] + np.uint64(1)
    return h


def _erased_documents(ingest_docs: Path, erasure: ErasureList) -> tuple[dict[str, str], list[str]]:
    """Raw text of every erased document, and the raw text of the retained ones (for distinctiveness)."""
    erased, retained = {}, []
    for doc in store.read_documents(ingest_docs):
        if doc.id in erasure.documents or doc.metadata.get("source") in erasure.sources:
            erased[doc.id] = doc.text
        else:
            retained.append(doc.text)
    return erased, retained


def _ledger_leg(data: Path, ids: set[str], sources: set[str]) -> dict:
    rows_checked, found, gate_dropped = 0, [], 0
    for stage in AFTER_GATE:
        path = data / stage / LEDGER_FILE
        if not path.exists():
            continue
        # Filtered while scanned: only the hits are held in memory, whatever the ledger's size.
        ledger = partitioned.dataset(path)
        rows_checked += ledger.count_rows()
        hits = ledger.to_table(
            columns=["doc_id", "decision", "reason", "source"], filter=_erased(ids, sources)
        ).to_pylist()
        found += [f"{stage}:{i}" for i in sorted(r["doc_id"] for r in hits if r["decision"] in PASSED)]
        if stage == "gate":
            gate_dropped = sum(1 for r in hits if r["decision"] == "dropped" and "erased" in r["reason"])
    return {"rows_checked": rows_checked, "kept_rows_found": found, "gate_dropped_as_erased": gate_dropped}


def _erased(ids: set[str], sources: set[str]) -> pc.Expression:
    return pc.field("doc_id").isin(pa_set(ids)) | pc.field("source").isin(pa_set(sources))


def pa_set(values: set[str]):
    import pyarrow as pa

    return pa.array(sorted(values), type=pa.string())


# The unique-document shards, and the training shards realised from them (repetitions included).
SHARD_SETS = ("tokenize", "mixture")


def _index_leg(data: Path, ids: set[str], sources: set[str]) -> dict:
    path = data / "tokenize" / INDEX
    if not path.exists():
        return {"rows_checked": 0, "rows_found": [], "missing": str(path)}
    checked, found = 0, set()
    for shard_set in SHARD_SETS:
        if not (data / shard_set / INDEX).exists():
            continue
        index = partitioned.dataset(data / shard_set / INDEX)
        checked += index.count_rows()
        found |= {r["doc_id"] for r in index.to_table(["doc_id"], filter=_erased(ids, sources)).to_pylist()}
    return {"rows_checked": checked, "rows_found": sorted(found), "shard_sets": list(SHARD_SETS)}


def _ngram_leg(data: Path, tokenizer_dir: Path, erased: dict[str, str], retained: list[str]) -> dict:
    meta_path = data / "tokenize" / "meta.json"
    if not erased:
        return {"n": NGRAM, "documents": 0, "sampled": 0, "hits": 0, "shards_scanned": 0, "tokens_scanned": 0}
    if not (tokenizer_dir.exists() and meta_path.exists()):
        raise CharterError(f"verify-erasure needs the tokenizer ({tokenizer_dir}) and {meta_path}")
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    tokenizer.model_max_length = 2**62
    encode = lambda texts: tokenizer(texts, add_special_tokens=False)["input_ids"]  # noqa: E731
    common: set[int] = set()
    for start in range(0, len(retained), 256):
        for ids in encode(retained[start : start + 256]):
            common.update(_hash_ngrams(np.asarray(ids)).tolist())
    sample: set[int] = set()
    without_evidence = []
    for doc_id, ids in zip(erased, encode(list(erased.values())), strict=True):
        distinctive = [h for h in dict.fromkeys(_hash_ngrams(np.asarray(ids)).tolist()) if h not in common]
        if not distinctive:
            without_evidence.append(doc_id)
        step = max(1, len(distinctive) // MAX_NGRAMS_PER_DOC)  # evenly spread over the document
        sample.update(distinctive[::step][:MAX_NGRAMS_PER_DOC])
    wanted = np.fromiter(sample, dtype=np.uint64, count=len(sample))
    dtype = np.dtype(json.loads(meta_path.read_text())["dtype"])
    hits, shards, tokens, hit_shards = 0, 0, 0, []
    all_shards = [p for shard_set in SHARD_SETS for p in sorted((data / shard_set / SHARDS).glob("*.bin"))]
    for shard in all_shards:
        ids = np.fromfile(shard, dtype=dtype)
        found = int(np.isin(_hash_ngrams(ids), wanted).sum()) if len(wanted) else 0
        shards, tokens, hits = shards + 1, tokens + len(ids), hits + found
        if found:
            hit_shards.append(f"{shard.parent.parent.name}/{shard.name}")
    digest = hashlib.sha256(np.sort(wanted).tobytes()).hexdigest()
    return {
        "n": NGRAM,
        "unit": "token ids",
        "documents": len(erased),
        "sampled": len(sample),
        "sample_sha256": digest,
        "documents_without_distinctive_ngrams": without_evidence,
        "shards_scanned": shards,
        "tokens_scanned": tokens,
        "hits": hits,
        "shards_with_hits": hit_shards,
    }


# The conversations the sft stage trains and validates on, as the sft_data stage writes them.
SFT_STAGE, SFT_SPLITS = "sft_data", ("train.jsonl", "valid.jsonl")


def _sft_leg(data: Path, ids: set[str], sources: set[str]) -> dict:
    """No kept sft_data ledger row, and no conversation the sft stage reads, belongs to an erased document or
    source. A conversation id not in the ledger is attributed by its `<source>/...` prefix."""
    folder = data / SFT_STAGE
    if not (folder / LEDGER_FILE).exists():
        return {"rows_checked": 0, "kept_rows_found": [], "conversations_found": [], "missing": str(folder)}
    table = pq.read_table(folder / LEDGER_FILE, columns=["doc_id", "decision", "source"])
    hit = pc.or_(pc.is_in(table["doc_id"], pa_set(ids)), pc.is_in(table["source"], pa_set(sources)))
    kept = sorted(r["doc_id"] for r in table.filter(hit).to_pylist() if r["decision"] in PASSED)
    source_of = dict(zip(table["doc_id"].to_pylist(), table["source"].to_pylist(), strict=True))
    checked, found = 0, []
    for name in SFT_SPLITS:
        path = folder / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            for line in f:
                conversation = json.loads(line)["id"]
                checked += 1
                source = source_of.get(conversation) or conversation.split("/", 1)[0]
                if conversation in ids or source in sources:
                    found.append(f"{name}:{conversation}")
    return {
        "rows_checked": table.num_rows,
        "kept_rows_found": kept,
        "conversations_checked": checked,
        "conversations_found": found,
    }


def verify_erasure(data: Path, erasure_file: Path, tokenizer_dir: Path | None = None) -> dict:
    data = Path(data)
    erasure = ErasureList.load(erasure_file)
    raw = (yaml.safe_load(Path(erasure_file).read_text()) if Path(erasure_file).exists() else None) or {}
    requests = [
        {k: r.get(k) for k in ("source", "doc", "reason", "requested") if k in r}
        for r in raw.get("requests") or []
    ]
    erased, retained = _erased_documents(data / "ingest" / "docs", erasure)
    ids = set(erased) | set(erasure.documents)
    sources = set(erasure.sources)
    ledger = _ledger_leg(data, ids, sources)
    index = _index_leg(data, ids, sources)
    ngrams = _ngram_leg(data, Path(tokenizer_dir or data / "tokenizer" / "tokenizer"), erased, retained)
    sft = _sft_leg(data, ids, sources)
    failures = []
    if ledger["kept_rows_found"]:
        failures.append(
            f"{len(ledger['kept_rows_found'])} kept ledger rows after the gate hold erased documents"
        )
    if index["rows_found"]:
        failures.append(f"{len(index['rows_found'])} erased documents are in the token index")
    if ngrams["hits"]:
        failures.append(
            f"{ngrams['hits']} sampled n-grams of erased text occur in shards {ngrams['shards_with_hits']}"
        )
    if sft["kept_rows_found"] or sft["conversations_found"]:
        failures.append(
            f"instruction data holds erased documents: {len(sft['kept_rows_found'])} kept sft_data ledger rows, "
            f"{len(sft['conversations_found'])} conversations"
        )
    return {
        "erasure_file": str(erasure_file),
        "requests": requests,
        "documents_erased": len(erased),
        "doc_ids_checked": sorted(ids),
        "sources_checked": sorted(sources),
        "ledger": ledger,
        "token_index": index,
        "ngrams": ngrams,
        "instruction_data": sft,
        "passed": not failures,
        "failures": failures,
    }


def write_proof(proof: dict, out: Path) -> Path:
    path = Path(out) / "erasure_proof.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(proof, indent=2, sort_keys=True) + "\n")
    return path
