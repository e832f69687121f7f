"""The eleventh holdout PII set: `python -m tools.pii_holdout11_set` writes benchmarks/pii_intl/holdout11.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written blind: without opening
Charter's recognizers, their word lists, the benchmark's results or any misses file, and the scrubber was never
run on it while it was written. The earlier sets (tools/pii_intl_set.py, tools/pii_holdout*_set.py) were read
only to copy their structure and to avoid their families, sentences, renderings and name origins. Families:
apiary registration forms, organ donor registrations, bicycle register records, scholarship award letters,
hunting licence applications, bail bond applications, name change petitions, wedding guest lists in TSV,
crowdfunding backer CSV exports, DICOM header dumps, X.509 certificate text dumps, GnuPG key listings, git
.mailmap files, CITATION.cff files, GPX track files, smart doorbell event JSON, print server page logs, carpool
group chat exports, removal-company quote e-mail threads, OCR'd parish baptism register extracts, makerspace
tool-induction tables in Markdown, ski school class rosters, EDIFACT PAXLST passenger messages and sleep study
summaries.

Values come from tools/pii_holdout11_values.py: every person name from hand-written lists of real given names
and surnames (Yiddish, Pennsylvania Dutch, Cajun, Orcadian, Gibraltarian, Monégasque, Sammarinese, Aragonese,
Tuvan, Kalmyk, Avar, Kabardian, Abkhaz, Baloch, Kashmiri, Tulu, Maithili, Khasi, Mizo, Santali, Newar, Sherpa,
Chakma, Shan, Cham, Batak Toba, Minangkabau, Iban, Okinawan, Macanese, Sri Lankan Burgher, Nauruan, Solomon
Islander, Chuukese, Kanak, Wallisian, Niuean, Yolŋu, Torres Strait Islander, Wayuu, Rapa Nui, Bolivian
Mennonite, Mi'kmaq, Maasai, Chaga, Tsonga, Mozambican, Angolan, Herero, Lozi, Kongo, Fang, Bamileke, Sara,
Tuareg, Hassaniya Moorish, Serer, Kpelle, Ga, Efik, Tiv, Edo, Nuer, Mauritian, Réunionnais, Seychellois,
Indo-Guyanese and Jamaican, in Latin, Cyrillic, Arabic, Hebrew, Devanagari, Kannada, Bengali, Ol Chiki and
kanji scripts), none from Faker or Mimesis; street lines from hand-written street and city lists; phones
from the `phonenumbers` library's metadata, each rendering read back as valid from the document's country;
cards, IBANs, BICs, SSNs, driver's licences and record numbers from their published layouts and check digits.
Must-keep values come from tools/pii_holdout11_keep.py.

Schema as the international set's: `{"id", "split", "family", "locale", "text", "pii": [{"type", "start",
"end"}], "keep": [{"type", "value"}]}`. A span covers the value as written: a phone number with its extension,
a street line with the postcode and city written with it (over two lines where the document breaks it), a name
without its title; where a format keeps the family and given names in separate fields (DICOM, EDIFACT, CFF),
each field is its own span.

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

from tools import pii_holdout11_keep as kp
from tools.pii_holdout11_values import LOCALES, STREETS, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout11.jsonl"
SEED = 1170413
DOCUMENTS = 504
SPLIT = "holdout11"

# Form labels in the document's language.
WORDS = {
    "phone": {"en": "Phone", "fr": "Tél.", "es": "Teléfono", "pt": "Telefone", "it": "Telefono", "ru": "Телефон",
              "id": "Telepon", "ms": "No. telefon", "ja": "電話番号"},
    "born": {"en": "Date of birth", "fr": "Né(e) le", "es": "Fecha de nacimiento", "pt": "Data de nascimento",
             "it": "Data di nascita", "ru": "Дата рождения", "id": "Tanggal lahir", "ms": "Tarikh lahir",
             "ja": "生年月日"},
    "address": {"en": "Address", "fr": "Adresse", "es": "Domicilio", "pt": "Morada", "it": "Indirizzo",
                "ru": "Адрес", "id": "Alamat", "ms": "Alamat rumah", "ja": "住所"},
    "name": {"en": "Name", "fr": "Nom et prénom", "es": "Nombre completo", "pt": "Nome completo",
             "it": "Nome e cognome", "ru": "ФИО", "id": "Nama lengkap", "ms": "Nama penuh", "ja": "氏名"},
    "email": {"en": "Email", "fr": "Courriel", "es": "Correo electrónico", "pt": "E-mail", "it": "Email",
              "ru": "Эл. адрес", "id": "Surel", "ms": "E-mel", "ja": "メールアドレス"},
    "signed": {"en": "Signature", "fr": "Signature", "es": "Firma", "pt": "Assinatura", "it": "Firma",
               "ru": "Подпись", "id": "Tanda tangan", "ms": "Tandatangan", "ja": "署名"},
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

    def openssl_time(self, first: int, last: int) -> str:
        """An instant as `openssl x509 -text` prints it: "Aug  7 09:15:00 2025 GMT"."""
        month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[self.r.randint(0, 11)]
        clock = f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}"
        return f"{month} {self.r.randint(1, 28):2d} {clock} {self.r.randint(first, last)} GMT"

    def born_compact(self) -> P:
        return P("DATE_OF_BIRTH", self.dob_compact())

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


# ------------------------------------------------------------------------------------------------ forms and registers


def apiary_registration_form(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{co}\n{ti}\nRegistration no. {api}   Received {dt}\n\n1. BEEKEEPER\n{nm}: {n}\n{born}: {dob}\n{addr}: {a}\n"
        "{ph}: {t}\n{em}: {e}\n\n2. APIARY SITE\nNearest town: {c}\nColonies: {hives} in {prod} hives\n"
        "Honey sold as {hs}\n\n3. VARROA TREATMENT SUBSIDY\nPay to: {ib}   BIC: {bic}\n\nI declare the above is true "
        "({cit}).   {sig}: {n2}\nInspected {dt2} by {n3}\n",
        co=v.k(kp.company), ti=v.title("APIARY REGISTRATION / DÉCLARATION DE RUCHER"), api=v.k(kp.apiary_no), dt=v.dt(),
        nm=v.w("name"), n=n, born=v.w("born"), dob=v.born(), addr=v.w("address"), a=v.addr(), ph=v.w("phone"),
        t=v.tel(), em=v.w("email"), e=v.mail(g, f), c=v.k(kp.city), hives=str(v.r.randint(2, 60)), prod=K("PRODUCT", v.pick("Langstroth 10-frame", "Dadant 12", "Warré top-bar", "National")),
        hs=v.k(kp.hs_code), ib=v.ib(), bic=v.sw(), cit=K("CITATION", "Apiaries Act 1994, s. 5"), sig=v.w("signed"),
        n2=P("PERSON", f), dt2=v.dt(), n3=v.n())  # fmt: skip


def organ_donor_registration_form(v: V) -> Doc:
    g, f, n = v.person()
    issuer, dl = v.dl()
    d = Doc().fmt(
        "{ti}\n{co}\n\n{nm}: {n}\n{born}: {dob}\nHospital no.: {mr}\nIdentity document: driving licence {dl} ({iss})\n",
        ti=v.title("ORGAN AND TISSUE DONOR REGISTRATION"), co=v.k(kp.company, "medical"), nm=v.w("name"), n=n,
        born=v.w("born"), dob=v.born(), mr=v.mr(), dl=dl, iss=K("ISSUER", issuer))  # fmt: skip
    if v.us():
        d.fmt("SSN (for registry matching only): {s}\n", s=v.sn())
    organs = v.r.sample(["kidneys", "liver", "heart", "lungs", "corneas", "pancreas", "skin", "bone"], 3)
    return d.fmt(
        "{addr}:\n{a}\n{ph}: {t}   {em}: {e}\n\nI wish to donate: [x] {o1}  [x] {o2}  [x] {o3}\nConditions noted: {icd}\n"
        "People to tell: {k1} ({r1}), {k2} ({r2}) {t2}\nRegistered under {cit} on {dt}.   {sig}: {sg}\n",
        addr=v.w("address"), a=v.addr(), ph=v.w("phone"), t=v.tel(), em=v.w("email"), e=v.mail(g, f), o1=v.lab(organs[0]),
        o2=v.lab(organs[1]), o3=v.lab(organs[2]), icd=v.k(kp.icd10), k1=v.n(), r1=v.lab(v.pick("wife", "son", "brother", "partner", "épouse", "сын", "hermano", "妻")),
        k2=v.given(), r2=v.lab(v.pick("daughter", "niece", "mother", "friend", "fille", "дочь", "sobrina", "娘")), t2=v.tel(),
        cit=v.k(kp.citation), dt=v.dt(), sig=v.w("signed"), sg=P("PERSON", g))  # fmt: skip


def bike_registry_record(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt(
        "BIKE REGISTER — record {ref}\nFrame number ........ {frame}\nMake / model ........ {prod}\nColour .............. {col}\n"
        "Owner ............... {n}\nID checked .......... licence {dl}\nAddress ............. {a}\nMobile .............. {t}\n"
        "Email ............... {e}\nBought .............. {dt} for {amt} (receipt {inv})\n",
        ref=v.k(kp.reference), frame=v.k(kp.frame_no), prod=K("PRODUCT", v.pick("Brompton C Line", "Trek FX 3", "Giant Talon 2", "Specialized Turbo Vado", "Shimano XT M8100 build")),
        col=v.lab(v.pick("matt black", "racing green", "orange/white", "sky blue", "ナイトブルー", "серый")), n=n,
        dl=v.dl()[1], a=v.addr(lines=False), t=v.tel(), e=v.mail(g, f), dt=v.dt(), amt=v.money(3000), inv=v.k(kp.invoice))  # fmt: skip
    if v.r.random() < 0.6:
        d.fmt("STATUS: STOLEN — reported {dt} near {c}, police ref {ref}. Finder, please ring {t}.\n", dt=v.dt(),
              c=v.k(kp.city), ref=v.k(kp.reference), t=v.tel(foreign=v.r.random() < 0.3))  # fmt: skip
    else:
        d.fmt(
            "STATUS: transferred to {n2} on {dt} (new owner's number {t}).\n", n2=v.n(), dt=v.dt(), t=v.tel()
        )
    return d


def hunting_licence_application(v: V) -> Doc:
    g, f, n = v.person()
    issuer, dl = v.dl()
    return Doc().fmt(
        "{ti}\nLicense year {yr}   Application {ref}\n\nApplicant: {n}\nDate of Birth: {dob}\nSocial Security Number: {s}\n"
        "(required under {cit})\nDriver's license: {dl}   State: {iss}\nResidence:\n{a}\nPhone: {t}\nEmail: {e}\n"
        "Hunter education certificate: {hec}\nLicenses requested: {lic}\nFee {amt} charged to card {cc}\n"
        "Parent/guardian if under 18: {pg}\n",
        ti=v.title("RESIDENT HUNTING AND TRAPPING LICENSE APPLICATION"), yr=v.pick("2025-26", "2026-27"),
        ref=v.k(kp.reference), n=n, dob=v.born(), s=v.sn(), cit=K("CITATION", "42 U.S.C. § 666(a)(13)"), dl=dl,
        iss=K("ISSUER", issuer), a=v.addr(), t=v.tel(), e=v.mail(g, f), hec=K("CERTIFICATE", "HE-" + v.digits(7)),
        lic=v.lab(v.pick("General + Archery Deer", "Waterfowl + Federal Duck Stamp", "Fur Taker", "Bear")),
        amt=v.money(120), cc=v.cc(), pg=v.n())  # fmt: skip


def bail_bond_application(v: V) -> Doc:
    issuer, dl = v.dl()
    g2, f2, n2 = v.person()
    return Doc().fmt(
        "{co} — BAIL BOND APPLICATION & INDEMNITY AGREEMENT\nCourt: {c}   {dk}   Bail set at {amt}\nAuthority: {cit}\n\n"
        "DEFENDANT\n  Name: {d}\n  DOB: {dob}   SSN: {s}\n  DL#: {dl} ({iss})\n  Home: {a}\n  Cell: {t}\n\n"
        "INDEMNITOR (co-signer)\n  Name: {n2}\n  SSN: {s2}\n  Employer: {emp}\n  Phone: {t2}   Email: {e2}\n"
        "  Address: {a2}\n\nPremium {pc} paid by card {cc}. Collateral: {col}\nSurety holds {isin} ({tk}) as reserve.\n",
        co=v.k(kp.company), c=v.k(kp.city), dk=v.k(kp.docket), amt=v.money(50000), cit=v.k(kp.citation), d=v.n(),
        dob=v.born(), s=v.sn(), dl=dl, iss=K("ISSUER", issuer), a=v.addr(lines=False), t=v.tel(), n2=n2, s2=v.sn(),
        emp=v.k(kp.company), t2=v.tel(ext=v.r.random() < 0.3), e2=v.mail(g2, f2), a2=v.addr(lines=False),
        pc=v.k(kp.percent), cc=v.cc(), col=v.lab(v.pick("2014 Ford F-150 title", "none", "jewellery (appraised)")), isin=v.k(kp.isin), tk=v.k(kp.ticker))  # fmt: skip


def name_change_petition(v: V) -> Doc:
    g, f, n = v.person()
    g2, f2, n2 = v.person()
    issuer, dl = v.dl()
    d = Doc().fmt(
        "IN THE COURT OF COMMON PLEAS OF {c} COUNTY\n{dk}\n\nIN RE: PETITION FOR CHANGE OF NAME OF {n}\n\n"
        "{ti}\n\n1. Petitioner's present name is {n} and petitioner asks to be known as {n2}.\n"
        "2. Petitioner was born on {dob} and resides at\n{a}\n3. Petitioner's telephone is {t} and e-mail {e}.\n"
        "4. Petitioner has not been convicted of a felony. Filing fee {amt} (receipt {inv}).\n"
        "5. Notice will be published under {cit}.\n\nCONFIDENTIAL INFORMATION SHEET (not for public record)\n"
        "Social Security No.: {s}\nDriver's license: {dl} ({iss})\n",
        c=K("COUNTY", v.pick("Lancaster", "Lebanon", "Kings", "St. Martin", "Lafayette")), dk=v.k(kp.docket), n=n,
        ti=v.title("PETITION FOR CHANGE OF NAME"), n2=n2, dob=v.born(), a=v.addr(), t=v.tel(), e=v.mail(g2, f2),
        amt=v.money(400), inv=v.k(kp.invoice), cit=K("CITATION", "54 Pa.C.S. § 701"), s=v.sn(), dl=dl,
        iss=K("ISSUER", issuer))  # fmt: skip
    for _ in range(v.r.randint(0, 2)):
        kg, kf, _ = v.name()
        d.fmt("Minor child also to be renamed: {k}, born {kdob}, SSN {ks}\n", k=P("PERSON", f"{kg} {kf}"),
              kdob=v.born(child=True), ks=v.sn())  # fmt: skip
    return d.fmt("\nVerified this {dt}.\n\n______________________\n{n}, Petitioner\nCounsel: {law}, {lt}\n",
                 dt=v.dt(), n=P("PERSON", n2.value), law=v.n(), lt=v.tel(ext=True))  # fmt: skip


def ocr_church_baptism_register(v: V) -> Doc:
    kg, kf, _ = v.name()
    return Doc().fmt(
        "{co}\nEXTRACT FR0M THE REG1STER 0F BAPTISMS\nVol. {vol}, p. {pg}, entry n° {no}\n\n"
        "Christian name: {kg}     Surname: {kf}\nB0rn: {dob}\nBaptised: {dt}\nFather: {fa}\nMoth-\ner: {mo}\n"
        "Godparents: {gp1} and {gp2}\nAbode: {a}\nOfficiating min1ster: {pr}\n\n"
        "Extract requested {dt2} by {rq} (tel. {t}) for a marriage in {c}.\n",
        co=v.k(kp.company), vol=str(v.r.randint(3, 40)), pg=str(v.r.randint(10, 300)), no=K("ENTRY", str(v.r.randint(100, 9999))),
        kg=P("PERSON", kg), kf=P("PERSON", kf), dob=v.born(), dt=v.dt(), fa=v.n(), mo=v.n(), gp1=v.n(), gp2=v.n(),
        a=v.addr(), pr=v.n(), dt2=v.dt(), rq=v.n(), t=v.tel(), c=v.k(kp.city))  # fmt: skip


def sleep_study_summary(v: V) -> Doc:
    return Doc().fmt(
        "{co}\n{ti}\n\nPatient: {n}    MRN: {mr}\n{born}: {dob}\nReferring clinician: {ref}\nStudy date: {dt}  (recorder {sn})\n\n"
        "Total sleep time {tst} min; sleep efficiency {pc}\nAHI {ahi}/h, ODI {odi}/h, lowest SpO2 {spo}%\n"
        "Impression: obstructive sleep apnoea ({icd}).\nPlan: auto-CPAP trial ({prod}), review {dt2}.\n"
        "Contact on file: {t}\n\nReported by {doc}\n",
        co=v.k(kp.company, "medical"), ti=v.title("POLYSOMNOGRAPHY REPORT"), n=v.n(), mr=v.mr(), born=v.w("born"),
        dob=v.born(), ref=v.n(), dt=v.dt(), sn=K("SERIAL", "PSG-" + v.digits(6)), tst=str(v.r.randint(250, 450)),
        pc=K("PERCENT", f"{v.r.randint(58, 96)}.{v.r.randint(0, 9)}%"), ahi=K("MEASURE", f"{v.r.randint(5, 60)}.{v.r.randint(0, 9)}"),
        odi=K("MEASURE", f"{v.r.randint(3, 50)}.{v.r.randint(0, 9)}"), spo=str(v.r.randint(72, 91)),
        icd=K("ICD10", "G47.33"), prod=v.lab(v.pick("ResMed AirSense 11", "Philips DreamStation 2", "BMC G3")),
        dt2=v.dt(), t=v.tel(), doc=v.n())  # fmt: skip


# ------------------------------------------------------------------------------------------------ letters and threads


def scholarship_award_letter(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{co}\n\n{n}\n{a}\n\n{dt}\nOur ref: {ref}\n\nDear {g},\n\nI am delighted to tell you that the trustees have awarded "
        "you a bursary of {amt} for the academic year beginning {dt2}. We hold your date of birth as {dob}; if this is "
        "wrong, please reply from {e}, the address you applied with, before the first payment.\n\nThe award will be paid in three instalments to the account "
        "you gave us, {ib} (BIC {bic}). If you change banks, call the office on {t}.\n\nThe award is funded from the trust's holding of {isin} "
        "(CUSIP {cusip}, {tk}).\n\nYours sincerely,\n\n{sg}\n"
        "Secretary to the Trustees\n",
        co=v.k(kp.company), n=n, a=v.addr(), dt=v.dt(), ref=v.k(kp.reference), g=P("PERSON", g), amt=v.money(8000),
        dt2=v.dt(), dob=v.born(), e=v.mail(g, f),
        ib=v.ib(), bic=v.sw(), t=v.tel(), isin=v.k(kp.isin), cusip=v.k(kp.cusip), tk=v.k(kp.ticker), sg=v.n())  # fmt: skip


def moving_company_quote_thread(v: V) -> Doc:
    g, f, n = v.person()
    g2, f2, n2 = v.person()
    co = v.k(kp.company)
    return Doc().fmt(
        "From: {n} <{e}>\nTo: {n2} <{e2}>\nDate: {dt}\nSubject: Re: Quote {q} — move on {dt2}\n\nHi {g2},\n\n"
        "Thanks, that works. Collection from\n{a}\nand delivery to {a2}. The piano needs four people.\n"
        "I paid the deposit of {amt} just now from my account {ib}; if it bounces, charge the "
        "card I gave on the phone, {cc}.\n\n{g}\n{t}\n\n> On {dt3}, {n2} wrote:\n> Dear {g},\n> Our quote {q} for about "
        "{vol} m³ (order {ord}, crate tracking {trk}) is {amt2}. A deposit is payable to {co}, {ib2}, BIC {bic}.\n> --\n> {n2}\n> Removals coordinator, {co}\n"
        "> Office {t2} | Mobile {t3}\n",
        n=n, e=v.mail(g, f), n2=n2, e2=v.mail(g2, f2), dt=v.dt(), q=v.k(kp.invoice), dt2=v.dt(), g2=P("PERSON", g2),
        a=v.addr(), a2=v.addr(lines=False), amt=v.money(900), ib=v.ib(), cc=v.cc(), g=P("PERSON", g), t=v.tel(),
        dt3=v.dt(), vol=str(v.r.randint(8, 60)), ord=v.k(kp.order), trk=v.k(kp.lookalike), amt2=v.money(6000), co=co, ib2=v.ib(), bic=v.sw(),
        t2=v.tel(ext=True), t3=v.tel())  # fmt: skip


def carpool_group_chat_export(v: V) -> Doc:
    people = [v.name() for _ in range(3)]
    d = Doc().fmt(
        '{dt} — group "{rt} carpool" created by {n}\n',
        dt=v.dt(),
        rt=v.k(kp.ride),
        n=P("PERSON", people[0][0]),
    )
    lines: list[tuple[str, dict[str, str | P | K]]] = [
        ("who's driving on {dt}? I can take 3 from {c}", {"dt": v.dt(), "c": v.k(kp.city)}),
        ("me. pick-up at mine, {a}, at {tm}", {"a": v.addr(lines=False), "tm": v.k(kp.clock)}),
        ("insurance form wants the driver's licence no. — it's {dl}", {"dl": v.dl()[1]}),
        ("fuel this week was {amt}, send your share to {ib}", {"amt": v.money(90), "ib": v.ib()}),
        ("bank asks for a BIC too: {bic}", {"bic": v.sw()}),
        ("running late, call {t} if you're outside", {"t": v.tel()}),
        ("my neighbour {n} will take my seat on friday", {"n": v.n()}),
        ("hi all, my name is {n}, I'm the new one from the {c} office", {"n": v.n(), "c": v.k(kp.city)}),
    ]
    for i, (text, slots) in enumerate(lines):
        who = people[i % 3][0]
        d.fmt("[{tm}] {who}: ", tm=v.k(kp.clock), who=P("PERSON", who.lower() if v.r.random() < 0.3 else who))
        d.fmt(text + "\n", **slots)
    return d


# ------------------------------------------------------------------------------------------------ tables and exports


def wedding_guest_list_tsv(v: V) -> Doc:
    d = Doc().fmt("guest\tplus_one\temail\tphone\tmailing_address\tmeal\ttable\trsvp\n")
    for _ in range(v.r.randint(3, 5)):
        g, f, n = v.person()
        d.fmt("{n}\t{p1}\t{e}\t{t}\t{a}\t{meal}\t{tb}\t{rs}\n", n=n, p1=v.given() if v.r.random() < 0.6 else "",
              e=v.mail(g, f), t=v.tel(), a=v.addr(lines=False), meal=v.lab(v.pick("fish", "vegan", "beef", "kids", "halal", "végétarien", "sin gluten", "без мяса", "ベジタリアン", "sem lactose")),
              tb=K("TABLE", f"T{v.r.randint(1, 20)}"), rs=v.pick("yes", "no", "maybe"))  # fmt: skip
    return d.fmt(
        "# venue {co}, {dt}; deposit {amt} paid on card {cc}. Planner: {n}\n", co=v.k(kp.company), dt=v.dt(),
        amt=v.money(5000), cc=v.cc(), n=v.n())  # fmt: skip


def crowdfunding_backer_csv(v: V) -> Doc:
    d = Doc().fmt("backer_id,backer_name,email,pledge_tier,amount,card_number,ip_address,shipping_address\n")
    for _ in range(v.r.randint(3, 5)):
        g, f, n = v.person()
        d.fmt('{bid},"{n}",{e},{tier},"{amt}",{cc},{ip},"{a}"\n', bid=K("BACKER", "BK" + v.digits(7)), n=n,
              e=v.mail(g, f), tier=v.k(kp.pledge_tier), amt=v.money(400), cc=v.cc(), ip=v.ipa(), a=v.addr(lines=False))  # fmt: skip
    return d.fmt("# campaign {prod} — export {ts}, {ver}; fulfilment batch {ord}, freight account {acct}\n",
                 prod=v.k(kp.product), ts=v.k(kp.timestamp), ver=v.k(kp.version), ord=v.k(kp.order), acct=v.k(kp.lookalike))  # fmt: skip


def makerspace_tool_induction_md(v: V) -> Doc:
    d = Doc().fmt(
        "# {co} makerspace — tool inductions\n\n| Member | Phone | Tool | Inducted by | Date | Emergency contact |\n"
        "|---|---|---|---|---|---|\n", co=v.k(kp.company))  # fmt: skip
    for _ in range(v.r.randint(3, 4)):
        d.fmt("| {n} | {t} | {tool} | {by} | {dt} | {ec} ({et}) |\n", n=v.n(), t=v.tel(), tool=K("PRODUCT", v.pick("Festool TS 55", "Prusa MK4", "Trotec Speedy 360", "Bosch GSR 18V-55", "Record Power DML250")),
              by=v.given(), dt=v.dt(), ec=v.n(), et=v.tel())  # fmt: skip
    g, f, n = v.person()
    return d.fmt(
        "\n**Treasurer:** {n} — {e}\n\nMembership fees by direct debit from `{ib}` (`{bic}`); laser time paid by card "
        "`{cc}` — {amt}.\n", n=n, e=v.mail(g, f), ib=v.ib(), bic=v.sw(), cc=v.cc(), amt=v.money(80))  # fmt: skip


def ski_school_class_roster(v: V) -> Doc:
    d = Doc().fmt(
        "{co} — class roster, week of {dt}\nGroup: {lvl}   Meeting point: {c}   Instructor: {ins}\n\n"
        "{hd}\n{rule}\n", co=v.k(kp.company), dt=v.dt(), lvl=v.k(kp.ski_level), c=v.k(kp.city), ins=v.n(),
        hd="CHILD                    BORN          PARENT PHONE", rule="-" * 52)  # fmt: skip
    for _ in range(v.r.randint(3, 5)):
        g, f, _ = v.name()
        n = P("PERSON", f"{g} {f}" if v.r.random() < 0.6 else f"{f.upper()} {g}")
        d.fmt("{n}   {dob}   {t}\n", n=n, dob=v.born(child=True), t=v.tel())
    return d.fmt(
        "\nLift passes {amt} charged to card {cc}. Cancelled lessons are refunded to {ib} ({bic}).\n",
        amt=v.money(700), cc=v.cc(), ib=v.ib(), bic=v.sw())  # fmt: skip


def dicom_tag_dump(v: V) -> Doc:
    g, f, _ = v.name()
    rg, rf, _ = v.name()
    line, city, post = v.addr_parts()
    return Doc().fmt(
        "# Dicom-File-Format\n\n# Dicom-Meta-Information-Header\n(0002,0003) UI [{uid}] # MediaStorageSOPInstanceUID\n"
        "(0002,0013) SH [{ver}] # ImplementationVersionName\n\n# Dicom-Data-Set\n(0008,0020) DA [{sd}] # StudyDate\n"
        "(0008,0050) SH [{acc}] # AccessionNumber\n(0008,0060) CS [{mod}] # Modality\n(0008,0080) LO [{hosp}] # InstitutionName\n"
        "(0008,0090) PN [{rf}^{rg}] # ReferringPhysicianName\n(0010,0010) PN [{f}^{g}] # PatientName\n"
        "(0010,0020) LO [{mr}] # PatientID\n(0010,0030) DA [{dob}] # PatientBirthDate\n(0010,0040) CS [{sex}] # PatientSex\n"
        "(0010,1000) LO [{mr2}] # OtherPatientIDs\n(0010,1040) LO [{line}] # PatientAddress\n(0010,2154) SH [{t}] # PatientTelephoneNumbers\n"
        "(0020,000d) UI [{uid2}] # StudyInstanceUID\n",
        uid=v.k(kp.dicom_uid), ver=v.k(kp.version), sd=K("DATE", f"20{v.r.randint(23, 26)}{v.r.randint(1, 12):02d}{v.r.randint(1, 28):02d}"),
        acc=v.k(kp.accession), mod=v.pick("CT", "MR", "US", "CR", "NM"), hosp=v.k(kp.company, "medical"),
        rf=P("PERSON", rf), rg=P("PERSON", rg), f=P("PERSON", f), g=P("PERSON", g), mr=v.mr(),
        dob=P("DATE_OF_BIRTH", v.dob_compact()), sex=v.pick("F", "M", "O"), mr2=v.mr(), line=line, t=v.tel(),
        uid2=v.k(kp.dicom_uid))  # fmt: skip


def edifact_paxlst_message(v: V) -> Doc:
    d = Doc().fmt(
        "UNA:+.? '\nUNB+UNOA:4+{fl}:ZZ+{auth}:ZZ+{dt}:{tm}+{ref}'\nUNH+1+PAXLST:D:05B:UN:IATA'\nBGM+745'\n",
        fl=K("CARRIER", v.pick("AIRCALIN", "FIJIAIRWAYS", "NAURUAIR", "SOLOMONS", "KENYAAIR", "AIRMAURITIUS")),
        auth=K("AUTHORITY", v.pick("APIS", "DGDDI", "ABF", "CBSA")), dt=K("DATE", f"2{v.r.randint(3, 6)}{v.r.randint(1, 12):02d}{v.r.randint(1, 28):02d}"),
        tm=K("TIME", f"{v.r.randint(0, 23):02d}{v.r.randint(0, 59):02d}"),
        ref=K("INTERCHANGE", v.digits(9)))  # fmt: skip
    while True:
        g0, f0, _ = v.name()
        if all(c not in g0 + f0 for c in "'+:?") and (g0 + f0).isascii():
            break
    t = v.tel()
    for _ in range(20):  # EDIFACT would need "?+" before a plus sign: a number written without one
        if not any(c in t.value for c in "+:'?"):
            break
        t = v.tel()
    d.fmt("NAD+MS+++{f}:{g}'\nCOM+{esc}{t}:TE'\nTDT+20+{fl}'\nLOC+125+{dep}'\nLOC+87+{arr}'\n", f=P("PERSON", f0.upper()),
          g=P("PERSON", g0.upper()), esc="?" if t.value.startswith("+") else "", t=t, fl=v.k(kp.flight), dep=K("AIRPORT", v.pick("NOU", "NAN", "INU", "HIR", "NBO", "MRU")),
          arr=K("AIRPORT", v.pick("BNE", "AKL", "SYD", "CDG", "JNB", "RUN")))  # fmt: skip
    for _ in range(v.r.randint(2, 3)):
        while True:
            g, f, _ = v.name()
            line, city, post = v.addr_parts()
            text = g + f + line.value + city + post
            if all(c not in text for c in "'+:?") and text.isascii():
                break
        d.fmt("NAD+FL+++{f}:{g}+{line}+{city}++{post}+{cc}'\nATT+2++{sex}'\nDTM+329:{dob}'\nNAT+2+{cc}'\n",
              f=P("PERSON", f.upper()), g=P("PERSON", g.upper()), line=P("STREET_ADDRESS", line.value.upper()),
              city=K("CITY", city.upper()), post=post, cc=v.loc.country, sex=v.pick("M", "F"),
              dob=P("DATE_OF_BIRTH", v.dob_compact()))  # fmt: skip
    return d.fmt("CNT+42:{n}'\nUNT+{segs}+1'\nUNZ+1+{ref}'\n", n=str(v.r.randint(80, 300)), segs=str(v.r.randint(12, 30)),
                 ref=K("INTERCHANGE", v.digits(9)))  # fmt: skip


# ------------------------------------------------------------------------------------------------ machines and files


def x509_certificate_text_dump(v: V) -> Doc:
    g, f, n = v.person()
    line, city, post = v.addr_parts()
    co = v.k(kp.company)
    d = Doc().fmt(
        "Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n            {sn}\n"
        "        Signature Algorithm: sha256WithRSAEncryption\n        Issuer: C = {cty}, O = {co}, CN = Personal Signing CA\n"
        "        Validity\n            Not Before: {nb}\n            Not After : {na}\n"
        "        Subject: C = {cty}, L = {city}, street = {line}, postalCode = {post}, CN = {n}, emailAddress = {e}",
        sn=v.k(kp.cert_serial), cty=v.loc.country, co=co, nb=K("DATE", v.openssl_time(2024, 2025)), na=K("DATE", v.openssl_time(2026, 2028)), city=city, line=line, post=post,
        n=n, e=v.mail(g, f))  # fmt: skip
    if v.r.random() < 0.5:
        d.fmt(", telephoneNumber = {t}", t=v.tel())
    return d.fmt(
        "\n        Subject Public Key Info:\n            Public Key Algorithm: id-ecPublicKey\n        X509v3 extensions:\n"
        "            X509v3 Subject Alternative Name:\n                email:{e}, IP Address:{ip}\n"
        "SHA1 Fingerprint={fp}\n", e=v.mail(g, f), ip=v.ipa(), fp=v.k(kp.fingerprint))  # fmt: skip


def gpg_key_listing(v: V) -> Doc:
    d = Doc().fmt("$ gpg --version | head -1\ngpg (GnuPG) {ver}\n$ gpg --list-keys --keyid-format long\n"
                  "/home/u{uid}/.gnupg/pubring.kbx\n------------------------------\n", ver=K("VERSION", f"2.{v.r.randint(2, 4)}.{v.r.randint(0, 8)}"), uid=v.digits(4))  # fmt: skip
    for _ in range(v.r.randint(2, 3)):
        g, f, n = v.person()
        d.fmt("pub   ed25519/{kid} {dt} [SC] [expires: {dt2}]\n      {fp}\nuid                 [{trust}] {n} <{e}>\n",
              kid=v.k(kp.key_id), dt=K("DATE", f"20{v.r.randint(18, 25)}-{v.r.randint(1, 12):02d}-{v.r.randint(1, 28):02d}"),
              dt2=K("DATE", f"20{v.r.randint(27, 30)}-{v.r.randint(1, 12):02d}-{v.r.randint(1, 28):02d}"),
              fp=K("FINGERPRINT", "".join(v.r.choice("0123456789ABCDEF") for _ in range(40))),
              trust=v.pick("ultimate", "full", "marginal", "unknown"), n=n, e=v.mail(g, f))  # fmt: skip
        if v.r.random() < 0.5:
            d.fmt("uid                 [ unknown] {g} ({note}) <{e}>\n", g=P("PERSON", g), note=v.lab(v.pick("work", "signal only", "old")),
                  e=v.mail(g, f))  # fmt: skip
        d.fmt(
            "sub   cv25519/{kid} {dt} [E]\n\n",
            kid=v.k(kp.key_id),
            dt=K("DATE", f"20{v.r.randint(18, 25)}-{v.r.randint(1, 12):02d}-{v.r.randint(1, 28):02d}"),
        )
    return d.fmt("# verify fingerprints by phone before signing: {t}\n", t=v.tel())


def git_mailmap_file(v: V) -> Doc:
    d = Doc().fmt(
        "# .mailmap for {co} — regenerated at {sha} ({ver})\n",
        co=v.k(kp.company),
        sha=v.k(kp.git_sha),
        ver=v.k(kp.version),
    )
    for _ in range(v.r.randint(3, 5)):
        g, f, n = v.person()
        if v.r.random() < 0.5:
            d.fmt("{n} <{e}> <{e2}>\n", n=n, e=v.mail(g, f), e2=v.mail(g, f))
        else:
            d.fmt(
                "{n} <{e}> {old} <{e2}>\n", n=n, e=v.mail(g, f), old=P("PERSON", g.lower()), e2=v.mail(g, f)
            )
    g, f, n = v.person()
    return d.fmt("# questions about attribution: {n}, {t}\n", n=n, t=v.tel())


def citation_cff_yaml(v: V) -> Doc:
    d = Doc().fmt(
        'cff-version: 1.2.0\nmessage: "If you use this dataset, please cite it as below."\ntitle: "{co} field survey"\n'
        "version: {ver}\ndoi: {doi}\ndate-released: {dt}\nauthors:\n", co=v.k(kp.company), ver=v.k(kp.version),
        doi=v.k(kp.doi), dt=K("DATE", f"20{v.r.randint(23, 26)}-{v.r.randint(1, 12):02d}-{v.r.randint(1, 28):02d}"))  # fmt: skip
    for i in range(v.r.randint(2, 3)):
        g, f, _ = v.name()
        d.fmt('  - family-names: "{f}"\n    given-names: "{g}"\n    orcid: "https://orcid.org/{orcid}"\n'
              "    affiliation: \"{aff}\"\n    email: {e}\n", f=P("PERSON", f), g=P("PERSON", g), orcid=v.k(kp.orcid),
              aff=v.k(kp.company), e=v.mail(g, f))  # fmt: skip
        if i == 0:
            line, city, post = v.addr_parts()
            d.fmt('    address: "{line}"\n    city: "{city}"\n    post-code: "{post}"\n    country: {cty}\n    tel: "{t}"\n',
                  line=line, city=city, post=post, cty=v.loc.country, t=v.tel())  # fmt: skip
    return d.fmt('references:\n  - type: article\n    issn: "{issn}"\n', issn=v.k(kp.issn))


def gpx_track_xml(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt(
        '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="{prod} {ver}">\n  <metadata>\n'
        "    <name>{trk}</name>\n    <desc>If found, please contact {n2} at {e} or {t}</desc>\n"
        '    <author><name>{n}</name><link href="mailto:{e2}"/></author>\n    <time>{ts}</time>\n  </metadata>\n'
        '  <wpt lat="{la}" lon="{lo}"><name>Home</name><desc>{a}</desc></wpt>\n  <trk><name>{trk}</name><trkseg>\n',
        prod=K("DEVICE", v.pick("Garmin Edge 540", "Wahoo ELEMNT", "Coros Vertix 2", "Suunto 9")), ver=v.k(kp.version),
        trk=v.lab(v.pick("Morning ride", "Sortie du dimanche", "Рыбалка", "Vuelta larga", "朝ラン", "Hill repeats")),
        n2=P("PERSON", g), e=v.mail(g, f), t=v.tel(), n=n, e2=v.mail(g, f), ts=v.k(kp.timestamp),
        la=f"{v.r.uniform(-40, 60):.6f}", lo=f"{v.r.uniform(-120, 170):.6f}", a=v.addr(lines=False))  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        d.fmt('    <trkpt lat="{la}" lon="{lo}"><ele>{el}</ele></trkpt>\n', la=f"{v.r.uniform(-40, 60):.6f}",
              lo=f"{v.r.uniform(-120, 170):.6f}", el=str(v.r.randint(0, 2400)))  # fmt: skip
    return d.fmt("  </trkseg></trk>\n</gpx>\n")


def smart_doorbell_event_json(v: V) -> Doc:
    g, f, n = v.person()
    g2, f2, _ = v.name()
    return Doc().fmt(
        '{{\n  "event_id": "{eid}",\n  "type": "{ty}",\n  "created_at": "{ts}",\n  "device": {{"model": "{prod}", '
        '"firmware": "{ver}", "serial": "{sn}"}},\n  "owner": {{\n    "name": "{n}",\n    "email": "{e}",\n    "phone": "{t}"\n  }},\n'
        '  "location": {{"label": "{lbl}", "address": "{a}"}},\n  "client_ip": "{ip}",\n  "hub_ip": "{ip2}",\n'
        '  "shared_with": [{{"name": "{g2}", "email": "{e2}", "role": "guest"}}],\n  "note": "parcel left by {cour}"\n}}\n',
        eid=K("EVENT", "evt_" + v.digits(12)), ty=v.pick("motion", "ding", "person_detected"), ts=v.k(kp.timestamp),
        prod=K("PRODUCT", v.pick("DoorView 3 Pro", "Ring-Lite 2", "EufyCam D4")), ver=v.k(kp.version),
        sn=K("SERIAL", "DV" + v.digits(10)), n=n, e=v.mail(g, f), t=v.tel(), lbl=v.lab(v.pick("Front door", "Porte d'entrée", "玄関", "Puerta")),
        a=v.addr(lines=False), ip=v.ipa(), ip2=v.ipa(), g2=P("PERSON", g2), e2=v.mail(g2, f2), cour=v.k(kp.company))  # fmt: skip


def print_server_page_log(v: V) -> Doc:
    d = Doc()
    prn = v.k(kp.printer)
    for _ in range(v.r.randint(3, 5)):
        g, f, n = v.person()
        title = v.pick("CV - {n}.docx", "Letter to {n}.pdf", "Boarding pass {n}.pdf", "{n} - tenancy.pdf")
        d.fmt("{prn} u{uid} {job} [{dt}:{tm}:00 +0000] total {pg} - {ip} ", prn=prn, uid=v.digits(4),
              job=K("JOB", str(v.r.randint(100, 99999))), dt=K("DATE", f"{v.r.randint(1, 28):02d}/{v.pick('Jan', 'Mar', 'Jun', 'Oct')}/2026"),
              tm=v.k(kp.clock), pg=str(v.r.randint(1, 40)), ip=v.ipa())  # fmt: skip
        d.fmt(
            title + " {media} {sides}\n",
            n=n,
            media=v.pick("a4", "letter", "na_legal"),
            sides=v.pick("one-sided", "two-sided-long-edge"),
        )
    g, f, n = v.person()
    return d.fmt("# cups {ver}; quota queries to {n} <{e}>, ext. line {t}\n", ver=v.k(kp.version), n=n, e=v.mail(g, f),
                 t=v.tel(ext=True))  # fmt: skip


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    apiary_registration_form,
    organ_donor_registration_form,
    bike_registry_record,
    scholarship_award_letter,
    hunting_licence_application,
    bail_bond_application,
    name_change_petition,
    wedding_guest_list_tsv,
    crowdfunding_backer_csv,
    dicom_tag_dump,
    x509_certificate_text_dump,
    gpg_key_listing,
    git_mailmap_file,
    citation_cff_yaml,
    gpx_track_xml,
    smart_doorbell_event_json,
    print_server_page_log,
    carpool_group_chat_export,
    moving_company_quote_thread,
    ocr_church_baptism_register,
    makerspace_tool_induction_md,
    ski_school_class_roster,
    edifact_paxlst_message,
    sleep_study_summary,
)
US_ONLY = ("hunting_licence_application", "bail_bond_application", "name_change_petition")
US_LOCALES = ("yi-US", "pdc-US", "frc-US")


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
