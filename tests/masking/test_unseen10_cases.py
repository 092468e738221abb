"""The patterns the blind corpus unseen10 showed (issue 13), on tables of our own: a register
separated by semicolons, an English header naming the name as in the passport, a column of
readings headed カタカナ."""

from __future__ import annotations

import pytest

from tests.masking.cases import found


def test_a_register_separated_by_semicolons(masker):
    text = (
        "所属;職名;氏名;免許証番号;免許の種類;有効期限\n"
        "税務課;係長;春日　結子;571126518990;中型;令和8年3月18日\n"
        "建設課;主事;堀良奈;641898719257;準中型;令和10年10月23日\n"
    )
    assert found(masker, text, "DRIVER_LICENSE") == ["571126518990", "641898719257"]
    assert found(masker, text, "PERSON") == ["春日\u3000結子", "堀良奈"]


def test_a_sentence_with_semicolons_is_no_table(masker):
    text = "Bring your card; your passport; and the form.\n氏名：春日 結子"
    assert found(masker, text, "PERSON") == ["春日 結子"]


def test_an_english_name_header_and_a_katakana_column(masker):
    text = (
        "| No | NAME (passport) | カタカナ | Passport No. |\n|---|---|---|---|\n"
        "| 1 | THAPA BISHAL | タパビシャル | MZ56864731 |\n"
        "| 2 | GARCIA JOSE | ガルシア　ホセ | P39718251 |\n"
    )
    names = found(masker, text, "PERSON")
    assert {"THAPA BISHAL", "タパビシャル", "GARCIA JOSE", "ガルシア\u3000ホセ"} <= set(names)
    assert found(masker, text, "PASSPORT") == ["MZ56864731", "P39718251"]


def test_a_header_naming_something_else_is_not_a_name_column(masker):
    text = "| Name of bank | Account |\n|---|---|\n| Kitaminato Shinkin | 1234567 |\n"
    assert found(masker, text, "PERSON") == []


def test_a_schools_contact_tree(masker):
    text = (
        "緊急連絡網（3年2組）\n学校 0238-46-6396（学校代表）\n\n"
        "┗ 吉岡（夏鈴） 080-4406-1962\n　　↓ 松島 南希 保護者 虹胡　080-6309-2427\n"
    )
    assert found(masker, text, "PERSON") == ["吉岡", "夏鈴", "松島 南希", "虹胡"]
    assert found(masker, text, "PHONE") == ["080-4406-1962", "080-6309-2427"]


@pytest.mark.parametrize(
    "text, address",
    [
        ("> 住所はつつじ野市港東562-8、連絡は070-2977-7100まで。", "つつじ野市港東562-8"),
        (
            "[使用場所] 〒300-6623 さぬき市宮ノ入7番17号　パレス緑ヶ丘II10階",
            "さぬき市宮ノ入7番17号\u3000パレス緑ヶ丘II10階",
        ),
        (
            "現住所　神石郡神石高原町大宮町6-9　アーバンみなとII502号室",
            "神石郡神石高原町大宮町6-9\u3000アーバンみなとII502号室",
        ),
    ],
)
def test_towns_and_buildings_named_in_hiragana(masker, text, address):
    assert address in found(masker, text, "ADDRESS")


def test_an_account_number_after_a_wrapped_label(masker):
    text = "振替依頼 支店名 桜台出張所 預金種目 1.普通 口座番号\n０６２００９５ 口座名義人（カナ）ｼﾉﾀﾞ ｱﾔﾈ\n"
    assert found(masker, text, "BANK_ACCOUNT") == ["０６２００９５"]


CHILD_ALLOWANCE = (
    '"716235","小沢 奏萌","オザワ カナハ","434133555439","洋次郎","2013-12-05",10000,"つつじ信用金庫","2896688"\n'
    '"207225","田上 梢葉","タノウエ タカハ","958148653940","想那","2016-03-13",10000,"第二山形銀行","3095638"\n'
    '"832775","田村 里夏","タムラ リカ","300707973092","立樹","2023-03-09",15000,"つつじ信用金庫","1771386"\n'
    '"973606","浜口 碧惟","ハマグチ アオイ","045556593942","波葉","2014-01-23",15000,"さくら野信用組合","4207743"\n'
)


def test_a_headerless_list_of_children_beside_their_parents(masker):
    assert found(masker, CHILD_ALLOWANCE, "BIRTH_DATE") == [
        "2013-12-05", "2016-03-13", "2023-03-09", "2014-01-23"
    ]  # fmt: skip
    assert found(masker, CHILD_ALLOWANCE, "BANK_ACCOUNT") == ["2896688", "3095638", "1771386", "4207743"]
    assert {"洋次郎", "想那", "立樹", "波葉"} <= set(found(masker, CHILD_ALLOWANCE, "PERSON"))


def test_application_dates_of_several_years_beside_full_names_are_no_birth_dates(masker):
    text = (
        "北区北14条東3丁目16番地4,三上 来春,2023/06/07,あおぞら居宅介護支援事業所\n"
        "中央区南2条西5丁目3-1,五十嵐 桃羽,2020/06/19,あおぞら居宅介護支援事業所\n"
        "東区北20条東15丁目3-12,田口 順菜,2019/08/21,市社会福祉協議会\n"
        "西区琴似2条3丁目1-5,稲田 令賀,2024/12/25,ひまわりケアセンター\n"
    )
    assert found(masker, text, "BIRTH_DATE") == []


@pytest.mark.parametrize(
    "text, kind",
    [
        ("株式会社つつじ工務店\n法人番号 6619271596142　TEL 0238-91-9989", "PHONE"),
        ("株式会社東北ロジテック（雇用保険適用事業所番号 8506-251819-7）", "PENSION_NUMBER"),
    ],
)
def test_a_companys_numbers_are_not_personal(masker, text, kind):
    assert found(masker, text, kind) == []
