"""The manager's dashboard over a folder of usage exports.

All reading and aggregation runs on the ``TaskRunner``; the widgets only show results. The
dashboard shows the same ``ReportData`` that ``write_report_xlsx`` writes, so the numbers on
screen and in the .xlsx are the same.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserFacingError
from desktop.core.usage.method import REFERENCE_FIGURES
from desktop.core.usage.report import ReportData, department_label, load_exports
from desktop.core.usage.xlsx import write_report_xlsx
from desktop.ui.usage_format import TitleFor, error_text, hours_text

log = logging.getLogger(__name__)


def month_labels(months: list[str]) -> list[str]:
    """Labels that fit under twelve bars: "1".."12" within one year, else "25/01"."""
    years = {m[:4] for m in months}
    if len(years) == 1:
        return [str(int(m[5:7])) for m in months]
    return [f"{m[2:4]}/{m[5:7]}" for m in months]


# The dashboard has room for fewer bars than a printed chart; the .xlsx tables have them all.
DASHBOARD_TOP = 12


def _small_font() -> QFont:
    font = QFont()
    font.setPointSizeF(7.5)
    return font


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(320, 220)
    return chart, view


class ManagerDashboard(QWidget):
    """Pick a folder of exports; see hours saved, adoption and cost; write the .xlsx."""

    loaded = Signal(object)    # ReportData
    exported = Signal(object)  # Path
    failed = Signal(str)

    def __init__(self, runner: Any, *, default_folder: str | Path = "",
                 title_for: TitleFor | None = None,
                 choose_folder: Callable[[QWidget, str], str] | None = None,
                 choose_save_path: Callable[[QWidget, str], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._title_for = title_for or (lambda tid: tid)
        self._choose_folder = choose_folder or self._ask_folder
        self._choose_save_path = choose_save_path or self._ask_save_path
        self.data: ReportData | None = None
        self._busy = False

        self.folder_edit = QLineEdit(str(default_folder or ""), self)
        self.folder_edit.setPlaceholderText(self.tr("利用記録（*.jsonl）のあるフォルダ"))
        browse = QPushButton(self.tr("参照…"), self)
        browse.clicked.connect(self.browse)
        self.period_check = QCheckBox(self.tr("期間を指定"), self)
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addMonths(-12), self)
        self.to_edit = QDateEdit(today, self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.period_check.toggled.connect(self.from_edit.setEnabled)
        self.period_check.toggled.connect(self.to_edit.setEnabled)
        self.load_button = QPushButton(self.tr("集計"), self)
        self.load_button.clicked.connect(self.load)
        self.export_button = QPushButton(self.tr("Excel に出力"), self)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_xlsx)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("フォルダ:"), self))
        top.addWidget(self.folder_edit, 1)
        top.addWidget(browse)
        top.addWidget(self.period_check)
        top.addWidget(self.from_edit)
        top.addWidget(QLabel(self.tr("～"), self))
        top.addWidget(self.to_edit)
        top.addWidget(self.load_button)
        top.addWidget(self.export_button)

        self.totals: dict[str, QLabel] = {}
        totals_box = QGroupBox(self.tr("合計"), self)
        totals_row = QHBoxLayout(totals_box)
        captions = (("hours", self.tr("削減時間（時間）")), ("events", self.tr("件数")),
                    ("users", self.tr("利用者数")), ("adoption", self.tr("結果を使った割合")),
                    ("cost", self.tr("費用（円）")), ("skipped", self.tr("読めない行")))
        for key, caption in captions:
            cell = QVBoxLayout()
            value = QLabel("–", totals_box)
            value.setObjectName(f"total_{key}")
            value.setStyleSheet("font-size: 18px; font-weight: bold;")
            cell.addWidget(value)
            cell.addWidget(QLabel(caption, totals_box))
            totals_row.addLayout(cell)
            self.totals[key] = value

        self.month_chart, month_view = _chart(self.tr("月別の削減時間（時間）"))
        self.users_chart, users_view = _chart(self.tr("月別の利用者数"))
        self.dept_chart, dept_view = _chart(self.tr("所属別の削減時間（時間・上位12）"))
        self.template_chart, template_view = _chart(
            self.tr("テンプレート別の削減時間（時間・上位12）"))
        self.cost_chart, cost_view = _chart(self.tr("月別の費用（円）"))
        grid = QGridLayout()
        # Six columns: three charts on top, two wider ones below, so department names (CJK,
        # wider than ids) get the room QtCharts needs before it elides them to "…".
        grid.addWidget(month_view, 0, 0, 1, 2)
        grid.addWidget(users_view, 0, 2, 1, 2)
        grid.addWidget(cost_view, 0, 4, 1, 2)
        grid.addWidget(dept_view, 1, 0, 1, 3)
        grid.addWidget(template_view, 1, 3, 1, 3)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 3)  # horizontal bars need a line per department / template
        core = lambda text: QCoreApplication.translate("core", text)  # noqa: E731
        reference = QLabel(self.tr("参考（都道府県の報告）: ") + self.tr("、").join(
            f"{core(label)} {core(value)}" for label, value in REFERENCE_FIGURES), self)
        reference.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(totals_box)
        layout.addLayout(grid, 1)
        layout.addWidget(reference)

    # Actions ------------------------------------------------------------------------------
    def _ask_folder(self, parent: QWidget, start: str) -> str:
        return QFileDialog.getExistingDirectory(parent, self.tr("利用記録のフォルダを選択"), start)

    def _ask_save_path(self, parent: QWidget, start: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            parent, self.tr("Excel に出力"), start, self.tr("Excel ブック (*.xlsx)"))
        return path

    def browse(self) -> None:
        chosen = self._choose_folder(self, self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)
            self.load()

    def period(self) -> tuple[date | None, date | None]:
        if not self.period_check.isChecked():
            return None, None
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def load(self) -> None:
        folder = self.folder_edit.text().strip()
        if not folder:
            self.browse()
            return
        if self._busy:
            return
        self._set_busy(True, self.tr("集計しています…"))
        date_from, date_to = self.period()
        path = Path(folder)

        def work(_ctx: Any) -> ReportData:
            return load_exports([path], date_from, date_to)

        self._runner.run(work, self._on_loaded)

    def export_xlsx(self) -> None:
        if self.data is None or self._busy:
            return
        start = str(Path(self.folder_edit.text() or ".") / self.tr("利用状況レポート.xlsx"))
        target = self._choose_save_path(self, start)
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        data, title_for = self.data, self._title_for
        self._set_busy(True, self.tr("Excel ファイルを作成しています…"))

        def work(_ctx: Any) -> Path:
            return write_report_xlsx(data, path, title_for=title_for)

        self._runner.run(work, self._on_exported)

    # Results ------------------------------------------------------------------------------
    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        self.load_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.data is not None)
        if message:
            self.status.setText(message)

    def _fail(self, error: BaseException) -> None:
        text = error_text(error)
        log.warning("dashboard task failed: %s", type(error).__name__)
        self._set_busy(False)
        self.status.setText(text)
        self.failed.emit(text)

    def _on_loaded(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            self._fail(error)
            return
        data: ReportData = result
        self.data = data
        self._set_busy(False)
        self.status.setText(self.tr(
            "{files} ファイルを集計しました（重複 {dups} 行・読めない行 {skipped} 行を除外）。"
        ).format(files=f"{data.files:,}", dups=f"{data.duplicates:,}",
                 skipped=f"{data.skipped_lines:,}"))
        self.totals["hours"].setText(hours_text(data.hours_saved))
        self.totals["events"].setText(f"{data.events:,}")
        self.totals["users"].setText(f"{data.users:,}")
        self.totals["adoption"].setText(f"{data.adoption_rate:.0%}")
        self.totals["cost"].setText(f"{data.cost_jpy:,.0f}")
        self.totals["skipped"].setText(f"{data.skipped_lines:,}")
        months = list(data.by_month)
        labels = month_labels(months)
        years = sorted({m[:4] for m in months})
        year_note = self.tr("{0}年").format(years[0]) if len(years) == 1 else ""
        for chart, title in ((self.month_chart, self.tr("月別の削減時間（時間）")),
                             (self.users_chart, self.tr("月別の利用者数")),
                             (self.cost_chart, self.tr("月別の費用（円）"))):
            chart.setTitle(f"{title} {year_note}".strip())
        self._fill_bar(self.month_chart, labels, [data.by_month[m] for m in months])
        self._fill_line(self.users_chart, labels, [data.users_by_month.get(m, 0) for m in months])
        self._fill_bar(self.cost_chart, labels, [data.cost_by_month.get(m, 0.0) for m in months])
        depts = sorted(data.by_department, key=lambda d: -data.by_department[d])
        depts = depts[:DASHBOARD_TOP]
        self._fill_bar(self.dept_chart, [department_label(d) for d in depts],
                       [data.by_department[d] for d in depts], horizontal=True)
        tpls = sorted(data.by_template, key=lambda t: -data.by_template[t])[:DASHBOARD_TOP]
        self._fill_bar(self.template_chart, [self._title_for(t) for t in tpls],
                       [data.by_template[t] for t in tpls], horizontal=True)
        self.loaded.emit(data)

    def _on_exported(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            if isinstance(error, OSError):
                error = UserFacingError(self.tr(
                    "Excel ファイルを保存できませんでした。開いたままになっていないか、保存先に書き込めるか確認してください。"  # noqa: E501 - one literal for lupdate
                ), detail=type(error).__name__)
            self._fail(error)
            return
        self._set_busy(False)
        self.status.setText(self.tr("保存しました: {0}").format(str(result)))
        self.exported.emit(result)

    # Charts -------------------------------------------------------------------------------
    @staticmethod
    def _reset(chart: QChart) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _fill_bar(self, chart: QChart, categories: list[str], values: list[float], *,
                  horizontal: bool = False) -> None:
        self._reset(chart)
        if horizontal:
            # Qt draws the first category at the bottom; the largest value belongs on top.
            categories, values = categories[::-1], values[::-1]
        bar_set = QBarSet(chart.title())
        for v in values:
            bar_set.append(float(v))
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bar_set)
        chart.addSeries(series)
        cat_axis, value_axis = self._axes(categories, values)
        if horizontal:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(cat_axis)
        series.attachAxis(value_axis)

    @staticmethod
    def _axes(categories: list[str], values: list[float]) -> tuple[QBarCategoryAxis, QValueAxis]:
        cat_axis = QBarCategoryAxis()
        cat_axis.append(categories or [""])
        cat_axis.setLabelsFont(_small_font())
        # QtCharts measures CJK labels too wide and elides department names to "…".
        cat_axis.setTruncateLabels(False)
        value_axis = QValueAxis()
        value_axis.setRange(0, max([*values, 0.0]) or 1.0)
        value_axis.applyNiceNumbers()  # 0, 5,000, 10,000 ... rather than 0, 4983, 9967
        # Whole numbers for hours and yen at scale; one decimal when the values are small, or
        # the ticks of a new desk's chart read 0 0 0 1 1 1.
        top = max([*values, 0.0])
        value_axis.setLabelFormat("%.0f" if top >= 10 else "%.1f")
        value_axis.setLabelsFont(_small_font())
        return cat_axis, value_axis

    def _fill_line(self, chart: QChart, categories: list[str], values: list[float]) -> None:
        self._reset(chart)
        series = QLineSeries()
        for i, v in enumerate(values):
            series.append(QPointF(i, float(v)))
        series.setPointsVisible(True)
        chart.addSeries(series)
        # A category axis on a bar-less chart keeps the month labels under the points.
        cat_axis, value_axis = self._axes(categories, values)
        chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(cat_axis)
        series.attachAxis(value_axis)

    def chart_values(self, chart: QChart) -> list[float]:
        """The numbers a chart shows, in category order (top to bottom for horizontal bars)."""
        out: list[float] = []
        for series in chart.series():
            if isinstance(series, QLineSeries):
                out += [p.y() for p in series.points()]
            else:
                for bar_set in series.barSets():
                    values = [bar_set.at(i) for i in range(bar_set.count())]
                    out += values[::-1] if isinstance(series, QHorizontalBarSeries) else values
        return out
