"""One usage record per task, and the rule that turns it into minutes saved.

A record holds counts, times and identifiers only: never text of the prompt or the answer,
never a personal item, never a key. ``masked`` maps an entity *type* (``PERSON``, ``PHONE``...)
to a count; keys are checked to look like type names so a value cannot slip in by mistake.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# "blocked": nothing was sent because the text held a term IT blocks (``blocked_rule`` says
# which rule, as IT wrote it; never the clerk's text).
OUTCOMES = ("pending", "used", "edited", "discarded", "error", "blocked")
# Outcomes that end a task; only these are exported.
FINAL_OUTCOMES = ("used", "edited", "discarded", "error", "blocked")
# Outcomes where the user took the result into their work: time was saved.
USED_OUTCOMES = ("used", "edited")

EXPORT_SCHEMA = 1
# Field order of an exported line (docs/usage-format.md).
EXPORT_FIELDS = (
    "event_id", "schema", "user", "department", "template_id", "template_version", "provider",
    "started_at", "ended_at", "active_seconds", "outcome", "manual_minutes", "saved_minutes",
    "prompt_tokens", "completion_tokens", "cost_jpy", "masked", "app_version", "blocked_rule",
    "tokens_estimated", "turn",
)
# A rule is IT's entry (a word or a ``re:`` pattern); longer than this it is cut.
MAX_RULE_CHARS = 200

_ENTITY_TYPE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,39}$")


def saved_minutes(outcome: str, manual_minutes: float, active_seconds: float) -> float:
    """Minutes saved by one task.

    A used result (as-is or after editing) saved the manual estimate minus the time the
    user actively spent in the app on it, never below zero; a discarded, failed or
    unfinished task saved nothing.
    """
    if outcome not in USED_OUTCOMES:
        return 0.0
    return max(0.0, float(manual_minutes) - float(active_seconds) / 60.0)


def local_now() -> datetime:
    """Now, timezone-aware in the machine's local offset."""
    return datetime.now().astimezone()


def check_masked(masked: dict[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, count in masked.items():
        if not isinstance(key, str) or not _ENTITY_TYPE.match(key):
            # Never echo the key: it may be the very value that must not be stored.
            raise ValueError("masked keys must be entity type names such as PERSON or PHONE")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValueError(f"masked count for {key} must be a non-negative integer")
        if count:
            out[key] = count
    return out


@dataclass
class UsageEvent:
    event_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    template_id: str = ""
    template_version: int = 1
    provider: str = ""
    started_at: datetime = field(default_factory=local_now)
    ended_at: datetime | None = None
    active_seconds: float = 0.0
    outcome: str = "pending"
    error_kind: str = ""
    manual_minutes: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_jpy: float = 0.0
    masked: dict[str, int] = field(default_factory=dict)
    blocked_rule: str = ""  # outcome "blocked" only: IT's rule that refused the text
    # True when the token counts are the app's own count (the service reported none, e.g. an
    # on-premises server's stream or a timed-out request), False when the service reported them,
    # None for a task logged before the app recorded it (not known).
    tokens_estimated: bool | None = False
    # 0: the task's first request; n > 0: the n-th follow-up turn of its conversation (a turn
    # is a request, not a task: it carries no manual minutes, so hours saved stay per task).
    turn: int = 0

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {self.outcome!r}; expected one of {OUTCOMES}")
        for name in ("started_at", "ended_at"):
            value = getattr(self, name)
            if value is not None and value.utcoffset() is None:
                raise ValueError(f"{name} must be timezone-aware")
        uuid.UUID(self.event_id)  # raises ValueError for anything but a UUID
        if self.turn < 0:
            raise ValueError("turn must not be negative")
        if self.manual_minutes < 0 or self.active_seconds < 0:
            raise ValueError("manual_minutes and active_seconds must not be negative")
        self.masked = check_masked(dict(self.masked))
        if self.blocked_rule and self.outcome != "blocked":
            raise ValueError("blocked_rule is only for the outcome 'blocked'")
        self.blocked_rule = str(self.blocked_rule)[:MAX_RULE_CHARS]

    @property
    def saved_minutes(self) -> float:
        return saved_minutes(self.outcome, self.manual_minutes, self.active_seconds)

    def to_export_dict(self, *, user: str, department: str, app_version: str) -> dict[str, Any]:
        """The documented export line (schema 1), in field order."""
        return {
            "event_id": self.event_id,
            "schema": EXPORT_SCHEMA,
            "user": user,
            "department": department,
            "template_id": self.template_id,
            "template_version": int(self.template_version),
            "provider": self.provider,
            "started_at": iso(self.started_at),
            "ended_at": iso(self.ended_at) if self.ended_at is not None else None,
            "active_seconds": round(float(self.active_seconds), 1),
            "outcome": self.outcome,
            "manual_minutes": float(self.manual_minutes),
            "saved_minutes": round(self.saved_minutes, 3),
            "prompt_tokens": int(self.prompt_tokens),
            "completion_tokens": int(self.completion_tokens),
            "cost_jpy": round(float(self.cost_jpy), 4),
            "masked": dict(sorted(self.masked.items())),
            "app_version": app_version,
            "blocked_rule": self.blocked_rule,
            "tokens_estimated": (None if self.tokens_estimated is None
                                 else bool(self.tokens_estimated)),
            "turn": int(self.turn),
        }


def iso(dt: datetime) -> str:
    """ISO 8601 with the offset, to the second: ``2025-01-31T23:30:00+09:00``."""
    return dt.isoformat(timespec="seconds")
