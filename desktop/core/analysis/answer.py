"""The model's answer: one SQL query in a ```sql block, and optionally a suggested chart."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"```[ \t]*([A-Za-z]*)[^\n]*\n(.*?)```", re.DOTALL)
_BARE = re.compile(r"(?im)^\s*((?:WITH|SELECT|FROM)\b.*)", re.DOTALL)
_CHART = re.compile(r"(?:グラフ|chart)\s*[:：]\s*([A-Za-z]+|棒|折れ線|円|なし)", re.IGNORECASE)
CHART_WORDS = {"bar": "bar", "棒": "bar", "line": "line", "折れ線": "line", "pie": "pie",
               "円": "pie", "none": "none", "なし": "none"}


@dataclass(frozen=True)
class ParsedAnswer:
    sql: str  # "" when the answer holds no query
    chart: str | None  # bar / line / pie / none as suggested; None when not said


def parse_answer(text: str) -> ParsedAnswer:
    text = text or ""
    sql = ""
    blocks = _FENCE.findall(text)
    for lang, body in blocks:
        if lang.lower() in ("sql", "duckdb", ""):
            sql = body.strip()
            if sql:
                break
    if not sql and not blocks:
        m = _BARE.search(text)
        if m:
            sql = m.group(1).split("\n\n", 1)[0].strip()
    chart = None
    m = _CHART.search(_FENCE.sub("", text))
    if m:
        chart = CHART_WORDS.get(m.group(1).lower(), CHART_WORDS.get(m.group(1)))
    return ParsedAnswer(sql.rstrip().rstrip(";").rstrip(), chart)
