"""The clerk's files as tables: .csv / .tsv (UTF-8 or Shift_JIS/CP932, with or without a header
row) and .xlsx sheets (header row found, merged header cells filled in).

A .csv is a table named by its file name without the extension, an .xlsx sheet
``<file name>_<sheet name>``. UTF-8 text is read by the engine itself (fast, parallel); other
encodings are decoded here and handed over in memory. Nothing is written to disk.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.analysis import normalise as nz
from desktop.core.analysis.engine import Engine, close_doors, connect, do
from desktop.core.errors import UserFacingError

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + EXCEL_SUFFIXES
HEADER_SCAN_ROWS = 30
MAX_FILE_MB = 1024


class TableLoadError(UserFacingError):
    """A file cannot be loaded as a table (the message names the file and what to do)."""


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # BIGINT, DOUBLE, DATE, TIMESTAMP, VARCHAR


@dataclass(frozen=True)
class TableInfo:
    name: str  # the table's name in SQL
    source: str  # the file's name (never its folder)
    sheet: str | None
    columns: tuple[Column, ...]
    rows: int
    header: bool  # False: the file had no header row, columns are 列1, 列2...


@dataclass
class Workspace:
    """The loaded tables on a locked engine. Build it with ``load_tables``; close it when done."""

    engine: Engine
    tables: list[TableInfo] = field(default_factory=list)

    def table(self, name: str) -> TableInfo | None:
        wanted = name.casefold()
        return next((t for t in self.tables if t.name.casefold() == wanted), None)

    @property
    def sources(self) -> list[str]:
        return [t.source if t.sheet is None else f"{t.source}（シート {t.sheet}）"
                for t in self.tables]

    def close(self) -> None:
        self.engine.close()


def load_tables(paths: Sequence[Path], sheets: Mapping[str, Sequence[str]] | None = None,
                *, cancel: Any = None) -> Workspace:
    """Load every file; ``sheets`` maps a file's name to the sheets to load (default: the first
    sheet with data). The engine is closed to files and network before this returns."""
    if not paths:
        raise TableLoadError("分析するファイル（.csv / .tsv / .xlsx）を指定してください。",
                             detail="no files")
    con = connect()
    ws = Workspace(Engine(con))
    used: set[str] = set()
    try:
        for path in paths:
            if cancel is not None and cancel.is_set():
                raise TableLoadError("読み込みを中止しました。", detail="cancelled")
            path = Path(path)
            _check_file(path)
            if path.suffix.lower() in EXCEL_SUFFIXES:
                chosen = (sheets or {}).get(path.name)
                for info in _load_excel(con, path, chosen, used):
                    ws.tables.append(info)
            else:
                ws.tables.append(_load_text(con, path, used))
        close_doors(con)
    except _engine_error() as exc:
        con.close()
        raise TableLoadError(
            "ファイルを表として読み込めませんでした。1 行目が見出し、2 行目からがデータの表に"
            "なっているか、行によって列の数が違っていないか確認してください。",
            detail=type(exc).__name__) from None
    except BaseException:
        con.close()
        raise
    log.info("analysis: %d table(s) loaded, %d rows", len(ws.tables),
             sum(t.rows for t in ws.tables))
    return ws


def _engine_error() -> type[BaseException]:
    import duckdb

    return duckdb.Error


def _check_file(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise TableLoadError(f"「{path.name}」は Excel 97-2003 形式（.xls）です。Excel で開き、"
                             ".xlsx として保存し直してから指定してください。", detail="xls")
    if suffix not in SUPPORTED_SUFFIXES:
        raise TableLoadError(f"「{path.name}」は分析できない形式です。.csv / .tsv / .xlsx の"
                             "ファイルを指定してください。", detail=f"suffix {suffix}")
    try:
        size = path.stat().st_size
    except OSError:
        raise TableLoadError(f"「{path.name}」が見つかりません。ファイルの場所と名前を確認して"
                             "ください。", detail="not found") from None
    if size == 0:
        raise TableLoadError(f"「{path.name}」は空のファイルです。", detail="empty")
    if size > MAX_FILE_MB * 1024 * 1024:
        raise TableLoadError(f"「{path.name}」は大きすぎます（{MAX_FILE_MB:,} MB まで）。",
                             detail="too large")


def table_name(stem: str, used: set[str]) -> str:
    name = unicodedata.normalize("NFC", stem).strip() or "表"
    base, n = name, 2
    while name.casefold() in used:
        name = f"{base}_{n}"
        n += 1
    used.add(name.casefold())
    return name


def column_names(header: Sequence[Any] | None, width: int) -> list[str]:
    """Unique, non-empty column names; without a header 列1, 列2..."""
    out: list[str] = []
    seen: set[str] = set()
    for i in range(width):
        raw = header[i] if header is not None and i < len(header) else None
        text = re.sub(r"\s+", " ", str(raw)).strip() if raw not in (None, "") else ""
        name = text or f"列{i + 1}"
        base, n = name, 2
        while name.casefold() in seen:
            name = f"{base}_{n}"
            n += 1
        seen.add(name.casefold())
        out.append(name)
    return out


# -- header detection ----------------------------------------------------------------------
_DIGIT = re.compile(r"[0-9０-９]")


def _looks_like_value(cell: str) -> bool:
    text = cell.strip()
    return bool(_DIGIT.search(text)) or text.upper() in ("TRUE", "FALSE")


def has_header(rows: Sequence[Sequence[str]]) -> bool:
    """Whether the first row names the columns: no empty or numeric cells, and either a column
    whose cells below hold digits while its first cell does not, or cells that read as labels."""
    if not rows:
        return False
    first = [c.strip() for c in rows[0]]
    if not first or any(not c for c in first) or len(set(first)) != len(first):
        return False
    if any(_looks_like_value(c) and not re.fullmatch(r"\D+\d{1,2}", c) for c in first):
        return False
    body = rows[1:]
    if not body:
        return True
    for i, _head in enumerate(first):
        cells = [r[i].strip() for r in body if i < len(r) and r[i].strip()]
        if cells and sum(_looks_like_value(c) for c in cells) >= 0.8 * len(cells):
            return True
    from desktop.core.masking.tables import header_type

    labels = sum(1 for c in first if header_type(c) is not None or _LABEL.search(c))
    return labels * 2 >= len(first)


_LABEL = re.compile(r"(?:名|日|額|数|区分|種別|分類|コード|番号|住所|地区|地域|年齢|性別|状況|"
                    r"状態|備考|内容|件名|所属|部署|課|係|年度|月|合計|単価|金額|ID|No\.?)$")


# -- text files ----------------------------------------------------------------------------
def _decode(data: bytes, name: str) -> tuple[str, bool]:
    """(text, whether it was UTF-8); other encodings as the document reader detects them."""
    from desktop.core.documents import UnsupportedDocument, decode_text

    try:
        return data.decode("utf-8-sig"), True
    except UnicodeDecodeError:
        pass
    try:
        return decode_text(data, name), False
    except UnsupportedDocument as exc:
        raise TableLoadError(exc.user_message, detail="encoding") from None


def _delimiter(path: Path, sample: str) -> str:
    if path.suffix.lower() == ".tsv":
        return "\t"
    first = sample.split("\n", 1)[0]
    return "\t" if first.count("\t") > first.count(",") else ","


def _load_text(con: Any, path: Path, used: set[str]) -> TableInfo:
    data = path.read_bytes()
    text, utf8 = _decode(data, path.name)
    text = text.lstrip("\ufeff")
    delim = _delimiter(path, text[:65536])
    head_rows = list(csv.reader(io.StringIO(text[:200_000]), delimiter=delim))[:HEADER_SCAN_ROWS]
    head_rows = [r for r in head_rows if any(c.strip() for c in r)]
    if not head_rows:
        raise TableLoadError(f"「{path.name}」にデータがありません。", detail="no rows")
    header = has_header(head_rows)
    width = max(len(r) for r in head_rows)
    names = column_names(head_rows[0] if header else None, width)
    raw = "__raw"
    raw_names = [f"c{i}" for i in range(width)]
    name = table_name(path.stem, used)
    full_width = bool(nz.FULL_WIDTH_UTF8.search(data)) if utf8 else bool(nz.FULL_WIDTH.search(text))
    if utf8:
        import duckdb

        try:
            _read_csv_native(con, path, raw, raw_names, delim, header)
            return _finish_table(con, raw, raw_names, names, name, path.name, None, header,
                                 full_width=full_width)
        except duckdb.Error as exc:
            # The engine's parallel reader refuses some files (line breaks inside quotes in a
            # file with short rows...): read them here instead, the slower way.
            log.info("native CSV read failed (%s); reading in Python", type(exc).__name__)
            for kind, obj in (("VIEW", raw), ("TABLE", f"__clean_{name}"), ("TABLE", name)):
                do(con, f"DROP {kind} IF EXISTS {nz.quote_ident(obj)}")
    rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    _register_rows(con, raw, raw_names, rows[1:] if header else rows)
    return _finish_table(con, raw, raw_names, names, name, path.name, None, header,
                         full_width=full_width)


def _read_csv_native(con: Any, path: Path, raw: str, raw_names: list[str], delim: str,
                     header: bool) -> None:
    # A view: the file is parsed while the typed table is built, never held twice as text.
    do(con,
        f"CREATE VIEW {nz.quote_ident(raw)} AS SELECT * FROM read_csv("
        f"{nz.quote_literal(str(path))}, delim={nz.quote_literal(delim)}, quote='\"', "
        f"escape='\"', header={'true' if header else 'false'}, all_varchar=true, "
        f"null_padding=true, ignore_errors=false, auto_detect=false, "
        f"columns={{{', '.join(f'{nz.quote_literal(n)}: {chr(39)}VARCHAR{chr(39)}' for n in raw_names)}}})")


def _register_rows(con: Any, raw: str, raw_names: list[str], rows: Iterable[Sequence[Any]]) -> None:
    """Rows decoded here (Shift_JIS text, Excel cells) into the text table ``raw``, in memory.
    Transposed by numpy (a 2-D object array sliced per column): a Python loop per cell, or
    zip(*rows), takes seconds for a million rows."""
    import numpy as np

    width = len(raw_names)
    table = rows if isinstance(rows, list) else list(rows)
    for i, row in enumerate(table):
        if len(row) != width:
            extra = [c for c in row[width:] if c not in (None, "")]
            if extra:
                raise TableLoadError("行によって列の数が違います。見出しの列数を確認してください。",
                                     detail="ragged rows")
            table[i] = list(row[:width]) + [None] * (width - len(row))
    grid = np.empty((len(table), width), dtype=object)
    if table:
        grid[:] = table
    arrays = {n: np.ascontiguousarray(grid[:, i]) for i, n in enumerate(raw_names)}
    con.register("__rows", arrays)
    try:
        do(con, f"CREATE TABLE {nz.quote_ident(raw)} AS SELECT "
           + ", ".join(f"CAST({nz.quote_ident(n)} AS VARCHAR) AS {nz.quote_ident(n)}"
                       for n in raw_names) + " FROM __rows")
    finally:
        con.unregister("__rows")


def _finish_table(con: Any, raw: str, raw_names: list[str], names: list[str], name: str,
                  source: str, sheet: str | None, header: bool, *, full_width: bool) -> TableInfo:
    # Rows with no content at all (trailing empty lines, Excel's formatted blank rows) go.
    kinds = nz.build_typed_table(con, raw, raw_names, names, name, full_width=full_width)
    kind = con.execute("SELECT table_type FROM information_schema.tables WHERE table_name = ?",
                       [raw]).fetchall()[0][0]
    do(con, f"DROP {'VIEW' if kind == 'VIEW' else 'TABLE'} {nz.quote_ident(raw)}")
    rows = con.execute(f"SELECT count(*) FROM {nz.quote_ident(name)}").fetchall()[0][0]
    columns = tuple(Column(n, k) for n, k in zip(names, kinds, strict=True))
    return TableInfo(name, source, sheet, columns, int(rows), header)


# -- Excel ---------------------------------------------------------------------------------
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


def _load_excel(con: Any, path: Path, chosen: Sequence[str] | None,
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
            _register_rows(con, "__raw", raw_names, cells)
            name = table_name(f"{path.stem}_{ws.title}", used)
            out.append(_finish_table(con, "__raw", raw_names, names, name, path.name, ws.title,
                                     header_rows is not None, full_width=full_width))
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
    if any(_looks_like_value(str(v)) for v in nxt if v is not None):
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
