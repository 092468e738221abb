"""`run --follow-up` end to end: the real CLI, the real openai SDK, the local Azure-protocol
server, the real masker and usage log."""

from __future__ import annotations

import json
import re

import pytest

from desktop.cli import main
from tests.conversation.conftest import DOC, FIRST_NAME, LATER_NAME, LATER_PHONE, PERSONAL
from tests.support.azure_fixtures import TEST_KEY, Fault

PLACEHOLDER = re.compile(r"〔[^〕]+〕")


@pytest.fixture
def env(azure_server, monkeypatch, tmp_path):
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    return azure_server


def _run(args, capsys):
    code = main(["run", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


FOLLOW_UPS = (f"{FIRST_NAME}さん宛ての文面にして、写しを{LATER_NAME}さんにも送ると書いて。",
              f"{LATER_NAME}さんの連絡先 {LATER_PHONE} も入れて。")


def test_three_turns_in_one_masking_session_as_json(env, capsys):
    code, out, err = _run(["free-chat", "--var", f"request={DOC}\n返事の文案を作って。",
                           "--follow-up", FOLLOW_UPS[0], "--follow-up", FOLLOW_UPS[1],
                           "--json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    turns = data["turns"]
    assert [t["turn"] for t in turns] == [0, 1, 2]
    assert [t["question"] for t in turns] == [None, *FOLLOW_UPS]
    assert data["output"] == turns[-1]["output"] and data["turn"] == 2
    assert LATER_PHONE in turns[2]["output"] and FIRST_NAME in turns[1]["output"]
    for t in turns:
        assert not PLACEHOLDER.search(t["output"])  # every answer restored
    requests = env.chat_requests
    assert len(requests) == 3
    for req in requests:
        for item in PERSONAL:
            assert item not in req.text
    # One placeholder per person for the whole run.
    first_ph = PLACEHOLDER.search(requests[0].body["messages"][-1]["content"]).group()
    q1 = requests[1].body["messages"][-1]["content"]
    q2 = requests[2].body["messages"][-1]["content"]
    assert q1.startswith(first_ph)
    later_ph = PLACEHOLDER.findall(q1)[1]
    assert later_ph != first_ph and q2.startswith(later_ph)
    assert [m["role"] for m in requests[2].body["messages"]][-3:] == ["user", "assistant", "user"]


def test_text_output_streams_each_turn_with_a_header(env, capsys):
    code, out, err = _run(["free-chat", "--var", "request=窓口の混雑対策を3つ。",
                           "--follow-up", "もっと短く"], capsys)
    assert code == 0, err
    first, second = out.split("――― 追加の質問 1: もっと短く ―――")
    assert "窓口の混雑対策" in first and "もっと短く" in second


def test_usage_log_counts_turns_as_requests(env, capsys, tmp_path):
    code, _out, err = _run(["free-chat", "--var", "request=相談です。", "--follow-up", "続けて",
                            "--follow-up", "まとめて", "--json"], capsys)
    assert code == 0, err
    code = main(["usage", "show", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    month = data["this_month"]
    assert (month["tasks"], month["requests"], month["follow_ups"]) == (1, 3, 2)
    main(["usage", "show"])
    assert "追加の質問 2 回" in capsys.readouterr().out
    flat = json.dumps(data, ensure_ascii=False)
    assert "相談です" not in flat and "まとめて" not in flat  # never the text


def test_a_failed_follow_up_stops_the_run_with_its_exit_code(env, capsys):
    env.script(Fault.status_code(401))
    code, _out, err = _run(["free-chat", "--var", "request=相談です。", "--follow-up", "続けて"],
                          capsys)
    assert code != 0 and "エラー" in err and "Traceback" not in err
    env.script(Fault.cut(after_chunks=2))
    calls = len(env.chat_requests)
    code, _out, err = _run(["free-chat", "--var", "request=相談です。" * 5,
                           "--follow-up", "続けて", "--follow-up", "もう一つ"], capsys)
    assert code == 4 and "途中まで" in err
    assert len(env.chat_requests) == calls + 1  # nothing sent after the cut first answer
