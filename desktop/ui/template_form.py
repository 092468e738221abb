"""The form generated from a template's variables.

One widget per variable type, a required mark, help text and an inline message under each field.
Documents (dropped on the form or a field, or chosen with a button) are read on the task runner,
never on the UI thread; a protected Office file asks for its password, which stays in memory.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.documents import (
    DocumentError,
    DocumentText,
    EmptyDocument,
    PasswordRequired,
    WrongPassword,
    read_document,
)
from desktop.core.errors import UserFacingError
from desktop.core.templates import FormStateStore, Template, Variable
from desktop.ui.document_dialogs import ask_password, choose_document
from desktop.ui.form_fields import ERROR_STYLE, Field, SubmitTextEdit, local_files

log = logging.getLogger(__name__)

AskPassword = Callable[[QWidget, str, bool], "str | None"]


class TemplateForm(QWidget):
    changed = Signal()
    submitRequested = Signal()
    documentLoaded = Signal(str)  # variable name (tests and the main window's status bar)

    def __init__(self, runner: Any, form_state: FormStateStore, max_document_mb: float = 20.0,
                 parent: QWidget | None = None, *, ask_password_fn: AskPassword | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._form_state = form_state
        self.max_document_mb = max_document_mb
        self._ask_password = ask_password_fn or ask_password
        self._template: Template | None = None
        self._lang = "ja"
        self._fields: dict[str, Field] = {}
        self._generation = 0  # a read that finishes after the template changed is dropped
        self._pending = 0
        self._last_dir = ""

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(ERROR_STYLE)
        self.notice.setVisible(False)
        self._body = QWidget(self)
        self._body_layout = QVBoxLayout(self._body)
        self._body_layout.setContentsMargins(0, 0, 8, 0)
        self._body_layout.addStretch(1)
        scroll = QScrollArea(self)
        self._scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._body)
        hint = QLabel(self.tr("＊は必須です。Ctrl+Enter で送信内容を確認します。"), self)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(hint)
        self.setAcceptDrops(True)

    # Template ---------------------------------------------------------------------------------
    def template(self) -> Template | None:
        return self._template

    def fields(self) -> dict[str, Field]:
        return dict(self._fields)

    def set_template(self, template: Template, lang: str = "ja") -> None:
        if self._template is not None:
            self.remember()
        self._generation += 1
        self._pending = 0
        self._template = template
        self._lang = lang
        self.title.setText(template.display_title(lang))
        self.description.setText(template.display_description(lang))
        self.description.setVisible(bool(template.display_description(lang)))
        self._show_notice("")
        for f in self._fields.values():
            f.setParent(None)
            f.deleteLater()
        self._fields = {}
        remembered = self._form_state.get(template.id)
        shown = [var for var in template.variables if not var.automatic]  # the kind fills those
        for index, var in enumerate(shown):
            field = Field(var, lang, self._body)
            initial = remembered.get(var.name) if var.remember and var.type != "file" else None
            field.set_value(initial if initial is not None else self._default(var))
            field.touched = False
            field.changed.connect(self.changed)
            field.fileRequested.connect(self._choose_file_for)
            field.fileDropped.connect(lambda f, p: self.load_file(p, f.var.name))
            field.sheetChosen.connect(self._on_sheet_chosen)
            if isinstance(field.editor, SubmitTextEdit):
                field.editor.submit.connect(self.submitRequested)
            self._body_layout.insertWidget(index, field)
            self._fields[var.name] = field
        first = next(iter(self._fields.values()), None)
        if first is not None:
            first.editor.setFocus()
        self.changed.emit()

    @staticmethod
    def _default(var: Variable) -> str:
        if var.type == "date" and (var.default in ("", "today")):
            return dt.date.today().isoformat()
        return var.default

    # Values -----------------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        return {name: f.value() for name, f in self._fields.items()}

    def file_paths(self) -> dict[str, Path]:
        """Files chosen for ``file`` variables (their text is already in ``values()``)."""
        return {name: f.path for name, f in self._fields.items()
                if f.var.type == "file" and f.path is not None and f.document is not None}

    def set_values(self, values: Mapping[str, str]) -> None:
        for name, value in values.items():
            if name in self._fields:
                self._fields[name].set_value(value)

    def validate(self) -> list[str]:
        problems = []
        if self._pending:
            problems.append(self.tr("ファイルを読み込み中です。終わるまでお待ちください。"))
        first_bad: Field | None = None
        for f in self._fields.values():
            message = f.check()
            if message:
                problems.append(message)
                first_bad = first_bad or f
        if first_bad is not None:
            # The message sits under its field; on a long form that may be out of view.
            self._scroll.ensureWidgetVisible(first_bad)
            first_bad.editor.setFocus()
        return problems

    def remember(self) -> None:
        """Keep the values for next time (not files, not ``remember = false`` fields)."""
        if self._template is None:
            return
        try:
            self._form_state.remember(self._template, self.values())
        except OSError as exc:
            log.warning("form state not saved: %s", type(exc).__name__)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    # Documents --------------------------------------------------------------------------------
    def document_field(self) -> Field | None:
        if self._template is None:
            return None
        var = self._template.document_variable()
        return self._fields.get(var.name) if var is not None else None

    def open_document_dialog(self) -> None:
        field = self.document_field()
        if field is None:
            self._show_notice(self.tr("このテンプレートはファイルを読み込めません。"))
            return
        self._choose_file_for(field)

    def _choose_file_for(self, field: Field) -> None:
        path = choose_document(self, field.var.accept, self._last_dir)
        if path is not None:
            self.load_file(path, field.var.name)

    def load_file(self, path: Path, variable: str | None = None, *, password: str | None = None,
                  sheet: str | None = None) -> bool:
        """Read ``path`` into ``variable`` (default: the template's document variable) on the
        runner. Returns False (with a message) when the file cannot go there."""
        path = Path(path)
        field = self._fields.get(variable) if variable else self.document_field()
        if field is None:
            self._show_notice(self.tr("このテンプレートはファイルを読み込めません。"))
            return False
        if path.suffix.lower() not in field.var.accept:
            field.set_error(self.tr("「{name}」は読み込めません。{exts} のファイルを選んでください。")
                            .format(name=path.name, exts=" ".join(field.var.accept)))
            return False
        self._show_notice("")
        self._last_dir = str(path.parent)
        field.set_error("")
        field.set_status(self.tr("{name} を読み込んでいます…").format(name=path.name))
        max_bytes = int(self.max_document_mb * 1024 * 1024)
        max_chars = field.var.max_length
        generation = self._generation
        self._pending += 1

        def work(_ctx: Any) -> DocumentText:
            return read_document(path, password=password, sheet=sheet, max_bytes=max_bytes,
                                 max_chars=max_chars)

        def done(result: DocumentText | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            self._pending = max(0, self._pending - 1)
            self._on_read(field, path, password, sheet, result, error)

        self._runner.run(work, done)
        return True

    def _on_read(self, field: Field, path: Path, password: str | None, sheet: str | None,
                 result: DocumentText | None, error: BaseException | None) -> None:
        if error is None and result is not None:
            field.password = password
            field.set_document(path, result)
            self.documentLoaded.emit(field.var.name)
            return
        field.set_status("")
        if isinstance(error, PasswordRequired | WrongPassword):
            entered = self._ask_password(self, path.name, isinstance(error, WrongPassword))
            if entered:
                self.load_file(path, field.var.name, password=entered, sheet=sheet)
            else:
                self._forget_source(field)
                field.set_error(self.tr("パスワードが入力されなかったため、「{name}」は読み込みませんでした。")
                                .format(name=path.name))
            return
        if isinstance(error, EmptyDocument) and isinstance(error.document, DocumentText) \
                and len(error.document.sheets) > 1:
            field.path, field.password = path, password
            field.set_sheets(error.document.sheets, error.document.chosen_sheet)
            field.set_error(self.tr("シート「{sheet}」は空です。右の一覧から別のシートを選んでください。")
                            .format(sheet=error.document.chosen_sheet))
            return
        self._forget_source(field)
        if isinstance(error, DocumentError | UserFacingError):
            field.set_error(error.user_message)
            return
        log.error("document read failed: %s", type(error).__name__)
        field.set_error(self.tr("「{name}」の読み込み中に予期しないエラーが発生しました。"
                                "ファイルを保存し直してからもう一度お試しください。").format(name=path.name))

    @staticmethod
    def _forget_source(field: Field) -> None:
        """A file failed to open: its sheet list and path must not linger, or choosing a sheet
        would reload the earlier workbook over what the clerk typed since."""
        field.path, field.password = None, None
        field.set_sheets((), None)

    def _on_sheet_chosen(self, field: Field, sheet: str) -> None:
        if field.path is not None and sheet:
            self.load_file(field.path, field.var.name, password=field.password, sheet=sheet)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # Drops anywhere on the form go to the document variable ---------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()) and self.document_field() is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.load_file(files[0])
