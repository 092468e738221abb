"""Generate usage export files (docs/usage-format.md) for benchmarks and checks.

    python bench/make_usage_exports.py --events 1000000 --files 1000 --out bench/out/exports

Writes FILES files of JSON Lines with EVENTS unique events in total, plus duplicates (the same
line again in the same file, and copies in another file) and malformed lines, and writes
``expected.json`` next to them: the totals computed here, independently of desktop.core.usage.
"""

from __future__ import annotations

import argparse
import random
import time
import uuid
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson

DEPARTMENTS = ["総務課", "企画課", "財政課", "税務課", "市民課", "福祉課", "子育て支援課",
               "健康推進課", "環境課", "産業振興課", "建設課", "教育総務課"]
TEMPLATES = [f"tpl_{name}" for name in (
    "greeting", "email_reply", "summary", "minutes", "excel_formula", "proofread", "translate_en",
    "press_release", "ideas", "faq", "survey", "notice", "report_outline", "speech", "checklist",
    "plain_japanese", "vba_macro", "title", "abstract", "meeting_agenda")]
OFFSETS = [timezone(timedelta(hours=9))] * 18 + [timezone(timedelta(hours=-5)),
                                                 timezone(timedelta(hours=1))]
OUTCOMES = ["used"] * 5 + ["edited"] * 3 + ["discarded"] * 1 + ["error"] * 1
MALFORMED = [b'{"event_id": "broken', b"not json at all", b"[1, 2, 3]",
             b'{"schema": 1, "user": "x"}', b'{"event_id":"00000000-0000-4000-8000-000000000000",'
             b'"schema":1,"started_at":"yesterday","saved_minutes":3}']


def make_event(rng: random.Random, user: str, dept: str) -> dict:
    tz = rng.choice(OFFSETS)
    start = datetime(2025, 1, 1, tzinfo=tz) + timedelta(seconds=rng.randrange(0, 365 * 86400))
    active = round(rng.uniform(20, 1500), 1)
    outcome = rng.choice(OUTCOMES)
    manual = float(rng.choice([5, 10, 15, 20, 30, 45, 60]))
    saved = round(max(0.0, manual - active / 60), 3) if outcome in ("used", "edited") else 0.0
    pt, ct = rng.randrange(100, 4000), rng.randrange(50, 2000)
    return {
        "event_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "schema": 1, "user": user, "department": dept, "template_id": rng.choice(TEMPLATES),
        "template_version": 1, "provider": "azure",
        "started_at": start.isoformat(timespec="seconds"),
        "ended_at": (start + timedelta(seconds=active + 30)).isoformat(timespec="seconds"),
        "active_seconds": active, "outcome": outcome, "manual_minutes": manual,
        "saved_minutes": saved, "prompt_tokens": pt, "completion_tokens": ct,
        "cost_jpy": round(pt * 0.0225 / 1000 + ct * 0.09 / 1000, 4),
        "masked": {"PERSON": rng.randrange(0, 4), "PHONE": rng.randrange(0, 2)},
        "app_version": "0.1.0",
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--out", type=Path, default=Path("bench/out/exports"))
    ap.add_argument("--dup-rate", type=float, default=0.01)
    ap.add_argument("--malformed-rate", type=float, default=0.0005)
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()

    users: set[str] = set()
    hours_by_dept: dict[str, float] = defaultdict(float)
    hours_by_tpl: dict[str, float] = defaultdict(float)
    hours_by_month: dict[str, float] = defaultdict(float)
    saved_total = cost_total = 0.0
    skipped = 0
    per_file = args.events // args.files
    leftover = args.events - per_file * args.files
    copies: list[bytes] = []  # lines to copy into the next file (a copied-around export)
    for f in range(args.files):
        user = uuid.UUID(int=rng.getrandbits(128)).hex[:16]
        dept = DEPARTMENTS[f % len(DEPARTMENTS)]
        lines: list[bytes] = []
        n = per_file + (1 if f < leftover else 0)
        for _ in range(n):
            ev = make_event(rng, user, dept)
            users.add(user)
            m = ev["saved_minutes"]
            saved_total += m
            cost_total += ev["cost_jpy"]
            hours_by_dept[dept] += m / 60
            hours_by_tpl[ev["template_id"]] += m / 60
            hours_by_month[ev["started_at"][:7]] += m / 60
            line = orjson.dumps(ev)
            lines.append(line)
            if rng.random() < args.dup_rate:
                lines.append(line)  # re-export of the same event
            if rng.random() < args.dup_rate:
                copies.append(line)
            if rng.random() < args.malformed_rate:
                lines.append(rng.choice(MALFORMED))
                skipped += 1
        lines.extend(copies)
        copies = []
        (args.out / f"{user}-{f:04d}.jsonl").write_bytes(b"\n".join(lines) + b"\n")

    expected = {
        "events": args.events, "users": len(users), "hours_saved": round(saved_total / 60, 4),
        "by_department": {k: round(v, 4) for k, v in sorted(hours_by_dept.items())},
        "by_template": {k: round(v, 4) for k, v in sorted(hours_by_tpl.items())},
        "by_month": {k: round(v, 4) for k, v in sorted(hours_by_month.items())},
        "cost_jpy": round(cost_total, 2), "skipped_lines": skipped,
    }
    (args.out.parent / f"{args.out.name}.expected.json").write_bytes(
        orjson.dumps(expected, option=orjson.OPT_INDENT_2))
    size = sum(p.stat().st_size for p in args.out.glob("*.jsonl"))
    print(f"wrote {args.files} files, {args.events} events, {size / 1e6:.0f} MB "
          f"in {time.perf_counter() - t0:.1f} s -> {args.out}")


if __name__ == "__main__":
    main()
