"""The tenth holdout PII set: `python -m tools.pii_holdout10_set` writes benchmarks/pii_intl/holdout10.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written blind: without opening
Charter's recognizers, their word lists, the benchmark's results or any misses file, and the scrubber was never
run on it while it was written. The earlier sets (tools/pii_intl_set.py, tools/pii_holdout*_set.py) were read
only to copy their structure and to avoid their families, sentences, renderings and name origins. Families:
veterinary rabies certificates, funeral arrangement worksheets, driving-school lesson logs, livestock auction
buyer cards, library card applications, glucose-meter CSV exports, pawn pledge tickets, court interpreter
bookings, amateur-radio net logs, tutoring invoices in Markdown, energy supplier switch confirmations,
lost-property registers, allotment waiting lists, prison visit applications, chess tournament entry lists,
FHIR Patient resources, MongoDB shell find() output, mail queue listings, WHOIS registrant records, electoral
canvass forms, GEDCOM family exports, card-terminal journal tapes, OCR'd nursery pick-up authorisations and
Ansible INI inventories.

Values come from tools/pii_holdout10_values.py: every person name from hand-written lists of real given names
and surnames (Scottish Gaelic, Manx, Cornish, Jèrriais, Asturian, Ladin, Upper Sorbian, Kashubian, Rusyn,
Gagauz, Crimean Tatar, Bashkir, Sakha, Buryat, Uyghur, Tibetan, Sindhi, Konkani, Meitei, Kachin, Marshallese,
I-Kiribati, Tahitian, ni-Vanuatu, Tuvaluan, Sango, Acholi, Chewa, Bemba, Kirundi, Lingala, Ewe, Fon, Mossi,
Mende, Mandinka, Comorian, Venda, Oshiwambo, Dinka, Afar, Cape Verdean, Haitian, Papiamentu, K'iche',
Yucatec Maya, Lakota, Cree, Surinamese, Assyrian and Maldivian, in Latin, Cyrillic, Tibetan, Arabic and
Devanagari scripts), none from Faker or Mimesis; street lines from hand-written street and city lists; phones
from the `phonenumbers` library's metadata, each rendering read back as valid from the document's country;
cards, IBANs, BICs, SSNs, driver's licences and record numbers from their published layouts and check digits.
Must-keep values come from tools/pii_holdout10_keep.py.

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

from tools import pii_holdout10_keep as kp
from tools.pii_holdout10_values import LOCALES, STREETS, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout10.jsonl"
SEED = 905527
DOCUMENTS = 504
SPLIT = "holdout10"

# Form labels in the document's language.
WORDS = {
    "phone": {"en": "Phone", "fr": "Téléphone", "es": "Teléfono", "de": "Telefon", "it": "Tel.", "pl": "Nr telefonu",
              "sk": "Telefón", "ro": "Telefon", "ru": "Телефон", "pt": "Telemóvel", "nl": "Tel.nr."},
    "born": {"en": "Date of birth", "fr": "Date de naissance", "es": "Fecha de nacimiento", "de": "Geburtsdatum",
             "it": "Nato/a il", "pl": "Data ur.", "sk": "Dátum narodenia", "ro": "Data nașterii",
             "ru": "Дата рожд.", "pt": "Data de nasc.", "nl": "Geb. datum"},
    "address": {"en": "Address", "fr": "Adresse", "es": "Dirección", "de": "Anschrift", "it": "Residenza",
                "pl": "Adres", "sk": "Bydlisko", "ro": "Domiciliu", "ru": "Адрес", "pt": "Endereço", "nl": "Adres"},
    "name": {"en": "Full name", "fr": "Nom complet", "es": "Nombre y apellidos", "de": "Vor- und Nachname",
             "it": "Cognome e nome", "pl": "Nazwisko i imię", "sk": "Meno a priezvisko", "ro": "Nume și prenume",
             "ru": "Фамилия, имя", "pt": "Nome", "nl": "Volledige naam"},
    "email": {"en": "E-mail", "fr": "Courriel", "es": "Correo", "de": "E-Mail", "it": "Posta elettronica",
              "pl": "E-mail", "sk": "E-mail", "ro": "E-mail", "ru": "Эл. почта", "pt": "Correio eletrónico",
              "nl": "E-mailadres"},
    "signed": {"en": "Signed", "fr": "Signature", "es": "Firma", "de": "Unterschrift", "it": "Firma",
               "pl": "Podpis", "sk": "Podpis", "ro": "Semnătura", "ru": "Подпись", "pt": "Assinatura",
               "nl": "Handtekening"},
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


# ------------------------------------------------------------------------------------------------ animals and land


def veterinary_rabies_certificate(v: V) -> Doc:
    g, f, n = v.person()
    issuer, dl = v.dl()
    return Doc().fmt(
        "{co}\n{ti}\n\nAnimal: {sp}, microchip {chip}\nVaccine {batch}, given {dt}, valid until {dt2}\n\n"
        "OWNER / PROPRIÉTAIRE\n{nm}: {n}\n{addr}: {a}\n{ph}: {t}\n{em}: {e}\nIdentity checked: licence {dl} ({iss})\n"
        "Fee {amt} paid by card {cc}\nVeterinary surgeon: {n2}\n",
        co=v.k(kp.company), ti=v.title("RABIES VACCINATION CERTIFICATE / CERTIFICAT DE VACCINATION ANTIRABIQUE"),
        sp=v.lab(v.pick("canine, spayed female", "feline, male", "canine, entire male", "ferret")),
        chip=v.k(kp.microchip), batch=v.k(kp.vaccine_batch), dt=v.dt(), dt2=v.dt(), nm=v.w("name"), n=n,
        addr=v.w("address"), a=v.addr(), ph=v.w("phone"), t=v.tel(), em=v.w("email"), e=v.mail(g, f), dl=dl,
        iss=K("ISSUER", issuer), amt=v.money(300), cc=v.cc(), n2=v.n())  # fmt: skip


def livestock_auction_buyer_card(v: V) -> Doc:
    _, dl = v.dl()
    d = Doc().fmt(
        "{co} — BUYER REGISTRATION CARD   Sale of {dt}\nBuyer no. {bn}\nTrading name / buyer: {n}\nHolding address:\n{a}\n"
        "Mobile {t}   Licence {dl}\nSettlement: {ib}  BIC {bic}\nAgent bidding for buyer: {n2}\n\nLots knocked down:\n",
        co=v.k(kp.company), dt=v.dt(), bn=K("BUYER_NO", "B" + v.digits(3)), n=v.n(), a=v.addr(), t=v.tel(), dl=dl,
        ib=v.ib(), bic=v.sw(), n2=v.n())  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        d.fmt(
            "  {lot}  {head} x {kind}  tags {tag}  {amt}\n", lot=v.k(kp.lot), head=str(v.r.randint(1, 30)),
            kind=v.lab(v.pick("store lambs", "heifers", "goats", "weaned calves", "breeding ewes")), tag=v.k(kp.tag),
            amt=v.money(20000))  # fmt: skip
    return d.fmt("Commission {pc}. Haulage booked with {co}.\n", pc=v.k(kp.percent), co=v.k(kp.company))


def allotment_waiting_list(v: V) -> Doc:
    d = Doc().fmt("{co} — allotment waiting list (exported {dt})\n| # | Applicant | Address | Phone | E-mail | Joined | Offer |\n"
                  "|---|---|---|---|---|---|---|\n", co=v.k(kp.company), dt=v.dt())  # fmt: skip
    for i in range(v.r.randint(3, 5)):
        g, f, n = v.person()
        d.fmt("| {i} | {n} | {a} | {t} | {e} | {dt} | {pl} |\n", i=str(i + 1), n=n, a=v.addr(lines=False), t=v.tel(),
              e=v.mail(g, f), dt=v.dt(), pl=v.k(kp.plot) if v.r.random() < 0.6 else "—")  # fmt: skip
    return d.fmt("Rent per half plot {amt}; committee secretary {n}.\n", amt=v.money(90), n=v.n())


# ------------------------------------------------------------------------------------------------ death, courts, custody


def funeral_arrangement_sheet(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{co}\n{ti}\nDecedent: {d}   SSN {s}\nDate of birth {dob}   Date of death {dt}\nLast residence: {a}\n"
        "Hospital record no. {mr} ({hosp})\nSurviving spouse: {sp}, SSN {s2}\nInformant: {n}   Phone {t}   E-mail {e}\n"
        "Pre-need trust holding: {q} units of {isin} / CUSIP {cusip}\nCemetery {lot}; services {amt}\nDeposit charged to {cc}\n",
        co=v.k(kp.company), ti=v.title("STATEMENT OF FUNERAL GOODS AND SERVICES SELECTED"), d=v.n(), s=v.sn(),
        dob=v.born(), dt=v.dt(), a=v.addr(lines=False), mr=v.mr(), hosp=v.k(kp.company, "medical"), sp=v.n(), s2=v.sn(),
        n=n, t=v.tel(), e=v.mail(g, f), q=str(v.r.randint(10, 400)), isin=v.k(kp.isin), cusip=v.k(kp.cusip),
        lot=v.k(kp.lot), amt=v.money(14000), cc=v.cc())  # fmt: skip


def court_interpreter_booking(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "INTERPRETER BOOKING REQUEST   {dk}\nCourt: {c}   Hearing {dt} at {tm}\nAuthority: {cit}\n"
        "Defendant: {d} (born {dob})\nLanguage required: {lang}\n\nInterpreter assigned: {n}\nMobile: {t}\nEmail: {e}\n"
        "Fee {amt} to be paid to {ib}, {bic}\nCourt clerk: {n2}, {t2}\n",
        dk=v.k(kp.docket), c=v.k(kp.city), dt=v.dt(), tm=v.k(kp.clock), cit=v.k(kp.citation), d=v.n(), dob=v.born(),
        lang=v.lab(v.pick("Lakota", "Acholi", "Haitian Creole", "Dinka", "Tibetan", "Papiamentu", "K'iche'", "Sindhi")),
        n=n, t=v.tel(), e=v.mail(g, f), amt=v.money(600), ib=v.ib(), bic=v.sw(), n2=v.n(), t2=v.tel(ext=True))  # fmt: skip


def prison_visit_application(v: V) -> Doc:
    g, f, n = v.person()
    issuer, dl = v.dl()
    return Doc().fmt(
        "{ti}\nInmate to be visited: {inm}, {ti2} {n0}\n\nVISITOR\nName: {n}\nDOB: {dob}\nSocial Security No.: {s}\n"
        "Driver's license: {dl}  State: {iss}\nHome address:\n{a}\nTelephone: {t}\nEmail: {e}\n"
        "Relationship: {rel}\nMinor accompanying: {kid}, DOB {kdob}\nI certify the above under {cit}.  {sig}: {n}\n",
        ti=v.title("VISITOR APPLICATION — DEPARTMENT OF CORRECTIONS"), inm=v.k(kp.inmate), ti2=K("LABEL", "inmate"),
        n0=v.n(), n=n, dob=v.born(), s=v.sn(), dl=dl, iss=K("ISSUER", issuer), a=v.addr(), t=v.tel(), e=v.mail(g, f),
        rel=v.lab(v.pick("sister", "friend", "spouse", "cousin", "pastor")), kid=v.given(), kdob=v.born(child=True),
        cit=K("CITATION", "28 U.S.C. § 1746"), sig=v.w("signed"))  # fmt: skip


def pawn_pledge_ticket(v: V) -> Doc:
    _, dl = v.dl()
    d = Doc().fmt(
        "{co}   PAWN TICKET {tk}   {dt}\nPledgor: {n}   DOB {dob}   SSN {s}\nID: DL {dl}\n{a}\nPh. {t}\n"
        "Description of pledged goods:\n",
        co=v.k(kp.company), tk=v.k(kp.ticket), dt=v.dt(), n=v.n(), dob=v.born(), s=v.sn(), dl=dl, a=v.addr(), t=v.tel())  # fmt: skip
    for _ in range(v.r.randint(1, 3)):
        d.fmt("  - {it}, {sn}   loan {amt}\n", it=v.lab(v.pick("14K gold chain", "cordless drill", "guitar", "laptop", "rifle scope")),
              sn=v.k(kp.serial), amt=v.money(900))  # fmt: skip
    return d.fmt("Finance charge {pc} per month. Redeem by {dt}. Clerk: {clerk}\n", pc=v.k(kp.percent), dt=v.dt(),
                 clerk=v.given())  # fmt: skip


# ------------------------------------------------------------------------------------------------ learning and leisure


def driving_school_lesson_log(v: V) -> Doc:
    issuer, dl = v.dl()
    d = Doc().fmt(
        "{co} — learner record\n{nm}: {n}\n{born}: {dob}\nProvisional licence {dl} ({iss})\n{ph}: {t}\n"
        "Instructor: {n2}\n\nDate        Start  Mins  Topic                 Fee\n",
        co=v.k(kp.company), nm=v.w("name"), n=v.n(), born=v.w("born"), dob=v.born(), dl=dl, iss=K("ISSUER", issuer),
        ph=v.w("phone"), t=v.tel(), n2=v.n())  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        d.fmt("{dt}  {tm}  {mins}  {topic}  {amt}\n", dt=v.dt(), tm=v.k(kp.clock), mins=v.pick("60", "90", "120"),
              topic=v.lab(v.pick("roundabouts", "parallel parking", "night driving", "motorway", "hill starts")),
              amt=v.money(80))  # fmt: skip
    return d.fmt("Block of lessons prepaid with card {cc} (invoice {inv}).\n", cc=v.cc(), inv=v.k(kp.invoice))


def library_card_application(v: V) -> Doc:
    g, f, n = v.person()
    child = v.r.random() < 0.4
    d = Doc().fmt(
        "{co}\n{ti}\n\n{nm}: {n}\n{born}: {dob}\n{addr}:\n{a}\n{em}: {e}\n{ph}: {t}\n",
        co=v.k(kp.company), ti=v.title("LIBRARY MEMBERSHIP APPLICATION"), nm=v.w("name"), n=n, born=v.w("born"),
        dob=v.born(child=child), addr=v.w("address"), a=v.addr(), em=v.w("email"), e=v.mail(g, f), ph=v.w("phone"),
        t=v.tel())  # fmt: skip
    if child:
        d.fmt("Parent/guardian responsible for loans: {p}, identity document {dl}\n", p=v.n(), dl=v.dl()[1])
    else:
        d.fmt("Proof of address: driving licence {dl}\n", dl=v.dl()[1])
    return d.fmt("First loan: {isbn}. Card issued {dt}; replacement fee {amt}.\n", isbn=v.k(kp.isbn), dt=v.dt(),
                 amt=v.money(15))  # fmt: skip


def ham_radio_net_log(v: V) -> Doc:
    d = Doc().fmt("Weekly net — {dt} {tm}Z — net control {cs}\nLinked via EchoLink node at {ip}\n\n"
                  "time  call      name       QTH            grid\n", dt=v.dt(), tm=v.k(kp.clock), cs=v.k(kp.callsign),
                  ip=v.ipa())  # fmt: skip
    for _ in range(v.r.randint(3, 5)):
        d.fmt("{tm} {cs}  {g}  {c}  {grid}\n", tm=v.k(kp.clock), cs=v.k(kp.callsign), g=v.given(), c=v.k(kp.city),
              grid=v.k(kp.locator))  # fmt: skip
    return d.fmt(
        "QSL cards via the bureau or direct to {n}, {a}. Net manager phone {t}. Next net {dt}.\n",
        n=v.n(), a=v.addr(lines=False), t=v.tel(), dt=v.dt())  # fmt: skip


def tutoring_invoice_markdown(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt(
        "## Invoice {inv}\n\n**Bill to:** {n} <{e}>  \n**Pupil:** {p} (born {dob})  \n**Tutor:** {tutor}\n\n"
        "| Date | Subject | Hours | Amount |\n|:-----|:--------|------:|-------:|\n",
        inv=v.k(kp.invoice), n=n, e=v.mail(g, f), p=v.given(), dob=v.born(child=True), tutor=v.n())  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        d.fmt("| {dt} | {subj} | {h} | {amt} |\n", dt=v.dt(), subj=v.lab(v.pick("Maths", "Chemistry", "French",
              "Piano grade 5", "Essay writing")), h=v.pick("1", "1.5", "2"), amt=v.money(120))  # fmt: skip
    return d.fmt("\nPlease pay by transfer to **{ib}** (BIC `{bic}`) quoting {inv}. Questions: {t}\n", ib=v.ib(),
                 bic=v.sw(), inv=v.k(kp.invoice), t=v.tel())  # fmt: skip


def chess_tournament_entries(v: V) -> Doc:
    d = Doc().fmt(
        "{co} Open — entries as of {dt}\nRating ID\tName\tBorn\tE-mail\tFee\n", co=v.k(kp.company), dt=v.dt()
    )
    for _ in range(v.r.randint(3, 5)):
        g, f, _ = v.name()
        n = P("PERSON", f"{f}, {g}" if v.r.random() < 0.7 else f"{f.upper()} {g}")
        d.fmt("{rid}\t{n}\t{dob}\t{e}\t{amt}\n", rid=v.k(kp.rating_id), n=n, dob=v.born(child=v.r.random() < 0.3),
              e=v.mail(g, f), amt=v.money(60))  # fmt: skip
    return d.fmt(
        "Late entries: pay the organiser's account {ib} ({bic}) or by card on the day; one entry was taken by "
        "phone with card {cc}. Chief arbiter {n}, {t}.\n", ib=v.ib(), bic=v.sw(), cc=v.cc(), n=v.n(), t=v.tel())  # fmt: skip


# ------------------------------------------------------------------------------------------------ health and home


def glucose_meter_csv_export(v: V) -> Doc:
    d = Doc().fmt(
        "# Device export {ver}\n# Serial: {sn}\n# Patient: {n}\n# DOB: {dob}\n# Clinic ID: {mr}\n# Clinic: {co}\n"
        "# Uploaded from {ip} on {dt}\n# Diagnosis: {icd}; therapy {atc}\ndate,time,glucose_mmol_l,meal_tag\n",
        ver=v.k(kp.version), sn=v.k(kp.serial), n=v.n(), dob=v.born(), mr=v.mr(), co=v.k(kp.company, "medical"),
        ip=v.ipa(), dt=v.dt(), icd=v.k(kp.icd10), atc=v.k(kp.atc))  # fmt: skip
    for _ in range(v.r.randint(3, 5)):
        d.fmt("{dt},{tm},{g},{tag}\n", dt=v.dt(), tm=v.k(kp.clock), g=f"{v.r.randint(3, 17)}.{v.r.randint(0, 9)}",
              tag=v.lab(v.pick("before_breakfast", "after_lunch", "bedtime", "fasting")))  # fmt: skip
    return d.fmt("# Next review with {n}: {lt}\n", n=v.n(), lt=v.k(kp.lab_test))


def fhir_patient_resource_json(v: V) -> Doc:
    g, f, _ = v.name()
    line, city, post = v.addr_parts()
    d = Doc().fmt(
        '{{\n  "resourceType": "Patient",\n  "id": "{oid}",\n  "meta": {{"versionId": "{vid}", "lastUpdated": "{dt}"}},\n'
        '  "identifier": [\n    {{"system": "urn:oid:2.16.840.1.113883.19.5", "type": {{"text": "MR"}}, "value": "{mr}"}}',
        oid=v.k(kp.object_id), vid=str(v.r.randint(1, 9)), dt=v.k(kp.timestamp), mr=v.mr())  # fmt: skip
    if v.us():
        d.fmt(',\n    {{"system": "http://hl7.org/fhir/sid/us-ssn", "value": "{s}"}}', s=v.sn())
    return d.fmt(
        '\n  ],\n  "name": [{{"use": "official", "family": "{f}", "given": ["{g}"]}}],\n'
        '  "telecom": [\n    {{"system": "phone", "value": "{t}", "use": "mobile"}},\n'
        '    {{"system": "email", "value": "{e}"}}\n  ],\n  "gender": "{sex}",\n  "birthDate": "{dob}",\n'
        '  "address": [{{"line": ["{line}"], "city": "{city}", "postalCode": "{post}", "country": "{cty}"}}],\n'
        '  "contact": [{{"name": {{"text": "{kin}"}}, "telecom": [{{"system": "phone", "value": "{t2}"}}]}}],\n'
        '  "managingOrganization": {{"display": "{co}"}}\n}}\n',
        f=P("PERSON", f), g=P("PERSON", g), t=v.tel(), e=v.mail(g, f), sex=v.pick("female", "male", "unknown"),
        dob=P("DATE_OF_BIRTH", v.dob_iso()), line=line, city=city, post=post, cty=v.loc.country, kin=v.n(),
        t2=v.tel(), co=v.k(kp.company, "medical"))  # fmt: skip


def energy_switch_confirmation(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{co}\n{n}\n{a}\n\n{dt}\n\nDear {g},\n\nWelcome aboard. Your switch completes on {dt2}. We will read {mt} "
        "at {kwh} on that day. Your monthly direct debit of {amt} will be collected from {ib} ({bic}).\n"
        "We hold your date of birth as {dob} and your contact number as {t}; please tell us at {e} if either "
        "is wrong. Reference {ref}.\n",
        co=v.k(kp.company), n=n, a=v.addr(), dt=v.dt(), g=P("PERSON", g), dt2=v.dt(), mt=v.k(kp.meter), kwh=v.k(kp.kwh),
        amt=v.money(250), ib=v.ib(), bic=v.sw(), dob=v.born(), t=v.tel(), e=v.mail(g, f), ref=v.k(kp.reference))  # fmt: skip


def kindergarten_pickup_ocr(v: V) -> Doc:
    kid_g, kid_f, _ = v.name()
    return Doc().fmt(
        "{co}\nAUTH0RISED C0LLECTI0N F0RM\n\nChild's first name: {kg}   Surname: {kf}\nD.O.B. {dob}   Health card {mr}\n"
        "Adults who may coll-\nect this child:\n 1) {n1}  ({rel1})  {t1}\n 2) {n2}  ({rel2})  {t2}\n"
        "Home addr: {a}\nPhoto ID seen: lic. {dl}\n{sig} ......... {n3}   dated {dt}\n",
        co=v.k(kp.company), kg=P("PERSON", kid_g), kf=P("PERSON", kid_f), dob=v.born(child=True), mr=v.mr(), n1=v.n(),
        rel1=v.lab(v.pick("grandmother", "aunt", "neighbour", "father")), t1=v.tel(), n2=v.n(),
        rel2=v.lab(v.pick("uncle", "childminder", "older sister", "mother")), t2=v.tel(), a=v.addr(), dl=v.dl()[1],
        sig=v.w("signed"), n3=v.n(), dt=v.dt())  # fmt: skip


def electoral_canvass_form(v: V) -> Doc:
    d = Doc().fmt("{ti}\nProperty:\n{a}\nReference {ref}   Return by {dt}\n\nResidents eligible to register:\n",
                  ti=v.title("HOUSEHOLD ENQUIRY FORM"), a=v.addr(), ref=v.k(kp.reference), dt=v.dt())  # fmt: skip
    for _ in range(v.r.randint(2, 4)):
        g, f, n = v.person()
        d.fmt("  {n} | nationality: {nat} | {born}: {dob} | {e}\n", n=n, nat=v.lab(v.pick("British", "Irish", "Kenyan",
              "Marshallese", "Fijian", "Malawian")), born=v.w("born"), dob=v.born(), e=v.mail(g, f))  # fmt: skip
    return d.fmt("Contact for queries: {t}.  {sig}: {n}\n", t=v.tel(), sig=v.w("signed"), n=v.n())


def lost_property_register(v: V) -> Doc:
    d = Doc().fmt("{co} LOST PROPERTY REGISTER   {c}\nref | found | item | serial | claimant | phone | ID shown\n",
                  co=v.k(kp.company), c=v.k(kp.city))  # fmt: skip
    for _ in range(v.r.randint(2, 3)):
        d.fmt("{ref} | {dt} | {it} | {sn} | {n} | {t} | {dl}\n", ref=v.k(kp.reference), dt=v.dt(),
              it=v.lab(v.pick("black rucksack", "phone", "umbrella", "wallet", "child's scooter")), sn=v.k(kp.serial),
              n=v.n(), t=v.tel(), dl=v.dl()[1])  # fmt: skip
    return d.fmt(
        "Unclaimed bank card logged and shredded after 7 days: {cc} (name on card {n}).\n", cc=v.cc(), n=v.n()
    )


# ------------------------------------------------------------------------------------------------ machines and files


def mongo_shell_find_output(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt(
        'rs0:PRIMARY> db.customers.find({{ "status" : "active" }}).limit(1).pretty()\n{{\n'
        '\t"_id" : ObjectId("{oid}"),\n\t"fullName" : "{n}",\n\t"email" : "{e}",\n\t"phone" : "{t}",\n'
        '\t"dob" : "{dob}",\n\t"lastLoginIp" : "{ip}",\n\t"payout" : {{\n\t\t"iban" : "{ib}",\n\t\t"bic" : "{bic}"\n\t}},\n'
        '\t"cardOnFile" : "{cc}",\n',
        oid=v.k(kp.object_id), n=n, e=v.mail(g, f), t=v.tel(), dob=v.born(), ip=v.ipa(), ib=v.ib(), bic=v.sw(),
        cc=v.cc())  # fmt: skip
    if v.us():
        d.fmt('\t"taxId" : "{s}",\n', s=v.sn())
    return d.fmt('\t"holdings" : [\n\t\t{{\n\t\t\t"ticker" : "{tk}",\n\t\t\t"isin" : "{isin}",\n\t\t\t"qty" : {q}\n'
                 '\t\t}}\n\t],\n\t"createdAt" : ISODate("{dt}")\n}}\n', tk=v.k(kp.ticker), isin=v.k(kp.isin),
                 q=str(v.r.randint(1, 500)), dt=v.k(kp.timestamp))  # fmt: skip


def mail_queue_listing(v: V) -> Doc:
    d = Doc().fmt("-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n")
    requests = v.r.randint(2, 3)
    for _ in range(requests):
        g, f, _ = v.name()
        g2, f2, _ = v.name()
        d.fmt("{qid}*    {size} {dt} {tm}  {e}\n  (host mx.{dom}[{ip}] said: 452 4.2.2 mailbox full)\n"
              "                                         {e2}\n\n", qid=v.k(kp.queue_id), size=str(v.r.randint(900, 90000)),
              dt=v.dt(), tm=v.k(kp.clock), e=v.mail(g, f), dom=v.k(kp.domain), ip=v.ipa(), e2=v.mail(g2, f2))  # fmt: skip
    return d.fmt("-- {kb} Kbytes in {r} Requests.\n# held for review; voicemail from {t}: \"hello, my name is {n}, please release my mail\"\n",
                 kb=str(v.r.randint(20, 900)), r=str(requests), n=v.n(), t=v.tel())  # fmt: skip


def whois_registrant_record(v: V) -> Doc:
    g, f, n = v.person()
    line, city, post = v.addr_parts()
    return Doc().fmt(
        "Domain Name: {dom}\nRegistry Domain ID: {oid}\nUpdated Date: {dt}\nRegistrar WHOIS Server: whois.{dom}\n"
        "Registrant Name: {n}\nRegistrant Organization: {co}\nRegistrant Street: {line}\nRegistrant City: {city}\n"
        "Registrant Postal Code: {post}\nRegistrant Country: {cty}\nRegistrant Phone: {t}\nRegistrant Email: {e}\n"
        "Admin Name: {n2}\nAdmin Phone: {t2}\nName Server: ns1.{dom} ({ip})\nName Server: ns2.{dom} ({ip2})\n"
        ">>> Last update of WHOIS database: {dt2} <<<\n",
        dom=v.k(kp.domain), oid=v.k(kp.object_id), dt=v.dt(), n=n, co=v.k(kp.company), line=line, city=city, post=post,
        cty=v.loc.country, t=v.tel(), e=v.mail(g, f), n2=v.n(), t2=v.tel(foreign=v.r.random() < 0.3), ip=v.ipa(),
        ip2=v.ipa(), dt2=v.dt())  # fmt: skip


def gedcom_family_export(v: V) -> Doc:
    d = Doc().fmt("0 HEAD\n1 SOUR {co}\n2 VERS {ver}\n1 DATE {dt}\n1 CHAR UTF-8\n", co=v.k(kp.company), ver=v.k(kp.version),
                  dt=K("DATE", v.gedcom_date(2023, 2026)))  # fmt: skip
    for i in range(v.r.randint(2, 3)):
        g, f, _ = v.name()
        d.fmt("0 @I{i}@ INDI\n1 NAME {g} /{f}/\n2 GIVN {g2}\n2 SURN {f2}\n1 BIRT\n2 DATE {dob}\n2 PLAC {c}\n",
              i=str(i + 1), g=P("PERSON", g), f=P("PERSON", f), g2=P("PERSON", g), f2=P("PERSON", f),
              dob=P("DATE_OF_BIRTH", v.gedcom_date(1938, 2005)), c=v.k(kp.city))  # fmt: skip
        if i == 0:
            d.fmt(
                "1 RESI\n2 ADDR {a}\n2 PHON {t}\n2 EMAIL {e}\n",
                a=v.addr(lines=False),
                t=v.tel(),
                e=v.mail(g, f),
            )
    return d.fmt(
        "0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n1 MARR\n2 DATE {dt}\n0 TRLR\n",
        dt=K("DATE", v.gedcom_date(2022, 2026)),
    )


def card_terminal_journal_tape(v: V) -> Doc:
    d = Doc().fmt("*** JOURNAL *** {co}\nTID {tid}  MID {mid}  SW {ver}\n", co=v.k(kp.company),
                  tid=K("TERMINAL", v.digits(8)), mid=K("MERCHANT", "M" + v.digits(9)), ver=v.k(kp.version))  # fmt: skip
    for _ in range(v.r.randint(2, 3)):
        g, f, _ = v.name()
        d.fmt("{dt} {tm} SALE {amt}\n  PAN {cc}\n  NAME {sur}/{giv}\n  AID A0000000{aid}  AUTH {auth}\n  {sku}\n",
              dt=v.dt(), tm=v.k(kp.clock), amt=v.money(600), cc=v.cc(), sur=P("PERSON", f.upper()), giv=P("PERSON", g.upper()),
              aid=v.pick("031010", "041010", "25010801", "651010"), auth=K("AUTH", v.digits(6)), sku=v.k(kp.sku))  # fmt: skip
    return d.fmt("LOYALTY LOOKUP {t}\nEND OF DAY BATCH {b}\n", t=v.tel(), b=K("BATCH", v.digits(4)))


def ansible_inventory_ini(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt("# inventory for {co} — owner {n} <{e}>, pager {t}\n[web]\n", co=v.k(kp.company), n=n, e=v.mail(g, f),
                  t=v.tel())  # fmt: skip
    for _ in range(v.r.randint(2, 3)):
        d.fmt("{h} ansible_host={ip} ansible_user=deploy\n", h=v.k(kp.hostname), ip=v.ipa())
    g2, f2, n2 = v.person()
    return d.fmt(
        "\n[db]\n{h} ansible_host={ip} backup_window={tm}\n\n[all:vars]\napp_version={ver}\nescalation_contact=\"{n}\"\n"
        "escalation_email={e}\nescalation_phone=\"{t}\"\n",
        h=v.k(kp.hostname), ip=v.ipa(), tm=v.k(kp.clock), ver=v.k(kp.version), n=n2, e=v.mail(g2, f2), t=v.tel(ext=True))  # fmt: skip


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    veterinary_rabies_certificate,
    funeral_arrangement_sheet,
    driving_school_lesson_log,
    livestock_auction_buyer_card,
    library_card_application,
    glucose_meter_csv_export,
    pawn_pledge_ticket,
    court_interpreter_booking,
    ham_radio_net_log,
    tutoring_invoice_markdown,
    energy_switch_confirmation,
    lost_property_register,
    allotment_waiting_list,
    prison_visit_application,
    chess_tournament_entries,
    fhir_patient_resource_json,
    mongo_shell_find_output,
    mail_queue_listing,
    whois_registrant_record,
    electoral_canvass_form,
    gedcom_family_export,
    card_terminal_journal_tape,
    kindergarten_pickup_ocr,
    ansible_inventory_ini,
)
US_ONLY = ("funeral_arrangement_sheet", "pawn_pledge_ticket", "prison_visit_application")
US_LOCALES = ("en-US", "lkt-US")


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
