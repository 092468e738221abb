from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest
from openpyxl.chart import BarChart, LineChart

from desktop.core.usage import ReportInputError, load_exports, write_report_xlsx
from desktop.core.usage.xlsx import SHEET_CHARTS, SHEET_METHOD, SHEET_MONTH
from tests.usage.helpers import line, write_lines


@pytest.fixture
def exports(tmp_path):
    """Two users' files plus a copy of one of them: duplicates, malformed lines, 2 depts."""
    folder = tmp_path / "share"
    folder.mkdir()
    a = [line(user="ua", department="総務課", template_id="greeting", saved_minutes=30,
              cost_jpy=2.0, started_at=f"2025-0{m}-10T09:00:00+09:00") for m in (1, 2, 2)]
    b = [line(user="ub", department="福祉課", template_id="summary", saved_minutes=12,
              cost_jpy=1.0, outcome="edited"),
         line(user="ub", department="福祉課", template_id="summary", saved_minutes=0,
              cost_jpy=0.5, outcome="discarded")]
    write_lines(folder / "ua-1.jsonl", [a[0], a[1], a[1], b"{broken", a[2], b"", b"[1,2]"])
    write_lines(folder / "ub-1.jsonl", [*b, b'{"schema": 1}', line(started_at="gestern")])
    sub = folder / "old"
    sub.mkdir()
    write_lines(sub / "copy-of-ua.jsonl", a)  # copied around: all duplicates
    return folder


def test_dedup_malformed_and_totals(exports):
    data = load_exports([exports])
    d = data.to_json_dict()
    assert list(d) == ["events", "users", "hours_saved", "by_department", "by_template",
                       "by_month", "cost_jpy", "skipped_lines"]
    assert d["events"] == 5
    assert d["users"] == 2
    assert d["hours_saved"] == pytest.approx((90 + 12) / 60, abs=1e-4)
    assert d["by_department"] == pytest.approx({"総務課": 1.5, "福祉課": 0.2})
    assert d["by_template"] == pytest.approx({"greeting": 1.5, "summary": 0.2})
    assert d["by_month"] == pytest.approx({"2025-01": 0.5, "2025-02": 1.0, "2025-05": 0.2})
    assert d["cost_jpy"] == pytest.approx(7.5)
    assert d["skipped_lines"] == 4   # {broken, [1,2], {"schema": 1}, started_at "gestern"
    assert data.duplicates == 4      # one re-export in the file, three in the copy
    assert data.outcomes == {"used": 3, "edited": 1, "discarded": 1}
    assert data.users_by_month == {"2025-01": 1, "2025-02": 1, "2025-05": 1}


def test_month_is_the_local_month_of_started_at(tmp_path):
    f = tmp_path / "x.jsonl"
    write_lines(f, [
        line(started_at="2025-01-31T23:30:00+09:00", saved_minutes=60),  # UTC: Jan 31 14:30
        line(started_at="2025-01-31T23:30:00-05:00", saved_minutes=120),  # UTC: Feb 1 04:30
        line(started_at="2025-02-01T00:30:00+09:00", saved_minutes=180),  # UTC: Jan 31 15:30
    ])
    assert load_exports([f]).by_month == pytest.approx({"2025-01": 3.0, "2025-02": 3.0})


def test_from_to_use_the_local_date_inclusive(tmp_path):
    f = tmp_path / "x.jsonl"
    write_lines(f, [
        line(started_at="2025-01-31T23:30:00-05:00", saved_minutes=60),
        line(started_at="2025-02-01T00:10:00+09:00", saved_minutes=60),
        line(started_at="2025-02-28T23:59:59+09:00", saved_minutes=60),
        line(started_at="2025-03-01T00:00:00+09:00", saved_minutes=60),
    ])
    data = load_exports([f], date(2025, 2, 1), date(2025, 2, 28))
    assert data.events == 2 and data.by_month == pytest.approx({"2025-02": 2.0})
    assert load_exports([f], date_from=date(2025, 3, 1)).events == 1
    assert load_exports([f], date_to=date(2025, 1, 31)).events == 1


def test_same_result_with_worker_processes(exports):
    one = load_exports([exports], workers=1).to_json_dict()
    two = load_exports([exports], workers=2).to_json_dict()
    assert two == one


def test_duplicates_across_workers_are_counted_once(tmp_path):
    records = [line(user=f"u{i % 3}", saved_minutes=i) for i in range(40)]
    for n in range(4):  # four files with the same events: every worker sees all of them
        write_lines(tmp_path / f"f{n}.jsonl", records)
    data = load_exports([tmp_path], workers=3)
    assert data.events == 40 and data.duplicates == 120
    assert data.hours_saved == pytest.approx(sum(range(40)) / 60)
    assert data.users == 3


def test_missing_input_is_a_clear_error(tmp_path):
    with pytest.raises(ReportInputError) as err:
        load_exports([tmp_path / "nope"])
    assert "見つかりません" in err.value.user_message


def test_xlsx_has_tables_native_charts_and_method(exports, tmp_path):
    data = load_exports([exports])
    out = write_report_xlsx(data, tmp_path / "out" / "report.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["概要", "グラフ", "月別", "所属別", "テンプレート別", "算出方法"]
    months = wb[SHEET_MONTH]
    assert [c.value for c in months["A"]][1:] == ["2025-01", "2025-02", "2025-05"]
    assert [c.value for c in months["B"]][1:] == pytest.approx([0.5, 1.0, 0.2])
    assert [c.value for c in months["D"]][1:] == [1, 1, 1]
    charts = wb[SHEET_CHARTS]._charts
    assert len(charts) == 5
    assert sum(isinstance(c, BarChart) for c in charts) == 4
    assert sum(isinstance(c, LineChart) for c in charts) == 1
    refs = [s.val.numRef.f for c in charts for s in c.series]
    assert "'月別'!$B$2:$B$4" in refs and "'月別'!$D$2:$D$4" in refs
    assert "'所属別'!$B$2:$B$3" in refs and "'テンプレート別'!$C$2:$C$3" in refs
    cats = [s.cat.strRef.f if s.cat.strRef else s.cat.numRef.f for c in charts for s in c.series]
    assert "'月別'!$A$2:$A$4" in cats
    method = "\n".join(str(r[0].value) for r in wb[SHEET_METHOD].iter_rows() if r[0].value)
    assert "53.7" in method and "0 未満は 0" in method
    # Aggregates only: no pseudonymous user id appears anywhere in the workbook.
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            assert "ua" not in row and "ub" not in row


def test_cli_report_json_and_xlsx(exports, tmp_path, capsys):
    from desktop.cli import main

    out = tmp_path / "r.xlsx"
    code = main(["report", "--input", str(exports / "ua-1.jsonl"), "--input",
                 str(exports / "ub-1.jsonl"), "--from", "2025-02-01", "--out", str(out), "--json"])
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["events"] == 4 and printed["users"] == 2 and printed["skipped_lines"] == 4
    assert printed["by_month"] == pytest.approx({"2025-02": 1.0, "2025-05": 0.2})
    assert out.exists()


def test_cli_report_bad_input_exits_non_zero(tmp_path, capsys):
    from desktop.cli import main

    assert main(["report", "--input", str(tmp_path / "missing"), "--json"]) != 0
    assert "見つかりません" in capsys.readouterr().err


def test_bom_and_crlf_from_windows_tools_are_read(tmp_path):
    import orjson

    f = tmp_path / "w.jsonl"
    recs = [line(saved_minutes=60), line(saved_minutes=30)]
    f.write_bytes(b"\xef\xbb\xbf" + b"\r\n".join(orjson.dumps(r) for r in recs) + b"\r\n")
    data = load_exports([f])
    assert data.events == 2 and data.skipped_lines == 0
    assert data.hours_saved == pytest.approx(1.5)


def test_non_utf8_and_negative_lines_are_skipped_not_fatal(tmp_path):
    from desktop.core.usage import load_exports

    good = ('{"event_id":"g","schema":1,"user":"u","department":"d","template_id":"t",'
            '"started_at":"2025-01-02T10:00:00+09:00","outcome":"used","saved_minutes":20,'
            '"cost_jpy":1}')
    neg = good.replace('"g"', '"n"').replace('"saved_minutes":20', '"saved_minutes":-50')
    f = tmp_path / "x.jsonl"
    f.write_bytes(b'{"event_id":"a","schema":1,"department":"\xff"}\n' + good.encode() + b"\n"
                  + neg.encode() + b"\n")
    data = load_exports([f]).to_json_dict()
    assert data["events"] == 1 and data["skipped_lines"] == 2
    assert data["hours_saved"] == round(20 / 60, 2) or abs(data["hours_saved"] - 20 / 60) < 0.01
