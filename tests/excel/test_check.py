"""check_answer on real workbooks: computed values match Python, wrong formulas are errors."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.excel.integration import check_answer, prompt_values
from tests.excel.conftest import ROWS, STAFF, make_book


def check(book, answer, *, target="", sheet="", version="365"):
    values = {"sheet": sheet, "target": target, "request": "x"}
    return check_answer(answer, values, {"workbook": book}, {"excel_version": version})


def ok_value(result):
    assert result["check"]["status"] == "ok", result["check"]["message"]
    return result["check"]["value"]


def test_sum_and_sumifs_in_code_block(book):
    expected = sum(r[5] for r in ROWS if r[2] == "東京")
    answer = f"次の数式です。\n\n```excel\n=SUMIFS(F:F,C:C,\"東京\")\n```\n\n説明: 合計 {expected}"
    result = check(book, answer, target="H2")
    assert result["formula"] == '=SUMIFS(F:F,C:C,"東京")'
    assert ok_value(result) == expected
    assert ok_value(check(book, "=SUM(F2:F7)", target="H2")) == sum(r[5] for r in ROWS)


def test_countifs_with_full_width_criteria_and_averageifs(book):
    count = sum(1 for r in ROWS if r[3] == "ＡＢＣ" and r[4] >= 3)
    assert ok_value(check(book, '=COUNTIFS(D2:D7,"ＡＢＣ",E2:E7,">=3")', target="H2")) == count
    osaka = [r[5] for r in ROWS if r[2] == "大阪"]
    avg = ok_value(check(book, '答えは `=AVERAGEIFS(F2:F7,C2:C7,"大阪")` です。', target="H2"))
    assert avg == pytest.approx(sum(osaka) / len(osaka))


def test_table_and_named_range_references(book):
    expected = sum(r[5] for r in ROWS if r[2] == "大阪")
    assert ok_value(check(book, '=SUMIFS(受付表[金額],地区範囲,"大阪")', target="H2")) == expected


@pytest.mark.parametrize("formula", [
    "=VLOOKUP(B2,職員!A:C,2,FALSE)",
    "=XLOOKUP(B2,職員!$A$2:$A$6,職員!$B$2:$B$6)",
    "=INDEX(職員!$B$2:$B$6,MATCH(B2,職員!$A$2:$A$6,0))",
])
def test_lookups_filled_down_a_column(book, formula):
    result = check(book, f"=\n{formula}\n", target="H")
    dept = dict((name, d) for name, d, _n in STAFF)
    assert result["check"]["status"] == "ok", result["check"]["message"]
    assert result["check"]["values"] == [dept[r[1]] for r in ROWS]
    assert result["check"]["cell"] == f"H2:H{len(ROWS) + 1}"


def test_if_and_ifs_per_row(book):
    expected = ["大" if r[5] >= 1000 else "小" for r in ROWS]
    assert check(book, '=IF(F2>=1000,"大","小")', target="H2:H7")["check"]["values"] == expected
    ifs = ['高' if r[5] >= 2500 else '中' if r[5] >= 800 else '低' for r in ROWS]
    result = check(book, '=IFS(F2>=2500,"高",F2>=800,"中",TRUE,"低")', target="H")
    assert result["check"]["values"] == ifs


def test_text_and_date_on_wareki_dates(book):
    result = check(book, '=TEXT(A2,"ggge年m月d日")', target="H")
    assert result["check"]["values"][:4] == ["令和6年4月1日", "令和6年4月15日", "令和元年5月1日"[:2]
                                             + "1年5月1日", "平成31年4月30日"]
    weekday = check(book, '=TEXT(A2,"aaa")', target="H2")
    assert ok_value(weekday) == "月"  # 2024-04-01 was a Monday
    serial = ok_value(check(book, "=DATE(YEAR(A2),MONTH(A2)+1,1)", target="H2"))
    assert dt.date(1899, 12, 30) + dt.timedelta(days=serial) == dt.date(2024, 5, 1)
    assert ok_value(check(book, "=YEAR(A4)", target="H2")) == 2019


def test_dependency_formulas_without_cached_results(tmp_path):
    book = make_book(tmp_path / "calc.xlsx", formulas=True)
    expected = sum(r[5] / r[4] for r in ROWS)
    assert ok_value(check(book, "=SUM(G2:G7)", target="I2")) == pytest.approx(expected)


def test_wrong_range_is_an_error(book):
    missing_sheet = check(book, "=SUM(集計!A1:A5)", target="H2")
    assert missing_sheet["check"]["status"] == "error"
    assert "集計" in missing_sheet["check"]["message"]
    empty_area = check(book, '=SUMIFS(K2:K7,C2:C7,"東京")', target="H2")
    assert empty_area["check"]["status"] == "error"
    too_far = check(book, "=VLOOKUP(B2,職員!A:C,4,FALSE)", target="H2")
    assert too_far["check"]["status"] == "error" and "#REF!" in too_far["check"]["message"]
    mismatch = check(book, '=SUMIFS(F2:F7,C2:C6,"東京")', target="H2")
    assert mismatch["check"]["status"] == "error"


def test_unknown_function_and_unknown_name(book):
    result = check(book, "=SUMIFZ(F2:F7,C2:C7,\"東京\")", target="H2")
    assert result["check"]["status"] == "error" and "SUMIFZ" in result["check"]["message"]
    name = check(book, "=SUM(売上合計)", target="H2")
    assert name["check"]["status"] == "error" and "売上合計" in name["check"]["message"]


def test_function_not_in_the_chosen_excel_version(book):
    formula = "=XLOOKUP(B2,職員!A:A,職員!B:B)"
    result = check(book, formula, target="H2", version="2016")
    assert result["check"]["status"] == "error"
    assert "XLOOKUP" in result["check"]["message"] and "2016" in result["check"]["message"]
    assert check(book, formula, target="H2", version="365")["check"]["status"] == "ok"
    assert check(book, '=IFS(F2>1,"a",TRUE,"b")', target="H2", version="2016")["check"][
        "status"] == "error"
    assert check(book, '=IFS(F2>1,"a",TRUE,"b")', target="H2", version="2019")["check"][
        "status"] == "ok"


def test_engine_gaps_are_unverified_not_guessed(book):
    result = check(book, '=INDIRECT("F2")*2', target="H2")
    assert result["check"]["status"] == "unverified"
    assert result["check"]["value"] is None
    assert "INDIRECT" in result["check"]["message"]


def test_excel_errors_are_reported_in_japanese(book):
    div = check(book, "=F2/0", target="H2")
    assert div["check"]["status"] == "error" and "#DIV/0!" in div["check"]["message"]
    na = check(book, '=VLOOKUP("存在しない",職員!A:C,2,FALSE)', target="H2")
    assert na["check"]["status"] == "error" and "#N/A" in na["check"]["message"]
    circular = check(book, "=SUM(H:H)", target="H2")
    assert circular["check"]["status"] == "error" and "循環参照" in circular["check"]["message"]
    syntax = check(book, "=SUM(F2:F7", target="H2")
    assert syntax["check"]["status"] == "error"


def test_answer_without_formula_is_unverified(book):
    result = check(book, "申し訳ありませんが、分かりませんでした。")
    assert result["formula"] is None and result["check"]["status"] == "unverified"


def test_dynamic_array_result_lists_the_spill(book):
    result = check(book, "=UNIQUE(C2:C7)", target="J2")
    assert result["check"]["status"] == "ok"
    assert result["check"]["values"] == ["東京", "大阪", "名古屋"]


def test_prompt_values_carry_structure_and_version(book):
    values = prompt_values(None, {"request": "x", "sheet": "", "target": "H"},
                           {"workbook": book}, {"excel_version": "2016"})
    profile = values["sheet_profile"]
    for needle in ("| A | 受付日 | 日付", "| F | 金額 | 数値", "受付表", "地区範囲", "職員",
                   "山田"):
        assert needle in profile
    assert values["sheet"] == "受付" and values["workbook"] == book.name
    assert "2016" in values["excel_version"] and "XLOOKUP" in values["excel_version"]
    assert "H2" in values["target_description"]
