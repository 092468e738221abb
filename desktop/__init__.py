"""Office Assistant (業務AIアシスタント)."""

from __future__ import annotations

from importlib import metadata as _metadata

APP_NAME = "OfficeAssistant"
APP_DISPLAY_NAME = "業務AIアシスタント"
DIST_NAME = "office-assistant"


def _read_version() -> str:
    # The version lives in pyproject.toml only; installed (and frozen, via copy_metadata)
    # builds read it from the distribution metadata.
    try:
        return _metadata.version(DIST_NAME)
    except _metadata.PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            return tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0+unknown"


__version__ = _read_version()
