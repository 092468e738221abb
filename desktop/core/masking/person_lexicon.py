"""Names found with the name dictionaries: kanji, kana and romaji pairs, glued katakana names
in table cells, 〇〇宅, and katakana ・ names before an honorific."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop.core.masking.analyser import Token, tokens_of_many, word_tokens
from desktop.core.masking.lexicon import build_automaton, find_literals_automaton, rare_surnames
from desktop.core.masking.names_data import word_list
from desktop.core.masking.person_common import (
    _BRACKET_ROLE_RE,
    _EN_NOT_NAMES,
    _EN_ORG_WORDS,
    _ENGLISH_SURNAMES,
    _GIVEN_END,
    _HIRAGANA_HONORIFIC_RE,
    _HIRAGANA_PAIR_RE,
    _HONORIFIC_RE,
    _HOUSE_RE,
    _KANJI_HIRA_RE,
    _KANJI_NAME_RUN_RE,
    _KANJI_PAIR_RE,
    _KATAKANA_DOT_RE,
    _KATAKANA_PAIR_RE,
    _KIN,
    _NON_NAMES,
    _ORG_AFTER,
    _ORG_END,
    _PLACE_END,
    _ROMAJI_RE,
    _TITLE_AFTER_RE,
    _TITLE_END_RE,
    _TITLE_RE,
    ENGLISH_GIVEN,
    Finding,
    _whole_cell,
)

if TYPE_CHECKING:
    from desktop.core.masking.lexicon import NameLexicon

_LATIN = re.compile(r"[A-Za-z]")
_VOICED_MARK = re.compile("[\u3099\u309a]")
# Posts right after a name (松下康雄頭取) besides person_common's titles, by the run's end.
_EXTRA_POSTS = word_list("posts_after_names.txt")


@lru_cache(maxsize=1)
def _post_automaton():
    return build_automaton(_EXTRA_POSTS)


_KANJI_RE = re.compile(r"[一-鿿豈-﫿々ヶ]")
_PLACE_IN_GIVEN = re.compile(r"[市区郡県都府内外駅線]")
_HIRAGANA_HONORIFICS = ("さん", "様", "さま", "くん", "ちゃん")


def _finditer_on_lines(pattern: re.Pattern[str], text: str, needles: tuple[str, ...]):
    """``pattern.finditer(text)`` run only on the lines holding one of ``needles`` (a pattern
    that cannot match without one). A character-class pattern costs ~0.3 ms per 10,000
    characters of Japanese text wherever it is tried; str.find skips the rest in C. Patterns
    here match within a line; their look-behinds still see the text before the line."""
    lines: list[tuple[int, int]] = []
    for needle in needles:
        i = text.find(needle)
        while i >= 0:
            start = text.rfind("\n", 0, i) + 1
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            lines.append((start, end))
            i = text.find(needle, end)
    if not lines:
        return
    lines.sort()
    merged = [list(lines[0])]
    for start, end in lines[1:]:
        if start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in merged:
        yield from pattern.finditer(text, start, end)


_KIN_WORDS = frozenset(_KIN.split("|"))
_ROMAJI_SUFFIX_RE = re.compile(r"-(?:san|sama|kun|chan|sensei|sensee|dono)$")
# A romaji name (one or two capitalised words) before a Japanese honorific.
# (The look-behind after the first letter: a leading one is tried at every position.)
_ROMAJI_HONORIFIC_NAME_RE = re.compile(
    r"([A-Z](?<![A-Za-z][A-Z])[a-z]+(?: [A-Z][a-z]+)?)-(?:san|sama|kun|chan|sensei|sensee|dono)"
    r"(?![a-z])"
)
# Where a katakana name pair stands apart (ﾋﾀﾞﾘ ﾎﾊﾙ です), and what may follow it.
_KANA_PAIR_BEFORE = frozenset(' \t\n、,，:：|「『(（"')
_KANA_PAIR_AFTER = re.compile(r'[ ]?(?:です|でした|さん|様|さま|くん|ちゃん|氏)|[ \t]*(?:[\n、。,，)）」』|"]|$)')
_NAME_BOUNDARY = re.compile(r"[のがはとをにへもや、。，,」』）)]|です|でした|$")


def _name_pieces(toks: list[Token]) -> bool:
    """A given name: a 人名 or unknown word first, the rest 人名, unknown or single characters
    (茉里|奈, 晃|士: a name the dictionary cut)."""
    named = bool(toks) and ("人名" in toks[0].pos or toks[0].pos.startswith("?"))
    return named and all(
        "人名" in t.pos or t.pos.startswith("?") or len(t.surface) == 1 for t in toks[1:]
    )


class LexiconNames:
    """Dictionary rules of ``PersonFinder``."""

    _lex: NameLexicon
    _given_cache: dict[str, bool]
    _deferred: set[str] | None = None

    def _find_by_lexicon(self, text: str) -> Iterator[Finding]:
        """Every dictionary rule over ``text``, one method each."""
        yield from self._houses(text)
        yield from self._katakana_names(text)
        yield from self._hiragana_names(text)
        yield from self._kanji_kana_names(text)
        yield from self._kanji_names(text)
        if _LATIN.search(text):
            yield from self._romaji_names(text)

    def _houses(self, text: str) -> Iterator[Finding]:
        """岸本宅 (the family's home)."""
        i = text.find("宅")
        while i >= 0:
            m = _HOUSE_RE.search(text, max(0, i - 4), i + 1)
            if m and m.group(1) in self._lex.surnames_kanji:
                yield "PERSON", m.start(1), m.end(1)
            i = text.find("宅", i + 1)

    def _katakana_names(self, text: str) -> Iterator[Finding]:
        """チャン・ティ・ホア 様 (a ・ name before an honorific or a post), ヤマダ タロウ, and
        ヤマダタロウ alone in a table cell."""
        for m in _finditer_on_lines(_KATAKANA_DOT_RE, text, ("・", "=")):
            if _HONORIFIC_RE.match(text, m.end() + (text[m.end() : m.end() + 1] == " ")) or (
                _TITLE_AFTER_RE.match(text, m.end())
            ):
                yield "PERSON", m.start(), m.end()
        for m in _KATAKANA_PAIR_RE.finditer(text):
            if (
                self._kana_pair(m.group(1), m.group(2))
                or (
                    m.end(1) == m.start(2)
                    and _whole_cell(text, m.start(), m.end())
                    and self._kana_split(m.group(0))
                )
                or self._kana_word_then_given(text, m)
            ):
                yield "PERSON", m.start(), m.end()

    def _hiragana_names(self, text: str) -> Iterator[Finding]:
        """はなこさん, やまだ たろうです."""
        lex = self._lex
        for m in _finditer_on_lines(_HIRAGANA_HONORIFIC_RE, text, _HIRAGANA_HONORIFICS):
            if m.group(1) in lex.surnames or m.group(1) in lex.given:
                yield "PERSON", m.start(1), m.end(1)
        for m in _finditer_on_lines(_HIRAGANA_PAIR_RE, text, (" ",)):
            a, b = m.group(1), m.group(2)
            for cut in range(len(b), 1, -1):  # やまだ たろうです -> たろう
                if (a in lex.surnames and b[:cut] in lex.given) or (
                    a in lex.given and b[:cut] in lex.surnames
                ):
                    yield "PERSON", m.start(), m.start(2) + cut
                    break

    def _kanji_kana_names(self, text: str) -> Iterator[Finding]:
        """薬袋 つばさ, 中野ひかり: a kanji surname before a kana given name."""
        lex = self._lex
        for m in _KANJI_HIRA_RE.finditer(text):
            a, gap, b = m.groups()
            if not (gap or a in lex.surnames_kanji) or a[-1] in _PLACE_END:
                continue  # first: most kanji words before kana are no surname
            if a in _NON_NAMES or _ORG_END.search(a) or _TITLE_END_RE.search(a):
                continue
            for cut in range(len(b), 1, -1) if not _HONORIFIC_RE.match(b) else ():  # 片岡さん
                end = m.start(3) + cut
                if b[:cut] in lex.given and (
                    _GIVEN_END.match(text, end) or _HONORIFIC_RE.match(text, end)
                ):
                    yield "PERSON", m.start(), end
                    break

    def _kanji_names(self, text: str) -> Iterator[Finding]:
        """山田 太郎 (a known surname or given name, space between) and 山田太郎 (both known)."""
        lex = self._lex
        for m in _finditer_on_lines(_KANJI_PAIR_RE, text, (" ",)):
            a, b = m.group(1), m.group(2)
            if _ORG_END.search(a) or a in _NON_NAMES or b in "方宅":
                continue  # 森 方: a household (care of), no given name
            if _ORG_AFTER.fullmatch(a[-1]) and a not in lex.surnames_kanji:
                continue  # 白馬 山 is a mountain; 大川 光明, 小山 花子 are people
            if a in _KIN_WORDS or (_TITLE_END_RE.search(a) and a not in lex.surnames_kanji):
                continue  # 妻 由美子, 係長 花子: a relation or a post, then the name
            if (
                (a in lex.surnames_kanji or b in lex.given_kanji)
                and not _ORG_END.search(b)
                # 小松 玲哉（副会長）: a post or a reading in brackets after the name
                and (
                    _GIVEN_END.match(text, m.end())
                    or _BRACKET_ROLE_RE.match(text, m.end())
                    or (text[m.end() : m.end() + 1] in "（(" and b in lex.given_kanji)
                )
                and not _TITLE_AFTER_RE.match(b)
            ):
                yield "PERSON", m.start(), m.end()
        rare: list[tuple[int, int, str, bool]] = []  # a known surname, an unknown given name
        surnames = lex.surnames_kanji
        for m in _KANJI_NAME_RUN_RE.finditer(text):
            run = m.group(0)
            if not (run[:2] in surnames or run[:1] in surnames or run[:3] in surnames):
                # Most kanji runs start with no known surname: then only a rarer surname of
                # two or three before a known given name of two or more makes a name (the
                # cuts below, without the look-ups that cannot succeed).
                if (len(run) >= 4 and run[2:] in lex.given_kanji and run[:2] in rare_surnames()) or (
                    len(run) >= 5 and run[3:] in lex.given_kanji and run[:3] in rare_surnames()
                ):
                    yield "PERSON", m.start(), m.end()
                continue
            for cut in (2, 1, 3):
                if (
                    run[cut:] in lex.given_kanji
                    and (
                        run[:cut] in lex.surnames_kanji
                        # 河下|水希, 向井地|美音: a rarer surname before a known given name of two
                        or (cut >= 2 and len(run) - cut >= 2 and run[:cut] in rare_surnames())
                    )
                ):
                    yield "PERSON", m.start(), m.end()
                    break
            else:
                if (
                    self._starts_with_surname(run)
                    and _NAME_BOUNDARY.match(text, m.end())
                    and run not in _NON_NAMES
                ):
                    rare.append((m.start(), m.end(), run, False))
        yield from self._surname_then_given(text, rare)

    def _surname_then_given(
        self, text: str, candidates: list[tuple[int, int, str, bool]]
    ) -> Iterator[Finding]:
        """白石晃士の, 松下康雄頭取, 河村建夫幹事長: a known surname, then a rare given name the
        analyser does not call an ordinary word, then a particle, a comma or a post.
        ``candidates``: 3-5 kanji alone before a particle, from ``_kanji_names``."""
        # Before a post the analyser's title rules do not cover (頭取, 中佐): the kanji before
        # it, after a leading noun if any (航空参謀吉岡忠一中佐, 海洋堂の宮脇修一専務).
        for end, _pe in find_literals_automaton(_post_automaton(), text):
            start = end
            while start > 0 and end - start < 12 and _KANJI_RE.match(text, start - 1):
                start -= 1
            name = text[start:end]
            if len(name) > 5:
                begin = self._surname_start(name)
                if begin is None:
                    continue
                start, name = start + begin, name[begin:]
            if 3 <= len(name) <= 5 and name not in _NON_NAMES:
                candidates.append((start, end, name, True))
        # Two passes: rare given names the cache does not know are judged in one analyser call.
        self._deferred = set()
        verdicts = [self._surname_given(name, ask_analyser=ask) for _s, _e, name, ask in candidates]
        deferred, self._deferred = sorted(self._deferred), None
        for word, toks in zip(deferred, tokens_of_many(deferred), strict=True):
            self._given_cache[word] = _name_pieces(toks)
        for (s, e, name, ask), verdict in zip(candidates, verdicts, strict=True):
            if verdict or (deferred and self._surname_given(name, ask_analyser=ask)):
                yield "PERSON", s, e

    def _surname_given(self, name: str, *, ask_analyser: bool) -> bool:
        lex = self._lex
        cuts = [2, 1, 3]
        if not any(name[:c] in lex.surnames_kanji for c in cuts):
            if not ask_analyser:  # only before a post: one analyser call per kanji run is slow
                return False
            # a surname the dictionary lacks (宮脇, 孫崎): where the analyser says it ends
            first = word_tokens(name)[:1]
            if not first or "人名-姓" not in first[0].pos:
                return False
            cuts = [first[0].end]
            if name[: cuts[0]] not in lex.surnames_kanji:
                lex_surname = name[: cuts[0]]
                return self._given_after(lex_surname, name[cuts[0] :])
        for cut in cuts:
            given = name[cut:]
            if name[:cut] not in lex.surnames_kanji or not 1 <= len(given) <= 3:
                continue
            if given[-1] in _PLACE_END or _ORG_END.search(given) or _ORG_AFTER.match(given):
                continue
            if _PLACE_IN_GIVEN.search(given):
                return False  # 東金市内, 中野区役: a place, however the run is cut
            return given in lex.given_kanji or self._rare_given(given)
        return False

    def _starts_with_surname(self, run: str) -> bool:
        sur = self._lex.surnames_kanji
        return run[:2] in sur or run[:1] in sur or run[:3] in sur

    def _given_after(self, surname: str, given: str) -> bool:
        if not surname or not 1 <= len(given) <= 3:
            return False
        if given[-1] in _PLACE_END or _ORG_END.search(given) or _ORG_AFTER.match(given):
            return False
        if _PLACE_IN_GIVEN.search(given):
            return False
        return given in self._lex.given_kanji or self._rare_given(given)

    def _surname_start(self, run: str) -> int | None:
        """Where, after a leading noun, the analyser starts a known or tagged surname."""
        for t in word_tokens(run):
            if (
                t.start > 0
                and 3 <= len(run) - t.start <= 5
                and ("人名-姓" in t.pos or t.surface in self._lex.surnames_kanji)
            ):
                return t.start
        return None

    def _rare_given(self, word: str) -> bool:
        """The analyser reads the word as a given name, an unknown word, or pieces of a name,
        not as an ordinary word (電器, 工業, 市役所)."""
        verdict = self._given_cache.get(word)
        if verdict is None:
            if self._deferred is not None:  # judged with the others after the first pass
                self._deferred.add(word)
                return False
            verdict = self._given_cache[word] = _name_pieces(list(word_tokens(word)))
        return verdict

    def _romaji_names(self, text: str) -> Iterator[Finding]:
        """Taro Yamada, YAMADA TARO, John Smith (dictionaries), Mr. / Dr. / Prof. Name."""
        lex = self._lex
        for m in _ROMAJI_RE.finditer(text):
            first = text[m.start()] + m.group(1)
            a, b = first.lower(), m.group(2).lower()
            if m.group(2).title() in _EN_ORG_WORDS and a not in ENGLISH_GIVEN:
                continue  # Minato Ward, Aoba Town: a place and an office word (Emily Ward is)
            given_first = (a in lex.given or a in ENGLISH_GIVEN) and (
                b in lex.surnames or b in _ENGLISH_SURNAMES
            )
            if (
                given_first
                or (a in lex.surnames and b in lex.given)
                or (a in ENGLISH_GIVEN and m.group(2)[0].isupper())
            ):
                yield "PERSON", m.start(), m.end(2)
        for m in _TITLE_RE.finditer(text):
            suffix = _ROMAJI_SUFFIX_RE.search(m.group(1))  # Mr. Sato-san
            yield "PERSON", m.start(1), m.end(1) - (len(suffix.group(0)) if suffix else 0)
        if "-" in text:
            # Kawaguchi-san, Nishimura-sensei: a Japanese honorific makes the word a name
            for m in _ROMAJI_HONORIFIC_NAME_RE.finditer(text):
                s = m.start(1)
                for word in m.group(1).split(" "):
                    if word not in _EN_NOT_NAMES and word not in _EN_ORG_WORDS:
                        break
                    s += len(word) + 1  # Dear Shimizu-san; Staff-san is no name
                if s < m.end(1):
                    yield "PERSON", s, m.end(1)

    def _kana_pair(self, a: str, b: str) -> bool:
        """Surname and given name (either order) in katakana; half-width ｽｽﾞｷ composes first."""
        lex = self._lex
        if not (a in lex.surnames or a in lex.given or "\u3099" in a or "\u309a" in a):
            return False  # most katakana words of a text are no name part (one look-up)
        if _VOICED_MARK.search(a) or _VOICED_MARK.search(b):
            a, b = unicodedata.normalize("NFC", a), unicodedata.normalize("NFC", b)
        return (a in lex.surnames and b in lex.given) or (a in lex.given and b in lex.surnames)

    def _kana_word_then_given(self, text: str, m: re.Match[str]) -> bool:
        """ﾋﾀﾞﾘ ﾎﾊﾙ, ミナミ ユイです: a katakana word the surname list lacks, a space, then a
        given name the list knows, standing apart (line start, a cell, after a comma) and
        ending where a name ends. An ordinary word before a name (ケアマネ ユイ) is no surname."""
        a, b = m.group(1), m.group(2)
        if m.end(1) == m.start(2) or text[m.end(1)] != " ":
            return False
        if _VOICED_MARK.search(b):
            b = unicodedata.normalize("NFC", b)
        if b not in self._lex.given:
            return False
        s, e = m.start(), m.end()
        if s and text[s - 1] not in _KANA_PAIR_BEFORE:
            return False
        if not _KANA_PAIR_AFTER.match(text, e):
            return False
        if _VOICED_MARK.search(a):
            a = unicodedata.normalize("NFC", a)
        if len(a) < 2 or a in _NON_NAMES:
            return False
        toks = word_tokens(a)
        known_noun = len(toks) == 1 and "普通名詞" in toks[0].pos and not toks[0].pos.startswith("?")
        return not known_noun and not any(
            t.pos.startswith(("助詞", "接頭")) for t in toks[:1]
        )

    def _kana_split(self, run: str) -> bool:
        """ヤマダタロウ alone in a cell: a cut gives a surname and a given name, or a rarer surname
        before a given name of three (ツユリ|マユウ; not キタ|センジュ, ミツイスミ|トモ)."""
        if not 4 <= len(run) <= 14:
            return False
        run = unicodedata.normalize("NFC", run)
        lex = self._lex
        cuts = range(2, len(run) - 1)
        if any(
            (run[:cut] in lex.surnames and run[cut:] in lex.given)
            or (run[:cut] in lex.given and run[cut:] in lex.surnames)
            for cut in cuts
        ):
            return True
        if not any(run[cut:] in lex.given for cut in cuts if len(run) - cut >= 3):
            return False
        toks = word_tokens(run)
        return not any(t.pos.startswith("名詞-普通") and len(t.surface) >= 3 for t in toks)
