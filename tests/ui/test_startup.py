"""Start-up never waits on the organisation's template folder: the window shows, says 読み込み中…
and refuses to send while the real folder walk is held up, and fills in when the folder answers.

The share is a real folder configured through the machine policy; the real folder walk
(``template_files``) is wrapped so that walking THAT folder waits on an Event, as a share that
does not answer makes the OS wait. Everything else is the product: repository, loader, widgets.
"""

from __future__ import annotations

import itertools
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
