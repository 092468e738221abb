"""How ``run``, ``run --follow-up`` and ``ask`` print a finished answer without ``--json``."""

from __future__ import annotations

import sys
from typing import Any

from desktop.core.errors import EXIT_INCOMPLETE


def show_result(result: Any, kind: Any, streamed: bool) -> None:
    """``streamed``: the answer is already on stdout, chunk by chunk; only what the kind adds
    after it (the sources of a documents answer) and its notes follow. Otherwise the kind's
    whole report."""
    report = kind.cli_report(result)
    if streamed:
        if result.output and not result.output.endswith("\n"):
            print()
        if report.after_stream:
            print(report.after_stream)
    elif report.stdout:
        print(report.stdout)
    for line in report.stderr:
        print(line, file=sys.stderr)


def failed_exit_code(result: Any) -> int:
    """The error of a failed answer on stderr, and the exit code it ends ``run`` with."""
    error = result.error
    print(f"エラー: {error.user_message}", file=sys.stderr)
    if result.incomplete:
        print("（上の回答は途中までです）", file=sys.stderr)
        return EXIT_INCOMPLETE
    return int(error.exit_code)
