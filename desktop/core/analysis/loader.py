"""The clerk's files as tables: .csv / .tsv (UTF-8 or Shift_JIS/CP932, with or without a header
row) and .xlsx sheets (header row found, merged header cells filled in).

A .csv is a table named by its file name without the extension, an .xlsx sheet
``<file name>_<sheet name>``. UTF-8 text is read by the engine itself: parsed, cleaned and typed in
one parallel pass. Other encodings (Shift_JIS/CP932) are decoded here and handed over in memory as
lines the engine cuts into cells. Nothing is written to disk.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from desktop.core.analysis.engine import Engine, close_doors, connect
from desktop.core.analysis.excel_tables import load_excel, sheet_names
from desktop.core.analysis.tables import (
    EXCEL_SUFFIXES,
    SUPPORTED_SUFFIXES,
    TEXT_SUFFIXES,
    Column,
    TableInfo,
    TableLoadError,
    Workspace,
    check_file,
    engine_error,
)
from desktop.core.analysis.text_tables import load_text

__all__ = ["EXCEL_SUFFIXES", "SUPPORTED_SUFFIXES", "TEXT_SUFFIXES", "Column", "TableInfo",
           "TableLoadError", "Workspace", "load_tables", "sheet_names"]

log = logging.getLogger(__name__)


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
            check_file(path)
            if path.suffix.lower() in EXCEL_SUFFIXES:
                chosen = (sheets or {}).get(path.name)
                for info in load_excel(con, path, chosen, used):
                    ws.tables.append(info)
            else:
                ws.tables.append(load_text(con, path, used))
        close_doors(con)
    except engine_error() as exc:
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
