"""Tokenise a formula, resolve names and table references, and list what it refers to.

Names (``売上合計``) and structured references (``売上表[金額]``) are rewritten into plain
A1 references before evaluation, because the engine understands only A1 references.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from openpyxl.formula.tokenizer import Token, Tokenizer, TokenizerError
from openpyxl.utils.cell import column_index_from_string, get_column_letter

from desktop.core.excel.workbook import MAX_EXCEL_COLS, MAX_EXCEL_ROWS, Table, WorkbookData

_CELL = r"\$?[A-Za-z]{1,3}\$?\d{1,7}"
_COL = r"\$?[A-Za-z]{1,3}"
_ROW = r"\$?\d{1,7}"
_A1 = re.compile(
    rf"^(?:(?P<sheet>'(?:[^']|'')+'|[^!':\[\]]+)!)?"
    rf"(?P<ref>{_CELL}(?::{_CELL})?|{_COL}:{_COL}|{_ROW}:{_ROW})$"
)
_STRUCTURED = re.compile(r"^(?P<table>[^\[\]]*)\[(?P<spec>.*)\]$", re.S)


class FormulaSyntaxError(ValueError):
    """The text is not a well-formed formula."""


@dataclass(frozen=True)
class Reference:
    """A rectangular reference; rows/cols are 1-based and inclusive."""

    text: str          # as written in the formula (after name resolution)
    sheet: str | None  # None = the formula's own sheet
    min_row: int
    min_col: int
    max_row: int
    max_col: int
    whole_columns: bool = False
    whole_rows: bool = False

    def contains(self, row: int, col: int) -> bool:
        return self.min_row <= row <= self.max_row and self.min_col <= col <= self.max_col


def tokenize(formula: str) -> list[Token]:
    """Tokens of ``formula`` (which starts with '='); raises FormulaSyntaxError."""
    if not formula.startswith("="):
        formula = "=" + formula
    try:
        items = Tokenizer(formula).items
    except TokenizerError as exc:
        raise FormulaSyntaxError(str(exc)) from None
    depth = 0
    for tok in items:
        if tok.type in (Token.FUNC, Token.PAREN, Token.ARRAY):
            depth += 1 if tok.subtype == Token.OPEN else -1
            if depth < 0:
                raise FormulaSyntaxError("unbalanced closing parenthesis")
    if depth != 0:
        raise FormulaSyntaxError("unbalanced parentheses")
    if items and items[-1].type in (Token.OP_IN, Token.OP_PRE):
        raise FormulaSyntaxError("formula ends with an operator")
    return items


def render(items: list[Token]) -> str:
    return "=" + "".join(t.value for t in items)


def function_names(items: list[Token]) -> list[str]:
    return [t.value[:-1].strip() for t in items if t.type == Token.FUNC and t.subtype == Token.OPEN]


def let_variables(items: list[Token]) -> set[str]:
    """Names bound by LET/LAMBDA, which look like names but are local variables."""
    names: set[str] = set()
    if not any(n.upper().endswith(("LET", "LAMBDA")) for n in function_names(items)):
        return names
    for tok in items:
        if tok.type == Token.OPERAND and tok.subtype == Token.RANGE and not _A1.match(tok.value) \
                and re.fullmatch(r"[A-Za-z_\u3040-\u30ff\u4e00-\u9fff][\w.]*", tok.value):
            names.add(tok.value.upper())
    return names


def parse_a1(text: str) -> Reference | None:
    m = _A1.match(text.strip())
    if not m:
        return None
    sheet = m.group("sheet")
    if sheet and sheet.startswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    ref = m.group("ref").replace("$", "").upper()
    first, _, last = ref.partition(":")
    last = last or first
    if first.isdigit():  # whole rows 2:5
        r1, r2 = int(first), int(last)
        return Reference(text, sheet, min(r1, r2), 1, max(r1, r2), MAX_EXCEL_COLS, whole_rows=True)
    if first.isalpha():  # whole columns A:C
        c1, c2 = column_index_from_string(first), column_index_from_string(last)
        return Reference(text, sheet, 1, min(c1, c2), MAX_EXCEL_ROWS, max(c1, c2),
                         whole_columns=True)
    c1, r1 = _split_cell(first)
    c2, r2 = _split_cell(last)
    return Reference(text, sheet, min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2))


def _split_cell(cell: str) -> tuple[int, int]:
    m = re.match(r"([A-Z]+)(\d+)$", cell)
    assert m is not None
    return column_index_from_string(m.group(1)), int(m.group(2))


def is_in_bounds(ref: Reference) -> bool:
    return ref.max_row <= MAX_EXCEL_ROWS and ref.max_col <= MAX_EXCEL_COLS and ref.min_row >= 1


def quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def area_text(sheet: str, min_row: int, min_col: int, max_row: int, max_col: int) -> str:
    first = f"${get_column_letter(min_col)}${min_row}"
    last = f"${get_column_letter(max_col)}${max_row}"
    return f"{quote_sheet(sheet)}!{first}" + ("" if first == last else f":{last}")


class UnknownName(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def resolve_structured(text: str, workbook: WorkbookData, row: int,
                       home: Table | None = None) -> str | None:
    """``表1[金額]`` -> ``'売上'!$C$2:$C$9``; None when ``text`` is not a table reference.

    ``home`` is the table the formula sits in, for ``[@金額]`` without a table name.
    """
    m = _STRUCTURED.match(text)
    if not m:
        return None
    name = m.group("table").strip()
    table = workbook.tables.get(name.upper()) if name else home
    if table is None:
        raise UnknownName(name or text)
    spec = m.group("spec").strip()
    parts = [p.strip().strip("[]").strip() for p in re.findall(r"\[[^\]]*\]|[^,\[\]:]+|:", spec)]
    parts = [p for p in parts if p and p != ","]
    specials = {p.upper() for p in parts if p.startswith("#")}
    this_row = "#THIS ROW" in specials or spec.startswith("@")
    columns = [p.lstrip("@").strip() for p in parts if not p.startswith("#") and p != ":"]
    columns = [c for c in columns if c]
    header_end = table.min_row + table.header_rows - 1
    data_first, data_last = header_end + 1, table.max_row - table.totals_rows
    if "#ALL" in specials:
        r1, r2 = table.min_row, table.max_row
    elif "#HEADERS" in specials and "#DATA" in specials:
        r1, r2 = table.min_row, data_last
    elif "#HEADERS" in specials:
        r1, r2 = table.min_row, header_end
    elif "#TOTALS" in specials:
        r1, r2 = data_last + 1, table.max_row
    else:
        r1, r2 = data_first, data_last
    if this_row:
        r1 = r2 = row
    if columns:
        indexes = []
        for col in columns:
            matches = [i for i, c in enumerate(table.columns) if c.casefold() == col.casefold()]
            if not matches:
                raise UnknownName(f"{table.name}[{col}]")
            indexes.append(table.min_col + matches[0])
        c1, c2 = min(indexes), max(indexes)
    else:
        c1, c2 = table.min_col, table.max_col
    return area_text(table.sheet, r1, c1, r2, c2)


def resolve_names(items: list[Token], workbook: WorkbookData, row: int,
                  home: Table | None = None) -> list[Token]:
    """Replace defined names and table references with A1 references; raise UnknownName."""
    local = let_variables(items)
    out: list[Token] = []
    for tok in items:
        if tok.type == Token.OPERAND and tok.subtype == Token.RANGE and not _A1.match(tok.value):
            resolved = resolve_structured(tok.value, workbook, row, home)
            if resolved is None:
                key = tok.value.strip().upper()
                if key in workbook.names:
                    resolved = workbook.names[key]
                elif key in local:
                    resolved = tok.value
                else:
                    raise UnknownName(tok.value)
            tok = Token(resolved, Token.OPERAND, Token.RANGE)
        out.append(tok)
    return out


def references(items: list[Token]) -> list[Reference]:
    refs: list[Reference] = []
    for tok in items:
        if tok.type == Token.OPERAND and tok.subtype == Token.RANGE:
            ref = parse_a1(tok.value)
            if ref is not None:
                refs.append(ref)
    return refs


def table_of(workbook: WorkbookData, sheet: str, row: int, col: int) -> Table | None:
    for table in workbook.tables.values():
        if table.sheet == sheet and table.min_row <= row <= table.max_row \
                and table.min_col <= col <= table.max_col:
            return table
    return None
