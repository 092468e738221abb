"""Documents in (.txt/.docx/.xlsx/.pdf → text) and out (.docx/.txt)."""

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
from desktop.core.documents.letter import LetterLine, layout_letter
from desktop.core.documents.reader import (
    SUPPORTED_EXTENSIONS,
    DocumentText,
    check_archive,
    decode_text,
    load_document_bytes,
    read_document,
)
from desktop.core.documents.writer import build_docx, save_docx, save_thread, save_txt

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "ArchiveTooLarge",
    "CorruptDocument",
    "DocumentError",
    "DocumentText",
    "DocumentTextTooLarge",
    "DocumentTooLarge",
    "DocumentTooLong",
    "EmptyDocument",
    "LetterLine",
    "PasswordRequired",
    "UnsupportedDocument",
    "WrongPassword",
    "build_docx",
    "check_archive",
    "decode_text",
    "layout_letter",
    "load_document_bytes",
    "read_document",
    "save_docx",
    "save_thread",
    "save_txt",
]
