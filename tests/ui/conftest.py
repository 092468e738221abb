"""The GUI tests' connection to the local Azure-protocol server (environment, no proxy)."""

from __future__ import annotations

import pytest

from tests.support.azure_fixtures import TEST_KEY, azure_server  # noqa: F401 - fixtures


@pytest.fixture
def azure_env(azure_server, monkeypatch):  # noqa: F811
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    return azure_server
