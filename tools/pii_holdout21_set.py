"""The twenty-first holdout PII set: `python -m tools.pii_holdout21_set` writes benchmarks/pii_intl/holdout21.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written blind: without opening
Charter's recognizers, their word lists, the benchmark's results or any misses file, and the scrubber was never
run on it while it was written. The twentieth set was read only for its API, row schema and test model (its
Doc/P/K assembly, value accessors and `problems` check are mirrored); the earlier sets' family names, locales
and name origins were listed only to avoid them; the value generators (tools/pii_holdout21_values.py) and the
must-keep generators (tools/pii_holdout21_keep.py) were written from scratch. Families: beekeeper hive
registrations, piano tuning visit records, firewood delivery orders, hearing aid fitting records, allotment
plot leases, dog licence renewals, foster carer applications, driving test booking confirmations, gold loan
pledge receipts, hackathon team rosters (CSV), car ferry vehicle decks (pipe tables), night pharmacy handovers
(fixed-width), vineyard harvest crews (TSV), language school placements (JSON), rowing regatta crews (XML),
makerspace members (INI), equine passports (YAML), HL7 ORU lab results, EDIFACT INVOIC invoices, X12 278 prior
authorizations, childcare subsidy caseworker e-mails, noisy neighbour complaint letters, removal van family
chats and water utility outage SMS batches.

Person names come from hand-written lists of twenty-six origins no earlier split uses (see _LISTS in the
values module), ten given names a sex and ten family names an origin, in Arabic script (Sorani Kurdish with its
own letters ڵ ڕ ێ ۆ ە, and Persian for Bakhtiari), Hebrew, Cyrillic, Devanagari, Chinese and Latin (with
Vietnamese, Portuguese, Spanish, French, Finnish, German and Sami diacritics). Gan names are written family
name first without a space; Jarai names put the clan name first; Rade (Ê Đê) names carry the Y (men) and H'
(women) prefixes before the given name and the clan name after it; Jakaltek names carry two surnames
(father's, then mother's); Komi women carry the feminine surname (Канева), Lango women the A- form of the Luo
name (Akello for Okello); Nande and Bulu names are often written FAMILY NAME first in capitals.

Weak points, honestly: the name lists are short (ten names a list), so a recognizer that knows a few of them
scores out of proportion; several lists were written from general knowledge rather than attested registers:
the Nande 'family names' and the Motu women's names are guesses, the Bakhtiari 'family names' mix tribe and
clan names (زراسوند, بابادی, دورکی) with ordinary Iranian surnames, the Sorani 'family names' are tribal and
place names (جاف, هەورامی), the Giryama, Lango and Motu family names are fathers' or clan names, the Ndau,
Bulu, Berom, Rukiga, Lango, Jakaltek, Kiowa, Dakota and Passamaquoddy-Maliseet given-name lists are mostly
church or English names, the Jarai given names and their tone marks were written from memory, and the Kurukh
list uses the clan surnames (तिर्की, एक्का, टोप्पो) in Hindi spelling; only nine of the twenty-four families (the
nine forms: hive, piano, firewood, hearing aid, allotment, dog licence, foster carer, driving test, gold loan)
are written in the locale's language, through their title and field labels only, in the fifteen label
languages other than English; every other family, including the letter, the chat, the e-mail and the SMS batch, keeps English or
format-only boilerplate, and the eight English-label locales (Karbi, Rukiga, Lango, Berom, Passamaquoddy-
Maliseet, Motu, Kiowa, Dakota) are English throughout; the Sorani locale's labels are Arabic (as Iraqi federal
forms write them), not Kurdish; no form body text (beyond labels) was checked by a native speaker; the names of
companies, ferries, regattas, schools and horses are drawn from one pool, not the document's country, so a
Komi form may name a Kenyan cement company; IBANs are of the document's country only for the eight of its
countries that have them in the registry used (Iraq, Iran, Finland, the Netherlands, Germany, Israel,
Mozambique, Guatemala), the rest drawn from sixty-six countries at random, and a country's structure was typed
from memory (Iran's is not in the SWIFT registry); street names are three or four per country and towns three
per locale, so addresses repeat; each document draws its locale at random, so a locale holds from six
(Palatine German) to twenty-five documents outside the US-only families; the US-only families (X12 278, childcare subsidy e-mails) carry all the SSNs
(forty-two), in two locales only; phone number prefixes were chosen by hand and phonenumbers' metadata decides
the rest, so a range it misjudges would be mislabelled; driver's licence layouts are invented unless common
knowledge (the Indian RTO code AS0x is drawn at random) and record-number layouts are invented; every date is
Gregorian and every digit ASCII; names in scripts without case never appear lower-cased, upper-cased or as
initials; the HL7 and X12 messages split an address into fields, and only the street line is a span there
(town and postcode are left as plain text, neither span nor must-keep).

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

from tools import pii_holdout21_keep as kp
from tools.pii_holdout21_values import ABROAD, ADDRESSES, LOCALES, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout21.jsonl"
SEED = 8128447
DOCUMENTS = 504
SPLIT = "holdout21"

# Field labels of forms, per language of the locale.
LABELS: dict[str, dict[str, str]] = {
    "en": {"name": "Full name", "surname": "Surname", "given": "Given name(s)", "born": "Date of birth",
           "phone": "Phone", "addr": "Address", "mail": "Email", "dl": "Driver's licence no.", "sign": "Signature",
           "mother": "Mother's name", "father": "Father's name"},
    "zh": {"name": "姓名", "surname": "姓", "given": "名", "born": "出生日期", "phone": "手机号码", "addr": "家庭住址",
           "mail": "电子邮箱", "dl": "驾驶证号码", "sign": "签字", "mother": "母亲姓名", "father": "父亲姓名"},
    "ar": {"name": "الاسم الثلاثي", "surname": "اللقب", "given": "الاسم", "born": "تاريخ الولادة", "phone": "رقم الهاتف",
           "addr": "عنوان السكن", "mail": "البريد الإلكتروني", "dl": "رقم إجازة السوق", "sign": "توقيع مقدم الطلب",
           "mother": "اسم الأم", "father": "اسم الأب"},
    "fa": {"name": "نام و نام خانوادگی", "surname": "نام خانوادگی", "given": "نام", "born": "تاریخ تولد",
           "phone": "شماره تماس", "addr": "نشانی", "mail": "پست الکترونیک", "dl": "شماره گواهینامه رانندگی",
           "sign": "امضا", "mother": "نام مادر", "father": "نام پدر"},
    "ru": {"name": "ФИО", "surname": "Фамилия", "given": "Имя", "born": "Дата рождения", "phone": "Контактный телефон",
           "addr": "Адрес регистрации", "mail": "E-mail", "dl": "Серия и номер ВУ", "sign": "Подпись заявителя",
           "mother": "Мать", "father": "Отец"},
    "fi": {"name": "Nimi", "surname": "Sukunimi", "given": "Etunimet", "born": "Syntymäaika", "phone": "Puhelin",
           "addr": "Osoite", "mail": "Sähköposti", "dl": "Ajokortin numero", "sign": "Allekirjoitus",
           "mother": "Äidin nimi", "father": "Isän nimi"},
    "nl": {"name": "Naam en voorletters", "surname": "Geslachtsnaam", "given": "Voornamen", "born": "Geboren op",
           "phone": "Telefoon", "addr": "Woonadres", "mail": "E-mail", "dl": "Nummer rijbewijs", "sign": "Handtekening",
           "mother": "Naam moeder", "father": "Naam vader"},
    "de": {"name": "Name, Vorname", "surname": "Familienname", "given": "Vornamen", "born": "geboren am",
           "phone": "Telefon", "addr": "Wohnanschrift", "mail": "E-Mail-Adresse", "dl": "Führerschein-Nr.",
           "sign": "Unterschrift des Antragstellers", "mother": "Name der Mutter", "father": "Name des Vaters"},
    "hi": {"name": "आवेदक का नाम", "surname": "उपनाम", "given": "नाम", "born": "जन्म की तारीख", "phone": "मोबाइल नंबर",
           "addr": "स्थायी पता", "mail": "ई-मेल", "dl": "ड्राइविंग लाइसेंस नंबर", "sign": "आवेदक के हस्ताक्षर",
           "mother": "माता का नाम", "father": "पिता का नाम"},
    "vi": {"name": "Họ và tên", "surname": "Họ", "given": "Tên", "born": "Ngày sinh", "phone": "Số điện thoại",
           "addr": "Địa chỉ thường trú", "mail": "Thư điện tử", "dl": "Số giấy phép lái xe", "sign": "Người khai ký tên",
           "mother": "Họ tên mẹ", "father": "Họ tên cha"},
    "he": {"name": "שם ושם משפחה", "surname": "שם משפחה", "given": "שם פרטי", "born": "תאריך לידה", "phone": "טלפון נייד",
           "addr": "כתובת מגורים", "mail": "דואר אלקטרוני", "dl": "מס' רישיון נהיגה", "sign": "חתימת המבקש",
           "mother": "שם האם", "father": "שם האב"},
    "sw": {"name": "Majina kamili", "surname": "Jina la ukoo", "given": "Majina", "born": "Tarehe ya kuzaliwa",
           "phone": "Namba ya simu", "addr": "Makazi", "mail": "Barua pepe", "dl": "Namba ya leseni ya udereva",
           "sign": "Sahihi ya mwombaji", "mother": "Jina la mama", "father": "Jina la baba"},
    "pt": {"name": "Nome completo", "surname": "Apelido", "given": "Nomes próprios", "born": "Data de nascimento",
           "phone": "Telemóvel", "addr": "Morada", "mail": "Correio eletrónico", "dl": "N.º da carta de condução",
           "sign": "Assinatura", "mother": "Nome da mãe", "father": "Nome do pai"},
    "fr": {"name": "Nom et prénom", "surname": "Nom de famille", "given": "Prénoms", "born": "Né(e) le",
           "phone": "Téléphone portable", "addr": "Adresse du domicile", "mail": "Adresse électronique",
           "dl": "Numéro du permis de conduire", "sign": "Signature du demandeur", "mother": "Nom de la mère",
           "father": "Nom du père"},
    "es": {"name": "Nombre completo", "surname": "Apellidos", "given": "Nombres", "born": "Fecha de nacimiento",
           "phone": "Teléfono", "addr": "Dirección de residencia", "mail": "Correo electrónico",
           "dl": "No. de licencia de conducir", "sign": "Firma del solicitante", "mother": "Nombre de la madre",
           "father": "Nombre del padre"},
    "id": {"name": "Nama sesuai KTP", "surname": "Marga / fam", "given": "Nama depan", "born": "Tanggal lahir",
           "phone": "Nomor HP", "addr": "Alamat domisili", "mail": "Surel", "dl": "Nomor SIM", "sign": "Tanda tangan pemohon",
           "mother": "Nama ibu kandung", "father": "Nama ayah"},
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
        return K("BANK", kp.local(self.rng, self.country, 0))

    def auth(self) -> K:
        return K("AUTHORITY", kp.local(self.rng, self.country, 1))

    def law(self) -> K:
        return K("CITATION", kp.local(self.rng, self.country, 2))

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


# Titles of the forms written in the locale's language, per family (English where a language has none).
TITLES: dict[str, dict[str, str]] = {
    "hive": {"en": "APIARY AND HIVE REGISTRATION", "zh": "蜂场蜂箱登记表", "ar": "استمارة تسجيل المناحل",
             "fa": "فرم ثبت زنبورستان و کندو", "ru": "РЕГИСТРАЦИЯ ПАСЕКИ И УЛЬЕВ", "fi": "MEHILÄISTARHAN REKISTERÖINTI",
             "nl": "REGISTRATIE BIJENSTAND EN KASTEN", "de": "ANMELDUNG EINES BIENENSTANDES", "hi": "मधुमक्खी पालन पंजीकरण",
             "vi": "ĐĂNG KÝ NUÔI ONG", "he": "רישום מכוורת", "sw": "USAJILI WA MIZINGA YA NYUKI",
             "pt": "REGISTO DE APIÁRIO E COLMEIAS", "fr": "DÉCLARATION DE RUCHER", "es": "REGISTRO DE APIARIO Y COLMENAS",
             "id": "PENDAFTARAN PETERNAKAN LEBAH"},
    "piano": {"en": "PIANO TUNING — VISIT RECORD", "zh": "钢琴调律上门记录", "ar": "سجل زيارة ضبط البيانو",
              "fa": "گزارش کوک پیانو", "ru": "АКТ НАСТРОЙКИ ФОРТЕПИАНО", "fi": "PIANON VIRITYS — KÄYNTIRAPORTTI",
              "nl": "PIANOSTEMMEN — BEZOEKRAPPORT", "de": "KLAVIERSTIMMUNG — BESUCHSPROTOKOLL", "hi": "पियानो ट्यूनिंग रिकॉर्ड",
              "vi": "BIÊN BẢN LÊN DÂY ĐÀN PIANO", "he": "דוח כיוון פסנתר", "sw": "RIPOTI YA KUREKEBISHA PIANO",
              "pt": "AFINAÇÃO DE PIANO — RELATÓRIO", "fr": "ACCORD DE PIANO — FICHE D'INTERVENTION",
              "es": "AFINACIÓN DE PIANO — INFORME DE VISITA", "id": "LAPORAN PENYETELAN PIANO"},
    "wood": {"en": "FIREWOOD DELIVERY ORDER", "zh": "木柴送货订单", "ar": "طلب توصيل حطب", "fa": "سفارش تحویل هیزم",
             "ru": "ЗАКАЗ НА ДОСТАВКУ ДРОВ", "fi": "POLTTOPUUTILAUS", "nl": "BESTELLING HAARDHOUT",
             "de": "BRENNHOLZBESTELLUNG", "hi": "जलाऊ लकड़ी आपूर्ति आदेश", "vi": "ĐƠN ĐẶT GIAO CỦI",
             "he": "הזמנת עצי הסקה", "sw": "ODA YA KULETEWA KUNI", "pt": "ENCOMENDA DE LENHA",
             "fr": "BON DE COMMANDE — BOIS DE CHAUFFAGE", "es": "PEDIDO DE LEÑA", "id": "PESANAN KAYU BAKAR"},
    "hear": {"en": "HEARING AID FITTING RECORD", "zh": "助听器验配记录", "ar": "سجل تركيب سماعة الأذن",
             "fa": "پرونده تجویز سمعک", "ru": "КАРТА ПОДБОРА СЛУХОВОГО АППАРАТА", "fi": "KUULOKOJEEN SOVITUS",
             "nl": "AANPASVERSLAG HOORTOESTEL", "de": "HÖRGERÄTEANPASSUNG — PROTOKOLL", "hi": "श्रवण यंत्र फिटिंग रिकॉर्ड",
             "vi": "PHIẾU LẮP MÁY TRỢ THÍNH", "he": "רשומת התאמת מכשיר שמיעה", "sw": "KUMBUKUMBU YA KIFAA CHA KUSIKIA",
             "pt": "REGISTO DE ADAPTAÇÃO DE APARELHO AUDITIVO", "fr": "FICHE D'APPAREILLAGE AUDITIF",
             "es": "REGISTRO DE ADAPTACIÓN DE AUDÍFONO", "id": "CATATAN PEMASANGAN ALAT BANTU DENGAR"},
    "plot": {"en": "ALLOTMENT PLOT LEASE", "zh": "菜园地块租赁合同", "ar": "عقد إيجار قطعة حديقة", "fa": "اجاره‌نامه قطعه باغچه",
             "ru": "ДОГОВОР АРЕНДЫ ОГОРОДНОГО УЧАСТКА", "fi": "PALSTAN VUOKRASOPIMUS", "nl": "HUUROVEREENKOMST VOLKSTUIN",
             "de": "PACHTVERTRAG KLEINGARTEN", "hi": "बगीचा भूखंड पट्टा", "vi": "HỢP ĐỒNG THUÊ ĐẤT VƯỜN",
             "he": "חוזה חכירת חלקת גינה", "sw": "MKATABA WA KUKODI SHAMBA LA BUSTANI", "pt": "CONTRATO DE TALHÃO DE HORTA",
             "fr": "BAIL DE PARCELLE DE JARDIN", "es": "CONTRATO DE PARCELA DE HUERTO", "id": "PERJANJIAN SEWA LAHAN KEBUN"},
    "dog": {"en": "DOG LICENCE RENEWAL", "zh": "犬只登记证续期", "ar": "تجديد رخصة كلب", "fa": "تمدید مجوز نگهداری سگ",
            "ru": "ПЕРЕРЕГИСТРАЦИЯ СОБАКИ", "fi": "KOIRAREKISTERIN UUSIMINEN", "nl": "VERLENGING HONDENPENNING",
            "de": "VERLÄNGERUNG HUNDESTEUERMARKE", "hi": "कुत्ता लाइसेंस नवीनीकरण", "vi": "GIA HẠN GIẤY PHÉP NUÔI CHÓ",
            "he": "חידוש רישיון להחזקת כלב", "sw": "KUHUISHA LESENI YA MBWA", "pt": "RENOVAÇÃO DE LICENÇA DE CÃO",
            "fr": "RENOUVELLEMENT DE LA LICENCE CANINE", "es": "RENOVACIÓN DE LICENCIA CANINA", "id": "PERPANJANGAN IZIN ANJING"},
    "foster": {"en": "APPLICATION TO BECOME A FOSTER CARER", "zh": "寄养家庭申请表", "ar": "طلب أن تصبح أسرة حاضنة",
               "fa": "درخواست خانواده میزبان فرزندپذیری", "ru": "ЗАЯВЛЕНИЕ КАНДИДАТА В ПРИЁМНЫЕ РОДИТЕЛИ",
               "fi": "HAKEMUS SIJAISPERHEEKSI", "nl": "AANMELDING PLEEGOUDER", "de": "BEWERBUNG ALS PFLEGEFAMILIE",
               "hi": "पालक देखभालकर्ता आवेदन", "vi": "ĐƠN ĐĂNG KÝ GIA ĐÌNH NHẬN NUÔI", "he": "בקשה להיות משפחת אומנה",
               "sw": "OMBI LA KUWA MLEZI WA KAMBO", "pt": "CANDIDATURA A FAMÍLIA DE ACOLHIMENTO",
               "fr": "DEMANDE D'AGRÉMENT D'ASSISTANT FAMILIAL", "es": "SOLICITUD DE FAMILIA DE ACOGIDA",
               "id": "PERMOHONAN MENJADI ORANG TUA ASUH"},
    "test": {"en": "DRIVING TEST BOOKING CONFIRMATION", "zh": "驾驶考试预约确认", "ar": "تأكيد حجز اختبار القيادة",
             "fa": "تأیید نوبت آزمون رانندگی", "ru": "ЗАПИСЬ НА ЭКЗАМЕН ПО ВОЖДЕНИЮ", "fi": "AJOKOKEEN VARAUSVAHVISTUS",
             "nl": "BEVESTIGING RIJEXAMEN", "de": "TERMINBESTÄTIGUNG FAHRPRÜFUNG", "hi": "ड्राइविंग टेस्ट बुकिंग पुष्टि",
             "vi": "XÁC NHẬN ĐĂNG KÝ SÁT HẠCH LÁI XE", "he": "אישור זימון למבחן נהיגה", "sw": "UTHIBITISHO WA MTIHANI WA UDEREVA",
             "pt": "CONFIRMAÇÃO DE EXAME DE CONDUÇÃO", "fr": "CONVOCATION À L'EXAMEN DU PERMIS",
             "es": "CONFIRMACIÓN DE EXAMEN DE MANEJO", "id": "KONFIRMASI UJIAN PRAKTIK SIM"},
    "gold": {"en": "GOLD LOAN PLEDGE RECEIPT", "zh": "黄金质押借款收据", "ar": "إيصال رهن ذهب", "fa": "رسید وثیقه طلا",
             "ru": "ЗАЛОГОВЫЙ БИЛЕТ (ЗОЛОТО)", "fi": "KULTAPANTTIKUITTI", "nl": "PANDBEWIJS GOUD",
             "de": "PFANDSCHEIN GOLD", "hi": "स्वर्ण ऋण गिरवी रसीद", "vi": "BIÊN NHẬN CẦM CỐ VÀNG",
             "he": "קבלת משכון זהב", "sw": "RISITI YA REHANI YA DHAHABU", "pt": "RECIBO DE PENHOR DE OURO",
             "fr": "RECONNAISSANCE DE PRÊT SUR GAGE (OR)", "es": "BOLETA DE EMPEÑO DE ORO", "id": "BUKTI GADAI EMAS"},
}  # fmt: skip


def _title(v: V, key: str) -> K:
    return K("LABEL", TITLES[key].get(v.lang, TITLES[key]["en"]))


def beekeeper_hive_registration(v: V) -> Doc:
    o = v.who()
    d = Doc().fmt("{a}\n{t}   {dk}\n\n", a=v.auth(), t=_title(v, "hive"), dk=v.dk())
    _form(
        d, v, [("name", v.as_(o)), ("born", v.db()), ("addr", v.st()), ("phone", v.ph()), ("mail", v.em(o))]
    )
    d.fmt("{h} × {n}  ·  {fee}  →  {ib}\n", h=v.k("LABEL", "🐝"), n=v.k("HIVES", f"{v.rng.randint(3, 80)} hives"),
          fee=v.amt(scale=(1.0, 1.8)), ib=v.ib())  # fmt: skip
    _form(d, v, [("sign", v.n(v.rng.choice(("init", "upper", "gs"))))])
    return d


def piano_tuning_visit_record(v: V) -> Doc:
    o = v.who()
    d = Doc().fmt("{co}\n{t}   {day}\n\n", co=v.co(), t=_title(v, "piano"), day=v.day())
    _form(d, v, [("name", v.as_(o)), ("addr", v.st()), ("phone", v.ph()), ("mail", v.em(o))])
    d.fmt("{m}  s/n {sn}  A4 = {hz} Hz\n{amt} — {cc}\n", m=v.pk("MODEL", ("Yamaha U3", "Petrof P 118", "Bechstein A 124",
          "Kawai K-300", "Pearl River UP118", "Красный Октябрь")), sn=v.k("SERIAL", str(v.rng.randint(100000, 6999999))),
          hz=v.pk("PITCH", ("440", "442", "443")), amt=v.amt(scale=(1.6, 2.3)), cc=v.cc())  # fmt: skip
    _form(d, v, [("sign", v.g())])
    return d


def firewood_delivery_order_form(v: V) -> Doc:
    o = v.who()
    d = Doc().fmt("{co}\n{t}   #{ref}\n\n", co=v.co(), t=_title(v, "wood"), ref=v.ref())
    _form(
        d, v, [("name", v.as_(o)), ("addr", v.st(v.rng.choice((2, 3)))), ("phone", v.ph()), ("mail", v.em(o))]
    )
    d.fmt("{q} m³ {w} — {amt}\n{day} · IBAN {ib} · BIC {sw}\n", q=v.k("VOLUME", str(v.rng.randint(2, 12))),
          w=v.pk("WOOD", ("birch", "oak", "beech", "pine", "acacia")), amt=v.amt(scale=(2.0, 2.8)), day=v.day(),
          ib=v.ib(), sw=v.sw())  # fmt: skip
    return d


def hearing_aid_fitting_record(v: V) -> Doc:
    o = v.who()
    lab, num = v.mr()
    d = Doc().fmt("{h}\n{t}   {day}\n\n", h=v.hosp(), t=_title(v, "hear"), day=v.day())
    _form(d, v, [("name", v.as_(o)), ("born", v.db(form=v.rng.choice(("word", "num", "iso")))), (lab.value, num),
                 ("addr", v.st()), ("phone", v.ph())])  # fmt: skip
    d.fmt("ICD-10 {icd} · {dev} · {amt}\n", icd=v.pk("ICD10", kp.ICD10), dev=v.pk("DEVICE", ("Phonak Audéo L90",
          "Oticon More 1", "Signia Pure 7X", "ReSound Omnia 9")), amt=v.amt(scale=(2.8, 3.5)))  # fmt: skip
    _form(d, v, [("sign", v.n("init"))])
    return d


def allotment_plot_lease_agreement(v: V) -> Doc:
    o = v.who()
    d = Doc().fmt("{a}\n{t}   {dk}   {day}\n\n", a=v.auth(), t=_title(v, "plot"), dk=v.dk(), day=v.day())
    _form(d, v, [("surname", P("PERSON", o[1])), ("given", P("PERSON", o[0])), ("born", v.db(form="word")),
                 ("addr", v.st()), ("phone", v.ph()), ("mail", v.em(o))])  # fmt: skip
    d.fmt("№ {p} · {m2} m² · {amt}/a\n{ib}  {sw}\n{law}\n", p=v.k("PLOT", f"{v.rng.choice('ABCDEFG')}-{v.rng.randint(1, 140)}"),
          m2=v.k("AREA", str(v.rng.randint(50, 400))), amt=v.amt(scale=(1.6, 2.4)), ib=v.ib(), sw=v.sw(), law=v.law())  # fmt: skip
    _form(d, v, [("sign", v.as_(o, "g"))])
    return d


def dog_licence_renewal_form(v: V) -> Doc:
    o = v.who()
    d = Doc().fmt("{a}\n{t}   {day}\n\n", a=v.auth(), t=_title(v, "dog"), day=v.day())
    _form(d, v, [("name", v.as_(o)), ("addr", v.st()), ("phone", v.ph()), ("mail", v.em(o))])
    d.fmt("ISO 11784: {chip}  ({breed})\n{amt} · {cc}\nIP {ip}\n", chip=v.k("CHIP", kp.microchip(v.rng)),
          breed=v.pk("BREED", ("Labrador", "Karelian Bear Dog", "Pinscher", "Basenji", "Lapphund", "Drentsche Patrijs")),
          amt=v.amt(scale=(1.2, 2.0)), cc=v.cc(), ip=v.ipa())  # fmt: skip
    return d


def foster_carer_application_form(v: V) -> Doc:
    a, b = v.who(), v.who()
    d = Doc().fmt("{au}\n{t}   {ref}\n\n", au=v.auth(), t=_title(v, "foster"), ref=v.ref())
    _form(d, v, [("name", v.as_(a)), ("born", v.db()), ("mother", v.n(female=True)), ("dl", v.dl()[1]),
                 ("name", v.as_(b)), ("born", v.db()), ("father", v.n(female=False)), ("addr", v.st()),
                 ("phone", v.ph()), ("mail", v.em(a))])  # fmt: skip
    d.fmt("Referee: {r}, {rph}\n{day}\n", r=v.n(), rph=v.abroad(), day=v.day())
    return d


def driving_test_booking_confirmation(v: V) -> Doc:
    o = v.who()
    iss, num = v.dl()
    d = Doc().fmt("{iss}\n{t}   {ref}\n\n", iss=iss, t=_title(v, "test"), ref=v.ref())
    _form(d, v, [("name", v.as_(o)), ("born", v.db(form=v.rng.choice(("num", "iso", "word")))), ("dl", num),
                 ("addr", v.st(1)), ("phone", v.ph()), ("mail", v.em(o))])  # fmt: skip
    d.fmt("{day} {hh}:{mm} — {amt} — {cc}\n", day=v.day(), hh=f"{v.rng.randint(7, 16):02d}", mm=v.rng.choice(("00", "30")),
          amt=v.amt(scale=(1.3, 2.0)), cc=v.cc())  # fmt: skip
    return d


def gold_loan_pledge_receipt(v: V) -> Doc:
    o = v.who()
    d = Doc().fmt("{co}\n{t}   {ref}   {day}\n\n", co=v.co(), t=_title(v, "gold"), ref=v.ref(), day=v.day())
    _form(d, v, [("name", v.as_(o)), ("father", v.n(female=False)), ("born", v.db()), ("addr", v.st()),
                 ("phone", v.ph()), ("dl", v.dl()[1])])  # fmt: skip
    d.fmt("{g} g 22K · {amt} · LEI {lei}\n→ {ib}\n", g=v.k("WEIGHT", f"{v.rng.randint(5, 120)}.{v.rng.randint(0, 9)}"),
          amt=v.amt(scale=(2.5, 3.4)), lei=v.k("LEI", kp.lei(v.rng)), ib=v.ib())  # fmt: skip
    _form(d, v, [("sign", v.as_(o, v.rng.choice(("g", "init"))))])
    return d


def hackathon_team_roster_csv(v: V) -> Doc:
    d = Doc().fmt("# {ev} — teams, {day}; sponsor {co}\n", ev=v.pk("EVENT", ("HackTheTundra", "Plateau Code Jam",
                  "Zagros Hack Weekend", "Tây Nguyên Dev Day", "Pfalz Hackt")), day=v.day(), co=v.co())  # fmt: skip
    d.put("team,member,email,mobile,born\n")
    for i in range(v.rng.randint(3, 5)):
        p = v.who()
        d.fmt("T{i},\"{n}\",{em},{ph},{dob}\n", i=str(i + 1), n=v.as_(p, v.rng.choice(("SG", "lower", "upper", "gs"))),
              em=v.em(p), ph=v.ph(v.rng.choice(("e164", "intl", "nat"))), dob=v.db(form=v.rng.choice(("iso", "compact"))))  # fmt: skip
    d.fmt(
        "# prize {a}, ISSN of the proceedings {issn}\n",
        a=v.amt(scale=(2.5, 3.2)),
        issn=v.k("ISSN", kp.issn(v.rng)),
    )
    return d


def car_ferry_vehicle_pipe_table(v: V) -> Doc:
    d = Doc().fmt("{f} — vehicle deck, sailing {day}\n\n", f=v.pk("FERRY", ("MV Likoni", "Kivu Queen", "Lake Bunyonyi Pontoon",
                  "Sipayik Ferry", "Inari Lautta")), day=v.day())  # fmt: skip
    d.put("| lane | driver | mobile | plate | fare | paid |\n|---|---|---|---|---|---|\n")
    for i in range(v.rng.randint(3, 5)):
        d.fmt("| {i} | {n} | {ph} | {pl} | {a} | ", i=str(i + 1), n=v.n(v.rng.choice(("upper", "gs", "SG", "lower"))),
              ph=v.ph(v.rng.choice(("nat", "intl"))), pl=v.k("PLATE", f"{v.rng.choice(string.ascii_uppercase)}"
              f"{v.rng.choice(string.ascii_uppercase)} {v.rng.randint(100, 999)}"), a=v.amt(scale=(1.0, 1.7)))  # fmt: skip
        d.fmt("{cc} |\n", cc=v.cc()) if v.rng.random() < 0.5 else d.put("cash |\n")
    d.fmt("\nfreight SSCC {s}; purser {p}\n", s=v.k("SSCC", kp.gs1(v.rng, 18)), p=v.n())
    return d


def night_pharmacy_handover_fixed_width(v: V) -> Doc:
    d = Doc().fmt("{h} — NIGHT HANDOVER {day}\n", h=v.hosp(), day=v.day())
    d.put(f"{'TIME':<7}{'PATIENT':<30}{'BORN':<14}{'PHONE':<20}{'ATC':<10}QTY\n")
    for _ in range(v.rng.randint(3, 5)):
        d.fmt("{t:<7}{n:<30}{b:<14}{ph:<20}{atc:<10}{q}\n", t=f"{v.rng.randint(0, 6):02d}:{v.rng.randint(0, 59):02d}",
              n=v.n(v.rng.choice(("upper", "SG", "gs", "lower"))), b=v.db(form=v.rng.choice(("num", "iso"))),
              ph=v.ph(v.rng.choice(("nat", "e164"))), atc=v.pk("ATC", kp.ATC), q=str(v.rng.randint(1, 60)))  # fmt: skip
    d.fmt("pharmacist on duty {p}; GTIN of the restock {g}\n", p=v.g(), g=v.k("EAN13", kp.gs1(v.rng, 13)))
    return d


def vineyard_harvest_crew_tsv(v: V) -> Doc:
    d = Doc().fmt("estate\t{e}\nday\t{day}\n\n", e=v.co(), day=v.day())
    d.put("picker\tborn\tmobile\tkg\twage\tpay_to\n")
    for _ in range(v.rng.randint(3, 5)):
        d.fmt("{n}\t{b}\t{ph}\t{kg}\t{a}\t{ib}\n", n=v.n(v.rng.choice(("gs", "SG", "lower", "upper"))),
              b=v.db(form=v.rng.choice(("iso", "num", "mon"))), ph=v.ph(v.rng.choice(("nat", "e164", "00"))),
              kg=str(v.rng.randint(80, 900)), a=v.amt(scale=(1.6, 2.3)), ib=v.ib())  # fmt: skip
    d.fmt("foreman\t{f}\nestate bond\t{i}\n", f=v.g(), i=v.k("ISIN", kp.isin(v.rng)))
    return d


def language_school_placement_json(v: V) -> Doc:
    p = v.who()
    d = Doc().fmt('{{\n  "school": "{s}",\n  "placement_date": "{day}",\n  "student": {{\n    "name": "{n}",\n'
                  '    "born": "{b}",\n    "email": "{em}",\n    "phone": "{ph}",\n    "address": "',
                  s=v.pk("SCHOOL", ("Goethe-Institut", "Alliance Française", "Instituto Camões", "Confucius Institute",
                  "British Council")), day=v.day(), n=v.as_(p), b=v.db(form="iso"), em=v.em(p), ph=v.ph("e164"))  # fmt: skip
    d.fmt('{st}"\n  }},\n  "level": "{lv}",\n  "fee": "{a}",\n  "card": "{cc}",\n  "client_ip": "{ip}"\n}}\n',
          st=v.st(1), lv=v.pk("CEFR", ("A1", "A2", "B1", "B2", "C1")), a=v.amt(scale=(2.2, 2.9)), cc=v.cc(), ip=v.ipa())  # fmt: skip
    return d


def rowing_regatta_crews_xml(v: V) -> Doc:
    d = Doc().fmt('<?xml version="1.0" encoding="UTF-8"?>\n<regatta name="{r}" date="{day}">\n',
                  r=v.pk("REGATTA", ("Lake Kivu Regatta", "Emmen Roeiwedstrijd", "Inarijärvi Soutu", "Rhein-Pfalz Cup")),
                  day=v.day())  # fmt: skip
    for _ in range(v.rng.randint(2, 3)):
        d.fmt('  <crew club="{c}" fee="{a}">\n', c=v.co(), a=v.amt(scale=(1.5, 2.2)))
        for seat in range(1, v.rng.randint(3, 5)):
            d.fmt('    <rower seat="{s}" born="{b}">{n}</rower>\n', s=str(seat), b=v.db(form="iso"),
                  n=v.n(v.rng.choice(("gs", "upper", "init"))))  # fmt: skip
        d.fmt('    <cox phone="{ph}">{n}</cox>\n  </crew>\n', ph=v.ph("intl"), n=v.n())
    d.fmt('  <payment iban="{ib}" bic="{sw}"/>\n</regatta>\n', ib=v.ib(), sw=v.sw())
    return d


def makerspace_member_ini(v: V) -> Doc:
    p = v.who()
    d = Doc().fmt("; {co} makerspace, exported {day}\n[member]\nname = {n}\nemail = {em}\nphone = {ph}\naddress = {st}\n\n",
                  co=v.co(), day=v.day(), n=v.as_(p), em=v.em(p), ph=v.ph(), st=v.st(1))  # fmt: skip
    d.fmt("[billing]\niban = {ib}\nbic = {sw}\nmonthly = {a}\n\n[access]\nbadge = {b}\nlast_ip = {ip}\n", ib=v.ib(),
          sw=v.sw(), a=v.amt(scale=(1.3, 1.9)), b=v.k("BADGE", f"MK-{v.rng.randint(1000, 9999)}"), ip=v.ipa())  # fmt: skip
    return d


def equine_passport_yaml(v: V) -> Doc:
    p = v.who()
    d = Doc().fmt("horse:\n  name: {h}\n  ueln: {u}\n  chip: \"{c}\"\nowner:\n  name: {n}\n  phone: \"{ph}\"\n  email: {em}\n"
                  "  address: |\n    ", h=v.pk("HORSE", ("Tundra Star", "Moonlight", "Pfalzgraf", "Kivu Wind", "Sipayik Girl")),
                  u=v.k("UELN", f"{v.rng.choice(('276', '528', '246', '840'))}00{v.rng.randint(1000000000, 9999999999)}"),
                  c=v.k("CHIP", kp.microchip(v.rng)), n=v.as_(p), ph=v.ph(), em=v.em(p))  # fmt: skip
    street = v.st(2)
    d.put(P(street.kind, street.value.replace("\n", "\n    ")))
    d.fmt(
        "\nvet:\n  name: {vt}\n  vaccinated: {day}\n  fee: {a}\n",
        vt=v.n(),
        day=v.day(),
        a=v.amt(scale=(1.7, 2.3)),
    )
    return d


def hl7_oru_lab_result_message(v: V) -> Doc:
    p = v.who()
    _, mrn = v.mr()
    streets, towns, _ = ADDRESSES.get(v.locale) or ADDRESSES[v.country]
    d = Doc().fmt("MSH|^~\\&|LIS|{h}|EHR|{h}|{ts}||ORU^R01|{ref}|P|2.5.1\rPID|1||{m}^^^MR||{s}^{g}||{b}|{sx}|||",
                  h=v.hosp(), ts=f"2025{v.rng.randint(1, 12):02d}{v.rng.randint(1, 28):02d}0930", ref=v.ref(), m=mrn,
                  s=P("PERSON", p[1]), g=P("PERSON", p[0]), b=v.db(form="compact"), sx="F" if p[2] else "M")  # fmt: skip
    pc, town = v.rng.choice(towns)
    d.fmt("{st}^^{tw}^^{pc}||{ph}\r", st=P("STREET_ADDRESS", f"{v.rng.randint(1, 200)} {v.rng.choice(streets)}"),
          tw=town, pc=pc.replace("{no4}", "1200"), ph=v.ph(v.rng.choice(("nat", "e164"))))  # fmt: skip
    for _ in range(v.rng.randint(2, 4)):
        d.fmt(
            "OBX|1|NM|{l}^^LN||{x}|||N|||F\r",
            l=v.pk("LOINC", kp.LOINC),
            x=str(round(v.rng.uniform(1, 200), 1)),
        )
    d.fmt("NTE|1||Verified by {n}\r", n=v.n("gs"))
    return d


def edifact_invoic_invoice_message(v: V) -> Doc:
    p = v.who()
    while "'" in p[0]:  # an apostrophe ends an EDIFACT segment: the buyer is drawn again
        p = v.who()
    d = Doc().fmt("UNB+UNOC:3+SUPPLIER+BUYER+{dt}:1200+{r}'\nUNH+1+INVOIC:D:96A:UN'\nBGM+380+{r}+9'\nNAD+BY+++{n}+",
                  dt=f"2{v.rng.randint(40101, 61228)}", r=v.ref(), n=v.as_(p, v.rng.choice(("upper", "gs"))))  # fmt: skip
    d.fmt("{st}'\nCTA+IC+:{c}'\nCOM+{ph}:TE'\nCOM+{em}:EM'\nLIN+1++{ean}:SRV'\nMOA+86:{a}'\nFII+RB+{ib}+{sw}'\nUNT+9+1'\n",
          st=v.st(1), c=v.n("g"), ph=v.ph("e164"), em=v.em(p), ean=v.k("EAN13", kp.gs1(v.rng, 13)),
          a=v.k("AMOUNT", f"{v.rng.randint(100, 99999)}.{v.rng.randint(10, 99)}"), ib=v.ib(), sw=v.sw())  # fmt: skip
    return d


def x12_278_prior_authorization(v: V) -> Doc:
    p = v.who()
    d = Doc().fmt("ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*PAYER          *250301*1200*^*00501*{r}*0*P*:~\n"
                  "ST*278*0001*005010X217~\nNM1*X3*2*{co}*****PI*{ein}~\nNM1*1P*1*{ds}*{dg}****XX*{npi}~\n"
                  "NM1*IL*1*{s}*{g}****MI*{ssn}~\nDMG*D8*{b}~\nN3*{st}~\n",
                  r=str(v.rng.randint(100000000, 999999999)), co=v.co(), ein=v.k("EIN", str(v.rng.randint(100000000, 999999999))),
                  ds=P("PERSON", v.who()[1]), dg=P("PERSON", v.who()[0]), npi=v.k("NPI", kp.npi(v.rng)),
                  s=P("PERSON", p[1].upper()), g=P("PERSON", p[0].upper()), ssn=v.sn(), b=v.db(form="compact"),
                  st=P("STREET_ADDRESS", v.street(1).split(",")[0]))  # fmt: skip
    d.fmt(
        "PER*IC**TE*{ph}~\nHI*ABK:{icd}~\nSE*9*0001~\n",
        ph=v.ph("e164"),
        icd=v.k("ICD10", v.rng.choice(kp.ICD10).replace(".", "")),
    )
    return d


def childcare_subsidy_caseworker_email(v: V) -> Doc:
    par, kid = v.who(True), v.who()
    d = Doc().fmt("From: {cw} <caseworker@tribal-childcare.example>\nTo: {n} <{em}>\nDate: {day}\nSubject: Childcare "
                  "subsidy {ref}\n\nDear {g},\n\nWe approved {a} a month for {k} (born {b}). Please confirm your SSN "
                  "{ssn} and your home address:\n{st}\nThe co-payment is charged to card {cc}. Call me at {ph}.\n\n{cw2}\n{law}\n",
                  cw=v.n(), n=v.as_(par), em=v.em(par), day=v.day(), ref=v.ref(), g=v.as_(par, "g"), a=v.amt(scale=(2.5, 3.0)),
                  k=v.as_(kid), b=v.db(young=True), ssn=v.sn(), st=v.st(2), cc=v.cc(), ph=v.ph(), cw2=v.n("init"), law=v.law())  # fmt: skip
    return d


def noisy_neighbour_complaint_letter(v: V) -> Doc:
    me, them = v.who(), v.who()
    d = Doc().fmt("{n}\n{st}\n{ph} · {em}\n\n{a}\n{day}\n\nRe: noise from the flat of {t} ({dk})\n\nDear Sir or Madam,\n\n"
                  "since {day2} my neighbour {t2} has played loud music after midnight. I attach a sound log and ask you to "
                  "act under {law}. Witness: {w}, {wph}.\n\nYours faithfully,\n{sig}\n",
                  n=v.as_(me), st=v.st(v.rng.choice((2, 3))), ph=v.ph(), em=v.em(me), a=v.auth(), day=v.day(),
                  t=v.as_(them), dk=v.dk(), day2=v.day(), t2=v.as_(them, v.rng.choice(("gs", "init"))), law=v.law(),
                  w=v.n(), wph=v.ph(), sig=v.as_(me, "gs"))  # fmt: skip
    return d


def removal_van_family_chat(v: V) -> Doc:
    a, b = v.who(), v.who()
    d = Doc().fmt("[{day} 08:02] {an}: van booked with {co}, {amt}, paid on {cc}\n", day=v.day(), an=v.as_(a, "g"), co=v.co(),
                  amt=v.amt(scale=(2.2, 2.9)), cc=v.cc())  # fmt: skip
    d.fmt("[08:05] {bn}: new place is {st}\n", bn=v.as_(b, "g"), st=v.st(1))
    d.fmt("[08:06] {an}: driver is {dr}, {ph}\n", an=v.as_(a, "g"), dr=v.n(), ph=v.ph())
    d.fmt("[08:11] {bn}: deposit back from landlord to {ib} pls\n[08:12] {an}: ok. Grandma {gm} born {dob} needs the "
          "ground floor\n", bn=v.as_(b, "g"), ib=v.ib(), an=v.as_(a, "g"), gm=v.n(female=True), dob=v.db())  # fmt: skip
    return d


def water_utility_outage_sms(v: V) -> Doc:
    d = Doc().fmt("{co} SMS batch {day}\n", co=v.co(), day=v.day())
    for _ in range(v.rng.randint(3, 5)):
        p = v.who()
        d.fmt("→ {ph}: {n}, water off at {st} until 18:00. Account {ref}; direct debit {ib}.\n", ph=v.ph(v.rng.choice(("e164", "intl", "nat"))),
              n=v.as_(p, v.rng.choice(("g", "gs", "upper", "lower"))), st=v.st(1), ref=v.ref(), ib=v.ib())  # fmt: skip
    d.fmt("sent by {u} from {ip}\n", u=v.n("init"), ip=v.ipa())
    return d


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    beekeeper_hive_registration,
    piano_tuning_visit_record,
    firewood_delivery_order_form,
    hearing_aid_fitting_record,
    allotment_plot_lease_agreement,
    dog_licence_renewal_form,
    foster_carer_application_form,
    driving_test_booking_confirmation,
    gold_loan_pledge_receipt,
    hackathon_team_roster_csv,
    car_ferry_vehicle_pipe_table,
    night_pharmacy_handover_fixed_width,
    vineyard_harvest_crew_tsv,
    language_school_placement_json,
    rowing_regatta_crews_xml,
    makerspace_member_ini,
    equine_passport_yaml,
    hl7_oru_lab_result_message,
    edifact_invoic_invoice_message,
    x12_278_prior_authorization,
    childcare_subsidy_caseworker_email,
    noisy_neighbour_complaint_letter,
    removal_van_family_chat,
    water_utility_outage_sms,
)
US_ONLY = ("x12_278_prior_authorization", "childcare_subsidy_caseworker_email")
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
