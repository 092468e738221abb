"""Checks of the features that bring their own engine: the search index of the organisation's
documents (SQLite FTS5) and the table analysis (DuckDB, closed to files and network). Each runs a
small sample end to end, so a build without FTS5 or with a broken DuckDB fails here, after
install, instead of in front of a clerk."""

from __future__ import annotations

import time

from desktop.core.selftest.model import CheckResult
from desktop.core.services import Services


def check_knowledge(services: Services) -> CheckResult:
    """A two-article rule indexed and searched the way a clerk's question is (in a temporary
    folder: the real index is never touched)."""
    import sqlite3
    import tempfile
    from pathlib import Path

    from desktop.core.knowledge.index import KnowledgeIndex

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="oa-selftest-") as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        (folder / "要綱.txt").write_text(
            "自己診断補助金交付要綱\n第1条 この要綱は、補助金の交付に関し必要な事項を定める。\n"
            "第2条 補助金の額は、十万円を上限とする。\n", "utf-8")
        index = KnowledgeIndex(Path(tmp) / "index.sqlite3")
        try:
            index.update([folder])
            hits = index.search("ほじょきんの上限はいくら", top=3)
        except sqlite3.OperationalError as exc:
            return CheckResult("knowledge", "FAIL",
                               f"庁内資料の検索に使う全文検索（SQLite FTS5）が使えません: {exc}")
        finally:
            index.close()
    if not any("第2条" in hit.location for hit in hits):
        found = "・".join(hit.location for hit in hits) or "なし"
        return CheckResult("knowledge", "FAIL", f"庁内資料の検索が見本の条文を見つけられません（{found}）。")
    ms = (time.perf_counter() - started) * 1000
    return CheckResult("knowledge", "OK",
                       f"庁内資料の検索（SQLite {sqlite3.sqlite_version}・FTS5、ひらがなの質問から"
                       f"条文）が動作しています（{ms:.0f} ms）")


def check_analysis(services: Services) -> CheckResult:
    from desktop.core.analysis.engine import Engine, close_doors, connect, do
    from desktop.core.analysis.guard import QueryRefused, check_sql

    started = time.perf_counter()
    con = connect()
    try:
        do(con, "CREATE TABLE 見本 AS SELECT * FROM (VALUES ('北区', 3), ('南区', 4)) v(地区, 件数)")
        close_doors(con)
        engine = Engine(con)
        result = engine.run(check_sql('SELECT sum("件数") FROM "見本"', engine, ["見本"]).sql)
        try:
            check_sql("SELECT * FROM read_csv('x.csv')", engine, ["見本"])
        except QueryRefused:
            refused = True
        else:
            refused = False
    except Exception as exc:  # a DuckDB that does not load or run is a broken install
        return CheckResult("analysis", "FAIL", f"表の分析エンジン（DuckDB）が動作しません: "
                           f"{type(exc).__name__}: {exc}")
    finally:
        con.close()
    if result.rows != ((7,),):
        return CheckResult("analysis", "FAIL", f"表の分析エンジンの計算が正しくありません: {result.rows}")
    if not refused:
        return CheckResult("analysis", "FAIL", "表の分析で、ファイルを読むクエリを拒否できません。")
    import duckdb

    ms = (time.perf_counter() - started) * 1000
    return CheckResult("analysis", "OK", f"表の分析エンジン（DuckDB {duckdb.__version__}）が動作し、"
                       f"ファイルを読むクエリを拒否します（{ms:.0f} ms）")
