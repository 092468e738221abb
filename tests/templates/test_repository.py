from __future__ import annotations

import pytest

from desktop.core.paths import AppPaths
from desktop.core.selftest import check_templates
from desktop.core.settings import Settings
from desktop.core.templates import (
    FormStateStore,
    TemplateExistsError,
    TemplateFormatError,
    TemplateNotEditableError,
    TemplateRepository,
    load_template_file,
)
from tests.templates.helpers import write_template


@pytest.fixture
def folders(tmp_path):
    return tmp_path / "builtin", tmp_path / "org", tmp_path / "user"


def _repo(folders):
    b, o, u = folders
    return TemplateRepository([("builtin", b), ("organisation", o), ("user", u)])


def test_user_overrides_organisation_overrides_builtin(folders):
    b, o, u = folders
    write_template(b, "a", "内蔵A")
    write_template(b, "b", "内蔵B")
    write_template(b, "c", "内蔵C")
    write_template(o, "b", "組織B")
    write_template(o, "c", "組織C")
    write_template(u, "c", "個人C")
    repo = _repo(folders)
    assert repo.reload() == []
    assert (repo.get("a").title, repo.get("a").source) == ("内蔵A", "builtin")
    assert (repo.get("b").title, repo.get("b").source) == ("組織B", "organisation")
    assert (repo.get("c").title, repo.get("c").source) == ("個人C", "user")
    assert [t.title for t in repo.overridden["c"]] == ["内蔵C", "組織C"]
    with pytest.raises(KeyError):
        repo.get("nope")


def test_broken_files_are_reported_and_the_rest_still_load(folders):
    b, o, u = folders
    write_template(b, "good")
    (b / "broken.toml").write_text('id = "broken"\ntitle = ', "utf-8")
    write_template(o, "bad-type").write_text(
        (o / "bad-type.toml").read_text("utf-8").replace('"multiline"', '"memo"'), "utf-8")
    write_template(u, "good2")
    write_template(u, "good2", name="dup-of-good2")
    repo = _repo(folders)
    errors = repo.reload()
    assert sorted(t.id for t in repo.all()) == ["good", "good2"]
    by_file = {e.path.name: e.message for e in errors}
    assert "TOML の書式" in by_file["broken.toml"]
    assert "type" in by_file["bad-type.toml"]
    assert "重複" in by_file["good2.toml"] or "重複" in by_file["dup-of-good2.toml"]
    assert all(e.line().startswith(str(e.path) + ": ") for e in errors)


def test_unreachable_organisation_folder_is_a_folder_error(folders, tmp_path):
    b, _o, u = folders
    write_template(b, "a")
    repo = TemplateRepository([("builtin", b), ("organisation", tmp_path / "share-offline"),
                               ("user", u)])
    (err,) = repo.reload()
    assert err.kind == "folder" and "接続できません" in err.message
    assert [t.id for t in repo.all()] == ["a"]


def test_duplicate_edit_export_import_delete(folders, tmp_path):
    b, _o, u = folders
    write_template(b, "a", "内蔵A")
    (b / "a.toml").write_text("# 作者のコメント\n" + (b / "a.toml").read_text("utf-8"), "utf-8")
    repo = _repo(folders)
    copy = repo.duplicate("a", "my-a")
    assert copy.source == "user" and copy.title == "内蔵A（コピー）"
    assert "# 作者のコメント" in (u / "my-a.toml").read_text("utf-8")
    with pytest.raises(TemplateExistsError):
        repo.duplicate("a", "my-a")

    edited = repo.source_text("my-a").replace("内蔵A（コピー）", "自分用")
    saved = repo.save_user_text(edited, replace_id="my-a")
    assert repo.get("my-a").title == "自分用" == saved.title

    out = repo.export("my-a", tmp_path / "out" / "shared.toml")
    assert load_template_file(out).title == "自分用"

    repo.delete_user("my-a")
    assert "my-a" not in repo
    imported = repo.import_file(out)
    assert imported.id == "my-a" and imported.source == "user"
    with pytest.raises(TemplateExistsError):
        repo.import_file(out)
    with pytest.raises(TemplateNotEditableError):
        repo.delete_user("a")


def test_invalid_text_is_not_saved(folders):
    repo = _repo(folders)
    with pytest.raises(TemplateFormatError):
        repo.save_user_text('id = "x"\n')
    assert not folders[2].exists() or not list(folders[2].glob("*.toml"))


def test_for_settings_and_self_test(services, tmp_path):
    org = tmp_path / "org"
    write_template(org, "org-only", "組織専用")
    (org / "bad.toml").write_text("nonsense", "utf-8")
    services.settings.set("org_template_folder", str(org))
    repo = TemplateRepository.for_settings(services.paths, services.settings.settings)
    repo.reload()
    assert repo.get("org-only").source == "organisation"
    assert "summarize" in repo
    result = check_templates(services)
    assert result.status == "FAIL" and "bad.toml" in result.message
    (org / "bad.toml").unlink()
    assert check_templates(services).status == "OK"


def test_form_state_remembers_values_but_not_files_or_private_fields(tmp_path):
    from desktop.core.paths import builtin_templates_dir

    store = FormStateStore(tmp_path / "state.json", is_personal=lambda text: "山田" in text)
    t = load_template_file(builtin_templates_dir() / "reply-resident.toml", "builtin")
    store.remember(t, {"enquiry": "住民の氏名入り", "kind": "苦情", "department": "道路課"})
    again = FormStateStore(tmp_path / "state.json")
    assert again.get("reply-resident") == {"kind": "苦情", "department": "道路課"}
    assert "住民の氏名入り" not in (tmp_path / "state.json").read_text("utf-8")
    store.remember(t, {"kind": "苦情", "department": "山田さんの担当"})  # personal: not kept
    assert FormStateStore(tmp_path / "state.json").get("reply-resident") == {"kind": "苦情"}
    assert "山田" not in (tmp_path / "state.json").read_text("utf-8")
    # With no detector ready, free text is not kept at all; choices still are.
    FormStateStore(tmp_path / "s2.json").remember(t, {"kind": "苦情", "department": "道路課"})
    assert FormStateStore(tmp_path / "s2.json").get("reply-resident") == {"kind": "苦情"}
    (tmp_path / "state.json").write_text("{broken", "utf-8")
    assert FormStateStore(tmp_path / "state.json").get("reply-resident") == {}


def test_settings_type_is_accepted_directly():
    repo = TemplateRepository.for_settings(AppPaths.from_environment(), Settings())
    assert repo.sources[1] == ("organisation", None)
