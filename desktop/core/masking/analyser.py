"""The morphological analyser (MeCab via fugashi + unidic-lite), loaded in one place.

Packagers: a frozen build must collect ``unidic_lite``'s dictionary folder; ``load_analyser``
is the only place that locates it.

Speed: MeCab prints one short record per token, ``<byte start>,<context id>|``, and Python maps
the numeric context id to its part of speech with a table read from the dictionary's
``right-id.def``. Printing the feature string instead (``%F-[0,1,2,3]``) makes MeCab split every
token's CSV features and makes the output ten times longer, which measured ~60 % slower for 1 MB.
"""

from __future__ import annotations

import os
import re
import shlex
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

# A MeCab tagger is not safe to share between threads; every parse holds this lock.
lock = threading.Lock()
_analyser: Analyser | None = None

# Byte start and right context id of each token; unknown words get 'u' before the id.
_FORMAT_ARGS = (
    "--output-format-type= --node-format=%ps,%phr| --unk-format=%ps,u%phr| "
    "--eos-format= --bos-format="
)
# One MeCab call per line, but very long lines are cut so the lattice stays small.
MAX_CHUNK = 2000
_CUT_RE = re.compile(r"[。．！？!?]")


def rc_file(dicdir: str) -> str:
    """A mecabrc MeCab can open: the dictionary's own, else an empty file in the temp folder.

    MeCab refuses to start without one; ``/dev/null`` (used before) does not exist on Windows.
    """
    own = Path(dicdir, "mecabrc")
    if own.is_file():
        return str(own)
    folder = Path(tempfile.gettempdir(), "office-assistant")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mecabrc"
    if not path.is_file():
        path.write_bytes(b"")
    return str(path)


def mecab_args(dicdir: str) -> str:
    """The argument string for fugashi, paths quoted so spaces and backslashes survive.

    fugashi splits the string like a POSIX shell: inside single quotes a backslash is literal,
    which is what ``C:\\Program Files\\...`` needs (inside double quotes ``\\\\`` would collapse).
    """
    return f"-r {shlex.quote(rc_file(dicdir))} -d {shlex.quote(dicdir)} {_FORMAT_ARGS}"


def _pos_table(dicdir: str) -> dict[str, str]:
    """Context id -> 'pos1-pos2-pos3-pos4' (e.g. 名詞-固有名詞-人名-姓), from right-id.def."""
    table: dict[str, str] = {}
    with open(os.path.join(dicdir, "right-id.def"), encoding="utf-8") as fh:
        for line in fh:
            num, _, feats = line.rstrip("\n").partition(" ")
            parts = [p for p in feats.split(",")[:4] if p != "*"]
            table[num] = "-".join(parts)
    return table


@dataclass(frozen=True)
class Analyser:
    tagger: object
    pos: dict[str, str]  # context id (as printed) -> POS; 'u<id>' -> '?' + POS
    person_node_re: re.Pattern[str]  # a 人名 token in the output: start, id, next start
    person_id_re: re.Pattern[str]  # ",<人名 id>|" in the output: the id

    def person_nodes(self, out: str):
        """The 人名 tokens of a parse: match groups byte start, context id, next start."""
        return self.person_node_re.finditer("|" + out)

    def person_tokens(self, out: str) -> list[tuple[int, str, int | None]]:
        """``person_nodes`` as (byte start, context id, next token's byte start or None), in
        order. A 人名 token is rare: searching for ``,<id>|`` and reading the numbers around
        it costs far less than trying ``person_node_re`` at every token."""
        found = []
        for m in self.person_id_re.finditer(out):
            i, after = m.start(), m.end()
            start = out.rfind("|", 0, i) + 1
            comma = out.find(",", after)
            found.append((int(out[start:i]), m.group(1), int(out[after:comma]) if comma >= 0 else None))
        return found

    def parse(self, text: str) -> str:
        with lock:
            return self.tagger.parse(text)  # type: ignore[attr-defined]


def load_analyser() -> Analyser:
    """Return the shared analyser, creating it on first use (thread-safe)."""
    global _analyser
    if _analyser is None:
        with lock:
            if _analyser is None:
                import fugashi
                import unidic_lite

                dicdir = str(unidic_lite.DICDIR)
                pos = _pos_table(dicdir)
                pos.update({"u" + k: "?" + v for k, v in list(pos.items())})
                person_ids = sorted(k for k, v in pos.items() if "固有名詞-人名" in v)
                # The next token's start is looked at, not consumed: it may be a 人名 too.
                # Matched in "|" + output: a pattern that starts with a literal is only tried
                # at each "|" (starting with \d+ it was tried at every digit: 5x slower).
                person_node_re = re.compile(
                    r"\|(\d+),(" + "|".join(person_ids) + r")(?=\|(?:(\d+),|$))"
                )
                tagger = fugashi.GenericTagger(mecab_args(dicdir))
                person_id_re = re.compile(",(" + "|".join(person_ids) + r")\|")
                _analyser = Analyser(tagger, pos, person_node_re, person_id_re)
    return _analyser


def chunks(line: str) -> list[tuple[int, str]]:
    """(offset, piece) pieces of one line, each at most MAX_CHUNK characters, cut after 。."""
    if len(line) <= MAX_CHUNK:
        return [(0, line)]
    out: list[tuple[int, str]] = []
    pos = 0
    while len(line) - pos > MAX_CHUNK:
        cut = pos + MAX_CHUNK
        last = None
        for m in _CUT_RE.finditer(line, pos + MAX_CHUNK // 2, cut):
            last = m.end()
        cut = last or cut
        out.append((pos, line[pos:cut]))
        pos = cut
    out.append((pos, line[pos:]))
    return out


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # str index in the analysed text
    end: int
    pos: str  # e.g. 名詞-固有名詞-人名-姓; starts with '?' for unknown words
    surface: str


NODE_RE = re.compile(r"(\d+),(u?\d+)\|")


def tokens(text: str, out: str | None = None) -> list[Token]:
    """Tokens of ``text`` (one chunk) with str offsets; ``out`` is its parse if already made."""
    an = load_analyser()
    if out is None:
        out = an.parse(text)
    raw = text.encode("utf-8")
    nodes = [(int(b), cid) for b, cid in NODE_RE.findall(out)]
    result: list[Token] = []
    to_char = ByteToChar(text, raw)
    for i, (b0, cid) in enumerate(nodes):
        b1 = nodes[i + 1][0] if i + 1 < len(nodes) else len(raw)
        c0, c1 = to_char(b0), to_char(b1)
        while c1 > c0 and text[c1 - 1] in " \t\r\n":  # the gap before the next token
            c1 -= 1
        result.append(Token(c0, c1, an.pos.get(cid, ""), text[c0:c1]))
    return result


def word_tokens(word: str) -> tuple[Token, ...]:
    """``tokens(word)`` for a short word, remembered: the rules ask about the same words (a
    surname, a noun before a post) again and again, and a MeCab call costs more than its answer."""
    got = _WORD_TOKENS.get(word)
    if got is None:
        got = tuple(tokens(word))
        if len(_WORD_TOKENS) > _WORD_TOKENS_MAX:
            _WORD_TOKENS.clear()
        _WORD_TOKENS[word] = got
    return got


_WORD_TOKENS: dict[str, tuple[Token, ...]] = {}
_WORD_TOKENS_MAX = 50_000


def tokens_of_many(words: list[str]) -> list[list[Token]]:
    """``tokens(w)`` for each word, from one MeCab call (a call costs more than a short parse).

    The words are parsed one a sentence (joined by 「。」, so each starts a sentence as it does
    alone, and no token spans two words)."""
    if not words:
        return []
    joined = "。".join(words)
    out: list[list[Token]] = [[] for _ in words]
    starts = []
    pos = 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    i = 0
    for t in tokens(joined):
        while i + 1 < len(starts) and t.start >= starts[i + 1]:
            i += 1
        if t.start - starts[i] < len(words[i]):  # not the 「。」 after the word
            base = starts[i]
            out[i].append(Token(t.start - base, t.end - base, t.pos, t.surface))
    return out


class ByteToChar:
    """UTF-8 byte offset -> str index for one text; cheap when offsets come in order."""

    __slots__ = ("_ascii", "_b", "_c", "_raw")

    def __init__(self, text: str, raw: bytes | None = None) -> None:
        self._raw = raw if raw is not None else text.encode("utf-8")
        self._ascii = len(self._raw) == len(text)
        self._b = self._c = 0

    def __call__(self, b: int) -> int:
        if self._ascii:
            return b
        if b >= self._b:
            self._c += len(self._raw[self._b : b].decode("utf-8", "ignore"))
        else:
            self._c = len(self._raw[:b].decode("utf-8", "ignore"))
        self._b = b
        return self._c
