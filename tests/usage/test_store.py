from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.usage import UsageStore, UsageStoreError
from desktop.core.usage.schema import SCHEMA_VERSION
from tests.usage.helpers import JST, event

ROOT = Path(__file__).resolve().parents[2]


def test_record_get_update_and_summary(tmp_path):
    store = UsageStore.open(tmp_path / "usage.sqlite3")
    a = event(outcome="pending")
    store.record(a)
    assert store.get(a.event_id).outcome == "pending"
    assert store.set_outcome(a.event_id, "edited", manual_minutes=30, active_seconds=600)
    got = store.get(a.event_id)
    assert (got.outcome, got.manual_minutes, got.saved_minutes) == ("edited", 30.0, 20.0)
    assert got.masked == {"PERSON": 2, "PHONE": 1}
    assert got.started_at == a.started_at and got.started_at.utcoffset() == timedelta(hours=9)
    b = event(template_id="summary", outcome="discarded",
              started_at=datetime(2025, 5, 13, 9, 0, tzinfo=JST))
    old = event(started_at=datetime(2025, 4, 1, 9, 0, tzinfo=JST))
    store.record(b)
    store.record(old)
    s = store.summary(datetime(2025, 5, 1, tzinfo=JST), datetime(2025, 6, 1, tzinfo=JST))
    assert (s.tasks, s.edited, s.discarded) == (2, 1, 1)
    assert s.saved_minutes == pytest.approx(20.0)
    assert s.by_template["greeting"].saved_minutes == pytest.approx(20.0)
    assert s.by_template["summary"].tasks == 1
    assert store.count() == 3
    assert not store.set_outcome("00000000-0000-4000-8000-000000000000", "used")
    store.close()


def test_record_twice_replaces_by_event_id(tmp_path):
    with UsageStore.open(tmp_path / "u.sqlite3") as store:
        ev = event(outcome="pending")
        store.record(ev)
        ev.outcome = "used"
        store.record(ev)
        assert store.count() == 1 and store.get(ev.event_id).outcome == "used"


def test_database_is_wal_and_has_schema_version(tmp_path):
    path = tmp_path / "usage.sqlite3"
    UsageStore.open(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_newer_schema_is_refused_not_destroyed(tmp_path):
    path = tmp_path / "usage.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    with pytest.raises(UsageStoreError) as err:
        UsageStore.open(path)
    assert "新しい版" in err.value.user_message
    assert path.exists() and not list(tmp_path.glob("*.corrupt-*"))


def test_corrupt_file_is_moved_aside_and_a_fresh_log_started(tmp_path):
    path = tmp_path / "usage.sqlite3"
    path.write_bytes(b"this is not sqlite at all \x00\xff" * 200)
    now = datetime(2025, 6, 1, 12, 34, 56, tzinfo=JST)
    store = UsageStore.open(path, clock=lambda: now)
    aside = tmp_path / "usage.corrupt-20250601-123456.sqlite3"
    assert aside.exists() and aside.read_bytes().startswith(b"this is not sqlite")
    assert "usage.corrupt-20250601-123456.sqlite3" in store.recovery_message
    assert "退避" in store.recovery_message
    store.record(event())
    assert store.count() == 1
    store.close()
    again = UsageStore.open(path)
    assert again.recovery_message == "" and again.count() == 1
    again.close()


def test_damaged_pages_in_a_real_database_are_detected(tmp_path):
    path = tmp_path / "usage.sqlite3"
    store = UsageStore.open(path)
    for _ in range(300):
        store.record(event())
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for off in range(page * 2, min(len(data), page * 6)):
        data[off] = 0x5A  # scribble over b-tree pages
    path.write_bytes(bytes(data))
    store = UsageStore.open(path)
    assert store.recovery_message
    assert store.count() == 0
    store.close()


WRITER = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from desktop.core.usage import UsageStore, UsageEvent
store = UsageStore.open(Path({path!r}))
i = 0
while True:
    ev = UsageEvent(template_id="t", provider="azure", outcome="used", manual_minutes=5,
                    masked={{"PERSON": i % 3}})
    store.record(ev)
    print(ev.event_id, flush=True)
    i += 1
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL semantics")
def test_kill_9_during_writes_loses_nothing_committed(tmp_path):
    path = tmp_path / "usage.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER.format(root=str(ROOT), path=str(path))],
        stdout=subprocess.PIPE, text=True)
    committed: list[str] = []
    deadline = time.monotonic() + 30
    assert proc.stdout is not None
    while len(committed) < 150 and time.monotonic() < deadline:
        committed.append(proc.stdout.readline().strip())
    proc.kill()  # SIGKILL, mid-loop
    proc.wait()
    committed += [ln.strip() for ln in proc.stdout.read().splitlines() if ln.strip()]
    assert len(committed) >= 150
    store = UsageStore.open(path)
    assert store.recovery_message == ""
    for eid in committed:
        assert store.get(eid) is not None
    store.close()


def test_one_writer_thread_and_readers(tmp_path):
    store = UsageStore.open(tmp_path / "u.sqlite3")
    errors: list[BaseException] = []

    def write() -> None:
        try:
            for _ in range(200):
                store.record(event())
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def read() -> None:
        try:
            for _ in range(100):
                store.summary()
        except BaseException as exc:  # pragma: no cover
            errors.append(exc)

    threads = [threading.Thread(target=write)] + [threading.Thread(target=read) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert store.count() == 200
    store.close()


def test_a_file_that_cannot_be_opened_is_not_moved_aside(tmp_path):
    path = tmp_path / "usage.sqlite3"
    path.mkdir()  # "unable to open database file": not corruption
    with pytest.raises(UsageStoreError) as err:
        UsageStore.open(path)
    assert "開けませんでした" in err.value.user_message
    assert path.is_dir() and not list(tmp_path.glob("*.corrupt-*"))


def test_truncated_database_is_recovered(tmp_path):
    path = tmp_path / "usage.sqlite3"
    store = UsageStore.open(path)
    for _ in range(300):
        store.record(event())
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    store = UsageStore.open(path)
    assert store.recovery_message and store.count() == 0
    store.record(event())
    store.close()


def test_token_counts_say_whether_the_service_reported_them(tmp_path):
    """Issue 14: 580 estimated tokens were logged beside 206 real ones, both unmarked."""
    with UsageStore.open(tmp_path / "u.sqlite3") as store:
        store.record(event(outcome="used", prompt_tokens=206, tokens_estimated=False))
        store.record(event(outcome="used", prompt_tokens=580, tokens_estimated=True))
        flags = sorted((e.prompt_tokens, e.tokens_estimated) for e in store.events())
    assert flags == [(206, False), (580, True)]
    line = event(tokens_estimated=True).to_export_dict(user="u", department="d", app_version="0")
    assert line["tokens_estimated"] is True and list(line)[-2:] == ["tokens_estimated", "turn"]


def test_small_costs_keep_their_sen():
    from desktop.core.llm.cost import format_yen

    assert [format_yen(x) for x in (0.03, 0, 9.994, 12.4, 12345.6)] == [
        "0.03", "0.00", "9.99", "12", "12,346"]
