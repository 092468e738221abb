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


CORE_CHECKS: list[Callable[[Services], CheckResult]] = [check_policy, check_folders, check_secrets]


def run_core_checks(services: Services) -> list[CheckResult]:
    results = []
    for check in CORE_CHECKS:
        try:
            results.append(check(services))
        except Exception as exc:  # a check that crashes is a failed check, not a crashed run
            results.append(CheckResult(check.__name__.removeprefix("check_"), "FAIL",
                                       f"確認中にエラー: {type(exc).__name__}"))
    return results
