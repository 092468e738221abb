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
    r"|(?:19|20)[0-9]{2} ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日"
    r"|(?<![A-Za-z])[MTSHRmtshr] ?[0-9]{1,2}[./\-][0-9]{1,2}[./\-][0-9]{1,2}"
    r"|(?:19|20)[0-9]{2}[./\-][0-9]{1,2}[./\-][0-9]{1,2}"
    r"|[0-9]{1,2}/[0-9]{1,2}/(?:19|20)[0-9]{2}"
    r"|" + _MONTHS + r" [0-9]{1,2},? (?:19|20)[0-9]{2}"
    r"|[0-9]{1,2} " + _MONTHS + r",? (?:19|20)[0-9]{2}"
    r")(?![0-9])(?: ?(?:生まれ|生))?"
)
_BIRTH_BEFORE = re.compile(
    r"(?:生年月日|誕生日|出生日|生まれ|出生|DOB|D\.O\.B\.?|[Dd]ate of [Bb]irth|"
    r"[Bb]irth ?[Dd]ate|[Bb]irthday|[Bb]orn(?: on| in)?)"
)
_BIRTH_AFTER = re.compile(r"(?: ?(?:生まれ|生|出生|誕生)| ?[(（][0-9]{1,3}歳| ?[0-9]{1,3}歳)")


def find_birth_dates(text: str) -> Iterator[Finding]:
    for m in DATE_RE.finditer(text):
        s, e = m.start(), m.end()
        lo = max(0, s - 20)
        before = text[lo:s]
        nl = before.rfind("\n")
        if nl >= 0:
            before = before[nl + 1 :]
        if (
            _BIRTH_BEFORE.search(before)
            or m.group(0).endswith("生")
            or m.group(0).endswith("生まれ")
            or _BIRTH_AFTER.match(text, e)
        ):
            yield "BIRTH_DATE", s, e


def is_date(cell: str) -> re.Match[str] | None:
    return DATE_RE.search(cell)
