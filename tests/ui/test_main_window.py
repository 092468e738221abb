"""The main window end to end: real widgets, the real SDK against the local fake Azure server."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import Qt, QTimer

from desktop.core.services import build_services
from desktop.ui.main_window import MainWindow
from tests.support.azure_fixtures import TEST_KEY, Fault, azure_server  # noqa: F401
from tests.ui.helpers import shown_window, when_shown

CASE_TEXT = (
    "相談記録\n申請者: 山田太郎様（昭和50年3月4日生）\n"
    "住所: 東京都新宿区西新宿2丁目8番1号 ハイツ西新宿101号室\n"
    "電話: 090-1234-5678　メール: taro.yamada@example.jp\n"
    "児童手当の申請について、必要書類の案内を希望された。\n"
)
PERSONAL = ("山田", "太郎", "090-1234-5678", "taro.yamada@example.jp", "西新宿2丁目8番1号")



_window = shown_window


def _fill_summary(window: MainWindow, text: str) -> None:
    assert window.template_list.select("summarize")
    window.form.fields()["text"].set_value(text)


def test_starts_unconfigured_in_japanese_with_templates(qtbot):
    window = _window(qtbot)
    assert "業務AIアシスタント" in window.windowTitle()
    ids = window.template_list.visible_ids()
    for required in ("summarize", "greeting", "email", "reply-resident", "minutes", "proofread",
                     "translate", "plain-japanese", "ideas", "excel-formula", "vba-macro", "agenda"):
        assert required in ids
    assert "クリップボード" in window.provider_label.text()
    window.template_list.search.setText("挨拶")
    assert window.template_list.visible_ids() == ["greeting"]


def test_preview_then_send_masks_everything_and_restores_answer(qtbot, azure_env):
    window = _window(qtbot)
    _fill_summary(window, CASE_TEXT)
    window.send_or_preview()  # first Ctrl+Enter: prepare and show what will be sent
    qtbot.waitUntil(lambda: window.prepared is not None, timeout=10000)
    assert window.middle_tabs.currentIndex() == 1
    types = {e.type for e in window.preview.selected_entities()}
    assert {"PERSON", "PHONE", "EMAIL", "ADDRESS"} <= types
    assert azure_env.requests == []  # nothing left the PC yet

    window.send_or_preview()  # second Ctrl+Enter: send exactly that
    qtbot.waitUntil(lambda: not window.busy and bool(window.answer.answer_text()), timeout=15000)
    sent = azure_env.all_request_text()
    for value in PERSONAL:
        assert value not in sent
    answer = window.answer.answer_text()
    for value in ("山田太郎", "090-1234-5678", "taro.yamada@example.jp"):
        assert value in answer  # the fake server echoes the prompt: placeholders restored

    event_id = window.pending_event
    assert event_id
    window.answer.copy_all()  # copying the answer means it was used
    event = window.usage.get(event_id)
    assert event.outcome == "used"
    assert event.masked.get("PERSON", 0) >= 1
    raw = window.services.paths.usage_db.read_bytes()
    assert "山田".encode() not in raw


def test_released_finding_is_sent_as_shown(qtbot, azure_env):
    window = _window(qtbot)
    _fill_summary(window, "担当の佐藤花子さんから連絡がありました。")
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None, timeout=10000)
    chosen = [e for e in window.preview.selected_entities() if e.type != "PERSON"]
    window.presenter.edit_preview(chosen)  # what the preview's release does, off the UI thread
    qtbot.waitUntil(lambda: not window.busy and "佐藤花子" in window.prepared.user_masked, timeout=10000)
    window.send_or_preview()
    qtbot.waitUntil(lambda: not window.busy and bool(window.answer.answer_text()), timeout=15000)
    assert "佐藤花子" in azure_env.all_request_text()


def test_stop_cancels_a_slow_stream_and_keeps_partial_answer(qtbot, azure_env):
    azure_env.script(Fault.slow(0.2))
    window = _window(qtbot)
    _fill_summary(window, "会議の資料を要約してください。" * 20)
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None, timeout=10000)
    window.send_or_preview()
    qtbot.waitUntil(lambda: bool(window.answer.answer_text()), timeout=10000)

    # The UI thread keeps ticking while the answer streams.
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    qtbot.wait(300)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    window.stop()
    t0 = time.perf_counter()
    qtbot.waitUntil(lambda: not window.busy, timeout=5000)
    timer.stop()
    assert time.perf_counter() - t0 < 2.0
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert gaps and max(gaps) < 0.25
    assert window.answer.answer_text()  # the partial answer is kept
    assert window.form.values()["text"].startswith("会議の資料")  # and so is the input


def test_missing_required_value_stays_on_the_form(qtbot):
    window = _window(qtbot)
    _fill_summary(window, "")
    window.send_or_preview()
    assert window.prepared is None
    assert window.middle_tabs.currentIndex() == 0
    assert window.statusBar().currentMessage()


def test_wrong_deployment_is_explained(qtbot, azure_env, monkeypatch):
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-typo")
    window = _window(qtbot)
    _fill_summary(window, "テストの文章です。")
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None, timeout=10000)
    window.send_or_preview()
    qtbot.waitUntil(lambda: not window.busy and "gpt-4o-typo" in window.answer.status.text(),
                    timeout=15000)
    assert window.form.values()["text"] == "テストの文章です。"


def test_vba_answer_shows_copyable_code_that_is_never_run(qtbot, azure_env):
    azure_env.reply = lambda body: ("## コード\n```vba\nOption Explicit\nSub 集計()\n"
                                    "    MsgBox \"完了\"\nEnd Sub\n```\n## 使い方\n1. 貼り付けます")
    window = _window(qtbot)
    assert window.template_list.select("vba-macro")
    for field in window.form.fields().values():
        if field.var.required and not field.value():
            field.set_value("A列の空白行を削除して件数を表示する")
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None, timeout=10000)
    window.send_or_preview()
    qtbot.waitUntil(lambda: not window.busy and bool(window.answer.answer_text()), timeout=15000)
    assert window.code_blocks.isVisible()
    assert window.code_blocks.blocks() == ['Option Explicit\nSub 集計()\n    MsgBox "完了"\nEnd Sub']


def test_no_personal_data_in_any_file_the_app_writes(qtbot, azure_env, app_home):
    import logging

    from desktop.core.logging_setup import configure_logging

    window = _window(qtbot)
    configure_logging(window.services.paths.log_file, level=logging.DEBUG)
    assert window.template_list.select("email")
    for field in window.form.fields().values():
        if field.var.type in ("text", "multiline"):
            field.set_value("山田太郎様 090-1234-5678 taro.yamada@example.jp")
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None, timeout=10000)
    window.send_or_preview()
    qtbot.waitUntil(lambda: not window.busy and bool(window.answer.answer_text()), timeout=15000)
    window.answer.copy_all()
    window.close()
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_office_assistant", False):
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert window.services.paths.log_file.exists()
    written = [p for p in app_home.rglob("*") if p.is_file()]
    assert any(p.name.startswith("usage") for p in written)
    for path in written:
        data = path.read_bytes()
        for value in ("山田", "090-1234-5678", "taro.yamada"):
            assert value.encode() not in data, f"{value} found in {path.name}"


def test_used_task_is_exported_and_shown_in_my_usage(qtbot, azure_env, tmp_path):
    import json

    from PySide6.QtWidgets import QDialog

    share = tmp_path / "share"
    services = build_services()
    services.settings.update({"usage_export_folder": str(share), "department": "税務課",
                              "user_id_salt": "org-salt"})
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=15000)
    _fill_summary(window, "山田太郎様からの相談です。")
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None, timeout=10000)
    window.send_or_preview()
    qtbot.waitUntil(lambda: not window.busy and bool(window.answer.answer_text()), timeout=15000)
    event_id = window.pending_event
    window.answer.copy_all()
    window.export_usage(report=True)
    # The file appears before its line is written: wait for the export to say it is done.
    qtbot.waitUntil(lambda: "件を書き出しました" in window.statusBar().currentMessage(),
                    timeout=5000)
    assert any(share.glob("*.jsonl"))
    lines = next(share.glob("*.jsonl")).read_text("utf-8").splitlines()
    record = json.loads(lines[0])
    assert record["event_id"] == event_id and record["outcome"] == "used"
    assert record["department"] == "税務課" and record["template_id"] == "summarize"
    assert "山田" not in lines[0]

    window.show_my_usage()
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert dialogs and "自分の利用状況" in dialogs[-1].windowTitle()
    dialogs[-1].close()


def test_clipboard_relay_is_the_unconfigured_default_and_round_trips(qtbot):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from desktop.ui.relay_dialog import RelayDialog

    window = _window(qtbot)
    assert window.pipeline.settings.provider == "clipboard"
    _fill_summary(window, "山田太郎様（090-1234-5678）から児童手当の相談がありました。")
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None, timeout=10000)
    seen: dict[str, str] = {}

    def drive_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, RelayDialog) and w.isVisible())
        dialog.copy_button.click()
        seen["clipboard"] = QGuiApplication.clipboard().text()
        placeholder = seen["clipboard"].split("〔氏名")[1].split("〕")[0]
        dialog.answer_edit.setPlainText(f"〔氏名{placeholder}〕様への回答案です。")
        dialog.ok_button.click()

    QTimer.singleShot(200, drive_dialog)
    window.send_or_preview()  # opens the modal relay dialog; the timer answers it
    assert "山田" not in seen["clipboard"] and "090-1234-5678" not in seen["clipboard"]
    assert window.answer.answer_text() == "山田太郎様への回答案です。"
    event = window.usage.get(window.pending_event)
    assert event.provider == "clipboard" and event.masked.get("PERSON") == 1


def test_duplicate_and_edit_a_template_from_the_menu(qtbot):
    from desktop.ui.template_editor import TemplateEditorDialog

    window = _window(qtbot)
    assert window.template_list.select("greeting")

    def edit(dialog) -> None:
        text = dialog.text()
        dialog.editor.setPlainText(text.replace("manual_minutes = ", "manual_minutes = 1", 1))
        dialog.save()

    editing = when_shown(TemplateEditorDialog, edit)
    window.template_actions.duplicate.trigger()  # the list is read again on a worker, then the editor opens

    def own_selected() -> bool:
        own = [t for t in window.templates.all() if t.source == "user"]
        return (not editing.isActive() and len(own) == 1
                and window.template_list.current_id() == own[0].id
                and window.template_actions.delete.isEnabled())

    qtbot.waitUntil(own_selected, timeout=10000)
    own = [t for t in window.templates.all() if t.source == "user"]
    assert len(own) == 1 and own[0].id != "greeting"
    assert own[0].manual_minutes != window.templates.get("greeting").manual_minutes
    assert window.template_list.current_id() == own[0].id
    assert window.template_actions.delete.isEnabled()
    assert (window.services.paths.user_templates_dir / f"{own[0].id}.toml").exists()


def test_switching_to_azure_in_settings_takes_effect_without_restart(qtbot, azure_server):  # noqa: F811
    from PySide6.QtWidgets import QApplication

    from desktop.ui.settings_dialog import SettingsDialog

    window = _window(qtbot)
    assert window.pipeline.settings.provider == "clipboard"

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, SettingsDialog) and w.isVisible())
        provider = dialog.editors["provider"]
        provider.setCurrentIndex(provider.findData("azure"))
        dialog.editors["endpoint"].setText(azure_server.endpoint)
        dialog.editors["deployment"].setText("gpt-4o-mini")
        dialog.api_key_edit.setText(TEST_KEY)
        dialog.accept()

    QTimer.singleShot(200, fill)
    window.open_settings()
    qtbot.waitUntil(lambda: window.ready, timeout=15000)  # rebuilt on a worker
    assert window.pipeline.settings.provider == "azure"
    assert "Azure" in window.provider_label.text()
    qtbot.waitUntil(lambda: window.ready, timeout=15000)
    _fill_summary(window, "会議の資料です。")
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None, timeout=10000)
    window.send_or_preview()
    qtbot.waitUntil(lambda: not window.busy and bool(window.answer.answer_text()), timeout=15000)
    assert len(azure_server.chat_requests) == 1


def _answer_once(qtbot, window: MainWindow, text: str) -> None:
    _fill_summary(window, text)
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None and not window.busy, timeout=10000)
    window.send_or_preview()
    qtbot.waitUntil(lambda: not window.busy and bool(window.answer.answer_text()), timeout=15000)


def test_ctrl_enter_after_an_answer_does_not_resend_and_corrections_are_recorded(qtbot, azure_env):
    window = _window(qtbot)
    _answer_once(qtbot, window, "会議の資料です。")
    first = window.answer.answer_text()
    event_id = window.pending_event
    window.send_or_preview()  # must not pay for a second request or wipe the answer
    qtbot.waitUntil(lambda: not window.busy, timeout=10000)
    assert len(azure_env.chat_requests) == 1
    assert window.answer.answer_text() == first

    window.answer.minutes.setValue(45)
    window.answer.choose_outcome("used")
    window.answer.minutes.setValue(50)
    window.answer.choose_outcome("edited")  # the clerk corrects the first click
    event = window.usage.get(event_id)
    assert event.outcome == "edited" and event.manual_minutes == 50


def test_released_finding_is_applied_off_the_ui_thread_and_sent(qtbot, azure_env):
    window = _window(qtbot)
    _fill_summary(window, "担当の佐藤花子さんから連絡がありました。")
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None, timeout=10000)
    rows = [i for i, e in enumerate(window.preview.selected_entities()) if e.type == "PERSON"]
    assert window.preview.set_released(rows[0], True)
    qtbot.waitUntil(lambda: not window.busy and "佐藤花子" in window.prepared.user_masked,
                    timeout=10000)
    window.send_or_preview()
    qtbot.waitUntil(lambda: not window.busy and bool(window.answer.answer_text()), timeout=15000)
    assert "佐藤花子" in azure_env.all_request_text()


def test_switching_templates_keeps_what_was_typed_for_the_session(qtbot):
    window = _window(qtbot)
    _fill_summary(window, "貼り付けた長い議事メモ")
    assert window.template_list.select("greeting")
    assert window.template_list.select("summarize")
    assert window.form.values()["text"] == "貼り付けた長い議事メモ"


def test_cancelling_the_relay_keeps_the_previous_answer(qtbot):
    from PySide6.QtWidgets import QApplication

    from desktop.ui.relay_dialog import RelayDialog

    window = _window(qtbot)
    _fill_summary(window, "会議の資料です。")
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None, timeout=10000)

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, RelayDialog) and w.isVisible())
        dialog.answer_edit.setPlainText("最初の回答です。")
        dialog.ok_button.click()

    QTimer.singleShot(200, answer)
    window.send_or_preview()
    assert window.answer.answer_text() == "最初の回答です。"
    event_id = window.pending_event

    def cancel() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, RelayDialog) and w.isVisible())
        dialog.reject()

    QTimer.singleShot(200, cancel)
    window.retry()  # sends the same prepared task again: the relay dialog, then cancel
    assert window.answer.answer_text() == "最初の回答です。"
    assert window.usage.get(event_id).outcome == "pending"


def test_a_follow_up_in_the_window_keeps_the_masking_and_the_thread(qtbot, azure_env):
    window = _window(qtbot)
    thread = window.answer_area.thread_view
    assert not thread.isVisible()  # nothing to follow up yet
    _fill_summary(window, CASE_TEXT)
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None, timeout=10000)
    window.send_or_preview()
    qtbot.waitUntil(lambda: not window.busy and bool(window.answer.answer_text()), timeout=15000)
    qtbot.waitUntil(lambda: thread.thread is not None and thread.isVisible(), timeout=5000)
    thread.input.setPlainText("山田太郎様と佐藤次郎様に宛てた、もっと短い文面にしてください。")
    thread.send()
    qtbot.waitUntil(lambda: not thread.busy and len(azure_env.chat_requests) == 2
                    and bool(thread.turn_views()) and bool(thread.turn_views()[-1].answer_text()),
                    timeout=15000)
    follow = azure_env.chat_requests[-1].body["messages"]
    assert [m["role"] for m in follow] == ["system", "user", "assistant", "user"]
    sent = azure_env.all_request_text()
    for value in (*PERSONAL, "佐藤次郎"):
        assert value not in sent
    reply = thread.turn_views()[-1].answer_text()
    assert "山田太郎" in reply and "佐藤次郎" in reply  # restored on the PC
    window.template_list.select("greeting")  # another task: the thread is forgotten
    qtbot.waitUntil(lambda: thread.thread is None and not thread.isVisible(), timeout=5000)


def test_the_window_opens_within_the_screens_free_area(qtbot):
    # 1360x820 by default: on a 1280x800 or 1366x768 office display it opened with its answer
    # pane and the send row off the screen.
    window = shown_window(qtbot)
    free = window.screen().availableGeometry()  # (the offscreen screen: 800 wide)
    least = window.minimumSizeHint()
    assert window.width() == max(min(1360, free.width() - 16), least.width())
    assert window.height() == max(min(820, free.height() - 40), least.height())


def test_a_narrow_window_wraps_the_answer_buttons_and_keeps_the_template_list_readable(qtbot):
    # The offscreen screen is 800 wide: narrower than any office display. The answer pane's
    # outcome row used to fix the pane at 432 px and squeeze the template list to 70 px (under
    # Wine's wider UI font to a sliver); now the row wraps and the list keeps its width.
    window = shown_window(qtbot)
    em = window.template_list.fontMetrics().horizontalAdvance("あ")
    assert window.splitter.sizes()[0] >= window.template_list.minimumWidth() >= 10 * em
    answer = window.answer
    pieces = [answer.used_button, answer.edited_button, answer.discarded_button,
              answer.minutes.parentWidget()]
    qtbot.waitUntil(lambda: len({w.geometry().y() for w in pieces}) > 1)  # wrapped
    row = answer.outcome_row.rect()
    assert all(row.contains(w.geometry()) for w in pieces)  # nothing cut off
    assert answer.minutes_label.parentWidget() is answer.minutes.parentWidget()
