"""Build the one-folder bundle, prove the frozen app works, print its size and start-up time.

    python installer/build.py                 # build + smoke test (what CI runs)
    python installer/build.py --skip-build    # smoke-test an existing dist/OfficeAssistant
    python installer/build.py --installer     # Windows: also make the Inno Setup installer
    python installer/build.py --no-smoke --icon app.ico   # build only (under Wine: see
                                              # installer/windows/build-on-linux.sh)

The clerk's tasks against a local fake service are run by installer/smoke_features.py (Linux
bundle) and installer/windows/verify.py (the installed Windows build): verification that needs the
test suite's server, kept out of the build itself.

Exit status is non-zero if any step fails: the build, a missing data file, the frozen
``self-test``, the version check, the example policy not loading or a broken policy not being
reported. Everything runs with a throw-away OFFICE_ASSISTANT_HOME and Qt's offscreen platform,
so the build machine's own settings and policy play no part.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

INSTALLER_DIR = Path(__file__).resolve().parent
REPO_ROOT = INSTALLER_DIR.parent
sys.path.insert(0, str(INSTALLER_DIR))

import bundle_contents  # noqa: E402
import versioninfo  # noqa: E402

SPEC = INSTALLER_DIR / "office_assistant.spec"
ISS = INSTALLER_DIR / "office-assistant.iss"
POLICY_EXAMPLE = INSTALLER_DIR / "policy.example.toml"
BUNDLE_NAME = "OfficeAssistant"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
GUI_EXE = f"OfficeAssistant{EXE_SUFFIX}"
CLI_EXE = f"office-assistant-cli{EXE_SUFFIX}"
# Printed by desktop.ui.app.run_gui when this variable is set, then the app quits.
STARTUP_PROBE_ENV = "OFFICE_ASSISTANT_QUIT_AFTER_SHOW"
STARTUP_LINE = "window shown after"


class BuildFailed(Exception):
    pass


@dataclass
class Step:
    name: str
    seconds: float
    detail: str = ""


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


# Preflight ----------------------------------------------------------------------------------
def check_installed_metadata(version: str) -> None:
    """The frozen app reads its version from copied distribution metadata; it must be current."""
    try:
        installed = metadata.version("office-assistant")
    except metadata.PackageNotFoundError:
        raise BuildFailed(
            "office-assistant is not installed in this Python; run `pip install -e .` first"
        ) from None
    if installed != version:
        raise BuildFailed(
            f"installed metadata says {installed} but pyproject.toml says {version}; "
            "run `pip install -e .` again so the frozen app reports the right version"
        )


# Icon ---------------------------------------------------------------------------------------
def render_windows_icon(svg: Path, ico: Path) -> Path | None:
    """resources/icons/app.svg -> .ico for the executables (Windows shows it in Explorer/Start)."""
    if not svg.exists():
        return None
    # Several sizes, each a PNG inside the .ico (Windows Vista and later), so Explorer, the Start
    # menu and the taskbar each get a sharp image instead of a scaled 256 px one.
    code = (
        "import struct, sys\n"
        "from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter\n"
        "from PySide6.QtSvg import QSvgRenderer\n"
        "app = QGuiApplication([])\n"
        "renderer = QSvgRenderer(sys.argv[1])\n"
        "if not renderer.isValid(): sys.exit(1)\n"
        "pngs = []\n"
        "for size in (16, 24, 32, 48, 64, 128, 256):\n"
        "    img = QImage(size, size, QImage.Format.Format_ARGB32)\n"
        "    img.fill(Qt.GlobalColor.transparent)\n"
        "    p = QPainter(img); renderer.render(p); p.end()\n"
        "    data = QByteArray(); buf = QBuffer(data); buf.open(QIODevice.OpenModeFlag.WriteOnly)\n"
        "    img.save(buf, 'PNG'); pngs.append((size, bytes(data)))\n"
        "out = struct.pack('<HHH', 0, 1, len(pngs))\n"
        "offset = 6 + 16 * len(pngs)\n"
        "for size, png in pngs:\n"
        "    s = size % 256  # 0 means 256 in an icon directory\n"
        "    out += struct.pack('<BBBBHHII', s, s, 0, 0, 1, 32, len(png), offset)\n"
        "    offset += len(png)\n"
        "open(sys.argv[2], 'wb').write(out + b''.join(png for _, png in pngs))\n"
    )
    ico.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code, str(svg), str(ico)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if done.returncode != 0 or not ico.exists():
        log(f"warning: could not render {svg.name} to .ico; executables keep the default icon")
        return None
    return ico


# Build ------------------------------------------------------------------------------------
def run_pyinstaller(dist: Path, work: Path, icon: Path | None, clean: bool) -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if clean:
        cmd.insert(3, "--clean")
    env = dict(os.environ)
    if icon is not None:
        env["OFFICE_ASSISTANT_BUILD_ICON"] = str(icon)
    log("running " + " ".join(cmd[1:]))
    done = subprocess.run(cmd, cwd=REPO_ROOT, env=env)
    if done.returncode != 0:
        raise BuildFailed(f"PyInstaller failed with exit code {done.returncode}")


def contents_dir(bundle: Path) -> Path:
    return bundle / "_internal"


# Library data the bundle must carry (found by PyInstaller hooks, checked here by name).
LIBRARY_DATA = (
    Path("unidic_lite/dicdir/sys.dic"),
    Path("unidic_lite/dicdir/matrix.bin"),
    Path("formulas/functions/units.json"),
    Path("dukpy/jsruntime/process_runtime.js"),  # PAC files (missed once: only self-test saw it)
)


def required_bundle_files(root: Path = REPO_ROOT) -> list[Path]:
    """Paths (relative to the bundle's _internal folder) that must exist after a build."""
    expected = [Path(dest) / Path(src).name for src, dest in bundle_contents.data_files(root)]
    # Data files next to the app's modules (read relative to __file__).
    expected += [
        p.relative_to(root)
        for p in (root / "desktop").rglob("*")
        if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts
    ]
    return expected + list(LIBRARY_DATA)


def check_bundle_files(bundle: Path, root: Path = REPO_ROOT) -> int:
    """Every data file the app reads is in the bundle; nothing pruned slipped in."""
    internal = contents_dir(bundle)
    missing = [exe for exe in (GUI_EXE, CLI_EXE) if not (bundle / exe).is_file()]
    expected = required_bundle_files(root)
    missing += [p.as_posix() for p in expected if not (internal / p).is_file()]
    if missing:
        raise BuildFailed(
            f"{len(missing)} files missing from the bundle: " + ", ".join(missing[:30])
        )
    pruned = [
        p for p in internal.rglob("*") if bundle_contents.is_pruned(str(p.relative_to(internal)))
    ]
    if pruned:
        raise BuildFailed("pruned files are in the bundle: " + ", ".join(map(str, pruned[:10])))
    return len(expected)


# Running the frozen app -----------------------------------------------------------------------
def frozen_env(home: Path, policy: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OFFICE_ASSISTANT_")}
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "OFFICE_ASSISTANT_HOME": str(home),
            "OFFICE_ASSISTANT_POLICY": str(policy),
            "OFFICE_ASSISTANT_NO_CRASH_DIALOG": "1",
            "PYTHONIOENCODING": "utf-8",
        }
    )
    if sys.platform.startswith("linux") and not env.get("XDG_RUNTIME_DIR"):
        runtime = home / "xdg-runtime"
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def run_frozen(
    exe: Path, args: Sequence[str], env: Mapping[str, str], timeout: float = 120
) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.perf_counter()
    done = subprocess.run(
        [str(exe), *args],
        env=dict(env),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
    )
    return done, time.perf_counter() - started


def smoke_test(bundle: Path, version: str, window_check: bool) -> list[Step]:
    cli = bundle / CLI_EXE
    steps: list[Step] = []
    with tempfile.TemporaryDirectory(prefix="oa-smoke-") as tmp:
        tmp_path = Path(tmp)
        no_policy = tmp_path / "no-policy.toml"
        env = frozen_env(tmp_path / "home", no_policy)

        done, secs = run_frozen(cli, ["--version"], env)
        reported = done.stdout.strip().rpartition(" ")[2]
        if done.returncode != 0 or reported != version:
            raise BuildFailed(
                f"--version printed {done.stdout.strip()!r} (exit {done.returncode}),"
                f" expected {version}: {done.stderr.strip()[-400:]}"
            )
        steps.append(Step("--version", secs, reported))

        args = ["self-test"] if window_check else ["self-test", "--no-window"]
        done, secs = run_frozen(cli, args, env)
        print(done.stdout, end="", flush=True)
        if done.returncode != 0:
            raise BuildFailed(
                f"frozen self-test failed (exit {done.returncode}):\n{done.stdout}{done.stderr}"
            )
        steps.append(
            Step(
                "self-test",
                secs,
                done.stderr.strip().splitlines()[-1:][0] if done.stderr.strip() else "",
            )
        )

        # The policy reference IT copies must load in the frozen app exactly as shipped.
        env_policy = frozen_env(tmp_path / "home-policy", POLICY_EXAMPLE)
        done, secs = run_frozen(cli, ["self-test", "--no-window"], env_policy)
        policy_line = next((ln for ln in done.stdout.splitlines() if "policy" in ln), "")
        if done.returncode != 0 or not policy_line.startswith("[OK]"):
            raise BuildFailed(
                f"policy.example.toml does not load in the frozen app:\n{done.stdout}{done.stderr}"
            )
        steps.append(Step("example policy", secs, policy_line))

        # A broken policy must stop self-test with a message, not be ignored.
        broken = tmp_path / "broken-policy.toml"
        broken.write_text(
            'schema = 1\nendpoint = "https://x.example"\nlocked = ["no_such_key"]\n',
            encoding="utf-8",
        )
        done, secs = run_frozen(
            cli, ["self-test", "--no-window"], frozen_env(tmp_path / "home-broken", broken)
        )
        if done.returncode == 0 or "no_such_key" not in done.stdout:
            raise BuildFailed(
                "a broken policy was not reported by the frozen self-test:\n"
                f"{done.stdout}{done.stderr}"
            )
        steps.append(Step("broken policy rejected", secs, f"exit {done.returncode}"))
    return steps


def measure_startup(bundle: Path, runs: int) -> tuple[float, float] | None:
    """Median (in-app ms, process-start-to-shown ms) over ``runs`` starts of the real GUI.

    The console executable runs the same GUI code path; it is used because the Windows GUI
    executable has no stdout to read the app's own measurement from.
    """
    cli = bundle / CLI_EXE
    in_app: list[float] = []
    wall: list[float] = []
    with tempfile.TemporaryDirectory(prefix="oa-start-") as tmp:
        env = frozen_env(Path(tmp) / "home", Path(tmp) / "no-policy.toml")
        env[STARTUP_PROBE_ENV] = "1"
        for _ in range(runs):
            started = time.perf_counter()
            proc = subprocess.Popen(
                [str(cli)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                errors="replace",
            )
            shown_at = None
            assert proc.stdout is not None
            for line in proc.stdout:
                if STARTUP_LINE in line:
                    shown_at = time.perf_counter()
                    in_app.append(float(line.split(STARTUP_LINE)[1].split()[0]))
                    break
            try:
                _, err = proc.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
                raise BuildFailed("the frozen GUI did not quit after showing its window") from None
            if shown_at is None:
                log(
                    f"warning: no start-up line from the GUI (exit {proc.returncode}): "
                    f"{err.strip()[-300:]}"
                )
                return None
            wall.append((shown_at - started) * 1000)
    return statistics.median(in_app), statistics.median(wall)


def folder_size_mb(folder: Path) -> tuple[float, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1_000_000, len(files)


def largest_parts(internal: Path, top: int = 6) -> list[tuple[str, float]]:
    sizes = []
    for child in internal.iterdir():
        if child.is_symlink():  # PyInstaller links shared libraries; count them once
            continue
        if child.is_dir():
            size = sum(
                p.stat().st_size for p in child.rglob("*") if p.is_file() and not p.is_symlink()
            )
        else:
            size = child.stat().st_size
        sizes.append((child.name, size / 1_000_000))
    return sorted(sizes, key=lambda item: item[1], reverse=True)[:top]


# Windows installer ------------------------------------------------------------------------------
def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    return None


def build_installer(bundle: Path, version: str, output_dir: Path) -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise BuildFailed("Inno Setup's ISCC.exe not found (choco install innosetup)")
    output_dir.mkdir(parents=True, exist_ok=True)
    cmd = [
        str(iscc),
        f"/DAppVersion={version}",
        f"/DBundleDir={bundle}",
        f"/DOutputDir={output_dir}",
        str(ISS),
    ]
    log("running " + " ".join(cmd))
    done = subprocess.run(cmd)
    if done.returncode != 0:
        raise BuildFailed(f"ISCC failed with exit code {done.returncode}")
    setups = sorted(output_dir.glob(f"OfficeAssistant-Setup-{version}*.exe"))
    if not setups:
        raise BuildFailed(f"ISCC succeeded but no installer is in {output_dir}")
    return setups[-1]


# Main -------------------------------------------------------------------------------------------
def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--dist", type=Path, default=REPO_ROOT / "dist", help="output folder")
    p.add_argument(
        "--work",
        type=Path,
        default=REPO_ROOT / "build" / "pyinstaller",
        help="PyInstaller's work folder (kept between builds as a cache)",
    )
    p.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    p.add_argument("--skip-build", action="store_true", help="only test an existing bundle")
    p.add_argument(
        "--no-window-check", action="store_true", help="self-test without showing the main window"
    )
    p.add_argument(
        "--no-smoke",
        action="store_true",
        help="build and check the bundle's files only; run nothing from it (the Wine build: a"
        " Windows parent capturing a Qt child's output hangs under Wine, so verify.py runs the"
        " frozen app from Linux instead)",
    )
    p.add_argument(
        "--icon", type=Path, help="an .ico rendered beforehand (default: render resources/icons/app.svg)"
    )
    p.add_argument(
        "--startup-runs", type=int, default=3, help="GUI starts to time (0 = do not measure)"
    )
    p.add_argument(
        "--installer",
        action="store_true",
        help="also build the Windows installer with Inno Setup (Windows only)",
    )
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    bundle = args.dist / BUNDLE_NAME
    total_start = time.perf_counter()
    try:
        version = versioninfo.project_version()
        log(f"Office Assistant {version} on {sys.platform}, Python {sys.version.split()[0]}")
        if not args.skip_build:
            check_installed_metadata(version)
            icon = args.icon or render_windows_icon(
                REPO_ROOT / "resources" / "icons" / "app.svg", args.work / "app.ico"
            )
            started = time.perf_counter()
            run_pyinstaller(args.dist, args.work, icon, args.clean)
            log(f"PyInstaller finished in {time.perf_counter() - started:.0f} s")
        if not bundle.is_dir():
            raise BuildFailed(f"no bundle at {bundle}")
        checked = check_bundle_files(bundle)
        log(f"bundle files: {checked} required data files present, nothing pruned left")
        steps: list[Step] = []
        startup = None
        if not args.no_smoke:
            steps = smoke_test(bundle, version, window_check=not args.no_window_check)
            if args.startup_runs > 0:
                startup = measure_startup(bundle, args.startup_runs)
        setup_exe = None
        if args.installer:
            if sys.platform != "win32":
                raise BuildFailed("--installer needs Windows (Inno Setup)")
            setup_exe = build_installer(bundle, version, args.dist / "installer")
    except (BuildFailed, subprocess.TimeoutExpired, OSError) as exc:
        log(f"FAILED: {exc}")
        return 1

    size_mb, n_files = folder_size_mb(bundle)
    print("\n== Office Assistant frozen build ==")
    print(f"bundle:        {bundle}  {size_mb:.1f} MB in {n_files} files")
    print(
        "largest parts: "
        + ", ".join(f"{name} {mb:.0f} MB" for name, mb in largest_parts(contents_dir(bundle)))
    )
    for step in steps:
        print(f"{step.name + ':':<24}OK in {step.seconds:.2f} s  {step.detail}")
    if startup is not None:
        in_app, wall = startup
        print(
            f"window shown:  {wall:.0f} ms from process start ({in_app:.0f} ms inside the app),"
            f" median of {args.startup_runs}"
        )
    else:
        print("window shown:  not measured")
    if setup_exe is not None:
        print(f"installer:     {setup_exe}  {setup_exe.stat().st_size / 1_000_000:.1f} MB")
    print(f"total:         {time.perf_counter() - total_start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
