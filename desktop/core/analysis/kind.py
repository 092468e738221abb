"""The ``table_analysis`` task kind: the hooks the pipeline calls for the table-analysis template.

The front ends (``office-assistant analyze``, the analysis panel) load and profile the tables once
through ``TableAnalysis`` and pass the profile in; ``prompt_values`` builds it only when the
template is run the generic way (``run table-analysis --var-file data=...``). ``finish`` takes the
query and the suggested chart out of the answer; running it is the use case's job, on the loaded
tables (``desktop.core.analysis.session``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from desktop.core.analysis.answer import parse_answer
from desktop.core.i18n import N_
from desktop.core.tasks.base import AnswerContext, CliReport, KindResources, TaskKind

if TYPE_CHECKING:
    from desktop.core.settings import Settings
    from desktop.core.tasks.model import TaskResult
    from desktop.core.templates.model import Template

PROFILE_VAR = "table_profile"


class TableAnalysisKind(TaskKind):
    name: ClassVar[str] = "table_analysis"
    label: ClassVar[str] = N_("表の分析")
    reads_files: ClassVar[bool] = False  # the table is profiled, never pasted into the prompt
    accepts_document_passwords: ClassVar[bool] = False
    streams: ClassVar[bool] = False  # the query is the output, shown whole

    def prompt_values(self, template: Template, values: Mapping[str, str],
                      files: Mapping[str, Path], settings: Settings,
                      resources: KindResources) -> dict[str, str]:
        out = dict(values)
        if out.get(PROFILE_VAR, "").strip():
            return out
        from desktop.core.analysis.loader import SUPPORTED_SUFFIXES, TableLoadError, load_tables
        from desktop.core.analysis.profile import profile_text, profile_workspace
        paths = [Path(p) for p in files.values() if Path(p).suffix.lower() in SUPPORTED_SUFFIXES]
        if not paths:
            raise TableLoadError("分析する表のファイル（.csv / .tsv / .xlsx）を指定してください。",
                                 detail="no table file")
        workspace = load_tables(paths)
        try:
            out[PROFILE_VAR] = profile_text(
                profile_workspace(workspace, resources.masker()))  # the app's masker
        finally:
            workspace.close()
        # The file's name, never its folder or its contents, may appear in the prompt.
        out.update({name: Path(p).name for name, p in files.items()})
        return out

    def finish(self, ctx: AnswerContext) -> dict[str, Any]:
        parsed = parse_answer(ctx.output)
        return {"sql": parsed.sql, "chart_suggestion": parsed.chart}

    def failed_finish(self) -> dict[str, Any]:
        return {"sql": "", "chart_suggestion": None}

    def cli_report(self, result: TaskResult) -> CliReport:
        sql = result.extra.get("sql")
        if not result.output:
            return CliReport("")
        if not sql:
            return CliReport(result.output, ("回答に SQL のクエリがありませんでした。",))
        return CliReport(sql, ("クエリを実行するには `office-assistant analyze FILE --question ...`"
                               " を使ってください。",))
