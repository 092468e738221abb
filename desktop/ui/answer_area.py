"""The right of the main window: the answer, the current kind's result view, the follow-up
thread under the answer, and code blocks found in the answer (VBA: shown to copy, never run).

A new template starts with a fresh answer pane, so the previous template's answer or error does
not stay beside the new form. A kind's result view (``kind_views``) is built the first time its
kind is chosen, and shown with an answer of that kind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.answer_panel import AnswerPanel
from desktop.ui.code_blocks import CodeBlocksView
from desktop.ui.kind_views import ViewContext, views_for
from desktop.ui.thread_view import ThreadView

if TYPE_CHECKING:  # the pipeline pulls in the network stack: not needed to show the window
    from desktop.core.pipeline import Pipeline, PreparedTask, TaskResult


class AnswerArea(QWidget):
    stopRequested = Signal()
    retryRequested = Signal()
    outcomeChosen = Signal(str, object)  # as AnswerPanel.outcomeChosen
    threadBusy = Signal(bool)  # a follow-up is being asked: no new first request meanwhile

    def __init__(self, runner: object, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = ViewContext(runner, lang)
        self._lang = lang
        self._kind = ""
        self._results: dict[str, QWidget] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.answer: AnswerPanel = self._new_panel()
        self._layout.addWidget(self.answer, 3)
        self.thread_view = ThreadView(runner, self)
        self.thread_view.busyChanged.connect(self.threadBusy)
        self.thread_view.answerUsed.connect(lambda _outcome: self.answer.answer_used())
        self._layout.addWidget(self.thread_view, 2)
        self.thread_view.hide()  # shown once there is an answer to follow up
        self.code_blocks = CodeBlocksView(self)
        self.code_blocks.hide()
        self._layout.addWidget(self.code_blocks, 2)

    def _new_panel(self) -> AnswerPanel:
        panel = AnswerPanel(self)
        panel.stopRequested.connect(self.stopRequested)
        panel.retryRequested.connect(self.retryRequested)
        panel.outcomeChosen.connect(self.outcomeChosen)
        return panel

    def result_view(self) -> QWidget | None:
        """The current kind's result view, if it registered one."""
        return self._results.get(self._kind)

    def new_task(self, kind: str) -> None:
        """A template was chosen: nothing of the previous answer, error or result stays."""
        self._kind = kind
        factory = views_for(kind).result
        if factory is not None and kind not in self._results:
            view = factory(self._context, self)
            self._layout.insertWidget(1, view, 2)
            self._results[kind] = view
        for view in self._results.values():
            view.clear()  # type: ignore[attr-defined]
            view.hide()  # shown with the answer it is about
        if self.answer.answer_text() or self.answer.status.text():
            old, self.answer = self.answer, self._new_panel()
            self._layout.replaceWidget(old, self.answer)
            self._layout.setStretchFactor(self.answer, 3)
            old.hide()
            old.deleteLater()
        self.code_blocks.set_blocks([])
        self.thread_view.clear()
        self.thread_view.hide()

    def start(self, prepared: PreparedTask) -> None:
        template = prepared.template
        self.answer.set_task_info(manual_minutes=template.manual_minutes,
                                  output_kind=template.output,
                                  title=template.display_title(self._lang))
        self.answer.begin(prepared.request_count, estimated_tokens=prepared.estimated_prompt_tokens,
                          estimated_cost_jpy=prepared.estimated_cost_jpy)
        view = self.result_view()
        if view is not None:
            view.clear()  # type: ignore[attr-defined]
            view.hide()
        self.thread_view.clear()  # a new first request (or its retry) starts a new thread
        self.thread_view.hide()

    def finish(self, sent: PreparedTask | None, result: TaskResult,
               pipeline: Pipeline | None = None) -> None:
        """The first answer is in: its kind's view, and follow-ups build on it."""
        self.answer.finish(result)
        if pipeline is not None and sent is not None and result.masked_output:
            self.thread_view.start(pipeline, sent, result,
                                   title=sent.template.display_title(self._lang))
            self.thread_view.show()
        view = self.result_view()
        if view is not None and sent is not None and result.output:
            view.show_task_result(sent, result)  # type: ignore[attr-defined]
            view.show()
        from desktop.core.excel.integration import extract_vba

        self.code_blocks.set_blocks(extract_vba(result.output) if result.output else [])
