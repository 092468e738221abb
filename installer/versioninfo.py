"""The one version number (``[project].version`` in pyproject.toml), in every form a build needs.

Used by ``office_assistant.spec`` (Windows VERSIONINFO resource of both executables), by
``build.py`` (checks the frozen app reports the same version) and by the Inno Setup call
(``/DAppVersion=``). Nothing here imports PySide6 or the app, so it runs before anything is built.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = REPO_ROOT / "pyproject.toml"

COMPANY = "OfficeAssistant"
PRODUCT = "Office Assistant (業務AIアシスタント)"
COPYRIGHT = "© OfficeAssistant project"

_RELEASE = re.compile(r"^\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?")


def project_version(pyproject: Path = PYPROJECT) -> str:
    data = tomllib.loads(pyproject.read_text("utf-8"))
    return str(data["project"]["version"])


def windows_version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3rc1"`` -> ``(1, 2, 3, 0)``: Windows wants four 16-bit numbers, no suffixes.

    Pre-release and local suffixes stay visible in the ProductVersion *string*.
    """
    m = _RELEASE.match(version)
    if not m:
        raise ValueError(f"version {version!r} does not start with a release number")
    parts = tuple(int(p) if p is not None else 0 for p in m.groups())
    if any(p > 0xFFFF for p in parts):
        raise ValueError(f"version {version!r}: each part must be at most 65535 for Windows")
    return parts  # type: ignore[return-value]


def version_info(version: str, *, internal_name: str, description: str):
    """A ``VSVersionInfo`` for PyInstaller's ``EXE(version=...)`` (ignored off Windows)."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = windows_version_tuple(version)
    dotted = ".".join(str(n) for n in numbers)
    # 0x0411 = Japanese, 1200 = Unicode: Explorer shows these strings on a Japanese desktop.
    strings = [
        StringStruct("CompanyName", COMPANY),
        StringStruct("FileDescription", description),
        StringStruct("FileVersion", dotted),
        StringStruct("InternalName", internal_name),
        StringStruct("LegalCopyright", COPYRIGHT),
        StringStruct("OriginalFilename", f"{internal_name}.exe"),
        StringStruct("ProductName", PRODUCT),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo([StringTable("041104B0", strings)]),
            VarFileInfo([VarStruct("Translation", [0x0411, 1200])]),
        ],
    )


if __name__ == "__main__":  # `python installer/versioninfo.py` prints the version for scripts
    print(project_version())
