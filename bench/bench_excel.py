"""Time to load a realistic workbook and check formulas on it (prints numbers; not a test).

    .venv/bin/python bench/bench_excel.py [ROWS]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from desktop.core.excel.check import check_formula
from desktop.core.excel.workbook import load_workbook_data


def make(path: Path, rows: int, with_formulas: bool) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "売上"
    ws.append(["日付", "担当", "地区", "品目", "数量", "単価", "金額", "備考"])
    rnd = random.Random(1)
    for i in range(2, rows + 2):
        amount = f"=E{i}*F{i}" if with_formulas else None
        ws.append([dt.date(2024, 4, 1) + dt.timedelta(days=i % 300), f"担当{i % 17}",
                   rnd.choice(["東京", "大阪", "名古屋"]), f"品{i % 40}", rnd.randint(1, 9),
                   rnd.randint(100, 900), amount, ""])
        if not with_formulas:
            ws.cell(row=i, column=7, value=ws.cell(row=i, column=5).value
                    * ws.cell(row=i, column=6).value)
    wb.save(path)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        for with_formulas in (False, True):
            path = Path(tmp) / f"bench_{with_formulas}.xlsx"
            make(path, rows, with_formulas)
            t0 = time.perf_counter()
            book = load_workbook_data(path)
            t1 = time.perf_counter()
            label = "formula column G (no cached results)" if with_formulas else "values only"
            print(f"{rows} rows, {label}: load {t1 - t0:.2f} s")
            for formula, target in (('=SUMIFS(G:G,C:C,"東京")', "J2"),
                                    ('=COUNTIFS(C:C,"大阪",E:E,">3")', "J2"),
                                    ('=IF(G2>3000,"大","小")', "I")):
                t2 = time.perf_counter()
                result = check_formula(book, formula, sheet="売上", target=target)
                t3 = time.perf_counter()
                print(f"  {formula} -> {target}: {result.status} {result.value!r} "
                      f"({result.rows_checked} rows) {t3 - t2:.2f} s")


if __name__ == "__main__":
    main()
