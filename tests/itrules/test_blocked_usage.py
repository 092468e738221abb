"""Blocks in the usage log: schema 2 migration, the export line, the report."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import orjson
import pytest

from desktop.core.usage import EXPORT_FIELDS, UsageExporter, UsageStore, load_exports
from desktop.core.usage.schema import MIGRATIONS, SCHEMA_VERSION
from desktop.core.usage.schema import statements as _statements
from tests.usage.helpers import JST, event

NOW = datetime(2025, 5, 12, 12, 0, tzinfo=JST)


def test_a_version_1_log_is_migrated_and_keeps_its_rows(tmp_path):
    path = tmp_path / "usage.sqlite3"
    conn = sqlite3.connect(path)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute(
        "INSERT INTO events (event_id, template_id, template_version, provider, started_at, "
        "started_epoch, active_seconds, outcome, manual_minutes, masked, updated_epoch) "
        "VALUES ('0d6c2f6e-3f7e-4b43-9a55-2c1f0e0f3d0a', 'greeting', 2, 'azure', "
        "'2025-05-12T10:00:00+09:00', 0, 60, 'used', 30, '{}', 0)")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    with UsageStore.open(path) as store:
        (old,) = store.events()
        assert old.outcome == "used" and old.blocked_rule == "" and old.tokens_estimated is None
        store.record(event(outcome="blocked", blocked_rule="機密性3"))
        assert store.summary().blocked_by_rule == {"機密性3": 1}
    assert SCHEMA_VERSION == 4  # 2: blocked_rule, 3: tokens_estimated, 4: turn
    assert old.turn == 0  # a row from before conversations is a first request
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_rule_belongs_to_a_block_only_and_is_cut_when_long():
    with pytest.raises(ValueError):
        event(outcome="used", blocked_rule="機密性3")
    assert len(event(outcome="blocked", blocked_rule="re:" + "x" * 500).blocked_rule) == 200


def test_a_block_is_exported_with_its_rule_and_the_report_counts_it(tmp_path):
    store = UsageStore.open(tmp_path / "usage.sqlite3", clock=lambda: NOW - timedelta(hours=1))
    exporter = UsageExporter(store, tmp_path / "share", user_id_salt="salt", user_name="clerk",
                             department="総務課", app_version="0.1.0", machine="PC-1",
                             clock=lambda: NOW)
    used = event(outcome="used", manual_minutes=30, active_seconds=600)
    blocked = event(outcome="blocked", blocked_rule="re:秘[密匿]文書", manual_minutes=30)
    store.record(used)
    store.record(blocked)
    assert exporter.export_pending() == 2
    lines = [orjson.loads(x) for x in exporter.path.read_bytes().splitlines()]
    assert [tuple(r) for r in lines] == [EXPORT_FIELDS] * 2
    by_id = {r["event_id"]: r for r in lines}
    assert by_id[blocked.event_id]["outcome"] == "blocked"
    assert by_id[blocked.event_id]["blocked_rule"] == "re:秘[密匿]文書"
    assert by_id[blocked.event_id]["saved_minutes"] == 0
    assert by_id[used.event_id]["blocked_rule"] == ""
    store.close()
    report = load_exports([tmp_path / "share"])
    assert report.skipped_lines == 0 and report.events == 2
    assert report.outcomes == {"used": 1, "blocked": 1}
    assert report.adoption_rate == 1.0  # a refused text is not a task whose result went unused
