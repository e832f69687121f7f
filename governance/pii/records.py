"""People and addresses in the fields of record formats that say what each field holds.

- vCard (RFC 6350): `N:` and `FN:` hold a person's name, `ADR:` a postal address (`;;street;city;region;
  postcode;country`, the country code left as it is).
- SWIFT MT messages: the ordering customer (`:50K:`, `:50F:`) and the beneficiary (`:59:`) are an optional
  `/account` line, then the name on one line, then address lines until the next field tag.

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
        if ":20:" in text:  # every MT message carries its reference in field 20
            for m in _MT_PARTY.finditer(text):
                out.append(RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.6))
                if m.group("address").strip():
                    out.append(
                        RecognizerResult("STREET_ADDRESS", m.start("address") + 1, m.end("address"), 0.6)
                    )
        return out
