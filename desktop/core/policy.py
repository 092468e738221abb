"""The machine-wide policy file (TOML) that IT writes.

    schema = 1
    locked = ["endpoint", "deployment", "masking_mandatory"]
    endpoint = "https://example.openai.azure.com"
    deployment = "gpt-4o-mini"

Every other top-level key is a setting (see ``desktop.core.settings.Settings``). ``locked``
lists keys that users cannot change; ``locked = ["*"]`` locks every key the policy sets. A file
that exists but is invalid is an error the app reports at start and in ``self-test``; it is never
silently ignored.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import PolicyError

POLICY_SCHEMA = 1
_META_KEYS = {"schema", "locked"}


@dataclass(frozen=True)
class Policy:
    values: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    path: Path | None = None

    @classmethod
    def empty(cls) -> Policy:
        return cls()

    @classmethod
    def load(cls, path: Path) -> Policy:
        """Read ``path``; a missing file is an empty policy, a broken one a ``PolicyError``."""
        if not path.exists():
            return cls(path=None)
        try:
            raw = tomllib.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyError(
                f"ポリシーファイル {path} を読み込めません: {exc}。情報システム担当に連絡してください。"
            ) from exc
        except tomllib.TOMLDecodeError as exc:
            raise PolicyError(
                f"ポリシーファイル {path} の書式が正しくありません: {exc}。情報システム担当に連絡してください。"
            ) from exc
        return cls.from_mapping(raw, path=path)

    @classmethod
    def from_mapping(cls, raw: dict[str, Any], *, path: Path | None = None) -> Policy:
        from desktop.core.settings import Settings, coerce

        where = str(path) if path else "policy"
        problems: list[str] = []
        schema = raw.get("schema", POLICY_SCHEMA)
        if schema != POLICY_SCHEMA:
            problems.append(f"schema = {schema!r} には対応していません（{POLICY_SCHEMA} のみ）")
        known = set(Settings.field_names())
        values: dict[str, Any] = {}
        for key, value in raw.items():
            if key in _META_KEYS:
                continue
            if key not in known:
                problems.append(f"不明な項目 {key!r}")
                continue
            try:
                values[key] = coerce(key, value)
            except ValueError as exc:
                problems.append(str(exc))
        locked_raw = raw.get("locked", [])
        if not isinstance(locked_raw, list) or not all(isinstance(k, str) for k in locked_raw):
            problems.append("locked は設定項目名の配列で指定してください")
            locked_raw = []
        if "*" in locked_raw:
            locked = set(values)
        else:
            locked = set(locked_raw)
            for key in sorted(locked - known):
                problems.append(f"locked に不明な項目 {key!r}")
            for key in sorted((locked & known) - set(values)):
                problems.append(f"locked の {key!r} に値がありません（固定する値も指定してください）")
        provider, allowed = values.get("provider"), values.get("allowed_providers")
        if provider and allowed is not None and provider not in allowed:
            problems.append(f"provider {provider!r} が allowed_providers に含まれていません")
        if problems:
            raise PolicyError(
                f"ポリシーファイル {where} に誤りがあります: " + "; ".join(problems)
                + "。情報システム担当に連絡してください。"
            )
        return cls(values=values, locked=frozenset(locked & set(values)), path=path)
