"""Clipboard relay: for organisations with only an approved web chat.

The masked prompt goes to the clipboard with one click; the clerk pastes it into the web chat,
pastes the answer back here, and OK un-masks it and logs the task like any other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RelayDialog(QDialog):
    def __init__(self, pipeline: Any, prepared: Any, parent: QWidget | None = None, *,
                 clipboard: QClipboard | None = None) -> None:
        super().__init__(parent)
        self._pipeline = pipeline
        self._prepared = prepared
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self.result_value: Any = None  # TaskResult once accepted
        self.setWindowTitle(self.tr("クリップボード経由で AI に依頼"))
        self.resize(720, 640)

        steps = QLabel(self.tr(
            "1.「プロンプトをコピー」を押します（個人情報は〔氏名1〕のような記号に置き換え済みです）。\n"
            "2. 組織で認められた AI チャットの画面に貼り付けて送信します。\n"
            "3. AI の回答をコピーし、下の欄に貼り付けて「回答を取り込む」を押します。"), self)
        steps.setWordWrap(True)
        self.prompt_view = QPlainTextEdit(self)
        self.prompt_view.setReadOnly(True)
        self.prompt_view.setPlainText(prepared.masked_prompt_text())
        self.copy_button = QPushButton(self.tr("プロンプトをコピー"), self)
        self.copy_button.clicked.connect(self.copy_prompt)
        self.copied_label = QLabel(self)
        self.over_budget_label = QLabel(self.tr(
            "注意: プロンプトが長いため、AI チャットによっては一度に受け付けられません。"), self)
        self.over_budget_label.setWordWrap(True)
        self.over_budget_label.setVisible(bool(getattr(prepared, "over_budget", False)))
        self.answer_edit = QPlainTextEdit(self)
        self.answer_edit.setPlaceholderText(self.tr("ここに AI の回答を貼り付けてください"))
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("回答を取り込む"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.answer_edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.answer_edit.toPlainText().strip())))

        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.copied_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(steps)
        layout.addWidget(QLabel(self.tr("送るプロンプト（マスク済み）"), self))
        layout.addWidget(self.prompt_view, 1)
        layout.addLayout(row)
        layout.addWidget(self.over_budget_label)
        layout.addWidget(QLabel(self.tr("AI の回答"), self))
        layout.addWidget(self.answer_edit, 1)
        layout.addWidget(self.buttons)

    def copy_prompt(self) -> None:
        self._clipboard.setText(self._prepared.masked_prompt_text())
        self.copied_label.setText(self.tr("コピーしました。AI チャットに貼り付けてください。"))

    def accept(self) -> None:
        pasted = self.answer_edit.toPlainText().strip()
        if not pasted:
            return
        self.result_value = self._pipeline.complete_from_pasted(self._prepared, pasted)
        super().accept()
