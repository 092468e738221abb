"""Profile and query a generated million-row CSV the way the table analysis does.

    python bench/analysis_1m.py [--rows 1000000] [--encoding utf-8|cp932] [--repeat 3]

Writes a CSV of fictional residents (氏名, 住所, 電話番号, 地区, 区分, 年齢, 受付日 in 和暦 for a
third of the rows, 手数料 with thousands separators) into a temporary folder, then times:
- load: reading it into the locked engine (type inference, 和暦 and full-width normalisation);
- profile: the per-column profile with the masker's check of every column (what goes in the prompt);
- three typical queries through the guard and the engine (GROUP BY, a monthly trend, a filter).
Goals on the 2-core development machine: load + profile < 3 s, a typical GROUP BY < 1 s.
Wall and CPU seconds are both printed (CPU counts the engine's threads too): the machine is shared,
and the load average printed first says how much of its 2 cores this run had.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.analysis.guard import check_sql
from desktop.core.analysis.loader import load_tables
from desktop.core.analysis.profile import profile_text, profile_workspace
from desktop.core.masking import PiiMasker

SURNAMES = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤", "吉田", "山本"]
GIVEN = ["太郎", "花子", "一郎", "美咲", "健太", "由美", "翔太", "愛子", "大輔", "陽菜"]
DISTRICTS = ["北区", "南区", "中央区", "東区", "西区", "港区", "緑区", "本町"]
KINDS = ["転入", "転出", "出生", "死亡", "転居"]
QUERIES = {
    "GROUP BY 地区・区分": 'SELECT "地区", "区分", count(*) AS "件数", sum("手数料") AS "手数料計" '
                        'FROM "住民" GROUP BY 1, 2 ORDER BY 1, 2',
    "月ごとの推移": 'SELECT date_trunc(\'month\', "受付日") AS "月", count(*) AS "件数" '
                "FROM \"住民\" GROUP BY 1 ORDER BY 1",
    "条件つき平均": 'SELECT "地区", avg("年齢") AS "平均年齢" FROM "住民" '
                 "WHERE \"区分\" = '転入' AND \"受付日\" >= DATE '2024-04-01' GROUP BY 1 ORDER BY 2 DESC",
}


def wareki(day: dt.date) -> str:
    return f"令和{day.year - 2018}年{day.month}月{day.day}日"


def write_csv(path: Path, rows: int, encoding: str) -> None:
    start = dt.date(2020, 1, 1)
    with path.open("w", encoding=encoding, newline="") as f:
        f.write("氏名,住所,電話番号,地区,区分,年齢,受付日,手数料\r\n")
        for i in range(rows):
            day = start + dt.timedelta(days=i % 1800)
            shown = wareki(day) if i % 3 == 0 else day.strftime("%Y/%m/%d")
            f.write(f"{SURNAMES[i % 12]}{GIVEN[(i // 12) % 10]},"
                    f"東京都架空市{DISTRICTS[i % 8]}{i % 30 + 1}-{i % 17 + 1},"
                    f"090-{i % 10000:04d}-{(i * 7) % 10000:04d},{DISTRICTS[i % 8]},"
                    f"{KINDS[i % 5]},{18 + i % 70},{shown},\"{300 * (1 + i % 5):,}\"\r\n")


def timed(fn):
    t0 = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t0


def cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--encoding", default="utf-8", choices=("utf-8", "cp932"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    masker = PiiMasker()
    masker.warm_up()  # the app warms it at start-up; not part of a question's time
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "住民.csv"
        _none, made = timed(lambda: write_csv(path, args.rows, args.encoding))
        size = path.stat().st_size / 1_048_576
        print(f"CSV: {args.rows:,} rows, {size:.0f} MB, {args.encoding} (written in {made:.1f} s)")
        # The machine is shared: the load average says how much of its 2 cores this run had.
        print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        cpu0 = cpu_seconds()
        ws, load_s = timed(lambda: load_tables([path]))
        load_cpu = cpu_seconds() - cpu0
        try:
            cpu0 = cpu_seconds()
            profiles, profile_s = timed(lambda: profile_workspace(ws, masker))
            profile_cpu = cpu_seconds() - cpu0
            text = profile_text(profiles)
            (info,) = ws.tables
            print(f"load:    {load_s:6.2f} s  (CPU {load_cpu:.2f} s; {info.rows:,} rows; types: "
                  + ", ".join(f"{c.name}={c.type}" for c in info.columns) + ")")
            print(f"profile: {profile_s:6.2f} s  (CPU {profile_cpu:.2f} s; personal columns: "
                  f"{'・'.join(profiles[0].personal_columns())}; prompt {len(text):,} chars)")
            print(f"load + profile: {load_s + profile_s:.2f} s wall, "
                  f"{load_cpu + profile_cpu:.2f} s CPU (goal < 3 s wall)")
            for name, sql in QUERIES.items():
                times = []
                for _ in range(args.repeat):
                    def run(sql=sql):
                        checked = check_sql(sql, ws.engine, [info.name])
                        return ws.engine.run(checked.sql)
                    result, secs = timed(run)
                    times.append(secs)
                print(f"query {name}: median {statistics.median(times):.3f} s, "
                      f"worst {max(times):.3f} s ({len(result.rows)} rows; goal < 1 s)")
        finally:
            ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
