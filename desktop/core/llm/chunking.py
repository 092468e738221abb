"""Splitting a long document on paragraph boundaries so each part fits the context budget."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.llm.tokens import estimate_text_tokens

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[。．！？!?])|(?<=\n)")


def _split_oversized(paragraph: str, budget: int, count: Callable[[str], int]) -> list[str]:
    """A single paragraph larger than the budget: cut at sentence ends, then by length."""
    pieces: list[str] = []
    current = ""
    for sentence in (s for s in _SENTENCE_END.split(paragraph) if s):
        if current and count(current + sentence) > budget:
            pieces.append(current)
            current = ""
        while count(sentence) > budget:
            # No sentence end inside the budget: cut by characters (conservative: 1 token/char).
            cut = max(1, budget)
            pieces.append(sentence[:cut])
            sentence = sentence[cut:]
        current += sentence
    if current:
        pieces.append(current)
    return pieces


def split_paragraphs(text: str, budget_tokens: int,
                     count: Callable[[str], int] = estimate_text_tokens) -> list[str]:
    """Greedy packing of whole paragraphs into parts of at most ``budget_tokens`` each.

    Joining the parts with blank lines gives back every paragraph in order; placeholders such as
    〔氏名1〕 never contain a blank line, so they are never cut.
    """
    budget = max(1, budget_tokens)
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    parts: list[str] = []
    current: list[str] = []
    current_tokens = 0
    for para in paragraphs:
        tokens = count(para)
        if tokens > budget:
            if current:
                parts.append("\n\n".join(current))
                current, current_tokens = [], 0
            parts.extend(_split_oversized(para, budget, count))
            continue
        if current and current_tokens + tokens + 1 > budget:
            parts.append("\n\n".join(current))
            current, current_tokens = [], 0
        current.append(para)
        current_tokens += tokens + 1
    if current:
        parts.append("\n\n".join(current))
    return parts
