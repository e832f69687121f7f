"""Invisible format characters are removed from text at ingest.

A zero-width space, a soft hyphen or a word joiner inside `078-05-1120` or an e-mail address hides it from
every pattern the scrubber runs, yet a reader never sees it and the model still learns the digits; inside
an evaluation item it defeats exact dedup and n-gram decontamination; Unicode tag characters (U+E0000
block) carry invisible ASCII. So ingest removes every character of Unicode's format category (Cf). The
joiners U+200C and U+200D stay only between two letters of scripts that need them (Arabic, Persian,
the Indic scripts: code points from U+0590 on); between Latin letters or digits they are removed too. The
raw bytes' sha256 is unchanged; `invisible_removed` in a document's metadata counts what was taken out.
"""

from __future__ import annotations

import re

# Unicode category Cf (as of Unicode 15), less the joiners handled below.
_FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
_JOINER = re.compile("[\u200c\u200d]")
JOINING_SCRIPTS_FROM = 0x0590


def _joined_letter(c: str) -> bool:
    return c.isalpha() and ord(c) >= JOINING_SCRIPTS_FROM


def visible(text: str) -> tuple[str, int]:
    """The text without invisible format characters, and how many were removed."""
    if not (_FORMAT.search(text) or _JOINER.search(text)):
        return text, 0
    out = _FORMAT.sub("", text)

    def joiner(m: re.Match[str]) -> str:
        before, after = out[m.start() - 1 : m.start()], out[m.end() : m.end() + 1]
        return m.group() if before and after and _joined_letter(before) and _joined_letter(after) else ""

    out = _JOINER.sub(joiner, out)
    return out, len(text) - len(out)
