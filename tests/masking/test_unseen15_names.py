"""Names unseen15 showed, on text of our own: a town's name joined by ケ/ヶ/ノ is no surname after
its joint (桜ケ|原市役所), and a section's name between a surname and its post belongs to the post
(○門福祉課長, 小林福祉課長, 足立民生委員)."""

from __future__ import annotations

from tests.masking.cases import found


def test_town_joined_by_ke_is_no_surname_after_the_joint(masker):
    text = (
        "令和6年度 第1回 霞ケ原市子ども・子育て会議 会議録\n\n場所　霞ケ原市役所 3階\n"
        "3　出席委員（2名）\n　根本 和也 委員（学識経験者）\n\n霞ケ原市長寿介護課\n"
    )
    assert found(masker, text, "PERSON") == ["根本 和也"]


def test_town_joined_by_no_is_no_surname_after_the_joint(masker):
    assert found(masker, "会場：一ノ原町役場 2階 大会議室\n", "PERSON") == []


def test_surname_of_a_person_is_still_found_beside_the_town(masker):
    text = "出席者\n　原 浩司（自治会長）\n\n場所　霞ケ原市役所\n原さんから説明があった。\n"
    assert found(masker, text, "PERSON") == ["原 浩司", "原"]


def test_section_before_the_post_on_a_speakers_line(masker):
    text = (
        "5　事務局　福祉課長　門 由紀子\n\n7　議事\n○吉野委員　要因を伺いたい。\n"
        "○門福祉課長　単身世帯の増加と考えております。\n"
    )
    assert found(masker, text, "PERSON") == ["門 由紀子", "吉野", "門"]


def test_section_glued_after_a_surname_is_not_masked_elsewhere(masker):
    text = (
        "事務局　福祉課長　小林 結衣\n○小林福祉課長　ご説明します。\n"
        "出席者　足立 勇気（民生委員）\n足立民生委員から情報提供あり。\n"
    )
    got = found(masker, text, "PERSON")
    assert "福祉" not in got and "民生" not in got
    assert "小林福祉" not in got and "足立民生" not in got


def test_given_name_glued_to_a_post_stays_whole(masker):
    # 未来 is a word and a given name: the name is kept whole before the post
    assert found(masker, "出席者：山田未来委員、佐藤地域福祉係長\n", "PERSON")[0] == "山田未来"
