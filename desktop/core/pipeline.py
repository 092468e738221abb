"""One request pipeline for the GUI and the CLI.

render template → mask (system, user and every part share one MaskSession) → send → stream →
un-mask while streaming → log usage. ``prepare`` does everything up to sending and returns a
``PreparedTask`` holding exactly what will be sent; it survives every failure, so "再試行" re-sends
it and the clerk's input is never lost. Long documents are summarised in parts (map-reduce) when
the prompt exceeds ``context_budget_tokens``.

The clipboard relay uses the same ``PreparedTask``: ``masked_prompt_text()`` goes to the clipboard
and ``complete_from_pasted`` un-masks the answer pasted back and logs it like any other task.
"""

from __future__ import annotations

import logging
import math
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop.core.budget import check_before_send
from desktop.core.errors import ConfigurationError, UserFacingError
from desktop.core.i18n import N_
from desktop.core.llm.chunking import split_paragraphs
from desktop.core.llm.client import run_chat
from desktop.core.llm.cost import TokenUsage, cost_jpy
from desktop.core.llm.errors import (
    Cancelled,
    ContextExceeded,
    LlmError,
    OutputTruncated,
    RequestTimedOut,
    error_kind,
)
from desktop.core.llm.providers import ChatProvider, Message, make_provider
from desktop.core.llm.tokens import (
    MESSAGE_OVERHEAD,
    REPLY_PRIMING,
    estimate_messages_tokens,
    estimate_text_tokens,
)
from desktop.core.masking import SYSTEM_INSTRUCTION
from desktop.core.masking.blocked import BlockedTermError, BlockedTerms
from desktop.core.settings import Settings, label_for

if TYPE_CHECKING:
    from desktop.core.templates import RenderedPrompt, Template

log = logging.getLogger(__name__)

# Where one part of a long document goes in the masked prompt (private-use characters: never
# found by the masker, never typed by a user).
PART_SLOT = "\ue000PART\ue000"
MAP_NOTE = ("これは長い文書を {n} 部に分けたうちの第 {i} 部です。後で全体をまとめるため、この部分に"
            "ある重要な事項（日付・数値・固有名詞・〔〕の記号を含む）を漏らさず簡潔にまとめてください。")
REDUCE_NOTE = ("以下は長い文書を分けて要約した各部分の結果です。これらを統合し、指示どおりの形式で"
               "一つの回答にまとめてください。")
MAX_REDUCE_LEVELS = 3
PART_MARGIN_TOKENS = 64
MIN_PART_TOKENS = 200
WINDOW_MARGIN_TOKENS = 32  # the server's chat template adds a few tokens around the messages
COUNT_SAFETY = 1.05  # the calibrated estimate is a ratio over a whole text; parts vary
MAX_RESPLITS = 3
MIN_SUMMARY_TOKENS = 128
PART_TRUNCATED_NOTE = N_("長い文書の {count} 部分で、要約が出力の上限（設定「{setting}」）に達して途中ま"
                         "でになりました。その部分は途中までの要約を使ってまとめています。")
PART_RESPLIT_NOTE = N_("長い文書の一部が AI サーバーの一度に扱える長さを超えたため、さらに分けて処理し"
                       "ました（全 {parts} 部）。")

ChunkCallback = Callable[[str], None]
ProgressCallback = Callable[[int, int], None]
ProviderFactory = Callable[[Settings, Callable[[], str]], ChatProvider]


class Masker(Protocol):
    def find(self, text: str) -> list[Any]: ...
    def mask(self, text: str, entities: Any = None, session: Any = None) -> Any: ...


class InputTooLarge(UserFacingError):
    def __init__(self) -> None:
        super().__init__("入力が長すぎて、1回に送れる長さに収まるように分割できません。1回に送れる"
                         "長さは、設定の「1回に送る最大トークン数」と、サーバーのコンテキスト長から"
                         "「回答の上限トークン数」を引いた長さの小さい方です。設定値を見直すか、"
                         "入力を短くしてください。", detail="budget too small")


class MaskReleaseForbidden(UserFacingError):
    def __init__(self) -> None:
        super().__init__("組織のポリシーにより、マスキングの解除は許可されていません。"
                         "追加のマスクだけができます。", detail="release forbidden")


class BlockedTermRefused(BlockedTermError):
    """Nothing was sent: the text holds a term IT blocked (the clerk's input stays)."""

    kind = "blocked"
    retryable_by_user = False  # sending the same text again is refused again


class BlockedTermsUnavailable(ConfigurationError):
    """``blocked_terms_file`` cannot be read or holds a bad pattern: fail closed."""

    kind = "blocked_terms_unavailable"
    retryable_by_user = False

    def __init__(self, cause: UserFacingError) -> None:
        super().__init__("送信を禁止する語の一覧（blocked_terms / blocked_terms_file）を確認できないため、"
                         "送信を止めました。\n" + cause.user_message
                         + "\n情報政策課に連絡してください。", detail="blocked terms unavailable")


@dataclass(frozen=True)
class PreparedTask:
    """Exactly what will be sent, plus what is needed to un-mask and log the answer."""

    template: Template
    values: dict[str, str]  # the clerk's input, in memory only
    files: dict[str, Path]
    rendered: RenderedPrompt  # un-masked, for the preview
    session: Any  # MaskSession: placeholder ↔ original, in memory only
    system_masked: str
    user_masked: str
    user_entities: tuple[Any, ...]  # findings in rendered.user (the preview highlights them)
    messages: tuple[Message, ...]  # the single request (or the prompt the relay copies)
    part_prompt: str = ""  # masked user prompt with PART_SLOT, when split
    parts: tuple[str, ...] = ()  # masked document parts, when split
    document_masked: str = ""  # the masked document the parts came from (split again if needed)
    estimated_prompt_tokens: int = 0
    estimated_cost_jpy: float = 0.0
    over_budget: bool = False  # longer than the budget (relay: the web chat may refuse it)

    @property
    def map_reduce(self) -> bool:
        return len(self.parts) > 1

    @property
    def request_count(self) -> int:
        return len(self.parts) + 1 if self.map_reduce else 1

    def masked_prompt_text(self) -> str:
        """The masked prompt as one text, for the clipboard relay and the preview."""
        return f"{self.system_masked}\n\n{self.user_masked}" if self.system_masked \
            else self.user_masked

    def entity_counts(self) -> dict[str, int]:
        return dict(self.session.counts_by_type())


@dataclass
class TaskResult:
    output: str  # un-masked answer (partial when incomplete)
    masked_output: str
    usage: TokenUsage
    cost_jpy: float
    incomplete: bool
    error: UserFacingError | None
    event_id: str
    provider: str
    parts: int = 1  # requests made
    entities: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. the Excel formula check
    notes: list[str] = field(default_factory=list)  # what the clerk should know (Japanese)

    @property
    def ok(self) -> bool:
        return self.error is None

    def as_json(self) -> dict[str, Any]:
        """For ``run --json``: never contains the original of a placeholder except in output."""
        out: dict[str, Any] = {
            "output": self.output,
            "entities": self.entities,
            "usage": {**self.usage.as_dict(), "cost_jpy": self.cost_jpy,
                      "requests": self.parts},
            "incomplete": self.incomplete,
            "event_id": self.event_id,
        }
        if self.notes:
            out["notes"] = list(self.notes)
        if self.error is not None:
            out["error"] = {"kind": error_kind(self.error), "message": self.error.user_message}
        out.update(self.extra)
        return out


def _shift(entities: Any, start: int, end: int) -> list[Any] | None:
    """Entities inside [start, end) re-based to start; None means "let the masker find them"."""
    if entities is None:
        return None
    return [replace(e, start=e.start - start, end=e.end - start)
            for e in entities if e.start >= start and e.end <= end]


class Pipeline:
    def __init__(self, settings: Settings, api_key: Callable[[], str], masker: Masker,
                 usage: Any | None = None, *,
                 provider_factory: ProviderFactory = make_provider,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.settings = settings
        self._api_key = api_key
        self._masker = masker
        self._usage = usage
        self._provider_factory = provider_factory
        self._clock = clock or (lambda: datetime.now().astimezone())
        # The server's context window: from settings, else learned when sending (the server's
        # model endpoint or its refusal of an over-long prompt) and kept for later tasks.
        self._window: int | None = settings.context_window_tokens or None

    # Preparing --------------------------------------------------------------------------
    def _read_files(self, template: Template, values: dict[str, str],
                    files: Mapping[str, Path]) -> dict[str, str]:
        out = dict(values)
        if template.output == "excel_formula":
            return out  # the Excel integration profiles the workbook; its text is not the prompt
        for name, path in files.items():
            if out.get(name):
                continue
            from desktop.core.documents import read_document

            max_bytes = int(self.settings.max_document_mb * 1024 * 1024)
            out[name] = read_document(Path(path), max_bytes=max_bytes).text
        return out

    def _excel_values(self, template: Template, values: dict[str, str],
                      files: dict[str, Path]) -> dict[str, str]:
        if template.output != "excel_formula":
            return values
        from desktop.core.excel import integration

        return dict(integration.prompt_values(template, values, files, self.settings))

    def prepare(self, template: Template, values: Mapping[str, str],
                files: Mapping[str, Path] | None = None) -> PreparedTask:
        """Render and mask; nothing is sent. Raises ``UserFacingError`` (missing values...)."""
        files_d = {k: Path(v) for k, v in (files or {}).items()}
        vals = self._read_files(template, dict(values), files_d)
        vals = self._excel_values(template, vals, files_d)
        from desktop.core.templates import render

        rendered = render(template, vals)
        # Before any masking, preview or clipboard copy: the whole text, files included.
        self._refuse_blocked(template, rendered)
        return self._build(template, vals, files_d, rendered, None)

    def apply_preview(self, prepared: PreparedTask, entities: list[Any]) -> PreparedTask:
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
               rendered: RenderedPrompt, user_entities: list[Any] | None) -> PreparedTask:
        masker = self._masker
        sys_res = masker.mask(rendered.system) if rendered.system else None
        session = sys_res.session if sys_res is not None else None
        user_res = masker.mask(rendered.user, entities=user_entities, session=session)
        session = user_res.session
        system_masked = sys_res.masked_text if sys_res is not None else ""
        system_msg = (system_masked + "\n\n" + SYSTEM_INSTRUCTION).strip()
        messages: tuple[Message, ...] = (
            {"role": "system", "content": system_msg},
            {"role": "user", "content": user_res.masked_text},
        )
        estimate = estimate_messages_tokens(messages)
        budget = self._prompt_limit(self.output_budget(template)[0])
        over = estimate > budget
        part_prompt, parts, doc_m = "", (), ""
        if over and self.settings.provider != "clipboard":
            part_prompt, doc_m = self._slot_document(template, values, rendered, user_entities,
                                                     session)
            limit = self._part_limit(system_msg, part_prompt, _Counter())
            parts = tuple(split_paragraphs(doc_m, limit))
        total_prompt = estimate
        if len(parts) > 1:
            # Every part re-sends the prompt around it; the combine step sends the summaries.
            frame = estimate_messages_tokens(
                [{"role": "system", "content": system_msg},
                 {"role": "user", "content": part_prompt.replace(PART_SLOT, "")}])
            total_prompt = estimate + frame * len(parts)
        est_cost = cost_jpy(TokenUsage(total_prompt, 0), self.settings)
        return PreparedTask(
            template=template, values=values, files=files, rendered=rendered, session=session,
            system_masked=system_masked, user_masked=user_res.masked_text,
            user_entities=tuple(user_res.entities), messages=messages, part_prompt=part_prompt,
            parts=parts, document_masked=doc_m, estimated_prompt_tokens=total_prompt,
            estimated_cost_jpy=est_cost, over_budget=over)

    # Budgets ----------------------------------------------------------------------------
    def output_budget(self, template: Template) -> tuple[int, str]:
        """(max output tokens, the setting's label) for the template's kind of answer.

        The key is derived from the kind (``max_output_tokens_<kind>``), so a new kind gets its
        own budget by declaring the setting; an unknown one uses the text budget.
        """
        key = f"max_output_tokens_{template.output}"
        if not hasattr(self.settings, key):
            key = "max_output_tokens_text"
        return int(getattr(self.settings, key)), label_for(key)

    @property
    def context_window(self) -> int | None:
        """The server's context window: from settings, the server, or an error message."""
        return self._window

    def _learn_window(self, window: int | None, source: str) -> None:
        if window and window != self._window:
            log.info("context window %s (from %s)", window, source)
            self._window = window

    def _prompt_limit(self, output_tokens: int) -> int:
        """Tokens the prompt of one request may take: the cost budget, and what the window
        leaves after the output budget."""
        limit = self.settings.context_budget_tokens
        if self._window:
            limit = min(limit, self._window - output_tokens - WINDOW_MARGIN_TOKENS)
        return limit

    def _part_limit(self, system_msg: str, part_prompt: str, counter: _Counter) -> int:
        frame = counter.messages([
            {"role": "system", "content": system_msg + "\n" + MAP_NOTE},
            {"role": "user", "content": part_prompt.replace(PART_SLOT, "")}])
        limit = self._prompt_limit(self.settings.max_output_tokens_part) - frame \
            - PART_MARGIN_TOKENS
        if limit < MIN_PART_TOKENS:
            raise InputTooLarge()
        return limit

    def _slot_document(self, template: Template, values: dict[str, str],
                       rendered: RenderedPrompt, user_entities: list[Any] | None,
                       session: Any) -> tuple[str, str]:
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
        masker = self._masker
        d0, d1 = len(prefix), len(prefix) + len(doc)
        pre_m = masker.mask(prefix, entities=_shift(user_entities, 0, d0),
                            session=session).masked_text if prefix else ""
        doc_m = masker.mask(doc, entities=_shift(user_entities, d0, d1),
                            session=session).masked_text
        suf_m = masker.mask(suffix, entities=_shift(user_entities, d1, len(user)),
                            session=session).masked_text if suffix else ""
        return pre_m + PART_SLOT + suf_m, doc_m

    def _resplit(self, prepared: PreparedTask, counter: _Counter,
                 at_most: int | None = None) -> PreparedTask:
        """The task split so that every part fits what is now known of the server."""
        part_prompt, doc_m = prepared.part_prompt, prepared.document_masked
        if not part_prompt:
            part_prompt, doc_m = self._slot_document(
                prepared.template, prepared.values, prepared.rendered,
                list(prepared.user_entities), prepared.session)
        limit = self._part_limit(str(prepared.messages[0]["content"]), part_prompt, counter)
        if at_most is not None:
            limit = min(limit, at_most)
        parts = tuple(split_paragraphs(doc_m, max(1, limit), counter.text))
        return replace(prepared, part_prompt=part_prompt, parts=parts, document_masked=doc_m)

    def _counter(self, provider: ChatProvider, prepared: PreparedTask) -> _Counter:
        """Counts in the server's tokens: its tokenizer calibrates the offline estimate."""
        info = self._server_info(provider)
        if info is None:
            return _Counter()
        self._learn_window(info.context_window, info.window_source or "server")
        sample = prepared.document_masked or prepared.user_masked
        estimate = estimate_text_tokens(sample)
        counted = info.count(sample) if estimate else None
        if not counted:
            return _Counter()
        # Never below the estimate: parts are packed by it, and a short sample can mislead.
        ratio = max(1.0, counted / estimate) * COUNT_SAFETY
        log.info("server tokenizer (%s): %d tokens where the estimate says %d",
                 info.tokenizer, counted, estimate)
        return _Counter(ratio=ratio, tokenizer=info.count)

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

    def _fit(self, prepared: PreparedTask, counter: _Counter) -> PreparedTask:
        """Split (again) if what is known now of the server says a request would not fit."""
        if prepared.map_reduce:
            limit = self._part_limit(str(prepared.messages[0]["content"]),
                                     prepared.part_prompt, counter)
            if all(counter.text(p) <= limit for p in prepared.parts):
                return prepared
        elif counter.messages(prepared.messages) <= self._prompt_limit(
                self.output_budget(prepared.template)[0]):
            return prepared
        resplit = self._resplit(prepared, counter)
        log.info("split for the server's window: %d parts", len(resplit.parts))
        return resplit if resplit.map_reduce else prepared

    # IT's blocked terms ------------------------------------------------------------------
    def _refuse_blocked(self, template: Template, rendered: RenderedPrompt) -> None:
        """Raise ``BlockedTermRefused`` (recorded in the usage log by rule, never the text) if
        the un-masked prompt holds a blocked term; ``BlockedTermsUnavailable`` if IT's list
        cannot be read."""
        try:
            terms = BlockedTerms.from_policy(self.settings.blocked_terms,
                                             self.settings.blocked_terms_file)
        except UserFacingError as exc:
            raise BlockedTermsUnavailable(exc) from None
        try:
            terms.check(rendered.system, rendered.user)
        except BlockedTermError as exc:
            self._record_blocked(template, exc.rule)
            raise BlockedTermRefused(exc.rule) from None

    def _record_blocked(self, template: Template, rule: str) -> None:
        if self._usage is None:
            return
        from desktop.core.usage.model import UsageEvent

        now = self._clock()
        try:
            self._usage.record(UsageEvent(
                template_id=template.id, template_version=int(template.version),
                provider=self.settings.provider, started_at=now, ended_at=now,
                outcome="blocked", error_kind="blocked", blocked_rule=rule,
                manual_minutes=float(template.manual_minutes)))
        except Exception as exc:  # the refusal matters more than its log line
            log.warning("usage record failed: %s", type(exc).__name__)

    # Sending ----------------------------------------------------------------------------
    def execute(self, prepared: PreparedTask, on_chunk: ChunkCallback | None = None,
                cancel_event: threading.Event | None = None,
                on_progress: ProgressCallback | None = None, *, stream: bool = True,
                success_outcome: str = "pending") -> TaskResult:
        """Send the prepared task. Never raises for a model/network failure: the error is in
        ``TaskResult.error`` (with any partial answer kept). ``success_outcome`` is what the
        usage log records on success: "pending" for the GUI (the clerk decides), "used" for
        the CLI."""
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
            counter = self._counter(provider, prepared)
            prepared = self._fit(prepared, counter)
            if not prepared.map_reduce:
                on_progress(0, 1)
                out_tokens, out_label = self.output_budget(prepared.template)
                try:
                    masked_out, usage = self._call(
                        provider, list(prepared.messages), prepared.session, on_chunk, cancel,
                        stream, counter, out_tokens, out_label)
                    requests = 1
                    on_progress(1, 1)
                except _CallFailed as failed:
                    if not isinstance(failed.error, ContextExceeded) or cancel.is_set():
                        raise
                    # The server's window was not known (or the estimate was low): learn it
                    # from the refusal and go on in parts.
                    usage, requests = failed.usage, failed.requests
                    self._learn_window(failed.error.window, "error message")
                    resplit = self._resplit(prepared, counter,
                                            None if failed.error.window else
                                            counter.messages(prepared.messages) // 2)
                    if not resplit.map_reduce:
                        raise
                    prepared = resplit
            if prepared.map_reduce:
                masked_out, mr_usage, mr_requests = self._map_reduce(
                    provider, prepared, on_chunk, cancel, on_progress, stream, counter, notes)
                usage, requests = usage + mr_usage, requests + mr_requests
        except _CallFailed as failed:
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
            entities=prepared.entity_counts(), notes=notes)
        if error is None:
            result.extra.update(self._excel_check(prepared, output))
        log.info("task %s: %d request(s), prompt %d + completion %d tokens (%s), error %s",
                 event_id[:8], result.parts, usage.prompt_tokens, usage.completion_tokens,
                 "estimated" if usage.estimated else "reported", error_kind(error) or "none")
        self._record(prepared, result, started_at, time.monotonic() - t0, success_outcome)
        if budget is not None:
            result.extra["budget"] = budget.plus(result.usage.total_tokens, result.cost_jpy).as_dict()
        return result

    def _call(self, provider: ChatProvider, messages: list[Message], session: Any,
              on_chunk: ChunkCallback | None, cancel: threading.Event,
              stream: bool, counter: _Counter | None = None, max_tokens: int | None = None,
              budget_setting: str = "") -> tuple[str, TokenUsage]:
        counter = counter or _Counter()
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
            raise _CallFailed(err, err.partial, self._spent(messages, err, counter, max_tokens),
                              1) from None
        if unmasker is not None and on_chunk is not None:
            tail = unmasker.flush()
            if tail:
                on_chunk(tail)
        usage = outcome.usage or self._estimate_usage(messages, outcome.text, counter)
        return outcome.text, usage

    def _spent(self, messages: list[Message], err: LlmError, counter: _Counter,
               max_tokens: int) -> TokenUsage:
        """What a failed request cost the server, as well as it can be known."""
        if err.usage is not None:
            return err.usage  # reported by the server (an answer stopped by the budget)
        if isinstance(err, OutputTruncated):
            return replace(self._estimate_usage(messages, err.partial, counter),
                           completion_tokens=max_tokens)
        if isinstance(err, RequestTimedOut):
            # The server had the request and may have generated up to the budget after we
            # stopped waiting: count that, marked as an estimate, rather than nothing.
            return replace(self._estimate_usage(messages, "", counter),
                           completion_tokens=max_tokens)
        if err.partial:
            return self._estimate_usage(messages, err.partial, counter)
        # A request refused before any answer (401, 404, 429...) returned no usage and is not
        # billed: logging an estimate would put a cost on nothing.
        return TokenUsage()

    @staticmethod
    def _estimate_usage(messages: list[Message], answer: str,
                        counter: _Counter | None = None) -> TokenUsage:
        counter = counter or _Counter()
        return TokenUsage(counter.logged_messages(messages), counter.logged_text(answer),
                          estimated=True)

    def _map_reduce(self, provider: ChatProvider, prepared: PreparedTask,
                    on_chunk: ChunkCallback, cancel: threading.Event,
                    on_progress: ProgressCallback, stream: bool, counter: _Counter,
                    notes: list[str]) -> tuple[str, TokenUsage, int]:
        system_msg = str(prepared.messages[0]["content"])
        parts = list(prepared.parts)
        usage = TokenUsage()
        requests = 0
        done = 0
        total = len(parts) + 1
        truncated = resplits = 0
        part_label = label_for("max_output_tokens_part")
        final_out, final_label = self.output_budget(prepared.template)
        on_progress(0, total)
        for level in range(MAX_REDUCE_LEVELS):
            last_level = level == MAX_REDUCE_LEVELS - 1
            part_out = self._summary_budget(len(parts), final_out, system_msg,
                                            prepared.part_prompt, counter)
            summaries: list[str] = []
            i = 0
            while i < len(parts):
                if cancel.is_set():
                    raise _CallFailed(Cancelled(), "", usage, requests)
                msgs = [{"role": "system", "content": system_msg + "\n\n"
                         + MAP_NOTE.format(i=i + 1, n=len(parts))},
                        {"role": "user",
                         "content": prepared.part_prompt.replace(PART_SLOT, parts[i])}]
                try:
                    text, u = self._call(provider, msgs, prepared.session, None, cancel, stream,
                                         counter, part_out, part_label)
                except _CallFailed as failed:
                    usage, requests = usage + failed.usage, requests + 1
                    err = failed.error
                    if isinstance(err, OutputTruncated) and err.partial.strip():
                        # A summary stopped by the budget still carries most of the part.
                        text, truncated = err.partial, truncated + 1
                    elif isinstance(err, ContextExceeded) and resplits < MAX_RESPLITS * len(parts):
                        self._learn_window(err.window, "error message")
                        pieces = self._split_part(parts[i], system_msg, prepared, counter,
                                                  known=err.window is not None)
                        if len(pieces) < 2:
                            raise _CallFailed(err, "", usage, requests) from None
                        parts[i:i + 1] = pieces
                        total += len(pieces) - 1
                        resplits += 1
                        continue
                    else:
                        # A part's partial summary is not an answer: report the failure only.
                        raise _CallFailed(err, "", usage, requests) from None
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
            if counter.messages(reduce_msgs) <= self._prompt_limit(final_out) or last_level:
                try:
                    text, u = self._call(provider, reduce_msgs, prepared.session, on_chunk,
                                         cancel, stream, counter, final_out, final_label)
                except _CallFailed as failed:
                    if not isinstance(failed.error, ContextExceeded) or last_level:
                        raise _CallFailed(failed.error, failed.partial, usage + failed.usage,
                                          requests + 1) from None
                    usage, requests = usage + failed.usage, requests + 1
                    self._learn_window(failed.error.window, "error message")
                else:
                    self._add_notes(notes, truncated, resplits, len(parts), part_label)
                    on_progress(total, total)
                    return text, usage + u, requests + 1
            # The summaries themselves are too long: summarise them in parts again.
            limit = self._prompt_limit(part_out) - counter.text(system_msg + REDUCE_NOTE) \
                - PART_MARGIN_TOKENS * 2
            if counter.messages(reduce_msgs) > limit:
                limit = min(limit, counter.text(combined) // 2 + 1)
            parts = split_paragraphs(combined, max(MIN_PART_TOKENS, limit), counter.text)
            total += len(parts)
        raise AssertionError("unreachable")  # pragma: no cover

    def _summary_budget(self, parts: int, final_out: int, system_msg: str, part_prompt: str,
                        counter: _Counter) -> int:
        """Each part's summary budget: the setting, or less when the window is known and the
        summaries of all parts at full length would not fit the combining request (which would
        cost another round of summarising summaries)."""
        setting = self.settings.max_output_tokens_part
        if not self._window:
            return setting
        frame = counter.messages([{"role": "system", "content": system_msg + REDUCE_NOTE},
                                  {"role": "user", "content": part_prompt.replace(PART_SLOT, "")}])
        share = (self._prompt_limit(final_out) - frame) // max(1, parts) - 16  # the 【第n部】 line
        return max(MIN_SUMMARY_TOKENS, min(setting, share))

    def _split_part(self, part: str, system_msg: str, prepared: PreparedTask, counter: _Counter,
                    *, known: bool) -> list[str]:
        """A part the server refused as too long, in smaller pieces."""
        limit = counter.text(part) // 2 + 1
        if known:
            try:
                limit = min(limit, self._part_limit(system_msg, prepared.part_prompt, counter))
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

    # Clipboard relay --------------------------------------------------------------------
    def complete_from_pasted(self, prepared: PreparedTask, pasted: str, *,
                             success_outcome: str = "pending") -> TaskResult:
        """The answer the clerk pasted back from the web chat: un-mask and log it."""
        started_at = self._clock()
        usage = self._estimate_usage(list(prepared.messages), pasted)
        result = TaskResult(
            output=prepared.session.unmask(pasted), masked_output=pasted, usage=usage,
            cost_jpy=cost_jpy(usage, self.settings), incomplete=False, error=None,
            event_id=str(uuid.uuid4()), provider="clipboard",
            entities=prepared.entity_counts())
        result.extra.update(self._excel_check(prepared, result.output))
        self._record(prepared, result, started_at, 0.0, success_outcome)
        return result

    # Logging ----------------------------------------------------------------------------
    def _excel_check(self, prepared: PreparedTask, output: str) -> dict[str, Any]:
        if prepared.template.output != "excel_formula":
            return {}
        try:
            from desktop.core.excel import integration

            return dict(integration.check_answer(output, prepared.values, prepared.files,
                                                 self.settings))
        except Exception as exc:  # a checker bug (or a module missing from a build) must not
            # lose the answer, and must never pass for a checked formula.
            log.warning("excel check failed: %s %s", type(exc).__name__,
                        getattr(exc, "name", "") or "")
            return {"formula": None, "formulas": [],
                    "check": {"status": "unverified", "value": None, "values": [],
                              "message": "数式の検算ができませんでした。"}}

    def _record(self, prepared: PreparedTask, result: TaskResult, started_at: datetime,
                seconds: float, success_outcome: str) -> None:
        if self._usage is None:
            return
        from desktop.core.usage.model import UsageEvent

        if result.error is None:
            outcome = success_outcome
        elif result.incomplete and success_outcome == "pending":
            outcome = "pending"  # the clerk may still use the partial answer
        else:
            outcome = "error"
        try:
            self._usage.record(UsageEvent(
                event_id=result.event_id, template_id=prepared.template.id,
                template_version=int(prepared.template.version), provider=result.provider,
                started_at=started_at, ended_at=self._clock(), active_seconds=round(seconds, 3),
                outcome=outcome, error_kind=error_kind(result.error),
                manual_minutes=float(prepared.template.manual_minutes),
                prompt_tokens=result.usage.prompt_tokens,
                completion_tokens=result.usage.completion_tokens, cost_jpy=result.cost_jpy,
                masked=result.entities, tokens_estimated=result.usage.estimated))
        except Exception as exc:  # the answer matters more than its log line
            log.warning("usage record failed: %s", type(exc).__name__)


@dataclass(frozen=True)
class _Counter:
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


class _CallFailed(Exception):
    def __init__(self, error: LlmError, partial: str, usage: TokenUsage, requests: int) -> None:
        super().__init__(error.kind)
        self.error = error
        self.partial = partial
        self.usage = usage
        self.requests = requests
