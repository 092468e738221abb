from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QTextCursor

from desktop.core.masking import Entity, PiiMasker
from desktop.ui.mask_preview import MaskPreview

TEXT = "山田太郎様（電話090-1234-5678）の相談。特記事項あり。"


@pytest.fixture(scope="module")
def masker():
    return PiiMasker()


@pytest.fixture
def preview(qtbot, masker):
    w = MaskPreview()
    qtbot.addWidget(w)
    w.show(TEXT, masker.find(TEXT), release_allowed=True)
    return w


def test_shows_findings_and_counts(preview):
    types = {e.type for e in preview.selected_entities()}
    assert types == {"PERSON", "PHONE"}
    assert "氏名 1件" in preview.counts_label.text()
    assert preview.masked_preview_text() == "〔氏名1〕様（電話〔電話番号1〕）の相談。特記事項あり。"
    assert len(preview.text_view.extraSelections()) == 2


def test_release_a_finding(qtbot, preview, masker):
    row = next(i for i, e in enumerate(preview.selected_entities()) if e.type == "PHONE")
    with qtbot.waitSignal(preview.entitiesChanged):
        assert preview.set_released(row, True)
    assert "090-1234-5678" in preview.masked_preview_text()
    # what is sent is exactly what the preview shows
    sent = masker.mask(TEXT, preview.selected_entities()).masked_text
    assert sent == preview.masked_preview_text()


def test_add_selected_span(qtbot, preview, masker):
    start = TEXT.index("特記事項")
    cursor = preview.text_view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 4, QTextCursor.MoveMode.KeepAnchor)
    preview.text_view.setTextCursor(cursor)
    with qtbot.waitSignal(preview.entitiesChanged):
        assert preview.add_selection()
    assert any(e.type == "CUSTOM" and e.text == "特記事項" for e in preview.selected_entities())
    assert "〔秘匿語1〕" in preview.masked_preview_text()
    assert (
        masker.mask(TEXT, preview.selected_entities()).masked_text == preview.masked_preview_text()
    )


def test_release_forbidden_by_policy(qtbot, masker):
    w = MaskPreview()
    qtbot.addWidget(w)
    w.show(TEXT, masker.find(TEXT), release_allowed=False)
    assert not w.set_released(0, True)
    assert len(w.selected_entities()) == 2
    assert not w.release_button.isEnabled()
    assert "ポリシー" in w.policy_label.text()


def test_large_text_stays_fast(qtbot):
    unit = "山田太郎様 090-1234-5678 の件。\n"
    text = unit * 30000  # about 1 MB of UTF-8
    step = len(unit)
    ents = [Entity("PERSON", i, i + 4, "山田太郎") for i in range(0, len(text) - step, step)]
    w = MaskPreview()
    qtbot.addWidget(w)
    t0 = time.perf_counter()
    w.show(text, ents, release_allowed=True)
    assert time.perf_counter() - t0 < 5
    assert 0 < len(w.text_view.extraSelections()) < 1000  # only what is near the viewport
    assert w.masked_preview_text().count("〔氏名1〕") == len(ents)
