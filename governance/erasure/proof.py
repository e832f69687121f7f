"""`charter verify-erasure`: proof that erased documents are gone, from what the model is trained on and from
everything an auditor can open.

The proof's legs:
- ledger: no kept row of ingest or of a stage after it holds an erased document id or source;
- token index: no token range belongs to one;
- token n-grams: no distinctive n-gram of erased text occurs in a training shard;
- instruction data: no kept sft_data row and no conversation the sft stage reads belongs to one;
- scan (`charter verify-erasure`; the report stage runs the legs above only, on its own inputs): every file
  under `data/`, the DVC cache (workspace, run-cache and experiment objects), DVC's temporary experiment
  workspaces and the files experiment commits changed, decoded by format (see `governance.erasure.scan`),
  holds no distinctive window of erased text, no record of an erased document and no erased document whole;
  no resumable checkpoint was trained on other shards than the current ones.
The erased documents' text comes from the owner's registered sources (ingest never keeps it). The proof
carries counts, ids, paths and a digest of the fingerprints, never text.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from core import artifacts as a
from core import partitioned, store
from core.artifacts import SHARDS, TOKENIZER_FILE
from core.config import IngestParams, load_params
from core.erasure_requests import ErasureList
from core.errors import CharterError
from core.ledger import PASSED
from core.registry import Registry, load_registry
from core.schemas.base import load
from core.schemas.tokens import TokenMeta
from governance.erasure import stores
from governance.erasure.documents import ErasedSet, erased_documents
from governance.erasure.fingerprint import NGRAM, WINDOW, Fingerprints, text_fingerprints, token_fingerprints
from governance.erasure.scan import Area, Scanner, TokenFingerprints

# The unique-document shards, and the training shards realised from them (repetitions included).
SHARD_SETS = tuple(a.SHARD_SETS)
# The conversations the sft stage trains and validates on, as the sft_data stage writes them.
SFT_SPLITS = (a.SFT_DATA_TRAIN, a.SFT_DATA_VALID)


def pa_set(values: set[str]) -> pa.Array:
    return pa.array(sorted(values), type=pa.string())


def _hit(table: pa.Table, erased: ErasedSet) -> pa.Array:
    return pc.or_(
        pc.is_in(table["doc_id"], pa_set(erased.ids)), pc.is_in(table["source"], pa_set(erased.sources))
    )


def _erased(erased: ErasedSet) -> pc.Expression:
    return pc.field("doc_id").isin(pa_set(erased.ids)) | pc.field("source").isin(pa_set(erased.sources))


def _ledger_leg(data: Path, erased: ErasedSet) -> dict:
    rows_checked, found, dropped = 0, [], 0
    for ledger in a.CORPUS_LEDGERS:
        stage, path = ledger.stage, ledger.at(data)
        if not partitioned.exists(path):
            continue
        # Filtered while scanned: only the hits are held in memory, whatever the ledger's size.
        ledger = partitioned.dataset(path)
        rows_checked += ledger.count_rows()
        hits = ledger.to_table(
            columns=["doc_id", "decision", "reason", "source"], filter=_erased(erased)
        ).to_pylist()
        found += [f"{stage}:{i}" for i in sorted(r["doc_id"] for r in hits if r["decision"] in PASSED)]
        dropped += sum(1 for r in hits if r["decision"] == "dropped" and "erased" in r["reason"])
    return {"rows_checked": rows_checked, "kept_rows_found": found, "dropped_as_erased": dropped}


def _index_leg(data: Path, erased: ErasedSet) -> dict:
    if not partitioned.exists(a.TOKENIZE_INDEX.at(data)):
        return {"rows_checked": 0, "rows_found": [], "missing": str(a.TOKENIZE_INDEX.at(data))}
    checked, found = 0, set()
    for shards in a.SHARD_SETS.values():
        if not partitioned.exists(shards.index.at(data)):
            continue
        index = partitioned.dataset(shards.index.at(data))
        checked += index.count_rows()
        found |= {r["doc_id"] for r in index.to_table(["doc_id"], filter=_erased(erased)).to_pylist()}
    return {"rows_checked": checked, "rows_found": sorted(found), "shard_sets": list(SHARD_SETS)}


def load_tokenizer(path: Path):
    from tokenizers import Tokenizer

    return Tokenizer.from_str(Path(path).read_text(encoding="utf-8"))


def shard_dtype(tokenizer) -> np.dtype:
    """The dtype the tokenize stage packs this tokenizer's ids in (corpus.tokenize)."""
    return np.dtype(np.uint16 if tokenizer.get_vocab_size() <= np.iinfo(np.uint16).max + 1 else np.uint32)


def _ngram_leg(data: Path, tokenizer_dir: Path, erased: ErasedSet) -> dict:
    meta_path = a.TOKENIZE_META.at(data)
    if not erased.texts:
        return {"n": NGRAM, "documents": 0, "sampled": 0, "hits": 0, "shards_scanned": 0, "tokens_scanned": 0}
    if not ((tokenizer_dir / TOKENIZER_FILE).exists() and meta_path.exists()):
        raise CharterError(f"verify-erasure needs the tokenizer ({tokenizer_dir}) and {meta_path}")
    fingerprints = token_fingerprints(
        load_tokenizer(tokenizer_dir / TOKENIZER_FILE), erased.texts, erased.retained
    )
    dtype = np.dtype(load(TokenMeta, meta_path).dtype)
    scanner = Scanner(
        erased,
        Fingerprints.build({}, np.empty(0, np.uint64)),
        [TokenFingerprints(str(tokenizer_dir), dtype, fingerprints)],
    )
    area = Area(str(data))
    shards = [p for s in a.SHARD_SETS.values() for p in sorted(s.shards.at(data).glob("*.bin"))]
    tokens = 0
    for shard in shards:
        scanner.scan_token_shard(shard, f"{shard.parent.parent.name}/{shard.name}", area)
        tokens += shard.stat().st_size // dtype.itemsize
    found = scanner.found()
    return {
        "n": NGRAM,
        "unit": "token ids",
        "documents": len(erased.texts),
        "sampled": len(fingerprints),
        "sample_sha256": fingerprints.digest(),
        "documents_without_distinctive_ngrams": fingerprints.without_evidence,
        "shards_scanned": len(shards),
        "tokens_scanned": tokens,
        "hits": sum(c["matching_fingerprints"] for c in found),
        "shards_with_hits": [c["where"] for c in found],
    }


def _sft_leg(data: Path, erased: ErasedSet) -> dict:
    """No kept sft_data ledger row, and no conversation the sft stage reads, belongs to an erased document or
    source. A conversation id not in the ledger is attributed by its `<source>/...` prefix."""
    ledger = a.SFT_DATA_LEDGER.at(data)
    if not ledger.exists():
        return {
            "rows_checked": 0,
            "kept_rows_found": [],
            "conversations_found": [],
            "missing": str(ledger.parent),
        }
    table = pq.read_table(ledger, columns=["doc_id", "decision", "source"])
    kept = sorted(
        r["doc_id"] for r in table.filter(_hit(table, erased)).to_pylist() if r["decision"] in PASSED
    )
    source_of = dict(zip(table["doc_id"].to_pylist(), table["source"].to_pylist(), strict=True))
    checked, found = 0, []
    for split in SFT_SPLITS:
        name, path = split.name, split.at(data)
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            for line in f:
                conversation = json.loads(line)["id"]
                checked += 1
                source = source_of.get(conversation) or conversation.split("/", 1)[0]
                if erased.holds(conversation, None, source):
                    found.append(f"{name}:{conversation}")
    return {
        "rows_checked": table.num_rows,
        "kept_rows_found": kept,
        "conversations_checked": checked,
        "conversations_found": found,
    }


# --- the scan of everything ----------------------------------------------------------------------------------


def _tokenizers(
    data: Path, cache_names: dict[str, str], objects: list[stores.CacheObject]
) -> list[tuple[str, Path, str]]:
    """Every tokenizer a shard could have been packed with: in data/ and among the cache's objects."""
    found: dict[str, tuple[str, Path]] = {}
    candidates = [(str(p), p) for p in sorted(data.rglob(TOKENIZER_FILE))] if data.is_dir() else []
    candidates += [
        (f"dvc cache {o.md5} ({cache_names[o.md5]})", o.path)
        for o in objects
        if cache_names.get(o.md5, "").endswith(TOKENIZER_FILE)
    ]
    for label, path in candidates:
        found.setdefault(md5_file(path), (label, path))
    return [(label, path, md5) for md5, (label, path) in found.items()]


def md5_file(path: Path) -> str:
    """The md5 DVC gives a file's content (its cache object's name)."""
    digest = hashlib.md5(usedforsecurity=False)
    with Path(path).open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def packed_with(objects: list[stores.CacheObject], records: list[stores.RunRecord]) -> dict[str, str]:
    """md5 of a shard -> md5 of the tokenizer.json it was packed with, from DVC's records of runs: a run that
    read a tokenizer folder packed the shards it wrote with it, and a run that read those shards (the
    mixture) wrote shards of the same tokenizer."""
    manifests = stores.manifests(objects)

    def members(md5: str) -> list[dict]:
        return manifests.get(md5, [])

    shard_tokenizer: dict[str, str] = {}
    for _ in range(3):  # tokenize, then mixture (and any stage that reads the mixture's shards)
        for record in records:
            tokenizers = {
                e["md5"]
                for md5 in record.deps.values()
                for e in members(md5)
                if str(e.get("relpath", "")).endswith(TOKENIZER_FILE)
            }
            tokenizers |= {
                shard_tokenizer[e["md5"]]
                for md5 in record.deps.values()
                for e in members(md5)
                if e["md5"] in shard_tokenizer
            }
            if len(tokenizers) != 1:
                continue
            (tokenizer,) = tokenizers
            for md5 in record.outs.values():
                for e in members(md5):
                    if str(e.get("relpath", "")).endswith(".bin"):
                        shard_tokenizer.setdefault(e["md5"], tokenizer)
    return shard_tokenizer


def cache_names(
    repo: Path, objects: list[stores.CacheObject], records: list[stores.RunRecord]
) -> dict[str, str]:
    """md5 -> the path DVC gave the object (an output, or an output's member), for naming what is found."""
    names: dict[str, str] = {}
    for record in records:
        for path, md5 in record.outs.items():
            names.setdefault(md5, path)
    for manifest, entries in stores.manifests(objects).items():
        prefix = names.get(manifest, "")
        for entry in entries:
            names.setdefault(entry["md5"], f"{prefix}/{entry['relpath']}" if prefix else entry["relpath"])
    return names


class FullScan:
    """The scan leg: every place a copy can be, and what was found where."""

    def __init__(self, repo: Path, data: Path, erased: ErasedSet, text: Fingerprints):
        self.repo, self.data, self.erased, self.text = Path(repo), Path(data), erased, text
        self.cache = stores.cache_dir(self.repo)
        self.objects = list(stores.cache_objects(self.cache)) if self.cache and self.cache.is_dir() else []
        self.records = stores.run_records(self.repo, self.cache)
        self.names = cache_names(self.repo, self.objects, self.records)
        tokens = []
        if erased.texts:
            for label, path, md5 in _tokenizers(self.data, self.names, self.objects):
                tokenizer = load_tokenizer(path)
                tokens.append(
                    TokenFingerprints(
                        label,
                        shard_dtype(tokenizer),
                        token_fingerprints(tokenizer, erased.texts, erased.retained),
                        md5,
                    )
                )
        self.packed_with = packed_with(self.objects, self.records)
        self.scanner = Scanner(erased, text, tokens)
        self.areas: dict[str, Area] = {}
        self.cache_hits: dict[str, list[str]] = {}  # md5 -> where labels
        self.data_hits: list[Path] = []
        self.tmp_hits: list[Path] = []
        self.experiment_hits: set[str] = set()

    def _scan(self, area: Area, path: Path, where: str, token_shard: bool, md5: str | None = None) -> bool:
        before = set(self.scanner.copies)
        tokenizer = None
        if token_shard and self.scanner.tokens:
            tokenizer = self.packed_with.get(md5 or md5_file(path))
        self.scanner.scan_file(path, where, area, token_shard=token_shard, packed_with=tokenizer)
        return bool(set(self.scanner.copies) - before)

    def run(self) -> FullScan:
        data = self.areas["data"] = Area(str(self.data))
        for path in sorted(p for p in self.data.rglob("*") if p.is_file() and not p.is_symlink()):
            where = str(path.relative_to(self.data.parent))
            if self._scan(data, path, where, path.suffix == ".bin" and path.parent.name == SHARDS):
                self.data_hits.append(path)
        if self.cache is not None:
            cache = self.areas["dvc_cache"] = Area(str(self.cache))
            for obj in self.objects:
                name = self.names.get(obj.md5, "")
                where = f"dvc cache {obj.md5}" + (f" ({name})" if name else "")
                if self._scan(cache, obj.path, where, name.endswith(".bin"), obj.md5):
                    self.cache_hits[obj.md5] = [where]
            runs = stores.run_cache_entries(self.cache)
            cache.decoded["run-cache entries"] = len(runs)
            for entry in runs:
                self._scan(cache, entry, f"dvc run-cache {entry.relative_to(self.cache)}", False)
            tmp_root = self.repo / ".dvc" / "tmp"
            tmp = self.areas["dvc_tmp"] = Area(str(tmp_root))
            for path in sorted(p for p in tmp_root.rglob("*") if p.is_file() and not p.is_symlink()):
                rel = path.relative_to(self.repo)
                if self._scan(tmp, path, str(rel), path.suffix == ".bin" and path.parent.name == SHARDS):
                    self.tmp_hits.append(path)
        experiments = self.areas["experiments"] = Area("git refs/exps")
        for ref, name, blob in stores.experiment_blobs(self.repo):
            experiments.files += 1
            experiments.bytes += len(blob)
            before = set(self.scanner.copies)
            self.scanner.scan_stream(io.BytesIO(blob), f"experiment {ref}:{name}", experiments)
            if set(self.scanner.copies) - before:
                self.experiment_hits.add(ref)
        experiments.decoded["refs"] = len(stores.experiment_refs(self.repo))
        self.stale = stores.stale_checkpoints(self.data)
        return self

    def as_dict(self) -> dict:
        return {
            "window_bytes": WINDOW,
            "fingerprints": len(self.text),
            "fingerprints_sha256": self.text.digest(),
            "documents_without_distinctive_windows": self.text.without_evidence,
            "tokenizers": [t.tokenizer for t in self.scanner.tokens],
            "scanned": {k: a.as_dict() for k, a in self.areas.items()},
            "copies": self.scanner.found(),
            "stale_checkpoints": [str(p) for p in self.stale],
        }


def registries(paths: Sequence[str | Path | None]) -> list[Registry]:
    return [load_registry(p) for p in paths if p is not None and Path(p).exists()]


def registered_erasure(
    params_file: Path, sources: Path, instructions: Path, data: Path
) -> tuple[ErasureList, ErasedSet]:
    """The validated erasure list `params_file` names, and the documents it erases, read from the registered
    sources (`charter purge` and `charter verify-erasure` look at the same ones)."""
    p = load_params(params_file)
    corpus, chats = registries([sources]), registries([instructions])
    erasure = ErasureList.load(p.gate.erasure_file, [*corpus, *chats])
    return erasure, erased_documents(erasure, corpus, chats, data, p.ingest)


def verify_erasure(
    data: Path,
    erasure_file: Path,
    tokenizer_dir: Path | None = None,
    *,
    sources: Sequence[str | Path] = (),
    instructions: Sequence[str | Path] = (),
    repo: Path | None = None,
    scan: bool = False,
    ingest: IngestParams | None = None,
) -> dict:
    """The proof as a dict (`passed`, `failures`, one entry per leg). With `scan`, also every file `repo`'s
    data/, DVC cache and experiments hold (the full proof of `charter verify-erasure`)."""
    data = Path(data)
    corpus, chats = registries(sources), registries(instructions)
    erasure = ErasureList.load(erasure_file, [*corpus, *chats])
    erased = (
        erased_documents(erasure, corpus, chats, data, ingest)
        if corpus or chats
        else _from_build(data, erasure)
    )
    ledger = _ledger_leg(data, erased)
    index = _index_leg(data, erased)
    ngrams = _ngram_leg(data, Path(tokenizer_dir or a.TOKENIZER.at(data)), erased)
    sft = _sft_leg(data, erased)
    failures = []
    if ledger["kept_rows_found"]:
        failures.append(f"{len(ledger['kept_rows_found'])} kept ledger rows hold erased documents")
    if index["rows_found"]:
        failures.append(f"{len(index['rows_found'])} erased documents are in the token index")
    if ngrams["hits"]:
        failures.append(
            f"{ngrams['hits']} n-grams of erased text occur in shards {ngrams['shards_with_hits']}"
        )
    if sft["kept_rows_found"] or sft["conversations_found"]:
        failures.append(
            f"instruction data holds erased documents: {len(sft['kept_rows_found'])} kept sft_data ledger rows, "
            f"{len(sft['conversations_found'])} conversations"
        )
    proof: dict = {
        "erasure_file": str(erasure_file),
        "requests": [r.model_dump() for r in erasure.requests],
        "sources_erased": sorted(erasure.sources),
        "documents_erased": len(erased.ids),
        "documents_with_text": len(erased.texts),
        "documents_without_text": erased.without_text,
        "documents_read_from_sources": erased.read,
        "doc_ids_checked": sorted(erased.ids),
        "sources_checked": sorted(erased.sources),
        "ledger": ledger,
        "token_index": index,
        "ngrams": ngrams,
        "instruction_data": sft,
    }
    if scan:
        full = FullScan(
            Path(repo or data.parent), data, erased, text_fingerprints(erased.texts, erased.retained)
        ).run()
        proof["scan"] = full.as_dict()
        for copy in proof["scan"]["copies"]:
            failures.append(
                f"{copy['where']} holds {copy['n_documents']} erased documents ({', '.join(copy['how'])})"
            )
        for area in proof["scan"]["scanned"].values():
            failures += [f"could not decode {u}" for u in area["undecodable"]]
        failures += [
            f"resumable checkpoint {p} was trained on other shards"
            for p in proof["scan"]["stale_checkpoints"]
        ]
    proof["passed"] = not failures
    proof["failures"] = failures
    return proof


def _from_build(data: Path, erasure: ErasureList) -> ErasedSet:
    """Without registries: the erased and retained documents as the last build's ingest output holds them."""
    found = ErasedSet(ids=set(erasure.documents), hashes=set(erasure.hashes), sources=set(erasure.sources))
    folder = a.INGEST_DOCS.at(data)
    for doc in store.read_documents(folder) if folder.is_dir() else []:
        if erasure.reason(doc.id, doc.metadata.get("sha256"), doc.metadata.get("source", "")):
            found.texts[doc.id] = doc.text
            found.ids.add(doc.id)
        else:
            found.retained.append(doc.text)
    found.without_text = sorted(erasure.documents - set(found.texts))
    return found


def write_proof(proof: dict, out: Path) -> Path:
    path = Path(out) / a.REPORT_ERASURE_PROOF.name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(proof, indent=2, sort_keys=True) + "\n")
    return path


def summary(proof: dict) -> dict:
    """What the command prints: the verdict, what was scanned where, and each copy found."""
    out: dict = {"passed": proof["passed"], "documents_erased": proof["documents_erased"]}
    if "scan" in proof:
        out["scanned"] = {
            k: {"root": a["root"], "files": a["files"], "bytes": a["bytes"], "decoded": a["decoded"]}
            for k, a in proof["scan"]["scanned"].items()
        }
        out["copies"] = [f"{c['where']}: {', '.join(c['how'])}" for c in proof["scan"]["copies"]]
    return out


def verify_erasure_command(
    *, params: Path, sources: Path, instructions: Path, data: Path, repo: Path, out: Path, tokenizer: Path
) -> dict:
    """`charter verify-erasure`: the full proof (the scan included), written to `out`; what was scanned and
    every copy found go to stderr; an unproven erasure is a CharterError listing the failures."""
    p = load_params(params)
    proof = verify_erasure(
        data,
        Path(p.gate.erasure_file),
        tokenizer,
        sources=[sources],
        instructions=[instructions],
        repo=repo,
        scan=True,
        ingest=p.ingest,
    )
    path = write_proof(proof, out)
    print(json.dumps(summary(proof), indent=2, sort_keys=True), file=sys.stderr)
    if not proof["passed"]:
        raise CharterError(
            f"erasure not proven ({path}): {len(proof['failures'])} failures:\n  - "
            + "\n  - ".join(proof["failures"])
        )
    return {"passed": True, "proof": str(path), "documents_erased": proof["documents_erased"]}
