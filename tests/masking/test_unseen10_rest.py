"""The rest of what the blind corpus unseen10 showed (issue 13), on texts of our own: an account
number given before its bank in brackets, the office's address at the foot of a staff member's
signature, a letter addressed to the office itself."""

from __future__ import annotations

import pytest

from tests.masking.cases import found


def test_an_account_number_before_its_bank_in_brackets(masker):
    text = "金銭管理は次女が行う。年金は4417203（ひばり台信用金庫 駅南支店 普通）に振込。"
    assert found(masker, text, "BANK_ACCOUNT") == ["4417203"]


@pytest.mark.parametrize(
    "text",
    [
        "会費3000円（銀行振込、普通は月末）",  # an amount, no account kind closing the brackets
        "受付番号 4417203（駅南支店で受付）",  # no account kind at all
    ],
)
def test_a_number_before_other_brackets_is_no_account(masker, text):
    assert found(masker, text, "BANK_ACCOUNT") == []


SIGNATURE = (
    "--\nひばり台町 税務課 資産税係\n森田 悠真\n代表 0299-55-1111 内線2301\n"
    "直通 0299-55-6402\n〒311-9001 ひばり台町中央二丁目3番4号\n"
)


def test_the_offices_address_under_a_signature_is_not_personal(masker):
    assert found(masker, SIGNATURE, "ADDRESS") == []
    assert found(masker, SIGNATURE, "POSTAL_CODE") == []
    assert found(masker, SIGNATURE, "PHONE") == ["0299-55-6402"]  # the staff member's 直通 stays
    assert found(masker, SIGNATURE, "PERSON") == ["森田 悠真"]


@pytest.mark.parametrize(
    "text",
    [
        # no switchboard above: the address is whoever's it is
        "森田 悠真\n直通 0299-55-6402\n〒311-9001 ひばり台町中央二丁目3番4号\n",
        # a line of prose between the switchboard and the address ends the contact block
        "代表 0299-55-1111\n申請者の住所は下記のとおり。\n〒311-9020 ひばり台町南五丁目6番7号\n",
        # a person's own address label on the line
        "代表 0299-55-1111\n直通 0299-55-6402\n住所 〒311-9020 ひばり台町南五丁目6番7号\n",
    ],
)
def test_an_address_outside_the_signatures_contact_block_stays_masked(masker, text):
    assert len(found(masker, text, "ADDRESS")) == 1


def test_a_letter_addressed_to_the_office_itself(masker):
    text = (
        "To: Kitaminato City Hall, Resident Affairs Division\n"
        "2-3-4 Chuo, Kitaminato City 311-9001\n\nDear Sir or Madam,\n"
        "I live at 5-6-7 Minami, Kitaminato City 311-9020.\n"
    )
    assert found(masker, text, "ADDRESS") == ["5-6-7 Minami, Kitaminato City"]
    assert found(masker, text, "POSTAL_CODE") == ["311-9020"]


def test_a_letter_to_a_person_at_the_office_keeps_the_address(masker):
    text = "To: Ms. Sato, Kitaminato City Hall\n5-6-7 Minami, Kitaminato City 311-9020\n"
    assert found(masker, text, "POSTAL_CODE") == ["311-9020"]


@pytest.mark.parametrize("heading", ["納 入 者 氏 名", "納 税 義 務 者"])  # 納 is a surname too
def test_a_heading_spaced_out_in_a_pdf_leaves_no_name(masker, heading):
    text = heading + " 森田\u3000悠真 電話 0299-55-6402\n"
    assert found(masker, text, "PERSON") == ["森田\u3000悠真"]


def test_the_script_named_in_brackets_after_a_label_is_no_name(masker):
    text = "口座番号 7654321 口座名義人（カナ）ﾓﾘﾀ ﾕｳﾏ\n"
    assert found(masker, text, "PERSON") == ["ﾓﾘﾀ ﾕｳﾏ"]


def test_a_sections_mailbox_after_its_name_under_a_contact_label(masker):
    text = (
        "返金は来月です。問合せ先：介護保険係 kaigo@town.hibaridai.example.jp\n"
        "連絡先：市民課 sato-y@town.hibaridai.example.jp\n"  # a person's work address stays
        "To: 介護保険係 <kaigo-hoken@town.hibaridai.example.jp>\n"  # a header: kept masked
    )
    assert found(masker, text, "EMAIL") == [
        "sato-y@town.hibaridai.example.jp",
        "kaigo-hoken@town.hibaridai.example.jp",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("別居の次男森田 悠真（090-5550-1234）に連絡予定。", "森田 悠真"),
        ("夫グエン\u3000ヴァンアン（旅券 TZ1234567）も同行。", "グエン\u3000ヴァンアン"),
        ("長女森田 結衣（平成20年4月1日生）と同居。", "森田 結衣"),
    ],
)
def test_a_relation_glued_to_a_full_name_with_a_persons_detail_in_brackets(masker, text, name):
    assert name in found(masker, text, "PERSON")


def test_a_relation_glued_to_words_before_other_brackets_is_no_name(masker):
    assert found(masker, "長女夫婦（同居）が見守り。\n父母 会議（午後）", "PERSON") == []


def test_a_surname_that_opens_with_a_relation_keeps_it(masker):
    assert found(masker, "担当：祖父江 誠（090-5550-1234）", "PERSON") == ["祖父江 誠"]


def test_the_insured_person_label_names_a_person_whose_given_name_is_a_word(masker):
    text = "理由書\n被保険者：千 希望（被保険者番号 1234567890、要介護2）\n"
    assert found(masker, text, "PERSON") == ["千 希望"]


def test_a_reading_set_apart_by_spaces_after_a_labelled_name(masker):
    # a rare surname the dictionaries may not know: the label vouches for the name, and one
    # katakana word for each part of it after the spaces is its reading
    text = "対象者：月見里 奏汰\u3000ヤマナシ カナタ\u3000昭和50年1月2日生\n"
    assert "ヤマナシ カナタ" in "".join(found(masker, text, "PERSON"))


def test_a_surname_alone_after_a_post_ending_the_item(masker):
    text = "町側：健康福祉課長 森田 悠真、同主査 平野\n"
    assert found(masker, text, "PERSON") == ["森田 悠真", "平野"]


def test_a_word_after_a_post_is_no_surname(masker):
    assert found(masker, "課長 会議、部長 不在\n", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("申請代理人：司法書士 森田 悠真（TEL 0299-55-6402）", "森田 悠真"),
        ("児童名 結菜（ユイナ）\u30002020/04/01生", "結菜"),
        ("出席：小西 秀樹会長、平野 真一副会長ほか", "平野 真一"),
    ],
)
def test_a_label_a_trade_or_a_posts_prefix_is_no_part_of_the_name(masker, text, name):
    assert name in found(masker, text, "PERSON")


@pytest.mark.parametrize("name", ["孫 正義", "富士 太郎"])  # one kanji, or no trade: kept whole
def test_a_surname_that_reads_as_a_relation_or_ends_in_a_trades_character(masker, name):
    assert found(masker, f"担当：{name} 様", "PERSON") == [name]


def test_the_whole_reading_under_a_label_a_pdf_wrapped(masker):
    text = (
        "口座振替依頼書\n納 付 者 氏 名 森田\u3000紬希 フリ\nガナ モリタ ツムギ 住所 〒311-9020\n"
        "口座名義人（カナ）ﾓﾘﾀ ﾂﾑｷﾞ\n"
    )
    names = found(masker, text, "PERSON")
    assert "モリタ ツムギ" in names and "カナ" not in names


def test_katakana_words_far_from_a_full_name_are_not_joined(masker):
    text = "森田 悠真 様\n\n来週の説明会では、資料をご確認ください。\nタナカ ソフト 社の件"
    assert "タナカ ソフト" not in found(masker, text, "PERSON")
