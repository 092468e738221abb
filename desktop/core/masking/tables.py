"""Table rows (CSV, TSV, Markdown, Excel pasted as text): a column's header says what its cells are."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.masking.dates import is_date

Finding = tuple[str, int, int]

_HEADER_TYPES = (
    ("BIRTH_DATE", re.compile(r"生年月日|誕生日|[Dd]ate of [Bb]irth|DOB|[Bb]irth")),
    (
        "PERSON",
        re.compile(
            r"氏名|名前|フリガナ|ふりがな|カナ|申請者|相談者|担当者|世帯主|代表者|保護者|"
            r"^[Nn]ame$|[Ff]ull [Nn]ame|[Cc]ontact"
        ),
    ),
    ("ADDRESS", re.compile(r"住所|所在地|居所|[Aa]ddress")),
)
_SPLIT = re.compile(r"\t|,|\|")
_HAS_CONTENT = re.compile(r"[一-龥々ァ-ヴぁ-ゖA-Za-z0-9]")


def _cells(line: str, start: int) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in _SPLIT.finditer(line):
        out.append((start + pos, start + m.start()))
        pos = m.end()
    out.append((start + pos, start + len(line)))
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \"'":
        s += 1
    while e > s and text[e - 1] in " \"'":
        e -= 1
    return s, e


def find_in_tables(text: str) -> Iterator[Finding]:
    if not _SPLIT.search(text):
        return
    columns: dict[int, str] | None = None
    width = 0
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            columns = None
            continue
        cells = _cells(line, start)
        if len(cells) < 2:
            columns = None
            continue
        if columns is not None and len(cells) == width:
            for idx, kind in columns.items():
                s, e = _strip(text, *cells[idx])
                if s >= e or not _HAS_CONTENT.search(text, s, e):
                    continue
                if kind == "BIRTH_DATE":
                    m = is_date(text[s:e])
                    if m:
                        yield kind, s + m.start(), s + m.end()
                elif len(text[s:e]) <= 60:
                    yield kind, s, e
            continue
        header: dict[int, str] = {}
        for idx, (s, e) in enumerate(cells):
            cell = text[s:e].strip()
            if len(cell) > 20:
                continue
            for kind, rx in _HEADER_TYPES:
                if rx.search(cell):
                    header[idx] = kind
                    break
        if header:
            columns, width = header, len(cells)
        elif columns is not None and len(cells) != width:
            columns = None
