"""Records of values without labels: each value typed by its shape within its record.

An RPA tool's dump of the row it was processing (``[0] …`` ``[1] …`` one value a line), a
barcode or IC reader's string (``…|…|…``, ``…^…^…``, ``K=…;N=…;…``) hold one person's record with
no label on any value. What a value is follows from its shape and from the record around it:

- **a date** is the record's date of birth when it is the earliest date of the record and lies at
  least ``_ADULT_GAP`` years before the record's latest date and before today (the other dates of
  such a record are issue, expiry or processing dates);
- **seven bare digits** are a postal code when the next value is an address, a bank account
  number otherwise (amounts have separators, codes other lengths);
- **twelve bare digits** are a driving licence number when the record is a licence's (its
  issuer 公安委員会 or the word 免許 is in it) or when they fail the My Number check digit;
- **a romanised name with an inner separator** (``SURNAME$GIVEN``, ``SURNAME_GIVEN``) and **two
  kanji words a space apart** filling a value are a name.

A ``$key=value`` variable dump is a record with labels: its keys are read as table headers.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from desktop.core.masking.address import place_start_re
from desktop.core.masking.dates import date_year, is_date
from desktop.core.masking.numbers import my_number_valid
from desktop.core.masking.tables import Finding, cell_finding, header_type

_ADULT_GAP = 15
_DUMP_LINE = re.compile(r"^[ \t]*\[[0-9]{1,3}\][ \t]*(\S[^\n]*?)[ \t]*$", re.M)
_DUMP_LEAST = 5  # values in a dump
_DUMP_HINT = re.compile(r"\[[0-9]{1,3}\][ \t]")
_FIELDS_LEAST = 5
_KEY_PREFIX = re.compile(r"[A-Za-z]{1,4}=")
_KEYED_FIELD = re.compile(r"(?:^|;)[A-Za-z]{1,4}=")
_BARE7 = re.compile(r"[0-9]{7}")
_BARE12 = re.compile(r"[0-9]{12}")
_ROMAN_JOINED = re.compile(r"[A-Z]{2,}[$_][A-Z]{2,}")
_KANJI_NAME = re.compile(r"[一-龥々]{1,4} [一-龥々]{1,4}")
_LICENCE_WORDS = re.compile(r"公安委員会|免許")
_VAR_DUMP = re.compile(r"\$([^\s=$/]{1,12})=([^/\n]+?)(?= / |\n|$)")


def find_value_records(text: str) -> Iterator[Finding]:
    if _DUMP_HINT.search(text):
        yield from _dumps(text)
    for sep in "|^;":
        if text.count(sep) >= _FIELDS_LEAST - 1:
            yield from _separated(text, sep)
    if "$" in text:
        for m in _VAR_DUMP.finditer(text):
            kind = header_type(m.group(1))
            if kind is not None:
                f = cell_finding(text, kind, m.start(2), m.end(2))
                if f is not None:
                    yield f


def _dumps(text: str) -> Iterator[Finding]:
    run: list[tuple[int, int]] = []
    last_end = -1
    for m in _DUMP_LINE.finditer(text):
        if run and text.count("\n", last_end, m.start()) > 1:
            yield from _typed(text, run)
            run = []
        run.append((m.start(1), m.end(1)))
        last_end = m.end()
    yield from _typed(text, run)


def _separated(text: str, sep: str) -> Iterator[Finding]:
    pos = text.find(sep)
    while pos >= 0:
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        pos = text.find(sep, end)
        line = text[start:end]
        if line.count(sep) + 1 < _FIELDS_LEAST or sep + " " in line or " " + sep in line:
            continue  # (a reader's string is tight; a Markdown or text table pads its cells)
        if sep == ";" and len(_KEYED_FIELD.findall(line)) * 2 < line.count(sep):
            continue  # a ;-list of plain parts (a vCard ADR) is another format's
        fields = []
        at = start
        for part in line.split(sep):
            s, e = at, at + len(part)
            k = _KEY_PREFIX.match(part)
            if k:
                s += k.end()
            fields.append((s, e))
            at = e + 1
        yield from _typed(text, fields)


def _typed(text: str, fields: list[tuple[int, int]]) -> Iterator[Finding]:
    fields = [(s, e) for s, e in fields if s < e]
    if len(fields) < _DUMP_LEAST:
        return
    record = text[fields[0][0] : fields[-1][1]]
    licence = bool(_LICENCE_WORDS.search(record))
    dates = []
    for s, e in fields:
        m = is_date(text[s:e], compact=True)
        if m and m.start() == 0 and m.end() == e - s:
            year = date_year(m.group())
            if year:
                dates.append((year, s, e))
    if dates:
        first = min(dates)
        latest = max(max(y for y, _s, _e in dates), datetime.date.today().year)
        if latest - first[0] >= _ADULT_GAP:
            yield ("BIRTH_DATE", first[1], first[2])
    starts = place_start_re()
    for i, (s, e) in enumerate(fields):
        value = text[s:e]
        if _BARE7.fullmatch(value):
            after = fields[i + 1] if i + 1 < len(fields) else None
            address_next = after is not None and starts.match(text, after[0]) is not None
            yield ("POSTAL_CODE" if address_next else "BANK_ACCOUNT", s, e)
        elif _BARE12.fullmatch(value):
            if licence or not my_number_valid(value):
                yield ("DRIVER_LICENSE", s, e)
        elif _ROMAN_JOINED.fullmatch(value) or _KANJI_NAME.fullmatch(value):
            yield ("PERSON", s, e)
