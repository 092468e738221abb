"""Foreign names in katakana the analyser does not know: a name list and a character model.

Foreign residents' names (and most foreign names in Japanese text) are written in katakana:
ハサン・ロウハーニー, オーレ・シェーレン, キンズラーは. UniDic tags few of them 人名. This module
judges a katakana word by itself, without the analyser:

- ``data/foreign_names.txt.gz`` (built by ``bench/make_foreign_names.py`` from JMnedict and
  JMdict, EDRDG, CC BY-SA 3.0: ``data/LICENSE-JMnedict.txt``) lists name words (the parts of
  katakana-only names in JMnedict) and ordinary katakana words (loanwords: ホテル, マーカー);
- a character 1-3-gram model of name words against loanwords, places and companies (from the
  same lists) scores the words neither list holds.

``foreign.find_katakana_names`` combines the score with the word's surroundings (a ・ run, a role
before it, a title or a particle after it).
"""

from __future__ import annotations

import gzip
import threading
from functools import cache

from desktop.core.masking.names_data import DATA_DIR

# Scores: a listed name part, a listed ordinary word; the model's scores lie between.
NAME_SCORE = 2.0
MIXED_SCORE = 0.3  # a name word that is also a place, a company or a word (フェラーリ, ヤング)
MODEL_LIMIT = 1.5  # the model alone never says as much as the list
PLACE_SCORE = -0.5
WORD_SCORE = -2.0
_MAX_GRAM = 3


class ForeignNames:
    def __init__(
        self, lists: dict[str, frozenset[str]], grams: dict[str, float], unseen: float
    ) -> None:
        self.names = lists.get("name", frozenset())
        self.mixed = lists.get("mixed", frozenset())
        self.places = lists.get("place", frozenset())
        self.words = lists.get("word", frozenset())
        self._grams = grams
        self._unseen = unseen
        self._scores: dict[str, float] = {}
        self._lock = threading.Lock()

    def model_score(self, word: str) -> float:
        """Log-odds of 'name word' against 'loanword or place', per sqrt(number of grams)."""
        w = "^" + word + "$"
        grams = self._grams
        unseen = self._unseen
        total = 0.0
        n = 0
        for size in range(1, _MAX_GRAM + 1):
            for i in range(len(w) - size + 1):
                total += grams.get(w[i : i + size], unseen)
                n += 1
        return total / n**0.5

    def score(self, word: str) -> float:
        got = self._scores.get(word)
        if got is not None:
            return got
        if word in self.names:
            got = NAME_SCORE
        elif word in self.mixed:
            got = MIXED_SCORE
        elif word in self.places:
            got = PLACE_SCORE
        elif word in self.words:
            got = WORD_SCORE
        else:
            got = max(-MODEL_LIMIT, min(MODEL_LIMIT, self.model_score(word)))
        with self._lock:
            if len(self._scores) > 50_000:
                self._scores.clear()
            self._scores[word] = got
        return got


@cache
def foreign_names() -> ForeignNames:
    text = gzip.decompress((DATA_DIR / "foreign_names.txt.gz").read_bytes()).decode("utf-8")
    lists: dict[str, list[str]] = {}
    grams: dict[str, float] = {}
    unseen = 0.0
    section = None
    for line in text.splitlines():
        if line.startswith("#") and len(line) > 1 and "\t" not in line:
            section = line[1:]
            continue
        if section == "gram":
            gram, _, weight = line.partition("\t")
            if gram:
                grams[gram] = float(weight)
            else:
                unseen = float(weight)
        elif section:
            lists.setdefault(section, []).append(line)
    return ForeignNames({k: frozenset(v) for k, v in lists.items()}, grams, unseen)
