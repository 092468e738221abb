"""IT's monthly budget: the month total from the real usage log, the threshold, the stop inside
the pipeline before anything is sent (real SDK against the local Azure-protocol server)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from desktop.core.budget import (
    EXIT_BUDGET,
    BudgetStatus,
    MonthlyBudgetExceeded,
    budget_status,
    check_before_send,
    month_bounds,
)
from desktop.core.pipeline import Pipeline
from desktop.core.settings import Settings
from desktop.core.templates import parse_template_text
from desktop.core.usage.store import UsageStore
from tests.llm.conftest import make_masker
from tests.support.azure_fixtures import TEST_KEY, azure_server, azure_settings  # noqa: F401
from tests.usage.helpers import JST, event


@pytest.fixture
def store(tmp_path):
    with UsageStore.open(tmp_path / "usage.sqlite3") as s:
        yield s


def budget(**kw) -> Settings:
    return replace(Settings(), **kw)


@pytest.mark.parametrize("now, start, end", [
    (datetime(2026, 12, 31, 23, 59, 59, tzinfo=JST), datetime(2026, 12, 1, tzinfo=JST),
     datetime(2027, 1, 1, tzinfo=JST)),
    (datetime(2027, 1, 1, 0, 0, tzinfo=JST), datetime(2027, 1, 1, tzinfo=JST),
     datetime(2027, 2, 1, tzinfo=JST)),
    (datetime(2028, 2, 29, 12, 0, tzinfo=JST), datetime(2028, 2, 1, tzinfo=JST),
     datetime(2028, 3, 1, tzinfo=JST)),
])
def test_month_bounds_are_the_local_calendar_month(now, start, end):
    assert month_bounds(now) == (start, end)


def test_the_month_total_counts_this_month_only_and_never_the_relay(store):
    store.record(event(started_at=datetime(2026, 11, 30, 23, 59, 59, tzinfo=JST),
                       prompt_tokens=5000, completion_tokens=5000, cost_jpy=100.0))
    store.record(event(started_at=datetime(2026, 12, 1, 0, 0, tzinfo=JST),
                       prompt_tokens=1000, completion_tokens=200, cost_jpy=1.25))
    # The same instant in UTC is still 1 December in Japan.
    store.record(event(started_at=datetime(2026, 12, 15, 20, 0, tzinfo=UTC),
                       prompt_tokens=300, completion_tokens=100, cost_jpy=0.5, outcome="error"))
    store.record(event(started_at=datetime(2026, 12, 2, tzinfo=JST), provider="clipboard",
                       prompt_tokens=9000, completion_tokens=9000, cost_jpy=40.0))
    store.record(event(started_at=datetime(2027, 1, 1, 0, 0, tzinfo=JST),
                       prompt_tokens=7000, completion_tokens=0, cost_jpy=9.0))
    start, end = month_bounds(datetime(2026, 12, 20, tzinfo=JST))
    tokens, cost = store.spend(start, end)
    assert tokens == 1600
    assert cost == pytest.approx(1.75)
    # Without leaving the relay out, its estimate would be counted as money spent.
    assert store.spend(start, end, unbilled_providers=()) == (19600, pytest.approx(41.75))


@pytest.mark.parametrize("used, level", [(0, "ok"), (799, "ok"), (800, "warning"),
                                          (999, "warning"), (1000, "exceeded"), (5000, "exceeded")])
def test_threshold_and_limit(used, level):
    status = BudgetStatus(datetime(2026, 12, 1, tzinfo=JST), used, 0.0, 1000, 0.0, 80)
    assert status.level == level
    assert bool(status.warning()) == (level != "ok")


def test_the_yen_limit_counts_like_the_token_limit():
    status = BudgetStatus(datetime(2026, 12, 1, tzinfo=JST), 10, 450.0, 1_000_000, 500.0, 90)
    assert status.level == "warning" and "450" in status.warning()
    assert status.plus(0, 50.0).level == "exceeded"
    assert status.cost_left_jpy == 50.0 and status.tokens_left == 999_990


def test_no_limit_means_no_query(store):
    assert budget_status(Settings(), None, datetime.now(JST)) is None  # no log needed either


def test_a_limit_without_a_readable_log_fails_closed(store):
    with pytest.raises(MonthlyBudgetExceeded) as err:
        check_before_send(budget(monthly_token_budget=10), None, datetime.now(JST))
    assert err.value.exit_code == EXIT_BUDGET and "利用記録" in err.value.user_message
    store.close()
    with pytest.raises(MonthlyBudgetExceeded):
        check_before_send(budget(monthly_token_budget=10), store, datetime.now(JST))


# The guard inside the pipeline --------------------------------------------------------------
TEMPLATE = '''
schema = 1
id = "notice"
version = 1
title = "お知らせ"
category = "文書"
manual_minutes = 20
output = "text"
system = "あなたは行政のプロフェッショナルです。"
user = "次の文書を要約してください。{{text}}"

[[variables]]
name = "text"
type = "multiline"
label = "文書"
required = true
'''


@pytest.fixture
def template():
    return parse_template_text(TEMPLATE)


def _pipeline(server, store, now, **kw):
    settings = azure_settings(server, **kw)
    return Pipeline(settings, lambda: TEST_KEY, make_masker(), store, clock=lambda: now)


def test_at_the_limit_nothing_is_sent_and_the_task_survives(azure_server, store, template):  # noqa: F811
    now = datetime(2026, 12, 20, 10, 0, tzinfo=JST)
    store.record(event(started_at=datetime(2026, 12, 3, tzinfo=JST), prompt_tokens=900,
                       completion_tokens=100, cost_jpy=0.1))
    pipeline = _pipeline(azure_server, store, now, monthly_token_budget=1000)
    prepared = pipeline.prepare(template, {"text": "会議の議事録です。"})
    with pytest.raises(MonthlyBudgetExceeded) as err:
        pipeline.execute(prepared)
    assert azure_server.chat_requests == []
    assert store.count() == 1  # a refused request is not a task
    assert err.value.status.tokens_used == 1000 and "上限" in err.value.user_message
    # Next month the same prepared task goes through.
    next_month = _pipeline(azure_server, store, datetime(2027, 1, 1, 0, 0, tzinfo=JST),
                           monthly_token_budget=1000)
    result = next_month.execute(prepared)
    assert result.ok and len(azure_server.chat_requests) == 1
    assert result.extra["budget"]["month"] == "2027-01"


def test_the_relay_is_never_stopped_and_never_counted(azure_server, store, template):  # noqa: F811
    now = datetime(2026, 12, 20, 10, 0, tzinfo=JST)
    pipeline = _pipeline(azure_server, store, now, monthly_cost_budget_jpy=0.001,
                         provider="clipboard")
    prepared = pipeline.prepare(template, {"text": "会議の議事録です。" * 50})
    result = pipeline.complete_from_pasted(prepared, "要約です。" * 50)
    # The relay goes through the organisation's web chat: tokens are estimated, no yen is
    # charged (issue 15), and a large estimate would not stop it either.
    assert result.usage.total_tokens > 100 and result.cost_jpy == 0
    status = budget_status(pipeline.settings, store, now)
    assert status is not None and status.cost_used_jpy == 0 and status.level == "ok"


def test_the_answer_reports_the_budget_and_warns_at_the_threshold(azure_server, store, template):  # noqa: F811
    now = datetime(2026, 12, 20, 10, 0, tzinfo=JST)
    pipeline = _pipeline(azure_server, store, now, monthly_token_budget=100_000,
                         budget_warning_percent=50)
    prepared = pipeline.prepare(template, {"text": "会議の議事録です。"})
    first = pipeline.execute(prepared)
    info = first.extra["budget"]
    assert info["level"] == "ok" and info["warning"] == ""
    assert info["tokens_used"] == first.usage.total_tokens > 0
    assert info["tokens_left"] == 100_000 - first.usage.total_tokens
    store.record(event(started_at=datetime(2026, 12, 5, tzinfo=JST), prompt_tokens=60_000,
                       completion_tokens=0, cost_jpy=1.0))
    second = pipeline.execute(prepared)
    assert second.extra["budget"]["level"] == "warning"
    assert "%" in second.extra["budget"]["warning"]
    assert second.as_json()["budget"]["level"] == "warning"  # run --json carries it
