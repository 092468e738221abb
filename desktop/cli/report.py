"""`office-assistant report` — the manager's report from every desk's usage exports."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from desktop.core.errors import UserFacingError
from desktop.core.services import Services


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"日付は YYYY-MM-DD の形で指定してください: {text}") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="利用記録（.jsonl）を集計して Excel レポートを作成",
        description="共有フォルダに書き出された利用記録を集計し、削減時間・利用者数・費用を "
                    "グラフ付きの .xlsx にまとめます。同じイベントは1回だけ数え、"
                    "読み取れない行は数えて除外します。",
    )
    p.add_argument("--input", action="append", required=True, type=Path, metavar="DIR_OR_FILE",
                   help="利用記録のフォルダ（*.jsonl を再帰的に探します）またはファイル。"
                        "複数指定可")
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD",
                   help="この日以降（作業した現地の日付）")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD",
                   help="この日まで（この日を含む）")
    p.add_argument("--out", type=Path, metavar="report.xlsx", help="作成する Excel ファイル")
    p.add_argument("--json", action="store_true", help="集計結果を JSON で標準出力に表示")
    p.add_argument("--workers", type=int, default=None, help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, services: Services) -> int:
    from desktop.core.usage.report import load_exports
    from desktop.core.usage.xlsx import write_report_xlsx

    if args.out is None and not args.json:
        raise UserFacingError("--out（Excel ファイル）か --json のどちらかを指定してください。")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UserFacingError("--from の日付が --to より後になっています。")
    data = load_exports(args.input, args.date_from, args.date_to, workers=args.workers)
    if data.unreadable_files:
        # A whole desk's records missing from the totals must not go unnoticed.
        print(f"警告: 読み取れなかったファイルが {data.unreadable_files} 件あります（集計に含まれていません）。"
              "共有フォルダの権限を確認してください。", file=sys.stderr)
    if args.out is not None:
        try:
            write_report_xlsx(data, args.out)
        except OSError as exc:
            raise UserFacingError(
                f"Excel ファイルを保存できませんでした: {args.out}。"
                "Excel で開いたままになっていないか、保存先に書き込めるか確認してください。",
                detail=type(exc).__name__,
            ) from exc
    if args.json:
        print(json.dumps(data.to_json_dict(), ensure_ascii=False))
    else:
        print(f"{data.events:,} 件、利用者 {data.users:,} 人、"
              f"削減時間 {data.hours_saved:,.1f} 時間、費用 {data.cost_jpy:,.0f} 円"
              f"（読み取れない行 {data.skipped_lines:,}、"
              f"重複 {data.duplicates:,}）")
        if args.out is not None:
            print(f"レポートを保存しました: {args.out}")
    return 0
