"""The sixteenth holdout PII set: `python -m tools.pii_holdout16_set` writes benchmarks/pii_intl/holdout16.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written blind: without opening
Charter's recognizers, their word lists, the benchmark's results or any misses file, and the scrubber was never
run on it while it was written. The fifteenth set was read only for its API, row schema and test model; the
earlier sets' family names and name origins were listed only to avoid them; the value generators
(tools/pii_holdout16_values.py) and the must-keep generators (tools/pii_holdout16_keep.py) were written from
scratch. Families: pharmacy compounding logs, maritime crew lists, veterinary invoices, wedding gift registry
CSVs, notarised identity affidavits, US poll-worker rosters, eDiscovery privilege logs, midwife home-visit
notes, fertility clinic cycle sheets, mortgage payoff statements, card balance-transfer forms, margin-call
e-mails, trustee appointment deeds, landlord rent ledgers, hospital bed-transfer XML messages, drug eligibility
JSON responses, school absence e-mails, used-car sale chats, youth football registrations, card replacement
call notes, US payday loan agreement summaries, dermatology mole-map reports, protective order petitions and
bailiff seizure inventories.

Person names come from hand-written lists of forty origins no earlier split uses (see NAMES in the values
module), in Latin, Greek, Cyrillic, Arabic, Bengali and Chinese scripts.

Schema as the international set's: `{"id", "split", "family", "locale", "text", "pii": [{"type", "start",
"end"}], "keep": [{"type", "value"}]}`. A span covers the value as written: a phone number with its extension,
a street line with the unit, postcode and town written with it (over two or three lines where the document
breaks it), a name without its title; where a format keeps family and given names in separate fields, each is
its own span.

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

from tools import pii_holdout16_keep as kp
from tools.pii_holdout16_values import LOCALES, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout16.jsonl"
SEED = 6020417
DOCUMENTS = 504
SPLIT = "holdout16"

# Field labels of forms, per language of the locale.
LABELS: dict[str, dict[str, str]] = {
    "en": {"name": "Name", "born": "Date of birth", "phone": "Tel.", "addr": "Address", "mail": "E-mail"},
    "fr": {"name": "Nom et prénom", "born": "Né(e) le", "phone": "Téléphone", "addr": "Adresse", "mail": "Courriel"},
    "es": {"name": "Nombre completo", "born": "Fecha de nacimiento", "phone": "Teléfono", "addr": "Domicilio",
           "mail": "Correo electrónico"},
    "pt": {"name": "Nome", "born": "Data de nascimento", "phone": "Telefone", "addr": "Endereço", "mail": "E-mail"},
    "it": {"name": "Cognome e nome", "born": "Data di nascita", "phone": "Recapito", "addr": "Indirizzo",
           "mail": "Email"},
    "el": {"name": "Ονοματεπώνυμο", "born": "Ημερομηνία γέννησης", "phone": "Τηλέφωνο", "addr": "Διεύθυνση",
           "mail": "Ηλ. ταχυδρομείο"},
    "ru": {"name": "ФИО", "born": "Дата рождения", "phone": "Телефон", "addr": "Адрес", "mail": "Эл. почта"},
    "ar": {"name": "الاسم", "born": "تاريخ الميلاد", "phone": "الهاتف", "addr": "العنوان", "mail": "البريد"},
    "tr": {"name": "Adı Soyadı", "born": "Doğum tarihi", "phone": "Telefon", "addr": "Adres", "mail": "E-posta"},
    "id": {"name": "Nama lengkap", "born": "Tanggal lahir", "phone": "No. telepon", "addr": "Alamat",
           "mail": "Surel"},
    "nl": {"name": "Naam", "born": "Geboortedatum", "phone": "Telefoon", "addr": "Adres", "mail": "E-mailadres"},
    "zh": {"name": "姓名", "born": "出生日期", "phone": "電話", "addr": "地址", "mail": "電子郵件"},
    "ro": {"name": "Nume și prenume", "born": "Data nașterii", "phone": "Telefon", "addr": "Domiciliu",
           "mail": "E-mail"},
    "sv": {"name": "Namn", "born": "Födelsedatum", "phone": "Telefon", "addr": "Adress", "mail": "E-post"},
}  # fmt: skip

CURRENCY = {
    "US": "USD", "VI": "USD", "CA": "CAD", "PM": "EUR", "BL": "EUR", "SX": "ANG", "BQ": "USD", "GT": "GTQ",
    "MX": "MXN", "BR": "BRL", "CY": "EUR", "GR": "EUR", "IT": "EUR", "RU": "RUB", "BD": "BDT", "KW": "KWD",
    "LY": "LYD", "MA": "MAD", "GH": "GHS", "UG": "UGX", "ER": "ERN", "MW": "MWK", "CM": "XAF", "CI": "XOF",
    "ID": "IDR", "PH": "PHP", "TW": "TWD", "CN": "CNY", "RO": "RON", "AX": "EUR", "GB": "GBP",
}  # fmt: skip


class P(NamedTuple):
    """A personal value: its span is labelled."""

    kind: str
    value: str


class K(NamedTuple):
    """A business value a scrubber must leave in place."""

    kind: str
    value: str


@dataclass
class Doc:
    """A document assembled from literal text, personal values (spans) and must-keep values."""

    parts: list[str] = field(default_factory=list)
    pii: list[dict] = field(default_factory=list)
    keep: list[dict] = field(default_factory=list)
    size: int = 0

    def fmt(self, template: str, **slots: str | P | K) -> Doc:
        for literal, slot, spec, _ in string.Formatter().parse(template):
            self.put(literal)
            if slot is not None:
                item = slots[slot]
                self.put(item)
                if spec and spec.startswith("<"):  # a column padded after its value, outside the span
                    self.put(" " * max(1, int(spec[1:]) - len(item if isinstance(item, str) else item.value)))
        return self

    def put(self, item: str | P | K) -> Doc:
        text = item if isinstance(item, str) else item.value
        if isinstance(item, P):
            self.pii.append({"type": item.kind, "start": self.size, "end": self.size + len(text)})
        elif isinstance(item, K) and all(k["value"] != text for k in self.keep):
            self.keep.append({"type": item.kind, "value": text})
        self.parts.append(text)
        self.size += len(text)
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


def problems(doc: Doc) -> list[str]:
    """What would make `doc` unfair to score: overlapping, empty or padded spans, a must-keep value missing
    from the text or written (anywhere) inside a personal value."""
    text, found = doc.text, []
    spans = sorted((p["start"], p["end"]) for p in doc.pii)
    for (s1, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        if s2 < e1:
            found.append(f"overlapping spans at {s1} and {s2}")
    for s, e in spans:
        if e <= s or text[s:e] != text[s:e].strip():
            found.append(f"empty or padded span {text[s:e]!r}")
    for item in doc.keep:
        value = item["value"]
        at = text.find(value) if value else -1
        if at < 0:
            found.append(f"must-keep {value!r} missing")
            continue
        while at >= 0:
            if any(s < at + len(value) and at < e for s, e in spans):
                found.append(f"must-keep {value!r} overlaps a personal value")
                break
            at = text.find(value, at + 1)
    return found


class V(Values):
    """Values as spans (P) and must-keep values (K)."""

    def lab(self, key: str) -> K:
        return K("LABEL", LABELS.get(self.lang, LABELS["en"])[key])

    def n(self, style: str | None = None) -> P:
        return P("PERSON", self.name(style))

    def g(self) -> P:
        return P("PERSON", self.given())

    def s(self) -> P:
        return P("PERSON", self.surname())

    def ph(self, form: str | None = None, region: str | None = None) -> P:
        return P("PHONE_NUMBER", self.phone(form, region))

    def em(self) -> P:
        return P("EMAIL_ADDRESS", self.email())

    def cc(self) -> P:
        return P("CREDIT_CARD", self.card())

    def ib(self, country: str | None = None) -> P:
        return P("IBAN_CODE", self.iban(country))

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

    def amt(self, currency: str | None = None, scale: tuple[float, float] = (1.0, 4.0)) -> K:
        return K("AMOUNT", kp.amount(self.rng, currency or CURRENCY.get(self.country, "USD"), scale))

    def day(self) -> K:
        return K("DATE", kp.when(self.rng))

    def co(self) -> K:
        return K("COMPANY", kp.pick(self.rng, kp.COMPANIES))

    def ref(self) -> K:
        return K("REFERENCE", kp.reference(self.rng))

    def pk(self, kind: str, values: tuple[str, ...]) -> K:
        return K(kind, kp.pick(self.rng, values))


# --- families -----------------------------------------------------------------------------------------------


def pharmacy_compounding_log(v: V) -> Doc:
    d = Doc().fmt(
        "COMPOUNDING LOG — {co} pharmacy\nBatch {ref}   Prepared {day}\n",
        co=v.pk("HOSPITAL", kp.CLINICS),
        ref=v.ref(),
        day=v.day(),
    )
    d.fmt("Prescriber: Dr {doc}   NPI on file   Ph: {ph}\n", doc=v.n(), ph=v.ph())
    d.fmt(
        "Patient | {lab} | DOB | Formula | NDC of base\n{pt} | {mrn} | {dob} | {drug} | {ndc}\n",
        lab=(m := v.mr())[0], pt=v.n(), mrn=m[1], dob=v.db(), drug=v.pk("DRUG", kp.DRUGS), ndc=v.k("NDC", kp.ndc(v.rng)),
    )  # fmt: skip
    d.fmt("Deliver to: {st}\nCompounded by {tech} (tech) / verified by {rph}, RPh\nDx {icd}\n",
          st=v.st(), tech=v.g(), rph=v.n("init"), icd=v.pk("ICD10", kp.ICD10))  # fmt: skip
    return d


def maritime_crew_list(v: V) -> Doc:
    d = Doc().fmt("IMO FAL FORM 5 — CREW LIST\nShip: {ship}  {imo}   Port of arrival: {port}   {day}\n\n",
                  ship=v.pk("VESSEL", kp.VESSELS), imo=v.k("IMO", kp.imo(v.rng)), port=v.pk("PORT", kp.PORTS), day=v.day())  # fmt: skip
    d.put("No. Family name      Given names     Rank        Date of birth   Seaman's book\n")
    for i, rank in enumerate(("Master", "Ch. Officer", "AB", "Cook")[: v.rng.randint(2, 4)]):
        d.fmt("{i}.  {s:<17}{g:<16}{rank:<12}{dob:<16}{book}\n", i=str(i + 1), s=v.s(), g=v.g(), rank=rank,
              dob=v.db(), book=v.ref())  # fmt: skip
    d.fmt("\nAgent ashore: {agent}, {ph} / {em}\nContainer on deck: {box}\n", agent=v.n(), ph=v.ph("intl"),
          em=v.em(), box=v.k("CONTAINER", kp.container(v.rng)))  # fmt: skip
    return d


def veterinary_invoice(v: V) -> Doc:
    d = Doc().fmt("{co}\nVETERINARY INVOICE {ref}   {day}\n\nClient: {own}\n{st}\n{ph}\n\n", co=v.pk("CLINIC", kp.VETS), ref=v.ref(),
                  day=v.day(), own=v.n(), st=v.st(), ph=v.ph())  # fmt: skip
    d.fmt("Patient: '{pet}' ({species}, {age}y)\nItem            Code          Amount\nRabies booster  {p1}    {a1}\n"
          "Dental scale    {p2}    {a2}\nTOTAL                         {a3}\n\n", pet=v.pk("PET", kp.PETS),
          species=v.rng.choice(("canine", "feline", "canine")), age=str(v.rng.randint(1, 14)), p1=v.pk("PRODUCT", kp.PRODUCTS),
          a1=v.amt(scale=(1.3, 2.4)), p2=v.pk("PRODUCT", kp.PRODUCTS), a2=v.amt(scale=(1.8, 2.7)), a3=v.amt(scale=(2.7, 3.1)))  # fmt: skip
    d.fmt("Paid by card {cc}  — thank you, {g}!\n", cc=v.cc(), g=v.g())
    return d


def wedding_gift_registry_csv(v: V) -> Doc:
    d = Doc().fmt("# registry export — couple: {a} & {b} — honeymoon fund IBAN {ib} BIC {sw}\n", a=v.g(), b=v.g(),
                  ib=v.ib(), sw=v.sw())  # fmt: skip
    d.put("guest,email,phone,gift,amount\n")
    for _ in range(v.rng.randint(2, 4)):
        d.fmt("{n},{em},{ph},{gift},{a}\n", n=v.n(v.rng.choice(("gs", "lower", "upper"))), em=v.em(), ph=v.ph("e164"),
              gift=v.pk("PRODUCT", kp.PRODUCTS), a=v.amt())  # fmt: skip
    d.fmt("# thank-you cards to: {st}\n", st=v.st(1))
    return d


def notarised_identity_affidavit(v: V) -> Doc:
    d = Doc().fmt("AFFIDAVIT OF IDENTITY\n\nI, {n}, born {dob}, residing at {st}, being duly sworn, depose and say "
                  "that I am the same person as {alias} named in {cit}, and that my driver's licence issued by "
                  "{iss}, number {dl}, is genuine.\n\n", n=v.n(), dob=v.db(form="word"), st=v.st(1), alias=v.n("upper"),
                  cit=v.pk("CITATION", kp.CITATIONS), iss=(lic := v.dl())[0], dl=lic[1])  # fmt: skip
    d.fmt("Subscribed and sworn before me on {day}.\n\n______________________\n{notary}\nNotary Public, "
          "commission {ref}\n", day=v.day(), notary=v.n(), ref=v.ref())  # fmt: skip
    return d


def poll_worker_roster(v: V) -> Doc:
    d = Doc().fmt("ELECTION DAY POLL WORKER ROSTER — Precinct {pct}\nStipend paid by {co}; amounts {a} each\n\n",
                  pct=v.k("PRECINCT", f"{v.rng.randint(100, 999)}-{v.rng.choice('ABC')}"), co=v.co(), a=v.amt("USD", (2.0, 2.5)))  # fmt: skip
    d.put("Role      | Last name   | First name | SSN (1099)  | Cell\n")
    for role in ("Judge", "Clerk", "Clerk", "Greeter")[: v.rng.randint(2, 4)]:
        d.fmt(
            "{r:<10}| {s:<12}| {g:<11}| {ssn:<12}| {ph}\n",
            r=role,
            s=v.s(),
            g=v.g(),
            ssn=v.sn(),
            ph=v.ph("nat"),
        )
    d.fmt("\nPolling place contact: {n}, {st}\n", n=v.n(), st=v.st(1))
    return d


def ediscovery_privilege_log(v: V) -> Doc:
    d = Doc().fmt("PRIVILEGE LOG — {dk}\nServed by {firm} under {cit}\n\n", firm=v.pk("LAW_FIRM", kp.LAW_FIRMS), dk=v.k("DOCKET", kp.docket(v.rng)),
                  cit=v.pk("CITATION", kp.CITATIONS))  # fmt: skip
    d.put("Bates       | Date       | Author                   | Recipients               | Basis\n")
    for _ in range(v.rng.randint(2, 4)):
        d.fmt("{bates} | {day} | {a} <{ea}> | {r} | AC/WP\n", bates=v.k("BATES", f"DEF{v.rng.randint(10000, 99999):07d}"),
              day=v.day(), a=v.n(), ea=v.em(), r=v.n("sg"))  # fmt: skip
    d.fmt("\nCustodian interviewed: {n} (mobile {ph}); collection IP {ip}\n", n=v.n(), ph=v.ph(), ip=v.ipa())
    return d


def midwife_home_visit_notes(v: V) -> Doc:
    lab, mrn = v.mr()
    d = Doc().fmt("Community midwifery — home visit\n{lab}: {mrn}\nWoman: {n} ({dob})\nAddress: {st}\nPartner: {p}, "
                  "{ph}\n\n", lab=lab, mrn=mrn, n=v.n(), dob=v.db(), st=v.st(2), p=v.g(), ph=v.ph())  # fmt: skip
    d.fmt("Day 5 postnatal. Baby {baby} born {bdob}, feeding well. BP 118/76. Dx {icd}.\nNext visit {day}. "
          "Signed: {mw}, RM\n", baby=v.g(), bdob=v.db(young=True), icd=v.pk("ICD10", kp.ICD10), day=v.day(), mw=v.n())  # fmt: skip
    return d


def fertility_clinic_cycle_sheet(v: V) -> Doc:
    lab, mrn = v.mr()
    d = Doc().fmt("{co} — IVF cycle sheet\n{lab}: {mrn}\n", co=v.pk("HOSPITAL", kp.CLINICS), lab=lab, mrn=mrn)
    d.fmt("{l1}: {a}   {l2}: {dob1}\nPartner: {b}   {l2}: {dob2}\n{l3}: {ph}   {l4}: {em}\n\n",
          l1=v.lab("name"), a=v.n(), l2=v.lab("born"), dob1=v.db(), b=v.n(), dob2=v.db(), l3=v.lab("phone"),
          ph=v.ph(), l4=v.lab("mail"), em=v.em())  # fmt: skip
    d.fmt("Day | Drug | Dose\nD1 | {drug} | 1 tab\nD8 | scan | —\nDx {icd}; cycle fee {a}, card {cc}\n",
          drug=v.pk("DRUG", kp.DRUGS), icd=v.pk("ICD10", kp.ICD10), a=v.amt(), cc=v.cc())  # fmt: skip
    return d


def mortgage_payoff_statement(v: V) -> Doc:
    d = Doc().fmt("{co}\nPAYOFF STATEMENT   Loan {ref}   Good through {day}\n\nBorrower(s): {a}; {b}\nProperty: {st}\n\n",
                  co=v.co(), ref=v.ref(), day=v.day(), a=v.n(), b=v.n(), st=v.st(2))  # fmt: skip
    d.fmt("Principal balance ........ {p}\nAccrued interest ......... {i}\nTOTAL TO PAY OFF ......... {t}\n\n"
          "Wire to IBAN {ib} / SWIFT {sw}, ref. {ref2}\nQuestions: {ph}\n", p=v.amt(scale=(4.6, 5.7)), i=v.amt(scale=(2.5, 3.8)), t=v.amt(scale=(4.6, 5.7)), ib=v.ib(),
          sw=v.sw(), ref2=v.ref(), ph=v.ph())  # fmt: skip
    return d


def balance_transfer_form(v: V) -> Doc:
    d = Doc().fmt("BALANCE TRANSFER REQUEST — {co}\n\n1. Cardholder\n   {l1}: {n}\n   {l2}: {dob}\n   SSN / tax ID: {ssn}\n"
                  "   {l3}: {st}\n", co=v.co(), l1=v.lab("name"), n=v.n(), l2=v.lab("born"), dob=v.db(), ssn=v.sn(),
                  l3=v.lab("addr"), st=v.st(3))  # fmt: skip
    d.fmt("2. Transfer from card {c1} amount {a1}\n   Transfer from card {c2} amount {a2}\n3. New account {c3}\n"
          "Signed {sig} on {day}\n", c1=v.cc(), a1=v.amt(), c2=v.cc(), a2=v.amt(), c3=v.cc(), sig=v.n("lower"), day=v.day())  # fmt: skip
    return d


def margin_call_notice_email(v: V) -> Doc:
    to = v.em()
    d = Doc().fmt("From: margin-desk@clearing.example\nTo: {n} <{to}>\nDate: {day}\nSubject: MARGIN CALL — account {ref}\n\n",
                  n=v.n(), to=to, day=v.day(), ref=v.ref())  # fmt: skip
    d.fmt("Dear {title}{g},\n\nYour equity fell below maintenance. Positions: {t1} ({i1}), {t2} (CUSIP {c}).\n"
          "Deposit {a} by wire to IBAN {ib} (BIC {sw}) before close.\nLogin seen from {ip}.\n\nRegards,\n{rep}\n"
          "Margin Desk | {ph}\n", title=v.rng.choice(("", "Mr ", "Ms ", "Mx ")), g=v.g() if v.rng.random() < 0.5 else v.s(), t1=v.pk("TICKER", kp.TICKERS), i1=v.k("ISIN", kp.isin(v.rng)),
          t2=v.pk("TICKER", kp.TICKERS), c=v.k("CUSIP", kp.cusip(v.rng)), a=v.amt("USD", (3.5, 5.5)), ib=v.ib(), sw=v.sw(),
          ip=v.ipa(), rep=v.n(), ph=v.ph("ext"))  # fmt: skip
    return d


def trustee_appointment_deed(v: V) -> Doc:
    d = Doc().fmt("DEED OF APPOINTMENT OF NEW TRUSTEE\n\nTHIS DEED is made on {day} by {a} of {sa} (the Appointor).\n"
                  "WHEREAS the {tr} (the Trust) holds {i1} shares (SEDOL {sed});\nNOW the Appointor appoints {b}, "
                  "born {dob}, of {sb}, as trustee.\n\nSIGNED as a deed by {a2}\nin the presence of witness: {w}\n"
                  "Witness address: {sw}\n", day=v.day(), a=v.n(), sa=v.st(1), tr=v.pk("TRUST", kp.TRUSTS),
                  i1=v.k("ISIN", kp.isin(v.rng)), sed=v.k("SEDOL", kp.sedol(v.rng)), b=v.n("upper"), dob=v.db(form="word"),
                  sb=v.st(1), a2=v.n("upper"), w=v.n(), sw=v.st(2))  # fmt: skip
    return d


def landlord_rent_ledger_csv(v: V) -> Doc:
    d = Doc().fmt("tenant;unit_address;phone;month;rent;paid_from_iban;bic\n")
    for _ in range(v.rng.randint(2, 4)):
        d.fmt("{n};{st};{ph};{day};{a};{ib};{sw}\n", n=v.n("sg"), st=v.st(1), ph=v.ph("nat"), day=v.day(), a=v.amt(),
              ib=v.ib(), sw=v.sw())  # fmt: skip
    d.fmt("# managing agent {co}, ledger {ref}\n", co=v.co(), ref=v.ref())
    return d


def bed_transfer_xml(v: V) -> Doc:
    lab, mrn = v.mr()
    d = Doc().fmt('<?xml version="1.0" encoding="UTF-8"?>\n<BedTransfer ward="{w}">\n  <Patient idLabel="{lab}">\n'
                  "    <Id>{mrn}</Id>\n    <Family>{s}</Family>\n    <Given>{g}</Given>\n    <BirthDate>{dob}</BirthDate>\n"
                  "    <NextOfKin phone=\"{ph}\">{nok}</NextOfKin>\n  </Patient>\n  <Diagnosis code=\"{icd}\"/>\n"
                  "  <RequestedBy>{dr}</RequestedBy>\n</BedTransfer>\n", w=v.pk("WARD", kp.WARDS), lab=lab, mrn=mrn, s=v.s(),
                  g=v.g(), dob=v.db(form="iso"), ph=v.ph("e164"), nok=v.n(), icd=v.pk("ICD10", kp.ICD10), dr=v.n("init"))  # fmt: skip
    return d


def drug_eligibility_json(v: V) -> Doc:
    lab, mrn = v.mr()
    d = Doc().fmt('{{"request": {{"ndc": "{ndc}", "plan": "{co}"}},\n "member": {{"name": "{n}", "dob": "{dob}", '
                  '"recordLabel": "{lab}", "recordNo": "{mrn}", "email": "{em}", "phone": "{ph}"}},\n'
                  ' "result": {{"covered": true, "copay": "{a}", "dx": "{icd}"}}, "client_ip": "{ip}"}}\n',
                  ndc=v.k("NDC", kp.ndc(v.rng)), co=v.pk("PLAN", kp.PLANS), n=v.n(), dob=v.db(form="compact"), lab=lab, mrn=mrn, em=v.em(),
                  ph=v.ph("e164"), a=v.amt(), icd=v.pk("ICD10", kp.ICD10), ip=v.ipa())  # fmt: skip
    return d


# Phrases of the two chat-and-mail families, per language (English where the locale's language has none here).
ABSENCE = {
    "en": ("absence — {child}", "Good morning,\n\nmy name is {p2} and my child {c2} (date of birth {dob}) will be "
           "absent on {day} for a hospital appointment. The {lab} there is {mrn}.\nYou can reach me on {ph}.\n\n"
           "Thanks,\n{sig}\n"),
    "es": ("ausencia — {child}", "Buenos días:\n\nme llamo {p2} y mi hijo/a {c2} (fecha de nacimiento {dob}) faltará el "
           "{day} por una cita en el hospital. Su {lab} allí es {mrn}.\nPueden llamarme al {ph}.\n\nGracias,\n{sig}\n"),
    "fr": ("absence — {child}", "Bonjour,\n\nje m'appelle {p2} et mon enfant {c2} (né(e) le {dob}) sera absent(e) le {day} "
           "pour un rendez-vous à l'hôpital. Son {lab} là-bas : {mrn}.\nVous pouvez me joindre au {ph}.\n\nMerci,\n"
           "{sig}\n"),
    "pt": ("falta — {child}", "Bom dia,\n\nmeu nome é {p2} e meu filho(a) {c2} (nascido(a) em {dob}) vai faltar no dia {day} "
           "por causa de uma consulta no hospital. O {lab} lá é {mrn}.\nPodem me ligar no {ph}.\n\nObrigada,\n"
           "{sig}\n"),
    "it": ("assenza — {child}", "Buongiorno,\n\nmi chiamo {p2} e mio/a figlio/a {c2} (nato/a il {dob}) sarà assente il {day} "
           "per una visita in ospedale. Il suo {lab} è {mrn}.\nPotete contattarmi al {ph}.\n\nGrazie,\n{sig}\n"),
    "ru": ("отсутствие — {child}", "Добрый день!\n\nменя зовут {p2}, мой ребёнок {c2} (дата рождения {dob}) будет "
           "отсутствовать {day} из-за приёма в больнице. {lab}: {mrn}.\nМой телефон {ph}.\n\nСпасибо,\n{sig}\n"),
    "id": ("izin tidak masuk — {child}", "Selamat pagi,\n\nnama saya {p2}, anak saya {c2} (tanggal lahir {dob}) izin "
           "tidak masuk pada {day} karena kontrol ke rumah sakit. {lab} di sana {mrn}.\nSaya bisa dihubungi di {ph}."
           "\n\nTerima kasih,\n{sig}\n"),
}  # fmt: skip
CAR_CHAT = {
    "en": ("hi, is the {car} still for sale? asking {amt}", "VIN pls?", "yes. come see it at {st}",
           "ok. my last name is {s}, licence {dl} ({iss}) for the test drive", "send deposit to {ib} pls, or call {ph}"),
    "es": ("hola, ¿sigue a la venta el {car}? piden {amt}", "¿me pasas el VIN?", "sí. ven a verlo a {st}",
           "vale. mi apellido es {s}, licencia {dl} ({iss}) para la prueba", "manda la seña a {ib} o llama al {ph}"),
    "fr": ("bonjour, la {car} est toujours dispo ? prix {amt}", "le VIN svp ?", "oui, passez la voir au {st}",
           "ok. mon nom de famille est {s}, permis {dl} ({iss}) pour l'essai", "acompte sur {ib} svp, ou appelez le {ph}"),
    "pt": ("oi, o {car} ainda está à venda? pedem {amt}", "manda o chassi (VIN)?", "sim. vem ver na {st}",
           "beleza. meu sobrenome é {s}, CNH {dl} ({iss}) pro test drive", "manda o sinal pra {ib} ou liga {ph}"),
    "it": ("ciao, la {car} è ancora in vendita? chiedete {amt}", "mi mandi il VIN?", "sì. vieni a vederla in {st}",
           "ok. il mio cognome è {s}, patente {dl} ({iss}) per la prova", "caparra su {ib} oppure chiama il {ph}"),
    "ru": ("здравствуйте, {car} ещё продаётся? цена {amt}", "VIN скинете?", "да. приезжайте: {st}",
           "хорошо. моя фамилия {s}, права {dl} ({iss}) для тест-драйва", "задаток на {ib} или звоните {ph}"),
    "id": ("halo, {car} masih dijual? harga {amt}", "boleh minta VIN?", "masih. lihat langsung di {st}",
           "oke. nama belakang saya {s}, SIM {dl} ({iss}) untuk test drive", "DP transfer ke {ib} ya, atau telp {ph}"),
}  # fmt: skip


def school_absence_email(v: V) -> Doc:
    subject, body = ABSENCE.get(v.lang, ABSENCE["en"])
    d = Doc().fmt("From: {p} <{em}>\nTo: attendance@school.example\nSubject: " + subject + "\n\n", p=v.n(), em=v.em(),
                  child=v.n("gs"))  # fmt: skip
    lab, mrn = v.mr()
    d.fmt(
        body,
        p2=v.n("lower"),
        c2=v.g(),
        dob=v.db(young=True),
        day=v.day(),
        lab=lab,
        mrn=mrn,
        ph=v.ph(),
        sig=v.g(),
    )
    return d


def used_car_sale_chat(v: V) -> Doc:
    a, b = v.g(), v.g()
    ask, vin, come, name, pay = CAR_CHAT.get(v.lang, CAR_CHAT["en"])
    car = v.k("VEHICLE", v.rng.choice(("2016 Corolla", "2012 Hilux", "2019 Polo", "2014 Clio")))
    d = Doc().fmt("[{day} 18:02] {a}: " + ask + "\n[18:03] {a}: " + vin + "\n[18:04] {b}: {vin}\n", day=v.day(), a=a,
                  b=b, car=car, amt=v.amt(scale=(3.4, 4.4)), vin=v.k("VIN", kp.vin(v.rng)))  # fmt: skip
    issuer, number = v.dl()
    d.fmt("[18:05] {b}: " + come + "\n[18:06] {a}: " + name + "\n[18:07] {b}: " + pay + "\n", b=b, st=v.st(1), a=a,
          s=v.s(), dl=number, iss=issuer, ib=v.ib(), ph=v.ph())  # fmt: skip
    return d


def youth_football_registration(v: V) -> Doc:
    d = Doc().fmt("{team} — player registration {yr}\n\nPlayer first name: {g}\nPlayer last name: {s}\n"
                  "Date of birth: {dob}\nHome address:\n{st}\n\n", team=v.pk("TEAM", kp.TEAMS), yr=v.k("SEASON", "2025/26"),
                  g=v.g(), s=v.s(), dob=v.db(young=True), st=v.st(3))  # fmt: skip
    d.fmt("Parent/guardian: {p}\nMobile: {ph}\nEmail: {em}\nEmergency contact: {e} {ph2}\nFee {a} paid by card ending "
          "in — (full PAN on file: {cc})\n", p=v.n(), ph=v.ph(), em=v.em(), e=v.n("upper"), ph2=v.ph(), a=v.amt(scale=(1.4, 2.4)),
          cc=v.cc())  # fmt: skip
    return d


def card_replacement_call_notes(v: V) -> Doc:
    d = Doc().fmt("CALL NOTES {day} — agent {ag}\nCaller verified: {n}, DOB {dob}, postcode + address {st}\n"
                  "ID read back: {iss} licence {dl}\n", day=v.day(), ag=v.g(), n=v.n(), dob=v.db(), st=v.st(1),
                  iss=(lic := v.dl())[0], dl=lic[1])  # fmt: skip
    d.fmt("- reports card {cc} lost at {city}\n- blocked; replacement to be sent, fee {a}\n- callback number {ph}\n"
          "- session IP {ip}; case {ref}\n", cc=v.cc(), city=v.pk("CITY", kp.PORTS), a=v.amt(scale=(0.7, 1.5)), ph=v.ph(), ip=v.ipa(),
          ref=v.ref())  # fmt: skip
    return d


def payday_loan_agreement_summary(v: V) -> Doc:
    d = Doc().fmt("{co} — PAYDAY LOAN AGREEMENT SUMMARY\nLoan no. {ref}\n\nBorrower: {n}\nSSN: {ssn}\nDOB: {dob}\n"
                  "Home: {st}\n{iss} DL: {dl}\nCell: {ph}\n\n", co=v.pk("LENDER", kp.LENDERS), ref=v.ref(), n=v.n(), ssn=v.sn(), dob=v.db(),
                  st=v.st(2), iss=(lic := v.dl())[0], dl=lic[1], ph=v.ph())  # fmt: skip
    d.fmt("Amount financed {a}   Finance charge {f}   APR 391%\nDebit card for repayment: {cc}\nE-signed from {ip}\n",
          a=v.amt("USD", (2.0, 3.0)), f=v.amt("USD", (1.5, 2.5)), cc=v.cc(), ip=v.ipa())  # fmt: skip
    return d


def dermatology_mole_map_report(v: V) -> Doc:
    lab, mrn = v.mr()
    d = Doc().fmt("{hosp} DERMATOLOGY — TOTAL BODY MOLE MAP\n{lab} {mrn} | {n} | {dob}\nReferred by {dr}\n\n", lab=lab, mrn=mrn,
                  n=v.n("SG"), dob=v.db(), dr=v.n(), hosp=v.pk("HOSPITAL", kp.CLINICS))  # fmt: skip
    d.fmt("Lesion  Site            Dx      Action\nL1      left scapula    {i1}   photo\nL2      right calf      {i2}   "
          "excise\n\nReport sent to {em}; patient address {st}\n", i1=v.pk("ICD10", kp.ICD10), i2=v.pk("ICD10", kp.ICD10),
          em=v.em(), st=v.st(1))  # fmt: skip
    return d


def protective_order_petition(v: V) -> Doc:
    d = Doc().fmt("PETITION FOR ORDER OF PROTECTION — {dk}\nUnder {cit}\n\nPetitioner: {p}, DOB {dob1}\n"
                  "Petitioner's confidential address: {st}\nRespondent: {r}, DOB {dob2}, driver's licence {dl} ({iss})\n",
                  dk=v.k("DOCKET", kp.docket(v.rng)), cit=v.pk("CITATION", kp.CITATIONS), p=v.n(), dob1=v.db(),
                  st=v.st(2), r=v.n("upper"), dob2=v.db(), dl=(lic := v.dl())[1], iss=lic[0])  # fmt: skip
    d.fmt("\nOn {day} the respondent phoned me from {ph} and e-mailed {em}.\nProtected child: {c}, born {cdob}.\n",
          day=v.day(), ph=v.ph(), em=v.em(), c=v.g(), cdob=v.db(young=True))  # fmt: skip
    return d


def bailiff_seizure_inventory(v: V) -> Doc:
    d = Doc().fmt("{co} — enforcement agent\nINVENTORY OF GOODS SEIZED   {dk}\nDebtor: {n}\nPremises: {st}\n\n",
                  co=v.co(), dk=v.k("DOCKET", kp.docket(v.rng)), n=v.n(), st=v.st(3))  # fmt: skip
    d.fmt("Item | Description | Estimated value\n1 | {p1} | {a1}\n2 | vehicle, keys surrendered | {a2}\n\n"
          "Debtor bank account (for voluntary payment): {ib}, {sw}\nDebtor contact: {ph}, {em}\nVehicle keeper's "
          "licence: {dl} ({iss})\nAgent: {ag}\n", p1=v.pk("PRODUCT", kp.PRODUCTS), a1=v.amt(), a2=v.amt(), ib=v.ib(),
          sw=v.sw(), ph=v.ph(), em=v.em(), dl=(lic := v.dl())[1], iss=lic[0], ag=v.n())  # fmt: skip
    return d


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    pharmacy_compounding_log,
    maritime_crew_list,
    veterinary_invoice,
    wedding_gift_registry_csv,
    notarised_identity_affidavit,
    poll_worker_roster,
    ediscovery_privilege_log,
    midwife_home_visit_notes,
    fertility_clinic_cycle_sheet,
    mortgage_payoff_statement,
    balance_transfer_form,
    margin_call_notice_email,
    trustee_appointment_deed,
    landlord_rent_ledger_csv,
    bed_transfer_xml,
    drug_eligibility_json,
    school_absence_email,
    used_car_sale_chat,
    youth_football_registration,
    card_replacement_call_notes,
    payday_loan_agreement_summary,
    dermatology_mole_map_report,
    protective_order_petition,
    bailiff_seizure_inventory,
)
US_ONLY = ("poll_worker_roster", "payday_loan_agreement_summary")
US_LOCALES = tuple(loc for loc, where in LOCALES.items() if where.country == "US")


def document(family: Callable[[V], Doc], locale: str, rng: random.Random) -> Doc:
    """One document of `family`, drawn again from the same RNG while it cannot be scored fairly."""
    for _ in range(40):
        doc = family(V(rng, locale))
        if not problems(doc):
            return doc
    raise RuntimeError(f"{family.__name__} ({locale}) kept writing unscorable documents: {problems(doc)}")


def build(n: int = DOCUMENTS, seed: int = SEED) -> list[dict]:
    """`n` documents, the families in turn, each from its own RNG drawn from `seed`."""
    rng = random.Random(f"{SPLIT}/{seed}")
    locales = tuple(LOCALES)
    rows: list[dict] = []
    for i in range(n):
        family = FAMILIES[i % len(FAMILIES)]
        locale = rng.choice(US_LOCALES if family.__name__ in US_ONLY else locales)
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
    """Write `rows` as JSON lines and return the file's sha256."""
    data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
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
