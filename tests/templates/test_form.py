from __future__ import annotations

import threading
import warnings

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from desktop.core.paths import builtin_templates_dir
from desktop.core.templates import FormStateStore, load_template_file, parse_template_text
from desktop.ui.template_form import TemplateForm
from desktop.workers.tasks import SyncTaskRunner, TaskRunner
from tests.documents.makers import encrypt, make_docx, make_xlsx

ALL_TYPES = '''
id = "all-types"
version = 1
title = "全部の型"
category = "テスト"
manual_minutes = 5
user = "{{a}}{{b}}{{c}}{{d}}{{e}}{{f}}"

[[variables]]
name = "a"
type = "text"
label = "件名"
required = true
max_length = 20

[[variables]]
name = "b"
type = "multiline"
label = "本文"
help = "ここに本文"

[[variables]]
name = "c"
type = "choice"
label = "種類"
choices = ["依頼", "回答"]
default = "回答"

[[variables]]
name = "d"
type = "number"
label = "件数"
default = 3
min = 1
max = 10

[[variables]]
name = "e"
type = "date"
label = "日付"
default = "2025-04-01"

[[variables]]
name = "f"
type = "file"
label = "添付"
accept = [".docx", ".xlsx"]
'''


def _builtin(tid):
    return load_template_file(builtin_templates_dir() / f"{tid}.toml", "builtin")


@pytest.fixture
def state(tmp_path):
    return FormStateStore(tmp_path / "form_state.json", is_personal=lambda text: False)


def _form(qtbot, state, runner=None, passwords=None):
    asked = []

    def ask(_parent, name, wrong):
        asked.append((name, wrong))
        return passwords.pop(0) if passwords else None

    form = TemplateForm(runner or SyncTaskRunner(), state, 1.0, ask_password_fn=ask)
    qtbot.addWidget(form)
    form.asked = asked
    return form


def test_right_widget_per_type_with_required_mark_and_help(qtbot, state):
    form = _form(qtbot, state)
    form.set_template(parse_template_text(ALL_TYPES))
    f = form.fields()
    assert isinstance(f["a"].editor, QLineEdit) and f["a"].editor.maxLength() == 20
    assert isinstance(f["b"].editor, QPlainTextEdit)
    assert isinstance(f["c"].editor, QComboBox) and f["c"].editor.currentText() == "回答"
    assert isinstance(f["d"].editor, QSpinBox) and (f["d"].editor.minimum(), f["d"].editor.maximum()) == (1, 10)
    assert isinstance(f["e"].editor, QDateEdit)
    assert isinstance(f["f"].editor, QLineEdit) and f["f"].editor.isReadOnly()
    assert "＊" in f["a"].label.text() and "＊" not in f["b"].label.text()
    assert f["b"].help.text() == "ここに本文"
    assert form.values() == {"a": "", "b": "", "c": "回答", "d": "3", "e": "2025-04-01", "f": ""}


def test_required_validation_is_shown_inline_and_cleared(qtbot, state):
    form = _form(qtbot, state)
    form.set_template(parse_template_text(ALL_TYPES))
    problems = form.validate()
    assert problems == ["「件名」を入力してください"]
    field = form.fields()["a"]
    assert field.error.isVisibleTo(form) and field.error.text() == problems[0]
    qtbot.keyClicks(field.editor, "Meeting")
    assert not field.error.isVisibleTo(form)
    assert form.validate() == []


def test_ctrl_enter_in_multiline_requests_submit(qtbot, state):
    form = _form(qtbot, state)
    form.set_template(_builtin("summarize"))
    box = form.fields()["text"].editor
    with qtbot.waitSignal(form.submitRequested, timeout=1000):
        qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_remembers_last_values_per_template_but_not_private_text(qtbot, state, tmp_path):
    form = _form(qtbot, state)
    form.set_template(_builtin("summarize"))
    form.set_values({"text": "長い本文", "purpose": "住民への説明", "points": "5"})
    form.set_template(_builtin("email"))  # switching remembers the previous template
    form.set_values({"recipient": "財政課 様"})
    form.remember()
    again = _form(qtbot, FormStateStore(tmp_path / "form_state.json", is_personal=lambda t: False))
    again.set_template(_builtin("summarize"))
    values = again.values()
    assert values["purpose"] == "住民への説明" and values["points"] == "5"
    assert values["text"] == ""  # remember = false: a document is not kept on disk
    again.set_template(_builtin("email"))
    assert again.values()["recipient"] == "財政課 様"


def _drop(widget, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPointF(widget.rect().center())
    with warnings.catch_warnings():  # the only constructor PySide6 offers is marked deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(int(pos.x()), int(pos.y())), Qt.DropAction.CopyAction,
                                mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    accepted = enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return accepted


class _ThreadRecordingRunner(TaskRunner):
    """The real runner; also records which thread each task ran on."""

    def __init__(self):
        super().__init__()
        self.threads = []

    def run(self, fn, on_done, on_progress=None):
        def wrapped(ctx):
            self.threads.append(threading.current_thread())
            return fn(ctx)
        return super().run(wrapped, on_done, on_progress)


def test_drop_on_form_fills_the_document_variable_via_the_runner(qtbot, state, tmp_path):
    runner = _ThreadRecordingRunner()
    form = _form(qtbot, state, runner)
    form.set_template(_builtin("summarize"))
    form.show()
    path = make_docx(tmp_path / "資料.docx")
    with qtbot.waitSignal(form.documentLoaded, timeout=5000):
        assert _drop(form, path)
    runner.wait()
    text = form.values()["text"]
    assert text.startswith("# 会議資料") and "| 予算案 | 財政課 | 12月1日 |" in text
    assert runner.threads and runner.threads[0] is not threading.main_thread()
    assert "資料.docx を読み込みました" in form.fields()["text"].status.text()


def test_drop_on_file_field_and_sheet_choice(qtbot, state, tmp_path):
    form = _form(qtbot, state)
    form.set_template(parse_template_text(ALL_TYPES))
    field = form.fields()["f"]
    book = make_xlsx(tmp_path / "book.xlsx")
    assert _drop(field, book)
    assert field.editor.text() == "book.xlsx"
    assert form.values()["f"].startswith("| 地区 | 人口 |")
    assert form.file_paths() == {"f": book}
    assert field.sheet_combo.isVisibleTo(form) and field.sheet_combo.count() == 3
    field.sheetChosen.emit(field, "名簿")
    assert "| 山田 | 1980-04-01 |" in form.values()["f"]
    field.sheetChosen.emit(field, "空白")
    assert "空です" in field.error.text()


def test_wrong_type_is_refused_with_a_message(qtbot, state, tmp_path):
    form = _form(qtbot, state)
    form.set_template(parse_template_text(ALL_TYPES))
    txt = tmp_path / "memo.txt"
    txt.write_text("x", "utf-8")
    assert form.load_file(txt, "f") is False
    assert ".docx .xlsx" in form.fields()["f"].error.text()


def test_protected_file_asks_for_password_and_retries(qtbot, state, tmp_path):
    locked = encrypt(make_docx(tmp_path / "p.docx"), tmp_path / "locked.docx", "pw")
    form = _form(qtbot, state, passwords=["nope", "pw"])
    form.set_template(_builtin("summarize"))
    form.load_file(locked)
    assert form.asked == [("locked.docx", False), ("locked.docx", True)]
    assert "予算案" in form.values()["text"]


def test_cancelled_password_corrupt_and_oversized_files_get_messages(qtbot, state, tmp_path):
    form = _form(qtbot, state)
    form.set_template(_builtin("summarize"))
    error = form.fields()["text"].error
    locked = encrypt(make_docx(tmp_path / "p.docx"), tmp_path / "locked.docx", "pw")
    form.load_file(locked)
    assert "パスワードが入力されなかった" in error.text()
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really")
    form.load_file(broken)
    assert "壊れている" in error.text()
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"a" * (2 * 1024 * 1024))
    form.load_file(huge)
    assert "大きすぎます" in error.text()
    assert form.values()["text"] == ""


def test_open_document_dialog_without_document_variable_says_so(qtbot, state):
    form = _form(qtbot, state)
    form.set_template(_builtin("email"))
    form.open_document_dialog()
    assert "ファイルを読み込めません" in form.notice.text()


def test_drop_on_the_text_box_reads_the_file_instead_of_pasting_its_url(qtbot, state, tmp_path):
    form = _form(qtbot, state)
    form.set_template(_builtin("summarize"))
    memo = tmp_path / "memo.txt"
    memo.write_bytes("住民説明会の案内".encode("cp932"))
    box = form.fields()["text"].editor
    box.setPlainText("前の内容")
    assert _drop(box, memo)
    assert form.values()["text"] == "住民説明会の案内"
    box.undo()
    assert form.values()["text"] == "前の内容"


def test_a_failed_load_forgets_the_earlier_workbook_but_keeps_typed_text(qtbot, state, tmp_path):
    import openpyxl

    book = tmp_path / "two.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "名簿"
    wb.active.append(["区分", "件数"])
    wb.active.append(["窓口", 3])
    wb.create_sheet("集計").append(["合計", 3])
    wb.save(book)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")

    form = _form(qtbot, state)
    form.set_template(_builtin("summarize"))
    field = form.fields()["text"]
    form.load_file(book)
    assert field.path == book
    field.set_value("自分で書き直した本文")
    form.load_file(broken)
    assert field.path is None  # choosing a sheet now cannot reload the old workbook
    assert field.value() == "自分で書き直した本文"
    assert field.error.text()
