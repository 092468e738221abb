from __future__ import annotations

import keyring
import keyring.backends.fail

from desktop.core.paths import AppPaths, builtin_templates_dir, default_policy_path
from desktop.core.secrets import SecretStore


def test_home_variable_moves_every_folder(tmp_path):
    paths = AppPaths.from_environment({"OFFICE_ASSISTANT_HOME": str(tmp_path / "portable")})
    for d in paths.writable_dirs():
        assert d.is_relative_to(tmp_path / "portable")
    assert paths.settings_file.is_relative_to(tmp_path / "portable")
    assert paths.usage_db.is_relative_to(tmp_path / "portable")


def test_policy_path_per_os_and_override(tmp_path):
    assert str(default_policy_path("win32")).endswith("OfficeAssistant\\policy.toml") or \
        default_policy_path("win32").name == "policy.toml"
    assert default_policy_path("linux").as_posix() == "/etc/office-assistant/policy.toml"
    paths = AppPaths.from_environment({"OFFICE_ASSISTANT_POLICY": str(tmp_path / "p.toml")})
    assert paths.policy_file == tmp_path / "p.toml"


def test_builtin_templates_folder_exists():
    assert builtin_templates_dir().is_dir()


def test_key_goes_to_keychain(memory_keyring):
    store = SecretStore()
    assert store.persistent
    assert store.set("sk-test-123") is True
    assert store.get() == "sk-test-123"
    assert ("OfficeAssistant", "azure-openai-api-key") in memory_keyring.store
    store.delete()
    assert store.get() == ""


def test_no_keychain_keeps_key_in_memory_only(tmp_path):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    store = SecretStore()
    assert not store.persistent
    assert store.set("sk-session-only") is False
    assert store.get() == "sk-session-only"
    assert SecretStore().get() == ""  # a new session does not see it
    ok, message = store.check()
    assert not ok and "メモリ" in message
    # nothing was written anywhere under the app folders
    for f in tmp_path.rglob("*"):
        if f.is_file():
            assert b"sk-session-only" not in f.read_bytes()
