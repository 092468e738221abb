"""People unseen15 showed, on documents of our own: a form's numbered household rows, a label and a
value beside another on a tabbed line, a staff member's surname glued after a post or heading a
dated entry of a case's log, the addressee's line under a letter's address, a full name before a
bracket of its trade, a katakana reading in brackets after a name — and what they must not take."""

from __future__ import annotations

from tests.masking.cases import found


def test_numbered_rows_of_children_with_a_one_kanji_surname(masker):
    text = (
        "■児童\n"
        "(1) 関 陽葵　令和5年3月2日生　続柄 子　個人番号 123456789018\n"
        "（2）関 蒼空　平29.11.8生　続柄 子\n"
    )
    assert found(masker, text, "PERSON") == ["関 陽葵", "関 蒼空"]


def test_numbered_rows_with_a_given_name_alone(masker):
    text = "2　対象児童\n　（1）朔良　平成30年4月9日生　月額 10,000円\n　（2）瑚白　2021/07/15生　月額 15,000円\n"
    assert found(masker, text, "PERSON") == ["朔良", "瑚白"]


def test_numbered_agenda_items_are_no_rows_of_people(masker):
    text = "議事\n(1) 報告事項　令和6年4月1日施行分\n(2) 協議事項　続柄の記載方法について\n"
    assert found(masker, text, "PERSON") == []


def test_a_tabbed_line_of_two_labels_and_their_values_is_no_header(masker):
    text = "■配偶者\n氏名\t岸 陽介\u3000生年月日\t昭和58年5月6日\n個人番号\t1234 5678 9018\n"
    assert found(masker, text, "PERSON") == ["岸 陽介"]
    assert found(masker, text, "BIRTH_DATE") == ["昭和58年5月6日"]


def test_a_surname_glued_after_a_post_in_a_case_log(masker):
    text = "■対応経過\nR6.9.3　係長今井と協議し、文書で通知することとした。\n"
    assert found(masker, text, "PERSON") == ["今井"]


def test_a_post_glued_to_an_ordinary_word_is_no_name(masker):
    text = "R6.9.3　係長会議で報告。課長補佐と日程を調整した。\n"
    assert found(masker, text, "PERSON") == []


def test_the_subject_of_a_dated_log_entry(masker):
    text = "■対応経過\n令和6年9月2日　筒井が現地確認。\n9/4　筒井は所有者へ電話連絡。\n"
    assert found(masker, text, "PERSON") == ["筒井", "筒井"]


def test_an_office_heading_a_dated_entry_is_no_one(masker):
    text = "■対応経過\nR6.9.2　業者が現地確認。\nR6.9.4　担当課が対応を協議。\n"
    assert found(masker, text, "PERSON") == []


def test_the_addressee_line_under_an_address_is_the_whole_name(masker):
    text = "令和6年7月1日\n〒989-0001　霞ケ原市本町二丁目3番4号\n中紗良 様\n\n霞ケ原市長\n"
    assert found(masker, text, "PERSON") == ["中紗良"]


def test_a_circular_to_the_section_heads_names_no_one(masker):
    text = "事務連絡\n令和6年7月1日\n\n各課長 様\n\n総務課長\n"
    assert found(masker, text, "PERSON") == []


def test_a_full_name_before_a_bracket_of_its_trade(masker):
    text = "【出席者】\n　所 湊斗（社会福祉士／地域包括支援センター）\n　星 結愛（保健師）\n"
    assert found(masker, text, "PERSON") == ["所 湊斗", "星 結愛"]


def test_a_reading_in_brackets_after_a_name_with_a_rare_surname(masker):
    text = "転入のご案内です。\n\n氏名：所 湊斗（トコロ ミナト）\n生年月日：昭和40年1月2日\n"
    assert found(masker, text, "PERSON") == ["所 湊斗", "トコロ ミナト"]


def test_a_bracket_of_katakana_words_after_a_facility_is_no_reading(masker):
    text = "会場：市民センター（ホール ロビー）\n"
    assert found(masker, text, "PERSON") == []


def test_a_label_before_a_given_name_and_its_reading_is_no_surname(masker):
    text = "氏名 湊斗（トコロ ミナト）\n"
    assert "氏名 湊斗" not in found(masker, text, "PERSON")


def test_a_facility_named_in_kana_after_its_kind_is_no_person(masker):
    text = "【出席者】\n　林 一郎（主任介護支援専門員／居宅介護支援事業所あおいはるか、事業所番号 0412345678）\n"
    assert found(masker, text, "PERSON") == ["林 一郎"]


def test_a_district_before_chinai_and_a_numbered_road_are_no_names(masker):
    text = "1　ご要望の要旨\n　志徳地内の市道志徳1号線において、側溝のふたががたつく。\n"
    assert found(masker, text, "PERSON") == []


def test_a_person_named_like_a_district_is_still_found(masker):
    text = "受付者：道路課 志徳 花子（主査）\n志徳さんから現地の写真が届いた。\n"
    assert found(masker, text, "PERSON") == ["志徳 花子", "志徳"]


def test_a_town_body_in_brackets_after_a_members_post_is_no_person(masker):
    text = "3　出席委員\n　根本 和也 委員（霞ケ原市医師会）\n　林 三郎 委員（南浜区自治会連合会）\n"
    assert found(masker, text, "PERSON") == ["根本 和也", "林 三郎"]


def test_a_name_in_brackets_after_a_post_is_still_found(masker):
    text = "担当：福祉課長（五百旗頭）\n"
    assert found(masker, text, "PERSON") == ["五百旗頭"]


def test_the_next_fields_label_is_no_given_name(masker):
    text = "通訳：塚田 恩\n受付：藤原\u3000入力：川島\n"
    assert found(masker, text, "PERSON") == ["塚田 恩", "藤原", "川島"]


def test_a_given_name_before_a_colon_stays(masker):
    text = "○山田 太郎：ご説明します。\n"
    assert found(masker, text, "PERSON") == ["山田 太郎"]
