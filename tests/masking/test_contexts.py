"""Failure patterns of a held-out evaluation, each tested by its general shape (own examples)."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m


def found(masker, text, kind="PERSON"):
    return {e.text for e in masker.find(text) if e.type == kind}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname alone after a kinship or role word
        ("姉の毛利からは連絡がない。", "毛利"),
        ("夫の三原が同席した。", "三原"),
        ("5年1組担任の茂木です。", "茂木"),
        ("担任の谷です。", "谷"),
        ("担当ケアマネジャーは訪問介護事業所みどりの川崎。", "川崎"),
        ("長男の小谷 利星は市内に勤務。", "小谷 利星"),
        # a post or a relation in brackets after the name
        ("市民課 百目鬼（課長）が説明した。", "百目鬼"),
        ("面接員：三原（部長）", "三原"),
        ("代理人 石田 こはる （長男の妻）", "石田 こはる"),
        # labels, also followed by a tab or a wide space, and an office before the name
        ("対応者：納税課 鰐部", "鰐部"),
        ("責任者：自治会長 三輪", "三輪"),
        ("申請代行者\t石田 こはる\t（長男の妻）", "石田 こはる"),
        ("請求者　高田 星弥　（弁護士）", "高田 星弥"),
        ("寄附者：Horiuchi, Reo", "Horiuchi, Reo"),
        # joined to a name already found
        ("松岡と村田で書類を届ける。", "村田"),
        # kana given names, variant and rare kanji, a title after the full name
        ("次女のしずき（6歳）が同席。", "しずき"),
        ("母親のみわさんが来庁。", "みわ"),
        ("﨑山 宗一郎", "﨑山 宗一郎"),
        ("髙橋 健一郎から電話", "髙橋 健一郎"),
        ("栗花落きみ子", "栗花落きみ子"),
        ("一ノ瀬 ひなた氏", "一ノ瀬 ひなた"),
        ("與志夫さんから電話。", "與志夫"),
        ("樋口聖典衆議院議員が出席した。", "樋口聖典"),
        ("西村正暘が出席した。", "西村正暘"),
        ("薬袋 つばさから電話があった。", "薬袋 つばさ"),
        ("中野ひかりです。", "中野ひかり"),
        # English: greetings, relations, brackets after a katakana name
        ("Dear Ramesh Kumar,", "Ramesh Kumar"),
        ("Hello Olga Petrova,", "Olga Petrova"),
        ("She came with her son, Ahmed Hassan, asking about school.", "Ahmed Hassan"),
        ("He came with a friend, Yuki, asking for help.", "Yuki"),
        ("ジョン・スミス 様（John Smith）", "John Smith"),
    ],
)
def test_names_in_roles_and_forms(masker, text, name):
    assert name in found(masker, text), found(masker, text)


@pytest.mark.parametrize(
    "text",
    [
        "佐藤整形外科クリニックを受診した。藤田観光に問い合わせた。",
        "田中委員会で審議した。田中工業に発注。加藤ストアーで購入。",
        "木村家ベーカリーのパン。豊田自動織機の工場。伊藤園の飲料。小林製薬から回答。",
        "中島公民館で開催。山田町役場に提出。松本市役所へ連絡。福岡空港から出発。",
        "斎藤電機の社員。堺営業所の担当。",
        "兄の会社から連絡。父の車が故障した。母の実家に帰省。長男の東京の大学。",
        "担任の先生です。担当の職員が説明した。長女の進学について相談。夫の収入は月20万円。",
        "Dear Sir or Madam,\nDear City Office,\nHi all,\nwith her son, who is 5.",
        "No\t氏名\t住所",
        "氏名\tNo",
        "氏名,住所",
    ],
)
def test_organisations_and_relations_without_a_name(masker, text):
    assert not found(masker, text), found(masker, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("（昭和35.1.26生）", "昭和35.1.26"),  # 生 says what it is; not the value
        ("生年月日：平成17.7.7", "平成17.7.7"),
        ("生年月日\t令和元.5.1", "令和元.5.1"),
    ],
)
def test_era_with_dotted_numbers(masker, text, value):
    assert value in found(masker, text, "BIRTH_DATE")


@pytest.mark.parametrize(
    "text",
    [
        "Please bring your bank book (みずほ銀行, account 3548496).",
        "(JAながの, account 3548496)",
        "Account number: 3548496",
        "a/c 3548496",
    ],
)
def test_english_bank_account(masker, text):
    assert "3548496" in found(masker, text, "BANK_ACCOUNT")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "つくば市新川3丁目24-11 メゾン・ド・ソレイユ104号室",
            "つくば市新川3丁目24-11 メゾン・ド・ソレイユ104号室",
        ),
        ("別府市別府17番地13 市営住宅3号棟103号室", "別府市別府17番地13 市営住宅3号棟103号室"),
    ],
)
def test_building_names_with_dots_and_blocks(masker, text, address):
    assert address in found(masker, text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "住所\t〒463－7832　秋田県横手市中央町8番2号",
        "| 住所 | 郵便番号 463-7832　秋田県横手市中央町8番2号 |",
        "〒463－7832　秋田県横手市中央町8番2号",
    ],
)
def test_postal_code_stays_its_own_finding(masker, text):
    ents = masker.find(text)
    postal = [e for e in ents if e.type == "POSTAL_CODE"]
    address = [e for e in ents if e.type == "ADDRESS"]
    assert postal and address, ents
    assert all("7832" not in e.text for e in address)
