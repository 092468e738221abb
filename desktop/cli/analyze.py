"""`office-assistant analyze FILE... --question "TEXT" [--sheet FILE=SHEET] [--json]
[--export OUT.xlsx] [--explain]` — the table analysis, headless.

The files are loaded and profiled on this PC; only the question and the profile (masked) are sent.
The model's query is checked and run locally. stdout: the result as tab-separated text, or with
``--json`` one object ``{"sql", "columns", "rows", "chart"}``. A refused or failing query (after
the one repair round) exits non-zero with the reason in Japanese on stderr, and writes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import decimal
import json
import sys
from pathlib import Path
from typing import Any

from desktop.core.errors import ConfigurationError, UserFacingError
from desktop.core.services import Services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze",
        help="CSV・Excel の表に質問して集計する（データは送らず、AI が書いたクエリを PC で実行）")
    p.add_argument("files", nargs="+", metavar="FILE", help="表のファイル（.csv / .tsv / .xlsx、複数可）")
    p.add_argument("--question", "-q", required=True, metavar="TEXT", help="質問（日本語）")
    p.add_argument("--sheet", action="append", default=[], metavar="FILE=SHEET",
                   help="Excel ブックから読むシート（何度でも指定可。既定は最初のシート）")
    p.add_argument("--json", action="store_true",
                   help='結果を JSON で出力（{"sql", "columns", "rows", "chart"}）')
    p.add_argument("--export", metavar="OUT.xlsx", help="結果をグラフ付きの Excel ブックに保存する")
    p.add_argument("--explain", action="store_true",
                   help="集計結果の説明も AI に頼む（集計した値だけを送ります）")
    p.set_defaults(handler=run)


def _sheets(items: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in items:
        name, sep, sheet = item.partition("=")
        if not sep or not name.strip() or not sheet.strip():
            raise ConfigurationError(f"--sheet は FILE=SHEET の形で指定してください（指定: {item}）。")
        out.setdefault(Path(name.strip()).name, []).append(sheet.strip())
    return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, float | int | str | bool) or value is None:
        return value
    return str(value)


def _tsv(value: Any) -> str:
    value = _jsonable(value)
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")


def run(args: argparse.Namespace, services: Services) -> int:
    from desktop.cli.run import load_template, print_notices, refuse_clipboard_relay
    from desktop.core.analysis.session import TEMPLATE_ID, ExplainRefused, TableAnalysis

    refuse_clipboard_relay(services, "分析")
    question = args.question.strip()
    if not question:
        raise ConfigurationError("--question に質問を書いてください。")
    paths = [Path(f).expanduser() for f in args.files]
    sheets = _sheets(args.sheet)
    export = Path(args.export).expanduser() if args.export else None
    if export is not None and export.suffix.lower() != ".xlsx":
        raise ConfigurationError("--export には .xlsx のファイル名を指定してください。")
    services.ensure_policy_valid()
    template = load_template(services, TEMPLATE_ID)
    # The masker that masks the prompt also decides which columns are personal; unavailable
    # (IT's dictionary unreadable) means nothing is profiled or sent.
    masker = services.masker()
    usage = services.usage_store()
    pipeline = services.pipeline(usage=usage)
    print_notices(services)
    analysis = TableAnalysis.open(pipeline, template, masker, paths, sheets, usage=usage)
    try:
        outcome = analysis.ask(question, stream=False)
        for note in getattr(outcome.task, "notes", []) or []:
            print(f"注意: {note}", file=sys.stderr)
        if not outcome.ok:
            error: UserFacingError = outcome.error or UserFacingError("分析できませんでした。")
            if outcome.sql:
                print(f"クエリ:\n{outcome.sql}", file=sys.stderr)
            print(f"エラー: {error.user_message}", file=sys.stderr)
            return error.exit_code or 1
        result = outcome.result
        assert result is not None
        explanation = None
        explained = None
        if args.explain:
            try:
                explained = analysis.explain(outcome, stream=False, success_outcome="used")
            except ExplainRefused as exc:
                print(f"警告: 説明は頼みませんでした: {exc.user_message}", file=sys.stderr)
        if explained is not None:
            if explained.error is not None:
                print(f"警告: 説明を受け取れませんでした: {explained.error.user_message}",
                      file=sys.stderr)
            else:
                explanation = explained.output
        if export is not None:
            from desktop.core.analysis.export import export_xlsx

            export_xlsx(export, question, outcome.sql, result, outcome.chart,
                        analysis.workspace.sources)
            print(f"保存しました: {export}", file=sys.stderr)
        if args.json:
            payload = outcome.as_json()
            payload["rows"] = [[_jsonable(v) for v in row] for row in payload["rows"]]
            if result.truncated:
                payload["truncated"] = True
            if explanation is not None:
                payload["explanation"] = explanation
            print(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            print(f"クエリ:\n{outcome.sql}\n", file=sys.stderr)
            print("\t".join(result.columns))
            for row in result.rows:
                print("\t".join(_tsv(v) for v in row))
            if result.truncated:
                print(f"（結果が多いため先頭 {len(result.rows):,} 行だけを表示しました）",
                      file=sys.stderr)
            if explanation:
                print(f"\n{explanation}")
        return 0
    finally:
        analysis.close()
