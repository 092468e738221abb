"""What a loaded table is (its columns and types, the workspace of all tables) and the pieces the
text and Excel loaders share: names, header detection, handing rows to the engine."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.analysis import normalise as nz
from desktop.core.analysis.engine import Engine, do
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



def engine_error() -> type[BaseException]:
    import duckdb

    return duckdb.Error


def check_file(path: Path) -> None:
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


def looks_like_value(cell: str) -> bool:
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
    if any(looks_like_value(c) and not re.fullmatch(r"\D+\d{1,2}", c) for c in first):
        return False
    body = rows[1:]
    if not body:
        return True
    for i, _head in enumerate(first):
        cells = [r[i].strip() for r in body if i < len(r) and r[i].strip()]
        if cells and sum(looks_like_value(c) for c in cells) >= 0.8 * len(cells):
            return True
    from desktop.core.masking.tables import header_type

    labels = sum(1 for c in first if header_type(c) is not None or _LABEL.search(c))
    return labels * 2 >= len(first)


_LABEL = re.compile(r"(?:名|日|額|数|区分|種別|分類|コード|番号|住所|地区|地域|年齢|性別|状況|"
                    r"状態|備考|内容|件名|所属|部署|課|係|年度|月|合計|単価|金額|ID|No\.?)$")


# -- text files ----------------------------------------------------------------------------

QUOTED_MARKER = "__analysis_quoted_line_break__"
RAGGED_MARKER = "__analysis_ragged_rows__"


def ragged_error() -> TableLoadError:
    return TableLoadError("行によって列の数が違います。見出しの列数を確認してください。",
                          detail="ragged rows")


def register_rows(con: Any, raw: str, raw_names: list[str], rows: Iterable[Sequence[Any]]) -> None:
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
                raise ragged_error()
            table[i] = list(row[:width]) + [None] * (width - len(row))
    grid = np.empty((len(table), width), dtype=object)
    if table:
        grid[:] = table
    arrays = {n: np.ascontiguousarray(grid[:, i]) for i, n in enumerate(raw_names)}
    con.register("__rows", arrays)
    try:
        do(con, f"CREATE OR REPLACE TABLE {nz.quote_ident(raw)} AS SELECT "
           + ", ".join(f"CAST({nz.quote_ident(n)} AS VARCHAR) AS {nz.quote_ident(n)}"
                       for n in raw_names) + " FROM __rows")
    finally:
        con.unregister("__rows")


def finish_table(con: Any, source: str, raw_names: list[str], names: list[str], name: str,
                  source_name: str, sheet: str | None, header: bool, *,
                  full_width: bool) -> TableInfo:
    kinds = nz.build_typed_table(con, source, raw_names, names, name, full_width=full_width)
    rows = con.execute(f"SELECT count(*) FROM {nz.quote_ident(name)}").fetchall()[0][0]
    columns = tuple(Column(n, k) for n, k in zip(names, kinds, strict=True))
    return TableInfo(name, source_name, sheet, columns, int(rows), header)


# -- Excel ---------------------------------------------------------------------------------
