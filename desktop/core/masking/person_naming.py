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

from desktop.core.masking.analyser import word_tokens
from desktop.core.masking.foreign import _ORG_FIRST_WORDS, _ORG_WORDS
from desktop.core.masking.foreign_lexicon import PLACE_SCORE, foreign_names
from desktop.core.masking.lexicon import build_automaton, find_literals_automaton, rare_surnames
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


# The start of a kanji name the analyser cut inside (荻|葉香澄, 則|巻アラレ, 桝|嘉一): not a
# prefix of a post or a relation (前, 故, 副; 妻, 長男), a number, or a word ending in a post
# or a place (課, 長, 市).
_NOT_NAME_START = frozenset(
    "前元現新旧副同各当本故総主次兼代上下中正準仮首筆全両諸某時"
    "妻夫娘息父母兄弟姉妹祖孫子甥姪叔伯嫁婿"
    "一二三四五六七八九十百千万"
)
_NOT_PREFIX_END = re.compile(r"[長官員課部係所局室県市町村区都府道者家様殿君氏]$")


def _name_start(prefix: str, lex, *, after_digit: bool) -> bool:
    if prefix[0] in _NOT_NAME_START or _NOT_PREFIX_END.search(prefix):
        return False
    if prefix in lex.surnames_kanji or prefix in rare_surnames():
        return True
    toks = word_tokens(prefix)
    if any(t.pos.startswith(("接頭", "接尾", "名詞-数詞", "助", "動")) for t in toks):
        return False
    if toks and "副詞可能" in toks[-1].pos:
        return False  # その後|足利尊氏, 頃, 際: a time word ends the phrase before the name
    if len(prefix) == 1 and after_digit and "助数詞" in toks[0].pos:
        return False  # 2010年|山田: a counter after its number
    # 担当|山田, 社員|太郎: a word of two kanji is a role or a thing before the name
    return not (len(prefix) == 2 and len(toks) == 1 and "普通名詞" in toks[0].pos)


_KATAKANA_BEFORE = re.compile(r"(?<![ァ-ヴー・=])[ァ-ヴ][ァ-ヴー]+$")


def _stage_name_start(word: str) -> bool:
    """A katakana word glued before a kanji name is its first part (テリー伊藤) unless it is
    an ordinary word, a firm or a place (リーダー山田, チーム田中)."""
    if word in _ORG_WORDS or word in _ORG_FIRST_WORDS:
        return False
    return foreign_names().score(word) > PLACE_SCORE


def _kanji(ch: str) -> bool:
    return "一" <= ch <= "鿿" or ch == "々"


def with_kanji_run_start(text: str, found: list[Finding], lex) -> list[Finding]:
    """PERSON spans that start inside a run of kanji, widened to the run's start when the rest
    of the run is one or two characters that can begin a name."""
    out = []
    for f in found:
        kind, s, e = f
        if kind == "PERSON" and s and _kanji(text[s]):
            before = text[s - 1]
            if _kanji(before):
                p = s - 1
                if p and _kanji(text[p - 1]):
                    p -= 1
                if not (p and _kanji(text[p - 1])) and _name_start(
                    text[p:s], lex, after_digit=p > 0 and text[p - 1].isdigit()
                ):
                    f = (kind, p, e)
            elif "ァ" <= before <= "ヴ" or before == "ー":
                m = _KATAKANA_BEFORE.search(text, max(0, s - 12), s)
                if m and _stage_name_start(m.group(0)):
                    f = (kind, m.start(), e)  # テリー伊藤, ジョニー大倉: a stage name
        out.append(f)
    return out
