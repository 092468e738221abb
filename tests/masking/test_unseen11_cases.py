"""The patterns the blind corpus unseen11 showed for names and birth dates (issue 13), on text
of our own: a household's member lines without 生, …"""

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


def test_a_household_members_line_gives_the_birth_date_without_sei(masker):
    text = (
        "世帯員：\n"
        "　妻　大西 咲良　S52.10.3\n"
        "　次男　陽向　平成19年2月14日\n"
        "　父　死亡　2019年6月1日\n"
        "提出日　R7.5.1\n"
    )
    assert found(masker, text, "BIRTH_DATE") == ["S52.10.3", "平成19年2月14日"]
