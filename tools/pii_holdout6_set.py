"""The sixth holdout PII set: `python -m tools.pii_holdout6_set` writes benchmarks/pii_intl/holdout6.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written without opening
Charter's recognizers, their word lists, the benchmark's results or any misses, and the scrubber was never
run on it while it was written. The earlier sets (tools/pii_intl_set.py, tools/pii_holdout*_set.py) were read
only to avoid their families, sentences and renderings. Values come from tools/pii_holdout6_values.py: most
person names from mimesis locales and from hand-written lists of real given names and surnames (South and
South-East Asia, Africa, romanised Japanese, Korean, Chinese, Greek and Cyrillic names) with particles, double
surnames and initials, none from Faker; street lines from mimesis address data or hand-written street lists;
phones from the `phonenumbers` library's metadata, each rendering read back as valid; cards, IBANs, BICs,
SSNs, driver's licences and record numbers from their published layouts and check digits. Must-keep values
come from tools/pii_holdout6_keep.py.

Schema as the international set's: `{"id", "split", "family", "locale", "text", "pii": [{"type", "start",
"end"}], "keep": [{"type", "value"}]}`. A span covers the value as written: a phone number with its extension,
a street line with the postcode and city written with it, a name without its title.

Deterministic: its own seed, one `random.Random` per document drawn from it (which also seeds that
document's mimesis providers); the same command writes the same bytes.
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

from tools import pii_holdout6_keep as kp
from tools.pii_holdout6_values import LOCALES, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout6.jsonl"
SEED = 771905
DOCUMENTS = 504
SPLIT = "holdout6"


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
    size: int = 0

    def fmt(self, template: str, **slots: str | P | K) -> Doc:
        for literal, name, _, _ in string.Formatter().parse(template):
            self._add(literal)
            if name is not None:
                self._add(slots[name])
        return self

    def _add(self, item: str | P | K) -> None:
        if isinstance(item, P):
            self.pii.append({"type": item.kind, "start": self.size, "end": self.size + len(item.value)})
            item = item.value
        elif isinstance(item, K):
            if not any(k["value"] == item.value for k in self.keep):
                self.keep.append({"type": item.kind, "value": item.value})
            item = item.value
        self.parts.append(item)
        self.size += len(item)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def problems(doc: Doc) -> list[str]:
    """Why `doc` could not be scored fairly: overlapping, empty or padded spans, or a must-keep value that
    is missing or also occurs inside a personal value."""
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
    """Values as spans (P) and must-keep values (K) for the templates."""

    def person(self) -> tuple[str, str, P]:
        g, f, written = self.name()
        return g, f, P("PERSON", written.lower() if self.r.random() < 0.1 else written)

    def n(self) -> P:
        return self.person()[2]

    def addr(self) -> P:
        return P("STREET_ADDRESS", self.street())

    def tel(self, foreign: bool = False) -> P:
        return P("PHONE_NUMBER", self.phone(foreign))

    def mail(self, g: str, f: str) -> P:
        return P("EMAIL_ADDRESS", self.email(g, f))

    def cc(self) -> P:
        return P("CREDIT_CARD", self.card())

    def ib(self) -> P:
        return P("IBAN_CODE", self.iban())

    def sw(self) -> P:
        return P("SWIFT_CODE", self.bic())

    def sn(self) -> P:
        return P("US_SSN", self.ssn())

    def dl(self) -> tuple[str, P]:
        where, number = self.licence()
        return where, P("DRIVER_LICENSE", number)

    def born(self) -> P:
        return P("DATE_OF_BIRTH", self.dob())

    def mr(self) -> P:
        return P("MEDICAL_RECORD_NUMBER", self.mrn())

    def ipa(self) -> P:
        return P("IP_ADDRESS", self.ip())

    def k(self, fn: Callable[..., tuple[str, str]], *args: str) -> K:
        return K(*fn(self.r, *args))

    def money(self) -> K:
        return self.k(kp.amount, self.loc.country)

    def us(self) -> bool:
        return self.loc.country == "US"


# ------------------------------------------------------------------------------------------------ finance


def brokerage_account_opening_form(v: V) -> Doc:
    g, f, n = v.person()
    where, dl = v.dl()
    d = Doc().fmt(
        "NEW ACCOUNT APPLICATION | {co}\nForm {ver} | received {dt}\n"
        "[1] Account holder ....... {n}\n[2] Born ................. {dob}\n[3] Home ................. {a}\n"
        "[4] Daytime tel .......... {t}\n[5] Email ................ {e}\n[6] Photo ID ............. driving permit "
        "{dl}, issued in {w}\n[7] Funding account ...... {ib} / {sw}\n[8] First purchase ....... {amt} of {isin} "
        "({tk}), CUSIP {cu}\n",
        co=v.k(kp.company), ver=v.k(kp.version), dt=v.k(kp.other_date), n=n, dob=v.born(), a=v.addr(),
        t=v.tel(), e=v.mail(g, f), dl=dl, w=where, ib=v.ib(), sw=v.sw(), amt=v.money(), isin=v.k(kp.isin),
        tk=v.k(kp.ticker), cu=v.k(kp.cusip))  # fmt: skip
    if v.us():
        d.fmt("[9] Taxpayer number ...... {s}\n", s=v.sn())
    return d.fmt(
        "Fee schedule {ver}: custody 0.15% p.a., min. {amt}; watchlist {tk}, {tk2}; branch {c}\n",
        ver=v.k(kp.version),
        amt=v.money(),
        tk=v.k(kp.ticker),
        tk2=v.k(kp.ticker),
        c=v.k(kp.city),
    )


def sepa_pain001_text_dump(v: V) -> Doc:
    d = Doc().fmt("pain.001.001.09 dump, MsgId {ref}, CreDtTm {dt}\nDbtr: {co} | DbtrAgt BICFI {sw}\n",
                  ref=v.k(kp.reference), dt=v.k(kp.other_date), co=v.k(kp.company), sw=v.sw())  # fmt: skip
    for i in range(v.r.randint(2, 4)):
        d.fmt("  CdtTrfTxInf #{i}: InstdAmt {amt} -> Cdtr {n} | CdtrAcct {ib} | CdtrAgt {sw} | RmtInf {inv}\n",
              i=str(i + 1), amt=v.money(), n=v.n(), ib=v.ib(), sw=v.sw(), inv=v.k(kp.invoice))  # fmt: skip
    return d.fmt(
        "NbOfTxs {n} | CtrlSum {amt} | ReqdExctnDt {dt} | batch booking true\n",
        n=str(v.r.randint(2, 4)),
        amt=v.money(),
        dt=v.k(kp.other_date),
    )


def mortgage_arrears_call_log(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "Collections call log, loan {ref}\n{dt} 09:14 outbound to {t}, no answer.\n{dt2} 16:40 inbound from "
        "{t2}: spoke to {n} (DOB confirmed {dob}, security address {a}). Arrears {amt}; promise to pay "
        "{amt2} by {dt3} from account {ib}; {amt3} taken today on card {cc}. Agent {n2}.\nNext statement {dt4}; rate {ver}; arrears fee {amt4}.\n",
        ref=v.k(kp.reference), dt=v.k(kp.other_date), t=v.tel(), dt2=v.k(kp.other_date), t2=v.tel(), n=n,
        dob=v.born(), a=v.addr(), amt=v.money(), amt2=v.money(), dt3=v.k(kp.other_date), ib=v.ib(),
        amt3=v.money(), cc=v.cc(), n2=v.n(), dt4=v.k(kp.other_date), ver=v.k(kp.version), amt4=v.money())  # fmt: skip


def vendor_bank_detail_change_form(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "Supplier master data – change of bank details\nVendor: {co} (supplier no. {ord})\nOld: {ib1}\nNew: {ib2}"
        "\nBank identifier (SWIFT) {sw}\nRequested by {n}, {e}, call-back verified on {t} ({dt})\n"
        "Approved by AP lead {n2}. Next payment run {dt2}, {amt}.\nOpen items: {inv}, {inv2}; PO {po}; control {ref}.\n",
        co=v.k(kp.company), ord=v.k(kp.order), ib1=v.ib(), ib2=v.ib(), sw=v.sw(), n=n, e=v.mail(g, f),
        t=v.tel(), dt=v.k(kp.other_date), n2=v.n(), dt2=v.k(kp.other_date), amt=v.money(),
        inv=v.k(kp.invoice), inv2=v.k(kp.invoice), po=v.k(kp.order), ref=v.k(kp.reference))  # fmt: skip


def fraud_case_timeline(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "## Fraud case {ref}\n| time | event |\n|---|---|\n| {dt} 02:11 | card {cc} used at {co}, {amt} |\n"
        "| {dt} 02:13 | login from {ip} to profile of {n} |\n| {dt} 02:20 | beneficiary {ib} ({sw}) added |\n"
        "| {dt} 08:05 | customer called from {t}, confirmed not her/him |\n"
        "| {dt2} | card reissued, chargeback {ref2} for {amt2} filed; merchant order {ord} |\n",
        ref=v.k(kp.reference), dt=v.k(kp.other_date), cc=v.cc(), co=v.k(kp.company), amt=v.money(),
        ip=v.ipa(), n=n, ib=v.ib(), sw=v.sw(), t=v.tel(), dt2=v.k(kp.other_date), ref2=v.k(kp.reference),
        amt2=v.money(), ord=v.k(kp.order))  # fmt: skip


# ------------------------------------------------------------------------------------------------ legal/HR


def probate_court_service_list(v: V) -> Doc:
    d = Doc().fmt("SERVICE LIST — {dk} — Estate of {n}, deceased (born {dob})\n",
                  dk=v.k(kp.docket), n=v.n(), dob=v.born())  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        g, f, n = v.person()
        d.fmt("• {n}\n  {a}\n  Tel. {t} · {e}\n", n=n, a=v.addr(), t=v.tel(), e=v.mail(g, f))
    return d.fmt("Served by post on {dt} per {cit}.\n", dt=v.k(kp.other_date), cit=v.k(kp.citation))


def hr_probation_review_letter(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{co}\nPrivate & confidential\n{n}\n{a}\n\n{dt}\n\nDear {g},\nFollowing your review with {n2} we confirm "
        "that your probation ended on {dt2}. Your salary rises to {amt} from next month, paid to {ib}. "
        "Please bring your licence ({dl}) for the pool-car register. Employee record: born {dob}.\n"
        "Your next review is due {dt3}; the handbook ({ver}) is on the intranet. Regards, {co}\n",
        co=v.k(kp.company), n=n, a=v.addr(), dt=v.k(kp.other_date), g=P("PERSON", g), n2=v.n(),
        dt2=v.k(kp.other_date), amt=v.money(), ib=v.ib(), dl=v.dl()[1], dob=v.born(), dt3=v.k(kp.other_date),
        ver=v.k(kp.version))  # fmt: skip


def ocr_tenancy_notice_letter(v: V) -> Doc:
    n, addr = v.n(), v.addr()
    return Doc().fmt(
        "NOTICE TO QUIT\n\nTo: {n}\nof  {a}\n\nTake notice that your tenancy will\nend on {dt}. Rent arrears of\n"
        "{amt} remain due. Pay to\n{ib}\nor call the agent, {n2}, on\n{t}\n\nDated {dt2}   Ref {ref}\nDeposit {amt2} held; inventory {ver}; court fee {amt3}\n",
        n=n, a=addr, dt=v.k(kp.other_date), amt=v.money(), ib=v.ib(), n2=v.n(), t=v.tel(),
        dt2=v.k(kp.other_date), ref=v.k(kp.reference),
        amt2=v.money(), ver=v.k(kp.version), amt3=v.money())  # fmt: skip


def dmv_record_request(v: V) -> Doc:
    where, dl = v.dl()
    d = Doc().fmt(
        "Driver record request (insurer use) — {co}\nSubject: {n}\nLicence: {dl} ({w})\nDate of birth: {dob}\n"
        "Address on licence: {a}\nPurpose: motor policy {ref}, effective {dt}\nVehicle {prod}, premium {amt}, fee {amt2}\n",
        co=v.k(kp.company), n=v.n(), dl=dl, w=where, dob=v.born(), a=v.addr(), ref=v.k(kp.reference),
        dt=v.k(kp.other_date), prod=v.k(kp.product), amt=v.money(), amt2=v.money())  # fmt: skip
    if v.us():
        d.fmt("SSN (for MVR match): {s}\n", s=v.sn())
    return d.fmt("Named driver: {n}, licence {dl}, born {dob}\n", n=v.n(), dl=v.dl()[1], dob=v.born())


def home_insurance_loss_report(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "Loss report {ref} – escape of water\nPolicyholder {n}, {a}\nReported {dt} by phone ({t}). Damage to "
        "{m} of flooring; contractor {co} quotes {amt}. Settlement by transfer to {ib}, {sw}. Adjuster: {n2} "
        "({e}).\nExcess {amt2}; reserve {amt3}; drying log {ver} from {dt2}; cause {prod}.\n",
        amt2=v.money(), amt3=v.money(), ver=v.k(kp.version), dt2=v.k(kp.other_date), prod=v.k(kp.product),
        ref=v.k(kp.reference), n=n, a=v.addr(), dt=v.k(kp.other_date), t=v.tel(), m=v.k(kp.measure, "area"),
        co=v.k(kp.company), amt=v.money(), ib=v.ib(), sw=v.sw(), n2=v.n(), e=v.mail(*v.given_family()))  # fmt: skip


# ------------------------------------------------------------------------------------------------ medical


def inpatient_discharge_letter(v: V) -> Doc:
    return Doc().fmt(
        "DISCHARGE LETTER\nPatient: {n}   Hosp. no. {mr}   DOB {dob}\nAddress: {a}\nAdmitted {dt}, discharged "
        "{dt2} ({ward}). Diagnoses: {icd}, {icd2}; meds {prod} {dose}. Weight {m}, BP {bp}.\nGP: Dr {n2}, tel {t}\nSigned: {n3}\n",
        n=v.n(), mr=v.mr(), dob=v.born(), a=v.addr(), dt=v.k(kp.other_date), dt2=v.k(kp.other_date),
        ward=v.k(kp.room), prod=v.k(kp.product),
        dose=v.k(kp.measure, "dose"), icd=v.k(kp.icd10), icd2=v.k(kp.icd10), m=v.k(kp.measure, "body"), bp=v.k(kp.measure, "bp"),
        n2=v.n(), t=v.tel(), n3=v.n())  # fmt: skip


def outpatient_appointment_letter(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{co} Outpatients\n{n}\n{a}\n\nYour record number: {mr}\nDate of birth: {dob}\n\nDear {g}, you have an "
        "appointment on {dt} in {rm}. To rearrange call {t}. Reminders go to {tm}.\nReferral {ref} for {icd}; parking {amt}; clinic code {prod}.\n",
        co=v.k(kp.company), n=n, a=v.addr(), mr=v.mr(), dob=v.born(), g=P("PERSON", g), dt=v.k(kp.other_date),
        rm=v.k(kp.room), t=v.tel(), tm=v.tel(), ref=v.k(kp.reference), icd=v.k(kp.icd10), amt=v.money(),
        prod=v.k(kp.product))  # fmt: skip


def pharmacy_refill_fax(v: V) -> Doc:
    return Doc().fmt(
        "FAX  to {t}  p.1/1\nREFILL REQUEST\nPt name: {n}\nPt DOB: {dob}  MRN {mr}\nRx: {prod} {m} x30, dx {icd}"
        "\nPrescriber: {n2}  ph {t2}\nPharmacy: {co}, {a}\nLast fill {dt}, copay {amt}, plan {ver}, BP {bp}\n",
        t=v.tel(), n=v.n(), dob=v.born(), mr=v.mr(), prod=v.k(kp.product), m=v.k(kp.measure, "dose"), icd=v.k(kp.icd10),
        n2=v.n(), t2=v.tel(), co=v.k(kp.company), a=v.addr(), dt=v.k(kp.other_date), amt=v.money(), ver=v.k(kp.version),
        bp=v.k(kp.measure, "bp"))  # fmt: skip


def clinical_trial_consent_log(v: V) -> Doc:
    d = Doc().fmt("Protocol {ver} consent log, site {c}\nsubject;mrn;dob;consented;witness\n",
                  ver=v.k(kp.version), c=v.k(kp.city))  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        d.fmt("{n};{mr};{dob};{dt};{w}\n", n=v.n(), mr=v.mr(), dob=v.born(), dt=v.k(kp.other_date), w=v.n())
    return d.fmt(
        "IRB approval {dk}, amendment {ver}; enrolment closes {dt}\n",
        dk=v.k(kp.docket),
        ver=v.k(kp.version),
        dt=v.k(kp.other_date),
    )


def pharmacy_sms_reminders(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "[{dt} 10:02] {co} → {t}: Hi {g}, your repeat prescription ({prod}) is ready. Ref {ord}.\n"
        "[{dt} 10:09] {t} → {co}: can my partner {n2} collect it? my dob is {dob}\n"
        "[{dt} 10:11] {co} → {t}: Yes, with photo ID. Record {mr} noted.\n[{dt2} 09:30] {co} → {t}: Collected. Paid {amt}, receipt {inv}.\n",
        dt=v.k(kp.other_date), co=v.k(kp.company), t=v.tel(), g=P("PERSON", g), prod=v.k(kp.product),
        ord=v.k(kp.order), n2=v.n(), dob=v.born(), mr=v.mr(), dt2=v.k(kp.other_date), amt=v.money(),
        inv=v.k(kp.invoice))  # fmt: skip


# ------------------------------------------------------------------------------------------------ general


def air_waybill_manifest(v: V) -> Doc:
    d = Doc().fmt("AWB {tr}  flight {fl}  gross {m}\nSHIPPER {co}\nCONSIGNEE {n}\n{a}\nNOTIFY {t}\n",
                  tr=v.k(kp.tracking), fl=v.k(kp.flight), m=v.k(kp.measure), co=v.k(kp.company), n=v.n(),
                  a=v.addr(), t=v.tel(foreign=True))  # fmt: skip
    return d.fmt("HS code {hs}; declared value {amt}; invoice {inv}; order {ord}; transit via {c}, {fl}\n", hs=v.k(kp.product), amt=v.money(),
                 inv=v.k(kp.invoice), ord=v.k(kp.order), c=v.k(kp.city), fl=v.k(kp.flight))  # fmt: skip


def guesthouse_folio_printout(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "GUEST FOLIO {inv}\nGuest ....... {n}\nHome ........ {a}\nMobile ...... {t}\nArrive {dt} / depart {dt2}, "
        "{rm}\nCard on file  {cc}\n{dt3} room {amt2}, minibar {amt3}, city tax {amt4}\nBalance ..... {amt}\nDriver's licence (parking) {dl}\n",
        inv=v.k(kp.invoice), n=n, a=v.addr(), t=v.tel(), dt=v.k(kp.other_date), dt2=v.k(kp.other_date),
        rm=v.k(kp.room), cc=v.cc(), dt3=v.k(kp.other_date), amt2=v.money(), amt3=v.money(),
        amt4=v.money(), amt=v.money(), dl=v.dl()[1])  # fmt: skip


def saas_support_ticket_md(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "### {ref}: export fails after upgrade to {ver}\n**Reporter:** {n} <{e}>\n**Phone:** {t}\n"
        "**Source IP:** `{ip}`\n\n> We were charged twice ({amt}) on this card:\n> {cc}\n\n"
        "_Assigned to {n2}_ · linked: {ref2}, {inv} · affects {ver2}\n",
        ref=v.k(kp.reference), ver=v.k(kp.version), n=n, e=v.mail(g, f), t=v.tel(), ip=v.ipa(),
        amt=v.money(), cc=v.cc(), n2=v.n(), ref2=v.k(kp.reference), inv=v.k(kp.invoice),
        ver2=v.k(kp.version))  # fmt: skip


def estate_agent_vendor_sheet(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "VENDOR SHEET — {a}\nAsking {amt}; floor area {m}; brochure {ver}\nVendor(s): {n} & {n2}\nBest number {t}, "
        "evenings {t2}\nSolicitor {co}, file {ref}\nViewings from {dt}\nLast sold {dt2} for {amt2}; service charge {amt3} p.a.; plot {m2}\n",
        a=v.addr(), amt=v.money(), m=v.k(kp.measure, "area"), ver=v.k(kp.version), n=n, n2=v.n(), t=v.tel(),
        t2=v.tel(), co=v.k(kp.company), ref=v.k(kp.reference), dt=v.k(kp.other_date), dt2=v.k(kp.other_date),
        amt2=v.money(), amt3=v.money(), m2=v.k(kp.measure, "area"))  # fmt: skip


def webinar_registration_csv(v: V) -> Doc:
    d = Doc().fmt("registrant,email,phone,joined_from,ticket,paid\n")
    for _ in range(v.r.randint(3, 5)):
        g, f, n = v.person()
        d.fmt(
            '"{n}",{e},{t},{ip},{ord},"{amt}"\n',
            n=n,
            e=v.mail(g, f),
            t=v.tel(),
            ip=v.ipa(),
            ord=v.k(kp.order),
            amt=v.money(),
        )
    return d.fmt("# exported {dt} by {co}\n", dt=v.k(kp.other_date), co=v.k(kp.company))


def listserv_weekly_digest(v: V) -> Doc:
    g, f, n = v.person()
    g2, f2, n2 = v.person()
    return Doc().fmt(
        "Digest {ver}, week of {dt}\n\n1. Re: flat share in {c} ({n} <{e}>)\n   > call me on {t} after six\n"
        "2. Selling bike, {amt} ({n2} <{e2}>)\n   > pick-up at {a}\n3. Meetup {dt2} in {c2}, tickets {amt2}, repo {ver2}\n",
        ver=v.k(kp.version), dt=v.k(kp.other_date), c=v.k(kp.city), n=n, e=v.mail(g, f), t=v.tel(),
        amt=v.money(), n2=n2, e2=v.mail(g2, f2), a=v.addr(), dt2=v.k(kp.other_date), c2=v.k(kp.city),
        amt2=v.money(), ver2=v.k(kp.version))  # fmt: skip


def payroll_spreadsheet_paste(v: V) -> Doc:
    d = Doc().fmt("Name\tBorn\tIBAN\tBIC\tGross\tNet\n")
    for _ in range(v.r.randint(2, 4)):
        d.fmt(
            "{n}\t{dob}\t{ib}\t{sw}\t{amt}\t{net}\n",
            n=v.n(),
            dob=v.born(),
            ib=v.ib(),
            sw=v.sw(),
            amt=v.money(),
            net=v.money(),
        )
    return d.fmt("Period closes {dt}; cost centre {prod}\n", dt=v.k(kp.other_date), prod=v.k(kp.product))


def loyalty_member_json(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        '{{"member": {{"fullName": "{n}", "birthDate": "{dob}", "mobile": "{t}", "mail": "{e}",\n'
        '  "postal": "{a}", "tier": "gold", "lastOrder": "{ord}", "spend": "{amt}", "app": "{ver}",\n'
        '  "lastIp": "{ip}", "joined": "{dt}", "store": "{c}", "points": 4120, "voucher": "{amt2}"}}}}\n',
        n=n, dob=v.born(), t=v.tel(), e=v.mail(g, f), a=P("STREET_ADDRESS", v.street().replace("\n", ", ")),
        ord=v.k(kp.order), amt=v.money(), ver=v.k(kp.version), ip=v.ipa(), dt=v.k(kp.other_date),
        c=v.k(kp.city), amt2=v.money())  # fmt: skip


def onboarding_ticket_yaml(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt(
        "ticket: {ref}\nnew_hire:\n  name: {n}\n  start: {dt}\n  home: \"{a}\"\n  phone: \"{t}\"\n"
        "  personal_email: {e}\n  salary_account: {{iban: {ib}, bic: {sw}}}\n  laptop: {prod}\n"
        "  budget_code: {ord}\n  salary: \"{amt}\"\n  office: {c}\n",
        ref=v.k(kp.reference), n=n, dt=v.k(kp.other_date), a=P("STREET_ADDRESS", v.street().replace("\n", ", ")),
        t=v.tel(), e=v.mail(g, f), ib=v.ib(), sw=v.sw(), prod=v.k(kp.product), ord=v.k(kp.order),
        amt=v.money(), c=v.k(kp.city))  # fmt: skip
    if v.us():
        d.fmt("  ssn: {s}\n", s=v.sn())
    return d


def event_badge_desk_notes(v: V) -> Doc:
    where, dl = v.dl()
    return Doc().fmt(
        "Badge desk, {co} summit {dt}\n- {n} picked up badge for {n2}; showed licence {dl}\n- lost phone handed "
        "in, owner rang from {t}\n- speaker {n3} arriving on {fl}, hotel {rm}\n- sponsor {co2} invoice {inv} ({amt}) queried; booth {prod}\n",
        co=v.k(kp.company), dt=v.k(kp.other_date), n=v.n(), n2=v.n(), dl=dl, t=v.tel(), n3=v.n(),
        fl=v.k(kp.flight), rm=v.k(kp.room), co2=v.k(kp.company), inv=v.k(kp.invoice),
        amt=v.money(), prod=v.k(kp.product))  # fmt: skip


def us_benefits_dependent_form(v: V) -> Doc:
    d = Doc().fmt("Dependent verification ({co}, plan year {dt})\nEmployee: {n}, SSN {s}, born {dob}\n",
                  co=v.k(kp.company), dt=v.k(kp.other_date), n=v.n(), s=v.sn(), dob=v.born())  # fmt: skip
    for _ in range(v.r.randint(1, 3)):
        d.fmt("  dependent {n} | SSN {s} | DOB {dob}\n", n=v.n(), s=v.sn(), dob=v.born())
    return d.fmt(
        "Premium {amt} per pay period, plan {prod}, effective {dt}. Mail to {a}; questions {t}\n",
        amt=v.money(),
        prod=v.k(kp.product),
        dt=v.k(kp.other_date),
        a=v.addr(),
        t=v.tel(),
    )


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    brokerage_account_opening_form,
    sepa_pain001_text_dump,
    mortgage_arrears_call_log,
    vendor_bank_detail_change_form,
    fraud_case_timeline,
    probate_court_service_list,
    hr_probation_review_letter,
    ocr_tenancy_notice_letter,
    dmv_record_request,
    home_insurance_loss_report,
    inpatient_discharge_letter,
    outpatient_appointment_letter,
    pharmacy_refill_fax,
    clinical_trial_consent_log,
    pharmacy_sms_reminders,
    air_waybill_manifest,
    guesthouse_folio_printout,
    saas_support_ticket_md,
    estate_agent_vendor_sheet,
    webinar_registration_csv,
    listserv_weekly_digest,
    payroll_spreadsheet_paste,
    loyalty_member_json,
    onboarding_ticket_yaml,
    event_badge_desk_notes,
    us_benefits_dependent_form,
)
US_ONLY = ("us_benefits_dependent_form",)


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
        locale = "en-US" if family.__name__ in US_ONLY else rng.choice(locales)
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
