"""desktop.core.atomic: the one way files are replaced (settings, templates, answers, reports)."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from desktop.core import atomic

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_writes_and_replaces_creating_the_folder(tmp_path):
    target = tmp_path / "sub" / "dir" / "a.bin"
    assert atomic.write_bytes(target, b"one") == target
    atomic.write_bytes(target, b"two\r\n\x00")
    assert target.read_bytes() == b"two\r\n\x00"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.bin"]


def test_a_long_japanese_name_fits(tmp_path):
    target = tmp_path / ("補助金の申請についての回答" * 6 + "です.docx")  # 245 bytes of 255
    atomic.write_bytes(target, b"x")
    assert target.read_bytes() == b"x"


def test_text_is_encoded_and_newlines_follow_open(tmp_path):
    target = tmp_path / "a.json"
    atomic.write_text(target, "一行目\n二行目", newline="")
    assert target.read_bytes() == "一行目\n二行目".encode()
    atomic.write_text(target, "a\nb")
    assert target.read_bytes() == f"a{os.linesep}b".encode()  # as a text-mode file writes it
    atomic.write_text(target, "a\nb", newline="\r\n", encoding="utf-8-sig")
    assert target.read_bytes() == b"\xef\xbb\xbfa\r\nb"


@posix_only
def test_ordinary_files_get_the_usual_mode_and_private_ones_stay_with_the_owner(tmp_path, umask_022):
    # Exported templates, saved answers and reports are read by colleagues on a share:
    # mkstemp's 0600 made them unreadable there.
    shared = atomic.write_text(tmp_path / "report.toml", "x")
    assert _mode(shared) == 0o644
    private = atomic.write_text(tmp_path / "settings.json", "{}", private=True)
    assert _mode(private) == 0o600
    atomic.write_text(private, "{}")  # replacing gives the new file's mode, not the old one's
    assert _mode(private) == 0o644


@posix_only
def test_the_umask_is_respected(tmp_path):
    old = os.umask(0o077)
    try:
        path = atomic.write_bytes(tmp_path / "a", b"x")
    finally:
        os.umask(old)
    assert _mode(path) == 0o600


def _fail(*_args, **_kwargs):
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_failure_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch, step):
    target = tmp_path / "settings.json"
    target.write_text("old", "utf-8")
    monkeypatch.setattr(atomic.os, step, _fail)
    with pytest.raises(OSError, match="No space"):
        atomic.write_text(target, "new")
    monkeypatch.undo()
    assert target.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_an_interrupt_while_writing_leaves_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"

    def interrupted(_fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic.write_bytes(target, b"new")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_a_target_that_is_a_folder_fails_without_leftovers(tmp_path):
    (tmp_path / "out").mkdir()
    with pytest.raises(OSError):
        atomic.write_bytes(tmp_path / "out", b"x")
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert list((tmp_path / "out").iterdir()) == []



def _callers(tmp_path):
    """Every file the app writes whole: (meant to stay with its owner, its path, how to write it)."""
    from desktop.core.documents import save_docx, save_txt
    from desktop.core.settings_store import SettingsStore
    from desktop.core.templates import FormStateStore, TemplateRepository
    from desktop.core.usage.report import ReportData
    from desktop.core.usage.xlsx import write_report_xlsx
    from tests.templates.helpers import MINIMAL, write_template

    write_template(tmp_path / "org", "shared")
    repo = TemplateRepository([("organisation", tmp_path / "org"), ("user", tmp_path / "user")])
    store = SettingsStore(tmp_path / "settings.json", environ={})
    store.set("department", "企画課")
    form = FormStateStore(tmp_path / "form_state.json")
    return {
        "answer.docx": (False, tmp_path / "answer.docx",
                        lambda: save_docx("本文", tmp_path / "answer.docx")),
        "answer.txt": (False, tmp_path / "answer.txt",
                       lambda: save_txt("本文", tmp_path / "answer.txt")),
        "report": (False, tmp_path / "report.xlsx",
                   lambda: write_report_xlsx(ReportData(), tmp_path / "report.xlsx")),
        "exported template": (False, tmp_path / "exported.toml",
                              lambda: repo.export("shared", tmp_path / "exported.toml")),
        "own template": (True, tmp_path / "user" / "mine.toml",
                         lambda: repo.save_user_text(MINIMAL.format(id="mine", title="t"))),
        "settings": (True, tmp_path / "settings.json", store.save),
        "form values": (True, tmp_path / "form_state.json",
                        lambda: form.set("shared", {"text": "abc"})),
    }


@posix_only
@pytest.mark.parametrize("name", ["answer.docx", "answer.txt", "report", "exported template",
                                  "own template", "settings", "form values"])
def test_what_is_shared_and_what_stays_private(tmp_path, umask_022, name):
    private, path, write = _callers(tmp_path)[name]
    write()
    assert _mode(path) == (0o600 if private else 0o644)
    assert list(tmp_path.rglob("*.tmp")) == []
