from __future__ import annotations

import threading
import time

from desktop.workers.tasks import SyncTaskRunner, TaskRunner


def test_runner_delivers_result_and_progress_on_the_ui_thread(qtbot):
    runner = TaskRunner()
    main = threading.get_ident()
    seen: list[tuple[str, object, int]] = []

    def work(ctx):
        for i in range(3):
            ctx.emit(i)
        return threading.get_ident()

    done = []
    runner.run(work, lambda r, e: done.append((r, e, threading.get_ident())),
               lambda p: seen.append(("p", p, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(done), timeout=3000)
    worker_thread, error, callback_thread = done[0]
    assert error is None
    assert worker_thread != main  # the work ran off the UI thread
    assert callback_thread == main
    assert [p for _, p, _ in seen] == [0, 1, 2]
    assert all(t == main for *_, t in seen)


def test_runner_reports_exceptions_and_cancels(qtbot):
    runner = TaskRunner()
    results = []

    def failing(_ctx):
        raise ValueError("boom")

    runner.run(failing, lambda r, e: results.append(e))
    qtbot.waitUntil(lambda: bool(results), timeout=3000)
    assert isinstance(results[0], ValueError)

    started = threading.Event()
    out = []

    def long(ctx):
        started.set()
        while not ctx.cancelled:
            time.sleep(0.005)
        return "cancelled"

    handle = runner.run(long, lambda r, e: out.append(r))
    assert started.wait(2)
    t0 = time.monotonic()
    handle.cancel()
    qtbot.waitUntil(lambda: bool(out), timeout=2000)
    assert out == ["cancelled"] and time.monotonic() - t0 < 1.0
    assert handle.done


def test_sync_runner_same_contract():
    got = []
    SyncTaskRunner().run(lambda ctx: (ctx.emit("x"), 42)[1], lambda r, e: got.append((r, e)),
                         lambda p: got.append(p))
    assert got == ["x", (42, None)]


def test_runner_dropped_while_task_runs_does_not_crash(qtbot):
    import gc

    started = threading.Event()
    release = threading.Event()

    def work(_ctx):
        started.set()
        release.wait(2)
        return 1

    runner = TaskRunner()
    runner.run(work, lambda r, e: None)
    assert started.wait(2)
    del runner
    gc.collect()
    release.set()
    qtbot.wait(200)  # the finished signal arrives for a runner that no longer exists


def test_callbacks_of_a_destroyed_widget_are_dropped_and_the_task_cancelled(qtbot):
    from PySide6.QtWidgets import QLabel, QWidget

    class View(QWidget):
        def __init__(self):
            super().__init__()
            self.label = QLabel(self)
            self.calls = 0

        def on_done(self, result, error):
            self.calls += 1
            self.label.setText(str(result))  # would raise on a deleted widget

    started = threading.Event()
    release = threading.Event()
    seen_cancel = []

    def work(ctx):
        started.set()
        release.wait(2)
        seen_cancel.append(ctx.cancelled)
        return "late"

    runner = TaskRunner()
    view = View()
    handle = runner.run(work, view.on_done)
    assert started.wait(2)
    view.deleteLater()
    qtbot.wait(50)  # the widget is destroyed while the task still runs
    release.set()
    qtbot.waitUntil(lambda: handle.done, timeout=2000)
    assert seen_cancel == [True]
