"""Dialogs around documents: the password prompt and choosing a file to read."""

from __future__ import annotations

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
    QVBoxLayout,
    QWidget,
)

from desktop.core.documents import DocumentText


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
