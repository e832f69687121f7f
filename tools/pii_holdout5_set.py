"""The fifth holdout PII set: `python -m tools.pii_holdout5_set` writes benchmarks/pii_intl/holdout5.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written without opening
Charter's recognizers, their word lists, the benchmark's results or any misses, and the scrubber was never
run on it while it was written. The earlier sets (tools/pii_intl_set.py and tools/pii_holdout*_set.py) were
read only to avoid them: the document families here (KYC periodic reviews, SEPA direct-debit batches,
payment investigations, rent guarantor declarations, insolvency creditor lists, litigation hold notices,
anticoagulation clinic logs, occupational-health clearances, bills of lading, hostel check-in registers,
marathon entry lists, newsletter bounce reports, courier SMS conversations, webhook payloads...), their
sentences and the way values are rendered (dialling prefixes, groupings, separators, labels, surrounding
text) are new. Values come from tools/pii_holdout5_values.py: names from Faker person providers of locales
the earlier sets did not draw on, transliterated Cyrillic and Greek names and romanised Chinese and Japanese
ones, changed by hyphens, particles and initials; street lines composed from per-country street lists and
address layouts; phone numbers from the `phonenumbers` library's metadata, each rendering read back by the
library as the same valid number; cards, IBANs, BICs, SSNs, driver's licences and record numbers composed
from their published layouts and check digits. Must-keep look-alikes come from tools/pii_holdout5_keep.py.

Schema as the international set's: `{"id", "split", "family", "locale", "text", "pii": [{"type", "start",
"end"}], "keep": [{"type", "value"}]}`. A span covers the value as written: a phone number with its extension,
a street line with the postcode and city written with it, a name without its title.

Deterministic: its own seed, one `random.Random` per document drawn from it (which also seeds that
document's Faker instances), no iteration over unordered collections; the same command writes the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import string
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from tools import pii_holdout5_keep as kp
from tools.pii_holdout5_values import FOREIGN, LOCALES, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout5.jsonl"
SEED = 583117
DOCUMENTS = 600
SPLIT = "holdout5"
US_LOCALES = ("en-US",)


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
    inserted: list[str] = field(default_factory=list)
    size: int = 0

    def add(self, *items: str | P | K | None) -> Doc:
        for item in items:
            if item is None:
                continue
            if isinstance(item, P):
                self.pii.append({"type": item.kind, "start": self.size, "end": self.size + len(item.value)})
                self.inserted.append(item.value)
                item = item.value
            elif isinstance(item, K):
                if not any(k["value"] == item.value for k in self.keep):
                    self.keep.append({"type": item.kind, "value": item.value})
                item = item.value
            self.parts.append(item)
            self.size += len(item)
        return self

    def fmt(self, template: str, **slots: str | P | K | None) -> Doc:
        for literal, name, _, _ in string.Formatter().parse(template):
            self.add(literal)
            if name is not None:
                self.add(slots[name])
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


def problems(doc: Doc) -> list[str]:
    """Why `doc` could not be scored fairly: overlapping, empty or padded spans, or a must-keep value that
    also occurs inside a personal value."""
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
    """Values plus shorthands that wrap them as spans (P) and must-keep values (K)."""

    def k(self, fn: Callable[[random.Random], tuple[str, str]] | None = None) -> K:
        return K(*(fn or self.pick(kp.ANY))(self.r))

    def p_name(self, name: str | None = None) -> P:
        return P("PERSON", name or self.name())

    def p_phone(self, **kw) -> P:
        return P("PHONE_NUMBER", self.phone(**kw))

    def p_foreign(self) -> P:
        return P("PHONE_NUMBER", self.phone(region=self.pick(FOREIGN), intl=True))

    def p_addr(self, sep: str = ", ") -> P:
        return P("STREET_ADDRESS", self.address(sep))

    def p_street(self) -> P:
        return P("STREET_ADDRESS", self.street())

    def p_email(self, given: str = "", family: str = "", work: bool = False) -> P:
        return P("EMAIL_ADDRESS", self.email(given, family, work))

    def p_card(self) -> tuple[str, P]:
        brand, number = self.card()
        return brand, P("CREDIT_CARD", number)

    def p_iban(self, country: str | None = None) -> P:
        return P("IBAN_CODE", self.iban(country))

    def p_bic(self, **kw) -> P:
        return P("SWIFT_CODE", self.bic(**kw))

    def p_dob(self, style: str | None = None) -> P:
        return P("DATE_OF_BIRTH", self.dob(style))

    def p_mrn(self) -> P:
        return P("MEDICAL_RECORD_NUMBER", self.mrn())

    def p_dl(self) -> tuple[str, P]:
        where, number = self.licence()
        return where, P("DRIVER_LICENSE", number)

    def p_ssn(self) -> P:
        return P("US_SSN", self.ssn())

    def p_ip(self, six: bool | None = None) -> P:
        six = self.r.random() < 0.3 if six is None else six
        return P("IP_ADDRESS", self.ipv6() if six else self.ipv4())

    def us(self) -> bool:
        return self.loc.country == "US"

    def kdate(self) -> K:
        return self.k(kp.other_date)

    def money(self, top: int = 480000) -> K:
        return K(*kp.amount(self.r, self.loc.country, top))

    def sig(self, name: str) -> P:
        """A name as people sign or list it: sometimes lower case, sometimes surname first with a comma."""
        r = self.r
        if r.random() < 0.15:
            return P("PERSON", name.lower())
        return P("PERSON", name)


# ------------------------------------------------------------------------------------------------ finance


def kyc_periodic_review_form(v: V) -> Doc:
    """A bank's periodic KYC refresh of an existing customer, keyed by the relationship manager."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    where, dl = v.p_dl()
    d.fmt("PERIODIC REVIEW — {co}\nCustomer file {ref} · risk rating {risk} · last review {last}\n\n"
          "1. Identity\n   Legal name: {n}\n   Date of birth: {dob}\n   ID held on file: driving licence {dl} ({w}), "
          "verified {ver}\n   Residential address (unchanged? {yn}): {addr}\n\n"
          "2. Contact\n   Mobile {tel}\n   E-mail {em}\n   Last online-banking login from {ip}\n\n"
          "3. Accounts and activity\n   Main account {iban} at {bic}\n   12-month turnover {amt}; largest single credit {amt2} "
          "on {dt}; holds {isin} and {cusip} in custody.\n\n4. Outcome: no change to rating. Reviewed by {rm}; "
          "second line sign-off {co2}.\n   Source of wealth: employment at {emp}; screening list {sv} clear on {sd}.\n",
          co=v.k(kp.company), ref=v.k(kp.reference), risk=r.choice(("low", "medium", "standard")), last=v.k(kp.period),
          n=v.p_name(name), dob=v.p_dob(), dl=dl, w=where, ver=v.kdate(), yn=r.choice(("yes", "no")),
          addr=v.p_addr(), tel=v.p_phone(), em=v.p_email(g, f), ip=v.p_ip(), iban=v.p_iban(), bic=v.p_bic(),
          amt=v.money(), amt2=v.money(), dt=v.kdate(), isin=v.k(kp.isin), cusip=v.k(kp.cusip), rm=v.sig(v.name()), co2=v.k(kp.lei), emp=v.k(kp.company), sv=v.k(kp.version), sd=v.kdate())  # fmt: skip
    if v.us():
        d.fmt("   W-9 on file, TIN {ssn}.\n", ssn=v.p_ssn())
    d.fmt("5. Products held: {p1}, {p2}; FX limit {amt}; card programme {ver}; next review {per}.\n",
          p1=v.k(kp.product), p2=v.k(kp.product), amt=v.money(), ver=v.k(kp.version), per=v.k(kp.period))  # fmt: skip
    return d


def sepa_direct_debit_batch_text(v: V) -> Doc:
    """A SEPA direct-debit collection batch as the creditor's software prints it for sign-off."""
    d, r = Doc(), v.r
    d.fmt("SDD CORE COLLECTION  batch {ref}  due {dt}\nCreditor: {co}  Creditor ID {cid}\n"
          "Creditor account {iban} / {bic}\n\nSeq  Debtor                          Mandate            Amount        "
          "Debtor IBAN / BIC\n",
          ref=v.k(kp.reference), dt=v.kdate(), co=v.k(kp.company), cid=v.k(kp.creditor_id), iban=v.p_iban(),
          bic=v.p_bic())  # fmt: skip
    for seq in range(r.randint(3, 5)):
        name = v.latin(v.name())
        d.fmt("{s:<4} {n}{pad}{mnd}  {amt}  {iban} / {bic}\n", s=r.choice(("FRST", "RCUR", "RCUR", "FNAL")),
              n=P("PERSON", name.upper() if r.random() < 0.4 else name), pad=" " * max(2, 32 - len(name)),
              mnd=v.k(kp.reference), amt=v.money(), iban=v.p_iban(), bic=v.p_bic())  # fmt: skip
        if seq == 0 and r.random() < 0.5:
            d.fmt("     ↳ returned last cycle (AM04); debtor phoned from {tel}\n", tel=v.p_phone())
    d.fmt("\nControl sum {amt}; prepared by {p}, approved by {a}.\n", amt=v.money(), p=v.sig(v.name()),
          a=v.p_name())  # fmt: skip
    d.fmt("Message id {mid}; {n} transactions; settlement {dt}; scheme {ver}; file {h}.\n", mid=v.k(kp.reference),
          n=str(r.randint(3, 900)), dt=v.kdate(), ver=K("VERSION", r.choice(("pain.008.001.02", "pain.008.001.08"))),
          h=K("FILENAME", f"SDD_{r.randint(100000, 999999)}.xml"))  # fmt: skip
    return d


def payment_investigation_case(v: V) -> Doc:
    """A bank operations case: a beneficiary says a cross-border payment never arrived."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    bic3 = v.p_bic(country=r.choice(FOREIGN))
    uetr = str(uuid.UUID(int=r.getrandbits(128), version=4))
    d.fmt("Case {ref} — non-receipt claim\nOpened {ts} by {agent}\n\nOrdering customer: {n}, {addr}\n"
          "Beneficiary: {b}\nAmount {amt}, value date {dt}, UETR {uetr}\n\n"
          "Route: our {bic1} → intermediary {bic2} → beneficiary bank {bic3} (credit to {iban}).\n"
          "Intermediary reports funds credited on {dt2}; beneficiary bank asked to trace. "
          "Customer contact: {tel} / {em}.\n\nNext step: chase {bic3b} if no answer by {dt3}.\n",
          ref=v.k(kp.reference), ts=v.k(kp.timestamp), agent=v.p_name(), n=v.p_name(name), addr=v.p_addr(),
          b=v.p_name(), amt=v.money(), dt=v.kdate(), uetr=K("UETR", uetr), bic1=v.p_bic(),
          bic2=v.p_bic(country=r.choice(("US", "DE", "GB", "BE"))), bic3=bic3,
          iban=v.p_iban(), dt2=v.kdate(), tel=v.p_phone(), em=v.p_email(g, f), bic3b=bic3, dt3=v.kdate())  # fmt: skip
    d.fmt("Charges {ch}, fees {amt}; MT199 sent {ts}; gpi status ACSP at {ts2}; linked case {ref}.\n",
          ch=r.choice(("OUR", "SHA", "BEN")), amt=v.money(top=90), ts=v.k(kp.timestamp), ts2=v.k(kp.timestamp),
          ref=v.k(kp.reference))  # fmt: skip
    return d


def guarantor_declaration(v: V) -> Doc:
    """A rent guarantor's declaration attached to a lease, with the guarantor's identity and bank."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    where, dl = v.p_dl()
    d.fmt("DEED OF GUARANTEE (residential tenancy)\n\nLandlord: {co}\nTenant: {t}\nPremises: {prem}\n"
          "Monthly rent {rent}; deposit {dep}; term from {d1}.\n\nGuarantor\n  {n}\n  born {dob}\n  of {addr}\n"
          "  identified by driving licence no. {dl} issued by {w}\n  telephone {tel}\n  salary paid into {iban} ({bic})\n\n"
          "The Guarantor guarantees the Tenant's obligations up to {cap}. Signed as a deed on {d2} "
          "in the presence of {wit}.\n",
          co=v.k(kp.company), t=v.p_name(), prem=v.p_addr(), rent=v.money(), dep=v.money(), d1=v.kdate(),
          n=v.p_name(name), dob=v.p_dob(), addr=v.p_addr(r.choice((", ", "\n     "))), dl=dl, w=where,
          tel=v.p_phone(), iban=v.p_iban(), bic=v.p_bic(), cap=v.money(), d2=v.kdate(), wit=v.p_name())  # fmt: skip
    d.fmt("Landlord reference {ref}; see clause 7 and {cit}. Inventory dated {dt}, {area}.\n",
          ref=v.k(kp.reference), cit=v.k(kp.citation), dt=v.kdate(), area=v.k(kp.area))  # fmt: skip
    return d


def travel_insurance_claim_note(v: V) -> Doc:
    """An assistance company's file note on a medical claim abroad."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    _, card = v.p_card()
    d.fmt("File note {ts} — claim {ref}, policy {pol}\nInsured: {n} (dob {dob}), home {addr}\n"
          "Incident: {inc} in {c} on {dt}. Admitted to {hosp}, hospital no. {mrn}; dx {icd}.\n"
          "Called insured on {tel}; daughter {fam} also on file ({tel2}).\n"
          "Insured paid {amt} upfront on card {card}; reimburse to {iban}. Repatriation on {fl} approved, "
          "excess {ex}.\n— {h}\n",
          ts=v.k(kp.timestamp), ref=v.k(kp.reference), pol=v.k(kp.reference), n=v.p_name(name), dob=v.p_dob(),
          addr=v.p_addr(), inc=r.choice(("fall on stairs", "chest pain", "scooter accident", "food poisoning")),
          c=v.k(kp.city), dt=v.kdate(), hosp=v.k(kp.hospital), mrn=v.p_mrn(), icd=v.k(kp.icd10), tel=v.p_foreign(),
          fam=v.p_name(f"{v.person()[0]} {f}" if v.loc.order == "given" else None), tel2=v.p_phone(),
          amt=v.money(), card=card, iban=v.p_iban(), fl=v.k(kp.flight), ex=v.money(), h=v.sig(v.name()))  # fmt: skip
    d.fmt("Trip {d1} to {d2}; hospital invoice {ref} for {amt}; GOP issued {ts}; exchange rate {rate}.\n",
          d1=v.kdate(), d2=v.kdate(), ref=v.k(kp.reference), amt=v.money(top=40000), ts=v.k(kp.timestamp),
          rate=K("RATE", f"{r.randint(50, 4000) / 1000:.4f}"))  # fmt: skip
    return d


def hospital_billing_statement(v: V) -> Doc:
    """A hospital's patient account statement, with the payment on file and the refund route."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    brand, card = v.p_card()
    d.fmt("{co}\nPATIENT ACCOUNT STATEMENT                      Statement date {dt}\n\n{n}\n{addr}\n\n"
          "Account {ref}   Patient no. {mrn}   Guarantor DOB {dob}\n\n"
          "Date of service | Description | Charges | Dx\n",
          co=v.k(kp.hospital), dt=v.kdate(), n=v.p_name(name.upper() if r.random() < 0.5 else name),
          addr=v.p_addr("\n"), ref=v.k(kp.reference), mrn=v.p_mrn(), dob=v.p_dob())  # fmt: skip
    for _ in range(r.randint(2, 4)):
        d.fmt("{dt} | {desc} | {c} | {dx}\n", dt=v.kdate(), c=v.money(top=9000), dx=v.k(kp.icd10),
              desc=r.choice(("Emergency dept level 4", "CT abdomen w/ contrast", "Lab panel", "Inpatient day",
                             "Physiotherapy 30 min")))  # fmt: skip
    d.fmt("\nPaid by {brand} {card} on {dt}. Credit balance refunded to {iban}.\n"
          "Questions? Billing office {tel}, or write to {em}.\n",
          brand=brand, card=card, dt=v.kdate(), iban=v.p_iban(), tel=v.p_phone(ext=r.random() < 0.5),
          em=v.p_email(work=True))  # fmt: skip
    if v.us():
        d.fmt("Responsible party SSN on file: {ssn}\n", ssn=v.p_ssn())
    d.fmt("Insurance paid {amt} on {dt}; contractual adjustment {amt2}; balance due {amt3} by {dt2}.\n",
          amt=v.money(top=20000), dt=v.kdate(), amt2=v.money(top=5000), amt3=v.money(top=3000), dt2=v.kdate())  # fmt: skip
    return d


# -------------------------------------------------------------------------------------------------- legal


def insolvency_creditor_list(v: V) -> Doc:
    """The schedule of creditors an insolvency practitioner files, individuals among the companies."""
    d, r = Doc(), v.r
    d.fmt("In the matter of {co} (in administration) — {dock}\nSchedule B: unsecured creditors as at {dt}\n\n"
          "No. | Creditor | Address | Claim | Bank details for dividend\n",
          co=v.k(kp.company), dock=v.k(kp.docket), dt=v.kdate())  # fmt: skip
    for i in range(r.randint(3, 5)):
        if r.random() < 0.3:
            d.fmt(
                "{i} | {co} | {c} | {amt} | —\n",
                i=str(i + 1),
                co=v.k(kp.company),
                c=v.k(kp.city),
                amt=v.money(),
            )
            continue
        g, f, _ = v.person()
        d.fmt("{i} | {n} | {addr} | {amt} | {iban}\n", i=str(i + 1),
              n=P("PERSON", f"{f.upper()}, {g}" if v.loc.script != "native" else f"{f} {g}"),
              addr=v.p_addr(), amt=v.money(), iban=v.p_iban())  # fmt: skip
    d.fmt("\nAdministrator: {a}, {firm}. Claims to {em} quoting {cit}.\n", a=v.p_name(), firm=v.k(kp.company),
          em=v.p_email(work=True), cit=v.k(kp.citation))  # fmt: skip
    d.fmt("Total unsecured claims {amt}; estimated dividend {pct} in {per}; creditors' meeting {dt} at {tm}, {c}.\n",
          amt=v.money(), pct=v.k(kp.percent), per=v.k(kp.period), dt=v.kdate(), tm=v.k(kp.time_of_day), c=v.k(kp.city))  # fmt: skip
    return d


def litigation_hold_notice(v: V) -> Doc:
    """A legal hold sent to custodians, listing who must preserve what."""
    d, r = Doc(), v.r
    d.fmt("PRIVILEGED & CONFIDENTIAL — LEGAL HOLD NOTICE\nMatter: {dock} ({cit})\nIssued {dt} by {gc}, "
          "General Counsel\n\nYou must preserve all documents relating to the {what}, including e-mail, chat, "
          "voicemail and personal devices. Custodians:\n",
          dock=v.k(kp.docket), cit=v.k(kp.citation), dt=v.kdate(), gc=v.p_name(),
          what=r.choice(("vendor contracts", "2024 pricing decisions", "warehouse fire", "data incident")))  # fmt: skip
    for _ in range(r.randint(3, 5)):
        g, f, name = v.person()
        d.fmt("  - {n} <{em}>, mobile {tel}\n", n=v.sig(name), em=v.p_email(g, f, work=True), tel=v.p_phone())
    d.fmt("\nFormer employee {n} (left {dt}) is to be written to at {addr}.\nAcknowledge by {dt2} to {em}.\n",
          n=v.p_name(), dt=v.kdate(), addr=v.p_addr(), dt2=v.kdate(), em=v.p_email(work=True))  # fmt: skip
    d.fmt("Systems in scope: {p1} ({ver}), shared drive {p2}; retention override ticket {ref}, effective {dt}.\n",
          p1=v.k(kp.product), ver=v.k(kp.version), p2=v.k(kp.product), ref=v.k(kp.reference), dt=v.kdate())  # fmt: skip
    return d


def ocr_bank_reference_letter(v: V) -> Doc:
    """A bank reference letter scanned and OCR'd: hard line breaks, odd spacing, a stray character."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    d.fmt("{co}\n{baddr}\n\n  {dt}\n\nTO WHOM IT MAY\nCONCERN\n\nWe confirm that {n}, born\n{dob}, residing at\n"
          "{addr}, has held\naccount {iban} with\nus since {yr} and has\nconducted it satisfactorily.\n"
          "Our SWIFT address is {bic}.\n\nFor verification call\n{tel} .\n\n~ {sig}\nBranch manager\n",
          co=v.k(kp.company), baddr=v.p_addr("\n"), dt=v.kdate(), n=v.p_name(name), dob=v.p_dob(),
          addr=v.p_addr(r.choice((",\n", "\n"))), iban=v.p_iban(), yr=str(r.randint(1995, 2022)), bic=v.p_bic(),
          tel=v.p_phone(), sig=v.p_name())  # fmt: skip
    d.fmt("\nAvg. balance (12 m): {amt}\nOverdraft facility: {amt2}\nOur ref. {ref}   p. 1/1\n",
          amt=v.money(), amt2=v.money(top=20000), ref=v.k(kp.reference))  # fmt: skip
    return d


def payroll_garnishment_order(v: V) -> Doc:
    """A US income-withholding order for child support, as the employer's payroll team receives it."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    d.fmt("INCOME WITHHOLDING FOR SUPPORT    Order ID {ref}   Case {dock}\nState/Tribe: {st}   Date: {dt}\n\n"
          "Employer: {co}, FEIN on file\nRE: {n}\n  Employee SSN {ssn}\n  Employee DOB {dob}\n"
          "  Last known address {addr}\n\nCustodial party: {cp} (SSN {ssn2})\nChild(ren): {c1}, DOB {cdob}\n\n"
          "Withhold {amt} per month ({amt2} current support, arrears {amt3}). Remit to SDU within 7 business days.\n"
          "Questions: {caseworker}, {tel}\n",
          ref=v.k(kp.reference), dock=v.k(kp.docket), st=r.choice(("Arizona", "Georgia", "Ohio", "Washington")),
          dt=v.kdate(), co=v.k(kp.company), n=v.p_name(name), ssn=v.p_ssn(), dob=v.p_dob(), addr=v.p_addr(),
          cp=v.p_name(), ssn2=v.p_ssn(), c1=v.p_name(f"{v.person()[0]} {f}"), cdob=P("DATE_OF_BIRTH", v.dob(young=True)), amt=v.money(),
          amt2=v.money(), amt3=v.money(), caseworker=v.p_name(), tel=v.p_phone(ext=r.random() < 0.5))  # fmt: skip
    d.fmt("Pay frequency: {pf}. Do not withhold more than {pct} of disposable earnings ({cit}). Begin no later than "
          "{dt}; lump sums over {amt} must be reported.\n", pf=r.choice(("weekly", "biweekly", "semimonthly")),
          pct=K("PERCENT", r.choice(("50%", "55%", "60%", "65%"))), cit=K("CITATION", "15 U.S.C. § 1673(b)"),
          dt=v.kdate(), amt=v.money(top=1000))  # fmt: skip
    return d


# ------------------------------------------------------------------------------------------------ medical


def transfer_of_care_summary(v: V) -> Doc:
    """A hospital's summary sent with a patient moving to a rehabilitation unit or care home."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    d.fmt("TRANSFER OF CARE — {co} to {co2}\n\nName: {n}     Hosp. no: {mrn}     D.O.B.: {dob}\n"
          "Usual residence: {addr}\nNext of kin: {nok} ({rel}), {tel}\nGP / family doctor: {gp}\n\n"
          "Admitted {d1} with {icd}; {proc}. Transfer {d2} to {room}.\nMedicines: {atc} 5 mg nocte; "
          "{atc2} as per chart. Last {lab}.\nMobility: frame, 1 assist. Allergies: NKDA.\n\n"
          "Completed by {rn}, bleep {bleep}.\n",
          co=v.k(kp.hospital), co2=v.k(kp.company), n=v.p_name(name), mrn=v.p_mrn(), dob=v.p_dob(),
          addr=v.p_addr(), nok=v.p_name(), rel=r.choice(("son", "wife", "niece", "partner")), tel=v.p_phone(),
          gp=v.p_name(), d1=v.kdate(), icd=v.k(kp.icd10), proc=r.choice(("hemiarthroplasty day 2", "IV antibiotics 5/7",
          "conservative management")), d2=v.kdate(), room=v.k(kp.room), atc=v.k(kp.atc), atc2=v.k(kp.atc),
          lab=v.k(kp.lab_value), rn=v.sig(v.name()), bleep=str(r.randint(1000, 8999)))  # fmt: skip
    d.fmt("Discharge weight {wt}; next clinic {dt} at {tm}, {room}.\n", wt=v.k(kp.weight), dt=v.kdate(),
          tm=v.k(kp.time_of_day), room=v.k(kp.room))  # fmt: skip
    return d


def anticoagulation_clinic_log(v: V) -> Doc:
    """An anticoagulation clinic's day list: INR results and dose changes, pasted from the clinic system."""
    d, r = Doc(), v.r
    d.fmt("Anticoag clinic {dt} — {site}\nTarget {tgt}; testing by {co}\n\n", dt=v.kdate(), site=v.k(kp.room),
          tgt=r.choice(("2.0-3.0", "2.5-3.5")), co=v.k(kp.company))  # fmt: skip
    for _ in range(r.randint(3, 5)):
        g, f, name = v.person()
        d.fmt("* {n} [{mrn}] b. {dob} — {lab}, {act}; rpt {dt}. Tel {tel}\n", n=v.sig(name), mrn=v.p_mrn(),
              dob=v.p_dob(), lab=v.k(kp.inr), act=r.choice(("no change", "reduce 0.5 mg Tue/Thu",
              "omit 1 dose", "increase weekly dose 10%")), dt=v.kdate(), tel=v.p_phone())  # fmt: skip
    d.fmt("Clinic pharmacist: {p}. Indications coded {icd}, {icd2}.\n", p=v.p_name(), icd=v.k(kp.icd10),
          icd2=v.k(kp.icd10))  # fmt: skip
    d.fmt("Strips lot {lot}, meter {ver}; QC {inr} at {tm}; {n} seen, {m} DNA.\n", lot=v.k(kp.product),
          ver=v.k(kp.version), inr=v.k(kp.inr), tm=v.k(kp.time_of_day), n=str(r.randint(8, 40)), m=str(r.randint(0, 5)))  # fmt: skip
    return d


def lab_specimen_requisition(v: V) -> Doc:
    """A pathology request form as a sample-reception clerk transcribes it."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    d.fmt("SPECIMEN REQUISITION  #{ref}\n------------------------------------------\nSURNAME     {fam}\n"
          "FORENAME(S) {giv}\nDOB         {dob}\nMRN         {mrn}\nADDRESS     {addr}\n"
          "------------------------------------------\nTests: {l1}, {l2} (LOINC)\nCollected {ts} by {col}; "
          "clinical details: {icd}, on {atc}.\nRequesting clinician {dr}, contact {tel}\nCopy results to {em}\n",
          ref=v.k(kp.reference), fam=v.p_name(f.upper() if v.loc.script != "native" else f), giv=v.p_name(g),
          dob=v.p_dob(), mrn=v.p_mrn(), addr=v.p_addr(), l1=v.k(kp.loinc), l2=v.k(kp.loinc), ts=v.k(kp.timestamp),
          col=v.sig(v.name()), icd=v.k(kp.icd10), atc=v.k(kp.atc), dr=v.p_name(), tel=v.p_phone(ext=r.random() < 0.4),
          em=v.p_email(work=True))  # fmt: skip
    d.fmt("Specimen {ref}, tube {tube}; received {ts} in {room}; fasting {h} h. Reported range {lab}.\n",
          ref=v.k(kp.reference), tube=v.k(kp.product), ts=v.k(kp.timestamp), room=v.k(kp.room),
          h=str(r.randint(0, 14)), lab=v.k(kp.lab_value))  # fmt: skip
    return d


def occupational_health_clearance(v: V) -> Doc:
    """An occupational-health service's fitness-for-work clearance, sent to the employer's HR."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    where, dl = v.p_dl()
    d.fmt("Occupational Health — Fitness for Work\nTo: {hr}, HR, {co}\nRe: {n}, DOB {dob}, OH ref {mrn}\n\n"
          "Seen on {dt} for {why}. {g} is fit for {role} with {adj}. Vision and hearing meet the standard for "
          "a {cls} licence holder (licence {dl}, {w}). Review in {mo} months.\n\n"
          "Employee consented to this report being sent. Employee address for correspondence: {addr}.\n\n"
          "{dr}, OH physician · {tel}\n",
          hr=v.p_name(), co=v.k(kp.company), n=v.p_name(name), dob=v.p_dob(), mrn=v.p_mrn(), dt=v.kdate(),
          why=r.choice(("pre-placement assessment", "return after sickness absence", "night-worker review")),
          g=v.p_name(name if g.endswith(".") else g), role=r.choice(("forklift duties", "driving the delivery van", "shift work", "crane operation")),
          adj=r.choice(("no adjustments", "a phased return over 4 weeks", "no lifting over 15 kg")),
          cls=r.choice(("category C", "category B", "HGV")), dl=dl, w=where, mo=str(r.randint(3, 12)),
          addr=v.p_addr(), dr=v.p_name(), tel=v.p_phone())  # fmt: skip
    d.fmt("Case {ref} · job code {job} · next review {dt} · BP {bp} · audiogram {ver}\n", ref=v.k(kp.reference),
          job=v.k(kp.product), dt=v.kdate(), bp=K("BLOOD_PRESSURE", f"{r.randint(105, 150)}/{r.randint(60, 95)}"),
          ver=v.k(kp.version))  # fmt: skip
    return d


# --------------------------------------------------------------------------------------- HR and business


def relocation_allowance_letter(v: V) -> Doc:
    """An HR letter confirming an international relocation package and where it is paid."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    where, dl = v.p_dl()
    d.fmt("{co}\nPeople Operations\n\n{dt}\n\nPrivate & confidential\n{n}\n{addr}\n\nDear {g},\n\n"
          "Further to your transfer to {c}, we confirm a relocation allowance of {amt} (gross), paid with the "
          "{per} payroll to {iban} (BIC {bic}). Temporary housing at {tmp} is booked for {nights} nights; "
          "shipping of {vol} is arranged with {co2}.\n\nYour new desk phone is {desk}. Please keep your personal number "
          "{tel} up to date in the HR portal. Our relocation partner will help you exchange your driving licence "
          "{dl} ({w}) for a local one within the first six months.\n\nKind regards,\n{hr}\nGlobal Mobility\n",
          co=v.k(kp.company), dt=v.kdate(), n=v.p_name(name), addr=v.p_addr("\n"), g=v.p_name(g), c=v.k(kp.city),
          amt=v.money(), per=v.k(kp.period), iban=v.p_iban(), bic=v.p_bic(), tmp=v.p_street(), nights=str(r.randint(14, 90)),
          vol=v.k(kp.volume), co2=v.k(kp.company), desk=v.p_foreign(), tel=v.p_phone(), dl=dl, w=where, hr=v.p_name())  # fmt: skip
    if v.us():
        d.fmt("Tax gross-up reported under SSN {ssn}.\n", ssn=v.p_ssn())
    d.fmt("Ref. {ref} · cost centre {cc} · policy {ver}\n", ref=v.k(kp.reference), cc=v.k(kp.product),
          ver=v.k(kp.version))  # fmt: skip
    return d


def timesheet_tsv_paste(v: V) -> Doc:
    """A contractor timesheet pasted from a spreadsheet: tabs, a header row, a totals row."""
    d, r = Doc(), v.r
    d.fmt("Week ending\t{we}\tClient\t{co}\tPO\t{po}\nName\tEmail\tMobile\tMon\tTue\tWed\tThu\tFri\tRate\n",
          we=v.kdate(), co=v.k(kp.company), po=v.k(kp.reference))  # fmt: skip
    for _ in range(r.randint(3, 5)):
        g, f, name = v.person()
        hours = "\t".join(str(r.choice((0, 7.5, 8, 8, 6, 4))) for _ in range(5))
        d.fmt("{n}\t{em}\t{tel}\t{h}\t{rate}\n", n=v.sig(name), em=v.p_email(g, f), tel=v.p_phone(), h=hours,
              rate=v.money(top=200))  # fmt: skip
    d.fmt("TOTAL\t\t\t\t\t\t\t\t{amt}\nApproved by\t{a}\t{dt}\n", amt=v.money(), a=v.p_name(), dt=v.kdate())
    d.fmt("Project\t{p}\tInvoice\t{inv}\tVAT\t{pct}\tDue\t{dt}\n", p=v.k(kp.product), inv=v.k(kp.reference),
          pct=v.k(kp.percent), dt=v.kdate())  # fmt: skip
    return d


def freight_bill_of_lading(v: V) -> Doc:
    """An ocean bill of lading as text: shipper, consignee and notify party, the cargo and the vessel."""
    d, r = Doc(), v.r
    d.fmt("BILL OF LADING No. {bl}\nSHIPPER: {co}\n{saddr}\n\nCONSIGNEE: {cons}\n{caddr}\nTel {tel}\n\n"
          "NOTIFY PARTY: {np}, {em}, {tel2}\n\nVessel {ship} ({imo}) voy. {voy}  POL {pol}  POD {pod}\n"
          "Container {cont}  seal {seal}\n{pk} packages, {wt}, HS {hs}\nFreight {terms}; L/C issued by {bic} "
          "in favour of the shipper.\nPlace and date of issue: {c}, {dt}\n",
          bl=v.k(kp.reference), co=v.k(kp.company), saddr=v.p_addr(), cons=v.p_name(), caddr=v.p_addr(),
          tel=v.p_phone(intl=True), np=v.p_name(), em=v.p_email(), tel2=v.p_foreign(),
          ship=r.choice(("MSC Aurora", "Maersk Elba", "CMA CGM Tage", "ONE Harmony")), imo=v.k(kp.imo),
          voy=f"{r.randint(100, 999)}{r.choice('NSEW')}", pol=v.k(kp.unlocode), pod=v.k(kp.unlocode),
          cont=v.k(kp.container), seal=str(r.randint(1000000, 9999999)), pk=str(r.randint(2, 900)),
          wt=v.k(kp.measure), hs=v.k(kp.hs_code), terms=r.choice(("prepaid", "collect")), bic=v.p_bic(),
          c=v.k(kp.city), dt=v.kdate())  # fmt: skip
    d.fmt("Shipped on board {dt}; {n} original B/L; freight {amt}; cargo value {amt2}; booking {ref}.\n",
          dt=v.kdate(), n=r.choice(("THREE (3)", "ONE (1)")), amt=v.money(), amt2=v.money(), ref=v.k(kp.reference))  # fmt: skip
    return d


def hostel_checkin_register(v: V) -> Doc:
    """A hostel's night register: who checked in, with which ID, paid how."""
    d, r = Doc(), v.r
    d.fmt(
        "NIGHT REGISTER {dt} — {co}\nbed | guest | born | ID | phone | paid\n",
        dt=v.kdate(),
        co=v.k(kp.company),
    )
    for _ in range(r.randint(3, 5)):
        g, f, name = v.person()
        paid = v.p_card()[1] if r.random() < 0.5 else v.money(top=120)
        if r.random() < 0.6:
            where, dl = v.p_dl()
            ident = (f"DL {where} ", dl)
        else:
            ident = ("passport", None)
        d.fmt("{bed} | {n} | {dob} | {i1}{i2} | {tel} | {paid}\n", bed=f"{r.randint(1, 6)}{r.choice('ABCD')}",
              n=v.sig(name), dob=v.p_dob(), i1=ident[0], i2=ident[1], tel=v.p_phone(intl=True), paid=paid)  # fmt: skip
    d.fmt("Night staff: {s}. Late arrival on {fl}.\n", s=v.p_name(), fl=v.k(kp.flight))
    d.fmt("Occupancy {pct}; cash float {amt}; city tax {tax} per night; lockers {room}.\n", pct=v.k(kp.percent),
          amt=v.money(top=600), tax=v.money(top=6), room=v.k(kp.room))  # fmt: skip
    return d


def lettings_viewing_log(v: V) -> Doc:
    """An estate agent's log of viewings for one property, applicants' details as taken on the phone."""
    d, r = Doc(), v.r
    d.fmt("Viewings — {prop}\n{size}, {rent} pcm, available {dt}. Landlord ref {ref}\n\n",
          prop=v.p_addr(), size=v.k(kp.area), rent=v.money(top=4000), dt=v.kdate(), ref=v.k(kp.reference))  # fmt: skip
    for _ in range(r.randint(2, 4)):
        g, f, name = v.person()
        d.fmt("{tm} {n} — {tel}, {em}. Currently at {cur}. {note}\n", tm=v.k(kp.time_of_day), n=v.sig(name),
              tel=v.p_phone(), em=v.p_email(g, f), cur=v.p_street(),
              note=r.choice(("Keen, wants to offer.", "No-show.", "Has a dog; asked landlord.", "Second viewing booked.")))  # fmt: skip
    d.fmt("Negotiator: {n}\n", n=v.p_name())
    d.fmt("EPC {epc}; deposit {dep}; holding fee {fee}; min. term {m} months; listing {ref} live since {dt}.\n",
          epc=K("RATING", f"EPC {r.choice('BCDE')}"), dep=v.money(top=9000), fee=v.money(top=900),
          m=str(r.choice((6, 12, 24))), ref=v.k(kp.reference), dt=v.kdate())  # fmt: skip
    return d


def marathon_entry_list(v: V) -> Doc:
    """An entry export from a race-registration platform, in CSV with the emergency contact."""
    d, r = Doc(), v.r
    d.add("bib;first_name;last_name;birthdate;club;email;emergency_contact;emergency_phone;wave\n")
    for _ in range(r.randint(3, 5)):
        g, f, _ = v.person()
        d.fmt("{bib};{g};{f};{dob};{club};{em};{ec};{tel};{wave}\n", bib=str(r.randint(100, 19999)),
              g=v.p_name(g), f=v.p_name(f), dob=v.p_dob(), club=v.k(kp.company), em=v.p_email(g, f),
              ec=v.p_name(), tel=v.p_phone(), wave=r.choice(("A", "B", "C", "elite")))  # fmt: skip
    d.fmt("# exported {ts}, event {c} {dt}, {ver}\n", ts=v.k(kp.timestamp), c=v.k(kp.city), dt=v.kdate(),
          ver=v.k(kp.version))  # fmt: skip
    d.fmt("# fees {amt} total, {n} entries, course {km}, cut-off {tm}, permit {ref}\n", amt=v.money(),
          n=str(r.randint(200, 30000)), km=K("MEASURE", r.choice(("42.195 km", "21.0975 km", "10 km"))),
          tm=v.k(kp.time_of_day), ref=v.k(kp.reference))  # fmt: skip
    return d


def newsletter_bounce_report(v: V) -> Doc:
    """A mailing platform's bounce and complaint report for one campaign."""
    d, r = Doc(), v.r
    d.fmt("Campaign \"{what}\" sent {ts} — {n} recipients, bounce rate {pct}\n\nHard bounces\n",
          what=r.choice(("Spring offers", "Member update", "Webinar invite")), ts=v.k(kp.timestamp),
          n=str(r.randint(2000, 90000)), pct=v.k(kp.percent))  # fmt: skip
    for _ in range(r.randint(2, 4)):
        g, f, name = v.person()
        d.fmt(
            "  {em}  ({n})  550 5.1.1 user unknown  from {ip}\n",
            em=v.p_email(g, f),
            n=v.sig(name),
            ip=v.p_ip(),
        )
    d.fmt("Opens {o}, clicks {c}, unsubscribes {u}; top link {ver} release notes.\n",
          o=v.k(kp.percent), c=v.k(kp.percent), u=str(r.randint(2, 400)), ver=v.k(kp.version))  # fmt: skip
    d.fmt("Complaints\n  {em} marked as spam; signup IP {ip} on {dt}\n\nList owner: {o}, {co}, {addr}\n",
          em=v.p_email(), ip=v.p_ip(), dt=v.kdate(), o=v.p_name(), co=v.k(kp.company), addr=v.p_addr())  # fmt: skip
    d.fmt("Sent via {co} ({ver}); list {ref}; next send {dt} {tm}.\n", co=v.k(kp.company), ver=v.k(kp.version),
          ref=v.k(kp.reference), dt=v.kdate(), tm=v.k(kp.time_of_day))  # fmt: skip
    return d


def customer_support_escalation_md(v: V) -> Doc:
    """A support escalation written in markdown for the second-line team."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    _, card = v.p_card()
    d.fmt("## Escalation {ref}: double charge\n\n**Customer:** {n}  \n**Contact:** `{em}` · {tel}  \n"
          "**Billing address:** {addr}\n\n### What happened\n- Order {ord} ({amt}) charged twice to card "
          "`{card}` on {dt}\n- Customer logged in from `{ip}`; app {ver}\n- Product {prod}\n\n"
          "### Ask\nRefund the duplicate and call back {g} before {tm}.\n\n_cc: {a}, {b}_\n",
          ref=v.k(kp.reference), n=v.p_name(name), em=v.p_email(g, f), tel=v.p_phone(), addr=v.p_addr(),
          ord=v.k(kp.reference), amt=v.money(), card=card, dt=v.kdate(), ip=v.p_ip(), ver=v.k(kp.version),
          prod=v.k(kp.product), g=v.p_name(g.lower() if r.random() < 0.3 else g), tm=v.k(kp.time_of_day),
          a=v.sig(v.name()), b=v.p_name())  # fmt: skip
    d.fmt("\n| Field | Value |\n|---|---|\n| Refund ref | {ref} |\n| Amount | {amt} |\n| SLA due | {ts} |\n"
          "| Priority | P{p} |\n", ref=v.k(kp.reference), amt=v.money(top=2000), ts=v.k(kp.timestamp), p=str(r.randint(1, 4)))  # fmt: skip
    return d


def courier_sms_conversation(v: V) -> Doc:
    """An SMS conversation between a courier and a recipient, exported from the depot's messaging tool."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    courier = v.person()
    tel = v.p_phone()
    d.fmt("[{t1}] {cn}: Hi, parcel {trk} for {n} — nobody home at {addr}. Where can I leave it?\n"
          "[{t2}] {tel}: hi {cg} it's {g2}, can u leave w neighbour at {nb}?\n"
          "[{t3}] {cn2}: ok, left with neighbour. Photo sent. Weight {wt}.\n"
          "[{t4}] {tel2}: thx! pls call {alt} next time\n",
          t1=v.k(kp.time_of_day), cn=v.p_name(courier[2]), trk=v.k(kp.tracking), n=v.p_name(name), addr=v.p_addr(),
          t2=v.k(kp.time_of_day), tel=tel, cg=v.p_name(courier[0].lower() if '.' not in courier[0] else courier[0]), g2=v.p_name(g.lower()),
          nb=v.p_street(), t3=v.k(kp.time_of_day), cn2=v.p_name(courier[0]), wt=v.k(kp.weight),
          t4=v.k(kp.time_of_day), tel2=tel, alt=v.p_phone())  # fmt: skip
    d.fmt("[{t}] Depot: route {ref} closed, {n} stops, {km}. Next attempt {dt}.\n", t=v.k(kp.time_of_day),
          ref=v.k(kp.reference), n=str(r.randint(20, 140)), km=K("MEASURE", f"{r.randint(30, 260)} km"), dt=v.kdate())  # fmt: skip
    return d


def car_share_membership_application(v: V) -> Doc:
    """A car-sharing club's membership application: licence, date of birth, card, device."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    where, dl = v.p_dl()
    brand, card = v.p_card()
    d.fmt("Membership application {ref} ({ts})\n\nApplicant\n  name            {n}\n  date of birth   {dob}\n"
          "  home address    {addr}\n  mobile          {tel}\n  email           {em}\n\nDriving\n"
          "  licence number  {dl}\n  issued by       {w}\n  points          {pts}\n\nPayment\n  {brand} {card}\n"
          "  exp {exp}\n\nDevice\n  app {ver}, IP {ip}\n\nChecks: licence verified with {w2} on {dt} (case {co}); "
          "selfie match {pct}.\n",
          ref=v.k(kp.reference), ts=v.k(kp.timestamp), n=v.p_name(name), dob=v.p_dob(), addr=v.p_addr(),
          tel=v.p_phone(), em=v.p_email(g, f), dl=dl, w=where, pts=str(r.randint(0, 6)), brand=brand, card=card,
          exp=f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", ver=v.k(kp.version), ip=v.p_ip(), w2=where, co=v.k(kp.reference),
          dt=v.kdate(), pct=v.k(kp.percent))  # fmt: skip
    if v.us():
        d.fmt("  SSN (for credit check) {ssn}\n", ssn=v.p_ssn())
    d.fmt("Plan {p} · deposit {amt} · per-minute rate {rate} · promo {ref} · first booking {dt}\n",
          p=v.k(kp.product), amt=v.money(top=500), rate=v.money(top=2), ref=v.k(kp.reference), dt=v.kdate())  # fmt: skip
    return d


# -------------------------------------------------------------------------------------- systems and data


def webhook_payload_json(v: V) -> Doc:
    """A payment provider's webhook body as logged by the receiving service."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    _, card = v.p_card()
    d.fmt('POST /hooks/payments {ver}\n{{\n  "type": "charge.refunded",\n  "created": "{ts}",\n  "data": {{\n'
          '    "amount": "{amt}",\n    "order": "{ord}",\n    "billing_details": {{\n      "name": "{n}",\n'
          '      "email": "{em}",\n      "phone": "{tel}",\n      "address": "{addr}"\n    }},\n'
          '    "payment_method": {{"card_number": "{card}", "bank_account": "{iban}", "bic": "{bic}"}},\n'
          '    "customer_dob": "{dob}",\n    "client_ip": "{ip}"\n  }}\n}}\n',
          ver=v.k(kp.version), ts=v.k(kp.timestamp), amt=v.money(), ord=v.k(kp.reference), n=v.p_name(name),
          em=v.p_email(g, f), tel=v.p_phone(intl=True), addr=v.p_addr(), card=card, iban=v.p_iban(), bic=v.p_bic(),
          dob=v.p_dob(r.choice(("iso_midnight", "iso", None))), ip=v.p_ip())  # fmt: skip
    d.fmt('response 200 in {ms} ms, request_id {ref}, fee "{fee}", idempotency key {key}\n', ms=str(r.randint(40, 900)),
          ref=v.k(kp.reference), fee=v.money(top=40), key=K("KEY", str(uuid.UUID(int=r.getrandbits(128), version=4))))  # fmt: skip
    return d


def crm_sync_yaml(v: V) -> Doc:
    """A CRM-to-ERP sync job's YAML dump of the contacts it could not match."""
    d, r = Doc(), v.r
    d.fmt(
        "job: crm-erp-sync\nrun: {ts}\nschema: {ver}\nunmatched:\n", ts=v.k(kp.timestamp), ver=v.k(kp.version)
    )
    for _ in range(r.randint(2, 4)):
        g, f, name = v.person()
        d.fmt("  - contact: \"{n}\"\n    account: {co}\n    street: \"{st}\"\n    phone: \"{tel}\"\n"
              "    email: {em}\n    reason: {why}\n", n=v.sig(name), co=v.k(kp.company), st=v.p_addr(),
              tel=v.p_phone(), em=v.p_email(g, f, work=True),
              why=r.choice(("duplicate", "missing VAT id", "address mismatch", "inactive account")))  # fmt: skip
    d.fmt("owner: {o}\n", o=v.p_email(work=True))
    d.fmt("stats:\n  scanned: {n}\n  matched: {m}\n  duration: {s}s\n  next_run: \"{dt}\"\n  ticket: {ref}\n",
          n=str(r.randint(500, 90000)), m=str(r.randint(100, 400)), s=str(r.randint(3, 900)), dt=v.kdate(), ref=v.k(kp.reference))  # fmt: skip
    return d


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    kyc_periodic_review_form,
    sepa_direct_debit_batch_text,
    payment_investigation_case,
    guarantor_declaration,
    travel_insurance_claim_note,
    hospital_billing_statement,
    insolvency_creditor_list,
    litigation_hold_notice,
    ocr_bank_reference_letter,
    payroll_garnishment_order,
    transfer_of_care_summary,
    anticoagulation_clinic_log,
    lab_specimen_requisition,
    occupational_health_clearance,
    relocation_allowance_letter,
    timesheet_tsv_paste,
    freight_bill_of_lading,
    hostel_checkin_register,
    lettings_viewing_log,
    marathon_entry_list,
    newsletter_bounce_report,
    customer_support_escalation_md,
    courier_sms_conversation,
    car_share_membership_application,
    webhook_payload_json,
    crm_sync_yaml,
)
# Families whose documents only exist in the US (income-withholding orders under US support law).
US_ONLY = ("payroll_garnishment_order",)


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
        if family.__name__ in US_ONLY:
            locale = rng.choice(US_LOCALES)
        else:
            locale = rng.choice(US_LOCALES) if rng.random() < 0.1 else rng.choice(locales)
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
