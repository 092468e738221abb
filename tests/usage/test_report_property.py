"""The report's totals equal a naive computation over the same lines, whatever the mix."""

from __future__ import annotations

import uuid
from collections import defaultdict

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.usage import load_exports
from tests.usage.helpers import line

OFFSETS = ["+09:00", "-05:00", "+00:00", "Z"]
record = st.builds(
    lambda n, dept, tpl, month, day, hour, off, saved, cost, outcome: line(
        event_id=str(uuid.UUID(int=n, version=4)), user=f"u{n % 7}", department=dept,
        template_id=tpl, started_at=f"2025-{month:02d}-{day:02d}T{hour:02d}:30:00{off}",
        saved_minutes=saved, cost_jpy=cost, outcome=outcome),
    st.integers(1, 2**64), st.sampled_from(["総務課", "福祉課", ""]),
    st.sampled_from(["greeting", "summary", "excel"]), st.integers(1, 12), st.integers(1, 28),
    st.integers(0, 23), st.sampled_from(OFFSETS), st.floats(0, 120, allow_nan=False),
    st.floats(0, 50, allow_nan=False), st.sampled_from(["used", "edited", "discarded", "error"]),
)
GARBAGE = [b"{", b"null", b'"text"', b'{"schema": 2}', b"\xff\xfe"]


CASES = {
    "records": st.lists(record, min_size=1, max_size=40, unique_by=lambda r: r["event_id"]),
    "layout": st.lists(st.integers(0, 3), min_size=1, max_size=80),
    "garbage": st.lists(st.sampled_from(GARBAGE), max_size=5),
}
FIXTURE_OK = [HealthCheck.function_scoped_fixture]


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURE_OK)
@given(**CASES)
def test_totals_match_a_naive_computation(tmp_path_factory, records, layout, garbage):
    check(tmp_path_factory, records, layout, garbage, workers=1)


@settings(max_examples=6, deadline=None, suppress_health_check=FIXTURE_OK)
@given(**CASES)
def test_totals_match_with_worker_processes(tmp_path_factory, records, layout, garbage):
    check(tmp_path_factory, records, layout, garbage, workers=2)  # processes cost ~0.4 s each


def check(tmp_path_factory, records, layout, garbage, workers):
    folder = tmp_path_factory.mktemp("exports")
    files: list[list[bytes]] = [[] for _ in range(4)]
    for i, r in enumerate(records):  # every record once, then copies anywhere
        files[i % 4].append(orjson.dumps(r))
    for i, f in enumerate(layout):
        files[f].append(orjson.dumps(records[i % len(records)]))
    for i, g in enumerate(garbage):
        files[i % 4].append(g)
    for i, lines in enumerate(files):
        (folder / f"f{i}.jsonl").write_bytes(b"\n".join(lines) + b"\n" if lines else b"")

    hours = sum(r["saved_minutes"] for r in records) / 60
    by_month: dict[str, float] = defaultdict(float)
    by_dept: dict[str, float] = defaultdict(float)
    for r in records:
        by_month[r["started_at"][:7]] += r["saved_minutes"] / 60
        by_dept[r["department"]] += r["saved_minutes"] / 60
    data = load_exports([folder], workers=workers)
    assert data.events == len(records)
    assert data.users == len({r["user"] for r in records})
    assert data.hours_saved == pytest.approx(hours)
    assert data.by_month == pytest.approx(dict(by_month))
    assert data.by_department == pytest.approx(dict(by_dept))
    assert data.cost_jpy == pytest.approx(sum(r["cost_jpy"] for r in records))
    assert data.skipped_lines == len(garbage)
