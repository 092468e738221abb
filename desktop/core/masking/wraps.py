"""Values cut by a line break where a PDF (or a text copied out of one) wrapped its line.

pypdf and PDF viewers give a paragraph as its visual lines, so a phone number, an address or a
date is often cut in two: 「電話番号は090-1234-⏎5678」「札幌市中央区北1条西2丁目⏎3番地4」. Each half
alone is no value (or the wrong one: 090-1234 reads as a postal code). A line break is taken for
such a wrap when

- the lines on both sides are prose (kana in them: a line of fields, 住所 then 電話番号, has
  none) and no table's (no tab, bar, CSV commas or columns aligned by spaces), the one before
  long (a wrapped line fills the width) with no sentence end (。, ：, a closing bracket);
- the characters on both sides can be one value's: a digit or a dash before and a digit after
  (090-1234-⏎5678, 昭和45年3⏎月), an address unit before and a number after (2丁目⏎3番地),
  a municipality before and a place after (中央区⏎北1条), a mail address's dot or @
  (yamada@city.⏎example.lg.jp);
- the next line is no numbered item (1. …, (2) …).

A label cut before its last word (a FAX or OCR form: 「被保険者⏎番号　1234567890」) is joined too:
a line that ends in a kanji word, the next opening with 番号 / 記号 / No and a digit; what the
patterns find right after the joined label is kept.

A phone number cut after its second dash (携帯：090-1234-⏎5678) is joined on a line of any length
and layout: no phone number ends with a dash, and the first half alone reads as a postal code.

An address written over two lines of a letter's address block (札幌市厚別区厚別中央1条5丁目 ⏎
4-12 サンパレス厚別 303) is joined too: a line that is a place down to its block, then a line
that opens with a house number (never 0…, which opens a phone number).

The number, address and date patterns then run on a window around each wrap with the break
removed; what they find across the break is lifted back onto the original text (the span keeps
the line break inside it, so un-masking restores the text exactly).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

Finding = tuple[str, int, int]

_LINE_MIN = 16  # characters of a wrapped line: a PDF line is as wide as its column
_WINDOW = 90  # characters looked at on each side of a wrap
# A wrap in the middle of a value, by what ends the line and what starts the next (the line
# breaks are visited with str.find: a pattern of look-behinds is tried at every character).
_DIGITS = frozenset("0123456789")
_KANJI_DIGITS = frozenset("0123456789一二三四五六七八九十")
_UNIT_ENDS = frozenset("目番地号条年月")
_PLACE_ENDS = frozenset("都道府県市区町村郡")
_MAIL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.+-")
_KANJI = re.compile(r"[一-龥々ヶ]")


def _value_pair(text: str, nl: int) -> bool:
    """The characters around the line break at ``nl`` can be one value's."""
    a, b = text[nl - 1], text[nl + 1]
    if b in _DIGITS:
        return a in _DIGITS or a == "-" or a in _UNIT_ENDS  # 090-1234-⏎5678, 2丁目⏎3番地4
    if a in _DIGITS:
        return b in "年月日番号条丁"  # 昭和45年3⏎月12日, 3⏎丁目
    if a in _UNIT_ENDS:
        return b in _KANJI_DIGITS  # 昭和四十五年⏎三月
    if a in _PLACE_ENDS:
        return _KANJI.match(b) is not None  # 札幌市中央区⏎北1条西2丁目
    if a == "." and nl >= 2 and text[nl - 2] in _MAIL_CHARS:
        return "a" <= b <= "z"  # yamada@city.⏎example.lg.jp
    return b == "@" and a in _MAIL_CHARS


def _line_breaks(text: str) -> Iterable[int]:
    """The line breaks with a character on both sides."""
    nl = text.find("\n", 1)
    while 0 < nl < len(text) - 1:
        yield nl
        nl = text.find("\n", nl + 1)
_HIRAGANA = re.compile(r"[ぁ-ゖ]")
_LABEL_AT_END = re.compile(r"(?:番号|記号|No\.?)$")
# The block's line of a two-line address, and the house number opening the next line.
_BLOCK_END = re.compile(r"[一-鿿々ヶ]{1,12}[0-9一二三四五六七八九十]{1,3}(?:丁目|条|線|地割)$|[町村]$")
_MUNICIPAL = re.compile(r"[都道府県市区町村郡]")
_HOUSE_START = re.compile(r"[1-9][0-9]{0,3}(?:[-ー][0-9]{1,4}){0,2}(?:番地?[0-9]*|号)?(?:[ \u3000]|$)")
_MAIL_PART = re.compile(r"@[A-Za-z0-9.\-]*$|[A-Za-z0-9_.+\-]$")
_NOT_PROSE = re.compile(r"[\t|]|,.*,|[ \u3000]{2}")  # cells: tabs, bars, commas, aligned columns
_SENTENCE_END = frozenset("。．.！？!?：:」』）)】〕")
# A phone number cut after its second dash, and the rest of it opening the next line.
_PHONE_CUT = re.compile(r"(?<![0-9])0[0-9]{1,4}[-ー][0-9]{1,4}[-ー]$")
_PHONE_REST = re.compile(r"[0-9]{3,4}(?![0-9])")
# The label's last word and its value opening the next line (被保険者⏎番号 1234567890).
_LABEL_TAIL = re.compile(r"(?:番号|記号|No\.?)[ :：]*(?=[0-9])")
_LABEL_GAP = 12  # a value found this close after such a break is the joined label's
_LIST_ITEM = re.compile(r"[0-9]{1,2}[.．)）、]|[(（][0-9]{1,2}[)）]")


def soft_wraps(text: str) -> list[int]:
    """Offsets of the line breaks that cut a value where a PDF line wrapped."""
    if "\n" not in text:
        return []
    out = _address_breaks(text)
    for nl in _line_breaks(text):
        if not _value_pair(text, nl):
            continue
        ls = text.rfind("\n", 0, nl) + 1
        line = text[ls:nl]
        le = text.find("\n", nl + 1)
        after = text[nl + 1 : le if le >= 0 else len(text)]
        if _PHONE_CUT.search(line, max(0, len(line) - 16)) and _PHONE_REST.match(after):
            out.append(nl)  # 090-1234-⏎5678 on any line: no phone number ends with its dash
            continue
        if len(line) < _LINE_MIN or _NOT_PROSE.search(line):
            continue
        if _LIST_ITEM.match(after) or _NOT_PROSE.search(after):
            continue
        if text[nl - 1] == "." or after[0] == "@":
            if not _MAIL_PART.search(line, max(0, len(line) - 64)):
                continue  # a full stop, not a domain's dot
        elif _LABEL_AT_END.search(line):
            pass  # …健康保険証の記号 5434 番号 ⏎ 469 保険者番号 …: the label's value, wrapped
        elif line[-1] in _SENTENCE_END or not (_HIRAGANA.search(line) and _HIRAGANA.search(after)):
            continue  # a sentence runs on; a line of fields (住所 ⏎ 電話番号) does not
        out.append(nl)
    return sorted(set(out))


def _label_breaks(text: str) -> list[int]:
    out = []
    nl = text.find("\n番号", 1)  # (the candidates by str.find: a rare pair, no scan of re)
    while nl > 0:
        if _KANJI.match(text[nl - 1]) and _LABEL_TAIL.match(text, nl + 1):
            out.append(nl)
        nl = text.find("\n番号", nl + 1)
    return out


def _address_breaks(text: str) -> list[int]:
    out = []
    for nl in _line_breaks(text):
        if text[nl - 1] not in "目条線割町村" or not "1" <= text[nl + 1] <= "9":
            continue
        ls = text.rfind("\n", 0, nl) + 1
        line = text[ls:nl].strip()
        if len(line) > 40 or not _MUNICIPAL.search(line[:-1]) or not _BLOCK_END.search(line):
            continue
        if _HOUSE_START.match(text, nl + 1):
            out.append(nl)
    return out


def _windows(text: str, wraps: list[int]) -> list[tuple[int, int, list[int]]]:
    """(start, end, wraps inside) of the windows around the wraps, merged where they touch, never
    across a blank line."""
    out: list[tuple[int, int, list[int]]] = []
    for nl in wraps:
        lo = max(0, nl - _WINDOW)
        blank = text.rfind("\n\n", lo, nl)
        lo = blank + 2 if blank >= 0 else lo
        hi = min(len(text), nl + 1 + _WINDOW)
        blank = text.find("\n\n", nl + 1, hi)
        hi = blank if blank >= 0 else hi
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi, [*out[-1][2], nl])
        else:
            out.append((lo, hi, [nl]))
    return out


def find_across_wraps(
    text: str, finders: Iterable[Callable[[str], Iterable[Finding]]]
) -> list[Finding]:
    """What ``finders`` find across a wrapped line break, on ``text``'s offsets."""
    labels = _label_breaks(text) if "\n番号" in text else []
    wraps = sorted(set(soft_wraps(text)) | set(labels))
    if not wraps:
        return []
    finders = list(finders)
    out: list[Finding] = []
    for lo, hi, inside in _windows(text, wraps):
        cut = set(inside)
        origin = [i for i in range(lo, hi) if i not in cut]  # joined index -> text offset
        joined = "".join(text[i] for i in origin)
        for find in finders:
            for kind, s, e in find(joined):
                if e <= s or e > len(origin):
                    continue
                start, last = origin[s], origin[e - 1]
                # the value spans a removed break, or is one part of a value that does
                # (記号 5434 番号 ⏎ 469: the number's two parts are found one by one)
                if last - start != e - 1 - s or any(
                    0 < start - nl <= 2 or 0 <= nl - last <= 2 for nl in inside
                ) or any(0 < start - nl <= _LABEL_GAP for nl in labels if nl in cut):
                    out.append((kind, start, last + 1))
    return out
