"""The real openai SDK against the local fake Azure server: protocols, faults, cancel."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from desktop.core.llm import errors as E
from desktop.core.llm.client import backoff_seconds, retry_after_seconds, run_chat
from desktop.core.llm.providers import make_provider
from tests.support.azure_fixtures import TEST_KEY, Fault, azure_settings

MSGS = [{"role": "system", "content": "あなたは職員です。"},
        {"role": "user", "content": "〔氏名1〕さんへの案内を書いてください。"}]


def _provider(server, **overrides):
    return make_provider(azure_settings(server, **overrides), lambda: TEST_KEY)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_deployments_api_streams_and_skips_empty_first_chunk(azure_server):
    deltas: list[str] = []
    out = run_chat(_provider(azure_server), MSGS, on_delta=deltas.append)
    assert out.text == "承知しました。\n〔氏名1〕さんへの案内を書いてください。"
    assert "".join(deltas) == out.text and len(deltas) > 2
    assert out.finish_reason == "stop" and out.usage is not None and out.usage.prompt_tokens > 0
    req = azure_server.chat_requests[-1]
    assert req.path == "/openai/deployments/gpt-4o-mini/chat/completions"
    assert req.query["api-version"] == ["2024-10-21"]
    assert req.headers.get("api-key") == TEST_KEY
    assert req.body["stream"] is True and req.body["stream_options"] == {"include_usage": True}


def test_non_streamed_request(azure_server):
    out = run_chat(_provider(azure_server), MSGS, stream=False)
    assert out.text.endswith("書いてください。") and out.usage.completion_tokens > 0
    assert azure_server.chat_requests[-1].body.get("stream") in (None, False)


def test_v1_api_url_and_key_header(azure_server):
    out = run_chat(_provider(azure_server, azure_api="v1"), MSGS)
    req = azure_server.chat_requests[-1]
    assert req.path == "/openai/v1/chat/completions" and "api-version" not in req.query
    assert req.headers.get("api-key") == TEST_KEY and req.body["model"] == "gpt-4o-mini"
    assert out.finish_reason == "stop"


def test_openai_compatible_provider_uses_base_url_model_and_bearer(azure_server):
    settings = azure_settings(azure_server, provider="openai_compatible",
                              base_url=azure_server.openai_base_url, model="gpt-4o-mini")
    out = run_chat(make_provider(settings, lambda: TEST_KEY), MSGS)
    req = azure_server.chat_requests[-1]
    assert req.path == "/v1/chat/completions"
    assert req.headers.get("authorization") == f"Bearer {TEST_KEY}"
    assert out.text.startswith("承知しました")


def test_wrong_key_is_401_message(azure_server):
    with pytest.raises(E.AuthenticationFailed) as info:
        run_chat(make_provider(azure_settings(azure_server), lambda: "wrong"), MSGS)
    assert "API キー" in info.value.user_message and "401" in info.value.user_message
    assert len(azure_server.chat_requests) == 1  # 401 is not retried


def test_unknown_deployment_names_the_url_without_key(azure_server):
    with pytest.raises(E.DeploymentNotFound) as info:
        run_chat(_provider(azure_server, deployment="gpt-typo"), MSGS)
    msg = info.value.user_message
    assert f"{azure_server.endpoint}/openai/deployments/gpt-typo/chat/completions" in msg
    assert "api-version=2024-10-21" in msg and TEST_KEY not in msg


def test_rate_limit_retries_honour_retry_after(azure_server):
    azure_server.script(Fault.rate_limit("0.3"), Fault.rate_limit("0.3"))
    started = time.monotonic()
    out = run_chat(_provider(azure_server), MSGS, max_retries=2)
    assert time.monotonic() - started >= 0.55  # waited what the server asked, twice
    assert out.attempts == 3 and len(azure_server.chat_requests) == 3


def test_rate_limit_after_retries_is_a_clear_message(azure_server):
    azure_server.script(*[Fault.rate_limit("0.05")] * 3)
    with pytest.raises(E.RateLimited) as info:
        run_chat(_provider(azure_server), MSGS, max_retries=2)
    assert "3 回" in info.value.user_message and "429" in info.value.user_message
    assert info.value.kind == "rate_limit"


def test_server_error_retried_then_succeeds(azure_server):
    azure_server.script(Fault.status_code(500))
    out = run_chat(_provider(azure_server), MSGS, max_retries=1)
    assert out.attempts == 2


def test_server_error_without_retries(azure_server):
    azure_server.script(Fault.status_code(503))
    with pytest.raises(E.ServerError) as info:
        run_chat(_provider(azure_server), MSGS, max_retries=0)
    assert "503" in info.value.user_message


@pytest.mark.parametrize(("category", "label"), [
    ("violence", "暴力"), ("jailbreak", "ジェイルブレイク"), ("self_harm", "自傷")])
def test_content_filter_names_the_category(azure_server, category, label):
    azure_server.script(Fault.content_filter(category))
    with pytest.raises(E.ContentFiltered) as info:
        run_chat(_provider(azure_server), MSGS)
    assert label in info.value.user_message and info.value.categories == [category]
    assert len(azure_server.chat_requests) == 1


def test_output_filter_keeps_partial(azure_server):
    azure_server.script(Fault.output_filter("hate", after_chunks=2))
    with pytest.raises(E.ContentFiltered) as info:
        run_chat(_provider(azure_server), MSGS)
    assert info.value.partial and "差別" in info.value.user_message


def test_stream_cut_midway_keeps_partial(azure_server):
    azure_server.script(Fault.cut(after_chunks=2))
    seen: list[str] = []
    with pytest.raises(E.StreamInterrupted) as info:
        run_chat(_provider(azure_server), MSGS, on_delta=seen.append)
    assert info.value.partial == "".join(seen) and len(info.value.partial) == 16
    assert len(azure_server.chat_requests) == 1  # never retried once text arrived


def test_hang_times_out(azure_server):
    azure_server.script(Fault.hang(3))
    started = time.monotonic()
    with pytest.raises(E.RequestTimedOut) as info:
        run_chat(_provider(azure_server, request_timeout_seconds=1), MSGS, max_retries=0,
                 timeout_seconds=1)
    assert time.monotonic() - started < 2.5
    assert "1 秒" in info.value.user_message


def test_cancel_while_server_hangs_returns_within_a_moment(azure_server):
    azure_server.script(Fault.hang(5))
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(E.Cancelled):
        run_chat(_provider(azure_server), MSGS, cancel=cancel)
    assert time.monotonic() - started < 0.6


def test_cancel_during_slow_stream_keeps_partial(azure_server):
    azure_server.script(Fault.slow(0.1))
    cancel = threading.Event()
    got: list[str] = []

    def on_delta(d: str) -> None:
        got.append(d)
        if len(got) == 2:
            cancel.set()

    with pytest.raises(E.Cancelled) as info:
        run_chat(_provider(azure_server), MSGS, on_delta=on_delta, cancel=cancel)
    assert info.value.partial == "".join(got)


def test_no_network_message():
    from desktop.core.settings import Settings

    settings = Settings(provider="azure", endpoint=f"http://127.0.0.1:{_free_port()}",
                        deployment="d", use_system_trust_store=False, request_timeout_seconds=2)
    with pytest.raises(E.NetworkUnavailable) as info:
        run_chat(make_provider(settings, lambda: "k"), MSGS, max_retries=0)
    assert "接続できません" in info.value.user_message


def test_proxy_failure_message(azure_server):
    settings = azure_settings(azure_server, proxy=f"127.0.0.1:{_free_port()}")
    with pytest.raises((E.TlsOrProxyFailure, E.NetworkUnavailable)) as info:
        run_chat(make_provider(settings, lambda: TEST_KEY), MSGS, max_retries=0)
    assert "プロキシ" in info.value.user_message


def test_tls_failure_message(azure_server):
    # https to a plain-HTTP server: the handshake fails; verification is never disabled.
    settings = azure_settings(azure_server, endpoint=f"https://127.0.0.1:{azure_server.port}")
    with pytest.raises(E.TlsOrProxyFailure) as info:
        run_chat(make_provider(settings, lambda: TEST_KEY), MSGS, max_retries=0)
    assert "TLS" in info.value.user_message


def test_missing_key_and_endpoint_are_configuration_errors(azure_server):
    with pytest.raises(E.ProviderNotConfigured) as info:
        make_provider(azure_settings(azure_server), lambda: "")
    assert "API キー" in info.value.user_message
    with pytest.raises(E.ProviderNotConfigured):
        make_provider(azure_settings(azure_server, endpoint=""), lambda: TEST_KEY)
    with pytest.raises(E.ProviderNotConfigured) as info:
        make_provider(azure_settings(azure_server, allowed_providers=["clipboard"]),
                      lambda: TEST_KEY)
    assert "許可されていません" in info.value.user_message


def test_retry_after_parsing():
    assert retry_after_seconds({"retry-after": "2"}) == 2.0
    assert retry_after_seconds({"retry-after-ms": "150"}) == 0.15
    assert retry_after_seconds({}) is None
    assert backoff_seconds(0, {"retry-after": "9999"}) == 60.0
    assert 0.3 <= backoff_seconds(0) <= 0.5
