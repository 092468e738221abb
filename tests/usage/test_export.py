from __future__ import annotations

import builtins
from datetime import datetime, timedelta

import orjson
import pytest

from desktop.core.usage import EXPORT_FIELDS, UsageExporter, UsageStore, pseudonymous_user_id
from tests.usage.helpers import JST, event

NOW = datetime(2025, 5, 12, 12, 0, tzinfo=JST)


def make(tmp_path, share=None, **kw):
    store = UsageStore.open(tmp_path / "usage.sqlite3", clock=lambda: NOW - timedelta(hours=1))
    exporter = UsageExporter(store, share or tmp_path / "share", user_id_salt="org-salt",
                             user_name="Yamada.Taro", department="総務課", app_version="0.1.0",
                             machine="PC-0042", clock=lambda: NOW, **kw)
    return store, exporter


def read_lines(path):
    return [orjson.loads(x) for x in path.read_bytes().splitlines()]


def test_export_writes_documented_lines_once(tmp_path):
    store, exporter = make(tmp_path)
    events = [event() for _ in range(3)] + [event(outcome="pending")]
    for ev in events:
        store.record(ev)
    assert exporter.export_pending() == 3
    assert exporter.export_pending() == 0          # idempotent
    lines = read_lines(exporter.path)
    assert [tuple(r) for r in lines] == [EXPORT_FIELDS] * 3
    assert {r["event_id"] for r in lines} == {e.event_id for e in events[:3]}
    assert lines[0]["user"] == pseudonymous_user_id("yamada.taro", "org-salt")
    assert "yamada" not in exporter.path.name.lower() and "pc-0042" not in exporter.path.name
    assert exporter.path.name.endswith(".jsonl")
    store.set_outcome(events[3].event_id, "discarded")
    assert exporter.export_pending() == 1
    assert len(read_lines(exporter.path)) == 4
    assert exporter.path.read_bytes().endswith(b"\n")


def test_pseudonym_depends_on_salt_and_not_on_case():
    assert pseudonymous_user_id("Yamada", "a") == pseudonymous_user_id("yamada ", "a")
    assert pseudonymous_user_id("yamada", "a") != pseudonymous_user_id("yamada", "b")
    assert len(pseudonymous_user_id("yamada", "a")) == 16


def test_unsettled_events_wait_unless_exporting_now(tmp_path):
    store = UsageStore.open(tmp_path / "usage.sqlite3", clock=lambda: NOW)  # changed just now
    exporter = UsageExporter(store, tmp_path / "share", user_id_salt="s", user_name="u",
                             department="", app_version="0", machine="m", clock=lambda: NOW)
    store.record(event())
    assert exporter.export_pending() == 0
    assert exporter.export_pending(settle_seconds=0) == 1


def test_offline_share_keeps_events_pending_and_catches_up(tmp_path, monkeypatch, caplog):
    store, exporter = make(tmp_path)
    for _ in range(2):
        store.record(event())
    real_open = builtins.open

    def offline(file, *a, **kw):
        if str(file).startswith(str(exporter.folder)):
            raise OSError(64, "The specified network name is no longer available")
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", offline)
    assert exporter.export_pending() == 0
    assert "export to share failed" in caplog.text
    assert store.pending_export_count() == 2
    monkeypatch.setattr(builtins, "open", real_open)
    assert exporter.export_pending() == 2
    assert store.pending_export_count() == 0


def test_write_failing_midway_leaves_no_partial_line(tmp_path, monkeypatch):
    store, exporter = make(tmp_path)
    store.record(event())
    assert exporter.export_pending() == 1
    for _ in range(3):
        store.record(event())
    real_open = builtins.open

    class DropsMidWrite:
        def __init__(self, fh):
            self._fh = fh

        def __getattr__(self, name):
            return getattr(self._fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._fh.close()

        def write(self, data):
            self._fh.write(data[: len(data) // 2])  # half the bytes reach the share...
            self._fh.flush()
            raise OSError(5, "I/O error")           # ...then it goes away

    def flaky(file, mode="r", *a, **kw):
        fh = real_open(file, mode, *a, **kw)
        return DropsMidWrite(fh) if str(file) == str(exporter.path) else fh

    monkeypatch.setattr(builtins, "open", flaky)
    assert exporter.export_pending() == 0
    assert not exporter.path.read_bytes().endswith(b"\n")  # the share holds a cut-off line
    monkeypatch.setattr(builtins, "open", real_open)
    # The first line made it whole before the failure, so only the other two are appended.
    assert exporter.export_pending() == 2
    assert store.pending_export_count() == 0
    lines = read_lines(exporter.path)                       # every line parses
    assert len(lines) == 4 and len({r["event_id"] for r in lines}) == 4


def test_crash_between_write_and_bookkeeping_does_not_duplicate(tmp_path, monkeypatch):
    store, exporter = make(tmp_path)
    for _ in range(2):
        store.record(event())
    monkeypatch.setattr(store, "mark_exported", lambda revisions: None)  # "crash" before marking
    assert exporter.export_pending() == 2
    monkeypatch.undo()
    assert exporter.export_pending() == 0  # lines already there byte for byte
    assert len(read_lines(exporter.path)) == 2
    assert store.pending_export_count() == 0


SECRET_TEXTS = ["山田太郎", "090-1234-5678", "taro.yamada@example.jp", "東京都千代田区霞が関1-2-3",
                "sk-THISISNOTAREALKEY1234567890"]


def test_no_text_personal_data_or_key_reaches_db_or_export(tmp_path):
    """Events built while handling texts full of personal data keep only counts by type."""
    store, exporter = make(tmp_path)
    prompt = "、".join(SECRET_TEXTS)
    for i in range(5):
        store.record(event(template_id="letter", masked={"PERSON": prompt.count("太郎"),
                                                         "PHONE": 1, "EMAIL": 1},
                           prompt_tokens=len(prompt) * (i + 1), error_kind=""))
    exporter.export_pending()
    store.close()
    blobs = [p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()]
    assert any(b"letter" in b for b in blobs)  # the files are really there and readable
    for blob in blobs:
        for text in [*SECRET_TEXTS, "Yamada.Taro", "yamada.taro", "PC-0042"]:
            assert text.encode("utf-8") not in blob


@pytest.mark.parametrize("bad", ["山田", "090-1234-5678", "a b"])
def test_masked_keys_must_be_types(bad):
    with pytest.raises(ValueError):
        event(masked={bad: 1})


def test_task_left_pending_by_a_crash_is_exported_as_discarded_a_day_later(tmp_path):
    wall = [NOW - timedelta(days=2)]
    store = UsageStore.open(tmp_path / "usage.sqlite3", clock=lambda: wall[0])
    ev = event(outcome="pending")
    store.record(ev)
    wall[0] = NOW - timedelta(hours=1)  # an hour ago: the clerk may still rate this one
    recent = event(outcome="pending")
    store.record(recent)
    exporter = UsageExporter(store, tmp_path / "share", user_id_salt="s", user_name="u",
                             department="", app_version="0", machine="m", clock=lambda: NOW)
    assert exporter.export_pending() == 1
    [rec] = read_lines(exporter.path)
    assert rec["event_id"] == ev.event_id and rec["outcome"] == "discarded"
    assert rec["saved_minutes"] == 0
    assert store.get(recent.event_id).outcome == "pending"
