"""Run the number/date/address patterns only on the parts of a text that can hold a match.

Most of a document has no digit, no ``@`` and no kanji-numeral address unit, yet a pattern that
starts with a look-behind is tried at every position of the text. ``Compact`` copies only the
neighbourhood of each trigger (the rest of its line within a margin) into a shorter text, joined
by newlines, and maps findings back to the original offsets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

Finding = tuple[str, int, int]

# Every number, date, e-mail and street address holds one of these.
# One character class first, so re skips straight to the candidates (an alternation at the
# top is tried at every position); the look-behind ends the match at a digit or "@".
_TRIGGER_RE = re.compile(r"[0-9@〇一二三四五六七八九十百千]"
                         r"(?:(?<=[0-9@])|[〇一二三四五六七八九十百千]*(?:丁目|番地|番|号|条|線|地割))")
_RUN_RE = re.compile(r"[0-9@]+|[〇一二三四五六七八九十百千]+(?:丁目|番地|番|号|条|線|地割)")
# A date in kanji numerals (昭和四十五年三月二日生) has no digit: its lines are kept too.
_KANJI_DATE_RE = re.compile(r"年 ?[〇一二三四五六七八九十]{1,3} ?月")
# Labels sit before the value (運転免許証番号 …, 住所：… 40 place characters), buildings and
# "生まれ" after it; the margins are wider than any look-around or context window used.
LEFT = 64
RIGHT = 72
# Pieces are joined by a newline (no pattern crosses one) and a character no pattern accepts,
# so a look at "the next line" never sees an unrelated piece.
_JOIN = "\n\x00"
# Below this share of the text the copy pays for itself.
_WORTH = 0.8


class Compact:
    __slots__ = ("_origins", "_starts", "text")

    def __init__(self, text: str) -> None:
        spans: list[list[int]] = []
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            if not _TRIGGER_RE.search(line) and not ("月" in line and _KANJI_DATE_RE.search(line)):
                continue
            if len(line) <= 2 * (LEFT + RIGHT):  # short line: all of it, no per-digit work
                if spans and spans[-1][1] == start - 1:  # the line before: keep the real "\n"
                    spans[-1][1] = start + len(line)
                else:
                    spans.append([start, start + len(line)])
                continue
            runs = list(_RUN_RE.finditer(line))
            if "月" in line:
                runs.extend(_KANJI_DATE_RE.finditer(line))
                runs.sort(key=lambda m: m.start())
            for m in runs:
                s = start + max(m.start() - LEFT, 0)
                e = start + min(m.end() + RIGHT, len(line))
                if spans and s <= spans[-1][1]:
                    spans[-1][1] = max(spans[-1][1], e)
                else:
                    spans.append([s, e])
        if sum(e - s for s, e in spans) > _WORTH * len(text):
            spans = [[0, len(text)]]
        parts: list[str] = []
        self._starts: list[int] = []  # start of each piece in the compact text
        self._origins: list[int] = []  # its start in the original text
        pos = 0
        for s, e in spans:
            self._starts.append(pos)
            self._origins.append(s)
            parts.append(text[s:e])
            pos += e - s + len(_JOIN)
        self.text = _JOIN.join(parts)

    def lift(self, found: Iterable[Finding]) -> list[Finding]:
        """Findings in the compact text -> the same findings in the original text."""
        if self._origins == [0]:
            return list(found)
        out: list[Finding] = []
        starts, origins = self._starts, self._origins
        for t, s, e in found:
            i = bisect.bisect_right(starts, s) - 1
            j = bisect.bisect_right(starts, max(s, e - 1)) - 1
            out.append((t, s - starts[i] + origins[i], e - starts[j] + origins[j]))
        return out
