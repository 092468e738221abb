"""Street-level addresses (Japanese and English). A bare city or ward name is not personal.

An address is found from its number part (2丁目8番1号, 1-2-3, 123番地, 北1条西2丁目) and
extended left over the place name to the prefecture or municipality, and right over a building
and room. Without a number part there is no street-level address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from desktop.core.masking.address_building import (
    BUILDING_RE,
    CN_BLOCK_RE,
    NAMED_ROOM_RE,
    ROOM_TAIL_RE,
)
from desktop.core.masking.address_korea import GATE as KOREAN_GATE
from desktop.core.masking.address_korea import find_korean_addresses
from desktop.core.masking.address_latin import (
    EN_GATE_RE,
    STREET_FIRST_GATE,
    VN_GATE,
    find_country_closed,
    find_english_addresses,
    find_foreign_blocks,
    find_street_first,
    find_vietnamese,
)
from desktop.core.masking.address_units import find_dwellings, find_housing_units
from desktop.core.masking.lexicon import PREFECTURES, municipalities

Finding = tuple[str, int, int]

_KNUM = r"(?:[0-9]+|[〇一二三四五六七八九十百千]+)"
_UNIT = r"(?:丁目|番地|番|号(?!室)|条|線|地割)"
_DASH = r"[-ー]"
_KNUM_WORD = r"[〇一二三四五六七八九十百千]{1,5}(?![一-龥々ぁ-ゖ])"
ANCHOR_RE = re.compile(
    r"(?<![0-9])(?![0-9]{3}-[0-9]{4}(?![0-9]|-[0-9]))(?:[東西南北](?=[0-9]))?"
    rf"(?:{_KNUM}{_UNIT}|[0-9]+(?:{_DASH}[0-9]+)+|[0-9]+(?=の[0-9]))"
    # 右10号 / 左3号: the side of a 条通 in Asahikawa
    rf"(?:[ ]?(?:[東西南北右左]?{_KNUM}{_UNIT}|の[0-9]+{_UNIT}?|{_DASH}[0-9]+{_UNIT}?"
    rf"|(?<=[目地番条線割])[0-9]{{1,4}}(?:{_DASH}[0-9]+)*"
    # the house number in kanji numerals after 番地 (九番地十五, 1690番地の十三), ending there
    rf"|(?<=番地)の?{_KNUM_WORD}|(?<=[0-9])の{_KNUM_WORD}))*"
)
# Every anchor begins with one of these: searching for them first lets re skip to candidates
# (ANCHOR_RE opens with look-arounds, so finditer would try it at every character).
_ANCHOR_FIRST = re.compile(r"[0-9〇一二三四五六七八九十百千東西南北]")


def _anchors(text: str) -> Iterator[re.Match[str]]:
    """``ANCHOR_RE.finditer(text)``, tried only where an anchor can begin."""
    pos = 0
    while (first := _ANCHOR_FIRST.search(text, pos)) is not None:
        m = ANCHOR_RE.match(text, first.start())  # its look-behind still sees the text before
        if m is None:
            pos = first.start() + 1
            continue
        yield m
        pos = m.end()


_BARE_NUMBER_RE = re.compile(r"の?[0-9]+(?:番地?[0-9]*)?(?:[-の][0-9]+)*")
_ADDRESS_LABELS = re.compile(
    r"(?:現住所|住所地|住所|居所|所在地|本籍地?|送付先|自宅|宛先|届出地|住居|在住|地番|連絡先|"
    r"お届け先|転居先|転出先|転入先|旧住所|新住所)[:： ]*$"
)
_STRIP_LABEL_RE = re.compile(
    r"^(?:.*?(?:現住所|住所地|住所|居所|所在地|本籍地|本籍|送付先|自宅|宛先|届出地|住居|在住|地番|"
    r"旧住所|新住所|転居先|転出先|転入先|住在|住址|地址))"  # (我住在…, 地址：… in Chinese)
)
_HIRAGANA_OK = (
    "さいたま",
    "つくば",
    "ひたちなか",
    "いわき",
    "いちき",
    "みどり",
    "あきる",
    "かすみがうら",
    "つくばみらい",
    "みよし",
    "たつの",
    "さくら",
    "うきは",
    "みやま",
    "いなべ",
    "かほく",
    "ときがわ",
    "みなかみ",
    "にかほ",
    "むつ",
    "おいらせ",
    "ひばりが",
    "つつじが",
)


_HIRAGANA_LAST = frozenset(w[-1] for w in _HIRAGANA_OK)


@lru_cache(maxsize=1)
def place_start_re() -> re.Pattern[str]:
    names = sorted(set(PREFECTURES) | municipalities(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


_KANJI = re.compile(r"[一-龥〇々〆ヶケヵノァ-ヴー]")


def _is_place_char(ch: str) -> bool:
    return bool(_KANJI.match(ch))


def _left_run(text: str, end: int, limit: int = 40) -> int:
    """Start of the place-name run that ends at ``end``."""
    i = end
    lo = max(0, end - limit)
    while i > lo:
        ch = text[i - 1]
        if _is_place_char(ch):
            i -= 1
            continue
        if (
            ch in "のが"
            and i - 2 >= lo
            and _is_place_char(text[i - 2])
            and (i == end or _is_place_char(text[i]))
        ):
            i -= 1
            continue
        # Hokkaido blocks: the digits of 帯広市4条通6丁目 belong to the place name
        if ch.isdigit() and i < end and text[i] in "条線":
            j = i - 1
            while j > lo and text[j - 1].isdigit():
                j -= 1
            if j > lo and _is_place_char(text[j - 1]):
                i = j
                continue
            break
        if ch == " " and i - 2 >= lo and text[i - 2] in "都道府県市区町村郡" and i < end:
            i -= 1
            continue
        # a town named in hiragana inside its district: 仲多度郡まんのう町, 〇〇郡みなかみ町
        if "ぁ" <= ch <= "ゖ" and i < end and text[i] in "町村":
            j = i - 1
            while j > lo and "ぁ" <= text[j - 1] <= "ゖ" and i - j < 8:
                j -= 1
            if j > lo and text[j - 1] == "郡":
                i = j
                continue
        if "ぁ" <= ch <= "ゖ" and (k := _kana_in_place(text, i, end, lo)) is not None:
            i = k
            continue
        # hiragana municipality names (さいたま市, つくば市)
        if ch not in _HIRAGANA_LAST:
            break
        for word in _HIRAGANA_OK:
            if text.startswith(word, i - len(word)) and i - len(word) >= lo:
                i -= len(word)
                break
        else:
            break
    return i


_PARTICLES = frozenset("はにをでへともやかよねがの")
# What may stand right before a town that opens an address field (a line, a cell, a label).
_FIELD_START = frozenset(" \u3000\n\t,、:：(（「【|")
_MUNICIPAL = re.compile(r"[一-龥々ヶ]{0,3}[市町村]")


def _kana_in_place(text: str, i: int, end: int, lo: int) -> int | None:
    """Where the place run goes on left of the hiragana that ends at ``i``, or None when the
    hiragana is not part of a place name: okurigana inside a town (内灘町薫る坂, 新通り7丁目)
    after a municipality, or the opening of a municipality's name (みなみ野市, ときわ台町)
    at the start of the address."""
    j = i - 1
    while j > lo and "ぁ" <= text[j - 1] <= "ゖ" and i - j < 5:
        j -= 1
    kana = text[j:i]
    before = text[j - 1] if j > 0 else "\n"
    if len(kana) <= 3 and text[i - 1] not in _PARTICLES and _is_place_char(before):
        k = _left_run(text, j, max(1, 40 - (end - j)))
        if re.search(r"[市町村郡]", text[k:j]):
            return k  # okurigana between a municipality and the number part
        if j - k <= 3 and (k == 0 or text[k - 1] in _FIELD_START):
            # the town alone opens the field down to the house (住所：薫る坂2丁目13-38, a cell
            # 見返り坂3丁目5番1号); 生きる力3丁目 ends at no house
            chain = ANCHOR_RE.match(text, end)
            if chain and _unit_ends(chain.group(0)):
                return k
    starts = before in "都道府県 \u3000\n\t,:：、" or before.isdigit()
    if len(kana) >= 2 and starts and _MUNICIPAL.match(text, i):
        return j  # a municipality named partly in hiragana (みなみ野市, さぬき市)
    if len(kana) >= 3 and kana[0] in _PARTICLES and _MUNICIPAL.match(text, i):
        return j + 1  # 住所は|みなと野市…: the particle before the town is no part of it
    return None


# A city, ward or district name alone (two to four characters and 市, 区 or 郡): what stands
# before the dictionary's first place name in a run that opens an address field.
_CITY_BEFORE = re.compile(r"[一-龥々ヶ]{2,4}[市区郡]")


def _trim_start(text: str, start: int, end: int) -> tuple[int, bool]:
    """Move ``start`` to the prefecture or municipality; report whether one was found."""
    run = text[start:end]
    m = place_start_re().search(run)
    if m:
        lab = _STRIP_LABEL_RE.match(run, 0, m.start())
        city = lab.end() if lab else 0
        if m.start() > city and _CITY_BEFORE.fullmatch(run, city, m.start()):
            # a municipality the dictionary does not know, then a town it knows by another
            # town's name (白樺原市|栄町5丁目 after 住所：): the address opens with the city
            return start + city, True
        return start + m.start(), True
    lab = _STRIP_LABEL_RE.match(run)
    if lab:
        start += lab.end()
        run = text[start:end]
    if re.search(r"[市区町村郡]", run[:-1] if len(run) > 1 else ""):
        return start, True
    return start, False


# A number part that is a street address on its own, with no place name and no label: a block of
# a 条・丁目 grid (北1条西2丁目3番地4), or three levels down to the house (2丁目8番1号, 3番地4).
_GRID_RE = re.compile(rf"[東西南北]?{_KNUM}条[東西南北]?{_KNUM}丁目")
_LEVELS_RE = re.compile(rf"{_KNUM}(?:丁目|番地|番|号)")


def _complete_chain(text: str, start: int, chain: str) -> bool:
    if text[max(0, start - 1) : start] in ("第", "条", "項"):
        return False  # 第3条第2項: an article of a regulation, not a block
    if _GRID_RE.match(chain):
        return True
    units = _LEVELS_RE.findall(chain)
    tail = bool(re.search(r"(?:丁目|番地?)[0-9]+(?:[-ー][0-9]+)*$", chain))
    return any("丁目" in u for u in units) and len(units) + tail >= 3


# No dwelling: a road's route (市道五丁目3号線) or a body named after its district (若葉台五丁目
# 自治会, 3丁目交差点); …8番1号 before them and 3丁目付近 (a home may be told so) still are.
_NOT_A_HOUSE = re.compile(
    r"(?<=号)線|(?<=丁目)(?:自治会|町内会|町会|自治区|老人会|子ども会|子供会|商店街|公園|交差点|"
    r"バス停|駅|地区)"
)


# 6-38-16 (three levels, no units) after a place with no city is a house when the place is a
# town (山方町6-38-16), a postal code stands right before it (the line under 〒…) or someone
# lives there (…に在住): a place alone before 1-2-3 may be a document's number (資料3-1-2).
_LIVES_AFTER = re.compile(r"[^\n、。,]{0,40}?(?:在住|に住んで|にお住まい|に居住|に住む)")
_THREE_LEVELS = re.compile(r"[0-9]+[-ー][0-9]+[-ー][0-9]+")
_POSTAL_BEFORE = re.compile(r"(?:〒|郵便番号[:： ]*)[ ]?[0-9]{3}-?[0-9]{4}[ \u3000]*\n?[ \u3000]*$")


def _town_house(text: str, start: int, end: int, place: str, chain: str) -> bool:
    if not _THREE_LEVELS.match(chain) or not _is_place_char(place[0]):
        return False
    return (
        place[-1] in "町村"
        or bool(_POSTAL_BEFORE.search(text, max(0, start - 20), start))
        or bool(_LIVES_AFTER.match(text, end))
    )


# 番地先 (a parcel's frontage, a 山林's or a road's site): the 先 is part of the location; 先日,
# 先方 after a house number are other words.
_FRONTAGE = re.compile(r"番地先(?![一-龥々])")


def _unit_ends(chain: str) -> bool:
    """The number part ends a house number (…19号, …番地21, 1-2-3), so what follows may be the
    building; a bare 3丁目 is followed by other things (3丁目 2階建て)."""
    return bool(
        re.search(r"(?:号|番地?[0-9]*|[0-9]-[0-9]+|番地の?[〇一二三四五六七八九十百千]+)$", chain)
    )


def find_japanese_addresses(text: str) -> Iterator[Finding]:
    for m in _anchors(text):
        a_start, a_end = m.start(), m.end()
        chain = m.group(0)
        run_start = _left_run(text, a_start)
        start, strong = _trim_start(text, run_start, a_start)
        place = text[start:a_start].strip()
        label_before = bool(_ADDRESS_LABELS.search(text[max(0, run_start - 10) : run_start]))
        has_street_unit = any(u in chain for u in ("丁目", "番地", "条")) or (
            "番" in chain and "号" in chain
        )
        if not place:
            if not (
                (label_before and (has_street_unit or re.search(r"[0-9]+[-ー][0-9]+[-ー]", chain)))
                or _complete_chain(text, a_start, chain)
            ):
                continue
        elif place.endswith("第") and not any(u in chain for u in ("丁目", "番地", "地割")):
            continue  # R6市第4033号, 〇〇市条例第11条: a document's number or an article
        elif not strong:
            if place.endswith("第") or not (
                has_street_unit or label_before or _town_house(text, start, a_end, place, chain)
            ):
                continue
            if len(place) < 2:
                continue
        if _NOT_A_HOUSE.match(text, a_end):
            continue
        if _FRONTAGE.match(text, a_end - 2):
            # 713番地先: the land in front of a parcel (a road, a river bank) is located by it
            yield "ADDRESS", start, a_end + 1
            continue
        b = BUILDING_RE.match(text, a_end)
        end = b.end() if b and b.end() > a_end else a_end
        if end == a_end and _unit_ends(chain):
            room = (
                ROOM_TAIL_RE.match(text, a_end)
                or NAMED_ROOM_RE.match(text, a_end)
                or CN_BLOCK_RE.match(text, a_end)
            )
            end = room.end() if room else end
        yield "ADDRESS", start, end
    # 大字/字 addresses: 〇〇町大字△△字□□123
    for m in re.finditer(
        r"(?:大字|字)[一-龥〇々ヶケァ-ヴー]{1,10}(?:字[一-龥〇々ヶケァ-ヴー]{1,10})?[ ]?", text
    ):
        n = _BARE_NUMBER_RE.match(text, m.end())
        if not n:
            continue
        start, _strong = _trim_start(text, _left_run(text, m.start()), m.start())
        if _FRONTAGE.match(text, n.end() - 2):
            yield "ADDRESS", start, n.end() + 1
            continue
        b = BUILDING_RE.match(text, n.end())
        yield "ADDRESS", start, b.end() if b else n.end()


# Sapporo's short form of a grid block (北1西2 = 北1条西2丁目) with the house number after it:
# a north/south line, then an east/west one.
_GRID_SHORT_RE = re.compile(
    r"(?<![A-Za-z0-9])[北南][0-9]{1,2}[東西][0-9]{1,2}(?![0-9条丁])"
    r"(?>[ ]?[0-9]{1,4}(?:-[0-9]{1,4}){0,2})"
    r"(?![0-9\-]|[一-龥〇々])"  # 北1西2 3番出口: a station exit, not a house
)


def find_grid_short(text: str) -> Iterator[Finding]:
    for m in _GRID_SHORT_RE.finditer(text):
        start, _strong = _trim_start(text, _left_run(text, m.start()), m.start())
        b = BUILDING_RE.match(text, m.end())
        end = b.end() if b and b.end() > m.end() else m.end()
        if end == m.end():
            room = ROOM_TAIL_RE.match(text, end)
            end = room.end() if room else end
        yield "ADDRESS", start, end


def find_addresses(text: str) -> list[Finding]:
    out = list(find_japanese_addresses(text))
    out.extend(find_dwellings(text))
    if "棟" in text:
        out.extend(find_housing_units(text))
    out.extend(find_grid_short(text))
    # Both English patterns need a capitalised word right after the numbers (1-2-3 Nishi…,
    # 10 Downing Street); Japanese addresses with 1-2-3 alone do not start the slow scans.
    if EN_GATE_RE.search(text):
        out.extend(find_english_addresses(text))
    out.extend(find_foreign_blocks(text))
    if ", " in text:
        out.extend(find_country_closed(text))
    if KOREAN_GATE.search(text):
        out.extend(find_korean_addresses(text))
    if STREET_FIRST_GATE.search(text):
        out.extend(find_street_first(text))
    if VN_GATE.search(text):
        out.extend(find_vietnamese(text))
    return out
