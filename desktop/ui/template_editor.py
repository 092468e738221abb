"""Editing a template as TOML, checked before it is saved to the user's own folder.

The main window opens it for "edit" (a user template) and after "duplicate". Saving a template
whose id is also built in or shared by the organisation makes the user's copy win for this user.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserFacingError
from desktop.core.templates import (
    Template,
    TemplateExistsError,
    TemplateFormatError,
    TemplateRepository,
    parse_template_text,
)

log = logging.getLogger(__name__)


class TemplateEditorDialog(QDialog):
    def __init__(self, repository: TemplateRepository, template_id: str | None = None,
                 parent: QWidget | None = None, *, text: str | None = None) -> None:
        super().__init__(parent)
        self._repo = repository
        self._original_id = template_id
        self._saved: Template | None = None
        self.setWindowTitle(self.tr("テンプレートの編集"))
        self.resize(900, 700)

        original = repository.get(template_id) if template_id else None
        note = self.tr("TOML 形式で編集します。書き方は prompt_templates/README.md を参照してください。"
                       "保存すると個人用フォルダに保存されます。")
        if original is not None and original.source != "user":
            note += self.tr("\n同じ id の{source}テンプレートより、あなたの保存したものが優先されます。").format(
                source=self.tr("内蔵") if original.source == "builtin" else self.tr("組織の"))
        intro = QLabel(note, self)
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.editor.setFont(font)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setAccessibleName(self.tr("テンプレートの内容（TOML）"))
        if text is None:
            text = repository.source_text(template_id) if template_id else ""
        self.editor.setPlainText(text)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("検証結果"))
        self.state = QLabel(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.problems)
        splitter.setSizes([520, 140])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.state)
        layout.addWidget(buttons)

        # Check as the user types, but not on every key press.
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(400)
        self._check_timer.timeout.connect(self.check)
        self.editor.textChanged.connect(self._check_timer.start)
        self.check()

    def text(self) -> str:
        return self.editor.toPlainText()

    def check(self) -> list[str]:
        """Validate the text; list problems under the editor. Returns the problems."""
        self._check_timer.stop()
        self.problems.clear()
        try:
            t = parse_template_text(self.text())
        except TemplateFormatError as exc:
            self.problems.addItems(exc.problems)
            self.state.setText(self.tr("誤りが {n} 件あります。直すと保存できます。").format(n=len(exc.problems)))
            self.state.setStyleSheet("color: #b00020;")
            self.save_button.setEnabled(False)
            return list(exc.problems)
        self.state.setText(self.tr("誤りはありません（id: {id}、入力項目 {n} 個）。")
                           .format(id=t.id, n=len(t.variables)))
        self.state.setStyleSheet("")
        self.save_button.setEnabled(True)
        return []

    def save(self) -> None:
        if self.check():
            return
        try:
            replace_id = self._original_id if self._original_id and \
                self._repo.is_user_template(self._original_id) else None
            self._saved = self._repo.save_user_text(self.text(), replace_id=replace_id,
                                                    overwrite=False)
        except TemplateExistsError as exc:
            self._show_problem(exc.user_message)
            return
        except UserFacingError as exc:
            self._show_problem(exc.user_message)
            return
        except OSError as exc:
            log.warning("template save failed: %s", type(exc).__name__)
            self._show_problem(self.tr("保存できませんでした（{err}）。").format(
                err=exc.strerror or type(exc).__name__))
            return
        self.accept()

    def _show_problem(self, message: str) -> None:
        self.problems.clear()
        self.problems.addItem(message)
        self.state.setText(message)
        self.state.setStyleSheet("color: #b00020;")

    def saved_id(self) -> str | None:
        return self._saved.id if self._saved is not None else None

    def saved_template(self) -> Template | None:
        return self._saved
