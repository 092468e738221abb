"""Address forms a blind corpus (unseen6) showed half-found: hiragana inside a place name and
Latin addresses with a flat before the number or a province after the town. The sentences are
our own."""

from __future__ import annotations

import pytest

from desktop.core.masking.address import find_addresses


def _addresses(text: str) -> list[str]:
    return [text[a:b] for kind, a, b in find_addresses(text) if kind == "ADDRESS"]


@pytest.mark.parametrize(
    "text, address",
    [
        # okurigana inside a town's name, after the municipality
        ("送付先　富山県射水市太閤山見はらし台12番地3", "富山県射水市太閤山見はらし台12番地3"),
        ("住所：岐阜県関市桜ヶ丘通り4丁目8番地2", "岐阜県関市桜ヶ丘通り4丁目8番地2"),
        ("新潟県長岡市緑町光る丘203番地", "新潟県長岡市緑町光る丘203番地"),
        # a municipality whose name begins in hiragana, at the start of the address
        ("〒123-4567 あさひ台市本町二丁目5番8号", "あさひ台市本町二丁目5番8号"),
        ("住所：かもめ浜町栄2丁目3番4号", "かもめ浜町栄2丁目3番4号"),
    ],
)
def test_hiragana_inside_a_place_name_stays_in_the_address(text, address):
    assert address in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "駅前の町内には3丁目2番1号の集会所があります",  # a particle, not okurigana
        "市役所で見かけた2丁目3番4号の方",
    ],
)
def test_particles_before_the_number_are_not_part_of_the_place(text):
    assert all(not a.startswith(("町内には", "市役所で")) for a in _addresses(text))


@pytest.mark.parametrize(
    "text, address",
    [
        ("Home address: Flat 12, 3 Mill Lane, Bristol", "Flat 12, 3 Mill Lane, Bristol"),
        ("She lives at Apt 5B, 220 Maple Avenue, Springfield.", "Apt 5B, 220 Maple Avenue, Springfield"),
        ("Mail: 45 Birch Street, Vancouver, BC, V6B 1A1, Canada", "45 Birch Street, Vancouver, BC"),
    ],
)
def test_latin_addresses_keep_the_flat_and_the_province(text, address):
    assert address in _addresses(text)


def test_a_country_code_after_the_town_is_not_part_of_the_address():
    found = _addresses("Send it to 8 Queen Street, Leeds, UK before Friday.")
    assert found == ["8 Queen Street, Leeds"]
