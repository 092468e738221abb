"""The settings dialog's "接続テスト": one tiny real request, the result in plain words."""

from __future__ import annotations

import time
from collections.abc import Callable

from desktop.core.errors import UserFacingError
from desktop.core.llm.client import run_chat
from desktop.core.llm.providers import make_provider
from desktop.core.settings import Settings

PING = [{"role": "user", "content": "接続テストです。「OK」とだけ返してください。"}]


def test_connection(settings: Settings, api_key: Callable[[], str]) -> tuple[bool, str]:
    """(ok, Japanese message). Blocking: call it on a worker thread."""
    if settings.provider == "clipboard":
        return True, "接続方式が「クリップボード経由」のため、AI サービスへの接続は行いません。"
    started = time.perf_counter()
    try:
        provider = make_provider(settings, api_key)
        try:
            run_chat(provider, PING, stream=False, max_retries=0,
                     timeout_seconds=settings.request_timeout_seconds)
        finally:
            provider.close()
    except UserFacingError as exc:
        return False, exc.user_message
    seconds = time.perf_counter() - started
    what = settings.deployment if settings.provider == "azure" else settings.model
    return True, f"接続できました（{what}、応答まで {seconds:.1f} 秒）。"


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
