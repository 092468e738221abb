"""The real main window, shown, with templates listed and the masker ready (the tests type and
send); and a way to answer a modal dialog the code under test opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.services import build_services
from desktop.ui.main_window import MainWindow


def shown_window(qtbot) -> MainWindow:
    window = MainWindow(build_services())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.ready, timeout=15000)
    return window


def when_shown(kind: type[QWidget], action: Callable[[QWidget], None],
               interval_ms: int = 50) -> QTimer:
    """Call ``action(dialog)`` once a visible ``kind`` appears (a modal dialog blocks the code
    that opened it; this timer keeps running in the dialog's own event loop). Keep the timer."""
    timer = QTimer()

    def poll() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, kind) and w.isVisible()), None)
        if dialog is not None:
            timer.stop()
            action(dialog)

    timer.timeout.connect(poll)
    timer.start(interval_ms)
    return timer
