from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from desktop.core.policy import Policy
from desktop.core.secrets import SecretStore
from desktop.core.settings_store import SettingsStore
from desktop.ui.settings_dialog import LOCK_MARK, SettingsDialog
from desktop.workers.tasks import SyncTaskRunner


def _store(tmp_path, policy: dict | None = None) -> SettingsStore:
    return SettingsStore(tmp_path / "settings.json", Policy.from_mapping(policy or {}), environ={})


def test_locked_keys_are_disabled_and_marked(qtbot, tmp_path):
    store = _store(tmp_path, {"locked": ["endpoint", "masking_release_allowed"],
                              "endpoint": "https://org.openai.azure.com", "masking_release_allowed": True,
                              "provider": "azure"})
    dialog = SettingsDialog(store, SecretStore())
    qtbot.addWidget(dialog)
    endpoint = dialog.editors["endpoint"]
    assert not endpoint.isEnabled()
    assert "ポリシー" in endpoint.toolTip()
    assert dialog.editors["deployment"].isEnabled()
    assert not dialog.editors["masking_release_allowed"].isEnabled()
    # Even if a user forced the widget, the store would refuse: the value is not taken.
    assert isinstance(endpoint, QLineEdit)
    endpoint.setText("https://evil.example")
    assert "endpoint" not in dialog.changed_values()
    dialog.accept()
    assert store.settings.endpoint == "https://org.openai.azure.com"
    labels = [lbl.text() for lbl in dialog.findChildren(type(dialog.test_result)) if LOCK_MARK in lbl.text()]
    assert len(labels) >= 2


def test_saving_settings_and_key(qtbot, tmp_path, memory_keyring):
    store = _store(tmp_path)
    secrets = SecretStore()
    dialog = SettingsDialog(store, secrets)
    qtbot.addWidget(dialog)
    provider = dialog.editors["provider"]
    assert isinstance(provider, QComboBox)
    provider.setCurrentIndex(provider.findData("azure"))
    assert dialog.editors["endpoint"].isVisibleTo(dialog)
    dialog.editors["endpoint"].setText("https://city.openai.azure.com")
    dialog.editors["deployment"].setText("gpt-4o-mini")
    dialog.editors["department"].setText("税務課")
    dialog.api_key_edit.setText("sk-secret-value")
    dialog.accept()
    again = SettingsStore(tmp_path / "settings.json", environ={})
    assert again.settings.provider == "azure"
    assert again.settings.deployment == "gpt-4o-mini"
    assert again.settings.department == "税務課"
    assert secrets.get() == "sk-secret-value"
    assert b"sk-secret-value" not in (tmp_path / "settings.json").read_bytes()


def test_provider_choice_respects_allowed_providers(qtbot, tmp_path):
    store = _store(tmp_path, {"allowed_providers": ["azure"], "provider": "azure", "locked": ["allowed_providers"]})
    dialog = SettingsDialog(store, SecretStore())
    qtbot.addWidget(dialog)
    provider = dialog.editors["provider"]
    assert [provider.itemData(i) for i in range(provider.count())] == ["azure"]


def test_connection_button_runs_injected_check(qtbot, tmp_path):
    from unittest.mock import create_autospec

    from desktop.core.llm.connection import test_connection

    store = _store(tmp_path, {"provider": "azure", "endpoint": "https://x.openai.azure.com"})
    calls = []

    def check(settings, api_key):
        # The real test_connection calls api_key(): a string here was the "TypeError" clerks saw.
        calls.append((settings.endpoint, settings.deployment, api_key()))
        return False, "デプロイが見つかりません"

    # The double has the real signature; the old fake accepted a key string and hid the bug.
    fake_test = create_autospec(test_connection, side_effect=check)
    dialog = SettingsDialog(store, SecretStore(), runner=SyncTaskRunner(), test_connection=fake_test)
    qtbot.addWidget(dialog)
    dialog.editors["deployment"].setText("typo-deploy")
    dialog.api_key_edit.setText("k")
    dialog.test_button.click()
    assert calls == [("https://x.openai.azure.com", "typo-deploy", "k")]
    assert "デプロイが見つかりません" in dialog.test_result.text()
    assert store.settings.deployment == ""  # testing does not save


def test_path_settings_have_a_browse_button_that_follows_the_lock(qtbot, tmp_path):
    store = _store(tmp_path, {"locked": ["usage_export_folder"], "usage_export_folder": "/srv/share"})
    dialog = SettingsDialog(store, SecretStore())
    qtbot.addWidget(dialog)
    assert set(dialog.browse_buttons) >= {"usage_export_folder", "org_template_folder", "ca_bundle"}
    assert not dialog.browse_buttons["usage_export_folder"].isEnabled()
    assert dialog.browse_buttons["org_template_folder"].isEnabled()
