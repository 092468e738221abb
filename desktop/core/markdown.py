"""An answer's Markdown, parsed once by a CommonMark parser, out in three shapes.

- ``to_html``: a fragment for the answer view and the clipboard's rich text (Word and Outlook
  paste it formatted: headings, lists, bordered tables, code in a fixed font).
- ``to_plain``: the same text without Markdown marks (``**``, ``#``, ``|---|``) for the
  clipboard's plain text and .txt files; list items keep a ・ or their number, table cells are
  separated by tabs (they paste into Excel as cells).
- ``blocks``: a small block model (headings, paragraphs, list items, tables, code) that the
  .docx writer turns into Word elements.

Why markdown-it-py and not our own regular expressions: a model's Markdown has nested lists,
tables with escaped pipes, ``**`` inside words, fences with ``~~~`` or four backticks, lists that
start at 3; a CommonMark parser handles all of them by the spec and the three outputs agree,
where a set of regexes per output drifts apart. It is pure Python (with ``mdurl``), so it goes
into the frozen build as it is.

A line break inside a paragraph stays a line break (``breaks``): Japanese answers break lines
on purpose, and CommonMark's default would join them with a space. Raw HTML in an answer is
shown as text, never interpreted.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

BULLET = "・"
CLIPBOARD_FONT = "'游ゴシック', 'Yu Gothic', 'メイリオ', Meiryo, sans-serif"
MONO_FONT = "'ＭＳ ゴシック', 'MS Gothic', Consolas, monospace"
_CELL_STYLE = "border:1px solid #808080; padding:3px 6px; vertical-align:top;"
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_TABLE_ATTRS = ('border="1" cellspacing="0" cellpadding="4" '
                'style="border-collapse:collapse; border:1px solid #808080;"')


@lru_cache(maxsize=1)
def _parser() -> Any:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "breaks": True, "linkify": False})
    md.enable(["table", "strikethrough"])
    return md


_JA_BULLET = re.compile(r"^( {0,12})[・•]\s*(?=\S)", re.M)


def normalise(text: str) -> str:
    """Lines that start with ・ or • are list items, as a Japanese reader takes them (outside
    code fences)."""
    if "・" not in text and "•" not in text:
        return text
    out: list[str] = []
    fence = ""
    for line in text.split("\n"):
        m = _FENCE.match(line)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = ""
        elif m:
            fence = m.group(1)
        else:
            line = _JA_BULLET.sub(r"\1- ", line, count=1)
        out.append(line)
    return "\n".join(out)


def tokens(text: str) -> list[Any]:
    return _parser().parse(normalise(text or ""))


# -- HTML ---------------------------------------------------------------------------------------
_CELL_OPEN = re.compile(r'<(t[hd])(?: style="([^"]*)")?>')


def _style_cells(m: re.Match[str]) -> str:
    tag, own = m.group(1), m.group(2) or ""
    extra = " background:#f0f0f0; font-weight:bold;" if tag == "th" else ""
    return f'<{tag} style="{_CELL_STYLE}{extra}{(" " + own) if own else ""}">'


def to_html(text: str) -> str:
    """An HTML fragment: the answer view shows it, the clipboard wraps it (``clipboard_html``)."""
    out = _parser().render(normalise(text or ""))
    out = out.replace("<table>", f"<table {_TABLE_ATTRS}>")
    out = _CELL_OPEN.sub(_style_cells, out)
    out = re.sub(r'<pre><code(?: class="[^"]*")?>',
                 f'<pre style="font-family:{MONO_FONT}; background:#f6f6f6; padding:4px;"><code>',
                 out)
    return out


def clipboard_html(text: str) -> str:
    """A whole HTML document for the clipboard: Word and Outlook read the fonts from the body."""
    return ("<html><head><meta charset=\"utf-8\"></head>"
            f"<body style=\"font-family:{CLIPBOARD_FONT}; font-size:10.5pt;\">"
            f"{to_html(text)}</body></html>")


# -- block model ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    strike: bool = False
    href: str = ""


@dataclass(frozen=True)
class Block:
    """``kind``: heading, paragraph, item, code, table, rule.

    ``level`` is the heading level (1-6) or the list depth (0 = top level) of an item, or of
    a paragraph that continues an item. ``marker`` is an item's ・ or number ("3.").
    """

    kind: str
    spans: tuple[Span, ...] = ()
    level: int = 0
    marker: str = ""
    quote: int = 0
    code: str = ""
    language: str = ""
    rows: tuple[tuple[tuple[Span, ...], ...], ...] = ()
    header: bool = False
    align: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return spans_text(self.spans)


def spans_text(spans: tuple[Span, ...] | list[Span]) -> str:
    out = []
    for s in spans:
        out.append(s.text)
        if s.href and s.href != s.text and not s.href.startswith("mailto:"):
            out.append(f"（{s.href}）")
    return "".join(out)


def _inline(token: Any) -> tuple[Span, ...]:
    spans: list[Span] = []
    bold = italic = strike = 0
    href = ""
    for t in token.children or ():
        kind = t.type
        if kind == "text":
            spans.append(Span(t.content, bold > 0, italic > 0, False, strike > 0, href))
        elif kind in ("softbreak", "hardbreak"):
            spans.append(Span("\n"))
        elif kind == "code_inline":
            spans.append(Span(t.content, bold > 0, italic > 0, True, strike > 0, href))
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "s_open":
            strike += 1
        elif kind == "s_close":
            strike -= 1
        elif kind == "link_open":
            href = str(t.attrGet("href") or "")
        elif kind == "link_close":
            href = ""
        elif kind == "image":
            spans.append(Span(t.content or str(t.attrGet("alt") or "")))
    return tuple(_merge(spans))


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in spans:
        if out and (out[-1].bold, out[-1].italic, out[-1].code, out[-1].strike, out[-1].href) \
                == (s.bold, s.italic, s.code, s.strike, s.href) and "\n" not in (s.text,
                                                                                out[-1].text):
            out[-1] = Span(out[-1].text + s.text, s.bold, s.italic, s.code, s.strike, s.href)
        else:
            out.append(s)
    return out


@dataclass
class _List:
    ordered: bool
    number: int


@dataclass
class _Walk:
    lists: list[_List] = field(default_factory=list)
    quote: int = 0
    marker: str = ""  # the marker waiting for an item's first paragraph


def blocks(text: str) -> list[Block]:
    out: list[Block] = []
    w = _Walk()
    toks = tokens(text)
    i = 0
    while i < len(toks):
        t = toks[i]
        kind = t.type
        depth = max(0, len(w.lists) - 1)
        if kind == "heading_open":
            out.append(Block("heading", _inline(toks[i + 1]), level=int(t.tag[1]), quote=w.quote))
            i += 3
            continue
        if kind == "paragraph_open":
            spans = _inline(toks[i + 1])
            if w.marker:
                out.append(Block("item", spans, level=depth, marker=w.marker, quote=w.quote))
                w.marker = ""
            elif w.lists:
                out.append(Block("paragraph", spans, level=depth + 1, quote=w.quote))
            else:
                out.append(Block("paragraph", spans, quote=w.quote))
            i += 3
            continue
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = int(t.attrGet("start") or 1) if kind == "ordered_list_open" else 1
            w.lists.append(_List(kind == "ordered_list_open", start))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            w.lists.pop()
        elif kind == "list_item_open":
            lst = w.lists[-1]
            if w.marker:  # an empty item, or one that starts with a nested list
                out.append(Block("item", (), level=max(0, len(w.lists) - 2), marker=w.marker,
                                 quote=w.quote))
            w.marker = f"{lst.number}." if lst.ordered else BULLET
            lst.number += 1
        elif kind == "list_item_close":
            if w.marker:
                out.append(Block("item", (), level=depth, marker=w.marker, quote=w.quote))
                w.marker = ""
        elif kind in ("fence", "code_block"):
            if w.marker:
                out.append(Block("item", (), level=depth, marker=w.marker, quote=w.quote))
                w.marker = ""
            out.append(Block("code", code=t.content.rstrip("\n"), language=(t.info or "").strip(),
                             level=len(w.lists), quote=w.quote))
        elif kind == "hr":
            out.append(Block("rule", quote=w.quote))
        elif kind == "blockquote_open":
            w.quote += 1
        elif kind == "blockquote_close":
            w.quote -= 1
        elif kind == "table_open":
            i = _table(toks, i, out, w.quote)
            continue
        i += 1
    return out


def _table(toks: list[Any], i: int, out: list[Block], quote: int) -> int:
    rows: list[tuple[tuple[Span, ...], ...]] = []
    row: list[tuple[Span, ...]] = []
    align: list[str] = []
    header = False
    while i < len(toks) and toks[i].type != "table_close":
        t = toks[i]
        if t.type == "thead_open":
            header = True
        elif t.type == "tr_open":
            row = []
        elif t.type == "tr_close":
            rows.append(tuple(row))
        elif t.type in ("th_open", "td_open"):
            if not rows:
                style = str(t.attrGet("style") or "")
                align.append(style.split(":", 1)[1] if style.startswith("text-align:") else "")
            row.append(_inline(toks[i + 1]))
            i += 1
        i += 1
    out.append(Block("table", rows=tuple(rows), header=header, align=tuple(align), quote=quote))
    return i + 1


# -- plain text ----------------------------------------------------------------------------------
def _indent(depth: int) -> str:
    return "　" * depth


def to_plain(text: str) -> str:
    """The answer without Markdown marks: what a text field or Notepad should receive."""
    lines: list[str] = []
    previous = ""
    for b in blocks(text):
        tight = b.kind == "item" and previous == "item"
        if lines and not tight:
            lines.append("")
        prefix = _indent(b.quote)
        if b.kind == "heading":
            lines.append(prefix + b.text)
        elif b.kind == "paragraph":
            pad = prefix + _indent(b.level)
            lines.extend(pad + ln for ln in b.text.split("\n"))
        elif b.kind == "item":
            pad = prefix + _indent(b.level)
            first, *rest = b.text.split("\n") or [""]
            lines.append(f"{pad}{b.marker}{'' if b.marker == BULLET else ' '}{first}")
            cont = pad + "　" * (1 if b.marker == BULLET else 2)
            lines.extend(cont + ln for ln in rest)
        elif b.kind == "code":
            lines.extend(prefix + ln for ln in b.code.split("\n"))
        elif b.kind == "table":
            for r in b.rows:
                lines.append(prefix + "\t".join(spans_text(c).replace("\n", " ") for c in r))
        elif b.kind == "rule":
            lines.append(prefix + "―" * 10)
        previous = b.kind
    return "\n".join(lines).rstrip() + ("\n" if lines else "")


# -- streaming ---------------------------------------------------------------------------------


def stable_end(text: str, start: int = 0) -> int:
    """Where the part of a streamed answer that further text can no longer change ends: after
    the last blank line that is outside a code fence and is not followed by an indented line
    (a list item's continuation). ``start`` must itself be such a point (or 0)."""
    fence = ""
    end = start
    pos = start
    blank_before = False
    for line in text[start:].splitlines(keepends=True):
        body = line.rstrip("\n")
        if not fence and blank_before and body.strip() and not body.startswith((" ", "\t")):
            end = pos  # a new block starts here; everything before it is complete
        if not line.endswith("\n"):
            break  # the last line is still arriving
        m = _FENCE.match(body)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) \
                    and not body.strip()[len(m.group(1)):].strip():
                fence = ""
        elif m:
            fence = m.group(1)
        blank_before = not fence and not body.strip()
        pos += len(line)
    return end


def escape(text: str) -> str:
    return _html.escape(text, quote=False)
