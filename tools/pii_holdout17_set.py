"""The seventeenth holdout PII set: `python -m tools.pii_holdout17_set` writes benchmarks/pii_intl/holdout17.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written blind: without opening
Charter's recognizers, their word lists, the benchmark's results or any misses file, and the scrubber was never
run on it while it was written. The sixteenth set was read only for its API, row schema and test model; the
earlier sets' family names, locales and name origins were listed only to avoid them; the value generators
(tools/pii_holdout17_values.py) and the must-keep generators (tools/pii_holdout17_keep.py) were written from
scratch. Families: hawala remittance ledgers (TSV), murabaha financing offer letters, microfinance group loan
rosters, demat account KYC records (YAML), dividend reinvestment enrolments (XML), returned cheque notices,
card statement call transcripts, guarantor reminder SMS threads, mobile money statements (CSV), eviction
judgment extracts, inheritance renunciation declarations, immigration consultation e-mail threads, court cause
list printouts, land sale deed extracts, HL7 vaccination (VXU) messages, TB DOTS treatment cards, birth
notification forms, vaccine cold-chain delivery JSON, school nurse visit logs (TSV), savings circle group chats,
car workshop job cards, cybercafé session registers, US tax refund offset notices and US W-2c correction
requests.

Person names come from hand-written lists of thirty origins no earlier split uses (see NAMES in the values
module), in Latin, Arabic, Cyrillic, Bengali, Devanagari and Chinese scripts.

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

from tools import pii_holdout17_keep as kp
from tools.pii_holdout17_values import ABROAD, LOCALES, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout17.jsonl"
SEED = 3307151
DOCUMENTS = 504
SPLIT = "holdout17"

# Field labels of forms, per language of the locale.
LABELS: dict[str, dict[str, str]] = {
    "en": {"name": "Full name", "surname": "Surname", "given": "Given name(s)", "born": "Date of birth",
           "phone": "Phone", "addr": "Address", "mail": "Email", "dl": "Driving licence no.", "sign": "Signed",
           "patient": "Patient", "mother": "Mother", "father": "Father"},
    "fr": {"name": "Nom et prénom", "surname": "Nom", "given": "Prénom(s)", "born": "Date de naissance",
           "phone": "Tél.", "addr": "Adresse", "mail": "Courriel", "dl": "Permis de conduire n°", "sign": "Signé",
           "patient": "Patient(e)", "mother": "Mère", "father": "Père"},
    "ar": {"name": "الاسم الكامل", "surname": "اللقب", "given": "الاسم", "born": "تاريخ الولادة", "phone": "الهاتف",
           "addr": "العنوان", "mail": "البريد الإلكتروني", "dl": "رقم رخصة القيادة", "sign": "التوقيع",
           "patient": "المريض", "mother": "الأم", "father": "الأب"},
    "ru": {"name": "ФИО", "surname": "Фамилия", "given": "Имя", "born": "Дата рождения", "phone": "Тел.",
           "addr": "Адрес", "mail": "Эл. почта", "dl": "Вод. удостоверение", "sign": "Подпись",
           "patient": "Пациент", "mother": "Мать", "father": "Отец"},
    "it": {"name": "Nome e cognome", "surname": "Cognome", "given": "Nome", "born": "Data di nascita",
           "phone": "Tel.", "addr": "Indirizzo", "mail": "E-mail", "dl": "Patente n.", "sign": "Firma",
           "patient": "Paziente", "mother": "Madre", "father": "Padre"},
    "de": {"name": "Vor- und Nachname", "surname": "Nachname", "given": "Vorname", "born": "Geburtsdatum",
           "phone": "Telefon", "addr": "Anschrift", "mail": "E-Mail", "dl": "Führerschein-Nr.", "sign": "Unterschrift",
           "patient": "Patient/in", "mother": "Mutter", "father": "Vater"},
    "fa": {"name": "نام و نام خانوادگی", "surname": "نام خانوادگی", "given": "نام", "born": "تاریخ تولد",
           "phone": "تلفن", "addr": "نشانی", "mail": "ایمیل", "dl": "شماره گواهینامه", "sign": "امضا",
           "patient": "بیمار", "mother": "مادر", "father": "پدر"},
    "bn": {"name": "নাম", "surname": "পদবি", "given": "নামের প্রথম অংশ", "born": "জন্ম তারিখ", "phone": "ফোন",
           "addr": "ঠিকানা", "mail": "ইমেইল", "dl": "ড্রাইভিং লাইসেন্স নং", "sign": "স্বাক্ষর", "patient": "রোগী",
           "mother": "মা", "father": "বাবা"},
    "hi": {"name": "नाम", "surname": "उपनाम", "given": "पहला नाम", "born": "जन्म तिथि", "phone": "फ़ोन",
           "addr": "पता", "mail": "ईमेल", "dl": "ड्राइविंग लाइसेंस संख्या", "sign": "हस्ताक्षर", "patient": "रोगी",
           "mother": "माता", "father": "पिता"},
    "zh": {"name": "姓名", "surname": "姓", "given": "名", "born": "出生日期", "phone": "電話", "addr": "住址",
           "mail": "電子郵件", "dl": "駕照號碼", "sign": "簽名", "patient": "病人", "mother": "母親", "father": "父親"},
    "es": {"name": "Nombre completo", "surname": "Apellidos", "given": "Nombre(s)", "born": "Fecha de nacimiento",
           "phone": "Teléfono", "addr": "Domicilio", "mail": "Correo", "dl": "Licencia de conducir", "sign": "Firma",
           "patient": "Paciente", "mother": "Madre", "father": "Padre"},
    "id": {"name": "Nama lengkap", "surname": "Nama keluarga", "given": "Nama depan", "born": "Tanggal lahir",
           "phone": "No. HP", "addr": "Alamat", "mail": "Surel", "dl": "No. SIM", "sign": "Tanda tangan",
           "patient": "Pasien", "mother": "Ibu", "father": "Ayah"},
    "ro": {"name": "Nume și prenume", "surname": "Nume", "given": "Prenume", "born": "Data nașterii",
           "phone": "Telefon", "addr": "Domiciliu", "mail": "E-mail", "dl": "Permis de conducere nr.",
           "sign": "Semnătura", "patient": "Pacient", "mother": "Mama", "father": "Tata"},
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


def hawala_remittance_ledger(v: V) -> Doc:
    d = Doc().fmt("# {co} — daftar hawala / remittance ledger {day}\n# agent line {ph}\n", day=v.day(),
                  co=v.pk("COMPANY", ("Al-Amanah Exchange", "Dahabshiil", "Al Ansari Exchange", "Amal Express")),
                  ph=v.ph("intl"))  # fmt: skip
    d.put("ref\tsender\tsender_phone\tbeneficiary\tbeneficiary_phone\tamount\tpayout_iban\n")
    for _ in range(v.rng.randint(2, 4)):
        d.fmt("{r}\t{a}\t{pa}\t{b}\t{pb}\t{amt}\t{ib}\n", r=v.ref(), a=v.n(v.rng.choice(("gs", "sg", "upper"))),
              pa=v.ph(), b=v.n(), pb=v.abroad(), amt=v.amt("USD", (2.0, 3.6)), ib=v.ib())  # fmt: skip
    d.fmt("# correspondent {sw}; reconciled by {g}\n", sw=v.sw(), g=v.g())
    return d


def murabaha_financing_offer_letter(v: V) -> Doc:
    to = v.who()
    title = ("Ms " if to[2] else v.rng.choice(("Mr ", "Sheikh "))) if v.rng.random() < 0.8 else ""
    d = Doc().fmt("{co}\nIslamic Banking Division\n\n{day}\n\n{n}\n{st}\n\nDear {title}{s},\n\n", co=v.bank(),
                  day=v.day(), n=v.as_(to), st=v.st(3), title=title, s=P("PERSON", to[1]))  # fmt: skip
    d.fmt("Re: Murabaha vehicle financing, application {ref}\n\nWe are pleased to offer a cost-plus sale of the "
          "asset ({prod}) at a cost price of {a1} and a profit of {a2}, payable in 48 instalments by debit from "
          "your account {ib} ({sw}). The offer follows the {cit} and AAOIFI Shari'ah Standard No. 8.\n\n"
          "Should you have any questions, call your relationship manager on {ph} or write to {em}.\n\n"
          "The processing fee will be charged to your card {cc}.\n\nYours faithfully,\n\n{rm}\nRelationship Manager\n", cc=v.cc(), ref=v.ref(), prod=v.pk("PRODUCT", kp.PRODUCTS),
          a1=v.amt(scale=(4.0, 5.0)), a2=v.amt(scale=(3.0, 4.0)), ib=v.ib(), sw=v.sw(),
          cit=v.law(), ph=v.ph("ext"), em=v.em(), rm=v.n())  # fmt: skip
    return d


def microfinance_group_loan_roster(v: V) -> Doc:
    d = Doc().fmt("{co} MICROFINANCE — JOINT LIABILITY GROUP \"{grp}\"\nCentre meeting {day}, loan cycle 3\n\n",
                  co=v.co(), grp=v.k("GROUP", v.rng.choice(("Umoja", "Sunrise", "Al-Amal", "Harmony", "Nur"))),
                  day=v.day())  # fmt: skip
    d.put("| # | member | mobile | date of birth | loan | weekly |\n|---|---|---|---|---|---|\n")
    for i in range(v.rng.randint(3, 5)):
        d.fmt("| {i} | {n} | {ph} | {dob} | {a} | {w} |\n", i=str(i + 1), n=v.n(v.rng.choice(("lower", "gs", "sg"))),
              ph=v.ph("nat"), dob=v.db(form=v.rng.choice(("num", "iso"))), a=v.amt(scale=(2.0, 3.0)),
              w=v.amt(scale=(1.0, 1.8)))  # fmt: skip
    d.fmt("\ngroup leader: {l}; loan officer: {o} ({em})\n", l=v.n("lower"), o=v.n(), em=v.em())
    return d


def demat_account_kyc_yaml(v: V) -> Doc:
    lic, num = v.dl()
    d = Doc().fmt("# demat account opening — depository participant {co}\naccount:\n  dp_id: {ref}\n"
                  "  holder:\n    family_name: {s}\n    given_name: {g}\n    date_of_birth: \"{dob}\"\n"
                  "    mobile: \"{ph}\"\n    email: {em}\n    address: |\n", co=v.co(), ref=v.ref(), s=P("PERSON", (h := v.who())[1]),
                  g=P("PERSON", h[0]),
                  dob=v.db(form="iso"), ph=v.ph("e164"), em=v.em(h))  # fmt: skip
    lines = v.street(2).split("\n")
    if len(lines) == 2 and all(any(c.isdigit() for c in line) for line in lines):
        d.fmt("      {a}\n      {b}", a=P("STREET_ADDRESS", lines[0]), b=P("STREET_ADDRESS", lines[1]))
    else:
        d.fmt("      {a}", a=P("STREET_ADDRESS", ", ".join(lines)))
    d.fmt("\n  id_document:\n    kind: driving_licence\n    issuer: {iss}\n    number: \"{dl}\"\n  bank:\n"
          "    iban: {ib}\n    bic: {sw}\n  first_trade:\n    isin: {isin}\n    ticker: {t}\n  lei_of_broker: {lei}\n"
          "  fee_card: \"{cc}\"\n  onboarding_ip: {ip}\n", cc=v.cc(), iss=lic, dl=num, ib=v.ib(), sw=v.sw(), isin=v.k("ISIN", kp.isin(v.rng)),
          t=v.pk("TICKER", kp.TICKERS), lei=v.k("LEI", kp.lei(v.rng)), ip=v.ipa())  # fmt: skip
    return d


def dividend_reinvestment_enrolment_xml(v: V) -> Doc:
    d = Doc().fmt('<?xml version="1.0"?>\n<DripEnrolment plan="{co}" cusip="{cu}" isin="{isin}">\n  <Holder>\n'
                  "    <Name>{n}</Name>\n    <Born>{dob}</Born>\n    <Address>{st}</Address>\n    <Phone>{ph}</Phone>\n"
                  "    <Email>{em}</Email>\n  </Holder>\n  <CashPayments iban=\"{ib}\" bic=\"{sw}\"/>\n"
                  "  <Election pct=\"100\" effective=\"{day}\"/>\n  <SubmittedFrom>{ip}</SubmittedFrom>\n</DripEnrolment>\n",
                  co=v.co(), cu=v.k("CUSIP", kp.cusip(v.rng)), isin=v.k("ISIN", kp.isin(v.rng)), n=v.n(),
                  dob=v.db(form=v.rng.choice(("iso", "compact"))), st=v.st(1), ph=v.ph("e164"), em=v.em(),
                  ib=v.ib(), sw=v.sw(), day=v.day(), ip=v.ipa())  # fmt: skip
    return d


CHEQUE = {
    "en": ("RETURNED CHEQUE NOTICE", "Cheque no.", "Reason: insufficient funds", "Drawer", "Payee"),
    "fr": ("AVIS DE CHÈQUE IMPAYÉ", "Chèque n°", "Motif : provision insuffisante", "Tireur", "Bénéficiaire"),
    "ar": ("إشعار شيك مرتجع", "رقم الشيك", "السبب: عدم كفاية الرصيد", "الساحب", "المستفيد"),
    "ru": ("УВЕДОМЛЕНИЕ О ВОЗВРАТЕ ЧЕКА", "Чек №", "Причина: недостаточно средств", "Чекодатель", "Получатель"),
    "it": ("AVVISO DI ASSEGNO INSOLUTO", "Assegno n.", "Causale: mancanza di fondi", "Traente", "Beneficiario"),
    "de": ("RÜCKSCHECK-MITTEILUNG", "Scheck-Nr.", "Grund: keine Deckung", "Aussteller", "Empfänger"),
    "es": ("AVISO DE CHEQUE DEVUELTO", "Cheque núm.", "Motivo: fondos insuficientes", "Librador", "Beneficiario"),
    "id": ("PEMBERITAHUAN CEK DITOLAK", "No. cek", "Alasan: saldo tidak cukup", "Penarik", "Penerima"),
    "ro": ("NOTIFICARE CEC REFUZAT", "Cec nr.", "Motiv: lipsă disponibil", "Trăgător", "Beneficiar"),
    "zh": ("退票通知", "支票號碼", "原因：存款不足", "發票人", "受款人"),
    "fa": ("اعلامیه چک برگشتی", "شماره چک", "علت: کسری موجودی", "صادرکننده", "ذینفع"),
}  # fmt: skip


def returned_cheque_notice(v: V) -> Doc:
    title, no, why, drawer, payee = CHEQUE.get(v.lang, CHEQUE["en"])
    lab = LABELS.get(v.lang, LABELS["en"])
    d = Doc().fmt("{co}\n{t}\n\n{no}: {chq}   {day}\n{amt}\n{why}\n\n", co=v.bank(), t=v.k("LABEL", title),
                  no=v.k("LABEL", no), chq=v.k("CHEQUE", f"{v.rng.randint(1000000, 9999999)}"), day=v.day(),
                  amt=v.amt(scale=(2.5, 4.5)), why=v.k("LABEL", why))  # fmt: skip
    d.fmt("{dr}: {n}\n{addr}: {st}\n{phone}: {ph}\nIBAN: {ib}\nCard on file for fees: {cc}\n\n{pe}: {p}\nBIC: {sw}\n", cc=v.cc(), dr=v.k("LABEL", drawer),
          n=v.n(), addr=v.k("LABEL", lab["addr"]), st=v.st(), phone=v.k("LABEL", lab["phone"]), ph=v.ph(),
          ib=v.ib(), pe=v.k("LABEL", payee), p=v.n("upper"), sw=v.sw())  # fmt: skip
    return d


def card_statement_call_transcript(v: V) -> Doc:
    agent, person = v.g(), v.who()
    caller = v.as_(person)
    d = Doc().fmt("CALL TRANSCRIPT {ref} — card services — {day}\n\n", ref=v.ref(), day=v.day())
    d.fmt("AGENT ({a}): Thank you for calling {co}, you're through to {a2}. Can I take your full name?\n"
          "CALLER: Yes, it's {c}.\nAGENT: And your date of birth?\nCALLER: {dob}.\nAGENT: Thanks. The card "
          "number, please.\nCALLER: {cc}.\nAGENT: I see a charge of {amt} at {merch} on {d2}.\nCALLER: That "
          "wasn't me. I was home at {st} all day.\nAGENT: Understood. I'll raise dispute {ref2}. A new card "
          "goes to that address. Best number to reach you?\nCALLER: {ph}, or email {em}.\nAGENT: Lovely, {g}. "
          "Anything else?\nCALLER: Cancel the old one too, {old}.\n", old=v.cc(), a=agent, co=v.bank(), a2=agent, c=caller, dob=v.db(), cc=v.cc(),
          amt=v.amt(scale=(1.5, 3.0)), merch=v.co(), d2=v.day(), st=v.st(1), ref2=v.ref(), ph=v.ph(), em=v.em(person),
          g=v.as_(person, "g"))  # fmt: skip
    return d


SMS = {
    "en": ("Reminder: loan {ref} instalment {amt} is due. You signed as guarantor for {b}.",
           "who is this? i don't know any {b2}", "This is {o} from {co}. {b2} listed you, {g}, as guarantor.",
           "ok my name is {me}. tell them to call me at {ph}"),
    "fr": ("Rappel : l'échéance {amt} du prêt {ref} est due. Vous vous êtes porté(e) caution pour {b}.",
           "c'est qui ? je ne connais pas de {b2}", "Ici {o} de {co}. {b2} vous a désigné(e), {g}, comme caution.",
           "ok je m'appelle {me}. dites-lui de m'appeler au {ph}"),
    "es": ("Recordatorio: la cuota {amt} del préstamo {ref} vence hoy. Usted es aval de {b}.",
           "¿quién es? no conozco a ningún {b2}", "Soy {o} de {co}. {b2} le puso a usted, {g}, como aval.",
           "ok me llamo {me}. que me llame al {ph}"),
    "ru": ("Напоминание: платёж {amt} по кредиту {ref} просрочен. Вы поручитель по займу {b}.",
           "кто это? я не знаю никакого {b2}", "Это {o} из {co}. {b2} указал(а) вас, {g}, поручителем.",
           "ладно, меня зовут {me}. пусть позвонит мне {ph}"),
    "id": ("Pengingat: angsuran {amt} pinjaman {ref} jatuh tempo. Anda penjamin untuk {b}.",
           "ini siapa? saya tidak kenal {b2}", "Saya {o} dari {co}. {b2} mencantumkan Anda, {g}, sebagai penjamin.",
           "oke nama saya {me}. suruh dia telepon saya di {ph}"),
    "ar": ("تذكير: قسط القرض {ref} بقيمة {amt} مستحق. أنت كفيل {b}.", "من معي؟ لا أعرف {b2}",
           "أنا {o} من {co}. {b2} ذكرك يا {g} ككفيل.", "حسنًا، اسمي {me}. ليتصل بي على {ph}"),
    "it": ("Promemoria: la rata {amt} del prestito {ref} è scaduta. Lei è garante di {b}.",
           "chi è? non conosco nessun {b2}", "Sono {o} di {co}. {b2} ha indicato lei, {g}, come garante.",
           "ok mi chiamo {me}. mi chiami al {ph}"),
}  # fmt: skip


def guarantor_reminder_sms_thread(v: V) -> Doc:
    first, who, agent, reply = SMS.get(v.lang, SMS["en"])
    d = Doc().fmt("SMS thread with {num}\n\n", num=v.ph("intl"))
    borrower, guarantor = v.who(), v.who()
    d.fmt(
        "[{day} 09:12] " + first + "\n",
        day=v.day(),
        ref=v.ref(),
        amt=v.amt(scale=(1.5, 3.0)),
        b=v.as_(borrower),
    )
    d.fmt("[09:40] " + who + "\n", b2=v.as_(borrower, "g"))
    d.fmt("[09:41] " + agent + "\n", o=v.g(), co=v.bank(), b2=v.as_(borrower, "gs"), g=v.as_(guarantor, "g"))
    d.fmt("[09:55] " + reply + "\n", me=v.as_(guarantor, "lower"), ph=v.ph("nat"))
    return d


def mobile_money_statement_csv(v: V) -> Doc:
    d = Doc().fmt("Statement,{co} Mobile Money\nAccount holder,{n}\nWallet,{ph}\nPeriod,{day}\n\n", co=v.bank(),
                  n=v.n(), ph=v.ph("e164"), day=v.day())  # fmt: skip
    d.put("receipt,completed,details,counterparty,counterparty_msisdn,amount\n")
    for _ in range(v.rng.randint(3, 5)):
        d.fmt("{r},{day},{what},{c},{p},{a}\n", r=v.k("RECEIPT", "".join(v.rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))),
              day=v.day(), what=v.rng.choice(("Send money", "Pay bill", "Agent withdrawal", "Received")),
              c=v.n("upper"), p=v.ph("e164"), a=v.amt(scale=(1.0, 3.5)))  # fmt: skip
    d.fmt("\nLinked card,{cc}\n", cc=v.cc())
    return d


def eviction_judgment_extract(v: V) -> Doc:
    d = Doc().fmt("IN THE {court}\n{dk}\n\n{landlord}, Plaintiff\nv.\n{tenant}, Defendant\n\n"
                  "JUDGMENT FOR POSSESSION\n\n", court=v.court(), dk=v.k("DOCKET", kp.docket(v.rng, v.country)), landlord=v.n("upper"),
                  tenant=v.n("upper"))  # fmt: skip
    d.fmt("Having heard the parties on {day}, and applying {cit}, the Court finds that the Defendant, {t2} "
          "(born {dob}), occupying the premises at\n{st}\nowes rent arrears of {a}. The Defendant shall vacate "
          "within 30 days. Counsel for the Plaintiff: {c} ({em}, {ph}).\n\nBy the Court,\n{j}\nJudge\n",
          day=v.day(), cit=v.law(), t2=v.n("SG"), dob=v.db(form="word"), st=v.st(2),
          a=v.amt(scale=(3.0, 4.5)), c=v.n("init"), em=v.em(), ph=v.ph(), j=v.n("init"))  # fmt: skip
    return d


RENOUNCE = {
    "en": "I, the undersigned {n}, born {dob}, residing at {st}, heir of the late {dec}, hereby renounce the "
          "succession of the deceased under {cit}.",
    "fr": "Je soussigné(e) {n}, né(e) le {dob}, demeurant {st}, héritier(ère) de feu {dec}, déclare renoncer "
          "purement et simplement à la succession du défunt, conformément au {cit}.",
    "ar": "أنا الموقع أدناه {n}، المولود في {dob}، والمقيم في {st}، وارث المرحوم {dec}، أصرح بتنازلي عن "
          "التركة وفقًا لـ {cit}.",
    "ru": "Я, {n}, дата рождения {dob}, проживающий(ая) по адресу: {st}, наследник умершего {dec}, настоящим "
          "отказываюсь от наследства в соответствии со {cit}.",
    "it": "Il/la sottoscritto/a {n}, nato/a il {dob}, residente in {st}, erede del defunto {dec}, dichiara di "
          "rinunciare all'eredità ai sensi dell'{cit}.",
    "de": "Ich, {n}, geboren am {dob}, wohnhaft {st}, Erbe/Erbin des verstorbenen {dec}, schlage hiermit die "
          "Erbschaft gemäß {cit} aus.",
    "es": "Yo, {n}, nacido/a el {dob}, con domicilio en {st}, heredero/a del finado {dec}, renuncio por la "
          "presente a la herencia conforme a la {cit}.",
    "id": "Saya yang bertanda tangan di bawah ini, {n}, lahir {dob}, beralamat di {st}, ahli waris almarhum "
          "{dec}, dengan ini menolak warisan berdasarkan {cit}.",
    "ro": "Subsemnatul/a {n}, născut/ă la {dob}, domiciliat/ă în {st}, moștenitor al defunctului {dec}, "
          "declar că renunț la moștenire conform {cit}.",
    "zh": "本人{n}，出生日期{dob}，住址{st}，係已故{dec}之繼承人，依{cit}聲明拋棄繼承。",
}  # fmt: skip


def inheritance_renunciation_declaration(v: V) -> Doc:
    lab = LABELS.get(v.lang, LABELS["en"])
    d = Doc().fmt("{dk}\n\n", dk=v.k("DOCKET", kp.docket(v.rng, v.country)))
    d.fmt(RENOUNCE.get(v.lang, RENOUNCE["en"]) + "\n\n", n=v.n(), dob=v.db(form="word"), st=v.st(1), dec=v.n(),
          cit=v.law())  # fmt: skip
    d.fmt("{phone}: {ph}\n{mail}: {em}\n{sign}: {sig}\n{day}\n", phone=v.k("LABEL", lab["phone"]), ph=v.ph(),
          mail=v.k("LABEL", lab["mail"]), em=v.em(), sign=v.k("LABEL", lab["sign"]), sig=v.n(), day=v.day())  # fmt: skip
    return d


def immigration_consult_email_thread(v: V) -> Doc:
    me, counsel = v.who(False), v.who()
    client, lawyer = v.as_(me, "gs"), v.as_(counsel, "gs")
    c_mail, l_mail = v.em(me), v.em(counsel)
    d = Doc().fmt("From: {l} <{lm}>\nTo: {c} <{cm}>\nDate: {day}\nSubject: Re: spousal sponsorship — documents\n\n",
                  l=lawyer, lm=l_mail, c=client, cm=c_mail, day=v.day())  # fmt: skip
    d.fmt("Dear {g},\n\nThank you. For the application (file {ref}) I still need your spouse's date of birth "
          "and the address you both lived at. The government fee is {a}.\n\nBest,\n{l2}\n{firm}\n{ph}\n\n",
          g=v.as_(me, "g"), ref=v.ref(), a=v.amt("CAD", (2.5, 3.2)), l2=lawyer, firm=v.co(), ph=v.ph("ext"))  # fmt: skip
    d.fmt("> On {day}, {c} <{cm}> wrote:\n> My wife is {w}, born {dob}. We lived at\n> {st}\n> until last "
          "year. My mobile abroad is {ph}.\n> Thanks, {me}\n", day=v.day(), c=client, cm=c_mail, w=v.n(female=True),
          dob=v.db(), st=v.st(1), ph=v.abroad(), me=v.as_(me, "g"))  # fmt: skip
    return d


def cause_list_printout(v: V) -> Doc:
    d = Doc().fmt("DAILY CAUSE LIST — {court} — {day}\nCourtroom {no} before {j}\n\n", court=v.court(),
                  day=v.day(), no=str(v.rng.randint(1, 12)), j=v.n("init"))  # fmt: skip
    d.put("Item  Case number                 Parties                                      Advocates\n")
    for i in range(v.rng.randint(3, 5)):
        a, b = v.n(v.rng.choice(("upper", "gs"))), v.n(v.rng.choice(("upper", "gs")))
        parties = f"{a.value} vs {b.value}"
        d.fmt("{i:<6}{dk:<28}{a} vs {b}{pad}{adv}\n", i=str(i + 1), dk=v.k("DOCKET", kp.docket(v.rng, v.country)), a=a, b=b,
              pad=" " * max(1, 45 - len(parties)), adv=v.n("init"))  # fmt: skip
    d.fmt("\nListing clerk: {c}, {ph}\n", c=v.n(), ph=v.ph())
    return d


def land_sale_deed_extract(v: V) -> Doc:
    d = Doc().fmt("SALE DEED (extract)\n\nThis deed of sale is executed on {day} between\n\n{s1}, born {d1}, "
                  "residing at:\n{a1}\n(hereinafter the VENDOR)\n\nand\n\n{s2}, born {d2}, residing at:\n{a2}\n"
                  "(hereinafter the PURCHASER)\n\n", day=v.day(), s1=v.n("upper"), d1=v.db(form="word"), a1=v.st(3),
                  s2=v.n("upper"), d2=v.db(form="word"), a2=v.st(2))  # fmt: skip
    d.fmt("for the plot bearing survey no. {svy} for a consideration of {a}, paid by transfer to the vendor's "
          "account {ib}, registered under {cit}.\nWitnesses: 1. {w1}  2. {w2}\n", svy=v.k("SURVEY", f"{v.rng.randint(10, 999)}/{v.rng.randint(1, 9)}"),
          a=v.amt(scale=(5.0, 6.5)), ib=v.ib(), cit=v.law(), w1=v.n(), w2=v.n())  # fmt: skip
    return d


def hl7_vaccination_vxu_message(v: V) -> Doc:
    lab, mrn = v.mr()
    d = Doc().fmt("MSH|^~\\&|EHR|{h}|IIS|STATE|{ts}||VXU^V04^VXU_V04|{ref}|P|2.5.1\n", h=v.hosp(),
                  ts=v.k("TIMESTAMP", f"2025{v.rng.randint(1, 12):02d}{v.rng.randint(10, 28)}0930"), ref=v.ref())  # fmt: skip
    child, mother = v.who(), v.who(True)
    d.fmt("PID|1||{mrn}^^^{lab}^MR||{s}^{g}||{dob}|{sex}|||{st}||{ph}\n", mrn=mrn, lab=lab, s=P("PERSON", child[1]),
          g=P("PERSON", child[0]), dob=v.db(young=True, form="compact"), sex="F" if child[2] else "M", st=v.st(1),
          ph=v.ph("nat"))  # fmt: skip
    d.fmt("NK1|1|{ms}^{mg}|MTH|||{ph}\n", ms=P("PERSON", mother[1]), mg=P("PERSON", mother[0]), ph=v.ph())
    d.fmt("RXA|0|1|{day}||{cvx}^vaccine|0.5|mL||00^new record|{vac}^^^{h2}\n", day=v.day(), cvx=v.pk("CVX", kp.CVX),
          vac=v.n("sg"), h2=v.hosp())  # fmt: skip
    return d


def tb_dots_treatment_card(v: V) -> Doc:
    lab = LABELS.get(v.lang, LABELS["en"])
    mlab, mrn = v.mr()
    d = Doc().fmt("TB TREATMENT CARD (DOTS) — {h}\n{ml}: {mrn}\n{nl}: {n}\n{bl}: {dob}\n{al}: {st}\n{pl}: {ph}\n",
                  h=v.hosp(), ml=mlab, mrn=mrn, nl=v.k("LABEL", lab["name"]), n=v.n(), bl=v.k("LABEL", lab["born"]),
                  dob=v.db(), al=v.k("LABEL", lab["addr"]), st=v.st(), pl=v.k("LABEL", lab["phone"]), ph=v.ph())  # fmt: skip
    d.fmt("Dx {icd}; regimen 2HRZE/4HR ({atc}); start {day}\nTreatment supporter: {sup} ({ph2})\n", icd=v.k("ICD10", "A15.0"),
          atc=v.k("ATC", "J04AM02"), day=v.day(), sup=v.n(), ph2=v.ph())  # fmt: skip
    for week in range(1, v.rng.randint(3, 5)):
        d.fmt("W{w}  ✓ ✓ ✓ ✓ ✓ ✓ ·  observer {o}\n", w=str(week), o=v.g())
    return d


def birth_notification_form(v: V) -> Doc:
    lab = LABELS.get(v.lang, LABELS["en"])
    mlab, mrn = v.mr()
    d = Doc().fmt("{h}\nBIRTH NOTIFICATION / {t}\n\n{ml}: {mrn}\n", h=v.hosp(),
                  t=v.k("LABEL", {"fr": "AVIS DE NAISSANCE", "es": "AVISO DE NACIMIENTO", "ru": "ИЗВЕЩЕНИЕ О РОЖДЕНИИ",
                                  "de": "GEBURTSANZEIGE", "it": "ATTESTAZIONE DI NASCITA", "ar": "إشعار ولادة",
                                  "id": "SURAT KETERANGAN LAHIR", "ro": "AVIZ DE NAȘTERE", "zh": "出生通報",
                                  "fa": "گواهی ولادت", "bn": "জন্ম বিজ্ঞপ্তি", "hi": "जन्म सूचना"}.get(v.lang, "NOTICE OF BIRTH")),
                  ml=mlab, mrn=mrn)  # fmt: skip
    d.fmt("{ml}: {m}\n{bl}: {mdob}\n{al}:\n{st}\n{fl}: {f}\n{pl}: {ph}\n", ml=v.k("LABEL", lab["mother"]), m=v.n(female=True),
          bl=v.k("LABEL", lab["born"]), mdob=v.db(), al=v.k("LABEL", lab["addr"]), st=v.st(2),
          fl=v.k("LABEL", lab["father"]), f=v.n(female=False), pl=v.k("LABEL", lab["phone"]), ph=v.ph())  # fmt: skip
    blab, bmrn = v.mr()
    d.fmt("Baby: {b}, born {bdob} 04:17, 3.2 kg, {icd}\n{bl}: {bm}\nMidwife: {mw}\n", bl=blab, bm=bmrn, b=v.g(), bdob=v.db(young=True, form="iso"),
          icd=v.k("ICD10", "Z38.0"), mw=v.n("init"))  # fmt: skip
    return d


def cold_chain_delivery_json(v: V) -> Doc:
    d = Doc().fmt('{{"shipment": "{ref}", "product": {{"gtin": "{gtin}", "atc": "{atc}", "lot": "{lot}"}},\n'
                  ' "consignee": {{"facility": "{h}", "contact": "{n}", "phone": "{ph}", "email": "{em}",\n'
                  '   "address": "{st}"}},\n "driver": {{"name": "{dr}", "licence": "{dl}", "issuer": "{iss}"}},\n'
                  ' "logger": {{"min_c": 2.4, "max_c": 7.9, "uploaded_from": "{ip}"}}, "value": "{a}"}}\n',
                  ref=v.ref(), gtin=v.k("GTIN", kp.gtin(v.rng)), atc=v.pk("ATC", kp.ATC),
                  lot=v.k("LOT", f"L{v.rng.randint(1000, 9999)}A"), h=v.hosp(), n=v.n(), ph=v.ph("e164"), em=v.em(),
                  st=v.st(1), dr=v.n(), dl=(lic := v.dl())[1], iss=lic[0], ip=v.ipa(), a=v.amt(scale=(3.0, 4.5)))  # fmt: skip
    return d


# Complaints and what the nurse did, per language.
NURSE = {
    "en": (("fever", "asthma", "headache", "fall"), ("sent home", "rested", "inhaler")),
    "fr": (("fièvre", "asthme", "maux de tête", "chute"), ("renvoyé à la maison", "repos", "inhalateur")),
    "es": (("fiebre", "asma", "dolor de cabeza", "caída"), ("enviado a casa", "reposo", "inhalador")),
    "ru": (("температура", "астма", "головная боль", "падение"), ("отправлен домой", "отдых", "ингалятор")),
    "ar": (("حمى", "ربو", "صداع", "سقوط"), ("أُرسل إلى البيت", "راحة", "بخاخ")),
    "de": (("Fieber", "Asthma", "Kopfschmerzen", "Sturz"), ("nach Hause geschickt", "Ruhe", "Inhalator")),
    "it": (("febbre", "asma", "mal di testa", "caduta"), ("mandato a casa", "riposo", "inalatore")),
    "id": (("demam", "asma", "sakit kepala", "jatuh"), ("dipulangkan", "istirahat", "inhaler")),
    "ro": (("febră", "astm", "durere de cap", "căzătură"), ("trimis acasă", "odihnă", "inhalator")),
    "zh": (("發燒", "氣喘", "頭痛", "跌倒"), ("送回家", "休息", "吸入器")),
    "fa": (("تب", "آسم", "سردرد", "زمین خوردن"), ("به خانه فرستاده شد", "استراحت", "اسپری")),
    "bn": (("জ্বর", "হাঁপানি", "মাথাব্যথা", "পড়ে যাওয়া"), ("বাড়ি পাঠানো হয়েছে", "বিশ্রাম", "ইনহেলার")),
    "hi": (("बुखार", "दमा", "सिरदर्द", "गिरना"), ("घर भेजा", "आराम", "इनहेलर")),
}  # fmt: skip


def school_nurse_visit_log_tsv(v: V) -> Doc:
    complaints, actions = NURSE.get(v.lang, NURSE["en"])
    d = Doc().fmt("school\t{school}\nterm\t{term}\n\n", school=v.school(),
                  term=v.k("TERM", "2025-T2"))  # fmt: skip
    d.put("time\tpupil\tdob\tcomplaint\ticd10\tparent_phone\taction\n")
    for _ in range(v.rng.randint(3, 5)):
        d.fmt("{t}\t{p}\t{dob}\t{c}\t{icd}\t{ph}\t{a}\n", t=f"{v.rng.randint(8, 15):02d}:{v.rng.randint(0, 59):02d}",
              p=v.n(v.rng.choice(("gs", "lower", "sg"))), dob=v.db(young=True, form=v.rng.choice(("num", "iso", "mon"))),
              c=v.rng.choice(complaints), icd=v.pk("ICD10", kp.ICD10), ph=v.ph(),
              a=v.rng.choice(actions))  # fmt: skip
    lab, mrn = v.mr()
    d.fmt("nurse\t{n}\nreferral\t{h}\t{lab} {mrn}\n", n=v.n(), h=v.hosp(), lab=lab, mrn=mrn)
    return d


CIRCLE = {
    "en": ("welcome {g}! tell us your full name for the book", "my name is {me}, born {dob}",
           "this month's pot {amt} goes to {who}. send to {ib}", "sent. my number changed: {ph}"),
    "fr": ("bienvenue {g} ! ton nom complet pour le cahier ?", "je m'appelle {me}, née le {dob}",
           "la cagnotte du mois {amt} va à {who}. virement sur {ib}", "envoyé. nouveau numéro : {ph}"),
    "es": ("¡bienvenida {g}! tu nombre completo para el cuaderno", "me llamo {me}, nací el {dob}",
           "la tanda de este mes {amt} es para {who}. depositar a {ib}", "listo. mi número nuevo: {ph}"),
    "ru": ("добро пожаловать, {g}! напиши ФИО для тетради", "меня зовут {me}, дата рождения {dob}",
           "общак этого месяца {amt} получает {who}. переводить на {ib}", "отправила. мой новый номер: {ph}"),
    "id": ("selamat datang {g}! nama lengkapmu untuk buku arisan?", "nama saya {me}, lahir {dob}",
           "arisan bulan ini {amt} jatuh ke {who}. transfer ke {ib}", "sudah. nomor baru saya: {ph}"),
    "ar": ("أهلاً {g}! اكتبي اسمك الكامل للدفتر", "اسمي {me}، مواليد {dob}",
           "جمعية هذا الشهر {amt} لـ {who}. التحويل إلى {ib}", "تم. رقمي الجديد: {ph}"),
}  # fmt: skip


def savings_circle_group_chat(v: V) -> Doc:
    hi, me, pot, done = CIRCLE.get(v.lang, CIRCLE["en"])
    admin, new = v.g(True), v.who(True)
    d = Doc().fmt("[{day} 20:01] {a}: " + hi + "\n", day=v.day(), a=admin, g=v.as_(new, "g"))
    d.fmt("[20:03] {n}: " + me + "\n", n=v.as_(new, "g"), me=v.as_(new), dob=v.db())
    d.fmt("[20:05] {a}: " + pot + "\n", a=admin, amt=v.amt(scale=(2.5, 4.0)), who=v.n(v.rng.choice(("lower", "gs"))),
          ib=v.ib())  # fmt: skip
    d.fmt("[20:09] {x}: " + done + "\n", x=v.as_(new, "g"), ph=v.ph())
    return d


def car_workshop_job_card(v: V) -> Doc:
    lab = LABELS.get(v.lang, LABELS["en"])
    lic, num = v.dl()
    d = Doc().fmt("{co} — JOB CARD {ref}\nVehicle: {prod}   Odometer: {km} km\n\n", ref=v.ref(),
                  co=v.pk("COMPANY", ("Toyota Service Centre", "Tata Motors Authorised Workshop", "Bosch Car Service",
                                      "Nissan Service Point", "Ford Quick Lane")),
                  prod=v.pk("PRODUCT", ("Hilux 2.4D", "Corolla Cross", "Tata Nexon", "Lada Granta", "Fiat Panda 4x4",
                                        "Nissan Navara", "Ford F-150")), km=v.k("ODOMETER", f"{v.rng.randint(10000, 290000):,}"))  # fmt: skip
    d.fmt("{nl}: {n}\n{pl}: {ph}\n{ml}: {em}\n{al}: {st}\n{dll} ({iss}): {dl}\n", nl=v.k("LABEL", lab["name"]), n=v.n(),
          pl=v.k("LABEL", lab["phone"]), ph=v.ph(), ml=v.k("LABEL", lab["mail"]), em=v.em(), al=v.k("LABEL", lab["addr"]),
          st=v.st(), dll=v.k("LABEL", lab["dl"]), iss=lic, dl=num)  # fmt: skip
    d.fmt("\nWork: brake pads front ({part}), oil service\nEstimate {a}\nPaid by card {cc}\n{sl}: {sig}\n",
          part=v.k("GTIN", kp.gtin(v.rng)), a=v.amt(scale=(2.0, 3.5)), cc=v.cc(), sl=v.k("LABEL", lab["sign"]), sig=v.g())  # fmt: skip
    return d


def cybercafe_session_register(v: V) -> Doc:
    d = Doc().fmt(
        "{co} — session register {day}\n",
        day=v.day(),
        co=v.pk("COMPANY", ("NetZone cyber café", "Cyber Point", "Star Internet Café", "Click & Print")),
    )
    d.put("PC | user | ID shown | IP | start | paid\n")
    for i in range(v.rng.randint(3, 5)):
        d.fmt("{pc} | {n} | {iss} licence {dl} | {ip} | {t} | {a}\n", pc=f"PC-{i + 1:02d}", n=v.n(),
              iss=(lic := v.dl())[0], dl=lic[1], ip=v.ipa(), t=f"{v.rng.randint(9, 22):02d}:{v.rng.randint(0, 59):02d}",
              a=v.amt(scale=(0.5, 2.0)))  # fmt: skip
    d.fmt("operator on duty: {o}, {ph}\n", o=v.n(), ph=v.ph())
    return d


def refund_offset_notice(v: V) -> Doc:
    d = Doc().fmt("Department of the Treasury\nBureau of the Fiscal Service\n\n{day}\n\n{n}\n{sp}\n{st}\n\n",
                  day=v.day(), n=v.as_(tp := v.who(), "upper"), sp=v.as_((v.given(not tp[2]), tp[1], not tp[2]), "upper"),
                  st=v.st(2))  # fmt: skip
    d.fmt("Taxpayer SSN: {s1}      Spouse SSN: {s2}\n\nYour federal tax refund of {a} was reduced by {o} to pay a "
          "past-due child support obligation owed to the State (see 31 U.S.C. § 3720A). Agency reference {ref}.\n"
          "Questions: call {ph}. The agency contact is {c}.\nBorn {dob}; refund was to be deposited to routing "
          "{rtn}.\n", s1=v.sn(), s2=v.sn(), a=v.amt("USD", (3.0, 3.8)), o=v.amt("USD", (2.5, 3.2)), ref=v.ref(),
          ph=v.ph(v.rng.choice(("nat", "ext"))), c=v.n(), dob=v.db(), rtn=v.k("ROUTING", _aba(v.rng)))  # fmt: skip
    return d


def w2c_correction_request(v: V) -> Doc:
    d = Doc().fmt("Form W-2c — Corrected Wage and Tax Statement (request)\nEmployer: {co}   EIN {ein}\n\n",
                  co=v.co(), ein=v.k("EIN", f"{v.rng.randint(10, 99)}-{v.rng.randint(1000000, 9999999)}"))  # fmt: skip
    d.fmt("Employee's previously reported SSN: {s1}\nEmployee's correct SSN: {s2}\nPreviously reported name: "
          "{n1}\nCorrect name: {n2}\nAddress: {st}\nBox 1 wages previously {a1}, correct {a2}\n\n", s1=v.sn(),
          s2=v.sn(), n1=v.n("SG"), n2=v.n("SG"), st=v.st(1), a1=v.amt("USD", (4.3, 4.9)), a2=v.amt("USD", (4.3, 4.9)))  # fmt: skip
    d.fmt("Payroll contact: {p}, {ph}, {em}\nDependant listed in error: {dep} (SSN {s3}, born {dob})\n", p=v.n(),
          ph=v.ph(), em=v.em(), dep=v.g(), s3=v.sn(), dob=v.db(young=True))  # fmt: skip
    return d


def _aba(rng: random.Random) -> str:
    """An ABA routing number: 3-7-1 weights over nine digits, summing to a multiple of ten."""
    body = f"{rng.choice((0, 1, 2, 3)) * 10 + rng.randint(1, 2)}" + "".join(
        rng.choice(string.digits) for _ in range(6)
    )
    body = body.zfill(8)
    total = sum(int(c) * w for c, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
    return body + str((10 - total % 10) % 10)


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    hawala_remittance_ledger,
    murabaha_financing_offer_letter,
    microfinance_group_loan_roster,
    demat_account_kyc_yaml,
    dividend_reinvestment_enrolment_xml,
    returned_cheque_notice,
    card_statement_call_transcript,
    guarantor_reminder_sms_thread,
    mobile_money_statement_csv,
    eviction_judgment_extract,
    inheritance_renunciation_declaration,
    immigration_consult_email_thread,
    cause_list_printout,
    land_sale_deed_extract,
    hl7_vaccination_vxu_message,
    tb_dots_treatment_card,
    birth_notification_form,
    cold_chain_delivery_json,
    school_nurse_visit_log_tsv,
    savings_circle_group_chat,
    car_workshop_job_card,
    cybercafe_session_register,
    refund_offset_notice,
    w2c_correction_request,
)
US_ONLY = ("refund_offset_notice", "w2c_correction_request")
US_LOCALES = tuple(loc for loc, where in LOCALES.items() if where.country == "US")
# Families written only where they are at home: Islamic financing where Islamic banks lend.
ONLY_IN = {
    "murabaha_financing_offer_letter": (
        "MA",
        "IQ",
        "SD",
        "BH",
        "QA",
        "TD",
        "IR",
        "PK",
        "BD",
        "ID",
        "KE",
        "ET",
    )
}


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
        if family.__name__ in ONLY_IN:
            at_home = tuple(loc for loc in locales if LOCALES[loc].country in ONLY_IN[family.__name__])
            locale = rng.choice(at_home)
        else:
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
