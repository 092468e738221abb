"""The Excel formula kind: the worked example of a task kind (docs/ARCHITECTURE.md).

- The attached workbook is profiled, never read as text: ``reads_files`` is False and
  ``prompt_values`` adds the sheet's structure, the Excel version and where the formula goes.
- After the answer is un-masked, ``finish`` extracts the formula(s) and checks the primary one
  on the clerk's own workbook (``{"formula", "formulas", "check"}`` in the result).
- The CLI prints the formula and the check's verdict, so it does not stream.
- The GUI's input panel and its check/apply view are registered in ``desktop.ui.kind_views``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from desktop.core.i18n import N_
from desktop.core.tasks.base import AnswerContext, CliReport, KindResources, TaskKind

if TYPE_CHECKING:
    from desktop.core.settings import Settings
    from desktop.core.tasks.model import TaskResult
    from desktop.core.templates.model import Template

log = logging.getLogger(__name__)

CHECK_LABELS = {"ok": N_("検算済み"), "error": N_("エラー"), "unverified": N_("未検証")}


class ExcelFormulaKind(TaskKind):
    name: ClassVar[str] = "excel_formula"
    label: ClassVar[str] = N_("Excel の数式")
    reads_files: ClassVar[bool] = False
    accepts_document_passwords: ClassVar[bool] = False
    streams: ClassVar[bool] = False

    def prompt_values(self, template: Template, values: Mapping[str, str],
                      files: Mapping[str, Path], settings: Settings,
                      resources: KindResources) -> dict[str, str]:
        from desktop.core.excel import integration

        return dict(integration.prompt_values(template, values, files, settings))

    def finish(self, ctx: AnswerContext) -> dict[str, Any]:
        from desktop.core.excel import integration

        return dict(integration.check_answer(ctx.output, ctx.prepared.values,
                                             ctx.prepared.files, ctx.settings))

    def failed_finish(self) -> dict[str, Any]:
        # A checker bug (or a module missing from a build) must not lose the answer, and must
        # never pass for a checked formula.
        return {"formula": None, "formulas": [],
                "check": {"status": "unverified", "value": None, "values": [],
                          "message": "数式の検算ができませんでした。"}}

    def cli_report(self, result: TaskResult) -> CliReport:
        if not result.output:
            return CliReport("")
        check = result.extra.get("check") or {}
        lines: tuple[str, ...] = ()
        if check:
            status = check.get("status")
            label = CHECK_LABELS.get(str(status), status)
            lines = (f"検算: {label} — {check.get('message', '')}",)
        return CliReport(result.extra.get("formula") or result.output, lines)
