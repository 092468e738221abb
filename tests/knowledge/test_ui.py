"""The sources view and the folders dialog, as real widgets on their own."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import create_autospec

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop.core.knowledge import Library
from desktop.ui.knowledge_dialog import KnowledgeDialog
from desktop.ui.sources_view import SourcesView, source_url
from desktop.workers.tasks import TaskRunner


@pytest.fixture
def opener():
    fake = create_autospec(QDesktopServices.openUrl, return_value=True)
    return fake


def sources(share: Path):
    return [
        {"number": 1, "document": "窓口対応マニュアル", "location": "2. 本人確認・2ページ",
         "path": str(share / "窓口対応マニュアル.pdf"), "page": 2, "score": 12.5,
         "text": "顔写真のない書類は2点を確認します。", "superseded": False},
        {"number": 3, "document": "手数料一覧", "location": "シート「証明書」・3行目",
         "path": str(share / "手数料一覧.xlsx"), "page": None, "score": 9.1,
         "text": "事務: 印鑑登録証明書 / 手数料: 350円", "superseded": True},
    ]


def test_sources_are_listed_and_open_at_the_page(qtbot, share, opener):
    view = SourcesView(opener=opener)
    qtbot.addWidget(view)
    view.set_result({"sources": sources(share), "retrieved": []})
    assert view.list.count() == 2
    assert view.list.item(0).text() == "[1] 窓口対応マニュアル — 2. 本人確認・2ページ"
    assert view.list.item(1).text().endswith("（旧版）")
    assert view.passage.toPlainText() == "顔写真のない書類は2点を確認します。"
    with qtbot.waitSignal(view.opened):
        assert view.open_current()
    url: QUrl = opener.call_args.args[0]
    assert url.isLocalFile() and url.toLocalFile().endswith("窓口対応マニュアル.pdf")
    assert url.fragment() == "page=2"
    view.list.setCurrentRow(1)
    assert view.open_current()
    assert not opener.call_args.args[0].hasFragment()


def test_a_viewer_that_refuses_the_page_gets_the_file_and_a_missing_file_is_said(qtbot, share):
    calls = []

    def picky(url: QUrl) -> bool:
        calls.append(url.toString())
        return not url.hasFragment()

    view = SourcesView(opener=picky)
    qtbot.addWidget(view)
    view.set_sources(sources(share))
    assert view.open_current() and len(calls) == 2 and "#page" not in calls[1]
    gone = dict(sources(share)[0], path=str(share / "削除済み.pdf"))
    view.set_sources([gone])
    with qtbot.waitSignal(view.open_failed):
        assert not view.open_current()
    assert "見つかりません" in view.status.text()


def test_no_citation_lists_what_the_search_found(qtbot, share, opener):
    view = SourcesView(opener=opener)
    qtbot.addWidget(view)
    view.set_result({"sources": [], "retrieved": sources(share)})
    assert "見つかりませんでした" in view.heading.text() and view.list.count() == 2
    view.set_result({"sources": [], "retrieved": []})
    assert view.list.count() == 0 and not view.open_button.isEnabled()


def test_source_url_page_only_for_pdf(share):
    assert source_url({"path": str(share / "a.pdf"), "page": 3}).fragment() == "page=3"
    assert not source_url({"path": str(share / "a.docx"), "page": 3}).hasFragment()


def test_dialog_adds_a_folder_indexes_with_progress_and_shows_problems(qtbot, tmp_path, share):
    (share / "壊れた.docx").write_bytes(b"PK\x03\x04broken")
    policy_dir = tmp_path / "org"
    policy_dir.mkdir()
    (policy_dir / "規程.txt").write_text("文書管理規程\n第1条　文書は5年保存する。", "utf-8")
    library = Library(tmp_path / "data", tmp_path / "cache", policy_folders=[str(policy_dir)])
    runner = TaskRunner()
    dialog = KnowledgeDialog(library, runner)
    qtbot.addWidget(dialog)
    assert dialog.folders.count() == 1 and "組織の設定" in dialog.folders.item(0).text()
    dialog.folders.setCurrentRow(0)
    assert not dialog.remove_button.isEnabled()  # IT's folder
    progress = []
    dialog.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(dialog.update_finished, timeout=30_000) as done:
        dialog.add_folder(str(share))
        assert not dialog.update_button.isEnabled()  # the UI stays responsive, the work is elsewhere
    report = done.args[0]
    assert report.indexed == 7 and len(report.skipped) == 1
    assert progress and dialog.update_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.problems.count() == 1, timeout=10_000)
    assert "壊れた.docx" in dialog.problems.item(0).text()
    assert "文書 7 件" in dialog.status_label.text()
    dialog.folders.setCurrentRow(1)
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.update_finished, timeout=30_000) as done:
        dialog.remove_selected()
    assert done.args[0].removed == 7 - 1 + 1  # the share's six files and the broken one
    assert dialog.folders.count() == 1
    runner.wait()
    library.close()
