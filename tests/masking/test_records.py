"""Key-value and markup records (records.py, issue 13): a field's key types its value as a table's
header types a cell, on records of our own (fictional people, example.* domains, 555 numbers)."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker
from desktop.core.masking.records import find_in_records, key_type


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m


def found(masker, text, kind=None):
    ents = masker.find(text)
    if kind is None:
        return [(e.type, e.text) for e in ents]
    return [e.text for e in ents if e.type == kind]


# --- keys ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("key", "parent", "kind"),
    [
        ("BDAY", "", "BIRTH_DATE"),
        ("shimei", "", "PERSON"),
        ("shimei_kana", "", "PERSON"),
        ("seinengappi", "", "BIRTH_DATE"),
        ("yubin", "jusho", "POSTAL_CODE"),
        ("todofuken", "jusho", "ADDRESS"),
        ("nenkin_no", "", "PENSION_NUMBER"),
        ("bango", "menkyo", "DRIVER_LICENSE"),
        ("number", "bank", "BANK_ACCOUNT"),
        ("番号", '金融機関="ゆうちょ銀行"', "BANK_ACCOUNT"),
        ("番号", "国民健康保険", "INSURANCE_NUMBER"),
        ("contact_mail", "", "EMAIL"),
        ("homePostalAddress", "", "ADDRESS"),
        ("seibetsu", "", None),
        ("number", "", None),
    ],
)
def test_a_key_reads_as_the_header_it_stands_for(key, parent, kind):
    assert key_type(key, parent) == kind


# --- values typed by their keys -------------------------------------------------------------------
def test_vcard_split_fields_are_one_finding_each(masker):
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:蓮見 柚葉\r\nN:蓮見;柚葉;;;\r\n"
        "ADR;TYPE=HOME:;;若葉町2-14-6 メゾン若葉 202;南砺市;富山県;939-1873;日本\r\n"
        "BDAY:19880412\r\nEND:VCARD\r\n"
    )
    got = found(masker, text)
    for pair in [
        ("PERSON", "蓮見"),
        ("PERSON", "柚葉"),
        ("ADDRESS", "南砺市"),
        ("ADDRESS", "富山県"),
        ("POSTAL_CODE", "939-1873"),
        ("BIRTH_DATE", "19880412"),
    ]:
        assert pair in got
    assert not any(t == "ADDRESS" and "日本" in v for t, v in got)


def test_json_with_romanised_keys(masker):
    text = (
        '{"data": {"shimei": "日向 葵", "seinengappi": "19790311", "jusho": {"yubin": "0481234",'
        ' "todofuken": "長野県", "banchi": "本町3-8-12"}, "menkyo": {"bango": "301234567890"},'
        ' "seibetsu": "2"}}'
    )
    got = found(masker, text)
    for pair in [
        ("PERSON", "日向 葵"),
        ("BIRTH_DATE", "19790311"),
        ("POSTAL_CODE", "0481234"),
        ("ADDRESS", "長野県"),
        ("ADDRESS", "本町3-8-12"),
        ("DRIVER_LICENSE", "301234567890"),
    ]:
        assert pair in got
    assert "2" not in [v for _t, v in got]


def test_yaml_nested_bank_number_and_birth(masker):
    text = (
        "members:\n  - name: 根岸 朔\n    birth: 1961/4/2\n    bank:\n      name: みずなみ銀行\n"
        '      type: 普通\n      number: "4417203"\n'
    )
    got = found(masker, text)
    assert ("BANK_ACCOUNT", "4417203") in got
    assert ("BIRTH_DATE", "1961/4/2") in got
    assert "みずなみ銀行" not in found(masker, text, "PERSON")  # a bank's name under bank:


def test_xml_attributes_of_an_insurance_card_and_a_yucho_account():
    text = (
        '<申請>\n  <健康保険 保険者番号="06131234" 記号="7712" 番号="35"/>\n'
        '  <振込先 金融機関="ゆうちょ銀行" 記号="14410" 番号="22334455"/>\n</申請>'
    )
    got = {(k, text[s:e]) for k, s, e in find_in_records(text)}
    assert ("INSURANCE_NUMBER", "7712") in got
    assert ("INSURANCE_NUMBER", "35") in got
    assert ("BANK_ACCOUNT", "14410") in got
    assert ("BANK_ACCOUNT", "22334455") in got
    assert not any(v == "06131234" for _k, v in got)  # 保険者番号 is the insurer's


def test_sql_insert_values_take_their_columns_types(masker):
    text = (
        "INSERT INTO `kojin` (`id`,`shimei`,`birth`,`menkyo_no`) VALUES "
        "(8812,'梓川 澄','1950-02-17','551234567812'),(8813,'梓川 透','1953-07-30',NULL);"
    )
    got = found(masker, text)
    for pair in [
        ("PERSON", "梓川 澄"),
        ("BIRTH_DATE", "1950-02-17"),
        ("DRIVER_LICENSE", "551234567812"),
        ("BIRTH_DATE", "1953-07-30"),
    ]:
        assert pair in got


def test_a_login_id_is_a_name_written_another_way_a_section_account_is_not():
    text = "dn: uid=tsukishima-r,ou=people,dc=example,dc=jp\nuid: tsukishima-r\nuser=kosodate1 ok\n"
    got = {(k, text[s:e]) for k, s, e in find_in_records(text)}
    assert ("PERSON", "tsukishima-r") in got
    assert not any(v == "kosodate1" for _k, v in got)


# --- the organisation's own records ---------------------------------------------------------------
def test_the_offices_own_card_is_kept(masker):
    text = (
        "BEGIN:VCARD\nFN:水鳥市税務課\nORG:水鳥市;税務課\nTEL;TYPE=WORK:0299-55-0100\n"
        "EMAIL;TYPE=WORK:zeimu@city.mizudori.example.jp\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:蓮見 柚葉\nTEL;TYPE=HOME:0299-55-0177\nEND:VCARD\n"
    )
    phones = found(masker, text, "PHONE")
    assert "0299-55-0177" in phones
    assert "0299-55-0100" not in phones
    assert "zeimu@city.mizudori.example.jp" not in found(masker, text, "EMAIL")


def test_a_number_every_staff_entry_gives_is_the_switchboard(masker):
    text = "".join(
        f"dn: uid={u}\ncn: {n}\ntelephoneNumber: 0299-55-0100\nmobile: {m}\n\n"
        for u, n, m in [
            ("hasumi-y", "蓮見 柚葉", "090-5550-1234"),
            ("azusa-s", "梓川 澄", "080-5550-4321"),
        ]
    )
    phones = found(masker, text, "PHONE")
    assert "0299-55-0100" not in phones
    assert {"090-5550-1234", "080-5550-4321"} <= set(phones)


def test_a_room_attendee_and_a_message_id_are_no_ones(masker):
    text = (
        "ATTENDEE;CUTYPE=ROOM;CN=第3会議室:mailto:room-301@city.mizudori.example.jp\n"
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=梓川 澄;\n X-NUM-GUESTS=0:mailto:sumi.a@example.net\n"
        "Message-ID: <20261201.4411@mail.example.net>\n"
    )
    mails = found(masker, text, "EMAIL")
    assert "sumi.a@example.net" in mails
    assert "room-301@city.mizudori.example.jp" not in mails
    assert "20261201.4411@mail.example.net" not in mails
    assert "梓川 澄" in found(masker, text, "PERSON")  # CN folded before the mailto


def test_an_address_book_export_with_split_columns_and_the_offices_row(masker):
    text = (
        '"姓","名","セイ","メイ","郵便番号","都道府県","市区町村","番地","電話"\n'
        '"蓮見","柚葉","ハスミ","ユズハ","939-1873","富山県","南砺市","若葉町2-14-6","0763-55-0123"\n'
        '"水鳥市","税務課","","","311-1500","茨城県","水鳥市","本町1-1","0299-55-0100"\n'
    )
    got = found(masker, text)
    for pair in [
        ("PERSON", "蓮見"),
        ("PERSON", "ユズハ"),
        ("ADDRESS", "富山県"),
        ("ADDRESS", "南砺市"),
    ]:
        assert pair in got
    values = [v for _t, v in got]
    assert "0299-55-0100" not in values and "本町1-1" not in values and "311-1500" not in values


# --- tables in markup and on a console --------------------------------------------------------------
def test_an_html_tables_header_types_its_cells_and_a_reading_is_a_second_name(masker):
    text = (
        "<table>\n<tr><th>No.</th><th>氏名<br>（ふりがな）</th><th>生年月日</th></tr>\n"
        "<tr><td>1</td><td>梓川&nbsp;澄<br>（あずさがわ すみ）</td><td>1950/2/17</td></tr>\n</table>"
    )
    got = found(masker, text)
    assert ("PERSON", "梓川&nbsp;澄") in got
    assert ("PERSON", "あずさがわ すみ") in got
    assert ("BIRTH_DATE", "1950/2/17") in got


def test_a_console_tables_login_ids_are_names_and_the_offices_account_is_not():
    text = (
        "sAMAccountName  displayName      mail\n"
        "--------------  -----------      ----\n"
        "hasumiy3        蓮見　柚葉       hasumi-y@city.mizudori.example.jp\n"
        "zeimu           税務課共有        zeimu@city.mizudori.example.jp\n\n"
        "ロックアウトされたアカウント:\n\tアカウント名:\t\thasumiy\n"
    )
    got = {(k, text[s:e]) for k, s, e in find_in_records(text)}
    assert ("PERSON", "hasumiy3") in got
    assert ("PERSON", "hasumiy") in got
    assert not any(k == "PERSON" and v == "zeimu" for k, v in got)


def test_an_attribute_writing_a_name_in_another_script_is_that_name():
    text = '<配偶者>\n  <氏名 ローマ字="HASUMI YUZUHA">ハスミ・ユズハ</氏名>\n</配偶者>'
    got = {(k, text[s:e]) for k, s, e in find_in_records(text)}
    assert ("PERSON", "HASUMI YUZUHA") in got
    assert ("HEADER", "ローマ字") in got  # the attribute's name is a label


def test_a_sections_counter_in_a_log_is_no_address():
    text = 'time=2026-12-01T10:00:00 msg="予約" counter=税務課2番\n'
    got = {(k, text[s:e]) for k, s, e in find_in_records(text)}
    assert ("NOT_PERSONAL", "税務課2番") in got


def test_a_log_line_naming_no_one_is_the_offices_only_when_it_says_so():
    text = (
        'time=1 msg="予約" tel=03-5555-0123 result=ok\n'
        'time=2 msg="日次集計" notify=zeimu@city.mizudori.example.jp tel=03-5555-0100\n'
    )
    got = {(k, text[s:e]) for k, s, e in find_in_records(text)}
    assert ("PHONE", "03-5555-0123") in got  # a landline alone may be anyone's
    assert ("NOT_PERSONAL", "03-5555-0100") in got
    assert ("NOT_PERSONAL", "zeimu@city.mizudori.example.jp") in got


def test_a_things_name_is_no_persons_name(masker):
    # Windows' event text: 「ログの名前:  Security」 names the log; 申請者の名前 names a person
    from desktop.core.masking.tables import header_type

    assert header_type("ログの名前") is None
    assert header_type("申請者の名前") == "PERSON"
    text = "ログの名前:         Security\nソース:           Microsoft-Windows-Security-Auditing\n"
    assert "Security" not in found(masker, text, "PERSON")


def test_a_name_key_in_a_config_and_a_system_account_are_no_ones():
    text = (
        "steps:\n  - name: Checkout\n    uses: actions/checkout@v4\n"
        "login: user=root from 198.51.100.7\n"
        "members:\n  - name: YUZUHA HASUMI\n    tel: 090-5550-1234\n"
    )
    got = {(k, text[s:e]) for k, s, e in find_in_records(text)}
    assert ("PERSON", "YUZUHA HASUMI") in got  # beside a phone: a person's record
    assert not any(v in ("Checkout", "root") for _k, v in got)


def test_a_package_name_is_no_one_an_applicants_name_element_is():
    text = '{"name": "my-app", "version": "1.0.0"}'
    assert list(find_in_records(text)) == []
    text = "<Applicant>\n  <Name>YUZUHA HASUMI</Name>\n</Applicant>"
    got = {(k, text[s:e]) for k, s, e in find_in_records(text)}
    assert ("PERSON", "YUZUHA HASUMI") in got


def test_a_staff_number_in_a_user_slot_is_no_login_built_from_a_name():
    text = "08:42:17 192.0.2.28 user=k-512 GET /app\n08:43:01 192.0.2.29 user=a.hasumi GET /app\n"
    got = {(k, text[s:e]) for k, s, e in find_in_records(text)}
    assert ("PERSON", "a.hasumi") in got
    assert not any(v == "k-512" for _k, v in got)
