"""Code blocks taken out of an answer (VBA macros), each with a copy button. Never executed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QClipboard, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class CodeBlocksView(QWidget):
    def __init__(self, parent: QWidget | None = None, *, clipboard: QClipboard | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._blocks: list[str] = []
        self.caption = QLabel(self.tr(
            "マクロのコード（このアプリは実行しません）。内容を確認してから、Excel の VBA エディター"
            "（Alt+F11）で標準モジュールに貼り付けてください。"), self)
        self.caption.setWordWrap(True)
        self._inner = QWidget()
        self._list = QVBoxLayout(self._inner)
        self._list.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(scroll, 1)

    def blocks(self) -> list[str]:
        return list(self._blocks)

    def set_blocks(self, blocks: Sequence[str]) -> None:
        self._blocks = list(blocks)
        while self._list.count():
            item = self._list.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for i, code in enumerate(self._blocks, start=1):
            view = QPlainTextEdit(code)
            view.setReadOnly(True)
            view.setFont(mono)
            view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            view.setAccessibleName(self.tr("コード {n}").format(n=i))
            button = QPushButton(self.tr("コード {n} をコピー").format(n=i))
            button.clicked.connect(lambda _=False, c=code: self.copy(c))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            self._list.addWidget(view)
            self._list.addLayout(row)
        self.setVisible(bool(self._blocks))

    def copy(self, code: str) -> None:
        self._clipboard.setText(code)
        self.caption.setText(
            self.tr("コピーしました。Excel の VBA エディターに貼り付けてください（実行前に内容を確認）。"))
