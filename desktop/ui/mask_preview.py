"""Preview of what will be sent: every finding highlighted by type, counts, release and add.

The text is shown once in a read-only QPlainTextEdit with ExtraSelections for the highlights
(no widget per finding, so a 1 MB text stays responsive). The list on the right has one
checkable row per finding; unchecking releases it (unless policy forbids), and the "mask the
selection" button adds the selected span as CUSTOM. ``selected_entities()`` is exactly what will
be masked; ``masked_preview_text()`` is exactly what will be sent.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.flow_layout import FlowLayout
from desktop.ui.labels import entity_label

if TYPE_CHECKING:  # the masker module loads on a worker after the window shows
    from desktop.core.masking import Entity

from desktop.ui.mask_findings import TYPE_COLOURS, FindingsModel


class MaskPreview(QWidget):
    entitiesChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._utf16_prefix: list[int] | None = None
        self._release_allowed = True
        self._replacing = False
        self._model = FindingsModel(self)

        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text_view.customContextMenuRequested.connect(self._context_menu)
        self.text_view.selectionChanged.connect(self._update_buttons)

        self.list_view = QListView(self)
        self.list_view.setModel(self._model)
        self.list_view.setUniformItemSizes(True)  # fast layout for many rows
        self.list_view.doubleClicked.connect(self._reveal)

        self.counts_label = QLabel(self)
        self.counts_label.setWordWrap(True)
        # One chip per type; the row wraps between chips, never inside one (カード番 / 号).
        self.legend = QWidget(self)
        legend_layout = FlowLayout(self.legend)
        self.legend_chips: list[QLabel] = []
        for t, c in TYPE_COLOURS.items():
            chip = QLabel(entity_label(t), self.legend)
            chip.setStyleSheet(f"background: {c}; color: #000; padding: 0 4px;")
            legend_layout.addWidget(chip)
            self.legend_chips.append(chip)
        self.policy_label = QLabel(self)
        self.add_button = QPushButton(self.tr("選択範囲をマスクに追加"), self)
        self.add_button.clicked.connect(self.add_selection)
        self.release_button = QPushButton(self.tr("選択した項目を解除"), self)
        self.release_button.clicked.connect(self._release_current)
        self.restore_button = QPushButton(self.tr("すべてマスクに戻す"), self)
        self.restore_button.clicked.connect(self._restore_all)

        right = QWidget(self)
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.addWidget(
            QLabel(self.tr("検出された個人情報（チェックを外すと送信時にマスクしません）"), right)
        )
        rlay.addWidget(self.list_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.restore_button)
        rlay.addLayout(buttons)
        rlay.addWidget(self.policy_label)

        # Stacked: the middle pane is narrow, and the text is what the clerk reads first.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.text_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        lay = QVBoxLayout(self)
        lay.addWidget(self.legend)
        lay.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts_label, 1)
        bottom.addWidget(self.add_button)
        lay.addLayout(bottom)

        self._model.toggled.connect(self._changed)
        self.text_view.verticalScrollBar().valueChanged.connect(self._highlight)
        self._update_buttons()

    # Public API ----------------------------------------------------------------------------
    def show(
        self,
        original_text: str | None = None,
        entities: Sequence[Entity] = (),  # type: ignore[override]
        release_allowed: bool = True,
    ) -> None:
        """Show ``original_text`` with ``entities``; with no arguments behaves as QWidget.show()."""
        if original_text is None:
            super().show()
            return
        # Replacing the text moves the scroll bar while the document still holds the old (or
        # no) text: highlighting then would place the new findings in the wrong document.
        self._replacing = True
        try:
            self.text_view.setPlainText(original_text)
        finally:
            self._replacing = False
        self._text = original_text
        self._index_text()
        self._release_allowed = release_allowed
        self._model.reset(entities, release_allowed)
        self.policy_label.setText(
            ""
            if release_allowed
            else self.tr("組織のポリシーにより、検出された項目の解除はできません。")
        )
        self._changed()

    def selected_entities(self) -> list[Entity]:
        return [e for e, on in zip(self._model.entities, self._model.checked, strict=True) if on]

    def masked_preview_text(self) -> str:
        """Exactly what will be sent (placeholders numbered as the masker will number them)."""
        from desktop.core.masking import MaskSession

        session = MaskSession()
        parts: list[str] = []
        pos = 0
        for e in self._non_overlapping(self.selected_entities()):
            parts.append(self._text[pos : e.start])
            parts.append(session.placeholder_for(e.type, self._text[e.start : e.end]))
            pos = e.end
        parts.append(self._text[pos:])
        return "".join(parts)

    def add_selection(self) -> bool:
        """Mask the text selected in the view as a CUSTOM finding."""
        cursor = self.text_view.textCursor()
        if not cursor.hasSelection():
            return False
        start, end = (
            self._str_index(cursor.selectionStart()),
            self._str_index(cursor.selectionEnd()),
        )
        return self.add_span(start, end)

    def add_span(self, start: int, end: int, entity_type: str = "CUSTOM") -> bool:
        while start < end and self._text[start].isspace():
            start += 1
        while end > start and self._text[end - 1].isspace():
            end -= 1
        if start >= end:
            return False
        # a new span replaces findings it overlaps (it is the clerk's explicit choice)
        keep = [
            (e, on)
            for e, on in zip(self._model.entities, self._model.checked, strict=True)
            if e.end <= start or e.start >= end
        ]
        if len(keep) != len(self._model.entities):
            self._model.reset([e for e, _ in keep], self._release_allowed)
            self._model.checked = [on for _, on in keep]
        from desktop.core.masking import Entity

        self._model.add(Entity(entity_type, start, end, self._text[start:end]))
        self._changed()
        return True

    def set_released(self, row: int, released: bool) -> bool:
        """Release (or re-mask) the finding in ``row``; refused when policy forbids release."""
        index = self._model.index(row, 0)
        state = Qt.CheckState.Unchecked if released else Qt.CheckState.Checked
        return self._model.setData(index, state, Qt.ItemDataRole.CheckStateRole)

    # Internals -----------------------------------------------------------------------------
    @staticmethod
    def _non_overlapping(entities: Sequence[Entity]) -> list[Entity]:
        out: list[Entity] = []
        for e in sorted(entities, key=lambda x: (x.start, -x.end)):
            if out and e.start < out[-1].end:
                continue
            out.append(e)
        return out

    def _str_index(self, doc_pos: int) -> int:
        # QTextDocument counts UTF-16 code units; Python str counts code points.
        if self._utf16_prefix is None:
            return doc_pos
        return bisect.bisect_right(self._utf16_prefix, doc_pos) - 1

    def _doc_pos(self, index: int) -> int:
        if self._utf16_prefix is None:
            return index
        return self._utf16_prefix[index]

    def _index_text(self) -> None:
        if all(ord(c) < 0x10000 for c in self._text):
            self._utf16_prefix = None
            return
        prefix = [0]
        for ch in self._text:
            prefix.append(prefix[-1] + (2 if ord(ch) >= 0x10000 else 1))
        self._utf16_prefix = prefix

    def _visible_range(self) -> tuple[int, int]:
        view = self.text_view
        top = view.cursorForPosition(view.viewport().rect().topLeft()).position()
        bottom = view.cursorForPosition(view.viewport().rect().bottomRight()).position()
        margin = 2000  # a little beyond the viewport so scrolling shows colour at once
        return self._str_index(max(0, top - margin)), self._str_index(bottom) + margin

    def _highlight(self) -> None:
        """Colour only the findings near the viewport: cost follows the screen, not the text."""
        if self._replacing:
            return
        lo, hi = self._visible_range()
        entities = self._model.entities
        first = max(0, bisect.bisect_left(self._model.starts, lo) - 1)
        selections = []
        doc = self.text_view.document()
        for row in range(first, len(entities)):
            e = entities[row]
            if e.start > hi:
                break
            if e.end < lo:
                continue
            fmt = QTextCharFormat()
            colour = QColor(TYPE_COLOURS.get(e.type, "#dddddd"))
            if self._model.checked[row]:
                fmt.setBackground(colour)
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setUnderlineColor(colour.darker(150))
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(self._doc_pos(e.start))
            cursor.setPosition(self._doc_pos(e.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self.text_view.setExtraSelections(selections)

    def _changed(self) -> None:
        self._highlight()
        counts = Counter(e.type for e in self.selected_entities())
        released = len(self._model.entities) - sum(counts.values())
        text = "、".join(self.tr("{0} {1}件").format(entity_label(t), n)
                        for t, n in sorted(counts.items()))
        summary = self.tr("マスクする項目: {0}").format(text or self.tr("なし"))
        if released:
            summary += self.tr("（解除 {0}件）").format(released)
        self.counts_label.setText(summary)
        self._update_buttons()
        self.entitiesChanged.emit()

    def counts_by_type(self) -> dict[str, int]:
        return dict(Counter(e.type for e in self.selected_entities()))

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self._text) and self.text_view.textCursor().hasSelection())
        self.release_button.setEnabled(self._release_allowed and bool(self._model.entities))
        self.restore_button.setEnabled(self._release_allowed and bool(self._model.entities))

    def _release_current(self) -> None:
        for index in self.list_view.selectionModel().selectedIndexes():
            self.set_released(index.row(), True)

    def _restore_all(self) -> None:
        self._model.checked = [True] * len(self._model.checked)
        top, bottom = self._model.index(0, 0), self._model.index(self._model.rowCount() - 1, 0)
        self._model.dataChanged.emit(top, bottom, [Qt.ItemDataRole.CheckStateRole])
        self._changed()

    def _reveal(self, index: QModelIndex) -> None:
        e = self._model.entities[index.row()]
        cursor = self.text_view.textCursor()
        cursor.setPosition(self._doc_pos(e.start))
        cursor.setPosition(self._doc_pos(e.end), QTextCursor.MoveMode.KeepAnchor)
        self.text_view.setTextCursor(cursor)
        self.text_view.ensureCursorVisible()

    def _row_at_doc_pos(self, doc_pos: int) -> int | None:
        pos = self._str_index(doc_pos)
        for row, e in enumerate(self._model.entities):
            if e.start <= pos < e.end:
                return row
        return None

    def _context_menu(self, point) -> None:
        menu = self.text_view.createStandardContextMenu()
        cursor = self.text_view.cursorForPosition(point)
        row = self._row_at_doc_pos(cursor.position())
        if self.text_view.textCursor().hasSelection():
            menu.addAction(self.tr("選択範囲をマスクに追加"), self.add_selection)
        if row is not None and self._release_allowed:
            if self._model.checked[row]:
                menu.addAction(
                    self.tr("この項目のマスクを解除"), lambda: self.set_released(row, True)
                )
            else:
                menu.addAction(
                    self.tr("この項目をマスクする"), lambda: self.set_released(row, False)
                )
        menu.exec(self.text_view.mapToGlobal(point))
        menu.deleteLater()
