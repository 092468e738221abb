"""Names a sentence calls names: what only a person's name is called (芸名, リングネーム, 本名,
旧姓, 幼名, 筆名, 四股名, 名義…), with the name in brackets or set beside it.

``リングネーム「ゴリラ・ジャイアント」``, ``「キング・ロイ」のリングネーム``, ``幼名は竹千代。``,
``脚本家として桂木象の名義で``: whatever the words of the name are (a ring name is often an
ordinary word), the sentence says it is a person's name. Words that name things as often
(愛称, 通称, 別名: a train's, a building's, a plant's) are not among them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from desktop.core.masking.lexicon import build_automaton, find_literals_automaton
from desktop.core.masking.person_common import Finding

_NAMING_WORDS = (
    "芸名", "本名", "旧姓", "幼名", "筆名", "ペンネーム", "リングネーム", "四股名", "源氏名", "法名", "諱",
    "雅号", "俗名", "戒名", "名義",
)
_NAMING = "(?:" + "|".join(_NAMING_WORDS) + ")"
_NAME = r"[^「」『』、。\n]{1,20}"
_QUOTED_AFTER = re.compile(rf"{_NAMING}(?:は|を|が|の|:|：)?「({_NAME})」")
_QUOTED_BEFORE = re.compile(rf"「({_NAME})」(?:の|という|との|と|を)?{_NAMING}")
# Unquoted, right before the naming word (…高橋伴の名義で) or after it with は (幼名は竹千代。).
_WORD = r"[一-鿿々ァ-ヴーA-Za-z・=]{1,12}"
_BARE_BEFORE = re.compile(
    rf"(?<![一-鿿々ァ-ヴーA-Za-z・=])({_WORD})(?:の|という){_NAMING}(?:で|を|に|は|が|、|。)"
)
_BARE_AFTER = re.compile(rf"{_NAMING}は({_WORD})(?=[。、（(]|で[、。あ])")
# A firm or a body publishes or holds in its name too (オーム社の名義で, 組合名義).
_BODY_END = re.compile(r"[社会部課所局庁省団組党店館院校署]$|法人$|協会$|財団$")


_REACH = 26  # a bracketed name (20) with its brackets and particles, either side of the word


@lru_cache(maxsize=1)
def _naming_automaton():
    return build_automaton(_NAMING_WORDS)


def find_named_names(text: str) -> Iterator[Finding]:
    """Names the sentence calls a person's name (see the module's docstring)."""
    seen: set[int] = set()
    for ws, we in find_literals_automaton(_naming_automaton(), text):
        # the patterns are tried only around each naming word (a scan of the text for them,
        # an alternation, cost 0.1 ms per 10k characters)
        lo, hi = max(0, ws - _REACH), min(len(text), we + _REACH)
        for rx in (_QUOTED_AFTER, _QUOTED_BEFORE, _BARE_BEFORE, _BARE_AFTER):
            for m in rx.finditer(text, lo, hi):
                if m.start(1) in seen or not m.group(1).strip() or _BODY_END.search(m.group(1)):
                    continue
                seen.add(m.start(1))
                yield "PERSON", m.start(1), m.end(1)


# A sovereign's or a prince's title is part of the name it follows (持統天皇, 大海人皇子,
# 崇禎帝, 聖徳太子): historical people are known by name and title together.
_ROYAL_AFTER = re.compile(r"(?:天皇|上皇|法皇|皇子|皇女|内親王|親王|太子|皇后|帝(?![国都政王]))")
_KANJI_END = re.compile(r"[一-鿿々]")


def with_royal_titles(text: str, found: list[Finding]) -> list[Finding]:
    """PERSON spans ending in kanji, widened over a sovereign's title right after them."""
    out = []
    for kind, s, e in found:
        if kind == "PERSON" and e < len(text) and _KANJI_END.match(text, e - 1):
            m = _ROYAL_AFTER.match(text, e)
            if m:
                e = m.end()
        out.append((kind, s, e))
    return out
