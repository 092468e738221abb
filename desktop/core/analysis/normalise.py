"""From the text of a cell to a typed value: full-width digits, 和暦 and Western dates, numbers.

Every table is loaded as text first; each column then gets the narrowest type all its non-empty
cells fit (integer, decimal, date, timestamp, else text), decided on a sample and confirmed on the
whole column, in SQL so that a million rows take well under a second. A column whose numbers
start with 0 (codes, phone numbers) stays text.
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
    expression per cell, so a file without any (most exports) skips it."""
    if not full_width:
        return f"NULLIF(trim({col}), '')"
    return (f"NULLIF(trim(CASE WHEN regexp_matches({col}, '[\uff01-\uff5e\u3000]') "
            f"THEN translate({col}, {quote_literal(_FULL)}, {quote_literal(_HALF)}) "
            f"ELSE {col} END), '')")


def _number_text(n: str) -> str:
    return f"replace(replace({n}, ',', ''), '円', '')"


def date_expr(n: str) -> str:
    """A DATE from 令和6年4月1日, R6.4.1, 平成元年5月1日, 2024/4/1, 2024年4月1日, 2024-04-01.

    Each pattern is matched once per cell: the lambdas bind the cell and the 和暦 parts to a
    name, where a plain expression would repeat the regular expression for every use."""
    era = "CASE s.e " + " ".join(
        f"WHEN {quote_literal(full)} THEN {offset} WHEN {quote_literal(initial)} THEN {offset} "
        f"WHEN {quote_literal(initial.lower())} THEN {offset}" for full, initial, offset in ERAS
    ) + " END"
    wareki = (f"list_transform([regexp_extract(v, {quote_literal(WAREKI_PATTERN)}, "
              f"['e', 'y', 'm', 'd'])], lambda s: TRY_CAST(printf('%04d-%02d-%02d', {era} + "
              f"(CASE s.y WHEN '元' THEN 1 ELSE TRY_CAST(s.y AS INTEGER) END), "
              f"TRY_CAST(s.m AS INTEGER), TRY_CAST(s.d AS INTEGER)) AS DATE))[1]")
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


def _cleaned_source(raw: str, columns: list[str], full_width: bool,
                    limit: int | None = None) -> str:
    items = ", ".join(f"{cleaned(quote_ident(c), full_width)} AS {quote_ident(c)}"
                      for c in columns)
    tail = f" LIMIT {limit}" if limit else ""
    return f"(SELECT {items} FROM {quote_ident(raw)}{tail})"


def propose_types(con, raw: str, columns: list[str], full_width: bool) -> list[str]:
    """The narrowest type all non-empty cells of each column fit, on the first rows."""
    parts = []
    for i, c in enumerate(columns):
        n = quote_ident(c)
        parts.append(f"count({n}) AS n{i}")
        parts += [f"count(*) FILTER (WHERE {n} IS NOT NULL AND {fits_expr(k, n)}) AS {k}{i}"
                  for k in CANDIDATES]
    sample = con.execute(f"SELECT {', '.join(parts)} FROM "
                         f"{_cleaned_source(raw, columns, full_width, SAMPLE_ROWS)}").fetchall()[0]
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


def build_typed_table(con, raw: str, columns: list[str], names: list[str], target: str, *,
                      full_width: bool) -> list[str]:
    """Create ``target`` from the text table ``raw`` with a type per column; returns the types.

    The sample proposes; the table is built with every cell converted (NULL where one does not
    fit); a column that lost a non-empty cell is built again one step wider (BIGINT -> DOUBLE ->
    VARCHAR). One conversion pass in the usual case, where checking first would take two."""
    if not columns:
        raise ValueError("no columns")
    kinds = propose_types(con, raw, columns, full_width)
    # The cleaned text once (the file is parsed once); conversions and counts read it.
    clean = f"__clean_{target}"
    con.execute(f"CREATE OR REPLACE TEMP TABLE {quote_ident(clean)} AS SELECT * FROM "
                f"{_cleaned_source(raw, columns, full_width)}").fetchall()
    source = quote_ident(clean)
    text_counts: list[int] | None = None
    not_empty = " OR ".join(f"{quote_ident(c)} IS NOT NULL" for c in columns)
    for _attempt in range(3):
        items = [f"{typed_expr(k, quote_ident(c))} AS {quote_ident(name)}"
                 for c, name, k in zip(columns, names, kinds, strict=True)]
        con.execute(f"CREATE OR REPLACE TABLE {quote_ident(target)} AS SELECT "
                    f"{', '.join(items)} FROM {source} WHERE {not_empty}").fetchall()
        typed = [i for i, k in enumerate(kinds) if k != "VARCHAR"]
        if not typed:
            break
        if text_counts is None:
            counted = con.execute(
                "SELECT " + ", ".join(f"count({quote_ident(columns[i])})" for i in typed)
                + f" FROM {source}").fetchall()[0]
            text_counts = [0] * len(columns)
            for i, n in zip(typed, counted, strict=True):
                text_counts[i] = n
        got = con.execute("SELECT " + ", ".join(f"count({quote_ident(names[i])})" for i in typed)
                          + f" FROM {quote_ident(target)}").fetchall()[0]
        lost = [i for i, n in zip(typed, got, strict=True) if n < text_counts[i]]
        if not lost:
            break
        for i in lost:
            kinds[i] = "DOUBLE" if kinds[i] == "BIGINT" else "VARCHAR"
    con.execute(f"DROP TABLE {quote_ident(clean)}").fetchall()
    return kinds
