"""The eighteenth holdout PII set: `python -m tools.pii_holdout18_set` writes benchmarks/pii_intl/holdout18.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written blind: without opening
Charter's recognizers, their word lists, the benchmark's results or any misses file, and the scrubber was never
run on it while it was written. The seventeenth set was read only for its API, row schema and test model; the
earlier sets' family names, locales and name origins were listed only to avoid them; the value generators
(tools/pii_holdout18_values.py) and the must-keep generators (tools/pii_holdout18_keep.py) were written from
scratch. Families: cremation authority applications, tattoo studio consent forms, solar installation quote
letters, irrigation water-share registers (pipe tables), pilgrimage group manifests (fixed-width), taxi permit
renewals (YAML), seed cooperative share ledgers (CSV), crop insurance loss claims, boarding school exeat slips,
workplace drug-test chain-of-custody forms, orthodontic treatment plan letters, prosthetic limb fitting records
(XML), HL7 ORM imaging orders, X12 834 benefit enrolment segments, IRS Form 8821 tax information
authorisations, fuel card transaction exports (TSV), timeshare exit e-mail threads, civil marriage intention
notices, video relay service call logs, church tithe envelope ledgers, water meter route sheets (fixed-width),
voter registration change forms, parking permit web forms (JSON) and neighbour dispute mediation chats.

Person names come from hand-written lists of twenty-eight origins no earlier split uses (see _LISTS in the
values module), in Georgian, Greek, Hebrew, Thai, Hangul, Ethiopic, Tamil, Sinhala, Khmer, Myanmar and Latin
scripts; Greek and Polish women carry the feminine form of the family name, Korean names are written family
name first without a space, Thai dates of birth are in the Buddhist era.

Weak points, honestly: the name lists are short (eight to ten given names a sex and eight to ten family names
an origin), so a recognizer that happens to know a few of them scores well out of proportion; some origins'
lists (Sena, Nyamwezi, Nengone, Vedda, Kuy, Pa'O) were written from general knowledge of the naming customs
rather than attested registers and may hold implausible combinations, and Pa'O names (which have no family
name) are two given-name parts joined; the per-language templates are short and were not checked by native
speakers, and fifteen of the twenty-four families keep English boilerplate around the values whatever the
locale (Eritrea, Cambodia, Myanmar, Gibraltar and the US locales are English throughout); street names are few
per country (three or four), so addresses repeat; the US families (X12 834, Form 8821) carry all the SSNs, in
only two locales, and the X12 834 writes an enrolee's whole address in its N3 segment rather than splitting it
over N3 and N4; phone number prefixes were chosen by hand and phonenumbers' metadata decides the rest, so a
range it misjudges would be mislabelled; driver's licence and medical record layouts are invented, plausible
rather than official; companies, fuel stations and parishes are drawn from one pool, not the document's
country; names in scripts without case never appear lower-cased, upper-cased or as initials.

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

from tools import pii_holdout18_keep as kp
from tools.pii_holdout18_values import ABROAD, LOCALES, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout18.jsonl"
SEED = 5150113
DOCUMENTS = 504
SPLIT = "holdout18"

# Field labels of forms, per language of the locale.
LABELS: dict[str, dict[str, str]] = {
    "en": {"name": "Full name", "surname": "Surname", "given": "Given name(s)", "born": "Date of birth",
           "phone": "Phone", "addr": "Address", "mail": "Email", "dl": "Driving licence no.", "sign": "Signed",
           "patient": "Patient", "mother": "Mother", "father": "Father"},
    "ka": {"name": "სახელი და გვარი", "surname": "გვარი", "given": "სახელი", "born": "დაბადების თარიღი",
           "phone": "ტელეფონი", "addr": "მისამართი", "mail": "ელ. ფოსტა", "dl": "მართვის მოწმობის №",
           "sign": "ხელმოწერა", "patient": "პაციენტი", "mother": "დედა", "father": "მამა"},
    "el": {"name": "Ονοματεπώνυμο", "surname": "Επώνυμο", "given": "Όνομα", "born": "Ημερομηνία γέννησης",
           "phone": "Τηλέφωνο", "addr": "Διεύθυνση", "mail": "Ηλ. ταχυδρομείο", "dl": "Αρ. άδειας οδήγησης",
           "sign": "Υπογραφή", "patient": "Ασθενής", "mother": "Μητέρα", "father": "Πατέρας"},
    "he": {"name": "שם מלא", "surname": "שם משפחה", "given": "שם פרטי", "born": "תאריך לידה", "phone": "טלפון",
           "addr": "כתובת", "mail": "דואר אלקטרוני", "dl": "מספר רישיון נהיגה", "sign": "חתימה",
           "patient": "מטופל", "mother": "אם", "father": "אב"},
    "th": {"name": "ชื่อ-นามสกุล", "surname": "นามสกุล", "given": "ชื่อ", "born": "วันเกิด", "phone": "โทรศัพท์",
           "addr": "ที่อยู่", "mail": "อีเมล", "dl": "เลขที่ใบอนุญาตขับรถ", "sign": "ลายมือชื่อ", "patient": "ผู้ป่วย",
           "mother": "มารดา", "father": "บิดา"},
    "ko": {"name": "성명", "surname": "성", "given": "이름", "born": "생년월일", "phone": "전화번호", "addr": "주소",
           "mail": "이메일", "dl": "운전면허번호", "sign": "서명", "patient": "환자", "mother": "모", "father": "부"},
    "am": {"name": "ሙሉ ስም", "surname": "የአባት ስም", "given": "ስም", "born": "የትውልድ ቀን", "phone": "ስልክ",
           "addr": "አድራሻ", "mail": "ኢሜይል", "dl": "የመንጃ ፈቃድ ቁጥር", "sign": "ፊርማ", "patient": "ታካሚ",
           "mother": "እናት", "father": "አባት"},
    "ta": {"name": "பெயர்", "surname": "குடும்பப் பெயர்", "given": "முதல் பெயர்", "born": "பிறந்த தேதி",
           "phone": "தொலைபேசி", "addr": "முகவரி", "mail": "மின்னஞ்சல்", "dl": "ஓட்டுநர் உரிம எண்",
           "sign": "கையொப்பம்", "patient": "நோயாளி", "mother": "தாய்", "father": "தந்தை"},
    "si": {"name": "සම්පූර්ණ නම", "surname": "වාසගම", "given": "මුල් නම", "born": "උපන් දිනය", "phone": "දුරකථන",
           "addr": "ලිපිනය", "mail": "විද්‍යුත් තැපෑල", "dl": "රියදුරු බලපත්‍ර අංකය", "sign": "අත්සන",
           "patient": "රෝගියා", "mother": "මව", "father": "පියා"},
    "pt": {"name": "Nome completo", "surname": "Apelido", "given": "Nome(s) próprio(s)", "born": "Data de nascimento",
           "phone": "Telefone", "addr": "Morada", "mail": "Correio eletrónico", "dl": "Carta de condução n.º",
           "sign": "Assinatura", "patient": "Utente", "mother": "Mãe", "father": "Pai"},
    "nl": {"name": "Volledige naam", "surname": "Achternaam", "given": "Voornamen", "born": "Geboortedatum",
           "phone": "Telefoon", "addr": "Adres", "mail": "E-mail", "dl": "Rijbewijsnummer", "sign": "Handtekening",
           "patient": "Patiënt", "mother": "Moeder", "father": "Vader"},
    "pl": {"name": "Imię i nazwisko", "surname": "Nazwisko", "given": "Imię", "born": "Data urodzenia",
           "phone": "Telefon", "addr": "Adres zamieszkania", "mail": "E-mail", "dl": "Nr prawa jazdy",
           "sign": "Podpis", "patient": "Pacjent", "mother": "Matka", "father": "Ojciec"},
    "es": {"name": "Nombre completo", "surname": "Apellidos", "given": "Nombre(s)", "born": "Fecha de nacimiento",
           "phone": "Teléfono", "addr": "Domicilio", "mail": "Correo", "dl": "Licencia de conducir", "sign": "Firma",
           "patient": "Paciente", "mother": "Madre", "father": "Padre"},
    "fr": {"name": "Nom complet", "surname": "Nom de famille", "given": "Prénoms", "born": "Date de naissance",
           "phone": "Téléphone", "addr": "Domicile", "mail": "Adresse électronique", "dl": "N° du permis de conduire",
           "sign": "Signature", "patient": "Patient", "mother": "Mère", "father": "Père"},
    "sw": {"name": "Jina kamili", "surname": "Jina la ukoo", "given": "Jina la kwanza", "born": "Tarehe ya kuzaliwa",
           "phone": "Simu", "addr": "Anwani", "mail": "Barua pepe", "dl": "Namba ya leseni ya udereva",
           "sign": "Sahihi", "patient": "Mgonjwa", "mother": "Mama", "father": "Baba"},
    "sq": {"name": "Emri dhe mbiemri", "surname": "Mbiemri", "given": "Emri", "born": "Data e lindjes",
           "phone": "Telefoni", "addr": "Adresa", "mail": "E-mail", "dl": "Nr. i patentës", "sign": "Nënshkrimi",
           "patient": "Pacienti", "mother": "Nëna", "father": "Babai"},
}  # fmt: skip


def title(v: V, titles: dict[str, str]) -> K:
    """A form's heading in the locale's language (English where none is written)."""
    return K("LABEL", titles.get(v.lang, titles["en"]))


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

    def n(self, style: str | None = None, female: bool | None = None) -> P:
        return P("PERSON", self.name(style, female))

    def g(self, female: bool | None = None) -> P:
        return P("PERSON", self.given(female))

    def s(self, female: bool | None = None) -> P:
        return P("PERSON", self.surname(female))

    def who(self, female: bool | None = None) -> tuple[str, str, bool]:
        """One person's given name, surname and sex, to be written more than once."""
        return self._person(female)

    def as_(self, person: tuple[str, str, bool], style: str | None = None) -> P:
        return P("PERSON", self.render(person[0], person[1], style))

    def ph(self, form: str | None = None, region: str | None = None) -> P:
        return P("PHONE_NUMBER", self.phone(form, region))

    def abroad(self) -> P:
        return P("PHONE_NUMBER", self.phone(self.rng.choice(("intl", "e164", "00", "paren")),
                                            self.rng.choice(ABROAD)))  # fmt: skip

    def em(self, person: tuple[str, str, bool] | None = None) -> P:
        return P("EMAIL_ADDRESS", self.email(person))

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
        return K("AMOUNT", kp.amount(self.rng, currency or kp.CURRENCY.get(self.country, "USD"), scale))

    def day(self) -> K:
        return K("DATE", kp.when(self.rng))

    def co(self) -> K:
        return K("COMPANY", kp.pick(self.rng, kp.COMPANIES))

    def hosp(self) -> K:
        return K("HOSPITAL", kp.pick(self.rng, kp.HOSPITALS[self.country]))

    def ref(self) -> K:
        return K("REFERENCE", kp.reference(self.rng))

    def bank(self) -> K:
        return K("BANK", kp.local(self.rng, self.country, 0))

    def court(self) -> K:
        return K("COURT", kp.local(self.rng, self.country, 1))

    def law(self) -> K:
        return K("CITATION", kp.local(self.rng, self.country, 2))

    def school(self) -> K:
        return K("SCHOOL", kp.local(self.rng, self.country, 3))

    def pk(self, kind: str, values: tuple[str, ...]) -> K:
        return K(kind, kp.pick(self.rng, values))


# --- families -----------------------------------------------------------------------------------------------


def _form(d: Doc, v: V, rows: list[tuple[str, str | P | K]]) -> Doc:
    """Label: value lines, the label in the locale's language."""
    lab = LABELS.get(v.lang, LABELS["en"])
    for key, value in rows:
        d.fmt("{l}: {v}\n", l=K("LABEL", lab[key]) if key in lab else K("LABEL", key), v=value)
    return d


CREMATION = {
    "en": "APPLICATION FOR CREMATION", "ka": "კრემაციის განაცხადი", "el": "ΑΙΤΗΣΗ ΑΠΟΤΕΦΡΩΣΗΣ",
    "he": "בקשה לשריפת גופה", "th": "คำร้องขอฌาปนกิจ", "ko": "화장 신청서", "am": "የአስከሬን ማቃጠያ ማመልከቻ",
    "ta": "தகன விண்ணப்பம்", "si": "ආදාහන අයදුම්පත", "pt": "PEDIDO DE CREMAÇÃO", "nl": "AANVRAAG CREMATIE",
    "pl": "WNIOSEK O KREMACJĘ", "es": "SOLICITUD DE CREMACIÓN", "fr": "DEMANDE DE CRÉMATION",
    "sw": "OMBI LA KUCHOMA MWILI", "sq": "KËRKESË PËR DJEGIE",
}  # fmt: skip


def cremation_authority_application(v: V) -> Doc:
    mlab, mrn = v.mr()
    d = Doc().fmt("{co}\n{t} — {ref}\n\n", co=v.pk("COMPANY", ("Crematorium Services Ltd", "Memorial Park Crematorium",
                  "Κρεματόριο Ριτσώνας", "Krematorium Bielsko")), t=title(v, CREMATION), ref=v.ref())  # fmt: skip
    dec = v.who()
    _form(d, v, [("name", v.as_(dec)), ("born", v.db(form=v.rng.choice(("word", "num")))), ("addr", v.st())])
    d.fmt("{h} — {ml}: {mrn}; ICD-10 {icd}; {day}\n\n", h=v.hosp(), ml=mlab, mrn=mrn, icd=v.pk("ICD10", ("I63.9", "J44.1", "R41.82")),
          day=v.day())  # fmt: skip
    app = v.who()
    _form(d, v, [("name", v.as_(app)), ("phone", v.ph()), ("mail", v.em(app)), ("sign", v.as_(app, "g"))])
    d.fmt("Fee {a} ({cit})\n", a=v.amt(scale=(2.5, 3.5)), cit=v.law())
    return d


TATTOO = {
    "en": "TATTOO CONSENT & RELEASE", "ka": "ტატუს თანხმობის ფორმა", "el": "ΔΗΛΩΣΗ ΣΥΓΚΑΤΑΘΕΣΗΣ ΔΕΡΜΑΤΟΣΤΙΞΙΑΣ",
    "he": "טופס הסכמה לקעקוע", "th": "แบบฟอร์มยินยอมการสัก", "ko": "타투 시술 동의서", "am": "የንቅሳት ስምምነት ቅጽ",
    "ta": "பச்சை குத்துதல் ஒப்புதல் படிவம்", "si": "පච්ච කෙටීමේ කැමැත්ත", "pt": "CONSENTIMENTO PARA TATUAGEM",
    "nl": "TOESTEMMINGSFORMULIER TATOEAGE", "pl": "ZGODA NA WYKONANIE TATUAŻU", "es": "CONSENTIMIENTO PARA TATUAJE",
    "fr": "CONSENTEMENT AU TATOUAGE", "sw": "FOMU YA RIDHAA YA KUCHORA TATOO", "sq": "PËLQIM PËR TATUAZH",
}  # fmt: skip


def tattoo_studio_consent_form(v: V) -> Doc:
    iss, num = v.dl()
    who = v.who()
    d = Doc().fmt("{co}\n{t}\n\n", co=v.pk("COMPANY", ("Black Lotus Ink", "Studio Tinta Viva", "Ink Atelier 77",
                  "Moana Tattoo")), t=title(v, TATTOO))  # fmt: skip
    _form(
        d,
        v,
        [("name", v.as_(who)), ("born", v.db()), ("phone", v.ph()), ("mail", v.em(who)), ("addr", v.st())],
    )
    d.fmt("ID: {iss} {num}\nInk lot {gtin}, needle {lot}\nDeposit {a} — card {cc}\n", iss=iss, num=num,
          gtin=v.k("GTIN", kp.gtin(v.rng)), lot=v.k("LOT", f"N{v.rng.randint(100, 999)}-RL"), a=v.amt(scale=(1.5, 2.5)),
          cc=v.cc())  # fmt: skip
    _form(d, v, [("sign", v.as_(who, v.rng.choice(("g", "gs")))), ("Artist", v.g())])
    return d


def solar_installation_quote_letter(v: V) -> Doc:
    to = v.who()
    hon = ("Ms " if to[2] else "Mr ") if v.rng.random() < 0.7 else ""
    d = Doc().fmt("{co}\nRenewables Division\n\n{day}\n\n{n}\n{st}\n\nDear {hon}{s},\n\n", co=v.co(), day=v.day(),
                  n=v.as_(to), st=v.st(v.rng.choice((2, 3))), hon=hon, s=P("PERSON", to[1]))  # fmt: skip
    d.fmt("Quotation {ref}: supply and installation of 12 × {p1} and one {p2} on your roof, total {a1} "
          "including VAT. A deposit of {a2} secures the booking; please transfer it to {ib} (BIC {sw}) quoting "
          "the reference above.\n\nOur surveyor, {sv}, will call you from {ph} before the visit. Questions "
          "to {em}.\n\nFinance is available through our parent's green bond ({t}, ISIN {isin}).\n\nKind regards,\n\n"
          "{sig}\nSales Engineer\n", t=v.pk("TICKER", kp.TICKERS), isin=v.k("ISIN", kp.isin(v.rng)), ref=v.ref(), p1=v.k("PRODUCT", "PV-420 mono panel"),
          p2=v.k("PRODUCT", "Inverter SX-5K"), a1=v.amt(scale=(3.5, 4.5)), a2=v.amt(scale=(2.5, 3.2)), ib=v.ib(),
          sw=v.sw(), sv=v.n(), ph=v.ph(v.rng.choice(("ext", "nat", "intl"))), em=v.em(), sig=v.n())  # fmt: skip
    return d


def irrigation_water_share_register(v: V) -> Doc:
    d = Doc().fmt("WATER USERS' ASSOCIATION — canal {c} — share register {day}\n\n",
                  c=v.k("CANAL", v.rng.choice(("Lateral 4B", "Upper Ditch", "Canal Nord", "K-17"))), day=v.day())  # fmt: skip
    d.put("| member | mobile | shares | levy | refund account |\n|---|---|---|---|---|\n")
    for _ in range(v.rng.randint(3, 5)):
        d.fmt("| {n} | {ph} | {sh} | {a} | {ib} |\n", n=v.n(v.rng.choice(("lower", "gs", "sg", "SG", "upper"))),
              ph=v.ph(), sh=str(v.rng.randint(1, 40)), a=v.amt(scale=(1.5, 3.0)), ib=v.ib())  # fmt: skip
    d.fmt(
        "\nSecretary: {s} ({ph}); association account at {b}, BIC {sw}\n",
        s=v.n(),
        ph=v.ph(),
        b=v.bank(),
        sw=v.sw(),
    )
    return d


def pilgrimage_group_manifest(v: V) -> Doc:
    d = Doc().fmt("{co} — PILGRIMAGE GROUP {g} — DEPARTURE {day}\n\n", g=v.k("GROUP", f"PG-{v.rng.randint(10, 99)}"),
                  co=v.pk("COMPANY", ("Holy Land Journeys", "Camino Tours", "Sumela Travel", "Lalibela Pilgrim Tours")),
                  day=v.day())  # fmt: skip
    d.put(f"{'NO':<4}{'SURNAME':<20}{'GIVEN NAME':<18}{'BORN':<13}MOBILE\n")
    for i in range(v.rng.randint(3, 5)):
        p = v.who()
        d.fmt("{i:<4}{s:<20}{g:<18}{b:<13}{ph}\n", i=str(i + 1), s=P("PERSON", p[1].upper() if p[1].isascii() else p[1]),
              g=P("PERSON", p[0]), b=v.db(form="mon"), ph=v.ph(v.rng.choice(("intl", "e164", "nat"))))  # fmt: skip
    d.fmt("\nGroup leader {l}, emergency {ph}\n", l=v.n("init"), ph=v.abroad())
    return d


def taxi_permit_renewal_yaml(v: V) -> Doc:
    iss, num = v.dl()
    h = v.who()
    d = Doc().fmt("# taxi / private hire permit renewal — {court}\npermit: {ref}\nholder:\n  family_name: {s}\n"
                  "  given_names: {g}\n  date_of_birth: \"{dob}\"\n  licence:\n    issuer: {iss}\n    number: \"{num}\"\n"
                  "  mobile: \"{ph}\"\n  email: {em}\n  address: \"{st}\"\nvehicle:\n  vin: {vin}\n  model: {m}\n"
                  "insurer_lei: {lei}\nfees:\n  amount: {a}\n  iban: {ib}\n  bic: {sw}\n", lei=v.k("LEI", kp.lei(v.rng)), court=v.court(), ref=v.ref(), s=P("PERSON", h[1]),
                  g=P("PERSON", h[0]), dob=v.db(form="iso"), iss=iss, num=num, ph=v.ph("e164"), em=v.em(h), st=v.st(1),
                  vin=v.k("VIN", kp.vin(v.rng)), m=v.pk("PRODUCT", ("Toyota Prius", "Hyundai Ioniq", "Škoda Octavia", "Nissan Leaf")),
                  a=v.amt(scale=(1.8, 2.8)), ib=v.ib(), sw=v.sw())  # fmt: skip
    return d


def seed_cooperative_share_ledger_csv(v: V) -> Doc:
    d = Doc().fmt("cooperative,{co}\nseason,{day}\n\n", co=v.pk("COMPANY", ("Hill Seed Growers Co-op", "Cooperativa Semillas del Valle",
                  "Coopérative Grain d'Or", "Ushirika wa Mbegu")), day=v.day())  # fmt: skip
    d.put("member_no,member,phone,payout_iban,shares,dividend\n")
    for _ in range(v.rng.randint(3, 5)):
        d.fmt("{no},{n},{ph},{ib},{sh},\"{a}\"\n", no=f"M{v.rng.randint(100, 999)}", n=v.n(v.rng.choice(("gs", "upper", "sg"))),
              ph=v.ph(v.rng.choice(("e164", "nat"))), ib=v.ib(), sh=str(v.rng.randint(1, 60)), a=v.amt(scale=(1.5, 3.5)))  # fmt: skip
    d.fmt(
        "\ntreasurer,{t}\nbank_bic,{sw}\nmember_bond_isin,{isin}\n",
        t=v.n(),
        sw=v.sw(),
        isin=v.k("ISIN", kp.isin(v.rng)),
    )
    return d


CROP = {
    "en": ("CROP INSURANCE — NOTICE OF LOSS", "Crop", "Cause of loss: hail", "Loss adjuster"),
    "pt": ("SEGURO AGRÍCOLA — PARTICIPAÇÃO DE SINISTRO", "Cultura", "Causa: granizo", "Perito"),
    "es": ("SEGURO AGRÍCOLA — AVISO DE SINIESTRO", "Cultivo", "Causa del siniestro: granizo", "Perito tasador"),
    "fr": ("ASSURANCE RÉCOLTE — DÉCLARATION DE SINISTRE", "Culture", "Cause du sinistre : grêle", "Expert"),
    "pl": ("UBEZPIECZENIE UPRAW — ZGŁOSZENIE SZKODY", "Uprawa", "Przyczyna szkody: grad", "Rzeczoznawca"),
    "el": ("ΑΣΦΑΛΙΣΗ ΚΑΛΛΙΕΡΓΕΙΑΣ — ΔΗΛΩΣΗ ΖΗΜΙΑΣ", "Καλλιέργεια", "Αιτία ζημίας: χαλάζι", "Εκτιμητής"),
    "ka": ("მოსავლის დაზღვევა — ზარალის შეტყობინება", "კულტურა", "მიზეზი: სეტყვა", "შემფასებელი"),
    "th": ("ประกันภัยพืชผล — แจ้งความเสียหาย", "พืช", "สาเหตุ: ลูกเห็บ", "ผู้ประเมิน"),
    "sw": ("BIMA YA MAZAO — TAARIFA YA HASARA", "Zao", "Chanzo cha hasara: mvua ya mawe", "Mtathmini"),
    "sq": ("SIGURIMI I KULTURAVE — NJOFTIM DËMI", "Kultura", "Shkaku: breshër", "Vlerësuesi"),
    "nl": ("OOGSTVERZEKERING — SCHADEMELDING", "Gewas", "Oorzaak: hagel", "Schade-expert"),
    "he": ("ביטוח יבולים — הודעה על נזק", "גידול", "סיבת הנזק: ברד", "שמאי"),
    "ko": ("농작물재해보험 — 사고 접수", "작물", "사고 원인: 우박", "손해평가사"),
    "am": ("የሰብል መድን — የጉዳት ማስታወቂያ", "ሰብል", "የጉዳቱ ምክንያት: በረዶ", "ገምጋሚ"),
    "ta": ("பயிர் காப்பீடு — இழப்பு அறிவிப்பு", "பயிர்", "காரணம்: ஆலங்கட்டி மழை", "மதிப்பீட்டாளர்"),
    "si": ("බෝග රක්ෂණය — හානි දැනුම්දීම", "බෝගය", "හේතුව: අයිස් වැසි", "තක්සේරුකරු"),
}  # fmt: skip


def crop_insurance_loss_claim_form(v: V) -> Doc:
    head, crop, cause, adjuster = CROP.get(v.lang, CROP["en"])
    d = Doc().fmt("{co}\n{t}\nPolicy {ref}\n\n", co=v.co(), t=v.k("LABEL", head), ref=v.ref())
    f = v.who()
    _form(
        d, v, [("name", v.as_(f)), ("born", v.db()), ("addr", v.st()), ("phone", v.ph()), ("mail", v.em(f))]
    )
    d.fmt("{cl}: {c} — 4.5 ha\n{cause}\n{cit}\nIBAN: {ib}\nBIC: {sw}\n{al}: {a}\n{day}\n", cl=v.k("LABEL", crop),
          c=v.pk("CROP", ("maize", "coffee", "tea", "barley", "cassava", "olives")), cause=v.k("LABEL", cause), cit=v.law(),
          ib=v.ib(), sw=v.sw(), al=v.k("LABEL", adjuster), a=v.n("init"), day=v.day())  # fmt: skip
    return d


EXEAT = {
    "en": ("EXEAT SLIP — weekend leave", "Pupil", "Collected by", "Housemaster"),
    "ka": ("გასვლის ფურცელი — შაბათ-კვირის შვებულება", "მოსწავლე", "წაიყვანა", "აღმზრდელი"),
    "el": ("ΑΔΕΙΑ ΕΞΟΔΟΥ ΣΑΒΒΑΤΟΚΥΡΙΑΚΟΥ", "Μαθητής", "Παραλαβή από", "Υπεύθυνος οικοτροφείου"),
    "he": ("אישור יציאה לסוף שבוע", "תלמיד", "נאסף על ידי", "מחנך הפנימייה"),
    "th": ("ใบอนุญาตออกนอกหอพัก", "นักเรียน", "ผู้มารับ", "ครูประจำหอ"),
    "ko": ("외박 신청서", "학생", "인솔 보호자", "사감"),
    "am": ("የሳምንት መጨረሻ ፈቃድ ወረቀት", "ተማሪ", "የወሰደው", "የአዳሪ ኃላፊ"),
    "ta": ("விடுதி வெளியேற்ற அனுமதிச் சீட்டு", "மாணவர்", "அழைத்துச் சென்றவர்", "விடுதிக் காப்பாளர்"),
    "si": ("නේවාසිකාගාරයෙන් පිටවීමේ අවසර පත්‍රය", "ශිෂ්‍යයා", "රැගෙන ගියේ", "නේවාසිකාගාරාධිපති"),
    "pt": ("AUTORIZAÇÃO DE SAÍDA — fim de semana", "Aluno", "Recolhido por", "Responsável do internato"),
    "nl": ("VERLOFBRIEFJE — weekend", "Leerling", "Opgehaald door", "Mentor van het internaat"),
    "pl": ("PRZEPUSTKA — wyjazd weekendowy", "Uczeń", "Odebrany przez", "Wychowawca internatu"),
    "es": ("PERMISO DE SALIDA — fin de semana", "Alumno", "Recogido por", "Tutor del internado"),
    "fr": ("BILLET DE SORTIE — week-end", "Élève", "Récupéré par", "Responsable de l'internat"),
    "sw": ("KIBALI CHA KUTOKA — mwisho wa wiki", "Mwanafunzi", "Amechukuliwa na", "Mlezi wa bweni"),
    "sq": ("LEJE DALJEJE — fundjavë", "Nxënësi", "Marrë nga", "Edukatori i konviktit"),
}  # fmt: skip


def boarding_school_exeat_slip(v: V) -> Doc:
    head, pupil, by, master = EXEAT.get(v.lang, EXEAT["en"])
    lab = LABELS.get(v.lang, LABELS["en"])
    kid = v.who()
    mother = v.who(True)
    d = Doc().fmt("{sc}\n{t}   {day}\n\n{pl}: {p}\n{bl}: {b}\n", sc=v.school(), t=v.k("LABEL", head), day=v.day(),
                  pl=v.k("LABEL", pupil), p=v.as_(kid), bl=v.k("LABEL", lab["born"]), b=v.db(young=True))  # fmt: skip
    d.fmt("{ml}: {m}\n{fl}: {f}\n{phl}: {ph}\n{al}: {st}\n{byl}: {by}\n{msl}: {ms}\n", ml=v.k("LABEL", lab["mother"]),
          m=v.as_(mother), fl=v.k("LABEL", lab["father"]), f=v.n(female=False), phl=v.k("LABEL", lab["phone"]),
          ph=v.ph(), al=v.k("LABEL", lab["addr"]), st=v.st(), byl=v.k("LABEL", by), by=v.as_(mother, "g"),
          msl=v.k("LABEL", master), ms=v.n("init"))  # fmt: skip
    mlab, mrn = v.mr()
    d.fmt("{h} — {ml}: {mrn}\n", h=v.hosp(), ml=mlab, mrn=mrn)
    return d


CUSTODY = {
    "en": "CHAIN OF CUSTODY — WORKPLACE DRUG TEST", "pt": "CADEIA DE CUSTÓDIA — TESTE DE DROGAS",
    "es": "CADENA DE CUSTODIA — PRUEBA DE DROGAS", "fr": "CHAÎNE DE TRAÇABILITÉ — DÉPISTAGE DE DROGUES",
    "pl": "ŁAŃCUCH DOWODOWY — TEST NA NARKOTYKI", "nl": "BEWAARKETEN — DRUGSTEST OP HET WERK",
    "el": "ΑΛΥΣΙΔΑ ΕΠΙΜΕΛΕΙΑΣ — ΕΛΕΓΧΟΣ ΟΥΣΙΩΝ", "he": "שרשרת משמורת — בדיקת סמים", "ko": "약물 검사 보관 연속성 양식",
    "th": "แบบควบคุมการส่งต่อตัวอย่าง — ตรวจสารเสพติด", "ka": "მტკიცებულების ჯაჭვი — ნარკოტესტი",
    "sw": "MFUMO WA UHIFADHI — KIPIMO CHA DAWA ZA KULEVYA", "sq": "ZINXHIRI I RUAJTJES — TESTI I DROGËS",
    "am": "የናሙና ቅብብሎሽ — የአደንዛዥ ዕፅ ምርመራ", "ta": "மாதிரி பாதுகாப்புச் சங்கிலி — போதைப்பொருள் சோதனை",
    "si": "සාම්පල භාරකාරත්ව දාමය — මත්ද්‍රව්‍ය පරීක්ෂණය",
}  # fmt: skip


def workplace_drug_test_chain_of_custody(v: V) -> Doc:
    iss, num = v.dl()
    mlab, mrn = v.mr()
    d = Doc().fmt("{t}\nSpecimen ID {ref}   Employer: {co}\n\n", t=title(v, CUSTODY), ref=v.ref(), co=v.co())
    donor = v.who()
    _form(d, v, [("name", v.as_(donor)), ("born", v.db()), ("phone", v.ph()), ("dl", num)])
    d.fmt("({iss})\n{ml}: {mrn}\nTest {hc} panel 10; declared medication ATC {atc}\nCollector: {c}   Courier: {cr}\n{day}\n",
          atc=v.pk("ATC", kp.ATC),
          iss=iss, ml=mlab, mrn=mrn, hc=v.k("HCPCS", "80305"), c=v.n(), cr=v.g(), day=v.day())  # fmt: skip
    return d


def orthodontic_treatment_plan_letter(v: V) -> Doc:
    lab = LABELS.get(v.lang, LABELS["en"])
    mlab, mrn = v.mr()
    kid, parent = v.who(), v.who()
    d = Doc().fmt("{h}\nOrthodontic Department\n\n{day}\n\n{p}\n{st}\n\n", h=v.hosp(), day=v.day(), p=v.as_(parent),
                  st=v.st(v.rng.choice((2, 3))))  # fmt: skip
    d.fmt("{pl}: {k}\n{bl}: {dob}\n{ml}: {mrn}\n\n", pl=v.k("LABEL", lab["patient"]), k=v.as_(kid),
          bl=v.k("LABEL", lab["born"]), dob=v.db(young=True), ml=mlab, mrn=mrn)  # fmt: skip
    d.fmt("Dear {g},\n\nFollowing the assessment ({icd}, class II malocclusion), we propose fixed appliances "
          "({hc}) over about 20 months. The estimated cost is {a}; the first instalment will be taken from the "
          "card on file, {cc}, unless you tell us otherwise on {ph}.\n\nYours sincerely,\n{o}\n"
          "Consultant Orthodontist\n", g=v.as_(parent, "g"), icd=v.k("ICD10", "K07.3"), hc=v.k("HCPCS", "D8080"),
          a=v.amt(scale=(3.0, 4.0)), cc=v.cc(), ph=v.ph(), o=v.n("init"))  # fmt: skip
    return d


def prosthetic_limb_fitting_record_xml(v: V) -> Doc:
    mlab, mrn = v.mr()
    p = v.who()
    d = Doc().fmt('<?xml version="1.0" encoding="UTF-8"?>\n<FittingRecord clinic="{h}" date="{day}">\n'
                  '  <Patient>\n    <RecordNo label="{ml}">{mrn}</RecordNo>\n    <FamilyName>{s}</FamilyName>\n'
                  "    <GivenName>{g}</GivenName>\n    <BirthDate>{dob}</BirthDate>\n    <Address>{st}</Address>\n"
                  "    <Phone>{ph}</Phone>\n  </Patient>\n  <Diagnosis icd10=\"{icd}\"/>\n"
                  '  <Device hcpcs="{hc}" socket="TSB" foot="{prod}"/>\n  <Prosthetist>{pr}</Prosthetist>\n'
                  "  <Physio>{pt}</Physio>\n</FittingRecord>\n", h=v.hosp(), day=v.day(), ml=mlab, mrn=mrn,
                  s=P("PERSON", p[1]), g=P("PERSON", p[0]), dob=v.db(form=v.rng.choice(("iso", "compact"))), st=v.st(1),
                  ph=v.ph("e164"), icd=v.k("ICD10", "Z89.511"), hc=v.pk("HCPCS", ("L5301", "L5637", "L5700")),
                  prod=v.k("PRODUCT", "Brace OR-114"), pr=v.n(), pt=v.n())  # fmt: skip
    return d


def hl7_orm_imaging_order(v: V) -> Doc:
    mlab, mrn = v.mr()
    p, doc = v.who(), v.who()
    d = Doc().fmt("MSH|^~\\&|RIS|{h}|PACS|IMG|{ts}||ORM^O01|{ref}|P|2.3\n", h=v.hosp(),
                  ts=v.k("TIMESTAMP", f"2025{v.rng.randint(1, 12):02d}{v.rng.randint(10, 28)}1142"), ref=v.ref())  # fmt: skip
    d.fmt("PID|1||{mrn}^^^{ml}^MR||{s}^{g}||{dob}|{sex}|||{st}||{ph}\n", mrn=mrn, ml=mlab, s=P("PERSON", p[1]),
          g=P("PERSON", p[0]), dob=v.db(form="compact"), sex="F" if p[2] else "M", st=v.st(1), ph=v.ph())  # fmt: skip
    d.fmt("ORC|NW|{r2}|||||||{day}|||{ds}^{dg}\nOBR|1|{r2}||MRKNEE^MRI knee^L|||{day}||||||||{icd}|{ds2}^{dg2}\n",
          r2=v.ref(), day=v.day(), ds=P("PERSON", doc[1]), dg=P("PERSON", doc[0]), icd=v.k("ICD10", "M17.11"),
          ds2=P("PERSON", doc[1]), dg2=P("PERSON", doc[0]))  # fmt: skip
    return d


def x12_834_benefit_enrollment(v: V) -> Doc:
    d = Doc().fmt("ISA*00*          *00*          *ZZ*{co:<15}*ZZ*CARRIER        *250101*0900*^*00501*{ctl}*0*P*:~\n"
                  "GS*BE*SPONSOR*CARRIER*20250101*0900*1*X*005010X220A1~\nST*834*0001*005010X220A1~\n"
                  "BGN*00*{ref}*20250101*0900****2~\nN1*P5*{emp}*FI*{ein}~\n", co=v.k("SENDER", "HRPAYROLLCO"),
                  ctl=v.k("CONTROL", f"{v.rng.randint(100000000, 999999999)}"), ref=v.ref(), emp=v.co(),
                  ein=v.k("EIN", f"{v.rng.randint(10, 99)}{v.rng.randint(1000000, 9999999)}"))  # fmt: skip
    sub = v.who()
    members = [("18", sub)] + [(rel, v.who()) for rel in ("01", "19", "19")[: v.rng.randint(1, 3)]]
    for rel, m in members:
        d.fmt("INS*{y}*{rel}*021*28*A***FT~\nREF*0F*{ssn}~\nNM1*IL*1*{s}*{g}****34*{ssn2}~\n", y="Y" if rel == "18" else "N",
              rel=rel, ssn=v.sn(), s=P("PERSON", m[1].upper()), g=P("PERSON", m[0].upper()), ssn2=v.sn())  # fmt: skip
        if rel == "18":
            d.fmt(
                "PER*IP**HP*{ph}*EM*{em}~\nN3*{st}~\n",
                ph=v.ph(v.rng.choice(("e164", "nat"))),
                em=v.em(m),
                st=v.st(1),
            )
        d.fmt("DMG*D8*{dob}*{sex}~\nHD*021**HLT*{plan}*FAM~\n", dob=v.db(young=rel == "19", form="compact"),
              sex="F" if m[2] else "M", plan=v.k("PLAN", "PPO GOLD 1500"))  # fmt: skip
    d.put("SE*22*0001~\nGE*1*1~\nIEA*1*000000001~\n")
    return d


def irs_8821_tax_information_authorization(v: V) -> Doc:
    tp = v.who()
    spouse = (v.given(not tp[2]), tp[1], not tp[2])
    d = Doc().fmt("Form 8821 — Tax Information Authorization (OMB No. 1545-1165)\n\n1 Taxpayer information\n"
                  "Name: {n} and {sp}\nAddress:\n{st}\nTaxpayer identification number: {s1}   Spouse: {s2}\n"
                  "Daytime telephone: {ph}\n\n", n=v.as_(tp, "upper"), sp=v.as_(spouse, "upper"), st=v.st(2),
                  s1=v.sn(), s2=v.sn(), ph=v.ph(v.rng.choice(("nat", "ext", "paren"))))  # fmt: skip
    d.fmt("2 Designee: {dn}, {firm}\nAddress: {dst}\nCAF No. {caf}   PTIN {ptin}   Telephone {dph}\n\n"
          "3 Tax matters: Income, Form 1040, years 2021–2024; see {cit}\nDependant on return: {dep} (SSN {s3})\n"
          "Signature: {sig}   Date {day}\n", dn=v.n(), firm=v.co(), dst=v.st(1),
          caf=v.k("CAF", f"{v.rng.randint(1000, 9999)}-{v.rng.randint(10000, 99999)}R"),
          ptin=v.k("PTIN", f"P{v.rng.randint(10000000, 99999999)}"), dph=v.ph(), cit=v.law(), dep=v.g(), s3=v.sn(),
          sig=v.as_(tp), day=v.day())  # fmt: skip
    return d


def fuel_card_transactions_tsv(v: V) -> Doc:
    d = Doc().fmt("account\t{co}\nstatement\t{day}\nissuer_lei\t{lei}\n\n", co=v.co(), day=v.day(),
                  lei=v.k("LEI", kp.lei(v.rng)))  # fmt: skip
    d.put("date\tcard\tdriver\tlicence\tstation\tlitres\tamount\n")
    for _ in range(v.rng.randint(3, 5)):
        d.fmt("{day}\t{cc}\t{n}\t{dl}\t{st}\t{l}\t{a}\n", day=v.day(), cc=v.cc(), n=v.n(v.rng.choice(("gs", "SG", "upper"))),
              dl=v.dl()[1], st=v.pk("STATION", ("Shell Rustaveli", "EKO Kifisias", "PTT Nimman", "Total Tadine",
              "Petromoc Beira", "Orlen Wilamowice", "Puma Tabora", "Repsol Satipo")), l=f"{v.rng.uniform(20, 90):.2f}",
              a=v.amt(scale=(1.5, 2.6)))  # fmt: skip
    d.fmt("\nfleet manager\t{m}\t{em}\n", m=v.n(), em=v.em())
    return d


def timeshare_exit_email_thread(v: V) -> Doc:
    me, agent = v.who(), v.who()
    c_mail, a_mail = v.em(me), v.em(agent)
    d = Doc().fmt("From: {a} <{am}>\nTo: {c} <{cm}>\nDate: {day}\nSubject: Re: exit from the {res} membership\n"
                  "X-Originating-IP: [{ip}]\n\n", a=v.as_(agent), am=a_mail, c=v.as_(me), cm=c_mail, day=v.day(),
                  res=v.pk("RESORT", ("Costa Azul Vacation Club", "Palm Sands Resort", "Alpine Lodge Points")), ip=v.ipa())  # fmt: skip
    d.fmt("Dear {g},\n\nThe exit fee is {a}. We have not been able to charge the card you gave us ({cc}); "
          "please send it by transfer to {ib} (BIC {sw}) instead, reference {ref}. The operator is listed ({t}, "
          "CUSIP {cu}).\n\n{a2}\n{ph}\n\n", t=v.pk("TICKER", kp.TICKERS), cu=v.k("CUSIP", kp.cusip(v.rng)),
          g=v.as_(me, "g"), a=v.amt("EUR", (3.0, 3.8)), cc=v.cc(), ib=v.ib(), sw=v.sw(), ref=v.ref(),
          a2=v.as_(agent, "gs"), ph=v.abroad())  # fmt: skip
    d.fmt("> On {day}, {c} <{cm}> wrote:\n> I want out. I am {me}, born {dob}, living at\n> {st}\n> call me on {ph}\n",
          day=v.day(), c=v.as_(me, "g"), cm=c_mail, me=v.as_(me), dob=v.db(), st=v.st(1), ph=v.ph())  # fmt: skip
    return d


MARRIAGE = {
    "en": "NOTICE OF INTENDED MARRIAGE\n\nNotice is hereby given that {a}, born {da}, residing at {sa}, and {b}, born "
          "{db}, residing at {sb}, intend to marry. Objections may be lodged with the registrar, {r}, before {day}.",
    "ka": "ქორწინების განზრახვის შეტყობინება\n\nაცხადებენ, რომ {a}, დაბადებული {da}, მცხოვრები: {sa}, და {b}, "
          "დაბადებული {db}, მცხოვრები: {sb}, აპირებენ ქორწინებას. პრეტენზიები მიიღება რეგისტრატორთან, {r}, {day}-მდე.",
    "el": "ΑΝΑΓΓΕΛΙΑ ΠΟΛΙΤΙΚΟΥ ΓΑΜΟΥ\n\nΟ/Η {a}, γεννηθείς/-είσα στις {da}, κάτοικος {sa}, και ο/η {b}, "
          "γεννηθείς/-είσα στις {db}, κάτοικος {sb}, πρόκειται να τελέσουν πολιτικό γάμο. Ενστάσεις στον ληξίαρχο, "
          "{r}, έως τις {day}.",
    "he": "הודעה על כוונת נישואין\n\nבזאת נמסרת הודעה כי {a}, ילידת/יליד {da}, המתגורר/ת ב{sa}, ו{b}, יליד/ת {db}, "
          "המתגורר/ת ב{sb}, מתכוונים להינשא. התנגדויות יוגשו לרשם, {r}, עד {day}.",
    "th": "ประกาศความประสงค์จะจดทะเบียนสมรส\n\n{a} เกิดวันที่ {da} อยู่บ้านเลขที่ {sa} และ {b} เกิดวันที่ {db} "
          "อยู่บ้านเลขที่ {sb} ประสงค์จะจดทะเบียนสมรส ผู้คัดค้านโปรดแจ้งนายทะเบียน {r} ภายในวันที่ {day}",
    "ko": "혼인 의사 공고\n\n{a}(생년월일 {da}, 주소 {sa})와 {b}(생년월일 {db}, 주소 {sb})는 혼인하고자 합니다. "
          "이의가 있는 분은 {day}까지 담당 공무원 {r}에게 신고하십시오.",
    "am": "የጋብቻ ፍላጎት ማስታወቂያ\n\n{a}፣ የተወለደው/ችው {da}፣ ነዋሪነት {sa}፣ እና {b}፣ የተወለደው/ችው {db}፣ ነዋሪነት {sb}፣ "
          "ለመጋባት ወስነዋል። ተቃውሞ ያለው እስከ {day} ድረስ ለመዝጋቢው {r} ያቅርብ።",
    "ta": "திருமண அறிவிப்பு\n\n{a}, பிறந்த தேதி {da}, முகவரி {sa}, மற்றும் {b}, பிறந்த தேதி {db}, முகவரி {sb}, "
          "திருமணம் செய்ய விரும்புகின்றனர். ஆட்சேபனைகளை {day} க்குள் பதிவாளர் {r} இடம் தெரிவிக்கவும்.",
    "si": "විවාහ දැන්වීම\n\n{da} උපන් {sa} පදිංචි {a} සහ {db} උපන් {sb} පදිංචි {b} විවාහ වීමට අදහස් කරති. "
          "විරෝධතා {day} දිනට පෙර රෙජිස්ට්‍රාර් {r} වෙත යොමු කරන්න.",
    "pt": "ÉDITOS DE CASAMENTO\n\nFaz-se saber que {a}, nascido(a) a {da}, residente em {sa}, e {b}, nascido(a) a "
          "{db}, residente em {sb}, pretendem contrair casamento. Impedimentos devem ser declarados ao conservador, "
          "{r}, até {day}.",
    "nl": "ONDERTROUW\n\nHierbij wordt bekendgemaakt dat {a}, geboren {da}, wonende {sa}, en {b}, geboren {db}, "
          "wonende {sb}, voornemens zijn in het huwelijk te treden. Bezwaren bij de ambtenaar van de burgerlijke "
          "stand, {r}, voor {day}.",
    "pl": "ZAPOWIEDŹ ZAWARCIA MAŁŻEŃSTWA\n\nPodaje się do wiadomości, że {a}, urodzony(-a) {da}, zamieszkały(-a) "
          "{sa}, oraz {b}, urodzony(-a) {db}, zamieszkały(-a) {sb}, zamierzają zawrzeć związek małżeński. "
          "Zastrzeżenia należy zgłaszać kierownikowi USC, {r}, do {day}.",
    "es": "EDICTO MATRIMONIAL\n\nSe hace saber que {a}, nacido(a) el {da}, con domicilio en {sa}, y {b}, nacido(a) el "
          "{db}, con domicilio en {sb}, pretenden contraer matrimonio civil. Las oposiciones se presentarán ante el "
          "oficial del registro civil, {r}, antes del {day}.",
    "fr": "PUBLICATION DES BANS\n\nIl y a promesse de mariage entre {a}, né(e) le {da}, domicilié(e) {sa}, et {b}, "
          "né(e) le {db}, domicilié(e) {sb}. Les oppositions sont reçues par l'officier de l'état civil, {r}, "
          "jusqu'au {day}.",
    "sw": "TANGAZO LA NIA YA KUFUNGA NDOA\n\nInatangazwa kwamba {a}, aliyezaliwa {da}, anayeishi {sa}, na {b}, "
          "aliyezaliwa {db}, anayeishi {sb}, wanakusudia kufunga ndoa. Pingamizi ziwasilishwe kwa msajili, {r}, "
          "kabla ya {day}.",
    "sq": "SHPALLJE E MARTESËS\n\nNjoftohet se {a}, i/e lindur më {da}, me banim në {sa}, dhe {b}, i/e lindur më "
          "{db}, me banim në {sb}, synojnë të lidhin martesë. Kundërshtimet i paraqiten nëpunësit të gjendjes "
          "civile, {r}, deri më {day}.",
}  # fmt: skip


def civil_marriage_intention_notice(v: V) -> Doc:
    d = Doc().fmt("{court}   {dk}\n\n", court=v.court(), dk=v.k("DOCKET", kp.docket(v.rng, v.country)))
    d.fmt(MARRIAGE.get(v.lang, MARRIAGE["en"]) + "\n\n", a=v.n(female=False), da=v.db(form="word"), sa=v.st(1),
          b=v.n(female=True), db=v.db(form="word"), sb=v.st(1), r=v.n(), day=v.day())  # fmt: skip
    d.fmt("{w1} · {w2}\n", w1=v.n(), w2=v.n())
    return d


def video_relay_call_log(v: V) -> Doc:
    d = Doc().fmt("VRS centre {co} — call detail log {day}\n", co=v.pk("COMPANY", ("SignLink Relay", "Hands On VRS",
                  "Relay Bridge")), day=v.day())  # fmt: skip
    for _ in range(v.rng.randint(3, 5)):
        d.fmt("{t} session={ref} src={ip} caller=\"{n}\" callback={ph} dialled={ph2} CI#{ci} dur={m}m\n",
              t=f"{v.rng.randint(0, 23):02d}:{v.rng.randint(0, 59):02d}:{v.rng.randint(0, 59):02d}", ref=v.ref(),
              ip=v.ipa(), n=v.n(v.rng.choice(("gs", "lower", "upper"))), ph=v.ph("e164"), ph2=v.ph(),
              ci=str(v.rng.randint(1000, 9999)), m=str(v.rng.randint(1, 40)))  # fmt: skip
    d.fmt("supervisor on shift: {s}\n", s=v.n())
    return d


def church_tithe_envelope_ledger(v: V) -> Doc:
    d = Doc().fmt("{par} — offering envelopes, week of {day}\n\n", day=v.day(),
                  par=v.pk("PARISH", ("St Maron Parish", "Holy Trinity", "Ebenezer Chapel", "Paroisse Saint-Joseph")))  # fmt: skip
    d.put("| env. | household | gift | by |\n|---|---|---|---|\n")
    for _ in range(v.rng.randint(3, 5)):
        how = v.rng.random()
        d.fmt("| {e} | {n} | {a} | ", e=str(v.rng.randint(100, 899)), n=v.n(v.rng.choice(("SG", "gs", "init"))),
              a=v.amt(scale=(1.0, 2.5)))  # fmt: skip
        if how < 0.4:
            d.fmt("standing order {ib} |\n", ib=v.ib())
        elif how < 0.7:
            d.fmt("card {cc} |\n", cc=v.cc())
        else:
            d.put("cash |\n")
    d.fmt("\nCounted by {a} and {b}; banked at {bk} ({sw})\n", a=v.n(), b=v.g(), bk=v.bank(), sw=v.sw())
    return d


def water_meter_route_sheet(v: V) -> Doc:
    d = Doc().fmt("{co} — METER ROUTE {r} — {day}\n", co=v.pk("COMPANY", ("Municipal Water Board", "AquaServ",
                  "Régie des Eaux", "Wodociągi Bielskie")), r=v.k("ROUTE", f"R{v.rng.randint(10, 99)}"), day=v.day())  # fmt: skip
    d.put(f"{'ACCOUNT':<12}{'CUSTOMER':<26}{'PHONE':<20}ADDRESS\n")
    for _ in range(v.rng.randint(3, 5)):
        d.fmt("{acc:<12}{n:<26}{ph:<20}{st}\n", acc=v.k("ACCOUNT", f"W{v.rng.randint(1000000, 9999999)}"),
              n=v.n(v.rng.choice(("upper", "SG", "gs"))), ph=v.ph("nat"), st=v.st(1))  # fmt: skip
    d.fmt("reader: {r}\n", r=v.g())
    return d


VOTER = {
    "en": ("VOTER REGISTRATION — CHANGE OF ADDRESS", "Previous address", "New address"),
    "ka": ("ამომრჩევლის რეგისტრაცია — მისამართის შეცვლა", "ძველი მისამართი", "ახალი მისამართი"),
    "el": ("ΕΚΛΟΓΙΚΟΣ ΚΑΤΑΛΟΓΟΣ — ΑΛΛΑΓΗ ΔΙΕΥΘΥΝΣΗΣ", "Προηγούμενη διεύθυνση", "Νέα διεύθυνση"),
    "he": ("פנקס הבוחרים — שינוי כתובת", "כתובת קודמת", "כתובת חדשה"),
    "th": ("การเปลี่ยนแปลงที่อยู่ผู้มีสิทธิเลือกตั้ง", "ที่อยู่เดิม", "ที่อยู่ใหม่"),
    "ko": ("선거인 주소 변경 신청서", "이전 주소", "새 주소"),
    "am": ("የመራጮች ምዝገባ — የአድራሻ ለውጥ", "የቀድሞ አድራሻ", "አዲስ አድራሻ"),
    "ta": ("வாக்காளர் பதிவு — முகவரி மாற்றம்", "பழைய முகவரி", "புதிய முகவரி"),
    "si": ("ඡන්ද දායක ලියාපදිංචිය — ලිපින වෙනස් කිරීම", "පැරණි ලිපිනය", "නව ලිපිනය"),
    "pt": ("RECENSEAMENTO ELEITORAL — MUDANÇA DE MORADA", "Morada anterior", "Nova morada"),
    "nl": ("KIEZERSREGISTRATIE — ADRESWIJZIGING", "Vorig adres", "Nieuw adres"),
    "pl": ("REJESTR WYBORCÓW — ZMIANA ADRESU", "Poprzedni adres", "Nowy adres"),
    "es": ("PADRÓN ELECTORAL — CAMBIO DE DOMICILIO", "Domicilio anterior", "Nuevo domicilio"),
    "fr": ("LISTE ÉLECTORALE — CHANGEMENT D'ADRESSE", "Ancienne adresse", "Nouvelle adresse"),
    "sw": ("DAFTARI LA WAPIGA KURA — MABADILIKO YA ANWANI", "Anwani ya zamani", "Anwani mpya"),
    "sq": ("REGJISTRI I VOTUESVE — NDRYSHIM ADRESE", "Adresa e mëparshme", "Adresa e re"),
}  # fmt: skip


def voter_registration_change_form(v: V) -> Doc:
    head, old, new = VOTER.get(v.lang, VOTER["en"])
    who = v.who()
    d = Doc().fmt("{court}\n{t}\n\n", court=v.court(), t=v.k("LABEL", head))
    _form(d, v, [("surname", P("PERSON", who[1])), ("given", P("PERSON", who[0])), ("born", v.db()),
                 (old, v.st()), (new, v.st()), ("phone", v.ph()), ("mail", v.em(who)), ("sign", v.as_(who, "g"))])  # fmt: skip
    d.fmt("{day} — {cit}\n", day=v.day(), cit=v.law())
    return d


def parking_permit_webform_json(v: V) -> Doc:
    iss, num = v.dl()
    who = v.who()
    d = Doc().fmt('{{"form": "resident_parking_permit", "ref": "{ref}", "submitted": "{day}", "client_ip": "{ip}",\n'
                  ' "applicant": {{"name": "{n}", "email": "{em}", "phone": "{ph}", "address": "{st}"}},\n'
                  ' "licence": {{"issuer": "{iss}", "number": "{num}"}},\n "vehicle": {{"vin": "{vin}", "model": "{m}"}},\n'
                  ' "payment": {{"card": "{cc}", "amount": "{a}"}}}}\n', ref=v.ref(), day=v.day(), ip=v.ipa(), n=v.as_(who),
                  em=v.em(who), ph=v.ph(v.rng.choice(("e164", "intl"))), st=v.st(1), iss=iss, num=num,
                  vin=v.k("VIN", kp.vin(v.rng)), m=v.pk("PRODUCT", ("Kia Picanto", "VW Polo", "Toyota Hilux", "Renault Clio")),
                  cc=v.cc(), a=v.amt(scale=(1.5, 2.5)))  # fmt: skip
    return d


MEDIATION = {
    "en": ("hi, I'm {me}, the mediator. can you both confirm your details?", "{a} here, I live at {sa}",
           "and I'm {b}, next door at {sb}", "thanks. I'll send the agreement to {em}. my number is {ph}"),
    "es": ("hola, soy {me}, la mediadora. ¿pueden confirmar sus datos?", "soy {a}, vivo en {sa}",
           "y yo {b}, la casa de al lado, {sb}", "gracias. mando el acuerdo a {em}. mi número es {ph}"),
    "pt": ("olá, sou {me}, a mediadora. podem confirmar os vossos dados?", "sou {a}, moro na {sa}",
           "e eu sou {b}, vizinho do lado, {sb}", "obrigada. envio o acordo para {em}. o meu número é {ph}"),
    "fr": ("bonjour, je suis {me}, la médiatrice. vous pouvez confirmer vos coordonnées ?", "c'est {a}, j'habite au {sa}",
           "et moi {b}, juste à côté, {sb}", "merci. j'envoie l'accord à {em}. mon numéro est le {ph}"),
    "pl": ("dzień dobry, jestem {me}, mediatorka. proszę potwierdzić dane", "tu {a}, mieszkam przy {sa}",
           "a ja {b}, obok, {sb}", "dziękuję. porozumienie wyślę na {em}. mój numer to {ph}"),
    "nl": ("hallo, ik ben {me}, de bemiddelaar. kunnen jullie je gegevens bevestigen?", "met {a}, ik woon aan de {sa}",
           "en ik ben {b}, van hiernaast, {sb}", "dank je. ik stuur de overeenkomst naar {em}. mijn nummer is {ph}"),
    "sw": ("habari, mimi ni {me}, msuluhishi. mnaweza kuthibitisha taarifa zenu?", "ni {a}, naishi {sa}",
           "na mimi ni {b}, jirani, {sb}", "asante. nitatuma makubaliano kwa {em}. namba yangu ni {ph}"),
    "sq": ("përshëndetje, jam {me}, ndërmjetësja. a mund t'i konfirmoni të dhënat?", "jam {a}, banoj në {sa}",
           "dhe unë jam {b}, fqinji, {sb}", "faleminderit. marrëveshjen e dërgoj në {em}. numri im është {ph}"),
    "el": ("γεια σας, είμαι η {me}, η διαμεσολαβήτρια. επιβεβαιώνετε τα στοιχεία σας;", "εδώ {a}, μένω στην {sa}",
           "κι εγώ {b}, δίπλα, {sb}", "ευχαριστώ. θα στείλω τη συμφωνία στο {em}. το τηλέφωνό μου είναι {ph}"),
    "ka": ("გამარჯობა, მე ვარ {me}, მედიატორი. დაადასტურეთ თქვენი მონაცემები", "{a} ვარ, ვცხოვრობ: {sa}",
           "მე კი {b}, მეზობელი, {sb}", "მადლობა. შეთანხმებას გამოგიგზავნით: {em}. ჩემი ნომერია {ph}"),
    "he": ("שלום, אני {me}, המגשרת. אפשר לאשר את הפרטים?", "כאן {a}, אני גר ב{sa}", "ואני {b}, השכן, {sb}",
           "תודה. אשלח את ההסכם ל-{em}. המספר שלי {ph}"),
    "th": ("สวัสดีค่ะ ดิฉัน {me} ผู้ไกล่เกลี่ย ขอให้ทั้งสองท่านยืนยันข้อมูล", "{a} ค่ะ อยู่ที่ {sa}",
           "ผม {b} บ้านติดกัน {sb}", "ขอบคุณค่ะ จะส่งข้อตกลงไปที่ {em} เบอร์ดิฉัน {ph}"),
    "ko": ("안녕하세요, 조정위원 {me}입니다. 두 분 인적 사항을 확인해 주세요", "{a}입니다. {sa}에 삽니다",
           "저는 옆집 {b}입니다. {sb}", "감사합니다. 합의서는 {em}로 보내겠습니다. 제 번호는 {ph}입니다"),
}  # fmt: skip


def neighbour_dispute_mediation_chat(v: V) -> Doc:
    hello, first, second, close = MEDIATION.get(v.lang, MEDIATION["en"])
    med, a, b = v.who(True), v.who(), v.who()
    d = Doc().fmt(
        "{court} — mediation {dk}\n", court=v.court(), dk=v.k("DOCKET", kp.docket(v.rng, v.country))
    )
    d.fmt("[{day} 18:02] {m}: " + hello + "\n", day=v.day(), m=v.as_(med, "g"), me=v.as_(med))
    d.fmt("[18:04] {x}: " + first + "\n", x=v.as_(a, "g"), a=v.as_(a), sa=v.st(1))
    d.fmt(
        "[18:05] {x}: " + second + "\n",
        x=v.as_(b, "g"),
        b=v.as_(b, v.rng.choice(("gs", "lower"))),
        sb=v.st(1),
    )
    d.fmt("[18:09] {m}: " + close + "\n", m=v.as_(med, "g"), em=v.em(med), ph=v.ph())
    return d


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    cremation_authority_application,
    tattoo_studio_consent_form,
    solar_installation_quote_letter,
    irrigation_water_share_register,
    pilgrimage_group_manifest,
    taxi_permit_renewal_yaml,
    seed_cooperative_share_ledger_csv,
    crop_insurance_loss_claim_form,
    boarding_school_exeat_slip,
    workplace_drug_test_chain_of_custody,
    orthodontic_treatment_plan_letter,
    prosthetic_limb_fitting_record_xml,
    hl7_orm_imaging_order,
    x12_834_benefit_enrollment,
    irs_8821_tax_information_authorization,
    fuel_card_transactions_tsv,
    timeshare_exit_email_thread,
    civil_marriage_intention_notice,
    video_relay_call_log,
    church_tithe_envelope_ledger,
    water_meter_route_sheet,
    voter_registration_change_form,
    parking_permit_webform_json,
    neighbour_dispute_mediation_chat,
)
US_ONLY = ("x12_834_benefit_enrollment", "irs_8821_tax_information_authorization")
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
