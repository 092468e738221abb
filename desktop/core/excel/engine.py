"""Evaluate one formula on a workbook's real data with the ``formulas`` engine.

We do not load the whole workbook into ``formulas.ExcelModel`` (seconds for a few thousand
rows): the proposed formula is compiled on its own, and each range it reads is filled from the
values openpyxl read. Cells that hold formulas without a saved result (a workbook written by a
program, not by Excel) are computed the same way, on demand, with cycle detection. Everything
runs against a deadline so a huge sheet ends as "unverified", never as a frozen window.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import numpy as np

from desktop.core.excel import refs
from desktop.core.excel.wareki import localise_format, needs_local_format
from desktop.core.excel.workbook import SheetData, WorkbookData

log = logging.getLogger(__name__)

MAX_BLOCK_CELLS = 2_000_000
CellKey = tuple[str, int, int]  # (sheet title, row, column)


class EvaluationTimeout(Exception):
    """The time budget ran out."""


class CircularReference(Exception):
    def __init__(self, cell: str) -> None:
        super().__init__(cell)
        self.cell = cell


class EngineCannotEvaluate(Exception):
    """The engine cannot compute this formula (not a verdict on the formula)."""


_installed = False


def install_extensions() -> None:
    """Teach the engine's TEXT() the Japanese date codes (documented FUNCTIONS extension point)."""
    global _installed
    if _installed:
        return
    import formulas
    from formulas.functions import wrap_ufunc
    from formulas.functions.text import xtext, xvalue

    def xtext_japanese(value: Any, format_code: Any) -> Any:
        fmt = str(format_code)
        if isinstance(value, bool | np.bool_) or not needs_local_format(fmt):
            return xtext(value, format_code)
        try:
            serial = float(xvalue(value))
        except (ValueError, TypeError, AssertionError):
            return value
        return xtext(serial, localise_format(fmt, serial))

    functions = formulas.get_functions()
    text = wrap_ufunc(xtext_japanese, input_parser=lambda *a: a)
    functions["TEXT"] = text
    functions["_XLFN.TEXT"] = text
    _installed = True


def to_python(value: Any) -> Any:
    """Engine result -> JSON-able: scalars, '#N/A'-style error strings, or a list of rows."""
    import schedula as sh
    from formulas.tokens.operand import XlError

    if hasattr(value, "ranges") and hasattr(value, "value"):
        value = value.value
    if isinstance(value, np.ndarray):
        if value.size == 1:
            return to_python(value.reshape(-1)[0])
        if value.ndim == 1:
            value = value.reshape(1, -1)
        return [[to_python(v) for v in row] for row in value.tolist()]
    if isinstance(value, XlError):
        return str(value)
    if value is sh.EMPTY or value is None:
        return 0
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        f = float(value)
        return int(f) if f.is_integer() and abs(f) < 1e15 else f
    if isinstance(value, np.str_):
        return str(value)
    return value


def first_scalar(value: Any) -> Any:
    while isinstance(value, list):
        if not value:
            return 0
        value = value[0]
    return value


class FormulaEvaluator:
    """Computes formulas placed at cells of one workbook; not thread-safe: one per task."""

    def __init__(self, workbook: WorkbookData, *, deadline: float,
                 overrides: dict[CellKey, str] | None = None) -> None:
        install_extensions()
        self.workbook = workbook
        self.deadline = deadline
        self.overrides = dict(overrides or {})
        self._grids: dict[str, np.ndarray] = {}
        self._done: set[CellKey] = set()
        self._visiting: list[CellKey] = []
        self.computed_dependencies = 0

    # Public ------------------------------------------------------------------------------
    def evaluate(self, formula: str, sheet: str, row: int, col: int) -> Any:
        """Raw engine result of ``formula`` placed at ``sheet``!(row, col)."""
        from formulas.cell import Cell
        from formulas.errors import FormulaError
        from openpyxl.utils.cell import get_column_letter

        key = (sheet, row, col)
        if key in self._visiting:
            raise CircularReference(f"{sheet}!{get_column_letter(col)}{row}")
        if time.monotonic() > self.deadline:
            raise EvaluationTimeout
        self._visiting.append(key)
        try:
            items = refs.tokenize(formula)
            home = refs.table_of(self.workbook, sheet, row, col)
            text = refs.render(refs.resolve_names(items, self.workbook, row, home))
            address = f"{refs.quote_sheet(sheet)}!{get_column_letter(col)}{row}"
            try:
                cell = Cell(address, text, context={"sheet": sheet}).compile()
            except FormulaError as exc:
                raise EngineCannotEvaluate(f"parse: {type(exc).__name__}") from None
            args = [self._input(name, sheet) for name in cell.inputs]
            try:
                return cell.func(*args)
            except RecursionError:
                raise EngineCannotEvaluate("recursion") from None
            except Exception as exc:  # the engine's own failure, not a verdict on the formula
                if isinstance(exc, CircularReference | EvaluationTimeout):
                    raise
                log.info("engine failed: %s", type(exc).__name__)
                raise EngineCannotEvaluate(type(exc).__name__) from None
        finally:
            self._visiting.pop()

    # Inputs ------------------------------------------------------------------------------
    def _input(self, name: Any, home_sheet: str) -> Any:
        from formulas import Ranges
        from formulas.tokens.operand import XlError

        if isinstance(name, XlError):
            return Ranges().push("A1:", np.asarray([[name]], object))
        rng = Ranges.get_range(name)
        sheet = self._sheet(rng.get("sheet") or home_sheet)
        r1 = max(int(rng["r1"]), 1)
        r2 = int(rng["r2"])
        c1, c2 = int(rng["n1"]), int(rng["n2"])
        whole_cols = r1 <= 1 and r2 >= 1_048_576
        whole_rows = c1 <= 1 and c2 >= 16_384
        if whole_cols:
            r2 = max(sheet.max_row, 1)
        if whole_rows:
            c2 = max(sheet.max_col, 1)
        if (r2 - r1 + 1) * (c2 - c1 + 1) > MAX_BLOCK_CELLS:
            raise EngineCannotEvaluate("range too large")
        block = self._block(sheet, r1, c1, r2, c2)
        ref = refs.area_text(sheet.name, r1, c1, r2, c2).replace("$", "")
        return Ranges().push(ref, block)

    def _sheet(self, name: str) -> SheetData:
        found = self.workbook.find_sheet(name)
        if found is None:
            # Checked before evaluation; reaching here means the engine named it differently.
            raise EngineCannotEvaluate("sheet lookup")
        return found

    def _grid(self, sheet: SheetData) -> np.ndarray:
        import schedula as sh

        grid = self._grids.get(sheet.name)
        if grid is None:
            grid = np.full((max(sheet.max_row, 1), max(sheet.max_col, 1)), sh.EMPTY, dtype=object)
            for (r, c), v in sheet.values.items():
                grid[r - 1, c - 1] = v
            self._grids[sheet.name] = grid
        return grid

    def _block(self, sheet: SheetData, r1: int, c1: int, r2: int, c2: int) -> np.ndarray:
        import schedula as sh

        for key in self._pending_in(sheet, r1, c1, r2, c2):
            self._compute_dependency(sheet, key[1], key[2])
        grid = self._grid(sheet)  # after the dependencies: computing them may grow the grid
        out = np.full((r2 - r1 + 1, c2 - c1 + 1), sh.EMPTY, dtype=object)
        rr2, cc2 = min(r2, grid.shape[0]), min(c2, grid.shape[1])
        if r1 <= rr2 and c1 <= cc2:
            out[: rr2 - r1 + 1, : cc2 - c1 + 1] = grid[r1 - 1: rr2, c1 - 1: cc2]
        return out

    def _pending_in(self, sheet: SheetData, r1: int, c1: int, r2: int, c2: int) -> list[CellKey]:
        """Formula cells in the block whose result we do not have yet, top to bottom."""
        found: list[CellKey] = []
        for (s, r, c) in self.overrides:
            if s == sheet.name and r1 <= r <= r2 and c1 <= c <= c2:
                found.append((s, r, c))
        for (r, c) in sheet.formulas:
            if r1 <= r <= r2 and c1 <= c <= c2 and (r, c) not in sheet.values:
                found.append((sheet.name, r, c))
        # A cell being computed right now is a cycle, not something to skip.
        return sorted((k for k in found if k not in self._done), key=lambda k: (k[2], k[1]))

    def evaluate_cell(self, sheet: str, row: int, col: int) -> Any:
        """Raw result of the formula that ``overrides`` puts at the cell; kept for later cells."""
        raw = self.evaluate(self.overrides[(sheet, row, col)], sheet, row, col)
        self._store(self.workbook.sheet(sheet), row, col, raw)
        return raw

    def _compute_dependency(self, sheet: SheetData, row: int, col: int) -> None:
        key = (sheet.name, row, col)
        if key in self._done:
            return
        formula = self.overrides.get(key) or sheet.formulas[(row, col)]
        raw = self.evaluate(formula, sheet.name, row, col)
        self._store(sheet, row, col, raw)

    def _store(self, sheet: SheetData, row: int, col: int, raw: Any) -> None:
        key = (sheet.name, row, col)
        value = raw.value if hasattr(raw, "ranges") else raw
        if isinstance(value, np.ndarray):
            value = value.reshape(-1)[0] if value.size else 0
        grid = self._grid(sheet)
        if row > grid.shape[0] or col > grid.shape[1]:
            grid = self._grow(sheet, row, col)
        grid[row - 1, col - 1] = value
        self._done.add(key)
        self.computed_dependencies += 1

    def _grow(self, sheet: SheetData, row: int, col: int) -> np.ndarray:
        import schedula as sh

        old = self._grid(sheet)
        new = np.full((max(row, old.shape[0]), max(col, old.shape[1])), sh.EMPTY, dtype=object)
        new[: old.shape[0], : old.shape[1]] = old
        self._grids[sheet.name] = new
        return new
