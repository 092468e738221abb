"""Names found by what surrounds them (own sentences): a post, what only a person does or has,
a list with a name already found, a nationality; and words that only look like names there."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m


def persons(masker, text):
    return {e.text for e in masker.find(text) if e.type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname the analyser reads as a place or a word, before a post
        ("式典では鰐淵館長が挨拶した。", "鰐淵"),
        ("現場には等々力警部が到着した。", "等々力"),
        # a post after a ・ run whose words are also places or words
        ("会談にはビル・クリントン大統領も同席した。", "ビル・クリントン"),
        # what only a person does or has
        ("ハンニバル・バルカ率いる軍勢が峠を越えた。", "ハンニバル・バルカ"),
        ("調査は米窪本人の申し出で始まった。", "米窪"),
        ("面談はヴォロディーミル自らが希望した。", "ヴォロディーミル"),
        # a relative, a work or a death after の
        ("式には鷲尾の長男も参列した。", "鷲尾"),
        ("展示の中心はゴンチャロワの作品である。", "ゴンチャロワ"),
        # a nationality before a foreign name
        ("ベトナム人グエン・ヴァン・ナムが技能実習を終えた。", "グエン・ヴァン・ナム"),
        # a rarer surname before a known given name
        ("受付は河下水希が担当した。", "河下水希"),
        # a name alone in brackets after a post, a role or a relation
        ("出席：課長（五百旗頭）、係長（鰐淵）", "五百旗頭"),
        ("出席：課長（五百旗頭）、係長（鰐淵）", "鰐淵"),
        ("担当ケースワーカー（米窪）が同行した。", "米窪"),
        ("通訳（グエン・ティ・ラン）が同席した。", "グエン・ティ・ラン"),
        # a list with a name already found
        ("出席者は山田太郎と米窪晴臣の二名。", "米窪晴臣"),
    ],
)
def test_name_by_position(masker, text, name):
    assert name in persons(masker, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # one word of a longer ・ run is not the person of the same name
        (
            "創業者はトマス・ハーグリーヴス。ハーグリーヴス・モーターズは翌年倒産した。",
            "ハーグリーヴス",
        ),
        # 公演, 王国 after a ・ run are no titles
        ("ロンドン・パラディウム公演は満員だった。", "ロンドン・パラディウム"),
        # what a role's brackets hold besides a name
        ("課長（代理）が出席した。", "代理"),
        ("主事（会計年度任用職員）が記録した。", "会計年度任用職員"),
        ("ヘルパー（訪問介護）を週2回利用。", "訪問介護"),
        ("長男（同居）が対応した。", "同居"),
        # a company's or a place's name before a post-like word is left alone
        ("北星文具は、日本の文房具メーカー。", "北星文具"),
    ],
)
def test_not_a_person_there(masker, text, word):
    found = persons(masker, text)
    assert word not in found
    if word == "ハーグリーヴス":
        assert "トマス・ハーグリーヴス" in found
