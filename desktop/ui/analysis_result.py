"""The analysis result as Qt sees it: a table model over the query's rows, and a chart drawn by
the result's shape (bar, line or pie, chosen in ``desktop.core.analysis.chart``)."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QMargins, QModelIndex, QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.analysis.chart import ChartSpec, is_numeric
from desktop.core.analysis.engine import QueryResult


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.6g}" if abs(value) >= 1000 else f"{value:.6g}"
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y/%m/%d" if value.time() == dt.time(0) else "%Y/%m/%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%Y/%m/%d")
    return str(value)


class ResultModel(QAbstractTableModel):
    """A query result for a QTableView; numbers right-aligned, rows numbered from 1."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._result: QueryResult | None = None

    def set_result(self, result: QueryResult | None) -> None:
        self.beginResetModel()
        self._result = result
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._result is None else len(self._result.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._result is None else len(self._result.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._result is None:
            return None
        value = self._result.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and is_numeric(
                self._result.types[index.column()]):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._result is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._result.columns[section]
        return str(section + 1)


def fill_chart(chart: QChart, result: QueryResult, spec: ChartSpec) -> None:
    """Draw ``result`` as ``spec`` says (bar, line or pie) on ``chart``; nothing for "none"."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    if spec.kind == "none" or not result.rows:
        chart.legend().hide()
        return
    labels = [display(r[spec.label_column]) for r in result.rows]
    if spec.kind == "pie":
        pie = QPieSeries()
        column = spec.value_columns[0]
        for label, row in zip(labels, result.rows, strict=True):
            pie.append(label, float(row[column] or 0))
        pie.setLabelsVisible(True)
        chart.addSeries(pie)
        chart.legend().show()
        return
    values = [float(r[c] or 0) for r in result.rows for c in spec.value_columns]
    cat_axis = QBarCategoryAxis()
    cat_axis.append(labels)
    cat_axis.setTruncateLabels(False)
    if len(labels) > 6 or sum(len(t) for t in labels) > 40:
        cat_axis.setLabelsAngle(-45)  # long or many labels would overlap
    value_axis = QValueAxis()
    low = min([*values, 0.0])
    value_axis.setRange(low, max([*values, 0.0]) or 1.0)
    value_axis.applyNiceNumbers()
    if all(v.is_integer() for v in values):
        value_axis.setLabelFormat("%.0f")
    chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    series_list: list[Any] = []
    if spec.kind == "bar":
        bars = QBarSeries()
        for c in spec.value_columns:
            bar_set = QBarSet(result.columns[c])
            for row in result.rows:
                bar_set.append(float(row[c] or 0))
            bars.append(bar_set)
        series_list.append(bars)
    else:
        for c in spec.value_columns:
            line = QLineSeries()
            line.setName(result.columns[c])
            for i, row in enumerate(result.rows):
                line.append(QPointF(i, float(row[c] or 0)))
            line.setPointsVisible(True)
            series_list.append(line)
    for series in series_list:
        chart.addSeries(series)
        series.attachAxis(cat_axis)
        series.attachAxis(value_axis)
    chart.legend().setVisible(len(spec.value_columns) > 1)


class AnalysisResultView(QWidget):
    """The result table with the query under it, the chart beside them, the explanation and the
    explain / save buttons (the panel connects them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ResultModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.sql_view = QPlainTextEdit()
        self.sql_view.setReadOnly(True)
        self.sql_view.setMaximumHeight(90)
        self.sql_view.setPlaceholderText(self.tr("AI が書いたクエリ（確認してから PC の中で実行）"))
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().hide()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(300, 220)
        self.explanation = QPlainTextEdit()
        self.explanation.setReadOnly(True)
        self.explanation.setMaximumHeight(80)
        self.explanation.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(QLabel(self.tr("クエリ:")))
        left_layout.addWidget(self.sql_view)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.chart_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.explain_button = QPushButton(self.tr("結果の説明を頼む"))
        self.explain_button.setToolTip(self.tr("集計した値だけを送ります。個人情報の列の値を含む結果は"
                                               "送りません。"))
        self.export_button = QPushButton(self.tr("Excel に保存…"))
        result_buttons = QHBoxLayout()
        result_buttons.addStretch(1)
        result_buttons.addWidget(self.explain_button)
        result_buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.explanation)
        layout.addLayout(result_buttons)
