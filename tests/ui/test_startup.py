"""Start-up never waits on the organisation's template folder: the window shows, says 読み込み中…
and refuses to send while the real folder walk is held up, and fills in when the folder answers.

The share is a real folder configured through the machine policy; the real folder walk
(``template_files``) is wrapped so that walking THAT folder waits on an Event, as a share that
does not answer makes the OS wait. Everything else is the product: repository, loader, widgets.
"""

from __future__ import annotations

import ast
import itertools
import os
import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtCore import QTimer

import desktop.core.templates.repository as repository
from desktop.core.paths import builtin_templates_dir
from desktop.core.services import build_services
from desktop.ui.main_window import MainWindow


@pytest.fixture
def slow_share(tmp_path, policy_file, monkeypatch):
    share = tmp_path / "share" / "templates"
    share.mkdir(parents=True)
    source = (builtin_templates_dir() / "greeting.toml").read_text("utf-8")
    (share / "org-greeting.toml").write_text(
        source.replace('id = "greeting"', 'id = "org-greeting"', 1), "utf-8")
    policy_file.write_text(f'org_template_folder = "{share.as_posix()}"\n', "utf-8")
    answer = threading.Event()
    walked: list[str] = []
    real_walk = repository.template_files

    def template_files(folder):
        if folder == share:
            walked.append("waiting")
            assert answer.wait(30), "the test never let the share answer"
        return real_walk(folder)

    monkeypatch.setattr(repository, "template_files", template_files)
    yield answer, walked
    answer.set()


def test_the_window_shows_while_the_share_does_not_answer(qtbot, slow_share):
    answer, walked = slow_share
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)

    window = MainWindow(build_services())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(walked), timeout=10000)  # the walk has started, and waits
    qtbot.waitUntil(lambda: window.presenter.masker_ready, timeout=15000)
    qtbot.wait(200)

    assert window.isVisible() and window.loading and not window.ready
    assert window.template_list.shown_texts() == ["読み込み中…"]
    assert not window.send_button.isEnabled()
    window.send_or_preview()  # Ctrl+Enter now does nothing
    assert window.prepared is None and not window.busy
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert gaps and max(gaps) < 0.5  # the UI thread kept running all along

    answer.set()  # the share answers
    qtbot.waitUntil(lambda: window.ready, timeout=15000)
    timer.stop()
    ids = window.template_list.visible_ids()
    assert "org-greeting" in ids and "summarize" in ids
    assert window.template_list.current_id() == "summarize"
    assert window.send_button.isEnabled()


# A clerk's start, through the real entry point (``office-assistant`` with no argument): what the
# first paint shows is built without PySide6's ``Qt`` namespace (building its ~90 enums takes
# about 30 ms, a quarter of an empty window's start) and without the modules the workers load
# (pipeline, masker, HTTP client: ~0.4 s). Checked in a fresh process, since this one has long
# imported everything.
_FIRST_PAINT = """
import os, sys
import PySide6.QtCore as QtCore
import desktop.ui.main_window as mw

HEAVY = ("desktop.core.pipeline", "desktop.core.masking", "desktop.core.conversation",
         "desktop.cli.run", "openai", "httpx2", "fugashi", "sqlite3", "desktop.cli.argparse_ja",
         "logging.handlers", "socket", "keyring", "importlib.metadata")
real_fill_in = mw.MainWindow._fill_in

def fill_in(self):
    if not self.filled:  # right after the first paint
        before = ("Qt" in QtCore.__dict__, [m for m in HEAVY if m in sys.modules],
                  self.template_list.shown_texts(),
                  [a.text() for a in self.menuBar().actions()])
        real_fill_in(self)
        after = ("Qt" in QtCore.__dict__, self.menus.open_document.shortcut().isEmpty(),
                 len(self.menus.templates.actions()), self.filled)
        print(repr((before, after)), flush=True)
        os._exit(0)

mw.MainWindow._fill_in = fill_in
from desktop.cli import main
main(["--no-crash-dialog"])
"""


def test_the_first_paint_needs_no_qt_namespace_nor_the_core_and_the_rest_fills_in():
    out = subprocess.run([sys.executable, "-c", _FIRST_PAINT], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    before, after = ast.literal_eval(out.stdout.strip().splitlines()[-1])
    built_qt, heavy, texts, menus = before
    assert not built_qt, "something before the first paint reads PySide6.QtCore.Qt"
    assert heavy == [], "imported before the first paint: " + ", ".join(heavy)
    assert texts == ["読み込み中…"]
    assert menus == ["ファイル(&F)", "テンプレート(&T)", "利用状況(&U)", "設定(&S)", "ヘルプ(&H)"]
    built_qt, no_shortcut, template_actions, filled = after
    assert filled and built_qt and not no_shortcut and template_actions > 0


def test_a_window_closed_before_it_fills_in_never_does(qtbot):
    window = MainWindow(build_services())
    qtbot.addWidget(window)
    window.close()  # before any paint and before FILL_IN_MS
    qtbot.wait(700)
    assert not window.filled and not window.busy and window.prepared is None
    window.send_or_preview()  # Ctrl+Enter meanwhile: nothing to do, nothing raised
    window.stop()
