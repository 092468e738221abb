"""What the model learns about the tables: names, and per column its type, distinct count, range,
share of empty cells and the top values of a small category; a few example rows.

Columns the masker finds personal (names, addresses, phone and other numbers, birth dates) are
described by their type and counts only: no value of theirs, not even a masked one, enters the
prompt; the examples show ＜氏名＞-style labels there. The other values in the text are masked by
the pipeline like every prompt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.analysis.loader import Column, TableInfo, Workspace
from desktop.core.analysis.normalise import quote_ident

TYPE_LABELS = {"BIGINT": "整数", "DOUBLE": "数値", "DATE": "日付", "TIMESTAMP": "日時",
               "VARCHAR": "文字列"}
PROBE_VALUES = 40  # distinct values of a column the masker looks at
PERSONAL_SHARE = 0.3  # share of those found personal that makes the whole column personal
TOP_VALUES = 10
CATEGORY_MAX_DISTINCT = 30
EXAMPLE_ROWS = 3
MAX_VALUE_CHARS = 30
MAX_COLUMNS_SHOWN = 60


@dataclass(frozen=True)
class ColumnProfile:
    name: str
    type: str
    rows: int
    empty: int
    distinct: int
    minimum: Any = None
    maximum: Any = None
    top: tuple[tuple[Any, int], ...] = ()
    personal: str | None = None  # the masker's label for the column's values (氏名, 住所...)

    @property
    def empty_share(self) -> float:
        return self.empty / self.rows if self.rows else 0.0


@dataclass(frozen=True)
class TableProfile:
    table: TableInfo
    columns: tuple[ColumnProfile, ...]
    examples: tuple[tuple[str, ...], ...]  # shown values (personal columns as labels)

    def personal_columns(self) -> list[str]:
        return [c.name for c in self.columns if c.personal]


def personal_label(masker: Any, header: str, values: Sequence[str]) -> str | None:
    """The masker's label when the column holds personal information, else None."""
    from desktop.core.masking import TYPE_LABELS as ENTITY_LABELS
    from desktop.core.masking.tables import PUBLIC_COLUMNS, header_type

    announced = header_type(header)
    if announced in PUBLIC_COLUMNS:
        return None  # 事業所番号, 所属, 担当地区: the header says no one's data is there
    if announced is not None:
        return ENTITY_LABELS.get(announced, announced)
    cells = [v.replace(",", " ").replace("\n", " ").strip() for v in values]
    cells = [c for c in cells if c]
    if not cells:
        return None
    lines = ["No," + header.replace(",", " ")]
    starts: list[tuple[int, int]] = []
    pos = len(lines[0]) + 1
    for i, cell in enumerate(cells, start=1):
        prefix = f"{i},"
        starts.append((pos + len(prefix), pos + len(prefix) + len(cell)))
        lines.append(prefix + cell)
        pos += len(prefix) + len(cell) + 1
    found = masker.find("\n".join(lines))
    hits: dict[str, int] = {}
    for start, end in starts:
        for e in found:
            if e.start < end and e.end > start:
                hits[e.type] = hits.get(e.type, 0) + 1
                break
    if not hits:
        return None
    kind, _count = max(hits.items(), key=lambda kv: kv[1])
    if sum(hits.values()) < max(1, PERSONAL_SHARE * len(cells)):
        return None
    return ENTITY_LABELS.get(kind, kind)


def profile_table(ws: Workspace, table: TableInfo, masker: Any) -> TableProfile:
    t = quote_ident(table.name)
    cols = table.columns
    parts: list[str] = []
    for c in cols:
        q = quote_ident(c.name)
        parts.append(f"count({q})")
        parts.append(f"count(DISTINCT {q})")
        if c.type in ("BIGINT", "DOUBLE", "DATE", "TIMESTAMP"):
            parts += [f"min({q})", f"max({q})"]
        else:
            parts += ["NULL", "NULL"]
    stats = ws.engine.query(f"SELECT {', '.join(parts)} FROM {t}")[0] if cols else ()
    out: list[ColumnProfile] = []
    for i, c in enumerate(cols):
        filled, distinct, low, high = stats[i * 4:(i + 1) * 4]
        sample = [str(r[0]) for r in ws.engine.query(
            f"SELECT DISTINCT CAST({quote_ident(c.name)} AS VARCHAR) FROM {t} "
            f"WHERE {quote_ident(c.name)} IS NOT NULL LIMIT {PROBE_VALUES}")]
        personal = personal_label(masker, c.name, sample)
        top: tuple[tuple[Any, int], ...] = ()
        if personal is None and c.type == "VARCHAR" and 0 < distinct <= CATEGORY_MAX_DISTINCT:
            top = tuple((r[0], int(r[1])) for r in ws.engine.query(
                f"SELECT {quote_ident(c.name)}, count(*) AS n FROM {t} "
                f"WHERE {quote_ident(c.name)} IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 "
                f"LIMIT {TOP_VALUES}"))
        out.append(ColumnProfile(
            c.name, c.type, table.rows, table.rows - int(filled), int(distinct),
            None if personal else low, None if personal else high, top, personal))
    examples: list[tuple[str, ...]] = []
    if cols:
        rows = ws.engine.query(f"SELECT * FROM {t} LIMIT {EXAMPLE_ROWS}")
        for row in rows:
            examples.append(tuple(
                f"＜{p.personal}＞" if p.personal else _shown(v) for p, v in zip(out, row, strict=True)))
    return TableProfile(table, tuple(out), tuple(examples))


def profile_workspace(ws: Workspace, masker: Any) -> list[TableProfile]:
    return [profile_table(ws, t, masker) for t in ws.tables]


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        text = f"{value:.6g}"
    elif isinstance(value, dt.datetime):
        text = value.isoformat(sep=" ")
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = str(value)
    text = text.replace("\n", " ").replace("|", "｜")
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS] + "…"


def _column_line(c: ColumnProfile) -> str:
    bits = [TYPE_LABELS.get(c.type, c.type)]
    if c.personal:
        bits.append(f"個人情報（{c.personal}）の列: 値は送っていません")
    bits.append(f"異なる値 {c.distinct:,} 種類")
    if c.rows:
        bits.append(f"空欄 {round(100 * c.empty_share)}%")
    if c.minimum is not None and c.maximum is not None:
        bits.append(f"最小 {_shown(c.minimum)}・最大 {_shown(c.maximum)}")
    if c.top:
        bits.append("主な値: " + "、".join(f"{_shown(v)}（{n:,}）" for v, n in c.top))
    return f"- {quote_ident(c.name)}: " + " / ".join(bits)


def profile_text(profiles: Sequence[TableProfile]) -> str:
    """The tables' description for the prompt (Japanese)."""
    lines: list[str] = []
    for p in profiles:
        info = p.table
        where = info.source if info.sheet is None else f"{info.source} のシート「{info.sheet}」"
        lines.append(f"## 表 {quote_ident(info.name)}（{where}、{info.rows:,} 行"
                     + ("" if info.header else "、見出し行なし: 列名は 列1, 列2…") + "）")
        lines.append("列:")
        lines += [_column_line(c) for c in p.columns[:MAX_COLUMNS_SHOWN]]
        if len(p.columns) > MAX_COLUMNS_SHOWN:
            lines.append(f"（ほか {len(p.columns) - MAX_COLUMNS_SHOWN} 列）")
        if p.examples:
            lines.append(f"先頭 {len(p.examples)} 行の例:")
            lines.append("| " + " | ".join(c.name for c in p.columns[:MAX_COLUMNS_SHOWN]) + " |")
            lines.append("|" + "---|" * min(len(p.columns), MAX_COLUMNS_SHOWN))
            lines += ["| " + " | ".join(r[:MAX_COLUMNS_SHOWN]) + " |" for r in p.examples]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def columns_of(profiles: Sequence[TableProfile]) -> dict[str, list[Column]]:
    return {p.table.name: list(p.table.columns) for p in profiles}
