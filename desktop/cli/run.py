"""`office-assistant run TEMPLATE_ID --var NAME=VALUE ... --var-file NAME=PATH ... [--json]
[--no-stream]` — the GUI's pipeline, headless: render → mask → send → un-mask → log.

stdout gets only the un-masked answer (streamed as it arrives) or, with ``--json``, one JSON
object ``{"output", "entities", "usage", "incomplete", ...}``. Any failure: the reason in Japanese
on stderr and a non-zero exit code (a cut stream prints the partial answer and exits 4).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.core.errors import ConfigurationError, UserFacingError
from desktop.core.services import Services

EXIT_INCOMPLETE = 4


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "run",
        help="テンプレートを実行して回答を表示（個人情報はマスクして送信し、回答で元に戻す）")
    p.add_argument("template_id", metavar="TEMPLATE_ID", help="テンプレート ID")
    p.add_argument("--var", action="append", default=[], metavar="NAME=VALUE",
                   help="項目の値（何度でも指定可）")
    p.add_argument("--var-file", action="append", default=[], metavar="NAME=PATH",
                   help="項目の値をファイル（.docx/.xlsx/.pdf/.txt）から読む（何度でも指定可）")
    p.add_argument("--json", action="store_true",
                   help='結果を JSON で出力（{"output", "entities", "usage", "incomplete"}）')
    p.add_argument("--no-stream", action="store_true", help="ストリーミングせずに一括で受け取る")
    p.add_argument("--outcome", choices=("used", "edited", "discarded"), default="used",
                   help="利用記録に残す結果（既定: used）。一括処理で結果を使わない場合は discarded")
    p.set_defaults(handler=run)


def _pairs(items: list[str], option: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ConfigurationError(f"{option} は NAME=VALUE の形で指定してください（指定: {name}…"
                                     f"）。")
        out[name.strip()] = value
    return out


def _load_template(services: Services, template_id: str) -> Any:
    from desktop.core.templates import TemplateRepository

    repo = TemplateRepository.for_settings(services.paths, services.settings.settings)
    try:
        return repo.get(template_id)
    except KeyError:
        raise ConfigurationError(
            f"テンプレート「{template_id}」が見つかりません。"
            "`office-assistant templates list` で ID を確認してください。") from None


def build_pipeline(services: Services) -> Any:
    """The pipeline over the configured masker, usage log and provider."""
    from desktop.core.masking import PiiMasker
    from desktop.core.pipeline import Pipeline
    from desktop.core.usage.store import UsageStore

    settings = services.settings.settings
    masker = PiiMasker.from_settings(settings)
    try:
        usage = UsageStore.open(services.paths.usage_db)
    except Exception as exc:  # the answer matters more than its log line
        print(f"警告: 利用記録を開けないため、この実行は記録されません（{type(exc).__name__}）。",
              file=sys.stderr)
        usage = None
    if usage is not None and usage.recovery_message:
        print(usage.recovery_message, file=sys.stderr)
    return Pipeline(settings, services.api_key, masker, usage)


def _progress_to_stderr() -> Any:
    """A long document goes in parts for minutes: say where it is, on stderr (stdout is the
    answer)."""
    def report(done: int, total: int) -> None:
        if total > 1 and done < total:
            print(f"長い文書を分けて処理しています: {done}/{total}", file=sys.stderr, flush=True)

    return report


def run(args: argparse.Namespace, services: Services) -> int:
    settings = services.settings.settings
    if settings.provider == "clipboard":
        raise ConfigurationError(
            "接続方式が「クリップボード経由」のため、コマンドラインからは実行できません。"
            "環境変数 OFFICE_ASSISTANT_ENDPOINT・OFFICE_ASSISTANT_DEPLOYMENT・OFFICE_ASSISTANT_API_"
            "KEY"
            "を設定するか、`office-assistant config set provider azure` で接続先を設定してください"
            "。",
            detail="clipboard provider in CLI")
    values = _pairs(args.var, "--var")
    files = {k: Path(v).expanduser() for k, v in _pairs(args.var_file, "--var-file").items()}
    for name, path in files.items():
        if not path.is_file():
            raise ConfigurationError(f"--var-file {name} のファイルが見つかりません: {path}")
    services.ensure_policy_valid()
    template = _load_template(services, args.template_id)
    known = {v.name for v in template.variables}
    unknown = sorted((set(values) | set(files)) - known)
    if unknown:
        # A typo would otherwise leave the variable at its default without a word.
        raise ConfigurationError(
            f"テンプレート「{template.id}」に変数 {', '.join(unknown)} はありません。"
            f"使える変数: {', '.join(v.name for v in template.variables)}"
            f"（`office-assistant templates show {template.id}` で確認できます）")
    pipeline = build_pipeline(services)
    prepared = pipeline.prepare(template, values, files)

    excel = template.output == "excel_formula"
    # An Excel answer is checked before anything is printed: the formula is the output.
    streamed = not args.json and not args.no_stream and not excel

    def print_chunk(text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    result = pipeline.execute(prepared, on_chunk=print_chunk if streamed else None,
                              on_progress=_progress_to_stderr(),
                              stream=not args.no_stream, success_outcome=args.outcome)
    for note in result.notes:
        print(f"注意: {note}", file=sys.stderr)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    elif streamed:
        if result.output and not result.output.endswith("\n"):
            print()
    elif excel and result.output:
        print(result.extra.get("formula") or result.output)
        check = result.extra.get("check") or {}
        if check:
            labels = {"ok": "検算済み", "error": "エラー", "unverified": "未検証"}
            print(f"検算: {labels.get(check.get('status'), check.get('status'))} — "
                  f"{check.get('message', '')}", file=sys.stderr)
    elif result.output:
        print(result.output)
    if result.error is None:
        return 0
    error: UserFacingError = result.error
    print(f"エラー: {error.user_message}", file=sys.stderr)
    if result.incomplete:
        print("（上の回答は途中までです）", file=sys.stderr)
        return EXIT_INCOMPLETE
    return error.exit_code
