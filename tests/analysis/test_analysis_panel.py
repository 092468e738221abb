"""The analysis panel on its own, as a new user would use it: real widgets, the real TaskRunner
(thread pool), the real openai SDK against the local Azure-protocol server."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import Qt

from desktop.core.services import build_services
from desktop.ui.analysis_panel import AnalysisPanel
from desktop.workers.tasks import TaskRunner
from tests.analysis.conftest import REPORT
from tests.analysis.test_cli_analyze import answer, assert_nothing_personal_sent, replies
from tests.support.azure_fixtures import TEST_KEY

SHOTS = Path(os.environ.get("OFFICE_ASSISTANT_SHOTS", "/work/notes/shots"))


@pytest.fixture
def panel(qtbot, azure_server, monkeypatch):
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    runner = TaskRunner()
    widget = AnalysisPanel(build_services(), runner)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()
    runner.wait(10000)


def _model_rows(panel):
    model = panel.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_two_files_sheet_choice_question_result_chart_explain_export(
        qtbot, panel, azure_server, sjis_csv, report_xlsx, rows, tmp_path):
    assert not panel.run_button.isEnabled()  # nothing to analyse yet
    assert not panel.sheet_combo.isVisible() and not panel.export_button.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    panel.grab().save(str(SHOTS / "analysis-empty.png"))
    panel.add_files([sjis_csv, report_xlsx])
    panel.files.setCurrentRow(1)
    qtbot.waitUntil(lambda: panel.sheet_combo.count() == 3, timeout=10000)
    assert panel.sheet_combo.isVisible()
    panel.sheet_combo.setCurrentIndex(panel.sheet_combo.findData("日付"))
    panel.question.insertPlainText("地区ごとの件数")  # keyClicks types ASCII only
    assert panel.run_button.isEnabled()
    seen = replies(azure_server,
                   answer('SELECT "地区", count(*) AS "件数" FROM "住民名簿" GROUP BY 1 '
                          'ORDER BY "件数" DESC, 1'),
                   "どの地区も同じ件数です。")
    with qtbot.waitSignal(panel.analysisFinished, timeout=20000) as blocker:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    outcome = blocker.args[0]
    assert outcome.ok, outcome.error
    counts = Counter(r["地区"] for r in rows)
    expected = sorted(([d, f"{n:,}"] for d, n in counts.items()), key=lambda x: (-int(x[1]), x[0]))
    assert _model_rows(panel) == expected
    assert panel.model.headerData(0, Qt.Orientation.Vertical) == "1"  # rows numbered from 1
    assert "GROUP BY" in panel.sql_view.toPlainText()
    (series,) = panel.chart.series()
    assert isinstance(series, QBarSeries)
    assert [series.barSets()[0].at(i) for i in range(len(expected))] == [
        float(n) for _d, n in expected]
    assert "住民名簿（48 行・8 列）" in panel.tables_label.text()
    assert "氏名" in panel.tables_label.text() and "異動届_日付" in panel.tables_label.text()
    assert '"異動届_日付"' in seen[0]["messages"][-1]["content"]  # the chosen sheet was loaded
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(200)  # the chart lays out its axes on the next paint
    panel.grab().save(str(SHOTS / "analysis-panel.png"))

    with qtbot.waitSignal(panel.explained, timeout=20000) as blocker:
        qtbot.mouseClick(panel.explain_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "どの地区も同じ件数です。"
    assert panel.explanation.isVisible()
    target = tmp_path / "保存" / "地区別.xlsx"
    with qtbot.waitSignal(panel.exported, timeout=20000):
        panel.export_to(target)
    wb = openpyxl.load_workbook(target)
    assert len(wb["結果"]._charts) == 1
    assert "住民名簿.csv" in wb["条件"]["B3"].value
    assert_nothing_personal_sent(azure_server, rows)


def test_dates_by_month_draw_a_line(qtbot, panel, azure_server, report_xlsx):
    panel.add_files([report_xlsx])
    qtbot.waitUntil(lambda: not panel.busy and panel.sheet_combo.count() == 3, timeout=10000)
    panel.question.setPlainText("月ごとの件数")
    replies(azure_server, answer('SELECT date_trunc(\'month\', "受付_日付") AS "月", '
                                 'sum("受付_件数") AS "件数" FROM "異動届_集計" GROUP BY 1 ORDER BY 1',
                                 "line"))
    with qtbot.waitSignal(panel.analysisFinished, timeout=20000):
        panel.run_analysis()
    (series,) = panel.chart.series()
    assert isinstance(series, QLineSeries)
    assert [p.y() for p in series.points()] == [float(n) for *_x, n, _a in REPORT]
    qtbot.wait(200)
    panel.grab().save(str(SHOTS / "analysis-line.png"))


def test_a_refused_query_shows_why_and_keeps_the_table_empty(qtbot, panel, azure_server,
                                                             sjis_csv, tmp_path):
    panel.add_files([sjis_csv])
    panel.question.setPlainText("全部書き出して")
    out = tmp_path / "漏洩.csv"
    replies(azure_server, answer(f"COPY \"住民名簿\" TO '{out}'"))
    with qtbot.waitSignal(panel.failed, timeout=20000) as blocker:
        panel.run_analysis()
    assert "実行しませんでした" in blocker.args[0]
    assert panel.model.rowCount() == 0 and not out.exists()
    assert not panel.export_button.isEnabled() and not panel.explain_button.isEnabled()
    assert panel.run_button.isEnabled()  # the clerk can rephrase and try again
    panel.grab().save(str(SHOTS / "analysis-refused.png"))


def test_dropped_table_files_are_added(qtbot, panel, sjis_csv, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    other = tmp_path / "メモ.docx"
    other.write_bytes(b"x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sjis_csv)), QUrl.fromLocalFile(str(other))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    assert [panel.files.item(i).text() for i in range(panel.files.count())] == ["住民名簿.csv"]
