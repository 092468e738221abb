"""Searchable template list, grouped by category."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

# The list is part of the window's first paint, so it does not touch PySide6's ``Qt`` namespace:
# reading it builds all of its ~90 enums, about 30 ms. The roles are Qt's numbers, and the
# search is made case-insensitive by folding both sides (no Qt.CaseSensitivity).
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole (tests/ui/test_template_list.py checks it)
ID_ROLE = USER_ROLE + 1
SEARCH_ROLE = USER_ROLE + 2


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(SEARCH_ROLE)  # SEARCH_ROLE text is case-folded


class TemplateListPanel(QWidget):
    templateSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("テンプレートを検索（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("テンプレートの検索"))
        self._model = QStandardItemModel(self)
        self._proxy = _Filter(self)
        self._proxy.setSourceModel(self._model)
        self.view = QTreeView(self)
        self.view.setModel(self._proxy)
        self.view.setHeaderHidden(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("テンプレート一覧"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        # Never narrower than a template's name of about ten characters: on a small screen the
        # window's other panes give way first (they wrap), the list stays readable.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("あ") * 11)
        self.search.textChanged.connect(self._on_search)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.activated.connect(self._on_current)
        self._loading = False

    def set_loading(self) -> None:
        """Templates are being read (the organisation's folder may be on a slow share)."""
        self._model.clear()
        item = QStandardItem(self.tr("読み込み中…"))
        item.setEnabled(False)
        item.setSelectable(False)
        self._model.appendRow(item)
        self.search.setEnabled(False)
        self._loading = True

    @property
    def loading(self) -> bool:
        return self._loading

    def set_templates(self, templates: Sequence[Any], lang: str = "ja") -> None:
        current = self.current_id()
        self._loading = False
        self.search.setEnabled(True)
        self._model.clear()
        groups: dict[str, QStandardItem] = {}
        for t in templates:
            group = groups.get(t.category)
            if group is None:
                group = QStandardItem(t.display_category(lang) or self.tr("その他"))
                group.setSelectable(False)
                group.setData(f"{t.category} {t.display_category(lang)}".casefold(), SEARCH_ROLE)
                groups[t.category] = group
                self._model.appendRow(group)
            title = t.display_title(lang)
            item = QStandardItem(title)
            item.setData(t.id, ID_ROLE)
            item.setData(" ".join([t.title, t.title_en, t.id, t.description, t.category]).casefold(),
                         SEARCH_ROLE)
            item.setToolTip(t.description if lang == "ja" else (t.description_en or t.description))
            group.appendRow(item)
        self.view.expandAll()
        if current:
            self.select(current)

    def _on_search(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip().casefold())
        self.view.expandAll()

    def _on_current(self, index: QModelIndex) -> None:
        template_id = index.data(ID_ROLE) if index.isValid() else None
        if template_id:
            self.templateSelected.emit(template_id)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, template_id: str) -> bool:
        for row in range(self._proxy.rowCount()):
            parent = self._proxy.index(row, 0)
            for child_row in range(self._proxy.rowCount(parent)):
                child = self._proxy.index(child_row, 0, parent)
                if child.data(ID_ROLE) == template_id:
                    self.view.setCurrentIndex(child)
                    return True
        return False

    def shown_texts(self) -> list[str]:
        """Every row's text as shown (groups and templates), for the clerk and for tests."""
        texts = []
        for row in range(self._proxy.rowCount()):
            parent = self._proxy.index(row, 0)
            texts.append(parent.data())
            texts.extend(self._proxy.index(r, 0, parent).data()
                         for r in range(self._proxy.rowCount(parent)))
        return texts

    def visible_ids(self) -> list[str]:
        ids = []
        for row in range(self._proxy.rowCount()):
            parent = self._proxy.index(row, 0)
            for child_row in range(self._proxy.rowCount(parent)):
                ids.append(self._proxy.index(child_row, 0, parent).data(ID_ROLE))
        return ids
