"""Guided flow for the ``excel-formula`` template, and the view of the formula check.

``ExcelFormulaPanel`` replaces the generic form: pick or drop a workbook, choose the sheet, see
the header and the first rows (numbered as Excel numbers them), say what is needed, pick the
target cell or column. It has no submit button of its own: the window's send button (or
Ctrl+Enter, or Enter in 入力先) sends, as for every template.
``ExcelCheckView`` shows the extracted formula(s), the verdict of the check on the workbook and
a button that writes the formula into a copy of the workbook. Workbook reading and the copy run
on the TaskRunner, never on the UI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserFacingError

_STATUS_COLOURS = {"ok": "#1b7f3b", "error": "#b3261e", "unverified": "#8a6d00"}


class PreviewModel(QAbstractTableModel):
    """The header titles and a few rows of the chosen sheet, as text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._titles: list[str] = []
        self._rows: list[list[str]] = []
        self._first_row = 2

    def set_rows(self, titles: list[str], rows: list[list[str]], first_row: int = 2) -> None:
        """``first_row``: the Excel row number of ``rows[0]`` (the row under the header), so the
        numbers beside the preview are the ones the clerk types into 入力先."""
        self.beginResetModel()
        self._titles, self._rows, self._first_row = titles, rows, first_row
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and section < len(self._titles):
            return self._titles[section]
        if orientation == Qt.Orientation.Vertical:
            return str(self._first_row + section)
        return None


def _load_workbook(path: Path) -> Any:
    from desktop.core.excel.workbook import load_workbook_data

    return load_workbook_data(path)


class ExcelFormulaPanel(QWidget):
    changed = Signal()
    submitRequested = Signal()

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._path: Path | None = None
        self._workbook: Any = None
        self.setAcceptDrops(True)

        self.file_label = QLabel(self.tr("ブックが選ばれていません（ここにドロップもできます）"))
        self.file_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("ブックを開く…"))
        self.open_button.clicked.connect(self._choose_file)
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentTextChanged.connect(self._sheet_changed)
        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.request_edit = QPlainTextEdit()
        self.request_edit.setMaximumHeight(120)  # a sentence or two; the sheet gets the room
        self.request_edit.setPlaceholderText(
            self.tr("例: C 列の地区が「東京」の行について、F 列の金額を合計したい"))
        self.request_edit.textChanged.connect(self.changed)
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(self.tr("例: H2（1 つのセル）"
                                                    "または H（列に下までコピー）"))
        self.target_edit.textChanged.connect(self.changed)
        self.target_edit.returnPressed.connect(self._submit)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.open_button)
        form = QFormLayout()
        form.addRow(self.tr("シート"), self.sheet_combo)
        form.addRow(self.tr("やりたいこと"), self.request_edit)
        form.addRow(self.tr("入力先（任意）"), self.target_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addLayout(form)
        layout.addWidget(self.message_label)

    # The kind input API (see kind_views) --------------------------------------------------
    def set_template(self, _template: Any, _lang: str = "ja") -> None:
        """Chosen again: a problem reported for the last attempt no longer stands."""
        self.message_label.clear()

    def values(self) -> dict[str, str]:
        return {"sheet": self.sheet_combo.currentText(),
                "request": self.request_edit.toPlainText().strip(),
                "target": self.target_edit.text().strip()}

    def files(self) -> dict[str, Path]:
        return {"workbook": self._path} if self._path else {}

    def validate(self) -> list[str]:
        problems: list[str] = []
        if self._workbook is None:
            problems.append(self.tr("Excel ブックを開いてください。"))
        if not self.request_edit.toPlainText().strip():
            problems.append(self.tr("やりたいことを書いてください。"))
        if self._workbook is not None and self.target_edit.text().strip():
            from desktop.core.excel.target import parse_target

            try:
                parse_target(self.target_edit.text(), self._workbook.sheet(
                    self.sheet_combo.currentText()))
            except UserFacingError as exc:
                problems.append(exc.user_message)
        self.message_label.setText("\n".join(problems))
        return problems

    # Loading ----------------------------------------------------------------------------
    def load_file(self, path: Path) -> None:
        """Read the workbook off the UI thread; the sheet list and preview follow."""
        path = Path(path)
        self.file_label.setText(self.tr("読み込み中: %1").replace("%1", path.name))
        self.open_button.setEnabled(False)

        def done(result: Any, error: BaseException | None) -> None:
            self.open_button.setEnabled(True)
            if error is not None:
                message = error.user_message if isinstance(error, UserFacingError) else \
                    self.tr("ブックを読み込めませんでした。")
                self.file_label.setText(message)
                # The label says this file did not open: nothing may go on checking the last one.
                self._path, self._workbook = None, None
                self.sheet_combo.clear()
                self.preview_model.set_rows([], [])
                self.changed.emit()
                return
            self._path, self._workbook = path, result
            self.file_label.setText(path.name)
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.clear()
            self.sheet_combo.addItems(result.sheet_names)
            self.sheet_combo.blockSignals(False)
            self._sheet_changed(self.sheet_combo.currentText())

        self._runner.run(lambda _ctx: _load_workbook(path), done)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Excel ブックを開く"), "",
                                              self.tr("Excel ブック (*.xlsx *.xlsm)"))
        if name:
            self.load_file(Path(name))

    def _sheet_changed(self, name: str) -> None:
        if self._workbook is None or not name:
            return
        from desktop.core.excel.profile import header_row, preview_rows

        titles, rows = preview_rows(self._workbook, name)
        self.preview_model.set_rows(titles, rows, header_row(self._workbook.sheet(name)) + 1)
        self.changed.emit()

    def _submit(self) -> None:
        if not self.validate():
            self.submitRequested.emit()

    def dragEnterEvent(self, event: Any) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        path = self._dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.load_file(path)

    @staticmethod
    def _dropped_path(event: Any) -> Path | None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith((".xlsx", ".xlsm")):
                return Path(url.toLocalFile())
        return None


class ExcelCheckView(QWidget):
    """The formula(s) from the answer and what happened when they ran on the workbook."""

    applied = Signal(str)

    def __init__(self, runner: Any, parent: QWidget | None = None,
                 open_folder: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._result: dict[str, Any] = {}
        self._workbook: Path | None = None
        self._sheet = ""
        self._target = ""
        # Opening the folder is a desktop side effect; tests pass a recorder instead.
        self._open_folder = open_folder or (
            lambda folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        self.formulas_box = QVBoxLayout()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values_label = QLabel()
        self.values_label.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("適用したコピーを作成"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self._apply)
        layout = QVBoxLayout(self)
        layout.addLayout(self.formulas_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.values_label)
        layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_task_result(self, prepared: Any, result: Any) -> None:
        """The kind's result hook: the workbook, sheet and target that were sent, and the check
        the Excel task kind put in ``result.extra``."""
        self.set_context(prepared.files.get("workbook"), prepared.values.get("sheet", ""),
                         prepared.values.get("target", ""))
        self.show_result(result.extra)

    def clear(self) -> None:
        """A new task: nothing of the previous formula or its verdict stays."""
        self.set_context(None, "", "")
        self.show_result({})
        self.status_label.clear()
        self.status_label.setProperty("status", None)

    def set_context(self, workbook: Path | None, sheet: str, target: str) -> None:
        self._workbook, self._sheet, self._target = workbook, sheet, target

    def show_result(self, result: dict[str, Any]) -> None:
        """``result`` is what ``integration.check_answer`` returned (also in TaskResult.extra)."""
        self._result = result
        while self.formulas_box.count():
            item = self.formulas_box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for formula in result.get("formulas") or []:
            self.formulas_box.addWidget(self._formula_row(formula))
        check = result.get("check") or {}
        status = check.get("status", "unverified")
        title = {"ok": self.tr("検算済み"), "error": self.tr("エラーあり"),
                 "unverified": self.tr("未検証")}.get(status, status)
        colour = _STATUS_COLOURS.get(status, "#444")
        self.status_label.setText(f"{title}: {check.get('message', '')}")
        self.status_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.status_label.setProperty("status", status)
        shown = check.get("values") or ([] if check.get("value") is None else [check["value"]])
        self.values_label.setText(
            self.tr("結果: %1").replace("%1", "、".join(str(v) for v in shown)) if shown else "")
        self.apply_button.setEnabled(bool(result.get("formula")) and self._workbook is not None
                                     and status != "error")

    def _formula_row(self, formula: str) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(formula)
        edit.setReadOnly(True)
        copy = QPushButton(self.tr("コピー"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(formula))
        box.addWidget(edit, 1)
        box.addWidget(copy)
        return row

    def _apply(self) -> None:
        formula = self._result.get("formula")
        if not formula or self._workbook is None:
            return
        workbook, sheet, target = self._workbook, self._sheet, self._target
        self.apply_button.setEnabled(False)

        def work(_ctx: Any) -> Path:
            from desktop.core.excel.integration import apply_formula

            return apply_formula(workbook, sheet, formula, target)

        def done(path: Any, error: BaseException | None) -> None:
            self.apply_button.setEnabled(True)
            if error is not None:
                message = error.user_message if isinstance(error, UserFacingError) else \
                    self.tr("コピーを作成できませんでした。")
                self.values_label.setText(message)
                return
            self.values_label.setText(self.tr("作成しました: %1").replace("%1", Path(path).name))
            self.applied.emit(str(path))
            self._open_folder(Path(path).parent)

        self._runner.run(work, done)
