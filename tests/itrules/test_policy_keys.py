"""The policy keys: blocked terms lockable and validated; masking_mandatory retired but an old
policy that sets (and locks) it still loads, with a notice."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.core.errors import PolicyError
from desktop.core.policy import Policy
from desktop.core.services import build_services
from desktop.core.settings import Settings, coerce
from desktop.core.settings_store import SettingsStore

OLD_POLICY = '''schema = 1
locked = ["endpoint", "masking_mandatory", "masking_release_allowed"]
endpoint = "https://city.openai.azure.com"
masking_mandatory = true
masking_release_allowed = false
'''


def test_an_old_policy_with_masking_mandatory_still_loads(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text(OLD_POLICY, "utf-8")
    policy = Policy.load(path)
    assert policy.locked == {"endpoint", "masking_release_allowed"}
    assert "masking_mandatory" not in policy.values
    assert policy.obsolete == {"masking_mandatory"}
    (notice,) = policy.notices
    assert "masking_mandatory" in notice and "廃止" in notice and "常に" in notice
    store = SettingsStore(tmp_path / "s.json", policy, environ={})
    assert store.settings.endpoint == "https://city.openai.azure.com"
    assert not store.settings.masking_release_allowed
    assert "masking_mandatory" not in Settings.field_names()


def test_only_locking_it_loads_too():
    policy = Policy.from_mapping({"locked": ["masking_mandatory"]})
    assert policy.locked == frozenset() and policy.obsolete == {"masking_mandatory"}


def test_a_wrong_value_for_it_is_still_reported():
    with pytest.raises(PolicyError) as err:
        Policy.from_mapping({"masking_mandatory": 7})
    assert "masking_mandatory" in err.value.user_message


def test_config_show_and_self_test_say_it_is_obsolete(policy_file, capsys):
    policy_file.write_text(OLD_POLICY, "utf-8")
    assert build_services().policy_error is None
    assert main(["config", "show"]) == 0
    out = capsys.readouterr()
    assert "masking_mandatory" in out.err and "廃止" in out.err
    assert "masking_mandatory" not in out.out
    from desktop.core.selftest import check_policy

    result = check_policy(build_services())
    assert result.status == "OK" and "masking_mandatory" in result.message


def test_blocked_terms_are_lockable_and_a_bad_pattern_fails_the_policy(tmp_path):
    policy = Policy.from_mapping({"locked": ["blocked_terms"], "blocked_terms": ["機密性3"]})
    store = SettingsStore(tmp_path / "s.json", policy, environ={})
    assert store.settings.blocked_terms == ["機密性3"] and store.is_locked("blocked_terms")
    with pytest.raises(Exception) as err:
        store.set("blocked_terms", [])
    assert "ポリシー" in err.value.user_message
    with pytest.raises(PolicyError) as bad:
        Policy.from_mapping({"blocked_terms": ["re:受付第(\\d{4}"]})
    assert "blocked_terms" in bad.value.user_message and "正規表現" in bad.value.user_message
    assert coerce("blocked_terms", "機密性3, 取扱注意") == ["機密性3", "取扱注意"]
    assert Settings().blocked_terms == [] and Settings().blocked_terms_file == ""


def test_self_test_fails_on_a_broken_blocked_terms_file(policy_file, tmp_path):
    from desktop.core.selftest import check_masking

    missing = tmp_path / "nowhere" / "blocked.txt"
    policy_file.write_text(f"blocked_terms_file = '{missing}'\n", "utf-8")
    result = check_masking(build_services())
    assert result.status == "FAIL" and "送信を禁止する語" in result.message
    missing.parent.mkdir()
    missing.write_text("機密性3\nre:秘[密匿]文書\n", "utf-8")
    assert check_masking(build_services()).status == "OK"
