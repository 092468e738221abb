"""A minimal one-page PDF with real text (Helvetica), written by hand: no PDF writer needed."""

from __future__ import annotations

from pathlib import Path

from desktop.core.documents.minimal_pdf import text_pdf


def make_text_pdf(path: Path, text: str) -> Path:
    path.write_bytes(text_pdf(text))
    return path
