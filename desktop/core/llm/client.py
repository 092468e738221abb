"""One chat request with our single retry layer, cancel within a moment, and Japanese errors.

The blocking SDK call runs on a helper thread that feeds a queue; the calling thread waits on the
queue in short slices, so ``cancel`` is honoured within ~50 ms even while the network is silent
(a hung server, a slow stream). Retries happen only before the first text arrives (a retry after
that would duplicate text); a failure after it keeps the partial answer and marks it incomplete.
"""

from __future__ import annotations

import email.utils
import logging
import queue
import random
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx2

from desktop.core.llm.cost import TokenUsage
from desktop.core.llm.errors import (
    AuthenticationFailed,
    BadRequest,
    Cancelled,
    ContentFiltered,
    ContextExceeded,
    DeploymentNotFound,
    LlmError,
    NetworkUnavailable,
    OutputTruncated,
    RateLimited,
    RequestTimedOut,
    ServerError,
    StreamInterrupted,
    TlsOrProxyFailure,
    UnexpectedLlmError,
)
from desktop.core.llm.providers import ChatProvider, Message
from desktop.core.llm.server_info import context_error

if TYPE_CHECKING:
    import openai

log = logging.getLogger(__name__)

POLL_SECONDS = 0.05
MAX_RETRY_AFTER = 60.0
BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0


@dataclass
class ChatOutcome:
    text: str  # as received (masked)
    usage: TokenUsage | None
    finish_reason: str | None
    attempts: int


# Retry-After -------------------------------------------------------------------------------
def retry_after_seconds(headers: Any) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms``, ``retry-after`` secs or date)."""
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        if parsed is None:
            return None
        return max(0.0, parsed.timestamp() - time.time())


def backoff_seconds(attempt: int, headers: Any = None) -> float:
    asked = retry_after_seconds(headers)
    if asked is not None:
        return min(asked, MAX_RETRY_AFTER)
    return min(BACKOFF_CAP, BACKOFF_BASE * 2 ** attempt) * (0.75 + 0.25 * random.random())


# Exception -> LlmError ---------------------------------------------------------------------
def _causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in seen:
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    return seen


def _content_filter_categories(body: Any) -> list[str]:
    if not isinstance(body, dict):
        return []
    inner = body.get("innererror") or body.get("inner_error") or {}
    results: Any = {}
    if isinstance(inner, dict):
        results = inner.get("content_filter_result") or inner.get("content_filter_results") or {}
    return [k for k, v in results.items()
            if isinstance(v, dict) and (v.get("filtered") or v.get("detected"))]


def _is_content_filter(exc: openai.APIStatusError) -> bool:
    body = exc.body if isinstance(exc.body, dict) else {}
    inner = body.get("innererror") or body.get("inner_error") or {}
    return exc.code == "content_filter" or (
        isinstance(inner, dict) and inner.get("code") == "ResponsibleAIPolicyViolation")


def translate(exc: BaseException, *, url: str, host: str, timeout: float, attempts: int = 1,
              partial: str = "") -> LlmError:
    """The Japanese, actionable error for ``exc`` (an SDK, httpx or ssl exception)."""
    import openai

    if isinstance(exc, LlmError):
        return exc
    detail = type(exc).__name__
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        detail = f"http {status} {exc.code or ''}".strip()
        if status in (401, 403):
            return AuthenticationFailed(status=status, detail=detail)
        if status == 404:
            return DeploymentNotFound(url, detail=detail)
        if status == 429:
            return RateLimited(attempts=attempts, detail=detail)
        if status == 400 and _is_content_filter(exc):
            return ContentFiltered(_content_filter_categories(exc.body), detail=detail)
        if status in (400, 413, 422):
            too_long, window = context_error(exc.body, str(exc.message))
            if too_long:
                return ContextExceeded(window=window, detail=detail)
        if status == 408:
            return RequestTimedOut(timeout)
        if status >= 500:
            return ServerError(status=status, attempts=attempts, detail=detail)
        return BadRequest(status=status, detail=detail)
    if isinstance(exc, openai.APIError) and not isinstance(exc, openai.APIConnectionError):
        # An error event inside a 200 stream (llama.cpp reports some failures that way).
        too_long, window = context_error(exc.body, str(exc.message))
        if too_long:
            return ContextExceeded(window=window, detail="error event in stream")
    chain = _causes(exc)
    if any(isinstance(c, (openai.APITimeoutError, httpx2.TimeoutException)) for c in chain):
        if partial:
            return StreamInterrupted(partial=partial, detail="read timeout mid-stream")
        return RequestTimedOut(timeout)
    if any(isinstance(c, httpx2.ProxyError) for c in chain):
        return TlsOrProxyFailure(host, proxy=True, detail=detail)
    if any(isinstance(c, ssl.SSLError) for c in chain):
        return TlsOrProxyFailure(host, detail=detail)
    if partial:
        return StreamInterrupted(partial=partial, detail=detail)
    if any(isinstance(c, (openai.APIConnectionError, httpx2.TransportError, OSError))
           for c in chain):
        return NetworkUnavailable(host, detail=detail)
    return UnexpectedLlmError(detail=detail)


def _retryable(exc: BaseException) -> bool:
    """Only what a second try can fix without making the server work twice.

    A 429 or a 5xx was refused before any work; a connection that never opened sent nothing.
    A read timeout is different: the server has the request and may still be generating, so
    a retry would pile a second generation on top of the first (seen with llama.cpp: three
    non-streamed requests sixty seconds apart, all computed to the end).
    """
    import openai

    if isinstance(exc, openai.APIStatusError):
        return exc.status_code == 429 or exc.status_code >= 500
    chain = _causes(exc)
    if any(isinstance(c, (ssl.SSLError, httpx2.ProxyError)) for c in chain):
        return False  # a proxy or TLS refusal will not heal by itself
    return any(isinstance(c, (httpx2.ConnectError, httpx2.ConnectTimeout)) for c in chain)


# The request -------------------------------------------------------------------------------
_END = object()


def _pump(provider: ChatProvider, messages: Sequence[Message], stream: bool,
          max_tokens: int | None, out: queue.SimpleQueue[Any]) -> None:
    try:
        for event in provider.events(messages, stream=stream, max_tokens=max_tokens):
            out.put(event)
        out.put(_END)
    except BaseException as exc:  # handed to the waiting thread; never lost here
        out.put(exc)


def _one_attempt(provider: ChatProvider, messages: Sequence[Message], *, stream: bool,
                 max_tokens: int | None, on_delta: Callable[[str], None],
                 cancel: threading.Event, received: list[str],
                 ) -> tuple[TokenUsage | None, str | None]:
    out: queue.SimpleQueue[Any] = queue.SimpleQueue()
    worker = threading.Thread(target=_pump, args=(provider, messages, stream, max_tokens, out),
                              name="llm-request", daemon=True)
    worker.start()
    usage: TokenUsage | None = None
    finish: str | None = None
    while True:
        if cancel.is_set():
            provider.abort()
            raise Cancelled(partial="".join(received))
        try:
            item = out.get(timeout=POLL_SECONDS)
        except queue.Empty:
            continue
        if item is _END:
            return usage, finish
        if isinstance(item, BaseException):
            raise item
        if item.delta:
            received.append(item.delta)
            on_delta(item.delta)
        if item.usage is not None:
            usage = item.usage
        if item.finish_reason:
            finish = item.finish_reason
        if item.filtered and finish == "content_filter":
            raise ContentFiltered(list(item.filtered), where="output", partial="".join(received))


def run_chat(provider: ChatProvider, messages: Sequence[Message], *, stream: bool = True,
             on_delta: Callable[[str], None] = lambda _d: None,
             cancel: threading.Event | None = None, max_retries: int = 2,
             timeout_seconds: float = 60.0, max_tokens: int | None = None,
             budget_setting: str = "") -> ChatOutcome:
    """Send ``messages``; deltas go to ``on_delta`` as they arrive. Raises ``LlmError``.

    ``max_tokens`` is the output budget sent with the request; ``budget_setting`` names the
    setting that holds it, for the message when an answer stops there.
    """
    cancel = cancel or threading.Event()
    host = getattr(provider, "host", provider.url)
    attempt = 0
    while True:
        received: list[str] = []
        try:
            usage, finish = _one_attempt(provider, messages, stream=stream, max_tokens=max_tokens,
                                         on_delta=on_delta, cancel=cancel, received=received)
        except LlmError:
            raise
        except Exception as exc:  # every failure becomes an LlmError (Ctrl+C passes through)
            partial = "".join(received)
            if not partial and attempt < max_retries and _retryable(exc):
                headers = getattr(getattr(exc, "response", None), "headers", None)
                delay = backoff_seconds(attempt, headers)
                attempt += 1
                log.info("retrying after %s (attempt %d, wait %.2fs)",
                         type(exc).__name__, attempt, delay)
                if cancel.wait(delay):
                    raise Cancelled() from None
                continue
            err = translate(exc, url=provider.url, host=host, timeout=timeout_seconds,
                            attempts=attempt + 1, partial=partial)
            if getattr(exc, "status_code", None) == 404:
                err = _explain_not_found(provider) or err
            if isinstance(err, ContextExceeded) and err.window is None:
                window = _known_window(provider)
                if window:
                    err = ContextExceeded(window=window, detail=err.detail)
            log.info("chat request failed: %s (%s)", type(err).__name__, err.detail)
            raise err from None
        text = "".join(received)
        if finish is None and stream:
            # The stream ended without a finish_reason: the connection was cut mid-way.
            raise StreamInterrupted(partial=text, detail="no finish_reason")
        if finish == "length":
            truncated = OutputTruncated(partial=text, limit=max_tokens, setting=budget_setting)
            truncated.usage = usage  # the server did the work and reported it: keep it
            raise truncated
        if finish == "content_filter":
            raise ContentFiltered([], where="output", partial=text)
        return ChatOutcome(text=text, usage=usage, finish_reason=finish, attempts=attempt + 1)


def _explain_not_found(provider: ChatProvider) -> LlmError | None:
    explain = getattr(provider, "explain_not_found", None)
    if explain is None:
        return None
    try:
        return explain()
    except Exception as exc:  # the probe is a courtesy: the plain 404 message still stands
        log.info("explaining a 404 failed: %s", type(exc).__name__)
        return None


def _known_window(provider: ChatProvider) -> int | None:
    return getattr(provider, "known_context_window", None)
