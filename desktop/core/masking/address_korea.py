"""Korean road-name addresses in Hangul (서울특별시 마포구 월드컵북로 396, 101동 1502호, 04524):
foreign residents from Korea give their former address so. The province or city, the district,
the road with its building number, then a block and a flat; the five-digit postal code after a
comma is a finding of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator

Finding = tuple[str, int, int]

_KOREAN_ADDRESS = re.compile(
    r"(?:[가-힣]{2,6}(?:특별시|광역시|특별자치시|특별자치도|도|시) )?"
    r"[가-힣]{1,6}(?:구|군|시) "
    r"(?:[가-힣]{1,6}(?:읍|면|동) )?"
    r"[가-힣0-9]{1,12}(?:로|길) ?[0-9]{1,4}(?:-[0-9]{1,4})?"
    r"(?:,? [0-9]{1,4}동)?(?:,? [0-9]{1,5}호)?"
)
_POSTAL_AFTER = re.compile(r",? \(?([0-9]{5})\)?(?![0-9])")
GATE = re.compile(r"[가-힣](?:로|길) ?[0-9]")


def find_korean_addresses(text: str) -> Iterator[Finding]:
    for m in _KOREAN_ADDRESS.finditer(text):
        yield "ADDRESS", m.start(), m.end()
        code = _POSTAL_AFTER.match(text, m.end())
        if code:
            yield "POSTAL_CODE", code.start(1), code.end(1)
