"""Which keyring back-ends count as a keychain: one that drops the key must say "memory only"."""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import pytest

from desktop.core.secrets import SecretStore, not_a_keychain
from desktop.core.settings_store import SettingsStore
from desktop.ui.settings_dialog import SettingsDialog
from tests.support.memory_keyring import MemoryKeyring


class _LowPriority(MemoryKeyring):
    priority = 0.5  # keyring's "suitable" range (0, 1): still a real store


class _Unusable(MemoryKeyring):
    @keyring.backend.properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("the library this back-end needs is missing")


class _ZeroPriority(MemoryKeyring):
    priority = 0


@pytest.mark.parametrize("backend", [keyring.backends.null.Keyring(), keyring.backends.fail.Keyring(),
                                     _Unusable(), _ZeroPriority()],
                         ids=["null", "fail", "priority-raises", "priority-0"])
def test_backends_that_keep_nothing_are_not_a_keychain(backend):
    assert not_a_keychain(backend)


@pytest.mark.parametrize("backend", [MemoryKeyring(), _LowPriority()], ids=["memory", "priority-0.5"])
def test_backends_that_store_are_a_keychain(backend):
    assert not_a_keychain(backend) == ""


def test_null_backend_keeps_the_key_for_the_session_and_says_so():
    keyring.set_keyring(keyring.backends.null.Keyring())
    store = SecretStore()
    assert not store.persistent
    assert store.set("sk-null-1") is False  # the caller tells the user: memory only
    assert store.get() == "sk-null-1"  # the null back-end would have returned None
    assert SecretStore().get() == ""
    ok, message = store.check()
    assert not ok
    assert "メモリ" in message and "keyring.backends.null" in message


def test_in_memory_backend_is_used_as_the_keychain():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    store = SecretStore()
    assert store.persistent
    assert store.set("sk-kept") is True
    assert backend.store[("OfficeAssistant", "azure-openai-api-key")] == "sk-kept"
    assert SecretStore().get() == "sk-kept"  # a new session reads it back
    ok, message = store.check()
    assert ok, message


@pytest.mark.parametrize(("backend", "notice"), [(keyring.backends.null.Keyring(), True),
                                                 (MemoryKeyring(), False)], ids=["null", "memory"])
def test_settings_dialog_shows_the_memory_only_notice_only_without_a_keychain(qtbot, tmp_path,
                                                                             backend, notice):
    from PySide6.QtWidgets import QLabel

    keyring.set_keyring(backend)
    dialog = SettingsDialog(SettingsStore(tmp_path / "s.json"), SecretStore())
    qtbot.addWidget(dialog)
    assert (dialog.findChild(QLabel, "keychainWarning") is not None) is notice
