"""What must survive scrubbing: security identifiers, clinical codes, citations, amounts, fiscal dates.

A detection that overlaps one of these spans is dropped, whichever recognizer made it. This is the deny-
by-context half of entity selection: spaCy calls "Apple Inc." or "metoprolol" a PERSON now and then, and
a company name, a CUSIP or an ICD-10 code in the training text is content, not an identifier.
"""

from __future__ import annotations

import re
from functools import cache

from core.packs import load_pack
from governance.pii.base import COMPANY_FORMS as _COMPANY_FORMS
from governance.pii.base import FIRM_ROLES, FULL_DATE, HOSPITAL_WORDS, MONTHS, word_trie
from governance.pii.names import currency_codes, is_english_word, is_given_name, is_name_word

_FISCAL_WORDS = (
    "quarter fiscal year period month half fy ended ending through effective filed dated closing maturity "
    "matures settlement payable expire expires expiration issued"
).split() + ["as of", "record date"]
# Factored by prefix and started on a word: tried at every word of every document, so it must fail fast.
_FISCAL_CONTEXT = rf"\b(?i:{word_trie(_FISCAL_WORDS)}|q[1-4])"
# Stock exchanges by the names tickers are quoted with.
_EXCHANGES = word_trie(
    "NYSE NASDAQ Nasdaq AMEX LSE TSX TSXV OTC OMX XETRA Xetra Euronext ASX B3 BME BIT SIX HKEX SEHK SGX JPX TSE "
    "NSE BSE KRX KOSDAQ TWSE JSE BMV BVL BCBA MOEX WSE GPW BVB TASE Tadawul ADX DFM IDX SET Bursa PSE".split()
)
# Words of trade that end a company's name in many languages ("Fjordline Cargo", "Atlantica Seguros"), and
# words that open one ("Stadtwerke Ulmbach", "Banco Sabadell"): no person is named so.
_TRADE_WORDS = (
    r"Logisti[ck]s?|Logistique|Cargo|Freight|Shipping|Seguros|Seguradora|Assicurazioni|Versicherungen?|Insurance"
    r"|Assurances?"
    r"|Tekstil|Textiles?|Denki|Telecom|Telekom|Pharma|Agro|Airlines?|Airways|Motors|Foods?|Energ(?:y|ie|ia|i)"
    r"|Solutions|Systems|Technologies|Software|Consulting|Industries|Industrie|Electric|Electronics|Chemicals?"
    r"|Mining|Media|Ventures|Robotics|Trading|Construction|Engineering|Bau|Werke|Verlag|Handel|Capital|Lines?"
    # Mutual insurers and societies, fund managers, law and advisory firms in many languages ("Atlas Mutual",
    # "Norden Asset Management SA", "Vidal & Soto Abogados", "Keller Rechtsanwälte").
    r"|Mutual|Mutuelle|Mutua|Asset[ \t]+Management|Investment[ \t]+Management|Wealth[ \t]+Management|Advisors"
    r"|Advisers|Abogados|Avocats|Advogados|Avvocati|Rechtsanwälte|Advocaten|Advokater|Solicitors|Attorneys"
    r"|Associates|Asociados|Associés|Biosciences|Therapeutics|Diagnostics|Laboratories|Fastigheter|Immobilien"
    # Growers, makers and sellers of a place's produce ("Moorea Pearl Farms", "Gitega Coffee Growers").
    r"|Farms|Orchards|Growers|Fisheries|Bakery|Brewery|Winery|Distillery|Creamery|Vineyards|Plantations?"
    r"|Outfitters|Traders|Cooperative"
    # Lenders, letting agents, collectors and savings institutions ("Tbilisi Credit Union", "Penhallow
    # Lettings", "Ayni Microfinanzas", "Ubuntu Recoveries").
    r"|Credit[ \t]+Union|Building[ \t]+Society|Microfinance|Microfinanzas|Lending|Lettings|Recoveries|Realty"
    r"|Pensions?|Savings|Telehealth|Telemedicine"
    # Bodies, trusts and the desks of a firm that write to customers ("Kota Belud Tamu Market Tenants'
    # Association", "Rotuma Copra Board", "Tobago Cocoa Estate Online Banking").
    r"|Association|Society|Council|Board|Committee|Commission|Foundation|Federation|Institute|Academy|Agency"
    r"|Trust|Services|Payments|Online[ \t]+Banking|Artisans|Kitchens|Cooperage|Works"
    # Makers' and artists' places and what they grow ("Bàu Trúc Pottery", "Yirrkala Art Centre", "Danau Toba
    # Coffee", "Moundou Cotton Ginnery").
    r"|Coffee|Centre|Barn|Pottery|Ginnery|Crafts|Tours|Workshop|Art[ \t]+House|Music[ \t]+House"
    # Family firms ("Chedraui Hermanos", "Rossi e Figli"), museums, factories and mills of a named good, and
    # a workshop, a factory or a hospital in Turkish ("Kamhi Kundura Atölyesi", "Or-Ahayim Hastanesi").
    r"|Hermanos|Hnos|Irmãos|Frères|Fratelli|Brothers|Bros|Söhne|Figli|Museum|Observatory|Factory"
    r"|(?:Rice|Jute|Sugar|Flour|Paper|Cotton|Steel|Textile|Saw)[ \t]+Mills?|Atölyesi|Fabrikası|Hastanesi"
)
_TRADE_FIRST = (
    r"Stadtwerke|Banco|Banca|Banque|Grupo|Groupe|Gruppo|Gruppe|Compagnie|Companhia|Compañía"
    r"|Museo|Musée|Museu|Fábrica|Fabbrica|Bodegas?|Tenuta|Château|Domaine|Kopalnia|Citadelle"
    # A maker's shop by the ending its language gives trades: French "-erie", Spanish "-ería", Italian
    # "-ificio", German "-erei", Dutch "-erij" ("Brasserie Piedboeuf", "Sastrería Yarur", "Caseificio Arbëreshë").
    r"|[A-Z][^\W\d_]{3,20}(?:erie|ería|ificio|erei|erij)"
)
# Hospitals by the word that opens their names in many languages ("Hospital Amazónico Yarinacocha", "Ospedale
# Parini"); not a street named after one ("54 Hospital Street") nor a doctor's practice ("Clínica Dra. Lima").
_HOSPITAL_FIRST = (
    rf"(?:{word_trie(HOSPITAL_WORDS)})"
    r"(?![ ]+(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Way|Hill|Close|Court|Place|Square|Row|Walk|Dr|Dra"
    r"|Prof|Mr|Mrs|Ms|Sr|Sra)\b)"
)
# Motor vehicles as claims and listings write them: model year, make, model ("2019 Kia Ceed").
_CAR_MAKES = word_trie(
    "Audi BMW Chevrolet Chrysler Citroën Citroen Dacia Fiat Ford Honda Hyundai Jaguar Jeep Kia Lada Lexus Mazda "
    "Mercedes Mercedes-Benz Mini Mitsubishi Nissan Opel Peugeot Porsche Renault Seat SEAT Škoda Skoda Subaru "
    "Suzuki Tesla Toyota Vauxhall Volkswagen VW Volvo BYD Geely Cupra Alfa Lancia Saab Dodge Buick Cadillac "
    "GMC Infiniti Acura Holden Proton Tata Mahindra Chery".split()
)

# Company forms that base.COMPANY_FORMS leaves out because they are common words or initials elsewhere; after
# a capitalised name they close a company's ("Norden Asset Management SA", "Fiduciaire Rochat Sàrl").
_MORE_COMPANY_FORMS = r"SA|Sàrl|Sarl|SAB|S\.C|SCA|SNC|GIE|Inc\.?,? Ltd|Lda"
# Those of the Nordic and Baltic countries and the former Soviet Union: Iceland's "ehf.", "hf.", Estonia's "OÜ",
# "AS", Lithuania's "UAB", Latvia's "SIA", Russia's "OOO", "AO", "PAO", Bulgaria's "EOOD", "OOD".
_MORE_COMPANY_FORMS += r"|ehf|hf|OÜ|AS|UAB|SIA|OOO|PAO|EOOD|OOD|JSC|PJSC"
# An amount: digits grouped by commas, full stops, apostrophes (Switzerland's "220'053.09") or thin spaces,
# with cents.
# At most seven groups of three (10^21): unbounded, a run of "123 123 123 ..." was rescanned from every group.
# A figure, its thousands grouped by commas ("1,343"; seven groups at most, so a long run of "123," costs
# linear time): a comma after other digits starts another CSV cell ("+6913703402,1,343.53 USD").
_FIGURE = r"(?:\d{1,3}(?:,\d{3}){1,6}|\d+)(?![\d,])"
_AMOUNT = r"\d{1,3}(?:[,.'’ ]\d{3}){1,6}(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_CURRENCIES = word_trie(sorted(currency_codes()))
# A product's National Drug Code: labeller, product and package, 4-4-2, 5-3-2, 5-4-1 or (the 11-digit HIPAA
# form) 5-4-2. A phone number is not grouped so unless it starts with a trunk zero, which an NDC may too: there
# "NDC" must stand before it.
_NDC = r"\d{4,5}-\d{3,4}-\d{1,2}"
# A parcel's tracking number after the words that name one ("carrier scan 420 96627 9400 6058", "tracking no.
# FK 326 951 864 IT"): digits in groups, the Universal Postal Union's letters around them.
_TRACKING_WORDS = r"tracking(?:[ \t]+(?:no\.?|number|id|#))?|waybill|air[ \t]+waybill|awb|consignment(?:[ \t]+no\.?)?|carrier[ \t]+scan|parcel(?:[ \t]+no\.?)?"

# The space between two words of one name: one or two spaces, no tab (tabs part the cells of a table, and a
# wider run of spaces the columns of a fixed-width form).
_IN_CELL = r"[ ]{1,2}(?![ \t])"

KEEP_PATTERNS: dict[str, str] = {
    # Securities: exchange-qualified tickers ("(NYSE: IBM)", "OMX: NOVO B", "(B3: PETR4)"), ISIN, CUSIP
    # after its label.
    "ticker": rf"\(?(?<!\w)(?:{_EXCHANGES})(?:\s+[A-Z]\w+)?:\s*[A-Z][A-Z0-9.]{{0,5}}(?:\s[A-Z](?![\w]))?\)?",
    "isin": r"\b[A-Z]{2}[A-Z0-9]{9}\d\b",
    "cusip": r"(?i:\bCUSIP)(?:\s+(?:no\.?|number|#))?[:\s]+[0-9A-Z]{8}\d\b",
    # Clinical content.
    "icd10": r"\b[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?\b",
    # Law: statutes, reporters, dockets.
    "statute": r"\b\d+\s+(?:U\.S\.C\.|C\.F\.R\.|U\.S\.C\.A\.)\s+§+\s*[\d\w().-]+",
    "case_citation": r"\b[A-Z][\w.'&-]{0,40}(?: [A-Z][\w.'&-]{0,40}){0,3} v\. [A-Z][\w.'&-]{0,40}(?: [A-Z&][\w.'&-]{0,40}){0,3}, \d{1,4} (?:U\.S\.|S\. ?Ct\.|F\.|A\.|N\.E\.|P\.|Cal\.)",
    "section": r"§+\s*\d[\w.()-]*",
    # An Australian statute's jurisdiction after its title ("Powers of Attorney Act 1998 (Qld)").
    "jurisdiction": r"\((?:Qld|NSW|Vic|Tas|WA|SA|NT|ACT|Cth)\)",
    # German, Austrian and Swiss decisions cited by court, kind and date ("BGH, Urteil vom 23.10.2019",
    # "OLG München, Beschluss vom 2.5.2021").
    "german_decision": r"\b(?:BGH|BVerfG|BVerwG|BAG|BSG|BFH|OGH|BGer|EuGH|(?:OLG|LG|AG|OVG|VG|LAG)(?:[ \t]+[A-ZÄÖÜ][\w-]+)?)"
    r",?[ \t]+(?:Urteil|Beschluss|Entscheidung|Urt\.|Beschl\.)[ \t]+v(?:om|\.)[ \t]+\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?\d{4}",
    # Rules and codes cited by their abbreviated titles ("Fed. R. Civ. P. 11(b)", "Cal. Civ. Proc. Code § 803"):
    # capitals, a few letters and full stops, which spaCy reads as a person's initials and name.
    "court_rule": r"\bFed\.\s?R\.\s?(?:Civ|Crim|Evid|App|Bankr)\.(?:\s?P\.)?(?:\s\d+(?:\([a-z0-9]+\))*)?",
    "code_title": r"\b[A-Z][a-z]{1,4}\.(?:\s(?:[A-Z][a-z]{1,9}\.?|&)){1,3}\s(?:Code|Law|Stat\.|Ann\.)(?:\s§+\s*\d[\w.()-]*)?",
    "article": r"\bArt(?:icle|s)?\.?\s+\d+[a-z]?(?:\(\d+\))*(?:\s+(?:of\s+the\s+)?[A-Z][A-Za-z]*[A-Z][A-Za-z]*)?",
    "eu_case": r"\b(?:Cases?\s+)?[CTF]-\d{1,4}/\d{2}(?:\s+P)?\b",
    "reporter": r"\b\d{1,4}\s+(?:U\.S\.|S\.\s?Ct\.|F\.(?:\s?Supp\.)?(?:\s?[234]d)?|A\.[23]d|N\.E\.[23]d|P\.[23]d|Cal\.\s?App\.\s?\dth)\s+\d{1,5}",
    "docket": r"\b(?:\d:\d{2}-[a-z]{2}-\d{3,6}(?:-[A-Z]{2,4})?|\d{2,4}-[A-Z]{2}-\d{3,7}|No\.\s+\d{2}-\d{3,5})\b",
    # Money, percentages, fiscal-period dates; a figure and its unit one space apart at most (a tab or a line
    # break parts cells and lines).
    "money": rf"(?:[$€£][ ]?{_FIGURE}(?:\.\d+)?(?:[ ]?(?:million|billion|thousand|[MBK]n?)\b)?|\b{_FIGURE}(?:\.\d+)?[ ]?(?:USD|EUR|dollars))",
    # An amount with its ISO currency code before or after it ("PLN 498251.28", "223,731 DKK"), or Swiss
    # francs as Switzerland writes them ("Fr. 653'438.97", "CHF 1'200.-").
    # One space at most between the code and the figure: a tab parts a table's cells ("+27 21 282 3521<TAB>USD
    # 1,098.97": the phone's last digits are no amount).
    "currency_amount": rf"\b(?:{_CURRENCIES})[ ]?(?:{_AMOUNT})(?![\d])|\b(?:{_AMOUNT})[ ]?(?:{_CURRENCIES})\b"
    rf"|\b(?:S?Fr\.|CHF)[ \t]?(?:{_AMOUNT})(?:\.[-–])?",
    "ndc": rf"\b(?:[1-9]\d{{3,4}}-\d{{3,4}}-\d{{1,2}}|(?i:ndc)\b[^\n\d]{{0,12}}{_NDC})(?![\w-])",
    "tracking": rf"\b(?i:{_TRACKING_WORDS})[ \t]*+[:#]?[ \t]*+(?:[A-Z]{{2}}[ \t]?)?\d[\d \t]{{7,30}}\d(?:[ \t]?[A-Z]{{2}}\b)?",
    # A book's number: ISBN-13 in its five hyphenated parts from the 978/979 prefix, or any ISBN after its
    # label ("978-3-9465-1963-8", "ISBN 0-306-40615-2"): a licence's or a phone's shape, a book's number.
    "isbn": r"97[89]-(?=[\d-]{13}(?![\d-]))\d{1,5}-\d{1,7}-\d{1,7}-\d(?![\w-])"
    r"|(?i:isbn)(?:-1[03])?:?[ \t]*(?:97[89][ -]?)?\d[\d -]{8,14}[\dX](?![\w-])",
    "percent": r"\b\d+(?:\.\d+)?\s?(?:%|percent\b|bps\b|basis points\b)",
    "fiscal_date": rf"{_FISCAL_CONTEXT}[^.\n]{{0,30}}?(?:{FULL_DATE}|{MONTHS}\s+\d{{4}}|\b(?:19|20)\d{{2}}\b)",
    "fiscal_label": r"\b(?:FY|Q[1-4]\s?(?:FY)?)\s?'?\d{2,4}\b",
    # Company names: capitalised words closed by a company form or a word of trade, or opened by one, on one
    # line ("Eringisl\nHospital no.:" is a name and a label), and in one cell: a tab or a run of spaces parts
    # the columns of a table or a form ("Ana Lima<TAB>Kestrel Mutual plc" is a person, then her employer).
    "company": rf"\b(?:(?:[A-Z][\w&'.-]{{0,40}}|&){_IN_CELL}){{0,4}}[A-Z][\w&'.-]{{0,40}},?(?:{_IN_CELL}&)?{_IN_CELL}(?:{_COMPANY_FORMS}|{_MORE_COMPANY_FORMS})(?!\w)\.?",
    # Partners of a firm joined by a plus, as German-speaking firms write them ("Gruner + Jahr").
    "plus_firm": r"\b[A-Z][\w'-]{1,40}(?:[ \t]+\+[ \t]+[A-Z][\w'-]{1,40})+",
    "trade_name": rf"\b(?:(?:[A-Z][\w&'-]{{0,40}}|&){_IN_CELL}){{1,5}}(?:{_TRADE_WORDS})\b"
    rf"|\b(?:{_TRADE_FIRST}|{_HOSPITAL_FIRST})(?:{_IN_CELL}[A-Z][\w'-]{{0,40}}){{1,3}}",
    # The title a notary signs under ("gary harkins-batton, Notary Public").
    "notary": r"\bNotary[ \t]+Public\b",
    # A ship by its name after "Vessel" or "M/V" ("Vessel MSC Aurora (IMO 3466035)", "M/V Maersk Elba").
    "vessel": r"\b(?:Vessel|VESSEL|Vsl\.?|M/V|M/T|MV)[ \t:]+\"?[A-Z][A-Za-z'-]*(?:[ \t][A-Z][A-Za-z'-]*){0,3}"
    # A ship's name before its IMO number ("Kota Hakim   IMO 9897834").
    # Words bounded and started after no hyphen: "A-A-A-..." must not be rescanned from every letter.
    r"|(?<![\w'-])[A-Z][\w'-]{0,40}(?:[ ][A-Z][\w'-]{0,40}){0,3}(?=[ \t]+IMO[ ]?\d{7}\b)",
    # A US state's code ("Alaska Stat. § 12.30.011", "Colo. Rev. Stat. § 13-21-111").
    "state_statute": r"\b[A-Z][a-z]{2,13}\.?(?:[ ](?:Rev\.|Comp\.|Gen\.|Code))?[ ]Stat(?:utes)?\.?(?:[ ]Ann\.)?(?=[ ](?:§|\d|tit))",
    "vehicle": rf"\b(?:19|20)\d{{2}}[ \t]+(?:{_CAR_MAKES})(?:[ \t]+[A-Z0-9][\w-]*){{1,2}}",
}

# Patterns that start with a symbol rather than a word: "(NYSE: ...)", "$4.1 million", "§ 1983".
_SYMBOL_FIRST = {"ticker", "money", "section", "jurisdiction"}
# The others all start a word; saying so once up front skips every position inside a word (40% faster).
_KEEP = re.compile(
    r"(?<!\w)(?=\w)(?:"
    + "|".join(f"(?:{p})" for k, p in KEEP_PATTERNS.items() if k not in _SYMBOL_FIRST)
    + ")|"
    + "|".join(f"(?:{p})" for k, p in KEEP_PATTERNS.items() if k in _SYMBOL_FIRST)
)


# A firm named by the label of its part in a deal (`FIRM_ROLES`).
_LABELLED_FIRM = re.compile(
    rf"\b(?i:{FIRM_ROLES})[ \t]*:?[ \t]+(?P<firm>[A-Z][\w&'-]*(?:{_IN_CELL}(?:[A-Z][\w&'-]*|[&+])){{0,8}})"
)
# A kept name of words alone (a company's, a trade name's), no digits or codes: kept wherever the document
# repeats it ("Regards, Maersk Line" under "contractor Maersk Line").
_FIRM_WORDS = re.compile(r"[A-Z][^\W\d_]*(?:(?:[ \t]+|[ \t]*[&+.'-][ \t]*)[^\W\d_]+)*\.?")


def _firm_names(text: str, spans: list[tuple[int, int]]) -> set[str]:
    names = {text[s:e] for s, e in spans if len(text[s:e]) >= 4 and _FIRM_WORDS.fullmatch(text, s, e)}
    for m in _LABELLED_FIRM.finditer(text):
        firm = m.group("firm")
        if len(firm) >= 4 and not is_given_name(firm.split()[0]):
            names.add(firm)
    return names


# A business named after the people of its trade ("Juchitán Hammock Makers", "Kruševo Silversmiths", "Guna
# Yala Mola Artisans"): a plural of an English word for a maker, a dealer or a practitioner, which no name
# table holds, after one to four capitalised words on its line.
_TRADE_PLURAL = re.compile(r"\b[A-Z][a-z]{2,}(?:ers|ors|smiths|wrights|ists|ans)\b")
_WORDS_BEFORE = re.compile(rf"(?:(?<![\w&'-])[A-Z][\w&'-]{{0,40}}{_IN_CELL}){{1,4}}$")


def _owners_name(words: list[str]) -> bool:
    """A given name and a name word open the firm's name: a sole trader's own ("John Okafor Builders"), which
    stays personal data and is scrubbed with the rest."""
    return len(words) >= 2 and is_given_name(words[0]) and is_name_word(words[1])


def _trade_plurals(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _TRADE_PLURAL.finditer(text):
        word = m.group()
        if is_english_word(word) and not is_name_word(word):
            before = _WORDS_BEFORE.search(text, max(0, m.start() - 180), m.start())
            if before and not _owners_name(before.group().split()):
                out.append((before.start(), m.end()))
    return out


def _everywhere(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Every standalone occurrence of each name."""
    out = []
    for name in names:
        at = text.find(name)
        while at != -1:
            end = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                out.append((at, end))
            at = text.find(name, end)
    return out


@cache
def _pack_keep(domain: str) -> re.Pattern | None:
    """The must-keep patterns and terms a domain pack adds (`pii_must_keep` in its pack.yaml)."""
    keep = load_pack(domain).pii_must_keep
    parts = [f"(?:{p})" for p in keep.patterns.values()]
    if keep.terms:
        parts.append(r"(?<!\w)(?:" + word_trie(sorted(keep.terms)) + r")(?!\w)")
    return re.compile("|".join(parts)) if parts else None


def protected_spans(text: str, domain: str | None = None) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans that must survive: the common must-keep patterns, and with a domain,
    that pack's own. Without a domain only the common ones apply (the strict default finds no less than any
    domain does)."""
    spans = [m.span() for m in _KEEP.finditer(text) if m.end() > m.start()]
    if plurals := _trade_plurals(text):
        spans = _union(spans + plurals)
    extra = _pack_keep(domain) if domain else None
    if extra is not None:
        spans = _union(spans + [m.span() for m in extra.finditer(text) if m.end() > m.start()])
    # A firm the document names as one, by its form, its trade or its part in a deal, is one wherever the
    # document names it again: under a letter ("Regards, Accor"), in its letterhead.
    if names := _firm_names(text, spans):
        spans = _union(spans + _everywhere(text, names))
    return spans


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    # Spans come sorted by start from finditer, and do not overlap each other.
    import bisect

    i = bisect.bisect_right(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 2) : i])
