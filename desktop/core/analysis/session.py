"""The table analysis use case, for the CLI and the GUI alike.

load the files → profile them locally → ask the model for one query (the pipeline masks the
prompt) → check it → run it on the locked engine → on a refusal or an error, one repair round with
the reason (masked) → the result, a chart by its shape, and on request an explanation that only
ever sees aggregated cells.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.analysis.answer import parse_answer
from desktop.core.analysis.chart import ChartSpec, choose_chart
from desktop.core.analysis.engine import (
    DEFAULT_ROW_LIMIT,
    DEFAULT_TIME_LIMIT,
    QueryFailed,
    QueryResult,
)
from desktop.core.analysis.guard import CheckedQuery, QueryRefused, check_sql
from desktop.core.analysis.kind import PROFILE_VAR
from desktop.core.analysis.loader import Workspace, load_tables
from desktop.core.analysis.profile import TableProfile, profile_text, profile_workspace
from desktop.core.errors import UserFacingError

log = logging.getLogger(__name__)

TEMPLATE_ID = "table-analysis"
QUESTION_VAR = "question"
EXPLAIN_MAX_ROWS = 50

REPAIR_PROMPT = ("前のクエリは実行できませんでした。理由: {reason}\n"
                 "同じ質問に答える、修正した SQL を ```sql のコードブロックで 1 つだけ返してください。")
EXPLAIN_PROMPT = ("次の集計結果を、最初の質問に答える形で、職員向けに日本語で簡潔に説明してください"
                  "（3〜5 文。数値は結果にあるものだけを使い、推測しない）。\n\n{table}")


class NoQueryInAnswer(UserFacingError):
    def __init__(self) -> None:
        super().__init__("AI の回答に SQL のクエリがありませんでした。質問を具体的にして、"
                         "もう一度お試しください。", detail="no query")


class ExplainRefused(UserFacingError):
    """The result is not sent for an explanation (it is not aggregated or holds personal data)."""


@dataclass
class AnalysisOutcome:
    question: str
    sql: str = ""
    result: QueryResult | None = None
    chart: ChartSpec = field(default_factory=lambda: ChartSpec("none"))
    checked: CheckedQuery | None = None
    error: UserFacingError | None = None
    answer: str = ""  # the model's (un-masked) last answer
    repaired: bool = False  # the query came from the repair round
    task: Any = None  # the last TaskResult (for a follow-up)
    prepared: Any = None  # the last PreparedTask

    @property
    def ok(self) -> bool:
        return self.error is None and self.result is not None

    def as_json(self) -> dict[str, Any]:
        result = self.result
        columns = list(result.columns) if result else []
        return {"sql": self.sql, "columns": columns,
                "rows": [list(r) for r in result.rows] if result else [],
                "chart": self.chart.as_dict(tuple(columns)) if result else {"type": "none"}}


def sanitise_engine_message(message: str, known_names: Sequence[str] = ()) -> str:
    """The engine's error without data: quoted literals are cut, the echoed query dropped."""
    lines = []
    for line in message.splitlines():
        if line.strip().startswith("LINE ") or set(line.strip()) <= {"^", " "}:
            break
        lines.append(line)
    text = " ".join(s.strip() for s in lines if s.strip())
    known = {n.casefold() for n in known_names}

    def literal(m: re.Match[str]) -> str:
        return m.group(0) if m.group(1).casefold() in known else "'…'"

    text = re.sub(r"'([^']*)'", literal, text)
    return text[:600]


class TableAnalysis:
    """One set of loaded tables and the questions asked about them."""

    def __init__(self, pipeline: Any, template: Any, workspace: Workspace,
                 profiles: Sequence[TableProfile], *, usage: Any = None,
                 time_limit: float = DEFAULT_TIME_LIMIT,
                 row_limit: int = DEFAULT_ROW_LIMIT) -> None:
        """``usage``: the usage log, where each turn's outcome is set once the query ran (an
        answer whose query failed saved no time)."""
        self.pipeline = pipeline
        self.usage = usage
        self.template = template
        self.workspace = workspace
        self.profiles = list(profiles)
        self.time_limit = time_limit
        self.row_limit = row_limit
        self.profile_text = profile_text(self.profiles)

    @classmethod
    def open(cls, pipeline: Any, template: Any, masker: Any, paths: Sequence[Path],
             sheets: Mapping[str, Sequence[str]] | None = None,
             cancel: threading.Event | None = None, **options: Any) -> TableAnalysis:
        workspace = load_tables(paths, sheets, cancel=cancel)
        try:
            profiles = profile_workspace(workspace, masker)
        except BaseException:
            workspace.close()
            raise
        return cls(pipeline, template, workspace, profiles, **options)

    def close(self) -> None:
        self.workspace.close()

    @property
    def table_names(self) -> list[str]:
        return [t.name for t in self.workspace.tables]

    def personal_columns(self) -> dict[str, list[str]]:
        return {p.table.name: p.personal_columns() for p in self.profiles if p.personal_columns()}

    def values(self, question: str) -> dict[str, str]:
        return {QUESTION_VAR: question, PROFILE_VAR: self.profile_text}

    # The query --------------------------------------------------------------------------
    def run_sql(self, sql: str) -> tuple[CheckedQuery, QueryResult]:
        checked = check_sql(sql, self.workspace.engine, self.table_names)
        result = self.workspace.engine.run(checked.sql, time_limit=self.time_limit,
                                           row_limit=self.row_limit)
        return checked, result

    def _attempt(self, outcome: AnalysisOutcome, answer_text: str) -> UserFacingError | None:
        parsed = parse_answer(answer_text)
        outcome.answer = answer_text
        outcome.sql = parsed.sql
        if not parsed.sql:
            return NoQueryInAnswer()
        try:
            checked, result = self.run_sql(parsed.sql)
        except (QueryRefused, QueryFailed) as exc:
            return exc
        outcome.checked, outcome.result = checked, result
        outcome.chart = choose_chart(result, parsed.chart)
        return None

    def _reason(self, error: UserFacingError) -> str:
        if isinstance(error, QueryRefused):
            return error.reason
        if isinstance(error, QueryFailed):
            names = self.table_names + [c.name for t in self.workspace.tables for c in t.columns]
            return sanitise_engine_message(error.engine_message or error.user_message, names)
        return error.user_message

    def ask(self, question: str, *, on_chunk: Callable[[str], None] | None = None,
            cancel_event: threading.Event | None = None,
            stream: bool = True) -> AnalysisOutcome:
        """Never raises for a failing query: the outcome carries the error (after the repair
        round). Configuration and policy errors raise as in ``Pipeline.prepare``. The usage log
        gets "used" for the turns of a query that ran, "error" when none did."""
        events: list[str] = []
        outcome = self._ask(question, events, on_chunk=on_chunk, cancel_event=cancel_event,
                            stream=stream)
        self._record(events, outcome)
        return outcome

    def _record(self, events: list[str], outcome: AnalysisOutcome) -> None:
        if self.usage is None or not events:
            return
        if outcome.task is not None and outcome.task.error is not None:
            return  # the pipeline logged the failed request as an error itself
        kind = "" if outcome.ok else (
            "query_refused" if isinstance(outcome.error, QueryRefused) else "query_failed")
        for event in events:
            try:
                if outcome.ok:
                    self.usage.set_outcome(event, "used")
                else:
                    self.usage.set_outcome(event, "error", error_kind=kind)
            except Exception as exc:  # the result matters more than its log line
                log.warning("usage outcome not recorded: %s", type(exc).__name__)

    def _ask(self, question: str, events: list[str], *,
             on_chunk: Callable[[str], None] | None, cancel_event: threading.Event | None,
             stream: bool) -> AnalysisOutcome:
        success_outcome = "pending"  # until the query has run (see _record)
        outcome = AnalysisOutcome(question=question)
        prepared = self.pipeline.prepare(self.template, self.values(question), {})
        task = self.pipeline.execute(prepared, on_chunk=on_chunk, cancel_event=cancel_event,
                                     stream=stream, success_outcome=success_outcome)
        events.append(task.event_id)
        outcome.prepared, outcome.task = prepared, task
        if task.error is not None:
            outcome.error = task.error
            return outcome
        error = self._attempt(outcome, task.output)
        if error is None:
            return outcome
        log.info("analysis: first query failed (%s); one repair round", error.detail)
        if cancel_event is not None and cancel_event.is_set():
            outcome.error = error
            return outcome
        text = REPAIR_PROMPT.format(reason=self._reason(error))
        prepared = self.pipeline.follow_up(prepared, task, text)
        task = self.pipeline.execute(prepared, on_chunk=on_chunk, cancel_event=cancel_event,
                                     stream=stream, success_outcome=success_outcome)
        events.append(task.event_id)
        outcome.prepared, outcome.task, outcome.repaired = prepared, task, True
        if task.error is not None:
            outcome.error = task.error
            return outcome
        outcome.result, outcome.checked = None, None
        outcome.error = self._attempt(outcome, task.output)
        return outcome

    # The explanation --------------------------------------------------------------------
    def shareable(self, outcome: AnalysisOutcome) -> str | None:
        """None when the result may go back for an explanation, else why not (Japanese)."""
        if not outcome.ok or outcome.result is None or outcome.checked is None:
            return "説明できる結果がありません。"
        if not outcome.checked.aggregated:
            return ("集計（GROUP BY・合計・件数など）した結果だけを AI に説明させられます。"
                    "一覧のままの結果は送りません。")
        if len(outcome.result.rows) > EXPLAIN_MAX_ROWS:
            return f"結果が {EXPLAIN_MAX_ROWS} 行を超えるため、説明には送りません。"
        if self._holds_personal_values(outcome.result):
            return "結果に個人情報の列の値が含まれているため、AI には送りません。"
        return None

    def _holds_personal_values(self, result: QueryResult) -> bool:
        values = sorted({str(v) for row in result.rows for v in row
                         if v is not None and not isinstance(v, bool)})
        if not values:
            return False
        from desktop.core.analysis.normalise import quote_ident

        for table, columns in self.personal_columns().items():
            for column in columns:
                hit = self.workspace.engine.query(
                    f"SELECT count(*) FROM (SELECT DISTINCT CAST({quote_ident(column)} AS VARCHAR) "
                    f"AS v FROM {quote_ident(table)}) WHERE v IN (SELECT unnest(?::VARCHAR[]))",
                    [values])[0][0]
                if hit:
                    return True
        return False

    def explain(self, outcome: AnalysisOutcome, *, on_chunk: Callable[[str], None] | None = None,
                cancel_event: threading.Event | None = None, stream: bool = True,
                success_outcome: str = "pending") -> Any:
        """The model's explanation of an aggregated result (a TaskResult)."""
        why_not = self.shareable(outcome)
        if why_not is not None:
            raise ExplainRefused(why_not, detail="not shareable")
        assert outcome.result is not None
        text = EXPLAIN_PROMPT.format(table=result_markdown(outcome.result))
        prepared = self.pipeline.follow_up(outcome.prepared, outcome.task, text)
        return self.pipeline.execute(prepared, on_chunk=on_chunk, cancel_event=cancel_event,
                                     stream=stream, success_outcome=success_outcome)


def result_markdown(result: QueryResult, max_rows: int = EXPLAIN_MAX_ROWS) -> str:
    from desktop.core.analysis.profile import _shown

    lines = ["| " + " | ".join(result.columns) + " |", "|" + "---|" * len(result.columns)]
    lines += ["| " + " | ".join(_shown(v) for v in row) + " |" for row in result.rows[:max_rows]]
    return "\n".join(lines)
