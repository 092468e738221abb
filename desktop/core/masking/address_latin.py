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
    r"(?:[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,3}(?: [0-9]{1,3})?,? )?"
    # ... or before it, the room's number closing it (Sun Heights 402, 3-38-10 …)
    r"|[A-Z][A-Za-z']+(?: [A-Z][A-Za-z']+){0,3} [0-9]{2,4}[A-Z]?, )?"
    r"(?:" + _EN_PLACE + r" )?(?:" + _EN_BLOCK + "|" + _EN_NUMBERS + r")"
    r"(?:,? (?:" + _EN_PLACE + "|" + _EN_BLOCK + "|" + _EN_NUMBERS + r")){0,4}"
    r"(?:, ?" + _EN_PLACE + r"(?: " + _EN_PLACE + r")?){1,4}(?:,? Japan)?"
)
# A mark that the numbers are a Japanese address: a -ku/-shi suffix, a prefecture's name as the
# last part (…, Matsumoto, Nagano), or a Japanese postal code right after (… 390-8620, Japan).
_PREFECTURES_EN = (
    "Hokkaido|Aomori|Iwate|Miyagi|Akita|Yamagata|Fukushima|Ibaraki|Tochigi|Gunma|Saitama|Chiba|"
    "Tokyo|Kanagawa|Niigata|Toyama|Ishikawa|Fukui|Yamanashi|Nagano|Gifu|Shizuoka|Aichi|Mie|Shiga|"
    "Kyoto|Osaka|Hyogo|Nara|Wakayama|Tottori|Shimane|Okayama|Hiroshima|Yamaguchi|Tokushima|Kagawa|"
    "Ehime|Kochi|Fukuoka|Saga|Nagasaki|Kumamoto|Oita|Miyazaki|Kagoshima|Okinawa"
)
_EN_JP_MARK = re.compile(
    r"-(?:ku|shi|cho|machi|gun|mura|son|chome)\b|Tokyo|Osaka|Kyoto|Hokkaido|"
    r"Prefecture|Japan|Ward|City|-ken|Aichi|Kanagawa|Saitama|Chiba|Fukuoka"
    r"|, (?:" + _PREFECTURES_EN + r")(?:-ken|-fu| Prefecture)?$"
)
_JP_POSTCODE_AFTER = re.compile(r",? [0-9]{3}-[0-9]{4}(?![0-9])")
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


# The last line of a Japanese address written in English over several lines (an envelope, a
# form's block): its places, then the postal code (Chuo-ku, Sapporo, Hokkaido 064-0803[, Japan]).
_JP_LAST_LINE = re.compile(
    r"^[ \t]*([A-Z][A-Za-z\-]*(?:,? [A-Z][A-Za-z\-]*){0,5}),? ([0-9]{3}-[0-9]{4})(?:,? Japan)?\.?[ \t]*$",
    re.M,
)
# ... and the line above it: the block, its house number, a building and room (5-8-1 Minami
# 3-jo Nishi 10-chome; Apartment 203, Green Villa, 2-14-7 Nishi-machi).
_JP_STREET_LINE = re.compile(r"[0-9]+-[0-9]+|[0-9] ?-?(?:jo|chome|Jo|Chome)\b")


def _jp_blocks(text: str) -> Iterator[Finding]:
    for m in _JP_LAST_LINE.finditer(text):
        if not _EN_JP_MARK.search(m.group(1)) or m.start() == 0:
            continue
        end = m.start() - 1  # the line break before the last line
        start = text.rfind("\n", 0, end) + 1
        line = _BLOCK_LINE_RE.fullmatch(text, start, end)
        if line is None or not _JP_STREET_LINE.search(line.group(1)):
            continue
        yield "ADDRESS", line.start(1), line.end(1)  # line by line: the layout stays
        yield "ADDRESS", m.start(1), m.end(1)
        yield "POSTAL_CODE", m.start(2), m.end(2)


def find_english_addresses(text: str) -> Iterator[Finding]:
    if "\n" in text:
        yield from _jp_blocks(text)
    pos = 0
    for line in text.split("\n"):
        if _EN_JP_LINE.search(line):
            for m in EN_JP_ADDRESS_RE.finditer(line):
                if _EN_JP_MARK.search(m.group(0)) or _JP_POSTCODE_AFTER.match(line, m.end()):
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
    # the state before a ZIP code is part of the address (Portland, OR 97205)
    yield "ADDRESS", start, start + len(found[: code.start(1)].rstrip(", "))
    yield "POSTAL_CODE", start + code.start(1), start + code.end(1)  # a country after it: public


_TRAILING_POSTCODE = re.compile(
    r",? (?:[A-Z]{2} )?([0-9]{5}-[0-9]{4}|[0-9]{4,6}|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}"
    r"|[A-Z][0-9][A-Z] [0-9][A-Z][0-9])(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+)?)?$"
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


# A foreign address block: the lines of an address in Latin letters closed by a line with the
# postal code and the country (560001, India; 01310-100, Brazil; NW1 6XE, United Kingdom), or by
# the code alone under an address line. The block's lines are the address, the code a postal
# code of its own; the country is public. Shapes that no street pattern knows (103, MG Road, …;
# Rua das Flores, 140, apto 89, …) are found by their place in the block.
_CODE = (
    r"[0-9]{5}-[0-9]{3}|[0-9]{2}-[0-9]{3}|[0-9]{3,6}|[0-9]{4} ?[A-Z]{2}"
    r"|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]"
)
_CODE_LINE_RE = re.compile(
    r"\n[ \t]*(" + _CODE + r")(?:(?:,| -|,? -)? ?([A-Z][A-Za-zÀ-ÿ.' ()\-]{1,40}?))?\.?[ \t]*(?=\n)"
)
# A line that can be part of an address: Latin letters, digits and punctuation of addresses;
# not a labelled line (Phone: …), a sentence, an e-mail, or a name with its title.
_BLOCK_LINE_RE = re.compile(
    r"\x00?[ \t]*((?![A-Za-z]+:)(?!(?:Mr|Ms|Mrs|Miss|Mx|Dr|Attn|Dear)\b)[A-Z0-9À-Ý][0-9A-Za-zÀ-ÿ ,.'#/&()\-]{3,98}"
    r"(?<![.:;]))[ \t]*"
)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
# A part of an address line that names a place (…, District 1, Ho Chi Minh City): a capitalised
# word after the line's start or a comma (a row of values, 1, Tanaka, 5000, has one at most).
_PLACE_PART = re.compile(r"(?:^|, )(?:[0-9]+[A-Za-z]? )?[A-ZÀ-Ý][a-zà-ÿ]+")


def _countries() -> frozenset[str]:
    global _COUNTRIES
    if _COUNTRIES is None:
        from desktop.core.masking.names_data import word_list

        _COUNTRIES = word_list("countries_en.txt")
    return _COUNTRIES


_COUNTRIES: frozenset[str] | None = None


def find_foreign_blocks(text: str) -> Iterator[Finding]:
    if "\n" not in text:
        return
    padded = "\n" + text + "\n"  # every line between two line ends; offsets shift by one
    for m in _CODE_LINE_RE.finditer(padded):
        code, country = m.group(1), m.group(2)
        if country is not None and country.strip() not in _countries():
            continue
        if _YEAR.fullmatch(code):
            continue  # 2026, Japan: a year
        lines = _block_above(padded, m.start())
        if country is None:
            # the code alone: only under an address line with its number (…, 140, …)
            if not lines or not code[0].isdigit() or len(code) < 4:
                continue
            last = padded[lines[-1][0] : lines[-1][1]]
            if not any(c.isdigit() for c in last) or len(_PLACE_PART.findall(last)) < 2:
                continue
        yield "POSTAL_CODE", m.start(1) - 1, m.end(1) - 1
        for s, e in lines:  # line by line: the masked text keeps its layout
            yield "ADDRESS", s - 1, e - 1


# An address abroad on one line, closed by its postal code and its country (Blk 12 Lot 5,
# Sampaguita St., Brgy. San Isidro, Quezon City 1100, Philippines; Jl. Sudirman No. 25, …,
# Jakarta Selatan 12920, Indonesia): from the line's start, a label's colon or a semicolon.
_CODE_COUNTRY = re.compile(
    r"([0-9](?<![0-9][0-9])[0-9]{3,5}),? ?[(（]?([A-Z][A-Za-z]+(?: [A-Z][a-z]+){0,2})"
)
_ADDRESS_OPEN = re.compile(r"(?:^|\n|[:：;] ?|\b(?:is|at|be|to) )(?=[A-Z0-9])")


def find_country_closed(text: str) -> Iterator[Finding]:
    countries = _countries()
    for m in _CODE_COUNTRY.finditer(text):
        country = m.group(2)
        while country not in countries and " " in country:
            country = country.rsplit(" ", 1)[0]  # …, Philippines Tel: → Philippines
        if country not in countries:
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        opens = [o.end() for o in _ADDRESS_OPEN.finditer(text, ls, m.start())]
        if not opens:
            continue
        start = opens[-1]
        body = text[start : m.start()].rstrip(", ")
        if not (6 <= len(body) <= 120) or "@" in body or "," not in body:
            continue
        if not any(c.isdigit() for c in body) or _YEAR.fullmatch(m.group(1)):
            continue
        yield "ADDRESS", start, start + len(body)
        yield "POSTAL_CODE", m.start(1), m.end(1)


def _block_above(padded: str, end: int) -> list[tuple[int, int]]:
    """The address lines right above the line that starts at ``end`` (its "\\n"): up to three,
    from the first that holds a digit (the street's number) down."""
    found: list[tuple[int, int]] = []
    while len(found) < 3 and end > 0:
        start = padded.rfind("\n", 0, end) + 1
        line = _BLOCK_LINE_RE.fullmatch(padded, start, end)
        if line is None or "@" in line.group(1):
            break
        found.append((line.start(1), line.end(1)))
        if padded.startswith("\x00", start):
            break  # the text was cut before this line (regions.Compact): the line above is not next
        end = start - 1
    found.reverse()
    while found and not any(c.isdigit() for c in padded[found[0][0] : found[0][1]]):
        found.pop(0)
    return found


# Street-first addresses of Latin America and southern Europe: the street's kind, its name, the
# house number after it, a flat, the district, the town and its state (Rua Augusta, 1457, apto 85,
# Consolação, São Paulo - SP; Calle Mayor 12, 3º B, Madrid). The postal code and the country
# after it are findings of their own or not personal.
_LATIN_WORD = r"[A-ZÀ-Ý][a-zà-ÿA-Z'.-]*"
_LATIN_NAME = _LATIN_WORD + r"(?: (?:d[aeo]s?|de la|del|de|di|du|des) " + _LATIN_WORD + r"|"
_LATIN_NAME += r" " + _LATIN_WORD + r"){0,4}"
# no look-behind here: it would stop re from skipping ahead to the words' first letters
# (0.25 ms for 10,000 characters with it, 0.04 without); find_street_first checks the boundary.
STREET_FIRST_GATE = re.compile(
    r"(?:Rua|Avenida|Av\.|Alameda|Travessa|Rodovia|Praça|Estrada|Calle|Carrera|"
    r"Camino|Paseo|Rue|Via|Viale|Strada|Carrer) "
)
_STREET_FIRST_RE = re.compile(
    r"(?:(?:d[aeo]s?|de la|del|de|di|du|des) )?"
    + _LATIN_NAME
    + r",? (?:n[º°o]\.? ?)?[0-9]{1,5}[A-Za-z]?(?![0-9-])"
    # the flat: apto 85, apt. 3, casa 2, bloco B, 3º B, piso 2
    r"(?:,? (?i:apto?\.?|apt\.?|casa|bloco|sala|andar|piso|dpto\.?|depto\.?|[0-9]{1,2}[º°o]) ?"
    r"[0-9A-Za-z]{0,5})*"
    r"(?:, " + _LATIN_NAME + r"){1,3}(?: ?- ?[A-Z]{2}(?![A-Za-z]))?"
)


def find_street_first(text: str) -> Iterator[Finding]:
    for g in STREET_FIRST_GATE.finditer(text):
        if g.start() and text[g.start() - 1].isalpha():
            continue  # the end of a longer word (Caldeirua …)
        m = _STREET_FIRST_RE.match(text, g.end())
        if m is not None:
            end = m.end()
            if text[end - 1] == "." and text[end - 4 : end - 1].isalpha():
                end -= 1  # the sentence's full stop, not an abbreviation's (Av., St.)
            yield "ADDRESS", g.start(), end
            code = _CODE_AFTER_STREET_FIRST.match(text, end)
            if code is not None:
                yield "POSTAL_CODE", code.start(1), code.end(1)


# The postal code right after such an address: Brazil's CEP (01310-100), the five digits of
# Spain, Italy or Mexico (28013).
_CODE_AFTER_STREET_FIRST = re.compile(r",? ?([0-9]{5}(?:-[0-9]{3})?)(?![0-9-])")


# Vietnamese addresses, told by their wards and districts: Số 12 Ngõ 45 Phố Huế, Phường Phạm
# Đình Hổ, Quận Hai Bà Trưng, Hà Nội; 27 Lê Lợi, P. Bến Nghé, Q.1, TP. Hồ Chí Minh. The country
# after them is not part of the address.
VN_GATE = re.compile(r"Phường |P\. ?[A-ZĐ0-9]|Xã |Thị trấn ")
_VN_PART = r"[^\n,;()]{1,32}"
_VN_WORDS = r"[A-ZĐ][^\s,;()0-9.]*(?: [A-ZĐ][^\s,;()0-9.]*){0,3}"
_VN_ADDRESS_RE = re.compile(
    r"(?<![0-9A-Za-z])(?:Số |số )?[0-9]+[A-Z]?(?:/[0-9]+)*,? "
    + _VN_PART
    + r", (?:Phường|P\.|Xã|Thị trấn) ?"
    + _VN_PART
    + r"(?:, (?:Quận|Q\.|Huyện|Thị xã|Thành phố|TP\.) ?"
    + _VN_PART
    + r")?(?:, (?!Vi[eệ]t ?Nam|Vietnam)(?:Thành phố |TP\. ?|Tỉnh )?"
    + _VN_WORDS
    + r")?"
)


def find_vietnamese(text: str) -> Iterator[Finding]:
    done = -1
    for g in VN_GATE.finditer(text):
        if g.start() < done:
            continue
        for m in _VN_ADDRESS_RE.finditer(text, max(0, g.start() - 80), g.end() + 120):
            if m.start() <= g.start() < m.end():
                done = m.end()
                yield "ADDRESS", m.start(), m.end()
                break
