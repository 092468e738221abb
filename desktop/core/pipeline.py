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
from desktop.core.llm.chunking import split_paragraphs
from desktop.core.llm.client import run_chat
from desktop.core.llm.cost import TokenUsage, cost_jpy
from desktop.core.llm.errors import Cancelled, LlmError, error_kind
from desktop.core.llm.providers import ChatProvider, Message, make_provider
from desktop.core.llm.tokens import estimate_messages_tokens, estimate_text_tokens
from desktop.core.masking.blocked import BlockedTermError, BlockedTerms
from desktop.core.settings import Settings

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

ChunkCallback = Callable[[str], None]
ProgressCallback = Callable[[int, int], None]
ProviderFactory = Callable[[Settings, Callable[[], str]], ChatProvider]


class Masker(Protocol):
    def find(self, text: str) -> list[Any]: ...
    def mask(self, text: str, entities: Any = None, session: Any = None) -> Any: ...


class InputTooLarge(UserFacingError):
    def __init__(self) -> None:
        super().__init__("入力が長すぎて、設定の「1回に送る最大トークン数」に収まるように分割できません。"
                         "設定値を大きくするか、入力を短くしてください"
                         "。", detail="budget too small")


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


def _system_instruction() -> str:
    try:
        from desktop.core.masking import SYSTEM_INSTRUCTION
    except ImportError:
        from desktop.core.masking.entities import SYSTEM_INSTRUCTION
    return SYSTEM_INSTRUCTION


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
        system_msg = (system_masked + "\n\n" + _system_instruction()).strip()
        messages: tuple[Message, ...] = (
            {"role": "system", "content": system_msg},
            {"role": "user", "content": user_res.masked_text},
        )
        estimate = estimate_messages_tokens(messages)
        budget = self.settings.context_budget_tokens
        over = estimate > budget
        part_prompt, parts = "", ()
        if over and self.settings.provider != "clipboard":
            part_prompt, parts = self._split(template, values, rendered, user_entities, session,
                                             system_msg)
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
            parts=tuple(parts), estimated_prompt_tokens=total_prompt,
            estimated_cost_jpy=est_cost, over_budget=over)

    def _split(self, template: Template, values: dict[str, str], rendered: RenderedPrompt,
               user_entities: list[Any] | None, session: Any,
               system_msg: str) -> tuple[str, tuple[str, ...]]:
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
        part_prompt = pre_m + PART_SLOT + suf_m
        frame = estimate_messages_tokens([
            {"role": "system", "content": system_msg + "\n" + MAP_NOTE},
            {"role": "user", "content": pre_m + suf_m}])
        part_budget = self.settings.context_budget_tokens - frame - PART_MARGIN_TOKENS
        if part_budget < MIN_PART_TOKENS:
            raise InputTooLarge()
        return part_prompt, tuple(split_paragraphs(doc_m, part_budget))

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
        provider_name = self.settings.provider
        provider: ChatProvider | None = None
        try:
            provider = self._provider_factory(self.settings, self._api_key)
            provider_name = provider.name
            if prepared.map_reduce:
                masked_out, usage, requests = self._map_reduce(
                    provider, prepared, on_chunk, cancel, on_progress, stream)
            else:
                on_progress(0, 1)
                masked_out, call_usage = self._call(provider, list(prepared.messages),
                                                    prepared.session, on_chunk, cancel, stream)
                usage, requests = call_usage, 1
                on_progress(1, 1)
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
            entities=prepared.entity_counts())
        if error is None:
            result.extra.update(self._excel_check(prepared, output))
        self._record(prepared, result, started_at, time.monotonic() - t0, success_outcome)
        if budget is not None:
            result.extra["budget"] = budget.plus(result.usage.total_tokens, result.cost_jpy).as_dict()
        return result

    def _call(self, provider: ChatProvider, messages: list[Message], session: Any,
              on_chunk: ChunkCallback | None, cancel: threading.Event,
              stream: bool) -> tuple[str, TokenUsage]:
        unmasker = session.stream() if on_chunk is not None else None

        def on_delta(delta: str) -> None:
            if unmasker is not None and on_chunk is not None:
                text = unmasker.feed(delta)
                if text:
                    on_chunk(text)

        try:
            outcome = run_chat(provider, messages, stream=stream, on_delta=on_delta, cancel=cancel,
                               max_retries=self.settings.max_retries,
                               timeout_seconds=self.settings.request_timeout_seconds)
        except LlmError as err:
            if unmasker is not None and on_chunk is not None:
                tail = unmasker.flush()
                if tail:
                    on_chunk(tail)
            # A request refused before any answer (401, 404, 429, timeout...) returned no usage
            # and is not billed: logging an estimate would put a cost on nothing.
            spent = self._estimate_usage(messages, err.partial) if err.partial else TokenUsage()
            raise _CallFailed(err, err.partial, spent, 1) from None
        if unmasker is not None and on_chunk is not None:
            tail = unmasker.flush()
            if tail:
                on_chunk(tail)
        usage = outcome.usage or self._estimate_usage(messages, outcome.text)
        return outcome.text, usage

    @staticmethod
    def _estimate_usage(messages: list[Message], answer: str) -> TokenUsage:
        return TokenUsage(estimate_messages_tokens(messages), estimate_text_tokens(answer),
                          estimated=True)

    def _map_reduce(self, provider: ChatProvider, prepared: PreparedTask,
                    on_chunk: ChunkCallback, cancel: threading.Event,
                    on_progress: ProgressCallback, stream: bool) -> tuple[str, TokenUsage, int]:
        system_msg = str(prepared.messages[0]["content"])
        parts = list(prepared.parts)
        usage = TokenUsage()
        requests = 0
        done = 0
        total = len(parts) + 1
        for _level in range(MAX_REDUCE_LEVELS):
            summaries: list[str] = []
            for i, part in enumerate(parts, start=1):
                if cancel.is_set():
                    raise _CallFailed(Cancelled(), "", usage, requests)
                msgs = [{"role": "system",
                         "content": system_msg + "\n\n" + MAP_NOTE.format(i=i, n=len(parts))},
                        {"role": "user", "content": prepared.part_prompt.replace(PART_SLOT, part)}]
                try:
                    text, u = self._call(provider, msgs, prepared.session, None, cancel, stream)
                except _CallFailed as failed:
                    # A part's partial summary is not an answer: report the failure only.
                    raise _CallFailed(failed.error, "", usage + failed.usage,
                                      requests + 1) from None
                usage, requests, done = usage + u, requests + 1, done + 1
                summaries.append(f"【第{i}部の要約】\n{text.strip()}")
                on_progress(done, total)
            combined = "\n\n".join(summaries)
            reduce_msgs = [{"role": "system", "content": system_msg + "\n\n" + REDUCE_NOTE},
                           {"role": "user",
                            "content": prepared.part_prompt.replace(PART_SLOT, combined)}]
            if (estimate_messages_tokens(reduce_msgs) <= self.settings.context_budget_tokens
                    or _level == MAX_REDUCE_LEVELS - 1):
                try:
                    text, u = self._call(provider, reduce_msgs, prepared.session, on_chunk,
                                         cancel, stream)
                except _CallFailed as failed:
                    raise _CallFailed(failed.error, failed.partial, usage + failed.usage,
                                      requests + 1) from None
                on_progress(total, total)
                return text, usage + u, requests + 1
            # The summaries themselves are too long: summarise them in parts again.
            budget = self.settings.context_budget_tokens - estimate_text_tokens(system_msg) \
                - PART_MARGIN_TOKENS * 2
            parts = split_paragraphs(combined, max(MIN_PART_TOKENS, budget))
            total += len(parts)
        raise AssertionError("unreachable")  # pragma: no cover

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
                masked=result.entities))
        except Exception as exc:  # the answer matters more than its log line
            log.warning("usage record failed: %s", type(exc).__name__)


class _CallFailed(Exception):
    def __init__(self, error: LlmError, partial: str, usage: TokenUsage, requests: int) -> None:
        super().__init__(error.kind)
        self.error = error
        self.partial = partial
        self.usage = usage
        self.requests = requests
