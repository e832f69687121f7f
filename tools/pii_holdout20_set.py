"""The twentieth holdout PII set: `python -m tools.pii_holdout20_set` writes benchmarks/pii_intl/holdout20.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written blind: without opening
Charter's recognizers, their word lists, the benchmark's results or any misses file, and the scrubber was never
run on it while it was written. The nineteenth set was read only for its API, row schema and test model (its
Doc/P/K assembly and `problems` check are mirrored); the earlier sets' family names, locales and name origins
were listed only to avoid them; the value generators (tools/pii_holdout20_values.py) and the must-keep
generators (tools/pii_holdout20_keep.py) were written from scratch. Families: chimney sweep inspection
certificates, bicycle theft police reports, amateur radio licence applications, boat mooring permit renewals,
choir tour rooming lists (CSV), kite festival entrant lists (pipe tables), locksmith call-out logs
(fixed-width), orchard picker rosters (TSV), dietitian referrals (JSON), sheepdog trial entries (XML), home
solar installer job sheets (INI), dog grooming appointments (YAML), HL7 MDM document notifications, EDIFACT
IFTMIN consignment instructions, X12 276 claim status inquiries, Medicaid ride trip requests, burst pipe damage
complaint letters, roof repair contractor chats, school fee reminder SMS, mutual aid society committee minutes,
tractor sale agreements, second-hand phone purchase receipts, summer camp waitlist e-mails and lost passport
declarations.

Person names come from hand-written lists of twenty-six origins no earlier split uses (see _LISTS in the
values module), ten given names a sex and ten family names an origin, in Syriac (Turoyo), Adlam (Pular,
transliterated letter by letter from the Guinean Latin spelling), Thai, Georgian, Hebrew, Kannada, Odia,
Devanagari, Tibetan, Cyrillic, Arabic, Chinese, Japanese (kanji and katakana), Ethiopic and Latin scripts.
Chinese (Xiang) and Japanese (Miyako) names are written family name first without a space; Awajún names carry
two surnames (father's, then mother's); Abaza and Khanty women carry the feminine form (Лоова, Сопочина).

Weak points, honestly: the name lists are short (ten names a list), so a recognizer that knows a few of them
scores out of proportion; several lists were written from general knowledge rather than attested registers:
the Turoyo names are spelled in Syriac as recalled (clan names such as ܒܪܨܘܡ or ܡܩܕܣܝ are real but the list
is a guess at frequency), the Adlam spellings are a mechanical transliteration (no long-vowel or
prenasalised-consonant conventions checked), the Beary 'family names' are place and house names and
honorifics (ಹಾಜಿ, ಸಾಹೇಬ್) since Bearys mostly carry a father's name, the Dolpo 'family names' mix clan and
Nepali caste names (བླ་མ, གུ་རུང) spelled in Tibetan script, the Kambaata 'family names' are fathers' names
and only some are Kambaata, the Frafra, Embu, Toraja, Awajún and Yaqui given-name lists are mostly church
names, and the Kuvi Kondh list mixes Odia names with Kondh clan names; the per-language templates are short and
were not checked by native speakers; eleven of the twenty-four families (the chimney, bicycle theft, radio
licence, mooring, lost passport and phone receipt forms, the burst pipe letter, the roof chat, the school fee
SMS, the aid society minutes and the tractor sale agreement) are written in the locale's language, and the
prose and chat ones only for eleven or twelve of the twenty label languages (the form titles for fourteen to
twenty-one); the other thirteen keep English or format-only boilerplate, with at most a record-number label
in the local language (the Oji-Cree, Frafra, Yaqui and Chickasaw locales are English throughout); the names of
companies, choirs, festivals, orchards, salons and schools are drawn from one pool, not the document's
country, so a Georgian chat may name a Sardinian roofer; the Thai chat's customer always uses the women's
polite particle; IBANs are of the document's country only for the seven of its countries that have IBANs
(Sweden, Georgia, Israel, the Netherlands, Germany, Italy, Saudi Arabia), the rest drawn from seventy-two
registry countries at random;
street names are few per country (four), so addresses repeat, and a locale's towns are three; the US-only
families (X12 276, Medicaid rides) carry all the SSNs (about forty), in two locales only; Miyako women's
katakana names and Georgian dates of birth in words are few (under twenty); phone number prefixes were chosen
by hand and phonenumbers' metadata decides the rest, so a range it misjudges would be mislabelled; Indian
licence numbers draw the RTO digits at random (KA1x, OD1x, CG0x); driver's licence and medical record layouts
are invented, plausible rather than official; Thai dates of birth in words use the Buddhist era (+543) while
every other date is Gregorian, and all digits are ASCII (no Thai, Devanagari, Odia, Kannada, Tibetan or
Eastern Arabic digits); names in scripts without case never appear lower-cased, upper-cased or as initials.

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

from tools import pii_holdout20_keep as kp
from tools.pii_holdout20_values import ABROAD, LOCALES, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout20.jsonl"
SEED = 7351229
DOCUMENTS = 504
SPLIT = "holdout20"

# Field labels of forms, per language of the locale.
LABELS: dict[str, dict[str, str]] = {
    "en": {"name": "Full name", "surname": "Surname", "given": "Given name(s)", "born": "Date of birth",
           "phone": "Telephone", "addr": "Address", "mail": "Email", "dl": "Driving licence no.",
           "sign": "Signed", "mother": "Mother", "father": "Father"},
    "sv": {"name": "Namn", "surname": "Efternamn", "given": "Förnamn", "born": "Födelsedatum", "phone": "Telefon",
           "addr": "Adress", "mail": "E-post", "dl": "Körkortsnummer", "sign": "Underskrift", "mother": "Mor",
           "father": "Far"},
    "fr": {"name": "Nom et prénoms", "surname": "Nom", "given": "Prénoms", "born": "Date de naissance",
           "phone": "Téléphone", "addr": "Adresse", "mail": "Courriel", "dl": "N° du permis de conduire",
           "sign": "Signature", "mother": "Mère", "father": "Père"},
    "th": {"name": "ชื่อ-นามสกุล", "surname": "นามสกุล", "given": "ชื่อ", "born": "วันเกิด", "phone": "โทรศัพท์",
           "addr": "ที่อยู่", "mail": "อีเมล", "dl": "เลขที่ใบขับขี่", "sign": "ลงชื่อ", "mother": "มารดา",
           "father": "บิดา"},
    "ka": {"name": "სახელი, გვარი", "surname": "გვარი", "given": "სახელი", "born": "დაბადების თარიღი",
           "phone": "ტელეფონი", "addr": "მისამართი", "mail": "ელ. ფოსტა", "dl": "მართვის მოწმობის №",
           "sign": "ხელმოწერა", "mother": "დედა", "father": "მამა"},
    "he": {"name": "שם מלא", "surname": "שם משפחה", "given": "שם פרטי", "born": "תאריך לידה", "phone": "טלפון",
           "addr": "כתובת", "mail": "דוא\"ל", "dl": "מספר רישיון נהיגה", "sign": "חתימה", "mother": "שם האם",
           "father": "שם האב"},
    "kn": {"name": "ಪೂರ್ಣ ಹೆಸರು", "surname": "ಮನೆತನದ ಹೆಸರು", "given": "ಹೆಸರು", "born": "ಜನ್ಮ ದಿನಾಂಕ",
           "phone": "ದೂರವಾಣಿ", "addr": "ವಿಳಾಸ", "mail": "ಇಮೇಲ್", "dl": "ಚಾಲನಾ ಪರವಾನಗಿ ಸಂಖ್ಯೆ", "sign": "ಸಹಿ",
           "mother": "ತಾಯಿ", "father": "ತಂದೆ"},
    "or": {"name": "ପୂରା ନାମ", "surname": "ସାଙ୍ଗିଆ", "given": "ନାମ", "born": "ଜନ୍ମ ତାରିଖ", "phone": "ଫୋନ",
           "addr": "ଠିକଣା", "mail": "ଇମେଲ", "dl": "ଡ୍ରାଇଭିଂ ଲାଇସେନ୍ସ ନଂ", "sign": "ଦସ୍ତଖତ", "mother": "ମାତା",
           "father": "ପିତା"},
    "hi": {"name": "पूरा नाम", "surname": "उपनाम", "given": "नाम", "born": "जन्म तिथि", "phone": "मोबाइल",
           "addr": "पता", "mail": "ईमेल", "dl": "ड्राइविंग लाइसेंस सं.", "sign": "हस्ताक्षर", "mother": "माता",
           "father": "पिता"},
    "ne": {"name": "पूरा नाम थर", "surname": "थर", "given": "नाम", "born": "जन्म मिति", "phone": "सम्पर्क नम्बर",
           "addr": "ठेगाना", "mail": "इमेल", "dl": "चालक अनुमतिपत्र नं.", "sign": "दस्तखत", "mother": "आमाको नाम",
           "father": "बुबाको नाम"},
    "ru": {"name": "Ф.И.О.", "surname": "Фамилия", "given": "Имя", "born": "Дата рождения", "phone": "Телефон",
           "addr": "Адрес", "mail": "Эл. почта", "dl": "Водительское удостоверение №", "sign": "Подпись",
           "mother": "Мать", "father": "Отец"},
    "ar": {"name": "الاسم الكامل", "surname": "اسم العائلة", "given": "الاسم الأول", "born": "تاريخ الميلاد",
           "phone": "رقم الجوال", "addr": "العنوان", "mail": "البريد الإلكتروني", "dl": "رقم رخصة القيادة",
           "sign": "التوقيع", "mother": "الأم", "father": "الأب"},
    "zh": {"name": "姓名", "surname": "姓", "given": "名", "born": "出生日期", "phone": "联系电话", "addr": "住址",
           "mail": "电子邮箱", "dl": "驾驶证号", "sign": "签名", "mother": "母亲", "father": "父亲"},
    "ja": {"name": "氏名", "surname": "氏", "given": "名", "born": "生年月日", "phone": "電話番号", "addr": "住所",
           "mail": "メールアドレス", "dl": "運転免許証番号", "sign": "署名", "mother": "母", "father": "父"},
    "am": {"name": "ሙሉ ስም", "surname": "የአባት ስም", "given": "ስም", "born": "የትውልድ ቀን", "phone": "ስልክ",
           "addr": "አድራሻ", "mail": "ኢሜይል", "dl": "የመንጃ ፈቃድ ቁጥር", "sign": "ፊርማ", "mother": "የእናት ስም",
           "father": "የአባት ሙሉ ስም"},
    "nl": {"name": "Naam", "surname": "Achternaam", "given": "Voornamen", "born": "Geboortedatum",
           "phone": "Telefoonnummer", "addr": "Adres", "mail": "E-mailadres", "dl": "Rijbewijsnummer",
           "sign": "Handtekening", "mother": "Moeder", "father": "Vader"},
    "de": {"name": "Vor- und Nachname", "surname": "Nachname", "given": "Vorname(n)", "born": "Geburtsdatum",
           "phone": "Telefon", "addr": "Anschrift", "mail": "E-Mail", "dl": "Führerscheinnummer",
           "sign": "Unterschrift", "mother": "Mutter", "father": "Vater"},
    "it": {"name": "Nome e cognome", "surname": "Cognome", "given": "Nome", "born": "Data di nascita",
           "phone": "Cellulare", "addr": "Residenza", "mail": "E-mail", "dl": "Patente n.", "sign": "Firma",
           "mother": "Madre", "father": "Padre"},
    "sw": {"name": "Jina kamili", "surname": "Jina la ukoo", "given": "Jina la kwanza", "born": "Tarehe ya kuzaliwa",
           "phone": "Simu", "addr": "Anwani", "mail": "Barua pepe", "dl": "Nambari ya leseni ya udereva",
           "sign": "Sahihi", "mother": "Mama", "father": "Baba"},
    "es": {"name": "Nombres y apellidos", "surname": "Apellidos", "given": "Nombres", "born": "Fecha de nacimiento",
           "phone": "Celular", "addr": "Domicilio", "mail": "Correo electrónico", "dl": "Licencia de conducir N.°",
           "sign": "Firma", "mother": "Madre", "father": "Padre"},
    "id": {"name": "Nama lengkap", "surname": "Nama keluarga", "given": "Nama depan", "born": "Tanggal lahir",
           "phone": "No. HP", "addr": "Alamat", "mail": "Surel", "dl": "No. SIM", "sign": "Tanda tangan",
           "mother": "Ibu", "father": "Ayah"},
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

    def n(self, style: str | None = None, female: bool | None = None) -> P:
        return P("PERSON", self.name(style, female))

    def g(self, female: bool | None = None) -> P:
        return P("PERSON", self.given(female))

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

    def amt(self, currency: str | None = None, scale: tuple[float, float] = (1.0, 3.5)) -> K:
        return K("AMOUNT", kp.amount(self.rng, currency or kp.CURRENCY[self.country], scale))

    def day(self) -> K:
        return K("DATE", kp.when(self.rng))

    def co(self) -> K:
        return K("COMPANY", kp.pick(self.rng, kp.COMPANIES))

    def hosp(self) -> K:
        return K("HOSPITAL", kp.pick(self.rng, kp.HOSPITALS[self.country]))

    def ref(self) -> K:
        return K("REFERENCE", kp.reference(self.rng))

    def bank(self) -> K:
        return K("BANK", kp.local(self.rng, self.locale, self.country, 0))

    def auth(self) -> K:
        return K("AUTHORITY", kp.local(self.rng, self.locale, self.country, 1))

    def law(self) -> K:
        return K("CITATION", kp.local(self.rng, self.locale, self.country, 2))

    def dk(self) -> K:
        return K("DOCKET", kp.docket(self.rng, self.country))

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


CHIMNEY = {
    "en": ("CHIMNEY SWEEP INSPECTION CERTIFICATE", "Flue condition", "sound, swept"),
    "sv": ("SOTNINGSPROTOKOLL — BRANDSKYDDSKONTROLL", "Rökkanalens skick", "utan anmärkning"),
    "fr": ("CERTIFICAT DE RAMONAGE", "État du conduit", "conforme, ramoné"),
    "ka": ("საკვამურის შემოწმების აქტი", "საკვამურის მდგომარეობა", "გაწმენდილია"),
    "he": ("אישור בדיקת ארובה", "מצב הארובה", "תקין, נוקה"),
    "ru": ("АКТ ПРОВЕРКИ ДЫМОХОДА", "Состояние дымохода", "исправен, очищен"),
    "nl": ("VEEGCERTIFICAAT SCHOORSTEEN", "Staat rookkanaal", "in orde, geveegd"),
    "de": ("SCHORNSTEINFEGER-PRÜFBESCHEINIGUNG", "Zustand der Abgasanlage", "ohne Mängel, gekehrt"),
    "it": ("CERTIFICATO DI PULIZIA CANNA FUMARIA", "Stato della canna", "regolare, pulita"),
    "ja": ("煙突点検証明書", "煙道の状態", "良好・清掃済み"), "zh": ("烟囱检查证明", "烟道状况", "完好，已清扫"),
    "es": ("CERTIFICADO DE LIMPIEZA DE CHIMENEA", "Estado del conducto", "conforme, limpio"),
    "id": ("SERTIFIKAT PEMERIKSAAN CEROBONG", "Kondisi cerobong", "baik, sudah dibersihkan"),
    "th": ("ใบรับรองการตรวจปล่องควัน", "สภาพปล่องควัน", "ปกติ ทำความสะอาดแล้ว"),
}  # fmt: skip


def chimney_sweep_inspection_certificate(v: V) -> Doc:
    head, cond, ok = _t(v, CHIMNEY)
    o = v.who()
    d = Doc().fmt("{co}\n{t}   {ref}   {day}\n\n", co=v.co(), t=v.k("LABEL", head), ref=v.ref(), day=v.day())
    _form(d, v, [("name", v.as_(o)), ("addr", v.st()), ("phone", v.ph()), ("mail", v.em(o))])
    d.fmt("{cl}: {ok}\n{fee}\n", cl=v.k("LABEL", cond), ok=v.k("LABEL", ok), fee=v.amt(scale=(1.5, 2.3)))
    _form(d, v, [("sign", v.n(v.rng.choice(("init", "gs"))))])
    return d


THEFT = {
    "en": ("REPORT OF A STOLEN BICYCLE", "Frame number", "Estimated value", "Officer"),
    "sv": ("ANMÄLAN OM STÖLD AV CYKEL", "Ramnummer", "Uppskattat värde", "Handläggare"),
    "fr": ("PROCÈS-VERBAL DE PLAINTE — VOL DE VÉLO", "Numéro de cadre", "Valeur estimée", "Agent"),
    "th": ("บันทึกแจ้งความรถจักรยานหาย", "หมายเลขตัวถัง", "มูลค่าโดยประมาณ", "พนักงานสอบสวน"),
    "ka": ("განცხადება ველოსიპედის ქურდობის შესახებ", "ჩარჩოს ნომერი", "სავარაუდო ღირებულება", "გამომძიებელი"),
    "he": ("תלונה על גניבת אופניים", "מספר שלדה", "שווי משוער", "השוטר המטפל"),
    "ru": ("ЗАЯВЛЕНИЕ О КРАЖЕ ВЕЛОСИПЕДА", "Номер рамы", "Оценочная стоимость", "Дежурный"),
    "nl": ("AANGIFTE FIETSDIEFSTAL", "Framenummer", "Geschatte waarde", "Verbalisant"),
    "de": ("STRAFANZEIGE — FAHRRADDIEBSTAHL", "Rahmennummer", "Geschätzter Wert", "Sachbearbeiter"),
    "it": ("DENUNCIA DI FURTO DI BICICLETTA", "Numero di telaio", "Valore stimato", "Agente"),
    "es": ("DENUNCIA POR ROBO DE BICICLETA", "Número de cuadro", "Valor estimado", "Efectivo policial"),
    "id": ("LAPORAN KEHILANGAN SEPEDA", "Nomor rangka", "Perkiraan nilai", "Petugas"),
    "ja": ("自転車盗難届", "車体番号", "被害額", "受理警察官"), "zh": ("自行车被盗报案登记表", "车架号", "估计价值", "接警民警"),
    "hi": ("साइकिल चोरी की रिपोर्ट", "फ्रेम नंबर", "अनुमानित मूल्य", "थाना प्रभारी"),
    "sw": ("RIPOTI YA KUIBIWA BAISKELI", "Namba ya fremu", "Thamani inayokadiriwa", "Afisa"),
}  # fmt: skip


def bicycle_theft_police_report(v: V) -> Doc:
    head, frame, worth, officer = _t(v, THEFT)
    o = v.who()
    iss, num = v.dl()
    d = Doc().fmt("{a}\n{t}\n{dk}   {day}\n\n", a=v.auth(), t=v.k("LABEL", head), dk=v.dk(), day=v.day())
    _form(d, v, [("surname", P("PERSON", o[1])), ("given", P("PERSON", o[0])), ("born", v.db(form="word")), ("addr", v.st()),
                 ("phone", v.ph()), ("mail", v.em(o)), ("dl", num)])  # fmt: skip
    d.fmt("({iss})\n{fl}: {fr}\n{wl}: {amt}\n{ol}: {off}\n", iss=iss, fl=v.k("LABEL", frame),
          fr=v.k("FRAME", f"WTU{v.rng.randint(100, 999)}{v.rng.choice('ABCDEFGHJK')}{v.rng.randint(10000, 99999)}"),
          wl=v.k("LABEL", worth), amt=v.amt(scale=(2.2, 3.2)), ol=v.k("LABEL", officer), off=v.n("init"))  # fmt: skip
    return d


RADIO = {
    "en": ("AMATEUR RADIO LICENCE APPLICATION", "Requested call sign", "Class"),
    "sv": ("ANSÖKAN OM AMATÖRRADIOTILLSTÅND", "Önskad anropssignal", "Klass"),
    "fr": ("DEMANDE DE LICENCE DE RADIOAMATEUR", "Indicatif demandé", "Classe"),
    "th": ("คำขอรับใบอนุญาตวิทยุสมัครเล่น", "สัญญาณเรียกขานที่ขอ", "ประเภท"),
    "ka": ("რადიომოყვარულის ლიცენზიის განაცხადი", "მოთხოვნილი სიგნალი", "კლასი"),
    "he": ("בקשה לרישיון חובב רדיו", "אות קריאה מבוקש", "דרגה"),
    "ru": ("ЗАЯВКА НА ПОЗЫВНОЙ РАДИОЛЮБИТЕЛЯ", "Желаемый позывной", "Категория"),
    "ja": ("アマチュア無線局開局申請書", "希望呼出符号", "資格"), "zh": ("业余无线电台执照申请表", "申请呼号", "类别"),
    "nl": ("AANVRAAG MACHTIGING RADIOZENDAMATEUR", "Gewenste roepnaam", "Klasse"),
    "de": ("ANTRAG AUF ZUTEILUNG EINES AMATEURFUNKRUFZEICHENS", "Gewünschtes Rufzeichen", "Klasse"),
    "it": ("DOMANDA DI AUTORIZZAZIONE RADIOAMATORIALE", "Nominativo richiesto", "Classe"),
    "es": ("SOLICITUD DE LICENCIA DE RADIOAFICIONADO", "Indicativo solicitado", "Categoría"),
    "id": ("PERMOHONAN IZIN AMATIR RADIO", "Tanda panggilan", "Tingkat"),
    "ar": ("طلب رخصة هواة اللاسلكي", "رمز النداء المطلوب", "الفئة"),
    "ne": ("एमेच्योर रेडियो इजाजतपत्रको निवेदन", "माग गरिएको कल साइन", "श्रेणी"),
}  # fmt: skip
_CALL = {"SE": "SM5", "GN": "3X2", "TH": "HS3", "GE": "4L1", "IL": "4X6", "IN": "VU2", "NP": "9N1", "RU": "R6",
         "CA": "VE3", "SA": "HZ1", "CN": "BG7", "JP": "JS6", "ET": "ET3", "NL": "PA3", "DE": "DL1", "IT": "IS0",
         "GH": "9G5", "KE": "5Z4", "PE": "OA9", "ID": "YB8", "US": "K7"}  # fmt: skip


def amateur_radio_licence_application(v: V) -> Doc:
    head, call, cls = _t(v, RADIO)
    o = v.who()
    d = Doc().fmt("{a}\n{t}   {day}\n\n", a=v.auth(), t=v.k("LABEL", head), day=v.day())
    _form(d, v, [("name", v.as_(o)), ("born", v.db(form=v.rng.choice(("word", "num")))), ("addr", v.st()),
                 ("phone", v.ph()), ("mail", v.em(o))])  # fmt: skip
    d.fmt("{cl}: {c}\n{kl}: {k}\n{fee} — {cc}\nsubmitted from {ip}\n", cl=v.k("LABEL", call),
          c=v.k("CALLSIGN", _CALL[v.country] + "".join(v.rng.choice(string.ascii_uppercase) for _ in range(3))),
          kl=v.k("LABEL", cls), k=v.pk("CLASS", ("A", "B", "CEPT 1", "Novice")), fee=v.amt(scale=(1.2, 2.0)),
          cc=v.cc(), ip=v.ipa())  # fmt: skip
    return d


MOORING = {
    "en": ("MOORING PERMIT — RENEWAL", "Berth", "Vessel"), "sv": ("BÅTPLATS — FÖRNYELSE AV AVTAL", "Plats", "Båt"),
    "fr": ("RENOUVELLEMENT D'AUTORISATION DE MOUILLAGE", "Poste", "Navire"),
    "th": ("ต่ออายุใบอนุญาตจอดเรือ", "ท่า", "เรือ"), "ka": ("სანაპიროზე დგომის ნებართვის განახლება", "ნავმისადგომი", "ხომალდი"),
    "he": ("חידוש היתר עגינה", "מעגן", "כלי שיט"), "ru": ("ПРОДЛЕНИЕ РАЗРЕШЕНИЯ НА СТОЯНКУ СУДНА", "Причал", "Судно"),
    "ja": ("係留許可更新申請書", "係留場所", "船名"), "zh": ("船舶停泊许可续期申请", "泊位", "船舶"),
    "nl": ("VERLENGING LIGPLAATSVERGUNNING", "Ligplaats", "Vaartuig"), "de": ("VERLÄNGERUNG LIEGEPLATZGENEHMIGUNG", "Liegeplatz", "Schiff"),
    "it": ("RINNOVO CONCESSIONE POSTO BARCA", "Posto", "Imbarcazione"), "es": ("RENOVACIÓN DE PERMISO DE AMARRE", "Amarre", "Embarcación"),
    "id": ("PERPANJANGAN IZIN TAMBAT", "Dermaga", "Kapal"), "ar": ("تجديد تصريح رسو", "المرسى", "السفينة"),
    "sw": ("KUHUISHA KIBALI CHA KUTIA NANGA", "Gati", "Chombo"),
}  # fmt: skip


def boat_mooring_permit_renewal(v: V) -> Doc:
    head, berth, vessel = _t(v, MOORING)
    o = v.who()
    d = Doc().fmt("{a}\n{t}   {dk}\n\n", a=v.auth(), t=v.k("LABEL", head), dk=v.dk())
    _form(d, v, [("name", v.as_(o)), ("born", v.db(form=v.rng.choice(("num", "iso", "word")))), ("addr", v.st()),
                 ("phone", v.ph()), ("mail", v.em(o))])  # fmt: skip
    d.fmt("{bl}: {b}   {vl}: {imo}\n{amt} → {ib}  BIC {sw}\n{cit}\n", bl=v.k("LABEL", berth),
          b=f"{v.rng.choice('ABCDE')}{v.rng.randint(1, 90)}", vl=v.k("LABEL", vessel), imo=v.k("IMO", kp.imo(v.rng)),
          amt=v.amt(scale=(2.0, 3.0)), ib=v.ib(), sw=v.sw(), cit=v.law())  # fmt: skip
    return d


def choir_tour_rooming_list_csv(v: V) -> Doc:
    d = Doc().fmt("# {ch} tour {day}, hotel {h}\n", ch=v.pk("CHOIR", ("Kammarkören Mor Gabriel", "Chœur de Labé",
                  "Coro Polifonico Turritano", "Kölner Domchor", "Embu Cathedral Choir", "Toraja Gospel Singers")),
                  day=v.day(), h=v.pk("HOTEL", ("Hotel Ibis Centrum", "Grand Hotel", "Hotel Sassari Centro")))  # fmt: skip
    d.put("room,singer,voice,date_of_birth,mobile,email\n")
    for i in range(v.rng.randint(3, 5)):
        p = v.who()
        d.fmt("{r},\"{n}\",{vc},{dob},{ph},{em}\n", r=str(100 + i * v.rng.randint(1, 3)),
              n=v.as_(p, v.rng.choice(("SG", "gs", "upper"))), vc=v.rng.choice(("S", "A", "T", "B")),
              dob=v.db(form=v.rng.choice(("iso", "num", "compact", "mon"))), ph=v.ph(v.rng.choice(("e164", "intl", "nat"))),
              em=v.em(p))  # fmt: skip
    d.fmt("# tour manager {m}, deposit {a} paid from {ib}; songbook ISBN {isbn}\n", m=v.n(), a=v.amt(scale=(3.0, 3.6)),
          ib=v.ib(), isbn=v.k("ISBN", kp.isbn13(v.rng)))  # fmt: skip
    return d


def kite_festival_entrant_pipe_table(v: V) -> Doc:
    d = Doc().fmt("{f} — entrants {day}\n\n", f=v.pk("FESTIVAL", ("Khon Kaen Kite Festival", "Festival du cerf-"
                  "volant de Labé", "Scheveningen Vliegerfeest", "Festa degli Aquiloni Platamona")), day=v.day())  # fmt: skip
    d.put("| no | flyer | phone | class | fee | paid by |\n|---|---|---|---|---|---|\n")
    for i in range(v.rng.randint(3, 5)):
        d.fmt("| {i} | {n} | {ph} | {c} | {a} | ", i=str(i + 1), n=v.n(v.rng.choice(("gs", "upper", "SG", "g"))),
              ph=v.ph(v.rng.choice(("nat", "intl"))), c=v.pk("KITECLASS", ("delta", "sled", "rokkaku", "fighter",
              "box")), a=v.amt(scale=(0.8, 1.6)))  # fmt: skip
        if v.rng.random() < 0.5:
            d.fmt("card {cc} |\n", cc=v.cc())
        else:
            d.put("cash |\n")
    d.fmt("\njudge {j}; sponsor {co}\n", j=v.n(), co=v.co())
    return d


def locksmith_callout_log(v: V) -> Doc:
    d = Doc().fmt("{co} — CALL-OUTS {day}\n", co=v.pk("COMPANY", ("Nyckelservice Södertälje", "Schlüsseldienst "
                  "Veedel", "Slotenmaker Stad", "Fabbro Pronto Sassari")), day=v.day())  # fmt: skip
    d.put(f"{'TIME':<7}{'CUSTOMER':<30}{'PHONE':<22}{'FEE':<16}ADDRESS\n")
    for _ in range(v.rng.randint(3, 5)):
        d.fmt("{t:<7}{n:<30}{ph:<22}{a:<16}{st}\n", t=f"{v.rng.randint(0, 23):02d}:{v.rng.randint(0, 59):02d}",
              n=v.n(v.rng.choice(("upper", "gs", "SG", "lower"))), ph=v.ph(v.rng.choice(("nat", "e164"))),
              a=v.amt(scale=(1.5, 2.4)), st=v.st(1))  # fmt: skip
    d.fmt("technician {t}; van plate logged, invoice batch {r}\n", t=v.g(), r=v.ref())
    return d


def orchard_picker_roster_tsv(v: V) -> Doc:
    d = Doc().fmt("orchard\t{o}\nweek\t{day}\n\n", o=v.pk("ORCHARD", ("Äppelgården Mälaren", "Fruitteelt Ommeland",
                  "Frutteto Sorso", "Embu Avocado Estate", "Kebun Kopi Toraja")), day=v.day())  # fmt: skip
    d.put("picker\tborn\tmobile\tbins\twage\tpay_to\n")
    for _ in range(v.rng.randint(3, 5)):
        d.fmt("{n}\t{dob}\t{ph}\t{b}\t{a}\t{ib}\n", n=v.n(v.rng.choice(("gs", "SG", "lower", "upper"))),
              dob=v.db(form=v.rng.choice(("iso", "num"))), ph=v.ph(v.rng.choice(("nat", "e164"))),
              b=str(v.rng.randint(3, 40)), a=v.amt(scale=(2.0, 2.8)), ib=v.ib())  # fmt: skip
    d.fmt("\nsupervisor\t{s}\t{em}\nbank\t{bk}\t{sw}\n", s=v.n(), em=v.em(), bk=v.bank(), sw=v.sw())
    return d


def dietitian_referral_json(v: V) -> Doc:
    mlab, mrn = v.mr()
    p = v.who()
    d = Doc().fmt('{{"referral": "{ref}", "created": "{day}", "from": "{h}",\n "patient": {{"family": "{s}", '
                  '"given": "{g}", "dob": "{dob}", "record_label": "{ml}", "record": "{mrn}",\n  "phone": "{ph}", '
                  '"email": "{em}", "address": "{st}"}},\n "diagnosis": "{icd}", "current_med": "{atc}", '
                  '"bmi": {bmi},\n "referrer": "{dr}", "client_ip": "{ip}"}}\n', ref=v.ref(), day=v.day(), h=v.hosp(),
                  s=P("PERSON", p[1]), g=P("PERSON", p[0]), dob=v.db(form="iso"), ml=mlab, mrn=mrn,
                  ph=v.ph(v.rng.choice(("e164", "intl"))), em=v.em(p), st=v.st(1), icd=v.pk("ICD10", kp.ICD10),
                  atc=v.pk("ATC", kp.ATC), bmi=f"{v.rng.uniform(17, 41):.1f}", dr=v.n("init"), ip=v.ipa())  # fmt: skip
    return d


def sheepdog_trial_entries_xml(v: V) -> Doc:
    d = Doc().fmt('<?xml version="1.0" encoding="UTF-8"?>\n<trial name="{t}" date="{day}">\n',
                  t=v.pk("TRIAL", ("Drenthe Open", "Eifel Hütehundeprüfung", "Ontario Fall Trial", "Prova di Ittiri")),
                  day=v.day())  # fmt: skip
    for i in range(v.rng.randint(2, 4)):
        h = v.who()
        d.fmt('  <entry run="{r}">\n    <handler>{n}</handler>\n    <phone>{ph}</phone>\n    <email>{em}</email>\n'
              "    <address>{st}</address>\n    <dog reg=\"{reg}\">{dog}</dog>\n    <fee>{a}</fee>\n  </entry>\n",
              r=str(i + 1), n=v.as_(h), ph=v.ph("intl"), em=v.em(h), st=v.st(1),
              reg=v.k("REGNO", f"ISDS {v.rng.randint(300000, 399999)}"), dog=v.pk("DOG", ("Moss", "Fly", "Nell",
              "Cap", "Bess", "Roy")), a=v.amt(scale=(1.2, 1.8)))  # fmt: skip
    d.fmt("  <judge>{j}</judge>\n</trial>\n", j=v.n())
    return d


def home_solar_installer_job_ini(v: V) -> Doc:
    c = v.who()
    d = Doc().fmt("; solar job sheet — {co}\n[customer]\nname = {n}\nphone = {ph}\nemail = {em}\nsite = {st}\n\n"
                  "[system]\npanels = {p}\ninverter_ean = {ean}\ninverter_ip = {ip}\ncommissioned = {day}\n\n[billing]\n"
                  "financed_by = {isin}\n",
                  co=v.pk("COMPANY", ("SolarKraft Rheinland", "Zonnepanelen Noord", "Sole Sardo", "SunHarvest Tucson",
                  "Chickasaw Solar", "Solcell Syd")), n=v.as_(c), ph=v.ph(), em=v.em(c), st=v.st(1),
                  p=str(v.rng.randint(6, 30)), ean=v.k("EAN13", kp.ean13(v.rng)), ip=v.ipa(), day=v.day(),
                  isin=v.k("ISIN", kp.isin(v.rng)))  # fmt: skip
    if v.rng.random() < 0.5:
        d.fmt("method = card\ncard = {cc}\n", cc=v.cc())
    else:
        d.fmt("method = transfer\niban = {ib}\nbic = {sw}\n", ib=v.ib(), sw=v.sw())
    d.fmt("total = {a}\ninstaller = {i}\n", a=v.amt(scale=(3.3, 4.0)), i=v.n("init"))
    return d


def dog_grooming_appointment_yaml(v: V) -> Doc:
    o = v.who()
    d = Doc().fmt("# grooming appointment\nbooking: {ref}\nwhen: {day}\nsalon: {s}\nowner:\n  name: \"{n}\"\n"
                  "  phone: \"{ph}\"\n  email: {em}\n  address: \"{st}\"\npet:\n  name: {pet}\n  breed: {br}\n"
                  "  chip: \"{chip}\"\nprice: \"{a}\"\ncard_on_file: \"{cc}\"\ngroomer: {gr}\n", ref=v.ref(), day=v.day(),
                  s=v.pk("SALON", ("Hundsalong Tassen", "Toilettage Labé", "Trimsalon Kwispel", "Hundesalon Fellnase")),
                  n=v.as_(o), ph=v.ph(v.rng.choice(("intl", "nat"))), em=v.em(o), st=v.st(1),
                  pet=v.pk("PET", ("Bella", "Rocky", "Luna", "Max", "Kuro", "Simba")),
                  br=v.pk("BREED", ("poodle", "shih tzu", "labrador", "Akita", "spitz")),
                  chip=v.k("CHIP", f"{v.rng.choice(('752', '528', '276', '380', '392'))}0980{v.rng.randint(10000000, 99999999)}"),
                  a=v.amt(scale=(1.3, 1.9)), cc=v.cc(), gr=v.g())  # fmt: skip
    return d


def hl7_mdm_document_notification(v: V) -> Doc:
    mlab, mrn = v.mr()
    p, au = v.who(), v.who()
    d = Doc().fmt("MSH|^~\\&|DICTATION|{h}|EHR|ARCHIVE|{ts}||MDM^T02|{ref}|P|2.5.1\nEVN|T02|{ts}\n", h=v.hosp(),
                  ts=v.k("TIMESTAMP", f"2026{v.rng.randint(1, 12):02d}{v.rng.randint(10, 28)}1402"), ref=v.ref())  # fmt: skip
    d.fmt("PID|1||{mrn}^^^{ml}^MR||{s}^{g}||{dob}|{sex}|||{st}||{ph}\nPV1|1|O\n", mrn=mrn, ml=mlab,
          s=P("PERSON", p[1]), g=P("PERSON", p[0]), dob=v.db(form="compact"), sex="F" if p[2] else "M", st=v.st(1),
          ph=v.ph())  # fmt: skip
    d.fmt("TXA|1|DS|TX|{ts2}|{as_}^{ag}||||||{doc}||||||AU\nOBX|1|TX|{icd}||Discharge summary dictated; contact "
          "{em}||||||F\n", ts2=v.k("TIMESTAMP", f"2026{v.rng.randint(1, 12):02d}{v.rng.randint(10, 28)}0930"),
          as_=P("PERSON", au[1]), ag=P("PERSON", au[0]), doc=v.ref(), icd=v.pk("ICD10", kp.ICD10), em=v.em(p))  # fmt: skip
    return d


def edifact_iftmin_consignment_instruction(v: V) -> Doc:
    c, r = v.who(), v.who()
    d = Doc().fmt("UNB+UNOC:3+{snd}:ZZ+{rcv}:ZZ+260112:0930+{ctl}'\nUNH+1+IFTMIN:D:04A:UN'\nBGM+610+{ref}+9'\n"
                  "DTM+137:{day}:102'\nGIN+BJ+{sscc}'\n", snd=v.k("SENDER", "SHIPPERNET"),
                  rcv=v.k("RECEIVER", v.pk("CARRIER", ("DSV", "DB SCHENKER", "MAERSK", "KUEHNE NAGEL")).value),
                  ctl=v.k("CONTROL", str(v.rng.randint(10000, 99999))), ref=v.ref(),
                  day=v.k("DATE", f"2026{v.rng.randint(1, 12):02d}{v.rng.randint(10, 28)}"),
                  sscc=v.k("SSCC", kp.sscc(v.rng)))  # fmt: skip
    d.fmt("NAD+CZ+++{cn}+{cst}'\nCTA+IC+:{cc}'\nCOM+{cph}:TE'\nCOM+{cem}:EM'\n", cn=v.co(), cst=v.st(1),
          cc=v.as_(c, v.rng.choice(("gs", "upper"))), cph=v.ph("e164"), cem=v.em(c))  # fmt: skip
    d.fmt("NAD+CN+++{rn}+{rst}'\nCTA+IC+:{rc}'\nCOM+{rph}:TE'\nMOA+44:{a}'\nUNT+12+1'\nUNZ+1+{ctl}'\n", rn=v.as_(r),
          rst=v.st(1), rc=v.as_(r, "g"), rph=v.ph("e164"), a=v.k("AMOUNT", f"{v.rng.randint(100, 9999)}.00"),
          ctl=v.k("CONTROL", str(v.rng.randint(10000, 99999))))  # fmt: skip
    return d


def x12_276_claim_status_inquiry(v: V) -> Doc:
    sub, prov = v.who(), v.who()
    d = Doc().fmt("ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*PAYER          *260110*0800*^*00501*{ctl}*0*P*:~\n"
                  "GS*HR*CLINIC*PAYER*20260110*0800*3*X*005010X212~\nST*276*0003*005010X212~\nBHT*0010*13*{ref}*20260110~\n"
                  "HL*1**20*1~\nNM1*PR*2*{payer}*****PI*{ein}~\nHL*2*1*21*1~\nNM1*41*2*{clinic}*****46*{tin}~\n",
                  snd=v.k("SENDER", "TRIBALCLINIC"), ctl=v.k("CONTROL", str(v.rng.randint(100000000, 999999999))),
                  ref=v.ref(), payer=v.pk("PAYER", ("AHCCCS", "SoonerCare", "Indian Health Service")),
                  ein=v.k("EIN", f"{v.rng.randint(10, 99)}{v.rng.randint(1000000, 9999999)}"), clinic=v.hosp(),
                  tin=v.k("TIN", f"{v.rng.randint(10, 99)}{v.rng.randint(1000000, 9999999)}"))  # fmt: skip
    d.fmt("HL*3*2*19*1~\nNM1*1P*1*{ps}*{pg}****XX*{npi}~\nHL*4*3*22*0~\nDMG*D8*{dob}*{sex}~\n"
          "NM1*IL*1*{s}*{g}****MI*{mid}~\nREF*SY*{ssn}~\nTRN*1*{trn}~\nAMT*T3*{a}~\nDTP*472*RD8*20251201-20251215~\n"
          "SVC*HC:{cpt}*{a2}~\nSE*16*0003~\nGE*1*3~\nIEA*1*{ctl}~\n",
          ps=P("PERSON", prov[1].upper()), pg=P("PERSON", prov[0].upper()),
          npi=v.k("NPI", f"1{v.rng.randint(100000000, 999999999)}"), dob=v.db(form="compact"),
          sex="F" if sub[2] else "M", s=P("PERSON", sub[1].upper()), g=P("PERSON", sub[0].upper()),
          mid=v.k("MEMBER", f"A{v.rng.randint(10000000, 99999999)}"), ssn=v.sn(), trn=v.ref(),
          a=v.k("AMOUNT", f"{v.rng.randint(80, 4000)}.{v.rng.randint(0, 99):02d}"), cpt=v.pk("CPT", kp.CPT),
          a2=v.k("AMOUNT", f"{v.rng.randint(40, 900)}.00"),
          ctl=v.k("CONTROL", str(v.rng.randint(100000000, 999999999))))  # fmt: skip
    return d


def medicaid_ride_trip_request(v: V) -> Doc:
    m, cg, drv = v.who(), v.who(), v.who()
    mlab, mrn = v.mr()
    d = Doc().fmt(
        "NON-EMERGENCY MEDICAL TRANSPORTATION — TRIP REQUEST {ref}\n{a}\n\n", ref=v.ref(), a=v.auth()
    )
    d.fmt("Member: {n}\nSSN: {ssn}\nDOB: {dob}\nPickup address:\n{st}\nMember phone: {ph}\n\n", n=v.as_(m,
          v.rng.choice(("gs", "SGU", "upper"))), ssn=v.sn(), dob=v.db(form=v.rng.choice(("mon", "num", "word"))), st=v.st(v.rng.choice((2, 3))),
          ph=v.ph(v.rng.choice(("nat", "paren", "ext"))))  # fmt: skip
    d.fmt("Appointment: {h}, {day} 10:30 ({ml} {mrn}, {icd})\nEscort: {c}, {cph}\nAssigned driver: {drv} "
          "(licence {dl})\nMileage reimbursement {amt} to card {cc}\nRequested online from {ip}\n", h=v.hosp(),
          day=v.day(), ml=mlab, mrn=mrn, icd=v.pk("ICD10", kp.ICD10), c=v.as_(cg), cph=v.ph(), drv=v.as_(drv, "init"),
          dl=v.dl()[1], amt=v.amt(scale=(1.2, 2.0)), cc=v.cc(), ip=v.ipa())  # fmt: skip
    return d


LETTER = {
    "en": "Dear Sir or Madam,\n\nOn {day} a pipe burst in the flat above mine at {st}. Water damaged my kitchen "
          "ceiling and flooring. I reported it under policy {ref} and enclose the plumber's invoice of {amt}. Please "
          "reimburse me to {ib} (BIC {sw}) or call me on {ph}.\n\nYours faithfully,\n{n}\n{em}",
    "sv": "Hej,\n\nDen {day} sprack ett rör i lägenheten ovanför min på {st}. Vattnet skadade taket och golvet i "
          "köket. Jag anmälde skadan under försäkring {ref} och bifogar rörmokarens faktura på {amt}. Betala gärna "
          "ut ersättningen till {ib} (BIC {sw}) eller ring mig på {ph}.\n\nMed vänliga hälsningar\n{n}\n{em}",
    "fr": "Madame, Monsieur,\n\nLe {day}, une canalisation a éclaté dans l'appartement au-dessus du mien, {st}. "
          "L'eau a endommagé le plafond et le sol de ma cuisine. J'ai déclaré le sinistre sous la police {ref} et "
          "je joins la facture du plombier de {amt}. Merci de me rembourser sur {ib} (BIC {sw}) ou de m'appeler au "
          "{ph}.\n\nVeuillez agréer mes salutations distinguées.\n{n}\n{em}",
    "de": "Sehr geehrte Damen und Herren,\n\nam {day} ist in der Wohnung über meiner ({st}) ein Rohr geplatzt. "
          "Das Wasser hat Decke und Boden meiner Küche beschädigt. Ich habe den Schaden unter der Police {ref} "
          "gemeldet und lege die Rechnung des Installateurs über {amt} bei. Bitte überweisen Sie die Erstattung "
          "auf {ib} (BIC {sw}) oder rufen Sie mich unter {ph} an.\n\nMit freundlichen Grüßen\n{n}\n{em}",
    "nl": "Geachte heer, mevrouw,\n\nOp {day} is in de woning boven de mijne ({st}) een leiding gesprongen. Het water "
          "heeft het plafond en de vloer van mijn keuken beschadigd. Ik heb de schade gemeld onder polis {ref} en "
          "stuur de factuur van de loodgieter van {amt} mee. Graag vergoeding op {ib} (BIC {sw}) of bel mij op "
          "{ph}.\n\nMet vriendelijke groet,\n{n}\n{em}",
    "it": "Spettabile compagnia,\n\nil {day} si è rotto un tubo nell'appartamento sopra il mio, in {st}. L'acqua ha "
          "danneggiato il soffitto e il pavimento della cucina. Ho denunciato il sinistro con la polizza {ref} e "
          "allego la fattura dell'idraulico di {amt}. Vi prego di rimborsarmi su {ib} (BIC {sw}) o di chiamarmi al "
          "{ph}.\n\nDistinti saluti\n{n}\n{em}",
    "es": "Estimados señores:\n\nEl {day} se rompió una tubería en el departamento de arriba del mío, en {st}. El "
          "agua dañó el techo y el piso de mi cocina. Reporté el siniestro con la póliza {ref} y adjunto la factura "
          "del gasfitero por {amt}. Por favor, reembólsenme a {ib} (BIC {sw}) o llámenme al {ph}.\n\nAtentamente,\n"
          "{n}\n{em}",
    "ru": "Уважаемые господа!\n\n{day} в квартире надо мной по адресу {st} прорвало трубу. Вода повредила потолок "
          "и пол на моей кухне. Я заявил(а) о страховом случае по полису {ref} и прилагаю счёт сантехника на {amt}. "
          "Прошу перечислить возмещение на {ib} (BIC {sw}) или позвонить мне по номеру {ph}.\n\nС уважением,\n{n}\n"
          "{em}",
    "he": "לכבוד חברת הביטוח,\n\nבתאריך {day} התפוצץ צינור בדירה שמעליי ב{st}. המים גרמו נזק לתקרה ולרצפה במטבח "
          "שלי. דיווחתי על הנזק בפוליסה {ref} ואני מצרף את חשבונית השרברב על סך {amt}. נא להחזיר את הכסף לחשבון "
          "{ib} (BIC {sw}) או להתקשר אליי ב-{ph}.\n\nבכבוד רב,\n{n}\n{em}",
    "ka": "პატივცემულო ბატონებო,\n\n{day}-ს ჩემს ზემოთ მდებარე ბინაში ({st}) მილი გასკდა. წყალმა დააზიანა ჩემი "
          "სამზარეულოს ჭერი და იატაკი. ზარალი განვაცხადე პოლისით {ref} და ვურთავ სანტექნიკოსის ანგარიშს {amt}. "
          "გთხოვთ, ანაზღაურება ჩამირიცხოთ {ib} (BIC {sw}) ან დამირეკოთ {ph}.\n\nპატივისცემით,\n{n}\n{em}",
    "id": "Dengan hormat,\n\nPada {day} pipa di unit atas saya di {st} pecah. Air merusak plafon dan lantai dapur "
          "saya. Saya sudah melapor dengan polis {ref} dan melampirkan tagihan tukang ledeng sebesar {amt}. Mohon "
          "ganti rugi ditransfer ke {ib} (BIC {sw}) atau hubungi saya di {ph}.\n\nHormat saya,\n{n}\n{em}",
    "ja": "ご担当者様\n\n{day}、{st}の私の部屋の上の階で水道管が破裂し、台所の天井と床が水濡れの被害を受けました。"
          "保険証券番号{ref}で事故を届け出ており、修理業者の請求書{amt}を同封いたします。{ib}(BIC {sw})へのお振込み、"
          "または{ph}までお電話をお願いいたします。\n\n{n}\n{em}",
    "zh": "尊敬的保险公司：\n\n{day}，我家（{st}）楼上住户的水管爆裂，厨房天花板和地板被水浸坏。我已按保单{ref}报案，"
          "并附上维修费发票{amt}。请将赔款汇入{ib}（BIC {sw}），或致电{ph}与我联系。\n\n此致\n{n}\n{em}",
}  # fmt: skip


def burst_pipe_damage_complaint_letter(v: V) -> Doc:
    w = v.who()
    d = Doc().fmt(
        "{n}\n{st}\n\n{co}\n{day}\n\n", n=v.as_(w), st=v.st(v.rng.choice((2, 3))), co=v.co(), day=v.day()
    )
    d.fmt(LETTER.get(v.lang, LETTER["en"]) + "\n", day=v.day(), st=v.st(1), ref=v.ref(), amt=v.amt(scale=(2.5, 3.4)),
          ib=v.ib(), sw=v.sw(), ph=v.ph(), n=v.as_(w, "gs"), em=v.em(w))  # fmt: skip
    return d


ROOF = {
    "en": ("hi, is this the roofer? {a} here, tiles came off in the storm", "yes, {g}. address?",
           "{st}. my number {ph}", "can come {day}. quote {amt}, deposit by card {cc} ok?"),
    "sv": ("hej, är det takläggaren? {a} här, pannor blåste av i stormen", "ja, {g}. adress?",
           "{st}. mitt nummer {ph}", "kan komma {day}. offert {amt}, handpenning med kort {cc} ok?"),
    "fr": ("bonjour, c'est le couvreur ? c'est {a}, des tuiles sont tombées avec la tempête", "oui, {g}. l'adresse ?",
           "{st}. mon numéro {ph}", "je passe le {day}. devis {amt}, acompte par carte {cc} ça va ?"),
    "de": ("hallo, ist da der Dachdecker? hier {a}, der Sturm hat Ziegel runtergeholt", "ja, {g}. Adresse?",
           "{st}. meine Nummer {ph}", "komme am {day}. Angebot {amt}, Anzahlung per Karte {cc} ok?"),
    "nl": ("hoi, is dit de dakdekker? met {a}, er zijn pannen van het dak gewaaid", "ja, {g}. adres?",
           "{st}. mijn nummer {ph}", "kan {day} komen. offerte {amt}, aanbetaling met kaart {cc} goed?"),
    "it": ("salve, è il conciatetti? sono {a}, la tempesta ha fatto volare le tegole", "sì, {g}. indirizzo?",
           "{st}. il mio numero {ph}", "passo il {day}. preventivo {amt}, acconto con carta {cc} va bene?"),
    "es": ("hola, ¿es el techador? soy {a}, la tormenta levantó las calaminas", "sí, {g}. ¿dirección?",
           "{st}. mi número {ph}", "voy el {day}. presupuesto {amt}, adelanto con tarjeta {cc} ¿ok?"),
    "id": ("halo, ini tukang atap? saya {a}, genteng lepas kena badai", "iya, {g}. alamatnya?",
           "{st}. nomor saya {ph}", "bisa datang {day}. biaya {amt}, DP pakai kartu {cc} ya?"),
    "ru": ("здравствуйте, это кровельщик? это {a}, ураганом сорвало черепицу", "да, {g}. адрес?",
           "{st}. мой номер {ph}", "приеду {day}. смета {amt}, предоплата картой {cc} подойдёт?"),
    "sw": ("habari, ni fundi wa paa? ni {a}, dhoruba imeng'oa mabati", "ndiyo, {g}. anwani?",
           "{st}. namba yangu {ph}", "nitakuja {day}. gharama {amt}, malipo ya awali kwa kadi {cc} sawa?"),
    "th": ("สวัสดีค่ะ ช่างมุงหลังคาใช่ไหม {a} นะคะ พายุพัดกระเบื้องหลุด", "ใช่ครับ คุณ{g} ที่อยู่ครับ",
           "{st} เบอร์ {ph}", "ไปได้ {day} ค่าซ่อม {amt} มัดจำด้วยบัตร {cc} ได้ไหมครับ"),
    "he": ("שלום, זה הגגן? מדבר {a}, הסערה העיפה רעפים", "כן, {g}. כתובת?",
           "{st}. המספר שלי {ph}", "אגיע ב-{day}. הצעת מחיר {amt}, מקדמה בכרטיס {cc} בסדר?"),
    "ar": ("مرحبا، هل هذا عامل الأسقف؟ معك {a}، العاصفة أسقطت البلاط", "نعم يا {g}. العنوان؟",
           "{st}. رقمي {ph}", "أستطيع الحضور {day}. التكلفة {amt}، عربون بالبطاقة {cc} مناسب؟"),
}  # fmt: skip


def roof_repair_contractor_chat(v: V) -> Doc:
    one, two, three, four = _t(v, ROOF)
    a, r = v.who(), v.who()
    d = Doc().fmt("{co} · chat\n", co=v.pk("COMPANY", ("Takservice Mälardalen", "Dachdeckerei Krätzig", "Coperture "
                  "Turritane", "Toiture Labé", "Dakwerken Noord")))  # fmt: skip
    d.fmt(
        "[{day} 07:52] {x}: " + one + "\n",
        day=v.day(),
        x=v.as_(a, "g"),
        a=v.as_(a, v.rng.choice(("gs", "lower"))),
    )
    d.fmt("[07:55] {x}: " + two + "\n", x=v.as_(r, "g"), g=v.as_(a, "g"))
    d.fmt("[07:58] {x}: " + three + "\n", x=v.as_(a, "g"), st=v.st(1), ph=v.ph())
    d.fmt("[08:03] {x}: " + four + "\n", x=v.as_(r, "g"), day=v.day(), amt=v.amt(scale=(2.5, 3.3)), cc=v.cc())
    return d


FEES = {
    "en": ("Dear {p}, school fees for {c} ({amt}) are due on {day}. Pay to {ib} quoting {ref}.",
           "Reminder: {c}'s balance is {amt}. Bursar {b}, {ph}."),
    "sw": ("Mpendwa {p}, ada ya shule ya {c} ({amt}) inadaiwa tarehe {day}. Lipa kwa {ib} ukitaja {ref}.",
           "Kumbusho: salio la {c} ni {amt}. Mhasibu {b}, {ph}."),
    "fr": ("Cher/Chère {p}, les frais de scolarité de {c} ({amt}) sont dus le {day}. Payez sur {ib} avec la "
           "référence {ref}.", "Rappel : le solde de {c} est de {amt}. Économe {b}, {ph}."),
    "hi": ("प्रिय {p}, {c} की स्कूल फीस ({amt}) {day} तक जमा करें। भुगतान {ib} पर, संदर्भ {ref}।",
           "अनुस्मारक: {c} का बकाया {amt} है। लेखापाल {b}, {ph}।"),
    "ne": ("प्रिय {p}, {c} को विद्यालय शुल्क ({amt}) {day} भित्र तिर्नुहोस्। {ib} मा, सन्दर्भ {ref}।",
           "सम्झना: {c} को बाँकी {amt} छ। लेखापाल {b}, {ph}।"),
    "kn": ("ಆತ್ಮೀಯ {p}, {c} ಅವರ ಶಾಲಾ ಶುಲ್ಕ ({amt}) {day} ರೊಳಗೆ ಪಾವತಿಸಿ. {ib} ಗೆ, ಉಲ್ಲೇಖ {ref}.",
           "ಜ್ಞಾಪನೆ: {c} ಅವರ ಬಾಕಿ {amt}. ಲೆಕ್ಕಿಗ {b}, {ph}."),
    "or": ("ପ୍ରିୟ {p}, {c}ଙ୍କ ବିଦ୍ୟାଳୟ ଦେୟ ({amt}) {day} ସୁଦ୍ଧା ଦିଅନ୍ତୁ। {ib}କୁ, ସନ୍ଦର୍ଭ {ref}।",
           "ସ୍ମାରକ: {c}ଙ୍କ ବାକି {amt}। ହିସାବରକ୍ଷକ {b}, {ph}।"),
    "th": ("เรียนคุณ{p} ค่าเทอมของ{c} ({amt}) ครบกำหนด {day} โอนเข้า {ib} อ้างอิง {ref}",
           "แจ้งเตือน: ยอดค้างของ{c} {amt} ติดต่อฝ่ายการเงิน {b} {ph}"),
    "am": ("ውድ {p}፣ የ{c} የትምህርት ክፍያ ({amt}) እስከ {day} ይከፈል። ወደ {ib} ይክፈሉ፣ ማጣቀሻ {ref}።",
           "ማስታወሻ፦ የ{c} ቀሪ ሂሳብ {amt} ነው። ገንዘብ ያዥ {b}፣ {ph}።"),
    "ar": ("عزيزي {p}، رسوم {c} الدراسية ({amt}) مستحقة في {day}. يرجى التحويل إلى {ib} مع المرجع {ref}.",
           "تذكير: الرصيد المتبقي على {c} هو {amt}. المحاسب {b}، {ph}."),
    "zh": ("{p}家长您好，{c}的学费（{amt}）请于{day}前缴纳，汇入{ib}，备注{ref}。", "提醒：{c}尚欠{amt}。财务{b}，{ph}。"),
    "id": ("Yth. {p}, uang sekolah {c} ({amt}) jatuh tempo {day}. Bayar ke {ib} dengan kode {ref}.",
           "Pengingat: tunggakan {c} sebesar {amt}. Bendahara {b}, {ph}."),
    "es": ("Estimado(a) {p}, la pensión escolar de {c} ({amt}) vence el {day}. Pague a {ib} con el código {ref}.",
           "Recordatorio: el saldo de {c} es {amt}. Tesorero {b}, {ph}."),
}  # fmt: skip


def school_fee_reminder_sms(v: V) -> Doc:
    first, second = _t(v, FEES)
    parent, child = v.who(), v.who()
    d = Doc().fmt("SMS {s} -> {ph}\n", s=v.pk("SCHOOL", ("EMBU-HIGH", "LYCEE-LABE", "SMA-KRISTEN", "DAV-RAIPUR",
                  "OPEN-SCHOOL")), ph=v.ph("e164"))  # fmt: skip
    d.fmt("[{day} 08:00] " + first + "\n", day=v.day(), p=v.as_(parent, v.rng.choice(("gs", "g"))),
          c=v.as_(child, "g"), amt=v.amt(scale=(2.0, 3.2)), ib=v.ib(), ref=v.ref())  # fmt: skip
    d.fmt("[{day} 16:20] " + second + "\n", day=v.day(), c=v.as_(child, "g"), amt=v.amt(scale=(1.5, 2.8)),
          b=v.n(), ph=v.ph())  # fmt: skip
    return d


MINUTES = {
    "en": "MINUTES OF THE COMMITTEE MEETING\n\nHeld on {day}. Chair: {c}. Secretary: {s}, {ph}.\nThe treasurer, "
          "{t}, reported a balance of {amt} at {bk}. A member, {m} of {st}, asked for support of {amt2} after a "
          "bereavement; agreed, to be paid to {ib}. Next meeting at the chair's house.",
    "sw": "KUMBUKUMBU ZA MKUTANO WA KAMATI\n\nUlifanyika tarehe {day}. Mwenyekiti: {c}. Katibu: {s}, {ph}.\nMweka "
          "hazina, {t}, aliripoti salio la {amt} katika {bk}. Mwanachama {m} wa {st} aliomba msaada wa {amt2} "
          "baada ya msiba; ilikubaliwa, kulipwa kwa {ib}.",
    "hi": "समिति बैठक का कार्यवृत्त\n\nदिनांक {day} को सम्पन्न। अध्यक्ष: {c}। सचिव: {s}, {ph}।\nकोषाध्यक्ष {t} ने "
          "{bk} में {amt} शेष बताया। सदस्य {m}, निवासी {st}, ने शोक के बाद {amt2} सहायता माँगी; स्वीकृत, भुगतान {ib} पर।",
    "ne": "समिति बैठकको निर्णय\n\nमिति {day} मा बसेको। अध्यक्ष: {c}। सचिव: {s}, {ph}।\nकोषाध्यक्ष {t} ले {bk} मा "
          "{amt} मौज्दात रहेको जानकारी दिनुभयो। सदस्य {m}, ठेगाना {st}, लाई शोकमा {amt2} सहयोग दिने निर्णय, {ib} मा।",
    "or": "କମିଟି ବୈଠକର କାର୍ଯ୍ୟବିବରଣୀ\n\n{day} ରେ ଅନୁଷ୍ଠିତ। ସଭାପତି: {c}। ସମ୍ପାଦକ: {s}, {ph}।\nକୋଷାଧ୍ୟକ୍ଷ {t} {bk}ରେ "
          "{amt} ବାକି ଥିବା ଜଣାଇଲେ। ସଦସ୍ୟ {m}, {st}, ଶୋକ ପରେ {amt2} ସହାୟତା ମାଗିଲେ; ଅନୁମୋଦିତ, {ib}କୁ ଦିଆଯିବ।",
    "kn": "ಸಮಿತಿ ಸಭೆಯ ನಡಾವಳಿ\n\n{day} ರಂದು ನಡೆಯಿತು. ಅಧ್ಯಕ್ಷರು: {c}. ಕಾರ್ಯದರ್ಶಿ: {s}, {ph}.\nಖಜಾಂಚಿ {t} ಅವರು {bk} ನಲ್ಲಿ "
          "{amt} ಬಾಕಿ ಇದೆ ಎಂದು ತಿಳಿಸಿದರು. ಸದಸ್ಯ {m}, {st}, ಅವರಿಗೆ {amt2} ನೆರವು ನೀಡಲು ತೀರ್ಮಾನಿಸಲಾಯಿತು, {ib} ಗೆ.",
    "am": "የኮሚቴ ስብሰባ ቃለ ጉባኤ\n\n{day} ተካሄደ። ሰብሳቢ፦ {c}። ጸሐፊ፦ {s}፣ {ph}።\nገንዘብ ያዥ {t} በ{bk} {amt} ቀሪ "
          "መኖሩን አሳወቁ። አባል {m}፣ {st}፣ ለሐዘን {amt2} ድጋፍ ጠየቁ፤ ጸድቋል፣ ወደ {ib} ይከፈላል።",
    "id": "NOTULEN RAPAT PENGURUS\n\nDiadakan pada {day}. Ketua: {c}. Sekretaris: {s}, {ph}.\nBendahara, {t}, "
          "melaporkan saldo {amt} di {bk}. Anggota {m} dari {st} memohon bantuan duka {amt2}; disetujui, dibayar ke "
          "{ib}.",
    "es": "ACTA DE LA REUNIÓN DE LA JUNTA\n\nCelebrada el {day}. Presidente: {c}. Secretario(a): {s}, {ph}.\nEl "
          "tesorero, {t}, informó un saldo de {amt} en {bk}. El socio {m}, de {st}, pidió un apoyo de {amt2} por "
          "duelo; aprobado, a pagar en {ib}.",
    "fr": "PROCÈS-VERBAL DE LA RÉUNION DU BUREAU\n\nTenue le {day}. Président : {c}. Secrétaire : {s}, {ph}.\nLe "
          "trésorier, {t}, a présenté un solde de {amt} à {bk}. Le membre {m}, de {st}, a demandé une aide de deuil "
          "de {amt2} ; accordée, versée sur {ib}.",
    "ru": "ПРОТОКОЛ ЗАСЕДАНИЯ ПРАВЛЕНИЯ\n\nСостоялось {day}. Председатель: {c}. Секретарь: {s}, {ph}.\nКазначей "
          "{t} доложил(а) об остатке {amt} в {bk}. Член общества {m}, {st}, просил(а) помощи {amt2} в связи с "
          "утратой; решено выплатить на {ib}.",
    "th": "รายงานการประชุมคณะกรรมการ\n\nประชุมเมื่อ {day} ประธาน: {c} เลขานุการ: {s} {ph}\nเหรัญญิก {t} รายงานยอด"
          "เงิน {amt} ที่ {bk} สมาชิก {m} บ้าน {st} ขอเงินช่วยเหลืองานศพ {amt2} ที่ประชุมอนุมัติ โอนเข้า {ib}",
}  # fmt: skip


def mutual_aid_society_committee_minutes(v: V) -> Doc:
    d = Doc().fmt("{soc}\n\n", soc=v.pk("SOCIETY", ("Embu Welfare Association", "Samaj Sahayata Samiti",
                  "Tamang Ghedung Sangh", "Kerukunan Keluarga Toraja", "Tontine des femmes de Labé",
                  "Общество взаимопомощи", "Mutual Aid Society")))  # fmt: skip
    d.fmt(MINUTES.get(v.lang, MINUTES["en"]) + "\n", day=v.day(), c=v.n(), s=v.n(), ph=v.ph(), t=v.n(),
          amt=v.amt(scale=(3.0, 3.8)), bk=v.bank(), m=v.n(), st=v.st(1), amt2=v.amt(scale=(2.0, 2.8)), ib=v.ib())  # fmt: skip
    return d


TRACTOR = {
    "en": "AGREEMENT FOR THE SALE OF A TRACTOR\n\nOn {day}, {s}, born {dob}, of {st} (the seller), sells to {b} "
          "(the buyer) a {model} tractor, engine no. {eng}, for {amt}, paid to the seller's account {ib}. The "
          "buyer's driving licence: {dl}. Witness: {w}.",
    "sw": "MKATABA WA MAUZO YA TREKTA\n\nTarehe {day}, {s}, aliyezaliwa {dob}, wa {st} (muuzaji), anamuuzia {b} "
          "(mnunuzi) trekta aina ya {model}, injini namba {eng}, kwa {amt}, zilizolipwa kwa akaunti {ib}. Leseni ya "
          "mnunuzi: {dl}. Shahidi: {w}.",
    "hi": "ट्रैक्टर विक्रय अनुबंध\n\nदिनांक {day} को {s}, जन्म {dob}, निवासी {st} (विक्रेता), ने {b} (क्रेता) को "
          "{model} ट्रैक्टर, इंजन नं. {eng}, {amt} में बेचा, राशि खाता {ib} में। क्रेता का लाइसेंस: {dl}। गवाह: {w}।",
    "ne": "ट्र्याक्टर बिक्री सम्झौता\n\nमिति {day} मा {s}, जन्म {dob}, ठेगाना {st} (बिक्रेता) ले {b} (खरिदकर्ता) "
          "लाई {model} ट्र्याक्टर, इन्जिन नं. {eng}, {amt} मा बिक्री गर्नुभयो, रकम {ib} मा। चालक अनुमतिपत्र: {dl}। "
          "साक्षी: {w}।",
    "th": "สัญญาซื้อขายรถแทรกเตอร์\n\nวันที่ {day} {s} เกิด {dob} อยู่ {st} (ผู้ขาย) ขายรถแทรกเตอร์ {model} "
          "เลขเครื่อง {eng} ให้แก่ {b} (ผู้ซื้อ) ราคา {amt} ชำระเข้าบัญชี {ib} ใบขับขี่ผู้ซื้อ {dl} พยาน {w}",
    "ru": "ДОГОВОР КУПЛИ-ПРОДАЖИ ТРАКТОРА\n\n{day} {s}, дата рождения {dob}, адрес: {st} (продавец), продаёт {b} "
          "(покупатель) трактор {model}, двигатель № {eng}, за {amt}, с оплатой на счёт {ib}. Водительское "
          "удостоверение покупателя: {dl}. Свидетель: {w}.",
    "ka": "ტრაქტორის ნასყიდობის ხელშეკრულება\n\n{day}-ს {s}, დაბადებული {dob}, მისამართი {st} (გამყიდველი), "
          "ყიდის {b}-ზე (მყიდველი) ტრაქტორს {model}, ძრავის № {eng}, ფასად {amt}, ანგარიშზე {ib}. მყიდველის მართვის "
          "მოწმობა: {dl}. მოწმე: {w}.",
    "it": "CONTRATTO DI COMPRAVENDITA DI UN TRATTORE\n\nIn data {day} {s}, nato/a il {dob}, residente in {st} "
          "(venditore), vende a {b} (acquirente) un trattore {model}, motore n. {eng}, per {amt}, pagati sul conto "
          "{ib}. Patente dell'acquirente: {dl}. Testimone: {w}.",
    "de": "KAUFVERTRAG ÜBER EINEN TRAKTOR\n\nAm {day} verkauft {s}, geboren am {dob}, wohnhaft {st} (Verkäufer), "
          "an {b} (Käufer) einen Traktor {model}, Motor-Nr. {eng}, für {amt}, zahlbar auf {ib}. Führerschein des "
          "Käufers: {dl}. Zeuge: {w}.",
    "nl": "KOOPOVEREENKOMST TRACTOR\n\nOp {day} verkoopt {s}, geboren {dob}, wonende {st} (verkoper), aan {b} "
          "(koper) een tractor {model}, motornummer {eng}, voor {amt}, te betalen op {ib}. Rijbewijs koper: {dl}. "
          "Getuige: {w}.",
    "es": "CONTRATO DE COMPRAVENTA DE TRACTOR\n\nEl {day}, {s}, nacido(a) el {dob}, con domicilio en {st} "
          "(vendedor), vende a {b} (comprador) un tractor {model}, motor N.° {eng}, por {amt}, abonados en la cuenta "
          "{ib}. Licencia del comprador: {dl}. Testigo: {w}.",
    "id": "PERJANJIAN JUAL BELI TRAKTOR\n\nPada {day}, {s}, lahir {dob}, alamat {st} (penjual), menjual kepada {b} "
          "(pembeli) traktor {model}, nomor mesin {eng}, seharga {amt}, dibayar ke rekening {ib}. SIM pembeli: {dl}. "
          "Saksi: {w}.",
    "zh": "拖拉机买卖合同\n\n{day}，卖方{s}（出生日期{dob}，住址{st}）将{model}拖拉机一台（发动机号{eng}）以{amt}"
          "出售给买方{b}，款项汇入{ib}。买方驾驶证号：{dl}。见证人：{w}。",
}  # fmt: skip


def tractor_sale_agreement(v: V) -> Doc:
    s = v.who()
    d = Doc().fmt("{dk}\n\n", dk=v.dk())
    d.fmt(TRACTOR.get(v.lang, TRACTOR["en"]) + "\n\n", day=v.day(), s=v.as_(s), dob=v.db(form="word"), st=v.st(1),
          b=v.n(), model=v.pk("MODEL", ("Massey Ferguson 240", "Mahindra 575 DI", "Kubota L3408", "Belarus 82.1",
          "John Deere 5075E", "Sonalika DI 745")), eng=v.k("ENGINE", f"{v.rng.choice('ABKMS')}{v.rng.randint(1000000, 9999999)}"),
          amt=v.amt(scale=(3.3, 4.0)), ib=v.ib(), dl=v.dl()[1], w=v.n())  # fmt: skip
    d.fmt("{x} · {ph} · {em} · BIC {sw}\n", x=v.as_(s, "g"), ph=v.ph(), em=v.em(s), sw=v.sw())
    return d


def second_hand_phone_purchase_receipt(v: V) -> Doc:
    s = v.who()
    d = Doc().fmt("{co} — RECEIPT {ref}   {day}\n\nSeller:\n", co=v.pk("COMPANY", ("Mobile Exchange", "Phone Bazaar",
                  "ReCell", "Handy-Ankauf Köln", "Telefonía Bagua")), ref=v.ref(), day=v.day())  # fmt: skip
    _form(
        d, v, [("name", v.as_(s)), ("born", v.db()), ("addr", v.st()), ("phone", v.ph()), ("dl", v.dl()[1])]
    )
    d.fmt("Item: {m}, EAN {ean}\nPaid: {amt} to {ib}\nCashier: {c}\n", m=v.pk("MODEL", ("Galaxy A54", "iPhone 12",
          "Redmi Note 12", "Tecno Spark 10")), ean=v.k("EAN13", kp.ean13(v.rng)), amt=v.amt(scale=(2.0, 2.7)),
          ib=v.ib(), c=v.g())  # fmt: skip
    return d


def summer_camp_waitlist_email(v: V) -> Doc:
    par, kid = v.who(True), v.who()
    d = Doc().fmt("From: {camp} <office@camp.example>\nTo: {n} <{em}>\nDate: {day}\nSubject: Waitlist position "
                  "{pos}\nX-Originating-IP: {ip}\n\nDear {g},\n\n{k}, born {dob}, is number {pos2} on our waitlist "
                  "for the {wk} session.\n\nMother: {m}\nPhone: {ph}\nHome address:\n{st}\n\nA deposit of {a} was "
                  "authorised on card {cc}; it is refunded if no place opens. Registrar: {r} ({rph}).\n",
                  camp=v.pk("CAMP", ("Camp Kalymee", "Lägergården Sjöviken", "Kamp Noordzee", "Campo Estivo Platamona")),
                  n=v.as_(par), em=v.em(par), day=v.day(), pos=str(v.rng.randint(2, 40)), ip=v.ipa(),
                  g=v.as_(par, "g"), k=v.as_(kid), dob=v.db(young=True), pos2=str(v.rng.randint(2, 40)),
                  wk=v.pk("SESSION", ("July", "August", "first", "second")), m=v.as_(par), ph=v.ph(),
                  st=v.st(v.rng.choice((2, 3))), a=v.amt(scale=(1.8, 2.4)), cc=v.cc(), r=v.n(), rph=v.abroad())  # fmt: skip
    return d


PASSPORT = {
    "en": ("DECLARATION OF A LOST OR STOLEN PASSPORT", "Place of loss"),
    "sv": ("ANMÄLAN OM FÖRLORAT PASS", "Förlustort"), "fr": ("DÉCLARATION DE PERTE DE PASSEPORT", "Lieu de la perte"),
    "th": ("บันทึกแจ้งหนังสือเดินทางสูญหาย", "สถานที่ที่สูญหาย"), "ka": ("განცხადება პასპორტის დაკარგვის შესახებ", "დაკარგვის ადგილი"),
    "he": ("הצהרה על אובדן דרכון", "מקום האובדן"), "kn": ("ಪಾಸ್‌ಪೋರ್ಟ್ ಕಳೆದುಹೋದ ಘೋಷಣೆ", "ಕಳೆದುಹೋದ ಸ್ಥಳ"),
    "or": ("ପାସପୋର୍ଟ ହଜିବା ଘୋଷଣାପତ୍ର", "ହଜିଥିବା ସ୍ଥାନ"), "hi": ("पासपोर्ट खोने की घोषणा", "खोने का स्थान"),
    "ne": ("राहदानी हराएको उद्घोषण", "हराएको स्थान"), "ru": ("ЗАЯВЛЕНИЕ ОБ УТРАТЕ ПАСПОРТА", "Место утраты"),
    "ar": ("إقرار بفقدان جواز سفر", "مكان الفقد"), "zh": ("护照遗失声明", "遗失地点"), "ja": ("旅券紛失届出書", "紛失場所"),
    "am": ("የጠፋ ፓስፖርት ማሳወቂያ", "የጠፋበት ቦታ"), "nl": ("VERKLARING VERMISSING PASPOORT", "Plaats van verlies"),
    "de": ("VERLUSTANZEIGE REISEPASS", "Verlustort"), "it": ("DENUNCIA DI SMARRIMENTO DEL PASSAPORTO", "Luogo dello smarrimento"),
    "sw": ("TAMKO LA KUPOTEA KWA PASIPOTI", "Mahali ilipopotea"), "es": ("DECLARACIÓN DE PÉRDIDA DE PASAPORTE", "Lugar de la pérdida"),
    "id": ("SURAT PERNYATAAN KEHILANGAN PASPOR", "Tempat kehilangan"),
}  # fmt: skip


def lost_passport_declaration(v: V) -> Doc:
    head, pno = _t(v, PASSPORT)
    o, mo, fa = v.who(), v.who(True), v.who(False)
    d = Doc().fmt("{a}\n{t}   {dk}\n\n", a=v.auth(), t=v.k("LABEL", head), dk=v.dk())
    _form(d, v, [("name", v.as_(o)), ("born", v.db(form="word")), ("mother", v.as_(mo)), ("father", v.as_(fa)),
                 ("addr", v.st()), ("phone", v.ph()), ("mail", v.em(o)), ("dl", v.dl()[1])])  # fmt: skip
    d.fmt("{pl}: {p}\n{day}\n", pl=v.k("LABEL", pno), p=v.pk("PLACE", ("Arlanda Airport", "Schiphol", "Köln Hbf",
          "Suvarnabhumi Airport", "Ben Gurion Airport", "Tribhuvan Airport", "King Abdulaziz Airport", "Bole Airport",
          "Jomo Kenyatta Airport", "Miyako Airport", "Stazione di Sassari")), day=v.day())  # fmt: skip
    _form(d, v, [("sign", v.as_(o, "g"))])
    return d


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    chimney_sweep_inspection_certificate,
    bicycle_theft_police_report,
    amateur_radio_licence_application,
    boat_mooring_permit_renewal,
    choir_tour_rooming_list_csv,
    kite_festival_entrant_pipe_table,
    locksmith_callout_log,
    orchard_picker_roster_tsv,
    dietitian_referral_json,
    sheepdog_trial_entries_xml,
    home_solar_installer_job_ini,
    dog_grooming_appointment_yaml,
    hl7_mdm_document_notification,
    edifact_iftmin_consignment_instruction,
    x12_276_claim_status_inquiry,
    medicaid_ride_trip_request,
    burst_pipe_damage_complaint_letter,
    roof_repair_contractor_chat,
    school_fee_reminder_sms,
    mutual_aid_society_committee_minutes,
    tractor_sale_agreement,
    second_hand_phone_purchase_receipt,
    summer_camp_waitlist_email,
    lost_passport_declaration,
)
US_ONLY = ("x12_276_claim_status_inquiry", "medicaid_ride_trip_request")
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
