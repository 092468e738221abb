"""Ranking beyond BM25: the kind of answer a question asks for, a document's subject lifting
its other articles, the version of a rule asked about, and everyday words for the rules' terms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core.knowledge import KnowledgeIndex
from desktop.core.knowledge import index as index_module
from desktop.core.knowledge.intent import answer_types, answers, version_wanted
from desktop.core.knowledge.synonyms import expand


def subsidy(title: str, item: str, purpose: str, target: str, limit: str, enacted: str) -> str:
    return f"""{title}
（目的）
第1条　この要綱は、{item}の設置に要する経費の一部を補助することにより、{purpose}を図ることを目的とする。
（補助対象者）
第2条　補助金の交付を受けることができる者は、{target}とする。
（補助対象経費）
第3条　補助の対象となる経費は、{item}の本体及び設置工事費とする。
（補助金の額）
第4条　補助金の額は、補助対象経費の2分の1に相当する額とし、{limit}円を限度とする。
（交付申請）
第5条　補助金の交付を受けようとする者は、工事に着手する日の30日前までに申請しなければならない。
附　則
この要綱は、{enacted}から施行する。"""


@pytest.fixture
def ix(tmp_path) -> KnowledgeIndex:
    root = tmp_path / "share"
    root.mkdir()
    docs = {
        "生垣_R6.txt": subsidy("あおば町生垣設置奨励補助金交付要綱", "生垣", "緑化の推進及びブロック塀の倒壊防止",
                              "道路に面して生垣を設置する者", "150,000", "令和6年4月1日"),
        "生垣_R3.txt": subsidy("あおば町生垣設置奨励補助金交付要綱", "生垣", "緑化の推進及びブロック塀の倒壊防止",
                              "道路に面して生垣を設置する者", "100,000", "令和3年4月1日"),
        # announced, not yet in force on the day the tests ask
        "生垣_R9.txt": subsidy("あおば町生垣設置奨励補助金交付要綱", "生垣", "緑化の推進及びブロック塀の倒壊防止",
                              "道路に面して生垣を設置する者", "300,000", "令和9年4月1日"),
        "蓄電池.txt": subsidy("あおば町家庭用蓄電池設置費補助金交付要綱", "家庭用蓄電池",
                            "災害時の電源確保", "未使用品を設置する者", "200,000", "令和5年4月1日"),
        "防犯カメラ.txt": subsidy("あおば町防犯カメラ設置費補助金交付要綱", "防犯カメラ", "地域の防犯力の向上",
                              "自治会又は町内会", "400,000", "令和5年4月1日"),
        "浄化槽.txt": subsidy("あおば町合併処理浄化槽設置整備事業補助金交付要綱", "合併処理浄化槽",
                            "公共用水域の水質保全", "下水道事業計画区域外に住宅を有する者", "600,000",
                            "令和5年4月1日"),
    }
    # other rules of the same shape, so a word in three versions' titles is still rare
    for n, (item, purpose) in enumerate([
            ("雨水貯留タンク", "雨水の有効利用"), ("生ごみ処理機", "ごみの減量化"),
            ("住宅用太陽光発電システム", "再生可能エネルギーの普及"), ("電動アシスト自転車", "環境にやさしい交通"),
            ("木造住宅の耐震改修", "地震に強いまちづくり"), ("空家の改修", "移住定住の促進")]):
        docs[f"other{n}.txt"] = subsidy(f"あおば町{item}補助金交付要綱", item, purpose, "町内に住所を有する者",
                                        f"{(n + 1) * 70_000:,}", "令和5年4月1日")
    for name, text in docs.items():
        (root / name).write_text(text, "utf-8")
    index = KnowledgeIndex(tmp_path / "knowledge.sqlite3")
    assert index.update([root]).indexed == len(docs)
    yield index
    index.close()


TODAY = dt.date(2025, 6, 1)


def first(index: KnowledgeIndex, query: str, today: dt.date = TODAY):
    hit = index.search(query, 5, today=today)[0]
    return Path(hit.path).name, hit.location


def test_the_kind_of_answer_asked_for():
    amount = answer_types("浄化槽の補助はいくらまで出る？")
    assert answers("補助金の額は、…600,000円を限度とする。", amount)
    assert not answers("この要綱は、合併処理浄化槽の設置に要する経費の一部を補助する", amount)
    who = answer_types("補助を受けられるのはどんな人")
    assert answers("補助金の交付を受けることができる者は、次の各号に該当する者とする。", who)
    deadline = answer_types("申請の締切はいつ")
    assert answers("工事に着手する日の30日前までに申請しなければならない。", deadline)
    assert answer_types("生垣の補助の目的") == ()  # no kind of answer: nothing preferred
    assert not answers("600,000円を限度とする", ())


def rank_of(index: KnowledgeIndex, query: str, name: str, location: str) -> int:
    hits = index.search(query, 10, today=TODAY)
    return next(n for n, h in enumerate(hits, 1) if Path(h.path).name == name and h.location == location)


def test_within_the_right_rule_the_article_that_answers_is_lifted(ix, monkeypatch):
    # The purpose article restates the question's subject; the amount article answers it.
    query = "浄化槽の補助はいくらまで"
    assert first(ix, query) == ("浄化槽.txt", "第4条（補助金の額）")
    # With the subject phrase repeated word for word, the expense article (「合併処理浄化槽の
    # 本体及び設置工事費」) still edges ahead; the amount article is lifted above the purpose one.
    phrase = "合併処理浄化槽の設置の補助はいくらまで"
    with_types = rank_of(ix, phrase, "浄化槽.txt", "第4条（補助金の額）")
    assert with_types <= 2
    monkeypatch.setattr(index_module, "ANSWER_FACTOR", 1.0)
    assert rank_of(ix, phrase, "浄化槽.txt", "第4条（補助金の額）") > with_types
    assert rank_of(ix, query, "浄化槽.txt", "第4条（補助金の額）") > 1


def test_a_subject_named_only_in_the_purpose_article_lifts_the_rules_amount(ix):
    # 「ブロック塀の倒壊防止」 is in the 生垣 rule's purpose article only; its amount article
    # does not name it and reads like every other rule's amount article.
    hits = ix.search("ブロック塀の倒壊防止のための補助の限度額", 5, today=TODAY)
    amounts = [Path(h.path).name for h in hits if "円を限度" in h.text]
    assert amounts[0] == "生垣_R6.txt", [(Path(h.path).name, h.location) for h in hits]


def test_the_version_in_force_the_old_one_or_the_one_of_a_year(ix):
    assert first(ix, "生垣の補助の上限額") == ("生垣_R6.txt", "第4条（補助金の額）")
    # a version announced for later waits like an old one
    hits = [h for h in ix.search("生垣の補助の上限額", 30, today=TODAY) if "円を限度" in h.text]
    by_file = {Path(h.path).name: h.score for h in hits}
    assert by_file["生垣_R9.txt"] < by_file["生垣_R6.txt"] and by_file["生垣_R3.txt"] < by_file["生垣_R6.txt"]
    assert first(ix, "改正前の生垣の補助の上限額")[0] == "生垣_R3.txt"
    assert first(ix, "旧要綱での生垣の補助の上限額")[0] == "生垣_R3.txt"
    assert first(ix, "令和4年度の生垣の補助の上限額")[0] == "生垣_R3.txt"
    assert first(ix, "R6年度の生垣の補助の上限額")[0] == "生垣_R6.txt"
    # after the announced version comes into force, it is the rule
    assert first(ix, "生垣の補助の上限額", today=dt.date(2027, 5, 1))[0] == "生垣_R9.txt"


def test_which_version_a_question_is_about():
    assert version_wanted("改正前の補助の上限").old
    assert version_wanted("旧要綱の限度額").old
    assert not version_wanted("災害復旧の補助の上限").old
    assert not version_wanted("旧姓で申請できますか").old
    assert version_wanted("令和4年度の補助の上限").at == dt.date(2022, 4, 1)
    assert version_wanted("令和元年度当時の限度額").at == dt.date(2019, 4, 1)
    assert version_wanted("2023年度の限度額").at == dt.date(2023, 4, 1)
    # a date that is a condition of the rule, not the version asked about
    cond = version_wanted("昭和56年5月31日以前に着工した家も対象ですか")
    assert cond.at is None and not cond.old
    assert version_wanted("築40年の家の耐震改修").at is None


def test_everyday_words_for_the_rules_terms(ix):
    assert "蓄電池" in expand("家のバッテリーに補助は出る？")
    assert "蓄電池" in expand("ﾊﾞｯﾃﾘｰ") and "蓄電池" in expand("ばってりー")
    assert "防犯カメラ" in expand("町内会で付ける監視カメラ")
    assert "外部記録媒体" in expand("ＵＳＢを使っていいか")
    # a two-character word is matched as typed: しか is not シカ, ただし not タダ
    assert not {"有害鳥獣", "無料"} & set(expand("2日しか休めない、ただし午後は"))
    assert first(ix, "家のバッテリーの補助はいくらまで")[0] == "蓄電池.txt"
    assert first(ix, "監視カメラを付ける補助の条件")[0] == "防犯カメラ.txt"
