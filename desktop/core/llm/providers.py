"""Chat providers over the ``openai`` SDK: Azure OpenAI (deployments API and v1 API) and any
OpenAI-compatible server. The clipboard relay needs no provider (see ``desktop.core.pipeline``).

A provider only knows how to open one request and yield ``ChatEvent``s; retries, cancel and
error messages live in ``desktop.core.llm.client`` so every provider behaves the same. The SDK's
own retries are off (``max_retries=0``): one retry layer, ours, which can be cancelled.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from desktop.core.llm.cost import TokenUsage
from desktop.core.llm.errors import (
    ContextExceeded,
    EndpointNotFound,
    EntraIdUnavailable,
    LlmError,
    ModelNotFound,
    ProviderNotConfigured,
)
from desktop.core.llm.network import build_http_client, timeout_for
from desktop.core.llm.server_info import ServerInfo, list_models, probe
from desktop.core.settings import Settings

if TYPE_CHECKING:
    import httpx2

if TYPE_CHECKING:
    import openai

log = logging.getLogger(__name__)

ENTRA_SCOPE = "https://cognitiveservices.azure.com/.default"
Message = dict[str, str]


@dataclass(frozen=True)
class ChatEvent:
    delta: str = ""
    usage: TokenUsage | None = None
    finish_reason: str | None = None
    filtered: tuple[str, ...] = ()  # content-filter categories that stopped the output


class ChatProvider(Protocol):
    name: str

    @property
    def url(self) -> str: ...  # the URL requests go to, for messages (never holds a key)

    def events(self, messages: Sequence[Message], *, stream: bool,
               max_tokens: int | None = None) -> Iterator[ChatEvent]: ...

    def abort(self) -> None: ...  # from another thread: drop the open response

    def close(self) -> None: ...

    def server_info(self) -> ServerInfo: ...  # context window, tokenizer (probed once)

    def explain_not_found(self) -> LlmError | None: ...  # a 404 in words for this provider


def _filtered_categories(results: Any) -> tuple[str, ...]:
    if not isinstance(results, dict):
        return ()
    return tuple(k for k, v in results.items()
                 if isinstance(v, dict) and (v.get("filtered") or False))


def _usage(raw: Any) -> TokenUsage | None:
    if raw is None:
        return None
    return TokenUsage(int(getattr(raw, "prompt_tokens", 0) or 0),
                      int(getattr(raw, "completion_tokens", 0) or 0))


def output_parameter(settings: Settings) -> str:
    """The request field that carries the output budget.

    Azure's newer API versions (and its reasoning models, which refuse ``max_tokens``) take
    ``max_completion_tokens``; OpenAI-compatible servers (llama.cpp, vLLM, Ollama) all read
    ``max_tokens``, and some ignore the newer name, which would leave the answer unbounded.
    """
    if settings.output_budget_parameter != "auto":
        return settings.output_budget_parameter
    if settings.provider == "azure" and (settings.azure_api == "v1"
                                         or settings.api_version >= "2024-09-01"):
        return "max_completion_tokens"
    return "max_tokens"


def fold_system_into_user(messages: Sequence[Message]) -> list[Message]:
    """For chat formats without a system role: the system text opens the first user message."""
    system = "\n\n".join(m["content"] for m in messages if m.get("role") == "system")
    rest = [dict(m) for m in messages if m.get("role") != "system"]
    if not system:
        return rest
    for m in rest:
        if m.get("role") == "user":
            m["content"] = f"{system}\n\n{m['content']}"
            return rest
    return [{"role": "user", "content": system}, *rest]


class OpenAISdkProvider:
    """One SDK client; ``model`` is the Azure deployment name or the server's model name."""

    def __init__(self, name: str, client: openai.OpenAI, model: str, url: str, *,
                 output_param: str = "max_tokens", http: httpx2.Client | None = None,
                 base_url: str = "", headers: dict[str, str] | None = None,
                 context_window: int = 0, system_as_user: bool = False) -> None:
        self.name = name
        self._client = client
        self._model = model
        self._url = url
        self.output_param = output_param
        self._http = http  # for the server's own endpoints (OpenAI-compatible servers only)
        self._base_url = base_url
        self._headers = headers or {}
        self._context_window = context_window  # from settings; 0 = ask the server
        self._system_as_user = system_as_user
        self._info: ServerInfo | None = None
        self._lock = threading.Lock()
        self._open: Any = None

    @property
    def model(self) -> str:
        return self._model

    @property
    def known_context_window(self) -> int | None:
        """The window if already known (settings or an earlier probe); never probes."""
        if self._context_window:
            return self._context_window
        return self._info.context_window if self._info is not None else None

    def server_info(self) -> ServerInfo:
        """Probed once per provider; a window set in settings wins over the server's."""
        if self._info is None:
            if self._http is not None and self._base_url:
                info = probe(self._http, self._base_url, self._model, self._headers)
            else:
                info = ServerInfo()
            if self._context_window:
                info.context_window, info.window_source = self._context_window, "settings"
            self._info = info
        return self._info

    def explain_not_found(self) -> LlmError | None:
        """A 404 from an OpenAI-compatible server: a wrong base URL or a model it lacks."""
        if self._http is None or not self._base_url:
            return None  # Azure: the deployment message says it
        served, _entries = list_models(self._http, self._base_url, self._headers)
        if served is None:
            base = self._base_url.rstrip("/")
            suggestion = "" if base.endswith("/v1") else base + "/v1"
            return EndpointNotFound(self._url, suggestion=suggestion)
        if self._model not in served:
            return ModelNotFound(self._model, served)
        return EndpointNotFound(self._url)

    @property
    def url(self) -> str:
        return self._url

    @property
    def host(self) -> str:
        return urlsplit(self._url).netloc or self._url

    def events(self, messages: Sequence[Message], *, stream: bool,
               max_tokens: int | None = None) -> Iterator[ChatEvent]:
        extra: dict[str, Any] = {}
        if max_tokens:
            extra[self.output_param] = max_tokens
        if self._system_as_user:
            messages = fold_system_into_user(messages)
        # The output budget's parameter name depends on the server (max_tokens or
        # max_completion_tokens), which the SDK's overloads cannot express: call it untyped.
        create: Any = self._client.chat.completions.create
        if not stream:
            resp = create(model=self._model, messages=list(messages), stream=False, **extra)
            choice = resp.choices[0] if resp.choices else None
            text = (choice.message.content or "") if choice else ""
            yield ChatEvent(delta=text, usage=_usage(resp.usage),
                            finish_reason=choice.finish_reason if choice else None,
                            filtered=_filtered_categories(
                                getattr(choice, "content_filter_results", None)))
            return
        response = create(model=self._model, messages=list(messages), stream=True,
                          stream_options={"include_usage": True}, **extra)
        with self._lock:
            self._open = response
        chunks = 0
        try:
            for chunk in response:
                chunks += 1
                usage = _usage(getattr(chunk, "usage", None))
                if not chunk.choices:
                    # Azure's first chunk carries only prompt_filter_results; the last one usage.
                    if usage is not None:
                        yield ChatEvent(usage=usage)
                    continue
                choice = chunk.choices[0]
                delta = (choice.delta.content or "") if choice.delta else ""
                yield ChatEvent(delta=delta, usage=usage, finish_reason=choice.finish_reason,
                                filtered=_filtered_categories(
                                    getattr(choice, "content_filter_results", None)))
        finally:
            with self._lock:
                self._open = None
            response.close()
        if chunks == 0:
            # llama.cpp's servers answer a streamed prompt longer than their context with a 200
            # and a stream that ends at once: nothing was cut, nothing was generated.
            raise ContextExceeded(window=self.known_context_window,
                                  detail="200 with an empty stream")

    def abort(self) -> None:
        with self._lock:
            response = self._open
        if response is not None:
            try:
                response.close()
            except Exception as exc:
                log.debug("abort close failed: %s", type(exc).__name__)

    def close(self) -> None:
        self._client.close()


def _entra_token_provider() -> Callable[[], str]:
    try:
        from azure.identity import DefaultAzureCredential, get_bearer_token_provider
    except ImportError as exc:
        raise EntraIdUnavailable(detail=type(exc).__name__) from exc
    # A clerk's PC has no developer tooling signed in; the chain's interactive browser step
    # (off by default) is what lets the clerk sign in with their organisational account once.
    credential = DefaultAzureCredential(exclude_interactive_browser_credential=False)
    return get_bearer_token_provider(credential, ENTRA_SCOPE)


def _require(value: str, label: str) -> str:
    if not value.strip():
        raise ProviderNotConfigured(
            f"設定の「{label}」が空です。設定画面で入力するか、情報システム担当に確認してください。",
            detail=f"missing {label}",
        )
    return value.strip()


def _key(api_key: Callable[[], str]) -> str:
    key = api_key()
    if not key:
        raise ProviderNotConfigured(
            "API キーが設定されていません。設定画面で API キーを入力してください"
            "（コマンドラインでは環境変数 OFFICE_ASSISTANT_API_KEY でも指定できます）。",
            detail="missing api key",
        )
    return key


def azure_chat_url(settings: Settings) -> str:
    endpoint = settings.endpoint.strip().rstrip("/")
    if settings.azure_api == "v1":
        return f"{endpoint}/openai/v1/chat/completions"
    return (f"{endpoint}/openai/deployments/{settings.deployment.strip()}/chat/completions"
            f"?api-version={settings.api_version}")


def azure_endpoint(settings: Settings) -> str:
    """The configured Azure endpoint without a trailing slash; ``ProviderNotConfigured`` if
    none is set."""
    return _require(settings.endpoint, "エンドポイント").rstrip("/")


def azure_client(settings: Settings, api_key: Callable[[], str], deployment: str,
                 url: str) -> openai.OpenAI:
    """The SDK client for one Azure deployment (chat or embeddings): the deployment API with
    api-version or the v1 API, the key from the keychain or Entra ID, proxy and TLS from the
    settings for ``url``, the SDK's own retries off (ours decide what is retried)."""
    import openai

    endpoint = azure_endpoint(settings)
    http = build_http_client(settings, url)
    timeout = timeout_for(settings)
    if settings.auth_mode == "entra_id":
        token_provider = _entra_token_provider()
        auth: dict[str, Any] = {"azure_ad_token_provider": token_provider}
        v1_auth: dict[str, Any] = {"api_key": token_provider}
    else:
        key = _key(api_key)
        auth = {"api_key": key}
        v1_auth = {"api_key": key, "default_headers": {"api-key": key}}
    if settings.azure_api == "v1":
        return openai.OpenAI(base_url=f"{endpoint}/openai/v1/", max_retries=0, timeout=timeout,
                             http_client=http, **v1_auth)
    return openai.AzureOpenAI(azure_endpoint=endpoint, azure_deployment=deployment,
                              api_version=settings.api_version, max_retries=0, timeout=timeout,
                              http_client=http, **auth)


def preload_sdk() -> None:
    """Import the SDK ahead of the first request (the GUI calls this on a worker at start-up).

    Importing it takes about a second and builds pydantic schemas that hold the GIL for tens
    of milliseconds at a time: done during the first request, that stalls the streaming UI.
    """
    import openai  # noqa: F401


def make_provider(settings: Settings, api_key: Callable[[], str]) -> OpenAISdkProvider:
    """The provider ``settings`` selects; ``ProviderNotConfigured`` if something is missing."""
    import openai  # imported on first use: it costs ~1 s, off the path to the window

    if settings.provider not in settings.allowed_providers:
        raise ProviderNotConfigured(
            f"接続方式「{settings.provider}」は組織のポリシーで許可されていません。",
            detail=f"provider {settings.provider} not allowed",
        )
    timeout = timeout_for(settings)
    if settings.provider == "azure":
        deployment = _require(settings.deployment, "デプロイ名")
        url = azure_chat_url(settings)
        client = azure_client(settings, api_key, deployment, url)
        return OpenAISdkProvider("azure", client, deployment, url,
                                 output_param=output_parameter(settings),
                                 context_window=settings.context_window_tokens)
    if settings.provider == "openai_compatible":
        base_url = _require(settings.base_url, "ベース URL（OpenAI 互換）").rstrip("/")
        model = _require(settings.model, "モデル名（OpenAI 互換）")
        url = f"{base_url}/chat/completions"
        # On-premises servers often need no key; the SDK insists on one, so send a dummy.
        key = api_key() or "unused"
        http = build_http_client(settings, url)
        client = openai.OpenAI(base_url=base_url + "/", api_key=key, max_retries=0,
                               timeout=timeout, http_client=http)
        return OpenAISdkProvider("openai_compatible", client, model, url,
                                 output_param=output_parameter(settings), http=http,
                                 base_url=base_url,
                                 headers={"Authorization": f"Bearer {key}"},
                                 context_window=settings.context_window_tokens,
                                 system_as_user=settings.system_as_user)
    raise ProviderNotConfigured(
        "接続方式が「クリップボード経由」のため、AI サービスには直接接続しません。",
        detail="clipboard provider has no endpoint",
    )
