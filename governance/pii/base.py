"""What every Charter recognizer is built from: case-sensitive patterns, context read from the raw text,
checksums, and the date shapes and labels several recognizers share.

Domain packs' recognizer modules import this module and nothing else of Charter, so that a pack depends on
the base and never on the recognizers every document runs (which load the packs).

Context is read from the text just before a match, so it needs no lemmas from spaCy (scrub runs spaCy with
NER only).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import TypeVar

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

T = TypeVar("T")

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A full calendar date: "June 26, 1980", "26 June 1980", "06/26/1980", "1980-06-26", "6-26-80", "26.06.1980".
FULL_DATE = (
    rf"(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{MONTHS}\s+\d{{4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    r"|\d{4}-\d{2}-\d{2})"
)


# Labels of a party's part in a deal that a firm plays: the words after them name a company ("Vendor: Accor",
# "contractor Kühne + Nagel", "SHIPPER Maersk Line"). "Vendor(s):" of a property sale lists people.
FIRM_ROLES = (
    "vendor|supplier|contractor|subcontractor|sponsor|shipper|carrier|manufacturer|merchant|lender"
    "|dbtr|debtor"
)
# Registered company forms of many countries, after the name ("Nordhavn Logistik ApS", "Sakura Denki K.K.").
COMPANY_FORMS = (
    r"Inc|Corp|Corporation|Co|Company|LLC|LLP|L\.P|PLC|plc|Ltd|N\.A|PC|P\.C|Group|Holdings|Bancorp|Partners"
    r"|Bank|Hospital|Clinic|Medical Center|University|AG|SE|GmbH|gGmbH|KG|KGaA|e\.V|N\.V|NV|B\.V|BV|S\.A"
    r"|S\.p\.A|SpA|SAS|S\.A\.S|SARL|S\.L|S\.r\.l|SRL|S\.R\.L|AB|ASA|A/S|ApS|Oy|Oyj|Sp\. z o\.o|a\.s|s\.r\.o"
    r"|d\.o\.o|d\.d|Kft|Zrt|Nyrt|Ltda|S\.A\.B|Pty|A\.Ş|K\.K|G\.K|Y\.K|Sdn\.? Bhd|Bhd|Pte\.? Ltd|Tbk|Limited"
)


# Words that open a hospital's or a clinic's name in the languages it is written in ("Klinikum Kirchberg",
# "Hôpital Central", "Ospedale Parini"): people and keep both read them.
HOSPITAL_WORDS = (
    "Hospital Hôpital Hôpitaux Hopital Klinikum Krankenhaus Klinik Clinique Clinica Clínica Ospedale Szpital "
    "Ziekenhuis Sykehus Sjukhus Sygehus Nemocnice Kórház Spital Больница Лікарня Νοσοκομείο"
).split()


def luhn_check_digit(body: str) -> str:
    """The Luhn check digit that completes `body` (cards, NPIs)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str(-total % 10)


def luhn_ok(digits: str) -> bool:
    return len(digits) > 1 and luhn_check_digit(digits[:-1]) == digits[-1]


def aba_ok(digits: str) -> bool:
    """The 3-7-1 check of an ABA routing number."""
    d = [int(c) for c in digits]
    return (
        len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0
    )


def npi_ok(digits: str) -> bool:
    """A National Provider Identifier: ten digits from 1 or 2 whose Luhn check runs over the 80840 prefix."""
    return len(digits) == 10 and digits[0] in "12" and luhn_ok("80840" + digits)


# The label that makes nine digits a routing number, within ROUTING_WINDOW characters before them.
ROUTING_CONTEXT = ("routing", "aba", "rtn", "transit", "routing/transit", "wire to", "fedwire")
ROUTING_WINDOW = 40


def ssn_parts_ok(digits: str) -> bool:
    """A social security number's nine digits: no part all zeros (area, group, serial), as SSA never issues."""
    return len(digits) == 9 and digits[:3] != "000" and digits[3:5] != "00" and digits[5:] != "0000"


def only_digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def word_trie(words: Sequence[str]) -> str:
    """A regex alternation of `words` factored by shared prefixes ("pa(?:tient|yee|yer)"): the regex
    engine then rejects a non-matching position after a character or two instead of trying every word."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def context_regex(words: Sequence[str]) -> re.Pattern:
    """Any of `words` starting a word, case-insensitive."""
    return re.compile(r"\b(?:" + word_trie(sorted({w.lower() for w in words})) + ")", re.IGNORECASE)


class Recognizer(PatternRecognizer):
    """A pattern recognizer whose regexes are case-sensitive (presidio's default flags ignore case, which
    turns a name pattern into "any two words"); patterns opt into case-insensitivity with (?i:...)."""

    def __init__(self, supported_entity: str, patterns: list[Pattern], name: str | None = None):
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns,
            name=name or type(self).__name__,
            context=[],
            global_regex_flags=re.MULTILINE,
        )


class ContextGatedRecognizer(Recognizer):
    """A pattern that counts only when one of `context` appears within `window` characters before it.

    For identifiers without a checksum (account numbers, MRNs, member ids) the context is the evidence.
    """

    def __init__(
        self,
        supported_entity: str,
        patterns: list[Pattern],
        context: Sequence[str],
        window: int = 40,
        name: str | None = None,
    ):
        super().__init__(supported_entity, patterns, name)
        self.window = window
        self._context = context_regex(context)

    def has_context(self, text: str, start: int) -> bool:
        return self._context.search(text, max(0, start - self.window), start) is not None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        # Most texts hold none of the labels: one pass of the label regex spares the value patterns.
        if self._context.search(text) is None:
            return []
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in found if self.has_context(text, r.start)]


# A nested record's number sits under a key that only says "number"; the key of the mapping it sits in says
# whose ("driver_licence:\n  issuer: RTO Vadodara\n  number: GJ06 4684016298868", '"licence": {"issuer": "DVLA",
# "number": "..."}', "[driving_licence]\nnumber = ..."). Bounded: a few lines or characters up, never the
# whole document.
# The keys that say only "number" (records.py's label fields use the same words).
NUMBER_KEYS = "number|no|nr|num|id|value"
_NUMBER_KEY = rf'"?(?i:{NUMBER_KEYS})"?'
_YAML_NUMBER_FIELD = re.compile(rf"(?P<indent>[ ]*)(?:-[ ]+)?{_NUMBER_KEY}[ ]*:[ ]*[\"']?")
_YAML_PARENT = re.compile(r"[ ]*(?:-[ ]+)?\"?(?P<key>[^\W\d][\w .-]{0,40}?)\"?[ ]*:[ ]*")
_INI_NUMBER_FIELD = re.compile(rf"[ \t]*{_NUMBER_KEY}[ \t]*=[ \t]*[\"']?")
_INI_SECTION = re.compile(r"[ \t]*\[(?P<key>[^\]\n]{1,40})\][ \t]*")
_JSON_NUMBER_FIELD = re.compile(rf"\"(?i:{NUMBER_KEYS})\"[ \t]*:[ \t]*\"?$")
_JSON_PARENT = re.compile(r"\"(?P<key>[^\"\n]{1,40})\"[ \t]*:[ \t]*$")
PARENT_LINES_UP = 8
PARENT_CHARS_BACK = 300


def parent_key(text: str, at: int) -> str | None:
    """The key of the YAML mapping, INI section or JSON object whose "number" (or "no", "id", "value") field
    holds the value starting at `at`; None when the value's own key says more than that."""
    newline = text.rfind("\n", max(0, at - PARENT_CHARS_BACK), at)
    line_start = newline + 1 if newline != -1 or at <= PARENT_CHARS_BACK else at  # a field's key is near
    if _YAML_NUMBER_FIELD.fullmatch(text, line_start, at):
        return yaml_mapping_key(text, line_start)
    if _INI_NUMBER_FIELD.fullmatch(text, line_start, at):
        return _line_up(text, line_start, _ini_section)
    if own := _JSON_NUMBER_FIELD.search(text, max(0, at - 30), at):
        brace = text.rfind("{", max(0, at - PARENT_CHARS_BACK), own.start())
        if brace == -1 or "}" in text[brace : own.start()]:
            return None
        parent = _JSON_PARENT.search(text, max(0, brace - 60), brace)
        return parent.group("key") if parent else None
    return None


_INDENT = re.compile(r"[ ]*")


def yaml_mapping_key(text: str, line_start: int) -> str | None:
    """The key of the YAML mapping the field on the line at `line_start` sits in ("pet" for "  name: Luna"
    under "pet:"); None at the top level or past the walk's bounds."""
    spaces = _INDENT.match(text, line_start)
    indent = spaces.end() - line_start if spaces else 0
    if indent == 0:
        return None
    return _line_up(text, line_start, lambda line: _yaml_parent(line, indent))


# The mappings whose "name" is an animal's ("pet:\n  name: Luna", "horse:\n  name: ...").
_ANIMAL_KEYS = frozenset("pet pets dog dogs cat cats horse horses animal animals puppy kitten".split())
_YAML_NAME_FIELD = re.compile(r"[ ]*(?:-[ ]+)?\"?name\"?[ ]*:[ ]*[\"']?")


def names_an_animal(text: str, at: int) -> bool:
    """Whether the value at `at` is the "name" field of a YAML mapping that stands for an animal: a pet's or
    a horse's name is no one's personal data."""
    newline = text.rfind("\n", max(0, at - PARENT_CHARS_BACK), at)
    if newline == -1 and at > PARENT_CHARS_BACK:
        return False
    line_start = newline + 1
    if not _YAML_NAME_FIELD.fullmatch(text, line_start, at):
        return False
    parent = yaml_mapping_key(text, line_start)
    return parent is not None and parent.lower() in _ANIMAL_KEYS


def _line_up(text: str, line_start: int, judge: Callable[[str], str | bool | None]) -> str | None:
    """Walk up from the line at `line_start`: the first line `judge` answers (a key, or False to stop)."""
    end = line_start - 1
    for _ in range(PARENT_LINES_UP):
        if end < 0:
            return None
        newline = text.rfind("\n", max(0, end - PARENT_CHARS_BACK), end)
        if newline == -1 and end > PARENT_CHARS_BACK:
            return None  # a line longer than any key's: no record's field
        start = newline + 1
        verdict = judge(text[start:end])
        if isinstance(verdict, str):
            return verdict
        if verdict is False:
            return None
        end = start - 1
    return None


def _yaml_parent(line: str, indent: int) -> str | bool | None:
    if not line.strip() or len(line) - len(line.lstrip(" ")) >= indent:
        return None  # a sibling field or a blank line: go on up
    parent = _YAML_PARENT.fullmatch(line)
    return parent.group("key") if parent else False


def _ini_section(line: str) -> str | bool | None:
    section = _INI_SECTION.fullmatch(line)
    return section.group("key") if section else None


def names_parent(context: re.Pattern, text: str, at: int) -> bool:
    """Whether the key of the mapping the value at `at` sits in (`parent_key`) holds one of `context`'s
    labels, its words joined by underscores or hyphens or not."""
    key = parent_key(text, at)
    return key is not None and context.search(re.sub(r"[_-]", " ", key)) is not None


# Tables. A value's label is often not right before it but at the head of its column ("| Name | DOB |",
# "accession,mrn,last"), or at the start of its row in a form laid out in columns ("Date of birth   1 May 1970
# 3 June 1972"). Cells are split by bars, tabs, semicolons, commas (double quotes kept whole) or runs of two
# or more spaces.
_RULE_LINE = re.compile(r"[\s|:+=-]*")
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
_CELL_PATTERNS = {
    d: re.compile(rf'(?:(?<={re.escape(d)})|^)(?:"[^"\n]*"|[^{re.escape(d)}"\n]*)') for d in "|\t;,"
}
MAX_HEADER_CELL = 40


def _delimiter(line: str) -> str | None:
    if line.count("|") >= 2:
        return "|"
    if "\t" in line:
        return "\t"
    for d in ";,":
        if line.count(d) >= 2:
            return d
    return "  " if re.search(r"\S(?: {2,})\S", line) else None


def cell_spans(line: str, delimiter: str) -> list[tuple[int, int]]:
    """The cells of one row split by `delimiter` ("|", tab, ";", "," or two spaces) as (start, end) within
    `line`, without surrounding spaces and double quotes; a double-quoted cell keeps its delimiters."""
    if delimiter == "  ":
        return [m.span() for m in _SPACED_CELL.finditer(line)]
    out = []
    for m in _CELL_PATTERNS[delimiter].finditer(line):
        s, e = m.span()
        while s < e and line[s] in ' "':
            s += 1
        while e > s and line[e - 1] in ' "':
            e -= 1
        out.append((s, e))
    # A bar table's row opens and closes with a bar: no cell before the first or after the last.
    if delimiter == "|" and line.lstrip().startswith("|"):
        out = out[1:]
    return out


# A SQL dump's INSERT statement: its column list names what each value of every row tuple after VALUES is
# ("INSERT INTO `members` (`id`, `card_pan`) VALUES\n(1, '4111 1111 1111 1111'),\n(2, ...);").
_SQL_INSERT = re.compile(
    r"(?i)\binsert[ \t]+into[ \t]+[^\s(]{1,200}[ \t]*\((?P<cols>[^()\n]{1,4000})\)\s*values\s*"
)
_SQL_QUOTES = "`\"'[] "


def _sql_rows(text: str, at: int) -> Iterator[list[tuple[int, int]]]:
    """The value tuples of an INSERT statement from `at` (just after VALUES): for each row, the (start, end) of
    each value, inside its single quotes if it has them. Stops at the statement's end or at anything that is
    not a tuple; quotes are SQL's ('' or \\' inside a string is a quote)."""
    n = len(text)
    while True:
        while at < n and text[at] in " \t\r\n,":
            at += 1
        if at >= n or text[at] != "(":
            return
        at += 1
        row: list[tuple[int, int]] = []
        while True:
            while at < n and text[at] in " \t\r\n":
                at += 1
            if at >= n:
                return
            if text[at] == "'":
                start = at = at + 1
                while at < n and not (text[at] == "'" and text[at + 1 : at + 2] != "'"):
                    at += 2 if text[at] in "'\\" else 1  # '' or a backslash escapes the next character
                row.append((start, at))
                at += 1
            else:
                start = at
                while at < n and text[at] not in ",)\n":
                    at += 1
                row.append((start, len(text[start:at].rstrip()) + start))
            while at < n and text[at] in " \t\r":
                at += 1
            if at < n and text[at] == ",":
                at += 1
                continue
            if at < n and text[at] == ")":
                at += 1
                yield row
                break
            return


@lru_cache(maxsize=2)
def _sql_tables(text: str) -> tuple[tuple[tuple[str, ...], tuple[list[tuple[int, int]], ...]], ...]:
    """Each INSERT statement's column names and its rows of as many values. Read once per document: every
    recognizer with a column label asks for the same text in turn."""
    tables = []
    for m in _SQL_INSERT.finditer(text):
        columns = tuple(c.strip(_SQL_QUOTES) for c in m.group("cols").split(","))
        rows = tuple(row for row in _sql_rows(text, m.end()) if len(row) == len(columns))
        tables.append((columns, rows))
    return tuple(tables)


def _sql_cells(text: str, label: re.Pattern) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for columns, rows in _sql_tables(text):
        named = [i for i, c in enumerate(columns) if len(c) <= MAX_HEADER_CELL and label.search(c)]
        for row in rows if named else ():
            out += [row[i] for i in named if row[i][1] > row[i][0]]
    return out


# Two short codes one space apart, each with a digit: a time and a call sign, a date and an ID ("20:50 OM8R").
_MERGED_CODES = re.compile(r"\S*\d\S*(?= \S*\d)")


# A thousands comma inside an unquoted amount of a comma-separated row ("1,343.53 USD"): no cell's end.
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?![\d]))")


def fit_comma_row(row: str, width: int, split: Callable[[str], list[T]]) -> list[T]:
    """The cells `split` reads from a comma-separated row under a header `width` cells wide; a row too wide is
    read again with the thousands commas of its amounts masked (the same length, so offsets hold; a masked
    comma reads as NUL in the cells, which callers that keep the text put back)."""
    cells = split(row)
    if len(cells) > width:
        joined = split(_THOUSANDS_COMMA.sub("\x00", row))
        if len(joined) == width:
            return joined
    return cells


def comma_cells(line: str, width: int) -> list[tuple[int, int]]:
    """The cells of a comma-separated row as (start, end), under a header `width` cells wide."""
    return fit_comma_row(line, width, lambda row: cell_spans(row, ","))


def split_merged_cell(row: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A space-aligned row one cell short of its header, where two columns of codes stand one space apart
    ("20:50 OM8R  Ana  Oviedo" under "time  call  name  QTH"): the one cell of two codes is split in two, so
    the columns after it line up. With no such cell, or more than one, the row is left as it is."""
    merged = [
        (i, m.end())
        for i, (s, e) in enumerate(cells)
        if row.count(" ", s, e) == 1
        and (m := _MERGED_CODES.match(row, s, e))
        and row[m.end() + 1 : e].strip()
    ]
    if len(merged) != 1:
        return cells
    i, cut = merged[0]
    return cells[:i] + [(cells[i][0], cut), (cut + 1, cells[i][1])] + cells[i + 1 :]


_HEADER_LINE = 1000


def header_cell(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole cell of a table's header row: a line of three cells or more split by
    bars, tabs, semicolons or commas, without digits, with a rule line or a row of the same shape below."""
    newline = text.rfind("\n", max(0, start - _HEADER_LINE), start)
    line_end = text.find("\n", end, end + _HEADER_LINE)
    if line_end == -1 or (newline == -1 and start > _HEADER_LINE):
        return False  # no header row is that long
    line_start = newline + 1
    line = text[line_start:line_end]
    delimiter = _delimiter(line)
    if delimiter in (None, "  ") or any(c.isdigit() for c in line):
        return False
    cells = cell_spans(line, delimiter)
    if len(cells) < 3 or (start - line_start, end - line_start) not in cells:
        return False
    if any(e - s > MAX_HEADER_CELL or (e == s and delimiter in ",;") for s, e in cells):
        return False  # a sentence with commas ("Key, Edison, of the parish of Tukuyu,")
    below_end = text.find("\n", line_end + 1)
    below = text[line_end + 1 : below_end if below_end != -1 else len(text)]
    if _RULE_LINE.fullmatch(below) is not None:
        return bool(below.strip())
    return _delimiter(below) == delimiter and len(cell_spans(below, delimiter)) == len(cells)


def _spaced_row(row: str, delimiter: str, width: int) -> bool:
    """A fixed-width table's row whose commas or semicolons (an address in its last column: "số 1, đường Lê
    Lợi, phường 6") made it look like a CSV row: it still splits into its header's columns on wide gaps."""
    return delimiter == "  " and len(cell_spans(row, "  ")) >= max(2, width - 1)


def labelled_cells(text: str, label: re.Pattern) -> list[tuple[int, int]]:
    """(start, end) of the cells that `label` heads: the cells under a header cell naming it (a header row has
    no digits), up to the table's end (a blank line or a line of another shape), the other cells of a row
    whose first cell names it, and the values of a SQL INSERT's rows under a column it names. A header cell
    names the label when it is short and holds it. A row longer than its header offers a column's cell
    counted from either end: the caller's check of the value decides."""
    out = _sql_cells(text, label)
    done: set[int] = set()
    for hit in label.finditer(text):
        line_start = text.rfind("\n", 0, hit.start()) + 1
        if line_start in done:
            continue
        done.add(line_start)
        line_end = text.find("\n", hit.start())
        line_end = len(text) if line_end == -1 else line_end
        line = text[line_start:line_end]
        delimiter = _delimiter(line)
        if delimiter is None or _SQL_INSERT.match(line.lstrip()):
            continue  # an INSERT's column list is read with its rows above, never as a table's header
        cells = cell_spans(line, delimiter)
        named = [
            i
            for i, (s, e) in enumerate(cells)
            if e - s <= MAX_HEADER_CELL and label.search(text, line_start + s, line_start + e)
        ]
        if not named:
            continue
        if any(c.isdigit() for c in line):
            # A row label: the cells after it are its values, up to the next label (a cell without digits:
            # "Date of birth  1/2/1980  Date of admission  3/4/2020").
            if named == [0]:
                for s, e in cells[1:]:
                    if not any(c.isdigit() for c in line[s:e]):
                        break
                    out.append((line_start + s, line_start + e))
            continue
        at = line_end + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end == -1 else end
            row = text[at:end]
            if _RULE_LINE.fullmatch(row):
                if not row.strip():
                    break
                at = end + 1
                continue
            if _delimiter(row) != delimiter and not _spaced_row(row, delimiter, len(cells)):
                break
            row_cells = cell_spans(row, delimiter)
            if delimiter == "  " and len(row_cells) == len(cells) - 1:
                row_cells = split_merged_cell(row, row_cells)
            # A row with more cells than its header has a delimiter inside an unquoted value ("Jan 2, 2022"):
            # the columns after it are shifted, so a column is also looked for counted from the row's end.
            extra = len(row_cells) - len(cells) if len(row_cells) > len(cells) else 0
            for i in named:
                for j in {i, i + extra}:
                    if j < len(row_cells) and row_cells[j][1] > row_cells[j][0]:
                        out.append((at + row_cells[j][0], at + row_cells[j][1]))
            at = end + 1
    return out


def labelled_results(
    text: str,
    label: re.Pattern,
    entity: str,
    score: float,
    fits: Callable[[int, int], bool],
    found: Sequence[RecognizerResult] = (),
) -> list[RecognizerResult]:
    """Results for the cells `label` heads (`labelled_cells`) that `fits` accepts, leaving out those `found`
    already holds."""
    seen = {(r.start, r.end) for r in found}
    return [
        RecognizerResult(entity, s, e, score)
        for s, e in labelled_cells(text, label)
        if (s, e) not in seen and fits(s, e)
    ]
