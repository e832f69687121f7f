"""Scrubs one text: presidio finds the entities, the anonymizer replaces them with typed placeholders."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from charter.config import ScrubParams
from governance.pii.engine import analyzer
from governance.pii.placeholders import PlaceholderBook, renumber_by_appearance

# spaCy refuses texts over 1,000,000 characters; chunks also bound memory on huge documents.
CHUNK_CHARS = 100_000


@dataclass(frozen=True)
class ScrubResult:
    text: str
    counts: dict[str, int]


def _chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split on paragraph boundaries where possible so that an entity is not cut in two."""
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n\n", start + size // 2, end)
            end = cut if cut != -1 else end
        out.append((start, text[start:end]))
        start = end
    return out


class Scrubber:
    def __init__(self, params: ScrubParams):
        from presidio_anonymizer import AnonymizerEngine

        self.params = params
        self.analyzer = analyzer(params.spacy_model)
        self.anonymizer = AnonymizerEngine()

    def find(self, text: str):
        return next(self.find_many([text]))

    def find_many(self, texts: Iterable[str]) -> Iterator[list]:
        """Entities of each text, in order. spaCy runs over all chunks as one stream (in `n_process`
        processes), which is where the time goes; presidio's recognizers then run on its annotations."""
        from presidio_analyzer import RecognizerResult

        pending: deque[tuple[int, int, bool]] = deque()  # (text index, chunk offset, last chunk of text)

        def chunk_stream() -> Iterator[str]:
            for i, text in enumerate(texts):
                chunks = _chunks(text) or [(0, "")]
                for j, (offset, chunk) in enumerate(chunks):
                    pending.append((i, offset, j == len(chunks) - 1))
                    yield chunk

        engine = self.analyzer
        annotated = engine.nlp_engine.process_batch(
            texts=chunk_stream(),
            language="en",
            batch_size=self.params.batch_size,
            n_process=self.params.n_process,
        )
        found: list = []
        for chunk, artifacts in annotated:
            _, offset, last = pending.popleft()
            for r in engine.analyze(
                text=chunk,
                nlp_artifacts=artifacts,
                language="en",
                entities=self.params.entities,
                score_threshold=self.params.score_threshold,
            ):
                found.append(RecognizerResult(r.entity_type, r.start + offset, r.end + offset, r.score))
            if last:
                yield found
                found = []

    def scrub(self, text: str) -> ScrubResult:
        return self.replace(text, self.find(text))

    def scrub_many(self, texts: Iterable[str]) -> Iterator[ScrubResult]:
        buffered: deque[str] = deque()

        def remember(stream: Iterable[str]) -> Iterator[str]:
            for t in stream:
                buffered.append(t)
                yield t

        for results in self.find_many(remember(texts)):
            yield self.replace(buffered.popleft(), results)

    def replace(self, text: str, results: list) -> ScrubResult:
        from presidio_anonymizer.entities import OperatorConfig

        if not results:
            return ScrubResult(text, {})
        book = PlaceholderBook()
        operators = {
            entity: OperatorConfig("custom", {"lambda": (lambda value, e=entity: book.placeholder(e, value))})
            for entity in {r.entity_type for r in results}
        }
        anonymized = self.anonymizer.anonymize(text=text, analyzer_results=results, operators=operators)
        return ScrubResult(
            renumber_by_appearance(anonymized.text), dict(sorted(Counter(book.replaced).items()))
        )
