"""The sources of an answer from the organisation's documents (「庁内資料に聞く」).

``SourcesView(opener=None)`` lists the cited sources — [n] document, article or page — with the
cited passage below, and opens the file at that place: a PDF at its page where the viewer honours
``#page=N``, any other file as a whole (Word and Excel take no position from a link). When the
answer cites nothing ("the documents do not say"), it lists what the search found instead, so
the clerk can look for themselves.

Self-contained: give it ``TaskResult.extra`` (``{"sources", "retrieved"}``) via ``set_result``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

UrlOpener = Callable[[QUrl], bool]


def source_url(source: dict[str, Any]) -> QUrl:
    """Where to open a source: the file, at its page for a PDF."""
    url = QUrl.fromLocalFile(str(source.get("path", "")))
    page = source.get("page")
    if page and str(source.get("path", "")).lower().endswith(".pdf"):
        url.setFragment(f"page={int(page)}")
    return url


def source_label(source: dict[str, Any]) -> str:
    parts = [f"[{source.get('number', '?')}]", str(source.get("document") or
                                                   Path(str(source.get("path", ""))).name)]
    if source.get("location"):
        parts.append(f"— {source['location']}")
    return " ".join(parts)


class SourcesView(QWidget):
    """Cited sources; double-click, Enter or 「ファイルを開く」 opens one."""

    opened = Signal(dict)  # the source that was opened
    open_failed = Signal(dict)

    def __init__(self, opener: UrlOpener | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_url: UrlOpener = opener or QDesktopServices.openUrl
        self._sources: list[dict[str, Any]] = []
        self.heading = QLabel(self.tr("出典"), self)
        self.heading.setObjectName("sourcesHeading")
        self.list = QListWidget(self)
        self.list.setAlternatingRowColors(True)
        self.passage = QPlainTextEdit(self)
        self.passage.setReadOnly(True)
        self.passage.setPlaceholderText(self.tr("出典を選ぶと、根拠になった箇所が表示されます。"))
        self.passage.setMaximumHeight(140)
        self.open_button = QPushButton(self.tr("ファイルを開く"), self)
        self.open_button.setEnabled(False)
        self.path_label = QLabel(self)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.path_label, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.passage)
        layout.addLayout(row)
        layout.addWidget(self.status)

        self.list.currentRowChanged.connect(self._show)
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.open_button.clicked.connect(self.open_current)

    # -- content -----------------------------------------------------------------------------
    def set_result(self, extra: dict[str, Any]) -> None:
        """``TaskResult.extra`` of a knowledge task."""
        self.set_sources(list(extra.get("sources") or []), list(extra.get("retrieved") or []))

    def set_sources(self, sources: list[dict[str, Any]],
                    retrieved: list[dict[str, Any]] | None = None) -> None:
        self.list.clear()
        self.status.clear()
        cited = bool(sources)
        self._sources = sources if cited else list(retrieved or [])
        if cited:
            self.heading.setText(self.tr("出典（回答が根拠にした資料）"))
        elif self._sources:
            self.heading.setText(self.tr("資料からは答えが見つかりませんでした。検索で見つかった資料:"))
        else:
            self.heading.setText(self.tr("出典はありません。"))
        for source in self._sources:
            label = source_label(source)
            if source.get("superseded"):
                label += self.tr("（旧版）")
            item = QListWidgetItem(label, self.list)
            item.setToolTip(str(source.get("path", "")))
        if self._sources:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def sources(self) -> list[dict[str, Any]]:
        return list(self._sources)

    def _show(self, row: int) -> None:
        source = self._sources[row] if 0 <= row < len(self._sources) else None
        self.open_button.setEnabled(source is not None)
        self.passage.setPlainText(str(source.get("text", "")) if source else "")
        self.path_label.setText(str(source.get("path", "")) if source else "")

    # -- opening -----------------------------------------------------------------------------
    def open_current(self) -> bool:
        row = self.list.currentRow()
        if not 0 <= row < len(self._sources):
            return False
        return self.open_source(self._sources[row])

    def open_source(self, source: dict[str, Any]) -> bool:
        path = Path(str(source.get("path", "")))
        if not path.is_file():
            self.status.setText(self.tr("ファイル「%1」が見つかりません。移動・削除されたか、"
                                        "共有フォルダに接続できません。").replace("%1", str(path)))
            self.open_failed.emit(source)
            return False
        url = source_url(source)
        ok = self._open_url(url)
        if not ok and url.hasFragment():
            url.setFragment(None)  # a viewer that refuses the page: open the file itself
            ok = self._open_url(url)
        if ok:
            page = source.get("page")
            self.status.setText(self.tr("%1 ページを開きました。").replace("%1", str(page))
                                if page and url.hasFragment() else self.tr("ファイルを開きました。"))
            self.opened.emit(source)
        else:
            self.status.setText(self.tr("ファイルを開けませんでした。関連付けられたアプリを確認してください。"))
            self.open_failed.emit(source)
        return ok


class SourcesResultView(SourcesView):
    """The sources of a 「庁内資料に聞く」 answer under the answer (kind_views' result view)."""

    def show_task_result(self, prepared: Any, result: Any) -> None:
        self.set_result(result.extra)

    def clear(self) -> None:
        self.set_sources([])
