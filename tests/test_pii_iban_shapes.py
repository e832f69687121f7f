"""IBANs as they are written: grouped by hyphens or by no-break, narrow or thin spaces, and glued after a
SWIFT MT940 subfield code; the mod-97 check digits stay the guard."""

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from governance.pii.identifiers import IBAN_LENGTHS, IbanMod97Recognizer, iban_ok

RECOGNIZER = IbanMod97Recognizer()
SEPARATORS = [" ", "\u00a0", "\u202f", "\u2009", "-"]


def with_check_digits(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = "".join(str(string.ascii_uppercase.index(c) + 10) if c.isalpha() else c for c in moved)
    return f"{country}{98 - int(number) % 97:02d}{bban}"


@st.composite
def ibans(draw) -> str:
    country = draw(st.sampled_from(sorted(IBAN_LENGTHS)))
    alphabet = string.digits + string.ascii_uppercase
    bban = draw(st.text(alphabet, min_size=IBAN_LENGTHS[country] - 4, max_size=IBAN_LENGTHS[country] - 4))
    return with_check_digits(country, bban)


def grouped(iban: str, sep: str) -> str:
    return sep.join(iban[i : i + 4] for i in range(0, len(iban), 4))


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["IBAN_CODE"])]


@settings(max_examples=150, deadline=None)
@given(ibans(), st.sampled_from(SEPARATORS))
def test_an_iban_grouped_by_any_separator_is_found_whole(iban, sep):
    written = grouped(iban, sep)
    assert iban_ok(written)
    assert found(f"Pay to {written}, thanks.") == [written]


@settings(max_examples=150, deadline=None)
@given(ibans(), st.integers(20, 63), st.sampled_from(["", " "]))
def test_an_iban_glued_after_an_mt940_subfield_code_is_found(iban, code, sep):
    written = grouped(iban, sep) if sep else iban
    text = f":86:177?00LASTSCHRIFT?30BANKDEFF?{code}{written}?32MAX MUSTER"
    assert found(text) == [written]


@settings(max_examples=150, deadline=None)
@given(ibans(), st.sampled_from(SEPARATORS), st.data())
def test_a_changed_character_fails_the_checksum_whatever_the_grouping(iban, sep, data):
    i = data.draw(st.integers(4, len(iban) - 1))
    digit = data.draw(st.sampled_from([d for d in string.digits if d != iban[i]]))
    if not iban[i].isdigit():
        return  # swapping a letter for a digit can change the length of the expanded number
    wrong = iban[:i] + digit + iban[i + 1 :]
    assert found(f"Pay to {grouped(wrong, sep)}.") == []


def test_a_digit_before_the_country_code_other_than_a_subfield_code_is_no_boundary():
    iban = "GB82WEST12345698765432"
    assert found(f"ref 7{iban} end") == [] and found(f"ref ?31{iban}?32") == [iban]


def test_a_hyphen_or_no_break_space_at_the_end_is_not_taken_into_the_iban():
    assert found("IBAN GB82-WEST-1234-5698-7654-32- next") == ["GB82-WEST-1234-5698-7654-32"]
    assert found("IBAN GB82\u00a0WEST\u00a01234\u00a05698\u00a07654\u00a032\u00a0(GBP)") == [
        "GB82\u00a0WEST\u00a01234\u00a05698\u00a07654\u00a032"
    ]


@settings(max_examples=150, deadline=None)
@given(ibans(), st.sampled_from(["  ", "   ", " - ", "\u00a0\u00a0"]), st.booleans())
def test_an_iban_in_lower_case_or_with_runs_of_separators_is_found_whole(iban, sep, lower):
    written = grouped(iban.lower() if lower else iban, sep)
    assert found(f'<account iban="{written}" bic="X"/>') == [written]


@settings(max_examples=150, deadline=None)
@given(ibans())
def test_four_separators_in_a_row_end_the_iban(iban):
    # A run longer than any grouping writes is a gap between two things, not inside one IBAN.
    assert found(f"{iban[:4]}    {iban[4:]} end") == []
