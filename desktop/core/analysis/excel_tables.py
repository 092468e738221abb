""".xlsx sheets as tables: the header row found (a title above it skipped, merged header cells
filled in, a two-row header joined), cells as the engine should type them."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.core.analysis import normalise as nz
from desktop.core.analysis.engine import do
from desktop.core.analysis.tables import (
    HEADER_SCAN_ROWS,
    TableInfo,
    TableLoadError,
    column_names,
    finish_table,
    has_header,
    looks_like_value,
    register_rows,
    table_name,
)

log = logging.getLogger(__name__)


def sheet_names(path: Path) -> list[str]:
    """The worksheets of a workbook, in order (for the sheet choice)."""
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True)
    except Exception:
        raise TableLoadError(f"「{Path(path).name}」を Excel ブックとして開けません。パスワード付きや"
                             "破損したファイルでないか確認してください。", detail="open") from None
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def load_excel(con: Any, path: Path, chosen: Sequence[str] | None,
                used: set[str]) -> list[TableInfo]:
    import warnings

    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(path, data_only=True)
    except Exception:
        raise TableLoadError(f"「{path.name}」を Excel ブックとして開けません。パスワード付きや"
                             "破損したファイルでないか確認してください。", detail="open") from None
    out: list[TableInfo] = []
    try:
        if chosen:
            missing = [s for s in chosen if s not in wb.sheetnames]
            if missing:
                raise TableLoadError(
                    f"「{path.name}」にシート「{'、'.join(missing)}」がありません"
                    f"（あるシート: {'、'.join(wb.sheetnames)}）。", detail="sheet not found")
            worksheets = [wb[s] for s in chosen]
        else:
            worksheets = [next((ws for ws in wb.worksheets if ws.max_row > 1 or ws.max_column > 1
                                or ws.cell(1, 1).value is not None), wb.worksheets[0])]
        for ws in worksheets:
            grid = sheet_grid(ws)
            if not grid:
                raise TableLoadError(f"「{path.name}」のシート「{ws.title}」にデータがありません。",
                                     detail="empty sheet")
            head, header_rows = find_header(grid)
            width = max(len(r) for r in grid)
            names = column_names(header_rows, width) if header_rows is not None else \
                column_names(None, width)
            body = grid[head:]
            raw_names = [f"c{i}" for i in range(width)]
            cells = [[_excel_text(v) for v in r] for r in body]
            full_width = any(isinstance(v, str) and nz.FULL_WIDTH.search(v)
                             for r in cells for v in r)
            register_rows(con, "__raw", raw_names, cells)
            name = table_name(f"{path.stem}_{ws.title}", used)
            try:
                out.append(finish_table(con, '"__raw"', raw_names, names, name, path.name,
                                         ws.title, header_rows is not None,
                                         full_width=full_width))
            finally:
                do(con, 'DROP TABLE IF EXISTS "__raw"')
    finally:
        wb.close()
    return out


def sheet_grid(ws: Any) -> list[list[Any]]:
    """The sheet's values as rows, merged cells filled with their top-left value, trailing empty
    rows and columns removed."""
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    for rng in (getattr(ws, "merged_cells", None) and ws.merged_cells.ranges) or ():
        value = ws.cell(rng.min_row, rng.min_col).value
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if r - 1 < len(rows) and c - 1 < len(rows[r - 1]):
                    rows[r - 1][c - 1] = value
    while rows and all(v in (None, "") for v in rows[-1]):
        rows.pop()
    width = 0
    for row in rows:
        for i in range(len(row) - 1, -1, -1):
            if row[i] not in (None, ""):
                width = max(width, i + 1)
                break
    return [row[:width] + [None] * (width - len(row)) for row in rows]


def find_header(grid: list[list[Any]]) -> tuple[int, list[str] | None]:
    """(index of the first data row, the column names or None when there is no header).

    The header is the first row (among the first 30) that fills most of the table's width with
    text; a title above it (often one merged cell) is skipped. A header split over two rows
    (a merged group cell above its sub-headers) gives 住所_市区町村-style names."""
    width = max(len(r) for r in grid)
    for i, row in enumerate(grid[:HEADER_SCAN_ROWS]):
        filled = [v for v in row if v not in (None, "")]
        if width > 1 and len({str(v) for v in filled}) < 2:
            continue  # a title (often one cell merged over the table) or a blank row
        if len(filled) < max(2, int(width * 0.6 + 0.5)) and width > 1:
            continue
        if not all(isinstance(v, str) for v in filled):
            return i, None  # the data starts here: no header row
        names = ["" if v is None else str(v).strip() for v in row]
        start = i + 1
        nxt = grid[i + 1] if i + 1 < len(grid) else None
        if nxt is not None and _is_sub_header(row, nxt):
            names = []
            for top, sub in zip(row, nxt, strict=True):
                top_t = "" if top is None else str(top).strip()
                sub_t = "" if sub is None else str(sub).strip()
                names.append(top_t if not sub_t or sub_t == top_t else
                             (f"{top_t}_{sub_t}" if top_t else sub_t))
            start = i + 2
        body = [[_excel_text(v) or "" for v in r] for r in grid[start:start + HEADER_SCAN_ROWS]]
        shown = [n or f"列{j + 1}" for j, n in enumerate(names)]
        if has_header([shown, *body]):
            return start, names
        return i, None
    return 0, None


def _is_sub_header(row: list[Any], nxt: list[Any]) -> bool:
    """A second header row: text only, and the row above repeats a value over adjacent columns
    (a merged group cell) where this one differs."""
    if any(v is not None and not isinstance(v, str) for v in nxt):
        return False
    if not all(isinstance(v, str) and v.strip() for v in nxt if v is not None):
        return False
    if any(looks_like_value(str(v)) for v in nxt if v is not None):
        return False
    return any(row[j] is not None and row[j] == row[j - 1] and nxt[j] != nxt[j - 1]
               for j in range(1, len(row)))


def _excel_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)
