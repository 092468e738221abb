"""Documents in (.txt/.docx/.xlsx/.pdf → text) and out (.docx/.txt)."""

from desktop.core.documents.errors import (
    CorruptDocument,
    DocumentError,
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
    decode_text,
    read_document,
)
from desktop.core.documents.writer import build_docx, save_docx, save_thread, save_txt

__all__ = [
    "SUPPORTED_EXTENSIONS", "CorruptDocument", "DocumentError", "DocumentText",
    "DocumentTooLarge", "DocumentTooLong", "EmptyDocument", "LetterLine", "PasswordRequired", "UnsupportedDocument",
    "WrongPassword", "build_docx", "decode_text", "layout_letter", "read_document", "save_docx",
    "save_thread", "save_txt",
]
