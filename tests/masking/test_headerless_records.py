"""Headerless person records typed by their rows' contents (tables_headerless.py).

Own fictional text (555 phones, random keys), not the unseen14 corpus's."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker
from desktop.core.masking.tables_headerless import find_headerless_records


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m


def _of(masker, text, kind):
    return sorted(e.text for e in masker.find(text) if e.type == kind)


# a fixed-width dump: key, half-width kana name padded, YYYYMMDD, phone, trailing code
FIXED = (
    "ｷｭｳｼｽﾃﾑ ﾃﾞｰﾀ\n"
    "31840027 ｻｻｷ ﾊﾙｴ          19470823 0355550147 118204\n"
    "60217745 ﾉｸﾞﾁ ｹﾝｼﾞﾛｳ      19830105 0455550162 220917\n"
    "48006312 ｵｵﾀ ﾅﾅ           20010716 0665550133 093311\n"
)


def test_fixed_width_compact_date_is_birth_date(masker):
    assert _of(masker, FIXED, "BIRTH_DATE") == ["19470823", "19830105", "20010716"]
    persons = _of(masker, FIXED, "PERSON")
    assert "ｵｵﾀ ﾅﾅ" in persons and "ﾉｸﾞﾁ ｹﾝｼﾞﾛｳ" in persons
    found = {e.text for e in masker.find(FIXED)}
    assert "31840027" not in found and "118204" not in found  # the key and the code stay


# a 介護 list pasted without its header: row no, insured number, name, kana, birth, care level
CARE = (
    "更新の対象者です\n"
    "7\t0455550921\t杉本　里江\tスギモト　リエ\t昭和22年3月4日\t要支援2\t令和7年5月1日\n"
    "15\t27719034\t片山　勇\tカタヤマ　イサム\t1939/10/30\t要介護4\t令和7年6月2日\n"
)


def test_care_level_row_types_its_number(masker):
    # ten digits that look like a phone are the 被保険者番号 in a care-level row
    assert _of(masker, CARE, "INSURANCE_NUMBER") == ["0455550921", "27719034"]
    assert "0455550921" not in _of(masker, CARE, "PHONE")


def test_care_rows_under_a_header_are_left_to_the_header():
    text = "番号\t氏名\t電話\t介護度\n" + CARE.split("\n", 1)[1]
    assert not [f for f in find_headerless_records(text) if f[0] == "INSURANCE_NUMBER"]


# a transfer CSV without header: the leading ten digits are the payer's number, not a phone
KOUZA = "0355510288,ｻｻｷ ﾊﾙｴ,0005,123,1,7712345,4200\n0455510917,ﾉｸﾞﾁ ｹﾝｼﾞ,0009,456,1,8823456,3100\n"


def test_leading_key_is_not_a_phone(masker):
    assert _of(masker, KOUZA, "PHONE") == []


def test_leading_phone_under_a_header_stays_a_phone(masker):
    text = "電話番号,氏名,銀行,支店,種目,口座,金額\n" + KOUZA
    assert not [f for f in find_headerless_records(text) if f[0] == "NOT_PERSONAL"]


# a foreign household's member rows: relation, name in parts with its passport spelling, date
MEMBERS = (
    "同一世帯：\n"
    "　配偶者　ロドリゲス・ルイサ（RODRIGUEZ LUISA）　1971年2月9日　在留カード UX48210937KQ　旅券 RT5502913\n"
    "　子　ロドリゲス　カルロス（RODRIGUEZ CARLOS）　平成15年8月30日　在留カード UX90315528KA　旅券 RT5502988\n"
)


def test_member_row_with_passport_spelling_gives_birth_date():
    from desktop.core.masking.dates import find_member_birth_dates
    from desktop.core.masking.normalize import normalize

    norm = normalize(MEMBERS)
    dates = sorted(norm[s:e] for t, s, e in find_member_birth_dates(norm) if t == "BIRTH_DATE")
    assert dates == ["1971年2月9日", "平成15年8月30日"]


def test_url_parameter_digits_are_not_a_phone():
    from desktop.core.masking.numbers import find_phones

    line = '2026-01-02T03:04:05 198.51.100.7 "GET /case/view?ref=0455501234" 200 812'
    assert not list(find_phones(line))
    # a parameter whose key names a phone keeps it
    assert list(find_phones("/callback?tel=0455501234&x=1"))
