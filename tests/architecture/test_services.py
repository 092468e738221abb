"""The composition root's failure policy: what fails closed, what degrades with a notice."""

from __future__ import annotations

from desktop.core.pipeline import MaskerUnavailable
from desktop.core.services import build_services


def test_an_unopenable_usage_log_degrades_with_a_notice(tmp_path):
    services = build_services()
    services.paths.usage_db.mkdir(parents=True)  # a folder where the database file should be
    assert services.usage_store() is None
    assert any("利用記録" in n for n in services.notices)
    pipeline = services.pipeline()  # tasks still run, unlogged
    assert pipeline.context_window is None


def test_an_unreadable_masking_dictionary_fails_closed(tmp_path):
    (tmp_path / "policy.toml").write_text(
        f'masking_dictionary_file = "{(tmp_path / "missing.txt").as_posix()}"\n', "utf-8")
    services = build_services()
    try:
        services.masker()
    except MaskerUnavailable as exc:
        assert "missing.txt" in exc.user_message or "辞書" in exc.user_message
    else:
        raise AssertionError("a masker without IT's dictionary was built")
    pipeline = services.pipeline()
    try:
        pipeline.check_can_send()
    except MaskerUnavailable:
        pass
    else:
        raise AssertionError("the pipeline would send without IT's dictionary")


def test_the_cli_says_when_the_usage_log_is_unavailable(tmp_path, monkeypatch, capsys,
                                                       azure_server):
    from desktop.cli import main
    from tests.support.azure_fixtures import TEST_KEY

    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    build_services().paths.usage_db.mkdir(parents=True)
    code = main(["run", "summarize", "--var", "text=会議の記録です。"])
    out = capsys.readouterr()
    assert code == 0
    assert "警告" in out.err and "利用記録" in out.err
