"""`office-assistant self-test`: one line per check; exit 0 only when none failed.

Never waits for anyone: no network, and a message box the window would show is reported as a
line and closed (IT runs this from scripts, where nobody can click).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop.core.selftest import CORE_CHECKS, Check, CheckResult, import_failures, iter_checks
from desktop.core.services import Services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("self-test", help="インストール後の動作確認（画面の表示を含む）")
    # One line per option; an option that adds a check is read in checks_for().
    p.add_argument("--no-window", action="store_true", help="画面の表示確認を省く")
    p.add_argument("--screenshot", type=Path, metavar="FILE",
                   help="表示したメイン画面を PNG で保存（検証用 PC の報告に添付できます）")
    p.add_argument("--connection", action="store_true",
                   help="AI サービスへの接続も確認する（設定の接続先に小さな依頼を 1 回送ります）")
    p.set_defaults(handler=run)


def checks_for(args: argparse.Namespace) -> list[Check]:
    """The checks this run makes, in order: the core ones, then the Qt ones. None of them uses
    the network; a check that does must be asked for by an option."""
    checks = [*CORE_CHECKS, Check("qt", check_qt)]
    if args.connection:  # the only check that uses the network: asked for, never by default
        checks.append(Check("connection", _check_connection))
    if not args.no_window:
        checks.append(Check("window", lambda services: check_window(services, args.screenshot)))
    return checks


# The Qt modules the UI imports (``grep -rh "from PySide6" desktop/``), plus QtSvg, which the
# SVG icons need at run time through Qt's image plugin.
QT_MODULES = ("shiboken6", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
              "PySide6.QtCharts", "PySide6.QtSvg")


def check_qt(services: Services) -> CheckResult:
    failed = import_failures(QT_MODULES)
    if failed:
        return CheckResult("qt", "FAIL", "画面の部品（Qt）を読み込めません: " + "; ".join(failed))
    import PySide6

    return CheckResult("qt", "OK", f"画面の部品（Qt {PySide6.__version__}）を読み込めます")


def _no_display() -> bool:
    """Qt aborts the process (not an exception) when it cannot reach a display."""
    import os

    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def check_window(services: Services, screenshot: Path | None = None) -> CheckResult:
    if _no_display():
        return CheckResult("window", "FAIL",
                           "画面（ディスプレイ）に接続できません。画面のない環境では "
                           "QT_QPA_PLATFORM=offscreen を付けて実行してください")
    from desktop.ui.app import StartupMessages, image_formats_missing, smoke_test_window

    try:
        title = smoke_test_window(services, screenshot=screenshot)
    except StartupMessages as exc:
        return CheckResult("window", "FAIL",
                           f"メイン画面（{exc.title}）は表示できましたが、起動時に次のメッセージが出ます: "
                           + " / ".join(exc.texts))
    except Exception as exc:
        return CheckResult("window", "FAIL", f"画面を表示できません: {type(exc).__name__}: {exc}")
    missing = image_formats_missing()
    if missing:
        return CheckResult("window", "FAIL",
                           f"画像の形式 {', '.join(missing)} を表示できません（Qt の画像プラグインがありません）")
    shot = f"。画面を {screenshot} に保存しました" if screenshot is not None else ""
    return CheckResult("window", "OK", f"メイン画面を表示しました（{title}）{shot}")


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
    started = time.perf_counter()
    results = []
    for result in iter_checks(checks_for(args), services):
        print(result.line(), flush=True)
        results.append(result)
    failed = [r for r in results if r.status == "FAIL"]
    seconds = time.perf_counter() - started
    warned = sum(r.status == "WARN" for r in results)
    warnings = f"、警告 {warned} 件" if warned else ""
    print(f"self-test: {len(results) - len(failed)}/{len(results)} OK{warnings}（{seconds:.1f} 秒）",
          file=sys.stderr)
    return 1 if failed else 0
