"""pytest-qt: answers shown formatted, the clipboard's two forms, and the follow-up view on the
real TaskRunner against the local Azure-protocol server."""

from __future__ import annotations

import re

import docx
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextTable

from desktop.core.pipeline import Pipeline
from desktop.ui.answer_panel import AnswerPanel
from desktop.ui.thread_view import ThreadView
from desktop.workers.tasks import TaskRunner
from tests.conversation.conftest import DOC, FIRST_NAME, LATER_NAME, PERSONAL
from tests.support.azure_fixtures import TEST_KEY, Fault, azure_settings

ANSWER = """# 回答案

{name}様からのご意見について、次のとおり回答します。
**補修は完了**しています。

## 対応の経過

- 10月3日 補修
- 10月10日 点検
  - 異常なし

1. 現地確認
2. 補修工事

| 日付 | 内容 | 費用 |
|---|---|---:|
| 10月3日 | 補修 | 12,000円 |

```
参考: 道路管理システム ID 1234
```
"""


class _Result:
    """A TaskResult as the pipeline returns it, for the panel on its own."""

    def __init__(self, output: str) -> None:
        from desktop.core.llm.cost import TokenUsage

        self.output = output
        self.masked_output = output
        self.usage = TokenUsage(100, 50)
        self.cost_jpy = 0.1
        self.incomplete = False
        self.error = None
        self.notes: list[str] = []
        self.provider = "azure"


def blocks(doc):
    b = doc.begin()
    while b.isValid():
        yield b
        b = b.next()


def test_streamed_markdown_is_shown_formatted_and_copied_in_two_forms(qtbot):
    panel = AnswerPanel()
    qtbot.addWidget(panel)
    panel.begin()
    text = ANSWER.format(name=FIRST_NAME)
    for i in range(0, len(text), 7):  # as a stream delivers it
        panel.append_chunk(text[i:i + 7])
        qtbot.wait(1)
    panel.finish(_Result(text))
    doc = panel.text.document()
    headings = {b.text().strip(): b.blockFormat().headingLevel() for b in blocks(doc)
                if b.blockFormat().headingLevel()}
    assert headings == {"回答案": 1, "対応の経過": 2}
    listed = [b.text().strip() for b in blocks(doc) if b.textList() is not None]
    assert listed[:3] == ["10月3日 補修", "10月10日 点検", "異常なし"]
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1 and (tables[0].rows(), tables[0].columns()) == (2, 3)
    plain = doc.toPlainText()
    assert "**" not in plain and "##" not in plain and "補修は完了" in plain
    assert panel.answer_text() == text  # the Markdown itself, for saving and the kind's checks

    panel.copy_all()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    html = mime.html()
    assert "<h1>回答案</h1>" in html and "<strong>補修は完了</strong>" in html
    assert re.search(r"<table [^>]*border=\"1\"", html) and "<li>異常なし</li>" in html
    assert "游ゴシック" in html  # Word and Outlook take the font from the body
    plain = mime.text()
    assert "**" not in plain and "#" not in plain and "|" not in plain and "```" not in plain
    assert "・10月3日 補修" in plain and "1. 現地確認" in plain
    assert "10月3日\t補修\t12,000円" in plain  # cells by tabs: pastes into Excel as cells
    assert FIRST_NAME in plain


def test_an_edited_answer_is_copied_and_saved_with_the_edit(qtbot, tmp_path):
    panel = AnswerPanel()
    qtbot.addWidget(panel)
    panel.begin()
    text = ANSWER.format(name=FIRST_NAME)
    panel.append_chunk(text)
    panel.finish(_Result(text))
    cursor = panel.text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    panel.text.setTextCursor(cursor)
    panel.text.textCursor().insertText("追記しました")  # as the clerk types it
    assert panel.text.edited
    assert "追記しました" in panel.answer_text() and "# 回答案" in panel.answer_text()
    panel.copy_all()
    assert "追記しました" in QGuiApplication.clipboard().mimeData().html()
    saved = panel.save_to(tmp_path / "answer.docx")
    d = docx.Document(saved)
    assert ("Heading 1", "回答案") in [(p.style.name, p.text) for p in d.paragraphs]
    assert any("追記しました" in p.text for p in d.paragraphs) and len(d.tables) == 1


def test_the_clipboard_relay_shows_no_yen_cost(qtbot):
    panel = AnswerPanel()
    qtbot.addWidget(panel)
    panel.begin()
    result = _Result("回答です。")
    result.provider = "clipboard"
    panel.finish(result)
    assert "費用なし" in panel.usage_label.text() and "円" not in panel.usage_label.text()


# -- the follow-up view ---------------------------------------------------------------------------
@pytest.fixture
def pool(qtbot):
    p = QThreadPool()
    keep: list[object] = []
    p.keep = keep
    yield p
    p.waitForDone(5000)
    qtbot.wait(20)
    keep.clear()


@pytest.fixture
def view(qtbot, pool, azure_server, masker, template, tmp_path):
    pipe = Pipeline(azure_settings(azure_server), lambda: TEST_KEY, masker)
    first = pipe.prepare(template, {"text": DOC})
    result = pipe.execute(first)
    runner = TaskRunner(pool)
    pool.keep.append(runner)
    asked: list[str] = []

    def save_dialog(_parent, suggested: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "会話.docx")

    v = ThreadView(runner, save_dialog=save_dialog)
    v.saved_names = asked
    v.save_path = tmp_path / "会話.docx"
    qtbot.addWidget(v)
    v.resize(700, 600)
    v.start(pipe, first, result, title="回答案")
    return v


def ask(qtbot, view, text, timeout=10000):
    view.input.setFocus()
    view.input.setPlainText(text)
    with qtbot.waitSignal(view.turnFinished, timeout=timeout) as sig:
        qtbot.keyClick(view.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return sig.args[0]


def test_follow_ups_stream_into_turns_masked_in_the_same_session(qtbot, view, azure_server):
    azure_server.reply = lambda body: ("## 修正案\n\n- " + body["messages"][-1]["content"]
                                       + "\n\n| 宛先 | 写し |\n|---|---|\n| a | b |\n")
    turn = ask(qtbot, view, f"{FIRST_NAME}さん宛てにして、写しを{LATER_NAME}さんに。")
    assert turn.result.ok and view.input.toPlainText() == ""
    (tv,) = view.turn_views()
    assert tv.question.text().startswith("質問 2:")
    doc = tv.answer.document()
    assert any(b.blockFormat().headingLevel() == 2 for b in blocks(doc))
    assert LATER_NAME in doc.toPlainText() and "〔" not in doc.toPlainText()
    for req in azure_server.chat_requests:
        for item in PERSONAL:
            assert item not in req.text
    turn2 = ask(qtbot, view, f"{LATER_NAME}さんの敬称を様に。")
    assert [t.index for t in view.thread.turns] == [0, 1, 2] and turn2.result.ok
    later = [p for p, o in view.thread.session.placeholders().items() if o == LATER_NAME]
    assert len(later) == 1  # one person, one placeholder for the whole thread
    # Copy one turn: both forms, and the task counts as used.
    with qtbot.waitSignal(view.answerUsed) as used:
        view.turn_views()[0].copy_button.click()
    assert used.args == ["used"]
    mime = QGuiApplication.clipboard().mimeData()
    assert "<h2>修正案</h2>" in mime.html() and "##" not in mime.text()
    # Save the thread (.docx), only on request.
    view.save_button.click()
    assert view.saved_names and view.saved_names[0].endswith(".docx")
    d = docx.Document(view.save_path)
    assert ("Heading 1", "質問 3") in [(p.style.name, p.text) for p in d.paragraphs]
    assert "保存しました" in view.status.text()


def test_stop_keeps_the_partial_answer_and_retry_sends_it_again(qtbot, view, azure_server):
    azure_server.chunk_delay = 0.03
    view.input.setPlainText("もっと詳しく説明してください。" * 4)
    view.send_button.click()
    qtbot.waitUntil(lambda: bool(view.turn_views()) and len(view.turn_views()[0].answer_text()) > 8,
                    timeout=5000)
    assert view.stop_button.isEnabled()
    with qtbot.waitSignal(view.turnFinished, timeout=5000) as sig:
        view.stop_button.click()
    turn = sig.args[0]
    assert turn.result.incomplete and turn.answer
    tv = view.turn_views()[0]
    assert tv.answer_text() == turn.answer and "途中まで" in tv.status.text()
    assert view.retry_button.isVisibleTo(view)
    azure_server.chunk_delay = 0.0
    with qtbot.waitSignal(view.turnFinished, timeout=5000) as sig:
        view.retry_button.click()
    assert sig.args[0].result.ok and len(view.turn_views()) == 1  # the same turn, again
    assert len(view.thread.turns) == 2
    assert not view.retry_button.isVisibleTo(view)


def test_a_refused_question_stays_typed_and_says_why(qtbot, view, azure_server):
    azure_server.script(Fault.status_code(401))
    turn = ask(qtbot, view, "もっと短く")
    assert turn.result.error is not None and "#b00020" in view.status.styleSheet()
    view.input.setPlainText("   ")
    view.send_button.click()
    assert "質問を入力してください" in view.status.text()


def test_restart_and_clear(qtbot, view):
    ask(qtbot, view, "もっと短く")
    assert view.restart_button.isEnabled()
    view.restart_button.click()
    assert view.turn_views() == [] and len(view.thread.turns) == 1
    view.clear()
    assert view.thread is None and not view.send_button.isEnabled()


def test_the_notice_when_old_turns_are_left_out(qtbot, pool, azure_server, masker, template):
    long_doc = DOC + "\n\n" + "補修の経緯と今後の点検の予定を説明します。" * 60
    azure_server.reply = lambda body: "短い回答です。" + "補足します。" * 30
    pipe = Pipeline(azure_settings(azure_server, context_budget_tokens=2000), lambda: TEST_KEY,
                    masker)
    first = pipe.prepare(template, {"text": long_doc})
    runner = TaskRunner(pool)
    pool.keep.append(runner)
    v = ThreadView(runner)
    qtbot.addWidget(v)
    v.start(pipe, first, pipe.execute(first))
    for n in range(6):
        turn = ask(qtbot, v, f"もう少し柔らかく（{n}）。")
        if turn.notice:
            break
    tv = v.turn_views()[-1]
    assert tv.notice.isVisibleTo(v) and "省いて送りました" in tv.notice.text()


def test_no_follow_ups_through_the_clipboard_relay(qtbot, pool, azure_server, masker, template):
    pipe = Pipeline(azure_settings(azure_server), lambda: TEST_KEY, masker)
    first = pipe.prepare(template, {"text": DOC})
    result = pipe.execute(first)
    relay = Pipeline(azure_settings(azure_server, provider="clipboard"), lambda: TEST_KEY, masker)
    runner = TaskRunner(pool)
    pool.keep.append(runner)
    v = ThreadView(runner)
    qtbot.addWidget(v)
    v.start(relay, first, result)
    assert not v.input.isEnabled() and not v.send_button.isEnabled()
    assert "Web チャット" in v.status.text()


def test_a_request_of_a_cleared_thread_does_not_land_in_the_next(qtbot, view, azure_server, pool):
    azure_server.chunk_delay = 0.03
    pipe, first, result = view.pipeline, view.thread.first.prepared, view.thread.first.result
    view.input.setPlainText("もっと詳しく説明してください。" * 4)
    view.send_button.click()
    qtbot.waitUntil(lambda: bool(view.turn_views()), timeout=5000)
    view.clear()  # another template was chosen mid-answer
    view.start(pipe, first, result)
    pool.waitForDone(5000)
    qtbot.wait(50)
    assert view.turn_views() == [] and len(view.thread.turns) == 1 and not view.busy
    assert view.send_button.isEnabled()


def test_the_view_works_on_the_synchronous_runner(qtbot, azure_server, masker, template):
    from desktop.workers.tasks import SyncTaskRunner

    pipe = Pipeline(azure_settings(azure_server), lambda: TEST_KEY, masker)
    first = pipe.prepare(template, {"text": DOC})
    v = ThreadView(SyncTaskRunner())
    qtbot.addWidget(v)
    v.start(pipe, first, pipe.execute(first))
    busy: list[bool] = []
    v.busyChanged.connect(busy.append)
    v.input.setPlainText("もっと短く")
    with qtbot.waitSignal(v.turnFinished, timeout=5000):
        v.send()
    assert busy == [True, False] and not v.busy and v.send_button.isEnabled()
    assert len(v.thread.turns) == 2


def test_a_used_follow_up_rates_the_task_once(qtbot):
    panel = AnswerPanel()
    qtbot.addWidget(panel)
    panel.set_task_info(manual_minutes=15)
    panel.begin()
    panel.finish(_Result("回答です。"))
    with qtbot.waitSignal(panel.outcomeChosen) as sig:
        panel.answer_used()
    assert sig.args == ["used", None]
    with qtbot.assertNotEmitted(panel.outcomeChosen):
        panel.answer_used()  # the clerk's own choice (or the first use) is not overwritten
