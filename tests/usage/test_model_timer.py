from __future__ import annotations

from datetime import datetime

import pytest

from desktop.core.usage import ActiveTimer, UsageEvent, saved_minutes
from tests.usage.helpers import event


@pytest.mark.parametrize(
    ("outcome", "manual", "active", "expected"),
    [
        ("used", 60, 30 * 60, 30.0),     # the greeting: about 60 -> about 30 minutes
        ("edited", 10, 120, 8.0),
        ("used", 5, 600, 0.0),           # took longer than by hand: not below zero
        ("discarded", 60, 60, 0.0),
        ("error", 60, 60, 0.0),
        ("pending", 60, 60, 0.0),
    ],
)
def test_saved_minutes_rule(outcome, manual, active, expected):
    assert saved_minutes(outcome, manual, active) == pytest.approx(expected)
    assert event(outcome=outcome, manual_minutes=manual,
                 active_seconds=active).saved_minutes == pytest.approx(expected)


def test_event_rejects_naive_times_unknown_outcomes_and_values_as_masked_keys():
    with pytest.raises(ValueError):
        event(started_at=datetime(2025, 1, 1, 9, 0))
    with pytest.raises(ValueError):
        event(outcome="maybe")
    with pytest.raises(ValueError):
        event(masked={"山田太郎": 1})  # a value where a type belongs must never be stored
    with pytest.raises(ValueError):
        event(event_id="not-a-uuid")


def test_export_dict_has_the_documented_fields_in_order():
    from desktop.core.usage import EXPORT_FIELDS

    d = event().to_export_dict(user="abc", department="総務課", app_version="1.2.3")
    assert tuple(d) == EXPORT_FIELDS
    assert d["started_at"] == "2025-05-12T10:00:00+09:00"
    assert d["schema"] == 1 and d["saved_minutes"] == 55.0


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_active_timer_counts_focus_and_activity_not_idle_or_background():
    clock = FakeClock()
    timer = ActiveTimer(clock=clock, idle_after_seconds=60)
    timer.start()
    clock.t += 30
    timer.activity()                 # 30 s active
    clock.t += 200                   # idle: only 60 s after the last activity count
    timer.activity()
    assert timer.active_seconds == pytest.approx(90)
    clock.t += 20
    timer.window_deactivated()       # +20
    clock.t += 500                   # in another application: nothing
    timer.window_activated()
    clock.t += 10
    assert timer.stop() == pytest.approx(120)
    clock.t += 100
    assert timer.active_seconds == pytest.approx(120)  # stopped: frozen


def test_active_timer_restart_resets():
    clock = FakeClock()
    timer = ActiveTimer(clock=clock, idle_after_seconds=300)
    timer.start()
    clock.t += 50
    assert timer.stop() == pytest.approx(50)
    timer.start()
    clock.t += 5
    assert timer.stop() == pytest.approx(5)


def test_usage_event_defaults_are_valid():
    ev = UsageEvent(template_id="x", provider="clipboard", manual_minutes=5)
    assert ev.outcome == "pending" and ev.started_at.utcoffset() is not None
