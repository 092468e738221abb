"""Apply to a copy (relative references adjusted, new functions stored with their prefix) and
formula / VBA extraction from answers."""

from __future__ import annotations

import openpyxl
import pytest

from desktop.core.excel.apply import apply_formula, storage_form
from desktop.core.excel.extract import extract_formulas, extract_vba
from desktop.core.excel.workbook import WorkbookError


def test_apply_fills_down_with_relative_references(book, tmp_path):
    out = apply_formula(book, "受付", '=IF($F2>=1000,"大",E2&"件")', "H2:H4")
    assert out.name == "受付一覧_数式追加.xlsx" and book.exists()
    ws = openpyxl.load_workbook(out)["受付"]
    assert ws["H3"].value == '=IF($F3>=1000,"大",E3&"件")'
    assert ws["H5"].value is None
    second = apply_formula(book, "受付", "=SUM(F:F)", "J1")
    assert second.name == "受付一覧_数式追加(2).xlsx"
    with pytest.raises(WorkbookError):
        apply_formula(book, "受付", "=1", "J1", out_path=book)


def test_new_functions_are_stored_with_prefix():
    assert storage_form('=XLOOKUP(A2,B:B,C:C,"XLOOKUP(")') == \
        '=_xlfn.XLOOKUP(A2,B:B,C:C,"XLOOKUP(")'
    assert storage_form("=FILTER(A:A,B:B>1)") == "=_xlfn._xlws.FILTER(A:A,B:B>1)"
    assert storage_form("=SUM(A:A)") == "=SUM(A:A)"


def test_extract_from_code_block_line_and_prose():
    answer = ("説明のあと、\n```excel\n=SUMIFS(F:F, C:C, \"東京\")\n```\n"
              "別解: **=SUMIF(C:C,\"東京\",F:F)** でも同じです。\n"
              "=A2 + B2  ← 合計\n「=TEXT(A2,\"ggge年\")」と入力。x = 5 のとき")
    assert extract_formulas(answer) == ['=SUMIFS(F:F, C:C, "東京")', "=A2 + B2",
                                        '=SUMIF(C:C,"東京",F:F)', '=TEXT(A2,"ggge年")']
    assert extract_formulas("答えは ＝SUM(A1:A3)。") == ["=SUM(A1:A3)"]
    assert extract_formulas("数式はありません。x = 5") == []


def test_extract_vba_blocks_only():
    answer = ("## コード\n```vba\nOption Explicit\nSub 色付け()\nEnd Sub\n```\n"
              "```excel\n=SUM(A1)\n```\n```\nFunction Twice(x)\nTwice = x * 2\nEnd Function\n```")
    blocks = extract_vba(answer)
    assert len(blocks) == 2 and blocks[0].startswith("Option Explicit")
    assert "Twice" in blocks[1]
