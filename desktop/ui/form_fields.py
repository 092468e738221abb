"""One form field per template variable: label, editor by type, help, inline error, and for
documents the file status and the sheet choice. ``TemplateForm`` lays them out."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.documents import (
    DocumentText,
)
from desktop.core.templates import Variable, check_value
from desktop.ui.document_dialogs import describe_document
from desktop.ui.labels import choice_label

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020;"
INT_LIMIT = 2_000_000_000


def local_files(mime) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class SubmitTextEdit(QPlainTextEdit):
    """Multiline box: Ctrl+Enter submits; a dropped file is read as a document, not as a URL."""

    submit = Signal()
    fileDropped = Signal(object)

    def __init__(self, accepts_files: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accepts_files = accepts_files

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submit.emit()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            if self._accepts_files:
                event.acceptProposedAction()
            else:
                event.ignore()  # let the form take it
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if local_files(event.mimeData()):
            if self._accepts_files:
                event.acceptProposedAction()
            else:
                event.ignore()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if files and self._accepts_files:
            event.acceptProposedAction()
            self.fileDropped.emit(files[0])
            return
        super().dropEvent(event)


class Field(QWidget):
    """One variable: label, editor, help, inline error; and, for documents, the file status."""

    changed = Signal()
    fileRequested = Signal(object)  # Field: the user wants to choose a file
    fileDropped = Signal(object, object)  # Field, Path
    sheetChosen = Signal(object, str)  # Field, sheet name

    def __init__(self, var: Variable, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.var = var
        self.touched = False
        self.document: DocumentText | None = None
        self.path: Path | None = None
        self.password: str | None = None  # memory only, to re-read another sheet
        self._lang = lang
        label_text = var.display_label(lang)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        mark = ' <span style="color:#b00020">＊</span>' if var.required else ""
        self.label.setText(f"<b>{html_text(label_text)}</b>{mark}")
        if var.required:
            self.label.setToolTip(self.tr("必須"))
        self.editor = self._make_editor()
        self.editor.setAccessibleName(label_text)
        self.label.setBuddy(self.editor)
        self.help = QLabel(var.display_help(lang), self)
        self.help.setWordWrap(True)
        self.help.setVisible(bool(var.display_help(lang)))
        self.help.setStyleSheet("color: palette(placeholder-text);")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self._editor_row())
        layout.addWidget(self.status)
        layout.addWidget(self.help)
        layout.addWidget(self.error)
        self.setAcceptDrops(var.accepts_documents)

    # Building -----------------------------------------------------------------------------
    def _make_editor(self) -> QWidget:
        v = self.var
        if v.type == "multiline":
            box = SubmitTextEdit(bool(v.accept), self)
            box.setPlaceholderText(v.placeholder)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(160 if v.accept else 80)
            box.textChanged.connect(self._on_edit)
            box.fileDropped.connect(lambda p: self.fileDropped.emit(self, p))
            return box
        if v.type == "choice":
            combo = QComboBox(self)
            for choice in v.choices:  # shown in the UI's language; the value stays as written
                combo.addItem(choice_label(choice, self._lang), choice)
            combo.currentIndexChanged.connect(self._on_edit)
            return combo
        if v.type == "number":
            spin: QSpinBox | QDoubleSpinBox
            if v.decimals:
                spin = QDoubleSpinBox(self)
                spin.setDecimals(v.decimals)
                spin.setRange(v.min if v.min is not None else -1e12,
                              v.max if v.max is not None else 1e12)
            else:
                spin = QSpinBox(self)
                spin.setRange(int(v.min) if v.min is not None else -INT_LIMIT,
                              int(v.max) if v.max is not None else INT_LIMIT)
            spin.setGroupSeparatorShown(True)
            spin.valueChanged.connect(self._on_edit)
            spin.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            return spin
        if v.type == "date":
            date = QDateEdit(self)
            date.setCalendarPopup(True)
            date.setDisplayFormat(self.tr("yyyy年M月d日"))
            date.dateChanged.connect(self._on_edit)
            date.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            return date
        if v.type == "file":
            line = QLineEdit(self)
            line.setReadOnly(True)
            line.setAcceptDrops(False)  # the field takes the drop
            line.setPlaceholderText(self.tr("ファイルをここにドロップするか「参照…」で選んでください"))
            return line
        line = QLineEdit(self)
        line.setPlaceholderText(v.placeholder)
        if v.max_length:
            line.setMaxLength(v.max_length)
        line.textChanged.connect(self._on_edit)
        return line

    def _editor_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.var.type in ("number", "date"):
            layout.addWidget(self.editor)  # short values: keep them at the left edge
            layout.addStretch(1)
        else:
            layout.addWidget(self.editor, 1)
        self.sheet_combo: QComboBox | None = None
        if self.var.accepts_documents:
            side = QVBoxLayout()
            self.browse = QPushButton(self.tr("参照…") if self.var.type == "file"
                                      else self.tr("ファイルから読み込む…"), row)
            self.browse.clicked.connect(lambda: self.fileRequested.emit(self))
            side.addWidget(self.browse)
            if self.var.type == "file":
                clear = QPushButton(self.tr("クリア"), row)
                clear.clicked.connect(self.clear_document)
                side.addWidget(clear)
            self.sheet_combo = QComboBox(row)
            self.sheet_combo.setAccessibleName(self.tr("シート"))
            self.sheet_combo.setToolTip(self.tr("読み込むシート"))
            self.sheet_combo.setVisible(False)
            self.sheet_combo.activated.connect(
                lambda _i: self.sheetChosen.emit(self, self.sheet_combo.currentText()))
            side.addWidget(self.sheet_combo)
            side.addStretch(1)
            layout.addLayout(side)
        return row

    # Values -------------------------------------------------------------------------------
    def value(self) -> str:
        e = self.editor
        if isinstance(e, QPlainTextEdit):
            return e.toPlainText()
        if isinstance(e, QComboBox):
            return e.currentData() if e.currentIndex() >= 0 else ""
        if isinstance(e, QSpinBox | QDoubleSpinBox):
            return e.cleanText().replace(",", "")
        if isinstance(e, QDateEdit):
            return e.date().toString("yyyy-MM-dd")
        if self.var.type == "file":
            return self.document.text if self.document is not None else ""
        return e.text()

    def set_value(self, value: str) -> None:
        e = self.editor
        if isinstance(e, QPlainTextEdit):
            e.setPlainText(value)
        elif isinstance(e, QComboBox):
            index = e.findData(value)
            e.setCurrentIndex(index if index >= 0 else 0)
        elif isinstance(e, QSpinBox):
            try:
                e.setValue(int(float(value)))
            except ValueError:
                e.setValue(max(e.minimum(), min(0, e.maximum())))
        elif isinstance(e, QDoubleSpinBox):
            try:
                e.setValue(float(value))
            except ValueError:
                e.setValue(max(e.minimum(), min(0.0, e.maximum())))
        elif isinstance(e, QDateEdit):
            date = QDate.fromString(value, "yyyy-MM-dd")
            e.setDate(date if date.isValid() else QDate.currentDate())
        elif self.var.type != "file":
            e.setText(value)

    def set_document(self, path: Path, doc: DocumentText) -> None:
        self.path = path
        self.document = doc
        if self.var.type == "file":
            self.editor.setText(path.name)
            self.editor.setToolTip(str(path))
        else:
            # Replace the text through the cursor so Ctrl+Z brings back what was there.
            cursor = self.editor.textCursor()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(doc.text)
            self.editor.setTextCursor(cursor)
        self.set_status(self.tr("{name} を読み込みました（{what}）").format(
            name=path.name, what=describe_document(doc)))
        self.set_sheets(doc.sheets, doc.chosen_sheet)
        self.set_error("")
        self.touched = True
        self.changed.emit()

    def set_sheets(self, sheets: tuple[str, ...], chosen: str | None) -> None:
        if self.sheet_combo is None:
            return
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(sheets))
        if chosen:
            self.sheet_combo.setCurrentText(chosen)
        self.sheet_combo.setVisible(len(sheets) > 1)

    def clear_document(self) -> None:
        self.path = None
        self.document = None
        self.password = None
        if self.var.type == "file":
            self.editor.clear()
            self.editor.setToolTip("")
        self.set_status("")
        self.set_sheets((), None)
        self.changed.emit()

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def check(self) -> str:
        problem = check_value(self.var, self.value(), self.var.label)
        message = problem.message if problem else ""
        self.set_error(message)
        return message

    def _on_edit(self, *_args: Any) -> None:
        self.touched = True
        if self.error.text():
            self.check()  # clear the message as soon as it is fixed
        self.changed.emit()

    # Drops on this field --------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.var.accepts_documents and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if files and self.var.accepts_documents:
            event.acceptProposedAction()
            self.fileDropped.emit(self, files[0])


def html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


