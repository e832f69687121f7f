"""Round nineteen: running text in other languages, businesses, things and offices are no one's name; HL7's
headers and issuing authorities; case numbers closed by their year are no phones; a table's cell is no
amount's unit; a cause list's parties, a statement's counterparty, a bare YAML or XML name; labels of names,
addresses, record numbers and birth dates in the scripts and languages forms are printed in."""

from __future__ import annotations

import pytest

from core.config import ScrubParams
from governance.pii.names import function_phrase
from governance.pii.scrubber import Scrubber
from tests.pii_helpers import covered, found, kept


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


def persons(scrubber, text: str) -> list[str]:
    return found(scrubber, text, "PERSON")


def test_running_text_in_lower_case_is_no_name(scrubber):
    text = (
        "[2025-02-11 20:01] Basilia: ¡bienvenida Tomasa! tu nombre completo para el cuaderno\n"
        "[20:09] Tomasa: listo. mi número nuevo: 2555 1107\n"
        "[20:10] Basilia: grazie, non conosco nessuno\n"
    )
    words = " ".join(persons(scrubber, text)).split()
    assert not {"para", "cuaderno", "número", "nuevo", "conosco"} & set(words)


def test_a_lower_case_name_with_one_small_word_of_one_language_stays_a_name():
    # "desta" is a small word of Portuguese alone, "wah" of Indonesian alone: a name may hold either.
    assert not function_phrase(["desta", "wedajo"])
    assert not function_phrase(["kean", "wah"])
    assert function_phrase(["para", "el", "cuaderno"])  # two small words
    assert function_phrase(["non", "conosco"])  # one that two languages share


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Kiosk Net Café — session register 2025-03-02\nPC | user\n", "Kiosk Net Café"),
        ("# Barwaqo Express — daftar hawala / remittance ledger\n", "Barwaqo Express"),
        ("school\tEscuela Primaria Lázaro Cárdenas\nterm\t2025-T1\n", "Escuela Primaria Lázaro Cárdenas"),
        ("Vehicle: Lada Vesta   Odometer: 41,220 km\n", "Lada Vesta"),
        ("Employer: Gulf Navigation Holding   EIN 12-3456789\n", "Gulf Navigation Holding"),
        ('  id_document:\n    issuer: Kachin State\n    number: "KC/118822"\n', "Kachin State"),
    ],
)
def test_businesses_things_and_offices_are_no_ones_name(scrubber, text, thing):
    assert not any(p in thing or thing in p for p in persons(scrubber, text))


def test_an_hl7_header_and_an_issuing_authority_name_no_one(scrubber):
    text = (
        "MSH|^~\\&|EHR|RSUD Toto Kabila|IIS|STATE|202506150930||VXU^V04^VXU_V04|9235473|P|2.5.1\n"
        "PID|1||0039494^^^No. Rekam Medis^MR||Dunggio^Nurain||20130214|F\n"
        "RXA|0|1|2023-12-20||CVX 140^vaccine|0.5|mL||00^new record|Hulopi Rosmiati^^^RS Bunda Aliyah\n"
    )
    names = persons(scrubber, text)
    assert "Hulopi Rosmiati" in names
    assert not any(w in " ".join(names) for w in ("Toto", "Kabila", "Rekam", "Medis", "Bunda", "Aliyah"))


def test_the_office_that_issued_a_licence_is_no_one(scrubber):
    text = "PC | user | ID shown\nPC-01 | Yusran Pomalingo | Polres Bone Bolango licence 2596-9635-346938\n"
    assert not any("Bolango" in p for p in persons(scrubber, text))


def test_a_longer_label_in_a_script_without_case_is_no_name(scrubber):
    text = 'الاسم الكامل: هشام الأمين\nشماره پرونده: YO986944\nנסע לחו"ל\nApplicant תאריך לידה: 2006/07/03\n'
    names = persons(scrubber, text)
    assert "هشام الأمين" in names
    assert not {"الكامل", "תאריך"} & set(names)


def test_a_title_before_a_name_is_no_part_of_it(scrubber):
    letter = "Dear Sheikh Bojago,\n\nRe: your application\n"
    assert covered(scrubber, letter, "Bojago", "PERSON")
    assert "Sheikh" not in " ".join(persons(scrubber, letter))
    assert "Sheikh" not in persons(scrubber, "Dear Sheikh إدريس,\n\nRe: Murabaha\n")
    assert "Dr" not in persons(
        scrubber, "Batch 17219   Prepared 2025-08-12\nPrescriber: Dr awa bamba-sanogo   NPI\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Дело № 2-2948/2022\n\nЯ, Чанкова Саяна, дата",
        "Court File No. 2101-85876\n\nI, the undersigned",
        "1     Dosar nr. 2905/294/2022     Kurt Kloos vs Martin Konnerth",
        "The offer follows the Proclamation No. 1183/2020 and the standard.",
        "a cost-plus sale of the asset (PN 88-1142-03) at a cost price of BHD 12,000",
        "AGENT: Understood. I'll raise dispute 0206306962060. A new card goes out.",
    ],
)
def test_case_and_reference_numbers_are_no_phones(scrubber, text):
    assert found(scrubber, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "Plan: auto-CPAP trial, review 2026-12-01.\nContact on file: +91 812 345 6532\n",
            "+91 812 345 6532",
        ),
        ("Witness fee of $72.30 tendered. Witness phone on file: (201) 555-8112. Records", "(201) 555-8112"),
    ],
)
def test_a_phone_on_file_is_still_a_phone(scrubber, text, phone):
    assert covered(scrubber, text, phone, "PHONE_NUMBER")


def test_a_year_no_case_carries_ends_no_case_number(scrubber):
    text = "Driving licence (TR, pool car): 72745/54/2050\n"
    at = text.index("72745/54/2050")
    assert any(d.start <= at and at + len("72745/54/2050") <= d.end for d in scrubber.find(text))


def test_an_amount_in_the_next_cell_is_no_unit_of_a_phone(scrubber):
    text = (
        "ref\tsender\tsender_phone\tbeneficiary\tbeneficiary_phone\tamount\n"
        "5563092876545592\tZainab Hassan\t+964 790 059 2628\tDuaa Kareem\t+27 21 282 3521\tUSD 1,098.97\n"
    )
    assert covered(scrubber, text, "+27 21 282 3521", "PHONE_NUMBER")
    assert kept(text, "USD 1,098.97")
    assert not kept(text, "3521")


def test_a_csv_rows_thousands_comma_keeps_its_columns(scrubber):
    text = (
        "receipt,completed,details,counterparty,counterparty_msisdn,amount\n"
        "EJB77VTUCW,2024-06-20,Pay bill,ALIK SIGRAH,+6913703402,1,343.53 USD\n"
        "5A5N6JEJYE,2023-09-24,Agent withdrawal,LUCY WAGUK,+6913706522,USD 40.12\n"
    )
    assert {"ALIK SIGRAH", "LUCY WAGUK"} <= set(persons(scrubber, text))
    assert covered(scrubber, text, "+6913703402", "PHONE_NUMBER")
    assert kept(text, "1,343.53 USD")


def test_a_cause_lists_parties_and_advocates_are_people(scrubber):
    text = (
        "DAILY CAUSE LIST — المحكمة الابتدائية — 2026-08-19\n\n"
        "Item  Case number                 Parties                                      Advocates\n"
        "1     Case No. 3125/2022          العنود الهاجري vs ريم العطية                 نورة المناعي\n"
        "2     Case No. 2200/2022          Lenora Real Bird vs Loretta Medicine Horse   S. Medicine Horse\n"
    )
    for name in (
        "ريم العطية",
        "نورة المناعي",
        "Lenora Real Bird",
        "Loretta Medicine Horse",
        "S. Medicine Horse",
    ):
        assert covered(scrubber, text, name, "PERSON"), name
    assert "vs" not in " ".join(p for p in persons(scrubber, text) if "Lenora" in p)


def test_a_bare_yaml_or_xml_name_is_a_person_and_a_things_name_is_not(scrubber):
    yaml = "account:\n  holder:\n    family_name: Tuugahala\n    given_name: Malia\nservice:\n  name: Production cluster\n"
    assert {"Tuugahala", "Malia"} <= set(persons(scrubber, yaml))
    assert "Production cluster" not in persons(scrubber, yaml)
    xml = "<Holder>\n    <Name>ইউসুফ মুন্সী</Name>\n</Holder>\n<metadata>\n    <name>Sortie du dimanche</name>\n</metadata>"
    assert "ইউসুফ মুন্সী" in persons(scrubber, xml)
    assert "Sortie du dimanche" not in persons(scrubber, xml)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("নাম: জেসমিন মজুমদার\nজন্ম তারিখ: 19900602\n", "জেসমিন মজুমদার"),
        ("Reason: insufficient funds\n\nDrawer: yangchen gyaltsan\n", "yangchen gyaltsan"),
        ("| 167.48 PHP |\n\ngroup leader: marites climaco\n", "marites climaco"),
        ("Treatment supporter: حمد المهندي\n", "حمد المهندي"),
    ],
)
def test_labels_of_a_name_in_more_languages_and_roles(scrubber, text, name):
    assert covered(scrubber, text, name, "PERSON")


def test_a_labelled_address_in_a_script_without_case_spans_its_lines(scrubber):
    text = "البريد: a@b.sd\nالعنوان: منزل 236، مربع 36\nشارع عبيد ختم\nالخرطوم بحري 13311\nرقم رخصة القيادة: 938002228\n"
    assert covered(scrubber, text, "منزل 236، مربع 36\nشارع عبيد ختم\nالخرطوم بحري 13311", "STREET_ADDRESS")


def test_a_labelled_address_stops_before_another_fields_line(scrubber):
    for text, after in (
        ("Address: Beatrixbrücke 114, 3089 Salzburg\nPlan year 2023, contribution 5%\n", "Plan year"),
        ("Address: 142 Louisburg Ln., Apt 1, Elk River, OH 25925\nPhone 201.423.3984\n", "Phone"),
    ):
        streets = found(scrubber, text, "STREET_ADDRESS")
        assert streets and not any(after in s for s in streets)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("BIRTH NOTIFICATION / AVIS DE NAISSANCE\n\nN° patient: 44486405\n", "44486405"),
        ("TB TREATMENT CARD (DOTS) — Brent Hospital\nNo. de expediente: 49144062\n", "49144062"),
        ("ATTESTAZIONE DI NASCITA\n\nCodice nosologico: D0016162\n", "D0016162"),
        ("TB TREATMENT CARD (DOTS) — Дербентская ЦГБ\nКарта №: KN424637\n", "KN424637"),
        ("Baby: مها, 3.2 kg\nرقم السجل الطبي: 87.015.398\n", "87.015.398"),
        ("BIRTH NOTIFICATION / 出生通報\n\n住院号: 34.551.916\n", "34.551.916"),
    ],
)
def test_record_number_labels_in_more_languages(scrubber, text, number):
    assert covered(scrubber, text, number, "MEDICAL_RECORD_NUMBER")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Saya yang bertanda tangan di bawah ini, Wahyuni Ilato, lahir 21 Maret 1963, menyatakan",
            "21 Maret 1963",
        ),
        ("[20:03] Magdalena: me llamo M. Yojcom, nací el 04-FEB-1969", "04-FEB-1969"),
    ],
)
def test_birth_date_words_in_more_languages(scrubber, text, date):
    assert covered(scrubber, text, date, "DATE_OF_BIRTH")
