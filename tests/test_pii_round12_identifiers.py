"""Identifiers, round twelve: the values of a SQL dump's INSERT rows under a column that names them (a card, a
birth date, a record number), quoted strings with commas and escaped quotes kept whole; record numbers with
the ward's letters between slashes or a letter prefix and a slashed suffix."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.config import ScrubParams
from governance.pii.identifiers import CardRecognizer, MrnLabelRecognizer
from governance.pii.scrubber import Scrubber

CARDS = CardRecognizer()
MRNS = MrnLabelRecognizer()


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


def cards(text: str) -> list[str]:
    return [text[r.start : r.end] for r in CARDS.analyze(text, ["CREDIT_CARD"])]


def mrns(text: str) -> list[str]:
    return [text[r.start : r.end] for r in MRNS.analyze(text, ["MEDICAL_RECORD_NUMBER"])]


DUMP = (
    "-- MySQL dump 10.13\n"
    "INSERT INTO `members` (`id`, `full_name`, `born`, `street`, `card_pan`, `balance`) VALUES\n"
    "(6609, 'Ana Lima', '02.01.1937', 'Rua Augusta 3, Lisboa 1100-048', '50-2068-2670-0504', 2613.71),\n"
    "(9207, 'O''Brien, Niamh', '03-Dec-2002', 'Main St 1, Cork', '35.3085.9037.116417', 88.10),\n"
    "(4976, 'Ola \\'Bell\\'', '04-Oct-1961', 'Oxford Road 197, Gqeberha 6040', '30  5736  4127  8874', 21.86);\n"
)


def test_a_card_column_of_a_sql_insert_marks_every_row_in_any_grouping() -> None:
    assert cards(DUMP) == ["50-2068-2670-0504", "35.3085.9037.116417", "30  5736  4127  8874"]


def test_the_same_numbers_in_an_unnamed_column_are_cards_only_where_a_network_issues_them() -> None:
    dump = DUMP.replace("`card_pan`", "`ref_code`")
    # Maestro's 50 at 14 digits passing Luhn is a card wherever it stands (round fourteen); a number no
    # network issues (7...) in the same shape is left to the column that would name it.
    assert "50-2068-2670-0504" in cards(dump)
    assert cards(dump.replace("50-2068-2670-0504", "70-2068-2670-0500")).count("70-2068-2670-0500") == 0


def test_a_row_with_too_few_values_is_not_read_against_the_columns() -> None:
    dump = "INSERT INTO t (id, card_pan, note) VALUES\n(1, '50-2068-2670-0504', 'x'),\n(2, '70.2068.2670.0518');\n"
    assert cards(dump) == ["50-2068-2670-0504"]


def test_a_record_number_column_of_a_sql_insert_is_scrubbed(scrubber) -> None:
    text = "INSERT INTO admissions (visit, mrn, ward) VALUES (1, 'HN934585/03', 'B2'), (2, '5250/NG/3506', 'C1');\n"
    found = {text[d.start : d.end] for d in scrubber.find(text) if d.entity_type == "MEDICAL_RECORD_NUMBER"}
    assert found == {"HN934585/03", "5250/NG/3506"}


@pytest.mark.parametrize(
    "text,number",
    [
        ("Patient: Uxía Otero   MRN 4740/VM/8152   DOB 12.01.1950", "4740/VM/8152"),
        ("Pt: Ilnur Zakirova   DOB 1984-06-05   Hosp no 5250/NG/3506", "5250/NG/3506"),
        ("Patient no.: HN934585/03", "HN934585/03"),
    ],
)
def test_record_numbers_with_ward_letters_or_a_slashed_suffix_are_whole(text, number) -> None:
    assert mrns(text) == [number]


@pytest.mark.parametrize("text", ["MRN pending; review 12/2024", "Hosp no pending, seen 3/NG/2024"])
def test_dates_and_short_codes_after_a_record_label_stay(text) -> None:
    assert mrns(text) == []


def luhn_complete(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


text_cell = st.text(alphabet=st.sampled_from("abc ,'()\\xyz"), max_size=20)


@settings(max_examples=60, deadline=None)
@given(
    body=st.from_regex(r"4[0-9]{14}", fullmatch=True),
    before=st.lists(text_cell, min_size=0, max_size=3),
    after=st.lists(text_cell, min_size=0, max_size=3),
)
def test_quoted_strings_with_commas_quotes_and_brackets_never_shift_the_card_column(
    body, before, after
) -> None:
    card = luhn_complete(body)

    def sql(value: str) -> str:
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"

    columns = [f"c{i}" for i in range(len(before))] + ["card_number"] + [f"d{i}" for i in range(len(after))]
    values = [sql(v) for v in before] + [sql(card)] + [sql(v) for v in after]
    text = f"INSERT INTO x ({', '.join(columns)}) VALUES ({', '.join(values)});"
    assert card in cards(text)


def test_a_huge_insert_is_read_in_linear_time() -> None:
    row = "(1, 'Ana, Lima', '4111 1111 1111 1111', 'x''y')"
    timings = []
    for n in (5_000, 20_000):
        text = "INSERT INTO t (id, name, card_pan, note) VALUES\n" + ",\n".join([row] * n) + ";"
        started = time.perf_counter()
        assert len(cards(text)) == n
        timings.append(time.perf_counter() - started)
    assert timings[1] < 4 * timings[0] * 2 + 0.5, timings
