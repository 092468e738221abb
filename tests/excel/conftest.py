"""Real .xlsx files made in the tests, with answers computed in Python."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.table import Table

from tests.support.azure_fixtures import azure_server  # noqa: F401 - fixture

WAREKI = '[$-ja-JP]ggge"年"m"月"d"日"'

# (受付日, 担当, 地区, 区分, 件数, 金額)
ROWS = [
    (dt.date(2024, 4, 1), "山田", "東京", "ＡＢＣ", 3, 1200),
    (dt.date(2024, 4, 15), "佐藤", "大阪", "ＸＹＺ", 2, 800),
    (dt.date(2019, 5, 1), "鈴木", "東京", "ＡＢＣ", 1, 5000),
    (dt.date(2019, 4, 30), "田中", "名古屋", "ＡＢＣ", 5, 300),
    (dt.date(2025, 1, 10), "山田", "東京", "ＸＹＺ", 4, 2500),
    (dt.date(2024, 12, 24), "高橋", "大阪", "ＡＢＣ", 6, 700),
]
STAFF = [("山田", "総務課", 1001), ("佐藤", "税務課", 1002), ("鈴木", "福祉課", 1003),
         ("田中", "環境課", 1004), ("高橋", "教育課", 1005)]


def make_book(path, *, table: bool = True, formulas: bool = False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "受付"
    ws.append(["受付日", "担当", "地区", "区分", "件数", "金額"])
    for i, row in enumerate(ROWS, start=2):
        ws.append(list(row))
        ws.cell(row=i, column=1).number_format = WAREKI
        if formulas:  # a derived column without cached results, as programs write it
            ws.cell(row=i, column=7, value=f"=F{i}/E{i}")
    if formulas:
        ws.cell(row=1, column=7, value="単価")
    if table:
        ws.add_table(Table(displayName="受付表", ref=f"A1:F{len(ROWS) + 1}"))
    master = wb.create_sheet("職員")
    master.append(["氏名", "所属", "番号"])
    for row in STAFF:
        master.append(list(row))
    area = f"'受付'!$C$2:$C${len(ROWS) + 1}"
    wb.defined_names["地区範囲"] = DefinedName("地区範囲", attr_text=area)
    wb.save(path)
    return path


@pytest.fixture
def book(tmp_path):
    return make_book(tmp_path / "受付一覧.xlsx")
