"""An address's other lines and parts around the street found: the flat, floor or house on the line above it
or after a comma ("Lot 23\\n2565 Ridgeback Lane", "2554 allée des Flamboyants, esc. B, 39e étage"), a district
and the town after them on the same line ("..., Zona 12, 09001 Quetzaltenango"), the lines below that hold a
unit, a postcode and town, or a town alone closing the block ("Box 43\\nTaiz"), and a state after a dash or a
remark in brackets closing it ("Santa Maria - RS", "Lefkoşa 99010 (Mersin 10)").

The street recognizers find the street line; an address block is written around it in many ways, and
whatever of it is left in the text still points to the person's home.
"""

from __future__ import annotations

import re

from governance.pii.addresses import BLOCK_END, CITY, CITY_AFTER_POSTCODE, POSTCODE, STATE
from governance.pii.names import LOWER, UPPER, is_english_word
from governance.pii.phones import PHONE_LABELS

# A flat, a house, a lot, a box, a stair or a building, in the words of many countries, with its number or
# letter ("Apt 35", "appt 48", "esc. B", "depto. 7", "int. 9", "Box 26", "кв. 12", "Blok A No. 47",
# Indonesia's neighbourhood units "RT 27/RW 27", an Arabic villa or flat).
_UNIT_WORD = (
    r"(?i:apt|apto|appt|app|apartment|appartement|apartamento|suite|ste|unit|flat|room|rm|box|house|lot|casa"
    r"|depto|dpto|departamento|int|interior|puerta|pta|esc|escalera|escalier|bloc|blok|block|bldg|building"
    r"|villa|whg|wohnung|kv|кв|стр|корп|оф|daire|scala|piano|bât|bat|bâtiment|batiment|stiege|tür)"
)
_UNIT = (
    rf"(?:{_UNIT_WORD}\.?[ ]?(?:#[ ]?)?(?:\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}})?|[A-Z])(?![\w/-])(?:[ ]No\.?[ ]?\d{{1,4}}(?![\w]))?"
    r"|RT\.?[ ]?\d{1,3}[ ]?/[ ]?RW\.?[ ]?\d{1,3}(?![\w])"
    r"|(?:فيلا|شقة|مبنى|طابق)[ ]\d{1,4}(?![\w]))"
)
# A floor, in the words of many countries, perhaps with its side ("39e étage", "14. OG links", "piso 5",
# "3rd floor").
_FLOOR = (
    r"(?:\d{1,3}(?:e|er|ère|ème|º|ª|°|\.|st|nd|rd|th)?[ ]?(?i:étage|etage|og|eg|floor|fl|stock|stg|kat|andar)\.?"
    r"(?:[ ](?i:links|rechts|mitte|gauche|droite))?(?![\w])"
    r"|(?i:piso|floor|étage|andar)[ ]\d{1,3}(?![\w]))"
)
# A district between the street and the town ("Zona 12", "Col. Centro", "Bairro Centro").
_AREA = rf"(?:Zona|Col\.|Colonia|Bairro|Barrio|Sector|Kelurahan|Kel\.)[ ][{UPPER}\d][{LOWER}\d]{{0,20}}"
_PART = rf"(?:{_UNIT}|{_FLOOR}|{_AREA})"
_PARTS_AFTER = re.compile(rf"(?:,[ \t]*{_PART}){{1,3}}")
_PART_LINE = rf"{_PART}(?:,[ \t]*{_PART}){{0,2}}"
# The postcode and town, or the town and postcode, after the parts on the same line ("..., RT 011/RW 002,
# Banjarmasin 70111", "..., Zona 12, 09001 Quetzaltenango").
_TOWN_AFTER_PARTS = re.compile(
    rf",[ \t]*(?:(?:{POSTCODE})[ \t]+{CITY_AFTER_POSTCODE}|{CITY},?[ \t]+(?:{POSTCODE}))(?![\w-])"
)
# A street's compass quarter after its type ("4th Ave NW"), then the town, a province in brackets or a county,
# a state's letters and the postcode on the same line ("..., Kuujjuaq (Québec) J0M 1C0", "..., Galway, Co.
# Sligo, H91 E2W4", "..., Parshall, ND 58770"): the postcode closes the town, or nothing is taken.
_ENDS_ON_POSTCODE = re.compile(rf"(?<![\w-])(?:{POSTCODE})$")
_QUARTER = re.compile(r"[ ](?:NW|NE|SW|SE|N|S|E|W)\.?(?![\w])")
_PROVINCE = r"\([^()\n\d+]{1,20}\)"
# A phone's label is no town ("..., Graz, Handy (+43) 664 138432").
_NOT_A_TOWN = r"(?!(?i:" + "|".join(map(re.escape, PHONE_LABELS)) + r")(?![\w]))"
_TOWN_AND_POSTCODE = re.compile(
    rf",[ \t]*{_NOT_A_TOWN}{CITY}(?:[ \t]*{_PROVINCE})?(?:,[ \t]*(?:Co\.[ ])?{CITY})?(?:,?[ \t]*{STATE})?,?[ \t]+(?:{POSTCODE})(?![\w-])"
)
# What may close an address's last line: Brazil's state after a dash ("Santa Maria - RS"), a remark in
# brackets ("Lefkoşa 99010 (Mersin 10)").
_CLOSING = re.compile(r"[ \t]+-[ \t]+[A-Z]{2}(?![\w])|[ \t]*\([A-Z][\w .]{1,20}\)(?=[ \t]*(?:\n|$|[,;.]))")
# A town alone on its line: capitalised words, an area after a comma ("Anjar, Békaa", "Nong Khiaw").
_PLACE_WORD = rf"[{UPPER}][{LOWER}'’-]{{1,30}}"
_TOWN_ALONE = rf"{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,3}}(?:,[ ]{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,2}})?"
_LINE_BELOW = re.compile(
    rf"[ \t]*\n[ \t]*(?:(?P<part>{_PART_LINE})|(?P<pc>(?:{POSTCODE})[ \t]+{CITY_AFTER_POSTCODE}(?:,[ \t]*{CITY})?)"
    rf"|(?P<town_pc>{CITY}(?:,[ \t]*{CITY})?(?:[ \t]*{_PROVINCE})?,?[ \t]+(?:{STATE}[ \t]+)?(?:{POSTCODE}))"
    rf"|(?P<town>{_TOWN_ALONE}))"
    # A remark in brackets may close the line ("Lefkoşa 99010 (Mersin 10)").
    r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*(?=\n|$)"
)
_LINE_ABOVE = re.compile(rf"(?:^|(?<=\n))[ \t]*(?P<part>{_PART_LINE})[ \t]*\n[ \t]*$")
_NUMBER_CUT_OFF = re.compile(r"(?<=No|Nr|nº)\.?[ ]?\d{1,4}(?![\w])")


def widen_address(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the address block around the street line at `start`-`end`."""
    # A street recognizer may have stopped inside a part ("Mühlenkamp 208, App" of ", App. 33", "Road\nFlat"
    # of "Flat 26"): the parts are read again from the last comma or line break near the end.
    parts_read = False
    back = max(text.rfind(",", max(start, end - 12), end), text.rfind("\n", max(start, end - 12), end))
    if back > start:
        again = _PARTS_AFTER.match(text, back) or _LINE_BELOW.match(text, back)
        if again and again.end() > end:
            end, parts_read = again.end(), again.re is _PARTS_AFTER
    if above := _LINE_ABOVE.search(text, max(0, start - 60), start):
        start = above.start("part")
    if cut := _NUMBER_CUT_OFF.match(text, end):
        end = cut.end()  # "Blok A No. 47": the unit's number word kept, its number left
    if after := _PARTS_AFTER.match(text, end):
        end, parts_read = after.end(), True
    if quarter := _QUARTER.match(text, end):
        end = quarter.end()
    town = _TOWN_AFTER_PARTS.match(text, end) if parts_read else None
    if town is None and not _ENDS_ON_POSTCODE.search(text, max(0, end - 12), end):
        town = _TOWN_AND_POSTCODE.match(text, end)  # not after a postcode: "..., Graz, Handy 664 138432"
    if town:
        end = town.end()
    for _ in range(3):
        below = _LINE_BELOW.match(text, end)
        if below is None:
            break
        if below.group("town") is not None:
            # A town alone closes the block, and is no sentence of English words ("Refund requested").
            words = re.findall(r"[^\W\d_]+", below.group("town"))
            if all(is_english_word(w) for w in words) or not BLOCK_END.match(text, below.end()):
                break
            end = below.end()
            break
        end = below.end()
    if closing := _CLOSING.match(text, end):
        end = closing.end()
    return start, end
