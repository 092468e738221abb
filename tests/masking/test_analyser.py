"""The analyser starts from any install folder: no /dev/null (Windows), spaces and backslashes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop.core.masking import analyser


def test_rc_file_is_the_dictionarys_own(tmp_path):
    (tmp_path / "mecabrc").write_text("")
    assert analyser.rc_file(str(tmp_path)) == str(tmp_path / "mecabrc")


def test_rc_file_falls_back_to_an_empty_file(tmp_path, monkeypatch):
    monkeypatch.setattr(analyser.tempfile, "gettempdir", lambda: str(tmp_path / "t m p"))
    rc = analyser.rc_file(str(tmp_path / "no-rc-here"))
    assert rc.startswith(str(tmp_path / "t m p"))
    assert Path(rc).read_bytes() == b""
    assert "/dev/null" not in analyser.mecab_args(str(tmp_path))


@pytest.mark.parametrize(
    "path",
    [r"C:\Program Files\Office Assistant\unidic_lite\dicdir", r"\\server\share\it's\$dir"],
)
def test_windows_paths_survive_fugashis_argument_split(path):
    import fugashi

    with pytest.raises(RuntimeError) as err:  # the folder does not exist; MeCab reports argv
        fugashi.GenericTagger(analyser.mecab_args(path))
    assert repr(path.encode())[2:-1] in str(err.value)


def test_tagger_loads_from_a_folder_with_spaces(tmp_path):
    import fugashi
    import unidic_lite

    dicdir = tmp_path / "Program Files" / "dic dir"
    dicdir.mkdir(parents=True)
    for src in Path(unidic_lite.DICDIR).iterdir():
        if src.name == "mecabrc" or not src.is_file():
            continue  # no mecabrc: also exercise the empty-rc fallback
        try:  # the dictionary is 250 MB: link, copy only where links are not allowed
            os.link(src, dicdir / src.name)
        except OSError:
            shutil.copy2(src, dicdir / src.name)
    tagger = fugashi.GenericTagger(analyser.mecab_args(str(dicdir)))
    out = tagger.parse("山田太郎さん")
    assert analyser.NODE_RE.findall(out)[0][0] == "0"


def test_tokens_have_str_offsets_and_pos():
    toks = analyser.tokens("東京の山田 太郎さん")
    surfaces = [t.surface for t in toks]
    assert "山田" in surfaces and "太郎" in surfaces
    yamada = toks[surfaces.index("山田")]
    assert (yamada.start, yamada.end) == (3, 5)
    assert yamada.pos.endswith("人名-姓")


def test_long_lines_are_cut_after_a_sentence_end():
    line = ("これは長い文です。" * 400)[:3000]
    pieces = analyser.chunks(line)
    assert "".join(p for _o, p in pieces) == line
    assert all(len(p) <= analyser.MAX_CHUNK for _o, p in pieces)
    assert pieces[0][1].endswith("。")


def test_consecutive_name_tokens_are_all_found():
    # The record of 姓 is followed directly by the record of 名: both must match.
    an = analyser.load_analyser()
    out = an.parse("山田太郎と叶望")
    ids = [m.group(2) for m in an.person_nodes(out)]
    assert len(ids) >= 2
    assert an.pos[ids[0]].endswith("姓") and an.pos[ids[1]].endswith("名")
