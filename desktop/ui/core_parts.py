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
