"""Headerless person records typed by what their rows hold, not by a header.

Why a module of its own: ``tables.py`` types a column by its header and ``tables_shape.py`` by a
header's words or a transfer row's codes; an export pasted without its header line (a 介護認定
list, a fixed-width half-width-kana dump, a CSV whose first column is a record key) has neither.
Its rows still say what they are: a record starts with a key (digits), holds a person's name,
and its other cells have shapes and words that name their column.

General rules, no per-document strings; a block is two lines at least, each line a record (tab,
comma or space separated, its first cell digits), so prose is never read:
- **A care-level row is a 介護保険 record** (``要介護3``, ``要支援1`` in a cell): its one cell of
  eight or ten digits (not a YYYYMMDD date; of two, none is guessed) is the 被保険者番号, even
  where ten digits look like a phone.
- **A compact date in a space-separated record with a name** (a fixed-width export: key, ﾔﾏﾀﾞ ﾀﾛｳ,
  19660419, …): where every row holds exactly one YYYYMMDD date, that column is the birth date,
  and the half-width kana words between the key and the date are the person's name.
- **A record's leading key is not a phone**: a first cell of ten digits in rows whose second cell
  is a name is the record's number (納付者番号, 宛名番号); a person's phone follows the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.masking.dates import is_date
from desktop.core.masking.tables import NOT_PERSONAL

Finding = tuple[str, int, int]

# quick rejection: a line that starts with digits and a separator (one compiled search)
_QUICK = re.compile(r"^[0-9]{1,12}[\t, ]", re.M)
_CARE = re.compile(r"要(?:介護|支援)[1-5１-５]")
_INSURED = re.compile(r"[0-9]{8}|[0-9]{10}")
_KEY = re.compile(r"[0-9]{1,12}")
_TEN = re.compile(r"[0-9]{10}")
_COMPACT = re.compile(r"(?:19|20)[0-9]{6}")
_HANKANA = re.compile(r"[ァ-ヴーｦ-ﾟ\u3099\u309a゛゜]+")  # (normalised: ﾔﾏﾀﾞ is ヤマタ゛)
_NAME = re.compile(
    r"[一-龥々ぁ-ゖァ-ヴー・ｦ-ﾟ\u3099\u309a゛゜]+(?:[ 　][一-龥々ぁ-ゖァ-ヴー・ｦ-ﾟ\u3099\u309a゛゜]+)?"
)
_ROWS_MIN = 2


def _cells(line: str, start: int) -> list[tuple[int, int]]:
    """The (start, end) of each non-empty cell of a record line, offsets in the text."""
    if "\t" in line:
        sep = re.compile(r"\t")
    elif "," in line:
        sep = re.compile(r",")
    else:
        return [(start + m.start(), start + m.end()) for m in re.finditer(r"[^ ]+", line)]
    out: list[tuple[int, int]] = []
    s = 0
    for m in [*sep.finditer(line), None]:
        e = m.start() if m else len(line)
        raw = line[s:e]
        lead = len(raw) - len(raw.lstrip(' "'))
        trail = len(raw) - len(raw.rstrip(' "'))
        if e - trail > s + lead:
            out.append((start + s + lead, start + e - trail))
        s = e + 1
    return out


def _blocks(text: str) -> Iterator[list[tuple[str, list[tuple[int, int]]]]]:
    """Runs of two or more record lines (first cell digits, same separator)."""
    block: list[tuple[str, list[tuple[int, int]]]] = []
    kind = None
    start = 0
    for line in text.split("\n"):
        cells = None
        sep = "\t" if "\t" in line else "," if "," in line else " "
        if _KEY.fullmatch(line[: max(0, line.find(sep))]) if sep in line else False:
            cells = _cells(line, start)
        if cells and len(cells) >= 3 and (not block or sep == kind):
            block.append((line, cells))
            kind = sep
        else:
            if len(block) >= _ROWS_MIN:
                yield block
            block = []
            kind = None
            if cells and len(cells) >= 3:
                block.append((line, cells))
                kind = sep
        start += len(line) + 1
    if len(block) >= _ROWS_MIN:
        yield block


def _care_numbers(text: str, block: list) -> list[Finding]:
    out: list[Finding] = []
    for _line, cells in block:
        values = [text[s:e] for s, e in cells]
        if not any(_CARE.fullmatch(v) for v in values):
            return []
        hits = [  # one number of that shape in the row; of two, which one is not guessed
            c
            for c, v in zip(cells, values, strict=True)
            if _INSURED.fullmatch(v) and not is_date(v, compact=True)
        ]
        if len(hits) != 1:
            return []
        out.append(("INSURANCE_NUMBER", *hits[0]))
    return out


def _fixed_width(text: str, block: list) -> list[Finding]:
    out: list[Finding] = []
    for _line, cells in block:
        values = [text[s:e] for s, e in cells]
        dates = [
            i for i, v in enumerate(values) if _COMPACT.fullmatch(v) and is_date(v, compact=True)
        ]
        if len(dates) != 1:
            return []
        d = dates[0]
        names = cells[1:d]
        if not 1 <= len(names) <= 2 or not all(_HANKANA.fullmatch(text[s:e]) for s, e in names):
            return []
        out.append(("BIRTH_DATE", *cells[d]))
        out.append(("PERSON", names[0][0], names[-1][1]))
    return out


def _leading_keys(text: str, block: list) -> list[Finding]:
    out: list[Finding] = []
    for _line, cells in block:
        key, second = cells[0], cells[1]
        if not _TEN.fullmatch(text[key[0] : key[1]]) or not _NAME.fullmatch(
            text[second[0] : second[1]]
        ):
            return []
        out.append((NOT_PERSONAL, *key))
    return out


def find_headerless_records(text: str) -> Iterator[Finding]:
    """Cells of headerless person records, typed by their rows' contents (see the docstring)."""
    if _QUICK.search(text) is None:
        return
    for block in _blocks(text):
        if block[0][0].count(" ") and "\t" not in block[0][0] and "," not in block[0][0]:
            yield from _fixed_width(text, block)
        else:
            first = block[0][1][0][0]
            above = text[text.rfind("\n", 0, max(0, first - 1)) + 1 : max(0, first - 1)]
            sep = "\t" if "\t" in block[0][0] else ","
            if above.count(sep) < 2:  # no header line above it: a header types the columns
                yield from _care_numbers(text, block)
                yield from _leading_keys(text, block)
