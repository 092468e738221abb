"""build.py's checks fail when they should; the full build itself runs in CI (.ci/run)."""

from __future__ import annotations

import pytest


def test_missing_bundle_fails_with_message(build_script, tmp_path, capsys):
    assert build_script.main(["--skip-build", "--dist", str(tmp_path)]) == 1
    assert "FAILED: no bundle" in capsys.readouterr().out


def test_incomplete_bundle_is_rejected(build_script, tmp_path):
    bundle = tmp_path / "OfficeAssistant"
    (bundle / "_internal").mkdir(parents=True)
    for exe in (build_script.GUI_EXE, build_script.CLI_EXE):
        (bundle / exe).write_bytes(b"")
    with pytest.raises(build_script.BuildFailed) as err:
        build_script.check_bundle_files(bundle)
    assert "prompt_templates" in str(err.value) and "sys.dic" in str(err.value)


def test_pruned_file_in_bundle_is_rejected(build_script, tmp_path, monkeypatch):
    bundle = tmp_path / "OfficeAssistant"
    internal = bundle / "_internal"
    (internal / "PySide6").mkdir(parents=True)
    (internal / "PySide6" / "Qt6Quick.dll").write_bytes(b"")
    monkeypatch.setattr(build_script.bundle_contents, "data_files", lambda root: iter(()))
    for rel in (
        "unidic_lite/dicdir/sys.dic",
        "unidic_lite/dicdir/matrix.bin",
        "formulas/functions/units.json",
    ):
        (internal / rel).parent.mkdir(parents=True, exist_ok=True)
        (internal / rel).write_bytes(b"")
    for exe in (build_script.GUI_EXE, build_script.CLI_EXE):
        (bundle / exe).write_bytes(b"")
    with pytest.raises(build_script.BuildFailed, match="Qt6Quick"):
        build_script.check_bundle_files(bundle)


def test_frozen_env_isolates_the_build_machine(build_script, tmp_path, monkeypatch):
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", "https://leak.example")
    env = build_script.frozen_env(tmp_path / "home", tmp_path / "p.toml")
    assert "OFFICE_ASSISTANT_ENDPOINT" not in env
    assert env["OFFICE_ASSISTANT_HOME"] == str(tmp_path / "home")
    assert env["OFFICE_ASSISTANT_POLICY"] == str(tmp_path / "p.toml")
    assert env["QT_QPA_PLATFORM"] == "offscreen"


def test_stale_metadata_is_refused(build_script):
    with pytest.raises(build_script.BuildFailed, match="pip install -e"):
        build_script.check_installed_metadata("999.0.0")
