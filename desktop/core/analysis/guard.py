"""What the model's SQL may do, checked before the engine sees it.

One statement, a plain query (SELECT / WITH / VALUES), reading only the loaded tables (and its own
CTEs), no table function but the harmless generators, no function that reaches files, the network,
extensions, settings or the catalogue. The engine is closed to files and network as well
(``engine.close_doors``): this check gives the clerk a clear reason and keeps a query that would
only fail at run time from reaching it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.core.analysis.engine import Engine
from desktop.core.errors import UserFacingError

# Table functions that only generate values.
ALLOWED_TABLE_FUNCTIONS = frozenset(("range", "generate_series", "unnest"))
# Scalar functions that read or reach outside the data, or run SQL given as text.
_DENIED_FUNCTION = re.compile(
    r"^(?:read_\w*|glob|sniff_csv|parquet_\w*|iceberg_\w*|delta_\w*|query|query_table|"
    r"json_execute_serialized_sql|json_serialize_\w*|json_deserialize_sql|getenv|"
    r"current_setting|duckdb_\w*|pragma_\w*|load_extension|install_extension|"
    r"which_secret|sql_auto_complete|checkpoint|force_checkpoint|"
    r"export_\w*|import_\w*|http_\w*|postgres_\w*|sqlite_\w*|mysql_\w*|"
    r"enable_\w*|disable_\w*|set_\w*|setseed|write_\w*|copy_\w*)$",
    re.IGNORECASE)
MAX_SQL_CHARS = 20_000


class QueryRefused(UserFacingError):
    """The query is not run; ``reason`` (Japanese, no data) also goes back to the model."""

    def __init__(self, reason: str, *, detail: str) -> None:
        super().__init__(f"AI が作ったクエリは安全のため実行しませんでした: {reason}", detail=detail)
        self.reason = reason


@dataclass(frozen=True)
class CheckedQuery:
    sql: str
    tables: tuple[str, ...]  # the loaded tables it reads
    aggregated: bool  # the outermost query groups or aggregates


def check_sql(sql: str, engine: Engine, tables: list[str]) -> CheckedQuery:
    text = (sql or "").strip()
    while text.endswith(";"):
        text = text[:-1].rstrip()
    if not text:
        raise QueryRefused("クエリが空です。", detail="empty")
    if len(text) > MAX_SQL_CHARS:
        raise QueryRefused("クエリが長すぎます。", detail="too long")
    con = engine.connection
    import duckdb

    try:
        with engine._lock:  # the parser shares the connection
            statements = con.extract_statements(text)
    except duckdb.Error:
        raise QueryRefused("SQL として読み取れません（構文の誤り）。", detail="parse error") from None
    if len(statements) != 1:
        raise QueryRefused("1 つのクエリ（SELECT 文 1 つ）だけが実行できます。",
                           detail=f"{len(statements)} statements")
    kind = statements[0].type
    if kind != duckdb.StatementType.SELECT:
        raise QueryRefused(
            f"読み取り（SELECT）以外の文（{_kind_name(kind)}）は実行できません。",
            detail=f"statement {_kind_name(kind)}")
    lowered = text.lstrip("( \n\t").lower()
    if lowered.startswith(("summarize", "describe", "show", "pivot", "unpivot")):
        raise QueryRefused("SELECT か WITH で始まるクエリだけが実行できます。", detail="not a query")
    tree = _parse_tree(engine, text)
    ctes = set(_cte_names(tree))
    known = {t.casefold(): t for t in tables}
    read: list[str] = []
    for node in _walk(tree):
        node_type = node.get("type")
        if node_type == "BASE_TABLE":
            if node.get("catalog_name") or node.get("schema_name") not in ("", "main", None):
                raise QueryRefused("読み込んだ表以外（データベース・スキーマの指定）は参照できません。",
                                   detail="catalog reference")
            name = str(node.get("table_name", ""))
            if name.casefold() in ctes:
                continue
            if name.casefold() not in known:
                raise QueryRefused(
                    f"表「{name}」は読み込まれていません（使える表: {'、'.join(tables)}）。",
                    detail="unknown table")
            read.append(known[name.casefold()])
        elif node_type == "TABLE_FUNCTION":
            fn = str((node.get("function") or {}).get("function_name", ""))
            if fn.lower() not in ALLOWED_TABLE_FUNCTIONS:
                raise QueryRefused(f"表関数 {fn}() は使えません（ファイルや外部を読む関数は"
                                   "実行しません）。", detail=f"table function {fn}")
        elif node.get("class") == "FUNCTION":
            fn = str(node.get("function_name", ""))
            if _DENIED_FUNCTION.match(fn):
                raise QueryRefused(f"関数 {fn}() は使えません。", detail=f"function {fn}")
    top = tree.get("node") or {}
    return CheckedQuery(text, tuple(dict.fromkeys(read)), _aggregated(top, engine))


def _kind_name(kind: Any) -> str:
    return str(getattr(kind, "name", kind)).upper()


def _parse_tree(engine: Engine, text: str) -> dict[str, Any]:
    raw = engine.query("SELECT json_serialize_sql(?)", [text])[0][0]
    parsed = json.loads(raw)
    if parsed.get("error") or len(parsed.get("statements") or []) != 1:
        raise QueryRefused("このクエリの形は確認できないため実行しません。SELECT 文で書いてください。",
                           detail="not serialisable")
    return parsed["statements"][0]


def _walk(value: Any) -> Iterator[dict[str, Any]]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _cte_names(tree: Any) -> Iterator[str]:
    for node in _walk(tree):
        cte_map = node.get("cte_map")
        if isinstance(cte_map, dict):
            for entry in cte_map.get("map") or []:
                key = entry.get("key") if isinstance(entry, dict) else None
                if isinstance(key, str):
                    yield key.casefold()


_AGGREGATES: frozenset[str] | None = None


def _aggregate_names(engine: Engine) -> frozenset[str]:
    global _AGGREGATES
    if _AGGREGATES is None:
        rows = engine.query("SELECT DISTINCT lower(function_name) FROM duckdb_functions() "
                            "WHERE function_type = 'aggregate'")
        _AGGREGATES = frozenset(r[0] for r in rows) | {"count_star"}
    return _AGGREGATES


def _aggregated(top: dict[str, Any], engine: Engine) -> bool:
    """The outermost SELECT groups, or every output column is an aggregate."""
    node = top
    # A set operation (UNION...) is aggregated when both sides are.
    if node.get("type") == "SET_OPERATION_NODE":
        return _aggregated(node.get("left") or {}, engine) and _aggregated(
            node.get("right") or {}, engine)
    if node.get("type") != "SELECT_NODE":
        return False
    if node.get("group_expressions"):
        return True
    aggregates = _aggregate_names(engine)
    items = node.get("select_list") or []
    if not items:
        return False
    for item in items:
        names = {str(n.get("function_name", "")).lower() for n in _walk(item)
                 if n.get("class") == "FUNCTION"}
        if not names & aggregates:
            return False
    return True
