"""`office-assistant run` with password-protected .docx/.xlsx/.pdf: real encrypted files, real CLI,
real SDK against the fake server. The password never comes from the command line itself."""

from __future__ import annotations

import getpass
import io
import sys
from pathlib import Path
from unittest import mock

import pytest

from desktop.cli import main
from tests.documents.pdf_maker import make_text_pdf
from tests.support.azure_fixtures import TEST_KEY

PASSWORD = "春の庭 2026!"  # spaces and non-ASCII survive a password file
PHONE = "03-1234-5678"
TEXT = f"Call back {PHONE} about the permit"  # ASCII: the hand-made PDF uses Helvetica


@pytest.fixture
def env(azure_server, monkeypatch):
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    return azure_server


def _locked(kind: str, folder: Path) -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile
    from pypdf import PdfReader, PdfWriter

    plain = folder / f"plain.{kind}"
    if kind == "docx":
        import docx

        d = docx.Document()
        d.add_paragraph(TEXT)
        d.save(plain)
    elif kind == "xlsx":
        import openpyxl

        wb = openpyxl.Workbook()
        wb.active.append(["memo", TEXT])
        wb.save(plain)
    locked = folder / f"locked.{kind}"
    if kind == "pdf":
        writer = PdfWriter(clone_from=PdfReader(make_text_pdf(plain, TEXT)))
        writer.encrypt(user_password=PASSWORD, owner_password="owner-only", algorithm="AES-256")
        with open(locked, "wb") as fh:
            writer.write(fh)
    else:
        out = io.BytesIO()
        with open(plain, "rb") as fh:
            OOXMLFile(fh).encrypt(PASSWORD, out)
        locked.write_bytes(out.getvalue())
    plain.unlink()
    return locked


def _password_file(folder: Path, password: str = PASSWORD) -> Path:
    path = folder / "pw.txt"
    path.write_text(password + "\r\n", "utf-8")  # Notepad's line end is not part of it
    return path


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["run", "summarize", "--no-stream", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("kind", ["docx", "xlsx", "pdf"])
def test_password_file_opens_a_protected_document(env, capsys, tmp_path, kind, app_home):
    locked = _locked(kind, tmp_path)
    code, out, err = _run(capsys, "--var-file", f"text={locked}",
                          "--password-file", f"text={_password_file(tmp_path)}")
    assert code == 0, err
    assert "permit" in out and PHONE in out  # read, and the phone restored in the answer
    sent = env.all_request_text()
    assert "permit" in sent and PHONE not in sent  # the document's text went out masked
    logs = "".join(p.read_text("utf-8", "replace") for p in app_home.rglob("*.log"))
    assert "document read" in logs and PASSWORD not in logs


def test_environment_variable_gives_the_password(env, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("OFFICE_ASSISTANT_DOCUMENT_PASSWORD", PASSWORD)
    code, out, err = _run(capsys, "--var-file", f"text={_locked('docx', tmp_path)}")
    assert code == 0, err
    assert PHONE in out


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_wrong_password_is_a_clear_japanese_error_and_nothing_is_sent(env, capsys, tmp_path, kind):
    code, out, err = _run(capsys, "--var-file", f"text={_locked(kind, tmp_path)}",
                          "--password-file", f"text={_password_file(tmp_path, 'wrong')}")
    assert code == 4 and out == ""
    assert err.startswith("エラー: ") and "パスワードが違います" in err
    assert "Traceback" not in err
    assert env.chat_requests == []


def test_missing_password_says_how_to_give_one(env, capsys, tmp_path):
    code, _out, err = _run(capsys, "--var-file", f"text={_locked('xlsx', tmp_path)}")
    assert code == 4
    assert "パスワードで保護されています" in err and "--password-file" in err
    assert env.chat_requests == []


def test_password_prompt_needs_a_terminal(env, capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))  # piped, not typed
    code, _out, err = _run(capsys, "--var-file", f"text={_locked('docx', tmp_path)}",
                           "--password", "text")
    assert code == 2 and "端末" in err and "--password-file" in err
    assert env.chat_requests == []


def test_password_prompt_on_a_terminal(env, capsys, tmp_path, monkeypatch):
    locked = _locked("docx", tmp_path)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    ask = mock.create_autospec(getpass.getpass, return_value=PASSWORD)
    monkeypatch.setattr(getpass, "getpass", ask)
    code, out, err = _run(capsys, "--var-file", f"text={locked}", "--password", "text")
    assert code == 0, err
    assert PHONE in out
    assert "locked.docx" in ask.call_args.args[0]  # the prompt names the file


def test_password_for_a_name_without_a_file_is_refused(env, capsys, tmp_path):
    code, _out, err = _run(capsys, "--var", "text=x", "--password-file", f"text={_password_file(tmp_path)}")
    assert code == 2 and "--var-file" in err


def test_run_help_offers_no_password_value_on_the_command_line(capsys):
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    out = capsys.readouterr().out
    assert "--password-file NAME=PATH" in out and "--password NAME" in out


def test_a_broken_cryptography_install_is_named_not_blamed_on_the_pdf(tmp_path):
    """pypdf silently falls back to a provider without AES when cryptography does not load."""
    import os
    import subprocess

    locked = _locked("pdf", tmp_path)
    shadow = tmp_path / "shadows" / "cryptography"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text('raise ImportError("DLL load failed")\n', "utf-8")
    code = ("import sys; from pathlib import Path\n"
            "from desktop.core.documents import read_document, DocumentError\n"
            "try:\n"
            f"    read_document(Path(sys.argv[1]), password={PASSWORD!r})\n"
            "except DocumentError as exc:\n"
            "    print(type(exc).__name__, exc.user_message)\n")
    env = {**os.environ, "PYTHONPATH": str(shadow.parent)}
    done = subprocess.run([sys.executable, "-c", code, str(locked)], capture_output=True, text=True,
                          env=env, cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert "cryptography" in done.stdout and "self-test" in done.stdout, done.stdout + done.stderr
    assert "CorruptDocument" not in done.stdout


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_mask_opens_a_protected_file_like_run(tmp_path, capsys, monkeypatch, kind):
    locked = _locked(kind, tmp_path)
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSWORD + "\n", "utf-8")
    assert main(["mask", str(locked), "--password-file", str(secret)]) == 0
    out = capsys.readouterr().out
    assert "permit" in out and PHONE not in out
    monkeypatch.setenv("OFFICE_ASSISTANT_DOCUMENT_PASSWORD", "wrong")
    assert main(["mask", str(locked)]) == 4
    assert "パスワード" in capsys.readouterr().err


def test_a_missing_document_is_exit_4_for_run_and_mask(tmp_path, capsys, env):
    missing = tmp_path / "ない.docx"
    assert main(["run", "summarize", "--var-file", f"text={missing}"]) == 4
    assert main(["mask", str(missing)]) == 4
    assert main(["mask", str(tmp_path / "ない.txt")]) == 4
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("ない.") == 3
