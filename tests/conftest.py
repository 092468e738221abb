"""Test environment: headless Qt, in-memory keyring, every user folder under tmp_path.

Qt warnings fail a test (``qt_log_level_fail`` in pyproject.toml).
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("XDG_RUNTIME_DIR"):
    _runtime = tempfile.mkdtemp(prefix="xdg-runtime-")
    os.chmod(_runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = _runtime

import keyring
import pytest

from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def app_home(tmp_path, monkeypatch):
    """All app folders under tmp_path; no policy; no OFFICE_ASSISTANT_* leaking from the shell."""
    for var in list(os.environ):
        if var.startswith("OFFICE_ASSISTANT_"):
            monkeypatch.delenv(var)
    home = tmp_path / "home"
    monkeypatch.setenv("OFFICE_ASSISTANT_HOME", str(home))
    monkeypatch.setenv("OFFICE_ASSISTANT_POLICY", str(tmp_path / "policy.toml"))
    return home


@pytest.fixture
def policy_file(tmp_path):
    """Path of the machine policy file the app will read; write TOML to it to set policy."""
    return tmp_path / "policy.toml"


@pytest.fixture
def services():
    from desktop.core.services import build_services

    return build_services()
