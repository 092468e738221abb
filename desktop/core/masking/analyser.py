"""The morphological analyser (MeCab via fugashi + unidic-lite), loaded in one place.

Packagers: a frozen build must collect ``unidic_lite``'s dictionary folder; ``load_tagger`` is
the only place that locates it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

_lock = threading.Lock()
_tagger = None

# Start and end byte offsets and the four POS levels; '?' marks an unknown word.
_ARGS = (
    "--output-format-type= --node-format=%ps,%pe,%F-[0,1,2,3]| "
    "--unk-format=%ps,%pe,?%F-[0,1,2,3]| --eos-format= --bos-format="
)


def load_tagger():
    """Return the shared tagger, creating it on first use (thread-safe)."""
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                import fugashi
                import unidic_lite

                _tagger = fugashi.GenericTagger(f'-r /dev/null -d "{unidic_lite.DICDIR}" {_ARGS}')
    return _tagger


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # str index in the line
    end: int
    pos: str  # e.g. 名詞-固有名詞-人名-姓; starts with '?' for unknown words
    surface: str


def tokenize(line: str) -> list[Token]:
    """Tokens of one line with str offsets (MeCab reports byte offsets)."""
    tagger = load_tagger()
    with _lock:  # a MeCab tagger is not safe to share between threads
        out = tagger.parse(line)
    raw = line.encode("utf-8")
    ascii_only = len(raw) == len(line)
    tokens: list[Token] = []
    prev_b = prev_c = 0
    for node in out.split("|"):
        if not node:
            continue
        bs, be, pos = node.split(",", 2)
        b0, b1 = int(bs), int(be)
        if ascii_only:
            c0, c1 = b0, b1
        else:
            c0 = prev_c + len(raw[prev_b:b0].decode("utf-8", "replace"))
            c1 = c0 + len(raw[b0:b1].decode("utf-8", "replace"))
            prev_b, prev_c = b1, c1
        tokens.append(Token(c0, c1, pos, line[c0:c1]))
    return tokens
