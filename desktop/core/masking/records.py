"""Fixed-width machine records: each field typed by the record's layout, not by its look.

A mainframe export or a 全銀 transfer file glues its fields together (生年月日, 性別, 個人番号,
年金番号 and 郵便番号 as one run of 38 digits; 預金種目 and 口座番号 as eight). No shape can
split such a run, but its layout can: the widths of the fields, in order. A layout comes from

- **a declaration in the text** — ``レイアウト: 宛名番号(10)カナ氏名(20)…`` — a run of
  ``label(width)`` items, the way a record's specification is written, or
- **a standard record layout** a clerk pastes without a declaration: the 全銀協 総合振込 data
  record (120 characters, data kind 2).

Each field's label names its type the way a table header does (``tables.header_type``), and its
value is read the way a table cell is (``tables.cell_finding``): padding is left out, a field
whose label names nothing personal gives no finding. A line is read with a layout only when its
length fits the layout's total, so a line of prose after the block is never cut into fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.masking.tables import Finding, cell_finding, header_type

Layout = tuple[tuple[str, int], ...]

# label(width): a field of a declared layout. The label is a word without spaces or brackets.
_FIELD = re.compile(r"([^\s()\[\]:,、，|]{1,16}?)\(([0-9]{1,3})\)")
_DECLARED = re.compile(r"\([0-9]{1,3}\)[^\s()]{1,16}\([0-9]{1,3}\)")
_LEAST_FIELDS = 3

# 全銀協 総合振込 data record (kind 2), 120 characters: the published field widths.
ZENGIN_TRANSFER: Layout = (
    ("データ区分", 1),
    ("被仕向銀行番号", 4),
    ("被仕向銀行名", 15),
    ("被仕向支店番号", 3),
    ("被仕向支店名", 15),
    ("手形交換所番号", 4),
    ("預金種目", 1),
    ("口座番号", 7),
    ("受取人名義", 30),
    ("振込金額", 10),
    ("新規コード", 1),
    ("顧客コード1", 10),
    ("顧客コード2", 10),
    ("振込区分", 1),
    ("識別表示", 1),
    ("ダミー", 7),
)
_ZENGIN_DATA = re.compile(r"^2[0-9]{4}.{15}[0-9]{3}.{15}[0-9 ]{4}[0-9][0-9]{7}", re.M)
_ZENGIN_WIDTH = 120


def declared_layout(line: str) -> Layout | None:
    """The fields of a layout declared on one line (label(width) items, three or more)."""
    fields = []
    pos = None
    for m in _FIELD.finditer(line):
        if pos is not None and m.start() != pos:
            if len(fields) >= _LEAST_FIELDS:
                break
            fields = []  # a run of label(width) items must not be interrupted
        fields.append((m.group(1), int(m.group(2))))
        pos = m.end()
    return tuple(fields) if len(fields) >= _LEAST_FIELDS else None


def _read(text: str, start: int, line: str, layout: Layout) -> list[Finding]:
    out = []
    pos = start
    for label, width in layout:
        kind = header_type(label)
        if kind is not None:
            f = cell_finding(text, kind, pos, min(pos + width, start + len(line)))
            if f is not None:
                out.append(f)
        pos += width
    return out


def _fits(line: str, layout: Layout) -> bool:
    total = sum(w for _label, w in layout)
    # the last field may be cut (trailing padding removed) or the record padded past it
    return total - layout[-1][1] < len(line.rstrip()) and len(line) <= total + 2


def find_in_records(text: str) -> Iterator[Finding]:
    """Findings in fixed-width records read by a declared or a standard layout."""
    if _DECLARED.search(text):
        yield from _declared_records(text)
    if _ZENGIN_DATA.search(text):
        yield from _zengin_records(text)


def _lines(text: str, start: int = 0) -> Iterator[tuple[int, str]]:
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield start, text[start:end]
        start = end + 1


def _declared_records(text: str) -> Iterator[Finding]:
    layout: Layout | None = None
    for start, line in _lines(text):
        declared = declared_layout(line) if "(" in line else None
        if declared:
            layout = declared
            continue
        if layout is None:
            continue
        if not line.strip():
            continue
        if not _fits(line, layout):
            layout = None  # the block of records ends at the first line of another length
            continue
        yield from _read(text, start, line, layout)


def _zengin_records(text: str) -> Iterator[Finding]:
    for m in _ZENGIN_DATA.finditer(text):
        end = text.find("\n", m.start())
        line = text[m.start() : end if end >= 0 else len(text)]
        if len(line.rstrip("\r")) == _ZENGIN_WIDTH:
            yield from _read(text, m.start(), line, ZENGIN_TRANSFER)
