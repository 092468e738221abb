"""Errors that carry a message a user can act on.

``user_message`` is Japanese (the product language); ``str(err)`` stays technical for logs and
must never contain personal data or secrets.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An error the user can meet; ``user_message`` says what happened and what to do."""

    exit_code = 1

    def __init__(self, user_message: str, *, detail: str = "") -> None:
        super().__init__(detail or user_message)
        self.user_message = user_message
        self.detail = detail


class ConfigurationError(UserFacingError):
    exit_code = 2


class PolicyError(ConfigurationError):
    """The machine policy file exists but cannot be used."""


class LockedSettingError(UserFacingError):
    exit_code = 3
