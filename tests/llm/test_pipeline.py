"""The whole pipeline against the fake server: nothing personal leaves, everything comes back."""

from __future__ import annotations

import re
import threading

import pytest

from desktop.core.llm import errors as E
from desktop.core.pipeline import Pipeline
from tests.llm.conftest import EMAIL, PEOPLE, PERSONAL, PHONE
from tests.support.azure_fixtures import TEST_KEY, Fault, azure_settings

DOC = (f"{PEOPLE[0]}さん（電話 {PHONE}、{EMAIL}）から、{PEOPLE[1]}さんの転居について"
       "相談がありました。")


def make_pipeline(server, masker, usage=None, **overrides):
    return Pipeline(azure_settings(server, **overrides), lambda: TEST_KEY, masker, usage)


def assert_nothing_personal_reached(server):
    sent = server.all_request_text()
    decoded = "\n".join(r.prompt_text for r in server.chat_requests)
    for item in PERSONAL:
        assert item not in sent and item not in decoded


def test_round_trip_masks_then_unmasks_everything(azure_server, masker, usage, template):
    pipe = make_pipeline(azure_server, masker, usage)
    prepared = pipe.prepare(template, {"text": DOC})
    assert sum(prepared.entity_counts().values()) == 4  # two names, a phone, an e-mail
    chunks: list[str] = []
    result = pipe.execute(prepared, on_chunk=chunks.append)
    assert result.ok and not result.incomplete
    assert_nothing_personal_reached(azure_server)
    for item in PERSONAL:
        assert item in result.output
    assert "".join(chunks) == result.output  # the streamed, un-masked text is the answer
    assert "〔" in result.masked_output and PEOPLE[0] not in result.masked_output
    # The model was told to keep placeholders.
    system = azure_server.chat_requests[0].body["messages"][0]["content"]
    assert "〔" in system and "行政のプロフェッショナル" in system
    event = usage.get(result.event_id)
    assert event is not None and event.outcome == "pending" and event.template_version == 3
    assert event.prompt_tokens == result.usage.prompt_tokens > 0
    assert event.masked == prepared.entity_counts() and event.manual_minutes == 20


def test_non_streamed_execute_and_cli_outcome(azure_server, masker, usage, template):
    pipe = make_pipeline(azure_server, masker, usage)
    result = pipe.execute(pipe.prepare(template, {"text": DOC}), stream=False,
                          success_outcome="used")
    assert PEOPLE[1] in result.output and usage.get(result.event_id).outcome == "used"


def test_cut_stream_keeps_partial_and_retry_resends_same_prompt(azure_server, masker, usage,
                                                                 template):
    pipe = make_pipeline(azure_server, masker, usage)
    prepared = pipe.prepare(template, {"text": DOC})
    azure_server.script(Fault.cut(after_chunks=4))
    first = pipe.execute(prepared, on_chunk=lambda _t: None)
    assert isinstance(first.error, E.StreamInterrupted) and first.incomplete
    assert first.output and "〔" not in first.output[:5]
    assert usage.get(first.event_id).error_kind == "incomplete"
    second = pipe.execute(prepared)  # the prepared task survived; retry sends it again
    assert second.ok and PEOPLE[0] in second.output
    bodies = [r.body["messages"] for r in azure_server.chat_requests]
    assert bodies[0] == bodies[1]
    assert_nothing_personal_reached(azure_server)


@pytest.mark.parametrize(("fault", "kind"), [
    (Fault.status_code(404), "not_found"), (Fault.content_filter("sexual"), "content_filter"),
    (Fault.status_code(401), "auth")])
def test_failures_are_logged_with_kind_and_prompt_kept(azure_server, masker, usage, template,
                                                       fault, kind):
    pipe = make_pipeline(azure_server, masker, usage, max_retries=0)
    prepared = pipe.prepare(template, {"text": DOC})
    azure_server.script(fault)
    result = pipe.execute(prepared, success_outcome="used")
    assert result.error is not None and result.error.kind == kind and result.output == ""
    event = usage.get(result.event_id)
    assert event.outcome == "error" and event.error_kind == kind
    assert prepared.values["text"] == DOC and PEOPLE[0] not in prepared.user_masked


def test_cancel_is_recorded(azure_server, masker, usage, template):
    pipe = make_pipeline(azure_server, masker, usage)
    azure_server.script(Fault.hang(3))
    cancel = threading.Event()
    threading.Timer(0.1, cancel.set).start()
    result = pipe.execute(pipe.prepare(template, {"text": DOC}), cancel_event=cancel)
    assert isinstance(result.error, E.Cancelled)
    assert usage.get(result.event_id).error_kind == "cancelled"


def test_long_document_map_reduce(azure_server, masker, usage, template):
    paragraphs = [f"第{i}段落。{PEOPLE[i % 2]}さんの件について"
                  f"。" + "行政の手続きを説明します。" * 30
                  for i in range(12)]
    doc = "\n\n".join(paragraphs)
    # A model that summarises: it answers with the placeholders it was given, deduplicated.
    azure_server.reply = lambda body: "要約: " + "、".join(
        dict.fromkeys(re.findall(r"〔[^〕]+〕", body["messages"][-1]["content"])))
    pipe = make_pipeline(azure_server, masker, usage, context_budget_tokens=1500)
    prepared = pipe.prepare(template, {"text": doc})
    assert prepared.map_reduce and prepared.request_count == len(prepared.parts) + 1
    progress: list[tuple[int, int]] = []
    chunks: list[str] = []
    result = pipe.execute(prepared, on_chunk=chunks.append,
                          on_progress=lambda d, t: progress.append((d, t)))
    assert result.ok, result.error
    calls = azure_server.chat_requests
    assert len(calls) == prepared.request_count == result.parts
    assert all(r.prompt_text and len(r.prompt_text) < 1500 * 2 for r in calls)
    assert progress[-1][0] == progress[-1][1]
    assert_nothing_personal_reached(azure_server)
    assert PEOPLE[0] in result.output and PEOPLE[1] in result.output
    # Usage of every call is summed and logged once for the task.
    event = usage.get(result.event_id)
    assert event.prompt_tokens == result.usage.prompt_tokens
    assert result.usage.prompt_tokens > sum(len(r.prompt_text) for r in calls[:1]) // 2


def test_map_reduce_cancel_between_parts(azure_server, masker, template):
    doc = "\n\n".join("長い段落です。" * 60 for _ in range(8))
    pipe = make_pipeline(azure_server, masker, context_budget_tokens=800)
    prepared = pipe.prepare(template, {"text": doc})
    cancel = threading.Event()
    result = pipe.execute(prepared, cancel_event=cancel,
                          on_progress=lambda d, t: cancel.set() if d == 1 else None)
    assert isinstance(result.error, E.Cancelled)
    assert len(azure_server.chat_requests) < prepared.request_count


def test_clipboard_relay_round_trip(azure_server, masker, usage, template):
    pipe = make_pipeline(azure_server, masker, usage, provider="clipboard")
    prepared = pipe.prepare(template, {"text": DOC})
    clip = prepared.masked_prompt_text()
    for item in PERSONAL:
        assert item not in clip
    placeholders = [m for m in prepared.session.placeholders()]
    pasted = "回答: " + "、".join(placeholders)
    result = pipe.complete_from_pasted(prepared, pasted)
    for item in PERSONAL:
        assert item in result.output
    assert usage.get(result.event_id).provider == "clipboard"
    assert result.usage.estimated and azure_server.requests == []


def test_preview_release_and_add(azure_server, masker, template):
    pipe = make_pipeline(azure_server, masker)
    prepared = pipe.prepare(template, {"text": DOC})
    user = prepared.rendered.user
    kept = [e for e in prepared.user_entities if e.text != PEOPLE[1]]
    start = user.index("転居")
    added = type(kept[0])("CUSTOM", start, start + 2, "転居")
    changed = pipe.apply_preview(prepared, [*kept, added])
    assert PEOPLE[1] in changed.user_masked and "転居" not in changed.user_masked
    assert PEOPLE[0] not in changed.user_masked


def test_preview_release_forbidden_by_policy(azure_server, masker, template):
    pipe = make_pipeline(azure_server, masker, masking_release_allowed=False)
    prepared = pipe.prepare(template, {"text": DOC})
    from desktop.core.pipeline import MaskReleaseForbidden

    with pytest.raises(MaskReleaseForbidden):
        pipe.apply_preview(prepared, list(prepared.user_entities)[1:])


def test_estimate_before_sending_is_offline_and_priced(azure_server, masker, template):
    pipe = make_pipeline(azure_server, masker, price_input_jpy_per_1k=1.0)
    prepared = pipe.prepare(template, {"text": DOC})
    assert prepared.estimated_prompt_tokens > 20
    assert prepared.estimated_cost_jpy == pytest.approx(prepared.estimated_prompt_tokens / 1000)
    assert azure_server.requests == []


def test_missing_key_becomes_result_error(azure_server, masker, usage, template):
    pipe = Pipeline(azure_settings(azure_server), lambda: "", masker, usage)
    result = pipe.execute(pipe.prepare(template, {"text": DOC}))
    assert result.error is not None and "API キー" in result.error.user_message


def test_test_connection(azure_server):
    from desktop.core.llm.connection import test_connection

    ok, msg = test_connection(azure_settings(azure_server), lambda: TEST_KEY)
    assert ok and "接続できました" in msg
    ok, msg = test_connection(azure_settings(azure_server), lambda: "bad")
    assert not ok and "API キー" in msg
    ok, msg = test_connection(azure_settings(azure_server, deployment="nope"), lambda: TEST_KEY)
    assert not ok and "/openai/deployments/nope/" in msg
