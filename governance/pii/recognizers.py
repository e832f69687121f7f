"""Recognizers every domain uses: phones, SSNs, cards (Luhn), street addresses, dates of birth, titled names.

Each one is a presidio `PatternRecognizer`. Where an identifier carries a checksum the recognizer checks it;
where it does not, the match must sit near a context word (`ContextGatedRecognizer`): a nine-digit number
is a routing number only after "routing" or "ABA". Context is read from the raw text just before the
match, so it needs no lemmas from spaCy (scrub runs spaCy with NER only).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from governance.pii.engine import PLAIN_EMAIL
from governance.pii.names import NAME_TOKEN, is_given_name, surnames

# Shared with the quality gate (RESIDUAL_PII): whatever the gate calls a residual SSN, scrub removes.
US_SSN_PATTERN = r"\b\d{3}-\d{2}-\d{4}\b"

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A full calendar date: "June 26, 1980", "26 June 1980", "06/26/1980", "1980-06-26", "6-26-80".
FULL_DATE = (
    rf"(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{MONTHS}\s+\d{{4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    r"|\d{4}-\d{2}-\d{2})"
)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def only_digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


class Recognizer(PatternRecognizer):
    """A pattern recognizer whose regexes are case-sensitive (presidio's default flags ignore case, which
    turns a name pattern into "any two words"); patterns opt into case-insensitivity with (?i:...)."""

    def __init__(self, supported_entity: str, patterns: list[Pattern], name: str | None = None):
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns,
            name=name or type(self).__name__,
            context=[],
            global_regex_flags=re.MULTILINE,
        )


class ContextGatedRecognizer(Recognizer):
    """A pattern that counts only when one of `context` appears within `window` characters before it.

    For identifiers without a checksum (account numbers, MRNs, member ids) the context is the evidence.
    """

    def __init__(
        self,
        supported_entity: str,
        patterns: list[Pattern],
        context: Sequence[str],
        window: int = 40,
        name: str | None = None,
    ):
        super().__init__(supported_entity, patterns, name)
        self.window = window
        words = sorted({w.lower() for w in context}, key=len, reverse=True)
        self._context = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")", re.IGNORECASE)

    def has_context(self, text: str, start: int) -> bool:
        return self._context.search(text, max(0, start - self.window), start) is not None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in found if self.has_context(text, r.start)]


class NanpPhoneRecognizer(Recognizer):
    """North-American numbers with separators, including `+1` and dotted forms presidio scores too low."""

    PATTERN = (
        r"(?<![\w.+-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?"
        r"(?![\w-]|\.\d)"
    )

    def __init__(self) -> None:
        super().__init__("PHONE_NUMBER", [Pattern("nanp phone", self.PATTERN, 0.7)])

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = only_digits(pattern_text)
        digits = digits[1:] if len(digits) == 11 else digits
        return len(digits) < 10 or digits[0] in "01"


class SsnRecognizer(Recognizer):
    """Any dashed 3-2-4 number; synthetic and ITIN ranges (9xx) are personal numbers too."""

    def __init__(self) -> None:
        super().__init__("US_SSN", [Pattern("dashed ssn", US_SSN_PATTERN, 0.6)])

    def invalidate_result(self, pattern_text: str) -> bool:
        d = only_digits(pattern_text)
        return d[:3] == "000" or d[3:5] == "00" or d[5:] == "0000"


class CardRecognizer(Recognizer):
    """13-19 digit card numbers, in groups or run together, that pass the Luhn check."""

    PATTERN = r"(?<![\d-])(?:\d{4}[ -]){3}\d{1,7}(?![\d-])|(?<![\d-])\d{13,19}(?![\d-])"

    def __init__(self) -> None:
        super().__init__("CREDIT_CARD", [Pattern("card", self.PATTERN, 0.3)])

    def validate_result(self, pattern_text: str) -> bool:
        d = only_digits(pattern_text)
        return 13 <= len(d) <= 19 and d[0] in "3456" and luhn_ok(d)


STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Boulevard|Blvd|Terrace|Ter|"
    r"Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Row|Run|Pike|Alley|Plaza|Crescent)\.?"
)
UNIT = r"(?:,?\s+(?:Suite|Ste\.?|Apt\.?|Apartment|Unit|Floor|Fl\.?|Room|Rm\.?|#)\s*[\w-]{1,6})"
STATE = r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])"
STREET_ADDRESS = (
    r"\b\d{1,6}(?:-\d{1,4})?\s+(?:[NSEW]\.?\s+)?(?:(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))\s+){1,4}"
    + STREET_SUFFIX
    + rf"{UNIT}?(?:,?\s+(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+,?\s+{STATE}(?:\s+\d{{5}}(?:-\d{{4}})?)?)?"
    + r"(?!\w)"
)


class StreetAddressRecognizer(Recognizer):
    """Number, street, optional unit, optional city, state and ZIP: the whole address, not just the city."""

    def __init__(self) -> None:
        super().__init__("STREET_ADDRESS", [Pattern("us street address", STREET_ADDRESS, 0.7)])


DOB_CONTEXT = ["dob", "d.o.b", "date of birth", "birth date", "birthdate", "born", "birthday"]


class DateOfBirthRecognizer(ContextGatedRecognizer):
    """A full date right after birth context. Other dates (fiscal periods, filings) are not touched."""

    def __init__(self) -> None:
        super().__init__(
            "DATE_OF_BIRTH", [Pattern("full date", FULL_DATE, 0.7)], context=DOB_CONTEXT, window=60
        )

    def has_context(self, text: str, start: int) -> bool:
        # The nearest date before this one must not sit between the context and this date:
        # "DOB: 1 May 1970. Admitted 3 June 2022" must not take the admission date.
        left = text[max(0, start - self.window) : start]
        hits = list(self._context.finditer(left))
        return bool(hits) and not re.search(FULL_DATE, left[hits[-1].end() :])


HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Judge|Justice|Hon|Rev|Sgt|Det|Officer|Nurse)\.?"
NAME_WORD = rf"(?:{NAME_TOKEN}|[A-Z]{{2,}}(?:[-'][A-Z]+)?|[A-Z]\.)"

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
# spaCy labels that make a capitalised pair a thing rather than a person.
NOT_A_PERSON_LABELS = {"ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
# A word in lower case in running text; not part of an e-mail address or a web address ("rose.price@").
_LOWER_WORD = re.compile(r"(?<![\w'.@/-])[a-z][a-z'-]*[a-z](?![\w'@/-]|\.\w)")
_NAME_OR_INITIAL = re.compile(rf"(?<![\w'.-])(?:{NAME_TOKEN}|[A-Z]\.)(?![\w'-])")


def spacy_calls_it_a_thing(nlp_artifacts, start: int, end: int) -> bool:
    """spaCy tagged an overlapping span as an organisation, place or work, and none as a person."""
    doc = getattr(nlp_artifacts, "tokens", None)
    labels = {e.label_ for e in doc.ents if e.start_char < end and start < e.end_char} if doc else set()
    return "PERSON" not in labels and bool(labels & NOT_A_PERSON_LABELS)


class GivenNameRecognizer(Recognizer):
    """Two to four capitalised words (an initial may sit between) that the name tables and the document
    itself say are a person: "Casimir Achterberg", "Rose Price", "Mary J. Blige".

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
        words = [(m.start(), m.end(), m.group()) for m in _NAME_OR_INITIAL.finditer(text)]
        out: list[RecognizerResult] = []
        i = 0
        while i < len(words):
            run = [words[i]]
            while (
                i + len(run) < len(words)
                and len(run) < 4
                and text[run[-1][1] : words[i + len(run)][0]] in (" ", "\t")
                and words[i + len(run)][2].lower() not in NOT_A_NAME_WORD
            ):
                run.append(words[i + len(run)])
            while run and run[-1][2].endswith("."):  # a name ends on a name, not an initial
                run.pop()
            first, last = (run[0][2], run[-1][2]) if run else ("", "")
            if len(run) >= 2 and first.lower() not in NOT_A_FIRST_NAME and not first.endswith("."):
                start, end = run[0][0], run[-1][1]
                tables = is_given_name(first) + (last in family)
                if lower is None:
                    lower = set(_LOWER_WORD.findall(text))
                points = tables + (first.lower() not in lower) + (last.lower() not in lower)
                if tables and (
                    points >= 3 or (points == 2 and not spacy_calls_it_a_thing(nlp_artifacts, start, end))
                ):
                    out.append(RecognizerResult("PERSON", start, end, 0.6))
                    i += len(run)
                    continue
            i += 1
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


def word_trie(words: Sequence[str]) -> str:
    """A regex alternation of `words` factored by shared prefixes ("pa(?:tient|yee|yer)"): the regex
    engine then rejects a non-matching position after a character or two instead of trying every word."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


# Nouns for the role a person plays in a record, and the verbs that introduce one: the capitalised words
# after them are a name ("patient Will Sorensen", "Claimant Amber Stone", "Reviewed with Mark Lee").
FORM_LABELS = (
    "name patient client customer deponent witness beneficiary insured subscriber guarantor from to cc attn "
    "attending pcp referring pt"
).split() + ["account holder", "emergency contact", "next of kin"]
PERSON_ROLES = (
    "client customer patient holder cardholder owner claimant plaintiff defendant petitioner respondent "
    "appellant appellee witness deponent beneficiary applicant borrower tenant landlord employee member "
    "subscriber guarantor insured policyholder approver reviewer signatory clerk provider clinician physician "
    "surgeon nurse pharmacist therapist counsel attorney lawyer advisor adviser analyst officer manager agent "
    "broker trustee executor spouse husband wife son daughter mother father guardian caller sender recipient "
    "payee payer resident neighbour neighbor volunteer"
).split() + ["account holder", "law clerk"]
PERSON_VERBS = (
    "reported prepared signed examined referred reviewed approved witnessed notarized attested interviewed "
    "represented logged handled submitted requested authorized authorised entered ordered seen treated "
    "dictated verified confirmed recorded called contacted"
).split()
TO_VERBS = "routed sent forwarded assigned escalated introduced referred thanks talk spoke speak".split() + [
    "thank you",
    "reach out",
]
WITH_VERBS = "met spoke meeting call conference".split()
# Words that open a run of capitalised words without being part of the name after them ("Claimant Amber
# Stone", "Judge Rowan Hunter"): the name starts at the next word.
NOT_A_FIRST_NAME = (
    NOT_A_NAME_WORD
    | set(PERSON_ROLES)
    | set("mr mrs ms miss mx dr prof judge justice hon rev sgt det officer nurse dear".split())
)
SALUTATIONS = "sincerely regards respectfully".split() + [
    "best regards",
    "kind regards",
    "yours truly",
    "yours faithfully",
    "thank you",
]


class LabelledNameRecognizer(Recognizer):
    """A name after a form label ("Name: Mei Haddad", "DEPOSITION OF CAMILLE MENSAH"), after a role noun
    or a "by"/"with" phrase ("patient Will Sorensen", "Reviewed with Mark Lee"), under a letter's closing
    ("Sincerely,\\nMarisol Achterberg") or before "Esq."."""

    LABEL = (
        rf"\b(?i:(?:{word_trie(FORM_LABELS)}|on behalf of the \w+)\s*:"
        rf"|(?:{word_trie(PERSON_VERBS)})[ \t]+(?:by|with|to):?"
        rf"|(?:{word_trie(TO_VERBS)}) to|the firm by|(?:{word_trie(WITH_VERBS)}) with"
        rf"|(?:{word_trie(PERSON_ROLES)})\b[ \t]*[,:]?"
        rf"|(?:{word_trie(SALUTATIONS)}),?[ \t]*\n)"
        r"|\bDEPOSITION OF"
    )
    NAME_RUN = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}"
    PATTERN = rf"(?:{LABEL})[ \t]*(?P<name>{NAME_RUN})|(?P<esq>{NAME_RUN}),?[ \t]+Esq\b"
    # Every alternative starts a word: saying so first lets the regex engine skip most positions.
    _REGEX = re.compile(rf"\b(?=[A-Za-z])(?:{PATTERN})")

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
            if len(words) < 2:
                continue
            # No spaCy veto here: the small model calls many unfamiliar names ORG or GPE, and the label or
            # role noun in front is the evidence.
            start = m.start(group)
            out.append(RecognizerResult("PERSON", start, start + words[-1].end(), 0.65))
        return out


def email_recognizer() -> PatternRecognizer:
    return Recognizer(
        "EMAIL_ADDRESS", [Pattern("plain email", PLAIN_EMAIL, 0.6)], name="PlainEmailRecognizer"
    )


def recognizers() -> list[PatternRecognizer]:
    """The recognizers every domain runs (domain packs add their own)."""
    return [
        email_recognizer(),
        NanpPhoneRecognizer(),
        SsnRecognizer(),
        CardRecognizer(),
        StreetAddressRecognizer(),
        DateOfBirthRecognizer(),
        TitledNameRecognizer(),
        LabelledNameRecognizer(),
        GivenNameRecognizer(),
    ]
