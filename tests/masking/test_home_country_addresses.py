"""Former addresses abroad as foreign residents give them (the largest groups in Japan: Viet Nam,
China, Korea, the Philippines, Brazil, Nepal, Indonesia): one line closed by the postal code and
the country, a Korean road-name address in Hangul, Korea's mobile numbers."""

from __future__ import annotations

import pytest

from tests.masking.cases import found


@pytest.mark.parametrize(
    "text, address, code",
    [
        (
            "Previous address: Blk 7 Lot 22, Mabini St., Brgy. Malinis, Pasig City 1600, Philippines",
            "Blk 7 Lot 22, Mabini St., Brgy. Malinis, Pasig City",
            "1600",
        ),
        (
            "Home: Jl. Merdeka No. 14, RT 02/RW 07, Kel. Sukajadi, Bandung 40162, Indonesia; HP +62 811-222-333",
            "Jl. Merdeka No. 14, RT 02/RW 07, Kel. Sukajadi, Bandung",
            "40162",
        ),
        ("本国住所: Ward No. 9, Pokhara 33700, Nepal", "Ward No. 9, Pokhara", "33700"),
    ],
)
def test_an_address_closed_by_its_code_and_country(masker, text, address, code):
    assert address in found(masker, text, "ADDRESS")
    assert code in found(masker, text, "POSTAL_CODE")


@pytest.mark.parametrize(
    "text",
    [
        "The population was 12,345 in 2020, Japan's census says.",
        "Sales rose by 4, 2030 Japan target.",
    ],
)
def test_figures_before_a_country_are_no_address(masker, text):
    assert found(masker, text, "ADDRESS") == []


def test_a_korean_road_name_address_and_its_code(masker):
    text = "前住所：부산광역시 해운대구 해운대로 570, 101동 1502호 (48060)"
    assert found(masker, text, "ADDRESS") == ["부산광역시 해운대구 해운대로 570, 101동 1502호"]
    assert found(masker, text, "POSTAL_CODE") == ["48060"]


def test_a_korean_mobile_is_a_phone(masker):
    assert found(masker, "韓国の携帯 010-2345-6789 にも連絡可", "PHONE") == ["010-2345-6789"]
