"""Where the formula goes: one cell (D2), or a column filled down (D, D:D, D2:D100)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from openpyxl.utils.cell import column_index_from_string, get_column_letter

from desktop.core.excel.workbook import SheetData, WorkbookError

_CELL = re.compile(r"^\$?([A-Z]{1,3})\$?(\d{1,7})$")
_COLUMN = re.compile(r"^\$?([A-Z]{1,3})(?::\$?([A-Z]{1,3}))?$")
_FILL = re.compile(r"^\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})$")


@dataclass(frozen=True)
class Target:
    col: int
    first_row: int
    last_row: int
    fill_down: bool

    @property
    def first_cell(self) -> str:
        return f"{get_column_letter(self.col)}{self.first_row}"

    @property
    def rows(self) -> range:
        return range(self.first_row, self.last_row + 1)


def header_row(sheet: SheetData) -> int:
    """The first row with content (the header row of a typical clerk's list), 1 if empty."""
    rows = sorted({r for (r, _c) in sheet.values} | {r for (r, _c) in sheet.formulas})
    return rows[0] if rows else 1


def parse_target(text: str, sheet: SheetData) -> Target:
    """Read the clerk's target; empty = the cell right of the data, on the first data row."""
    raw = unicodedata.normalize("NFKC", text or "").strip().upper().replace(" ", "")
    if "!" in raw:
        raw = raw.rsplit("!", 1)[1]
    first_data = header_row(sheet) + 1
    last_data = max(sheet.max_row, first_data)
    if not raw:
        return Target(sheet.max_col + 1, first_data, first_data, fill_down=False)
    if m := _CELL.match(raw):
        row = int(m.group(2))
        return Target(column_index_from_string(m.group(1)), row, row, fill_down=False)
    if (m := _COLUMN.match(raw)) and (m.group(2) in (None, m.group(1))):
        return Target(column_index_from_string(m.group(1)), first_data, last_data, fill_down=True)
    if (m := _FILL.match(raw)) and m.group(1) == m.group(3):
        r1, r2 = sorted((int(m.group(2)), int(m.group(4))))
        return Target(column_index_from_string(m.group(1)), r1, r2, fill_down=r2 > r1)
    raise WorkbookError(
        f"入力先「{text}」を読み取れません。D2 のようなセル、D のような列、"
        "または D2:D100 のような 1 列の範囲で指定してください。",
        detail="bad target",
    )
