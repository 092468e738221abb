"""One request to the model: stream it, un-mask while streaming, and account for what it cost
(also when it failed)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

from desktop.core.llm.client import run_chat
from desktop.core.llm.cost import TokenUsage
from desktop.core.llm.errors import LlmError, OutputTruncated, RequestTimedOut
from desktop.core.llm.providers import ChatProvider, Message
from desktop.core.masking.session import MaskSession
from desktop.core.pipeline.counting import CallFailed, TokenCounter
from desktop.core.settings import Settings, label_for

ChunkCallback = Callable[[str], None]


class Sender:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def call(self, provider: ChatProvider, messages: list[Message], session: MaskSession,
             on_chunk: ChunkCallback | None, cancel: threading.Event,
             stream: bool, counter: TokenCounter | None = None, max_tokens: int | None = None,
             budget_setting: str = "") -> tuple[str, TokenUsage]:
        counter = counter or TokenCounter()
        if max_tokens is None:
            max_tokens = self.settings.max_output_tokens_text
            budget_setting = label_for("max_output_tokens_text")
        unmasker = session.stream() if on_chunk is not None else None

        def on_delta(delta: str) -> None:
            if unmasker is not None and on_chunk is not None:
                text = unmasker.feed(delta)
                if text:
                    on_chunk(text)

        try:
            outcome = run_chat(provider, messages, stream=stream, on_delta=on_delta, cancel=cancel,
                               max_retries=self.settings.max_retries,
                               timeout_seconds=self.settings.request_timeout_seconds,
                               max_tokens=max_tokens, budget_setting=budget_setting)
        except LlmError as err:
            if unmasker is not None and on_chunk is not None:
                tail = unmasker.flush()
                if tail:
                    on_chunk(tail)
            raise CallFailed(err, err.partial, self.spent(messages, err, counter, max_tokens),
                             1) from None
        if unmasker is not None and on_chunk is not None:
            tail = unmasker.flush()
            if tail:
                on_chunk(tail)
        usage = outcome.usage or self.estimate_usage(messages, outcome.text, counter)
        return outcome.text, usage

    def spent(self, messages: list[Message], err: LlmError, counter: TokenCounter,
              max_tokens: int) -> TokenUsage:
        """What a failed request cost the server, as well as it can be known."""
        if isinstance(err.usage, TokenUsage):
            return err.usage  # reported by the server (an answer stopped by the budget)
        if isinstance(err, OutputTruncated):
            return replace(self.estimate_usage(messages, err.partial, counter),
                           completion_tokens=max_tokens)
        if isinstance(err, RequestTimedOut):
            # The server had the request and may have generated up to the budget after we
            # stopped waiting: count that, marked as an estimate, rather than nothing.
            return replace(self.estimate_usage(messages, "", counter),
                           completion_tokens=max_tokens)
        if err.partial:
            return self.estimate_usage(messages, err.partial, counter)
        # A request refused before any answer (401, 404, 429...) returned no usage and is not
        # billed: logging an estimate would put a cost on nothing.
        return TokenUsage()

    @staticmethod
    def estimate_usage(messages: list[Message], answer: str,
                       counter: TokenCounter | None = None) -> TokenUsage:
        counter = counter or TokenCounter()
        return TokenUsage(counter.logged_messages(messages), counter.logged_text(answer),
                          estimated=True)
