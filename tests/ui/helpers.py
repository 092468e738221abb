"""The real main window, shown, with the masker's analyser ready (the tests type and send)."""

from __future__ import annotations

from desktop.core.services import build_services
from desktop.ui.main_window import MainWindow


def shown_window(qtbot) -> MainWindow:
    window = MainWindow(build_services())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._masker_ready, timeout=15000)
    return window
