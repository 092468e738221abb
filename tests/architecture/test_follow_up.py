"""A follow-up turn continues the task in the same masking session."""

from __future__ import annotations

import re

import pytest

from desktop.core.errors import UserFacingError
from desktop.core.pipeline import Pipeline
from tests.llm.conftest import PEOPLE, PHONE
from tests.support.azure_fixtures import TEST_KEY, azure_settings

PLACEHOLDER = re.compile(r"〔[^〕]+〕")


def test_turns_share_placeholders_and_nothing_personal_is_sent(azure_server, masker, usage,
                                                               template):
    pipe = Pipeline(azure_settings(azure_server), lambda: TEST_KEY, masker, usage)
    first = pipe.prepare(template, {"text": f"{PEOPLE[0]}さん（{PHONE}）から相談がありました。"})
    answer = pipe.execute(first)
    assert answer.ok
    second = pipe.follow_up(first, answer,
                            f"{PEOPLE[0]}さんと{PEOPLE[1]}さんに送る文面にしてください。")
    assert second.turn == 1 and second.session is first.session
    reply = pipe.execute(second)
    assert reply.ok and reply.turn == 1

    first_sent = azure_server.chat_requests[0].prompt_text
    second_body = azure_server.chat_requests[1].body
    roles = [m["role"] for m in second_body["messages"]]
    assert roles == ["system", "user", "assistant", "user"]
    # The person of turn 0 keeps the placeholder; the one first named in the follow-up gets one.
    taro = {v: k for k, v in first.session.placeholders().items()}[PEOPLE[0]]
    follow = second_body["messages"][-1]["content"]
    for item in (*PEOPLE, PHONE):
        assert item not in azure_server.all_request_text()
    shared = set(PLACEHOLDER.findall(first_sent)) & set(PLACEHOLDER.findall(follow))
    assert shared, (first_sent, follow)
    assert taro in first_sent and taro in follow
    assert len(set(PLACEHOLDER.findall(follow))) == 2
    assert PEOPLE[0] in reply.output and PEOPLE[1] in reply.output  # restored on the PC

    turn = usage.get(reply.event_id)
    task = usage.get(answer.event_id)
    assert task.manual_minutes == template.manual_minutes and turn.manual_minutes == 0


def test_an_empty_follow_up_is_refused(azure_server, masker, template):
    pipe = Pipeline(azure_settings(azure_server), lambda: TEST_KEY, masker)
    first = pipe.prepare(template, {"text": "文書です。"})
    answer = pipe.execute(first)
    with pytest.raises(UserFacingError):
        pipe.follow_up(first, answer, "  ")
