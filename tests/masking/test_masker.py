"""PiiMasker behaviour on Japanese/English office text, sessions, streaming, settings."""

from __future__ import annotations

import pickle

import pytest

from desktop.core.errors import ConfigurationError
from desktop.core.masking import ENTITY_TYPES, SYSTEM_INSTRUCTION, Entity, MaskSession, PiiMasker
from desktop.core.settings import Settings


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker(dictionary=["極秘案件A"], allowlist=["山田町"])
    m.warm_up()
    return m


def types_of(masker, text):
    return {(e.type, e.text) for e in masker.find(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("カード番号は4111111111111111です", ("CREDIT_CARD", "4111111111111111")),
        ("連絡先はyamada@example.jpまで", ("EMAIL", "yamada@example.jp")),
        ("電話は０３－１２３４－５６７８へ", ("PHONE", "０３－１２３４－５６７８")),
        ("携帯 +81 90-1234-5678", ("PHONE", "+81 90-1234-5678")),
        ("〒160-0023 東京都", ("POSTAL_CODE", "160-0023")),  # the code, not its mark
        ("個人番号 123456789018 を確認", ("MY_NUMBER", "123456789018")),
        ("生年月日：S50.3.4", ("BIRTH_DATE", "S50.3.4")),
        ("昭和50年3月4日生まれ", ("BIRTH_DATE", "昭和50年3月4日")),
        ("振込先 普通 1234567", ("BANK_ACCOUNT", "1234567")),
        ("基礎年金番号 1234-567890", ("PENSION_NUMBER", "1234-567890")),
        ("被保険者番号 12345678", ("INSURANCE_NUMBER", "12345678")),
        ("運転免許証番号 123456789012", ("DRIVER_LICENSE", "123456789012")),
        ("旅券番号 TK1234567", ("PASSPORT", "TK1234567")),
        ("接続元 192.168.10.5 から", ("IP_ADDRESS", "192.168.10.5")),
        ("住所は東京都新宿区西新宿2-8-1です", ("ADDRESS", "東京都新宿区西新宿2-8-1")),
        ("札幌市中央区北1条西2丁目3番地に住む", ("ADDRESS", "札幌市中央区北1条西2丁目3番地")),
        (
            "1-2-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo",
            ("ADDRESS", "1-2-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo"),
        ),
        ("山田太郎様が来庁した", ("PERSON", "山田太郎")),
        ("小鳥遊さんから電話", ("PERSON", "小鳥遊")),
        ("担当：東雲 颯", ("PERSON", "東雲 颯")),
        ("Dear Mr. Smith,", ("PERSON", "Smith")),
        ("Taro Yamada attended.", ("PERSON", "Taro Yamada")),
        ("ヤマダ タロウ", ("PERSON", "ヤマダ タロウ")),
        ("極秘案件Aについて", ("CUSTOM", "極秘案件A")),
    ],
)
def test_detects(masker, text, expected):
    assert expected in types_of(masker, text)


@pytest.mark.parametrize(
    "text",
    [
        "法人番号 1234567890123 の事業者",
        "会議は令和6年5月10日に開催",
        "予算は1,234,000円です",
        "新宿区の窓口で相談",
        "議案第3号について",
        "株式会社山田工業に発注",
        "山田町の公民館",  # allow-listed
    ],
)
def test_not_personal(masker, text):
    assert masker.find(text) == []


def test_offsets_point_into_original_text(masker):
    text = "ｶｰﾄﾞ番号：４１１１　１１１１　１１１１　１１１１、山田 花子さん"
    for e in masker.find(text):
        assert text[e.start : e.end] == e.text
    assert any(e.type == "CREDIT_CARD" for e in masker.find(text))


def test_same_value_same_placeholder_across_calls(masker):
    session = MaskSession()
    a = masker.mask("山田太郎様の件", session=session)
    b = masker.mask("先日の山田太郎様の続き。鈴木一郎さんも同席", session=session)
    assert a.entities[0].placeholder == "〔氏名1〕"
    assert "〔氏名1〕" in b.masked_text and "〔氏名2〕" in b.masked_text
    assert session.counts_by_type() == {"PERSON": 2}
    assert "山田" not in repr(session)
    with pytest.raises(TypeError):
        pickle.dumps(session)


def test_mask_given_entities_applies_release_and_additions(masker):
    text = "山田太郎様 電話090-1234-5678 特記事項あり"
    found = masker.find(text)
    kept = [e for e in found if e.type != "PHONE"]
    start = text.index("特記事項")
    kept.append(Entity("CUSTOM", start, start + 4, "特記事項"))
    res = masker.mask(text, kept)
    assert "090-1234-5678" in res.masked_text
    assert "特記事項" not in res.masked_text and "〔秘匿語1〕" in res.masked_text
    assert res.session.unmask(res.masked_text) == text


@pytest.mark.parametrize(
    "variant", ["〔氏名1〕", "[氏名1]", "〔 氏名 1 〕", "［氏名１］", "【氏名1】"]
)
def test_unmask_tolerates_altered_brackets(masker, variant):
    res = masker.mask("山田太郎様")
    assert res.session.unmask(f"回答：{variant}様へ") == "回答：山田太郎様へ"


def test_unmask_leaves_unknown_and_bare_labels(masker):
    res = masker.mask("山田太郎様")
    assert res.session.unmask("氏名1欄と〔氏名9〕") == "氏名1欄と〔氏名9〕"


def test_stream_split_placeholder(masker):
    res = masker.mask("山田太郎様と鈴木一郎様")
    s = res.session.stream()
    out = (
        "".join(s.feed(c) for c in ["回答：〔", "氏", "名1", "〕さん、〔氏名", "2〕さん。"])
        + s.flush()
    )
    assert out == "回答：山田太郎さん、鈴木一郎さん。"


def test_constants():
    assert ENTITY_TYPES[0] == "PERSON" and "CUSTOM" in ENTITY_TYPES and len(ENTITY_TYPES) == 16
    assert "〔" in SYSTEM_INSTRUCTION


def test_from_settings_reads_term_files(tmp_path):
    d = tmp_path / "dict.txt"
    d.write_text("# 組織の辞書\n青葉プロジェクト\n", encoding="utf-8")
    a = tmp_path / "allow.txt"
    a.write_text("鈴木\n", encoding="utf-8")
    m = PiiMasker.from_settings(
        Settings(masking_dictionary_file=str(d), masking_allowlist_file=str(a))
    )
    found = {(e.type, e.text) for e in m.find("青葉プロジェクトは鈴木が担当")}
    assert ("CUSTOM", "青葉プロジェクト") in found
    assert not any(t == "PERSON" for t, _ in found)


def test_from_settings_missing_file_names_path(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(ConfigurationError) as info:
        PiiMasker.from_settings(Settings(masking_dictionary_file=str(missing)))
    assert str(missing) in info.value.user_message


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("出席者：\n・藤岡 叶望主事\n・九十九 紅寧部長\n", "藤岡 叶望"),
        ("出席者：課長 田原 倫史，小出有那課長", "田原 倫史"),
        ("出席者：課長 田原 倫史，小出有那課長", "小出有那"),
        ("担当：子育て支援課 谷川\n", "谷川"),
        ("来日中のチャン・ティ・ホア 様", "チャン・ティ・ホア"),
        ("参加: 吉原めぐみ, MATSUNAGA Sora, ベンダー", "吉原めぐみ"),
        ("Staff: Takeda (Welfare Division)", "Takeda"),
        ("My name is Rajesh Kumar and I moved to Osaka.", "Rajesh Kumar"),
        ("隣の岸本宅から毎晩大きな音がします。", "岸本"),
        ("さくらちゃんと芽未くんは元気に遊んだ。", "芽未"),
    ],
)
def test_names_in_office_contexts(masker, text, name):
    found = {e.text for e in masker.find(text) if e.type == "PERSON"}
    assert name in found, found


@pytest.mark.parametrize(
    "text",
    [
        "令和6年度 業務委託仕様書\n1. 委託先：福田歯科医院（法人番号 4996788077670）",
        "部長：北村地区の説明会は令和7年度に実施する。",
        "田村市長\n\n就学援助について（通知）",
        "担当：総務部長（内線 1771）",
        "河野法律事務所との契約額¥13,900は妥当か。",
        "田中工業株式会社、山田町、佐藤病院、鈴木内科クリニック、中村屋に確認した。",
        "ファームウェア v2.7.3.87 に更新。保険者番号 39013219（渋谷区）",
        "令和6年度 第2024-00123号 金額 ¥12,000 会議 5月13日 11:00",
    ],
)
def test_organisations_posts_and_amounts_are_not_personal(masker, text):
    found = [(e.type, e.text) for e in masker.find(text)]
    assert not [f for f in found if f[0] in ("PERSON", "INSURANCE_NUMBER", "IP_ADDRESS")], found
