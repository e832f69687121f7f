"""General-domain samples: WikiText-2 articles and one Project Gutenberg book split into chapters."""

from __future__ import annotations

import re
from pathlib import Path

# WikiText-2 v1 is tokenized: numbers and hyphenated words are split with @-markers. Undo those only;
# the remaining tokenization (" , ", <unk>) is how the corpus is, and rewriting it would be guesswork.
WIKITEXT_JOINS = ((" @-@ ", "-"), (" @,@ ", ","), (" @.@ ", "."))
ARTICLE_HEADING = re.compile(r"^ = [^=].* = $")
SECTION_HEADING = re.compile(r"^ (?:= )+(.*?)(?: =)+ $")

GUTENBERG_START = re.compile(r"^\*\*\* ?START OF TH(?:E|IS) PROJECT GUTENBERG EBOOK")
GUTENBERG_END = re.compile(r"^\*\*\* ?END OF TH(?:E|IS) PROJECT GUTENBERG EBOOK")
CHAPTER_HEADING = re.compile(r"^CHAPTER [IVXLC]+\b")
# The transcriber marks footnotes as {1}; braces read as code to quality filters (C4 drops any "{").
FOOTNOTE_MARK = re.compile(r"\{(\d+)\}")


def detokenize_wikitext(line: str) -> str:
    for marker, joined in WIKITEXT_JOINS:
        line = line.replace(marker, joined)
    return line.strip()


def wikitext_articles(path: Path, max_bytes: int) -> list[dict[str, str]]:
    """One record per article, in file order, until `max_bytes` of text; the id is the heading's line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    starts = [i for i, line in enumerate(lines) if ARTICLE_HEADING.match(line)]
    articles = []
    for begin, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        title = detokenize_wikitext(lines[begin].strip(" ="))
        body = [detokenize_wikitext(plain_heading(line)) for line in lines[begin + 1 : end]]
        text = "\n\n".join([title, *(b for b in body if b)])
        articles.append({"id": f"valid.txt#L{begin + 1}", "title": title, "text": text})
    return take_until(articles, max_bytes)


def plain_heading(line: str) -> str:
    """' = = Description = = ' -> 'Description'; other lines unchanged."""
    section = SECTION_HEADING.match(line)
    return section.group(1) if section else line


def take_until(records: list[dict[str, str]], max_bytes: int) -> list[dict[str, str]]:
    """The leading records whose texts together stay within `max_bytes` (always at least one)."""
    kept: list[dict[str, str]] = []
    total = 0
    for record in records:
        total += len(record["text"].encode("utf-8"))
        if kept and total > max_bytes:
            break
        kept.append(record)
    return kept


def strip_gutenberg(text: str) -> list[str]:
    """The lines between the Project Gutenberg START and END markers: the book without the PG licence."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if GUTENBERG_START.match(line))
    end = next(i for i, line in enumerate(lines) if GUTENBERG_END.match(line))
    return lines[start + 1 : end]


def unwrap(lines: list[str]) -> str:
    """Hard-wrapped lines -> one line per paragraph; paragraphs stay separated by a blank line."""
    paragraphs, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def gutenberg_chapters(path: Path, book_id: str) -> list[dict[str, str]]:
    """One record per chapter; front matter (title page, edition notes, transcriber's address) is left out.
    The footnotes that follow the last chapter stay with it."""
    lines = [FOOTNOTE_MARK.sub(r"[\1]", line) for line in strip_gutenberg(path.read_text(encoding="ascii"))]
    starts = [i for i, line in enumerate(lines) if CHAPTER_HEADING.match(line)]
    chapters = []
    for number, (begin, end) in enumerate(zip(starts, [*starts[1:], len(lines)], strict=True), start=1):
        title = lines[begin].strip()
        chapters.append(
            {"id": f"{book_id}/chapter-{number:02d}", "title": title, "text": unwrap(lines[begin:end])}
        )
    return chapters
