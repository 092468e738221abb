"""The plain kinds: a text answer, and a letter (laid out as a letter when saved as .docx)."""

from __future__ import annotations

from typing import ClassVar

from desktop.core.i18n import N_
from desktop.core.tasks.base import TaskKind


class TextKind(TaskKind):
    name: ClassVar[str] = "text"
    label: ClassVar[str] = N_("文章")


class LetterKind(TaskKind):
    name: ClassVar[str] = "letter"
    label: ClassVar[str] = N_("文書（手紙の体裁）")
    docx_layout: ClassVar[str] = "letter"
