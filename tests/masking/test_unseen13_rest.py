"""Mechanisms the blind corpus unseen13 showed outside its big tables (issue 13), on text of our
own: the era letter with six digits as a birth date, an English sentence giving the date of
birth, a form label cut over two lines by a FAX."""

from __future__ import annotations

from tests.masking.cases import found


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


def test_a_counter_or_health_centre_in_brackets_is_the_organisations_number(masker):
    text = (
        "休日は夜間受付窓口（0123-45-6789）で受け付けます。\n"
        "騒音の件は北部保健所（0123-77-1010）へ照会予定。\n"
        "申出人 連絡先（0123-88-4321）\n"
    )
    assert found(masker, text, "PHONE") == ["0123-88-4321"]


def test_the_address_under_the_inquiry_line_is_the_offices(masker):
    text = (
        "お知らせ\n　図書館は休館します。\n\n"
        "問合せ先　生涯学習課 主事 上田 恵（直通 0123-45-6701／ueda-m@town.example.jp）\n"
        "〒099-1234 北海道みなと町本通一丁目1番地\n"
    )
    assert found(masker, text, "ADDRESS") == []
    assert found(masker, text, "POSTAL_CODE") == []
    assert found(masker, text, "PHONE") == ["0123-45-6701"]
    # the same block of a resident's: no inquiry line above, the address stays masked
    resident = "申請者　上田 恵\n〒099-1234 北海道みなと町本通一丁目1番地\n"
    assert found(masker, resident, "ADDRESS") == ["北海道みなと町本通一丁目1番地"]


def test_call_us_at_gives_the_organisations_number_and_mailbox(masker):
    text = (
        "If you have questions, please call us at +81-123-45-6789 (ext. 210) or write to "
        "kokusai@town.example.jp. Your host family can be reached at +81-90-5555-0123.\n"
        "Please call me at +81-123-45-9876 or write to h.tanaka@town.example.jp.\n"
    )
    assert found(masker, text, "PHONE") == ["+81-90-5555-0123", "+81-123-45-9876"]
    assert found(masker, text, "EMAIL") == ["h.tanaka@town.example.jp"]


def test_a_surname_before_hosa_in_an_attendee_list(masker):
    text = "打合せ記録\n出席：部長、菅原補佐、今村（記）\n議題：予算\n"
    assert "菅原" in found(masker, text, "PERSON")


def test_the_head_of_the_family_register_is_a_label(masker):
    text = "交付申請書\n請求者　本人\n筆頭者　今井　青空\n本籍　北海道みなと町本通1番地\n"
    assert "今井　青空" in found(masker, text, "PERSON")


def test_a_company_named_earlier_in_the_sentence_does_not_own_a_relatives_address(masker):
    text = (
        "本人の話：株式会社みなと物産の契約が切れた。兄の家（北海道みなと町栄町3-4-5）に"
        "身を寄せる予定。\n"
    )
    assert found(masker, text, "ADDRESS") == ["北海道みなと町栄町3-4-5"]


def test_the_passport_form_of_a_name_on_the_line_under_it(masker):
    text = "本人確認記録\n届出人：パク・ソヨン\n（PARK SOYEON）\n確認書類：在留カード\n（ABC CORP）\n"
    assert "PARK SOYEON" in found(masker, text, "PERSON")
    assert "ABC CORP" not in found(masker, text, "PERSON")


def test_a_childs_given_name_in_brackets_with_its_birth_date_or_age(masker):
    text = (
        "相談内容：子ども（結翔、H31.2.3生まれ）の入園について。\n"
        "長女（なつみ、7歳）も同伴。\n"
        "子ども（ひまわり園、4歳）に通所中。\n"
    )
    names = found(masker, text, "PERSON")
    assert "結翔" in names and "なつみ" in names
    assert not any("園" in n for n in names)
