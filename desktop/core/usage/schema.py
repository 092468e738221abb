"""The usage log's SQLite schema: its migrations, the connection settings and the row mapping.

``connect_and_migrate`` opens a database (WAL, ``synchronous=FULL``, a quick check) and brings it
up to ``SCHEMA_VERSION`` one transaction per step; a database from a newer app is refused.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core.errors import UserFacingError
from desktop.core.i18n import N_
from desktop.core.usage.model import UsageEvent

SCHEMA_VERSION = 4

# MIGRATIONS[n] upgrades a database at user_version n to n + 1, inside one transaction.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE events (
        event_id          TEXT PRIMARY KEY,
        template_id       TEXT NOT NULL,
        template_version  INTEGER NOT NULL,
        provider          TEXT NOT NULL,
        started_at        TEXT NOT NULL,    -- ISO 8601 with the local offset
        started_epoch     REAL NOT NULL,    -- for range queries across offsets
        ended_at          TEXT,
        active_seconds    REAL NOT NULL,
        outcome           TEXT NOT NULL,
        error_kind        TEXT NOT NULL DEFAULT '',
        manual_minutes    REAL NOT NULL,
        prompt_tokens     INTEGER NOT NULL DEFAULT 0,
        completion_tokens INTEGER NOT NULL DEFAULT 0,
        cost_jpy          REAL NOT NULL DEFAULT 0,
        masked            TEXT NOT NULL DEFAULT '{}',  -- {"TYPE": count}
        revision          INTEGER NOT NULL DEFAULT 1,  -- bumped on every change
        updated_epoch     REAL NOT NULL,               -- last change, for the export settle time
        exported_revision INTEGER NOT NULL DEFAULT 0   -- revision written to the share; 0 = not yet
    );
    CREATE INDEX events_started ON events(started_epoch);
    CREATE INDEX events_export ON events(exported_revision, revision);
    """,
    # 2: a refused text is logged as outcome "blocked" with IT's rule (never the text).
    """
    ALTER TABLE events ADD COLUMN blocked_rule TEXT NOT NULL DEFAULT '';
    """,
    # 3: whether the token counts are the app's own count or the service's report.
    """
    ALTER TABLE events ADD COLUMN tokens_estimated INTEGER;  -- NULL: logged before, not known
    """,
    # 4: a follow-up turn of a conversation is a request of its task, not a task of its own
    # (0 = the task's first request; every row logged before is one).
    """
    ALTER TABLE events ADD COLUMN turn INTEGER NOT NULL DEFAULT 0;
    """,
]


class UsageStoreError(UserFacingError):
    pass


def connect_and_migrate(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=10)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        result = conn.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise UsageStoreError(
                N_("利用記録はこのアプリより新しい版で作られています。アプリを更新してください。"),
                detail=f"usage schema {version} > {SCHEMA_VERSION}",
            )
        while version < SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in statements(MIGRATIONS[version]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version={version + 1}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            version += 1
    except BaseException:
        conn.close()
        raise
    return conn


COLUMN_LIST = (
    "event_id", "template_id", "template_version", "provider", "started_at", "ended_at",
    "active_seconds", "outcome", "error_kind", "manual_minutes", "prompt_tokens",
    "completion_tokens", "cost_jpy", "masked", "blocked_rule", "tokens_estimated", "turn",
)
COLUMNS = ", ".join(COLUMN_LIST)


def statements(script: str) -> list[str]:
    # executescript() would COMMIT behind our back; run each statement inside our transaction.
    lines = [ln.split("--", 1)[0] for ln in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def range_clause(since: datetime | None, until: datetime | None) -> tuple[str, list[float]]:
    clauses: list[str] = []
    params: list[float] = []
    if since is not None:
        clauses.append("started_epoch >= ?")
        params.append(since.timestamp())
    if until is not None:
        clauses.append("started_epoch < ?")
        params.append(until.timestamp())
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def to_row(ev: UsageEvent) -> dict[str, Any]:
    return {
        "event_id": ev.event_id,
        "template_id": ev.template_id,
        "template_version": int(ev.template_version),
        "provider": ev.provider,
        "started_at": ev.started_at.isoformat(),
        "started_epoch": ev.started_at.timestamp(),
        "ended_at": ev.ended_at.isoformat() if ev.ended_at else None,
        "active_seconds": float(ev.active_seconds),
        "outcome": ev.outcome,
        "error_kind": ev.error_kind,
        "manual_minutes": float(ev.manual_minutes),
        "prompt_tokens": int(ev.prompt_tokens),
        "completion_tokens": int(ev.completion_tokens),
        "cost_jpy": float(ev.cost_jpy),
        "masked": json.dumps(ev.masked, sort_keys=True),
        "blocked_rule": ev.blocked_rule,
        "tokens_estimated": None if ev.tokens_estimated is None else int(ev.tokens_estimated),
        "turn": int(ev.turn),
    }


def from_row(row: tuple[Any, ...]) -> UsageEvent:
    r = dict(zip(COLUMN_LIST, row, strict=True))
    return UsageEvent(
        event_id=r["event_id"],
        template_id=r["template_id"],
        template_version=int(r["template_version"]),
        provider=r["provider"],
        started_at=datetime.fromisoformat(r["started_at"]),
        ended_at=datetime.fromisoformat(r["ended_at"]) if r["ended_at"] else None,
        active_seconds=float(r["active_seconds"]),
        outcome=r["outcome"],
        error_kind=r["error_kind"],
        manual_minutes=float(r["manual_minutes"]),
        prompt_tokens=int(r["prompt_tokens"]),
        completion_tokens=int(r["completion_tokens"]),
        cost_jpy=float(r["cost_jpy"]),
        masked=json.loads(r["masked"]),
        blocked_rule=r["blocked_rule"],
        tokens_estimated=None if r["tokens_estimated"] is None else bool(r["tokens_estimated"]),
        turn=int(r["turn"]),
    )
