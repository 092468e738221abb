"""The manager's Excel report: aggregate tables, native Excel charts, and the method stated.

Only aggregates go in (counts, hours, yen per month / department / template); no user ids,
no events. The charts are openpyxl ``BarChart``/``LineChart`` objects that reference the tables,
so Excel draws them and a manager can restyle or copy them.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core import atomic
from desktop.core.usage.method import METHOD_LINES, REFERENCE_FIGURES
from desktop.core.usage.report import ReportData, department_label

CHART_MAX_CATEGORIES = 20  # more bars than this cannot be read; the tables have them all
PRINT_PAGE_CM = 24.0  # printable height of an A4 page at the fitted scale, roughly

SHEET_SUMMARY = "概要"
SHEET_CHARTS = "グラフ"
SHEET_MONTH = "月別"
SHEET_DEPT = "所属別"
SHEET_TEMPLATE = "テンプレート別"
SHEET_METHOD = "算出方法"

_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_BOLD = Font(bold=True)


def _table(ws: Worksheet, headers: list[str], rows: list[list[object]],
           formats: list[str | None]) -> None:
    ws.append(headers)
    for cell in ws[1]:
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
    for row in rows:
        ws.append(row)
    for col, fmt in enumerate(formats, start=1):
        width = max(len(str(headers[col - 1])) * 2 + 2, 12)
        ws.column_dimensions[get_column_letter(col)].width = width
        if fmt:
            for r in range(2, len(rows) + 2):
                ws.cell(row=r, column=col).number_format = fmt
    ws.freeze_panes = "A2"


def _bar(title: str, y_title: str, sheet: Worksheet, value_col: int, rows: int, *,
         horizontal: bool = False) -> BarChart:
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = title
    chart.y_axis.title = y_title
    chart.legend = None
    shown = min(rows, CHART_MAX_CATEGORIES)
    # Every category gets its own label row; a value axis from zero does not exaggerate.
    chart.height = max(9.0, 0.7 * shown + 3) if horizontal else 9.0
    chart.width = 17
    chart.y_axis.scaling.min = 0
    chart.y_axis.number_format = "#,##0"
    last = max(2, shown + 1)
    data = Reference(sheet, min_col=value_col, min_row=1, max_row=last)
    cats = Reference(sheet, min_col=1, min_row=2, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    # openpyxl hides axes unless told otherwise; a manager needs the scale.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    if horizontal:
        chart.x_axis.scaling.orientation = "maxMin"  # biggest first, top to bottom
        chart.y_axis.crosses = "max"                  # keeps the value axis at the bottom
        chart.x_axis.tickLblSkip = 1
    return chart


def _line(title: str, y_title: str, sheet: Worksheet, value_col: int, rows: int) -> LineChart:
    chart = LineChart()
    chart.title = title
    chart.y_axis.title = y_title
    chart.legend = None
    chart.height, chart.width = 9, 17
    last = max(2, rows + 1)
    chart.add_data(Reference(sheet, min_col=value_col, min_row=1, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last))
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.scaling.min = 0
    chart.y_axis.number_format = "#,##0"
    return chart


def write_report_xlsx(data: ReportData, path: Path, *,
                      title_for: Callable[[str], str] | None = None,
                      generated_at: datetime | None = None) -> Path:
    """Write the report; the file appears complete or not at all (temp file + rename)."""
    title_for = title_for or (lambda tid: tid)
    generated_at = generated_at or datetime.now().astimezone()
    wb = Workbook()
    summary = wb.active
    summary.title = SHEET_SUMMARY
    charts = wb.create_sheet(SHEET_CHARTS)
    month_ws = wb.create_sheet(SHEET_MONTH)
    dept_ws = wb.create_sheet(SHEET_DEPT)
    tpl_ws = wb.create_sheet(SHEET_TEMPLATE)
    method_ws = wb.create_sheet(SHEET_METHOD)

    months = list(data.by_month)
    _table(month_ws, ["月", "削減時間（時間）", "件数", "利用者数", "費用（円）"],
           [[m, data.by_month[m], data.events_by_month.get(m, 0),
             data.users_by_month.get(m, 0), data.cost_by_month.get(m, 0.0)] for m in months],
           [None, "#,##0.0", "#,##0", "#,##0", "#,##0"])
    depts = sorted(data.by_department, key=lambda d: -data.by_department[d])
    _table(dept_ws, ["所属", "削減時間（時間）", "件数", "利用者数"],
           [[department_label(d), data.by_department[d], data.events_by_department.get(d, 0),
             data.users_by_department.get(d, 0)] for d in depts],
           [None, "#,##0.0", "#,##0", "#,##0"])
    tpls = sorted(data.by_template, key=lambda t: -data.by_template[t])
    _table(tpl_ws, ["テンプレート", "テンプレート ID", "削減時間（時間）", "件数"],
           [[title_for(t), t, data.by_template[t], data.events_by_template.get(t, 0)]
            for t in tpls],
           [None, None, "#,##0.0", "#,##0"])

    placed = [
        _bar("月別の削減時間", "時間", month_ws, 2, len(months)),
        _line("月別の利用者数", "人", month_ws, 4, len(months)),
        _bar("所属別の削減時間（上位）", "時間", dept_ws, 2, len(depts), horizontal=True),
        _bar("テンプレート別の削減時間（上位）", "時間", tpl_ws, 3, len(tpls), horizontal=True),
        _bar("月別の費用", "円", month_ws, 5, len(months)),
    ]
    # One column of charts, each below the previous (a row is about 0.5 cm high).
    row, page_cm = 1, 0.0
    for chart in placed:
        if page_cm and page_cm + chart.height > PRINT_PAGE_CM:
            charts.row_breaks.append(Break(id=row - 1))  # a chart never straddles two pages
            page_cm = 0.0
        charts.add_chart(chart, f"A{row}")
        row += int(chart.height / 0.5) + 2
        page_cm += chart.height + 1.0
    charts.page_setup.fitToWidth = 1
    charts.page_setup.fitToHeight = 0
    charts.sheet_properties.pageSetUpPr.fitToPage = True

    _write_summary(summary, data, generated_at)
    method_ws.column_dimensions["A"].width = 120
    for line in METHOD_LINES:
        method_ws.append([line])
    method_ws.append([])
    method_ws.append(["参考値（都道府県の報告）"])
    method_ws.cell(row=method_ws.max_row, column=1).font = _BOLD
    for label, value in REFERENCE_FIGURES:
        method_ws.append([f"{label}: {value}"])
    for row in method_ws.iter_rows():
        row[0].alignment = Alignment(wrap_text=True, vertical="top")

    buf = io.BytesIO()
    wb.save(buf)
    return atomic.write_bytes(Path(path), buf.getvalue())  # a report is made to be shared


def _write_summary(ws: Worksheet, data: ReportData, generated_at: datetime) -> None:
    period = "すべて"
    if data.date_from or data.date_to:
        period = f"{data.date_from or '…'} ～ {data.date_to or '…'}"
    months = max(1, len(data.by_month))
    per_user_month = data.hours_saved / data.users / months if data.users else 0.0
    rows: list[tuple[str, object, str | None]] = [
        ("業務AIアシスタント 利用状況レポート", None, None),
        ("作成日時", generated_at.strftime("%Y-%m-%d %H:%M"), None),
        ("対象期間（作業を行った現地の日付）", period, None),
        ("読み込んだファイル数", data.files, "#,##0"),
        ("件数（重複を除く）", data.events, "#,##0"),
        ("利用者数（仮名 ID の数）", data.users, "#,##0"),
        ("削減時間の合計（時間）", data.hours_saved, "#,##0.0"),
        ("1人1か月あたりの削減時間（時間）", per_user_month, "#,##0.00"),
        ("結果を利用した割合", data.adoption_rate, "0.0%"),
        ("費用の見積り合計（円）", data.cost_jpy, "#,##0"),
        ("除外した重複行", data.duplicates, "#,##0"),
        ("読み取れなかった行", data.skipped_lines, "#,##0"),
        ("読み取れなかったファイル", data.unreadable_files, "#,##0"),
    ]
    for label, value, fmt in rows:
        ws.append([label, value])
        if fmt:
            ws.cell(row=ws.max_row, column=2).number_format = fmt
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 24
    ws.append([])
    ws.append(["算出方法は「算出方法」シート、グラフは「グラフ」シートにあります。"])
