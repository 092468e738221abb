"""`office-assistant templates list|validate|show|preview|export|import`.

``validate`` is what IT runs on a template folder before sharing it: exit 0 only if every file
is valid; each problem is one line ``path: message``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.core.errors import UserFacingError
from desktop.core.services import Services
from desktop.core.templates import (
    TemplateLoadError,
    TemplateRepository,
    Variable,
    load_template_file,
    render,
)
from desktop.core.templates.loader import TemplateFormatError
from desktop.core.templates.repository import template_files

_SOURCE_LABEL = {"builtin": "内蔵", "organisation": "組織", "user": "個人"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("templates", help="プロンプトテンプレートの一覧・検証・読み書き")
    tsub = p.add_subparsers(dest="templates_command", required=True, metavar="ACTION")
    ls = tsub.add_parser("list", help="使えるテンプレートの一覧（内蔵・組織・個人を合わせたもの）")
    ls.add_argument("--json", action="store_true", help="JSON で出力")
    val = tsub.add_parser("validate", help="テンプレートファイルを検証（誤りがあれば終了コード 1）")
    val.add_argument("paths", nargs="*", metavar="DIR_OR_FILE",
                     help="検証するフォルダまたはファイル（省略時は設定されたすべてのフォルダ）")
    show = tsub.add_parser("show", help="テンプレートの内容と入力項目を表示")
    show.add_argument("id")
    prev = tsub.add_parser("preview", help="値を入れたプロンプトを表示（送信はしません・マスキング前）")
    prev.add_argument("id")
    prev.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                      help="入力項目の値（繰り返し指定可）")
    exp = tsub.add_parser("export", help="テンプレートをファイルに書き出す")
    exp.add_argument("id")
    exp.add_argument("file", type=Path)
    imp = tsub.add_parser("import", help="テンプレートファイルを個人用フォルダに取り込む")
    imp.add_argument("file", type=Path)
    imp.add_argument("--force", action="store_true", help="同じ id の個人用テンプレートを上書き")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, services: Services) -> int:
    repo = services.templates()
    command = args.templates_command
    if command == "validate":
        return _validate(args.paths, repo)
    repo.reload()
    if command == "list":
        return _list(repo, as_json=args.json)
    try:
        if command == "show":
            return _show(repo, args.id)
        if command == "preview":
            return _preview(repo, args.id, args.set)
        if command == "export":
            path = repo.export(_known(repo, args.id), args.file)
            print(f"書き出しました: {path}")
            return 0
        if command == "import":
            t = repo.import_file(args.file, overwrite=args.force)
            print(f"取り込みました: {t.id}（{t.title}） → {t.path}")
            return 0
    except KeyError:
        raise UserFacingError(
            f"テンプレート「{args.id}」はありません。`office-assistant templates list` で id を確認してください。"
        ) from None
    return 2


def _known(repo: TemplateRepository, template_id: str) -> str:
    repo.get(template_id)  # KeyError → message above
    return template_id


def _list(repo: TemplateRepository, *, as_json: bool) -> int:
    rows = [{
        "id": t.id, "title": t.title, "title_en": t.title_en, "category": t.category,
        "source": t.source, "manual_minutes": t.manual_minutes, "output": t.output,
        "version": t.version, "path": str(t.path) if t.path else None,
    } for t in repo.all()]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"{r['id']:<18} {r['category']}／{r['title']}  "
                  f"[{_SOURCE_LABEL.get(r['source'], r['source'])}・手作業 {r['manual_minutes']:g} 分]")
    for e in repo.errors:
        print(f"警告: {e.line()}", file=sys.stderr)
    return 0


def _validate(paths: list[str], repo: TemplateRepository) -> int:
    errors: list[TemplateLoadError] = []
    count = 0
    if not paths:
        errors = repo.reload()
        count = len(repo.all()) + len({e.path for e in errors if e.kind == "file"})
    else:
        for raw in paths:
            target = Path(raw)
            if target.is_dir():
                files = template_files(target)
                if not files:
                    errors.append(TemplateLoadError(target, "テンプレート（*.toml）がありません", "folder"))
            elif target.is_file():
                files = [target]
            else:
                errors.append(TemplateLoadError(target, "ファイルまたはフォルダが見つかりません", "folder"))
                continue
            seen: dict[str, Path] = {}
            for f in files:
                count += 1
                try:
                    t = load_template_file(f)
                except TemplateFormatError as exc:
                    errors.extend(TemplateLoadError(f, m) for m in exc.problems)
                    continue
                if t.id in seen:
                    errors.append(TemplateLoadError(f, f"id「{t.id}」は {seen[t.id]} と重複しています"))
                seen.setdefault(t.id, f)
    for e in errors:
        print(e.line())
    bad_files = len({e.path for e in errors})
    if errors:
        print(f"誤り {len(errors)} 件（{bad_files} ファイル）。上の「ファイル名: 内容」を直してください。",
              file=sys.stderr)
        return 1
    print(f"OK: {count} ファイルを検証しました。誤りはありません。", file=sys.stderr)
    return 0


def _describe(v: Variable) -> str:
    parts = [v.type]
    if v.required:
        parts.append("必須")
    if v.choices:
        parts.append("選択肢: " + " / ".join(v.choices))
    if v.min is not None or v.max is not None:
        parts.append(f"範囲: {'' if v.min is None else f'{v.min:g}'}〜{'' if v.max is None else f'{v.max:g}'}")
    if v.max_length:
        parts.append(f"最大 {v.max_length:,} 文字")
    if v.accept:
        parts.append("ファイル: " + " ".join(v.accept))
    if v.default:
        parts.append(f"既定: {v.default}")
    return "、".join(parts)


def _show(repo: TemplateRepository, template_id: str) -> int:
    t = repo.get(template_id)
    print(f"{t.id}（版 {t.version}）: {t.title} / {t.title_en}")
    print(f"分類: {t.category}　出力: {t.output}　手作業: {t.manual_minutes:g} 分　"
          f"出どころ: {_SOURCE_LABEL.get(t.source, t.source)}（{t.path}）")
    if t.description:
        print(t.description)
    print("\n入力項目:")
    for v in t.variables:
        print(f"  {v.name}: {v.label}（{_describe(v)}）")
        if v.help:
            print(f"      {v.help}")
    return 0


def _preview(repo: TemplateRepository, template_id: str, assignments: list[str]) -> int:
    t = repo.get(template_id)
    values: dict[str, str] = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        if not sep:
            raise UserFacingError(f"--set は NAME=VALUE の形で指定してください（{item}）")
        values[name.strip()] = value
    rendered = render(t, values)
    print("=== system ===")
    print(rendered.system)
    print("=== user ===")
    print(rendered.user)
    return 0
