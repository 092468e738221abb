"""One follow-up turn under an answer (question, notice, the answer streaming in, copy) and the
batching that keeps the UI thread free while a turn streams; ``ThreadView`` lists them."""


from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserFacingError
from desktop.ui.markdown_view import MarkdownView

if TYPE_CHECKING:  # the conversation (and the pipeline under it) loads on a worker, not here
    from desktop.core.conversation import Turn

log = logging.getLogger(__name__)

BATCH_SECONDS = 0.03
ERROR_STYLE = "color: #b00020;"
NOTICE_STYLE = "color: #8a5a00;"


def translated(text: str) -> str:
    return QCoreApplication.translate("core", text)


def error_message(error: BaseException) -> str:
    if isinstance(error, UserFacingError):
        return translated(error.user_message)
    return QCoreApplication.translate("ThreadView", "予期しないエラーが発生しました（{0}）。").format(
        type(error).__name__)


class TurnView(QFrame):
    """One follow-up: the question, a notice, the answer (formatted) and its copy button."""

    copyRequested = Signal(object)  # this view

    def __init__(self, number: int, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = number
        self.turn: Turn | None = None
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question.setText(self.tr("質問 {0}: {1}").format(number, question))
        self.question.setStyleSheet("font-weight: bold;")
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setVisible(False)
        self.answer = MarkdownView(self)
        self.answer.setReadOnly(True)
        self.answer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.answer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.answer.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.status = QLabel(self.tr("回答を待っています…"), self)
        self.status.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("この回答をコピー"), self)
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(lambda: self.copyRequested.emit(self))
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.notice)
        layout.addWidget(self.answer)
        layout.addLayout(row)
        self._fit_height()

    def _fit_height(self, *_args: Any) -> None:
        height = int(self.answer.document().size().height()) + 2 * self.answer.frameWidth() + 6
        self.answer.setFixedHeight(max(28, height))

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def append(self, text: str) -> None:
        if self.status.text() == self.tr("回答を待っています…"):
            self.status.setText(self.tr("受信中…"))
        self.answer.append_markdown(text)

    def restart(self) -> None:
        """The same turn is sent again (Retry)."""
        self.answer.clear_answer()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("回答を待っています…"))
        self.copy_button.setEnabled(False)

    def finish(self, turn: Turn) -> None:
        self.turn = turn
        result = turn.result
        if result.output != self.answer.markdown():
            self.answer.set_markdown(result.output)
        self.answer.complete()
        self.copy_button.setEnabled(bool(result.output))
        if result.error is None:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("回答が届きました。"))
        else:
            self.status.setStyleSheet(ERROR_STYLE)
            partial = self.tr("（回答は途中までです）") if result.incomplete else ""
            self.status.setText(error_message(result.error) + partial)

    def answer_text(self) -> str:
        return self.answer.markdown()


class Batcher:
    """Joins streamed chunks on the worker thread: at most one signal per ~30 ms."""

    def __init__(self, emit: Callable[[Any], None]) -> None:
        self._emit = emit
        self._buffer: list[str] = []
        self._last = 0.0

    def add(self, text: str) -> None:
        self._buffer.append(text)
        if time.monotonic() - self._last >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            self._emit(("chunk", "".join(self._buffer)))
            self._buffer.clear()
        self._last = time.monotonic()
