"""Passages that follow a document's structure: one article (第N条, split at its 項 when long),
one heading's paragraphs, one table row with its headers, one question with its answer.

A passage is at most ``MAX_PASSAGE`` characters, so the prompt gets what answers the question and
a clerk can check it at a glance; its location says where it is (article, heading, page, sheet
and row) for the citation and for opening the file there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

MAX_PASSAGE = 800
_MERGE_TARGET = 500  # short paragraphs under one heading are joined up to about this

_NUM = r"[0-9０-９一二三四五六七八九十百千〇]+"
ARTICLE_RE = re.compile(rf"^第{_NUM}条(?:の{_NUM})*(?=[\s　（(]|$)")
CAPTION_RE = re.compile(r"^[（(][^（）()]{1,40}[）)]$")
CHAPTER_RE = re.compile(
    rf"^(?:第{_NUM}[編章節款](?:の{_NUM})?|附\s*則|別表(?:第{_NUM})?|様式(?:第{_NUM}号)?)(?=[\s　（(]|$)")
MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.+)$")
NUMBERED_HEADING_RE = re.compile(
    r"^(?:[0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){0,3}[.．、）)]?|[【■◆●□◇▼◎]|[（(][0-9０-９]{1,2}[）)]|"
    r"[①-⑳]|[ア-ン][.．、])\s*\S")
QUESTION_RE = re.compile(r"^(?:Q|Ｑ|問|質問)\s*[0-9０-９]*\s*[.．:：、)）\s　]")
ANSWER_RE = re.compile(r"^(?:A|Ａ|答|回答)\s*[0-9０-９]*\s*[.．:：、)）\s　]")
PARAGRAPH_NO_RE = re.compile(r"^[0-9０-９２-９]{1,2}[\s　]")
_SENTENCE_END = re.compile(r"(?<=[。．！？])")


@dataclass
class Unit:
    text: str
    heading: str = ""         # the heading path or article: 「第5条（補助金の額）」
    page: int | None = None   # 1-based, PDF
    sheet: str | None = None  # .xlsx
    row: int | None = None    # 1-based sheet row, or the row in a Word table
    kind: str = "text"        # article, text, row, qa

    def location(self) -> str:
        parts = []
        if self.sheet:
            parts.append(f"シート「{self.sheet}」")
        if self.row:
            parts.append(f"{self.row}行目" if self.sheet else f"表の{self.row}行目")
        if self.heading:
            parts.append(self.heading)
        if self.page:
            parts.append(f"{self.page}ページ")
        return "・".join(parts)


@dataclass
class _Open:
    lines: list[str] = field(default_factory=list)
    kind: str = "text"
    heading: str = ""

    def size(self) -> int:
        return sum(len(x) + 1 for x in self.lines)


def _is_heading(line: str) -> str | None:
    """The heading text if ``line`` looks like one (short, not a sentence)."""
    m = MD_HEADING_RE.match(line)
    if m:
        return m.group(2).strip()
    if CHAPTER_RE.match(line):
        return line.strip()
    if len(line) <= 40 and not line.rstrip().endswith(("。", "．")) and NUMBERED_HEADING_RE.match(line):
        return line.strip()
    return None


def split_long(text: str, limit: int = MAX_PASSAGE) -> list[str]:
    """Pieces of at most ``limit`` characters, cut at 項 (a line starting 2, 3...) or 。."""
    if len(text) <= limit:
        return [text]
    lines = text.split("\n")
    pieces: list[str] = []
    current = ""
    for line in lines:
        chunks = [line] if len(line) <= limit else _by_sentence(line, limit)
        for chunk in chunks:
            if current and len(current) + 1 + len(chunk) > limit:
                pieces.append(current)
                current = chunk
            else:
                current = f"{current}\n{chunk}" if current else chunk
    if current:
        pieces.append(current)
    return pieces


def _by_sentence(line: str, limit: int) -> list[str]:
    out: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(line):
        while len(sentence) > limit:
            out.append(current + sentence[: limit - len(current)]) if current else out.append(sentence[:limit])
            sentence = sentence[limit - len(current):] if current else sentence[limit:]
            current = ""
        if len(current) + len(sentence) > limit:
            out.append(current)
            current = sentence
        else:
            current += sentence
    if current:
        out.append(current)
    return out


def _table_row(cells_line: str) -> list[str]:
    return [c.strip() for c in cells_line.strip().strip("|").split("|")]


def row_text(headers: list[str], cells: list[str]) -> str:
    """「見出し: 値」 for each non-empty cell, so a row stands on its own."""
    parts = []
    for i, value in enumerate(cells):
        if not value:
            continue
        head = headers[i] if i < len(headers) and headers[i] else ""
        parts.append(f"{head}: {value}" if head and head != value else value)
    return " / ".join(parts)


def segment(text: str, *, page: int | None = None,
            context: list[tuple[int, str]] | None = None) -> Iterator[Unit]:
    """Units of a text (one page of a PDF, a whole .docx/.txt/.md). ``context`` is the
    heading path (level, heading) carried over from the previous page, updated in place."""
    headings: list[tuple[int, str]] = context if context is not None else []

    def path(n: int = 2) -> str:
        return " ".join(h for _, h in headings[-n:])

    current = _Open()
    caption = ""
    table: list[str] | None = None  # header cells of the table being read
    table_row = 0

    def flush() -> Iterator[Unit]:
        nonlocal current
        body = "\n".join(current.lines).strip()
        if body:
            heading = current.heading or path()
            pieces = split_long(body)
            for n, piece in enumerate(pieces):
                yield Unit(piece, heading + ("（続き）" if n else ""), page=page, kind=current.kind)
        current = _Open(heading=path())

    for raw in text.split("\n"):
        line = raw.strip()
        if line.startswith("|") and line.endswith("|") and len(line) > 1:
            cells = _table_row(line)
            if table is None:
                yield from flush()
                table = cells
                table_row = 1
                continue
            table_row += 1
            body = row_text(table, cells)
            if body:
                for piece in split_long(body):
                    yield Unit(piece, path(), page=page, row=table_row, kind="row")
            continue
        if not line:
            continue_table = table is not None
            if continue_table:
                continue  # a blank line between rows (Markdown written loosely) keeps the table
        table = None
        if not line:
            if current.kind == "text" and current.size() >= _MERGE_TARGET:
                yield from flush()
            continue
        if CAPTION_RE.match(line):
            caption = line
            continue
        article = ARTICLE_RE.match(line)
        if article:
            yield from flush()
            number = article.group(0)
            base = path(1)
            current = _Open([caption, line] if caption else [line], "article",
                            " ".join(x for x in (base, number + caption) if x))
            caption = ""
            continue
        if QUESTION_RE.match(line):
            yield from flush()
            current = _Open([line], "qa", path())
            continue
        if ANSWER_RE.match(line) and current.kind == "qa":
            current.lines.append(line)
            continue
        heading = _is_heading(line) if current.kind != "qa" or not current.lines else None
        if (heading and current.kind != "article") or (heading and CHAPTER_RE.match(line)) \
                or (heading and MD_HEADING_RE.match(line)):
            yield from flush()
            level = _heading_level(line)
            while headings and headings[-1][0] >= level:
                headings.pop()
            headings.append((level, heading))
            current = _Open(heading=path())
            if caption:
                current.lines.append(caption)
                caption = ""
            continue
        if caption:
            current.lines.append(caption)
            caption = ""
        if current.kind == "article" and PARAGRAPH_NO_RE.match(line) and current.size() + len(line) > MAX_PASSAGE:
            # A long article: its next 項 starts a new passage under the same article.
            heading = current.heading
            yield from flush()
            current = _Open([line], "article", heading)
            continue
        current.lines.append(line)
        if current.kind == "text" and current.size() >= MAX_PASSAGE:
            yield from flush()
    if caption:
        current.lines.append(caption)
    yield from flush()


def _heading_level(line: str) -> int:
    m = MD_HEADING_RE.match(line)
    if m:
        return len(m.group(1)) - 1
    if re.match(rf"^第{_NUM}編", line):
        return 0
    if re.match(rf"^第{_NUM}章", line):
        return 0
    if re.match(rf"^(?:第{_NUM}[節款]|附\s*則|別表|様式)", line):
        return 1
    m = re.match(r"^([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){0,3})", line)
    if m:
        return 1 + m.group(1).count(".") + m.group(1).count("．")
    return 2


def rows_units(rows: Iterable[tuple[int, list[str]]], *, sheet: str) -> Iterator[Unit]:
    """A sheet's rows as units: the first non-empty row is the header; a blank row ends a
    table and the next non-empty row is a new header. A question/answer sheet gives Q/A units."""
    headers: list[str] | None = None
    for number, cells in rows:
        if not any(cells):
            headers = None
            continue
        if headers is None:
            headers = cells
            if sum(1 for c in cells if c) == 1:
                # A one-cell title row above the table: keep it as a passage and read on.
                headers = None
                yield Unit(next(c for c in cells if c), "", sheet=sheet, row=number, kind="text")
            continue
        body = row_text(headers, cells)
        if not body:
            continue
        kind = "qa" if any(_is_question_header(h) for h in headers) else "row"
        for piece in split_long(body):
            yield Unit(piece, "", sheet=sheet, row=number, kind=kind)


def _is_question_header(header: str) -> bool:
    return header.strip() in {"質問", "問", "問い", "Q", "Ｑ", "質問内容", "お問い合わせ内容"}
