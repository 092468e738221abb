"""The morphological analyser (MeCab via fugashi + unidic-lite), loaded in one place.

Packagers: a frozen build must collect ``unidic_lite``'s dictionary folder; ``load_analyser``
is the only place that locates it.

Speed: MeCab prints one short record per token, ``<byte start>,<context id>|``, and Python maps
the numeric context id to its part of speech with a table read from the dictionary's
``right-id.def``. Printing the feature string instead (``%F-[0,1,2,3]``) makes MeCab split every
token's CSV features and makes the output ten times longer, which measured ~60 % slower for 1 MB.

Two cores: fugashi holds the GIL while MeCab runs (~9 ms of a 10,000-character prompt's ~20 ms);
``prefetch`` has a background thread parse the person finder's blocks through the same MeCab
library via ctypes (which releases the GIL) while this thread runs the patterns — same output.
The library is found next to fugashi (``mecab_library``; packagers: ``fugashi.libs``).
"""

from __future__ import annotations

import os
import re
import shlex
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop.core.masking.mecab_native import NativeTagger, mecab_library

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
        if _prefetched:
            got = _take_prefetched(text)
            if got is not None:
                return got
        with lock:
            return self.tagger.parse(text)  # type: ignore[attr-defined]


def _dicdir() -> str:
    import unidic_lite

    return str(unidic_lite.DICDIR)


def load_analyser() -> Analyser:
    """Return the shared analyser, creating it on first use (thread-safe)."""
    global _analyser
    if _analyser is None:
        with lock:
            if _analyser is None:
                import fugashi

                dicdir = _dicdir()
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


# The background parser: one thread with its own NativeTagger (None: not available here, and
# prefetch does nothing — the same results, one core).
_native: NativeTagger | None = None
_native_tried = False
_executor: ThreadPoolExecutor | None = None
_prefetch_lock = threading.Lock()
# text -> its parse (running or queued in the background thread), while a prefetch is open
_prefetched: dict[str, Future[str]] = {}
_open = 0  # prefetches open (in any thread)
_saved_interval = 0.005
_SWITCH_INTERVAL = 0.0005
# When the callers of _STARVED_IN_A_ROW prefetches in a row each ran for less than
# 1/_STARVED_RATIO of their wall time (less a slack for waiting on the last block), prefetch is
# off for _BACKOFF_SECONDS: the machine has no free core. One starved prompt is not enough — a
# single moment another program took the core would otherwise cost the next 5 s of prompts
# their second core (seen in bench_masking: 25 instead of 18 ms a prompt, load average 0.3).
# Only where thread_time is fine-grained: on Windows it moves in 15.6 ms ticks, too coarse for
# a 15 ms prompt.
_STARVED_RATIO = 1.5
_STARVED_SLACK = 0.002
_STARVED_IN_A_ROW = 3
_BACKOFF_SECONDS = 5.0
_CPU_CLOCK_FINE = sys.platform != "win32"
_backoff_until = 0.0
_starved = 0  # prefetches in a row whose caller looked starved


def _background() -> ThreadPoolExecutor | None:
    global _native, _native_tried, _executor
    with _prefetch_lock:
        if not _native_tried:
            _native_tried = True
            try:
                path = mecab_library()
                if path is not None:
                    _native = NativeTagger(path, mecab_args(_dicdir()))
                    _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mecab")
            except (OSError, AttributeError, ImportError):
                _native, _executor = None, None
        return _executor


def _parse_native(text: str) -> str:
    assert _native is not None
    return _native.parse(text)


def warm_background() -> bool:
    """Load the background parser now (it costs a second MeCab instance, ~ms); whether it runs."""
    return _background() is not None


def background_parse(text: str) -> str | None:
    """``text`` parsed by the background parser (for self-test), None when it is not available."""
    executor = _background()
    return None if executor is None else executor.submit(_parse_native, text).result(timeout=30)


@contextmanager
def prefetch(texts: Sequence[str]) -> Iterator[None]:
    """Within the block, ``Analyser.parse(t)`` for each of ``texts`` takes the parse a
    background thread made (started now, last text first) instead of parsing then; a text
    whose parse has not started yet is parsed by the caller's thread, so both cores parse."""
    global _open, _saved_interval, _backoff_until, _starved
    executor = _background() if texts else None
    if executor is None or time.monotonic() < _backoff_until:
        yield
        return
    mine: dict[str, Future[str]] = {}
    with _prefetch_lock:
        if _open == 0:
            # The background thread needs the GIL back after each block; with the default
            # 5 ms switch interval it waits that long while this thread runs patterns, and
            # parses a block (~1.5 ms) per ~6.5 ms. Shorter while a prefetch is open.
            _saved_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(_saved_interval, _SWITCH_INTERVAL))
        _open += 1
        # Last block first: the caller parses from the first block on what the background
        # has not started, so the two meet once (on a busy machine the background thread
        # may get little time, and the caller should not wait for it block by block).
        for text in reversed(texts):
            if text not in _prefetched and text not in mine:
                mine[text] = executor.submit(_parse_native, text)
        _prefetched.update(mine)
    wall, cpu = time.perf_counter(), time.thread_time()
    try:
        yield
    finally:
        wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
        if _CPU_CLOCK_FINE and wall > _STARVED_RATIO * cpu + _STARVED_SLACK:
            # The caller's thread mostly waited: no free core (other programs hold it), and
            # two threads handing the GIL to each other on one core cost more than they
            # save (measured: up to twice the wall time). One thread for a while.
            _starved += 1
            if _starved >= _STARVED_IN_A_ROW:
                _starved = 0
                _backoff_until = time.monotonic() + _BACKOFF_SECONDS
        else:
            _starved = 0
        with _prefetch_lock:
            for text, fut in mine.items():
                fut.cancel()
                if _prefetched.get(text) is fut:
                    del _prefetched[text]
            _open -= 1
            if _open == 0:
                sys.setswitchinterval(_saved_interval)


def _take_prefetched(text: str) -> str | None:
    """The background parse of ``text``, waited for if running; None when there is none or
    it has not started (then the caller parses: the cores share the work)."""
    fut = _prefetched.get(text)
    if fut is None or fut.cancel():
        return None
    try:
        return fut.result()
    except Exception:  # the thread failed (a broken library): parse in this thread
        return None


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


def blocks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, text) blocks of whole lines up to MAX_CHUNK characters, long lines cut as
    ``chunks`` cuts them: what the person finder gives MeCab one call at a time (many lines
    per call: a call per line costs more in Python than the analysis itself)."""
    start = 0
    size = len(text)
    while start < size:
        end = min(start + MAX_CHUNK, size)
        if end < size:
            nl = text.rfind("\n", start, end)
            if nl > start:
                end = nl + 1
            else:  # one long line: cut it like chunks() does
                line_end = text.find("\n", start)
                line_end = size if line_end < 0 else line_end
                for off, piece in chunks(text[start:line_end]):
                    yield start + off, piece
                start = line_end + 1
                continue
        yield start, text[start:end]
        start = end


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
