"""Command line: ``office-assistant`` with no subcommand starts the GUI.

Each subcommand lives in its own module exposing ``register(subparsers)``; the parser it adds
sets ``handler=fn(args, services) -> int``. Errors a user can meet are ``UserFacingError`` and end
with their Japanese message on stderr and a non-zero exit code.

Starting the GUI builds no parser and imports no subcommand module: they bring argparse, the
pipeline, the masker and the HTTP client with them (~0.4 s), which the window loads on workers
after it shows (issue #12).
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.core.errors import UserFacingError

if TYPE_CHECKING:
    import argparse

log = logging.getLogger(__name__)

SUBCOMMAND_MODULES = ("selftest", "config", "mask", "run", "templates", "report", "usage",
                      "analyze", "knowledge", "ask")


def _force_utf8_stdio() -> None:
    # Windows consoles default to a legacy code page; Japanese output must not crash.
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


# The options of the GUI start; any other argument may name a subcommand (or ask for --help).
GUI_OPTIONS = ("--no-crash-dialog",)


def build_parser() -> argparse.ArgumentParser:
    import argparse
    import importlib

    from desktop.cli import argparse_ja

    argparse_ja.install()  # before any parser exists: each one translates its headings when built
    parser = argparse.ArgumentParser(
        prog="office-assistant",
        description="業務AIアシスタント — 引数なしで画面を起動します。",
    )
    parser.add_argument("--version", action="version", version=f"office-assistant {__version__}",
                        help="バージョンを表示して終了します")
    parser.add_argument("--no-crash-dialog", action="store_true",
                        help="予期しないエラーをダイアログで表示しない（CI・自動実行用）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(f"desktop.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _force_utf8_stdio()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if all(a in GUI_OPTIONS for a in arguments):  # the GUI start: no parser to build
        args: argparse.Namespace | SimpleNamespace = SimpleNamespace(
            command=None, no_crash_dialog="--no-crash-dialog" in arguments)
    else:
        args = build_parser().parse_args(arguments)

    from desktop.core.logging_setup import configure_logging
    from desktop.core.services import build_services

    services = build_services()
    try:
        configure_logging(services.paths.log_file)
    except OSError:
        print(f"警告: ログフォルダに書き込めません（{services.paths.log_dir}）。記録なしで続けます。",
              file=sys.stderr)
    if args.command is None:
        from desktop.ui.app import run_gui, show_startup_error

        try:
            _ = services.settings.settings  # a bad OFFICE_ASSISTANT_* value stops here, not in Qt
        except UserFacingError as exc:
            print(f"エラー: {exc.user_message}", file=sys.stderr)
            show_startup_error(exc.user_message, dialog=not args.no_crash_dialog)
            return exc.exit_code
        return run_gui(services, crash_dialog=not args.no_crash_dialog)
    try:
        return int(args.handler(args, services) or 0)
    except UserFacingError as exc:
        log.info("command %s failed: %s", args.command, type(exc).__name__)
        print(f"エラー: {exc.user_message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("中断しました。", file=sys.stderr)
        return 130
