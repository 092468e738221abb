"""Fitting a task to the server: count in its tokens, and split the document into parts when
what is known of its window says one request would not fit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from desktop.core.errors import UserFacingError
from desktop.core.llm.chunking import split_paragraphs
from desktop.core.llm.providers import ChatProvider
from desktop.core.llm.tokens import estimate_text_tokens
from desktop.core.pipeline.budget import PART_SLOT, WindowBudget
from desktop.core.pipeline.counting import TokenCounter
from desktop.core.tasks.model import PreparedTask

if TYPE_CHECKING:
    from desktop.core.masking.entities import Entity
    from desktop.core.masking.masker import MaskResult
    from desktop.core.masking.session import MaskSession
    from desktop.core.templates.model import RenderedPrompt, Template

log = logging.getLogger(__name__)

COUNT_SAFETY = 1.05  # the calibrated estimate is a ratio over a whole text; parts vary

MaskFunction = Callable[..., "MaskResult"]


def _shift(entities: list[Entity] | None, start: int, end: int) -> list[Entity] | None:
    """Entities inside [start, end) re-based to start; None means "let the masker find them"."""
    if entities is None:
        return None
    return [replace(e, start=e.start - start, end=e.end - start)
            for e in entities if e.start >= start and e.end <= end]


class Fitter:
    def __init__(self, mask: MaskFunction, budget: WindowBudget) -> None:
        self._mask = mask
        self._budget = budget

    def slot_document(self, template: Template, values: dict[str, str],
                       rendered: RenderedPrompt, user_entities: list[Entity] | None,
                       session: MaskSession) -> tuple[str, str]:
        """(masked prompt with PART_SLOT where the document goes, the masked document)."""
        from desktop.core.templates import render

        user = rendered.user
        prefix, doc, suffix = "", user, ""
        var = template.document_variable() or max(
            template.variables, key=lambda v: len(values.get(v.name, "")), default=None)
        if var is not None:
            try:
                slotted = render(template, {**values, var.name: PART_SLOT}).user
            except UserFacingError:
                slotted = ""
            if slotted.count(PART_SLOT) == 1:
                a = slotted.index(PART_SLOT)
                pre, suf = slotted[:a], slotted[a + len(PART_SLOT):]
                if (user.startswith(pre) and user.endswith(suf)
                        and len(user) >= len(pre) + len(suf)):
                    prefix, suffix = pre, suf
                    doc = user[len(pre):len(user) - len(suf)]
        d0, d1 = len(prefix), len(prefix) + len(doc)
        pre_m = self._mask(prefix, entities=_shift(user_entities, 0, d0),
                           session=session).masked_text if prefix else ""
        doc_m = self._mask(doc, entities=_shift(user_entities, d0, d1),
                           session=session).masked_text
        suf_m = self._mask(suffix, entities=_shift(user_entities, d1, len(user)),
                           session=session).masked_text if suffix else ""
        return pre_m + PART_SLOT + suf_m, doc_m

    def resplit(self, prepared: PreparedTask, counter: TokenCounter,
                 at_most: int | None = None) -> PreparedTask:
        """The task split so that every part fits what is now known of the server."""
        part_prompt, doc_m = prepared.part_prompt, prepared.document_masked
        if not part_prompt:
            part_prompt, doc_m = self.slot_document(
                prepared.template, prepared.values, prepared.rendered,
                list(prepared.user_entities), prepared.session)
        limit = self._budget.part_limit(str(prepared.messages[0]["content"]), part_prompt, counter)
        if at_most is not None:
            limit = min(limit, at_most)
        parts = tuple(split_paragraphs(doc_m, max(1, limit), counter.text))
        return replace(prepared, part_prompt=part_prompt, parts=parts, document_masked=doc_m)

    def counter(self, provider: ChatProvider, prepared: PreparedTask) -> TokenCounter:
        """Counts in the server's tokens: its tokenizer calibrates the offline estimate."""
        info = self._server_info(provider)
        if info is None:
            return TokenCounter()
        self._budget.learn(info.context_window, info.window_source or "server")
        sample = prepared.document_masked or prepared.user_masked
        estimate = estimate_text_tokens(sample)
        counted = info.count(sample) if estimate else None
        if not counted:
            return TokenCounter()
        # Never below the estimate: parts are packed by it, and a short sample can mislead.
        ratio = max(1.0, counted / estimate) * COUNT_SAFETY
        log.info("server tokenizer (%s): %d tokens where the estimate says %d",
                 info.tokenizer, counted, estimate)
        return TokenCounter(ratio=ratio, tokenizer=info.count)

    @staticmethod
    def _server_info(provider: ChatProvider) -> Any:
        probe = getattr(provider, "server_info", None)
        if probe is None:
            return None
        try:
            return probe()
        except Exception as exc:  # knowing the server is a help, never a reason to fail
            log.info("server probe failed: %s", type(exc).__name__)
            return None

    def fit(self, prepared: PreparedTask, counter: TokenCounter) -> PreparedTask:
        """Split (again) if what is known now of the server says a request would not fit."""
        if prepared.turn:
            return prepared  # a follow-up carries its thread: the conversation trims it
        if prepared.map_reduce:
            limit = self._budget.part_limit(str(prepared.messages[0]["content"]),
                                     prepared.part_prompt, counter)
            if all(counter.text(p) <= limit for p in prepared.parts):
                return prepared
        elif counter.messages(prepared.messages) <= self._budget.prompt_limit(
                self._budget.output_budget(prepared.template)[0]):
            return prepared
        resplit = self.resplit(prepared, counter)
        log.info("split for the server's window: %d parts", len(resplit.parts))
        return resplit if resplit.map_reduce else prepared

