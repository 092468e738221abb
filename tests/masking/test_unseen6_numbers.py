"""Number types in tables, exports and forms, found by general mechanisms (issue 13), on
documents written for these tests — none of their values, names or layouts comes from a
labelled corpus:

- a rule line (------) under a space-aligned header keeps the header for the rows below it;
- ゆうちょ 記号 and 番号 columns are an account's two parts;
- the coded bank-transfer layout without a header (bank code, branch code, kind, account, the
  holder in kana);
- a Word table pasted one cell a line: a label and its value below it, a row of labels and then
  their values in the same order, 記号 … 番号 … under 被保険者証;
- label | value pairs side by side in a sheet row;
- any country's passport number after a passport label;
- a second account number of the same length later in the sentence;
- …のお生まれ after a birth date;
- what is not personal: a number after a reference label (受付番号) is no pension number, a data
  row with a word like ``change_address`` in it is no header row, the untyped titles of a header
  row are not values.
"""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker() -> PiiMasker:
    return PiiMasker(parallel=False)


def _typed(masker: PiiMasker, text: str) -> dict[str, str]:
    return {e.text: e.type for e in masker.find(text)}


# -- space-aligned tables with a rule under the header -------------------------------------------


def test_a_rule_under_an_aligned_header_keeps_the_column_types(masker):
    text = (
        "No   氏名          要介護度   被保険者番号\n"
        "=========================================\n"
        "1    森川 晴臣      要介護2    40718263\n"
        "2    小田 路子      要支援1    52093318\n"
        "3    土屋 佐和      要介護4    61270045\n"
    )
    found = _typed(masker, text)
    for number in ("40718263", "52093318", "61270045"):
        assert found.get(number) == "INSURANCE_NUMBER", number


# -- ゆうちょ columns ---------------------------------------------------------------------------


def test_yucho_symbol_and_number_columns_are_account_parts(masker):
    text = (
        "整理No\t受取人\tゆうちょ銀行記号\tゆうちょ銀行番号\n"
        "31\t江口 房江\t17730\t40221986\n"
        "32\t村瀬 丈\t10460\t5530127\n"
    )
    found = _typed(masker, text)
    for number in ("17730", "40221986", "10460", "5530127"):
        assert found.get(number) == "BANK_ACCOUNT", number
    assert "31" not in found and "32" not in found


# -- the coded transfer layout without a header ----------------------------------------------------


def test_headerless_coded_transfer_rows_type_the_account_and_its_holder(masker):
    rows = [
        ("7001", "0138", "214", "1", "3810025", "ﾓﾘｶﾜ ﾊﾙｵﾐ", "4200"),
        ("7002", "2290", "051", "2", "0447319", "ｵﾀﾞ ﾐﾁｺ", "4200"),
        ("7003", "0138", "602", "1", "9026658", "ﾂﾁﾔ ｻﾜ", "3100"),
        ("7004", "1170", "330", "1", "1184420", "ﾐﾄﾞﾘｶﾜ ﾀｹｼ", "4200"),
    ]
    for quote in ('"', ""):
        text = "\n".join(",".join(f"{quote}{c}{quote}" for c in row) for row in rows) + "\n"
        found = _typed(masker, text)
        for row in rows:
            assert found.get(row[4]) == "BANK_ACCOUNT", (quote, row[4])
            assert found.get(row[5]) == "PERSON", (quote, row[5])
            assert row[1] not in found and row[2] not in found and row[6] not in found


def test_codes_without_the_kind_column_are_no_transfer_layout(masker):
    text = "".join(
        f"{a},{b},{c}\n"
        for a, b, c in (("2231", "118", "5521904"), ("2290", "402", "6610023"), ("1170", "330", "0917745"))
    )
    assert not any(e.type == "BANK_ACCOUNT" for e in masker.find(text))


# -- one cell a line -------------------------------------------------------------------------------


def test_one_cell_a_line_a_label_and_its_value_below(masker):
    text = (
        "申請内容\n"
        "氏名\n"
        "森川 晴臣\n"
        "生年月日\n"
        "平成元年7月30日\n"
        "振込先\n"
        "金融機関\n"
        "北斗信用金庫\n"
        "口座番号\n"
        "3810025\n"
        "受付日\n"
        "令和7年5月2日\n"
    )
    found = _typed(masker, text)
    assert found.get("平成元年7月30日") == "BIRTH_DATE"
    assert found.get("3810025") == "BANK_ACCOUNT"
    assert "令和7年5月2日" not in found  # under 受付日: a date, not a birth date


def test_one_cell_a_line_a_row_of_labels_then_its_values(masker):
    text = (
        "家族\n"
        "続柄\n"
        "氏名\n"
        "生年月日\n"
        "長男\n"
        "小田 拓真\n"
        "平成22年11月3日\n"
        "長女\n"
        "小田 芽衣\n"
        "平成25年2月14日\n"
    )
    found = _typed(masker, text)
    assert found.get("平成22年11月3日") == "BIRTH_DATE"
    assert found.get("平成25年2月14日") == "BIRTH_DATE"


def test_one_cell_a_line_insurance_symbol_and_number_are_two_items(masker):
    text = "療養費支給申請\n被保険者証\n記号 27　番号 3304518\n受診者\n土屋 佐和\n"
    ents = masker.find(text)
    numbers = sorted(e.text for e in ents if e.type == "INSURANCE_NUMBER")
    assert numbers == ["27", "3304518"]
    assert not any("記号" in e.text or "番号" in e.text for e in ents)


def test_a_number_two_lines_below_a_label_is_not_its_value(masker):
    text = "口座番号\n(記入不要)\n2024\n"
    assert not any(e.type == "BANK_ACCOUNT" for e in masker.find(text))


# -- label | value pairs side by side in a sheet row -------------------------------------------


def test_sheet_row_of_label_value_pairs_types_each_value(masker):
    text = (
        "申込者\t氏名\t森川 晴臣\tフリガナ\tモリカワ ハルオミ\n"
        "\t生年月日\t1979/08/21\t電話番号\t080-4417-2093\n"
        "\t住所\t砂川市みどりの丘通り3丁目18番地7\t\t\n"
    )
    found = _typed(masker, text)
    assert found.get("1979/08/21") == "BIRTH_DATE"
    assert found.get("砂川市みどりの丘通り3丁目18番地7") == "ADDRESS"


# -- passports ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, number",
    [
        ("Passport number: 548213907\n", "548213907"),
        ("Please bring your passport (No. K27T90M41) to the counter.\n", "K27T90M41"),
        ("旅券番号：X2817044A\n", "X2817044A"),
    ],
)
def test_any_countrys_passport_after_its_label(masker, text, number):
    assert _typed(masker, text).get(number) == "PASSPORT"


def test_a_passport_label_before_a_plain_word_or_year_is_nothing(masker):
    found = _typed(masker, "Passport renewal 2031, passport photos: 4 pieces.\n")
    assert "PASSPORT" not in found.values()


def test_passport_column_with_letters_inside_the_number(masker):
    text = "氏名,国籍,旅券番号\nヴォルフ アンナ,ドイツ,C4RT71X96\nシュミット ヨナス,ドイツ,L02F88K35\n"
    found = _typed(masker, text)
    assert found.get("C4RT71X96") == "PASSPORT"
    assert found.get("L02F88K35") == "PASSPORT"


# -- a second account in the same sentence --------------------------------------------------------


def test_a_second_account_of_the_same_length_in_the_sentence(masker):
    text = "届出の口座番号は3810025でしたが、キャッシュカードを見ると9026658になっていました。\n"
    found = _typed(masker, text)
    assert found.get("3810025") == "BANK_ACCOUNT"
    assert found.get("9026658") == "BANK_ACCOUNT"


def test_numbers_after_an_account_that_are_amounts_or_other_references(masker):
    text = "口座番号3810025、受付番号4410392、残高は1250000円、振込額 2200000、振替は2025年から。\n"
    found = _typed(masker, text)
    assert found.get("3810025") == "BANK_ACCOUNT"
    assert "4410392" not in found
    assert "1250000" not in found
    assert "2200000" not in found


# -- dates of birth in a sentence ----------------------------------------------------------------


def test_birth_date_with_the_particle_before_umare(masker):
    text = "森川様は昭和三年九月二十日のお生まれで、今年で満九十八歳になられます。\n"
    assert _typed(masker, text).get("昭和三年九月二十日") == "BIRTH_DATE"


# -- what is not personal ------------------------------------------------------------------------


def test_a_number_after_a_reference_label_is_no_pension_number(masker):
    text = "受付番号 2209-448120 の件について\n基礎年金番号 4381-220957 の方です。\n"
    found = _typed(masker, text)
    assert "2209-448120" not in found
    assert found.get("4381-220957") == "PENSION_NUMBER"


def test_a_data_row_with_an_address_word_in_it_is_no_header(masker):
    text = (
        "at,user,event\n"
        "2026-03-02 08:11:09,k-oda@example.org,change_address\n"
        "2026-03-02 08:15:40,m-tsuchiya@example.org,signin\n"
        "2026-03-02 09:01:12,k-oda@example.org,signout\n"
        "2026-03-02 09:30:57,m-tsuchiya@example.org,export_csv\n"
    )
    found = _typed(masker, text)
    assert "ADDRESS" not in found.values(), found


def test_the_untyped_titles_of_a_header_row_are_not_values(masker):
    text = (
        '"受付","申込者名","お届け先"\n'
        '"1","森川 晴臣","砂川市西1条北5丁目2番3号"\n'
        '"2","小田 路子","滝川市栄町3丁目4番12号"\n'
        '"3","土屋 佐和","深川市一已町字一已2110番地"\n'
    )
    found = _typed(masker, text)
    assert "お届け先" not in found
    assert found.get("砂川市西1条北5丁目2番3号") == "ADDRESS"


# -- labels in a sentence or a form line -----------------------------------------------------------


def test_insurance_symbol_and_number_on_a_form_line_without_the_cards_name(masker):
    ents = masker.find("申請者　森川 晴臣\n　記号 県08　番号 7710294\n")
    numbers = sorted(e.text for e in ents if e.type == "INSURANCE_NUMBER")
    assert numbers == ["7710294", "県08"]


def test_a_bare_koza_label_before_the_number(masker):
    found = _typed(masker, "返金先の口座：2290551（北斗信用金庫 駅前支店）\n")
    assert found.get("2290551") == "BANK_ACCOUNT"


def test_a_yucho_bank_name_in_a_row_is_a_value_not_a_header(masker):
    text = (
        "森川 晴臣\t214\tゆうちょ銀行\t38100\n"
        "小田 路子\t051\tゆうちょ銀行\t44731\n"
        "土屋 佐和\t602\t北斗信用金庫\t90266\n"
    )
    assert not any(e.type == "BANK_ACCOUNT" for e in masker.find(text))


def test_an_insurance_symbol_in_kanji_with_a_space_before_its_digits(masker):
    found = _typed(masker, "被保険者証の記号・番号：旭川 27-3304\n")
    assert found.get("旭川 27-3304") == "INSURANCE_NUMBER"


# -- titles and the staff columns of a sheet -------------------------------------------------------


def test_a_sheets_title_above_its_header_row_is_no_name(masker):
    text = (
        "防災協力員一覧表\t\t\t\n"
        "氏名\tよみ\t電話\t地区\n"
        "森川 晴臣\tもりかわ はるおみ\t0125-52-4471\t東\n"
        "小田 路子\tおだ みちこ\t0125-52-9930\t西\n"
        "土屋 佐和\tつちや さわ\t0125-53-0218\t東\n"
        "緑川 剛\tみどりかわ つよし\t0125-53-7764\t西\n"
    )
    found = _typed(masker, text)
    assert "防災協力員一覧表" not in found
    assert found.get("森川 晴臣") == "PERSON"


def test_the_column_of_the_staff_who_checked_holds_names(masker):
    text = (
        "日付,来庁者,書類,番号,受付者\n"
        "R7.4.3,森川 晴臣,住民票,4410 2291 0038,春日\n"
        "R7.4.4,小田 路子,印鑑証明,3302 1187 5520,東\n"
    )
    found = _typed(masker, text)
    assert found.get("春日") == "PERSON"
    assert found.get("東") == "PERSON"
    assert "受付者" not in found


def test_headerless_transfer_rows_with_the_branch_by_name_and_the_kind_by_code(masker):
    text = (
        "0138,札幌駅前支店,1,3810025,ﾓﾘｶﾜ ﾊﾙｵﾐ,3000\n"
        "2290,本店営業部,2,0447319,ｵﾀﾞ ﾐﾁｺ,3000\n"
        "0138,大通支店,1,9026658,ﾂﾁﾔ ｻﾜ,4500\n"
    )
    found = _typed(masker, text)
    for number in ("3810025", "0447319", "9026658"):
        assert found.get(number) == "BANK_ACCOUNT", number
    assert "3000" not in found and "0138" not in found


def test_one_cell_a_line_a_licence_number_with_its_dai_and_go(masker):
    found = _typed(masker, "運転免許証番号\n第480215573302号\n有効期限\n令和9年3月1日\n")
    assert found.get("480215573302") == "DRIVER_LICENSE"
