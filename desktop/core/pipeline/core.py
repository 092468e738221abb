"""One request pipeline for the GUI and the CLI.

render template → mask (system, user and every part share one MaskSession) → send → stream →
un-mask while streaming → the task kind's ``finish`` → log usage. ``prepare`` does everything up
to sending and returns a ``PreparedTask`` holding exactly what will be sent; it survives every
failure, so "再試行" re-sends it and the clerk's input is never lost. Long documents are
summarised in parts (``map_reduce``) when the prompt exceeds ``context_budget_tokens``.
``follow_up`` continues a task as a conversation in the same masking session.

The pipeline never branches on a template's kind: the kind's hooks (``desktop.core.tasks``) add
prompt values and check the answer. It fails closed by itself: a broken machine policy or an
unavailable masker stops every send (``check_can_send``), IT's blocked terms are checked before
masking and again before sending, and IT's monthly budget before sending.

The clipboard relay uses the same ``PreparedTask``: ``relay_text()`` goes to the clipboard and
``complete_from_pasted`` un-masks the answer pasted back and logs it like any other task.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop.core.budget import check_before_send
from desktop.core.errors import UserFacingError
from desktop.core.llm.chunking import split_paragraphs
from desktop.core.llm.cost import TokenUsage, cost_jpy
from desktop.core.llm.errors import ContextExceeded, error_kind
from desktop.core.llm.providers import ChatProvider, Message, make_provider
from desktop.core.llm.tokens import estimate_messages_tokens
from desktop.core.masking import SYSTEM_INSTRUCTION
from desktop.core.masking.blocked import BlockedTermError, BlockedTerms
from desktop.core.pipeline.budget import PART_SLOT, WindowBudget
from desktop.core.pipeline.counting import CallFailed, TokenCounter
from desktop.core.pipeline.errors import (
    BlockedTermRefused,
    BlockedTermsUnavailable,
    MaskerUnavailable,
    MaskReleaseForbidden,
)
from desktop.core.pipeline.fitting import Fitter
from desktop.core.pipeline.map_reduce import MapReduce, ProgressCallback
from desktop.core.pipeline.recording import UsageLog, UsageRecorder
from desktop.core.pipeline.sending import ChunkCallback, Sender
from desktop.core.settings import Settings
from desktop.core.tasks import AnswerContext, PreparedTask, TaskResult, kind_for
from desktop.core.tasks.base import KindResources, StandaloneResources

if TYPE_CHECKING:
    from desktop.core.masking.entities import Entity
    from desktop.core.masking.masker import MaskResult
    from desktop.core.masking.session import MaskSession
    from desktop.core.templates.model import RenderedPrompt, Template

log = logging.getLogger(__name__)

ProviderFactory = Callable[[Settings, Callable[[], str]], ChatProvider]


class Masker(Protocol):
    def find(self, text: str) -> list[Entity]: ...
    def mask(self, text: str, entities: list[Entity] | None = None,
             session: MaskSession | None = None) -> MaskResult: ...


class Pipeline:
    """``policy_error`` / ``masker_error``: why nothing may be sent (a broken machine policy, a
    masker that could not be built); the pipeline refuses every send while one is set, whatever
    front end drives it. ``build_services().pipeline()`` passes both."""

    def __init__(self, settings: Settings, api_key: Callable[[], str], masker: Masker,
                 usage: UsageRecorder | None = None, *,
                 provider_factory: ProviderFactory = make_provider,
                 clock: Callable[[], datetime] | None = None,
                 policy_error: UserFacingError | None = None,
                 masker_error: UserFacingError | None = None,
                 resources: KindResources | None = None) -> None:
        """``resources``: what task kinds use (``Services.pipeline`` passes the composition
        root; a pipeline built by hand gets its own masker and a library of its settings)."""
        self.settings = settings
        self._api_key = api_key
        self._masker = masker
        self._usage = usage
        self._provider_factory = provider_factory
        self._clock = clock or (lambda: datetime.now().astimezone())
        self._policy_error = policy_error
        self._masker_error = masker_error
        # The server's context window: from settings, else learned when sending (the server's
        # model endpoint or its refusal of an over-long prompt) and kept for later tasks.
        self._budget = WindowBudget(settings)
        self._sender = Sender(settings)
        self._map_reduce = MapReduce(self._sender, self._budget)
        self._fitter = Fitter(self._mask, self._budget)
        self._log = UsageLog(settings, usage, self._clock)
        self._resources = resources or StandaloneResources(settings, masker, api_key)

    # Budgets ----------------------------------------------------------------------------
    def output_budget(self, template: Template) -> tuple[int, str]:
        """(max output tokens, the setting's label) for the template's kind of answer."""
        return self._budget.output_budget(template)

    @property
    def context_window(self) -> int | None:
        """The server's context window: from settings, the server, or an error message."""
        return self._budget.window

    # Fail-closed guards -----------------------------------------------------------------
    def check_can_send(self) -> None:
        """Raise why nothing may leave the PC now (broken policy, no masker); else return.

        ``execute`` calls it for every request; a front end calls it before the clipboard
        relay copies a prompt and to disable sending up front."""
        if self._policy_error is not None:
            raise self._policy_error
        if self._masker_error is not None:
            raise self._masker_error

    def relay_text(self, prepared: PreparedTask) -> str:
        """The masked prompt for the clipboard relay, after the same guards as sending."""
        self.check_can_send()
        self._refuse_blocked(prepared.template, prepared.rendered)
        return prepared.masked_prompt_text()

    def _mask(self, text: str, entities: list[Entity] | None = None,
              session: MaskSession | None = None) -> MaskResult:
        """The masker, failing closed: a detector that breaks while masking stops the task."""
        if self._masker_error is not None:
            raise self._masker_error
        try:
            return self._masker.mask(text, entities=entities, session=session)
        except UserFacingError:
            raise
        except Exception as exc:
            log.error("masker failed: %s", type(exc).__name__)
            raise MaskerUnavailable(detail=f"masker failed: {type(exc).__name__}") from None

    # Preparing --------------------------------------------------------------------------
    def _read_files(self, template: Template, values: dict[str, str],
                    files: Mapping[str, Path]) -> dict[str, str]:
        out = dict(values)
        if not kind_for(template.output).reads_files:
            return out  # the kind profiles the file itself; its text is not the prompt
        for name, path in files.items():
            if out.get(name):
                continue
            from desktop.core.documents import read_document

            max_bytes = int(self.settings.max_document_mb * 1024 * 1024)
            out[name] = read_document(Path(path), max_bytes=max_bytes).text
        return out

    def prepare(self, template: Template, values: Mapping[str, str],
                files: Mapping[str, Path] | None = None) -> PreparedTask:
        """Render and mask; nothing is sent. Raises ``UserFacingError`` (missing values...)."""
        files_d = {k: Path(v) for k, v in (files or {}).items()}
        vals = self._read_files(template, dict(values), files_d)
        vals = kind_for(template.output).prompt_values(template, vals, files_d, self.settings,
                                                       self._resources)
        from desktop.core.templates import render

        rendered = render(template, vals)
        # Before any masking, preview or clipboard copy: the whole text, files included.
        self._refuse_blocked(template, rendered)
        return self._build(template, vals, files_d, rendered, None)

    def apply_preview(self, prepared: PreparedTask, entities: list[Entity]) -> PreparedTask:
        """The clerk released or added findings in the preview (``entities`` over
        ``prepared.rendered.user``); returns the task that will really be sent."""
        if not self.settings.masking_release_allowed:
            chosen = {(e.start, e.end) for e in entities}
            covered = [any(s <= e.start and e.end <= t for s, t in chosen)
                       for e in prepared.user_entities]
            if not all(covered):
                raise MaskReleaseForbidden()
        return self._build(prepared.template, prepared.values, prepared.files, prepared.rendered,
                           list(entities))

    def _build(self, template: Template, values: dict[str, str], files: dict[str, Path],
               rendered: RenderedPrompt, user_entities: list[Entity] | None) -> PreparedTask:
        sys_res = self._mask(rendered.system) if rendered.system else None
        session = sys_res.session if sys_res is not None else None
        user_res = self._mask(rendered.user, entities=user_entities, session=session)
        session = user_res.session
        system_masked = sys_res.masked_text if sys_res is not None else ""
        system_msg = (system_masked + "\n\n" + SYSTEM_INSTRUCTION).strip()
        messages: tuple[Message, ...] = (
            {"role": "system", "content": system_msg},
            {"role": "user", "content": user_res.masked_text},
        )
        estimate = estimate_messages_tokens(messages)
        budget = self._budget.prompt_limit(self.output_budget(template)[0])
        over = estimate > budget
        part_prompt, doc_m = "", ""
        parts: tuple[str, ...] = ()
        if over and self.settings.provider != "clipboard":
            part_prompt, doc_m = self._fitter.slot_document(template, values, rendered, user_entities,
                                                     session)
            limit = self._budget.part_limit(system_msg, part_prompt, TokenCounter())
            parts = tuple(split_paragraphs(doc_m, limit))
        total_prompt = estimate
        if len(parts) > 1:
            # Every part re-sends the prompt around it; the combine step sends the summaries.
            frame = estimate_messages_tokens(
                [{"role": "system", "content": system_msg},
                 {"role": "user", "content": part_prompt.replace(PART_SLOT, "")}])
            total_prompt = estimate + frame * len(parts)
        est_cost = self._cost(TokenUsage(total_prompt, 0))
        return PreparedTask(
            template=template, values=values, files=files, rendered=rendered, session=session,
            system_masked=system_masked, user_masked=user_res.masked_text,
            user_entities=tuple(user_res.entities), messages=messages, part_prompt=part_prompt,
            parts=parts, document_masked=doc_m, estimated_prompt_tokens=total_prompt,
            estimated_cost_jpy=est_cost, over_budget=over)

    # IT's blocked terms ------------------------------------------------------------------
    def _refuse_blocked(self, template: Template, rendered: RenderedPrompt) -> None:
        """Raise ``BlockedTermRefused`` (recorded in the usage log by rule, never the text) if
        the un-masked prompt holds a blocked term; ``BlockedTermsUnavailable`` if IT's list
        cannot be read."""
        terms = self._blocked_terms()
        try:
            terms.check(rendered.system, rendered.user)
        except BlockedTermError as exc:
            self._log.blocked(template, exc.rule)
            raise BlockedTermRefused(exc.rule) from None

    def _blocked_terms(self) -> BlockedTerms:
        try:
            return BlockedTerms.from_policy(self.settings.blocked_terms,
                                            self.settings.blocked_terms_file)
        except UserFacingError as exc:
            raise BlockedTermsUnavailable(exc) from None

    # Sending ----------------------------------------------------------------------------
    def execute(self, prepared: PreparedTask, on_chunk: ChunkCallback | None = None,
                cancel_event: threading.Event | None = None,
                on_progress: ProgressCallback | None = None, *, stream: bool = True,
                success_outcome: str = "pending") -> TaskResult:
        """Send the prepared task. Never raises for a model/network failure: the error is in
        ``TaskResult.error`` (with any partial answer kept). ``success_outcome`` is what the
        usage log records on success: "pending" for the GUI (the clerk decides), "used" for
        the CLI."""
        self.check_can_send()  # fail closed: broken policy, no masker
        self._refuse_blocked(prepared.template, prepared.rendered)  # second line, before sending
        # IT's monthly budget, before anything is sent: at the limit this raises
        # MonthlyBudgetExceeded and nothing is sent or logged (the prepared task stays).
        budget = check_before_send(self.settings, self._usage, self._clock())
        cancel = cancel_event or threading.Event()
        on_chunk = on_chunk or (lambda _t: None)
        on_progress = on_progress or (lambda _d, _t: None)
        event_id = str(uuid.uuid4())
        started_at = self._clock()
        t0 = time.monotonic()
        usage = TokenUsage()
        masked_out = ""
        error: UserFacingError | None = None
        requests = 0
        notes: list[str] = []
        provider_name = self.settings.provider
        provider: ChatProvider | None = None
        try:
            provider = self._provider_factory(self.settings, self._api_key)
            provider_name = provider.name
            counter = self._fitter.counter(provider, prepared)
            prepared = self._fitter.fit(prepared, counter)
            if not prepared.map_reduce:
                on_progress(0, 1)
                out_tokens, out_label = self.output_budget(prepared.template)
                try:
                    masked_out, usage = self._sender.call(
                        provider, list(prepared.messages), prepared.session, on_chunk, cancel,
                        stream, counter, out_tokens, out_label)
                    requests = 1
                    on_progress(1, 1)
                except CallFailed as failed:
                    if (not isinstance(failed.error, ContextExceeded) or cancel.is_set()
                            or prepared.turn):
                        raise
                    # The server's window was not known (or the estimate was low): learn it
                    # from the refusal and go on in parts.
                    usage, requests = failed.usage, failed.requests
                    self._budget.learn(failed.error.window, "error message")
                    resplit = self._fitter.resplit(prepared, counter,
                                            None if failed.error.window else
                                            counter.messages(prepared.messages) // 2)
                    if not resplit.map_reduce:
                        raise
                    prepared = resplit
            if prepared.map_reduce:
                masked_out, mr_usage, mr_requests = self._map_reduce.run(
                    provider, prepared, on_chunk, cancel, on_progress, stream, counter, notes)
                usage, requests = usage + mr_usage, requests + mr_requests
        except CallFailed as failed:
            error, masked_out = failed.error, failed.partial
            usage, requests = usage + failed.usage, requests + failed.requests
        except UserFacingError as exc:  # configuration: no key, no endpoint...
            error = exc
        finally:
            if provider is not None:
                provider.close()
        output = prepared.session.unmask(masked_out)
        incomplete = error is not None and bool(masked_out)
        result = TaskResult(
            output=output, masked_output=masked_out, usage=usage,
            cost_jpy=cost_jpy(usage, self.settings), incomplete=incomplete, error=error,
            event_id=event_id, provider=provider_name, parts=max(1, requests),
            entities=prepared.entity_counts(), notes=notes, turn=prepared.turn)
        if error is None:
            result.extra.update(self._finish(prepared, output))
        log.info("task %s: %d request(s), prompt %d + completion %d tokens (%s), error %s",
                 event_id[:8], result.parts, usage.prompt_tokens, usage.completion_tokens,
                 "estimated" if usage.estimated else "reported", error_kind(error) or "none")
        self._log.record(prepared, result, started_at, time.monotonic() - t0, success_outcome)
        if budget is not None:
            result.extra["budget"] = budget.plus(result.usage.total_tokens, result.cost_jpy).as_dict()
        return result

    # Clipboard relay --------------------------------------------------------------------
    def complete_from_pasted(self, prepared: PreparedTask, pasted: str, *,
                             success_outcome: str = "pending") -> TaskResult:
        """The answer the clerk pasted back from the web chat: un-mask and log it."""
        started_at = self._clock()
        usage = self._sender.estimate_usage(list(prepared.messages), pasted)
        result = TaskResult(
            output=prepared.session.unmask(pasted), masked_output=pasted, usage=usage,
            cost_jpy=0.0,  # the organisation's web chat: no per-token price of ours
            incomplete=False, error=None, event_id=str(uuid.uuid4()), provider="clipboard",
            entities=prepared.entity_counts(), turn=prepared.turn)
        result.extra.update(self._finish(prepared, result.output))
        self._log.record(prepared, result, started_at, 0.0, success_outcome)
        return result

    # Logging ----------------------------------------------------------------------------
    def _finish(self, prepared: PreparedTask, output: str) -> dict[str, Any]:
        """The kind's own work on the un-masked answer (the Excel formula check...)."""
        kind = kind_for(prepared.template.output)
        try:
            return kind.finish(AnswerContext(prepared=prepared, output=output,
                                             settings=self.settings))
        except Exception as exc:  # a checker bug (or a module missing from a build) must not
            # lose the answer
            log.warning("%s finish failed: %s %s", kind.name, type(exc).__name__,
                        getattr(exc, "name", "") or "")
            return kind.failed_finish()

    def _cost(self, usage: TokenUsage) -> float:
        # The clipboard relay goes through the organisation's web chat: nothing of ours is billed.
        return 0.0 if self.settings.provider == "clipboard" else cost_jpy(usage, self.settings)

    # Conversation -----------------------------------------------------------------------
    def follow_up(self, prepared: PreparedTask, previous: TaskResult, text: str) -> PreparedTask:
        """The next turn of ``prepared``'s conversation: its messages, the previous answer (as
        it was received, masked) and ``text`` masked in the SAME session, so a person keeps
        one placeholder across turns, also when first named in a follow-up."""
        if not text.strip():
            raise UserFacingError("続けて聞く内容を入力してください。", detail="empty follow-up")
        terms = self._blocked_terms()
        try:
            terms.check("", text)
        except BlockedTermError as exc:
            self._log.blocked(prepared.template, exc.rule)
            raise BlockedTermRefused(exc.rule) from None
        res = self._mask(text, session=prepared.session)
        messages = (*prepared.messages,
                    {"role": "assistant", "content": previous.masked_output},
                    {"role": "user", "content": res.masked_text})
        estimate = estimate_messages_tokens(messages)
        return replace(
            prepared, messages=messages, user_masked=res.masked_text,
            user_entities=tuple(res.entities), part_prompt="", parts=(), document_masked="",
            estimated_prompt_tokens=estimate,
            estimated_cost_jpy=self._cost(TokenUsage(estimate, 0)),
            over_budget=estimate > self._budget.prompt_limit(
                self.output_budget(prepared.template)[0]),
            turn=prepared.turn + 1)
