"""Runs the pipeline's prepare/execute on the TaskRunner and reports back by signal.

``stop()`` sets the task's cancel event; the pipeline checks it every ~50 ms (also while the
network is silent), so the answer stops within a moment and ``finished`` still arrives with the
partial answer and a ``Cancelled`` error.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


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
            return self._pipeline.execute(
                prepared, on_chunk=lambda text: ctx.emit(("chunk", text)),
                cancel_event=ctx.cancel_event,
                on_progress=lambda done, total: ctx.emit(("progress", done, total)),
                stream=stream)

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
