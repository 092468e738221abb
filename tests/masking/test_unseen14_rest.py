"""Mechanisms the blind corpus unseen14 showed outside its tables (issue 13), on text of our own:
an account number after the bank named in the sentence (口座は〇〇銀行の1234567), and a visit
record's line where a labelled household head (世帯主：) is followed by the date alone."""

from __future__ import annotations

from tests.masking.cases import found


def test_account_after_the_bank_named_in_the_sentence(masker):
    text = "電話で相談。引落し口座は南海みどり銀行の8812347とのこと。\n口座は西山信金 駅前支店の2049913。\n"
    assert found(masker, text, "BANK_ACCOUNT") == ["8812347", "2049913"]


def test_bank_named_without_the_account_word_is_no_account(masker):
    # a bank's name and a number without 口座: a phone extension, not an account
    assert found(masker, "南海みどり銀行の担当者 内線 8812347 まで。", "BANK_ACCOUNT") == []


def test_labelled_household_head_then_the_date_alone(masker):
    text = (
        "ケース番号：A-2207\t訪問日：令和8年5月11日\t担当：岡本\n"
        "世帯主：谷口 健吾\t1956年10月2日\n所見：特になし。\n"
    )
    assert found(masker, text, "BIRTH_DATE") == ["1956年10月2日"]


def test_labelled_household_head_with_a_dated_event_is_no_birth_date(masker):
    text = "世帯主：谷口 健吾\t令和8年5月11日訪問\n"
    assert found(masker, text, "BIRTH_DATE") == []


def test_notice_senders_address_under_the_officers_title_is_the_offices(masker):
    text = (
        "〒990-0001 山形県南原市中町3-4\n石田 陽斗 様\n\n南原市子育て支援課長\n"
        "〒990-0100 南原市本町一丁目1番1号\n\n通知書番号 1234\n"
    )
    assert found(masker, text, "POSTAL_CODE") == ["990-0001"]
    assert found(masker, text, "ADDRESS") == ["山形県南原市中町3-4"]


def test_a_name_on_the_title_line_keeps_the_address_masked(masker):
    text = "南原市長 石田 陽斗\n〒990-0100 南原市本町一丁目1番1号\n"
    assert found(masker, text, "ADDRESS") == ["南原市本町一丁目1番1号"]


def test_contact_the_named_division_at_its_number_or_mailbox(masker):
    text = (
        "If you have any questions, please contact the Welfare Division at 0155-21-3300 "
        "or fukushi@city.minamihara.example.jp.\n\nSincerely,\n"
    )
    assert found(masker, text, "PHONE") == []
    assert found(masker, text, "EMAIL") == []


def test_a_person_reached_through_the_division_stays_masked(masker):
    text = "Please contact the Welfare Division or my mobile 090-5550-1234 or kenta.tani@example.com.\n"
    assert found(masker, text, "PHONE") == ["090-5550-1234"]
    assert found(masker, text, "EMAIL") == ["kenta.tani@example.com"]


def test_a_record_number_labelled_by_its_kind_is_no_phone(masker):
    text = "整理番号 0312345678 で照会済み。折り返しは電話番号 03-5550-1234 へ。\n"
    assert found(masker, text, "PHONE") == ["03-5550-1234"]


def test_a_phone_labelled_number_stays_a_phone(masker):
    assert found(masker, "自宅番号 0355501234、携帯電話番号 09055501234", "PHONE") == [
        "0355501234",
        "09055501234",
    ]
