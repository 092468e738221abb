"""The other items of a list of people: a word joined by 、, と, や (or ・ between kanji names)
to a name already found is a name too when it is shaped like one.

person_context's coordination takes kanji surnames the lists know (松岡と村田); this takes the
rest: katakana names (サンドマンやサブゥー、ボールズ・マホーニー), Latin names (William Normark
and Thierry Juteau), and kanji names the analyser cuts into single characters (テリー伊藤・壇蜜).
A list grows from the found name outwards, one item at a time, so a chain of items is followed
(…サブゥー found, then サンドマン before it). The item must end where a list item ends (a
separator, a particle, など, ら, 他) and look like a name: a katakana word the foreign-name list
does not call an ordinary word, a place or an organisation; kanji pieces, not a dictionary word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.masking.analyser import word_tokens
from desktop.core.masking.foreign import _ORG_FIRST_WORDS, _ORG_WORDS
from desktop.core.masking.foreign_lexicon import foreign_names
from desktop.core.masking.person_apposition import _KANJI, _NOT_NAME_END, _in_title
from desktop.core.masking.person_common import _NON_NAMES, Finding

_SEPARATORS = "、とや・"
_KANJI_CHAR = re.compile(f"[{_KANJI}]")
_ITEM_END = re.compile(r"[、。とやがはのをにもで」』）)・]|ら(?![ァ-ヴー])|など|等|他|$")
_KATAKANA_ITEM = re.compile(r"[ァ-ヴ][ァ-ヴー]*+(?:[・=][ァ-ヴ][ァ-ヴー]*+){0,4}(?![ァ-ヴー])")
_LATIN_ITEM = re.compile(r"[A-Z][A-Za-z.'\-]*+(?: [A-Z][A-Za-z.'\-]*+){1,3}(?![A-Za-z])")
_KANJI_ITEM = re.compile(rf"(?<![{_KANJI}])[{_KANJI}]{{2,4}}(?![{_KANJI}])")
_KATAKANA_BACK = re.compile(r"(?<![ァ-ヴー・=])[ァ-ヴ][ァ-ヴー]*+(?:[・=][ァ-ヴ][ァ-ヴー]*+){0,4}$")
_LATIN_BACK = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z.'\-]*+(?: [A-Z][A-Za-z.'\-]*+){1,3}$")
_KANJI_BACK = re.compile(rf"(?<![{_KANJI}])[{_KANJI}]{{2,4}}$")
_ROUNDS = 4
# The least score of a katakana item's words: the model leans to a name, or the list holds it
# as a name that is also a word (ハニー, ブラック); firms and shops score below (ミニストップ).
_ITEM_MIN = 0.0


def _katakana_item(word: str) -> bool:
    parts = [p for p in re.split("[・=]", word) if p]
    if not parts or len(parts[0]) < 2 or len(parts[-1]) < 2:
        return False
    if parts[0] in _ORG_FIRST_WORDS or parts[-1] in _ORG_WORDS:
        return False
    score = foreign_names().score
    if min(score(p) for p in parts if len(p) >= 2) < _ITEM_MIN:
        return False  # メンバー, ファミリーマート: an ordinary word, a firm or a place
    toks = word_tokens(word)
    return not any("地名" in t.pos or "組織" in t.pos for t in toks)


def _kanji_item(word: str) -> bool:
    if word in _NON_NAMES or _NOT_NAME_END.search(word):
        return False
    toks = word_tokens(word)
    if len(toks) < 2:
        return len(toks) == 1 and "人名" in toks[0].pos
    if any(t.pos.startswith(("接頭", "接尾", "名詞-数詞", "助", "動")) or "地名" in t.pos for t in toks):
        return False
    return all(len(t.surface) == 1 or "人名" in t.pos for t in toks)


def _shaped(word: str, kind: str) -> bool:
    if kind == "katakana":
        return _katakana_item(word)
    if kind == "kanji":
        return _kanji_item(word)
    return True


def _kind_at(text: str, i: int) -> str | None:
    ch = text[i]
    if "ァ" <= ch <= "ヴ" or ch == "ー":
        return "katakana"
    if "A" <= ch <= "z" and ch.isalpha():
        return "latin"
    if _KANJI_CHAR.match(ch):
        return "kanji"
    return None


_ITEM_AFTER = {"katakana": _KATAKANA_ITEM, "latin": _LATIN_ITEM, "kanji": _KANJI_ITEM}
_ITEM_BEFORE = {"katakana": _KATAKANA_BACK, "latin": _LATIN_BACK, "kanji": _KANJI_BACK}


def _after(text: str, e: int, found_kind: str | None) -> tuple[int, int, str] | None:
    if e + 1 >= len(text) or text[e] not in _SEPARATORS:
        return None
    s = e + 1
    kind = _kind_at(text, s)
    if kind is None or (text[e] == "・" and (kind != "kanji" or found_kind != "kanji")):
        return None  # ジョン・スミス: ・ joins the parts of one katakana name
    m = _ITEM_AFTER[kind].match(text, s)
    if m and _ITEM_END.match(text, m.end()):
        return s, m.end(), kind
    return None


def _before(text: str, s: int, found_kind: str | None) -> tuple[int, int, str] | None:
    if s < 2 or text[s - 1] not in _SEPARATORS:
        return None
    e = s - 1
    kind = _kind_at(text, e - 1)
    if kind is None or (text[e] == "・" and (kind != "kanji" or found_kind != "kanji")):
        return None
    if text[e] == "と" and kind == "kanji":
        return None  # 東京都と山田: と after kanji is as often the end of a longer word
    m = _ITEM_BEFORE[kind].search(text, max(0, e - 40), e)
    if not m:
        return None
    if m.start() and text[m.start() - 1] == "の":
        return None  # セインツのオーナー、トム・ベンソン: a role set before the name
    if m.start() and text[m.start() - 1].isalnum() and not text[m.start() - 1].isalpha():
        return None  # 1453年夏、…: a date, not an item
    return m.start(), e, kind


def listed_beside(text: str, found: list[Finding]) -> Iterator[Finding]:
    """Items of a list beside a name found (see the module's docstring)."""
    if not found:
        return
    spans = {(s, e) for _t, s, e in found}
    frontier = sorted(spans)
    n = len(text)
    for _ in range(_ROUNDS):
        new = []
        for s, e in frontier:
            after = e < n and text[e] in _SEPARATORS
            before = s > 1 and text[s - 1] in _SEPARATORS
            if not (after or before):
                continue  # most names: no list beside them
            found_kind = _kind_at(text, e - 1)
            for item in (
                _after(text, e, found_kind) if after else None,
                _before(text, s, found_kind) if before else None,
            ):
                if item is None:
                    continue
                a, b, kind = item
                if (a, b) in spans or any(x < b and a < y for x, y in spans):
                    continue
                if _in_title(text, a) or not _shaped(text[a:b], kind):
                    continue
                spans.add((a, b))
                new.append((a, b))
                yield "PERSON", a, b
        if not new:
            return
        frontier = new
