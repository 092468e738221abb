"""Table layouts the blind corpus unseen9 showed (issue 13); every table here is our own.

- a space-aligned list whose names hold full-width spaces (their columns drift once normalised)
  and whose bank and account are one cell joined by a full-width space;
- a Word table pasted with tabs under a key | value line (世帯主 | name | 住所 | address), whose
  header mixes typed words and plain labels (続柄, 記号, 番号, 備考);
- a header of two rows (被保険者 merged over 番号);
- a headerless transfer list whose ゆうちょ rows are one cell shorter than the banks' rows."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker
from desktop.core.masking.tables import column_consensus, find_in_tables


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m


def _of(masker, text, kind):
    return sorted(e.text for e in masker.find(text) if e.type == kind)


def _masked(masker, text):
    return {e.text for e in masker.find(text)}


# -- space-aligned: full-width spaces in the names ------------------------------------------------
ALIGNED = (
    "障害年金 受給者 口座照合リスト                    作成 2025/04/01\n"
    "整理番号    受給者名            基礎年金番号    振込先            口座番号\n"
    "----------  ------------------  --------------  ----------------  ----------\n"
    "K-1102      森田　晴美　　　　  1203456781      北国第一銀行　4417283\n"
    "K-1103      大西　一　　　　　  3321-908812     ゆうちょ銀行      14170-22839101\n"
    "K-1104      久保田　真理子　　  7712004583      やまびこ信用金庫　6620193\n"
)


def test_space_aligned_columns_keep_their_values_when_names_hold_full_width_spaces(masker):
    assert _of(masker, ALIGNED, "PENSION_NUMBER") == ["1203456781", "3321-908812", "7712004583"]
    accounts = _of(masker, ALIGNED, "BANK_ACCOUNT")
    assert accounts == ["14170-22839101", "4417283", "6620193"]
    masked = _masked(masker, ALIGNED)
    # the bank's name is no one's: only the number after it is masked
    assert "北国第一銀行" not in "".join(masked)
    assert "K-1102" not in masked  # an office's reference column stays


def test_aligned_row_never_loses_a_column_to_the_one_before(masker):
    """Before: the pension number landed on the name's column and the account's number was
    read as a pension number."""
    found = {(t, ALIGNED[s:e]) for t, s, e in find_in_tables(ALIGNED)}
    assert ("PENSION_NUMBER", "4417283") not in found
    assert ("PENSION_NUMBER", "1203456781") in found


# -- a Word table pasted with tabs --------------------------------------------------------------
WORD_TABLE = (
    "後期高齢者医療 被保険者証 再交付対象\n"
    "保険者番号\t39140012\t世帯番号\t5520183\n"
    "世帯主\t上田　剛\t住所\t高松市番町二丁目8番3号 グランコート番町 502号室\n"
    "続柄\t氏名\t生年月日\t記号\t番号\t備考\n"
    "世帯主\t上田剛\t昭和22年4月2日\t31-882\t101\t\n"
    "妻\t上田昌代\t1949/11/23\t31-882\t102\t施設入所\n"
    "母\t上田キヨ\t大正15年1月5日\t31-882\t103\t\n"
)


def test_word_table_under_a_key_value_line_types_its_own_header(masker):
    numbers = _of(masker, WORD_TABLE, "INSURANCE_NUMBER")
    assert numbers == ["101", "102", "103", "31-882", "31-882", "31-882"]
    births = _of(masker, WORD_TABLE, "BIRTH_DATE")
    assert births == ["1949/11/23", "大正15年1月5日", "昭和22年4月2日"]
    masked = _masked(masker, WORD_TABLE)
    # the relationship column and the header's words are no one's name or address
    assert not {"世帯主", "妻", "母", "生年月日", "続柄"} & masked
    assert {"上田剛", "上田昌代", "上田キヨ"} <= masked


def test_a_row_of_labels_is_no_data_row_of_the_header_above():
    found = {(t, WORD_TABLE[s:e]) for t, s, e in find_in_tables(WORD_TABLE)}
    assert ("ADDRESS", "生年月日") not in found
    assert ("HEADER", "生年月日") in found


# -- a header of two rows -----------------------------------------------------------------------
TWO_ROW_HEADER = (
    "要介護認定 更新対象者（3月分）\t\t\t\t\t\t\n"
    "被保険者\t\t\t住所\t\t連絡先\t認定\n"
    "番号\t氏名\t生年月日\t〒\t住所\t電話\t要介護度\n"
    "0031772054\t長谷部　勝\t昭和12年2月14日\t761-0102\t高松市屋島西町2290番地5\t087-843-2291\t要介護2\n"
    "0042115870\t国分　トミ\tS8.10.30\t761-8032\t高松市鶴市町1022番地\t087-881-4410\t要支援1\n"
    "0019882301\t真鍋　和夫\t昭和15年7月1日\t760-0080\t高松市木太町3丁目5-17\t090-3318-2067\t要介護4\n"
)


def test_two_row_header_types_the_lower_rows_plain_label(masker):
    numbers = _of(masker, TWO_ROW_HEADER, "INSURANCE_NUMBER")
    assert numbers == ["0019882301", "0031772054", "0042115870"]
    masked = _masked(masker, TWO_ROW_HEADER)
    assert not {"住所", "番号", "被保険者", "連絡先"} & masked  # the header's words stay


def test_a_lone_plain_label_under_an_untyped_word_stays_untyped():
    text = "受付\t\t分類\n番号\t氏名\t区分\n12\t佐伯 正\tA\n13\t三宅 光\tB\n"
    found = {(t, text[s:e]) for t, s, e in find_in_tables(text)}
    assert not any(v in ("12", "13") for _t, v in found)


# -- a headerless transfer list, ゆうちょ rows one cell shorter ---------------------------------
TRANSFER = (
    "以下は口座振替の依頼データです（ヘッダなし）。\n"
    "\n"
    "3301,岡 典子,ｵｶ ﾉﾘｺ,瀬戸内中央銀行,栗林支店,1,3308812,,087-861-0021,保育料\n"
    "3302,片山 聡,ｶﾀﾔﾏ ｻﾄｼ,ゆうちょ銀行,,16350,20718841,087-834-1190,保育料\n"
    "3303,藤井 恵,ﾌｼﾞｲ ﾒｸﾞﾐ,さぬき信用金庫,本店,2,0412277,,087-822-5512,給食費\n"
)


def test_headerless_transfer_rows_of_two_lengths(masker):
    accounts = _of(masker, TRANSFER, "BANK_ACCOUNT")
    assert accounts == ["0412277", "16350", "20718841", "3308812"]


def test_one_bank_row_alone_is_not_a_list():
    """A sentence with commas that names a bank and a number is read by the other finders."""
    text = "振込先は,瀬戸内中央銀行,栗林支店,1,3308812,です\n"
    assert not [f for f in column_consensus(text, []) if f[0] == "BANK_ACCOUNT"]


def test_rows_without_a_bank_cell_give_no_account():
    text = "3301,岡 典子,栗林支店,1,3308812\n3302,藤井 恵,本店,2,0412277\n"
    assert not [f for f in column_consensus(text, []) if f[0] == "BANK_ACCOUNT"]


# -- a PDF's text layer: one space between cells ------------------------------------------------
PDF_FORM = (
    "就学援助費 受給申請書\n"
    "申請者氏名 浅野　直人　　　生年月日 昭和61年8月9日　性別 男\n"
    "世帯員の状況\n"
    "氏名 続柄 生年月日 在籍校\n"
    "浅野 陽菜 長女 H27.5.30 第三小学校\n"
    "浅野 蓮 長男 令和2年11月3日 なし\n"
    "以上のとおり申請します。\n"
)


def test_pdf_table_with_one_space_between_cells(masker):
    births = _of(masker, PDF_FORM, "BIRTH_DATE")
    assert births == ["H27.5.30", "令和2年11月3日", "昭和61年8月9日"]
    persons = _of(masker, PDF_FORM, "PERSON")
    assert "浅野 陽菜" in persons and "浅野 蓮" in persons
    masked = "".join(_masked(masker, PDF_FORM))
    assert "生年月日" not in masked and "続柄" not in masked  # the labels stay


def test_spaced_header_over_prose_reads_no_rows():
    """A line of labels followed by a sentence: nothing in the sentence proves a row."""
    text = "氏名 生年月日 住所 電話番号\n上記の項目を 記入して ください 必ず\n"
    found = [f for f in find_in_tables(text) if f[0] != "HEADER"]
    assert found == []


def test_form_line_of_label_value_cells_types_each_value():
    text = "申請者氏名 浅野 直人   生年月日 昭和61年8月9日 性別 男\n"
    found = {(t, text[s:e]) for t, s, e in find_in_tables(text)}
    assert ("PERSON", "浅野 直人") in found
    assert ("BIRTH_DATE", "昭和61年8月9日") in found
    assert ("HEADER", "生年月日") in found


# -- public words in a table: a column of banks' names ------------------------------------------
def test_a_bank_name_column_keeps_the_banks_name_whole(masker):
    text = (
        "受給者番号,氏名,金融機関名,支店名,口座番号\n"
        "A1021,松尾 菜々子,はやかわ農業協同組合,本所,4410283\n"
        "A1022,竹中 修,みなみ信用金庫,駅前支店,3308127\n"
        "A1023,宇野 千尋,はやかわ農業協同組合,東支所,0092871\n"
    )
    found = masker.find(text)
    masked = {e.text for e in found}
    assert {"4410283", "3308127", "0092871"} <= masked
    assert {"松尾 菜々子", "竹中 修", "宇野 千尋"} <= masked
    # nothing inside the banks' names is masked (a name finder reads はやかわ as a name)
    for bank in ("はやかわ農業協同組合", "みなみ信用金庫"):
        s = text.index(bank)
        assert not any(e.start < s + len(bank) and s < e.end for e in found)


def test_a_bank_name_column_is_public_for_the_table_profile():
    from desktop.core.masking.tables import PUBLIC_COLUMNS, header_type

    assert header_type("金融機関名") in PUBLIC_COLUMNS
    assert header_type("金融機関コード") not in PUBLIC_COLUMNS  # a code column is typed elsewhere


# -- a column named by its people's role --------------------------------------------------------
def test_columns_named_by_their_peoples_role_are_names_and_their_labels_stay(masker):
    text = (
        "端末 操作記録\n"
        "日時,端末,操作者,業務,対象者\n"
        "2025/05/12 09:05,T-03,吉岡 文子,住民票照会,菅 広志\n"
        "2025/05/12 09:40,T-03,吉岡 文子,税証明照会,谷 美和\n"
    )
    found = masker.find(text)
    masked = {e.text for e in found}
    assert {"吉岡 文子", "菅 広志", "谷 美和"} <= masked
    header = text.index("操作者")
    assert not any(e.start < header + 20 and header < e.end for e in found)


def test_an_organisations_role_is_no_name_column():
    from desktop.core.masking.tables import header_type

    assert header_type("来庁者") == "PERSON"
    assert header_type("事業者") != "PERSON"
    assert header_type("保険者") != "PERSON"
