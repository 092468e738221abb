"""Homes named without a street address: a dwelling and its room alone, as a 方書 / 建物名 cell
holds it (さくらハイツ201号室), and a unit of a housing estate (緑町団地 4号棟 101号室).
``address.find_addresses`` adds them to the addresses found from a number part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Finding = tuple[str, int, int]


# A dwelling and its room alone, as a 方書 / 建物名 cell holds it (さくらハイツ201号室, グリーン荘5階):
# a residential building word and a room or floor number, starting a cell or a line.
_DWELLING_RE = re.compile(
    r"[ ]*[ぁ-ゖァ-ヴー・一-龥〇々A-Za-z0-9]{0,16}?"
    r"(?:マンション|ハイツ|コーポ|荘|レジデンス|アパート|ハイム|メゾン|パレス|ヴィラ|シャトー|ドミール|団地|"
    r"フラット|テラス|ハウス)(?:[ぁ-ゖァ-ヴー一-龥〇々]{1,8})?"
    r"[ ]?(?:[A-Za-z]?[0-9]{1,4}(?:号室|号|階|F)|[A-Za-z]?[0-9]{3,4}(?![0-9]))(?=[ ]*(?:[\t,|\n]|$)|  )"
)
_CELL_START = re.compile(r"[\t,|\n]|  ")


_DWELLING_WORD = re.compile(
    r"マンション|ハイツ|コーポ|荘|レジデンス|アパート|ハイム|メゾン|パレス|ヴィラ|シャトー|ドミール|団地|"
    r"フラット|テラス|ハウス"
)


def find_dwellings(text: str) -> Iterator[Finding]:
    last = -1
    for w in _DWELLING_WORD.finditer(text):
        if w.start() < last:
            continue
        # the cell the word is in starts at a separator (or the text's start) at most 16
        # characters before it
        lo = max(0, w.start() - 18)
        cell = 0 if lo == 0 else -1
        for c in _CELL_START.finditer(text, lo, w.start()):
            cell = c.end()
        if cell < 0:
            continue
        m = _DWELLING_RE.match(text, cell)
        if not m or m.end() <= w.start():
            continue
        s = m.start()
        while text[s] == " ":
            s += 1
        last = m.end()
        yield "ADDRESS", s, m.end()


# A unit of a housing estate without a street address (住戸：緑町団地 4号棟 101号室): the estate's
# name, its building and the room. With both a 棟 and a room it is someone's home; the estate's
# name alone (緑町団地 全69戸) is a facility.
_UNIT_WING = re.compile(r"(?:[0-9]{1,3}号?|[A-Z])棟[ ]?[0-9]{1,4}号室?(?![0-9])")
_ESTATE_BEFORE = re.compile(r"[一-龥々ヶァ-ヴー]{1,20}(?:団地|住宅|アパート|ハイツ|コーポ|荘)[ ]?$")


def find_housing_units(text: str) -> Iterator[Finding]:
    pos = 0
    while (k := text.find("棟", pos)) >= 0:
        pos = k + 1
        j = k
        while j > 0 and (text[j - 1].isdigit() or text[j - 1] == "号") and k - j < 4:
            j -= 1
        if j == k and k > 0 and "A" <= text[k - 1] <= "Z":
            j = k - 1
        m = _UNIT_WING.match(text, j)
        if m is None or j == k:
            continue
        est = _ESTATE_BEFORE.search(text, max(0, j - 26), j)
        if est is None:
            continue
        yield "ADDRESS", est.start(), m.end()
