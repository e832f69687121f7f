"""The scrub stage, and `charter scrub IN.jsonl OUT.jsonl` for one file.

Only counts by entity type leave this stage: the ledger and stats never carry a detected value.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict, deque
from collections.abc import Iterator
from pathlib import Path

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from tqdm import tqdm

from core import store
from core.config import ScrubParams, load_params, section_hash
from core.errors import ConfigError
from core.files import atomic_write, same_file
from core.ledger import KEPT, MODIFIED, LedgerWriter
from core.stage import DOCS, RECORD_FIELDS, record_outputs, row_for, run_pipeline, write_json
from governance.pii.scrubber import Scrubber

PII_COUNTS = "pii_counts"


def carried_values(doc: Document) -> list[tuple[str, str]]:
    """The record fields a document carries (metadata["fields"], from the source's keep_fields), as the
    strings the scrubber reads: numbers by their digits, since an identifier can be stored as a number."""
    fields = doc.metadata.get(RECORD_FIELDS) or {}
    return [
        (key, str(value))
        for key, value in sorted(fields.items())
        if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip()
    ]


class ScrubPII(PipelineStep):
    """Scrubs each eligible document's text and every record field it carries, with its domain's
    recognizers; a field's placeholders are numbered within that field."""

    name = "🕵️ PII scrub"
    type = "✂️ - FORMAT"

    def __init__(self, params: ScrubParams):
        super().__init__()
        self.params = params

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        scrubber = Scrubber(self.params)
        waiting: deque[Document] = deque()

        def eligible(doc: Document) -> bool:
            return doc.metadata.get("sensitivity", "public") in self.params.sensitivities

        def texts() -> Iterator[tuple[str, str | None]]:
            # One stream for the whole task so spaCy's worker processes start once; each document is
            # scrubbed with its own domain pack's recognizers. A document's carried fields follow its text.
            for doc in data:
                waiting.append(doc)
                if eligible(doc):
                    yield doc.text, doc.metadata.get("domain")
                    for _, value in carried_values(doc):
                        yield value, doc.metadata.get("domain")

        def passed_through() -> Iterator[Document]:
            while waiting and not eligible(waiting[0]):
                doc = waiting.popleft()
                doc.metadata[PII_COUNTS] = {}
                yield doc

        results = scrubber.scrub_many(texts())
        for result in results:
            yield from passed_through()
            doc = waiting.popleft()
            doc.text = result.text
            counts = Counter(result.counts)
            for key, value in carried_values(doc):
                field = next(results)
                if field.text != value:
                    doc.metadata[RECORD_FIELDS][key] = field.text
                counts.update(field.counts)
            doc.metadata[PII_COUNTS] = dict(sorted(counts.items()))
            for entity, n in counts.items():
                self.stat_update(f"pii_{entity}", value=n)
            yield doc
        yield from passed_through()


def scrubbed_row(doc):
    counts = doc.metadata.get(PII_COUNTS, {})
    if counts:
        return row_for(doc, MODIFIED, "pii replaced", counts=counts)
    return row_for(doc, KEPT)


def run_scrub(params: ScrubParams, inp: Path, out: Path, tasks: int = 1, workers: int = 1) -> dict:
    out, inp = Path(out), Path(inp)
    input_ids = store.read_ids(inp / DOCS)
    run_pipeline([store.reader(inp / DOCS), ScrubPII(params), store.writer(out / DOCS)], out, tasks, workers)
    ledger = LedgerWriter("scrub", section_hash(params))
    account = record_outputs(ledger, out, input_ids, kept_row=scrubbed_row)
    ledger.write(out)
    by_domain: dict[str, Counter[str]] = defaultdict(Counter)
    for row in ledger.rows:
        by_domain[row.domain].update(row.counts)
    stats = {
        "stage": "scrub",
        "account": account.as_dict(),
        "entities": params.entities,
        "pii_by_domain": {d: dict(sorted(c.items())) for d, c in sorted(by_domain.items())},
        "pii_total": dict(sorted(sum(by_domain.values(), Counter()).items())),
    }
    write_json(out / "stats.json", stats)
    return stats


def _records(inp: Path, quarantine: list[dict]) -> Iterator[tuple[int, dict]]:
    """Lines of a JSONL file, read one at a time (a 10 MB line is fine; the file is never held whole).
    A line that is not UTF-8 or not a JSON object with 'text' goes to the quarantine with its reason."""
    with inp.open("rb") as f:
        for line_no, raw in enumerate(f, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    raise TypeError("expected a JSON object with a string 'text'")
            except UnicodeDecodeError as e:
                quarantine.append({"line": line_no, "reason": f"invalid UTF-8 at byte {e.start}"})
                continue
            except (json.JSONDecodeError, TypeError) as e:
                quarantine.append({"line": line_no, "reason": f"malformed record: {e}"})
                continue
            yield line_no, record


def scrub_jsonl(params: ScrubParams, inp: Path, out: Path, domain: str | None = None) -> dict:
    """Scrub a file of `{"id", "text", ...}` lines; other fields pass through untouched.

    With `domain`, that pack's recognizers run on every line, exactly as the stage runs them on the
    domain's documents. Bad lines are written to `OUT.quarantine.jsonl` with line number and reason.
    Both files are written atomically: a run that fails or is killed leaves no OUT that looks complete.
    """
    if not inp.exists():
        raise ConfigError(f"{inp}: no such file")
    quarantined = out.with_name(out.name.removesuffix(".jsonl") + ".quarantine.jsonl")
    for target in (out, quarantined):
        if same_file(inp, target):
            raise ConfigError(
                f"{target} is the input {inp}: scrubbing a file into itself would destroy it; "
                "write to another file"
            )
    scrubber = Scrubber(params, domain)
    totals: Counter[str] = Counter()
    quarantine: list[dict] = []
    records: deque[dict] = deque()
    n = 0

    def texts() -> Iterator[str]:
        for _, record in _records(inp, quarantine):
            records.append(record)
            yield record["text"]

    with atomic_write(out) as f:
        for result in tqdm(scrubber.scrub_many(texts()), desc="scrub", unit="doc"):
            record = records.popleft()
            record["text"] = result.text
            totals.update(result.counts)
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    if quarantine:
        with atomic_write(quarantined) as f:
            for row in quarantine:
                f.write(json.dumps({"file": str(inp), **row}) + "\n")
    else:
        quarantined.unlink(missing_ok=True)  # an earlier run's, which would now be wrong
    summary: dict = {"documents": n, "replaced": dict(sorted(totals.items())), "quarantined": len(quarantine)}
    if quarantine:
        summary["quarantine_file"] = str(quarantined)
    return summary


def scrub_command(
    *,
    params: Path,
    jsonl_in: Path | None,
    jsonl_out: Path | None,
    domain: str | None,
    inp: Path,
    out: Path,
) -> dict:
    """`charter scrub`: the stage, or with IN.jsonl OUT.jsonl one file of {id, text} lines standalone."""
    p = load_params(params).scrub
    if jsonl_in is not None and jsonl_out is not None:
        return scrub_jsonl(p, jsonl_in, jsonl_out, domain=domain)
    return run_scrub(p, inp, out)["account"]
