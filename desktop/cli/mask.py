"""`office-assistant mask [FILE] [--json | --jsonl]` — mask personal information from a script.

FILE may be text (UTF-8 or Shift_JIS), .docx, .xlsx or .pdf: documents are read by the same
document reader as `run`, with the same size limit (設定「読み込むファイルの上限（MB）」) and
messages; their --json offsets are into the extracted text. Large inputs report progress on
stderr. Plain: prints the masked text. ``--json``: ``{"masked_text", "entities": [{"type", "start",
"end", "text", "placeholder"}]}`` with str indices into the input. ``--jsonl``: reads
``{"id", "text"}`` lines on stdin and writes one such object per line, with its ``id``.
The organisation's dictionary and allow-list from the settings are honoured.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.core.errors import UserFacingError
from desktop.core.services import Services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("mask", help="個人情報をマスクした文章を表示（FILE 省略時は標準入力）")
    p.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="テキスト（UTF-8・Shift_JIS）、.docx、.xlsx、.pdf（run と同じ読み込み・同じ上限）",
    )
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="マスク結果と検出箇所を JSON で出力")
    fmt.add_argument(
        "--jsonl",
        action="store_true",
        help='標準入力の各行 {"id", "text"} を処理し、1行ずつ JSON で出力',
    )
    pw = p.add_mutually_exclusive_group()
    pw.add_argument("--password-file", metavar="PATH",
                    help="パスワード付きの FILE を開くパスワード（ファイルの1行目）。"
                         "環境変数 OFFICE_ASSISTANT_DOCUMENT_PASSWORD でも指定できます")
    pw.add_argument("--password", action="store_true",
                    help="パスワード付きの FILE を開くパスワードを端末で入力する")
    p.set_defaults(handler=run)


# Files the document reader turns into text (as `run` reads a template's file field).
_DOCUMENTS = (".docx", ".xlsx", ".xlsm", ".pdf")
# From this many characters on, progress goes to stderr while the text is masked.
PROGRESS_MIN_CHARS = 200_000


def _password(args: argparse.Namespace, environ: Any) -> str | None:
    """The password for a protected FILE, as `run` takes it (never on the command line)."""
    from desktop.cli.run import PASSWORD_ENV, _password_from_file, _password_from_terminal

    if args.file is None:
        return None
    if args.password_file:
        return _password_from_file("FILE", Path(args.password_file).expanduser())
    if args.password:
        return _password_from_terminal("FILE", Path(args.file))
    return environ.get(PASSWORD_ENV) or None


def _read_input(path: str | None, max_mb: float, password: str | None = None) -> str:
    """The text to mask. Documents and non-UTF-8 text go through the document reader (the
    same reader, size limit and messages as `run`); UTF-8 text is taken exactly as it is, so
    --json offsets are str indices into the file as a UTF-8 reader sees it (a BOM included)."""
    from desktop.core.documents import read_document
    from desktop.core.documents.errors import DocumentError, DocumentTooLarge
    from desktop.core.documents.reader import decode_text

    max_bytes = int(max_mb * 1024 * 1024)
    if path is None:
        data = sys.stdin.buffer.read()
        name = "標準入力"
    else:
        name = Path(path).name
        if Path(path).suffix.lower() in _DOCUMENTS:
            return read_document(Path(path), password=password, max_bytes=max_bytes).text
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise DocumentError(  # exit 4, like every document that cannot be read
                f"ファイルを読み込めませんでした: {path}\n"
                "ファイルの場所と読み取り権限を確認してください。",
                detail=f"mask input unreadable: {type(exc).__name__}",
            ) from None
    if len(data) > max_bytes:
        raise DocumentTooLarge(name, len(data) / 1_048_576, max_bytes / 1_048_576)
    try:
        # Plain UTF-8, not utf-8-sig: a BOM stays the first character, so --json offsets are
        # str indices into the input exactly as a caller reading it as UTF-8 sees it.
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return decode_text(data, name)  # Shift_JIS / CP932, EUC-JP, UTF-16 with BOM
    except UserFacingError:
        raise UserFacingError(
            "入力の文字コードを判別できませんでした。UTF-8 または Shift_JIS で保存し直してから指定してください。",
            detail="mask input encoding unknown",
        ) from None


def _progress(done: int, total: int) -> None:
    print(f"マスキング中… {done * 100 // max(total, 1)}%（{done:,} / {total:,} 文字）",
          file=sys.stderr, flush=True)


def _as_json(result) -> dict:
    return {
        "masked_text": result.masked_text,
        "entities": [
            {
                "type": e.type,
                "start": e.start,
                "end": e.end,
                "text": e.text,
                "placeholder": e.placeholder,
            }
            for e in result.entities
        ],
    }


def run(args: argparse.Namespace, services: Services) -> int:
    masker = services.masker()
    out = sys.stdout
    if args.jsonl:
        source = open(args.file, encoding="utf-8") if args.file else sys.stdin  # noqa: SIM115
        bad = 0
        try:
            for lineno, line in enumerate(source, start=1):
                if lineno == 1:
                    line = line.lstrip("\ufeff")  # PowerShell writes a BOM first
                if not line.strip():
                    continue
                item: object = None
                try:
                    item = json.loads(line)
                    if not isinstance(item, dict) or "id" not in item:
                        raise KeyError
                    text = item["text"]
                    if not isinstance(text, str):
                        raise TypeError
                except (ValueError, KeyError, TypeError):
                    # One bad line must not stop a batch: say which, and go on.
                    bad += 1
                    item_id = item.get("id") if isinstance(item, dict) else None
                    message = (f'{lineno} 行目が {{"id": ..., "text": "..."}} '
                               "形式の JSON ではありません。")
                    out.write(json.dumps({"id": item_id, "error": message},
                                         ensure_ascii=False) + "\n")
                    print(f"エラー: {message}", file=sys.stderr)
                    continue
                row = {"id": item["id"], **_as_json(masker.mask(text))}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        finally:
            if source is not sys.stdin:
                source.close()
        out.flush()
        return 1 if bad else 0
    text = _read_input(args.file, services.settings.settings.max_document_mb,
                       _password(args, services.environ))
    if len(text) >= PROGRESS_MIN_CHARS:
        result = masker.mask(text, masker.find_large(text, _progress))
    else:
        result = masker.mask(text)
    if args.json:
        out.write(json.dumps(_as_json(result), ensure_ascii=False) + "\n")
    else:
        out.write(result.masked_text)
        if not result.masked_text.endswith("\n"):
            out.write("\n")
    out.flush()
    return 0
