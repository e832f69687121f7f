"""The seventh holdout PII set: `python -m tools.pii_holdout7_set` writes benchmarks/pii_intl/holdout7.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written without
opening Charter's recognizers, their word lists, the benchmark's results or any misses file, and the scrubber
was never run on it while it was written. The earlier sets (tools/pii_intl_set.py, tools/pii_holdout*_set.py)
were read only to avoid their families, sentences and renderings: every family here is new (loan PDFs as
extracted text, controlled-drug registers, wire advices, notarial deeds, payslips, call-centre turns, TSV CRM
exports, mbox reply chains, ambulance run sheets, collection letters, residence permits, support-widget
chats, badge print queues, affidavits of service, dental charts, pension statements, key=value audit logs,
patient-admission XML, fixed-width mainframe records, donor registers, settlement exception reports, court party
indexes and underwriting scans).

Values come from tools/pii_holdout7_values.py: every person name from hand-written lists of real given names
and surnames (Indonesian, Ethiopian, Yoruba, Igbo, Tamil, Telugu, Punjabi, Vietnamese, Filipino, Maori,
Samoan, Quechua, Aymara, Mongolian, Kazakh, Georgian, Armenian, Basque, Welsh, Irish, Breton, Sami, Frisian,
Maltese, Romansh and more, in Latin and native scripts), none from Faker or Mimesis; street lines from
hand-written street and city lists; phones from the `phonenumbers` library's metadata, each rendering read back
as valid from the document's country; cards, IBANs, BICs, SSNs, driver's licences and record numbers from
their published layouts and check digits. Must-keep values come from tools/pii_holdout7_keep.py.

Schema as the international set's: `{"id", "split", "family", "locale", "text", "pii": [{"type", "start",
"end"}], "keep": [{"type", "value"}]}`. A span covers the value as written: a phone number with its extension,
a street line with the postcode and city written with it, a name without its title.

Deterministic: its own seed, one `random.Random` per document drawn from it; the same command writes the
same bytes.
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

from tools import pii_holdout7_keep as kp
from tools.pii_holdout7_values import LOCALES, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout7.jsonl"
SEED = 640319
DOCUMENTS = 504
SPLIT = "holdout7"

# Form labels in the document's language.
WORDS = {
    "phone": {"en": "Phone", "de": "Telefon", "fr": "Téléphone", "es": "Teléfono", "pt": "Telefone",
              "it": "Telefono", "nl": "Telefoon", "cy": "Ffôn", "ga": "Guthán", "mt": "Telefon", "tr": "Telefon",
              "pl": "Telefon", "el": "Τηλέφωνο", "id": "Telepon", "vi": "Điện thoại", "ja": "電話番号",
              "ko": "전화번호", "sv": "Telefon", "no": "Telefon", "fi": "Puhelin"},
    "born": {"en": "Date of birth", "de": "Geburtsdatum", "fr": "Date de naissance", "es": "Fecha de nacimiento",
             "pt": "Data de nascimento", "it": "Data di nascita", "nl": "Geboortedatum", "cy": "Dyddiad geni",
             "ga": "Dáta breithe", "mt": "Data tat-twelid", "tr": "Doğum tarihi", "pl": "Data urodzenia",
             "el": "Ημερομηνία γέννησης", "id": "Tanggal lahir", "vi": "Ngày sinh", "ja": "生年月日",
             "ko": "생년월일", "sv": "Födelsedatum", "no": "Fødselsdato", "fi": "Syntymäaika"},
    "address": {"en": "Address", "de": "Anschrift", "fr": "Adresse", "es": "Domicilio", "pt": "Morada",
                "it": "Indirizzo", "nl": "Adres", "cy": "Cyfeiriad", "ga": "Seoladh", "mt": "Indirizz",
                "tr": "Adres", "pl": "Adres", "el": "Διεύθυνση", "id": "Alamat", "vi": "Địa chỉ", "ja": "住所",
                "ko": "주소", "sv": "Adress", "no": "Adresse", "fi": "Osoite"},
    "name": {"en": "Name", "de": "Name", "fr": "Nom", "es": "Nombre", "pt": "Nome", "it": "Nome", "nl": "Naam",
             "cy": "Enw", "ga": "Ainm", "mt": "Isem", "tr": "Ad Soyad", "pl": "Imię i nazwisko",
             "el": "Ονοματεπώνυμο", "id": "Nama", "vi": "Họ và tên", "ja": "氏名", "ko": "성명", "sv": "Namn",
             "no": "Navn", "fi": "Nimi"},
    "mobile": {"en": "Mobile", "de": "Handy", "fr": "Portable", "es": "Móvil", "pt": "Telemóvel", "it": "Cellulare",
               "nl": "Mobiel", "cy": "Ffôn symudol", "ga": "Fón póca", "mt": "Mowbajl", "tr": "Cep telefonu",
               "pl": "Komórka", "el": "Κινητό", "id": "No. HP", "vi": "Di động", "ja": "携帯電話",
               "ko": "휴대폰", "sv": "Mobil", "no": "Mobil", "fi": "Matkapuhelin"},
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
    """Values as spans (P) and must-keep values (K) for the templates."""

    def person(self) -> tuple[str, str, P]:
        g, f, written = self.name()
        return g, f, P("PERSON", written)

    def n(self) -> P:
        return self.person()[2]

    def addr(self) -> P:
        return P("STREET_ADDRESS", self.street())

    def tel(self, foreign: bool = False, ext: bool | None = None) -> P:
        return P("PHONE_NUMBER", self.phone(foreign, ext))

    def mail(self, g: str, f: str) -> P:
        return P("EMAIL_ADDRESS", self.email(g, f))

    def cc(self) -> P:
        return P("CREDIT_CARD", self.card())

    def ib(self, country: str | None = None) -> P:
        return P("IBAN_CODE", self.iban(country))

    def sw(self) -> P:
        return P("SWIFT_CODE", self.bic())

    def sn(self) -> P:
        return P("US_SSN", self.ssn())

    def dl(self) -> tuple[str, P]:
        issuer, number = self.licence()
        return issuer, P("DRIVER_LICENSE", number)

    def born(self) -> P:
        return P("DATE_OF_BIRTH", self.dob())

    def mr(self) -> P:
        return P("MEDICAL_RECORD_NUMBER", self.mrn())

    def ipa(self) -> P:
        return P("IP_ADDRESS", self.ip())

    def k(self, fn: Callable[..., tuple[str, str]], *args: str) -> K:
        return K(*fn(self.r, *args))

    def money(self, top: int = 4000) -> K:
        return K(*kp.amount(self.r, self.loc.country, top))

    def dt(self) -> K:
        return self.k(kp.other_date)

    def w(self, key: str) -> K:
        return K("LABEL", WORDS[key][self.loc.words])

    def title(self, text: str) -> K:
        return K("FORM_TITLE", text)

    def us(self) -> bool:
        return self.loc.country == "US"

    def pick(self, *options: str) -> str:
        return self.r.choice(options)


# ------------------------------------------------------------------------------------------------ finance


def loan_application_pdf_extract(v: V) -> Doc:
    g, f, n = v.person()
    issuer, dl = v.dl()
    d = Doc().fmt(
        "{co}   {ti}   Page 1 of 3\nApplicant\n{nm}:\n{n}\n{bn}:        Marital status: married\n"
        "{dob}\nResidential {ad}:\n{a}\nYears at {ad_}: 4   Residential status: owner\n{ph}: {t}   Alt: {t2}\nE-mail: {e}\n"
        "Identification: driver licence, {iss}, no.\n{dl}\nEmployer: {co2} since {dt}\nGross monthly income {amt}\n"
        "Loan purpose: vehicle   Amount requested {amt2}   Term 60 months @ {pct}\nDisbursement account {ib}\n"
        "Bank SWIFT/BIC {sw}\n",
        co=v.k(kp.company), ti=v.title("Personal Loan Application"), nm=v.w("name"), n=n, bn=v.w("born"), dob=v.born(), ad=v.w("address"), a=v.addr(),
        ad_="address", ph=v.w("phone"), t=v.tel(), t2=v.tel(), e=v.mail(g, f), iss=issuer,
        dl=dl, co2=v.k(kp.company), dt=v.dt(), amt=v.money(), amt2=v.money(60000), pct=v.k(kp.percent), ib=v.ib(),
        sw=v.sw())  # fmt: skip
    if v.us():
        d.fmt("SSN (last 4 not accepted, full number)\n{s}\n", s=v.sn())
    return d.fmt(
        "Co-applicant: {n2}   born {dob2}\nForm LA-7 {ver}     Printed {dt}     Branch {c}\n",
        n2=v.n(), dob2=v.born(), ver=v.k(kp.version), dt=v.dt(), c=v.k(kp.city))  # fmt: skip


def wire_transfer_advice_printout(v: V) -> Doc:
    return Doc().fmt(
        "*** {ti} ***\nOur ref      : {ref}\nValue date   : {dt}\nCurrency/amt : {amt}\n"
        "Ordering customer\n  {n}\n  {a}\n  acct {ib}\nOrdering institution     BIC {sw}\nIntermediary             {sw2}\n"
        "Account with institution {sw3}\nBeneficiary\n  {n2}\n  {ib2}\nRemittance info: {inv} / {ord}\n"
        "Charges: SHA   Our fee {fee}\nExchange rate {fx}   Debit amount {debit}\nPurpose code {pc}   Regulatory reporting: {rr}\n"
        "Queries: payments desk {t}\n",
        ti=v.title("OUTGOING PAYMENT ADVICE"), ref=v.k(kp.reference), dt=v.dt(), amt=v.money(), n=v.n(), a=v.addr(),
        ib=v.ib(), sw=v.sw(), sw2=v.sw(),
        sw3=v.sw(), n2=v.n(), ib2=v.ib(v.pick("DE", "FR", "GB", "AE", "CH", "NO")), inv=v.k(kp.invoice),
        ord=v.k(kp.order), fee=v.money(60), fx=K("RATE", f"1.{v.digits(4)}"), debit=v.money(),
        pc=K("CODE", v.pick("SUPP", "SALA", "TRAD", "INTC")), rr=K("LABEL", v.pick("/BENEFRES/", "/ORDERRES/", "none")),
        t=v.tel(ext=True))  # fmt: skip


def monthly_payslip_text(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt(
        "{co}                                {ti} {dt}\nEmployee: {n}        Emp. no {ord}\nHome: {a}\n"
        "Date of birth {dob}          Dept: {lb}\n----------------------------------------------------------\n"
        "Basic salary              {amt}\nOvertime 12.5 h            {amt2}\nPension {pct}              -{amt3}\n"
        "Net pay                   {amt4}\nPaid to {ib}\n",
        ti=v.title(v.pick("PAYSLIP", "PAY ADVICE", "EARNINGS STATEMENT")), co=v.k(kp.company), dt=v.dt(), n=n, ord=v.k(kp.order), a=v.addr(), dob=v.born(), lb=K("DEPARTMENT", v.pick("Finance", "Warehouse B", "Claims Ops", "IT Service Desk")),
        amt=v.money(), amt2=v.money(), pct=v.k(kp.percent), amt3=v.money(), amt4=v.money(), ib=v.ib())  # fmt: skip
    if v.us():
        d.fmt("SSN {s}   W-4 on file\n", s=v.sn())
    return d.fmt("Questions: payroll@ helpdesk, or {e}\n", e=v.mail(g, f))


def debt_collection_demand_letter(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{co}\n{ti}\n\n{n}\n{a}\n\n{dt}\n\nOur reference: {ref}\nOriginal creditor: {co2}\n"
        "Balance outstanding: {amt}\n\nDear {g},\nDespite our letters of {dt2} the balance above remains unpaid. "
        "Unless payment or a proposal reaches us within 14 days we may recommend proceedings ({cit}).\n"
        "Pay by card on {t} quoting your reference, or by transfer to {ib} (BIC {sw}). If you believe you do "
        "not owe this debt, write to us. The card ending you gave last time was declined: {cc}.\n"
        "Yours faithfully,\n{n2}\nCollections Officer\n",
        ti=v.title("Debt Recovery Department"), co=v.k(kp.company), n=n, a=v.addr(), dt=v.dt(), ref=v.k(kp.reference),
        co2=v.k(kp.company),
        amt=v.money(), g=P("PERSON", g), dt2=v.dt(), cit=v.k(kp.citation), t=v.tel(), ib=v.ib(), sw=v.sw(),
        cc=v.cc(), n2=v.n())  # fmt: skip


def annual_pension_statement(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{ti} {y}\n{co}\n\nMember            {n}\nMember since      {dt}\n{bn}     {dob}\n"
        "Correspondence    {a}\nNormal retirement age 67\n\nFund            Units       Price     Value\n"
        "Global Equity   {u1}   {px}   {amt}\nBond Index      {u2}   {px2}   {amt2}\nISIN {isin}, {isin2}; CUSIP {cu}; benchmark {tk}\n"
        "Projected annual pension at 67: {amt3}\nPayments on retirement to {ib} / {sw}\n"
        "Nominated beneficiary: {n2}, born {dob2}\nScheme helpline {t}\n",
        ti=v.title("ANNUAL BENEFIT STATEMENT"), y=str(v.r.randint(2021, 2025)), co=v.k(kp.company), n=n, dt=v.dt(), bn=v.w("born"), dob=v.born(),
        a=v.addr(), u1=f"{v.r.randint(100, 9999)}.{v.digits(3)}", px=v.money(300), amt=v.money(200000),
        u2=f"{v.r.randint(100, 9999)}.{v.digits(3)}", px2=v.money(300), amt2=v.money(200000), isin=v.k(kp.isin),
        isin2=v.k(kp.isin), cu=v.k(kp.cusip), tk=v.k(kp.ticker), amt3=v.money(), ib=v.ib(), sw=v.sw(), n2=v.n(), dob2=v.born(), t=v.tel())  # fmt: skip


def card_settlement_exception_report(v: V) -> Doc:
    d = Doc().fmt(
        "SETTLEMENT EXCEPTIONS  batch {ref}  acquirer BIC {sw}  run {dt}\n"
        "{hd}\n",
        ref=v.k(kp.reference), sw=v.sw(), dt=v.dt(), hd=K("COLUMNS", "seq | PAN | auth | amount | reason | terminal IP"))  # fmt: skip
    for i in range(v.r.randint(3, 5)):
        d.fmt("{i} | {cc} | {auth} | {amt} | {why} | {ip}\n", i=f"{i + 1:03d}", cc=v.cc(),
              auth=K("AUTH_CODE", v.letters(1) + v.digits(5)), amt=v.money(),
              why=K("REASON", v.pick("late presentment", "duplicate", "no auth", "amount mismatch", "MCC 5411 mismatch")),
              ip=v.ipa())  # fmt: skip
    return d.fmt(
        "Merchant contact: {n}, {t}\nTotals: {amt}  Interchange {pct}  Next cycle {dt}  Spec {ver}\n",
        n=v.n(), t=v.tel(), amt=v.money(), pct=v.k(kp.percent), dt=v.dt(), ver=v.k(kp.version))  # fmt: skip


def fixed_width_mainframe_extract(v: V) -> Doc:
    d = Doc().fmt(
        "{ti}  {dt}  {lr}  JOB {ref}\n",
        ti=v.title("CUSTMAST EXTRACT"),
        dt=v.dt(),
        lr=K("DATASET", v.pick("LRECL=220", "LRECL=256 RECFM=FB")),
        ref=v.k(kp.reference),
    )
    for _ in range(v.r.randint(2, 4)):
        _, _, n = v.person()
        name = P("PERSON", n.value.upper())
        d.fmt("{cid}  {n}  {pad}{dob}  {a}  {ib}  {sw}  {amt}  {st}  {br}\n", cid=v.digits(10), n=name,
              st=K("STATUS", v.pick("ACTV", "DORM", "CLSD", "FRZN")), br=K("BRANCH", v.pick("BR-" + v.digits(4), "HQ01")),
              pad=" " * v.r.randint(1, 12), dob=v.born(), a=v.addr(), ib=v.ib(), sw=v.sw(), amt=v.money())  # fmt: skip
    return d.fmt("*** END OF EXTRACT ***  RECORDS WRITTEN  {c}   CHECKSUM {ver}\n",
                 c=str(v.r.randint(2, 4)), ver=v.k(kp.version))  # fmt: skip


def bank_support_widget_chat(v: V) -> Doc:
    g, f, n = v.person()
    template = (
        "[{tm}] Virtual assistant: Hi! I'm Kira, {co}'s assistant. What can I help with?\n"
        "[{tm}] Guest: my card got blocked abroad\n[{tm}] Virtual assistant: I'll connect you to a colleague.\n"
        "[{tm}] {ag} joined the chat\n[{tm}] {ag}: Hello, can you confirm your full name and date of birth?\n"
        "[{tm}] Guest: {n}, {dob}\n[{tm}] {ag}: Thanks. Which card is it?\n[{tm}] Guest: {cc}\n"
        "[{tm}] {ag}: I see a block after a payment of {amt} in {c}. Is your number still {t}?\n"
        "[{tm}] Guest: no, new one is {t2}\n[{tm}] {ag}: Updated. To send a new card we need our BIC {sw} "
        "on the form, and your IBAN for the refund.\n[{tm}] Guest: {ib}\n"
        "[{tm}] System: session {ref} from {ip}, rating 5/5\n"
        "Transcript exported {ex} by {team} | widget {ver} | topic: {topic} | SLA {du} | case {case}\n"
    )
    clock = v.r.randint(8 * 60, 21 * 60)
    times = {}
    for i in range(template.count("{tm}")):
        template = template.replace("{tm}", "{tm" + str(i) + "}", 1)
        clock += v.r.choice([0, 0, 1, 1, 2, 4])
        times[f"tm{i}"] = f"{clock // 60:02d}:{clock % 60:02d}"
    return Doc().fmt(
        template,
        **times,
        co=v.k(kp.company),
        ex=v.dt(), team=K("TEAM", v.pick("cards-l2", "fraud-ops", "digital-support")), ver=v.k(kp.version),
        topic=K("LABEL", v.pick("Card blocked abroad", "Card not present fraud", "Travel notice")), du=v.k(kp.duration),
        case=v.k(kp.invoice), ag=v.n(), n=n, dob=v.born(), cc=v.cc(), amt=v.money(), c=v.k(kp.city), t=v.tel(), t2=v.tel(),
        sw=v.sw(), ib=v.ib(), ref=v.k(kp.reference), ip=v.ipa())  # fmt: skip


# ------------------------------------------------------------------------------------------------ legal


def notarial_deed_excerpt(v: V) -> Doc:
    return Doc().fmt(
        "{ti} (certified extract)\nRepertory no. {ref}\nOn {dt}, before me, {nt}, notary public at {c}, "
        "appeared:\n1. {n}, born on {dob}, residing at {a}, identified by driving licence {dl};\n"
        "2. {n2}, born on {dob2}, residing at {a2};\nwho declared that the first party sells to the second the "
        "dwelling described in schedule A for the price of {amt}, paid into the notary's client account "
        "{ib} held with {sw}. Land registry fee {amt2} under {cit}.\n"
        "Cadastral parcel {pc}, area {m}; registered at {c2} on {dt2}, {vol}. Stamp duty {amt3}.\n"
        "Read over, approved and signed.\n",
        ti=v.title(v.pick("DEED OF SALE", "DEED OF GIFT", "DEED OF PARTITION")), ref=v.k(kp.docket), dt=v.dt(), nt=v.n(), c=v.k(kp.city), n=v.n(), dob=v.born(), a=v.addr(),
        dl=v.dl()[1], n2=v.n(), dob2=v.born(), a2=v.addr(), amt=v.money(900000), ib=v.ib(), sw=v.sw(), amt2=v.money(),
        cit=v.k(kp.citation), pc=K("PARCEL", f"{v.r.randint(10, 99)}/{v.r.randint(100, 999)}"), m=v.k(kp.measurement, "m²"),
        c2=v.k(kp.city), dt2=v.dt(), vol=K("VOLUME", f"vol. {v.r.randint(100, 999)}"), amt3=v.money())  # fmt: skip


def residential_lease_agreement_pages(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "— page 2 —\n{ti}\n3. THE PARTIES\n3.1 Landlord: {co}, represented by {ll}\n3.2 Tenant: {n} ({bn}: {dob})\n"
        "    {ph}: {t}  e-mail {e}\n4. THE PREMISES\n4.1 {a}, flat area {m}\n5. RENT AND DEPOSIT\n"
        "5.1 Monthly rent {amt}, due on the 1st, by standing order to {ib}.\n5.2 Deposit {amt2} protected under {cit}.\n"
        "— page 3 —\n6. GUARANTOR\n{gu}, of {a2}, {mob} {t2}\n7. TERM: from {dt} for 12 months. Inventory {ver} attached.\n",
        ti=v.title(v.pick("ASSURED SHORTHOLD TENANCY AGREEMENT", "RESIDENTIAL LEASE", "CONTRAT DE LOCATION")), co=v.k(kp.company), ll=v.n(), n=n, bn=v.w("born"), dob=v.born(), ph=v.w("phone"), t=v.tel(),
        e=v.mail(g, f), a=v.addr(), m=v.k(kp.measurement, "m²"), amt=v.money(), ib=v.ib(), amt2=v.money(),
        cit=v.k(kp.citation), gu=v.n(), a2=v.addr(), mob=v.w("mobile"), t2=v.tel(), dt=v.dt(),
        ver=v.k(kp.version))  # fmt: skip


def subpoena_affidavit_of_service(v: V) -> Doc:
    issuer, dl = v.dl()
    return Doc().fmt(
        "UNITED STATES DISTRICT COURT\n{court}\nCase {dk}\n{ti}\nI, {sv}, being duly sworn, state that I am "
        "over 18 and not a party. On {dt} at 6:42 PM I served a subpoena duces tecum ({cit}) on {n} at {a} by "
        "personal delivery. I identified the witness by {iss} driver license {dl} and date of birth {dob}. "
        "Witness fee of {amt} tendered. Witness phone on file: {t}. Records custodian contact SSN for payment "
        "form: {s}.\nServer's address: {a2}\nSubscribed and sworn on {dt2}. Notary {nt}. Job {ord}\nPrior attempts: {dt3}, {dt4}. Mileage {amt2}; service fee {amt3}.\n",
        court=K("COURT", v.pick("Northern District of Illinois", "Western District of Washington", "Southern District of Texas", "District of New Jersey")), ti=v.title("AFFIDAVIT OF SERVICE"), dk=v.k(kp.docket), sv=v.n(), dt=v.dt(), cit=v.k(kp.citation), n=v.n(), a=v.addr(), iss=issuer, dl=dl,
        dob=v.born(), amt=v.money(80), t=v.tel(), s=v.sn(), a2=v.addr(), dt2=v.dt(), nt=v.n(),
        ord=v.k(kp.order), dt3=v.dt(), dt4=v.dt(), amt2=v.money(120), amt3=v.money(150))  # fmt: skip


def court_party_index_printout(v: V) -> Doc:
    d = Doc().fmt("{ti}  {dk}  printed {dt}\n{hd}\n",
                  ti=v.title("PARTY INDEX"), hd=K("COLUMNS", "Role        Party / counsel                       Contact"), dk=v.k(kp.docket), dt=v.dt())  # fmt: skip
    for role in v.r.sample(["Plaintiff", "Defendant", "Garnishee", "Intervenor", "Witness"], 3):
        g, f, n = v.person()
        d.fmt("{r}  {n}\n            {a}\n            {t} / {e}\n", r=K("ROLE", role), n=n, a=v.addr(), t=v.tel(),
              e=v.mail(g, f))  # fmt: skip
    return d.fmt("Counsel: {co}. Next hearing {dt}; filing fee {amt}; rule {cit}.\nDL on file for defendant: {dl}\n",
                 co=v.k(kp.company), dt=v.dt(), amt=v.money(), cit=v.k(kp.citation), dl=v.dl()[1])  # fmt: skip


def residence_permit_application(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{ti} (work) — form RP-{ver}\nSection A  Applicant\n"
        "A1 Surname(s) and given name(s) as in passport: {n}\nA2 {bn}: {dob}   A3 Place of birth: {c}\n"
        "A4 Address in host country: {a}\nA5 {ph}: {t}   A6 E-mail: {e}\nA7 Driving licence held: yes, no. {dl}\n"
        "Section B  Sponsor\nB1 Employer: {co}, contact {sp}, {t2}\nB2 Salary offered: {amt} gross per year\n"
        "Section C  Family members\nC1 {n2}, spouse, born {dob2}\nC2 {n3}, child, born {dob3}\n"
        "Fee paid {amt2} on {dt}, receipt {ref}. Biometrics slot {dt2}.\n",
        ti=v.title("APPLICATION FOR A RESIDENCE PERMIT"), ver=v.k(kp.version), n=n, bn=v.w("born"), dob=v.born(), c=v.k(kp.city), a=v.addr(), ph=v.w("phone"),
        t=v.tel(), e=v.mail(g, f), dl=v.dl()[1], co=v.k(kp.company), sp=v.n(), t2=v.tel(ext=True),
        amt=v.money(90000), n2=v.n(), dob2=v.born(), n3=v.n(), dob3=v.born(), amt2=v.money(), dt=v.dt(),
        ref=v.k(kp.reference), dt2=v.dt())  # fmt: skip


# ------------------------------------------------------------------------------------------------ business


def conference_badge_print_queue(v: V) -> Doc:
    d = Doc().fmt("badge-printer-02 queue  event {ev}  {dt}\n", ev=v.k(kp.reference), dt=v.dt())
    for i in range(v.r.randint(3, 5)):
        g, f, n = v.person()
        d.fmt("#{i} [{st}] {n} | {co} | {e} | mob {t} | tier {tier}\n", i=str(i + 1),
              st=K("STATUS", v.pick("PRINTED", "QUEUED", "REPRINT")), n=n, co=v.k(kp.company), e=v.mail(g, f), t=v.tel(),
              tier=K("LABEL", v.pick("speaker", "delegate", "exhibitor", "press")))  # fmt: skip
    return d.fmt("Printer firmware {ver}; ribbon stock {m}; host {ip}\n", ver=v.k(kp.version),
                 m=v.k(kp.measurement, "m"), ip=v.ipa())  # fmt: skip


def call_centre_transcript_turns(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "Call ID {ref} | queue: billing | duration {du}\nAGENT: Thank you for calling {co}, you're speaking "
        "with {ag}. Who do I have on the line?\nCALLER: It's {n}.\nAGENT: Could you confirm the first line of the "
        "address?\nCALLER: {a}\nAGENT: And your date of birth?\nCALLER: {dob}.\nAGENT: Thanks. The invoice {inv} "
        "for {amt} failed. Shall we try the card again?\nCALLER: Use this one instead: {cc}\nAGENT: Done. "
        "Best number to reach you?\nCALLER: {t}, or at work {t2}.\nAGENT: Anything else today?\nCALLER: No, thanks.\n"
        "[wrap-up code {lb}; QA score {pct}; campaign {prod}; recording {ver}; next follow-up {dt}]\n",
        ref=v.k(kp.reference), du=v.k(kp.duration), co=v.k(kp.company), ag=P("PERSON", v.name()[0]), n=n,
        a=v.addr(), dob=v.born(), inv=v.k(kp.invoice), amt=v.money(), cc=v.cc(), t=v.tel(), t2=v.tel(ext=True),
        lb=K("CODE", v.pick("RESOLVED-PAY", "CALLBACK", "ESCALATED", "PTP-SET")), pct=v.k(kp.percent), prod=v.k(kp.product), ver=v.k(kp.version), dt=v.dt())  # fmt: skip


def crm_contacts_tsv_export(v: V) -> Doc:
    d = Doc().fmt(
        "{hd}\n",
        hd=K("COLUMNS", "contact_id\tfull_name\tcompany\tphone\temail\tmailing_street\tlast_activity\towner"),
    )
    for _ in range(v.r.randint(3, 5)):
        g, f, n = v.person()
        d.fmt("{cid}\t{n}\t{co}\t{t}\t{e}\t{a}\t{dt}\t{ow}\n", cid=f"003{v.letters(2)}{v.digits(10)}", n=n,
              co=v.k(kp.company), t=v.tel(), e=v.mail(g, f), a=v.addr(), dt=v.dt(),
              ow=K("TEAM", v.pick("apac-sales", "emea-sales", "latam-ops", "key-accounts")))  # fmt: skip
    return d


def mbox_reply_chain(v: V) -> Doc:
    g, f, n = v.person()
    g2, f2, n2 = v.person()
    e, e2 = v.mail(g, f), v.mail(g2, f2)
    return Doc().fmt(
        "From {e} {dt}\nReturn-Path: <{e}>\nReceived: from mail-gw ([{ip}]) by mx.example-bank.net; {dt}\n"
        "From: {n} <{e}>\nTo: {n2} <{e2}>\nSubject: Re: Re: {ref} card replacement\n\n"
        "Thanks, I'll be home at {a} all week. Call me on {t} if the courier can't find it.\n\n"
        "On {dt}, {n2} wrote:\n> Dear {g},\n> we have ordered a replacement for card {cc}. It will ship by tracked post\n"
        "> ({trk}) within 5 working days. Please confirm your delivery address.\n> --\n> {n2} | Card Services | {co}\n"
        "> Direct line {t2}\n> Replacement fee {fee} waived per tariff {ver}; card product {prod}; see our terms {cit}.\n"
        "> This message was classified {cls} by {co2} mail gateway {ver2}.\n",
        fee=v.money(40), ver=v.k(kp.version), prod=v.k(kp.product), cit=v.k(kp.citation), cls=K("LABEL", v.pick("INTERNAL", "CONFIDENTIAL", "PUBLIC")),
        co2=v.k(kp.company), ver2=v.k(kp.version), e=e, dt=v.dt(), ip=v.ipa(), n=n, n2=n2, e2=e2, ref=v.k(kp.reference), a=v.addr(), t=v.tel(),
        g=P("PERSON", g), cc=v.cc(), trk=v.k(kp.tracking), co=v.k(kp.company), t2=v.tel(ext=True))  # fmt: skip


def keyvalue_audit_log_lines(v: V) -> Doc:
    d = Doc()
    for _ in range(v.r.randint(3, 5)):
        g, f, n = v.person()
        kind = v.r.randint(0, 3)
        stamp = f"{v.r.randint(2020, 2026)}-{v.r.randint(1, 12):02d}-{v.r.randint(1, 28):02d}T{v.r.randint(0, 23):02d}"
        d.fmt(
            "ts={ts}:{mm}:{ss}Z level=info svc=kyc-api ver={ver} ",
            ts=K("TIMESTAMP", stamp),
            mm=f"{v.r.randint(0, 59):02d}",
            ss=f"{v.r.randint(0, 59):02d}.{v.digits(3)}",
            ver=v.k(kp.version),
        )
        if kind == 0:
            d.fmt(
                'event={ev} client_ip={ip} name="{n}" phone="{t}"\n',
                ev=K("EVENT", "profile.update"),
                ip=v.ipa(),
                n=n,
                t=v.tel(),
            )
        elif kind == 1:
            d.fmt('event={ev} doc=driving_licence number={dl} dob={dob} result=match\n', ev=K("EVENT", "id.verify"), dl=v.dl()[1],
                  dob=v.born())  # fmt: skip
        elif kind == 2:
            d.fmt('event={ev} iban={ib} bic={sw} amount="{amt}" ref={ref}\n', ev=K("EVENT", "payout.create"), ib=v.ib(), sw=v.sw(),
                  amt=v.money(), ref=v.k(kp.reference))  # fmt: skip
        else:
            d.fmt('event=login.ok email={e} src={ip} latency_ms={ms}\n', e=v.mail(g, f), ip=v.ipa(),
                  ms=str(v.r.randint(20, 900)))  # fmt: skip
    return d


# ------------------------------------------------------------------------------------------------ medical


def dispensary_controlled_drug_register(v: V) -> Doc:
    d = Doc().fmt("{ti} — {drug} ({ndc}) — {co}\nDate | Patient | Patient address | Hosp. no. | "
                  "Qty | Prescriber | Collected by | Balance\n", ti=v.title("CONTROLLED DRUGS REGISTER"), drug=v.k(kp.drug), ndc=v.k(kp.product), co=v.k(kp.company, "medical"))  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        d.fmt("{dt} | {n} | {a} | {mr} | {q} | Dr {pr} | {col} | {bal}\n", dt=v.dt(), n=v.n(), a=v.addr(),
              mr=v.mr(), q=str(v.r.randint(7, 56)), pr=v.n(), col=K("STATUS", v.pick("patient", "carer", "courier")),
              bal=str(v.r.randint(0, 400)))  # fmt: skip
    return d.fmt("Stock check by {n}, {lot}, witness signature. Pharmacy tel {t}\n", n=v.n(), lot=v.k(kp.lot),
                 t=v.tel())  # fmt: skip


def ambulance_run_sheet(v: V) -> Doc:
    return Doc().fmt(
        "{ti}  Incident {ref}  Unit MEDIC-{u}\nDispatched {dt} 14:02  On scene 14:11  Hospital 14:48\n"
        "Pickup location: {a}\nPatient: {n}   DOB: {dob}   Sex: {sx}   Wt {m}\nID sighted: driving licence {dl}\n"
        "Receiving facility MRN: {mr}\nChief complaint: chest pain. Impression {icd}, r/o {icd2}.\n"
        "Vitals: BP 148/92 mmHg, HR {hr}, SpO2 95% RA, BGL {m2}\nMeds given: {drug}\nNext of kin: {nk}, {t}\n"
        "Crew: {c1} / {c2}.  Billing: insurer {co}, claim {inv}\n",
        ti=v.title("PATIENT CARE REPORT"), sx=v.pick("F", "M"), ref=v.k(kp.reference), u=str(v.r.randint(10, 99)), dt=v.dt(), a=v.addr(), n=v.n(), dob=v.born(),
        m=v.k(kp.measurement, "kg"), dl=v.dl()[1], mr=v.mr(), icd=v.k(kp.icd10), icd2=v.k(kp.icd10),
        hr=f"{v.r.randint(60, 130)} bpm", m2=v.k(kp.measurement, "mmol/L"), drug=v.k(kp.drug), nk=v.n(), t=v.tel(),
        c1=v.n(), c2=v.n(), co=v.k(kp.company, "medical"), inv=v.k(kp.invoice))  # fmt: skip


def dental_chart_note(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{co} — {ti}\nPatient {n} | chart {mr} | DOB {dob}\nRecall contact: {t} / {e}\n"
        "{dt}  Exam + 2 BW radiographs. 36 MO caries into dentine ({icd}); 47 existing amalgam sound. "
        "Perio: BPE 2/1/2 2/1/2. Plan: 36 MO composite, scale & polish. Fee estimate {amt}.\n"
        "LA: articaine 4% 1:100,000, {lot}. Treating dentist {dn}; nurse {nr}.\nPayment taken on card {cc}; receipt {inv}.\n"
        "Next recall {dt2}. Lab ticket {prod}, shade A2, insurer {co2}, plan limit {amt2}.\n",
        ti=v.title("clinical note"), co=v.k(kp.company, "medical"), n=n, mr=v.mr(), dob=v.born(), t=v.tel(), e=v.mail(g, f),
        dt=v.dt(), icd=v.k(kp.icd10),
        amt=v.money(), lot=v.k(kp.lot), dn=v.n(), nr=v.n(), cc=v.cc(),
        inv=v.k(kp.invoice), dt2=v.dt(), prod=v.k(kp.product), co2=v.k(kp.company), amt2=v.money())  # fmt: skip


def xml_patient_admission_fragment(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        '<admission id="{ref}" ward="{lb}">\n  <patient>\n    <mrn system="{co}">{mr}</mrn>\n    '
        "<name>{n}</name>\n    <birthDate>{dob}</birthDate>\n    <address>{a}</address>\n    "
        "<telecom use=\"mobile\">{t}</telecom>\n    <telecom use=\"email\">{e}</telecom>\n  </patient>\n  "
        "<encounter admitted=\"{dt}\" diagnosis=\"{icd}\" weight=\"{m}\"/>\n  <guarantor><name>{n2}</name>"
        "<phone>{t2}</phone></guarantor>\n  <coverage payer=\"{co2}\" plan=\"{plan}\"/>\n  <allergy>{drug}</allergy>\n  "
        "<order code=\"{prod}\" status=\"{st}\"/>\n  <schema version=\"{ver}\"/>\n</admission>\n",
        ref=v.k(kp.reference), lb=K("WARD", v.pick("4B Cardiology", "ICU-2", "Maternity 3", "Ward 7 Ortho")), co=v.k(kp.company, "medical"), mr=v.mr(), n=n, dob=v.born(), a=v.addr(),
        t=v.tel(), e=v.mail(g, f), dt=v.dt(), icd=v.k(kp.icd10), m=v.k(kp.measurement, "kg"), n2=v.n(), t2=v.tel(),
        co2=v.k(kp.company), plan=K("PLAN", v.pick("PPO Gold", "Basic Care 2", "Kiwisaver Health+")), drug=v.k(kp.drug),
        prod=v.k(kp.product), st=K("STATUS", v.pick("active", "on-hold", "completed")), ver=v.k(kp.version))  # fmt: skip


def blood_donor_session_register(v: V) -> Doc:
    d = Doc().fmt("DONOR SESSION {c} {dt} — venue code {ref}\nDonor no. | Name | DOB | Hb | Outcome\n",
                  c=v.k(kp.city), dt=v.dt(), ref=v.k(kp.reference))  # fmt: skip
    for _ in range(v.r.randint(3, 5)):
        d.fmt("{mr} | {n} | {dob} | {hb} g/L | {out}\n", mr=v.mr(), n=v.n(), dob=v.born(),
              hb=K("MEASUREMENT", str(v.r.randint(118, 172))), out=K("STATUS", v.pick("donated 470 mL", "deferred (low Hb)", "deferred (travel)")))  # fmt: skip
    return d.fmt("Session lead {n}; bag lot {lot}; next session {dt}. Donor line {t}\nTotals: {u} units, deferral rate {pct}; "
                 "fridge log {tmp}; report {ver}\n", n=v.n(), lot=v.k(kp.lot), dt=v.dt(), t=v.tel(), u=str(v.r.randint(20, 90)),
                 pct=v.k(kp.percent), tmp=K("MEASUREMENT", f"{v.r.randint(2, 6)}.{v.r.randint(0, 9)} °C"), ver=v.k(kp.version))  # fmt: skip


def underwriting_questionnaire_scan(v: V) -> Doc:
    g, f, n = v.person()
    issuer, dl = v.dl()
    return Doc().fmt(
        "LIFE INSURANCE — {ti} (scanned)\nProposed insured: {n}\nSocial Security No.: {s}"
        "   Date of Birth: {dob}\nHome address: {a}\nDriver's license # / state: {dl} / {iss}\n"
        "Personal physician: Dr {dr}, ph {t}\nMedical record no. at {co}: {mr}\nQ7 Height/weight: 5 ft 9 in / {m}\n"
        "Q12 Treated for {icd} in past 5 years? Y — since {dt}\nFace amount {amt}; policy form {ver}; agent {ag}\n"
        "Q9 Current medication: {drug}   Q10 Last BP reading: {m2}   Q14 Other diagnosis: {icd2}\nRider {prod}   Page 2 of 4\n",
        ti=v.title("PART B MEDICAL QUESTIONNAIRE"), n=n, s=v.sn(), dob=v.born(), a=v.addr(), dl=dl, iss=issuer, dr=v.n(), t=v.tel(), co=v.k(kp.company, "medical"),
        mr=v.mr(), m=v.k(kp.measurement, "lb"), icd=v.k(kp.icd10), dt=v.dt(), amt=v.money(), ver=v.k(kp.version),
        ag=v.n(), drug=v.k(kp.drug), m2=K("MEASUREMENT", f"{v.r.randint(105, 160)}/{v.r.randint(60, 99)} mmHg"), icd2=v.k(kp.icd10),
        prod=v.k(kp.product))  # fmt: skip


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    loan_application_pdf_extract,
    wire_transfer_advice_printout,
    monthly_payslip_text,
    debt_collection_demand_letter,
    annual_pension_statement,
    card_settlement_exception_report,
    fixed_width_mainframe_extract,
    bank_support_widget_chat,
    notarial_deed_excerpt,
    residential_lease_agreement_pages,
    subpoena_affidavit_of_service,
    court_party_index_printout,
    residence_permit_application,
    conference_badge_print_queue,
    call_centre_transcript_turns,
    crm_contacts_tsv_export,
    mbox_reply_chain,
    keyvalue_audit_log_lines,
    dispensary_controlled_drug_register,
    ambulance_run_sheet,
    dental_chart_note,
    xml_patient_admission_fragment,
    blood_donor_session_register,
    underwriting_questionnaire_scan,
)
US_ONLY = ("subpoena_affidavit_of_service", "underwriting_questionnaire_scan")


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
