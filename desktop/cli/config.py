"""`office-assistant config show|get|set|unset` — settings from scripts; locked keys refuse.

``show`` prints each key's value and source: default, policy (the policy file), registry
(``HKLM\\SOFTWARE\\Policies\\OfficeAssistant``), user, environment, or "locked, file" /
"locked, registry" for a value the machine policy locks.
"""

from __future__ import annotations

import argparse
import json

from desktop.core.errors import ConfigurationError
from desktop.core.services import Services
from desktop.core.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("config", help="設定の表示と変更（ポリシーで固定された項目は変更できません）")
    csub = p.add_subparsers(dest="config_command", required=True, metavar="ACTION")
    show = csub.add_parser("show", help="すべての設定と、その値の出どころを表示")
    show.add_argument("--json", action="store_true")
    get = csub.add_parser("get", help="1項目を表示")
    get.add_argument("key", choices=Settings.field_names(), metavar="KEY")
    set_ = csub.add_parser("set", help="1項目を変更")
    set_.add_argument("key", choices=Settings.field_names(), metavar="KEY")
    set_.add_argument("value")
    unset = csub.add_parser("unset", help="1項目を既定値に戻す")
    unset.add_argument("key", choices=Settings.field_names(), metavar="KEY")
    key = csub.add_parser("set-api-key", help="API キーを OS の資格情報ストアに保存（標準入力から読みます）")
    key.add_argument("--delete", action="store_true", help="保存済みのキーを削除")
    # The settings dialog's 接続テスト on the command line (issue 14): same code, exit 0 on success.
    test = csub.add_parser("test", help="接続テスト（設定画面の「接続テスト」と同じ確認）")
    test.set_defaults(handler=run_connection_test)
    p.set_defaults(handler=run)


# IT keeps the pseudonymisation salt private: reports cannot be linked back to names with it.
_HIDDEN = {"user_id_salt"}


def _shown(key: str, value: object) -> object:
    return "********" if key in _HIDDEN and value else value


def run(args: argparse.Namespace, services: Services) -> int:
    store = services.settings
    if services.policy_error is not None:
        import sys

        if args.config_command in ("show", "get"):
            # IT checks a policy with `config show`: a broken one must not look like defaults.
            print("警告: " + services.policy_error.user_message, file=sys.stderr)
        else:
            raise services.policy_error  # fail closed: what it meant to lock is unknown
    if args.config_command == "show":
        import sys

        for notice in store.policy.notices:  # retired keys IT's policy still sets
            print("注意: " + notice, file=sys.stderr)
        rows = {k: {"value": _shown(k, store.get(k)), "source": store.source(k),
                    "policy": store.policy_origin(k)}
                for k in Settings.field_names()}
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            for k, row in rows.items():
                # A locked value says which policy locked it: IT checks the registry this way.
                where = f"{row['source']}, {row['policy']}" if row["source"] == "locked" \
                    else row["source"]
                print(f"{k} = {row['value']!r}  [{where}]")
        return 0
    if args.config_command == "get":
        print(json.dumps(store.get(args.key), ensure_ascii=False))
        return 0
    if args.config_command == "set":
        try:
            store.set(args.key, args.value)
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from None
        store.save()
        return 0
    if args.config_command == "unset":
        store.reset(args.key)
        store.save()
        return 0
    if args.config_command == "set-api-key":
        if args.delete:
            services.secrets.delete()
            return 0
        import getpass
        import sys

        secret = sys.stdin.readline().strip() if not sys.stdin.isatty() else getpass.getpass("API キー: ")
        if not secret:
            raise ConfigurationError("API キーが空です。")
        if not services.secrets.set(secret):
            raise ConfigurationError(
                "OS の資格情報ストアが使えないため、API キーを保存できませんでした。"
                "環境変数 OFFICE_ASSISTANT_API_KEY を使うか、画面から入力してください（そのセッションの間だけ保持）。"
            )
        print(f"API キーを OS の資格情報ストアに保存しました（{services.secrets.backend_name}）。",
              file=sys.stderr)
        return 0
    return 2


def run_connection_test(args: argparse.Namespace, services: Services) -> int:
    """One tiny real request with the effective settings; the result on stdout or stderr."""
    import sys

    from desktop.core.llm.connection import test_connection

    services.ensure_policy_valid()
    settings = services.settings.settings
    if settings.provider == "clipboard":
        raise ConfigurationError(
            "接続方式が「クリップボード経由」のため、接続テストはできません。"
            "`office-assistant config set provider azure`（または openai_compatible）で接続先を"
            "設定してください。", detail="clipboard provider in config test")
    ok, message = test_connection(settings, services.api_key)
    if ok:
        print(message)
        return 0
    print(f"エラー: {message}", file=sys.stderr)
    return 1
