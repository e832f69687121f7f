"""The fourth holdout PII set: `python -m tools.pii_holdout4_set` writes benchmarks/pii_intl/holdout4.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises: it is scored
once, nobody tunes on it, and the benchmark never writes its misses. It was written without opening
Charter's recognizers, their word lists, the benchmark's results or any misses, and the scrubber was never
run on it while it was written. The earlier sets (tools/pii_intl_set.py and tools/pii_holdout*_set.py) were
read only to avoid them: the document families here (pension transfer requests, standard settlement
instruction tables, chargeback representments, notarial certificates, records-custodian replies, SBAR
handoffs, radiology worklists, fleet driver rosters, e-signature audit trails, ICS invitations...), their
sentences and the way values are rendered (dialling prefixes, groupings, labels, surrounding text) are new.
Values come from tools/pii_holdout4_values.py: Faker's locale providers for names and postal addresses; the
`phonenumbers` library's metadata for phone numbers, each rendering read back by the library as the same
valid number; cards, IBANs, BICs, SSNs, driver's licences and record numbers composed from their published
layouts and check digits. Must-keep look-alikes come from tools/pii_holdout4_keep.py.

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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from tools import pii_holdout4_keep as kp
from tools.pii_holdout4_values import FOREIGN, LOCALES, Values

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout4.jsonl"
SEED = 264091
DOCUMENTS = 600
SPLIT = "holdout4"
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

    def money(self) -> K:
        return self.k(kp.amount)


# ------------------------------------------------------------------------------------------------ finance


def pension_transfer_request(v: V) -> Doc:
    """A defined-contribution pension transfer-out request as a scheme administrator keys it from paper."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    d.fmt("TRANSFER OUT REQUEST — {co}\nScheme ref {ref}   Received {rec}\n\n"
          "Section A  Member\n  Full name ........ {n}\n  Born ............. {dob}\n  Home ............. {addr}\n"
          "  Daytime tel ...... {tel}\n  E-mail ........... {em}\n\n"
          "Section B  Receiving arrangement\n  Provider: {co2} (fund {isin})\n  Pay to IBAN {iban}\n"
          "  Bank identifier {bic}\n  Transfer value quoted {amt} on {qd}\n\n"
          "Section C  Declaration signed by {n2} in the presence of {wit}.\n",
          co=v.k(kp.company), ref=v.k(kp.reference), rec=v.kdate(), n=v.p_name(name), dob=v.p_dob(),
          addr=v.p_addr(r.choice((", ", "; "))), tel=v.p_phone(), em=v.p_email(g, f), co2=v.k(kp.company),
          isin=v.k(kp.isin), iban=v.p_iban(), bic=v.p_bic(), amt=v.money(), qd=v.kdate(),
          n2=v.p_name(name if r.random() < 0.5 else f"{g[0]}. {f}" if v.loc.latin and v.loc.order == "given" else name),
          wit=v.p_name())  # fmt: skip
    return d


def correspondent_ssi_table(v: V) -> Doc:
    """A bank's standard settlement instructions, one row per currency, with the operations contacts."""
    d, r = Doc(), v.r
    d.fmt("Standard Settlement Instructions — {co}  (effective {dt}, {ver})\n\n"
          "CCY  | Correspondent                 | SWIFT          | Account\n"
          "-----+-------------------------------+----------------+------------------------------\n",
          co=v.k(kp.company), dt=v.kdate(), ver=v.k(kp.version))  # fmt: skip
    for ccy in r.sample(("USD", "EUR", "GBP", "CHF", "JPY", "SEK", "AUD", "CAD"), r.randint(2, 4)):
        d.fmt("{c}  | {corr:<29} | {bic:<14} | {acct}\n", c=ccy, corr=v.k(kp.company).value,
              bic=v.p_bic(), acct=v.p_iban() if ccy in ("EUR", "CHF", "SEK", "GBP") else v.k(kp.reference))  # fmt: skip
    d.fmt("\nIntermediary for USD via {bic}. Confirmations by MT300 to {bic2}.\n"
          "Ops contact: {n}, {tel} / {em}\nBackup: {n2} ({tel2})\n",
          bic=v.p_bic(spaced=False), bic2=v.p_bic(), n=v.p_name(), tel=v.p_phone(), em=v.p_email(work=True),
          n2=v.p_name(), tel2=v.p_foreign())  # fmt: skip
    return d


def chargeback_representment(v: V) -> Doc:
    """A merchant's rebuttal to a card chargeback, quoting the order, the device and the delivery."""
    d, r = Doc(), v.r
    g, f, name = v.latin_person()
    brand, card = v.p_card()
    d.fmt("Re: dispute {case} — reason code {rc}\n\nTo the {brand} dispute team,\n\n"
          "The cardholder, {n}, placed order {ord} on {dt} for {amt} using card {card}. "
          "The order was placed from IP {ip} and the billing address on file ({addr}) matched AVS. "
          "Delivery to {ship} was confirmed by carrier scan {trk} at {tm}.\n"
          "Contact details given at checkout: {em}, {tel}.\n\nRegards,\n{agent}\nRisk team, {co}\n",
          case=v.k(kp.reference), rc=r.choice(("10.4", "13.1", "4853", "C08")), brand=brand, n=v.p_name(name),
          ord=v.k(kp.reference), dt=v.kdate(), amt=v.money(), card=card, ip=v.p_ip(), addr=v.p_addr(),
          ship=v.p_addr(" ") if r.random() < 0.5 else v.p_street(), trk=v.k(kp.tracking), tm=v.k(kp.time_of_day),
          em=v.p_email(g, f), tel=v.p_phone(), agent=v.p_name(), co=v.k(kp.company))  # fmt: skip
    return d


def mortgage_fact_find(v: V) -> Doc:
    """A broker's fact-find for a joint mortgage application, two applicants side by side."""
    d, r = Doc(), v.r
    a, b = v.person(), v.person()
    _, dla = v.p_dl()
    _, dlb = v.p_dl()
    ident = (lambda: v.p_ssn()) if v.us() else (lambda: v.p_phone(intl=False))
    d.fmt("FACT FIND  |  case {ref}  |  adviser {adv}  |  {dt}\n\n"
          "                    Applicant 1                Applicant 2\n"
          "Name                {n1}                {n2}\n"
          "Date of birth       {b1}                {b2}\n"
          "{lab}{i1}                {i2}\n"
          "Driving licence     {d1}                {d2}\n"
          "Email               {e1}                {e2}\n\n"
          "Current address: {addr}, {yrs} years.\nProperty: {price} purchase, {ltv} LTV, {size}.\n"
          "Lender shortlist: {co}, {co2}. Notes: {note}.\n",
          ref=v.k(kp.reference), adv=v.p_name(), dt=v.kdate(), n1=v.p_name(a[2]), n2=v.p_name(b[2]),
          b1=v.p_dob(), b2=v.p_dob(), lab="SSN                " if v.us() else "Mobile              ",
          i1=ident(), i2=ident(), d1=dla, d2=dlb, e1=v.p_email(a[0], a[1]), e2=v.p_email(b[0], b[1]),
          addr=v.p_addr(), yrs=str(r.randint(1, 14)), price=v.money(), ltv=v.k(kp.percent), size=v.k(kp.measure),
          co=v.k(kp.company), co2=v.k(kp.company),
          note=r.choice(("self-employed 2 yrs", "bonus income", "gifted deposit", "porting existing product")))  # fmt: skip
    return d


def escrow_closing_statement(v: V) -> Doc:
    """A settlement statement from a title or escrow company, with the wiring instructions attached."""
    d, r = Doc(), v.r
    d.fmt("SETTLEMENT STATEMENT   File {ref}   Closing {dt}\nSettlement agent: {co}\n\n"
          "Buyer(s):  {b1}{and_}{b2}\nSeller:    {s}\nProperty:  {prop}\n\n"
          "Contract sales price ............ {p}\nEarnest money deposit ........... {dep}\n"
          "Title insurance premium ......... {t}\nRecording fees .................. {rf}\n\n"
          "WIRE INSTRUCTIONS (verify by phone before sending!)\nBeneficiary: {co2}\nAccount/IBAN: {iban}\n"
          "SWIFT/BIC: {bic}\nCall {agent} at {tel} to confirm.\n",
          ref=v.k(kp.reference), dt=v.kdate(), co=v.k(kp.company), b1=v.p_name(), and_=r.choice((" and ", " & ")),
          b2=v.p_name(), s=v.p_name(), prop=v.p_addr(), p=v.money(), dep=v.money(), t=v.money(), rf=v.money(),
          co2=v.k(kp.company), iban=v.p_iban(), bic=v.p_bic(), agent=v.p_name(), tel=v.p_phone())  # fmt: skip
    d.fmt("Seller TIN for Form 1099-S: {ssn}\n", ssn=v.p_ssn())
    return d


def expense_claim_yaml(v: V) -> Doc:
    """An expense claim exported from a T&E tool as YAML, with the reimbursement account."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    _, card = v.p_card()
    d.fmt("claim:\n  id: {ref}\n  period: {per}\n  submitted: {dt}\n  employee:\n    name: \"{n}\"\n    email: {em}\n"
          "    cost_centre: {cc}\n  reimburse_to:\n    iban: \"{iban}\"\n    bic: {bic}\n  corporate_card: \"{card}\"\n"
          "  lines:\n", ref=v.k(kp.reference), per=v.k(kp.period), dt=v.kdate(), n=v.p_name(name), em=v.p_email(g, f, work=True),
          cc=str(r.randint(1000, 9999)), iban=v.p_iban(), bic=v.p_bic(spaced=False), card=card)  # fmt: skip
    for _ in range(r.randint(2, 4)):
        d.fmt("    - {{date: {dt}, merchant: \"{co}\", amount: \"{amt}\", city: {c}}}\n",
              dt=v.kdate(), co=v.k(kp.company), amt=v.money(), c=v.k(kp.city))  # fmt: skip
    d.fmt("  approver: {a}\n", a=v.p_name(v.name().lower() if r.random() < 0.4 else None))
    return d


# -------------------------------------------------------------------------------------------------- legal


def notary_acknowledgment(v: V) -> Doc:
    """A notarial certificate of acknowledgment, the identity document recorded in the journal."""
    d, r = Doc(), v.r
    where, dl = v.p_dl()
    d.fmt("ACKNOWLEDGMENT\n\nState/Region of {st}\nCounty/District of {c}\n\n"
          "On {dt} before me, {notary}, Notary Public, personally appeared {n}, who proved to me on the basis "
          "of satisfactory evidence to be the person whose name is subscribed to the within instrument.\n\n"
          "Evidence of identity: driver licence issued by {where}, no. {dl}, holder born {dob}.\n"
          "Signer's address as recorded in journal entry {ref}: {addr}\n"
          "Document: {doc}, {pages} pages. Fee charged: ${fee}.00.\n\nCommission expires {exp}.\n",
          st=where, c=v.k(kp.city), dt=v.kdate(), notary=v.p_name(), n=v.p_name(), where=where, dl=dl,
          dob=v.p_dob(), ref=v.k(kp.reference), addr=v.p_addr(), doc=r.choice(("Grant Deed", "Power of Attorney",
          "Affidavit of Heirship", "Vehicle Title Transfer")), pages=str(r.randint(2, 14)), fee=str(r.randint(5, 25)),
          exp=v.kdate())  # fmt: skip
    return d


def records_custodian_reply(v: V) -> Doc:
    """A hospital's records custodian answering a subpoena duces tecum for a patient's chart."""
    d = Doc()
    d.fmt("{co}\nHealth Information Management\n\n{dt}\n\nRe: {cap}, {dock}\nPatient: {n}\nDOB: {dob}\n"
          "Medical record no.: {mrn}\n\nCounsel:\nWe received your subpoena dated {dt2}. Enclosed please find "
          "{pages} pages of records for dates of service {d1} through {d2}, including encounters coded {icd}. "
          "Psychotherapy notes are excluded under {cit}. The patient's last known address is {addr}.\n\n"
          "Custodian of records: {cust}, {tel}\n",
          co=v.k(kp.company), dt=v.kdate(), cap=v.pick(("In re Estate", "Records request", "Personal injury action")), dock=v.k(kp.docket), n=v.p_name(), dob=v.p_dob(), mrn=v.p_mrn(),
          dt2=v.kdate(), pages=str(v.r.randint(12, 480)), d1=v.kdate(), d2=v.kdate(), icd=v.k(kp.icd10),
          cit=v.k(kp.citation), addr=v.p_addr("\n"), cust=v.p_name(), tel=v.p_phone(ext=True))  # fmt: skip
    return d


def arbitration_service_roster(v: V) -> Doc:
    """The service list of an arbitration: parties, counsel, the tribunal, with their contact lines."""
    d, r = Doc(), v.r
    d.fmt("{dock} — SERVICE ROSTER (updated {dt})\nSeat: {c}. Rules: {cit}.\n\n", dock=v.k(kp.docket),
          dt=v.kdate(), c=v.k(kp.city), cit=v.k(kp.citation))  # fmt: skip
    for role in r.sample(("Claimant's counsel", "Respondent's counsel", "Presiding arbitrator", "Co-arbitrator",
                          "Tribunal secretary", "Party representative"), r.randint(3, 4)):  # fmt: skip
        g, f, name = v.person()
        d.fmt("{role}\n    {n}{firm}\n    {addr}\n    T {tel}  |  {em}\n\n", role=role, n=v.p_name(name),
              firm=(", " + v.k(kp.company).value) if r.random() < 0.5 else "", addr=v.p_addr(r.choice((", ", "\n    "))),
              tel=v.p_phone(), em=v.p_email(g, f, work=True))  # fmt: skip
    return d


def tenant_screening_report(v: V) -> Doc:
    """A tenant-screening report: identity match, address history, eviction and credit summary."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    where, dl = v.p_dl()
    d.fmt("TENANT SCREENING REPORT #{ref}\nOrdered by {co} on {dt}\n\nApplicant ........ {n}\n"
          "Also known as .... {aka}\nBirth date ....... {dob}\n", ref=v.k(kp.reference), co=v.k(kp.company),
          dt=v.kdate(), n=v.p_name(name), aka=v.p_name(name.upper()), dob=v.p_dob())  # fmt: skip
    if v.us():
        d.fmt("SSN (as supplied) {ssn}  -> issued, not deceased\n", ssn=v.p_ssn())
    d.fmt("ID document ...... DL {where} {dl}\nPhone / email .... {tel} / {em}\n\nAddress history\n",
          where=where, dl=dl, tel=v.p_phone(), em=v.p_email(g, f))  # fmt: skip
    for _ in range(r.randint(2, 3)):
        d.fmt("  {since} - present/prior  {addr}\n", since=v.kdate(), addr=v.p_addr())
    d.fmt("\nEvictions: none found. Judgments: {j}. Credit score band {band}. Rent-to-income {pct}.\n",
          j=r.choice(("none", "1 satisfied", "none in 7 yrs")), band=r.choice(("A", "B+", "C")),
          pct=v.k(kp.percent))  # fmt: skip
    return d


# ------------------------------------------------------------------------------------------------ medical


def nursing_sbar_handoff(v: V) -> Doc:
    """A nurse-to-nurse SBAR handoff typed into the shift notes, names often lower case."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    low = r.random() < 0.5
    d.fmt("SBAR handoff {ts} bed {bed}\nS: {n} (MRN {mrn}, dob {dob}) post-op day {pod}, c/o pain 6/10.\n"
          "B: {icd} admitted {dt}; meds incl. {ndc}. BP {bp}, T {temp}.\n"
          "A: stable, ambulating w/ assist. Daughter {fam} called, wants update at {tel}.\n"
          "R: recheck labs {dt2}, PT eval. Handed to {rn2} by {rn1}.\n",
          ts=v.k(kp.timestamp), bed=f"{r.randint(2, 9)}{r.choice('ABCDEF')}{r.randint(1, 40)}",
          n=v.p_name(name.lower() if low else name), mrn=v.p_mrn(), dob=v.p_dob(), pod=str(r.randint(1, 5)),
          icd=v.k(kp.icd10), dt=v.kdate(), ndc=v.k(kp.ndc), bp=v.k(kp.blood_pressure), temp=v.k(kp.temperature),
          fam=v.p_name(v.person()[0] + " " + f if v.loc.order == "given" else None), tel=v.p_phone(),
          dt2=v.kdate(), rn2=v.p_name(v.person()[0].lower() if low else v.person()[0]), rn1=v.p_name(v.person()[0]))  # fmt: skip
    return d


def radiology_worklist_csv(v: V) -> Doc:
    """A modality worklist exported to CSV, surname and given name in separate quoted columns."""
    d, r = Doc(), v.r
    d.add('"accession","mrn","last","first","birth","exam","cpt","room","scheduled"\n')
    for _ in range(r.randint(3, 5)):
        g, f, _ = v.person()
        d.fmt('"{acc}","{mrn}","{f}","{g}","{dob}","{exam}","{cpt}","{room}","{dt} {tm}"\n',
              acc=v.k(kp.reference), mrn=v.p_mrn(), f=v.p_name(f), g=v.p_name(g), dob=v.p_dob(r.choice(("iso", "ymd_dot", None))),
              exam=r.choice(("CT HEAD W/O", "MRI L-SPINE", "XR CHEST 2V", "US ABD LTD")), cpt=v.k(kp.cpt),
              room=f"RAD-{r.randint(1, 9)}", dt=f"{r.randint(2025, 2027)}-{r.randint(1, 12):02d}-{r.randint(10, 28)}", tm=v.k(kp.time_of_day))  # fmt: skip
    return d


def dental_recall_letter(v: V) -> Doc:
    """A dental practice's six-month recall letter, addressed with the patient file number."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    d.fmt("{co}\n{paddr}\n\n{n}\n{addr}\n\nPatient file {mrn} · born {dob}\n\nDear {g},\n\n"
          "It has been {mo} months since your last check-up on {dt}. Please call us on {tel} or reply to "
          "{em} to book. Hygiene visits are {fee}; your plan {plan} covers {pct}.\n\nKind regards,\n{dr}\n",
          co=v.k(kp.company), paddr=v.p_addr("\n"), n=v.p_name(name), addr=v.p_addr("\n"), mrn=v.p_mrn(),
          dob=v.p_dob(), g=v.p_name(g), mo=str(r.randint(6, 18)), dt=v.kdate(), tel=v.p_phone(),
          em=v.p_email(work=True), fee=v.money(), plan=v.k(kp.reference), pct=v.k(kp.percent), dr=v.p_name())  # fmt: skip
    return d


def pbm_appeal_letter(v: V) -> Doc:
    """A prescriber's appeal to a pharmacy-benefit manager against a denied prior authorisation."""
    d = Doc()
    d.fmt("FAX TO: {co} Appeals   FAX: {fax}\nDate: {dt}\n\nMember: {n}\nMember ID / MRN: {mrn}\nDate of Birth: {dob}\n"
          "Drug: {drug} ({ndc}), {dose}\nDenial reference: {ref}\n\nI am writing on behalf of my patient, "
          "{n2}, to appeal the denial. Diagnosis {icd}; step therapy with two agents failed. "
          "Please contact my office at {tel} with questions.\n\nPrescriber: {dr}\nPractice: {addr}\n",
          co=v.k(kp.company), fax=v.p_phone(), dt=v.kdate(), n=v.p_name(), mrn=v.p_mrn(), dob=v.p_dob(),
          drug=v.pick(("adalimumab", "semaglutide", "apixaban", "dupilumab")), ndc=v.k(kp.ndc), dose=v.k(kp.dose),
          ref=v.k(kp.reference), n2=v.p_name(), icd=v.k(kp.icd10), tel=v.p_phone(ext=True), dr=v.p_name(),
          addr=v.p_addr())  # fmt: skip
    return d


def trial_screening_log(v: V) -> Doc:
    """A clinical-trial site's screening log in markdown, before subjects get their study numbers."""
    d, r = Doc(), v.r
    d.fmt("### Screening log — protocol {ref}, site {site}\n\n| # | Name | DOB | Hospital no. | Outcome |\n|---|---|---|---|---|\n",
          ref=v.k(kp.reference), site=v.k(kp.city))  # fmt: skip
    for i in range(r.randint(3, 5)):
        d.fmt("| {i} | {n} | {dob} | {mrn} | {o} |\n", i=str(i + 1), n=v.p_name(), dob=v.p_dob(), mrn=v.p_mrn(),
              o=r.choice(("eligible", "SF: HbA1c", "consent withdrawn", "SF: eGFR", "randomised")))  # fmt: skip
    d.fmt(
        "\nMonitor visit {dt}; PI {pi}. Lab kit lot {lot}.\n",
        dt=v.kdate(),
        pi=v.p_name(),
        lot=v.k(kp.product),
    )
    return d


# --------------------------------------------------------------------------------------- HR and business


def visa_invitation_letter(v: V) -> Doc:
    """An employer's letter inviting a foreign colleague, written for the consulate."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    d.fmt("{co}\n{caddr}\n\n{dt}\n\nTo the Consular Section,\n\nWe invite {n}, born {dob}, residing at {addr}, "
          "to visit our offices in {c} from {d1} to {d2} for project {ref}. Travel and accommodation "
          "({amt}) are covered by us. {g} can be reached at {tel} or {em}.\n\n"
          "Our contact for this visit is {host} ({htel}).\n\nSincerely,\n{sig}, Head of People\n",
          co=v.k(kp.company), caddr=v.p_addr(), dt=v.kdate(), n=v.p_name(name), dob=v.p_dob(), addr=v.p_addr(),
          c=v.k(kp.city), d1=v.kdate(), d2=v.kdate(), ref=v.k(kp.reference), amt=v.money(), g=v.p_name(g),
          tel=v.p_phone(intl=True), em=v.p_email(g, f), host=v.p_name(), htel=v.p_phone(ext=r.random() < 0.3),
          sig=v.p_name())  # fmt: skip
    return d


def fleet_driver_roster(v: V) -> Doc:
    """A logistics company's driver roster, tab separated, pasted from the fleet system."""
    d, r = Doc(), v.r
    d.fmt(
        "Fleet roster {dt} — depot {c}\nDriver\tLicence\tIssued by\tDOB\tMobile\tVehicle\n",
        dt=v.kdate(),
        c=v.k(kp.city),
    )
    for _ in range(r.randint(3, 5)):
        where, dl = v.p_dl()
        g, f, name = v.person()
        if v.loc.order == "given" and r.random() < 0.4:
            d.add(P("PERSON", f.upper()), ", ", P("PERSON", g))
        else:
            d.add(v.p_name(name.upper() if v.loc.latin and r.random() < 0.3 else name))
        d.fmt(
            "\t{dl}\t{w}\t{dob}\t{tel}\t{veh}\n",
            dl=dl,
            w=where,
            dob=v.p_dob(),
            tel=v.p_phone(intl=False),
            veh=v.k(kp.product),
        )
    d.fmt("Tachograph audit due {dt}; fuel card provider {co}.\n", dt=v.kdate(), co=v.k(kp.company))
    return d


def motor_policy_schedule(v: V) -> Doc:
    """A motor insurance policy schedule listing the named drivers."""
    d, r = Doc(), v.r
    d.fmt("MOTOR INSURANCE SCHEDULE\nPolicy {ref}   Period {d1} to {d2}\nPolicyholder: {n}\nAddress: {addr}\n"
          "Vehicle: {prod}, garaged overnight at the above address. Annual premium {amt}, excess {ex}.\n\nNamed drivers:\n",
          ref=v.k(kp.reference), d1=v.kdate(), d2=v.kdate(), n=v.p_name(), addr=v.p_addr(), prod=v.k(kp.product),
          amt=v.money(), ex=v.money())  # fmt: skip
    for i in range(r.randint(1, 3)):
        where, dl = v.p_dl()
        d.fmt("  {i}. {n} — born {dob} — licence {dl} ({w}), held {y} yrs\n", i=str(i + 1), n=v.p_name(),
              dob=v.p_dob(), dl=dl, w=where, y=str(r.randint(1, 40)))  # fmt: skip
    d.fmt("\nClaims line {tel}. Underwritten by {co}.\n", tel=v.p_phone(), co=v.k(kp.company))
    return d


def teams_chat_paste(v: V) -> Doc:
    """A workplace chat thread copied out of the client, with the timestamps the client adds."""
    d, r = Doc(), v.r
    a, b = v.person(), v.person()
    start = r.randint(8 * 60, 17 * 60)
    tm1, tm2, tm3, tm4 = (
        K("TIME", f"{(start + i * 3) // 60:02d}:{(start + i * 3) % 60:02d}") for i in range(4)
    )
    d.fmt("{a} {tm1}\nhi, customer on the line wants the refund to a new account — {iban}, BIC {bic}\n"
          "{b} {tm2}\nok. can you confirm name + dob first?\n{a2} {tm3}\n{cust}, {dob}. callback {tel}\n"
          "{b2} {tm4}\nthanks, refund {ref} for {amt} queued. also pls note new address: {addr}\n",
          a=v.p_name(a[2]), tm1=tm1, iban=v.p_iban(), bic=v.p_bic(), b=v.p_name(b[2]),
          tm2=tm2, a2=v.p_name(a[2]), tm3=tm3,
          cust=v.p_name(v.name().lower() if r.random() < 0.5 else None), dob=v.p_dob(), tel=v.p_phone(),
          b2=v.p_name(b[2]), tm4=tm4, ref=v.k(kp.reference), amt=v.money(), addr=v.p_addr())  # fmt: skip
    return d


def benefits_enrollment_census(v: V) -> Doc:
    """A US employer's benefits-enrolment census sent to a broker: employees and dependents by SSN."""
    d, r = Doc(), v.r
    d.fmt("Group {co} — open enrollment census, plan year {py}\nCarrier quote {ref}; broker {b} ({bt})\n\n"
          "EE/DEP  Name                       SSN           DOB          Tier   Zip\n",
          co=v.k(kp.company), py=str(r.randint(2026, 2027)), ref=v.k(kp.reference), b=v.p_name(), bt=v.p_phone())  # fmt: skip
    for _ in range(r.randint(2, 3)):
        g, f, name = v.person()
        d.fmt("EE      {n}   {ssn}   {dob}   {tier}   {zip}\n", n=v.p_name(name), ssn=v.p_ssn(), dob=v.p_dob(),
              tier=r.choice(("EE", "ES", "EC", "FAM")), zip=f"{r.randint(10000, 99999)}")  # fmt: skip
        for _ in range(r.randint(0, 2)):
            d.fmt("  DEP   {n}   {ssn}   {dob}   {rel}\n", n=v.p_name(v.person()[0] + " " + f), ssn=v.p_ssn(),
                  dob=v.p_dob(), rel=r.choice(("spouse", "child", "domestic partner")))  # fmt: skip
    d.fmt("\nHome address changes since last census: {n} moved to {addr}.\nContributions {pct} ER / {amt} per month.\n",
          n=v.p_name(), addr=v.p_addr(), pct=v.k(kp.percent), amt=v.money())  # fmt: skip
    return d


# -------------------------------------------------------------------------------------- systems and data


def waf_block_digest(v: V) -> Doc:
    """A web-application firewall's daily digest: blocked clients and the accounts they tried."""
    d, r = Doc(), v.r
    d.fmt("WAF daily digest {dt} — policy {ver}\nTop blocked sources:\n", dt=v.kdate(), ver=v.k(kp.version))
    for _ in range(r.randint(3, 5)):
        ip = v.p_ip()
        wrap = ":" in ip.value  # an IPv6 address takes brackets before its port
        d.fmt("  {o}{ip}{c}:{port}  hits={h}  rule={rule}  last_user={u}\n", o="[" if wrap else "", ip=ip,
              c="]" if wrap else "", port=str(r.choice((443, 8443, 80))), h=str(r.randint(20, 9000)),
              rule=r.choice(("SQLi-942100", "XSS-941160", "cred-stuffing", "bot-score<10")), u=v.p_email())  # fmt: skip
    d.fmt("Escalated to {n} ({em}); ticket {ref}. Config hash {h}.\n", n=v.p_name(), em=v.p_email(work=True),
          ref=v.k(kp.reference), h=v.k(kp.digest))  # fmt: skip
    return d


def toml_customer_fixture(v: V) -> Doc:
    """A TOML fixture for a staging environment, seeded with a real customer by mistake."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    _, card = v.p_card()
    d.fmt("# fixtures/customers.toml  ({ver})\n[[customer]]\nname = \"{n}\"\nemail = \"{em}\"\nphone = \"{tel}\"\n"
          "birth_date = \"{dob}\"\nlast_login_ip = \"{ip}\"\n\n[customer.billing]\naddress = \"{addr}\"\n"
          "card = \"{card}\"\nplan = \"{prod}\"\nbalance = \"{amt}\"\n",
          ver=v.k(kp.version), n=v.p_name(name), em=v.p_email(g, f), tel=v.p_phone(intl=True), dob=v.p_dob("iso"),
          ip=v.p_ip(), addr=v.p_addr(", "), card=card, prod=v.k(kp.product), amt=v.money())  # fmt: skip
    if r.random() < 0.5:
        d.fmt('ssn_last4 = "{l4}"\nsupport_agent = "{a}"\n', l4=str(r.randint(1000, 9999)), a=v.p_name())
    return d


def ics_calendar_invite(v: V) -> Doc:
    """An iCalendar invitation pasted as text: organiser, attendees, a dial-in and a location."""
    d, r = Doc(), v.r
    org = v.person()
    d.fmt("BEGIN:VEVENT\nUID:{uid}\nDTSTART:{dt}\nSUMMARY:{what} — {co}\nLOCATION:{loc}\n"
          "ORGANIZER;CN={on}:mailto:{oe}\n", uid=v.k(kp.digest), dt=K("TIMESTAMP", f"{r.randint(2025, 2027)}{r.randint(1, 12):02d}{r.randint(10, 28)}T{r.randint(7, 18):02d}0000Z"),
          what=r.choice(("Closing call", "Board pre-read", "Case conference", "Quarterly review")),
          co=v.k(kp.company), loc=v.p_addr(r.choice((", ", " "))), on=v.p_name(org[2]),
          oe=v.p_email(org[0], org[1], work=True))  # fmt: skip
    for _ in range(r.randint(2, 4)):
        a = v.person()
        d.fmt("ATTENDEE;ROLE=REQ-PARTICIPANT;CN={n}:mailto:{e}\n", n=v.p_name(a[2]), e=v.p_email(a[0], a[1]))
    d.fmt("DESCRIPTION:Dial-in {tel}, conference id {ref}. Agenda item 3: {cit}.\nEND:VEVENT\n",
          tel=v.p_phone(ext=True), ref=v.k(kp.reference), cit=v.k(kp.citation))  # fmt: skip
    return d


def esign_audit_trail(v: V) -> Doc:
    """An e-signature envelope's certificate of completion: signers, their IPs and verification."""
    d, r = Doc(), v.r
    d.fmt("Certificate Of Completion\nEnvelope Id: {env}\nSubject: {subj}\nStatus: Completed   Pages: {p}\n\n",
          env=v.k(kp.reference), subj=r.choice(("Engagement letter", "NDA", "Lease renewal", "Loan agreement")),
          p=str(r.randint(2, 40)))  # fmt: skip
    for _ in range(r.randint(2, 3)):
        g, f, name = v.person()
        d.fmt("Signer: {n}\n  Email: {em}\n  Signed using IP: {ip}\n  Authentication: SMS to {tel}\n"
              "  Viewed {dt} / Signed {dt2}\n\n", n=v.p_name(name), em=v.p_email(g, f), ip=v.p_ip(),
              tel=v.p_phone(intl=True), dt=v.k(kp.timestamp), dt2=v.k(kp.timestamp))  # fmt: skip
    d.fmt("Envelope originator: {n}, {co}\n", n=v.p_name(), co=v.k(kp.company))
    return d


def xml_kyc_export(v: V) -> Doc:
    """A KYC record exported as XML by a screening vendor."""
    d, r = Doc(), v.r
    g, f, name = v.person()
    where, dl = v.p_dl()
    d.fmt("<kycRecord ref=\"{ref}\" screened=\"{dt}\">\n  <party>\n    <givenName>{g}</givenName>\n"
          "    <familyName>{f}</familyName>\n    <birthDate>{dob}</birthDate>\n    <residence>{addr}</residence>\n"
          "    <idDocument type=\"DL\" issuer=\"{w}\">{dl}</idDocument>\n    <contact phone=\"{tel}\" email=\"{em}\"/>\n"
          "  </party>\n  <account iban=\"{iban}\" bic=\"{bic}\"/>\n  <holdings isin=\"{isin}\" cusip=\"{cusip}\"/>\n"
          "  <riskScore>{score}</riskScore>\n</kycRecord>\n",
          ref=v.k(kp.reference), dt=v.kdate(), g=v.p_name(g), f=v.p_name(f), dob=v.p_dob(), addr=v.p_addr(),
          w=where, dl=dl, tel=v.p_phone(), em=v.p_email(g, f), iban=v.p_iban(), bic=v.p_bic(spaced=False),
          isin=v.k(kp.isin), cusip=v.k(kp.cusip), score=str(r.randint(1, 99)))  # fmt: skip
    return d


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    pension_transfer_request,
    correspondent_ssi_table,
    chargeback_representment,
    mortgage_fact_find,
    escrow_closing_statement,
    expense_claim_yaml,
    notary_acknowledgment,
    records_custodian_reply,
    arbitration_service_roster,
    tenant_screening_report,
    nursing_sbar_handoff,
    radiology_worklist_csv,
    dental_recall_letter,
    pbm_appeal_letter,
    trial_screening_log,
    visa_invitation_letter,
    fleet_driver_roster,
    motor_policy_schedule,
    teams_chat_paste,
    benefits_enrollment_census,
    waf_block_digest,
    toml_customer_fixture,
    ics_calendar_invite,
    esign_audit_trail,
    xml_kyc_export,
)
# Families whose documents only exist in the US (Social Security numbers, US title and notarial practice).
US_ONLY = (
    "benefits_enrollment_census",
    "tenant_screening_report",
    "escrow_closing_statement",
    "notary_acknowledgment",
)


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
