from __future__ import annotations

import json

from desktop.cli import main
from tests.templates.helpers import write_template


def test_validate_builtin_folder_passes(capsys):
    from desktop.core.paths import builtin_templates_dir

    assert main(["templates", "validate", str(builtin_templates_dir())]) == 0
    assert "誤りはありません" in capsys.readouterr().err


def test_validate_reports_each_problem_as_path_colon_message(tmp_path, capsys):
    good = write_template(tmp_path / "d", "good")
    bad = tmp_path / "d" / "bad.toml"
    bad.write_text('id = "bad"\nversion = 1\ntitle = "t"\ncategory = "c"\nmanual_minutes = 5\n'
                   'user = "{{missing}}"\n', "utf-8")
    code = main(["templates", "validate", str(tmp_path / "d"), str(good)])
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 1
    assert out == [f"{bad}: プロンプトの {{{{missing}}}} に対応する変数が variables にありません"]


def test_validate_missing_path_fails(tmp_path, capsys):
    assert main(["templates", "validate", str(tmp_path / "nowhere")]) == 1
    assert "見つかりません" in capsys.readouterr().out


def test_list_json_includes_user_templates(services, capsys):
    write_template(services.paths.user_templates_dir, "mine", "自分の")
    assert main(["templates", "list", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["mine"]["source"] == "user" and rows["mine"]["title"] == "自分の"
    assert rows["summarize"]["manual_minutes"] == 30 and rows["summarize"]["output"] == "text"
    assert set(rows["greeting"]) >= {"id", "title", "title_en", "category", "source",
                                     "manual_minutes", "output", "path"}


def test_show_export_import_preview(tmp_path, capsys):
    assert main(["templates", "show", "greeting"]) == 0
    assert "date: 開催日" in capsys.readouterr().out
    target = tmp_path / "g.toml"
    assert main(["templates", "export", "greeting", str(target)]) == 0
    text = target.read_text("utf-8").replace('id = "greeting"', 'id = "my-greeting"')
    target.write_text(text, "utf-8")
    assert main(["templates", "import", str(target)]) == 0
    assert main(["templates", "import", str(target)]) == 2  # exists; --force overwrites
    assert main(["templates", "import", "--force", str(target)]) == 0
    capsys.readouterr()
    assert main(["templates", "preview", "my-greeting", "--set", "event=式典",
                 "--set", "speaker=市長", "--set", "date=2025-03-01"]) == 0
    assert "「早春の候」" in capsys.readouterr().out
    assert main(["templates", "preview", "my-greeting"]) == 1
    assert "入力してください" in capsys.readouterr().err


def test_run_says_when_the_organisations_template_folder_cannot_be_read(tmp_path, policy_file,
                                                                        capsys, monkeypatch):
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", "https://example.invalid/")
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", "test-key")
    gone = tmp_path / "share" / "templates"  # the share is not there (offline, unmapped)
    policy_file.write_text(f'org_template_folder = "{gone.as_posix()}"\n', "utf-8")
    code = main(["run", "org-greeting", "--var", "text=x"])
    err = capsys.readouterr().err
    assert code != 0 and "org-greeting" in err and "見つかりません" in err
    assert "警告: " in err and str(gone) in err  # why it is not found: the folder
