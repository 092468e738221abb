from __future__ import annotations

import pytest

from desktop.core.documents import (
    CorruptDocument,
    DocumentTooLarge,
    EmptyDocument,
    PasswordRequired,
    UnsupportedDocument,
    WrongPassword,
    read_document,
)
from desktop.core.errors import UserFacingError
from tests.documents.makers import encrypt, make_docx, make_xlsx


def test_docx_paragraphs_and_tables_in_document_order(tmp_path):
    doc = read_document(make_docx(tmp_path / "会議.docx"))
    assert doc.kind == "docx"
    lines = [ln for ln in doc.text.split("\n") if ln]
    assert lines == ["# 会議資料", "最初の段落です。", "| 項目 | 担当 | 期限 |",
                     "| 予算案 | 財政課 | 12月1日 |", "表の後の段落です。"]


def test_xlsx_default_active_sheet_and_chosen_sheet(tmp_path):
    path = make_xlsx(tmp_path / "book.xlsx")
    doc = read_document(path)
    assert doc.sheets == ("集計", "名簿", "空白") and doc.chosen_sheet == "集計"
    assert doc.text == "| 地区 | 人口 |\n| 北区 | 1200 |"
    other = read_document(path, sheet="名簿")
    assert other.chosen_sheet == "名簿" and "| 山田 | 1980-04-01 |" in other.text
    with pytest.raises(EmptyDocument) as info:
        read_document(path, sheet="空白")
    assert info.value.document.sheets == doc.sheets  # so the form can offer another sheet


@pytest.mark.parametrize("encoding, prefix", [("cp932", b""), ("utf-8", b""),
                                              ("utf-8", b"\xef\xbb\xbf"), ("euc_jp", b"")])
def test_text_encodings(tmp_path, encoding, prefix):
    text = "住民票の写しの交付について\r\n申請は窓口で受け付けます。"
    path = tmp_path / "memo.txt"
    path.write_bytes(prefix + text.encode(encoding))
    doc = read_document(path)
    assert doc.text == text.replace("\r\n", "\n")


@pytest.mark.parametrize("maker, ext", [(make_docx, ".docx"), (make_xlsx, ".xlsx")])
def test_encrypted_office_files_need_the_right_password(tmp_path, maker, ext):
    plain = maker(tmp_path / f"plain{ext}")
    locked = encrypt(plain, tmp_path / f"locked{ext}", "himitsu")
    with pytest.raises(PasswordRequired) as info:
        read_document(locked)
    assert "パスワード" in info.value.user_message and f"locked{ext}" in info.value.user_message
    with pytest.raises(WrongPassword):
        read_document(locked, password="wrong")
    assert read_document(locked, password="himitsu").text == read_document(plain).text
    # Decrypted in memory only: nothing new next to the file.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f"plain{ext}", f"locked{ext}"])


def test_corrupt_zip_is_a_clear_message(tmp_path):
    path = tmp_path / "broken.docx"
    data = make_docx(tmp_path / "ok.docx").read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptDocument) as info:
        read_document(path)
    assert "壊れている" in info.value.user_message
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"this is not a workbook")
    with pytest.raises(CorruptDocument):
        read_document(junk)


def test_empty_and_oversized_and_unsupported(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(EmptyDocument):
        read_document(empty)
    blank = tmp_path / "blank.txt"
    blank.write_text("\n  \n", "utf-8")
    with pytest.raises(EmptyDocument):
        read_document(blank)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 3_000_000)
    with pytest.raises(DocumentTooLarge) as info:
        read_document(big, max_bytes=1_048_576)
    assert "上限 1.0 MB" in info.value.user_message
    legacy = tmp_path / "old.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UnsupportedDocument) as info2:
        read_document(legacy)
    assert ".docx" in info2.value.user_message
    with pytest.raises(UserFacingError):
        read_document(tmp_path / "missing.docx")


def test_pdf_text_and_corrupt_pdf(tmp_path):
    from pypdf import PdfWriter

    # A blank page has no text: explained as a possible scan.
    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    scan = tmp_path / "scan.pdf"
    with open(scan, "wb") as fh:
        w.write(fh)
    with pytest.raises(EmptyDocument) as info:
        read_document(scan)
    assert "スキャン" in info.value.user_message
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\n garbage")
    with pytest.raises(CorruptDocument):
        read_document(bad)


def test_pdf_with_text(tmp_path):
    from tests.documents.pdf_maker import make_text_pdf

    path = make_text_pdf(tmp_path / "notice.pdf", "Hello resident notice")
    doc = read_document(path)
    assert doc.kind == "pdf" and doc.pages == 1 and "Hello resident notice" in doc.text


def test_password_protected_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter

    from tests.documents.pdf_maker import make_text_pdf

    plain = make_text_pdf(tmp_path / "plain.pdf", "Secret notice")
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="pw", owner_password="owner", algorithm="AES-128")
    locked = tmp_path / "locked.pdf"
    with open(locked, "wb") as fh:
        writer.write(fh)
    with pytest.raises(PasswordRequired):
        read_document(locked)
    with pytest.raises(WrongPassword):
        read_document(locked, password="nope")
    assert "Secret notice" in read_document(locked, password="pw").text


def test_max_chars_stops_a_big_sheet_early(tmp_path):
    import openpyxl

    from desktop.core.documents import DocumentTooLong

    wb = openpyxl.Workbook()
    for i in range(3000):
        wb.active.append([i, "住民サービスの向上", "財政課"])
    path = tmp_path / "big.xlsx"
    wb.save(path)
    with pytest.raises(DocumentTooLong) as info:
        read_document(path, max_chars=1000)
    assert "上限 1,000 文字" in info.value.user_message
    assert read_document(path).text.count("\n") == 2999
