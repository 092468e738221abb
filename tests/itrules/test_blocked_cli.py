"""`office-assistant run` with IT's policy: a blocked term and an always-mask ``re:`` pattern,
against the local Azure-protocol server through the real openai SDK."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.core.errors import EXIT_BLOCKED
from desktop.core.paths import AppPaths
from desktop.core.usage.store import UsageStore
from tests.support.azure_fixtures import TEST_KEY, azure_server  # noqa: F401

CASE = "受付第2024-117号"


@pytest.fixture
def env(azure_server, monkeypatch, policy_file, tmp_path):  # noqa: F811
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    dictionary = tmp_path / "always.txt"
    dictionary.write_text("re:受付第\\d{4}-\\d+号\n", "utf-8")
    policy_file.write_text(
        'locked = ["blocked_terms", "masking_dictionary_file"]\n'
        'blocked_terms = ["機密性3", "取扱注意"]\n'
        f"masking_dictionary_file = '{dictionary}'\n", "utf-8")
    return azure_server


def test_blocked_text_never_reaches_the_server_and_exits_6(env, capsys):
    code = main(["run", "summarize", "--var", "text=本件は機密性3です。予算案の詳細。"])
    out = capsys.readouterr()
    assert code == EXIT_BLOCKED == 6
    assert out.out == ""
    assert "機密性3" in out.err and "送信しませんでした" in out.err
    assert "Traceback" not in out.err and "予算案" not in out.err
    assert env.chat_requests == [] and env.all_request_text() == ""
    with UsageStore.open(AppPaths.from_environment().usage_db) as store:
        (ev,) = store.events()
    assert ev.outcome == "blocked" and ev.blocked_rule == "機密性3"


def test_a_blocked_term_in_a_file_exits_6(env, capsys, tmp_path):
    doc = tmp_path / "memo.txt"
    doc.write_text("会議メモ\n【取扱注意】人事の件\n", "utf-8")
    assert main(["run", "summarize", "--var-file", f"text={doc}"]) == EXIT_BLOCKED
    assert "取扱注意" in capsys.readouterr().err
    assert env.chat_requests == []


def test_the_always_mask_pattern_never_appears_in_a_request(env, capsys):
    code = main(["run", "summarize", "--var", f"text={CASE}の件について、来週回答します。"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert len(env.chat_requests) == 1
    sent = env.all_request_text() + "".join(r.prompt_text for r in env.chat_requests)
    assert CASE not in sent and "2024-117" not in sent and "受付第" not in sent


def test_the_clerk_cannot_lift_a_locked_rule(env, capsys):
    assert main(["config", "set", "blocked_terms", ""]) == 3
    assert "ポリシー" in capsys.readouterr().err
