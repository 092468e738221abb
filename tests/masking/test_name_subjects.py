"""A clause's subject is a person when the predicate is what only a person does or is (a post
taken, an occupation, a life's event); a title or a body heading the clause stays unmasked
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.masking.cases import found


@pytest.mark.parametrize(
    "text, name",
    [
        ("ヴァルデンは1970年から1978年まで州鉱山協会の会長を務めた。", "ヴァルデン"),
        ("1984年、コルネスは新会社の初代社長に就任した。", "コルネス"),
        ("ブランテルは鉄道の測量技師であり、のちに市長となった。", "ブランテル"),
        ("当時、鶴窪は補欠で初当選し、衆議院議員となった。", "鶴窪"),
        # the subject after an adverbial phrase or a relative clause that describes it
        ("1852年5月13日にマルヴァンも辞任した。", "マルヴァン"),
        ("医学を学んだオルステッドは、帰国して病院を開いた。", "オルステッド"),
        # what only someone feels, thinks or says
        ("しかしヴェルネクは、都会の暮らしに孤独を感じていた。", "ヴェルネク"),
        ("ハルゲンは「もう一度走りたい」と語った。", "ハルゲン"),
    ],
)
def test_the_subject_of_what_only_a_person_does_or_is_is_a_name(masker, text, name):
    assert name in found(masker, text, "PERSON")


@pytest.mark.parametrize(
    "text, word",
    [
        ("「星の海」シリーズは山田太郎主演ではなく、別の俳優の主演作である。", "シリーズ"),
        ("同社は1990年に新社長が就任した。", "同社"),
        ("この委員会は、元大臣が会長を務めた。", "委員会"),
        ("チャペルも落ち着いた感じで良かった。", "チャペル"),
        ("当店は技術はもちろん、接客を一番大切に考えています。", "当店"),
    ],
)
def test_a_title_or_a_body_heading_the_clause_is_no_subject(masker, text, word):
    assert not any(word in p for p in found(masker, text, "PERSON"))
