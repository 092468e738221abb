"""The SQL guard on its own, the chart by the result's shape, the repair message without data,
and the task kind through the generic `run` path."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.cli import main
from desktop.core.analysis.answer import parse_answer
from desktop.core.analysis.chart import choose_chart
from desktop.core.analysis.engine import QueryResult
from desktop.core.analysis.guard import QueryRefused, check_sql
from desktop.core.analysis.loader import load_tables
from desktop.core.analysis.session import sanitise_engine_message
from desktop.core.tasks import kind_for, kind_names
from tests.analysis.test_cli_analyze import answer, assert_nothing_personal_sent, replies
from tests.support.azure_fixtures import TEST_KEY


@pytest.fixture
def workspace(sjis_csv):
    ws = load_tables([sjis_csv])
    yield ws
    ws.close()


@pytest.mark.parametrize("sql", [
    'SELECT "地区", count(*) FROM "住民名簿" GROUP BY 1',
    'WITH t AS (SELECT * FROM "住民名簿") SELECT count(*) FROM t',
    'select sum("手数料") from 住民名簿;',
    'SELECT x FROM range(3) r(x)',
    'SELECT "地区" FROM "住民名簿" WHERE "年齢" > (SELECT avg("年齢") FROM "住民名簿")',
])
def test_plain_queries_pass(workspace, sql):
    checked = check_sql(sql, workspace.engine, ["住民名簿"])
    assert not checked.sql.endswith(";")


@pytest.mark.parametrize(("sql", "why"), [
    ("SELECT * FROM read_parquet('x.parquet')", "表関数 read_parquet()"),
    ("SELECT * FROM sniff_csv('x.csv')", "表関数 sniff_csv()"),
    ("SELECT * FROM duckdb_extensions()", "表関数 duckdb_extensions()"),
    ("SELECT getenv('HOME')", "getenv()"),
    ("SELECT current_setting('memory_limit')", "current_setting()"),
    ('SELECT * FROM "住民名簿" u, (SELECT * FROM read_text(\'/etc/hosts\')) t', "read_text()"),
    ("SELECT * FROM main.\"住民名簿\" m JOIN other.t USING (x)", "データベース・スキーマ"),
    ("SELECT * FROM system.main.duckdb_tables", "データベース・スキーマ"),
    ("SELECT * FROM 住民", "表「住民」は読み込まれていません"),
    ("DESCRIBE \"住民名簿\"", "SELECT か WITH"),
    ("SELECT 1; SELECT 2", "1 つのクエリ"),
    ("SELEC 1", "構文の誤り"),
    ("", "空"),
])
def test_refusals_say_why_in_japanese(workspace, sql, why):
    with pytest.raises(QueryRefused) as err:
        check_sql(sql, workspace.engine, ["住民名簿"])
    assert why in err.value.reason
    assert err.value.user_message.startswith("AI が作ったクエリは安全のため実行しませんでした")


def test_aggregated_only_when_the_outer_query_groups_or_aggregates(workspace):
    def agg(sql):
        return check_sql(sql, workspace.engine, ["住民名簿"]).aggregated

    assert agg('SELECT "地区", count(*) FROM "住民名簿" GROUP BY 1')
    assert agg('SELECT count(*), avg("年齢") FROM "住民名簿"')
    assert not agg('SELECT "氏名" FROM "住民名簿"')
    assert not agg('SELECT "氏名", count(*) OVER () FROM "住民名簿"')  # a window keeps the rows
    assert not agg('SELECT * FROM (SELECT "地区", count(*) n FROM "住民名簿" GROUP BY 1) t')


def test_engine_message_goes_back_without_data_values():
    message = ("Conversion Error: Could not convert string '山田太郎' to INT32\n\n"
               "LINE 1: SELECT CAST(\"氏名\" AS INTEGER) FROM \"住民名簿\" WHERE x = '090-1111-2222'\n"
               "               ^")
    text = sanitise_engine_message(message, ["住民名簿", "氏名"])
    assert "山田太郎" not in text and "090" not in text and "LINE 1" not in text
    assert "Conversion Error" in text and "'…'" in text


def test_answer_parsing_and_chart_by_shape():
    parsed = parse_answer("説明\n```sql\nSELECT 1;\n```\nグラフ: pie\n")
    assert parsed.sql == "SELECT 1" and parsed.chart == "pie"
    assert parse_answer("SELECT 2 AS n\n\n以上").sql == "SELECT 2 AS n"
    assert parse_answer("クエリはありません").sql == ""
    days = QueryResult(("日", "件数"), ("DATE", "BIGINT"),
                       ((dt.date(2024, 4, 1), 3), (dt.date(2024, 5, 1), 4)))
    assert choose_chart(days).kind == "line"
    groups = QueryResult(("地区", "件数", "金額"), ("VARCHAR", "BIGINT", "DOUBLE"),
                         (("北区", 3, 1.5), ("南区", 4, 2.5)))
    spec = choose_chart(groups)
    assert (spec.kind, spec.label_column, spec.value_columns) == ("bar", 0, (1, 2))
    assert choose_chart(groups, "pie").kind == "bar"  # a pie holds one series
    shares = QueryResult(("区分", "件数"), ("VARCHAR", "BIGINT"), (("転入", 3), ("転出", 4)))
    assert choose_chart(shares, "pie").kind == "pie"
    assert choose_chart(QueryResult(("n",), ("BIGINT",), ((5,),))).kind == "none"
    names = QueryResult(("氏名", "地区"), ("VARCHAR", "VARCHAR"), (("a", "b"), ("c", "d")))
    assert choose_chart(names).kind == "none"


def test_the_kind_is_registered():
    assert "table_analysis" in kind_names()
    kind = kind_for("table_analysis")
    assert not kind.reads_files and not kind.streams


def test_generic_run_profiles_the_file_and_returns_the_query(azure_server, monkeypatch, capsys,
                                                              sjis_csv, rows):
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    sql = 'SELECT "地区", count(*) AS n FROM "住民名簿" GROUP BY 1'
    replies(azure_server, answer(sql))
    code = main(["run", "table-analysis", "--var-file", f"data={sjis_csv}",
                 "--var", "question=地区ごとの件数", "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    assert data["sql"] == sql and data["chart_suggestion"] == "bar"
    prompt = azure_server.chat_requests[0].prompt_text
    assert "住民名簿.csv" in prompt and "個人情報（氏名）の列" in prompt
    assert str(sjis_csv.parent) not in prompt
    assert_nothing_personal_sent(azure_server, rows)


def test_time_and_row_limits(workspace):
    from desktop.core.analysis.engine import QueryTimedOut

    with pytest.raises(QueryTimedOut) as err:
        workspace.engine.run("SELECT count(*) FROM range(100000000000) a", time_limit=0.3)
    assert "制限時間（0.3 秒）" in err.value.user_message
    result = workspace.engine.run('SELECT * FROM "住民名簿"', row_limit=10)
    assert len(result.rows) == 10 and result.truncated
    assert workspace.engine.run("SELECT 1").rows == ((1,),)  # the connection is usable again
