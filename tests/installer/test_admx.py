"""installer/admx: the Group Policy templates match the settings and the registry reader.

Checked: the ADMX schema's structure (element order, name and reference patterns, class and
key), every policy maps to a setting of the same type, every policy has ja-JP and en-US
strings and a presentation whose controls match its elements, the keys left out are listed
with a reason, the files are what the generator writes, and what the Group Policy editor writes
for each policy is read back by RegistryPolicyReader as the same typed value.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import get_args, get_origin, get_type_hints

import pytest

from desktop.core.policy import Policy
from desktop.core.registry_policy import POLICY_KEY, RegistryPolicyReader
from desktop.core.settings import _RANGES, Settings, choices_for, default_value
from tests.foundation.fake_winreg import REG_DWORD, REG_SZ, FakeWinreg

ROOT = Path(__file__).resolve().parents[2]
ADMX_DIR = ROOT / "installer" / "admx"
ADMX = ADMX_DIR / "OfficeAssistant.admx"
LANGS = ("ja-JP", "en-US")
NS = {"pd": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
Q = "{" + NS["pd"] + "}"
HINTS = get_type_hints(Settings)
NAME = re.compile(r"^\w+$")
STRING_REF = re.compile(r"^\$\(string\.(\w+)\)$")
PRESENTATION_REF = re.compile(r"^\$\(presentation\.(\w+)\)$")
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

# The only keys without a policy, on purpose (the reason is in generate.py's OMITTED).
OMITTED = {"user_id_salt"}
# A policy element and the presentation control that shows it.
CONTROL = {"boolean": "checkBox", "decimal": "decimalTextBox", "enum": "dropdownList",
           "list": "listBox", "text": "textBox"}


def tag(el: ET.Element) -> str:
    return el.tag.removeprefix(Q)


@pytest.fixture(scope="module")
def admx() -> ET.Element:
    return ET.parse(ADMX).getroot()


@pytest.fixture(scope="module")
def policies(admx) -> dict[str, ET.Element]:
    return {p.get("name"): p for p in admx.iterfind("pd:policies/pd:policy", NS)}


def adml(lang: str) -> ET.Element:
    return ET.parse(ADMX_DIR / lang / "OfficeAssistant.adml").getroot()


def element_of(policy: ET.Element) -> ET.Element:
    (element,) = list(policy.find("pd:elements", NS))
    return element


def test_the_files_are_what_the_generator_writes():
    done = subprocess.run([sys.executable, str(ADMX_DIR / "generate.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_admx_structure_follows_the_schema(admx, policies):
    assert tag(admx) == "policyDefinitions"
    assert re.fullmatch(r"\d+\.\d+", admx.get("revision")) and admx.get("schemaVersion") == "1.0"
    order = ["policyNamespaces", "supersededAdm", "annotation", "resources", "supportedOn",
             "categories", "policies"]
    children = [tag(c) for c in admx]
    assert children == sorted(children, key=order.index)
    assert admx.find("pd:policyNamespaces/pd:target", NS).get("prefix") == "officeassistant"
    categories = {c.get("name") for c in admx.iterfind("pd:categories/pd:category", NS)}
    supported = {d.get("name") for d in admx.iterfind("pd:supportedOn/pd:definitions/pd:definition",
                                                      NS)}
    policy_order = ["annotation", "parentCategory", "seeAlso", "keywords", "supportedOn",
                    "enabledValue", "disabledValue", "enabledList", "disabledList", "elements"]
    for name, p in policies.items():
        assert NAME.match(name), name
        assert p.get("class") == "Machine" and p.get("key") == POLICY_KEY, name
        assert STRING_REF.match(p.get("displayName")) and STRING_REF.match(p.get("explainText"))
        assert PRESENTATION_REF.match(p.get("presentation")).group(1) == name
        kids = [tag(c) for c in p]
        assert kids == sorted(kids, key=policy_order.index), name
        assert p.find("pd:parentCategory", NS).get("ref") in categories
        assert p.find("pd:supportedOn", NS).get("ref") in supported
    for c in admx.iterfind("pd:categories/pd:category", NS):
        assert NAME.match(c.get("name")) and STRING_REF.match(c.get("displayName"))


def test_every_policy_is_a_setting_of_the_same_type(policies):
    for name, p in policies.items():
        element = element_of(p)
        kind = tag(element)
        assert element.get("id") == name
        if name == "locked":
            assert kind == "list" and element.get("key") == POLICY_KEY + "\\locked"
            continue
        hint = HINTS[name]
        if kind == "list":
            assert get_origin(hint) is list and get_args(hint) == (str,), name
            # What the Group Policy editor writes: a subkey named like the setting.
            assert element.get("key") == f"{POLICY_KEY}\\{name}" and element.get("valuePrefix") == ""
            continue
        assert element.get("valueName") == name
        if kind == "boolean":
            assert hint is bool
            assert element.find("pd:trueValue/pd:decimal", NS).get("value") == "1"
            assert element.find("pd:falseValue/pd:decimal", NS).get("value") == "0"
        elif kind == "decimal":
            assert hint is int, name
            low, high = _RANGES[name]
            assert (int(element.get("minValue")), int(element.get("maxValue"))) == (low, high)
            assert int(element.get("maxValue")) <= 0xFFFFFFFF  # a DWORD
        elif kind == "enum":
            assert hint is str
            values = [i.findtext("pd:value/pd:string", namespaces=NS)
                      for i in element.iterfind("pd:item", NS)]
            assert tuple(values) == choices_for(name)
        else:
            assert kind == "text" and hint in (str, float), name
            assert not choices_for(name)  # a choice would be an enum


def test_every_setting_has_a_policy_or_an_explicit_reason(policies):
    sys.path.insert(0, str(ADMX_DIR))
    try:
        import generate
    finally:
        sys.path.remove(str(ADMX_DIR))
    assert set(policies) - {"locked"} | OMITTED == set(Settings.field_names())
    assert not OMITTED & set(policies)
    assert set(generate.OMITTED) == OMITTED
    assert all(len(reason) > 40 for reason in generate.OMITTED.values())


@pytest.mark.parametrize("lang", LANGS)
def test_every_policy_has_strings_and_a_matching_presentation(admx, policies, lang):
    root = adml(lang)
    assert tag(root) == "policyDefinitionResources"
    assert [tag(c) for c in root] == ["displayName", "description", "resources"]
    strings = {s.get("id"): s.text or "" for s in root.iterfind("pd:resources/pd:stringTable/pd:string", NS)}
    presentations = {p.get("id"): p for p in
                     root.iterfind("pd:resources/pd:presentationTable/pd:presentation", NS)}
    refs = {m.group(1) for m in re.finditer(r"\$\(string\.(\w+)\)",
                                            ADMX.read_text("utf-8"))}
    assert refs <= set(strings), sorted(refs - set(strings))
    for name, p in policies.items():
        text = strings[name] + strings[f"{name}_Help"]
        assert bool(JAPANESE.search(text)) == (lang == "ja-JP"), (lang, name)
        element = element_of(p)
        controls = list(presentations[name])
        assert [c.get("refId") for c in controls] == [element.get("id")]
        assert tag(controls[0]) == CONTROL[tag(element)], name
        if name != "locked":
            assert name in strings[name]  # IT sees the key it will find in policy.toml
            assert POLICY_KEY in strings[f"{name}_Help"]


def test_every_explanation_has_both_languages_from_the_example():
    sys.path.insert(0, str(ADMX_DIR))
    try:
        import generate
    finally:
        sys.path.remove(str(ADMX_DIR))
    comments = generate.example_comments()
    for key in Settings.field_names():
        ja, en = comments[key]
        assert JAPANESE.search(ja) and en and not JAPANESE.search(en), key


def test_decimal_and_enum_defaults_are_the_settings_defaults():
    root = adml("ja-JP")
    for p in root.iterfind("pd:resources/pd:presentationTable/pd:presentation", NS):
        (control,) = list(p)
        name = p.get("id")
        if tag(control) == "decimalTextBox":
            assert int(control.get("defaultValue")) == default_value(name)
        elif tag(control) == "dropdownList":
            assert choices_for(name)[int(control.get("defaultItem"))] == default_value(name)
        elif tag(control) == "checkBox":
            assert (control.get("defaultChecked") == "true") == default_value(name)


# What the Group Policy editor writes for each policy, read back by the app ------------------
SAMPLES = {"endpoint": "https://city.openai.azure.com", "base_url": "https://llm.example.lg.jp/v1",
           "pac_url": "http://wpad.example.lg.jp/proxy.pac", "proxy": "http://proxy:8080",
           "allowed_providers": ["azure", "clipboard"], "departments": ["総務課", "税務課"],
           "blocked_terms": ["機密性3", r"re:受付第\d{4}-\d+号"],
           "knowledge_folders": [r"\\fileserver\reiki", r"\\fileserver\manuals"]}


def gpo_writes(reg: FakeWinreg, policy: ET.Element, value: object) -> None:
    """The registry values the Group Policy client writes for an enabled policy."""
    element = element_of(policy)
    kind = tag(element)
    if kind == "list":
        for i, item in enumerate(value, start=1):  # type: ignore[arg-type]
            reg.reg_add(element.get("key"), str(i), REG_SZ, item)
    elif kind == "boolean":
        branch = "pd:trueValue" if value else "pd:falseValue"
        number = int(element.find(f"{branch}/pd:decimal", NS).get("value"))
        reg.reg_add(policy.get("key"), element.get("valueName"), REG_DWORD, number)
    elif kind == "decimal":
        reg.reg_add(policy.get("key"), element.get("valueName"), REG_DWORD, int(value))
    else:  # text and enum: REG_SZ
        reg.reg_add(policy.get("key"), element.get("valueName"), REG_SZ, str(value))


def test_every_policy_round_trips_through_the_registry_reader(policies, tmp_path):
    reg = FakeWinreg()
    expected = {}
    for name, p in policies.items():
        if name == "locked":
            continue
        default = default_value(name)
        value = SAMPLES.get(name, default if default not in ("", []) else "値")
        if isinstance(default, bool):
            value = not default  # prove the non-default value arrives
        if name in ("usage_export_folder", "org_template_folder"):
            value = r"\\fileserver\share\OfficeAssistant"
        gpo_writes(reg, p, value)
        expected[name] = value
    gpo_writes(reg, policies["locked"], ["endpoint", "masking_release_allowed"])
    policy = Policy.load_machine(tmp_path / "none.toml", RegistryPolicyReader(reg))
    assert policy.locked == {"endpoint", "masking_release_allowed"}
    for name, value in expected.items():
        got = policy.values[name]
        assert got == value and type(got) is type(default_value(name)), name
