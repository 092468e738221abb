"""Checks of what runs on the PC alone: policy, folders, libraries, keychain, templates, masking,
the analyser and the Excel engine."""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import time
from pathlib import Path

from desktop.core.selftest.model import CheckResult, error_text
from desktop.core.services import Services


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
    # table analysis: the query engine (a compiled extension)
    "duckdb",
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
            by_error.setdefault(error_text(exc), []).append(name)
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
    # The second core's parser (MeCab through ctypes, releasing the GIL): without it masking
    # still works on one core, slower than the budget, so IT must hear of it.
    from desktop.core.masking.analyser import background_parse

    try:
        background = background_parse(_TAG_SAMPLE)
    except Exception as exc:  # a broken library: said like a missing one, with its kind
        background, why = None, f"（{type(exc).__name__}）"
    else:
        why = "" if background is not None else "（ライブラリが見つかりません）"
    if background != out:
        return CheckResult("analyser", "FAIL",
                           f"並列の形態素解析（MeCab ライブラリ）を使えません{why}。マスキングは動作しますが、"
                           "遅くなります。インストールが壊れている可能性があります")
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
