"""installer/policy.example.toml: every setting documented, loadable, lockable; bad ones fail."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from desktop.core.errors import LockedSettingError, PolicyError
from desktop.core.policy import Policy
from desktop.core.settings import Settings, default_value
from desktop.core.settings_store import SettingsStore

REPO_ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = REPO_ROOT / "installer" / "policy.example.toml"
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_ASSIGNMENT = re.compile(r"^([a-z_]+)\s*=")


def test_example_loads_and_sets_every_setting():
    policy = Policy.load(EXAMPLE)
    assert policy.path == EXAMPLE
    # A new setting without an entry here fails this test: IT must be able to read about it.
    assert set(policy.values) == set(Settings.field_names())


def test_every_key_has_a_japanese_and_english_comment_right_above_it():
    lines = EXAMPLE.read_text("utf-8").splitlines()
    undocumented = []
    for i, line in enumerate(lines):
        m = _ASSIGNMENT.match(line)
        if not m:
            continue
        comment = []
        j = i - 1
        while j >= 0 and lines[j].startswith("#"):
            comment.append(lines[j])
            j -= 1
        text = " ".join(comment)
        if not (_JAPANESE.search(text) and re.search(r"[A-Za-z]{4,}", text)):
            undocumented.append(m.group(1))
    assert undocumented == []


def test_locked_keys_cannot_be_changed_and_the_rest_can(tmp_path):
    policy = Policy.load(EXAMPLE)
    assert {
        "endpoint",
        "deployment",
        "blocked_terms",
        "org_template_folder",
        "usage_export_folder",
        "allowed_providers",
    } <= policy.locked
    store = SettingsStore(tmp_path / "settings.json", policy, environ={})
    assert store.get("endpoint") == policy.values["endpoint"]
    with pytest.raises(LockedSettingError) as err:
        store.set("endpoint", "https://elsewhere.example")
    assert "ポリシー" in err.value.user_message
    assert store.get("endpoint") == policy.values["endpoint"]
    store.set("language", "en")  # not locked in the example
    assert store.source("language") == "user"


def test_every_key_is_lockable(tmp_path):
    raw = tomllib.loads(EXAMPLE.read_text("utf-8"))
    raw["locked"] = list(Settings.field_names())
    policy = Policy.from_mapping(raw)
    assert policy.locked == frozenset(Settings.field_names())
    store = SettingsStore(tmp_path / "settings.json", policy, environ={})
    assert all(store.is_locked(k) for k in Settings.field_names())


def test_example_values_are_valid_choices():
    # Spot-check that values are not just copied defaults where a deployment must choose.
    values = Policy.load(EXAMPLE).values
    assert values["provider"] in values["allowed_providers"]
    assert values["endpoint"].startswith("https://")
    assert values["user_id_salt"] != default_value("user_id_salt")


def _self_test(policy: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OFFICE_ASSISTANT_")}
    env.update(
        OFFICE_ASSISTANT_HOME=str(home),
        OFFICE_ASSISTANT_POLICY=str(policy),
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--no-crash-dialog", "self-test", "--no-window"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ('endpoint = "https://x.example\nlocked = [', "書式"),  # TOML syntax error
        ('schema = 1\nendpont = "https://x.example"\n', "endpont"),  # misspelt key
        ('locked = ["deployment"]\n', "deployment"),  # locked without a value
    ],
    ids=["syntax", "unknown-key", "locked-without-value"],
)
def test_invalid_policy_fails_self_test_with_a_clear_message(tmp_path, content, named):
    policy = tmp_path / "bad-policy.toml"
    policy.write_text(content, encoding="utf-8")
    done = _self_test(policy, tmp_path / "home")
    assert done.returncode != 0
    line = next(ln for ln in done.stdout.splitlines() if "policy" in ln)
    assert line.startswith("[FAIL] policy")
    assert named in line and str(policy) in line
    assert "情報システム担当" in line  # says what to do


def test_example_passes_self_test_policy_check(tmp_path):
    done = _self_test(EXAMPLE, tmp_path / "home")
    line = next(ln for ln in done.stdout.splitlines() if "policy" in ln)
    assert line.startswith("[OK] policy"), done.stdout + done.stderr
    assert f"固定項目 {len(Policy.load(EXAMPLE).locked)} 件" in line


def test_bad_value_type_is_named():
    with pytest.raises(PolicyError) as err:
        Policy.from_mapping({"max_retries": "many", "provider": "carrier-pigeon"})
    assert "max_retries" in err.value.user_message and "provider" in err.value.user_message
