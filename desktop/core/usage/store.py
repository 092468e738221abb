"""The clerk's local usage log: SQLite in the user data folder.

Durability: WAL journal with ``synchronous=FULL``. Each task is one short transaction; in WAL
mode FULL costs one fsync of the log per commit (a few milliseconds, a handful of times an
hour), and buys that a committed task survives not only a crash or ``kill -9`` of the app
(which NORMAL already gives) but also a power cut or OS crash. What can be lost is only the
task whose transaction had not committed.

Threads: one connection opened with ``check_same_thread=False`` and guarded by a lock. The GUI
records from pool threads that come and go, so per-thread connections would be opened on
threads we do not own and never closed; the writes are tiny, so serialising them costs nothing.

Corruption: a file SQLite cannot read is moved aside as ``usage.corrupt-YYYYmmdd-HHMMSS.sqlite3``
(with its ``-wal``/``-shm``), a fresh log is started, and ``recovery_message`` tells the user.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core.i18n import N_
from desktop.core.usage.model import FINAL_OUTCOMES, OUTCOMES, UsageEvent, local_now
from desktop.core.usage.schema import (
    COLUMNS,
    UsageStoreError,
    connect_and_migrate,
    from_row,
    range_clause,
    to_row,
)

log = logging.getLogger(__name__)

@dataclass
class TemplateUsage:
    template_id: str
    tasks: int = 0
    used: int = 0
    saved_minutes: float = 0.0


@dataclass
class UsageSummary:
    """What "my usage" shows for a period."""

    since: datetime | None
    until: datetime | None
    tasks: int = 0  # first requests only: a follow-up turn is a request of its task
    requests: int = 0  # every request sent (tasks and their follow-up turns)
    turns: int = 0  # follow-up turns
    used: int = 0
    edited: int = 0
    discarded: int = 0
    errors: int = 0
    pending: int = 0
    blocked: int = 0  # texts refused for a blocked term (not counted in ``tasks``)
    blocked_by_rule: dict[str, int] = field(default_factory=dict)
    saved_minutes: float = 0.0
    active_seconds: float = 0.0
    cost_jpy: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    masked_items: int = 0
    by_template: dict[str, TemplateUsage] = field(default_factory=dict)

    @property
    def saved_hours(self) -> float:
        return self.saved_minutes / 60.0


def _corrupt_name(path: Path, now: datetime) -> Path:
    stem = path.stem  # "usage"
    candidate = path.with_name(f"{stem}.corrupt-{now:%Y%m%d-%H%M%S}.sqlite3")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{stem}.corrupt-{now:%Y%m%d-%H%M%S}-{n}.sqlite3")
        n += 1
    return candidate


class UsageStore:
    def __init__(self, conn: sqlite3.Connection, path: Path, recovery_message: str = "", *,
                 clock: Callable[[], datetime] = local_now) -> None:
        self._conn = conn
        self._clock = clock
        self._lock = threading.Lock()
        self.path = path
        self.recovery_message = recovery_message

    # Opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, *, clock: Callable[[], datetime] = local_now) -> UsageStore:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = connect_and_migrate(path)
            return cls(conn, path, clock=clock)
        except sqlite3.OperationalError as exc:
            # Cannot open, locked, I/O error: the file may be fine, so never move it aside.
            raise UsageStoreError(
                N_("利用記録のデータベースを開けませんでした。アプリを二重に起動していないか、"
                   "データフォルダに書き込めるかを確認してください。"),
                detail=f"usage db cannot be opened: {type(exc).__name__}",
            ) from exc
        except sqlite3.DatabaseError as exc:
            # Includes "file is not a database" and "database disk image is malformed".
            aside = _corrupt_name(path, clock())
            log.warning("usage db unreadable (%s); moving it aside", type(exc).__name__)
            try:
                path.replace(aside)
                for suffix in ("-wal", "-shm"):
                    side = path.with_name(path.name + suffix)
                    if side.exists():
                        side.replace(aside.with_name(aside.name + suffix))
            except OSError as move_exc:
                raise UsageStoreError(
                    N_("利用記録のデータベースが壊れていて、退避もできませんでした。"
                       "アプリを終了し、情報システム担当に連絡してください。"),
                    detail=f"cannot move corrupt usage db: {type(move_exc).__name__}",
                ) from move_exc
            try:
                conn = connect_and_migrate(path)
            except sqlite3.Error as again:
                raise UsageStoreError(
                    N_("利用記録のデータベースを新しく作れませんでした。"
                       "データフォルダに書き込めるかを確認してください。"),
                    detail=f"fresh usage db failed: {type(again).__name__}",
                ) from again
            message = (
                f"利用記録のデータベースが壊れていたため {aside.name} に退避し、"
                "新しい記録を始めました。これまでの記録はこの画面には表示されません。"
                "必要であれば退避したファイルを情報システム担当に渡してください。"
            )
            return cls(conn, path, recovery_message=message, clock=clock)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> UsageStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Writing ------------------------------------------------------------------------------
    def record(self, event: UsageEvent) -> None:
        """Insert or replace one task's record, in one transaction."""
        row = to_row(event)
        row["updated_epoch"] = self._clock().timestamp()
        with self._lock:
            self._conn.execute(
                """
                INSERT INTO events (event_id, template_id, template_version, provider, started_at,
                    started_epoch, ended_at, active_seconds, outcome, error_kind, manual_minutes,
                    prompt_tokens, completion_tokens, cost_jpy, masked, blocked_rule,
                    tokens_estimated, turn, updated_epoch)
                VALUES (:event_id, :template_id, :template_version, :provider, :started_at,
                    :started_epoch, :ended_at, :active_seconds, :outcome, :error_kind,
                    :manual_minutes, :prompt_tokens, :completion_tokens, :cost_jpy, :masked,
                    :blocked_rule, :tokens_estimated, :turn, :updated_epoch)
                ON CONFLICT(event_id) DO UPDATE SET
                    template_id=excluded.template_id, template_version=excluded.template_version,
                    provider=excluded.provider, started_at=excluded.started_at,
                    started_epoch=excluded.started_epoch, ended_at=excluded.ended_at,
                    active_seconds=excluded.active_seconds, outcome=excluded.outcome,
                    error_kind=excluded.error_kind, manual_minutes=excluded.manual_minutes,
                    prompt_tokens=excluded.prompt_tokens,
                    completion_tokens=excluded.completion_tokens, cost_jpy=excluded.cost_jpy,
                    masked=excluded.masked, blocked_rule=excluded.blocked_rule,
                    tokens_estimated=excluded.tokens_estimated, turn=excluded.turn,
                    updated_epoch=excluded.updated_epoch,
                    revision=events.revision + 1
                """,
                row,
            )

    def set_outcome(self, event_id: str, outcome: str, *, manual_minutes: float | None = None,
                    active_seconds: float | None = None, error_kind: str | None = None,
                    ended_at: datetime | None = None) -> bool:
        """Record the user's choice (or a correction of the manual estimate). False if unknown."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        sets = ["outcome = ?", "revision = revision + 1", "updated_epoch = ?"]
        params: list[Any] = [outcome, self._clock().timestamp()]
        if manual_minutes is not None:
            if manual_minutes < 0:
                raise ValueError("manual_minutes must not be negative")
            sets.append("manual_minutes = ?")
            params.append(float(manual_minutes))
        if active_seconds is not None:
            if active_seconds < 0:
                raise ValueError("active_seconds must not be negative")
            sets.append("active_seconds = ?")
            params.append(float(active_seconds))
        if error_kind is not None:
            sets.append("error_kind = ?")
            params.append(error_kind)
        if ended_at is not None:
            if ended_at.utcoffset() is None:
                raise ValueError("ended_at must be timezone-aware")
            sets.append("ended_at = ?")
            params.append(ended_at.isoformat())
        params.append(event_id)
        with self._lock:
            cur = self._conn.execute(
                f"UPDATE events SET {', '.join(sets)} WHERE event_id = ?", params
            )
            return cur.rowcount == 1

    # Reading ------------------------------------------------------------------------------
    def get(self, event_id: str) -> UsageEvent | None:
        with self._lock:
            row = self._conn.execute(
                f"SELECT {COLUMNS} FROM events WHERE event_id = ?", (event_id,)
            ).fetchone()
        return from_row(row) if row else None

    def events(self, since: datetime | None = None, until: datetime | None = None,
               *, limit: int | None = None, newest_first: bool = False) -> list[UsageEvent]:
        """Events that started in [since, until)."""
        where, params = range_clause(since, until)
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {COLUMNS} FROM events {where} ORDER BY started_epoch {order}, event_id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return [from_row(r) for r in rows]

    def summary(self, since: datetime | None = None, until: datetime | None = None) -> UsageSummary:
        out = UsageSummary(since=since, until=until)
        for ev in self.events(since, until):
            if ev.outcome == "blocked":
                out.blocked += 1
                out.blocked_by_rule[ev.blocked_rule] = out.blocked_by_rule.get(ev.blocked_rule, 0) + 1
                continue
            out.requests += 1
            out.cost_jpy += ev.cost_jpy
            out.prompt_tokens += ev.prompt_tokens
            out.completion_tokens += ev.completion_tokens
            if ev.turn:
                # A follow-up costs and is counted as a request; its outcome, time and masked
                # items (the session's running count) belong to the task it follows.
                out.turns += 1
                continue
            out.tasks += 1
            counter = "errors" if ev.outcome == "error" else ev.outcome
            setattr(out, counter, getattr(out, counter) + 1)
            saved = ev.saved_minutes
            out.saved_minutes += saved
            out.active_seconds += ev.active_seconds
            out.masked_items += sum(ev.masked.values())
            t = out.by_template.setdefault(ev.template_id, TemplateUsage(ev.template_id))
            t.tasks += 1
            t.used += ev.outcome in ("used", "edited")
            t.saved_minutes += saved
        return out

    def spend(self, since: datetime, until: datetime, *,
              unbilled_providers: tuple[str, ...] = ("clipboard",)) -> tuple[int, float]:
        """Tokens (input + output) and yen of the tasks that started in [since, until), leaving
        out providers that cost nothing (the clipboard relay's figures are only estimates of a
        web chat's use). One indexed aggregate query: the budget check runs before every send.
        """
        where, params = range_clause(since, until)
        marks = ",".join("?" * len(unbilled_providers))
        clause = f" AND provider NOT IN ({marks})" if unbilled_providers else ""
        with self._lock:
            tokens, cost = self._conn.execute(
                "SELECT COALESCE(SUM(prompt_tokens + completion_tokens), 0), "
                f"COALESCE(SUM(cost_jpy), 0) FROM events {where}{clause}",
                (*params, *unbilled_providers),
            ).fetchone()
        return int(tokens), float(cost)

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])

    # Export bookkeeping (used by UsageExporter) --------------------------------------------
    def pending_export(self, limit: int = 5000, *,
                       settled_before: datetime | None = None) -> list[tuple[UsageEvent, int]]:
        """Finalised events never written to the share, with their current revision.

        Only events last changed before ``settled_before`` are returned: the clerk may still
        correct the outcome or the manual estimate just after a task, and the report counts
        the first line of each event, so a record goes out once, when it has settled.
        """
        marks = ",".join("?" * len(FINAL_OUTCOMES))
        cutoff = settled_before.timestamp() if settled_before else float("inf")
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {COLUMNS}, revision FROM events "
                f"WHERE outcome IN ({marks}) AND exported_revision = 0 AND updated_epoch <= ? "
                "ORDER BY started_epoch, event_id LIMIT ?",
                (*FINAL_OUTCOMES, cutoff, limit),
            ).fetchall()
        return [(from_row(r[:-1]), int(r[-1])) for r in rows]

    def close_stale_pending(self, before: datetime) -> int:
        """Tasks left "pending" by a crash or a killed app, last changed before ``before``,
        become "discarded": nobody said the result was used, so nothing is claimed as saved.
        """
        with self._lock:
            cur = self._conn.execute(
                "UPDATE events SET outcome = 'discarded', revision = revision + 1, "
                "updated_epoch = ? WHERE outcome = 'pending' AND updated_epoch < ?",
                (self._clock().timestamp(), before.timestamp()),
            )
            return cur.rowcount

    def pending_export_count(self) -> int:
        marks = ",".join("?" * len(FINAL_OUTCOMES))
        with self._lock:
            return int(self._conn.execute(
                f"SELECT COUNT(*) FROM events WHERE outcome IN ({marks}) "
                "AND exported_revision = 0", FINAL_OUTCOMES).fetchone()[0])

    def mark_exported(self, revisions: list[tuple[str, int]]) -> None:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(
                    "UPDATE events SET exported_revision = ? WHERE event_id = ?",
                    [(max(1, rev), eid) for eid, rev in revisions],
                )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise


