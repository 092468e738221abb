r"""Policy from HKLM\SOFTWARE\Policies\OfficeAssistant: same keys, types and locks as the file,
registry over file, a broken value fails closed; read through a back-end with winreg's semantics."""

from __future__ import annotations

import inspect
import json

import pytest

from desktop.cli import main
from desktop.core.errors import LockedSettingError, PolicyError
from desktop.core.policy import Policy
from desktop.core.registry_policy import POLICY_KEY, RegistryPolicyReader, WinregLike
from desktop.core.services import build_services
from desktop.core.settings_store import SettingsStore
from tests.foundation.fake_winreg import (
    REG_BINARY,
    REG_DWORD,
    REG_EXPAND_SZ,
    REG_MULTI_SZ,
    REG_QWORD,
    REG_SZ,
    FakeWinreg,
)


@pytest.fixture
def reg():
    return FakeWinreg(environ={"PROGRAMDATA": r"C:\ProgramData"})


def load(reg, tmp_path, toml: str | None = None) -> Policy:
    path = tmp_path / "policy.toml"
    if toml is not None:
        path.write_text(toml, "utf-8")
    return Policy.load_machine(path, RegistryPolicyReader(reg))


def test_the_fake_back_end_has_winregs_signatures():
    # The reader only calls what WinregLike declares; the fake must take the same arguments.
    for name, member in inspect.getmembers(WinregLike, inspect.isfunction):
        if name.startswith("_"):
            continue
        fake, real = inspect.signature(getattr(FakeWinreg, name)), inspect.signature(member)
        assert list(fake.parameters.values()) == list(real.parameters.values()), name
    for const in WinregLike.__annotations__:
        assert isinstance(getattr(FakeWinreg, const), int), const


def test_no_key_means_only_the_file(reg, tmp_path):
    policy = load(reg, tmp_path, 'deployment = "from-file"\n')
    assert policy.values == {"deployment": "from-file"}
    assert policy.registry_key is None
    assert all(h.closed for h in reg.opened)


def test_every_type_is_read_like_the_file(reg, tmp_path):
    reg.reg_add(POLICY_KEY, "endpoint", REG_SZ, "https://reg.openai.azure.com")
    reg.reg_add(POLICY_KEY, "Deployment", REG_SZ, "gpt-reg")  # names are case-insensitive
    reg.reg_add(POLICY_KEY, "max_retries", REG_DWORD, 5)
    reg.reg_add(POLICY_KEY, "context_budget_tokens", REG_SZ, "9000")  # number written as text
    reg.reg_add(POLICY_KEY, "request_timeout_seconds", REG_SZ, "12.5")
    reg.reg_add(POLICY_KEY, "max_document_mb", REG_DWORD, 8)  # a float setting from a DWORD
    reg.reg_add(POLICY_KEY, "monthly_token_budget", REG_QWORD, 3_000_000)
    reg.reg_add(POLICY_KEY, "masking_mandatory", REG_DWORD, 1)
    reg.reg_add(POLICY_KEY, "masking_release_allowed", REG_DWORD, 0)
    reg.reg_add(POLICY_KEY, "use_system_trust_store", REG_SZ, "false")
    reg.reg_add(POLICY_KEY, "departments", REG_MULTI_SZ, ["総務課", "税務課"])
    reg.reg_add(POLICY_KEY, "excel_version", REG_DWORD, 2019)
    reg.reg_add(POLICY_KEY, "ca_bundle", REG_EXPAND_SZ, r"%ProgramData%\OfficeAssistant\ca.pem")
    # A Group Policy list element: a subkey with numbered values, taken in numeric order.
    for i, provider in enumerate(["azure", "x", "y"], start=1):
        reg.reg_add(POLICY_KEY + r"\allowed_providers", str(i * 5 if i > 1 else 1), REG_SZ, provider)
    reg.reg_add(POLICY_KEY + r"\allowed_providers", "10", REG_SZ, "openai_compatible")
    reg.reg_add(POLICY_KEY + r"\allowed_providers", "5", REG_SZ, "clipboard")
    reg.reg_add(POLICY_KEY + r"\allowed_providers", "15", REG_SZ, "azure")
    policy = load(reg, tmp_path)
    assert policy.values == {
        "endpoint": "https://reg.openai.azure.com", "deployment": "gpt-reg", "max_retries": 5,
        "context_budget_tokens": 9000, "request_timeout_seconds": 12.5, "max_document_mb": 8.0,
        "monthly_token_budget": 3_000_000,
        "masking_release_allowed": False, "use_system_trust_store": False,
        "departments": ["総務課", "税務課"], "excel_version": "2019",
        "ca_bundle": r"C:\ProgramData\OfficeAssistant\ca.pem",
        "allowed_providers": ["azure", "clipboard", "openai_compatible", "azure"],
    }
    assert type(policy.values["max_document_mb"]) is float
    assert policy.obsolete == {"masking_mandatory"}  # retired: still read, then ignored
    assert policy.registry_key == r"HKLM\SOFTWARE\Policies\OfficeAssistant"
    assert set(policy.origins.values()) == {"registry"}
    assert all(h.closed for h in reg.opened)
    assert all(h.access & reg.KEY_WOW64_64KEY for h in reg.opened)  # the view GPO writes


def test_registry_wins_over_the_file_and_locked_sets_combine(reg, tmp_path):
    toml = ('locked = ["deployment"]\n'
            'endpoint = "https://file.openai.azure.com"\ndeployment = "file-dep"\n'
            'department = "総務課"\n')
    reg.reg_add(POLICY_KEY, "endpoint", REG_SZ, "https://reg.openai.azure.com")
    reg.reg_add(POLICY_KEY, "deployment", REG_SZ, "reg-dep")
    reg.reg_add(POLICY_KEY, "locked", REG_MULTI_SZ, ["endpoint"])
    policy = load(reg, tmp_path, toml)
    assert policy.values["endpoint"] == "https://reg.openai.azure.com"
    assert policy.values["deployment"] == "reg-dep"  # locked by the file, value from the registry
    assert policy.values["department"] == "総務課"
    assert policy.locked == {"endpoint", "deployment"}
    store = SettingsStore(tmp_path / "s.json", policy, environ={})
    assert store.source("department") == "policy"
    assert store.source("endpoint") == "locked"
    assert store.policy_origin("endpoint") == "registry"
    assert store.policy_origin("department") == "file"
    with pytest.raises(LockedSettingError):
        store.set("endpoint", "https://elsewhere.example")


def test_a_registry_lock_may_fix_a_value_the_file_sets(reg, tmp_path):
    reg.reg_add(POLICY_KEY, "locked", REG_SZ, "deployment")
    policy = load(reg, tmp_path, 'deployment = "file-dep"\n')
    assert policy.locked == {"deployment"}
    assert policy.origin("deployment") == "file"


def test_star_locks_only_what_that_source_sets(reg, tmp_path):
    reg.reg_add(POLICY_KEY, "endpoint", REG_SZ, "https://reg.openai.azure.com")
    reg.reg_add(POLICY_KEY, "locked", REG_SZ, "*")
    policy = load(reg, tmp_path, 'deployment = "file-dep"\n')
    assert policy.locked == {"endpoint"}


def test_locked_as_a_group_policy_list_subkey(reg, tmp_path):
    reg.reg_add(POLICY_KEY, "proxy", REG_SZ, "http://proxy.example.lg.jp:8080")
    reg.reg_add(POLICY_KEY + r"\locked", "1", REG_SZ, "proxy")
    assert load(reg, tmp_path).locked == {"proxy"}


@pytest.mark.parametrize("name, kind, data, fragment", [
    ("masking_mandatory", REG_DWORD, 2, "masking_mandatory"),
    ("masking_mandatory", REG_SZ, "maybe", "masking_mandatory"),
    ("max_retries", REG_SZ, "lots", "max_retries"),
    ("max_retries", REG_DWORD, 99, "max_retries"),  # out of range, like the file
    ("endpoint", REG_SZ, "openai.azure.com", "endpoint"),  # not a URL
    ("endpoint", REG_BINARY, b"\x00", "endpoint"),
    ("endpoint", REG_MULTI_SZ, ["https://a.example"], "endpoint"),
    ("provider", REG_SZ, "chatgpt-web", "provider"),
    ("endpont", REG_SZ, "https://typo.example", "endpont"),
    ("locked", REG_MULTI_SZ, ["deployment"], "deployment"),  # locked without a value
    ("locked", REG_MULTI_SZ, ["nonsense"], "nonsense"),
    ("schema", REG_DWORD, 7, "schema"),
])
def test_a_broken_value_is_a_policy_error_naming_it(reg, tmp_path, name, kind, data, fragment):
    reg.reg_add(POLICY_KEY, name, kind, data)
    with pytest.raises(PolicyError) as err:
        load(reg, tmp_path)
    assert fragment in err.value.user_message
    assert "HKLM\\SOFTWARE\\Policies\\OfficeAssistant" in err.value.user_message
    assert all(h.closed for h in reg.opened)


@pytest.mark.parametrize("kind", [REG_MULTI_SZ, REG_DWORD, REG_SZ])
def test_a_value_without_data_is_an_error_not_a_crash(reg, tmp_path, kind):
    reg.reg_add(POLICY_KEY, "departments", kind, None, unchecked=True)
    with pytest.raises(PolicyError, match="departments"):
        load(reg, tmp_path)


def test_a_subkey_that_is_not_a_list_is_an_error(reg, tmp_path):
    reg.reg_add(POLICY_KEY + r"\endpoint", "1", REG_SZ, "https://a.example")
    with pytest.raises(PolicyError, match="endpoint"):
        load(reg, tmp_path)


def test_a_value_and_a_subkey_for_the_same_list_is_an_error(reg, tmp_path):
    reg.reg_add(POLICY_KEY, "departments", REG_MULTI_SZ, ["総務課"])
    reg.reg_add(POLICY_KEY + r"\departments", "1", REG_SZ, "税務課")
    with pytest.raises(PolicyError, match="departments"):
        load(reg, tmp_path)


def test_the_file_and_the_registry_are_checked_together(reg, tmp_path):
    # Each alone is fine; together the provider is not allowed.
    reg.reg_add(POLICY_KEY, "allowed_providers", REG_MULTI_SZ, ["clipboard"])
    with pytest.raises(PolicyError, match="allowed_providers"):
        load(reg, tmp_path, 'provider = "azure"\n')


def test_an_unreadable_key_fails_closed(tmp_path):
    class DeniedWinreg(FakeWinreg):
        def OpenKey(self, key, sub_key, reserved=0, access=0x20019):
            raise PermissionError(5, "Access is denied")

    with pytest.raises(PolicyError, match="読み込めません"):
        load(DeniedWinreg(), tmp_path)


# Through the composition root and the CLI --------------------------------------------------
@pytest.fixture
def machine_registry(reg, monkeypatch):
    """This machine's registry, as build_services() reads it on Windows."""
    monkeypatch.setattr("desktop.core.services.default_reader", lambda: RegistryPolicyReader(reg))
    return reg


def test_services_read_the_registry_and_config_shows_it(machine_registry, policy_file, capsys):
    policy_file.write_text('deployment = "file-dep"\nproxy = "http://file-proxy:8080"\n', "utf-8")
    machine_registry.reg_add(POLICY_KEY, "proxy", REG_SZ, "http://reg-proxy:8080")
    machine_registry.reg_add(POLICY_KEY, "endpoint", REG_SZ, "https://reg.openai.azure.com")
    machine_registry.reg_add(POLICY_KEY, "locked", REG_MULTI_SZ, ["endpoint"])
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "proxy = 'http://reg-proxy:8080'  [registry]" in out
    assert "deployment = 'file-dep'  [policy]" in out
    assert "endpoint = 'https://reg.openai.azure.com'  [locked, registry]" in out
    assert main(["config", "show", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows["proxy"] == {"value": "http://reg-proxy:8080", "source": "registry",
                             "policy": "registry"}
    assert rows["endpoint"]["source"] == "locked" and rows["endpoint"]["policy"] == "registry"
    assert main(["config", "set", "endpoint", "https://elsewhere.example"]) == 3
    assert "ポリシー" in capsys.readouterr().err
    assert main(["config", "set", "proxy", "http://mine:8080"]) == 0  # unlocked: a default only


def test_a_broken_registry_value_fails_closed_in_the_cli(machine_registry, capsys):
    machine_registry.reg_add(POLICY_KEY, "masking_mandatory", REG_DWORD, 7)
    services = build_services()
    assert isinstance(services.policy_error, PolicyError)
    assert "masking_mandatory" in services.policy_error.user_message
    assert main(["config", "set", "department", "総務課"]) == 2  # what it meant to lock is unknown
    err = capsys.readouterr().err
    assert "masking_mandatory" in err and "Traceback" not in err
    assert main(["config", "show"]) == 0
    assert "警告" in capsys.readouterr().err
    assert main(["self-test", "--no-window"]) == 1


@pytest.mark.parametrize("name", ["blocked_terms", "allowed_providers", "departments", "locked"])
def test_an_emptied_group_policy_list_sets_nothing(reg, tmp_path, name):
    """Group Policy leaves a list's subkey behind, emptied, when the policy is Disabled or Not
    Configured: the file's value must still apply (an empty list replaced blocked_terms, so a
    blocked text was sent, and made allowed_providers=[] a policy error on every PC)."""
    reg.reg_add(POLICY_KEY + "\\" + name)  # the subkey alone, no values
    toml = ('blocked_terms = ["機密性3"]\nallowed_providers = ["azure"]\nprovider = "azure"\n'
            'departments = ["総務課"]\nlocked = ["blocked_terms"]\n')
    policy = load(reg, tmp_path, toml)
    assert policy.values["blocked_terms"] == ["機密性3"]
    assert policy.values["allowed_providers"] == ["azure"]
    assert policy.values["departments"] == ["総務課"]
    assert policy.locked == {"blocked_terms"}
