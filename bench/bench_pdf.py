"""How long reading a PDF takes: a 100-page PDF of real pages (LibreOffice exports of Word
tables with wrapped cells, and prose pages), read by ``read_document`` and, for comparison, by
pypdf's plain ``extract_text`` alone (what the reader did before it rebuilt tables). Prints
numbers; not a test.

    .venv/bin/python bench/bench_pdf.py [--pages 100]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader, PdfWriter  # noqa: E402

from desktop.core.documents import pdf_tables, read_document  # noqa: E402

FIXTURES = ROOT / "tests" / "documents" / "pdf_fixtures"
SOURCES = ("two_pages_ja.pdf", "prose_only_ja.pdf", "prose_and_table_ja.pdf", "wrapped_ja.pdf")


def timed(label: str, fn: Callable[[], object], repeat: int = 5) -> object:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    print(f"{label:<52} median {statistics.median(times) * 1000:8.1f} ms  (min {min(times) * 1000:.1f})")
    return result


def make_pdf(path: Path, pages: int) -> None:
    writer = PdfWriter()
    sources = [PdfReader(FIXTURES / name) for name in SOURCES]
    while len(writer.pages) < pages:
        for reader in sources:
            for page in reader.pages:
                if len(writer.pages) < pages:
                    writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    path.write_bytes(buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "mixed.pdf"
        make_pdf(path, args.pages)
        print(f"{args.pages} pages, {path.stat().st_size // 1024} KiB")

        def plain() -> str:
            reader = PdfReader(path)
            return "\n\n".join((p.extract_text() or "").strip("\n") for p in reader.pages)

        timed("pypdf extract_text only", plain)

        collectors = []
        for page in PdfReader(path).pages:
            collector = pdf_tables.Collector()
            page.extract_text(visitor_text=collector)
            collectors.append(collector)
        timed("table rebuild alone (strings already collected)",
              lambda: pdf_tables.document_text(
                  [pdf_tables.page_blocks(c.fragments) or "" for c in collectors]))
        doc = timed("read_document (tables rebuilt)", lambda: read_document(path))
        text = doc.text  # type: ignore[attr-defined]
        rows = sum(line.startswith("|") for line in text.splitlines())
        print(f"{'text':<52} {len(text):8d} chars, {rows} table rows")


if __name__ == "__main__":
    main()
