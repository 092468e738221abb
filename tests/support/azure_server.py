"""A local fake of the Azure OpenAI chat completions API, for tests (127.0.0.1 only).

Speaks the deployments API (``/openai/deployments/{d}/chat/completions?api-version=``, ``api-key``
header or bearer token), the v1 API (``/openai/v1/chat/completions``) and a plain OpenAI-compatible
path (``/v1/chat/completions``). Answers in JSON or SSE like the real service: the first streamed
chunk has empty ``choices`` and carries ``prompt_filter_results``, the usage chunk comes last when
``stream_options.include_usage`` is set, then ``data: [DONE]``. Error bodies are
``{"error": {"code", "message", ...}}``.

Every request body is recorded (``server.requests``) so tests can assert that nothing personal
reached it. Behaviour is scripted per request with ``server.script(Fault(...), ...)``; when the
script is empty the server answers normally with ``server.reply(body) -> str`` (by default it echoes
the last user message, so placeholders come back and can be un-masked).

Real OpenAI-compatible servers have other habits, chosen with ``flavour``:
- ``"llama-cpp-python"``: no usage in streams (``stream_options`` is ignored), no Azure filter
  chunk, the model name is not checked, ``GET /v1/models`` lists one alias without a window,
  ``POST /extras/tokenize/count``; ``max_completion_tokens`` is ignored (only ``max_tokens``
  bounds the answer);
- ``"llama.cpp"``: like llama-cpp-python, plus ``GET /props`` (``n_ctx``), ``POST /tokenize`` and
  ``meta.n_ctx_train`` in ``/v1/models``;
- ``"vllm"``: ``/v1/models`` with ``max_model_len``; an unknown model is a 404.
With ``context_window`` set, a prompt plus ``max_tokens`` larger than it is refused like
llama-cpp-python does: a 400 ``context_length_exceeded`` without streaming, a 200 with an empty
stream with it. ``rambling=True`` is a model that never stops by itself: it writes until
``max_tokens`` (or the window) and ends on ``finish_reason: "length"``. Tokens are counted as one
per ``chars_per_token`` characters of each message.

Faults: ``Fault.status(401|404|500...)``, ``Fault.rate_limit(retry_after)``,
``Fault.content_filter(category)``, ``Fault.cut(after_chunks)`` (stream stops without finish or
[DONE]), ``Fault.slow(delay)`` (per-chunk delay), ``Fault.hang(seconds)`` (no answer at all),
``Fault.output_filter(category, after_chunks)``. All waits are bounded and end on ``stop()``.

Embeddings (``POST /openai/deployments/{d}/embeddings?api-version=``, body ``{"input": [...]}``)
answer with deterministic vectors: hashed character bigrams of the text after a few phrases are
replaced by a shared concept word (``EMBEDDING_CONCEPTS``), so a paraphrase lands near what it
paraphrases while sharing no bigram with it. They say nothing about a real model's quality.
Requests are recorded like chat requests (``embedding_requests``); scripted status faults apply.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import math
import re
import struct
import threading
import time
import unicodedata
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

ROLES = {"system", "user", "assistant", "tool", "function", "developer"}
MAX_WAIT = 10.0
_DEPLOYMENT_PATH = re.compile(r"^/openai/deployments/(?P<dep>[^/]+)/chat/completions$")
_V1_PATHS = ("/openai/v1/chat/completions", "/v1/chat/completions")
_EMBEDDINGS_PATH = re.compile(r"^/openai/deployments/(?P<dep>[^/]+)/embeddings$")
EMBEDDING_DIM = 256
# Phrases that mean the same thing without a shared character: each becomes one concept token.
EMBEDDING_CONCEPTS: dict[str, str] = {
    "在宅勤務": "\ue000", "テレワーク": "\ue000", "自宅で働": "\ue000", "家で仕事": "\ue000",
    "自家用車": "\ue001", "マイカー": "\ue001", "自分の車": "\ue001",
}


def fake_embedding(text: str) -> list[float]:
    """A unit vector of hashed character bigrams (concept phrases folded first)."""
    norm = unicodedata.normalize("NFKC", text)
    for phrase, concept in EMBEDDING_CONCEPTS.items():
        norm = norm.replace(phrase, concept * 3)  # weighs like a few shared bigrams
    vec = [0.0] * EMBEDDING_DIM
    for a, b in itertools.pairwise(norm):
        if a.isspace() or b.isspace():
            continue
        h = hashlib.blake2b((a + b).encode("utf-8"), digest_size=4).digest()
        vec[int.from_bytes(h, "little") % EMBEDDING_DIM] += 1.0
    length = math.sqrt(sum(v * v for v in vec)) or 1.0
    return [v / length for v in vec]


@dataclass(frozen=True)
class Fault:
    kind: str
    status: int = 200
    retry_after: str | None = None
    category: str = ""
    after_chunks: int = 0
    delay: float = 0.0
    seconds: float = 0.0

    @classmethod
    def status_code(cls, status: int) -> Fault:
        return cls("status", status=status)

    @classmethod
    def rate_limit(cls, retry_after: float | str | None = "0.1") -> Fault:
        return cls("status", status=429,
                   retry_after=None if retry_after is None else str(retry_after))

    @classmethod
    def content_filter(cls, category: str = "violence") -> Fault:
        return cls("content_filter", status=400, category=category)

    @classmethod
    def output_filter(cls, category: str = "violence", after_chunks: int = 2) -> Fault:
        return cls("output_filter", category=category, after_chunks=after_chunks)

    @classmethod
    def cut(cls, after_chunks: int = 3) -> Fault:
        return cls("cut", after_chunks=after_chunks)

    @classmethod
    def slow(cls, delay: float = 0.05) -> Fault:
        return cls("slow", delay=delay)

    @classmethod
    def hang(cls, seconds: float = 5.0) -> Fault:
        return cls("hang", seconds=min(seconds, MAX_WAIT))


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # names lower-cased
    raw: bytes
    body: Any = None
    status: int = 0

    @property
    def text(self) -> str:
        return self.raw.decode("utf-8", "replace")

    @property
    def prompt_text(self) -> str:
        """All message contents, decoded (what a model would read)."""
        if not isinstance(self.body, dict):
            return ""
        return "\n".join(str(m.get("content", "")) for m in self.body.get("messages", [])
                         if isinstance(m, dict))


def default_reply(body: dict[str, Any]) -> str:
    users = [m for m in body.get("messages", []) if m.get("role") == "user"]
    last = str(users[-1].get("content", "")) if users else ""
    return "承知しました。\n" + last


def _fake_tokens(text: str, chars_per_token: float = 2.0) -> int:
    return max(1, math.ceil(len(text) / chars_per_token))


def validate_chat_request(body: Any) -> str | None:
    """Essentials of createChatCompletionRequest (2024-10-21); a message on failure."""
    if not isinstance(body, dict):
        return "request body must be a JSON object"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "'messages' is required and must be a non-empty array"
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ROLES:
            return f"messages[{i}].role is invalid"
        content = m.get("content")
        if m["role"] in ("system", "user") and not isinstance(content, str | list):
            return f"messages[{i}].content must be a string or an array"
    if "stream" in body and not isinstance(body["stream"], bool | None):
        return "'stream' must be a boolean"
    if body.get("stream_options") is not None and not body.get("stream"):
        return "'stream_options' is only allowed when 'stream' is true"
    t = body.get("temperature")
    if t is not None and not (isinstance(t, int | float) and 0 <= t <= 2):
        return "'temperature' must be between 0 and 2"
    for name in ("max_tokens", "max_completion_tokens"):
        mt = body.get(name)
        if mt is not None and not (isinstance(mt, int) and mt > 0):
            return f"'{name}' must be a positive integer"
    if body.get("max_tokens") is not None and body.get("max_completion_tokens") is not None:
        return "'max_tokens' and 'max_completion_tokens' cannot both be set"
    n = body.get("n")
    if n is not None and n != 1:
        return "'n' other than 1 is not supported by this fake"
    return None


class FakeAzureOpenAI:
    """Start with ``start()`` (or use as a context manager); ``endpoint`` is the Azure endpoint."""

    def __init__(self, *, api_key: str = "test-key",
                 deployments: tuple[str, ...] = ("gpt-4o-mini",),
                 api_versions: tuple[str, ...] = ("2024-10-21", "2025-04-01-preview"),
                 chunk_chars: int = 8, flavour: str = "azure",
                 context_window: int | None = None, rambling: bool = False,
                 chars_per_token: float = 2.0, chunk_delay: float = 0.0,
                 embedding_deployments: tuple[str, ...] = ("text-embedding-3-small",)) -> None:
        assert flavour in ("azure", "llama-cpp-python", "llama.cpp", "vllm")
        self.flavour = flavour
        self.context_window = context_window
        self.rambling = rambling
        self.chars_per_token = chars_per_token
        self.chunk_delay = chunk_delay
        self.api_key = api_key
        self.deployments = set(deployments)
        self.embedding_deployments = set(embedding_deployments)
        self.api_versions = set(api_versions)
        self.chunk_chars = chunk_chars
        self.reply: Callable[[dict[str, Any]], str] = default_reply
        self.requests: list[RecordedRequest] = []
        self._script: deque[Fault] = deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # Control ------------------------------------------------------------------------------
    def script(self, *faults: Fault) -> None:
        with self._lock:
            self._script.extend(faults)

    def _next_fault(self) -> Fault | None:
        with self._lock:
            return self._script.popleft() if self._script else None

    @property
    def port(self) -> int:
        assert self._httpd is not None
        return self._httpd.server_address[1]

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def openai_base_url(self) -> str:
        return f"{self.endpoint}/v1"

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.method == "POST" and r.path.endswith("/completions")]

    @property
    def embedding_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.method == "POST" and r.path.endswith("/embeddings")]

    def tokens(self, text: str) -> int:
        return _fake_tokens(text, self.chars_per_token)

    @property
    def llama(self) -> bool:
        return self.flavour in ("llama-cpp-python", "llama.cpp")

    def all_request_text(self) -> str:
        return "\n".join(r.text for r in self.requests)

    def start(self) -> FakeAzureOpenAI:
        server = self

        class Handler(_Handler):
            fake = server

        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.05},
                                        name="fake-azure", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds`` (bounded); True if the server is stopping."""
        return self._stop.wait(min(seconds, MAX_WAIT))

    def __enter__(self) -> FakeAzureOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Garbage on the socket (a TLS hello in the TLS test, a client that hung up) is expected.
        return


class _Handler(BaseHTTPRequestHandler):
    fake: FakeAzureOpenAI
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    # Helpers ------------------------------------------------------------------------------
    def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("apim-request-id", str(uuid.uuid4()))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)
        self._record.status = status

    def _error(self, http_status: int, code: str, message: str,
               headers: dict[str, str] | None = None, **extra: Any) -> None:
        self._send_json(http_status, {"error": {"code": code, "message": message, **extra}},
                        headers)

    def _authorised(self) -> bool:
        key = self.headers.get("api-key")
        auth = self.headers.get("Authorization", "")
        bearer = auth[7:] if auth.lower().startswith("bearer ") else None
        return self.fake.api_key in (key, bearer)

    def do_GET(self) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        self._record = RecordedRequest("GET", self.path, {}, headers, b"")
        self.fake.requests.append(self._record)
        fake = self.fake
        path = urlsplit(self.path).path
        if path == "/v1/models" and fake.flavour != "azure":
            data = []
            for name in sorted(fake.deployments):
                entry: dict[str, Any] = {"id": name, "object": "model", "owned_by": "me"}
                if fake.flavour == "vllm" and fake.context_window:
                    entry["max_model_len"] = fake.context_window
                if fake.flavour == "llama.cpp":
                    # The training context: larger than what the server was started with.
                    entry["meta"] = {"n_ctx_train": 32768, "n_vocab": 262144}
                data.append(entry)
            self._send_json(200, {"object": "list", "data": data})
            return
        if path == "/props" and fake.flavour == "llama.cpp":
            self._send_json(200, {"default_generation_settings": {"n_ctx": fake.context_window},
                                  "total_slots": 1})
            return
        self._error(404, "404", "Resource not found")

    def _tokenize(self, path: str) -> bool:
        """llama.cpp's and llama-cpp-python's tokenizer endpoints; True if answered."""
        fake = self.fake
        body = self._record.body if isinstance(self._record.body, dict) else {}
        if path == "/tokenize" and fake.flavour == "llama.cpp":
            n = fake.tokens(str(body.get("content", "")))
            self._send_json(200, {"tokens": list(range(n))})
            return True
        if path == "/extras/tokenize/count" and fake.flavour == "llama-cpp-python":
            self._send_json(200, {"count": fake.tokens(str(body.get("input", "")))})
            return True
        return False

    def do_POST(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        query = parse_qs(parts.query)
        self._record = RecordedRequest("POST", parts.path, query,
                                       {k.lower(): v for k, v in self.headers.items()}, raw)
        self.fake.requests.append(self._record)
        try:
            self._record.body = json.loads(raw or b"null")
        except ValueError:
            self._error(400, "invalid_request_error", "Invalid JSON body")
            return
        if self._tokenize(parts.path):
            return
        e = _EMBEDDINGS_PATH.match(parts.path)
        if e is not None:
            self._embeddings(e.group("dep"), query)
            return
        m = _DEPLOYMENT_PATH.match(parts.path)
        if m is None and parts.path not in _V1_PATHS:
            self._error(404, "404", "Resource not found")
            return
        if not self._authorised():
            self._error(401, "401", "Access denied due to invalid subscription key or wrong API "
                                    "endpoint. Make sure to provide a valid key for an active "
                                    "subscription and use a correct regional API endpoint.")
            return
        if m is not None:
            version = (query.get("api-version") or [""])[0]
            if not version:
                self._error(404, "404", "Resource not found")
                return
            if version not in self.fake.api_versions:
                self._error(400, "BadRequest", "API version not supported")
                return
            deployment = m.group("dep")
        else:
            deployment = str((self._record.body or {}).get("model", ""))
        problem = validate_chat_request(self._record.body)
        if problem:
            self._error(400, "invalid_request_error", problem, param="messages")
            return
        fault = self.fake._next_fault()
        if fault is not None and fault.kind == "hang":
            self.fake.wait(fault.seconds)
            self.close_connection = True
            return
        if fault is not None and fault.kind == "status":
            self._scripted_status(fault)
            return
        if self.fake.llama:
            pass  # one model per server: llama.cpp's servers answer whatever name is sent
        elif self.fake.flavour == "vllm" and deployment not in self.fake.deployments:
            self._error(404, "NotFoundError", f"The model `{deployment}` does not exist.")
            return
        elif deployment not in self.fake.deployments:
            self._error(404, "DeploymentNotFound", "The API deployment for this resource does "
                                                   "not exist. If you created the deployment "
                                                   "within the last 5 minutes, please wait a "
                                                   "moment and try again.")
            return
        if fault is not None and fault.kind == "content_filter":
            self._content_filter(fault.category)
            return
        body = self._record.body
        fake = self.fake
        prompt_tokens = sum(fake.tokens(str(m.get("content", ""))) for m in body["messages"])
        budget = body.get("max_tokens")
        if budget is None and not fake.llama:
            budget = body.get("max_completion_tokens")  # llama.cpp's servers ignore this name
        if fake.context_window and prompt_tokens + (budget or 0) > fake.context_window:
            if body.get("stream"):
                self._empty_stream()
            else:
                self._error(400, "context_length_exceeded",
                            f"This model's maximum context length is {fake.context_window} "
                            f"tokens. However, you requested {prompt_tokens + (budget or 0)} "
                            f"tokens ({prompt_tokens} in the messages, {budget or 0} in the "
                            "completion). Please reduce the length of the messages or "
                            "completion.", type="invalid_request_error", param="messages")
            return
        answer, finish = self._answer(body, prompt_tokens, budget)
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage")) \
                and not fake.llama
            self._stream(answer, deployment, prompt_tokens, include_usage, fault, finish)
        else:
            self._send_json(200, self._completion(answer, deployment, prompt_tokens, finish))

    def _embeddings(self, deployment: str, query: dict[str, list[str]]) -> None:
        """Azure's embeddings API (2024-10-21): ``input`` a string or an array of strings."""
        if not self._authorised():
            self._error(401, "401", "Access denied due to invalid subscription key or wrong API "
                                    "endpoint.")
            return
        version = (query.get("api-version") or [""])[0]
        if version not in self.fake.api_versions:
            self._error(404 if not version else 400, "BadRequest", "API version not supported")
            return
        body = self._record.body
        inputs = body.get("input") if isinstance(body, dict) else None
        if isinstance(inputs, str):
            inputs = [inputs]
        if (not isinstance(inputs, list) or not inputs or len(inputs) > 2048
                or not all(isinstance(t, str) and t for t in inputs)):
            self._error(400, "invalid_request_error",
                        "'input' must be a non-empty string or array of strings", param="input")
            return
        fault = self.fake._next_fault()
        if fault is not None and fault.kind == "status":
            self._scripted_status(fault)
            return
        if deployment not in self.fake.embedding_deployments:
            self._error(404, "DeploymentNotFound", "The API deployment for this resource does "
                                                   "not exist.")
            return
        base64_wanted = body.get("encoding_format") == "base64"
        data = []
        for i, text in enumerate(inputs):
            vec = fake_embedding(text)
            out: Any = vec
            if base64_wanted:
                out = base64.b64encode(struct.pack(f"<{len(vec)}f", *vec)).decode("ascii")
            data.append({"object": "embedding", "index": i, "embedding": out})
        tokens = sum(self.fake.tokens(t) for t in inputs)
        self._send_json(200, {"object": "list", "data": data, "model": deployment,
                              "usage": {"prompt_tokens": tokens, "total_tokens": tokens}})

    def _answer(self, body: dict[str, Any], prompt_tokens: int,
                budget: int | None) -> tuple[str, str]:
        fake = self.fake
        answer = fake.reply(body)
        room = (fake.context_window - prompt_tokens) if fake.context_window else None
        limit = min(x for x in (budget, room) if x is not None) \
            if budget is not None or room is not None else None
        if fake.rambling:
            # Never stops by itself: writes until the budget (or the window) is used up.
            limit = limit or 4096
            text = (answer + "\n") * (limit * int(fake.chars_per_token) // max(1, len(answer)) + 1)
            return text[:int(limit * fake.chars_per_token)], "length"
        if limit is not None and fake.tokens(answer) > limit:
            return answer[:int(limit * fake.chars_per_token)], "length"
        return answer, "stop"

    def _empty_stream(self) -> None:
        """llama-cpp-python's answer to a streamed over-long prompt: 200, then nothing."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self._record.status = 200
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _scripted_status(self, fault: Fault) -> None:
        headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
        if fault.status == 429:
            self._error(429, "429", "Requests to the ChatCompletions_Create Operation have "
                                    "exceeded token rate limit. Please retry after 1 second.",
                        headers)
        elif fault.status == 404:
            self._error(404, "DeploymentNotFound", "The API deployment for this resource does "
                                                   "not exist.")
        elif fault.status == 401:
            self._error(401, "401", "Access denied due to invalid subscription key.")
        else:
            self._error(fault.status, "InternalServerError" if fault.status >= 500 else "error",
                        "The server had an error while processing your request.", headers)

    def _content_filter(self, category: str) -> None:
        results = {c: {"filtered": False, "severity": "safe"}
                   for c in ("hate", "sexual", "violence", "self_harm")}
        results["jailbreak"] = {"filtered": False, "detected": False}
        if category == "jailbreak":
            results["jailbreak"] = {"filtered": True, "detected": True}
        else:
            results[category] = {"filtered": True, "severity": "high"}
        self._error(400, "content_filter",
                    "The response was filtered due to the prompt triggering Azure OpenAI's "
                    "content management policy.", param="prompt", type=None, status=400,
                    innererror={"code": "ResponsibleAIPolicyViolation",
                                "content_filter_result": results})

    def _completion(self, answer: str, model: str, prompt_tokens: int,
                    finish: str = "stop") -> dict[str, Any]:
        completion = self.fake.tokens(answer)
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "object": "chat.completion",
            "created": int(time.time()), "model": model, "system_fingerprint": "fp_fake",
            "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": {}}],
            "choices": [{"index": 0, "finish_reason": finish, "logprobs": None,
                         "message": {"role": "assistant", "content": answer},
                         "content_filter_results": {}}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion,
                      "total_tokens": prompt_tokens + completion},
        }

    def _event(self, payload: Any) -> None:
        data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
        self._chunk(f"data: {data}\n\n".encode())

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _stream(self, answer: str, model: str, prompt_tokens: int, include_usage: bool,
                fault: Fault | None, finish: str = "stop") -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self._record.status = 200
        cid = f"chatcmpl-{uuid.uuid4().hex[:12]}"
        base = {"id": cid, "object": "chat.completion.chunk", "created": int(time.time()),
                "model": model, "system_fingerprint": "fp_fake"}
        delay = fault.delay if fault is not None and fault.kind == "slow" else self.fake.chunk_delay
        try:
            if not self.fake.llama:
                # Azure: the first chunk has no choices, only the prompt filter results.
                self._event({"id": "", "object": "", "created": 0, "model": "", "choices": [],
                             "prompt_filter_results": [{"prompt_index": 0,
                                                        "content_filter_results": {}}]})
            self._event({**base, "choices": [{"index": 0, "finish_reason": None,
                                              "delta": {"role": "assistant", "content": ""},
                                              "content_filter_results": {}}], "usage": None})
            size = max(1, self.fake.chunk_chars)
            pieces = [answer[i:i + size] for i in range(0, len(answer), size)]
            for n, piece in enumerate(pieces):
                if fault is not None and fault.kind == "cut" and n >= fault.after_chunks:
                    self.close_connection = True
                    return  # connection dropped: no finish_reason, no [DONE], no final chunk
                if fault is not None and fault.kind == "output_filter" and n >= fault.after_chunks:
                    self._event({**base, "choices": [{
                        "index": 0, "finish_reason": "content_filter", "delta": {},
                        "content_filter_results": {fault.category: {"filtered": True,
                                                                     "severity": "high"}}}]})
                    break
                if delay and self.fake.wait(delay):
                    return
                self._event({**base, "choices": [{"index": 0, "finish_reason": None,
                                                  "delta": {"content": piece},
                                                  "content_filter_results": {}}],
                             "usage": None})
            else:
                self._event({**base, "choices": [{"index": 0, "finish_reason": finish,
                                                  "delta": {}, "content_filter_results": {}}],
                             "usage": None})
            if include_usage:
                completion = self.fake.tokens(answer)
                self._event({**base, "choices": [], "usage": {
                    "prompt_tokens": prompt_tokens, "completion_tokens": completion,
                    "total_tokens": prompt_tokens + completion}})
            self._event("[DONE]")
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

