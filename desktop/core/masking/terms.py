"""IT's word lists: one entry a line, literal text or ``re:`` followed by a regular expression.

Used for the always-mask dictionary (受付第2024-117号 as ``re:受付第[0-9]{4}-[0-9]+号``), the
allowlist (the organisation's own name, departments, officials' titles) and blocked terms.
Matching is on width-normalised text (desktop.core.masking.normalize), so ＡＢＣ and ABC, ５ and
5 are the same; a literal entry is normalised the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop.core.errors import ConfigurationError
from desktop.core.masking.normalize import normalize

REGEX_PREFIX = "re:"


def _decode(data: bytes) -> str:
    """UTF-8 (a BOM is fine) or Shift_JIS (CP932, what Notepad writes as "ANSI" on a Japanese
    Windows PC, where IT edits these lists). Anything else fails: a list read wrongly would
    block or mask the wrong words."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp932")
    if _NOT_TEXT.search(text):  # cp932 maps stray bytes to private-use characters
        raise ValueError("not a text file")
    return text


# Control characters (but tab and line ends) and private-use characters: not a word list.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ue000-\uf8ff]")


def read_term_file(path: str, *, what: str = "マスキング用の語の一覧") -> list[str]:
    """One term a line, UTF-8 or Shift_JIS; '#' starts a comment. A ``re:`` line is kept
    whole (a pattern may contain '#')."""
    try:
        raw = _decode(Path(path).read_bytes())
    except (OSError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
        raise ConfigurationError(
            f"{what}を読み込めませんでした: {path}\n"
            "ファイルの場所と文字コード（UTF-8 または Shift_JIS）を確認するか、設定から外してください。",
            detail=f"term file unreadable: {type(exc).__name__}",
        ) from None
    terms = []
    for line in raw.splitlines():
        stripped = line.strip()
        term = stripped if stripped.startswith(REGEX_PREFIX) else line.split("#", 1)[0].strip()
        if term:
            terms.append(term)
    return terms


class TermMatcher:
    """Finds the entries of one list in a text (offsets into the normalised text, which are the
    offsets into the original: normalisation keeps every index)."""

    def __init__(self, terms: Iterable[str], *, what: str = "マスキング用の語の一覧") -> None:
        literals: list[str] = []
        self.patterns: list[tuple[str, re.Pattern[str]]] = []  # (entry as written, pattern)
        for term in terms:
            term = term.strip()
            if not term:
                continue
            if term.startswith(REGEX_PREFIX):
                self.patterns.append((term, _compile(term, what)))
            else:
                literals.append(term)
        self.literals = sorted({normalize(t) for t in literals}, key=len, reverse=True)
        self._literal_re = (
            re.compile("|".join(map(re.escape, self.literals))) if self.literals else None
        )
        self._literal_of = {normalize(t): t for t in literals}

    def __bool__(self) -> bool:
        return bool(self._literal_re or self.patterns)

    def finditer(self, norm: str) -> Iterator[tuple[str, int, int]]:
        """(entry as written, start, end) of every match in the normalised text."""
        if self._literal_re is not None:
            for m in self._literal_re.finditer(norm):
                yield self._literal_of.get(m.group(0), m.group(0)), m.start(), m.end()
        for entry, rx in self.patterns:
            for m in rx.finditer(norm):
                if m.end() > m.start():  # an empty match masks nothing
                    yield entry, m.start(), m.end()

    def literal_set(self) -> frozenset[str]:
        return frozenset(self.literals)


def _compile(entry: str, what: str) -> re.Pattern[str]:
    source = entry[len(REGEX_PREFIX) :]
    try:
        rx = re.compile(normalize(source))
    except re.error as exc:
        raise ConfigurationError(
            f"{what}の正規表現「{entry}」に誤りがあります（{exc.msg}）。\n"
            "書き方を直すか、その行を削除してください。",
            detail="term pattern invalid",
        ) from None
    if rx.fullmatch(""):
        raise ConfigurationError(
            f"{what}の正規表現「{entry}」は空の文字列にも一致します。\n"
            "少なくとも1文字に一致する書き方にしてください。",
            detail="term pattern matches empty",
        )
    return rx
