r"""A registry back-end with the semantics of the standard-library ``winreg`` (Windows only).

Same function signatures and constants (the Windows API's numbers), case-insensitive key and
value names, ``FileNotFoundError`` for a missing key, ``OSError`` past the last value, handles
that are context managers. ``reg_add`` stores what ``reg add`` / ``winreg.SetValueEx`` would
(and refuses what they would refuse: a DWORD out of range, a MULTI_SZ that is not strings).
"""

from __future__ import annotations

import re
from typing import Any

HKEY_LOCAL_MACHINE = 0x80000002
KEY_READ = 0x20019
KEY_WOW64_64KEY = 0x0100
KEY_WOW64_32KEY = 0x0200
REG_NONE, REG_SZ, REG_EXPAND_SZ, REG_BINARY, REG_DWORD = 0, 1, 2, 3, 4
REG_MULTI_SZ, REG_QWORD = 7, 11


class _Key:
    def __init__(self, name: str) -> None:
        self.name = name
        self.values: dict[str, tuple[str, Any, int]] = {}  # lower name -> (name, data, type)
        self.subkeys: dict[str, _Key] = {}


class Handle:
    def __init__(self, key: _Key, access: int) -> None:
        self.key = key
        self.access = access
        self.closed = False

    def Close(self) -> None:
        self.closed = True

    def __enter__(self) -> Handle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.Close()


class FakeWinreg:
    HKEY_LOCAL_MACHINE = HKEY_LOCAL_MACHINE
    KEY_READ = KEY_READ
    KEY_WOW64_64KEY = KEY_WOW64_64KEY
    REG_SZ = REG_SZ
    REG_EXPAND_SZ = REG_EXPAND_SZ
    REG_BINARY = REG_BINARY
    REG_DWORD = REG_DWORD
    REG_QWORD = REG_QWORD
    REG_MULTI_SZ = REG_MULTI_SZ

    def __init__(self, environ: dict[str, str] | None = None) -> None:
        self._hklm = _Key("HKEY_LOCAL_MACHINE")
        self._environ = {k.upper(): v for k, v in (environ or {}).items()}
        self.opened: list[Handle] = []

    # What IT does (reg add / reg delete) --------------------------------------------------
    def _walk(self, path: str, *, create: bool) -> _Key:
        node = self._hklm
        for part in path.split("\\"):
            child = node.subkeys.get(part.lower())
            if child is None:
                if not create:
                    raise FileNotFoundError(2, "The system cannot find the file specified")
                child = node.subkeys[part.lower()] = _Key(part)
            node = child
        return node

    def reg_add(self, path: str, name: str | None = None, kind: int = REG_SZ,
                data: Any = "", *, unchecked: bool = False) -> None:
        """``unchecked``: store ``data`` as a low-level writer could (winreg then reads back
        None for a value of zero length, whatever its type)."""
        key = self._walk(path, create=True)
        if name is None:
            return
        if unchecked:
            key.values[name.lower()] = (name, data, kind)
            return
        if kind in (REG_SZ, REG_EXPAND_SZ) and not isinstance(data, str):
            raise TypeError("REG_SZ data must be a str")
        if kind == REG_DWORD and not (isinstance(data, int) and 0 <= data <= 0xFFFFFFFF):
            raise ValueError("REG_DWORD data must be an int in 0..2**32-1")
        if kind == REG_QWORD and not (isinstance(data, int) and 0 <= data < 2**64):
            raise ValueError("REG_QWORD data must be an int in 0..2**64-1")
        if kind == REG_MULTI_SZ and not (isinstance(data, list)
                                         and all(isinstance(s, str) for s in data)):
            raise TypeError("REG_MULTI_SZ data must be a list of str")
        if kind == REG_BINARY and not isinstance(data, bytes):
            raise TypeError("REG_BINARY data must be bytes")
        key.values[name.lower()] = (name, data, kind)

    def reg_delete(self, path: str) -> None:
        parent, _, leaf = path.rpartition("\\")
        self._walk(parent, create=False).subkeys.pop(leaf.lower(), None)

    # winreg's functions ------------------------------------------------------------------
    def _node(self, key: Any) -> _Key:
        if isinstance(key, Handle):
            if key.closed:
                raise OSError(6, "The handle is invalid")
            return key.key
        if key == HKEY_LOCAL_MACHINE:
            return self._hklm
        raise OSError(6, "The handle is invalid")

    def OpenKey(self, key: Any, sub_key: str | None, reserved: int = 0,
                access: int = KEY_READ) -> Handle:
        node = self._node(key)
        if sub_key:
            for part in sub_key.split("\\"):
                child = node.subkeys.get(part.lower())
                if child is None:
                    raise FileNotFoundError(2, "The system cannot find the file specified")
                node = child
        handle = Handle(node, access)
        self.opened.append(handle)
        return handle

    def QueryInfoKey(self, key: Any, /) -> tuple[int, int, int]:
        node = self._node(key)
        return len(node.subkeys), len(node.values), 133_000_000_000_000_000

    def EnumValue(self, key: Any, index: int, /) -> tuple[str, Any, int]:
        values = list(self._node(key).values.values())
        if not 0 <= index < len(values):
            raise OSError(259, "No more data is available")
        return values[index]

    def EnumKey(self, key: Any, index: int, /) -> str:
        subkeys = list(self._node(key).subkeys.values())
        if not 0 <= index < len(subkeys):
            raise OSError(259, "No more data is available")
        return subkeys[index].name

    def ExpandEnvironmentStrings(self, string: str, /) -> str:
        return re.sub(r"%([^%]+)%",
                      lambda m: self._environ.get(m.group(1).upper(), m.group(0)), string)
