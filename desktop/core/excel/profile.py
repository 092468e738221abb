"""What the model needs to know about the clerk's sheet, as compact Japanese text.

Column letters, headers, inferred types (dates and their 和暦 display), row count, tables,
named ranges, other sheets and a few sample rows. The pipeline masks the whole prompt after
rendering, so personal data in the sample rows is masked like everything else.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from openpyxl.styles.numbers import is_date_format
from openpyxl.utils.cell import get_column_letter

from desktop.core.excel import functions as fn
from desktop.core.excel.target import header_row
from desktop.core.excel.wareki import serial_to_date
from desktop.core.excel.workbook import SheetData, WorkbookData

SAMPLE_ROWS = 5
MAX_COLUMNS = 40
MAX_CELL_CHARS = 30


@dataclass(frozen=True)
class ColumnInfo:
    letter: str
    header: str
    kind: str


def column_infos(sheet: SheetData) -> list[ColumnInfo]:
    head = header_row(sheet)
    out: list[ColumnInfo] = []
    for col in range(1, min(sheet.max_col, MAX_COLUMNS) + 1):
        header = sheet.value(head, col)
        out.append(ColumnInfo(get_column_letter(col), "" if header is None else str(header),
                              _kind(sheet, col, head)))
    return out


def _is_date(sheet: SheetData, row: int, col: int) -> bool:
    fmt = sheet.number_formats.get((row, col), "")
    return bool(fmt) and is_date_format(fmt)


def _kind(sheet: SheetData, col: int, head: int) -> str:
    kinds: Counter[str] = Counter()
    japanese_era = False
    formulas = 0
    for row in range(head + 1, sheet.max_row + 1):
        if (row, col) in sheet.formulas:
            formulas += 1
        value = sheet.value(row, col)
        if value is None:
            continue
        if isinstance(value, bool):
            kinds["真偽値"] += 1
        elif isinstance(value, int | float):
            if _is_date(sheet, row, col):
                kinds["日付"] += 1
                fmt = sheet.number_formats.get((row, col), "")
                japanese_era = japanese_era or "g" in fmt.lower() or "[$-ja" in fmt.lower()
            else:
                kinds["数値"] += 1
        elif isinstance(value, str):
            kinds["文字列"] += 1
        else:
            kinds["エラー値"] += 1
    if not kinds:
        return "数式" if formulas else "空"
    main, count = kinds.most_common(1)[0]
    total = sum(kinds.values())
    label = main if count == total else "混在（" + "・".join(
        f"{k} {round(100 * v / total)}%" for k, v in kinds.most_common()) + "）"
    if main == "日付":
        label += "（シリアル値。表示は和暦）" if japanese_era else "（シリアル値）"
    if formulas:
        label += "・数式"
    return label


def _cell_text(sheet: SheetData, row: int, col: int) -> str:
    value = sheet.value(row, col)
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool) and _is_date(sheet, row, col):
        try:
            return serial_to_date(value).strftime("%Y/%m/%d")
        except (OverflowError, ValueError):
            return str(value)
    text = str(value).replace("\n", " ").replace("|", "｜")
    return text if len(text) <= MAX_CELL_CHARS else text[:MAX_CELL_CHARS] + "…"


def sheet_profile(workbook: WorkbookData, sheet_name: str = "") -> str:
    sheet = workbook.sheet(sheet_name)
    head = header_row(sheet)
    cols = column_infos(sheet)
    data_rows = max(sheet.max_row - head, 0)
    lines = [f"シート名: {sheet.name}",
             f"見出し行: {head} 行目 / データ: {head + 1}〜{sheet.max_row} 行目（{data_rows} 行）"
             if data_rows else f"見出し行: {head} 行目 / データ: なし"]
    lines += ["", "列:", "| 列 | 見出し | 種類 |", "|---|---|---|"]
    lines += [f"| {c.letter} | {c.header} | {c.kind} |" for c in cols]
    if sheet.max_col > MAX_COLUMNS:
        lines.append(f"（ほか {sheet.max_col - MAX_COLUMNS} 列）")
    tables = [t for t in workbook.tables.values()]
    if tables:
        lines += ["", "テーブル:"]
        for t in tables:
            first = f"{get_column_letter(t.min_col)}{t.min_row}"
            ref = f"{first}:{get_column_letter(t.max_col)}{t.max_row}"
            lines.append(f"- {t.name}（シート {t.sheet} の {ref}、列: {', '.join(t.columns)}）")
    if workbook.names:
        lines += ["", "名前付き範囲:"]
        lines += [f"- {name} = {ref}" for name, ref in _original_names(workbook)]
    others = [s for s in workbook.sheets.values() if s.name != sheet.name]
    if others:
        lines += ["", "ほかのシート:"]
        for other in others[:10]:
            oh = header_row(other)
            headers = [str(other.value(oh, c)) for c in range(1, min(other.max_col, 15) + 1)
                       if other.value(oh, c) is not None]
            lines.append(f"- {other.name}（A1:{get_column_letter(max(other.max_col, 1))}"
                         f"{max(other.max_row, 1)}、見出し: {', '.join(headers) or 'なし'}）")
    lines += ["", f"先頭の {SAMPLE_ROWS} 行（見出し行を含む）:"]
    shown = [c.letter for c in cols]
    lines.append("| 行 | " + " | ".join(shown) + " |")
    lines.append("|---" * (len(shown) + 1) + "|")
    for row in range(head, min(head + SAMPLE_ROWS, sheet.max_row) + 1):
        cells = [_cell_text(sheet, row, col) for col in range(1, len(shown) + 1)]
        lines.append(f"| {row} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _original_names(workbook: WorkbookData) -> list[tuple[str, str]]:
    return sorted(workbook.names.items())


def preview_rows(workbook: WorkbookData, sheet_name: str = "",
                 rows: int = SAMPLE_ROWS) -> tuple[list[str], list[list[str]]]:
    """Column titles ("A 日付") and the first data rows as display text, for the UI preview."""
    sheet = workbook.sheet(sheet_name)
    head = header_row(sheet)
    cols = column_infos(sheet)
    titles = [f"{c.letter} {c.header}".strip() for c in cols]
    body = [[_cell_text(sheet, row, col) for col in range(1, len(cols) + 1)]
            for row in range(head + 1, min(head + rows, sheet.max_row) + 1)]
    return titles, body


def version_text(version: str) -> str:
    label = fn.VERSION_LABELS.get(version, version)
    if version in ("365", "2021"):
        return (f"{label}（XLOOKUP・FILTER・UNIQUE・SORT・LET などのスピル（動的配列）関数と、"
                "IFS・TEXTJOIN・MAXIFS も使えます）")
    if version == "2019":
        return (f"{label}（IFS・SWITCH・TEXTJOIN・CONCAT・MAXIFS・MINIFS は使えますが、XLOOKUP・"
                "FILTER・UNIQUE・SORT・LET などのスピル関数は使えません）")
    return (f"{label}（XLOOKUP・FILTER・UNIQUE・SORT・LET などのスピル関数も、IFS・SWITCH・"
            "TEXTJOIN・"
            "CONCAT・MAXIFS・MINIFS も使えません。VLOOKUP や INDEX/MATCH、"
            "IF の入れ子で書いてください）")
