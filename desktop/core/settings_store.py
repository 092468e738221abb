"""The effective settings for this user: defaults, machine policy, the user's file, environment.

Precedence, lowest first: defaults < policy values (as defaults) < the user's settings file <
``OFFICE_ASSISTANT_*`` environment variables < policy values that are *locked*. The policy is the
file and, on Windows, the registry over it (``desktop.core.policy``). A locked key can
be read but never changed, from the UI or the CLI.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from desktop.core import atomic
from desktop.core.errors import ConfigurationError, LockedSettingError
from desktop.core.i18n import N_
from desktop.core.policy import Policy
from desktop.core.settings import (
    SCHEMA_VERSION,
    Settings,
    coerce,
    label_for,
    upgrade_user_values,
)

log = logging.getLogger(__name__)

Source = Literal["default", "policy", "registry", "user", "environment", "locked"]

# Keys whose value may come from an OFFICE_ASSISTANT_* variable (scripts, CI, headless use).
ENV_OVERRIDES = {
    "endpoint": "OFFICE_ASSISTANT_ENDPOINT",
    "deployment": "OFFICE_ASSISTANT_DEPLOYMENT",
    "api_version": "OFFICE_ASSISTANT_API_VERSION",
    "provider": "OFFICE_ASSISTANT_PROVIDER",
    "base_url": "OFFICE_ASSISTANT_BASE_URL",
    "model": "OFFICE_ASSISTANT_MODEL",
}
API_KEY_ENV = "OFFICE_ASSISTANT_API_KEY"
_ENV_EXAMPLES = {"endpoint": "https://<リソース名>.openai.azure.com",
                 "base_url": "http://127.0.0.1:8080/v1", "provider": "openai_compatible"}



class SettingsStore:
    """The effective settings for this user on this machine, and the only way to change them."""

    def __init__(self, path: Path, policy: Policy | None = None,
                 environ: Mapping[str, str] | None = None) -> None:
        self.path = path
        self.policy = policy or Policy.empty()
        self._environ = dict(os.environ if environ is None else environ)
        self._user: dict[str, Any] = {}
        self.load_warning: str = ""
        self._load()

    # Reading ------------------------------------------------------------------------------
    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            raw = json.loads(self.path.read_text("utf-8"))
            version = int(raw.get("schema_version", 1))
            if version > SCHEMA_VERSION:
                raise ConfigurationError(
                    N_("設定ファイルはこのアプリより新しい版で作られています。既定値で起動します。"),
                    detail=f"settings schema {version} > {SCHEMA_VERSION}",
                )
            values = upgrade_user_values(version, dict(raw.get("values", {})))
        except (OSError, ValueError, AttributeError, ConfigurationError) as exc:
            # A damaged settings file must not stop the app; keep it for inspection.
            backup = self.path.with_suffix(".broken.json")
            with contextlib.suppress(OSError):
                self.path.replace(backup)
            self.load_warning = f"設定ファイルを読み込めなかったため既定値で起動しました（{backup.name} に退避）。"
            log.warning("settings file unreadable, moved aside: %s", type(exc).__name__)
            return
        for key, value in values.items():
            try:
                self._user[key] = coerce(key, value)
            except ValueError:
                log.warning("ignoring invalid user setting %s", key)

    def _env_values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, var in ENV_OVERRIDES.items():
            if self._environ.get(var):
                try:
                    out[key] = coerce(key, self._environ[var])
                except ValueError as exc:
                    # Validated like a file's value, but reported as the variable the user set.
                    example = _ENV_EXAMPLES.get(key, "")
                    raise ConfigurationError(
                        f"環境変数 {var} の値が正しくありません。{exc}"
                        + (f"（例: {var}={example}）" if example else "")
                        + "。環境変数を直すか、削除してから実行してください。",
                        detail=f"bad environment value {var}",
                    ) from None
        # An endpoint given by environment means "use Azure" unless the provider is named.
        if "endpoint" in out and "provider" not in out and "provider" not in self._user:
            out["provider"] = "azure"
        return out

    @property
    def settings(self) -> Settings:
        values: dict[str, Any] = {}
        values.update(self.policy.values)
        values.update(self._user)
        values.update(self._env_values())
        values.update({k: self.policy.values[k] for k in self.policy.locked})
        return replace(Settings(), **values)

    def get(self, key: str) -> Any:
        return getattr(self.settings, key)

    def is_locked(self, key: str) -> bool:
        return key in self.policy.locked

    def source(self, key: str) -> Source:
        if self.is_locked(key):
            return "locked"
        if key in self._env_values():
            return "environment"
        if key in self._user:
            return "user"
        if key in self.policy.values:
            return "registry" if self.policy.origin(key) == "registry" else "policy"
        return "default"

    def policy_origin(self, key: str) -> str:
        """Where the machine policy's value for ``key`` came from: "file", "registry" or ""."""
        return self.policy.origin(key) or ""

    @property
    def api_key_from_environment(self) -> str:
        return self._environ.get(API_KEY_ENV, "")

    # Writing ------------------------------------------------------------------------------
    def set(self, key: str, value: Any) -> None:
        if self.is_locked(key):
            raise LockedSettingError(
                f"「{label_for(key)}」は組織のポリシーで固定されているため変更できません。",
                detail=f"locked setting {key}",
            )
        self._user[key] = coerce(key, value)

    def update(self, values: Mapping[str, Any]) -> None:
        locked = [k for k in values if self.is_locked(k)]
        if locked:
            self.set(locked[0], values[locked[0]])  # raises with the message
        coerced = {k: coerce(k, v) for k, v in values.items()}
        self._user.update(coerced)

    def reset(self, key: str) -> None:
        if self.is_locked(key):
            self.set(key, None)  # raises
        self._user.pop(key, None)

    def save(self) -> None:
        data = {"schema_version": SCHEMA_VERSION, "values": self._user}
        atomic.write_text(self.path, json.dumps(data, ensure_ascii=False, indent=2), private=True)
