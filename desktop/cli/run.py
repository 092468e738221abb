"""`office-assistant run TEMPLATE_ID --var NAME=VALUE ... --var-file NAME=PATH ... [--json]
[--no-stream]` — the GUI's pipeline, headless: render → mask → send → un-mask → log.

A password-protected --var-file is opened with a password from ``--password-file NAME=PATH``,
from the terminal (``--password NAME``) or from ``OFFICE_ASSISTANT_DOCUMENT_PASSWORD``; never
from the command line itself, which other users of the PC can read in the process list.

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

from desktop.cli import follow_up
from desktop.cli.answer_output import failed_exit_code, show_result
from desktop.core.documents.errors import DocumentError, PasswordRequired
from desktop.core.errors import ConfigurationError
from desktop.core.services import Services
from desktop.core.tasks import kind_for


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
    _add_password_options(p)
    follow_up.add_arguments(p)
    p.set_defaults(handler=run)


# -- passwords of protected documents ----------------------------------------------------------
PASSWORD_ENV = "OFFICE_ASSISTANT_DOCUMENT_PASSWORD"
_PASSWORD_HINT = ("コマンドラインでは --password-file NAME=PATH（パスワードを1行目に書いたファイル）、"
                  f"--password NAME（端末で入力）、または環境変数 {PASSWORD_ENV} で指定してください。")


def _add_password_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--password-file", action="append", default=[], metavar="NAME=PATH",
                   help="パスワード付きの --var-file NAME を開くパスワードを、ファイル PATH の1行目から読む"
                        "（何度でも指定可）")
    p.add_argument("--password", action="append", default=[], metavar="NAME",
                   help="パスワード付きの --var-file NAME を開くパスワードを端末で入力する（画面に表示されません）")


def _password_from_file(name: str, path: Path) -> str:
    from desktop.core.documents import decode_text

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigurationError(f"--password-file {name} のファイルを読めません: {path}"
                                 f"（{exc.strerror or type(exc).__name__}）") from None
    text = decode_text(raw, path.name) if raw else ""
    password = text.splitlines()[0] if text else ""
    if not password:
        raise ConfigurationError(f"--password-file {name} のファイルの1行目が空です: {path}")
    return password


def _password_from_terminal(name: str, path: Path) -> str:
    import getpass

    if not sys.stdin.isatty():
        raise ConfigurationError(f"--password {name}: 端末がないためパスワードを入力できません。" + _PASSWORD_HINT)
    try:
        return getpass.getpass(f"「{path.name}」のパスワード: ")
    except EOFError:
        raise ConfigurationError(f"--password {name}: パスワードが入力されませんでした。") from None


def document_passwords(args: argparse.Namespace, files: dict[str, Path],
                       environ: Any) -> dict[str, str]:
    """Password per --var-file NAME: the options first, then the environment for every file."""
    passwords: dict[str, str] = {}
    from_files = {k: Path(v).expanduser() for k, v in _pairs(args.password_file, "--password-file").items()}
    for option, names in (("--password-file", from_files), ("--password", args.password)):
        unknown = sorted(set(names) - set(files))
        if unknown:
            raise ConfigurationError(f"{option} {', '.join(unknown)} に対応する --var-file がありません。")
    for name, path in from_files.items():
        passwords[name] = _password_from_file(name, path)
    for name in args.password:
        passwords[name] = _password_from_terminal(name, files[name])
    shared = environ.get(PASSWORD_ENV, "")
    if shared:
        for name in files:
            passwords.setdefault(name, shared)
    return passwords


def read_protected_files(template: Any, files: dict[str, Path], passwords: dict[str, str],
                         settings: Any) -> dict[str, str]:
    """Text of each --var-file that has a password, decrypted in memory by the document reader.

    The pipeline reads the other files itself (a variable that already has text is not read
    again). An Excel formula template profiles its workbook from the file: a password cannot
    reach it there.
    """
    from desktop.core.documents import read_document

    wanted = {name: path for name, path in files.items() if name in passwords}
    if not wanted or not kind_for(template.output).reads_files:
        return {}
    max_bytes = int(settings.max_document_mb * 1024 * 1024)
    return {name: read_document(path, password=passwords[name], max_bytes=max_bytes).text
            for name, path in wanted.items()}


def _with_password_hint(exc: PasswordRequired) -> DocumentError:
    err = DocumentError(exc.user_message + _PASSWORD_HINT, detail=exc.detail)
    err.exit_code = exc.exit_code
    return err


def _pairs(items: list[str], option: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ConfigurationError(f"{option} は NAME=VALUE の形で指定してください（指定: {name}…"
                                     f"）。")
        out[name.strip()] = value
    return out


def load_template(services: Services, template_id: str) -> Any:
    repo = services.templates()
    try:
        return repo.get(template_id)
    except KeyError:
        print_notices(services)  # an unreachable template folder is the likely reason
        raise ConfigurationError(
            f"テンプレート「{template_id}」が見つかりません。"
            "`office-assistant templates list` で ID を確認してください。") from None


def print_notices(services: Services) -> None:
    """What degraded (an unopenable usage log...), on stderr: stdout is the answer."""
    for notice in services.notices:
        print(f"警告: {notice}", file=sys.stderr)
    services.notices.clear()


def _progress_to_stderr() -> Any:
    """A long document goes in parts for minutes: say where it is, on stderr (stdout is the
    answer)."""
    def report(done: int, total: int) -> None:
        if total > 1 and done < total:
            print(f"長い文書を分けて処理しています: {done}/{total}", file=sys.stderr, flush=True)

    return report


def refuse_clipboard_relay(services: Services, action: str = "実行") -> None:
    """A command that sends needs an API: the relay's web chat is the clerk's, in a browser."""
    if services.settings.settings.provider == "clipboard":
        raise ConfigurationError(
            f"接続方式が「クリップボード経由」のため、コマンドラインからは{action}できません。"
            "環境変数 OFFICE_ASSISTANT_ENDPOINT・OFFICE_ASSISTANT_DEPLOYMENT・OFFICE_ASSISTANT_API_"
            "KEY を設定するか、`office-assistant config set provider azure` で接続先を設定してください。",
            detail="clipboard provider in CLI")


def run(args: argparse.Namespace, services: Services) -> int:
    settings = services.settings.settings
    refuse_clipboard_relay(services)
    values = _pairs(args.var, "--var")
    files = {k: Path(v).expanduser() for k, v in _pairs(args.var_file, "--var-file").items()}
    for name, path in files.items():
        if not path.is_file():
            # A document that cannot be read: exit 4, as when the reader itself cannot find it.
            raise DocumentError(f"--var-file {name} のファイルが見つかりません: {path}\n"
                                "ファイルの場所と名前を確認してください。", detail="var-file not found")
    template = load_template(services, args.template_id)
    kind = kind_for(template.output)
    known = {v.name for v in template.variables}
    unknown = sorted((set(values) | set(files)) - known)
    if unknown:
        # A typo would otherwise leave the variable at its default without a word.
        raise ConfigurationError(
            f"テンプレート「{template.id}」に変数 {', '.join(unknown)} はありません。"
            f"使える変数: {', '.join(v.name for v in template.variables)}"
            f"（`office-assistant templates show {template.id}` で確認できます）")
    if not kind.accepts_document_passwords and (args.password_file or args.password):
        raise ConfigurationError(f"{kind.label}のテンプレートでは、パスワード付きのファイルは使えません。"
                                 "パスワードを外したコピーを保存して指定してください。")
    unread = {name: path for name, path in files.items() if not values.get(name)}
    passwords = document_passwords(args, files, services.environ)
    values.update(read_protected_files(template, unread, passwords, settings))
    pipeline = services.pipeline()
    print_notices(services)
    try:
        prepared = pipeline.prepare(template, values, files)
    except PasswordRequired as exc:
        raise _with_password_hint(exc) from None

    # A kind that checks its answer first (an Excel formula) prints only once it is checked.
    streamed = not args.json and not args.no_stream and kind.streams

    def print_chunk(text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    result = pipeline.execute(prepared, on_chunk=print_chunk if streamed else None,
                              on_progress=_progress_to_stderr(),
                              stream=not args.no_stream, success_outcome=args.outcome)
    if args.follow_up:  # the turns of a conversation: desktop/cli/follow_up.py
        return follow_up.continue_run(args, pipeline, prepared, result, kind, streamed)
    for note in result.notes:
        print(f"注意: {note}", file=sys.stderr)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        show_result(result, kind, streamed)
    budget_warning = (result.extra.get("budget") or {}).get("warning")
    if budget_warning:  # IT's monthly budget is nearly (or now) used up
        print(f"警告: {budget_warning}", file=sys.stderr)
    return 0 if result.error is None else failed_exit_code(result)
