"""The table analysis panel: several CSV/Excel files, a question, the result as a table, the query
and a chart; an explanation on request and an .xlsx export.

Self-contained: ``AnalysisPanel(services, runner)`` needs only the composition root (masker,
pipeline, templates) and a task runner. Loading, profiling, the model, the query and the export all
run on the runner; the UI thread only lays out and forwards. The data stays on the PC: only the
question, the columns' profile and masked examples are sent (desktop.core.analysis).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.analysis.chart import ChartSpec
from desktop.core.analysis.engine import QueryResult
from desktop.core.errors import UserFacingError
from desktop.ui.analysis_result import AnalysisResultView, fill_chart

FILE_FILTER_SUFFIXES = "*.csv *.tsv *.txt *.xlsx *.xlsm"
FIRST_SHEET = ""  # the combo's value for "the first sheet with data"


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

        self.results = AnalysisResultView(self)
        rv = self.results
        self.model, self.table, self.sql_view = rv.model, rv.table, rv.sql_view
        self.chart, self.chart_view, self.explanation = rv.chart, rv.chart_view, rv.explanation
        self.explain_button, self.export_button = rv.explain_button, rv.export_button
        self.explain_button.clicked.connect(self.request_explanation)
        self.export_button.clicked.connect(self._choose_export)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.tables_label)
        layout.addLayout(ask_row)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

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

    def submit(self) -> None:
        """The window's Ctrl+Enter (kind_views' workspace API)."""
        if self.run_button.isEnabled():
            self.run_analysis()

    def shutdown(self) -> None:
        """Cancel what runs and free the loaded tables (the owner calls this when closing)."""
        self.cancel()
        if self._analysis is not None and not self.busy:
            self._analysis.close()
            self._analysis = None
