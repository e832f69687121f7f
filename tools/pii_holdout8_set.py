"""The eighth holdout PII set: `python -m tools.pii_holdout8_set` writes benchmarks/pii_intl/holdout8.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written without opening Charter's
recognizers, their word lists, the benchmark's results or any misses file, and the scrubber was never run on
it while it was written. The earlier sets (tools/pii_intl_set.py, tools/pii_holdout*_set.py) were read only to
avoid their families, sentences and renderings: every family here is new (ACATS brokerage transfer forms,
bureau-de-change receipts, crypto-exchange KYC refresh JSON lines, money-remittance send forms, credit-bureau
dispute letters, jury summons replies, arbitration award excerpts, OCR'd small-claims forms, naturalisation
referee declarations, HL7 v2 ADT messages, telehealth chat logs, physiotherapy progress notes, spectacle
prescriptions, dialysis flowsheets, home-care visit rotas, school enrolment forms, ferry passenger manifests,
coworking member JSON, Slack channel JSON exports, on-call ConfigMap YAML, LDIF directory exports, SQL insert
dumps, postal redirection requests and volunteer rosters as markdown tables).

Values come from tools/pii_holdout8_values.py: every person name from hand-written lists of real given names
and surnames (Hausa, Akan, Zulu, Xhosa, Somali, Swahili, Malagasy, Bengali, Marathi, Gujarati, Sinhala,
Nepali, Thai, Khmer, Burmese, Lao, Malay, Hawaiian, Fijian, Inuit, Navajo, Hungarian, Czech, Slovak, Slovene,
Croatian, Serbian, Bulgarian, Romanian, Lithuanian, Latvian, Estonian, Icelandic, Faroese, Catalan, Galician,
Occitan, Corsican, Persian, Kurdish, Pashto, Urdu, Egyptian Arabic, Hebrew, Azerbaijani, Uzbek, Tatar, Chinese,
Cantonese, Japanese and Korean, in Latin and native scripts), none from Faker or Mimesis; street lines from
hand-written street and city lists; phones from the `phonenumbers` library's metadata, each rendering read back
as valid from the document's country; cards, IBANs, BICs, SSNs, driver's licences and record numbers from
their published layouts and check digits. Must-keep values come from tools/pii_holdout8_keep.py.

Schema as the international set's: `{"id", "split", "family", "locale", "text", "pii": [{"type", "start",
"end"}], "keep": [{"type", "value"}]}`. A span covers the value as written: a phone number with its extension,
a street line with the postcode and city written with it (over two lines where the document breaks it), a name
without its title.

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

from tools import pii_holdout8_keep as kp
from tools.pii_holdout8_values import LOCALES, STREETS, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout8.jsonl"
SEED = 318467
DOCUMENTS = 504
SPLIT = "holdout8"

# Form labels in the document's language.
WORDS = {
    "phone": {"en": "Phone", "sw": "Simu", "fr": "Téléphone", "th": "โทรศัพท์", "ms": "Telefon", "hu": "Telefonszám",
              "cs": "Telefon", "sk": "Telefón", "sl": "Telefon", "hr": "Telefon", "sr": "Telefon", "bg": "Телефон",
              "ro": "Telefon", "lt": "Telefonas", "lv": "Tālrunis", "et": "Telefon", "is": "Sími", "da": "Telefon",
              "ca": "Telèfon", "es": "Teléfono", "ar": "هاتف", "he": "טלפון", "ru": "Телефон", "zh": "电话",
              "ja": "電話番号", "ko": "전화번호"},
    "born": {"en": "Date of birth", "sw": "Tarehe ya kuzaliwa", "fr": "Date de naissance", "th": "วันเกิด",
             "ms": "Tarikh lahir", "hu": "Születési dátum", "cs": "Datum narození", "sk": "Dátum narodenia",
             "sl": "Datum rojstva", "hr": "Datum rođenja", "sr": "Datum rođenja", "bg": "Дата на раждане",
             "ro": "Data nașterii", "lt": "Gimimo data", "lv": "Dzimšanas datums", "et": "Sünniaeg",
             "is": "Fæðingardagur", "da": "Fødselsdato", "ca": "Data de naixement", "es": "Fecha de nacimiento",
             "ar": "تاريخ الميلاد", "he": "תאריך לידה", "ru": "Дата рождения", "zh": "出生日期", "ja": "生年月日",
             "ko": "생년월일"},
    "address": {"en": "Address", "sw": "Anwani", "fr": "Adresse", "th": "ที่อยู่", "ms": "Alamat", "hu": "Lakcím",
                "cs": "Adresa", "sk": "Adresa", "sl": "Naslov", "hr": "Adresa", "sr": "Adresa", "bg": "Адрес",
                "ro": "Adresă", "lt": "Adresas", "lv": "Adrese", "et": "Aadress", "is": "Heimilisfang",
                "da": "Adresse", "ca": "Adreça", "es": "Dirección", "ar": "العنوان", "he": "כתובת", "ru": "Адрес",
                "zh": "地址", "ja": "住所", "ko": "주소"},
    "name": {"en": "Full name", "sw": "Jina kamili", "fr": "Nom complet", "th": "ชื่อ-นามสกุล", "ms": "Nama penuh",
             "hu": "Név", "cs": "Jméno a příjmení", "sk": "Meno a priezvisko", "sl": "Ime in priimek",
             "hr": "Ime i prezime", "sr": "Ime i prezime", "bg": "Име", "ro": "Nume și prenume",
             "lt": "Vardas, pavardė", "lv": "Vārds, uzvārds", "et": "Nimi", "is": "Nafn", "da": "Navn",
             "ca": "Nom i cognoms", "es": "Nombre y apellidos", "ar": "الاسم الكامل", "he": "שם מלא", "ru": "ФИО",
             "zh": "姓名", "ja": "氏名", "ko": "성명"},
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

    def addr(self, lines: bool = True) -> P:
        return P("STREET_ADDRESS", self.street(lines))

    def addr_parts(self) -> tuple[P, str, str]:
        """(street line with its number, city, postcode) for formats that keep them in separate fields."""
        streets, cities, _ = STREETS[self.loc.country]
        city, post = self.r.choice(cities)
        return (
            P("STREET_ADDRESS", f"{self.r.randint(2, 380)} {self.r.choice(streets)}"),
            city,
            self.shape(post),
        )

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


def brokerage_acats_transfer_form(v: V) -> Doc:
    g, f, n = v.person()
    _, dl = v.dl()
    d = Doc().fmt(
        "{co}\n{ti}\nReceiving firm account no. assigned on approval   Form {ver}\n\n"
        "Section 1 - Account owner(s)\n  Primary: {n}    SSN/TIN: {s}    DOB: {dob}\n  Joint: {n2}    SSN/TIN: {s2}\n"
        "  Mailing address:\n  {a}\n  Daytime phone {t}   Evening {t2}\n  Email {e}\n  Photo ID (state DL) {dl}\n\n"
        "Section 2 - Delivering firm: {co2}   DTC participant {dtc}\n"
        "Section 3 - Transfer type: [{x}] Full  [{y}] Partial (list below)\n",
        co=v.k(kp.company), ti=v.title("TRANSFER INITIATION FORM (ACATS)"), ver=v.k(kp.version), n=n, s=v.sn(), dob=v.born(),
        n2=v.n(), s2=v.sn(), a=v.addr(), t=v.tel(), t2=v.tel(ext=True), e=v.mail(g, f), dl=dl, co2=v.k(kp.company),
        dtc=K("DTC", v.digits(4)), x=v.pick("X", " "), y=v.pick(" ", "X"))  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        d.fmt("    {tk}  ISIN {isin}  CUSIP {cu}   qty {q}   est. value {amt}\n", tk=v.k(kp.ticker), isin=v.k(kp.isin), cu=v.k(kp.cusip),
              q=str(v.r.randint(5, 900)), amt=v.money(90000))  # fmt: skip
    return d.fmt("Cash balance to transfer {amt}. Governed by {cit}. Signed {dt}.\nRep code {rc}; OSJ {c}\n",
                 amt=v.money(), cit=K("CITATION", "FINRA Rule 11870"), dt=v.dt(), rc=K("CODE", "RR-" + v.letters(2) + v.digits(2)),
                 c=v.k(kp.city))  # fmt: skip


def bureau_de_change_receipt(v: V) -> Doc:
    _, dl = v.dl()
    cur = v.pick("EUR", "USD", "GBP", "JPY", "AED", "THB")
    return Doc().fmt(
        "{co} — {c} counter 3\n{ti}   No. {inv}   {dt} {tm}\n----------------------------------------\n"
        "WE SELL {cur}   {q}\nRATE {fx}   COMMISSION {pct}\nYOU PAY {amt}\n----------------------------------------\n"
        "Customer (transactions over threshold):\n{n}\n{a}\n{bn}: {dob}\nID sighted: driving licence {dl}\n"
        "{ph}: {t}\nPaid by card {cc}  AUTH {au}\nCashier: {cs}\nKeep this receipt for buy-back within 30 days.\n",
        co=v.k(kp.company), c=v.k(kp.city), ti=v.title("FOREIGN CURRENCY RECEIPT"), inv=v.k(kp.invoice), dt=v.dt(),
        tm=K("TIME", f"{v.r.randint(8, 19):02d}:{v.r.randint(0, 59):02d}"), cur=K("CURRENCY", cur),
        q=K("AMOUNT", f"{cur} {v.r.randint(3, 60) * 50:,}.00"), fx=K("RATE", f"{v.r.randint(0, 160)}.{v.digits(4)}"),
        pct=v.k(kp.percent), amt=v.money(), n=v.n(), a=v.addr(), bn=v.w("born"), dob=v.born(), dl=dl, ph=v.w("phone"),
        t=v.tel(), cc=v.cc(), au=K("AUTH_CODE", v.digits(6)), cs=P("PERSON", v.name()[0]))  # fmt: skip


def crypto_kyc_refresh_jsonl(v: V) -> Doc:
    d = Doc()
    for _ in range(v.r.randint(2, 4)):
        g, f, n = v.person()
        d.fmt(
            '{{"ts":"{ts}","event":"kyc.refresh","uid":"{uid}","tier":"{tier}","full_name":"{n}","birth_date":"{dob}",'
            '"residence":"{a}","contact":{{"email":"{e}","mobile":"{t}"}},"withdrawal_iban":"{ib}","bic":"{sw}",'
            '"login_ip":"{ip}","risk_score":{rs},"screening":"{sc}","app":"{ver}"}}\n',
            ts=K("TIMESTAMP", f"{v.r.randint(2023, 2026)}-{v.r.randint(1, 12):02d}-{v.r.randint(1, 28):02d}T{v.r.randint(0, 23):02d}:{v.r.randint(0, 59):02d}:00Z"),
            uid=K("USER_ID", "usr_" + "".join(v.r.choice("abcdef0123456789") for _ in range(12))),
            tier=K("LABEL", v.pick("L2-enhanced", "L1-basic", "L3-institutional")), n=n, dob=v.born(),
            a=v.addr(lines=False), e=v.mail(g, f), t=v.tel(), ib=v.ib(), sw=v.sw(), ip=v.ipa(), rs=str(v.r.randint(1, 99)),
            sc=K("STATUS", v.pick("clear", "pep-hit-cleared", "manual-review")), ver=v.k(kp.version))  # fmt: skip
    return d


def remittance_send_form(v: V) -> Doc:
    g, f, n = v.person()
    _, dl = v.dl()
    dest = v.pick("AE", "SA", "QA", "GB", "DE", "KW", "BH")
    return Doc().fmt(
        "{co}  |  {ti}\nControl no. {ref}   Agent {c}   {dt}\n\nSENDER\n{nm}: {n}\n{ad}: {a}\n{bn}: {dob}\n"
        "{ph}: {t}\nID: driving licence {dl}\n\nRECEIVER\nName: {n2}\nMobile (abroad): {t2}\nBank account {ib}\nBIC {sw}\n\n"
        "Send amount {amt}  Fee {fee}  Rate {fx}\nPurpose: {pp}   Relationship: {rl}\nSource of funds: salary\n"
        "I confirm the details above. Sender signature ______  Reference printed for sender: {ref2}\n",
        co=v.k(kp.company), ti=v.title("SEND MONEY FORM"), ref=v.k(kp.reference), c=v.k(kp.city), dt=v.dt(), nm=v.w("name"),
        n=n, ad=v.w("address"), a=v.addr(), bn=v.w("born"), dob=v.born(), ph=v.w("phone"), t=v.tel(), dl=dl, n2=v.n(),
        t2=v.tel(foreign=True), ib=v.ib(dest), sw=v.sw(), amt=v.money(), fee=v.money(30),
        fx=K("RATE", f"{v.r.randint(0, 400)}.{v.digits(3)}"), pp=K("LABEL", v.pick("family support", "school fees", "medical bills")),
        rl=K("LABEL", v.pick("sibling", "parent", "spouse", "cousin")), ref2=v.k(kp.order))  # fmt: skip


def credit_bureau_dispute_letter(v: V) -> Doc:
    g, f, n = v.person()
    _, dl = v.dl()
    return Doc().fmt(
        "{n}\n{a}\n{t}\n\n{dt}\n\nConsumer Dispute Department\n{co}\n\nRe: {ti} under {cit}\n\n"
        "To whom it may concern,\n\nMy name is {n2}, date of birth {dob}, Social Security number {s}. I am writing "
        "to dispute the following item on my credit file (report number {ref}): a collection account reported by "
        "{co2} for {amt}, opened {dt2}. I never held an account with that company. Please investigate and delete "
        "the item within 30 days.\n\nEnclosed: copy of my driver's license ({dl}), a utility bill, and the report "
        "page with the item circled. You may reach me at {e} or on {t2} after 5 pm.\n\nSincerely,\n\n{g}\n",
        n=n, a=v.addr(), t=v.tel(), dt=v.dt(), co=v.k(kp.company), ti=v.title("Request for reinvestigation"),
        cit=K("CITATION", "15 U.S.C. § 1681i"), n2=P("PERSON", n.value),
        dob=v.born(), s=v.sn(), ref=v.k(kp.reference), co2=v.k(kp.company), amt=v.money(), dt2=v.dt(), dl=dl,
        e=v.mail(g, f), t2=v.tel(), g=P("PERSON", f"{g} {f}"))  # fmt: skip


# ------------------------------------------------------------------------------------------------ legal


def jury_summons_reply_form(v: V) -> Doc:
    g, f, n = v.person()
    _, dl = v.dl()
    return Doc().fmt(
        "UNITED STATES DISTRICT COURT\n{ti}\nJuror participant no.: {jp}   Report date: {dt}\n\n"
        "1. Name (as shown on summons): {n}\n2. Residence address: {a}\n3. Date of birth: {dob}\n"
        "4. SSN (for payment of juror fees): {s}\n5. Driver's license no.: {dl}\n6. Best phone: {t}   Email: {e}\n"
        "7. Employer: {co}   Occupation: {occ}\n8. Request to be excused? [X] Yes - sole caregiver for {rel} ({n2})\n"
        "9. Prior jury service: {dt2}\n\nSubmitted online from {ip}; confirmation {ref}. See {cit}.\n",
        ti=v.title("JUROR QUALIFICATION QUESTIONNAIRE — REPLY"), jp=K("JUROR_NO", "Juror Part. " + v.digits(3)),
        dt=v.dt(), n=n, a=v.addr(), dob=v.born(), s=v.sn(), dl=dl, t=v.tel(), e=v.mail(g, f), co=v.k(kp.company),
        occ=K("LABEL", v.pick("warehouse lead", "RN", "teacher", "retired")), rel=K("LABEL", v.pick("my mother", "my son", "my spouse")),
        n2=v.n(), dt2=v.dt(), ip=v.ipa(), ref=v.k(kp.reference), cit=K("CITATION", "28 U.S.C. § 1865(b)"))  # fmt: skip


def arbitration_award_excerpt(v: V) -> Doc:
    return Doc().fmt(
        "{dk}\n{ti}\n\nBETWEEN\n{co} (Claimant)\nand\n{n} (Respondent)\nresiding at {a}\n\n"
        "Sole arbitrator: {ar}\nFor the Claimant: {c1}, counsel\nFor the Respondent: {c2}, counsel (tel. {t})\n\n"
        "[…]\n87. The Respondent, born {dob}, signed the supply agreement of {dt} in her own name; the Tribunal "
        "rejects the argument that {sur} acted only as agent.\n88. Having regard to {cit}, the Tribunal has jurisdiction.\n\n"
        "DISPOSITIVE SECTION\n(a) The Respondent shall pay the Claimant {amt} with interest at {pct} from {dt2};\n"
        "(b) costs of the arbitration fixed at {amt2};\n(c) payment to account {ib}, {sw}.\nSeat: {c}. Date of award: {dt3}.\n",
        dk=v.k(kp.docket), ti=v.title("FINAL AWARD"), co=v.k(kp.company), n=v.n(), a=v.addr(), ar=v.n(), c1=v.n(),
        c2=v.n(), t=v.tel(ext=True), dob=v.born(), dt=v.dt(), sur=P("PERSON", v.name()[1] or v.name()[0]),
        cit=v.k(kp.citation), amt=v.money(400000), pct=v.k(kp.percent), dt2=v.dt(), amt2=v.money(90000), ib=v.ib(),
        sw=v.sw(), c=v.k(kp.city), dt3=v.dt())  # fmt: skip


def small_claims_claim_ocr(v: V) -> Doc:
    g, f, n = v.person()
    _, dl = v.dl()
    return Doc().fmt(
        "{ti}\nCla1m no {dk}           Court use on1y\n\nClaimant's fu11 name\n{n}\n"
        "Address for serv-\nice of documents\n{a}\nTe1ephone  {t}\nDate of b1rth {dob}\n\n"
        "Defendant (name and\naddress)   {n2}\n{a2}\n\nBrief deta1ls of c1aim: unpaid invoice {inv} for bui1d-\n"
        "ing work comp1eted on {dt}. Amount c1aimed {amt}, court fee {fee}.\nI be1ieve that the facts stated in this "
        "c1aim form are\ntrue.   Signed {n3}   ID checked: lic. {dl}\nPayment of any award to {ib}  BIC {sw}\n{pg}\n",
        ti=v.title("SMALL CLAIMS - CLAIM FORM (N1-S)"), dk=v.k(kp.claim_no), n=n, a=v.addr(), t=v.tel(), dob=v.born(), n2=v.n(),
        a2=v.addr(), inv=v.k(kp.invoice), dt=v.dt(), amt=v.money(9000), fee=v.money(300), n3=P("PERSON", f"{g} {f}".strip()),
        dl=dl, ib=v.ib(), sw=v.sw(), pg=K("LABEL", f"Page {v.r.randint(1, 2)} of 3 ~ scan {v.digits(3)}"))  # fmt: skip


def naturalisation_referee_declaration(v: V) -> Doc:
    g, f, n = v.person()
    _, dl = v.dl()
    return Doc().fmt(
        "{ti}\nApplication ref. {ref}\n\nApplicant\n  {nm}: {n}\n  {bn}: {dob}\n  {ad}: {a}\n\n"
        "Referee\n  I, {r}, of {ra}, a {occ} by profession, declare that I have known the applicant personally for "
        "{yrs} years, through {ctx}. To the best of my knowledge {g} is of good character.\n  My {ph}: {t}   e-mail: {e}\n"
        "  Identity document of referee: driving licence {dl}\n\nDeclared at {c} on {dt}. False statements are an "
        "offence under {cit}. Fee paid {amt}.\n",
        ti=v.title("DECLARATION BY REFEREE"), ref=v.k(kp.reference), nm=v.w("name"), n=n, bn=v.w("born"), dob=v.born(),
        ad=v.w("address"), a=v.addr(), r=v.n(), ra=v.addr(lines=False), occ=K("LABEL", v.pick("solicitor", "pharmacist", "civil engineer", "headteacher")),
        yrs=str(v.r.randint(3, 20)), ctx=K("LABEL", v.pick("our congregation", "the allotment society", "a shared workplace")),
        g=P("PERSON", g), ph=v.w("phone"), t=v.tel(), e=v.mail(*v.name()[:2]), dl=dl, c=v.k(kp.city), dt=v.dt(),
        cit=v.k(kp.citation), amt=v.money(1600))  # fmt: skip


# ------------------------------------------------------------------------------------------------ medical


def hl7_adt_message(v: V) -> Doc:
    def xpn(d: Doc, given: str, family: str, upper: bool) -> None:
        """An HL7 person name: FAMILY^GIVEN, or the whole name in the family field when there is no surname."""
        if family:
            d.fmt(
                "{f}^{g}",
                f=P("PERSON", family.upper() if upper else family),
                g=P("PERSON", given.upper() if upper else given),
            )
        else:
            d.fmt("{f}", f=P("PERSON", given.upper() if upper else given))

    g, f, _ = v.name()
    y, m, dd = v.r.randint(1938, 2005), v.r.randint(1, 12), v.r.randint(1, 28)
    street, city, post = v.addr_parts()
    stamp = f"{v.r.randint(2023, 2026)}{v.r.randint(1, 12):02d}{v.r.randint(1, 28):02d}{v.r.randint(0, 23):02d}{v.r.randint(0, 59):02d}"
    ev = v.pick("1", "3", "4", "8")
    d = Doc().fmt(
        "MSH|^~\\&|{app}|{co}|RCV|HIS|{ts}||ADT^A0{ev}|{ctl}|P|2.5.1\nEVN|A0{ev}|{ts}\nPID|1||{mr}^^^{fac}^MR||",
        app=K("APP", v.pick("EPICADT", "CERNER", "MEDITECH")), co=v.k(kp.company, "medical"), ts=K("TIMESTAMP", stamp),
        ev=ev, ctl=K("CONTROL_ID", "MSG" + v.digits(8)), mr=v.mr(), fac=K("FACILITY", v.pick("KRU", "MMH", "SDU")))  # fmt: skip
    xpn(d, g, f, True)
    d.fmt("||{dob}|{sx}|||{st}^^{city}^^{post}^{cc}||{t}|||||\nNK1|1|", dob=P("DATE_OF_BIRTH", f"{y}{m:02d}{dd:02d}"),
          sx=v.pick("F", "M", "U"), st=street, city=city, post=post, cc=v.loc.country, t=v.tel())  # fmt: skip
    xpn(d, *v.name()[:2], upper=True)
    d.fmt("|{rel}|||{t2}\nPV1|1|I|{ward}||||", rel=K("RELATION", v.pick("SPO^Spouse", "MTH^Mother", "CHD^Child")), t2=v.tel(),
          ward=K("WARD", v.pick("4W^412^B", "ICU^07^A", "REN^02^1")))  # fmt: skip
    xpn(d, *v.name()[:2], upper=False)
    return d.fmt("^^^DR|||||||||||{visit}\nDG1|1||{icd}^^I10|||A\nIN1|1|{plan}|{co2}\n", visit=K("VISIT", "V" + v.digits(9)),
                 icd=v.k(kp.icd10), plan=K("PLAN", v.pick("GOLD01", "BASIC2", "NHIF")), co2=v.k(kp.company))  # fmt: skip


def telehealth_chat_log(v: V) -> Doc:
    g, f, n = v.person()
    dr = v.name()
    return Doc().fmt(
        "{co} · {ti}\nSession {ref} · patient record {mr} · joined from {ip} · {dt}\n\n"
        "[09:01] Dr. {dr} joined the consultation\n[09:01] {n}: hi, can you hear me? the video keeps freezing\n"
        "[09:02] Dr. {dr2}: Yes, I can. Before we start, please confirm your date of birth.\n[09:02] {n2}: {dob}\n"
        "[09:03] Dr. {dr2}: Thanks {g}. What's been happening?\n[09:04] {n2}: the knee is worse since the fall, cant bend it past 90\n"
        "[09:09] Dr. {dr2}: I'll send {drug} to the pharmacy and book imaging ({icd}). Which pharmacy address?\n"
        "[09:10] {n2}: the one near home, {a}\n[09:10] {n2}: and call me on {t} if they need anything\n"
        "[09:11] Dr. {dr2}: Done. Copay {amt} charged to the card on file ending in {last4}.\n[09:12] system: consultation ended ({du}) · {cpt}\n",
        co=v.k(kp.company, "medical"), ti=v.title("Video visit transcript"), ref=v.k(kp.reference), mr=v.mr(), ip=v.ipa(),
        dt=v.dt(), dr=P("PERSON", f"{dr[0]} {dr[1]}".strip()), n=n, dr2=P("PERSON", dr[1] or dr[0]), n2=P("PERSON", g.lower()),
        dob=v.born(), g=P("PERSON", g), drug=v.k(kp.drug), icd=v.k(kp.icd10), a=v.addr(lines=False), t=v.tel(),
        amt=v.money(90), last4=K("CARD_LAST4", "x" + v.digits(4)), du=K("DURATION", f"{v.r.randint(6, 25)} min"), cpt=v.k(kp.cpt))  # fmt: skip


def physiotherapy_progress_note(v: V) -> Doc:
    return Doc().fmt(
        "{co}\n{ti} — visit {vn} of 12\nPt: {n}   DOB {dob}   Hosp no {mr}\nReferred by: {ref}   Dx: {icd}\n\n"
        "S: Reports pain 4/10 on stairs, down from 7/10. Sleeping better. Daughter {dtr} drives her to sessions.\n"
        "O: Knee flexion AROM {rom1}, extension lag {rom2}. Quad strength 4-/5. TUG 14 s.\n"
        "A: Improving; on track for discharge goals.\nP: Continue {cpt} and {cpt2}; HEP updated; {drug} before sessions as per GP.\n\n"
        "Therapist: {th}   Next appt {dt}   Clinic line {t}\nInvoice {inv} — {amt} — insurer {co2}, policy {pol}\n",
        co=v.k(kp.company, "medical"), ti=v.title("PHYSIOTHERAPY PROGRESS NOTE"), vn=str(v.r.randint(2, 11)), n=v.n(),
        dob=v.born(), mr=v.mr(), ref=v.n(), icd=v.k(kp.icd10), dtr=v.n(), rom1=v.k(kp.measurement, "°"),
        rom2=v.k(kp.measurement, "°"), cpt=v.k(kp.cpt), cpt2=v.k(kp.cpt), drug=v.k(kp.drug), th=v.n(), dt=v.dt(),
        t=v.tel(), inv=v.k(kp.invoice), amt=v.money(), co2=v.k(kp.company), pol=v.k(kp.policy))  # fmt: skip


def optometry_spectacle_prescription(v: V) -> Doc:
    def rx(lo: int, hi: int) -> K:
        q = v.r.randint(lo * 4, hi * 4) / 4
        return K("MEASUREMENT", f"{q:+.2f}")

    return Doc().fmt(
        "{co}\n{ti}\n\n{nm}: {n}\n{bn}: {dob}\n{ad}:\n{a}\nPatient no.: {mr}\n\n"
        "        SPH     CYL     AXIS   ADD\nR      {s1}   {c1}   {x1}   {a1}\nL      {s2}   {c2}   {x2}   {a2}\n"
        "PD {pd} mm   BVD 12 mm\nIOP R 16 / L 17 mmHg ({icd})\nValid until {dt}. Examined by {op} ({cpt}).\n"
        "Frame {prod}, lenses {amt}. Recall letter to {e}\n",
        co=v.k(kp.company, "medical"), ti=v.title("SPECTACLE PRESCRIPTION"), nm=v.w("name"), n=v.n(), bn=v.w("born"),
        dob=v.born(), ad=v.w("address"), a=v.addr(), mr=v.mr(), s1=rx(-8, 4), c1=rx(-3, 0), x1=K("AXIS", str(v.r.randint(1, 180)) + "°"),
        a1=rx(0, 3), s2=rx(-8, 4), c2=rx(-3, 0), x2=K("AXIS", str(v.r.randint(1, 180)) + "°"), a2=rx(0, 3),
        pd=K("MEASUREMENT", str(v.r.randint(56, 72))), icd=v.k(kp.icd10), dt=v.dt(), op=v.n(), cpt=v.k(kp.cpt),
        prod=v.k(kp.product), amt=v.money(), e=v.mail(*v.name()[:2]))  # fmt: skip


def dialysis_session_flowsheet(v: V) -> Doc:
    d = Doc().fmt(
        "{co} — {ti}\nPatient: {n}   MRN {mr}   DOB {dob}   Dx {icd} / {icd2}\nAccess: L AV fistula   Dry wt {dw}   "
        "UF goal {uf}   Qb {qb}\n\nTime  | BP      | Pulse | Venous P | UF vol | Initials\n",
        co=v.k(kp.company, "medical"), ti=v.title("HAEMODIALYSIS FLOWSHEET"), n=v.n(), mr=v.mr(), dob=v.born(),
        icd=K("ICD10", "N18.6"), icd2=K("ICD10", "Z99.2"), dw=v.k(kp.measurement, "kg"), uf=v.k(kp.measurement, "L"),
        qb=v.k(kp.measurement, "mL/min"))  # fmt: skip
    for hour in range(v.r.randint(3, 5)):
        d.fmt("{h}:00 | {bp} | {p}    | {vp}      | {u} mL | {ini}\n", h=f"{7 + hour:02d}",
              bp=f"{v.r.randint(100, 170)}/{v.r.randint(55, 95)}", p=str(v.r.randint(60, 110)),
              vp=str(v.r.randint(120, 220)), u=str(hour * v.r.randint(300, 600)), ini=v.letters(2))  # fmt: skip
    return d.fmt(
        "Meds: {drug}; {drug2}. Labs drawn {lo}, {lo2}.\nPrimary nurse {rn}; nephrologist {md}.\n"
        "Transport home by {tr}; emergency contact {ec} {t}.\n",
        drug=v.k(kp.drug), drug2=v.k(kp.drug), lo=v.k(kp.loinc), lo2=v.k(kp.loinc), rn=v.n(), md=v.n(),
        tr=K("COMPANY", v.pick("MediCab", "Renal Transport Co-op", "Taxi voucher")), ec=v.n(), t=v.tel())  # fmt: skip


def home_care_visit_rota(v: V) -> Doc:
    d = Doc().fmt("{co}  {ti}  week of {dt}\nClient | Address | Client ID | Visit | Carer | Carer mobile | Tasks\n",
                  co=v.k(kp.company, "medical"), ti=v.title("VISIT ROTA"), dt=v.dt())  # fmt: skip
    for _ in range(v.r.randint(3, 5)):
        d.fmt("{n} | {a} | {mr} | {tm} | {cr} | {t} | {task}\n", n=v.n(), a=v.addr(lines=False), mr=v.mr(),
              tm=K("TIME", f"{v.r.randint(7, 20):02d}:{v.pick('00', '15', '30', '45')}-{v.r.randint(30, 60)}m"),
              cr=P("PERSON", v.name()[0]), t=v.tel(),
              task=K("LABEL", v.pick("meds prompt + breakfast", "personal care, 2 carers", "welfare check", "bed-to-chair transfer")))  # fmt: skip
    return d.fmt("Key safe codes are held in the office system, not on this sheet. Coordinator {n} {t}. Rota build {ver}\n",
                 n=v.n(), t=v.tel(ext=True), ver=v.k(kp.version))  # fmt: skip


# ------------------------------------------------------------------------------------------------ general


def school_enrolment_form(v: V) -> Doc:
    pg, pf, parent = v.person()
    d = Doc().fmt(
        "{sch}\n{ti} — entry {co}\n\nPUPIL\n  Legal name: {n}\n  Known as: {ka}\n  {bn}: {dob}\n  Home {ad}:\n{a}\n\n"
        "PARENT / CARER 1\n  {p1}   {ph}: {t}   email {e}\nPARENT / CARER 2\n  {p2}   mobile {t2}\n\n"
        "MEDICAL\n  Doctor: Dr {gp}, surgery tel. {t3}\n  Conditions: {cond}\n",
        sch=v.k(kp.company), ti=v.title("NEW PUPIL ENROLMENT FORM"), co=v.k(kp.cohort), n=v.n(), ka=P("PERSON", v.name()[0].lower()),
        bn=v.w("born"), dob=v.born(child=True), ad=v.w("address"), a=v.addr(), p1=parent, ph=v.w("phone"), t=v.tel(), e=v.mail(pg, pf),
        p2=v.n(), t2=v.tel(), gp=v.n(), t3=v.tel(), cond=K("LABEL", v.pick("asthma (inhaler in bag)", "none", "nut allergy", "eczema")))  # fmt: skip
    if v.us():
        d.fmt("  Pupil SSN (optional, for state reporting): {s}\n", s=v.sn())
    return d.fmt(
        "FEES\n  Term fee {amt}, due {dt}. Direct debit from {ib} ({sw}) or card {cc}.\nOffice use: form {ver}, received {dt2}\n",
        amt=v.money(9000), dt=v.dt(), ib=v.ib(), sw=v.sw(), cc=v.cc(), ver=v.k(kp.version), dt2=v.dt())  # fmt: skip


def ferry_passenger_manifest(v: V) -> Doc:
    d = Doc().fmt(
        "{ti} — {vs} — sailing {dt} {c}\n{hd}\n",
        ti=v.title("PASSENGER MANIFEST"), vs=v.k(kp.vessel), dt=v.dt(), c=v.k(kp.city),
        hd=K("COLUMNS", "SURNAME;GIVEN NAMES;DOB;SEX;NATIONALITY;BOOKING;CABIN;EMERGENCY CONTACT"))  # fmt: skip
    for _ in range(v.r.randint(3, 6)):
        g, f, _ = v.name()
        d.fmt("{f};{g};{dob};{sx};{nat};{bk};{cab};{t}\n", f=P("PERSON", (f or g).upper()), g=P("PERSON", g) if f else "-",
              dob=v.born(), sx=v.pick("F", "M", "X"), nat=v.loc.country, bk=K("BOOKING", v.letters(2) + v.digits(6)),
              cab=v.k(kp.seat), t=v.tel())  # fmt: skip
    return d.fmt("Total persons on board incl. crew: {pob}. Master: {n}. Filed with port authority {ref}.\n",
                 pob=str(v.r.randint(120, 900)), n=v.n(), ref=v.k(kp.reference))  # fmt: skip


def coworking_member_json(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        '{{\n  "member_id": "{mid}",\n  "plan": "{pl}",\n  "company": "{co}",\n  "profile": {{\n    "name": "{n}",\n'
        '    "email": "{e}",\n    "phone": "{t}",\n    "billing_address": "{a}"\n  }},\n'
        '  "payment": {{"card": "{cc}", "iban": "{ib}", "bic": "{sw}", "monthly": "{amt}"}},\n  "access": {{"badge": "{bd}", '
        '"last_seen_ip": "{ip}", "door": "{dr}"}},\n  "emergency_contact": {{"name": "{n2}", "phone": "{t2}"}},\n'
        '  "joined": "{dt}",\n  "schema": "{ver}"\n}}\n',
        mid=K("MEMBER_ID", "mbr_" + v.digits(7)), pl=K("PLAN", v.pick("Hot desk", "Dedicated desk", "Private office (4)")),
        co=v.k(kp.company), n=n, e=v.mail(g, f), t=v.tel(), a=v.addr(lines=False), cc=v.cc(), ib=v.ib(), sw=v.sw(), amt=v.money(900),
        bd=K("BADGE", "HID-" + v.digits(6)), ip=v.ipa(), dr=K("LABEL", v.pick("L3-east", "Atrium", "Roof terrace")),
        n2=v.n(), t2=v.tel(), dt=v.dt(), ver=v.k(kp.version))  # fmt: skip


def slack_channel_json_export(v: V) -> Doc:
    a_g, a_f, a_n = v.person()
    b_g, b_f, b_n = v.person()
    c_n = v.n()
    uid = ["U0" + v.letters(8), "U0" + v.letters(8)]
    return Doc().fmt(
        '[\n  {{"type": "message", "user": "{u1}", "user_profile": {{"real_name": "{an}", "display_name": "{ad}"}}, '
        '"text": "can someone ring {cn} back? she called about order {ord} - number is {t}", "ts": "{ts1}"}},\n'
        '  {{"type": "message", "user": "{u2}", "user_profile": {{"real_name": "{bn}", "display_name": "{bd}"}}, '
        '"text": "on it. her delivery address changed to {a} btw", "ts": "{ts2}"}},\n'
        '  {{"type": "message", "user": "{u1}", "text": "thx. also refund {amt} to the card she paid with, {cc}", "ts": "{ts3}"}},\n'
        '  {{"type": "message", "user": "{u2}", "text": "done, refund id {ref}. cc <@{u1}> {ag} from finance said ok", "ts": "{ts4}"}}\n]\n',
        u1=K("USER_ID", uid[0]), u2=K("USER_ID", uid[1]), an=a_n, ad=P("PERSON", a_g.lower()), cn=c_n, ord=v.k(kp.order),
        t=v.tel(), ts1=K("TS", f"17{v.digits(8)}.{v.digits(6)}"), bn=b_n, bd=P("PERSON", b_g), a=v.addr(lines=False),
        ts2=K("TS", f"17{v.digits(8)}.{v.digits(6)}"), amt=v.money(), cc=v.cc(), ts3=K("TS", f"17{v.digits(8)}.{v.digits(6)}"),
        ref=v.k(kp.reference), ag=P("PERSON", v.name()[0]), ts4=K("TS", f"17{v.digits(8)}.{v.digits(6)}"))  # fmt: skip


def oncall_configmap_yaml(v: V) -> Doc:
    d = Doc().fmt(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {nm}\n  namespace: {ns}\n  labels:\n    app.kubernetes.io/version: \"{ver}\"\n"
        "data:\n  escalation.yaml: |\n    policy: {pol}\n    ack_timeout: {to}\n    runbook: {rb}\n    contacts:\n",
        nm=K("RESOURCE", "pager-escalation"), ns=K("NAMESPACE", v.pick("payments-prod", "ehr-integration", "kyc-core")),
        ver=v.k(kp.version), pol=K("LABEL", v.pick("follow-the-sun", "business-hours", "24x7-p1")),
        to=K("DURATION", v.pick("5m", "10m", "15m")), rb=K("URL", "https://wiki.internal/runbooks/" + v.pick("payouts", "hl7-feed", "sanctions")))  # fmt: skip
    for level in range(1, v.r.randint(3, 4) + 1):
        g, f, n = v.person()
        d.fmt("      - level: {lv}\n        name: \"{n}\"\n        phone: \"{t}\"\n        email: {e}\n",
              lv=str(level), n=n, t=v.tel(ext=level == 3), e=v.mail(g, f))  # fmt: skip
    return d.fmt("  allowlist.txt: |\n    {ip}/32\n    {ip2}\n  office: \"{a}\"\n",
                 ip=v.ipa(), ip2=v.ipa(), a=v.addr(lines=False))  # fmt: skip


def ldif_directory_export(v: V) -> Doc:
    d = Doc().fmt(
        "version: 1\n# export {dt}, base dc={dc},dc=example\n\n",
        dt=v.dt(),
        dc=K("DOMAIN", v.pick("corp", "hq", "staff")),
    )
    for _ in range(v.r.randint(2, 3)):
        g, f, _ = v.name()
        f = f or v.name()[0]
        uid = "u" + v.digits(6)
        street, city, post = v.addr_parts()
        d.fmt(
            "dn: uid={uid},ou=people,dc={dc},dc=example\nobjectClass: inetOrgPerson\ncn: {cn}\nsn: {sn}\ngivenName: {gn}\n"
            "mail: {e}\ntelephoneNumber: {t}\nmobile: {t2}\npostalAddress: {pa}\nemployeeNumber: {en}\ndepartmentNumber: {dep}\n\n",
            uid=K("UID", uid), dc=K("DOMAIN", "corp"), cn=P("PERSON", f"{g} {f}"), sn=P("PERSON", f), gn=P("PERSON", g),
            e=v.mail(g, f), t=v.tel(ext=True), t2=v.tel(), pa=P("STREET_ADDRESS", f"{street.value}${city} {post}"),
            en=K("EMPLOYEE_NO", "E" + v.digits(5)), dep=K("DEPARTMENT", v.pick("4410 Treasury", "2203 Claims", "7100 Legal")))  # fmt: skip
    return d


def sql_insert_dump(v: V) -> Doc:
    d = Doc().fmt("-- {ti}\n-- Host: {host}    Database: {db}\n-- Server version {ver}\nINSERT INTO `customers` (`id`, `full_name`, `dob`, `phone`, `email`, "
                  "`street`, `card_pan`, `signup_ip`, `balance`) VALUES\n",
                  ti=v.title("MySQL dump — shop_prod.customers"), host=K("HOST", f"db-replica-{v.r.randint(1, 9)}"),
                  db=K("DATABASE", "shop_prod"), ver=v.k(kp.version))  # fmt: skip
    rows = v.r.randint(2, 4)
    for i in range(rows):
        g, f, n = v.person()
        d.fmt("({id}, '{n}', '{dob}', '{t}', '{e}', '{a}', '{cc}', '{ip}', {bal}){end}\n", id=str(1000 + v.r.randint(0, 8999)),
              n=n, dob=v.born(), t=v.tel(), e=v.mail(g, f), a=v.addr(lines=False), cc=v.cc(), ip=v.ipa(),
              bal=K("AMOUNT", f"{v.r.randint(0, 9999)}.{v.digits(2)}"), end=";" if i == rows - 1 else ",")  # fmt: skip
    if v.us():
        d.fmt(
            "UPDATE `customers` SET `tax_id` = '{s}' WHERE `id` = {id};\n",
            s=v.sn(),
            id=str(v.r.randint(1000, 9999)),
        )
    return d.fmt("-- Dump completed on {dt}\n", dt=v.dt())


def postal_redirection_request(v: V) -> Doc:
    g, f, n = v.person()
    _, dl = v.dl()
    d = Doc().fmt(
        "{co}\n{ti}\n\nOLD ADDRESS (redirect from)\n{a}\n\nNEW ADDRESS (redirect to)\n{a2}\n\n"
        "People whose mail should be redirected:\n",
        co=v.k(kp.company), ti=v.title("REDIRECTION OF MAIL — APPLICATION"), a=v.addr(), a2=v.addr())  # fmt: skip
    for i in range(v.r.randint(2, 4)):
        d.fmt("  {i}. {n}\n", i=str(i + 1), n=n if i == 0 else v.n())
    return d.fmt(
        "Applicant {bn}: {dob}   Contact {t}   {e}\nProof of identity: driving licence {dl}\n"
        "Start date {dt}   Duration {du}   Fee {amt} paid by card {cc}\nOur ref {ref}; parcels tracked as {trk}\n",
        bn=v.w("born"), dob=v.born(), t=v.tel(), e=v.mail(g, f), dl=dl, dt=v.dt(), du=K("LABEL", v.pick("3 months", "6 months", "12 months")),
        amt=v.money(120), cc=v.cc(), ref=v.k(kp.reference), trk=v.k(kp.tracking))  # fmt: skip


def volunteer_roster_markdown(v: V) -> Doc:
    d = Doc().fmt("## {ti} — {c}, {dt}\n\n| Volunteer | Mobile | Shift | Role | Born |\n|---|---|---|---|---|\n",
                  ti=v.title("Food bank volunteer roster"), c=v.k(kp.city), dt=v.dt())  # fmt: skip
    for _ in range(v.r.randint(3, 5)):
        d.fmt("| {n} | {t} | {sh} | {rl} | {dob} |\n", n=v.n(), t=v.tel(),
              sh=K("SHIFT", v.pick("08:00–12:00", "12:00–16:00", "16:00–20:00")),
              rl=K("LABEL", v.pick("sorting", "driver", "front desk", "warehouse")), dob=v.born())  # fmt: skip
    return d.fmt(
        "\n> Note: {n} is covering the van on Saturday — the depot is at {a}. Donations this month: {amt} "
        "(gift aid ref {ref}). Questions to {e}.\n",
        n=v.n(), a=v.addr(lines=False), amt=v.money(), ref=v.k(kp.reference), e=v.mail(*v.name()[:2]))  # fmt: skip


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    brokerage_acats_transfer_form,
    bureau_de_change_receipt,
    crypto_kyc_refresh_jsonl,
    remittance_send_form,
    credit_bureau_dispute_letter,
    jury_summons_reply_form,
    arbitration_award_excerpt,
    small_claims_claim_ocr,
    naturalisation_referee_declaration,
    hl7_adt_message,
    telehealth_chat_log,
    physiotherapy_progress_note,
    optometry_spectacle_prescription,
    dialysis_session_flowsheet,
    home_care_visit_rota,
    school_enrolment_form,
    ferry_passenger_manifest,
    coworking_member_json,
    slack_channel_json_export,
    oncall_configmap_yaml,
    ldif_directory_export,
    sql_insert_dump,
    postal_redirection_request,
    volunteer_roster_markdown,
)
US_ONLY = ("brokerage_acats_transfer_form", "credit_bureau_dispute_letter", "jury_summons_reply_form")


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
