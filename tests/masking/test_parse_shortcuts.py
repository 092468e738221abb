"""The speed shortcuts of the analyser-driven rules give exactly what the plain way gives."""

from __future__ import annotations

from desktop.core.masking.analyser import NODE_RE, load_analyser
from desktop.core.masking.numbers import _FOREIGN_HINTS
from desktop.core.masking.person_tagged import _window_nodes

TEXT = (
    "本日、山田太郎様と佐藤花子課長が来庁しました。\n"
    "マリア・ロドリゲスさんの通訳は田中一郎\n"
    "担当 鈴木"
)


def _from_nodes(out: str) -> list[tuple[int, str, int | None]]:
    return [
        (int(m.group(1)), m.group(2), int(m.group(3)) if m.group(3) else None)
        for m in load_analyser().person_nodes(out)
    ]


def test_person_tokens_are_the_person_nodes_of_the_parse():
    an = load_analyser()
    for text in (TEXT, TEXT + "\n山田", "山田", "人名のない文です。", ""):
        out = an.parse(text)
        assert an.person_tokens(out) == _from_nodes(out)
    got = an.person_tokens(an.parse(TEXT))
    assert len(got) >= 4  # the names above are tagged: the comparison is not vacuous
    assert an.person_tokens(an.parse("担当 鈴木"))[-1][2] is None  # the last token: no next one


def test_a_window_is_analysed_once_and_as_a_fresh_parse_would():
    an = load_analyser()
    seg = "お世話になっております。山田太郎様"
    raw = seg.encode("utf-8")
    nodes, ends = _window_nodes(an, seg, raw)
    starts = [(int(b), cid) for b, cid in NODE_RE.findall(an.parse(seg))]
    assert sorted(nodes) == [b for b, _cid in starts]
    assert all(ends[b1][0] == b0 for b0, (b1, _pos) in nodes.items())
    assert _window_nodes(an, seg, raw) == (nodes, ends)
    assert _window_nodes(an, seg, raw)[0] is nodes  # remembered, not parsed again


def test_foreign_number_hints_still_see_their_signs():
    for sample in ("(212)", "555-123-4567", "SW1A 1AA", "NY 10001", "ZIP", "zip", "Zip",
                   "Post", "post code"):
        assert any(rx.search(f"連絡先 {sample} まで") for rx in _FOREIGN_HINTS), sample
    for sample in ("ポスト", "12-34", "Pst", "ZP", "N 10001"):
        assert not any(rx.search(f"連絡先 {sample} まで") for rx in _FOREIGN_HINTS), sample


def test_role_then_bracket_near_brackets_finds_what_the_whole_scan_finds():
    import random

    from desktop.core.masking.person_common import _ROLE_THEN_BRACKET_RE, role_then_bracket

    pieces = ["課長", "母", "本人", "担当", "ケースワーカー", "申請者", "主事", "通訳", "館",
              "（", "(", "）", ")", " ", "　", "、", "\n", "山田", "花子", "ヤマダ", "x"]
    rng = random.Random(7)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    texts += ["担当（山田）と課長（ 佐藤 花子 ）、母（はなこ）" * 3, "（" * 40 + "課長（山田）"]
    found = 0
    for text in texts:
        whole = [(m.start(), m.end(), m.group("n")) for m in _ROLE_THEN_BRACKET_RE.finditer(text)]
        assert [(m.start(), m.end(), m.group("n")) for m in role_then_bracket(text)] == whole, text
        found += len(whole)
    assert found > 300  # the comparison is not vacuous


def test_word_list_automata_match_the_same_however_built():
    from desktop.core.masking.lexicon import build_automaton, find_literals_automaton

    terms = ["課長", "課長補佐", "母", "父母", "担当", "担当者", "ケースワーカー", "ワーカー"]
    text = "担当者の課長補佐と父母、ケースワーカーの担当。母は課長。" * 5
    for overlapping in (False, True):
        kept = find_literals_automaton(build_automaton(terms, overlapping=overlapping), text)
        once = find_literals_automaton(
            build_automaton(terms, overlapping=overlapping, once=True), text
        )
        assert kept == once and len(kept) >= 30



def test_many_terms_are_found_as_the_automaton_finds_them():
    # Over 96 terms find_literals looks from the terms' first characters (names) or builds an
    # automaton (a term starting with a digit or a Latin letter): leftmost-longest either way.
    import random

    from desktop.core.masking.lexicon import build_automaton, find_literals, find_literals_automaton

    rng = random.Random(96)
    kana = "山田花子やまだはなこ佐藤一郎ー・"
    for case in range(150):
        alphabet = kana + ("0１2Ab]^-\\" if case % 2 else "")  # (odd cases: the automaton)
        terms = {"".join(rng.choices(alphabet, k=rng.randint(1, 4))) for _ in range(200)}
        text = "".join(rng.choices(alphabet + " 。\n", k=600))
        expected = find_literals_automaton(build_automaton(terms, once=True), text)
        assert len(terms) > 96 and find_literals(text, terms) == expected
        assert case % 2 or expected  # the kana cases find something
