"""The independent check's path: `office-assistant run excel-formula` against a local server
that returns a given formula; computed values must match and wrong formulas must be errors."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from tests.excel.conftest import ROWS
from tests.support.azure_fixtures import TEST_KEY


@pytest.fixture
def server(azure_server, monkeypatch):
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    return azure_server


@pytest.mark.parametrize(("formula", "target", "status", "expected"), [
    ('=SUMIFS(F:F,C:C,"東京")', "H2", "ok", sum(r[5] for r in ROWS if r[2] == "東京")),
    ("=SUM(存在しないシート!A:A)", "H2", "error", None),
    ("=NOSUCHFUNC(F2)", "H2", "error", None),
])
def test_run_json_carries_the_check(server, capsys, book, formula, target, status, expected):
    server.reply = lambda _body: f"次の数式を使います。\n\n```excel\n{formula}\n```\n"
    code = main(["run", "excel-formula", "--var-file", f"workbook={book}", "--var", "sheet=受付",
                 "--var", "request=東京の金額の合計", "--var", f"target={target}", "--json",
                 "--no-stream"])
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    assert data["formula"] == formula
    assert data["check"]["status"] == status, data["check"]["message"]
    if expected is not None:
        assert data["check"]["value"] == expected
    assert "受付" in server.all_request_text()  # the sheet structure went into the prompt


def test_run_plain_prints_the_formula_and_the_check_on_stderr(server, capsys, book):
    server.reply = lambda _body: "説明です。\n\n```excel\n=COUNTIFS(C:C,\"東京\")\n```\n以上です。"
    code = main(["run", "excel-formula", "--var-file", f"workbook={book}", "--var", "sheet=受付",
                 "--var", "request=東京の件数", "--var", "target=H2"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert out.out.strip() == '=COUNTIFS(C:C,"東京")'
    assert "検算済み" in out.err
