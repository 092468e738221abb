"""Names of people: ``PersonFinder`` composes the strategies and masks every mention.

Strategies, one module each: person_tagged (the analyser's 人名 tags, honorifics, titles),
person_context (labels, roles, posts, brackets, coordination), person_position (where a name
stands: rosters, list items, one cell a line), person_records (a record's shape: a household's
rows, readings, mail headers, signatures), person_lexicon (name dictionaries), foreign (katakana
names joined by ・/＝); person_filters drops what only looks like a name; person_common holds
the shared patterns. Context decides for names the dictionary does not know (小鳥遊さん, 担当：東雲);
organisation and place contexts (株式会社山田, 山田工業, 山田町) are not people.
"""

from __future__ import annotations

import bisect
import re

from desktop.core.masking.analyser import load_analyser, tokens_of_many, word_tokens
from desktop.core.masking.foreign import (
    find_dotted_names,
    find_katakana_names,
    lone_katakana_person,
    with_initials,
    with_regnal_numbers,
)
from desktop.core.masking.foreign_lexicon import foreign_names
from desktop.core.masking.lexicon import (
    build_automaton,
    find_literals,
    find_literals_automaton,
    name_lexicon,
    rare_surnames,
)
from desktop.core.masking.person_apposition import (
    find_apposed_names,
    find_credited_names,
    find_titled_katakana,
)
from desktop.core.masking.person_common import (
    _EN_NOT_NAMES,
    _HONORIFIC_RE,
    _KATAKANA_DOT_RE,
    _KATAKANA_WORD_RE,
    _LABEL_RE,
    _NAME_PARTS,
    _NON_NAMES,
    _TITLE_AFTER_RE,
    DOT_PART,
    Finding,
    _kanji_compound_after,
    _place_or_org_context,
    inside_katakana_word,
    no_name_span,
)
from desktop.core.masking.person_context import ContextNames
from desktop.core.masking.person_filters import (
    kana_prefix,
    no_name_in_column,
    no_person_word,
    place_or_facility_part,
    without_unit,
)
from desktop.core.masking.person_forms import bracketed_readings, find_form_names
from desktop.core.masking.person_lexicon import LexiconNames
from desktop.core.masking.person_lists import listed_beside
from desktop.core.masking.person_naming import (
    find_named_names,
    with_kanji_run_start,
    with_royal_titles,
)
from desktop.core.masking.person_records import readings_completed
from desktop.core.masking.person_subjects import find_subjects_of_deeds
from desktop.core.masking.person_tagged import TaggedNames

__all__ = [
    "PersonFinder",
    "analyse_in_worker",
    "honoured_mention",
    "inside_katakana_word",
    "name_glued_to_noun",
    "no_name_in_column",
    "no_person_word",
]

# 北村 of 北村地区: a name found once is not masked where it begins a longer noun.
name_glued_to_noun = _kanji_compound_after


class PersonFinder(TaggedNames, ContextNames, LexiconNames):
    """Every strategy over one text; ``find`` adds coordination and every mention."""

    def __init__(self, *, all_lines: bool = True) -> None:
        self._lex = name_lexicon()
        self._automaton = None
        self._label_automaton = None
        self._role_automaton = None
        self._dotted: dict[str, bool] = {}
        self._plain: dict[str, bool] = {}
        self._given_cache: dict[str, bool] = {}
        self._splits: dict[str, tuple[str, ...]] = {}
        self._wordlike: dict[str, bool] = {}
        # Analyse every line with Japanese in it (names without any context are found too);
        # False analyses only lines with a name signal (the old, slower-per-line behaviour).
        self._all_lines = all_lines

    def warm_up(self) -> None:
        load_analyser()
        self._hint_automaton()
        foreign_names()

    def _name_hint_lines(self, text: str) -> set[int]:
        """Line numbers with a known name, an honorific, a title or a label."""
        starts = [0, *(m.end() for m in re.finditer("\n", text))]

        hits: set[int] = set()
        positions = [s for s, _e in find_literals_automaton(self._hint_automaton(), text)]
        for rx in (_HONORIFIC_RE, _TITLE_AFTER_RE, _LABEL_RE, _KATAKANA_DOT_RE):
            positions.extend(m.start() for m in rx.finditer(text))
        for p in positions:
            hits.add(bisect.bisect_right(starts, p) - 1)
        return hits

    def _hint_automaton(self):
        if self._automaton is None:
            words = [w for w in self._lex.surnames_kanji] + [
                g for g in self._lex.given_kanji if len(g) >= 2
            ]
            self._automaton = build_automaton(words)
        return self._automaton

    def find(self, text: str, analysed=None) -> list[Finding]:
        """All names. ``analysed``: ``analyse(text)`` already made elsewhere (a list), or a
        callable returning it, called after the analyser-free rules have run (a worker's
        result is waited for as late as possible)."""
        found = self.find_by_context(text)
        if analysed is None:
            found.extend(self.analyse(text))
        else:
            found.extend(analysed() if callable(analysed) else analysed)
        # 人名 words inside a ・ run (ジョン of ジョン・ブック) say which runs may be names;
        # only those are judged as a whole (judging every ・ run measured 2 ms per prompt).
        seeds = [(s, e) for t, s, e in found if t == DOT_PART]
        if seeds:
            found = [f for f in found if f[0] != DOT_PART]
            found.extend(find_dotted_names(text, self._dotted, seeds))
        found.extend(find_katakana_names(text, foreign_names()))
        found.extend(find_apposed_names(text, self._lex))
        found.extend(find_credited_names(text, self._lex))
        found.extend(find_subjects_of_deeds(text, self._lex))
        found.extend(find_titled_katakana(text))
        found.extend(find_form_names(text, self._lex))  # person_forms: rows, case notes, letters
        found.extend(bracketed_readings(text, found))
        found.extend(find_named_names(text))
        found.extend(self._coordinated(text, [f for f in found if f[0] == "PERSON"]))
        found.extend(listed_beside(text, [f for f in found if f[0] == "PERSON"]))
        if "・" in text or "." in text:
            found = with_initials(text, found)
        if "世" in text:
            found = with_regnal_numbers(text, found)
        if "皇" in text or "帝" in text or "太子" in text:
            found = with_royal_titles(text, found)
        found = with_kanji_run_start(text, found, self._lex)
        found = [g for g in (without_unit(text, f) for f in found) if g[2] > g[1]]
        found = [
            f
            for f in found
            if f[0] != "PERSON"
            or not (
                _part_of_place(text, f[1], f[2])
                or no_name_span(text, f[1], f[2])
                or kana_prefix(text, f[1], f[2])
                or no_person_word(text, f[1], f[2])
            )
        ]
        out = readings_completed(text, self._propagate(text, found))
        # a name found once is no name where it is a place's or a facility's (志徳|1号線, 志徳|地内)
        return [f for f in out if not place_or_facility_part(text, f[1], f[2])]

    def find_by_context(self, text: str) -> list[Finding]:
        """Names from labels, titles and the name dictionaries (no analyser)."""
        found = list(self._find_by_labels(text))
        found.extend(self._find_by_titles(text))
        found.extend(self._find_by_roles(text))
        found.extend(self._find_by_lexicon(text))
        found.extend(self._find_by_definition(text))
        found.extend(self._find_by_human_after(text))
        found.extend(self._find_by_personal_after(text))
        found.extend(self._find_by_role_bracket(text))
        found.extend(self._find_speakers(text))
        if "\n" in text and _ANY_DIGIT_LINE.search(text):
            found.extend(self._find_addressee(text))
        return found

    def _propagate(self, text: str, found: list[Finding]) -> list[Finding]:
        """Mask every other mention of a name found once, and its parts (山田太郎 → 山田)."""
        # every finding's text once (rules and repeats find the same name many times)
        names: set[str] = {text[s:e] for _t, s, e in found}
        kana_parts: set[str] = set()
        for value in list(names):
            parts = _NAME_PARTS.split(value)
            if len(parts) < 2:
                continue
            foreign = "・" in value or "=" in value
            for part in parts:
                if len(part) < 2 or part in _EN_NOT_NAMES:
                    continue  # (An of Van An Nguyen is no name alone: An Example)
                if (
                    foreign
                    and _KATAKANA_WORD_RE.fullmatch(part)
                    and part not in self._lex.surnames
                    and part not in self._lex.given
                ):
                    kana_parts.add(part)  # ブランド of マーロン・ブランド: judged below
                else:
                    names.add(part)
                    if len(part) >= 4 and part.isascii() and part.isupper():
                        names.add(part.title())  # YOROZU KOUSEI … Kousei can be reached
        # 山田太郎 … 山田さんは / 太郎は: the surname or given name of a full name found once
        # stands for that person later on (a case record, an article about its subject).
        short = {p for p in self._short_forms(text, found) if p not in names}
        names = {
            n
            for n in names | kana_parts
            if len(n) >= 2 and n not in _NON_NAMES and not no_person_word(n, 0, len(n))
        }
        # 相談 of 相談 美和, 今日 of 今日 健: a part that is an everyday word stands for the
        # person only with an honorific or a post after it (相談さん), not in 相談の予約
        found_texts = {text[s:e] for _t, s, e in found}
        wordy = {n for n in names if n not in found_texts and self.wordlike(n)}
        names -= wordy
        short -= names
        short |= wordy
        out = [f for f in found if f[0] == "PERSON"]
        if not names:
            return out
        spans = sorted((s, e) for _t, s, e in out)
        mentions = []
        # one scan for both (leftmost-longest: 山田 inside 山田太郎 is the full name's)
        for s, e in find_literals(text, names | short if short else names):
            if short and text[s:e] in short:
                if (
                    honoured_mention(text, s, e)
                    if text[s:e] in wordy
                    else _short_mention(text, s, e)
                ):
                    out.append(("PERSON", s, e))
                continue
            ascii_name = text[s:e].isascii()
            if s and ascii_name and text[s - 1].isalnum():
                continue
            if e < len(text) and ascii_name and text[e].isalnum():
                continue
            if _place_or_org_context(text, s, e) or _kanji_compound_after(text, s, e):
                continue
            if inside_katakana_word(text, s, e):
                continue  # バー of a name is not the バー of メンバー
            mentions.append((s, e))
        # ブランド of マーロン・ブランド is a word too: a katakana part that stands alone
        # elsewhere is masked there only if the analyser calls it a name (one call for all).
        alone = [
            (s, e) for s, e in mentions if text[s:e] in kana_parts and not _inside(spans, s, e)
        ]
        unjudged = sorted({text[s:e] for s, e in alone} - self._plain.keys())
        for word, toks in zip(unjudged, tokens_of_many(unjudged), strict=True):
            self._plain[word] = len(toks) != 1 or "人名" not in toks[0].pos
        alone_set = set(alone)
        out.extend(
            ("PERSON", s, e)
            for s, e in mentions
            if (s, e) not in alone_set
            or not self._plain[text[s:e]]
            # ロドリゲスは after マリア・ロドリゲス: the same person, whatever the analyser says
            or (lone_katakana_person(text, s, e) and not _dot_run_at(text, s, e))
        )
        return out

    def wordlike(self, value: str) -> bool:
        """The analyser reads ``value`` (kanji) alone as one everyday word (今日, 相談, 新聞, 正月),
        not a name: such a surname names its bearer only with an honorific or a post after it.
        (Katakana parts are judged as names or words in ``_propagate``.)"""
        got = self._wordlike.get(value)
        if got is None:
            if len(self._wordlike) > 20_000:
                self._wordlike.clear()
            toks = word_tokens(value) if _KANJI_NAME_RE.fullmatch(value) else []
            got = self._wordlike[value] = (
                len(toks) == 1
                and "人名" not in toks[0].pos
                and toks[0].pos.startswith(("名詞-普通名詞", "副詞", "代名詞"))
            )
        return got

    def _short_forms(self, text: str, found: list[Finding]) -> set[str]:
        """Surnames and given names of kanji full names written without a space (山田太郎 →
        山田, 太郎): the split the name dictionary or the analyser gives."""
        out: set[str] = set()
        for t, s, e in found:
            if t == "PERSON" and 3 <= e - s <= 6:
                out.update(self._split_full_name(text[s:e]))
        return out

    def _split_full_name(self, value: str) -> tuple[str, ...]:
        """The surname and the given name of 山田太郎 (remembered: names recur)."""
        got = self._splits.get(value)
        if got is not None:
            return got
        if len(self._splits) > 20_000:
            self._splits.clear()
        got = self._splits[value] = self._split_uncached(value)
        return got

    def _split_uncached(self, value: str) -> tuple[str, ...]:
        lex = self._lex
        if not _KANJI_NAME_RE.fullmatch(value):
            return ()
        cut = next(
            (c for c in (3, 2) if value[:c] in lex.surnames_kanji and 1 <= len(value) - c <= 3),
            0,
        ) or next(
            (c for c in (3, 2) if value[:c] in rare_surnames() and 1 <= len(value) - c <= 3),
            0,
        )
        if not cut:  # 百目鬼|太一: a known given name after a surname the lexicon lacks
            cut = next(
                (
                    len(value) - g
                    for g in (3, 2)
                    if len(value) - g >= 2 and value[-g:] in lex.given_kanji
                ),
                0,
            )
        if not cut:
            toks = word_tokens(value)
            if len(toks) == 2 and toks[0].pos.endswith("人名-姓"):
                cut = len(toks[0].surface)
        if not cut:
            return ()
        return tuple(
            part for part in (value[:cut], value[cut:]) if len(part) >= 2 and part not in _NON_NAMES
        )


# A line that starts with a house number (only then is an English addressee block looked for).
_ANY_DIGIT_LINE = re.compile(r"\n[0-9]{1,5}[A-Za-z]?(?:[-/][0-9]+)* [A-Z]")
# A name glued to the municipality before it (大野町後田, 宝塚市すみれガ丘) or to 丘/台 after it
# is a district: people are not written that way.
_MUNICIPALITY_BEFORE = re.compile(r"[一-鿿々ヶ]{1,6}[市町村区郡]$")
_MUNICIPAL_CHARS = frozenset("市町村")
_MUNICIPAL_BODY_AFTER = re.compile(r"[市町村](?:議会|役所|役場|教育委員会|立|営|民)")
_DISTRICT_AFTER = re.compile(r"[ガがケヶ]丘|[ガがケヶ]岳")


_KANJI_NAME_RE = re.compile(r"[一-鿿豈-﫿々ヶ]+")
# What a bare surname or given name is followed by when it stands for the person.
_SHORT_END = re.compile(
    r"(?:は|が|の|に|と|を|も|へ|や|から|より|ら|自身|本人|です|でした|[、。,，」』）)\n]|$)"
)


def honoured_mention(text: str, s: int, e: int) -> bool:
    """An honorific or a post right after the word (相談さん, 今日係長), in no longer word."""
    if not (_HONORIFIC_RE.match(text, e) or _TITLE_AFTER_RE.match(text, e)):
        return False
    return not (s and _KANJI_NAME_RE.match(text, s - 1))


def _short_mention(text: str, s: int, e: int) -> bool:
    """A bare surname or given name of a full name found elsewhere stands for that person:
    a word on its own (no kanji glued to it before) followed by a particle, an honorific, a
    post or a punctuation mark, in no place or organisation name."""
    if not (
        _SHORT_END.match(text, e) or _HONORIFIC_RE.match(text, e) or _TITLE_AFTER_RE.match(text, e)
    ):
        return False
    if s and _KANJI_NAME_RE.match(text, s - 1):
        return False  # 太郎 of 桃太郎
    return not (_place_or_org_context(text, s, e) or _kanji_compound_after(text, s, e))


def _dot_run_at(text: str, s: int, e: int) -> bool:
    """The katakana word is one word of a ・/= run (ブランド of マーロン・ブランド)."""
    return (s > 0 and text[s - 1] in "・=") or (e < len(text) and text[e] in "・=")


def _part_of_place(text: str, s: int, e: int) -> bool:
    if _HONORIFIC_RE.match(text, e):
        return False  # 町田市山田太郎様: a person after all
    if s and _MUNICIPALITY_BEFORE.search(text, max(0, s - 7), s):
        return True
    if (
        text[e : e + 1] in _MUNICIPAL_CHARS
        and _MUNICIPAL_BODY_AFTER.match(text, e)
        and s
        and _KANJI_NAME_RE.match(text, s - 1)
    ):
        return True  # 白樺|原|市議会: the end of a town the lists do not know, and its council
    return _DISTRICT_AFTER.match(text, e) is not None


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) lies within one of ``spans`` (sorted by start)."""
    i = bisect.bisect_right(spans, (s, 1 << 62)) - 1
    while i >= 0 and spans[i][0] <= s:
        if spans[i][1] >= e:
            return True
        i -= 1
        if i >= 0 and s - spans[i][0] > 200:
            break
    return False


_worker_finder: PersonFinder | None = None


def analyse_in_worker(text: str) -> list[Finding]:
    """Entry point of the masker's worker process (see masker.PARALLEL_MIN_CHARS)."""
    global _worker_finder
    if _worker_finder is None:
        _worker_finder = PersonFinder()
        _worker_finder.warm_up()
    return _worker_finder.analyse(text)
