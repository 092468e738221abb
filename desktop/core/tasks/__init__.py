"""Task kinds (the extension point of the request path) and the task data model.

``kind_for(template.output)`` gives the hooks for a template's kind; ``kind_names()`` what a
template may declare. See ``desktop.core.tasks.base`` for the hooks and docs/ARCHITECTURE.md for
how to add a kind.
"""

from __future__ import annotations

from functools import cache

from desktop.core.tasks.base import AnswerContext, CliReport, TaskKind
from desktop.core.tasks.model import PreparedTask, TaskResult

__all__ = ["AnswerContext", "CliReport", "PreparedTask", "TaskKind", "TaskResult", "kind_for",
           "kind_names", "reload_kinds"]


@cache
def _registry() -> dict[str, TaskKind]:
    from desktop.core.tasks.builtin import BUILTIN_KINDS

    registry: dict[str, TaskKind] = {}
    for kind in BUILTIN_KINDS:
        if kind.name in registry:
            raise RuntimeError(f"two task kinds are named {kind.name!r}")
        registry[kind.name] = kind
    return registry


def reload_kinds() -> None:
    """Read ``BUILTIN_KINDS`` again on the next lookup (after it was extended at run time)."""
    _registry.cache_clear()


def kind_names() -> tuple[str, ...]:
    return tuple(_registry())


def kind_for(name: str) -> TaskKind:
    """The kind a template declares; an unknown name (a template loaded before validation) is
    treated as text."""
    registry = _registry()
    return registry.get(name) or registry["text"]
