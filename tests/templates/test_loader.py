from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.paths import builtin_templates_dir
from desktop.core.templates import (
    TemplateFormatError,
    load_template_file,
    parse_template_text,
    template_to_toml,
)
from tests.templates.helpers import MINIMAL

REQUIRED_BUILTINS = {"summarize", "greeting", "email", "reply-resident", "minutes", "proofread",
                     "translate", "plain-japanese", "ideas", "agenda"}


def _problems(text: str) -> list[str]:
    with pytest.raises(TemplateFormatError) as info:
        parse_template_text(text)
    return info.value.problems


def test_every_builtin_template_validates_and_has_both_languages():
    files = sorted(builtin_templates_dir().glob("*.toml"))
    loaded = {load_template_file(p, "builtin").id: load_template_file(p, "builtin") for p in files}
    assert set(loaded) >= REQUIRED_BUILTINS
    for tid in REQUIRED_BUILTINS:
        t = loaded[tid]
        assert t.version == 1
        assert t.title and t.title_en and t.description and t.description_en
        assert 5 <= t.manual_minutes <= 120
        assert "あなたは" in t.system, f"{tid} should give the model a role"
    assert loaded["summarize"].variable("text").type == "multiline"
    assert loaded["summarize"].document_variable().name == "text"
    assert loaded["greeting"].variable("date").type == "date"
    assert "英語" in loaded["translate"].variable("target").choices


def test_unknown_top_level_key_is_named_in_japanese():
    text = MINIMAL.format(id="x", title="t") .replace("manual_minutes = 10",
                                                      "manual_minute = 10")
    problems = _problems(text)
    assert any("manual_minute」は使えない項目" in p for p in problems)
    assert any("manual_minutes」がありません" in p for p in problems)


def test_bad_variable_type_names_the_variable_and_allowed_types():
    text = MINIMAL.format(id="x", title="t").replace('type = "multiline"', 'type = "dat"')
    (problem,) = _problems(text)
    assert "variables[0]（text）.type" in problem
    assert "text, multiline, choice, number, date, file" in problem


def test_undeclared_slot_and_unused_variable_are_reported():
    text = MINIMAL.format(id="x", title="t").replace("{{text}}", "{{txt}}")
    problems = _problems(text)
    assert any("{{txt}}" in p and "variables にありません" in p for p in problems)
    assert any("変数「text」" in p and "使われていません" in p for p in problems)


def test_toml_syntax_error_reports_line_number():
    (problem,) = _problems('id = "x"\ntitle = "unterminated\n')
    assert "TOML の書式" in problem and "2 行目" in problem


@pytest.mark.parametrize("snippet, expected", [
    ('\n[[variables]]\nname = "c"\ntype = "choice"\nlabel = "選択"\n', "choices」がありません"),
    ('\n[[variables]]\nname = "n"\ntype = "number"\nlabel = "数"\nmin = 5\nmax = 1\n',
     "min が max より大きく"),
    ('\n[[variables]]\nname = "d"\ntype = "date"\nlabel = "日"\ndefault = "tomorrow"\n',
     "default」は \"today\""),
    ('\n[[variables]]\nname = "f"\ntype = "file"\nlabel = "f"\naccept = [".exe"]\n',
     "accept」の「.exe」"),
])
def test_variable_limits_are_checked(snippet, expected):
    text = MINIMAL.format(id="x", title="t") + snippet
    text = text.replace("{{text}}", "{{text}}{{c}}{{n}}{{d}}{{f}}")
    problems = _problems(text)
    assert any(expected in p for p in problems), problems


def test_unclosed_block_is_a_syntax_problem():
    text = MINIMAL.format(id="x", title="t").replace("{{text}}", "{{#if text}}{{text}}")
    problems = _problems(text)
    assert any("user」の書き方に誤り" in p and "閉じられていません" in p for p in problems)


def test_round_trip_through_toml_keeps_everything():
    t = load_template_file(builtin_templates_dir() / "greeting.toml", "builtin")
    again = parse_template_text(template_to_toml(t), source="builtin",
                                path=Path("greeting.toml"))
    assert again == t


def test_utf8_bom_is_accepted_and_shift_jis_is_explained(tmp_path):
    good = tmp_path / "bom.toml"
    good.write_bytes(b"\xef\xbb\xbf" + MINIMAL.format(id="bom", title="t").encode("utf-8"))
    assert load_template_file(good).id == "bom"
    bad = tmp_path / "sjis.toml"
    bad.write_bytes(MINIMAL.format(id="sjis", title="日本語").encode("cp932"))
    with pytest.raises(TemplateFormatError) as info:
        load_template_file(bad)
    assert "UTF-8" in info.value.problems[0]


def test_readme_example_is_a_valid_template():
    import re

    readme = (builtin_templates_dir() / "README.md").read_text("utf-8")
    example = re.search(r"## 例\n\n```toml\n(.*?)```", readme, re.S).group(1)
    t = parse_template_text(example)
    assert t.id == "notice-summary" and [v.name for v in t.variables] == [
        "text", "section", "points", "focus"]
