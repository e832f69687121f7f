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
