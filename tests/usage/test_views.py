from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from desktop.core.usage import UsageStore, load_exports
from desktop.ui.usage_views import ManagerDashboard, MyUsageView
from desktop.workers.tasks import TaskRunner
from tests.usage.helpers import JST, event, line, write_lines

NOW = datetime(2025, 5, 14, 15, 0, tzinfo=JST)  # a Wednesday


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.wait(5000)


def test_my_usage_shows_week_month_and_templates(qtbot, tmp_path, runner):
    store = UsageStore.open(tmp_path / "usage.sqlite3")
    store.record(event(started_at=datetime(2025, 5, 13, 9, 0, tzinfo=JST), manual_minutes=60,
                       active_seconds=1800))                                 # this week: 30 min
    store.record(event(started_at=datetime(2025, 5, 2, 9, 0, tzinfo=JST), template_id="summary",
                       manual_minutes=100, active_seconds=600))              # this month: 90 min
    store.record(event(started_at=datetime(2025, 5, 12, 9, 0, tzinfo=JST), outcome="discarded"))
    store.record(event(started_at=datetime(2025, 4, 30, 9, 0, tzinfo=JST)))  # last month
    view = MyUsageView(store, runner, clock=lambda: NOW)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.month is not None, timeout=5000)
    assert view.week.tasks == 2 and view.month.tasks == 3
    assert view.week.saved_hours == pytest.approx(0.5)
    assert view.month.saved_hours == pytest.approx(2.0)
    assert "0.5 時間" in view.week_label.text() and "2.0 時間" in view.month_label.text()
    assert view.table.rowCount() == 2
    assert view.table.item(0, 0).text() == "summary" and view.table.item(0, 3).text() == "1.5"
    store.close()


def test_my_usage_shows_recovery_message(qtbot, tmp_path, runner):
    path = tmp_path / "usage.sqlite3"
    path.write_bytes(b"garbage" * 100)
    store = UsageStore.open(path)
    view = MyUsageView(store, runner, clock=lambda: NOW)
    qtbot.addWidget(view)
    assert "退避" in view.notice.text() and not view.notice.isHidden()
    qtbot.waitUntil(lambda: view.month is not None, timeout=5000)
    store.close()


def _exports(folder):
    folder.mkdir()
    write_lines(folder / "a.jsonl", [
        line(user="ua", department="総務課", template_id="greeting", saved_minutes=30,
             started_at="2025-01-10T09:00:00+09:00", cost_jpy=3.0),
        line(user="ua", department="総務課", template_id="summary", saved_minutes=90,
             started_at="2025-02-10T09:00:00+09:00", cost_jpy=1.0),
        b"{oops",
    ])
    write_lines(folder / "b.jsonl", [
        line(user="ub", department="福祉課", template_id="greeting", saved_minutes=60,
             started_at="2025-02-11T09:00:00+09:00", cost_jpy=2.0),
        line(user="uc", department="", template_id="greeting", saved_minutes=0,
             outcome="discarded", started_at="2025-02-12T09:00:00+09:00", cost_jpy=0.5),
    ])
    return folder


def test_dashboard_numbers_equal_the_report_and_export_writes_xlsx(qtbot, tmp_path, runner):
    folder = _exports(tmp_path / "share")
    out = tmp_path / "out" / "report"
    dash = ManagerDashboard(runner, choose_folder=lambda *_: str(folder),
                            choose_save_path=lambda *_: str(out))
    qtbot.addWidget(dash)
    dash.resize(1100, 760)
    with qtbot.waitSignal(dash.loaded, timeout=10000):
        dash.browse()
    expected = load_exports([folder])
    assert dash.data.to_json_dict() == expected.to_json_dict()
    assert dash.totals["hours"].text() == "3.0"
    assert dash.totals["events"].text() == "4"
    assert dash.totals["users"].text() == "3"
    assert dash.totals["skipped"].text() == "1"
    assert dash.totals["adoption"].text() == "75%"
    assert dash.chart_values(dash.month_chart) == pytest.approx([0.5, 2.5])
    assert dash.chart_values(dash.users_chart) == pytest.approx([1, 3])
    assert dash.chart_values(dash.cost_chart) == pytest.approx([3.0, 3.5])
    assert dash.chart_values(dash.dept_chart) == pytest.approx([2.0, 1.0, 0.0])
    assert dash.chart_values(dash.template_chart) == pytest.approx([1.5, 1.5])
    assert dash.export_button.isEnabled()
    with qtbot.waitSignal(dash.exported, timeout=10000) as blocker:
        dash.export_xlsx()
    saved = blocker.args[0]
    assert saved.name == "report.xlsx" and saved.exists()
    months = openpyxl.load_workbook(saved)["月別"]
    assert [c.value for c in months["B"]][1:] == pytest.approx([0.5, 2.5])


def test_dashboard_period_filter_and_missing_folder(qtbot, tmp_path, runner):
    folder = _exports(tmp_path / "share")
    dash = ManagerDashboard(runner, default_folder=str(folder))
    qtbot.addWidget(dash)
    dash.period_check.setChecked(True)
    from PySide6.QtCore import QDate

    dash.from_edit.setDate(QDate(2025, 2, 1))
    dash.to_edit.setDate(QDate(2025, 2, 28))
    with qtbot.waitSignal(dash.loaded, timeout=10000):
        dash.load()
    assert dash.data.events == 3 and list(dash.data.by_month) == ["2025-02"]
    dash.folder_edit.setText(str(tmp_path / "nowhere"))
    with qtbot.waitSignal(dash.failed, timeout=10000) as blocker:
        dash.load()
    assert "見つかりません" in blocker.args[0]
    assert dash.load_button.isEnabled()
