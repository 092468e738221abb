"""`office-assistant mask` reads what `run` reads: .docx, .xlsx, .pdf, Shift_JIS text (issue 13)."""

from __future__ import annotations

import json

from desktop.cli import main


def test_mask_reads_a_docx_table(tmp_path, capsys):
    import docx

    doc = docx.Document()
    doc.add_paragraph("受給者一覧")
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate([("氏名", "基礎年金番号", "電話"),
                             ("山田 太郎", "1234-567890", "03-1234-5678"),
                             ("ｽｽﾞｷ ﾊﾅｺ", "9876-543210", "090-1111-2222")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "list.docx"
    doc.save(path)
    assert main(["mask", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    types = {e["text"]: e["type"] for e in data["entities"]}
    assert types["1234-567890"] == types["9876-543210"] == "PENSION_NUMBER"
    assert types["ｽｽﾞｷ ﾊﾅｺ"] == "PERSON"
    assert "1234-567890" not in data["masked_text"] and "氏名" in data["masked_text"]


def test_mask_reads_an_xlsx_sheet(tmp_path, capsys):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No", "氏名（カナ）", "ｺｳｻﾞ", "被保険者番号"])
    ws.append([1, "ヤマダ タロウ", "1234567", "0012345678"])
    ws.append([2, "サトウ ハナコ", "7654321", "0087654321"])
    path = tmp_path / "list.xlsx"
    wb.save(path)
    assert main(["mask", str(path)]) == 0
    out = capsys.readouterr().out
    for value in ("ヤマダ タロウ", "1234567", "0087654321"):
        assert value not in out
    assert "〔口座番号1〕" in out and "〔保険証番号2〕" in out


def test_mask_reads_a_pdf(tmp_path, capsys):
    from tests.documents.pdf_maker import make_text_pdf

    path = make_text_pdf(tmp_path / "letter.pdf", "Contact yamada.taro@example.jp Tel 03-1234-5678")
    assert main(["mask", str(path)]) == 0
    out = capsys.readouterr().out
    assert "yamada.taro@example.jp" not in out and "〔メール1〕" in out
    assert "03-1234-5678" not in out


def test_mask_reads_shift_jis_text(tmp_path, capsys):
    path = tmp_path / "list.csv"
    path.write_bytes("氏名,電話\n山田 太郎,03-1234-5678\n".encode("cp932"))
    assert main(["mask", str(path)]) == 0
    out = capsys.readouterr().out
    assert "03-1234-5678" not in out and "〔電話番号1〕" in out and "氏名,電話" in out


def test_mask_refuses_a_file_over_the_document_limit(tmp_path, capsys, services):
    services.settings.set("max_document_mb", 0.1)
    services.settings.save()
    path = tmp_path / "big.txt"
    path.write_text("あ" * 60_000, encoding="utf-8")
    assert main(["mask", str(path)]) != 0
    err = capsys.readouterr().err
    assert "大きすぎます" in err and "Traceback" not in err


def test_mask_refuses_an_unsupported_document_like_run(tmp_path, capsys):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    assert main(["mask", str(path)]) != 0
    assert "Traceback" not in capsys.readouterr().err


def test_large_input_reports_progress_on_stderr_and_masks_across_parts(tmp_path, capsys):
    para = "担当の山田太郎様より連絡がありました。電話は03-1234-5678です。\n\n"
    filler = "特記事項はありません。\n\n" * 20_000
    text = para + filler + "後日、山田太郎から再度連絡。\n"
    path = tmp_path / "large.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["mask", str(path)]) == 0
    captured = capsys.readouterr()
    assert "マスキング中" in captured.err and "100%" in captured.err
    assert "山田太郎" not in captured.out  # found in the first part, masked in the last
