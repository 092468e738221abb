"""pytest fixtures around the fake Azure OpenAI server.

    from tests.support.azure_fixtures import azure_server  # noqa: F401 (fixture)

    def test_x(azure_server):
        azure_server.script(Fault.rate_limit("0.1"))
        settings = azure_settings(azure_server)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from desktop.core.settings import Settings
from tests.support.azure_server import FakeAzureOpenAI, Fault, RecordedRequest

__all__ = ["FakeAzureOpenAI", "Fault", "RecordedRequest", "azure_server", "azure_settings",
           "compat_settings", "fake_server_factory"]

TEST_KEY = "test-key"


@pytest.fixture
def azure_server() -> Iterator[FakeAzureOpenAI]:
    server = FakeAzureOpenAI(api_key=TEST_KEY).start()
    try:
        yield server
    finally:
        server.stop()


def azure_settings(server: FakeAzureOpenAI, **overrides: Any) -> Settings:
    """Settings pointing the azure provider (deployments API) at ``server``; no proxy."""
    base = Settings(provider="azure", endpoint=server.endpoint, deployment="gpt-4o-mini",
                    api_version="2024-10-21", request_timeout_seconds=5.0, max_retries=2,
                    use_system_trust_store=False)
    return replace(base, **overrides)


@pytest.fixture
def fake_server_factory() -> Iterator[Any]:
    """``make(flavour=..., context_window=..., rambling=...)`` -> a started server, stopped after
    the test; for the habits of llama.cpp, llama-cpp-python and vLLM."""
    started: list[FakeAzureOpenAI] = []

    def make(**kwargs: Any) -> FakeAzureOpenAI:
        kwargs.setdefault("api_key", TEST_KEY)
        server = FakeAzureOpenAI(**kwargs).start()
        started.append(server)
        return server

    try:
        yield make
    finally:
        for server in started:
            server.stop()


def compat_settings(server: FakeAzureOpenAI, **overrides: Any) -> Settings:
    """Settings pointing the OpenAI-compatible provider at ``server``'s ``/v1``; no proxy."""
    base = Settings(provider="openai_compatible", base_url=server.openai_base_url,
                    model=sorted(server.deployments)[0], request_timeout_seconds=5.0,
                    max_retries=2, use_system_trust_store=False)
    return replace(base, **overrides)
