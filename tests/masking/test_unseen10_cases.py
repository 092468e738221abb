"""The patterns the blind corpus unseen10 showed (issue 13), on tables of our own: a register
separated by semicolons, an English header naming the name as in the passport, a column of
readings headed カタカナ."""

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
