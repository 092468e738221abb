"""Every help text and usage error of the command line is Japanese; usage errors exit 2."""

from __future__ import annotations

import argparse
import ast
import inspect
import re

import pytest

from desktop.cli import build_parser, main
from desktop.cli.argparse_ja import MESSAGES, PLURALS

# What argparse prints in English when a message is not translated.
ENGLISH = re.compile(r"usage:|options:|positional arguments|error:|show this help|required|"
                     r"invalid choice|unrecognized|expected .*argument|invalid .* value|not allowed|"
                     r"ambiguous|show program's version")


def _marked_messages() -> tuple[set[str], set[tuple[str, str]]]:
    """The messages this Python's argparse marks for translation."""
    singles: set[str] = set()
    plurals: set[tuple[str, str]] = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if node.func.id == "_" and texts:
                singles.add(texts[0])
            elif node.func.id == "ngettext" and len(texts) == 2:
                plurals.add((texts[0], texts[1]))
    return singles, plurals


def test_every_message_argparse_marks_has_a_japanese_translation():
    singles, plurals = _marked_messages()
    assert singles and plurals  # the scan found argparse's messages
    assert singles - MESSAGES.keys() == set()
    assert plurals - PLURALS.keys() == set()


def test_translations_keep_the_placeholders():
    def holders(text: str) -> list[str]:
        return sorted(re.findall(r"%\(\w+\)[rs]|%[rs]", text))

    for source, japanese in MESSAGES.items():
        if source.startswith("invalid %(type)s"):
            continue  # the type's Python name is deliberately not shown
        assert holders(source) == holders(japanese), source


def _subcommand_paths() -> list[list[str]]:
    paths: list[list[str]] = [[]]

    def walk(parser: argparse.ArgumentParser, prefix: list[str]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    paths.append([*prefix, name])
                    walk(child, [*prefix, name])

    walk(build_parser(), [])
    return paths


@pytest.mark.parametrize("path", _subcommand_paths(), ids=lambda p: " ".join(p) or "(top)")
def test_help_is_japanese(path, capsys):
    with pytest.raises(SystemExit) as ex:
        main([*path, "--help"])
    assert ex.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("使い方: office-assistant")
    assert "オプション:" in out and "このヘルプを表示して終了します" in out
    assert not ENGLISH.search(out), out


@pytest.mark.parametrize(("argv", "expected"), [
    (["run"], "次の引数を指定してください: TEMPLATE_ID"),
    (["config"], "次の引数を指定してください: ACTION"),
    (["no-such-command"], "'no-such-command' は選べません（選べる値: 'self-test'"),
    (["run", "summarize", "--outcome", "maybe"], "引数 --outcome: 'maybe' は選べません"),
    (["self-test", "--bogus"], "認識できない引数があります: --bogus"),
    (["usage", "list", "--limit", "many"], "引数 --limit: 'many' はこの引数の値として正しくありません"),
    (["run", "summarize", "--var"], "引数 --var: 値を一つ指定してください"),
    (["mask", "--json", "--text"], "認識できない引数があります: --text"),
])
def test_usage_errors_are_japanese_and_exit_2(argv, expected, capsys):
    with pytest.raises(SystemExit) as ex:
        main(argv)
    assert ex.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("使い方: office-assistant")
    assert ": エラー: " in captured.err and expected in captured.err, captured.err
    assert not ENGLISH.search(captured.err), captured.err
