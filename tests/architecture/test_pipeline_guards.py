"""The pipeline fails closed by itself: whatever front end drives it, nothing is sent while the
machine policy is broken or the masker is unavailable."""

from __future__ import annotations

from unittest.mock import create_autospec

import pytest

from desktop.core.errors import PolicyError
from desktop.core.masking import PiiMasker
from desktop.core.pipeline import MaskerUnavailable, Pipeline
from tests.llm.conftest import PEOPLE
from tests.support.azure_fixtures import TEST_KEY, azure_settings

TEXT = f"{PEOPLE[0]}さんの件です。"


def _pipeline(server, masker, **kw):
    return Pipeline(azure_settings(server), lambda: TEST_KEY, masker, **kw)


def test_a_broken_policy_stops_sending_and_the_relay(azure_server, masker, template):
    error = PolicyError("ポリシーファイルを読めません。", detail="test")
    pipe = _pipeline(azure_server, masker, policy_error=error)
    prepared = pipe.prepare(template, {"text": TEXT})  # the local preview still works
    assert PEOPLE[0] not in prepared.masked_prompt_text()
    with pytest.raises(PolicyError):
        pipe.execute(prepared)
    with pytest.raises(PolicyError):
        pipe.relay_text(prepared)
    assert azure_server.chat_requests == []


def test_a_masker_that_could_not_be_built_stops_everything(azure_server, template):
    error = MaskerUnavailable("辞書ファイルを読めません。")
    pipe = _pipeline(azure_server, PiiMasker(), masker_error=error)
    with pytest.raises(MaskerUnavailable) as info:
        pipe.prepare(template, {"text": TEXT})
    assert "辞書ファイル" in info.value.user_message
    with pytest.raises(MaskerUnavailable):
        pipe.check_can_send()
    assert azure_server.chat_requests == []


def test_a_masker_that_breaks_while_masking_stops_the_task(azure_server, template):
    broken = create_autospec(PiiMasker, instance=True)
    broken.mask.side_effect = RuntimeError("analyser died")
    pipe = _pipeline(azure_server, broken)
    with pytest.raises(MaskerUnavailable) as info:
        pipe.prepare(template, {"text": TEXT})
    assert "個人情報の検出" in info.value.user_message
    assert azure_server.chat_requests == []


def test_relay_text_is_the_masked_prompt_when_sending_is_allowed(azure_server, masker, template):
    pipe = _pipeline(azure_server, masker)
    prepared = pipe.prepare(template, {"text": TEXT})
    text = pipe.relay_text(prepared)
    assert text == prepared.masked_prompt_text() and PEOPLE[0] not in text
