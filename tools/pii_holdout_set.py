"""The holdout PII test set: `python -m tools.pii_holdout_set` writes benchmarks/pii_intl/holdout.jsonl.

A test split held back for one final measurement, written independently of Charter's recognizers and of the
international set (tools/pii_intl_set.py): its own document families (chat transcripts, CSV exports,
invoices, SWIFT messages, vCards, phone bills, git logs, court declarations, clinic letters...), its own
sentences, its own seed, and values from sources the recognizers do not read (tools/pii_holdout_values.py:
Mimesis's name and street tables, the `phonenumbers` library's metadata, checksummed identifiers composed
here). Look-alike values that must survive are in tools/pii_holdout_keep.py. Nobody tunes on this file: the
benchmark never writes its misses, and its figures are read once.

Every line has the international set's schema, so benchmarks/pii_benchmark.py scores it unchanged:
`{"id", "split", "family", "locale", "text", "pii": [{"type", "start", "end"}], "keep": [{"type", "value"}]}`.
A `pii` span covers a value as written: a phone number with its extension, a street line with the postcode
and city written with it (a city on its own is not a span), a name without its title.

The same command writes the same bytes: one seed, one `random.Random` per document drawn from it, no
iteration over unordered collections.
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

from tools import pii_holdout_keep as kp
from tools.pii_holdout_values import LOCALES, OTHER_SCRIPT_SHARE, OTHER_SCRIPTS, Draw

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout.jsonl"
SEED = 52813
DOCUMENTS = 600
SPLIT = "holdout"


class P(NamedTuple):
    """A personal value: its span is labelled with `kind`."""

    kind: str
    value: str


class K(NamedTuple):
    """A value that must survive the scrubber."""

    kind: str
    value: str


def k(pair: tuple[str, str]) -> K:
    return K(*pair)


@dataclass
class Doc:
    """A document written piece by piece, remembering where each personal value sits."""

    parts: list[str] = field(default_factory=list)
    pii: list[dict] = field(default_factory=list)
    keep: list[dict] = field(default_factory=list)
    inserted: list[str] = field(default_factory=list)
    """The personal values in the order they were added (`pii[i]` should hold `inserted[i]`)."""
    size: int = 0

    def add(self, *items: str | P | K) -> Doc:
        for item in items:
            if isinstance(item, P):
                self.pii.append({"type": item.kind, "start": self.size, "end": self.size + len(item.value)})
                self.inserted.append(item.value)
                item = item.value
            elif isinstance(item, K):
                self.keep.append({"type": item.kind, "value": item.value})
                item = item.value
            self.parts.append(item)
            self.size += len(item)
        return self

    def fmt(self, template: str, **slots: str | P | K) -> Doc:
        """`template` with {slot} markers filled from `slots` ({{ and }} for literal braces)."""
        for literal, name, _, _ in string.Formatter().parse(template):
            self.add(literal)
            if name is not None:
                self.add(slots[name])
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


def problems(doc: Doc) -> list[str]:
    """Why `doc` cannot be scored fairly: overlapping or padded spans, or a must-keep value that also sits
    inside a personal value (redacting the one would count as losing the other)."""
    text, found = doc.text, []
    spans = sorted((p["start"], p["end"]) for p in doc.pii)
    for (s1, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        if s2 < e1:
            found.append(f"overlapping spans {text[s1:e1]!r} and {text[s2:e1]!r}")
    for s, e in spans:
        if e <= s or text[s:e] != text[s:e].strip():
            found.append(f"empty or padded span {text[s:e]!r}")
    for item in doc.keep:
        value, at = item["value"], text.find(item["value"])
        if not value:
            found.append("empty must-keep value")
        while value and at >= 0:
            if any(s < at + len(value) and at < e for s, e in spans):
                found.append(f"must-keep {value!r} overlaps a personal value")
                break
            at = text.find(value, at + 1)
    return found


# Labels of form fields in the document's language, English after a slash in bilingual forms.
LABELS = {
    "en": {"first": "First name", "last": "Last name", "dob": "Date of birth", "street": "Street address",
           "place": "Postcode and town", "phone": "Phone", "email": "Email", "iban": "IBAN", "mobile": "Mobile"},
    "de": {"first": "Vorname", "last": "Nachname", "dob": "Geburtsdatum", "street": "Straße und Hausnummer",
           "place": "PLZ, Ort", "phone": "Telefon", "email": "E-Mail", "iban": "IBAN", "mobile": "Handy"},
    "fr": {"first": "Prénom", "last": "Nom", "dob": "Date de naissance", "street": "Adresse",
           "place": "Code postal, ville", "phone": "Téléphone", "email": "Courriel", "iban": "IBAN",
           "mobile": "Portable"},
    "es": {"first": "Nombre", "last": "Apellidos", "dob": "Fecha de nacimiento", "street": "Dirección",
           "place": "C.P. y localidad", "phone": "Teléfono", "email": "Correo electrónico", "iban": "IBAN",
           "mobile": "Móvil"},
    "it": {"first": "Nome", "last": "Cognome", "dob": "Data di nascita", "street": "Indirizzo",
           "place": "CAP e città", "phone": "Telefono", "email": "E-mail", "iban": "IBAN", "mobile": "Cellulare"},
    "nl": {"first": "Voornaam", "last": "Achternaam", "dob": "Geboortedatum", "street": "Straat en huisnummer",
           "place": "Postcode en plaats", "phone": "Telefoon", "email": "E-mailadres", "iban": "IBAN",
           "mobile": "Mobiel"},
    "pt": {"first": "Nome", "last": "Apelido", "dob": "Data de nascimento", "street": "Morada",
           "place": "Código postal e localidade", "phone": "Telefone", "email": "E-mail", "iban": "IBAN",
           "mobile": "Telemóvel"},
    "pl": {"first": "Imię", "last": "Nazwisko", "dob": "Data urodzenia", "street": "Ulica i numer",
           "place": "Kod pocztowy, miejscowość", "phone": "Telefon", "email": "E-mail", "iban": "IBAN",
           "mobile": "Komórka"},
    "sv": {"first": "Förnamn", "last": "Efternamn", "dob": "Födelsedatum", "street": "Gatuadress",
           "place": "Postnummer och ort", "phone": "Telefon", "email": "E-post", "iban": "IBAN",
           "mobile": "Mobil"},
}  # fmt: skip


DOCTOR_SALUTATIONS = {
    "en": ("Dear Dr ", "Dear Dr. ", "Dear Doctor "),
    "de": ("Sehr geehrte Frau Dr. ", "Sehr geehrter Herr Dr. ", "Liebe Kollegin Dr. "),
    "fr": ("Cher confrère, Dr ", "Chère Docteure "),
    "es": ("Estimado Dr. ", "Estimada Dra. "),
    "it": ("Gentile Dott. ", "Gentile Dott.ssa "),
    "nl": ("Geachte collega ", "Beste dokter "),
    "pt": ("Caro Dr. ", "Cara Dra. "),
}
GREETINGS = {
    "en": ("Hi ", "Hello ", "Dear "), "de": ("Hallo ", "Guten Tag "), "fr": ("Bonjour ",), "es": ("Hola ",),
    "it": ("Ciao ", "Buongiorno "), "nl": ("Hoi ", "Beste "), "pt": ("Olá ",), "pl": ("Dzień dobry ",),
    "sv": ("Hej ",),
}  # fmt: skip


def label(d: Draw, key: str, bilingual: bool = False) -> str:
    own = LABELS.get(d.spec.lang)
    if own is None:
        return LABELS["en"][key]
    if bilingual and d.spec.lang != "en":
        return f"{own[key]} / {LABELS['en'][key]}"
    return own[key]


def lower(name: str) -> str:
    return name.lower()


def phone_or_none(d: Draw, p: float) -> P | None:
    return P("PHONE_NUMBER", d.phone()) if d.chance(p) else None


# ---------------------------------------------------------------------------------------------------------
# Families. Each writes one kind of document from one Draw.


def livechat_transcript(d: Draw) -> Doc:
    given, surname = d.person()
    agent = d.given()
    shown = d.pick((d.full(given, surname), lower(d.full(given, surname)), lower(given), given))
    minute = d.r.randint(7 * 60, 21 * 60)
    doc = Doc()

    def stamp(who: str) -> Doc:
        nonlocal minute
        minute += d.r.randint(0, 2)
        return doc.add(f"[{minute // 60:02d}:{minute % 60:02d}] {who}: ")

    stamp("Bot").add("Welcome to ", k(kp.company(d)), " support. An agent will join shortly.\n")
    if d.chance(0.5):
        stamp("System").add("Agent ", P("PERSON", agent), " joined the chat\n")
    opener = d.pick(
        ("hi, my name is {n} and ", "hello this is {n}, ", "Hi! {n} here - ", "good morning. I am {n}; ")
    )
    stamp("Visitor").fmt(opener, n=P("PERSON", shown)).add(
        d.pick(("my parcel ", "the order ", "my refund for ")), k(kp.reference(d)), " is still missing\n"
    )
    stamp("Agent").add("Sorry to hear that. Could you confirm the e-mail address on the account?\n")
    stamp("Visitor").add(P("EMAIL_ADDRESS", d.email(given, surname)), "\n")
    stamp("Agent").add("Thanks ", P("PERSON", given), ". I can see a payment of ", k(kp.money(d)), " from ")
    doc.add(k(kp.other_date(d)), ".\n")
    if d.chance(0.35):
        brand, number = d.card()
        stamp("Visitor").add(f"yes that was my {brand.lower()} ", P("CREDIT_CARD", number), "\n")
    phone = phone_or_none(d, 0.3)
    if phone:
        stamp("Visitor").add(
            d.pick(("can you call me back on ", "pls ring me: ", "my number is ")), phone, "\n"
        )
    stamp("Agent").add("I've opened ", k(kp.reference(d)), " for you. Anything else?\n")
    return stamp("Visitor").add(d.pick(("no thanks, bye", "that's all :)", "ok thx", "great, cheers")))


def crm_csv_export(d: Draw) -> Doc:
    sep = d.pick((",", ";", "\t"))
    with_phone = d.chance(0.25)
    cols = (
        ["id", "first_name", "last_name", "email"]
        + (["phone"] if with_phone else [])
        + ["city", "created_at", "ltv"]
    )
    doc = Doc().add(sep.join(cols), "\n")
    for _ in range(d.r.randint(2, 5)):
        given, surname = d.person()
        row: list[str | P | K] = [
            K("ID", f"C-{d.r.randint(10000, 99999)}"),
            P("PERSON", given),
            P("PERSON", surname),
            P("EMAIL_ADDRESS", d.email(given, surname)),
        ]
        if with_phone:
            row.append(P("PHONE_NUMBER", d.phone()) if d.chance(0.85) else "")
        y, mo, da = d.r.randint(2017, 2025), d.r.randint(1, 12), d.r.randint(1, 28)
        row += [
            d.city(),
            K("DATE", f"{y}-{mo:02d}-{da:02d}"),
            K("MONEY", f"{d.r.randint(0, 9999)}.{d.r.randint(0, 99):02d}"),
        ]
        for i, cell in enumerate(row):
            doc.add(sep if i else "")
            text = cell if isinstance(cell, str) else cell.value
            if sep in text:
                doc.add('"', cell, '"')
            else:
                doc.add(cell)
        doc.add("\n")
    return doc.add(f"# exported {d.r.randint(2, 5)} rows")


def sales_invoice(d: Draw) -> Doc:
    given, surname = d.person()
    doc = Doc().add(
        k(kp.company(d)), "\n", "INVOICE ", k(kp.reference(d)), "    Issued ", k(kp.other_date(d)), "\n\n"
    )
    doc.add(
        "Bill to:\n",
        P("PERSON", d.name()),
        "\n",
        P("STREET_ADDRESS", d.address(lines=True)),
        "\n",
    )
    if d.chance(0.5):
        doc.add(P("EMAIL_ADDRESS", d.email(given, surname)), "\n")
    phone = phone_or_none(d, 0.15)
    if phone:
        doc.add("Tel. ", phone, "\n")
    doc.add("\nItem | Qty | Unit price | Amount\n")
    for _ in range(d.r.randint(1, 4)):
        doc.add(
            k(kp.measure(d, "weight", "volume", "length")),
            " ",
            d.pick(("pallet wrap", "oak boards", "resin")),
        )
        doc.add(f" | {d.r.randint(1, 40)} | ", k(kp.money(d)), " | ", k(kp.money(d)), "\n")
    doc.add("VAT ", k(kp.percent(d)), "   Total due ", k(kp.money(d)), " by ", k(kp.other_date(d)), "\n\n")
    payment = d.r.random()
    if payment < 0.55:
        opening, closing = d.pick(((", BIC ", "."), (" (SWIFT/BIC ", ")."), (" – BIC: ", ".")))
        doc.add("Please pay to IBAN ", P("IBAN_CODE", d.iban()), opening, P("SWIFT_CODE", d.bic()), closing)
    elif payment < 0.75:
        brand, number = d.card()
        doc.add(f"Paid in full with {brand} card ", P("CREDIT_CARD", number), ", thank you.")
    else:
        doc.add("The amount will be collected by direct debit from your account ", P("IBAN_CODE", d.iban()))
        doc.add(" under mandate ", k(kp.reference(d)), ".")
    return doc


def hr_onboarding_sheet(d: Draw) -> Doc:
    given, surname = d.person()
    us = Draw(d.r, "en")
    doc = Doc().add("NEW STARTER FORM — ", k(kp.company(d)), "\n")
    doc.add("Legal name: ", P("PERSON", d.full(given, surname)), "\n")
    if d.chance(0.4):
        doc.add("Preferred name: ", P("PERSON", d.pick((given, lower(given)))), "\n")
    doc.add(f"{label(d, 'dob', True)}: ", P("DATE_OF_BIRTH", d.birth_date()), "\n")
    if d.chance(0.5):
        doc.add(d.pick(("SSN: ", "Social Security No.: ", "SSN (US payroll): ")), P("US_SSN", us.ssn()), "\n")
    doc.add("Home address: ", P("STREET_ADDRESS", d.address(lines=False)), "\n")
    phone = phone_or_none(d, 0.3)
    if phone:
        doc.add(f"{label(d, 'mobile')}: ", phone, "\n")
    doc.add("Personal e-mail: ", P("EMAIL_ADDRESS", d.email(given, surname)), "\n")
    if d.chance(0.6):
        doc.add("Salary account: ", P("IBAN_CODE", d.iban()))
        if d.chance(0.5):
            doc.add(", BIC ", P("SWIFT_CODE", d.bic()), "\n")
        else:
            doc.add("\n")
    if d.chance(0.3):
        issuer, number = d.driver_licence()
        doc.add(f"Driving licence ({issuer}, pool car): ", P("DRIVER_LICENSE", number), "\n")
    doc.add("Start date: ", k(kp.other_date(d)), " · Salary: ", k(kp.money(d)), " · Cost centre: ")
    doc.add(K("COSTCENTRE", f"CC-{d.r.randint(1000, 9999)}"), "\n")
    if d.chance(0.4):
        eg, es = d.person()
        doc.add(
            "Emergency contact: ",
            P("PERSON", d.full(eg, es)),
            f" ({d.pick(('partner', 'sibling', 'parent', 'friend'))})",
        )
        if d.chance(0.5):
            doc.add(", ", P("PHONE_NUMBER", d.phone()), "\n")
        else:
            doc.add("\n")
    return doc.add("Checked by HR on ", k(kp.other_date(d)), ".")


def court_declaration(d: Draw) -> Doc:
    given, surname = d.person()
    name = d.full(given, surname)
    system = d.pick(("us", "us", "uk", "de", "fr"))
    doc = Doc().add(d.pick(kp.COURTS[system]), "\n", k(kp.docket(d, system)), "\n\n")
    doc.add(
        P("PERSON", name.upper() if d.chance(0.5) else name),
        ", Plaintiff,\nv.\n",
        k(kp.company(d)),
        ", Defendant.\n\n",
    )
    doc.add(
        "DECLARATION OF ",
        P("PERSON", name.upper()),
        "\n\n",
        "I, ",
        P("PERSON", name),
        ", declare as follows:\n",
    )
    doc.add("1. I reside at ", P("STREET_ADDRESS", d.address(lines=False)), ".\n")
    if d.chance(0.5):
        doc.add("2. I was born on ", P("DATE_OF_BIRTH", d.birth_date()), ".\n")
    doc.add(
        "3. On ",
        k(kp.other_date(d)),
        " I purchased goods for ",
        k(kp.money(d)),
        "; see ",
        k(kp.citation(d)),
        ".\n",
    )
    if d.chance(0.3):
        issuer, number = d.driver_licence()
        doc.add(
            f"4. At the scene I showed my driver's license ({issuer}) number ",
            P("DRIVER_LICENSE", number),
            ".\n",
        )
    if d.chance(0.3):
        doc.add(
            "5. My Social Security number, ",
            P("US_SSN", Draw(d.r, "en").ssn()),
            ", was on the application.\n",
        )
    if d.chance(0.4):
        witnesses = [d.name() for _ in range(d.r.randint(2, 3))]
        doc.add("6. Present were ")
        for i, w in enumerate(witnesses):
            doc.add(", " if 0 < i < len(witnesses) - 1 else (" and " if i else ""), P("PERSON", w))
        doc.add(".\n")
    phone = phone_or_none(d, 0.12)
    if phone:
        doc.add("7. Counsel may reach me at ", phone, ".\n")
    return doc.add("\nExecuted on ", k(kp.other_date(d)), ".\n/s/ ", P("PERSON", name))


def referral_letter(d: Draw) -> Doc:
    doctor_g, doctor_s = d.person()
    given, surname = d.person()
    mrn_label, mrn = d.mrn()
    doc = Doc().add(k(kp.other_date(d)), "\n\n")
    doc.add(
        d.pick(DOCTOR_SALUTATIONS.get(d.spec.lang, DOCTOR_SALUTATIONS["en"])), P("PERSON", doctor_s), ",\n\n"
    )
    opening, closing = d.pick(((", DOB ", ""), (", born ", ""), (" (d.o.b. ", ")")))
    doc.add("Re: ", P("PERSON", d.full(given, surname)), opening, P("DATE_OF_BIRTH", d.birth_date()), closing)
    doc.add(f", {mrn_label} ")
    doc.add(P("MEDICAL_RECORD_NUMBER", mrn), "\n")
    if d.chance(0.5):
        doc.add("Address: ", P("STREET_ADDRESS", d.address(lines=False)), "\n")
    doc.add("\nThank you for seeing ", P("PERSON", given), d.pick((", who has ", ". She has ", ". He has ")))
    doc.add(
        "been treated for ", k(kp.icd10(d)), " and ", k(kp.icd10(d)), ". Current medication: ", k(kp.dose(d))
    )
    doc.add(
        " and ",
        k(kp.dose(d)),
        ". Blood pressure today ",
        k(kp.measure(d, "bp")),
        ", weight ",
        k(kp.measure(d, "weight")),
        ".\n",
    )
    phone = phone_or_none(d, 0.25)
    if phone:
        doc.add("Please call my secretary on ", phone, " with any questions.\n")
    doc.add(
        "\nYours sincerely,\n\n",
        P("PERSON", d.full(doctor_g, d.surname())),
        "\nConsultant, ",
        k(kp.company(d)),
    )
    return doc


def flight_itinerary(d: Draw) -> Doc:
    doc = Doc().add("E-TICKET RECEIPT\nBooking reference: ", k(kp.booking(d)), "\n")
    passengers = [d.person() for _ in range(d.r.randint(1, 3))]
    for given, surname in passengers:
        if d.chance(0.7):
            doc.add(
                "Passenger: ",
                P("PERSON", f"{surname.upper()}/{given.upper()}"),
                f" {d.pick(('MR', 'MS', 'MRS'))}\n",
            )
        else:
            doc.add("Passenger: ", P("PERSON", f"{surname}/{given}"), "\n")
    for _ in range(d.r.randint(1, 3)):
        doc.add(k(kp.other_date(d)), "  ", k(kp.flight(d)), "  ", k(kp.route(d)), "  dep ", k(kp.clock(d)))
        doc.add(f"  seat {d.r.randint(1, 45)}{d.pick('ABCDEF')}  bag ", k(kp.measure(d, "weight")), "\n")
    doc.add("Contact: ", P("EMAIL_ADDRESS", d.email(*passengers[0])))
    phone = phone_or_none(d, 0.3)
    if phone:
        doc.add(" / ", phone, "\n")
    else:
        doc.add("\n")
    doc.add("Fare ", k(kp.money(d)), "  Taxes ", k(kp.money(d)), "\n")
    if d.chance(0.45):
        brand, number = d.card()
        doc.add(f"Paid by {brand} ", P("CREDIT_CARD", number), " on ", k(kp.other_date(d)))
    else:
        doc.add("Paid by card ending ", str(d.r.randint(1000, 9999)))
    return doc


def crm_call_notes(d: Draw) -> Doc:
    doc = Doc().add("Account: ", k(kp.company(d)))
    if d.chance(0.4):
        doc.add(" (", k(kp.ticker(d)), ")\n")
    else:
        doc.add("\n")
    main_g, main_s = d.person()
    doc.add(
        "Call ",
        k(kp.other_date(d)),
        " — spoke with ",
        P("PERSON", d.full(main_g, main_s)),
        d.pick((" (CFO)", " (procurement)", "")),
    )
    others = [d.pick((d.surname(), d.given(), d.name())) for _ in range(d.r.randint(1, 3))]
    doc.add("; also on the line: ")
    for i, o in enumerate(others):
        doc.add(", " if 0 < i < len(others) - 1 else (" and " if i else ""), P("PERSON", o))
    doc.add(
        ".\n",
        "They need ",
        k(kp.measure(d, "energy", "data", "weight")),
        " by Q",
        str(d.r.randint(1, 4)),
        ", budget ",
        k(kp.money(d)),
    )
    doc.add(", expected growth ", k(kp.percent(d)), ".\n")
    if d.chance(0.3):
        doc.add("Follow-up: ", P("PERSON", lower(main_g) if d.chance(0.3) else main_g), " prefers calls on ")
        doc.add(P("PHONE_NUMBER", d.phone()))
        if d.chance(0.4):
            doc.add(", mobile ", P("PHONE_NUMBER", d.phone()), ".\n")
        else:
            doc.add(".\n")
    doc.add(
        "Send proposal ",
        k(kp.version(d, "semver")),
        " to ",
        P("EMAIL_ADDRESS", d.email(main_g, main_s, work=True)),
    )
    return doc.add(" before ", k(kp.other_date(d)), ".")


def forum_thread(d: Draw) -> Doc:
    topic = d.pick(("battery drain after update to ", "router keeps rebooting on ", "app crashes since "))
    doc = Doc().add("Re: ", topic, k(kp.version(d, "os")), "\n")
    doc.add(f"posted by user{d.r.randint(100, 99999)} » ", k(kp.other_date(d)), "\n\n")
    given, surname = d.person()
    intro = d.pick(
        ("hey all, my name is {n} and ", "hi, im {n} btw, ", "Hello everyone! {n} here. ", "{n} again :) ")
    )
    doc.fmt(intro, n=P("PERSON", d.pick((lower(given), given, lower(d.full(given, surname))))))
    doc.add("same problem here since ", k(kp.other_date(d)), ", lost ", k(kp.percent(d)), " overnight.\n")
    if d.chance(0.3):
        doc.add(
            "Selling my old e-bike btw: ",
            k(kp.measure(d, "weight", "distance")),
            ", ",
            k(kp.money(d)),
            ", text me on ",
            P("PHONE_NUMBER", d.phone()),
        )
        if d.chance(0.5):
            doc.add(" or mail ", P("EMAIL_ADDRESS", d.email(given, surname)), "\n")
        else:
            doc.add("\n")
    other = d.given()
    doc.add("\n> ", d.pick(("did you try a factory reset? I'm on ", "same here on ", "works for me on ")))
    doc.add(
        k(kp.version(d, "os")),
        "\n",
        d.pick(("thanks ", "cheers ", "thx ")),
        P("PERSON", d.pick((other, lower(other)))),
    )
    return doc.add(d.pick(("! will try", ", no luck", ", fixed it 👍")))


def sms_backup_xml(d: Draw) -> Doc:
    doc = Doc().add("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n")
    count = d.r.randint(2, 5)
    doc.add(f'<smses count="{count}" backup_set="{d.r.randint(10**7, 10**8)}">\n')
    contacts = [(d.phone(), d.full(*d.person())) for _ in range(d.r.randint(1, 3))]
    for _ in range(count):
        number, name = d.pick(contacts)
        epoch = d.r.randint(1_600_000_000, 1_760_000_000)
        doc.add(
            '  <sms protocol="0" address="',
            P("PHONE_NUMBER", number),
            f'" date="{epoch}{d.r.randint(100, 999)}"',
        )
        doc.add(f' type="{d.pick((1, 2))}" body="')
        body = d.pick(("code", "late", "money", "call", "order"))
        if body == "code":
            doc.add("Your verification code is ", K("CODE", d.mask("######")), ". Do not share it.")
        elif body == "late":
            doc.add("running late, there at ", k(kp.clock(d)))
        elif body == "money":
            doc.add("sent you ", k(kp.money(d)), ", my IBAN is ", P("IBAN_CODE", d.iban()), " if you need it")
        elif body == "call":
            doc.add("call me on ", P("PHONE_NUMBER", d.phone()), " instead, this one dies")
        else:
            doc.add("Your order ", k(kp.reference(d)), " ships with ", k(kp.tracking(d)))
        doc.add('" contact_name="')
        if d.chance(0.8):
            doc.add(P("PERSON", name))
        else:
            doc.add("(Unknown)")
        doc.add('" readable_date="', k(kp.other_date(d)), '" />\n')
    return doc.add("</smses>")


def web_form_submission(d: Draw) -> Doc:
    given, surname = d.person()
    doc = Doc().add(
        "=== Form submission ",
        K("ID", f"#{d.r.randint(100000, 999999)}"),
        " (",
        k(kp.other_date(d)),
        ") ===\n",
    )
    doc.add(
        f"{label(d, 'first', True)}: ",
        P("PERSON", given),
        "\n",
        f"{label(d, 'last', True)}: ",
        P("PERSON", surname),
        "\n",
    )
    if d.chance(0.7):
        doc.add(f"{label(d, 'dob', True)}: ", P("DATE_OF_BIRTH", d.birth_date()), "\n")
    doc.add(f"{label(d, 'street', True)}: ", P("STREET_ADDRESS", d.street_line()), "\n")
    doc.add(f"{label(d, 'place', True)}: ", P("STREET_ADDRESS", d.place_line()), "\n")
    phone = phone_or_none(d, 0.3)
    if phone:
        doc.add(f"{label(d, 'phone', True)}: ", phone, "\n")
    doc.add(f"{label(d, 'email', True)}: ", P("EMAIL_ADDRESS", d.email(given, surname)), "\n")
    if d.chance(0.4):
        doc.add("IBAN: ", P("IBAN_CODE", d.iban()), "\n")
    if d.chance(0.15):
        doc.add("SSN: ", P("US_SSN", Draw(d.r, "en").ssn()), "\n")
    doc.add(
        "Submitted from ",
        P("IP_ADDRESS", d.ipv4() if d.chance(0.75) else d.ipv6()),
        " (",
        k(kp.browser(d)),
        ")\n",
    )
    return doc.add("Consent text ", k(kp.version(d)), " accepted.")


def api_request_log(d: Draw) -> Doc:
    given, surname = d.person()
    y, mo, da = d.r.randint(2021, 2025), d.r.randint(1, 12), d.r.randint(1, 28)
    doc = Doc().add(
        K(
            "TIMESTAMP",
            f"{y}-{mo:02d}-{da:02d}T{d.r.randint(0, 23):02d}:{d.r.randint(0, 59):02d}:{d.r.randint(0, 59):02d}Z",
        )
    )
    doc.add(" POST /v2/payments 201 ", k(kp.request_id(d)), "\n{\n")
    doc.add(
        '  "customer": {"first_name": "', P("PERSON", given), '", "last_name": "', P("PERSON", surname), '", '
    )
    doc.add('"email": "', P("EMAIL_ADDRESS", d.email(given, surname)), '"')
    phone = phone_or_none(d, 0.3)
    if phone:
        doc.add(', "phone": "', phone, '"')
    doc.add(
        "},\n",
        '  "billing_address": {"line1": "',
        P("STREET_ADDRESS", d.street_line()),
        f'", "city": "{d.city()}", ',
    )
    doc.add(f'"country": "{d.country}"}},\n')
    brand, number = d.card()
    doc.add('  "card": {"number": "', P("CREDIT_CARD", number), f'", "brand": "{brand.lower()}", ')
    doc.add(f'"exp_month": {d.r.randint(1, 12)}, "exp_year": {d.r.randint(2025, 2031)}}},\n')
    doc.add(
        f'  "amount": {d.r.randint(100, 999999)}, "currency": "{d.pick(("EUR", "USD", "GBP", "PLN", "BRL", "JPY"))}", '
    )
    doc.add('"client_ip": "', P("IP_ADDRESS", d.ipv4() if d.chance(0.7) else d.ipv6()), '",\n')
    return doc.add('  "metadata": {"order": "', k(kp.reference(d)), '", "sdk": "', k(kp.version(d)), '"}\n}')


def web_server_log(d: Draw) -> Doc:
    doc = Doc()
    clients = [d.ipv4() if d.chance(0.7) else d.ipv6() for _ in range(d.r.randint(1, 3))]
    agent = kp.browser(d)
    for _ in range(d.r.randint(3, 6)):
        day, hh, mm, ss = d.r.randint(1, 28), d.r.randint(0, 23), d.r.randint(0, 59), d.r.randint(0, 59)
        doc.add(
            P("IP_ADDRESS", d.pick(clients)),
            f" - - [{day:02d}/{d.pick(('Mar', 'Jun', 'Oct'))}/2024:{hh:02d}:{mm:02d}:{ss:02d} +0000] ",
        )
        path = d.pick(("order", "email", "static", "version"))
        if path == "order":
            doc.add('"GET /api/orders/', k(kp.reference(d)), ' HTTP/1.1" 200 ')
        elif path == "email":
            given, surname = d.person()
            doc.add(
                '"POST /newsletter/unsubscribe?email=',
                P("EMAIL_ADDRESS", d.email(given, surname)),
                ' HTTP/2" 302 ',
            )
        elif path == "static":
            doc.add(f'"GET /static/app.{d.mask("#####@@")}.js HTTP/2" 304 ')
        else:
            doc.add('"GET /download/', k(kp.version(d)), '/setup.exe HTTP/1.1" 206 ')
        doc.add(
            f'{d.r.randint(200, 99999)} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) ', K(*agent), '"\n'
        )
    return doc.add(f"# {d.r.randint(3, 6)} requests, p95 ", k(kp.percent(d)))


def card_dispute_email(d: Draw) -> Doc:
    given, surname = d.person()
    doc = Doc().add(
        "From: ",
        P("PERSON", d.full(given, surname)),
        " <",
        P("EMAIL_ADDRESS", d.email(given, surname)),
        ">\n",
    )
    doc.add("Subject: charge I don't recognise\n\n")
    if d.chance(0.5):
        doc.add(d.pick(GREETINGS.get(d.spec.lang, GREETINGS["en"])), P("PERSON", d.given()), ",\n\n")
    else:
        doc.add("Dear Sir or Madam,\n\n")
    brand, number = d.card()
    doc.add(
        "On ",
        k(kp.other_date(d)),
        " my ",
        brand,
        " card ",
        P("CREDIT_CARD", number),
        " was charged ",
        k(kp.money(d)),
    )
    doc.add(
        " by ",
        k(kp.company(d)),
        " (transaction ",
        k(kp.request_id(d)),
        "). I never ordered anything from them.\n",
    )
    if d.chance(0.4):
        _, other = d.card()
        doc.add("My other card, ", P("CREDIT_CARD", other), ", shows the same merchant.\n")
    if d.chance(0.5):
        doc.add("Please send the replacement card to ", P("STREET_ADDRESS", d.address(lines=False)), ".\n")
    phone = phone_or_none(d, 0.3)
    if phone:
        doc.add("I'm reachable on ", phone, " during the day.\n")
    return doc.add(
        "\n",
        d.pick(("Thanks,\n", "Best,\n", "Regards\n")),
        P("PERSON", d.pick((given, lower(given), d.full(given, surname)))),
    )


def swift_mt103(d: Draw) -> Doc:
    payer_g, payer_s = d.person()
    other = Draw(d.r, d.pick(sorted(LOCALES)))
    payee_g, payee_s = other.person()
    doc = Doc().add("Sender: ", P("SWIFT_CODE", d.bic()), "\nReceiver: ", P("SWIFT_CODE", other.bic()), "\n")
    y, mo, da = d.r.randint(2020, 2025) % 100, d.r.randint(1, 12), d.r.randint(1, 28)
    doc.add(":20:", K("REFERENCE", f"FT{d.mask('##@@#####')}"), "\n:23B:CRED\n:32A:")
    doc.add(
        K(
            "AMOUNT",
            f"{y:02d}{mo:02d}{da:02d}{d.pick(('EUR', 'USD', 'CHF', 'GBP'))}{d.r.randint(100, 999999)},{d.r.randint(0, 99):02d}",
        ),
        "\n",
    )
    doc.add(
        ":50K:/",
        P("IBAN_CODE", d.iban().replace(" ", "")),
        "\n",
        P("PERSON", d.full(payer_g, payer_s).upper()),
        "\n",
    )
    doc.add(P("STREET_ADDRESS", d.address(lines=True).upper()), "\n")
    doc.add(
        ":57A:", P("SWIFT_CODE", other.bic()), "\n:59:/", P("IBAN_CODE", other.iban().replace(" ", "")), "\n"
    )
    doc.add(P("PERSON", other.full(payee_g, payee_s)), "\n")
    if d.chance(0.5):
        doc.add(P("STREET_ADDRESS", other.address(lines=False)), "\n")
    return doc.add(":70:/INV/", k(kp.reference(d)), "\n:71A:", d.pick(("SHA", "OUR", "BEN")), "\n-}")


def insurance_claim(d: Draw) -> Doc:
    given, surname = d.person()
    doc = Doc().add("MOTOR CLAIM — ", k(kp.company(d)), "\nClaim: ", k(kp.reference(d)), "\n\n")
    doc.add(
        "Policyholder: ",
        P("PERSON", d.full(given, surname)),
        "   DOB: ",
        P("DATE_OF_BIRTH", d.birth_date()),
        "\n",
    )
    doc.add("Address: ", P("STREET_ADDRESS", d.address(lines=False)), "\n")
    issuer, number = d.driver_licence()
    doc.add(f"Driver licence ({issuer}): ", P("DRIVER_LICENSE", number), "\n")
    phone = phone_or_none(d, 0.3)
    if phone:
        doc.add("Contact phone: ", phone, "\n")
    doc.add("Email: ", P("EMAIL_ADDRESS", d.email(given, surname)), "\n")
    if d.country == "US" or d.chance(0.15):
        doc.add("SSN: ", P("US_SSN", Draw(d.r, "en").ssn()), "\n")
    doc.add(
        "\nLoss: ",
        k(kp.other_date(d)),
        " at ",
        k(kp.clock(d)),
        ", vehicle ",
        K(
            "VEHICLE",
            f"{d.r.randint(2008, 2024)} {d.pick(('Toyota Corolla', 'VW Golf', 'Ford Focus', 'Škoda Octavia', 'Kia Ceed'))}",
        ),
    )
    doc.add(", estimate ", k(kp.money(d)), ".\n")
    if d.chance(0.6):
        tg, ts = d.person()
        t_issuer, t_number = d.driver_licence()
        doc.add(
            "Third party: ",
            P("PERSON", d.full(tg, ts)),
            f", licence {t_issuer} ",
            P("DRIVER_LICENSE", t_number),
        )
        if d.chance(0.3):
            doc.add(", tel. ", P("PHONE_NUMBER", d.phone()), "\n")
        else:
            doc.add("\n")
    return doc.add("Skid marks ", k(kp.measure(d, "length")), "; liability split ", k(kp.percent(d)), ".")


def vcard_export(d: Draw) -> Doc:
    doc = Doc()
    for i in range(d.r.randint(1, 2)):
        given, surname = d.person()
        doc.add(
            "\n" if i else "",
            "BEGIN:VCARD\nVERSION:3.0\nN:",
            P("PERSON", surname),
            ";",
            P("PERSON", given),
            ";;;\n",
        )
        doc.add("FN:", P("PERSON", d.full(given, surname)), "\nORG:", k(kp.company(d)), "\n")
        doc.add("TEL;TYPE=CELL:", P("PHONE_NUMBER", d.phone()), "\n")
        if d.chance(0.5):
            doc.add("TEL;TYPE=WORK,VOICE:", P("PHONE_NUMBER", d.phone(extension=d.chance(0.2))), "\n")
        doc.add("EMAIL;TYPE=INTERNET:", P("EMAIL_ADDRESS", d.email(given, surname)), "\n")
        if d.chance(0.6):
            doc.add(
                "ADR;TYPE=HOME:;;",
                P("STREET_ADDRESS", f"{d.street_line()};{d.city()};;{d.postcode()}"),
                f";{d.country}\n",
            )
        if d.chance(0.5):
            y, mo, da = d.r.randint(1940, 2006), d.r.randint(1, 12), d.r.randint(1, 28)
            doc.add("BDAY:", P("DATE_OF_BIRTH", f"{y}-{mo:02d}-{da:02d}"), "\n")
        doc.add("NOTE:met at expo ", k(kp.other_date(d)), "\nEND:VCARD")
    return doc


def itemised_phone_bill(d: Draw) -> Doc:
    doc = Doc().add(
        k(kp.company(d)),
        " — itemised calls, account ",
        K("ACCOUNT", f"{d.mask('%##')}-{d.mask('#####')}"),
        "\n",
    )
    doc.add(
        "Account holder: ",
        P("PERSON", d.full(*d.person())),
        ", ",
        P("STREET_ADDRESS", d.address(lines=False)),
        "\n\n",
    )
    doc.add("Date        Time   Number                    Duration  Charge\n")
    for _ in range(d.r.randint(3, 6)):
        doc.add(k(kp.other_date(d)), "  ", f"{d.r.randint(0, 23):02d}:{d.r.randint(0, 59):02d}", "  ")
        number = d.phone(foreign=d.chance(0.2), extension=False)
        doc.add(P("PHONE_NUMBER", number), " " * max(2, 26 - len(number)))
        doc.add(
            K("DURATION", f"{d.r.randint(0, 59):02d}:{d.r.randint(0, 59):02d}"), "     ", k(kp.money(d)), "\n"
        )
    return doc.add("Total ", k(kp.money(d)), " incl. VAT ", k(kp.percent(d)))


def git_commit_log(d: Draw) -> Doc:
    doc = Doc()
    for i in range(d.r.randint(1, 3)):
        given, surname = d.person()
        doc.add(
            "\n" if i else "",
            "commit ",
            K("HASH", "".join(d.pick("0123456789abcdef") for _ in range(40))),
            "\n",
        )
        email = d.email(given, surname, work=d.chance(0.5))
        if d.chance(0.2):
            email = f"{d.r.randint(10000, 9999999)}+{d.pick(('dev', 'octo', 'build', 'qa'))}{d.r.randint(1, 99)}@users.noreply.github.com"
        doc.add("Author: ", P("PERSON", d.full(given, surname)), " <", P("EMAIL_ADDRESS", email), ">\n")
        doc.add(
            "Date:   ",
            K(
                "TIMESTAMP",
                f"{d.pick(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))} {d.pick(('Jan', 'Apr', 'Sep'))} {d.r.randint(1, 28)} {d.r.randint(0, 23):02d}:{d.r.randint(0, 59):02d}:{d.r.randint(0, 59):02d} 2024 +0200",
            ),
            "\n\n",
        )
        doc.add(
            "    ",
            d.pick(("Bump dependency to ", "Fix regression introduced in ", "Release ")),
            k(kp.version(d)),
        )
        doc.add(f" (#{d.r.randint(100, 9999)})\n")
        if d.chance(0.5):
            cg, cs = d.person()
            doc.add(
                "\n    Co-authored-by: ",
                P("PERSON", d.full(cg, cs)),
                " <",
                P("EMAIL_ADDRESS", d.email(cg, cs)),
                ">\n",
            )
    return doc


def emergency_contact_sheet(d: Draw) -> Doc:
    given, surname = d.person()
    doc = Doc().add(
        k(kp.company(d)),
        " summer camp — emergency contacts, ",
        K("GROUP", f"cabin {d.r.randint(1, 9)}{d.pick('ABCD')}"),
        "\n",
    )
    doc.add(
        "Child: ",
        P("PERSON", d.full(given, surname)),
        ", born ",
        P("DATE_OF_BIRTH", d.birth_date(2008, 2019)),
        "\n",
    )
    doc.add("Allergies: penicillin; inhaler ", k(kp.measure(d, "dose")), " as needed\n")
    for i in range(d.r.randint(1, 3)):
        pg, ps = d.person()
        doc.add(
            f"{i + 1}. ",
            P("PERSON", d.pick((d.full(pg, ps), d.full(pg, surname)))),
            f" ({d.pick(('parent', 'guardian', 'grandparent', 'neighbour', 'step-parent'))}) — ",
        )
        doc.add(f"{label(d, 'mobile')} ", P("PHONE_NUMBER", d.phone()))
        if d.chance(0.4):
            doc.add(", work ", P("PHONE_NUMBER", d.phone()), "\n")
        else:
            doc.add("\n")
    if d.chance(0.5):
        doc.add("Family doctor: Dr ", P("PERSON", d.surname()), ", ", P("PHONE_NUMBER", d.phone()), "\n")
    if d.chance(0.3):
        mrn_label, mrn = d.mrn()
        doc.add(f"{mrn_label}: ", P("MEDICAL_RECORD_NUMBER", mrn), "\n")
    return doc.add("Form received ", k(kp.other_date(d)), ".")


def patient_portal_message(d: Draw) -> Doc:
    given, surname = d.person()
    mrn_label, mrn = d.mrn()
    name = d.pick((d.full(given, surname), lower(d.full(given, surname)), given))
    doc = Doc().add("Subject: ", d.pick(("repeat prescription", "test results?", "appointment")), "\n\n")
    doc.fmt(d.pick(("hello, my name is {n}", "Hi, this is {n}", "{n} here")), n=P("PERSON", name))
    doc.add(
        d.pick((", date of birth ", ", dob ", ", born ")),
        P("DATE_OF_BIRTH", d.birth_date()),
        f", {mrn_label} ",
    )
    doc.add(P("MEDICAL_RECORD_NUMBER", mrn), ".\n")
    doc.add(
        "I need a refill of ",
        k(kp.dose(d)),
        "; my last reading was ",
        k(kp.measure(d, "lab", "bp", "temp")),
        " (",
        k(kp.icd10(d)),
        ").\n",
    )
    if d.chance(0.4):
        doc.add("My pharmacy moved to ", P("STREET_ADDRESS", d.address(lines=False)), ".\n")
    phone = phone_or_none(d, 0.35)
    if phone:
        doc.add("you can call me on ", phone, " after ", k(kp.clock(d)), ".\n")
    return doc.add("thanks, ", P("PERSON", d.pick((given, lower(given)))))


def conference_attendee_list(d: Draw) -> Doc:
    doc = Doc().add(
        k(kp.company(d)),
        " Summit ",
        K("YEAR", str(d.r.randint(2021, 2026))),
        " — participants as of ",
        k(kp.other_date(d)),
        "\n",
    )
    speakers = [d.name() for _ in range(d.r.randint(2, 4))]
    doc.add("Speakers: ")
    for i, s in enumerate(speakers):
        doc.add(", " if 0 < i < len(speakers) - 1 else (" and " if i else ""), P("PERSON", s))
    doc.add("\n\n# | Name | Affiliation | E-mail\n")
    for i in range(d.r.randint(2, 5)):
        given, surname = d.person()
        doc.add(
            f"{i + 1} | ", P("PERSON", d.pick((d.full(given, surname), f"{surname.upper()}, {given}"))), " | "
        )
        doc.add(k(kp.company(d)), " | ", P("EMAIL_ADDRESS", d.email(given, surname, work=True)), "\n")
    moderators = [d.surname() for _ in range(2)]
    doc.add("Moderators: ", P("PERSON", moderators[0]), " & ", P("PERSON", moderators[1]))
    phone = phone_or_none(d, 0.1)
    if phone:
        doc.add("\nOn-site help desk: ", phone)
    return doc


def tax_return_summary(d: Draw) -> Doc:
    us = Draw(d.r, "en")
    given, surname = d.person()
    doc = Doc().add("Form 1040 (", K("YEAR", str(d.r.randint(2019, 2024))), ") — preparer summary\n")
    doc.add("Taxpayer: ", P("PERSON", d.full(given, surname)), ", SSN ", P("US_SSN", us.ssn()), "\n")
    if d.chance(0.6):
        sg, _ = d.person()
        doc.add("Spouse: ", P("PERSON", d.full(sg, surname)), ", SSN ", P("US_SSN", us.ssn()), "\n")
    doc.add("Home address: ", P("STREET_ADDRESS", us.address(lines=d.chance(0.3))), "\n")
    for _ in range(d.r.randint(0, 2)):
        doc.add(
            "Dependent: ", P("PERSON", f"{d.given()} {surname}"), " (SSN ", P("US_SSN", us.ssn()), ", born "
        )
        doc.add(P("DATE_OF_BIRTH", us.birth_date()), ")\n")
    doc.add(
        "AGI ", k(kp.money(us)), "; refund ", k(kp.money(us)), "; effective rate ", k(kp.percent(us)), "\n"
    )
    doc.add("Preparer PTIN ", K("PTIN", f"P{us.mask('########')}"))
    phone = phone_or_none(d, 0.3)
    if phone:
        doc.add(" · client phone ", phone)
    return doc


def portfolio_statement(d: Draw) -> Doc:
    doc = Doc().add(k(kp.company(d)), " — custody statement as of ", k(kp.other_date(d)), "\n")
    doc.add("Account holder: ", P("PERSON", d.name()), "\n", P("STREET_ADDRESS", d.address()), "\n")
    doc.add("Custody account ", K("ACCOUNT", d.mask("%##-######-##")), " · settlement account ")
    doc.add(P("IBAN_CODE", d.iban()), "\n\nHolding | ISIN | Quantity | Price | Value\n")
    for _ in range(d.r.randint(2, 5)):
        doc.add(k(kp.company(d)), " | ", k(kp.isin(d)), f" | {d.r.randint(1, 900)} | ", k(kp.money(d)), " | ")
        doc.add(k(kp.money(d)), "\n")
    doc.add("Performance year to date ", k(kp.percent(d)), "; benchmark ", k(kp.ticker(d)), ".\n")
    adviser_g, adviser_s = d.person()
    doc.add("Your adviser: ", P("PERSON", d.full(adviser_g, adviser_s)), ", ")
    phone = phone_or_none(d, 0.25)
    if phone:
        doc.add(phone, ", ")
    return doc.add(P("EMAIL_ADDRESS", d.email(adviser_g, adviser_s, work=True)))


FAMILIES: tuple[Callable[[Draw], Doc], ...] = (
    livechat_transcript,
    crm_csv_export,
    sales_invoice,
    hr_onboarding_sheet,
    court_declaration,
    referral_letter,
    flight_itinerary,
    crm_call_notes,
    forum_thread,
    sms_backup_xml,
    web_form_submission,
    api_request_log,
    web_server_log,
    card_dispute_email,
    swift_mt103,
    insurance_claim,
    vcard_export,
    itemised_phone_bill,
    git_commit_log,
    emergency_contact_sheet,
    patient_portal_message,
    conference_attendee_list,
    tax_return_summary,
    portfolio_statement,
)


def pick_locale(rng: random.Random) -> str:
    if rng.random() < OTHER_SCRIPT_SHARE:
        return rng.choice(OTHER_SCRIPTS)
    return rng.choice([loc for loc in LOCALES if loc not in OTHER_SCRIPTS])


def document(family: Callable[[Draw], Doc], locale: str, rng: random.Random) -> Doc:
    """One document of `family`; drawn again (from the same RNG) while it cannot be scored fairly."""
    for _ in range(20):
        doc = family(Draw(rng, locale))
        if not problems(doc):
            return doc
    raise RuntimeError(f"{family.__name__} ({locale}) kept writing unscorable documents: {problems(doc)}")


def build(n: int = DOCUMENTS, seed: int = SEED) -> list[dict]:
    """`n` documents, families in turn, each from its own RNG drawn from `seed`."""
    rng = random.Random(f"{seed}-{SPLIT}")
    rows: list[dict] = []
    for i in range(n):
        family = FAMILIES[i % len(FAMILIES)]
        locale = pick_locale(rng)
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
    spans = sum(len(r["pii"]) for r in rows)
    print(f"{args.out}: {len(rows)} documents, {spans} personal values, sha256 {digest}")


if __name__ == "__main__":
    main()
