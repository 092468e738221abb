"""Numbers, dates and addresses found by their grammar, on documents written for these tests
(none of the values, labels or layouts comes from a labelled corpus):

- a headerless transfer list's account column, typed by the columns beside it (a bank, its
  branch, 普通/当座 or their code);
- eight-digit dates (YYYYMMDD) under a birth-date header or after a birth-date label; English
  labels in capitals;
- 証番号, an ambiguous header, typed by the shape of its values;
- a cell holding a label and its value (氏名：… 個人番号：…) is no key of a key | value row;
- phone numbers written with the area code in brackets; IPv6 after its label;
- addresses: a hiragana town inside its 郡, a building and room number without 号室, a room and
  a building before an English-order address, a street with its number, the town and the code;
- a numbered document (市第4033号) is no address;
- the value only: 〒, 生/生まれ, 第…号, 記号/番号 and a country are not part of it.
"""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker() -> PiiMasker:
    return PiiMasker(parallel=False)


def _typed(masker: PiiMasker, text: str) -> dict[str, str]:
    return {e.text: e.type for e in masker.find(text)}


# -- headerless transfer lists --------------------------------------------------------------


def test_headerless_transfer_list_types_the_account_column_by_its_neighbours(masker):
    text = (
        "A-301\t北斗労働金庫\t中央支店\t普通\t0071234\t12,000\n"
        "A-302\tみなみ信用組合\t駅前出張所\t当座\t3309876\t8,500\n"
        "A-303\t北斗労働金庫\t本店営業部\t普通\t5551230\t12,000\n"
        "A-304\tひがし銀行\t東町支店\t普通\t6120045\t4,000\n"
    )
    found = _typed(masker, text)
    for account in ("0071234", "3309876", "5551230", "6120045"):
        assert found.get(account) == "BANK_ACCOUNT", found
    assert "12,000" not in found and "A-301" not in found


def test_account_kind_code_beside_the_bank_is_enough(masker):
    text = (
        "7,とかち銀行,2,1234567,3000\n"
        "8,とかち銀行,1,2345678,3000\n"
        "9,おびひろ信用金庫,1,3456789,1500\n"
    )
    found = _typed(masker, text)
    assert [found.get(a) for a in ("1234567", "2345678", "3456789")] == ["BANK_ACCOUNT"] * 3


def test_seven_digit_column_without_a_bank_is_no_account(masker):
    text = (
        "1001,配布済,2024/04/01,1234567\n"
        "1002,未配布,2024/04/02,2345678\n"
        "1003,配布済,2024/04/03,3456789\n"
    )
    assert "BANK_ACCOUNT" not in _typed(masker, text).values()


# -- eight-digit birth dates and English labels ---------------------------------------------


def test_eight_digit_dates_under_a_birth_date_header(masker):
    text = (
        "受付日\t生年月日\t氏名\n"
        "20240401\t19581123\t北山 信吾\n"
        "20240402\t20030229\t南野 沙羅\n"
        "20240403\t19991301\t東 恵\n"
    )
    found = _typed(masker, text)
    assert found.get("19581123") == "BIRTH_DATE"
    assert found.get("20030229") == "BIRTH_DATE"  # the shape, not the calendar, decides
    assert "19991301" not in found  # month 13: not a date
    assert "20240401" not in found  # a receipt date under its own header


def test_eight_digit_dates_long_past_in_a_headerless_list_of_people(masker):
    text = (
        "K-01,ミナミ タロウ,19560314,090-1234-5678,20240401\n"
        "K-02,キタ ハナコ,19610722,090-2234-5678,20240402\n"
        "K-03,ニシ ジロウ,19480105,080-3234-5678,20240403\n"
    )
    found = _typed(masker, text)
    assert [found.get(d) for d in ("19560314", "19610722", "19480105")] == ["BIRTH_DATE"] * 3
    assert "20240401" not in found  # this year's dates: a receipt, not a birth


def test_eight_digit_date_after_a_birth_label_in_prose(masker):
    found = _typed(masker, "本人確認のため、生年月日：19850930 を控えた。受付 20250107。")
    assert found.get("19850930") == "BIRTH_DATE"
    assert "20250107" not in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("BIRTH DATE: 1990-11-02\nNATIONALITY: CANADA", "1990-11-02"),
        ("DATE OF BIRTH 14 March 1979", "14 March 1979"),
        ("Applicant BORN 1966/02/08 in Osaka", "1966/02/08"),
        ("Date of birth (MM/DD/YYYY): 07/30/1983", "07/30/1983"),
        ("生年月日（西暦）：1979年4月2日", "1979年4月2日"),
    ],
)
def test_birth_labels_in_capitals(masker, text, value):
    assert _typed(masker, text).get(value) == "BIRTH_DATE"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("INSURED PERSON'S NO. 3344-5566", "3344-5566"),
        ("The insured person's number is 70112233.", "70112233"),
    ],
)
def test_insured_persons_number_in_english(masker, text, value):
    assert _typed(masker, text).get(value) == "INSURANCE_NUMBER"


# -- 証番号 typed by its values ----------------------------------------------------------------


def test_certificate_number_column_of_twelve_digits_is_a_licence(masker):
    text = (
        "| 氏名 | 証番号 | 返納日 |\n"
        "|---|---|---|\n"
        "| 西田 航平 | 302199887766 | 令和6年3月1日 |\n"
        "| 東条 美咲 | 第451200334455号 | 令和6年3月8日 |\n"
    )
    found = _typed(masker, text)
    assert found.get("302199887766") == "DRIVER_LICENSE"
    assert found.get("第451200334455号") == "DRIVER_LICENSE" or (
        found.get("451200334455") == "DRIVER_LICENSE"
    )


def test_certificate_number_column_of_eight_digits_is_an_insurance_number(masker):
    text = "氏名,証番号,区分\n西田 航平,01234567,一般\n東条 美咲,07654321,一般\n"
    found = _typed(masker, text)
    assert found.get("01234567") == "INSURANCE_NUMBER"
    assert found.get("07654321") == "INSURANCE_NUMBER"


def test_a_cell_with_its_own_label_and_value_is_not_a_key(masker):
    found = _typed(masker, "氏名：田村 和也　　個人番号：123456789018\n")
    assert found.get("123456789018") == "MY_NUMBER", found
    assert not any("個人番号" in value for value in found)


# -- phones and IPv6 --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("実家（母）(0197)650-2231 に連絡", "(0197)650-2231"),
        ("自宅 0126(234)5678", "0126(234)5678"),
        ("連絡先（075(812)3456）まで", "075(812)3456"),
    ],
)
def test_phone_with_the_area_code_in_brackets(masker, text, phone):
    found = _typed(masker, text)
    assert found.get(phone) == "PHONE", found
    assert "POSTAL_CODE" not in found.values()


@pytest.mark.parametrize(
    ("text", "address"),
    [("IPv6:fd00:12::5 を割当", "fd00:12::5"), ("ipv6：2001:db8:1::9", "2001:db8:1::9")],
)
def test_ipv6_after_its_label(masker, text, address):
    assert _typed(masker, text) == {address: "IP_ADDRESS"}


# -- addresses --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("送付先 西村山郡あさひ町中央3丁目2番5号 コーポ若葉102号室 宛",
         "西村山郡あさひ町中央3丁目2番5号 コーポ若葉102号室"),
        ("現場は帯広市西5条南12丁目4番地7 ベルフォート203 の前です。",
         "帯広市西5条南12丁目4番地7 ベルフォート203"),
        ("Mail to: Apt 5B, Maple House, 2-8-14 Higashi, Shibuya-ku, Tokyo",
         "Apt 5B, Maple House, 2-8-14 Higashi, Shibuya-ku, Tokyo"),
        ("転居先は釧路市若竹町2丁目7番1号 ハイツ若竹3階2号 です。",
         "釧路市若竹町2丁目7番1号 ハイツ若竹3階2号"),
        ("住所：函館市本町5-3-8 コーポWest 207号室に居住", "函館市本町5-3-8 コーポWest 207号室"),
        ("苫小牧市表町4丁目1番2号 グランメール表町1203に転居", "苫小牧市表町4丁目1番2号 グランメール表町1203"),
    ],
)
def test_address_with_its_building_and_room(masker, text, address):
    assert _typed(masker, text).get(address) == "ADDRESS"


@pytest.mark.parametrize(
    ("text", "address", "code"),
    [
        ("Previous address: Lindenweg 4, Graz, 8010\nAustria", "Lindenweg 4, Graz", "8010"),
        ("8 Queen Street, Edinburgh EH2 1JF, Scotland", "8 Queen Street, Edinburgh", "EH2 1JF"),
    ],
)
def test_foreign_address_and_its_postal_code(masker, text, address, code):
    found = _typed(masker, text)
    assert found.get(address) == "ADDRESS", found
    assert found.get(code) == "POSTAL_CODE", found


@pytest.mark.parametrize(
    "text",
    [
        "受付番号 R5区第1188号 で処理",
        "令和6年4月1日付け北央町第77号で通知した。",
        "根拠：南浜市介護保険条例第14条",
    ],
)
def test_numbered_documents_are_not_addresses(masker, text):
    assert "ADDRESS" not in _typed(masker, text).values()


# -- the value, not its marker ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("〒 9800811 仙台市", "9800811", "POSTAL_CODE"),
        ("〒980-0811", "980-0811", "POSTAL_CODE"),
        ("（平成2年10月9日生まれ）", "平成2年10月9日", "BIRTH_DATE"),
        ("長男（2011.5.30生）", "2011.5.30", "BIRTH_DATE"),
        ("運転免許証 第220011223344号", "220011223344", "DRIVER_LICENSE"),
        ("被保険者証 記号 71 番号 30552", "71", "INSURANCE_NUMBER"),
        ("被保険者証 記号 71 番号 30552", "30552", "INSURANCE_NUMBER"),
    ],
)
def test_the_value_without_its_marker(masker, text, value, kind):
    found = _typed(masker, text)
    assert found.get(value) == kind, found
    for marker in ("〒", "生", "第", "号", "記号", "番号"):
        assert not any(marker in found_value for found_value in found), found


# -- long-term-care lists and 記号 with a kanji ----------------------------------------------


def test_headerless_care_list_types_its_ten_digit_column(masker):
    text = (
        "1200345678\t東 陽介\t要介護3\t2026/05/01\n"
        "1200345679\t西 真理\t要支援1\t2026/05/02\n"
        "1200345680\t南 修\t要介護1\t2026/05/03\n"
    )
    found = _typed(masker, text)
    for number in ("1200345678", "1200345679", "1200345680"):
        assert found.get(number) == "INSURANCE_NUMBER", found


def test_two_ten_digit_columns_beside_care_levels_are_not_guessed(masker):
    text = (
        "1200345678\t要介護3\t0155001122\n"
        "1200345679\t要支援1\t0155001123\n"
        "1200345680\t要介護1\t0155001124\n"
    )
    assert "INSURANCE_NUMBER" not in _typed(masker, text).values()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("国民健康保険 被保険者証 記号 札71　番号 4402", "札71"),
        ("世帯,記号・番号,氏名\n1,函8-3321,岡 真\n2,函12-0456,森 一\n", "函8-3321"),
    ],
)
def test_insurance_symbol_starting_with_a_kanji(masker, text, value):
    assert _typed(masker, text).get(value) == "INSURANCE_NUMBER"


# -- public numbers shaped like personal ones ------------------------------------------------


def test_an_offices_number_is_not_a_phone(masker):
    text = "居宅介護支援：ケアセンターほくと（事業所番号 0172004411）\n連絡先 0172004499 まで"
    assert _typed(masker, text) == {"0172004499": "PHONE"}
    table = (
        "被保険者番号\t氏名\t医療機関コード\n"
        "0100200300\t岡 真\t0133445566\n"
        "0100200301\t森 一\t0133445567\n"
    )
    typed = _typed(masker, table)
    assert "0133445566" not in typed and "0133445567" not in typed
    assert typed.get("0100200300") == "INSURANCE_NUMBER"


def test_two_phones_in_one_cell_are_two_findings(masker):
    text = "電話番号　　0144-22-3190（自宅）／080(5512)7730（携帯）\nメール　　a.b@example.jp\n"
    found = _typed(masker, text)
    assert found.get("0144-22-3190") == "PHONE", found
    assert found.get("080(5512)7730") == "PHONE", found
