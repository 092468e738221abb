"""`office-assistant self-test`: one line per check; exit 0 only when none failed."""

from __future__ import annotations

import argparse
import sys

from desktop.core.selftest import CheckResult, run_core_checks
from desktop.core.services import Services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("self-test", help="インストール後の動作確認（画面の表示を含む）")
    p.add_argument("--no-window", action="store_true", help="画面の表示確認を省く")
    p.add_argument("--connection", action="store_true",
                   help="AI サービスへの接続も確認する（設定の接続先に小さな依頼を 1 回送ります）")
    p.set_defaults(handler=run)


def _no_display() -> bool:
    """Qt aborts the process (not an exception) when it cannot reach a display."""
    import os

    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _check_window(services: Services) -> CheckResult:
    if _no_display():
        return CheckResult("window", "FAIL",
                           "画面（ディスプレイ）に接続できません。画面のない環境では "
                           "QT_QPA_PLATFORM=offscreen を付けて実行してください")
    try:
        from desktop.ui.app import smoke_test_window

        title = smoke_test_window(services)
    except Exception as exc:
        return CheckResult("window", "FAIL", f"画面を表示できません: {type(exc).__name__}: {exc}")
    return CheckResult("window", "OK", f"メイン画面を表示しました（{title}）")


def _check_connection(services: Services) -> CheckResult:
    """The connection test (issue 14), as a check: what 接続テスト in the settings shows."""
    from desktop.core.errors import UserFacingError
    from desktop.core.llm.connection import test_connection

    try:
        services.ensure_policy_valid()
        ok, message = test_connection(services.settings.settings, services.api_key)
    except UserFacingError as exc:
        ok, message = False, exc.user_message
    return CheckResult("connection", "OK" if ok else "FAIL", message)


def run(args: argparse.Namespace, services: Services) -> int:
    results = run_core_checks(services)
    for r in results:
        print(r.line(), flush=True)
    if getattr(args, "connection", False):
        r = _check_connection(services)
        print(r.line(), flush=True)
        results.append(r)
    if not args.no_window:
        r = _check_window(services)
        print(r.line(), flush=True)
        results.append(r)
    failed = [r for r in results if r.status == "FAIL"]
    print(f"self-test: {len(results) - len(failed)}/{len(results)} OK", file=sys.stderr)
    return 1 if failed else 0
