"""What both usage screens share: number formats, errors in the clerk's words, week and month."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt

TitleFor = Callable[[str], str]
RIGHT_ALIGNED = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def hours_text(value: float) -> str:
    return f"{value:,.1f}"


def error_text(error: BaseException) -> str:
    return getattr(error, "user_message", "") or type(error).__name__


def week_and_month_start(now: datetime) -> tuple[datetime, datetime]:
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return day - timedelta(days=day.weekday()), day.replace(day=1)


