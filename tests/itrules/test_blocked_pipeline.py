"""IT's blocked terms, enforced by the pipeline: nothing reaches the (local) Azure server, the
usage log counts the refusal by rule and never holds the text."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from desktop.core.errors import EXIT_BLOCKED
from desktop.core.masking.blocked import BlockedTermError
from desktop.core.pipeline import BlockedTermRefused, BlockedTermsUnavailable, Pipeline
from tests.support.azure_fixtures import TEST_KEY, azure_server, azure_settings  # noqa: F401

SECRET_LINE = "本件は機密性３の扱いです。予算案の詳細を含みます。"


def pipeline(server, masker, usage=None, **overrides):
    return Pipeline(azure_settings(server, **overrides), lambda: TEST_KEY, masker, usage)


def test_a_blocked_term_is_refused_at_prepare_and_counted_by_rule(azure_server, masker,  # noqa: F811
                                                                  usage, template):
    pipe = pipeline(azure_server, masker, usage, blocked_terms=["機密性3", "取扱注意"])
    with pytest.raises(BlockedTermError) as err:
        pipe.prepare(template, {"text": SECRET_LINE})  # full-width ３ matches 3
    assert err.value.rule == "機密性3" and err.value.exit_code == EXIT_BLOCKED
    assert "機密性3" in err.value.user_message and "送信しませんでした" in err.value.user_message
    assert getattr(err.value, "retryable_by_user", True) is False
    assert azure_server.chat_requests == [] and azure_server.all_request_text() == ""
    (ev,) = usage.events()
    assert (ev.outcome, ev.blocked_rule, ev.template_id) == ("blocked", "機密性3", "notice")
    assert ev.prompt_tokens == 0 and ev.saved_minutes == 0
    summary = usage.summary()
    assert summary.blocked == 1 and summary.blocked_by_rule == {"機密性3": 1}
    assert summary.tasks == 0
    # Never the text: no column of the database holds any of it.
    dump = "\n".join(sqlite3.connect(usage.path).iterdump())
    assert "予算案" not in dump and "本件" not in dump


def test_a_term_inside_a_file_is_refused_too(azure_server, masker, usage, template,  # noqa: F811
                                            tmp_path):
    doc = tmp_path / "memo.txt"
    doc.write_text("会議メモ\n" + "通常の内容です。\n" * 50 + "【取扱注意】人事案件\n", "utf-8")
    pipe = pipeline(azure_server, masker, usage, blocked_terms=["取扱注意"])
    with pytest.raises(BlockedTermRefused) as err:
        pipe.prepare(template, {}, {"text": doc})
    assert err.value.rule == "取扱注意"
    assert azure_server.chat_requests == []


def test_a_regex_rule_from_the_file(azure_server, masker, usage, template, tmp_path):  # noqa: F811
    rules = tmp_path / "blocked.txt"
    rules.write_text("# 情報政策課\nre:秘[密匿]文書\n", "utf-8")
    pipe = pipeline(azure_server, masker, usage, blocked_terms_file=str(rules))
    with pytest.raises(BlockedTermRefused) as err:
        pipe.prepare(template, {"text": "添付は秘匿文書です。"})
    assert err.value.rule == "re:秘[密匿]文書"
    assert usage.events()[0].blocked_rule == "re:秘[密匿]文書"
    # A text without it goes through.
    result = pipe.execute(pipe.prepare(template, {"text": "来週の会議の案内です。"}))
    assert result.ok and len(azure_server.chat_requests) == 1


def test_execute_checks_again_before_sending(azure_server, masker, usage, template):  # noqa: F811
    prepared = pipeline(azure_server, masker, usage).prepare(template, {"text": SECRET_LINE})
    # IT's list changed between the preview and the send: the second line refuses it.
    stricter = pipeline(azure_server, masker, usage, blocked_terms=["機密性3"])
    with pytest.raises(BlockedTermRefused):
        stricter.execute(prepared)
    assert azure_server.chat_requests == []
    assert [e.outcome for e in usage.events()] == ["blocked"]


@pytest.mark.parametrize("content, fragment", [
    (None, "読み込めませんでした"),  # missing file
    ("re:受付第(\\d{4}\n", "正規表現"),  # a bad pattern
    (b"\xff\xfe\x00bad", "読み込めませんでした"),  # not UTF-8
])
def test_a_broken_blocked_terms_file_fails_closed(azure_server, masker, usage, template,  # noqa: F811
                                                  tmp_path, content, fragment):
    path = tmp_path / "blocked.txt"
    if isinstance(content, str):
        path.write_text(content, "utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    pipe = pipeline(azure_server, masker, usage, blocked_terms_file=str(path))
    with pytest.raises(BlockedTermsUnavailable) as err:
        pipe.prepare(template, {"text": "来週の会議の案内です。"})
    assert fragment in err.value.user_message and "送信を止めました" in err.value.user_message
    assert err.value.exit_code == 2
    assert azure_server.chat_requests == []


def test_the_relay_is_refused_before_a_prompt_exists(azure_server, masker, usage,  # noqa: F811
                                                     template):
    pipe = pipeline(azure_server, masker, usage, provider="clipboard", blocked_terms=["機密性3"])
    with pytest.raises(BlockedTermRefused):
        pipe.prepare(template, {"text": SECRET_LINE})
    (ev,) = usage.events()
    assert ev.provider == "clipboard" and ev.outcome == "blocked"


def test_no_rules_changes_nothing(azure_server, masker, usage, template):  # noqa: F811
    pipe = pipeline(azure_server, masker, usage)
    assert pipe.settings.blocked_terms == [] and pipe.settings.blocked_terms_file == ""
    result = pipe.execute(pipe.prepare(template, {"text": SECRET_LINE}))
    assert result.ok and len(azure_server.chat_requests) == 1
    assert replace(pipe.settings).blocked_terms == []
