"""A self-test check and its one-line result; the runner that never lets a check crash the run."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

from desktop.core.services import Services

Status = Literal["OK", "WARN", "FAIL"]
MAX_MESSAGE_CHARS = 600


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    message: str

    def line(self) -> str:
        """One line, whatever the message holds (IT scripts read self-test line by line)."""
        message = " / ".join(part.strip() for part in self.message.splitlines() if part.strip())
        if len(message) > MAX_MESSAGE_CHARS:
            message = message[: MAX_MESSAGE_CHARS - 1] + "…"
        return f"[{self.status}] {self.name}: {message}"


@dataclass(frozen=True)
class Check:
    """A named check. The runner gives the result this name, also when the check crashes."""

    name: str
    run: Callable[[Services], CheckResult]


def error_text(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def run_check(check: Check, services: Services) -> CheckResult:
    try:
        result = check.run(services)
    except Exception as exc:  # a check that crashes is a failed check, not a crashed run
        return CheckResult(check.name, "FAIL", f"確認中にエラー: {error_text(exc)}")
    return replace(result, name=check.name)


def iter_checks(checks: list[Check], services: Services) -> Iterator[CheckResult]:
    """Results one by one, so a slow or stuck check shows where it is."""
    for check in checks:
        yield run_check(check, services)


# -- the checks -----------------------------------------------------------------------------------
