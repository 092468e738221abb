"""Unhandled exceptions: log them (without user data) and tell the user, unless told not to.

The traceback keeps file/line/function frames but drops the exception message and local
values, which may quote what the user typed.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

log = logging.getLogger("desktop.crash")

NO_DIALOG_ENV = "OFFICE_ASSISTANT_NO_CRASH_DIALOG"


def scrubbed_traceback(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    lines = [f'  File "{Path(f.filename).name}", line {f.lineno}, in {f.name}' for f in frames]
    return "Traceback (most recent call last):\n" + "\n".join(lines) + f"\n{exc_type.__name__}"


class CrashHandler:
    def __init__(self, log_file: Path, show_dialog: Callable[[str], None] | None) -> None:
        self._log_file = log_file
        self._show_dialog = show_dialog
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = self._previous_thread

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, exc_type: type[BaseException], exc: BaseException | None,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)  # type: ignore[arg-type]
            return
        log.error("unhandled exception\n%s", scrubbed_traceback(exc_type, tb))
        if self._show_dialog is not None:
            from PySide6.QtCore import QCoreApplication

            self._show_dialog(QCoreApplication.translate(
                "CrashHandler",
                "予期しないエラーが発生しました。入力した内容は画面に残っています。\n"
                "作業を保存してから、アプリを再起動してください。\n\n"
                "エラーの種類: {kind}\n"
                "記録ファイル（個人情報は含みません）: {log}\n"
                "問題が続く場合は、この記録ファイルを情報システム担当にお送りください。",
            ).format(kind=exc_type.__name__, log=self._log_file))
