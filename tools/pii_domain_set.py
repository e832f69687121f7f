"""The labelled domain PII evaluation set: `python tools/pii_domain_set.py` writes benchmarks/pii_eval/*.jsonl.

Deterministic (seeded), and written from templates, names and places that tools/packs/synthetic does not use,
so the recognizers are not measured on the text they were tuned on. Every line is
`{"id", "domain", "text", "pii": [{"type", "value"}], "keep": [{"type", "value"}]}`: `pii` must be gone
after scrubbing, `keep` must survive. Hard cases on purpose: `+1` and dotted phones, addresses with unit
numbers, names that are also common words, dates of birth beside fiscal dates, CUSIP/ISIN beside accounts.
"""

from __future__ import annotations

import argparse
import json
import random
import string
from calendar import month_name
from pathlib import Path

from governance.pii.base import luhn_check_digit

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_eval"
PER_DOMAIN = 80

FIRST = [
    "Rose",
    "Will",
    "Grant",
    "Faith",
    "Hope",
    "Mark",
    "Amber",
    "Dawn",
    "Jack",
    "Bill",
    "Priya",
    "Oluwaseun",
    "Hyun-woo",
    "Marisol",
    "Teodor",
    "Agnieszka",
    "Femi",
    "Ximena",
    "Rowan",
    "Iolanthe",
    "Casimir",
    "Yusuf",
]
LAST = [
    "Hunter",
    "Baker",
    "Young",
    "Miller",
    "Carpenter",
    "Fisher",
    "Stone",
    "Summers",
    "Cook",
    "Price",
    "Venkataraman",
    "Okonkwo",
    "Brandt",
    "Zielinski",
    "Achterberg",
    "Mbeki",
    "Quarrington",
    "Halloran",
    "Sorensen",
    "Delgado-Ruiz",
    "Nakashima",
    "Oyelowo",
]
STREETS = ["Cedar Hollow", "Marlow", "Beacon Hill", "Kingfisher", "Old Quarry", "Sycamore Bend", "Tamarack"]
SUFFIXES = ["Street", "Ave", "Boulevard", "Rd.", "Court", "Terrace", "Lane"]
CITIES = [
    ("Peoria", "IL", "616"),
    ("Boise", "ID", "837"),
    ("Albany", "NY", "122"),
    ("Eugene", "OR", "974"),
    ("Macon", "GA", "312"),
    ("Provo", "UT", "846"),
]
UNITS = ["Apt 4B", "Suite 210", "Unit 7", "#12", ""]
SECURITIES = [
    ("Apple Inc.", "AAPL", "NASDAQ", "037833100", "US0378331005"),
    ("Microsoft Corporation", "MSFT", "NASDAQ", "594918104", "US5949181045"),
    ("Exxon Mobil Corporation", "XOM", "NYSE", "30231G102", "US30231G1022"),
    ("JPMorgan Chase & Co.", "JPM", "NYSE", "46625H100", "US46625H1005"),
]
ICD = [
    ("E11.9", "type 2 diabetes mellitus without complications"),
    ("J45.909", "unspecified asthma"),
    ("M54.5", "low back pain"),
    ("I10", "essential hypertension"),
    ("K21.9", "gastro-esophageal reflux"),
]
CPT = ["99213", "99214", "93000", "80053", "36415"]
DRUGS = ["metformin 500 mg", "albuterol 90 mcg", "atorvastatin 20 mg", "omeprazole 40 mg", "naproxen 250 mg"]
CITES = ["42 U.S.C. § 1983", "15 U.S.C. § 78j(b)", "29 C.F.R. § 1630.2"]
CASES = [
    "Celotex Corp. v. Catrett, 477 U.S. 317",
    "Bell Atlantic Corp. v. Twombly, 550 U.S. 544",
    "Ashcroft v. Iqbal, 556 U.S. 662",
]


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def digits(self, n: int) -> str:
        return str(self.r.randint(1, 9)) + "".join(self.r.choice(string.digits) for _ in range(n - 1))

    def name(self) -> tuple[str, str]:
        return self.r.choice(FIRST), self.r.choice(LAST)

    def phone(self) -> str:
        a, b = self.r.randint(201, 989), f"{self.r.randint(0, 99):04d}"
        style = self.r.randrange(4)
        return [f"+1 {a} 555 {b}", f"{a}.555.{b}", f"+1 ({a}) 555-{b}", f"1-{a}-555-{b}"][style]

    def address(self) -> str:
        city, state, z = self.r.choice(CITIES)
        unit = self.r.choice(UNITS)
        street = f"{self.r.randint(12, 9899)} {self.r.choice(STREETS)} {self.r.choice(SUFFIXES)}"
        return f"{street}{', ' + unit if unit else ''}, {city}, {state} {z}{self.r.randint(10, 99)}"

    def date(self, y0: int, y1: int) -> str:
        y, m, d = self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice(
            [f"{month_name[m]} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{d} {month_name[m]} {y}"]
        )

    def fiscal(self) -> str:
        return (
            self.r.choice(["March 31", "June 30", "September 30", "December 31"])
            + f", {self.r.randint(2019, 2025)}"
        )

    def aba(self) -> str:
        while True:
            d = [int(c) for c in f"{self.r.randint(1, 12):02d}" + self.digits(6)]
            for last in range(10):
                if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + last) % 10 == 0:
                    return "".join(map(str, d)) + str(last)

    def iban(self) -> str:
        bban = "WEST" + self.digits(6) + self.digits(8)
        moved = bban + "GB00"
        num = int("".join(str(string.ascii_uppercase.index(c) + 10) if c.isalpha() else c for c in moved))
        s = f"GB{98 - num % 97:02d}{bban}"
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))

    def card(self) -> str:
        body = "4" + self.digits(14)
        n = body + luhn_check_digit(body)
        return " ".join(n[i : i + 4] for i in range(0, 16, 4))

    def npi(self) -> str:
        body = "1" + self.digits(8)
        return body + luhn_check_digit("80840" + body)


def finance(g: Gen, i: int) -> dict:
    (f, sur), (f2, l2) = g.name(), g.name()
    company, ticker, exch, cusip, isin = g.r.choice(SECURITIES)
    acct, aba, phone, dob, fiscal = (
        g.digits(g.r.randint(9, 13)),
        g.aba(),
        g.phone(),
        g.date(1940, 1999),
        g.fiscal(),
    )
    amount, pct = (
        f"${g.r.randint(2, 900)},{g.r.randint(100, 999)}.00",
        f"{g.r.randint(1, 19)}.{g.r.randint(1, 9)}%",
    )
    iban, addr, email = g.iban(), g.address(), f"{f.lower()}.{sur.lower().replace('-', '')}@mailbox.test"
    pii = [
        ("PERSON", f"{f} {sur}"),
        ("US_BANK_NUMBER", acct),
        ("ABA_ROUTING_NUMBER", aba),
        ("PHONE_NUMBER", phone),
        ("DATE_OF_BIRTH", dob),
        ("STREET_ADDRESS", addr),
        ("EMAIL_ADDRESS", email),
        ("PERSON", f"{f2} {l2}"),
    ]
    keep = [
        ("CUSIP", cusip),
        ("ISIN", isin),
        ("TICKER", ticker),
        ("MONEY", amount),
        ("PERCENT", pct),
        ("FISCAL_DATE", fiscal),
        ("COMPANY", company),
    ]
    if i % 3 == 0:
        text = (
            f"Trade support ticket. Holder {f} {sur} asked us to move {amount} of {company} ({exch}: {ticker}), "
            f"CUSIP {cusip}, ISIN {isin}, into her brokerage account {acct}. Settlement funds come from "
            f"routing {aba}. The issuer's quarter ended {fiscal}, and the position is up {pct} since then.\n"
            f"KYC refresh: birth date {dob}; mailing address {addr}; mobile {phone}; email {email}.\n"
            f"Approver: {f2} {l2}, desk head."
        )
    elif i % 3 == 1:
        text = (
            f"Beneficiary change logged for {f} {sur} (DOB {dob}). Proceeds of the {company} ({exch}: {ticker}) "
            f"sale, {amount}, settle to acct. no. {acct}, ABA/RTN {aba}; ISIN {isin} and CUSIP {cusip} were "
            f"confirmed against the trade blotter. For fiscal year ended {fiscal} the fund returned {pct}.\n"
            f"She prefers calls on {phone} after 5 pm and letters to {addr}. Copy sent to {email}.\n"
            f"Logged by {f2} {l2}."
        )
    else:
        pii.append(("IBAN_CODE", iban))
        text = (
            f"Cross-border instruction from {f} {sur}: pay {amount} to IBAN {iban} and debit checking account "
            f"{acct} (transit number {aba}). Holding: {company} ({exch}: {ticker}), CUSIP {cusip} / ISIN {isin}. "
            f"Management expects margins of {pct} in the period ending {fiscal}. Client born {dob}; residence "
            f"{addr}; reachable at {phone} or {email}. Reviewed with {f2} {l2}."
        )
    return {"text": text, "pii": pii, "keep": keep}


def legal(g: Gen, i: int) -> dict:
    (f, sur), (f2, l2) = g.name(), g.name()
    docket = g.r.choice(
        [
            f"{g.r.randint(1, 5)}:{g.r.randint(19, 24)}-cv-{g.r.randint(1000, 9999):05d}",
            f"No. {g.r.randint(19, 24)}-{g.r.randint(1000, 9999)}",
        ]
    )
    cite, case = g.r.choice(CITES), g.r.choice(CASES)
    addr, phone, ssn = (
        g.address(),
        g.phone(),
        f"{g.r.randint(100, 665)}-{g.r.randint(10, 99)}-{g.r.randint(1000, 9999)}",
    )
    email, amount = (
        f"{f[0].lower()}{sur.lower().replace('-', '')}@counsel.test",
        f"${g.r.randint(10, 990)},000",
    )
    pii = [
        ("PERSON", f"{f} {sur}"),
        ("STREET_ADDRESS", addr),
        ("PHONE_NUMBER", phone),
        ("EMAIL_ADDRESS", email),
        ("PERSON", f"{f2} {l2}"),
    ]
    keep = [
        ("CASE_NUMBER", docket),
        ("STATUTE", cite),
        ("CASE_CITATION", case),
        ("MONEY", amount),
        ("COMPANY", "Northwind Freight LLC"),
    ]
    if i % 2 == 0:
        pii.append(("US_SSN", ssn))
        text = (
            f"Re: {f} {sur} v. Northwind Freight LLC, {docket}\n\nDear Counsel:\nOur client, {f} {sur}, brings "
            f"claims under {cite}. Summary judgment is inappropriate under {case} (1986). Plaintiff seeks "
            f"{amount} in damages. Please direct service to her residence at {addr}, or call {phone}. "
            f"Her SSN ({ssn}) appears only in the sealed exhibit.\n\nSincerely,\n{f2} {l2}\n{email}"
        )
    else:
        text = (
            f"MEMORANDUM ORDER in {docket}. Defendant Northwind Freight LLC moves to dismiss; under {case} "
            f"the complaint states a claim under {cite}. The settlement of {amount} is approved. Claimant "
            f"{f} {sur}, of {addr}, shall be notified at {phone} or {email}. Ms. {sur} may appear by video. "
            f"So ordered. Law clerk: {f2} {l2}."
        )
    return {"text": text, "pii": pii, "keep": keep}


def medical(g: Gen, i: int) -> dict:
    (f, sur), (f2, l2) = g.name(), g.name()
    dob, mrn, npi = g.date(1930, 2010), g.digits(g.r.randint(7, 9)), g.npi()
    member = "".join(g.r.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3)) + g.digits(9)
    (icd, dx), cpt, drug = g.r.choice(ICD), g.r.choice(CPT), g.r.choice(DRUGS)
    phone, addr = g.phone(), g.address()
    pii = [
        ("PERSON", f"{f} {sur}"),
        ("DATE_OF_BIRTH", dob),
        ("MEDICAL_RECORD_NUMBER", mrn),
        ("NPI", npi),
        ("HEALTH_PLAN_ID", member),
        ("PHONE_NUMBER", phone),
        ("STREET_ADDRESS", addr),
        ("PERSON", f"{f2} {l2}"),
    ]
    keep = [("ICD10", icd), ("CPT", cpt), ("DRUG_DOSE", drug)]
    if i % 2 == 0:
        text = (
            f"Outpatient progress note\nPt: {f} {sur}   D.O.B. {dob}   MRN {mrn}\nPayer member ID: {member}\n"
            f"Assessment: {dx} ({icd}). Billed CPT {cpt}. Continue {drug} daily.\n"
            f"Referring clinician {f2} {l2}, NPI {npi}. Patient lives at {addr}; callback {phone}."
        )
    else:
        text = (
            f"Prior authorization request. Member ID {member}; patient {f} {sur}, born {dob}, chart number "
            f"{mrn}. Diagnosis code {icd} ({dx}); procedure CPT {cpt}. Requested therapy: {drug}. "
            f"Ordering provider {f2} {l2} (NPI {npi}). Contact the patient at {phone}; home: {addr}."
        )
    return {"text": text, "pii": pii, "keep": keep}


def general(g: Gen, i: int) -> dict:
    (f, sur), (f2, l2) = g.name(), g.name()
    phone, addr, card, fiscal = g.phone(), g.address(), g.card(), g.fiscal()
    pct = f"{g.r.randint(2, 60)}%"
    pii = [
        ("PERSON", f"{f} {sur}"),
        ("PHONE_NUMBER", phone),
        ("STREET_ADDRESS", addr),
        ("PERSON", f"{f2} {l2}"),
    ]
    keep = [("PERCENT", pct), ("FISCAL_DATE", fiscal)]
    if i % 2 == 0:
        pii.append(("CREDIT_CARD", card))
        text = (
            f"Lost and found: a wallet with a card ending in the number {card} was handed in. The owner, "
            f"{f} {sur}, can collect it from {addr} or phone {phone}. Thanks to {f2} {l2} for returning it. "
            f"The library's budget grew {pct} in the year ended {fiscal}."
        )
    else:
        text = (
            f"Neighbourhood newsletter. {f} {sur} has moved into {addr} and says hello; text {phone} to join "
            f"the garden rota. {f2} {l2} will lead the spring clean-up. Turnout rose {pct} in the year ended "
            f"{fiscal}, and the rose beds need volunteers who will bake for the fair."
        )
    return {"text": text, "pii": pii, "keep": keep}


BUILDERS = {"finance": finance, "legal": legal, "medical": medical, "general": general}


def build(seed: int = 20240917, per_domain: int = PER_DOMAIN) -> dict[str, list[dict]]:
    out = {}
    for domain, builder in BUILDERS.items():
        g = Gen(random.Random(f"{seed}-{domain}"))
        rows = []
        for i in range(per_domain):
            doc = builder(g, i)
            rows.append(
                {
                    "id": f"{domain}-{i:04d}",
                    "domain": domain,
                    "text": doc["text"],
                    "pii": [{"type": t, "value": v} for t, v in doc["pii"]],
                    "keep": [{"type": t, "value": v} for t, v in doc["keep"]],
                }
            )
        out[domain] = rows
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--seed", type=int, default=20240917)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for domain, rows in build(args.seed).items():
        with (args.out / f"{domain}.jsonl").open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{args.out / (domain + '.jsonl')}: {len(rows)} documents")


if __name__ == "__main__":
    main()
