"""The office's shared mailboxes that unseen15 showed, on text of our own: a departmental mailbox
(its local part made of section words only) is the section's own where the text names the section
its local part romanises, names it as the place to write to, or gives it under the municipality's
own display name or in a notice the office's no-reply@ sends; a number with an extension is the
switchboard. A person's work address (surname-initial@) beside them stays masked, and so does a
departmental mailbox nothing marks as the section's (a resident's To: header)."""

from __future__ import annotations

from tests.masking.cases import found

DOMAIN = "city.kitayama.example.jp"


def test_mailbox_on_a_line_naming_its_section(masker):
    text = (
        "点検結果は以上です。\n\n"
        f"担当：市民課 住民記録係 小野 葵（内線 231）　shimin@{DOMAIN}\n"
    )
    assert found(masker, text, "EMAIL") == []
    assert found(masker, text, "PERSON") == ["小野 葵"]


def test_personal_mailbox_on_the_same_line_stays_masked(masker):
    text = f"担当：市民課 住民記録係 小野 葵（内線 231）　ono-a@{DOMAIN}\n"
    assert found(masker, text, "EMAIL") == [f"ono-a@{DOMAIN}"]


def test_mailbox_of_another_section_than_the_one_named_stays_masked(masker):
    # zeimu is not the 市民課 named on the line: nothing says whose it is
    text = f"担当：市民課 住民記録係 小野 葵（内線 231）　zeimu@{DOMAIN}\n"
    assert found(masker, text, "EMAIL") == [f"zeimu@{DOMAIN}"]


def test_english_signature_mailbox_and_switchboard_with_extension(masker):
    text = (
        "Dear Mr. Silva,\n\nPlease bring your passport.\n\nKind regards,\n"
        "Kitayama City International Relations Office\n"
        f"kokusai@{DOMAIN} / +81-155-21-2111 (ext. 214)\n"
    )
    assert found(masker, text, "EMAIL") == []
    assert found(masker, text, "PHONE") == []


def test_mailbox_in_brackets_after_the_named_office(masker):
    text = f"Please contact the International Exchange Office (kokusai@{DOMAIN}).\n\nSincerely,\n"
    assert found(masker, text, "EMAIL") == []


def test_bare_mailbox_in_cc_of_a_mail_whose_signature_names_the_section(masker):
    text = (
        f"From: 村井 修 <murai-o@{DOMAIN}>\n"
        f"To: 畑中 希 <hatanaka-n@{DOMAIN}>\n"
        f"Cc: 岡田 実 <okada-m@{DOMAIN}>; zeimu@{DOMAIN}\n"
        "Subject: 納付相談の件\n\n畑中さん\n\n記録を送ります。\n\n"
        "--\n北山市 総務部 税務課 収納係\n村井 修\n"
    )
    assert found(masker, text, "EMAIL") == [f"murai-o@{DOMAIN}", f"hatanaka-n@{DOMAIN}", f"okada-m@{DOMAIN}"]


def test_bare_departmental_mailbox_nothing_names_stays_masked(masker):
    # a resident writes to kouhou@; no 広報 anywhere: kept masked as the corpora label it
    text = (
        "From: k-sato@mail.example.ne.jp\n"
        f"To: kouhou@{DOMAIN}\n件名：道路の穴\n\n北山市役所 道路課 ご担当者様\n\n穴があります。\n"
    )
    assert found(masker, text, "EMAIL") == ["k-sato@mail.example.ne.jp", f"kouhou@{DOMAIN}"]


def test_display_name_naming_the_municipality(masker):
    text = (
        f"From: 北山市 国際交流室 <kokusai@{DOMAIN}>\n"
        "To: Ana Silva <ana.silva@example.com>\nSubject: Re: 在留手続\n\nDear Ms. Silva,\n"
    )
    assert found(masker, text, "EMAIL") == ["ana.silva@example.com"]


def test_display_name_of_a_section_alone_stays_masked(masker):
    # 宛先: 子育て支援課 <kosodate@…>: a labelled corpus calls this personal; left as it was
    text = (
        f"差出人: 岸 由香 <kishi-y@{DOMAIN}>\n宛先: 子育て支援課 <kosodate@{DOMAIN}>\n"
        "件名: 共有\n\n各位\n"
    )
    assert f"kosodate@{DOMAIN}" in found(masker, text, "EMAIL")


def test_form_notice_from_the_offices_no_reply_to_a_section(masker):
    text = (
        "件名: [北山市ホームページ] フォーム送信がありました\n"
        f"差出人: no-reply@{DOMAIN}\n宛先: bousai@{DOMAIN}\n\n"
        "お名前: 吉川 駿\nメールアドレス: shun.y@example.jp\n"
    )
    assert found(masker, text, "EMAIL") == ["shun.y@example.jp"]


def test_mailbox_named_in_prose_as_the_place_to_write_to(masker):
    text = f"湯川 様\n\n再発行いたしました。\nご不明な点は suido@{DOMAIN} までご連絡ください。\n"
    assert found(masker, text, "EMAIL") == []


def test_personal_mailbox_named_in_prose_stays_masked(masker):
    text = f"湯川 様\n\n再発行いたしました。\nご不明な点は yukawa.t@{DOMAIN} までご連絡ください。\n"
    assert found(masker, text, "EMAIL") == [f"yukawa.t@{DOMAIN}"]


def test_foreign_number_under_the_switchboard_line_stays_a_phone(masker):
    # 555-0167 inside +1 (312) 555-0167 is no postal code of the office under its switchboard
    text = (
        "Please call us at +81-155-21-2111 (ext. 1402) or write to kokusai@city.kitayama.example.jp.\n"
        "Your family listed +1 (312) 555-0167 as an emergency contact.\n"
    )
    assert found(masker, text, "PHONE") == ["+1 (312) 555-0167"]
