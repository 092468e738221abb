"""The README's start command on a real X11 display (Xvfb), not only Qt's offscreen platform.

The first version aborted under xvfb-run and on every X11 desktop: scripts/bootstrap.sh did not
install the xcb libraries Qt's xcb platform plugin links, and every test ran offscreen.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _xcb_plugin() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
def test_bootstrap_installs_every_library_the_xcb_plugin_links():
    plugin = _xcb_plugin()
    linked = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    libraries = {m.group(1) for m in re.finditer(r"^\s*(lib(?:xcb|X11-xcb|xkbcommon-x11)[^ ]*)", linked, re.M)}
    assert libraries, linked
    assert "not found" not in linked, linked
    script = (ROOT / "scripts" / "bootstrap.sh").read_text("utf-8")
    missing = []
    for library in sorted(libraries):
        owner = subprocess.run(["dpkg", "-S", library], capture_output=True, text=True)
        package = owner.stdout.split(":", 1)[0] if owner.returncode == 0 else library
        if package not in script:
            missing.append(f"{library} ({package})")
    assert not missing, f"scripts/bootstrap.sh does not install: {missing}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
@pytest.mark.slow
def test_the_window_starts_on_an_x_server(tmp_path):
    if shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing: scripts/bootstrap.sh --dev installs it")
        pytest.skip("Xvfb is not installed")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24",
                               "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as f:
            display = ":" + f.readline().strip()
        runtime = tmp_path / "runtime"
        runtime.mkdir(mode=0o700)
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("OFFICE_ASSISTANT_", "QT_QPA_"))}
        env.update({"DISPLAY": display, "XDG_RUNTIME_DIR": str(runtime),
                    "OFFICE_ASSISTANT_HOME": str(tmp_path / "home"),
                    "OFFICE_ASSISTANT_POLICY": str(tmp_path / "none.toml"),
                    "OFFICE_ASSISTANT_QUIT_AFTER_SHOW": "1"})
        done = subprocess.run([sys.executable, "-m", "desktop", "--no-crash-dialog"], env=env,
                              capture_output=True, text=True, timeout=120, cwd=ROOT)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "window shown after" in done.stdout
    assert "xcb" not in done.stderr.lower() or "could not" not in done.stderr.lower(), done.stderr


def test_a_bad_environment_value_stops_the_window_with_a_japanese_message(tmp_path):
    """The GUI start used to end in a traceback (the CLI already said it in Japanese)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OFFICE_ASSISTANT_")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "OFFICE_ASSISTANT_HOME": str(tmp_path / "home"),
                "OFFICE_ASSISTANT_POLICY": str(tmp_path / "none.toml"),
                "OFFICE_ASSISTANT_PROVIDER": "openai", "OFFICE_ASSISTANT_QUIT_AFTER_SHOW": "1"})
    done = subprocess.run([sys.executable, "-m", "desktop", "--no-crash-dialog"], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert "OFFICE_ASSISTANT_PROVIDER" in done.stderr and "openai_compatible" in done.stderr
    assert "window shown after" not in done.stdout
