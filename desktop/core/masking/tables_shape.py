"""Table rows read by the shape of their values, where cells do not line up with a header.

Why a module of its own: ``tables.py`` reads a row cell by cell under its header; these readers
take a row whose cells cannot be counted — a value holds a space (高田 和, ｲｶﾞﾗｼ ﾖｼﾋﾛ), cells are
one space apart, a fixed-width export's header is shifted from its values — or a headerless row
whose columns are shuffled.

General rules, no per-document strings:
- **Shape matching under a header** (``find_shaped_rows``). A line of labels, one of which names
  a typed number or a date (被保険者番号, 免許証番号, 在留カード番号, 口座番号, 生年月日), over rows
  that hold values of that shape: each typed label takes the one token of its shape in the row
  (a 10-digit number, 12 digits, two letters eight digits two letters, 7 digits, a date); labels
  of the same shape (生年月日 and 申請日, 個人番号 and 免許証番号) take such tokens in header order,
  and only when the row holds as many of them as the header has labels. A header word counts
  only where it names a number or a date (免許の種類 names no number). Two rows at least: prose
  under a line of labels is not a table. The header's words are labels, never values.
  A line that only lists the columns in brackets, ``(所属/氏名/免許証番号/有効期限)``, is such a
  header too: a list announced in prose names its columns that way.
- **A headerless transfer row by its contents** (``find_transfer_codes``). A comma or tab row
  holding an account kind in words (普通, 当座), a bank code (4 digits) and a branch code
  (3 digits), and one 7-digit number: that number is the account, whatever the column order —
  in two rows at least, in the same column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from desktop.core.masking.dates import is_date
from desktop.core.masking.machine_records import find_in_machine_records
from desktop.core.masking.row_kinds import find_by_row_kind
from desktop.core.masking.tables import (
    NOT_PERSONAL,
    _looks_like_header,
    cell_finding,
    find_in_tables,
    header_type,
)
from desktop.core.masking.tables_headerless import find_headerless_records

Finding = tuple[str, int, int]

# A header word of a shaped column; one character class first, so re skips to the candidates.
# (half-width kana keep their voiced mark apart in the normalised text: ﾊﾞﾝｺﾞｳ is ハ゛ンコ゛ウ)
_QUICK = re.compile(
    "[番バハ免生セNnLl](?:(?<=番)号|(?<=バ)ンゴウ|(?<=ハ)\u3099ンコ\u3099ウ|(?<=免)許|(?<=生)年月日"
    "|(?<=セ)イネン|(?<=[Nn])umber|(?<=[Ll])icen)"
)
_WORDS = re.compile(r"[^ \t]+")
# A line that only names the columns of the rows under it, in brackets, one label after another
# (the text is normalised: （所属／氏名） is (所属/氏名)).
_ANNOUNCED = re.compile(r"[(\[【〔]([^()\[\]【】〔〕 ]+?[/、・][^()\[\]【】〔〕 ]+)[)\]】〕][:：]?")
_NAMES_NUMBER = re.compile(r"番号|バンゴウ|No\.?$|NO\.?$|[Nn]umber|番$")
_NAMES_DATE = re.compile(r"日$|日付|年月日|期限|期日|ガッピ|ビ$|[Dd]ate|DOB")
# kind -> the shape class of its values (kinds of one class are told apart by header order)
_CLASS = {
    "INSURANCE_NUMBER": "10",
    "PENSION_NUMBER": "10",
    "DRIVER_LICENSE": "12",
    "MY_NUMBER": "12",
    "RESIDENCE_CARD": "RC",
    "BANK_ACCOUNT": "7",
    "BIRTH_DATE": "DATE",
}
_SHAPES = {
    "10": re.compile(r"[0-9]{10}|[0-9]{4}-[0-9]{6}"),
    "12": re.compile(r"[0-9]{12}"),
    "RC": re.compile(r"[A-Z]{2}[0-9]{8}[A-Z]{2}"),
    "7": re.compile(r"[0-9]{7}"),
}
_HEADER_MAX = 100  # characters in a header line
_VALUE_DIGITS = re.compile(r"[0-9]{3}")
_ROWS_MIN = 2


def _token_class(token: str) -> str | None:
    for cls, rx in _SHAPES.items():
        if rx.fullmatch(token):
            return cls
    m = is_date(token, compact=True)
    return "DATE" if m and m.group(0) == token else None


def _header(line: str) -> list[tuple[str, str | None]] | None:
    """The header's words in order: (shape class, kind or None for an untyped date), ("NAME",
    None) for a names column, ("", None) for any other."""
    if len(line) > _HEADER_MAX or "," in line or "|" in line or "\t" in line:
        return None
    announced = _ANNOUNCED.fullmatch(line.strip())
    if announced:  # (所属/氏名/免許証番号/有効期限): a list's columns named in a line of prose
        inner = announced.group(1)
        line = " ".join(inner.split(next(c for c in "/、・" if c in inner)))
    words = line.split()
    if not 3 <= len(words) <= 12 or _VALUE_DIGITS.search(line):
        return None  # (three digits in a row: a row of values, or prose)
    if not all(_looks_like_header(w) for w in words):
        return None
    if any(_token_class(w) for w in words):
        return None  # a row of values, not of labels
    labels: list[tuple[str, str | None]] = []
    typed = False
    for w in words:
        kind = header_type(w)
        w = unicodedata.normalize("NFKC", w)  # ﾊﾞﾝｺﾞｳ: the voiced marks join their kana
        cls = _CLASS.get(kind or "")
        if cls == "DATE" or (cls is None and _NAMES_DATE.search(w)):
            labels.append(("DATE", kind if cls else None))
            typed = typed or cls is not None
        elif cls is not None and _NAMES_NUMBER.search(w):
            labels.append((cls, kind))
            typed = True
        else:
            labels.append(("NAME" if kind == "PERSON" else "", None))
    return labels if typed else None


_NAME_WORD = re.compile(r"[一-龥々ぁ-ゖァ-ヴー・]{1,6}")


def _row(text: str, start: int, line: str, labels: list[tuple[str, str | None]]) -> list[Finding]:
    words = [(start + m.start(), start + m.end()) for m in _WORDS.finditer(line)]
    tokens: dict[str, list[int]] = {}  # shape class -> indexes in words
    for i, (s, e) in enumerate(words):
        cls = _token_class(text[s:e])
        if cls:
            tokens.setdefault(cls, []).append(i)
    out: list[Finding] = []
    placed: dict[int, int] = {}  # header index -> word index, for the shaped labels matched
    for cls in {c for c, _k in labels if c not in ("", "NAME")}:
        at = [h for h, (c, _k) in enumerate(labels) if c == cls]
        found = tokens.get(cls, [])
        if len(found) != len(at):
            continue
        for i, h in zip(found, at, strict=True):
            placed[h] = i
            kind = labels[h][1]
            f = cell_finding(text, kind, *words[i]) if kind else (NOT_PERSONAL, *words[i])
            if f is not None:
                out.append(f)
    if out:
        out.extend(_names(words, labels, placed, text))
    return out


def _names(
    words: list[tuple[int, int]],
    labels: list[tuple[str, str | None]],
    placed: dict[int, int],
    text: str,
) -> Iterator[Finding]:
    """A names column just before a matched value: the words between the cells before it and
    that value (高田 和 between 福祉課 and the licence) — one or two words of a name's letters,
    one space apart; the cells before it are a matched value, or one word each where every cell
    is one space from the next."""
    for h, (c, _k) in enumerate(labels):
        if c != "NAME" or h + 1 not in placed:
            continue
        if h - 1 in placed:
            lo = placed[h - 1] + 1
        elif (
            all(lc in ("", "NAME") for lc, _lk in labels[:h])
            and "  " not in text[words[0][0] : words[-1][1]]
        ):
            lo = h  # (cells one space apart, one word each: not a fixed-width row's columns)
        else:
            continue
        hi = placed[h + 1]
        if (
            1 <= hi - lo <= 2
            and all(_NAME_WORD.fullmatch(text, *words[i]) for i in range(lo, hi))
            and words[hi - 1][0] - words[lo][1] <= 1  # 姓 名 one space apart, not two columns
        ):
            yield ("PERSON", words[lo][0], words[hi - 1][1])


def find_table_cells(text: str) -> list[Finding]:
    """Every row reader's findings, as the masker takes them: ``find_in_tables`` (cells typed by
    their header) with the rows whose cells do not line up with it read by shape, headerless
    transfer rows read by their codes, rows read by their kind (``find_by_row_kind``) and machine
    records (``find_in_machine_records``)."""
    return [
        *by_shape(text, list(find_in_tables(text))),
        *find_transfer_codes(text),
        *find_by_row_kind(text),
        *find_in_machine_records(text),
        *find_headerless_records(text),
    ]


def by_shape(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` (the aligned readers' findings) with the shape-matched rows'. Where a row was
    matched by shape, a cell the aligned readers cut across its values is cut before the first
    of them (a name that ran into the next column: レ・ティ・トゥ ハン 4567-890123), or dropped
    when nothing but values is left (a shifted header's PERSON over R71203 S051130)."""
    shaped = list(find_shaped_rows(text))
    if not shaped:
        return found
    tokens = sorted((s, e) for t, s, e in shaped if t != "HEADER")
    spans = set(tokens)
    out: list[Finding] = []
    for kind, s, e in found:
        cut = next((ts for ts, te in tokens if ts < e and s < te and (ts, te) != (s, e)), None)
        if cut is None:
            out.append((kind, s, e))
            continue
        head = text[s:cut].rstrip(" ")
        if head and (s, s + len(head)) not in spans and cut > s:
            out.append((kind, s, s + len(head)))
    return out + shaped


def _line_at(text: str, i: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, i) + 1
    e = text.find("\n", i)
    return s, len(text) if e < 0 else e


def find_shaped_rows(text: str) -> Iterator[Finding]:
    done = -1  # the end of the last line looked at: one look a line
    for q in _QUICK.finditer(text):  # only the lines that hold a header word
        if q.start() < done:
            continue
        hs, he = _line_at(text, q.start())
        done = he
        labels = _header(text[hs:he])
        if labels is None:
            continue
        rows: list[list[Finding]] = []
        s = he + 1
        while s < len(text):
            e = text.find("\n", s)
            e = len(text) if e < 0 else e
            row = _row(text, s, text[s:e], labels)
            if not row:
                break
            rows.append(row)
            s = e + 1
        if len(rows) >= _ROWS_MIN:
            done = s
            for m in _WORDS.finditer(text, hs, he):
                yield ("HEADER", m.start(), m.end())
            for row in rows:
                yield from row


_KIND_WORD = re.compile(r"[普当貯総](?:(?<=普)通|(?<=当)座|(?<=貯)蓄|(?<=総)合)(?:預金)?")
_BANK_CODE = re.compile(r"[0-9]{4}")
_BRANCH_CODE = re.compile(r"[0-9]{3}")
_ACCOUNT = re.compile(r"[0-9]{7}")
_SEPARATOR = re.compile(r"[,\t]")


def find_transfer_codes(text: str) -> Iterator[Finding]:
    rows: dict[int, list[Finding]] = {}
    done = -1
    for k in _KIND_WORD.finditer(text):  # only the lines that hold an account kind
        if k.start() < done:
            continue
        start, end = _line_at(text, k.start())
        done = end
        line = text[start:end]
        if "," not in line and "\t" not in line:
            continue
        spans: list[tuple[int, int]] = []
        s = 0
        for sep in [*_SEPARATOR.finditer(line), None]:
            e = sep.start() if sep else len(line)
            raw = line[s:e]
            lead = len(raw) - len(raw.lstrip(' "'))
            spans.append((s + lead, max(s + lead, e - (len(raw) - len(raw.rstrip(' "'))))))
            s = e + 1
        cells = [line[a:b] for a, b in spans]
        if not any(_KIND_WORD.fullmatch(c) for c in cells):
            continue
        if not any(_BANK_CODE.fullmatch(c) for c in cells) or not any(
            _BRANCH_CODE.fullmatch(c) for c in cells
        ):
            continue
        accounts = [i for i, c in enumerate(cells) if _ACCOUNT.fullmatch(c)]
        if len(accounts) == 1:
            a, b = spans[accounts[0]]
            rows.setdefault(accounts[0], []).append(("BANK_ACCOUNT", start + a, start + b))
    for found in rows.values():
        if len(found) >= _ROWS_MIN:
            yield from found
