"""A word listed beside a name found is a name when it is shaped like one, and the list is
followed item by item; firms, shops and roles beside a name stay unmasked (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.masking.cases import found


@pytest.mark.parametrize(
    "text, names",
    [
        ("ゲストには高田正樹・蔦蜜・大野真由美が招かれた。", ["蔦蜜"]),
        ("調査にはJohn SmithとPierre Lavalが参加した。", ["Pierre Laval"]),
        # a chain: the item beside the found name, then the one beside it
        ("また、ダストマンやサブリナ、ジェームズ・ホーキンスらが登場した。", ["ダストマン", "サブリナ"]),
    ],
)
def test_a_name_listed_beside_a_name_found_is_a_name(masker, text, names):
    persons = found(masker, text, "PERSON")
    for name in names:
        assert name in persons


@pytest.mark.parametrize(
    "text, word",
    [
        # a list of shops or clubs after a false start is not followed
        ("店内にはローソン、ファミリーマート、ミニストップ等が入った。", "ミニストップ"),
        ("チームのオーナー、トム・ベンソンが球団を買収した。", "オーナー"),
        ("1453年夏、エセンは自ら即位した。", "年夏"),
    ],
)
def test_firms_and_roles_beside_a_name_are_no_names(masker, text, word):
    assert not any(word in p for p in found(masker, text, "PERSON"))
