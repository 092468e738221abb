"""The patterns the blind corpus unseen8 showed (issue 13), on documents of our own: a Word table
pasted one cell a line whose first row is read against its own header (not a shorter stride),
a town written with okurigana that opens an address field, a US state before its ZIP code, the
CEP after a street-first address, a district column in a list of volunteers, the next field's
label after a list of names, and, not personal, a section's mailbox in brackets after its name
and the address the office calls its own."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m


def found(masker, text, kind=None):
    """The texts found as ``kind``; with no kind, (type, text) pairs."""
    ents = masker.find(text)
    if kind is None:
        return [(e.type, e.text.replace("\u3000", " ")) for e in ents]
    return [e.text.replace("\u3000", " ") for e in ents if e.type == kind]


# --- a Word table one cell a line --------------------------------------------------------------

STACKED = (
    "別表　転入届出者\n"
    "氏名\n住所\n電話番号\n個人番号\n"
    "川原　奈緒\n若松台3丁目4-12\n080-2231-5567\n4926 3174 8805\n"
    "辻本　大河\n札幌市南区川沿5条2丁目8番3号\n011-555-0192\n6150-2293-0041\n"
)


def test_the_first_rows_phone_is_a_phone_not_the_number_under_the_last_label(masker):
    phones = found(masker, STACKED, "PHONE")
    assert "080-2231-5567" in phones  # three lines under 個人番号, but the row is four long
    assert "011-555-0192" in phones
    assert ("MY_NUMBER", "080-2231-5567") not in found(masker, STACKED)


def test_the_first_rows_my_number_is_still_a_my_number(masker):
    numbers = found(masker, STACKED, "MY_NUMBER")
    assert "4926 3174 8805" in numbers and "6150-2293-0041" in numbers


# --- addresses ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, address",
    [
        ("住所：薫る坂2丁目13-38 エスポワール7階", "薫る坂2丁目13-38 エスポワール7階"),
        ("見返り坂3丁目5番1号\n", "見返り坂3丁目5番1号"),
        ("| 山田 花子 | 咲き野4丁目2-9 |", "咲き野4丁目2-9"),
    ],
)
def test_a_town_with_okurigana_opens_an_address_field(masker, text, address):
    assert address in found(masker, text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "生きる力3丁目",  # no house number: a heading, not a home
        "地図を見る2丁目の角",  # a verb before the block
    ],
)
def test_okurigana_before_a_block_without_a_field_start_is_no_address(masker, text):
    assert not any(a.startswith(("生きる", "見る")) for a in found(masker, text, "ADDRESS"))


def test_a_us_state_stays_in_the_address_and_the_zip_is_a_postal_code(masker):
    text = "Previous address: 88 Maple Avenue, Apt 3C, Eugene, OR 97401, USA"
    assert ("ADDRESS", "88 Maple Avenue, Apt 3C, Eugene, OR") in found(masker, text)
    assert ("POSTAL_CODE", "97401") in found(masker, text)


def test_a_uk_postcode_is_still_split_from_the_town(masker):
    text = "Address: 14 Birch Road, Leeds LS6 2AB, United Kingdom"
    assert ("ADDRESS", "14 Birch Road, Leeds") in found(masker, text)
    assert ("POSTAL_CODE", "LS6 2AB") in found(masker, text)


def test_the_cep_after_a_street_first_address_is_a_postal_code(masker):
    text = "（旧住所 Rua das Flores, 210, apto 5, Curitiba - PR, 80420-090, Brasil）の件"
    assert ("POSTAL_CODE", "80420-090") in found(masker, text)
    assert ("ADDRESS", "Rua das Flores, 210, apto 5, Curitiba - PR") in found(masker, text)


def test_a_line_with_a_house_number_cell_is_no_header_row(masker):
    # 前住所 reads as an address header; a cell that is a number alone says the line is data
    text = "前住所 Avenida Paulista, 1578, apto 91, Sao Paulo - SP"
    assert found(masker, text, "ADDRESS") == ["Avenida Paulista, 1578, apto 91, Sao Paulo - SP"]


# --- names ----------------------------------------------------------------------------------------


def test_a_district_column_holds_places_not_names(masker):
    text = (
        "| No | 氏名 | 担当地区 | 電話 |\n|---|---|---|---|\n"
        "| 1 | 堀江　千尋 | 南中山 | 090-4410-2281 |\n"
        "| 2 | 宇野　陽向 | 太郎須田 | 080-7714-0932 |\n"
    )
    names = found(masker, text, "PERSON")
    assert "堀江 千尋" in names and "宇野 陽向" in names
    assert "南中山" not in names and "太郎須田" not in names


def test_a_district_cell_with_a_house_number_is_still_masked(masker):
    text = "| 氏名 | 地区 |\n|---|---|\n| 堀江　千尋 | 南中山2丁目4番8号 |\n"
    assert "南中山2丁目4番8号" in found(masker, text, "ADDRESS")


@pytest.mark.parametrize(
    "after", ["生年月日 R4.6.1", "生年月日 令和四年六月一日", "住所 若松台3丁目"]
)
def test_the_next_fields_label_ends_a_list_of_names(masker, after):
    text = f"　対象児童：陽葵（7歳）、{after}"
    names = found(masker, text, "PERSON")
    assert names == ["陽葵"]


# --- the office's own contacts --------------------------------------------------------------------


def test_a_sections_mailbox_in_brackets_after_its_name_is_the_offices(masker):
    text = "問い合わせ先：保険年金課（kokuho@city.kitaminato.example.lg.jp）"
    assert found(masker, text, "EMAIL") == []


def test_a_persons_mailbox_in_the_same_place_is_masked(masker):
    text = "問い合わせ先：保険年金課（hanako.sato@city.kitaminato.example.lg.jp）"
    assert found(masker, text, "EMAIL") == ["hanako.sato@city.kitaminato.example.lg.jp"]


def test_the_address_the_office_calls_its_own_is_kept(masker):
    text = (
        "Please contact Aoi Nakamura (direct line +81-155-21-2043). "
        "Our address is 2-1-1 Chuo, Kitaminato City."
    )
    assert found(masker, text, "ADDRESS") == []
    assert "+81-155-21-2043" in found(masker, text, "PHONE")
    assert "Aoi Nakamura" in found(masker, text, "PERSON")


def test_a_residents_address_in_the_same_letter_is_masked(masker):
    text = (
        "Your address is 4-2-7 Chuo, Kitaminato City. Our address is 2-1-1 Chuo, Kitaminato City."
    )
    assert found(masker, text, "ADDRESS") == ["4-2-7 Chuo, Kitaminato City"]


# --- identity documents of foreign residents ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本人確認：在留カード番号 AB12345678CD（有効期限 2027年5月1日）",
        "特別永住者証明書 XY87654321ZA を確認した。",
        "Residence card: QR24681357ST",
    ],
)
def test_a_residence_card_number_is_masked_as_one(masker, text):
    cards = found(masker, text, "RESIDENCE_CARD")
    assert len(cards) == 1 and len(cards[0]) == 12


def test_codes_of_other_shapes_are_no_residence_card(masker):
    text = "型番 AB1234567CD、製造番号 ABC12345678DE、文書番号 AB12345678"
    assert found(masker, text, "RESIDENCE_CARD") == []


@pytest.mark.parametrize(
    "text",
    [
        "確認書類：運転経歴証明書（番号 620312345678）",
        "運転経歴証明書番号 620312345678",
        "| 氏名 | 運転経歴証明書番号 |\n|---|---|\n| 真鍋 葵 | 620312345678 |\n",
        "本人確認\t運転経歴証明書\t620312345678\t2024/11/30\n本人確認\t旅券\tTZ9876543\t2024/11/30\n",
    ],
)
def test_a_driving_record_certificate_carries_the_licence_number(masker, text):
    assert found(masker, text, "DRIVER_LICENSE") == ["620312345678"]


def test_a_yucho_symbol_and_number_named_apart_are_two_numbers(masker):
    text = "新しい口座は、ゆうちょ銀行 記号12340 番号87654321 です。"
    assert found(masker, text, "BANK_ACCOUNT") == ["12340", "87654321"]


def test_a_yucho_number_written_as_one_stays_one(masker):
    text = "振込先　ゆうちょ銀行　記号番号 15700-52051401"
    assert found(masker, text, "BANK_ACCOUNT") == ["15700-52051401"]


@pytest.mark.parametrize(
    "text, date",
    [
        ("生年月日：昭和50年（1975年）3月12日", "昭和50年（1975年）3月12日"),
        ("生年月日：1975年（昭和50年）3月12日", "1975年（昭和50年）3月12日"),
    ],
)
def test_a_birth_date_with_the_other_calendars_year_in_brackets(masker, text, date):
    assert found(masker, text, "BIRTH_DATE") == [date]


def test_a_date_that_is_no_birth_date_stays(masker):
    assert found(masker, "申請日 令和6年（2024年）12月2日", "BIRTH_DATE") == []


@pytest.mark.parametrize(
    "opening",
    [
        "My name is Le Thi Mai. I moved here in April with my family. ",
        "Hello, I live with my husband and two children. ",
    ],
)
def test_a_residents_own_our_address_is_masked(masker, opening):
    # "Our address is …" is the office's in its letters, the household's when the writer speaks
    # as a private person on that line.
    text = opening + "Our address is Green Court 204, 3-5-8 Higashi, Kitaminato-shi, Hokkaido 090-0021."
    assert found(masker, text, "ADDRESS") == ["Green Court 204, 3-5-8 Higashi, Kitaminato-shi, Hokkaido"]
    assert found(masker, text, "POSTAL_CODE") == ["090-0021"]
