"""Terms for Japanese search, from the analyser the product already ships (MeCab + unidic-lite).

Each passage is indexed four ways, so the ways clerks type still find the rules' wording:
- ``morph``: the dictionary form (lemma) and surface of every content word (申請した → 申請, 為る);
- ``reading``: katakana reading bigrams of the whole text (しょうがいしゃ finds 障害者);
- ``bigram``: character bigrams of the normalised text (a typo or an unknown compound still
  shares most of its bigrams);
and the title (document name + article/heading) separately, weighted up at query time.
"""

from __future__ import annotations

import re
import shlex
import threading
import unicodedata
from dataclasses import dataclass

_lock = threading.Lock()
_tagger = None

# Part-of-speech classes that carry no meaning for search.
_SKIP_POS = frozenset({"助詞", "助動詞", "補助記号", "記号", "空白", "感動詞", "接続詞", "BOS/EOS"})
# Words of the question itself, not of its subject.
_STOP_LEMMAS = frozenset({
    "為る", "有る", "居る", "成る", "出来る", "教える", "知る", "良い", "下さる", "言う", "思う",
    "何", "どう", "どの", "どれ", "いつ", "誰", "何処", "ど", "こと", "もの", "の", "よう", "場合",
    "方", "ため", "貰える", "呉れる", "貰う", "其の", "此の", "其れ", "此れ", "有り", "等", "について",
    "に就く", "可能", "必要", "ください", "です", "ます",
})
_TOKEN_CHARS = re.compile(r"[0-9A-Za-z\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヶ]+")
_KATA = re.compile(r"[\u30a1-\u30f6]")


def normalise(text: str) -> str:
    """NFKC (full-width digits and letters to half-width), lower case."""
    return unicodedata.normalize("NFKC", text).lower()


def to_katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


def to_hiragana(text: str) -> str:
    return _KATA.sub(lambda m: chr(ord(m.group()) - 0x60), text)


@dataclass(frozen=True, slots=True)
class Word:
    surface: str
    lemma: str
    reading: str  # katakana, "" when unknown
    pos: str


def _load():
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                import fugashi
                import unidic_lite

                from desktop.core.masking.analyser import rc_file

                dicdir = str(unidic_lite.DICDIR)
                # fugashi splits its argument like a shell: each doubled backslash reaches MeCab single.
                fmt = ("--output-format-type= --node-format=%m\\\\t%f[7]\\\\t%f[6]\\\\t%f[0]\\\\n "
                       "--unk-format=%m\\\\t%m\\\\t\\\\t%f[0]\\\\n --eos-format= --bos-format=")
                _tagger = fugashi.GenericTagger(
                    f"-r {shlex.quote(rc_file(dicdir))} -d {shlex.quote(dicdir)} {fmt}")
    return _tagger


def words(text: str) -> list[Word]:
    """The words of ``text`` (any length; parsed a line or 2,000 characters at a time)."""
    tagger = _load()
    out: list[Word] = []
    for line in text.split("\n"):
        line = line.strip()
        while line:
            piece, line = line[:2000], line[2000:]
            with _lock:
                parsed = tagger.parse(piece)
            for row in parsed.split("\n"):
                if not row:
                    continue
                parts = row.split("\t")
                if len(parts) < 4:
                    continue
                surface, lemma, reading, pos = parts[:4]
                if not surface.strip():
                    continue
                lemma = lemma.split("-", 1)[0] if lemma and lemma != "*" else surface
                out.append(Word(surface, lemma, "" if reading == "*" else reading, pos))
    return out


def morph_terms(ws: list[Word], *, query: bool = False) -> list[str]:
    """Lemma and surface of each content word, as index terms."""
    terms: list[str] = []
    for w in ws:
        if w.pos in _SKIP_POS:
            continue
        if query and (w.lemma in _STOP_LEMMAS or w.surface in _STOP_LEMMAS):
            continue
        for form in {normalise(w.lemma), normalise(w.surface)}:
            terms.extend(_TOKEN_CHARS.findall(form))
    return terms


def reading_text(ws: list[Word]) -> str:
    """The katakana reading of the content words, run together (unknown words as written)."""
    parts = []
    for w in ws:
        if w.pos in _SKIP_POS:
            parts.append(" ")
            continue
        parts.append(w.reading or to_katakana(normalise(w.surface)))
    return "".join(parts)


def bigrams(text: str) -> list[str]:
    """Character bigrams of each run of letters/digits/kana/kanji (katakana folded to hiragana,
    so ゴミ and ごみ meet); a run of one character is kept whole."""
    grams: list[str] = []
    for run in _TOKEN_CHARS.findall(to_hiragana(normalise(text))):
        if len(run) == 1:
            grams.append(run)
        else:
            grams.extend(run[i:i + 2] for i in range(len(run) - 1))
    return grams


@dataclass(frozen=True)
class Terms:
    morph: list[str]
    reading: list[str]
    bigram: list[str]


def analyse(text: str, *, query: bool = False) -> Terms:
    ws = words(text)
    return Terms(morph_terms(ws, query=query), bigrams(reading_text(ws)), bigrams(text))
