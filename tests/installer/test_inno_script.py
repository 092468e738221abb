"""The Inno Setup script agrees with the app: policy location, executable names, upgrade identity.

ISCC only runs on Windows (see .github/workflows/windows.yml); these checks catch drift on Linux.
"""

from __future__ import annotations

import re
from pathlib import PureWindowsPath

import pytest

from desktop.core.paths import APP_DIR_NAME, default_policy_path
from tests.installer.conftest import INSTALLER_DIR

ISS = INSTALLER_DIR / "office-assistant.iss"
# Changing the AppId makes the next version install beside the old one instead of upgrading it.
APP_ID = "{{2EB55345-774D-4DA9-AEBC-2FE9F1DB13FA}"


@pytest.fixture(scope="module")
def iss() -> str:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "ISCC reads Japanese text correctly only with a BOM"
    return raw.decode("utf-8-sig")


def _directive(iss: str, name: str) -> str:
    m = re.search(rf"^{name}=(.*)$", iss, re.MULTILINE)
    assert m, f"{name} missing"
    return m.group(1).strip()


def test_upgrade_identity_is_stable(iss):
    assert _directive(iss, "AppId") == APP_ID
    assert _directive(iss, "UsePreviousAppDir") == "yes"


def test_per_machine_install_into_program_files(iss):
    assert _directive(iss, "PrivilegesRequired") == "admin"
    assert _directive(iss, "DefaultDirName") == r"{autopf}\OfficeAssistant"
    assert "PrivilegesRequiredOverridesAllowed" not in iss


def test_policy_goes_where_the_app_reads_it(iss, monkeypatch):
    monkeypatch.setenv("PROGRAMDATA", r"C:\ProgramData")
    app_reads = PureWindowsPath(str(default_policy_path("win32")))
    m = re.search(r'DestDir: "\{commonappdata\}\\([^"]+)"; DestName: "([^"]+)"', iss)
    assert m, "policy [Files] entry missing"
    assert (m.group(1), m.group(2)) == (app_reads.parent.name, app_reads.name)
    assert app_reads.parent.name == APP_DIR_NAME
    assert "{param:POLICY|}" in iss and r"{src}\policy.toml" in iss
    assert "uninsneveruninstall" in m.string[m.end() : m.end() + 200]


def test_executables_match_the_build(iss, build_script):
    assert f'"{build_script.GUI_EXE.removesuffix(".exe")}.exe"' in iss
    assert f'"{build_script.CLI_EXE.removesuffix(".exe")}.exe"' in iss


def test_start_menu_entry_and_languages(iss):
    assert re.search(r'^Name: "\{autoprograms\}\\', iss, re.MULTILINE)
    assert "compiler:Languages\\Japanese.isl" in iss


def test_uninstall_keeps_user_data_unless_asked(iss):
    code = iss[iss.index("procedure CurUninstallStepChanged") :]
    assert "SwitchGiven('DELETEUSERDATA')" in code
    assert "MB_DEFBUTTON2" in code  # "No" is the default answer
    assert "SwitchGiven('DELETEPOLICY')" in code


def test_version_is_not_hard_coded(iss):
    assert _directive(iss, "AppVersion") == "{#AppVersion}"
    assert not re.search(r"^#define AppVersion \"\d", iss, re.MULTILINE)


def test_code_signing_is_optional_and_not_faked(iss):
    block = iss[iss.index("#ifdef SignToolName") :]
    assert block.index("SignTool={#SignToolName}") < block.index("#endif")


def test_only_administrators_may_change_the_machine_policy(iss):
    """ProgramData lets any user create files in a new subfolder: a clerk's own policy.toml would
    act as machine policy. The installer makes the folder and gives users read access only, by SID
    (group names are translated on a Japanese Windows)."""
    assert re.search(r'^Name: "\{commonappdata\}\\OfficeAssistant"; Flags: uninsneveruninstall', iss, re.M)
    icacls = next(line for line in iss.splitlines() if "icacls.exe" in line)
    assert "/inheritance:r" in icacls and "/grant:r" in icacls
    assert "*S-1-5-32-544:(OI)(CI)F" in icacls and "*S-1-5-18:(OI)(CI)F" in icacls  # admins, SYSTEM
    assert "*S-1-5-32-545:(OI)(CI)RX" in icacls  # users: read and execute only
    assert "postinstall" not in icacls and "skipifsilent" not in icacls  # silent installs too
