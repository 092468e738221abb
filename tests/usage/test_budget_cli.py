"""The monthly budget through `office-assistant run`: real CLI, real SDK, local Azure server."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from desktop.cli import main
from desktop.core.budget import EXIT_BUDGET
from desktop.core.paths import AppPaths
from desktop.core.registry_policy import POLICY_KEY, RegistryPolicyReader
from desktop.core.usage.store import UsageStore
from tests.foundation.fake_winreg import REG_DWORD, REG_SZ, FakeWinreg
from tests.support.azure_fixtures import TEST_KEY, azure_server  # noqa: F401
from tests.usage.helpers import event

TEXT = "text=来週の会議の議事録です。予算について話し合いました。"


@pytest.fixture
def env(azure_server, monkeypatch, policy_file):  # noqa: F811
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    return azure_server


def used_this_month(tokens: int, *, provider: str = "azure", cost: float = 0.0) -> None:
    paths = AppPaths.from_environment()
    paths.ensure()
    with UsageStore.open(paths.usage_db) as store:
        store.record(event(started_at=datetime.now().astimezone(), provider=provider,
                           prompt_tokens=tokens, completion_tokens=0, cost_jpy=cost))


def test_at_the_limit_run_stops_with_its_exit_code_and_sends_nothing(env, policy_file, capsys):
    policy_file.write_text('locked = ["monthly_token_budget"]\nmonthly_token_budget = 5000\n',
                           "utf-8")
    used_this_month(5000)
    code = main(["run", "summarize", "--var", TEXT])
    out = capsys.readouterr()
    assert code == EXIT_BUDGET == 5
    assert out.out == ""
    assert "上限に達した" in out.err and "送信できません" in out.err
    assert "Traceback" not in out.err
    assert env.chat_requests == []


def test_near_the_limit_run_answers_and_warns_on_stderr(env, policy_file, capsys):
    policy_file.write_text("monthly_token_budget = 10000\nbudget_warning_percent = 80\n", "utf-8")
    used_this_month(8500)
    code = main(["run", "summarize", "--var", TEXT])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert out.out.strip()  # the answer, on stdout only
    assert out.err.startswith("警告: ") and "%" in out.err and "警告" not in out.out
    assert len(env.chat_requests) == 1


def test_below_the_threshold_there_is_no_warning_and_json_reports_the_budget(env, policy_file,
                                                                             capsys):
    policy_file.write_text("monthly_cost_budget_jpy = 100.0\n", "utf-8")
    used_this_month(500_000, provider="clipboard", cost=99.0)  # the relay costs nothing
    code = main(["run", "summarize", "--var", TEXT, "--json"])
    out = capsys.readouterr()
    assert code == 0 and out.err == ""
    budget = json.loads(out.out)["budget"]
    assert budget["level"] == "ok" and budget["cost_used_jpy"] < 1.0


def test_a_budget_set_in_the_registry_stops_too(env, monkeypatch, capsys):
    reg = FakeWinreg()
    reg.reg_add(POLICY_KEY, "monthly_token_budget", REG_DWORD, 1000)
    reg.reg_add(POLICY_KEY, "locked", REG_SZ, "*")
    monkeypatch.setattr("desktop.core.services.default_reader", lambda: RegistryPolicyReader(reg))
    used_this_month(1200)
    assert main(["config", "set", "monthly_token_budget", "0"]) == 3  # the clerk cannot lift it
    assert main(["run", "summarize", "--var", TEXT]) == EXIT_BUDGET
    assert env.chat_requests == []
    capsys.readouterr()
