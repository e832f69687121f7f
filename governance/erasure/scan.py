"""Scan files for copies of erased documents, in whatever form the pipeline writes them.

Every file is read as raw bytes (a copy in plain text, or in any binary that stores text as is), and decoded
by its content where it is a format that hides text from a byte scan: JSON lines and JSON (strings
unescaped), parquet (every string column), gzip / bz2 / xz / zstd streams and zip archives (their content,
recursively), and token shards (token n-grams under every tokenizer found). A file is a copy when it holds a
distinctive window of an erased document's text, a record (`id`/`doc_id` or `sha256`, with text) of an erased
document, or is an erased document byte for byte (its sha256 is an erased content hash). A text-less record
of an erased document (a tombstone, a ledger row) is not a copy.

What a scan finds is reported by where and which documents, never by content.
"""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import json
import lzma
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import numpy as np

from governance.erasure.documents import ErasedSet
from governance.erasure.fingerprint import CHUNK, WINDOW, Fingerprints, ngram_hashes, window_hashes

LINE_LIMIT = 64 << 20  # bytes of one line parsed as JSON; longer lines are scanned as raw bytes only
WHOLE_JSON_LIMIT = 64 << 20
CONTENT_KEYS = ("text", "messages")
ID_KEYS = ("id", "doc_id")
MAX_IDS = 20
SEP = b"\x00"


@dataclass
class TokenFingerprints:
    tokenizer: str  # where the tokenizer was found
    dtype: np.dtype
    fingerprints: Fingerprints
    md5: str = ""  # of tokenizer.json, as DVC names it: which shards were packed with it


@dataclass
class Copy:
    """One place that holds erased text: where, how it was recognised, and whose text it is."""

    where: str
    how: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    windows: int = 0

    def as_dict(self) -> dict:
        docs = sorted(self.documents)
        return {
            "where": self.where,
            "how": sorted(self.how),
            "documents": docs[:MAX_IDS],
            "n_documents": len(docs),
            "matching_fingerprints": self.windows,
        }


@dataclass
class Area:
    """What was scanned in one place (data/, the DVC cache, ...)."""

    root: str
    files: int = 0
    bytes: int = 0
    decoded: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    undecodable: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "root": self.root,
            "files": self.files,
            "bytes": self.bytes,
            "decoded": dict(sorted(self.decoded.items())),
            "undecodable": self.undecodable,
        }


class Scanner:
    def __init__(self, erased: ErasedSet, text: Fingerprints, tokens: list[TokenFingerprints]):
        self.erased = erased
        self.text = text
        self.tokens = tokens
        self.copies: dict[str, Copy] = {}

    # --- results -------------------------------------------------------------------------------------------
    def _hit(self, where: str, how: str, documents: Iterator[str] | list[str] | set[str], windows: int = 0):
        copy = self.copies.setdefault(where, Copy(where))
        copy.how.add(how)
        copy.documents.update(documents)
        copy.windows += windows

    def found(self) -> list[dict]:
        return [c.as_dict() for _, c in sorted(self.copies.items())]

    # --- views ---------------------------------------------------------------------------------------------
    def _windows(self, where: str, how: str, buf: bytes | bytearray) -> None:
        owners = self.text.match(window_hashes(bytes(buf)))
        if len(owners):
            self._hit(where, how, {self.text.doc_ids[i] for i in np.unique(owners)}, len(owners))

    def _record(self, where: str, record: dict) -> None:
        content = any(record.get(k) for k in CONTENT_KEYS)
        if not content:
            return
        meta = record.get("metadata")
        sha = record.get("sha256") or (meta.get("sha256") if isinstance(meta, dict) else None)
        for key in ID_KEYS:
            doc_id = record.get(key)
            if isinstance(doc_id, str) and doc_id in self.erased.ids:
                self._hit(where, "record of an erased document id", [doc_id])
        if isinstance(sha, str) and sha in self.erased.hashes:
            self._hit(where, "record with an erased content hash", [str(record.get("id", sha))])

    def _strings(self, value: object, out: list[bytes], where: str) -> None:
        if isinstance(value, str):
            if len(value) >= WINDOW // 4:
                out.append(value.encode("utf-8", "surrogatepass"))
        elif isinstance(value, dict):
            self._record(where, value)
            for v in value.values():
                self._strings(v, out, where)
        elif isinstance(value, list):
            for v in value:
                self._strings(v, out, where)

    # --- streams -------------------------------------------------------------------------------------------
    def scan_stream(self, stream: IO[bytes], where: str, area: Area, whole_hash: bool = True) -> None:
        """One pass: raw windows, JSON strings of every line that parses (or of the whole, if it is one
        JSON document), and the stream's sha256 against the erased content hashes."""
        head = stream.read(6)
        for magic, opener, kind in _COMPRESSED:
            if head.startswith(magic):
                area.decoded[kind] += 1
                inner = opener(_Prefixed(head, stream))
                if inner is None:
                    area.undecodable.append(f"{where} ({kind}: install its decompressor to scan it)")
                    return
                self.scan_stream(inner, f"{where} ({kind})", area, whole_hash)  # type: ignore[arg-type]
                return
        reader = io.BufferedReader(_Prefixed(head, stream), CHUNK)
        digest = hashlib.sha256()
        raw, strings = bytearray(), list[bytes]()
        whole: bytearray | None = bytearray() if head.lstrip()[:1] in (b"{", b"[") else None
        parsed_lines = failed_lines = 0
        while True:
            line = reader.readline(LINE_LIMIT)
            if not line:
                break
            digest.update(line)
            raw += line
            if len(raw) >= CHUNK:
                self._windows(where, "text windows", raw)
                del raw[: len(raw) - (WINDOW - 1)]
            if whole is not None and len(whole) + len(line) <= WHOLE_JSON_LIMIT:
                whole += line
            elif whole is not None:
                whole = None
            if line.lstrip()[:1] in (b"{", b"[") and (line.endswith(b"\n") or len(line) < LINE_LIMIT):
                try:
                    value = json.loads(line)
                except (ValueError, UnicodeDecodeError):
                    failed_lines += 1
                else:
                    parsed_lines += 1
                    self._strings(value, strings, where)
                    if sum(len(s) for s in strings) >= CHUNK:
                        self._windows(where, "text windows (JSON)", SEP.join(strings))
                        strings.clear()
        self._windows(where, "text windows", raw)
        if failed_lines and whole:
            try:
                value = json.loads(bytes(whole))
            except (ValueError, UnicodeDecodeError):
                pass
            else:
                strings.clear()
                self._strings(value, strings, where)
        if parsed_lines or strings:
            area.decoded["json"] += 1
        if strings:
            self._windows(where, "text windows (JSON)", SEP.join(strings))
        if whole_hash and digest.hexdigest() in self.erased.hashes:
            self._hit(where, "the file is an erased document (content hash)", [digest.hexdigest()])

    def scan_parquet(self, source: str | Path | io.BytesIO, where: str, area: Area) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            parquet = pq.ParquetFile(source)
        except (pa.ArrowException, OSError) as e:
            area.undecodable.append(f"{where} (parquet: {type(e).__name__})")
            return
        area.decoded["parquet"] += 1
        for batch in parquet.iter_batches(batch_size=8192):
            strings: list[bytes] = []
            names = batch.schema.names
            for column in batch.columns:
                if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
                    strings += [v.encode("utf-8", "surrogatepass") for v in column.to_pylist() if v]
                elif pa.types.is_binary(column.type) or pa.types.is_large_binary(column.type):
                    strings += [v for v in column.to_pylist() if v]
                elif pa.types.is_nested(column.type):
                    self._strings(column.to_pylist(), strings, where)
            if any(k in names for k in CONTENT_KEYS):
                for record in batch.to_pylist():
                    self._record(where, record)
            if strings:
                self._windows(where, "text windows (parquet)", SEP.join(strings))

    def scan_zip(self, path: Path, where: str, area: Area) -> None:
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError):
            return
        area.decoded["zip"] += 1
        with archive:
            for info in archive.infolist():
                if not info.is_dir():
                    with archive.open(info) as member:
                        self.scan_stream(member, f"{where}!{info.filename}", area)

    def scan_token_shard(self, path: Path, where: str, area: Area, packed_with: str | None = None) -> None:
        """Token n-grams of a shard against the tokenizer it was packed with (`packed_with`: its md5), when
        that is known and among the tokenizers found; else against every one. Ids read under another
        tokenizer are other tokens: their chance matches are no evidence."""
        area.decoded["token shard"] += 1
        by_dtype: dict[str, np.ndarray] = {}
        groups = [g for g in self.tokens if g.md5 == packed_with] or self.tokens
        for group in groups:
            if group.dtype.name not in by_dtype:
                by_dtype[group.dtype.name] = ngram_hashes(np.fromfile(path, dtype=group.dtype))
            owners = group.fingerprints.match(by_dtype[group.dtype.name])
            if len(owners):
                docs = {group.fingerprints.doc_ids[i] for i in np.unique(owners)}
                self._hit(where, f"token n-grams (tokenizer {group.tokenizer})", docs, len(owners))

    def scan_file(
        self, path: Path, where: str, area: Area, token_shard: bool = False, packed_with: str | None = None
    ) -> None:
        """Every view of one file that its content calls for."""
        area.files += 1
        area.bytes += path.stat().st_size
        with path.open("rb") as f:
            head = f.read(4)
            f.seek(0)
            if head == b"PAR1":
                self.scan_parquet(path, where, area)
            self.scan_stream(f, where, area)
        if head == b"PK\x03\x04":
            self.scan_zip(path, where, area)
        if token_shard:
            self.scan_token_shard(path, where, area, packed_with)


class _Prefixed(io.RawIOBase):
    """A stream with bytes already read put back in front (to sniff a format, then hand on the stream)."""

    def __init__(self, head: bytes, rest: IO[bytes]):
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        if self.head:
            n = min(len(b), len(self.head))
            b[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.rest.read(len(b))
        b[: len(data)] = data
        return len(data)


def _zstd(stream: IO[bytes]) -> IO[bytes] | None:
    try:
        import zstandard
    except ImportError:
        return None
    return zstandard.ZstdDecompressor().stream_reader(stream)  # type: ignore[return-value]


# The decompressed streams are read to their end by scan_stream; the file they wrap is closed by its owner.
_COMPRESSED = (
    (b"\x1f\x8b", lambda s: gzip.GzipFile(fileobj=io.BufferedReader(s)), "gzip"),  # noqa: SIM115
    (b"BZh", lambda s: bz2.BZ2File(io.BufferedReader(s)), "bz2"),  # noqa: SIM115
    (b"\xfd7zXZ\x00", lambda s: lzma.LZMAFile(io.BufferedReader(s)), "xz"),  # noqa: SIM115
    (b"\x28\xb5\x2f\xfd", lambda s: _zstd(io.BufferedReader(s)), "zstd"),
)
