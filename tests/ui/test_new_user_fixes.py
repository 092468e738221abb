"""What a new user met in the window, the mask preview and the Excel panel (issues #15, #17),
each shown fixed with real widgets."""

from __future__ import annotations

import re

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QPushButton

from desktop.core.masking import TYPE_LABELS, PiiMasker
from desktop.core.paths import builtin_templates_dir, resource_path
from desktop.core.templates import FormStateStore, load_template_file
from desktop.ui.excel_panel import ExcelFormulaPanel
from desktop.ui.labels import BUILTIN_CHOICES, ENTITY_LABELS
from desktop.ui.mask_preview import MaskPreview
from desktop.ui.template_form import TemplateForm
from desktop.workers.tasks import SyncTaskRunner
from tests.ui.helpers import shown_window


@pytest.fixture(scope="module")
def masker():
    return PiiMasker()


# The previous template's answer or error --------------------------------------------------------
def test_switching_template_clears_the_previous_error_and_answer(qtbot, policy_file):
    policy_file.write_text('blocked_terms = ["機密性3"]\n', "utf-8")
    window = shown_window(qtbot)
    assert window.template_list.select("summarize")
    window.form.fields()["text"].set_value("本件は機密性3の扱いです。")
    window.send_or_preview()
    qtbot.waitUntil(lambda: "機密性3" in window.answer.status.text(), timeout=10000)
    assert window.template_list.select("greeting")
    assert window.answer.status.text() == "" and window.answer.answer_text() == ""
    assert not window.answer.retry_button.isVisible()


def test_switching_to_excel_clears_the_previous_answer(qtbot):
    from desktop.ui.relay_dialog import RelayDialog
    from tests.ui.helpers import when_shown

    window = shown_window(qtbot)
    assert window.template_list.select("summarize")
    window.form.fields()["text"].set_value("会議の資料です。")
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None, timeout=10000)

    def answer(dialog) -> None:
        dialog.answer_edit.setPlainText("要約の回答です。")
        dialog.ok_button.click()

    relay = when_shown(RelayDialog, answer)
    window.send_or_preview()
    assert not relay.isActive() and window.answer.answer_text() == "要約の回答です。"
    assert window.template_list.select("excel-formula")
    assert window.answer.answer_text() == ""
    check = window.result_view()
    assert check is not None and check.status_label.text() == ""
    assert not check.isVisible()  # shown with an answer about a formula, not before


# The status bar --------------------------------------------------------------------------------
def test_a_long_status_message_stops_before_the_permanent_labels(qtbot):
    window = shown_window(qtbot)
    window.resize(900, 600)
    qtbot.wait(50)
    bar = window.status_bar
    assert not window.policy_label.isVisible() and not window.budget_label.isVisible()
    long = "読み込めなかったテンプレートがあります: " + "共有フォルダの設定を確認してください。" * 8
    bar.showMessage(long)
    shown = bar.shown_message()
    assert shown != long and shown.endswith("…")
    rect = bar.message_rect()
    assert bar.fontMetrics().horizontalAdvance(shown) <= rect.width()
    first_label = min(w.x() for w in (window.masker_label, window.provider_label) if w.isVisible())
    assert rect.right() < first_label - 8
    assert bar.toolTip() == long  # the whole message is one hover away
    bar.showMessage("記録しました。")
    assert bar.shown_message() == "記録しました。" and bar.toolTip() == ""


# The mask preview ---------------------------------------------------------------------------------
def test_legend_chips_wrap_between_chips_never_inside_one(qtbot):
    preview = MaskPreview()
    qtbot.addWidget(preview)
    preview.resize(320, 500)
    preview.show()
    qtbot.waitExposed(preview)
    chips = preview.legend_chips
    assert [c.text() for c in chips] == [ENTITY_LABELS[t] for t in ENTITY_LABELS]
    one_line = chips[0].fontMetrics().height()
    rows = {c.y() for c in chips}
    assert len(rows) > 1  # a narrow pane wraps the legend...
    for chip in chips:  # ...but every chip keeps its word on one line, inside the pane
        assert chip.height() < 2 * one_line, chip.text()
        assert chip.width() >= chip.fontMetrics().horizontalAdvance(chip.text())
        assert chip.geometry().right() <= preview.legend.width()


def test_a_new_preview_replacing_a_scrolled_one_places_every_finding(qtbot, masker):
    """Qt warned ``QTextCursor::setPosition: Position out of range`` (a warning fails the test)."""
    preview = MaskPreview()
    qtbot.addWidget(preview)
    preview.resize(600, 400)
    preview.show()
    long = "山田太郎様 090-1234-5678 の件。\n" * 400
    preview.show(long, masker.find(long), release_allowed=True)
    bar = preview.text_view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(20)
    short = "佐藤花子さん（090-9999-8888）から。\n" * 3 + "鈴木一郎 " * 10
    preview.show(short, masker.find(short), release_allowed=True)
    qtbot.wait(20)
    highlighted = {(s.cursor.selectionStart(), s.cursor.selectionEnd())
                   for s in preview.text_view.extraSelections()}
    assert highlighted == {(e.start, e.end) for e in preview.selected_entities()}


def test_the_replacement_count_is_the_count_of_the_list(qtbot):
    window = shown_window(qtbot)
    assert window.template_list.select("summarize")
    window.form.fields()["text"].set_value(
        "山田太郎様から電話。山田太郎様は明日も来庁。連絡先 090-1234-5678。")
    window.send_or_preview()
    qtbot.waitUntil(lambda: window.prepared is not None and not window.busy, timeout=10000)

    def counted() -> int:
        return int(re.search(r"置き換え (\d+) 件", window.estimate_label.text()).group(1))

    items = window.preview.selected_entities()
    assert len(items) == 3  # the name twice and the phone: three rows in the list
    assert counted() == len(items)
    row = next(i for i, e in enumerate(items) if e.type == "PHONE")
    assert window.preview.set_released(row, True)
    qtbot.waitUntil(lambda: not window.busy and "090-1234-5678" in window.prepared.user_masked,
                    timeout=10000)
    assert counted() == len(window.preview.selected_entities()) == 2


# The English UI -----------------------------------------------------------------------------------
@pytest.fixture
def english(qapp):
    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "office_assistant_en.qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_entity_labels_are_the_maskers_and_translated(english, qtbot, masker):
    assert ENTITY_LABELS == TYPE_LABELS  # the same Japanese texts as core's
    preview = MaskPreview()
    qtbot.addWidget(preview)
    text = "山田太郎様（電話090-1234-5678）の相談。"
    preview.show(text, masker.find(text), release_allowed=True)
    legend = [c.text() for c in preview.legend_chips]
    assert "Name" in legend and "Phone number" in legend
    assert not any(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", t) for t in legend), legend
    shown = [preview.list_view.model().index(r, 0).data() for r in range(2)]
    assert any(s.startswith("Name: ") for s in shown), shown
    assert "Name 1" in preview.counts_label.text()


def test_builtin_choices_are_shown_in_english_and_sent_in_japanese(english, qtbot, tmp_path):
    template = load_template_file(builtin_templates_dir() / "translate.toml", "builtin")
    form = TemplateForm(SyncTaskRunner(), FormStateStore(tmp_path / "state.json"))
    qtbot.addWidget(form)
    form.set_template(template, "en")
    language = next(f for f in form.fields().values() if f.var.type == "choice")
    combo = language.editor
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert "English" in shown and "Vietnamese" in shown
    language.set_value("ベトナム語")
    assert combo.currentText() == "Vietnamese"
    assert form.values()[language.var.name] == "ベトナム語"  # the prompt stays Japanese
    for choice in BUILTIN_CHOICES:
        assert QCoreApplication.translate("TemplateChoice", choice) != choice, choice


# The Excel panel ----------------------------------------------------------------------------------
def test_excel_preview_rows_carry_excels_row_numbers(qtbot, tmp_path):
    path = tmp_path / "名簿.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一覧"
    for column, title in enumerate(["受付日", "担当", "件数"], start=1):
        ws.cell(row=3, column=column, value=title)  # the list starts below two empty rows
    for i in range(5):
        for column, value in enumerate([f"2024/04/0{i + 1}", "山田", i + 1], start=1):
            ws.cell(row=4 + i, column=column, value=value)
    wb.save(path)
    panel = ExcelFormulaPanel(SyncTaskRunner())
    qtbot.addWidget(panel)
    panel.load_file(path)
    model = panel.preview_model
    from PySide6.QtCore import Qt

    first = model.headerData(0, Qt.Orientation.Vertical)
    assert first == "4"  # the first data row is row 4 in Excel (header in row 3)
    assert model.data(model.index(0, 2)) == "1"
    assert model.headerData(4, Qt.Orientation.Vertical) == "8"


def test_the_excel_flow_has_one_submit_button(qtbot):
    window = shown_window(qtbot)
    assert window.template_list.select("excel-formula")
    panel = window.input_widget()
    assert isinstance(panel, ExcelFormulaPanel) and panel.isVisible()
    own = [b.text() for b in panel.findChildren(QPushButton) if b.isVisible()]
    assert own == ["ブックを開く…"]  # opening a book is not submitting
    assert window.send_button.isVisible()


def test_a_broken_machine_policy_is_on_the_status_bar_all_along(qtbot, policy_file):
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.helpers import when_shown

    policy_file.write_text("provider = [unclosed\n", "utf-8")  # not TOML
    told: list[str] = []
    closer = when_shown(QMessageBox, lambda box: (told.append(box.text()), box.accept()))
    window = shown_window(qtbot)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)  # said once at start
    closer.stop()
    assert window.policy_label.isVisible()
    assert window.policy_label.text() == "組織の設定を読めません（送信不可）"
