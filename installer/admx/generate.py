r"""Write the Group Policy templates for the machine policy in the registry.

    python installer/admx/generate.py           # (re)write OfficeAssistant.admx and the ADMLs
    python installer/admx/generate.py --check   # exit 1 if the files here are not up to date

Every policy writes one value under ``HKLM\SOFTWARE\Policies\OfficeAssistant`` in the layout
``desktop/core/registry_policy.py`` reads: text -> REG_SZ, whole numbers and check boxes ->
REG_DWORD, lists -> a subkey of numbered REG_SZ values. Names, types, ranges, choices and
defaults come from ``desktop.core.settings``; the explanations are the Japanese and English
comments of ``installer/policy.example.toml``, so the three stay one description.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import get_args, get_origin, get_type_hints
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.core.registry_policy import POLICY_KEY  # noqa: E402
from desktop.core.settings import (  # noqa: E402
    _RANGES,
    Settings,
    choices_for,
    default_value,
    label_for,
)

HERE = Path(__file__).resolve().parent
EXAMPLE = ROOT / "installer" / "policy.example.toml"
NAMESPACE = "OfficeAssistant.Policies.OfficeAssistant"
REVISION = "1.0"
PD = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"

# (category id, Japanese, English, keys). Every setting is in exactly one, or in OMITTED.
CATEGORIES: list[tuple[str, str, str, list[str]]] = [
    ("Connection", "接続先", "Connection", [
        "provider", "allowed_providers", "endpoint", "deployment", "api_version", "azure_api",
        "auth_mode", "base_url", "model", "request_timeout_seconds", "max_retries",
        "context_budget_tokens", "max_output_tokens_text", "max_output_tokens_letter",
        "max_output_tokens_excel_formula", "max_output_tokens_part", "output_budget_parameter",
        "context_window_tokens", "system_as_user"]),
    ("Network", "ネットワーク", "Network", [
        "proxy", "pac_url", "ca_bundle", "use_system_trust_store"]),
    ("Cost", "料金と月間予算", "Prices and monthly budget", [
        "price_input_jpy_per_1k", "price_output_jpy_per_1k", "monthly_token_budget",
        "monthly_cost_budget_jpy", "budget_warning_percent"]),
    ("User", "職員・表示", "User and display", [
        "department", "departments", "language", "excel_version"]),
    ("Masking", "個人情報のマスキング", "Masking of personal information", [
        "masking_release_allowed", "masking_dictionary_file", "masking_allowlist_file",
        "blocked_terms", "blocked_terms_file"]),
    ("Files", "テンプレート・文書・利用記録", "Templates, documents and usage records", [
        "org_template_folder", "max_document_mb", "usage_export_folder", "knowledge_folders",
        "knowledge_index", "embeddings_deployment"]),
]

# Settings the templates leave out on purpose, and why (the registry reader still accepts them).
OMITTED: dict[str, str] = {
    "user_id_salt": (
        "A Group Policy Object is stored in SYSVOL (Registry.pol), which every domain account "
        "can read, and gpresult shows it: the salt that keeps usage exports pseudonymous would "
        "be public. Put it in policy.toml (readable only on the PC) or set it with reg add."),
}

EN_NAMES: dict[str, str] = {
    "provider": "Provider", "allowed_providers": "Providers users may choose",
    "endpoint": "Azure OpenAI endpoint", "deployment": "Azure OpenAI deployment name",
    "api_version": "Azure OpenAI API version", "azure_api": "Azure API style",
    "auth_mode": "Authentication", "base_url": "Base URL (OpenAI-compatible server)",
    "model": "Model name (OpenAI-compatible server)",
    "request_timeout_seconds": "Timeout (seconds)", "max_retries": "Automatic retries",
    "context_budget_tokens": "Most tokens sent in one request",
    "max_output_tokens_text": "Answer budget: text tasks (tokens)",
    "max_output_tokens_letter": "Answer budget: letters (tokens)",
    "max_output_tokens_excel_formula": "Answer budget: Excel formulas (tokens)",
    "max_output_tokens_part": "Answer budget: each part of a long document (tokens)",
    "output_budget_parameter": "How the answer budget is sent",
    "context_window_tokens": "Server's context window (tokens)",
    "system_as_user": "Send the instructions inside the user message", "proxy": "Proxy",
    "pac_url": "Proxy auto-config (PAC) URL", "ca_bundle": "Extra CA certificates (PEM file)",
    "use_system_trust_store": "Trust the Windows certificate store",
    "price_input_jpy_per_1k": "Price per 1,000 input tokens (yen)",
    "price_output_jpy_per_1k": "Price per 1,000 output tokens (yen)",
    "monthly_token_budget": "Monthly token limit per user",
    "monthly_cost_budget_jpy": "Monthly cost limit per user (yen)",
    "budget_warning_percent": "Budget warning threshold (%)",
    "department": "Default department", "departments": "Department list",
    "language": "Display language", "excel_version": "Excel version",
    "masking_release_allowed": "Users may release findings in the preview",
    "masking_dictionary_file": "Terms always masked (file)",
    "masking_allowlist_file": "Terms never masked (file)",
    "blocked_terms": "Terms that stop a text from being sent",
    "blocked_terms_file": "Terms that stop a text from being sent (file)",
    "org_template_folder": "Organisation's template folder",
    "max_document_mb": "Largest document file (MB)",
    "usage_export_folder": "Usage record export folder",
    "knowledge_folders": "Folders of the organisation's documents",
    "knowledge_index": "Published document index (file)",
    "embeddings_deployment": "Azure OpenAI embeddings deployment for document search",
}

CHOICE_NAMES: dict[str, tuple[str, str]] = {
    "clipboard": ("クリップボード経由", "Clipboard relay"), "azure": ("Azure OpenAI", "Azure OpenAI"),
    "openai_compatible": ("OpenAI 互換サーバー", "OpenAI-compatible server"),
    "deployments": ("deployments（従来の形式）", "deployments (classic)"), "v1": ("v1", "v1"),
    "api_key": ("API キー", "API key"), "entra_id": ("Microsoft Entra ID", "Microsoft Entra ID"),
    "ja": ("日本語", "Japanese"), "en": ("English", "English"),
    "365": ("Microsoft 365", "Microsoft 365"), "2021": ("Excel 2021", "Excel 2021"),
    "2019": ("Excel 2019", "Excel 2019"), "2016": ("Excel 2016", "Excel 2016"),
    "auto": ("自動（接続先に合わせる）", "Automatic (by the service)"),
    "max_tokens": ("max_tokens", "max_tokens"),
    "max_completion_tokens": ("max_completion_tokens", "max_completion_tokens"),
}

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_HINTS = get_type_hints(Settings)


def kind(key: str) -> str:
    """The ADMX element a setting becomes: boolean, decimal, enum, list or text."""
    hint = _HINTS[key]
    if hint is bool:
        return "boolean"
    if hint is int:
        return "decimal"
    if get_origin(hint) is list and get_args(hint) == (str,):
        return "list"
    if hint is str and choices_for(key):
        return "enum"
    if hint in (str, float):
        return "text"
    raise ValueError(f"no ADMX element for {key}: {hint}")


def example_comments() -> dict[str, tuple[str, str]]:
    """{key: (Japanese, English)} from the comment block right above each key."""
    lines = EXAMPLE.read_text("utf-8").splitlines()
    out: dict[str, tuple[str, str]] = {}
    for i, line in enumerate(lines):
        m = re.match(r"^([a-z0-9_]+)\s*=", line)
        if not m:
            continue
        block: list[str] = []
        j = i - 1
        while j >= 0 and lines[j].startswith("#"):
            block.insert(0, lines[j].lstrip("#").strip())
            j -= 1
        ja: list[str] = []
        en: list[str] = []
        for text in block:
            if not text or set(text) <= {"-"}:
                continue
            if " / " in text and _JAPANESE.search(text.split(" / ")[0]):
                a, b = text.split(" / ", 1)
                ja.append(a.strip())
                en.append(b.strip())
            elif _JAPANESE.search(text):
                ja.append(text)
            else:
                en.append(text)
        out[m.group(1)] = (" ".join(ja), " ".join(en))
    return out


def _reg_type(key: str) -> str:
    return {"boolean": "REG_DWORD 1/0", "decimal": "REG_DWORD", "list": "",
            "enum": "REG_SZ", "text": "REG_SZ"}[kind(key)]


# A paragraph of policy.example.toml that belongs to a whole section, repeated for each key.
SECTION_NOTES: dict[str, tuple[str, str]] = {
    key: ("職員ごとに、その PC の利用記録から今月（暦月）に Azure OpenAI・OpenAI 互換サーバーへ送った分を"
          "数えます。クリップボード経由は数えません。警告の割合に達すると画面とコマンドラインで警告し、"
          "上限に達するとそれ以上は送信しません（入力は残ります。コマンドラインは終了コード 5）。"
          "翌月 1 日に戻ります。",
          "Counted per user from the PC's usage log for the current calendar month: what was sent "
          "to Azure OpenAI or an OpenAI-compatible server (the clipboard relay is not counted). At "
          "the warning threshold the app and the command line warn; at a limit nothing more is "
          "sent (the user's input stays; the command line exits with code 5). It resets on the "
          "1st of the next month.")
    for key in ("monthly_token_budget", "monthly_cost_budget_jpy", "budget_warning_percent")
}


def _default_text(key: str) -> str:
    value = default_value(key)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, list):
        return ", ".join(value) if value else "—"
    return str(value) if value != "" else "—"


def explain(key: str, comments: dict[str, tuple[str, str]]) -> tuple[str, str]:
    ja, en = comments[key]
    if key in SECTION_NOTES:
        ja, en = f"{ja}\n{SECTION_NOTES[key][0]}", f"{en}\n{SECTION_NOTES[key][1]}"
    location = f"HKLM\\{POLICY_KEY}"
    if kind(key) == "list":
        ja_reg = f"レジストリ: {location}\\{key} の値 1, 2, 3…（REG_SZ、1 つに 1 項目）。"
        en_reg = f"Registry: values 1, 2, 3... (REG_SZ, one item each) under {location}\\{key}."
    else:
        ja_reg = f"レジストリ: {location} の値 {key}（{_reg_type(key)}）。"
        en_reg = f"Registry: value {key} ({_reg_type(key)}) under {location}."
    note_ja = ("「有効」にするとこの値を設定し、ポリシーファイル policy.toml の同じ項目より優先されます。"
               "「無効」「未構成」では設定しません。職員が変更できないようにするには、"
               f"「固定する項目」に {key} を加えてください。")
    note_en = ("Enabled sets this value; it wins over the same key in policy.toml. Disabled or "
               "Not Configured sets nothing. To stop users changing it, add "
               f"{key} to \"Keys users cannot change\".")
    if _HINTS[key] is float:
        note_ja += " 小数で入力できます（例: 0.5）。"
        note_en += " Decimals are allowed (e.g. 0.5)."
    default = _default_text(key)
    return (f"{ja}\n\n{ja_reg}\n{note_ja}\n既定値: {default}",
            f"{en}\n\n{en_reg}\n{note_en}\nDefault: {default}")


def _element(key: str) -> str:
    k = kind(key)
    if k == "boolean":
        return (f'<boolean id="{key}" valueName="{key}">'
                '<trueValue><decimal value="1" /></trueValue>'
                '<falseValue><decimal value="0" /></falseValue></boolean>')
    if k == "decimal":
        low, high = _RANGES[key]
        return (f'<decimal id="{key}" valueName="{key}" required="true" '
                f'minValue="{int(low or 0)}" maxValue="{int(high if high is not None else 4294967295)}" />')
    if k == "enum":
        items = "".join(
            f'\n          <item displayName="$(string.{key}_{c})"><value><string>{escape(c)}'
            "</string></value></item>" for c in choices_for(key) or ())
        return f'<enum id="{key}" valueName="{key}" required="true">{items}\n        </enum>'
    if k == "list":
        return f'<list id="{key}" key="{POLICY_KEY}\\{key}" valuePrefix="" />'
    return f'<text id="{key}" valueName="{key}" required="true" maxLength="2048" />'


def _policy(name: str, category: str, element: str) -> str:
    return (f'    <policy name="{name}" class="Machine" displayName="$(string.{name})" '
            f'explainText="$(string.{name}_Help)" presentation="$(presentation.{name})" '
            f'key="{POLICY_KEY}">\n'
            f'      <parentCategory ref="{category}" />\n'
            '      <supportedOn ref="SUPPORTED_OfficeAssistant" />\n'
            f'      <elements>\n        {element}\n      </elements>\n'
            '    </policy>\n')


def admx() -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>\n',
           '<!-- Generated by installer/admx/generate.py from desktop/core/settings.py and '
           'installer/policy.example.toml. Do not edit by hand. -->\n',
           f'<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
           f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="{REVISION}" '
           f'schemaVersion="1.0" xmlns="{PD}">\n',
           '  <policyNamespaces>\n',
           f'    <target prefix="officeassistant" namespace="{NAMESPACE}" />\n',
           '  </policyNamespaces>\n',
           f'  <resources minRequiredRevision="{REVISION}" />\n',
           '  <supportedOn>\n    <definitions>\n',
           '      <definition name="SUPPORTED_OfficeAssistant" '
           'displayName="$(string.SUPPORTED_OfficeAssistant)" />\n',
           '    </definitions>\n  </supportedOn>\n',
           '  <categories>\n',
           '    <category name="OfficeAssistant" displayName="$(string.Cat_OfficeAssistant)" />\n']
    for cat, _ja, _en, _keys in CATEGORIES:
        out.append(f'    <category name="Cat_{cat}" displayName="$(string.Cat_{cat})">\n'
                   '      <parentCategory ref="OfficeAssistant" />\n    </category>\n')
    out.append('  </categories>\n  <policies>\n')
    out.append(_policy("locked", "OfficeAssistant",
                       f'<list id="locked" key="{POLICY_KEY}\\locked" valuePrefix="" />'))
    for cat, _ja, _en, keys in CATEGORIES:
        for key in keys:
            out.append(_policy(key, f"Cat_{cat}", _element(key)))
    out.append('  </policies>\n</policyDefinitions>\n')
    return "".join(out)


def _presentation(key: str, label: str) -> str:
    k = "list" if key == "locked" else kind(key)
    default = None if key == "locked" else default_value(key)
    if k == "boolean":
        body = f'<checkBox refId="{key}" defaultChecked="{str(default).lower()}">{escape(label)}</checkBox>'
    elif k == "decimal":
        body = (f'<decimalTextBox refId="{key}" defaultValue="{default}" spinStep="1">'
                f"{escape(label)}</decimalTextBox>")
    elif k == "enum":
        index = (choices_for(key) or ()).index(default)
        body = (f'<dropdownList refId="{key}" noSort="true" defaultItem="{index}">'
                f"{escape(label)}</dropdownList>")
    elif k == "list":
        body = f'<listBox refId="{key}">{escape(label)}</listBox>'
    else:
        value = f"<defaultValue>{escape(str(default))}</defaultValue>" if default != "" else ""
        body = f'<textBox refId="{key}"><label>{escape(label)}</label>{value}</textBox>'
    return f'      <presentation id="{key}">\n        {body}\n      </presentation>\n'


def adml(lang: str) -> str:
    ja = lang == "ja-JP"
    comments = example_comments()
    strings: list[tuple[str, str]] = [
        ("Cat_OfficeAssistant", "業務AIアシスタント" if ja else "Office Assistant"),
        ("SUPPORTED_OfficeAssistant",
         "業務AIアシスタント（このテンプレートと同じ版以降）" if ja
         else "Office Assistant (the version of these templates or later)"),
        ("locked", "固定する項目（職員が変更できない項目）" if ja else "Keys users cannot change"),
        ("locked_Help", (
            "ここに挙げた設定項目名（endpoint、deployment など）は、職員が設定画面からもコマンドラインからも"
            "変更できなくなります。固定する項目には、このテンプレートの該当するポリシーか policy.toml で"
            "値も設定してください（値のない固定項目は誤りとして扱われ、アプリは送信しません）。"
            "* を 1 行だけ書くと、レジストリに設定したすべての項目を固定します。policy.toml の locked と"
            f"合わせた全体が固定されます。\n\nレジストリ: HKLM\\{POLICY_KEY}\\locked の値 1, 2, 3…（REG_SZ）。"
            if ja else
            "The setting keys listed here (endpoint, deployment, ...) cannot be changed by users, "
            "neither in the settings dialog nor on the command line. A locked key also needs a "
            "value, from its policy here or from policy.toml (a lock without a value is an error "
            "and the app sends nothing). A single line * locks every key set in the registry. "
            "Keys locked here and in policy.toml's locked are all locked.\n\n"
            f"Registry: values 1, 2, 3... (REG_SZ) under HKLM\\{POLICY_KEY}\\locked.")),
    ]
    for cat, cja, cen, keys in CATEGORIES:
        strings.append((f"Cat_{cat}", cja if ja else cen))
        for key in keys:
            name = f"{label_for(key)}（{key}）" if ja else f"{EN_NAMES[key]} ({key})"
            help_ja, help_en = explain(key, comments)
            strings.append((key, name))
            strings.append((f"{key}_Help", help_ja if ja else help_en))
            for choice in choices_for(key) or ():
                strings.append((f"{key}_{choice}", CHOICE_NAMES[choice][0 if ja else 1]))
    presentations = [_presentation("locked", "設定項目名（1 行に 1 つ、または *）" if ja
                                   else "Setting keys (one per line, or *)")]
    for _cat, _cja, _cen, keys in CATEGORIES:
        for key in keys:
            presentations.append(_presentation(key, label_for(key) if ja else EN_NAMES[key]))
    title = "業務AIアシスタント" if ja else "Office Assistant"
    desc = ("業務AIアシスタントの組織ポリシー（HKLM\\SOFTWARE\\Policies\\OfficeAssistant）" if ja
            else "Office Assistant machine policy (HKLM\\SOFTWARE\\Policies\\OfficeAssistant)")
    out = ['<?xml version="1.0" encoding="utf-8"?>\n',
           '<!-- Generated by installer/admx/generate.py. Do not edit by hand. -->\n',
           f'<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
           f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="{REVISION}" '
           f'schemaVersion="1.0" xmlns="{PD}">\n',
           f"  <displayName>{escape(title)}</displayName>\n",
           f"  <description>{escape(desc)}</description>\n",
           "  <resources>\n    <stringTable>\n"]
    for sid, text in strings:
        out.append(f'      <string id={quoteattr(sid)}>{escape(text)}</string>\n')
    out.append("    </stringTable>\n    <presentationTable>\n")
    out.extend(presentations)
    out.append("    </presentationTable>\n  </resources>\n</policyDefinitionResources>\n")
    return "".join(out)


def outputs() -> dict[Path, str]:
    covered = [k for _c, _j, _e, keys in CATEGORIES for k in keys]
    expected = set(Settings.field_names())
    if sorted(covered + list(OMITTED)) != sorted(expected):
        missing = expected - set(covered) - set(OMITTED)
        raise SystemExit(f"every setting must be in CATEGORIES or OMITTED: {sorted(missing)}")
    return {HERE / "OfficeAssistant.admx": admx(),
            HERE / "ja-JP" / "OfficeAssistant.adml": adml("ja-JP"),
            HERE / "en-US" / "OfficeAssistant.adml": adml("en-US")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a file is out of date")
    args = parser.parse_args(argv)
    stale = []
    for path, text in outputs().items():
        current = path.read_text("utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8", newline="\r\n")
    if args.check and stale:
        print("out of date: " + ", ".join(str(p.relative_to(ROOT)) for p in stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
