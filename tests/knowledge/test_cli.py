"""`office-assistant knowledge ...` and `ask` through the real CLI entry point; `ask` with the
real openai SDK against the local Azure-protocol server."""

from __future__ import annotations

import io
import json

import pytest

from desktop.cli import main
from tests.support.azure_fixtures import TEST_KEY


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_add_status_search_and_jsonl(share, capsys, monkeypatch):
    code, out, err = run(capsys, "knowledge", "add", str(share))
    assert code == 0, err
    assert "索引しました: 6 件" in out
    code, out, _ = run(capsys, "knowledge", "status", "--json")
    status = json.loads(out)
    assert status["documents"] == 6 and status["folders"][0]["source"] == "user"
    code, out, _ = run(capsys, "knowledge", "search", "印鑑証明の手数料", "--top", "2", "--json")
    results = json.loads(out)
    assert len(results) == 2
    assert set(results[0]) >= {"path", "location", "text", "score"}
    assert results[0]["path"].endswith("手数料一覧.xlsx") and "350円" in results[0]["text"]
    assert results[0]["location"] == "シート「証明書」・3行目"
    code, out, _ = run(capsys, "knowledge", "search", "結婚したときの特別休暇")
    assert code == 0 and "[1] " in out and "第7条（特別休暇）" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(
        '{"id": "q1", "query": "顔写真のない本人確認書類"}\n\n{"id": 2, "query": "メールの添付の上限"}\n'))
    code, out, _ = run(capsys, "knowledge", "search", "--jsonl", "--top", "3")
    lines = [json.loads(x) for x in out.splitlines()]
    assert [x["id"] for x in lines] == ["q1", 2] and code == 0
    assert lines[0]["results"][0]["location"].endswith("2ページ")
    assert all(len(x["results"]) == 3 for x in lines)


def test_errors_are_japanese_and_non_zero(tmp_path, capsys, monkeypatch):
    code, _, err = run(capsys, "knowledge", "search", "何か")
    assert code != 0 and "knowledge add" in err and "Traceback" not in err
    code, _, err = run(capsys, "knowledge", "add", str(tmp_path / "ない"))
    assert code == 4 and "見つかりません" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("not json\n"))
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("文書管理規程", "utf-8")
    run(capsys, "knowledge", "add", str(tmp_path / "d"))
    code, out, err = run(capsys, "knowledge", "search", "--jsonl")
    assert code == 1 and "1 行目を読めません" in err and out == ""


def test_build_for_the_share(share, tmp_path, capsys):
    out_file = tmp_path / "published" / "index.sqlite3"
    code, out, err = run(capsys, "knowledge", "build", str(share), "--out", str(out_file),
                         "--as", r"\\fileserver\reiki")
    assert code == 0, err
    assert out_file.is_file() and "knowledge_index" in out


@pytest.fixture
def azure_env(azure_server, monkeypatch, tmp_path):
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    monkeypatch.setenv("OFFICE_ASSISTANT_PROVIDER", "azure")
    words = tmp_path / "dictionary.txt"
    words.write_text("山田太郎\n", "utf-8")
    (tmp_path / "policy.toml").write_text(f'masking_dictionary_file = "{words.as_posix()}"\n', "utf-8")
    return azure_server


def test_ask_sends_only_masked_passages_and_lists_its_sources(share, azure_env, capsys):
    # A passage with personal data, and a document that has nothing to do with the question.
    (share / "窓口担当.txt").write_text(
        "窓口担当表\n印鑑登録の窓口担当は山田太郎（内線 03-1234-5678）です。", "utf-8")
    (share / "無関係.txt").write_text("庁舎の駐車場は平日8時から開きます。秘密の合言葉はあおぞら。", "utf-8")
    run(capsys, "knowledge", "add", str(share))

    def reply(body):
        prompt = "\n".join(m["content"] for m in body["messages"])
        assert "印鑑登録証明書" in prompt
        return "印鑑登録証明書の手数料は1通350円です [1]。担当は〔氏名1〕です [2]。"

    azure_env.reply = reply
    code, out, err = run(capsys, "ask", "印鑑証明の手数料と窓口担当は？", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["output"].startswith("印鑑登録証明書の手数料は1通350円です [1]")
    sources = data["sources"]
    assert sources[0]["path"].endswith("手数料一覧.xlsx") and sources[0]["location"] == "シート「証明書」・3行目"
    assert {"document", "location", "path", "score"} <= set(sources[0])
    assert len(data["retrieved"]) == 5
    sent = azure_env.all_request_text()
    assert len(azure_env.chat_requests) == 1
    assert "山田太郎" not in sent and "03-1234-5678" not in sent  # masked
    assert "あおぞら" not in sent  # only the retrieved passages, never the folder
    assert str(share) not in sent  # no file paths
    prompt = azure_env.chat_requests[0].prompt_text
    assert prompt.count("\n[") >= 3 and "[1] 『" in prompt


def test_ask_the_documents_do_not_say(share, azure_env, capsys):
    run(capsys, "knowledge", "add", str(share))
    azure_env.reply = lambda body: "資料には記載がありません。"
    code, out, err = run(capsys, "ask", "庁舎の屋上で花火をしてもよいか")
    assert code == 0, err
    assert "資料には記載がありません。" in out and "出典: なし" in out


def test_run_with_the_documents_template_streams_the_answer_then_lists_its_sources(
        share, azure_env, capsys):
    run(capsys, "knowledge", "add", str(share))
    azure_env.reply = lambda body: "年次有給休暇は1年に20日です [1]。"
    code, out, err = run(capsys, "run", "ask-documents", "--var",
                         "question=年次有給休暇は何日ですか")
    assert code == 0, err
    answer, _, after = out.partition("出典:")
    assert "年次有給休暇は1年に20日です [1]。" in answer  # streamed first
    assert "[1] みどり市職員の勤務時間" in after and "勤務時間条例.docx" in after  # then its sources
    assert out.count("年次有給休暇は1年に20日です") == 1  # the answer is not printed twice
