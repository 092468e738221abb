"""Every folder the app reads or writes, in one place.

``OFFICE_ASSISTANT_HOME`` moves all per-user folders under one directory (tests, portable
use). ``OFFICE_ASSISTANT_POLICY`` names the machine policy file. Nothing else in the code base
builds a user path by hand.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "OfficeAssistant"
APP_AUTHOR = "OfficeAssistant"
HOME_ENV = "OFFICE_ASSISTANT_HOME"
POLICY_ENV = "OFFICE_ASSISTANT_POLICY"


def default_policy_path(platform: str = sys.platform) -> Path:
    """Machine-wide policy file written by the installer or IT."""
    if platform.startswith("win"):
        program_data = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(program_data) / APP_DIR_NAME / "policy.toml"
    if platform == "darwin":
        return Path("/Library/Application Support") / APP_DIR_NAME / "policy.toml"
    return Path("/etc/office-assistant/policy.toml")


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path
    policy_file: Path

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> AppPaths:
        env = os.environ if environ is None else environ
        policy = Path(env[POLICY_ENV]) if env.get(POLICY_ENV) else default_policy_path()
        home = env.get(HOME_ENV)
        if home:
            base = Path(home).expanduser().resolve()
            return cls(
                config_dir=base / "config",
                data_dir=base / "data",
                log_dir=base / "logs",
                cache_dir=base / "cache",
                policy_file=policy,
            )
        dirs = platformdirs.PlatformDirs(APP_DIR_NAME, APP_AUTHOR, roaming=False)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            log_dir=Path(dirs.user_log_dir),
            cache_dir=Path(dirs.user_cache_dir),
            policy_file=policy,
        )

    # Files and sub-folders -------------------------------------------------------------
    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def user_templates_dir(self) -> Path:
        return self.data_dir / "templates"

    @property
    def usage_db(self) -> Path:
        return self.data_dir / "usage.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "office-assistant.log"

    @property
    def form_state_file(self) -> Path:
        """Last values entered per template (the user's own input, kept on their PC)."""
        return self.data_dir / "form_state.json"

    def writable_dirs(self) -> tuple[Path, ...]:
        return (self.config_dir, self.data_dir, self.log_dir, self.cache_dir)

    def ensure(self) -> None:
        for d in self.writable_dirs():
            d.mkdir(parents=True, exist_ok=True)


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def install_root() -> Path:
    """Folder holding ``prompt_templates/`` and ``resources/``: the repo or the frozen bundle."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent.parent


def resource_path(*parts: str) -> Path:
    return install_root().joinpath("resources", *parts)


def builtin_templates_dir() -> Path:
    return install_root() / "prompt_templates"
