"""The command line with an on-premises server: `config test`, `self-test --connection`, long
documents with progress on stderr, and bad environment values as a new user would set them."""

from __future__ import annotations

import pytest

from desktop.cli import main
from tests.llm.conftest import PEOPLE, PERSONAL
from tests.llm.test_onprem import long_doc, summary_reply
from tests.support.azure_fixtures import TEST_KEY


@pytest.fixture
def llama(fake_server_factory, monkeypatch, tmp_path):
    server = fake_server_factory(flavour="llama.cpp", context_window=1500, rambling=False)
    server.reply = summary_reply
    monkeypatch.setenv("OFFICE_ASSISTANT_PROVIDER", "openai_compatible")
    monkeypatch.setenv("OFFICE_ASSISTANT_BASE_URL", server.openai_base_url)
    monkeypatch.setenv("OFFICE_ASSISTANT_MODEL", "gemma3-270m")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    words = tmp_path / "dictionary.txt"
    words.write_text("\n".join(PEOPLE), "utf-8")
    policy = tmp_path / "policy.toml"
    policy.write_text(f'masking_dictionary_file = "{words.as_posix()}"\n'
                      "max_output_tokens_text = 300\nmax_output_tokens_part = 200\n"
                      "use_system_trust_store = false\n", "utf-8")
    monkeypatch.setenv("OFFICE_ASSISTANT_POLICY", str(policy))
    return server


def test_config_test_succeeds_and_names_the_window(llama, capsys):
    code = main(["config", "test"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "接続できました" in out.out and "1500" in out.out
    assert llama.chat_requests[-1].body["max_tokens"] == 16


def test_config_test_failure_is_japanese_and_nonzero(llama, capsys, monkeypatch):
    monkeypatch.setenv("OFFICE_ASSISTANT_BASE_URL", llama.endpoint)  # /v1 forgotten
    code = main(["config", "test"])
    err = capsys.readouterr().err
    assert code == 1 and "/v1" in err and "Traceback" not in err


def test_self_test_connection_line(llama, capsys):
    main(["self-test", "--no-window", "--connection"])
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("[") and "] connection:" in x)
    assert line.startswith("[OK] connection:") and "接続できました" in line


def test_run_long_document_reports_progress_on_stderr(llama, capsys, tmp_path):
    doc = tmp_path / "long.txt"
    doc.write_text(long_doc(), "utf-8")
    code = main(["run", "summarize", "--var-file", f"text={doc}"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "長い文書を分けて処理しています: 1/" in out.err
    assert out.out.startswith("要約")  # stdout holds only the answer
    sent = llama.all_request_text()
    for item in PERSONAL:
        assert item not in sent
    assert all(r.body.get("max_tokens") for r in llama.chat_requests)


@pytest.mark.parametrize(("var", "value", "expected"), [
    ("OFFICE_ASSISTANT_BASE_URL", "127.0.0.1:18080/v1", "http://"),
    ("OFFICE_ASSISTANT_PROVIDER", "openai", "openai_compatible"),
])
def test_bad_environment_values_are_a_message_not_a_traceback(llama, capsys, monkeypatch, var,
                                                              value, expected):
    monkeypatch.setenv(var, value)
    for argv in (["config", "test"], ["run", "summarize", "--var", "text=短い文書"]):
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 2, err
        assert err.startswith("エラー: 環境変数 " + var) and expected in err
        assert "Traceback" not in err
