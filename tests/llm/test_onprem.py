"""On-premises OpenAI-compatible servers (issue 14): the real SDK against the fake server taught
llama.cpp's, llama-cpp-python's and vLLM's habits. bench/onprem_llama.py runs the same behaviours
against a real llama.cpp server."""

from __future__ import annotations

import json
import re
import time
from dataclasses import replace

import pytest

from desktop.core.llm import errors as E
from desktop.core.llm.client import run_chat
from desktop.core.llm.connection import test_connection
from desktop.core.llm.providers import make_provider
from desktop.core.pipeline import Pipeline
from desktop.core.policy import Policy
from desktop.core.settings_store import SettingsStore
from desktop.core.templates import parse_template_text
from desktop.core.usage.store import UsageStore
from tests.llm.conftest import PEOPLE, PERSONAL, PHONE, TEMPLATE
from tests.llm.test_pipeline import assert_nothing_personal_reached
from tests.support.azure_fixtures import TEST_KEY, Fault, azure_settings, compat_settings

MSGS = [{"role": "user", "content": "〔氏名1〕さんへの案内を書いてください。"}]
LETTER = TEMPLATE.replace('id = "notice"', 'id = "letter"').replace(
    'output = "text"', 'output = "letter"')


def long_doc(paragraphs: int = 16) -> str:
    return "\n\n".join(f"第{i}段落。{PEOPLE[i % 2]}さん（電話 {PHONE}）の件について。"
                       + "行政の手続きを順に説明します。" * 20 for i in range(paragraphs))


def summary_reply(body):
    """A model that summarises: short, and keeps the placeholders it was given."""
    found = dict.fromkeys(re.findall(r"〔[^〕]+〕", body["messages"][-1]["content"]))
    return "要約: " + "、".join(list(found)[:3]) + "の件を説明した文書です。"


def budgets(server):
    return [r.body.get("max_tokens", r.body.get("max_completion_tokens"))
            for r in server.chat_requests]


def refusals(server):
    """Requests the server refused as too long (400) or answered with an empty stream."""
    return [r for r in server.chat_requests
            if r.status == 400 or (r.body.get("stream") and r.status == 200
                                   and server.tokens(r.prompt_text) + (r.body.get("max_tokens")
                                                                       or 0)
                                   > (server.context_window or 10**9))]


# Output budget ------------------------------------------------------------------------------
def test_every_request_carries_the_budget_of_its_template_kind(fake_server_factory, masker):
    server = fake_server_factory(flavour="llama-cpp-python")
    settings = compat_settings(server, max_output_tokens_text=333, max_output_tokens_letter=444)
    pipe = Pipeline(settings, lambda: TEST_KEY, masker)
    for text, expected in ((TEMPLATE, 333), (LETTER, 444)):
        template = parse_template_text(text)
        assert pipe.execute(pipe.prepare(template, {"text": "短い文書です。"})).ok
        body = server.chat_requests[-1].body
        assert body["max_tokens"] == expected and "max_completion_tokens" not in body


def test_azure_gets_max_completion_tokens_and_the_policy_sets_the_budget(azure_server, masker,
                                                                         tmp_path, template):
    policy = Policy.from_mapping({"max_output_tokens_text": 256,
                                  "locked": ["max_output_tokens_text"]})
    store = SettingsStore(tmp_path / "s.json", policy, environ={})
    settings = replace(store.settings, **{k: getattr(azure_settings(azure_server), k) for k in (
        "provider", "endpoint", "deployment", "api_version", "request_timeout_seconds",
        "use_system_trust_store")})
    pipe = Pipeline(settings, lambda: TEST_KEY, masker)
    assert pipe.execute(pipe.prepare(template, {"text": "短い文書です。"})).ok
    body = azure_server.chat_requests[-1].body
    assert body["max_completion_tokens"] == 256 and "max_tokens" not in body
    with pytest.raises(Exception, match="locked"):
        store.set("max_output_tokens_text", 5000)


def test_a_model_that_never_stops_ends_at_the_budget_with_a_message_and_real_usage(
        fake_server_factory, masker, usage, template):
    server = fake_server_factory(flavour="llama-cpp-python", rambling=True)
    pipe = Pipeline(compat_settings(server, max_output_tokens_text=120), lambda: TEST_KEY,
                    masker, usage)
    started = time.monotonic()
    result = pipe.execute(pipe.prepare(template, {"text": "短い文書です。"}), stream=False)
    assert time.monotonic() - started < 5
    assert isinstance(result.error, E.OutputTruncated) and result.incomplete
    message = result.error.user_message
    assert "120 トークン" in message and "回答の上限トークン数（文章）" in message
    # The server reported its usage with the truncated answer: logged as reported, not lost.
    assert result.usage.completion_tokens == 120 and not result.usage.estimated
    assert usage.get(result.event_id).completion_tokens == 120


def test_streams_without_usage_are_marked_estimated(fake_server_factory, masker, template):
    server = fake_server_factory(flavour="llama-cpp-python")
    pipe = Pipeline(compat_settings(server), lambda: TEST_KEY, masker)
    streamed = pipe.execute(pipe.prepare(template, {"text": "短い文書です。"}))
    assert streamed.ok and streamed.usage.estimated
    assert json.loads(json.dumps(streamed.as_json()))["usage"]["estimated"] is True
    reported = pipe.execute(pipe.prepare(template, {"text": "短い文書です。"}), stream=False)
    assert reported.ok and not reported.usage.estimated


def test_a_stream_without_usage_is_counted_with_the_servers_tokenizer(fake_server_factory,
                                                                      masker, usage, template):
    # The offline estimate logged 580 prompt tokens against 206 real on llama.cpp: count with
    # the server's tokenizer where it has one (still marked estimated: not billed usage).
    server = fake_server_factory(flavour="llama-cpp-python", chars_per_token=4.0)
    pipe = Pipeline(compat_settings(server), lambda: TEST_KEY, masker, usage)
    prepared = pipe.prepare(template, {"text": "短い文書です。" * 20})
    result = pipe.execute(prepared)
    assert result.ok and result.usage.estimated
    body = server.chat_requests[-1].body
    real = sum(server.tokens(m["content"]) for m in body["messages"])
    assert real <= result.usage.prompt_tokens <= real + 20  # the chat template's few tokens
    assert result.usage.prompt_tokens < prepared.estimated_prompt_tokens / 2
    assert usage.get(result.event_id).prompt_tokens == result.usage.prompt_tokens


# Timeouts and retries -------------------------------------------------------------------------
def test_a_timed_out_request_is_not_repeated_and_its_work_is_logged(azure_server, masker,
                                                                    usage, template):
    pipe = Pipeline(azure_settings(azure_server, request_timeout_seconds=1, max_retries=2,
                                   max_output_tokens_text=500), lambda: TEST_KEY, masker, usage)
    azure_server.script(Fault.hang(3))
    started = time.monotonic()
    result = pipe.execute(pipe.prepare(template, {"text": "短い文書です。"}), stream=False)
    assert isinstance(result.error, E.RequestTimedOut)
    assert len(azure_server.chat_requests) == 1  # max_retries=2, yet never sent again
    assert time.monotonic() - started < 2.5
    event = usage.get(result.event_id)
    # The server may have computed the whole budget: an estimate, not zero.
    assert event.prompt_tokens > 0 and event.completion_tokens == 500
    assert result.usage.estimated


def test_connection_refused_is_retried_but_a_cut_reply_is_not(azure_server):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = azure_settings(azure_server, endpoint=f"http://127.0.0.1:{port}")
    started = time.monotonic()
    with pytest.raises(E.NetworkUnavailable):
        run_chat(make_provider(settings, lambda: TEST_KEY), MSGS, max_retries=1)
    assert time.monotonic() - started >= 0.3  # one backoff: the refused connect was retried
    azure_server.script(Fault.cut(after_chunks=0))
    with pytest.raises(E.LlmError):
        run_chat(make_provider(azure_settings(azure_server), lambda: TEST_KEY), MSGS,
                 max_retries=2)
    assert len(azure_server.chat_requests) == 1


# Context window -------------------------------------------------------------------------------
def test_over_long_prompt_400_and_empty_stream_say_context_exceeded(fake_server_factory):
    server = fake_server_factory(flavour="llama-cpp-python", context_window=100)
    provider = make_provider(compat_settings(server), lambda: TEST_KEY)
    long_msgs = [{"role": "user", "content": "長い入力です。" * 100}]
    with pytest.raises(E.ContextExceeded) as info:
        run_chat(provider, long_msgs, stream=False, max_tokens=50)
    assert "コンテキスト長 100 トークン" in info.value.user_message  # from the 400's text
    with pytest.raises(E.ContextExceeded) as info:
        run_chat(provider, long_msgs, stream=True, max_tokens=50)
    assert "コンテキスト長" in info.value.user_message and "途切れ" not in \
        info.value.user_message
    assert len(server.chat_requests) == 2  # neither is retried


@pytest.mark.parametrize("flavour", ["llama.cpp", "vllm"])
def test_window_from_the_server_splits_before_sending(fake_server_factory, masker, template,
                                                      flavour):
    server = fake_server_factory(flavour=flavour, context_window=1200)
    server.reply = summary_reply
    settings = compat_settings(server, max_output_tokens_text=300, max_output_tokens_part=200)
    pipe = Pipeline(settings, lambda: TEST_KEY, masker)
    result = pipe.execute(pipe.prepare(template, {"text": long_doc()}), stream=False)
    assert result.ok, result.error and result.error.user_message
    assert pipe.context_window == 1200 and result.parts > 2
    assert [r for r in server.chat_requests if r.status != 200] == []  # nothing refused
    # The parts' summaries share what the combining request has room for: one round, no more.
    assert max(budgets(server)[:-1]) < 200 and budgets(server)[-1] == 300
    assert sum("部に分けたうちの第" in r.body["messages"][0]["content"]
               for r in server.chat_requests) == result.parts - 1
    assert_nothing_personal_reached(server)
    for item in PERSONAL[:1]:
        assert item in result.output


def test_window_learned_from_a_refusal_then_split_and_finished(fake_server_factory, masker,
                                                               usage, template):
    # llama-cpp-python publishes no window: the first request is refused, the rest fit.
    server = fake_server_factory(flavour="llama-cpp-python", context_window=1200)
    server.reply = summary_reply
    settings = compat_settings(server, max_output_tokens_text=300, max_output_tokens_part=200)
    pipe = Pipeline(settings, lambda: TEST_KEY, masker, usage)
    prepared = pipe.prepare(template, {"text": long_doc()})
    assert not prepared.map_reduce  # the app's own budget (12,000) would send it whole
    result = pipe.execute(prepared, stream=False)
    assert result.ok, result.error and result.error.user_message
    statuses = [r.status for r in server.chat_requests]
    assert statuses[0] == 400 and set(statuses[1:]) == {200}
    assert pipe.context_window == 1200
    assert usage.get(result.event_id).outcome == "pending"
    assert_nothing_personal_reached(server)


def test_server_tokenizer_sizes_parts_where_the_estimate_is_low(fake_server_factory, masker,
                                                                template):
    # This model's tokens are shorter than the estimate assumes: without its tokenizer the
    # parts would be refused (empty streams) and split again.
    server = fake_server_factory(flavour="llama-cpp-python", context_window=1600,
                                 chars_per_token=0.8)
    server.reply = summary_reply
    settings = compat_settings(server, max_output_tokens_text=300, max_output_tokens_part=200,
                               context_window_tokens=1600)
    pipe = Pipeline(settings, lambda: TEST_KEY, masker)
    result = pipe.execute(pipe.prepare(template, {"text": long_doc(10)}))
    assert result.ok, result.error and result.error.user_message
    assert any(r.path == "/extras/tokenize/count" for r in server.requests)
    assert refusals(server) == []


def test_an_over_long_part_is_split_again_and_the_job_finishes(fake_server_factory, masker,
                                                               template):
    # No tokenizer and a window the estimate overshoots: parts are refused and split again.
    server = fake_server_factory(flavour="vllm", context_window=1400, chars_per_token=0.7)
    server.reply = summary_reply
    settings = compat_settings(server, max_output_tokens_text=300, max_output_tokens_part=200,
                               context_window_tokens=1400)
    pipe = Pipeline(settings, lambda: TEST_KEY, masker)
    progress: list[tuple[int, int]] = []
    result = pipe.execute(pipe.prepare(template, {"text": long_doc(10)}),
                          on_progress=lambda d, t: progress.append((d, t)), stream=False)
    assert result.ok, result.error and result.error.user_message
    assert any(r.status == 400 for r in server.chat_requests)
    assert any("さらに分けて" in n for n in result.notes)
    assert progress[-1][0] == progress[-1][1]


def test_a_part_ending_on_length_is_used_and_said_so(fake_server_factory, masker, template):
    server = fake_server_factory(flavour="llama.cpp", context_window=1200)

    def reply(body):
        if "部に分けたうちの第" in body["messages"][0]["content"]:
            return "部分の要約です。" * 200  # longer than the part budget: ends on "length"
        return "全体のまとめです。"

    server.reply = reply
    settings = compat_settings(server, max_output_tokens_text=300, max_output_tokens_part=100)
    pipe = Pipeline(settings, lambda: TEST_KEY, masker)
    result = pipe.execute(pipe.prepare(template, {"text": long_doc()}), stream=False)
    assert result.ok and result.output.startswith("全体のまとめ")
    assert any("途中まで" in n for n in result.notes)
    assert result.as_json()["notes"] == result.notes


# Messages -------------------------------------------------------------------------------------
def test_base_url_without_v1_gets_the_hint(fake_server_factory):
    server = fake_server_factory(flavour="llama-cpp-python")
    settings = compat_settings(server, base_url=server.endpoint)
    with pytest.raises(E.EndpointNotFound) as info:
        run_chat(make_provider(settings, lambda: TEST_KEY), MSGS)
    assert f"{server.endpoint}/v1" in info.value.user_message and "/v1" in \
        info.value.user_message


def test_unknown_model_lists_the_served_ones(fake_server_factory):
    server = fake_server_factory(flavour="vllm", deployments=("elyza-jp-8b", "swallow-8b"))
    settings = compat_settings(server, model="gpt-4o")
    with pytest.raises(E.ModelNotFound) as info:
        run_chat(make_provider(settings, lambda: TEST_KEY), MSGS)
    assert "elyza-jp-8b" in info.value.user_message and "swallow-8b" in \
        info.value.user_message


# Connection test ------------------------------------------------------------------------------
def test_connection_test_passes_against_a_model_that_never_stops(fake_server_factory):
    server = fake_server_factory(flavour="llama.cpp", rambling=True, context_window=4096)
    started = time.monotonic()
    ok, message = test_connection(compat_settings(server), lambda: TEST_KEY)
    assert ok and "4096" in message and time.monotonic() - started < 3
    assert budgets(server) == [16]


def test_settings_dialog_connection_test_with_the_real_function(qtbot, tmp_path,
                                                                fake_server_factory):
    from desktop.core.secrets import SecretStore
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.workers.tasks import SyncTaskRunner

    server = fake_server_factory(flavour="llama-cpp-python")
    store = SettingsStore(tmp_path / "s.json", Policy.from_mapping({
        "provider": "openai_compatible", "base_url": server.openai_base_url,
        "model": "gpt-4o-mini", "use_system_trust_store": False}), environ={})
    dialog = SettingsDialog(store, SecretStore(), runner=SyncTaskRunner(),
                            test_connection=test_connection)
    qtbot.addWidget(dialog)
    dialog.api_key_edit.setText(TEST_KEY)
    dialog.test_button.click()
    assert dialog.test_result.text().startswith("✅"), dialog.test_result.text()
    assert server.chat_requests[-1].headers["authorization"] == f"Bearer {TEST_KEY}"


def test_system_instruction_folded_into_the_user_message_for_formats_without_one(
        fake_server_factory, masker, template):
    # llama-cpp-python's "gemma" chat format drops system messages without a word: the
    # instruction to keep the placeholders would never reach the model.
    server = fake_server_factory(flavour="llama-cpp-python")
    pipe = Pipeline(compat_settings(server, system_as_user=True), lambda: TEST_KEY, masker)
    assert pipe.execute(pipe.prepare(template, {"text": f"{PEOPLE[0]}さんの件"})).ok
    messages = server.chat_requests[-1].body["messages"]
    assert [m["role"] for m in messages] == ["user"]
    assert messages[0]["content"].startswith("あなたは行政のプロフェッショナルです。")
    assert "〔" in messages[0]["content"] and PEOPLE[0] not in messages[0]["content"]


def test_the_usage_log_marks_each_count_estimated_or_reported(fake_server_factory, masker, template,
                                                              tmp_path):
    server = fake_server_factory(flavour="llama-cpp-python")
    with UsageStore.open(tmp_path / "usage.sqlite3") as usage:
        pipe = Pipeline(compat_settings(server), lambda: TEST_KEY, masker, usage)
        streamed = pipe.execute(pipe.prepare(template, {"text": "短い文書です。"}))
        reported = pipe.execute(pipe.prepare(template, {"text": "短い文書です。"}), stream=False)
        assert usage.get(streamed.event_id).tokens_estimated is True
        assert usage.get(reported.event_id).tokens_estimated is False
