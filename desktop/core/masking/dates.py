"""Birth dates: a date is personal only when the text says it is a date of birth."""

from __future__ import annotations

import re
from collections.abc import Iterator

Finding = tuple[str, int, int]

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE_RE = re.compile(
    r"(?<![0-9])(?:"
    r"(?:明治|大正|昭和|平成|令和|[MTSHR]) ?(?:元|[0-9]{1,2}) ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日"
    # 和暦 and years in kanji numerals: 昭和四十五年三月二日, 一九七〇年三月二日
    r"|(?:(?:明治|大正|昭和|平成|令和) ?(?:元|[〇一二三四五六七八九十]{1,3})|[一二][〇一二三四五六七八九]{3})"
    r" ?年 ?[〇一二三四五六七八九十]{1,3} ?月 ?[〇一二三四五六七八九十]{1,3} ?日"
    r"|(?:19|20)[0-9]{2} ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日"
    r"|(?<![A-Za-z])[MTSHRmtshr] ?[0-9]{1,2}[./\-][0-9]{1,2}[./\-][0-9]{1,2}"
    r"|(?:明治|大正|昭和|平成|令和) ?(?:元|[0-9]{1,2})[./\-][0-9]{1,2}[./\-][0-9]{1,2}"
    r"|(?:19|20)[0-9]{2}[./\-][0-9]{1,2}[./\-][0-9]{1,2}"
    r"|[0-9]{1,2}/[0-9]{1,2}/(?:19|20)[0-9]{2}"
    r"|" + _MONTHS + r" [0-9]{1,2},? (?:19|20)[0-9]{2}"
    r"|[0-9]{1,2} " + _MONTHS + r",? (?:19|20)[0-9]{2}"
    r")(?![0-9])"
)
_BIRTH_BEFORE = re.compile(
    r"(?:生年月日|誕生日|出生日|生まれ|出生|DOB|D\.O\.B\.?|[Dd]ate of [Bb]irth|"
    r"[Bb]irth ?[Dd]ate|[Bb]irthday|[Bb]orn(?: on| in)?|DATE OF BIRTH|BIRTH ?DATE|BIRTHDAY|BORN)"
)
# …生, …生まれ, and in a sentence …のお生まれ / …に生まれ (the particle, then the word)
_BIRTH_AFTER = re.compile(
    r"(?: ?(?:生まれ|生|出生|誕生)| ?[(（][0-9]{1,3}歳| ?[0-9]{1,3}歳|[のに]お?生まれ)"
)


# A birth date has one of these within a few characters (before: 生年月日, DOB; after: 生まれ,
# (45歳)); dates are only looked for around them (the date pattern is slow to scan with).
# Literals only: re's scan then skips to their first characters ([Bb]irth was tried everywhere).
_BIRTH_KEY_RE = re.compile(r"生|誕|歳|DOB|D\.O\.B|Birth|birth|BIRTH|Born|born|BORN")
_BEFORE_KEY = 48  # a date that ends just before 生まれ / 45歳 starts at most this far before
_AFTER_KEY = 56  # a date after 生年月日： (20 characters of label gap) ends at most this far


def _windows(text: str) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for k in _BIRTH_KEY_RE.finditer(text):
        lo, hi = max(0, k.start() - _BEFORE_KEY), min(len(text), k.end() + _AFTER_KEY)
        if out and lo <= out[-1][1]:
            out[-1][1] = hi
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def find_birth_dates(text: str) -> Iterator[Finding]:
    seen: set[int] = set()
    for lo, hi in _windows(text):
        for m in DATE_RE.finditer(text, lo, hi):
            if m.start() in seen:
                continue
            seen.add(m.start())
            yield from _birth(text, m)
        for m in _COMPACT_DATE_RE.finditer(text, lo, hi):
            # 生年月日：19740105 — eight digits are a date only right after a birth label
            if _BIRTH_LABEL_END.search(_line_before(text, m.start())):
                yield "BIRTH_DATE", m.start(), m.end()


_BIRTH_LABEL_END = re.compile(_BIRTH_BEFORE.pattern + r"[ :：]{0,3}$")


def _line_before(text: str, start: int) -> str:
    before = text[max(0, start - 20) : start]
    nl = before.rfind("\n")
    return before[nl + 1 :] if nl >= 0 else before


# The format a form asks for, between the label and the date: Date of Birth (DD/MM/YYYY):
_FORMAT_HINT = re.compile(r"[(（][A-Za-z/.\-年月日 ]{2,14}[)）][ :：]*$")


def _birth(text: str, m: re.Match[str]) -> Iterator[Finding]:
    s, e = m.start(), m.end()
    before = _line_before(text, s)
    hint = _FORMAT_HINT.search(before)
    if hint is not None:
        before = _line_before(text, s - (len(before) - hint.start()))
    # 生 / 生まれ after the date says it is a birth date; the date alone is the value
    if _BIRTH_BEFORE.search(before) or _BIRTH_AFTER.match(text, e):
        yield "BIRTH_DATE", s, e


# A date written as eight digits (20100516), as exports store it: a date only where a column
# header or a label says so, and only when its month and day exist.
# (one class first: re's scan skips to it; a look-behind first is tried at every position)
_COMPACT_DATE_RE = re.compile(
    r"[12](?<![0-9][12])(?<=1)9[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?![0-9])"
    r"|2(?<![0-9]2)0[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?![0-9])"
)


def is_date(cell: str, compact: bool = False) -> re.Match[str] | None:
    """A date in ``cell``; with ``compact``, eight digits YYYYMMDD count too."""
    m = DATE_RE.search(cell)
    if m is None and compact:
        m = _COMPACT_DATE_RE.search(cell)
    return m
