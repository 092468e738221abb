"""Dialogs around documents: the password prompt, choosing a file to read, saving an answer."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.documents import DocumentText, save_docx, save_txt
from desktop.core.errors import UserFacingError

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("document_dialogs", text)


class PasswordDialog(QDialog):
    """Asks for the password of one protected file. The password lives only in memory."""

    def __init__(self, file_name: str, *, wrong: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("パスワードの入力"))
        intro = QLabel(self.tr("「{name}」はパスワードで保護されています。\n"
                               "パスワードを入力してください（ファイルは書き換えず、画面の中だけで開きます）。")
                       .format(name=file_name), self)
        intro.setWordWrap(True)
        self.error = QLabel(self.tr("パスワードが違います。もう一度入力してください。"), self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(wrong)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("パスワード"))
        show = QCheckBox(self.tr("入力した文字を表示する"), self)
        show.toggled.connect(lambda on: self.edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t)))
        layout = QVBoxLayout(self)
        for w in (intro, self.error, self.edit, show, buttons):
            layout.addWidget(w)

    def password(self) -> str:
        return self.edit.text()


def ask_password(parent: QWidget | None, file_name: str, wrong: bool = False) -> str | None:
    dialog = PasswordDialog(file_name, wrong=wrong, parent=parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.password():
            return dialog.password()
        return None
    finally:
        dialog.edit.clear()
        dialog.deleteLater()


def document_filter(accept: Sequence[str]) -> str:
    patterns = " ".join(f"*{ext}" for ext in accept)
    return QCoreApplication.translate(
        "document_dialogs", "読み込めるファイル ({patterns});;すべてのファイル (*)"
    ).format(patterns=patterns)


def choose_document(parent: QWidget | None, accept: Sequence[str], start_dir: str = "") -> Path | None:
    title = QCoreApplication.translate("document_dialogs", "ファイルを読み込む")
    path, _ = QFileDialog.getOpenFileName(parent, title, start_dir, document_filter(accept))
    return Path(path) if path else None


KIND_LABELS = {
    "txt": QT_TRANSLATE_NOOP("document_dialogs", "テキスト"),
    "docx": QT_TRANSLATE_NOOP("document_dialogs", "Word 文書"),
    "xlsx": QT_TRANSLATE_NOOP("document_dialogs", "Excel ブック"),
    "pdf": "PDF",
}


def describe_document(doc: DocumentText) -> str:
    """One line for the form: what was read and how much."""
    kind = _tr(KIND_LABELS.get(doc.kind, doc.kind))
    parts = [kind]
    if doc.chosen_sheet:
        parts.append(QCoreApplication.translate("document_dialogs", "シート「{sheet}」").format(sheet=doc.chosen_sheet))
    if doc.pages:
        parts.append(QCoreApplication.translate("document_dialogs", "{n} ページ").format(n=doc.pages))
    parts.append(QCoreApplication.translate("document_dialogs", "{n:,} 文字").format(n=doc.chars))
    return "・".join(parts)


_DOCX_FILTER = QT_TRANSLATE_NOOP("document_dialogs", "Word 文書 (*.docx)")
_TXT_FILTER = QT_TRANSLATE_NOOP("document_dialogs", "テキスト (*.txt)")


def save_answer(parent: QWidget | None, text: str, *, output_kind: str = "text",
                title: str | None = None, suggested: Path | None = None) -> Path | None:
    """Ask where to save ``text`` and write .docx (layout by ``output_kind``) or .txt.

    Returns the path written, or None if the user cancelled or saving failed (already told)."""
    filters = f"{_tr(_DOCX_FILTER)};;{_tr(_TXT_FILTER)}"
    fallback = QCoreApplication.translate("document_dialogs", "回答")
    start = str(suggested or Path.home() / (title or fallback))
    caption = QCoreApplication.translate("document_dialogs", "回答を保存")
    path_str, chosen = QFileDialog.getSaveFileName(parent, caption, start, filters)
    if not path_str:
        return None
    path = Path(path_str)
    if path.suffix.lower() not in (".docx", ".txt"):
        path = path.with_suffix(".txt" if chosen == _tr(_TXT_FILTER) else ".docx")
    try:
        if path.suffix.lower() == ".txt":
            save_txt(text, path)
        else:
            save_docx(text, path, output_kind=output_kind, title=title)
    except UserFacingError as exc:
        log.info("saving answer failed: %s", type(exc).__name__)
        QMessageBox.warning(
            parent, QCoreApplication.translate("document_dialogs", "保存できませんでした"),
            exc.user_message,
        )
        return None
    return path
