"""The guided Excel flow and the check view, with real files and the synchronous runner."""

from __future__ import annotations

import openpyxl

from desktop.ui.excel_panel import ExcelCheckView, ExcelFormulaPanel
from desktop.workers.tasks import SyncTaskRunner
from tests.excel.conftest import ROWS


def test_panel_lists_sheets_and_previews_rows(qtbot, book):
    panel = ExcelFormulaPanel(SyncTaskRunner())
    qtbot.addWidget(panel)
    assert panel.validate()  # nothing chosen yet
    with qtbot.waitSignal(panel.changed):
        panel.load_file(book)
    sheets = [panel.sheet_combo.itemText(i) for i in range(panel.sheet_combo.count())]
    assert sheets == ["受付", "職員"]
    model = panel.preview_model
    assert model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) \
        == "B 担当"
    assert model.data(model.index(0, 1)) == ROWS[0][1]
    assert model.data(model.index(0, 0)) == "2024/04/01"
    panel.sheet_combo.setCurrentText("職員")
    assert model.data(model.index(0, 1)) == "総務課"
    panel.request_edit.setPlainText("所属を引きたい")
    panel.target_edit.setText("D")
    assert panel.validate() == []
    assert panel.values() == {"sheet": "職員", "request": "所属を引きたい", "target": "D"}
    assert panel.files() == {"workbook": book}
    with qtbot.waitSignal(panel.submitRequested):  # Enter in 入力先 (the window's button sends)
        qtbot.keyClick(panel.target_edit, __import__("PySide6.QtCore").QtCore.Qt.Key.Key_Return)
    panel.target_edit.setText("H2:J9")
    assert panel.validate()  # a block of several columns is not a target


def test_check_view_shows_status_and_applies_to_a_copy(qtbot, book):
    opened = []
    view = ExcelCheckView(SyncTaskRunner(), open_folder=opened.append)
    qtbot.addWidget(view)
    view.set_context(book, "受付", "H")
    view.show_result({"formula": "=F2*2", "formulas": ["=F2*2", "=F2+F2"],
                      "check": {"status": "ok", "value": 2400, "values": [2400, 1600],
                                "message": "計算しました"}})
    assert view.status_label.property("status") == "ok"
    assert "2400" in view.values_label.text() and view.formulas_box.count() == 2
    with qtbot.waitSignal(view.applied) as blocker:
        view.apply_button.click()
    copy = blocker.args[0]
    assert copy.endswith("受付一覧_数式追加.xlsx") and opened
    ws = openpyxl.load_workbook(copy)["受付"]
    assert ws["H2"].value == "=F2*2" and ws[f"H{len(ROWS) + 1}"].value == f"=F{len(ROWS) + 1}*2"
    assert openpyxl.load_workbook(book)["受付"]["H2"].value is None  # original untouched
    view.show_result({"formula": "=FOO()", "formulas": ["=FOO()"],
                      "check": {"status": "error", "value": "#NAME?", "message": "x"}})
    assert view.status_label.property("status") == "error"
    assert not view.apply_button.isEnabled()


def test_a_failed_load_forgets_the_previous_workbook(qtbot, book, tmp_path):
    from desktop.ui.excel_panel import ExcelFormulaPanel
    from desktop.workers.tasks import SyncTaskRunner

    panel = ExcelFormulaPanel(SyncTaskRunner())
    qtbot.addWidget(panel)
    panel.load_file(book)
    assert panel.files()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip at all")
    panel.load_file(broken)
    assert panel.files() == {} or "workbook" not in panel.files()
    assert panel.validate()  # nothing to check against: the clerk is told to open a book
