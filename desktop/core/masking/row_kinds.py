"""A table row that names the identity document it lists (運転免許証, 旅券, マイナンバーカード):
its number cell is that document's number, with or without a header. Registers of identity
checks (本人確認簿) list one person a row and the document shown; a licence's twelve digits
that happen to pass the My Number check stay a licence there."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.masking.numbers import my_number_valid
from desktop.core.masking.tables import _cells, _separator, _strip

Finding = tuple[str, int, int]

_KINDS = {
    "運転免許証": "DRIVER_LICENSE",
    "免許証": "DRIVER_LICENSE",
    "運転経歴証明書": "DRIVER_LICENSE",
    "旅券": "PASSPORT",
    "パスポート": "PASSPORT",
    "一般旅券": "PASSPORT",
    "個人番号カード": "MY_NUMBER",
    "マイナンバーカード": "MY_NUMBER",
}
_TRIGGER = re.compile("|".join(_KINDS))
_TWELVE = re.compile(r"[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}")
# A passport number: letters and digits, at least five digits (TR1234567, N5791148, 9 digits).
_PASSPORT = re.compile(r"(?=(?:[A-Z]*[0-9]){5})[A-Z0-9]{7,10}")


def _fits(kind: str, value: str) -> bool:
    if kind == "PASSPORT":
        return bool(_PASSPORT.fullmatch(value))
    if not _TWELVE.fullmatch(value):
        return False
    return kind == "DRIVER_LICENSE" or my_number_valid(re.sub(r"[ -]", "", value))


def find_by_row_kind(text: str) -> Iterator[Finding]:
    """The number cells of rows that name one identity document (tab, comma or bar rows)."""
    if _TRIGGER.search(text) is None:
        return
    start = 0
    for line in text.split("\n"):
        if ("\t" in line or "," in line or "|" in line) and _TRIGGER.search(line):
            cells = [_strip(text, s, e) for s, e in _cells(line, start, _separator(line))]
            values = [text[s:e] for s, e in cells]
            kinds = {_KINDS[v] for v in values if v in _KINDS}
            if len(kinds) == 1:
                kind = kinds.pop()
                for (s, e), value in zip(cells, values, strict=True):
                    if value not in _KINDS and _fits(kind, value):
                        yield kind, s, e
        start += len(line) + 1
