"""Number types and dates of birth in tables, exports and forms (issue 13, the patterns the blind
corpus unseen7 showed; every document here is our own): 記号 and 番号 as two columns (an
insurance card's or a ゆうちょ account's, told apart by the sheet), English headers in
capitals, an office's reference column, a headerless column typed by its numbers' shape, Word
tables one cell a line (a kanji date, 記号・番号 as one value, rows whose values are label
words), foreign postal codes named in their own language, a date in brackets after a person,
and the date given in reply to a question for it."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m


def _typed(masker, text):
    return {e.text: e.type for e in masker.find(text)}


def _of(masker, text, kind):
    return sorted(e.text for e in masker.find(text) if e.type == kind)


# -- 記号 and 番号 in two columns ------------------------------------------------------------------
def test_insurance_symbol_and_number_columns_of_a_sheet_paste(masker):
    """One- and two-digit 記号 are the card's too; they are not masked inside other cells."""
    text = (
        "国保 資格確認 対象者一覧\t\t\t\t\n"
        "番号\t記号\t氏名\t生年月日\t確認日\n"
        "4410752\t7\t杉本 恵子\t1971/05/30\t7/14\n"
        "5120388\t15\t大野 誠\t1988/12/02\t\n"
        "3307541\t7\t宮田 和也\t1969/03/08\t15/7\n"
    )
    numbers = _of(masker, text, "INSURANCE_NUMBER")
    assert numbers == ["15", "3307541", "4410752", "5120388", "7", "7"]
    dates = [(text.index(d), text.index(d) + len(d)) for d in ("7/14", "15/7")]
    assert not any(e.start < de and ds < e.end for e in masker.find(text) for ds, de in dates)


def test_kana_headers_in_a_quoted_csv_in_their_own_order(masker):
    text = (
        '"ｼﾒｲ","ｷｺﾞｳ","ﾊﾞﾝｺﾞｳ","ｾｲﾈﾝｶﾞｯﾋﾟ"\n'
        '"ﾏﾂﾀﾞ ﾐｷ","83","1150274","1979-10-21"\n'
        '"ｺﾝﾄﾞｳ ﾘｮｳ","6","2038815","1992-01-09"\n'
    )
    assert _of(masker, text, "INSURANCE_NUMBER") == ["1150274", "2038815", "6", "83"]


def test_symbol_and_number_in_a_markdown_table(masker):
    text = (
        "| 氏名 | 記号 | 番号 | 電話 |\n"
        "|---|---|---|---|\n"
        "| 小川 直樹 | 北12 | 804417 | 090-2231-4409 |\n"
        "| 今井 里美 | 3 | 90021 | 080-5517-2093 |\n"
    )
    assert _of(masker, text, "INSURANCE_NUMBER") == ["3", "804417", "90021", "北12"]


def test_yucho_symbol_and_number_columns_are_an_account(masker):
    """The sheet's title speaks of a transfer; or, with no title, the cells have the shape of a
    ゆうちょ account (記号 1xxx0, 番号 of eight digits)."""
    titled = (
        "児童手当 振込先一覧（ゆうちょ）\n"
        "受給者\t記号\t番号\t金額\n"
        "中野 早苗\t12210\t33018841\t20000\n"
        "岡田 陽介\t17060\t5502931\t15000\n"
    )
    assert _typed(masker, titled).get("12210") == "BANK_ACCOUNT"
    assert _typed(masker, titled).get("5502931") == "BANK_ACCOUNT"
    untitled = "氏名,記号,番号\n中野 早苗,12210,33018841\n岡田 陽介,17060,55029311\n"
    assert _of(masker, untitled, "BANK_ACCOUNT") == ["12210", "17060", "33018841", "55029311"]


def test_a_code_and_a_row_number_without_people_are_not_typed(masker):
    text = "記号,番号,品名,数量\nA,1,封筒,200\nB,2,用紙,50\n"
    assert not _of(masker, text, "INSURANCE_NUMBER")


# -- English headers in capitals; an office's reference column -----------------------------------
def test_english_headers_in_capitals_type_their_columns(masker):
    text = (
        "FULL NAME\tPASSPORT NO.\tE-MAIL\n"
        "PHAM VAN LONG\tN2301774\tpham.long@example.com\n"
        "SILVA MARIA\tFX441902\tmsilva@example.org\n"
    )
    found = _typed(masker, text)
    assert found.get("N2301774") == "PASSPORT"
    assert found.get("FX441902") == "PASSPORT"


def test_a_reference_column_shaped_like_passports_is_not_masked(masker):
    text = (
        "受付番号    申請者          金額\n"
        "WB4471021   田村 浩二        300\n"
        "WB4471022   吉川 由美        450\n"
    )
    assert not _of(masker, text, "PASSPORT")
    assert not _of(masker, "整理番号：KT2210458 で受け付けました。", "PASSPORT")
    assert _of(masker, "旅券番号：KT2210458", "PASSPORT") == ["KT2210458"]


# -- a headerless column typed by its numbers' shape --------------------------------------------
def test_headerless_pension_column_written_in_several_forms(masker):
    text = (
        "菅原 敏行\t4102-558301\t2級\n"
        "堀 千尋\t2283019475\t1級\n"
        "野口 勝\t0371 662048\t2級\n"
        "岩崎 由紀\t5521330816\t1級\n"
        "松井 聡\t6613-020577\t1級\n"
        "関 裕美\t7740192256\t2級\n"
    )
    assert {"2283019475", "5521330816", "7740192256"} <= set(_of(masker, text, "PENSION_NUMBER"))


def test_a_column_of_mixed_lengths_is_not_typed_by_shape(masker):
    text = (
        "A\t4102-558301\tx\n"
        "B\t22830194\tx\n"
        "C\t6613-020577\tx\n"
        "D\t774019\tx\n"
    )
    found = _typed(masker, text)
    assert found.get("22830194") != "PENSION_NUMBER"
    assert found.get("774019") != "PENSION_NUMBER"


# -- Word tables one cell a line --------------------------------------------------------------
def test_kanji_numeral_birth_date_below_its_label(masker):
    text = "介護保険 住所地特例 届\n氏名\n吉田 久子\n生年月日\n昭和十二年九月二十日\n届出日\n令和八年十一月二日\n"
    found = _typed(masker, text)
    assert found.get("昭和十二年九月二十日") == "BIRTH_DATE"
    assert found.get("令和八年十一月二日") != "BIRTH_DATE"


def test_symbol_and_number_written_as_one_value_below_its_label(masker):
    text = "後期高齢者医療 再交付申請\n記号・番号\n41・100522\n氏名\n石田 勉\n"
    assert _typed(masker, text).get("41・100522") == "INSURANCE_NUMBER"
    assert _of(masker, "被保険者証の記号・番号：6・2207\n", "INSURANCE_NUMBER") == ["6・2207"]


def test_rows_whose_values_are_label_words(masker):
    """Under 続柄 the values 世帯主 and 妻 are label words too, and 異動事由 is no known label:
    the row length is the one at which each row holds a date under 生年月日."""
    text = (
        "国民年金 第3号被保険者 届\n"
        "続柄\n氏名\n生年月日\n異動事由\n"
        "世帯主\n内田 誠司\n昭和51年8月19日\n就職\n"
        "妻\n内田 香織\nS54.2.3\n扶養\n"
        "長男\n内田 颯\n平成28年5月27日\n出生\n"
        "届出日\n令和8年11月20日\n"
    )
    found = _typed(masker, text)
    for date in ("昭和51年8月19日", "S54.2.3", "平成28年5月27日"):
        assert found.get(date) == "BIRTH_DATE", date
    assert found.get("令和8年11月20日") != "BIRTH_DATE"


def test_account_number_alone_below_the_bank_and_kind(masker):
    text = "振込先口座\n京葉信用金庫 中央支店 普通\n3310558\n備考\nなし\n"
    assert _of(masker, text, "BANK_ACCOUNT") == ["3310558"]
    assert not _of(masker, "種別\n普通\n枚数\n2024\n", "BANK_ACCOUNT")


# -- foreign postal codes named in their own language --------------------------------------------
def test_postal_codes_named_in_their_own_language(masker):
    assert _of(masker, "Endereço: Av. Brasil, 900, Campinas - SP, CEP 13073-010", "POSTAL_CODE") == [
        "13073-010"
    ]
    assert _of(masker, "实家：广州市天河区体育西路5号（邮编 510620）", "POSTAL_CODE") == ["510620"]
    assert _of(masker, "郵便番号（ベトナム）：700000", "POSTAL_CODE") == ["700000"]
    assert _of(masker, "Postcode: 560034, Bengaluru", "POSTAL_CODE") == ["560034"]


# -- a date in brackets after a person; a date given in reply --------------------------------------
def test_date_in_brackets_after_a_named_person(masker):
    text = "・申請者：宇野 里香（S61.4.9）\n・同居人：長谷部翼（H15/01/22）、長谷部葵（H17.8.30）\n"
    found = _typed(masker, text)
    for date in ("S61.4.9", "H15/01/22", "H17.8.30"):
        assert found.get(date) == "BIRTH_DATE", date


def test_date_in_brackets_after_staff_or_a_thing_is_not_a_birth_date(masker):
    text = (
        "作成：高齢福祉課 野村（R7.4.1）\n提出書類：申請書（H31.4.1）\n"
        "面談記録（R6.9.3）\n・子育て支援（R5.4.1）開始\n"
    )
    assert not _of(masker, text, "BIRTH_DATE")


def test_date_given_in_reply_to_a_question_for_it(masker):
    text = (
        "受付：ご本人確認のため生年月日を教えてください\n"
        "相談者：平成2年6月18日です\n"
        "受付：次回の予約は12月3日でよろしいですか\n"
    )
    assert _of(masker, text, "BIRTH_DATE") == ["平成2年6月18日"]
    said = "生年月日欄の記入漏れあり。\n提出日：令和8年11月5日\n"
    assert not _of(masker, said, "BIRTH_DATE")


# -- more of the same family ----------------------------------------------------------------------
def test_symbol_and_number_one_cell_a_line_as_two_cells(masker):
    text = "療養費 支給申請\n被保険者証\n記号\n8\n番号\n2209\n氏名\n西村 弘\n"
    assert _of(masker, text, "INSURANCE_NUMBER") == ["2209", "8"]
    yucho = "払込先 ゆうちょ銀行\n記号\n13150\n番号\n40771921\n"
    assert _of(masker, yucho, "BANK_ACCOUNT") == ["13150", "40771921"]


def test_symbol_number_header_in_an_account_sheet_is_an_account(masker):
    text = (
        "ゆうちょ口座 届出一覧\n"
        "氏名,記号番号,金額\n"
        "村上 紀子,14020-33571201,8000\n"
        "荒木 徹,10390-5620021,4500\n"
    )
    assert _of(masker, text, "BANK_ACCOUNT") == ["10390-5620021", "14020-33571201"]


def test_headerless_column_of_passport_numbers_of_several_countries(masker):
    text = (
        "NGUYEN THI MAI,K2218830,1996-02-11\n"
        "GURUNG RAM,PA9931204,1993-07-30\n"
        "SANTOS LUCAS,FG5510377,1999-12-05\n"
        "WANG FANG,E30127765,1990-04-18\n"
    )
    assert _of(masker, text, "PASSPORT") == ["E30127765", "FG5510377", "K2218830", "PA9931204"]


def test_date_in_brackets_with_an_age_after_a_named_person(masker):
    assert _of(masker, "・世帯主：上田 正（S33.6.1・68歳）\n", "BIRTH_DATE") == ["S33.6.1"]


def test_a_header_naming_the_symbol_alone_takes_one_digit_values(masker):
    text = "氏名,保険証記号,保険証番号\n高橋 進,4,20931\n森田 葵,37,1108\n"
    assert _of(masker, text, "INSURANCE_NUMBER") == ["1108", "20931", "37", "4"]


def test_a_format_note_in_brackets_keeps_a_header_a_header(masker):
    text = "氏名\t口座番号(7桁)\t備考\n高橋 進\t2093118\t\n森田 葵\t1108452\t再登録\n"
    assert _of(masker, text, "BANK_ACCOUNT") == ["1108452", "2093118"]


def test_date_in_brackets_after_a_relation_and_a_name(masker):
    text = "世帯構成\n・夫 健太（S58.10.2）\n・長女 美咲（H24.6.17）、次男 蓮（H27.1.30）\n"
    assert _of(masker, text, "BIRTH_DATE") == ["H24.6.17", "H27.1.30", "S58.10.2"]


def test_a_register_of_documents_numbered_by_symbol_is_no_insurance(masker):
    text = "文書収受簿\n記号\t番号\t件名\t担当者\n若福\t88\t補助金交付申請\t大塚 明\n若福\t89\t実績報告\t林 直子\n"
    assert not _of(masker, text, "INSURANCE_NUMBER")
    assert not _of(masker, "お問合せ番号 QT4417002 でご確認ください。", "PASSPORT")


def test_headerless_list_under_a_pension_title(masker):
    text = (
        "老齢基礎年金 受給者（抽出）\n"
        "青木 実\t3310225871\t1951/03/04\t68,000\n"
        "佐野 和子\t4102558301\t1949/11/20\t72,500\n"
        "岡 信一\t0371662048\t1953/07/09\t65,100\n"
    )
    assert _of(masker, text, "PENSION_NUMBER") == ["0371662048", "3310225871", "4102558301"]
    phones = "国民年金 納付状況\n青木 実\t0471950165\t未納\n佐野 和子\t0438795580\t納付\n岡 信一\t0471234567\t納付\n"
    assert not _of(masker, phones, "PENSION_NUMBER")
