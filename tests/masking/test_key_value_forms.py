"""A two-column form (key TAB value) whose address value mentions 〒 is not a header row."""

from __future__ import annotations

from desktop.core.masking import PiiMasker

FORM = (
    "被保険者氏名\t青木 春子\n"
    "住所\t〒163-0000 東京都新宿区西新宿2丁目8番1号 コーポ桜902号室\n"
    "電話番号\t090-1936-2101\n"
    "主治医\t佐藤整形外科クリニック\n"
    "備考\t特になし\n"
)


def test_keys_below_an_address_row_are_not_masked():
    result = PiiMasker().mask(FORM)
    types = {e.text: e.type for e in result.entities}
    assert types.get("〒163-0000") == "POSTAL_CODE" or "163-0000" in types
    assert "ADDRESS" in types.values()
    for key in ("電話番号", "主治医", "備考"):
        assert key in result.masked_text, key
    assert "特になし" in result.masked_text


def test_a_list_of_column_names_is_not_a_list_of_people():
    sheet = ("| 列 | 見出し | 種類 |\n|---|---|---|\n| A | 氏名 | 文字列 |\n| B | 住所 | 文字列 |\n"
             "| C | 電話 | 文字列 |\n| D | 金額 | 数値 |\n\nD列の金額を合計したい\n")
    result = PiiMasker().mask(sheet)
    assert all(e.text not in ("住所", "電話", "金額") for e in result.entities)
    assert "D列の金額を合計したい" in result.masked_text
