"""Which columns of the clerk's table the analysis treats as personal (values never sent): a header
that announces personal data does, one that announces a public column (所属, 事業所番号, 担当地区)
does not, whatever its values look like."""

from __future__ import annotations

import pytest

from desktop.core.analysis.profile import personal_label
from desktop.core.masking import TYPE_LABELS, PiiMasker


@pytest.fixture(scope="module")
def masker():
    return PiiMasker(parallel=False)


@pytest.mark.parametrize(
    "header, values",
    [
        ("所属", ["総務課", "保険年金課"]),
        ("事業所番号", ["0151505362", "0151505370"]),
        ("担当地区", ["南中山", "太郎須田"]),
    ],
)
def test_a_public_column_is_not_personal(masker, header, values):
    assert personal_label(masker, header, values) is None


@pytest.mark.parametrize(
    "header, values, kind",
    [
        ("氏名", ["山田 太郎", "佐藤 花子"], "PERSON"),
        ("電話番号", ["090-1234-5678", "080-2345-6789"], "PHONE"),
    ],
)
def test_a_personal_column_is_labelled_so(masker, header, values, kind):
    assert personal_label(masker, header, values) == TYPE_LABELS[kind]
