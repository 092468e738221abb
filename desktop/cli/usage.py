"""`office-assistant usage` — the clerk's own usage: summary, recent events, export now.

Nothing printed here contains text of a prompt or answer: only templates, times and counts.
"""

from __future__ import annotations

import argparse
import getpass
import json
import platform
import sys
from datetime import datetime, timedelta
from pathlib import Path

from desktop import __version__
from desktop.core.errors import ConfigurationError
from desktop.core.llm.cost import format_yen
from desktop.core.services import Services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("usage", help="自分の利用状況（今週・今月、削減時間）と利用記録の書き出し")
    usub = p.add_subparsers(dest="usage_command", metavar="ACTION")
    show = usub.add_parser("show", help="今週・今月の集計（ACTION を省略した場合も同じ）")
    show.add_argument("--json", action="store_true")
    lst = usub.add_parser("list", help="最近の利用記録（本文は含みません）")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--limit", type=int, default=20)
    exp = usub.add_parser("export", help="未送信の利用記録を共有フォルダへ今すぐ書き出す")
    exp.add_argument("--folder", type=Path, help="書き出し先（省略時は設定 usage_export_folder）")
    p.set_defaults(handler=run, json=False)


def period_starts(now: datetime) -> tuple[datetime, datetime]:
    """Start of this week (Monday 0:00) and of this month, in now's offset."""
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return day - timedelta(days=day.weekday()), day.replace(day=1)


def build_exporter(services: Services, store, folder: Path | None = None):  # type: ignore[no-untyped-def]
    from desktop.core.usage.export import UsageExporter

    settings = services.settings.settings
    configured = settings.usage_export_folder
    target = folder or (Path(configured) if configured else None)
    if target is None:
        raise ConfigurationError(
            "利用記録の書き出し先が設定されていません。情報システム担当が設定する "
            "usage_export_folder を確認するか、--folder で指定してください。"
        )
    return UsageExporter(store, target, user_id_salt=settings.user_id_salt,
                         user_name=getpass.getuser(), department=settings.department,
                         app_version=__version__, machine=platform.node())


def run(args: argparse.Namespace, services: Services) -> int:
    from desktop.core.usage.model import local_now

    store = services.required_usage_store()
    try:
        for notice in services.notices:
            print(notice, file=sys.stderr)
        action = args.usage_command or "show"
        if action == "list":
            events = store.events(limit=max(1, args.limit), newest_first=True)
            rows = [{
                "event_id": e.event_id, "template_id": e.template_id,
                "template_version": e.template_version, "provider": e.provider,
                "started_at": e.started_at.isoformat(timespec="seconds"),
                "ended_at": e.ended_at.isoformat(timespec="seconds") if e.ended_at else None,
                "active_seconds": round(e.active_seconds, 1), "outcome": e.outcome,
                "error_kind": e.error_kind, "manual_minutes": e.manual_minutes,
                "saved_minutes": round(e.saved_minutes, 2), "prompt_tokens": e.prompt_tokens,
                "completion_tokens": e.completion_tokens, "cost_jpy": round(e.cost_jpy, 2),
                "masked": e.masked, "turn": e.turn,
            } for e in events]
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            else:
                for r in rows:
                    print(f"{r['started_at']}  {r['template_id']:<24} {r['outcome']:<9} "
                          f"削減 {r['saved_minutes']:>6.1f} 分  "
                          f"操作 {r['active_seconds']:>6.0f} 秒")
            return 0
        if action == "export":
            exporter = build_exporter(services, store, args.folder)
            pending = store.pending_export_count()
            written = exporter.export_pending(settle_seconds=0)
            if pending and not written and store.pending_export_count():
                print(f"書き出し先に接続できませんでした（未送信 {pending} 件）。"
                      "後で自動的に再試行します。")
                return 1
            print(f"{written} 件を書き出しました: {exporter.path}")
            return 0
        now = local_now()
        week, month = period_starts(now)
        out = {}
        for label, since in (("this_week", week), ("this_month", month)):
            s = store.summary(since, None)
            out[label] = {
                "tasks": s.tasks, "requests": s.requests, "follow_ups": s.turns,
                "used": s.used + s.edited, "discarded": s.discarded,
                "errors": s.errors, "hours_saved": round(s.saved_hours, 2),
                "cost_jpy": round(s.cost_jpy, 1),
                "by_template": {k: round(v.saved_minutes / 60, 2)
                                for k, v in sorted(s.by_template.items())},
            }
        if args.json:
            print(json.dumps(out, ensure_ascii=False, indent=2))
        else:
            for label, title in (("this_week", "今週"), ("this_month", "今月")):
                o = out[label]
                follow = f"、追加の質問 {o['follow_ups']} 回" if o["follow_ups"] else ""
                print(f"{title}: {o['tasks']} 件（利用 {o['used']}）{follow}、"
                      f"削減時間 {o['hours_saved']:.1f} 時間、費用 {format_yen(o['cost_jpy'])} 円")
        return 0
    finally:
        store.close()
