"""`office-assistant knowledge ...` — the organisation's documents for 「庁内資料に聞く」.

    knowledge add DIR            add a folder and index it (changed files only on later runs)
    knowledge remove DIR         stop searching a folder the clerk added
    knowledge update             re-index what changed in every folder
    knowledge status [--json]    folders, documents, passages, files that could not be read
    knowledge search QUERY [--top K] [--json]
    knowledge search --jsonl [--top K]     {"id", "query"} lines on stdin → {"id", "results"} lines
    knowledge build DIR --out INDEX [--as PATH]   IT: build the index once to publish on the share

Nothing here sends anything anywhere: indexing and search run on this PC.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from desktop.core.errors import ConfigurationError
from desktop.core.knowledge import Library, UpdateReport, build_published_index
from desktop.core.services import Services

NO_FOLDERS = "資料のフォルダがありません。`office-assistant knowledge add フォルダ` で追加してください。"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("knowledge", help="庁内資料（例規・要綱・マニュアル・FAQ）の索引と検索")
    ks = p.add_subparsers(dest="knowledge_command", metavar="COMMAND", required=True)

    add = ks.add_parser("add", help="資料のフォルダを追加して索引を作る")
    add.add_argument("folder", metavar="DIR", help="フォルダ")
    add.set_defaults(handler=_add)

    remove = ks.add_parser("remove", help="自分で追加したフォルダを検索対象から外す")
    remove.add_argument("folder", metavar="DIR", help="フォルダ")
    remove.set_defaults(handler=_remove)

    update = ks.add_parser("update", help="すべてのフォルダの変更されたファイルを索引し直す")
    update.set_defaults(handler=_update)

    status = ks.add_parser("status", help="フォルダ・文書数・読めなかったファイルを表示")
    status.add_argument("--json", action="store_true", help="JSON で出力")
    status.set_defaults(handler=_status)

    search = ks.add_parser("search", help="資料を検索（送信はしません）")
    search.add_argument("query", nargs="?", metavar="QUERY", help="検索する質問・語")
    search.add_argument("--top", type=int, default=5, metavar="K", help="表示する件数（既定 5）")
    out = search.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true",
                     help='結果を JSON で出力（[{"path", "location", "text", "score", ...}]）')
    out.add_argument("--jsonl", action="store_true",
                     help='標準入力の {"id", "query"} の行ごとに {"id", "results"} の行を出力')
    search.set_defaults(handler=_search)

    build = ks.add_parser("build", help="（情報システム担当）共有に置く索引ファイルを作る")
    build.add_argument("folder", metavar="DIR", help="資料のフォルダ")
    build.add_argument("--out", required=True, metavar="INDEX", help="作る索引ファイル")
    build.add_argument("--as", dest="shown_as", default="", metavar="PATH",
                       help=r"各 PC から見たフォルダのパス（例: \\fileserver\reiki）。省略時は DIR")
    build.set_defaults(handler=_build)


def library(services: Services) -> Library:
    return services.knowledge()


# -- progress and reports ---------------------------------------------------------------------
def _progress() -> Any:
    last = [0.0]

    def report(done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if done == total or now - last[0] >= 1.0:
            last[0] = now
            print(f"索引を作成中: {done}/{total} {name}", file=sys.stderr, flush=True)

    return report


def _print_report(report: UpdateReport) -> None:
    print(f"索引しました: {report.indexed} 件（変更なし {report.unchanged} 件、削除 {report.removed} 件、"
          f"{report.seconds:.1f} 秒）")
    if report.skipped:
        print(f"読み込めなかったファイル: {len(report.skipped)} 件（索引は続けました）", file=sys.stderr)
        for problem in report.skipped[:50]:
            print(f"  {problem.path}: {problem.message}", file=sys.stderr)
        if len(report.skipped) > 50:
            print(f"  ほか {len(report.skipped) - 50} 件（`knowledge status` で一覧）", file=sys.stderr)
    if report.cancelled:
        print("中断しました。次回の update で続きから索引します。", file=sys.stderr)


def _print_report_to_stderr(report: UpdateReport) -> None:
    print(f"資料のフォルダを索引しました: {report.indexed} 件（{report.seconds:.1f} 秒）", file=sys.stderr)


# -- commands ---------------------------------------------------------------------------------
def _add(args: argparse.Namespace, services: Services) -> int:
    lib = library(services)
    folder = lib.add_folder(args.folder)
    print(f"フォルダを追加しました: {folder}")
    _print_report(lib.update(progress=_progress()))
    return 0


def _remove(args: argparse.Namespace, services: Services) -> int:
    lib = library(services)
    if not lib.remove_folder(args.folder):
        raise ConfigurationError(f"「{args.folder}」は追加されたフォルダにありません。"
                                 "`office-assistant knowledge status` で一覧を確認してください。")
    _print_report(lib.update(progress=_progress()))
    return 0


def _update(args: argparse.Namespace, services: Services) -> int:
    lib = library(services)
    if not lib.folders():
        raise ConfigurationError(NO_FOLDERS)
    _print_report(lib.update(progress=_progress()))
    return 0


def _status(args: argparse.Namespace, services: Services) -> int:
    st = library(services).status()
    if args.json:
        out = {
            "folders": [{"path": f.path, "source": f.source} for f in st.folders],
            "documents": st.documents, "passages": st.passages,
            "local": _index_json(st.local), "shared": _index_json(st.shared),
            "shared_path": st.shared_path, "shared_error": st.shared_error,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print("資料のフォルダ:")
    for f in st.folders:
        print(f"  {f.path}（{'情報システム担当の設定' if f.source == 'policy' else '追加したフォルダ'}）")
    if not st.folders:
        print("  なし（`office-assistant knowledge add フォルダ` で追加できます）")
    for label, index in (("この PC の索引", st.local), ("共有の索引", st.shared)):
        if index is not None:
            print(f"{label}: 文書 {index.documents} 件・抜粋 {index.passages} 件・"
                  f"{index.size_bytes / 1_048_576:.1f} MB（更新 {index.built_at or '未作成'}）")
            if index.errors:
                print(f"  読み込めなかったファイル {len(index.errors)} 件:")
                for p in index.errors[:20]:
                    print(f"    {p.path}: {p.message}")
    if st.shared_error:
        print(f"共有の索引: {st.shared_error}", file=sys.stderr)
    return 0


def _index_json(index: Any) -> dict | None:
    if index is None:
        return None
    return {"path": index.path, "documents": index.documents, "passages": index.passages,
            "size_bytes": index.size_bytes, "built_at": index.built_at, "build_id": index.build_id,
            "roots": index.roots,
            "errors": [{"path": p.path, "message": p.message} for p in index.errors]}


def _result(hit: Any) -> dict:
    return {"path": hit.path, "location": hit.location, "text": hit.text, "score": hit.score,
            "document": hit.title, "page": hit.page, "sheet": hit.sheet, "row": hit.row,
            "effective": hit.effective, "superseded": hit.superseded}


def _search(args: argparse.Namespace, services: Services) -> int:
    if args.top < 1 or args.top > 100:
        raise ConfigurationError("--top は 1 から 100 の数で指定してください。")
    lib = library(services)
    if not lib.folders() and not lib.shared_index:
        raise ConfigurationError(NO_FOLDERS)
    report = lib.ensure_indexed()  # a folder set by policy and never indexed on this PC
    if report is not None:
        _print_report_to_stderr(report)
    if args.jsonl:
        return _search_jsonl(lib, args.top)
    if not args.query:
        raise ConfigurationError("検索する語を指定してください（例: knowledge search \"育児休業の期間\"）。")
    hits = lib.search(args.query, args.top)
    if args.json:
        print(json.dumps([_result(h) for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print("見つかりませんでした。言い換えて検索してみてください。", file=sys.stderr)
        return 0
    for n, hit in enumerate(hits, start=1):
        old = "【旧版】" if hit.superseded else ""
        print(f"[{n}] {old}{hit.title}　{hit.location}　（スコア {hit.score:.2f}）")
        print(f"    {hit.path}")
        text = " ".join(hit.text.split())
        print(f"    {text[:160]}{'…' if len(text) > 160 else ''}")
    return 0


def _search_jsonl(lib: Library, top: int) -> int:
    failures = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            query = item["query"] if isinstance(item, dict) else None
            if not isinstance(query, str):
                raise ValueError
        except (ValueError, KeyError):
            failures += 1
            print(f"{number} 行目を読めません（{{\"id\", \"query\"}} の JSON を 1 行に 1 つ）。",
                  file=sys.stderr)
            continue
        hits = lib.search(query, top)
        out = {"id": item.get("id"), "results": [_result(h) for h in hits]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 1 if failures else 0


def _build(args: argparse.Namespace, services: Services) -> int:
    settings = services.settings.settings
    out = Path(args.out).expanduser()
    report = build_published_index(Path(args.folder).expanduser(), out, shown_as=args.shown_as,
                                   progress=_progress(),
                                   max_bytes=int(settings.max_document_mb * 1_048_576))
    _print_report(report)
    if not report.cancelled:
        print(f"索引ファイルを作りました: {out}（{out.stat().st_size / 1_048_576:.1f} MB）。"
              "共有に置き、ポリシーの knowledge_index にそのパスを設定してください。")
    return 0
