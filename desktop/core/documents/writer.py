"""Answers out as files: .docx that looks like an office document, and .txt.

``letter`` output gets the Japanese business-letter layout (see ``letter.py``); every other
output keeps its structure: Markdown headings, bullets, numbered items, tables and code blocks
become the matching Word elements.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from desktop.core import atomic
from desktop.core.documents.errors import DocumentError
from desktop.core.documents.letter import CENTER, layout_letter

MINCHO = "游明朝"
GOTHIC = "游ゴシック"
MONO = "ＭＳ ゴシック"
BODY_PT = 10.5

_BULLET = re.compile(r"^(\s*)(?:[-*+•・]\s+|・)(.*)$")
_NUMBERED = re.compile(r"^(\s*)((?:\d+|[０-９]+)[.)．]|[（(](?:\d+|[０-９]+|[ア-ン])[）)]|[①-⑳])\s*(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_TABLE_SEP = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
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


def save_docx(text: str, path: Path, *, output_kind: str = "text", title: str | None = None) -> Path:
    doc = build_docx(text, output_kind=output_kind, title=title)
    buf = io.BytesIO()
    doc.save(buf)
    _write_atomic(Path(path), buf.getvalue())
    return Path(path)


def build_docx(text: str, *, output_kind: str = "text", title: str | None = None):
    import docx

    doc = docx.Document()
    _setup_page_and_styles(doc)
    if output_kind == "letter":
        _letter(doc, text)
    else:
        if title:
            p = doc.add_paragraph()
            p.alignment = _align(CENTER)
            run = p.add_run(title)
            run.bold = True
            run.font.size = _pt(14)
            _east_asian(run, GOTHIC)
        _structured(doc, text)
    return doc


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
    for name in ("List Bullet", "List Bullet 2", "List Number"):
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
    for part in _INLINE.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            paragraph.add_run(part[2:-2]).bold = True
        elif part.startswith("`") and part.endswith("`") and len(part) > 2:
            _east_asian(paragraph.add_run(part[1:-1]), MONO)
        else:
            paragraph.add_run(part)


def _structured(doc, text: str) -> None:
    from docx.shared import Mm, Pt

    lines = text.replace("\r\n", "\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("```"):
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Mm(5)
                _east_asian(p.add_run(lines[i]), MONO)
                i += 1
            i += 1
            continue
        if stripped.startswith("|") and i + 1 <= len(lines):
            block = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                block.append(lines[i].strip())
                i += 1
            _table(doc, block)
            continue
        i += 1
        if not stripped or re.fullmatch(r"[-*_]{3,}", stripped):
            continue
        heading = _HEADING.match(stripped)
        if heading:
            level = min(len(heading.group(1)), 3)
            p = doc.add_paragraph(style=f"Heading {level}")
            _add_inline(p, heading.group(2).strip())
            continue
        bullet = _BULLET.match(line)
        if bullet:
            nested = len(bullet.group(1).expandtabs(4)) >= 2
            p = doc.add_paragraph(style="List Bullet 2" if nested else "List Bullet")
            _add_inline(p, bullet.group(2).strip())
            continue
        numbered = _NUMBERED.match(line)
        if numbered:
            # Keep the author's own numbering ((1), ア, ①…): Word's auto-numbering would renumber.
            depth = len(numbered.group(1).expandtabs(4)) // 2
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Mm(7 + 5 * depth)
            p.paragraph_format.first_line_indent = Mm(-7)
            _add_inline(p, f"{numbered.group(2)} {numbered.group(3).strip()}")
            continue
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        _add_inline(p, stripped)


def _table(doc, block: list[str]) -> None:
    rows = [r for r in block if not _TABLE_SEP.match(r)]
    if not rows:
        return
    cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
    width = max(len(r) for r in cells)
    has_header = len(block) > 1 and bool(_TABLE_SEP.match(block[1])) and len(cells) > 1
    table = doc.add_table(rows=len(cells), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(cells):
        for c in range(width):
            cell = table.cell(r, c)
            cell.text = ""
            para = cell.paragraphs[0]
            _add_inline(para, row[c] if c < len(row) else "")
            if r == 0 and has_header:
                for run in para.runs:
                    run.bold = True
    doc.add_paragraph()
