"""Name and place dictionaries shipped with the masker.

Names come from gimei (MIT licence: data/LICENSE-gimei.txt).
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PREFECTURES = (
    "北海道",
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
)

DATA_DIR = Path(__file__).resolve().parent / "data"


def _read(name: str) -> list[str]:
    # Next to this module (the packager collects desktop/core/masking/data as data files).
    data = (DATA_DIR / name).read_bytes()
    return gzip.decompress(data).decode("utf-8").splitlines()


@dataclass(frozen=True)
class NameLexicon:
    surnames: frozenset[str]  # every script: kanji, hiragana, katakana, romaji (lower case)
    given: frozenset[str]
    surnames_kanji: frozenset[str]
    given_kanji: frozenset[str]


def _romaji_variants(r: str) -> set[str]:
    r = r.lower()
    out = {r}
    short = r.replace("ou", "o").replace("oo", "o").replace("uu", "u")
    out.add(short)
    out.add(r.replace("ou", "oh"))
    return out


@lru_cache(maxsize=1)
def name_lexicon() -> NameLexicon:
    sur: set[str] = set()
    giv: set[str] = set()
    sur_k: set[str] = set()
    giv_k: set[str] = set()
    for target, kanji, fname in (
        (sur, sur_k, "surnames.txt.gz"),
        (giv, giv_k, "given_names.txt.gz"),
    ):
        for line in _read(fname):
            parts = line.split("\t")
            if len(parts) != 4:
                continue
            k, h, ka, ro = parts
            kanji.add(k)
            target.update((k, h, ka))
            target.update(_romaji_variants(ro))
    return NameLexicon(frozenset(sur), frozenset(giv), frozenset(sur_k), frozenset(giv_k))


def rare_surnames() -> frozenset[str]:
    """Kanji surnames of JMnedict that are no ordinary word (data/jmnedict_surnames.txt.gz,
    built by bench/make_foreign_names.py; CC BY-SA 3.0, data/LICENSE-JMnedict.txt). Many are
    places too (伊東, 鹿島): use only where the context already says a person."""
    return _rare_surnames()


@lru_cache(maxsize=1)
def _rare_surnames() -> frozenset[str]:
    return frozenset(_read("jmnedict_surnames.txt.gz"))


@lru_cache(maxsize=1)
def municipalities() -> frozenset[str]:
    names = set(_read("municipalities.txt.gz"))
    # 札幌市中央区 also appears as 札幌市 and 中央区 in text.
    for n in list(names):
        for marker in ("市", "郡"):
            i = n.find(marker)
            if 0 < i < len(n) - 2:
                names.add(n[: i + 1])
                names.add(n[i + 1 :])
    return frozenset(names)


# A matcher kept for many texts (a module's or a finder's word list) is built as a DFA up to
# this many terms: it scans a 10,000-character prompt in about half the time of the default
# NFA (measured: 0.07 against 0.14 ms for the ~120 roles of person_apposition) and costs under
# 1.5 ms to build once. The name lists (10,000+ terms) stay NFAs: a DFA of them took 12 MB.
_DFA_MAX_TERMS = 2000


def build_automaton(terms, *, overlapping: bool = False, once: bool = False):
    """A multi-pattern matcher for ``find_literals_automaton`` (Aho-Corasick when available).

    ``overlapping``: report every occurrence of every term (for candidate positions), not the
    leftmost-longest non-overlapping ones. ``once``: the matcher serves one text (built per
    call): the cheapest to build, not the fastest to scan. The matches are the same either way.
    """
    terms = sorted({t for t in terms if t}, key=len, reverse=True)
    if not terms:
        return None
    try:
        import ahocorasick_rs
    except ImportError:  # slower, same result
        import re

        alt = "|".join(map(re.escape, terms))
        return re.compile(f"(?=({alt}))" if overlapping else alt)
    dfa = not once and len(terms) <= _DFA_MAX_TERMS
    impl = ahocorasick_rs.Implementation.DFA if dfa else None  # (None: the library's choice)
    if overlapping:
        return _Overlapping(ahocorasick_rs.AhoCorasick(terms, implementation=impl))
    return ahocorasick_rs.AhoCorasick(
        terms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest, implementation=impl
    )


class _Overlapping:
    __slots__ = ("automaton",)

    def __init__(self, automaton) -> None:
        self.automaton = automaton

    def find_matches_as_indexes(self, text: str):
        return self.automaton.find_matches_as_indexes(text, overlapping=True)


def find_literals_automaton(automaton, text: str) -> list[tuple[int, int]]:
    if automaton is None or not text:
        return []
    if hasattr(automaton, "finditer"):
        return [
            (m.start(1 if m.re.groups else 0), m.end(1 if m.re.groups else 0))
            for m in automaton.finditer(text)
        ]
    return [(s, e) for _i, s, e in automaton.find_matches_as_indexes(text)]


# Up to this many terms, str.find per term beats building an automaton (measured: building one
# for 30 names cost ~0.7 ms, the finds ~0.1 ms in a 10,000-character prompt).
_FEW_TERMS = 96


def _find_from_first_characters(text: str, by_first: dict[str, list[str]]) -> list[tuple[int, int]]:
    """Leftmost-longest occurrences, tried only where one of the terms' first characters stands
    (``by_first``: first character -> its terms, longest first). For the names a prompt's
    findings hold (kanji and kana first) this is half the cost of building an automaton for
    them (0.5-0.8 against 1.3-1.6 ms for ~450 names in a 10,000-character prompt); terms that
    start with a digit or a Latin letter stand almost everywhere, and take the automaton."""
    firsts = re.compile("[" + "".join(re.escape(c) for c in by_first) + "]")
    out: list[tuple[int, int]] = []
    end = 0
    for m in firsts.finditer(text):
        i = m.start()
        if i < end:
            continue
        for term in by_first[text[i]]:
            if text.startswith(term, i):
                end = i + len(term)
                out.append((i, end))
                break
    return out


def find_literals(text: str, terms) -> list[tuple[int, int]]:
    """Leftmost-longest, non-overlapping occurrences of any of ``terms`` (str indices)."""
    terms = {t for t in terms if t}
    if len(terms) > _FEW_TERMS:
        by_first: dict[str, list[str]] = {}
        for term in sorted(terms, key=len, reverse=True):
            by_first.setdefault(term[0], []).append(term)
        if any(c.isascii() for c in by_first):
            return find_literals_automaton(build_automaton(terms, once=True), text)
        return _find_from_first_characters(text, by_first)
    hits = []
    for term in terms:
        size = len(term)
        i = text.find(term)
        while i >= 0:
            hits.append((i, -size))
            i = text.find(term, i + 1)
    hits.sort()
    out: list[tuple[int, int]] = []
    end = 0
    for start, neg in hits:
        if start >= end:
            end = start - neg
            out.append((start, end))
    return out


def matcher_name() -> str:
    """The matcher ``build_automaton`` really uses: "ahocorasick_rs", or "re" when that cannot
    be imported (same results, much slower on long texts). self-test fails on "re"."""
    return "re" if hasattr(build_automaton(["x"]), "finditer") else "ahocorasick_rs"
