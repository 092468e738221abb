"""The index over real files: every format, the way clerks type, versions, incremental and
resumable updates, files that fight back, links out of the folder, IT's published index."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from desktop.core.knowledge import KnowledgeIndex, Library, build_published_index
from desktop.core.knowledge.readers import effective_date, read_units
from tests.knowledge.makers import write_docx


@pytest.fixture
def index(tmp_path, share):
    ix = KnowledgeIndex(tmp_path / "index" / "knowledge.sqlite3")
    report = ix.update([share])
    assert report.indexed == 6 and not report.skipped, report
    yield ix
    ix.close()


def top(ix, query, n=3):
    return [(Path(h.path).name, h.location, h.text) for h in ix.search(query, n)]


def test_every_format_keeps_its_location(share):
    pdf = read_units(share / "窓口対応マニュアル.pdf")
    assert pdf.pages == 2
    second = next(u for u in pdf.units if "2点を確認" in u.text)
    assert second.page == 2 and "2. 本人確認" in second.heading
    xlsx = read_units(share / "手数料一覧.xlsx").units
    assert ("事務: 印鑑登録証明書 / 単位: 1通 / 手数料: 350円", "証明書", 3) in [
        (u.text, u.sheet, u.row) for u in xlsx]
    txt = read_units(share / "耐震改修補助金交付要綱_R6.txt")  # CP932
    assert txt.title == "みどり市木造住宅耐震改修補助金交付要綱" and txt.effective == "2024-04-01"
    html = read_units(share / "ネットワーク手引.html")
    assert html.units[0].heading.endswith("電子メール") and "10MB" in html.units[0].text


def test_in_force_dates_in_any_era():
    assert effective_date("この要綱は、令和元年10月1日から施行する。") == "2019-10-01"
    amended = "附則\nこの規則は、平成３１年４月１日から施行する。\n附則\nこの規則は、令和５年４月１日から施行する。"
    assert effective_date(amended) == "2023-04-01"
    assert effective_date("施行日：令和7年4月1日") == "2025-04-01"
    assert effective_date("本文のみ") == ""


def test_how_clerks_type_finds_the_rules_wording(index):
    # colloquial words
    assert top(index, "有給は年に何日もらえる")[0][1] == "第5条（年次有給休暇）"
    # hiragana for kanji
    assert top(index, "いんかんとうろくしょうめいしょのてすうりょう")[0][2].startswith("事務: 印鑑登録証明書")
    # a typo (請 for 証) still shares most bigrams
    assert top(index, "印鑑登録請明書の手数料")[0][2].startswith("事務: 印鑑登録証明書")
    # page of a PDF
    hit = index.search("顔写真のない書類で本人確認するとき", 1)[0]
    assert hit.page == 2 and hit.location.endswith("2ページ")


def test_the_version_in_force_comes_first_and_the_old_one_is_marked(index):
    hits = index.search("耐震改修の補助の上限額", 5, today=dt.date(2025, 1, 1))
    amounts = [h for h in hits if "限度" in h.text]
    assert Path(amounts[0].path).name == "耐震改修補助金交付要綱_R6.txt"
    old = next(h for h in amounts if h.path.endswith("_R2.md"))
    assert old.superseded and not amounts[0].superseded and old.score < amounts[0].score
    # Asked about the old rule, the old rule comes first.
    assert index.search("改正前の耐震改修の補助の上限額", 1)[0].path.endswith("_R2.md")
    # Before the new version was in force, the old one was the rule.
    before = index.search("耐震改修の補助の上限額", 5, today=dt.date(2023, 1, 1))
    assert next(h for h in before if "限度" in h.text).path.endswith("_R2.md")


def test_updates_are_incremental(index, share):
    report = index.update([share])
    assert report.indexed == 0 and report.unchanged == 6
    path = share / "勤務時間条例.docx"
    write_docx(path, [("p", "みどり市職員の勤務時間に関する条例"), ("p", "（休憩時間）"),
                      ("p", "第4条　休憩時間は60分とする。")])
    os.utime(path, (1, 2_000_000_000))
    (share / "ネットワーク手引.html").unlink()
    report = index.update([share])
    assert (report.indexed, report.unchanged, report.removed) == (1, 4, 1)
    assert top(index, "昼休みは何分")[0][1] == "第4条（休憩時間）"
    assert not any("10MB" in t for _, _, t in top(index, "添付ファイル 10MB", 5))
    assert not any("年次有給休暇" in t for _, _, t in top(index, "年次有給休暇", 5))


def test_an_interrupted_build_resumes_where_it_stopped(tmp_path, share):
    ix = KnowledgeIndex(tmp_path / "i.sqlite3")
    calls = []
    report = ix.update([share], cancelled=lambda: len(calls) >= 2,
                       progress=lambda done, total, name: calls.append(name))
    assert report.cancelled and report.indexed == 2
    report = ix.update([share])
    assert (report.indexed, report.unchanged) == (4, 2)
    ix.close()


def test_files_that_fight_back_are_skipped_and_reported(tmp_path, share):
    from tests.documents.makers import encrypt

    (share / "壊れた.docx").write_bytes(b"PK\x03\x04 not really a zip")
    plain = write_docx(tmp_path / "plain.docx", [("p", "人事異動の内示（未公表）")])
    encrypt(plain, share / "保護.docx", "himitsu")
    (share / "空.txt").write_bytes(b"")
    (share / "~$一時ファイル.docx").write_bytes(b"lock")
    (share / "旧例規.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    big = share / "巨大.txt"
    big.write_bytes("あ".encode() * 1_000_000)
    ix = KnowledgeIndex(tmp_path / "i.sqlite3")
    report = ix.update([share], max_bytes=1_048_576)
    skipped = {Path(p.path).name: p.message for p in report.skipped}
    assert set(skipped) == {"壊れた.docx", "保護.docx", "空.txt", "巨大.txt", "旧例規.doc"}
    assert ".docx にしてください" in skipped["旧例規.doc"]
    assert "大きすぎます" in skipped["巨大.txt"] and report.indexed == 6
    assert "パスワードで保護されています" in skipped["保護.docx"]
    assert all(m and "Traceback" not in m for m in skipped.values())
    errors = {Path(p.path).name for p in ix.status().errors}
    assert errors == set(skipped)
    # Unchanged broken files are reported again, not re-read.
    again = ix.update([share], max_bytes=1_048_576)
    assert again.indexed == 0 and {Path(p.path).name for p in again.skipped} == set(skipped)
    ix.close()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_no_link_is_followed_out_of_the_folder(tmp_path, share):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "人事評価.txt").write_text("極秘の人事評価の記録", "utf-8")
    try:
        os.symlink(outside, share / "リンク", target_is_directory=True)
        os.symlink(outside / "人事評価.txt", share / "評価.txt")
    except OSError:
        pytest.skip("symlinks not permitted")
    ix = KnowledgeIndex(tmp_path / "i.sqlite3")
    ix.update([share])
    assert not any("極秘" in h.text for h in ix.search("極秘の人事評価", 10))
    assert all("outside" not in h.path for h in ix.search("人事評価", 10))
    ix.close()


def test_an_unreachable_share_keeps_what_was_indexed(tmp_path, share):
    ix = KnowledgeIndex(tmp_path / "i.sqlite3")
    ix.update([share])
    moved = share.rename(tmp_path / "offline")
    report = ix.update([share])
    assert report.removed == 0 and report.skipped[0].path == str(share)
    assert ix.status().documents == 6
    moved.rename(share)
    ix.close()


def test_it_builds_once_and_pcs_search_a_read_only_copy_and_notice_a_rebuild(tmp_path, share):
    published = tmp_path / "nas" / "knowledge.sqlite3"
    report = build_published_index(share, published, shown_as=r"\\fileserver\reiki")
    assert report.indexed == 6 and published.is_file()
    assert not Path(str(published) + ".building").exists()
    pc = Library(tmp_path / "pc" / "data", tmp_path / "pc" / "cache", policy_folders=[],
                 shared_index=str(published))
    hit = pc.search("結婚したときの休みは何日", 1)[0]
    assert hit.path.replace("/", "\\").startswith("\\\\fileserver\\reiki") and "連続する5日" in hit.text
    shared = pc.shared()
    with pytest.raises(sqlite3.OperationalError):
        shared.db.execute("DELETE FROM docs")  # opened read-only
    first_build = shared.meta("build_id")
    # IT adds a document and rebuilds: the PC notices at its next search.
    (share / "新しい手引.md").write_text("# 出張の手引\n\n日当は1日2,200円です。", "utf-8")
    build_published_index(share, published)
    st = published.stat()
    os.utime(published, (st.st_atime, st.st_mtime + 5))
    assert "2,200円" in pc.search("出張の日当", 1)[0].text
    assert pc.shared().meta("build_id") != first_build
    pc.close()


def test_clerk_folders_and_policy_folders(tmp_path, share):
    lib = Library(tmp_path / "data", tmp_path / "cache", policy_folders=[str(share)])
    extra = tmp_path / "mine"
    extra.mkdir()
    (extra / "メモ.txt").write_text("公用車の予約は総務課のシステムで行う。", "utf-8")
    lib.add_folder(extra)
    assert [f.source for f in lib.folders()] == ["policy", "user"]
    assert lib.update().indexed == 7
    assert "公用車" in lib.search("公用車の予約", 1)[0].text
    from desktop.core.knowledge import FolderError

    with pytest.raises(FolderError):
        lib.remove_folder(share)
    assert lib.remove_folder(extra)
    lib.update()
    assert not any("公用車" in h.text for h in lib.search("公用車の予約", 5))
    with pytest.raises(FolderError):
        lib.add_folder(tmp_path / "nowhere")
    lib.close()


def test_folders_never_indexed_are_indexed_before_the_first_question(tmp_path, share):
    lib = Library(tmp_path / "data", tmp_path / "cache", policy_folders=[str(share)])
    assert lib.ensure_indexed().indexed == 6
    assert lib.ensure_indexed() is None  # covered: later changes wait for an update
    lib.close()
