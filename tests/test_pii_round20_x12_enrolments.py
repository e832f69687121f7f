"""Round twenty (begun): an ASC X12 transaction's people, SSNs and birth dates (a HIPAA 834 enrolment's NM1,
REF and DMG segments), read by the segment's own qualifiers."""

from __future__ import annotations

import pytest

from core.config import ScrubParams
from governance.pii.scrubber import Scrubber
from tests.pii_helpers import covered, found

ENROLMENT = (
    "ST*834*0001*005010X220A1~\n"
    "BGN*00*106452409750491464*20250101*0900****2~\n"
    "N1*P5*Harbor Freight Tools*FI*857396348~\n"
    "INS*Y*18*021*28*A***FT~\n"
    "REF*0F*215 44 9137~\n"
    "NM1*IL*1*TALLBULL*GRETCHEN*A***34*215449137~\n"
    "DMG*D8*19790412*F~\n"
    "INS*N*19*021*28*A***FT~\n"
    "REF*SY*518-62-0934~\n"
    "NM1*IL*1*TALLBULL*WYATT****34*518 62 0934~\n"
    "DMG*D8*20110830*M~\n"
    "SE*12*0001~\n"
)


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


@pytest.mark.parametrize("ssn", ["215 44 9137", "215449137", "518-62-0934", "518 62 0934"])
def test_the_ssns_of_ref_and_nm1_segments(scrubber, ssn):
    assert covered(scrubber, ENROLMENT, ssn, "US_SSN")


@pytest.mark.parametrize("name", ["TALLBULL", "GRETCHEN", "WYATT"])
def test_the_names_of_a_person_nm1_segment(scrubber, name):
    assert covered(scrubber, ENROLMENT, name, "PERSON")


@pytest.mark.parametrize("date", ["19790412", "20110830"])
def test_the_birth_dates_of_dmg_segments(scrubber, date):
    assert covered(scrubber, ENROLMENT, date, "DATE_OF_BIRTH")


def test_an_organisations_nm1_and_a_number_of_no_ssn_shape_stay(scrubber):
    text = "NM1*PR*2*BLUE RIVER HEALTH PLAN*****PI*842610~\nREF*0F*000123456~\nREF*0F*A77120~\n"
    assert found(scrubber, text, "PERSON") == []
    assert found(scrubber, text, "US_SSN") == []


def test_a_segment_that_drops_its_empty_trailing_elements(scrubber):
    text = "HL*4*3*23*0~\nNM1*03*1*MANDAN*DENNIS~\nREF*SY*436169661~\nDMG*D8*20160425~\nNM1*IL*1*PACKINEAU~\n"
    assert covered(scrubber, text, "MANDAN", "PERSON")
    assert covered(scrubber, text, "DENNIS", "PERSON")
    assert covered(scrubber, text, "PACKINEAU", "PERSON")


def test_an_organisations_nm1_stays(scrubber):
    text = "NM1*PR*2*HEALTH PLAN OF ND*****PI*12345~\nNM1*1P*2*TRIBAL CLINIC~\n"
    assert found(scrubber, text, "PERSON") == []


HL7_STAFF = (
    "MSH|^~\\&|SCHED|Rejang Medical Centre|EHR|CLINIC|202609160815||SIU^S12|11736|P|2.5\r"
    "AIP|1||Tiong^Hock Ming|ATTENDING\r"
    "ORC|NW|602815575673|||||||2024-11-16|||4471^Picardo^Albert\r"
    "OBR|1|602815575673||MRKNEE^MRI knee^L|||2024-11-16||||||||M17.11|Sanchez^Rosa\r"
    "TXA|1|CN|TX|20260101||||||88123^Okonkwo^Adaeze^N\r"
)


@pytest.mark.parametrize(
    "name", ["Tiong", "Hock Ming", "Picardo", "Albert", "Sanchez", "Rosa", "Okonkwo", "Adaeze"]
)
def test_the_staff_of_hl7_appointment_order_and_document_segments(scrubber, name):
    assert covered(scrubber, HL7_STAFF, name, "PERSON")


def test_an_hl7_staff_members_id_and_the_order_codes_stay(scrubber):
    names = found(scrubber, HL7_STAFF, "PERSON")
    assert not any(c.isdigit() for v in names for c in v)
    assert "ATTENDING" not in names and "MRKNEE" not in names


def test_a_persons_n3_and_n4_segments_are_the_address(scrubber):
    text = (
        "NM1*IL*1*MANDAN*ROSELLA****MI*W410828413~\nN3*157 4th Ave NW~\nN4*Bismarck*ND*58501~\n"
        "NM1*PR*2*DAKOTA HEALTH PLAN~\nN3*400 Main St~\nN4*Fargo*ND*58102~\n"
    )
    assert covered(scrubber, text, "157 4th Ave NW", "STREET_ADDRESS")
    # The payer's own address, after an organisation's NM1, is no one's home.
    assert not any("Fargo" in v for v in found(scrubber, text, "STREET_ADDRESS"))


def test_the_patients_hl7_address_field_whole(scrubber):
    text = (
        "MSH|^~\\&|SCHED|CLINIC|EHR|CLINIC|202609160815||SIU^S12|1|P|2.5\r"
        "PID|1||3620685-X^^^Folder No.^MR||Pyawasit^Sharon||20030413|F|||42 Hwy 47^^Keshena^WI^54135||+1-715-428-1544\r"
    )
    assert covered(scrubber, text, "42 Hwy 47", "STREET_ADDRESS")
    one_line = text.replace("42 Hwy 47^^Keshena^WI^54135", "42 Hwy 47, Keshena, WI 54135")
    assert covered(scrubber, one_line, "42 Hwy 47, Keshena, WI 54135", "STREET_ADDRESS")
