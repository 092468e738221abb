"""The patterns the blind corpus unseen9 showed outside tables (issue 13), on documents of our
own: a town or an organisation named partly in hiragana is no person (さくら市, あおば商工信用組合,
みなと野市役所), the house number's 号 is no surname, an office's footer (its address beside its
name, TEL on the next line, a number with extensions) is the office's."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m


def found(masker, text, kind):
    return [e.text for e in masker.find(text) if e.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "提出先：あおば商工信用組合",
        "さくらがわ農業協同組合の口座（普通 2884155）",
        "議案第55号 つつじ野市介護保険条例の一部を改正する条例について",
        "[LINE] ひばり野市子育て相談とのトーク履歴",
    ],
)
def test_a_name_in_hiragana_glued_to_an_organisation_is_no_person(masker, text):
    assert found(masker, text, "PERSON") == []


@pytest.mark.parametrize("text, name", [("さくら様から電話", "さくら"), ("担当：ひなた主事", "ひなた")])
def test_a_hiragana_name_with_an_honorific_or_a_post_still_is(masker, text, name):
    assert found(masker, text, "PERSON") == [name]


def test_the_offices_footer_is_the_offices(masker):
    text = (
        "本件の照会は下記へ。\n〒990-8540 つつじ野市本町一丁目1番1号　つつじ野市役所子育て支援課\n"
        "TEL 0238-22-1111\n"
    )
    assert found(masker, text, "ADDRESS") == []
    assert found(masker, text, "POSTAL_CODE") == []
    assert found(masker, text, "PHONE") == []
    assert found(masker, text, "PERSON") == []


def test_a_mobile_under_the_offices_address_stays_masked(masker):
    text = "〒990-8540 つつじ野市本町一丁目1番1号　つつじ野市役所\nTEL 090-1234-5678\n"
    assert found(masker, text, "PHONE") == ["090-1234-5678"]


def test_a_number_with_extensions_is_the_offices_exchange(masker):
    text = "問合せ先：納税推進室 電話 0238-22-1111 内線3920 E-mail furusato@city.tsutsujino.example.jp"
    assert found(masker, text, "PHONE") == []
    assert found(masker, text, "EMAIL") == []


def test_a_staff_members_number_with_an_extension_stays_masked(masker):
    text = "担当：平野（主任）\n電話：045-679-1092（内線2240）"
    assert found(masker, text, "PHONE") == ["045-679-1092"]


def test_the_label_after_a_name_is_no_part_of_it(masker):
    assert found(masker, "担当 山田 電話 0238-22-1111 内線3920", "PERSON") == ["山田"]


@pytest.mark.parametrize(
    "text, address, code",
    [
        (
            "My new address will be So 5 Ngo 12 Pho Hue, Hai Ba Trung, Ha Noi 100000, Viet Nam, and",
            "So 5 Ngo 12 Pho Hue, Hai Ba Trung, Ha Noi",
            "100000",
        ),
        (
            "前住所（本国）：Room 801, No. 9 Renmin Road, Xuanwu District, Nanjing, Jiangsu 210018（China）",
            "Room 801, No. 9 Renmin Road, Xuanwu District, Nanjing, Jiangsu",
            "210018",
        ),
        (
            "Address in home country: Rua Sete, 88, Casa 3, Maringa - PR, 87013-000 Brazil",
            "Rua Sete, 88, Casa 3, Maringa - PR",
            "87013-000",
        ),
        ("Address: Flat 4, 9 Oak Lane, York, YO1 7HH United Kingdom", "Flat 4, 9 Oak Lane, York", "YO1 7HH"),
    ],
)
def test_addresses_abroad_as_residents_write_them(masker, text, address, code):
    assert address in found(masker, text, "ADDRESS")
    assert code in found(masker, text, "POSTAL_CODE")


def test_a_building_with_a_number_before_a_japanese_block_in_english(masker):
    text = "記載は Room 12, Minami-machi Danchi 4, 2-8-1 Sakae-machi, Tsuruoka City とのこと。"
    assert found(masker, text, "ADDRESS") == [
        "Room 12, Minami-machi Danchi 4, 2-8-1 Sakae-machi, Tsuruoka City"
    ]


def test_a_passport_number_after_is(masker):
    assert found(masker, "My passport number is E62729620.", "PASSPORT") == ["E62729620"]


def test_a_number_with_a_country_code_is_a_phone_not_a_pension_number(masker):
    text = "Emergency contact: Yang Liu (friend), +44 7700 900708"
    assert found(masker, text, "PHONE") == ["+44 7700 900708"]
    assert found(masker, text, "PENSION_NUMBER") == []


@pytest.mark.parametrize(
    "text, name",
    [("学校側：篠原教頭（市立第二小学校）", "篠原"), ("担任の高橋教諭と面談", "高橋")],
)
def test_school_staff_posts_after_a_name(masker, text, name):
    assert found(masker, text, "PERSON") == [name]


APPLICATION = (
    "（フリガナ）ソウダン　ミワ\n"
    "請求者氏名 相談　美和　　　生年月日 昭和54年10月12日　性別 女\n"
    "加入している年金の種類 厚生年金　基礎年金番号 0930-871052　健康保険証の記号 5434 番号\n"
    "469 保険者番号 01130563\n"
    "請求者が監護している児童\n"
    "氏名 続柄 生年月日 同居・別居の別\n"
    "相談 剛也 長男 H24.1.8 同居\n"
    "相談 芽実 長女 令和3年9月2日 同居\n"
    "振込先金融機関 つつじ信用金庫 本店 普通 口座番号 8569882 口座名義（カナ）ソウダン ミワ\n"
)


def test_an_application_as_pypdf_gives_it(masker):
    names = found(masker, APPLICATION, "PERSON")
    assert {"ソウダン ミワ", "相談 美和", "相談 剛也", "相談 芽実"} <= {n.replace("\u3000", " ") for n in names}
    assert "続柄" not in names
    assert found(masker, APPLICATION, "BIRTH_DATE") == ["昭和54年10月12日", "H24.1.8", "令和3年9月2日"]
    assert found(masker, APPLICATION, "INSURANCE_NUMBER") == ["5434", "469"]


def test_a_date_after_a_relation_without_a_birth_date_header_is_no_birth_date(masker):
    assert found(masker, "手続き記録\n山田 花子 妻 2024/12/02 来庁", "BIRTH_DATE") == []


def test_a_yucho_symbol_and_number_with_a_comma_between(masker):
    text = "（旧口座はゆうちょの記号17100、番号80770491でした）"
    assert found(masker, text, "BANK_ACCOUNT") == ["17100", "80770491"]


def test_an_english_letters_footer_under_the_office_heading(masker):
    text = (
        "Sincerely,\nResident Services Division, Tsutsujino City Hall\n"
        "1-1-1 Honcho, Tsutsujino City, Yamagata 990-8540 (Tel +81-238-22-1111, "
        "info@city.tsutsujino.example.jp)\n"
    )
    for kind in ("ADDRESS", "POSTAL_CODE", "PHONE", "EMAIL"):
        assert found(masker, text, kind) == [], kind


@pytest.mark.parametrize(
    "text",
    [
        "469 保険者番号 01130563\n配偶者の氏名 須田　里依",
        "担当は島崎主事とのこと。",
        "日時,端末,操作者,クライアントIP,操作,対象者\n2025/06/12 11:25,PC-12,山田 太郎,10.0.0.1,照会,佐藤 花子",
        "[LINE] つつじ野市子育て相談とのトーク履歴",
    ],
)
def test_words_for_people_and_offices_are_no_names(masker, text):
    names = found(masker, text, "PERSON")
    assert not {"配偶者", "こと", "操作者", "対象者", "つつじ野市子育て相談"} & set(names)


def test_a_residents_names_in_katakana_and_in_capitals(masker):
    text = "同居人：レ　ティ　ホア（配偶者、LE THI HOA、旅券 P0125618）"
    assert found(masker, text, "PERSON") == ["レ\u3000ティ\u3000ホア", "LE THI HOA"]


def test_the_mayors_name_under_a_letter(masker):
    text = "明日　留莉　様\n\nつつじ野市長　春　季樹\n（公印省略）\n"
    assert "春\u3000季樹" in found(masker, text, "PERSON")


def test_an_english_heading_opened_by_a_greeting(masker):
    text = (
        "To whom it may concern, Health Insurance Division, Tsutsujino City Hall\n"
        "1-1-1 Honcho, Tsutsujino City, Yamagata 990-8540 (Tel +81-238-22-1111)\n"
    )
    assert found(masker, text, "ADDRESS") == [] and found(masker, text, "PHONE") == []


def test_an_offices_chat_account_in_a_column_of_names(masker):
    text = (
        "09:12\t松田 友彩\tおはようございます\n09:20\tつつじ野市子育て相談\tご相談ありがとうございます\n"
        "09:31\t松田 友彩\tよろしくお願いします\n09:40\tつつじ野市子育て相談\t承知しました\n"
    )
    assert set(found(masker, text, "PERSON")) == {"松田 友彩"}


def test_the_town_before_the_heads_post_is_no_name(masker):
    text = "小坂　晃大　様\n\nつつじ野市長　徳永　知佳\n北湊市長 山田太郎\n"
    names = found(masker, text, "PERSON")
    assert "北湊" not in names and "徳永\u3000知佳" in names and "山田太郎" in names


def test_a_name_before_the_post_alone_still_is(masker):
    assert found(masker, "山田市長は会見で述べた。", "PERSON") == ["山田"]


@pytest.mark.parametrize(
    "text, names",
    [
        ("　生年月日　　H02/11/11\n　住　　所　　〒703-2094", []),
        ("主治医　つつじ内科クリニック　小川叶暖 医師", ["小川叶暖"]),
        ("（担当：坂本、直通 0155-21-3335）", ["坂本"]),
    ],
)
def test_spaced_labels_clinics_and_line_words_are_no_names(masker, text, names):
    assert found(masker, text, "PERSON") == names


@pytest.mark.parametrize(
    "text", ["自宅前の市道（霧島方面へ向かう県道142号線との交差点付近）", "No\t氏名\t班\n1\t川島透\t2班\n"]
)
def test_a_direction_and_a_numbering_column_are_no_names(masker, text):
    assert not {"霧島", "No"} & set(found(masker, text, "PERSON"))


def test_the_next_fields_relation_is_no_part_of_a_name(masker):
    text = "配偶者の氏名 須田　里依　配偶者の個人番号 045170761972\n"
    assert found(masker, text, "PERSON") == ["須田\u3000里依"]
