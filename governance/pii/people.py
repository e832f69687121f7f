"""People: names found by the name tables, by the words around them, and by spaCy.

spaCy's small model misses many names from outside its English news training data, in lower case, or
alone; these recognizers add evidence of their own: the name tables of many locales, the document's own
use of a word in lower case, the labels and phrases that introduce a person ("Patient:", "my name is",
"Dear", "Sincerely,"), and lists of names after a word for a group of people.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from governance.pii.addresses import ADDRESS_NOUNS
from governance.pii.base import (
    COMPANY_FORMS,
    FIRM_ROLES,
    HOSPITAL_WORDS,
    Recognizer,
    header_cell,
    names_an_animal,
    word_trie,
)
from governance.pii.names import (
    CASELESS_LETTERS,
    CASELESS_TOKEN,
    LOWER,
    LOWER_NAME_TOKEN,
    NAME_PARTICLES,
    NAME_TOKEN,
    SCRIPT_LOWER_TOKEN,
    UPPER,
    currency_codes,
    function_phrase,
    given_names_folded,
    is_english_word,
    is_given_name,
    is_listed_place,
    is_name_word,
    is_place_name,
    surnames,
    surnames_folded,
)
from governance.pii.names import SCRIPT_NAME_TOKEN as TABLED_SCRIPT_TOKEN
from governance.pii.phones import PHONE_LABELS, REFERENCE_LABELS

# Titles written before a name ("Mr", "Dr", "Judge"), as the honorific recognizer reads them.
_TITLE_WORDS = "mr mrs ms miss mx dr prof judge justice hon rev sgt det officer nurse".split()
HONORIFIC = rf"(?:{'|'.join(w.capitalize() for w in _TITLE_WORDS)})\.?"


def _script_letters(upper: bool) -> str:
    """Greek and Cyrillic letters of one case: after a label or a closing, a name in these scripts is a name
    as much as one in Latin letters ("Patient: Мария Немирова", "Yours sincerely,\nΙσαάκ Ζάππας")."""
    codes = [*range(0x370, 0x400), *range(0x400, 0x530)]
    return "".join(c for c in map(chr, codes) if c.isalpha() and (c.isupper() if upper else c.islower()))


_SCRIPT_UPPER, _SCRIPT_LOWER = _script_letters(upper=True), _script_letters(upper=False)
SCRIPT_NAME_TOKEN = rf"[{_SCRIPT_UPPER}][{_SCRIPT_LOWER}]+(?:-[{_SCRIPT_UPPER}][{_SCRIPT_LOWER}]+)?"
NAME_WORD = rf"(?:{NAME_TOKEN}|{SCRIPT_NAME_TOKEN}|[A-Z]{{2,}}(?:[-'][A-Z]+)?|[A-Z]\.)"

# Capitalised words that follow a given name without being a surname ("Grant Street", "May Department
# Stores", "Chase Bank", "Jordan River", "Austin Energy"), and words that start no name ("Total Price").
NOT_A_NAME_WORD = {
    *"street st avenue ave road rd drive dr lane ln way place pl court ct boulevard blvd terrace circle".split(),
    *"parkway highway trail square plaza suite apt unit floor room county city state district".split(),
    *"inc corp corporation company co llc llp ltd plc group holdings partners capital fund trust".split(),
    *"bank bancorp financial securities insurance energy health healthcare medical pharma pharmaceuticals".split(),
    *"department university college school hospital clinic center centre institute foundation".split(),
    *"association society council committee board commission office agency authority service services".split(),
    *"act agreement code rule rules report plan program programme project policy fund index".split(),
    *"river lake mountain mount park island beach bay valley airport station church hall tower".split(),
    *"north south east west new old great grand saint fort port upper lower central national federal".split(),
    *"american international united general total net gross annual senior chief vice executive".split(),
    *"january february march april may june july august september october november december".split(),
    *"monday tuesday wednesday thursday friday saturday sunday".split(),
    *"operations desk team division branch staff support memorandum memo client customer patient".split(),
    *"the and or of for to in on at by with from a an as is was be no".split(),
}
# Kinds of legal and business documents: a capitalised word before one names the document ("Grant Deed").
DOCUMENT_KINDS = set("deed lease mortgage contract invoice certificate affidavit warranty quitclaim".split())
# A law is named after its subject and this word ("Landlord and Tenant Act", "Data Protection Act").
DOCUMENT_KINDS |= {"act", "regulation", "ordinance", "statute"}
# spaCy labels that make a capitalised pair a thing rather than a person.
NOT_A_PERSON_LABELS = {"ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
# A word in lower case in running text; not part of an e-mail address or a web address ("rose.price@").
_LOWER_WORD = re.compile(rf"(?<![\w'.@/-])[{LOWER}][{LOWER}'-]*[{LOWER}](?![\w'@/-]|\.\w)")
_SCRIPT_LOWER_WORD = re.compile(rf"(?<![\w'.@/-]){SCRIPT_LOWER_TOKEN}(?![\w'@/-]|\.\w)")
_NAME_OR_INITIAL = re.compile(rf"(?<![\w'.-])(?:{NAME_TOKEN}|{TABLED_SCRIPT_TOKEN}|[A-Z]\.)(?![\w'-])")
# Two words of a script without capitals, one space apart: a given name and a surname when the tables say so.
_CASELESS_PAIR = re.compile(rf"(?<![\w])({CASELESS_TOKEN})[ ]({CASELESS_TOKEN})(?![\w])")
_LATIN_WORD = re.compile(rf"[{UPPER}{LOWER}]")


PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Inside a markup tag: after "<", "</" or "<Tag " with no ">" since ("<Cdtr>", "</Nm>", '<InstdAmt Ccy="EUR">').
_IN_TAG = re.compile(r"</?(?:[A-Za-z][^<>\n]*)?$")


def in_markup_tag(text: str, start: int) -> bool:
    """Whether `start` sits inside an XML or HTML tag and outside its quoted values: a tag or attribute name
    is markup, never a name (an attribute's value may be one: 'contact_name="Ana Lima"')."""
    m = _IN_TAG.search(text, max(0, start - 80), start)
    return m is not None and m.group().count('"') % 2 == 0 and m.group().count("'") % 2 == 0


def spacy_calls_it_a_thing(
    nlp_artifacts, start: int, end: int, things: set[str] = NOT_A_PERSON_LABELS
) -> bool:
    """spaCy tagged an overlapping span as one of `things` (an organisation, place or work), and none as a
    person."""
    doc = getattr(nlp_artifacts, "tokens", None)
    labels = {e.label_ for e in doc.ents if e.start_char < end and start < e.end_char} if doc else set()
    return "PERSON" not in labels and bool(labels & things)


# What stands between two words of one name: a space, or the particles of Dutch, German, Romance and other
# surnames ("Rozemarijn den Herder", "Shanaya de Bruin", "Maria van der Berg").
# A tab parts the cells of a table row, so it never stands inside one name.
_NAME_GAP = re.compile(
    r"[ ](?:(?:van|von|de|den|der|da|das|do|dos|du|di|del|della|te|ten|ter|le|la)[ ]){0,2}"
)


SAINTS = frozenset("São San Santa Santo Saint Sainte Sankt St Ste".split())
_SAINT_BEFORE = re.compile(rf"(?<![\w])(?:{'|'.join(sorted(SAINTS))})\.?[ ]$")


class GivenNameRecognizer(Recognizer):
    """Two to four capitalised words (an initial may sit between, or after a given name a particle: "Marie de
    Bruin") that the name tables and the document itself say are a person: "Casimir Achterberg", "Rose Price",
    "Mary J. Blige".

    Evidence, one point each: the first word is a given name in the tables; the last is a surname in them;
    each word that the document never uses in lower case (a surname is not a common word: "Mbeki" never
    appears as "mbeki", while "Cash Flows" sits beside "cash flows"). At least one table must agree. Three
    points make a person; two do unless spaCy calls the words an organisation or a place ("Morgan Stanley").
    """

    def __init__(self) -> None:
        super().__init__("PERSON", [Pattern("given name", NAME_TOKEN, 0.6)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        family = surnames()
        lower: set[str] | None = None  # the document's lower-case words, collected on first need
        # A message format's keys are no words of a name: "Cdtr Deodete McCune" is "Deodete McCune".
        words = [
            (m.start(), m.end(), m.group())
            for m in _NAME_OR_INITIAL.finditer(text)
            if not markup_key(m.group())
        ]
        out: list[RecognizerResult] = []
        i = 0
        while i < len(words):
            run = [words[i]]
            while (
                i + len(run) < len(words)
                and len(run) < 4
                and _NAME_GAP.fullmatch(text, run[-1][1], words[i + len(run)][0]) is not None
                and words[i + len(run)][2].lower() not in NOT_A_NAME_WORD
            ):
                run.append(words[i + len(run)])
            while run and run[-1][2].endswith("."):  # a name ends on a name, not an initial
                run.pop()
            first, last = (run[0][2], run[-1][2]) if run else ("", "")
            if any(w[2].lower() in INSTITUTION_WORDS for w in run):
                i += len(run)  # "Escuela Primaria Lázaro Cárdenas": a school named after someone is no one
                continue
            if not_a_name_run([w[2] for w in run]) or (run and month_then_day(text, last, run[-1][1])):
                i += 1  # "Meetup Jan 23, 2025": the date of a meetup
                continue
            if run and last.lower() in FORM_LABEL_WORDS and text.startswith(":", run[-1][1]):
                i += len(run)  # "Updated Date:", "Admin Name:": a field's label
                continue
            if len(run) >= 2 and first.lower() not in NOT_A_FIRST_NAME and not first.endswith("."):
                start, end = run[0][0], run[-1][1]
                if names_a_thing(text, start, end):
                    i += len(run)  # "Vehicle: Lada Granta": a thing's name, though "Lada" is a given name
                    continue
                tables = is_given_name(first) + (last in family)
                if last not in family and is_english_word(last) and not last.endswith("."):
                    # A given name before a common noun is a thing: "Summer Festival", "Zara Global Equity".
                    i += 1
                    continue
                if not tables and any(not _LATIN_WORD.match(w[2]) for w in run):
                    i += 1  # Greek, Cyrillic or Armenian words: the tables must know one of them
                    continue
                if lower is None:
                    lower = set(_LOWER_WORD.findall(text)) | set(_SCRIPT_LOWER_WORD.findall(text))
                points = tables + (first.lower() not in lower) + (last.lower() not in lower)
                # Capitalised words that are neither in the tables nor English ("Hyldeburg Jokumsen") are a
                # person too, unless the document uses them in lower case or spaCy calls them a thing.
                if tables:
                    person = points >= 3 or (
                        points == 2 and not spacy_calls_it_a_thing(nlp_artifacts, start, end)
                    )
                else:
                    # spaCy's small model calls most unfamiliar names an organisation, so only its word
                    # that they are a place counts against them here.
                    person = (
                        points == 2
                        and not any(is_english_word(w[2]) for w in run if not w[2].endswith("."))
                        and not spacy_calls_it_a_thing(nlp_artifacts, start, end, PLACE_LABELS)
                    )
                if person and text.count(" ", start, end) >= len(run):
                    # A particle inside ("Shanaya de Bruin") is a name's only after a given name, and never
                    # where spaCy sees a place: "Vila do Conde" and "Póvoa de Varzim" are towns.
                    person = is_given_name(first) and not spacy_calls_it_a_thing(
                        nlp_artifacts, start, end, PLACE_LABELS
                    )
                if person and (
                    first.rstrip(".") in SAINTS
                    or _SAINT_BEFORE.search(text, max(0, start - 8), start)
                    or any(w[2].split("-", 1)[0].rstrip(".") in SAINTS for w in run if "-" in w[2])
                ):
                    # "Ste-Foy", "St-Jérôme", "Saint-Denis" inside the run: a place named for a saint
                    person = False  # "São Domingos de Rana", "San Lorenzo": a place named for a saint
                if person and not is_place_name(text[start:end]) and not in_markup_tag(text, start):
                    out.append(RecognizerResult("PERSON", start, end, 0.6))
                    i += len(run)
                    continue
            i += 1
        for m in _CASELESS_PAIR.finditer(text):
            if is_given_name(m.group(1)) and m.group(2) in family:
                out.append(RecognizerResult("PERSON", m.start(), m.end(), 0.6))
        return out


class TitledNameRecognizer(Recognizer):
    """Names after an honorific, including transcript speaker labels in capitals ("MR. YILMAZ:")."""

    PATTERN = rf"\b(?i:{HONORIFIC})[ \t]+{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}"

    def __init__(self) -> None:
        super().__init__("PERSON", [Pattern("titled name", self.PATTERN, 0.65)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        out = []
        for r in super().analyze(text, entities, nlp_artifacts, regex_flags):
            # Keep the name, not the title, so "Dr. <PERSON_1>" still reads.
            m = re.match(rf"(?i:{HONORIFIC})\s+", text[r.start : r.end])
            start = r.start + (m.end() if m else 0)
            if start < r.end:
                out.append(RecognizerResult(r.entity_type, start, r.end, r.score, r.analysis_explanation))
        return out


# Nouns for the role a person plays in a record, and the verbs that introduce one: the capitalised words
# after them are a name ("patient Will Sorensen", "Claimant Amber Stone", "Reviewed with Mark Lee").
FORM_LABELS = (
    "name patient client customer deponent witness beneficiary insured subscriber guarantor from to cc attn "
    "attending pcp referring pt guest prescriber"
).split() + ["account holder", "emergency contact", "next of kin"]
# The name's label in the languages forms are printed in ("Nom complet:", "Nazwisko i imię:", "Фамилия, имя:").
FOREIGN_NAME_LABELS = [
    *"nom prénom nombre nome naam navn namn nazwisko nimi név vorname nachname имя фамилия".split(),
    *[
        "nom complet",
        "nom et prénom",
        "nombre completo",
        "nome completo",
        "volledige naam",
        "imię i nazwisko",
    ],
    *["nazwisko i imię", "фамилия, имя", "ad soyad", "ονοματεπώνυμο"],
    # Scripts without case and the languages of Asia and Africa ("الاسم الكامل:", "নাম:", "姓名:", "Nama:").
    *"الاسم اسم نام नाम নাম 姓名 名前 이름 nama isim jina".split(),
    *["الاسم الكامل", "nama lengkap"],
]
FORM_LABELS += FOREIGN_NAME_LABELS
PERSON_ROLES = (
    "client customer patient holder cardholder owner claimant plaintiff defendant petitioner respondent "
    "appellant appellee witness deponent beneficiary applicant borrower tenant landlord employee member "
    "subscriber guarantor insured policyholder approver reviewer signatory clerk provider clinician physician "
    "surgeon nurse pharmacist therapist counsel attorney lawyer advisor adviser analyst officer manager agent "
    "broker trustee executor spouse husband wife son daughter mother father guardian caller sender recipient "
    "payee payer resident neighbour neighbor volunteer signer custodian arbitrator secretary representative "
    "lessor lessee driver passenger referee taxpayer sponsor drawer drawee observer supporter baby infant"
).split() + ["account holder", "law clerk", "group leader"]
PERSON_VERBS = (
    "reported prepared signed examined referred reviewed approved witnessed notarized attested interviewed "
    "represented logged handled submitted requested authorized authorised entered ordered seen treated "
    "dictated verified confirmed recorded called contacted"
).split()
TO_VERBS = "routed sent forwarded assigned escalated introduced referred thanks talk spoke speak".split() + [
    "thank you",
    "reach out",
]
WITH_VERBS = "met spoke meeting call conference review".split()
# Titles of respect of the Arab and Muslim world, written before a name as "Mr" is ("Dear Sheikh Bojago",
# "Haji Rahmat").
TITLES_OF_RESPECT = frozenset("sheikh sheikha shaikh haji hajjah sayyid sayed".split())
# Titles and forms of address before a name ("Dr Ana Lima", "Judge Rowan Hunter"): alone, no one's name.
TITLES = TITLES_OF_RESPECT | frozenset(_TITLE_WORDS) | {"dear"}
# Words that open a run of capitalised words without being part of the name after them ("Claimant Amber
# Stone", "Judge Rowan Hunter"): the name starts at the next word.
NOT_A_FIRST_NAME = (
    NOT_A_NAME_WORD
    | set(PERSON_ROLES)
    | TITLES
    # Greetings and thanks before a name in a chat ("Thanks Shira.", "Hi Ana,"): the name starts after them.
    | set("thanks thank hi hey cheers morning evening afternoon welcome bye goodbye sorry ok okay".split())
)
SALUTATIONS = "sincerely regards respectfully".split() + [
    "best regards",
    "kind regards",
    "yours truly",
    "yours faithfully",
    "thank you",
]
# A letter's closing in other languages ("Mit freundlichen Grüßen", "Met vriendelijke groet").
FOREIGN_CLOSINGS = [
    "mit freundlichen grüßen",
    "freundliche grüße",
    "viele grüße",
    "met vriendelijke groet",
    "med vänlig hälsning",
    "venlig hilsen",
    "med vennlig hilsen",
    "cordialement",
    "atentamente",
    "saludos",
    "cordiali saluti",
    "distinti saluti",
    "atenciosamente",
    "pozdrawiam",
    "üdvözlettel",
    "s pozdravem",
    "ystävällisin terveisin",
]
SALUTATIONS += FOREIGN_CLOSINGS
_CLOSING_WORDS = frozenset(w for phrase in FOREIGN_CLOSINGS for w in phrase.split() if len(w) > 3)


# Scripts without capital letters: Hebrew, Arabic, Thai, Georgian, Devanagari, Bengali, kana, Han, Hangul.
_CASELESS = CASELESS_LETTERS
CASELESS_WORD = rf"[{_CASELESS}]+"
_CASELESS_CHAR = re.compile(rf"[{_CASELESS}]")
# In those scripts nothing marks a name but the words around it: a label, a role, a greeting or a closing, a
# verb of handing over ("Patient: 木村 英樹", "Handed to รังสินี by จรรยพร.", "Kind regards,\nრუსუდან ჩადუნელი").
# More labels and phrases of records that a person's name follows, in any case or script ("Reporter:** derek
# von kuhnen", "Subject: Nádege dos Leite", "Approved by AP lead johnsie delgado", "picked up badge for 骆沐").
RECORD_LABELS = [
    "reporter",
    "consignee",
    "subject",
    "lead",
    "guest",
    "dependent",
    "named driver",
    "adjuster",
    "speaker",
    "pt name",
    "profile of",
    "spoke to",
    "spoke with",
    "requested by",
    "approved by",
    "assigned to",
    "signed",
    "partner",
    "badge for",
    "estate of",
    "vendor(s)",
    "name on card",
    "name on the card",
    # Whom a form asks to be told, and a name's part where the form allows several ("Given name(s):").
    "person to inform",
    "person to notify",
    "person to contact",
    "given name",
    "given names",
]
# Words that greet or thank the one named after them, or introduce the speaker ("hi Ντονάτο,", "thanks, סעדיה",
# "this is سعيد البوسعيدي").
GREETINGS = ["hi", "hello", "hey", "thanks", "thank you", "cheers", "this is", "my name is"]
_CASELESS_NAME = re.compile(
    rf"\b(?i:(?:{word_trie(FORM_LABELS + PERSON_ROLES + RECORD_LABELS + GREETINGS)}|custodian of records|contact|backup|pi"
    rf"|signed by|originator|presence of)\b(?:\(s\))?[ \t]*(?:[:,!]|[ \t]*\.{{3,}})?"
    rf"(?:[ \t]*\n)?|dear|(?:handed|passed|given|sent|escalated|assigned|referred|reported)[ \t]+(?:to|by)"
    rf"|by|(?:{word_trie(SALUTATIONS)})[,!]?[ \t]*\n)[ \t]*(?P<name>{CASELESS_WORD}(?:[ ]{CASELESS_WORD}){{0,2}})"
    # Not a label, nor the rest of a longer one ("الكامل" of "الاسم الكامل:", "שם" of "שם מלא:").
    rf"(?![{_CASELESS}]|(?:[ ]{CASELESS_WORD}){{0,3}}[ \t]*:)"
)


# Any word of a name, in any case or script ("charlotte", "Anouk", "Արամազդ", "jean-pierre").
_ANY_CASE_NAME_WORD = r"[^\W\d_][^\W\d_'’ʼ-]*"
# Roles that only ever name one person, read only before a colon ("Informant:", "Pupil:", "Inmate:").
ONE_PERSON_ROLES = (
    "informant decedent deceased pledgor pupil student tutor teacher inmate interpreter translator heir "
    "testator debtor"
).split()
# What a form writes where no name is given; Faker's tables hold "Unknown" as a given name.
_NO_ONE = frozenset("unknown anonymous withheld pending none self same other various vacant redacted".split())
# A role's colon, then one word alone in its field, or a surname and a given name ("Clerk: shaniqua",
# "**Pupil:** Aygöl (born ...", "Tutor: Garipov, Rami"): a name where each word is a given name or no English
# word ("Patient: Unknown" stays).
_ONE_NAME_WORD = rf"{_ANY_CASE_NAME_WORD}(?:-{_ANY_CASE_NAME_WORD})?"
_ROLE_THEN_ONE_WORD = re.compile(
    rf"(?<![\w])(?=[A-Za-z])(?i:{word_trie(PERSON_ROLES + ONE_PERSON_ROLES)})"
    # A duty after the role ("Agent on site:", "Nurse on duty:", "Officer in charge:").
    r"(?:[ ](?i:on|in|of|at)[ ][a-z]{2,10})?(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*"
    rf"(?P<name>{_ONE_NAME_WORD}(?:,[ ]{_ONE_NAME_WORD})?)(?=[ \t]*(?:$|\n|[,;(])|[ \t]{{2}})"
)
# A hand-over between two people: "Handed to charlotte by Anouk.", "passed over to Нина by Мария".
_HANDOVER = re.compile(
    rf"\b(?i:handed|passed|signed|given)[ \t]+(?:over[ \t]+)?to[ \t]+(?P<to>{_ANY_CASE_NAME_WORD}(?:[ ]{_ANY_CASE_NAME_WORD})?)"
    rf"[ \t]+by[ \t]+(?P<by>{_ANY_CASE_NAME_WORD}(?:[ ]{_ANY_CASE_NAME_WORD})?)(?=[ \t]*[.,;\n]|$)"
)
# A patient named right before the record number or birth date in brackets: "S: tara best (MRN 0056843, ...".
_BEFORE_RECORD_NUMBER = re.compile(
    rf"(?:^|(?<=[:\n]))[ \t]*(?P<name>{_ANY_CASE_NAME_WORD}(?:[ ]{_ANY_CASE_NAME_WORD}){{1,2}})[ \t]*"
    r"\((?i:mrn|dob|d\.o\.b|born|nhs|patient id)\b",
    re.MULTILINE,
)


# A name in any case after a label, words one space apart: "Employee: n. walker", "Guest ....... ν. αβραμίδης".
# A word of letters, with hyphens or apostrophes inside ("Harting-Ostwald", "O'neill").
_HYPHENATED = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_ANY_CASE_AFTER_LABEL = re.compile(
    rf"(?<![^\W_])(?P<label>(?i:{word_trie(FORM_LABELS + PERSON_ROLES + RECORD_LABELS + ONE_PERSON_ROLES)}))(?![\w])"
    # A remark in brackets between the label and its colon ("Guardian (under 16): Varto, Zelal").
    r"(?:[ \t]*\([^()\n]{1,20}\)(?=[ \t]*:))?(?:\*\*)?[ \t]*"
    # A surname first and a comma ("MALUAL, BOL", "toussaint, wilfrid").
    # Or a heading in capitals on its own line, the name on the next ("NEXT OF KIN\n  Céleste, Maryse").
    rf"(?P<mark>:|\.{{3,}}|,|(?<=[A-Z])[ \t]*\n)?(?:\*\*)?[ \t]*(?P<name>{_HYPHENATED}\.?,?(?:[ ]{_HYPHENATED}\.?){{1,3}})"
    r"(?![^\W_])"
)
# A speaker's role with the speaker's name in brackets, opening a transcript's line ("AGENT (Nadia): Thanks").
_ROLE_NAMED_IN_BRACKETS = re.compile(
    rf"^[ \t]*(?i:{word_trie(PERSON_ROLES)})[ \t]*\((?P<name>{_ONE_NAME_WORD}(?:[ ]{_ONE_NAME_WORD})?)\)[ \t]*:",
    re.MULTILINE,
)
# A letter signed with the surname first, under its closing ("Yours faithfully,\n\nSiméon, Joëlle").
_SIGNED_SURNAME_FIRST = re.compile(
    rf"(?i:{word_trie(SALUTATIONS)}),?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<name>{_ONE_NAME_WORD},[ ]{_ONE_NAME_WORD})(?=[ \t]*(?:\n|$))"
)
# A relative named by a single word after the kinship noun ("Wife Mbarga helps with the stairs", "his son
# Kwame"): a word that is a given name or no English word.
_KIN_THEN_NAME = re.compile(
    r"(?<![\w])(?i:wife|husband|spouse|son|daughter|mother|father|brother|sister|grandson|granddaughter"
    rf"|grandmother|grandfather|niece|nephew|fiancée?)[ \t]+(?P<name>[{UPPER}][{LOWER}'’-]+(?:[ ][{UPPER}][{LOWER}'’-]+)?)"
    r"(?![\w'’-])"
)
# Labels that are common words too ("pay to IBAN ...", "from Monday"): a name follows them only after a colon.
_BARE_LABEL_WORDS = frozenset(
    "to from cc attn name pt guest subject partner signed".split() + FOREIGN_NAME_LABELS + ONE_PERSON_ROLES
)


def _any_case_name(words: list[str], marked: bool = True) -> int:
    """How many of `words` make a name: initials ("n."), particles and words that the name tables hold or
    English does not, up to the first that fails; 0 unless two or more, ending on a name word, with one in
    the tables or none in English."""
    n = 0
    surname_by_place = False  # a capitalised word after an initial or a given name: a surname
    case = None  # a name is written all in capitals or all in lower case: "Adena Clemons must" ends at "must"
    for w in words:
        initial = len(w) == 2 and w.endswith(".")
        if initial or (w.lower() in NAME_PARTICLES and n > 0):
            n += 1
            continue
        if case is not None and w[0].isupper() != case:
            break
        case = w[0].isupper()
        comma = n == 0 and len(w) > 2 and w.endswith(",")  # a surname written first: "MALUAL, BOL"
        # A full stop after a word ends the sentence, and the name.
        bare = w[:-1] if w.endswith(".") or comma else w
        if bare.lower() in NOT_A_NAME_WORD:
            break
        if not (is_name_word(bare) or not is_english_word(bare)):
            if not _surname_after(words[:n], bare):
                break
            surname_by_place = True
        n += 1
        if bare != w and not comma:
            break
    while n and (
        len(words[n - 1]) == 2 and words[n - 1].endswith(".") or words[n - 1].lower() in NAME_PARTICLES
    ):
        n -= 1
    named = [
        w.rstrip(".,")
        for w in words[:n]
        if not (len(w) == 2 and w.endswith(".")) and w.lower() not in NAME_PARTICLES
    ]
    evidence = surname_by_place or any(map(is_name_word, named)) or not any(map(is_english_word, named))
    if n < 2 or not named or not evidence:
        return 0
    if not marked and not case and not any(map(is_name_word, named)):
        return (
            0  # "Claimant asked payout": lower case without a colon after the role, the tables must know one
        )
    return n


def _surname_after(before: list[str], word: str) -> bool:
    """A capitalised word after a given name of the tables or an initial is a surname, even one that English
    lists (WordNet holds famous people's names: "Konstantinos Shevchenko", "K. Shevchenko")."""
    while before and before[-1].lower() in NAME_PARTICLES:
        before = before[:-1]
    if not before or not word[:1].isupper():
        return False
    last = before[-1]
    return (len(last) == 2 and last.endswith(".") and last[0].isupper()) or is_given_name(last)


def name_like(words: list[str]) -> bool:
    """Words that can be a whole name: each an initial, a particle, a word of the name tables or no English
    word, one at least not an initial; none a structural word ("Clinic", "Street", "Team")."""
    named = False
    for i, w in enumerate(words):
        bare = w.rstrip(".,")
        if len(w) == 2 and w.endswith("."):
            continue
        if not bare or bare.lower() in NOT_A_NAME_WORD or any(c.isdigit() for c in bare):
            return False
        if bare.lower() in NAME_PARTICLES and named:
            continue
        if not (is_name_word(bare) or not is_english_word(bare) or _surname_after(words[:i], bare)):
            return False
        named = True
    return named


def title_case_name(words: list[str]) -> bool:
    """Two or more capitalised words (or initials) of which one at most is an English word outside the name
    tables, and none a structural word: "D. Park", "Bosi Dissing" (not "Acme Clinic", "Main Office")."""
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    bare = [w.rstrip(".,") for w in words]
    if any(b.lower() in NOT_A_NAME_WORD or not b.isalpha() and "-" not in b and "'" not in b for b in bare):
        return False
    english = sum(is_english_word(b) and not is_name_word(b) for b in bare if len(b) > 1)
    return english <= 1 and english < len(bare)


# The display name of an e-mail address, before it in angle brackets ("sylvan frutiger <frutiger.s@...>").
_DISPLAY_NAME = re.compile(
    r"(?P<name>[^\W\d_][^\W\d_'’.-]*(?:[ ][^\W\d_][^\W\d_'’.-]*){0,3})[ ]<[^<>@\s]+@[^<>\s]+>"
)
# A second name joined to a first by "&" or "and" ("Vendor(s): Наслава Андрієнко & Силослава Бабешко").
_AND_NAME = re.compile(
    rf"[ \t]*(?:&|and)[ \t]+(?P<name>{_HYPHENATED}\.?(?:[ ]{_HYPHENATED}\.?){{1,3}})(?![^\W_])"
)


def partner_after(text: str, end: int) -> tuple[int, int] | None:
    """The name joined by "&" or "and" to a person's name that ends at `end`: two words at least, read as
    a name after a label is ("& Dorthe Eggen", "& monte mcclain", "and K. Shevchenko")."""
    m = _AND_NAME.match(text, end)
    if m is None:
        return None
    words = m.group("name").split(" ")
    n = _any_case_name(words)
    return (m.start("name"), m.start("name") + len(" ".join(words[:n]).rstrip("."))) if n else None


# A line of its own: a bullet, then the words on it.
_BULLET = re.compile(r"[ \t]*(?:[•·*-][ \t]+)?")


def addressee(text: str, street_start: int) -> tuple[int, int] | None:
    """The line right above a street address that opens its own line, when it holds a name alone: an address
    block's addressee ("• илья кандауров\n  Парковая 13-я 107", "Private & confidential\nBosi Dissing\n
    Essingen 102")."""
    line_start = text.rfind("\n", 0, street_start) + 1
    if line_start == 0 or text[line_start:street_start].strip():
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    bullet = _BULLET.match(text, above, line_start - 1)
    start = bullet.end() if bullet else above
    end = line_start - 1
    while end > start and text[end - 1] in " \t,":
        end -= 1
    words = text[start:end].split(" ")
    if not 1 <= len(words) <= 4 or end - start > 60 or any(c in "@:|/()&" for c in text[start:end]):
        return None
    if len(words) == 1 and not _CASELESS_CHAR.match(words[0]):
        return None  # one word under a signature is the firm's ("Paul Andreasen\nTurkcell\n8129 Kulhusvej")
    return (start, end) if name_like(words) or title_case_name(words) else None


class LabelledNameRecognizer(Recognizer):
    """A name after a form label ("Name: Mei Haddad", "DEPOSITION OF CAMILLE MENSAH"), after a role noun
    or a "by"/"with" phrase ("patient Will Sorensen", "Reviewed with Mark Lee"), under a letter's closing
    ("Sincerely,\\nMarisol Achterberg") or before "Esq."."""

    LABEL = (
        rf"\b(?i:(?:{word_trie(FORM_LABELS)}|on behalf of the \w+)\s*:"
        rf"|(?:{word_trie(PERSON_VERBS)})[ \t]+(?:by|with|to):?"
        rf"|(?:{word_trie(TO_VERBS)}) to|the firm by|(?:{word_trie(WITH_VERBS)}) with"
        # A role, another after a slash, a number ("Tenant 2:", "Agent/lessor:").
        rf"|(?:{word_trie(PERSON_ROLES)})(?:/(?:{word_trie(PERSON_ROLES)}))?\b(?:[ \t]+\d{{1,2}})?[ \t]*[,:]?"
        rf"(?:[ \t]*\n[ \t]*)?"
        # A role that names one person only before its colon ("Informant: Takoda Iron Shell").
        rf"|(?:{word_trie(ONE_PERSON_ROLES)})[ \t]*:"
        rf"|(?:{word_trie(SALUTATIONS)}),?[ \t]*\n(?:[ \t]*\n)?)"
        r"|\bDEPOSITION OF"
    )
    # Words of one name, one space apart: a wider gap starts the next field ("Heda Ferreira   DOB: ...").
    NAME_RUN = rf"{NAME_WORD}(?:[ ]{NAME_WORD}){{1,3}}"
    PATTERN = rf"(?:{LABEL})[ \t]*(?P<name>{NAME_RUN})|(?P<esq>{NAME_RUN}),?[ \t]+Esq\b"
    # Every alternative starts a word: saying so first lets the regex engine skip most positions.
    _REGEX = re.compile(rf"\b(?=[A-Za-z])(?:{PATTERN})")
    # A label in brackets, as forms printed from a template write it ("[Name] Ana Lima", "[Ordering
    # clinician] OKAFOR Ada"): a role or a name label, perhaps after a word or two.
    _BRACKETED = re.compile(
        rf"\[(?:[A-Za-z]+[ ]){{0,2}}(?i:{word_trie(FORM_LABELS + PERSON_ROLES)})\][ \t]*(?P<name>{NAME_RUN})"
    )

    def __init__(self) -> None:
        super().__init__("PERSON", [Pattern("labelled name", self.PATTERN, 0.65)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        out = []
        for m in self._REGEX.finditer(text):
            group = "name" if m.group("name") else "esq"
            # "Patient Portal Access" is no one: a name stops at the first structural word.
            words = []
            for w in re.finditer(r"\S+", m.group(group)):
                if w.group().lower().rstrip(".") in NOT_A_NAME_WORD:
                    break
                words.append(w)
            while words and words[-1].group().endswith("."):
                words.pop()
            if len(words) < 2 or _english_heading([w.group() for w in words]):
                continue
            # No spaCy veto here: the small model calls many unfamiliar names ORG or GPE, and the label or
            # role noun in front is the evidence.
            start = m.start(group)
            out.append(RecognizerResult("PERSON", start, start + words[-1].end(), 0.65))
        at = 0
        while found := _ANY_CASE_AFTER_LABEL.search(text, at):
            parts = found.group("name").split(" ")
            start = found.start("name")
            marked = found.group("mark") is not None
            heading = marked and "\n" in found.group("mark")
            if not marked and found.group("label").lower() in _BARE_LABEL_WORDS:
                n = 0
            elif (
                heading and text[text.rfind("\n", 0, found.start("label")) + 1 : found.start("label")].strip()
            ):
                n = 0  # a heading stands alone on its line
            else:
                n = _any_case_name(parts, marked=marked)
            if n and _english_heading(parts[:n]):
                n = 0  # "PATIENT ACCOUNT STATEMENT": a heading that opens with a label word
            if n:
                end = start + len(" ".join(parts[:n]).rstrip("."))
                if not any(r.start == start and r.end == end for r in out):  # found by the label already
                    out.append(RecognizerResult("PERSON", start, end, 0.65))
                at = found.end()
            else:  # a label may follow ("Approved by AP lead johnsie delgado"): look again from the first word
                at = start
        if "[" in text:
            for m in self._BRACKETED.finditer(text):
                out.append(RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.65))
        if "@" in text:
            for m in _DISPLAY_NAME.finditer(text):
                if name_like(m.group("name").split(" ")):
                    out.append(RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.65))
        if _CASELESS_CHAR.search(text):  # most texts hold none: one quick scan spares the labelled search
            for m in _CASELESS_NAME.finditer(text):
                out.append(RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.65))
        for m in _ROLE_THEN_ONE_WORD.finditer(text):
            if all(
                w.lower() not in NOT_A_NAME_WORD | _NO_ONE and (is_given_name(w) or not is_english_word(w))
                for w in m.group("name").split(", ")
            ):
                out.append(RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.65))
        for m in _ROLE_NAMED_IN_BRACKETS.finditer(text) if "(" in text else ():
            if all(is_given_name(w) or not is_english_word(w) for w in m.group("name").split()):
                out.append(RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.65))
        for m in _SIGNED_SURNAME_FIRST.finditer(text):
            if all(is_given_name(w) or not is_english_word(w) for w in m.group("name").split(", ")):
                out.append(RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.65))
        for m in _KIN_THEN_NAME.finditer(text):
            if all(
                w.lower() not in NOT_A_NAME_WORD and (is_given_name(w) or not is_english_word(w))
                for w in m.group("name").split()
            ):
                out.append(RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.65))
        for m in _HANDOVER.finditer(text):
            for group in ("to", "by"):
                if all(_name_evidence(w, strong=True) for w in m.group(group).split()):
                    out.append(RecognizerResult("PERSON", m.start(group), m.end(group), 0.65))
        for m in _BEFORE_RECORD_NUMBER.finditer(text):
            name = m.group("name").split()
            if all(_name_evidence(w, strong=True) for w in name) and not all(w.isupper() for w in name):
                out.append(RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.65))
        return out


# A name of one to three words, any case, possibly with an initial: "Siiri", "patricia desrosiers", "Anna M. Kónya".
_NAME_WORDS = rf"(?:{NAME_TOKEN}|{SCRIPT_NAME_TOKEN}|{LOWER_NAME_TOKEN}|[{UPPER}]\.)"
_ANY_WORD = re.compile(rf"(?<![\w'.@/-])(?:{NAME_TOKEN}|{LOWER_NAME_TOKEN})(?![\w'@/-]|\.\w)")
STRONG_INTROS = [
    "my name is",
    "my name's",
    "name's",
    "call me",
    "first name",
    "last name",
    "given name",
    "family name",
    "full name",
    "maiden name",
    "surname",
    "née",
    "nee",
    "forename",
    "given names",
    "first names",
    "forenames",
    "christian name",
    "known as",
    "dear",
    # An estate is named for the one who died ("Estate of A. Garrett, deceased").
    "estate of",
    "the late",
]
# Words after "Dear" that are no one's name.
NOT_ADDRESSED_BY_NAME = {
    *"sir sirs madam madame customer customers client clients colleague colleagues team all friend friends".split(),
    *"member members user users applicant candidate counsel parent parents patient patients reader readers".split(),
    *"valued hiring manager partner partners shareholder shareholders supplier vendor editor editors".split(),
    *"mr mrs ms miss mx dr prof professor judge doctor everyone everybody future".split(),
}
# Words after a name that show it introduces its speaker: "kimi speaking", "it's Sill here".
_SPEAKER_AFTER = re.compile(r"[ \t]*,?[ \t]+(?:here|speaking|calling)\b", re.IGNORECASE)
WEAK_INTROS = [
    "i'm",
    "i am",
    "im",
    "this is",
    "it's",
    "it is",
    "hi",
    "hello",
    "hey",
    "thanks",
    "thank you",
    "cheers",
    "from",
    "attn",
    "attention",
    "ask for",
    "speak to",
    "congrats",
    "congratulations",
    "shoutout to",
    "shout out to",
    "thanks to",
    "welcome",
    "goodbye",
    "bye",
]
_INTRO = re.compile(
    rf"\b(?i:(?P<strong>{word_trie(STRONG_INTROS)})|(?P<weak>{word_trie(WEAK_INTROS)}))\b(?:\(s\))?[ \t]*+[:,-]?[ \t]*+"
    # A form's blank line before the name ("Surname ______ Merrill ______").
    r"(?:_{2,}[ \t]*)?"
    # Name words one space apart: a wider gap ends the field ("Surname: Due   Given name: Eringisl").
    rf"(?P<name>{_NAME_WORDS}(?:[ ]{_NAME_WORDS}){{0,2}})"
)


def _name_evidence(word: str, strong: bool) -> bool:
    """Whether `word`, after an introduction, reads as (part of) a name. After a strong introduction ("my
    name is", "Last name:", "Dear") any capitalised word and any lower-case word that is a name or not an
    English word counts; after a weak one ("hi", "this is") the word must be a name and not English."""
    if word.endswith(".") or word.lower() in NOT_A_NAME_WORD | NOT_ADDRESSED_BY_NAME | TITLES_OF_RESPECT:
        return False
    if word[0].isupper():
        return strong or is_given_name(word) or (is_name_word(word) and not is_english_word(word))
    if strong:
        return is_name_word(word) or not is_english_word(word)
    return is_name_word(word) and not is_english_word(word)


# Greetings, thanks and self-introductions: the words after them that close the clause are the one greeted
# or introduced when they read as a name ("Hi Ello, your refill", "thanks, Kwamina", "this is yaw
# aboikoni-dagoe."), though no table holds them.
# ("my name is" among the greetings is a strong introduction and never reaches this test).
_GREETING_INTROS = frozenset([*GREETINGS, "i'm", "i am"])
_CLAUSE_END = re.compile(r"[ \t]*(?:[,!.?(]|\n|$)")


def _greeted_name(text: str, start: int, words: list[str]) -> int:
    """How many of `words` (starting at `start`) make the name after a greeting: the longest run that ends
    its clause, all of it name words or no English, one word at least no English; 0 if none."""
    for k in range(len(words), 0, -1):
        run = words[:k]
        end = start + len(" ".join(run))
        if (
            _CLAUSE_END.match(text, end)
            and all(
                not w.endswith(".")
                and w.lower() not in NOT_A_NAME_WORD | NOT_ADDRESSED_BY_NAME
                and (is_name_word(w) or not is_english_word(w))
                for w in run
            )
            and any(not is_english_word(w) for w in run)
        ):
            return k
    return 0


class IntroducedNameRecognizer(Recognizer):
    """A name after the words that introduce one: "My name is Siiri", "last name: desrosiers", "Dear Aino,",
    "hi, this is patricia desrosiers". After "my name is" or a name label any unfamiliar capitalised word
    counts; after "hi" or "this is" the word must be in the name tables and not an English word (or be a
    given name in title case), so "Dear Sir" and "this is great" stay."""

    def __init__(self) -> None:
        super().__init__("PERSON", [Pattern("introduced name", _INTRO.pattern, 0.6)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        out = []
        at = 0
        while m := _INTRO.search(text, at):
            # An introduction may open another ("hi it's Aidan"): after a failed one, look again from its
            # first word, not past it.
            at = m.end()
            name_start = m.start("name")
            words = list(re.finditer(r"\S+", m.group("name")))
            if len(words) > 1 and words[0].group().lower() in TITLES_OF_RESPECT:
                name_start += words[1].start()  # "Dear Sheikh Bojago": the name starts after the title
                words = list(re.finditer(r"\S+", text[name_start : m.end("name")]))
            strong = (
                m.group("strong") is not None
                or _SPEAKER_AFTER.match(text, m.start("name") + words[-1].end()) is not None
            )
            if not strong and len(words) > 1:  # "kimi speaking": the cue follows the first word only
                strong = _SPEAKER_AFTER.match(text, m.start("name") + words[0].end()) is not None
            if (
                not words
                or not _name_evidence(words[0].group(), strong)
                or month_then_day(text, words[0].group(), m.start("name") + words[0].end())
            ):
                greeting = (m.group("weak") or "").lower() in _GREETING_INTROS
                if greeting and (k := _greeted_name(text, name_start, [w.group() for w in words])):
                    start = name_start
                    out.append(RecognizerResult("PERSON", start, start + words[k - 1].end(), 0.6))
                    continue
                at = name_start
                continue
            last = words[0]
            for w in words[1:]:
                if w.group().lower() in NOT_A_NAME_WORD or not (
                    _name_evidence(w.group(), strong) or re.fullmatch(rf"[{UPPER}]\.", w.group())
                ):
                    break
                last = w
            start = name_start
            out.append(RecognizerResult("PERSON", start, start + last.end(), 0.6))
        return out


_LOWER_WORD_RE = re.compile(rf"(?<![\w'.@/-])(?:{LOWER_NAME_TOKEN}|{SCRIPT_LOWER_TOKEN})(?![\w'@/-]|\.\w)")
PARTICLES = {
    "de",
    "da",
    "do",
    "dos",
    "das",
    "del",
    "della",
    "di",
    "van",
    "von",
    "der",
    "den",
    "le",
    "la",
    "bin",
    "al",
    "el",
    "ter",
}


class LowerCaseNameRecognizer(Recognizer):
    """A given name and a surname written in lower case ("patricia desrosiers", "maria da silva"): both in the
    name tables, and not both English words ("will young" is a sentence, "siiri jokela" a person)."""

    def __init__(self) -> None:
        super().__init__("PERSON", [Pattern("lower-case name", LOWER_NAME_TOKEN, 0.6)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        given, family = given_names_folded(), surnames_folded()
        words = [(m.start(), m.end(), m.group()) for m in _LOWER_WORD_RE.finditer(text)]
        out = []
        i = 0
        while i < len(words) - 1:
            s, e, first = words[i]
            j = i + 1
            while (
                j < len(words) - 1 and words[j][2] in PARTICLES and text[words[j - 1][1] : words[j][0]] == " "
            ):
                j += 1
            _, e2, last = words[j]
            if (
                text[words[j - 1][1] : words[j][0]] == " "
                and first.casefold() in given
                and last.casefold() in family
                and first not in NOT_A_NAME_WORD
                and last not in NOT_A_NAME_WORD
                and not (is_english_word(first) and is_english_word(last))
            ):
                out.append(RecognizerResult("PERSON", s, e2, 0.6))
                i = j + 1
                continue
            i += 1
        if "@" in text:
            out += _mailed_lower_names(text)
        return out


# A field's value in lower case: two to four words (an initial may open them), alone in a field: at a line's
# start, after a colon, a bar, a tab, a bracket or a column gap, and up to the field's end.
_LOWER_FIELD = re.compile(
    rf"(?:^|(?<=[:|\t\]])|(?<=[ ]{{2}}))[ ]{{0,12}}"
    rf"(?P<v>(?:[{LOWER}]\.[ ])?[{LOWER}][{LOWER}'-]{{1,30}}(?:[ ][{LOWER}][{LOWER}'-]{{0,30}}){{1,3}})"
    r"(?=[ \t]*(?:$|[|\t,]|[ ]{2}))",
    re.MULTILINE,
)
_LOCAL_PART = re.compile(r"(?<![\w.+-])[\w.+-]{2,64}(?=@[\w-])")


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _mailed_lower_names(text: str) -> list[RecognizerResult]:
    """A lower-case field value that the document's own e-mail addresses spell ("le moal maiwenn" beside
    "maiwenn.lemoal@..."): people write their address from their name, so a word of the value (four letters
    or more, accents dropped) that is a part of a local part, or that one begins, names the owner. Not English
    words all ("closed by agent")."""
    locals_ = [_plain(m.group()) for m in _LOCAL_PART.finditer(text)]
    if not locals_:
        return []
    parts = {p for local in locals_ for p in re.split(r"[._+\-\d]+", local) if len(p) >= 4}
    # Looked up, not scanned: a document of many addresses and many fields must not cost their product.
    part_prefixes = {q[:k] for q in parts for k in range(1, len(q) + 1)}
    joined = "\0".join({re.sub(r"[._+\-\d]+", "", local) for local in locals_})
    out = []
    for m in _LOWER_FIELD.finditer(text):
        words = re.findall(rf"[{LOWER}][{LOWER}'-]*", m.group("v"))
        if all(is_english_word(w) for w in words if len(w) > 1):
            continue
        plain = [_plain(p) for w in words for p in w.split("-") if len(p) >= 4 and not is_english_word(p)]
        plain += [
            p for a, b in zip(words, words[1:], strict=False) if len(p := _plain(a + b)) >= 5
        ]  # "legoff@"
        if any(p in part_prefixes or any(p[:k] in parts for k in range(4, len(p))) for p in plain) or any(
            len(p) >= 5 and p in joined for p in plain
        ):
            out.append(RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6))
    return out


GROUP_NOUNS = (
    "founders co-founders cofounders partners attendees present members authors witnesses directors participants "
    "guests speakers panelists panellists team cc bcc owners shareholders heirs children siblings parents employees "
    "staff plaintiffs defendants trustees executors beneficiaries contacts recipients invitees signatories "
    "guarantors tenants applicants candidates nominees officers volunteers researchers investigators doctors "
    "nurses physicians lawyers attorneys moderators hosts organisers organizers chairs panel panellists"
).split() + [
    "on the line",
    "signed by",
    "written by",
    "prepared by",
    "reviewed by",
    "approved by",
    "together with",
]
_ITEM = rf"{NAME_TOKEN}(?:[ \t]+(?:{NAME_TOKEN}|[{UPPER}]\.)){{0,2}}"
_LIST = re.compile(rf"(?P<item>{_ITEM})(?:(?:,[ \t]*(?:and[ \t]+|&[ \t]*)?|[ \t]+(?:and|&)[ \t]+){_ITEM})+")
_GROUP_BEFORE = re.compile(rf"\b(?i:{word_trie(GROUP_NOUNS)})\b[^.\n]{{0,12}}$")


class NameListRecognizer(Recognizer):
    """Names in a list after a word for a group of people ("founders: Kónya, Becker and Vasquez",
    "Attendees: Rossi, Anna Berg and Ito"): each item that has a word from the name tables, or no English
    word, is a person. Without such a word before it, a list counts only when every item is in the tables
    and none is an English word."""

    def __init__(self) -> None:
        super().__init__("PERSON", [Pattern("name list", _LIST.pattern, 0.6)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        out = []
        for m in _LIST.finditer(text):
            items = list(re.finditer(_ITEM, m.group()))
            grouped = _GROUP_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
            found = []
            for it in items:
                words = it.group().split()
                if any(w.lower() in NOT_A_NAME_WORD for w in words):
                    continue
                named = any(is_name_word(w) for w in words)
                foreign = not any(is_english_word(w) for w in words if not w.endswith("."))
                if (grouped and (named or foreign)) or (named and foreign):
                    found.append((m.start() + it.start(), m.start() + it.end()))
            if len(found) >= 2 and (grouped or len(found) == len(items)):
                # Without a group word, spaCy calling every item a place or an organisation settles it.
                if not grouped and all(spacy_calls_it_a_thing(nlp_artifacts, s, e) for s, e in found):
                    continue
                out += [RecognizerResult("PERSON", s, e, 0.6) for s, e in found]
        return out


# Words that label a field of a form, a letterhead or a table: never a person on their own.
FIELD_LABELS = frozenset(
    {w for label in PHONE_LABELS + REFERENCE_LABELS for w in label.split()}
    | set(
        "ph tel tél tlf tfn puh mob cel gsm fax faks numer nr no vat az box iban bic swift email e-mail".split()
    )
    | set("mail web www fon tax ust tva iva nip cif nif kvk reg ust-id ust-idnr dob ssn".split())
)
# Parties a document names by their role, alone: "In re: Ana Lima, Debtor.", ":59: BENEFICIARY". spaCy's
# small model takes the capitalised role for a name now and then; alone, it is none.
PARTY_ROLES = frozenset(
    PERSON_ROLES
    + "debtor debtors creditor creditors lessee lessor mortgagor mortgagee assignor assignee grantor grantee "
    "obligor obligee consignor consignee shipper endorser licensor licensee settlor testator "
    "decedent principal carer caregiver juror jurors server admin administrator registrant registrar buyer "
    "seller vendor purchaser bidder".split()
    # A parent labelling a birth notice's field ("Madre: G. Fantuzzi", "Ibu: F. Dunggi").
    + "madre padre mère père mutter vater mãe pai ibu ayah moeder vader".split()
)
# The words a form labels a person's name, birth date or address with, in the languages forms are printed
# in ("[Nom et prénom]", "Дата рождения:", "Naam:"): a span of these words alone is a label, not a name.
FORM_LABEL_WORDS = frozenset(
    [label for label in FOREIGN_NAME_LABELS if " " not in label]
    + "prenom cognome apellido apellidos voornaam achternaam fornavn efternavn etternavn förnamn efternamn imię imie "
    "sukunimi familienname отчество ім'я прізвище по-батькові όνομα επώνυμο ad soyad emri mbiemri ime prezime "
    "дата datum fecha data date datę ημερομηνία tarih päivämäärä dátum "
    # Address words forms print that the address labels (ADDRESS_NOUNS, below) do not hold.
    "adresa morada endereco адреса domicilio wohnort "
    # "birth" of a birth-date label ("Дата народження", "Date de naissance", "Data urodzenia").
    "рождения народження рођења раждане urodzenia narození narodenia rođenja rojstva nașterii naissance "
    "nacimiento nascimento nascita naixement nacemento gimimo dzimšanas doğum születési geboorte "
    # A form's own words for the name and a contact ("Admin Name:", "Courriel:", "Licence").
    "name names surname forename courriel licence license "
    # A signature's label ("Firma:", "Assinatura:", "Unterschrift:").
    "signature firma assinatura unterschrift handtekening podpis".split()
    # Arabic words of the labels of a name, a number, a file, a licence, a phone, a birth date ("الاسم الكامل",
    # "رقم الملف الطبي", "رخصة القيادة").
    + "الكامل رقم الملف الطبي السجل رخصة القيادة الهاتف تاريخ الميلاد".split()
    # An address's labels, in the languages and scripts forms print them ("Domiciliu:", "ঠিকানা:").
    + [noun for noun in ADDRESS_NOUNS if " " not in noun]
)
# Small words that join a label's words ("Date de naissance", "Дата на раждане").
_LABEL_JOINERS = frozenset("de di da du of на".split())
# A field label at the start of a line that names a role by its ending ("Referrer:", "Prescriber:").
_ROLE_LABEL = re.compile(r"(?:^|\n)[ \t]*$")
_ROLE_ENDING = re.compile(r"(?i:er|or|ee|ant|ent|ist|ary|ian)$")
_AFTER_WORD = re.compile(rf"[ \t]+([{LOWER}]+)")
# Days and months, written out or cut short: "Mon Jan" of a git log's "Date: Mon Jan 13 06:31:37 2024".
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)
# Courts and institutions that spaCy's small model takes for people ("TRIBUNAL JUDICIAIRE").
INSTITUTION_WORDS = frozenset(
    "tribunal tribunale judiciaire cour court gericht amtsgericht landgericht juzgado audiencia hof rechtbank "
    "ministry ministerio ministère ministerium agency agence bank banco banque university universität "
    "universidad université".split()
    # Hospitals and clinics, in the languages their names are written in ("Klinikum Kirchberg", "Hôpital
    # Central"): spaCy and the name tables take the place's name for a person's.
    + [w.lower() for w in HOSPITAL_WORDS]
    # Businesses that lodge, trade or let ("Druk Orchid Hotels", "Malabar Coast Traders").
    + "hotel hotels resort resorts motel traders trading realty".split()
    # Makers and sellers ("Assal Salt Works", "Sahel Shea Cooperative", "Baikal Nomad Tours").
    + "cooperative co-operative collective guild tours exports imports rental rentals bakery atelier works "
    "workshop crafts".split()
    # Money changers, internet cafés and garages ("Amal Express", "Star Internet Café", "Bosch Car Service").
    + "exchange express café cafe internet cyber service services garage motors".split()
    # Schools, in the languages their names are written in ("Escuela Primaria Benito Juárez", "Lycée Ibn Sina").
    + "school escuela primaria secundaria lycée collège grundschule gymnasium colegio liceo academy".split()
    # Courts of first instance and their registries ("Juzgado Primero de Primera Instancia", "Tribunalul
    # Brașov", "Judecătoria Sibiu") and districts that issue licences ("Landkreis Cloppenburg").
    + "instancia tribunalul judecătoria landkreis dispensary policlinico".split()
    # Studios, cabs, radio stations, dairies, lenders, houses of worship, institutes and works, in the
    # languages their names are written in ("Lumière Studio", "Sligo Cabs", "Tanda Kredit", "Vihara Dharma
    # Karo", "Cementos Argos", "Oshima Shimbun"). Words that are surnames too ("Chapel", "Temple", "Church",
    # "Mercado") or name streets ("Phidim Bazaar", "Jl. Pasar Baru") are left out.
    + "studio studios foto photo photography cabs taxi taxis radio dairy kredit masjid mosque vihara pagoda "
    "istituto instituto institute cooperativa cementos trasporti shimbun reciclaje salon".split()
    # Airports, choirs and locksmiths ("Tribhuvan Airport", "Coro Polifonico", "Schlüsseldienst Veedel").
    + "airport flughafen aeropuerto aéroport aeroporto choir chor chœur coro kör locksmith schlüsseldienst "
    "slotenmaker".split()
)


def not_a_name_run(words: list[str]) -> bool:
    """Words that together are no one's name: days and months ("Thu Jan"), a field label with its number
    word ("Rechnung Nr"), an institution ("TRIBUNAL JUDICIAIRE")."""
    bare = [w.lower().rstrip(".") for w in words]
    return bool(bare) and (
        all(w in CALENDAR_WORDS for w in bare)
        or (
            len(bare) > 1
            and bare[0] in FIELD_LABELS
            and bare[-1] in {"nr", "no", "num", "number", "n°", "nº"}
        )
        or any(w in INSTITUTION_WORDS for w in bare)
    )


# Markup and code: a name holds none of these ("standalone='yes", "user_id").
_NOT_IN_A_NAME = re.compile(r"[=_<>@{}\[\]|]|'[a-z]+$")
# What follows a word that labels a field or names a thing: a colon, after at most a few lower-case words
# ("Salary:", "Salary account:", "Postcode and town:"), a lower-case word and a figure ("Statement date 9.6.2023",
# "Next appt 2025-01-10"), or a number, a version or a code, after an abbreviation's full stop too ("Android
# 11", "HTTP/1.1", "Std A2.2", "Matric. BR/24/8465").
_FIELD_OR_THING_AFTER = re.compile(
    r"(?:[ \t]+[a-z]+){0,3}[ \t]*(?::|(?<=[a-z])[ \t]+\d)|\.?/?[ \t]?(?:[A-Z]{1,3}[/-]?)?\d"
)
# An attribute or key name ('standalone="yes"', "date=") or an address block's label ("Bill to:").
_KEY_OR_LABEL_AFTER = re.compile(r"[ \t]*=|[ \t]+to[ \t]*:")
# A company's registered form and a comma before a span that ends its line or clause: the town of its seat.
_AFTER_COMPANY = re.compile(rf"(?<![\w])(?:{COMPANY_FORMS})\.?,[ \t]*$")
_LINE_OR_CLAUSE_END = re.compile(r"[ \t]*(?:[\n,;]|$)")
_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|around|outside|across|toward|towards|via)[ \t]+$", re.IGNORECASE)
# Labels of a place: the one word after them is a town, whatever the name tables say ("Seat: Lyon", "site
# Porto", "depot Bergen", "city: Nagoya", "County/District of Cork").
_PLACE_LABEL_BEFORE = re.compile(
    r"\b(?i:city|town|seat|site|depot|venue|branch|municipality|county|district|region|province|(?:county|district"
    r"|region|province|state)[ \t]+of)[ \t]*:?[ \t]+$"
)
# The start of a line, a sentence, or an item of a numbered, bulleted or ticked list ("[4] Daytime tel",
# "3. Meetup", "[x] Tattoos or permanent make-up", "☐ Pregnant").
_LINE_OR_SENTENCE_START = re.compile(
    r"(?:^|\n|[.!?][ \t])[ \t]*(?:(?:\[\d{1,3}\]|\[[ xX✓✔]?\]|\d{1,3}[.)]|[-•*☐☑☒□■✓✔])[ \t]+)?$"
    # Or a column's start in a form laid out by runs of spaces ("Rosalia R. Cruz   Settlement a/c ...").
    r"|[^\s][ ]{2,}$|\t$"
)
# A key glued to its value by a colon ("BEGIN:VEVENT"), a word after "#" ("#LOAN"): markup and references.
_GLUED_KEY_BEFORE = re.compile(r"(?:\w:|#)$")
# Public agencies named by one word with the ending their language gives agencies ("Færdselsstyrelsen",
# "Transportstyrelsen", "Vegdirektoratet", "Skatteverket", "Motorizzazione").
_AGENCY_ENDING = re.compile(
    r"(?i:styrelse[n]?|verket|direktorat(?:et)?|myndighet(?:en)?|tilsyn(?:et)?|etaten|virasto|motorizzazione"
    r"|ministerie|behörde|amt)$"
)


_VOWELS = frozenset("aeiouyw" + "àáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěīĭįıōŏőœūŭůűų")
# Where a word's case turns from lower to upper ("CdtrAgt", "CreDtTm"): the joints of a camel-case key.
_CAMEL_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z])")


# Prefixes of surnames written with a capital inside ("McCurtain", "DeShawn", "TenHuisen").
_NAME_PREFIXES = frozenset("Mc Mac De Da Di Du Dos La Le Van Von Fitz St Ten Ter".split())


def markup_key(word: str) -> bool:
    """A key of a message format or a schema rather than a name: a Latin word of four or more letters without
    a vowel ("Cdtr", "Dbtr"), or a camel-case word with a part that has none ("CdtrAgt", "CreDtTm",
    "ReqdExctnDt"; "McCune" and "DeShawn" are names); or a product's word joined of two English ones
    ("AirSense")."""
    if not word.isascii() or not word.isalpha():
        return False
    parts = _CAMEL_JOINT.split(word)
    if len(parts) == 1:
        return len(word) >= 4 and not _VOWELS.intersection(word.lower())
    if any(p != "Mc" and not _VOWELS.intersection(p.lower()) for p in parts):
        return True
    # A brand's or a product's word joined of English ones ("AirSense", "SimplyGo", "PowerBook"), not a name's
    # ("TenHuisen", "ObaniJesu", "DeShawn", "McCurtain": a name's prefix first).
    return (
        len(parts) == 2
        and parts[0] not in _NAME_PREFIXES
        and all(len(p) >= 2 and is_english_word(p) and not is_name_word(p) for p in parts)
    )


# A month, named or cut short, then a day of it: "Jan 17, 2021", "Mar 6": a date, whatever the name tables say
# of "Jan" or "May".
_DAY_AFTER = re.compile(r"\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?\b(?![.:/-]\d)")


def month_then_day(text: str, word: str, end: int) -> bool:
    """`word`, ending at `end`, is a month's name followed by a day's number."""
    return word.lower().rstrip(".") in CALENDAR_WORDS and _DAY_AFTER.match(text, end) is not None


# Labels whose value is a thing, a firm or an office, never a person, whatever the name tables say ("Vehicle:
# Lada Granta", "school<TAB>Raymond High School", "Employer: Kweichow Moutai").
_THINGS = "vehicle|make|model|school|facility|employer|issuer|issued by"
# As a label or as a record's key ('"model": "Kia Picanto"', 'model="Oticon More 1"').
_THING_LABEL_BEFORE = re.compile(rf"\b(?i:{_THINGS})(?:[ \t]*:?[ \t]+|\"?[ \t]*[:=][ \t]*\"?)$")
# Labels whose value is a firm or an office, rarely a person: a firm's part in a deal (`FIRM_ROLES`), a
# dispensing pharmacy, a creditor, a referral's destination ("referral<TAB>Policlinico di Modena"). spaCy's
# guess alone makes no person there.
_COMPANY_LABEL_BEFORE = re.compile(
    rf"\b(?i:{FIRM_ROLES}|pharmacy|creditor|referral|referred to)[ \t]*:?[ \t]+$"
)
# A field label cut short before its number: "Hosp. no.", "Acct nr", "Ref #".
# Or before the end of a table's header cell ("| Hosp. no. | Qty |").
_NUMBER_LABEL_AFTER = re.compile(
    r"\.?[ \t]*(?:(?i:no|nr|num)\.?[ \t]*:?|#)[ \t]*(?=[A-Z]{0,2}\d|[|\t;\])]|\n|$)"
)


_DETERMINER_BEFORE = re.compile(
    r"\b(?i:the|a|an|this|that|under|per|each|every|any|our|your|their|its)[ \t]+$"
)
_CELL_BEFORE = re.compile(r"(?:^|[|\t\n])[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*(?:[|\t\n]|$)")
_AND_WORD_AFTER = re.compile(r"[ \t]+(?:and|or|&)[ \t]+([A-Za-z][a-z]{2,20})\b")


def _common_word(word: str) -> bool:
    return is_english_word(word) and not is_name_word(word)


def _english_heading(words: list[str]) -> bool:
    """Words in capitals that English has and the name tables do not: "ACCOUNT STATEMENT", "DUE DILIGENCE"."""
    return bool(words) and all(
        w.isupper() and is_english_word(w.rstrip(".,:")) and not is_name_word(w.rstrip(".,:")) for w in words
    )


# A number's word in a label ("Meter No", "Meter S/N", "Application Ref").
_NUMBER_WORDS = frozenset("no nr num ref id s n".split())


# The capitalised words right before a span, on its line ("Escuela Primaria " before "Lázaro Cárdenas").
_CAPITALISED_BEFORE = re.compile(rf"(?:[{UPPER}][\w'’.-]*[ ]){{1,3}}$")
_HL7_SEGMENT = re.compile(r"[A-Z][A-Z0-9]{2}\|")
_LONGEST_SEGMENT = 2000
_LICENCE_AFTER = re.compile(r"[ \t]+(?i:driving[ \t]+|driver's[ \t]+)?(?i:licen[cs]e)\b")


def _hl7_system_or_authority(text: str, start: int) -> bool:
    """Whether `start` lies in an HL7 v2 message header (MSH names applications and facilities) or right after
    three carets, where a CX identifier or an XCN name gives its issuing authority."""
    # A segment is one line, of a few hundred characters: the search back stops there (a long text without a
    # line break costs no more per name).
    back = max(0, start - _LONGEST_SEGMENT)
    line = max(text.rfind("\n", back, start), text.rfind("\r", back, start), back - 1) + 1
    if _HL7_SEGMENT.match(text, line) is None:
        return False
    component = max(text.rfind("^", line, start), text.rfind("|", line, start)) + 1
    return text.startswith("MSH|", line) or text.endswith("^^^", line, component)


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at `start`-`end` name a thing, a system or an office, whatever the name
    tables say of them: the value of a thing's label ("Vehicle: Lada Granta"), an HL7 header's application or
    facility or an issuing authority ("MSH|^~\\&|EHR|RSUD Aloei Saboe|"), the office before "licence" ("Polda
    Gorontalo licence 2596-9635-346938")."""
    return (
        _THING_LABEL_BEFORE.search(text, max(0, start - 20), start) is not None
        or _hl7_system_or_authority(text, start)
        or _LICENCE_AFTER.match(text, end) is not None
    )


def plausible_ner_person(text: str, start: int, end: int) -> bool:
    """Whether a PERSON from spaCy's small model can be one: no digits ("14:02:11", "Ref ORD-2025-93411"), not
    across a line break ("Zalalövő\nPhone"), not a field label ("Tel", "VAT", "Ref") nor a known town that is
    no one's name ("Kreuzlingen"), and a single word outside
    the name tables is not a place after "in"/"near" ("best mechanic in Agno") nor a modifier of the noun after
    it ("the Petrobras contract", "Bondy station")."""
    value = text[start:end]
    if not value or any(c.isdigit() for c in value) or "\n" in value or _NOT_IN_A_NAME.search(value):
        return False
    if value.startswith("/") or in_markup_tag(text, start):
        return False  # "<Cdtr>", "</Nm>": a tag's name
    if names_an_animal(text, start):
        return False  # "pet:\n  name: Luna"
    if names_a_thing(text, start, end):
        return False  # "Vehicle: Lada Vesta", "MSH|^~\\&|EHR|CHU Ibn Rochd|", "Polda Gorontalo licence ..."
    if value.islower() and all(
        w in NAME_PARTICLES or (is_english_word(w) and not is_name_word(w)) for w in value.split()
    ):
        return False  # "van plate logged": a particle before an English word, in lower case
    if all(is_english_word(w) for w in re.findall(r"[^\W\d_]+", value)) and header_cell(text, start, end):
        return False  # "| member | mobile | shares | levy |": a column's name
    if " + " in value:
        return False  # "Kühne + Nagel": partners of a firm joined by a plus
    if _TICKER.fullmatch(value):
        return False  # "PKO.WA": a ticker and its exchange
    if _DOCUMENT_PART.match(value):
        return False  # "Annex A.", "Schedule B": a part of a document
    words = re.findall(r"[^\W\d_]+", value)
    if any(markup_key(w) for w in words):
        return False  # "CdtrAgt", "DbtrAgt BICFI": keys of a payment message
    if not words:
        return False
    if len(words) == 1 and len(words[0]) <= 3 and not is_given_name(words[0]) and text.startswith(":", end):
        return False  # "Dx: M62.81", "Rx:": a short field label
    if words[-1].lower() in FORM_LABEL_WORDS and text.startswith(":", end):
        return False  # "Updated Date:", "Admin Name:": a field's label
    if value.isupper() and len(value) <= 5 and _LEVEL_BEFORE.search(text, max(0, start - 3), start):
        return False  # "GIVN", "PLAC": a GEDCOM tag after its level number
    if month_then_day(text, words[-1], end):
        return False  # "Arrive Jan 25": a date
    if (before := _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)) and any(
        w.lower() in INSTITUTION_WORDS for w in before.group().split()
    ):
        return False  # "Lázaro Cárdenas" of "Escuela Primaria Lázaro Cárdenas": a school named after someone
    if not is_given_name(words[0]) and _COMPANY_LABEL_BEFORE.search(text, max(0, start - 20), start):
        return False
    if len(words) == 1 and not is_given_name(words[0]) and _NUMBER_LABEL_AFTER.match(text, end):
        return False  # "Hosp. no. 94-62-35-60"
    if all(w.lower() in FIELD_LABELS for w in words) or is_place_name(value):
        return False
    if any(w.lower() in FORM_LABEL_WORDS for w in words) and all(
        w.lower() in FORM_LABEL_WORDS or w.lower() in _LABEL_JOINERS or w.lower() in PARTY_ROLES
        for w in words
    ):
        return False  # "Nom" of "[Nom et prénom]", "Дата" of "Дата рождения"
    if len(words) == 1 and words[0].lower() in TITLES:
        return False  # "Dr" of "Prescriber: Dr awa bamba-sanogo", "Sheikh" of "Dear Sheikh إدريس": a title
    if len(words) == 1 and words[0].lower() in PARTY_ROLES and not is_given_name(words[0]):
        return False  # "Debtor" of "In re: Ana Lima, Debtor.", "BENEFICIARY" heading a payment field
    if not_a_name_run(words) or all(w in currency_codes() for w in words):
        return False
    if _KEY_OR_LABEL_AFTER.match(text, end):
        return False
    if all(w.lower() in _CLOSING_WORDS for w in words):
        return False  # "Grüßen" of "Mit freundlichen Grüßen"
    if _AFTER_COMPANY.search(text, max(0, start - 20), start) and _LINE_OR_CLAUSE_END.match(text, end):
        return False  # "Supplier: Siemens AG, Fátima": the company's seat
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 2:
        return False  # "DK", "HU": a country code, not a name
    if len(words) == 1 and words[0].isupper() and not re.search("[AEIOUY]", words[0]) and words[0].isascii():
        return False  # "CPT", "RCV": a code or an acronym in capitals, no vowel to say a name
    if _english_heading(words):
        return False  # "DUE DILIGENCE": a heading
    if (
        len(words) == 1
        and not is_name_word(words[0])
        and _ROLE_ENDING.search(words[0])
        and text.startswith(":", end)
        and _ROLE_LABEL.search(text, max(0, start - 10), start)
    ):
        return False  # "Referrer:", "Prescriber:" opening a line: a field label
    if all(
        w.islower() and is_english_word(w) and not is_name_word(w) for w in words
    ):  # "contact" of 'contact_name="Ana Lima'
        return False
    if (
        len(words) > 1
        and value.islower()
        and not any(is_name_word(w) and w not in NAME_PARTICLES for w in words)
        and function_phrase(words)
    ):
        return False  # "su primo", "mi número nuevo": a phrase of running text, not a name in lower case
    # A single word that the name tables do not hold and English does, labelling a field or naming a thing
    # ("Salary:", "Policyholder:", "Android 11"), or one that addresses no one ("Dear Sir or Madam").
    if (
        len(words) == 1
        and not is_name_word(words[0])
        and is_english_word(words[0])
        and (_FIELD_OR_THING_AFTER.match(text, end) or words[0].lower() in NOT_ADDRESSED_BY_NAME)
    ):
        return False
    if value.endswith("-") or _GLUED_KEY_BEFORE.search(text, max(0, start - 2), start):
        return False  # "Rent-to-" of "Rent-to-income", "VEVENT" of "BEGIN:VEVENT"
    if len(words) == 1 and _AGENCY_ENDING.search(words[0]):
        return False
    if len(words) == 1 and _PLACE_LABEL_BEFORE.search(text, max(0, start - 30), start):
        return False
    if len(words) == 1 and is_listed_place(value) and _PLACE_BEFORE.search(text, max(0, start - 12), start):
        return False  # "flat share in Lyon": a town, though "Lyon" is a surname too
    # One word the name tables do not hold: in lower case ("apixaban"), or an English word opening its line or
    # sentence ("Seller TIN", "Daytime tel", "Travel and ..."), spaCy's guess alone makes no person.
    if (
        len(words) == 1
        and not is_name_word(words[0])
        and (
            words[0].islower()
            or (is_english_word(words[0]) and _LINE_OR_SENTENCE_START.search(text, max(0, start - 12), start))
        )
    ):
        return False
    if len(words) > 1 and words[-1].lower() in DOCUMENT_KINDS and not is_name_word(words[-1]):
        return False  # "Grant Deed", "Rose Mortgage": a thing named after its kind
    if (
        len(words) > 2
        and all(len(w) == 1 for w in words[:-1])
        and is_english_word(words[-1])
        and not is_name_word(words[-1])
    ):
        return False  # "P.O. Box", "U.S. Army": initials of a thing, not of a person
    if (
        len(words) == 1
        and value[:1].isupper()
        and is_english_word(words[0])
        and not is_name_word(words[0])
        and (
            _DETERMINER_BEFORE.search(text, max(0, start - 12), start)
            or _CELL_BEFORE.search(text, max(0, start - 4), start)
            and _CELL_AFTER.match(text, end)
            or ((pair := _AND_WORD_AFTER.match(text, end)) and _common_word(pair.group(1)))
        )
    ):
        # One capitalised English word that no name table holds, read as a thing: after an article or a
        # preposition ("under the Landlord"), alone in a table's cell ("| Balance |"), or paired with another
        # common word ("Landlord and Tenant"). Names that English has too ("Ariadne", "Giza") stay.
        return False
    if (
        len(words) > 1
        and any(len(w) >= 4 for w in words)
        and all(
            (len(w) >= 4 and is_english_word(w) and not is_name_word(w)) or w.lower() in _NUMBER_WORDS
            for w in words
        )
    ):
        # "Juror Part", "Vaccine Batch", "Meter No": English words that no name table holds, and a number's
        # word. Not initials or short words, which many names of East Asia share with English ("Mei Ling",
        # "Boo Hin", "E Gadsden").
        return False
    if " " in value.strip() or is_name_word(value.strip()):
        return True
    after = _AFTER_WORD.match(text, end)
    if after and is_english_word(after.group(1)) and after.group(1) not in NOT_A_NAME_WORD:
        return False
    return _PLACE_BEFORE.search(text, max(0, start - 12), start) is None


# The labels of identifiers and of a payment's sequence, written in capitals before or after a name's field.
_FIELD_ACRONYMS = (
    "SSN|SIN|DOB|MRN|NPI|NHS|IBAN|BIC|SWIFT|DL|ID|PNR|EHR|EMR|RCUR|FRST|OOFF|FNAL|TEL|PH|FAX|IMO|VIN|PAN|CVV|EXP"
    "|REF|EREF|ACCT|TIN|NIF|NIE|CPF|PESEL|DNI|NINO"
)
_LABEL_AT_END = re.compile(rf"[ \t]+(?:{_FIELD_ACRONYMS})\.?:?$")
_LABEL_AT_START = re.compile(rf"(?:{_FIELD_ACRONYMS})\.?:?[ \t]+")


class NerPersonRecognizer(SpacyRecognizer):
    """spaCy's PERSON entities, cut at a line break and trimmed, that can be a person (plausible_ner_person).

    Filtered here, before presidio merges the results of all recognizers: presidio keeps one result per span,
    the highest-scored, so a span spaCy took for a name and a name label also found ("First name: Biana") must
    not be lost with spaCy's rejected result."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"])

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        out = []
        for r in super().analyze(text, entities, nlp_artifacts):
            start, end = r.start, r.end
            if (cut := text.find("\n", start, end)) != -1:
                end = cut  # spaCy runs a name on over a line break now and then ("Masone\nDate")
            # Markup inside the span ('contact_name="Ana Lima', "Jonathan | Goldman Sachs"): each piece
            # between the marks is judged on its own.
            for s, e in _pieces_between_marks(text, start, end):
                value = text[s:e]
                s += len(value) - len(value.lstrip())
                e = s + len(value.strip())
                if text[s:e].endswith("'s"):
                    e -= 2
                while e > s and text[e - 1] in ":;,":
                    e -= 1  # a speaker's colon ("מרים לוי: hi"): spaCy takes it for part of a caseless name
                # A field's label in capitals at either end ("Kelley Rose  SSN", "RCUR Kristjan Kirsipuu").
                while (m := _LABEL_AT_END.search(text, s, e)) and m.start() > s:
                    e = m.start()
                if (m := _LABEL_AT_START.match(text, s, e)) and m.end() < e:
                    s = m.end()
                if s < e and plausible_ner_person(text, s, e):
                    out.append(RecognizerResult(r.entity_type, s, e, r.score, r.analysis_explanation))
        return out


# A part of a document named by its letter or number ("Annex A.", "Exhibit C", "Schedule 2").
_DOCUMENT_PART = re.compile(
    r"(?i:annex|appendix|exhibit|schedule|article|chapter|section|clause|part|table|figure|form)[ ][A-Z0-9]{1,3}\.?$"
)
# A GEDCOM line's level number at the start of the line ("2 GIVN Achol").
_LEVEL_BEFORE = re.compile(r"(?:^|\n)\d[ ]$")
# A ticker with its exchange's suffix ("PKO.WA", "MTNU.UG", "7203.T").
_TICKER = re.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,3}")
# Markup (HL7's empty components too), a tab or a column gap of three spaces or more parts a span into pieces
# judged apart: spaCy runs a name on into the next field of a form laid out in columns ("Ana Lima   DOB: ...").
_MARKS = re.compile(r"[|<>{}\[\]=\"_\t]+|\^{3,}|[ ]{3,}")


def _pieces_between_marks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    at = start
    for mark in _MARKS.finditer(text, start, end):
        if mark.start() > at:
            yield at, mark.start()
        at = mark.end()
    if end > at:
        yield at, end


# A word of a name in capitals ("WHITEHEAD", "TE STROOTE", "NOEMÍ") or in title case.
_CAPS_WORD = rf"[{UPPER}]{{2,}}(?:[-'][{UPPER}]{{2,}})?"
_ANY_CASE_WORD = rf"(?:{NAME_TOKEN}|{_CAPS_WORD})"
# A surname, a comma, the given names: "Lindh, Baltsar", "COHEN, VENETTA", "TE STROOTE, Talha". Records and
# lists write names so at the start of a field: a line, after a colon or a bracket.
_INVERTED = re.compile(
    rf"(?:^|(?<=\n)|(?<=[:(])|(?<=[:\]][ \t])|(?<=:[ \t]{{2}}))"
    rf"(?P<surname>{_ANY_CASE_WORD}(?:[ ]{_CAPS_WORD})?),[ ](?P<given>{_ANY_CASE_WORD}(?:[ ]{NAME_TOKEN})?)"
    r"(?![\w'-])"
)
# A surname in capitals beside a given name, in either order: "WHITEHEAD Chieko", "Maria GARCÍA".
_CAPS_SURNAME = re.compile(
    rf"(?<![\w'.-])(?:(?P<sur1>{_CAPS_WORD})[ ](?P<given1>{NAME_TOKEN})"
    rf"|(?P<given2>{NAME_TOKEN})[ ](?P<sur2>{_CAPS_WORD}))(?![\w'-]|\.\w)"
)
# An initial and a surname, perhaps with the particles of one between ("A. Garrett", "S. de la Serna",
# "Л. Подушкова", "Α. Ιωάννου"): not after a letter and a full stop ("U.S. Army").
_INITIAL_SURNAME = re.compile(
    rf"(?<![\w.@/-])(?:[{UPPER}]\.[ ](?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|te|ter|la|le)[ ]){{0,2}}"
    rf"(?P<surname>{NAME_TOKEN})|[{_SCRIPT_UPPER}]\.[ ](?P<script>{SCRIPT_NAME_TOKEN}))(?![\w'@/-]|\.\w)"
)
# An initial glued to a surname: "L.Burt", "K.Vestergaard".
_GLUED_INITIAL = re.compile(rf"(?<![\w.@/-])[{UPPER}]\.(?P<surname>{NAME_TOKEN})(?![\w'@/-]|\.\w)")


def _title(word: str) -> str:
    return word.title() if word.isupper() else word


class WrittenNameRecognizer(Recognizer):
    """Names in the forms records write them, with the evidence of the name tables:
    - surname first and a comma, at the start of a field ("Patient: Lindh, Baltsar", "Subject: COHEN,
      VENETTA"): the surname or the given name is in the tables and the given name is no English word;
    - a surname in capitals beside a given name ("WHITEHEAD Chieko", "Maria GARCÍA"): one of them in the
      tables and neither an English word, or both in the tables; the capitals no field label;
    - an initial glued to a surname ("L.Burt"), or one space before it ("A. Garrett", "Л. Подушкова"): the
      surname in the tables, or no English word, and no field label, month or town."""

    def __init__(self) -> None:
        super().__init__("PERSON", [Pattern("written name", _INVERTED.pattern, 0.6)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        family = surnames()
        out = []
        for m in _INVERTED.finditer(text):
            surname, given = m.group("surname"), m.group("given")
            first_given = _title(given.split()[0])
            last_surname = _title(surname.split()[-1])
            if not (last_surname in family or is_given_name(first_given)):
                continue
            if is_english_word(first_given) and not (last_surname in family and is_given_name(first_given)):
                continue
            if any(
                w.lower() in NOT_A_NAME_WORD or w.lower() in FIELD_LABELS
                for w in re.findall(r"\w+", m.group())
            ):
                continue
            if spacy_calls_it_a_thing(nlp_artifacts, m.start(), m.end(), PLACE_LABELS):
                continue  # "Paris, France"
            out.append(RecognizerResult("PERSON", m.start(), m.end(), 0.6))
        for m in _CAPS_SURNAME.finditer(text):
            surname = m.group("sur1") or m.group("sur2")
            given = m.group("given1") or m.group("given2")
            bare = surname.lower()
            evidence = is_given_name(given) + (_title(surname) in family)
            if (
                evidence
                and (evidence == 2 or not (is_english_word(given) or is_english_word(bare)))
                and len(surname) >= 3
                and bare not in FIELD_LABELS
                and bare not in NOT_A_NAME_WORD
                and surname not in currency_codes()
            ):
                out.append(RecognizerResult("PERSON", m.start(), m.end(), 0.6))
        for m in _INITIAL_SURNAME.finditer(text):
            word = m.group("surname")
            if word is not None:
                bare = word.lower()
                # "A. Rent-to-income" of "Credit band A. Rent-to-income": English words joined, no surname.
                english = is_english_word(word) or all(map(is_english_word, word.split("-")))
                if not (word in family or not english) or word in currency_codes():
                    continue
                if (
                    bare in NOT_A_NAME_WORD
                    or bare in FIELD_LABELS
                    or bare in CALENDAR_WORDS
                    or is_place_name(word)
                ):
                    continue
            out.append(RecognizerResult("PERSON", m.start(), m.end(), 0.6))
        for m in _GLUED_INITIAL.finditer(text):
            word = m.group("surname")
            if (word in family or not is_english_word(word)) and word.lower() not in NOT_A_NAME_WORD:
                out.append(RecognizerResult("PERSON", m.start(), m.end(), 0.6))
        return out
