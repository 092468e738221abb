"""`office-assistant mask` — filled in by its own issue."""

from __future__ import annotations

import argparse
import sys

from desktop.core.services import Services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("mask", help="(準備中)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, services: Services) -> int:
    print("このコマンドはまだ使えません。", file=sys.stderr)
    return 2
