"""Task kinds plug their own widgets into the window through ``kind_views``: the window asks the
registry by the template's ``output`` and has no branch for any kind (Excel included)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.ui import kind_views
from desktop.ui.excel_panel import ExcelCheckView, ExcelFormulaPanel
from desktop.ui.relay_dialog import RelayDialog
from tests.ui.helpers import shown_window, when_shown


class ToyInput(QWidget):
    changed = Signal()
    submitRequested = Signal()

    def __init__(self, ctx: kind_views.ViewContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.lang = ctx.lang
        self.edit = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.edit)
        self.edit.textChanged.connect(self.changed)

    def values(self) -> dict[str, str]:
        return {"text": self.edit.text()}

    def files(self) -> dict[str, Path]:
        return {}

    def validate(self) -> list[str]:
        return [] if self.edit.text() else ["書いてください。"]


class ToyResult(QLabel):
    def __init__(self, _ctx: kind_views.ViewContext, parent: QWidget) -> None:
        super().__init__(parent)

    def show_task_result(self, prepared, result) -> None:
        self.setText(f"{prepared.template.id}: {len(result.output)}")

    def clear(self) -> None:
        super().clear()


@pytest.fixture
def toy_views():
    kind_views.register("letter", input=ToyInput)
    kind_views.register("text", result=ToyResult)
    yield
    kind_views.register("letter")  # no views: the generic form, the answer alone
    kind_views.register("text")


def test_excel_is_registered_in_the_one_module():
    views = kind_views.views_for("excel_formula")
    assert views.input is not None and views.result is not None
    assert kind_views.views_for("no-such-kind") == kind_views.KindViews()
    source = (Path(kind_views.__file__).parent / "main_window.py").read_text("utf-8")
    assert "excel" not in source.lower()


def test_a_kinds_input_replaces_the_form_and_its_result_comes_with_the_answer(qtbot, toy_views):
    window = shown_window(qtbot)
    assert window.template_list.select("greeting")  # output = "letter"
    toy = window.input_widget()
    assert isinstance(toy, ToyInput) and toy.isVisible() and not window.form.isVisible()
    window.send_or_preview()
    assert window.prepared is None  # the kind's validate() said no
    assert "書いてください。" in window.statusBar().currentMessage()

    assert window.template_list.select("summarize")  # output = "text": the generic form
    assert window.input_widget() is window.form
    view = window.result_view()
    assert isinstance(view, ToyResult) and not view.isVisible()
    window.form.fields()["text"].set_value("会議の資料です。")
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None, timeout=10000)

    def answer(dialog) -> None:
        dialog.answer_edit.setPlainText("要約です。")
        dialog.ok_button.click()

    relay = when_shown(RelayDialog, answer)
    window.send_or_preview()
    assert not relay.isActive()
    assert view.isVisible() and view.text() == "summarize: 5"


def test_the_excel_views_come_from_the_registry(qtbot):
    window = shown_window(qtbot)
    assert window.template_list.select("excel-formula")
    assert isinstance(window.input_widget(), ExcelFormulaPanel)
    assert isinstance(window.result_view(), ExcelCheckView)
    assert window.template_list.select("summarize")
    assert window.input_widget() is window.form and window.result_view() is None


def test_a_workspace_kind_takes_the_place_of_the_form_and_the_answer(qtbot):
    """The table analysis runs its own flow: choosing its template shows the analysis panel
    instead of the form and the answer; choosing another template brings them back, and the
    panel (with its files) is kept for the next visit."""
    from desktop.ui.analysis_panel import AnalysisPanel

    window = shown_window(qtbot)
    window.template_list.select("table-analysis")
    qtbot.waitUntil(lambda: isinstance(window.workspaces.active, AnalysisPanel), timeout=5000)
    panel = window.workspaces.active
    assert panel.isVisible()
    assert not window.task_pane.isVisible() and not window.answer_area.isVisible()
    window.template_list.select("summarize")
    qtbot.waitUntil(lambda: window.task_pane.isVisible(), timeout=5000)
    assert window.workspaces.active is None and not panel.isVisible()
    window.template_list.select("table-analysis")
    qtbot.waitUntil(lambda: window.workspaces.active is panel, timeout=5000)


def test_a_knowledge_answer_lists_its_sources_under_it(qtbot, tmp_path):
    from desktop.core.llm.cost import TokenUsage
    from desktop.core.tasks import TaskResult

    view = kind_views.views_for("knowledge").result(kind_views.ViewContext(None), None)
    qtbot.addWidget(view)
    source = {"number": 1, "path": str(tmp_path / "要綱.docx"), "document": "要綱.docx",
              "location": "第3条", "text": "補助金の額は10万円とする。", "score": 1.0}
    result = TaskResult(output="10万円です[1]。", masked_output="", usage=TokenUsage(),
                        cost_jpy=0.0, incomplete=False, error=None, event_id="e",
                        provider="azure", extra={"sources": [source], "retrieved": [source]})
    view.show_task_result(None, result)
    assert view.sources() == [source]
    view.clear()
    assert view.sources() == []


def test_variables_a_kind_fills_are_not_shown_in_the_form(qtbot):
    window = shown_window(qtbot)
    window.template_list.select("ask-documents")
    qtbot.waitUntil(lambda: window.presenter.template is not None
                    and window.presenter.template.id == "ask-documents", timeout=5000)
    template = window.presenter.template
    automatic = {v.name for v in template.variables if v.automatic}
    assert automatic == {"passages"}
    shown = set(window.form.values())
    assert "passages" not in shown and shown  # the question is there, the passages are not
