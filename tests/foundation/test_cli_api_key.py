"""`config set-api-key`: the key goes to the OS keychain from standard input, and says so."""

from __future__ import annotations

import io

import keyring
import keyring.backends.null

from desktop.cli import main
from desktop.core.secrets import API_KEY_ACCOUNT, SERVICE


def test_the_key_is_stored_in_the_keychain_and_the_clerk_is_told(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("sk-test-0123456789\n"))
    assert main(["config", "set-api-key"]) == 0
    assert keyring.get_password(SERVICE, API_KEY_ACCOUNT) == "sk-test-0123456789"
    err = capsys.readouterr().err
    assert "保存しました" in err and "sk-test" not in err


def test_without_a_keychain_nothing_is_stored_and_the_command_fails(monkeypatch, capsys):
    keyring.set_keyring(keyring.backends.null.Keyring())
    monkeypatch.setattr("sys.stdin", io.StringIO("sk-test-0123456789\n"))
    assert main(["config", "set-api-key"]) == 2
    assert "資格情報ストアが使えない" in capsys.readouterr().err
