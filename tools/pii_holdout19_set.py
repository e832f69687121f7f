"""The nineteenth holdout PII set: `python -m tools.pii_holdout19_set` writes benchmarks/pii_intl/holdout19.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written blind: without opening
Charter's recognizers, their word lists, the benchmark's results or any misses file, and the scrubber was never
run on it while it was written. The eighteenth set was read only for its API, row schema and test model (its
Doc/P/K assembly and `problems` check are mirrored); the earlier sets' family names, locales and name origins
were listed only to avoid them; the value generators (tools/pii_holdout19_values.py) and the must-keep
generators (tools/pii_holdout19_keep.py) were written from scratch. Families: fishing licence applications,
apprenticeship indentures, microloan repayment SMS reminders, co-operative housing waiting lists (CSV), temple
donation ledgers (pipe tables), asylum interview transcripts, taxi dispatch logs, community radio call-in logs
(fixed-width), visa appointment confirmation e-mails, audiology fitting records (XML), preschool enrolment
forms, scrap metal dealer registers (fixed-width), well drilling permit applications, market stall allocation
lists (TSV), bus season ticket web forms (JSON), HL7 SIU appointment messages, X12 270 eligibility inquiries,
emergency rental assistance applications, night shelter intake cards, music school tuition invoices, plasma
donor profiles (INI), wedding photographer booking chats, memorial notices and livestock movement permits
(YAML).

Person names come from hand-written lists of twenty-seven origins no earlier split uses (see _LISTS in the
values module), ten or eleven given names a sex and ten or eleven family names an origin, in Armenian,
Mongolian Cyrillic, Lao, Gujarati, Telugu, Ethiopic, Urdu (Nastaliq-style Arabic), Persian, Devanagari,
Bengali, Japanese, Macedonian Cyrillic and Latin scripts (Vietnamese with its diacritics). Japanese (Amami)
names are written family name first without a space; Mongolian, Lambadi, Nùng and Foochow names put the
father's or family name first; Megleno-Romanian women carry the feminine -ова form.

Weak points, honestly: the name lists are still short (ten or eleven names a list), so a recognizer that knows a
few of them scores out of proportion; several origins' lists were written from general knowledge rather than
attested registers: the Lom (Bosha) names are ordinary Armenian names (the Lom of Armenia use them), the
Megleno-Romanian names are ordinary Macedonian ones, the Rangpuri list mixes Muslim and Hindu given and family
names freely (so a Hindu given name may sit beside a Muslim family name), the Karo, Mambai, Nasa, Dangme and
Limba given-name lists mix local and church names as recalled, and the Khalkha 'family names' are fathers'
names written in the nominative where Mongolian usage puts the patronymic in the genitive; the per-language
templates are short and were not checked by native speakers; only eight of the twenty-four families (the
fishing licence, preschool, well permit and shelter forms, the memorial notices, apprenticeships, microloan SMS
and photographer chats) are written in the locale's language, and the prose and chat ones only for ten to
fifteen of the twenty-one label languages; the other sixteen keep English or format-only boilerplate, with at
most a record-number label or an institution's name in the local language (the Philippine, Nauruan, Irish,
Sierra Leonean, Ghanaian and US locales are English throughout); the names of markets, radio stations,
newspapers, temples and employers are drawn from one pool, not the document's country, so a Lao market list
may name an Italian market; street names are few per country (four), so addresses repeat;
the US-only families (X12 270, rental assistance) carry all the SSNs, in only two locales, and the X12 270 writes
the whole address in its N3 segment; phone number prefixes were chosen by hand and phonenumbers' metadata
decides the rest, so a range it misjudges would be mislabelled; driver's licence and medical record layouts
are invented, plausible rather than official; Persian dates of birth are Gregorian, never Solar Hijri, and all
digits are ASCII (no Eastern Arabic, Devanagari, Bengali or Lao digits); names in scripts without case never
appear lower-cased, upper-cased or as initials.

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

from tools import pii_holdout19_keep as kp
from tools.pii_holdout19_values import ABROAD, LOCALES, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout19.jsonl"
SEED = 6643187
DOCUMENTS = 504
SPLIT = "holdout19"

# Field labels of forms, per language of the locale.
LABELS: dict[str, dict[str, str]] = {
    "en": {"name": "Name in full", "surname": "Family name", "given": "First name(s)", "born": "Born on",
           "phone": "Contact number", "addr": "Home address", "mail": "E-mail", "dl": "Driver licence",
           "sign": "Signature", "patient": "Client", "mother": "Mother", "father": "Father"},
    "hy": {"name": "Անուն, ազգանուն", "surname": "Ազգանուն", "given": "Անուն", "born": "Ծննդյան ամսաթիվ",
           "phone": "Հեռախոս", "addr": "Հասցե", "mail": "Էլ. փոստ", "dl": "Վարորդական վկայական №",
           "sign": "Ստորագրություն", "patient": "Պացիենտ", "mother": "Մայր", "father": "Հայր"},
    "mn": {"name": "Овог нэр", "surname": "Эцгийн нэр", "given": "Нэр", "born": "Төрсөн огноо", "phone": "Утас",
           "addr": "Хаяг", "mail": "И-мэйл", "dl": "Жолооны үнэмлэх №", "sign": "Гарын үсэг", "patient": "Өвчтөн",
           "mother": "Эх", "father": "Эцэг"},
    "lo": {"name": "ຊື່ ແລະ ນາມສະກຸນ", "surname": "ນາມສະກຸນ", "given": "ຊື່", "born": "ວັນເດືອນປີເກີດ",
           "phone": "ເບີໂທ", "addr": "ທີ່ຢູ່", "mail": "ອີເມວ", "dl": "ເລກໃບຂັບຂີ່", "sign": "ລາຍເຊັນ",
           "patient": "ຄົນເຈັບ", "mother": "ແມ່", "father": "ພໍ່"},
    "gu": {"name": "પૂરું નામ", "surname": "અટક", "given": "નામ", "born": "જન્મ તારીખ", "phone": "ફોન",
           "addr": "સરનામું", "mail": "ઈમેલ", "dl": "ડ્રાઇવિંગ લાઇસન્સ નં.", "sign": "સહી", "patient": "દર્દી",
           "mother": "માતા", "father": "પિતા"},
    "te": {"name": "పూర్తి పేరు", "surname": "ఇంటి పేరు", "given": "పేరు", "born": "పుట్టిన తేదీ", "phone": "ఫోన్",
           "addr": "చిరునామా", "mail": "ఈమెయిల్", "dl": "డ్రైవింగ్ లైసెన్స్ నం.", "sign": "సంతకం", "patient": "రోగి",
           "mother": "తల్లి", "father": "తండ్రి"},
    "am": {"name": "ሙሉ ስም", "surname": "የአያት ስም", "given": "ስም", "born": "የልደት ቀን", "phone": "ስልክ ቁጥር",
           "addr": "የመኖሪያ አድራሻ", "mail": "ኢሜል", "dl": "መንጃ ፈቃድ ቁ.", "sign": "ፊርማ", "patient": "ታካሚ",
           "mother": "እናት", "father": "አባት"},
    "ur": {"name": "پورا نام", "surname": "خاندانی نام", "given": "نام", "born": "تاریخ پیدائش", "phone": "فون نمبر",
           "addr": "پتہ", "mail": "ای میل", "dl": "ڈرائیونگ لائسنس نمبر", "sign": "دستخط", "patient": "مریض",
           "mother": "والدہ", "father": "والد"},
    "fa": {"name": "نام و نام خانوادگی", "surname": "نام خانوادگی", "given": "نام", "born": "تاریخ تولد",
           "phone": "تلفن", "addr": "نشانی", "mail": "پست الکترونیک", "dl": "شماره گواهینامه", "sign": "امضا",
           "patient": "بیمار", "mother": "مادر", "father": "پدر"},
    "ne": {"name": "पूरा नाम", "surname": "थर", "given": "नाम", "born": "जन्म मिति", "phone": "फोन", "addr": "ठेगाना",
           "mail": "इमेल", "dl": "सवारी चालक अनुमतिपत्र नं.", "sign": "हस्ताक्षर", "patient": "बिरामी",
           "mother": "आमा", "father": "बुबा"},
    "bn": {"name": "পূর্ণ নাম", "surname": "পদবি", "given": "নাম", "born": "জন্ম তারিখ", "phone": "মোবাইল",
           "addr": "ঠিকানা", "mail": "ইমেইল", "dl": "ড্রাইভিং লাইসেন্স নং", "sign": "স্বাক্ষর", "patient": "রোগী",
           "mother": "মাতা", "father": "পিতা"},
    "ja": {"name": "氏名", "surname": "氏", "given": "名", "born": "生年月日", "phone": "電話番号", "addr": "住所",
           "mail": "メールアドレス", "dl": "運転免許証番号", "sign": "署名", "patient": "患者", "mother": "母",
           "father": "父"},
    "ms": {"name": "Nama penuh", "surname": "Nama keluarga", "given": "Nama", "born": "Tarikh lahir",
           "phone": "No. telefon", "addr": "Alamat", "mail": "E-mel", "dl": "No. lesen memandu", "sign": "Tandatangan",
           "patient": "Pesakit", "mother": "Ibu", "father": "Bapa"},
    "vi": {"name": "Họ và tên", "surname": "Họ", "given": "Tên", "born": "Ngày sinh", "phone": "Số điện thoại",
           "addr": "Địa chỉ", "mail": "Thư điện tử", "dl": "Số giấy phép lái xe", "sign": "Chữ ký",
           "patient": "Bệnh nhân", "mother": "Mẹ", "father": "Cha"},
    "id": {"name": "Nama lengkap", "surname": "Marga", "given": "Nama depan", "born": "Tanggal lahir",
           "phone": "No. HP", "addr": "Alamat rumah", "mail": "Surel", "dl": "No. SIM", "sign": "Tanda tangan",
           "patient": "Pasien", "mother": "Ibu", "father": "Ayah"},
    "pt": {"name": "Nome completo", "surname": "Apelido", "given": "Nome próprio", "born": "Data de nascimento",
           "phone": "Telemóvel", "addr": "Morada", "mail": "Correio eletrónico", "dl": "Carta de condução n.º",
           "sign": "Assinatura", "patient": "Utente", "mother": "Mãe", "father": "Pai"},
    "es": {"name": "Nombres y apellidos", "surname": "Apellidos", "given": "Nombres", "born": "Fecha de nacimiento",
           "phone": "Celular", "addr": "Dirección de residencia", "mail": "Correo electrónico",
           "dl": "Licencia de conducción", "sign": "Firma", "patient": "Paciente", "mother": "Madre", "father": "Padre"},
    "fr": {"name": "Nom et prénom", "surname": "Nom", "given": "Prénom", "born": "Né(e) le", "phone": "Téléphone",
           "addr": "Adresse du domicile", "mail": "Courriel", "dl": "N° de permis de conduire", "sign": "Signature",
           "patient": "Usager", "mother": "Mère", "father": "Père"},
    "mk": {"name": "Име и презиме", "surname": "Презиме", "given": "Име", "born": "Датум на раѓање",
           "phone": "Телефон", "addr": "Адреса на живеење", "mail": "Е-пошта", "dl": "Број на возачка дозвола",
           "sign": "Потпис", "patient": "Пациент", "mother": "Мајка", "father": "Татко"},
    "it": {"name": "Nome e cognome", "surname": "Cognome", "given": "Nome", "born": "Data di nascita",
           "phone": "Telefono", "addr": "Indirizzo di residenza", "mail": "Posta elettronica",
           "dl": "N. patente di guida", "sign": "Firma", "patient": "Assistito", "mother": "Madre", "father": "Padre"},
    "nb": {"name": "Fullt navn", "surname": "Etternavn", "given": "Fornavn", "born": "Fødselsdato", "phone": "Mobil",
           "addr": "Bostedsadresse", "mail": "E-post", "dl": "Førerkortnummer", "sign": "Underskrift",
           "patient": "Pasient", "mother": "Mor", "father": "Far"},
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


def _t(v: V, table: dict) -> tuple:
    """The entry of `table` for the locale's language (English where none is written)."""
    got = table.get(v.lang, table["en"])
    return got if isinstance(got, tuple) else (got,)


FISHING = {
    "en": ("FISHING LICENCE APPLICATION", "Waters", "Season"), "hy": ("ՁԿՆՈՐՍՈՒԹՅԱՆ ԹՈՒՅԼՏՎՈՒԹՅԱՆ ՀԱՅՏ", "Ջրավազան", "Սեզոն"),
    "mn": ("ЗАГАС АГНУУРЫН ЗӨВШӨӨРЛИЙН ХҮСЭЛТ", "Усан сан", "Улирал"), "lo": ("ຄຳຮ້ອງຂໍໃບອະນຸຍາດຫາປາ", "ແຫຼ່ງນ້ຳ", "ລະດູ"),
    "gu": ("માછીમારી પરવાના માટે અરજી", "જળાશય", "મોસમ"), "te": ("చేపల వేట లైసెన్స్ దరఖాస్తు", "జలాశయం", "సీజన్"),
    "am": ("የዓሣ ማጥመድ ፈቃድ ማመልከቻ", "የውሃ አካል", "ወቅት"), "ur": ("ماہی گیری لائسنس کی درخواست", "آبی ذخیرہ", "سیزن"),
    "fa": ("درخواست پروانه صید ماهی", "منبع آبی", "فصل"), "ne": ("माछा मार्ने अनुमतिपत्रको निवेदन", "जलाशय", "मौसम"),
    "bn": ("মাছ ধরার লাইসেন্সের আবেদন", "জলাশয়", "মৌসুম"), "ja": ("遊漁承認申請書", "漁場", "期間"),
    "ms": ("PERMOHONAN LESEN MEMANCING", "Perairan", "Musim"), "vi": ("ĐƠN XIN GIẤY PHÉP CÂU CÁ", "Vùng nước", "Mùa"),
    "id": ("PERMOHONAN IZIN MEMANCING", "Perairan", "Musim"), "pt": ("PEDIDO DE LICENÇA DE PESCA", "Águas", "Época"),
    "es": ("SOLICITUD DE PERMISO DE PESCA", "Cuerpo de agua", "Temporada"),
    "fr": ("DEMANDE DE PERMIS DE PÊCHE", "Plan d'eau", "Saison"), "mk": ("БАРАЊЕ ЗА ДОЗВОЛА ЗА РИБОЛОВ", "Води", "Сезона"),
    "it": ("DOMANDA DI LICENZA DI PESCA", "Acque", "Stagione"), "nb": ("SØKNAD OM FISKEKORT", "Vann", "Sesong"),
}  # fmt: skip


def fishing_licence_application(v: V) -> Doc:
    head, water, season = _t(v, FISHING)
    iss, num = v.dl()
    who = v.who()
    d = Doc().fmt("{court}\n{t}   {ref}\n\n", court=v.court(), t=v.k("LABEL", head), ref=v.ref())
    _form(d, v, [("name", v.as_(who)), ("born", v.db()), ("addr", v.st()), ("phone", v.ph()), ("mail", v.em(who)),
                 ("dl", num)])  # fmt: skip
    d.fmt("({iss})\n{wl}: {w}\n{sl}: {day}\n{fee} — {cc}\n{cit}\n", iss=iss, wl=v.k("LABEL", water),
          w=v.pk("WATERS", ("Lake Sevan", "Tuul River", "Nam Ou", "Ukai Reservoir", "Kaptai Lake", "Lake Sibinj",
                            "Rio Cauca", "Lac Guillaume-Delisle", "Wolf River", "Lake Sakakawea", "Lago di Serraia",
                            "Snåsavatnet", "Lough Gill", "Rokel River", "Volta estuary")),
          sl=v.k("LABEL", season), day=v.day(), fee=v.amt(scale=(1.0, 2.2)), cc=v.cc(), cit=v.law())  # fmt: skip
    return d


INDENTURE = {
    "en": "CONTRACT OF APPRENTICESHIP\n\nThis agreement is made on {day} between {co} (the employer) and {a}, "
          "born {dob}, of {st} (the apprentice). The apprentice will train as a {trade} for three years at a "
          "monthly stipend of {amt}, paid to {ib}. The mentor is {m}. Off-the-job training: {sc}.",
    "es": "CONTRATO DE APRENDIZAJE\n\nEn la fecha {day}, {co} (el empleador) y {a}, nacido(a) el {dob}, con "
          "domicilio en {st} (el aprendiz), acuerdan una formación de tres años como {trade}, con un apoyo mensual "
          "de {amt}, consignado en {ib}. Tutor: {m}. Formación teórica: {sc}.",
    "pt": "CONTRATO DE APRENDIZAGEM\n\nAos {day}, {co} (a entidade empregadora) e {a}, nascido(a) a {dob}, "
          "residente em {st} (o aprendiz), celebram um contrato de formação de três anos como {trade}, com bolsa "
          "mensal de {amt}, paga para {ib}. Orientador: {m}. Formação teórica: {sc}.",
    "fr": "CONTRAT D'APPRENTISSAGE\n\nLe {day}, {co} (l'employeur) et {a}, né(e) le {dob}, domicilié(e) {st} "
          "(l'apprenti), conviennent d'une formation de trois ans au métier de {trade}, avec une allocation "
          "mensuelle de {amt} versée sur {ib}. Maître d'apprentissage : {m}. Formation en centre : {sc}.",
    "it": "CONTRATTO DI APPRENDISTATO\n\nIn data {day} tra {co} (datore di lavoro) e {a}, nato/a il {dob}, "
          "residente in {st} (apprendista), si conviene una formazione triennale come {trade}, con retribuzione "
          "mensile di {amt} accreditata su {ib}. Tutor aziendale: {m}. Formazione esterna: {sc}.",
    "id": "PERJANJIAN MAGANG\n\nPada tanggal {day}, {co} (pemberi kerja) dan {a}, lahir {dob}, beralamat di {st} "
          "(peserta magang), sepakat atas pelatihan tiga tahun sebagai {trade} dengan uang saku bulanan {amt} "
          "yang ditransfer ke {ib}. Pembimbing: {m}. Pelatihan teori: {sc}.",
    "ms": "PERJANJIAN PERANTISAN\n\nPada {day}, {co} (majikan) dan {a}, lahir {dob}, beralamat di {st} (perantis), "
          "bersetuju dengan latihan tiga tahun sebagai {trade} dengan elaun bulanan {amt} ke akaun {ib}. "
          "Mentor: {m}. Latihan teori: {sc}.",
    "vi": "HỢP ĐỒNG HỌC NGHỀ\n\nNgày {day}, {co} (bên sử dụng lao động) và {a}, sinh {dob}, địa chỉ {st} (người học "
          "nghề), thỏa thuận đào tạo ba năm nghề {trade}, trợ cấp hằng tháng {amt} chuyển vào tài khoản {ib}. "
          "Người hướng dẫn: {m}. Đào tạo lý thuyết: {sc}.",
    "nb": "LÆREKONTRAKT\n\nDenne kontrakten er inngått {day} mellom {co} (lærebedrift) og {a}, født {dob}, bosatt "
          "{st} (lærling). Læretiden er tre år som {trade}, med månedslønn {amt} til konto {ib}. "
          "Faglig leder: {m}. Skole: {sc}.",
    "mk": "ДОГОВОР ЗА ЧИРАКУВАЊЕ\n\nНа {day} меѓу {co} (работодавач) и {a}, роден/а на {dob}, со живеалиште {st} "
          "(чирак), се договара тригодишна обука за {trade}, со месечен надомест од {amt} на сметка {ib}. "
          "Ментор: {m}. Теоретска настава: {sc}.",
}  # fmt: skip


def apprenticeship_indenture_contract(v: V) -> Doc:
    a = v.who()
    d = Doc().fmt("{dk}\n\n", dk=v.k("DOCKET", kp.docket(v.rng, v.country)))
    d.fmt(INDENTURE.get(v.lang, INDENTURE["en"]) + "\n\n", day=v.day(), co=v.co(), a=v.as_(a), dob=v.db(form="word"),
          st=v.st(1), trade=v.pk("TRADE", ("welder", "electrician", "baker", "boat builder", "joiner", "mechanic")),
          amt=v.amt(scale=(2.5, 3.5)), ib=v.ib(), m=v.n(), sc=v.school())  # fmt: skip
    d.fmt("BIC {sw}\n", sw=v.sw())
    d.fmt("{x}   {y}   {w}\n{ph} · {em}\n", x=v.as_(a, "g"), y=v.n("init"), w=v.n(), ph=v.ph(), em=v.em(a))
    return d


MICROLOAN = {
    "en": ("Hi {g}, your loan {ref} instalment of {amt} is due {day}. Pay to {ib} or reply HELP.",
           "{g}: payment received {amt}. Balance {amt2}. Officer {o} {ph}", "ok thanks. this is {n} from {st}"),
    "es": ("Hola {g}, la cuota de su crédito {ref} por {amt} vence el {day}. Pague a {ib} o responda AYUDA.",
           "{g}: pago recibido {amt}. Saldo {amt2}. Asesor {o} {ph}", "listo gracias. soy {n}, vivo en {st}"),
    "pt": ("Olá {g}, a prestação do empréstimo {ref} de {amt} vence a {day}. Pague para {ib} ou responda AJUDA.",
           "{g}: pagamento recebido {amt}. Saldo {amt2}. Agente {o} {ph}", "ok obrigado. sou {n} de {st}"),
    "fr": ("Bonjour {g}, l'échéance de votre prêt {ref} de {amt} est due le {day}. Payez sur {ib} ou répondez AIDE.",
           "{g} : paiement reçu {amt}. Solde {amt2}. Agent {o} {ph}", "ok merci. c'est {n}, j'habite {st}"),
    "id": ("Halo {g}, angsuran pinjaman {ref} sebesar {amt} jatuh tempo {day}. Bayar ke {ib} atau balas BANTUAN.",
           "{g}: pembayaran diterima {amt}. Sisa {amt2}. Petugas {o} {ph}", "ok makasih. saya {n} dari {st}"),
    "ms": ("Hai {g}, ansuran pinjaman {ref} sebanyak {amt} perlu dibayar pada {day}. Bayar ke {ib} atau balas BANTU.",
           "{g}: bayaran diterima {amt}. Baki {amt2}. Pegawai {o} {ph}", "ok terima kasih. saya {n} dari {st}"),
    "vi": ("Chào {g}, kỳ trả nợ khoản vay {ref} số tiền {amt} đến hạn ngày {day}. Chuyển vào {ib} hoặc trả lời HOTRO.",
           "{g}: đã nhận {amt}. Dư nợ {amt2}. Cán bộ {o} {ph}", "ok cảm ơn. tôi là {n} ở {st}"),
    "ur": ("السلام علیکم {g}، آپ کے قرض {ref} کی قسط {amt} تاریخ {day} کو واجب الادا ہے۔ ادائیگی {ib} پر کریں۔",
           "{g}: رقم وصول ہوئی {amt}۔ بقایا {amt2}۔ افسر {o} {ph}", "ٹھیک ہے شکریہ۔ میں {n} ہوں، {st}"),
    "bn": ("প্রিয় {g}, আপনার ঋণ {ref} এর কিস্তি {amt} পরিশোধের তারিখ {day}। {ib} এ জমা দিন।",
           "{g}: {amt} জমা হয়েছে। বাকি {amt2}। মাঠকর্মী {o} {ph}", "ঠিক আছে ধন্যবাদ। আমি {n}, {st}"),
    "ne": ("नमस्ते {g}, तपाईंको ऋण {ref} को किस्ता {amt} {day} मा तिर्नुपर्ने छ। {ib} मा जम्मा गर्नुहोस्।",
           "{g}: {amt} प्राप्त भयो। बाँकी {amt2}। कर्मचारी {o} {ph}", "हुन्छ धन्यवाद। म {n}, {st}"),
}  # fmt: skip


def microloan_repayment_sms_reminders(v: V) -> Doc:
    first, second, reply = MICROLOAN.get(v.lang, MICROLOAN["en"])
    b = v.who()
    sender = v.pk("COMPANY", ("MFI-ALERT", "KashFund", "Tanda Kredit", "Grameen SMS"))
    d = Doc().fmt("{s} -> {ph} (opt-in from {ip})\n", s=sender, ph=v.ph("e164"), ip=v.ipa())
    d.fmt("[{day} 09:00] " + first + "\n", day=v.day(), g=v.as_(b, "g"), ref=v.ref(), amt=v.amt(scale=(1.5, 3.0)),
          ib=v.ib())  # fmt: skip
    d.fmt("[{day} 17:41] " + second + "\n", day=v.day(), g=v.as_(b, "g"), amt=v.amt(scale=(1.5, 3.0)),
          amt2=v.amt(scale=(2.0, 3.5)), o=v.n(), ph=v.ph())  # fmt: skip
    d.fmt("[17:52] <- " + reply + "\n", n=v.as_(b, v.rng.choice(("lower", "gs", "sg"))), st=v.st(1))
    return d


def cooperative_housing_waitlist_csv(v: V) -> Doc:
    d = Doc().fmt("# {co} housing co-operative, waiting list as of {day}\n", co=v.pk("COMPANY", ("Hearth Housing Co-op",
                  "Coopérative d'habitation Nunavik", "Boligbyggelaget Namdal", "Cooperativa de Vivienda Nasa Kiwe")),
                  day=v.day())  # fmt: skip
    d.put("position;applicant;date_of_birth;phone;email;household;deposit\n")
    for i in range(v.rng.randint(3, 5)):
        p = v.who()
        d.fmt("{i};\"{n}\";{dob};{ph};{em};{h};{a}\n", i=str(i + 1), n=v.as_(p, v.rng.choice(("SG", "SGU", "gs"))),
              dob=v.db(form=v.rng.choice(("iso", "num"))), ph=v.ph(v.rng.choice(("e164", "nat", "intl"))), em=v.em(p),
              h=str(v.rng.randint(1, 7)), a=v.amt(scale=(2.0, 3.0)))  # fmt: skip
    d.fmt("# secretary: {s}; share capital held in {isin}; deposits to {bk} ({sw})\n", s=v.n(),
          isin=v.k("ISIN", kp.isin(v.rng)), bk=v.bank(), sw=v.sw())  # fmt: skip
    return d


def temple_donation_ledger(v: V) -> Doc:
    d = Doc().fmt("{t} — donations, {day}\n\n", t=v.pk("TEMPLE", ("Wat Si Muang", "Sri Venkateswara Temple",
                  "Kagamine Shrine", "Pashupatinath Mandir Dhangadhi", "Jami Masjid Abbottabad", "Surp Sarkis",
                  "Vihara Dharma Karo")), day=v.day())  # fmt: skip
    d.put("| receipt | donor | offering | method |\n|---|---|---|---|\n")
    for _ in range(v.rng.randint(3, 5)):
        d.fmt("| {r} | {n} | {a} | ", r=f"R-{v.rng.randint(1000, 9999)}", n=v.n(v.rng.choice(("gs", "SG", "upper", "sg"))),
              a=v.amt(scale=(1.0, 3.0)))  # fmt: skip
        how = v.rng.random()
        if how < 0.35:
            d.fmt("transfer {ib} |\n", ib=v.ib())
        elif how < 0.7:
            d.fmt("card {cc} |\n", cc=v.cc())
        else:
            d.put("cash |\n")
    d.fmt("\ntrustee {a}, treasurer {b} ({ph}); account at {bk}, SWIFT {sw}\n", a=v.n(), b=v.g(), ph=v.ph(),
          bk=v.bank(), sw=v.sw())  # fmt: skip
    return d


def asylum_interview_transcript(v: V) -> Doc:
    ap, brother = v.who(), v.who(False)
    mrl, mrn = v.mr()
    d = Doc().fmt("{court}\nSubstantive interview — {dk}\nDate: {day}   Interpreter: {i}   Officer: {o}\n\n",
                  court=v.pk("AUTHORITY", ("Immigration and Protection Tribunal", "Refugee Status Determination Unit",
                  "International Protection Office")), dk=v.k("DOCKET", kp.docket(v.rng, "US")), day=v.day(),
                  i=v.n(), o=v.n("init"))  # fmt: skip
    d.fmt("Q1. Please state your full name and date of birth.\nA. My name is {n}. I was born on {dob}.\n",
          n=v.as_(ap), dob=v.db(form=v.rng.choice(("word", "num", "mon"))))  # fmt: skip
    d.fmt("Q2. Where did you last live in your country?\nA. At {st}.\n", st=v.st(1))
    d.fmt("Q3. Is there anyone there we could contact?\nA. My brother, {b}. His number is {ph}.\n",
          b=v.as_(brother), ph=v.ph("intl"))  # fmt: skip
    d.fmt("Q4. Did you use any identity document to travel?\nA. Only my driving licence, {dl}.\n"
          "Q5. How can your representative reach you?\nA. {em}, or {ph}.\n\nMedical note on file: {icd}. "
          "{ml} {mrn}. Read back to the applicant, {g}, who confirmed it.\n", dl=v.dl()[1], em=v.em(ap), ph=v.abroad(),
          ml=mrl, mrn=mrn,
          icd=v.pk("ICD10", ("F43.10", "T14.1", "Z65.5")), g=v.as_(ap, "g"))  # fmt: skip
    return d


def taxi_dispatch_log(v: V) -> Doc:
    d = Doc().fmt("dispatch {co} shift {day} desk={op}\n", co=v.pk("COMPANY", ("Radio Taxi 24", "CityCab Dispatch",
                  "Taxi Kuujjuaq", "Namsos Taxi", "Sligo Cabs")), day=v.day(), op=v.g())  # fmt: skip
    for _ in range(v.rng.randint(4, 6)):
        d.fmt("{t} JOB#{j} pax=\"{n}\" tel={ph} from=\"{st}\" car={car} drv={drv} fare={a}\n",
              t=f"{v.rng.randint(0, 23):02d}:{v.rng.randint(0, 59):02d}", j=str(v.rng.randint(10000, 99999)),
              n=v.n(v.rng.choice(("lower", "gs", "g", "init"))), ph=v.ph(v.rng.choice(("nat", "e164", "dots"))),
              st=v.st(1), car=str(v.rng.randint(1, 60)), drv=v.g(), a=v.amt(scale=(1.0, 2.0)))  # fmt: skip
    d.fmt("app logins from {ip} and {ip2}\n", ip=v.ipa(), ip2=v.ipa())
    return d


def community_radio_callin_log(v: V) -> Doc:
    d = Doc().fmt("{st} — CALL-IN LOG — {day}\n", st=v.pk("STATION", ("Radio Tamaani", "Voice of Karo FM",
                  "Radio Nasa Kiwe", "Ada Radio 93.3", "Radio Mayagbe", "Radio Rangpur 92.0")), day=v.day())  # fmt: skip
    d.put(f"{'TIME':<7}{'CALLER':<28}{'NUMBER':<20}TOPIC\n")
    for _ in range(v.rng.randint(4, 6)):
        d.fmt("{t:<7}{n:<28}{ph:<20}{topic}\n", t=f"{v.rng.randint(6, 22):02d}:{v.rng.randint(0, 59):02d}",
              n=v.n(v.rng.choice(("upper", "gs", "lower", "g"))), ph=v.ph(v.rng.choice(("nat", "intl"))),
              topic=v.pk("TOPIC", ("road repairs", "school fees", "fishing quota", "clinic hours", "song request")))  # fmt: skip
    d.fmt("presenter {p}; producer {q}\n", p=v.n(), q=v.g())
    return d


def visa_appointment_confirmation_email(v: V) -> Doc:
    ap = v.who()
    d = Doc().fmt("From: {c} <noreply@appointments.example>\nTo: {n} <{em}>\nDate: {day}\nSubject: Appointment "
                  "confirmed — {ref}\nX-Sender-IP: {ip}\n\n", c=v.pk("CENTRE", ("Visa Application Centre",
                  "VFS Global", "TLScontact", "BLS International")), n=v.as_(ap), em=v.em(ap), day=v.day(),
                  ref=v.ref(), ip=v.ipa())  # fmt: skip
    d.fmt("Dear {g},\n\nYour biometrics appointment is confirmed.\n\nApplicant: {u}\nDate of birth: {dob}\n"
          "Contact number: {ph}\nCorrespondence address:\n{st}\n\nService fee {a} was charged to {cc}. Bring the "
          "payment receipt and the sponsor's letter ({sp}, {sph}).\n\n-- \nThis mailbox is not monitored.\n",
          g=v.as_(ap, "g"), u=v.as_(ap, "SGU"), dob=v.db(form=v.rng.choice(("mon", "iso", "num"))), ph=v.ph("intl"),
          st=v.st(v.rng.choice((2, 3))), a=v.amt("USD", (1.8, 2.4)), cc=v.cc(), sp=v.n(), sph=v.abroad())  # fmt: skip
    return d


def audiology_fitting_record_xml(v: V) -> Doc:
    mlab, mrn = v.mr()
    p = v.who()
    d = Doc().fmt('<?xml version="1.0" encoding="UTF-8"?>\n<AudiologyFitting site="{h}" visit="{day}">\n'
                  '  <Client id-label="{ml}" id="{mrn}">\n    <Surname>{s}</Surname>\n    <Forename>{g}</Forename>\n'
                  "    <DOB>{dob}</DOB>\n    <Mobile>{ph}</Mobile>\n    <Email>{em}</Email>\n"
                  "    <Postal>{st}</Postal>\n  </Client>\n  <Finding code=\"{icd}\" pta-left=\"{pl}\" pta-right=\"{pr}\"/>\n"
                  '  <Aid hcpcs="{hc}" model="{m}" serial="{ser}"/>\n  <Audiologist>{au}</Audiologist>\n'
                  "</AudiologyFitting>\n", h=v.hosp(), day=v.day(), ml=mlab, mrn=mrn, s=P("PERSON", p[1]),
                  g=P("PERSON", p[0]), dob=v.db(form=v.rng.choice(("iso", "compact"))), ph=v.ph("e164"), em=v.em(p),
                  st=v.st(1), icd=v.pk("ICD10", ("H90.3", "H91.10")), pl=str(v.rng.randint(25, 80)),
                  pr=str(v.rng.randint(25, 80)), hc=v.pk("HCPCS", ("V5261", "V5011")),
                  m=v.pk("PRODUCT", ("Phonak Audéo P90", "Oticon More 1", "Signia Pure 7X")),
                  ser=v.k("SERIAL", f"SN{v.rng.randint(10000000, 99999999)}"), au=v.n())  # fmt: skip
    return d


PRESCHOOL = {
    "en": ("PRESCHOOL ENROLMENT FORM", "Child"), "hy": ("ՄԱՆԿԱՊԱՐՏԵԶ ԸՆԴՈՒՆԵԼՈՒ ԴԻՄՈՒՄ", "Երեխա"),
    "mn": ("ЦЭЦЭРЛЭГТ ЭЛСЭХ ӨРГӨДӨЛ", "Хүүхэд"), "lo": ("ໃບສະໝັກເຂົ້າອະນຸບານ", "ເດັກ"),
    "gu": ("આંગણવાડી પ્રવેશ ફોર્મ", "બાળક"), "te": ("అంగన్‌వాడీ ప్రవేశ దరఖాస్తు", "బిడ్డ"),
    "am": ("የመዋዕለ ሕፃናት ምዝገባ ቅጽ", "ልጅ"), "ur": ("نرسری داخلہ فارم", "بچہ"), "fa": ("فرم ثبت‌نام پیش‌دبستانی", "کودک"),
    "ne": ("बाल विकास केन्द्र भर्ना फाराम", "बालबालिका"), "bn": ("প্রাক-প্রাথমিক ভর্তি ফরম", "শিশু"),
    "ja": ("保育所入所申込書", "児童"), "ms": ("BORANG PENDAFTARAN TADIKA", "Kanak-kanak"),
    "vi": ("ĐƠN XIN NHẬP HỌC MẦM NON", "Trẻ"), "id": ("FORMULIR PENDAFTARAN PAUD", "Anak"),
    "pt": ("FICHA DE INSCRIÇÃO NO PRÉ-ESCOLAR", "Criança"), "es": ("FORMULARIO DE MATRÍCULA PREESCOLAR", "Niño(a)"),
    "fr": ("FICHE D'INSCRIPTION À LA GARDERIE", "Enfant"), "mk": ("ПРИЈАВА ЗА УПИС ВО ГРАДИНКА", "Дете"),
    "it": ("DOMANDA DI ISCRIZIONE ALLA SCUOLA DELL'INFANZIA", "Bambino/a"),
    "nb": ("SØKNAD OM BARNEHAGEPLASS", "Barn"),
}  # fmt: skip


def preschool_enrolment_form(v: V) -> Doc:
    head, child = _t(v, PRESCHOOL)
    kid, mother, father = v.who(), v.who(True), v.who(False)
    mlab, mrn = v.mr()
    d = Doc().fmt("{sc}\n{t}   {day}\n\n", sc=v.school(), t=v.k("LABEL", head), day=v.day())
    _form(d, v, [(child, v.as_(kid)), ("born", v.db(young=True)), ("mother", v.as_(mother)),
                 ("father", v.as_(father)), ("phone", v.ph()), ("addr", v.st()), ("mail", v.em(mother))])  # fmt: skip
    d.fmt("{h} — {ml}: {mrn}\n", h=v.hosp(), ml=mlab, mrn=mrn)
    _form(d, v, [("sign", v.as_(mother, "g"))])
    return d


def scrap_metal_dealer_register(v: V) -> Doc:
    d = Doc().fmt("{co} — SCRAP METAL PURCHASE REGISTER — {day}\n", co=v.pk("COMPANY", ("Northern Metals Recycling",
                  "Ferro Reciclaje", "Kabanjahe Besi Bekas", "Metalplus Gevgelija")), day=v.day())  # fmt: skip
    d.put(f"{'TICKET':<9}{'SELLER':<26}{'LICENCE':<22}{'KG':<7}{'PAID':<18}ADDRESS\n")
    for _ in range(v.rng.randint(3, 5)):
        d.fmt("{tk:<9}{n:<26}{dl:<22}{kg:<7}{a:<18}{st}\n", tk=f"T{v.rng.randint(10000, 99999)}",
              n=v.n(v.rng.choice(("upper", "SG", "gs"))), dl=v.dl()[1], kg=str(v.rng.randint(20, 900)),
              a=v.amt(scale=(1.0, 2.8)), st=v.st(1))  # fmt: skip
    d.fmt("catalytic converter from {vin} logged by {c}\n", vin=v.k("VIN", kp.vin(v.rng)), c=v.g())
    return d


WELL = {
    "en": ("APPLICATION FOR A WATER WELL DRILLING PERMIT", "Depth", "Driller"),
    "hy": ("ՋՐՀՈՐԻ ՀՈՐԱՏՄԱՆ ԹՈՒՅԼՏՎՈՒԹՅԱՆ ՀԱՅՏ", "Խորություն", "Հորատող"),
    "mn": ("ХУДАГ ӨРӨМДӨХ ЗӨВШӨӨРЛИЙН ХҮСЭЛТ", "Гүн", "Өрөмдөгч"), "lo": ("ຄຳຮ້ອງຂໍເຈາະນ້ຳບາດານ", "ຄວາມເລິກ", "ຜູ້ເຈາະ"),
    "gu": ("બોરવેલ ખોદકામ પરવાનગી અરજી", "ઊંડાઈ", "ખોદનાર"), "te": ("బోరుబావి తవ్వకం అనుమతి దరఖాస్తు", "లోతు", "తవ్వే వ్యక్తి"),
    "am": ("የውሃ ጉድጓድ ቁፋሮ ፈቃድ ማመልከቻ", "ጥልቀት", "ቆፋሪ"), "ur": ("ٹیوب ویل کی کھدائی کی اجازت کی درخواست", "گہرائی", "ڈرلر"),
    "fa": ("درخواست مجوز حفر چاه آب", "عمق", "حفار"), "ne": ("इनार खन्ने अनुमतिको निवेदन", "गहिराइ", "खन्ने"),
    "bn": ("নলকূপ খননের অনুমতির আবেদন", "গভীরতা", "খননকারী"), "ja": ("井戸掘削許可申請書", "深さ", "施工者"),
    "ms": ("PERMOHONAN PERMIT MENGGALI TELAGA", "Kedalaman", "Penggali"),
    "vi": ("ĐƠN XIN PHÉP KHOAN GIẾNG", "Độ sâu", "Đơn vị khoan"), "id": ("PERMOHONAN IZIN PENGEBORAN SUMUR", "Kedalaman", "Pengebor"),
    "pt": ("PEDIDO DE LICENÇA DE FURO DE ÁGUA", "Profundidade", "Sondador"),
    "es": ("SOLICITUD DE PERMISO DE PERFORACIÓN DE POZO", "Profundidad", "Perforador"),
    "fr": ("DEMANDE D'AUTORISATION DE FORAGE D'UN PUITS", "Profondeur", "Foreur"),
    "mk": ("БАРАЊЕ ЗА ДОЗВОЛА ЗА ДУПЧЕЊЕ БУНАР", "Длабочина", "Дупчач"),
    "it": ("DOMANDA DI AUTORIZZAZIONE ALLA TRIVELLAZIONE DI UN POZZO", "Profondità", "Ditta perforatrice"),
    "nb": ("SØKNAD OM BORING AV BRØNN", "Dybde", "Brønnborer"),
}  # fmt: skip


def well_drilling_permit_application(v: V) -> Doc:
    head, depth, driller = _t(v, WELL)
    o = v.who()
    d = Doc().fmt("{court}\n{t}\n{dk}   e-filed from {ip}\n\n", court=v.court(), t=v.k("LABEL", head),
                  dk=v.k("DOCKET", kp.docket(v.rng, v.country)), ip=v.ipa())  # fmt: skip
    _form(d, v, [("surname", P("PERSON", o[1])), ("given", P("PERSON", o[0])), ("born", v.db()), ("addr", v.st()),
                 ("phone", v.ph()), ("mail", v.em(o))])  # fmt: skip
    d.fmt("GPS {lat}, {lon}\n{dl}: {m} m\n{drl}: {co} — {dn}\n{a} → {ib} ({sw})\n{cit}\n", lat=v.k("COORD",
          f"{v.rng.uniform(-10, 60):.5f}"), lon=v.k("COORD", f"{v.rng.uniform(-120, 140):.5f}"), dl=v.k("LABEL", depth),
          m=str(v.rng.randint(20, 180)), drl=v.k("LABEL", driller), co=v.co(), dn=v.n(), a=v.amt(scale=(2.0, 3.2)),
          ib=v.ib(), sw=v.sw(), cit=v.law())  # fmt: skip
    return d


def market_stall_allocation_tsv(v: V) -> Doc:
    d = Doc().fmt("market\t{m}\nallocation\t{day}\n\n", m=v.pk("MARKET", ("Naryn Khuree Market", "Talat Sao",
                  "Gudri Bazaar", "Pasar Roga Berastagi", "Mercado de Toribío", "Sibu Central Market",
                  "Mercato di Pergine")), day=v.day())  # fmt: skip
    d.put("stall\ttrader\tmobile\tgoods\tfee\trefund_iban\n")
    for _ in range(v.rng.randint(3, 5)):
        d.fmt("{s}\t{n}\t{ph}\t{g}\t{a}\t{ib}\n", s=f"{v.rng.choice('ABCDEF')}-{v.rng.randint(1, 80):02d}",
              n=v.n(v.rng.choice(("upper", "SG", "gs", "lower"))), ph=v.ph(v.rng.choice(("nat", "e164"))),
              g=v.pk("GOODS", ("vegetables", "fish", "textiles", "spices", "phone repair")), a=v.amt(scale=(1.0, 2.5)),
              ib=v.ib() if v.rng.random() < 0.6 else v.cc())  # fmt: skip
    d.fmt("\nmarket master\t{m}\t{em}\nbank\t{bk}\t{sw}\n", m=v.n(), em=v.em(), bk=v.bank(), sw=v.sw())
    return d


def bus_season_ticket_json(v: V) -> Doc:
    p = v.who()
    d = Doc().fmt('{{"type": "season_ticket", "operator": "{op}", "order": "{ref}", "ts": "{day}", "ip": "{ip}",\n'
                  ' "holder": {{"family": "{s}", "given": "{g}", "birth_date": "{dob}", "email": "{em}",\n'
                  '            "mobile": "{ph}", "home": "{st}"}},\n "zones": [1, 2, 3], "price": "{a}",\n'
                  ' "payment": {{"pan": "{cc}", "gtin": "{gt}"}}}}\n', op=v.pk("COMPANY", ("Rejang Bus Co", "Sibu Express",
                  "Trentino Trasporti", "AtB", "Bus Éireann", "Transportes Toribío")), ref=v.ref(), day=v.day(),
                  ip=v.ipa(), s=P("PERSON", p[1]), g=P("PERSON", p[0]), dob=v.db(form="iso"), em=v.em(p),
                  ph=v.ph(v.rng.choice(("e164", "intl"))), st=v.st(1), a=v.amt(scale=(1.5, 2.5)), cc=v.cc(),
                  gt=v.k("GTIN", kp.gtin(v.rng)))  # fmt: skip
    return d


def hl7_siu_appointment_message(v: V) -> Doc:
    mlab, mrn = v.mr()
    p, dr = v.who(), v.who()
    d = Doc().fmt("MSH|^~\\&|SCHED|{h}|EHR|CLINIC|{ts}||SIU^S12|{ref}|P|2.5\n", h=v.hosp(),
                  ts=v.k("TIMESTAMP", f"2026{v.rng.randint(1, 12):02d}{v.rng.randint(10, 28)}0815"), ref=v.ref())  # fmt: skip
    d.fmt("SCH|{a1}||||||ROUTINE^Routine|FOLLOWUP|30|MIN\n", a1=v.ref())
    d.fmt("PID|1||{mrn}^^^{ml}^MR||{s}^{g}||{dob}|{sex}|||{st}||{ph}|||||||||{em}\n", mrn=mrn, ml=mlab,
          s=P("PERSON", p[1]), g=P("PERSON", p[0]), dob=v.db(form="compact"), sex="F" if p[2] else "M", st=v.st(1),
          ph=v.ph(), em=v.em(p))  # fmt: skip
    d.fmt("DG1|1||{icd}\nAIP|1||{ds}^{dg}|ATTENDING\nAIL|1||{h2}\n", icd=v.pk("ICD10", kp.ICD10),
          ds=P("PERSON", dr[1]), dg=P("PERSON", dr[0]), h2=v.hosp())  # fmt: skip
    return d


def x12_270_eligibility_inquiry(v: V) -> Doc:
    sub = v.who()
    d = Doc().fmt("ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*PAYERID        *260105*1030*^*00501*{ctl}*0*P*:~\n"
                  "GS*HS*CLINIC*PAYER*20260105*1030*7*X*005010X279A1~\nST*270*0007*005010X279A1~\n"
                  "BHT*0022*13*{ref}*20260105*1030~\nHL*1**20*1~\nNM1*PR*2*{payer}*****PI*{ein}~\n",
                  snd=v.k("SENDER", "TRIBALCLINIC"), ctl=v.k("CONTROL", str(v.rng.randint(100000000, 999999999))),
                  ref=v.ref(), payer=v.co(), ein=v.k("EIN", f"{v.rng.randint(10, 99)}{v.rng.randint(1000000, 9999999)}"))  # fmt: skip
    prov = v.who()
    d.fmt("HL*2*1*21*1~\nNM1*1P*1*{ps}*{pg}****XX*{npi}~\nHL*3*2*22*0~\nTRN*1*{trn}*9TRIBALCLN~\n",
          ps=P("PERSON", prov[1].upper()), pg=P("PERSON", prov[0].upper()), npi=v.k("NPI", f"1{v.rng.randint(100000000, 999999999)}"),
          trn=v.ref())  # fmt: skip
    d.fmt("NM1*IL*1*{s}*{g}****MI*{mid}~\nREF*SY*{ssn}~\nN3*{st}~\nDMG*D8*{dob}*{sex}~\nDTP*291*D8*20260105~\n"
          "EQ*30~\n", s=P("PERSON", sub[1].upper()), g=P("PERSON", sub[0].upper()),
          mid=v.k("MEMBER", f"W{v.rng.randint(100000000, 999999999)}"), ssn=v.sn(), st=v.st(1),
          dob=v.db(form="compact"), sex="F" if sub[2] else "M")  # fmt: skip
    for _ in range(v.rng.randint(1, 2)):
        _x12_dependant(d, v, sub[1])
    d.fmt("SE*14*0007~\nGE*1*7~\nIEA*1*{ctl}~\n", ctl=v.k("CONTROL", f"{v.rng.randint(100000000, 999999999)}"))  # fmt: skip
    return d


def _x12_dependant(d: Doc, v: V, surname: str) -> None:
    dep = v.who()
    d.fmt("HL*4*3*23*0~\nNM1*03*1*{s}*{g}~\nREF*SY*{ssn}~\nDMG*D8*{dob}~\n", s=P("PERSON", surname.upper()),
          g=P("PERSON", dep[0].upper()), ssn=v.sn(), dob=v.db(young=True, form="compact"))  # fmt: skip


def emergency_rental_assistance_application(v: V) -> Doc:
    ap = v.who()
    d = Doc().fmt("EMERGENCY RENTAL ASSISTANCE — APPLICATION {ref}\n{court}\n\nSection A. Applicant\n", ref=v.ref(),
                  court=v.pk("AUTHORITY", ("Tribal Housing Authority", "County Human Services", "Community Action "
                  "Partnership")))  # fmt: skip
    d.fmt("Legal name: {n}\nSocial Security number: {ssn}\nDate of birth: {dob}\nRental unit address:\n{st}\n"
          "Phone: {ph}   Email: {em}\n\nSection B. Household members\n", n=v.as_(ap, v.rng.choice(("gs", "upper", "SGU"))),
          ssn=v.sn(), dob=v.db(), st=v.st(v.rng.choice((2, 3))), ph=v.ph(v.rng.choice(("nat", "paren", "ext"))),
          em=v.em(ap))  # fmt: skip
    for _ in range(v.rng.randint(2, 4)):
        d.fmt("- {m}, born {dob}, SSN {ssn}\n", m=v.n("gs"), dob=v.db(young=v.rng.random() < 0.5), ssn=v.sn())
    d.fmt("\nSection C. Landlord\nName: {l}\nPhone: {lph}\nArrears claimed: {a}\nCitation: {cit}\n\n"
          "I certify the above is true. {sig}   {day}\n", l=v.n(), lph=v.ph(), a=v.amt("USD", (2.5, 3.6)),
          cit=v.law(), sig=v.as_(ap, "gs"), day=v.day())  # fmt: skip
    return d


SHELTER = {
    "en": ("NIGHT SHELTER — INTAKE CARD", "Last settled address", "Emergency contact", "Key worker"),
    "hy": ("ԳԻՇԵՐԱՅԻՆ ԿԱՑԱՐԱՆ — ԸՆԴՈՒՆՄԱՆ ՔԱՐՏ", "Վերջին հասցե", "Վստահված անձ", "Սոցաշխատող"),
    "mn": ("ХОНОГИЙН БАЙР — БҮРТГЭЛИЙН КАРТ", "Сүүлд амьдарч байсан хаяг", "Яаралтай холбоо барих", "Нийгмийн ажилтан"),
    "ja": ("緊急一時宿泊所 受付票", "直近の住所", "緊急連絡先", "担当職員"),
    "vi": ("NHÀ TẠM TRÚ BAN ĐÊM — PHIẾU TIẾP NHẬN", "Địa chỉ cư trú gần nhất", "Người liên hệ khẩn cấp", "Cán bộ phụ trách"),
    "id": ("RUMAH SINGGAH — KARTU PENERIMAAN", "Alamat terakhir", "Kontak darurat", "Pendamping"),
    "ms": ("TEMPAT PERLINDUNGAN MALAM — KAD PENERIMAAN", "Alamat terakhir", "Waris untuk dihubungi", "Pegawai kes"),
    "pt": ("ABRIGO NOTURNO — FICHA DE ACOLHIMENTO", "Última morada", "Contacto de emergência", "Técnico de referência"),
    "es": ("HOGAR DE PASO — FICHA DE INGRESO", "Última dirección", "Contacto de emergencia", "Trabajador social"),
    "fr": ("HÉBERGEMENT D'URGENCE — FICHE D'ACCUEIL", "Dernière adresse", "Personne à joindre", "Intervenant"),
    "mk": ("НОЌНО ЗАСОЛНИШТЕ — ПРИЕМНА КАРТИЧКА", "Последна адреса", "Контакт за итни случаи", "Социјален работник"),
    "it": ("DORMITORIO NOTTURNO — SCHEDA DI ACCOGLIENZA", "Ultimo indirizzo", "Contatto di emergenza", "Operatore"),
    "nb": ("NATTLY — INNTAKSKORT", "Siste faste adresse", "Nærmeste pårørende", "Kontaktperson"),
    "ur": ("رات کی پناہ گاہ — اندراج کارڈ", "آخری پتہ", "ہنگامی رابطہ", "سماجی کارکن"),
    "fa": ("گرمخانه شبانه — کارت پذیرش", "آخرین نشانی", "تماس اضطراری", "مددکار"),
    "bn": ("রাত্রিকালীন আশ্রয় — ভর্তি কার্ড", "সর্বশেষ ঠিকানা", "জরুরি যোগাযোগ", "সমাজকর্মী"),
    "ne": ("रात्रि आश्रय — भर्ना कार्ड", "अन्तिम ठेगाना", "आपत्कालीन सम्पर्क", "सामाजिक कार्यकर्ता"),
}  # fmt: skip


def night_shelter_intake_card(v: V) -> Doc:
    head, last, contact, worker = _t(v, SHELTER)
    g = v.who()
    mlab, mrn = v.mr()
    d = Doc().fmt("{t}   {day}   bed {b}\n\n", t=v.k("LABEL", head), day=v.day(), b=str(v.rng.randint(1, 40)))
    _form(d, v, [("name", v.as_(g)), ("born", v.db()), (last, v.st()), ("phone", v.ph()), (contact, v.n()),
                 ("phone", v.ph())])  # fmt: skip
    d.fmt(
        "{h} — {ml}: {mrn}\n{w}: {k}\n", h=v.hosp(), ml=mlab, mrn=mrn, w=v.k("LABEL", worker), k=v.n("init")
    )
    return d


def music_school_tuition_invoice(v: V) -> Doc:
    parent = v.who()
    d = Doc().fmt("{sc} — Music Department\nInvoice {ref}   {day}\n\nBill to:\n{p}\n{st}\n\n", sc=v.school(),
                  ref=v.ref(), day=v.day(), p=v.as_(parent), st=v.st(v.rng.choice((2, 3))))  # fmt: skip
    d.put("| pupil | instrument | lessons | amount |\n|---|---|---|---|\n")
    for _ in range(v.rng.randint(1, 3)):
        d.fmt("| {k} | {i} | {n} | {a} |\n", k=v.g(), i=v.pk("INSTRUMENT", ("violin", "tabla", "morin khuur",
              "khene", "accordion", "hardanger fiddle", "guitar")), n=str(v.rng.randint(8, 24)), a=v.amt(scale=(2.0, 3.0)))  # fmt: skip
    d.fmt("\nPlease pay by transfer to {ib}, BIC {sw}, or by card on the portal. Queries: {t} ({ph}, {em}).\n",
          ib=v.ib(), sw=v.sw(), t=v.n("init"), ph=v.ph("ext"), em=v.em())  # fmt: skip
    return d


def plasma_donor_profile_ini(v: V) -> Doc:
    mlab, mrn = v.mr()
    p = v.who()
    d = Doc().fmt("; plasma donor profile export — {co}\n[donor]\nfamily_name = {s}\ngiven_names = {g}\n"
                  "birth_date = {dob}\nmobile = {ph}\nemail = {em}\naddress = {st}\n\n[screening]\nrecord_label = {ml}\n"
                  "record_no = {mrn}\nlast_visit = {day}\nvaccine_atc = {atc}\n\n[payout]\n", co=v.pk("COMPANY",
                  ("PlasmaCare", "BioLife Centre", "Octapharma Plasma")), s=P("PERSON", p[1]), g=P("PERSON", p[0]),
                  dob=v.db(form=v.rng.choice(("iso", "num"))), ph=v.ph("e164"), em=v.em(p), st=v.st(1), ml=mlab,
                  mrn=mrn, day=v.day(), atc=v.pk("ATC", kp.ATC))  # fmt: skip
    if v.rng.random() < 0.5:
        d.fmt("method = card\ncard = {cc}\n", cc=v.cc())
    else:
        d.fmt("method = transfer\niban = {ib}\nbic = {sw}\n", ib=v.ib(), sw=v.sw())
    d.fmt("amount = {a}\nlast_login_ip = {ip}\n", a=v.amt(scale=(1.3, 2.0)), ip=v.ipa())
    return d


PHOTO = {
    "en": ("hello! is {day} still free for our wedding? I'm {a}", "it is! who's the other half?",
           "{b} — we live at {st}", "deposit {amt} to {ib} please. my number {ph}, mail {em}"),
    "es": ("¡hola! ¿el {day} sigue libre para nuestra boda? soy {a}", "¡sí! ¿y la otra mitad?",
           "{b} — vivimos en {st}", "el anticipo de {amt} a {ib} por favor. mi número {ph}, correo {em}"),
    "pt": ("olá! o dia {day} ainda está livre para o nosso casamento? sou {a}", "está! e a outra metade?",
           "{b} — moramos na {st}", "o sinal de {amt} para {ib} por favor. o meu número {ph}, mail {em}"),
    "fr": ("bonjour ! le {day} est-il encore libre pour notre mariage ? je suis {a}", "oui ! et l'autre moitié ?",
           "{b} — on habite au {st}", "acompte de {amt} sur {ib} svp. mon numéro {ph}, courriel {em}"),
    "it": ("ciao! il {day} è ancora libero per il nostro matrimonio? sono {a}", "sì! e l'altra metà?",
           "{b} — abitiamo in {st}", "caparra di {amt} su {ib} per favore. il mio numero {ph}, mail {em}"),
    "id": ("halo! tanggal {day} masih kosong untuk pernikahan kami? saya {a}", "masih! pasangannya siapa?",
           "{b} — kami tinggal di {st}", "DP {amt} ke {ib} ya. nomor saya {ph}, email {em}"),
    "ms": ("hai! {day} masih kosong untuk majlis kahwin kami? saya {a}", "masih! pasangan siapa?",
           "{b} — kami tinggal di {st}", "deposit {amt} ke {ib} ya. nombor saya {ph}, emel {em}"),
    "vi": ("chào anh! ngày {day} còn trống để chụp cưới không? em là {a}", "còn em! còn chú rể là ai?",
           "{b} — nhà em ở {st}", "đặt cọc {amt} vào {ib} nhé. số của anh {ph}, thư {em}"),
    "nb": ("hei! er {day} fortsatt ledig til bryllupet vårt? jeg heter {a}", "ja! hvem er den andre?",
           "{b} — vi bor i {st}", "depositum {amt} til {ib}. nummeret mitt {ph}, e-post {em}"),
    "mk": ("здраво! дали {day} е слободно за нашата свадба? јас сум {a}", "да! а кој е другиот?",
           "{b} — живееме на {st}", "капаро {amt} на {ib} ве молам. мојот број {ph}, пошта {em}"),
}  # fmt: skip


def wedding_photographer_booking_chat(v: V) -> Doc:
    one, two, three, four = PHOTO.get(v.lang, PHOTO["en"])
    a, b, ph_ = v.who(), v.who(), v.who()
    d = Doc().fmt("{co} · chat\n", co=v.pk("COMPANY", ("Lumière Studio", "Foto Karo Indah", "Studio Aurora",
                  "Ngiik Photo Sibu", "Lysglimt Foto")))  # fmt: skip
    d.fmt(
        "[{day} 20:11] {x}: " + one + "\n",
        day=v.day(),
        x=v.as_(a, "g"),
        a=v.as_(a, v.rng.choice(("gs", "lower"))),
    )
    d.fmt("[20:13] {x}: " + two + "\n", x=v.as_(ph_, "g"))
    d.fmt("[20:15] {x}: " + three + "\n", x=v.as_(a, "g"), b=v.as_(b), st=v.st(1))
    d.fmt("[20:16] {x}: " + four + "\n", x=v.as_(ph_, "g"), amt=v.amt(scale=(2.5, 3.5)), ib=v.ib(), ph=v.ph(),
          em=v.em(ph_))  # fmt: skip
    return d


MEMORIAL = {
    "en": "IN LOVING MEMORY\n\n{d}, born {dob}, of {st}, passed away peacefully on {day}. Sadly missed by {w}, "
          "children {c1} and {c2}. Enquiries to {f} on {ph}.",
    "hy": "ՀԻՇԱՏԱԿ\n\n{d}, ծնված {dob}, բնակվող {st}, կնքեց մահկանացուն {day}-ին։ Սգում են {w}, զավակները՝ {c1} և "
          "{c2}։ Տեղեկությունների համար՝ {f}, հեռ. {ph}։",
    "mn": "ЭМГЭНЭЛ\n\n{d} ({dob}-нд төрсөн, {st}) {day}-нд таалал төгсөв. Ар гэрийнхэн: {w}, хүүхдүүд {c1}, {c2}. "
          "Лавлах: {f}, утас {ph}.",
    "vi": "CÁO PHÓ\n\n{d}, sinh {dob}, trú tại {st}, đã từ trần ngày {day}. Tang gia: {w}, các con {c1} và {c2}. "
          "Liên hệ: {f}, điện thoại {ph}.",
    "id": "BERITA DUKA\n\nTelah berpulang {d}, lahir {dob}, alamat {st}, pada {day}. Yang berduka: {w}, anak-anak "
          "{c1} dan {c2}. Informasi: {f}, telp. {ph}.",
    "ms": "BERITA KEMATIAN\n\nTelah kembali ke rahmatullah {d}, lahir {dob}, dari {st}, pada {day}. Meninggalkan {w}, "
          "anak-anak {c1} dan {c2}. Hubungi {f} di {ph}.",
    "pt": "NECROLOGIA\n\nFaleceu a {day} {d}, nascido(a) a {dob}, residente em {st}. A família, {w} e os filhos {c1} "
          "e {c2}, agradece. Contacto: {f}, {ph}.",
    "es": "OBITUARIO\n\nFalleció el {day} {d}, nacido(a) el {dob}, residente en {st}. Lo lloran {w} y sus hijos {c1} "
          "y {c2}. Información: {f}, {ph}.",
    "fr": "AVIS DE DÉCÈS\n\n{d}, né(e) le {dob}, domicilié(e) {st}, nous a quittés le {day}. De la part de {w}, de "
          "ses enfants {c1} et {c2}. Renseignements : {f}, {ph}.",
    "it": "NECROLOGIO\n\nÈ mancato/a il {day} {d}, nato/a il {dob}, residente in {st}. Ne danno il triste annuncio "
          "{w} e i figli {c1} e {c2}. Informazioni: {f}, tel. {ph}.",
    "nb": "DØDSFALL\n\nVår kjære {d}, født {dob}, {st}, sovnet stille inn {day}. Sørgende: {w}, barna {c1} og {c2}. "
          "Henvendelser til {f}, tlf. {ph}.",
    "mk": "ТАЖНА ВЕСТ\n\nНа {day} почина {d}, роден/а на {dob}, од {st}. Ожалостени: {w}, децата {c1} и {c2}. "
          "Информации: {f}, тел. {ph}.",
    "ja": "訃報\n\n{d}({dob}生、{st})が{day}に永眠いたしました。喪主 {w}、子 {c1}、{c2}。お問い合わせは{f}({ph})まで。",
    "ne": "दुःखद निधन\n\n{d}, जन्म {dob}, ठेगाना {st}, को {day} मा निधन भयो। शोकाकुल: {w}, सन्तान {c1} र {c2}। "
          "सम्पर्क: {f}, फोन {ph}।",
    "bn": "শোক সংবাদ\n\n{d}, জন্ম {dob}, ঠিকানা {st}, {day} তারিখে ইন্তেকাল করেছেন। শোকাহত: {w}, সন্তান {c1} ও {c2}। "
          "যোগাযোগ: {f}, ফোন {ph}।",
}  # fmt: skip


def memorial_notice(v: V) -> Doc:
    dec = v.who()
    d = Doc().fmt("{paper}, {day}\n\n", paper=v.pk("PAPER", ("The Sligo Champion", "Oshima Shimbun", "Kompas",
                  "Nova Makedonija", "Trønder-Avisa", "L'Adige", "Daily Graphic", "Awaz Sibu")), day=v.day())  # fmt: skip
    d.fmt(MEMORIAL.get(v.lang, MEMORIAL["en"]) + "\n", d=v.as_(dec), dob=v.db(form="word"), st=v.st(1), day=v.day(),
          w=v.n(female=not dec[2]), c1=v.g(), c2=v.n(), f=v.pk("COMPANY", ("Funeral Services", "Memorial Care")),
          ph=v.ph())  # fmt: skip
    return d


def livestock_movement_permit_yaml(v: V) -> Doc:
    iss, num = v.dl()
    o, vet = v.who(), v.who()
    d = Doc().fmt("# livestock movement permit\npermit_no: {ref}\nissued: {day}\nauthority: {court}\nowner:\n"
                  "  name: \"{n}\"\n  born: \"{dob}\"\n  phone: \"{ph}\"\n  address: \"{st}\"\n  driver_licence:\n"
                  "    issuer: {iss}\n    number: \"{num}\"\nanimals:\n  species: {sp}\n  head: {h}\n  ear_tags: [{t1}, {t2}]\n"
                  "transport:\n  vin: {vin}\nveterinarian: \"{vn}\"\nvet_email: {em}\nfee: \"{a}\"\n", ref=v.ref(),
                  day=v.day(), court=v.court(), n=v.as_(o), dob=v.db(form=v.rng.choice(("iso", "num"))),
                  ph=v.ph("intl"), st=v.st(1), iss=iss, num=num, sp=v.pk("SPECIES", ("cattle", "goats", "yaks",
                  "reindeer", "water buffalo", "sheep")), h=str(v.rng.randint(2, 60)),
                  t1=v.k("EARTAG", f"{v.country}{v.rng.randint(100000, 999999)}"),
                  t2=v.k("EARTAG", f"{v.country}{v.rng.randint(100000, 999999)}"), vin=v.k("VIN", kp.vin(v.rng)),
                  vn=v.as_(vet), em=v.em(vet), a=v.amt(scale=(1.0, 2.0)))  # fmt: skip
    return d


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    fishing_licence_application,
    apprenticeship_indenture_contract,
    microloan_repayment_sms_reminders,
    cooperative_housing_waitlist_csv,
    temple_donation_ledger,
    asylum_interview_transcript,
    taxi_dispatch_log,
    community_radio_callin_log,
    visa_appointment_confirmation_email,
    audiology_fitting_record_xml,
    preschool_enrolment_form,
    scrap_metal_dealer_register,
    well_drilling_permit_application,
    market_stall_allocation_tsv,
    bus_season_ticket_json,
    hl7_siu_appointment_message,
    x12_270_eligibility_inquiry,
    emergency_rental_assistance_application,
    night_shelter_intake_card,
    music_school_tuition_invoice,
    plasma_donor_profile_ini,
    wedding_photographer_booking_chat,
    memorial_notice,
    livestock_movement_permit_yaml,
)
US_ONLY = ("x12_270_eligibility_inquiry", "emergency_rental_assistance_application")
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
