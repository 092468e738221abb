"""The one place the GUI builds its long-lived core objects, always on a worker.

Opening the template folders (the organisation's may be on an SMB share that takes the OS's
timeout to answer), the usage database and the masker's dictionary can each wait on a disk or a
network: the window shows first and these arrive by ``TaskRunner``. Until the composition root
in ``desktop/core/services.py`` builds them, this module does, with one failure rule: the masker
fails closed (sending refused with the reason), the usage log degrades with a notice.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.core.errors import UserFacingError
from desktop.core.masking import PiiMasker
from desktop.core.pipeline import Pipeline
from desktop.core.services import Services
from desktop.core.templates import TemplateRepository
from desktop.core.usage import UsageStore

log = logging.getLogger(__name__)

@dataclass
class RequestParts:
    """What a request needs: the masker (``masker_error`` set = fail closed), the usage log
    (None = not recorded: ``usage_failed`` says it could not be opened) and the pipeline."""

    masker: PiiMasker
    masker_error: str
    usage: UsageStore | None
    pipeline: Pipeline
    usage_failed: bool = False
    notices: list[str] = field(default_factory=list)  # Japanese, from core


def build_request_parts(services: Services, usage: UsageStore | None = None, *,
                        open_usage: bool = True) -> RequestParts:
    """Masker, usage store and pipeline. ``usage``: keep an already open store (a settings
    change rebuilds the rest)."""
    settings = services.settings.settings
    notices: list[str] = []
    usage_failed = False
    if usage is None and open_usage:
        try:
            usage = UsageStore.open(services.paths.usage_db)
        except (OSError, sqlite3.Error, UserFacingError) as exc:
            log.error("usage store unavailable: %s", type(exc).__name__)
            usage_failed = True
        else:
            if usage.recovery_message:
                notices.append(usage.recovery_message)
    try:
        masker, masker_error = PiiMasker.from_settings(settings), ""
    except UserFacingError as exc:
        # A configured dictionary that cannot be read would silently mask less: refuse to send
        # until it is fixed, and say so.
        masker, masker_error = PiiMasker(), exc.user_message
    pipeline = Pipeline(settings, services.api_key, masker, usage)
    return RequestParts(masker, masker_error, usage, pipeline, usage_failed, notices)


def load_templates(services: Services) -> TemplateRepository:
    """Every template folder read (the organisation's share included): call on a worker."""
    repository = TemplateRepository.for_settings(services.paths, services.settings.settings)
    repository.reload()
    return repository


class CoreLoader(QObject):
    """Runs the builders above on the TaskRunner and reports each part as it arrives."""

    partsLoaded = Signal(object)  # RequestParts
    maskerWarmed = Signal(object, str)  # the PiiMasker, "" or why it cannot be used
    templatesLoaded = Signal(object)  # TemplateRepository, or None when it could not be read
    finished = Signal()  # nothing is loading any more

    def __init__(self, services: Services, runner: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._pending = 0

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
        else:
            self.partsLoaded.emit(parts)
            self._warm_up(parts.masker)
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
        self.templatesLoaded.emit(repo)
        self._done()

    def _done(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.finished.emit()
