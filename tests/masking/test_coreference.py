"""One person named in full, then by surname or given name alone: every mention is masked, and
all of them get the full name's placeholder (own sentences, not from any corpus)."""

from __future__ import annotations

import re

import pytest

from desktop.core.masking import MaskSession, PiiMasker


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m


CASE_RECORD = """\
生活相談記録（令和6年6月3日）
相談者：千葉健一（昭和31年生）
千葉は昨年まで市内の工場に勤務していた。健一は独身で、兄の千葉 修とは疎遠。
同行した民生委員の百目鬼 和代さんによると、千葉は最近食事をとっていないとのこと。
百目鬼さんが週一回訪問する。千葉県の親族とは連絡がとれない。
"""


def test_case_record_masks_every_mention_and_knows_whose_it_is(masker):
    result = masker.mask(CASE_RECORD)
    masked = result.masked_text
    names = result.session.placeholders()
    # no part of any name survives (千葉県 is a place and stays)
    for part in ("健一", "百目鬼", "和代"):
        assert part not in masked, part
    assert masked.count("千葉") == 1 and "千葉県" in masked
    # every mention is masked; the session knows whose short forms they are where only one
    # person has that name part (健一, 百目鬼), and the brother is another person
    session = result.session
    full = next(ph for ph, value in names.items() if value == "千葉健一")
    kazuyo = next(ph for ph, value in names.items() if value == "百目鬼 和代")
    assert "千葉 修" in names.values()
    assert session.related_placeholder("健一") == full
    assert session.related_placeholder("百目鬼") == kazuyo
    assert session.related_placeholder("千葉") is None  # 千葉健一 and 千葉 修
    # restoring writes exactly what the record said
    assert session.unmask(masked) == CASE_RECORD


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # katakana: a foreign resident named in full, then by one part
        ("通訳のマリア・ロドリゲスさんが同席した。ロドリゲスは来月帰国する。", "ロドリゲス"),
        (
            "相談者ヌルスルタン・アビルカシモフ氏が来庁。アビルカシモフは日本語を話す。",
            "アビルカシモフ",
        ),
        # a rare surname the analyser does not know, found with its given name once
        ("百目鬼太一さんの件で面談。百目鬼は現在入院中。", "百目鬼"),
        # a kanji given name alone later on
        ("申請者：小松原 里香\n里香は母子家庭で、市営住宅を希望。", "里香"),
        # an article that names its subject in full and then by surname
        ("栗花落誠一は、日本の陶芸家。栗花落は益子で窯を開いた。", "栗花落"),
    ],
)
def test_short_form_after_full_name(masker, text, short):
    result = masker.mask(text)
    assert short not in result.masked_text
    # The short form has a placeholder of its own (restoring exactly what was written comes
    # first) and the session knows whose it is.
    by_original = {v: k for k, v in result.session.placeholders().items()}
    full = next(o for o in by_original if o != short and short in o)
    assert result.session.related_placeholder(short) == by_original[full]
    assert result.session.unmask(result.masked_text) == text


def test_a_wrongly_cut_name_never_changes_a_later_name_when_restored(masker):
    """Found by hypothesis: 山田太郎様鈴木 cut as one name must not turn a later 山田太郎 into
    山田太郎様鈴木 on the way back."""
    text = "山田太郎様鈴木さん山田太郎様"
    result = masker.mask(text)
    assert "山田" not in result.masked_text and "鈴木" not in result.masked_text
    assert result.session.unmask(result.masked_text) == text


@pytest.mark.parametrize(
    "text",
    [
        # the surname of a person inside a place, a firm or a longer word is not that person
        "申請者：千葉健一\n勤務先は千葉工業、住所は千葉市。",
        "申請者：石川真一\n口を真一文字に結んでいた。",
    ],
)
def test_short_form_not_masked_inside_other_words(masker, text):
    masked = masker.mask(text).masked_text
    assert re.search(r"千葉工業|千葉市|真一文字", masked), masked


def test_ambiguous_short_form_gets_its_own_placeholder():
    session = MaskSession()
    taro = session.placeholder_for("PERSON", "山田太郎")
    hanako = session.placeholder_for("PERSON", "山田花子")
    yamada = session.placeholder_for("PERSON", "山田")
    assert yamada not in (taro, hanako)
    assert session.related_placeholder("山田") is None  # two people have that surname
    assert session.related_placeholder("花子") == hanako
    assert session.unmask(yamada) == "山田"


def test_short_form_refers_to_full_name_across_turns():
    session = MaskSession()
    full = session.placeholder_for("PERSON", "ジョン・スミス")
    assert session.related_placeholder("スミス") == full
    english = session.placeholder_for("PERSON", "John Smith")
    assert english != full and session.related_placeholder("Smith") == english
    # a middle piece of an unspaced name is no part of it
    assert session.related_placeholder("スミ") is None


def test_preview_numbers_like_the_masker(masker):
    """The preview numbers placeholders through the same session rule as mask()."""
    text = "来庁者：山田太郎さん\n山田さんは転居予定。"
    ents = masker.find(text)
    session = MaskSession()
    preview = "".join(
        [text[: ents[0].start]]
        + [
            session.placeholder_for(e.type, text[e.start : e.end])
            + text[e.end : (ents[i + 1].start if i + 1 < len(ents) else len(text))]
            for i, e in enumerate(ents)
        ]
    )
    assert preview == masker.mask(text).masked_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a sentence that says who someone is
        ("鳴海沙耶は、日本の児童文学作家。", "鳴海沙耶"),
        ("オルガ・ベレジナは、ウクライナ出身の翻訳家である。", "オルガ・ベレジナ"),
        # a sovereign's or leader's title after a name (and part of it: both labelled sets
        # count 持統天皇, 崇禎帝 as the name)
        ("展示品は桓武天皇の時代のものとされる。", "桓武天皇"),
    ],
)
def test_definition_and_titles(masker, text, name):
    assert name in {e.text for e in masker.find(text) if e.type == "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "北星文具は、日本の文房具メーカー。",
        "ひまわり園は、市内の社会福祉法人である。",
        "清流会館は、市の公民館である。",
    ],
)
def test_definition_of_a_thing_is_no_person(masker, text):
    assert not [e for e in masker.find(text) if e.type == "PERSON"]
