"""Real files of fictional residents: a Shift_JIS CSV with 氏名・住所・電話番号, an .xlsx with 和暦
dates, a title row and merged header cells. Expected answers are computed here in Python."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from openpyxl.styles import Alignment

from tests.support.azure_fixtures import azure_server  # noqa: F401 - fixture

SURNAMES = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤"]
GIVEN = ["太郎", "花子", "一郎", "美咲", "健太", "由美", "翔太", "愛子"]
DISTRICTS = ["北区", "南区", "中央区", "東区"]
KINDS = ["転入", "転出", "出生"]


def residents(n: int = 48) -> list[dict]:
    out = []
    for i in range(n):
        surname, given = SURNAMES[i % len(SURNAMES)], GIVEN[(i * 3) % len(GIVEN)]
        out.append({
            "氏名": f"{surname}{given}",
            "住所": f"東京都架空市{DISTRICTS[i % 4][:-1]}町{i % 9 + 1}-{i % 5 + 1}-{i % 7 + 1}",
            "電話番号": f"090-{1000 + i * 37:04d}-{5000 + i * 53:04d}",
            "地区": DISTRICTS[i % 4],
            "区分": KINDS[i % 3],
            "年齢": 20 + (i * 7) % 60,
            "受付日": dt.date(2024, 4, 1) + dt.timedelta(days=i * 5),
            "手数料": 300 * (1 + i % 4),
        })
    return out


def wareki(day: dt.date) -> str:
    if day >= dt.date(2019, 5, 1):
        year = day.year - 2018
        return f"令和{'元' if year == 1 else year}年{day.month}月{day.day}日"
    return f"平成{day.year - 1988}年{day.month}月{day.day}日"


def full_width(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def write_residents_csv(path, rows, *, encoding="cp932", header=True):
    cols = ["氏名", "住所", "電話番号", "地区", "区分", "年齢", "受付日", "手数料"]
    lines = [",".join(cols)] if header else []
    for i, r in enumerate(rows):
        fee = f"{r['手数料']:,}"
        lines.append(",".join([
            r["氏名"], r["住所"], r["電話番号"], r["地区"], r["区分"],
            full_width(str(r["年齢"])) if i % 2 else str(r["年齢"]),
            wareki(r["受付日"]) if i % 3 else r["受付日"].strftime("%Y/%m/%d"),
            f'"{full_width(fee) if i % 4 == 1 else fee}"']))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.fixture
def rows():
    return residents()


@pytest.fixture
def sjis_csv(tmp_path, rows):
    return write_residents_csv(tmp_path / "住民名簿.csv", rows)


WAREKI_FORMAT = '[$-ja-JP]ggge"年"m"月"d"日"'
# (地区, 区分, 受付日, 件数, 金額) of a monthly report
REPORT = [
    ("北区", "転入", dt.date(2019, 4, 26), 3, 1500),
    ("北区", "転出", dt.date(2019, 5, 7), 2, 900),
    ("南区", "転入", dt.date(2024, 4, 1), 5, 2500),
    ("南区", "出生", dt.date(2024, 6, 30), 1, 0),
    ("中央区", "転入", dt.date(2025, 1, 6), 4, 3200),
    ("中央区", "転出", dt.date(2025, 3, 31), 6, 1800),
]


def make_report_xlsx(path):
    """A title row merged over the table, a header over two rows (受付 over 日付・件数), 和暦
    dates as text in one sheet and as real dates shown in 和暦 in the other."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "集計"
    ws["A1"] = "令和6年度 異動届の受付状況"
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["地区", "区分", "受付", None, "金額"])
    ws.append([None, None, "日付", "件数", None])
    ws.merge_cells("C3:D3")
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.merge_cells("E3:E4")
    ws["C3"].alignment = Alignment(horizontal="center")
    for district, kind, day, count, amount in REPORT:
        ws.append([district, kind, wareki(day), full_width(str(count)), amount])
    dated = wb.create_sheet("日付")
    dated.append(["地区", "受付日", "件数"])
    for i, (district, _kind, day, count, _amount) in enumerate(REPORT, start=2):
        dated.append([district, dt.datetime(day.year, day.month, day.day), count])
        dated.cell(row=i, column=2).number_format = WAREKI_FORMAT
    wb.save(path)
    return path


@pytest.fixture
def report_xlsx(tmp_path):
    return make_report_xlsx(tmp_path / "異動届.xlsx")
