"""Application bootstrap: QApplication, translations, crash handler, the main window."""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

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


def smoke_test_window(services: Services) -> str:
    """Build and show the real main window, let it paint, close it. Returns its title."""
    app = ensure_application()
    install_translators(app, services.settings.settings.language)
    window = _build_window(services)
    window.show()
    deadline = time.monotonic() + 2.0
    while not window.isVisible() and time.monotonic() < deadline:
        app.processEvents()
    app.processEvents()
    visible = window.isVisible()
    title = window.windowTitle()
    window.close()
    window.deleteLater()
    app.processEvents()
    if not visible:
        raise RuntimeError("main window did not become visible")
    return title
