from __future__ import annotations

import json

import pytest

from desktop.core.errors import LockedSettingError, PolicyError
from desktop.core.policy import Policy
from desktop.core.services import build_services
from desktop.core.settings import SCHEMA_VERSION, Settings, coerce
from desktop.core.settings_store import SettingsStore


def test_defaults_are_typed_and_start_in_clipboard_mode(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    s = store.settings
    assert s.provider == "clipboard"  # nothing configured: the app must still be useful
    assert s.language == "ja"
    assert isinstance(s.request_timeout_seconds, float)
    assert store.source("endpoint") == "default"


def test_user_settings_round_trip_with_schema_version(tmp_path):
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.set("endpoint", "https://example.openai.azure.com")
    store.set("max_retries", "4")
    store.save()
    raw = json.loads(path.read_text("utf-8"))
    assert raw["schema_version"] == SCHEMA_VERSION
    again = SettingsStore(path)
    assert again.settings.endpoint == "https://example.openai.azure.com"
    assert again.settings.max_retries == 4
    assert again.source("endpoint") == "user"


def test_invalid_values_are_rejected_with_the_key_named(tmp_path):
    store = SettingsStore(tmp_path / "s.json")
    with pytest.raises(ValueError, match="provider"):
        store.set("provider", "chatgpt-web")
    with pytest.raises(ValueError, match="max_retries"):
        store.set("max_retries", "many")


def test_damaged_settings_file_is_moved_aside_not_fatal(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json", "utf-8")
    store = SettingsStore(path)
    assert store.settings == Settings()
    assert store.load_warning
    assert (tmp_path / "settings.broken.json").exists()


def test_policy_sets_defaults_and_locks(tmp_path):
    policy = Policy.from_mapping({
        "locked": ["endpoint", "masking_release_allowed"],
        "endpoint": "https://org.openai.azure.com",
        "deployment": "gpt-4o-mini",
        "masking_release_allowed": True,
    })
    store = SettingsStore(tmp_path / "s.json", policy, environ={})
    assert store.settings.deployment == "gpt-4o-mini"
    assert store.source("deployment") == "policy"
    store.set("deployment", "mine")  # unlocked policy value is only a default
    assert store.settings.deployment == "mine"
    with pytest.raises(LockedSettingError) as err:
        store.set("endpoint", "https://evil.example")
    assert "ポリシー" in err.value.user_message
    with pytest.raises(LockedSettingError):
        store.update({"masking_release_allowed": False, "department": "税務課"})
    assert store.settings.department == ""  # nothing of a refused update is applied


def test_locked_policy_wins_over_user_file_and_environment(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"schema_version": 1, "values": {"endpoint": "https://user"}}), "utf-8")
    policy = Policy.from_mapping({"locked": ["endpoint"], "endpoint": "https://org"})
    env = {"OFFICE_ASSISTANT_ENDPOINT": "https://env", "OFFICE_ASSISTANT_DEPLOYMENT": "dep-env"}
    store = SettingsStore(path, policy, environ=env)
    assert store.settings.endpoint == "https://org"
    assert store.source("endpoint") == "locked"
    assert store.settings.deployment == "dep-env"
    assert store.source("deployment") == "environment"


def test_environment_endpoint_selects_azure(tmp_path):
    store = SettingsStore(tmp_path / "s.json", environ={"OFFICE_ASSISTANT_ENDPOINT": "http://127.0.0.1:9"})
    assert store.settings.provider == "azure"


@pytest.mark.parametrize("raw, fragment", [
    ({"endpont": "typo"}, "endpont"),
    ({"max_retries": "lots"}, "max_retries"),
    ({"locked": ["deployment"]}, "deployment"),
    ({"locked": "endpoint", "endpoint": "x"}, "locked"),
    ({"schema": 7}, "schema"),
])
def test_invalid_policy_is_an_error_naming_the_problem(raw, fragment):
    with pytest.raises(PolicyError) as err:
        Policy.from_mapping(raw)
    assert fragment in err.value.user_message


def test_policy_lock_all(tmp_path):
    policy = Policy.from_mapping({"locked": ["*"], "endpoint": "https://org", "language": "en"})
    assert policy.locked == {"endpoint", "language"}


def test_broken_policy_file_reported_by_services(policy_file):
    policy_file.write_text("endpoint = [unclosed", "utf-8")
    services = build_services()
    assert services.policy_error is not None
    assert str(policy_file) in services.policy_error.user_message


def test_coerce_lists_and_bools():
    assert coerce("departments", "総務課, 税務課") == ["総務課", "税務課"]
    assert coerce("masking_release_allowed", "false") is False
    with pytest.raises(ValueError):
        coerce("allowed_providers", ["azure", "bard"])


@pytest.mark.parametrize(("key", "value"), [
    ("max_retries", -1), ("request_timeout_seconds", 0), ("max_document_mb", -3),
    ("price_input_jpy_per_1k", -1), ("context_budget_tokens", 0), ("endpoint", "not a url"),
])
def test_out_of_range_values_are_refused_by_policy_and_settings(tmp_path, key, value):
    with pytest.raises(PolicyError, match=key):
        Policy.from_mapping({key: value})
    with pytest.raises(ValueError, match=key):
        SettingsStore(tmp_path / "s.json").set(key, value)


def test_policy_provider_must_be_allowed():
    with pytest.raises(PolicyError, match="allowed_providers"):
        Policy.from_mapping({"provider": "azure", "allowed_providers": ["clipboard"]})


def test_config_refuses_changes_under_a_broken_policy(policy_file, capsys):
    from desktop.cli import main

    policy_file.write_text("endpoint = [broken", "utf-8")
    assert main(["config", "show"]) == 0
    assert "ポリシー" in capsys.readouterr().err
    assert main(["config", "set", "provider", "azure"]) != 0
