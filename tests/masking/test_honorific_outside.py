"""A person's honorific stays outside the placeholder, whatever rule found the name."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m


@pytest.mark.parametrize(
    ("text", "name", "after"),
    [
        ("申請者: 山田太郎様（昭和50年3月4日生）", "山田太郎", "様"),
        ("氏名：鈴木一郎殿", "鈴木一郎", "殿"),
        ("担当: 佐藤花子さん", "佐藤花子", "さん"),
        ("出席者：田中一郎氏、高橋次郎氏", "田中一郎", "氏"),
    ],
)
def test_honorific_is_not_part_of_the_name(masker, text, name, after):
    result = masker.mask(text)
    persons = [e for e in result.entities if e.type == "PERSON"]
    assert name in [e.text for e in persons]
    assert all(not e.text.endswith(after) for e in persons)
    assert after in result.masked_text
    answer = result.masked_text  # a model that keeps the honorific after the placeholder
    assert result.session.unmask(answer) == text
