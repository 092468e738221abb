"""Where the GUI gets its long-lived core objects from the composition root, always on a worker.

Opening the template folders (the organisation's may be on an SMB share that takes the OS's
timeout to answer), the usage database and the masker's dictionary can each wait on a disk or a
network: the window shows first and these arrive from ``TaskRunner``. ``Services`` decides the
failure rule (the masker fails closed inside the pipeline; the usage log degrades with a notice).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # imported on the worker that builds them, not before the window shows
    from desktop.core.masking import PiiMasker
    from desktop.core.pipeline import Pipeline
    from desktop.core.services import Services
    from desktop.core.templates import TemplateRepository
    from desktop.core.usage import UsageStore

log = logging.getLogger(__name__)


@dataclass
class RequestParts:
    """What a request needs: the masker (None with ``masker_error``: nothing can be masked, so
    the pipeline refuses), the usage log (None: not recorded, ``services.notices`` says why)
    and the pipeline built over them."""

    masker: PiiMasker | None
    masker_error: str
    usage: UsageStore | None
    pipeline: Pipeline


def build_request_parts(services: Services, usage: UsageStore | None = None) -> RequestParts:
    """``usage``: keep the log already open (a settings change rebuilds the rest)."""
    from desktop.core.pipeline import MaskerUnavailable

    if usage is None:
        usage = services.usage_store()
    try:
        masker, masker_error = services.masker(), ""
    except MaskerUnavailable as exc:
        masker, masker_error = None, exc.user_message
    return RequestParts(masker, masker_error, usage,
                        services.pipeline(usage=usage, log_usage=usage is not None))


def load_templates(services: Services) -> TemplateRepository:
    """Every template folder read (the organisation's share included): call on a worker."""
    repository = services.templates()
    repository.reload()
    return repository


class CoreLoader(QObject):
    """Runs the builders above on the TaskRunner and reports each part as it arrives."""

    partsLoaded = Signal(object)  # RequestParts
    maskerWarmed = Signal(object, str)  # the PiiMasker, "" or why it cannot be used
    templatesLoaded = Signal(object)  # TemplateRepository, or None when it could not be read
    finished = Signal()  # nothing is loading any more
    noticesRaised = Signal(list)  # what the clerk must read (Japanese), each said once

    def __init__(self, services: Services, runner: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._pending = 0
        self._told: set[str] = set()
        self._said_policy = False

    @property
    def loading(self) -> bool:
        return self._pending > 0

    def load(self, usage: UsageStore | None = None) -> None:
        """Everything, at start and after a settings change (``usage``: keep the open log)."""
        services = self._services
        self._pending = 2
        self._runner.run(lambda _ctx: build_request_parts(services, usage), self._on_parts)
        self._runner.run(lambda _ctx: load_templates(services), self._on_templates)

    def _on_parts(self, parts: RequestParts | None, error: BaseException | None) -> None:
        if parts is None:
            log.error("could not build the pipeline: %s", type(error).__name__)
            self._tell([self.tr("送信の準備ができませんでした。アプリを再起動してください。")])
        else:
            self.partsLoaded.emit(parts)
            policy = self._services.policy_error
            first = [policy.user_message] if policy is not None and not self._said_policy else []
            self._said_policy = True
            # The composition root's notices (usage log, settings file…) and the masker's.
            self._tell(first + list(self._services.notices) + [parts.masker_error])
            if parts.masker is not None:
                self._warm_up(parts.masker)
            else:  # nothing to load: the pipeline refuses, and says why
                self.maskerWarmed.emit(None, parts.masker_error)
        self._done()

    def _warm_up(self, masker: PiiMasker) -> None:
        def done(_r: Any, error: BaseException | None) -> None:
            if error is not None:
                log.error("masker warm-up failed: %s", type(error).__name__)
            self.maskerWarmed.emit(masker, "" if error is None else self.tr(
                "個人情報の検出機能を読み込めませんでした。再起動してください。"))

        self._runner.run(lambda _ctx: masker.warm_up(), done)
        if self._services.settings.settings.provider != "clipboard":
            from desktop.core.llm.providers import preload_sdk

            self._runner.run(lambda _ctx: preload_sdk(), lambda _r, _e: None)

    def _on_templates(self, repo: TemplateRepository | None, error: BaseException | None) -> None:
        if repo is None:
            log.error("could not load templates: %s", type(error).__name__)
            self._tell([self.tr("テンプレートを読み込めませんでした。")])
        self.templatesLoaded.emit(repo)
        if repo is not None:
            self._tell([e.line() for e in repo.errors[:5]])
        self._done()

    def _tell(self, messages: list[str]) -> None:
        new = [m for m in messages if m and m not in self._told]
        self._told.update(new)
        if new:
            self.noticesRaised.emit(new)

    def _done(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.finished.emit()
