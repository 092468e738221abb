"""Follow-up questions under an answer: the turns of a ``desktop.core.conversation.Thread``.

The first answer stays in the ``AnswerPanel`` above; this view lists the follow-ups (question,
what was left out of the request, the answer formatted as it streams, copy) and has the input
(Ctrl+Enter sends), Stop, Retry, 最初からやり直す and 会話を保存. Every request runs on the
``TaskRunner``: masking the question and sending it never block the UI thread.

Wiring (the main window): after the first answer arrives, ``start(pipeline, prepared, result,
title=...)``; on a new task or template, ``clear()``. ``answerUsed("used")`` means the clerk
copied or saved an answer of the thread: the task's outcome, as the answer panel's copy is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserFacingError
from desktop.ui.markdown_view import rich_mime
from desktop.ui.turn_view import (
    ERROR_STYLE,
    NOTICE_STYLE,
    Batcher,
    TurnView,
    error_message,
    translated,
)

if TYPE_CHECKING:
    # Imported where a thread starts: the conversation module brings the whole pipeline (and the
    # masker) with it, which the window's UI thread must not import (a worker is loading them).
    from desktop.core.conversation import Thread, Turn

log = logging.getLogger(__name__)



class ThreadView(QWidget):
    busyChanged = Signal(bool)
    turnFinished = Signal(object)  # Turn (its result inside; an error too)
    answerUsed = Signal(str)  # "used": an answer of the thread was copied or the thread saved

    def __init__(self, runner: Any, parent: QWidget | None = None, *,
                 clipboard: QClipboard | None = None,
                 save_dialog: Callable[[QWidget, str], str] | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._save_dialog = save_dialog or self._ask_save_path
        self._thread: Thread | None = None
        self._pipeline: Any = None
        self._handle: Any = None
        self._current: TurnView | None = None
        self._views: list[TurnView] = []
        self._generation = 0

        self.caption = QLabel(self.tr("この回答に続けて質問できます（例:「もっと短く」「です・ます調で」）。"
                                      "個人情報は最初の依頼と同じ記号でマスクして送ります。"), self)
        self.caption.setWordWrap(True)
        self._inner = QWidget()
        self._list = QVBoxLayout(self._inner)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self._inner)
        self.scroll.setVisible(False)

        self.input = QPlainTextEdit(self)
        self.input.setPlaceholderText(self.tr("続けて質問する（Ctrl+Enter で送信）"))
        self.input.setAccessibleName(self.tr("続けて質問する"))
        self.input.setFixedHeight(self.input.fontMetrics().lineSpacing() * 3 + 14)
        self.input.installEventFilter(self)
        self.send_button = QPushButton(self.tr("送信"), self)
        self.send_button.setToolTip(self.tr("続けて質問します（Ctrl+Enter）"))
        self.send_button.clicked.connect(self.send)
        self.stop_button = QPushButton(self.tr("停止"), self)
        self.stop_button.clicked.connect(self.stop)
        self.retry_button = QPushButton(self.tr("再試行"), self)
        self.retry_button.setToolTip(self.tr("最後の質問をもう一度送ります"))
        self.retry_button.clicked.connect(self.retry)
        self.restart_button = QPushButton(self.tr("最初からやり直す"), self)
        self.restart_button.setToolTip(self.tr("続けた質問を消して、最初の回答から質問し直します"))
        self.restart_button.clicked.connect(self.restart)
        self.save_button = QPushButton(self.tr("会話を保存…"), self)
        self.save_button.clicked.connect(self._save_clicked)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restart_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.input)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._update_buttons()

    # State ------------------------------------------------------------------------------
    @property
    def thread(self) -> Thread | None:
        return self._thread

    @property
    def pipeline(self) -> Any:
        """The pipeline the current thread's turns go through (None without a thread)."""
        return self._pipeline

    @property
    def busy(self) -> bool:
        return self._handle is not None and not self._handle.done

    def turn_views(self) -> list[TurnView]:
        return list(self._views)

    def _update_buttons(self) -> None:
        busy = self.busy
        has_thread = self._thread is not None
        last = self._thread.last if has_thread else None
        relay = has_thread and getattr(self._pipeline.settings, "provider", "") == "clipboard"
        self.input.setEnabled(has_thread and not relay)
        self.send_button.setEnabled(has_thread and not busy and not relay)
        self.stop_button.setEnabled(busy)
        self.retry_button.setVisible(bool(
            has_thread and not busy and len(self._thread.turns) > 1 and last is not None
            and last.result is not None and (last.result.error is not None)))
        self.restart_button.setEnabled(has_thread and not busy and bool(self._views))
        self.save_button.setEnabled(has_thread and not busy)

    def _set_status(self, text: str, style: str = "") -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    # Starting and ending a thread ------------------------------------------------------------
    def start(self, pipeline: Any, prepared: Any, result: Any, *, title: str = "") -> None:
        """The first answer arrived: follow-ups now build on it."""
        self.stop()
        self._remove_views()
        self._generation += 1
        self._handle = None
        self._pipeline = pipeline
        from desktop.core.conversation import Thread

        self._thread = Thread(pipeline, prepared, result, title=title)
        self._set_status("")
        self._update_buttons()
        if getattr(pipeline.settings, "provider", "") == "clipboard":
            # The relay's web chat keeps its own conversation: follow up there.
            self.input.setEnabled(False)
            self.send_button.setEnabled(False)
            self._set_status(self.tr("クリップボード経由のときは、続けての質問は Web チャットの画面で"
                                     "行ってください。"))

    def clear(self) -> None:
        """No thread (a new task, another template): the turns are forgotten."""
        self.stop()
        self._remove_views()
        self._generation += 1
        self._handle = None
        self._thread = None
        self._pipeline = None
        self.input.clear()
        self._set_status("")
        self._update_buttons()

    def _remove_views(self) -> None:
        for view in self._views:
            self._list.removeWidget(view)
            view.deleteLater()
        self._views.clear()
        self._current = None
        self.scroll.setVisible(False)

    # Keyboard ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() in (QEvent.Type.ShortcutOverride,
                                                       QEvent.Type.KeyPress):
            key_event = event if isinstance(event, QKeyEvent) else None
            if key_event is not None and key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and key_event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                # Claim Ctrl+Enter from the window's own shortcut while typing a follow-up.
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.send()
                return True
        return super().eventFilter(watched, event)

    # Sending -------------------------------------------------------------------------------
    @Slot()
    def send(self) -> None:
        if self._thread is None or self.busy:
            return
        text = self.input.toPlainText()
        if not text.strip():
            self._set_status(self.tr("質問を入力してください。"), ERROR_STYLE)
            return
        thread = self._thread

        def prepare(_ctx: Any) -> Turn:
            return thread.prepare_next(text)  # masking runs here, off the UI thread

        self._run(prepare, new_question=text)

    @Slot()
    def retry(self) -> None:
        if self._thread is None or self.busy or len(self._thread.turns) < 2:
            return
        turn = self._thread.retry()
        self._run(lambda _ctx: turn, new_question=None)

    def _run(self, make_turn: Callable[[Any], Turn], *, new_question: str | None) -> None:
        pipeline = self._pipeline
        generation = self._generation  # a request of a thread that was cleared meanwhile is dropped

        def work(ctx: Any) -> tuple[int, Turn | None, Any, BaseException | None]:
            try:
                turn = make_turn(ctx)
            except Exception as exc:  # nothing was sent: an empty or blocked question...
                return generation, None, None, exc
            ctx.emit(("turn", turn))
            batcher = Batcher(ctx.emit)
            try:
                result = pipeline.execute(turn.prepared, on_chunk=batcher.add,
                                          cancel_event=ctx.cancel_event, success_outcome="used")
            finally:
                batcher.flush()
            return generation, turn, result, None

        def on_event(event: Any) -> None:
            if generation != self._generation:
                return
            if event[0] == "turn":
                self._begin_turn(event[1], retry=new_question is None)
            elif event[0] == "chunk" and self._current is not None:
                self._current.append(event[1])

        self._set_status(self.tr("送信しています…"))
        self.busyChanged.emit(True)
        # A bound method: the runner drops the callback if this view is deleted first.
        handle = self._runner.run(work, self._on_done, on_event)
        if not handle.done:  # a synchronous runner has already delivered the result
            self._handle = handle
        self._update_buttons()

    def _begin_turn(self, turn: Turn, *, retry: bool) -> None:
        if retry and self._views:
            self._current = self._views[-1]
            self._current.restart()
        else:
            self._current = TurnView(len(self._thread.turns) + 1 if self._thread else 2,
                                     turn.question, self._inner)
            self._current.copyRequested.connect(self._copy_turn)
            self._list.insertWidget(self._list.count() - 1, self._current)
            self._views.append(self._current)
            self.input.clear()
        self.scroll.setVisible(True)
        notice = translated(turn.notice_template).format(count=turn.notice_count) \
            if turn.notice_template else ""
        self._current.set_notice(notice)
        self._set_status(notice or self.tr("回答を受信しています…（停止で中止）"),
                         NOTICE_STYLE if notice else "")
        self._scroll_to_end()

    def _on_done(self, value: Any, error: BaseException | None) -> None:
        generation, turn, result, refused = value if value is not None else (
            self._generation, None, None, None)
        if generation != self._generation:
            return  # a request of a thread cleared meanwhile (another template, a new task)
        self._handle = None
        self.busyChanged.emit(False)
        error = error or refused
        if error is not None:
            # Nothing was sent (an empty or blocked question...): the question stays typed.
            log.info("follow-up not sent: %s", type(error).__name__)
            self._set_status(error_message(error), ERROR_STYLE)
            self._update_buttons()
            return
        recorded = self._thread.record(turn, result) if self._thread is not None else turn
        if self._current is not None:
            self._current.finish(recorded)
        if result.error is None:
            self._set_status(self.tr("回答が届きました。続けて質問できます。"))
        else:
            self._set_status(error_message(result.error), ERROR_STYLE)
        self._update_buttons()
        self._scroll_to_end()
        self.turnFinished.emit(recorded)

    def _scroll_to_end(self) -> None:
        bar = self.scroll.verticalScrollBar()
        bar.setValue(bar.maximum())

    @Slot()
    def stop(self) -> None:
        """The answer stops within a moment; what arrived is kept and can be followed up."""
        if self.busy:
            self._handle.cancel()
            self._set_status(self.tr("停止しています…"))

    @Slot()
    def restart(self) -> None:
        if self._thread is None or self.busy:
            return
        self._thread.restart()
        self._remove_views()
        self._set_status(self.tr("続けた質問を消しました。最初の回答から質問し直せます。"))
        self._update_buttons()

    # Copy and save ---------------------------------------------------------------------------
    def _copy_turn(self, view: TurnView) -> None:
        self._clipboard.setMimeData(rich_mime(view.answer_text(), self))
        self._set_status(self.tr("質問 {0} の回答をコピーしました（書式付き）。").format(view.number))
        self.answerUsed.emit("used")

    def _ask_save_path(self, parent: QWidget, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            parent, self.tr("会話を保存"), suggested,
            self.tr("Word 文書 (*.docx);;テキスト (*.txt)"))
        return path

    def _save_clicked(self) -> None:
        if self._thread is None:
            return
        name = (self._thread.title or self.tr("会話")) + self.tr("（会話）") + ".docx"
        path = self._save_dialog(self, name)
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> Path | None:
        """Only here, on the clerk's request, is the thread's text written anywhere."""
        if self._thread is None:
            return None
        try:
            saved = self._thread.save(path)
        except (UserFacingError, OSError) as exc:
            message = error_message(exc) if isinstance(exc, UserFacingError) else self.tr(
                "ファイルを保存できませんでした。保存先を確認してください。")
            self._set_status(message, ERROR_STYLE)
            return None
        self._set_status(self.tr("会話を保存しました: {0}").format(saved.name))
        self.answerUsed.emit("used")
        return saved
