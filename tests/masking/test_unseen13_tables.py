"""Table layouts the blind corpus unseen13 showed (issue 13); every table here is our own.

- a header whose cells do not line up with the rows' (a shifted fixed-width export in half-width
  kana, a register whose cells are one full-width space apart and whose names hold one):
  the values are matched to the typed labels by their shape, same-shape labels in header order;
- compact 和暦 dates (S290615) in a birth column;
- a headerless transfer list whose columns are shuffled: the account is read by the row's codes;
- 在留カード番号 is a residence card's column, 氏名（旅券表記） a names column."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker
from desktop.core.masking.dates import is_date
from desktop.core.masking.tables import header_type
from desktop.core.masking.tables_shape import find_shaped_rows, find_transfer_codes


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m


def _of(masker, text, kind):
    return sorted(e.text for e in masker.find(text) if e.type == kind)


# -- a shifted fixed-width header in half-width kana ---------------------------------------------
FIXED = (
    "ｼﾞｭｷｭｳｼｬ ﾒｲﾎﾞ\n"
    "ﾋﾎｹﾝｼｬﾊﾞﾝｺﾞｳ   ｼﾒｲ          ｳｹﾂｹﾋﾞ  ｾｲﾈﾝｶﾞｯﾋﾟ  ﾋﾞｺｳ\n"
    "3104928817 ﾏﾂｼﾀ ｹｲｺ      R71203 S051130 ｼﾝｷ\n"
    "2209471635 ｵｶﾞﾜ ｼﾞﾛｳ       R80214 S090707 ｺｳｼﾝ\n"
    "ｹﾞｯｹｲ 2 ｹﾝ\n"
)


def test_shifted_header_types_values_by_shape(masker):
    assert _of(masker, FIXED, "INSURANCE_NUMBER") == ["2209471635", "3104928817"]
    # two date labels, two dates a row: the second date is the birth date, the first a 受付日
    assert _of(masker, FIXED, "BIRTH_DATE") == ["S051130", "S090707"]
    found = {e.text for e in masker.find(FIXED)}
    assert "ｾｲﾈﾝｶﾞｯﾋﾟ" not in found and "ﾋﾎｹﾝｼｬﾊﾞﾝｺﾞｳ" not in found


def test_one_row_under_labels_is_not_a_table():
    from desktop.core.masking.normalize import normalize

    one = normalize("\n".join(FIXED.split("\n")[:3]))
    assert not [f for f in find_shaped_rows(one) if f[0] != "HEADER"]


# -- one full-width space between cells, names holding one ---------------------------------------
REGISTER = (
    "研修受講者名簿　令和8年5月1日\n"
    "No.　氏名　個人番号　免許証番号　免許の種類　交付日\n"
    "1　今井　早苗　407182635190　391204558167　普通　令和3年6月2日\n"
    "2　上村　健司　836204751022　５６０３１９８８２４０４　中型　令和5年1月19日\n"
)


def test_same_shape_labels_take_tokens_in_header_order(masker):
    assert _of(masker, REGISTER, "MY_NUMBER") == ["407182635190", "836204751022"]
    assert _of(masker, REGISTER, "DRIVER_LICENSE") == ["391204558167", "５６０３１９８８２４０４"]
    assert not any(e.text == "免許証番号" for e in masker.find(REGISTER))


def test_compact_era_date():
    assert is_date("H030405", compact=True).group(0) == "H030405"
    assert is_date("R51120", compact=True).group(0) == "R51120"
    assert is_date("AH030405", compact=True) is None  # inside a code
    assert is_date("S031340", compact=True) is None  # no 13th month


# -- a headerless transfer list with shuffled columns --------------------------------------------
SHUFFLED = "振替結果\n1203,ｻｶｲ ﾉﾌﾞｵ,当座,4410297,512,8800\n0153,ﾑﾗｲ ｱｷ,普通,0082614,207,12500\n"


def test_shuffled_transfer_rows_by_their_codes(masker):
    assert _of(masker, SHUFFLED, "BANK_ACCOUNT") == ["0082614", "4410297"]
    one = SHUFFLED.split("\n", 2)[1]
    assert not list(find_transfer_codes(one))  # one row: a sentence with commas at best


def test_residence_card_and_passport_name_headers():
    assert header_type("在留カード番号") == "RESIDENCE_CARD"
    assert header_type("氏名（旅券表記）") == "PERSON"
    assert header_type("旅券番号") == "PASSPORT"


# -- a Word table one cell a line, with a label no word list knows and an age column -------------
STACKED = (
    "訪問調査 対象者\n"
    "番号\n氏名\n年齢\n被保険者番号\n住所\n紹介元\n"
    "1\n佐伯 直美\n81\n2048173390\n長野県松川村北原1204番地\n北部包括\n"
    "2\n野口 勝\n77\n3391028465\n長野県松川村西原3-8\n南部包括\n"
)


def test_stacked_cells_count_an_unknown_label_before_the_first_row(masker):
    assert _of(masker, STACKED, "INSURANCE_NUMBER") == ["2048173390", "3391028465"]
    masked = {e.text for e in masker.find(STACKED)}
    assert "81" not in masked and "77" not in masked  # ages, under 年齢


def test_names_column_before_a_matched_value_takes_the_words_between():
    from desktop.core.masking.normalize import normalize

    text = normalize(REGISTER)
    names = [text[s:e] for t, s, e in find_shaped_rows(text) if t == "PERSON"]
    assert names == ["今井 早苗", "上村 健司"]
