"""Checks IT runs after every install (``office-assistant self-test``).

Each check returns a ``CheckResult``; ``WARN`` does not fail the run (for example no OS keychain
on a headless Linux box, where the key is kept for the session only), ``FAIL`` does.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from desktop.core.services import Services

Status = Literal["OK", "WARN", "FAIL"]


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    message: str

    def line(self) -> str:
        return f"[{self.status}] {self.name}: {self.message}"


def check_policy(services: Services) -> CheckResult:
    if services.policy_error is not None:
        return CheckResult("policy", "FAIL", services.policy_error.user_message)
    policy = services.settings.policy
    if policy.path is None:
        return CheckResult("policy", "OK", f"ポリシーファイルなし（{services.paths.policy_file}）。既定値で動作します")
    return CheckResult("policy", "OK", f"{policy.path} を読み込みました（固定項目 {len(policy.locked)} 件）")


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


def check_secrets(services: Services) -> CheckResult:
    ok, message = services.secrets.check()
    if ok:
        return CheckResult("secrets", "OK", message)
    if not services.secrets.persistent:
        return CheckResult("secrets", "WARN", message)
    return CheckResult("secrets", "FAIL", message)


def check_templates(services: Services) -> CheckResult:
    from desktop.core.templates import check_templates as check

    return check(services)


# A sample whose findings are known; the check proves the analyser and its data files load
# (the frozen build must carry the dictionary) and that masking really replaces them.
_MASK_SAMPLE = "申請者 山田太郎様（電話 03-1234-5678、yamada@example.jp）"


def check_masking(services: Services) -> CheckResult:
    import time

    from desktop.core.errors import UserFacingError
    from desktop.core.masking import PiiMasker

    started = time.perf_counter()
    try:
        masker = PiiMasker.from_settings(services.settings.settings)
    except UserFacingError as exc:
        return CheckResult("masking", "FAIL", exc.user_message)
    masker.warm_up()
    result = masker.mask(_MASK_SAMPLE)
    leaked = [v for v in ("山田", "太郎", "03-1234-5678", "yamada@example.jp") if v in result.masked_text]
    if leaked:
        return CheckResult("masking", "FAIL", f"個人情報の検出が働いていません（{len(leaked)} 件が残りました）")
    types = sorted({e.type for e in result.entities})
    ms = (time.perf_counter() - started) * 1000
    return CheckResult("masking", "OK", f"個人情報の検出が動作しています（{', '.join(types)}; {ms:.0f} ms）")


def check_usage(services: Services) -> CheckResult:
    from desktop.core.usage import UsageStore

    store = UsageStore.open(services.paths.usage_db)
    try:
        message = store.recovery_message
    finally:
        store.close()
    if message:
        return CheckResult("usage", "WARN", message)
    return CheckResult("usage", "OK", f"利用記録のデータベースを開けます（{services.paths.usage_db.name}）")


CORE_CHECKS: list[Callable[[Services], CheckResult]] = [
    check_policy, check_folders, check_secrets, check_templates, check_masking, check_usage,
]


def run_core_checks(services: Services) -> list[CheckResult]:
    results = []
    for check in CORE_CHECKS:
        try:
            results.append(check(services))
        except Exception as exc:  # a check that crashes is a failed check, not a crashed run
            results.append(CheckResult(check.__name__.removeprefix("check_"), "FAIL",
                                       f"確認中にエラー: {type(exc).__name__}"))
    return results
