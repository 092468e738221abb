"""Large texts: the analyser runs in a worker process; the findings must be the same."""

from __future__ import annotations

from concurrent.futures import Future

from desktop.core.masking import PiiMasker
from desktop.core.masking import masker as masker_module

TEXT = (
    "相談者：山田 太郎様（電話 03-1234-5678）は東京都千代田区霞が関1-2-3に住んでいる。\n"
    "出席者：課長 田原 倫史，小出有那課長\n隣の岸本宅から毎晩大きな音がします。\n"
) * 5


def _plain(ents):
    return [(e.type, e.start, e.end) for e in ents]


def test_worker_process_gives_the_same_findings(monkeypatch):
    monkeypatch.setattr(masker_module, "PARALLEL_MIN_CHARS", 10)
    local = PiiMasker(parallel=False).find(TEXT)
    remote = PiiMasker(parallel=True).find(TEXT)
    assert _plain(remote) == _plain(local)
    assert any(e.type == "PERSON" for e in remote)


def test_a_failing_worker_falls_back_to_this_process(monkeypatch):
    monkeypatch.setattr(masker_module, "PARALLEL_MIN_CHARS", 10)

    def broken(_text):
        fut: Future = Future()
        fut.set_exception(RuntimeError("worker died"))
        return fut

    monkeypatch.setattr(masker_module, "_submit_analysis", broken)
    local = PiiMasker(parallel=False).find(TEXT)
    assert _plain(PiiMasker(parallel=True).find(TEXT)) == _plain(local)


def test_small_texts_stay_in_this_process(monkeypatch):
    def fail(_text):
        raise AssertionError("no worker for a prompt-sized text")

    monkeypatch.setattr(masker_module, "_submit_analysis", fail)
    assert PiiMasker(parallel=True).find("山田太郎様")
