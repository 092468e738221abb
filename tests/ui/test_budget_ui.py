"""IT's monthly budget in the main window: what is left in the status bar, the warning, and the
stop at the limit that keeps the clerk's input (real widgets, real SDK, local Azure server)."""

from __future__ import annotations

from datetime import datetime

from desktop.core.paths import AppPaths
from desktop.core.usage.store import UsageStore
from desktop.ui.main_window import MainWindow
from tests.support.azure_fixtures import TEST_KEY, azure_server  # noqa: F401
from tests.ui.helpers import shown_window
from tests.usage.helpers import event

TEXT = "来月の防災訓練の案内文を要約してください。集合は午前9時、市役所前です。"



def used_this_month(tokens: int) -> None:
    paths = AppPaths.from_environment()
    paths.ensure()
    with UsageStore.open(paths.usage_db) as store:
        store.record(event(started_at=datetime.now().astimezone(), prompt_tokens=tokens,
                           completion_tokens=0, cost_jpy=0.0))


_window = shown_window


def _prepare(qtbot, window: MainWindow) -> None:
    assert window.template_list.select("summarize")
    window.form.fields()["text"].set_value(TEXT)
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None and not window.busy, timeout=10000)


def test_no_budget_no_label(qtbot, azure_env):
    window = _window(qtbot)
    qtbot.wait(100)
    assert window.budget_label.text() == ""


def test_at_the_limit_the_window_says_so_and_keeps_the_input(qtbot, azure_env, policy_file):
    policy_file.write_text("monthly_token_budget = 1000\n", "utf-8")
    used_this_month(1000)
    window = _window(qtbot)
    qtbot.waitUntil(lambda: "上限に達しました" in window.budget_label.text(), timeout=5000)
    _prepare(qtbot, window)
    prepared = window.prepared
    window.send_or_preview()
    qtbot.waitUntil(lambda: "送信できません" in window.answer.status.text(), timeout=5000)
    assert azure_env.chat_requests == []
    assert window.form.values()["text"] == TEXT  # the clerk's input is still there
    assert window.prepared is prepared and not window.busy
    assert not window.answer.retry_button.isVisible()  # retrying cannot help this month
    assert "送信できません" in window.statusBar().currentMessage()


def test_used_up_since_start_the_pipeline_stops_it(qtbot, azure_env, policy_file):
    policy_file.write_text("monthly_token_budget = 1000\n", "utf-8")
    window = _window(qtbot)
    qtbot.waitUntil(lambda: "1,000 トークン" in window.budget_label.text(), timeout=5000)
    assert window.budget_label.text().startswith("今月の残り")
    used_this_month(1500)  # e.g. the command line, or a second window, used the rest
    _prepare(qtbot, window)
    window.send_or_preview()
    qtbot.waitUntil(lambda: "送信できません" in window.answer.status.text(), timeout=10000)
    assert azure_env.chat_requests == []
    qtbot.waitUntil(lambda: "上限に達しました" in window.budget_label.text(), timeout=5000)
    assert window.form.values()["text"] == TEXT


def test_near_the_limit_the_answer_comes_with_a_warning(qtbot, azure_env, policy_file):
    policy_file.write_text("monthly_token_budget = 100000\nbudget_warning_percent = 80\n",
                           "utf-8")
    used_this_month(85_000)
    window = _window(qtbot)
    qtbot.waitUntil(lambda: "今月の残り" in window.budget_label.text(), timeout=5000)
    assert "15,000 トークン" in window.budget_label.text()
    assert "%" in window.budget_label.toolTip()
    _prepare(qtbot, window)
    window.send_or_preview()
    qtbot.waitUntil(lambda: not window.busy and bool(window.answer.answer_text()), timeout=15000)
    assert len(azure_env.chat_requests) == 1
    qtbot.waitUntil(lambda: "%" in window.statusBar().currentMessage(), timeout=5000)
    assert "上限" in window.statusBar().currentMessage()
    left = 100_000 - window.usage.spend(*_month())[0]  # this answer counted too
    assert f"{left:,} トークン" in window.budget_label.text()


def _month():
    from desktop.core.budget import month_bounds

    return month_bounds(datetime.now().astimezone())
