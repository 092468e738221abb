"""Read an .xlsx once into plain Python: cell values, formulas, tables and defined names.

Everything the checker needs is taken out of openpyxl here, so the rest of the package works on
small immutable-ish structures and never keeps the workbook object alive.
"""

from __future__ import annotations

import datetime as dt
import logging
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import UserFacingError

log = logging.getLogger(__name__)

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
MAX_EXCEL_ROWS = 1_048_576
MAX_EXCEL_COLS = 16_384
_EPOCH = dt.datetime(1899, 12, 30)
ERROR_STRINGS = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")


class WorkbookError(UserFacingError):
    """The workbook cannot be opened or does not have what was asked for."""


@dataclass(frozen=True)
class Table:
    name: str
    sheet: str
    min_row: int
    min_col: int
    max_row: int
    max_col: int
    columns: tuple[str, ...]
    header_rows: int = 1
    totals_rows: int = 0


@dataclass
class SheetData:
    name: str
    values: dict[tuple[int, int], Any] = field(default_factory=dict)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    number_formats: dict[tuple[int, int], str] = field(default_factory=dict)
    max_row: int = 0
    max_col: int = 0

    def value(self, row: int, col: int) -> Any:
        return self.values.get((row, col))


@dataclass
class WorkbookData:
    path: Path
    sheets: dict[str, SheetData]
    tables: dict[str, Table]
    names: dict[str, str]  # defined name (upper case) -> reference text, e.g. '売上'!$A$2:$A$9

    @property
    def sheet_names(self) -> list[str]:
        return list(self.sheets)

    def sheet(self, name: str | None) -> SheetData:
        """The sheet called ``name`` (case-insensitive, as in Excel); empty = the first sheet."""
        if not name:
            return next(iter(self.sheets.values()))
        found = self.find_sheet(name)
        if found is None:
            raise WorkbookError(
                f"シート「{name}」がブックにありません。シート名を確認してください"
                f"（あるシート: {'、'.join(self.sheets)}）。",
                detail="sheet not found",
            )
        return found

    def find_sheet(self, name: str) -> SheetData | None:
        wanted = name.strip().strip("'").casefold()
        for sheet in self.sheets.values():
            if sheet.name.casefold() == wanted:
                return sheet
        return None


def to_excel_value(value: Any) -> Any:
    """openpyxl value -> what Excel holds in the cell (dates become serial numbers)."""
    if isinstance(value, dt.datetime):
        delta = value - _EPOCH
        return delta.days + delta.seconds / 86400 + delta.microseconds / 86_400_000_000
    if isinstance(value, dt.date):
        return float((value - _EPOCH.date()).days)
    if isinstance(value, dt.time):
        return (value.hour * 3600 + value.minute * 60 + value.second) / 86400
    if isinstance(value, dt.timedelta):
        return value.total_seconds() / 86400
    return value


def load_workbook_data(path: Path, max_cells: int = 2_000_000) -> WorkbookData:
    """Load values, formulas, tables and names; formula results where Excel saved them."""
    import openpyxl

    path = Path(path)
    if path.suffix.lower() not in EXCEL_SUFFIXES:
        raise WorkbookError(
            "Excel ブック（.xlsx / .xlsm）を指定してください。"
            ".xls の場合は Excel で .xlsx に保存し直してください。",
            detail=f"suffix {path.suffix}",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about data validation etc.
            wb = openpyxl.load_workbook(path, data_only=False)
            cached = None
            if _has_formulas(wb):
                cached = openpyxl.load_workbook(path, data_only=True, read_only=True)
    except FileNotFoundError:
        raise WorkbookError(f"ファイル {path.name} が見つかりません。",
                            detail="not found") from None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise WorkbookError(
            f"{path.name} を Excel ブックとして開けません。"
            "パスワード付きや破損したファイルでないか確認してください。",
            detail=type(exc).__name__,
        ) from None
    sheets: dict[str, SheetData] = {}
    tables: dict[str, Table] = {}
    total = 0
    for ws in wb.worksheets:
        data = SheetData(name=ws.title)
        cached_rows = _cached_values(cached, ws.title) if cached is not None else {}
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if value is None:
                    continue
                key = (cell.row, cell.column)
                if cell.data_type == "f" or (isinstance(value, str) and value.startswith("=")):
                    data.formulas[key] = str(value) if not hasattr(value, "text") else value.text
                    value = cached_rows.get(key)
                    if value is None:
                        continue
                if cell.data_type == "e" or (isinstance(value, str) and value in ERROR_STRINGS):
                    value = _xl_error(str(value))
                data.values[key] = to_excel_value(value)
                if cell.number_format and cell.number_format != "General":
                    data.number_formats[key] = cell.number_format
                data.max_row = max(data.max_row, cell.row)
                data.max_col = max(data.max_col, cell.column)
                total += 1
        for key in data.formulas:
            data.max_row = max(data.max_row, key[0])
            data.max_col = max(data.max_col, key[1])
        if total > max_cells:
            raise WorkbookError(
                f"{path.name} は大きすぎるため確認できません（{max_cells:,} セルまで）。"
                "必要な範囲だけを別のブックにコピーしてお試しください。",
                detail="too many cells",
            )
        for tname in ws.tables:
            tables[tname.upper()] = _table(ws.tables[tname], ws.title)
        sheets[ws.title] = data
    names: dict[str, str] = {}
    for name, defined in wb.defined_names.items():
        if defined.attr_text and not name.startswith("_xlnm."):
            names[name.upper()] = defined.attr_text
    for ws in wb.worksheets:  # sheet-scoped names; the sheet's own meaning wins there
        for name, defined in getattr(ws, "defined_names", {}).items():
            names.setdefault(name.upper(), defined.attr_text)
    if cached is not None:
        cached.close()
    log.info("workbook loaded: %d sheets, %d cells", len(sheets), total)
    return WorkbookData(path=path, sheets=sheets, tables=tables, names=names)


def _has_formulas(wb: Any) -> bool:
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    return True
    return False


def _cached_values(cached_wb: Any, title: str) -> dict[tuple[int, int], Any]:
    out: dict[tuple[int, int], Any] = {}
    ws = cached_wb[title]
    for r_index, row in enumerate(ws.iter_rows(values_only=True), start=1):
        for c_index, value in enumerate(row, start=1):
            if value is not None:
                out[(r_index, c_index)] = value
    return out


def _xl_error(text: str) -> Any:
    from formulas.tokens.operand import Error

    return Error.errors.get(text, Error.errors["#VALUE!"])


def _table(table: Any, sheet: str) -> Table:
    from openpyxl.utils.cell import range_boundaries

    min_col, min_row, max_col, max_row = range_boundaries(table.ref)
    return Table(
        name=table.displayName or table.name,
        sheet=sheet,
        min_row=min_row,
        min_col=min_col,
        max_row=max_row,
        max_col=max_col,
        columns=tuple(str(c.name) for c in table.tableColumns),
        header_rows=1 if table.headerRowCount is None else int(table.headerRowCount),
        totals_rows=int(table.totalsRowCount or 0),
    )
