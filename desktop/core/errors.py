"""Errors that carry a message a user can act on.

``user_message`` is Japanese (the product language); ``str(err)`` stays technical for logs and
must never contain personal data or secrets.
"""

from __future__ import annotations

# The command line's exit codes, one table for every subcommand (documented in README.md).
EXIT_OK = 0
EXIT_ERROR = 1  # anything else a user can meet (network, service, a failed check)
EXIT_USAGE = 2  # wrong arguments, settings or policy
EXIT_LOCKED = 3  # a setting the organisation's policy locks
EXIT_INCOMPLETE = 4  # a document that cannot be read, or an answer cut off (the part received is kept)
EXIT_BUDGET = 5  # the monthly budget set by policy is used up; nothing was sent
EXIT_BLOCKED = 6  # the text holds a term the organisation blocks; nothing was sent


class UserFacingError(Exception):
    """An error the user can meet; ``user_message`` says what happened and what to do."""

    exit_code = EXIT_ERROR

    def __init__(self, user_message: str, *, detail: str = "") -> None:
        super().__init__(detail or user_message)
        self.user_message = user_message
        self.detail = detail


class ConfigurationError(UserFacingError):
    exit_code = EXIT_USAGE


class PolicyError(ConfigurationError):
    """The machine policy file exists but cannot be used."""


class LockedSettingError(UserFacingError):
    exit_code = EXIT_LOCKED
