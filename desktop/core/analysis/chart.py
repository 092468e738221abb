"""Which chart fits a result: a category or a time axis and one or more numeric series."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.analysis.engine import QueryResult

NUMERIC_PREFIXES = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT",
                    "USMALLINT", "UINTEGER", "UBIGINT", "FLOAT", "DOUBLE", "DECIMAL", "REAL")
TIME_PREFIXES = ("DATE", "TIMESTAMP", "TIME")
MAX_POINTS = 500
PIE_MAX_SLICES = 8


@dataclass(frozen=True)
class ChartSpec:
    kind: str  # bar, line, pie, none
    label_column: int = -1  # index of the axis/category column
    value_columns: tuple[int, ...] = ()

    def as_dict(self, columns: tuple[str, ...]) -> dict[str, object]:
        if self.kind == "none":
            return {"type": "none"}
        return {"type": self.kind, "x": columns[self.label_column],
                "y": [columns[i] for i in self.value_columns]}


def is_numeric(type_name: str) -> bool:
    return type_name.upper().startswith(NUMERIC_PREFIXES)


def is_time(type_name: str) -> bool:
    return type_name.upper().startswith(TIME_PREFIXES)


def choose_chart(result: QueryResult, suggested: str | None = None) -> ChartSpec:
    """The model's suggestion when the result's shape allows it, else what the shape says:
    a time axis -> line, categories -> bar, a single share-like series of few rows -> pie only
    when suggested; one row or no numeric column -> no chart."""
    none = ChartSpec("none")
    if suggested == "none" or len(result.rows) < 2 or len(result.rows) > MAX_POINTS:
        return none
    numeric = [i for i, t in enumerate(result.types) if is_numeric(t)]
    others = [i for i in range(len(result.types)) if i not in numeric]
    if not numeric:
        return none
    if others:
        label = others[0]
        values = tuple(numeric)
    elif len(numeric) >= 2:
        label, values = numeric[0], tuple(numeric[1:])  # e.g. 年 and 件数, both numbers
    else:
        return none
    if len(others) > 1:
        return none  # two category columns: a table says more than a chart
    time_axis = is_time(result.types[label]) or (label in numeric)
    if suggested == "pie" and len(values) == 1 and len(result.rows) <= PIE_MAX_SLICES and all(
            (r[values[0]] or 0) >= 0 for r in result.rows):
        return ChartSpec("pie", label, values)
    if suggested == "line" or (suggested is None and time_axis):
        return ChartSpec("line", label, values)
    return ChartSpec("bar", label, values)
