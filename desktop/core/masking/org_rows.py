"""Rows of a list of organisations: a facility's or company's published address and number.

A table whose header names organisations (事業所番号, 法人番号, 事業所名, 商号 …) lists, in a
column headed 所在地, where each organisation is, and in a column headed 電話, its main number:
the published contact of a care provider or a bidder, not a person's. Only those two columns
(and a 郵便番号 or FAX column beside them) of such a table are the organisation's.

Privacy first, the row stays masked whenever it may be a person's:
- a header with a person's own column (氏名 alone, 利用者, 申請者, 被保険者, 世帯主, 本人 …) is a
  list of people who use or work for the organisation, not of organisations;
- an address column headed 住所 (where someone lives) is the organisation's only when the rows
  are keyed by its registration number (事業所番号, 法人番号); a phone column naming a person's
  line (携帯, 自宅, 直通, 担当, 緊急) is never the organisation's;
- a mobile number (090/080/070) is someone's phone even in an organisation's row;
- a row whose organisation cell is empty is not known to be one.
Names in the row (a 管理者, a 代表者氏名) stay masked: they are natural persons.
"""

from __future__ import annotations

import re

Finding = tuple[str, int, int]

# Words only an organisations' list has in its header: found first, so a text without one costs
# a single scan.
GATE = re.compile(
    r"事業所番号|事業者番号|法人番号|事業所名|事業者名|施設名|法人名|会社名|商号|業者名|業者番号|"
    r"医療機関名|医療機関コード"
)
_ORG_COLUMN = re.compile(
    r"(?:事業所|事業者|法人|施設|会社|業者|医療機関)(?:番号|名|名称|コード)|商号|名称"
)
_PLACE_COLUMN = re.compile(
    r"(?:事業所|事業者|施設|本店|本社|法人|主たる事務所の)?所在地|(?:事業所|施設|本店|本社)住所"
)
_PHONE_COLUMN = re.compile(
    r"(?:事業所|施設|本店|本社|代表)?(?:電話|電話番号|TEL|Tel|tel)(?:番号)?|代表番号|"
    r"(?:FAX|Fax|ファクス|ファックス)(?:番号)?"
)
_REGISTRATION = re.compile(r"(?:事業所|事業者|法人|医療機関)(?:番号|コード)")
_POSTAL_COLUMN = re.compile(r"(?:郵便番号|〒)")
_PERSON_COLUMN = re.compile(
    r"氏名|利用者|申請者|被保険者|受給者|世帯主|本人|住民|児童|生徒|患者|入所者"
)
_PERSON_OK = re.compile(r"(?:代表者|管理者|担当者|責任者|代表)(?:氏名|名)?|(?:代表者|管理者)職")
_MOBILE = re.compile(r"\(?0[789]0(?![0-9])|\+81[- ]?\(?[789]0")
_SEPARATORS = ("\t", ",", "|")


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's text inside ``line``, quotes and spaces stripped."""
    out, pos = [], 0
    for part in line.split(sep):
        s, e = pos, pos + len(part)
        while s < e and line[s] in ' "\u3000':
            s += 1
        while e > s and line[e - 1] in ' "\u3000':
            e -= 1
        out.append((s, e))
        pos += len(part) + 1
    return out


def _columns(header: list[str]) -> dict[int, str] | None:
    """The organisation's columns of a header: index → finding type, or None when the header is
    not an organisations' list."""
    org = [i for i, h in enumerate(header) if _ORG_COLUMN.fullmatch(h)]
    if not org:
        return None
    if any(_PERSON_COLUMN.search(h) and not _PERSON_OK.fullmatch(h) for h in header):
        return None
    # a row keyed by an organisation's registration number describes that organisation: its
    # 住所 is where the organisation is
    registered = any(_REGISTRATION.fullmatch(h) for h in header)
    if not registered and "住所" in header:
        return None  # may be a list of where people live, with the facility they use
    cols: dict[int, str] = {}
    for i, h in enumerate(header):
        if _PLACE_COLUMN.fullmatch(h) or (registered and h == "住所"):
            cols[i] = "ADDRESS"
        elif _PHONE_COLUMN.fullmatch(h):
            cols[i] = "PHONE"
        elif _POSTAL_COLUMN.fullmatch(h):
            cols[i] = "POSTAL_CODE"
    if not cols:
        return None
    cols[-1] = str(org[0])  # the organisation's own cell: a row must fill it
    return cols


def _line_at(norm: str, pos: int) -> tuple[int, int]:
    end = norm.find("\n", pos)
    return norm.rfind("\n", 0, pos) + 1, len(norm) if end < 0 else end


def org_row_contacts(norm: str, raw: list[Finding]) -> set[Finding]:
    """The findings in the organisation's columns of an organisations' list."""
    tables: list[tuple[int, int, str, int, int, dict[int, str]]] = []
    done = -1
    for gate in GATE.finditer(norm):
        if gate.start() < done:
            continue  # inside a table already read
        ls, le = _line_at(norm, gate.start())
        line = norm[ls:le]
        sep = max(_SEPARATORS, key=line.count)
        if line.count(sep) < 2:
            continue
        spans = _cells(line, sep)
        cols = _columns([line[s:e] for s, e in spans])
        if cols is None:
            continue
        org_col = int(cols.pop(-1))
        end = le  # the table runs while its rows have the header's number of cells
        while end < len(norm):
            rs, re_ = _line_at(norm, end + 1)
            if len(_cells(norm[rs:re_], sep)) != len(spans):
                break
            end = re_
        tables.append((le + 1, end, sep, len(spans), org_col, cols))
        done = end
    public: set[Finding] = set()
    if not tables:
        return public
    for f in raw:
        kind, fs, fe = f
        for start, end, sep, width, org_col, cols in tables:
            if not start <= fs < end:
                continue
            ls, le = _line_at(norm, fs)
            cells = _cells(norm[ls:le], sep)
            if len(cells) != width or cells[org_col][0] == cells[org_col][1]:
                break
            col = next((i for i, (s, e) in enumerate(cells) if s <= fs - ls < e), -1)
            if cols.get(col) != kind or fe - ls > cells[col][1]:
                break
            if kind == "PHONE" and _MOBILE.match(norm, fs):
                break
            public.add(f)
            break
    return public
