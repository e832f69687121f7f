"""People and addresses in the fields of record formats that say what each field holds.

- vCard (RFC 6350): `N:` and `FN:` hold a person's name, `ADR:` a postal address (`;;street;city;region;
  postcode;country`, the country code left as it is).
- SWIFT MT messages: the ordering customer (`:50K:`, `:50F:`) and the beneficiary (`:59:`) are an optional
  `/account` line, then the name on one line, then address lines until the next field tag.
- JSON: the values of name keys (`"first_name": "Günel"`, `"last_name"`, `"full_name"`, `"contact_name"`).
- Tables (`|`, tab-, semicolon- or comma-separated, under a header row): the cells of a column whose header
  names a person's name ("Name", "first_name", "Last name", "Surname", "Passenger").

The format, not the words, makes these a name or an address, so they are found in any script or case.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

_VCARD_NAME = re.compile(r"^(?:N|FN)(?:;[^:\n]*)?:(?P<v>[^\n]*?)[ \t;]*$", re.MULTILINE)
_VCARD_ADR = re.compile(r"^ADR(?:;[^:\n]*)?:[;]*(?P<v>[^\n]*?)(?:;+[A-Z]{2})?[ \t;]*$", re.MULTILINE)
_MT_PARTY = re.compile(
    r"^:(?:50[FK]|59):(?:/[^\n]*\n)?(?P<name>[^\n:][^\n]*)(?P<address>(?:\n(?!:|-\})[^\n]+)*)", re.MULTILINE
)


_NAME_KEY = r"(?:(?:first|last|given|family|full|middle|contact|display|customer|holder)_?name|surname|name)"
_JSON_NAME = re.compile(rf'"(?i:{_NAME_KEY})"[ \t]*:[ \t]*"(?P<v>[^"\n]{{1,80}})"')
_NAME_HEADER = re.compile(
    rf"(?i:[ \t]*(?:{_NAME_KEY.replace('_?', '[_ ]?')}|passenger|attendee|participant)[ \t]*)"
)
_DELIMITERS = "|\t;,"


def _table_name_cells(text: str) -> list[tuple[int, int]]:
    """Cells under a header cell that names a person's name, in the rows right below the header that have
    as many cells. One pass over the lines."""
    out: list[tuple[int, int]] = []
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    i = 0
    while i < len(lines):
        line = lines[i][1]
        delimiter = next((d for d in _DELIMITERS if line.count(d) >= 2), None)
        cells = line.split(delimiter) if delimiter else []
        columns = [k for k, c in enumerate(cells) if _NAME_HEADER.fullmatch(c)]
        if delimiter is None or not columns or any(ch.isdigit() for ch in line):
            i += 1
            continue
        j = i + 1
        while (
            j < len(lines) and lines[j][1].count(delimiter) == line.count(delimiter) and lines[j][1].strip()
        ):
            row_start, row = lines[j]
            offset = row_start
            for k, cell in enumerate(row.split(delimiter)):
                value = cell.strip()
                if k in columns and value and not set(value) <= set("-:= "):
                    lead = len(cell) - len(cell.lstrip())
                    out.append((offset + lead, offset + lead + len(value)))
                offset += len(cell) + 1
            j += 1
        i = j
    return out


class RecordFieldRecognizer(EntityRecognizer):
    """Names and addresses in vCard and SWIFT MT fields (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON", "STREET_ADDRESS"], name="RecordFieldRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if "BEGIN:VCARD" in text:
            for m in _VCARD_NAME.finditer(text):
                for part in re.finditer(r"[^;,]+", m.group("v")):
                    if part.group().strip():
                        s, e = m.start("v") + part.start(), m.start("v") + part.end()
                        out.append(RecognizerResult("PERSON", s, e, 0.6))
            for m in _VCARD_ADR.finditer(text):
                if re.search(r"\w", m.group("v")):
                    out.append(RecognizerResult("STREET_ADDRESS", m.start("v"), m.end("v"), 0.6))
        for m in _JSON_NAME.finditer(text):
            if m.group("v").strip():
                out.append(RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6))
        out += [RecognizerResult("PERSON", s, e, 0.6) for s, e in _table_name_cells(text)]
        if ":20:" in text:  # every MT message carries its reference in field 20
            for m in _MT_PARTY.finditer(text):
                out.append(RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.6))
                if m.group("address").strip():
                    out.append(
                        RecognizerResult("STREET_ADDRESS", m.start("address") + 1, m.end("address"), 0.6)
                    )
        return out
