"""Given names and surnames, for finding people that spaCy's small model misses.

The lists are Faker's person-name tables of every Latin-script locale (about 20,000 given names and 16,500
surnames from English, Irish, German, Dutch, Nordic, Romance, Slavic, Turkish, Indian, Nigerian, Kenyan,
Ghanaian, Zulu and other census and registry lists), so a recognizer can tell "Casimir Achterberg" from
"Capital Markets" without a larger NER model. Faker is a maintained package the field already uses for
synthetic PII; only its data tables are read, never its generators.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterable
from functools import cache

# One name token in title case: "Okonkwo", "Hyun-woo", "Delgado-Ruiz", "O'Brien", "McAllister", "Zoë".
UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
NAME_TOKEN = rf"[{UPPER}](?:'(?=[{UPPER}]))?[{UPPER}{LOWER}]*[{LOWER}](?:[-'][{UPPER}{LOWER}]+)*"
_TOKEN = re.compile(NAME_TOKEN)

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
        for attr in ("first_names", "first_names_male", "first_names_female"):
            given.update(_table(getattr(provider, attr, ())))
        family.update(_table(getattr(provider, "last_names", ())))

    def latin(names: set[str]) -> frozenset[str]:
        return frozenset(n for n in names if _TOKEN.fullmatch(n) and n.lower() not in _FUNCTION_WORDS)

    return latin(given), latin(family)


def given_names() -> frozenset[str]:
    return _tables()[0]


def surnames() -> frozenset[str]:
    return _tables()[1]


def is_given_name(word: str) -> bool:
    """A given name in the tables; a hyphenated one ("Hyun-woo", "Jean-Luc") counts by its first part."""
    names = given_names()
    return word in names or (word.split("-")[0] in names and "-" in word)
