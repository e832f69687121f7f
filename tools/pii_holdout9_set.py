"""The ninth holdout PII set: `python -m tools.pii_holdout9_set` writes benchmarks/pii_intl/holdout9.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written without opening Charter's
recognizers, their word lists, the benchmark's results or any misses file, and the scrubber was never run on
it while it was written. The earlier sets (tools/pii_intl_set.py, tools/pii_holdout*_set.py) were read only to
copy their structure and to avoid their families, sentences and renderings. Families: mortgage offer letters,
block-trade allocation notices, MT700-style letter-of-credit advices, US bankruptcy schedules E/F, divorce
financial statements (Form E), deposition transcript pages, police incident reports, ATA carnet general lists,
residential bond lodgement forms, antenatal booking records, blood-bank crossmatch requests, fitness-to-dive
medical certificates, answering-service message slips, hearing-aid service postcards, marina berth invoices, GDS
passenger-record printouts, scooter hire damage waivers, swim-club lane booking CSVs, IP-phone directory XML,
meeting-room booking audit logs, IRC channel logs, semicolon payroll CSVs, GitHub issue threads and TOML service
configs.

Values come from tools/pii_holdout9_values.py: every person name from hand-written lists of real given names
and surnames (Wolof, Fula, Bambara, Kinyarwanda, Luganda, Shona, Tswana, Sesotho, Oromo, Tigrinya, Amazigh,
Kabyle, Kannada, Malayalam, Odia, Assamese, Dzongkha, Tajik, Turkmen, Kyrgyz, Chechen, Ossetian, Belarusian,
Ukrainian, Polish, Greek, Cypriot Greek, Albanian, Macedonian, Bosnian, Sardinian, Friulian, Luxembourgish,
Flemish, Afrikaans, Greenlandic, Cherokee, Ojibwe, Mapuche, Guarani, Nahuatl, Tongan, Chamorro, Palauan,
Tok Pisin, Javanese, Sundanese, Balinese, Hmong, Karen and Tetum, in Latin, Cyrillic, Greek and Ge'ez
scripts), none from Faker or Mimesis; street lines from hand-written street and city lists; phones from the
`phonenumbers` library's metadata, each rendering read back as valid from the document's country; cards, IBANs,
BICs, SSNs, driver's licences and record numbers from their published layouts and check digits. Must-keep
values come from tools/pii_holdout9_keep.py.

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

from tools import pii_holdout9_keep as kp
from tools.pii_holdout9_values import LOCALES, STREETS, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout9.jsonl"
SEED = 492661
DOCUMENTS = 504
SPLIT = "holdout9"

# Form labels in the document's language.
WORDS = {
    "phone": {"en": "Tel.", "fr": "Tél.", "es": "Teléfono", "pl": "Telefon", "uk": "Телефон", "ru": "Тел.",
              "el": "Τηλέφωνο", "nl": "Telefoon", "it": "Telefono", "pt": "Telefone", "da": "Telefon"},
    "born": {"en": "DOB", "fr": "Né(e) le", "es": "Fecha de nac.", "pl": "Data urodzenia", "uk": "Дата народження",
             "ru": "Дата рождения", "el": "Ημερομηνία γέννησης", "nl": "Geboortedatum", "it": "Data di nascita",
             "pt": "Data de nascimento", "da": "Fødselsdato"},
    "address": {"en": "Home address", "fr": "Domicile", "es": "Domicilio", "pl": "Adres zamieszkania",
                "uk": "Адреса", "ru": "Адрес проживания", "el": "Διεύθυνση", "nl": "Woonadres",
                "it": "Indirizzo", "pt": "Morada", "da": "Bopæl"},
    "name": {"en": "Name", "fr": "Nom et prénom", "es": "Nombre", "pl": "Imię i nazwisko", "uk": "ПІБ",
             "ru": "Ф.И.О.", "el": "Ονοματεπώνυμο", "nl": "Naam", "it": "Nome e cognome", "pt": "Nome completo",
             "da": "Navn"},
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


def mortgage_offer_letter(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{co}\n{ti}\n\nDear {n},\n\nFurther to your application of {dt}, we are pleased to offer you a loan of {amt} "
        "secured on the property at\n{a}\nat an initial rate of {pc} fixed until {dt2}. Your monthly repayment will "
        "be {amt2}.\nRepayments will be collected from {ib} (BIC {bic}). Offer reference {ref}.\n"
        "Applicant born {dob}; co-applicant {n2}, reachable on {t}.\nQueries: {e}\n",
        co=v.k(kp.company), ti=v.title("MORTGAGE OFFER — KEY FACTS"), n=n, dt=v.dt(), amt=v.money(400000), a=v.addr(),
        pc=v.k(kp.percent), dt2=v.dt(), amt2=v.money(3000), ib=v.ib(), bic=v.sw(), ref=v.k(kp.reference), dob=v.born(),
        n2=v.n(), t=v.tel(), e=v.mail(g, f))  # fmt: skip


def block_trade_allocation_notice(v: V) -> Doc:
    d = Doc().fmt(
        "BLOCK ALLOCATION NOTICE   {co}\nSub-account beneficial owner: {n}   Settlement a/c {ib}\nCounterparty BIC {bic}   "
        "Trade date {dt}\n----------------------------------------------\n",
        co=v.k(kp.company), n=v.n(), ib=v.ib(), bic=v.sw(), dt=v.dt())  # fmt: skip
    for _ in range(v.r.randint(2, 3)):
        d.fmt("{side} {q} x {tk} ({isin}) @ {px}   net {amt}\n", side=v.pick("BOUGHT", "SOLD"), q=str(v.r.randint(10, 900)),
              tk=v.k(kp.ticker), isin=v.k(kp.isin), px=v.money(300), amt=v.money(60000))  # fmt: skip
    return d.fmt("Order {o} placed from {ip}. Commission {amt}. Questions: call {t}.\n",
                 o=v.k(kp.order), ip=v.ipa(), amt=v.money(90), t=v.tel(ext=True))  # fmt: skip


def letter_of_credit_advice(v: V) -> Doc:
    return Doc().fmt(
        ":27: Sequence 1/1\n:40A: IRREVOCABLE\n:20: {ref}\n:31C: {dt}\n:50: APPLICANT\n{n}\n{a}\n:59: BENEFICIARY\n"
        "{n2}\n{a2}\n:32B: {amt}\n:41D: AVAILABLE WITH {bic} BY PAYMENT\n:45A: {hs} GOODS AS PER PROFORMA {inv}\n"
        ":47A: DOCUMENTS TO COMPLY WITH {cit}\n:57A: {bic2}\n:59A: ACCOUNT {ib}\n:72: CONTACT {t}\n",
        ref=v.k(kp.reference), dt=v.dt(), n=P("PERSON", v.name()[2].upper()), a=P("STREET_ADDRESS", v.street(True).upper()),
        n2=v.n(), a2=v.addr(), amt=v.money(250000), bic=v.sw(), hs=v.k(kp.hs_code), inv=v.k(kp.invoice),
        cit=K("CITATION", "UCP 600 art. 14"), bic2=v.sw(), ib=v.ib(), t=v.tel(foreign=True))  # fmt: skip


def bankruptcy_schedule_excerpt(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt(
        "UNITED STATES BANKRUPTCY COURT   {dk}\nIn re: {n}, Debtor.   SSN xxx-xx-.... full no. on Form 121: {s}\n"
        "{ti}\nPart 2: Creditors Who Have Unsecured Claims\n",
        dk=v.k(kp.docket), n=n, s=v.sn(), ti=v.title("Schedule E/F (Official Form 106E/F)"))  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        d.fmt("  4.{i} {co}  acct ending card {cc}  claim {amt}  incurred {dt}\n", i=str(v.r.randint(1, 9)),
              co=v.k(kp.company), cc=v.cc(), amt=v.money(9000), dt=v.dt())  # fmt: skip
    return d.fmt("Exemptions claimed under {cit}. Debtor's residence: {a}. Debtor's DOB {dob}; DL {dl}.\n"
                 "Debtor's attorney: {n2}, {t}, {e}\n", cit=K("CITATION", "11 U.S.C. § 522(d)"), a=v.addr(lines=False), dob=v.born(),
                 dl=v.dl()[1], n2=v.n(), t=v.tel(), e=v.mail(g, f))  # fmt: skip


def divorce_financial_disclosure(v: V) -> Doc:
    d = Doc().fmt(
        "{ti}\nApplicant: {n} (born {dob})\nResidence: {a}\nRespondent: {n2}, tel. {t}\n\nPart 2 asset | Net value\n",
        ti=v.title("Financial Statement (Form E)"), n=v.n(), dob=v.born(), a=v.addr(), n2=v.n(), t=v.tel())  # fmt: skip
    d.fmt("Current account {ib} at {bic} | {amt}\n", ib=v.ib(), bic=v.sw(), amt=v.money(50000))
    d.fmt("Shares: {q} {tk} ({isin}) | {amt}\n", q=str(v.r.randint(20, 800)), tk=v.k(kp.ticker), isin=v.k(kp.isin),
          amt=v.money(90000))  # fmt: skip
    d.fmt("Credit card balance ({cc}) | -{amt}\n", cc=v.cc(), amt=v.money(4000))
    return d.fmt(
        "Sworn under {cit} on {dt}. Solicitor for the applicant: {n}.\n",
        cit=v.k(kp.citation),
        dt=v.dt(),
        n=v.n(),
    )


# ------------------------------------------------------------------------------------------------ legal


def deposition_transcript_page(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "                                                          Page {pg}\n"
        " 1   Q.  Please state your full name for the record.\n 2   A.  {n}.\n"
        " 3   Q.  And your date of birth?\n 4   A.  {dob}.\n 5   Q.  Where do you currently reside?\n"
        " 6   A.  {a}.\n 7   Q.  Is {t} still your cell number?\n 8   A.  Yes, and my email is {e}.\n"
        " 9   Q.  Your Social is {s}, correct?\n10   A.  Correct.\n11   Q.  Exhibit {ex}, the {dt} statement from {co}, "
        "shows card {cc}.\n12   MS. {lawyer}: Objection, form.\n13   (Deposition taken pursuant to {cit}; {dk}.)\n",
        pg=str(v.r.randint(4, 180)), n=n, dob=v.born(), a=v.addr(lines=False), t=v.tel(), e=v.mail(g, f), s=v.sn(),
        ex=K("LABEL", f"Exhibit {v.r.randint(3, 40)}"[8:]), dt=v.dt(), co=v.k(kp.company), cc=v.cc(),
        lawyer=P("PERSON", (v.name()[1] or g).upper()), cit=K("CITATION", "Fed. R. Civ. P. 30(b)(1)"), dk=v.k(kp.docket))  # fmt: skip


def police_incident_report(v: V) -> Doc:
    _, dl = v.dl()
    return Doc().fmt(
        "INCIDENT REPORT {ref}   Reported {dt}\nNature: {lab}\nReporting party: {n}   {born}: {dob}\n{addr}: {a}\n"
        "{ph}: {t}\nNarrative: R/P states that a man who introduced himself as {n2} took her wallet containing a "
        "bank card ending {cc} and licence no. {dl}. Vehicle plate {pl} seen leaving toward {c}.\n"
        "Witness {n3} ({t2}) corroborates.\n",
        ref=v.k(kp.reference), dt=v.dt(), lab=v.lab(v.pick("Theft from person", "Burglary", "Fraud")), n=v.n(),
        born=v.w("born"), dob=v.born(), addr=v.w("address"), a=v.addr(lines=False), ph=v.w("phone"), t=v.tel(),
        n2=v.n(), cc=v.cc(), dl=dl, pl=v.k(kp.plate), c=v.k(kp.city), n3=v.n(), t2=v.tel())  # fmt: skip


def ata_carnet_general_list(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt("{ti}\nHolder: {n}\n{a}\n{ph} {t}\nAuthorised representative: {n2}\n{a2}\nE-mail {e}\n\n"
                  "Item | HS | Value\n", ti=v.title("ATA CARNET — GENERAL LIST"), n=n, a=v.addr(), ph=v.w("phone"),
                  t=v.tel(), n2=v.n(), a2=v.addr(), e=v.mail(g, f))  # fmt: skip
    for _ in range(v.r.randint(2, 3)):
        d.fmt("{it} | {hs} | {amt}\n", it=v.lab(v.pick("camera body", "tripod", "sample garments", "trade-fair stand")),
              hs=v.k(kp.hs_code), amt=v.money(4000))  # fmt: skip
    return d.fmt("Carnet fee paid by card {cc}; guarantee ref {o}. Governed by {cit}.\n", o=v.k(kp.order), cc=v.cc(),
                 cit=K("CITATION", "Istanbul Convention 1990, Annex A"))  # fmt: skip


def residential_bond_lodgement(v: V) -> Doc:
    return Doc().fmt(
        "{co}\n{ti}\nLodgement {ref}   Received {dt}\n\nAgent/lessor: {n}\nTenant 1: {n2}\nTenant 2: {n3}\nPremises:\n{a}\n"
        "Bond amount: {amt}\nReturn to tenant account {ib} ({bic})\nTenant phone(s): {t} / {t2}\n",
        co=v.k(kp.company), ti=v.title("RESIDENTIAL BOND LODGEMENT FORM"), ref=v.k(kp.reference), dt=v.dt(),
        n=v.n(), n2=v.n(), n3=v.n(), a=v.addr(), amt=v.money(3000), ib=v.ib(), bic=v.sw(), t=v.tel(), t2=v.tel())  # fmt: skip


# ------------------------------------------------------------------------------------------------ health


def antenatal_booking_record(v: V) -> Doc:
    return Doc().fmt(
        "{co}\n{ti}\nMother: {n}    MRN {mr}    {born}: {dob}\nBooking visit {dt}   EDD {dt2}\n"
        "Obstetric history codes: {icd}, {icd2}\nSupplement advised: {atc}\n"
        "Named midwife {n2}. Birth partner {n3}, {t}.\nCommunity visits at {a}\n",
        co=v.k(kp.company, "medical"), ti=v.title("ANTENATAL BOOKING RECORD"), n=v.n(), mr=v.mr(), born=v.w("born"),
        dob=v.born(), dt=v.dt(), dt2=v.dt(), icd=v.k(kp.icd10), icd2=v.k(kp.icd10), atc=v.k(kp.atc), n2=v.n(),
        n3=v.n(), t=v.tel(), a=v.addr(lines=False))  # fmt: skip


def blood_bank_crossmatch_request(v: V) -> Doc:
    d = Doc().fmt(
        "BLOOD BANK — CROSSMATCH REQUEST — {co}\n[{nm}] {n}\n[{born}] {dob}   [Hosp. no.] {mr}\n[Ordering clinician] {n2}\n"
        "[{ph}] {t}\nUnits: {u} RBC   Pre-transfusion work-up:\n",
        co=v.k(kp.company, "medical"), nm=v.w("name"), n=v.n(), born=v.w("born"), dob=v.born(), mr=v.mr(), n2=v.n(),
        ph=v.w("phone"), t=v.tel(), u=str(v.r.randint(1, 4)))  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        d.fmt("  [x] {lt}\n", lt=v.k(kp.lab_test))
    return d.fmt("Indication: {icd}. Sample drawn {dt}; valid 72 h. Issue against record {mr}.\n", icd=v.k(kp.icd10),
                 dt=v.dt(), mr=v.mr())  # fmt: skip


def dive_medical_fitness_certificate(v: V) -> Doc:
    d = Doc().fmt("{ti}\n{nm}: {n}\n{born}: {dob}\n{addr}: {a}\n\nExamination | Result | Date\n",
                  ti=v.title("FITNESS TO DIVE — MEDICAL CERTIFICATE"), nm=v.w("name"), n=v.n(), born=v.w("born"),
                  dob=v.born(child=v.r.random() < 0.2), addr=v.w("address"), a=v.addr())  # fmt: skip
    for _ in range(v.r.randint(1, 3)):
        d.fmt(
            "{lt} | {res} | {dt}\n",
            lt=v.k(kp.lab_test),
            res=v.lab(v.pick("normal", "within limits", "repeat")),
            dt=v.dt(),
        )
    return d.fmt("Examined at {co} by {n}; clinic record {mr}. Valid 12 months from {dt}.\n",
                 co=v.k(kp.company, "medical"), n=v.n(), mr=v.mr(), dt=v.dt())  # fmt: skip


def answering_service_message_slip(v: V) -> Doc:
    g, _, _ = v.name()
    return Doc().fmt(
        "*** WHILE YOU WERE OUT ***   {co}\nTaken {dt} by operator {op}\nCaller ..... {n}\nDOB ........ {dob}\n"
        "Chart ...... {mr}\nCall back .. {t}  (alt: {n2}, {t2})\nRe ......... wants refill of {atc}; last paid {amt}\n"
        "Deliver to . {a}\n[x] URGENT  [ ] will call again\n",
        co=v.k(kp.company, "medical"), dt=v.dt(), op=K("OPERATOR", "OP-" + v.digits(3)),
        n=P("PERSON", g.lower()) if v.r.random() < 0.4 else v.n(), dob=v.born(), mr=v.mr(), t=v.tel(), n2=v.n(),
        t2=v.tel(), atc=v.k(kp.atc), amt=v.money(60), a=v.addr(lines=False))  # fmt: skip


def hearing_aid_service_postcard(v: V) -> Doc:
    return Doc().fmt(
        "{n}\n{a}\n\n            ~ Your hearing aids are due a service ~\nThey were last cleaned and re-tuned on {dt}. "
        "Please book on {t} quoting patient no. {mr}. Domes and filters {amt}; code {icd}.\n{co} — {c}\nBirthday greetings: {dob}\n",
        n=v.n(), a=v.addr(), dt=v.dt(), t=v.tel(), mr=v.mr(), amt=v.money(200), icd=K("ICD10", "Z46.1"),
        co=v.k(kp.company, "medical"), c=v.k(kp.city),
        dob=v.born())  # fmt: skip


# ------------------------------------------------------------------------------------------------ travel


def marina_berth_invoice(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt("{co}\nMARINA BERTH INVOICE {inv}   {rm}\nBerth holder: {n}\n{a}\nE-mail: {e}   Mobile: {t}\n\nDate       Description"
                  "              Amount\n", co=v.k(kp.company), inv=v.k(kp.invoice), rm=K("BERTH", "Pontoon " + v.letters(1) + "-" + str(v.r.randint(1, 60))), n=n, a=v.addr(),
                  e=v.mail(g, f), t=v.tel(foreign=v.r.random() < 0.5))  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        d.fmt(
            "{dt}  {it}  {amt}\n",
            dt=v.dt(),
            it=v.lab(v.pick("Berth fee", "Shore power", "Diesel", "Pump-out")),
            amt=v.money(500),
        )
    return d.fmt("Settled by card {cc} ({brand}). Skipper licence {dl}.\n", cc=v.cc(), brand=v.lab(v.pick("VISA", "MC", "AMEX")),
                 dl=v.dl()[1])  # fmt: skip


def gds_passenger_record_printout(v: V) -> Doc:
    g, f, _ = v.name()
    surname = f or g
    return Doc().fmt(
        "RP/{office}/{office}            AA/SU  {dt}\n  1.{sn1}/{gn1} MRS\n  2  {fl} Y {dt2} HK1  0905 1310\n"
        "  3 AP {t}\n  4 APE {e}\n  5 SSR DOCS YY HK1 P/{cty}/{pp}/{cty}/{dob}/F/{dt3}/{sn}/{gn}\n"
        "  6 FA PAX {tk}\n  7 FP CC{cc}\n",
        office=K("OFFICE", "DKRSN08AA"), dt=v.dt(), sn1=P("PERSON", surname.upper()), gn1=P("PERSON", g.upper()),
        fl=v.k(kp.flight), dt2=v.dt(), t=v.tel(foreign=True), e=v.mail(g, f), cty=v.loc.country, pp=K("DOC", "P" + v.digits(7)),
        dob=P("DATE_OF_BIRTH", f"{v.r.randint(1, 28):02d}{v.pick('JAN', 'MAR', 'JUN', 'SEP', 'DEC')}{v.r.randint(40, 99)}"),
        dt3=v.dt(), sn=P("PERSON", surname.upper()), gn=P("PERSON", g.upper()), tk=v.k(kp.ticket), cc=v.cc())  # fmt: skip


def scooter_hire_damage_waiver(v: V) -> Doc:
    issuer, dl = v.dl()
    return Doc().fmt(
        "{co} — SCOOTER HIRE & DAMAGE WAIVER {o}\nRider: {n}   {born}: {dob}\nDriving licence {dl} issued by {iss}\n"
        "Pillion: {n2}\nHome: {a}\nPickup {dt} {c} / return {dt2}\nVehicle plate {pl}\nDeposit {amt} "
        "pre-authorised on {cc}\nEmergency roadside: {t}\n",
        co=v.k(kp.company), o=v.k(kp.order), n=v.n(), born=v.w("born"), dob=v.born(), dl=dl, iss=K("ISSUER", issuer),
        n2=v.n(), a=v.addr(), dt=v.dt(), c=v.k(kp.city), dt2=v.dt(), pl=v.k(kp.plate), amt=v.money(900), cc=v.cc(),
        t=v.tel())  # fmt: skip


# ------------------------------------------------------------------------------------------------ files and chat


def swim_club_lane_booking_csv(v: V) -> Doc:
    d = Doc().fmt("booking_id,swimmer,dob,mobile,email,lane,session_date,paid_with\n")
    for _ in range(v.r.randint(3, 5)):
        g, f, n = v.person()
        d.fmt('{mid},"{n}",{dob},{t},{e},{pl},{dt},{cc}\n', mid=K("MEMBER", "LANE" + v.digits(5)), n=n, dob=v.born(),
              t=v.tel(), e=v.mail(g, f), pl=v.lab(v.pick("FAST", "MEDIUM", "AQUAFIT")), dt=v.dt(), cc=v.cc())  # fmt: skip
    return d


def sip_phonebook_xml(v: V) -> Doc:
    d = Doc().fmt('<?xml version="1.0" encoding="UTF-8"?>\n<!-- pushed by provisioning {ver} on {dt} -->\n'
                  "<IPPhoneDirectory>\n", ver=v.k(kp.version), dt=v.dt())  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        g, f, n = v.person()
        d.fmt("  <DirectoryEntry>\n    <Name>{n}</Name>\n    <Telephone label=\"{lab}\">{t}</Telephone>\n"
              "    <Mail>{e}</Mail>\n  </DirectoryEntry>\n", n=n, lab=v.lab(v.pick("Mobile", "Desk", "Home")),
              t=v.tel(ext=v.r.random() < 0.3), e=v.mail(g, f))  # fmt: skip
    return d.fmt(
        "  <!-- reception: {a}; bill to {co} -->\n</IPPhoneDirectory>\n",
        a=v.addr(lines=False),
        co=v.k(kp.company),
    )


def meeting_room_booking_log(v: V) -> Doc:
    d = Doc().fmt("# roombook audit — {co} — week of {dt}\n", co=v.k(kp.company), dt=v.dt())
    for _ in range(v.r.randint(3, 4)):
        g, f, n = v.person()
        d.fmt("{dt} {room} booked_by=\"{n}\" contact={e} from={ip} note=\"{lab}\"\n", dt=v.dt(), room=v.k(kp.room), n=n,
              e=v.mail(g, f), ip=v.ipa(), lab=v.lab(v.pick("interview", "supplier visit", "board prep")))  # fmt: skip
    return d.fmt("# visitor badge for {n}, born {dob}, host mobile {t}; invoice {inv}\n", n=v.n(), dob=v.born(), t=v.tel(),
                 inv=v.k(kp.invoice))  # fmt: skip


def irc_flatshare_channel_log(v: V) -> Doc:
    g, _, _ = v.name()
    nick = K("HANDLE", v.pick("kettle", "moth", "ziggy", "pancake"))
    return Doc().fmt(
        "--- Log opened {dt}\n[08:14] <{me}> did {g} give you the landlord's new number?\n[08:15] <{nick}> yes: {t}\n"
        "[08:17] * {nick} says the flat viewing is at {a}\n[08:20] <{me}> rent goes to {ib} with ref {ref}\n"
        "[08:21] <{nick}> sent my {amt}\n--- Log closed\n",
        dt=v.dt(), me=K("HANDLE", "lantern"), g=P("PERSON", g.lower() if v.r.random() < 0.5 else g), nick=nick, t=v.tel(),
        a=v.addr(lines=False), ib=v.ib(), ref=v.k(kp.reference), amt=v.money(900))  # fmt: skip


def payroll_semicolon_csv(v: V) -> Doc:
    d = Doc().fmt("employee;ssn;birth_date;street;bank_account;gross;period\n")
    for _ in range(v.r.randint(3, 4)):
        d.fmt("{n};{s};{dob};{a};{ib};{amt};{dt}\n", n=v.n(), s=v.sn(), dob=v.born(), a=v.addr(lines=False), ib=v.ib("DE" if v.r.random() < 0.2 else "GB"),
              amt=v.money(9000), dt=v.dt())  # fmt: skip
    return d.fmt("# exported by {co} {ver}\n", co=v.k(kp.company), ver=v.k(kp.version))


def github_issue_thread(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "#{iss} Login fails for user after migration\nOpened by {h} on {dt}\n\n> Steps: sign in as {n} "
        "({e}) from {ip}, get 500.\n> Stack trace mentions version {ver}.\n\n**comment** — ping {n2}, this user's "
        "card {cc} was charged twice too. Their phone is {t}.\n**comment** — related: {iss2}\n",
        iss=v.k(kp.issue), h=K("HANDLE", "@" + v.letters(3).lower() + "-bot"), dt=v.dt(), n=n, e=v.mail(g, f),
        ip=v.ipa(), ver=v.k(kp.version), n2=v.n(), cc=v.cc(), t=v.tel(), iss2=v.k(kp.issue))  # fmt: skip


def toml_service_config(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        '[service]\nname = "{svc}"\nversion = "{ver}"\nbind = "{ip}"\n\n[owner]\nname = "{n}"\nemail = "{e}"\n'
        'phone = "{t}"\n\n[billing]\nplan_started = "{dt}"\nmonthly_cap = "{amt}"\niban = "{ib}"\nbic = "{bic}"\n\n[[allow]]\ncidr = "{ip2}"\ncomment = "office of {n2}"\n',
        svc=v.lab(v.pick("ledger-sync", "kyc-gateway", "rota-api")), ver=v.k(kp.version), ip=v.ipa(), n=n,
        e=v.mail(g, f), t=v.tel(), dt=v.dt(), amt=v.money(), ib=v.ib(), bic=v.sw(), ip2=v.ipa(), n2=v.n())  # fmt: skip


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    mortgage_offer_letter,
    block_trade_allocation_notice,
    letter_of_credit_advice,
    bankruptcy_schedule_excerpt,
    divorce_financial_disclosure,
    deposition_transcript_page,
    police_incident_report,
    ata_carnet_general_list,
    residential_bond_lodgement,
    antenatal_booking_record,
    blood_bank_crossmatch_request,
    dive_medical_fitness_certificate,
    answering_service_message_slip,
    hearing_aid_service_postcard,
    marina_berth_invoice,
    gds_passenger_record_printout,
    scooter_hire_damage_waiver,
    swim_club_lane_booking_csv,
    sip_phonebook_xml,
    meeting_room_booking_log,
    irc_flatshare_channel_log,
    payroll_semicolon_csv,
    github_issue_thread,
    toml_service_config,
)
US_ONLY = ("bankruptcy_schedule_excerpt", "deposition_transcript_page", "payroll_semicolon_csv")


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
