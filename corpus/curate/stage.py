"""The curate stage: filters, then exact dedup over what the filters kept."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters import C4QualityFilter, GopherQualityFilter, GopherRepetitionFilter

from charter.config import CurateParams, section_hash
from charter.stage import DOCS, DROPPED_DIR, record_outputs, row_for, run_pipeline, write_json
from corpus import store
from corpus.curate.dedup import ExactDedupFilter, choose_survivors
from corpus.curate.language import offline_language_filter
from governance.ledger import KEPT, MODIFIED, LedgerWriter
from governance.registry import Registry

FILTERED = "filtered"
CHARS_IN = "chars_before_curate"


class RememberLength(PipelineStep):
    """Notes each document's length so that text removed by C4's line filters is counted in the ledger."""

    name = "📏 Remember length"
    type = "✂️ - FORMAT"

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            doc.metadata[CHARS_IN] = len(doc.text)
            yield doc


def quality_filters(p: CurateParams, dropped: Path) -> list[PipelineStep]:
    def excluded(name: str):
        return store.writer(dropped / name)

    return [
        offline_language_filter(p.languages, p.language_threshold, exclusion_writer=excluded("language")),
        GopherRepetitionFilter(exclusion_writer=excluded("gopher_repetition")),
        GopherQualityFilter(
            min_doc_words=p.gopher_min_doc_words,
            max_doc_words=p.gopher_max_doc_words,
            min_avg_word_length=p.gopher_min_avg_word_length,
            max_avg_word_length=p.gopher_max_avg_word_length,
            max_symbol_word_ratio=p.gopher_max_symbol_word_ratio,
            max_bullet_lines_ratio=p.gopher_max_bullet_lines_ratio,
            max_ellipsis_lines_ratio=p.gopher_max_ellipsis_lines_ratio,
            max_non_alpha_words_ratio=p.gopher_max_non_alpha_words_ratio,
            min_stop_words=p.gopher_min_stop_words,
            exclusion_writer=excluded("gopher_quality"),
        ),
        C4QualityFilter(
            filter_no_terminal_punct=p.c4_filter_no_terminal_punct,
            min_num_sentences=p.c4_min_num_sentences,
            min_words_per_line=p.c4_min_words_per_line,
            exclusion_writer=excluded("c4_quality"),
        ),
    ]


def curated_row(doc: Document):
    before = doc.metadata.pop(CHARS_IN, len(doc.text))
    removed = before - len(doc.text)
    if removed > 0:
        return row_for(doc, MODIFIED, "c4_quality: lines removed", counts={"chars_removed": removed})
    return row_for(doc, KEPT)


def run_curate(registry: Registry, params: CurateParams, inp: Path, out: Path) -> dict:
    out, inp = Path(out), Path(inp)
    input_ids = store.read_ids(inp / DOCS)
    dropped = out / DROPPED_DIR
    run_pipeline(
        [
            store.reader(inp / DOCS),
            RememberLength(),
            *quality_filters(params, dropped),
            store.writer(out / FILTERED),
        ],
        out,
        params.tasks,
        params.workers,
    )
    priority = {s.id: s.priority for s in registry.sources}
    survivor_of = choose_survivors(store.read_documents(out / FILTERED), priority)
    run_pipeline(
        [
            store.reader(out / FILTERED),
            ExactDedupFilter(survivor_of, exclusion_writer=store.writer(dropped / "exact_dedup")),
            store.writer(out / DOCS),
        ],
        out / "dedup",
        params.tasks,
        params.workers,
    )
    shutil.rmtree(out / FILTERED)

    ledger = LedgerWriter("curate", section_hash(params))
    account = record_outputs(ledger, out, input_ids, kept_row=curated_row)
    for row in ledger.rows:
        if row.doc_id in survivor_of and survivor_of[row.doc_id] != row.doc_id:
            row.detail["duplicate_of"] = survivor_of[row.doc_id]
    ledger.write(out)
    reasons = Counter(r.reason.split(":")[0] for r in ledger.rows if r.decision == "dropped")
    stats = {
        "stage": "curate",
        "account": account.as_dict(),
        "dropped_by_step": dict(sorted(reasons.items())),
    }
    write_json(out / "stats.json", stats)
    return stats
