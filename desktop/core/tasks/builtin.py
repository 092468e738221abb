"""The registration point of task kinds: one line per kind."""

from __future__ import annotations

from desktop.core.analysis.kind import TableAnalysisKind
from desktop.core.knowledge.task import KnowledgeKind
from desktop.core.tasks.base import TaskKind
from desktop.core.tasks.excel_formula import ExcelFormulaKind
from desktop.core.tasks.text import LetterKind, TextKind

BUILTIN_KINDS: tuple[TaskKind, ...] = (
    TextKind(),
    LetterKind(),
    ExcelFormulaKind(),
    TableAnalysisKind(),
    KnowledgeKind(),
)
