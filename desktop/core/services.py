"""Composition root: every long-lived service of the process, built once, in one place.

The GUI (``desktop.ui.app``), the CLI (``desktop.cli``), ``self-test`` and the benches call
``build_services()`` and take what they need from it; nothing else constructs a masker, a usage
store, a template repository or a pipeline for the product (tests may, on purpose).

One failure policy for every front end:

Fail closed — nothing leaves the PC, the app still starts and says why:
- the machine policy cannot be read or is invalid (``policy_error``);
- the masker, or IT's masking dictionary / allow-list, cannot be loaded (``MaskerUnavailable``);
- IT's blocked-terms list cannot be read; the monthly budget is used up.
The pipeline enforces these itself (``Pipeline.check_can_send``), so a front end cannot forget.

Degrade with a notice — work goes on, the clerk (or stderr) is told, self-test fails or warns:
- the usage database cannot be opened: tasks run unlogged (``usage_store()`` returns None);
- the usage database was damaged and restarted; the settings file is unreadable (defaults);
- a template folder (e.g. the organisation's share) is unreachable or holds broken files;
- no OS keychain: the API key lives in memory for the session.
Notices are collected in ``notices`` (Japanese); the GUI shows them after its window is up, the
CLI prints them on stderr.

Thread-safety: ``masker()``, ``usage_store()`` and ``templates()`` may touch disks and network
shares, so the GUI calls them from its worker, never on the UI thread; they are guarded by a lock.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.errors import PolicyError, UserFacingError
from desktop.core.paths import AppPaths
from desktop.core.policy import Policy
from desktop.core.registry_policy import RegistryPolicyReader, default_reader
from desktop.core.secrets import SecretStore
from desktop.core.settings_store import SettingsStore

if TYPE_CHECKING:
    from desktop.core.knowledge.library import Library
    from desktop.core.masking import PiiMasker
    from desktop.core.pipeline import MaskerUnavailable, Pipeline, ProviderFactory
    from desktop.core.templates import TemplateRepository
    from desktop.core.usage.store import UsageStore

log = logging.getLogger(__name__)

USAGE_UNAVAILABLE = ("利用記録のデータベースを開けないため、この間の利用は記録されません"
                     "（{reason}）。情報政策課に連絡してください。")


@dataclass
class Services:
    paths: AppPaths
    settings: SettingsStore
    secrets: SecretStore
    policy_error: PolicyError | None = None
    environ: Mapping[str, str] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)  # degraded parts, in the clerk's words
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _masker: PiiMasker | None = field(default=None, repr=False)
    _masker_error: MaskerUnavailable | None = field(default=None, repr=False)
    _usage: UsageStore | None = field(default=None, repr=False)
    _knowledge: Library | None = field(default=None, repr=False)

    # Policy and secrets -----------------------------------------------------------------
    def ensure_policy_valid(self) -> None:
        """Refuse what would use a broken machine policy (the pipeline does this by itself)."""
        if self.policy_error is not None:
            raise self.policy_error

    def api_key(self) -> str:
        """Environment override first (headless use), then the keychain / session memory."""
        return self.settings.api_key_from_environment or self.secrets.get()

    def notice(self, message: str) -> None:
        with self._lock:
            if message and message not in self.notices:
                self.notices.append(message)

    # Long-lived services ----------------------------------------------------------------
    def masker(self) -> PiiMasker:
        """The masker for the current settings (built once). Raises ``MaskerUnavailable`` when
        IT's dictionary or allow-list cannot be read: masking less without a word is worse than
        not sending."""
        masker, error = self._masker_and_error()
        if error is not None:
            raise error
        return masker

    def _masker_and_error(self) -> tuple[PiiMasker, MaskerUnavailable | None]:
        from desktop.core.masking import PiiMasker
        from desktop.core.pipeline import MaskerUnavailable

        with self._lock:
            if self._masker is None:
                try:
                    self._masker = PiiMasker.from_settings(self.settings.settings)
                    self._masker_error = None
                except UserFacingError as exc:
                    # A stand-in for the local preview only: the pipeline refuses to send.
                    self._masker = PiiMasker()
                    self._masker_error = MaskerUnavailable(exc.user_message,
                                                           detail=f"masker: {exc.detail}")
            return self._masker, self._masker_error

    def usage_store(self) -> UsageStore | None:
        """The usage log, opened once; None (with a notice) when it cannot be opened: a task's
        answer matters more than its log line."""
        try:
            return self.required_usage_store()
        except Exception as exc:
            log.error("usage database unavailable: %s", type(exc).__name__)
            self.notice(USAGE_UNAVAILABLE.format(reason=type(exc).__name__))
            return None

    def required_usage_store(self) -> UsageStore:
        """The usage log for what is nothing without it (the usage commands, self-test's
        check): raises why it cannot be opened."""
        from desktop.core.usage.store import UsageStore

        with self._lock:
            if self._usage is None:
                self._usage = UsageStore.open(self.paths.usage_db)
                self.notice(self._usage.recovery_message)
            return self._usage

    def templates(self) -> TemplateRepository:
        """The template folders of the current settings, loaded (may wait on a share). A folder
        that cannot be read, or a broken template, becomes a notice (the first five)."""
        from desktop.core.templates import TemplateRepository

        repo = TemplateRepository.for_settings(self.paths, self.settings.settings)
        for error in repo.reload()[:5]:
            self.notice(error.line())
        return repo

    def knowledge(self) -> Library:
        """The organisation's documents (folders from policy and the clerk's own; IT's published
        index) for the current settings. Searching may wait on a share: call it off the UI
        thread."""
        from desktop.core.knowledge.library import Library

        with self._lock:
            if self._knowledge is None:
                self._knowledge = Library.for_settings(self.paths, self.settings.settings,
                                                       self.api_key, self.masker)
            return self._knowledge

    def pipeline(self, *, usage: UsageStore | None = None, log_usage: bool = True,
                 provider_factory: ProviderFactory | None = None) -> Pipeline:
        """The request pipeline over the current settings, masker and usage log, with the
        fail-closed guards (policy, masker) built in. ``provider_factory``: where requests go
        (default: the configured provider; a bench passes an in-memory model)."""
        from desktop.core.pipeline import Pipeline

        masker, masker_error = self._masker_and_error()
        if usage is None and log_usage:
            usage = self.usage_store()
        if provider_factory is None:
            from desktop.core.llm.providers import make_provider

            provider_factory = make_provider
        return Pipeline(self.settings.settings, self.api_key, masker, usage,
                        provider_factory=provider_factory,
                        policy_error=self.policy_error, masker_error=masker_error,
                        resources=self)

    def settings_changed(self) -> None:
        """The settings were saved: the next ``masker()`` / ``pipeline()`` follow them."""
        with self._lock:
            self._masker = None
            self._masker_error = None
            if self._knowledge is not None:
                self._knowledge.close()
                self._knowledge = None

    def close(self) -> None:
        with self._lock:
            if self._usage is not None:
                with contextlib.suppress(Exception):
                    self._usage.close()
            self._usage = None
            if self._knowledge is not None:
                with contextlib.suppress(Exception):
                    self._knowledge.close()
                self._knowledge = None


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
        # The app still starts (with defaults) so the user can read the message; every send
        # is refused (the pipeline's guard) and self-test fails.
        policy_error = exc
        policy = Policy.empty()
    settings = SettingsStore(paths.settings_file, policy, env)
    services = Services(paths=paths, settings=settings, secrets=SecretStore(),
                        policy_error=policy_error, environ=env)
    if settings.load_warning:
        services.notice(settings.load_warning)
    return services
