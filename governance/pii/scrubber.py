"""Scrubs text: presidio finds the entities, then Charter decides what is replaced and how.

After presidio: detections over must-keep spans (governance.pii.keep) are dropped; every other occurrence
of a detected value in the same document is found too (the surname alone, the all-caps speaker label, the
discharge date repeated in the signature line); overlapping detections merge into one over their union,
so no part of a value survives; values become placeholders.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import weakref
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from core.config import ScrubParams
from core.errors import ConfigError
from governance.pii.address_blocks import widen_address
from governance.pii.engine import analyzer
from governance.pii.keep import overlaps, protected_spans
from governance.pii.names import NAME_TOKEN, is_given_name
from governance.pii.people import addressee, markup_key, partner_after
from governance.pii.placeholders import PlaceholderBook
from governance.pii.recognizers import NOT_A_FIRST_NAME
from governance.pii.records import place_field_spans

# spaCy refuses texts over 1,000,000 characters; chunks also bound memory on huge documents.
CHUNK_CHARS = 100_000
# Consecutive chunks overlap by this much, and each keeps only the detections that start in its own half of
# each overlap: a value cut by one chunk's edge is seen whole by its neighbour, even in text with no space
# to cut at (a card number in a 200,000-character run of digits and letters).
CHUNK_OVERLAP = 2_000

# Detections that stand on a checksum, a strict format or their own label win over a must-keep span.
# Phone numbers are not among them: a run of digits that a must-keep pattern calls an amount, a date or a
# docket number is that, not a phone.
STRONG = {
    *"EMAIL_ADDRESS US_SSN CREDIT_CARD DATE_OF_BIRTH IBAN_CODE STREET_ADDRESS IP_ADDRESS SWIFT_CODE".split(),
    *"HEALTH_PLAN_ID MEDICAL_RECORD_NUMBER NPI ABA_ROUTING_NUMBER DRIVER_LICENSE US_BANK_NUMBER".split(),
}
# Name parts that are never propagated on their own.
NOT_A_NAME = {
    *"mr mrs ms miss dr prof esq jr sr ii iii the and of for judge justice hon".split(),
    *"january february march april may june july august september october november december".split(),
    *"jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday".split(),
    *"saturday sunday patient client plaintiff defendant witness counsel court".split(),
    # A form's own words: a "Name" found inside a label is never looked for across the document.
    *"name names surname admin".split(),
}
# A capital after a lower-case word: a proper noun is possible, so NER is needed. Text without one (tables,
# lower-case logs, numbers) holds no name spaCy could find, and regex recognizers cover the rest.
# Within one line: tried from every line start, a run of blank lines would be rescanned from each of them.
_MID_SENTENCE_CAPITAL = re.compile(r"[a-z0-9,;:)]\s+[A-Z]|^[^\w\n]*[A-Z][a-z]+\s+[A-Z]", re.MULTILINE)


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


def _chunks(text: str, size: int = CHUNK_CHARS, overlap: int = CHUNK_OVERLAP) -> list[tuple[int, str]]:
    return list(iter_chunks(text, size, overlap))


def iter_chunks(
    text: str, size: int = CHUNK_CHARS, overlap: int = CHUNK_OVERLAP
) -> Iterator[tuple[int, str]]:
    """Windows of at most `size` characters, each starting `overlap` characters before the previous one
    ends. A window ends on a paragraph (else line, else space) boundary where there is one, so that NER sees
    whole sentences; where there is none it ends anywhere, and the overlap keeps values whole."""
    if not 0 <= overlap < size // 2:
        raise ValueError(f"chunk overlap {overlap} must be under half the chunk size {size}")
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
        if end >= len(text):
            break
        start = end - overlap


def owned(offset: int, chunk: str, text_length: int, overlap: int = CHUNK_OVERLAP) -> tuple[int, int]:
    """The part of the text a chunk answers for: up to the middle of each overlap with a neighbour."""
    start = offset + overlap // 2 if offset > 0 else 0
    end = offset + len(chunk) - overlap // 2 if offset + len(chunk) < text_length else text_length
    return start, end


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


@lru_cache(maxsize=4096)
def _name_parts(value: str) -> tuple[str, ...]:
    # Remembered: every later occurrence of a name asks again for the parts of the same full name.
    parts = re.findall(r"[^\W\d_][\w'-]+", value)
    return tuple(
        p
        for p in (re.sub(r"'s$", "", p) for p in parts)
        if len(p) >= 3 and p.lower() not in NOT_A_NAME and not markup_key(p)
    )


@lru_cache(maxsize=4096)
def _lower_name_parts(value: str) -> frozenset[str]:
    return frozenset(p.lower() for p in _name_parts(value))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """spaCy sometimes takes the trailing newline or a possessive into a name."""
    value = text[start:end]
    stripped = value.strip()
    start += len(value) - len(value.lstrip())
    end = start + len(stripped)
    if text[start:end].endswith("'s"):
        end -= 2
    return start, end


_NAME_BEFORE = re.compile(rf"(?<![\w.'-])({NAME_TOKEN}) $")
_LEADING_WORD = re.compile(r"([^\W\d_]+)\.?[ \t]+(?=\S)")
_NAME_AFTER = re.compile(rf"^ ({NAME_TOKEN})(?![\w'-])")
# An initial before a name found without it: the "A." of "A. Verlinden" (not the "S." of "U.S.").
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[^\W\d_a-z]\.[ ]$")


def _could_be_name(word: str) -> bool:
    return word.lower() not in NOT_A_NAME and word.lower() not in NOT_A_FIRST_NAME and not markup_key(word)


def widen_address_block(text: str, d: Detection, keep: list[tuple[int, int]]) -> Detection:
    """A street address takes the lines and parts of its address block around it (see address_blocks), but
    never a must-keep value beside it ("(US0378331005)" after an address)."""
    if d.entity_type != "STREET_ADDRESS":
        return d
    start, end = widen_address(text, d.start, d.end)
    if (start, end) == (d.start, d.end) or overlaps(keep, start, end) and not overlaps(keep, d.start, d.end):
        return d
    return Detection(d.entity_type, start, end, d.score)


def widen_name(text: str, d: Detection) -> Detection:
    """A PERSON found as "Rutherford" in "Beatriz Rutherford" takes the capitalised word beside it.

    A surname found again by propagation ("Young" of "Oluwaseun Young") takes a given name before it
    ("Teodor Young") as a different person with a placeholder of its own."""
    if d.entity_type != "PERSON":
        return d
    start, end = d.start, d.end
    # spaCy takes a role noun or title into the name now and then ("Claimant Jack Mbeki"): it stays as text.
    while (lead := _LEADING_WORD.match(text, start, end)) and lead.group(1).lower() in NOT_A_FIRST_NAME:
        start = lead.end()
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if d.canonical is not None:
        word = before.group(1) if before else ""
        own = _lower_name_parts(d.canonical)
        if before and is_given_name(word) and word.lower() not in own and " " not in text[start:end]:
            return Detection("PERSON", before.start(1), end, d.score, None)
        if text[start : start + 1].isupper() and (
            initial := _INITIAL_BEFORE.search(text, max(0, start - 4), start)
        ):
            # "C. YELLOW HAWK" after "Chaska Yellow Hawk": the initial of a given name, perhaps another's.
            return Detection("PERSON", initial.start(), end, d.score, None)
        return d
    if before and _could_be_name(before.group(1)) and text[start : start + 1].isupper():
        start = before.start(1)
    elif text[start : start + 1].isupper() and (
        initial := _INITIAL_BEFORE.search(text, max(0, start - 4), start)
    ):
        start = initial.start()
    after = _NAME_AFTER.search(text[end : end + 30])
    if after and _could_be_name(after.group(1)) and " " not in text[d.start : d.end]:
        end = end + after.end(1)
    return Detection(d.entity_type, start, end, d.score, d.canonical)


def _spans(found: list[Detection]) -> Iterator[tuple[int, int]]:
    return ((d.start, d.end) for d in found)


def _occurrences(text: str, value: str) -> Iterator[int]:
    """Start offsets of `value` standing alone (not inside a longer word or number)."""
    at = text.find(value)
    while at != -1:
        end = at + len(value)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield at
        at = text.find(value, at + 1)


def propagate(text: str, found: list[Detection], keep: list[tuple[int, int]]) -> list[Detection]:
    """Every other occurrence of a detected value in the document, as a detection of the same type.

    Words are looked up in a dict rather than matched by a regex built from the names: compiling a
    pattern per document cost more than the search itself."""
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
        for m in _WORD.finditer(text):
            # "Delgado-Ruiz" as a whole, else its parts: "Stone" in "Stone-Whitfield" or "Stone's".
            pieces = [(m.start(), m.group())] if m.group().lower() in names else _pieces(m)
            for start, word in pieces:
                end = start + len(word)
                if word[0].isupper() and word.lower() in names and not overlaps(keep, start, end):
                    extra.append(Detection("PERSON", start, end, 0.55, names[word.lower()]))
    for value, entity_type in exact.items():
        extra += [Detection(entity_type, at, at + len(value), 0.55) for at in _occurrences(text, value)]
    return extra


# A word of letters, with apostrophes or hyphens inside ("O'Brien", "Hyun-woo"); not inside an e-mail address.
_WORD = re.compile(r"(?<![\w@.])[^\W\d_]+(?:['-][^\W\d_]+)*(?![\w])")
_PIECE = re.compile(r"[^\W\d_]+")


def _pieces(m: re.Match) -> list[tuple[int, str]]:
    return (
        [(m.start() + p.start(), p.group()) for p in _PIECE.finditer(m.group())] if len(m.group()) > 2 else []
    )


def _merge(cluster: list[Detection]) -> Detection:
    """Mutually overlapping detections become one, over their union, typed by the longest of them.

    Picking one and dropping the rest would let the dropped one's other characters through: spaCy calling
    the city of an address a PERSON must not leave the street number and name behind.
    """
    main = min(cluster, key=lambda d: (-(d.end - d.start), -d.score, d.start))
    start, end = min(d.start for d in cluster), max(d.end for d in cluster)
    canonical = main.canonical if (start, end) == (main.start, main.end) else None
    return Detection(main.entity_type, start, end, max(d.score for d in cluster), canonical)


def resolve(found: list[Detection]) -> list[Detection]:
    """Non-overlapping detections in reading order; each cluster of overlapping ones is merged into one.
    Linear in the number of detections."""
    out: list[Detection] = []
    cluster: list[Detection] = []
    reach = -1
    for d in sorted(found, key=lambda d: (d.start, d.end)):
        if cluster and d.start >= reach:
            out.append(_merge(cluster))
            cluster = []
        cluster.append(d)
        reach = max(reach, d.end)
    if cluster:
        out.append(_merge(cluster))
    return out


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
        self._pool = None
        self._analyzer(domain)  # fail early on an unknown domain or a missing spaCy model

    def _analyzer(self, domain: str | None):
        return analyzer(self.params.spacy_model, domain, self._entities)

    def _pair(self, item: Item) -> tuple[str, str | None]:
        return item if isinstance(item, tuple) else (item, self.domain)

    def find(self, text: str, domain: str | None = None) -> list[Detection]:
        return next(self.find_many([(text, domain or self.domain)]))

    def find_many(self, items: Iterable[Item]) -> Iterator[list[Detection]]:
        """Detections of each text, in order. With `n_process` > 1, batches of texts go to worker processes
        that each run the whole analysis (spaCy, presidio's recognizers, Charter's rules) and send back only
        the detections: shipping spaCy's annotated documents back to one process cost more than the NER
        itself, and left the recognizers on one core."""
        if self.params.n_process == 1:
            yield from self._find_here(items)
            return
        pool = self._worker_pool()
        pairs = (self._pair(item) for item in items)
        while window := _take_window(pairs, self.params.n_process, self.params.batch_size):
            for found in pool.map(_find_in_worker, window):
                yield from found

    def _worker_pool(self):
        if self._pool is None:
            # Forked workers inherit the loaded spaCy model and analyzers, warmed here once (name tables,
            # spaCy's first call), so no worker pays a start-up cost of its own.
            next(self._find_here([("Warm-up for Rose Price of Boise.", self.domain)]))
            context = multiprocessing.get_context("fork")
            self._pool = context.Pool(self.params.n_process, _start_worker, (self.params, self.domain))
            weakref.finalize(self, self._pool.terminate)
        return self._pool

    def _find_here(self, items: Iterable[Item]) -> Iterator[list[Detection]]:
        """spaCy runs over all chunks of all texts as one stream, which is where the time goes; presidio's
        recognizers then run on its annotations."""
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
            texts=chunk_stream(), language="en", batch_size=self.params.batch_size, n_process=1
        )
        found: list[Detection] = []
        for _, artifacts in annotated:
            text, domain, offset, chunk, last = pending.popleft()
            own_start, own_end = owned(offset, chunk, len(text))
            for r in self._analyzer(domain).analyze(
                text=chunk,
                nlp_artifacts=artifacts,
                language="en",
                entities=list(self._entities),
                score_threshold=self.params.score_threshold,
            ):
                start, end = _trim(chunk, r.start, r.end)
                if start < end and own_start <= start + offset < own_end:
                    found.append(Detection(r.entity_type, start + offset, end + offset, r.score))
            if last:
                yield self._finish(text, domain, found)
                found = []

    @staticmethod
    def _emit(pending, text, domain, piece, last) -> Iterator[str]:
        offset, chunk = piece
        pending.append((text, domain, offset, chunk, last))
        # spaCy sees an empty string when no name can be in the chunk: the cheapest NER is none.
        yield chunk if needs_ner(chunk) else ""

    def _finish(self, text: str, domain: str | None, found: list[Detection]) -> list[Detection]:
        keep = protected_spans(text, domain)
        found = [widen_address_block(text, widen_name(text, d), keep) for d in found]
        found = [d for d in found if d.entity_type in STRONG or not overlaps(keep, d.start, d.end)]
        if places := place_field_spans(text):  # a record's "city" or "state" names a place, never a person
            found = [
                d
                for d in found
                if d.entity_type != "PERSON" or not any(s <= d.start and d.end <= e for s, e in places)
            ]
        found += self._addressees(text, found, keep)
        again = [widen_name(text, d) for d in propagate(text, found, keep)]
        return merge_adjacent_names(text, link_surnames(text, resolve(found + again)))

    @staticmethod
    def _addressees(text: str, found: list[Detection], keep: list[tuple[int, int]]) -> list[Detection]:
        """The name alone on the line above a street address (the addressee of an address block), and the
        name joined to a person's by "&" or "and"."""
        out = []
        for d in found:
            if d.entity_type == "PERSON":
                span = partner_after(text, d.end)  # "Célia Klein & Rosebel de Airoso"
            elif d.entity_type == "STREET_ADDRESS":
                span = addressee(text, d.start)
            else:
                span = None
            if (
                span
                and not overlaps(keep, *span)
                and not any(s < span[1] and span[0] < e for s, e in _spans(found))
            ):
                out.append(Detection("PERSON", span[0], span[1], 0.6))
        return out

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


# The scrubber of a worker process (set once by the pool's initializer; worker processes only).
_worker: Scrubber | None = None

# A window of work handed to the workers at once: bounded by texts and by characters, so a stream of
# ten-megabyte documents is never held whole (the text that crosses the bound closes the window).
WINDOW_CHARS = 20 * CHUNK_CHARS


def _start_worker(params: ScrubParams, domain: str | None) -> None:
    global _worker
    _worker = Scrubber(params.model_copy(update={"n_process": 1}), domain)


def _find_in_worker(batch: list[tuple[str, str | None]]) -> list[list[Detection]]:
    assert _worker is not None, "worker started without its scrubber"
    return list(_worker._find_here(batch))


def _take_window(
    pairs: Iterator[tuple[str, str | None]], workers: int, batch_size: int
) -> list[list[tuple[str, str | None]]]:
    """The next texts, in order, cut into batches of about `batch_size` and at least one per worker."""
    taken: list[tuple[str, str | None]] = []
    size = 0
    for pair in pairs:
        taken.append(pair)
        size += len(pair[0])
        if len(taken) == workers * 4 * batch_size or size >= WINDOW_CHARS:
            break
    if not taken:
        return []
    n = min(len(taken), max(workers, -(-len(taken) // batch_size)))
    bounds = [len(taken) * i // n for i in range(n + 1)]
    return [taken[bounds[i] : bounds[i + 1]] for i in range(n)]
