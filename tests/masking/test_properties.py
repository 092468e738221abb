"""Property tests: mask → unmask is the identity; nothing detected survives; streaming == whole."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.masking import PiiMasker

PIECES = [
    "山田太郎様",
    "鈴木さん",
    "090-1234-5678",
    "yamada@example.jp",
    "〒160-0023",
    "東京都新宿区西新宿2-8-1",
    "4111 1111 1111 1111",
    "生年月日：昭和50年3月4日",
    "。",
    "、",
    "\n",
    "本日は",
    "会議",
    "2024年5月10日",
    "1,000円",
    " ",
    "Taro Yamada",
    "の件で",
]
texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(alphabet="あいうえお漢字アイ0123-. ", max_size=6)),
    max_size=12,
).map("".join)


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=texts)
def test_roundtrip_and_nothing_leaks(masker, text):
    res = masker.mask(text)
    assert res.session.unmask(res.masked_text) == text
    for e in res.entities:
        assert text[e.start : e.end] == e.text
        assert e.text not in res.masked_text.replace(e.placeholder, "")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=texts,
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=8),
    noise=st.sampled_from(["", "[", "〔氏", "〔 ", "［氏名"]),
)
def test_streaming_equals_whole(masker, text, cuts, noise):
    res = masker.mask(text)
    answer = noise + res.masked_text.replace("〔", "［").replace("〕", "］") + noise
    whole = res.session.unmask(answer)
    points = sorted({min(c, len(answer)) for c in cuts})
    chunks = [answer[a:b] for a, b in zip([0, *points], [*points, len(answer)], strict=True)]
    stream = res.session.stream()
    assert "".join(stream.feed(c) for c in chunks) + stream.flush() == whole
