"""Per-kind GUI views: where a task kind plugs its own widgets into the main window.

A template's ``output`` names its task kind (``desktop/core/tasks``). Most kinds use the generic
form and show only the answer. A kind may register
- ``input``: a widget that replaces the generic form (the Excel flow's workbook panel), and/or
- ``result``: a view shown under the answer once it arrives (the Excel formula check).

Adding a kind's views is ONE ``register(...)`` line at the bottom of this module; the main window
looks them up by the template's ``output`` and knows no kind by name.

An input widget is a QWidget with the signals ``changed`` and ``submitRequested`` and the methods
``values() -> dict[str, str]``, ``files() -> dict[str, Path]`` and ``validate() -> list[str]``
(Japanese problems; empty when it can be sent); it may also have ``set_template(template, lang)``.
A result view is a QWidget with ``show_task_result(prepared, result)`` (the PreparedTask that was
sent and its TaskResult) and ``clear()``.
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
    """What a kind's widgets may be built with: the worker runner and the UI language."""

    runner: Any  # desktop.workers.tasks.TaskRunner (or SyncTaskRunner in tests)
    lang: str = "ja"


ViewFactory = Callable[[ViewContext, QWidget], QWidget]


@dataclass(frozen=True)
class KindViews:
    input: ViewFactory | None = None
    result: ViewFactory | None = None


_REGISTRY: dict[str, KindViews] = {}
_NONE = KindViews()


def register(kind: str, *, input: ViewFactory | None = None,
             result: ViewFactory | None = None) -> None:
    """Register the views of ``kind`` (a template's ``output``); a later call replaces them."""
    _REGISTRY[kind] = KindViews(input=input, result=result)


def views_for(kind: str) -> KindViews:
    """The views of ``kind``; a kind with none uses the generic form and the answer alone."""
    return _REGISTRY.get(kind, _NONE)


def registered_kinds() -> tuple[str, ...]:
    return tuple(_REGISTRY)


# Registrations: one line per kind ---------------------------------------------------------------
def _excel_input(ctx: ViewContext, parent: QWidget) -> QWidget:
    from desktop.ui.excel_panel import ExcelFormulaPanel

    return ExcelFormulaPanel(ctx.runner, parent)


def _excel_result(ctx: ViewContext, parent: QWidget) -> QWidget:
    from desktop.ui.excel_panel import ExcelCheckView

    return ExcelCheckView(ctx.runner, parent)


register("excel_formula", input=_excel_input, result=_excel_result)
