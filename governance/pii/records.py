"""People and addresses in the fields of record formats that say what each field holds.

- vCard (RFC 6350): `N:` and `FN:` hold a person's name, `ADR:` a postal address (`;;street;city;region;
  postcode;country`, the country code left as it is).
- SWIFT MT messages: the ordering customer (`:50K:`, `:50F:`) and the beneficiary (`:59:`) are an optional
  `/account` line, then the name on one line, then address lines until the next field tag.
- JSON: the values of name keys (`"first_name": "Günel"`, `"last_name"`, `"full_name"`, `"contact_name"`), and
  of a "given" and a "family" key side by side (FHIR's HumanName); name attributes of markup
  (`contact_name="..."`), unless a placeholder ("(Unknown)").
- iCalendar: the common name (`CN=`) of an `ORGANIZER` or `ATTENDEE`.
- Markup elements of a name's parts (`<givenName>`, `<familyName>`, `<surname>`); the "Name" row of a form
  laid out in columns by spaces; the speakers of a chat transcript (a name and a time alone on a line, on two
  lines or more).
- Airline passenger names (`SURNAME/GIVEN MRS`, or after "Passenger:").
- Tables (`|`, tab-, semicolon- or comma-separated, under a header row): the cells of a column whose header
  names a person's name ("Name", "first_name", "Last name", "Surname", "Passenger") or role ("Employee",
  "Patient": cells without digits), a date of birth ("DOB", "Geburtsdatum") or an SSN ("SSN / Tax ID": cells
  of nine digits).

The format, not the words, makes these a name or an address, so they are found in any script or case.
"""

from __future__ import annotations

import re
from itertools import chain

from presidio_analyzer import EntityRecognizer, RecognizerResult

from governance.pii.base import (
    COMPANY_FORMS,
    NUMBER_KEYS,
    cell_spans,
    fit_comma_row,
    names_an_animal,
    split_merged_cell,
    ssn_parts_ok,
)
from governance.pii.names import (
    CASELESS_LETTERS,
    LOWER,
    SCRIPT_LOWER,
    SCRIPT_UPPER,
    UPPER,
    is_english_word,
    is_given_name,
)

_VCARD_NAME = re.compile(r"^(?:N|FN)(?:;[^:\n]*)?:(?P<v>[^\n]*?)[ \t;]*$", re.MULTILINE)
_VCARD_ADR = re.compile(r"^ADR(?:;[^:\n]*)?:[;]*(?P<v>[^\n]*?)(?:;+[A-Z]{2})?[ \t;]*$", re.MULTILINE)
# The party's role may stand on the tag's line, the name on the next (":59: BENEFICIARY\nLIMA Ana").
_MT_PARTY = re.compile(
    r"^:(?:50[FK]?|59):(?:/[^\n]*\n)?(?:[ \t]*(?i:applicant|beneficiary|ordering customer)[ \t]*\n)?"
    r"(?P<name>[^\n:][^\n]*)(?P<address>(?:\n(?!:|-\})[^\n]+)*)",
    re.MULTILINE,
)


_NAME_KEY = (
    r"(?:(?:first|last|given|family|full|middle|contact|display|customer|holder|real|legal|preferred|emboss(?:ed)?"
    r"|cardholder|print|patient|member|employee|beneficiary|payee)_?name"
    r"|surname|name)"
)
_JSON_NAME = re.compile(rf'"(?i:{_NAME_KEY})"[ \t]*:[ \t]*"(?P<v>[^"\n]{{1,80}})"')


def _english_not_given(word: str) -> bool:
    return is_english_word(word) and not is_given_name(word)


# An XML element that stands for a person, by its tag ("<Holder>", "<Debtor>", "<ContactPerson>"): a bare
# <Name> inside it is that person's; elsewhere it names a track, a product or a field.
_PERSON_ELEMENT = re.compile(
    r"<(?i:[\w:]*(?:person|holder|party|customer|client|owner|contact|debtor|creditor|patient|employee|applicant"
    r"|member|beneficiary|payee|payer|signer|guarantor|borrower|insured|subscriber|participant))[^<>/]*>\s*$"
)


def _person_element_name(text: str, at: int, value: str) -> bool:
    """Whether the bare <Name> element at `at` holding `value` names a person: it opens a person's element,
    right after that element's tag, and its value may be a name."""
    return _PERSON_ELEMENT.search(text, max(0, at - 80), at) is not None and _names_someone(value)


_COMPANY_FORM = re.compile(rf"(?<![\w])(?:{COMPANY_FORMS})\.?(?![\w])")


def _names_someone(value: str) -> bool:
    """Whether a bare field value ("<Name>Ana Lima</Name>", "name: Tuugahala") may be a person's name: no
    digits, not English words alone ("Production cluster", "Webmail"), no company's form ("Landlord: Umgeni
    Health (Pty) Ltd")."""
    words = re.findall(r"[^\W\d_]+", value)
    return (
        bool(words)
        and not any(c.isdigit() for c in value)
        and not all(_english_not_given(w) for w in words)
        and _COMPANY_FORM.search(value) is None
    )


# A record's person by role ('"contact": "Mensah, Ekow-Kobina"', '"owner": "Mwanaisha"', 'veterinarian:
# "ડામોર સવિતા"', "<Audiologist>ling hock ming</Audiologist>", 'pax="Nelly"', "drv=Mercedes"): a value of words
# only, not all of them English ('"owner": "Finance Team"' stays). Roles a program or a machine also takes
# ("host", "operator", "provider", "vendor", "sender") are left out.
_ROLE_KEY = (
    r"(?:contact|owner|agent|assignee|approver|reviewer|reporter|requester|driver|customer|patient|employee"
    r"|veterinarian|vet|audiologist|physician|doctor|nurse|midwife|dentist|pharmacist|therapist|clinician"
    r"|teacher|instructor|tutor|coach|mentor|trustee|treasurer|chairperson|secretary|presenter|producer"
    r"|interpreter|inspector|technician|installer|photographer|dispatcher|caseworker|social_?worker"
    r"|key_?worker|guardian|mother|father|spouse|witness|pax|passenger|drv|rider|tenant|landlord|seller|buyer"
    r"|trader|stallholder|applicant|child|pupil|student|referrer|signatory|beneficiary)"
)
_JSON_ROLE_NAME = re.compile(rf'"(?i:{_ROLE_KEY})"[ \t]*:[ \t]*"(?P<v>[^"\n\d@/:]{{1,80}})"')
_XML_ROLE_NAME = re.compile(rf"<(?P<tag>(?i:{_ROLE_KEY}))>(?P<v>[^<>\n\d@/:]{{1,80}})</(?P=tag)>")
# A log's key=value fields: quoted, or one bare word up to the next space ('pax="Nelly" ... drv=Sarah').
_LOG_ROLE_NAME = re.compile(
    rf'(?<![\w-])(?i:{_ROLE_KEY})=(?:"(?P<v>[^"\n\d@/:=]{{1,80}})"|(?P<w>[^\W\d_]{{2,40}})(?![\w=]))'
)
# The same keys in YAML and TOML: 'name: "Ana Lima"', 'support_agent = "孙帅"', "family_name: Tuugahala".
_YAML_NAME = re.compile(
    rf"^[ \t]*(?:-[ \t]+)?(?i:{_NAME_KEY}|support_agent|{_ROLE_KEY})[ \t]*[:=][ \t]*"
    # Quoted, or bare as YAML writes most strings ("family_name: Tuugahala"); bare, four words at most ("Name:
    # Smith, and then we left" is a sentence).
    r'(?:"(?P<quoted>[^"\n]{1,80})"|(?P<bare>[^"\n#][^"\n#]{0,79}?))[ \t]*$',
    re.MULTILINE,
)
# A lower-case identifier of a service, package or host ('name = "ledger-sync"', "kyc-gateway"): words joined
# by dashes, no space. A person's name in such a field has a space or a capital.
_SLUG = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)+")
# A name attribute of markup ('contact_name="Həcər Muradlı"'); a bare "name" attribute names a field, not a
# person.
# Who booked, asked for or signed a thing, as a log's attributes name them ('booked_by="Ana Lima"').
_ATTR_NAME = re.compile(
    r"\b(?i:(?:first|last|given|family|full|middle|contact|display|customer|holder|real|legal|preferred)_?name"
    r"|(?:booked|requested|created|reported|submitted|approved|signed|ordered|checked)_?by)"
    r'[ \t]*=[ \t]*"(?P<v>[^"\n]{1,80})"'
)
# A name object of FHIR and its kin: "given" and "family" side by side ({"given": "Linde", "family": "Veen"}).
_JSON_GIVEN_FAMILY = re.compile(
    r'"(?P<k1>given|family)"[ \t]*:[ \t]*\[?[ \t]*"(?P<v1>[^"\n]{1,60})"[ \t]*\]?[ \t]*,[ \t\n]*'
    r'"(?P<k2>given|family)"[ \t]*:[ \t]*\[?[ \t]*"(?P<v2>[^"\n]{1,60})"'
)
_NAME_HEADER = re.compile(
    # Plural too: a manifest's "GIVEN NAMES", a register's "Forenames".
    rf"(?i:[ \t]*\"?(?:{_NAME_KEY.replace('_?', '[_ ]?')}|forename|passenger|attendee|participant)s?\"?[ \t]*)"
)
# A secret's column: the table is a password manager's export, whose "name" or "title" column names entries.
_SECRET_HEADER = re.compile(
    r"(?i:[ \t]*\"?(?:password|passwort|mot[ _]de[ _]passe|contraseña|senha|passwd)\"?[ \t]*)"
)
_BARE_NAME = re.compile(r"(?i:[ \t]*\"?(?:name|title)\"?[ \t]*)")
# A column of people named by their role ("Employee", "Patient", "Guest"): its cells are people when they
# hold no digit (an employee number is no name).
_ROLES = (
    r"(?:employee|patient|customer|client|tenant|guest|member|applicant|beneficiary|holder|driver"
    r"|owner|buyer|seller|borrower|policyholder|witness|signer|attendee|registrant|consignee|dependent|insured"
    r"|volunteer|swimmer|rider|visitor|caller|student|pupil|donor|traveller|traveler|resident|child|parent"
    r"|guardian|tenant"
    # Parties to a lease, a grant or an estate ("RENTER / DEPUTY", "Grantee", "Interred").
    r"|renter|lessee|deputy|grantee|interred|decedent|heir|claimant|petitioner|respondent"
    # A card's or an account's holder as a settlement report heads the column ("cardholder").
    r"|cardholder|card holder|account holder|accountholder"
    # A court's cause list: the parties of each case and the advocates who appear for them.
    r"|party|parties|advocate|plaintiff|defendant|appellant"
    # The other side of a payment in a statement ("counterparty").
    r"|counterparty|counterparties)s?"
)
# What stands between the parties of a case in its title ("Ana Lima vs Rui Sá", "X v. Y", "X contre Y").
_VERSUS = re.compile(r"[ \t]+(?i:vs\.?|v\.|versus|contre|gegen|против|ضد)[ \t]+")


def _parties(value: str) -> list[tuple[int, int]]:
    """The people of a cell as (start, end) within it: each side of a case's title, or the whole cell."""
    out, at = [], 0
    for m in _VERSUS.finditer(value):
        out.append((at, m.start()))
        at = m.end()
    return [*out, (at, len(value))]


_ROLE_HEADER = re.compile(
    rf"(?i:[ \t]*\"?(?:{_ROLES}(?:[ ]?/[ ]?{_ROLES})?"
    # A name's parts as a header writes them alone ("last", "first"): a cell without digits under them.
    r"|first|last|given|family|middle|forename)\"?[ \t]*)"
)
# Columns whose header names a date of birth or a social security number.
_BIRTH_HEADER = re.compile(
    r"(?i:[ \t]*\"?(?:dob|birth|d\.o\.b\.?|date[_ ]of[_ ]birth|birth[_ ]?date|birthday|born|geburtsdatum|"
    r"fecha de nacimiento|date de naissance|data di nascita|data de nascimento|geboortedatum)\"?[ \t]*)"
)
# Columns of a postal address ("address", "mailing_street", "Home address", "street_address", "addr_line1"):
# a cell with a number and a word is one; an e-mail or IP address column is not meant ("email_address").
_ADDRESS_KEY = (
    r"(?:(?:mailing|postal|billing|shipping|home|residential|street|delivery|correspondence|"
    r"permanent|current)[_ ]?)?(?:street|address|addr)(?:[_ ]?(?:line)?[_ ]?[12])?"
    # Where a card or a parcel is sent ("MAIL_TO", "ship to").
    r"|(?:mail|ship|bill|send|deliver)[_ ]?to"
)
_ADDRESS_HEADER = re.compile(rf"(?i:[ \t]*\"?(?:{_ADDRESS_KEY})\"?[ \t]*)")
# A record's address field, whole: a JSON member, a YAML or INI key, an XML element ('"home": "240, rue
# Tamaani, Montréal (Québec) H2J 1K6"', 'address = Jalan Veteran No. 201, RT 52/RW 6, Kabanjahe 22111',
# "<Postal>số 48, phố Trần Đăng Ninh, phường 5</Postal>"). The street recognizers read a street line; the
# field says the whole value is the address, town and postcode too. A bare value counts only under a record's
# lower-case key (a form's "Address:" line may run on past the address). "home" and "postal" alone name an
# address only in a record; a digit and a word are required ("home": "+1 418 226 6566" is a phone, "postal":
# "16001" and "<postal>BP 154</postal>" are codes).
_ADDRESS_FIELD_KEY = rf"(?i:{_ADDRESS_KEY}|home|postal|residence|domicile)"
_ADDRESS_FIELD = re.compile(
    rf'"{_ADDRESS_FIELD_KEY}"[ \t]*:[ \t]*"(?P<json>[^"\n]{{4,160}})"'
    rf"|^[ \t]*(?:-[ \t]+)?(?P<key>{_ADDRESS_FIELD_KEY})[ \t]*[:=][ \t]*"
    rf'(?:"(?P<quoted>[^"\n]{{4,160}})"|(?P<bare>[^"\s][^"\n]{{3,159}}?))[ \t;,.]*$'
    rf"|<(?P<tag>{_ADDRESS_FIELD_KEY})>(?P<xml>[^<>\n]{{4,160}})</(?P=tag)>",
    re.MULTILINE,
)


def _address_fields(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _ADDRESS_FIELD.finditer(text):
        group = next(g for g in ("json", "quoted", "bare", "xml") if m.group(g) is not None)
        if group == "bare" and not m.group("key").islower():
            continue  # a form's "Address: 15 Calle Mayor, Valladolid, 9 years" runs on past the address
        value = m.group(group)
        if (
            any(c.isdigit() for c in value)
            and re.search(r"[^\W\d_]{3}", value)
            and value[0] not in "+/("
            and "@" not in value
            and "://" not in value
        ):
            out.append(("STREET_ADDRESS", *m.span(group)))
    return out


_SSN_HEADER = re.compile(
    # A remark in brackets after it ("SSN (1099)", "SSN (last 4)").
    r"(?i:[ \t]*(?:ssn|social security(?: number| no\.?)?)(?:[ \t]*/[ \t]*[\w. ]+|[ \t]*\([^()\n]{1,20}\))?[ \t]*)"
)
_DELIMITERS = "|\t;,"
# Markup elements that hold a name's parts ("<givenName>Jade</givenName>", "<surname>...</surname>").
# A directory's or an address book's entry names its person in a bare <Name> element (an IP phone's
# directory: "<DirectoryEntry>\n  <Name>OKAFOR, Ada</Name>"); elsewhere <Name> names anything.
_ENTRY_NAME = re.compile(
    r"<(?:DirectoryEntry|Contact|ContactEntry|Person|Member|Employee|Customer|Patient|Entry)(?:[ \t][^<>\n]*)?>"
    r"\s{0,40}<Name>(?P<v>[^<>\n\d@]{1,80})</Name>"
)
_XML_NAME = re.compile(
    r"<(?P<tag>(?i:(?:given|family|first|last|middle|full|display|sur|fore|person)_?name|surname|forename|name))>"
    r"(?P<v>[^<>\n]{1,80})</(?P=tag)>"
)
# A form laid out in columns by runs of spaces, a row per field: the row labelled with a name holds one name
# per column ("Name                Fərid Nəzərli                Aydan Vəziroğlu").
_NAME_ROW = re.compile(
    r"^[ \t]*(?i:name|full name|names?|applicant|borrower|insured|patient)[ \t]*:?(?P<cells>(?:[ ]{2,}|\t)[^\n]+)$",
    re.MULTILINE,
)
# Column headers and a table's closing rows: a "Name" row holding them is the table's header, not a record
# laid out across ("Name  Email  Mobile  Mon  Tue"), and a name column's "TOTAL" row is no one.
_HEADER_WORDS = {
    *"email e-mail mail mobile phone tel telephone fax address date dob rate total subtotal amount hours".split(),
    *"id role title department status notes signature mon tue wed thu fri sat sun".split(),
    *"iban bic swift account gross net balance salary pay tax ssn mrn born birth city country".split(),
}
# A study's or a trial's subject: a person when the table also holds a date of birth ("subject;mrn;dob");
# alone, "Subject" heads the subject lines of an e-mail list.
_SUBJECT_HEADER = re.compile(r"(?i:[ \t]*\"?subjects?\"?[ \t]*)")
_TOTAL_CELLS = {"total", "totals", "subtotal", "sum", "grand total"}
# A header's underline ("-------", "====  ===="): three marks, then marks and spaces only (linear on any length).
_RULE_LINE = re.compile(r"[ \t]*[-=_~*+]{3}[-=_~*+ \t]*")
# A chat transcript's speaker line: a name and the time of the message, alone on their line ("高倩 11:59").
_SPEAKER_LINE = re.compile(
    r"^(?P<v>[^\W\d_][^\W\d_'.-]*(?:[ ][^\W\d_][^\W\d_'.-]*){0,3})[ \t]+\[?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ ]?[AaPp][Mm])?\]?[ \t]*$",
    re.MULTILINE,
)
# A fixed-width record of a mainframe extract or a report: a key (an account or customer number), then a name
# in capitals, then a date (of birth), the fields parted by runs of spaces
# ("2058981344  K. NOWAK      26-MAR-1956  ...", "7802072404  SOUZA, ANA     6-JUN-1953  ...").
_FIXED_DATE = r"\d{1,2}[-./ ]?(?:[^\W\d_]{3,10}|\d{1,2})[-./ ]?\d{2,4}(?![\w])|(?:19|20)\d{6}(?![\w])"
_FIXED_RECORD_NAME = re.compile(
    rf"^[ \t]{{0,8}}[A-Z0-9][\w/-]{{3,19}}[ ]{{2,}}"
    rf"(?P<v>[{UPPER}][{UPPER}'-]{{0,30}}\.?(?:,?[ ][{UPPER}][{UPPER}'-]{{0,30}}\.?){{1,4}})[ ]{{2,}}(?={_FIXED_DATE})",
    re.MULTILINE,
)
# A chat transcript's message line: a bracketed time, the speaker, then a colon and the message or the news that
# they joined or left ("[14:32] Ana Lima: Hello", "[14:32] LIMA, Ana joined the chat").
_PARTICLE = r"(?:al|el|bin|bint|ibn|de|da|di|del|della|do|dos|das|du|van|von|der|den|la|le|ter|ten)"
# A chat's accounts that are no one: the room's moderator, its bots, the operator.
_CHAT_ROLES = {
    *"admin bot mod moderator sysop host operator support agent system server guest user notice".split()
}
_CASELESS_WORD = rf"[{CASELESS_LETTERS}]{{1,30}}"
_CHAT_SPEAKER = re.compile(
    # A time, or a date and a time, in brackets as WhatsApp's iPhone export writes them ("[19/08/2026,
    # 09:31:40] "), or before a dash as its Android export does ("19/08/2026, 09:31 - ", "22:45 - ").
    r"^[ \t]{0,4}(?P<open>\[)?(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?[ ])?\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?"
    r"(?(open)\][ \t]{1,4}|[ ][-–][ ])"
    # One to four words of a name: capitalised in a Latin, Greek or Cyrillic script, or the particles of one
    # ("Saeed bin Rashid", "OKAFOR, Ada", "Прокопий").
    # Or one to three words of a script without capitals ("יוסף כהן", "김민준").
    rf"(?P<v>[{UPPER}{SCRIPT_UPPER}][\w'’.-]{{0,30}}(?:,?[ ](?:[{UPPER}{SCRIPT_UPPER}][\w'’.-]{{0,30}}|{_PARTICLE}(?=[ ]))){{0,3}}"
    rf"|{_CASELESS_WORD}(?:[ ]{_CASELESS_WORD}){{0,2}}"
    # Or a first name in lower case, as people type their own ("[09:02] shira: 5 May 1943").
    rf"|[{LOWER}{SCRIPT_LOWER}]{{2,30}}(?=:[ \t]))"
    r"(?=[ \t]+(?:has[ ]|have[ ])?(?:joined|left)\b|:[ \t])",
    re.MULTILINE,
)
# iCalendar (RFC 5545): the common name of an organiser or attendee ("ATTENDEE;ROLE=CHAIR;CN=Ana Lima:mailto:...").
_ICAL_NAME = re.compile(r"^(?:ORGANIZER|ATTENDEE)(?:;[^:\n]*?)?;CN=\"?(?P<v>[^;:\"\n]+)", re.MULTILINE)
# A passenger name as airlines write it (IATA): SURNAME/GIVEN NAMES and a title ("STRAKOVÁ/MARIANNA MRS"), or
# any case after a passenger label ("Passenger: Livingston/Catherina").
_PNR_WORD = r"[^\W\d_]+(?:[-'][^\W\d_]+)*"
_PNR_CAPS = rf"[{UPPER}]{{2,}}(?:[-' ][{UPPER}]{{2,}})*?"
_PNR_NAME = re.compile(
    rf"(?<![\w/])(?P<v>{_PNR_CAPS}/{_PNR_CAPS})(?=[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR)\b)"
    rf"|(?i:passenger|pax|traveller|traveler)[ \t]*:[ \t]*(?P<w>{_PNR_WORD}/{_PNR_WORD})"
)


# HL7 v2's patient segment: PID-3 lists the patient's identifiers (record number, with the issuing
# authority and type after carets: "K3730270^^^MAIN^MR", repeats split by "~"), PID-5 the name
# ("Family^Given^Middle"). Segments end at a carriage return; the default separators |^~\& are assumed.
_HL7_PID = re.compile(
    r"(?:^|[\r\n])PID\|[^|\r\n]*\|[^|\r\n]*\|(?P<ids>[^|\r\n]*)\|[^|\r\n]*\|(?P<name>[^|\r\n]*)"
)
# The people of a message, by the fields the standard gives them: the next of kin (NK1-2), the patient's
# mother's maiden name and alias (PID-6, -9), the visit's doctors (PV1-7, -8, -9, -17), an appointment's staff
# (AIP-3), a role's person (ROL-4), an order's enterer, verifier and orderer (ORC-10, -11, -12; OBR-16, -28),
# an observation's responsible observer (OBX-16), a document's provider, originator, authenticator and
# transcriptionist (TXA-5, -9, -10, -11, -22), the primary care provider (PD1-4), the guarantor (GT1-3), the
# insured (IN1-16) and a staff member (STF-3). A name is family^given^middle, or id^family^given^middle with
# the id at times left out.
_HL7_PERSON_FIELDS = {
    "NK1": (2,),
    "PID": (6, 9),
    "PV1": (7, 8, 9, 17),
    "AIP": (3,),
    "ROL": (4,),
    "ORC": (10, 11, 12),
    "OBR": (16, 28),
    "OBX": (16,),
    "TXA": (5, 9, 10, 11, 22),
    "PD1": (4,),
    "GT1": (3,),
    "IN1": (16,),
    "STF": (3,),
}
# Their addresses (XAD, street^other^city^state^postcode^country, or one free-text line): the patient's
# (PID-11), the next of kin's (NK1-4), the guarantor's (GT1-5) and the insured's (IN1-19).
_HL7_ADDRESS_FIELDS = {"PID": (11,), "NK1": (4,), "GT1": (5,), "IN1": (19,)}
_HL7_PERSON_SEGMENT = re.compile(rf"(?:^|(?<=[\r\n]))(?:{'|'.join(_HL7_PERSON_FIELDS)})\|[^\r\n]*")


def _hl7_pid(text: str) -> list[tuple[str, int, int]]:
    """The patient's identifiers (first component of each PID-3 repeat, when it holds a digit) and name parts
    (the first three components of each PID-5 repeat)."""
    out = []
    for m in _HL7_PID.finditer(text):
        for group, kind, components in (("ids", "MEDICAL_RECORD_NUMBER", 1), ("name", "PERSON", 3)):
            for repeat in re.finditer(r"[^~]+", m.group(group)):
                at = m.start(group) + repeat.start()
                for part in repeat.group().split("^")[:components]:
                    if part.strip() and (kind == "PERSON" or any(c.isdigit() for c in part)):
                        out.append((kind, at, at + len(part)))
                    at += len(part) + 1
    return out


# GEDCOM, the genealogy exchange format: a person's record ("0 @I1@ INDI") holds the name ("1 NAME Achol
# /Akuei/", "2 GIVN", "2 SURN"), the birth ("1 BIRT" then "2 DATE 28 DEC 1960") and the residence's address
# ("2 ADDR ...", continued by "3 CONT" lines).
_GEDCOM_NAME = re.compile(
    r"^1[ ]NAME[ ](?P<v>[^\n]{1,120})$|^2[ ](?:GIVN|SURN|NICK)[ ](?P<w>[^\n]{1,80})$", re.MULTILINE
)
_GEDCOM_BIRTH = re.compile(
    r"^1[ ]BIRT[ \t]*\n(?:2[ ](?!DATE)[^\n]*\n){0,3}2[ ]DATE[ ](?P<v>[^\n]{4,40})$", re.MULTILINE
)
_GEDCOM_ADDRESS = re.compile(
    r"^2[ ]ADDR[ ](?P<v>[^\n]{1,120}(?:\n3[ ]CONT[ ][^\n]{1,120}){0,4})$", re.MULTILINE
)


# ASC X12 (HIPAA 834 enrolment, 837 claims): segments end with "~", elements part with "*". NM1 names a person
# when its entity type is 1 (family, given, middle name), and carries an SSN when its id qualifier is 34; REF
# with qualifier SY (SSN) or 0F (the subscriber's number, an SSN in most enrolments) carries one too, when it
# reads as one (nine digits, no part all zeros); DMG gives a date of birth (format D8, CCYYMMDD). A segment
# drops its empty trailing elements ("NM1*03*1*MANDAN*DENNIS~": a dependant, family and given name only).
_X12_NM1 = re.compile(
    r"(?:^|~)[ \t\r\n]*NM1\*[^*~\n]{0,3}\*1\*(?P<last>[^*~\n]{0,60})(?:\*(?P<first>[^*~\n]{0,60})"
    r"(?:\*(?P<middle>[^*~\n]{0,60})(?:(?:\*[^*~\n]{0,10}){2}\*(?P<qualifier>[^*~\n]{0,3})\*(?P<id>[^*~\n]{1,30}))?)?)?"
)
# A person's address follows the person's NM1: N3 gives the street lines (N4, the town, state and postcode,
# is left to the town and postcode rules).
_X12_PLACE = re.compile(r"(?:^|~)[ \t\r\n]*(?P<segment>NM1|N3)\*(?P<body>[^~\n]{1,200})")
_X12_SSN_REF = re.compile(r"(?:^|~)[ \t\r\n]*REF\*(?:SY|0F)\*(?P<id>\d{3}[- ]?\d{2}[- ]?\d{4})(?=[*~]|$)")
_X12_BIRTH = re.compile(r"(?:^|~)[ \t\r\n]*DMG\*D8\*(?P<date>(?:19|20)\d{6})(?=[*~]|$)")
_X12_SSN = re.compile(r"\d{3}[- ]?\d{2}[- ]?\d{4}")


def _x12_ssn(value: str) -> bool:
    return _X12_SSN.fullmatch(value) is not None and ssn_parts_ok(value.replace("-", "").replace(" ", ""))


def _x12(text: str) -> list[tuple[str, int, int]]:
    """The people, SSNs and birth dates of an X12 transaction's NM1, REF and DMG segments."""
    out: list[tuple[str, int, int]] = []
    for m in _X12_NM1.finditer(text):
        out += [
            ("PERSON", *m.span(part)) for part in ("last", "first", "middle") if (m.group(part) or "").strip()
        ]
        if m.group("qualifier") == "34" and _x12_ssn(m.group("id")):
            out.append(("US_SSN", *m.span("id")))
    person = False
    for m in _X12_PLACE.finditer(text):
        if m.group("segment") == "NM1":
            person = m.group("body").split("*")[1:2] == ["1"]
        elif person and any(c.isalpha() for c in m.group("body")):
            out.append(("STREET_ADDRESS", *m.span("body")))
    for m in _X12_SSN_REF.finditer(text):
        if _x12_ssn(m.group("id")):
            out.append(("US_SSN", *m.span("id")))
    out += [("DATE_OF_BIRTH", *m.span("date")) for m in _X12_BIRTH.finditer(text)]
    return out


def _gedcom(text: str) -> list[tuple[str, int, int]]:
    """Names, birth dates and addresses of a GEDCOM file's people."""
    out: list[tuple[str, int, int]] = []
    for m in _GEDCOM_NAME.finditer(text):
        group = "v" if m.group("v") else "w"
        for part in re.finditer(r"[^/ ][^/]*[^/ ]|[^/ ]", m.group(group)):
            out.append(("PERSON", m.start(group) + part.start(), m.start(group) + part.end()))
    out += [("DATE_OF_BIRTH", m.start("v"), m.end("v")) for m in _GEDCOM_BIRTH.finditer(text)]
    out += [("STREET_ADDRESS", m.start("v"), m.end("v")) for m in _GEDCOM_ADDRESS.finditer(text)]
    return out


# A card terminal's tape prints the cardholder as the card's track holds the name ("NAME QADIR/EKBER",
# "NAME SAMBA-PANZA/ANICET-GEORGES").
_TAPE_NAME = re.compile(
    r"^[ \t]*(?:NAME|CARDHOLDER|CH NAME)[ \t]*:?[ \t]+(?P<v>[^\W\d_](?:[^\W\d_]|[' -]){0,40}/[^\W\d_](?:[^\W\d_]|[' .-]){0,40}?)[ \t]*$",
    re.MULTILINE,
)


def _xad_spans(field: str) -> list[tuple[int, int]]:
    """The street line of each address of an XAD field (components 1 and 2: the street and the flat or
    building), or the whole line a sender wrote into the first component; the town, state, postcode and
    country after them are read by the town and postcode rules, like any address's."""
    out = []
    for repeat in re.finditer(r"[^~]+", field):
        spans, at = [], repeat.start()
        for part in repeat.group().split("^")[:2]:
            if part.strip():
                spans.append((at, at + len(part)))
            at += len(part) + 1
        value = field[spans[0][0] : spans[-1][1]] if spans else ""
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            out.append((spans[0][0], spans[-1][1]))
    return out


def _hl7_people(text: str) -> list[tuple[str, int, int]]:
    """Name parts of the people fields of an HL7 message's segments (see _HL7_PERSON_FIELDS)."""
    out = []

    def parts(at: int, field: str) -> None:
        for repeat in re.finditer(r"[^~]+", field):
            start = at + repeat.start()
            components = repeat.group().split("^")
            first = 1 if any(c.isdigit() for c in components[0]) else 0  # an id before the name
            for k, part in enumerate(components):
                if first <= k < first + 3 and part.strip() and not any(c.isdigit() for c in part):
                    out.append(("PERSON", start, start + len(part)))
                start += len(part) + 1

    for line in _HL7_PERSON_SEGMENT.finditer(text):
        segment = line.group()[:3]
        wanted, addresses = _HL7_PERSON_FIELDS[segment], _HL7_ADDRESS_FIELDS.get(segment, ())
        at = line.start()
        for k, field in enumerate(line.group().split("|")):
            if k in wanted:
                parts(at, field)
            elif k in addresses:
                out += [("STREET_ADDRESS", at + s, at + e) for s, e in _xad_spans(field)]
            at += len(field) + 1
    return out


def _placeholder(value: str) -> bool:
    """A field left for a name that holds none: empty, bracketed ("(Unknown)", "<none>"), or a null word."""
    bare = value.strip()
    return not bare or bare[0] in "([<{" or bare.lower() in {"unknown", "null", "none", "n/a", "-"}


def _column_kind(cell: str) -> str | None:
    if _NAME_HEADER.fullmatch(cell):
        return "PERSON"
    if _ROLE_HEADER.fullmatch(cell):
        return "ROLE"
    if _BIRTH_HEADER.fullmatch(cell):
        return "DATE_OF_BIRTH"
    if _SSN_HEADER.fullmatch(cell):
        return "US_SSN"
    if _ADDRESS_HEADER.fullmatch(cell):
        return "STREET_ADDRESS"
    return None


# A team's or a queue's handle: lower-case words joined by hyphens, underscores or full stops and no space
# ("emea-sales", "key_accounts", "ops.desk"), as a CRM's "owner" column or a ticket's assignee holds it.
_HANDLE = re.compile(r"[a-z]{2,}(?:[-_.][a-z]{2,}){1,3}")
_ADDRESS_CELL = re.compile(r"\d.{0,40}?[^\W\d_]{3}|[^\W\d_]{3}.{0,60}?\d")


def _cell_fits(kind: str, value: str) -> bool:
    """A cell holds what its header says: a name has no digit, a date of birth has some, an SSN nine."""
    digits = sum(c.isdigit() for c in value)
    if kind == "STREET_ADDRESS":
        return "@" not in value and _ADDRESS_CELL.search(value) is not None
    if kind in ("PERSON", "ROLE"):
        if (
            kind == "ROLE"
            and _HANDLE.fullmatch(value)
            and any(is_english_word(p) for p in re.split(r"[-_.]", value))
        ):
            return False  # "emea-sales": a team, not a person
        return kind == "PERSON" or digits == 0
    if kind == "US_SSN":
        return digits == 9
    return digits >= 4


def _cells(row: str, delimiter: str) -> list[str]:
    """A row's cells; a delimiter inside a quoted CSV cell ('"KRW 21,424,546"') splits nothing."""
    if '"' not in row:
        return row.split(delimiter)
    return _QUOTED_CELLS[delimiter].findall(row)


def _row_cells(row: str, delimiter: str, width: int) -> list[str]:
    """A data row's cells; a comma-separated row keeps its amounts' thousands commas inside their cells."""
    if delimiter != ",":
        return _cells(row, delimiter)
    return [c.replace("\x00", ",") for c in fit_comma_row(row, width, lambda r: _cells(r, ","))]


# A cell of a delimited row: quoted (the delimiter may sit inside) or not; each followed by the delimiter or
# the row's end.
_QUOTED_CELLS = {
    d: re.compile(rf'(?:(?<={re.escape(d)})|^)[ \t]*(?:"[^"]*"[ \t]*(?={re.escape(d)}|$)|[^{re.escape(d)}]*)')
    for d in _DELIMITERS
}


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of `text` with the offset it starts at."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def _first_row(lines: list[tuple[int, str]], header: int) -> int:
    """The index of a table's first row: the line after its header, or after the header's underline."""
    row = header + 1
    return row + 1 if row < len(lines) and _RULE_LINE.fullmatch(lines[row][1]) else row


_REMARK = re.compile(r"\([^()\n]{1,20}\)")


def _table_cells(text: str) -> list[tuple[str, int, int]]:
    """Cells under a header cell that names a person's name or role, a date of birth or an SSN, in the
    rows right below the header that have as many cells. One pass over the lines."""
    out: list[tuple[str, int, int]] = []
    lines = _lines(text)
    i = 0
    while i < len(lines):
        line = lines[i][1]
        delimiter = next((d for d in _DELIMITERS if line.count(d) >= 2), None)
        cells = _cells(line, delimiter) if delimiter else []
        columns = {k: kind for k, c in enumerate(cells) if (kind := _column_kind(c))}
        if "DATE_OF_BIRTH" in columns.values():
            columns |= {k: "ROLE" for k, c in enumerate(cells) if _SUBJECT_HEADER.fullmatch(c)}
        if any(_SECRET_HEADER.fullmatch(c) for c in cells):
            # A password manager's export ("name,url,username,password"): "name" is the entry's ("Webmail",
            # "Home router"); the person is in the username column, which other recognizers read.
            columns = {
                k: kind
                for k, kind in columns.items()
                if kind != "PERSON" or not _BARE_NAME.fullmatch(cells[k])
            }
        # A header opens its table: a row inside one that happens to start "| Name | ..." is a record laid
        # out across (fields down the first column), and the cells below it are the next fields' names.
        inside = i > 0 and delimiter is not None and lines[i - 1][1].count(delimiter) == line.count(delimiter)
        # A property line of iCalendar or of a header ("ATTENDEE;ROLE=REQ-PARTICIPANT;CN=...") is no table row.
        keyed = "=" in line
        # A header holds no digits but in a bracketed remark ("SSN (1099)"); a data row has some.
        digits = any(ch.isdigit() for ch in _REMARK.sub("", line))
        if delimiter is None or not columns or inside or keyed or digits:
            i += 1
            continue
        j = _first_row(lines, i)
        while (
            j < len(lines)
            and lines[j][1].strip()
            and len(row := _row_cells(lines[j][1], delimiter, len(cells))) == len(cells)
        ):
            offset = lines[j][0]
            for k, cell in enumerate(row):
                value = cell.strip()
                if len(value) > 1 and value[0] == value[-1] == '"':
                    value = value[1:-1].strip()  # a quoted CSV cell: the name inside the quotes
                kind = columns.get(k)
                if (
                    kind
                    and value
                    and not set(value) <= set("-:= ")
                    and value.lower() not in _TOTAL_CELLS
                    and _cell_fits(kind, value)
                ):
                    lead = offset + cell.index(value)
                    if kind in ("PERSON", "ROLE"):
                        out += [("PERSON", lead + s, lead + e) for s, e in _parties(value)]
                    else:
                        out.append((kind, lead, lead + len(value)))
                offset += len(cell) + 1
            j += 1
        i = j
    return out


_SPACED_HEADER = re.compile(r"[^\S\n]*\S+(?: \S+)*(?: {2,}\S+(?: \S+)*){2,}[ \t]*")


def _spaced_table_cells(text: str) -> list[tuple[str, int, int]]:
    """The same cells in a table whose columns runs of two or more spaces part (a log's or a report's plain
    text: "time  call  name  QTH" over "20:50 OM8R  Ana  Oviedo"): a header line of three cells or more, no
    digits, one of them naming a name or a role; the rows right below it with as many cells, two codes one
    space apart counted as the two cells they are."""
    out: list[tuple[str, int, int]] = []
    lines = _lines(text)
    i = 0
    while i < len(lines):
        line = lines[i][1]
        if "  " not in line or any(ch.isdigit() for ch in line) or not _SPACED_HEADER.fullmatch(line):
            i += 1
            continue
        cells = cell_spans(line, "  ")
        columns = {k: kind for k, (s, e) in enumerate(cells) if (kind := _column_kind(line[s:e]))}
        others = [line[s:e] for k, (s, e) in enumerate(cells) if k not in columns]
        if not columns or (0 in columns and not any(c.lower().rstrip(".:") in _HEADER_WORDS for c in others)):
            i += 1  # no name column, or a "Name" row of a form laid out across ("Name  Ana Lima  Rui Sá")
            continue
        j = _first_row(lines, i)
        while j < len(lines) and lines[j][1].strip():
            offset, row = lines[j]
            row_cells = cell_spans(row, "  ")
            if len(row_cells) == len(cells) - 1:
                row_cells = split_merged_cell(row, row_cells)
            if len(row_cells) != len(cells):
                break
            for k, kind in columns.items():
                s, e = row_cells[k]
                value = row[s:e]
                if value.lower() in _TOTAL_CELLS or not _cell_fits(kind, value):
                    continue
                if kind in ("PERSON", "ROLE"):
                    out += [("PERSON", offset + s + a, offset + s + b) for a, b in _parties(value)]
                else:
                    out.append((kind, offset + s, offset + e))
            j += 1
        i = j
    return out


# The value of a record's place field ('"city": "Nieuw Nickerie"', "town: Bor", 'state="Jonglei"'): a place,
# whatever its words look like.
_PLACE_FIELD = re.compile(
    r"""(?:"|\b)(?i:city|town|state|province|region|country|county|district|municipality|village|locality"""
    r"""|suburb|postal_?code|post_?code|zip)"?[ \t]*[:=][ \t]*"?(?P<v>[^"\n,;{}\[\]]{1,80}?)"?[ \t]*(?=[,;}\]\n]|$)"""
)


# A record that names its number's kind in a field of its own: the label is data, in any language, and the
# field after it that shares its key holds the number ('id-label="Mã bệnh nhân" id="MR/53/55517"',
# "record_label = カルテ番号\nrecord_no = 2284-253-23").
_ID_SUFFIX = rf"(?:[-_](?:{NUMBER_KEYS}))?"
_LABEL_ATTRIBUTE_THEN_ID = re.compile(
    rf'(?<![\w-])(?P<key>[A-Za-z]\w{{0,20}})[-_]label="[^"\n]{{1,60}}"[ \t]+(?P=key){_ID_SUFFIX}="(?P<v>[^"\n]{{1,40}})"'
)
_LABEL_FIELD_THEN_ID = re.compile(
    rf'(?:^|[{{,])[ \t]*"?(?P<key>[A-Za-z]\w{{0,20}})[-_]label"?[ \t]*[:=][ \t]*"?[^"\n]{{1,60}}?"?'
    rf'(?:,?[ \t]*\n|,)[ \t]*"?(?P=key){_ID_SUFFIX}"?[ \t]*[:=][ \t]*"?(?P<v>[^"\n,}}]{{1,40}}?)"?[ \t]*(?:[,}}]|$)',
    re.MULTILINE,
)


def _labelled_ids(text: str) -> list[tuple[str, int, int]]:
    """The numbers of fields whose kind a label field before them gives (see _LABEL_FIELD_THEN_ID)."""
    if "label" not in text:
        return []
    hits = [*_LABEL_ATTRIBUTE_THEN_ID.finditer(text), *_LABEL_FIELD_THEN_ID.finditer(text)]
    return [("MEDICAL_RECORD_NUMBER", *m.span("v")) for m in hits if any(c.isdigit() for c in m.group("v"))]


def place_field_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the values of a record's place fields."""
    return [m.span("v") for m in _PLACE_FIELD.finditer(text)]


class RecordFieldRecognizer(EntityRecognizer):
    """Names and addresses in vCard and SWIFT MT fields (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[
                "PERSON",
                "STREET_ADDRESS",
                "DATE_OF_BIRTH",
                "US_SSN",
                "MEDICAL_RECORD_NUMBER",
            ],
            name="RecordFieldRecognizer",
        )

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if "BEGIN:VCARD" in text:
            for m in _VCARD_NAME.finditer(text):
                for part in re.finditer(r"[^;,]+", m.group("v")):
                    if part.group().strip():
                        s, e = m.start("v") + part.start(), m.start("v") + part.end()
                        out.append(RecognizerResult("PERSON", s, e, 0.6))
            for m in _VCARD_ADR.finditer(text):
                if re.search(r"\w", m.group("v")):
                    out.append(RecognizerResult("STREET_ADDRESS", m.start("v"), m.end("v"), 0.6))
        if "BEGIN:VEVENT" in text or "BEGIN:VCALENDAR" in text:
            for m in _ICAL_NAME.finditer(text):
                if m.group("v").strip() and "@" not in m.group("v"):
                    out.append(RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6))
        if "</" in text:
            for m in _XML_NAME.finditer(text):
                if not _placeholder(m.group("v")) and (
                    m.group("tag").lower() != "name" or _person_element_name(text, m.start(), m.group("v"))
                ):
                    out.append(RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6))
            for m in _ENTRY_NAME.finditer(text):
                if not _placeholder(m.group("v")):
                    out.append(RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6))
        for m in _NAME_ROW.finditer(text):
            if any(
                w.lower().rstrip(".:") in _HEADER_WORDS or _column_kind(w)
                for w in re.split(r"\t|[ ]{2,}", m.group("cells"))
            ):
                continue  # a table's header row: "Name  Born  IBAN  Gross"
            for cell in re.finditer(r"[^ \t](?:[^\t]*?[^ \t])?(?=[ ]{2,}|\t|$)", m.group("cells")):
                if not any(c.isdigit() or c in "@:" for c in cell.group()) and not _placeholder(cell.group()):
                    at = m.start("cells") + cell.start()
                    out.append(RecognizerResult("PERSON", at, at + len(cell.group()), 0.6))
        out += _speakers(text)
        for m in _FIXED_RECORD_NAME.finditer(text):
            if not all(is_english_word(w) for w in re.findall(r"[^\W\d_]{2,}", m.group("v"))):
                out.append(RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6))
        for m in _JSON_GIVEN_FAMILY.finditer(text):
            if m.group("k1") != m.group("k2"):
                out += [RecognizerResult("PERSON", m.start(v), m.end(v), 0.6) for v in ("v1", "v2")]
        for m in _ATTR_NAME.finditer(text):
            if not _placeholder(m.group("v")):
                out.append(RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6))
        for m in _JSON_NAME.finditer(text):
            if m.group("v").strip():
                out.append(RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6))
        for m in chain(
            _JSON_ROLE_NAME.finditer(text) if '":' in text else (),
            _XML_ROLE_NAME.finditer(text) if "</" in text else (),
            _LOG_ROLE_NAME.finditer(text) if "=" in text else (),
        ):
            group = "w" if m.groupdict().get("w") else "v"
            if not _placeholder(m.group(group)) and _names_someone(m.group(group)):
                out.append(RecognizerResult("PERSON", m.start(group), m.end(group), 0.6))
        for m in _YAML_NAME.finditer(text):
            group = "quoted" if m.group("quoted") is not None else "bare"
            value = m.group(group)
            if names_an_animal(text, m.start(group)):
                continue  # "pet:\n  name: Luna"
            if (
                value.strip()
                and not _placeholder(value)
                and not any(c.isdigit() or c in "@/" for c in value)
                and not _SLUG.fullmatch(value)
                and (group == "quoted" or (_names_someone(value) and len(value.split()) <= 4))
            ):
                out.append(RecognizerResult("PERSON", m.start(group), m.end(group), 0.6))
        out += [RecognizerResult(kind, s, e, 0.6) for kind, s, e in _table_cells(text)]
        if "  " in text:
            out += [RecognizerResult(kind, s, e, 0.6) for kind, s, e in _spaced_table_cells(text)]
        out += [RecognizerResult(kind, s, e, 0.6) for kind, s, e in _labelled_ids(text)]
        out += [RecognizerResult(kind, s, e, 0.6) for kind, s, e in _address_fields(text)]
        if "PID|" in text:
            out += [RecognizerResult(kind, s, e, 0.6) for kind, s, e in _hl7_pid(text)]
        if "|" in text:
            out += [RecognizerResult(kind, s, e, 0.6) for kind, s, e in _hl7_people(text)]
        if "~" in text and "*" in text:
            out += [RecognizerResult(kind, s, e, 0.6) for kind, s, e in _x12(text)]
        if "NAME" in text:
            for m in _TAPE_NAME.finditer(text):
                surname, _, given = m.group("v").partition("/")
                out.append(RecognizerResult("PERSON", m.start("v"), m.start("v") + len(surname), 0.6))
                out.append(RecognizerResult("PERSON", m.end("v") - len(given), m.end("v"), 0.6))
        if " INDI" in text and "0 @" in text:
            out += [RecognizerResult(kind, s, e, 0.6) for kind, s, e in _gedcom(text)]
        if "/" in text:
            for m in _PNR_NAME.finditer(text):
                group = "v" if m.group("v") else "w"
                out.append(RecognizerResult("PERSON", m.start(group), m.end(group), 0.6))
        if ":20:" in text:  # every MT message carries its reference in field 20
            for m in _MT_PARTY.finditer(text):
                out.append(RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.6))
                if m.group("address").strip():
                    out.append(
                        RecognizerResult("STREET_ADDRESS", m.start("address") + 1, m.end("address"), 0.6)
                    )
        return out


def _speakers(text: str) -> list[RecognizerResult]:
    """Speakers of a chat transcript: lines of a name and a time, two or more of them, the same name speaking
    again or another taking turns; no English words (so "Lunch 12:30" and "Meeting 13:00" stay). And the
    speakers of timed message lines who are not a role ("Guest", "System", "Virtual assistant": English
    words all), in any case: after a bracketed time, or after a time and a dash in two lines or more."""
    lines = [m for m in _SPEAKER_LINE.finditer(text) if not any(map(is_english_word, m.group("v").split()))]
    out = (
        [RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6) for m in lines] if len(lines) >= 2 else []
    )
    bracketed: list[re.Match[str]] = []
    dashed: list[re.Match[str]] = []
    # Most texts hold neither a bracket nor a spaced dash: the message-line pattern is not tried on them.
    timed = "[" in text or " - " in text or " – " in text
    for m in _CHAT_SPEAKER.finditer(text) if timed else ():
        words = re.findall(r"[^\W\d_]+", m.group("v"))
        if words and not all(is_english_word(w) or w.lower() in _CHAT_ROLES for w in words):
            (bracketed if m.group("open") else dashed).append(m)
    # A dash after a time also opens an agenda's line ("09:00 - Lyon: arrival"): a transcript has turns, two
    # such lines or more.
    chat = bracketed + (dashed if len(dashed) >= 2 else [])
    return out + [RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6) for m in chat]
