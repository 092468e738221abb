"""How many tokens a request may take: the settings' budgets and what is known of the server's
context window (from settings, the server's model endpoint, or its refusal of a long prompt)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from desktop.core.pipeline.counting import TokenCounter
from desktop.core.pipeline.errors import InputTooLarge
from desktop.core.settings import Settings, label_for
from desktop.core.tasks import kind_for

if TYPE_CHECKING:
    from desktop.core.templates.model import Template

log = logging.getLogger(__name__)

# Where one part of a long document goes in the masked prompt (private-use characters: never
# found by the masker, never typed by a user).
PART_SLOT = "\ue000PART\ue000"
MAP_NOTE = ("これは長い文書を {n} 部に分けたうちの第 {i} 部です。後で全体をまとめるため、この部分に"
            "ある重要な事項（日付・数値・固有名詞・〔〕の記号を含む）を漏らさず簡潔にまとめてください。")
REDUCE_NOTE = ("以下は長い文書を分けて要約した各部分の結果です。これらを統合し、指示どおりの形式で"
               "一つの回答にまとめてください。")
PART_MARGIN_TOKENS = 64
MIN_PART_TOKENS = 200
WINDOW_MARGIN_TOKENS = 32  # the server's chat template adds a few tokens around the messages
MIN_SUMMARY_TOKENS = 128


class WindowBudget:
    """The limits of one pipeline; it learns the server's window and keeps it for later tasks."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.window: int | None = settings.context_window_tokens or None

    def output_budget(self, template: Template) -> tuple[int, str]:
        """(max output tokens, the setting's label) for the template's kind of answer.

        The kind names its setting (``max_output_tokens_<kind>``), so a new kind gets its own
        budget by declaring the setting; one without it uses the text budget.
        """
        key = kind_for(template.output).output_budget_setting
        if not hasattr(self.settings, key):
            key = "max_output_tokens_text"
        return int(getattr(self.settings, key)), label_for(key)

    def learn(self, window: int | None, source: str) -> None:
        if window and window != self.window:
            log.info("context window %s (from %s)", window, source)
            self.window = window

    def prompt_limit(self, output_tokens: int) -> int:
        """Tokens the prompt of one request may take: the cost budget, and what the window
        leaves after the output budget."""
        limit = self.settings.context_budget_tokens
        if self.window:
            limit = min(limit, self.window - output_tokens - WINDOW_MARGIN_TOKENS)
        return limit

    def part_limit(self, system_msg: str, part_prompt: str, counter: TokenCounter) -> int:
        frame = counter.messages([
            {"role": "system", "content": system_msg + "\n" + MAP_NOTE},
            {"role": "user", "content": part_prompt.replace(PART_SLOT, "")}])
        limit = self.prompt_limit(self.settings.max_output_tokens_part) - frame \
            - PART_MARGIN_TOKENS
        if limit < MIN_PART_TOKENS:
            raise InputTooLarge()
        return limit

    def summary_budget(self, parts: int, final_out: int, system_msg: str, part_prompt: str,
                       counter: TokenCounter) -> int:
        """Each part's summary budget: the setting, or less when the window is known and the
        summaries of all parts at full length would not fit the combining request (which would
        cost another round of summarising summaries)."""
        setting = self.settings.max_output_tokens_part
        if not self.window:
            return setting
        frame = counter.messages([{"role": "system", "content": system_msg + REDUCE_NOTE},
                                  {"role": "user", "content": part_prompt.replace(PART_SLOT, "")}])
        share = (self.prompt_limit(final_out) - frame) // max(1, parts) - 16  # the 【第n部】 line
        return max(MIN_SUMMARY_TOKENS, min(setting, share))
