"""The analyser's background parse (MeCab through ctypes, GIL released): the same output as
fugashi's, the same findings as without it, nothing left behind (own sentences)."""

from __future__ import annotations

import sys
import threading

import pytest

from desktop.core.masking import PiiMasker, analyser

LINES = [
    "相談者：山田 太郎様（電話 03-1234-5678）は東京都千代田区霞が関1-2-3に住んでいる。",
    "出席者：課長 田原 倫史，小出有那課長",
    "隣の岸本宅から毎晩大きな音がします。グエン・ヴァン・アンさんが来庁した。",
    "Mr. John SMITH, 27-19 Kita 31-jo Nishi 9-chome, Kita-ku, Sapporo",
    "",
    "北1条西2丁目3番地4 サンハイツ201号室　佐々木 美穂（ささき みほ）",
]
TEXT = "\n".join(LINES * 40)


def _plain(ents):
    return [(e.type, e.start, e.end, e.text) for e in ents]


@pytest.fixture
def background(monkeypatch):
    if not analyser.warm_background():
        pytest.skip("fugashi's MeCab library is not where its wheel puts it")
    # A busy machine must not switch the background parse off in the middle of a test.
    monkeypatch.setattr(analyser, "_backoff_until", 0.0)
    monkeypatch.setattr(analyser, "_STARVED_RATIO", 1e9)


def test_mecab_library_is_found_next_to_fugashi():
    path = analyser.mecab_library()
    assert path is not None and "mecab" in path.lower()


def test_native_tagger_prints_what_fugashi_prints(background):
    an = analyser.load_analyser()
    native = analyser.NativeTagger(
        analyser.mecab_library(), analyser.mecab_args(analyser._dicdir())
    )
    for text in [*LINES, "\n".join(LINES), TEXT[:1999], "ａｂｃ　１２３"]:
        assert native.parse(text) == an.tagger.parse(text)


def test_prefetched_blocks_parse_the_same_and_are_dropped_after(background):
    an = analyser.load_analyser()
    blocks = ["\n".join(LINES[i:]) for i in range(len(LINES))]
    expected = [an.tagger.parse(b) for b in blocks]
    interval = sys.getswitchinterval()
    with analyser.prefetch(blocks + blocks[:2]):  # repeated texts are parsed once
        assert sys.getswitchinterval() <= interval
        assert [an.parse(b) for b in blocks] == expected
    assert not analyser._prefetched
    assert sys.getswitchinterval() == interval


def test_masker_finds_the_same_with_and_without_the_background_parse(background, monkeypatch):
    masker = PiiMasker(parallel=False)
    with_bg = masker.find(TEXT)
    monkeypatch.setattr(analyser, "_background", lambda: None)
    without = PiiMasker(parallel=False).find(TEXT)
    assert _plain(with_bg) == _plain(without)
    assert {"PERSON", "ADDRESS", "PHONE"} <= {e.type for e in with_bg}


def test_masks_in_several_threads_at_once_agree(background):
    masker = PiiMasker(parallel=False)
    expected = _plain(masker.find(TEXT))
    interval = sys.getswitchinterval()
    results: list = [None] * 4
    texts = [TEXT, TEXT[100:], TEXT, TEXT[: len(TEXT) // 2]]

    def run(i: int) -> None:
        results[i] = _plain(PiiMasker(parallel=False).find(texts[i]))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results[0] == results[2] == expected
    assert results[1] == _plain(masker.find(texts[1]))
    assert results[3] == _plain(masker.find(texts[3]))
    assert not analyser._prefetched
    assert sys.getswitchinterval() == interval


def test_a_failing_background_parse_is_parsed_here(background, monkeypatch):
    def broken(_text: str) -> str:
        raise OSError("mecab_sparse_tostr2 failed")

    expected = _plain(PiiMasker(parallel=False).find(TEXT))
    monkeypatch.setattr(analyser, "_parse_native", broken)
    assert _plain(PiiMasker(parallel=False).find(TEXT)) == expected


def test_a_starved_caller_parses_alone_for_a_while(background, monkeypatch):
    if not analyser._CPU_CLOCK_FINE:
        pytest.skip("thread_time is too coarse here to tell")
    monkeypatch.setattr(analyser, "_STARVED_RATIO", 1.5)
    monkeypatch.setattr(analyser, "_STARVED_SLACK", -1.0)  # every caller looks starved
    monkeypatch.setattr(analyser, "_starved", 0)
    an = analyser.load_analyser()
    for _ in range(analyser._STARVED_IN_A_ROW):  # one starved prompt is not yet a busy machine
        with analyser.prefetch(LINES[:2]):
            assert LINES[0] in analyser._prefetched
            an.parse(LINES[0])
    with analyser.prefetch(LINES[:2]):  # backed off: nothing handed to the thread
        assert not analyser._prefetched
        assert an.parse(LINES[1]) == an.tagger.parse(LINES[1])
    monkeypatch.setattr(analyser, "_backoff_until", 0.0)  # the back-off is over
    with analyser.prefetch(LINES[:2]):
        assert LINES[1] in analyser._prefetched


def test_starved_prompts_between_fed_ones_keep_the_second_core(background, monkeypatch):
    # A moment another program took the core is not a busy machine: only starved prompts in
    # a row switch the background parse off.
    if not analyser._CPU_CLOCK_FINE:
        pytest.skip("thread_time is too coarse here to tell")
    monkeypatch.setattr(analyser, "_starved", 0)
    an = analyser.load_analyser()
    starved_run = [True] * (analyser._STARVED_IN_A_ROW - 1)
    for starved in [*starved_run, False, *starved_run]:
        monkeypatch.setattr(analyser, "_STARVED_RATIO", 1.5 if starved else 1e9)
        monkeypatch.setattr(analyser, "_STARVED_SLACK", -1.0 if starved else 0.002)
        with analyser.prefetch(LINES[:2]):
            assert LINES[0] in analyser._prefetched
            an.parse(LINES[0])
    assert analyser._starved == analyser._STARVED_IN_A_ROW - 1


def test_the_background_parser_opens_a_dictionary_whose_path_has_spaces(tmp_path):
    # An installed Windows copy lives under C:\Program Files\…: the analyser quotes the path
    # for a shell-like split, which MeCab's own one-string parser did not understand.
    path = analyser.mecab_library()
    if path is None:
        pytest.skip("fugashi's MeCab library is not where its wheel puts it")
    spaced = tmp_path / "Office Assistant" / "dic dir"
    spaced.parent.mkdir()
    spaced.symlink_to(analyser._dicdir(), target_is_directory=True)
    tagger = analyser.NativeTagger(path, analyser.mecab_args(str(spaced)))
    text = "佐藤花子さんが来庁した。"
    assert tagger.parse(text) == analyser.load_analyser().parse(text)
