"""Application bootstrap: QApplication, translations, crash handler, the main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from desktop.core.paths import resource_path
from desktop.core.services import Services
from desktop.ui.crash import NO_DIALOG_ENV, CrashHandler

log = logging.getLogger(__name__)

STARTUP_PROBE_ENV = "OFFICE_ASSISTANT_QUIT_AFTER_SHOW"


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Our UI strings are written in Japanese; other languages load ``office_assistant_<lang>.qm``.

    Qt's own strings (standard buttons, file dialogs) come from Qt's ``qtbase_<lang>.qm``.
    """
    for old in getattr(app, "_oa_translators", []):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if language == "ja" else QLocale.Language.English))
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        translators.append(qt_tr)
    if language != "ja":
        ours = QTranslator(app)
        if ours.load(str(resource_path("i18n", f"office_assistant_{language}.qm"))):
            app.installTranslator(ours)
            translators.append(ours)
        else:
            log.warning("no translation for %s", language)
    app._oa_translators = translators  # type: ignore[attr-defined]
    return translators


def _build_window(services: Services):
    from desktop.ui.main_window import MainWindow

    return MainWindow(services)


def show_startup_error(message: str, *, dialog: bool = True) -> None:
    """A start that cannot go on (a bad environment value): say so where a clerk who started the
    app from the Start menu, with no console, can read it."""
    if not dialog or os.environ.get(NO_DIALOG_ENV):
        return
    ensure_application()
    QMessageBox.critical(None, APP_DISPLAY_NAME, message)


def run_gui(services: Services, *, crash_dialog: bool = True) -> int:
    started = time.perf_counter()
    app = ensure_application()
    install_translators(app, services.settings.settings.language)
    show_dialog = crash_dialog and not os.environ.get(NO_DIALOG_ENV)
    handler = CrashHandler(
        services.paths.log_file,
        (lambda msg: QMessageBox.critical(None, APP_DISPLAY_NAME, msg)) if show_dialog else None,
    )
    handler.install()
    window = _build_window(services)
    window.show()
    if os.environ.get(STARTUP_PROBE_ENV):
        # Packaging measures time to a shown window: print it once the event loop has painted.
        def report() -> None:
            print(f"window shown after {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report)
    log.info("started version %s", __version__)
    try:
        return app.exec()
    finally:
        handler.uninstall()


# Image formats the app's own resources use (the icons are SVG): a bundle without Qt's image
# plugin shows blank icons, with no error anywhere.
IMAGE_FORMATS = ("svg", "png")


def image_formats_missing() -> list[str]:
    """Formats of ``IMAGE_FORMATS`` Qt cannot read here (needs a QApplication)."""
    from PySide6.QtGui import QImageReader

    supported = {bytes(f.data()).decode("ascii", "replace").lower()
                 for f in QImageReader.supportedImageFormats()}
    return [f for f in IMAGE_FORMATS if f not in supported]


class StartupMessages(RuntimeError):
    """The window came up, but showed the clerk a message box at start (the texts, in order)."""

    def __init__(self, title: str, texts: list[str]) -> None:
        super().__init__("; ".join(texts))
        self.title = title
        self.texts = texts


class _ModalCloser(QObject):
    """Closes every modal dialog as soon as it opens and keeps its text.

    self-test runs where nobody can click (an IT script, offscreen, a service account): a
    message box there would wait forever. The timer keeps firing inside the dialog's own
    event loop, so it can end it.
    """

    def __init__(self, app: QApplication, interval_ms: int = 20) -> None:
        super().__init__(app)
        self.texts: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._close_modal)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._close_modal()

    def _close_modal(self) -> None:
        for widget in self._open_dialogs():
            if isinstance(widget, QMessageBox):
                text = "\n".join(t for t in (widget.text(), widget.informativeText()) if t)
            else:
                text = widget.windowTitle() or type(widget).__name__
            self.texts.append(text)
            widget.done(QDialog.DialogCode.Rejected)

    @staticmethod
    def _open_dialogs() -> list[QDialog]:
        found: list[QDialog] = []
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            found.append(modal)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget not in found:
                found.append(widget)
        return found


def _process_events_for(app: QApplication, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def smoke_test_window(services: Services, *, settle_seconds: float = 0.5,
                      screenshot: Path | None = None) -> str:
    """Build and show the real main window, let it paint, close it. Returns its title.

    Never waits on a dialog: any message box the window opens (a broken policy or template at
    start) is closed at once and raised as ``StartupMessages`` after the window is gone.
    ``screenshot``: save what the window painted as PNG (IT attaches it to a pilot report; under
    Wine, where only Qt's offscreen platform runs, it is the only way to see the window).
    """
    app = ensure_application()
    install_translators(app, services.settings.settings.language)
    closer = _ModalCloser(app)
    closer.start()
    try:
        window = _build_window(services)
        window.show()
        deadline = time.monotonic() + 2.0
        while not window.isVisible() and time.monotonic() < deadline:
            app.processEvents()
        # The window fills in from workers (templates, masker, usage log): wait for them, so a
        # start-up message about them is seen here.
        deadline = time.monotonic() + 30.0
        while window.loading and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        # Start-up messages are posted to run once the window is up: give them their turn.
        _process_events_for(app, settle_seconds)
        visible = window.isVisible()
        title = window.windowTitle()
        if screenshot is not None and visible and not window.grab().save(str(screenshot), "PNG"):
            raise OSError(f"could not write {screenshot}")
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        closer.stop()
        closer.deleteLater()
    if not visible:
        raise RuntimeError("main window did not become visible")
    if closer.texts:
        raise StartupMessages(title, closer.texts)
    return title
