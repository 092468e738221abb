"""Runs the pipeline's prepare/execute on the TaskRunner and reports back by signal.

``stop()`` sets the task's cancel event; the pipeline checks it every ~50 ms (also while the
network is silent), so the answer stops within a moment and ``finished`` still arrives with the
partial answer and a ``Cancelled`` error.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

BATCH_SECONDS = 0.03


class _ChunkBatcher:
    """Joins streamed chunks on the worker thread so at most one signal per ~30 ms crosses to
    the UI thread (a fast stream delivers thousands of tiny chunks; each signal costs, and
    PySide6 6.12.0 leaks a reference to ``True`` on every ``Signal.emit``)."""

    def __init__(self, emit: Callable[[Any], None]) -> None:
        self._emit = emit
        self._buffer: list[str] = []
        self._last = 0.0

    def add(self, text: str) -> None:
        self._buffer.append(text)
        now = time.monotonic()
        if now - self._last >= BATCH_SECONDS:
            self.flush(now)

    def flush(self, now: float | None = None) -> None:
        if self._buffer:
            self._emit(("chunk", "".join(self._buffer)))
            self._buffer.clear()
        self._last = time.monotonic() if now is None else now


class RequestController(QObject):
    prepared = Signal(object)  # PreparedTask
    started = Signal(object)  # PreparedTask about to be sent
    chunk = Signal(str)  # un-masked text as it streams
    progress = Signal(int, int)  # parts done, total (map-reduce)
    finished = Signal(object)  # TaskResult (error inside for model/network failures)
    failed = Signal(object)  # an exception from prepare, or an unexpected one

    def __init__(self, pipeline: Any, runner: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pipeline = pipeline
        self._runner = runner
        self._handle: Any = None
        self.last_prepared: Any = None

    def set_pipeline(self, pipeline: Any) -> None:
        """Settings changed: later requests use the new pipeline (a running one finishes)."""
        self._pipeline = pipeline
        self.last_prepared = None

    @property
    def busy(self) -> bool:
        return self._handle is not None and not self._handle.done

    def prepare(self, template: Any, values: Mapping[str, str],
                files: Mapping[str, Path] | None = None) -> None:
        values = dict(values)
        files = dict(files or {})

        def work(_ctx: Any) -> Any:
            return self._pipeline.prepare(template, values, files)

        def done(result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.failed.emit(error)
                return
            self.last_prepared = result
            self.prepared.emit(result)

        self._handle = self._runner.run(work, done)

    def execute(self, prepared: Any, *, stream: bool = True) -> None:
        if self.busy:
            log.info("execute ignored: a request is running")
            return
        self.last_prepared = prepared
        self.started.emit(prepared)

        def work(ctx: Any) -> Any:
            batcher = _ChunkBatcher(ctx.emit)

            def progress(done: int, total: int) -> None:
                batcher.flush()
                ctx.emit(("progress", done, total))

            try:
                return self._pipeline.execute(prepared, on_chunk=batcher.add,
                                              cancel_event=ctx.cancel_event,
                                              on_progress=progress, stream=stream)
            finally:
                batcher.flush()

        def on_event(event: Any) -> None:
            if event[0] == "chunk":
                self.chunk.emit(event[1])
            else:
                self.progress.emit(event[1], event[2])

        def done(result: Any, error: BaseException | None) -> None:
            if error is not None:
                log.warning("request failed unexpectedly: %s", type(error).__name__)
                self.failed.emit(error)
            else:
                self.finished.emit(result)

        self._handle = self._runner.run(work, done, on_event)

    @Slot()
    def retry(self) -> None:
        """Send the last prepared task again (the clerk's input and the masked prompt survive)."""
        if self.last_prepared is not None:
            self.execute(self.last_prepared)

    @Slot()
    def stop(self) -> None:
        if self._handle is not None and not self._handle.done:
            self._handle.cancel()
