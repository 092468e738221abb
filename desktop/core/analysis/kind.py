"""The ``table_analysis`` task kind: the hooks the pipeline calls for the table-analysis template.

The front ends (``office-assistant analyze``, the analysis panel) load and profile the tables once
through ``TableAnalysis`` and pass the profile in; ``prompt_values`` builds it only when a template
is run the generic way (``run table-analysis --var-file data=...``). ``finish`` takes the query and
the suggested chart out of the answer; running it is the use case's job, on the loaded tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from desktop.core.analysis.answer import parse_answer
from desktop.core.analysis.loader import SUPPORTED_SUFFIXES, TableLoadError, load_tables
from desktop.core.analysis.profile import profile_text, profile_workspace
from desktop.core.analysis.session import PROFILE_VAR
from desktop.core.i18n import N_
from desktop.core.tasks.base import AnswerContext, TaskKind


class TableAnalysisKind(TaskKind):
    name: ClassVar[str] = "table_analysis"
    label: ClassVar[str] = N_("表の分析")
    reads_files: ClassVar[bool] = False  # the table is profiled, never pasted into the prompt
    output_budget_setting: ClassVar[str] = "max_output_tokens_text"

    def prompt_values(self, template: Any, values: dict[str, str], files: dict[str, Path],
                      settings: Any) -> dict[str, str]:
        if values.get(PROFILE_VAR, "").strip():
            return {}
        paths = [Path(p) for p in files.values() if Path(p).suffix.lower() in SUPPORTED_SUFFIXES]
        if not paths:
            raise TableLoadError("分析する表のファイル（.csv / .tsv / .xlsx）を指定してください。",
                                 detail="no table file")
        from desktop.core.masking import PiiMasker

        workspace = load_tables(paths)
        try:
            text = profile_text(profile_workspace(workspace, PiiMasker.from_settings(settings)))
        finally:
            workspace.close()
        out = {PROFILE_VAR: text}
        # The file's name, never its folder or contents, may appear in the prompt.
        out.update({name: Path(p).name for name, p in files.items()})
        return out

    def finish(self, ctx: AnswerContext) -> dict[str, Any]:
        parsed = parse_answer(ctx.output)
        return {"sql": parsed.sql, "chart_suggestion": parsed.chart}

    def cli_text(self, result: Any) -> str:
        sql = (result.extra or {}).get("sql")
        return sql or result.output
