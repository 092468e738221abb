"""Addresses written in Latin letters: Japanese addresses in English word order
(1-2-3 Minami Aoyama, Minato-ku, Tokyo; 27-19 Kita 31-jo Nishi 9-chome, Kita-ku, Sapporo) and
foreign ones (10 Downing Street, London SW1A 2AA; Kastanienallee 31, Berlin, 10435), with the
postal code after the town as a finding of its own. ``address.find_addresses`` calls
``find_english_addresses`` when ``EN_GATE_RE`` says a line may hold one."""

from __future__ import annotations

import re
from collections.abc import Iterator

Finding = tuple[str, int, int]

_EN_PLACE = r"[A-Z][a-z]+(?:-[A-Za-z]+)*"
# Japanese addresses in English word order: 1-2-3 Minami Aoyama, Minato-ku, Tokyo and the
# Hokkaido grid 27-19 Kita 31-jo Nishi 9-chome, Kita-ku, Sapporo (a number with -jo/-chome is a
# part of the block; a 123-4567 postal code is not swallowed).
_EN_BLOCK = (
    r"[0-9]+(?:-[0-9]+){0,3}-(?:jo|chome|sen|ban|banchi|go|gai)\b"
    r"|[0-9]+[ -](?:Jo|JO|Chome|CHOME|jo|chome)\b"  # Kita 31 Jo Nishi 9 Chome
)
_EN_NUMBERS = r"(?![0-9]{3}-[0-9]{4}(?![0-9]))[0-9]+(?:-[0-9]+){1,3}(?![0-9A-Za-z])"
EN_JP_ADDRESS_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:Room|Rm\.?|Apt\.?|Unit|Suite|#) ?[0-9]+[A-Z]?,? "
    # the building's name after the room (Room 682, Green Court, 1-23-17 …)
    r"(?:[A-Z][A-Za-z']+(?: [A-Z][A-Za-z']+){0,3},? )?)?"
    r"(?:" + _EN_PLACE + r" )?(?:" + _EN_BLOCK + "|" + _EN_NUMBERS + r")"
    r"(?:,? (?:" + _EN_PLACE + "|" + _EN_BLOCK + "|" + _EN_NUMBERS + r")){0,4}"
    r"(?:, ?" + _EN_PLACE + r"(?: " + _EN_PLACE + r")?){1,4}(?:,? Japan)?"
)
_EN_JP_MARK = re.compile(
    r"-(?:ku|shi|cho|machi|gun|mura|son|chome)\b|Tokyo|Osaka|Kyoto|Hokkaido|"
    r"Prefecture|Japan|Ward|City|-ken|Aichi|Kanagawa|Saitama|Chiba|Fukuoka"
)
# Postal codes written after a town abroad: US ZIP (with a state), UK, Canada, and the 4-6 digit
# codes of most other countries (Ho Chi Minh City 700000, Wien 1010).
_EN_POSTCODE = (
    r"(?:[A-Z]{2} )?(?:[0-9]{5}-[0-9]{4}|[0-9]{4,6}(?![0-9])|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}"
    r"|[A-Z][0-9][A-Z] [0-9][A-Z][0-9])"
)
EN_WEST_ADDRESS_RE = re.compile(
    r"(?<![A-Za-z0-9])"
    # a flat or unit in front of the house number (Flat 4, 17 Clarendon Road; Unit 9, 88 …)
    r"(?:(?:Flat|Unit|Apt\.?|Apartment|Suite|Room) [0-9]{1,4}[A-Z]?, )?"
    r"[0-9]{1,5} (?:[A-Z][a-z]+ ){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|"
    r"Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Court|Ct\.?|Place|Pl\.?|Terrace|Grove|"
    r"Close|Crescent|Gardens|Square|Sq\.?|Row|Hill|Walk|Mews|Parade|Highway|Hwy\.?|Parkway|"
    r"Circle|Trail|Alley)(?![A-Za-z])"
    r"(?:,? (?:Apt\.?|Suite|Unit|#) ?[0-9A-Z]+)?"
    # the town, a district with its number (District 1), a postal code after a town
    # a state or province after the town (Toronto, ON), not a country (UK, US)
    r"(?:,? ?(?:[A-Z][a-z]+(?: [A-Z][a-z]+)*(?: [0-9]{1,2}(?![0-9]))?"
    r"|(?<=, )(?!UK|US|NZ|JP)[A-Z]{2}(?![A-Za-z0-9]))(?:,? " + _EN_POSTCODE + r")?)"
    r"{0,3}(?:,? " + _EN_POSTCODE + r")?"
)
# A street with its house number after it, then the postal code and the town (Sonnenallee 114,
# 12045 Berlin; Via Roma 12, 00184 Roma; Keizersgracht 123, 1015 CJ Amsterdam).
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
# ... and the Romance order, the number first (12 rue de Rivoli, 75001 Paris).
_EURO_STREET_WORDS = (
    r"(?:rue|avenue|boulevard|bd|place|chemin|allée|quai|impasse|via|viale|piazza|calle|avenida"
    r"|plaza|paseo|rua)"
)
EN_EURO_ADDRESS_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?!" + _MONTHS + r")(?:[A-Z][A-Za-zÀ-ÿß'\-.]+ ){0,3}(?!" + _MONTHS + r")"
    r"[A-Z]?[A-Za-zÀ-ÿß'\-]{3,} [0-9]{1,4}[a-z]?"
    r"|[0-9]{1,4}[a-z]?,? (?i:" + _EURO_STREET_WORDS + r") [A-Za-zÀ-ÿ' \-]{2,30}?), "
    # a 4-digit code that reads as a year (12 May 2025, 1500 Tokyo time) is a date, not a code
    r"(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{4,5}(?: [A-Z]{2})? [A-Z][A-Za-zÀ-ÿß\-]+"
    r"(?: [A-Z][A-Za-zÀ-ÿß\-]+)?"
)


EN_GATE_RE = re.compile(
    r"[0-9](?:-[0-9]+)+,? ?[A-Z]|[0-9] [A-Z][a-z]|[0-9]-(?:jo|chome)\b|[0-9], [0-9]{4,5} [A-Z]"
    r"|[0-9], [A-Z][a-z]+,? [0-9]{4}"
)


# Lines that can hold a Japanese address in English word order: numbers joined by a dash
# (1-2-3, 27-19, 31-jo). The pattern, which starts with optional parts, runs on those only.
_EN_JP_LINE = re.compile(r"[0-9]-[0-9]|[0-9]-(?:jo|chome|sen)|[0-9] (?:[Jj]o|JO|[Cc]home|CHOME)\b")


def find_english_addresses(text: str) -> Iterator[Finding]:
    pos = 0
    for line in text.split("\n"):
        if _EN_JP_LINE.search(line):
            for m in EN_JP_ADDRESS_RE.finditer(line):
                if _EN_JP_MARK.search(m.group(0)):
                    yield "ADDRESS", pos + m.start(), pos + m.end()
        pos += len(line) + 1
    for m in EN_WEST_ADDRESS_RE.finditer(text):
        yield from _split_postcode(m.start(), m.group(0))
    if _EN_EURO_GATE.search(text):
        for m in EN_EURO_ADDRESS_RE.finditer(text):
            yield "ADDRESS", m.start(), m.end()
        for m in EN_EURO_TOWN_CODE_RE.finditer(text):
            yield from _split_postcode(m.start(), m.group(0))


def _split_postcode(start: int, found: str) -> Iterator[Finding]:
    """An address that ends with its postal code: the code is a postal code of its own, as a
    Japanese 〒 code is (22 Carlton Road, Manchester M20 6QT; Kastanienallee 31, Berlin, 10435)."""
    code = _TRAILING_POSTCODE.search(found)
    if code is None:
        yield "ADDRESS", start, start + len(found)
        return
    yield "ADDRESS", start, start + code.start()
    yield "POSTAL_CODE", start + code.start(1), start + code.end(1)  # a country after it: public


_TRAILING_POSTCODE = re.compile(
    r",? (?:[A-Z]{2} )?([0-9]{5}-[0-9]{4}|[0-9]{4,6}|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}"
    r"|[A-Z][0-9][A-Z] [0-9][A-Z][0-9])(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?$"
)
# A street with its house number, the town, then the postal code (Kastanienallee 31, Berlin,
# 10435; Hauptstraße 5, Wien 1010).
EN_EURO_TOWN_CODE_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Z][A-Za-zÀ-ÿß'\-.]+ ){0,3}(?!" + _MONTHS + r")"
    r"[A-Z][A-Za-zÀ-ÿß'\-]{3,} [0-9]{1,4}[a-z]?, [A-Z][A-Za-zÀ-ÿß\-]+(?: [A-Z][A-Za-zÀ-ÿß\-]+)?"
    r",? (?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{4,5}(?![0-9A-Za-z])"
)
_EN_EURO_GATE = re.compile(
    r"[a-z] [0-9]{1,4}[a-z]?, [0-9]{4,5} [A-Z]|[a-z], [0-9]{4,5} [A-Z]"
    r"|[a-z] [0-9]{1,4}[a-z]?, [A-Z][^,\n]{1,30},? [0-9]{4,5}"
)
