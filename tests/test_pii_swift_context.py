"""A BIC without a digit or "XXX" needs context: MT940's subfield ?30, a field name ending in BIC, or an IBAN
right before it joined by "at"."""

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from governance.pii.identifiers import SwiftRecognizer
from governance.pii.names import is_english_word

RECOGNIZER = SwiftRecognizer()
LETTERS = st.text("ABCDEFGHIJKLMNOPRSTUVWYZ", min_size=4, max_size=4)
IBAN = "DE89 3704 0044 0532 0130 00"


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["SWIFT_CODE"])]


@st.composite
def bics(draw) -> str:
    country = draw(st.sampled_from(["DE", "FR", "NL", "PT", "AE", "TR", "KZ", "CO"]))
    bic = draw(LETTERS) + country + draw(st.text("ABCDEFGHKLMNPRSTUVWZ", min_size=2, max_size=2))
    assume(not is_english_word(bic))
    return bic


@settings(max_examples=80, deadline=None)
@given(bics())
def test_a_bic_in_its_context_is_found(bic):
    assert found(f":86:166?00SEPA?20EREF+X?30{bic}?31{IBAN.replace(' ', '')}?32NAME") == [bic]
    assert found(f"PAYOUT_IBAN=X\nPAYOUT_BIC={bic}\nCURRENCY=EUR") == [bic]
    assert found(f"Ana Lima holds {IBAN} at {bic}; the bank is") == [bic]


@settings(max_examples=80, deadline=None)
@given(bics())
def test_the_same_letters_without_context_are_left(bic):
    assert found(f"Ana Lima met {bic} at noon; REF_{bic}X.") == []
