"""Medical: hospital discharge summaries, with the patient's name, MRN, date of birth, address and phone and
the physicians' names planted as identifiers, and ICD-10-CM codes and drug doses planted as clinical
content that a scrubber must leave intact."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from random import Random

from tools.packs.synthetic import values as v
from tools.packs.synthetic.planting import (
    DATE_TIME,
    DRUG_DOSE,
    ICD10_CODE,
    MEDICAL_RECORD_NUMBER,
    PERSON,
    PHONE_NUMBER,
    STREET_ADDRESS,
    Plant,
    SyntheticDoc,
)

HOSPITALS = (
    "St. Brigid Regional Medical Center",
    "Lakeshore University Hospital",
    "Mercy Valley Hospital",
    "Piedmont General Hospital",
    "Riverside Community Hospital",
)

# Care-coordination sentences any admission can end with: prose the summaries share across diagnoses.
COORDINATION = (
    "Medication reconciliation was completed with the clinical pharmacist, and the patient was counseled on "
    "each new medication and its common side effects.",
    "Case management confirmed that the discharge prescriptions are covered by the patient's insurance and "
    "scheduled the first follow-up appointment before discharge.",
    "Physical and occupational therapy evaluated the patient and recommended discharge home without "
    "additional services.",
    "Goals of care were discussed with the patient and family, who agreed with the plan and had their "
    "questions answered.",
    "Nursing reinforced teaching on the warning signs that should prompt a return to the emergency department.",
)
CONDITIONS = (
    "Afebrile for more than 24 hours, tolerating a regular diet, ambulating independently; pain controlled on "
    "oral medication.",
    "Hemodynamically stable, alert and oriented, walking with a rolling walker; cleared by physical therapy "
    "for discharge home.",
    "Vital signs within normal limits on the day of discharge; the patient and family verbalized understanding "
    "of the plan.",
)
INSTRUCTIONS = (
    "Take all medications as listed; the medication list above replaces any previous list. Bring this summary "
    "to every follow-up appointment.",
    "Resume a regular diet as tolerated. Do not drive or operate machinery while taking new medications until "
    "you know how they affect you. Seek emergency care for chest pain, trouble breathing or fainting.",
    "Activity as tolerated, increasing gradually. Keep a written record of blood pressure and weight and bring "
    "it to your clinic visit.",
)
PENDING = (
    "Pending at discharge: final blood culture results; the team will call with any positive result.",
    "Pending at discharge: none.",
    "Pending at discharge: surgical pathology; results will be forwarded to the primary care physician.",
)


@dataclass(frozen=True)
class Medication:
    drug: str
    doses: tuple[str, ...]
    directions: str


@dataclass(frozen=True)
class Scenario:
    principal: tuple[str, str]  # ICD-10-CM code, description
    secondary: tuple[tuple[str, str], ...]
    presentation: tuple[str, ...]  # {age} {sex} filled in
    course: tuple[str, ...]
    medications: tuple[Medication, ...]
    follow_up: str


SCENARIOS = (
    Scenario(
        ("J18.9", "Community-acquired pneumonia, organism unspecified"),
        (
            ("J96.01", "Acute respiratory failure with hypoxia"),
            ("E11.9", "Type 2 diabetes mellitus without complications"),
            ("I10", "Essential hypertension"),
        ),
        (
            "{age}-year-old {sex} presented with four days of productive cough, fever to 39.2 C and pleuritic chest pain. Oxygen saturation was 88% on room air and chest radiograph showed a right lower lobe consolidation.",
            "{age}-year-old {sex} brought in by family for confusion, fever and shortness of breath. White count was 17,400 with a left shift; CT of the chest showed multifocal consolidation without effusion.",
        ),
        (
            "Treated with intravenous ceftriaxone and azithromycin, with supplemental oxygen by nasal cannula that was weaned to room air by hospital day 3. Blood cultures remained negative. Transitioned to oral antibiotics once afebrile for 48 hours.",
            "Required 4 L of oxygen on admission; no need for non-invasive ventilation. Procalcitonin trended down and the patient was ambulating without desaturation before discharge. Glucose was managed with basal-bolus insulin while inpatient.",
        ),
        (
            Medication("amoxicillin-clavulanate", ("875 mg",), "by mouth twice daily for 5 more days"),
            Medication("azithromycin", ("250 mg",), "by mouth daily for 2 more days"),
            Medication("metformin", ("500 mg", "1000 mg"), "by mouth twice daily, resumed"),
            Medication("albuterol inhaler", ("90 mcg",), "2 puffs every 6 hours as needed"),
        ),
        "Repeat chest radiograph in 6 weeks to document resolution.",
    ),
    Scenario(
        ("I50.23", "Acute on chronic systolic (congestive) heart failure"),
        (
            ("I11.0", "Hypertensive heart disease with heart failure"),
            ("N18.9", "Chronic kidney disease, unspecified"),
            ("E78.5", "Hyperlipidemia, unspecified"),
        ),
        (
            "{age}-year-old {sex} with known ischemic cardiomyopathy (ejection fraction 30%) presented with two weeks of progressive dyspnea, orthopnea and a 6 kg weight gain. BNP was 2,140 pg/mL.",
            "{age}-year-old {sex} with heart failure with reduced ejection fraction admitted with bilateral leg edema and dyspnea at rest after running out of diuretics.",
        ),
        (
            "Diuresed with intravenous furosemide with net negative 7.5 L over the admission. Creatinine peaked at 1.9 and returned to a baseline of 1.5. Beta-blocker was continued and an aldosterone antagonist started.",
            "Responded well to IV diuresis; discharge weight 81.2 kg. Echocardiogram unchanged from prior. Heart-failure education completed with dietitian, including a 2 g sodium restriction.",
        ),
        (
            Medication("furosemide", ("40 mg", "80 mg"), "by mouth twice daily"),
            Medication("metoprolol succinate", ("25 mg", "50 mg"), "by mouth once daily"),
            Medication("spironolactone", ("25 mg",), "by mouth once daily"),
            Medication("lisinopril", ("5 mg", "10 mg"), "by mouth once daily"),
        ),
        "Basic metabolic panel in one week; daily weights, call if gain over 1 kg in a day.",
    ),
    Scenario(
        ("I21.4", "Non-ST elevation myocardial infarction"),
        (
            ("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"),
            ("E78.5", "Hyperlipidemia, unspecified"),
            ("I10", "Essential hypertension"),
        ),
        (
            "{age}-year-old {sex} presented with substernal chest pressure radiating to the left arm for two hours. High-sensitivity troponin rose from 48 to 1,210 ng/L; ECG showed lateral ST depressions.",
            "{age}-year-old {sex} with exertional chest tightness for a week, now at rest. Troponin elevated with dynamic T-wave inversions in V4-V6.",
        ),
        (
            "Started on heparin infusion and dual antiplatelet therapy. Cardiac catheterization showed a 90% stenosis of the proximal left circumflex, treated with one drug-eluting stent. Ejection fraction 50% by echocardiogram.",
            "Underwent coronary angiography with placement of two drug-eluting stents to the mid LAD. No arrhythmia on telemetry. Enrolled in cardiac rehabilitation before discharge.",
        ),
        (
            Medication("aspirin", ("81 mg",), "by mouth daily, indefinitely"),
            Medication("clopidogrel", ("75 mg",), "by mouth daily for at least 12 months"),
            Medication("atorvastatin", ("80 mg",), "by mouth nightly"),
            Medication("metoprolol tartrate", ("25 mg", "50 mg"), "by mouth twice daily"),
            Medication(
                "nitroglycerin",
                ("0.4 mg",),
                "sublingually every 5 minutes as needed for chest pain, up to 3 doses",
            ),
        ),
        "Cardiology clinic in 2 weeks; do not interrupt antiplatelet therapy without speaking to cardiology.",
    ),
    Scenario(
        ("E10.10", "Type 1 diabetes mellitus with ketoacidosis without coma"),
        (("E86.0", "Dehydration"), ("E87.6", "Hypokalemia")),
        (
            "{age}-year-old {sex} with type 1 diabetes presented with vomiting, abdominal pain and Kussmaul respirations after missing insulin doses during a viral illness. pH 7.12, bicarbonate 8, anion gap 26.",
            "{age}-year-old {sex} with type 1 diabetes and an insulin pump malfunction presented with polyuria and lethargy; glucose 612 mg/dL and beta-hydroxybutyrate 7.8 mmol/L.",
        ),
        (
            "Managed with the DKA protocol: intravenous fluids, insulin infusion and potassium replacement. The anion gap closed within 14 hours and the patient was transitioned to subcutaneous insulin.",
            "Admitted to the step-down unit for insulin infusion; potassium nadir 3.1, repleted. Seen by diabetes educators for sick-day rules and pump troubleshooting.",
        ),
        (
            Medication("insulin glargine", ("18 units", "22 units", "26 units"), "subcutaneously at bedtime"),
            Medication(
                "insulin lispro", ("4 units", "6 units"), "subcutaneously with meals plus correction scale"
            ),
        ),
        "Endocrinology follow-up in 1 week; check glucose before meals and at bedtime.",
    ),
    Scenario(
        ("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"),
        (("F17.210", "Nicotine dependence, cigarettes, uncomplicated"), ("I10", "Essential hypertension")),
        (
            "{age}-year-old {sex} with COPD (FEV1 42% predicted) and a 50 pack-year smoking history presented with increased sputum purulence and wheezing for three days.",
            "{age}-year-old {sex} with severe COPD on home tiotropium presented with dyspnea and a respiratory acidosis, pCO2 58.",
        ),
        (
            "Treated with nebulized bronchodilators, systemic corticosteroids and doxycycline. Did not require BiPAP. Smoking-cessation counseling provided and nicotine replacement started.",
            "Briefly required BiPAP in the emergency department, then improved on scheduled nebulizers and prednisone. Ambulatory saturation 91% on room air at discharge.",
        ),
        (
            Medication("prednisone", ("40 mg",), "by mouth daily for 3 more days"),
            Medication("doxycycline", ("100 mg",), "by mouth twice daily for 4 more days"),
            Medication("tiotropium", ("18 mcg",), "inhaled once daily"),
            Medication("nicotine patch", ("21 mg",), "applied daily"),
        ),
        "Pulmonary clinic in 4 weeks; pulmonary rehabilitation referral placed.",
    ),
    Scenario(
        ("L03.116", "Cellulitis of left lower limb"),
        (("E11.9", "Type 2 diabetes mellitus without complications"), ("E66.9", "Obesity, unspecified")),
        (
            "{age}-year-old {sex} with type 2 diabetes presented with three days of spreading erythema, warmth and swelling of the left shin, with fever to 38.6 C. No fluctuance on exam.",
            "{age}-year-old {sex} with left leg redness and pain after a minor abrasion while gardening; erythema extended beyond the marked border despite outpatient cephalexin.",
        ),
        (
            "Received intravenous cefazolin with marked improvement of erythema within 48 hours. Ultrasound negative for abscess and for deep-vein thrombosis. Transitioned to oral therapy.",
            "Treated with IV vancomycin and cefazolin pending cultures; MRSA nasal swab negative so vancomycin was stopped. Leg elevation and compression as tolerated.",
        ),
        (
            Medication("cephalexin", ("500 mg",), "by mouth four times daily for 5 more days"),
            Medication("metformin", ("1000 mg",), "by mouth twice daily"),
        ),
        "Primary care in 1 week to check the leg; return for fever or spreading redness.",
    ),
    Scenario(
        ("N17.9", "Acute kidney failure, unspecified"),
        (("E86.0", "Dehydration"), ("I10", "Essential hypertension")),
        (
            "{age}-year-old {sex} presented with poor oral intake after gastroenteritis and a creatinine of 3.4 (baseline 1.0) while taking lisinopril and ibuprofen.",
            "{age}-year-old {sex} found to have creatinine 2.8 on routine labs, with orthostatic hypotension and a recent increase in diuretic dose.",
        ),
        (
            "Lisinopril and NSAIDs held; volume repleted with isotonic fluids. Renal ultrasound without hydronephrosis. Creatinine improved to 1.3 by discharge.",
            "Prerenal picture with fractional excretion of sodium below 1%. Improved with fluids and holding the diuretic; creatinine 1.2 at discharge.",
        ),
        (
            Medication("amlodipine", ("5 mg", "10 mg"), "by mouth daily in place of lisinopril"),
            Medication(
                "acetaminophen", ("500 mg",), "by mouth every 6 hours as needed, instead of ibuprofen"
            ),
        ),
        "Repeat renal function in 5 days; lisinopril to be restarted only if creatinine is back to baseline.",
    ),
    Scenario(
        ("K92.2", "Gastrointestinal hemorrhage, unspecified"),
        (
            ("K25.4", "Chronic or unspecified gastric ulcer with hemorrhage"),
            ("D62", "Acute posthemorrhagic anemia"),
        ),
        (
            "{age}-year-old {sex} taking naproxen for back pain presented with melena and lightheadedness. Hemoglobin 7.1 from a baseline of 12.",
            "{age}-year-old {sex} with two episodes of coffee-ground emesis and black stools; blood urea nitrogen 48, hemoglobin 8.0.",
        ),
        (
            "Transfused 2 units of packed red cells. Upper endoscopy showed a 1 cm clean-based gastric ulcer; biopsies taken for Helicobacter pylori. Hemoglobin stable at 9.4 for 48 hours.",
            "Started on intravenous pantoprazole; endoscopy found a gastric ulcer with a visible vessel, treated with clips and epinephrine injection. No rebleeding.",
        ),
        (
            Medication("pantoprazole", ("40 mg",), "by mouth twice daily for 8 weeks"),
            Medication("ferrous sulfate", ("325 mg",), "by mouth daily"),
        ),
        "Avoid NSAIDs; gastroenterology follow-up with biopsy results; repeat endoscopy in 8 weeks.",
    ),
    Scenario(
        ("I63.9", "Cerebral infarction, unspecified"),
        (("I48.91", "Unspecified atrial fibrillation"), ("I10", "Essential hypertension")),
        (
            "{age}-year-old {sex} presented within two hours of sudden right arm weakness and expressive aphasia; NIH Stroke Scale 6. CT angiography without large-vessel occlusion.",
            "{age}-year-old {sex} with new left facial droop and dysarthria on waking; MRI showed an acute right corona radiata infarct.",
        ),
        (
            "Received intravenous thrombolysis without hemorrhagic complication. Telemetry showed paroxysmal atrial fibrillation. Deficits improved to NIHSS 1; cleared by physical and speech therapy.",
            "Outside the thrombolysis window. Echocardiogram without thrombus; new atrial fibrillation found on telemetry, so anticoagulation started on day 4. Discharged home with outpatient therapy.",
        ),
        (
            Medication("apixaban", ("5 mg",), "by mouth twice daily"),
            Medication("atorvastatin", ("40 mg", "80 mg"), "by mouth nightly"),
        ),
        "Neurology clinic in 4 weeks; no driving until cleared.",
    ),
    Scenario(
        ("A41.9", "Sepsis, unspecified organism"),
        (
            ("N39.0", "Urinary tract infection, site not specified"),
            ("R65.20", "Severe sepsis without septic shock"),
        ),
        (
            "{age}-year-old {sex} from home presented with rigors, dysuria and confusion; lactate 3.6, blood pressure 88/50 responsive to fluids.",
            "{age}-year-old {sex} with fever, flank pain and tachycardia to 124; urinalysis with pyuria and lactate 2.9.",
        ),
        (
            "Treated with 30 mL/kg of crystalloid and ceftriaxone. Urine culture grew pan-sensitive Escherichia coli. Mental status returned to baseline by day 2.",
            "Admitted to the intermediate care unit; no vasopressors required. Blood and urine cultures grew Escherichia coli; antibiotics narrowed accordingly.",
        ),
        (
            Medication("cefpodoxime", ("200 mg",), "by mouth twice daily for 7 more days"),
            Medication("acetaminophen", ("650 mg",), "by mouth every 6 hours as needed for fever"),
        ),
        "Primary care in 1 week; return for fever, confusion or inability to take fluids.",
    ),
)


def summary(rng: Random, number: int) -> SyntheticDoc:
    plant = Plant()
    ident, keep, home = plant.identifier, plant.survivor, v.place(rng)
    patient, attending, pcp = (v.person(rng) for _ in range(3))
    scenario = SCENARIOS[number % len(SCENARIOS)]
    admitted = v.date_between(rng, 2022, 2024)
    discharged = admitted + dt.timedelta(days=rng.randint(2, 8))
    born = v.date_between(rng, 1936, 1990)
    style = rng.randrange(v.DATE_STYLES)  # one record system, one date format
    adm, dis, dob = (
        ident(DATE_TIME, v.written_date(rng, day, style)) for day in (admitted, discharged, born)
    )
    name, mrn = ident(PERSON, patient.full), ident(MEDICAL_RECORD_NUMBER, v.medical_record_number(rng))
    doctor, primary = f"Dr. {ident(PERSON, attending.full)}", f"Dr. {ident(PERSON, pcp.full)}"
    sex = "woman" if patient.honorific == "Ms." else "man"
    age = admitted.year - born.year - ((admitted.month, admitted.day) < (born.month, born.day))

    header = rng.choice(
        (
            f"DISCHARGE SUMMARY\n{rng.choice(HOSPITALS)}\n\nPatient: {name}\nMRN: {mrn}\nDate of birth: {dob}\n"
            f"Admission date: {adm}\nDischarge date: {dis}\nAttending physician: {doctor}\n"
            f"Primary care physician: {primary}",
            f"{rng.choice(HOSPITALS)} - Discharge Summary\n\nName: {name} | Medical record number: {mrn} | "
            f"DOB: {dob}\nAdmitted: {adm} | Discharged: {dis}\nAttending: {doctor} | PCP: {primary}",
        )
    )
    code, description = scenario.principal
    secondary = rng.sample(scenario.secondary, k=rng.randint(1, len(scenario.secondary)))
    diagnoses = "DISCHARGE DIAGNOSES\n" + "\n".join(
        f"{i}. {desc} ({keep(ICD10_CODE, c)})"
        for i, (c, desc) in enumerate([(code, description), *secondary], 1)
    )
    history = "HISTORY OF PRESENT ILLNESS\n" + rng.choice(scenario.presentation).format(age=age, sex=sex)
    course = "HOSPITAL COURSE\n" + " ".join([rng.choice(scenario.course), *rng.sample(COORDINATION, k=2)])
    medications = "DISCHARGE MEDICATIONS\n" + "\n".join(
        f"- {keep(DRUG_DOSE, f'{m.drug} {rng.choice(m.doses)}')} {m.directions}" for m in scenario.medications
    )
    contact = rng.choice(
        (
            f"DISPOSITION\nDischarged home in stable condition. The patient lives at "
            f"{ident(STREET_ADDRESS, v.street_address(rng, home))} with family; best contact phone "
            f"{ident(PHONE_NUMBER, v.phone(rng, home))}.",
            f"DISPOSITION\nHome with home health nursing. Home address: "
            f"{ident(STREET_ADDRESS, v.street_address(rng, home))}. Patient phone: "
            f"{ident(PHONE_NUMBER, v.phone(rng, home))}.",
        )
    )
    condition = f"CONDITION AT DISCHARGE\n{rng.choice(CONDITIONS)}"
    instructions = f"PATIENT INSTRUCTIONS\n{rng.choice(INSTRUCTIONS)} {rng.choice(PENDING)}"
    follow_up = f"FOLLOW-UP\n{scenario.follow_up} See {primary} within {rng.choice((7, 10, 14))} days."
    signature = f"Electronically signed by {doctor} on {dis}."
    return SyntheticDoc.build(
        f"discharge-{number:04d}",
        [
            header,
            diagnoses,
            history,
            course,
            condition,
            medications,
            contact,
            instructions,
            follow_up,
            signature,
        ],
        plant,
        family=scenario.principal[0],
    )
