"""A word the sentence calls a person's name (芸名, リングネーム, 幼名, 名義…) is a name whatever
its words are; words that name things as often (愛称, 通称) vouch for nothing (sentences of our
own)."""

from __future__ import annotations

import pytest

from tests.masking.cases import found


@pytest.mark.parametrize(
    "text, name",
    [
        ("移籍後は「タイガー・ストーム」のリングネームで活躍した。", "タイガー・ストーム"),
        ("デビュー時の芸名は「星乃うさぎ」であった。", "星乃うさぎ"),
        ("幼名は鶴丸。", "鶴丸"),
        ("脚本家として桂木象の名義で活動した。", "桂木象"),
    ],
)
def test_what_the_sentence_calls_a_persons_name_is_a_name(masker, text, name):
    assert name in found(masker, text, "PERSON")


def test_a_things_nickname_is_no_name(masker):
    assert not any("はやぶさ" in p for p in found(masker, "新型車両の愛称は「はやぶさ」に決まった。", "PERSON"))
    assert not any("赤レンガ" in p for p in found(masker, "通称「赤レンガ」として親しまれている。", "PERSON"))
    assert not any("ミドリ社" in p for p in found(masker, "雑誌はミドリ社の名義で創刊された。", "PERSON"))


def test_a_sovereigns_title_is_part_of_the_name_it_follows(masker):
    persons = found(masker, "壬申の年、吉野にいた大海人皇子は東国へ向かった。", "PERSON")
    assert "大海人皇子" in persons
    # only a name found is widened: a title alone is no name
    assert found(masker, "天皇は式典に出席した。", "PERSON") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("番組の最後に烏賀陽氏はこう述べた。", "烏賀陽"),
        ("荻葉香奈・神無月鏡司らが担当した。", "荻葉香奈"),
    ],
)
def test_a_name_the_analyser_cut_inside_is_masked_from_its_first_kanji(masker, text, name):
    assert name in found(masker, text, "PERSON")


@pytest.mark.parametrize(
    "text, name",
    [
        ("担当山田太郎が対応します。", "山田太郎"),
        ("妻花子と二人で来庁した。", "花子"),
        ("故山田太郎の遺志を継ぐ。", "山田太郎"),
        # a counter after its number ends the phrase before the name
        ("2010年山田太郎が就任した。", "山田太郎"),
    ],
)
def test_a_role_a_relation_or_a_prefix_glued_before_a_name_stays_outside_it(masker, text, name):
    assert name in found(masker, text, "PERSON")


def test_a_katakana_first_name_glued_to_a_name_is_part_of_it_not_a_role(masker):
    assert "テリー鈴木" in found(masker, "ゲストにテリー鈴木を迎えて開催した。", "PERSON")
    # an ordinary word glued before the name is a role or a team, left outside
    assert found(masker, "プロジェクトリーダー山田太郎が説明した。", "PERSON") == ["山田太郎"]
    assert found(masker, "マネージャー佐藤が対応した。", "PERSON") == ["佐藤"]


def test_a_time_word_before_a_name_stays_outside_it(masker):
    persons = found(masker, "その後足利尊氏が社領を寄進した。", "PERSON")
    assert any(p.startswith("足利") for p in persons)
    assert not any(p.startswith("後") for p in persons)
