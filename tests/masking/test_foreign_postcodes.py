"""Foreign addresses in their own shapes, and the postal code on the line under them (issue 13):
an address block closed by 「code, Country」 or by the code alone; a Japanese address in English
order whose mark is the romanised prefecture or the postal code after it."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker() -> PiiMasker:
    return PiiMasker(parallel=False)


def _found(masker: PiiMasker, text: str) -> dict[str, str]:
    return {e.text: e.type for e in masker.find(text)}


def test_an_indian_address_block_and_its_pin_code(masker):
    text = (
        "Please write to my family at:\n\n"
        "    221, Park Street, Salt Lake, Kolkata, West Bengal\n"
        "    700091, India\n"
        "    Phone: +91 98311 22334\n"
    )
    found = _found(masker, text)
    assert found["221, Park Street, Salt Lake, Kolkata, West Bengal"] == "ADDRESS"
    assert found["700091"] == "POSTAL_CODE"
    assert "India" not in found  # the country is public
    assert "Please write to my family at:" not in found


def test_a_brazilian_street_first_address_and_its_cep(masker):
    text = "Endereço no exterior:\n  Avenida Paulista, 1578, sala 12, Bela Vista, São Paulo - SP\n  01310-200, Brazil\n"
    found = _found(masker, text)
    assert found["Avenida Paulista, 1578, sala 12, Bela Vista, São Paulo - SP"] == "ADDRESS"
    assert found["01310-200"] == "POSTAL_CODE"


def test_a_code_alone_under_an_address_line(masker):
    found = _found(
        masker, "Contact address:\n12 Nguyen Hue, District 1, Ho Chi Minh City\n700000\n"
    )
    assert found["700000"] == "POSTAL_CODE"
    assert found["12 Nguyen Hue, District 1, Ho Chi Minh City"] == "ADDRESS"


def test_each_line_of_a_block_is_its_own_finding(masker):
    found = _found(masker, "Flat 3, 45 Orchard Lane\nLeeds\nLS6 2QT, United Kingdom\n")
    assert found["Flat 3, 45 Orchard Lane"] == "ADDRESS"
    assert found["LS6 2QT"] == "POSTAL_CODE"
    assert not any("\n" in t for t in found)


def test_numbers_that_are_no_postal_code(masker):
    assert _found(masker, "In 2026, Japan hosts the meeting.\n") == {}
    # a count under a line with no street number, a year with a country
    assert _found(masker, "Boxes, crates and pallets\n1500\n") == {}
    assert _found(masker, "Report for the year\n2025, India\n") == {}


def test_a_japanese_address_in_english_order_with_its_prefecture(masker):
    found = _found(masker, "Home: 3-7-1 Marunouchi, Matsumoto, Nagano 390-8620, Japan")
    assert found["3-7-1 Marunouchi, Matsumoto, Nagano"] == "ADDRESS"
    assert found["390-8620"] == "POSTAL_CODE"
    found = _found(masker, "Registered address: 14-2 Sakaemachi, Asahikawa 070-0030")
    assert found["14-2 Sakaemachi, Asahikawa"] == "ADDRESS"


def test_a_row_of_values_is_no_address_block(masker):
    found = _found(masker, "No, Name, Amount\n1, Tanaka, 5000\n123456\n")
    assert "123456" not in found
    assert "1, Tanaka, 5000" not in found
