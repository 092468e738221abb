"""The organisation's own public contact details are not a person's (issue 13): a switchboard
marked 代表, the FAX on that line, a mailbox marked shared or send-only, the office's address in
its letterhead, a contact in brackets after an organisation's name. Anything not marked so stays
masked: a 直通 line, a household's 代表, an address with a resident's label."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker() -> PiiMasker:
    return PiiMasker(parallel=False)


def _found(masker: PiiMasker, text: str) -> dict[str, str]:
    return {e.text: e.type for e in masker.find(text)}


def test_a_switchboard_number_is_the_offices(masker):
    found = _found(masker, "ご質問は環境政策課 0263-34-3000（代表）までお寄せください。")
    assert "0263-34-3000" not in found
    found = _found(masker, "代表電話：0263-34-3000\n担当 村井 直通 0263-34-3217")
    assert "0263-34-3000" not in found
    assert found["0263-34-3217"] == "PHONE"  # the staff member's own line
    found = _found(masker, "Tel: +81-263-34-3000 (main)\nMobile: +81-90-4412-7789")
    assert "+81-263-34-3000" not in found
    assert found["+81-90-4412-7789"] == "PHONE"


def test_a_representative_or_household_head_is_a_person(masker):
    found = _found(masker, "代表者 090-6612-4471\n世帯代表 080-2290-1177\n")
    assert found["090-6612-4471"] == found["080-2290-1177"] == "PHONE"
    found = _found(masker, "連絡先 090-3381-5520 代表理事 宮坂\n")
    assert found["090-3381-5520"] == "PHONE"


def test_the_fax_on_the_switchboard_line_is_the_offices_but_not_beside_a_direct_line(masker):
    found = _found(masker, "TEL 0263-34-3000（代表）／FAX 0263-34-3201")
    assert "0263-34-3201" not in found
    found = _found(masker, "電話 0263-34-3000（代表）\nFAX 0263-34-3201\n")
    assert "0263-34-3201" not in found
    found = _found(masker, "電話 0263-34-3217（直通）　FAX 0263-34-3201")
    assert found["0263-34-3201"] == found["0263-34-3217"] == "PHONE"


def test_a_shared_or_send_only_mailbox_is_not_personal(masker):
    found = _found(masker, "共用メール：kankyo@city.matsu.example.lg.jp")
    assert "kankyo@city.matsu.example.lg.jp" not in found
    found = _found(
        masker, "本メールは送信専用アドレス info-mail@city.matsu.example.lg.jp から送っています"
    )
    assert "info-mail@city.matsu.example.lg.jp" not in found
    found = _found(masker, "From: no-reply@portal.example.jp")
    assert "no-reply@portal.example.jp" not in found
    # no mark: a departmental address may be one person's, so it stays masked
    found = _found(masker, "メール：kankyo@city.matsu.example.lg.jp")
    assert found["kankyo@city.matsu.example.lg.jp"] == "EMAIL"


FOOTER = (
    "問い合わせ先\n"
    "松本市 環境部 環境政策課\n"
    "〒390-8620 松本市丸の内3丁目7番1号\n"
    "電話 0263-34-3000（代表）\n"
)


def test_the_address_in_the_offices_footer_is_the_offices(masker):
    found = _found(masker, FOOTER)
    assert "390-8620" not in found
    assert "松本市丸の内3丁目7番1号" not in found
    # the same lines with no switchboard: nothing says whose they are
    found = _found(masker, FOOTER.replace("（代表）", ""))
    assert found["390-8620"] == "POSTAL_CODE"
    assert found["松本市丸の内3丁目7番1号"] == "ADDRESS"


def test_an_address_beside_the_offices_name_is_the_offices(masker):
    found = _found(masker, "提出先：〒390-8620 松本市丸の内3丁目7番1号 松本市役所 福祉課\n")
    assert "390-8620" not in found
    assert "松本市丸の内3丁目7番1号" not in found
    text = "Matsumoto City Office, Welfare Division\n3-7-1 Marunouchi, Matsumoto, Nagano 390-8620, Japan\n"
    found = _found(masker, text)
    assert not any(t in ("ADDRESS", "POSTAL_CODE") for t in found.values()), found
    # without the heading the same line is an address
    found = _found(masker, text.split("\n", 1)[1])
    assert "ADDRESS" in found.values()


def test_a_residents_address_near_the_offices_name_stays_masked(masker):
    found = _found(masker, "田村さん宅（松本市島内4丁目2番3号）の書類を松本市役所へ届けた。")
    assert found["松本市島内4丁目2番3号"] == "ADDRESS"
    found = _found(masker, "松本市役所 福祉課 御中\n長野県松本市島内4丁目2番3号 田村 和子\n")
    assert found["長野県松本市島内4丁目2番3号"] == "ADDRESS"
    found = _found(masker, "住所：松本市島内4丁目2番3号\n電話 0263-34-3000（代表）\n")
    assert found["松本市島内4丁目2番3号"] == "ADDRESS"


def test_a_contact_in_brackets_after_an_organisation_is_the_organisations(masker):
    found = _found(masker, "地域包括支援センター（電話 0263-47-2011）に相談するよう伝えた。")
    assert "0263-47-2011" not in found
    found = _found(
        masker,
        "委託先は株式会社丸山設備（法人番号 1234567890123、本社 松本市島内4丁目2番3号、電話 0263-47-5500）。",
    )
    assert "松本市島内4丁目2番3号" not in found
    assert "0263-47-5500" not in found
    found = _found(masker, "Employer: Azusa Foods Co., Ltd. (Tel 0263-47-5500)")
    assert "0263-47-5500" not in found
    # the brackets name a staff member's line: a person's
    found = _found(masker, "生活支援課（担当：村井、直通 0263-34-3217）")
    assert found["0263-34-3217"] == "PHONE"


def test_a_mobile_number_or_a_named_person_is_never_the_organisations(masker):
    # a small group's 代表 on a mobile is someone's phone
    found = _found(masker, "自治会の連絡先 090-5521-3107（代表）")
    assert found["090-5521-3107"] == "PHONE"
    found = _found(masker, "はなみずき荘（電話 080-7713-0295）")
    assert found["080-7713-0295"] == "PHONE"
    # a role in the brackets: the care manager's line, not the centre's
    found = _found(masker, "ひまわりケアセンター（ケアマネ 山本 0263-47-1180）")
    assert found["0263-47-1180"] == "PHONE"
    # under the office's heading, but on a line with a person's name
    found = _found(
        masker, "Matsumoto City Office\n3-7-1 Marunouchi, Matsumoto, Nagano 390-8620 Taro Yamada\n"
    )
    assert found["3-7-1 Marunouchi, Matsumoto, Nagano"] == "ADDRESS"


def test_an_office_word_that_names_no_office_changes_nothing(masker):
    found = _found(masker, "送迎は松本市島内4丁目2番3号から市役所までです。")
    assert found["松本市島内4丁目2番3号"] == "ADDRESS"
    # 本社 in brackets after a person's name: the person's contact
    found = _found(masker, "田村 和夫（本社 東京都新宿区西新宿2丁目8番1号、電話 03-5321-1190）")
    assert found["03-5321-1190"] == "PHONE"


def test_a_departmental_mailbox_in_the_switchboard_block_is_the_offices(masker):
    block = (
        "環境政策課 ごみ減量係\n"
        "電話 0263-34-3000（代表）内線5120／直通 0263-34-3391\n"
        "E-mail：{mail}\n"
    )
    for mail in ("kankyo-seisaku@city.example.lg.jp", "shiminka@city.example.lg.jp"):
        assert mail not in _found(masker, block.format(mail=mail))
    found = _found(masker, "高齢福祉課 0263-34-3000（代表）／ koreifukushi@town.example.lg.jp")
    assert "koreifukushi@town.example.lg.jp" not in found


@pytest.mark.parametrize(
    "mail",
    [
        "murai-n@city.example.lg.jp",  # a surname and an initial
        "t.murai@city.example.lg.jp",
        "hanako@city.example.lg.jp",  # a given name
        "gomi.genryo@city.example.lg.jp",  # a word that is no section word
        "kankyo2@city.example.lg.jp",  # a number
    ],
)
def test_a_personal_mailbox_in_the_switchboard_block_stays_masked(masker, mail):
    text = f"電話 0263-34-3000（代表）\nE-mail：{mail}\n"
    assert _found(masker, text)[mail] == "EMAIL"


def test_a_departmental_mailbox_away_from_the_switchboard_stays_masked(masker):
    # the labelled corpora disagree on a To: header or an unmarked contact line: privacy first
    found = _found(masker, "From: r.sato@example.jp\nTo: kankyo@city.example.lg.jp\n件名：ごみ")
    assert found["kankyo@city.example.lg.jp"] == "EMAIL"
    found = _found(masker, "電話 0263-34-3391　メール kankyo@city.example.lg.jp")
    assert found["kankyo@city.example.lg.jp"] == "EMAIL"


def test_the_switchboard_named_in_an_english_sentence_is_the_offices(masker):
    found = _found(masker, "Please call our switchboard at +81-263-34-3000.\nMy phone: +81-80-3321-7654")
    assert "+81-263-34-3000" not in found
    assert found["+81-80-3321-7654"] == "PHONE"
