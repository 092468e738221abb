from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_version(capsys):
    with pytest.raises(SystemExit) as ex:
        main(["--version"])
    assert ex.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_config_set_and_locked_key_refused(policy_file, capsys):
    policy_file.write_text('locked = ["endpoint"]\nendpoint = "https://org.openai.azure.com"\n', "utf-8")
    assert main(["config", "set", "deployment", "gpt-4o"]) == 0
    assert main(["config", "get", "deployment"]) == 0
    assert '"gpt-4o"' in capsys.readouterr().out
    code = main(["config", "set", "endpoint", "https://elsewhere"])
    err = capsys.readouterr().err
    assert code != 0
    assert "ポリシー" in err
    assert main(["config", "get", "endpoint"]) == 0
    assert "org.openai.azure.com" in capsys.readouterr().out


def test_config_rejects_bad_value(capsys):
    assert main(["config", "set", "language", "fr"]) != 0
    assert "language" in capsys.readouterr().err


def _run_cli(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OFFICE_ASSISTANT_")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)


def test_self_test_passes_on_a_fresh_home(tmp_path):
    out = _run_cli("self-test", env_extra={
        "OFFICE_ASSISTANT_HOME": str(tmp_path / "home"),
        "OFFICE_ASSISTANT_POLICY": str(tmp_path / "none.toml"),
        "QT_QPA_PLATFORM": "offscreen",
    })
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.strip().splitlines()
    assert any(line.startswith("[OK] window") for line in lines)
    assert all(line.startswith(("[OK]", "[WARN]")) for line in lines)


def test_self_test_fails_on_invalid_policy(tmp_path):
    bad = tmp_path / "policy.toml"
    bad.write_text('endpoint = "x"\nlocked = ["deployment"]\n', "utf-8")
    out = _run_cli("self-test", "--no-window", env_extra={
        "OFFICE_ASSISTANT_HOME": str(tmp_path / "home"),
        "OFFICE_ASSISTANT_POLICY": str(bad),
    })
    assert out.returncode != 0
    assert "[FAIL] policy" in out.stdout and "deployment" in out.stdout


def test_self_test_fails_when_data_folder_is_not_writable(tmp_path):
    if os.geteuid() == 0:
        # root ignores permission bits; use a path under a regular file instead.
        blocker = tmp_path / "file"
        blocker.write_text("x")
        home = blocker / "home"
    else:
        home = tmp_path / "ro"
        home.mkdir()
        home.chmod(0o500)
    out = _run_cli("self-test", "--no-window", env_extra={"OFFICE_ASSISTANT_HOME": str(home)})
    assert out.returncode != 0


def test_run_refuses_to_send_with_a_broken_policy(tmp_path):
    bad = tmp_path / "policy.toml"
    bad.write_text("endpoint = [broken", "utf-8")
    out = _run_cli("run", "summarize", "--var", "text=テスト", env_extra={
        "OFFICE_ASSISTANT_HOME": str(tmp_path / "home"),
        "OFFICE_ASSISTANT_POLICY": str(bad),
        "OFFICE_ASSISTANT_ENDPOINT": "http://127.0.0.1:9",
        "OFFICE_ASSISTANT_DEPLOYMENT": "d",
        "OFFICE_ASSISTANT_API_KEY": "k",
    })
    assert out.returncode != 0
    assert "ポリシー" in out.stderr


def test_self_test_without_a_display_fails_with_advice_instead_of_aborting(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("OFFICE_ASSISTANT_") and k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                                  "QT_QPA_PLATFORM")}
    env["OFFICE_ASSISTANT_HOME"] = str(tmp_path / "home")
    env["OFFICE_ASSISTANT_POLICY"] = str(tmp_path / "none.toml")
    out = subprocess.run([sys.executable, "-m", "desktop", "self-test"], capture_output=True,
                         text=True, cwd=ROOT, env=env, timeout=120)
    assert out.returncode == 1
    assert "[FAIL] window" in out.stdout and "offscreen" in out.stdout


def test_the_version_comes_from_pyproject_then_the_dist_info_beside_the_package(tmp_path):
    from desktop import _read_version

    (tmp_path / "pyproject.toml").write_text('[project]\nversion = "9.8.7"\n', "utf-8")
    assert _read_version(tmp_path) == "9.8.7"
    frozen = tmp_path / "frozen"  # an installed or PyInstaller build: no pyproject.toml
    info = frozen / "office_assistant-1.2.3.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: office-assistant\n"
                                   "Version: 1.2.3\n\nVersion: not a header\n", "utf-8")
    assert _read_version(frozen) == "1.2.3"
    assert _read_version(tmp_path / "nothing") == __version__  # importlib.metadata's answer
