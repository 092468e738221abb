"""Cost in yen from token counts and the price table in settings (policy-lockable)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.settings import Settings


@dataclass(frozen=True)
class TokenUsage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    estimated: bool = False  # True when the service did not report usage

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(self.prompt_tokens + other.prompt_tokens,
                          self.completion_tokens + other.completion_tokens,
                          self.estimated or other.estimated)

    def as_dict(self) -> dict[str, int | bool]:
        return {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                "total_tokens": self.total_tokens, "estimated": self.estimated}


def cost_jpy(usage: TokenUsage, settings: Settings) -> float:
    return round(usage.prompt_tokens / 1000 * settings.price_input_jpy_per_1k
                 + usage.completion_tokens / 1000 * settings.price_output_jpy_per_1k, 4)


def format_yen(amount: float) -> str:
    """An amount for people: small sums keep their sen (0.03, not 0), large ones read as yen."""
    return f"{amount:,.2f}" if abs(amount) < 10 else f"{amount:,.0f}"
