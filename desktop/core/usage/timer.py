"""Active time spent on a task, from window focus and user-activity timestamps.

The GUI calls ``window_activated()``, ``window_deactivated()`` and ``activity()`` (key press,
mouse, scroll); this class only does arithmetic, so it is Qt-free and tested with a fake clock.

Rule: time counts while the window is active *and* the user did something within the last
``idle_after_seconds`` (default 5 minutes). Starting a task and activating the window count as
activity. Time in another application, or a long pause in front of the screen, does not count.
"""

from __future__ import annotations

import time
from collections.abc import Callable

DEFAULT_IDLE_AFTER_SECONDS = 300.0


class ActiveTimer:
    def __init__(self, *, clock: Callable[[], float] = time.monotonic,
                 idle_after_seconds: float = DEFAULT_IDLE_AFTER_SECONDS,
                 window_active: bool = True) -> None:
        if idle_after_seconds <= 0:
            raise ValueError("idle_after_seconds must be positive")
        self._clock = clock
        self._idle = float(idle_after_seconds)
        self._window_active = window_active
        self._running = False
        self._total = 0.0
        self._counted_until = 0.0
        self._last_activity = 0.0

    # Task lifecycle -----------------------------------------------------------------------
    def start(self) -> None:
        """Begin a new task (resets the total)."""
        now = self._clock()
        self._running = True
        self._total = 0.0
        self._counted_until = now
        self._last_activity = now

    def stop(self) -> float:
        """End the task and return its active seconds."""
        if self._running:
            self._advance(self._clock())
            self._running = False
        return self._total

    @property
    def running(self) -> bool:
        return self._running

    @property
    def active_seconds(self) -> float:
        """Active seconds so far, without changing state."""
        if not self._running:
            return self._total
        return self._total + self._credit(self._clock())

    # Signals from the GUI -----------------------------------------------------------------
    def activity(self) -> None:
        now = self._clock()
        self._advance(now)
        self._last_activity = now

    def window_activated(self) -> None:
        now = self._clock()
        self._advance(now)
        self._window_active = True
        self._last_activity = now

    def window_deactivated(self) -> None:
        self._advance(self._clock())
        self._window_active = False

    # Arithmetic ---------------------------------------------------------------------------
    def _credit(self, now: float) -> float:
        if not self._running or not self._window_active:
            return 0.0
        end = min(now, self._last_activity + self._idle)
        return max(0.0, end - self._counted_until)

    def _advance(self, now: float) -> None:
        if not self._running:
            return
        self._total += self._credit(now)
        self._counted_until = max(self._counted_until, now)
