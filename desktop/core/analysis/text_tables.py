""".csv / .tsv / .txt as tables: UTF-8 read, parsed, cleaned and typed by the engine in one pass;
Shift_JIS/CP932 decoded here and handed over in memory as lines the engine cuts into cells."""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path
from typing import Any

from desktop.core.analysis import normalise as nz
from desktop.core.analysis.engine import do
from desktop.core.analysis.tables import (
    HEADER_SCAN_ROWS,
    QUOTED_MARKER,
    RAGGED_MARKER,
    TableInfo,
    TableLoadError,
    column_names,
    finish_table,
    has_header,
    ragged_error,
    register_rows,
    table_name,
)

log = logging.getLogger(__name__)


HEAD_BYTES = 256 * 1024  # read here for the delimiter, the header and the encoding


def _decode(data: bytes, name: str) -> tuple[str, bool]:
    """(text, whether it was UTF-8); other encodings as the document reader detects them."""
    from desktop.core.documents import UnsupportedDocument, decode_text

    try:
        return data.decode("utf-8-sig"), True
    except UnicodeDecodeError:
        pass
    try:
        return decode_text(data, name), False
    except UnsupportedDocument as exc:
        raise TableLoadError(exc.user_message, detail="encoding") from None


def _head_is_utf8(head: bytes, whole: bool) -> bool:
    """The first bytes are UTF-8 (a character cut at the end of a partial read is allowed)."""
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        return not whole and exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"


def _delimiter(path: Path, sample: str) -> str:
    if path.suffix.lower() == ".tsv":
        return "\t"
    first = sample.split("\n", 1)[0]
    return "\t" if first.count("\t") > first.count(",") else ","


def _has_full_width_utf8(path: Path) -> bool:
    """Whether the UTF-8 file holds a full-width letter or digit anywhere (then every cell is
    checked for one). The file is mapped, not read: a scan of 100 MB takes some 40 ms."""
    import mmap

    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        return nz.FULL_WIDTH_UTF8.search(m) is not None


def load_text(con: Any, path: Path, used: set[str]) -> TableInfo:
    with path.open("rb") as f:
        head = f.read(HEAD_BYTES)
        whole = len(head) < HEAD_BYTES
    name = table_name(path.stem, used)
    if _head_is_utf8(head, whole):
        import duckdb

        text = head.decode("utf-8-sig", errors="ignore")
        delim, header, names, width = _shape(path, text, whole)
        raw_names = [f"c{i}" for i in range(width)]
        try:
            # The engine reads the file itself: parsing, cleaning and typing run in parallel.
            source = _read_csv_sql(path, raw_names, delim, header)
            return finish_table(con, source, raw_names, names, name, path.name, None, header,
                                 full_width=_has_full_width_utf8(path))
        except duckdb.Error as exc:
            # The engine's parallel reader refuses some files (line breaks inside quotes in a
            # file with short rows, a non-UTF-8 byte past the first part...): read them here
            # instead, the slower way.
            log.info("native CSV read failed (%s); reading in Python", type(exc).__name__)
            do(con, f"DROP TABLE IF EXISTS {nz.quote_ident(name)}")
    text, _utf8 = _decode(path.read_bytes(), path.name)
    text = text.lstrip("\ufeff")
    delim, header, names, width = _shape(path, text, True)
    raw_names = [f"c{i}" for i in range(width)]
    full_width = bool(nz.FULL_WIDTH.search(text))
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    if "\r" not in text and "\x1f" not in text:  # lone CRs are row ends; \x1f cuts cells below
        import duckdb

        lines = text.split("\n")
        del text
        try:
            return _load_lines(con, lines[1:] if header else lines, raw_names, delim, names,
                               name, path.name, header, full_width=full_width)
        except duckdb.Error as exc:
            if RAGGED_MARKER in str(exc):
                raise ragged_error() from None
            if QUOTED_MARKER not in str(exc):
                raise
            # A line break inside quotes: the lines are not the rows. The csv module's way.
            log.info("line split failed; reading rows in Python")
            do(con, f"DROP TABLE IF EXISTS {nz.quote_ident(name)}")
            text = "\n".join(lines)
    rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    raw = "__raw"
    register_rows(con, raw, raw_names, rows[1:] if header else rows)
    try:
        return finish_table(con, nz.quote_ident(raw), raw_names, names, name, path.name, None,
                             header, full_width=full_width)
    finally:
        do(con, f"DROP TABLE IF EXISTS {nz.quote_ident(raw)}")


def _load_lines(con: Any, lines: list[str], raw_names: list[str], delim: str, names: list[str],
                name: str, source_name: str, header: bool, *, full_width: bool) -> TableInfo:
    """Text decoded here (Shift_JIS/CP932...), handed to the engine as one column of lines, in
    memory: the engine cuts them into cells, where the csv module and a transposition in Python
    take seconds for a million rows. A line whose quotes do not pair up (a line break inside
    quotes) raises QUOTED_MARKER."""
    import numpy as np

    array = np.empty(len(lines), dtype=object)
    array[:] = lines
    width = len(raw_names)
    d = nz.quote_literal(delim)
    # A line with quotes is cut at its quotes: the even pieces are quoted text, kept as they
    # are; in the odd ones (between the fields) the delimiters become \x1f, and an empty one
    # inside the line is an escaped quote (""). Quotes anywhere else, or an odd number of them
    # (a line break inside quotes), raise QUOTED_MARKER.
    sep = "chr(31)"
    outside_ok = (f"((i = 1 OR s = '' OR starts_with(s, {d})) AND "
                  f"(i = len(q) OR s = '' OR suffix(s, {d})))")
    quoted = (f"string_split(array_to_string(list_transform(q, lambda s, i: CASE "
              f"WHEN i % 2 = 0 THEN s WHEN NOT {outside_ok} OR len(q) % 2 = 0 "
              f"THEN error({nz.quote_literal(QUOTED_MARKER)}) "
              f"WHEN s = '' AND i > 1 AND i < len(q) THEN '\"' "
              f"ELSE replace(s, {d}, {sep}) END), ''), {sep})")
    split = (f"(SELECT CASE WHEN q IS NULL THEN string_split(v, {d}) ELSE {quoted} END AS l "
             f"FROM (SELECT v, CASE WHEN contains(v, '\"') THEN string_split(v, '\"') END AS q "
             f"FROM __lines))")
    cells = ", ".join(f"l[{i + 1}] AS {nz.quote_ident(n)}" for i, n in enumerate(raw_names))
    # A row longer than the header with something in the extra cells is a broken file.
    fits = (f"CASE WHEN len(l) <= {width} THEN TRUE "
            f"WHEN len(list_filter(l[{width + 1}:], lambda x: trim(x) <> '')) = 0 THEN TRUE "
            f"ELSE error({nz.quote_literal(RAGGED_MARKER)}) END")
    source = f"(SELECT {cells} FROM {split} WHERE {fits})"
    con.register("__lines", {"v": array})
    try:
        return finish_table(con, source, raw_names, names, name, source_name, None, header,
                             full_width=full_width)
    finally:
        con.unregister("__lines")


def _shape(path: Path, text: str, whole: bool) -> tuple[str, bool, list[str], int]:
    """(delimiter, header row or not, column names, width) from the file's first part."""
    if not whole:
        text = text[:text.rfind("\n") + 1] or text  # no half row at the end
    delim = _delimiter(path, text[:65536])
    head_rows = list(csv.reader(io.StringIO(text[:200_000]), delimiter=delim))[:HEADER_SCAN_ROWS]
    head_rows = [r for r in head_rows if any(c.strip() for c in r)]
    if not head_rows:
        raise TableLoadError(f"「{path.name}」にデータがありません。", detail="no rows")
    header = has_header(head_rows)
    width = max(len(r) for r in head_rows)
    return delim, header, column_names(head_rows[0] if header else None, width), width


def _read_csv_sql(path: Path, raw_names: list[str], delim: str, header: bool) -> str:
    """The engine's CSV reader over the file, every cell as text (the types are chosen after)."""
    columns = ", ".join(f"{nz.quote_literal(n)}: 'VARCHAR'" for n in raw_names)
    return (f"read_csv({nz.quote_literal(str(path))}, delim={nz.quote_literal(delim)}, "
            f"quote='\"', escape='\"', header={'true' if header else 'false'}, "
            f"all_varchar=true, null_padding=true, ignore_errors=false, auto_detect=false, "
            f"columns={{{columns}}})")
