from __future__ import annotations

import sys

import pytest

import desktop


def test_project_version_is_the_app_version(versioninfo):
    assert versioninfo.project_version() == desktop.__version__


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.3.4.5", (2, 3, 4, 5)),
        ("1.0.0rc1", (1, 0, 0, 0)),
        ("1.4.2.dev3+g1234", (1, 4, 2, 0)),
    ],
)
def test_windows_version_tuple(versioninfo, version, expected):
    assert versioninfo.windows_version_tuple(version) == expected


@pytest.mark.parametrize("version", ["", "abc", "70000.1"])
def test_windows_version_tuple_rejects(versioninfo, version):
    with pytest.raises(ValueError):
        versioninfo.windows_version_tuple(version)


@pytest.mark.skipif(sys.platform != "win32", reason="PyInstaller builds it on Windows only")
def test_version_resource_carries_the_version(versioninfo):
    info = versioninfo.version_info(
        "1.2.3rc1", internal_name="OfficeAssistant", description="業務AIアシスタント"
    )
    text = str(info)
    assert "filevers=(1, 2, 3, 0)" in text
    assert "'ProductVersion', '1.2.3rc1'" in text
    assert "'OriginalFilename', 'OfficeAssistant.exe'" in text
