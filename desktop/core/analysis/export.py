"""The result to .xlsx: the table with a native Excel chart, and a sheet that says where it came
from (the question, the query, the source files by name)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.core.analysis.chart import ChartSpec
from desktop.core.analysis.engine import QueryResult
from desktop.core.atomic import write_bytes
from desktop.core.errors import UserFacingError

RESULT_SHEET = "結果"
ABOUT_SHEET = "条件"


class ExportError(UserFacingError):
    pass


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, (int, float, str, bool, dt.date, dt.datetime)):
        if isinstance(value, str) and value.startswith(("=", "+", "-", "@")) and not _number(value):
            return "'" + value  # never a formula from data
        return value
    return str(value)


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def build_xlsx(question: str, sql: str, result: QueryResult, chart: ChartSpec,
               sources: Sequence[str], *, now: dt.datetime | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, LineChart, PieChart, Reference
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = RESULT_SHEET
    ws.append(list(result.columns))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in result.rows:
        ws.append([_cell(v) for v in row])
    for i, name in enumerate(result.columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(10, min(40, len(str(name)) * 2 + 4))
        if i - 1 < len(result.types) and result.types[i - 1].upper().startswith("DATE"):
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = "yyyy/mm/dd"
    last = len(result.rows) + 1
    if chart.kind != "none" and result.rows:
        made: Any
        if chart.kind == "pie":
            made = PieChart()
        elif chart.kind == "line":
            made = LineChart()
        else:
            made = BarChart()
            made.type = "col"
        made.title = question[:60] if question else None
        for col in chart.value_columns:
            made.add_data(Reference(ws, min_col=col + 1, min_row=1, max_row=last),
                          titles_from_data=True)
        made.set_categories(Reference(ws, min_col=chart.label_column + 1, min_row=2,
                                      max_row=last))
        made.width, made.height = 18, 9
        ws.add_chart(made, f"{get_column_letter(len(result.columns) + 2)}2")
    about = wb.create_sheet(ABOUT_SHEET)
    stamp = (now or dt.datetime.now()).strftime("%Y/%m/%d %H:%M")
    rows = [("質問", question), ("クエリ（SQL）", sql),
            ("元のファイル", "\n".join(sources)),
            ("行数", f"{len(result.rows):,}" + ("（上限で打ち切り）" if result.truncated else "")),
            ("作成日時", stamp),
            ("説明", "業務AIアシスタントの表の分析で作成。データは PC の中で集計し、AI には"
                     "質問と列の概要だけを送りました。")]
    for key, value in rows:
        about.append([key, value])
    about.column_dimensions["A"].width = 16
    about.column_dimensions["B"].width = 100
    for (key_cell, value_cell) in about.iter_rows(min_row=1, max_row=len(rows)):
        key_cell.font = Font(bold=True)
        key_cell.alignment = Alignment(vertical="top")
        value_cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def export_xlsx(path: Path, question: str, sql: str, result: QueryResult, chart: ChartSpec,
                sources: Sequence[str]) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    data = build_xlsx(question, sql, result, chart, sources)
    try:
        return write_bytes(path, data)
    except OSError as exc:
        raise ExportError(f"「{path.name}」に保存できません（{exc.strerror or type(exc).__name__}）。"
                          "Excel で開いている場合は閉じてから保存してください。",
                          detail="export failed") from None
