"""Write a checked formula into a copy of the workbook; the original is never touched."""

from __future__ import annotations

import logging
import re
import warnings
from pathlib import Path

from openpyxl.formula.translate import Translator
from openpyxl.utils.cell import get_column_letter

from desktop.core.excel.check import normalise_formula
from desktop.core.excel.functions import EXCEL_FUNCTIONS, normalise_name
from desktop.core.excel.target import parse_target
from desktop.core.excel.workbook import WorkbookError, load_workbook_data

log = logging.getLogger(__name__)

COPY_SUFFIX = "_数式追加"

# Functions newer than Excel 2007 are stored with a prefix in the file; without it Excel shows
# #NAME? until the cell is edited. (FILTER and SORT also carry _xlws.)
_XLWS = {"FILTER", "SORT"}
_PREFIXED_2010_2016 = {
    "AGGREGATE", "ARABIC", "BASE", "BITAND", "BITLSHIFT", "BITOR", "BITRSHIFT", "BITXOR",
    "CEILING.MATH", "CEILING.PRECISE", "COMBINA", "COT", "COTH", "CSC", "CSCH", "DAYS", "DECIMAL",
    "FLOOR.MATH", "FLOOR.PRECISE", "FORECAST.ETS", "FORECAST.ETS.CONFINT",
    "FORECAST.ETS.SEASONALITY", "FORECAST.ETS.STAT", "FORECAST.LINEAR", "FORMULATEXT", "GAMMA",
    "GAUSS", "IFNA", "ISFORMULA", "ISOWEEKNUM", "NUMBERVALUE", "PDURATION", "PERMUTATIONA", "PHI",
    "RRI", "SEC", "SECH", "SHEET", "SHEETS", "UNICHAR", "UNICODE", "XOR", "ACOT", "ACOTH",
    "ENCODEURL", "FILTERXML", "WEBSERVICE",
}


def storage_form(formula: str) -> str:
    """The formula as Excel stores it in the file (``_xlfn.XLOOKUP(`` etc.)."""
    def prefix(m: re.Match[str]) -> str:
        name = m.group(1)
        upper = normalise_name(name)
        if name.upper().startswith("_XL"):
            return m.group(0)
        added = EXCEL_FUNCTIONS.get(upper)
        if upper in _XLWS:
            return f"_xlfn._xlws.{upper}("
        if (added and added != "2016") or upper in _PREFIXED_2010_2016 or \
                (added and "." in upper and upper not in {"ISO.CEILING"}):
            return f"_xlfn.{upper}("
        return m.group(0)

    out: list[str] = []
    # Only outside string literals: text in quotes is data.
    for i, part in enumerate(re.split(r'("(?:[^"]|"")*")', formula)):
        out.append(part if i % 2 else re.sub(r"(?<![\w.])([A-Za-z_][\w.]*)\(", prefix, part))
    return "".join(out)


def default_copy_path(workbook: Path) -> Path:
    base = workbook.with_name(f"{workbook.stem}{COPY_SUFFIX}{workbook.suffix}")
    n = 2
    while base.exists():
        base = workbook.with_name(f"{workbook.stem}{COPY_SUFFIX}({n}){workbook.suffix}")
        n += 1
    return base


def apply_formula(workbook: Path, sheet: str, formula: str, target: str,
                  out_path: Path | None = None) -> Path:
    """Write ``formula`` at ``target`` (filled down for a column) into a copy; return its path."""
    import openpyxl

    workbook = Path(workbook)
    out = Path(out_path) if out_path else default_copy_path(workbook)
    if out.resolve() == workbook.resolve():
        raise WorkbookError("元のブックは上書きしません。別の保存先を指定してください。",
                            detail="refuse to overwrite original")
    formula = normalise_formula(formula)
    data = load_workbook_data(workbook)
    sheet_data = data.sheet(sheet)
    place = parse_target(target, sheet_data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(workbook, keep_vba=workbook.suffix.lower() == ".xlsm")
    ws = wb[sheet_data.name]
    origin = f"{get_column_letter(place.col)}{place.first_row}"
    translator = Translator(formula, origin=origin)
    for row in place.rows:
        dest = f"{get_column_letter(place.col)}{row}"
        text = formula if dest == origin else translator.translate_formula(dest)
        ws[dest] = storage_form(text)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        wb.save(out)
    except OSError as exc:
        raise WorkbookError(
            f"{out.name} を保存できませんでした。Excel で開いたままでないか、保存先に書き込めるか"
            "確認してください。",
            detail=type(exc).__name__,
        ) from None
    log.info("formula applied to a copy: %d cells", len(place.rows))
    return out
