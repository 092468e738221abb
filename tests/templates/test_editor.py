from __future__ import annotations

import pytest

from desktop.core.templates import TemplateRepository
from desktop.ui.template_editor import TemplateEditorDialog
from tests.templates.helpers import write_template


@pytest.fixture
def repo(tmp_path):
    write_template(tmp_path / "b", "base", "内蔵の")
    r = TemplateRepository([("builtin", tmp_path / "b"), ("user", tmp_path / "u")])
    r.reload()
    return r


def test_invalid_text_cannot_be_saved_and_problems_are_listed(qtbot, repo, tmp_path):
    copy = repo.duplicate("base", "mine")
    dialog = TemplateEditorDialog(repo, copy.id)
    qtbot.addWidget(dialog)
    assert dialog.save_button.isEnabled()
    dialog.editor.setPlainText(dialog.text().replace('type = "multiline"', 'type = "memo"'))
    problems = dialog.check()
    assert problems and "type" in problems[0]
    assert dialog.problems.count() == len(problems)
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert dialog.saved_id() is None
    assert 'type = "multiline"' in (tmp_path / "u" / "mine.toml").read_text("utf-8")


def test_saving_a_renamed_template_replaces_the_old_user_file(qtbot, repo, tmp_path):
    repo.duplicate("base", "mine")
    dialog = TemplateEditorDialog(repo, "mine")
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText(dialog.text().replace('id = "mine"', 'id = "renamed"'))
    dialog.save()
    assert dialog.saved_id() == "renamed" and dialog.result() == dialog.DialogCode.Accepted
    assert "mine" not in repo and repo.get("renamed").source == "user"
    assert not (tmp_path / "u" / "mine.toml").exists()


def test_renaming_onto_another_user_template_is_refused(qtbot, repo):
    repo.duplicate("base", "one")
    repo.duplicate("base", "two")
    dialog = TemplateEditorDialog(repo, "one")
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText(dialog.text().replace('id = "one"', 'id = "two"'))
    dialog.save()
    assert dialog.saved_id() is None and "既にあります" in dialog.state.text()


def test_editing_a_builtin_saves_a_user_override(qtbot, repo):
    dialog = TemplateEditorDialog(repo, "base")
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText(dialog.text().replace("内蔵の", "自分で直した"))
    dialog.save()
    assert repo.get("base").source == "user" and repo.get("base").title == "自分で直した"
