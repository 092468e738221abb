"""``office-assistant self-test``: proves the install can run, never waits on a dialog."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.null
import pytest

from desktop.core.selftest import (
    RUNTIME_MODULES,
    Check,
    CheckResult,
    check_secrets,
    run_check,
    runtime_modules,
)

ROOT = Path(__file__).resolve().parents[2]


def _self_test(*args: str, env_extra: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OFFICE_ASSISTANT_")}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-m", "desktop", "--no-crash-dialog", "self-test", *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout)


def test_window_check_reports_startup_warnings_instead_of_waiting_on_a_dialog(tmp_path):
    home = tmp_path / "home"
    user_templates = home / "data" / "templates"
    user_templates.mkdir(parents=True)
    (user_templates / "broken.toml").write_text('id = "broken"\ntitle = [\n', "utf-8")
    policy = tmp_path / "policy.toml"
    policy.write_text('endpoint = "https://x.example"\nlocked = ["no_such_key"]\n', "utf-8")
    # A modal box on the offscreen platform can never be closed: before the fix this timed out.
    out = _self_test(env_extra={"OFFICE_ASSISTANT_HOME": str(home),
                                "OFFICE_ASSISTANT_POLICY": str(policy),
                                "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 1, out.stdout + out.stderr
    window = [ln for ln in out.stdout.splitlines() if ln.startswith(("[OK] window", "[FAIL] window"))]
    assert len(window) == 1, out.stdout
    assert window[0].startswith("[FAIL] window")
    assert "no_such_key" in window[0] and "broken.toml" in window[0]


def _shadow(folder: Path, module: str) -> Path:
    """A package that fails to import the way a compiled extension does under a broken build."""
    package = folder / module
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(
        f'raise ImportError("DLL load failed while importing {module}: '
        'The specified procedure could not be found.")\n', "utf-8")
    return folder


CORE_NAMES = ["policy", "folders", "libraries", "secrets", "templates", "masking", "analyser", "excel",
              "llm", "network", "documents", "usage", "knowledge", "analysis", "qt"]


@pytest.mark.parametrize(("module", "failing"), [
    # masking used to fall back to `re` without a word
    ("ahocorasick_rs", {"libraries", "masking"}),
    # nothing imported numpy or openai before
    ("numpy", {"libraries", "excel"}),
    ("pydantic_core", {"libraries", "llm"}),
])
def test_a_library_that_does_not_load_fails_every_check_that_needs_it(tmp_path, module, failing):
    shadows = _shadow(tmp_path / "shadows", module)
    out = _self_test("--no-window", env_extra={"OFFICE_ASSISTANT_HOME": str(tmp_path / "home"),
                                               "OFFICE_ASSISTANT_POLICY": str(tmp_path / "none.toml"),
                                               "PYTHONPATH": str(shadows)})
    assert out.returncode == 1, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    # One line per check, named the same whether it passed, failed or crashed.
    assert [ln.split("]", 1)[1].split(":", 1)[0].strip() for ln in lines] == CORE_NAMES, out.stdout
    failed = {ln.split("]", 1)[1].split(":", 1)[0].strip() for ln in lines if ln.startswith("[FAIL]")}
    assert failing <= failed, out.stdout
    libraries = next(ln for ln in lines if ln.startswith("[FAIL] libraries"))
    assert module in libraries and "ImportError: DLL load failed" in libraries
    assert "Traceback" not in out.stderr


def test_passes_on_a_working_install_with_every_check_listed(tmp_path):
    out = _self_test("--no-window", env_extra={"OFFICE_ASSISTANT_HOME": str(tmp_path / "home"),
                                               "OFFICE_ASSISTANT_POLICY": str(tmp_path / "none.toml")})
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert [ln.split("]", 1)[1].split(":", 1)[0].strip() for ln in lines] == CORE_NAMES
    assert "ahocorasick_rs" in next(ln for ln in lines if "] masking:" in ln)
    assert f"/{len(CORE_NAMES)} OK" in out.stderr


def test_a_crashing_check_keeps_its_name_and_fails(services):
    def broken(_services):
        raise OSError("disk\non fire")

    result = run_check(Check("documents", broken), services)
    assert result.name == "documents" and result.status == "FAIL"
    assert "OSError" in result.message
    assert "\n" not in result.line()


def test_a_check_cannot_rename_itself(services):
    result = run_check(Check("templates", lambda s: CheckResult("something-else", "OK", "x")), services)
    assert result.name == "templates"


def test_no_keychain_is_a_failure_where_the_os_always_has_one(services, memory_keyring):
    keyring.set_keyring(keyring.backends.null.Keyring())
    assert check_secrets(services, platform="linux").status == "WARN"
    assert check_secrets(services, platform="win32").status == "FAIL"
    assert check_secrets(services, platform="darwin").status == "FAIL"


def test_os_keychain_modules_are_checked_for_this_platform():
    assert "keyring.backends.Windows" in runtime_modules("win32")
    assert "win32ctypes.pywin32.win32cred" in runtime_modules("win32")
    assert "keyring.backends.Windows" not in runtime_modules("linux")


def _third_party_imports() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m not in ("desktop", "__future__")}


def test_every_library_the_app_imports_is_checked():
    from desktop.cli.selftest import QT_MODULES

    checked = {m.split(".")[0] for m in (*RUNTIME_MODULES, *QT_MODULES)} | {"azure"}
    assert _third_party_imports() - checked == set()


def test_entra_id_sign_in_needs_azure_identity(policy_file):
    from desktop.core.selftest import check_libraries
    from desktop.core.services import build_services

    assert check_libraries(build_services()).status == "OK"  # API key: azure.identity not needed
    policy_file.write_text('auth_mode = "entra_id"\n', "utf-8")
    services = build_services()
    assert services.policy_error is None
    try:
        import azure.identity  # noqa: F401
    except ImportError:
        result = check_libraries(services)
        assert result.status == "FAIL" and "azure.identity" in result.message and "entra_id" in result.message
    else:
        assert check_libraries(services).status == "OK"


def test_screenshot_saves_what_the_main_window_painted(tmp_path):
    """IT attaches it to a pilot report; under Wine it is the only way to see the window."""
    from PySide6.QtGui import QImage

    shot = tmp_path / "画面 確認.png"
    out = _self_test("--screenshot", str(shot),
                     env_extra={"OFFICE_ASSISTANT_HOME": str(tmp_path / "home"),
                                "OFFICE_ASSISTANT_POLICY": str(tmp_path / "none.toml"),
                                "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stdout + out.stderr
    assert str(shot) in next(ln for ln in out.stdout.splitlines() if "] window:" in ln)
    image = QImage(str(shot))
    assert image.width() >= 600 and image.height() >= 400
    # Not a blank grab: a painted window has many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20


def test_the_knowledge_and_analysis_checks_run_their_engines_end_to_end():
    from desktop.core.selftest import check_analysis, check_knowledge
    from desktop.core.services import build_services

    services = build_services()
    knowledge, analysis = check_knowledge(services), check_analysis(services)
    assert knowledge.status == "OK" and "FTS5" in knowledge.message
    assert analysis.status == "OK" and "DuckDB" in analysis.message


def test_the_analyser_check_fails_without_the_background_parser(services, monkeypatch):
    # Masking would still work on one core, slower than its budget: IT must hear of it.
    from desktop.core.masking import analyser
    from desktop.core.selftest.local import check_analyser

    assert check_analyser(services).status == "OK"
    monkeypatch.setattr(analyser, "_native_tried", False)
    monkeypatch.setattr(analyser, "_native", None)
    monkeypatch.setattr(analyser, "_executor", None)
    monkeypatch.setattr(analyser, "mecab_library", lambda: None)
    result = check_analyser(services)
    assert result.status == "FAIL"
    assert "MeCab" in result.message and "見つかりません" in result.message
