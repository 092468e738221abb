"""The subject of a sentence that says what only a person does or is.

``…は…と結婚した``, ``…は…社長に就任``, ``…は土木技師であり``, ``…が32歳の若さで``: the word that
opens the clause (``…は``, ``…が``, ``…も``) is a person when the predicate that follows is a deed
only a person does (a life's events, a post taken or held, an occupation said of it). The word
must still look like a name (person_apposition: a katakana word the foreign-name model does not
call a word or a place, kanji the analyser reads as a name or cuts into single characters), and
it must open a clause: at a sentence's start, after a comma or a date, after an adverbial phrase
(…日に, …では), or after a relative clause that describes it (…を学んだ… , 怒った…).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from desktop.core.masking.analyser import word_tokens
from desktop.core.masking.lexicon import build_automaton, find_literals_automaton
from desktop.core.masking.person_apposition import (
    _KANJI,
    _KANJI_RE,
    _NOT_NAME_END,
    _in_title,
    _katakana_name,
)
from desktop.core.masking.person_common import _NON_NAMES, Finding

# What only a person does, said of a sentence's subject (シャーマンは…で学んだ後, ビルが32歳の若さで):
# a life's events, a career's steps, what one writes, performs or says of oneself.
_PERSON_DEEDS = (
    "結婚", "離婚", "再婚", "死去", "逝去", "急死", "病死", "亡くな", "生まれ", "投獄", "逮捕",
    "処刑", "暗殺", "戦死", "自殺", "亡命", "学んだ", "学ぶ", "学び", "留学", "卒業", "入学",
    "師事", "当選", "落選", "出馬", "引退", "辞任", "辞職", "退職", "就任", "昇進", "即位",
    "操縦", "帰国", "来日", "渡米", "執筆", "出演", "主演", "演じ", "歌唱", "率い", "打ち明け",
    "名付け", "手紙を", "逃亡", "書いた", "記している", "語った", "述べた",
    # what only someone feels, thinks, wants or says, with its object or its quotation (…を
    # 感じていた, …と考え, …したかった, …と話した); not 感じ, 考え alone (いい感じで, 大切に考え)
    "を感じ", "と感じ", "と考え", "に悩", "を悲し", "を喜ん", "に憧れ",
    "に惚れ", "を嫌っ", "が好き", "を信じ", "を望ん", "を願っ", "を希望", "を決意", "を決心",
    "安心し", "を恐れ", "たかった", "と話し", "と語", "と証言", "と回想", "と告白",
)
# A post taken or held (…会長を務めた, …社長に就任, …議員となった, 代役を務め).
_POST_DEED_RE = re.compile(
    rf"[{_KANJI}]*(?:長|官|員|役|事|手|師|士|者)(?:を務め|をつとめ|に就い|に任命|に選出|となっ|になっ)"
)
# (…に就任 and …に昇進 are deeds above; a cue shares no characters with one, so one automaton
# finds both)
_POST_DEED_CUES = ("を務め", "をつとめ", "に就い", "に任命", "に選出", "となっ", "になっ")
_CUE_SET = frozenset(_POST_DEED_CUES)
# What a person is (…は土木技師であり, …は移民で、, …の女性。): an occupation or a person's noun
# ending the clause.
_PERSON_NOUNS = ("技師", "実業家", "政治家", "作家", "画家", "音楽家", "歌手", "俳優", "女優", "選手",
                 "移民", "女性", "男性", "人物")
_NOUN_SET = frozenset(_PERSON_NOUNS)
_NOUN_END_RE = re.compile(r"であ|だっ|で、|。")
_DIGITS = frozenset("0123456789０１２３４５６７８９")
# The subject: a katakana name or a kanji name that opens a clause: after the sentence's start,
# a comma, a bracket or a date (1937年9月、), an adverbial phrase ending in に or で (…日に,
# この選挙で), or a verb ending a relative clause that describes it (…に接見した, 怒った).
_SUBJECT_RE = re.compile(
    r"(?:(?<=^)|(?<=[、。」』）)\n年月日にでばただるし]))"
    rf"([ァ-ヴ][ァ-ヴー・=]*[ァ-ヴー]|[{_KANJI}]{{1,4}})(?=[はがも])"
)
_DEED_REACH = 60  # characters between the subject (…は) and the deed
_GA_REACH = 6  # …が: the deed close after it (ジャミルが操縦する)


@lru_cache(maxsize=1)
def _deed_automaton():
    return build_automaton(_PERSON_DEEDS + _PERSON_NOUNS + _POST_DEED_CUES)


def _subject_name(word: str, lex) -> bool:
    if _KANJI_RE.match(word):
        if word in _NON_NAMES or _NOT_NAME_END.search(word):
            return False
        toks = word_tokens(word)
        if len(toks) == 1:
            return "人名" in toks[0].pos or word in lex.surnames_kanji
        if any(t.pos.startswith(("接頭", "接尾", "名詞-数詞", "助", "動")) for t in toks):
            return False
        if "人名" in toks[0].pos:
            return len(toks) <= 3 and not any(
                "普通名詞" in t.pos and len(t.surface) > 1 for t in toks[1:]
            )  # not 崔健自身
        # 米|窪, 畦|元: a name the analyser does not know, cut into single characters
        return len(word) <= 3 and all(len(t.surface) == 1 for t in toks)
    return _katakana_name(word)


def _deeds(text: str) -> list[int]:
    deeds = []
    for s, e in find_literals_automaton(_deed_automaton(), text):
        word = text[s:e]
        if word in _NOUN_SET:
            if not _NOUN_END_RE.match(text, e):
                continue
            while s and _KANJI_RE.match(text, s - 1):
                s -= 1  # 土木|技師: the deed starts where the compound does
        elif word in _CUE_SET:
            m = _POST_DEED_RE.search(text, max(0, s - 8), e)
            if not (m and m.start() < s < m.end()):
                continue
            s = m.start()
        deeds.append(s)
    i = text.find("歳")
    while i > 0:  # an age (32歳): found by str.find, a digit class tried everywhere costs more
        if text[i - 1] in _DIGITS:
            deeds.append(i)
        i = text.find("歳", i + 1)
    return deeds


def find_subjects_of_deeds(text: str, lex) -> Iterator[Finding]:
    """The subject of a sentence that says what only a person does (…と結婚, …歳, …で学んだ)."""
    seen: set[int] = set()
    for d in sorted(_deeds(text)):
        start = max(text.rfind("。", 0, d), text.rfind("\n", 0, d)) + 1
        start = max(start, d - _DEED_REACH)
        for m in _SUBJECT_RE.finditer(text, start, d):
            if m.start() in seen:
                continue
            seen.add(m.start())
            if m.start() and text[m.start() - 1] in "「『」』":
                continue  # 「福星」シリーズは: a word glued to a title is part of its name
            if text[m.end()] == "が" and d - m.end() > _GA_REACH:
                continue  # パンダネットが開催する…で9歳にして優勝: が heads a clause inside the sentence
            if _in_title(text, m.start()) or not _subject_name(m.group(1), lex):
                continue
            yield "PERSON", m.start(1), m.end(1)
