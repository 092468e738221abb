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
