"""Values of the holdout PII set that look like personal data and are not: amounts, dates that are no one's
birthday, references, securities, codes, citations, versions, measurements, company names. A scrubber must
leave each of them in place. Every function takes the document's `Draw` and returns (type, value)."""

from __future__ import annotations

import string

from tools.pii_holdout_values import Draw, luhn_complete, not_a_card

COMPANIES = (
    "Nordhavn Logistik ApS", "Brightwater Analytics Inc.", "Vellmar Stahlbau GmbH", "Ostara Biotech AG",
    "Kestrel & Finch LLP", "Tuulivoima Oy", "Banca Collina S.p.A.", "Pampas Agro Ltda.", "Helix Pharma B.V.",
    "Polar Byte AS", "Anadolu Tekstil A.Ş.", "Zielona Energia Sp. z o.o.", "Sierra Verde S.A. de C.V.",
    "Maplewood Dental PC", "Duna Software Kft.", "Ironbridge Capital LLC", "Sakura Denki K.K.",
    "Johnson & Johnson", "Morgan Stanley", "Marks and Spencer", "Procter & Gamble", "Goldman Sachs",
    "Rolls-Royce Holdings", "Novo Nordisk A/S", "Deutsche Telekom AG", "Banco do Brasil S.A.", "L'Oréal",
    "Toyota Motor Corporation", "Samsung Electronics", "HSBC Holdings plc", "Ferrari N.V.", "Air Liquide",
    "Stadtwerke Ulmbach", "Fjordline Cargo", "Harbour Services OÜ", "Lumen Telecom", "Atlantica Seguros",
)  # fmt: skip
REAL_ISINS = (
    "US0378331005", "US5949181045", "JP3633400001", "KR7005930003", "DK0062498333", "IT0003132476",
    "AU000000BHP4", "GB0005405286", "IE00B4BNMY34", "CH0012032048", "FR0000121014", "US88160R1014",
)  # fmt: skip
TICKERS = (
    "NYSE: KO", "TSE: 7203", "LSE: HSBA", "XETRA: DTE", "Nasdaq: NVDA", "B3: PETR4", "KRX: 005930",
    "HKEX: 0700", "SIX: ROG", "Euronext Paris: MC", "OMX: NOVO B", "ASX: BHP", "NYSE: GS", "TSX: SHOP",
)  # fmt: skip
ICD10 = (
    "E11.65", "I48.91", "J18.9", "M17.11", "R51.9", "Z00.00", "C50.912", "G43.909", "S52.501A", "O24.419",
    "K35.80", "F32.A", "L40.0", "N18.3", "E78.5", "J44.1", "H40.11X0", "T78.40XA",
)  # fmt: skip
CITATIONS = (
    "Marbury v. Madison, 5 U.S. 137 (1803)", "Donoghue v Stevenson [1932] AC 562",
    "Miranda v. Arizona, 384 U.S. 436 (1966)", "Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256",
    "Obergefell v. Hodges, 576 U.S. 644 (2015)", "28 U.S.C. § 1332(a)", "Fed. R. Civ. P. 26(b)(1)",
    "Art. 6 ECHR", "[2021] UKSC 5", "2022 ONCA 118", "BVerfGE 65, 1", "Case C-362/14 Schrems",
    "Cass. civ. 1re, 12 juin 2018, n° 17-16.793", "§ 823 Abs. 1 BGB", "Cal. Civ. Code § 1798.100",
    "Palsgraf v. Long Island R.R. Co., 248 N.Y. 339 (1928)",
)  # fmt: skip
AIRLINES = ("LH", "BA", "TK", "AF", "QR", "NH", "KL", "IB", "SK", "AY", "LO", "OS", "LX", "TP", "UA", "AC")
AIRPORTS = ("FRA", "LHR", "IST", "CDG", "DOH", "HND", "AMS", "MAD", "CPH", "HEL", "WAW", "VIE", "ZRH", "LIS",
            "ORD", "YYZ", "GRU", "MEX", "SYD", "ICN", "PEK", "ATH", "OSL", "ARN", "PRG", "BUD")  # fmt: skip
DRUGS = ("metformin", "atorvastatin", "ramipril", "apixaban", "levothyroxine", "amoxicillin", "sertraline",
         "omeprazole", "salbutamol", "prednisolone", "bisoprolol", "insulin glargine")  # fmt: skip


def company(d: Draw) -> tuple[str, str]:
    return "COMPANY", d.pick(COMPANIES)


def money(d: Draw) -> tuple[str, str]:
    whole = int(10 ** d.r.uniform(1, 6))
    cents = d.r.randint(0, 99)
    dot = f"{whole:,}".replace(",", ".")
    space = f"{whole:,}".replace(",", "\u00a0" if d.chance(0.3) else " ")
    return "MONEY", d.pick(
        (
            f"€{dot},{cents:02d}",
            f"{space},{cents:02d} €",
            f"${whole:,}.{cents:02d}",
            f"US$ {whole:,}",
            f"£{whole:,}.{cents:02d}",
            f"¥{whole * 100:,}",
            f"CHF {whole:,}.{cents:02d}".replace(",", "'"),
            f"{space},{cents:02d} zł",
            f"R$ {dot},{cents:02d}",
            f"₹{whole:,}",
            f"{space} Kč",
            f"AED {whole:,}",
            f"SEK {space}",
            f"₺{dot},{cents:02d}",
            f"MXN ${whole:,}.{cents:02d}",
            f"A${whole:,}",
            f"EUR {whole:,}.{cents:02d}",
        )
    )


def other_date(d: Draw) -> tuple[str, str]:
    """A date in the document's own styles that is not a birthday (due, issued, travelled, filed)."""
    return "DATE", d.date(d.r.randint(2016, 2027), d.r.randint(1, 12), d.r.randint(1, 28))


def clock(d: Draw) -> tuple[str, str]:
    h, m = d.r.randint(0, 23), d.pick((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
    return "TIME", d.pick(
        (f"{h:02d}:{m:02d}", f"{(h % 12) or 12}:{m:02d} {'pm' if h >= 12 else 'am'}", f"{h}h{m:02d}")
    )


def reference(d: Draw) -> tuple[str, str]:
    y = d.r.randint(2019, 2026)
    return "REFERENCE", not_a_card(
        d.pick(
            (
                f"INV-{y}-{d.r.randint(1, 99999):05d}",
                f"Rechnung Nr. {y}/{d.r.randint(100, 9999)}",
                f"Facture n° F{y}-{d.r.randint(1, 9999):04d}",
                f"SO-{d.r.randint(100000, 999999)}",
                f"#{d.r.randint(100, 999)}-{d.r.randint(1000000, 9999999)}-{d.r.randint(1000000, 9999999)}",
                f"CLM-{d.r.randint(1000000, 9999999)}",
                f"POL/{d.r.randint(10, 99)}/{d.r.randint(1000000, 9999999)}",
                f"Case #{d.r.randint(10000000, 99999999)}",
                f"RMA {d.r.randint(100000, 999999)}",
                f"Q{y % 100}-{d.r.randint(1000, 9999)}",
            )
        )
    )


def tracking(d: Draw) -> tuple[str, str]:
    return "TRACKING", not_a_card(
        d.pick(
            (
                f"1Z{d.mask('###@@#')}{d.mask('##########')}",
                f"{d.mask('@@')}{d.mask('#########')}DE",
                f"JJD{d.mask('##################')}",
                f"{d.mask('####')} {d.mask('####')} {d.mask('####')}",
                f"00{d.mask('##################')}",
            )
        )
    )


def isin(d: Draw) -> tuple[str, str]:
    if d.chance(0.4):
        return "ISIN", d.pick(REAL_ISINS)
    body = d.pick(("DE", "FR", "NL", "US", "GB", "CH", "SE", "JP", "BR")) + d.mask("#########")
    digits = "".join(str(int(c, 36)) for c in body)
    return "ISIN", body + luhn_complete(digits)[-1]


def ticker(d: Draw) -> tuple[str, str]:
    return "TICKER", d.pick(TICKERS)


def icd10(d: Draw) -> tuple[str, str]:
    return "ICD10", d.pick(ICD10)


def citation(d: Draw) -> tuple[str, str]:
    return "CITATION", d.pick(CITATIONS)


COURTS = {
    "us": ("UNITED STATES DISTRICT COURT", "SUPERIOR COURT OF THE STATE OF CALIFORNIA", "SUPREME COURT OF THE STATE OF NEW YORK"),
    "uk": ("IN THE HIGH COURT OF JUSTICE", "IN THE COUNTY COURT AT MANCHESTER"),
    "de": ("LANDGERICHT", "AMTSGERICHT"),
    "fr": ("TRIBUNAL JUDICIAIRE",),
}  # fmt: skip


def docket(d: Draw, court: str = "") -> tuple[str, str]:
    """A docket number as the court system `court` (a key of COURTS) writes it."""
    y = d.r.randint(2018, 2025)
    court = court or d.pick(sorted(COURTS))
    return "DOCKET", {
        "us": lambda: d.pick(
            (f"Case No. {d.r.randint(1, 4)}:{y % 100}-cv-{d.r.randint(100, 9999):05d}",
             f"Index No. {d.r.randint(100000, 999999)}/{y}")
        ),
        "uk": lambda: f"Claim No. {d.mask('@@#')}{d.mask('@@###')}",
        "de": lambda: f"Az. {d.r.randint(1, 30)} O {d.r.randint(10, 999)}/{y % 100}",
        "fr": lambda: f"RG n° {y % 100}/{d.r.randint(1000, 99999):05d}",
    }[court]()  # fmt: skip


def percent(d: Draw) -> tuple[str, str]:
    a, b = d.r.randint(0, 99), d.r.randint(0, 9)
    return "PERCENT", d.pick((f"{a}.{b}%", f"{a},{b} %", f"+{a % 30}.{b}%", f"-{a % 15},{b}%", f"{a}%"))


def version(d: Draw, kind: str = "") -> tuple[str, str]:
    """A version number: of a release (`semver`), an operating system or firmware (`os`), or either."""
    a, b, c = d.r.randint(0, 19), d.r.randint(0, 40), d.r.randint(0, 200)
    semver = (
        f"v{a}.{b}.{c}",
        f"{a}.{b}.{c}-rc{d.r.randint(1, 4)}",
        f"Python 3.{d.r.randint(8, 13)}.{d.r.randint(0, 12)}",
    )
    system = (
        f"Android {d.r.randint(9, 15)}",
        f"iOS {d.r.randint(14, 18)}.{d.r.randint(0, 6)}.{d.r.randint(1, 3)}",
        f"firmware {a}.{b}.{c}",
        f"build {d.r.randint(19000, 26999)}.{d.r.randint(100, 4999)}",
    )
    return "VERSION", d.pick({"semver": semver, "os": system}.get(kind, semver + system))


def browser(d: Draw) -> tuple[str, str]:
    return "VERSION", d.pick(
        (
            f"Chrome/{d.r.randint(110, 126)}.0.{d.r.randint(5000, 6999)}.{d.r.randint(10, 250)}",
            f"Firefox/{d.r.randint(110, 127)}.0",
            f"Version/{d.r.randint(15, 17)}.{d.r.randint(0, 6)} Safari/605.1.15",
            f"Edg/{d.r.randint(110, 126)}.0.{d.r.randint(1000, 2999)}.{d.r.randint(10, 99)}",
        )
    )


def measure(d: Draw, *kinds: str) -> tuple[str, str]:
    """A measurement of one of `kinds` (keys below), or of any kind."""
    a, b = d.r.randint(1, 999), d.r.randint(0, 9)
    table = {
        "dose": lambda: f"{d.pick((5, 10, 20, 25, 40, 50, 75, 100, 250, 500))} mg",
        "bp": lambda: f"{d.r.randint(100, 160)}/{d.r.randint(60, 100)} mmHg",
        "temp": lambda: f"{d.r.randint(35, 40)}.{b} °C",
        "volume": lambda: f"{a} mL",
        "data": lambda: f"{a % 64}.{b} GB",
        "energy": lambda: f"{a} kWh",
        "distance": lambda: f"{a % 50},{b} km",
        "length": lambda: f"{a % 40 + 1}.{b} m",
        "height": lambda: f"{d.r.randint(4, 6)} ft {d.r.randint(0, 11)} in",
        "weight": lambda: f"{d.r.randint(8, 130)}.{b} kg",
        "bmi": lambda: f"{d.r.randint(18, 40)}.{b} kg/m²",
        "lab": lambda: f"{d.r.randint(5, 12)}.{b} mmol/L",
    }
    return "MEASURE", table[d.pick(kinds or sorted(table))]()


def dose(d: Draw) -> tuple[str, str]:
    return "DOSE", f"{d.pick(DRUGS)} {d.pick((2.5, 5, 10, 20, 40, 50, 100, 500))} mg".replace(".0 ", " ")


def flight(d: Draw) -> tuple[str, str]:
    return "FLIGHT", f"{d.pick(AIRLINES)}{d.pick(('', ' '))}{d.r.randint(1, 2999)}"


def route(d: Draw) -> tuple[str, str]:
    a, b = d.r.sample(AIRPORTS, 2)
    return "ROUTE", f"{a}{d.pick(('-', ' → ', '–'))}{b}"


def booking(d: Draw) -> tuple[str, str]:
    return "BOOKING", "".join(d.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def commit(d: Draw) -> tuple[str, str]:
    return "HASH", "".join(d.pick("0123456789abcdef") for _ in range(d.pick((7, 40))))


def request_id(d: Draw) -> tuple[str, str]:
    return "REQUEST", d.pick(("req_", "txn_", "evt_")) + "".join(
        d.pick(string.ascii_letters + string.digits) for _ in range(16)
    )
