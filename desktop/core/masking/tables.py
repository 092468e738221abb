"""Table rows (CSV, TSV, Markdown, Excel pasted as text).

A column's header says what its cells are; a key | value row says what its value is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.masking.dates import is_date

Finding = tuple[str, int, int]

_HEADER_TYPES = (
    ("BIRTH_DATE", re.compile(r"生年月日|誕生日|[Dd]ate of [Bb]irth|DOB|[Bb]irth")),
    (
        "PERSON",
        re.compile(
            r"氏名|名前|フリガナ|ふりがな|カナ|申請者|相談者|担当者|世帯主|代表者|保護者|"
            r"^[Nn]ame$|[Ff]ull [Nn]ame|[Cc]ontact"
        ),
    ),
    ("ADDRESS", re.compile(r"住所|所在地|居所|[Aa]ddress")),
    ("POSTAL_CODE", re.compile(r"郵便番号|〒|[Pp]ostal|ZIP|[Zz]ip")),
)
_POSTAL_CELL = re.compile(r"〒? ?([0-9]{3}-?[0-9]{4})")
# An address cell that starts with its postal code: the code is its own finding.
_POSTAL_PREFIX = re.compile(r"(?:〒|郵便番号[:：]?)? ?([0-9]{3}-?[0-9]{4})[ ]*")
# Header words that are not personal values (a key | value row "氏名 | No" is a header row).
_PLAIN_HEADER = re.compile(r"(?:No\.?|NO\.?|#|ID|番号|連番|順番?|備考|年齢|性別)")
_SPLIT = re.compile(r"\t|,|\|")
_HAS_CONTENT = re.compile(r"[一-龥々ァ-ヴぁ-ゖA-Za-z0-9]")


def _separator(line: str) -> re.Pattern[str]:
    """A table keeps one separator; commas inside a tab or pipe cell (¥129,700) are text."""
    if "\t" in line:
        return re.compile("\t")
    if "|" in line:
        return re.compile(r"\|")
    return re.compile(",")


def _cells(line: str, start: int, sep: re.Pattern[str] = _SPLIT) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in sep.finditer(line):
        out.append((start + pos, start + m.start()))
        pos = m.end()
    out.append((start + pos, start + len(line)))
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \"'":
        s += 1
    while e > s and text[e - 1] in " \"'":
        e -= 1
    return s, e


def _cell_finding(text: str, kind: str, s: int, e: int) -> Finding | None:
    s, e = _strip(text, s, e)
    if s >= e or not _HAS_CONTENT.search(text, s, e):
        return None
    if kind == "BIRTH_DATE":
        m = is_date(text[s:e])
        return (kind, s + m.start(), s + m.end()) if m else None
    if kind == "ADDRESS":
        m = _POSTAL_PREFIX.match(text, s, e)
        if m and m.end() < e:
            return (kind, m.end(), e) if e - m.end() <= 60 else None
    if kind == "POSTAL_CODE":
        m = _POSTAL_CELL.fullmatch(text, s, e)
        return (kind, m.start(1), m.end(1)) if m else None
    if kind == "PERSON" and not re.search(r"[^0-9\-.,:/ ()（）]", text[s:e]):
        return None  # a number in a name column is a row number or a code
    if kind == "PERSON" and _is_column_label(text[s:e]):
        # A list of column names (| A | 氏名 |, | B | 住所 |, | D | 金額 |, as in a description
        # of a sheet) is not a list of people: masking it hides the sheet from the model.
        return None
    return (kind, s, e) if e - s <= 60 else None


_DIGIT = re.compile(r"[0-9]")


def _looks_like_header(cell: str) -> bool:
    """Header cells are short labels; a value such as 「〒163-0000 東京都…」 mentions 〒 but is data."""
    return len(cell) <= 20 and not _DIGIT.search(cell)


_COLUMN_LABELS = frozenset((
    "氏名", "名前", "フリガナ", "ふりがな", "住所", "所在地", "電話", "電話番号", "携帯", "携帯番号", "メール",
    "メールアドレス", "生年月日", "年齢", "性別", "所属", "部署", "課", "係", "担当", "担当者", "区分", "種別", "分類",
    "種類", "地区", "地域", "金額", "単価", "数量", "件数", "合計", "小計", "日付", "日時", "年月日", "受付日", "期限",
    "状態", "状況", "内容", "備考", "番号", "コード", "郵便番号", "No", "ID", "Name", "Address",
    "Phone", "Email", "Date", "Amount", "Total",
))


def _is_column_label(value: str) -> bool:
    return value.strip() in _COLUMN_LABELS


def _is_header_word(cell: str) -> bool:
    if _PLAIN_HEADER.fullmatch(cell):
        return True
    return _looks_like_header(cell) and any(rx.search(cell) for _k, rx in _HEADER_TYPES)


def find_in_tables(text: str) -> Iterator[Finding]:
    if not _SPLIT.search(text):
        return
    columns: dict[int, str] | None = None
    width = 0
    sep = _SPLIT
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            columns = None
            continue
        if columns is not None:
            cells = _cells(line, start, sep)
            # Extra cells only come from separators inside a later cell (JPY 129,700).
            if len(cells) >= width:
                for idx, kind in columns.items():
                    f = _cell_finding(text, kind, *cells[idx])
                    if f:
                        yield f
                continue
        cells = _cells(line, start, _separator(line))
        if len(cells) < 2:
            columns = None
            continue
        header: dict[int, str] = {}
        for idx, (s, e) in enumerate(cells):
            cell = text[s:e].strip()
            if not _looks_like_header(cell):
                continue
            for kind, rx in _HEADER_TYPES:
                if rx.search(cell):
                    header[idx] = kind
                    break
        content = [i for i, (s, e) in enumerate(cells) if text[s:e].strip()]
        if (
            header
            and len(content) == 2
            and content[0] in header
            and not _is_header_word(text[slice(*cells[content[1]])].strip())
        ):
            # A key | value row (| 申請者氏名 | 山田太郎 |): the value is personal, the rows
            # below hold other keys, not more names.
            f = _cell_finding(text, header[content[0]], *cells[content[1]])
            if f:
                yield f
            columns = None
        elif header:
            columns, width, sep = header, len(cells), _separator(line)
        else:
            columns = None
