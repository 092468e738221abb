"""One way to run work off the UI thread.

``TaskRunner.run(fn, on_done, on_progress)`` calls ``fn(ctx)`` on a thread pool. ``fn`` may call
``ctx.emit(obj)`` any number of times (streamed chunks, progress) and should return promptly once
``ctx.cancelled`` is set. ``on_progress(obj)`` and finally ``on_done(result, error)`` are called on
the thread that owns the runner (the UI thread), exactly once for ``on_done``.

``SyncTaskRunner`` has the same API and runs inline: for tests of code that takes a runner.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any, BaseException | None], None]
ProgressCallback = Callable[[Any], None]


class TaskContext:
    def __init__(self, emit: Callable[[Any], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def cancel_event(self) -> threading.Event:
        return self._cancel

    def emit(self, obj: Any) -> None:
        self._emit(obj)


class TaskHandle:
    def __init__(self, ctx: TaskContext) -> None:
        self._ctx = ctx
        self.done = False

    def cancel(self) -> None:
        self._ctx.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self._ctx.cancelled


class _Relay(QObject):
    progress = Signal(object)
    finished = Signal(object, object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], ctx: TaskContext, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._ctx = ctx
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn(self._ctx)
        except BaseException as exc:  # delivered to on_done; never lost in a thread
            self._relay.finished.emit(None, exc)
        else:
            self._relay.finished.emit(result, None)


class TaskRunner(QObject):
    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._live: set[_Relay] = set()

    def run(self, fn: Callable[[TaskContext], Any], on_done: DoneCallback,
            on_progress: ProgressCallback | None = None, *,
            owner: QObject | None = None) -> TaskHandle:
        """``owner`` (by default the QObject a bound-method ``on_done`` belongs to): when it is
        destroyed first, e.g. a dialog closed mid-task, the task is cancelled and its callbacks
        are dropped instead of touching deleted widgets."""
        if owner is None and isinstance(getattr(on_done, "__self__", None), QObject):
            owner = on_done.__self__  # type: ignore[attr-defined]
        # No Qt parent: if the runner is destroyed first, Qt must not delete a relay that a
        # pool thread is about to emit on. The runnable keeps it alive until the task ends.
        relay = _Relay()
        ctx = TaskContext(relay.progress.emit)
        handle = TaskHandle(ctx)
        def alive() -> bool:
            return owner is None or shiboken6.isValid(owner)

        if owner is not None:
            owner.destroyed.connect(handle.cancel)
        if on_progress is not None:
            relay.progress.connect(lambda obj: on_progress(obj) if alive() else None)

        @Slot(object, object)
        def finished(result: Any, error: BaseException | None) -> None:
            handle.done = True
            self._live.discard(relay)
            relay.deleteLater()
            if not alive():
                return
            if error is not None and not isinstance(error, Exception):
                log.error("task raised %s", type(error).__name__)
            on_done(result, error)

        relay.finished.connect(finished)
        self._live.add(relay)
        self._pool.start(_Runnable(fn, ctx, relay))
        return handle

    @property
    def active(self) -> int:
        return len(self._live)

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)


class SyncTaskRunner:
    """Runs the task inline; same contract as ``TaskRunner`` (for tests and the CLI)."""

    def run(self, fn: Callable[[TaskContext], Any], on_done: DoneCallback,
            on_progress: ProgressCallback | None = None) -> TaskHandle:
        ctx = TaskContext(on_progress or (lambda _obj: None))
        handle = TaskHandle(ctx)
        try:
            result = fn(ctx)
        except Exception as exc:
            handle.done = True
            on_done(None, exc)
        else:
            handle.done = True
            on_done(result, None)
        return handle
