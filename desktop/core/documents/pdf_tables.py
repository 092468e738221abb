"""Tables on PDF pages rebuilt as ``| a | b |`` rows, the shape the reader gives .docx/.xlsx tables.

A PDF has no tables, only strings placed at coordinates. pypdf's plain extraction puts each
visual line on its own line: a cell that wraps (a long address, ``011-681-`` / ``7734``) comes out
as extra lines, and the masker's column typing (``masking/tables.py``) never sees a table, so the
names and numbers under a 氏名 / 被保険者番号 header go out as prose. Here the strings of a page
(collected while pypdf extracts its text, so no second parse) are grouped into lines by their
baseline and into cells by the gaps between them; a run of lines whose cells share column bounds
is a table, and a line that only continues some cells (the wrapped part) is joined into the row
above, cell by cell. Pages with no such run keep pypdf's own text: prose stays prose.

Across pages: a table that goes on at the top of the next page (same number of columns, its
header repeated or not, a row cut by the page break) continues the table of the page before,
with no blank line between, so the header above still types its columns.

Widths are estimated from the characters (a full-width character is one em, others half an em):
pypdf reports where a string starts, not where it ends. The estimate only decides whether the
space between two strings is a cell gap (wider than ``_CELL_GAP`` em), which tolerates it.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

# A gap wider than this many ems between two strings on a line separates cells. Word's default
# cell margins leave about one em between the text of neighbouring cells; words inside a cell are
# a quarter of an em apart at most.
_CELL_GAP = 0.8
# Strings whose baselines differ by less than this many ems are on one line.
_SAME_LINE = 0.4
# A vertical gap of more than this many ems (between baselines, beyond one line) ends a table.
_TABLE_BREAK = 2.2
# Strings closer than this many ems are one word (no space between them).
_JOIN_GAP = 0.3
# ... or, when the string starts where strings start on other lines too (a column's left edge),
# wider than this.
_ANCHOR_GAP = 0.5
# A cell line may be the wrapped rest of the line above if its first word would have overrun
# the column's right edge (the longest line in the column) less this many ems.
_WRAP_SLACK = 1.0
_CELL_MARGINS = 1.2
_MIN_TABLE_LINES = 2
_SENTENCE = re.compile(r"[。、，]|[a-z]{2}[.,;] [a-z]")
_PAGE_NUMBER = re.compile(r"^[\s\-–—‐(（]*(?:[0-9]+|[0-9]+\s*/\s*[0-9]+|[0-9]+\s*ページ)[\s\-–—‐)）]*$")


@dataclass
class Fragment:
    x: float
    y: float
    size: float
    text: str

    @property
    def end(self) -> float:
        return self.x + _text_width(self.text, self.size)


# Rough advance widths (ems) of proportional Latin characters; a full-width character is 1.
_NARROW = {**dict.fromkeys(".,:;ilj'I/", 0.27), **dict.fromkeys("-()ft", 0.32), " ": 0.25, "r": 0.35,
           "m": 0.8, "w": 0.72, "M": 0.85, "W": 0.95}


def _char_width(c: str) -> float:
    if c in _NARROW:
        return _NARROW[c]
    if c.isascii():
        return 0.66 if c.isupper() else 0.55 if c.isdigit() else 0.5
    return 1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5


def _text_width(text: str, size: float) -> float:
    return size * sum(map(_char_width, text))


class Collector:
    """A ``visitor_text`` for pypdf's ``extract_text``: keeps where each string starts."""

    def __init__(self) -> None:
        self.fragments: list[Fragment] = []
        self.skewed = False

    def __call__(self, text: str, cm, tm, font_dict, font_size) -> None:
        if not text or text.isspace():
            return
        try:
            a = tm[0] * cm[0] + tm[1] * cm[2]
            b = tm[0] * cm[1] + tm[1] * cm[3]
            c = tm[2] * cm[0] + tm[3] * cm[2]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            size = float(font_size) * math.hypot(a, b)
        except (TypeError, ValueError, IndexError):
            self.skewed = True
            return
        if abs(b) > 1e-3 or abs(c) > 1e-3 or a <= 0 or size <= 0:
            self.skewed = True  # rotated or vertical text: leave the page to pypdf
            return
        self.fragments.append(Fragment(float(x), float(y), size, text.replace("\n", " ")))


@dataclass
class _Chunk:
    x0: float
    x1: float
    text: str


@dataclass
class _Line:
    y: float
    size: float
    chunks: list[_Chunk]

    @property
    def text(self) -> str:
        return " ".join(c.text.strip() for c in self.chunks)


@dataclass
class Table:
    # rows[r][c] is the list of a cell's lines (one per visual line it took)
    rows: list[list[list[str]]]
    orphan: dict[int, list[str]] = field(default_factory=dict)  # continuation before any row

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0


Block = str | Table


def _join(parts: list[str]) -> str:
    """A cell's lines as one value: Japanese wraps anywhere (no space), English at a space or
    after a hyphen."""
    japanese = any(not c.isascii() for p in parts for c in p)
    out = ""
    for raw in parts:
        part = raw.strip()
        if not part:
            continue
        if out and (out[-1] == " " or not (japanese or out.endswith("-"))):
            out = out.rstrip() + " "
        out += part + (" " if raw[-1:].isspace() else "")
    return out.strip()


def _lines(fragments: list[Fragment]) -> list[_Line]:
    frags = sorted(fragments, key=lambda f: (-f.y, f.x))
    rows: list[list[Fragment]] = []
    for f in frags:
        if rows and abs(rows[-1][0].y - f.y) < _SAME_LINE * max(f.size, rows[-1][0].size):
            rows[-1].append(f)
        else:
            rows.append([f])
    for row in rows:
        row.sort(key=lambda f: f.x)
    # Left edges where strings start on several lines after a gap: a table's column starts.
    # A string that starts there is a new cell even when the estimated gap before it is small.
    starts = Counter(
        round(f.x * 2) for row in rows for prev, f in itertools.pairwise(row)
        if f.x - prev.end > _ANCHOR_GAP * f.size
    )
    anchors = {k for k, n in starts.items() if n >= 2}
    lines = []
    for row in rows:
        size = max(f.size for f in row)
        chunks: list[_Chunk] = []
        for f in row:
            text = f.text
            if chunks:
                gap = f.x - chunks[-1].x1
                at_anchor = gap > _ANCHOR_GAP * size and any(
                    round(f.x * 2) + d in anchors for d in (-1, 0, 1)
                )
                if gap <= _CELL_GAP * size and not at_anchor:
                    last = chunks[-1]
                    sep = "" if gap < _JOIN_GAP * size or last.text.endswith(" ") or text.startswith(" ") else " "
                    last.text += sep + text
                    last.x1 = max(last.x1, f.end)
                    continue
            chunks.append(_Chunk(f.x, f.end, text))
        for i in range(len(chunks) - 1):  # an over-estimated width never reaches the next string
            chunks[i].x1 = min(chunks[i].x1, chunks[i + 1].x0 - 0.1)
        for ch in chunks:  # a trailing space is kept: the cell's next line is a new word
            ch.text = ch.text.lstrip()
        lines.append(_Line(row[0].y, size, [c for c in chunks if c.text.strip()]))
    return [ln for ln in lines if ln.chunks]


def _columns(lines: list[_Line]) -> list[tuple[float, float]]:
    """Column bounds: the x ranges covered by the cells of the multi-cell lines, merged."""
    spans = sorted((c.x0, c.x1) for ln in lines if len(ln.chunks) >= 2 for c in ln.chunks)
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    return [(a, b) for a, b in cols]


def _column_of(chunk: _Chunk, cols: list[tuple[float, float]], tol: float) -> int | None:
    """The column a cell string lies in, or None when it runs across a column gap (prose)."""
    for i, (a, b) in enumerate(cols):
        if a - tol <= chunk.x0 <= b + tol:
            nxt = cols[i + 1][0] if i + 1 < len(cols) else math.inf
            return i if chunk.x1 <= nxt + tol else None
    return None


def _placed(line: _Line, cols: list[tuple[float, float]]) -> dict[int, _Chunk] | None:
    out: dict[int, _Chunk] = {}
    for ch in line.chunks:
        col = _column_of(ch, cols, 0.5 * line.size)
        if col is None or col in out:
            return None
        out[col] = ch
    return out


_FIRST_WORD = re.compile(r"[^\s\-]*-?")


def _wrapped(prev_end: float, text: str, right: float, size: float) -> bool:
    """Could ``text`` be the wrapped rest of a cell line ending at ``prev_end``: its first word
    (Japanese: its first character) would not have fitted before the column's right edge."""
    text = text.strip()
    if not text:
        return False
    if unicodedata.east_asian_width(text[0]) in "WFA":
        word = text[0]
    else:
        m = _FIRST_WORD.match(text)
        word = m.group(0) if m and m.group(0) else text[0]
        word = " " + word
    return prev_end + _text_width(word, size) > right - _WRAP_SLACK * size


def _region_end(lines: list[_Line], start: int) -> int:
    """Index after the last line that may belong to a table starting at ``start``."""
    end = start + 1
    while end < len(lines):
        prev, cur = lines[end - 1], lines[end]
        if prev.y - cur.y > (1 + _TABLE_BREAK) * max(prev.size, cur.size):
            break
        end += 1
    return end


def _table(lines: list[_Line]) -> tuple[Table, int] | None:
    """The table the lines start with and how many lines it takes, or None."""
    cols = _columns(lines)
    if len(cols) < 2:
        return None
    placed: list[dict[int, _Chunk]] = []
    for line in lines:
        cells = _placed(line, cols)
        if cells is None:
            break
        placed.append(cells)
    multi = sum(len(p) >= 2 for p in placed)
    if multi < _MIN_TABLE_LINES:
        return None
    width = len(cols)
    # A column's right edge: its longest line, or (when nothing in it wrapped) the next
    # column's start less the cell margins (about an em)
    size = max(line.size for line in lines)
    right = [
        max(
            max((p[c].x1 for p in placed if c in p), default=cols[c][1]),
            cols[c + 1][0] - _CELL_MARGINS * size if c + 1 < width else -math.inf,
        )
        for c in range(width)
    ]
    table = Table([])
    ends: dict[int, float] = {}  # where the current row's cells' last lines end
    starts: set[int] = set()  # the columns the current row's first line filled
    last_row_line = 0
    for index, (line, cells) in enumerate(zip(lines, placed, strict=False)):
        # A line with nothing in the first column continues the row above (a wrapped cell, a
        # second paragraph in a cell). One with something there starts a row, unless every
        # cell of it reads as the wrapped rest of the cell above (a long name wrapped too) and
        # some cell of the row ended on the line above (a new row fills every column again).
        new_row = 0 in cells and not (
            table.rows
            and len(cells) < len(starts)
            and all(
                c in ends and _wrapped(ends[c], ch.text, right[c], line.size)
                for c, ch in cells.items()
            )
        )
        if new_row:
            table.rows.append([[cells[c].text] if c in cells else [] for c in range(width)])
            ends = {c: ch.x1 for c, ch in cells.items()}
            starts = set(cells)
            last_row_line = index
        elif table.rows:
            for c, ch in cells.items():
                table.rows[-1][c].append(ch.text)
                ends[c] = ch.x1
        else:
            for c, ch in cells.items():
                table.orphan.setdefault(c, []).append(ch.text)
    used = len(placed)
    if width >= 3 and len(table.rows) >= 3 and [len(c) for c in table.rows[-1]] == [1] + [0] * (width - 1):
        # one short line under a wide table, in its first column only: a note (以上), not a row
        table.rows.pop()
        used = last_row_line
    if len(table.rows) < 1 or _is_prose(table):
        return None
    return table, used


def _is_prose(table: Table) -> bool:
    """Text set in two columns (a newsletter, a two-column report) lines up like a table; its
    cells are pieces of sentences, a table's are values."""
    cells = [" ".join(cell) for row in table.rows for cell in row if cell]
    sentences = sum(bool(_SENTENCE.search(c)) for c in cells)
    return sentences * 2 > len(cells)


def page_blocks(fragments: list[Fragment]) -> list[Block] | None:
    """The page as prose lines and tables, or None when it holds no table."""
    lines = _lines(fragments)
    blocks: list[Block] = []
    found = False
    i = 0
    while i < len(lines):
        if len(lines[i].chunks) >= 2:
            end = _region_end(lines, i)
            got = _table(lines[i:end])
            if got is not None:
                table, used = got
                blocks.append(table)
                found = True
                i += used
                continue
        blocks.append(lines[i].text)
        i += 1
    return blocks if found else None


def _content(blocks: list[Block]) -> list[int]:
    """Indexes of the blocks that are not page numbers."""
    return [i for i, b in enumerate(blocks) if isinstance(b, Table) or not _PAGE_NUMBER.match(b)]


def _continue(prev: Table, nxt: Table) -> None:
    """Append the rows of ``nxt`` (the same table going on on the next page) to ``prev``."""
    rows = nxt.rows
    orphan = {c: list(parts) for c, parts in nxt.orphan.items()}
    head = prev.rows[0] if prev.rows else []
    if rows and any(head) and all([p.strip() for p in cell[: len(h)]] == [p.strip() for p in h]
                                  for h, cell in zip(head, rows[0], strict=True)):
        # the header repeated on the new page; what it has beyond the first page's header (its
        # own wrapped lines aside) is the rest of the row the page break cut
        for c, cell in enumerate(rows[0]):
            rest = cell[len(head[c]):]
            if rest:
                orphan.setdefault(c, [])[:0] = rest
        rows = rows[1:]
    if prev.rows:
        for c, parts in orphan.items():
            if c < len(prev.rows[-1]):
                prev.rows[-1][c].extend(parts)
    prev.rows.extend(rows)


def document_text(pages: list[list[Block] | str]) -> str:
    """Pages (their blocks, or pypdf's text for a page without a table) as one text, pages
    apart by a blank line. A table that goes on at the top of the next page continues the one
    that ended the page before (no blank line, its page numbers dropped)."""
    segments: list[tuple[str, Block]] = []
    open_table: Table | None = None  # the table that ends the text so far
    for page in pages:
        if isinstance(page, str):
            segments.append(("\n\n", page.strip("\n")))
            open_table = None
            continue
        content = _content(page)
        sep = "\n\n"
        start = 0
        head = page[content[0]] if content else None
        if open_table is not None and isinstance(head, Table) and head.width == open_table.width:
            _continue(open_table, head)
            start = content[0] + 1
            sep = "\n"
        else:
            open_table = None
        rest = [i for i in content if i >= start]
        end = len(page)
        if not rest:
            end = start  # the page only went on with the table: keep it open
        elif isinstance(page[rest[-1]], Table):
            end = rest[-1] + 1
            tail = page[rest[-1]]
            assert isinstance(tail, Table)
            open_table = tail
        else:
            open_table = None
        for i in range(start, end):
            segments.append((sep, page[i]))
            sep = "\n"
    text = "".join(sep + _render(block) for sep, block in segments)
    return text[2:] if text.startswith("\n\n") else text.lstrip("\n")


def _render(block: Block) -> str:
    """A table as the reader renders .docx/.xlsx tables: ``| a | b |`` rows."""
    if not isinstance(block, Table):
        return block
    return "\n".join("| " + " | ".join(_join(c).replace("|", "｜") for c in row) + " |" for row in block.rows)
