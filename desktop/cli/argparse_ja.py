"""argparse in Japanese: help headings, usage and every error message.

argparse marks its messages for gettext (``_()`` and ``ngettext()`` bound at import time), the
standard hook for translating it. gettext would look for a compiled catalogue chosen by the
LANG/LANGUAGE variables, which Windows does not set, so the catalogue is a dictionary here and
is bound in place of argparse's two functions. Every message argparse 3.11–3.13 marks is below
(checked against each; tests/foundation/test_cli_japanese.py fails on one that is not), so nothing falls back to
English; exit codes do not change (2 for a usage error).
"""

from __future__ import annotations

import argparse
import gettext

MESSAGES: dict[str, str] = {
    # help
    "usage: ": "使い方: ",
    "positional arguments": "引数",
    "options": "オプション",
    "optional arguments": "オプション",  # Python < 3.10
    "subcommands": "サブコマンド",
    "show this help message and exit": "このヘルプを表示して終了します",
    "show program's version number and exit": "バージョンを表示して終了します",  # 3.13
    "%(heading)s:": "%(heading)s:",  # 3.13
    " (default: %(default)s)": "（既定: %(default)s）",  # 3.13
    # errors a user meets
    "%(prog)s: error: %(message)s\n": "%(prog)s: エラー: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "引数 %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "次の引数を指定してください: %s",
    "one of the arguments %s is required": "次の引数のどれか一つを指定してください: %s",
    "unrecognized arguments: %s": "認識できない引数があります: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "%(value)r は選べません（選べる値: %(choices)s）",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)":
        "%(value)r は選べません。%(closest)r のことですか？（選べる値: %(choices)s）",
    # %(type)s is a Python type name (int, a function name): left out of the Japanese message
    "invalid %(type)s value: %(value)r": "%(value)r はこの引数の値として正しくありません",
    "expected one argument": "値を一つ指定してください",
    "expected at most one argument": "値は一つまでです",
    "expected at least one argument": "値を一つ以上指定してください",
    "not allowed with argument %s": "引数 %s と同時には指定できません",
    "ignored explicit argument %r": "このオプションは値を取りません（指定された値: %r）",
    "ambiguous option: %(option)s could match %(matches)s":
        "オプション %(option)s があいまいです（候補: %(matches)s）",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "%(parser_name)r というコマンドはありません（使えるコマンド: %(choices)s）",
    "can't open '%(filename)s': %(error)s": "「%(filename)s」を開けません: %(error)s",
    "unexpected option string: %s": "予期しないオプションです: %s",
    'argument "-" with mode %r': "引数「-」はモード %r では使えません",
    # 3.13: deprecation warnings (the app marks nothing deprecated today)
    "%(prog)s: warning: %(message)s\n": "%(prog)s: 警告: %(message)s\n",
    "argument '%(argument_name)s' is deprecated": "引数 '%(argument_name)s' は廃止予定です",
    "command '%(parser_name)s' is deprecated": "コマンド '%(parser_name)s' は廃止予定です",
    "option '%(option)s' is deprecated": "オプション '%(option)s' は廃止予定です",
    # mistakes in the program's own parser definitions (a developer sees these, not a clerk)
    ".__call__() not defined": ".__call__() が定義されていません",
    "'required' is an invalid argument for positionals": "位置引数に 'required' は指定できません",
    "mutually exclusive arguments must be optional": "同時に指定できない引数はオプションにしてください",
    "%r is not callable": "%r は呼び出せません",
    "cannot merge actions - two groups are named %r": "引数を統合できません（同じ名前のグループ %r が二つあります）",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "オプション名 %(option)r が正しくありません（%(prefix_chars)r のどれかで始めてください）",
    "dest= is required for options like %r": "%r のようなオプションには dest= が必要です",
    "invalid conflict_resolution value: %r": "conflict_resolution の値 %r が正しくありません",
    "cannot have multiple subparser arguments": "サブコマンドの引数は一つしか置けません",
    "conflicting subparser: %s": "サブコマンド名が重複しています: %s",
    "conflicting subparser alias: %s": "サブコマンドの別名が重複しています: %s",
}

PLURALS: dict[tuple[str, str], str] = {
    ("expected %s argument", "expected %s arguments"): "値を %s 個指定してください",
    ("conflicting option string: %s", "conflicting option strings: %s"): "オプション名が重複しています: %s",
}


class JapaneseArgparse(gettext.NullTranslations):
    """argparse's catalogue; a message without a translation stays as argparse wrote it."""

    def gettext(self, message: str) -> str:
        if not isinstance(message, str):  # argparse passes a missing description through
            return message
        return MESSAGES.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        found = PLURALS.get((msgid1, msgid2))
        if found is not None:
            return found
        return msgid1 if n == 1 else msgid2


def install() -> None:
    """Make argparse speak Japanese in this process (idempotent)."""
    catalogue = JapaneseArgparse()
    argparse._ = catalogue.gettext  # type: ignore[attr-defined]
    argparse.ngettext = catalogue.ngettext  # type: ignore[attr-defined]
