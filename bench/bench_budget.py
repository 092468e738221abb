"""Measure the monthly-budget check that runs before every send (UsageStore.spend).

    python bench/bench_budget.py [--events 100000] [--repeat 200]

Fills a real usage database (WAL, the app's schema) with ``--events`` tasks spread over two
years, then times the month total the pipeline queries before each request. Prints the median
and worst time per check.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.budget import UNBILLED_PROVIDERS, month_bounds
from desktop.core.usage.store import UsageStore

JST = timezone(timedelta(hours=9))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = UsageStore.open(Path(tmp) / "usage.sqlite3")
        t0 = datetime(2025, 1, 1, 8, 0, tzinfo=JST)
        step = timedelta(days=730) / args.events
        rows = []
        for i in range(args.events):
            started = t0 + step * i
            rows.append((str(uuid.uuid4()), "summarize", 1,
                         "clipboard" if i % 5 == 0 else "azure", started.isoformat(),
                         started.timestamp(), 60.0, "used", 10.0, 1200, 300, 0.05, "{}",
                         started.timestamp()))
        began = time.perf_counter()
        # Bulk load in one transaction (record() commits one task at a time, as the app does).
        conn = store._conn
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO events (event_id, template_id, template_version, provider, started_at, "
            "started_epoch, active_seconds, outcome, manual_minutes, prompt_tokens, "
            "completion_tokens, cost_jpy, masked, updated_epoch) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        conn.execute("COMMIT")
        print(f"loaded {args.events:,} tasks in {time.perf_counter() - began:.2f} s")
        start, end = month_bounds(datetime(2026, 6, 15, 12, 0, tzinfo=JST))
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            tokens, cost = store.spend(start, end, unbilled_providers=UNBILLED_PROVIDERS)
            times.append(time.perf_counter() - t)
        store.close()
    print(f"month total: {tokens:,} tokens, {cost:,.2f} yen "
          f"({args.events / 24:,.0f} tasks in the month, 1 in 5 via the relay, not counted)")
    print(f"check before send: median {statistics.median(times) * 1000:.3f} ms, "
          f"worst {max(times) * 1000:.3f} ms over {args.repeat} runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
