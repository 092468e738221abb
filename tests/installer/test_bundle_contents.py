"""What the spec ships and leaves out; the app never imports what the bundle leaves out."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_every_template_and_resource_is_shipped(bundle_contents):
    shipped = {Path(src) for src, _dest in bundle_contents.data_files(REPO_ROOT)}
    templates = set((REPO_ROOT / "prompt_templates").glob("*.toml"))
    assert templates, "no built-in templates found"
    assert templates <= shipped
    for src, dest in bundle_contents.data_files(REPO_ROOT):
        # Same relative folder inside the bundle as in the repository: install_root() relies on it.
        assert Path(src).parent == REPO_ROOT / dest


def test_translation_sources_and_junk_are_not_shipped(bundle_contents, tmp_path):
    i18n = tmp_path / "resources" / "i18n"
    i18n.mkdir(parents=True)
    for name in ("office_assistant_en.ts", "office_assistant_en.qm", "Thumbs.db"):
        (i18n / name).write_bytes(b"x")
    (tmp_path / "prompt_templates").mkdir()
    (tmp_path / "prompt_templates" / "a.toml").write_text("x", encoding="utf-8")
    shipped = sorted(Path(src).name for src, _ in bundle_contents.data_files(tmp_path))
    assert shipped == ["a.toml", "office_assistant_en.qm"]


@pytest.mark.parametrize(
    ("dest", "pruned"),
    [
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", True),
        ("PySide6\\Qt6Qml.dll", True),
        ("PySide6/Qt/lib/libQt6Charts.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
        ("PySide6/Qt/translations/qtbase_ja.qm", False),
        ("PySide6/Qt/translations/qtbase_en.qm", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6\\translations\\qt_help_zh_CN.qm", True),
        ("PySide6\\translations\\qt_ja.qm", False),
        ("resources/i18n/office_assistant_en.qm", False),  # ours, not Qt's
        ("unidic_lite/dicdir/sys.dic", False),
        ("PySide6\\opengl32sw.dll", True),
        ("PySide6\\Qt6Pdf.dll", True),
        ("PySide6\\plugins\\imageformats\\qpdf.dll", True),
        ("PySide6\\plugins\\imageformats\\qsvg.dll", False),
        ("PySide6\\Qt6OpenGL.dll", False),  # Qt6Charts.dll links it
        ("dukpy\\jsmodules\\typescriptServices.js", True),
        ("dukpy\\jsruntime\\process_runtime.js", False),  # PAC files need it
    ],
)
def test_pruning(bundle_contents, dest, pruned):
    assert bundle_contents.is_pruned(dest) is pruned


def test_prune_keeps_toc_shape(bundle_contents):
    toc = [
        ("PySide6/Qt/lib/libQt6Qml.so.6", "/x/libQt6Qml.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
    ]
    assert bundle_contents.prune(toc) == toc[1:]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_app_does_not_import_what_the_bundle_leaves_out(bundle_contents):
    excluded = tuple(bundle_contents.EXCLUDED_MODULES)
    offenders = []
    for path in sorted((REPO_ROOT / "desktop").rglob("*.py")):
        for name in _imported_modules(path):
            if any(name == ex or name.startswith(ex + ".") for ex in excluded):
                offenders.append(f"{path.relative_to(REPO_ROOT)}: {name}")
    assert offenders == [], "add the module to the bundle or stop importing it"


def test_runtime_libraries_are_installed(bundle_contents):
    import importlib.util

    missing = [
        m
        for m in (*bundle_contents.RUNTIME_LIBRARIES, *bundle_contents.HIDDEN_IMPORTS)
        if importlib.util.find_spec(m) is None
    ]
    assert missing == []


def test_spec_is_valid_python_and_uses_the_shared_lists():
    spec = (REPO_ROOT / "installer" / "office_assistant.spec").read_text("utf-8")
    tree = ast.parse(spec)
    assert tree.body
    for needle in (
        "upx=False",
        "exclude_binaries=True",
        "bc.prune(a.binaries)",
        "console=False",
        "console=True",
        "COLLECT(",
    ):
        assert needle in spec
