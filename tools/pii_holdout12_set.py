"""The twelfth holdout PII set: `python -m tools.pii_holdout12_set` writes benchmarks/pii_intl/holdout12.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written blind: without opening
Charter's recognizers, their word lists, the benchmark's results or any misses file, and the scrubber was never
run on it while it was written. The earlier sets (tools/pii_intl_set.py, tools/pii_holdout*_set.py) were read
only to copy their structure and to avoid their families, sentences, renderings and name origins. Families:
credit union membership applications, safe deposit box access logs, OCR'd cheque deposit slips, standing order
confirmation e-mails, lottery prize claim forms, student loan deferment requests, small estate affidavits,
lasting power of attorney registrations, court fee waiver applications, jury pool rosters in CSV, allergy skin
prick test reports, home oxygen order faxes, birth registration worksheets, pharmacy label print jobs in XML,
audiogram reports, MRI safety screening questionnaires, cemetery plot deed registers, pet microchip registry
CSV exports, rideshare trip receipt e-mails, smart meter portal audit logs, tenants' association group chats,
DNA match lists in TSV, password manager CSV exports and e-mail header dumps.

Values come from tools/pii_holdout12_values.py: every person name from hand-written lists of real given names
and surnames (Gullah, Choctaw, Hopi, Gwich'in, Mohawk, Bermudian, Bajan, Tobagonian, Kalinago, Garifuna,
Miskito, Guna, Zapotec, Tzotzil, Raizal, Pomeranian Brazilian, Shipibo, Shuar, Valdostan, Alsatian,
Aromanian, Karaim, Chuvash, Udmurt, Lezgin, Ingush, Nenets, Mingrelian, Hazara, Saraiki, Samaritan, Ainu,
Amis, Bhojpuri, Garhwali, Ao Naga, Parsi, Garo, Limbu, Tamang, Mon, Bugis, Acehnese, Kadazan-Dusun, Ilocano,
Tausug, Rotuman, Cook Islands Māori, Tokelauan, Norfolk Islander, Noongar, Tiwi, Kanuri, Ijaw, Urhobo,
Dagomba, Baoulé, Temne, Jola, Zarma, Songhai, Duala, Luba, Sukuma, Swazi, Pedi, Tumbuka, Ndebele, Saint
Helenian and Falkland Islander, in Latin, Cyrillic, Georgian, Arabic, Hebrew, Devanagari, Bengali, kanji and
katakana scripts), none from Faker or Mimesis; street lines from hand-written street and city lists; phones
from the `phonenumbers` library's metadata, each rendering read back as valid from the document's country;
cards, IBANs, BICs, SSNs, driver's licences and record numbers from their published layouts and check digits.
Must-keep values come from tools/pii_holdout12_keep.py.

Schema as the international set's: `{"id", "split", "family", "locale", "text", "pii": [{"type", "start",
"end"}], "keep": [{"type", "value"}]}`. A span covers the value as written: a phone number with its extension,
a street line with the postcode and city written with it (over two or three lines where the document breaks
it), a name without its title; where a format keeps the family and given names in separate fields (XML,
CSV), each field is its own span.

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

from tools import pii_holdout12_keep as kp
from tools.pii_holdout12_values import LOCALES, STREETS, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout12.jsonl"
SEED = 2718293
DOCUMENTS = 504
SPLIT = "holdout12"

# Form labels in the document's language.
WORDS = {
    "phone": {"en": "Telephone", "fr": "Téléphone", "es": "Tel.", "pt": "Celular", "it": "Cellulare", "ru": "Тел.",
              "id": "No. HP", "ms": "Telefon bimbit", "ja": "連絡先電話", "zh": "聯絡電話"},
    "born": {"en": "Born", "fr": "Date de naissance", "es": "Nació el", "pt": "Nascido em", "it": "Nato il",
             "ru": "Родился", "id": "Lahir", "ms": "Tarikh lahir", "ja": "生年月日", "zh": "出生日期"},
    "address": {"en": "Home address", "fr": "Domicile", "es": "Dirección", "pt": "Endereço", "it": "Residenza",
                "ru": "Адрес проживания", "id": "Alamat rumah", "ms": "Alamat", "ja": "現住所", "zh": "通訊地址"},
    "name": {"en": "Full name", "fr": "Nom", "es": "Nombre y apellidos", "pt": "Nome", "it": "Cognome e nome",
             "ru": "Ф.И.О.", "id": "Nama", "ms": "Nama", "ja": "氏名（漢字）", "zh": "姓名"},
    "email": {"en": "E-mail", "fr": "Adresse électronique", "es": "Correo", "pt": "Email", "it": "Posta elettronica",
              "ru": "E-mail", "id": "Email", "ms": "Emel", "ja": "Eメール", "zh": "電子郵件"},
    "signed": {"en": "Signed", "fr": "Signé", "es": "Firmado", "pt": "Assinado", "it": "Firmato", "ru": "Подписано",
               "id": "Ditandatangani", "ms": "Ditandatangani oleh", "ja": "署名者", "zh": "簽名"},
    "relation": {"en": "Relationship", "fr": "Lien de parenté", "es": "Parentesco", "pt": "Parentesco",
                 "it": "Parentela", "ru": "Степень родства", "id": "Hubungan", "ms": "Hubungan", "ja": "続柄",
                 "zh": "關係"},
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


def credit_union_membership_application(v: V) -> Doc:
    g, f, n = v.person()
    issuer, dl = v.dl()
    d = Doc().fmt(
        "{co} FEDERATED CREDIT UNION\n{ti}\nMember no. (office use) {ref}     Branch {c}\n\n"
        "PRIMARY APPLICANT\n{nm} ........ {n}\n{born} ........ {dob}\n{addr} ........\n{a}\n{ph} ........ {t}\n"
        "{em} ........ {e}\nPhoto ID ........ {iss} licence no. {dl}\n",
        co=v.k(kp.company), ti=v.title("MEMBERSHIP APPLICATION — SHARE ACCOUNT"), ref=v.k(kp.reference), c=v.k(kp.city),
        nm=v.w("name"), n=n, born=v.w("born"), dob=v.born(), addr=v.w("address"), a=v.addr(), ph=v.w("phone"),
        t=v.tel(), em=v.w("email"), e=v.mail(g, f), iss=K("ISSUER", issuer), dl=dl)  # fmt: skip
    if v.us():
        d.fmt(
            "Taxpayer ID (SSN) ........ {s}\nRouting for payroll deposit ........ {aba}\n",
            s=v.sn(),
            aba=v.k(kp.aba),
        )
    return d.fmt(
        "\nJOINT OWNER / PAYABLE-ON-DEATH\n{j} — {rel}: {r}, born {jdob}\n\nOPENING DEPOSIT\n{amt} moved from "
        "{ib} (BIC {bic}) on {dt}.\nMinimum share {amt2}; dividend rate {pc} APY. Credit union LEI {lei}.\n\nI agree to the bylaws ({cit}).\n{sig}: {sg}\n",
        j=v.n(), rel=v.w("relation"), r=v.lab(v.pick("spouse", "daughter", "nephew", "épouse", "hijo", "мать", "兄", "kakak")),
        jdob=v.born(), lei=v.k(kp.lei), amt=v.money(2500), ib=v.ib(), bic=v.sw(), dt=v.dt(), amt2=v.money(25), pc=v.k(kp.percent),
        cit=v.k(kp.citation), sig=v.w("signed"), sg=P("PERSON", f"{g} {f}"))  # fmt: skip


def safe_deposit_box_access_log(v: V) -> Doc:
    d = Doc().fmt(
        "{co}  VAULT ACCESS REGISTER  page {pg}\n{hd}\n{rule}\n", co=v.k(kp.company), pg=str(v.r.randint(2, 90)),
        hd="DATE        IN     OUT    BOX          RENTER / DEPUTY               ID SHOWN", rule="=" * 78)  # fmt: skip
    for _ in range(v.r.randint(3, 5)):
        g, f, _ = v.name()
        who = P("PERSON", v.pick(f"{f.upper()}, {g}", f"{g} {f}", f"{f}, {g[0]}."))
        d.fmt("{dt}  {t1}  {t2}  {box}  {who}  DL {dl}\n", dt=v.dt(), t1=v.k(kp.clock), t2=v.k(kp.clock),
              box=v.k(kp.box_no), who=who, dl=v.dl()[1])  # fmt: skip
    g, f, n = v.person()
    return d.fmt(
        "{rule}\nLessee of record for the boxes above: {n}, {a}; contact {t}.\nAnnual rent {amt} debited from card {cc}. "
        "Attendant on duty: {att}\n",
        rule="=" * 78, n=n, a=v.addr(lines=False), t=v.tel(), amt=v.money(300), cc=v.cc(), att=v.given())  # fmt: skip


def cheque_deposit_slip_ocr(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{co}\nDEP0SIT SL1P — CHEQUES / CHÈQUES\n\nDeposit to acc0unt of: {n}\nAccount (IBAN): {ib}\n"
        "Branch BIC: {bic}     Date: {dt}\n\nCHQ N0.   DRAWER                      AM0UNT\n{cq}     {dr}     {amt}\n"
        "{cq2}     {dr2}     {amt2}\n\nT0TAL {amt3}\nDepositor tel: {t}\nDepositor addr:\n{a}\n\n"
        "|: {aba} |: {acct} ||' {cq}\n[scan 300dpi, skew 1.{sk}°, conf {pc}]\n",
        co=v.k(kp.company), n=n, ib=v.ib(), bic=v.sw(), dt=v.dt(), cq=v.k(kp.cheque_no), dr=v.n(), amt=v.money(3000),
        cq2=K("CHEQUE", v.digits(6)), dr2=v.n(), amt2=v.money(900), amt3=v.money(4000), t=v.tel(), a=v.addr(),
        aba=v.k(kp.aba), acct=v.k(kp.lookalike), sk=str(v.r.randint(0, 9)), pc=v.k(kp.percent))  # fmt: skip


def standing_order_confirmation_email(v: V) -> Doc:
    g, f, n = v.person()
    g2, f2, n2 = v.person()
    co = v.k(kp.company)
    return Doc().fmt(
        "From: {co} Online Banking <no-reply@bank.example>\nTo: {n} <{e}>\nSubject: Your new standing order is set up\n"
        "Date: {dt}\n\nDear {g},\n\nYou asked us to pay {payee} {amt} every {freq}, starting {dt2}.\n\n"
        "  Paying from:  {ib}\n  Paying to:    {ib2}\n  Payee's bank: {bic}\n  Reference:    {ref}\n\n"
        "The instruction was given from the device at {ip} on {ts}. If this was not you, ring us on {t} "
        "straight away; we will never ask for your full card number ({cc} ends the card you registered).\n\n"
        "Kind regards,\n{co} Payments Team\n--\nRegistered LEI {lei}. Shares listed as {tk} (ISIN {isin}).\n",
        co=co, n=n, e=v.mail(g, f), dt=v.dt(), g=P("PERSON", g), payee=n2, amt=v.money(1500),
        freq=v.pick("month", "week", "quarter", "4 weeks"), dt2=v.dt(), ib=v.ib(), ib2=v.ib(), bic=v.sw(),
        ref=v.k(kp.reference), ip=v.ipa(), ts=v.k(kp.timestamp), t=v.tel(), cc=v.cc(), lei=v.k(kp.lei),
        tk=v.k(kp.ticker), isin=v.k(kp.isin))  # fmt: skip


def lottery_prize_claim_form(v: V) -> Doc:
    g, f, n = v.person()
    issuer, dl = v.dl()
    return Doc().fmt(
        "{ti}\nState Lottery Commission — {c} Claim Center\n\nGame: {game}   {tk}\nPrize amount: {amt}\n\n"
        "CLAIMANT\nName: {n}\nSocial Security No.: {s}\nDate of birth: {dob}\nStreet address:\n{a}\nDaytime phone: {t}\n"
        "E-mail: {e}\nID: {iss} driver license {dl}\n\nPAYMENT\nDirect deposit, routing {aba}, account {acct}\n"
        "Federal withholding per {cit}: {pc}\nAnnuity option funded by Treasury STRIPS, CUSIP {cusip}; issuer LEI {lei}\n\nAre you in arrears on child support? [ ] yes [x] no\n"
        "Claimant signature: {sg}      Witness: {w}\n",
        ti=v.title("WINNER CLAIM FORM"), c=v.k(kp.city), game=v.lab(v.pick("Powerball", "Mega Millions", "Cash5", "Pick 4")),
        tk=v.k(kp.ticket_no), amt=v.money(250000), n=n, s=v.sn(), dob=v.born(), a=v.addr(), t=v.tel(), e=v.mail(g, f),
        iss=K("ISSUER", issuer), dl=dl, aba=v.k(kp.aba), acct=v.k(kp.lookalike), cusip=v.k(kp.cusip), lei=v.k(kp.lei), cit=K("CITATION", "26 U.S.C. § 3402(q)"),
        pc=K("PERCENT", "24%"), sg=P("PERSON", f"{g} {f}"), w=v.n())  # fmt: skip


# ------------------------------------------------------------------------------------------------ legal


def student_loan_deferment_request(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{ti}\nOMB No. 1845-0011   {loan}\n\nSECTION 1: BORROWER IDENTIFICATION\n{n}\nSSN {s}    DOB {dob}\n{a}\n"
        "Home phone {t}   Cell {t2}\nEmail {e}\n\nSECTION 2: DEFERMENT REQUESTED\n[x] Economic hardship under {cit}\n"
        "Monthly income {amt}; household of {hh}\nSchool: {sch}\n\nSECTION 3: REFERENCES\n1. {r1} — {t3}\n2. {r2} — {t4}\n\n"
        "Borrower's signature: {sg}   Date: {dt}\nReturn to: {co}, servicer\n",
        ti=v.title("ECONOMIC HARDSHIP DEFERMENT REQUEST"), loan=v.k(kp.loan_no), n=n, s=v.sn(), dob=v.born(), a=v.addr(),
        t=v.tel(), t2=v.tel(), e=v.mail(g, f), cit=v.k(kp.citation), amt=v.money(2600), hh=str(v.r.randint(1, 7)),
        sch=K("SCHOOL", v.pick("Claflin University", "Southeastern Oklahoma State University", "Northern Arizona University", "Diné College")),
        r1=v.n(), t3=v.tel(), r2=v.n(), t4=v.tel(), sg=P("PERSON", f"{g} {f}"), dt=v.dt(), co=v.k(kp.company))  # fmt: skip


def small_estate_affidavit(v: V) -> Doc:
    dg, df, dn = v.person()
    ag, af, an = v.person()
    issuer, dl = v.dl()
    d = Doc().fmt(
        "{dk}\n{ti}\n(Collection of personal property under {cit})\n\nI, {an}, being first duly sworn, state:\n"
        "1. The decedent, {dn}, born {dob}, Social Security number {s}, died on {dod}, domiciled at\n{a}\n"
        "2. Thirty days have elapsed since the death; the whole estate, less liens, does not exceed {amt}.\n"
        "3. I am the decedent's {rel} and live at {a2}; telephone {t}. Identification: driver's license {dl} ({iss}); "
        "my SSN {s2}.\n4. The persons entitled to the property are:\n",
        dk=v.k(kp.docket), ti=v.title("SMALL ESTATE AFFIDAVIT"), cit=v.k(kp.citation), an=an, dn=dn, dob=v.born(),
        s=v.sn(), dod=v.dt(), a=v.addr(), amt=v.money(75000), rel=v.lab(v.pick("son", "surviving spouse", "daughter", "sister")),
        a2=v.addr(lines=False), t=v.tel(), dl=dl, iss=K("ISSUER", issuer), s2=v.sn())  # fmt: skip
    for _ in range(v.r.randint(2, 3)):
        d.fmt(
            "   - {h}, {share}\n",
            h=v.n(),
            share=K("SHARE", v.pick("one-half", "one-third", "one-quarter", "all")),
        )
    return d.fmt(
        "5. Holder of the property: {co}, account {acct}; the decedent's card {cc} has been cancelled.\n"
        "6. Securities: {qty} shares of {tk}, CUSIP {cusip}, and a bond fund, ISIN {isin}.\n\n"
        "Subscribed and sworn before me on {dt}.\n{no}, Notary Public\n",
        co=v.k(kp.company), acct=v.k(kp.lookalike), cc=v.cc(), qty=str(v.r.randint(5, 900)), tk=v.k(kp.ticker),
        cusip=v.k(kp.cusip), isin=v.k(kp.isin), dt=v.dt(), no=v.n())  # fmt: skip


def power_of_attorney_registration(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt(
        "{ti}\nApplication {ref}   Fee {amt}\n\nSection 1 — The donor\n{nm}: {n}\n{born}: {dob}\n{addr}:\n{a}\n"
        "{em}: {e}\n\nSection 2 — The attorneys (acting jointly and severally)\n",
        ti=v.title("REGISTRATION OF A LASTING POWER OF ATTORNEY (property and financial affairs)"), ref=v.k(kp.reference),
        amt=v.money(120), nm=v.w("name"), n=n, born=v.w("born"), dob=v.born(), addr=v.w("address"), a=v.addr(),
        em=v.w("email"), e=v.mail(g, f))  # fmt: skip
    for i in range(2):
        d.fmt("  Attorney {i}: {at}, born {dob}\n  {a}\n  {ph}: {t}\n", i=str(i + 1), at=v.n(), dob=v.born(),
              a=v.addr(lines=False), ph=v.w("phone"), t=v.tel())  # fmt: skip
    return d.fmt(
        "\nSection 3 — Certificate provider: {cp}, who has known the donor for {yrs} years.\n"
        "Section 4 — Refund of fees, if any, to {ib} ({bic}). Investments noted: {isin}.\nMade under {cit}. {sig}: {sg}\n",
        cp=v.n(), yrs=str(v.r.randint(2, 40)), ib=v.ib(), bic=v.sw(), isin=v.k(kp.isin), cit=v.k(kp.citation), sig=v.w("signed"),
        sg=P("PERSON", f))  # fmt: skip


def court_fee_waiver_application(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{dk}\n{ti}\n\n1. Your name: {n}\n   Date of birth: {dob}\n   Address: {a}\n   Phone: {t}   Email: {e}\n"
        "2. Your employer: {emp}; gross pay {amt} a month.\n3. Benefits received: {ben}\n"
        "4. Money in bank accounts: {amt2}, held in {ib} (BIC {bic}); shares: {isin} ({tk}), CUSIP {cusip}.\n5. Household: {hh} people; the other adult is {o}.\n\n"
        "I ask the court to waive fees under {cit}. I declare under penalty of perjury that the above is true.\n"
        "Date: {dt}    {sg}\n",
        dk=v.k(kp.docket), ti=v.title("REQUEST TO WAIVE COURT FEES"), n=n, dob=v.born(), a=v.addr(lines=False), t=v.tel(),
        e=v.mail(g, f), emp=v.k(kp.company), amt=v.money(3200), ben=v.lab(v.pick("SNAP", "SSI", "Medicaid", "none", "CalFresh")),
        amt2=v.money(400), ib=v.ib(), bic=v.sw(), isin=v.k(kp.isin), tk=v.k(kp.ticker), cusip=v.k(kp.cusip), hh=str(v.r.randint(1, 6)), o=v.n(),
        cit=K("CITATION", v.pick("28 U.S.C. § 1915", "Boddie v. Connecticut, 401 U.S. 371 (1971)")), dt=v.dt(),
        sg=P("PERSON", n.value))  # fmt: skip


def jury_pool_roster_csv(v: V) -> Doc:
    d = Doc().fmt("juror_no;surname;given_name;date_of_birth;residence;phone;email;dl_number;panel\n")
    for _ in range(v.r.randint(3, 5)):
        g, f, _ = v.name()
        d.fmt("{jn};{f};{g};{dob};{a};{t};{e};{dl};{pn}\n", jn=K("JUROR", "J" + v.digits(6)),
              f=P("PERSON", f.upper() if v.r.random() < 0.4 else f), g=P("PERSON", g), dob=v.born(),
              a=v.addr(lines=False), t=v.tel(), e=v.mail(g, f), dl=v.dl()[1], pn=K("PANEL", f"P-{v.r.randint(1, 40):02d}"))  # fmt: skip
    return d.fmt("# summoned under {cit}; term {dt}; clerk {cl}\n", cit=K("CITATION", "Jury Selection and Service Act, 28 U.S.C. § 1865"),
                 dt=v.dt(), cl=v.n())  # fmt: skip


# ------------------------------------------------------------------------------------------------ medical


def allergy_skin_prick_test_report(v: V) -> Doc:
    d = Doc().fmt(
        "{co} — Allergy & Immunology\n{ti}\n\nPatient: {n}   MRN: {mr}   {born}: {dob}\nReferred by: {ref}\n"
        "Antihistamines stopped: {dt}\n\nALLERGEN                  WHEAL (mm)   FLARE (mm)\n",
        co=v.k(kp.company, "medical"), ti=v.title("SKIN PRICK TEST REPORT"), n=v.n(), mr=v.mr(), born=v.w("born"),
        dob=v.born(), ref=v.n(), dt=v.dt())  # fmt: skip
    for allergen in v.r.sample(["Histamine (+)", "Saline (-)", "D. pteronyssinus", "Cat pelt", "Timothy grass",
                                "Birch pollen", "Peanut", "Hazelnut", "Alternaria", "Cockroach", "Egg white"], 5):  # fmt: skip
        d.fmt("{al}   {w}   {fl}\n", al=v.lab(allergen), w=K("MEASURE", f"{v.r.randint(0, 12)}.{v.r.randint(0, 9)}"),
              fl=str(v.r.randint(0, 30)))  # fmt: skip
    return d.fmt(
        "\nImpression: {icd}; billed {cpt} x{qty}.\nPlan: adrenaline auto-injector, review in clinic. Call {t} with reactions.\n"
        "Performed by {nurse}, RN; reported by {doc}\n",
        icd=K("ICD10", v.pick("J45.40", "L27.2", "T78.1XXA", "Z91.010", "J30.1", "T78.40XA")),
        cpt=K("CPT", v.pick("95004", "95024")), qty=str(v.r.randint(6, 40)), t=v.tel(ext=v.r.random() < 0.3),
        nurse=v.given(), doc=v.n())  # fmt: skip


def home_oxygen_order_fax(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "FAX   {dt} {tm}   FROM {fax}   TO {co}   P.1/2\n-----------------------------------------------\n"
        "{ti}\n\nPatient ....... {n}\nDOB ........... {dob}\nMRN ........... {mr}\nAddress .......\n{a}\n"
        "Phone ......... {t}\n\nDiagnosis: {icd}\nResting SpO2 on room air: {spo}% on {dt2}\nOrder: O2 {lpm} L/min via "
        "nasal cannula, {hrs} h/day; concentrator + portable cylinders ({prod})\nLength of need: {lon} months\n\n"
        "Prescriber: {doc}    NPI {npi}\nIf received in error call {t2}\n",
        dt=v.dt(), tm=v.k(kp.clock), fax=v.tel(), co=v.k(kp.company), ti=v.title("HOME OXYGEN ORDER"), n=n,
        dob=v.born(), mr=v.mr(), a=v.addr(), t=v.tel(), icd=K("ICD10", v.pick("J44.1", "J96.11", "J84.10")),
        spo=str(v.r.randint(78, 88)), dt2=v.dt(), lpm=K("MEASURE", v.pick("1", "1.5", "2", "3")), hrs=str(v.r.randint(12, 24)),
        prod=K("PRODUCT", v.pick("Inogen One G5", "EverFlo Q", "SimplyGo Mini")), lon=str(v.r.choice([6, 12, 99])),
        doc=v.n(), npi=K("NPI", "1" + v.digits(9)), t2=v.tel(ext=True))  # fmt: skip


def birth_registration_worksheet(v: V) -> Doc:
    mg, mf, mn = v.person()
    d = Doc().fmt(
        "{co}\n{ti}\n\nCHILD\n  Given names: {cg}\n  Date of birth: {cdob}   Time: {tm}   Sex: {sex}\n  Birth weight: {wt} g\n"
        "  Place: {co}\n\nMOTHER / PARENT 1\n  {nm}: {mn}\n  {born}: {mdob}\n  Hospital no.: {mr}\n  {addr}:\n{a}\n"
        "  {ph}: {t}\n  {em}: {e}\n\nFATHER / PARENT 2\n  {nm}: {fn}\n  {born}: {fdob}\n",
        co=v.k(kp.company, "medical"), ti=v.title("BIRTH REGISTRATION WORKSHEET"), cg=v.given(), cdob=v.born(child=True),
        tm=v.k(kp.clock), sex=v.pick("F", "M"), wt=str(v.r.randint(2100, 4600)), nm=v.w("name"), mn=mn, born=v.w("born"),
        mdob=v.born(), mr=v.mr(), addr=v.w("address"), a=v.addr(), ph=v.w("phone"), t=v.tel(), em=v.w("email"),
        e=v.mail(mg, mf), fn=v.n(), fdob=v.born())  # fmt: skip
    if v.us():
        d.fmt("  Parent 1 SSN (for the child's number): {s}\n", s=v.sn())
    return d.fmt("\nCoded {icd}. Informant: {inf}, midwife. Registered under {cit}.\n", icd=K("ICD10", "Z38.00"),
                 inf=v.n(), cit=K("CITATION", "Births and Deaths Registration Act 1953, s. 2"))  # fmt: skip


def pharmacy_label_print_xml(v: V) -> Doc:
    g, f, _ = v.name()
    line, city, post = v.addr_parts()
    return Doc().fmt(
        '<?xml version="1.0"?>\n<labelJob printer="{host}" queue="rx-labels" sent="{ts}">\n  <pharmacy>{co}</pharmacy>\n'
        "  <patient>\n    <family>{f}</family>\n    <given>{g}</given>\n    <dob>{dob}</dob>\n    <mrn>{mr}</mrn>\n"
        "    <addr1>{line}</addr1>\n    <city>{city}</city>\n    <postal>{post}</postal>\n    <phone>{t}</phone>\n  </patient>\n"
        "  <rx number=\"{rx}\" ndc=\"{ndc}\" refills=\"{rf}\">{drug}</rx>\n  <prescriber>{doc}</prescriber>\n"
        "  <verifiedBy>{rph}</verifiedBy>\n  <client ip=\"{ip}\"/>\n</labelJob>\n",
        host=K("HOST", "lbl-" + v.digits(3)), ts=v.k(kp.timestamp), co=v.k(kp.company, "medical"), f=P("PERSON", f),
        g=P("PERSON", g), dob=v.born(), mr=v.mr(), line=line, city=city, post=post, t=v.tel(),
        rx=K("RX", "RX" + v.digits(7)), ndc=v.k(kp.ndc), rf=str(v.r.randint(0, 5)),
        drug=v.lab(v.pick("Amoxicillin 500 mg caps", "Salbutamol 100 mcg inhaler", "Metformin 850 mg tabs", "Cetirizine 10 mg")),
        doc=v.n(), rph=v.given(), ip=v.ipa())  # fmt: skip


def audiogram_report(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt(
        "{co}\n{ti}\n\nName: {n}    Record: {mr}    DOB: {dob}\nTest date: {dt}   Audiometer {prod} (cal. {dt2})\n\n"
        "Hz      250  500  1k   2k   4k   8k\n",
        co=v.k(kp.company, "medical"), ti=v.title("PURE-TONE AUDIOGRAM"), n=n, mr=v.mr(), dob=v.born(), dt=v.dt(),
        prod=K("PRODUCT", v.pick("Interacoustics AD629", "GSI 61", "Madsen Astera2")), dt2=v.dt())  # fmt: skip
    for ear in ("R AC", "L AC"):
        d.fmt(ear + "    " + "  ".join(f"{v.r.randint(0, 18) * 5:>3}" for _ in range(6)) + "\n")
    return d.fmt(
        "\nSpeech recognition {pc}. Tympanometry type A bilaterally.\nDiagnosis {icd}; {cpt}.\n"
        "Results sent to {e}. Questions: {aud}, audiologist, {t}\n",
        pc=v.k(kp.percent), icd=K("ICD10", v.pick("H90.3", "H91.10", "H93.13")), cpt=K("CPT", v.pick("92557", "92567")),
        e=v.mail(g, f), aud=v.n(), t=v.tel())  # fmt: skip


def mri_safety_screening_questionnaire(v: V) -> Doc:
    d = Doc().fmt(
        "{co} — Radiology\n{ti}\nAccession {acc}\n\nPatient name: {n}\nDate of birth: {dob}\nMRN: {mr}\n"
        "Weight: {wt} kg   Height: {ht} cm\n\n",
        co=v.k(kp.company, "medical"), ti=v.title("MRI SAFETY SCREENING FORM"), acc=K("ACCESSION", "MR" + v.digits(8)),
        n=v.n(), dob=v.born(), mr=v.mr(), wt=str(v.r.randint(40, 130)), ht=str(v.r.randint(140, 200)))  # fmt: skip
    for q in v.r.sample(["Cardiac pacemaker or ICD", "Cochlear implant", "Aneurysm clip", "Metal fragments in eyes",
                         "Insulin pump", "Tattoos or permanent make-up", "Pregnant or breastfeeding"], 4):  # fmt: skip
        d.fmt("[{yn}] {q}\n", yn=v.pick(" ", "x", " "), q=v.lab(q))
    return d.fmt(
        "\nContrast: {cpt}   eGFR {egfr}\nEmergency contact: {ec} ({rel}), {t}\nScreened by {tech}; patient signature {sg}\n",
        cpt=K("CPT", v.pick("70551", "72148")), egfr=str(v.r.randint(30, 120)), ec=v.n(),
        rel=v.lab(v.pick("husband", "mother", "son", "hermana", "mari", "дочь", "父")), t=v.tel(), tech=v.given(),
        sg=v.n())  # fmt: skip


# ------------------------------------------------------------------------------------------------ life and records


def cemetery_plot_deed_register(v: V) -> Doc:
    d = Doc().fmt(
        "{co} — Register of Grants of Exclusive Right of Burial\n\n{hd}\n", co=v.k(kp.company),
        hd="Deed | Plot | Grantee | Grantee's address | Interred | Born | Interment")  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        d.fmt("{deed} | {plot} | {gr} | {a} | {it} | {dob} | {dt}\n", deed=K("DEED", "D" + v.digits(5)),
              plot=v.k(kp.plot_no), gr=v.n(), a=v.addr(lines=False), it=v.n(), dob=v.born(), dt=v.dt())  # fmt: skip
    return d.fmt(
        "\nRenewal fee {amt} paid by card {cc}. Memorial mason: {mason}, {t}\n", amt=v.money(900), cc=v.cc(),
        mason=v.n(), t=v.tel())  # fmt: skip


def pet_microchip_registry_csv(v: V) -> Doc:
    d = Doc().fmt("chip,pet,species,owner,owner_phone,alt_phone,owner_email,address,registered\n")
    for _ in range(v.r.randint(3, 4)):
        g, f, n = v.person()
        d.fmt('{chip},{pet},{sp},"{n}",{t},{t2},{e},"{a}",{dt}\n', chip=v.k(kp.microchip),
              pet=v.lab(v.pick("Biscuit", "Lupo", "Manchas", "Шарик", "ポチ", "Mbwa", "Kitty", "Rex", "Canela", "Tigre")),
              sp=v.pick("dog", "cat", "ferret"), n=n, t=v.tel(), t2=v.tel(foreign=v.r.random() < 0.3), e=v.mail(g, f),
              a=v.addr(lines=False), dt=v.dt())  # fmt: skip
    return d.fmt("# lifetime registration {amt} charged to {cc}; export {ts} by {vet}\n", amt=v.money(60), cc=v.cc(),
                 ts=v.k(kp.timestamp), vet=v.n())  # fmt: skip


def rideshare_trip_receipt_email(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "Subject: Your {day} trip with {drv}\nTo: {e}\n\nThanks for riding, {g}!\n\nTotal {amt}\nTrip fare {amt2}\n"
        "Booking fee {amt3}\n\nPicked up  {tm}  {a}\nDropped off {tm2}  {a2}\n\nPaid with {cc}\nTrip {trip}\n"
        "Rider phone on file: {t}\nSigned in from {ip}\n\nLost something? Your driver {drv} can be reached through the app.\n",
        day=v.pick("morning", "evening", "afternoon", "night"), drv=v.given(), e=v.mail(g, f), g=P("PERSON", g),
        amt=v.money(90), amt2=v.money(70), amt3=v.money(8), tm=v.k(kp.clock), a=v.addr(lines=False), tm2=v.k(kp.clock),
        a2=v.addr(lines=False), cc=v.cc(), trip=v.k(kp.trip_id), t=v.tel(), ip=v.ipa())  # fmt: skip


def smart_meter_portal_audit_log(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt("# {co} customer portal audit, meter {m}\n", co=v.k(kp.company), m=v.k(kp.meter_id))
    d.fmt("{ts} INFO  login ok user={e} src={ip} agent=\"{ag}\"\n", ts=v.k(kp.timestamp), e=v.mail(g, f), ip=v.ipa(),
          ag=K("AGENT", v.pick("Mozilla/5.0 (Android 14)", "okhttp/4.12.0", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5)")))  # fmt: skip
    d.fmt("{ts} INFO  profile.update holder=\"{n}\" supply_address=\"{a}\"\n", ts=v.k(kp.timestamp), n=n,
          a=v.addr(lines=False))  # fmt: skip
    d.fmt("{ts} INFO  payment.method set=direct_debit iban={ib} bic={bic} src={ip}\n", ts=v.k(kp.timestamp), ib=v.ib(),
          bic=v.sw(), ip=v.ipa())  # fmt: skip
    d.fmt(
        "{ts} WARN  card.declined pan={cc} amount={amt}\n", ts=v.k(kp.timestamp), cc=v.cc(), amt=v.money(400)
    )
    d.fmt(
        "{ts} INFO  contact.update mobile={t} by=agent:{ag}\n", ts=v.k(kp.timestamp), t=v.tel(), ag=v.given()
    )
    return d.fmt(
        "{ts} INFO  logout src={ip} session={sid}\n", ts=v.k(kp.timestamp), ip=v.ipa(), sid=v.k(kp.trip_id)
    )


def tenants_association_group_chat(v: V) -> Doc:
    people = [v.name() for _ in range(3)]
    d = Doc().fmt("— {bld} Tenants' Association —\n", bld=v.k(kp.company))
    lines: list[tuple[str, dict[str, str | P | K]]] = [
        (
            "landlord's agent is {n}, number {t}, if anyone else gets the rent letter",
            {"n": v.n(), "t": v.tel()},
        ),
        ("dues for the legal fund: {amt} each into {ib}", {"amt": v.money(50), "ib": v.ib()}),
        ("the BIC is {bic} if your bank app asks", {"bic": v.sw()}),
        ("hearing is {dt} re {dk}, bring your lease", {"dt": v.dt(), "dk": v.k(kp.docket)}),
        ("new neighbour in 4B: {n}. her post keeps coming to {a}", {"n": v.n(), "a": v.addr(lines=False)}),
        ("send the damp photos to {e} before friday", {"e": v.mail(people[1][0], people[1][1])}),
        ("boiler man says ring him on {t}", {"t": v.tel()}),
    ]
    for i, (text, slots) in enumerate(lines):
        who = people[i % 3][0]
        d.fmt(
            "{tm} - {who}: ", tm=v.k(kp.clock), who=P("PERSON", who.lower() if v.r.random() < 0.35 else who)
        )
        d.fmt(text + "\n", **slots)
    return d


def dna_match_list_tsv(v: V) -> Doc:
    d = Doc().fmt("match\tshared\tsegments\tpredicted\tmanaged_by\tcontact\tbirth\tkit\n")
    for _ in range(v.r.randint(3, 5)):
        g, f, n = v.person()
        d.fmt("{n}\t{cm}\t{seg}\t{rel}\t{mg}\t{e}\t{dob}\t{kit}\n", n=n, cm=v.k(kp.cm_shared), seg=str(v.r.randint(1, 60)),
              rel=v.lab(v.pick("2nd cousin", "1st cousin 1R", "half sibling", "3rd–4th cousin", "parent/child", "uncle")),
              mg=v.given(), e=v.mail(g, f), dob=v.born(), kit=v.k(kp.kit_id))  # fmt: skip
    return d.fmt(
        "# exported {ts} for {n}; tree hint: ancestors from {c}\n",
        ts=v.k(kp.timestamp),
        n=v.n(),
        c=v.k(kp.city),
    )


def password_manager_csv_export(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt("name,url,username,password,extra\n")
    d.fmt('Webmail,{u},{e},{pw},"recovery phone {t}"\n', u=v.k(kp.url), e=v.mail(g, f),
          pw=K("SECRET", "".join(v.r.choice(string.ascii_letters + string.digits) for _ in range(14))), t=v.tel())  # fmt: skip
    d.fmt('Bank,{u},{e},{pw},"card {cc} / account {ib}"\n', u=v.k(kp.url), e=v.mail(g, f),
          pw=K("SECRET", "".join(v.r.choice(string.ascii_letters + string.digits) for _ in range(16))), cc=v.cc(), ib=v.ib())  # fmt: skip
    d.fmt('Home router,http://router.lan/,admin,{pw},"WAN {ip}; DDNS last seen {ip2}"\n', ip=v.ipa(),
          pw=K("SECRET", "".join(v.r.choice(string.ascii_letters) for _ in range(12))), ip2=v.ipa())  # fmt: skip
    d.fmt('Car insurance,{u},{e},{pw},"licence {dl}, holder {n}, garaged at {a}"\n', u=v.k(kp.url), e=v.mail(g, f),
          pw=K("SECRET", "".join(v.r.choice(string.ascii_lowercase + string.digits) for _ in range(10))), dl=v.dl()[1], n=n,
          a=v.addr(lines=False))  # fmt: skip
    return d.fmt('Pharmacy,{u},{e},{pw},"born {dob}"\n', u=v.k(kp.url), e=v.mail(g, f),
                 pw=K("SECRET", "".join(v.r.choice(string.ascii_letters) for _ in range(11))), dob=v.born())  # fmt: skip


def email_header_dump(v: V) -> Doc:
    g, f, n = v.person()
    g2, f2, n2 = v.person()
    return Doc().fmt(
        "Return-Path: <{e}>\nReceived: from [{ip}] (port=5{port} helo=laptop)\n\tby mx.{dom} with esmtpsa "
        "(TLS1.3) id {qid}; {ts}\nX-Originating-IP: [{ip2}]\nFrom: \"{n}\" <{e}>\nTo: {n2} <{e2}>\n"
        "Subject: lease renewal — {ref}\nMessage-ID: {mid}\nX-Mailer: {ver}\n\n{g2}, my new number is {t} and the "
        "post should go to {a} from now on.\n",
        e=v.mail(g, f), ip=v.ipa(), port=v.digits(3), dom=v.pick("example.net", "example.org"), qid=K("QUEUE_ID", v.letters(4) + v.digits(6)),
        ts=v.k(kp.timestamp), ip2=v.ipa(), n=n, n2=n2, e2=v.mail(g2, f2), ref=v.k(kp.reference), mid=v.k(kp.message_id),
        ver=v.k(kp.version), g2=P("PERSON", g2), t=v.tel(), a=v.addr(lines=False))  # fmt: skip


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    credit_union_membership_application,
    safe_deposit_box_access_log,
    cheque_deposit_slip_ocr,
    standing_order_confirmation_email,
    lottery_prize_claim_form,
    student_loan_deferment_request,
    small_estate_affidavit,
    power_of_attorney_registration,
    court_fee_waiver_application,
    jury_pool_roster_csv,
    allergy_skin_prick_test_report,
    home_oxygen_order_fax,
    birth_registration_worksheet,
    pharmacy_label_print_xml,
    audiogram_report,
    mri_safety_screening_questionnaire,
    cemetery_plot_deed_register,
    pet_microchip_registry_csv,
    rideshare_trip_receipt_email,
    smart_meter_portal_audit_log,
    tenants_association_group_chat,
    dna_match_list_tsv,
    password_manager_csv_export,
    email_header_dump,
)
US_ONLY = ("lottery_prize_claim_form", "student_loan_deferment_request", "small_estate_affidavit")
US_LOCALES = ("gul-US", "cho-US", "hop-US")


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
