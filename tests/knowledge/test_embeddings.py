"""Hybrid retrieval with the organisation's embeddings deployment: the real ``openai`` SDK against
the local Azure-protocol server (its vectors are hashed bigrams with a few concept phrases folded
together, so a paraphrase sharing no word with a passage still lands near it)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop.core.knowledge import KnowledgeIndex, Library
from desktop.core.knowledge.embeddings import (
    EMBEDDINGS_UNAVAILABLE,
    HybridSearch,
    embeddings_path,
    fuse,
)
from desktop.core.knowledge.index import Hit
from desktop.core.masking import PiiMasker
from tests.support.azure_fixtures import TEST_KEY, Fault, azure_settings

DEPLOYMENT = "text-embedding-3-small"
TELEWORK = """みどり市在宅勤務実施要領
（申請）
第3条　在宅勤務を行う職員は、事前に所属長の山田太郎（電話 03-1234-5678）に申請しなければならない。
（実施日数）
第4条　在宅勤務は、1週間につき2日を限度とする。"""
PARAPHRASE = "家で仕事をしたいときは、だれに言えばよいですか"
PERSONAL = ("山田", "太郎", "03-1234-5678", "鈴木", "090-1111-2222")


@pytest.fixture
def folder(share: Path) -> Path:
    (share / "在宅勤務実施要領.txt").write_text(TELEWORK, "utf-8")
    return share


@pytest.fixture
def index(tmp_path, folder):
    ix = KnowledgeIndex(tmp_path / "index" / "index.sqlite3")
    assert ix.update([folder]).indexed == 7
    yield ix
    ix.close()


@pytest.fixture
def masker() -> PiiMasker:
    return PiiMasker(parallel=False)


def hybrid_for(server, masker, **overrides) -> HybridSearch:
    settings = azure_settings(server, embeddings_deployment=DEPLOYMENT, **overrides)
    return HybridSearch(settings, api_key=lambda: TEST_KEY, masker=lambda: masker)


def inputs(server) -> list[str]:
    return [t for r in server.embedding_requests for t in r.body["input"]]


def test_passages_and_question_are_masked_in_every_request(azure_server, index, masker):
    hybrid = hybrid_for(azure_server, masker)
    hits = hybrid.search(index, "鈴木さん（090-1111-2222）が在宅勤務を申請する相手は", 3)
    assert "在宅勤務" in hits[0].text and "山田太郎" in hits[0].text  # shown unmasked on the PC
    requests = azure_server.embedding_requests
    assert requests
    assert all(r.path == f"/openai/deployments/{DEPLOYMENT}/embeddings"
               and r.query["api-version"] == ["2024-10-21"] and r.headers["api-key"] == TEST_KEY
               for r in requests)
    sent = "\n".join(r.text for r in requests) + "\n".join(inputs(azure_server))
    assert not [p for p in PERSONAL if p in sent]
    assert any("〔氏名1〕" in t and "〔電話番号1〕" in t and "在宅勤務" in t for t in inputs(azure_server))
    question = requests[-1].body["input"]
    assert question == ["〔氏名1〕さん（〔電話番号1〕）が在宅勤務を申請する相手は"]
    hybrid.close()


def test_unchanged_passages_are_not_embedded_again(azure_server, index, folder, masker, tmp_path):
    hybrid = hybrid_for(azure_server, masker)
    assert hybrid.sync(index)
    first = len(inputs(azure_server))
    passages = index.db.execute("SELECT count(*) FROM units").fetchone()[0]
    # Every passage once; the two versions of the subsidy rule share an identical article.
    assert first == passages - 1
    assert embeddings_path(index.path).is_file()
    hybrid.close()

    # A restart: the vectors are read back, nothing is sent but the question.
    again = hybrid_for(azure_server, masker)
    again.search(index, "年次有給休暇の日数", 3)
    assert len(inputs(azure_server)) == first + 1

    # One file changes: only its changed passage is sent.
    (folder / "在宅勤務実施要領.txt").write_text(TELEWORK.replace("2日", "3日"), "utf-8")
    assert index.update([folder]).indexed == 1
    assert again.sync(index)
    new = inputs(azure_server)[first + 1:]
    assert len(new) == 1 and "3日を限度" in new[0]
    stored = {h for (h,) in again._loaded[index.path].store.db.execute("SELECT hash FROM vectors")}
    assert len(stored) == passages - 1  # the old version's vector is gone
    again.close()


def test_hybrid_finds_a_paraphrase_bm25_misses(azure_server, index, masker):
    bm25 = [Path(h.path).name for h in index.search(PARAPHRASE, 50)]
    # It shares only the reading 「する」 with the question: below the leave articles.
    assert "在宅勤務実施要領.txt" not in bm25[:3]
    hybrid = hybrid_for(azure_server, masker)
    hits = hybrid.search(index, PARAPHRASE, 3)
    assert Path(hits[0].path).name == "在宅勤務実施要領.txt"
    assert hits[0].location in ("第3条（申請）", "第4条（実施日数）")
    assert hits[0].title == "みどり市在宅勤務実施要領" and hits[0].score > hits[2].score
    # What BM25 finds well stays on top.
    assert "20日" in hybrid.search(index, "年次有給休暇の日数", 3)[0].text
    hybrid.close()


@pytest.mark.parametrize("fault", [Fault.status_code(401), Fault.rate_limit("1"),
                                   Fault.status_code(500)], ids=["401", "quota", "500"])
def test_a_failing_endpoint_falls_back_to_bm25_with_one_notice(azure_server, index, masker,
                                                               fault, caplog):
    hybrid = hybrid_for(azure_server, masker)
    azure_server.script(fault)
    question = "年次有給休暇は何日ですか"
    with caplog.at_level(logging.INFO):
        hits = hybrid.search(index, question, 3)
        assert [(h.path, h.text) for h in hits] == [(h.path, h.text) for h in index.search(question, 3)]
        assert hybrid.search(index, PARAPHRASE, 3)  # a while later: BM25, no new request
    assert len(azure_server.embedding_requests) == 1
    assert hybrid.notices == [EMBEDDINGS_UNAVAILABLE]
    lines = [r.getMessage() for r in caplog.records if r.name.endswith("knowledge.embeddings")]
    assert len(lines) == 1 and str(fault.status) in lines[0]
    assert not any(w in caplog.text for w in ("年次有給休暇", "山田", "在宅"))
    hybrid.close()


def test_an_unreachable_endpoint_or_missing_key_falls_back(tmp_path, index, masker, azure_server):
    down = HybridSearch(azure_settings(azure_server, embeddings_deployment=DEPLOYMENT,
                                       endpoint="http://127.0.0.1:9", request_timeout_seconds=2),
                        api_key=lambda: TEST_KEY, masker=lambda: masker)
    assert down.search(index, "年次有給休暇", 2)[0].text == index.search("年次有給休暇", 2)[0].text
    assert down.notices == [EMBEDDINGS_UNAVAILABLE]
    no_key = hybrid_for(azure_server, masker)
    no_key._api_key = lambda: ""
    assert no_key.search(index, "年次有給休暇", 2) and no_key.notices == [EMBEDDINGS_UNAVAILABLE]
    assert not azure_server.embedding_requests


def test_library_uses_the_hybrid_when_configured(tmp_path, folder, masker, azure_server):
    hybrid = hybrid_for(azure_server, masker)
    library = Library(tmp_path / "data", tmp_path / "cache", policy_folders=[str(folder)],
                      hybrid=hybrid)
    library.update()  # embeds at index time
    indexed = len(inputs(azure_server))
    assert indexed == library.status().passages - 1  # one article is in two versions
    assert "在宅勤務" in library.search(PARAPHRASE, 3)[0].text
    assert len(inputs(azure_server)) == indexed + 1
    library.close()

    plain = Library.for_settings(_paths(tmp_path), azure_settings(azure_server))
    assert plain.hybrid is None
    configured = Library.for_settings(_paths(tmp_path),
                                      azure_settings(azure_server, embeddings_deployment=DEPLOYMENT))
    assert configured.hybrid is not None and configured.hybrid.deployment == DEPLOYMENT


def test_library_status_tells_when_search_fell_back(tmp_path, folder, masker, azure_server):
    azure_server.script(Fault.status_code(401))
    library = Library(tmp_path / "data", tmp_path / "cache", policy_folders=[str(folder)],
                      hybrid=hybrid_for(azure_server, masker))
    library.update()
    assert library.search("年次有給休暇", 3)
    assert library.status().notes == [EMBEDDINGS_UNAVAILABLE]
    library.close()


def test_fusion_keeps_what_both_lists_agree_on_first():
    def hit(name: str, superseded: bool = False) -> Hit:
        return Hit(name, name, "", name, 1.0, superseded=superseded)

    a, b, c, old = hit("a"), hit("b"), hit("c"), hit("old", superseded=True)
    assert [h.path for h in fuse([a, b], [b, c], 3)] == ["b", "a", "c"]
    assert [h.path for h in fuse([a], [old, c], 3)] == ["a", "c", "old"]


def _paths(tmp_path):
    from desktop.core.paths import HOME_ENV, AppPaths

    return AppPaths.from_environment({HOME_ENV: str(tmp_path / "home")})


def test_the_documents_kind_uses_the_composition_roots_library_and_key(
        azure_server, policy_file, folder, monkeypatch):
    """The 「庁内資料に聞く」 kind searches the app's own library (``Services.knowledge``), whose
    embeddings use the app's key — here one typed this session on a PC with no keychain, so it
    lives only in the app's memory — and which the app closes. The kind used to build a library
    of its own, with the key from a fresh keychain lookup: empty here, so the embeddings were
    refused and the search silently fell back to words."""
    import keyring
    import keyring.backends.fail

    from desktop.core.services import build_services

    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.delenv("OFFICE_ASSISTANT_API_KEY", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # no keychain on this PC
    try:
        policy_file.write_text(f'knowledge_folders = ["{folder.as_posix()}"]\n'
                               f'embeddings_deployment = "{DEPLOYMENT}"\n', "utf-8")
        services = build_services()
        assert services.secrets.set(TEST_KEY) is False  # kept for this session only
        pipeline = services.pipeline(log_usage=False)
        prepared = pipeline.prepare(services.templates().get("ask-documents"),
                                    {"question": PARAPHRASE})
    finally:
        keyring.set_keyring(previous)
    assert "在宅勤務" in prepared.values["passages"]
    requests = azure_server.embedding_requests
    assert requests and {r.headers.get("api-key") for r in requests} == {TEST_KEY}
    assert not services.knowledge().hybrid.notices  # the embeddings answered: no fallback
    library = services.knowledge()
    services.close()
    assert services.knowledge() is not library  # closed with the app; a new one on demand
    services.close()
