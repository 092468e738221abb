"""Checks IT runs after every install (``office-assistant self-test``).

Each check proves a part of the product really works on this PC: it imports what that part
imports and uses it on a small sample, with no network and no dialog. ``WARN`` does not fail the
run (for example no OS keychain on a headless Linux box, where the key is kept for the session
only), ``FAIL`` does. A library that does not load is a ``FAIL`` even where the app has a way
around it: a fallback that nobody sees (masking without the fast dictionary matcher) is a
broken install that looks healthy.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from desktop.core.documents.minimal_pdf import text_pdf
from desktop.core.services import Services

Status = Literal["OK", "WARN", "FAIL"]
MAX_MESSAGE_CHARS = 600


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    message: str

    def line(self) -> str:
        """One line, whatever the message holds (IT scripts read self-test line by line)."""
        message = " / ".join(part.strip() for part in self.message.splitlines() if part.strip())
        if len(message) > MAX_MESSAGE_CHARS:
            message = message[: MAX_MESSAGE_CHARS - 1] + "…"
        return f"[{self.status}] {self.name}: {message}"


@dataclass(frozen=True)
class Check:
    """A named check. The runner gives the result this name, also when the check crashes."""

    name: str
    run: Callable[[Services], CheckResult]


def _error_text(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def run_check(check: Check, services: Services) -> CheckResult:
    try:
        result = check.run(services)
    except Exception as exc:  # a check that crashes is a failed check, not a crashed run
        return CheckResult(check.name, "FAIL", f"確認中にエラー: {_error_text(exc)}")
    return replace(result, name=check.name)


def iter_checks(checks: list[Check], services: Services) -> Iterator[CheckResult]:
    """Results one by one, so a slow or stuck check shows where it is."""
    for check in checks:
        yield run_check(check, services)


# -- the checks -----------------------------------------------------------------------------------
def check_policy(services: Services) -> CheckResult:
    if services.policy_error is not None:
        return CheckResult("policy", "FAIL", services.policy_error.user_message)
    policy = services.settings.policy
    if policy.path is None:
        return CheckResult("policy", "OK", f"ポリシーファイルなし（{services.paths.policy_file}）。既定値で動作します")
    notices = "".join("　" + n for n in policy.notices)  # retired keys: loaded, ignored
    return CheckResult("policy", "OK",
                       f"{policy.path} を読み込みました（固定項目 {len(policy.locked)} 件）{notices}")


def check_folders(services: Services) -> CheckResult:
    bad = []
    for d in services.paths.writable_dirs():
        try:
            d.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=d, prefix=".selftest-")
            os.close(fd)
            os.unlink(name)
        except OSError as exc:
            bad.append(f"{d} ({exc.strerror or type(exc).__name__})")
    if bad:
        return CheckResult("folders", "FAIL", "書き込めないフォルダがあります: " + ", ".join(bad))
    return CheckResult("folders", "OK", "設定・データ・ログ・キャッシュのフォルダに書き込めます（"
                       f"{services.paths.data_dir}）")


# Every library the app imports (``grep -rE "^\s*(import|from) " desktop/``) and the compiled
# parts they load only when first used. Importing them is cheap next to a clerk meeting the
# failure later: under Wine, numpy and every Rust extension once failed here while the rest of
# self-test stayed green.
RUNTIME_MODULES: tuple[str, ...] = (
    # AI service: the OpenAI SDK, its pydantic core (Rust), its JSON parser (Rust), its HTTP client
    "openai", "pydantic", "pydantic_core", "jiter", "httpx2", "anyio",
    # TLS and proxy: the OS certificate store, the CA bundle, PAC files and their JS engine
    "ssl", "truststore", "certifi", "pypac", "pypac.parser", "dukpy",
    # masking: the dictionary matcher (Rust), the morphological analyser and its dictionary
    "ahocorasick_rs", "fugashi", "unidic_lite", "phonenumbers",
    # documents: Word, Excel, PDF, and the decryption of protected files (cryptography is Rust)
    "docx", "lxml.etree", "openpyxl", "pypdf", "msoffcrypto", "cryptography.hazmat.primitives.ciphers",
    # Excel formulas: the engine and the numeric libraries its functions use
    "numpy", "formulas", "schedula", "scipy.stats", "scipy.optimize", "scipy.special",
    "scipy.interpolate", "scipy.linalg",
    # settings, usage log and report
    "keyring", "platformdirs", "tomli_w", "orjson", "msgspec", "sqlite3", "zipfile", "gzip",
    "multiprocessing",
    # answers: Markdown parsed for the view, the clipboard's rich text and .docx
    "markdown_it", "mdurl",
)

# keyring imports its OS back-end quietly: when the library it needs is missing it marks the
# back-end unusable and the key silently becomes "memory only". Import the parts directly.
OS_KEYCHAIN_MODULES: dict[str, tuple[str, ...]] = {
    "win32": ("keyring.backends.Windows", "win32ctypes.pywin32.win32cred"),
    "darwin": ("keyring.backends.macOS",),
    "linux": ("keyring.backends.SecretService", "secretstorage", "jeepney"),
}


def import_failures(modules: tuple[str, ...]) -> list[str]:
    """What did not import, ``"module, module（error）"`` per distinct error (numpy failing takes
    scipy with it: one entry, not six)."""
    by_error: dict[str, list[str]] = {}
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as exc:  # ImportError, OSError (a DLL), anything a broken build raises
            by_error.setdefault(_error_text(exc), []).append(name)
    return [f"{', '.join(names)}（{error}）" for error, names in by_error.items()]


def runtime_modules(platform: str = sys.platform) -> tuple[str, ...]:
    return RUNTIME_MODULES + OS_KEYCHAIN_MODULES.get(platform, ())


def check_libraries(services: Services) -> CheckResult:
    modules = runtime_modules()
    started = time.perf_counter()
    failed = import_failures(modules)
    if services.settings.settings.auth_mode == "entra_id":
        # Optional extra (``.[entra]``); needed only when the organisation signs in with Entra ID.
        failed += [f + " — 認証方式 entra_id に必要です" for f in import_failures(("azure.identity",))]
    if failed:
        return CheckResult("libraries", "FAIL", "読み込めないライブラリがあります: " + "; ".join(failed))
    ms = (time.perf_counter() - started) * 1000
    return CheckResult("libraries", "OK", f"必要なライブラリ {len(modules)} 個を読み込めます（{ms:.0f} ms）")


# Windows and macOS always have a keychain: there "memory only" means the install is broken.
OS_WITH_KEYCHAIN = ("win32", "darwin")


def check_secrets(services: Services, platform: str = sys.platform) -> CheckResult:
    ok, message = services.secrets.check()
    if ok:
        return CheckResult("secrets", "OK", message)
    if not services.secrets.persistent and platform not in OS_WITH_KEYCHAIN:
        return CheckResult("secrets", "WARN", message)
    return CheckResult("secrets", "FAIL", message)


def check_templates(services: Services) -> CheckResult:
    """Every configured template folder loads; broken files are listed."""
    repo = services.templates()
    errors = repo.reload()
    counts = {s: 0 for s in ("builtin", "organisation", "user")}
    for t in repo.all():
        counts[t.source] = counts.get(t.source, 0) + 1
    summary = (f"{len(repo.all())} 件（内蔵 {counts['builtin']}・組織 {counts['organisation']}・"
               f"個人 {counts['user']}）")
    file_errors = [e for e in errors if e.kind == "file"]
    if file_errors:
        paths = sorted({str(e.path) for e in file_errors})
        shown = "; ".join(e.line() for e in file_errors[:5])
        more = f" ほか {len(file_errors) - 5} 件" if len(file_errors) > 5 else ""
        return CheckResult("templates", "FAIL",
                           f"誤りのあるテンプレートが {len(paths)} ファイルあります: {shown}{more}"
                           "（`office-assistant templates validate` で一覧）")
    if errors:
        return CheckResult("templates", "WARN", f"{summary}。" + "; ".join(e.line() for e in errors))
    return CheckResult("templates", "OK", f"{summary}を読み込みました")


# A sample whose findings are known; the check proves the analyser and its data files load
# (the frozen build must carry the dictionary) and that masking really replaces them.
_MASK_SAMPLE = "申請者 山田太郎様（電話 03-1234-5678、yamada@example.jp）"


def check_masking(services: Services) -> CheckResult:
    from desktop.core.errors import UserFacingError
    from desktop.core.masking.lexicon import matcher_name

    started = time.perf_counter()
    try:
        masker = services.masker()
    except UserFacingError as exc:
        return CheckResult("masking", "FAIL", exc.user_message)
    try:  # IT's blocked terms: a broken list stops every send, so say so after install
        from desktop.core.masking.blocked import BlockedTerms

        settings = services.settings.settings
        BlockedTerms.from_policy(settings.blocked_terms, settings.blocked_terms_file)
    except UserFacingError as exc:
        return CheckResult("masking", "FAIL", "送信を禁止する語の一覧: " + exc.user_message)
    masker.warm_up()
    result = masker.mask(_MASK_SAMPLE)
    leaked = [v for v in ("山田", "太郎", "03-1234-5678", "yamada@example.jp") if v in result.masked_text]
    if leaked:
        return CheckResult("masking", "FAIL", f"個人情報の検出が働いていません（{len(leaked)} 件が残りました）")
    matcher = matcher_name()
    if matcher != "ahocorasick_rs":
        missing = "; ".join(import_failures(("ahocorasick_rs",))) or "ahocorasick_rs"
        return CheckResult("masking", "FAIL",
                           f"辞書照合の高速版を読み込めず、低速な代替（{matcher}）で動いています: {missing}")
    types = sorted({e.type for e in result.entities})
    ms = (time.perf_counter() - started) * 1000
    return CheckResult("masking", "OK",
                       f"個人情報の検出が動作しています（{', '.join(types)}; 辞書照合 {matcher}; {ms:.0f} ms）")


_TAG_SAMPLE = "昨日、佐藤花子さんが横浜市役所に来ました。"


def check_analyser(services: Services) -> CheckResult:
    """MeCab with the unidic-lite dictionary tags a sentence and finds the person in it."""
    from desktop.core.masking.analyser import load_analyser

    started = time.perf_counter()
    analyser = load_analyser()
    out = analyser.parse(_TAG_SAMPLE)
    encoded = _TAG_SAMPLE.encode("utf-8")
    persons = []
    for m in analyser.person_nodes(out):
        end = int(m.group(3)) if m.group(3) else len(encoded)
        persons.append(encoded[int(m.group(1)):end].decode("utf-8", errors="replace").strip())
    if not {"佐藤", "花子"} <= set(persons):
        return CheckResult("analyser", "FAIL",
                           f"形態素解析で人名を判別できません（判別した人名: {'、'.join(persons) or 'なし'}）。"
                           "辞書（unidic_lite）が壊れている可能性があります")
    import unidic_lite

    ms = (time.perf_counter() - started) * 1000
    return CheckResult("analyser", "OK",
                       f"形態素解析と辞書が動作しています（{unidic_lite.DICDIR}; {ms:.0f} ms）")


def check_excel(services: Services) -> CheckResult:
    """The formula engine computes what the Excel check needs: sums, statistics, wareki TEXT."""
    from desktop.core.excel.engine import FormulaEvaluator, first_scalar, to_python
    from desktop.core.excel.workbook import SheetData, WorkbookData

    started = time.perf_counter()
    numbers = (2, 4, 4, 4, 5, 5, 7, 9)
    sheet = SheetData("Sheet1", values={(r, 1): v for r, v in enumerate(numbers, start=1)},
                      max_row=len(numbers), max_col=1)
    book = WorkbookData(Path("self-test.xlsx"), {"Sheet1": sheet}, {}, {})
    evaluator = FormulaEvaluator(book, deadline=time.monotonic() + 30)
    cases = (
        ("=SUM(A1:A8)", 40),
        ("=STDEV.P(A1:A8)", 2),  # formulas computes statistics with scipy
        ('=TEXT(45000,"ggge年m月d日")', "令和5年3月15日"),  # the app's Japanese date extension
    )
    wrong = []
    for row, (formula, expected) in enumerate(cases, start=1):
        got = first_scalar(to_python(evaluator.evaluate(formula, "Sheet1", row, 3)))
        if got != expected:
            wrong.append(f"{formula} → {got!r}（正しくは {expected!r}）")
    if wrong:
        return CheckResult("excel", "FAIL", "数式の検算エンジンが正しく計算できません: " + "; ".join(wrong))
    ms = (time.perf_counter() - started) * 1000
    return CheckResult("excel", "OK", f"数式の検算エンジンが動作しています（{len(cases)} 式; {ms:.0f} ms）")


_STREAM_TEXT = ("動作", "確認です。")


def _fake_stream(request) -> object:  # an httpx2.Request in, an httpx2.Response out
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


CORE_CHECKS: list[Check] = [
    Check("policy", check_policy),
    Check("folders", check_folders),
    Check("libraries", check_libraries),
    Check("secrets", check_secrets),
    Check("templates", check_templates),
    Check("masking", check_masking),
    Check("analyser", check_analyser),
    Check("excel", check_excel),
    Check("llm", check_llm),
    Check("network", check_network),
    Check("documents", check_documents),
    Check("usage", check_usage),
]
