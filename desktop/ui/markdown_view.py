"""The answer as formatted text: Markdown rendered while it streams (complete blocks converted
once, only the tail again), and the rich clipboard copy (HTML plus mark-free plain text)."""


from __future__ import annotations

import logging
import re
import time

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QTextCursor, QTextDocumentFragment
from PySide6.QtWidgets import (
    QTextEdit,
    QWidget,
)

from desktop.core import markdown

log = logging.getLogger(__name__)

RENDER_MS = 100  # at most this often while streaming (more rarely when a render costs more)
RENDER_CHARS = 600  # complete blocks converted per render; more follow from the event loop
_WARM_UP = "# a\n\n**b** `c`\n\n- d\n\n| e |\n|---|\n| f |\n"
_SENTINEL = "\u2063"  # INVISIBLE SEPARATOR: never part of an answer we show
# Anything Markdown could turn into formatting (a text without any is shown as it is).
_MARKDOWN_MARKS = re.compile(r"[#*_`|>\[\]<~\\&]|^\s*(?:[-+]|\d+[.)])\s|^\s*[・•]", re.M)

_VIEW_CSS = ("table { border-collapse: collapse; margin: 4px 0; } "
             "th, td { padding: 3px 6px; } h1 { font-size: x-large; } h2 { font-size: large; } "
             "h3 { font-size: medium; } pre { margin: 4px 0; }")


def rich_mime(text: str, owner: QWidget) -> QMimeData:
    """The clipboard's two forms of a Markdown answer: HTML for Word and Outlook, plain text
    without Markdown marks for everything else.

    The object is made by Qt, not by ``QMimeData()``: an object made in Python is PySide's
    subclass whose destructor calls into Python, and the clipboard deletes the data it holds
    only when the process exits, after the interpreter is gone (a crash on every exit after a
    copy). A copy must also outlive the app: the clerk pastes after closing it.
    """
    factory = owner.findChild(QTextEdit, "_mime_factory")
    if factory is None:  # a hidden editor with nothing selected: Qt's own, empty QMimeData
        factory = QTextEdit(owner)
        factory.setObjectName("_mime_factory")
        factory.hide()
    mime = factory.createMimeDataFromSelection()
    mime.setHtml(markdown.clipboard_html(text))
    mime.setText(markdown.to_plain(text))
    return mime


class MarkdownView(QTextEdit):
    """Shows Markdown as formatted text; ``append_markdown`` while streaming, ``markdown()``
    is the text (the clerk's edits included, read back as Markdown).

    While streaming, the complete blocks are converted once and appended to the document; only
    the tail (the block still arriving) is removed and inserted again on each render, so a
    render costs the size of the tail, not of the whole answer.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # pasting into an edited answer brings text, not styles
        self.setUndoRedoEnabled(False)  # no undo stack growth while streaming
        self.document().setDefaultStyleSheet(_VIEW_CSS)
        self.programmatic = False
        self.edited = False
        self._source = ""
        self._stable = 0  # source[:_stable] is in the document and cannot change any more
        self._tail_at = -1  # where the tail starts in the document (-1: no tail)
        self._last_render = 0.0
        self._render_cost = 0.0
        self._catching_up = False
        self._plain_tail = ""  # the tail as shown in plain text (a long block still arriving)
        self._final = False  # the whole answer is here: no more plain-text tails
        self.textChanged.connect(self._on_changed)
        # The parser and the fonts of headings, bold and tables load on first use: here, at
        # start-up, not in the middle of the first answer's stream.
        QTextDocumentFragment.fromHtml(markdown.to_html(_WARM_UP), self.document())

    def _on_changed(self) -> None:
        if not self.programmatic and not self.isReadOnly():
            self.edited = True

    def markdown(self) -> str:
        if self.edited:
            return self.document().toMarkdown().strip() + "\n"
        return self._source

    def set_markdown(self, text: str) -> None:
        self.programmatic = True
        self.document().clear()
        self.programmatic = False
        self._source, self._stable, self._tail_at = text, 0, -1
        self._plain_tail = ""
        self._final = False
        self.edited = False
        self.render()

    def clear_answer(self) -> None:
        self.set_markdown("")

    def complete(self) -> None:
        """The stream ended: show the whole answer formatted."""
        self.render(final=True)

    def append_markdown(self, chunk: str, *, force: bool = False) -> None:
        self._source += chunk
        now = time.monotonic()
        if force or now - self._last_render >= max(RENDER_MS / 1000, 2 * self._render_cost):
            self.render()

    def _append_html(self, html: str) -> int:
        """Append ``html`` as new blocks; returns the position where they start."""
        doc = self.document()
        cursor = QTextCursor(doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        start = cursor.position()
        if doc.isEmpty():
            cursor.insertFragment(QTextDocumentFragment.fromHtml(html, doc))
            return 0
        # Qt merges a fragment's first block into the block at the cursor (losing a heading's
        # or a list's format): lead with a throw-away character that takes that merge.
        cursor.insertFragment(QTextDocumentFragment.fromHtml(f"<p>{_SENTINEL}</p>{html}", doc))
        cursor.setPosition(start)
        cursor.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == _SENTINEL:
            cursor.removeSelectedText()
        return start

    def render(self, *, final: bool = False) -> None:
        """Bring the document up to the source: at most ``RENDER_CHARS`` of complete blocks per
        call (the rest follows from the event loop), then the tail (``final``: formatted even
        when it is one long block)."""
        started = time.monotonic()
        self._final = self._final or final
        doc = self.document()
        end = markdown.stable_end(self._source, self._stable)
        more = False
        if end - self._stable > RENDER_CHARS:
            cut = markdown.stable_end(self._source[:self._stable + RENDER_CHARS], self._stable)
            if cut > self._stable:
                end, more = cut, True
        bar = self.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 4
        value = bar.value()
        tail = self._source[end:]
        if (end == self._stable and self._plain_tail and len(tail) > RENDER_CHARS
                and tail.startswith(self._plain_tail)
                and (not self._final or not _MARKDOWN_MARKS.search(tail))):
            # One long block still arriving (a page of lines without a blank one) is shown as
            # plain text until it is complete: only what is new is added. Once complete, it is
            # converted only if it has Markdown marks (plain lines would look the same, and
            # converting a whole page at once would stall the UI).
            cursor = QTextCursor(doc)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            self.programmatic = True
            cursor.insertText(tail[len(self._plain_tail):])
            self.programmatic = False
            self._plain_tail = tail
            bar.setValue(bar.maximum() if at_bottom else value)
            self._last_render = time.monotonic()
            self._render_cost = self._last_render - started
            return
        self._plain_tail = ""
        self.programmatic = True
        if self._tail_at == 0:
            doc.clear()
        elif self._tail_at > 0:
            cursor = QTextCursor(doc)
            cursor.setPosition(self._tail_at)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        self._tail_at = -1
        if end > self._stable:
            self._append_html(markdown.to_html(self._source[self._stable:end]))
            self._stable = end
        tail = self._source[self._stable:]
        if tail.strip() and not more:
            if len(tail) > RENDER_CHARS and not self._final:
                self._tail_at = self._append_html(f"<p>{markdown.escape(tail)}</p>".replace(
                    "\n", "<br>"))
                self._plain_tail = tail
            else:
                self._tail_at = self._append_html(markdown.to_html(tail))
        self.programmatic = False
        # Follow the stream unless the clerk scrolled up to read.
        bar.setValue(bar.maximum() if at_bottom else value)
        self._last_render = time.monotonic()
        self._render_cost = self._last_render - started
        if more and not self._catching_up:
            self._catching_up = True
            QTimer.singleShot(0, self._catch_up)

    def _catch_up(self) -> None:
        self._catching_up = False
        if markdown.stable_end(self._source, self._stable) > self._stable or self._tail_at < 0:
            self.render()
