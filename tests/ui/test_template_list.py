"""The template list: Qt's roles as numbers (it is built before the window's first paint, without
PySide6's ``Qt`` namespace), a search that ignores case."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.paths import builtin_templates_dir
from desktop.core.templates import load_template_file
from desktop.ui.template_list import ID_ROLE, USER_ROLE, TemplateListPanel


def test_the_roles_are_qts_user_roles():
    assert Qt.ItemDataRole.UserRole.value == USER_ROLE
    assert ID_ROLE > USER_ROLE


def test_search_ignores_case(qtbot):
    templates = [load_template_file(path, "builtin")
                 for path in sorted(builtin_templates_dir().glob("*.toml"))]
    panel = TemplateListPanel()
    qtbot.addWidget(panel)
    panel.set_templates(templates)
    excel = [t.id for t in templates if "Excel" in t.title_en or "Excel" in t.title]
    assert excel
    for query in ("excel", "EXCEL", "Excel", "eXcEl"):
        panel.search.setText(query)
        assert set(excel) <= set(panel.visible_ids()), query
        assert len(panel.visible_ids()) < len(templates)
    panel.search.setText("")
    assert len(panel.visible_ids()) == len(templates)
    assert panel.select(excel[0]) and panel.current_id() == excel[0]
