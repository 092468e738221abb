"""A document longer than one request: summarise it in parts (map), then combine the summaries
(reduce), splitting again when the server refuses a part as too long."""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop.core.i18n import N_
from desktop.core.llm.chunking import split_paragraphs
from desktop.core.llm.cost import TokenUsage
from desktop.core.llm.errors import Cancelled, ContextExceeded, OutputTruncated
from desktop.core.llm.providers import ChatProvider
from desktop.core.pipeline.budget import (
    MAP_NOTE,
    MIN_PART_TOKENS,
    PART_MARGIN_TOKENS,
    PART_SLOT,
    REDUCE_NOTE,
    WindowBudget,
)
from desktop.core.pipeline.counting import CallFailed, TokenCounter
from desktop.core.pipeline.errors import InputTooLarge
from desktop.core.pipeline.sending import ChunkCallback, Sender
from desktop.core.settings import label_for
from desktop.core.tasks.model import PreparedTask

MAX_REDUCE_LEVELS = 3
MAX_RESPLITS = 3
PART_TRUNCATED_NOTE = N_("長い文書の {count} 部分で、要約が出力の上限（設定「{setting}」）に達して途中ま"
                         "でになりました。その部分は途中までの要約を使ってまとめています。")
PART_RESPLIT_NOTE = N_("長い文書の一部が AI サーバーの一度に扱える長さを超えたため、さらに分けて処理し"
                       "ました（全 {parts} 部）。")

ProgressCallback = Callable[[int, int], None]


class MapReduce:
    def __init__(self, sender: Sender, budget: WindowBudget) -> None:
        self._sender = sender
        self._budget = budget

    def run(self, provider: ChatProvider, prepared: PreparedTask,
                    on_chunk: ChunkCallback, cancel: threading.Event,
                    on_progress: ProgressCallback, stream: bool, counter: TokenCounter,
                    notes: list[str]) -> tuple[str, TokenUsage, int]:
        system_msg = str(prepared.messages[0]["content"])
        parts = list(prepared.parts)
        usage = TokenUsage()
        requests = 0
        done = 0
        total = len(parts) + 1
        truncated = resplits = 0
        part_label = label_for("max_output_tokens_part")
        final_out, final_label = self._budget.output_budget(prepared.template)
        on_progress(0, total)
        for level in range(MAX_REDUCE_LEVELS):
            last_level = level == MAX_REDUCE_LEVELS - 1
            part_out = self._budget.summary_budget(len(parts), final_out, system_msg,
                                            prepared.part_prompt, counter)
            summaries: list[str] = []
            i = 0
            while i < len(parts):
                if cancel.is_set():
                    raise CallFailed(Cancelled(), "", usage, requests)
                msgs = [{"role": "system", "content": system_msg + "\n\n"
                         + MAP_NOTE.format(i=i + 1, n=len(parts))},
                        {"role": "user",
                         "content": prepared.part_prompt.replace(PART_SLOT, parts[i])}]
                try:
                    text, u = self._sender.call(provider, msgs, prepared.session, None, cancel, stream,
                                         counter, part_out, part_label)
                except CallFailed as failed:
                    usage, requests = usage + failed.usage, requests + 1
                    err = failed.error
                    if isinstance(err, OutputTruncated) and err.partial.strip():
                        # A summary stopped by the budget still carries most of the part.
                        text, truncated = err.partial, truncated + 1
                    elif isinstance(err, ContextExceeded) and resplits < MAX_RESPLITS * len(parts):
                        self._budget.learn(err.window, "error message")
                        pieces = self._split_part(parts[i], system_msg, prepared, counter,
                                                  known=err.window is not None)
                        if len(pieces) < 2:
                            raise CallFailed(err, "", usage, requests) from None
                        parts[i:i + 1] = pieces
                        total += len(pieces) - 1
                        resplits += 1
                        continue
                    else:
                        # A part's partial summary is not an answer: report the failure only.
                        raise CallFailed(err, "", usage, requests) from None
                else:
                    usage, requests = usage + u, requests + 1
                summaries.append(f"【第{i + 1}部の要約】\n{text.strip()}")
                done += 1
                i += 1
                on_progress(done, total)
            combined = "\n\n".join(summaries)
            reduce_msgs = [{"role": "system", "content": system_msg + "\n\n" + REDUCE_NOTE},
                           {"role": "user",
                            "content": prepared.part_prompt.replace(PART_SLOT, combined)}]
            if counter.messages(reduce_msgs) <= self._budget.prompt_limit(final_out) or last_level:
                try:
                    text, u = self._sender.call(provider, reduce_msgs, prepared.session, on_chunk,
                                         cancel, stream, counter, final_out, final_label)
                except CallFailed as failed:
                    if not isinstance(failed.error, ContextExceeded) or last_level:
                        raise CallFailed(failed.error, failed.partial, usage + failed.usage,
                                          requests + 1) from None
                    usage, requests = usage + failed.usage, requests + 1
                    self._budget.learn(failed.error.window, "error message")
                else:
                    self._add_notes(notes, truncated, resplits, len(parts), part_label)
                    on_progress(total, total)
                    return text, usage + u, requests + 1
            # The summaries themselves are too long: summarise them in parts again.
            limit = self._budget.prompt_limit(part_out) - counter.text(system_msg + REDUCE_NOTE) \
                - PART_MARGIN_TOKENS * 2
            if counter.messages(reduce_msgs) > limit:
                limit = min(limit, counter.text(combined) // 2 + 1)
            parts = split_paragraphs(combined, max(MIN_PART_TOKENS, limit), counter.text)
            total += len(parts)
        raise AssertionError("unreachable")  # pragma: no cover

    def _split_part(self, part: str, system_msg: str, prepared: PreparedTask, counter: TokenCounter,
                    *, known: bool) -> list[str]:
        """A part the server refused as too long, in smaller pieces."""
        limit = counter.text(part) // 2 + 1
        if known:
            try:
                limit = min(limit, self._budget.part_limit(system_msg, prepared.part_prompt, counter))
            except InputTooLarge:
                return [part]
        if limit < MIN_PART_TOKENS // 2:
            return [part]
        return split_paragraphs(part, limit, counter.text)

    @staticmethod
    def _add_notes(notes: list[str], truncated: int, resplits: int, parts: int,
                   part_label: str) -> None:
        if truncated:
            notes.append(PART_TRUNCATED_NOTE.format(count=truncated, setting=part_label))
        if resplits:
            notes.append(PART_RESPLIT_NOTE.format(parts=parts))
