"""`office-assistant analyze` end to end: the real openai SDK against the local Azure-protocol
server, which answers with known queries. Result values are compared exactly with what Python
computes from the same rows; no name, phone number or address from the file reaches any request;
hostile queries are refused with nothing written."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from tests.analysis.conftest import REPORT
from tests.support.azure_fixtures import TEST_KEY


@pytest.fixture
def server(azure_server, monkeypatch):
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    return azure_server


def answer(sql: str, chart: str = "bar") -> str:
    return f"```sql\n{sql}\n```\nグラフ: {chart}\n\n## 説明\n集計します。"


def replies(server, *answers: str) -> list[dict]:
    """The server answers each chat request with the next answer (the last one repeats)."""
    seen: list[dict] = []

    def reply(body):
        seen.append(body)
        return answers[min(len(seen), len(answers)) - 1]

    server.reply = reply
    return seen


def assert_nothing_personal_sent(server, rows):
    texts = [r.prompt_text for r in server.chat_requests]
    assert texts
    for text in texts:
        for row in rows:
            assert row["氏名"] not in text
            assert row["電話番号"] not in text
            assert row["住所"] not in text
            assert row["住所"][:8] not in text  # not even the start of an address


def run_cli(capsys, *args):
    code = main(["analyze", *map(str, args)])
    out = capsys.readouterr()
    return code, out


def test_counts_per_district_exactly_and_nothing_personal_sent(server, capsys, sjis_csv, rows):
    replies(server, answer('SELECT "地区", count(*) AS "件数", sum("手数料") AS "手数料計" '
                           'FROM "住民名簿" GROUP BY "地区" ORDER BY "件数" DESC, "地区"'))
    code, out = run_cli(capsys, sjis_csv, "--question", "地区ごとの件数と手数料の合計", "--json")
    assert code == 0, out.err
    data = json.loads(out.out)
    counts = Counter(r["地区"] for r in rows)
    fees = Counter()
    for r in rows:
        fees[r["地区"]] += r["手数料"]
    expected = sorted(([d, n, fees[d]] for d, n in counts.items()), key=lambda x: (-x[1], x[0]))
    assert data["columns"] == ["地区", "件数", "手数料計"]
    assert data["rows"] == expected
    assert data["chart"] == {"type": "bar", "x": "地区", "y": ["件数", "手数料計"]}
    assert "GROUP BY" in data["sql"]
    (request,) = server.chat_requests
    prompt = request.prompt_text
    assert '"住民名簿"' in prompt and '"地区"' in prompt and "北区" in prompt  # the profile went
    assert "個人情報（氏名）の列" in prompt and "個人情報（電話番号）の列" in prompt
    assert_nothing_personal_sent(server, rows)


def test_a_name_in_the_question_is_masked_and_restored_for_the_local_query(
        server, capsys, sjis_csv, rows):
    name = rows[0]["氏名"]

    def reply(body):
        text = body["messages"][-1]["content"]
        placeholder = re.search(r"〔氏名\d+〕", text).group(0)
        return answer(f'SELECT count(*) AS "件数" FROM "住民名簿" WHERE "氏名" = \'{placeholder}\'',
                      "none")

    server.reply = reply
    code, out = run_cli(capsys, sjis_csv, "--question", f"{name}さんの受付は何件？", "--json")
    assert code == 0, out.err
    assert json.loads(out.out)["rows"] == [[sum(1 for r in rows if r["氏名"] == name)]]
    assert_nothing_personal_sent(server, rows)


def test_wareki_dates_from_excel_by_month_as_a_line(server, capsys, report_xlsx):
    replies(server, answer(
        'SELECT strftime("受付_日付", \'%Y-%m\') AS "月", sum("受付_件数") AS "件数" '
        'FROM "異動届_集計" GROUP BY 1 ORDER BY 1', "line"))
    code, out = run_cli(capsys, report_xlsx, "--question", "月ごとの件数", "--json")
    assert code == 0, out.err
    data = json.loads(out.out)
    by_month = Counter()
    for _d, _k, day, n, _a in REPORT:
        by_month[day.strftime("%Y-%m")] += n
    assert data["rows"] == [[m, n] for m, n in sorted(by_month.items())]
    assert data["chart"]["type"] == "line"
    assert "異動届_集計" in server.chat_requests[0].prompt_text


def test_two_files_joined_sheet_choice_and_plain_output(server, capsys, sjis_csv, report_xlsx):
    replies(server, answer(
        'SELECT d."地区", count(DISTINCT r."氏名") AS "人数", sum(d."件数") AS "件数" '
        'FROM "異動届_日付" d JOIN "住民名簿" r USING ("地区") GROUP BY 1 ORDER BY 1'))
    code, out = run_cli(capsys, sjis_csv, report_xlsx, "--sheet", f"{report_xlsx.name}=日付",
                        "--question", "地区ごとの人数と件数")
    assert code == 0, out.err
    lines = out.out.strip().splitlines()
    assert lines[0] == "地区\t人数\t件数"
    assert "SELECT" in out.err  # the query is shown on stderr, the table on stdout
    prompt = server.chat_requests[0].prompt_text
    assert '"異動届_日付"' in prompt and '"住民名簿"' in prompt


def test_a_failing_query_is_repaired_once_with_the_error_and_no_data(server, capsys, sjis_csv,
                                                                     rows):
    seen = replies(server,
                   answer('SELECT "地区", CAST("氏名" AS INTEGER) AS n FROM "住民名簿"'),
                   answer('SELECT "区分", count(*) AS "件数" FROM "住民名簿" GROUP BY 1 ORDER BY 1'))
    code, out = run_cli(capsys, sjis_csv, "--question", "区分ごとの件数", "--json")
    assert code == 0, out.err
    assert json.loads(out.out)["rows"] == sorted([k, n] for k, n in
                                                Counter(r["区分"] for r in rows).items())
    assert len(seen) == 2
    repair = seen[1]["messages"][-1]["content"]
    assert "前のクエリは実行できませんでした" in repair and "Conversion" in repair
    assert seen[1]["messages"][-2]["role"] == "assistant"
    assert_nothing_personal_sent(server, rows)


HOSTILE = {
    "copy": "COPY \"住民名簿\" TO '{out}'",
    "copy_query": "COPY (SELECT * FROM \"住民名簿\") TO '{out}' (FORMAT csv)",
    "attach": "ATTACH '{out}' AS x",
    "install": "INSTALL httpfs",
    "load": "LOAD httpfs",
    "pragma": "PRAGMA database_list",
    "set": "SET enable_external_access = true",
    "read_csv": "SELECT * FROM read_csv('{src}')",
    "read_text": "SELECT content FROM read_text('{src}')",
    "read_blob": "SELECT * FROM read_blob('{src}')",
    "glob": "SELECT * FROM glob('{dir}/*')",
    "file_as_table": "SELECT * FROM '{src}'",
    "two_statements": "SELECT 1; COPY \"住民名簿\" TO '{out}'",
    "create": "CREATE TABLE x AS SELECT * FROM \"住民名簿\"",
    "insert": "INSERT INTO \"住民名簿\" (\"氏名\") VALUES ('x')",
    "delete": "DELETE FROM \"住民名簿\"",
    "export": "EXPORT DATABASE '{dir}/dump'",
    "settings": "SELECT * FROM duckdb_settings()",
    "query_fn": "SELECT * FROM query('SELECT 1')",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_queries_are_refused_and_nothing_is_written(server, capsys, sjis_csv, tmp_path,
                                                            name):
    out_file = tmp_path / "漏洩.csv"
    sql = HOSTILE[name].format(out=out_file, src=sjis_csv, dir=tmp_path)
    export = tmp_path / "結果.xlsx"
    def files():  # the app's own folder (usage log, settings) is under home/
        return sorted(str(p) for p in tmp_path.rglob("*") if "home" not in p.relative_to(tmp_path).parts)

    before = files()
    seen = replies(server, answer(sql))
    code, out = run_cli(capsys, sjis_csv, "--question", "全部出して", "--json",
                        "--export", export)
    assert code != 0
    assert out.out == ""
    assert "エラー:" in out.err and "Traceback" not in out.err
    assert "実行しませんでした" in out.err or "実行できませんでした" in out.err
    assert len(seen) == 2  # one repair round, then the refusal stands
    assert files() == before
    assert not out_file.exists() and not export.exists()


def test_export_has_a_native_chart_and_states_question_query_and_sources(
        server, capsys, sjis_csv, tmp_path):
    sql = 'SELECT "区分", count(*) AS "件数" FROM "住民名簿" GROUP BY 1 ORDER BY 1'
    replies(server, answer(sql, "pie"))
    target = tmp_path / "out" / "区分別.xlsx"
    code, out = run_cli(capsys, sjis_csv, "--question", "区分の構成比", "--export", target)
    assert code == 0, out.err
    wb = openpyxl.load_workbook(target)
    result, about = wb["結果"], wb["条件"]
    assert [c.value for c in result[1]] == ["区分", "件数"]
    assert len(result._charts) == 1 and type(result._charts[0]).__name__ == "PieChart"
    facts = {r[0].value: r[1].value for r in about.iter_rows()}
    assert facts["質問"] == "区分の構成比" and facts["クエリ（SQL）"] == sql
    assert facts["元のファイル"] == sjis_csv.name
    assert str(Path(sjis_csv).parent) not in facts["元のファイル"]


def test_explanation_gets_only_aggregated_cells(server, capsys, sjis_csv, rows):
    seen = replies(server,
                   answer('SELECT "地区", count(*) AS "件数" FROM "住民名簿" GROUP BY 1 ORDER BY 1'),
                   "北区が最も多く、どの地区も 12 件です。")
    code, out = run_cli(capsys, sjis_csv, "--question", "地区ごとの件数", "--json", "--explain")
    assert code == 0, out.err
    data = json.loads(out.out)
    assert data["explanation"].startswith("北区が")
    sent = seen[1]["messages"][-1]["content"]
    assert "| 地区 | 件数 |" in sent and "| 北区 | 12 |" in sent
    assert_nothing_personal_sent(server, rows)


def test_explanation_of_a_result_holding_names_is_never_sent(server, capsys, sjis_csv, rows):
    seen = replies(server, answer(
        'SELECT "氏名", count(*) AS "件数" FROM "住民名簿" GROUP BY 1 ORDER BY 1 LIMIT 5'))
    code, out = run_cli(capsys, sjis_csv, "--question", "氏名ごとの件数", "--json", "--explain")
    assert code == 0, out.err
    assert "個人情報の列の値が含まれている" in out.err
    assert len(seen) == 1  # only the question went; the result with names did not
    assert "explanation" not in json.loads(out.out)
    assert_nothing_personal_sent(server, rows)


def test_missing_file_exits_non_zero_in_japanese(server, capsys, tmp_path):
    code, out = run_cli(capsys, tmp_path / "ない.csv", "--question", "件数")
    assert code != 0 and "見つかりません" in out.err and "Traceback" not in out.err
    assert server.chat_requests == []


def _logged(services):
    store = services.required_usage_store()
    try:
        return [(e.template_id, e.outcome, e.error_kind, e.manual_minutes) for e in store.events()]
    finally:
        services.close()


def test_usage_log_credits_a_query_that_ran_and_not_one_that_was_refused(
        server, capsys, sjis_csv, services):
    replies(server, answer('SELECT count(*) AS n FROM "住民名簿"'))
    code, _out = run_cli(capsys, sjis_csv, "--question", "件数", "--json")
    assert code == 0
    assert _logged(services) == [("table-analysis", "used", "", 30.0)]


def test_usage_log_records_a_refused_analysis_as_an_error(server, capsys, sjis_csv, services):
    replies(server, answer("COPY \"住民名簿\" TO 'x.csv'"))
    code, _out = run_cli(capsys, sjis_csv, "--question", "件数")
    assert code != 0
    logged = sorted(_logged(services), key=lambda e: -e[3])
    assert logged == [("table-analysis", "error", "query_refused", 30.0),
                      ("table-analysis", "error", "query_refused", 0.0)]  # the repair turn
