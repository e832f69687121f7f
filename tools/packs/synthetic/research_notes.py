"""Finance: short equity-research notes from a fictional subscription vendor. They carry no personal data;
what matters is their license: the vendor grants non-commercial use only, so a commercial build must leave
them out while a research build may train on them."""

from __future__ import annotations

from random import Random

from tools.packs.synthetic.planting import Plant, SyntheticDoc

VENDOR = "Fernhollow Equity Research"
# Fictional issuers: invented names, no tickers, so no note can be read as a view on a real security.
COMPANIES = (
    ("Aldercrest Components", "industrial automation parts"),
    ("Brackenridge Foods", "packaged foods"),
    ("Cindermoor Energy", "natural-gas midstream"),
    ("Dunmarsh Logistics", "contract logistics"),
    ("Eastwold Semiconductors", "analog chips"),
    ("Fairbourne Insurance", "property and casualty insurance"),
    ("Glenhallow Pharmaceuticals", "generic pharmaceuticals"),
    ("Hollinsworth Retail", "discount retail"),
    ("Ivybridge Software", "enterprise software"),
    ("Juniper Vale Utilities", "regulated electric utilities"),
    ("Kestrel Point Airlines", "regional airlines"),
    ("Larchmont Building Products", "building materials"),
    ("Mossgate Bancorp", "regional banking"),
    ("Northcombe Chemicals", "specialty chemicals"),
    ("Oakhurst Medical Devices", "orthopedic devices"),
    ("Pembrook Telecom", "fiber broadband"),
    ("Quarrybank Metals", "aluminium rolling"),
    ("Rowanfield Hotels", "midscale hotels"),
    ("Saltmarsh Shipping", "dry-bulk shipping"),
    ("Thornleigh Media", "streaming and broadcast media"),
)
RATINGS = ("Buy", "Outperform", "Hold", "Neutral", "Underperform", "Sell")
# (headline verb, the sentence that states the rating): a rating change reads differently from a reiteration.
ACTIONS = (
    ("rating reiterated", "We reiterate our {rating} rating"),
    ("rating maintained", "We maintain our {rating} rating"),
    ("upgraded", "We upgrade the shares to {rating}"),
    ("downgraded", "We downgrade the shares to {rating}"),
    ("coverage initiated", "We initiate coverage with a {rating} rating"),
)
METRICS = (
    ("revenue", "consensus"),
    ("adjusted EBITDA", "our estimate"),
    ("operating margin", "the guided range"),
    ("free cash flow", "our estimate"),
    ("organic sales growth", "the prior quarter"),
    ("earnings per share", "consensus"),
)
DRIVERS = (
    "pricing held up better than volumes",
    "input-cost relief arrived a quarter earlier than management had signalled",
    "a weaker order book in Europe offset strength in North America",
    "mix shifted toward higher-margin aftermarket sales",
    "inventory destocking at large customers appears to be ending",
    "wage inflation continues to absorb most of the productivity gains",
    "the integration of last year's acquisition is running ahead of plan",
    "a one-off warranty charge masked an otherwise clean quarter",
)
RISKS = (
    "a sharper slowdown in end demand",
    "refinancing of the notes maturing next year at higher rates",
    "execution risk on the announced restructuring",
    "customer concentration (the top three accounts are near 40% of sales)",
    "regulatory review of the proposed rate increase",
    "currency translation if the dollar strengthens further",
    "a prolonged labour negotiation at the largest plant",
)
CATALYSTS = (
    "the investor day planned for next quarter",
    "the outcome of the strategic review of the non-core division",
    "contract renewals with two large customers due this year",
    "the start of the new capacity expansion",
    "a possible resumption of the share buyback",
)
VALUATIONS = ("EV/EBITDA", "price/earnings", "discounted cash flow", "price/book", "sum-of-the-parts")
QUARTERS = ("first", "second", "third", "fourth")


def percent(rng: Random, low: float, high: float) -> str:
    return f"{rng.uniform(low, high):.1f}%"


def note(rng: Random, number: int) -> SyntheticDoc:
    company, sector = rng.choice(COMPANIES)
    rating = rng.choice(RATINGS)
    headline, stance = rng.choice(ACTIONS)
    stated = stance.format(rating=rating)
    metric, benchmark = rng.choice(METRICS)
    quarter, year = rng.choice(QUARTERS), rng.randint(2021, 2025)
    target = rng.randrange(18, 240)
    multiple = rng.uniform(6.0, 24.0)
    direction = rng.choice(("above", "below", "in line with"))
    gap = "" if direction == "in line with" else f" by {percent(rng, 0.5, 6.0)}"

    header = f"{VENDOR} | Equity Note | {sector.capitalize()}\n{company}: {rating}, {headline}"
    results = rng.choice(
        (
            f"{company} reported {quarter}-quarter {year} {metric} {direction} {benchmark}{gap}. "
            f"In our view {rng.choice(DRIVERS)}.",
            f"{quarter.capitalize()}-quarter {year} results were mixed: {metric} came in {direction} "
            f"{benchmark}{gap}, and {rng.choice(DRIVERS)}.",
            f"The {quarter}-quarter print showed {metric} {direction} {benchmark}{gap}; management kept its "
            f"full-year {year} guidance, and we think {rng.choice(DRIVERS)}.",
        )
    )
    view = rng.choice(
        (
            f"{stated} with a twelve-month price target of ${target}, based on {multiple:.1f}x forward "
            f"{rng.choice(VALUATIONS)}.",
            f"{stated}. Our ${target} target rests on a {rng.choice(VALUATIONS)} valuation at "
            f"{multiple:.1f}x.",
            f"Rating: {rating}. Price target: ${target} ({rng.choice(VALUATIONS)}, {multiple:.1f}x). We see "
            f"{rng.choice(CATALYSTS)} as the next catalyst.",
        )
    )
    first, second = rng.sample(RISKS, 2)
    risks = f"Key risks: {first} and {second}."
    disclaimer = f"Licensed to subscribers of {VENDOR} for non-commercial use only. Not investment advice."
    return SyntheticDoc.build(
        f"research-note-{number:04d}", [header, results, view, risks, disclaimer], Plant()
    )
