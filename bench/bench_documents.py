"""How long documents and templates take: reading each kind, decrypting, writing .docx,
loading a folder of templates, rendering. Prints numbers; not a test.

    .venv/bin/python bench/bench_documents.py [--rows 20000]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.documents import DocumentTooLong, read_document, save_docx
from desktop.core.paths import builtin_templates_dir
from desktop.core.templates import TemplateRepository, load_template_file, render


def timed(label: str, fn: Callable[[], object], repeat: int = 3) -> object:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    print(f"{label:<58} median {statistics.median(times) * 1000:9.1f} ms  "
          f"(min {min(times) * 1000:.1f})")
    return result


def make_docx(path: Path, paragraphs: int, tables: int) -> None:
    import docx

    d = docx.Document()
    for i in range(paragraphs):
        d.add_paragraph(f"第{i}段落。住民サービスの向上に向けた取組について報告します。" * 2)
        if tables and i % max(1, paragraphs // tables) == 0:
            t = d.add_table(rows=5, cols=4)
            for r in range(5):
                for c in range(4):
                    t.cell(r, c).text = f"{r}-{c}"
    d.save(path)


def make_xlsx(path: Path, rows: int) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("data")
    ws.append(["番号", "地区", "氏名", "金額", "日付", "備考", "区分", "担当"])
    for i in range(rows):
        ws.append([i, f"地区{i % 20}", f"氏名{i}", i * 100, "2025-04-01", "なし", "A", "財政課"])
    wb.save(path)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=20000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        docx_path = d / "report.docx"
        make_docx(docx_path, 2000, 40)
        xlsx_path = d / "book.xlsx"
        make_xlsx(xlsx_path, args.rows)
        txt_path = d / "sjis.txt"
        txt_path.write_bytes(("市民課からのお知らせです。\r\n" * 50000).encode("cp932"))
        from msoffcrypto.format.ooxml import OOXMLFile

        enc = io.BytesIO()
        with open(docx_path, "rb") as fh:
            OOXMLFile(fh).encrypt("pw", enc)
        enc_path = d / "locked.docx"
        enc_path.write_bytes(enc.getvalue())

        print(f"files: docx {docx_path.stat().st_size / 1e6:.2f} MB (2000 paragraphs, 40 tables), "
              f"xlsx {xlsx_path.stat().st_size / 1e6:.2f} MB ({args.rows:,} rows x 8), "
              f"txt {txt_path.stat().st_size / 1e6:.2f} MB (Shift_JIS)")
        doc = timed("read .docx", lambda: read_document(docx_path))
        print(f"{'':<58} -> {doc.chars:,} chars")
        timed("read encrypted .docx (decrypt in memory + parse)",
              lambda: read_document(enc_path, password="pw"))
        book = timed(f"read .xlsx ({args.rows:,} rows)", lambda: read_document(xlsx_path))
        print(f"{'':<58} -> {book.chars:,} chars")

        def capped() -> None:
            with contextlib.suppress(DocumentTooLong):
                read_document(xlsx_path, max_chars=60000)

        timed(f"read .xlsx ({args.rows:,} rows) into a 60,000-char field (stops early)", capped)
        timed("read Shift_JIS .txt", lambda: read_document(txt_path))
        answer = "\n".join(["# 見出し", "- 箇条書きの項目です。" * 3, "| a | b |", "| --- | --- |",
                            "| 1 | 2 |", "本文の段落です。" * 5] * 100)
        timed("save .docx (text, 600 blocks incl. 100 tables)",
              lambda: save_docx(answer, d / "out.docx", layout="document"))
        letter = "令和7年11月22日\n○○様\n○○市長\n件名について（回答）\n拝啓\n" + "本文。" * 400 + "\n敬具"
        timed("save .docx (letter)", lambda: save_docx(letter, d / "letter.docx",
                                                       layout="letter"))

        tdir = d / "org"
        tdir.mkdir()
        src = (builtin_templates_dir() / "summarize.toml").read_text("utf-8")
        for i in range(300):
            (tdir / f"t{i}.toml").write_text(src.replace('id = "summarize"', f'id = "t{i}"'),
                                             "utf-8")
        repo = TemplateRepository([("builtin", builtin_templates_dir()), ("organisation", tdir)])
        timed("reload repository (builtin + 300 organisation files)", repo.reload)
        t = load_template_file(builtin_templates_dir() / "summarize.toml", "builtin")
        big = "行政文書の本文です。{{purpose}}" * 5000
        timed("render summarize with a 75,000-char document", lambda: render(t, {"text": big[:60000]}),
              repeat=5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
