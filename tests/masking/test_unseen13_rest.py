"""Mechanisms the blind corpus unseen13 showed outside its big tables (issue 13), on text of our
own: the era letter with six digits as a birth date, an English sentence giving the date of
birth, a form label cut over two lines by a FAX."""

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


def test_era_letter_and_six_digits_in_a_birth_date_column(masker):
    text = (
        "受付日,区分,氏名,生年月日,備考\n"
        "R8.2.3,新規,川端 秀人,S511207,\n"
        "R8.2.4,変更,今井 真央,H080229,\n"
    )
    assert found(masker, text, "BIRTH_DATE") == ["S511207", "H080229"]


def test_era_letter_and_six_digits_after_a_label_or_before_umare(masker):
    text = "対象者 森 和樹様　生年月日H020314、資格を確認。\n子ども（陽菜、R050822生まれ）の件。\n"
    assert found(masker, text, "BIRTH_DATE") == ["H020314", "R050822"]


def test_era_letter_code_without_birth_context_is_no_date(masker):
    # a file code with the same shape, no birth word near it
    assert found(masker, "文書番号 H051128 を参照のこと。", "BIRTH_DATE") == []


def test_an_english_sentence_gives_the_date_of_birth(masker):
    text = (
        "Dear Ms. Lopez,\nYour date of birth is recorded as 7 March 1988 in our register. "
        "The card expires on 12 June 2031.\n"
    )
    assert found(masker, text, "BIRTH_DATE") == ["7 March 1988"]


def test_a_fax_label_cut_over_two_lines_still_names_the_insurance_number(masker):
    text = "送付票\n氏　名　桑原　拓海\n被保険者\n番号　０４１２３５７７８６\n以上\n"
    assert found(masker, text, "INSURANCE_NUMBER") == ["０４１２３５７７８６"]
    assert found(masker, text, "PHONE") == []
