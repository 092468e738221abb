"""Blocked terms in the main window: the message names the rule, the clerk's input stays,
nothing is sent (Azure) and nothing reaches the clipboard (relay). Real widgets via qtbot."""

from __future__ import annotations

import pytest

from desktop.ui.main_window import MainWindow
from tests.support.azure_fixtures import TEST_KEY, azure_server  # noqa: F401
from tests.ui.helpers import shown_window

TEXT = "本件は機密性3の扱いです。来月の防災訓練の案内文を要約してください。"


_window = shown_window


def _try(qtbot, window: MainWindow) -> None:
    assert window.template_list.select("summarize")
    window.form.fields()["text"].set_value(TEXT)
    window.send_or_preview()
    qtbot.waitUntil(lambda: "機密性3" in window.answer.status.text(), timeout=10000)


def _assert_refused(window: MainWindow) -> None:
    message = window.answer.status.text()
    assert "送信しませんでした" in message and "「機密性3」" in message
    assert "機密性3" in window.statusBar().currentMessage()
    assert window.form.values()["text"] == TEXT  # the clerk's input is still there
    assert window.prepared is None and not window.busy
    assert not window.answer.retry_button.isVisible()  # the same text would be refused again
    (ev,) = window.usage.events()
    assert ev.outcome == "blocked" and ev.blocked_rule == "機密性3"


def test_azure_refused_with_the_rule_named(qtbot, azure_server, monkeypatch,  # noqa: F811
                                          policy_file):
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    policy_file.write_text('locked = ["blocked_terms"]\nblocked_terms = ["機密性3"]\n', "utf-8")
    window = _window(qtbot)
    assert window.pipeline.settings.provider == "azure"
    _try(qtbot, window)
    _assert_refused(window)
    window.send_or_preview()  # again: refused again, still nothing sent
    qtbot.waitUntil(lambda: not window.busy, timeout=10000)
    assert azure_server.chat_requests == []


def test_relay_puts_nothing_on_the_clipboard(qtbot, policy_file):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from desktop.ui.relay_dialog import RelayDialog

    QGuiApplication.clipboard().setText("before")
    policy_file.write_text('blocked_terms = ["機密性3"]\n', "utf-8")
    window = _window(qtbot)
    assert window.pipeline.settings.provider == "clipboard"
    _try(qtbot, window)
    _assert_refused(window)
    assert not any(isinstance(w, RelayDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    assert QGuiApplication.clipboard().text() == "before"


@pytest.mark.parametrize("locked", [True, False])
def test_the_settings_dialog_shows_the_rules_on_the_masking_tab(qtbot, tmp_path, locked):
    from desktop.core.policy import Policy
    from desktop.core.secrets import SecretStore
    from desktop.core.settings_store import SettingsStore
    from desktop.ui.settings_dialog import PAGES, SettingsDialog

    masking = dict(PAGES)["マスキング"]
    assert {"blocked_terms", "blocked_terms_file"} <= set(masking)
    assert "masking_mandatory" not in masking
    raw = {"blocked_terms": ["機密性3", "取扱注意"], "blocked_terms_file": str(tmp_path / "b.txt")}
    if locked:
        raw["locked"] = ["blocked_terms", "blocked_terms_file"]
    store = SettingsStore(tmp_path / "s.json", Policy.from_mapping(raw), environ={})
    dialog = SettingsDialog(store, SecretStore())
    qtbot.addWidget(dialog)
    editor = dialog.editors["blocked_terms"]
    assert editor.text() == "機密性3, 取扱注意"
    assert editor.isEnabled() is not locked
    assert dialog.editors["blocked_terms_file"].isEnabled() is not locked
