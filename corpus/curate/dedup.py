"""Exact deduplication whose survivor does not depend on run order or task count.

Pass one reads every candidate's content hash; the survivor of each cluster is chosen by a documented rule
(highest source priority, then the smallest document id); pass two drops everything else.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter

_SPACE = re.compile(r"\s+")


def content_key(text: str) -> str:
    """Case and whitespace do not make a document new."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().lower().encode("utf-8")).hexdigest()


def choose_survivors(docs: Iterable[Document], priority: Mapping[str, int]) -> dict[str, str]:
    """Map each document id to the id of its cluster's survivor (itself when it survives)."""
    clusters: dict[str, list[tuple[int, str]]] = {}
    for doc in docs:
        clusters.setdefault(content_key(doc.text), []).append(
            (-priority.get(doc.metadata["source"], 0), doc.id)
        )
    survivor_of = {}
    for members in clusters.values():
        survivor = min(members)[1]
        for _, doc_id in members:
            survivor_of[doc_id] = survivor
    return survivor_of


class ExactDedupFilter(BaseFilter):
    name = "🫂 Exact dedup"

    def __init__(self, survivor_of: Mapping[str, str], exclusion_writer=None):
        super().__init__(exclusion_writer)
        self.survivor_of = survivor_of

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        survivor = self.survivor_of[doc.id]
        if survivor == doc.id:
            return True
        doc.metadata["duplicate_of"] = survivor
        return False, f"exact duplicate of {survivor}"
