"""Payment card numbers of any network, in any grouping: property tests over random Luhn-valid numbers of
12-19 digits written the ways documents write them, and what must not be taken for a card."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from governance.pii.base import luhn_check_digit, luhn_ok
from governance.pii.identifiers import CardRecognizer, unix_time

CARDS = CardRecognizer()
SEPARATORS = [" ", "  ", "-", ".", " - ", "\u00a0", "\u2009"]


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in CARDS.analyze(text, None)]


@st.composite
def card_numbers(draw) -> str:
    """A Luhn-valid number of 12-19 digits that does not start with 0, as issuers number cards."""
    n = draw(st.integers(12, 19))
    body = str(draw(st.integers(1, 9))) + "".join(str(draw(st.integers(0, 9))) for _ in range(n - 2))
    return body + luhn_check_digit(body)


@st.composite
def groupings(draw, digits: str) -> list[str]:
    """The digits cut into a first group of 4-6, then at most four groups of 3 or more, as card shapes are."""
    first = draw(st.integers(4, 6))
    groups, rest = [digits[:first]], digits[first:]
    for slots in range(4, 0, -1):
        if len(rest) <= 15 and (slots == 1 or len(rest) < 6 or draw(st.booleans())):
            break
        size = draw(st.integers(max(3, -(-len(rest) // slots)), min(15, len(rest) - 3)))
        groups.append(rest[:size])
        rest = rest[size:]
    return [*groups, rest]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_luhn_valid_card_in_any_grouping_and_separator_is_found_whole(data):
    digits = data.draw(card_numbers())
    groups = data.draw(groupings(digits)) if data.draw(st.booleans()) else [digits]
    seps = [data.draw(st.sampled_from(SEPARATORS)) for _ in groups[1:]]
    card = groups[0] + "".join(s + g for s, g in zip(seps, groups[1:], strict=True))
    template = data.draw(
        st.sampled_from(
            [
                "{}",
                "Paid by card {} on 12 May.",
                "My other card, {}, shows the same merchant.",
                '"card": {{"number": "{}", "brand": "x"}}',
                "| Rupay | {} | 12/27 |",
                "yes that was my card {}\n[08:52] Agent: thanks",
            ]
        )
    )
    text = template.format(card)
    a_time = len(groups) == 1 and unix_time(digits)  # run together, a Unix time is read as one
    assert found(text) == ([] if a_time else [card]), text


@settings(max_examples=200, deadline=None)
@given(card_numbers())
def test_a_number_failing_luhn_is_no_card(digits):
    wrong = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    assert not luhn_ok(wrong)
    assert found(f"Card {wrong} and {wrong[:4]} {wrong[4:8]} {wrong[8:]}.") == []


@settings(max_examples=200, deadline=None)
@given(card_numbers(), st.sampled_from(["EAN", "ISBN", "Order no.", "Invoice #", "Tracking:", "AWB", "ref"]))
def test_a_number_right_after_a_product_or_reference_label_is_no_card(digits, label):
    assert found(f"{label} {digits} shipped") == []


@settings(max_examples=200, deadline=None)
@given(st.integers(1_000_000_000_000, 2_147_483_647_999), st.sampled_from(["", "000", "000000"]))
def test_a_unix_time_in_milliseconds_or_finer_is_no_card(ms, finer):
    stamp = f"{ms}{finer}"
    assert unix_time(stamp)
    assert found(f'<sms address="+12034613402" date="{stamp}" type="2"/>') == []


@settings(max_examples=200, deadline=None)
@given(card_numbers())
def test_phones_ips_amounts_and_codes_in_card_like_digits_are_no_card(digits):
    shapes = [
        "0" + digits[1:],  # a trunk 0: national phones, never a card
        "+" + digits[:2] + " " + digits[2:],  # international phone
        "00" + digits[:2] + " " + digits[2:],
        ".".join(digits[i : i + 3] for i in range(0, 12, 3)),  # an IP or a version
        " ".join([digits[:2]] + [digits[i : i + 3] for i in range(2, len(digits) - 2, 3)]),  # thousands
        "ID" + digits,  # inside a code
        "v" + digits[:4] + "." + digits[4:],
    ]
    for shape in shapes:
        assert found(f"see {shape} here") == [], shape


def test_examples_of_issue_16_and_of_every_network_are_cards():
    for card in [
        "630427373398",  # Maestro, 12 digits
        "6759-6002-8524-7473-164",
        "3003  664604  6407",  # Diners, 4-6-4
        "622705 900786374363",  # UnionPay, 6-12
        "1720 32419 631085",  # UATP, 4-5-6
        "9792 1367 6720 4410",  # Troy
        "2204.3100.4542.7955",  # Mir
        "5041.7580-2519 9863",  # mixed separators
    ]:
        assert luhn_ok(re.sub(r"\D", "", card)), card
        assert found(f"Paid with {card}.") == [card]


@settings(max_examples=200, deadline=None)
@given(card_numbers(), st.sampled_from([" ", "  ", "\u2009", "-", " - "]), st.sampled_from([4, 8]))
def test_a_card_with_a_first_group_of_up_to_eight_or_a_short_last_group_is_found_whole(digits, sep, first):
    # "8162 7156 6163 1718 88", "6281 0059 4870 7367 4", "51468152 11938993": cut in fours (or eights) as
    # printed, the remainder (one to three digits) stays the last group.
    body = sep.join(digits[i : i + first] for i in range(0, len(digits), first))
    assert found(f"Paid using card {body}. The order was placed") == [body]
