"""Answers out as files: .docx that looks like an office document, and .txt.

``letter`` output gets the Japanese business-letter layout (see ``letter.py``); every other
output keeps its structure: the answer's Markdown, parsed by ``desktop.core.markdown`` (the same
parse the answer view and the clipboard use), becomes Word headings, bullets, numbered items,
tables and code blocks. A conversation is saved with ``save_thread`` (.docx or .txt).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

from desktop.core import atomic
from desktop.core.documents.errors import DocumentError
from desktop.core.documents.letter import CENTER, layout_letter

MINCHO = "游明朝"
GOTHIC = "游ゴシック"
MONO = "ＭＳ ゴシック"
BODY_PT = 10.5

_NUMBERED = re.compile(r"^(\s*)((?:\d+|[０-９]+)[.)．]|[（(](?:\d+|[０-９]+|[ア-ン])[）)]|[①-⑳])\s*(.*)$")
_INLINE = re.compile(r"(\*\*[^*]+\*\*|`[^`]+`)")


def _write_atomic(path: Path, data: bytes) -> None:
    path = Path(path)
    try:
        atomic.write_bytes(path, data)  # an answer is saved to be read by others: ordinary mode
    except PermissionError:
        raise DocumentError(
            f"「{path.name}」に保存できません。Word などで開いている場合は閉じてから、もう一度保存してください。",
            detail="permission denied") from None
    except OSError as exc:
        raise DocumentError(f"「{path.name}」に保存できません（{exc.strerror or type(exc).__name__}）。"
                            "保存先のフォルダを確認してください。", detail="save failed") from None


def save_txt(text: str, path: Path) -> Path:
    """UTF-8 with BOM and CRLF, so Windows Notepad and older tools show Japanese correctly."""
    body = text.replace("\r\n", "\n").replace("\n", "\r\n")
    _write_atomic(Path(path), body.encode("utf-8-sig"))
    return Path(path)


def save_docx(text: str, path: Path, *, layout: str = "document",
              title: str | None = None) -> Path:
    """``layout``: "letter" (date, addressee, sender, closing, as a letter is set) or "document"
    (a title and structured paragraphs) — a task kind's ``docx_layout``."""
    doc = build_docx(text, layout=layout, title=title)
    buf = io.BytesIO()
    doc.save(buf)
    _write_atomic(Path(path), buf.getvalue())
    return Path(path)


def build_docx(text: str, *, layout: str = "document", title: str | None = None):
    import docx

    doc = docx.Document()
    _setup_page_and_styles(doc)
    if layout == "letter":
        _letter(doc, text)
    else:
        if title:
            _title(doc, title)
        _structured(doc, text)
    return doc


def _title(doc, title: str) -> None:
    """A centred bold title in Gothic, above an answer or a conversation."""
    p = doc.add_paragraph()
    p.alignment = _align(CENTER)
    run = p.add_run(title)
    run.bold = True
    run.font.size = _pt(14)
    _east_asian(run, GOTHIC)


# -- styles ----------------------------------------------------------------------------------
def _pt(value: float):
    from docx.shared import Pt

    return Pt(value)


def _align(kind: str):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    return {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
            "right": WD_ALIGN_PARAGRAPH.RIGHT}[kind]


def _set_fonts(element_rpr_owner, font: str) -> None:
    """Set Latin and East Asian fonts (python-docx only sets the Latin one)."""
    from docx.oxml.ns import qn

    rpr = element_rpr_owner.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), font)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(theme), None)


def _east_asian(run, font: str) -> None:
    run.font.name = font
    _set_fonts(run._element, font)


def _setup_page_and_styles(doc) -> None:
    from docx.shared import Mm, RGBColor

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(30), Mm(25)
    section.left_margin, section.right_margin = Mm(25), Mm(25)
    normal = doc.styles["Normal"]
    normal.font.name = MINCHO
    normal.font.size = _pt(BODY_PT)
    _set_fonts(normal.element, MINCHO)
    normal.paragraph_format.space_after = _pt(0)
    normal.paragraph_format.line_spacing = 1.2
    for name, size in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        style = doc.styles[name]
        style.font.name = GOTHIC
        style.font.size = _pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor(0, 0, 0)
        _set_fonts(style.element, GOTHIC)
        style.paragraph_format.space_before = _pt(10 if name == "Heading 1" else 8)
        style.paragraph_format.space_after = _pt(4)
    for name in ("List Bullet", "List Bullet 2", "List Bullet 3", "List Number"):
        _set_fonts(doc.styles[name].element, MINCHO)


# -- letter ----------------------------------------------------------------------------------
def _letter(doc, text: str) -> None:
    from docx.shared import Pt

    previous_role = ""
    for line in layout_letter(text):
        if line.role == "blank":
            doc.add_paragraph()
            previous_role = "blank"
            continue
        p = doc.add_paragraph()
        p.alignment = _align(line.align)
        body = line.text
        if line.role == "title":
            # One empty line above and below the subject, as in printed official letters.
            p.paragraph_format.space_before = Pt(BODY_PT * 1.5)
            p.paragraph_format.space_after = Pt(BODY_PT * 1.5)
            run = p.add_run(body)
            run.bold = True
            run.font.size = Pt(12)
            continue
        if line.role == "recipient" and previous_role not in ("recipient",):
            p.paragraph_format.space_before = Pt(BODY_PT)
        if line.role == "sender" and previous_role == "recipient":
            p.paragraph_format.space_before = Pt(BODY_PT)
        if line.role in ("note", "end", "closing"):
            p.paragraph_format.space_before = Pt(BODY_PT * 0.5)
        if line.role == "body" and not body.startswith(("　", "拝啓", "謹啓", "拝復", "前略", "「",
                                                         "・", "-", "（", "(", "【")) \
                and not _NUMBERED.match(body):
            body = "　" + body  # one full-width space: the paragraph indent of Japanese prose
        _add_inline(p, body)
        previous_role = line.role


# -- structured text -------------------------------------------------------------------------
def _add_inline(paragraph, text: str) -> None:
    """A line of a letter: **bold** and `code` only (letters are not Markdown documents)."""
    for part in _INLINE.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            paragraph.add_run(part[2:-2]).bold = True
        elif part.startswith("`") and part.endswith("`") and len(part) > 2:
            _east_asian(paragraph.add_run(part[1:-1]), MONO)
        else:
            paragraph.add_run(part)


def _add_spans(paragraph, spans) -> None:
    for span in spans:
        if span.text == "\n":
            paragraph.add_run().add_break()
            continue
        run = paragraph.add_run(span.text)
        run.bold = span.bold or None
        run.italic = span.italic or None
        if span.strike:
            run.font.strike = True
        if span.code:
            _east_asian(run, MONO)
        if span.href and span.href != span.text and not span.href.startswith("mailto:"):
            paragraph.add_run(f"（{span.href}）")


_BULLET_STYLES = ("List Bullet", "List Bullet 2", "List Bullet 3")


def _structured(doc, text: str, *, heading_shift: int = 0) -> None:
    """Markdown blocks (parsed by ``desktop.core.markdown``) as Word headings, bulleted
    paragraphs, numbered paragraphs that keep the author's numbers, tables and code."""
    from docx.shared import Mm, Pt

    from desktop.core.markdown import blocks

    for b in blocks(text):
        quote = Mm(8 * b.quote) if b.quote else None
        if b.kind == "heading":
            p = doc.add_paragraph(style=f"Heading {min(b.level + heading_shift, 3)}")
            _add_spans(p, b.spans)
        elif b.kind == "item" and b.marker == "・":
            p = doc.add_paragraph(style=_BULLET_STYLES[min(b.level, 2)])
            _add_spans(p, b.spans)
        elif b.kind == "item":
            # Keep the author's numbers: Word's auto-numbering would renumber a list that
            # starts at 3 or continues after a paragraph.
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Mm(7 + 5 * b.level)
            p.paragraph_format.first_line_indent = Mm(-7)
            p.add_run(b.marker + " ")
            _add_spans(p, b.spans)
        elif b.kind == "paragraph":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            if b.level:
                p.paragraph_format.left_indent = Mm(7 + 5 * (b.level - 1))
            _add_spans(p, b.spans)
        elif b.kind == "code":
            for line in b.code.split("\n"):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Mm(5 + 5 * b.level)
                _east_asian(p.add_run(line), MONO)
        elif b.kind == "table":
            _table(doc, b)
            continue
        else:  # a rule: a little space is enough on paper
            doc.add_paragraph()
            continue
        if quote is not None:
            p.paragraph_format.left_indent = quote


def _table(doc, block) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    rows = block.rows
    if not rows:
        return
    width = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    aligns = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}
    for r, row in enumerate(rows):
        for c in range(width):
            cell = table.cell(r, c)
            cell.text = ""
            para = cell.paragraphs[0]
            _add_spans(para, row[c] if c < len(row) else ())
            align = block.align[c] if c < len(block.align) else ""
            if align in aligns:
                para.alignment = aligns[align]
            if r == 0 and block.header:
                for run in para.runs:
                    run.bold = True
    doc.add_paragraph()


# -- a conversation ----------------------------------------------------------------------------
def thread_text(turns: Sequence[tuple[str, str]], *, title: str = "") -> str:
    """A thread as plain text: each question, then its answer without Markdown marks."""
    from desktop.core.markdown import to_plain

    parts: list[str] = [title] if title else []
    for n, (question, answer) in enumerate(turns, start=1):
        parts.append(f"■ 質問 {n}\n{question.strip()}")
        parts.append(f"■ 回答 {n}\n{to_plain(answer).rstrip()}")
    return "\n\n".join(parts) + "\n"


def build_thread_docx(turns: Sequence[tuple[str, str]], *, title: str = ""):
    import docx
    from docx.shared import Mm, Pt

    doc = docx.Document()
    _setup_page_and_styles(doc)
    if title:
        _title(doc, title)
    for n, (question, answer) in enumerate(turns, start=1):
        doc.add_paragraph(f"質問 {n}", style="Heading 1")
        for line in question.strip().split("\n"):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Mm(5)
            p.add_run(line)
        p = doc.add_paragraph(f"回答 {n}", style="Heading 2")
        p.paragraph_format.space_before = Pt(8)
        _structured(doc, answer, heading_shift=1)
    return doc


def save_thread(turns: Sequence[tuple[str, str]], path: Path, *, title: str = "") -> Path:
    """A conversation, saved only when the clerk asks: .txt by the suffix, otherwise .docx."""
    path = Path(path)
    if path.suffix.lower() == ".txt":
        return save_txt(thread_text(turns, title=title), path)
    if path.suffix.lower() != ".docx":
        path = path.with_suffix(".docx")
    buf = io.BytesIO()
    build_thread_docx(turns, title=title).save(buf)
    _write_atomic(path, buf.getvalue())
    return path
