"""The thirteenth holdout PII set: `python -m tools.pii_holdout13_set` writes benchmarks/pii_intl/holdout13.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written blind: without opening
Charter's recognizers, their word lists, the benchmark's results or any misses file, and the scrubber was never
run on it while it was written. The twelfth set (tools/pii_holdout12_set.py) was read only to copy its
structure; the earlier sets' family names were listed only to avoid them. Families: money transfer kiosk
receipts, KYC onboarding records in YAML, merchant settlement batch reports, seafarer wage accounts, process
servers' affidavits of service, bail bond indemnity agreements, HSA reimbursement claims, weekly unemployment
certifications, livestock movement permits, parcel locker SMS gateway logs, coach charter seating charts,
bilingual hotel guest registration cards, OCR'd yellow fever certificates, cardiac rehabilitation exercise
logs, blood donor deferral letters, dental recall postcard mail merges, mobile number port requests, roaming
dispute call-centre notes, first notice of loss JSON, school trip consent forms, transcript request e-mail
threads with quoted replies, apostille request cover letters, marina berth licence agreements and helpdesk
tickets in Markdown.

Values come from tools/pii_holdout13_values.py: every person name from hand-written lists of real given names
and surnames (Lumbee, Tlingit, Yup'ik, Siksika, Métis, Bahamian, Vincentian, Saint Lucian, Belizean Kriol,
Martinican, Kaqchikel, Q'eqchi', Lebanese Mexican, Talian, Nikkei Brazilian, Tusán, Welsh Patagonian,
Palestinian Chilean, Walloon, Limburgish, East Frisian, Picard, Walser, Silesian, Latgalian, Adyghe, Karachay,
Pontic Greek, Arbëreshë, Montenegrin, Sephardic Ladino, Juhuri, Karakalpak, Koryo-saram, Joseonjok, Hakka,
Minahasan, Kapampangan, Kristang, Peranakan, Dogri, Bodo, Kodava, Marwari, Magar, Tharu, Brahui, Pamiri,
Kikuyu, Luo, Haya, Nkore, Soninke, Krio, Vai, Kabiyè, Umbundu, Tonga, Nama and Damara, Cape Malay, Warlpiri,
Indo-Fijian, Motu, Guernsey, Antiguan, Grenadian, Caymanian, British Virgin Islander, Montserratian and
Anguillian, in Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Hangul and Chinese scripts), none from Faker
or Mimesis; street lines from hand-written street and city lists; phones from the `phonenumbers` library's
metadata, each rendering read back as valid from the document's country; cards, IBANs, BICs, SSNs, driver's
licences and record numbers from their published layouts and check digits. Must-keep values come from
tools/pii_holdout13_keep.py.

Schema as the international set's: `{"id", "split", "family", "locale", "text", "pii": [{"type", "start",
"end"}], "keep": [{"type", "value"}]}`. A span covers the value as written: a phone number with its extension,
a street line with the postcode and city written with it (over two or three lines where the document breaks
it), a name without its title; where a format keeps the family and given names in separate fields (YAML,
JSON), each field is its own span.

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

from tools import pii_holdout13_keep as kp
from tools.pii_holdout13_values import LOCALES, STREETS, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout13.jsonl"
SEED = 3141677
DOCUMENTS = 504
SPLIT = "holdout13"

# Form labels in the document's language.
WORDS = {
    "phone": {"en": "Phone", "fr": "Tél. portable", "es": "Teléfono", "pt": "Telefone", "de": "Telefon",
              "nl": "Telefoonnummer", "it": "Telefono", "ru": "Телефон", "tr": "Telefon", "id": "Nomor telepon",
              "ko": "전화번호", "zh": "電話"},
    "born": {"en": "Date of birth", "fr": "Né(e) le", "es": "Fecha de nacimiento", "pt": "Data de nascimento",
             "de": "Geburtsdatum", "nl": "Geboortedatum", "it": "Data di nascita", "ru": "Дата рождения",
             "tr": "Doğum tarihi", "id": "Tanggal lahir", "ko": "생년월일", "zh": "出生年月日"},
    "address": {"en": "Address", "fr": "Adresse", "es": "Domicilio", "pt": "Morada", "de": "Anschrift",
                "nl": "Adres", "it": "Indirizzo", "ru": "Адрес", "tr": "Adres", "id": "Alamat", "ko": "주소",
                "zh": "地址"},
    "name": {"en": "Name", "fr": "Nom et prénom", "es": "Nombre", "pt": "Nome completo", "de": "Name, Vorname",
             "nl": "Naam", "it": "Nome e cognome", "ru": "ФИО", "tr": "Adı soyadı", "id": "Nama lengkap",
             "ko": "성명", "zh": "姓名"},
    "email": {"en": "Email", "fr": "Courriel", "es": "Correo electrónico", "pt": "E-mail", "de": "E-Mail",
              "nl": "E-mailadres", "it": "E-mail", "ru": "Эл. почта", "tr": "E-posta", "id": "Surel",
              "ko": "이메일", "zh": "電郵"},
    "signed": {"en": "Signature", "fr": "Signature", "es": "Firma", "pt": "Assinatura", "de": "Unterschrift",
               "nl": "Handtekening", "it": "Firma", "ru": "Подпись", "tr": "İmza", "id": "Tanda tangan",
               "ko": "서명", "zh": "簽名"},
    "relation": {"en": "Relationship", "fr": "Lien", "es": "Relación", "pt": "Grau de parentesco",
                 "de": "Verwandtschaft", "nl": "Relatie", "it": "Rapporto", "ru": "Кем приходится",
                 "tr": "Yakınlık", "id": "Hubungan keluarga", "ko": "관계", "zh": "關係"},
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

    def given(self) -> P:
        """A given name alone, as chat handles, table cells and radio logs write it."""
        g = self.name()[0]
        return P("PERSON", g.lower() if self.r.random() < 0.3 else g)

    def addr(self, lines: bool = True) -> P:
        return P("STREET_ADDRESS", self.street(lines))

    def addr_parts(self) -> tuple[P, str, str]:
        """(street line with its number, city, postcode) for formats that keep them in separate fields."""
        streets, cities, _ = STREETS[self.loc.country]
        city, post = self.r.choice(cities)
        street, number = self.r.choice(streets), str(self.r.randint(1, 240))
        line = f"{number} {street}" if self.r.random() < 0.5 else f"{street} {number}"
        return P("STREET_ADDRESS", line), city, self.shape(post)

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

    def born(self, child: bool = False) -> P:
        return P("DATE_OF_BIRTH", self.dob(child))

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

    def lab(self, text: str) -> K:
        return K("LABEL", text)

    def us(self) -> bool:
        return self.loc.country == "US"

    def pick(self, *options: str) -> str:
        return self.r.choice(options)


# ------------------------------------------------------------------------------------------------ finance


def remittance_kiosk_receipt(v: V) -> Doc:
    g, f, n = v.person()
    issuer, dl = v.dl()
    co = v.k(kp.company)
    d = Doc().fmt(
        "{co} MONEY TRANSFER — CUSTOMER COPY\nAgent location: {c} kiosk {kiosk}\n{mt}        {ts}\n{rule}\n"
        "SENDER    {n}\n          {a}\n          Tel {t}\n          ID: driver licence {dl} ({iss})\n"
        "          DOB {dob}\nRECEIVER  {rn}\n          Tel {rt}\n",
        co=co, c=v.k(kp.city), kiosk=K("KIOSK", "#" + v.digits(4)), mt=v.k(kp.mtcn), ts=v.k(kp.timestamp), rule="-" * 46,
        n=n, a=v.addr(lines=False), t=v.tel(), dl=dl, iss=K("ISSUER", issuer), dob=v.born(), rn=v.n(),
        rt=v.tel(foreign=True))  # fmt: skip
    if v.r.random() < 0.5:
        d.fmt("          Pay-out: bank deposit to {ib} / {bic}\n", ib=v.ib(), bic=v.sw())
    else:
        d.fmt("          Pay-out: cash pick-up, {c}\n", c=v.k(kp.city))
    return d.fmt(
        "{rule}\nSend amount   {amt}\nTransfer fee  {fee}\nExchange rate {rate}\nTotal paid    {amt2}  by card {cc}\n"
        "{rule}\n{co} will never ask you to send money to claim a prize. Served by: {agent}\n"
        "Licensed money transmitter, LEI {lei}\n",
        rule="-" * 46, amt=v.money(2000), fee=v.money(40), rate=v.k(kp.fx_rate), amt2=v.money(2100), cc=v.cc(), co=co,
        agent=v.given(), lei=v.k(kp.lei))  # fmt: skip


def kyc_onboarding_yaml_record(v: V) -> Doc:
    g, f, n = v.person()
    issuer, dl = v.dl()
    line, city, post = v.addr_parts()
    d = Doc().fmt(
        "# exported by onboarding-svc {ver} at {ts}\napplicant:\n  id: {ref}\n  legal_name: \"{n}\"\n"
        "  given_name: {g}\n  family_name: {f}\n  date_of_birth: \"{dob}\"\n  contact:\n    email: {e}\n"
        "    mobile: \"{t}\"\n  residence:\n    line1: \"{line}\"\n    city: {city}\n    postal_code: \"{post}\"\n"
        "  documents:\n    - type: driving_licence\n      number: \"{dl}\"\n      issuer: \"{iss}\"\n",
        ver=v.k(kp.version), ts=v.k(kp.timestamp), ref=v.k(kp.reference), n=n, g=P("PERSON", g), f=P("PERSON", f),
        dob=v.born(), e=v.mail(g, f), t=v.tel(), line=line, city=city, post=post, dl=dl, iss=K("ISSUER", issuer))  # fmt: skip
    if v.us():
        d.fmt('  tax_id: "{s}"\n', s=v.sn())
    return d.fmt(
        "  funding:\n    iban: {ib}\n    bic: {bic}\n  device:\n    ip: {ip}\n    ip_history: [{ip2}, {ip3}]\n"
        "  screening:\n    pep: false\n    sanctions_hit: false\n    risk_score: {pc}\n    employer: \"{co}\"\n"
        "    reviewed_by: {rev}\n    watchlist_isin_exposure: {isin}\n",
        ib=v.ib(), bic=v.sw(), ip=v.ipa(), ip2=v.ipa(), ip3=v.ipa(), pc=v.k(kp.percent), co=v.k(kp.company),
        rev=v.given(), isin=v.k(kp.isin))  # fmt: skip


def merchant_settlement_batch_report(v: V) -> Doc:
    d = Doc().fmt(
        "{acq} — MERCHANT SETTLEMENT REPORT\nMerchant: {m} ({mcc})   {term}   {batch}\n"
        "Settlement date {dt}   Deposit account {ib}   BIC {bic}\n{rule}\n{hd}\n{rule}\n",
        acq=v.k(kp.company), m=v.k(kp.company), mcc=v.k(kp.mcc), term=v.k(kp.terminal), batch=v.k(kp.batch),
        dt=v.dt(), ib=v.ib(), bic=v.sw(), rule="-" * 72,
        hd=" #  | card                    | auth         | amount        | cardholder")  # fmt: skip
    for i in range(v.r.randint(3, 5)):
        g, f, _ = v.name()
        holder = P("PERSON", v.pick(f"{f.upper()} {g.upper()}", f"{g} {f}", f"{g[0]}. {f}".upper()))
        d.fmt(" {i}  | {cc} | {auth} | {amt} | {h}\n", i=str(i + 1), cc=v.cc(), auth=v.k(kp.auth_code),
              amt=v.money(900), h=holder)  # fmt: skip
    g, f, n = v.person()
    return d.fmt(
        "{rule}\nNet {amt}  (fees {pc}); ARN {arn}\nChargeback contact: {n}, {t}, {e}\n"
        "Acquirer LEI {lei}; parent listed as {tk} (ISIN {isin}, CUSIP {cusip})\n",
        rule="-" * 72, amt=v.money(4000), pc=v.k(kp.percent), arn=v.k(kp.lookalike), n=n, t=v.tel(), e=v.mail(g, f),
        lei=v.k(kp.lei), tk=v.k(kp.ticker), isin=v.k(kp.isin), cusip=v.k(kp.cusip))  # fmt: skip


def seafarer_allotment_payslip(v: V) -> Doc:
    return Doc().fmt(
        "{ves}   {imo}   Manager: {co}\nSEAFARER WAGE ACCOUNT — {mon}\n\nName / Rank: {n} / {rank}\n"
        "Date of birth: {dob}     Port of engagement: {c}\nCrew ref. {ref}\n\n"
        "EARNINGS                          DEDUCTIONS\nBasic wage     {a1}          Allotment     {a4}\n"
        "Overtime       {a2}          Slop chest    {a5}\nLeave pay      {a3}          Union dues    {a6}\n\n"
        "Allotment remitted to {ben} ({rel}), account {ib}, {bic}.\nNext of kin address:\n{a}\nNext of kin phone: {t}\n\n"
        "Master: {cap}     Paid off at {c2} on {dt}     ({cit})\n",
        ves=v.k(kp.vessel), imo=v.k(kp.imo), co=v.k(kp.company), mon=v.lab(v.pick("MARCH", "JULY", "NOVEMBER", "JANUARY")),
        n=v.n(), rank=v.lab(v.pick("Able Seaman", "Oiler", "2nd Engineer", "Chief Cook", "Bosun", "3rd Officer")),
        dob=v.born(), c=v.k(kp.city), ref=v.k(kp.reference), a1=v.money(3000), a2=v.money(900), a3=v.money(600),
        a4=v.money(2000), a5=v.money(80), a6=v.money(40), ben=v.n(),
        rel=v.lab(v.pick("wife", "mother", "husband", "esposa", "mãe", "épouse", "жена", "eşi", "istri")), ib=v.ib(),
        bic=v.sw(), a=v.addr(), t=v.tel(), cap=v.n(), c2=v.k(kp.city), dt=v.dt(), cit=v.k(kp.citation))  # fmt: skip


# ------------------------------------------------------------------------------------------------ legal


def process_server_return_of_service(v: V) -> Doc:
    g, f, n = v.person()
    issuer, dl = v.dl()
    plaintiff: P | K = v.n() if v.r.random() < 0.5 else v.k(kp.company)
    return Doc().fmt(
        "IN THE {court}\n{dk}\n\n{pl}, Plaintiff,\n    v.\n{de}, Defendant.\n\nAFFIDAVIT OF SERVICE\n\n"
        "I, {srv}, being duly sworn, state that I am over eighteen and not a party to this action. On {dt} at {tm} I "
        "served the summons and complaint on {de2} by handing copies to the defendant in person at\n{a}\n"
        "The person served identified themself with driver's licence {dl} ({iss}), gave a date of birth of {dob} "
        "and confirmed the mobile number {t}.\n\nMileage {amt}; service fee {amt2}. Served under {cit}.\n\n"
        "____________________\n{srv2}, registered process server\n\nSubscribed and sworn before me on {dt2}.\n"
        "Notary public: {no}     My commission expires {dt3}\n",
        court=K("COURT", v.pick("DISTRICT COURT OF ROBESON COUNTY", "SUPERIOR COURT FOR THE STATE OF ALASKA",
                                 "CIRCUIT COURT OF THE THIRD JUDICIAL DISTRICT", "TRIBUNAL JUDICIAIRE D'AMIENS")),
        dk=v.k(kp.docket), pl=plaintiff, de=n, srv=v.n(), dt=v.dt(), tm=v.k(kp.clock), de2=P("PERSON", f"{g} {f}"),
        a=v.addr(), dl=dl, iss=K("ISSUER", issuer), dob=v.born(), t=v.tel(), amt=v.money(60), amt2=v.money(120),
        cit=v.k(kp.citation), srv2=v.n(), dt2=v.dt(), no=v.n(), dt3=v.dt())  # fmt: skip


def bail_bond_indemnity_agreement(v: V) -> Doc:
    g, f, n = v.person()
    issuer, dl = v.dl()
    return Doc().fmt(
        "{co} BAIL BONDS — GENERAL INDEMNITY AGREEMENT\nDefendant: {de}   Booking no. {bk}   {dk}\n"
        "Bond amount: {amt}   Premium: {amt2}   Collateral: {col}\n\nINDEMNITOR\nName: {n}\nSSN: {s}\nDOB: {dob}\n"
        "Residence:\n{a}\nCell: {t}     Work: {t2}\nEmail: {e}\nEmployer: {emp}\nDriver license: {iss} {dl}\n\n"
        "Premium paid by card {cc}; balance by ACH from routing {aba}, account {acct}.\n"
        "The indemnitor agrees to pay all losses if the defendant fails to appear ({cit}).\n\n"
        "Signed: {sig}     Date: {dt}     Bail agent: {ag}\n",
        co=v.k(kp.company), de=v.n(), bk=K("BOOKING", v.digits(7)), dk=v.k(kp.docket), amt=v.money(50000),
        amt2=v.money(5000), col=v.lab(v.pick("vehicle title", "none", "real property", "jewelry")), n=n, s=v.sn(),
        dob=v.born(), a=v.addr(), t=v.tel(), t2=v.tel(ext=True), e=v.mail(g, f), emp=v.k(kp.company), iss=K("ISSUER", issuer),
        dl=dl, cc=v.cc(), aba=v.k(kp.aba), acct=v.k(kp.lookalike), cit=v.k(kp.citation), sig=P("PERSON", f"{g} {f}"),
        dt=v.dt(), ag=v.n())  # fmt: skip


def hsa_reimbursement_claim(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt(
        "HEALTH SAVINGS ACCOUNT — REIMBURSEMENT REQUEST\nAdministrator: {co}\n\nAccount holder: {n}\nSSN: {s}     "
        "Date of birth: {dob}\nMailing address: {a}\nDaytime phone: {t}\nPatient if not holder: {dep}, born {ddob}\n\n"
        "Date of service | Provider                         | NPI        | Code  | Amount\n",
        co=v.k(kp.company), n=n, s=v.sn(), dob=v.born(), a=v.addr(lines=False), t=v.tel(), dep=v.n(), ddob=v.born(child=True))  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        d.fmt("{dt} | {prov} | {npi} | {cpt} | {amt}\n", dt=v.dt(), prov=v.k(kp.company, "medical"), npi=v.k(kp.npi),
              cpt=v.k(kp.cpt), amt=v.money(700))  # fmt: skip
    return d.fmt(
        "\nPatient record no. at provider: {mr}\nPay to: direct deposit, routing {aba}, account {acct}\n"
        "Expenses are eligible under {cit}. I certify they were not reimbursed elsewhere.\nSignature: {sig}   Date: {dt}\n",
        mr=v.mr(), aba=v.k(kp.aba), acct=v.k(kp.lookalike), cit=K("CITATION", "26 U.S.C. § 223(f)"),
        sig=P("PERSON", f"{g} {f}"), dt=v.dt())  # fmt: skip


def unemployment_weekly_certification(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt(
        "WEEKLY CERTIFICATION — week ending {dt}\nClaimant: {n}\nSSN: {s}     Claim effective {dt2}\n"
        "Weekly benefit amount {amt}\n\n1. Were you able and available for work?  YES\n"
        "2. Did you look for work?  YES — work search contacts:\n",
        dt=v.dt(), n=P("PERSON", f"{g} {f}".upper()), s=v.sn(), dt2=v.dt(), amt=v.money(700))  # fmt: skip
    for _ in range(v.r.randint(2, 3)):
        d.fmt("   {dt}  {co}  {how}  contact: {hr} {t}\n", dt=v.dt(), co=v.k(kp.company),
              how=v.lab(v.pick("applied online", "in person", "job fair", "by e-mail")), hr=v.n(), t=v.tel())  # fmt: skip
    return d.fmt(
        "3. Did you work or earn money?  NO     Gross earnings {amt}\n4. Did you refuse any work?  NO\n\n"
        "Payments to benefits debit card {cc}\nMailing address on file: {a}\nCertified from {ip} at {ts}; "
        "confirmation sent to {e}. Authority: {cit}\n",
        amt=v.money(10), cc=v.cc(), a=v.addr(lines=False), ip=v.ipa(), ts=v.k(kp.timestamp), e=v.mail(g, f),
        cit=K("CITATION", "20 C.F.R. § 604.5"))  # fmt: skip


# ------------------------------------------------------------------------------------------------ logistics and travel


def livestock_movement_permit(v: V) -> Doc:
    g, f, n = v.person()
    g2, f2, n2 = v.person()
    d = Doc().fmt(
        "ANIMAL MOVEMENT LICENCE\nPermit {ref}     Issued {dt}\n\nDeparture holding: {h1}  ({co})\nKeeper: {n}\n"
        "{a}\nTel. {t}\n\nDestination holding: {h2}, {c}\nReceiving keeper: {n2} <{e}>\n\n"
        "Haulier: {hl}, driving licence {dl}\n\nEar tag              Species              Sex  Animal born\n",
        ref=v.k(kp.reference), dt=v.dt(), h1=v.k(kp.holding), co=v.k(kp.company), n=n, a=v.addr(), t=v.tel(),
        h2=v.k(kp.holding), c=v.k(kp.city), n2=n2, e=v.mail(g2, f2), hl=v.n(), dl=v.dl()[1])  # fmt: skip
    for _ in range(v.r.randint(3, 5)):
        d.fmt("{tag}    {sp}    {sx}    {born}\n", tag=v.k(kp.ear_tag), sp=v.k(kp.species), sx=v.pick("F", "M", "C"),
              born=v.dt())  # fmt: skip
    return d.fmt(
        "\nInspected fit to travel by {vet}, veterinary surgeon, on {dt}. Standstill applies ({cit}).\n",
        vet=v.n(), dt=v.dt(), cit=K("CITATION", "Regulation (EU) 2017/625, art. 2"))  # fmt: skip


def parcel_locker_sms_log(v: V) -> Doc:
    g, f, n = v.person()
    t = v.tel()
    d = Doc().fmt("sms-gateway export {ts} account {co}\ndirection|sent_at|msisdn|body\n", ts=v.k(kp.timestamp),
                  co=v.k(kp.company))  # fmt: skip
    d.fmt("OUT|{ts}|{t}|Hi {g}, parcel {trk} is in locker {lk} at {c}. Pick-up code {code}, collect by {dt}.\n",
          ts=v.k(kp.timestamp), t=t, g=P("PERSON", g), trk=v.k(kp.tracking), lk=K("LOCKER", "L-" + v.digits(4)),
          c=v.k(kp.city), code=v.k(kp.locker_code), dt=v.dt())  # fmt: skip
    d.fmt("IN|{ts}|{t}|cant get there, can u deliver to {a} instead\n", ts=v.k(kp.timestamp),
          t=P("PHONE_NUMBER", t.value), a=v.addr(lines=False))  # fmt: skip
    d.fmt("OUT|{ts}|{t}|Redelivery costs {amt}. Reply YES to charge the card ending on file or pay at the link.\n",
          ts=v.k(kp.timestamp), t=P("PHONE_NUMBER", t.value), amt=v.money(15))  # fmt: skip
    d.fmt("IN|{ts}|{t}|YES. card is {cc}. its for {n}, email {e}\n", ts=v.k(kp.timestamp),
          t=P("PHONE_NUMBER", t.value), cc=v.cc(), n=n, e=v.mail(g, f))  # fmt: skip
    return d.fmt(
        "OUT|{ts}|{t}|Thanks. Courier {cr} will call from {t2} on {dt}. Order {o}.\n", ts=v.k(kp.timestamp),
        t=P("PHONE_NUMBER", t.value), cr=v.given(), t2=v.tel(), dt=v.dt(), o=v.k(kp.order))  # fmt: skip


def bus_charter_seating_chart(v: V) -> Doc:
    d = Doc().fmt(
        "{co} COACH CHARTER — {ref} — departs {dt} {tm} from {c}\nGroup leader: {n}, mobile {t}\n\n"
        "SEAT MAP (driver at front)\n",
        co=v.k(kp.company), ref=v.k(kp.reference), dt=v.dt(), tm=v.k(kp.clock), c=v.k(kp.city), n=v.n(), t=v.tel())  # fmt: skip
    for row in range(1, 4):
        d.fmt("[ {r}A {a} ][ {r}B {b} ]   [ {r}C {c} ][ {r}D {dd} ]\n", r=str(row), a=v.given(), b=v.given(),
              c=v.given(), dd=P("PERSON", v.name()[1].upper()))  # fmt: skip
    d.fmt(
        "\nPASSENGER LIST FOR THE BORDER CROSSING\nseat  name                          born          licence / ID\n"
    )
    for _ in range(v.r.randint(3, 5)):
        d.fmt("{s}   {n}   {dob}   {dl}\n", s=v.k(kp.seat), n=v.n(), dob=v.born(), dl=v.dl()[1])
    return d.fmt("\nEmergency contact at base: {ec}, {t}\nCharter price {amt} paid by {cc}\n", ec=v.n(), t=v.tel(),
                 amt=v.money(3500), cc=v.cc())  # fmt: skip


def hotel_guest_registration_card(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{co}\nGUEST REGISTRATION CARD / {loc}\n\nRoom {room}    Arrival {dt}    Departure {dt2}    Rate {amt}\n\n"
        "Name / {nm}: {n}\nDate of birth / {born}: {dob}\nHome address / {addr}:\n{a}\nPhone / {ph}: {t}\n"
        "E-mail / {em}: {e}\nID document: driving licence {dl}\nPayment guarantee: {cc}\n"
        "Accompanying guests: {g1}, {g2}\nCompany: {firm}   Corporate rate code {code}\n\n{sig} / Signature: {sg}\n",
        co=v.k(kp.company), loc=v.lab(v.pick("FICHE DE POLICE", "TARJETA DE REGISTRO", "MELDESCHEIN", "FICHA DE HÓSPEDE",
                                             "INSCHRIJVINGSKAART", "КАРТОЧКА ГОСТЯ", "KONAKLAMA FORMU", "숙박 등록 카드")),
        room=v.k(kp.room), dt=v.dt(), dt2=v.dt(), amt=v.money(400), nm=v.w("name"), n=n, born=v.w("born"), dob=v.born(),
        addr=v.w("address"), a=v.addr(), ph=v.w("phone"), t=v.tel(foreign=v.r.random() < 0.4), em=v.w("email"),
        e=v.mail(g, f), dl=v.dl()[1], cc=v.cc(), g1=v.n(), g2=v.given(), firm=v.k(kp.company),
        code=K("RATE_CODE", v.letters(3) + v.digits(2)), sig=v.w("signed"), sg=P("PERSON", f"{g} {f}"))  # fmt: skip


# ------------------------------------------------------------------------------------------------ medical


def yellow_fever_certificate_ocr(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "I N T E R N A T I O N A L   C E R T l F l C A T E   0 F   V A C C l N A T l 0 N\n"
        "0R   PR0PHYLAX l S\n\nThis  is  to  certify  that  [name]   {n}\ndate  of  birth   {dob}     sex  {sx}\n"
        "nati0nal  identificati0n  d0cument ,  if  applicable   {dl}\nwh0se  signature  f0ll0ws   {sig}\n"
        "has  0n  the  date  indicated  been  vaccinated  against   YELL0W  FEVER   ({icd})\nin  accordance  with  {cit}\n\n"
        "Vaccine      |  Date        |  Clinician        |  Manufacturer and batch  |  Valid\n"
        "Yell0w fever |  {dt}  |  {clin}  |  {prod} {lot}  |  life 0f pers0n\n\nOfficial stamp:  {centre}\n"
        "Client rec0rd  {mr}     c0ntact  {t}\n[ocr c0nfidence {pc}]\n",
        n=n, dob=v.born(), sx=v.pick("F", "M"), dl=v.dl()[1], sig=P("PERSON", f"{g} {f}"), icd=K("ICD10", "Z24.3"),
        cit=K("CITATION", "International Health Regulations (2005), Annex 7"), dt=v.dt(), clin=v.n(),
        prod=K("PRODUCT", v.pick("Stamaril", "YF-VAX")), lot=v.k(kp.batch), centre=v.k(kp.company, "medical"),
        mr=v.mr(), t=v.tel(), pc=v.k(kp.percent))  # fmt: skip


def cardiac_rehab_exercise_log(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt(
        "{hosp} — Cardiac Rehabilitation, Phase II\nPatient: {n}     MRN {mr}     DOB {dob}\nDiagnosis {icd}; billed {cpt}\n"
        "Referred by {dr}; exercise physiologist {ep}\n\nSess | Date        | Rest HR | Peak HR | BP      | METs | RPE | Modality\n",
        hosp=v.k(kp.company, "medical"), n=n, mr=v.mr(), dob=v.born(), icd=K("ICD10", v.pick("I25.10", "Z95.1", "I21.4")),
        cpt=K("CPT", v.pick("93798", "93797")), dr=v.n(), ep=v.given())  # fmt: skip
    for i in range(v.r.randint(3, 5)):
        d.fmt(f"{i + 1:>4} | {{dt}} | {v.r.randint(55, 90):>7} | {v.r.randint(95, 150):>7} | "
              f"{v.r.randint(105, 160)}/{v.r.randint(60, 95)} | {v.r.randint(2, 8)}.{v.r.randint(0, 9)}  | "
              f"{v.r.randint(9, 15):>3} | {{mod}}\n", dt=v.dt(),
              mod=v.lab(v.pick("treadmill", "arm ergometer", "NuStep", "cycle ergometer", "rower")))  # fmt: skip
    return d.fmt(
        "\nHome programme e-mailed to {e}; heart-rate monitor {prod} paired.\nNext review {dt}. Patient mobile {t}\n"
        "Home address: {a}\n",
        e=v.mail(g, f), prod=K("PRODUCT", v.pick("Polar H10", "Garmin Forerunner 265")), dt=v.dt(), t=v.tel(), a=v.addr(lines=False))  # fmt: skip


def blood_donor_deferral_letter(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{centre}\nBlood Donation Service\n\n{dt}\n\n{n}\n{a}\n\nDonor number: {mr}     Date of birth: {dob}\n\n"
        "Dear {ti} {fam},\n\nThank you for attending our session at {c} on {dt2}. The screening sample you gave showed "
        "{why} (code {icd}), so we were unable to accept your donation this time. You may donate again after {dt3}.\n\n"
        "If you would like to talk this through, our nurses can call you on {t}; a copy of this letter has also been "
        "sent to {e}.\n\nYours sincerely,\n\n{dr}\nConsultant in Transfusion Medicine\n\ncc: {gp}, general practitioner\n",
        centre=v.k(kp.company, "medical"), dt=v.dt(), n=n, a=v.addr(), mr=v.mr(), dob=v.born(),
        ti=v.pick("Mr", "Ms", "Mx", "Dr"), fam=P("PERSON", f), c=v.k(kp.city), dt2=v.dt(),
        why=v.lab(v.pick("a low haemoglobin level", "a raised ALT", "recent travel to a malaria area", "a low ferritin level")),
        icd=K("ICD10", v.pick("D50.9", "R79.89", "Z53.09")), dt3=v.dt(), t=v.tel(), e=v.mail(g, f), dr=v.n(), gp=v.n())  # fmt: skip


def dental_recall_postcard_batch(v: V) -> Doc:
    d = Doc().fmt(
        "MAIL MERGE — recall postcards — {clinic} — printed {dt}\n",
        clinic=v.k(kp.company, "medical"),
        dt=v.dt(),
    )
    for _ in range(v.r.randint(3, 4)):
        g, f, n = v.person()
        d.fmt(
            "{rule}\n{n}\n{a}\n\nHi {g}! It is time for your check-up and clean ({cpt}). Last visit {dt}.\n"
            "Our records: DOB {dob}, chart {mr}. We will text {t} two days before.\n",
            rule="-" * 40, n=n, a=v.addr(), g=P("PERSON", g), cpt=K("CPT", v.pick("D0120", "D1110")), dt=v.dt(),
            dob=v.born(), mr=v.mr(), t=v.tel())  # fmt: skip
    return d.fmt("{rule}\nbatch {b}: postage {amt}\n", rule="-" * 40, b=v.k(kp.batch), amt=v.money(60))


# ------------------------------------------------------------------------------------------------ telecom and support


def number_port_request_form(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{co} — MOBILE NUMBER PORTABILITY REQUEST\n\nNumber(s) to port:  {t}\n                    {t2}\n"
        "Losing provider:    {old}\nAccount no. there:  {acct}\nPort authorisation: {pac}\nNew SIM serial:     {iccid}\n\n"
        "Account holder:     {n}\nBilling address:\n{a}\n{born}:     {dob}\n{em}:     {e}\n"
        "Identity checked:   driving licence {dl}\n\nDevice {prod} on instalments of {amt} per month; deposit paid by {cc}.\n"
        "Requested port date {dt}. Store: {c}. Sales rep: {rep}. Customer signature: {sig}\n",
        co=v.k(kp.company), t=v.tel(), t2=v.tel(), old=v.k(kp.company), acct=v.k(kp.lookalike), pac=v.k(kp.port_ref),
        iccid=v.k(kp.imsi_like), n=n, a=v.addr(), born=v.w("born"), dob=v.born(), em=v.w("email"), e=v.mail(g, f),
        dl=v.dl()[1], prod=K("PRODUCT", v.pick("iPhone 15 Pro", "Galaxy A54", "Moto G84")), amt=v.money(90), cc=v.cc(),
        dt=v.dt(), c=v.k(kp.city), rep=v.given(), sig=P("PERSON", f"{g} {f}"))  # fmt: skip


def roaming_dispute_call_notes(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "[CRM] Case {tk} — Billing dispute — opened {ts} by agent {ag}\nCaller: {n} (verified: DOB {dob}, last payment {amt})\n"
        "Line: {t}\nNotes:\n- cust travelling in {c}, says roaming pass was active; charged {amt2} on {dt}\n"
        "- data sessions from {ip} and {ip2} via the partner network\n- offered goodwill credit {amt3}; cust wants refund to card {cc}\n"
        "- statement to be e-mailed to {e}\n- callback on {t2} after 17:00\n- escalated to {sup} (team lead), ref {ref}\n"
        "Wrap-up code: BILL-ROAM-{w}\n",
        tk=v.k(kp.ticket), ts=v.k(kp.timestamp), ag=v.given(), n=n, dob=v.born(), amt=v.money(120), t=v.tel(),
        c=v.k(kp.city), amt2=v.money(600), dt=v.dt(), ip=v.ipa(), ip2=v.ipa(), amt3=v.money(50), cc=v.cc(), e=v.mail(g, f),
        t2=v.tel(foreign=True), sup=v.n(), ref=v.k(kp.reference), w=v.digits(2))  # fmt: skip


def first_notice_of_loss_json(v: V) -> Doc:
    g, f, n = v.person()
    g2, f2, n2 = v.person()
    return Doc().fmt(
        '{{\n  "claim": "{cl}",\n  "policy": "{po}",\n  "reported_at": "{ts}",\n  "channel": "app {ver}",\n'
        '  "insured": {{\n    "given_name": "{g}",\n    "family_name": "{f}",\n    "dob": "{dob}",\n    "phone": "{t}",\n'
        '    "email": "{e}",\n    "licence": "{dl}",\n    "address": "{a}"\n  }},\n'
        '  "loss": {{\n    "date": "{dt}",\n    "type": "collision",\n    "location": "{c}",\n    "vin": "{vin}",\n'
        '    "estimate": "{amt}"\n  }},\n  "third_party": {{\n    "name": "{n2}",\n    "phone": "{t2}",\n    "insurer": "{co}"\n  }},\n'
        '  "payout": {{\n    "iban": "{ib}",\n    "bic": "{bic}"\n  }},\n  "client_ip": "{ip}"\n}}\n',
        cl=v.k(kp.claim), po=v.k(kp.policy), ts=v.k(kp.timestamp), ver=v.k(kp.version), g=P("PERSON", g), f=P("PERSON", f),
        dob=v.born(), t=v.tel(), e=v.mail(g, f), dl=v.dl()[1], a=v.addr(lines=False), dt=v.dt(), c=v.k(kp.city),
        vin=v.k(kp.vin), amt=v.money(9000), n2=n2, t2=v.tel(), co=v.k(kp.company), ib=v.ib(), bic=v.sw(), ip=v.ipa())  # fmt: skip


def helpdesk_ticket_markdown_thread(v: V) -> Doc:
    g, f, n = v.person()
    e = v.mail(g, f)
    ver = v.k(kp.version)
    return Doc().fmt(
        "## [{tk}] Can't log in after updating to {ver}\n\n**Reporter:** {n} (`{e}`)  \n**Customer since:** {dt}  \n"
        "**Order:** {o}\n\n> I updated the app to {ver} this morning and now it says my account is locked.\n\n"
        "### Log excerpt\n\n```\n{ts} WARN auth.failed user={e2} ip={ip}\n{ts2} WARN auth.failed user={e3} ip={ip2}\n"
        "{ts3} INFO mfa.sms sent to={t}\n```\n\n---\n**{ag}** replied:\n\nHi {g}, the lock was triggered by the failed "
        "attempts from {ip3}. I have unlocked it. The card on file is {cc} and we will post the replacement token to "
        "{a}.\n\n---\n**{low}** replied:\n\nthanks! can you also change my number to {t2}\n",
        tk=v.k(kp.ticket), ver=ver, n=n, e=e, dt=v.dt(), o=v.k(kp.order), ts=v.k(kp.timestamp), e2=P(e.kind, e.value),
        ip=v.ipa(), ts2=v.k(kp.timestamp), e3=P(e.kind, e.value), ip2=v.ipa(), ts3=v.k(kp.timestamp), t=v.tel(),
        ag=v.given(), g=P("PERSON", g), ip3=v.ipa(), cc=v.cc(), a=v.addr(lines=False), low=P("PERSON", f"{g} {f}".lower()),
        t2=v.tel())  # fmt: skip


# ------------------------------------------------------------------------------------------------ education, government, leisure


def school_trip_consent_form(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{school}\nEDUCATIONAL VISIT — PARENTAL CONSENT\n\nVisit: {dest} on {dt}; cost {amt}; coach leaves {tm}\n\n"
        "Pupil: {child}     Class {cls}     Date of birth: {cdob}\nMedical needs: asthma ({icd}); GP record no. {mr}\n\n"
        "Parent / guardian: {n}     {rel}: {r}\n{addr}:\n{a}\nMobile during the visit: {t}\nWork: {t2}\n{em}: {e}\n"
        "Second contact: {n2}, {t3}\n\nPaid by card {cc}, receipt {o}.\nI give permission for my child to take part. "
        "{sig}: {sg}     Date: {dt2}\n",
        school=v.k(kp.company), dest=v.k(kp.city), dt=v.dt(), amt=v.money(120), tm=v.k(kp.clock),
        child=P("PERSON", v.pick(v.name()[2], v.name()[2].upper())), cls=v.lab(v.pick("5B", "Year 7", "CM2", "4e", "Klasse 6a")),
        cdob=v.born(child=True), icd=K("ICD10", "J45.909"), mr=v.mr(), n=n, rel=v.w("relation"),
        r=v.lab(v.pick("mother", "father", "grandmother", "mère", "madre", "Vater", "мать", "ibu", "어머니")),
        addr=v.w("address"), a=v.addr(), t=v.tel(), t2=v.tel(ext=True), em=v.w("email"), e=v.mail(g, f), n2=v.n(), t3=v.tel(),
        cc=v.cc(), o=v.k(kp.order), sig=v.w("signed"), sg=P("PERSON", f"{g} {f}"), dt2=v.dt())  # fmt: skip


def transcript_request_email_thread(v: V) -> Doc:
    g, f, n = v.person()
    e = v.mail(g, f)
    return Doc().fmt(
        "From: {uni} Records <no-reply@records.example.edu>\nTo: {e}\nSubject: RE: Official transcript request ({stu})\n"
        "Date: {ts}\n\nDear {g},\n\nWe have received your payment of {amt} and will post two sealed transcripts to the "
        "address you gave within ten working days.\n\nRegistry team\n{off}\n\n> On {dt}, {n} <{e2}> wrote:\n"
        "> Hello, I graduated in {yr} ({stu}). Please send two copies to {a}.\n> My date of birth is {dob} and my phone "
        "is {t}.\n> I paid with card {cc}.\n> Thanks, {low}\n",
        uni=v.k(kp.company), e=e, stu=v.k(kp.student), ts=v.k(kp.timestamp), g=P("PERSON", g), amt=v.money(40),
        off=v.n(), dt=v.dt(), n=n, e2=P(e.kind, e.value), yr=K("YEAR", str(v.r.randint(1985, 2022))),
        a=v.addr(lines=False), dob=v.born(), t=v.tel(), cc=v.cc(), low=P("PERSON", g.lower()))  # fmt: skip


def apostille_request_cover_letter(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{n}\n{a}\n{t}  ·  {e}\n\n{dt}\n\n{auth}\nLegalisation Office\n\nRe: Request for apostilles — {ref}\n\n"
        "Dear Sir or Madam,\n\nPlease find enclosed the following public documents for legalisation under the {cit}:\n"
        "  1. Birth certificate of {child}, born {dob}, issued by the civil registry of {c}\n"
        "  2. Court order in {dk}\n  3. Diploma issued by {co}\n\nThe fee of {amt} has been paid by card {cc}. "
        "Please return the documents by courier to the address above.\n\nYours faithfully,\n\n{sig}\n{caps}\n",
        n=n, a=v.addr(), t=v.tel(), e=v.mail(g, f), dt=v.dt(),
        auth=K("AUTHORITY", v.pick("Ministry of Foreign Affairs", "Foreign, Commonwealth & Development Office",
                                   "Secretaría de Relaciones Exteriores", "Bundesverwaltungsamt", "Ministère de l'Europe et des Affaires étrangères")),
        ref=v.k(kp.reference), cit=K("CITATION", "Hague Apostille Convention, art. 3"), child=v.n(), dob=v.born(child=True),
        c=v.k(kp.city), dk=v.k(kp.docket), co=v.k(kp.company), amt=v.money(150), cc=v.cc(), sig=P("PERSON", f"{g} {f}"),
        caps=P("PERSON", f"{g} {f}".upper()))  # fmt: skip


def marina_berth_rental_agreement(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{marina}\nANNUAL BERTH LICENCE AGREEMENT\n\n{berth}     Term of twelve months from {dt}, renewable by {dt2}\nLicence fee {amt} plus metered "
        "electricity at {amt2} per kWh\n\nLICENSEE: {n}, of {a}, born {dob}, mobile {t}, e-mail {e}.\n"
        "VESSEL: \"{boat}\", hull identification number {hin}, LOA {loa} m, engine {eng}.\n"
        "INSURANCE: {ins}, {po}, third-party cover {amt3}.\n\n1. The licence gives no right of residence aboard.\n"
        "2. The Licensee shall keep the vessel seaworthy and insured.\n3. Fees are payable by direct debit from {ib} "
        "(BIC {bic}), mandate reference {ref}.\n\nJoint owner: {n2}\nSigned for the marina: {mgr}     Licensee: {sig}\n",
        marina=v.k(kp.company), berth=v.k(kp.berth), dt=v.dt(), dt2=v.dt(), amt=v.money(6000), amt2=K("AMOUNT", f"0.{v.r.randint(20, 60)}"), n=n, a=v.addr(lines=False), dob=v.born(), t=v.tel(),
        e=v.mail(g, f), boat=K("BOAT", v.pick("Sea Biscuit", "Kalinda", "Mariposa", "Nyota", "Wind Dancer")),
        hin=v.k(kp.hull), loa=str(v.r.randint(6, 18)), eng=K("PRODUCT", v.pick("Yamaha F150XB", "Volvo Penta D2-75")),
        ins=v.k(kp.company), po=v.k(kp.policy), amt3=v.money(5000), ib=v.ib(), bic=v.sw(), ref=v.k(kp.reference),
        n2=v.n(), mgr=v.n(), sig=P("PERSON", f"{g} {f}"))  # fmt: skip


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    remittance_kiosk_receipt,
    kyc_onboarding_yaml_record,
    merchant_settlement_batch_report,
    seafarer_allotment_payslip,
    process_server_return_of_service,
    bail_bond_indemnity_agreement,
    hsa_reimbursement_claim,
    unemployment_weekly_certification,
    livestock_movement_permit,
    parcel_locker_sms_log,
    bus_charter_seating_chart,
    hotel_guest_registration_card,
    yellow_fever_certificate_ocr,
    cardiac_rehab_exercise_log,
    blood_donor_deferral_letter,
    dental_recall_postcard_batch,
    number_port_request_form,
    roaming_dispute_call_notes,
    first_notice_of_loss_json,
    helpdesk_ticket_markdown_thread,
    school_trip_consent_form,
    transcript_request_email_thread,
    apostille_request_cover_letter,
    marina_berth_rental_agreement,
)
US_ONLY = ("bail_bond_indemnity_agreement", "hsa_reimbursement_claim", "unemployment_weekly_certification")
US_LOCALES = ("lum-US", "tli-US", "esu-US")


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
