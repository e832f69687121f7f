"""Finance: client onboarding memos from a wealth-management desk, with the client's identity, contact and
funding details planted (name, date of birth, SSN, phone, email, address, bank account, routing, card).

Each memo follows one of FAMILIES house styles: every section is written in that style's wording, as a desk
that uses one memo template writes all its memos. A held-out set can then hold out a style whole, so that no
held-out memo is a re-shuffle of sentences the model trained on (the mix stage finds the families from the
text; the manifest records each memo's)."""

from __future__ import annotations

from random import Random

from tools.packs.synthetic import values as v
from tools.packs.synthetic.planting import (
    ABA_ROUTING_NUMBER,
    CREDIT_CARD,
    DATE_TIME,
    EMAIL_ADDRESS,
    PERSON,
    PHONE_NUMBER,
    STREET_ADDRESS,
    US_BANK_NUMBER,
    US_SSN,
    Plant,
    SyntheticDoc,
)

HEADINGS = (
    "CLIENT ONBOARDING MEMORANDUM",
    "MEMORANDUM: NEW CLIENT ONBOARDING",
    "Private Client Onboarding - Internal Memo",
    "KYC AND ACCOUNT OPENING SUMMARY",
)
TEAMS = (
    "Private Wealth Operations",
    "Client Onboarding Desk",
    "Compliance (KYC/AML)",
    "Brokerage Operations",
)
ROLES = ("Relationship Manager", "Senior Wealth Advisor", "Financial Advisor", "Private Banker")
BANKS = (
    "First Meridian Bank",
    "Harborline Credit Union",
    "Summit National Bank",
    "Prairie Trust Company",
    "Coastal Federal Savings",
    "Keystone Community Bank",
)
OCCUPATIONS = (
    "a retired orthopedic surgeon",
    "a software engineering manager",
    "the owner of a regional HVAC business",
    "a tenured economics professor",
    "a commercial airline pilot",
    "a partner at a mid-sized accounting firm",
    "an independent pharmacist",
    "a recently retired school superintendent",
    "a real-estate developer",
    "a senior product designer",
)
TRIGGERS = (
    "the sale of a family business",
    "receiving a distribution from a parent's estate",
    "a lump-sum pension election",
    "the vesting of a large block of restricted stock units",
    "the sale of a rental property",
    "a rollover from a former employer's 401(k) plan",
)
ID_DOCUMENTS = (
    "a US passport",
    "a state driver's license",
    "a state identification card",
    "a US passport card",
)
OBJECTIVES = (
    "capital preservation with modest growth",
    "long-term growth of capital",
    "a reliable income stream in retirement",
    "funding two children's college education",
    "tax-efficient growth and eventual estate transfer",
)
RISK = ("conservative", "moderately conservative", "moderate", "moderately aggressive", "aggressive")
TAX_TOPICS = (
    "harvesting losses in the taxable account to offset gains realized this year",
    "a partial Roth IRA conversion while the client is in a lower bracket",
    "holding municipal bonds in the taxable account given the client's marginal rate",
    "the wash-sale rule when the transferred positions are rebalanced",
    "qualified charitable distributions once required minimum distributions begin",
)
HOLDINGS = (
    "a concentrated position in a single technology stock",
    "several legacy mutual funds with high expense ratios",
    "a ladder of certificates of deposit maturing over eighteen months",
    "individual corporate bonds with an average duration of six years",
    "an annuity with a surrender schedule that ends next year",
)
SOURCES = (
    "proceeds of the business sale, documented by the closing statement",
    "an inheritance, documented by the executor's letter and estate account statements",
    "accumulated salary and bonus, documented by two years of W-2s and brokerage statements",
    "pension and retirement-plan assets, documented by the plan administrator's rollover letter",
)


FAMILIES = 3
"""House styles: each section below has one wording per style."""


def memo(rng: Random, number: int) -> SyntheticDoc:
    family = number % FAMILIES
    plant = Plant()
    ident, home = plant.identifier, v.place(rng)
    client, advisor, referrer, analyst = (v.person(rng) for _ in range(4))
    name = ident(PERSON, client.full)
    formal = f"{client.honorific} {ident(PERSON, client.last)}"  # later mentions: 'Ms. Okafor'
    dob = ident(DATE_TIME, v.written_date(rng, v.date_between(rng, 1938, 1996)))
    ssn = ident(US_SSN, v.ssn(rng))
    address = ident(STREET_ADDRESS, v.street_address(rng, home))
    phone = ident(PHONE_NUMBER, v.phone(rng, home))
    email = ident(EMAIL_ADDRESS, v.email(rng, client))
    account = ident(US_BANK_NUMBER, v.bank_account(rng))
    routing = ident(ABA_ROUTING_NUMBER, v.routing_number(rng))
    card_value, brand = v.card_number(rng)
    card = ident(CREDIT_CARD, card_value)
    bank = rng.choice(BANKS)
    office_place = v.place(rng)
    office = office_place.city
    meeting = v.spoken_date(v.date_between(rng, 2023, 2024))
    assets = v.money(rng, 400_000, 9_000_000, 25_000)
    deposit = v.money(rng, 50_000, 750_000, 5_000)

    header = (
        f"{rng.choice(HEADINGS)}\n\nTo: {rng.choice(TEAMS)}\n"
        f"From: {ident(PERSON, advisor.full)}, {rng.choice(ROLES)}\n"
        f"Date: {meeting}\nRe: Account opening for {name}"
    )
    intro = (
        (
            f"{name} was referred to the firm by {ident(PERSON, referrer.full)}, an existing client of the "
            f"{office} office, and met with me on {meeting} to discuss consolidating assets now held at two "
            f"other institutions. {formal} is {rng.choice(OCCUPATIONS)} and described the main objective "
            f"as {rng.choice(OBJECTIVES)}.",
            f"This memo records the onboarding of {name}, {rng.choice(OCCUPATIONS)}, who contacted the "
            f"{office} office after {rng.choice(TRIGGERS)}. The relationship is expected to start with "
            f"approximately {assets} in investable assets, with {rng.choice(OBJECTIVES)} as the stated goal.",
            f"I met with {name} on {meeting} to open an individual brokerage account and a rollover IRA. "
            f"Following {rng.choice(TRIGGERS)}, {formal} wants the firm to manage roughly {assets} under a "
            f"discretionary mandate focused on {rng.choice(OBJECTIVES)}.",
        )
    )[family]
    identity = (
        (
            f"Identity was verified in person against {rng.choice(ID_DOCUMENTS)}. Date of birth: {dob}. "
            f"Social Security number: {ssn}. Residential address: {address}.",
            f"{formal} presented {rng.choice(ID_DOCUMENTS)} as primary identification. The date of birth on "
            f"the document ({dob}) matches the application, and the Social Security number supplied, {ssn}, "
            f"returned no mismatch in the CIP check. The residential address on file is {address}.",
            f"For the Customer Identification Program we collected the client's date of birth, {dob}, SSN "
            f"{ssn}, and residential address, {address}, and verified them against {rng.choice(ID_DOCUMENTS)} "
            "and a credit-bureau record. No discrepancies were noted.",
        )
    )[family]
    contact = (
        (
            f"The client prefers to be contacted by phone. Mobile phone: {phone}. Email: {email}. "
            "Statements and trade confirmations are to be delivered electronically.",
            f"Best contact is the mobile phone number {phone}; statements, tax documents and trade "
            f"confirmations should go to {email}. {formal} asked not to be called before 9 a.m.",
            f"{formal} can be reached by phone at {phone} or by email at {email}, and has consented to "
            "electronic delivery of all account documents.",
        )
    )[family]
    funding = (
        (
            f"The account will be funded by an ACH transfer of {deposit} from the client's checking account "
            f"{account} at {bank} (ABA routing number {routing}). Advisory fees will be charged to the "
            f"{brand} card on file, {card}, until the managed account is fully funded.",
            f"Initial funding: a wire of {deposit} from {bank}, routing number {routing}, account number "
            f"{account}. The remaining assets, including {rng.choice(HOLDINGS)}, will arrive by ACATS "
            f"transfer. The client asked that the annual planning fee be billed to {brand} card {card}.",
            f"{formal} will move {deposit} from checking account {account} (routing {routing}, {bank}) this "
            f"week and transfer {rng.choice(HOLDINGS)} in kind next month. For the financial-planning "
            f"retainer we have the client's {brand} card, number {card}, with authorization on file.",
        )
    )[family]
    equities = rng.randrange(30, 80, 5)
    fixed_income = rng.randrange(10, 95 - equities, 5)
    suitability = (
        (
            f"Risk tolerance was assessed as {rng.choice(RISK)} on the questionnaire, with a time horizon of "
            f"{rng.randint(5, 25)} years. We agreed on a target allocation of {equities}% equities, "
            f"{fixed_income}% fixed income and {100 - equities - fixed_income}% cash equivalents, rebalanced "
            f"{rng.choice(('quarterly', 'semi-annually', 'when any sleeve drifts more than five points'))}. "
            f"We also discussed {rng.choice(TAX_TOPICS)}.",
            f"The client reports annual income of about {v.money(rng, 120_000, 900_000, 5_000)} and liquid "
            f"net worth of roughly {assets}, with no need to draw on the portfolio for at least "
            f"{rng.randint(3, 10)} years. The risk profile is {rng.choice(RISK)}. Existing holdings include "
            f"{rng.choice(HOLDINGS)}, which we will reduce gradually to limit realized capital gains; "
            f"we also covered {rng.choice(TAX_TOPICS)}.",
            f"Investment objective: {rng.choice(OBJECTIVES)}. Risk tolerance: {rng.choice(RISK)}. Liquidity "
            f"needs: {v.money(rng, 10_000, 120_000, 5_000)} per year for living expenses. Proposed model: "
            f"{equities}/{100 - equities} equity/fixed income, with the bond sleeve in investment-grade "
            f"corporates and Treasuries of intermediate duration. We reviewed the fee schedule, the "
            f"advisory agreement and {rng.choice(TAX_TOPICS)}.",
        )
    )[family]
    compliance = (
        (
            f"OFAC and PEP screening returned no matches. Source of funds is {rng.choice(SOURCES)}. The "
            "account is rated low risk for AML purposes and no enhanced due diligence is required.",
            f"Adverse-media screening produced one hit on a namesake, reviewed and cleared by "
            f"{ident(PERSON, analyst.full)} in Compliance. Source of wealth: {rng.choice(SOURCES)}. AML risk "
            "rating: medium, owing to the size of the incoming wire; standard monitoring applies.",
            f"Sanctions, PEP and negative-news checks are clear. Source of funds: {rng.choice(SOURCES)}. "
            f"The new-account forms have been routed to {ident(PERSON, analyst.full)} for principal approval.",
        )
    )[family]
    signature = (
        f"{advisor.full}\n{office} office\nDirect line: {ident(PHONE_NUMBER, v.phone(rng, office_place))}"
    )
    return SyntheticDoc.build(
        f"onboarding-{number:04d}",
        [header, intro, identity, contact, funding, suitability, compliance, signature],
        plant,
        family=f"style-{family + 1}",
    )
