"""What an OpenAI-compatible server says about itself: its context window, its tokenizer, the
models it serves.

Each server says it in its own place, and none of them is required:
- llama.cpp's server: ``GET /props`` (``default_generation_settings.n_ctx``), ``POST /tokenize``
  (``{"content"}`` -> ``{"tokens": [...]}``), ``GET /v1/models`` (``meta.n_ctx_train``);
- llama-cpp-python's server: ``POST /extras/tokenize/count`` (``{"input"}`` -> ``{"count"}``);
- vLLM: ``GET /v1/models`` (``max_model_len``).
Every probe is short (a few seconds at most) and a failure only means "not known": the caller
then uses the window from settings and the offline estimate.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx2

log = logging.getLogger(__name__)

PROBE_TIMEOUT = 5.0

Counter = Callable[[str], int]


@dataclass
class ServerInfo:
    context_window: int | None = None
    window_source: str = ""  # "props", "models", "settings", "error message"
    served_models: list[str] | None = None  # None: the server does not list them
    tokenizer: str = ""  # "llama.cpp", "llama-cpp-python" or "" (offline estimate)
    _count: Counter | None = field(default=None, repr=False)

    def count(self, text: str) -> int | None:
        """Tokens in ``text`` by the server's tokenizer, or None when it offers none."""
        if self._count is None:
            return None
        try:
            return self._count(text)
        except (httpx2.HTTPError, ValueError, KeyError, TypeError) as exc:
            log.info("server tokenizer failed (%s); using the offline estimate",
                     type(exc).__name__)
            self._count = None
            self.tokenizer = ""
            return None


def root_url(base_url: str) -> str:
    """``http://host:8080/v1`` -> ``http://host:8080`` (llama.cpp's extras live at the root)."""
    base = base_url.rstrip("/")
    return base[:-3] if base.endswith("/v1") else base


def _get_json(http: httpx2.Client, url: str, headers: dict[str, str]) -> Any:
    resp = http.get(url, headers=headers, timeout=PROBE_TIMEOUT)
    if resp.status_code != 200:
        return None
    try:
        return resp.json()
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def list_models(http: httpx2.Client, base_url: str,
                headers: dict[str, str]) -> tuple[list[str] | None, dict[str, Any]]:
    """(model ids, {id: entry}) from ``GET {base}/models``; (None, {}) when not offered."""
    try:
        data = _get_json(http, base_url.rstrip("/") + "/models", headers)
    except httpx2.HTTPError as exc:
        log.info("GET /models failed: %s", type(exc).__name__)
        return None, {}
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        return None, {}
    entries = {str(m.get("id")): m for m in data["data"] if isinstance(m, dict) and m.get("id")}
    return list(entries), entries


def probe(http: httpx2.Client, base_url: str, model: str,
          headers: dict[str, str]) -> ServerInfo:
    info = ServerInfo()
    root = root_url(base_url)
    served, entries = list_models(http, base_url, headers)
    info.served_models = served
    entry = entries.get(model) or (next(iter(entries.values())) if len(entries) == 1 else None)
    if entry is not None:
        window = _int(entry.get("max_model_len"))  # vLLM
        if window:
            info.context_window, info.window_source = window, "models"
    if info.context_window is None:
        try:
            props = _get_json(http, root + "/props", headers)
        except httpx2.HTTPError:
            props = None
        if isinstance(props, dict):
            settings = props.get("default_generation_settings")
            window = _int(settings.get("n_ctx")) if isinstance(settings, dict) else None
            window = window or _int(props.get("n_ctx"))
            if window:
                info.context_window, info.window_source = window, "props"
    if info.context_window is None and entry is not None:
        meta = entry.get("meta")
        # llama.cpp lists the training context; the server's own n_ctx may be smaller, so this
        # is only a ceiling, used when nothing better is known.
        window = _int(meta.get("n_ctx_train")) if isinstance(meta, dict) else None
        if window:
            info.context_window, info.window_source = window, "models"
    _find_tokenizer(http, root, headers, info)
    log.info("server info: window=%s (%s) tokenizer=%s models=%s", info.context_window,
             info.window_source or "unknown", info.tokenizer or "none",
             len(served) if served is not None else "unlisted")
    return info


def _find_tokenizer(http: httpx2.Client, root: str, headers: dict[str, str],
                    info: ServerInfo) -> None:
    def llama_cpp(text: str) -> int:
        resp = http.post(root + "/tokenize", json={"content": text}, headers=headers,
                         timeout=PROBE_TIMEOUT)
        resp.raise_for_status()
        return len(resp.json()["tokens"])

    def llama_cpp_python(text: str) -> int:
        resp = http.post(root + "/extras/tokenize/count", json={"input": text}, headers=headers,
                         timeout=PROBE_TIMEOUT)
        resp.raise_for_status()
        return int(resp.json()["count"])

    for name, count in (("llama.cpp", llama_cpp), ("llama-cpp-python", llama_cpp_python)):
        try:
            if count("テスト") > 0:
                info.tokenizer, info._count = name, count
                return
        except (httpx2.HTTPError, ValueError, KeyError, TypeError):
            continue


_WINDOW_PATTERNS = (
    re.compile(r"context window of (\d+)"),  # llama-cpp-python
    re.compile(r"maximum context length is (\d+)"),  # OpenAI, Azure, vLLM
    re.compile(r"context (?:size|length)[^0-9]{0,20}\(?(\d{3,})"),
)
_CONTEXT_WORDS = re.compile(
    r"context[ _](?:length|window|size)|maximum context|exceed_context|too many tokens|"
    r"prompt is too long|input is too long", re.IGNORECASE)


def context_error(body: Any, message: str) -> tuple[bool, int | None]:
    """(is this "the prompt does not fit", the window if the server named it)."""
    code = ""
    window: int | None = None
    if isinstance(body, dict):
        error = body.get("error")
        inner: dict[str, Any] = error if isinstance(error, dict) else body
        code = str(inner.get("code") or "") + " " + str(inner.get("type") or "")
        window = _int(inner.get("n_ctx"))
        message = f"{message} {inner.get('message') or ''}"
    hit = "context_length_exceeded" in code or "exceed_context" in code \
        or bool(_CONTEXT_WORDS.search(message))
    if hit and window is None:
        for pattern in _WINDOW_PATTERNS:
            m = pattern.search(message)
            if m:
                window = int(m.group(1))
                break
    return hit, window
