"""Office Assistant (業務AIアシスタント)."""

from __future__ import annotations

APP_NAME = "OfficeAssistant"
APP_DISPLAY_NAME = "業務AIアシスタント"
DIST_NAME = "office-assistant"


def _read_version() -> str:
    # The version lives in pyproject.toml only. A source checkout reads it there; installed
    # (and frozen, via copy_metadata) builds, which have no pyproject.toml beside the package,
    # read the distribution metadata. In that order because importlib.metadata costs ~30 ms
    # of start-up that the first window should not wait for in development either.
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        return str(tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        pass
    from importlib import metadata

    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _read_version()
