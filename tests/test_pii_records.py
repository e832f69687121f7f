"""Names and addresses found by the record format that holds them (vCard, SWIFT MT) and by address labels of
forms and JSON, in any script or case."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from governance.pii.addresses import StreetAddressRecognizer
from governance.pii.records import RecordFieldRecognizer

RECORDS = RecordFieldRecognizer()
STREETS = StreetAddressRecognizer()
# Words of any script and case: the format, not the words, says what a field holds.
WORD = st.sampled_from(
    ["Mæland", "KLÁDÍA", "Óttarr", "Παναγιώτης", "연창연", "Bølerskrenten", "Þverfell", "rua"]
)


def found(recognizer, text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)]


@settings(max_examples=100, deadline=None)
@given(WORD, WORD, WORD, st.integers(1, 999), st.from_regex(r"[0-9]{4,5}", fullmatch=True))
def test_vcard_names_and_addresses_are_found_by_their_fields(given_name, surname, street, number, postcode):
    adr = f"{street} {number};{given_name}by;;{postcode}"
    card = (
        f"BEGIN:VCARD\nVERSION:3.0\nN:{surname};{given_name};;;\nFN:{given_name} {surname}\nORG:Acme\n"
        f"ADR;TYPE=HOME:;;{adr};NO\nNOTE:met at expo\nEND:VCARD"
    )
    hits = found(RECORDS, card)
    assert ("STREET_ADDRESS", adr) in hits
    assert {("PERSON", surname), ("PERSON", given_name), ("PERSON", f"{given_name} {surname}")} <= set(hits)
    assert not any("Acme" in v or "expo" in v for _, v in hits)


@settings(max_examples=100, deadline=None)
@given(WORD, WORD, st.integers(1, 999), st.sampled_from([":50K:", ":59:", ":50F:"]), st.booleans())
def test_swift_mt_parties_are_a_name_then_address_lines(name, street, number, tag, account):
    lines = f"{street} {number}\n167 {street.upper()}"
    message = f":20:FT11QD26741\n:23B:CRED\n{tag}{'/NO5156972806144' + chr(10) if account else ''}{name} {name}\n{lines}\n:57A:COLLISJ1S20\n:70:/INV/1\n-}}"
    hits = found(RECORDS, message)
    assert hits == [("PERSON", f"{name} {name}"), ("STREET_ADDRESS", lines)], message


def test_fields_outside_their_format_are_left_alone():
    assert found(RECORDS, "N:the note\nFN:x\n:59: is a tag") == []


def test_an_address_after_a_json_field_a_postcode_label_or_reside_at_is_found():
    for text, value in [
        ('"billing_address": {"line1": "Bogovićeva 4a", "city": "Otočac"}', "Bogovićeva 4a"),
        ("Postcode and town: 12092 Bitlis\nPhone: none", "12092 Bitlis"),
        (
            "1. I reside at Kolonitzplatz 103/7, A-8509 Tulln an der Donau.\n",
            "Kolonitzplatz 103/7, A-8509 Tulln",
        ),
    ]:
        assert any(value in v for _, v in found(STREETS, text)), text


NAMES = st.sampled_from(["Günel", "Архипп", "te Vordtwis", "BLACKBURN, Tegan", "재인", "Luna", "Ó Briain"])


@settings(max_examples=100, deadline=None)
@given(NAMES, st.sampled_from(["first_name", "last_name", "full_name", "contact_name", "surname", "name"]))
def test_the_values_of_json_name_keys_are_people(name, key):
    text = f'{{"customer": {{"{key}": "{name}", "email": "x@example.com", "amount": 12}}}}'
    assert found(RECORDS, text) == [("PERSON", name)]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(NAMES, min_size=1, max_size=4),
    st.sampled_from(["|", ";", "\t"]),
    st.sampled_from(["Name", "first_name", "Last name", "Surname", "Passenger"]),
)
def test_the_cells_of_a_name_column_under_a_header_row_are_people(names, delimiter, header):
    rows = [delimiter.join([f"C-{i}", name, "Acme", f"u{i}@example.com"]) for i, name in enumerate(names)]
    text = "\n".join([delimiter.join(["id", header, "company", "email"]), *rows, "", "Total: 4"])
    assert found(RECORDS, text) == [("PERSON", name) for name in names], text


def test_a_table_without_a_name_column_has_no_people():
    assert found(RECORDS, "Item | Qty | Price\nresin | 22 | 5\nSpencer | 1 | 9") == []


@settings(max_examples=60, deadline=None)
@given(
    NAMES,
    st.sampled_from(["Name", "Surname", "Passenger"]),
    st.lists(st.sampled_from(["Born", "Email", "Phone", "Account owner", "Street", "SSN"]), min_size=1),
)
def test_a_record_laid_across_a_table_keeps_its_field_names(name, field, fields):
    # "| Name | ... |" is a row of the table here, not its header: the cells below it name the next fields.
    rows = [f"| {f} | value {i} | other {i} |" for i, f in enumerate(fields)]
    text = "\n".join(["| Field | Record A | Record B |", "|---|---|---|", f"| {field} | {name} | x |", *rows])
    assert found(RECORDS, text) == []


@settings(max_examples=60, deadline=None)
@given(
    NAMES,
    NAMES,
    st.from_regex(r"[A-Z]{0,2}-?[0-9]{5,9}", fullmatch=True),
    st.sampled_from(["MR", "PI", "MRN"]),
)
def test_an_hl7_patient_segment_gives_its_identifiers_and_name(family, given_name, mrn, kind):
    text = (
        f"MSH|^~\\&|EHR|WARD|202603010815||ORU^R01|MSG-1|P|2.5.1\r"
        f"PID|1||{mrn}^^^MAIN^{kind}~^^^NONE^XX||{family}^{given_name}||19800101|F\rOBX|1|TX|Acme Corp"
    )
    assert found(RECORDS, text) == [
        ("MEDICAL_RECORD_NUMBER", mrn),
        ("PERSON", family),
        ("PERSON", given_name),
    ]
    # The same fields in a segment of the sender's own (a Z segment) name no one.
    assert found(RECORDS, text.replace("\rPID|", "\rZPD|")) == []
