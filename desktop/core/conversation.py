"""A conversation under an answer: follow-up questions in the first task's masking session.

``Thread`` holds the first ``PreparedTask`` and its ``TaskResult`` and every turn after it, in
memory only (``save`` writes it to .docx/.txt when the clerk asks; nothing else is written).
Every turn is a request built by ``Pipeline.follow_up``: the previous request, the previous
answer (masked) and the new question masked in the SAME ``MaskSession``, so a person keeps one
placeholder for the whole thread, also a name the clerk types only in a follow-up.

Context budget: a thread grows with every turn. When the next request would not fit what one
request may carry (``context_budget_tokens`` and the server's window less the answer budget),
the oldest exchanges are left out, the latest answer and the new question always stay, and the
turn carries a Japanese notice saying so. Leaving turns out, rather than having the model
summarise them, costs no extra request, and the clerk can see exactly what the model still knows
(the latest answer); a summary would be one more answer nobody checked.

Threads: ``prepare_next`` and ``retry`` only read the thread (the GUI calls them on a worker);
``record`` changes it and belongs to the thread that owns the ``Thread`` (the UI thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop.core.errors import UserFacingError
from desktop.core.i18n import N_
from desktop.core.llm.tokens import estimate_messages_tokens
from desktop.core.pipeline.budget import WINDOW_MARGIN_TOKENS

# The offline estimate can be a little low for the server's tokenizer: trim below the limit, so
# that the pipeline does not refuse (or split) the trimmed request.
TRIM_SAFETY = 0.9
MAX_QUESTION_CHARS = 20_000

DROPPED_NOTICE = N_("会話が長くなったため、古いやり取り（質問 {count} 件とその回答）を省いて送り"
                    "ました。AI は残りのやり取りと今回の質問をもとに答えます。")
ORIGINAL_DROPPED_NOTICE = N_("会話が長くなったため、最初の依頼（元の文書を含む）から数えて質問 {count} "
                             "件とその回答を省いて送りました。AI は残りのやり取りと今回の質問をもとに"
                             "答えます。")
DROPPED_INSTRUCTION = ("（会話が長くなったため、これより前のやり取りの一部を省いています。"
                       "直前の回答と最後の質問をもとに答えてください。）")


class EmptyQuestion(UserFacingError):
    def __init__(self) -> None:
        super().__init__(N_("質問を入力してください。"), detail="empty follow-up")


class QuestionTooLong(UserFacingError):
    def __init__(self) -> None:
        # The limit is written out (not formatted in) so that the UI can translate the message.
        super().__init__(N_("質問が長すぎます（20,000 文字まで）。長い資料は新しい依頼として送って"
                            "ください。"), detail="follow-up too long")


class NoAnswerToFollow(UserFacingError):
    def __init__(self) -> None:
        super().__init__(N_("直前の回答がないため、続けて質問できません。「再試行」で回答を受け取っ"
                            "てから質問してください。"), detail="no answer to follow")


class ThreadTooLong(UserFacingError):
    def __init__(self) -> None:
        super().__init__(N_("直前の回答と今回の質問だけでも、1回に送れる長さを超えています。"
                            "「最初からやり直す」で会話を始め直すか、質問を短くしてください。"),
                         detail="thread too long")


@dataclass
class Turn:
    """One request of the thread and, once it came back, its result."""

    question: str  # what the clerk typed (turn 0: the template's request), in memory only
    prepared: Any  # PreparedTask
    result: Any = None  # TaskResult (None while it runs)
    # What was left out of this request: an N_() message and its {count} (the UI translates the
    # message, then formats it); ``notice`` is the Japanese text.
    notice_template: str = ""
    notice_count: int = 0

    @property
    def notice(self) -> str:
        return self.notice_template.format(count=self.notice_count) if self.notice_template else ""

    @property
    def index(self) -> int:
        return int(getattr(self.prepared, "turn", 0))

    @property
    def answer(self) -> str:
        return self.result.output if self.result is not None else ""

    @property
    def answered(self) -> bool:
        """There is an answer (complete or stopped part-way) to follow up on."""
        return self.result is not None and bool(self.result.masked_output)


class Thread:
    def __init__(self, pipeline: Any, first: Any, result: Any, *, title: str = "") -> None:
        self._pipeline = pipeline
        self.title = title
        question = first.rendered.user if getattr(first, "rendered", None) is not None else ""
        self.turns: list[Turn] = [Turn(question, first, result)]

    # Reading ------------------------------------------------------------------------------
    @property
    def first(self) -> Turn:
        return self.turns[0]

    @property
    def last(self) -> Turn:
        return self.turns[-1]

    @property
    def follow_ups(self) -> list[Turn]:
        return self.turns[1:]

    @property
    def session(self) -> Any:
        return self.first.prepared.session

    def pairs(self) -> list[tuple[str, str]]:
        """(question, answer) of every turn, for saving."""
        return [(t.question, t.answer) for t in self.turns]

    # Building the next request --------------------------------------------------------------
    def prepare_next(self, text: str) -> Turn:
        """The next turn's request (masked in the thread's session); nothing is sent and the
        thread is not changed. Raises ``UserFacingError`` (empty question, no answer yet, a
        blocked term...)."""
        text = (text or "").strip()
        if not text:
            raise EmptyQuestion()
        if len(text) > MAX_QUESTION_CHARS:
            raise QuestionTooLong()
        previous = self.last
        if not previous.answered:
            raise NoAnswerToFollow()
        prepared = self._mask_known(
            self._pipeline.follow_up(previous.prepared, previous.result, text))
        prepared, notice, count = self._fit(prepared)
        return Turn(text, prepared, None, notice, count)

    def retry(self) -> Turn:
        """The last turn again: the same masked request, sent anew."""
        last = self.last
        return Turn(last.question, last.prepared, None, last.notice_template, last.notice_count)

    def record(self, turn: Turn, result: Any) -> Turn:
        """A turn's result came back (complete, stopped with a partial answer, or failed).
        A retried turn replaces the last one; a new turn is appended."""
        turn.result = result
        if self.turns and turn.prepared is self.last.prepared:
            self.turns[-1] = turn
        else:
            self.turns.append(turn)
        return turn

    def restart(self) -> None:
        """Back to the first answer: the follow-ups are forgotten (the masking session stays, so
        a person keeps the same placeholder if named again)."""
        del self.turns[1:]

    def _mask_known(self, prepared: Any) -> Any:
        """A person or number the thread already masked keeps its placeholder in the follow-up
        even where the detector would not recognise it in the new sentence (a name without
        さん, a phone number inside other digits' context): the session knows it is personal."""
        messages = list(prepared.messages)
        content = str(messages[-1].get("content", ""))
        known = sorted(self.session.placeholders().items(), key=lambda kv: -len(kv[1]))
        changed = content
        for placeholder, original in known:
            if len(original) >= 2 and original in changed:
                changed = changed.replace(original, placeholder)
        if changed == content:
            return prepared
        messages[-1] = {**messages[-1], "content": changed}
        return replace(prepared, messages=tuple(messages), user_masked=changed)

    # The context budget ----------------------------------------------------------------------
    def prompt_limit(self, prepared: Any) -> int:
        settings = self._pipeline.settings
        limit = int(settings.context_budget_tokens)
        window = getattr(self._pipeline, "context_window", None)
        if window:
            out_tokens = self._pipeline.output_budget(prepared.template)[0]
            limit = min(limit, int(window) - out_tokens - WINDOW_MARGIN_TOKENS)
        return int(limit * TRIM_SAFETY)

    def _fit(self, prepared: Any) -> tuple[Any, str, int]:
        messages = list(prepared.messages)
        limit = self.prompt_limit(prepared)
        if estimate_messages_tokens(messages) <= limit:
            return prepared, "", 0
        system, history, question = messages[0], messages[1:-1], messages[-1]
        content = str(system.get("content", ""))
        if DROPPED_INSTRUCTION not in content:
            system = {**system, "content": content + "\n\n" + DROPPED_INSTRUCTION}
        # Oldest first; the latest answer (the last of ``history``) always stays.
        dropped: list[Any] = []
        while len(history) > 1 and estimate_messages_tokens([system, *history, question]) > limit:
            dropped.append(history.pop(0))
            if history and history[0].get("role") == "assistant" and len(history) > 1:
                dropped.append(history.pop(0))  # the answer goes with its question
        trimmed = [system, *history, question]
        if estimate_messages_tokens(trimmed) > limit:
            raise ThreadTooLong()
        questions = sum(1 for m in dropped if m.get("role") == "user")
        first_request = self.first.prepared.messages[-1].get("content") if \
            self.first.prepared.messages else None
        with_original = any(m is first_request or m.get("content") == first_request
                            for m in dropped)
        template = ORIGINAL_DROPPED_NOTICE if with_original else DROPPED_NOTICE
        new = replace(prepared, messages=tuple(trimmed),
                      estimated_prompt_tokens=estimate_messages_tokens(trimmed))
        return new, template, questions

    # Sending (CLI, benches; the GUI runs the same steps on its worker) -------------------------
    def ask(self, text: str, *, on_chunk: Callable[[str], None] | None = None,
            cancel_event: threading.Event | None = None, stream: bool = True,
            success_outcome: str = "used") -> Turn:
        turn = self.prepare_next(text)
        result = self._pipeline.execute(turn.prepared, on_chunk=on_chunk,
                                        cancel_event=cancel_event, stream=stream,
                                        success_outcome=success_outcome)
        return self.record(turn, result)

    # Saving ----------------------------------------------------------------------------------
    def save(self, path: Path) -> Path:
        """Only when the clerk asks: .docx (headings, lists, tables kept) or .txt."""
        from desktop.core.documents.writer import save_thread

        return save_thread(self.pairs(), Path(path), title=self.title)
