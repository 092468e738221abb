"""Fixed-width machine records: each field typed by the record's layout, not by its look.

A mainframe export or a 全銀 transfer file glues its fields together (生年月日, 性別, 個人番号,
年金番号 and 郵便番号 as one run of 38 digits; 預金種目 and 口座番号 as eight). No shape can
split such a run, but its layout can: the widths of the fields, in order. A layout comes from

- **a declaration in the text** — ``レイアウト: 宛名番号(10)カナ氏名(20)…`` — a run of
  ``label(width)`` items, the way a record's specification is written, or
- **a standard record layout** a clerk pastes without a declaration: the 全銀協 総合振込 data
  record (120 characters, data kind 2).

A DataFrame's print (``print(df)``) is a record block too: a header line indented past the
index, then rows of the index and one cell per header word, cells two spaces apart. Its header
words name the cells' types; a ``...`` column (hidden columns) is a column of its own, so the
cells are counted, not aligned by width (kanji are two columns wide on screen, one in the text).

A spreadsheet pasted with its grid (a line of column letters A B C …, each row led by its row
number) is a record block whose layout is its header row: the row under the letters. A cell
address (``B7: =IFERROR(…) → 値: …``) names its column, so the value shown for it is typed by
that column's header; a formula is never a value, and a number format in it (``"000000"``) is
no one's number.

Each field's label names its type the way a table header does (``tables.header_type``), and its
value is read the way a table cell is (``tables.cell_finding``): padding is left out, a field
whose label names nothing personal gives no finding. A line is read with a layout only when its
length fits the layout's total, so a line of prose after the block is never cut into fields.

What a spreadsheet or an export did to a value is read too: a number Excel rounded to
``1.23457E+11`` no longer holds anyone's number, and a row marked as the form's example
(記入例, 見本) holds the office's data (both kept, as headers are). A departmental mailbox beside
its section's name (問い合わせは情報政策課 johosys@…) is the section's. Log lines are read by
``log_records`` (login and destination slots), records of values without labels (RPA dumps,
reader strings) by ``value_records``.

The masker takes these findings with the tables' (``find_in_machine_records`` beside ``find_in_tables``):
a record's field type overrides a shape's guess for the same span, NOT_PERSONAL drops it, and a
HEADER span drops whatever overlaps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.masking.log_records import find_in_logs
from desktop.core.masking.numbers import find_numbers
from desktop.core.masking.org_contact import departmental_mailbox
from desktop.core.masking.tables import NOT_PERSONAL, Finding, cell_finding, header_type
from desktop.core.masking.value_records import find_value_records

Layout = tuple[tuple[str, int], ...]

# label(width): a field of a declared layout. The label is a word without spaces or brackets.
_FIELD = re.compile(r"([^\s()\[\]:,、，|]{1,16}?)\(([0-9]{1,3})\)")
_DECLARED = re.compile(r"\([0-9]{1,3}\)[^\s()]{1,16}\([0-9]{1,3}\)")
_LEAST_FIELDS = 3
_TRAILER_ITEM = re.compile(r"[^\s=]{1,12}=[0-9A-Za-z]{1,12}")

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
# (a data record follows the header record: it starts a line after another)
_ZENGIN_DATA = re.compile(r"\n(2[0-9]{4}.{15}[0-9]{3}.{15}[0-9 ]{4}[0-9][0-9]{7})")
_ZENGIN_WIDTH = 120
_PADDING = " " * 8  # a fixed-width record pads its names with spaces


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


def find_in_machine_records(text: str) -> Iterator[Finding]:
    """Findings in fixed-width records read by a declared or a standard layout."""
    if _DECLARED.search(text):
        yield from _declared_records(text)
    # (quick rejection: a literal the format cannot lack, before any line-anchored pattern)
    if _PADDING in text and _ZENGIN_DATA.search(text):
        yield from _zengin_records(text)
    if _FRAME_HINT.search(text):
        yield from _frame_prints(text)
    if "\tA\tB\tC" in text:
        yield from _sheet_grids(text)
    yield from find_in_logs(text)
    if "E+" in text:
        # 1.23457E+11: a spreadsheet's rounding of a long number, which no longer holds it
        yield from (("HEADER", m.start(), m.end()) for m in _EXPONENT.finditer(text))
    if "例" in text or "見本" in text or "サンプル" in text:
        yield from _example_rows(text)
    yield from find_value_records(text)
    if "@" in text:
        yield from _section_mailboxes(text)


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
            # its trailer (EOF  件数=4  出力日 …) counts and labels the job: a key=value is a label
            yield from (
                ("HEADER", start + m.start(), start + m.end()) for m in _TRAILER_ITEM.finditer(line)
            )
            continue
        yield from _read(text, start, line, layout)


def _zengin_records(text: str) -> Iterator[Finding]:
    for m in _ZENGIN_DATA.finditer(text):
        start = m.start(1)
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if len(line.rstrip("\r")) == _ZENGIN_WIDTH:
            yield from _read(text, start, line, ZENGIN_TRANSFER)


# An index (a number or a label without spaces) then a cell two spaces on: a DataFrame's row,
# under a header line indented past the index.
_FRAME_HINT = re.compile(r"\n[0-9]+ {2,}\S")
_CELL_GAP = re.compile(r" {2,}")
_EMPTY_CELL = frozenset(("NaN", "None", "NaT", "<NA>", "nan", "..."))


def _gap_cells(line: str, start: int) -> list[tuple[int, int]]:
    cells = []
    pos = len(line) - len(line.lstrip(" "))
    for m in _CELL_GAP.finditer(line, pos):
        cells.append((start + pos, start + m.start()))
        pos = m.end()
    if pos < len(line.rstrip()):
        cells.append((start + pos, start + len(line.rstrip())))
    return cells


def _frame_prints(text: str) -> Iterator[Finding]:
    kinds: list[str | None] | None = None
    for start, line in _lines(text):
        if line.startswith("  ") and line.strip():
            words = line.split()
            kinds = [header_type(w.replace("_", " ")) for w in words]
            if not any(kinds):
                kinds = None
            continue
        if kinds is None:
            continue
        cells = _gap_cells(line, start)
        if len(cells) != len(kinds) + 1 or not line[:1].isalnum():
            kinds = None  # the print ends at the first line that is not a row of it
            continue
        for kind, (s, e) in zip(kinds, cells[1:], strict=True):
            if kind is None or text[s:e] in _EMPTY_CELL:
                continue
            f = cell_finding(text, kind, s, e)
            if f is not None:
                yield _by_shape(text, f)


def _by_shape(text: str, f: Finding) -> Finding:
    """A number whose shape is one type's alone (a residence card under a column the header
    words read as a card's) keeps the type of its shape."""
    kind, s, e = f
    for t, s2, e2 in find_numbers(text[s:e]):
        if (s2, e2) == (0, e - s) and t != kind:
            return (t, s, e)
    return f


# A row of column letters (A B C …, tab-separated, the corner cell empty)
_LETTERS_ROW = re.compile(r"^\t?A\tB\tC(?:\t[D-Z])*$", re.M)
_ROW_NUMBER = re.compile(r"[0-9]{1,6}")
_ADDRESS_LINE = re.compile(r"^([A-Z]{1,2})[0-9]{1,6}[:：] ?=")
_SHOWN_VALUE = re.compile(r"(?:→|=>|->) *(?:値[:：]? *)?([^ \n].*?) *$")
_NUMBER_FORMAT = re.compile(r'"([0#]{4,})"')


def _column_index(letters: str) -> int:
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - ord("A") + 1
    return n - 1


def _sheet_grids(text: str) -> Iterator[Finding]:
    letters_at = None
    kinds: list[str | None] = []
    for start, line in _lines(text):
        if _LETTERS_ROW.fullmatch(line):
            letters_at = start
            kinds = []
            for s, e in _cells(line, start)[1:]:
                yield ("HEADER", s, e)  # a column's letter is no one's initial
            continue
        if letters_at is None:
            continue
        cells = _cells(line, start)
        if len(cells) > 1 and _ROW_NUMBER.fullmatch(text, *cells[0]):
            if not kinds:  # the first row under the letters is the header
                kinds = [header_type(text[s:e].strip()) for s, e in cells[1:]]
                yield from (
                    ("HEADER", s, e) for (s, e), k in zip(cells[1:], kinds, strict=False) if k
                )
                continue
            for kind, (s, e) in zip(kinds, cells[1:], strict=False):
                if kind is not None and not text[s:e].lstrip().startswith("="):
                    f = cell_finding(text, kind, s, e)
                    if f is not None:
                        yield f
            continue
        address = _ADDRESS_LINE.match(line)
        if address:
            for m in _NUMBER_FORMAT.finditer(line):
                yield ("HEADER", start + m.start(1), start + m.end(1))
            column = _column_index(address.group(1))
            shown = _SHOWN_VALUE.search(line, address.end())
            kind = kinds[column] if column < len(kinds) else None
            if shown and kind:
                f = cell_finding(text, kind, start + shown.start(1), start + shown.end(1))
                if f is not None:
                    yield f


def _cells(line: str, start: int) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in re.finditer("\t", line):
        out.append((start + pos, start + m.start()))
        pos = m.end()
    out.append((start + pos, start + len(line)))
    return out


_EXPONENT = re.compile(r"(?<![0-9.])[0-9]\.[0-9]{1,14}E\+[0-9]{1,2}(?![0-9])")
# A row of a CSV/TSV export marked as the form's example (記入例, 見本): the office's own data.
_EXAMPLE_CELL = re.compile(r"(?:^|[,\t])[(（【]?(?:記入例|記載例|見本|サンプル)[)）】]?")
_ROW_SEPARATOR = re.compile(r"[,\t]")
_EXAMPLE_WORD = re.compile(r"記入例|記載例|見本|サンプル")


def _example_rows(text: str) -> Iterator[Finding]:
    for m in _EXAMPLE_WORD.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        if len(_ROW_SEPARATOR.findall(line)) >= 2 and _EXAMPLE_CELL.search(line):
            yield ("HEADER", start, end)


# A departmental mailbox (johosys@, made of section words only) written right after its section's
# name or followed by it in brackets (問い合わせは情報政策課 johosys@…, …@…（情報政策課 内線…）):
# the section's own mailbox, as a report or a log's footer gives it.
_MAILBOX = re.compile(r"[A-Za-z][A-Za-z0-9._-]{1,40}@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_SECTION_BEFORE = re.compile(r"[一-龥ァ-ヴー]{1,10}(?:課|係|室|班|センター)[ 　:：]{0,2}$")
_SECTION_AFTER = re.compile(
    r"[(（][一-龥ァ-ヴー]{1,10}(?:課|係|室|班|センター)(?:[ 　、][^)）\n]{0,12})?[)）]"
)
_PERSON_MARK = re.compile(r"担当|直通|携帯|自宅|様|さん")
_SECTION_WORD = re.compile(r"課|係|室|班|センター")
_LOCAL_BEFORE = re.compile(r"(?<![A-Za-z0-9._-])[A-Za-z][A-Za-z0-9._-]{0,40}$")


def _section_mailboxes(text: str) -> Iterator[Finding]:
    at = text.find("@")
    while at >= 0:
        window = text[max(0, at - 66) : at + 72]
        here = at
        at = text.find("@", at + 1)
        if not _SECTION_WORD.search(window):
            continue  # (most mailboxes: no section named near them)
        local = _LOCAL_BEFORE.search(text, max(0, here - 41), here)
        m = _MAILBOX.match(text, local.start()) if local else None
        if m is None or not departmental_mailbox(m.group()):
            continue
        # (its own line only: a staff member on the next line says nothing about it)
        before = text[max(0, m.start() - 24) : m.start()].rpartition("\n")[2]
        after = text[m.end() : m.end() + 30].partition("\n")[0]
        if _PERSON_MARK.search(before) or _PERSON_MARK.search(after):
            continue
        if _SECTION_BEFORE.search(before) or _SECTION_AFTER.match(after):
            yield (NOT_PERSONAL, m.start(), m.end())
