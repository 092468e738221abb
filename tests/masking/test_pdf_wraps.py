"""Values cut where a PDF line wrapped (desktop/core/masking/wraps.py): a real PDF read by the
document reader, and text copied out of one; lines of fields and tables are never joined."""

from __future__ import annotations

import pytest

from desktop.core.documents.reader import read_document
from desktop.core.masking.wraps import soft_wraps
from tests.knowledge.makers import write_pdf
from tests.masking.cases import found

LINE = 45  # tests.knowledge.makers.ja_pdf draws 45 characters a line, as a narrow column wraps


def _cut_after(value_head: str, rest: str) -> str:
    """A paragraph whose 45th character ends ``value_head``: the PDF line wraps right there."""
    lead = "本件について確認したところ、申請者の連絡先は次のとおりであった。なお、"
    return lead[: LINE - len(value_head)] + value_head + rest


def test_a_phone_cut_by_a_wrapped_pdf_line_is_masked_whole(masker, tmp_path):
    paragraph = _cut_after("電話番号は090-1234-", "5678であり、日中は不在とのことである。")
    doc = read_document(write_pdf(tmp_path / "memo.pdf", [paragraph]))
    assert "090-1234-\n5678" in doc.text  # the reader gives the page's lines, as pypdf does
    assert found(masker, doc.text, "PHONE") == ["090-1234-\n5678"]
    assert found(masker, doc.text, "POSTAL_CODE") == []  # 090-1234 alone read as one


def test_an_address_cut_after_its_block_is_masked_to_the_room(masker, tmp_path):
    paragraph = _cut_after(
        "住所は札幌市中央区北1条西2丁目", "3番地4 サンハイツ201号室であり、現在も居住している。"
    )
    doc = read_document(write_pdf(tmp_path / "memo.pdf", [paragraph]))
    assert found(masker, doc.text, "ADDRESS") == [
        "札幌市中央区北1条西2丁目\n3番地4 サンハイツ201号室"
    ]


def test_masking_and_restoring_keep_the_line_break(masker):
    text = "担当者の説明では、申請者の電話番号は090-1234-\n5678であるとのことでした。"
    result = masker.mask(text)
    assert "5678" not in result.masked_text and "090" not in result.masked_text
    assert result.session.unmask(result.masked_text) == text


@pytest.mark.parametrize(
    "text, value, kind",
    [
        (
            "相談者の生年月日は昭和45年3月12日、連絡先の市外局番は011-\n222-3333であるとのこと。",
            "011-\n222-3333",
            "PHONE",
        ),
        (
            "申請書に記載された住所は北海道札幌市中央区\n北1条西2丁目3番地4であり、相違ない。",
            "北海道札幌市中央区\n北1条西2丁目3番地4",
            "ADDRESS",
        ),
        (
            "担当の山田さんのアドレスは（yamada-t@city.kitaminato.\nexample.lg.jp）です。",
            "yamada-t@city.kitaminato.\nexample.lg.jp",
            "EMAIL",
        ),
        (
            "本人の申告によると、生年月日は昭和45年3\n月12日であり、年齢は54歳である。",
            "昭和45年3\n月12日",
            "BIRTH_DATE",
        ),
    ],
)
def test_values_cut_in_copied_pdf_text(masker, text, value, kind):
    assert value in found(masker, text, kind)


@pytest.mark.parametrize(
    "text",
    [
        # a Word table pasted one cell a line: an address, then a phone on the next line
        "氏名\n住所\n電話番号\n山田 太郎\n熊本県熊本市東区田沢湖梅沢1244番地\n070-2046-4685\n",
        # columns aligned by spaces
        "ゆうちょ銀行  048-714-9005   大竹 紗愛     富里市西大寿台1-30-14\n046         7\n",
        # CSV rows
        "氏名,電話番号,住所\n山田さん,090-1234-5678,札幌市中央区北1条西2丁目3番地4\n2,佐藤さん,080\n",
        # a sentence that ends, then a numbered item
        "受付の結果は次のとおりとなりましたのでお知らせします。令和6年4月\n1. 申請件数 120件\n",
        # a short line (a heading, a letter's date line)
        "令和6年4月\n12日付けで受理\n",
    ],
)
def test_lines_of_fields_tables_and_lists_are_not_joined(text):
    assert soft_wraps(text) == []


def test_a_table_cell_after_an_address_keeps_its_own_type(masker):
    text = "氏名\n住所\n電話番号\n山田 太郎\n熊本県熊本市東区田沢湖梅沢1244番地\n070-2046-4685\n"
    assert found(masker, text, "PHONE") == ["070-2046-4685"]
    assert found(masker, text, "ADDRESS") == ["熊本県熊本市東区田沢湖梅沢1244番地"]


@pytest.mark.parametrize(
    "text, address",
    [
        (
            "〒004-0051\n札幌市厚別区厚別中央1条5丁目\n4-12 サンパレス厚別 303\n桐生 蓮 様",
            "札幌市厚別区厚別中央1条5丁目\n4-12 サンパレス厚別 303",
        ),
        ("〒099-0101\n北海道紋別郡遠軽町\n1234番地5\n", "北海道紋別郡遠軽町\n1234番地5"),
    ],
)
def test_an_address_over_two_lines_of_a_letters_block(masker, text, address):
    assert address in found(masker, text, "ADDRESS")


def test_a_phone_under_an_address_is_not_its_house_number(masker):
    text = "住所\n札幌市東区北20条東15丁目\n090-4455-6677\n"
    assert found(masker, text, "PHONE") == ["090-4455-6677"]


@pytest.mark.parametrize(
    "text", ["自宅 TEL.011-222-3333 FAX.011-222-3334", "Tel.090-1234-5678（日中）"]
)
def test_a_phone_after_an_abbreviated_label(masker, text):
    assert len(found(masker, text, "PHONE")) == text.count("-") // 2


@pytest.mark.parametrize(
    "text,phone",
    [
        ("携帯：090-1234-\n5678\n住所：札幌市北区北1条西2丁目", "090-1234-\n5678"),
        ("電話 011-222-\n3344", "011-222-\n3344"),
        ("| 連絡先 | 0123-45-\n6789 |", "0123-45-\n6789"),
    ],
)
def test_a_phone_cut_after_its_dash_on_a_short_line(masker, text, phone):
    # No phone ends with a dash: the first half alone was typed as a postal code and the last
    # four digits were sent.
    assert found(masker, text, "PHONE") == [phone]
    assert found(masker, text, "POSTAL_CODE") == []


def test_a_dash_ended_code_before_a_year_is_not_joined():
    assert soft_wraps("番号 12-34-\n2024年度") == []
