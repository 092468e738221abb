"""The API key, kept only in the operating system's keychain.

When no keychain exists (``keyring.errors.NoKeyringError``, e.g. a headless Linux box), or the
back-end keyring chose cannot keep a secret (the null back-end silently drops it, see
``not_a_keychain``), the key is held in memory for this session only and ``persistent`` is False
so the UI can say so. A key is never written to a file by this app.
"""

from __future__ import annotations

import logging
from types import ModuleType

log = logging.getLogger(__name__)


def _keyring() -> ModuleType:
    """keyring, imported on first use: its import (and its back-end discovery) costs ~40 ms,
    which the first window should not wait for."""
    import keyring
    import keyring.errors

    return keyring

SERVICE = "OfficeAssistant"
API_KEY_ACCOUNT = "azure-openai-api-key"


# Back-ends that keep nothing (null drops every value, fail refuses) or keep it in a plain file
# (keyrings.alt): never a place for the API key.
_NOT_KEYCHAIN_MODULES = ("keyring.backends.null", "keyring.backends.fail", "keyrings.alt")


def not_a_keychain(backend: object) -> str:
    """Why ``backend`` is not an OS keychain that keeps a secret across restarts ('' if it is).

    keyring itself gives a back-end that cannot store anything a priority of 0 or less (null
    -1, fail 0) and one that cannot run here a priority that raises; a back-end chosen by a
    keyringrc file or ``PYTHON_KEYRING_BACKEND`` is used whatever its priority, so ask it.
    """
    module = type(backend).__module__
    name = f"{module}.{type(backend).__name__}"
    if module.startswith(_NOT_KEYCHAIN_MODULES):
        return name
    try:
        priority = float(type(backend).priority)  # type: ignore[attr-defined]
    except Exception as exc:  # keyring raises whatever the missing library raised
        return f"{name}: {type(exc).__name__}"
    if priority <= 0:
        return f"{name} (priority {priority:g})"
    return ""


class SecretStore:
    def __init__(self, service: str = SERVICE) -> None:
        self._service = service
        self._memory: dict[str, str] = {}
        self._keychain_ok: bool | None = None
        self.last_error: str = ""

    @property
    def backend_name(self) -> str:
        backend = _keyring().get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    @property
    def persistent(self) -> bool:
        """True when the keychain works, so a saved key survives a restart."""
        if self._keychain_ok is None:
            self._keychain_ok = self._probe()
        return self._keychain_ok

    def _probe(self) -> bool:
        backend = _keyring().get_keyring()
        reason = not_a_keychain(backend)
        if reason:
            self.last_error = reason
            return False
        try:
            backend.get_password(self._service, "__probe__")
        except _keyring().errors.KeyringError as exc:
            self.last_error = type(exc).__name__
            return False
        return True

    def get(self, account: str = API_KEY_ACCOUNT) -> str:
        if account in self._memory:
            return self._memory[account]
        if not self.persistent:
            return ""
        try:
            return _keyring().get_password(self._service, account) or ""
        except _keyring().errors.KeyringError as exc:
            log.warning("keychain read failed: %s", type(exc).__name__)
            self.last_error = type(exc).__name__
            return ""

    def set(self, secret: str, account: str = API_KEY_ACCOUNT) -> bool:
        """Store ``secret``. Returns True if it went to the keychain, False if memory only."""
        if self.persistent:
            try:
                _keyring().set_password(self._service, account, secret)
                self._memory.pop(account, None)
                return True
            except _keyring().errors.KeyringError as exc:
                log.warning("keychain write failed: %s", type(exc).__name__)
                self.last_error = type(exc).__name__
        self._memory[account] = secret
        return False

    def delete(self, account: str = API_KEY_ACCOUNT) -> None:
        self._memory.pop(account, None)
        if self.persistent:
            try:
                _keyring().delete_password(self._service, account)
            except _keyring().errors.PasswordDeleteError:
                pass
            except _keyring().errors.KeyringError as exc:
                log.warning("keychain delete failed: %s", type(exc).__name__)

    def check(self) -> tuple[bool, str]:
        """For self-test: (ok, message). Round-trips a throwaway value through the keychain."""
        if not self.persistent:
            return False, (f"OS の資格情報ストアが使えません（{self.last_error or self.backend_name}）。"
                           "API キーはこのセッションの間だけメモリに保持されます。")
        probe = "__self_test__"
        try:
            _keyring().set_password(self._service, probe, "ok")
            ok = _keyring().get_password(self._service, probe) == "ok"
            _keyring().delete_password(self._service, probe)
        except _keyring().errors.KeyringError as exc:
            return False, f"資格情報ストアの読み書きに失敗しました: {type(exc).__name__}"
        return ok, f"資格情報ストア: {self.backend_name}"
