"""The request/answer state machine of the main window, without a widget.

One task: input → (Ctrl+Enter) prepare + mask on a worker → preview of exactly what will be sent
→ (Ctrl+Enter again) send → streamed answer → the clerk's outcome → usage log. The presenter
holds that state (what is prepared, whether the preview is stale, busy, answered, the usage event
waiting for an outcome) and says by signal what the window should show; the window only lays out
widgets, forwards the clerk's actions here and shows what it is told. Tests drive it through its
public API with no widget at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop.core.budget import BudgetStatus, MonthlyBudgetExceeded, budget_status
from desktop.core.errors import UserFacingError
from desktop.core.usage import ActiveTimer
from desktop.ui.request_controller import RequestController

if TYPE_CHECKING:
    from desktop.core.pipeline import Pipeline, PreparedTask, TaskResult
    from desktop.core.templates import Template
    from desktop.core.usage import UsageStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InputSnapshot:
    """What the clerk entered for the current template, and what is wrong with it (Japanese)."""

    values: dict[str, str] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


class RequestPresenter(QObject):
    busyChanged = Signal(bool)
    stateChanged = Signal()  # can_send / send_stage / ready changed: re-enable, relabel
    statusMessage = Signal(str, int)  # text ("" clears), timeout in ms (0: until replaced)
    warningRaised = Signal(str)  # a modal warning the clerk must read
    inputRejected = Signal(list)  # problems with the input: show the input
    previewReady = Signal(object)  # PreparedTask: show what will be sent
    previewUpdated = Signal(object)  # PreparedTask after the clerk released/added findings
    previewRestore = Signal(object)  # PreparedTask: an edit failed, show this one again
    answerStarted = Signal(object)  # PreparedTask about to be answered
    chunk = Signal(str)
    progress = Signal(int, int)
    answerFinished = Signal(object)  # TaskResult, with the PreparedTask as ``last_sent``
    failed = Signal(object)  # UserFacingError to show where the answer goes
    relayRequested = Signal(object)  # PreparedTask: run the clipboard relay, then relay_*()
    budgetChanged = Signal(object, bool)  # BudgetStatus | None, unknown
    outcomeRecorded = Signal(str)  # event id: time to export

    def __init__(self, runner: Any, read_input: Callable[[], InputSnapshot], *,
                 clock: Callable[[], datetime] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._read_input = read_input
        self._clock = clock or (lambda: datetime.now().astimezone())
        self._pipeline: Pipeline | None = None
        self._usage: UsageStore | None = None
        self._controller: RequestController | None = None
        self._template: Template | None = None
        self._prepared: PreparedTask | None = None
        self._last_sent: PreparedTask | None = None
        self._preview_stale = True
        self._busy = False
        self._masker_ready = False
        self._masker_error = ""
        self._preview_generation = 0
        self._pending_event: str | None = None  # answered, outcome not chosen yet
        self._rated_event: str | None = None  # outcome chosen; a later click corrects it
        self._answered = False  # the prepared task got its answer: Ctrl+Enter starts anew
        self._budget: BudgetStatus | None = None
        self._timer = ActiveTimer()

    # Read-only state ------------------------------------------------------------------------
    @property
    def template(self) -> Template | None:
        return self._template

    @property
    def prepared(self) -> PreparedTask | None:
        """What will be sent (None until the preview is prepared, and after an input change)."""
        return self._prepared

    @property
    def last_sent(self) -> PreparedTask | None:
        return self._last_sent

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def masker_ready(self) -> bool:
        return self._masker_ready

    @property
    def masker_error(self) -> str:
        return self._masker_error

    @property
    def ready(self) -> bool:
        """The pipeline is built and the masker has loaded (or is known to be unusable, which
        the pipeline then says): a request can be prepared."""
        return self._pipeline is not None and (self._masker_ready or bool(self._masker_error))

    @property
    def pending_event(self) -> str | None:
        """The usage event of the answer shown, while the clerk has not chosen its outcome."""
        return self._pending_event

    @property
    def answered(self) -> bool:
        return self._answered

    @property
    def pipeline(self) -> Pipeline | None:
        return self._pipeline

    @property
    def usage(self) -> UsageStore | None:
        return self._usage

    @property
    def can_send(self) -> bool:
        return self._template is not None and self.ready and not self._busy

    @property
    def will_send(self) -> bool:
        """The next Ctrl+Enter sends (True) or prepares the preview first (False)."""
        return self._prepared is not None and not self._preview_stale and not self._answered

    # Wiring -----------------------------------------------------------------------------
    def set_parts(self, pipeline: Pipeline, usage: UsageStore | None, masker_error: str) -> None:
        """The pipeline (and what it logs to) arrived or was rebuilt after a settings change;
        a running request finishes on the old one."""
        self._pipeline, self._usage, self._masker_error = pipeline, usage, masker_error
        if self._controller is None:
            self._controller = RequestController(pipeline, self._runner, self)
            self._controller.prepared.connect(self._on_prepared)
            self._controller.chunk.connect(self.chunk)
            self._controller.progress.connect(self.progress)
            self._controller.finished.connect(self._on_finished)
            self._controller.failed.connect(self._on_failed)
        else:
            self._controller.set_pipeline(pipeline)
        self.invalidate()

    def set_masker_ready(self, ready: bool, error: str = "") -> None:
        self._masker_ready = ready
        if error:
            self._masker_error = error
        self.stateChanged.emit()

    # The clerk's actions --------------------------------------------------------------------
    def select_template(self, template: Template) -> None:
        """A new task starts with this template (an unrated answer counts as discarded)."""
        self.finish_pending_task()
        self._template = template
        self.invalidate()
        self._timer = ActiveTimer()
        self._timer.start()

    def clear_template(self) -> None:
        """The current template may have changed on disk: the next selection loads it anew."""
        self.finish_pending_task()
        self._template = None
        self.invalidate()

    @Slot()
    def input_changed(self) -> None:
        self.invalidate()
        self.touch()

    def invalidate(self) -> None:
        self._prepared = None
        self._preview_stale = True
        self.stateChanged.emit()

    @Slot()
    def request_preview(self) -> None:
        if self._template is None or self._busy or self._controller is None or not self.ready:
            return
        snapshot = self._read_input()
        if snapshot.problems:
            self.inputRejected.emit(list(snapshot.problems))
            self.statusMessage.emit("　".join(snapshot.problems), 10000)
            return
        self._set_busy(True, self.tr("個人情報を検出しています…"))
        self._controller.prepare(self._template, snapshot.values, snapshot.files)

    @Slot()
    def send_or_preview(self) -> None:
        if self._busy:
            return
        if not self.will_send:
            # After an answer, Ctrl+Enter checks again instead of silently paying for a
            # second request and wiping the answer; 再試行 re-sends deliberately.
            self.request_preview()
            return
        self.send()

    def send(self) -> None:
        prepared = self._prepared
        if prepared is None or self._busy or self._pipeline is None or self._controller is None:
            return
        try:
            self._pipeline.check_can_send()  # the pipeline's own fail-closed rule (policy, masker)
        except UserFacingError as exc:
            self.warningRaised.emit(exc.user_message)
            return
        if self._pipeline.settings.provider == "clipboard":
            self.relayRequested.emit(prepared)
            return
        if (self._budget is not None and self._budget.level == "exceeded"
                and self._budget.same_month(self._clock())):
            # Known used up: say so without touching the last answer (the pipeline also refuses).
            self._on_failed(MonthlyBudgetExceeded(self._budget))
            return
        self._start_answer(prepared)
        self._set_busy(True, self.tr("回答を受信しています…（Esc で中止）"))
        self._controller.execute(prepared)

    @Slot()
    def retry(self) -> None:
        if self._prepared is not None and not self._busy:
            self.send()

    @Slot()
    def stop(self) -> None:
        if self._busy and self._controller is not None:
            self._controller.stop()
            self.statusMessage.emit(self.tr("中止しています…"), 3000)

    def edit_preview(self, entities: Sequence[Any]) -> None:
        """The clerk released or added a finding: re-mask (and re-split a long document) on a
        worker. Sending waits for it, so what is sent is exactly what the preview shows."""
        self.touch()
        prepared, pipeline = self._prepared, self._pipeline
        if prepared is None or pipeline is None:
            return
        self._preview_generation += 1
        generation = self._preview_generation
        chosen = list(entities)
        self._set_busy(True, self.tr("送信内容を更新しています…"))

        def done(result: Any, error: BaseException | None) -> None:
            if generation != self._preview_generation:
                return  # a later edit superseded this one
            self._set_busy(False)
            if error is not None:
                self.warningRaised.emit(getattr(error, "user_message", type(error).__name__))
                self.previewRestore.emit(prepared)
                return
            self._prepared = result
            self.previewUpdated.emit(result)
            self.stateChanged.emit()

        self._runner.run(lambda _ctx: pipeline.apply_preview(prepared, chosen), done)

    # The clipboard relay (the window runs the dialog) ------------------------------------
    def relay_answered(self, prepared: PreparedTask, result: TaskResult) -> None:
        self._start_answer(prepared)
        self._on_finished(result)

    def relay_cancelled(self) -> None:
        # The previous answer and its record stay as they were.
        self.statusMessage.emit(self.tr("クリップボード経由の依頼を取り消しました。"), 6000)

    def relay_failed(self, error: BaseException) -> None:
        self._on_failed(error)

    # Outcome and the usage log -----------------------------------------------------------
    def record_outcome(self, outcome: str, manual_minutes: float | None = None) -> None:
        event = self._pending_event or self._rated_event
        if event is None or self._usage is None:
            return
        active = None  # a correction keeps the active time already recorded
        if self._pending_event is not None:
            self._timer.stop()
            active = self._timer.active_seconds
        try:
            self._usage.set_outcome(event, outcome, manual_minutes=manual_minutes,
                                    active_seconds=active)
        except Exception as exc:  # the log must never take the clerk's answer down with it
            log.error("could not record outcome: %s", type(exc).__name__)
            self.statusMessage.emit(
                self.tr("利用記録を保存できませんでした（回答はそのまま使えます）。"), 8000)
            return
        self._pending_event = None
        self._rated_event = event
        self.statusMessage.emit(self.tr("記録しました。"), 4000)
        self.outcomeRecorded.emit(event)

    def finish_pending_task(self) -> None:
        """A new task starts: an answer the clerk neither used nor rated counts as discarded."""
        if self._pending_event is None:
            return
        self._timer.stop()
        if self._usage is not None:
            try:
                self._usage.set_outcome(self._pending_event, "discarded",
                                        active_seconds=self._timer.active_seconds)
            except Exception as exc:
                log.error("could not finalise task: %s", type(exc).__name__)
        self._pending_event = None

    # Active time ----------------------------------------------------------------------------
    def touch(self) -> None:
        """The clerk did something: a task runs from the first interaction to its outcome."""
        if self._timer.running:
            self._timer.activity()
        elif self._template is not None:
            self._timer.start()

    def window_activated(self, active: bool) -> None:
        if active:
            self._timer.window_activated()
        else:
            self._timer.window_deactivated()

    # IT's monthly budget --------------------------------------------------------------------
    def refresh_budget(self, *, announce: bool = False) -> None:
        """Read this month's use on a worker; report what is left, and warn when ``announce``."""
        if self._pipeline is None:
            return
        settings, usage, now = self._pipeline.settings, self._usage, self._clock()

        def done(status: Any, error: BaseException | None) -> None:
            if isinstance(error, MonthlyBudgetExceeded):
                self._on_budget_stop(error)
                return
            self._budget = status
            self.budgetChanged.emit(status, False)
            if announce and status is not None and status.warning():
                self.statusMessage.emit(status.warning(), 20000)

        self._runner.run(lambda _ctx: budget_status(settings, usage, now), done)

    def _on_budget_stop(self, error: BaseException) -> None:
        if isinstance(error, MonthlyBudgetExceeded):
            self._budget = error.status
            self.budgetChanged.emit(error.status, error.status is None)

    # Results ------------------------------------------------------------------------------
    def _start_answer(self, prepared: PreparedTask) -> None:
        self.finish_pending_task()
        self._rated_event = None
        self._last_sent = prepared
        self.answerStarted.emit(prepared)

    @Slot(object)
    def _on_prepared(self, prepared: PreparedTask) -> None:
        self._set_busy(False)
        self._prepared = prepared
        self._preview_stale = False
        self._answered = False
        self.previewReady.emit(prepared)
        self.stateChanged.emit()

    @Slot(object)
    def _on_finished(self, result: TaskResult) -> None:
        self._set_busy(False)
        self._answered = True
        self._pending_event = result.event_id if result.ok or result.incomplete else None
        self.answerFinished.emit(result)
        if result.error is not None:
            self.statusMessage.emit(result.error.user_message, 15000)
        else:
            self.statusMessage.emit(
                self.tr("回答を受信しました。使ったかどうかを右下で選んでください。"), 8000)
        self.stateChanged.emit()
        self.refresh_budget(announce=True)  # after the message: a budget warning stays

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        message = getattr(error, "user_message", None)
        if message is None:
            log.error("task failed: %s", type(error).__name__)
            message = self.tr("処理中に予期しないエラーが発生しました（{kind}）。入力内容はそのまま残っています。"
                              ).format(kind=type(error).__name__)
        self.failed.emit(error if isinstance(error, UserFacingError) else UserFacingError(message))
        self.statusMessage.emit(message, 15000)
        self._on_budget_stop(error)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        if message:
            self.statusMessage.emit(message, 0)
        elif not busy:
            self.statusMessage.emit("", 0)
        self.busyChanged.emit(busy)
        self.stateChanged.emit()
