"""From the text of a cell to a typed value: full-width digits, 和暦 and Western dates, numbers.

Every table is loaded as text first; each column then gets the narrowest type all its non-empty
cells fit (integer, decimal, date, timestamp, else text), decided on a sample and confirmed on the
whole column, in SQL so that a million rows take well under a second. A column whose numbers
start with 0 (codes, phone numbers) stays text.
"""

from __future__ import annotations

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
LEADING_ZERO_PATTERN = r"^[-+]?0\d"
INT_PATTERN = r"^[-+]?\d{1,18}$"

SAMPLE_ROWS = 2000


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def cleaned(col: str) -> str:
    """The cell's text with full-width letters and digits made ASCII, trimmed, '' -> NULL."""
    return (f"NULLIF(trim(translate(CAST({col} AS VARCHAR), {quote_literal(_FULL)}, "
            f"{quote_literal(_HALF)})), '')")


def _number_text(n: str) -> str:
    return f"replace(replace({n}, ',', ''), '円', '')"


def date_expr(n: str) -> str:
    """A DATE from 令和6年4月1日, R6.4.1, 平成元年5月1日, 2024/4/1, 2024年4月1日, 2024-04-01."""
    era_offset = "CASE " + " ".join(
        f"WHEN regexp_extract({n}, {quote_literal(WAREKI_PATTERN)}, 1) IN "
        f"({quote_literal(full)}, {quote_literal(initial)}, {quote_literal(initial.lower())}) "
        f"THEN {offset}" for full, initial, offset in ERAS) + " END"
    era_year = (f"(CASE regexp_extract({n}, {quote_literal(WAREKI_PATTERN)}, 2) WHEN '元' THEN 1 "
                f"ELSE TRY_CAST(regexp_extract({n}, {quote_literal(WAREKI_PATTERN)}, 2) AS INTEGER) END)")
    wareki = (f"TRY_CAST(printf('%04d-%02d-%02d', {era_offset} + {era_year}, "
              f"TRY_CAST(regexp_extract({n}, {quote_literal(WAREKI_PATTERN)}, 3) AS INTEGER), "
              f"TRY_CAST(regexp_extract({n}, {quote_literal(WAREKI_PATTERN)}, 4) AS INTEGER)) AS DATE)")
    western = (f"TRY_CAST(printf('%04d-%02d-%02d', "
               f"TRY_CAST(regexp_extract({n}, {quote_literal(WESTERN_PATTERN)}, 1) AS INTEGER), "
               f"TRY_CAST(regexp_extract({n}, {quote_literal(WESTERN_PATTERN)}, 2) AS INTEGER), "
               f"TRY_CAST(regexp_extract({n}, {quote_literal(WESTERN_PATTERN)}, 3) AS INTEGER)) AS DATE)")
    return (f"(CASE WHEN regexp_full_match({n}, {quote_literal(WAREKI_PATTERN)}) THEN {wareki} "
            f"WHEN regexp_full_match({n}, {quote_literal(WESTERN_PATTERN)}) THEN {western} END)")


# type name -> (expression turning the cleaned text n into it, test that n fits)
def typed_expr(kind: str, n: str) -> str:
    if kind == "BIGINT":
        return f"CAST({_number_text(n)} AS BIGINT)"
    if kind == "DOUBLE":
        return f"CAST({_number_text(n)} AS DOUBLE)"
    if kind == "DATE":
        return date_expr(n)
    if kind == "TIMESTAMP":
        return f"TRY_CAST({n} AS TIMESTAMP)"
    return n


def fits_expr(kind: str, n: str) -> str:
    """True where the cleaned text n converts to ``kind`` (n is not NULL)."""
    if kind == "BIGINT":
        return (f"(regexp_full_match({_number_text(n)}, {quote_literal(INT_PATTERN)}) AND NOT "
                f"regexp_matches({n}, {quote_literal(LEADING_ZERO_PATTERN)}))")
    if kind == "DOUBLE":
        return (f"(TRY_CAST({_number_text(n)} AS DOUBLE) IS NOT NULL AND NOT "
                f"regexp_matches({n}, {quote_literal(LEADING_ZERO_PATTERN + r'(?:[^.]|$)')}))")
    if kind == "DATE":
        return f"({date_expr(n)} IS NOT NULL)"
    if kind == "TIMESTAMP":
        return f"(TRY_CAST({n} AS TIMESTAMP) IS NOT NULL)"
    return "TRUE"


CANDIDATES = ("BIGINT", "DOUBLE", "DATE", "TIMESTAMP")


def infer_types(con, raw: str, columns: list[str]) -> list[str]:
    """The type of each column of the text table ``raw``: a sample proposes, the whole confirms."""
    if not columns:
        return []
    proposals: list[str] = []
    parts = []
    for i, c in enumerate(columns):
        n = cleaned(quote_ident(c))
        parts.append(f"count({n}) AS n{i}")
        parts += [f"count(*) FILTER (WHERE {n} IS NOT NULL AND {fits_expr(k, n)}) AS {k}{i}"
                  for k in CANDIDATES]
    sample = con.execute(f"SELECT {', '.join(parts)} FROM (SELECT * FROM {quote_ident(raw)} "
                         f"LIMIT {SAMPLE_ROWS})").fetchall()[0]
    width = 1 + len(CANDIDATES)
    for i, _c in enumerate(columns):
        counts = sample[i * width:(i + 1) * width]
        total = counts[0]
        kind = "VARCHAR"
        if total:
            for k, fit in zip(CANDIDATES, counts[1:], strict=True):
                if fit == total:
                    kind = k
                    break
        proposals.append(kind)
    checks = [(i, c, k) for i, (c, k) in enumerate(zip(columns, proposals, strict=True))
              if k != "VARCHAR"]
    if checks:
        exprs = []
        for i, c, k in checks:
            n = cleaned(quote_ident(c))
            exprs.append(f"count(*) FILTER (WHERE {n} IS NOT NULL AND NOT {fits_expr(k, n)}) AS x{i}")
        misfits = con.execute(f"SELECT {', '.join(exprs)} FROM {quote_ident(raw)}").fetchall()[0]
        for (i, _c, k), bad in zip(checks, misfits, strict=True):
            if bad:
                # DOUBLE is the fallback of an integer column with a few decimals.
                proposals[i] = "VARCHAR"
                if k == "BIGINT":
                    n = cleaned(quote_ident(columns[i]))
                    still = con.execute(
                        f"SELECT count(*) FILTER (WHERE {n} IS NOT NULL AND NOT "
                        f"{fits_expr('DOUBLE', n)}) FROM {quote_ident(raw)}").fetchall()[0][0]
                    if not still:
                        proposals[i] = "DOUBLE"
    return proposals


def typed_select(raw: str, columns: list[str], names: list[str], kinds: list[str]) -> str:
    items = [f"{typed_expr(k, cleaned(quote_ident(c)))} AS {quote_ident(name)}"
             for c, name, k in zip(columns, names, kinds, strict=True)]
    return f"SELECT {', '.join(items)} FROM {quote_ident(raw)}"
