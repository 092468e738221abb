"""Real documents built in the test, as a clerk would have them."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path


def make_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("会議資料", level=1)
    d.add_paragraph("最初の段落です。")
    table = d.add_table(rows=2, cols=3)
    for c, text in enumerate(["項目", "担当", "期限"]):
        table.cell(0, c).text = text
    for c, text in enumerate(["予算案", "財政課", "12月1日"]):
        table.cell(1, c).text = text
    d.add_paragraph("表の後の段落です。")
    d.save(path)
    return path


def make_xlsx(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "集計"
    first.append(["地区", "人口"])
    first.append(["北区", 1200])
    second = wb.create_sheet("名簿")
    second.append(["氏名", "生年月日"])
    second.append(["山田", dt.date(1980, 4, 1)])
    wb.create_sheet("空白")
    wb.active = 0
    wb.save(path)
    return path


def encrypt(src: Path, dst: Path, password: str) -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    with open(src, "rb") as fh:
        OOXMLFile(fh).encrypt(password, out)
    dst.write_bytes(out.getvalue())
    return dst
