"""Foreign names in katakana the analyser does not tag, full names it cuts short, and names by
position (a role before, a post after, a section before の). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker
from desktop.core.masking.foreign import find_katakana_names
from desktop.core.masking.foreign_lexicon import (
    NAME_SCORE,
    WORD_SCORE,
    foreign_names,
)


@pytest.fixture(scope="module")
def masker() -> PiiMasker:
    return PiiMasker(parallel=False)


def _persons(masker: PiiMasker, text: str) -> list[str]:
    return [e.text for e in masker.find(text) if e.type == "PERSON"]


def test_lexicon_scores_listed_names_loanwords_and_unlisted_names():
    names = foreign_names()
    assert names.score("ゴンサレス") == NAME_SCORE  # a listed surname
    assert names.score("ホテル") == WORD_SCORE  # a loanword
    assert names.score("プリンター") == WORD_SCORE
    # neither list holds it: the character model decides, and a name looks like one
    assert "アビルカシモフ" not in names.names and "アビルカシモフ" not in names.words
    assert names.model_score("アビルカシモフ") > names.model_score("インフォメーション")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a ・ run of words the analyser does not know, no honorific: the name list and the
        # character model decide
        ("申請者はアイグリム・ヌルラノヴナで、在留カードを確認した。", "アイグリム・ヌルラノヴナ"),
        ("ラフマトゥラ・ユスポフが転入届を出した。", "ラフマトゥラ・ユスポフ"),
        ("申請者はマリア・フェルナンダ・ロドリゲスで、在留カードを確認した。",
         "マリア・フェルナンダ・ロドリゲス"),
        # a role right before the name
        ("国際交流員ハミド・ラフマーニーが通訳した。", "ハミド・ラフマーニー"),
        ("相談者ダニヤル・アビルカシモフは来月転出予定。", "ダニヤル・アビルカシモフ"),
        ("転入者オクサーナ・メリニチュクは", "オクサーナ・メリニチュク"),
        # a post or an honorific right after it
        ("クリストフ・ヴァイセンボルン議員と面会した。", "クリストフ・ヴァイセンボルン"),
        ("オレクサンドル・コヴァレンコ氏の在留期限を確認した。", "オレクサンドル・コヴァレンコ"),
        # a listed name alone before a particle
        ("ウィルキンソンが窓口で住民票を請求した。", "ウィルキンソン"),
    ],
)
def test_foreign_names_in_katakana_are_masked(masker, text, name):
    assert name in _persons(masker, text)
    assert name not in masker.mask(text).masked_text


@pytest.mark.parametrize(
    "text",
    [
        "ホテル・ニューオータニで会議を開いた。",  # a venue
        "データ・センターの移転とアクション・プランを説明した。",  # loanwords joined by ・
        "カスタマー・サポートに問い合わせた。",
        "ヒューレット・パッカード社のプリンターを購入した。",  # a company (社 after)
        "ワーナー・ブラザースの映画を上映した。",  # an organisation word at the end
        "株式会社ロドリゲス・トレーディングと契約した。",
        "マーカーとホワイトボードを用意した。",  # loanwords alone before a particle
        "ジョン・スミス大使館に書類を送った。",  # a building named after a post
        "FCバルセロナの試合を観戦した。",  # a club: Latin letters glued before it
    ],
)
def test_katakana_words_that_are_not_people_stay(masker, text):
    assert _persons(masker, text) == []


def test_the_katakana_finder_alone_skips_loanwords_without_context():
    text = "プリンターのトナーとインクカートリッジ、ホッチキスを発注した。"
    assert list(find_katakana_names(text, foreign_names())) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the analyser cuts a given name short (川島龍|児): the kanji glued to it belongs
        ("川島龍児によると、申請は受理された。", "川島龍児"),
        # a full name glued to a post
        ("柏木昌雄警部が事情を聴いた。", "柏木昌雄"),
        # a section of an office before の and a surname
        ("保険年金課の鶴ヶ谷です。先日はありがとうございました。", "鶴ヶ谷"),
        # a word set apart between a section and a post, however ordinary it looks
        ("報告者：介護保険課 九十九 主査", "九十九"),
        ("報告者：税務課 薬袋 主事", "薬袋"),
        # after an occupation and の
        ("担当編集者の壁谷耕三に原稿を渡した。", "壁谷耕三"),
        # before a rank or the head of an institution
        ("大森館長の挨拶で始まった。", "大森"),
        ("磯貝警部補が現場に到着した。", "磯貝"),
    ],
)
def test_names_found_by_position(masker, text, name):
    assert name in _persons(masker, text)


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("児玉飛行場の跡地を調査した。", "児玉飛行場"),  # a facility, not 児玉 + a given name
        ("新董事長に就任した。", "董事長"),  # a post, not a surname and a given name
        ("李承晩政権期の資料を整理した。", "李承晩政権期"),
        ("福祉課の窓口で相談した。", "窓口"),
    ],
)
def test_posts_periods_and_facilities_are_not_given_names(masker, text, not_name):
    assert not_name not in _persons(masker, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # initials before a katakana name belong to it
        ("通訳はM.ロドリゲスが担当した。", "M.ロドリゲス"),
        ("窓口でJ・R・ウィルキンソンと面談した。", "J・R・ウィルキンソン"),
        # a name in a list of names, though the analyser reads its first kanji as a word
        ("表彰者は中川剛、嫁阪美咲、平尾壮介の3名。", "嫁阪美咲"),
    ],
)
def test_initials_and_names_in_a_list(masker, text, name):
    assert name in _persons(masker, text)


def test_acronyms_are_no_initials_and_posts_stay_out_of_listed_names(masker):
    assert "NHK・ジョン" not in "".join(_persons(masker, "NHK・ジョンの番組を見た。"))
    found = _persons(masker, "出席者：町田修委員、岸本信介委員")
    assert "町田修" in found and "岸本信介" in found
    assert not any(name.endswith("委員") for name in found)


def test_a_district_glued_to_its_municipality_is_no_name(masker):
    assert _persons(masker, "岐阜県中津川市坂下町後田にある集会所") == []
    assert _persons(masker, "青葉台市すみれガ丘3丁目の公園") == []
    assert "山田太郎" in _persons(masker, "町田市山田太郎様")  # an honorific after it: a person
