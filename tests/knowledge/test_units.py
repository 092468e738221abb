"""Passages follow the documents' structure and stay short enough to check at a glance."""

from __future__ import annotations

from desktop.core.knowledge.units import MAX_PASSAGE, rows_units, segment
from tests.knowledge.conftest import KINMU


def test_articles_with_captions_become_one_passage_each():
    units = list(segment(KINMU))
    articles = [u for u in units if u.kind == "article"]
    assert [u.heading for u in articles] == ["第1条（趣旨）", "第5条（年次有給休暇）", "第7条（特別休暇）"]
    fifth = articles[1]
    assert fifth.text.startswith("（年次有給休暇）\n第5条") and "２　年次有給休暇は" in fifth.text
    assert any(u.heading == "附　則" and "平成31年4月1日から施行" in u.text for u in units)


def test_a_long_article_is_cut_at_its_paragraphs_under_the_same_article():
    paragraphs = "\n".join(f"{n}　" + "市長は、必要な措置を講ずるものとする。" * 12 for n in "２３４５")
    units = list(segment("（委任）\n第9条　この規則に定めるもののほか必要な事項は別に定める。\n" + paragraphs))
    assert len(units) > 1
    assert all(len(u.text) <= MAX_PASSAGE for u in units)
    assert all(u.heading.startswith("第9条（委任）") for u in units)
    assert "".join(u.text for u in units).count("市長は") == 48  # nothing lost


def test_headings_tables_and_questions():
    text = ("# 手続の流れ\n## 1. 申請\n申請書を提出します。\n| 区分 | 手数料 |\n| 粗大ごみ 1点 | 500円 |\n"
            "\nQ1. 申請はいつまでですか。\nA. 12月末までです。")
    units = list(segment(text))
    row = next(u for u in units if u.kind == "row")
    assert row.text == "区分: 粗大ごみ 1点 / 手数料: 500円" and row.row == 2
    assert row.heading == "手続の流れ 1. 申請"
    qa = next(u for u in units if u.kind == "qa")
    assert qa.text == "Q1. 申請はいつまでですか。\nA. 12月末までです。"
    assert row.location() == "表の2行目・手続の流れ 1. 申請"


def test_sheet_rows_carry_their_headers_sheet_and_row_number():
    rows = [(1, ["質問", "回答", ""]), (2, ["転入届の期限は？", "14日以内です。", ""]), (3, ["", "", ""]),
            (4, ["品目", "料金", ""]), (5, ["たんす", "800円", ""])]
    units = list(rows_units(rows, sheet="QA"))
    assert [(u.text, u.row, u.kind) for u in units] == [
        ("質問: 転入届の期限は？ / 回答: 14日以内です。", 2, "qa"), ("品目: たんす / 料金: 800円", 5, "row")]
    assert units[0].location() == "シート「QA」・2行目"


def test_lines_a_pdf_wrapped_mid_sentence_are_joined_and_structure_is_kept():
    from desktop.core.knowledge.readers import unwrap_lines

    text = ("（休憩時間）\n第4条　任命権者は、1日の勤務時間が6時間を超える場合においては、少なくとも60分の休憩時\n"
            "間を、勤務時間の途中に置かなければならない\n。\n２　前項の休憩時間は、一斉に与えるものとする。\n"
            "窓口対応マニュアル\n1. 基本姿勢")
    assert unwrap_lines(text).split("\n") == [
        "（休憩時間）",
        "第4条　任命権者は、1日の勤務時間が6時間を超える場合においては、少なくとも60分の休憩時間を、"
        "勤務時間の途中に置かなければならない。",
        "２　前項の休憩時間は、一斉に与えるものとする。", "窓口対応マニュアル", "1. 基本姿勢"]
