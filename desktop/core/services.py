"""Composition root: builds the process-wide services once for the GUI or the CLI.

Front ends receive a ``Services`` and pass its members down through constructors. The per-task
pieces (template repository, masker, usage store, pipeline) are built from it with their own
``for_settings`` / ``from_settings`` / ``open`` factories, because they are rebuilt when the
settings change; nothing reaches for a global.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.core.errors import PolicyError
from desktop.core.paths import AppPaths
from desktop.core.policy import Policy
from desktop.core.registry_policy import RegistryPolicyReader, default_reader
from desktop.core.secrets import SecretStore
from desktop.core.settings_store import SettingsStore


@dataclass
class Services:
    paths: AppPaths
    settings: SettingsStore
    secrets: SecretStore
    policy_error: PolicyError | None = None
    environ: Mapping[str, str] = field(default_factory=dict)

    def ensure_policy_valid(self) -> None:
        """Refuse to send anything while the machine policy is broken.

        The app still starts (so the clerk can read why), but running on defaults would unlock
        what IT locked: fail closed for everything that leaves the PC.
        """
        if self.policy_error is not None:
            raise self.policy_error

    def api_key(self) -> str:
        """Environment override first (headless use), then the keychain / session memory."""
        return self.settings.api_key_from_environment or self.secrets.get()


def build_services(environ: Mapping[str, str] | None = None, *,
                   registry: RegistryPolicyReader | None = None) -> Services:
    """``registry``: where the machine policy's registry part is read (default: this machine's
    registry on Windows, none elsewhere)."""
    env = dict(os.environ if environ is None else environ)
    paths = AppPaths.from_environment(env)
    # An unwritable folder is reported by self-test ("folders") and by whatever later needs
    # it; commands that need none (mask, --version) still work.
    with contextlib.suppress(OSError):
        paths.ensure()
    policy_error: PolicyError | None = None
    try:
        policy = Policy.load_machine(paths.policy_file,
                                     registry if registry is not None else default_reader())
    except PolicyError as exc:
        # The app still starts (with defaults) so the user can read the message; self-test fails.
        policy_error = exc
        policy = Policy.empty()
    settings = SettingsStore(paths.settings_file, policy, env)
    return Services(paths=paths, settings=settings, secrets=SecretStore(),
                    policy_error=policy_error, environ=env)
