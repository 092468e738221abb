"""The usage log lines of the pipeline: counts, times and identifiers, never text."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from desktop.core.budget import SpendSource
from desktop.core.llm.errors import error_kind
from desktop.core.settings import Settings
from desktop.core.tasks.model import PreparedTask, TaskResult

if TYPE_CHECKING:
    from desktop.core.templates.model import Template
    from desktop.core.usage.model import UsageEvent

log = logging.getLogger(__name__)


class UsageRecorder(SpendSource, Protocol):
    """The part of ``UsageStore`` the pipeline uses: it records, and the monthly budget check
    reads what the month has spent."""

    def record(self, event: UsageEvent) -> None: ...


class UsageLog:
    def __init__(self, settings: Settings, usage: UsageRecorder | None,
                 clock: Callable[[], datetime]) -> None:
        self.settings = settings
        self._usage = usage
        self._clock = clock

    def record(self, prepared: PreparedTask, result: TaskResult, started_at: datetime,
                seconds: float, success_outcome: str) -> None:
        if self._usage is None:
            return
        from desktop.core.usage.model import UsageEvent

        if result.error is None:
            outcome = success_outcome
        elif result.incomplete and success_outcome == "pending":
            outcome = "pending"  # the clerk may still use the partial answer
        else:
            outcome = "error"
        try:
            self._usage.record(UsageEvent(
                event_id=result.event_id, template_id=prepared.template.id,
                template_version=int(prepared.template.version), provider=result.provider,
                started_at=started_at, ended_at=self._clock(), active_seconds=round(seconds, 3),
                outcome=outcome, error_kind=error_kind(result.error),
                # A follow-up turn is a request of the same task: hours saved stay per task.
                manual_minutes=0.0 if prepared.turn else float(prepared.template.manual_minutes),
                turn=prepared.turn,
                prompt_tokens=result.usage.prompt_tokens,
                completion_tokens=result.usage.completion_tokens, cost_jpy=result.cost_jpy,
                masked=result.entities, tokens_estimated=result.usage.estimated))
        except Exception as exc:  # the answer matters more than its log line
            log.warning("usage record failed: %s", type(exc).__name__)



    def blocked(self, template: Template, rule: str) -> None:
        if self._usage is None:
            return
        from desktop.core.usage.model import UsageEvent

        now = self._clock()
        try:
            self._usage.record(UsageEvent(
                template_id=template.id, template_version=int(template.version),
                provider=self.settings.provider, started_at=now, ended_at=now,
                outcome="blocked", error_kind="blocked", blocked_rule=rule,
                manual_minutes=float(template.manual_minutes)))
        except Exception as exc:  # the refusal matters more than its log line
            log.warning("usage record failed: %s", type(exc).__name__)

