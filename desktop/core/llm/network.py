"""The HTTP client every provider uses: proxy, TLS trust and timeouts from settings.

Proxy precedence: the explicit ``proxy`` setting > a PAC file (``pac_url``, evaluated by pypac)
> the environment (HTTP(S)_PROXY / NO_PROXY, which httpx honours by default). TLS uses the
operating system's certificate store through truststore when ``use_system_trust_store`` is on, so
an organisation's TLS-inspecting proxy works without ever disabling verification; ``ca_bundle``
adds a CA file on top. Verification is never turned off.
"""

from __future__ import annotations

import logging
import ssl
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx2

from desktop.core.errors import ConfigurationError
from desktop.core.settings import Settings

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_CAP = 15.0


@dataclass(frozen=True)
class ProxyChoice:
    url: str | None  # None: connect directly (or let the environment decide)
    source: str  # "setting", "pac", "environment"
    trust_env: bool = True


def ssl_context(settings: Settings) -> ssl.SSLContext:
    if settings.use_system_trust_store:
        import truststore

        ctx: ssl.SSLContext = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    else:
        import certifi

        ctx = ssl.create_default_context(cafile=certifi.where())
    if settings.ca_bundle:
        path = Path(settings.ca_bundle).expanduser()
        try:
            ctx.load_verify_locations(cafile=str(path))
        except (OSError, ssl.SSLError) as exc:
            raise ConfigurationError(
                f"設定の CA 証明書ファイル（{path}）を読み込めません。ファイルの場所と形式（PEM）を"
                "確認してください。",
                detail=f"ca_bundle unreadable: {type(exc).__name__}",
            ) from exc
    return ctx


def _proxy_from_pac(pac_url: str, target_url: str) -> ProxyChoice | None:
    try:
        import pypac
        from pypac.parser import parse_pac_value

        pac = pypac.get_pac(url=pac_url, timeout=5,
                            allowed_content_types=["application/x-ns-proxy-autoconfig",
                                                   "application/x-javascript-config",
                                                   "text/plain", "application/javascript"])
        if pac is None:
            log.warning("PAC file not available")
            return None
        host = urlsplit(target_url).hostname or ""
        choices = parse_pac_value(pac.find_proxy_for_url(target_url, host))
    except Exception as exc:
        log.warning("PAC evaluation failed: %s", type(exc).__name__)
        return None
    for choice in choices:
        if choice == "DIRECT":
            return ProxyChoice(None, "pac", trust_env=False)
        if choice.startswith(("http://", "https://")):
            return ProxyChoice(choice, "pac")
    return None


def choose_proxy(settings: Settings, target_url: str) -> ProxyChoice:
    if settings.proxy.strip():
        proxy = settings.proxy.strip()
        if "://" not in proxy:
            proxy = "http://" + proxy
        return ProxyChoice(proxy, "setting")
    if settings.pac_url.strip():
        pac_choice = _proxy_from_pac(settings.pac_url.strip(), target_url)
        if pac_choice is not None:
            return pac_choice
    return ProxyChoice(None, "environment")


def timeout_for(settings: Settings) -> httpx2.Timeout:
    total = max(1.0, float(settings.request_timeout_seconds))
    return httpx2.Timeout(total, connect=min(total, CONNECT_TIMEOUT_CAP))


def build_http_client(settings: Settings, target_url: str) -> httpx2.Client:
    """A client for requests to ``target_url`` (the proxy may depend on the URL through PAC)."""
    proxy = choose_proxy(settings, target_url)
    log.info("http client: proxy from %s", proxy.source)
    return httpx2.Client(
        verify=ssl_context(settings),
        proxy=proxy.url,
        trust_env=proxy.trust_env,
        timeout=timeout_for(settings),
        follow_redirects=False,
    )
