"""Marking user-visible strings in the Qt-free core.

Core code cannot call ``QCoreApplication.translate``. Strings are marked with ``N_()`` (a no-op
that ``pyside6-lupdate`` is told to extract) and translated at the UI edge with
``translate_core()``. Messages the CLI prints stay Japanese (the product's default language).
"""

from __future__ import annotations

CORE_CONTEXT = "core"


def N_(text: str) -> str:  # gettext convention for a translatable string
    return text
