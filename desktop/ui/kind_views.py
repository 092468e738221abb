"""Per-kind GUI views: where a task kind plugs its own widgets into the main window.

A template's ``output`` names its task kind (``desktop/core/tasks``). Most kinds use the generic
form and show only the answer. A kind may register
- ``input``: a widget that replaces the generic form (the Excel flow's workbook panel), and/or
- ``result``: a view shown under the answer once it arrives (the Excel formula check), or
- ``workspace``: a widget that takes the place of both the input and the answer and runs its own
  flow through the composition root (the table analysis: files, question, result table, chart).

Adding a kind's views is ONE ``register(...)`` line at the bottom of this module; the main window
looks them up by the template's ``output`` and knows no kind by name.

An input widget is a QWidget with the signals ``changed`` and ``submitRequested`` and the methods
``values() -> dict[str, str]``, ``files() -> dict[str, Path]`` and ``validate() -> list[str]``
(Japanese problems; empty when it can be sent); it may also have ``set_template(template, lang)``.
A result view is a QWidget with ``show_task_result(prepared, result)`` (the PreparedTask that was
sent and its TaskResult) and ``clear()``. A workspace is a QWidget; if it has ``submit()`` the
window's Ctrl+Enter calls it, and ``shutdown()`` when the window closes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop.core.pipeline import PreparedTask, TaskResult


class KindInput(Protocol):
    """What the window calls on a kind's input widget (a QWidget with ``changed`` and
    ``submitRequested`` signals)."""

    def values(self) -> dict[str, str]: ...
    def files(self) -> Mapping[str, Path]: ...
    def validate(self) -> list[str]: ...


class KindResult(Protocol):
    """What the window calls on a kind's result view (a QWidget)."""

    def show_task_result(self, prepared: PreparedTask, result: TaskResult) -> None: ...
    def clear(self) -> None: ...


@dataclass(frozen=True)
class ViewContext:
    """What a kind's widgets may be built with: the worker runner, the UI language and the
    composition root (``desktop.core.services.Services``; the core parts it builds load on a
    worker)."""

    runner: Any  # desktop.workers.tasks.TaskRunner (or SyncTaskRunner in tests)
    lang: str = "ja"
    services: Any = None


ViewFactory = Callable[[ViewContext, QWidget], QWidget]


@dataclass(frozen=True)
class KindViews:
    input: ViewFactory | None = None
    result: ViewFactory | None = None
    workspace: ViewFactory | None = None


_REGISTRY: dict[str, KindViews] = {}
_NONE = KindViews()


def register(kind: str, *, input: ViewFactory | None = None,
             result: ViewFactory | None = None, workspace: ViewFactory | None = None) -> None:
    """Register the views of ``kind`` (a template's ``output``); a later call replaces them."""
    _REGISTRY[kind] = KindViews(input=input, result=result, workspace=workspace)


def views_for(kind: str) -> KindViews:
    """The views of ``kind``; a kind with none uses the generic form and the answer alone."""
    return _REGISTRY.get(kind, _NONE)


def registered_kinds() -> tuple[str, ...]:
    return tuple(_REGISTRY)


class WorkspaceHost:
    """Shows a kind's workspace in place of the input and answer panes (built once per kind,
    kept while the window lives so its files and result survive switching templates)."""

    def __init__(self, splitter: Any, panes: tuple[QWidget, ...], context: ViewContext) -> None:
        self._splitter = splitter
        self._panes = panes
        self._context = context
        self._built: dict[str, QWidget] = {}
        self.active: QWidget | None = None

    def show_for(self, kind: str) -> QWidget | None:
        factory = views_for(kind).workspace
        widget = None
        if factory is not None:
            widget = self._built.get(kind)
            if widget is None:
                widget = self._built[kind] = factory(self._context, self._splitter)
                self._splitter.addWidget(widget)
                self._splitter.setStretchFactor(self._splitter.indexOf(widget), 6)
        for other in self._built.values():
            other.setVisible(other is widget)
        for pane in self._panes:
            pane.setVisible(widget is None)
        self.active = widget
        return widget

    def submit(self) -> bool:
        """Ctrl+Enter in a workspace: its own submit (True when a workspace took it)."""
        if self.active is None:
            return False
        submit = getattr(self.active, "submit", None)
        if submit is not None:
            submit()
        return True

    def shutdown(self) -> None:
        for widget in self._built.values():
            stop = getattr(widget, "shutdown", None)
            if stop is not None:
                stop()


# Registrations: one line per kind ---------------------------------------------------------------
def _excel_input(ctx: ViewContext, parent: QWidget) -> QWidget:
    from desktop.ui.excel_panel import ExcelFormulaPanel

    return ExcelFormulaPanel(ctx.runner, parent)


def _excel_result(ctx: ViewContext, parent: QWidget) -> QWidget:
    from desktop.ui.excel_panel import ExcelCheckView

    return ExcelCheckView(ctx.runner, parent)


register("excel_formula", input=_excel_input, result=_excel_result)


def _analysis_workspace(ctx: ViewContext, parent: QWidget) -> QWidget:
    from desktop.ui.analysis_panel import AnalysisPanel

    return AnalysisPanel(ctx.services, ctx.runner, parent)


register("table_analysis", workspace=_analysis_workspace)


def _sources_result(_ctx: ViewContext, parent: QWidget) -> QWidget:
    from desktop.ui.sources_view import SourcesResultView

    return SourcesResultView(parent=parent)


register("knowledge", result=_sources_result)
