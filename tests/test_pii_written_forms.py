"""Identifiers as records and letters of many countries write them: streets in Cyrillic and Greek, with doors,
floors and postcodes of more countries; dates of birth run together; table columns named by their header;
names surname first, in capitals or with a glued initial; and what is no name (markup, country codes,
headings, field labels)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from governance.pii.addresses import StreetAddressRecognizer
from governance.pii.identifiers import DriverLicenseRecognizer, MrnLabelRecognizer, SwiftRecognizer
from governance.pii.keep import protected_spans
from governance.pii.people import (
    GivenNameRecognizer,
    IntroducedNameRecognizer,
    WrittenNameRecognizer,
    in_markup_tag,
    plausible_ner_person,
)
from governance.pii.recognizers import DateOfBirthRecognizer
from governance.pii.records import RecordFieldRecognizer

STREETS = StreetAddressRecognizer()
RECORDS = RecordFieldRecognizer()
DOB = DateOfBirthRecognizer()
WRITTEN = WrittenNameRecognizer()


def found(recognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


def typed(recognizer, text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)]


def covered(recognizer, text: str, value: str) -> bool:
    at = text.index(value)
    return any(r.start <= at and at + len(value) <= r.end for r in recognizer.analyze(text, None))


CYRILLIC = st.sampled_from(
    ["Федора Полетаева", "Забайкальська", "Садовая", "Бориса Мозолевського", "Каховка"]
)
TOWNS = st.sampled_from(["Перевоз", "Амурск", "Нікополь", "Қостанай", "Ақкөл"])


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["ул.", "вул.", "улица", "просп.", "пер."]),
    CYRILLIC,
    st.integers(1, 399),
    st.sampled_from(["", "b"]),
    st.from_regex(r"[0-9]{5,6}", fullmatch=True),
    TOWNS,
    st.sampled_from(["дом ", ""]),
    st.sampled_from(["г. ", ""]),
)
def test_cyrillic_streets_are_found_with_house_postcode_and_town(
    kind, name, n, letter, pc, town, house, prefix
):
    street = f"{kind} {name}, {house}{n}{letter}, {pc}, {prefix}{town}"
    assert covered(STREETS, f"Delivery to: {street}\nCopay EUR 12", street)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Куприн", "Кентау", "Николай Хлудов"]),
    st.sampled_from(["көшесі", "даңғылы", "орамы"]),
    st.integers(1, 399),
    st.from_regex(r"[0-9]{6}", fullmatch=True),
    TOWNS,
)
def test_kazakh_street_types_after_the_name_are_found(name, kind, n, pc, town):
    street = f"{name} {kind}, {n}, {pc}, {town}"
    assert covered(STREETS, f"loss at {street}. water damage", street)


def test_a_greek_street_before_a_postcode_and_town_is_found():
    street = "Στάμου Ιωάννη 36, 103 02 Κατερίνη"
    assert covered(STREETS, f"loss at {street}. water damage to kitchen", street)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(
        ["Nadlergasse", "Gumpendorfer Straße", "Ravnsbjergvej", "Korkeavuorenkatu", "Baurstrasse"]
    ),
    st.integers(1, 399),
    st.sampled_from(["", "b", "/Top 2", "/Stiege 3", ", 6. sal", " A 4"]),
    st.sampled_from(["H-", "DK-", "CH ", "FI-", ""]),
    st.from_regex(r"[1-9][0-9]{3}", fullmatch=True),
    st.sampled_from(["Voitsberg", "Ried im Innkreis", "Sankt Johann im Pongau", "Échallens"]),
    st.sampled_from([", ", "\n"]),
)
def test_doors_floors_and_country_prefixed_postcodes_stay_in_the_street(
    street, n, door, prefix, pc, town, sep
):
    address = f"{street} {n}{door}{sep}{prefix}{pc} {town}"
    assert covered(STREETS, f"we rent at {address} and our lease ends soon", address)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["Calle Sádaba", "Rua José Pontes", "Estrada Sousa Martins", "Praça Cais Do Tojo"]),
    st.sampled_from(["n.º ", "N.º ", "nº ", "No. "]),
    st.integers(1, 399),
    st.sampled_from(["", "CEP ", "C.P. "]),
    st.from_regex(r"[1-9][0-9]{4}|[1-9][0-9]{3}-[0-9]{3}", fullmatch=True),
    st.sampled_from(["Almería", "Vila do Conde", "La Orotava"]),
)
def test_numbers_after_a_number_word_and_labelled_postcodes_are_found(street, word, n, label, pc, town):
    address = f"{street} {word}{n}, {label}{pc} {town}"
    assert covered(STREETS, f"Property: {address}\nDeposit: 300", address)


@settings(max_examples=100, deadline=None)
@given(
    st.integers(1, 999),
    st.sampled_from(["", "b"]),
    st.sampled_from(["Cross Path", "Beach Bayou", "Jerrold Extension", "San Lorenzo Manor", "Sussex Field"]),
    st.sampled_from([", ", "\n"]),
    st.sampled_from(["Belle Glade", "National City", "Rocky Mount"]),
    st.sampled_from(["MN", "WI", "KY", "MD"]),
    st.from_regex(r"[0-9]{5}", fullmatch=True),
)
def test_english_street_words_before_a_us_town_state_and_zip_are_a_street(
    n, letter, words, sep, town, state, z
):
    address = f"{n}{letter} {words}{sep}{town} {state} {z}"
    assert covered(STREETS, f"Delivery to: {address}\nCopay $12", address)


@pytest.mark.parametrize(
    "address",
    ["4 Cleary Heights\nWaterford, H85 Q2T5", "10 Brookeborough Terrace, Waterford, O44 P5N4"],
)
def test_irish_eircodes_close_a_street(address):
    assert covered(STREETS, f"{address}\n\nDear Lorina,", address)


@pytest.mark.parametrize(
    "text",
    [
        "In re BGH NJW 2019, 1234, Az. 3 O 123/19",
        "See Table 4, 2019 Annual Report, for details.",
        "Kickoff at 10, Paris time.",
    ],
)
def test_citations_and_figures_are_no_street(text):
    assert found(STREETS, text) == []


def test_a_town_ends_at_a_full_stop():
    text = "Payroll change: moved to Jarabinková ulica 6403, 304 74 Dolný Kubín. SSN on file 123-25-1465."
    assert set(found(STREETS, text)) == {"Jarabinková ulica 6403, 304 74 Dolný Kubín"}


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(
        ["DOB:", "born", "date of birth (", "Birth date (ID document) .......", '"birthDate": "']
    ),
    st.dates(date(1920, 1, 1), date(2020, 12, 31)),
)
def test_a_birth_date_run_together_is_found_after_a_birth_label(label, day):
    compact = day.strftime("%Y%m%d")
    assert found(DOB, f"Applicant, {label} {compact}, employed since 2023-10-05.") == [compact]


def test_a_date_after_a_compact_birth_date_is_not_the_birth_date():
    assert found(DOB, "DOB: 19661225\nAdmitted 26-04-2025, discharged 20.12.25.") == ["19661225"]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["\t", " | ", ";"]),
    st.sampled_from(["DOB", "Date of birth", "Geburtsdatum", "birth_date"]),
    st.sampled_from(["SSN", "SSN / Tax ID", "Social security number"]),
    st.dates(date(1920, 1, 1), date(2020, 12, 31)),
    st.from_regex(r"[1-8][0-9]{8}", fullmatch=True),
)
def test_table_columns_of_birth_dates_and_ssns_are_found_by_their_header(sep, dob, ssn, day, number):
    born = day.strftime("%d.%m.%Y")
    text = f"Employee{sep}{dob}{sep}{ssn}{sep}Cost centre\nHana Buchta{sep}{born}{sep}{number}{sep}CC-664\n"
    assert {("PERSON", "Hana Buchta"), ("DATE_OF_BIRTH", born), ("US_SSN", number)} <= set(
        typed(RECORDS, text)
    )
    assert not any("CC-664" in v for _, v in typed(RECORDS, text))


def test_a_role_column_holding_numbers_is_no_name():
    text = "Employee\tDepartment\tGross\nE-48213\tSales\t1200\n"
    assert typed(RECORDS, text) == []


def test_json_given_and_family_side_by_side_are_a_name():
    text = '{"name": {"given": "Linde", "family": "Veendricks"}, "birthDate": "19830724"}'
    assert typed(RECORDS, text) == [("PERSON", "Linde"), ("PERSON", "Veendricks")]
    assert typed(RECORDS, '{"font": {"family": "sans-serif", "size": 12}}') == []


@settings(max_examples=100, deadline=None)
@given(st.from_regex(r"[A-Z][a-z]{1,6}(?:[A-Z][a-z]{1,5})?", fullmatch=True))
def test_markup_tags_and_attribute_names_are_no_name(tag):
    text = f'<Cdtr><{tag} Ccy="EUR">12</{tag}><Nm>Marve Smirnov</Nm></Cdtr>'
    at = text.index(tag)
    assert in_markup_tag(text, at)
    assert not plausible_ner_person(text, at, at + len(tag))
    assert not in_markup_tag(text, text.index("Marve"))


def test_a_name_in_a_markup_value_is_not_markup():
    text = '<sms contact_name="Ana Lima" body="hi"/>'
    assert not in_markup_tag(text, text.index("Ana"))
    names = found(GivenNameRecognizer(), '<CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">4035.40</InstdAmt>')
    assert names == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ID seen: driving licence DK no. E312454K21.", "DK"),
        ("CLIENT ONBOARDING — CUSTOMER DUE DILIGENCE\nFile KYC-22", "DUE DILIGENCE"),
        ("weight 49 kg.\nReferrer: Adelheid Lindgaard, bleep 21", "Referrer"),
    ],
)
def test_country_codes_headings_and_role_labels_are_no_person(text, value):
    at = text.index(value)
    assert not plausible_ner_person(text, at, at + len(value))


def test_a_speaker_label_that_is_a_name_stays_a_person():
    text = "Transcript\nWalter: I saw it.\nKIM, Bianca left."
    assert plausible_ner_person(text, text.index("Walter"), text.index("Walter") + 6)
    assert plausible_ner_person(text, text.index("KIM"), text.index("KIM") + 3)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["Patient: ", "Subject: ", "Guest: ", "\n", "("]),
    st.sampled_from(
        [
            ("Lindh", "Baltsar"),
            ("COHEN", "VENETTA"),
            ("Matos", "Amâncio"),
            ("Gould", "Alphonse"),
            ("TE STROOTE", "Talha"),
        ]
    ),
)
def test_a_surname_first_with_a_comma_is_a_name(lead, pair):
    name = ", ".join(pair)
    assert name in found(WRITTEN, f"REPORT{lead}{name}\nDOB: 1.1.1990")


@pytest.mark.parametrize("text", ["Notes: Smith, who called", "Amount: EUR, Total", "Status: Open, Pending"])
def test_a_word_and_a_comma_after_a_label_is_no_name_without_evidence(text):
    assert found(WRITTEN, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dear Maria GARCÍA,", "Maria GARCÍA"),
        ("Prescriber: L.Burt, ph. 201", "L.Burt"),
        ("MFA reset by A.Hagelin.", "A.Hagelin"),
    ],
)
def test_a_surname_in_capitals_or_after_a_glued_initial_is_a_name(text, name):
    assert name in found(WRITTEN, text)


@pytest.mark.parametrize("text", ["Total USD Amount", "NEW YORK Times", "see the IBAN Maria", "U.S. Army"])
def test_capitals_and_initials_that_are_no_name(text):
    assert found(WRITTEN, text) == []


def test_name_fields_with_blanks_and_wide_gaps_are_read_one_by_one():
    intro = IntroducedNameRecognizer()
    assert found(intro, "Surname ______ Merrill ______   Forename(s) ______ Henrik ______") == [
        "Merrill",
        "Henrik",
    ]
    assert found(intro, "Patient surname: Due   Given name: Eringisl\nHospital no.") == ["Due", "Eringisl"]


def test_medical_record_numbers_with_a_check_letter_and_licences_with_a_letter_prefix():
    assert found(MrnLabelRecognizer(), "MRN: H912726Q    DOB: 28.10.2005 | Chart H176350S\n") == [
        "H912726Q",
        "H176350S",
    ]
    licence = DriverLicenseRecognizer()
    assert found(licence, "AGENT: Your licence number, please.\nCALLER: HM 851564, issued in AT.") == [
        "HM 851564"
    ]
    # Letters before the number may be its series or the issuing country: the scrubber takes them with it.
    assert found(licence, "Third party: Pelin Akay, licence TR 53726173, tel.") == ["TR 53726173"]


@pytest.mark.parametrize(
    "text",
    [
        "Settlement to BG36 HHKV020659VBRDG9IS (NOVBUSRQ). Questions",
        "Settlement to DE89 3704 0044 0532 0130 00 / COBADEFF. Thanks",
        "Correspondent: SOLVUSBJ. Contact",
    ],
)
def test_a_bic_after_an_iban_or_a_correspondent_label_is_found(text):
    assert len(found(SwiftRecognizer(), text)) == 1


def test_french_insurers_are_companies():
    text = "Landlord: Solenne Assurances SA\n"
    assert any("Solenne Assurances" in text[s:e] for s, e in protected_spans(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("loss at Dankó köz 148., H-1190 Hajdúnánás. water", "Dankó köz 148., H-1190 Hajdúnánás"),
        ("Property: Róbert károly köz 336., H-7935 Herend\nDeposit", "Róbert károly köz 336., H-7935 Herend"),
        ("rent at C/ Calle Sádaba n.º 12b, 30971 Almería and", "C/ Calle Sádaba n.º 12b, 30971 Almería"),
        (
            "keys at 396, rue Des Herons, F-40563 COURBEVOIE on 2 mars",
            "396, rue Des Herons, F-40563 COURBEVOIE",
        ),
        ("M. Kask, Lumikellukese tee 316, 49892 Paide | JJD", "Lumikellukese tee 316, 49892 Paide"),
        (
            "Селина\nул. Каретный М., дом 367\n836059, г. Заволжск\n",
            "ул. Каретный М., дом 367\n836059, г. Заволжск",
        ),
    ],
)
def test_streets_as_hungary_spain_france_estonia_and_russia_write_them(text, address):
    assert covered(STREETS, text, address)


@pytest.mark.parametrize("text", ["Payment due 30, 12345 Berlin", "We met the Board at 10, Rue later"])
def test_sentences_with_a_number_and_a_town_are_no_street(text):
    assert found(STREETS, text) == []


@pytest.mark.parametrize(
    "text",
    ["Supplier: Siemens AG, Fátima\nTelefone: +51", "Supplier: Nokia Corporation, North Little Rock\nGSM"],
)
def test_the_town_after_a_company_and_a_comma_is_no_person(text):
    town = text.split(", ")[1].split("\n")[0]
    at = text.index(town)
    assert not plausible_ner_person(text, at, at + len(town))


def test_a_name_before_a_company_on_the_next_line_is_not_part_of_the_company():
    text = "Patient surname: Due   Given name: Eringisl\nHospital no.: 448-998-219"
    assert not any("Eringisl" in text[s:e] for s, e in protected_spans(text))


@pytest.mark.parametrize("closing", ["Mit freundlichen Grüßen", "Met vriendelijke groet", "Cordialement"])
def test_a_letters_closing_in_other_languages_is_no_person_and_labels_the_name_under_it(closing):
    from governance.pii.people import LabelledNameRecognizer

    text = f"Thanks for the reply.\n\n{closing}\nHrólfur Vigrason\nEquinor ASA\n"
    last = closing.split()[-1]
    at = text.index(last)
    assert not plausible_ner_person(text, at, at + len(last))
    assert "Hrólfur Vigrason" in found(LabelledNameRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Passenger: STRAKOVÁ/MARIANNA MRS\n11-Jun-2021  SK2588", "STRAKOVÁ/MARIANNA"),
        ("Passenger: WIGGERS-NIEUHUIJS/ELLEN MR\n", "WIGGERS-NIEUHUIJS/ELLEN"),
        ("Passenger: Livingston/Catherina\n", "Livingston/Catherina"),
        ("BOARDING PASS  VAN DER BERG/ANNA MARIA MRS  seat 12A", "VAN DER BERG/ANNA MARIA"),
    ],
)
def test_airline_passenger_names_are_found(text, name):
    assert ("PERSON", name) in typed(RECORDS, text)


@pytest.mark.parametrize("text", ["see docs/api MR 12", "and/or MS Word", "Passenger count: 3/4"])
def test_slashes_that_are_no_passenger_name(text):
    assert typed(RECORDS, text) == []


def test_names_after_moderators_and_on_the_line_are_a_list_of_people():
    from governance.pii.people import NameListRecognizer

    names = NameListRecognizer()
    assert found(names, "Moderators: Higgins & Mcfadden\nOn-site help") == ["Higgins", "Mcfadden"]
    text = "also on the line: Analeigh Galván, Leonardo Ruiz and Esmarelda."
    assert found(names, text) == ["Analeigh Galván", "Leonardo Ruiz", "Esmarelda"]


def test_a_particle_joins_a_name_after_a_given_name_only():
    given_names = GivenNameRecognizer()
    assert found(given_names, "Re: Marie de Bruin, born 1952-06-01") == ["Marie de Bruin"]
    assert found(given_names, "Branches: Póvoa de Varzim, Vila do Conde") == []


@pytest.mark.parametrize("place", ["São Domingos de Rana", "San Lorenzo Ruiz", "Sankt Johann Maier"])
def test_a_place_named_for_a_saint_is_no_person(place):
    assert found(GivenNameRecognizer(), f"Gisela;911 622 669;{place};5659\n") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Bill to:\nT. Cannada\nCorso Mantica 1/F\n25054 Alessandria (RM)\n",
            "Corso Mantica 1/F\n25054 Alessandria (RM)",
        ),
        (
            "Address: ул. Софьи Ковалевской, д. 15, кв. 34, г. Торжок, 127313\n",
            "ул. Софьи Ковалевской, д. 15, кв. 34",
        ),
        (
            "holder: X, Bonte-Mantelstraat 15 bus 10, 7682 Bastenaken\n",
            "Bonte-Mantelstraat 15 bus 10, 7682 Bastenaken",
        ),
        ("Address: Largo Beatas, n.º 2, 5339-307 Braga\nDriver", "Largo Beatas, n.º 2, 5339-307 Braga"),
        (
            "address: Calle María Callas, 1, 6º, 87612 Nerja (Málaga)\n",
            "Calle María Callas, 1, 6º, 87612 Nerja (Málaga)",
        ),
        ("Olof, Kvintus Allé 143, st. th., 9608 Hagersten\n", "Kvintus Allé 143, st. th., 9608 Hagersten"),
        (
            "Address: Jósika miklós útja 10. 11. em., 9194 Tiszaföldvár\n",
            "Jósika miklós útja 10. 11. em., 9194 Tiszaföldvár",
        ),
        (
            "Home address: вул. Домодєдівська, буд. 45, Тальне, 88439\n",
            "вул. Домодєдівська, буд. 45, Тальне, 88439",
        ),
    ],
)
def test_units_floors_boxes_and_provinces_stay_in_the_address(text, address):
    assert covered(STREETS, text, address)


def test_a_name_attribute_of_markup_holds_a_name_unless_it_is_a_placeholder():
    text = '<sms contact_name="Həcər Muradlı" /><sms contact_name="(Unknown)" /><input name="email" />'
    assert typed(RECORDS, text) == [("PERSON", "Həcər Muradlı")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yours sincerely,\n\nЮрий Нарежный\nConsultant", "Юрий Нарежный"),
        ("Policyholder: Аникита Булгарин   DOB: 1967-01-02", "Аникита Булгарин"),
        ("Policyholder: Heda Ferreira   DOB: 24 de agosto de 1935", "Heda Ferreira"),
    ],
)
def test_names_in_greek_and_cyrillic_after_a_label_or_closing_and_fields_apart(text, name):
    from governance.pii.people import LabelledNameRecognizer

    assert found(LabelledNameRecognizer(), text) == [name]
