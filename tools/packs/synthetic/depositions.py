"""Legal: deposition transcript excerpts, with the witness's and the lawyers' names, the witness's home
address and phone and counsel's contact details planted; the case docket number is planted as public
record that must survive scrubbing."""

from __future__ import annotations

from random import Random

from tools.packs.synthetic import values as v
from tools.packs.synthetic.planting import (
    CASE_NUMBER,
    EMAIL_ADDRESS,
    PERSON,
    PHONE_NUMBER,
    STREET_ADDRESS,
    Plant,
    SyntheticDoc,
)

DISTRICTS = (
    "NORTHERN DISTRICT OF ILLINOIS",
    "SOUTHERN DISTRICT OF OHIO",
    "WESTERN DISTRICT OF WASHINGTON",
    "NORTHERN DISTRICT OF NEW YORK",
    "DISTRICT OF ARIZONA",
    "EASTERN DISTRICT OF NORTH CAROLINA",
)
STATE_COURTS = (
    "IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS",
    "IN THE COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO",
    "IN THE DISTRICT COURT OF TRAVIS COUNTY, TEXAS",
    "IN THE SUPERIOR COURT OF FRESNO COUNTY, CALIFORNIA",
)
PLAINTIFF_COMPANIES = (
    "Harlow Precision Components, Inc.",
    "Tidewater Packaging LLC",
    "Orion Fabrication Corp.",
)
FIRMS = (
    "Whitfield & Crane LLP",
    "Barrow Lindgren PC",
    "Okonjo Sterling LLP",
    "Haskett, Pryor & Vance",
    "Delgado Marsh LLP",
    "Renner Abbott Law Group",
)

# Each kind of case: who gets sued, then question/answer pairs in transcript order ({co} = the defendant).
DEFENDANTS = {
    "supply contract": (
        "Vantage Industrial Supply Co.",
        "Northgate Logistics, Inc.",
        "Alder Creek Foods, Inc.",
    ),
    "employment": ("Northgate Logistics, Inc.", "Alder Creek Foods, Inc.", "Cascade Property Partners, L.P."),
    "product liability": ("Brightwell Appliance Corp.", "Hearthstone Heating Products, Inc."),
    "insurance coverage": ("Meridian Mutual Insurance Company", "Granite State Casualty Co."),
}
# The witness is the plaintiff in person, except in a contract case between companies.
WITNESS_SUES = frozenset({"employment", "product liability", "insurance coverage"})
CASES = {
    "supply contract": [
        (
            "What was your position at the time the supply agreement was signed?",
            "I was the purchasing director. I reported to the chief operating officer.",
        ),
        (
            "Did you negotiate the delivery schedule in Exhibit 4?",
            "I negotiated most of it. The penalty clause came from their side.",
        ),
        (
            "When did you first learn that the March shipment would be late?",
            "About a week before it was due. Their account manager called me.",
        ),
        (
            "Did anyone at {co} tell you the reason for the delay?",
            "They said a subcontractor had lost a production line to a fire.",
        ),
        (
            "Did you send written notice of breach under section 12.2?",
            "Our counsel sent it. I reviewed the letter before it went out.",
        ),
        (
            "Did you look for replacement parts from another vendor?",
            "Yes. We found a partial substitute, but at roughly forty percent above the contract price.",
        ),
        (
            "Is the cover cost you just described included in the damages claimed in this case?",
            "As far as I know, yes. Finance prepared that calculation.",
        ),
        (
            "Were you aware of the force majeure provision when you signed?",
            "I knew there was one. I don't think anyone expected it to matter.",
        ),
    ],
    "employment": [
        ("When did you begin working for {co}?", "In the fall of 2017, as a regional sales associate."),
        ("Who was your direct supervisor in 2022?", "The regional vice president for the Midwest territory."),
        (
            "Did you ever receive a written performance warning?",
            "One, in early 2022. I disagreed with it and said so in writing.",
        ),
        (
            "Did you report the conduct you've described to human resources?",
            "I did, by email, and then again in a meeting in April.",
        ),
        (
            "What happened after the April meeting?",
            "My territory was reassigned about three weeks later, and I lost two of my largest accounts.",
        ),
        (
            "Were you told why your employment was terminated?",
            "I was told it was a restructuring. Nobody else on my team was let go.",
        ),
        (
            "Have you looked for work since your termination?",
            "Yes. I started a new position about eight months later, at a lower base salary.",
        ),
        (
            "Did you sign the separation agreement that was offered to you?",
            "No. I didn't think the release was fair.",
        ),
    ],
    "product liability": [
        (
            "How long had you owned the device before the incident?",
            "A little over two years. We bought it new.",
        ),
        (
            "Did you read the instruction manual when you bought it?",
            "I skimmed it. I read the safety section.",
        ),
        (
            "Had the device ever been repaired or modified?",
            "No, never. It was serviced once under the warranty.",
        ),
        (
            "Describe what you observed on the evening of the incident.",
            "There was a burning smell, then smoke from the back panel, and the breaker tripped.",
        ),
        (
            "Did you keep the device after the incident?",
            "My attorney has it. It was picked up by an evidence technician.",
        ),
        (
            "Did you receive the recall notice that {co} issued?",
            "Not before the incident. I found out about it afterwards, online.",
        ),
        (
            "What medical treatment did you receive?",
            "I was treated for smoke inhalation and a burn on my left hand, and I saw a specialist twice.",
        ),
    ],
    "insurance coverage": [
        (
            "When did you purchase the policy at issue?",
            "We renewed it every year. The policy period in question started in January.",
        ),
        ("Who reported the loss to {co}?", "I did, by phone, the morning after the storm."),
        (
            "Did an adjuster inspect the property?",
            "Yes, about ten days later. He spent maybe forty minutes there.",
        ),
        (
            "Did you receive a written explanation of the denial?",
            "Yes. It cited the flood exclusion, which I don't think applies to roof damage.",
        ),
        (
            "Did you obtain your own estimate of the repair cost?",
            "Two of them, from licensed contractors. Both were over ninety thousand dollars.",
        ),
        (
            "Have the repairs been completed?",
            "Only the emergency tarp and the interior drywall. The roof is still not done.",
        ),
        (
            "Did anyone at {co} ask you for additional documentation?",
            "They asked for photographs and receipts, and I sent everything I had.",
        ),
    ],
}


def transcript(rng: Random, number: int) -> SyntheticDoc:
    plant = Plant()
    ident, home = plant.identifier, v.place(rng)
    witness, examiner, defender, reporter = (v.person(rng) for _ in range(4))
    kind = sorted(CASES)[number % len(CASES)]
    company = rng.choice(DEFENDANTS[kind])
    plaintiff_firm, defense_firm = rng.sample(FIRMS, 2)
    federal = rng.random() < 0.6
    docket = plant.survivor(CASE_NUMBER, v.docket_number(rng, federal))
    plaintiff = (
        ident(PERSON, witness.full.upper())
        if kind in WITNESS_SUES
        else rng.choice(PLAINTIFF_COMPANIES).upper()
    )
    court = f"UNITED STATES DISTRICT COURT\n{rng.choice(DISTRICTS)}" if federal else rng.choice(STATE_COURTS)
    day = v.spoken_date(v.date_between(rng, 2022, 2024))
    # Transcripts name counsel by honorific and surname in capitals: 'MS. OKAFOR: Objection, form.'
    examiner_label = f"{examiner.honorific.upper()} {ident(PERSON, examiner.last.upper())}"
    defender_label = f"{defender.honorific.upper()} {ident(PERSON, defender.last.upper())}"
    firm_place = v.place(rng)

    caption = (
        f"{court}\n\n{plaintiff},\nPlaintiff,\n\nv.\n\n{company.upper()},\nDefendant.\n\n"
        f"{'Civil Action No.' if federal else 'Case No.'} {docket}\n\n"
        f"DEPOSITION OF {ident(PERSON, witness.full.upper())}\n{day}"
    )
    appearances = (
        f"APPEARANCES:\nOn behalf of the Plaintiff: {ident(PERSON, examiner.full)}, Esq., "
        f"{plaintiff_firm}, {firm_place.city}, {firm_place.state}; telephone "
        f"{ident(PHONE_NUMBER, v.phone(rng, firm_place))}; {ident(EMAIL_ADDRESS, v.email(rng, examiner))}\n"
        f"On behalf of the Defendant: {ident(PERSON, defender.full)}, Esq., {defense_firm}; "
        f"{ident(EMAIL_ADDRESS, v.email(rng, defender))}\n"
        f"Reported by: {ident(PERSON, reporter.full)}, Certified Shorthand Reporter"
    )
    swearing = rng.choice(
        (
            f"{witness.full.upper()}, having been first duly sworn, was examined and testified as follows:",
            f"Whereupon, {witness.full.upper()}, called as a witness, having been duly sworn to tell the truth, "
            "testified as follows:",
        )
    )
    opening = [
        f"EXAMINATION BY {examiner_label}:",
        "Q. Good morning. Could you please state your full name for the record?",
        f"A. {ident(PERSON, witness.full)}.",
        "Q. And what is your current home address?",
        f"A. {ident(STREET_ADDRESS, v.street_address(rng, home))}.",
        "Q. Is there a telephone number where you can be reached?",
        f"A. {rng.choice(('My cell phone is', 'Yes,', 'The best number is'))} {ident(PHONE_NUMBER, v.phone(rng, home))}.",
        "Q. Have you ever had your deposition taken before?",
        rng.choice(
            (
                "A. No, this is the first time.",
                "A. Once, about six years ago, in a dispute with a former landlord.",
                "A. Yes, twice, both times as a witness in cases involving my employer.",
            )
        ),
        "Q. You understand that you are under oath, just as if you were testifying in court?",
        "A. I do.",
    ]
    pairs = CASES[kind]
    chosen = sorted(rng.sample(range(len(pairs)), k=rng.randint(4, len(pairs))))
    body: list[str] = []
    for index in chosen:
        question, answer = (part.format(co=company) for part in pairs[index])
        body.append(f"Q. {question}")
        if rng.random() < 0.3:
            body.append(
                f"{defender_label}: Objection, {rng.choice(('form', 'foundation', 'calls for speculation'))}."
            )
            body.append(f"{examiner_label}: You can answer.")
        body.append(f"A. {answer}")
    closing = rng.choice(
        (
            f"{examiner_label}: Let's take a ten-minute break.\n(Whereupon, a short recess was taken.)",
            f"{examiner_label}: I have nothing further at this time.\n{defender_label}: No questions. "
            "We'll read and sign.",
            f"{defender_label}: Counsel, we have been going for about an hour; can we stop here?\n"
            f"{examiner_label}: That's fine. We're off the record.",
        )
    )
    return SyntheticDoc.build(
        f"deposition-{number:04d}",
        [caption, appearances, swearing, "\n".join(opening), "\n".join(body), closing],
        plant,
        family=kind,
    )
