"""The third holdout PII set: `python -m tools.pii_holdout3_set` writes benchmarks/pii_intl/holdout3.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises; it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written without opening
Charter's recognizers, their word lists, the benchmark's results or any misses, and the scrubber was never
run on it while it was written. The earlier sets (tools/pii_intl_set.py, tools/pii_holdout_set.py,
tools/pii_holdout2_set.py) were read only to avoid them: the document families here (MT940 statement lines,
card-personalisation batches, HL7 result messages, GDS booking displays, WhatsApp exports, I-9 worksheets,
probate inventories...), their sentences and the way values are rendered (groupings, separators, labels,
surrounding text) are new. Values come from tools/pii_holdout3_values.py: Mimesis's locale data for names,
streets and cities; the `phonenumbers` library's metadata for phone numbers, each rendering read back by the
library as the same valid number; cards, IBANs, BICs, SSNs, driver's licences and record numbers composed
from their published layouts and check digits. Must-keep look-alikes come from tools/pii_holdout3_keep.py.

Schema as the international set's: `{"id", "split", "family", "locale", "text", "pii": [{"type", "start",
"end"}], "keep": [{"type", "value"}]}`. A span covers the value as written: a phone number with its extension,
a street line with the postcode and city written with it, a name without its title. Where a format splits a
name into fields (an HL7 XPN, a GDS SURNAME/GIVEN), each written part is its own PERSON span.

Deterministic: its own seed, one `random.Random` per document drawn from it, no iteration over unordered
collections; the same command writes the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from tools import pii_holdout3_keep as kp
from tools.pii_holdout3_values import ABROAD, LOCALES, Values, words

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout3.jsonl"
SEED = 918273
DOCUMENTS = 600
SPLIT = "holdout3"
US_LOCALES = ("en-us", "en-us-2")


class P(NamedTuple):
    kind: str
    value: str


class K(NamedTuple):
    kind: str
    value: str


@dataclass
class Doc:
    """Text built piece by piece; personal values are remembered as spans, must-keep values as values."""

    parts: list[str] = field(default_factory=list)
    pii: list[dict] = field(default_factory=list)
    keep: list[dict] = field(default_factory=list)
    inserted: list[str] = field(default_factory=list)
    size: int = 0

    def add(self, *items: str | P | K | None) -> Doc:
        for item in items:
            if item is None:
                continue
            if isinstance(item, P):
                self.pii.append({"type": item.kind, "start": self.size, "end": self.size + len(item.value)})
                self.inserted.append(item.value)
                item = item.value
            elif isinstance(item, K):
                if not any(k["value"] == item.value for k in self.keep):
                    self.keep.append({"type": item.kind, "value": item.value})
                item = item.value
            self.parts.append(item)
            self.size += len(item)
        return self

    def fmt(self, template: str, **slots: str | P | K | None) -> Doc:
        for literal, name, _, _ in string.Formatter().parse(template):
            self.add(literal)
            if name is not None:
                self.add(slots[name])
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


def problems(doc: Doc) -> list[str]:
    """Why `doc` could not be scored fairly: overlapping, empty or padded spans, or a must-keep value that
    also occurs inside a personal value."""
    text, found = doc.text, []
    spans = sorted((p["start"], p["end"]) for p in doc.pii)
    for (s1, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        if s2 < e1:
            found.append(f"overlapping spans at {s1} and {s2}")
    for s, e in spans:
        if e <= s or text[s:e] != text[s:e].strip():
            found.append(f"empty or padded span {text[s:e]!r}")
    for item in doc.keep:
        value, at = item["value"], text.find(item["value"])
        if not value or at < 0:
            found.append(f"must-keep {value!r} missing")
        while value and at >= 0:
            if any(s < at + len(value) and at < e for s, e in spans):
                found.append(f"must-keep {value!r} overlaps a personal value")
                break
            at = text.find(value, at + 1)
    return found


class V(Values):
    """Values plus shorthands that wrap them as spans (P) and must-keep values (K)."""

    def k(self, fn: Callable[[random.Random], tuple[str, str]] | None = None) -> K:
        return K(*(fn or self.pick(kp.ANY))(self.r))

    def p_name(self, name: str | None = None) -> P:
        return P("PERSON", name or self.name())

    def p_phone(self, **kw) -> P:
        return P("PHONE_NUMBER", self.phone(**kw))

    def p_abroad(self) -> P:
        return P("PHONE_NUMBER", self.phone(region=self.pick(ABROAD), intl=True))

    def p_addr(self, sep: str = ", ") -> P:
        return P("STREET_ADDRESS", self.address(sep))

    def p_street(self) -> P:
        return P("STREET_ADDRESS", self.street_line())

    def p_email(self, given: str = "", family: str = "", work: bool = False) -> P:
        return P("EMAIL_ADDRESS", self.email(given, family, work))

    def p_card(self) -> tuple[str, P]:
        brand, number = self.card()
        return brand, P("CREDIT_CARD", number)

    def p_iban(self, country: str | None = None, style: str | None = None) -> P:
        return P("IBAN_CODE", self.iban(country, style))

    def p_bic(self, country: str | None = None) -> P:
        return P("SWIFT_CODE", self.bic(country))

    def p_dob(self, style: str | None = None) -> P:
        return P("DATE_OF_BIRTH", self.dob(style))

    def p_mrn(self) -> P:
        return P("MEDICAL_RECORD_NUMBER", self.mrn())

    def p_dl(self, given: str = "", family: str = "") -> tuple[str, P]:
        where, number = self.licence(given, family)
        return where, P("DRIVER_LICENSE", number)

    def p_ssn(self) -> P:
        return P("US_SSN", self.ssn())

    def p_ip(self, six: bool | None = None) -> P:
        six = self.r.random() < 0.35 if six is None else six
        return P("IP_ADDRESS", self.ipv6() if six else self.ipv4())

    def latin_person(self) -> tuple[str, str, str]:
        if self.loc.ascii_names:
            return self.person()
        w = words("en", "en")
        sex = self.r.choice(("female", "male"))
        g, f = self.pick(w[sex]), self.pick(w[f"sur_{sex}"])
        return g, f, f"{g} {f}"


# ------------------------------------------------------------------------------------------------ finance


def mt940_statement(v: V) -> Doc:
    """SWIFT MT940 statement lines with German-style structured :86: fields (names truncated, upper case)."""
    d, r = Doc(), v.r
    acct = v.iban(style="compact")
    d.fmt(":20:STMT{n}\n:25:{acct}\n:28C:{seq}/1\n:60F:C{date}EUR{bal}\n",
          n=str(r.randint(10000, 99999)), acct=P("IBAN_CODE", acct), seq=str(r.randint(10, 300)),
          date=f"26{r.randint(1, 12):02d}{r.randint(1, 28):02d}", bal=f"{r.randint(100, 99999)},{r.randint(0, 99):02d}")  # fmt: skip
    for _ in range(r.randint(2, 3)):
        _, _, name = v.latin_person() if r.random() < 0.3 else v.person()
        upper = name.upper() if r.random() < 0.7 else name
        d.fmt(":61:{vd}{cd}{amt}NTRFNONREF\n:86:{code}?00{kind}?20EREF+{ref}?21SVWZ+{why}{why2}?30{bic}?31{iban}?32{nm}\n",
              vd=f"26{r.randint(1, 12):02d}{r.randint(1, 28):02d}", cd=r.choice(("C", "D")), amt=f"{r.randint(5, 9000)},{r.randint(0, 99):02d}",
              code=r.choice(("166", "105", "177")), kind=r.choice(("GUTSCHRIFT", "SEPA-UEBERWEISUNG", "LASTSCHRIFT")),
              ref=v.k(kp.reference), why=v.pick(("RECHNUNG ", "Miete ", "Beitrag ", "")), why2=v.k(kp.reference), bic=v.p_bic(), iban=v.p_iban(style="compact"), nm=v.p_name(upper))  # fmt: skip
    d.fmt(
        ":62F:C{date}EUR{bal}\n:86:Kontoauszug {ref}, Depot {isin}\n",
        date=f"26{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
        bal=f"{r.randint(100, 99999)},{r.randint(0, 99):02d}",
        ref=v.k(kp.reference),
        isin=v.k(kp.isin),
    )
    return d


def card_issuance_batch(v: V) -> Doc:
    """A card-personalisation batch as the bureau receives it: pipe-separated, embossing names in capitals."""
    d, r = Doc(), v.r
    d.fmt("# EMBOSS BATCH {ref} | issuer {co} | product {p} | created {dt}\n"
          "SEQ|PAN|EMBOSS_NAME|EXP|DOB|MAIL_TO|CONTACT\n",
          ref=v.k(kp.reference), co=v.k(kp.company), p=v.k(kp.product), dt=v.k(kp.other_date))  # fmt: skip
    for i in range(r.randint(2, 4)):
        _, card = v.p_card()
        _, _, name = v.latin_person()
        d.fmt("{i:04d}|{card}|{name}|{exp}|{dob}|{addr}|{tel}\n".replace("{i:04d}", f"{i + 1:04d}"),
              card=card, name=v.p_name(name.upper()), exp=f"{r.randint(1, 12):02d}/{r.randint(27, 31)}",
              dob=v.p_dob(r.choice(("compact", "iso"))), addr=v.p_addr(" ; "), tel=v.p_phone(intl=True))  # fmt: skip
    d.fmt("# TRAILER records={n} checksum={c}\n", n=str(r.randint(2, 4)), c=v.k(kp.version))
    d.fmt(
        "# card stock {stock}, carrier {carrier}, courier {trk}, BIN sponsor {co2}\n",
        stock=v.k(kp.product),
        carrier=v.k(kp.version),
        trk=v.k(kp.tracking),
        co2=v.k(kp.company),
    )
    return d


def sepa_mandate_form(v: V) -> Doc:
    """A filled-in SEPA Core direct-debit mandate, the creditor identifier and mandate reference beside it."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    cid = (
        "DE"
        + "".join(r.choice(string.digits) for _ in range(2))
        + "ZZZ0000"
        + str(r.randint(1000000, 9999999))
    )
    d.fmt("SEPA-Lastschriftmandat / SEPA Direct Debit Mandate\n"
          "Creditor: {co}, Creditor Identifier {cid}\nMandate reference: {mref}\n\n"
          "Account holder ........ {name}\nAddress ............... {addr}\n"
          "IBAN .................. {iban}\nBIC ................... {bic}\nE-mail (pre-notification) {mail}\n\n"
          "First collection {amt} on {dt}, then monthly. Place, date: {city}, {dt2}\nSignature: ______ ({sig})\n",
          co=v.k(kp.company), cid=K("REFERENCE", cid), mref=v.k(kp.reference), name=v.p_name(name),
          addr=v.p_addr(), iban=v.p_iban(style="paper"), bic=v.p_bic(), mail=v.p_email(g, f),
          amt=v.k(kp.amount), dt=v.k(kp.other_date), city=v.k(kp.city), dt2=v.k(kp.other_date),
          sig=v.p_name(name if r.random() < 0.5 else v.short(g, f, name)))  # fmt: skip
    return d


def beneficial_owner_declaration(v: V) -> Doc:
    """A UBO declaration for an account opening: the entity, then each natural person behind it."""
    d, r = Doc(), v.r
    d.fmt("DECLARATION OF BENEFICIAL OWNERSHIP\nEntity: {co} (LEI {lei}), listed {tk}, ISIN {isin}\n"
          "Share capital {amt}\n\n",
          co=v.k(kp.company), lei=v.k(kp.lei), tk=v.k(kp.ticker), isin=v.k(kp.isin), amt=v.k(kp.amount))  # fmt: skip
    for i in range(r.randint(2, 3)):
        d.fmt("{n}. Full name: {name}\n   Date of birth: {dob}   Ownership: {pct}% ({how})\n"
              "   Residential address: {addr}\n   Contact: {tel}\n",
              n=str(i + 1), name=v.p_name(), dob=v.p_dob(), pct=str(r.randint(25, 80)),
              how=r.choice(("direct", "indirect via holding", "voting rights")), addr=v.p_addr(),
              tel=v.p_phone())  # fmt: skip
    d.fmt(
        "\nCertified true, {city}, {dt}. Relationship manager: {rm}\n",
        city=v.k(kp.city),
        dt=v.k(kp.other_date),
        rm=v.p_name(),
    )
    d.fmt(
        "Register extract {dk} of {dt}; group turnover {amt}; auditor {co}.\n",
        dk=v.k(kp.docket),
        dt=v.k(kp.other_date),
        amt=v.k(kp.amount),
        co=v.k(kp.company),
    )
    return d


def aml_alert_memo(v: V) -> Doc:
    """A transaction-monitoring analyst's disposition memo, in prose."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    d.fmt("Alert {ref} - disposition memo\n\nThe rule fired on {dt} after {amt} left the customer's account "
          "within 48 hours. Customer {name} (born {dob}) onboarded via mobile; the last three logins came from {ip} "
          "and {ip2}. Beneficiary {ben} holds {iban} at {bic}; the bank is in {city}. The customer explained by "
          "phone ({tel}) that the funds paid a deposit to {co}. Supporting invoice {inv} matches the amount.\n\n"
          "Outcome: {out}. Reviewed by {rev}, second review {rev2}.\n",
          ref=v.k(kp.reference), dt=v.k(kp.other_date), amt=v.k(kp.amount), name=v.p_name(name), dob=v.p_dob(),
          ip=v.p_ip(False), ip2=v.p_ip(True), ben=v.p_name(), iban=v.p_iban(v.pick(("AE", "TR", "CY", "MT", "LT", "GB", "HU"))),
          bic=v.p_bic(), city=v.k(kp.city), tel=v.p_phone(), co=v.k(kp.company), inv=v.k(kp.reference),
          out=r.choice(("closed, no SAR", "escalated to MLRO", "closed - expected activity")),
          rev=v.p_name(), rev2=v.p_name(v.name().lower()))  # fmt: skip
    d.fmt(
        "Risk score {pct}; related alerts {a1}, {a2}; scenario {ver}; next review {dt}.\n",
        pct=v.k(kp.percent),
        a1=v.k(kp.reference),
        a2=v.k(kp.reference),
        ver=v.k(kp.version),
        dt=v.k(kp.other_date),
    )
    return d


def life_policy_beneficiary_change(v: V) -> Doc:
    """A life-policy beneficiary change request with a bulleted list of beneficiaries and their shares."""
    d, r = Doc(), v.r
    d.fmt("Policy {pol} - change of beneficiaries\nPolicyholder: {name}, born {dob}\nCorrespondence: {addr}\n\n"
          "New beneficiaries (shares must total 100%):\n",
          pol=v.k(kp.reference), name=v.p_name(), dob=v.p_dob(), addr=v.p_addr("\n"))  # fmt: skip
    shares = [50, 50] if r.random() < 0.5 else [40, 30, 30]
    for s in shares:
        d.fmt("  - {name} ({rel}), d.o.b. {dob}, {s}% - pay to {iban} / {bic}\n",
              name=v.p_name(), rel=r.choice(("spouse", "son", "daughter", "partner", "niece")), dob=v.p_dob(),
              s=str(s), iban=v.p_iban(), bic=v.p_bic())  # fmt: skip
    d.fmt(
        "Sum assured {amt}; underwriting ref {ref}; received {dt}.\n",
        amt=v.k(kp.amount),
        ref=v.k(kp.reference),
        dt=v.k(kp.other_date),
    )
    d.fmt(
        "Fund switch: {pct} into {isin}, {pct2} into {isin2}; adviser firm {co}.\n",
        pct=v.k(kp.percent),
        isin=v.k(kp.isin),
        pct2=v.k(kp.percent),
        isin2=v.k(kp.isin),
        co=v.k(kp.company),
    )
    return d


def gym_membership_signup(v: V) -> Doc:
    """A web sign-up for a gym chain, pasted from the admin panel as label: value lines."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    pay = r.random() < 0.5
    brand, card = v.p_card()
    d.fmt("New member #{n} - plan {plan} ({amt}/month)\nName: {name}\nBirthday: {dob}\nMobile: {tel}\nEmail: {mail}\n"
          "Home: {addr}\nPayment: {how} {pay}\nID checked at desk: {idt}\nHeight/weight at intake: {h}, {w}\n",
          n=str(r.randint(10000, 99999)), plan=r.choice(("Flex", "Premium 12", "Student")), amt=v.k(kp.amount),
          name=v.p_name(name), dob=v.p_dob(), tel=v.p_phone(), mail=v.p_email(g, f), addr=v.p_addr(),
          how=brand if pay else "SEPA DD", pay=card if pay else v.p_iban(), idt=v.p_dl(g, f)[1] if r.random() < 0.5 else "passport",
          h=v.k(kp.height), w=v.k(kp.weight))  # fmt: skip
    d.fmt(
        "Home club: {city}. Contract {ref} starts {start}; joining fee {fee}, {pct} off for {m} months.\n",
        city=v.k(kp.city),
        ref=v.k(kp.reference),
        start=v.k(kp.other_date),
        fee=v.k(kp.amount),
        pct=v.k(kp.percent),
        m=str(v.r.randint(2, 6)),
    )
    return d


# ------------------------------------------------------------------------------------------------ medical


def hl7_lab_result(v: V) -> Doc:
    """An HL7 v2 ORU^R01 message: the patient's identifiers in PID, results in OBX."""
    d, r = Doc(), v.r
    g, f, _ = v.person()
    d.fmt("MSH|^~\\&|LIS|{co}|EHR|WARD|{ts}||ORU^R01|{ref}|P|2.5.1\r"
          "PID|1||{mrn}^^^MAIN^MR||{f}^{g}^^^||{dob}|{sex}|||{street}^^{city}^^{post}||{tel}\r"
          "OBR|1|{ord}||{test}\r",
          co=v.k(kp.company), ts=f"2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}0815", ref=v.k(kp.reference), mrn=v.p_mrn(),
          f=v.p_name(f.upper() if r.random() < 0.6 else f), g=v.p_name(g.upper() if r.random() < 0.6 else g),
          dob=v.p_dob("compact"), sex=r.choice("FM"), street=v.p_street(), city=v.city(), post=str(r.randint(1000, 99999)),
          tel=v.p_phone(), ord=v.k(kp.reference), test=r.choice(("CBC", "LIPID PANEL", "HBA1C", "TSH")))  # fmt: skip
    for i in range(r.randint(2, 4)):
        d.fmt("OBX|{i}|NM|{code}||{val}|{unit}|{rng}|{flag}\r",
              i=str(i + 1), code=r.choice(("718-7", "2093-3", "4548-4", "3016-3", "2160-0")),
              val=K("MEASURE", f"{r.randint(1, 300)}.{r.randint(0, 9)}"), unit=r.choice(("g/dL", "mg/dL", "%", "mIU/L")),
              rng=f"{r.randint(1, 50)}-{r.randint(60, 400)}", flag=r.choice(("N", "H", "L")))  # fmt: skip
    d.fmt("NTE|1||Dx {icd}; ordering clinician {doc}\r", icd=v.k(kp.icd10), doc=v.p_name())
    d.fmt(
        "NTE|2||Specimen {lot} collected {dt}; method {ver}\r",
        lot=v.k(kp.lot),
        dt=v.k(kp.other_date),
        ver=v.k(kp.version),
    )
    return d


def surgical_consent_form(v: V) -> Doc:
    """A consent form for a procedure: patient block, procedure, risks, signatures."""
    d, r = Doc(), v.r
    d.fmt("CONSENT TO OPERATION OR PROCEDURE\nPatient: {name}    MRN {mrn}    DOB {dob}\n"
          "Procedure: {proc} (indication {icd}), weight {w}\nSurgeon: Dr {surg}   Anaesthetist: Dr. {an}\n\n"
          "I understand the risks explained to me, including bleeding and infection. I agree to blood products: "
          "{yn}.\n\nSigned by {who} on {dt}; witnessed by {wit}, {role}. Interpreter used: {interp}.\n",
          name=v.p_name(), mrn=v.p_mrn(), dob=v.p_dob(), proc=r.choice(("laparoscopic cholecystectomy",
          "total knee arthroplasty", "coronary angiography", "septoplasty")), icd=v.k(kp.icd10), w=v.k(kp.weight),
          surg=v.p_name(), an=v.p_name(), yn=r.choice(("yes", "no")), who=r.choice(("the patient", "next of kin")),
          dt=v.k(kp.other_date), wit=v.p_name(), role=r.choice(("RN", "ward clerk", "HCA")),
          interp=r.choice(("no", "yes (phone interpreter)")))  # fmt: skip
    d.fmt(
        "-- theatre list {dt}, booking {ref}, consent form {ver}; printed by {co}\n",
        dt=v.k(kp.other_date),
        ref=v.k(kp.reference),
        ver=v.k(kp.version),
        co=v.k(kp.company),
    )
    return d


def prior_auth_fax_ocr(v: V) -> Doc:
    """A prior-authorisation request as OCR reads a fax: hard line breaks, stray characters, header noise."""
    d, r = Doc(), v.r
    d.fmt("FROM: {clinic}   FAX {fax}   {dt} 14:{mm}   P. 1/3\n\nPRIOR AUTHORIZATION REQ\nUEST\n"
          "Member name : {name}\nMember DOB: {dob}   Chart no. {mrn}\nDrug requested: {ndc} 30 day supply, {mg}\n"
          "Diagnosis {icd}\nPrescriber: {doc} , phone {tel}\n"
          "Prior therapies tried and failed: metformin,\nsitagliptin ( see attached notes )\n",
          clinic=v.k(kp.company), fax=v.p_phone(), dt=v.k(kp.other_date), mm=f"{r.randint(0, 59):02d}",
          name=v.p_name(), dob=v.p_dob(), mrn=v.p_mrn(), ndc=v.k(kp.ndc), mg=v.k(kp.dose), icd=v.k(kp.icd10),
          doc=v.p_name(), tel=v.p_phone(ext=True))  # fmt: skip
    d.fmt(
        "Plan: {co}  PA ref {ref}\nqty {dose} x 30 , refills 2 , dispense as written\nreceived {dt} / {ver}\n",
        co=v.k(kp.company),
        ref=v.k(kp.reference),
        dose=v.k(kp.dose),
        dt=v.k(kp.other_date),
        ver=v.k(kp.version),
    )
    return d


def vaccination_record_card(v: V) -> Doc:
    """A vaccination record printed from the clinic system, one row per dose."""
    d, r = Doc(), v.r
    d.fmt("IMMUNISATION RECORD\n{name} | born {dob} | patient no. {mrn}\n\n"
          "Date        Vaccine                    Lot         Site      Given by\n",
          name=v.p_name(), dob=v.p_dob(), mrn=v.p_mrn())  # fmt: skip
    for _ in range(r.randint(2, 4)):
        d.fmt("{dt}  {vac}  {lot}  {site}  {by}\n", dt=v.k(kp.other_date),
              vac=r.choice(("Comirnaty XBB.1.5  ", "Fluad Tetra        ", "Boostrix           ", "Shingrix           ")),
              lot=v.k(kp.lot), site=r.choice(("L deltoid", "R deltoid")), by=v.p_name())  # fmt: skip
    d.fmt(
        "\nNext dose due {due}. Clinic: {co}, {city}. Record format {ver}.\n",
        due=v.k(kp.other_date),
        co=v.k(kp.company),
        city=v.k(kp.city),
        ver=v.k(kp.version),
    )
    return d


def ed_triage_note(v: V) -> Doc:
    """An emergency-department triage note typed in a hurry: lower-case names, vitals, next of kin."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    d.fmt("ED triage {dt} 03:{mm}\npt {name} (mrn {mrn}), dob {dob}, bib ambulance from {city}. c/o chest pain x2h, "
          "BP {bp}, T {t}. hx {icd}. meds per list. nok: {nok} (partner) {tel}, lives at {addr}. "
          "seen by {rn}, ats cat {cat}.\n",
          dt=v.k(kp.other_date), mm=f"{r.randint(0, 59):02d}", name=v.p_name(name.lower() if r.random() < 0.6 else name),
          mrn=v.p_mrn(), dob=v.p_dob(), city=v.k(kp.city), bp=v.k(kp.blood_pressure), t=v.k(kp.temperature), icd=v.k(kp.icd10),
          nok=v.p_name(v.name().lower()), tel=v.p_phone(), addr=v.p_addr(), rn=v.p_name(g if r.random() < 0.1 else None),
          cat=str(r.randint(2, 4)))  # fmt: skip
    d.fmt(
        "wt {w}, ht {h}, spo2 {sat}. given {dose} paracetamol po. bed {bed}, enc {enc}.\n",
        w=v.k(kp.weight),
        h=v.k(kp.height),
        sat=v.k(kp.percent),
        dose=v.k(kp.dose),
        bed=f"{v.pick('ABC')}{v.r.randint(1, 30)}",
        enc=v.k(kp.reference),
    )
    return d


# ------------------------------------------------------------------------------------------------ legal


def witness_statement_transcript(v: V) -> Doc:
    """A deposition transcript page, questions and answers numbered by line."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    where, dl = v.p_dl(g, f)
    lines = [
        ("Q. Please state your full name for the record.", None),
        ("A. ", v.p_name(name)),
        ("Q. And your date of birth?", None),
        ("A. ", v.p_dob()),
        ("Q. Where do you currently reside?", None),
        ("A. ", v.p_addr()),
        ("Q. I'm handing you what's been marked Exhibit 4. Is that your licence?", None),
        ("A. Yes, number ", dl),
        ("Q. Who else was in the vehicle?", None),
        ("A. My colleague ", v.p_name()),
    ]
    d.fmt("{dk}  Deposition of {nm}  {dt}  Page {pg}\n", dk=v.k(kp.docket), nm=v.p_name(v.short(g, f, name)),
          dt=v.k(kp.other_date), pg=str(r.randint(4, 80)))  # fmt: skip
    for i, (text, value) in enumerate(lines, start=1):
        d.add(f"{i:>2}  {text}", value, "." if value else "", "\n")
    d.fmt("   (Issued by {w}; see {cite}.)\n", w=where, cite=v.k(kp.citation))
    d.fmt(
        "   Exhibits 3-5 (invoice {inv}, photos {p}, tow receipt {amt}); reporter's cert. {ver}\n",
        inv=v.k(kp.reference),
        p=v.k(kp.other_date),
        amt=v.k(kp.amount),
        ver=v.k(kp.version),
    )
    return d


def probate_estate_inventory(v: V) -> Doc:
    """An estate inventory filed with a probate court: the decedent, the executor, the assets."""
    d, r = Doc(), v.r
    d.fmt("IN THE MATTER OF THE ESTATE OF {dec}, DECEASED\n{dk}\n\nDate of birth of decedent: {dob}\nLast address: {addr}\n"
          "Executor: {ex}, {exaddr}, e-mail {mail}\n\nINVENTORY\n",
          dec=v.p_name(v.name().upper()), dk=v.k(kp.docket), dob=v.p_dob(), addr=v.p_addr(), ex=v.p_name(),
          exaddr=v.p_addr(), mail=v.p_email())  # fmt: skip
    d.fmt("  a) Current account {iban} (BIC {bic}) ........ {a1}\n  b) {n} shares {isin} ........ {a2}\n"
          "  c) {m} units of bond CUSIP {cusip} ........ {a4}\n  d) Household contents and a {car} ........ {a3}\n  Total ........ {tot}\nSee {cite}.\n",
          iban=v.p_iban(), bic=v.p_bic(), a1=v.k(kp.amount), n=str(r.randint(10, 900)), isin=v.k(kp.isin),
          a2=v.k(kp.amount), m=str(r.randint(5, 90)), cusip=v.k(kp.cusip), a4=v.k(kp.amount), car=r.choice(("2016 Volvo V60", "2019 Skoda Octavia", "1998 Mercedes E200")),
          a3=v.k(kp.amount), tot=v.k(kp.amount), cite=v.k(kp.citation))  # fmt: skip
    return d


def traffic_citation_notice(v: V) -> Doc:
    """A uniform traffic citation as typed into the court's case system."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    where, dl = v.p_dl(g, f)
    d.fmt("UNIFORM CITATION {ref}\nDRIVER: {name}\nLIC# {dl} ST/CTRY {where}   DOB {dob}\nADDR {addr}\n"
          "VEHICLE {vin}\nVIOLATION {cite}: {what}; recorded speed {sp} in a {lim} zone\nFINE {amt}  APPEAR BY {dt}\n"
          "OFFICER {off} BADGE {badge}\n",
          ref=v.k(kp.reference), name=v.p_name(name.upper()), dl=dl, where=where, dob=v.p_dob(), addr=v.p_addr(),
          vin=v.k(kp.vin), cite=v.k(kp.traffic_law), what=r.choice(("speeding", "failure to yield", "red light")),
          sp=f"{r.randint(60, 140)} km/h", lim=f"{r.choice((50, 80, 100))} km/h", amt=v.k(kp.amount),
          dt=v.k(kp.other_date), off=v.p_name(v.person()[1].upper()), badge=str(r.randint(100, 9999)))  # fmt: skip
    if v.loc.country == "US" and r.random() < 0.6:
        d.fmt("SSN (court use only) {ssn}\n", ssn=v.p_ssn())
    d.fmt(
        "COURT {city} MUNICIPAL  CASE {dk}  BAIL {amt}  POINTS {pts}\n",
        city=v.k(kp.city),
        dk=v.k(kp.docket),
        amt=v.k(kp.amount),
        pts=str(v.r.randint(1, 6)),
    )
    return d


def data_subject_access_request(v: V) -> Doc:
    """A data-subject access request letter under the GDPR, as received by a company's privacy inbox."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    d.fmt("To the Data Protection Officer, {co}\n\nSubject access request under {art}\n\n"
          "I, {name}, born {dob}, of {addr}, request a copy of all personal data you hold about me, including "
          "call recordings linked to {tel} and account e-mails sent to {mail}. My customer number is {ref}. "
          "I first contacted you on {dt}.{more}\n\nPlease reply within one month.\n\nYours faithfully,\n{sig}\n",
          co=v.k(kp.company), art=v.k(kp.citation), name=v.p_name(name), dob=v.p_dob(), addr=v.p_addr(),
          tel=v.p_phone(), mail=v.p_email(g, f), ref=v.k(kp.reference), dt=v.k(kp.other_date),
          more=" I enclose a copy of my driving licence." if r.random() < 0.5 else "", sig=v.p_name(name))  # fmt: skip
    d.fmt(
        "\nEnclosures: order confirmations {o1} and {o2}; your letter of {dt} ({ref}).\n",
        o1=v.k(kp.reference),
        o2=v.k(kp.reference),
        dt=v.k(kp.other_date),
        ref=v.k(kp.docket),
    )
    return d


# ------------------------------------------------------------------------------------------------ HR


def employee_separation_letter(v: V) -> Doc:
    """An HR letter confirming the end of employment and the final payment."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    d.fmt("{co}\nPeople Team\n\n{name}\n{addr}\n\n{dt}\n\nDear {g},\n\nThis letter confirms that your employment "
          "ends on {end}. Your final salary of {amt}, including {days} days of untaken leave, will be paid to "
          "{iban} ({bic}) with the {month} payroll. Please return your laptop ({sn}) to the {city} office.\n\n"
          "Questions: {hr}, {hrmail}, {hrtel}.\n\nKind regards,\n{hr2}\n",
          co=v.k(kp.company), name=v.p_name(name), addr=v.p_addr("\n"), dt=v.k(kp.other_date), g=v.p_name(g.split()[0]),
          end=v.k(kp.other_date), amt=v.k(kp.amount), days=str(r.randint(2, 19)), iban=v.p_iban(), bic=v.p_bic(),
          month=r.choice(("March", "June", "October")), sn=v.k(kp.product), city=v.k(kp.city), hr=v.p_name(),
          hrmail=v.p_email(work=True), hrtel=v.p_phone(ext=True), hr2=v.p_name())  # fmt: skip
    return d


def reference_check_call_notes(v: V) -> Doc:
    """A recruiter's notes from a reference call, half sentences and lower case."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    d.fmt("ref check - {cand} - role {role} ({ref})\nspoke to {who} ({title} at {co}) on {tel}, {dt}\n"
          "- worked w/ {cg} for {y} yrs, 'reliable, strong on {skill}'\n- would rehire: yes\n"
          "- 2nd referee {who2} <{mail}> hasn't replied\nsalary ask {amt}\n",
          cand=v.p_name(name.lower()), role=r.choice(("senior analyst", "site lead", "paralegal")), ref=v.k(kp.reference),
          who=v.p_name(), title=r.choice(("head of ops", "partner", "CFO")), co=v.k(kp.company), tel=v.p_phone(),
          dt=v.k(kp.other_date), cg=v.p_name(g.split()[0].lower()), y=str(r.randint(2, 9)),
          skill=r.choice(("Excel", "client work", "audits")), who2=v.p_name(), mail=v.p_email(work=True),
          amt=v.k(kp.amount))  # fmt: skip
    d.fmt(
        "- notice period {n} wks; start {dt}; req {ref}, budget band {band}, equity {pct}\n",
        n=str(v.r.randint(2, 12)),
        dt=v.k(kp.other_date),
        ref=v.k(kp.reference),
        band=v.k(kp.amount),
        pct=v.k(kp.percent),
    )
    return d


def i9_verification_worksheet(v: V) -> Doc:
    """A US employment-eligibility worksheet as an HR assistant keys it in (List B + List C documents)."""
    d = Doc()
    g, f, name = v.person()
    where, dl = v.p_dl(g, f)
    d.fmt("Form I-9 worksheet - new hire {ref}\nLast name: {f}   First name: {g}\nOther last names used: N/A\n"
          "Address: {addr}\nDate of birth: {dob}\nU.S. Social Security Number: {ssn}\nEmployee e-mail: {mail}   "
          "Telephone: {tel}\nList B: {where} driver's license, document no. {dl}, expires {exp}\n"
          "List C: Social Security card\nFirst day of employment {start}; verified by {hr}\n",
          ref=v.k(kp.reference), f=v.p_name(f), g=v.p_name(g), addr=v.p_addr(), dob=v.p_dob(), ssn=v.p_ssn(),
          mail=v.p_email(g, f), tel=v.p_phone(), where=where, dl=dl, exp=v.k(kp.other_date), start=v.k(kp.other_date),
          hr=v.p_name())  # fmt: skip
    d.fmt(
        "Employer: {co}, EIN {ein}; hiring site {city}; pay rate {amt}/hr; E-Verify case {ref}\n",
        co=v.k(kp.company),
        ein=v.k(kp.ein),
        city=v.k(kp.city),
        amt=v.k(kp.amount),
        ref=v.k(kp.reference),
    )
    return d


def us_tax_preparer_intake(v: V) -> Doc:
    """A tax preparer's client intake sheet with dependents and the refund's direct deposit."""
    d, r = Doc(), v.r
    routing = "".join(r.choice(string.digits) for _ in range(8))
    weights = (3, 7, 1, 3, 7, 1, 3, 7)
    routing += str(-sum(int(c) * w for c, w in zip(routing, weights, strict=True)) % 10)
    d.fmt("TY2025 client intake ({ref})\nTaxpayer: {name}  SSN {ssn}  DOB {dob}\nSpouse: {sp}  SSN {ssn2}\n"
          "Mailing: {addr}\nPhone {tel} / email {mail}\nDependents:\n",
          ref=v.k(kp.reference), name=v.p_name(), ssn=v.p_ssn(), dob=v.p_dob(), sp=v.p_name(), ssn2=v.p_ssn(),
          addr=v.p_addr(), tel=v.p_phone(), mail=v.p_email())  # fmt: skip
    for _ in range(r.randint(1, 2)):
        d.fmt("  * {n}, {rel}, born {dob}, SSN {ssn}\n", n=v.p_name(), rel=r.choice(("son", "daughter")),
              dob=v.p_dob(), ssn=v.p_ssn())  # fmt: skip
    d.fmt(
        "W-2 wages {w}; 1099-B proceeds {b} ({cusip}); refund to routing {rt} (bank routing, not personal)\n",
        w=v.k(kp.amount),
        b=v.k(kp.amount),
        cusip=v.k(kp.cusip),
        rt=K("REFERENCE", routing),
    )
    d.fmt(
        "Employer EIN {ein} ({co}); estimated payments {q1} on {dt}; prior-year AGI {agi}\n",
        ein=v.k(kp.ein),
        co=v.k(kp.company),
        q1=v.k(kp.amount),
        dt=v.k(kp.other_date),
        agi=v.k(kp.amount),
    )
    return d


# ------------------------------------------------------------------------------------------------ travel & logistics


def airline_pnr_display(v: V) -> Doc:
    """A GDS booking display: SURNAME/GIVEN names, SSR DOCS with a compact date of birth, contacts."""
    d, r = Doc(), v.r
    d.fmt(
        "RP/{off}/  {dt}\n",
        off=f"{v.pick(('LON', 'FRA', 'MAD', 'NYC'))}1A0{r.randint(100, 999)}",
        dt=v.k(kp.other_date),
    )
    pax = [v.latin_person() for _ in range(r.randint(1, 2))]
    for i, (g, f, _) in enumerate(pax, start=1):
        d.fmt("  {i}.{f}/{g} {t}\n", i=str(i), f=v.p_name(f.upper().replace(" ", "")), g=v.p_name(g.split()[0].upper()),
              t=r.choice(("MR", "MRS", "MS")))  # fmt: skip
    d.fmt("  3  {fl} Y 14{mo} 4 {route} HK{n}  0710 0925\n  4 AP {tel}\n  5 APE {mail}\n",
          fl=r.choice(("LH 1172", "BA 0458", "AF 1301", "IB 3177")), mo=r.choice(("MAR", "JUN", "SEP")),
          route=r.choice(("FRAMAD", "LHRBCN", "CDGOSL")), n=str(len(pax)), tel=v.p_phone(intl=True),
          mail=P("EMAIL_ADDRESS", v.email(pax[0][0], pax[0][1]).upper()))  # fmt: skip
    for i, (_, _, _) in enumerate(pax, start=1):
        d.fmt("  {n} SSR DOCS YY HK1 P/{cc}/{pp}/{cc}/{dob}/{sx}/{exp}/P{i}\n", n=str(5 + i), cc=v.loc.country,
              pp=f"C{r.randint(1000000, 9999999)}", dob=v.p_dob("pnr"), sx=r.choice("MF"), exp=f"{r.randint(10, 28)}AUG3{r.randint(0, 4)}",
              i=str(i))  # fmt: skip
    d.fmt("  8 FA PAX 220-{tk}/ETLH/{amt}\n", tk=str(r.randint(1000000000, 9999999999)), amt=v.k(kp.amount))
    d.fmt(
        "  9 OSI YY CONX {fl} {dt}\n 10 RM CORP {co} CC {cc} TRIP {ref}\n",
        fl=v.k(kp.flight),
        dt=v.k(kp.other_date),
        co=v.k(kp.company),
        cc=str(v.r.randint(1000, 9999)),
        ref=v.k(kp.reference),
    )
    return d


def parcel_customs_declaration(v: V) -> Doc:
    """A CN23 customs declaration for a parcel, sender and addressee blocks and a contents table."""
    d, r = Doc(), v.r
    d.fmt("CN 23  CUSTOMS DECLARATION    {trk}\nFrom: {s}\n      {sa}\n      Tel. {st}\nTo:   {a}\n      {aa}\n"
          "      Tel. {at}\nImporter reference: {ref}\n\nDescription          Qty  Net weight  Value   HS tariff no.\n",
          trk=v.k(kp.tracking), s=v.p_name(), sa=v.p_addr("\n      "), st=v.p_phone(), a=v.p_name(),
          aa=P("STREET_ADDRESS", v.address(", ")), at=v.p_abroad(), ref=v.k(kp.reference))  # fmt: skip
    for _ in range(r.randint(1, 3)):
        d.fmt("{what}  {q}    {w}   {val}  {hs}\n", what=r.choice(("Wool sweater       ", "Ceramic mugs       ",
              "Phone case         ", "Printed books      ")), q=str(r.randint(1, 6)), w=f"0.{r.randint(1, 9)}{r.randint(0, 9)} kg",
              val=v.k(kp.amount), hs=v.k(kp.hs_code))  # fmt: skip
    d.fmt("Category: {cat}. Date {dt}, sender's signature.\n", cat=r.choice(("Gift", "Sale of goods", "Returned goods")),
          dt=v.k(kp.other_date))  # fmt: skip
    d.fmt(
        "Total gross weight {w}; postage {amt}; licence/certificate no. none; invoice {inv}\n",
        w=v.k(kp.weight),
        amt=v.k(kp.amount),
        inv=v.k(kp.reference),
    )
    return d


def vehicle_rental_agreement(v: V) -> Doc:
    """A car-rental agreement summary at the counter: renter, licence, card pre-authorisation."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    where, dl = v.p_dl(g, f)
    brand, card = v.p_card()
    d.fmt("RENTAL AGREEMENT {ref}   Pick-up {city} {dt}\nRenter ..... {name}\nDOB ........ {dob}\n"
          "Licence .... {dl} ({where})\nAddress .... {addr}\nMobile ..... {tel}   E-mail {mail}\n"
          "Vehicle .... {car}, {vin}, odometer {odo}\nPre-auth ... {brand} {card} for {amt}\nAdditional driver: {add}\n",
          ref=v.k(kp.reference), city=v.k(kp.city), dt=v.k(kp.other_date), name=v.p_name(name), dob=v.p_dob(), dl=dl,
          where=where, addr=v.p_addr(), tel=v.p_phone(), mail=v.p_email(g, f),
          car=r.choice(("VW Golf", "Toyota Yaris", "Kia Ceed")), vin=v.k(kp.vin), odo=f"{r.randint(3000, 90000)} km",
          brand=brand, card=card, amt=v.k(kp.amount), add=v.p_name() if r.random() < 0.5 else "none")  # fmt: skip
    d.fmt(
        "Return ..... {city} {dt}; fuel {pct}; deposit {amt}; damage waiver {plan}\n",
        city=v.k(kp.city),
        dt=v.k(kp.other_date),
        pct=v.k(kp.percent),
        amt=v.k(kp.amount),
        plan=v.k(kp.product),
    )
    return d


# ------------------------------------------------------------------------------------------------ IT & general


def jira_issue_wiki_markup(v: V) -> Doc:
    """An issue exported in Jira wiki markup: a table, a code block from the logs, a mention."""
    d, r = Doc(), v.r
    d.fmt("h2. {ref}: payment page returns 502 after {ver}\n\n||Reporter||Customer||Contact||\n|{rep}|{cust}|{mail}|\n\n"
          "{{code}}\n{ts} WARN upstream=10.0.{a}.{b} client={ip} card={card} status=502\n{ts2} INFO retry ok client={ip6}\n"
          "{{code}}\n\n[~{handle}] can you check the {tk} feed on {host}? Customer asked to be called back on {tel}.\n",
          ref=v.k(kp.reference), ver=v.k(kp.version), rep=v.p_name(), cust=v.p_name(), mail=v.p_email(),
          ts=v.k(kp.other_date), a=str(r.randint(0, 255)), b=str(r.randint(1, 254)), ip=v.p_ip(False),
          card=v.p_card()[1], ts2=v.k(kp.other_date), ip6=v.p_ip(True),
          handle=v.handle().split("+")[0], tk=v.k(kp.ticker), host=r.choice(("prod-eu-3", "pay-gw-b", "web-12")),
          tel=v.p_phone())  # fmt: skip
    d.fmt(
        "\n*Affects:* {ver} *Fix:* {ver2} *Merchant:* {co} *Volume lost:* {amt} ({pct})\n",
        ver=v.k(kp.version),
        ver2=v.k(kp.version),
        co=v.k(kp.company),
        amt=v.k(kp.amount),
        pct=v.k(kp.percent),
    )
    return d


def vpn_session_export(v: V) -> Doc:
    """A VPN concentrator's session export: quoted CSV, one session a line."""
    d, r = Doc(), v.r
    d.add('"user","display_name","assigned_ip","public_ip","start","bytes_in","client"\n')
    for _ in range(r.randint(3, 5)):
        g, f, name = v.person()
        d.fmt('"{mail}","{name}","10.{a}.{b}.{c}","{ip}","{dt}","{by}","{ver}"\n', mail=v.p_email(g, f, work=True),
              name=v.p_name(name), a=str(r.randint(8, 40)), b=str(r.randint(0, 255)), c=str(r.randint(1, 254)),
              ip=v.p_ip(), dt=v.k(kp.other_date), by=str(r.randint(10**5, 10**9)), ver=v.k(kp.version))  # fmt: skip
    d.fmt(
        "# exported {dt} from {host} running {ver}; policy {ref}\n",
        dt=v.k(kp.other_date),
        host=v.pick(("asa-fra-01", "pa-edge-2", "fw-ams")),
        ver=v.k(kp.version),
        ref=v.k(kp.reference),
    )
    return d


def dotenv_config_dump(v: V) -> Doc:
    """An application's .env file pasted into a support case."""
    d, r = Doc(), v.r
    d.fmt("# {co} billing service {ver}\nAPP_ENV=production\nADMIN_CONTACT={name}\nADMIN_EMAIL={mail}\n"
          "ONCALL_PHONE=\"{tel}\"\nALLOWED_IPS={ip1},{ip2}\nPAYOUT_IBAN={iban}\nPAYOUT_BIC={bic}\n"
          "STATEMENT_CURRENCY_MIN={amt}\nFEATURE_FLAGS=ledger_v2,{tk}\n",
          co=v.k(kp.company), ver=v.k(kp.version), name=v.p_name(), mail=v.p_email(work=True), tel=v.p_phone(intl=True),
          ip1=v.p_ip(False), ip2=v.p_ip(), iban=v.p_iban(style="compact"), bic=v.p_bic(), amt=v.k(kp.amount),
          tk=r.choice(("sepa_instant", "3ds2", "payouts")))  # fmt: skip
    d.fmt(
        "API_VERSION={api}\nREPORT_CITY={city}\nFX_MARKUP={pct}\nSETTLEMENT_ISIN_WATCH={isin}\n",
        api=v.k(kp.version),
        city=v.k(kp.city),
        pct=v.k(kp.percent),
        isin=v.k(kp.isin),
    )
    return d


def graphql_user_payload(v: V) -> Doc:
    """A GraphQL response body logged by an API gateway: nested user, addresses and a payment method."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    us = v.loc.country == "US"
    d.fmt('{{"data":{{"viewer":{{"id":"{uid}","displayName":"{name}","birthDate":"{dob}","email":"{mail}",\n'
          ' "phones":[{{"kind":"MOBILE","number":"{tel}"}}],\n "shipping":{{"line1":"{addr}","country":"{cc}"}},\n'
          ' "wallet":{{"brand":"{brand}","pan":"{card}"}},{ssn}\n "orders":[{{"ref":"{ord}","total":"{amt}"}}],'
          '"lastSeenIp":"{ip}"}}}},"extensions":{{"cost":{cost}}}}}\n',
          uid=f"u_{r.getrandbits(40):x}", name=v.p_name(name), dob=v.p_dob("iso"), mail=v.p_email(g, f),
          tel=v.p_phone(intl=True), addr=v.p_addr(), cc=v.loc.country, brand=(c := v.p_card())[0], card=c[1],
          ssn=P("US_SSN", v.ssn()) if us else "", ord=v.k(kp.reference), amt=v.k(kp.amount), ip=v.p_ip(),
          cost=str(r.randint(3, 90)))  # fmt: skip
    d.fmt(
        '{{"data":{{"recommendations":[{{"sku":"{a}","price":"{pa}"}},{{"sku":"{b}","price":"{pb}"}}],'
        '"fx":{{"pair":"EUR/USD","asOf":"{dt}"}}}}}}\n',
        a=v.k(kp.product),
        pa=v.k(kp.amount),
        b=v.k(kp.product),
        pb=v.k(kp.amount),
        dt=v.k(kp.other_date),
    )
    return d


def whatsapp_chat_export(v: V) -> Doc:
    """A WhatsApp chat export between a customer and a small business."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    shop = v.name()
    dt = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026"
    d.fmt("[{dt}, 09:14:02] {c}: hi, is the {prod} still available?\n[{dt}, 09:20:41] {s}: yes! {amt} incl shipping\n"
          "[{dt}, 09:22:10] {c}: great. send to {addr} pls\n[{dt}, 09:22:55] {c}: my number for the courier is {tel}\n"
          "[{dt}, 09:30:13] {s}: ok. bank transfer to {iban}, ref your name\n[{dt}, 09:31:40] {c}: done, it says from "
          "{lower}\n",
          dt=dt, c=v.p_name(name), prod=v.k(kp.product), s=v.p_name(shop), amt=v.k(kp.amount), addr=v.p_addr(),
          tel=v.p_phone(), iban=v.p_iban(), lower=v.p_name(name.lower()))  # fmt: skip
    d.fmt("[{dt}, 11:02:00] {s}: shipped, tracking {trk}\n", dt=dt, s=v.p_name(shop), trk=v.k(kp.tracking))
    d.fmt(
        "[{dt}, 11:03:12] {s}: est. delivery {due}, parcel {w}, insured up to {amt}\n",
        dt=dt,
        s=v.p_name(shop),
        due=v.k(kp.other_date),
        w=v.k(kp.weight),
        amt=v.k(kp.amount),
    )
    return d


def email_thread_with_signatures(v: V) -> Doc:
    """A reply on top of a quoted e-mail, each with a signature block whose address spans lines."""
    d, r = Doc(), v.r
    g1, f1, n1 = v.person()
    g2, f2, n2 = v.person()
    d.fmt("Hi {g2},\n\nThanks - the revised quote {ref} at {amt} works for us. Delivery to {city} in week {wk}.\n\n"
          "Best,\n{n1}\nProcurement | {co}\n{addr}\nT {tel} | M {mob}\n\n"
          "On {dt}, {n2} <{mail2}> wrote:\n> Please find attached our offer for {prod}.\n> Kind regards,\n> {n2b}\n> {tel2}\n",
          g2=v.p_name(g2.split()[0]), ref=v.k(kp.reference), amt=v.k(kp.amount), city=v.k(kp.city),
          wk=str(r.randint(2, 50)), n1=v.p_name(n1), co=v.k(kp.company), addr=v.p_addr("\n"), tel=v.p_phone(ext=True),
          mob=v.p_phone(), dt=v.k(kp.other_date), n2=v.p_name(n2), mail2=v.p_email(g2, f2, work=True),
          prod=v.k(kp.product), n2b=v.p_name(n2), tel2=v.p_abroad())  # fmt: skip
    d.fmt(
        "> Payment terms: 30 days net, {pct} early-payment discount. Incoterms FCA {city}. Offer valid to {dt}.\n",
        pct=v.k(kp.percent),
        city=v.k(kp.city),
        dt=v.k(kp.other_date),
    )
    return d


def duplicate_contact_review(v: V) -> Doc:
    """A CRM merge-review page as markdown: two candidate records side by side."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    other = v.short(g, f, name)
    d.fmt("### Possible duplicate ({score}% match) - {ref}\n\n| Field | Record A | Record B |\n|---|---|---|\n"
          "| Name | {a} | {b} |\n| Born | {dob} | {dob2} |\n| Email | {m1} | {m2} |\n| Phone | {t1} | {t2} |\n"
          "| Street | {s1} | {s2} |\n| Account owner | {own} | {own2} |\n\nSuggested action: keep A, created {dt}.\n",
          score=str(r.randint(71, 99)), ref=v.k(kp.reference), a=v.p_name(name), b=v.p_name(other),
          dob=v.p_dob(), dob2=v.p_dob(), m1=v.p_email(g, f), m2=v.p_email(g, f), t1=v.p_phone(), t2=v.p_phone(),
          s1=v.p_addr(), s2=v.p_addr(), own=v.p_name(), own2=v.k(kp.company), dt=v.k(kp.other_date))  # fmt: skip
    return d


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    mt940_statement,
    card_issuance_batch,
    sepa_mandate_form,
    beneficial_owner_declaration,
    aml_alert_memo,
    life_policy_beneficiary_change,
    gym_membership_signup,
    hl7_lab_result,
    surgical_consent_form,
    prior_auth_fax_ocr,
    vaccination_record_card,
    ed_triage_note,
    witness_statement_transcript,
    probate_estate_inventory,
    traffic_citation_notice,
    data_subject_access_request,
    employee_separation_letter,
    reference_check_call_notes,
    i9_verification_worksheet,
    us_tax_preparer_intake,
    airline_pnr_display,
    parcel_customs_declaration,
    vehicle_rental_agreement,
    jira_issue_wiki_markup,
    vpn_session_export,
    dotenv_config_dump,
    graphql_user_payload,
    whatsapp_chat_export,
    email_thread_with_signatures,
    duplicate_contact_review,
)
# Families whose documents only exist in the US (Social Security numbers, I-9s, US tax returns).
US_ONLY = ("i9_verification_worksheet", "us_tax_preparer_intake")


def document(family: Callable[[V], Doc], locale: str, rng: random.Random) -> Doc:
    """One document of `family`, drawn again from the same RNG while it cannot be scored fairly."""
    for _ in range(40):
        doc = family(V(rng, locale))
        if not problems(doc):
            return doc
    raise RuntimeError(f"{family.__name__} ({locale}) kept writing unscorable documents: {problems(doc)}")


def build(n: int = DOCUMENTS, seed: int = SEED) -> list[dict]:
    """`n` documents, families in turn, each from its own RNG drawn from `seed`."""
    rng = random.Random(f"{SPLIT}:{seed}")
    rows, locales = [], tuple(LOCALES)
    for i in range(n):
        family = FAMILIES[i % len(FAMILIES)]
        if family.__name__ in US_ONLY:
            locale = rng.choice(US_LOCALES)
        else:
            locale = rng.choice(US_LOCALES) if rng.random() < 0.1 else rng.choice(locales)
        doc = document(family, locale, random.Random(rng.getrandbits(64)))
        rows.append(
            {
                "id": f"{SPLIT}-{i:04d}",
                "split": SPLIT,
                "family": family.__name__,
                "locale": locale,
                "text": doc.text,
                "pii": sorted(doc.pii, key=lambda p: p["start"]),
                "keep": doc.keep,
            }
        )
    return rows


def write(rows: list[dict], path: Path) -> str:
    """Write `rows` as JSON lines; returns the file's sha256."""
    data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("-n", type=int, default=DOCUMENTS, help="documents to write")
    args = ap.parse_args(argv)
    rows = build(args.n)
    digest = write(rows, args.out)
    print(
        f"{args.out}: {len(rows)} documents, {sum(len(r['pii']) for r in rows)} personal values, sha256 {digest}"
    )


if __name__ == "__main__":
    main()
