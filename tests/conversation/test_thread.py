"""A thread of follow-ups through the real pipeline, the real openai SDK and the local
Azure-protocol server: one masking session, nothing personal in any request, answers restored."""

from __future__ import annotations

import re
import threading

import docx
import pytest

from desktop.core.conversation import (
    EmptyQuestion,
    NoAnswerToFollow,
    Thread,
    ThreadTooLong,
)
from desktop.core.pipeline import Pipeline
from tests.conversation.conftest import (
    DOC,
    FIRST_NAME,
    FIRST_PHONE,
    LATER_NAME,
    LATER_PHONE,
    PERSONAL,
)
from tests.support.azure_fixtures import TEST_KEY, Fault, azure_settings

PLACEHOLDER = re.compile(r"〔[^〕]+〕")


def start(server, masker, template, usage=None, **settings):
    pipe = Pipeline(azure_settings(server, **settings), lambda: TEST_KEY, masker, usage)
    first = pipe.prepare(template, {"text": DOC})
    result = pipe.execute(first, success_outcome="used")
    assert result.ok
    return pipe, Thread(pipe, first, result, title="回答案")


def placeholder_of(session, original):
    (ph,) = [p for p, o in session.placeholders().items() if o == original]
    return ph


def test_three_turns_keep_one_placeholder_per_person_and_send_nothing_personal(
        azure_server, masker, template, usage):
    _pipe, thread = start(azure_server, masker, template, usage)
    t1 = thread.ask(f"{FIRST_NAME}さん宛ての文面にして、写しを{LATER_NAME}さんにも送ると書いて。")
    t2 = thread.ask(f"{LATER_NAME}さんの連絡先 {LATER_PHONE} も本文に入れて。")
    assert t1.result.ok and t2.result.ok and [t.index for t in thread.turns] == [0, 1, 2]

    requests = azure_server.chat_requests
    assert len(requests) == 3
    for req in requests:
        for item in PERSONAL:
            assert item not in req.text  # not in any message of any turn, in no encoding
    session = thread.session
    first, later = placeholder_of(session, FIRST_NAME), placeholder_of(session, LATER_NAME)
    # The first person keeps the first turn's placeholder; the one named in turn 2 keeps hers.
    assert first in requests[0].prompt_text
    assert requests[1].body["messages"][-1]["content"].startswith(first)
    assert later in requests[1].body["messages"][-1]["content"]
    assert later in requests[2].body["messages"][-1]["content"]
    assert placeholder_of(session, LATER_PHONE) in requests[2].body["messages"][-1]["content"]
    # Each turn carries the thread: the earlier questions and answers, masked.
    roles = [m["role"] for m in requests[2].body["messages"]]
    assert roles == ["system", "user", "assistant", "user", "assistant", "user"]
    assert requests[2].body["messages"][3]["content"] == requests[1].body["messages"][-1]["content"]
    # The answers come back restored (the fake server echoes the last question).
    assert FIRST_NAME in t1.answer and LATER_NAME in t1.answer
    assert LATER_PHONE in t2.answer and not PLACEHOLDER.search(t2.answer)
    # Usage: one task and two requests of it; hours only from the first.
    events = sorted(usage.events(), key=lambda e: e.turn)
    assert [e.turn for e in events] == [0, 1, 2]
    assert [e.manual_minutes for e in events] == [30, 0, 0]
    summary = usage.summary()
    assert (summary.tasks, summary.requests, summary.turns) == (1, 3, 2)


def test_a_name_the_detector_misses_in_a_follow_up_keeps_its_placeholder(
        azure_server, masker, template):
    _pipe, thread = start(azure_server, masker, template)
    turn = thread.prepare_next(f"件名を{FIRST_NAME}の件、とし、電話は{FIRST_PHONE}のまま。")
    question = turn.prepared.messages[-1]["content"]
    assert FIRST_NAME not in question and FIRST_PHONE not in question
    assert placeholder_of(thread.session, FIRST_NAME) in question


def test_empty_question_and_no_answer_to_follow(azure_server, masker, template):
    pipe, thread = start(azure_server, masker, template)
    with pytest.raises(EmptyQuestion):
        thread.prepare_next("  ")
    azure_server.script(Fault.status_code(500), Fault.status_code(500), Fault.status_code(500))
    failed = thread.ask("もっと短く")
    assert failed.result.error is not None and not failed.answered
    with pytest.raises(NoAnswerToFollow) as info:
        thread.prepare_next("です・ます調で")
    assert "再試行" in info.value.user_message
    again = thread.retry()  # the same masked request, sent again
    assert again.prepared is failed.prepared
    thread.record(again, pipe.execute(again.prepared))
    assert len(thread.turns) == 2 and thread.last.result.ok  # replaced, not appended
    assert thread.prepare_next("です・ます調で").index == 2


def test_stop_keeps_the_partial_answer_and_the_thread_goes_on_from_it(
        azure_server, masker, template):
    azure_server.chunk_delay = 0.02
    pipe, thread = start(azure_server, masker, template)
    turn = thread.prepare_next("もっと詳しく、経緯を時系列で説明してください。" * 3)
    cancel = threading.Event()
    received: list[str] = []

    def on_chunk(text: str) -> None:
        received.append(text)
        if len("".join(received)) > 10:
            cancel.set()

    result = pipe.execute(turn.prepared, on_chunk=on_chunk, cancel_event=cancel)
    thread.record(turn, result)
    assert result.incomplete and result.error.kind == "cancelled"
    assert thread.last.answered and thread.last.answer == result.output != ""
    nxt = thread.prepare_next("続けて")
    assert nxt.prepared.messages[-2] == {"role": "assistant", "content": result.masked_output}


def test_restart_forgets_the_follow_ups_and_keeps_the_placeholders(azure_server, masker,
                                                                     template):
    _pipe, thread = start(azure_server, masker, template)
    thread.ask(f"{LATER_NAME}さんにも送ると書いて。")
    later = placeholder_of(thread.session, LATER_NAME)
    thread.restart()
    assert len(thread.turns) == 1
    turn = thread.prepare_next(f"{LATER_NAME}さん宛てにして。")
    assert len(turn.prepared.messages) == 4  # system, first request, first answer, question
    assert later in turn.prepared.messages[-1]["content"]


def test_an_outgrown_thread_drops_the_oldest_turns_and_says_so(azure_server, masker, template):
    long_doc = DOC + "\n\n" + "補修の経緯と今後の点検の予定を説明します。" * 60
    azure_server.reply = lambda body: "短い回答です。" + "補足します。" * 30
    pipe = Pipeline(azure_settings(azure_server, context_budget_tokens=2000), lambda: TEST_KEY,
                    masker)
    first = pipe.prepare(template, {"text": long_doc})
    thread = Thread(pipe, first, pipe.execute(first))
    turn = thread.ask("要点を三行で。")
    assert turn.notice == ""  # the first follow-up still fits
    for n in range(6):
        turn = thread.ask(f"もう少し柔らかく（{n}）。")
        if turn.notice:
            break
    sent = azure_server.chat_requests[-1].body["messages"]
    assert "最初の依頼" in turn.notice and "省いて送りました" in turn.notice
    assert all(long_doc[-40:] not in m["content"] for m in sent)  # the document was left out
    assert sent[-1]["content"] == turn.question
    assert sent[-2]["role"] == "assistant"  # the latest answer always stays
    assert "省いています" in sent[0]["content"]
    assert turn.result.ok and pipe.settings.context_budget_tokens >= turn.prepared.estimated_prompt_tokens
    # The next turn builds on the trimmed one: no notice about the document again.
    nxt = thread.ask("ありがとう。")
    assert "最初の依頼" not in nxt.notice
    # A question that alone is over the budget cannot be sent.
    with pytest.raises(ThreadTooLong):
        thread.prepare_next("長い質問です。" * 700)


def test_saved_thread_keeps_questions_answers_and_structure(azure_server, masker, template,
                                                            tmp_path):
    azure_server.reply = lambda body: ("## 回答の骨子\n\n- 補修済み\n- 点検を継続\n\n"
                                       "| 日付 | 内容 |\n|---|---|\n| 10月3日 | 補修 |\n")
    _pipe, thread = start(azure_server, masker, template)
    thread.ask(f"{FIRST_NAME}さん宛てに。")
    path = thread.save(tmp_path / "thread.docx")
    d = docx.Document(path)
    styled = [(p.style.name, p.text) for p in d.paragraphs if p.text]
    assert ("Heading 1", "質問 2") in styled and ("Heading 2", "回答 2") in styled
    assert ("Heading 3", "回答の骨子") in styled  # the answer's ## heading, one level down
    assert ("List Bullet", "補修済み") in styled
    assert len(d.tables) == 2 and d.tables[0].rows[1].cells[1].text == "補修"
    assert any(FIRST_NAME in text for _s, text in styled)  # the clerk's own copy: restored
    text = thread.save(tmp_path / "thread.txt").read_text("utf-8-sig")
    assert "■ 質問 2" in text and "・補修済み" in text and "##" not in text and "|" not in text


def test_nothing_of_the_thread_is_written_anywhere_unless_saved(azure_server, masker, template,
                                                                tmp_path, usage):
    _pipe, thread = start(azure_server, masker, template, usage)
    thread.ask(f"{LATER_NAME}さんにも。")
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for item in PERSONAL:
                assert item.encode() not in data, path.name
    with pytest.raises(TypeError):  # the mapping refuses to be serialised
        import pickle

        pickle.dumps(thread.session)
