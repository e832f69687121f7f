"""PDF reader: reading order kept, ruled tables as markdown, running headers and footers removed.

Text is taken block by block in content order (`get_text("text", sort=True)` interleaves the lines of two
columns; blocks stay whole). A ruled table found by pymupdf's line-based `find_tables` replaces the text
blocks it covers with its `to_markdown()` (which keeps decimals that `extract()` garbles), at the place of
its first block. A block in the top or bottom margin whose text, digits aside, recurs on enough pages is a
running header or footer and is dropped, as is a bare page number there. Filled form fields are appended.

A PDF that needs a password, has no page, or has no text layer (a scan) is quarantined with that reason.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from corpus.listing import SUFFIXES
from corpus.readers.base import Quarantine, Reader, Record, read_bounded, sha256_of

TEXT_BLOCK = 0
MARGIN = 0.1  # share of the page height at the top and at the bottom where running heads live
RUNNING_SHARE = 0.3  # a margin text on at least this share of the pages (and on two) is a running head
# Line-based table finding needs crossing rules; a page without them is not searched, which saves most of
# find_tables' cost on prose.
MIN_RULES = 2
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
_PAGE_NUMBER = re.compile(r"^(page\s*)?(#|[ivxlc]+)(\s*(of|/)\s*#)?$")


@dataclass
class Block:
    text: str
    margin: bool  # in the top or bottom margin: may be a running header or footer
    table: bool = False


@dataclass
class PageText:
    blocks: list[Block] = field(default_factory=list)
    tables: int = 0


def margin_key(text: str) -> str:
    """Running heads differ only in their numbers (page, date stamp): compare without them."""
    return _SPACE.sub(" ", _DIGITS.sub("#", text.lower())).strip()


def _may_hold_ruled_table(page: pymupdf.Page) -> bool:
    """A ruled table needs crossing rules: at least two vertical and two horizontal edges."""
    horizontal = vertical = 0
    for drawing in page.get_drawings():
        for item in drawing["items"]:
            if item[0] in ("re", "qu"):
                horizontal, vertical = horizontal + 2, vertical + 2
            elif item[0] == "l":
                (x0, y0), (x1, y1) = item[1], item[2]
                horizontal += abs(y1 - y0) < 1
                vertical += abs(x1 - x0) < 1
    return horizontal >= MIN_RULES and vertical >= MIN_RULES


class _ParsedTextPage:
    """`Table.to_markdown` re-parses the whole page for every cell (seconds for a 400-cell table); the
    parse is the same each time, so it is done once."""

    def __init__(self, textpage: pymupdf.TextPage):
        self._rawdict = textpage.extractRAWDICT()

    def extractRAWDICT(self) -> dict:  # noqa: N802 (pymupdf's name)
        return self._rawdict


def _tables(page: pymupdf.Page) -> list[tuple[pymupdf.Rect, str]]:
    if not _may_hold_ruled_table(page):
        return []
    # use_layout=False: pymupdf's layout model costs ~2 s a page on a CPU; the line-based finder ~0.1 s.
    found = page.find_tables(use_layout=False)
    out = []
    for table in found.tables:
        table.textpage = _ParsedTextPage(table.textpage)
        # fill_empty=False: a spanning cell is written once, not copied into every column it covers.
        out.append((pymupdf.Rect(table.bbox), table.to_markdown(fill_empty=False).strip()))
    return out


def page_text(page: pymupdf.Page) -> PageText:
    height = page.rect.height
    top, bottom = page.rect.y0 + MARGIN * height, page.rect.y1 - MARGIN * height
    try:
        tables = _tables(page)
    except Exception:  # the table finder is heuristic; a page it cannot parse is still read as text
        tables = []
    placed = [False] * len(tables)
    out = PageText(tables=len(tables))
    for x0, y0, x1, y1, text, _, kind in page.get_text("blocks"):
        if kind != TEXT_BLOCK or not text.strip():
            continue
        rect = pymupdf.Rect(x0, y0, x1, y1)
        centre = pymupdf.Point((x0 + x1) / 2, (y0 + y1) / 2)
        inside = next((i for i, (bbox, _) in enumerate(tables) if centre in bbox), None)
        if inside is not None:
            if not placed[inside]:
                out.blocks.append(Block(tables[inside][1], margin=False, table=True))
                placed[inside] = True
            continue
        out.blocks.append(Block(text.strip(), margin=rect.y1 <= top or rect.y0 >= bottom))
    for i, (_, markdown) in enumerate(tables):
        if not placed[i]:
            out.blocks.append(Block(markdown, margin=False, table=True))
    return out


def running_keys(pages: list[PageText]) -> set[str]:
    """Margin texts that recur on enough pages to be running headers or footers."""
    on_pages = Counter(key for p in pages for key in {margin_key(b.text) for b in p.blocks if b.margin})
    need = max(2, RUNNING_SHARE * len(pages))
    return {key for key, n in on_pages.items() if n >= need}


def form_fields(doc: pymupdf.Document) -> list[str]:
    lines = []
    for page in doc.pages():
        for widget in page.widgets() or []:
            value = widget.field_value
            if isinstance(value, str) and value.strip() and value not in ("Off",):
                lines.append(f"{widget.field_label or widget.field_name}: {value.strip()}")
    return lines


class PdfReader(Reader):
    """One document per PDF."""

    suffixes = SUFFIXES["pdf"]

    def read(self, path: Path, relative: str) -> Iterator[Record | Quarantine]:
        # pymupdf holds the whole file and its object tree: a size check before opening bounds both.
        raw = read_bounded(path, relative, self.options.max_file_bytes, "PDF", "max_file_bytes")
        if isinstance(raw, Quarantine):
            yield raw
            return
        digest = sha256_of(raw)
        try:
            doc = pymupdf.open(stream=raw, filetype="pdf")
        except Exception as e:  # pymupdf raises FileDataError, RuntimeError, ValueError for damaged files
            yield Quarantine(relative, None, f"corrupt PDF: {e}", digest)
            return
        with doc:
            if doc.needs_pass:
                yield Quarantine(relative, None, "encrypted: PDF needs a password", digest)
                return
            if doc.page_count == 0:
                # pymupdf repairs what it can; a file with no recoverable page is damaged, not empty.
                yield Quarantine(relative, None, "corrupt PDF: no page could be recovered", digest)
                return
            pages: list[PageText] = []
            try:
                for page in doc.pages():
                    pages.append(page_text(page))
                fields = form_fields(doc)
            except Exception as e:
                yield Quarantine(relative, None, f"corrupt PDF: page {len(pages) + 1}: {e}", digest)
                return
        running = running_keys(pages)
        removed = 0
        texts = []
        for p in pages:
            kept = []
            for b in p.blocks:
                key = margin_key(b.text)
                if b.margin and (key in running or _PAGE_NUMBER.match(key)):
                    removed += 1
                    continue
                kept.append(b.text)
            if kept:
                texts.append("\n\n".join(kept))
        text = "\n\n".join(texts + (["\n".join(fields)] if fields else []))
        if not text.strip():
            yield Quarantine(
                relative,
                None,
                f"no text layer ({len(pages)} pages, image-only; OCR is not configured)",
                digest,
            )
            return
        info: dict[str, object] = {
            "pages": len(pages),
            "tables": sum(p.tables for p in pages),
            "running_heads_removed": removed,
        }
        yield Record(relative, None, text, digest, info=info)
