"""The fifteenth holdout PII set: `python -m tools.pii_holdout15_set` writes benchmarks/pii_intl/holdout15.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written blind: without opening
Charter's recognizers, their word lists, the benchmark's results or any misses file, and the scrubber was never
run on it while it was written. The fourteenth set was read only for its API and row schema; the earlier sets'
family names were listed only to avoid them; the value generators (tools/pii_holdout15_values.py) and the
must-keep generators (tools/pii_holdout15_keep.py) were written fresh, not copied. Families: securities
account transfer forms, loan servicing call transcripts, chargeback dispute letters, KYC video-call notes,
radiology reports, physiotherapy progress notes, organ donor registrations, prescription refill SMS threads,
nursing home admission forms, US custody and support petitions, traffic court notices, US tax preparer intake
sheets, US payroll direct-deposit change forms, apartment viewing schedules, moving company inventories, gym
membership freezes, library card applications, scholarship applications, conference badge lists, ride-share
driver onboarding records, crypto exchange withdrawal alerts, insurance telematics reports, app crash logs with
user context and CRM exports in JSON Lines.

Person names come from hand-written lists of origins no earlier split uses (see NAMES in the values module),
in Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari and Chinese scripts.

Schema as the international set's: `{"id", "split", "family", "locale", "text", "pii": [{"type", "start",
"end"}], "keep": [{"type", "value"}]}`. A span covers the value as written: a phone number with its extension,
a street line with the unit and city written with it (over two or three lines where the document breaks it), a
name without its title; where a format keeps family and given names in separate fields, each is its own span.

Deterministic: its own seed, one `random.Random` per document drawn from it; the same command writes the same
bytes.
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

from tools import pii_holdout15_keep as kp
from tools.pii_holdout15_values import LOCALES, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout15.jsonl"
SEED = 4057219
DOCUMENTS = 504
SPLIT = "holdout15"

LABEL = {
    "name": {"en": "Full legal name", "fr": "Nom complet", "es": "Nombre y apellidos", "pt": "Nome do titular",
             "de": "Vor- und Zuname", "nl": "Volledige naam", "it": "Nominativo", "ru": "Фамилия, имя",
             "ar": "الاسم الكامل", "id": "Nama pemohon"},
    "born": {"en": "DOB", "fr": "Date de naissance", "es": "F. nacimiento", "pt": "Nascido(a) em",
             "de": "geb. am", "nl": "Geboren op", "it": "Nato/a il", "ru": "Дата рожд.",
             "ar": "تاريخ الميلاد", "id": "Tgl. lahir"},
    "phone": {"en": "Mobile", "fr": "Portable", "es": "Celular", "pt": "Telemóvel", "de": "Mobilnummer",
              "nl": "Mobiel", "it": "Cellulare", "ru": "Моб. тел.", "ar": "الجوال", "id": "No. HP"},
    "address": {"en": "Residential address", "fr": "Domicile", "es": "Dirección", "pt": "Endereço",
                "de": "Wohnadresse", "nl": "Woonadres", "it": "Residenza", "ru": "Адрес проживания",
                "ar": "العنوان", "id": "Alamat rumah"},
    "email": {"en": "E-mail address", "fr": "Adresse courriel", "es": "Correo", "pt": "Correio eletrónico",
              "de": "E-Mail-Adresse", "nl": "E-mail", "it": "Posta elettronica", "ru": "E-mail",
              "ar": "البريد الإلكتروني", "id": "Email"},
}  # fmt: skip


# The money a document of the country is most likely to quote; other amounts are foreign.
CURRENCY = {
    "US": "USD", "PR": "USD", "FM": "USD", "TC": "USD", "CA": "CAD", "MX": "MXN", "EC": "USD", "PA": "USD",
    "CR": "CRC", "DO": "DOP", "UY": "UYU", "GB": "£", "DE": "EUR", "PT": "EUR", "ES": "EUR", "IT": "EUR",
    "FI": "EUR", "EE": "EUR", "LT": "EUR", "GR": "EUR", "GP": "EUR", "GF": "EUR", "NO": "NOK", "SE": "SEK",
    "RU": "₽", "UA": "UAH", "TR": "TRY", "OM": "OMR", "JO": "JOD", "IN": "INR", "PH": "₱", "ID": "IDR",
    "KE": "KES", "NG": "NGN", "GH": "GHS", "CI": "XOF", "CM": "XAF", "AU": "AUD", "MA": "MAD", "TN": "TND",
}  # fmt: skip


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
    """Values wrapped as spans (P) and must-keep values (K) for the templates."""

    def lab(self, key: str) -> K:
        return K("LABEL", LABEL[key].get(self.lang, LABEL[key]["en"]))

    def n(self, style: str | None = None) -> P:
        return P("PERSON", self.name(style))

    def g(self) -> P:
        return P("PERSON", self.given())

    def s(self) -> P:
        return P("PERSON", self.surname())

    def ph(self, form: str | None = None) -> P:
        return P("PHONE_NUMBER", self.phone(form))

    def em(self) -> P:
        return P("EMAIL_ADDRESS", self.email())

    def cc(self) -> P:
        return P("CREDIT_CARD", self.card())

    def ib(self) -> P:
        return P("IBAN_CODE", self.iban())

    def sw(self) -> P:
        return P("SWIFT_CODE", self.bic())

    def sn(self) -> P:
        return P("US_SSN", self.ssn())

    def ipa(self) -> P:
        return P("IP_ADDRESS", self.ip())

    def st(self, lines: int | None = None) -> P:
        return P("STREET_ADDRESS", self.street(lines))

    def db(self, young: bool = False, form: str | None = None) -> P:
        return P("DATE_OF_BIRTH", self.dob(young, form))

    def dl(self) -> tuple[K, P]:
        issuer, number = self.licence()
        return K("ISSUER", issuer), P("DRIVER_LICENSE", number)

    def mr(self) -> tuple[K, P]:
        label, number = self.mrn()
        return K("LABEL", label), P("MEDICAL_RECORD_NUMBER", number)

    def k(self, kind: str, value: str) -> K:
        return K(kind, value)

    def amt(self, currency: str | None = None) -> K:
        if currency is None and self.rng.random() < 0.7:
            currency = CURRENCY.get(self.country)
        return K("AMOUNT", kp.amount(self.rng, currency))

    def day(self, style: int | None = None) -> K:
        return K("DATE", kp.when(self.rng, style))

    def co(self) -> K:
        return K("COMPANY", kp.pick(self.rng, kp.COMPANIES))

    def cityk(self) -> K:
        return K("CITY", kp.pick(self.rng, kp.CITIES))

    def longk(self) -> K:
        return K("LONG_NUMBER", kp.long_number(self.rng))


# --- families -----------------------------------------------------------------------------------------------


def securities_account_transfer_form(v: V) -> Doc:
    d = Doc()
    d.fmt(
        "{co} — TRANSFER OF ASSETS (in specie) / ref {ref}\nDelivering LEI {lei}   Receiving LEI {lei2}\n\n",
        co=v.co(),
        ref=v.longk(),
        lei=v.k("LEI", kp.lei(v.rng)),
        lei2=v.k("LEI", kp.lei(v.rng)),
    )
    d.fmt(
        "1. {lab}: {a}\n   Joint holder: {b}\n   {born}: {dob}\n   {addr}: {st}\n   {ph}: {p} | {em}\n\n",
        lab=v.lab("name"),
        a=v.n(),
        b=v.n(),
        born=v.lab("born"),
        dob=v.db(),
        addr=v.lab("address"),
        st=v.st(),
        ph=v.lab("phone"),
        p=v.ph(),
        em=v.em(),
    )
    d.fmt("2. Positions\n  ISIN          | CUSIP     | Ticker | Quantity | Value\n  {i1} | {c1} | {t1} | {q} | {a1}\n"
          "  {i2} | {c2} | {t2} | 1,200 | {a2}\n\n", i1=v.k("ISIN", kp.isin(v.rng)), c1=v.k("CUSIP", kp.cusip(v.rng)),
          t1=v.k("TICKER", kp.pick(v.rng, kp.TICKERS)), q=v.k("QUANTITY", str(v.rng.randint(5, 900))), a1=v.amt("EUR"),
          i2=v.k("ISIN", kp.isin(v.rng)), c2=v.k("CUSIP", kp.cusip(v.rng)), t2=v.k("TICKER", kp.pick(v.rng, kp.TICKERS)),
          a2=v.amt("USD"))  # fmt: skip
    d.fmt(
        "3. Cash residue to\n   IBAN {i1}   BIC {b1}\n   Correspondent: {b2} / IBAN {i2}\nTrade date {t}\n",
        i1=v.ib(),
        b1=v.sw(),
        b2=v.sw(),
        i2=v.ib(),
        t=v.day(0),
    )
    return d


def loan_servicing_call_transcript(v: V) -> Doc:
    d, agent = Doc(), v.g()
    d.fmt("[{t} 09:14:02] CALL START queue=LOSS-MITIGATION loan={ln}\nAGENT ({a}): Thanks for calling {co}, who do I "
          "have the pleasure of speaking with?\nCALLER: it's {c}.\nAGENT: For verification, date of birth and the "
          "property address?\nCALLER: {dob}, and it's {st}.\n", t=v.day(0), ln=v.longk(), a=agent, co=v.co(),
          c=v.n("lower"), dob=v.db(), st=v.st(1))  # fmt: skip
    d.fmt("AGENT: Perfect. The past-due balance is {amt}. I can take a payment today.\nCALLER: use the card ending... "
          "actually the full number is {cc}, expiry 08/29.\nAGENT: Best callback number?\nCALLER: {ph}\nAGENT: And "
          "my supervisor {sup} will email you at {em}.\n[09:31:40] CALL END disposition=PTP ticket {tk}\n",
          amt=v.amt("USD"), cc=v.cc(), ph=v.ph(), sup=v.n("gs"), em=v.em(), tk=v.k("TICKET", kp.ticket(v.rng)))  # fmt: skip
    return d


def chargeback_dispute_letter(v: V) -> Doc:
    d = Doc()
    d.fmt("{n}\n{st}\n\n{t}\n\nDisputes Department\n{co}\n\nRe: chargeback request, order {o}, {amt}\n\n",
          n=v.n("gs"), st=v.st(2 + v.rng.randint(0, 1)), t=v.day(1), co=v.co(), o=v.k("ORDER", kp.order_number(v.rng)),
          amt=v.amt())  # fmt: skip
    d.fmt("Dear Sir or Madam,\n\nOn {t2} my card {cc} was charged for goods (item {sku}) that never arrived. The "
          "merchant, {m}, stopped answering on {t3}. I ask you to reverse the charge under the scheme's rules.\n\n"
          "You can reach me on {ph} or at {em}; refunds quoting {rf} reach me fastest.\n\nYours faithfully,\n\n"
          "{n2}\n", rf=v.k("CREDITOR_REF", kp.creditor_reference(v.rng)), t2=v.day(3), cc=v.cc(),
          sku=v.k("PRODUCT", kp.pick(v.rng, kp.PRODUCTS)), m=v.co(), t3=v.day(2), ph=v.ph(), em=v.em(),
          n2=v.n("initial"))  # fmt: skip
    return d


def kyc_video_call_notes(v: V) -> Doc:
    d = Doc()
    issuer, lic = v.dl()
    d.fmt("KYC video identification — session {tk} — tool {ver}\nReviewer: {r}\n\n* Applicant presented as "
          "{a}, born {dob}.\n* Document shown: driving licence {lic}, issued by {iss}; hologram visible, "
          "face match 0.93.\n* Session IP {ip} geolocates to {city}; consistent with declared residence "
          "({st}).\n* Phone OTP sent to {ph} — confirmed.\n* Payout account {ib}.\n* Outcome: APPROVED on {t}.\n",
          tk=v.k("TICKET", kp.ticket(v.rng)), ver=v.k("VERSION", kp.pick(v.rng, kp.VERSIONS)), r=v.n("initial"),
          a=v.n(), dob=v.db(), lic=lic, iss=issuer, ip=v.ipa(), city=v.cityk(), st=v.st(1), ph=v.ph(), ib=v.ib(),
          t=v.day(0))  # fmt: skip
    return d


def radiology_report(v: V) -> Doc:
    d = Doc()
    lab, mrn = v.mr()
    d.fmt("{co}\nRADIOLOGY REPORT\n\nPATIENT: {p}    {lab}: {mrn}    DOB: {dob}\nREFERRING: Dr {ref} (NPI "
          "{npi})\nEXAM: MRI right knee without contrast (CPT {cpt})   DATE: {t}\nINDICATION: {icd} — pain after "
          "fall.\n\nFINDINGS: Complex tear of the posterior horn of the medial meniscus. Small joint effusion.\n\n"
          "IMPRESSION: Meniscal tear, ICD-10 {icd2}.\n\nElectronically signed: {rad}, MD\n",
          co=v.k("COMPANY", "Atlas Radiology Partners"), p=v.n("SG"), lab=lab, mrn=mrn, dob=v.db(), ref=v.n("gs"),
          npi=v.k("NPI", kp.npi(v.rng)), cpt=v.k("CPT", "73721"), t=v.day(1), icd=v.k("ICD10", kp.pick(v.rng, kp.ICD10)),
          icd2=v.k("ICD10", "S83.211A"), rad=v.n("gs"))  # fmt: skip
    return d


def physio_home_exercise_review(v: V) -> Doc:
    d = Doc()
    lab, mrn = v.mr()
    d.fmt("Physio progress note — visit 6 of 12\n{lab} {mrn} | {p} | b. {dob}\n\nS: pt reports stairs easier, pain "
          "3/10 (was 6/10). Wife {w} attends.\nO: knee flexion 118°, ext -2°. Gait without aid.\nA: progressing "
          "({icd}).\nP: continue {c1} x2 and {c2}; HEP updated. Next on {t}. Call {ph} if flare-up.\n— {pt}, "
          "physiotherapist\n", lab=lab, mrn=mrn, p=v.n("lower"), dob=v.db(), w=v.g(),
          icd=v.k("ICD10", kp.pick(v.rng, kp.ICD10)), c1=v.k("CPT", "97110"), c2=v.k("CPT", "97140"), t=v.day(3),
          ph=v.ph(), pt=v.n("initial"))  # fmt: skip
    return d


def organ_donor_registration(v: V) -> Doc:
    d = Doc()
    issuer, lic = v.dl()
    d.fmt("{org} — DONOR REGISTRATION\n\n[x] I wish to donate: kidneys, liver, corneas\n\nSurname: {s}\nGiven "
          "names: {g}\n{born}: {dob}\nLicence ({iss}): {lic}\n{addr}:\n{st}\n{phl}: {ph}\n{el}: {em}\n\n"
          "Person to inform: {kin} — {kph}\nRegistered {t} at {city}\n",
          org=v.k("ORG", "Organ Procurement Network"), s=v.s(), g=v.g(), born=v.lab("born"), dob=v.db(),
          iss=issuer, lic=lic, addr=v.lab("address"), st=v.st(3), phl=v.lab("phone"), ph=v.ph(), el=v.lab("email"),
          em=v.em(), kin=v.n(), kph=v.ph(), t=v.day(0), city=v.cityk())  # fmt: skip
    return d


def prescription_refill_sms_thread(v: V) -> Doc:
    d = Doc()
    lab, mrn = v.mr()
    d.fmt("SMS {co} Pharmacy <-> {ph}\n{t} 08:02 > Hi {g}, your refill of RX {rx} (atorvastatin 20mg) is due. Reply "
          "YES to refill.\n08:10 < YES. but pls put it under my mum's profile too, {mum}, dob {dob}\n08:12 > We "
          "need her {lab}: please send it.\n08:15 < {mrn}\n08:16 > Thanks! Ready for pickup after 14:00, copay "
          "{amt}. Text STOP to opt out.\n", co=v.k("COMPANY", "Riverbend"), ph=v.ph(), t=v.day(0),
          g=v.g(), rx=v.longk(), mum=v.n("lower"), dob=v.db(), lab=lab, mrn=mrn, amt=v.amt())  # fmt: skip
    return d


def nursing_home_admission_form(v: V) -> Doc:
    d = Doc()
    lab, mrn = v.mr()
    d.fmt("RIVERBEND NURSING HOME — ADMISSION\n=================================\nResident ......... {r}\n"
          "Born ............. {dob}\n{lab} ... {mrn}\nPrevious address:\n{st}\nDiagnoses ........ {i1}, {i2}\n"
          "Room rate ........ {amt} / month\n\nNEXT OF KIN\n  {kin}\n  {ph}\n  {em}\n\nFees by direct debit from "
          "{ib} (BIC {bic}), first collection {t}.\n",
          r=v.n("upper"), dob=v.db(), lab=lab, mrn=mrn, st=v.st(3), i1=v.k("ICD10", kp.pick(v.rng, kp.ICD10)),
          i2=v.k("ICD10", "F03.90"), amt=v.amt(), kin=v.n(), ph=v.ph(), em=v.em(), ib=v.ib(), bic=v.sw(),
          t=v.day(1))  # fmt: skip
    return d


def custody_and_support_petition(v: V) -> Doc:
    d = Doc()
    d.fmt("IN THE FAMILY COURT OF THE STATE — {dk}\n\nPETITION FOR CUSTODY AND CHILD SUPPORT\n\nPetitioner: {p} "
          "(SSN {s1}), residing at {st}\nRespondent: {r} (SSN {s2})\n\nThe minor children of the parties are:\n"
          "  a. {c1}, born {b1}\n  b. {c2}, born {b2}\n\nPetitioner relies on {case} and asks the Court to set "
          "support at {amt} per month. Hearing set for {t}.\n\nRespectfully submitted, {p2}, pro se, tel. {ph}\n",
          dk=v.k("DOCKET", kp.docket(v.rng)), p=v.n("upper"), s1=v.sn(), st=v.st(1), r=v.n("upper"), s2=v.sn(),
          c1=v.n("gs"), b1=v.db(True), c2=v.g(), b2=v.db(True), case=v.k("CASE", kp.pick(v.rng, kp.CASES)),
          amt=v.amt("USD"), t=v.day(3), p2=v.n("gs"), ph=v.ph())  # fmt: skip
    return d


def traffic_court_notice(v: V) -> Doc:
    d = Doc()
    issuer, lic = v.dl()
    d.fmt("MUNICIPAL TRAFFIC COURT\nNOTICE TO APPEAR — citation {dk}\n\n{n}\n{st}\n\nDriver licence {lic} "
          "({iss}), date of birth {dob}.\nOffence: speed 84 in a 60 zone, {city}, on {t}.\nFine {amt}; appear on "
          "{t2} or pay online. Questions: clerk {clerk}.\n", dk=v.k("DOCKET", kp.docket(v.rng)), n=v.n("upper"),
          st=v.st(2), lic=lic, iss=issuer, dob=v.db(), city=v.cityk(), t=v.day(1), amt=v.amt(), t2=v.day(3),
          clerk=v.n("initial"))  # fmt: skip
    return d


def tax_preparer_intake_sheet(v: V) -> Doc:
    d = Doc()
    d.fmt("{co} — 2025 CLIENT INTAKE\n\nTaxpayer\tSSN\tDOB\n{t1}\t{s1}\t{d1}\nSpouse\t\t\n{t2}\t{s2}\t{d2}\n"
          "Dependent\t\t\n{t3}\t{s3}\t{d3}\n\nMailing address: {st}\nPhone: {ph}   Email: {em}\nRefund by direct "
          "deposit — routing {rt}, account on file.\nPrior-year AGI {amt}. Appointment {t}.\n",
          co=v.k("COMPANY", "Stonebridge Tax Services"), t1=v.n("sg"), s1=v.sn(), d1=v.db(form="slash"),
          t2=v.n("sg"), s2=v.sn(), d2=v.db(), t3=v.g(), s3=v.sn(), d3=v.db(True), st=v.st(1), ph=v.ph(),
          em=v.em(), rt=v.k("ROUTING", kp.routing(v.rng)), amt=v.amt("USD"), t=v.day(2))  # fmt: skip
    return d


def payroll_direct_deposit_change_form(v: V) -> Doc:
    d = Doc()
    d.fmt("TIDEWATER PAYROLL INC. — DIRECT DEPOSIT AUTHORIZATION (change)\nEmployee ID: {eid}   Effective pay "
          "period: {t}\n\nEmployee name: {n}\nSSN: {s}\nHome address: {st}\nWork phone: {ph}\nPersonal email: "
          "{em}\n\nNew bank: routing {rt}, checking, 100% of net pay. Previous routing {rt2} to be closed.\n"
          "Approved by HR: {hr}\n", eid=v.k("EMPLOYEE_ID", f"E-{v.rng.randint(10000, 99999)}"), t=v.day(0),
          n=v.n(), s=v.sn(), st=v.st(2), ph=v.ph(), em=v.em(), rt=v.k("ROUTING", kp.routing(v.rng)),
          rt2=v.k("ROUTING", kp.routing(v.rng)), hr=v.n("initial"))  # fmt: skip
    return d


def apartment_viewing_schedule(v: V) -> Doc:
    d = Doc()
    d.fmt(
        "Viewings — listing {lst}, {city}, rent {amt}\n{t}\n\n",
        lst=v.k("LISTING", kp.order_number(v.rng)),
        city=v.cityk(),
        amt=v.amt(),
        t=v.day(1),
    )
    d.fmt("Time   Prospect                Phone                 Email\n")
    for hour in ("10:00", "10:30", "11:15"):
        name, phone, email = v.name("gs"), v.phone(), v.email()
        d.fmt(
            "{h}  {n}{pad}{p}{pad2}{e}\n",
            h=hour,
            n=P("PERSON", name),
            pad=" " * max(1, 24 - len(name)),
            p=P("PHONE_NUMBER", phone),
            pad2=" " * max(1, 22 - len(phone)),
            e=P("EMAIL_ADDRESS", email),
        )
    d.fmt("\nAgent on site: {a}. Keys from {co}.\n", a=v.g(), co=v.co())
    return d


def moving_company_inventory(v: V) -> Doc:
    d = Doc()
    d.fmt(
        "VANGUARD MOVERS GMBH · Inventory & condition report · job {o}\nCustomer: {n} · {ph}\n"
        "FROM: {a}\nTO:   {b}\n\n",
        o=v.k("ORDER", kp.order_number(v.rng)),
        n=v.n(),
        ph=v.ph(),
        a=v.st(1),
        b=v.st(1),
    )
    d.fmt("| # | Item              | Code        | Cond. | Declared |\n|---|-------------------|-------------|-------|----------|\n"
          "| 1 | Sofa, 3-seat      | {p1} | SC    | {a1} |\n| 2 | Wardrobe          | {p2} | G     | {a2} |\n"
          "\nCrew lead: {crew}. Delivery window {t}.\n", p1=v.k("PRODUCT", kp.PRODUCTS[0]), a1=v.amt("EUR"),
          p2=v.k("PRODUCT", kp.PRODUCTS[3]), a2=v.amt("EUR"), crew=v.n("upper"), t=v.day(2))  # fmt: skip
    return d


def gym_membership_freeze_request(v: V) -> Doc:
    d = Doc()
    d.fmt("Haparanda Gym AB — membership freeze\n\nhi, this is {n} (member since {t}), plan {plan}. I'm having knee "
          "surgery so please freeze my membership for 3 months. my date of birth is {dob} if you need it. the "
          "monthly {amt} comes off card {cc} — don't charge it while frozen.\nreach me at {em} or {ph}\nthanks, "
          "{g}\n", n=v.n("lower"), t=v.day(3), plan=v.k("PLAN", kp.pick(v.rng, kp.PLANS)), dob=v.db(),
          amt=v.amt(), cc=v.cc(), em=v.em(), ph=v.ph(), g=v.g())  # fmt: skip
    return d


def library_membership_signup_webform(v: V) -> Doc:
    d = Doc()
    d.fmt("{org}\nOnline library card application — submitted {t}\nform build {ver} · client IP {ip}\n\n"
          "{nl}: {n}\n{born}: {dob}\n{addr}: {st}\n{el}: {em}\n{pl}: {ph}\nGuardian (under 16): {gd}\n"
          "Card barcode assigned: {bc}\n", org=v.k("ORG", "Public Library Board"), t=v.day(0),
          ver=v.k("VERSION", kp.pick(v.rng, kp.VERSIONS)), ip=v.ipa(), nl=v.lab("name"), n=v.n(),
          born=v.lab("born"), dob=v.db(True), addr=v.lab("address"), st=v.st(1), el=v.lab("email"), em=v.em(),
          pl=v.lab("phone"), ph=v.ph(), gd=v.n(), bc=v.longk())  # fmt: skip
    return d


def scholarship_application(v: V) -> Doc:
    d = Doc()
    d.fmt("ROTARY FOUNDATION — GLOBAL GRANT SCHOLARSHIP\n\nSection A. Applicant\n  Family name: {s}\n  Given "
          "name(s): {g}\n  {born}: {dob}\n  {addr}:\n  {st}\n  {el}: {em} / {ph}\n\nSection B. Disbursement\n  "
          "Award {amt}, paid in two instalments ({t1}, {t2}) to IBAN {ib}, BIC {bic}.\n\nSection C. Referee\n  "
          "{ref}, {co}\nPayment reference (quote on every transfer): {rf}\n", rf=v.k("CREDITOR_REF", kp.creditor_reference(v.rng)),
          s=v.s(), g=v.g(), born=v.lab("born"), dob=v.db(), addr=v.lab("address"), st=v.st(2),
          el=v.lab("email"), em=v.em(), ph=v.ph(), amt=v.amt(), t1=v.day(0), t2=v.day(0), ib=v.ib(), bic=v.sw(),
          ref=v.n("gs"), co=v.co())  # fmt: skip
    return d


def conference_badge_list(v: V) -> Doc:
    d = Doc()
    d.fmt("badge_id,last_name,first_name,organisation,email,mobile\n")
    for _ in range(3):
        d.fmt(
            "{b},{s},{g},{co},{e},{p}\n",
            b=v.k("BADGE", f"B{v.rng.randint(1000, 9999)}"),
            s=v.s(),
            g=v.g(),
            co=v.co(),
            e=v.em(),
            p=v.ph("e164"),
        )
    d.fmt(
        "# exported {t} for {city} summit, printer queue {tk}\n",
        t=v.day(0),
        city=v.cityk(),
        tk=v.k("TICKET", kp.ticket(v.rng)),
    )
    return d


def rideshare_driver_onboarding(v: V) -> Doc:
    d = Doc()
    issuer, lic = v.dl()
    d.fmt("Harbourline Ride Co. — driver onboarding (app {ver})\n---\ndriver: {n}\ndob: {dob}\nlicence: {lic} "
          "[{iss}]\nhome: {st}\nphone: {ph}\nemail: {em}\npayout:\n  iban: {ib}\n  bic: {bic}\nbackground "
          "check: CLEAR ({t})\nsigned-up from: {ip}\n", ver=v.k("VERSION", kp.pick(v.rng, kp.VERSIONS)), n=v.n(),
          dob=v.db(), lic=lic, iss=issuer, st=v.st(1), ph=v.ph(), em=v.em(), ib=v.ib(), bic=v.sw(), t=v.day(0),
          ip=v.ipa())  # fmt: skip
    return d


def crypto_exchange_withdrawal_alert(v: V) -> Doc:
    d = Doc()
    d.fmt("Koral Crypto Exchange <security@koral.example>\nTo: {em}\nSubject: New withdrawal request\n\nHello {g},\n"
          "\nA withdrawal of 0.4821 BTC ({amt}) to your bank account {ib} was requested on {t} from IP {ip1} "
          "(last login from {ip2}).\nIf this wasn't you, call us now or freeze the account; we also sent an SMS "
          "to {ph}.\nCase {tk}. Market ref: {tkr}.\n", em=v.em(), g=v.g(), amt=v.amt("EUR"), ib=v.ib(), t=v.day(1),
          ip1=v.ipa(), ip2=v.ipa(), ph=v.ph(), tk=v.k("TICKET", kp.ticket(v.rng)),
          tkr=v.k("TICKER", kp.pick(v.rng, kp.TICKERS)))  # fmt: skip
    return d


def insurance_telematics_report(v: V) -> Doc:
    d = Doc()
    issuer, lic = v.dl()
    d.fmt("Meridian Telematics Oy · monthly driving score · policy {pol}\n\nDriver       : {n}\nBorn         : "
          "{dob}\nLicence      : {lic} ({iss})\nGarage addr. : {st}\nContact      : {ph}\n\nkm driven 1,284 | "
          "harsh braking 3 | night share 7% | score 82/100\nPremium adjustment: {amt} from {t}. Device firmware "
          "{ver}.\n", pol=v.longk(), n=v.n("SG"), dob=v.db(), lic=lic, iss=issuer, st=v.st(1), ph=v.ph(),
          amt=v.amt(), t=v.day(0), ver=v.k("VERSION", kp.pick(v.rng, kp.VERSIONS)))  # fmt: skip
    return d


def app_crash_log_with_user_context(v: V) -> Doc:
    d = Doc()
    d.fmt("2025-11-0{n1}T21:44:{s1}Z FATAL app={ver} thread=main\njava.lang.IllegalStateException: cart {o} "
          "already submitted\n    at com.example.checkout.Cart.submit(Cart.kt:212)\nuser_context: "
          "{{\"name\": \"{n}\", \"email\": \"{em}\", \"phone\": \"{ph}\", \"ip\": \"{ip}\"}}\nupstream: "
          "x-forwarded-for={ip2}\nbreadcrumbs: opened_order -> edit_address({st}) -> pay\n",
          n1=str(v.rng.randint(1, 9)), s1=f"{v.rng.randint(10, 59)}", ver=v.k("VERSION", kp.pick(v.rng, kp.VERSIONS)),
          o=v.k("ORDER", kp.order_number(v.rng)), n=v.n(), em=v.em(), ph=v.ph("e164"), ip=v.ipa(), ip2=v.ipa(),
          st=v.st(1))  # fmt: skip
    return d


def crm_export_jsonl(v: V) -> Doc:
    d = Doc()
    d.fmt(
        '{{"_export": "crm-sync {ver}", "batch": "{b}", "run": "{t}"}}\n',
        ver=v.k("VERSION", kp.pick(v.rng, kp.VERSIONS)),
        b=v.longk(),
        t=v.day(0),
    )
    for _ in range(2):
        d.fmt('{{"account": "{co}", "contact": "{n}", "email": "{em}", "phone": "{ph}", "card_on_file": "{cc}", '
              '"last_ip": "{ip}", "created": "{t}", "owner": "{o}"}}\n', co=v.co(), n=v.n(), em=v.em(), ph=v.ph(),
              cc=v.cc(), ip=v.ipa(), t=v.day(0), o=v.g())  # fmt: skip
    return d


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    securities_account_transfer_form,
    loan_servicing_call_transcript,
    chargeback_dispute_letter,
    kyc_video_call_notes,
    radiology_report,
    physio_home_exercise_review,
    organ_donor_registration,
    prescription_refill_sms_thread,
    nursing_home_admission_form,
    custody_and_support_petition,
    traffic_court_notice,
    tax_preparer_intake_sheet,
    payroll_direct_deposit_change_form,
    apartment_viewing_schedule,
    moving_company_inventory,
    gym_membership_freeze_request,
    library_membership_signup_webform,
    scholarship_application,
    conference_badge_list,
    rideshare_driver_onboarding,
    crypto_exchange_withdrawal_alert,
    insurance_telematics_report,
    app_crash_log_with_user_context,
    crm_export_jsonl,
)
US_ONLY = ("custody_and_support_petition", "tax_preparer_intake_sheet", "payroll_direct_deposit_change_form")
US_LOCALES = tuple(loc for loc, where in LOCALES.items() if where.country == "US")


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
    rows: list[dict] = []
    locales = tuple(LOCALES)
    for i in range(n):
        family = FAMILIES[i % len(FAMILIES)]
        locale = rng.choice(US_LOCALES) if family.__name__ in US_ONLY else rng.choice(locales)
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
