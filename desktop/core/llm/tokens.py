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
# Ordered alternatives for what is left once CJK characters are counted (in C, by sub()).
_TOKEN_RE = re.compile(
    r"(?P<word>[A-Za-z]+)"
    r"|(?P<digits>[0-9]+)"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)",
    re.DOTALL,
)

CJK_TOKENS_PER_CHAR = 0.95
LETTERS_PER_TOKEN = 4.0
DIGITS_PER_TOKEN = 3.0
MESSAGE_OVERHEAD = 4  # role and separators per chat message
REPLY_PRIMING = 3


def estimate_text_tokens(text: str) -> int:
    cjk = sum(map(len, _CJK_RE.findall(text)))
    rest = _CJK_RE.sub(" ", text)  # a single space costs nothing and keeps words apart
    total = 0.0
    for m in _TOKEN_RE.finditer(rest):
        kind = m.lastgroup
        if kind == "word":
            total += max(1.0, len(m.group()) / LETTERS_PER_TOKEN)
        elif kind == "digits":
            total += max(1.0, len(m.group()) / DIGITS_PER_TOKEN)
        elif kind == "space":
            # A single space is merged into the next word; runs and newlines cost one each.
            s = m.group()
            total += 0 if s == " " else max(1, s.count("\n"))
        else:
            total += 1.0
    return round(total + cjk * CJK_TOKENS_PER_CHAR)


def estimate_messages_tokens(messages: Iterable[dict[str, str]]) -> int:
    total = REPLY_PRIMING
    for msg in messages:
        total += MESSAGE_OVERHEAD + estimate_text_tokens(str(msg.get("content", "")))
    return total
