"""Text out of the documents clerks actually have: .txt, .docx, .xlsx, .pdf.

Everything happens in memory: a password-protected Office file is decrypted into a BytesIO and
never written to disk. Callers run this off the UI thread (a 20 MB .xlsx takes seconds).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.documents import pdf_tables
from desktop.core.documents.errors import (
    ArchiveTooLarge,
    CorruptDocument,
    DocumentError,
    DocumentTextTooLarge,
    DocumentTooLarge,
    DocumentTooLong,
    EmptyDocument,
    PasswordRequired,
    UnsupportedDocument,
    WrongPassword,
)

if TYPE_CHECKING:
    from pypdf import PageObject

log = logging.getLogger(__name__)

SUPPORTED_EXTENSIONS = (".txt", ".csv", ".md", ".docx", ".xlsx", ".xlsm", ".pdf")
# Read by the knowledge indexer (through ``load_document_bytes``), not offered to template fields.
EXTRA_EXTENSIONS = (".html", ".htm")
# The XML inside a .docx/.xlsx, summed from the archive's declared sizes: a 300-page manual is
# ~30 MB of XML, a 20 MB workbook ~150 MB; a decompression bomb declares gigabytes.
MAX_ARCHIVE_XML_BYTES = 256 * 1_048_576
MAX_ARCHIVE_MEMBERS = 20_000
_XML_PARTS = (".xml", ".rels", ".vml")
# Extracted text above this many characters is refused: no prompt can use it, and a small
# .xlsx can expand to hundreds of MB of cells.
MAX_TEXT_CHARS = 2_000_000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_LEGACY_HINT = {
    ".doc": "Word 97-2003 形式（.doc）は読み込めません。Word で開き「名前を付けて保存」で .docx にしてください。",
    ".xls": "Excel 97-2003 形式（.xls）は読み込めません。Excel で開き「名前を付けて保存」で .xlsx にしてください。",
    ".rtf": "Word で開き .docx として保存し直してください。",
    ".pptx": "PowerPoint の本文をコピーして貼り付けてください。",
}


@dataclass(frozen=True)
class DocumentText:
    text: str
    kind: str  # "txt", "docx", "xlsx", "pdf"
    sheets: tuple[str, ...] = ()
    chosen_sheet: str | None = None
    pages: int | None = None

    @property
    def chars(self) -> int:
        return len(self.text)


def load_document_bytes(path: Path, *, password: str | None = None,
                        max_bytes: int | None = None) -> tuple[bytes, str]:
    """The bytes of ``path`` ready to parse, and its extension: checked for format and size,
    an encrypted Office file decrypted in memory, and a .docx/.xlsx whose archive would expand
    too far refused before any XML is parsed. Templates (``read_document``) and the knowledge
    indexer both read through here."""
    path = Path(path)
    name = path.name
    ext = path.suffix.lower()
    if ext in _LEGACY_HINT:
        raise UnsupportedDocument(name, _LEGACY_HINT[ext])
    if ext not in SUPPORTED_EXTENSIONS and ext not in EXTRA_EXTENSIONS:
        raise UnsupportedDocument(name)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError(f"「{name}」が見つかりません。移動または削除されていないか確認してください。",
                            detail="not found") from None
    except OSError as exc:
        raise DocumentError(f"「{name}」を開けません（{exc.strerror or type(exc).__name__}）。",
                            detail="stat failed") from None
    if max_bytes is not None and size > max_bytes:
        raise DocumentTooLarge(name, size / 1_048_576, max_bytes / 1_048_576)
    if size == 0:
        raise EmptyDocument(name, "（0 バイトのファイルです）")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(
            f"「{name}」を開けません（{exc.strerror or type(exc).__name__}）。"
            "他のアプリで開いている場合は閉じてから読み込んでください。", detail="read failed") from None
    if ext in (".docx", ".xlsx", ".xlsm"):
        data = _decrypt_office(data, name, password)
        check_archive(data, name)
    return data, ext


def read_document(path: Path, *, password: str | None = None, sheet: str | None = None,
                  max_bytes: int | None = None, max_chars: int | None = None) -> DocumentText:
    """Text of ``path``. ``max_chars`` (the field's limit) stops a huge sheet early with
    ``DocumentTooLong`` instead of reading it to the end."""
    path = Path(path)
    name = path.name
    if path.suffix.lower() in EXTRA_EXTENSIONS:
        raise UnsupportedDocument(name)
    data, ext = load_document_bytes(path, password=password, max_bytes=max_bytes)
    if ext in (".txt", ".csv", ".md"):
        result = DocumentText(_normalise(decode_text(data, name)), "txt")
    elif ext == ".pdf":
        result = _read_pdf(data, name, password)
    else:
        result = (_read_docx(data, name) if ext == ".docx"
                  else _read_xlsx(data, name, sheet, max_chars))
    if max_chars is not None and len(result.text) > max_chars:
        raise DocumentTooLong(name, max_chars)
    if len(result.text) > MAX_TEXT_CHARS:
        raise DocumentTextTooLarge(name, len(result.text), MAX_TEXT_CHARS)
    if not result.text.strip():
        hint = {"pdf": "画像だけの PDF（スキャンしたもの）の可能性があります。文字を選択できる PDF か、"
                       "本文を貼り付けてください。",
                "xlsx": "選んだシートが空です。別のシートを選んでください。"}.get(result.kind, "")
        raise EmptyDocument(name, hint, document=result)
    log.info("document read: kind=%s chars=%d", result.kind, len(result.text))
    return result


# -- archive bombs ---------------------------------------------------------------------------
def check_archive(data: bytes, name: str) -> None:
    """Refuse a .docx/.xlsx whose parts would expand beyond what any real document needs.

    The sizes come from the zip's central directory, read without decompressing anything.
    They cannot be understated to sneak past: ``zipfile`` stops each member at its declared
    size (and fails its CRC), so python-docx and openpyxl never see more than is counted here.
    Pictures and other media are not parsed, so only the XML parts count.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise CorruptDocument(name, "Office ", type(exc).__name__) from None
    if len(members) > MAX_ARCHIVE_MEMBERS:
        raise ArchiveTooLarge(name, len(members), what="members")
    xml_total = sum(m.file_size for m in members if m.filename.lower().endswith(_XML_PARTS))
    if xml_total > MAX_ARCHIVE_XML_BYTES:
        raise ArchiveTooLarge(name, xml_total)


# -- text ------------------------------------------------------------------------------------
def decode_text(data: bytes, name: str = "") -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, Shift_JIS/CP932, EUC-JP — in that order."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8", "cp932", "euc_jp"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnsupportedDocument(
        name, "文字コードを判別できませんでした。メモ帳などで開き、UTF-8 で保存し直してください。")


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


# -- Office encryption -----------------------------------------------------------------------
def _decrypt_office(data: bytes, name: str, password: str | None) -> bytes:
    if data.startswith(_ZIP_MAGIC):
        return data
    if not data.startswith(_OLE_MAGIC):
        raise CorruptDocument(name, "Office ", "neither zip nor OLE")
    # An encrypted .docx/.xlsx is an OLE container wrapping the real zip.
    import msoffcrypto
    from msoffcrypto import exceptions as mex

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        encrypted = office.is_encrypted()
    except Exception as exc:  # msoffcrypto raises several unrelated types for junk input
        raise CorruptDocument(name, "Office ", type(exc).__name__) from None
    if not encrypted:
        raise UnsupportedDocument(name, _LEGACY_HINT[".doc"] if name.lower().endswith("x") else "")
    if not password:
        raise PasswordRequired(name)
    out = io.BytesIO()
    try:
        office.load_key(password=password)
        office.decrypt(out)
    except (mex.InvalidKeyError, mex.DecryptionError):
        raise WrongPassword(name) from None
    except Exception as exc:
        raise CorruptDocument(name, "Office ", type(exc).__name__) from None
    plain = out.getvalue()
    if not plain.startswith(_ZIP_MAGIC):
        raise WrongPassword(name)
    return plain


# -- .docx -----------------------------------------------------------------------------------
def _read_docx(data: bytes, name: str) -> DocumentText:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorruptDocument(name, "Word ", type(exc).__name__) from None
    except Exception as exc:  # lxml errors and python-docx's own
        raise CorruptDocument(name, "Word ", type(exc).__name__) from None
    # Paragraph.style looks the style up by a linear scan each time (seconds for a long
    # document); map style ids to names once instead.
    style_names = {s.style_id: s.name or "" for s in document.styles}
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            line = _paragraph_text(item, style_names)
            blocks.append(line)
        elif isinstance(item, Table):
            blocks.append(_table_text(item))
    text = "\n".join(blocks)
    # Word documents use empty paragraphs for spacing; keep at most one blank line.
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return DocumentText(_normalise(text).strip("\n"), "docx")


def _paragraph_text(p, style_names: dict[str, str]) -> str:
    text = p.text
    ppr = p._p.pPr
    style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None
    style = style_names.get(style_id, "") if style_id else ""
    if text.strip() and style.startswith("Heading"):
        level = style.removeprefix("Heading").strip()
        depth = int(level) if level.isdigit() else 1
        return "#" * min(depth, 6) + " " + text
    if text.strip() and style.startswith("List"):
        return "- " + text
    return text


def _table_text(table) -> str:
    rows = []
    for row in table.rows:
        cells = []
        previous = None
        for cell in row.cells:
            # A merged cell is returned once per grid column; show it once.
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            cells.append(_cell_text(cell.text))
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _cell_text(text: str) -> str:
    return " ".join(text.split("\n")).replace("|", "｜").strip()


# -- .xlsx -----------------------------------------------------------------------------------
def _read_xlsx(data: bytes, name: str, sheet: str | None,
               max_chars: int | None = None) -> DocumentText:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise CorruptDocument(name, "Excel ", type(exc).__name__) from None
    except Exception as exc:
        raise CorruptDocument(name, "Excel ", type(exc).__name__) from None
    try:
        sheets = tuple(wb.sheetnames)
        if not sheets:
            raise EmptyDocument(name, "シートがありません。")
        if sheet is None:
            chosen = wb.active.title if wb.active is not None else sheets[0]
        elif sheet in sheets:
            chosen = sheet
        else:
            raise DocumentError(f"「{name}」にシート「{sheet}」がありません。", detail="no such sheet")
        ws = wb[chosen]
        lines = list(_sheet_lines(ws.iter_rows(values_only=True), name, max_chars))
    finally:
        wb.close()
    return DocumentText("\n".join(lines), "xlsx", sheets=sheets, chosen_sheet=chosen)


def _sheet_lines(rows: Iterable[tuple], name: str,
                 max_chars: int | None = None) -> Iterable[str]:
    total = 0
    pending_blank = 0
    for row in rows:
        cells = [_cell_value(v) for v in row]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            pending_blank += 1
            continue
        if pending_blank:
            yield ""  # several empty rows separate tables on one sheet; keep one marker
            pending_blank = 0
        line = "| " + " | ".join(cells) + " |"
        total += len(line) + 1
        if max_chars is not None and total > max_chars:
            raise DocumentTooLong(name, max_chars)
        if total > MAX_TEXT_CHARS:
            raise DocumentTextTooLarge(name, total, MAX_TEXT_CHARS)
        yield line


def _cell_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _cell_text(str(value))


# -- .pdf ------------------------------------------------------------------------------------
def pdf_page_content(page: PageObject) -> list[pdf_tables.Block] | str:
    """A pypdf page: its blocks when it holds a table, else pypdf's own text.

    Where each string sits is collected in the same pass; a page laid out as a table is rebuilt
    as rows (wrapped cells joined) so the masker types it by its header. ``pdf_tables.
    document_text([...])`` makes it text."""
    collector = pdf_tables.Collector()
    plain = page.extract_text(visitor_text=collector) or ""
    blocks = None if collector.skewed else pdf_tables.page_blocks(collector.fragments)
    return plain if blocks is None else blocks


def _read_pdf(data: bytes, name: str, password: str | None) -> DocumentText:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise CorruptDocument(name, "PDF ", "no header")
    try:
        reader = PdfReader(io.BytesIO(data))
        # Many PDFs are "encrypted" with an empty user password (print/copy restrictions).
        if reader.is_encrypted and not reader.decrypt(password or ""):
            if not password:
                raise PasswordRequired(name)
            raise WrongPassword(name)
        pages = [pdf_page_content(page) for page in reader.pages]
    except DocumentError:
        raise
    except FileNotDecryptedError:
        raise PasswordRequired(name) from None
    except DependencyError:
        # pypdf decrypts AES only with the cryptography library; without it the install is
        # broken (self-test reports it), not the file.
        raise DocumentError(f"「{name}」の暗号化（AES）を解除する部品（cryptography）を読み込めません。"
                            "情報システム担当に連絡してください（`office-assistant self-test` で確認できます）。",
                            detail="pypdf DependencyError") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CorruptDocument(name, "PDF ", type(exc).__name__) from None
    except Exception as exc:
        raise CorruptDocument(name, "PDF ", type(exc).__name__) from None
    text = pdf_tables.document_text(pages)
    return DocumentText(_normalise(text).strip(), "pdf", pages=len(pages))
