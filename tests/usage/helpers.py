"""Builders for usage tests: events and export lines made the way the app makes them."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import orjson

from desktop.core.usage.model import UsageEvent

JST = timezone(timedelta(hours=9))


def event(**kw: Any) -> UsageEvent:
    base: dict[str, Any] = {
        "template_id": "greeting",
        "template_version": 2,
        "provider": "azure",
        "started_at": datetime(2025, 5, 12, 10, 0, tzinfo=JST),
        "ended_at": datetime(2025, 5, 12, 10, 5, tzinfo=JST),
        "active_seconds": 300.0,
        "outcome": "used",
        "manual_minutes": 60.0,
        "prompt_tokens": 1000,
        "completion_tokens": 500,
        "cost_jpy": 0.07,
        "masked": {"PERSON": 2, "PHONE": 1},
    }
    base.update(kw)
    return UsageEvent(**base)


def line(**kw: Any) -> dict[str, Any]:
    """One export record (schema 1) with sensible defaults."""
    rec: dict[str, Any] = {
        "event_id": str(uuid.uuid4()), "schema": 1, "user": "u1", "department": "総務課",
        "template_id": "greeting", "template_version": 1, "provider": "azure",
        "started_at": "2025-05-12T10:00:00+09:00", "ended_at": "2025-05-12T10:05:00+09:00",
        "active_seconds": 300.0, "outcome": "used", "manual_minutes": 60.0,
        "saved_minutes": 55.0, "prompt_tokens": 1000, "completion_tokens": 500,
        "cost_jpy": 1.5, "masked": {"PERSON": 1}, "app_version": "0.1.0",
    }
    rec.update(kw)
    return rec


def write_lines(path, records: list[Any]) -> None:  # type: ignore[no-untyped-def]
    out = []
    for r in records:
        out.append(r if isinstance(r, bytes) else orjson.dumps(r))
    path.write_bytes(b"\n".join(out) + b"\n")
