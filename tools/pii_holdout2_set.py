"""The second holdout PII set: `python -m tools.pii_holdout2_set` writes benchmarks/pii_intl/holdout2.jsonl.

A split held back for one final, aggregate measurement of how Charter's scrubber generalises. It was written
without opening Charter's recognizers, their word lists, the benchmark's results or any misses, and the
scrubber was never run on it while it was written. Its document families, sentences and the way values are
rendered (groupings, separators, labels) are its own, not those of the international set
(tools/pii_intl_set.py) or of the first holdout (tools/pii_holdout_set.py). Values come from
tools/pii_holdout2_values.py (Mimesis's locale data for names, streets and cities, the
`phonenumbers` library's metadata for phones, identifiers composed from their published layouts and check
digits); must-keep look-alikes from tools/pii_holdout2_keep.py. It is scored once; nobody tunes on it and the
benchmark never writes its misses.

Schema as the international set's: `{"id", "split", "family", "locale", "text", "pii": [{"type", "start",
"end"}], "keep": [{"type", "value"}]}`. A span covers the value as written: a phone number with its extension,
a street line with the postcode and city written with it, a name without its title.

Deterministic: one seed, one `random.Random` per document drawn from it, no iteration over unordered
collections; the same command writes the same bytes.
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

from tools import pii_holdout2_keep as kp
from tools.pii_holdout2_values import REGIONS, Values, not_luhn

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl" / "holdout2.jsonl"
SEED = 730117
DOCUMENTS = 600
SPLIT = "holdout2"
US_SHARE = 0.15


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

    def fmt(self, template: str, **slots: str | P | K) -> Doc:
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

    def p_name(self) -> P:
        return P("PERSON", self.name())

    def p_phone(self, **kw) -> P:
        return P("PHONE_NUMBER", self.phone(**kw))

    def p_addr(self, sep: str = ", ") -> P:
        return P("STREET_ADDRESS", self.address(sep))

    def p_email(self, first: str = "", last: str = "", org: bool = False) -> P:
        return P("EMAIL_ADDRESS", self.email(first, last, org))

    def p_card(self) -> tuple[str, P]:
        brand, number = self.card()
        return brand, P("CREDIT_CARD", number)

    def p_iban(self, country: str | None = None) -> P:
        return P("IBAN_CODE", self.iban(country))

    def p_bic(self, country: str | None = None) -> P:
        return P("SWIFT_CODE", self.bic(country))

    def p_dob(self) -> P:
        return P("DATE_OF_BIRTH", self.dob())

    def p_ssn(self) -> P:
        return P("US_SSN", self.ssn())

    def p_mrn(self) -> P:
        return P("MEDICAL_RECORD_NUMBER", self.mrn())

    def p_dl(self) -> tuple[str, P]:
        issuer, number = self.licence()
        return issuer, P("DRIVER_LICENSE", number)

    def p_ip(self) -> P:
        return P("IP_ADDRESS", self.ipv6() if self.chance(0.3) else self.ipv4())

    def when(self) -> K:
        return K("DATE", self.date(self.r.randint(2021, 2026), self.r.randint(1, 12), self.r.randint(1, 28)))

    def ref(self, mask: str) -> K:
        return K("REFERENCE", not_luhn(self.mask(mask)))


# ---------------------------------------------------------------------------------------------------------
# Families: each writes one kind of document from one V.


def kyc_onboarding_checklist(v: V) -> Doc:
    first, last = v.person()
    d = Doc().fmt(
        "CLIENT ONBOARDING — CUSTOMER DUE DILIGENCE\nFile {ref} · opened {date} by {officer}\n\n",
        ref=v.ref("KYC-2#-^####"),
        date=v.when(),
        officer=v.p_name(),
    )
    d.fmt("[x] Legal name verified against passport .......... {n}\n", n=P("PERSON", v.full(first, last)))
    d.fmt("[x] Birth date (ID document) ....................... {dob}\n", dob=v.p_dob())
    d.fmt("[x] Residential address (utility bill, {dt}) ..... {a}\n", dt=v.when(), a=v.p_addr())
    d.fmt("[ ] Contact number confirmed by call-back .......... {ph}\n", ph=v.p_phone())
    d.fmt(
        "[x] Settlement account ........................... {iban} / BIC {bic}\n",
        iban=v.p_iban(),
        bic=v.p_bic(),
    )
    if v.country == "US" or v.chance(0.2):
        d.fmt("[x] TIN / SSN on W-9 ............................... {s}\n", s=v.p_ssn())
    d.fmt(
        "\nSource of wealth: employment at {co}; expected turnover {amt} p.a.\n",
        co=v.k(kp.company),
        amt=v.k(kp.amount),
    )
    d.fmt(
        "Risk rating: MEDIUM. Holdings to transfer in: {isin} and {isin2}.\n",
        isin=v.k(kp.isin),
        isin2=v.k(kp.isin),
    )
    return d


def claim_adjuster_notes(v: V) -> Doc:
    d = Doc().fmt("Claim {c} — adjuster log\n", c=v.k(kp.reference))
    d.fmt(
        "{dt}: spoke w/ insured {n} on {ph}; loss at {a}. water damage to kitchen, est. {amt}.\n",
        dt=v.when(),
        n=P("PERSON", v.name().lower() if v.chance(0.3) else v.name()),
        ph=v.p_phone(),
        a=v.p_addr(),
        amt=v.k(kp.amount),
    )
    d.fmt(
        "{dt}: contractor quote rec'd from {co} ({m} drywall). Policy {pol} covers up to {amt}.\n",
        dt=v.when(),
        co=v.k(kp.company),
        m=v.k(kp.measure),
        pol=v.ref("HO-^######"),
        amt=v.k(kp.amount),
    )
    if v.chance(0.6):
        d.fmt(
            "{dt}: insured asked payout to {iban}. emailed form to {em}\n",
            dt=v.when(),
            iban=v.p_iban(),
            em=v.p_email(),
        )
    if v.chance(0.5):
        d.fmt(
            "{dt}: insured treated at A&E, hospital record no. {mrn}, dx {icd}; med bills {amt} to follow.\n",
            dt=v.when(),
            mrn=v.p_mrn(),
            icd=v.k(kp.icd10),
            amt=v.k(kp.amount),
        )
    if v.chance(0.4):
        issuer, dl = v.p_dl()
        d.fmt(
            "{dt}: third-party driver licence ({i}) {dl}, plate noted in file.\n",
            dt=v.when(),
            i=issuer,
            dl=dl,
        )
    return d


def hr_offer_letter(v: V) -> Doc:
    first, last = v.person()
    d = Doc().add(v.k(kp.company), "\nPeople & Culture\n", v.when(), "\n\n")
    d.fmt("{n}\n{a}\n\n", n=P("PERSON", v.full(first, last)), a=v.p_addr("\n"))
    d.fmt(
        "Dear {f},\n\nWe are delighted to offer you the position of Senior Analyst in our {city} office, starting "
        "{start}, at an annual base salary of {amt}.\n",
        f=P("PERSON", first),
        city=v.k(kp.city),
        start=v.when(),
        amt=v.k(kp.amount),
    )
    d.fmt(
        "Salary is paid monthly into the account you gave us ({iban}). Please confirm your date of birth "
        "({dob}) for the pension scheme and return the signed copy to {em}.\n",
        iban=v.p_iban(),
        dob=v.p_dob(),
        em=v.p_email(org=True),
    )
    if v.country == "US" or v.chance(0.15):
        d.fmt(
            "For payroll we hold your Social Security number as {s}; tell us at once if this is wrong.\n",
            s=v.p_ssn(),
        )
    d.fmt("\nKind regards,\n{hr}\nHead of Talent, direct line {ph}\n", hr=v.p_name(), ph=v.p_phone(ext=0.3))
    return d


def shipping_manifest(v: V) -> Doc:
    d = Doc().fmt(
        "MANIFEST {m}   Vessel/Flight: {f}   ETD {dt}\n",
        m=v.ref("MNF-^#####"),
        f=v.k(kp.reference),
        dt=v.when(),
    )
    d.add("-" * 72, "\n", "PKG | WEIGHT   | CONSIGNEE / DELIVERY ADDRESS                 | TRACKING\n")
    for i in range(v.r.randint(2, 4)):
        d.fmt(
            f"{i + 1:>3} | " + "{w} | {n}, {a} | {t}\n",
            w=v.k(kp.measure),
            n=v.p_name(),
            a=v.p_addr(),
            t=v.k(kp.tracking),
        )
    d.fmt(
        "Notify party: {n}, tel. {ph}\nShipper: {co}, {city}\n",
        n=v.p_name(),
        ph=v.p_phone(abroad=0.5),
        co=v.k(kp.company),
        city=v.k(kp.city),
    )
    return d


def hotel_folio(v: V) -> Doc:
    first, last = v.person()
    d = Doc().fmt(
        "GUEST FOLIO  #{f}\nGuest: {g}\nArrival {a1}   Departure {a2}   Room 4{r}\n",
        f=v.ref("^######"),
        g=P("PERSON", f"{last.upper()}, {first}"),
        a1=v.when(),
        a2=v.when(),
        r=str(v.r.randint(10, 40)),
    )
    d.fmt(
        "Home address: {a}\nMobile: {ph}   E-mail: {em}\n\n",
        a=v.p_addr(),
        ph=v.p_phone(),
        em=v.p_email(first, last),
    )
    for item in ("Accommodation", "Breakfast", "Minibar", "City tax"):
        d.fmt(f"{item:<20}" + "{amt}\n", amt=v.k(kp.amount))
    if v.chance(0.4):
        issuer, dl = v.p_dl()
        d.fmt("ID at check-in: driver's licence {dl} ({i})\n", dl=dl, i=issuer)
    brand, card = v.p_card()
    d.fmt("\nSettled by {b} {c}, auth code {ac}\n", b=brand, c=card, ac=v.mask("^#####"))
    return d


def helpdesk_markdown(v: V) -> Doc:
    first, last = v.person()
    d = Doc().fmt(
        "### [{t}] Cannot log in after password reset\n\n**Reporter:** {n} (<{em}>)  \n",
        t=v.ref("SUP-^####"),
        n=P("PERSON", v.full(first, last)),
        em=v.p_email(first, last),
    )
    d.fmt("**Client IP:** `{ip}`  \n**App version:** {ver}\n\n", ip=v.p_ip(), ver=v.k(kp.version))
    d.fmt(
        "> Hi, since {dt} I get error 403 when logging in. You can call me on {ph}.\n\n",
        dt=v.when(),
        ph=v.p_phone(),
    )
    if v.chance(0.5):
        brand, card = v.p_card()
        d.fmt(
            "> also the renewal failed on my {b} card {c} exp {e}, can you retry?\n\n",
            b=brand.lower(),
            c=card,
            e=f"{v.r.randint(1, 12):02d}/{v.r.randint(26, 31)}",
        )
    d.fmt(
        "- [x] checked SSO logs (last success from {ip})\n- [ ] escalate to tier 2 ({who})\n",
        ip=v.p_ip(),
        who=P("PERSON", first.lower() if v.chance(0.5) else v.name()),
    )
    return d


def sepa_credit_file(v: V) -> Doc:
    d = Doc().fmt(
        "<GrpHdr><MsgId>{m}</MsgId><CreDtTm>{dt}T09:14:02</CreDtTm><NbOfTxs>2</NbOfTxs></GrpHdr>\n",
        m=v.ref("PAIN001-2#^#####"),
        dt=K("DATE", f"2025-{v.r.randint(1, 12):02d}-{v.r.randint(1, 28):02d}"),
    )
    d.fmt(
        "<Dbtr><Nm>{co}</Nm></Dbtr><DbtrAcct><Id><IBAN>{i}</IBAN></Id></DbtrAcct>\n",
        co=v.k(kp.company),
        i=P("IBAN_CODE", v.iban().replace(" ", "")),
    )
    for _ in range(2):
        d.fmt(
            '<CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">{amt}</InstdAmt></Amt><CdtrAgt><FinInstnId><BIC>{b}</BIC>'
            "</FinInstnId></CdtrAgt>\n  <Cdtr><Nm>{n}</Nm></Cdtr><CdtrAcct><Id><IBAN>{i}</IBAN></Id></CdtrAcct>"
            "<RmtInf><Ustrd>{r}</Ustrd></RmtInf></CdtTrfTxInf>\n",
            amt=K("AMOUNT", f"{v.r.randint(10, 9999)}.{v.r.randint(0, 99):02d}"),
            b=v.p_bic(),
            n=v.p_name(),
            i=P("IBAN_CODE", v.iban().replace(" ", "")),
            r=v.k(kp.reference),
        )
    return d


def discharge_summary(v: V) -> Doc:
    first, last = v.person()
    d = Doc().fmt(
        "DISCHARGE SUMMARY\nPatient: {n}    MRN: {mrn}    DOB: {dob}\n",
        n=P("PERSON", f"{last}, {first}"),
        mrn=v.p_mrn(),
        dob=v.p_dob(),
    )
    if v.country == "US" and v.chance(0.5):
        d.fmt("SSN: {s}    Insurance member ID: {mid}\n", s=v.p_ssn(), mid=v.ref("W^########"))
    d.fmt(
        "Admitted {a1}, discharged {a2}. Attending: Dr. {doc}\n\n", a1=v.when(), a2=v.when(), doc=v.p_name()
    )
    d.fmt(
        "Diagnoses: {c1} (primary), {c2}. BP on discharge {bp}; weight {w}.\n",
        c1=v.k(kp.icd10),
        c2=v.k(kp.icd10),
        bp=K("MEASURE", f"{v.r.randint(100, 150)}/{v.r.randint(60, 95)} mmHg"),
        w=K("MEASURE", f"{v.r.randint(45, 130)}.{v.r.randint(0, 9)} kg"),
    )
    d.fmt(
        "Follow-up: GP to review in 2 weeks. Pt lives with daughter {dd} at {a}; she can be reached on {ph}.\n",
        dd=P("PERSON", v.person()[0]),
        a=v.p_addr(),
        ph=v.p_phone(),
    )
    return d


def certificate_of_service(v: V) -> Doc:
    d = Doc().fmt(
        "{dk}\nCERTIFICATE OF SERVICE\n\nI hereby certify that on {dt} I served the foregoing Motion "
        "under {cit} on the following by the method indicated:\n\n",
        dk=v.k(kp.docket),
        dt=v.when(),
        cit=v.k(kp.citation),
    )
    for _ in range(v.r.randint(2, 3)):
        first, last = v.person()
        d.fmt(
            "{n}, Esq.\n{co}\n{a}\n", n=P("PERSON", v.full(first, last)), co=v.k(kp.company), a=v.p_addr("\n")
        )
        d.fmt(
            "Tel.: {ph} | {em}\n[ ] U.S. Mail  [x] E-mail  [ ] Hand delivery\n\n",
            ph=v.p_phone(ext=0.25),
            em=v.p_email(first, last, org=True),
        )
    d.fmt("/s/ {n}\n", n=v.p_name())
    return d


def property_listing_enquiry(v: V) -> Doc:
    d = Doc().fmt(
        "Listing {l}: 3-room flat, {m}, asking {amt}, energy class C, built 1987.\n",
        l=v.ref("LST-^####"),
        m=K("MEASURE", f"{v.r.randint(48, 160)} m²"),
        amt=v.k(kp.amount),
    )
    d.fmt(
        "Viewing request received {dt} via portal.\nName: {n}\nPhone: {ph}\nEmail: {em}\n",
        dt=v.when(),
        n=P("PERSON", v.name().lower() if v.chance(0.25) else v.name()),
        ph=v.p_phone(),
        em=v.p_email(),
    )
    d.fmt(
        'Message: "we currently rent at {a} and our lease ends {dt}. could we see it on saturday?"\n',
        a=v.p_addr(),
        dt=v.when(),
    )
    d.fmt("Agent on duty: {ag} ({co})\n", ag=v.p_name(), co=v.k(kp.company))
    return d


def event_registration_export(v: V) -> Doc:
    d = Doc().add("registration_id;first_name;last_name;email;mobile;ticket;paid;dietary\n")
    for _ in range(v.r.randint(3, 5)):
        first, last = v.person()
        d.fmt(
            "{rid};{f};{l};{em};{ph};{t};{amt};{diet}\n",
            rid=v.ref("R^#####"),
            f=P("PERSON", first),
            l=P("PERSON", last),
            em=v.p_email(first, last),
            ph=v.p_phone(abroad=0.3),
            t=v.pick(("EARLY", "STANDARD", "VIP")),
            amt=v.k(kp.amount),
            diet=v.pick(("none", "vegan", "halal")),
        )
    d.fmt("# exported {dt} from eventdesk {ver}\n", dt=v.when(), ver=v.k(kp.version))
    return d


def mailing_list_digest(v: V) -> Doc:
    d = Doc().fmt(
        "finance-ops Digest, Vol 14, Issue {i}\n\nToday's Topics:\n   1. Re: quarterly close ({co})\n"
        "   2. holiday cover\n\n",
        i=str(v.r.randint(2, 90)),
        co=v.k(kp.company),
    )
    for _ in range(2):
        first, last = v.person()
        d.fmt(
            "----------------------------------------------------------------------\n\nMessage: 1\nDate: {dt}\n"
            "From: {n} <{em}>\n\n",
            dt=v.when(),
            n=P("PERSON", v.full(first, last)),
            em=v.p_email(first, last),
        )
        d.fmt(
            "> the accrual for {isin} is still off by {amt}\nFixed in {ver}. ping me at {ph} if it breaks again.\n"
            "--\n{sig}\n\n",
            isin=v.k(kp.isin),
            amt=v.k(kp.amount),
            ver=v.k(kp.version),
            ph=v.p_phone(ext=0.2),
            sig=P("PERSON", first),
        )
    return d


def ocr_scanned_letter(v: V) -> Doc:
    first, last = v.person()
    d = Doc().fmt(
        "{co}\n{city}, {dt}\n\nRe: your acc0unt {ref}\n\n",
        co=v.k(kp.company),
        city=v.k(kp.city),
        dt=v.when(),
        ref=v.ref("^#######"),
    )
    d.fmt(
        "Dear {t} {l},\n\nwe write to confirm that the direct\ndebit from {iban}\nwill be collected on "
        "{dt}.\nShould you\nwish to change this, please call {ph}\nor write to us at {a}.\n\n",
        t=v.pick(("Mr", "Ms", "Mrs")),
        l=P("PERSON", last),
        iban=v.p_iban(),
        dt=v.when(),
        ph=v.p_phone(),
        a=v.p_addr(),
    )
    d.fmt("Y0urs sincerely\n\n{n}\nCustomer Services\n", n=v.p_name())
    return d


def pasted_spreadsheet(v: V) -> Doc:
    d = Doc().add("Employee\tDOB\tSSN / Tax ID\tCost centre\tGross\n")
    for _ in range(v.r.randint(3, 5)):
        ident = v.p_ssn() if v.country == "US" or v.chance(0.3) else K("REFERENCE", v.mask("TX^#####@"))
        d.fmt(
            "{n}\t{dob}\t{s}\t{cc}\t{amt}\n",
            n=v.p_name(),
            dob=v.p_dob(),
            s=ident,
            cc=v.ref("CC-^##"),
            amt=v.k(kp.amount),
        )
    d.fmt("\t\t\tTOTAL\t{amt}\n", amt=v.k(kp.amount))
    return d


def json_customer_record(v: V) -> Doc:
    first, last = v.person()
    brand, card = v.p_card()
    d = Doc().fmt(
        '{{\n  "customerId": "{cid}",\n  "name": {{"given": "{f}", "family": "{l}"}},\n',
        cid=v.ref("C^#######"),
        f=P("PERSON", first),
        l=P("PERSON", last),
    )
    d.fmt(
        '  "birthDate": "{dob}",\n  "contact": {{"email": "{em}", "phone": "{ph}"}},\n',
        dob=v.p_dob(),
        em=v.p_email(first, last),
        ph=v.p_phone(),
    )
    d.fmt(
        '  "billing": {{"line1": "{a}"}},\n  "paymentMethod": {{"brand": "{b}", "pan": "{c}"}},\n',
        a=v.p_addr(),
        b=brand,
        c=card,
    )
    d.fmt(
        '  "lastLoginIp": "{ip}",\n  "createdAt": "{dt}",\n  "ltv": "{amt}"\n}}\n',
        ip=v.p_ip(),
        dt=v.when(),
        amt=v.k(kp.amount),
    )
    return d


def yaml_service_account(v: V) -> Doc:
    first, last = v.person()
    d = Doc().fmt(
        "# owners of the payments connector, reviewed {dt}\nservice: settlement-bridge\nversion: "
        '"{ver}"\nowner:\n  name: {n}\n  email: {em}\n  oncall: "{ph}"\n',
        dt=v.when(),
        ver=v.k(kp.version),
        n=P("PERSON", v.full(first, last)),
        em=v.p_email(first, last, org=True),
        ph=v.p_phone(),
    )
    d.fmt(
        'allowlist:\n  - {ip1}\n  - {ip2}\nsettlement:\n  iban: {iban}\n  bic: {bic}\n  cutoff: "15:30"\n',
        ip1=v.p_ip(),
        ip2=v.p_ip(),
        iban=v.p_iban(),
        bic=v.p_bic(),
    )
    return d


def text_message_log(v: V) -> Doc:
    me = v.person()[0]
    d = Doc()
    lines = [
        ("hey it's {f}, new number, save it: {ph}", {"f": P("PERSON", me), "ph": v.p_phone(abroad=0.1)}),
        ("can u send me the deposit details again", {}),
        ("sure. {n} {iban}, ref {ref}", {"n": v.p_name(), "iban": v.p_iban(), "ref": v.ref("FLAT^##")}),
        ("paid {amt} just now", {"amt": v.k(kp.amount)}),
        *([("if it bounces use my card {c}", {"c": v.p_card()[1]})] if v.chance(0.4) else []),
        ("great, keys at {a} on {dt}", {"a": v.p_addr(), "dt": v.when()}),
    ]
    for i, (tmpl, slots) in enumerate(lines):
        d.fmt(
            f"[{v.r.randint(8, 22):02d}:{v.r.randint(0, 59):02d}] {'<' if i % 2 else '>'} " + tmpl + "\n",
            **slots,
        )
    return d


def payroll_change_form(v: V) -> Doc:
    first, last = v.person()
    d = Doc().fmt(
        "PAYROLL CHANGE REQUEST — form PCR-7 (rev. {ver})\nEmployee no. {e}    Effective {dt}\n",
        ver=v.k(kp.version),
        e=v.ref("E^####"),
        dt=v.when(),
    )
    d.fmt(
        "Surname ______ {l} ______   Forename(s) ______ {f} ______\n",
        l=P("PERSON", last),
        f=P("PERSON", first),
    )
    d.fmt("New bank details: IBAN {iban}  BIC/SWIFT {bic}\n", iban=v.p_iban(), bic=v.p_bic())
    d.fmt("Social security / SSN: {s}\nNew home address: {a}\n", s=v.p_ssn(), a=v.p_addr())
    d.fmt(
        "Approved by line manager {m} on {dt}. Annual salary unchanged at {amt}.\n",
        m=v.p_name(),
        dt=v.when(),
        amt=v.k(kp.amount),
    )
    return d


def pharmacy_dispensing_record(v: V) -> Doc:
    d = Doc().fmt(
        "Rx {rx} | dispensed {dt}\nPt: {n} | DOB {dob} | Chart {mrn}\n",
        rx=v.ref("RX^######"),
        dt=v.when(),
        n=v.p_name(),
        dob=v.p_dob(),
        mrn=v.p_mrn(),
    )
    d.fmt(
        "Drug: metformin {mg} tabs, qty 60, refills 2 | Dx {icd}\nPrescriber: {doc}, ph. {ph}\n",
        mg=K("MEASURE", f"{v.pick((500, 850, 1000))} mg"),
        icd=v.k(kp.icd10),
        doc=v.p_name(),
        ph=v.p_phone(),
    )
    d.fmt(
        "Delivery to: {a}\nCopay {amt} charged to card {c}\n",
        a=v.p_addr(),
        amt=v.k(kp.amount),
        c=v.p_card()[1],
    )
    return d


def loan_application_summary(v: V) -> Doc:
    first, last = v.person()
    d = Doc().fmt(
        "Mortgage application {ref} — underwriter summary\n\nApplicant {n}, born {dob}, employed by {co} "
        "since {dt}.\n",
        ref=v.ref("MTG-^#####"),
        n=P("PERSON", v.full(first, last)),
        dob=v.p_dob(),
        co=v.k(kp.company),
        dt=v.when(),
    )
    d.fmt(
        "Property: {a} (valuation {amt}, {m}).\n",
        a=v.p_addr(),
        amt=v.k(kp.amount),
        m=K("MEASURE", f"{v.r.randint(50, 400)} m²"),
    )
    if v.country == "US" or v.chance(0.25):
        d.fmt("Credit file pulled under SSN {s}: score 7{sc}.\n", s=v.p_ssn(), sc=str(v.r.randint(10, 90)))
    issuer, dl = v.p_dl()
    d.fmt(
        "ID seen: driving licence {i} no. {dl}. Salary credits to {iban}.\nCo-applicant: {c}, mob. {ph}\n",
        i=issuer,
        dl=dl,
        iban=v.p_iban(),
        c=v.p_name(),
        ph=v.p_phone(),
    )
    return d


def wire_recall_request(v: V) -> Doc:
    d = Doc().fmt(
        "URGENT – RECALL OF FUNDS\nTo: payments investigations, {bic}\nOur ref: {r}   Value date: {dt}\n\n",
        bic=v.p_bic(),
        r=v.k(kp.reference),
        dt=v.when(),
    )
    d.fmt(
        "We request the recall of {amt} credited to account {iban} (beneficiary {n}) in favour of our "
        "customer {c}. The instruction was the result of a phishing e-mail sent from {em} (IP {ip}).\n\n",
        amt=v.k(kp.amount),
        iban=v.p_iban(),
        n=v.p_name(),
        c=v.k(kp.company),
        em=v.p_email(),
        ip=v.p_ip(),
    )
    d.fmt(
        "Correspondent: {bic2}. Contact {o} on {ph}.\n",
        bic2=v.p_bic(v.pick(("US", "GB", "DE", "SG"))),
        o=v.p_name(),
        ph=v.p_phone(ext=0.3),
    )
    return d


def tenancy_deposit_receipt(v: V) -> Doc:
    first, last = v.person()
    d = Doc().fmt(
        "DEPOSIT PROTECTION CERTIFICATE {c}\n\nLandlord: {ll}\nTenant(s): {t1}; {t2}\n",
        c=v.ref("DPC^#######"),
        ll=v.k(kp.company),
        t1=P("PERSON", v.full(first, last)),
        t2=v.p_name(),
    )
    d.fmt(
        "Property: {a}\nDeposit: {amt} received {dt}; tenancy start {dt2}\n",
        a=v.p_addr(),
        amt=v.k(kp.amount),
        dt=v.when(),
        dt2=v.when(),
    )
    if v.chance(0.5):
        d.fmt("Holding fee paid by card {c} on {dt}.\n", c=v.p_card()[1], dt=v.when())
    if v.chance(0.5):
        issuer, dl = v.p_dl()
        d.fmt(
            "Right-to-rent check: driving licence {dl} ({i}) seen by {ag}.\n", dl=dl, i=issuer, ag=v.p_name()
        )
    if v.country == "US" and v.chance(0.6):
        d.fmt("Tenant SSN (credit check): {s}\n", s=v.p_ssn())
    d.fmt(
        "Tenant contact: {em} / {ph}\nRepayment account: {iban}\n",
        em=v.p_email(first, last),
        ph=v.p_phone(),
        iban=v.p_iban(),
    )
    return d


def background_check_report(v: V) -> Doc:
    first, last = v.person()
    issuer, dl = v.p_dl()
    d = Doc().fmt(
        "PRE-EMPLOYMENT SCREENING REPORT   Order {o}   Completed {dt}\n\nSubject: {n}\nDOB: {dob}\n",
        o=v.ref("BG-^######"),
        dt=v.when(),
        n=P("PERSON", f"{last.upper()}, {first.upper()}"),
        dob=v.p_dob(),
    )
    d.fmt(
        "SSN trace: {s} — issued, no deaths index match\nMVR: {i} licence {dl}, status VALID, 0 points\n",
        s=v.p_ssn(),
        i=issuer,
        dl=dl,
    )
    d.fmt(
        "Address history:\n  {a1}  (current)\n  {a2}  ({dt} – {dt2})\n",
        a1=v.p_addr(),
        a2=v.p_addr(),
        dt=v.when(),
        dt2=v.when(),
    )
    d.fmt(
        "Criminal search, county of {city}: no records. Requested by {co}.\n",
        city=v.k(kp.city),
        co=v.k(kp.company),
    )
    return d


def firewall_incident_report(v: V) -> Doc:
    d = Doc().fmt(
        "INC-{n} | severity 2 | opened {dt}\n\nSummary: credential stuffing against the client portal "
        "({ver}).\n\nTimeline (UTC)\n",
        n=v.mask("^####"),
        dt=v.when(),
        ver=v.k(kp.version),
    )
    for _ in range(v.r.randint(2, 4)):
        d.fmt(
            f"  {v.r.randint(0, 23):02d}:{v.r.randint(0, 59):02d}  deny tcp src={{ip}} dst=portal-web-0{v.r.randint(1, 6)}"
            f" port 443 hits={v.r.randint(100, 9000)}\n",
            ip=v.p_ip(),
        )
    first, last = v.person()
    d.fmt(
        "\nAffected account: {em} (owner {n}); MFA reset by {o}.\n",
        em=v.p_email(first, last),
        n=P("PERSON", v.full(first, last)),
        o=v.p_name(),
    )
    return d


def insurance_fnol_call(v: V) -> Doc:
    first, last = v.person()
    issuer, dl = v.p_dl()
    d = Doc().fmt(
        "First notice of loss — call transcript (auto)\nAGENT: Can I take your full name?\nCALLER: "
        "It's {n}.\nAGENT: And a date of birth?\nCALLER: {dob}.\n",
        n=P("PERSON", v.full(first, last)),
        dob=v.p_dob(),
    )
    d.fmt(
        "AGENT: Your licence number, please.\nCALLER: {dl}, issued in {i}.\nAGENT: Where did it happen?\n"
        "CALLER: Outside {a}, at about {t}.\n",
        dl=dl,
        i=issuer,
        a=v.p_addr(),
        t=f"{v.r.randint(7, 19)}:{v.r.randint(10, 59)}",
    )
    d.fmt(
        "AGENT: Best number to reach you?\nCALLER: {ph}\nAGENT: Thanks, your claim is {c}; excess is {amt}.\n",
        ph=v.p_phone(),
        c=v.k(kp.reference),
        amt=v.k(kp.amount),
    )
    return d


def imaging_request_form(v: V) -> Doc:
    first, last = v.person()
    d = Doc().fmt(
        "RADIOLOGY REQUEST\nPatient surname: {l}   Given name: {f}\nHospital no.: {mrn}   Date of birth: "
        "{dob}\n",
        l=P("PERSON", last),
        f=P("PERSON", first),
        mrn=v.p_mrn(),
        dob=v.p_dob(),
    )
    d.fmt(
        "Examination: CT chest with contrast. Clinical details: cough 6/52, {icd}, weight {w}.\n",
        icd=v.k(kp.icd10),
        w=K("MEASURE", f"{v.r.randint(45, 120)} kg"),
    )
    d.fmt(
        "Referrer: {doc}, bleep {b}, callback {ph}\nPatient phone: {pph}\nPrevious imaging: {mrn2} at {city} "
        "({dt})\n",
        doc=v.p_name(),
        b=v.mask("^###"),
        ph=v.p_phone(ext=0.4),
        pph=v.p_phone(),
        mrn2=v.p_mrn(),
        city=v.k(kp.city),
        dt=v.when(),
    )
    return d


def brokerage_trade_confirmation(v: V) -> Doc:
    first, last = v.person()
    d = Doc().fmt(
        "TRADE CONFIRMATION  {dt}\nAccount holder: {n}\nMailing address: {a}\n\n",
        dt=v.when(),
        n=P("PERSON", v.full(first, last)),
        a=v.p_addr(),
    )
    d.add("Side  Qty   Security                     ISIN/CUSIP       Price      Net\n")
    for _ in range(v.r.randint(2, 3)):
        sec = v.k(kp.isin) if v.chance(0.5) else v.k(kp.cusip)
        d.fmt(
            f"{v.pick(('BUY ', 'SELL'))}  {v.r.randint(5, 900):<5} {{t}}  {{s}}   {{p}}  {{amt}}\n",
            t=v.k(kp.ticker),
            s=sec,
            p=K("AMOUNT", f"{v.r.randint(5, 900)}.{v.r.randint(0, 99):02d}"),
            amt=v.k(kp.amount),
        )
    d.fmt(
        "\nSettlement to {iban} ({bic}). Questions: {em}\n",
        iban=v.p_iban(),
        bic=v.p_bic(),
        em=v.p_email(org=True),
    )
    return d


FAMILIES: tuple[Callable[[V], Doc], ...] = (
    insurance_fnol_call,
    brokerage_trade_confirmation,
    imaging_request_form,
    kyc_onboarding_checklist,
    claim_adjuster_notes,
    hr_offer_letter,
    shipping_manifest,
    hotel_folio,
    helpdesk_markdown,
    sepa_credit_file,
    discharge_summary,
    certificate_of_service,
    property_listing_enquiry,
    event_registration_export,
    mailing_list_digest,
    ocr_scanned_letter,
    pasted_spreadsheet,
    json_customer_record,
    yaml_service_account,
    text_message_log,
    payroll_change_form,
    pharmacy_dispensing_record,
    loan_application_summary,
    wire_recall_request,
    tenancy_deposit_receipt,
    background_check_report,
    firewall_incident_report,
)
LOCALES = tuple(REGIONS)


def document(family: Callable[[V], Doc], region: str, rng: random.Random) -> Doc:
    """One document of `family`, drawn again from the same RNG while it cannot be scored fairly."""
    for _ in range(30):
        doc = family(V(rng, region))
        if not problems(doc):
            return doc
    raise RuntimeError(f"{family.__name__} ({region}) kept writing unscorable documents: {problems(doc)}")


def build(n: int = DOCUMENTS, seed: int = SEED) -> list[dict]:
    """`n` documents, families in turn, each from its own RNG drawn from `seed`."""
    rng = random.Random(f"{SPLIT}:{seed}")
    rows = []
    for i in range(n):
        family = FAMILIES[i % len(FAMILIES)]
        # US documents are the ones that carry SSNs and state licences: a larger share of them.
        region = "en-us" if rng.random() < US_SHARE else rng.choice(LOCALES)
        doc = document(family, region, random.Random(rng.getrandbits(64)))
        rows.append(
            {
                "id": f"{SPLIT}-{i:04d}",
                "split": SPLIT,
                "family": family.__name__,
                "locale": region,
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
