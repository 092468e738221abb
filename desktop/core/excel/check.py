"""Check a proposed formula on the clerk's own workbook: syntax, names, references, version,
then its real result. The verdict is "ok", "error" or "unverified" with a Japanese message;
"unverified" is used whenever the engine cannot compute it, so a guess is never shown as checked.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

from openpyxl.formula.translate import Translator
from openpyxl.utils.cell import get_column_letter

from desktop.core.excel import functions as fn
from desktop.core.excel import refs
from desktop.core.excel.engine import (
    CircularReference,
    EngineCannotEvaluate,
    EvaluationTimeout,
    FormulaEvaluator,
    first_scalar,
    to_python,
)
from desktop.core.excel.target import Target, parse_target
from desktop.core.excel.workbook import SheetData, WorkbookData

log = logging.getLogger(__name__)

SHOWN_VALUES = 10       # first results shown for a filled-down column
MAX_FILL_ROWS = 300     # rows of a filled-down column we evaluate (about 3 ms each)
DEFAULT_TIME_LIMIT = 20.0

ERROR_MESSAGES = {
    "#NAME?": "#NAME?（関数名や名前を Excel が認識できません）。関数名・"
              "名前の綴りを確認してください。",
    "#REF!": "#REF!（存在しないセル・列を参照しています。"
             "例: VLOOKUP の列番号が範囲の列数を超えている）。"
             "参照範囲と列番号を確認してください。",
    "#VALUE!": "#VALUE!（値の種類が合いません。文字列を計算に使っている、"
               "条件範囲と合計範囲の大きさが"
               "揃っていない等）。参照している列と範囲の大きさを確認してください。",
    "#DIV/0!": "#DIV/0!（0 または空のセルで割っています。条件に合うデータがない AVERAGEIFS も"
               "こうなります）。条件を確認するか、IFERROR で囲んでください。",
    "#N/A": "#N/A（検索値が見つかりません）。検索値と表の表記（全角・半角、前後の空白）"
            "を確認するか、"
            "IFERROR などで見つからない場合の表示を決めてください。",
    "#NUM!": "#NUM!（計算できない数値です。引数の値の範囲を確認してください）。",
    "#NULL!": "#NULL!（範囲の指定に誤りがあります。範囲の区切りはカンマ「,」です）。",
}


@dataclass
class CheckResult:
    status: str  # "ok" | "error" | "unverified"
    message: str
    value: Any = None
    values: list[Any] = field(default_factory=list)
    formula: str = ""
    cell: str = ""
    rows_checked: int = 0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status, "value": self.value,
                               "message": self.message}
        if self.values:
            out["values"] = self.values
        if self.cell:
            out["cell"] = self.cell
        if self.rows_checked:
            out["rows_checked"] = self.rows_checked
        return out


def normalise_formula(text: str) -> str:
    """Undo what chat answers do to formulas: full-width '＝', smart quotes, trailing '。'."""
    f = text.strip().strip("`").strip()
    for bad, good in (("“", '"'), ("”", '"'), ("„", '"'), ("″", '"')):
        f = f.replace(bad, good)
    if f.startswith("＝"):
        f = "=" + f[1:]
    f = f.rstrip("。、.;；")
    if not f.startswith("="):
        f = "=" + f
    return f


def check_formula(workbook: WorkbookData, formula: str, *, sheet: str = "", target: str = "",
                  excel_version: str = "365",
                  time_limit: float = DEFAULT_TIME_LIMIT) -> CheckResult:
    formula = normalise_formula(formula)
    data = workbook.sheet(sheet)
    place = parse_target(target, data)
    cell = f"{get_column_letter(place.col)}{place.first_row}"
    result = _static_checks(workbook, data, formula, place, excel_version)
    if result is None:
        result = _evaluate(workbook, data, formula, place, excel_version, time_limit)
    result.formula = formula
    result.cell = cell if not place.fill_down else \
        f"{cell}:{get_column_letter(place.col)}{place.last_row}"
    log.info("formula check: %s", result.status)
    return result


# Static checks ---------------------------------------------------------------------------
def _static_checks(workbook: WorkbookData, data: SheetData, formula: str, place: Target,
                   version: str) -> CheckResult | None:
    if _uses_spill_reference(formula):
        return CheckResult("unverified", "スピル範囲の参照（A2# など）"
                                         "は計算エンジンが対応していないため、"
                           "結果を確認できませんでした。Excel 上で確かめてください。")
    try:
        items = refs.tokenize(formula)
    except refs.FormulaSyntaxError:
        return CheckResult("error", "数式の書き方に誤りがあります（かっこ・引用符の対応や、演算子の"
                           "後に値がないなど）。数式を確認してください。")
    names = refs.function_names(items)
    for name in names:
        if not fn.is_known(name):
            return CheckResult("error", f"関数「{name}」は Excel にありません。#NAME? になります。"
                               "関数名の綴りを確認してください。", value="#NAME?")
    version_label = fn.VERSION_LABELS.get(version, version)
    for name in names:
        if not fn.available_in(name, version):
            added = fn.introduced_in(name) or ""
            since = "Microsoft 365" if added == "365" else f"Excel {added} 以降"
            return CheckResult(
                "error",
                f"関数「{fn.normalise_name(name)}」は {version_label} では使えません"
                f"（{since}の関数です）。"
                f"{version_label} では #NAME? になります。別の関数で書き直すよう依頼してください。",
                value="#NAME?",
            )
    home = refs.table_of(workbook, data.name, place.first_row, place.col)
    try:
        resolved = refs.resolve_names(items, workbook, place.first_row, home)
    except refs.UnknownName as exc:
        return CheckResult("error", f"「{exc.name}」という名前・テーブル・列はブックにありません。"
                           "#NAME? または #REF! になります。名前や見出しを確認してください。",
                           value="#NAME?")
    for ref in refs.references(resolved):
        problem = _reference_problem(workbook, data, ref, place)
        if problem:
            return problem
    for name in names:
        if not fn.engine_computes(name):
            return CheckResult(
                "unverified",
                f"関数「{fn.normalise_name(name)}」はこのアプリの計算エンジンでは計算できないため、"
                "結果を確認できませんでした（構文・参照・関数名の確認は済んでいます）。"
                "Excel 上で結果を確かめてください。",
            )
    return None


def _uses_spill_reference(formula: str) -> bool:
    import re

    return re.search(r"[A-Za-z]{1,3}\$?\d+#", formula) is not None


def _reference_problem(workbook: WorkbookData, data: SheetData, ref: refs.Reference,
                       place: Target) -> CheckResult | None:
    sheet = data
    if ref.sheet is not None:
        found = workbook.find_sheet(ref.sheet)
        if found is None:
            return CheckResult(
                "error",
                f"参照しているシート「{ref.sheet}」がブックにありません。#REF! になります。"
                f"シート名を確認してください（あるシート: {'、'.join(workbook.sheet_names)}）。",
                value="#REF!",
            )
        sheet = found
    if not refs.is_in_bounds(ref):
        return CheckResult("error", f"参照「{ref.text}」は Excel のシートの範囲を超えています。"
                           "#REF! になります。", value="#REF!")
    same_sheet = sheet is data
    if same_sheet and ref.min_col <= place.col <= ref.max_col:
        return None  # the target column itself: reading neighbouring results is legitimate
    outside_rows = ref.min_row > sheet.max_row
    outside_cols = ref.min_col > sheet.max_col
    if outside_rows or outside_cols:
        used = (f"A1:{get_column_letter(max(sheet.max_col, 1))}{max(sheet.max_row, 1)}"
                if sheet.max_row else "空")
        return CheckResult(
            "error",
            f"参照「{ref.text}」はシート「{sheet.name}」のデータがある範囲（{used}）の外で、"
            "空のセルしかありません。参照する列・行を確認してください。",
        )
    return None


# Evaluation ------------------------------------------------------------------------------
def _evaluate(workbook: WorkbookData, data: SheetData, formula: str, place: Target,
              version: str, time_limit: float) -> CheckResult:
    rows = list(place.rows)[:MAX_FILL_ROWS] if place.fill_down else [place.first_row]
    origin = f"{get_column_letter(place.col)}{place.first_row}"
    overrides: dict[tuple[str, int, int], str] = {}
    for row in rows:
        text = formula if row == place.first_row else Translator(formula, origin=origin) \
            .translate_formula(f"{get_column_letter(place.col)}{row}")
        overrides[(data.name, row, place.col)] = text
    evaluator = FormulaEvaluator(workbook, deadline=time.monotonic() + time_limit,
                                 overrides=overrides)
    results: list[Any] = []
    try:
        for row in rows:
            results.append(to_python(evaluator.evaluate_cell(data.name, row, place.col)))
    except CircularReference as exc:
        return CheckResult("error", f"循環参照です。数式が入るセル（{exc.cell}）"
                                    "自身を参照しています。"
                           "入力先のセルを含まない範囲を指定してください。", value="#循環参照")
    except EvaluationTimeout:
        if not results:
            return CheckResult("unverified", f"計算が {time_limit:.0f} 秒で終わらなかったため、"
                               "結果を確認できませんでした。範囲を絞るか、"
                               "Excel 上で確かめてください。")
        rows = rows[: len(results)]
    except EngineCannotEvaluate as exc:
        return CheckResult("unverified", "計算エンジンがこの数式を計算できなかったため、結果を確認"
                           f"できませんでした（{exc}）。Excel 上で確かめてください。")
    return _verdict(results, rows, place, version)


def _verdict(results: list[Any], rows: list[int], place: Target, version: str) -> CheckResult:
    col = get_column_letter(place.col)
    errors = [(row, first_scalar(v)) for row, v in zip(rows, results, strict=False)
              if _is_error(first_scalar(v))]
    if not place.fill_down:
        value = results[0]
        scalar = first_scalar(value)
        spill = _spill_values(value)
        if _is_error(scalar):
            return _error_result(scalar, f"{col}{rows[0]}", value=scalar)
        shown = _display(scalar)
        message = f"ブックの実データで計算しました。{col}{rows[0]} の結果: {shown}"
        if spill:
            message += f"（{len(spill)} 件の結果が下へ広がります）"
        return CheckResult("ok", message, value=scalar, values=spill[:SHOWN_VALUES],
                           rows_checked=1)
    shown_values = [first_scalar(v) for v in results[:SHOWN_VALUES]]
    if errors and (len(errors) == len(results) or any(_is_error(v) for v in shown_values)):
        row, err = errors[0]
        result = _error_result(err, f"{col}{row}", value=first_scalar(results[0]))
        result.values = shown_values
        result.message += f"（確認した {len(results)} 行のうち {len(errors)} 行がエラー）"
        result.rows_checked = len(results)
        return result
    message = (f"ブックの実データで {col}{rows[0]}〜{col}{rows[-1]} の "
               f"{len(results)} 行を計算しました。"
               f"先頭の結果: {'、'.join(_display(v) for v in shown_values[:5])}")
    if len(rows) < len(place.rows):
        message += f"（全 {len(place.rows)} 行のうち先頭 {len(rows)} 行を確認）"
    if errors:
        row, err = errors[0]
        message += f"。ただし {len(errors)} 行がエラーになります（最初は {col}{row} の {err}）"
    return CheckResult("ok", message, value=shown_values[0], values=shown_values,
                       rows_checked=len(results))


def _error_result(code: str, cell: str, *, value: Any) -> CheckResult:
    if code == "#NAME?":
        # Every name was checked before evaluation; #NAME? now means the engine lacks something.
        return CheckResult("unverified", "計算エンジンがこの数式の一部を計算できなかったため、"
                                         "結果を"
                           "確認できませんでした。Excel 上で確かめてください。")
    explanation = ERROR_MESSAGES.get(code, f"{code} になります。")
    return CheckResult("error", f"{cell} の結果がエラーになります: {explanation}", value=value)


def _is_error(value: Any) -> bool:
    return isinstance(value, str) and value in ERROR_MESSAGES


def _spill_values(value: Any) -> list[Any]:
    if not isinstance(value, list):
        return []
    if len(value) == 1:
        return list(value[0])
    return [row[0] if isinstance(row, list) and len(row) == 1 else row for row in value]


def _display(value: Any) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return f"{value:,.10g}" if abs(value) < 1e15 else str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list):
        return "、".join(_display(v) for v in value)
    return str(value)
