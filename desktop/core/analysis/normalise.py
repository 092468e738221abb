"""From the text of a cell to a typed value: full-width digits, 和暦 and Western dates, numbers.

Every cell is read as text; each column then gets the narrowest type all its non-empty cells fit
(integer, decimal, date, timestamp, else text), proposed on a sample and confirmed on the whole
column while the table is built, in SQL, so that the engine parses, cleans and converts a million
rows in parallel in about a second. A column whose numbers start with 0 (codes, phone numbers)
stays text; 和暦 is converted by regular expressions only in the cells a plain date cast misses.
"""

from __future__ import annotations

import re

# Full-width ASCII (U+FF01..U+FF5E) and the ideographic space -> their ASCII forms.
_FULL = "".join(chr(c) for c in range(0xFF01, 0xFF5F)) + "\u3000"
_HALF = "".join(chr(c) for c in range(0x21, 0x7F)) + " "

# (name and initial, the year before its first year)
ERAS = (("明治", "M", 1867), ("大正", "T", 1911), ("昭和", "S", 1925), ("平成", "H", 1988),
        ("令和", "R", 2018))
_ERA_ALT = "|".join(f"{full}|{initial}|{initial.lower()}" for full, initial, _o in ERAS)
WAREKI_PATTERN = (rf"^({_ERA_ALT})\.?\s*(\d{{1,2}}|元)\s*[年./-]\s*(\d{{1,2}})\s*[月./-]\s*"
                  r"(\d{1,2})\s*日?$")
WESTERN_PATTERN = r"^(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?(?:[ T]00:00(?::00)?)?$"

SAMPLE_ROWS = 2000


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


FULL_WIDTH = re.compile("[\uff01-\uff5e]")
FULL_WIDTH_UTF8 = re.compile(rb"\xef\xbc[\x81-\xbf]|\xef\xbd[\x80-\x9e]")


def cleaned(col: str, full_width: bool = True) -> str:
    """The cell's text trimmed, '' -> NULL; with ``full_width`` (the file holds full-width
    letters or digits somewhere) those are made ASCII first. The check costs a regular
    expression per cell, so a file without any (most exports) skips it; trim() copies every
    cell, so it runs only on those that start or end with a space."""
    if full_width:
        col = (f"(CASE WHEN regexp_matches({col}, '[\uff01-\uff5e\u3000]') "
               f"THEN translate({col}, {quote_literal(_FULL)}, {quote_literal(_HALF)}) "
               f"ELSE {col} END)")
    return (f"(CASE WHEN {col} LIKE ' %' OR {col} LIKE '% ' THEN NULLIF(trim({col}), '') "
            f"WHEN {col} = '' THEN NULL ELSE {col} END)")


def _number_text(n: str) -> str:
    return f"replace(replace({n}, ',', ''), '円', '')"


def _era_offset(e: str) -> str:
    return f"CASE {e} " + " ".join(
        f"WHEN {quote_literal(full)} THEN {offset} WHEN {quote_literal(initial)} THEN {offset} "
        f"WHEN {quote_literal(initial.lower())} THEN {offset}" for full, initial, offset in ERAS
    ) + " END"


def wareki_parts(n: str) -> str:
    """The 和暦 parts of n as a struct (e, y, m, d); matched once, for cells that do not start
    with a Western year."""
    return (f"CASE WHEN NOT {n} GLOB '[0-9][0-9][0-9][0-9]*' THEN regexp_extract({n}, "
            f"{quote_literal(WAREKI_PATTERN)}, ['e', 'y', 'm', 'd']) END")


def wareki_date(s: str) -> str:
    """A DATE from the struct of ``wareki_parts`` (NULL when it did not match)."""
    return (f"TRY_CAST(printf('%04d-%02d-%02d', {_era_offset(f'{s}.e')} + "
            f"(CASE {s}.y WHEN '元' THEN 1 ELSE TRY_CAST({s}.y AS INTEGER) END), "
            f"TRY_CAST({s}.m AS INTEGER), TRY_CAST({s}.d AS INTEGER)) AS DATE)")


def date_expr(n: str) -> str:
    """A DATE from 令和6年4月1日, R6.4.1, 平成元年5月1日, 2024/4/1, 2024年4月1日, 2024-04-01.

    Each pattern is matched once per cell: the lambdas bind the cell and the 和暦 parts to a
    name, where a plain expression would repeat the regular expression for every use."""
    wareki = (f"list_transform([regexp_extract(v, {quote_literal(WAREKI_PATTERN)}, "
              f"['e', 'y', 'm', 'd'])], lambda s: {wareki_date('s')})[1]")
    # Western dates (most cells) by plain replacements; the regular expressions only for 和暦.
    western = ("TRY_CAST(replace(replace(replace(replace(replace(v, '/', '-'), '.', '-'), "
               "'年', '-'), '月', '-'), '日', '') AS DATE)")
    iso_time = (f"CASE WHEN regexp_full_match(v, {quote_literal(WESTERN_PATTERN)}) THEN "
                f"TRY_CAST(regexp_replace(v, {quote_literal(WESTERN_PATTERN)}, '\\1-\\2-\\3') "
                f"AS DATE) END")
    return (f"list_transform([{n}], lambda v: CASE "
            f"WHEN v GLOB '[0-9][0-9][0-9][0-9][-/.年]*' AND NOT contains(v, ' ') "
            f"AND NOT contains(v, 'T') THEN {western} "
            f"WHEN v GLOB '[0-9][0-9][0-9][0-9]*' THEN {iso_time} "
            f"ELSE {wareki} END)[1]")


# type name -> (expression turning the cleaned text n into it, test that n fits)
def typed_expr(kind: str, n: str) -> str:
    if kind == "BIGINT":
        return (f"CASE WHEN {fits_expr('BIGINT', n)} THEN TRY_CAST({_number_text(n)} AS BIGINT) "
                "END")
    if kind == "DOUBLE":
        return (f"CASE WHEN {fits_expr('DOUBLE', n)} THEN TRY_CAST({_number_text(n)} AS DOUBLE) "
                "END")
    if kind == "DATE":
        return date_expr(n)
    if kind == "TIMESTAMP":
        return f"TRY_CAST({n} AS TIMESTAMP)"
    return n


def _leading_zero(t: str) -> str:
    """A code such as 0012 or a phone number 090...: digits after a leading 0 (not 0.5)."""
    return f"(({t} LIKE '0%' OR {t} LIKE '-0%') AND NOT ({t} IN ('0', '-0') OR {t} LIKE '0.%' " \
           f"OR {t} LIKE '-0.%'))"


def fits_expr(kind: str, n: str) -> str:
    """True where the cleaned text n converts to ``kind`` (n is not NULL). LIKE and contains()
    rather than regular expressions: this runs on every cell of a million-row column."""
    if kind in ("BIGINT", "DOUBLE"):
        t = _number_text(n)
        plain = (f"{t} GLOB '*[0-9]*' AND NOT contains(lower({t}), 'e') "
                 f"AND NOT {_leading_zero(t)}")
        if kind == "BIGINT":
            return (f"(TRY_CAST({t} AS BIGINT) IS NOT NULL AND NOT contains({t}, '.') "
                    f"AND {plain})")
        return f"(TRY_CAST({t} AS DOUBLE) IS NOT NULL AND {plain})"
    if kind == "DATE":
        return f"({date_expr(n)} IS NOT NULL)"
    if kind == "TIMESTAMP":
        return f"(TRY_CAST({n} AS TIMESTAMP) IS NOT NULL)"
    return "TRUE"


CANDIDATES = ("BIGINT", "DOUBLE", "DATE", "TIMESTAMP")
# The message of the error a typed column raises on a cell that does not fit its type.
UNFIT = "__analysis_unfit__"


def fast_expr(kind: str, n: str) -> str | None:
    """The common cells (plain digits, 2024-04-01 / 2024/4/1) by one cast; NULL for the rest, which
    ``typed_expr`` then takes the slow way. Returns None when there is no fast way."""
    if kind in ("BIGINT", "DOUBLE"):
        # digits, maybe with thousands separators (1,500), not starting with 0 (a code)
        return (f"CASE WHEN length({n}) <= 18 AND NOT {n} GLOB '*[!0-9]*' "
                f"AND ({n} = '0' OR NOT {n} LIKE '0%') THEN TRY_CAST({n} AS {kind}) "
                f"WHEN length({n}) <= 24 AND {n} GLOB '[1-9]*' AND NOT {n} GLOB '*[!0-9,]*' "
                f"THEN TRY_CAST(replace({n}, ',', '') AS {kind}) END")
    if kind == "DATE":
        return (f"CASE WHEN length({n}) BETWEEN 8 AND 10 "
                f"AND {n} GLOB '[0-9][0-9][0-9][0-9][-/][0-9]*' THEN TRY_CAST({n} AS DATE) END")
    return None


def checked_expr(kind: str, n: str, wareki: str | None = None) -> str:
    """``typed_expr`` that raises UNFIT on a non-empty cell it cannot convert: the table is built
    in one pass, and a column guessed too narrow stops the build instead of losing cells.
    ``wareki`` names the column's ``wareki_parts`` (DATE only)."""
    if kind == "VARCHAR":
        return n
    fast = fast_expr(kind, n)
    parts = [fast] if fast else []
    if wareki is not None:
        parts.append(wareki_date(wareki))
    parts += [typed_expr(kind, n), f"error({quote_literal(UNFIT)})"]
    return f"CASE WHEN {n} IS NULL THEN NULL ELSE coalesce({', '.join(parts)}) END"


def cleaned_source(source: str, columns: list[str], full_width: bool,
                   limit: int | None = None) -> str:
    """``source`` (a table, or a read_csv(...) call) with every cell cleaned."""
    items = ", ".join(f"{cleaned(quote_ident(c), full_width)} AS {quote_ident(c)}"
                      for c in columns)
    tail = f" LIMIT {limit}" if limit else ""
    return f"(SELECT {items} FROM {source}{tail})"


def _fitting_kinds(con, query: str, columns: list[str], kinds: list[str]) -> list[str]:
    """Per column, the first of its kind and the wider ones that every non-empty cell fits."""
    parts: list[str] = []
    ladders: list[list[str]] = []
    for c, k in zip(columns, kinds, strict=True):
        n = quote_ident(c)
        ladder = [] if k == "VARCHAR" else (["BIGINT", "DOUBLE"] if k == "BIGINT" else [k])
        ladders.append(ladder)
        if ladder:
            parts.append(f"count({n})")
            parts += [f"count(*) FILTER (WHERE {n} IS NOT NULL AND ({typed_expr(kk, n)}) IS NULL)"
                      for kk in ladder]
    if not parts:
        return kinds
    got = list(con.execute(f"SELECT {', '.join(parts)} FROM {query}").fetchall()[0])
    out: list[str] = []
    for ladder in ladders:
        if not ladder:
            out.append("VARCHAR")
            continue
        got.pop(0)
        misses = [got.pop(0) for _ in ladder]
        out.append(next((k for k, m in zip(ladder, misses, strict=True) if m == 0), "VARCHAR"))
    return out


def propose_types(con, source: str, columns: list[str], full_width: bool) -> list[str]:
    """The narrowest type all non-empty cells of each column fit, on the first rows."""
    parts = []
    for i, c in enumerate(columns):
        n = quote_ident(c)
        parts.append(f"count({n}) AS n{i}")
        parts += [f"count(*) FILTER (WHERE {n} IS NOT NULL AND {fits_expr(k, n)}) AS {k}{i}"
                  for k in CANDIDATES]
    sample = con.execute(f"SELECT {', '.join(parts)} FROM "
                         f"{cleaned_source(source, columns, full_width, SAMPLE_ROWS)}"
                         ).fetchall()[0]
    width = 1 + len(CANDIDATES)
    proposals: list[str] = []
    for i, _c in enumerate(columns):
        counts = sample[i * width:(i + 1) * width]
        kind = "VARCHAR"
        if counts[0]:
            kind = next((k for k, fit in zip(CANDIDATES, counts[1:], strict=True)
                         if fit == counts[0]), "VARCHAR")
        proposals.append(kind)
    return proposals


def build_typed_table(con, source: str, columns: list[str], names: list[str], target: str, *,
                      full_width: bool) -> list[str]:
    """Create ``target`` from the text cells of ``source`` (a table or a read_csv(...) call) with
    a type per column; returns the types.

    The first rows propose the types; the table is then built in one pass straight from the
    source (the engine parses, cleans and converts in parallel, and only the typed table is
    held). A cell that does not fit its column's type stops that pass; one counting pass over the
    whole source then finds how far each typed column must widen (BIGINT -> DOUBLE -> VARCHAR) and
    the table is built again. Rows with no content at all are left out."""
    import duckdb

    if not columns:
        raise ValueError("no columns")
    kinds = propose_types(con, source, columns, full_width)
    query = cleaned_source(source, columns, full_width)
    not_empty = " OR ".join(f"{quote_ident(c)} IS NOT NULL" for c in columns)
    for _attempt in range(3):
        # The 和暦 parts of a date column in a column of their own: matched once per cell.
        dates = [c for c, k in zip(columns, kinds, strict=True) if k == "DATE"]
        parts = "".join(f", {wareki_parts(quote_ident(c))} AS {quote_ident('__w_' + c)}"
                        for c in dates)
        items = [f"{checked_expr(k, quote_ident(c), quote_ident('__w_' + c) if k == 'DATE' else None)}"
                 f" AS {quote_ident(name)}"
                 for c, name, k in zip(columns, names, kinds, strict=True)]
        try:
            con.execute(f"CREATE OR REPLACE TABLE {quote_ident(target)} AS SELECT "
                        f"{', '.join(items)} FROM (SELECT *{parts} FROM {query} "
                        f"WHERE {not_empty})").fetchall()
            return kinds
        except duckdb.Error as exc:
            if UNFIT not in str(exc):
                raise
        kinds = _fitting_kinds(con, query, columns, kinds)
    raise RuntimeError("column types did not settle")  # _fitting_kinds leaves nothing to miss
