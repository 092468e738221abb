"""What counts as the clerk working on a task, for the active-time measure: a key, a click or a
wheel turn anywhere in the app, and whether the main window is the active one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.request_presenter import RequestPresenter

_ACTIVE = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)


class ActivityWatcher(QObject):
    def __init__(self, window: QWidget, presenter: RequestPresenter) -> None:
        super().__init__(window)
        self._window = window
        self._presenter = presenter
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVE:
            self._presenter.touch()
        elif kind == QEvent.Type.ActivationChange and watched is self._window:
            self._presenter.window_activated(self._window.isActiveWindow())
        return False
