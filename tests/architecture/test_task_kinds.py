"""Task kinds are the extension point of the request path: a new kind plugs in at one place and
the pipeline, the template loader and the CLI use its hooks without a branch of their own."""

from __future__ import annotations

import json
from typing import Any, ClassVar

import pytest

from desktop.core import tasks
from desktop.core.errors import UserFacingError
from desktop.core.pipeline import Pipeline
from desktop.core.tasks import AnswerContext, CliReport, TaskKind, builtin, kind_for, kind_names
from desktop.core.templates import parse_template_text
from tests.llm.conftest import PEOPLE, TEMPLATE
from tests.support.azure_fixtures import TEST_KEY, azure_settings


class ShoutKind(TaskKind):
    """A toy kind: adds a value to the prompt, inspects the answer, prints it its own way."""

    name: ClassVar[str] = "shout"
    streams: ClassVar[bool] = False
    seen: ClassVar[list[str]] = []

    def prompt_values(self, template, values, files, settings, resources) -> dict[str, str]:
        return {**values, "volume": f"音量{len(values.get('text', ''))}"}

    def finish(self, ctx: AnswerContext) -> dict[str, Any]:
        ShoutKind.seen.append(ctx.output)
        return {"shouted": ctx.output.count("！") + 1}

    def cli_report(self, result) -> CliReport:
        return CliReport(result.output.upper(), ("大声で出力しました",))


SHOUT_TEMPLATE = TEMPLATE.replace('output = "text"', 'output = "shout"').replace(
    '次の文書を要約してください。', '次の文書を{{volume}}で要約してください。') + '''
[[variables]]
name = "volume"
type = "text"
label = "音量（自動）"
'''


@pytest.fixture
def shout(monkeypatch):
    """The toy kind registered the way a real one is: one more entry in BUILTIN_KINDS."""
    monkeypatch.setattr(builtin, "BUILTIN_KINDS", (*builtin.BUILTIN_KINDS, ShoutKind()))
    tasks.reload_kinds()
    ShoutKind.seen.clear()
    yield ShoutKind
    tasks.reload_kinds()


def test_the_builtin_kinds_are_registered_and_an_unknown_name_is_text():
    assert set(kind_names()) >= {"text", "letter", "excel_formula"}
    assert kind_for("excel_formula").reads_files is False
    assert kind_for("no-such-kind").name == "text"


def test_a_template_may_declare_a_registered_kind_only(shout):
    assert parse_template_text(SHOUT_TEMPLATE).output == "shout"
    tasks.reload_kinds()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(builtin, "BUILTIN_KINDS", builtin.BUILTIN_KINDS[:-1])
        tasks.reload_kinds()
        with pytest.raises(UserFacingError) as info:
            parse_template_text(SHOUT_TEMPLATE)
        assert "「shout」は使えません" in info.value.user_message
    tasks.reload_kinds()


def test_the_pipeline_runs_a_new_kind_through_its_hooks(shout, azure_server, masker, usage):
    template = parse_template_text(SHOUT_TEMPLATE)
    pipe = Pipeline(azure_settings(azure_server), lambda: TEST_KEY, masker, usage)
    text = f"{PEOPLE[0]}さんから電話がありました！"
    result = pipe.execute(pipe.prepare(template, {"text": text}))
    assert result.ok, result.error
    sent = azure_server.chat_requests[-1].prompt_text
    assert f"音量{len(text)}" in sent  # prompt_values reached the request ...
    assert PEOPLE[0] not in sent  # ... and what it added was masked with the rest
    assert ShoutKind.seen == [result.output]  # finish saw the un-masked answer
    assert PEOPLE[0] in result.output and result.extra["shouted"] == 2


def test_the_cli_prints_what_the_kind_reports(shout, azure_server, monkeypatch, tmp_path, capsys):
    from desktop.cli import main

    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    folder = tmp_path / "org"
    folder.mkdir()
    (folder / "shout.toml").write_text(SHOUT_TEMPLATE.replace('id = "notice"', 'id = "shout"'),
                                       "utf-8")
    (tmp_path / "policy.toml").write_text(f'org_template_folder = "{folder.as_posix()}"\n',
                                          "utf-8")
    code = main(["run", "shout", "--var", "text=abc"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "ABC" in out.out and "大声で出力しました" in out.err
    code = main(["run", "shout", "--var", "text=abc", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["shouted"] == 1
