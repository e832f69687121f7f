"""Scrubs text: presidio finds the entities, then Charter decides what is replaced and how.

After presidio: detections over must-keep spans (governance.pii.keep) are dropped; every other occurrence
of a detected value in the same document is found too (the surname alone, the all-caps speaker label, the
discharge date repeated in the signature line); overlaps are resolved; values become placeholders.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from charter.config import ScrubParams
from charter.errors import ConfigError
from governance.pii.engine import analyzer
from governance.pii.keep import overlaps, protected_spans
from governance.pii.placeholders import PlaceholderBook

# spaCy refuses texts over 1,000,000 characters; chunks also bound memory on huge documents.
CHUNK_CHARS = 100_000

# Detections that stand on a checksum, a strict format or explicit context win over a must-keep span.
STRONG = {
    *"EMAIL_ADDRESS US_SSN CREDIT_CARD PHONE_NUMBER DATE_OF_BIRTH IBAN_CODE STREET_ADDRESS".split(),
    *"HEALTH_PLAN_ID MEDICAL_RECORD_NUMBER NPI ABA_ROUTING_NUMBER".split(),
}
# Name parts that are never propagated on their own.
NOT_A_NAME = {
    *"mr mrs ms miss dr prof esq jr sr ii iii the and of for judge justice hon".split(),
    *"january february march april may june july august september october november december".split(),
    *"jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday".split(),
    *"saturday sunday patient client plaintiff defendant witness counsel court".split(),
}
# A capital after a lower-case word: a proper noun is possible, so NER is needed. Text without one (tables,
# lower-case logs, numbers) holds no name spaCy could find, and regex recognizers cover the rest.
_MID_SENTENCE_CAPITAL = re.compile(r"[a-z0-9,;:)]\s+[A-Z]|^\W*[A-Z][a-z]+\s+[A-Z]", re.MULTILINE)


@dataclass(frozen=True)
class Detection:
    entity_type: str
    start: int
    end: int
    score: float
    canonical: str | None = None  # the full name a lone surname was found from: one placeholder for both


@dataclass(frozen=True)
class ScrubResult:
    text: str
    counts: dict[str, int]


def _chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    return list(iter_chunks(text, size))


def iter_chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Split on paragraph (else line, else space) boundaries so that an entity is not cut in two."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            for sep in ("\n\n", "\n", " "):
                cut = text.rfind(sep, start + size // 2, end)
                if cut != -1:
                    end = cut
                    break
        yield start, text[start:end]
        start = end


def needs_ner(chunk: str) -> bool:
    return _MID_SENTENCE_CAPITAL.search(chunk) is not None


def hash_key(params: ScrubParams) -> bytes | None:
    if not params.hash_secret_env:
        return None
    secret = os.environ.get(params.hash_secret_env, "")
    if not secret:
        raise ConfigError(
            f"scrub.hash_secret_env names ${params.hash_secret_env}, which is unset or empty; "
            "export the secret (never put it in params.yaml) or remove hash_secret_env"
        )
    return secret.encode()


def _name_parts(value: str) -> list[str]:
    parts = re.findall(r"[A-Za-z][A-Za-z'-]+", value)
    return [p for p in (re.sub(r"'s$", "", p) for p in parts) if len(p) >= 3 and p.lower() not in NOT_A_NAME]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """spaCy sometimes takes the trailing newline or a possessive into a name."""
    value = text[start:end]
    stripped = value.strip()
    start += len(value) - len(value.lstrip())
    end = start + len(stripped)
    if text[start:end].endswith("'s"):
        end -= 2
    return start, end


_NAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) $")
_NAME_AFTER = re.compile(r"^ ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w])")


def widen_name(text: str, d: Detection) -> Detection:
    """A PERSON found as "Rutherford" in "Beatriz Rutherford" takes the capitalised word beside it."""
    if d.entity_type != "PERSON":
        return d
    start, end = d.start, d.end
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if before and before.group(1).lower() not in NOT_A_NAME and text[start : start + 1].isupper():
        start = before.start(1)
    after = _NAME_AFTER.search(text[end : end + 30])
    if after and after.group(1).lower() not in NOT_A_NAME and " " not in text[d.start : d.end]:
        end = end + after.end(1)
    return Detection(d.entity_type, start, end, d.score, d.canonical)


def propagate(text: str, found: list[Detection], keep: list[tuple[int, int]]) -> list[Detection]:
    """Every other occurrence of a detected value in the document, as a detection of the same type."""
    names: dict[str, str] = {}  # name part -> the full name it belongs to
    exact: dict[str, str] = {}
    for d in found:
        value = text[d.start : d.end]
        if d.entity_type == "PERSON":
            for part in _name_parts(value):
                names.setdefault(part.lower(), value)
        elif len(value) >= 4:
            exact.setdefault(value, d.entity_type)
    extra: list[Detection] = []
    if names:
        pattern = re.compile(
            r"(?<![\w@.])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?!\w)",
            re.IGNORECASE,
        )
        for m in pattern.finditer(text):
            if m.group()[0].isupper() and not overlaps(keep, m.start(), m.end()):
                extra.append(Detection("PERSON", m.start(), m.end(), 0.55, names[m.group().lower()]))
    if exact:
        pattern = re.compile(
            r"(?<![\w])(?:" + "|".join(map(re.escape, sorted(exact, key=len, reverse=True))) + r")(?![\w])"
        )
        extra += [Detection(exact[m.group()], m.start(), m.end(), 0.55) for m in pattern.finditer(text)]
    return extra


def _pick(cluster: list[Detection]) -> list[Detection]:
    chosen: list[Detection] = []
    for d in sorted(cluster, key=lambda d: (-d.score, -(d.end - d.start), d.start)):
        if not any(c.start < d.end and d.start < c.end for c in chosen):
            chosen.append(d)
    return chosen


def resolve(found: list[Detection]) -> list[Detection]:
    """Non-overlapping detections in reading order; on overlap the higher score, then the longer, wins.
    Linear in the number of detections apart from each cluster of mutually overlapping ones."""
    out: list[Detection] = []
    cluster: list[Detection] = []
    reach = -1
    for d in sorted(found, key=lambda d: (d.start, d.end)):
        if cluster and d.start >= reach:
            out += _pick(cluster)
            cluster = []
        cluster.append(d)
        reach = max(reach, d.end) if len(cluster) > 1 else d.end
    out += _pick(cluster)
    return sorted(out, key=lambda d: d.start)


def link_surnames(text: str, found: list[Detection]) -> list[Detection]:
    """A lone name part of a full name found elsewhere in the document shares that name's placeholder."""
    full: dict[str, str] = {}
    for d in found:
        value = text[d.start : d.end]
        if d.entity_type == "PERSON" and " " in value:
            for part in _name_parts(value):
                full.setdefault(part.lower(), d.canonical or value)
    out = []
    for d in found:
        value = text[d.start : d.end]
        if d.entity_type == "PERSON" and d.canonical is None and " " not in value and value.lower() in full:
            d = Detection(d.entity_type, d.start, d.end, d.score, full[value.lower()])
        out.append(d)
    return out


def merge_adjacent_names(text: str, found: list[Detection]) -> list[Detection]:
    """ "Beatriz" and "Rutherford" found apart but side by side are one person, one placeholder."""
    out: list[Detection] = []
    for d in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.entity_type == d.entity_type == "PERSON"
            and text[prev.end : d.start] == " "
            and (prev.canonical or "x") == (d.canonical or "y")
        ):
            out[-1] = Detection("PERSON", prev.start, d.end, max(prev.score, d.score), prev.canonical)
        else:
            out.append(d)
    return out


Item = str | tuple[str, str | None]


class Scrubber:
    """Scrubs texts of one domain by default; `find_many`/`scrub_many` also take (text, domain) pairs."""

    def __init__(self, params: ScrubParams, domain: str | None = None):
        self.params = params
        self.domain = domain
        self.key = hash_key(params)
        self._entities = tuple(params.entities)
        self._analyzer(domain)  # fail early on an unknown domain or a missing spaCy model

    def _analyzer(self, domain: str | None):
        return analyzer(self.params.spacy_model, domain, self._entities)

    def _pair(self, item: Item) -> tuple[str, str | None]:
        return item if isinstance(item, tuple) else (item, self.domain)

    def find(self, text: str, domain: str | None = None) -> list[Detection]:
        return next(self.find_many([(text, domain or self.domain)]))

    def find_many(self, items: Iterable[Item]) -> Iterator[list[Detection]]:
        """Detections of each text, in order. spaCy runs over all chunks as one stream (in `n_process`
        processes), which is where the time goes; presidio's recognizers then run on its annotations."""
        pending: deque[tuple[str, str | None, int, str, bool]] = deque()

        def chunk_stream() -> Iterator[str]:
            for item in items:
                text, domain = self._pair(item)
                chunks = list(iter_chunks(text)) if len(text) <= CHUNK_CHARS else None
                stream = chunks if chunks is not None else iter_chunks(text)
                previous = None
                for offset, chunk in stream:
                    if previous is not None:
                        yield from self._emit(pending, text, domain, previous, False)
                    previous = (offset, chunk)
                yield from self._emit(pending, text, domain, previous or (0, ""), True)

        engine = self._analyzer(self.domain).nlp_engine
        annotated = engine.process_batch(
            texts=chunk_stream(),
            language="en",
            batch_size=self.params.batch_size,
            n_process=self.params.n_process,
        )
        found: list[Detection] = []
        for _, artifacts in annotated:
            text, domain, offset, chunk, last = pending.popleft()
            for r in self._analyzer(domain).analyze(
                text=chunk,
                nlp_artifacts=artifacts,
                language="en",
                entities=list(self._entities),
                score_threshold=self.params.score_threshold,
            ):
                start, end = _trim(chunk, r.start, r.end)
                if start < end:
                    found.append(Detection(r.entity_type, start + offset, end + offset, r.score))
            if last:
                yield self._finish(text, found)
                found = []

    @staticmethod
    def _emit(pending, text, domain, piece, last) -> Iterator[str]:
        offset, chunk = piece
        pending.append((text, domain, offset, chunk, last))
        # spaCy sees an empty string when no name can be in the chunk: the cheapest NER is none.
        yield chunk if needs_ner(chunk) else ""

    def _finish(self, text: str, found: list[Detection]) -> list[Detection]:
        keep = protected_spans(text)
        found = [widen_name(text, d) for d in found]
        found = [d for d in found if d.entity_type in STRONG or not overlaps(keep, d.start, d.end)]
        return merge_adjacent_names(text, link_surnames(text, resolve(found + propagate(text, found, keep))))

    def scrub(self, text: str, domain: str | None = None) -> ScrubResult:
        return self.replace(text, self.find(text, domain))

    def scrub_many(self, items: Iterable[Item]) -> Iterator[ScrubResult]:
        buffered: deque[str] = deque()

        def remember(stream: Iterable[Item]) -> Iterator[Item]:
            for item in stream:
                buffered.append(self._pair(item)[0])
                yield item

        for found in self.find_many(remember(items)):
            yield self.replace(buffered.popleft(), found)

    def replace(self, text: str, found: list[Detection]) -> ScrubResult:
        if not found:
            return ScrubResult(text, {})
        book = PlaceholderBook(self.key)
        out, at = [], 0
        for d in found:  # resolved: sorted and non-overlapping
            out.append(text[at : d.start])
            out.append(book.placeholder(d.entity_type, d.canonical or text[d.start : d.end]))
            at = d.end
        out.append(text[at:])
        return ScrubResult("".join(out), dict(sorted(book.replaced.items())))
