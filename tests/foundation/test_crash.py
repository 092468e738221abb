from __future__ import annotations

import logging
import sys

from desktop.ui.crash import CrashHandler, scrubbed_traceback


def _raise_with_personal_data():
    raise ValueError("山田太郎 090-1234-5678 の処理に失敗")


def test_crash_is_logged_without_the_message_and_shown(tmp_path, caplog):
    shown: list[str] = []
    handler = CrashHandler(tmp_path / "app.log", shown.append)
    try:
        _raise_with_personal_data()
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
    with caplog.at_level(logging.ERROR, logger="desktop.crash"):
        handler.handle(exc_type, exc, tb)
    logged = caplog.text
    assert "_raise_with_personal_data" in logged and "ValueError" in logged
    assert "山田" not in logged and "090" not in logged
    assert shown and "入力した内容は画面に残っています" in shown[0] and "山田" not in shown[0]


def test_no_dialog_mode_only_logs(tmp_path, caplog):
    handler = CrashHandler(tmp_path / "app.log", None)
    try:
        raise RuntimeError("secret")
    except RuntimeError:
        info = sys.exc_info()
    with caplog.at_level(logging.ERROR, logger="desktop.crash"):
        handler.handle(*info)
    assert "RuntimeError" in caplog.text and "secret" not in caplog.text
    assert "secret" not in scrubbed_traceback(info[0], info[2])
