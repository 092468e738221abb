"""A file on the share → its title, passages and the date it came into force.

Bytes come through ``desktop.core.documents.load_document_bytes`` (size limits, decryption,
the decompression-bomb check), the same door templates use; this module only keeps the structure
(pages, sheets and rows, headings) that flat text loses.
"""

from __future__ import annotations

import datetime as dt
import html.parser
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from desktop.core.documents import CorruptDocument, EmptyDocument, load_document_bytes
from desktop.core.documents import reader as doc_reader
from desktop.core.knowledge.units import Unit, rows_units, segment

INDEXED_EXTENSIONS = (".docx", ".xlsx", ".xlsm", ".pdf", ".txt", ".md", ".html", ".htm", ".csv",
                      # Listed so IT sees them reported with how to convert them, not silently left out.
                      ".doc", ".xls", ".rtf", ".pptx")


@dataclass
class ReadResult:
    title: str
    units: list[Unit]
    effective: str = ""   # ISO date the rule came into force (施行日), "" when not stated
    pages: int = 0


def read_units(path: Path, *, max_bytes: int | None = None) -> ReadResult:
    """Passages of ``path``. Raises ``DocumentError`` (password, corrupt, too large...)."""
    data, ext = load_document_bytes(path, max_bytes=max_bytes)
    name = path.name
    pages = 0
    if ext == ".pdf":
        units, text, pages = _pdf_units(data, name)
    elif ext in (".xlsx", ".xlsm"):
        units, text = _xlsx_units(data, name)
    else:
        if ext == ".docx":
            text = doc_reader._read_docx(data, name).text
        elif ext in (".html", ".htm"):
            text = html_to_text(doc_reader.decode_text(data, name))
        else:
            text = doc_reader._normalise(doc_reader.decode_text(data, name))
        units = list(segment(text))
    if not units:
        raise EmptyDocument(name)
    if ext in (".xlsx", ".xlsm"):
        # A workbook's name is its file name, unless a one-cell title row heads its first sheet.
        title = units[0].text if units[0].kind == "text" and len(units[0].text) <= 60 else path.stem
    else:
        title = document_title(path, text)
    return ReadResult(title, units, effective_date(text), pages)


def document_title(path: Path, text: str) -> str:
    """The first line when it is short and not a sentence or a table (the rule's name), else
    the file name."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    first = first.lstrip("#").strip()
    if 4 <= len(first) <= 60 and not first.endswith(("。", "|")) and not first.startswith(("|", "第")):
        return first
    return path.stem


# -- 施行日 -----------------------------------------------------------------------------------
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
_DATE = r"(令和|平成|昭和|)\s*(元|[0-9０-９]{1,4})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日"
_IN_FORCE_RE = re.compile(_DATE + r"(?:から|より)(?:施行|適用)")
_IN_FORCE_LABEL_RE = re.compile(r"施行(?:日|年月日)\s*[:：]?\s*" + _DATE)


def _to_date(era: str, year: str, month: str, day: str) -> dt.date | None:
    import unicodedata

    year, month, day = (unicodedata.normalize("NFKC", x) for x in (year, month, day))
    y = 1 if year == "元" else int(year)
    if era:
        y += _ERAS[era]
    try:
        return dt.date(y, int(month), int(day))
    except ValueError:
        return None


def effective_date(text: str) -> str:
    """The latest 「…から施行する」/「施行日: …」 date in the text, as ISO (an amended rule's
    附則 lists each amendment; the last one is the version this file holds)."""
    dates = [d for m in (*_IN_FORCE_RE.finditer(text), *_IN_FORCE_LABEL_RE.finditer(text))
             if (d := _to_date(*m.groups())) is not None]
    return max(dates).isoformat() if dates else ""


# -- PDF ------------------------------------------------------------------------------------
def _pdf_units(data: bytes, name: str) -> tuple[list[Unit], str, int]:
    from pypdf import PdfReader

    from desktop.core.documents import pdf_tables
    from desktop.core.documents.reader import pdf_page_content

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            from desktop.core.documents import PasswordRequired

            raise PasswordRequired(name)
        # As the documents reader reads them: a table rebuilt as | a | b | rows, so the
        # masker types its columns when a passage from it goes into a prompt.
        texts = [pdf_tables.document_text([pdf_page_content(page)]) for page in reader.pages]
    except (CorruptDocument, EmptyDocument):
        raise
    except Exception as exc:
        from desktop.core.documents import DocumentError

        if isinstance(exc, DocumentError):
            raise
        raise CorruptDocument(name, "PDF ", type(exc).__name__) from None
    units: list[Unit] = []
    context: list[tuple[int, str]] = []
    for number, text in enumerate(texts, start=1):
        units.extend(segment(unwrap_lines(doc_reader._normalise(text)), page=number, context=context))
    return units, "\n".join(texts), len(texts)


_ENDS_LINE = ("。", "．", "：", ":", "」", "）", ")", "|", "？", "?", "！")
_STARTS_LINE = re.compile(
    r"^(?:第[0-9０-９一二三四五六七八九十百]+[条章節款]|附\s*則|[（(][^）)]{1,40}[）)]$|"
    r"[（(]?[0-9０-９]{1,2}[）)．.、\s　]|[２-９]\s|[①-⑳]|[・●■◆□◇※【#|]|Q|Ｑ|A[.．:：]|Ａ|問|答)")


def unwrap_lines(text: str) -> str:
    """Join the lines a PDF wrapped in mid-sentence (「60分の休憩時」「間を…」): Japanese has no
    spaces, so a word cut at the margin is otherwise two words to the search and to a reader.
    A line that ends a sentence, or a next line that starts an article, a paragraph, an item or
    a heading, keeps its break."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if out and out[-1].strip() and stripped and (
                stripped[0] in "。、，,．" or
                (not out[-1].rstrip().endswith(_ENDS_LINE) and not _STARTS_LINE.match(stripped)
                 and len(out[-1].strip()) >= 20)):
            joiner = " " if out[-1][-1:].isascii() and out[-1][-1:].isalnum() and stripped[0].isascii() else ""
            out[-1] = out[-1].rstrip() + joiner + stripped
        else:
            out.append(line)
    return "\n".join(out)


# -- Excel ----------------------------------------------------------------------------------
def _xlsx_units(data: bytes, name: str) -> tuple[list[Unit], str]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise CorruptDocument(name, "Excel ", type(exc).__name__) from None
    units: list[Unit] = []
    total = 0
    try:
        for ws in wb.worksheets:
            rows = []
            for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
                cells = [doc_reader._cell_value(v) for v in row]
                total += sum(len(c) for c in cells)
                if total > doc_reader.MAX_TEXT_CHARS:
                    from desktop.core.documents import DocumentTextTooLarge

                    raise DocumentTextTooLarge(name, total, doc_reader.MAX_TEXT_CHARS)
                rows.append((number, cells))
            units.extend(rows_units(rows, sheet=ws.title))
    finally:
        wb.close()
    return units, "\n".join(u.text for u in units)


# -- HTML -----------------------------------------------------------------------------------
class _HtmlText(html.parser.HTMLParser):
    _BLOCK: ClassVar[set[str]] = {"p", "div", "li", "br", "section", "article", "dt", "dd", "pre", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.cells: list[str] | None = None
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.out.append("\n" + "#" * int(tag[1]) + " ")
        elif tag == "tr":
            self.cells = []
        elif tag in ("td", "th") and self.cells is not None:
            self.cells.append("")
        elif tag in self._BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6") or tag in self._BLOCK:
            self.out.append("\n")
        elif tag == "tr" and self.cells is not None:
            self.out.append("\n| " + " | ".join(c.strip().replace("|", "｜") for c in self.cells) + " |\n")
            self.cells = None
        elif tag == "table":
            self.out.append("\n\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.cells is not None and self.cells:
            self.cells[-1] += " ".join(data.split())
        elif self.cells is None:
            self.out.append(data)


def html_to_text(source: str) -> str:
    parser = _HtmlText()
    parser.feed(source)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.out).split("\n")]
    text = re.sub(r"\|\n\n(?=\|)", "|\n", "\n".join(lines))
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()
