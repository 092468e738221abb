"""The core stays Qt-free, and layers only depend downwards (DESIGN.md)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(py: Path) -> set[str]:
    tree = ast.parse(py.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_never_imports_qt_or_upper_layers():
    offenders = []
    for py in (ROOT / "desktop" / "core").rglob("*.py"):
        for name in _imports(py):
            if name.split(".")[0] == "PySide6" or name.startswith(("desktop.ui", "desktop.workers", "desktop.cli")):
                offenders.append(f"{py.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_workers_never_import_ui():
    offenders = [
        f"{py.relative_to(ROOT)}: {name}"
        for py in (ROOT / "desktop" / "workers").rglob("*.py")
        for name in _imports(py)
        if name.startswith(("desktop.ui", "desktop.cli"))
    ]
    assert offenders == []


def test_importing_core_does_not_load_qt():
    code = (
        "import importlib, pkgutil, sys, desktop.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'desktop.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "print('PySide6' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
