"""Update the English translation source and compile it.

    python scripts/i18n.py            # extract strings into resources/i18n/*.ts, compile .qm
    python scripts/i18n.py --check    # exit 1 if the .ts is missing strings or the .qm is stale

UI strings are written in Japanese with ``self.tr()``; Qt-free core strings are marked with
``N_()`` and translated in the UI under the context "core". pyside6-lupdate does not know
``N_``, so those strings are written into a temporary file of ``translate("core", ...)`` calls
that lupdate reads alongside the UI sources.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def core_strings() -> list[str]:
    found: list[str] = []
    for py in sorted((ROOT / "desktop" / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(py.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.append(node.args[0].value)
    return list(dict.fromkeys(found))


def update(ts_dir: Path) -> list[Path]:
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    outputs = []
    with tempfile.TemporaryDirectory() as tmp:
        core_file = Path(tmp) / "core_strings.py"
        core_file.write_text(
            "from PySide6.QtCore import QCoreApplication\n"
            + "".join(f"QCoreApplication.translate('core', {s!r})\n" for s in core_strings()),
            "utf-8",
        )
        for lang in LANGUAGES:
            ts = ts_dir / f"office_assistant_{lang}.ts"
            subprocess.run([_tool("pyside6-lupdate"), *sources, str(core_file), "-no-obsolete",
                            "-locations", "none", "-source-language", "ja", "-target-language", lang,
                            "-ts", str(ts)], check=True, capture_output=True)
            outputs.append(ts)
    return outputs


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main(argv: list[str]) -> int:
    if "--check" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            for lang in LANGUAGES:
                shutil.copy(I18N / f"office_assistant_{lang}.ts", Path(tmp))
            fresh = update(Path(tmp))
            problems = []
            for ts in fresh:
                if ts.read_bytes() != (I18N / ts.name).read_bytes():
                    problems.append(f"{ts.name} is out of date: run python scripts/i18n.py")
            for lang in LANGUAGES:
                qm = Path(tmp) / f"{lang}.qm"
                compile_qm(I18N / f"office_assistant_{lang}.ts", qm)
                if qm.read_bytes() != (I18N / f"office_assistant_{lang}.qm").read_bytes():
                    problems.append(f"office_assistant_{lang}.qm is stale: run python scripts/i18n.py")
        print("\n".join(problems) or "translations up to date")
        return 1 if problems else 0
    I18N.mkdir(parents=True, exist_ok=True)
    for ts in update(I18N):
        compile_qm(ts, ts.with_suffix(".qm"))
        print(f"updated {ts.relative_to(ROOT)} and its .qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
