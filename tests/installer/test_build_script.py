"""build.py's checks fail when they should; the full build itself runs in CI (.ci/run)."""

from __future__ import annotations

from pathlib import Path

import pytest


def _fake_repo(root: Path) -> None:
    (root / "prompt_templates").mkdir(parents=True)
    (root / "prompt_templates" / "summarize.toml").write_text("x", encoding="utf-8")
    data = root / "desktop" / "core" / "masking" / "data"
    data.mkdir(parents=True)
    (data / "surnames.txt.gz").write_bytes(b"x")
    (root / "desktop" / "core" / "masking" / "masker.py").write_text("", encoding="utf-8")


def _fake_bundle(build_script, bundle: Path, files: list[Path]) -> None:
    for exe in (build_script.GUI_EXE, build_script.CLI_EXE):
        bundle.mkdir(parents=True, exist_ok=True)
        (bundle / exe).write_bytes(b"")
    for rel in files:
        path = bundle / "_internal" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")


def test_required_files_cover_templates_module_data_and_dictionary(build_script, tmp_path):
    _fake_repo(tmp_path)
    required = {p.as_posix() for p in build_script.required_bundle_files(tmp_path)}
    assert "prompt_templates/summarize.toml" in required
    assert "desktop/core/masking/data/surnames.txt.gz" in required
    assert "desktop/core/masking/masker.py" not in required  # code goes in the archive
    assert "unidic_lite/dicdir/sys.dic" in required


def test_missing_bundle_fails_with_message(build_script, tmp_path, capsys):
    assert build_script.main(["--skip-build", "--dist", str(tmp_path)]) == 1
    assert "FAILED: no bundle" in capsys.readouterr().out


def test_incomplete_bundle_is_rejected(build_script, tmp_path):
    _fake_repo(tmp_path / "repo")
    bundle = tmp_path / "OfficeAssistant"
    required = build_script.required_bundle_files(tmp_path / "repo")
    _fake_bundle(build_script, bundle, [p for p in required if p.suffix != ".dic"])
    with pytest.raises(build_script.BuildFailed) as err:
        build_script.check_bundle_files(bundle, tmp_path / "repo")
    assert "1 files missing" in str(err.value) and "sys.dic" in str(err.value)


def test_complete_bundle_passes_and_pruned_file_is_rejected(build_script, tmp_path):
    _fake_repo(tmp_path / "repo")
    bundle = tmp_path / "OfficeAssistant"
    required = build_script.required_bundle_files(tmp_path / "repo")
    _fake_bundle(build_script, bundle, required)
    assert build_script.check_bundle_files(bundle, tmp_path / "repo") == len(required)
    (bundle / "_internal" / "PySide6").mkdir()
    (bundle / "_internal" / "PySide6" / "Qt6Quick.dll").write_bytes(b"")
    with pytest.raises(build_script.BuildFailed, match="Qt6Quick"):
        build_script.check_bundle_files(bundle, tmp_path / "repo")


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


def test_windows_icon_has_every_size(build_script, tmp_path):
    import struct

    svg = Path(__file__).resolve().parents[2] / "resources" / "icons" / "app.svg"
    if not svg.exists():
        pytest.skip("no app.svg yet")
    ico = build_script.render_windows_icon(svg, tmp_path / "app.ico")
    assert ico is not None
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = [data[6 + 16 * i] or 256 for i in range(count)]
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
    first_offset = struct.unpack_from("<I", data, 6 + 12)[0]
    assert data[first_offset : first_offset + 8] == b"\x89PNG\r\n\x1a\n"


def test_missing_svg_means_default_icon(build_script, tmp_path):
    assert build_script.render_windows_icon(tmp_path / "none.svg", tmp_path / "a.ico") is None
