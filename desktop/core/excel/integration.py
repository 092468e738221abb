"""The hooks the pipeline, the CLI and the UI call for templates with output "excel_formula".

- ``prompt_values``: before rendering, adds the sheet's structure and the Excel version.
- ``check_answer``: after un-masking, extracts the formula(s) and checks the primary one on
  the clerk's own workbook.
- ``apply_formula``: writes it into a copy of the workbook.
- ``extract_vba``: code blocks of a ``vba-macro`` answer (never executed).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop.core.excel.apply import apply_formula
from desktop.core.excel.check import DEFAULT_TIME_LIMIT, check_formula
from desktop.core.excel.extract import extract_formulas, extract_vba
from desktop.core.excel.functions import VERSIONS
from desktop.core.excel.profile import sheet_profile, version_text
from desktop.core.excel.target import parse_target
from desktop.core.excel.workbook import WorkbookData, WorkbookError, load_workbook_data

__all__ = ["apply_formula", "check_answer", "excel_version_of", "extract_vba", "prompt_values"]

log = logging.getLogger(__name__)

WORKBOOK_VAR = "workbook"


def excel_version_of(settings: Any) -> str:
    """``settings`` may be a Settings, a SettingsStore or a mapping; default Microsoft 365."""
    if isinstance(settings, Mapping):
        version = settings.get("excel_version")
    elif hasattr(settings, "excel_version"):
        version = settings.excel_version
    elif hasattr(settings, "get"):
        version = settings.get("excel_version")
    else:
        version = None
    return version if version in VERSIONS else "365"


def _workbook_path(values: Mapping[str, str], files: Mapping[str, Path]) -> Path:
    path = files.get(WORKBOOK_VAR)
    if path is None:
        raw = values.get(WORKBOOK_VAR, "")
        if raw and "\n" not in raw and len(raw) < 1000 and Path(raw).suffix.lower() in (
                ".xlsx", ".xlsm"):
            path = Path(raw)
    if path is None:
        raise WorkbookError("Excel ブックを指定してください（workbook）。", detail="no workbook")
    return Path(path)


def _target_description(workbook: WorkbookData, sheet: str, target: str) -> str:
    data = workbook.sheet(sheet)
    if not target.strip():
        return "指定なし（集計など 1 つのセルに入れる数式として考えてください）"
    place = parse_target(target, data)
    col = place.first_cell.rstrip("0123456789")
    if place.fill_down:
        return (f"{col} 列の {place.first_row}〜{place.last_row} 行目。"
                f"{place.first_cell} に入れる数式を"
                "書いてください（下の行へコピーして使います。行番号は相対参照、"
                "固定する範囲は $ で絶対参照）")
    return f"{place.first_cell} のセル（1 つの値）"


def prompt_values(template: Any, values: Mapping[str, str], files: Mapping[str, Path],
                  settings: Any) -> dict[str, str]:
    """Values plus ``sheet_profile``, ``excel_version`` and ``target_description``."""
    out = dict(values)
    path = _workbook_path(values, files)
    workbook = load_workbook_data(path)
    sheet = workbook.sheet(values.get("sheet", "")).name
    out["sheet"] = sheet
    out[WORKBOOK_VAR] = path.name  # the file's name, never its contents, goes into the prompt
    out["sheet_profile"] = sheet_profile(workbook, sheet)
    out["excel_version"] = version_text(excel_version_of(settings))
    out["target_description"] = _target_description(workbook, sheet, values.get("target", ""))
    return out


def check_answer(answer_text: str, values: Mapping[str, str], files: Mapping[str, Path],
                 settings: Any, *, time_limit: float = DEFAULT_TIME_LIMIT) -> dict[str, Any]:
    """``{"formula", "formulas", "check": {"status", "value", "values", "message"}}``."""
    formulas = extract_formulas(answer_text or "")
    if not formulas:
        return {"formula": None, "formulas": [],
                "check": {"status": "unverified", "value": None, "values": [],
                          "message": "回答から数式を見つけられませんでした。「=」で始まる数式を"
                                     "示すよう、依頼を言い直してください。"}}
    try:
        path = _workbook_path(values, files)
        workbook = load_workbook_data(path)
        result = check_formula(workbook, formulas[0], sheet=values.get("sheet", ""),
                               target=values.get("target", ""),
                               excel_version=excel_version_of(settings), time_limit=time_limit)
    except WorkbookError as exc:
        return {"formula": formulas[0], "formulas": formulas,
                "check": {"status": "unverified", "value": None, "values": [],
                          "message": f"数式を検算できませんでした: {exc.user_message}"}}
    check = result.to_dict()
    check.setdefault("values", [])
    return {"formula": result.formula, "formulas": formulas, "check": check}
