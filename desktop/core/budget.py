"""IT's monthly budget per user: tokens and/or yen, counted from the local usage log.

The settings ``monthly_token_budget`` and ``monthly_cost_budget_jpy`` (0 = no limit) come from
the machine policy; ``budget_warning_percent`` is where warnings start. The month is the current
calendar month in the PC's local time. What the clipboard relay "uses" costs the organisation
nothing and is not counted.

``check_before_send`` runs inside the pipeline before anything is sent: at a limit it raises
``MonthlyBudgetExceeded`` (CLI exit code ``EXIT_BUDGET`` = 5), and the prepared task, i.e. the
clerk's input, is untouched. A request started below the limit is not cut off: the limit can be
passed by at most one request, whose answer's size nobody knows in advance. When a limit is set
but the usage log cannot be read, nothing is sent either (fail closed, like a broken policy).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal, Protocol

from desktop.core.errors import EXIT_BUDGET, UserFacingError
from desktop.core.i18n import N_

log = logging.getLogger(__name__)

UNBILLED_PROVIDERS = ("clipboard",)

Level = Literal["ok", "warning", "exceeded"]


class SpendSource(Protocol):
    def spend(self, since: datetime, until: datetime, *,
              unbilled_providers: tuple[str, ...] = ...) -> tuple[int, float]: ...


class BudgetSettings(Protocol):
    @property
    def monthly_token_budget(self) -> int: ...
    @property
    def monthly_cost_budget_jpy(self) -> float: ...
    @property
    def budget_warning_percent(self) -> int: ...


def month_bounds(now: datetime) -> tuple[datetime, datetime]:
    """[first instant of ``now``'s month, first instant of the next) in ``now``'s time zone."""
    start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    end = (start + timedelta(days=32)).replace(day=1)
    return start, end


@dataclass(frozen=True)
class BudgetStatus:
    month_start: datetime
    tokens_used: int
    cost_used_jpy: float
    token_limit: int  # 0 = no limit
    cost_limit_jpy: float  # 0 = no limit
    warning_percent: int

    @property
    def percent(self) -> float:
        """The larger share of a limit used, in percent."""
        shares = []
        if self.token_limit > 0:
            shares.append(self.tokens_used / self.token_limit)
        if self.cost_limit_jpy > 0:
            shares.append(self.cost_used_jpy / self.cost_limit_jpy)
        return 100.0 * max(shares, default=0.0)

    @property
    def level(self) -> Level:
        if (self.token_limit > 0 and self.tokens_used >= self.token_limit) or \
                (self.cost_limit_jpy > 0 and self.cost_used_jpy >= self.cost_limit_jpy):
            return "exceeded"
        return "warning" if self.percent >= self.warning_percent else "ok"

    @property
    def tokens_left(self) -> int | None:
        return max(0, self.token_limit - self.tokens_used) if self.token_limit > 0 else None

    @property
    def cost_left_jpy(self) -> float | None:
        return max(0.0, self.cost_limit_jpy - self.cost_used_jpy) if self.cost_limit_jpy > 0 \
            else None

    def same_month(self, now: datetime) -> bool:
        return month_bounds(now)[0] == self.month_start

    def plus(self, tokens: int, cost_jpy: float) -> BudgetStatus:
        """This status after a task that used ``tokens`` and ``cost_jpy``."""
        return BudgetStatus(self.month_start, self.tokens_used + tokens,
                            self.cost_used_jpy + cost_jpy, self.token_limit,
                            self.cost_limit_jpy, self.warning_percent)

    def usage_text(self) -> str:
        parts = []
        if self.token_limit > 0:
            parts.append(N_("トークン {used} / {limit}").format(
                used=f"{self.tokens_used:,}", limit=f"{self.token_limit:,}"))
        if self.cost_limit_jpy > 0:
            parts.append(N_("料金 約 {used} 円 / {limit} 円").format(
                used=f"{self.cost_used_jpy:,.0f}", limit=f"{self.cost_limit_jpy:,.0f}"))
        return "、".join(parts)

    def warning(self) -> str:
        """The warning to show at or past the threshold; "" below it."""
        if self.level == "ok":
            return ""
        if self.level == "exceeded":
            return N_("今月の利用が組織の定めた上限に達しました（{usage}）。"
                      "来月 1 日までは送信できません。").format(usage=self.usage_text())
        return N_("今月の利用が組織の定めた上限の {percent}% に達しました（{usage}）。"
                  "上限に達すると、来月まで送信できなくなります。").format(
            percent=int(self.percent), usage=self.usage_text())

    def as_dict(self) -> dict[str, Any]:
        return {"level": self.level, "percent": round(self.percent, 1),
                "month": f"{self.month_start:%Y-%m}",
                "tokens_used": self.tokens_used, "token_limit": self.token_limit,
                "tokens_left": self.tokens_left,
                "cost_used_jpy": round(self.cost_used_jpy, 2),
                "cost_limit_jpy": self.cost_limit_jpy,
                "cost_left_jpy": None if self.cost_left_jpy is None
                else round(self.cost_left_jpy, 2),
                "warning": self.warning()}


def stop_message(status: BudgetStatus) -> str:
    return N_("今月の利用が組織の定めた上限に達したため、送信できません（{usage}）。"
              "入力した内容はそのまま残っています。翌月 1 日から再び送信できます。"
              "急ぎの場合は情報システム担当に相談してください。").format(usage=status.usage_text())


class MonthlyBudgetExceeded(UserFacingError):
    """Nothing was sent: the month's budget is used up (or cannot be checked)."""

    exit_code = EXIT_BUDGET
    kind = "budget"
    retryable_by_user = False  # sending again cannot help before the month ends

    def __init__(self, status: BudgetStatus | None, message: str = "") -> None:
        super().__init__(message or stop_message(status),  # type: ignore[arg-type]
                         detail="monthly budget exceeded" if status else "budget unknown")
        self.status = status


def has_budget(settings: BudgetSettings) -> bool:
    return settings.monthly_token_budget > 0 or settings.monthly_cost_budget_jpy > 0


def budget_status(settings: BudgetSettings, usage: SpendSource | None,
                  now: datetime) -> BudgetStatus | None:
    """This month's use against the limits; None when no limit is set.

    Raises ``MonthlyBudgetExceeded`` when a limit is set but the usage log cannot be read.
    """
    if not has_budget(settings):
        return None
    start, end = month_bounds(now)
    if usage is None:
        raise MonthlyBudgetExceeded(None, _unknown_message())
    try:
        tokens, cost = usage.spend(start, end, unbilled_providers=UNBILLED_PROVIDERS)
    except Exception as exc:  # a locked or broken log: the month's use is unknown
        log.warning("budget: usage log unreadable: %s", type(exc).__name__)
        raise MonthlyBudgetExceeded(None, _unknown_message()) from exc
    return BudgetStatus(start, tokens, cost, settings.monthly_token_budget,
                        settings.monthly_cost_budget_jpy, settings.budget_warning_percent)


def check_before_send(settings: BudgetSettings, usage: SpendSource | None,
                      now: datetime) -> BudgetStatus | None:
    """The status before a request; raises ``MonthlyBudgetExceeded`` at a limit."""
    status = budget_status(settings, usage, now)
    if status is not None and status.level == "exceeded":
        raise MonthlyBudgetExceeded(status)
    return status


def _unknown_message() -> str:
    return N_("組織が月の利用上限を定めていますが、利用記録を読めないため今月の利用量を確認できません。"
              "そのため送信できません。アプリを二重に起動していないか確認し、解決しない場合は"
              "情報システム担当に連絡してください。入力した内容はそのまま残っています。")
