"""A row that names the identity document it lists types its number cell (our own registers)."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker() -> PiiMasker:
    return PiiMasker(parallel=False)


def _typed(masker: PiiMasker, text: str) -> dict[str, str]:
    return {e.text: e.type for e in masker.find(text)}


REGISTER = (
    "窓口本人確認簿（11月）\n"
    "和田　正志\t451203998817\t昭和41年3月2日\t運転免許証\n"
    "OKADA RINA\tTK4471290\t1990/07/14\t旅券\n"
    "石井　陽菜\t{my_number}\t平成8年1月9日\tマイナンバーカード\n"
    "大野　勝\t309917726615\t昭和29年12月1日\t運転免許証\n"
)


def test_each_rows_document_types_its_number_without_a_header(masker):
    from desktop.core.masking.numbers import my_number_valid

    my_number = next(f"12345678901{d}" for d in range(10) if my_number_valid(f"12345678901{d}"))
    typed = _typed(masker, REGISTER.format(my_number=my_number))
    assert typed["451203998817"] == "DRIVER_LICENSE"
    assert typed["309917726615"] == "DRIVER_LICENSE"
    assert typed["TK4471290"] == "PASSPORT"
    assert typed[my_number] == "MY_NUMBER"


def test_a_licence_that_passes_the_my_number_check_stays_a_licence(masker):
    from desktop.core.masking.numbers import my_number_valid

    looks_like = next(f"30147626677{d}" for d in range(10) if my_number_valid(f"30147626677{d}"))
    typed = _typed(masker, f"片山　理可,{looks_like},平成19年10月8日,運転免許証\n")
    assert typed[looks_like] == "DRIVER_LICENSE"


def test_a_row_naming_two_documents_or_none_is_left_to_the_other_rules(masker):
    typed = _typed(masker, "受付番号\t旅券\t運転免許証\n20240117\t1\t2\n")
    assert "20240117" not in typed
