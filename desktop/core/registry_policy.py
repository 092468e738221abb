r"""Machine policy from the Windows registry: ``HKLM\SOFTWARE\Policies\OfficeAssistant``.

Layout (what ``reg add`` and the ADMX templates in ``installer/admx`` write):

- one value per setting, named like the key in ``policy.toml`` (case does not matter, as
  everywhere in the registry);
- ``REG_SZ`` (or ``REG_EXPAND_SZ``, expanded) for text; numbers and booleans written as text are
  coerced exactly like the file's values (``"60"``, ``"0.5"``, ``"true"``/``"false"``);
- ``REG_DWORD`` / ``REG_QWORD`` for whole numbers and booleans (``0`` = false, ``1`` = true);
- ``REG_MULTI_SZ`` for lists, or a subkey of the same name whose values are the items (what a
  Group Policy *list* element writes: ``...\OfficeAssistant\allowed_providers`` with ``1``,
  ``2``... = ``azure``, ``clipboard``), taken in the order of their names;
- ``locked``: a ``REG_MULTI_SZ`` (or ``locked`` subkey) of setting names, or ``REG_SZ`` ``*``,
  exactly like the file's ``locked``.

A value of any other type, an unknown name or a bad value is a ``PolicyError`` naming the value
(see ``desktop.core.policy``); nothing is skipped silently.

``winreg`` is read only on Windows and only through ``RegistryPolicyReader``, whose back-end is
anything with winreg's functions and constants (``WinregLike``); tests give it a back-end with
the same semantics (REG_* codes, ``FileNotFoundError`` for a missing key).
"""

from __future__ import annotations

import re
import sys
from typing import Any, Protocol, get_args, get_origin, get_type_hints

from desktop.core.errors import PolicyError
from desktop.core.settings import OBSOLETE_KEYS, Settings

POLICY_KEY = r"SOFTWARE\Policies\OfficeAssistant"
LOCATION = "HKLM\\" + POLICY_KEY

# winreg's type codes (the same numbers as the Windows API).
REG_NAMES = {0: "REG_NONE", 1: "REG_SZ", 2: "REG_EXPAND_SZ", 3: "REG_BINARY", 4: "REG_DWORD",
             5: "REG_DWORD_BIG_ENDIAN", 6: "REG_LINK", 7: "REG_MULTI_SZ",
             8: "REG_RESOURCE_LIST", 11: "REG_QWORD"}


class WinregLike(Protocol):
    """The part of the standard-library ``winreg`` module this reader uses (same signatures)."""

    HKEY_LOCAL_MACHINE: int
    KEY_READ: int
    KEY_WOW64_64KEY: int
    REG_SZ: int
    REG_EXPAND_SZ: int
    REG_DWORD: int
    REG_QWORD: int
    REG_MULTI_SZ: int

    def OpenKey(self, key: Any, sub_key: str | None, reserved: int = 0,
                access: int = 131097) -> Any: ...

    def QueryInfoKey(self, key: Any, /) -> tuple[int, int, int]: ...

    def EnumValue(self, key: Any, index: int, /) -> tuple[str, Any, int]: ...

    def EnumKey(self, key: Any, index: int, /) -> str: ...

    def ExpandEnvironmentStrings(self, string: str, /) -> str: ...


def _order(name: str) -> tuple[int, int | str]:
    return (0, int(name)) if name.isdigit() else (1, name)


class RegistryPolicyReader:
    """Reads the policy key into the same raw mapping ``policy.toml`` gives (or None if absent)."""

    location = LOCATION

    def __init__(self, backend: WinregLike) -> None:
        self._reg = backend

    def _open(self, sub_key: str) -> Any:
        reg = self._reg
        # Group Policy writes the 64-bit view; read it whatever this process's bitness.
        return reg.OpenKey(reg.HKEY_LOCAL_MACHINE, sub_key, 0, reg.KEY_READ | reg.KEY_WOW64_64KEY)

    def read(self) -> dict[str, Any] | None:
        """The policy as ``{name: value}``; ``None`` when the key does not exist."""
        try:
            key = self._open(POLICY_KEY)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise PolicyError(f"レジストリのポリシー {LOCATION} を読み込めません: {exc}。"
                              "情報システム担当に連絡してください。") from exc
        problems: list[str] = []
        raw: dict[str, Any] = {}
        with key:
            subkeys, nvalues, _modified = self._reg.QueryInfoKey(key)
            for index in range(nvalues):
                name, data, kind = self._reg.EnumValue(key, index)
                name = name.lower()  # registry names are case-insensitive: `/v Endpoint` works
                if name == "":
                    continue  # the key's unnamed default value: never part of a policy
                try:
                    raw[name] = self._value(name, data, kind)
                except ValueError as exc:
                    problems.append(str(exc))
            for index in range(subkeys):
                name = self._reg.EnumKey(key, index).lower()
                if name in raw:
                    problems.append(f"値 {name!r} と同じ名前のサブキー {name} が両方あります"
                                    "（どちらか一方にしてください）")
                    continue
                try:
                    items = self._list_subkey(name)
                except ValueError as exc:
                    problems.append(str(exc))
                    continue
                # Group Policy leaves a list's subkey behind, emptied, when the policy is set to
                # Disabled or Not Configured: an empty subkey sets nothing (the file or the default
                # applies). Read as an empty list it would silently replace the file's
                # blocked_terms or allowed_providers.
                if items:
                    raw[name] = items
        if problems:
            raise PolicyError(f"レジストリのポリシー {LOCATION} に誤りがあります: "
                              + "; ".join(problems) + "。情報システム担当に連絡してください。")
        return raw

    def _list_subkey(self, name: str) -> list[str]:
        if name != "locked" and _kind_of(name) != "list":
            raise ValueError(f"サブキー {name} は一覧の項目（locked など）にしか使えません")
        items: list[tuple[str, str]] = []
        with self._open(POLICY_KEY + "\\" + name) as sub:
            _subkeys, nvalues, _m = self._reg.QueryInfoKey(sub)
            for index in range(nvalues):
                item, data, kind = self._reg.EnumValue(sub, index)
                if item == "" and data is None:
                    continue
                if kind not in (self._reg.REG_SZ, self._reg.REG_EXPAND_SZ):
                    raise ValueError(f"サブキー {name} の値 {item!r} は REG_SZ で指定してください"
                                     f"（{REG_NAMES.get(kind, kind)}）")
                items.append((item, self._text(data, kind)))
        return [text for _item, text in sorted(items, key=lambda t: _order(t[0]))]

    def _text(self, data: str, kind: int) -> str:
        return self._reg.ExpandEnvironmentStrings(data) if kind == self._reg.REG_EXPAND_SZ else data

    def _value(self, name: str, data: Any, kind: int) -> Any:
        reg = self._reg
        target = "locked" if name == "locked" else _kind_of(name)
        if data is None:  # winreg gives None for a value stored without data
            raise ValueError(f"値 {name!r} にデータがありません")
        if kind in (reg.REG_SZ, reg.REG_EXPAND_SZ):
            text = self._text(data, kind)
            if target == "locked":
                return [k.strip() for k in re.split(r"[,\s]+", text) if k.strip()]
            return text  # coerced like a string in the file
        if kind in (reg.REG_DWORD, reg.REG_QWORD):
            if target == "bool":
                if data not in (0, 1):
                    raise ValueError(f"値 {name!r} は 0（無効）か 1（有効）で指定してください（値: {data}）")
                return bool(data)
            if target == "schema":
                return int(data)
            if target in ("int", "float", "str"):
                return int(data)
        if kind == reg.REG_MULTI_SZ and target in ("list", "locked"):
            return [str(item) for item in data if str(item).strip()]
        if target is None:
            return data  # an unknown name: reported as such by the policy
        raise ValueError(f"値 {name!r} の型 {REG_NAMES.get(kind, kind)} は使えません"
                         f"（{_EXPECTED[target]}）")


_EXPECTED = {
    "str": "REG_SZ で指定してください",
    "int": "REG_DWORD か REG_SZ で指定してください",
    "float": "REG_SZ（小数）か REG_DWORD で指定してください",
    "bool": "REG_DWORD の 0/1 か REG_SZ の true/false で指定してください",
    "list": "REG_MULTI_SZ か同名のサブキーで指定してください",
    "locked": "REG_MULTI_SZ か REG_SZ の * で指定してください",
    "schema": "REG_DWORD の 1 で指定してください",
}


def _kind_of(name: str) -> str | None:
    """"str", "int", "float", "bool" or "list" for a setting; None for an unknown name."""
    if name == "schema":
        return "schema"
    hints = get_type_hints(Settings)
    hint = hints.get(name) or (OBSOLETE_KEYS[name][0] if name in OBSOLETE_KEYS else None)
    if hint is None:
        return None
    if get_origin(hint) is list:
        (item,) = get_args(hint)
        return "list" if item is str else None
    return {str: "str", int: "int", float: "float", bool: "bool"}.get(hint)


def default_reader() -> RegistryPolicyReader | None:
    """The machine's registry on Windows; None elsewhere (no registry to read)."""
    if sys.platform != "win32":
        return None
    import winreg

    return RegistryPolicyReader(winreg)  # type: ignore[arg-type]
