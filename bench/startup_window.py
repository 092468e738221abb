"""Time to the first shown window: a bare PySide6 QMainWindow against our MainWindow, side by
side in one run, with an organisation template folder that does not answer.

Each sample is a fresh Python process; the variants alternate and the medians are compared. Two
clocks, both to the first paint of the window:
- from the start of ``run_gui()`` — what the app's own probe (``window shown after``) measures:
  creating the QApplication, importing the main window's module, building and showing the
  window (for the bare window: QApplication and QMainWindow). The CLI's argument parsing,
  ``build_services()``, logging and PySide6's import come before it in our process.
- from launching the process: every import counts, as it does for a clerk. Ours starts as a
  clerk's does, through the real entry point ``desktop.cli.main([])``.
Goal (issue #12): ours within 2x of the bare window.

The unreachable share: an SMB folder that does not answer makes listing it wait for the OS's
timeout (20-60 s on Windows). Without a network file system here (and no FUSE), the child
configures a real organisation folder through the machine policy and wraps the real folder walk
(``desktop.core.templates.repository.template_files``, when the worker first imports it) so that
listing THAT folder waits ``--block`` seconds before walking it — what the window's start meets. Everything else is the
product as shipped: real settings, policy, masker, usage database, templates, widgets.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup_window.py [--runs 5] [--block 20]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The child measures from its first line to the window's first paint, prints JSON and exits at
# once (os._exit: a worker may still be waiting on the "share").
_PRELUDE = """
import time
T0 = time.perf_counter()
import json, os, sys
sys.path.insert(0, {root!r})
"""

_SHOW = """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    at = None
    done = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and FirstPaint.at is None:
            FirstPaint.at = time.perf_counter()
            if self.done is not None:
                self.done()
        return False

def report(window, built_from, extra):
    print(json.dumps({{"ms": (FirstPaint.at - built_from) * 1000, "painted": FirstPaint.at,
                      "extra": extra()}}), flush=True)
    os._exit(0)

def shown(app, window, built_from):
    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    while FirstPaint.at is None and time.perf_counter() - T0 < 120:
        app.processEvents()
    report(window, built_from, extra)
"""

BARE = _PRELUDE + _SHOW + """
from PySide6.QtWidgets import QMainWindow
def extra():
    return {{}}
T1 = time.perf_counter()
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1360, 820)
shown(app, window, T1)
"""

OURS = _PRELUDE + """
import importlib.util
import threading

ORG = os.environ["BENCH_ORG_FOLDER"]
BLOCK = float(os.environ["BENCH_BLOCK_SECONDS"])
waited = threading.Event()
REPOSITORY = "desktop.core.templates.repository"

class WrapWalk:
    # Wraps the folder walk when its module is first imported (by the worker that loads the
    # templates, after the first paint): importing it here would add its cost to ours.
    def find_spec(self, name, path=None, target=None):
        if name != REPOSITORY:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        real_exec = spec.loader.exec_module
        def exec_module(module):
            real_exec(module)
            real_walk = module.template_files
            def template_files(folder):
                if str(folder) == ORG:  # the share does not answer until the OS gives up
                    waited.wait(BLOCK)
                return real_walk(folder)
            module.template_files = template_files
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, WrapWalk())
""" + _SHOW + """
# What a clerk's start does: `office-assistant` with no argument, through the real entry point
# (argument parsing, the services, logging, run_gui). Watched at two points: run_gui()'s start,
# and the window it builds, to time its first paint.
import desktop.ui.app as gui
_real_run_gui, _real_build = gui.run_gui, gui._build_window
T1 = None

def run_gui(services, **kwargs):
    global T1
    T1 = time.perf_counter()  # what its own "window shown after" probe measures from
    return _real_run_gui(services, **kwargs)

def build_window(services):
    window = _real_build(services)
    def extra():
        return {{"template_list": window.template_list.shown_texts()[:1],
                 "send_enabled": window.ready,
                 "org_folder": services.settings.settings.org_template_folder}}
    spy = FirstPaint(window)
    window.installEventFilter(spy)
    spy.done = lambda: report(window, T1, extra)
    return window

gui.run_gui, gui._build_window = run_gui, build_window
from desktop.cli import main
main([])
"""


def _child(code: str, env: dict[str, str]) -> dict:
    """Runs one sample; ``launch_ms``: from starting the process to the first paint
    (time.perf_counter is CLOCK_MONOTONIC on Linux: the same clock in both processes)."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code.format(root=str(ROOT))], env=env,
                         capture_output=True, text=True, timeout=180, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"child failed ({out.returncode}):\n{out.stderr}")
    sample = json.loads(out.stdout.strip().splitlines()[-1])
    sample["launch_ms"] = (sample["painted"] - started) * 1000
    return sample


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--block", type=float, default=20.0,
                        help="seconds the organisation folder takes to answer (default 20)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        tmp_path = Path(tmp)
        org = tmp_path / "share" / "templates"
        org.mkdir(parents=True)
        (tmp_path / "runtime").mkdir(mode=0o700)
        policy = tmp_path / "policy.toml"
        policy.write_text(f'org_template_folder = "{org.as_posix()}"\n', "utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith("OFFICE_ASSISTANT_")}
        env.update({"QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"),
                    "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
                    "OFFICE_ASSISTANT_HOME": str(tmp_path / "home"),
                    "OFFICE_ASSISTANT_POLICY": str(policy),
                    "BENCH_ORG_FOLDER": str(org), "BENCH_BLOCK_SECONDS": str(args.block)})
        bare: list[dict] = []
        ours: list[dict] = []
        _child(BARE, env)  # warm the OS file cache for both
        _child(OURS, env)
        for _ in range(args.runs):
            bare.append(_child(BARE, env))
            ours.append(_child(OURS, env))
    last = ours[-1]["extra"]

    print(f"organisation template folder: answers after {args.block:.0f} s "
          f"(the folder walk waits; see the module docstring)")
    for key, what in (("launch_ms", "from process launch (every import included)"),
                      ("ms", "from run_gui()'s start (QApplication, window module, window)")):
        b = statistics.median(s[key] for s in bare)
        o = statistics.median(s[key] for s in ours)
        print(f"time to first shown window, {what}:")
        print(f"  bare PySide6 QMainWindow : median {b:6.0f} ms  (runs: "
              + ", ".join(f"{s[key]:.0f}" for s in bare) + ")")
        print(f"  office assistant window : median {o:6.0f} ms  (runs: "
              + ", ".join(f"{s[key]:.0f}" for s in ours) + ")")
        goal = "  (goal: within 2x)" if key == "launch_ms" else "  (the bare app's QApplication is nearly free)"
        print(f"  ratio                   : {o / b:.2f}x{goal}")
    print(f"at first paint: template list {last.get('template_list')}, "
          f"send enabled: {last.get('send_enabled')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
