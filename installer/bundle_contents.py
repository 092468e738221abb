"""What goes into the frozen bundle besides the Python modules PyInstaller finds by itself.

Kept out of the .spec so tests can check it without running PyInstaller. The spec collects the
whole ``desktop`` package, so a new pure-Python module needs no change here; only libraries that
load code or data in ways PyInstaller cannot see are named below, each with the reason.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

# Folders of the repository shipped as they are, read at run time through
# desktop.core.paths.install_root() (sys._MEIPASS when frozen).
DATA_FOLDERS = ("prompt_templates", "resources")

# Files that are sources of something else, not run-time data.
_SKIP_SUFFIXES = {".ts", ".pyc", ".pyo", ".pro", ".psd", ".xcf"}
_SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep"}


def data_files(root: Path = REPO_ROOT) -> Iterator[tuple[str, str]]:
    """``(source file, destination folder in the bundle)`` for every shipped data file."""
    for folder in DATA_FOLDERS:
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            if path.suffix.lower() in _SKIP_SUFFIXES or path.name in _SKIP_NAMES:
                continue
            yield str(path), str(path.parent.relative_to(root))


# Libraries the app uses, imported explicitly so that a lazy or importlib-based import in the
# app (a feature loading its engine on first use) still finds them in the bundle.
RUNTIME_LIBRARIES = (
    "openai",
    "keyring",
    "truststore",
    "platformdirs",
    "phonenumbers",
    "fugashi",
    "unidic_lite",
    "formulas",
    "openpyxl",
    "docx",
    "pypdf",
    "msoffcrypto",
    "orjson",
    "tomli_w",
    "pypac",
    "markdown_it",  # answers' Markdown (the view, rich copy, .docx)
    # Table analysis. pyinstaller-hooks-contrib's hook-duckdb collects its submodules and its
    # metadata (duckdb reads its own version from it at import).
    "duckdb",
    "PySide6.QtCharts",  # usage charts; from pyside6-addons
    "PySide6.QtSvg",  # SVG icons (the qsvg image plugin links against it)
)

# Optional: only when installed (``pip install .[entra]``) is Entra ID sign-in available.
OPTIONAL_LIBRARIES = ("azure.identity",)

# Modules imported from compiled code or by name, which PyInstaller's import scan cannot see.
HIDDEN_IMPORTS = (
    "shlex",  # fugashi's Cython extension imports it from C
    "unidic_lite",  # fugashi finds its dictionary by importing this at run time
    "keyring.backends.Windows",  # keyring loads back-ends through entry points
    "keyring.backends.macOS",
    "keyring.backends.SecretService",
)

# Packages whose every submodule is needed because they import their own parts by name.
COLLECT_SUBMODULES = (
    "desktop",  # the app itself: new modules need no edit of the spec
    "formulas",  # formulas.functions.* are imported by name from a table
)

# Packages whose data files (not Python) are needed at run time.
COLLECT_DATA = (
    "desktop",  # data next to modules, e.g. desktop/core/masking/data/*.txt.gz
    "unidic_lite",  # the MeCab dictionary (sys.dic, matrix.bin, ...): ~250 MB, no way around it
    "formulas",  # functions/units.json
    "docx",  # default.docx template used by Document()
    "dukpy",  # jsruntime/*.js: pypac evaluates PAC files with it (self-test's network check)
)

# Distribution metadata read at run time through importlib.metadata.
COPY_METADATA = (
    "office-assistant",  # desktop.__version__
    "keyring",  # back-end discovery through entry points
    "openai",
)

# Never shipped. The app's sources must not import them (tests/installer checks that), so
# leaving them out cannot break a feature; it only keeps the bundle small and the start fast.
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DExtras",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtLocation",
    "PySide6.QtPositioning",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSerialBus",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    # The Python bindings only (8 MB on Windows): Qt6Charts.dll links Qt6OpenGL*.dll, which stay.
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtHttpServer",
    "PySide6.QtTest",
    # Development and optional extras that some dependency mentions but the app never uses.
    "pytest",
    "_pytest",
    "hypothesis",
    "IPython",
    "matplotlib",
    "pandas",
    "sphinx",
    "flask",
    "graphviz",
    "schedula.utils.form",  # schedula's web-form server (flask, translations)
    "schedula.utils.web",
    "schedula.ext",  # sphinx extension
    # Build-time tools pulled in only by cffi's compile helpers; nothing imports them at run time.
    # Leaving them out also saves ~40 s of analysis per build.
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    "numpy.distutils",  # (numpy.f2py must stay: scipy's `from numpy import *` touches it)
    # Command-line front ends of libraries (and the terminal-colouring packages only they use).
    "httpx2._main",
    "formulas.cli",
    "schedula.cli",
    "rich",
    "pygments",
)

# Files PyInstaller's Qt hooks collect that the app cannot use. The virtual-keyboard input
# plugin alone drags in QtQml/QtQuick (~25 MB); the app is a widgets app and uses the OS IME.
PRUNED_FILE_PATTERNS = (
    "*/platforminputcontexts/*virtualkeyboard*",
    "*qt6qml*",
    "*qt6quick*",
    "*qt6virtualkeyboard*",
    # Windows: Mesa's software OpenGL (20 MB) is Qt Quick's fallback on PCs without a GPU
    # driver; a widgets app never loads it. The PDF image plugin and its Qt6Pdf (5 MB) would
    # render PDFs as images, which the app does not do (pypdf reads their text).
    "*opengl32sw.dll",
    "*qt6pdf*",
    "*/imageformats/*qpdf*",
    # dukpy's bundled JavaScript compilers (babel, TypeScript, React: 11 MB); pypac evaluates PAC
    # files with dukpy's interpreter and its jsruntime/ only.
    "*dukpy/jsmodules/*",
)
# Qt's own translations (standard dialogs, buttons): only the app's languages.
QT_TRANSLATION_LANGUAGES = ("ja", "en")
_QT_QM = re.compile(r"^qt[a-z_]*?_([a-z]{2}(?:_[a-z]{2})?)\.qm$")


def is_pruned(dest_name: str) -> bool:
    """True for a bundle file (its destination path) that is left out of the build."""
    dest = dest_name.replace("\\", "/").lower()
    if any(fnmatch.fnmatchcase(dest, p) for p in PRUNED_FILE_PATTERNS):
        return True
    folder, _, name = dest.rpartition("/")
    m = _QT_QM.match(name)
    if m and folder.endswith("translations") and "pyside6" in folder:
        return m.group(1).split("_")[0] not in QT_TRANSLATION_LANGUAGES
    return False


def prune(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A PyInstaller TOC without the entries ``is_pruned`` names."""
    return [entry for entry in toc if not is_pruned(entry[0])]
