"""The answer pane: streamed text rendered as formatted text, Stop, incomplete marker + Retry,
rich copy/save, outcome, cost.

The answer is Markdown; ``MarkdownView`` shows it formatted (headings, lists, tables, code) while
it streams. Chunks are buffered (``FLUSH_MS``); the part of the answer that later text can no
longer change is converted to HTML once and kept, so each re-render converts only the tail and
a long, fast stream never stalls the UI (bench/bench_stream_ui.py). Copy puts both the rich text
(HTML: pastes formatted into Word and Outlook) and the plain text without Markdown marks on the
clipboard.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import markdown
from desktop.core.errors import UserFacingError
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.markdown_view import MarkdownView, rich_mime

log = logging.getLogger(__name__)

FLUSH_MS = 30
UNBILLED_PROVIDERS = ("clipboard",)  # the relay's web chat costs the app nothing


class AnswerPanel(QWidget):
    stopRequested = Signal()
    retryRequested = Signal()
    # outcome in {"used", "edited", "discarded"}; manual minutes if the clerk corrected them.
    outcomeChosen = Signal(str, object)

    def __init__(self, parent: QWidget | None = None, *,
                 clipboard: QClipboard | None = None,
                 save_dialog: Callable[[QWidget, str], str] | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._save_dialog = save_dialog or self._ask_save_path
        self._pending: list[str] = []
        self._streaming = False
        self._outcome_sent = False
        self._default_minutes: float | None = None
        self._output_kind = "text"
        self._title = ""

        self.text = MarkdownView(self)
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("ここに AI の回答が表示されます。"))

        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.incomplete_label = QLabel(self.tr("未完了：回答が途中までです"), self)
        self.incomplete_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.incomplete_label.setVisible(False)
        self.usage_label = QLabel(self)

        self.stop_button = QPushButton(self.tr("停止"), self)
        self.stop_button.setToolTip(self.tr("回答の受信を止めます（Esc）"))
        self.stop_button.clicked.connect(self.stop)
        self.retry_button = QPushButton(self.tr("再試行"), self)
        self.retry_button.clicked.connect(self.retryRequested)
        self.copy_button = QPushButton(self.tr("コピー"), self)
        self.copy_button.clicked.connect(self.copy_all)
        self.save_button = QPushButton(self.tr("保存…"), self)
        self.save_button.clicked.connect(self._save_clicked)

        self.used_button = QPushButton(self.tr("使用した"), self)
        self.edited_button = QPushButton(self.tr("編集して使用"), self)
        self.discarded_button = QPushButton(self.tr("使わなかった"), self)
        self.used_button.clicked.connect(lambda: self.choose_outcome("used"))
        self.edited_button.clicked.connect(lambda: self.choose_outcome("edited"))
        self.discarded_button.clicked.connect(lambda: self.choose_outcome("discarded"))
        self.minutes = QDoubleSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setDecimals(0)
        self.minutes.setSuffix(self.tr(" 分"))
        self.minutes.setToolTip(self.tr("手作業なら何分かかったか（時間削減の計算に使います）"))
        self.minutes_label = QLabel(self.tr("手作業なら:"), self)

        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush)

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.incomplete_label)
        top.addWidget(self.retry_button)
        self.retry_button.setVisible(False)  # shown once there is something to retry
        top.addWidget(self.stop_button)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        actions.addWidget(self.usage_label)
        # The outcome row wraps onto a second line on a narrow window (a 1366x768 office
        # display, Windows' wider UI font) instead of widening the pane and squeezing the
        # template list; "手作業なら: [n 分]" stays one piece.
        self.outcome_row = QWidget(self)
        outcome = FlowLayout(self.outcome_row, spacing=6)
        minutes_box = QWidget(self.outcome_row)
        minutes_layout = QHBoxLayout(minutes_box)
        minutes_layout.setContentsMargins(12, 0, 0, 0)
        minutes_layout.addWidget(self.minutes_label)
        minutes_layout.addWidget(self.minutes)
        for w in (self.used_button, self.edited_button, self.discarded_button, minutes_box):
            outcome.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.text, 1)
        layout.addLayout(actions)
        layout.addWidget(self.outcome_row)
        self._set_idle(has_answer=False)

    # State ------------------------------------------------------------------------------
    def _set_idle(self, *, has_answer: bool) -> None:
        self.stop_button.setEnabled(False)
        for w in (self.copy_button, self.save_button, self.used_button, self.edited_button,
                  self.discarded_button, self.minutes):
            w.setEnabled(has_answer)
        self.text.setReadOnly(not has_answer)

    @property
    def streaming(self) -> bool:
        return self._streaming

    def answer_text(self) -> str:
        """The answer as Markdown (with the clerk's edits)."""
        return self.text.markdown()

    def set_task_info(self, *, manual_minutes: float | None, output_kind: str = "text",
                      title: str = "") -> None:
        self._default_minutes = manual_minutes
        self._output_kind = output_kind
        self._title = title
        self.minutes.setValue(manual_minutes or 0)

    def begin(self, request_count: int = 1, *, estimated_tokens: int | None = None,
              estimated_cost_jpy: float | None = None) -> None:
        """A request starts: clear, enable Stop, show progress for multi-part requests."""
        self._flush_timer.stop()
        self._pending.clear()
        self.text.clear_answer()
        self._outcome_sent = False
        self._streaming = True
        self.incomplete_label.setVisible(False)
        self.retry_button.setVisible(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("回答を待っています…"))
        self.progress.setVisible(request_count > 1)
        self.progress.setRange(0, max(1, request_count))
        self.progress.setValue(0)
        if estimated_tokens is not None:
            self.usage_label.setText(self.tr("見込み: 入力 約 {0} トークン・約 {1} 円").format(
                f"{estimated_tokens:,}", f"{estimated_cost_jpy or 0:.2f}"))
        self._set_idle(has_answer=False)
        self.stop_button.setEnabled(True)

    @Slot(str)
    def append_chunk(self, text: str) -> None:
        self._pending.append(text)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    @Slot(int, int)
    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if total > 1:
            self.progress.setVisible(True)
            self.status.setText(self.tr("長い文書を分けて処理しています（{0}/{1}）").format(
                done, total))

    def _flush(self) -> None:
        if not self._pending:
            self._flush_timer.stop()
            return
        chunk = "".join(self._pending)
        self._pending.clear()
        self.text.append_markdown(chunk)
        if self._streaming and self.status.text() == self.tr("回答を待っています…"):
            self.status.setText(self.tr("受信中…"))

    def finish(self, result: Any) -> None:
        """A ``TaskResult`` arrived: final text, usage and cost, error and incomplete marker."""
        self._flush()
        self._flush_timer.stop()
        self._streaming = False
        if result.output != self.text.markdown():
            # Non-streamed answers, or a tail the stream did not deliver: show the whole text.
            self.text.set_markdown(result.output)
        self.text.complete()
        usage = result.usage
        estimated = self.tr("（推定）") if getattr(usage, "estimated", False) else ""
        if getattr(result, "provider", "") in UNBILLED_PROVIDERS:
            # The web chat the relay pastes into is not billed through this app.
            self.usage_label.setText(self.tr("入力 {0}・出力 {1} トークン{2}・費用なし（クリップボード経由）"
                                             ).format(f"{usage.prompt_tokens:,}",
                                                      f"{usage.completion_tokens:,}", estimated))
        else:
            self.usage_label.setText(self.tr("入力 {0}・出力 {1} トークン{2}・約 {3} 円").format(
                f"{usage.prompt_tokens:,}", f"{usage.completion_tokens:,}", estimated,
                f"{result.cost_jpy:.2f}"))
        self.progress.setVisible(False)
        self.incomplete_label.setVisible(bool(result.incomplete))
        has_answer = bool(result.output)
        self._set_idle(has_answer=has_answer)
        # What the clerk should know about how the answer was made (a long document split again,
        # a part cut by its answer budget): said under the status, never only in a log.
        notes = [str(n) for n in getattr(result, "notes", None) or ()]
        if result.error is not None:
            self._show_error(result.error)
            if notes:
                self.status.setText("\n".join([self.status.text(), *notes]))
        else:
            self.status.setStyleSheet("color: #8a5a00;" if notes else "")
            self.status.setText("\n".join([self.tr("回答が届きました。"), *notes]))

    def show_error(self, error: BaseException) -> None:
        """A failure before any answer (e.g. while preparing)."""
        self._flush_timer.stop()
        self._streaming = False
        self.progress.setVisible(False)
        self._set_idle(has_answer=bool(self.text.markdown()))
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            message = error.user_message
        else:
            message = self.tr("予期しないエラーが発生しました（{0}）"
                              "。").format(type(error).__name__)
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(message)
        kind = getattr(error, "kind", "")
        self.retry_button.setVisible(getattr(error, "retryable_by_user", True)
                                     or kind == "cancelled")

    # Actions ----------------------------------------------------------------------------
    @Slot()
    def stop(self) -> None:
        if self._streaming:
            self.status.setText(self.tr("停止しています…"))
            self.stop_button.setEnabled(False)
            self.stopRequested.emit()

    def _auto_outcome(self) -> None:
        if not self._outcome_sent:
            self.choose_outcome("edited" if self.text.edited else "used")

    @Slot()
    def answer_used(self) -> None:
        """The answer was taken into work elsewhere (a follow-up's answer copied, the thread
        saved): the task counts as used, unless the clerk already said how it went."""
        self._auto_outcome()

    @Slot()
    def copy_all(self) -> None:
        """Rich text (Word, Outlook) and plain text without Markdown marks, both at once."""
        self._clipboard.setMimeData(rich_mime(self.answer_text(), self))
        self.status.setText(self.tr("回答をクリップボードにコピーしました（書式付き）。"))
        self._auto_outcome()

    def choose_outcome(self, outcome: str) -> None:
        value = float(self.minutes.value())
        corrected = None if self._default_minutes is not None and \
            value == float(self._default_minutes) else value
        self._outcome_sent = True
        self.outcomeChosen.emit(outcome, corrected)

    def _ask_save_path(self, parent: QWidget, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            parent, self.tr("回答を保存"), suggested,
            self.tr("Word 文書 (*.docx);;テキスト (*.txt)"))
        return path

    def _save_clicked(self) -> None:
        path = self._save_dialog(self, (self._title or self.tr("回答")) + ".docx")
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> Path | None:
        from desktop.core.documents import save_docx, save_txt
        from desktop.core.tasks import kind_for

        text = self.answer_text()
        try:
            if path.suffix.lower() == ".txt":
                saved = save_txt(markdown.to_plain(text), path)
            else:
                saved = save_docx(text, path.with_suffix(".docx"),
                                  layout=kind_for(self._output_kind).docx_layout,
                                  title=self._title or None)
        except (UserFacingError, OSError) as exc:
            self._show_error(exc if isinstance(exc, UserFacingError) else UserFacingError(
                self.tr("ファイルを保存できませんでした。保存先を確認してください。"),
                detail=type(exc).__name__))
            return None
        self.status.setStyleSheet("")
        self.status.setText(self.tr("保存しました: {0}").format(saved.name))
        self._auto_outcome()
        return saved
