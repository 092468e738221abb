"""Mechanisms the blind corpus unseen15 showed in numbers, tables, dates and addresses (issue 13),
on documents of our own: a headerless 口座振替 list with bank and branch codes and ゆうちょ rows
whose 記号/番号 sit further right, a list whose columns are named in a bracketed line of prose,
an insurance card's 記号 written with a place's kana or kanji, and the insurer's number."""

from __future__ import annotations

from tests.masking.cases import found

# customer no., name, kana, bank code, bank, branch code, branch, kind, account, 記号, 番号, month
_KOUZA = (
    "水道料金口座振替 新規分（6月）\n"
    "40112233\t川村 一郎\tｶﾜﾑﾗ ｲﾁﾛｳ\t0123\tみなと銀行\t021\t港支店\t1\t4455667\t\t\t202406\n"
    "51223344\t森田　花\tﾓﾘﾀ ﾊﾅ\t9900\tゆうちょ銀行\t\t\t\t\t18240\t33445561\t202406\n"
    "62334455\t大野 健\tｵｵﾉ ｹﾝ\t2001\t南信用金庫\t005\t本店営業部\t2\t0098765\t\t\t202406\n"
)


def test_headerless_transfer_list_with_branch_codes_and_yucho_rows(masker):
    assert found(masker, _KOUZA, "BANK_ACCOUNT") == ["4455667", "18240", "33445561", "0098765"]


def test_headerless_transfer_list_customer_number_is_no_account(masker):
    # the kind in words makes the kind column typed; the 8-digit key before the bank is no account
    text = _KOUZA.replace("\t1\t", "\t普通\t").replace("\t2\t", "\t当座\t") + (
        "73445566\t石井 薫\tｲｼｲ ｶｵﾙ\t0123\tみなと銀行\t021\t港支店\t普通\t1212123\t\t\t202406\n"
    )
    accounts = found(masker, text, "BANK_ACCOUNT")
    assert "1212123" in accounts and "4455667" in accounts
    assert not {"40112233", "51223344", "62334455", "73445566"} & set(accounts)


def test_transfer_sheet_header_with_yucho_symbol_after_bank_rows(masker):
    text = (
        "顧客番号\t氏名\t金融機関名\t支店名\t預金種目\t口座番号\t記号\t番号\n"
        "1001\t川村 一郎\tみなと銀行\t港支店\t普通\t4455667\t\t\n"
        "1002\t森田 花\tゆうちょ銀行\t\t\t\t18240\t33445561\n"
    )
    assert found(masker, text, "BANK_ACCOUNT") == ["4455667", "18240", "33445561"]
    assert found(masker, text, "INSURANCE_NUMBER") == []


def test_list_whose_columns_are_named_in_a_bracketed_line(masker):
    text = (
        "次の職員の登録をお願いします。\n（課名／氏名／免許証番号／有効期限）\n"
        "税務課　川村 一郎　501234567890　令和9年3月3日\n"
        "税務課\t森田 花\t502345678901\t令和8年12月1日\n"
    )
    assert found(masker, text, "DRIVER_LICENSE") == ["501234567890", "502345678901"]


def test_insurance_symbol_with_a_place_name_in_kana_or_kanji(masker):
    assert found(masker, "記号　みなと31　番号　778812\n", "INSURANCE_NUMBER") == ["みなと31", "778812"]
    text = "Name: SILVA ANA\nSymbol: 港41  Number: 552301\n"
    assert found(masker, text, "INSURANCE_NUMBER") == ["港41", "552301"]


def test_symbol_and_number_of_a_bank_are_no_insurance(masker):
    text = "Japan Post Bank symbol 18240 number 33445561\n"
    assert found(masker, text, "INSURANCE_NUMBER") == []


def test_insurer_number_on_the_card_is_nobodys(masker):
    text = "受診を希望される方\n保険証の保険者番号: 061234\n希望日: 7月3日\n"
    assert found(masker, text, "INSURANCE_NUMBER") == []


def test_abbreviated_era_with_dots_as_a_birth_date(masker):
    text = "（1）森田 蒼　平27.4.3生　月額 10,000円\n生年月日：昭52.11.9\n(2) 森田 凛　令2.1.15生\n"
    assert found(masker, text, "BIRTH_DATE") == ["平27.4.3", "昭52.11.9", "令2.1.15"]


def test_session_id_opening_with_ten_digits_is_no_phone(masker):
    text = "送信元IP: 198.51.100.7\nセッションID: 0312345678a9f03bc44e17d2\n"
    assert found(masker, text, "PHONE") == []
    assert found(masker, "電話: 0312345678\n", "PHONE") == ["0312345678"]


def test_investigator_column_of_a_care_list_holds_names(masker):
    text = (
        "被保険者番号\t氏名\t介護度\t調査員\t事業所\n"
        "0012345678\t森田 花\t要介護2\t川村\t南地域包括支援センター\n"
        "0023456789\t大野 健\t要支援1\t石井 薫\t居宅介護支援事業所みなと\n"
        "0034567890\t竹内 実\t要介護3\t港\tデイサービスうみ\n"
    )
    names = found(masker, text, "PERSON")
    assert {"川村", "石井 薫", "港"} <= set(names)
