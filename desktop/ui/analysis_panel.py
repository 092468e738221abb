"""The table analysis panel: several CSV/Excel files, a question, the result as a table, the query
and a chart; an explanation on request and an .xlsx export.

Self-contained: ``AnalysisPanel(services, runner)`` needs only the composition root (masker,
pipeline, templates) and a task runner. Loading, profiling, the model, the query and the export all
run on the runner; the UI thread only lays out and forwards. The data stays on the PC: only the
question, the columns' profile and masked examples are sent (desktop.core.analysis).
"""

from __future__ import annotations

import datetime as dt
import decimal
from pathlib import Path
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
from PySide6.QtCore import QAbstractTableModel, QMargins, QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.analysis.chart import ChartSpec, is_numeric
from desktop.core.analysis.engine import QueryResult
from desktop.core.errors import UserFacingError

FILE_FILTER_SUFFIXES = "*.csv *.tsv *.txt *.xlsx *.xlsm"
FIRST_SHEET = ""  # the combo's value for "the first sheet with data"


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


class AnalysisPanel(QWidget):
    """Files → question → result table, query and chart; explain; save as .xlsx."""

    tablesLoaded = Signal(object)  # TableAnalysis
    analysisFinished = Signal(object)  # AnalysisOutcome
    explained = Signal(str)
    exported = Signal(object)  # Path
    failed = Signal(str)  # a Japanese message

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._paths: list[Path] = []
        self._sheets: dict[str, str] = {}  # file name -> chosen sheet ("" = first)
        self._analysis: Any = None  # TableAnalysis for the current files and sheets
        self._outcome: Any = None
        self._handle: Any = None
        self._build()
        self.setAcceptDrops(True)  # files dropped anywhere on the panel are added
        self._update_state()

    # Layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        self.files.currentRowChanged.connect(self._file_selected)
        self.add_button = QPushButton(self.tr("ファイルを追加…"))
        self.add_button.clicked.connect(self._choose_files)
        self.remove_button = QPushButton(self.tr("外す"))
        self.remove_button.clicked.connect(self._remove_file)
        self.sheet_label = QLabel(self.tr("シート:"))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addWidget(self.sheet_label)
        file_buttons.addWidget(self.sheet_combo)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)
        self.tables_label = QLabel(self.tr("CSV（UTF-8・Shift_JIS）や Excel の表を追加するか、ここに"
                                           "ドロップしてください。データは PC の外に出ません。"))
        self.tables_label.setWordWrap(True)

        self.question = QPlainTextEdit()
        self.question.setPlaceholderText(self.tr("例: 地区ごとの件数を多い順に"))
        self.question.setMaximumHeight(70)
        self.question.textChanged.connect(self._update_state)
        self.run_button = QPushButton(self.tr("分析する"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_analysis)
        self.cancel_button = QPushButton(self.tr("中止"))
        self.cancel_button.clicked.connect(self.cancel)
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.question, 1)
        ask_buttons = QVBoxLayout()
        ask_buttons.addWidget(self.run_button)
        ask_buttons.addWidget(self.cancel_button)
        ask_row.addLayout(ask_buttons)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

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
        self.explain_button.clicked.connect(self.request_explanation)
        self.export_button = QPushButton(self.tr("Excel に保存…"))
        self.export_button.clicked.connect(self._choose_export)
        result_buttons = QHBoxLayout()
        result_buttons.addStretch(1)
        result_buttons.addWidget(self.explain_button)
        result_buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.tables_label)
        layout.addLayout(ask_row)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.explanation)
        layout.addLayout(result_buttons)

    # State ------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._handle is not None and not self._handle.done

    def _update_state(self) -> None:
        busy = self.busy
        has_files = bool(self._paths)
        ok = self._outcome is not None and self._outcome.ok
        self.add_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and self.files.currentRow() >= 0)
        self.run_button.setEnabled(not busy and has_files
                                   and bool(self.question.toPlainText().strip()))
        self.cancel_button.setEnabled(busy)
        self.explain_button.setEnabled(not busy and ok)
        self.export_button.setEnabled(not busy and ok)
        current = self._current_path()
        is_excel = current is not None and current.suffix.lower() in (".xlsx", ".xlsm")
        self.sheet_label.setVisible(is_excel)
        self.sheet_combo.setVisible(is_excel)
        self.sheet_combo.setEnabled(not busy)

    def _current_path(self) -> Path | None:
        row = self.files.currentRow()
        return self._paths[row] if 0 <= row < len(self._paths) else None

    def _start(self, fn: Any, on_done: Any, message: str) -> None:
        self._set_status(message)
        self._handle = self._runner.run(fn, on_done)
        self._update_state()

    def _finished(self) -> None:
        self._handle = None
        self._update_state()

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;" if error else "")

    def _fail(self, error: BaseException) -> None:
        message = error.user_message if isinstance(error, UserFacingError) else self.tr(
            "予期しないエラーが起きました（{0}）。").format(type(error).__name__)
        self._set_status(message, error=True)
        self.failed.emit(message)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._set_status(self.tr("中止しています…"))

    # Files ------------------------------------------------------------------------------
    def add_files(self, paths: list[Path]) -> None:
        for path in map(Path, paths):
            if path not in self._paths:
                self._paths.append(path)
                self.files.addItem(QListWidgetItem(path.name))
        if self._paths and self.files.currentRow() < 0:
            self.files.setCurrentRow(0)
        self._forget_tables()

    @staticmethod
    def _table_files(event: Any) -> list[Path]:
        from desktop.core.analysis.loader import SUPPORTED_SUFFIXES

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(u.toLocalFile()) for u in urls
                if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in SUPPORTED_SUFFIXES]

    def dragEnterEvent(self, event: Any) -> None:
        if not self.busy and self._table_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = self._table_files(event)
        if paths and not self.busy:
            self.add_files(paths)
            event.acceptProposedAction()

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("分析する表を選ぶ"), "",
            self.tr("表（{0}）").format(FILE_FILTER_SUFFIXES))
        if names:
            self.add_files([Path(n) for n in names])

    def _remove_file(self) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self._paths):
            self._sheets.pop(self._paths[row].name, None)
            del self._paths[row]
            self.files.takeItem(row)
            self._forget_tables()

    def _file_selected(self, _row: int) -> None:
        path = self._current_path()
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.blockSignals(False)
        self._update_state()
        if path is None or path.suffix.lower() not in (".xlsx", ".xlsm"):
            return

        def names(_ctx: Any) -> list[str]:
            from desktop.core.analysis.loader import sheet_names

            return sheet_names(path)

        def done(result: Any, error: BaseException | None) -> None:
            self._finished()
            if error is not None:
                self._fail(error)
                return
            if self._current_path() != path:
                return
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.addItem(self.tr("（最初のシート）"), FIRST_SHEET)
            for name in result:
                self.sheet_combo.addItem(name, name)
            chosen = self._sheets.get(path.name, FIRST_SHEET)
            self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(chosen)))
            self.sheet_combo.blockSignals(False)
            self._update_state()

        self._start(names, done, self.tr("シートを確認しています…"))

    def _sheet_chosen(self, _index: int) -> None:
        path = self._current_path()
        if path is None:
            return
        self._sheets[path.name] = self.sheet_combo.currentData() or FIRST_SHEET
        self._forget_tables()

    def select_sheet(self, file_name: str, sheet: str) -> None:
        self._sheets[file_name] = sheet
        self._forget_tables()

    def _forget_tables(self) -> None:
        if self._analysis is not None:
            self._analysis.close()
            self._analysis = None
        self._update_state()

    # Running ----------------------------------------------------------------------------
    def run_analysis(self) -> None:
        question = self.question.toPlainText().strip()
        if self.busy or not question or not self._paths:
            return
        services = self._services
        analysis = self._analysis
        paths = list(self._paths)
        sheets = {name: [sheet] for name, sheet in self._sheets.items() if sheet}

        def work(ctx: Any) -> tuple[Any, Any]:
            from desktop.core.analysis.session import TEMPLATE_ID, TableAnalysis

            nonlocal analysis
            if analysis is None:
                template = services.templates().get(TEMPLATE_ID)
                usage = services.usage_store()
                pipeline = services.pipeline(usage=usage)
                analysis = TableAnalysis.open(pipeline, template, services.masker(), paths,
                                              sheets, cancel=ctx.cancel_event, usage=usage)
                ctx.emit(analysis)
            return analysis, analysis.ask(question, cancel_event=ctx.cancel_event, stream=False)

        def done(result: Any, error: BaseException | None) -> None:
            self._finished()
            if error is not None:
                self._fail(error)
                return
            loaded, outcome = result
            self._show_tables(loaded)
            self._show_outcome(outcome)

        self._outcome = None
        self.explanation.hide()
        self._set_status(self.tr("分析しています…（表は PC の中で読み込み、AI には列の概要だけを送ります）"))
        self._handle = self._runner.run(work, done, self._loaded_on_worker)
        self._update_state()

    def _loaded_on_worker(self, analysis: Any) -> None:
        self._show_tables(analysis)

    def _show_tables(self, analysis: Any) -> None:
        if analysis is self._analysis:
            return
        if self._analysis is not None:
            self._analysis.close()
        self._analysis = analysis
        personal = analysis.personal_columns()
        parts = []
        for table in analysis.workspace.tables:
            text = self.tr("{0}（{1} 行・{2} 列）").format(
                table.name, f"{table.rows:,}", len(table.columns))
            if personal.get(table.name):
                text += self.tr(" 個人情報の列（値は送りません）: {0}").format(
                    "・".join(personal[table.name]))
            parts.append(text)
        self.tables_label.setText(self.tr("読み込んだ表: ") + " / ".join(parts))
        self.tablesLoaded.emit(analysis)

    def _show_outcome(self, outcome: Any) -> None:
        self._outcome = outcome
        self.sql_view.setPlainText(outcome.sql)
        if outcome.ok:
            result = outcome.result
            self.model.set_result(result)
            self.table.resizeColumnsToContents()
            fill_chart(self.chart, result, outcome.chart)
            self.chart.setTitle(outcome.question[:40])
            note = self.tr("（AI の最初のクエリはエラーだったため、修正したクエリです）") \
                if outcome.repaired else ""
            text = self.tr("{0} 行の結果です。").format(f"{len(result.rows):,}") + note
            if result.truncated:
                text += self.tr("結果が多いため先頭の {0} 行だけを表示しています。").format(
                    f"{len(result.rows):,}")
            self._set_status(text)
        else:
            self.model.set_result(None)
            fill_chart(self.chart, QueryResult((), (), ()), ChartSpec("none"))
            message = outcome.error.user_message if outcome.error else ""
            self._set_status(message + self.tr("\n質問を言い直して、もう一度お試しください。"),
                             error=True)
            self.failed.emit(message)
        self._update_state()
        self.analysisFinished.emit(outcome)

    @property
    def outcome(self) -> Any:
        return self._outcome

    # Explanation and export -------------------------------------------------------------
    def request_explanation(self) -> None:
        outcome, analysis = self._outcome, self._analysis
        if self.busy or outcome is None or analysis is None:
            return
        why_not = analysis.shareable(outcome)
        if why_not is not None:
            self._set_status(why_not, error=True)
            self.failed.emit(why_not)
            return

        def work(ctx: Any) -> Any:
            return analysis.explain(outcome, cancel_event=ctx.cancel_event, stream=False,
                                    success_outcome="used")

        def done(result: Any, error: BaseException | None) -> None:
            self._finished()
            if error is None and result.error is not None:
                error = result.error
            if error is not None:
                self._fail(error)
                return
            self.explanation.setPlainText(result.output)
            self.explanation.show()
            self._set_status(self.tr("説明を受け取りました（送ったのは集計した値だけです）。"))
            self.explained.emit(result.output)

        self._start(work, done, self.tr("結果の説明を頼んでいます…"))

    def _choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Excel に保存"), self.tr("分析結果.xlsx"), self.tr("Excel ブック (*.xlsx)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        outcome, analysis = self._outcome, self._analysis
        if self.busy or outcome is None or not outcome.ok or analysis is None:
            return
        sources = analysis.workspace.sources

        def work(_ctx: Any) -> Path:
            from desktop.core.analysis.export import export_xlsx

            return export_xlsx(path, outcome.question, outcome.sql, outcome.result,
                               outcome.chart, sources)

        def done(result: Any, error: BaseException | None) -> None:
            self._finished()
            if error is not None:
                self._fail(error)
                return
            self._set_status(self.tr("保存しました: {0}").format(str(result)))
            self.exported.emit(result)

        self._start(work, done, self.tr("保存しています…"))

    def shutdown(self) -> None:
        """Cancel what runs and free the loaded tables (the owner calls this when closing)."""
        self.cancel()
        if self._analysis is not None and not self.busy:
            self._analysis.close()
            self._analysis = None
