"""The erasure file: requests to erase a source or one document, validated when read, appended safely.

The file is the only record that a document must stay out, so it is read strictly: a request that names
nothing (a bare string, a misspelt key, a document without its content hash) or a file that is empty or cut
short is an error naming the file and the entry, never "no requests". Every writer takes a file lock, and
the new content replaces the old by rename after an fsync, so concurrent `charter forget` calls all land and
a crash mid-write leaves the previous file whole.

A document request carries the document's id and the sha256 of its raw content (what ingest records as
`sha256`). Ingest and the gate drop the content wherever it is (by hash), and by id when that content is no
longer in the source (the owner edited or removed the record): an owner's re-export in another order erases
the same record and nothing else, even where ids are line numbers, and an edited record still goes. A source request erases the source, and every source registered `erased_with` it
(followed whenever the list is loaded, so a source registered after the request is erased too).

In core, beside the source registry: ingest (corpus), the gate and the erasure proof (governance) and
`charter forget` all read the file, and none of them may import another's stage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from core.errors import ConfigError
from core.files import atomic_write

if TYPE_CHECKING:
    from core.registry import Registry

HEADER = (
    "# Erasure requests the gate enforces (charter forget appends here; dvc repro rebuilds downstream).\n"
    "# A request names a source, or a document by id and the sha256 of its raw content. The '...' line ends\n"
    "# the file: a file without it was cut short and is refused.\n"
)
END = "..."
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
SHA256 = r"^[0-9a-f]{64}$"
LOCK_TIMEOUT_S = 120


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    reason: str = ""
    requested: str = Field("", description="ISO date the request was recorded.")

    @field_validator("requested", mode="before")
    @classmethod
    def _date(cls, v: object) -> object:
        return v.isoformat() if isinstance(v, dt.date) else v


class SourceRequest(_Request):
    """Erase every document of a source (and of the sources registered `erased_with` it)."""

    source: str = Field(min_length=1)

    @property
    def key(self) -> tuple[str, str]:
        return ("source", self.source)


class DocumentRequest(_Request):
    """Erase one document: by its id and by the sha256 of its raw content."""

    doc: str = Field(min_length=1)
    sha256: str = Field(pattern=SHA256)

    @property
    def key(self) -> tuple[str, str]:
        return ("doc", self.doc)


Request = SourceRequest | DocumentRequest
FIELDS = {"source", "doc", "sha256", "reason", "requested"}


def _entry(path: Path, index: int, raw: object) -> Request:
    where = f"{path}: request {index}"
    if not isinstance(raw, dict):
        hint = f" (write `- source: {raw}` or `- doc: ID` with its sha256)" if isinstance(raw, str) else ""
        raise ConfigError(f"{where} is {type(raw).__name__} {raw!r}, not a mapping{hint}")
    unknown = sorted(set(map(str, raw)) - FIELDS)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {unknown}; a request has {sorted(FIELDS)}")
    if ("source" in raw) == ("doc" in raw):
        raise ConfigError(f"{where}: a request names exactly one of 'source' or 'doc', got {sorted(raw)}")
    model: type[Request] = SourceRequest if "source" in raw else DocumentRequest
    if model is SourceRequest and "sha256" in raw:
        raise ConfigError(f"{where}: 'sha256' belongs to a 'doc' request, not to a source request")
    try:
        return model.model_validate(raw)
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in e.errors())
        hint = " (charter forget --doc ID looks the hash up)" if "sha256" in problems else ""
        raise ConfigError(f"{where}: {problems}{hint}") from None


def parse(path: Path, text: str) -> list[Request]:
    """The requests of an erasure file's text; any defect is a ConfigError naming the file and entry."""
    if not text.strip():
        raise ConfigError(
            f"{path}: the erasure file is empty. It always holds `requests:` (`requests: []` when nothing "
            "is erased) and ends with a '...' line; restore it from version control"
        )
    if text.rstrip().splitlines()[-1].strip() != END:
        raise ConfigError(
            f"{path}: does not end with the '{END}' line: the file was cut short (or edited by hand without "
            "it). Restore it from version control; if the content is whole, add the line"
        )
    try:
        raw = yaml.load(text, Loader=_LOADER)  # a safe loader, libyaml's when available
    except yaml.YAMLError as e:
        raise ConfigError(f"{path}: not valid YAML: {e}") from None
    if not isinstance(raw, dict) or "requests" not in raw:
        raise ConfigError(f"{path}: expected a mapping with a 'requests' list")
    extra = sorted(set(raw) - {"requests"})
    if extra:
        raise ConfigError(f"{path}: unknown top-level key(s) {extra}; the file holds 'requests' only")
    entries = raw["requests"]
    if entries is None:
        entries = []
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: 'requests' must be a list, got {type(entries).__name__}")
    requests = [_entry(path, i, r) for i, r in enumerate(entries, start=1)]
    seen: dict[tuple[str, str], int] = {}
    for i, r in enumerate(requests, start=1):
        if r.key in seen:
            raise ConfigError(f"{path}: request {i} repeats request {seen[r.key]} ({r.key[0]} '{r.key[1]}')")
        seen[r.key] = i
    return requests


def read_requests(path: str | Path) -> list[Request]:
    path = Path(path)
    if not path.exists():
        raise ConfigError(
            f"{path}: erasure file not found (gate.erasure_file). Without it nothing erased stays out: restore "
            "it, or create it with `charter forget`"
        )
    return parse(path, path.read_text(encoding="utf-8"))


def render(requests: Sequence[Request]) -> str:
    body = [r.model_dump(exclude_defaults=False) for r in requests]
    return HEADER + yaml.dump(
        {"requests": body}, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, explicit_end=True
    )


def lock_for(path: Path):
    from filelock import FileLock

    return FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT_S)


def append_requests(path: str | Path, new: Iterable[Request]) -> list[Request]:
    """Adds each request not already there (same source, or same document id); returns the stored ones.

    Under the file's lock: the file is read, validated and rewritten as one step, so a concurrent append is
    never lost. A missing file is created; an invalid one is refused, never overwritten.
    """
    path = Path(path)
    with lock_for(path):
        current = read_requests(path) if path.exists() else []
        by_key = {r.key: r for r in current}
        stored = []
        for request in new:
            if request.key not in by_key:
                by_key[request.key] = request
                current.append(request)
            stored.append(by_key[request.key])
        text = render(current)
        parse(path, text)  # what is written must read back
        with atomic_write(path) as f:  # temp file, fsync, rename: old or new, never half
            f.write(text)
    return stored


def today() -> str:
    return dt.date.today().isoformat()


@dataclass(frozen=True)
class ErasureList:
    """What the requests erase: source ids, document ids and raw-content hashes."""

    sources: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    hashes: frozenset[str] = frozenset()
    requests: tuple[Request, ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, requests: Sequence[Request]) -> ErasureList:
        return cls(
            frozenset(r.source for r in requests if isinstance(r, SourceRequest)),
            frozenset(r.doc for r in requests if isinstance(r, DocumentRequest)),
            frozenset(r.sha256 for r in requests if isinstance(r, DocumentRequest)),
            tuple(requests),
        )

    @classmethod
    def load(cls, path: str | Path, registries: Sequence[Registry] = ()) -> ErasureList:
        """The validated requests of `path`, with the `erased_with` links of `registries` followed."""
        return cls.of(read_requests(path)).following(registries)

    def following(self, registries: Sequence[Registry]) -> ErasureList:
        """Adds every source registered `erased_with` an erased one (transitively, within `registries`)."""
        sources = set(self.sources)
        changed = True
        while changed:
            changed = False
            for registry in registries:
                for s in registry.sources:
                    if s.id not in sources and sources.intersection(s.erased_with):
                        sources.add(s.id)
                        changed = True
        return ErasureList(frozenset(sources), self.documents, self.hashes, self.requests)

    def resolved(self, present: Collection[str]) -> ErasureList:
        """Matched against what the source holds now (`present`: raw-content hashes): a requested document
        whose content is present is matched by content alone, since its id may now name another record (a
        line-number id after a re-export in another order); one whose content is gone, by id."""
        present = set(present)
        ids = {r.doc for r in self.requests if isinstance(r, DocumentRequest) and r.sha256 not in present}
        return replace(self, documents=frozenset(ids))

    def reason(self, doc_id: str, sha256: str | None, source: str) -> str | None:
        """Why the document is erased, or None when it is not."""
        if source in self.sources:
            return f"erased: source '{source}' is on the erasure list"
        if doc_id in self.documents:
            return "erased: document is on the erasure list"
        if sha256 and sha256 in self.hashes:
            return "erased: content hash is on the erasure list"
        return None

    def __bool__(self) -> bool:
        return bool(self.sources or self.documents or self.hashes)

    def fingerprint(self) -> list[list[str]]:
        """What decides the outputs, for a stage's resume fingerprint."""
        return [sorted(self.sources), sorted(self.documents), sorted(self.hashes)]


def sources_erased_with(source: str, registries: Sequence[Registry]) -> list[str]:
    """Every source that erasing `source` erases too, following `erased_with` links through all registries.

    Refuses a source id no registry holds: a mistyped request would otherwise erase nothing, silently.
    """
    known = {s.id for r in registries for s in r.sources}
    if source not in known:
        raise ConfigError(
            f"no registered source '{source}' (registries hold: {', '.join(sorted(known)) or 'none'})"
        )
    return sorted(ErasureList(sources=frozenset({source})).following(registries).sources - {source})


def erased_sources(erasure_file: str | Path, registry_files: Sequence[str | Path]) -> frozenset[str]:
    """The sources `erasure_file` erases, `erased_with` links of the registries followed (a registry file
    that does not exist is skipped: a project may have no instruction registry)."""
    from core.registry import load_registry

    registries = [load_registry(p) for p in registry_files if Path(p).exists()]
    return ErasureList.load(erasure_file, registries).sources
