"""Offline token estimate for the cost shown before sending.

tiktoken needs to download its encodings on first use, which fails on closed networks, so the
estimate is a character-class heuristic calibrated for the o200k/cl100k tokenizers on Japanese
administrative text and English: kanji/kana cost about one token each (o200k merges some common
pairs, cl100k splits some kanji into two; one is the middle), ASCII words about one token per
four letters, digits about one per three. The service's own usage figures replace the estimate
once an answer arrives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]+")
_WORD_RE = re.compile(r"[A-Za-z]+")
_DIGITS_RE = re.compile(r"[0-9]+")
_SPACE_RUN_RE = re.compile(r"\s{2,}|[^\S ]")  # a single space is free; other runs are not
_OTHER_RE = re.compile(r"[^A-Za-z0-9\s]")

CJK_TOKENS_PER_CHAR = 0.95
LETTERS_PER_TOKEN = 4.0
DIGITS_PER_TOKEN = 3.0
MESSAGE_OVERHEAD = 4  # role and separators per chat message
REPLY_PRIMING = 3


def estimate_text_tokens(text: str) -> int:
    cjk = sum(map(len, _CJK_RE.findall(text)))
    rest = _CJK_RE.sub(" ", text)  # a single space costs nothing and keeps words apart
    # Each class is counted by the regex engine in C; this runs on every preview of a long
    # document, so no Python loop per character.
    total = sum(max(1.0, len(w) / LETTERS_PER_TOKEN) for w in _WORD_RE.findall(rest))
    total += sum(max(1.0, len(d) / DIGITS_PER_TOKEN) for d in _DIGITS_RE.findall(rest))
    total += sum(max(1, s.count("\n")) for s in _SPACE_RUN_RE.findall(rest))
    total += len(_OTHER_RE.findall(rest))
    return round(total + cjk * CJK_TOKENS_PER_CHAR)


def estimate_messages_tokens(messages: Iterable[dict[str, str]]) -> int:
    total = REPLY_PRIMING
    for msg in messages:
        total += MESSAGE_OVERHEAD + estimate_text_tokens(str(msg.get("content", "")))
    return total
