"""Layouts of office sheets tried as a clerk pastes them: a two-row header (氏名 | | 連絡先 over
姓 | 名 | 電話 | メール), a desk before the name in a 対応者 cell, a name with its reading in
brackets in one cell. The labels are never names; the brackets are not masked."""

from __future__ import annotations

import pytest

from tests.masking.cases import found


def test_a_two_row_headers_group_labels_are_not_names(masker):
    text = (
        "氏名\t\t連絡先\t\n姓\t名\t電話\tメール\n"
        "真鍋\t葵\t090-3321-7780\taoi.m@example.jp\n"
        "桐生\t蓮\t080-6612-0943\tren.k@example.ne.jp\n"
    )
    names = found(masker, text, "PERSON")
    assert "連絡先" not in names
    assert {"真鍋", "葵", "桐生", "蓮"} <= set(names)


def test_a_desk_before_the_name_in_a_staff_cell_is_not_masked(masker):
    text = (
        "受付日\t相談者\t内容\t対応者\n"
        "2024/12/02\t真鍋 葵\t住民票の写しの請求\t窓口 桐生\n"
        "2024/12/03\t桐生 蓮\t転入届\t受付 真鍋\n"
    )
    names = found(masker, text, "PERSON")
    assert "窓口 桐生" not in names and "桐生" in names
    assert "受付 真鍋" not in names and "真鍋" in names


@pytest.mark.parametrize(
    "cell, name, reading",
    [
        ("真鍋 葵（ﾏﾅﾍﾞ ｱｵｲ）", "真鍋 葵", "ﾏﾅﾍﾞ ｱｵｲ"),
        ("桐生 蓮（きりゅう れん）", "桐生 蓮", "きりゅう れん"),
        ("李 明（Li Ming）", "李 明", "Li Ming"),
    ],
)
def test_a_name_and_its_reading_in_one_cell_are_two_names(masker, cell, name, reading):
    text = f"| 氏名 | 電話 |\n|---|---|\n| {cell} | 090-1111-2222 |\n"
    names = found(masker, text, "PERSON")
    assert name in names and reading in names
    masked = masker.mask(text).masked_text
    assert "（" in masked or "(" in masked  # the brackets stay, around the reading's placeholder


def test_a_japanese_address_in_english_over_two_lines_is_masked_line_by_line(masker):
    text = (
        "Ms. Ana Maria Lopez\n"
        "Apartment 203, Green Villa, 5-8-1 Minami 3-jo Nishi 10-chome\n"
        "Chuo-ku, Sapporo, Hokkaido 064-0803\n"
        "Japan\n"
    )
    assert found(masker, text, "ADDRESS") == [
        "Apartment 203, Green Villa, 5-8-1 Minami 3-jo Nishi 10-chome",
        "Chuo-ku, Sapporo, Hokkaido",
    ]
    assert found(masker, text, "POSTAL_CODE") == ["064-0803"]


def test_a_place_line_with_a_postal_code_under_a_sentence_is_no_block(masker):
    text = "Our meeting was held on 12-3 of the schedule.\nChuo-ku, Sapporo, Hokkaido 060-8611\n"
    assert not any("meeting" in a for a in found(masker, text, "ADDRESS"))


@pytest.mark.parametrize(
    "text, names",
    [
        ("王 小明（おう しょうめい）氏より電話あり。", ["王 小明", "おう しょうめい"]),
        ("陳美玲（ちん みれい）さんが来庁。", ["陳美玲", "ちん みれい"]),
    ],
)
def test_a_name_with_its_reading_then_an_honorific(masker, text, names):
    assert found(masker, text, "PERSON") == names


def test_an_office_with_its_reading_is_no_name(masker):
    assert found(masker, "保険年金課（ほけんねんきんか）様", "PERSON") == []


@pytest.mark.parametrize(
    "line, name",
    [
        ('From: "Watanabe, Kenji" <kenji.watanabe@mail.example.com>', "Watanabe, Kenji"),
        ('To: "Santos, Maria" <m.santos@example.org>', "Santos, Maria"),
        ('Cc: "桐生 蓮" <ren.k@example.ne.jp>', "桐生 蓮"),
    ],
)
def test_a_quoted_display_name_in_a_mail_header_is_a_name(masker, line, name):
    assert name in found(masker, line, "PERSON")


@pytest.mark.parametrize(
    "line",
    [
        'From: "保険年金課" <kokuho@city.kitaminato.example.lg.jp>',
        'From: "Kitaminato City Office" <info@city.kitaminato.example.lg.jp>',
    ],
)
def test_a_departments_display_name_is_not(masker, line):
    assert found(masker, line, "PERSON") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("送付先：札幌市北区北10条西3丁目2-1 コーポ北 102号 真鍋様方 グエン・ティ・ラン 様", "真鍋"),
        ("〒060-0001 札幌市中央区北1条西2丁目3 ハイツ北 201号室　佐々木方", "佐々木"),
    ],
)
def test_the_household_an_address_is_in_care_of_is_a_name(masker, text, name):
    assert name in found(masker, text, "PERSON")
    assert found(masker, text, "ADDRESS")  # the address itself stays whole


def test_directions_and_people_called_kata_are_no_household(masker):
    assert found(masker, "この方は北方の出身で、両方の手続きを行う方です。", "PERSON") == []


def test_a_surname_that_is_an_everyday_word_names_its_bearer_only_when_honoured(masker):
    text = (
        "申請者：相談　美和\n本日、相談の予約がありました。相談さんは明日来庁予定です。\n"
        "氏名　今日　健\n今日は晴れ。今日様には別途連絡します。"
    )
    names = [(e.text, e.start) for e in masker.find(text) if e.type == "PERSON"]
    texts = [t for t, _s in names]
    assert texts.count("相談") == 1 and text.index("相談さん") in [s for _t, s in names]
    assert texts.count("今日") == 1 and text.index("今日様") in [s for _t, s in names]


def test_an_ordinary_surname_is_still_masked_everywhere(masker):
    text = "山田 太郎さんが来庁。山田さんは明日も来る。山田の件は保留。"
    assert found(masker, text, "PERSON").count("山田") == 2


@pytest.mark.parametrize(
    "text, names",
    [
        ("Name: Ana Maria LOPEZ GARCIA, Nationality: Peru", ["Ana Maria LOPEZ GARCIA"]),
        ("Ms. Ana Maria LOPEZ GARCIA\nApartment 203", ["Ana Maria LOPEZ GARCIA"]),
        ("Name: Maria Santos, Date of birth: 1990/01/02", ["Maria Santos"]),
        ("確認日　2024/11/30　確認者 窓口 小野", ["小野"]),
    ],
)
def test_names_after_labels_end_where_the_next_field_begins(masker, text, names):
    assert found(masker, text, "PERSON") == names
