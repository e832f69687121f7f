"""The fourteenth holdout PII set: `python -m tools.pii_holdout14_set` writes benchmarks/pii_intl/holdout14.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written blind: without opening
Charter's recognizers, their word lists, the benchmark's results or any misses file, and the scrubber was never
run on it while it was written. The thirteenth set (tools/pii_holdout13_set.py) was read only to copy its
structure; the earlier sets' family names were listed only to avoid them. Families: US mortgage closing
disclosures, annuity death-claim forms, FX forward contract notes, corporate card reconciliation sheets, bank
guarantee demand letters, CIOMS adverse-reaction reports, palliative care handover sheets, CPAP prescriptions,
pet insurance vet claims, tenancy check-out inventories, joint collision reports, utility disconnection notices,
motor vehicle bills of sale, cabin safety incident reports, pipe-delimited SIM registration records,
immigration sponsorship letters, parish banns of marriage, rowing club renewal CSVs, burial permit applications,
court minute entries, US presentence reports, disciplinary hearing invitations, whistleblower hotline intakes and
CI deploy audit logs.

Values come from tools/pii_holdout14_values.py: every person name from hand-written lists of real given names
and surnames of origins no earlier split uses (Muscogee, Tohono O'odham, Unangan, Haida, Dene, Abaco Loyalist,
Madeiran Vincentian, Indo-Caribbean, Mopan, béké, Ixil, Purépecha, Azorean Brazilian, Ligurian Peruvian, Volga
German Argentine, Croatian Chilean, East Belgian, Zeelandic, Bavarian, French Flemish, Ticinese, Goral, Livonian,
Komi, Mari, Arvanite, Neapolitan, Boka Croat, Izmir Levantine, Talysh, Bukharan Jewish, Dungan, Hui, Atayal,
Ambonese, Cebuano, Penang Hokkien, Teochew, Parsi, Anglo-Indian, Thakali, Gurung, Burusho, Yaghnobi, Kalenjin,
Kamba, Nyakyusa, Lugbara, Dogon, Kono, Kru, Tem, Luanda Creole, Ngoni, Rehoboth Baster, Southern Ndebele, Yolŋu,
Kai Loma, Tolai, Sarkese, Levantine Antiguan, Carriacouan, Hunsrik, Manchu, Sikkimese Bhutia, Maranao,
Meru, Sicilian, Swabian and Twents, in Latin, Cyrillic, Greek, Hebrew, Arabic,
Devanagari and Chinese scripts), none from Faker or Mimesis; street lines from hand-written street and city
lists; phones from the `phonenumbers` library's metadata, each rendering read back as valid from the document's
country; cards, IBANs, BICs, SSNs, driver's licences and record numbers from their published layouts and check
digits. Must-keep values come from tools/pii_holdout14_keep.py.

Schema as the international set's: `{"id", "split", "family", "locale", "text", "pii": [{"type", "start",
"end"}], "keep": [{"type", "value"}]}`. A span covers the value as written: a phone number with its extension,
a street line with the postcode and city written with it (over two or three lines where the document breaks
it), a name without its title; where a format keeps the family and given names in separate fields (tables,
pipe-delimited records, forms), each field is its own span.

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

from tools import pii_holdout14_keep as kp
from tools.pii_holdout14_values import LOCALES, STREETS, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout14.jsonl"
SEED = 8675309
DOCUMENTS = 504
SPLIT = "holdout14"

# Form labels in the document's language.
WORDS = {
    "phone": {"en": "Phone", "fr": "Tél. portable", "es": "Teléfono", "pt": "Telefone", "de": "Telefon",
              "nl": "Telefoonnummer", "it": "Telefono", "ru": "Телефон", "tr": "Telefon", "id": "Nomor telepon",
              "ko": "전화번호", "zh": "電話"},
    "born": {"en": "Date of birth", "fr": "Né(e) le", "es": "Fecha de nacimiento", "pt": "Data de nascimento",
             "de": "Geburtsdatum", "nl": "Geboortedatum", "it": "Data di nascita", "ru": "Дата рождения",
             "tr": "Doğum tarihi", "id": "Tanggal lahir", "ko": "생년월일", "zh": "出生年月日"},
    "address": {"en": "Address", "fr": "Adresse", "es": "Domicilio", "pt": "Morada", "de": "Anschrift",
                "nl": "Adres", "it": "Indirizzo", "ru": "Адрес", "tr": "Adres", "id": "Alamat", "ko": "주소",
                "zh": "地址"},
    "name": {"en": "Name", "fr": "Nom et prénom", "es": "Nombre", "pt": "Nome completo", "de": "Name, Vorname",
             "nl": "Naam", "it": "Nome e cognome", "ru": "ФИО", "tr": "Adı soyadı", "id": "Nama lengkap",
             "ko": "성명", "zh": "姓名"},
    "email": {"en": "Email", "fr": "Courriel", "es": "Correo electrónico", "pt": "E-mail", "de": "E-Mail",
              "nl": "E-mailadres", "it": "E-mail", "ru": "Эл. почта", "tr": "E-posta", "id": "Surel",
              "ko": "이메일", "zh": "電郵"},
    "signed": {"en": "Signature", "fr": "Signature", "es": "Firma", "pt": "Assinatura", "de": "Unterschrift",
               "nl": "Handtekening", "it": "Firma", "ru": "Подпись", "tr": "İmza", "id": "Tanda tangan",
               "ko": "서명", "zh": "簽名"},
    "relation": {"en": "Relationship", "fr": "Lien", "es": "Relación", "pt": "Grau de parentesco",
                 "de": "Verwandtschaft", "nl": "Relatie", "it": "Rapporto", "ru": "Кем приходится",
                 "tr": "Yakınlık", "id": "Hubungan keluarga", "ko": "관계", "zh": "關係"},
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
        return P("STREET_ADDRESS", line), city, self.postcode(post)

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


def mortgage_closing_disclosure_page(v: V) -> Doc:
    g, f, n = v.person()
    g2, f2, n2 = v.person()
    d = Doc().fmt(
        "Closing Disclosure{pad}This form is a statement of final loan terms and closing costs.\n\n"
        "Closing Information            Transaction Information          Loan Information\n"
        "Date Issued   {dt}       Borrower  {n}                 Loan Term  30 years\n"
        "Closing Date  {dt2}                {n2}                Purpose    Purchase\n"
        "Settlement Agent {co}      {a}\nFile #  {file}            Seller    {seller}               Loan ID # {loan}\n"
        "Property  {prop}\nSale Price {price}             Lender    {lender}   NMLS ID {nmls}\n\n",
        pad=" " * 20, dt=v.dt(), n=n, dt2=v.dt(), n2=n2, co=v.k(kp.company), a=P("STREET_ADDRESS", v.street(lines=False)),
        file=v.k(kp.reference), seller=v.n(), loan=v.k(kp.lookalike), prop=v.addr(lines=False), price=v.money(600000),
        lender=v.k(kp.company), nmls=K("NMLS", v.digits(6)))  # fmt: skip
    return d.fmt(
        "Loan Terms              Can this amount increase after closing?\nLoan Amount   {amt}       NO\n"
        "Interest Rate {pc}       NO\n\nCash to Close {amt2}  wire to {bank}, ABA {aba}, for further credit to {ib}\n"
        "Borrower SSN (last verified) {s}     Co-borrower SSN {s2}\nBorrower DOB {dob}\n"
        "Contact: {n3}, loan officer, {t}, {e}\nCONFIRM RECEIPT  {sig}  {dt3}    {sig2}  {dt3}\n"
        "Loan to be sold into pool CUSIP {cusip}.\nCLOSING DISCLOSURE  PAGE 1 OF 5 • FILE {loan2}\n",
        amt=v.money(500000), pc=v.k(kp.percent), amt2=v.money(90000), bank=v.k(kp.company), aba=v.k(kp.aba), ib=v.ib(),
        s=v.sn(), s2=v.sn(), dob=v.born(), n3=v.n(), t=v.tel(ext=True), e=v.mail(g, f), sig=P("PERSON", f"{g} {f}"),
        dt3=v.dt(), sig2=P("PERSON", f"{g2} {f2}"), cusip=v.k(kp.cusip), loan2=v.k(kp.reference))  # fmt: skip


def annuity_death_claim_form(v: V) -> Doc:
    g, f, n = v.person()
    bg, bf, bn = v.person()
    return Doc().fmt(
        "{co}\nCLAIMANT STATEMENT — DEATH OF ANNUITANT\nContract number {con}      Product {prod}\n\n"
        "PART A  DECEASED\n  Full name ........ {n}\n  {born} ..... {dob}\n  Date of death .... {dt}\n"
        "  Last address ..... {a}\n  Cause (per certificate) {icd}\n\n"
        "PART B  BENEFICIARY / CLAIMANT\n  Name ............. {bn}\n  {rel} ...... {r}\n  {born2} ..... {dob2}\n"
        "  Address .......... {a2}\n  {ph} ........ {t}\n  {em} ........ {e}\n  Identity document: driving licence {dl}\n\n"
        "PART C  SETTLEMENT OPTION\n  [x] Lump sum of {amt} to account {ib} (BIC {bic})\n  [ ] Continue as beneficiary annuity\n\n"
        "Claim reference {cl}   Received {dt2}   Funeral director: {fd}\n{sig}: {sg}\n",
        co=v.k(kp.company), con=v.k(kp.contract), prod=v.lab(v.pick("Fixed Indexed Annuity 7", "Rente viagère Sérénité", "Leibrente Plus", "Renta Vitalicia Dorada")),
        n=n, born=v.w("born"), dob=v.born(), dt=v.dt(), a=v.addr(lines=False), icd=K("ICD10", v.pick("C34.90", "I21.4", "J96.11")),
        bn=bn, rel=v.w("relation"), r=v.lab(v.pick("daughter", "spouse", "fille", "hija", "Sohn", "сын", "anak")),
        born2=v.w("born"), dob2=v.born(), a2=v.addr(), ph=v.w("phone"), t=v.tel(), em=v.w("email"), e=v.mail(bg, bf),
        dl=v.dl()[1], amt=v.money(90000), ib=v.ib(), bic=v.sw(), cl=v.k(kp.claim), dt2=v.dt(), fd=v.k(kp.company),
        sig=v.w("signed"), sg=P("PERSON", f"{bg} {bf}"))  # fmt: skip


def fx_forward_contract_note(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "FX FORWARD CONTRACT NOTE                                   {co}\n{rule}\nDeal ref     : {con}\n"
        "Trade date   : {dt}\nValue date   : {dt2}\nClient       : {n}\nClient addr  : {a}\n"
        "We BUY       : {amt}\nWe SELL      : {amt2}\nRate         : {rate}\nMargin call  : {pc}\n"
        "Settle from  : {ib} / {bic}\nSettle to    : {ib2} / {bic2}\nDealer       : {dealer} (desk {t})\n"
        "Client line  : {t2}\nConfirm to   : {e}\nHedge ref ISIN {isin}; benchmark {tk}; LEI {lei}\n{rule}\n"
        "Please check this note immediately. If you do not dispute it within 2 business days, it is final.\n",
        co=v.k(kp.company), rule="=" * 64, con=v.k(kp.contract), dt=v.dt(), dt2=v.dt(), n=n, a=v.addr(lines=False),
        amt=v.money(250000), amt2=v.money(250000), rate=v.k(kp.fx_rate), pc=v.k(kp.percent), ib=v.ib(), bic=v.sw(),
        ib2=v.ib(), bic2=v.sw(), dealer=v.n(), t=v.tel(ext=True), t2=v.tel(), e=v.mail(g, f), isin=v.k(kp.isin),
        tk=v.k(kp.ticker), lei=v.k(kp.lei))  # fmt: skip


def corporate_card_reconciliation_sheet(v: V) -> Doc:
    g, f, n = v.person()
    d = Doc().fmt(
        "{co} | Corporate card reconciliation | period ending {dt}\nCardholder: {n}   Employee ID {emp}   Cost centre {cc_}\n"
        "Card: {cc}\n\n| Date | Merchant | Amount | GL | Receipt |\n|------|----------|--------|----|---------|\n",
        co=v.k(kp.company), dt=v.dt(), n=n, emp=K("EMPLOYEE_ID", "E" + v.digits(6)), cc_=K("COST_CENTRE", "CC-" + v.digits(4)),
        cc=v.cc())  # fmt: skip
    for _ in range(v.r.randint(4, 6)):
        d.fmt("| {dt} | {m} | {amt} | {gl} | {rc} |\n", dt=v.dt(), m=v.k(kp.company), amt=v.money(900),
              gl=K("GL", str(v.r.randint(6000, 6999))), rc=v.pick("yes", "missing", "yes"))  # fmt: skip
    return d.fmt(
        "\nPersonal charge to repay: {amt} — repaid from {ib} on {dt}\nCard replaced after fraud alert; new card {cc2}\n"
        "Approver: {ap}    Finance: {fin} ({e})\nNote: hotel folio lists guest '{low}', mobile {t}, IP of booking {ip}\n",
        amt=v.money(300), ib=v.ib(), dt=v.dt(), cc2=v.cc(), ap=v.n(), fin=v.given(), e=v.mail(g, f),
        low=P("PERSON", f"{g} {f}".lower()), t=v.tel(), ip=v.ipa())  # fmt: skip


def bank_guarantee_demand_letter(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "{benef}\n{a}\n\nTo: {bank}, Trade Finance Operations\nSWIFT: {bic}\n\n{dt}\n\n"
        "DEMAND UNDER {con}\n\nDear Sirs,\n\nWe refer to the above performance guarantee issued at the request of {app} "
        "in our favour for a maximum of {amt}. We hereby demand payment of {amt2}, the applicant having failed to deliver "
        "the goods under purchase order {o} by {dt2} aboard the vessel {imo}, as required under {cit}. Beneficiary LEI {lei}.\n\nPlease remit the amount to our account "
        "{ib} with {bank2} (BIC {bic2}).\n\nThis demand is signed by {n}, director, whose signature is authenticated by "
        "our bankers. Direct line {t}; e-mail {e}.\n\nYours faithfully,\n\n{sig}\n{caps}\nDirector\n",
        benef=v.k(kp.company), a=v.addr(), bank=v.k(kp.company), bic=v.sw(), dt=v.dt(), con=v.k(kp.contract),
        app=v.k(kp.company), amt=v.money(400000), amt2=v.money(200000), o=v.k(kp.order), dt2=v.dt(), imo=v.k(kp.imo),
        lei=v.k(kp.lei),
        cit=K("CITATION", v.pick("URDG 758, art. 15", "ICC Uniform Rules for Demand Guarantees, art. 15")), ib=v.ib(),
        bank2=v.k(kp.company), bic2=v.sw(), n=n, t=v.tel(), e=v.mail(g, f), sig=P("PERSON", f"{g} {f}"),
        caps=P("PERSON", f"{f}".upper()))  # fmt: skip


# ------------------------------------------------------------------------------------------------ health


def adverse_event_cioms_report(v: V) -> Doc:
    g, f, n = v.person()
    ini = (
        P("PERSON", f"{g[0]}.{f[0]}.")
        if g.isascii() and f.isascii() and v.r.random() < 0.3
        else P("PERSON", f"{g} {f}")
    )
    return Doc().fmt(
        "CIOMS FORM — SUSPECT ADVERSE REACTION REPORT\n\nI. REACTION INFORMATION\n1. PATIENT  {ini}   1a. REPORTED FROM {c}\n"
        "2. DATE OF BIRTH {dob}   2a. AGE —   3. SEX F   4-6 REACTION ONSET {dt}\n"
        "7+13 DESCRIBE REACTION(S): {what} ({icd}) after dose 2. Hospital record {mr} at {hosp}.\n\n"
        "II. SUSPECT DRUG(S)\n14. {drug}  lot {lot}\n15. DAILY DOSE 10 mg   16. ROUTE oral\n\n"
        "IV. MANUFACTURER INFORMATION\n24a. NAME AND ADDRESS OF MANUFACTURER {co}\n24b. MFR CONTROL NO. {ref}\n"
        "24c. DATE RECEIVED BY MANUFACTURER {dt2}\n\nReporter: {rep}, pharmacist, {t}, {e}\nReporter address: {a}\n",
        ini=ini, c=v.k(kp.city), dob=v.born(), dt=v.dt(), what=v.lab(v.pick("angioedema", "Stevens-Johnson syndrome", "hepatitis", "QT prolongation")),
        icd=K("ICD10", v.pick("T78.40XA", "L51.1", "K71.6", "I45.81")), mr=v.mr(), hosp=v.k(kp.company, "medical"),
        drug=K("PRODUCT", v.pick("Amoxiclav 875", "Lamotrigin 100", "Atorvastatina 20", "Ivabradine 5")),
        lot=K("LOT", "L" + v.digits(5) + v.letters(1)), co=v.k(kp.company), ref=v.k(kp.reference), dt2=v.dt(), rep=v.n(),
        t=v.tel(), e=P("EMAIL_ADDRESS", v.email(*v.name()[:2])), a=v.addr(lines=False))  # fmt: skip


def palliative_care_handover_sheet(v: V) -> Doc:
    d = Doc().fmt(
        "{hosp} — Palliative care team — handover {dt} {tm}\nOn call: {oc} (bleep {bleep})\n{rule}\n",
        hosp=v.k(kp.company, "medical"),
        dt=v.dt(),
        tm=v.k(kp.clock),
        oc=v.given(),
        bleep=K("BLEEP", v.digits(4)),
        rule="-" * 60,
    )
    for _ in range(v.r.randint(2, 3)):
        g, f, n = v.person()
        d.fmt(
            "BED {bed}  {n}  ({mr})  DOB {dob}\n  Dx: {icd}; syringe driver {drug}\n"
            "  DNACPR in place. NOK: {nok}, {t} — please ring if deteriorating, even at night\n"
            "  Home: {a}\n",
            bed=K("BED", v.pick("4A", "7", "12B", "Side room 2")), n=n, mr=v.mr(), dob=v.born(),
            icd=K("ICD10", v.pick("C34.90", "C25.9", "G12.21", "Z51.5")), drug=K("PRODUCT", v.pick("morphine 10 mg/24h", "midazolam 5 mg/24h")),
            nok=v.n(), t=v.tel(), a=v.addr(lines=False))  # fmt: skip
    return d.fmt("{rule}\nHanded over by {by} to {to}.\n", rule="-" * 60, by=v.n(), to=v.given())


def sleep_study_cpap_prescription(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "RX — POSITIVE AIRWAY PRESSURE\n{hosp}\nSleep Laboratory\n\nPatient:\t{n}\nDOB:\t{dob}\tMRN:\t{mr}\n"
        "Address:\t{a}\nPhone:\t{t}\n\nDiagnosis: obstructive sleep apnoea {icd}, AHI 34/h\nDevice: {dev}, APAP 6–14 cmH2O, "
        "heated humidifier, mask per fitting\nLength of need: 99 months\nSupplier: {sup}, fax {fax}\n"
        "Insurance: {ins}, member ID {pol}\n\nPrescriber: {dr}    NPI {npi}\nSigned electronically {ts} from {ip}\n",
        hosp=v.k(kp.company, "medical"), n=n, dob=v.born(), mr=v.mr(), a=v.addr(lines=False), t=v.tel(),
        icd=K("ICD10", "G47.33"), dev=K("PRODUCT", v.pick("ResMed AirSense 11", "Philips DreamStation 2", "Löwenstein prisma SMART")),
        sup=v.k(kp.company), fax=v.tel(), ins=v.k(kp.company), pol=v.k(kp.policy), dr=v.n(), npi=v.k(kp.npi),
        ts=v.k(kp.timestamp), ip=v.ipa())  # fmt: skip


def pet_insurance_vet_claim_form(v: V) -> Doc:
    g, f, n = v.person()
    pet = v.pick("Biscuit", "Luna", "Mango", "Rex", "Mishka", "Tofu", "Kiki")
    return Doc().fmt(
        "{ins} — VETERINARY CLAIM\nPolicy {pol}\n\nSECTION 1 — POLICYHOLDER\nName: {n}\nAddress:\n{a}\n{ph}: {t}\n"
        "{em}: {e}\nPay claim to: {ib}\n\nSECTION 2 — PET\nPet name: {pet}   Species: {sp}   Microchip: {chip}\n\n"
        "SECTION 3 — TO BE COMPLETED BY THE VET\nPractice: {prac}, {c}\nCondition: {cond}; first signs {dt}\n"
        "Invoice {o}: {amt}\nVet: {vet}\n\nI declare the above is true. {sig}  {dt2}\n",
        ins=v.k(kp.company), pol=v.k(kp.policy), n=n, a=v.addr(), ph=v.w("phone"), t=v.tel(), em=v.w("email"),
        e=v.mail(g, f), ib=v.ib(), pet=K("PET", pet), sp=v.k(kp.species), chip=K("MICROCHIP", "9" + v.digits(14)),
        prac=v.k(kp.company, "medical"), c=v.k(kp.city), cond=v.lab(v.pick("cruciate ligament rupture", "otitis externa", "gastroenteritis")),
        dt=v.dt(), o=v.k(kp.order), amt=v.money(3000), vet=v.n(), sig=P("PERSON", f"{g} {f}"), dt2=v.dt())  # fmt: skip


# ------------------------------------------------------------------------------------------------ housing, transport, utilities


def property_inventory_checkout_report(v: V) -> Doc:
    g, f, n = v.person()
    line, city, post = v.addr_parts()
    d = Doc().fmt(
        "INVENTORY & SCHEDULE OF CONDITION — CHECK-OUT\nProperty: {line}, {city} {post}\nTenant(s): {n}; {n2}\n"
        "Landlord's agent: {co}   Clerk: {clerk}\nCheck-in {dt} / Check-out {dt2}\nForwarding address: {fw}\n\n"
        "ROOM        ITEM            CHECK-IN          CHECK-OUT\n",
        line=line, city=city, post=post, n=n, n2=v.n(), co=v.k(kp.company), clerk=v.given(),
        dt=v.dt(), dt2=v.dt(), fw=v.addr(lines=False))  # fmt: skip
    for room, item in v.r.sample(
        [
            ("Kitchen", "Oven"),
            ("Lounge", "Carpet"),
            ("Bedroom 1", "Wardrobe"),
            ("Bathroom", "Sealant"),
            ("Hall", "Walls"),
        ],
        3,
    ):
        d.fmt(
            "{room}{item}{a}{b}\n",
            room=room.ljust(12),
            item=item.ljust(16),
            a="good".ljust(18),
            b=v.pick("fair, marks", "dirty", "good", "burn 3 cm"),
        )
    return d.fmt(
        "\nMeter readings: {m1}; {m2}\nKeys returned: 3 of 4\nProposed deductions: {amt} (cleaning), {amt2} (key)\n"
        "Deposit refund to {ib}\nTenant contact {t} / {e}\n",
        m1=v.k(kp.meter), m2=v.k(kp.meter), amt=v.money(300), amt2=v.money(80), ib=v.ib(), t=v.tel(), e=v.mail(g, f))  # fmt: skip


def road_collision_report_form(v: V) -> Doc:
    g, f, n = v.person()
    g2, f2, n2 = v.person()
    return Doc().fmt(
        "JOINT COLLISION REPORT  /  CONSTAT AMIABLE\n1. Date {dt}  2. Time {tm}  3. Location {c}, junction with the main road\n"
        "4. Injured: NO   5. Other damage: NO   6. Witnesses: {wit}, {wt}\n\n"
        "VEHICLE A                                  | VEHICLE B\n"
        "Driver surname: {fa}                       | Driver surname: {fb}\n"
        "Given name: {ga}                           | Given name: {gb}\n"
        "Date of birth: {da}                        | Date of birth: {db}\n"
        "Address: {aa}\nLicence no.: {la}                        | Licence no.: {lb}\n"
        "Address: {ab}\nPhone/e-mail: {ta} {ea}                   | Phone/e-mail: {tb}\n"
        "Registration: {pa}                          | Registration: {pb}\n"
        "Insurer: {ia}, policy {poa}                | Insurer: {ib_}, policy {pob}\n\n"
        "Circumstances: A was parked; B was reversing ({box}).\nSignatures: {sa} | {sb}\n",
        dt=v.dt(), tm=v.k(kp.clock), c=v.k(kp.city), wit=v.n(), wt=v.tel(), fa=P("PERSON", f.upper()), fb=P("PERSON", f2.upper()),
        ga=P("PERSON", g), gb=P("PERSON", g2), da=v.born(), db=v.born(), aa=v.addr(lines=False), la=v.dl()[1], lb=v.dl()[1],
        ab=v.addr(lines=False), ta=v.tel(), ea=v.mail(g, f), tb=v.tel(foreign=True), pa=v.k(kp.plate), pb=v.k(kp.plate),
        ia=v.k(kp.company), poa=v.k(kp.policy), ib_=v.k(kp.company), pob=v.k(kp.policy), box=K("BOX", "box 15"),
        sa=P("PERSON", f"{g} {f}"), sb=P("PERSON", f"{g2} {f2}"))  # fmt: skip


def utility_disconnection_warning_notice(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "*** FINAL NOTICE BEFORE DISCONNECTION ***\n{co}\n\n{caps}\n{a}\n\nAccount {acct}      {meter}\n"
        "Statement date {dt}\n\nDear {g},\n\nYour account is {amt} in arrears. Unless we receive payment or you contact us "
        "by {dt2}, your supply may be disconnected on or after {dt3}.\n\nPAY NOW: card ending in the number you gave us "
        "({cc}) will be charged if you reply YES to our text to {t}. Direct debit from {ib} failed on {dt4}.\n\n"
        "If someone in your home depends on powered medical equipment, call us on {help} today.\n\n{agent}\nCredit Control\n",
        co=v.k(kp.company), caps=P("PERSON", f"{g} {f}".upper()), a=v.addr(), acct=v.k(kp.lookalike), meter=v.k(kp.meter),
        dt=v.dt(), g=P("PERSON", g), amt=v.money(1200), dt2=v.dt(), dt3=v.dt(), cc=v.cc(), t=v.tel(), ib=v.ib(), dt4=v.dt(),
        help=K("HELPLINE", v.pick("0800 072 7072", "116 000", "1-800-555-0199", "13 13 88")), agent=v.n())  # fmt: skip


def vehicle_title_transfer_bill_of_sale(v: V) -> Doc:
    g, f, n = v.person()
    g2, f2, n2 = v.person()
    return Doc().fmt(
        "BILL OF SALE — MOTOR VEHICLE\n\nFor the sum of {amt}, received on {dt}, the SELLER\n    {n}\n    {a}\n"
        "    licence {dl}   tel {t}\nsells to the BUYER\n    {n2}\n    {a2}\n    born {dob}   e-mail {e}\n"
        "the following vehicle:  {make}   VIN {vin}   plate {pl}   odometer {odo} km\n\n"
        "The seller states the vehicle is free of liens except loan {loan} with {lender}, to be repaid from the sale "
        "proceeds, paid by transfer to {ib}.\n\nSeller: {s1}          Buyer: {s2}\nWitness: {wit}\n",
        amt=v.money(30000), dt=v.dt(), n=n, a=v.addr(), dl=v.dl()[1], t=v.tel(), n2=n2, a2=v.addr(), dob=v.born(),
        e=v.mail(g2, f2), make=K("PRODUCT", v.pick("Toyota Hilux 2.8", "Škoda Octavia Combi", "Ford Ranger XLT", "Kia Picanto")),
        vin=v.k(kp.vin), pl=v.k(kp.plate), odo=K("ODOMETER", f"{v.r.randint(8, 240)},{v.digits(3)}"), loan=v.k(kp.lookalike),
        lender=v.k(kp.company), ib=v.ib(), s1=P("PERSON", f"{g} {f}"), s2=P("PERSON", f"{g2} {f2}"), wit=v.n())  # fmt: skip


def airline_cabin_incident_report(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "CABIN SAFETY INCIDENT REPORT (CSIR)\nFlight {fl}   A/C {reg}   Sector {c1}–{c2}   Date {dt}\n"
        "Reported by: SCCM {sccm}   Staff no. {staff}\n\nCategory: unruly passenger, level 2\n"
        "Passenger: {n}   Seat {seat}   PNR {pnr}   FF no. {ff}\nDOB (from APIS) {dob}   Contact {t}\n"
        "Home address on booking: {a}\n\nNarrative:\n{tm} pax refused to stow bag, became verbally abusive to crew member "
        "{crew}. Captain {capt} informed; police requested on arrival at {c2}. Witness pax {wit}, seat {seat2}, {e}.\n"
        "Passenger card used onboard: {cc}\n",
        fl=v.k(kp.flight), reg=v.k(kp.aircraft), c1=v.k(kp.city), c2=v.k(kp.city), dt=v.dt(), sccm=v.n(),
        staff=K("STAFF", v.digits(6)), n=n, seat=v.k(kp.seat), pnr=K("PNR", v.letters(6)), ff=K("FFP", v.digits(9)),
        dob=v.born(), t=v.tel(foreign=True), a=v.addr(lines=False), tm=v.k(kp.clock), crew=v.given(), capt=v.n(),
        wit=v.n(), seat2=v.k(kp.seat), e=P("EMAIL_ADDRESS", v.email(*v.name()[:2])), cc=v.cc())  # fmt: skip


def prepaid_sim_registration_record(v: V) -> Doc:
    g, f, n = v.person()
    issuer, dl = v.dl()
    return Doc().fmt(
        "SIM REGISTRATION — {co}\nagent_id={ag};outlet={c};ts={ts};app={ver}\n"
        "MSISDN|ICCID|SURNAME|OTHER_NAMES|DOB|ID_TYPE|ID_NO|ID_ISSUER|ADDRESS|ALT_CONTACT|EMAIL|DEVICE_IP\n"
        "{t}|{iccid}|{fam}|{giv}|{dob}|DL|{dl}|{iss}|{a}|{t2}|{e}|{ip}\n"
        "biometric_match=0.97;liveness=pass;kyc_officer={off}\n"
        "# SIM re-registration reminder SMS sent to {t3} on {dt}\n",
        co=v.k(kp.company), ag=K("AGENT", "AG" + v.digits(5)), c=v.k(kp.city), ts=v.k(kp.timestamp), ver=v.k(kp.version),
        t=v.tel(ext=False), iccid=v.k(kp.imsi_like), fam=P("PERSON", f.upper()), giv=P("PERSON", g.upper()), dob=v.born(),
        dl=dl, iss=K("ISSUER", issuer), a=v.addr(lines=False), t2=v.tel(ext=False), e=v.mail(g, f), ip=v.ipa(),
        off=v.given(), t3=v.tel(ext=False), dt=v.dt())  # fmt: skip


def immigration_sponsorship_undertaking_letter(v: V) -> Doc:
    g, f, n = v.person()
    vg, vf, vn = v.person()
    return Doc().fmt(
        "{n}\n{a}\n{t}\n{e}\n\n{dt}\n\nThe Entry Clearance Officer\n{emb}\n\nDear Sir or Madam,\n\n"
        "Re: Visit visa application of {vn} (born {vdob}), application reference {ref}\n\n"
        "I, {sig}, born {dob}, am writing to confirm that I will sponsor my {rel} {vg} during the visit from {dt2} to "
        "{dt3}. {vg2} will stay with me at the address above. I am employed by {co} as a {job} and earn {amt} a year. "
        "My bank statements for account {ib} are enclosed, together with my driving licence ({dl}).\n\n"
        "{vg3} can be reached at {vt} while travelling. I undertake that {vg4} will leave before the visa expires "
        "and will not have recourse to public funds under {cit}.\n\nYours faithfully,\n\n{low}\n",
        n=n, a=v.addr(), t=v.tel(), e=v.mail(g, f), dt=v.dt(),
        emb=K("AUTHORITY", v.pick("British High Commission", "Embassy of Canada", "Australian Visa Application Centre", "Consulado General de España")),
        vn=vn, vdob=v.born(), ref=v.k(kp.reference), sig=P("PERSON", f"{g} {f}"), dob=v.born(),
        rel=v.lab(v.pick("mother", "brother", "niece", "father-in-law")), vg=P("PERSON", vg), dt2=v.dt(), dt3=v.dt(),
        vg2=P("PERSON", vg), co=v.k(kp.company), job=v.lab(v.pick("nurse", "site engineer", "accountant", "bus driver")),
        amt=v.money(80000), ib=v.ib(), dl=v.dl()[1], vg3=P("PERSON", vg), vt=v.tel(foreign=True), vg4=P("PERSON", vg),
        cit=K("CITATION", v.pick("Immigration Rules, Appendix Visitor", "Immigration and Refugee Protection Regulations, s. 179")),
        low=P("PERSON", f"{g} {f}".lower()))  # fmt: skip


def parish_marriage_banns_notice(v: V) -> Doc:
    g, f, n = v.person()
    g2, f2, n2 = v.person()
    return Doc().fmt(
        "{church}\nPUBLICATION OF BANNS OF MARRIAGE\n\nI publish the banns of marriage between\n\n    {n}, of this parish,\n"
        "    residing at {a}, born {dob}, child of {fa}\n\nand\n\n    {n2}, of the parish of {c},\n"
        "    residing at {a2}, born {dob2}, child of {mo}\n\nIf any of you know cause or just impediment why these two "
        "persons should not be joined together in holy matrimony, ye are to declare it.\n\nFirst time of asking: {dt}\n"
        "Second time: {dt2}\nThird time: {dt3}\n\n{priest}, Vicar\nParish office {t} · weddings fee {amt} · Register book {bk}\n",
        church=K("CHURCH", v.pick("St Anne's Parish Church", "Église Saint-Pierre", "Parroquia de San José", "St. Marien Pfarrkirche", "Holy Trinity Cathedral")),
        n=n, a=v.addr(lines=False), dob=v.born(), fa=v.n(), n2=n2, c=v.k(kp.city), a2=v.addr(lines=False), dob2=v.born(),
        mo=v.n(), dt=v.dt(), dt2=v.dt(), dt3=v.dt(), priest=v.n(), t=v.tel(), amt=v.money(600),
        bk=K("REGISTER", f"Vol. {v.r.randint(3, 40)}, entry {v.r.randint(1, 400)}"))  # fmt: skip


def rowing_club_membership_renewals(v: V) -> Doc:
    d = Doc().fmt(
        "{club} — membership renewals {yr}\nexported from clubhub {ver} by {by}\n\n"
        "name,born,category,email,mobile,emergency contact,fee,paid\n",
        club=K("CLUB", v.pick("Eupen Ruderclub 1898", "Club Náutico Punta Arenas", "Zierikzee Roeivereniging", "Lake Lungu Rowing Club", "Yarra Yarra Rowing Club")),
        yr=K("YEAR", str(v.r.randint(2024, 2027))), ver=v.k(kp.version), by=v.given())  # fmt: skip
    for _ in range(v.r.randint(4, 6)):
        g, f, n = v.person()
        child = v.r.random() < 0.3
        d.fmt('"{n}",{dob},{cat},{e},{t},"{em}",{amt},{paid}\n', n=n, dob=v.born(child), cat=v.pick("senior", "masters", "junior" if child else "veteran"),
              e=v.mail(g, f), t=v.tel(), em=v.n(), amt=v.money(400), paid=v.pick("yes", "no", "part"))  # fmt: skip
    return d.fmt(
        "\nBoathouse gate code changes {dt}. Treasurer account {ib} ({bic}).\n",
        dt=v.dt(),
        ib=v.ib(),
        bic=v.sw(),
    )


def burial_permit_application(v: V) -> Doc:
    g, f, n = v.person()
    line, city, post = v.addr_parts()
    return Doc().fmt(
        "APPLICATION FOR BURIAL / CREMATION PERMIT\nRegistration district: {c}     Permit no. {pn}\n\n"
        "DECEASED\n  Surname:            {fam}\n  Forenames:          {giv}\n  Date of birth:      {dob}\n"
        "  Date of death:      {dt}\n  Usual residence:    {line}\n                      {city} {post}\n"
        "  Medical certificate from {hosp}, record {mr}; cause {icd}\n\nAPPLICANT (informant)\n  Name:   {an}\n"
        "  Address: {a}\n  Telephone: {t}\n  Relationship: {r}\n\nFUNERAL DIRECTOR: {fd}, plot {plot}, fee {amt} paid by {cc}\n"
        "Registrar: {reg}      Date issued: {dt2}\n",
        c=v.k(kp.city), pn=K("PERMIT", "BP/" + v.digits(4) + "/" + v.digits(2)), fam=P("PERSON", f.upper()),
        giv=P("PERSON", g), dob=v.born(), dt=v.dt(), line=line, city=city, post=post, hosp=v.k(kp.company, "medical"),
        mr=v.mr(), icd=K("ICD10", v.pick("I25.10", "C34.90", "J96.11", "I21.4")), an=v.n(), a=v.addr(lines=False),
        t=v.tel(), r=v.lab(v.pick("widow", "son", "niece", "executor", "veuve", "hijo")), fd=v.k(kp.company),
        plot=K("PLOT", f"Section {v.letters(1)}, row {v.r.randint(1, 30)}"), amt=v.money(1500), cc=v.cc(), reg=v.n(),
        dt2=v.dt())  # fmt: skip


# ------------------------------------------------------------------------------------------------ justice and work


def court_minute_entry_sheet(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "MINUTE ENTRY\n{court}\n{dk}\nSTATE v. {caps}\n\nHON. {judge}          CLERK: {clerk}          COURT REPORTER: {rep}\n"
        "{dt}  {tm}\n\nAPPEARANCES: Deputy prosecutor {pros}; defendant present in custody with counsel {counsel}.\n"
        "Defendant identified by date of birth {dob} and driver's licence {dl}.\nThe Court reviews {cit}.\n"
        "IT IS ORDERED releasing the defendant on bond of {amt}, to reside at {a}, and to keep a working phone ({t}).\n"
        "Victim {vic} to be notified at {e}.\nNext hearing {dt2}.\n\ncc: {counsel2}; Pretrial Services\n",
        court=K("COURT", v.pick("Superior Court, County of Pima", "District Court, Muskogee County", "Magistrate Court, Bristol",
                               "Tribunal correctionnel de Dunkerque", "High Court, Eldoret")),
        dk=v.k(kp.docket), caps=P("PERSON", f"{g} {f}".upper()), judge=P("PERSON", v.name()[1].upper()), clerk=v.given(),
        rep=v.n(), dt=v.dt(), tm=v.k(kp.clock), pros=v.n(), counsel=v.n(), dob=v.born(), dl=v.dl()[1], cit=v.k(kp.citation),
        amt=v.money(25000), a=v.addr(lines=False), t=v.tel(), vic=v.n(), e=P("EMAIL_ADDRESS", v.email(*v.name()[:2])),
        dt2=v.dt(), counsel2=v.n())  # fmt: skip


def probation_presentence_report(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "PRESENTENCE INVESTIGATION REPORT\n{court}   {dk}\nPrepared by U.S. Probation Officer {po}   Date {dt}\n\n"
        "IDENTIFYING DATA\nDefendant: {n}\nAKA: {aka}\nDate of birth: {dob}\nSSN: {s}\nFBI-style ref: {ref}\n"
        "Driver's license: {dl} ({iss})\nLegal address: {a}\nTelephone: {t}\n\n"
        "PART A. THE OFFENSE\n1. On {dt2} the defendant used card {cc} issued to {vic} at {co} to buy goods worth {amt}.\n"
        "2. Account records show logins from {ip}.\n\nPART C. PERSONAL AND FAMILY DATA\n3. The defendant's mother, {mo}, "
        "lives in {c} and can be reached at {t2}. A second SSN, {s2}, was reported by the credit bureau.\n",
        court=K("COURT", v.pick("U.S. District Court, E.D. Oklahoma", "U.S. District Court, D. Arizona", "U.S. District Court, D. Alaska")),
        dk=K("DOCKET", f"No. {v.r.randint(1, 5)}:2{v.r.randint(3, 6)}-cr-{v.digits(5)}"), po=v.n(), dt=v.dt(), n=n,
        aka=P("PERSON", v.pick(g, f"{g[0]}. {f}", f.upper())), dob=v.born(), s=v.sn(), ref=v.k(kp.reference),
        dl=v.dl()[1], iss=K("ISSUER", v.pick("Oklahoma DPS", "Arizona MVD", "Alaska DMV")), a=v.addr(), t=v.tel(),
        dt2=v.dt(), cc=v.cc(), vic=v.n(), co=v.k(kp.company), amt=v.money(9000), ip=v.ipa(), mo=v.n(), c=v.k(kp.city),
        t2=v.tel(), s2=v.sn())  # fmt: skip


def hr_disciplinary_hearing_invite(v: V) -> Doc:
    g, f, n = v.person()
    return Doc().fmt(
        "PRIVATE & CONFIDENTIAL — ADDRESSEE ONLY\n\n{n}\n{a}\n\n{dt}\n\nDear {g},\n\nINVITATION TO A DISCIPLINARY HEARING\n\n"
        "Further to the investigation carried out by {inv}, you are required to attend a disciplinary hearing on {dt2} at "
        "{tm} at our {c} office. The allegation is that on {dt3} you accessed the payroll system from {ip} and exported "
        "the records of colleagues, including {col}, contrary to the {pol}.\n\nThe hearing will be chaired by {chair}. "
        "You may be accompanied by a colleague or trade union representative. Evidence pack reference {ref} is enclosed.\n\n"
        "Please confirm your attendance by calling {t} or writing to {e}.\n\nYours sincerely,\n\n{hr}\nHR Business Partner, {co}\n"
        "Employee no. {emp} · Payroll IBAN on file {ib}\n",
        n=n, a=v.addr(), dt=v.dt(), g=P("PERSON", g), inv=v.n(), dt2=v.dt(), tm=v.k(kp.clock), c=v.k(kp.city), dt3=v.dt(),
        ip=v.ipa(), col=v.n(), pol=K("POLICY_NAME", v.pick("Acceptable Use Policy v4", "Data Protection Policy", "Code of Conduct 2025")),
        chair=v.n(), ref=v.k(kp.reference), t=v.tel(ext=True), e=P("EMAIL_ADDRESS", v.email(*v.name()[:2])), hr=v.n(),
        co=v.k(kp.company), emp=K("EMPLOYEE_ID", "E" + v.digits(6)), ib=v.ib())  # fmt: skip


def whistleblower_hotline_intake(v: V) -> Doc:
    g, f, n = v.person()
    anon = v.r.random() < 0.4
    d = Doc().fmt(
        "SPEAK-UP LINE — INTAKE RECORD\nCase: {case}    Received: {ts}    Channel: {ch}\nLanguage: {lang}\n",
        case=v.k(kp.hash_tag), ts=v.k(kp.timestamp), ch=v.pick("phone", "web", "voicemail"),
        lang=v.lab(v.pick("English", "Français", "Español", "Deutsch", "Русский", "Türkçe", "Bahasa Indonesia")))  # fmt: skip
    if anon:
        d.fmt("Reporter: anonymous (callback via PIN {pin}); caller ID withheld; web IP logged {ip}\n",
              pin=K("PIN", v.digits(6)), ip=v.ipa())  # fmt: skip
    else:
        d.fmt("Reporter: {n}, {t}, {e}\n", n=n, t=v.tel(), e=v.mail(g, f))
    return d.fmt(
        "\nAllegation (verbatim summary):\n  reporter says that {s1}, regional sales manager, asked distributor {co} to "
        "invoice {amt} for 'marketing' and route it to a personal account {ib}. Reporter also saw {s2} ({e2}) approve "
        "the payment on {dt}. Product line {prod}; contract {con}; the distributor's listed parent is ISIN {isin}.\n  reporter fears retaliation from {s3}.\n\n"
        "Triage: category bribery/corruption, severity high, assigned to {inv}\n",
        s1=v.n(), co=v.k(kp.company), amt=v.money(60000), ib=v.ib(), s2=v.n(), e2=P("EMAIL_ADDRESS", v.email(*v.name()[:2])),
        dt=v.dt(), prod=v.k(kp.product), con=v.k(kp.contract), isin=v.k(kp.isin), s3=P("PERSON", v.name()[0].lower()), inv=v.n())  # fmt: skip


def ci_pipeline_deploy_audit_log(v: V) -> Doc:
    d = Doc().fmt("# deploy audit — service payments-api — env prod — {ver}\n", ver=v.k(kp.version))
    for _ in range(v.r.randint(4, 6)):
        g, f, n = v.person()
        d.fmt(
            "{ts} job={job} sha={sha} actor={e} ip={ip} approved_by=\"{n}\" status={st}\n",
            ts=v.k(kp.timestamp), job=K("JOB", v.digits(7)), sha=v.k(kp.commit_sha), e=v.mail(g, f), ip=v.ipa(), n=n,
            st=v.pick("success", "failed", "rolled_back"))  # fmt: skip
    g, f, n = v.person()
    return d.fmt(
        "# on-call: {n} {t}; escalation {t2}\n# secrets rotated by {low}; break-glass card {cc} (expired)\n",
        n=n, t=v.tel(), t2=v.tel(foreign=True), low=P("PERSON", g.lower()), cc=v.cc())  # fmt: skip


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    mortgage_closing_disclosure_page,
    annuity_death_claim_form,
    fx_forward_contract_note,
    corporate_card_reconciliation_sheet,
    bank_guarantee_demand_letter,
    adverse_event_cioms_report,
    palliative_care_handover_sheet,
    sleep_study_cpap_prescription,
    pet_insurance_vet_claim_form,
    property_inventory_checkout_report,
    road_collision_report_form,
    utility_disconnection_warning_notice,
    vehicle_title_transfer_bill_of_sale,
    airline_cabin_incident_report,
    prepaid_sim_registration_record,
    immigration_sponsorship_undertaking_letter,
    parish_marriage_banns_notice,
    rowing_club_membership_renewals,
    burial_permit_application,
    court_minute_entry_sheet,
    probation_presentence_report,
    hr_disciplinary_hearing_invite,
    whistleblower_hotline_intake,
    ci_pipeline_deploy_audit_log,
)
US_ONLY = ("mortgage_closing_disclosure_page", "probation_presentence_report")
US_LOCALES = ("mus-US", "ood-US", "ale-US")


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
