"""The connection test: one tiny real request, the result in plain words.

The same function serves the settings dialog's 接続テスト, ``office-assistant config test`` and
``self-test --connection``.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from desktop.core.errors import UserFacingError
from desktop.core.i18n import N_
from desktop.core.llm.client import run_chat
from desktop.core.llm.errors import OutputTruncated
from desktop.core.llm.providers import make_provider
from desktop.core.settings import Settings

PING = [{"role": "user", "content": "接続テストです。「OK」とだけ返してください。"}]
# Enough for "OK" from any model; small models that never stop by themselves end here at once.
PING_MAX_TOKENS = 16


def test_connection(settings: Settings, api_key: Callable[[], str]) -> tuple[bool, str]:
    """(ok, Japanese message). ``api_key`` is called when the key is needed (the keychain may
    ask the user). Blocking: call it on a worker thread."""
    if settings.provider == "clipboard":
        return True, N_("接続方式が「クリップボード経由」のため、AI サービスへの接続は行いません。")
    started = time.perf_counter()
    details: list[str] = []
    try:
        provider = make_provider(settings, api_key)
        try:
            # An answer cut by the ping's tiny budget is still an answer: the server works.
            with contextlib.suppress(OutputTruncated):
                run_chat(provider, PING, stream=False, max_retries=0,
                         timeout_seconds=settings.request_timeout_seconds,
                         max_tokens=PING_MAX_TOKENS)
            if settings.provider == "openai_compatible":
                details = _server_details(provider, settings)
        finally:
            provider.close()
    except UserFacingError as exc:
        return False, exc.user_message
    seconds = time.perf_counter() - started
    what = settings.deployment if settings.provider == "azure" else settings.model
    message = N_("接続できました（{what}、応答まで {seconds:.1f} 秒）。").format(
        what=what, seconds=seconds)
    return True, "".join([message, *details])


def _server_details(provider: object, settings: Settings) -> list[str]:
    """What the server said about itself, for IT: its context window and tokenizer."""
    probe = getattr(provider, "server_info", None)
    if probe is None:
        return []
    info = probe()
    out: list[str] = []
    if info.context_window:
        out.append(N_("コンテキスト長 {window} トークン（{source}）。").format(
            window=info.context_window,
            source=N_("設定値") if info.window_source == "settings" else N_("サーバーから取得")))
    else:
        out.append(N_("サーバーはコンテキスト長を公開していません。長い文書を扱う場合は設定"
                      "「サーバーのコンテキスト長」を入れてください。"))
    if info.tokenizer:
        out.append(N_("トークン数はサーバーのトークナイザーで数えます。"))
    served = info.served_models or []
    if served and settings.model not in served:
        out.append(N_("注意: サーバーが公開しているモデル名は {served} です（設定: {model}）。").format(
            served="、".join(served), model=settings.model))
    return out


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
