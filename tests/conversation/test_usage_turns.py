"""A follow-up turn is a request of its task: counted and costed, never a task, never hours saved."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import orjson
import pytest

from desktop.core.usage import UsageExporter, UsageStore, load_exports
from desktop.core.usage.schema import MIGRATIONS, SCHEMA_VERSION
from desktop.core.usage.schema import statements as _statements
from tests.usage.helpers import JST, event, line, write_lines


def test_a_database_of_the_previous_version_opens_and_its_rows_are_first_requests(tmp_path):
    path = tmp_path / "usage.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for version in range(SCHEMA_VERSION - 1):  # the database as the app before turns left it
        for statement in _statements(MIGRATIONS[version]):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION - 1}")
    conn.execute(
        "INSERT INTO events (event_id, template_id, template_version, provider, started_at, "
        "started_epoch, active_seconds, outcome, manual_minutes, updated_epoch) VALUES "
        "('6f2c1f0e-3f7e-4b43-9a55-2c1f0e0f3d0a', 'greeting', 1, 'azure', "
        "'2025-05-12T10:00:00+09:00', 1747011600, 60, 'used', 30, 1747011600)")
    conn.close()
    with UsageStore.open(path) as store:
        (old,) = store.events()
        assert old.turn == 0 and old.saved_minutes == 29
        store.record(event(turn=2, manual_minutes=0))
        assert sorted(e.turn for e in store.events()) == [0, 2]
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_summary_counts_turns_as_requests_and_hours_only_from_the_task(tmp_path):
    with UsageStore.open(tmp_path / "u.sqlite3") as store:
        store.record(event(outcome="used", manual_minutes=60, active_seconds=600, cost_jpy=1.0))
        # Two follow-ups of that task, as the pipeline logs them (no manual minutes).
        store.record(event(outcome="used", manual_minutes=0, active_seconds=20, cost_jpy=0.5,
                           turn=1, masked={"PERSON": 3}))
        store.record(event(outcome="error", manual_minutes=0, active_seconds=5, cost_jpy=0.25,
                           turn=2))
        summary = store.summary()
    assert (summary.tasks, summary.requests, summary.turns) == (1, 3, 2)
    assert summary.used == 1 and summary.errors == 0  # a failed turn is not a failed task
    assert summary.saved_minutes == pytest.approx(50)
    assert summary.cost_jpy == pytest.approx(1.75)  # every request costs
    assert summary.masked_items == 3  # the task's own count, not the session's running count
    assert summary.by_template["greeting"].tasks == 1


def test_export_carries_the_turn_and_the_report_counts_turns_apart(tmp_path):
    now = datetime(2025, 6, 1, 12, 0, tzinfo=JST)
    store = UsageStore.open(tmp_path / "u.sqlite3", clock=lambda: now - timedelta(hours=1))
    exporter = UsageExporter(store, tmp_path / "share", user_id_salt="s", user_name="u",
                             department="総務課", app_version="0.1.0", machine="PC",
                             clock=lambda: now)
    store.record(event(outcome="used", manual_minutes=60, active_seconds=600, cost_jpy=1.0))
    store.record(event(outcome="used", manual_minutes=0, active_seconds=30, cost_jpy=0.5, turn=1))
    assert exporter.export_pending() == 2
    lines = [orjson.loads(x) for x in exporter.path.read_bytes().splitlines()]
    assert sorted(r["turn"] for r in lines) == [0, 1]
    store.close()
    # A file from an app before turns (no "turn" field) still counts as tasks.
    write_lines(tmp_path / "share" / "old.jsonl", [line(saved_minutes=30, cost_jpy=2.0)])
    data = load_exports([tmp_path / "share"])
    assert data.events == 2 and data.turns == 1 and data.requests == 3
    assert data.hours_saved == pytest.approx((50 + 30) / 60)
    assert data.cost_jpy == pytest.approx(3.5)
    assert data.outcomes == {"used": 2}  # the adoption rate is about tasks only
    assert data.turns_by_month == {"2025-05": 1}
