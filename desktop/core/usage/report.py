"""Aggregate any number of export files into the numbers a manager reports.

``load_exports`` reads files and folders (``*.jsonl`` found recursively), counts each event id
once (the first occurrence in path order), skips and counts malformed lines, and returns a
``ReportData``. Hours come from ``saved_minutes``; a month is the month of ``started_at`` in its
own offset (the local time where the task happened); ``--from``/``--to`` compare that local date.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.errors import UserFacingError
from desktop.core.i18n import N_
from desktop.core.usage.scan import TURN, drop_bad_months, scan_parallel

log = logging.getLogger(__name__)

NO_DEPARTMENT_LABEL = N_("（所属未設定）")


class ReportInputError(UserFacingError):
    pass


@dataclass
class ReportData:
    events: int = 0
    users: int = 0
    hours_saved: float = 0.0
    by_department: dict[str, float] = field(default_factory=dict)
    by_template: dict[str, float] = field(default_factory=dict)
    by_month: dict[str, float] = field(default_factory=dict)
    cost_jpy: float = 0.0
    skipped_lines: int = 0
    # Beyond the --json keys: what the charts and tables also show.
    duplicates: int = 0
    files: int = 0
    unreadable_files: int = 0
    date_from: date | None = None
    date_to: date | None = None
    events_by_month: dict[str, int] = field(default_factory=dict)
    users_by_month: dict[str, int] = field(default_factory=dict)
    cost_by_month: dict[str, float] = field(default_factory=dict)
    events_by_department: dict[str, int] = field(default_factory=dict)
    users_by_department: dict[str, int] = field(default_factory=dict)
    events_by_template: dict[str, int] = field(default_factory=dict)
    outcomes: dict[str, int] = field(default_factory=dict)
    # Follow-up turns of conversations: requests of their tasks (their cost is in cost_jpy),
    # never counted as events, so neither hours saved nor the adoption rate move with them.
    turns: int = 0
    turns_by_month: dict[str, int] = field(default_factory=dict)

    @property
    def requests(self) -> int:
        """Every request sent: the tasks (less the refused ones) and their follow-up turns."""
        return self.events - self.outcomes.get("blocked", 0) + self.turns

    @property
    def used_events(self) -> int:
        return self.outcomes.get("used", 0) + self.outcomes.get("edited", 0)

    @property
    def adoption_rate(self) -> float:
        """Share of tasks whose result was used (as-is or edited); a refused text (outcome
        "blocked") never got a result and is left out."""
        tasks = self.events - self.outcomes.get("blocked", 0)
        return self.used_events / tasks if tasks else 0.0

    def to_json_dict(self) -> dict[str, Any]:
        """Exactly the keys of ``office-assistant report --json``."""
        return {
            "events": self.events,
            "users": self.users,
            "hours_saved": round(self.hours_saved, 4),
            "by_department": {k: round(v, 4) for k, v in self.by_department.items()},
            "by_template": {k: round(v, 4) for k, v in self.by_template.items()},
            "by_month": {k: round(v, 4) for k, v in self.by_month.items()},
            "cost_jpy": round(self.cost_jpy, 2),
            "skipped_lines": self.skipped_lines,
        }


def expand_inputs(inputs: Iterable[Path | str]) -> list[Path]:
    """Files as given, folders as their ``*.jsonl`` (recursive, sorted); each file once."""
    out: list[Path] = []
    seen: set[str] = set()
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.jsonl") if p.is_file())
        elif path.is_file():
            found = [path]
        else:
            raise ReportInputError(
                f"入力が見つかりません: {path}。フォルダまたは .jsonl ファイルを指定してください。",
                detail="report input missing",
            )
        for p in found:
            # abspath, not resolve(): no round trip per file to a network share.
            key = os.path.normcase(os.path.abspath(p))
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out


def load_exports(paths: Iterable[Path | str], date_from: date | None = None,
                 date_to: date | None = None, *, workers: int | None = None) -> ReportData:
    files = expand_inputs(paths)
    partial = scan_parallel(
        [str(p) for p in files],
        date_from.isoformat() if date_from else "",
        date_to.isoformat() if date_to else "",
        workers=workers,
    )
    drop_bad_months(partial)
    data = ReportData(date_from=date_from, date_to=date_to, skipped_lines=partial.skipped_lines,
                      duplicates=partial.duplicates, files=partial.files,
                      unreadable_files=len(partial.unreadable_files))
    minutes_total = 0.0
    by_dept: dict[str, float] = {}
    by_tpl: dict[str, float] = {}
    by_month: dict[str, float] = {}
    for (month, dept, tpl, outcome), (minutes, yen, n) in partial.groups.items():
        n = int(n)
        if n <= 0:
            continue
        if outcome == TURN:
            data.turns += n
            data.turns_by_month[month] = data.turns_by_month.get(month, 0) + n
            data.cost_jpy += yen
            data.cost_by_month[month] = data.cost_by_month.get(month, 0.0) + yen
            continue
        data.events += n
        minutes_total += minutes
        data.cost_jpy += yen
        by_dept[dept] = by_dept.get(dept, 0.0) + minutes
        by_tpl[tpl] = by_tpl.get(tpl, 0.0) + minutes
        by_month[month] = by_month.get(month, 0.0) + minutes
        data.cost_by_month[month] = data.cost_by_month.get(month, 0.0) + yen
        data.events_by_month[month] = data.events_by_month.get(month, 0) + n
        data.events_by_department[dept] = data.events_by_department.get(dept, 0) + n
        data.events_by_template[tpl] = data.events_by_template.get(tpl, 0) + n
        data.outcomes[outcome] = data.outcomes.get(outcome, 0) + n
    data.hours_saved = minutes_total / 60.0
    data.by_department = {k: v / 60.0 for k, v in sorted(by_dept.items())}
    data.by_template = {k: v / 60.0 for k, v in sorted(by_tpl.items(), key=lambda kv: -kv[1])}
    data.by_month = {k: v / 60.0 for k, v in sorted(by_month.items())}
    data.events_by_month = dict(sorted(data.events_by_month.items()))
    data.cost_by_month = dict(sorted(data.cost_by_month.items()))

    users: set[str] = set()
    month_users: dict[str, set[str]] = {}
    dept_users: dict[str, set[str]] = {}
    for (month, dept, user), n in partial.user_keys.items():
        if n <= 0:
            continue
        users.add(user)
        month_users.setdefault(month, set()).add(user)
        dept_users.setdefault(dept, set()).add(user)
    data.users = len(users)
    data.users_by_month = {m: len(u) for m, u in sorted(month_users.items())}
    data.users_by_department = {d: len(u) for d, u in sorted(dept_users.items())}
    log.info("report: %d files, %d events, %d duplicates, %d skipped lines",
             data.files, data.events, data.duplicates, data.skipped_lines)
    return data


def department_label(name: str) -> str:
    return name or NO_DEPARTMENT_LABEL
