"""Counting tokens the way the server does, and the failure of one request inside a task."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.core.llm.cost import TokenUsage
from desktop.core.llm.errors import LlmError
from desktop.core.llm.tokens import (
    MESSAGE_OVERHEAD,
    REPLY_PRIMING,
    estimate_messages_tokens,
    estimate_text_tokens,
)


@dataclass(frozen=True)
class TokenCounter:
    """Tokens as the server counts them: for packing parts, the offline estimate times a ratio
    measured with the server's tokenizer (never below the estimate); for the usage log, the
    server's tokenizer itself where it has one (no margin: a count, not a limit)."""

    ratio: float = 1.0
    tokenizer: Callable[[str], int | None] | None = None

    def logged_messages(self, messages: Any) -> int:
        if self.tokenizer is not None:
            counts = [self.tokenizer(str(m.get("content", ""))) for m in messages]
            if all(c is not None for c in counts):
                return sum(c or 0 for c in counts) + MESSAGE_OVERHEAD * len(counts) \
                    + REPLY_PRIMING
        return self.messages(messages)

    def logged_text(self, text: str) -> int:
        counted = self.tokenizer(text) if self.tokenizer is not None and text else None
        return counted if counted is not None else self.text(text)

    def text(self, text: str) -> int:
        estimate = estimate_text_tokens(text)
        return math.ceil(estimate * self.ratio) if self.ratio != 1.0 else estimate

    def messages(self, messages: Any) -> int:
        estimate = estimate_messages_tokens(messages)
        return math.ceil(estimate * self.ratio) if self.ratio != 1.0 else estimate


class CallFailed(Exception):
    def __init__(self, error: LlmError, partial: str, usage: TokenUsage, requests: int) -> None:
        super().__init__(error.kind)
        self.error = error
        self.partial = partial
        self.usage = usage
        self.requests = requests
