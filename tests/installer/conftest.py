"""Helpers for tests of the installer/ folder (which is not a package: load modules by path)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

INSTALLER_DIR = Path(__file__).resolve().parents[2] / "installer"


def load_installer_module(name: str, module_name: str | None = None):
    module_name = module_name or name
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, INSTALLER_DIR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bundle_contents():
    return load_installer_module("bundle_contents")


@pytest.fixture(scope="session")
def versioninfo():
    return load_installer_module("versioninfo")


@pytest.fixture(scope="session")
def build_script():
    load_installer_module("bundle_contents")
    load_installer_module("versioninfo")
    # Not "build": that name belongs to PyPA's build tool.
    return load_installer_module("build", "office_assistant_installer_build")
