"""`office-assistant run` end to end: real CLI, real SDK, fake server, real usage log."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from tests.llm.conftest import EMAIL, PEOPLE, PERSONAL, PHONE
from tests.support.azure_fixtures import TEST_KEY, Fault

DOC = (f"{PEOPLE[0]}さん（電話 {PHONE}、{EMAIL}）から相談がありました。\n\n"
       f"担当は{PEOPLE[1]}です。")


@pytest.fixture
def env(azure_server, monkeypatch, tmp_path):
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    # The organisation's dictionary makes the two names certain findings for any masker.
    words = tmp_path / "dictionary.txt"
    words.write_text("\n".join(PEOPLE), "utf-8")
    policy = tmp_path / "policy.toml"
    policy.write_text(f'masking_dictionary_file = "{words.as_posix()}"\n', "utf-8")
    return azure_server


def _run(args, capsys):
    code = main(["run", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_run_prints_unmasked_answer(env, capsys, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(DOC, "utf-8")
    code, out, err = _run(["summarize", "--var-file", f"text={doc}"], capsys)
    assert code == 0, err
    for item in PERSONAL:
        assert item in out  # every personal item is back in the printed answer
        assert item not in env.all_request_text()  # and none reached the server
    assert err == ""


def test_run_json_and_no_stream(env, capsys):
    code, out, _err = _run(["summarize", "--var", f"text={DOC}", "--json", "--no-stream"], capsys)
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"output", "entities", "usage", "incomplete"}
    assert PEOPLE[0] in data["output"] and data["incomplete"] is False
    assert sum(data["entities"].values()) >= 4 and data["usage"]["prompt_tokens"] > 0
    assert env.chat_requests[-1].body.get("stream") in (None, False)
    for item in PERSONAL:
        assert item not in env.all_request_text()


def test_run_failure_goes_to_stderr_with_nonzero_exit(env, capsys):
    env.script(Fault.status_code(401))
    code, out, err = _run(["summarize", "--var", f"text={DOC}"], capsys)
    assert code != 0 and out.strip() == "" and "API キー" in err


def test_run_cut_stream_prints_partial_and_exit_4(env, capsys):
    env.script(Fault.cut(after_chunks=3))
    code, out, err = _run(["summarize", "--var", f"text={DOC}", "--json"], capsys)
    assert code == 4 and "途切れ" in err
    data = json.loads(out)
    assert data["incomplete"] is True and data["output"]


def test_run_unknown_template_and_bad_var(env, capsys):
    code, _out, err = _run(["no-such-template"], capsys)
    assert code == 2 and "見つかりません" in err
    code, _out, err = _run(["summarize", "--var", "novalue"], capsys)
    assert code == 2 and "NAME=VALUE" in err


def test_run_refuses_clipboard_provider(capsys, monkeypatch):
    code, _out, err = _run(["summarize", "--var", "text=x"], capsys)
    assert code == 2 and "クリップボード" in err


def test_outcome_flag_is_recorded(azure_server, monkeypatch, capsys):
    from desktop.cli import main
    from desktop.core.services import build_services
    from desktop.core.usage import UsageStore

    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", "test-key")
    assert main(["run", "summarize", "--var", "text=会議の資料です。", "--outcome", "discarded"]) == 0
    store = UsageStore.open(build_services().paths.usage_db)
    try:
        events = store.events()
    finally:
        store.close()
    assert [e.outcome for e in events] == ["discarded"] and events[0].saved_minutes == 0


def test_unknown_variable_is_refused_with_the_list(capsys, monkeypatch):
    from desktop.cli import main

    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "d")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", "k")
    assert main(["run", "summarize", "--var", "txt=typo"]) == 2
    err = capsys.readouterr().err
    assert "txt" in err and "text" in err


def test_a_refused_request_logs_no_tokens_or_cost(azure_server, monkeypatch, capsys):
    from desktop.cli import main
    from desktop.core.services import build_services
    from desktop.core.usage import UsageStore
    from tests.support.azure_server import Fault

    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", "test-key")
    azure_server.script(Fault.status_code(401))
    assert main(["run", "summarize", "--var", "text=会議の資料です。"]) != 0
    store = UsageStore.open(build_services().paths.usage_db)
    try:
        (event,) = store.events()
    finally:
        store.close()
    assert event.outcome == "error" and event.prompt_tokens == 0 and event.cost_jpy == 0
