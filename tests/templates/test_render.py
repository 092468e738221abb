from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import UserFacingError
from desktop.core.paths import builtin_templates_dir
from desktop.core.templates import (
    MissingValueError,
    TemplateValueError,
    load_template_file,
    parse_template_text,
    render,
    to_wareki,
)
from tests.templates.helpers import MINIMAL


def _builtin(tid: str):
    return load_template_file(builtin_templates_dir() / f"{tid}.toml", "builtin")


def test_values_are_data_and_never_expanded_again():
    t = _builtin("email")
    r = render(t, {"recipient": "{{points}}", "points": "本文に {{recipient}} と {{#if x}} を含む",
                   "sender": "{{today}}"})
    assert "宛先: {{points}}" in r.user
    assert "本文に {{recipient}} と {{#if x}} を含む" in r.user
    assert "{{today}}" in r.user


@given(st.text(max_size=200))
def test_any_user_text_appears_verbatim(value):
    t = parse_template_text(MINIMAL.format(id="x", title="t"))
    if not value.strip():
        return
    r = render(t, {"text": value})
    normalised = value.replace("\r\n", "\n").replace("\r", "\n")
    assert r.user == f"次を要約: {normalised}".strip()


def test_missing_required_value_is_a_user_facing_error():
    t = _builtin("summarize")
    with pytest.raises(MissingValueError) as info:
        render(t, {"text": "  "})
    assert isinstance(info.value, UserFacingError)
    assert "「要約する文書」を入力してください" in info.value.user_message


def test_number_out_of_range_and_bad_choice():
    t = _builtin("summarize")
    with pytest.raises(TemplateValueError) as info:
        render(t, {"text": "本文", "points": "99", "purpose": "何か"})
    messages = " ".join(p.message for p in info.value.problems)
    assert "10 以下" in messages and "一覧から選んで" in messages
    assert not isinstance(info.value, MissingValueError)


def test_max_length_is_enforced_with_count():
    t = _builtin("summarize")
    with pytest.raises(TemplateValueError) as info:
        render(t, {"text": "あ" * 60001})
    assert "60,001 文字" in info.value.user_message


def test_greeting_picks_seasonal_words_from_the_month_and_writes_wareki():
    t = _builtin("greeting")
    r = render(t, {"event": "市民文化祭", "speaker": "市長", "date": "2025-11-03"})
    assert "令和7年11月3日" in r.user
    assert "「晩秋の候」" in r.user and "11月" in r.user
    r2 = render(t, {"event": "成人式", "speaker": "市長", "date": "2026-01-12"})
    assert "「新春の候」" in r2.user


def test_optional_sections_disappear_without_leaving_blank_lines():
    t = _builtin("greeting")
    r = render(t, {"event": "式典", "speaker": "市長", "date": "2025-04-01"})
    assert "聞き手" not in r.user and "盛り込みたい内容" not in r.user
    assert "\n\n\n" not in r.user
    r2 = render(t, {"event": "式典", "speaker": "市長", "date": "2025-04-01", "audience": "来賓"})
    assert "- 聞き手・読み手: 来賓\n- 形式" in r2.user


def test_defaults_apply_only_when_no_value_given():
    t = _builtin("summarize")
    r = render(t, {"text": "本文"})
    assert "箇条書きで3点、1項目140文字程度" in r.user
    r2 = render(t, {"text": "本文", "points": "5", "chars": "100"})
    assert "箇条書きで5点、1項目100文字程度" in r2.user


def test_today_builtin_and_wareki_edges():
    t = _builtin("reply-resident")
    r = render(t, {"enquiry": "苦情", "facts": "修理済み", "department": "道路課"},
               today=dt.date(2019, 5, 1))
    assert "令和元年5月1日" in r.user
    assert to_wareki(dt.date(2019, 4, 30)) == "平成31年4月30日"


def test_every_builtin_renders_with_its_required_values():
    for path in sorted(builtin_templates_dir().glob("*.toml")):
        t = load_template_file(path, "builtin")
        values = {}
        for v in t.variables:
            if v.required:
                values[v.name] = {"number": str(int(v.min or 1)), "date": "2025-06-01",
                                  "choice": v.choices[0] if v.choices else ""}.get(v.type, "テスト")
        r = render(t, values)
        assert "{{" not in r.system + r.user, t.id
        assert r.user
