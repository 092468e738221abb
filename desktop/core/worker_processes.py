"""Whether this process may start worker processes.

A spawned worker of a PyInstaller build re-runs the executable; without
``multiprocessing.freeze_support()`` in the entry point it would start the whole app again. So a
frozen build works in one process until its entry point says it is safe. This module imports
nothing, so the frozen entry point can say so before anything else loads.
"""

from __future__ import annotations

import sys

_allowed_in_frozen_app = False


def allow_in_frozen_app() -> None:
    """Call after ``multiprocessing.freeze_support()`` in the frozen app's entry point."""
    global _allowed_in_frozen_app
    _allowed_in_frozen_app = True


def possible() -> bool:
    return not getattr(sys, "frozen", False) or _allowed_in_frozen_app
