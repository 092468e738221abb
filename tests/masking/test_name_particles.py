"""Names the rules used to cut: a Latin name with a lower-case particle, a regnal number after a
katakana name, a surname that is also a word after a role (sentences of our own)."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker() -> PiiMasker:
    return PiiMasker(parallel=False)


def _persons(masker: PiiMasker, text: str) -> list[str]:
    return [e.text for e in masker.find(text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Applicant: Joana Ribeiro dos Santos, resident since 2021.", "Joana Ribeiro dos Santos"),
        ("Contact person: Pieter van Dijk", "Pieter van Dijk"),
    ],
)
def test_a_latin_name_with_a_particle_is_one_name(masker, text, name):
    assert name in _persons(masker, text)


def test_a_regnal_number_after_a_katakana_name_is_part_of_it(masker):
    text = "講座では、フランス王アンリ4世と宰相について取り上げた。"
    assert any(p.endswith("4世") for p in _persons(masker, text))


def test_a_wordlike_surname_after_a_role_before_a_bracket_is_a_name(masker):
    assert "島" in _persons(masker, "本件の担当の島（直通 0155-21-3301）に確認してください。")
