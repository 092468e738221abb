"""The machine policy IT sets: a TOML file and, on Windows, the registry (Group Policy).

The file (``policy.toml``)::

    schema = 1
    locked = ["endpoint", "deployment", "blocked_terms"]
    endpoint = "https://example.openai.azure.com"
    deployment = "gpt-4o-mini"

Every other top-level key is a setting (see ``desktop.core.settings.Settings``). ``locked``
lists keys that users cannot change; ``locked = ["*"]`` locks every key the policy sets.

The registry (``HKLM\\SOFTWARE\\Policies\\OfficeAssistant``, see ``desktop.core.registry_policy``)
has the same keys, types and ``locked``. Where both set a key the registry's value wins; the keys
locked by either are locked (``"*"`` locks every key *that source* sets). A source that exists but
is invalid is an error the app reports at start and in ``self-test``; it is never silently
ignored, and nothing is sent while it stands (fail closed).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from desktop.core.errors import PolicyError
from desktop.core.settings import OBSOLETE_KEYS, Settings, check_obsolete, coerce, obsolete_notice

if TYPE_CHECKING:
    from desktop.core.registry_policy import RegistryPolicyReader

POLICY_SCHEMA = 1
_META_KEYS = {"schema", "locked"}
_CONTACT = "。情報システム担当に連絡してください。"

Origin = Literal["file", "registry"]


@dataclass(frozen=True)
class _Part:
    """One source's valid values and the keys it locks (``"*"`` already resolved)."""

    values: dict[str, Any]
    locked: set[str]
    problems: list[str]
    obsolete: set[str] = field(default_factory=set)  # retired keys this source still sets


def _parse(raw: Mapping[str, Any]) -> _Part:
    problems: list[str] = []
    schema = raw.get("schema", POLICY_SCHEMA)
    if schema != POLICY_SCHEMA:
        problems.append(f"schema = {schema!r} には対応していません（{POLICY_SCHEMA} のみ）")
    known = set(Settings.field_names())
    values: dict[str, Any] = {}
    obsolete: set[str] = set()
    for key, value in raw.items():
        if key in _META_KEYS:
            continue
        if key in OBSOLETE_KEYS:
            try:
                check_obsolete(key, value)
                obsolete.add(key)
            except ValueError as exc:
                problems.append(str(exc))
            continue
        if key not in known:
            problems.append(f"不明な項目 {key!r}")
            continue
        try:
            values[key] = coerce(key, value)
        except ValueError as exc:
            problems.append(str(exc))
    locked_raw = raw.get("locked", [])
    if not isinstance(locked_raw, list | tuple) or not all(isinstance(k, str) for k in locked_raw):
        problems.append("locked は設定項目名の配列で指定してください")
        locked_raw = []
    if "*" in locked_raw:
        locked = set(values)
    else:
        locked = set(locked_raw)
        obsolete |= locked & set(OBSOLETE_KEYS)
        locked -= set(OBSOLETE_KEYS)  # nothing left to lock
        for key in sorted(locked - known):
            problems.append(f"locked に不明な項目 {key!r}")
        locked &= known
    return _Part(values, locked, problems, obsolete)


def _cross_checks(values: Mapping[str, Any], locked: set[str]) -> list[str]:
    problems = [f"locked の {key!r} に値がありません（固定する値も指定してください）"
                for key in sorted(locked - set(values))]
    provider, allowed = values.get("provider"), values.get("allowed_providers")
    if provider and allowed is not None and provider not in allowed:
        problems.append(f"provider {provider!r} が allowed_providers に含まれていません")
    return problems


@dataclass(frozen=True)
class Policy:
    values: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    path: Path | None = None  # the policy file, when one was read
    registry_key: str | None = None  # e.g. "HKLM\\SOFTWARE\\Policies\\OfficeAssistant", when read
    origins: Mapping[str, Origin] = field(default_factory=dict)  # key -> where its value came from
    obsolete: frozenset[str] = frozenset()  # retired keys the policy still sets (ignored)

    @property
    def notices(self) -> list[str]:
        """Japanese notices for IT (``config show``, ``self-test``): retired keys still set."""
        return [obsolete_notice(key) for key in sorted(self.obsolete)]

    @classmethod
    def empty(cls) -> Policy:
        return cls()

    def origin(self, key: str) -> Origin | None:
        if key not in self.values:
            return None
        return self.origins.get(key, "file")

    @staticmethod
    def _read_file(path: Path) -> dict[str, Any] | None:
        if not path.exists():
            return None
        try:
            return tomllib.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyError(f"ポリシーファイル {path} を読み込めません: {exc}{_CONTACT}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise PolicyError(
                f"ポリシーファイル {path} の書式が正しくありません: {exc}{_CONTACT}") from exc

    @classmethod
    def load(cls, path: Path) -> Policy:
        """Read ``path``; a missing file is an empty policy, a broken one a ``PolicyError``."""
        raw = cls._read_file(path)
        if raw is None:
            return cls(path=None)
        return cls.from_mapping(raw, path=path)

    @classmethod
    def load_machine(cls, path: Path, registry: RegistryPolicyReader | None) -> Policy:
        """The file at ``path`` and, when ``registry`` is given (Windows), the registry over it."""
        file_raw = cls._read_file(path)
        reg_raw = registry.read() if registry is not None else None
        return cls.combine(file_raw, reg_raw, path=path if file_raw is not None else None,
                           registry_key=registry.location if registry is not None
                           and reg_raw is not None else None)

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any], *, path: Path | None = None) -> Policy:
        return cls.combine(raw, None, path=path)

    @classmethod
    def combine(cls, file_raw: Mapping[str, Any] | None, registry_raw: Mapping[str, Any] | None,
                *, path: Path | None = None, registry_key: str | None = None) -> Policy:
        """Validate each source, then merge: registry values win, locked keys add up."""
        file_part = _parse(file_raw) if file_raw is not None else _Part({}, set(), [])
        reg_part = _parse(registry_raw) if registry_raw is not None else _Part({}, set(), [])
        values = {**file_part.values, **reg_part.values}
        locked = file_part.locked | reg_part.locked
        cross = _cross_checks(values, locked)
        messages = []
        file_problems = file_part.problems + (cross if registry_raw is None else [])
        if file_problems:
            where = str(path) if path else "policy"
            messages.append(f"ポリシーファイル {where} に誤りがあります: " + "; ".join(file_problems))
        reg_problems = reg_part.problems + (cross if registry_raw is not None else [])
        if reg_problems:
            where = registry_key or "registry"
            messages.append(f"レジストリのポリシー {where} に誤りがあります: " + "; ".join(reg_problems))
        if messages:
            raise PolicyError("。".join(messages) + _CONTACT)
        origins: dict[str, Origin] = {k: ("registry" if k in reg_part.values else "file")
                                      for k in values}
        return cls(values=values, locked=frozenset(locked & set(values)), path=path,
                   registry_key=registry_key, origins=origins,
                   obsolete=frozenset(file_part.obsolete | reg_part.obsolete))
