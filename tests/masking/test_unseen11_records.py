"""Addresses and numbers in the record layouts unseen11 brought (issue 13), on text of our own:
a 附票's history table that repeats its label 住所 in every row, a city the dictionary does not
know before a town it does, a public-housing unit (団地 N号棟 N号室), a parcel's frontage
(番地先), a 個人番号 column holding a residence card, a list of pension numbers one a member,
and a phone number an OCR spaced out digit by digit."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker() -> PiiMasker:
    return PiiMasker(parallel=False)


def _found(masker: PiiMasker, text: str) -> dict[str, str]:
    return {e.text: e.type for e in masker.find(text)}


def test_the_label_repeated_in_each_row_of_an_address_history_is_no_address(masker):
    text = (
        "(1)住所\t宮城県名取市増田4丁目2番8号\t住所を定めた日 平成2年4月1日\n"
        "住所\t福岡県久留米市東町31番地5\t住所を定めた日 平成15年9月3日\n"
        "住所\t北海道函館市本町7-3-12 コーポ桜201\t住所を定めた日 令和3年6月20日\n"
    )
    found = _found(masker, text)
    assert "住所" not in found and "(1)住所" not in found
    assert found["宮城県名取市増田4丁目2番8号"] == "ADDRESS"
    assert found["福岡県久留米市東町31番地5"] == "ADDRESS"
    assert found["北海道函館市本町7-3-12 コーポ桜201"] == "ADDRESS"


def test_an_address_column_still_types_its_cells(masker):
    found = _found(masker, "氏名\t住所\n杉山 浩二\t青葉台市若草町5-6-7\n")
    assert found["青葉台市若草町5-6-7"] == "ADDRESS"


def test_an_unknown_city_before_a_known_town_opens_the_address(masker):
    found = _found(masker, "住所：霞沢市栄町3丁目8番2号\n本籍　霞沢市栄町四十二番地\n")
    assert found["霞沢市栄町3丁目8番2号"] == "ADDRESS"
    assert found["霞沢市栄町四十二番地"] == "ADDRESS"
    # the label before the city stays outside the span
    found = _found(masker, "新住所霞沢市栄町3丁目8番2号")
    assert found["霞沢市栄町3丁目8番2号"] == "ADDRESS"


def test_a_unit_of_a_housing_estate_is_a_home(masker):
    found = _found(masker, "入居住戸：桜台団地 7号棟 305号室（桜台団地 全120戸）\n")
    assert found["桜台団地 7号棟 305号室"] == "ADDRESS"
    assert "桜台団地" not in found  # the estate alone is a facility
    found = _found(masker, "転居先は県営若葉住宅B棟12号室です。")
    assert found["県営若葉住宅B棟12号室"] == "ADDRESS"


def test_a_parcels_frontage_keeps_its_saki(masker):
    found = _found(masker, "占用場所：霞沢市大字川辺字下田552番地先（市道沿い）")
    assert found["霞沢市大字川辺字下田552番地先"] == "ADDRESS"
    found = _found(masker, "工事箇所 長野県上田市常田2丁目14番地先")
    assert found["長野県上田市常田2丁目14番地先"] == "ADDRESS"


def test_a_residence_card_in_a_my_number_column_is_a_residence_card(masker):
    text = (
        "| 氏名 | 続柄 | 個人番号 |\n|---|---|---|\n"
        "| 佐伯 亮 | 世帯主 | 123456789018 |\n"
        "| チャン・ミン | 同居人 | 在留カード QR48213907TB |\n"
    )
    found = _found(masker, text)
    assert found["QR48213907TB"] == "RESIDENCE_CARD"


def test_pension_numbers_listed_one_a_member_after_one_label(masker):
    found = _found(masker, "基礎年金番号 本人 4021 775310／夫 5139462087、長男 6604118253\n")
    assert found["4021 775310"] == "PENSION_NUMBER"
    assert found["5139462087"] == "PENSION_NUMBER"
    assert found["6604118253"] == "PENSION_NUMBER"
    # ten digits after a relation without the label's list before them stay unread, and a
    # phone number after the list is a phone number
    assert "5139462087" not in _found(masker, "受付 夫 5139462087")
    found = _found(masker, "基礎年金番号 本人 4021 775310、電話 0312345678\n")
    assert found["0312345678"] == "PHONE"


def test_a_phone_number_spaced_out_by_an_ocr(masker):
    found = _found(masker, "携 帯 0 8 0   4 1 7 7   2 0 5 9\n")
    assert found["0 8 0   4 1 7 7   2 0 5 9"] == "PHONE"
    # a spaced reception number is not a phone number
    assert not _found(masker, "受 付 No. 0 3 3 1 7 2 4 4 1 8")


def test_a_chinese_sentence_of_where_one_lives_leaves_its_verb_out(masker):
    found = _found(masker, "本人说：「我住在霞沢市川辺118番地14，电话是…」")
    assert found["霞沢市川辺118番地14"] == "ADDRESS"
