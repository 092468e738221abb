"""A .docx/.xlsx that expands to hundreds of MB is refused from its zip directory, quickly,
with a message a clerk can act on — in the reader templates and the knowledge indexer share."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile

import pytest

from desktop.core.documents import (
    ArchiveTooLarge,
    DocumentTextTooLarge,
    load_document_bytes,
    read_document,
)
from desktop.core.documents.reader import MAX_TEXT_CHARS


def _bomb_docx(path, xml_mb: int = 300):
    """A real .docx (python-docx's own package) whose document.xml holds ``xml_mb`` MB of
    paragraphs, deflated to well under 1 MB — what a crafted or runaway file looks like."""
    import docx

    plain = io.BytesIO()
    docx.Document().save(plain)
    src = zipfile.ZipFile(io.BytesIO(plain.getvalue()))
    para = b"<w:p><w:r><w:t>" + "あ".encode() * 500 + b"</w:t></w:r></w:p>"
    chunk = para * 4000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename != "word/document.xml":
                out.writestr(info, body)
                continue
            head, _, _ = body.partition(b"<w:body>")
            with out.open("word/document.xml", "w", force_zip64=True) as w:
                w.write(head + b"<w:body>")
                written = 0
                while written < xml_mb * 1_048_576:
                    w.write(chunk)
                    written += len(chunk)
                w.write(b"<w:sectPr/></w:body></w:document>")
    return path


@pytest.fixture(scope="module")
def bomb(tmp_path_factory):
    return _bomb_docx(tmp_path_factory.mktemp("bomb") / "議事録.docx")


def test_bomb_docx_is_refused_before_parsing(bomb):
    assert bomb.stat().st_size < 2_000_000
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(ArchiveTooLarge) as info:
        read_document(bomb, max_bytes=20 * 1_048_576)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    message = info.value.user_message
    assert "「議事録.docx」" in message and "安全のため読み込みませんでした" in message
    assert "MB" in message and "百万字" not in message
    assert info.value.exit_code == 4
    assert elapsed < 2.0, elapsed
    assert peak < 50 * 1_048_576, peak  # the XML was never expanded


def test_the_indexer_path_refuses_it_too(bomb):
    with pytest.raises(ArchiveTooLarge):
        load_document_bytes(bomb)


def test_run_var_file_refuses_the_bomb_with_a_japanese_message(bomb, capsys, monkeypatch):
    from desktop.cli import main

    # A configured connection (nothing is sent: the file is refused before any request).
    for key, value in {"PROVIDER": "azure", "ENDPOINT": "http://127.0.0.1:9",
                       "DEPLOYMENT": "gpt", "API_KEY": "test-key"}.items():
        monkeypatch.setenv(f"OFFICE_ASSISTANT_{key}", value)
    code = main(["run", "summarize", "--var-file", f"text={bomb}", "--json"])
    err = capsys.readouterr().err
    assert code == 4
    assert "安全のため読み込みませんでした" in err and "Traceback" not in err


def test_an_ordinary_docx_with_a_large_picture_is_read(tmp_path):
    import docx

    path = tmp_path / "写真つき.docx"
    d = docx.Document()
    d.add_paragraph("本文です。")
    d.save(path)
    # A 300 MB picture part is not parsed, so it does not count against the XML limit.
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z, \
            z.open("word/media/big.bin", "w", force_zip64=True) as w:
        block = b"\0" * 1_048_576
        for _ in range(300):
            w.write(block)
    assert read_document(path).text == "本文です。"


def test_too_many_characters_says_how_many_in_japanese(tmp_path):
    import openpyxl

    path = tmp_path / "巨大.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("データ")
    row = ["あ" * 1000] * 10
    for _ in range(MAX_TEXT_CHARS // 10_000 + 5):
        ws.append(row)
    wb.save(path)
    with pytest.raises(DocumentTextTooLarge) as info:
        read_document(path)
    message = info.value.user_message
    assert "万字" in message and "上限 200 万字" in message
    assert "MB" not in message and "百万字" not in message
