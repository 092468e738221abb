"""Checks of what talks to the outside: the model's protocol (against an in-process fake, no
network), the proxy and TLS set-up, documents, and the usage database."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.documents.minimal_pdf import text_pdf
from desktop.core.selftest.model import CheckResult
from desktop.core.services import Services

if TYPE_CHECKING:
    import httpx2

_STREAM_TEXT = ("動作", "確認です。")


def _fake_stream(request: httpx2.Request) -> httpx2.Response:
    import json

    import httpx2

    body = json.loads(request.content)
    if body.get("messages", [{}])[-1].get("content") != "self-test" or not body.get("stream"):
        return httpx2.Response(400, json={"error": {"message": "unexpected request"}})
    base = {"id": "self-test", "object": "chat.completion.chunk", "created": 0, "model": "self-test"}
    chunks = [
        {**base, "choices": [], "prompt_filter_results": []},
        {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": _STREAM_TEXT[0]},
                              "finish_reason": None}]},
        {**base, "choices": [{"index": 0, "delta": {"content": _STREAM_TEXT[1]}, "finish_reason": "stop"}]},
        {**base, "choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10}},
    ]
    sse = "".join(f"data: {json.dumps(c, ensure_ascii=False)}\n\n" for c in chunks) + "data: [DONE]\n\n"
    return httpx2.Response(200, headers={"content-type": "text/event-stream"},
                           content=sse.encode("utf-8"))


def check_llm(services: Services) -> CheckResult:
    """The OpenAI SDK sends a chat request and reads a streamed answer, through the app's own
    provider and retry layer, against an in-process transport: nothing leaves the PC."""
    import httpx2
    import jiter
    import openai

    from desktop.core.llm.client import run_chat
    from desktop.core.llm.providers import OpenAISdkProvider

    started = time.perf_counter()
    endpoint = "https://self-test.invalid"
    http = httpx2.Client(transport=httpx2.MockTransport(_fake_stream))
    client = openai.AzureOpenAI(azure_endpoint=endpoint, azure_deployment="self-test",
                                api_version=services.settings.settings.api_version,
                                api_key="self-test", max_retries=0, http_client=http)
    provider = OpenAISdkProvider("azure", client, "self-test", endpoint)
    try:
        outcome = run_chat(provider, [{"role": "user", "content": "self-test"}], stream=True,
                           max_retries=0, timeout_seconds=30)
    finally:
        provider.close()
    expected = "".join(_STREAM_TEXT)
    if outcome.text != expected or outcome.usage is None or outcome.usage.completion_tokens != 3:
        return CheckResult("llm", "FAIL", f"AI サービスの応答を正しく読み取れません（{outcome.text!r}）")
    if jiter.from_json(b'{"a": [1, 2]}') != {"a": [1, 2]}:
        return CheckResult("llm", "FAIL", "JSON の解析（jiter）が正しく動作しません")
    ms = (time.perf_counter() - started) * 1000
    return CheckResult("llm", "OK", f"AI サービス用のライブラリが動作しています（openai {openai.__version__}; "
                       f"通信なしで確認; {ms:.0f} ms）")


_PAC_SAMPLE = ('function FindProxyForURL(url, host) {'
               ' if (dnsDomainIs(host, ".lg.jp")) return "DIRECT";'
               ' return "PROXY proxy.example.jp:8080"; }')


def check_network(services: Services) -> CheckResult:
    """The TLS trust the settings ask for can be built, and PAC files can be evaluated."""
    from pypac.parser import PACFile

    from desktop.core.errors import UserFacingError
    from desktop.core.llm.network import ssl_context

    settings = services.settings.settings
    try:
        ssl_context(settings)
    except UserFacingError as exc:
        return CheckResult("network", "FAIL", exc.user_message)
    pac = PACFile(_PAC_SAMPLE)
    direct = pac.find_proxy_for_url("https://www.city.example.lg.jp/", "www.city.example.lg.jp")
    proxied = pac.find_proxy_for_url("https://example.com/", "example.com")
    if direct != "DIRECT" or proxied != "PROXY proxy.example.jp:8080":
        return CheckResult("network", "FAIL", f"PAC ファイルを正しく評価できません（{direct!r}, {proxied!r}）")
    trust = "OS の証明書ストア" if settings.use_system_trust_store else "同梱の証明書"
    extra = f" + {settings.ca_bundle}" if settings.ca_bundle else ""
    return CheckResult("network", "OK", f"TLS（{trust}{extra}）と PAC の評価が使えます（通信なしで確認）")


_DOC_TEXT = "自己診断用の文書です。"
_PDF_TEXT = "Office Assistant self-test"
_DOC_PASSWORD = "self-test"


def _sample_documents(folder: Path) -> dict[str, Path]:
    """A protected .docx (msoffcrypto), a .xlsx, and an AES-256 protected .pdf (pypdf + cryptography)."""
    import io

    import docx
    import openpyxl
    from msoffcrypto.format.ooxml import OOXMLFile
    from pypdf import PdfReader, PdfWriter

    plain = io.BytesIO()
    document = docx.Document()
    document.add_paragraph(_DOC_TEXT)
    document.save(plain)
    plain.seek(0)
    locked = io.BytesIO()
    OOXMLFile(plain).encrypt(_DOC_PASSWORD, locked)
    files = {"docx": folder / "locked.docx", "xlsx": folder / "sheet.xlsx", "pdf": folder / "locked.pdf"}
    files["docx"].write_bytes(locked.getvalue())

    workbook = openpyxl.Workbook()
    workbook.active.append(["項目", _DOC_TEXT])
    workbook.save(files["xlsx"])

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(_PDF_TEXT))))
    writer.encrypt(user_password=_DOC_PASSWORD, owner_password=_DOC_PASSWORD + "-owner",
                   algorithm="AES-256")
    with open(files["pdf"], "wb") as fh:
        writer.write(fh)
    return files


def check_documents(services: Services) -> CheckResult:
    """Word, Excel and PDF files are read, password-protected ones decrypted in memory."""
    from desktop.core.documents import read_document

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="oa-selftest-") as tmp:
        files = _sample_documents(Path(tmp))
        texts = {"docx": read_document(files["docx"], password=_DOC_PASSWORD).text,
                 "xlsx": read_document(files["xlsx"]).text,
                 "pdf": read_document(files["pdf"], password=_DOC_PASSWORD).text}
    expected = {"docx": _DOC_TEXT, "xlsx": _DOC_TEXT, "pdf": _PDF_TEXT}
    wrong = [kind for kind, text in texts.items() if expected[kind] not in text]
    if wrong:
        return CheckResult("documents", "FAIL", f"文書の文字を正しく読み取れません: {', '.join(wrong)}")
    ms = (time.perf_counter() - started) * 1000
    return CheckResult("documents", "OK",
                       f"Word・Excel・PDF（パスワード付きを含む）を読み込めます（{ms:.0f} ms）")


def check_usage(services: Services) -> CheckResult:
    store = services.required_usage_store()
    message = store.recovery_message
    if message:
        return CheckResult("usage", "WARN", message)
    return CheckResult("usage", "OK", f"利用記録のデータベースを開けます（{services.paths.usage_db.name}）")
