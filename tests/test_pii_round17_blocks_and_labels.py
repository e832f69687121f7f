"""Round seventeen: an address block's other lines and parts (flat, floor, box or lot; the postcode and town
below; a town alone closing the block), streets whose type word English shares, record numbers under the
labels hospitals print and in the chat line under the question, and names after a role's bracket, a
kinship word, a greeting, a heading or a JSON role key."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.config import ScrubParams
from governance.pii.address_blocks import widen_address
from governance.pii.scrubber import Scrubber
from tests.pii_helpers import covered, found


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


# Address blocks.


@pytest.mark.parametrize(
    ("text", "block"),
    [
        ("Residential address: 2349 Quarry Row\nSuite 27\n984 31 Pajala\nMobile: +46 70 126 01 63\n",
         "2349 Quarry Row\nSuite 27\n984 31 Pajala"),
        ("CALLER: it's 2554 allée des Flamboyants, esc. B, 39e étage.\n", "2554 allée des Flamboyants, esc. B, 39e étage"),
        ("Domicile:\nlot 8\n19 boulevard de la Darse\nGagnoa\n\nSigned today.\n", "lot 8\n19 boulevard de la Darse\nGagnoa"),
        ("Fuad Ba-Wazir\n2474 Harbour View Terrace\nBox 43\nTaiz\n\nDear Sir,\n", "2474 Harbour View Terrace\nBox 43\nTaiz"),
        ("Wohnadresse: Spreewaldring 1455, 14. OG links\n26603 Aurich\n", "Spreewaldring 1455, 14. OG links\n26603 Aurich"),
        ("Alamat rumah: Jl. Pejanggik 312, RT 27/RW 27\n", "Jl. Pejanggik 312, RT 27/RW 27"),
        ("Alamat rumah: Jl. Pejanggik 1623, Blok A No. 47\n", "Jl. Pejanggik 1623, Blok A No. 47"),
        ("Residenza:\nVia dei Ceramisti, 940\nscala C\n73020 Martano (LE)\n", "Via dei Ceramisti, 940\nscala C"),
        ("Previous address:\n263 Tamarind Drive\nHouse 27\nMasasi\nDiagnoses ........ R07.9\n",
         "263 Tamarind Drive\nHouse 27\nMasasi"),
        ("it's Mühlenkamp 208, App. 33.\n", "Mühlenkamp 208, App. 33"),
    ],
)  # fmt: skip
def test_an_address_block_is_found_with_its_units_floors_and_town_lines(scrubber, text, block):
    assert covered(scrubber, text, block, "STREET_ADDRESS")


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Ship to: 12 Baker Street\nRefund requested\n\nThanks.", "12 Baker Street"),
        ("Ship to: 12 Baker Street\nBox 4 of 6 damaged\n", "12 Baker Street"),
        ("Visit us at 12 Baker Street, London\nOpening hours: 9-5\n", "12 Baker Street, London"),
    ],
)
def test_an_address_block_stops_at_prose_and_at_a_line_that_is_no_part_of_it(scrubber, text, street):
    assert found(scrubber, text, "STREET_ADDRESS") == [street]


def test_a_town_alone_closes_the_block_only_before_a_blank_line_a_label_or_the_end():
    text = "12 Baker Street\nLondon Bridge is falling down, my fair lady\n"
    assert widen_address(text, 0, 15) == (0, 15)
    text = "12 Baker Street\nKotzebue\nPhone: 555 0100\n"
    assert widen_address(text, 0, 15) == (0, 24)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("CALLER: 21/10/1962, and it's 1710 rue des Cordiers.", "1710 rue des Cordiers"),
        ("Domicile: 1369 impasse des Goyaviers, lot 45\n", "1369 impasse des Goyaviers, lot 45"),
        ("Frandy Ureña\nPaseo de los Curtidores, 2749\n22000 La Romana\n", "Paseo de los Curtidores, 2749\n22000 La Romana"),
        ("Consolacion Treñas\n669B Sawmill Crescent\nIloilo City 5000\n", "669B Sawmill Crescent\nIloilo City 5000"),
        ("home: ш. Горное, д. 1685bis, кв. 23\n", "1685bis"),
        ("FROM: 93 Pelican Walk, Box 26\nTO:   2052B Old Mission Trail, House 12\n", "93 Pelican Walk, Box 26"),
        ("FROM: 93 Pelican Walk, Box 26\nTO:   2052B Old Mission Trail, House 12\n", "2052B Old Mission Trail, House 12"),
        ("consistent with declared residence (217 Pelican Walk).", "217 Pelican Walk"),
        ("FROM: Am Fischerhafen 2542B\nTO: Mühlenkamp 644\n", "Am Fischerhafen 2542B"),
        ("FROM: Am Fischerhafen 2542B\nTO: Mühlenkamp 644\n", "Mühlenkamp 644"),
        ("FROM: Watermolenpad 554, unit 35\n", "Watermolenpad 554, unit 35"),
        ("2193 Salt Pond Street, Lot 48\nCockburn Town, Grand Turk TKCA 1ZZ\n", "TKCA 1ZZ"),
        ("app(Jl. Gajah Mada 1112-4)", "Jl. Gajah Mada 1112-4"),
    ],
)  # fmt: skip
def test_streets_whose_type_english_shares_or_that_have_none_are_found(scrubber, text, street):
    assert covered(scrubber, text, street, "STREET_ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "The trail is long: a 5 Minute Walk from the station takes longer in rain.",
        "We walked 3 miles along the Pelican Walk at dusk.",
        "Im Jahr 2020 wurde das Werk erweitert.",
        "Take place 3 in line, then the route 66 diner.",
        "Ticket 2024-5 for the Old Mission Trail tour sold out.",
    ],
)
def test_english_nouns_of_streets_in_prose_are_no_address(scrubber, text):
    assert found(scrubber, text, "STREET_ADDRESS") == []


# Record numbers.


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("PATIENT: Ana Lima    Hosp. No.: F219-090-881    DOB: 20/03/1976", "F219-090-881"),
        ("visit 6 of 12\nHospital Reg. No. BE/470486/77 | mvondo", "BE/470486/77"),
        ("Born ..... 2-4-1951\nProcesso clínico ... PC79308172\nPrevious address:", "PC79308172"),
        ("PATIENT: RUVANIYAW, Sauniaw    Patient Folder: F3543584    DOB: 2", "F3543584"),
        ("visit 6 of 12\nOPD Card No. OPD/35564/6279 | shahla", "OPD/35564/6279"),
        ("Born ..... 06/09/1974\nМедкарта № ... 35232-94\n", "35232-94"),
        ("Physio progress note\nEMR ID EMR-539608272 | wawiriy", "EMR-539608272"),
        ("PATIENT: 张月娥    CHI: 5506397157    DOB: 04-JUL-1949", "5506397157"),
        ("N° dossier patient: DP-854-02311    DOB: 1", "DP-854-02311"),
        ("No. Rekam Medis ... RM-06.28.03\nPrevious", "RM-06.28.03"),
        ("Krankenblatt-Nr. KB 1184 34563 | nihaya", "KB 1184 34563"),
        ("08:02 > We need her Chart #: please send it.\n08:15 < VB179869\n08:16 > Thanks", "VB179869"),
        ("08:02 > We need her Historia clínica: please send it.\n08:15 < HC 7099709\n", "HC 7099709"),
        ("Patient Folder:\nF5335709\n", "F5335709"),
    ],
)
def test_record_numbers_under_the_labels_hospitals_print_are_found(scrubber, text, number):
    assert covered(scrubber, text, number, "MEDICAL_RECORD_NUMBER")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # A number alone on its line under a line that names no record.
        ("08:02 > Can you send the parcel reference?\n08:15 < VB179869\n", "VB179869"),
        # The record's label and its number on the line above: the line below is something else.
        ("Chart #: 69201745\n08:15 < 481.962.547\n", "481.962.547"),
        # More than the number on the line below.
        ("We need her Chart #: please send it over today.\nVB179869 is the order we shipped.\n", "VB179869"),
        # "Chi" is a name too; "RM" is Malaysia's ringgit.
        ("Chi 5506397157 called back.", "5506397157"),
        ("Total RM 12345678 paid.", "12345678"),
        # A court's file number ("expediente") is a docket.
        ("Nº de expediente: EXP-2549-700457, Juzgado Tercero Civil", "EXP-2549-700457"),
    ],
)
def test_a_number_without_a_record_label_is_no_record_number(scrubber, text, number):
    assert not any(number in value for value in found(scrubber, text, "MEDICAL_RECORD_NUMBER"))


# Names.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("AGENT (Nadia): Thanks for calling Caribe Clearing SA.", "Nadia"),
        ("Person to inform: Марічка Федорук", "Марічка Федорук"),
        ("Surname: Trabelsi\nGiven names: Ines\n", "Ines"),
        ("Given name(s): 国栋\n", "国栋"),
        ("Driver       : KHAMVONGSA, Thongkham\n", "KHAMVONGSA, Thongkham"),
        ("Driver       : עמר, שמעה\n", "עמר, שמעה"),
        ("Guardian (under 16): Varto, Zelal\n", "Varto, Zelal"),
        ("Agent on site: Kofi\n", "Kofi"),
        ("Agent on site: شيخة\n", "شيخة"),
        ("climbs stairs easier. Wife Mbarga helps with the exercises.", "Mbarga"),
        ("2024-09-17 08:02 > Hi Ello, your refill is ready.", "Ello"),
        ("2024-09-17 08:02 > Hi Ντονάτο, your refill is ready.", "Ντονάτο"),
        ("call me back.\nthanks, Kwamina", "Kwamina"),
        ("call me back.\nthanks, סעדיה", "סעדיה"),
        ("hi, this is bano yarkhun (member since Aug 10, 2025), plan Gold PPO.", "bano yarkhun"),
        ("hi, this is سعيد البوسعيدي (member since Mar 26, 2025)", "سعيد البوسعيدي"),
        ("NEXT OF KIN\n  Céleste, Maryse\n  Relationship: daughter\n", "Céleste, Maryse"),
        ("reach me fastest.\n\nYours faithfully,\n\nSiméon, Joëlle\n", "Siméon, Joëlle"),
        ('{"account": "Sahel Telecom", "contact": "amaru farinango", "owner": "Yupanki"}', "amaru farinango"),
        ('{"account": "Sahel Telecom", "contact": "amaru farinango", "owner": "Yupanki"}', "Yupanki"),
    ],
)
def test_names_after_a_roles_bracket_a_kinship_word_a_greeting_or_a_heading_are_found(scrubber, text, name):
    assert covered(scrubber, text, name, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Hello World! The new release is out.",
        "Thanks Team! Great work on the launch.",
        "Shipped from Nairobi, Kenya on Monday.",
        "I am Kenyan.",
        "AGENT (Remote): please hold.",
        "his wife said the stairs were easier.",
        '{"owner": "Finance Team", "contact": "sales@example.com"}',
        "PATIENT\nIbuprofen 200 mg twice daily\n",
        "Meter readings: MPAN 27 613 642 7660; Meter No. J98M03267\n",
        "Animal: ferret, microchip 995051283612761\nVaccine Batch M5270-24, given 10.10.2023\n",
    ],
)
def test_greetings_roles_headings_and_keys_without_a_name_find_no_person(scrubber, text):
    assert found(scrubber, text, "PERSON") == []


def test_a_department_under_a_signature_is_no_person(scrubber):
    text = "first six months.\n\nKind regards,\nIbironke Omojola\nGlobal Mobility\nRef. TKT-92823\n"
    assert found(scrubber, text, "PERSON") == ["Ibironke Omojola"]


@settings(max_examples=40, deadline=None)
@given(
    unit=st.sampled_from(["Apt", "Suite", "Box", "Lot", "House", "Flat", "esc.", "depto.", "int.", "appt"]),
    number=st.integers(min_value=1, max_value=999),
    lines_after=st.integers(min_value=0, max_value=3),
)
def test_an_address_block_never_runs_into_the_next_field_or_paragraph(unit, number, lines_after):
    street = "2349 Quarry Row"
    block = f"{street}, {unit} {number}"
    after = (
        "\n\nDear Sir,\nYour claim was received." if lines_after == 0 else "\nPhone: 555 0100\n" * lines_after
    )
    text = block + after
    start, end = widen_address(text, 0, len(street))
    assert (start, end) == (0, len(block))
