"""A hostile supplier's long runs: one document of a repeated unit ("AAAA...", "Ab-Cd Ab-Cd ...", "1;1;1;...",
thousands of blank lines) must cost the scrubber time in proportion to its length, as ordinary prose does, not
to its square. Each of these once took minutes at 100,000 characters: a pattern tried from every position of
the run rescanned the rest of it each time.

The budget is relative to prose of the same length scrubbed in the same run, so a slow or busy machine moves
both sides alike."""

from __future__ import annotations

import time

import pytest

from core.config import ScrubParams
from governance.pii.phones import LONGEST_ROW, phone_column
from governance.pii.scrubber import Scrubber, needs_ner

RUN = 100_000
PROSE = (
    "Dear Ms Okafor,\n\nThank you for your letter of 3 March about invoice INV-20931 for EUR 4,310.50. "
    "Our accounts team, led by Henrik Larsen, has checked the payment against the statement for Q1 2024 and "
    "found that the transfer from Lagos arrived on 11 March. Please call me on +44 20 7946 0958 if anything "
    "is unclear; the reference is ORD-5521.\n\nKind regards,\nMaria Castellanos\nHead of Receivables\n\n"
)

HOSTILE = [
    ("Regards, ", "A"),  # a name token tried from every capital
    ("card ", "123 "),  # an amount of unbounded groups before a currency
    ("", "123,"),  # money of unbounded digits and commas
    ("", "A-"),  # a company's or a street's word of unbounded letters and hyphens
    ("", "Ab-"),
    ("", "Ab."),
    ("", "Ab'"),
    ("", "Ab-Cd "),  # one huge name: its parts were listed again for each of its occurrences
    ("", "1;"),  # one line read again as a table row for each number on it
    ("", "$1,"),
    ("", "\n"),  # a line start that reached across every blank line after it
    ("card ", "\t"),  # two runs of blanks around an optional colon, tried against each other
    ("tracking ", "\t"),
    ("My name is ", "\t"),
    ("MRN ", "123 "),  # a record number's spaced groups, unbounded before its check group
    ("", "No. 1, Ab "),  # a house number first, then areas after commas
    ("12 Main Street", ", Ab"),  # the towns after a street, each after a comma
    ("FP ", "CC1 "),  # a form of payment's card glued to its "CC"
    ("", "4 "),  # a network's digit in groups of one: each run judged by its issuer, length and Luhn
    ("", "4539148803436467\t"),  # thousands of issued cards, each checked against those found before
    ("", "5893/"),  # slashed groups
    ("time  call  name  QTH\n", "20:50 OM8R  Ana  Oviedo\n"),  # a space-aligned table's rows
    ("", "  Ab"),  # one space-aligned line of cells
    ("Clerk: ", "a"),  # a role's colon before one unbounded word
    ("", "12:30 - Ab: x\n"),  # an Android chat export's speaker lines
    ("name | x\n", "="),  # a header's underline of any length
    ("", "Ab Makers "),  # businesses named after their trade
    ("MRN ", "ABCD-"),  # an issuer's letters before a record number
    ("", "C31B "),  # a key's fingerprint in hexadecimal groups
    ("", "Ab IMO "),  # a ship's name before its IMO number
    ("Chart #: send it\n", "1 < AB12345\n"),  # record numbers alone on their lines under a label
    ("12 Main Street", "\nLot 1"),  # an address block's lines below its street
    ("", "Lot 1\n12 Main Street, "),  # a unit's line above each street
    ("", "Am Ab "),  # German streets named by a preposition
    ("", "1 Ab Ab Walk\n"),  # streets whose type English shares, one per line
    ("Hi ", "Ab "),  # a greeting before unbounded capitalised words
    ("NEXT OF KIN\n", "Ab, "),  # a heading's name on the next line
    ('{"owner": "', "Ab "),  # a JSON role key's value
    ("Hospital X — label: ", "123 "),  # a hospital's record label in any language before digit groups
    ("", "NM1*IL*1*A*B~N3*1 Main St~"),  # an X12 person and street, over and over
    ("", '{"home": "12 Main St"} '),  # a record's address field, over and over
    ("", "pax=Ana drv=Bob "),  # a log's role keys
    ("", 'id-label="x" id="1" '),  # a label field before its number
]


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    s = Scrubber(ScrubParams(n_process=1))
    s.find(PROSE)  # models loaded before anything is timed
    return s


@pytest.fixture(scope="module")
def budget(scrubber: Scrubber) -> float:
    prose = PROSE * (RUN // len(PROSE))
    started = time.perf_counter()
    found = scrubber.find(prose)
    took = time.perf_counter() - started
    assert found, "the prose holds names and a phone number: the scrubber must find them"
    return 3 * took + 2.0


@pytest.mark.parametrize(("prefix", "unit"), HOSTILE, ids=[repr(p + u) for p, u in HOSTILE])
def test_a_long_run_costs_no_more_than_prose_of_its_length(scrubber, budget, prefix, unit) -> None:
    text = prefix + unit * (RUN // len(unit))
    started = time.perf_counter()
    scrubber.find(text)
    took = time.perf_counter() - started
    assert took < budget, f"{len(text):,} characters of {unit!r} took {took:.1f} s (budget {budget:.1f} s)"


def test_blank_lines_alone_need_no_ner_and_a_capital_after_them_does() -> None:
    assert not needs_ner("\n" * RUN)
    assert needs_ner("\n" * RUN + "Maria Castellanos wrote")
    assert needs_ner("  \n\t- Maria Castellanos")


def test_a_row_longer_than_any_export_writes_is_no_table_row() -> None:
    header = "name;phone;city\n"
    row = "Ada;+44 20 7946 0958;Leeds"
    text = header + row
    assert phone_column(text, text.index("+44")) is True
    long_row = row + ";x" * LONGEST_ROW
    text = header + long_row
    assert phone_column(text, text.index("+44")) is None


def test_line_breaks_found_once_give_the_same_columns_as_a_fresh_read() -> None:
    text = "name|tel|note\nAda|+44 20 7946 0958|x\nBo|0161 496 0000|y\n\nno table here 0161 496 0000"
    memo: dict = {}
    for at in (text.index("+44"), text.index("0161"), text.rindex("0161")):
        assert phone_column(text, at, memo) == phone_column(text, at)
    assert phone_column(text, text.index("+44"), memo) is True
    assert phone_column(text, text.rindex("0161"), memo) is None


def test_many_addresses_beside_many_lower_case_fields_cost_no_more_than_prose(scrubber, budget) -> None:
    # Each field is checked against the document's e-mail addresses: by lookup, not by scanning them all. Four
    # times the run: at 100,000 characters the scan's square did not yet stand out from the rest.
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    words = [
        a + b + c + d
        for a in syllables[:8]
        for b in syllables[8:40]
        for c in syllables[40:70]
        for d in syllables[:20]
    ]
    rows, i = [], 0
    while sum(map(len, rows)) < 4 * RUN:
        rows.append(f"{words[i]}.{words[i + 1]}@mail.example\n{words[i + 2]} {words[i + 3]}\n")
        i += 4
    text = "".join(rows)
    started = time.perf_counter()
    scrubber.find(text)
    took = time.perf_counter() - started
    assert took < budget, f"{len(rows):,} addresses and fields took {took:.1f} s (budget {budget:.1f} s)"
