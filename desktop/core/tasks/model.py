"""What a task is between the front end and the model: the prepared request and its result.

``PreparedTask`` holds exactly what will be sent (masked) plus what is needed to un-mask and log
the answer; ``TaskResult`` is what came back. Both live in memory only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.errors import UserFacingError
from desktop.core.llm.cost import TokenUsage
from desktop.core.llm.errors import error_kind

if TYPE_CHECKING:  # the providers module pulls in the HTTP stack: not needed to list templates
    from desktop.core.llm.providers import Message
    from desktop.core.masking.entities import Entity
    from desktop.core.masking.session import MaskSession
    from desktop.core.templates.model import RenderedPrompt, Template


@dataclass(frozen=True)
class PreparedTask:
    """Exactly what will be sent, plus what is needed to un-mask and log the answer."""

    template: Template
    values: dict[str, str]  # the clerk's input, in memory only
    files: dict[str, Path]
    rendered: RenderedPrompt  # un-masked, for the preview
    session: MaskSession  # placeholder ↔ original, in memory only
    system_masked: str
    user_masked: str
    user_entities: tuple[Entity, ...]  # findings in rendered.user (the preview highlights them)
    messages: tuple[Message, ...]  # the single request (or the prompt the relay copies)
    part_prompt: str = ""  # masked user prompt with PART_SLOT, when split
    parts: tuple[str, ...] = ()  # masked document parts, when split
    document_masked: str = ""  # the masked document the parts came from (split again if needed)
    estimated_prompt_tokens: int = 0
    estimated_cost_jpy: float = 0.0
    over_budget: bool = False  # longer than the budget (relay: the web chat may refuse it)
    # 0 for the task's first request; n for the n-th follow-up of its conversation, whose
    # ``messages`` carry the thread so far and whose ``user_masked`` is the follow-up.
    turn: int = 0

    @property
    def map_reduce(self) -> bool:
        return len(self.parts) > 1

    @property
    def request_count(self) -> int:
        return len(self.parts) + 1 if self.map_reduce else 1

    def masked_prompt_text(self) -> str:
        """The masked prompt as one text, for the clipboard relay and the preview."""
        return f"{self.system_masked}\n\n{self.user_masked}" if self.system_masked \
            else self.user_masked

    def entity_counts(self) -> dict[str, int]:
        return dict(self.session.counts_by_type())


@dataclass
class TaskResult:
    output: str  # un-masked answer (partial when incomplete)
    masked_output: str
    usage: TokenUsage
    cost_jpy: float
    incomplete: bool
    error: UserFacingError | None
    event_id: str
    provider: str
    parts: int = 1  # requests made
    entities: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # what the task kind added (Excel check...)
    notes: list[str] = field(default_factory=list)  # what the clerk should know (Japanese)
    turn: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None

    def as_json(self) -> dict[str, Any]:
        """For ``run --json``: never contains the original of a placeholder except in output."""
        out: dict[str, Any] = {
            "output": self.output,
            "entities": self.entities,
            "usage": {**self.usage.as_dict(), "cost_jpy": self.cost_jpy,
                      "requests": self.parts},
            "incomplete": self.incomplete,
            "event_id": self.event_id,
        }
        if self.turn:
            out["turn"] = self.turn
        if self.notes:
            out["notes"] = list(self.notes)
        if self.error is not None:
            out["error"] = {"kind": error_kind(self.error), "message": self.error.user_message}
        out.update(self.extra)
        return out
