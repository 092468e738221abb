"""Office Assistant (業務AIアシスタント)."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "OfficeAssistant"
APP_DISPLAY_NAME = "業務AIアシスタント"
DIST_NAME = "office-assistant"


def _read_version(root: Path | None = None) -> str:
    """The version lives in pyproject.toml only.

    A source checkout reads it there. An installed or frozen build (PyInstaller's
    ``copy_metadata`` puts the dist-info beside the package) reads the ``Version:`` line of its
    METADATA file directly: ``importlib.metadata`` costs ~30 ms of start-up that the first window
    should not wait for; it remains the last resort.
    """
    import tomllib

    root = root or Path(__file__).resolve().parent.parent
    try:
        return str(tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        pass
    for metadata_file in sorted(root.glob(f"{DIST_NAME.replace('-', '_')}-*.dist-info/METADATA")):
        try:
            with metadata_file.open(encoding="utf-8") as lines:
                for line in lines:
                    if line.startswith("Version:"):
                        return line.split(":", 1)[1].strip()
                    if not line.strip():
                        break  # the headers end here
        except OSError:
            continue
    from importlib import metadata

    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _read_version()
