"""The curate stage: quality filters and decontamination, then exact + MinHash dedup over what they kept.

Five datatrove pipelines, each resumable task by task (see `core.stage.StageRun`):
  filter     reader -> language id -> Gopher repetition -> Gopher quality -> C4 -> FineWeb -> decontaminate
  signature  reader over the filtered documents -> dedup keys + MinHash signatures   (curate.tasks tasks)
  buckets    LSH bands -> candidate pairs                                             (one task per band)
  clusters   exact + near clusters over document ids -> survivor file                 (one task)
  dedup      reader -> drop exact, then near duplicates naming their survivor -> docs (curate.tasks tasks)
Dedup runs last so that a survivor is never a document a later filter removes.
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters import (
    C4QualityFilter,
    FineWebQualityFilter,
    GopherQualityFilter,
    GopherRepetitionFilter,
)

from core import store
from core.config import CurateParams, ExecutorParams, load_params, section_hash
from core.ledger import KEPT, MODIFIED, LedgerWriter
from core.registry import Registry, load_registry
from core.stage import (
    DOCS,
    DROPPED_DIR,
    StageRun,
    files_fingerprint,
    record_outputs,
    row_for,
    write_json,
)
from corpus.curate.decontaminate import DecontaminationFilter
from corpus.curate.dedup import deduplicate, minhash_config
from corpus.curate.language import offline_language_filter
from corpus.evalindex import item_files, resolve_eval_dir

FILTERED = "filtered"
log = logging.getLogger(__name__)
CHARS_IN = "chars_before_curate"


class RememberLength(PipelineStep):
    """Notes each document's length so that text removed by C4's line filters is counted in the ledger."""

    name = "📏 Remember length"
    type = "✂️ - FORMAT"

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            doc.metadata[CHARS_IN] = len(doc.text)
            yield doc


def eval_suites_dir(p: CurateParams) -> Path:
    return resolve_eval_dir(p.eval_suites_dir)


def quality_filters(p: CurateParams, dropped: Path) -> list[PipelineStep]:
    """The filters in order; each writes what it drops, with the reason, to `dropped/<name>`."""

    def excluded(name: str):
        return store.dropped_writer(dropped / name, public_text=True)

    steps: list[PipelineStep] = [
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
        FineWebQualityFilter(
            line_punct_thr=p.fineweb_line_punct_thr,
            short_line_thr=p.fineweb_short_line_thr,
            short_line_length=p.fineweb_short_line_length,
            char_duplicates_ratio=p.fineweb_char_duplicates_ratio,
            new_line_ratio=p.fineweb_new_line_ratio,
            exclusion_writer=excluded("fineweb_quality"),
        ),
    ]
    if p.decontaminate:
        steps.append(
            DecontaminationFilter(
                eval_suites_dir(p), p.decontamination_ngram, exclusion_writer=excluded("decontaminate")
            )
        )
    return steps


def curated_row(doc: Document):
    before = doc.metadata.pop(CHARS_IN, len(doc.text))
    removed = before - len(doc.text)
    if removed > 0:
        return row_for(doc, MODIFIED, "c4_quality: lines removed", counts={"chars_removed": removed})
    return row_for(doc, KEPT)


def run_curate(
    registry: Registry,
    params: CurateParams,
    inp: Path,
    out: Path,
    executor: ExecutorParams | None = None,
    seed: int = 1234,
) -> dict:
    out, inp = Path(out), Path(inp)
    input_files = sorted((inp / DOCS).glob("*.jsonl"))
    input_ids = store.read_ids(inp / DOCS)
    priority = {s.id: s.priority for s in registry.sources}
    eval_items = item_files(eval_suites_dir(params)) if params.decontaminate else None
    if eval_items is not None:
        eval_items.warn_unchecked()
    eval_files = eval_items.read_paths if eval_items is not None else []
    run = StageRun(
        out,
        executor or ExecutorParams(),
        "curate",
        params.model_dump(mode="json"),
        priority,
        seed,
        files_fingerprint(input_files + eval_files),
    )
    config = minhash_config(
        params.minhash_n_grams, params.minhash_buckets, params.minhash_hashes_per_bucket, seed
    )
    dropped, filtered = run.path(DROPPED_DIR), run.path(FILTERED)
    run.run(
        "filter",
        [
            store.reader(inp / DOCS),
            RememberLength(),
            *quality_filters(params, dropped),
            store.writer(filtered),
        ],
        params.tasks,
        params.workers,
    )
    deduplicate(run, filtered, config, priority, params.tasks, params.workers, params.minhash_min_similarity)
    run.publish(DOCS)
    run.publish(DROPPED_DIR)
    run.finish()

    ledger = LedgerWriter("curate", section_hash(params))
    account = record_outputs(ledger, out, input_ids, kept_row=curated_row)
    ledger.write(out)
    reasons = Counter(r.reason.split(":")[0] for r in ledger.rows if r.decision == "dropped")
    stats = {
        "stage": "curate",
        "account": account.as_dict(),
        "dropped_by_step": dict(sorted(reasons.items())),
        "decontamination": {
            "ngram": params.decontamination_ngram,
            "tasks_checked": sorted(eval_items.present) if eval_items else [],
            "tasks_without_data": sorted(eval_items.missing) if eval_items else [],
        },
    }
    write_json(out / "stats.json", stats)
    return stats


def curate_command(*, params: Path, sources: Path, inp: Path, out: Path) -> dict:
    """`charter curate`: the stage."""
    p = load_params(params)
    return run_curate(load_registry(sources), p.curate, inp, out, p.executor, p.seed)["account"]
