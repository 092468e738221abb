"""The embedded query engine: one in-memory DuckDB per set of loaded tables, closed after loading.

Why DuckDB and not the SQLite already in the bundle: it is the field's standard for local analytics
(columnar, vectorised, multi-threaded: a GROUP BY over a million rows takes a fraction of a second
where SQLite takes seconds), it reads CSV itself at full speed, has real DATE types and date
functions, and lets us shut every door the model must not open: after loading, external access
(files, network, ATTACH, COPY, INSTALL/LOAD) is switched off and the configuration locked, extension
auto-install/auto-load is off from the start and Python objects are never scanned by name.
``desktop.core.analysis.guard`` checks each statement before it reaches the engine as well.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import UserFacingError

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT = 20.0  # seconds per query
DEFAULT_ROW_LIMIT = 10_000  # result rows kept (the rest is counted as cut)
MEMORY_LIMIT = "2GB"

_CONFIG = {
    "autoinstall_known_extensions": "false",
    "autoload_known_extensions": "false",
    "allow_community_extensions": "false",
    "allow_unsigned_extensions": "false",
    # A table name the query does not know must not resolve to a Python variable.
    "python_enable_replacements": "false",
    # Nothing spills to disk: the clerk's data stays in memory.
    "temp_directory": "",
    "memory_limit": MEMORY_LIMIT,
}


class QueryFailed(UserFacingError):
    """The engine could not run a (checked) query; ``engine_message`` is for the repair round."""

    def __init__(self, user_message: str, engine_message: str = "", *, detail: str = "") -> None:
        super().__init__(user_message, detail=detail or "query failed")
        self.engine_message = engine_message


class QueryTimedOut(QueryFailed):
    pass


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    types: tuple[str, ...]  # DuckDB type names (BIGINT, DOUBLE, DATE, VARCHAR...)
    rows: tuple[tuple[Any, ...], ...]
    truncated: bool = False  # more rows than the row limit; only the first ones are kept
    seconds: float = 0.0


def connect() -> Any:
    import duckdb

    return duckdb.connect(":memory:", config=dict(_CONFIG))


def do(con: Any, sql: str) -> list[tuple[Any, ...]]:
    """Run one statement to its end (the connection takes no new work while a result is open)."""
    return con.execute(sql).fetchall()


def close_doors(con: Any) -> None:
    """After loading: no file or network access any more, and no setting can be changed back."""
    do(con, "SET enable_external_access = false")
    do(con, "SET lock_configuration = true")


class Engine:
    """A locked connection that runs one query at a time with a time and a row limit."""

    def __init__(self, con: Any) -> None:
        self._con = con
        self._lock = threading.Lock()

    @property
    def connection(self) -> Any:
        return self._con

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Internal queries (profiles, checks): all rows, no limits."""
        with self._lock:
            return self._con.execute(sql, list(params)).fetchall()

    def run(self, sql: str, *, time_limit: float = DEFAULT_TIME_LIMIT,
            row_limit: int = DEFAULT_ROW_LIMIT) -> QueryResult:
        import time

        import duckdb

        with self._lock:
            timed_out = threading.Event()

            def stop() -> None:
                timed_out.set()
                self._con.interrupt()

            timer = threading.Timer(time_limit, stop)
            t0 = time.perf_counter()
            timer.start()
            try:
                cursor = self._con.execute(sql)
                description = cursor.description or []
                rows = cursor.fetchmany(row_limit + 1)
                if len(rows) > row_limit:
                    self._con.abort()  # the rest is not needed (and would block the connection)
            except duckdb.Error as exc:
                if timed_out.is_set():
                    raise QueryTimedOut(
                        f"クエリが制限時間（{time_limit:g} 秒）内に終わらなかったため止めました。"
                        "条件を絞るか、集計の単位を大きくしてください。",
                        f"timed out after {time_limit:g} s", detail="query timed out") from None
                message = str(exc).strip()
                raise QueryFailed("クエリを実行できませんでした。", message,
                                  detail=type(exc).__name__) from None
            finally:
                timer.cancel()
            seconds = time.perf_counter() - t0
        columns = tuple(str(d[0]) for d in description)
        types = tuple(str(d[1]) for d in description)
        truncated = len(rows) > row_limit
        return QueryResult(columns, types, tuple(tuple(r) for r in rows[:row_limit]), truncated,
                           seconds)

    def interrupt(self) -> None:
        self._con.interrupt()

    def close(self) -> None:
        with self._lock:
            self._con.close()
