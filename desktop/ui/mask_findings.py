"""The mask preview's list of findings: one checkable row per finding, coloured by type (a
model, not widgets: thousands of rows stay cheap)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QWidget,
)

from desktop.ui.labels import entity_label

if TYPE_CHECKING:  # the masker module loads on a worker after the window shows
    from desktop.core.masking import Entity

TYPE_COLOURS: dict[str, str] = {
    "PERSON": "#ffd54f",
    "ADDRESS": "#aed581",
    "PHONE": "#81d4fa",
    "EMAIL": "#80cbc4",
    "POSTAL_CODE": "#c5e1a5",
    "MY_NUMBER": "#ef9a9a",
    "BIRTH_DATE": "#ce93d8",
    "BANK_ACCOUNT": "#ffab91",
    "CREDIT_CARD": "#f48fb1",
    "PENSION_NUMBER": "#b39ddb",
    "INSURANCE_NUMBER": "#9fa8da",
    "DRIVER_LICENSE": "#90caf9",
    "PASSPORT": "#80deea",
    "RESIDENCE_CARD": "#b2ebf2",
    "IP_ADDRESS": "#bcaaa4",
    "CUSTOM": "#ffcc80",
}
_MAX_SNIPPET = 40
_IndexLike = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractListModel):
    """One checkable row per finding (a model, not widgets: thousands of rows stay cheap)."""

    toggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entities: list[Entity] = []
        self.starts: list[int] = []
        self.checked: list[bool] = []
        self.release_allowed = True

    def reset(self, entities: Sequence[Entity], release_allowed: bool) -> None:
        self.beginResetModel()
        self.entities = sorted(entities, key=lambda e: (e.start, e.end))
        self.starts = [e.start for e in self.entities]
        self.checked = [True] * len(self.entities)
        self.release_allowed = release_allowed
        self.endResetModel()

    def add(self, entity: Entity) -> None:
        row = sum(1 for e in self.entities if (e.start, e.end) < (entity.start, entity.end))
        self.beginInsertRows(QModelIndex(), row, row)
        self.entities.insert(row, entity)
        self.starts.insert(row, entity.start)
        self.checked.insert(row, True)
        self.endInsertRows()

    def rowCount(self, parent: _IndexLike = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entities)

    def data(self, index: _IndexLike, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ent = self.entities[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            snippet = ent.text.replace("\n", " ")
            if len(snippet) > _MAX_SNIPPET:
                snippet = snippet[:_MAX_SNIPPET] + "…"
            return f"{entity_label(ent.type)}: {snippet}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.checked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(TYPE_COLOURS.get(ent.type, "#dddddd"))
        return None

    def flags(self, index: _IndexLike) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.release_allowed:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: _IndexLike, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not self.release_allowed:
            return False
        state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
        self.checked[index.row()] = state == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit()
        return True


