"""A task kind: what one kind of template output (``output = "..."`` in its TOML) adds to the
one request path.

The pipeline, the CLI and the GUI never branch on a kind's name: they look the kind up
(``desktop.core.tasks.kind_for``) and call its hooks. A new kind is a new module with a
subclass of ``TaskKind`` plus one line in ``desktop.core.tasks.builtin.BUILTIN_KINDS``; its GUI
views, if any, are registered in ``desktop.ui.kind_views``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, cast

from desktop.core.i18n import N_

if TYPE_CHECKING:
    from desktop.core.knowledge.library import Library
    from desktop.core.masking import PiiMasker
    from desktop.core.settings import Settings
    from desktop.core.tasks.model import PreparedTask, TaskResult
    from desktop.core.templates.model import Template


class KindResources(Protocol):
    """The long-lived services a kind may use while it prepares a request. The composition root
    (``desktop.core.services.Services``) is one: a kind never builds its own masker or document
    library, so it shares the app's (and its settings, key and clean-up)."""

    def masker(self) -> PiiMasker: ...

    def knowledge(self) -> Library: ...


class StandaloneResources:
    """``KindResources`` of a pipeline built without the composition root (a test, a bench):
    the pipeline's own masker, and a document library of its settings built on first use."""

    def __init__(self, settings: Settings, masker: Any, api_key: Callable[[], str]) -> None:
        self._settings = settings
        self._masker = masker
        self._api_key = api_key
        self._library: Library | None = None
        self._lock = threading.Lock()

    def masker(self) -> PiiMasker:
        return cast("PiiMasker", self._masker)

    def knowledge(self) -> Library:
        from desktop.core.knowledge.library import Library
        from desktop.core.paths import AppPaths

        with self._lock:
            if self._library is None:
                self._library = Library.for_settings(AppPaths.from_environment(), self._settings,
                                                     self._api_key, masker=self.masker)
            return self._library


@dataclass(frozen=True)
class AnswerContext:
    """What ``TaskKind.finish`` sees once the answer is back and un-masked (memory only)."""

    prepared: PreparedTask
    output: str
    settings: Settings


@dataclass(frozen=True)
class CliReport:
    """What ``office-assistant run`` prints for a finished task without ``--json``."""

    stdout: str  # the answer as the kind presents it ("" = nothing more to print)
    stderr: tuple[str, ...] = ()  # lines for the clerk (a check's verdict...)
    after_stream: str = ""  # what follows an answer already streamed (a documents answer's sources)


class TaskKind:
    """The text kind, and the base every other kind overrides where it differs."""

    name: ClassVar[str] = "text"
    label: ClassVar[str] = N_("文章")
    # Attached files are read as text into their variable (a kind that profiles a file itself,
    # like Excel's workbook, says False: the file's text is then never part of the prompt).
    reads_files: ClassVar[bool] = True
    # Protected documents can be opened with a password the clerk gives.
    accepts_document_passwords: ClassVar[bool] = True
    # The CLI streams the answer as it arrives; False when the kind must see the whole answer
    # before anything is shown (a formula is checked first).
    streams: ClassVar[bool] = True
    # How an answer is laid out when the clerk saves it as .docx: "document" or "letter".
    docx_layout: ClassVar[str] = "document"
    # The setting that caps this kind's answer (``max_output_tokens_text`` when the settings
    # have no ``max_output_tokens_<name>``).
    @property
    def output_budget_setting(self) -> str:
        return f"max_output_tokens_{self.name}"

    def prompt_values(self, template: Template, values: Mapping[str, str],
                      files: Mapping[str, Path], settings: Settings,
                      resources: KindResources) -> dict[str, str]:
        """Values for rendering, after attached files were read. Anything added here goes into
        the prompt and is masked with it. ``resources``: the app's services (see
        ``KindResources``)."""
        return dict(values)

    def finish(self, ctx: AnswerContext) -> dict[str, Any]:
        """After a successful answer: what goes into ``TaskResult.extra`` (and ``run --json``).
        Must not raise for a problem with the answer's content; the pipeline turns an unexpected
        exception into ``failed_finish``."""
        return {}

    def failed_finish(self) -> dict[str, Any]:
        """``extra`` when ``finish`` raised: the answer is kept, and nothing passes for checked."""
        return {}

    def cli_report(self, result: TaskResult) -> CliReport:
        return CliReport(result.output)
