"""Measure the manager's report on generated exports (see bench/make_usage_exports.py).

    python bench/make_usage_exports.py --events 1000000 --files 1000 --out bench/out/exports
    python bench/bench_report.py bench/out/exports [--baselines] [--repeat 3]

Prints: time to summarise (load_exports, each worker setting), time to write the .xlsx, peak
memory of this process and of its workers, and whether the totals match the generator's
independently computed ``<dir>.expected.json``. ``--baselines`` also times the engines that
were considered (json.loads and orjson.loads line loops, parse only).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.usage import load_exports, write_report_xlsx


def _files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.jsonl"))


def baseline_json(folder: Path) -> float:
    t0 = time.perf_counter()
    for p in _files(folder):
        for line in p.read_bytes().splitlines():
            with contextlib.suppress(ValueError):
                json.loads(line)
    return time.perf_counter() - t0


def baseline_orjson(folder: Path) -> float:
    import orjson

    t0 = time.perf_counter()
    for p in _files(folder):
        for line in p.read_bytes().splitlines():
            with contextlib.suppress(orjson.JSONDecodeError):
                orjson.loads(line)
    return time.perf_counter() - t0


def _cpu_seconds() -> float:
    """CPU time of this process and its finished workers: comparable on a busy machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def compare(expected: dict, got: dict) -> list[str]:
    problems = []
    for key, want in expected.items():
        have = got.get(key)
        if isinstance(want, dict):
            if set(want) != set(have):
                problems.append(f"{key}: keys differ")
            problems += [f"{key}[{k}]: {want[k]} != {have[k]}" for k in want
                         if k in have and abs(want[k] - have[k]) > 0.01]
        elif abs(want - have) > 0.01:
            problems.append(f"{key}: {want} != {have}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path, nargs="?", default=Path("bench/out/exports"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--baselines", action="store_true")
    ap.add_argument("--out", type=Path, default=Path("bench/out/report.xlsx"))
    args = ap.parse_args()
    files = _files(args.folder)
    size = sum(p.stat().st_size for p in files)
    print(f"input: {len(files)} files, {size / 1e6:.0f} MB; load average before: "
          f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    if args.baselines:
        print(f"baseline json.loads line loop (parse only): {baseline_json(args.folder):.2f} s")
        print(f"baseline orjson.loads line loop (parse only): {baseline_orjson(args.folder):.2f} s")

    data = None
    for workers, label in ((1, "1 process"), (2, "2 worker processes"), (None, "auto")):
        times, cpu = [], []
        for _ in range(args.repeat):
            c0 = _cpu_seconds()
            t0 = time.perf_counter()
            data = load_exports([args.folder], workers=workers)
            times.append(time.perf_counter() - t0)
            cpu.append(_cpu_seconds() - c0)
        print(f"summarise ({label}): wall best {min(times):.2f} s, median "
              f"{statistics.median(times):.2f} s; CPU best {min(cpu):.2f} s "
              f"(all processes) over {args.repeat}")
    assert data is not None
    t0 = time.perf_counter()
    write_report_xlsx(data, args.out)
    print(f"write xlsx: {time.perf_counter() - t0:.2f} s -> {args.out}")
    t0 = time.perf_counter()
    data = load_exports([args.folder])
    write_report_xlsx(data, args.out)
    print(f"summarise + xlsx (auto workers): {time.perf_counter() - t0:.2f} s")
    print(f"events {data.events}, users {data.users}, hours {data.hours_saved:.1f}, "
          f"duplicates {data.duplicates}, skipped lines {data.skipped_lines}")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: this process {own:.0f} MB, largest worker {kids:.0f} MB")
    expected_file = args.folder.parent / f"{args.folder.name}.expected.json"
    if expected_file.exists():
        problems = compare(json.loads(expected_file.read_text("utf-8")), data.to_json_dict())
        print("totals vs generator: " + ("match" if not problems else "; ".join(problems[:5])))
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
