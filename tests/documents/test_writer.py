from __future__ import annotations

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from desktop.core.documents import DocumentError, layout_letter, read_document, save_docx, save_txt

LETTER = """京道第123号
令和7年11月22日

○○自治会
会長　［人名1］様

○○市 建設部 道路課長

街路灯の修理に関するご意見に対する回答

拝啓　平素より市政にご理解とご協力を賜り、厚くお礼申し上げます。
お知らせいただいた街路灯は、10月3日に修理を完了いたしました。

敬具

記

1. 修理の完了日　令和7年10月3日

以上
"""


def _paragraphs(path):
    return [(p.text, p.alignment) for p in docx.Document(path).paragraphs if p.text.strip()]


def test_letter_layout_alignment(tmp_path):
    path = save_docx(LETTER, tmp_path / "回答.docx", layout="letter")
    paras = dict(_paragraphs(path))
    assert paras["京道第123号"] == WD_ALIGN_PARAGRAPH.RIGHT
    assert paras["令和7年11月22日"] == WD_ALIGN_PARAGRAPH.RIGHT
    assert paras["○○自治会"] == WD_ALIGN_PARAGRAPH.LEFT
    assert paras["会長　［人名1］様"] == WD_ALIGN_PARAGRAPH.LEFT
    assert paras["○○市 建設部 道路課長"] == WD_ALIGN_PARAGRAPH.RIGHT
    assert paras["街路灯の修理に関するご意見に対する回答"] == WD_ALIGN_PARAGRAPH.CENTER
    assert paras["敬具"] == WD_ALIGN_PARAGRAPH.RIGHT
    assert paras["記"] == WD_ALIGN_PARAGRAPH.CENTER
    assert paras["以上"] == WD_ALIGN_PARAGRAPH.RIGHT
    order = [t for t, _a in _paragraphs(path)]
    assert order.index("令和7年11月22日") < order.index("○○自治会") < order.index(
        "○○市 建設部 道路課長") < order.index("街路灯の修理に関するご意見に対する回答")
    # Japanese font on the body style, A4 page.
    d = docx.Document(path)
    rfonts = d.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == "游明朝"
    assert round(d.sections[0].page_width.mm) == 210


def test_speech_has_centred_title_and_right_aligned_signature():
    lines = layout_letter("市民文化祭　挨拶\n\n本日はご来場いただき、誠にありがとうございます。\n\n"
                          "令和7年11月3日\n○○市長　［人名1］")
    roles = [(ln.role, ln.align) for ln in lines if ln.role != "blank"]
    assert roles == [("title", "center"), ("body", "left"), ("signature", "right"),
                     ("signature", "right")]


def test_letter_without_recognisable_header_keeps_every_line():
    text = "こんにちは。これは普通の文章です。\n二行目です。"
    lines = layout_letter(text)
    assert [ln.text for ln in lines] == text.split("\n")


def test_structured_output_keeps_headings_bullets_and_tables(tmp_path):
    text = ("# 要約\n## 要点\n- 期限は**12月15日**\n・対象は中小企業\n  - 電子申請のみ\n"
            "1. 申請書\n\n| 案 | 長所 |\n| --- | --- |\n| A | 早い |\n")
    path = save_docx(text, tmp_path / "out.docx", layout="document", title="補助金の要約")
    d = docx.Document(path)
    styled = [(p.style.name, p.text) for p in d.paragraphs if p.text]
    assert styled[0] == ("Normal", "補助金の要約")
    assert ("Heading 1", "要約") in styled and ("Heading 2", "要点") in styled
    assert ("List Bullet", "期限は12月15日") in styled
    assert ("List Bullet", "対象は中小企業") in styled
    assert ("List Bullet 2", "電子申請のみ") in styled
    assert ("Normal", "1. 申請書") in styled
    bold = [r.text for p in d.paragraphs for r in p.runs if r.bold]
    assert "12月15日" in bold
    (table,) = d.tables
    assert [[c.text for c in row.cells] for row in table.rows] == [["案", "長所"], ["A", "早い"]]
    # What we write, we can read back.
    assert "| A | 早い |" in read_document(path).text


def test_txt_is_utf8_with_bom_and_crlf(tmp_path):
    path = save_txt("一行目\n二行目", tmp_path / "a.txt")
    assert path.read_bytes() == "\ufeff一行目\r\n二行目".encode()
    assert read_document(path).text == "一行目\n二行目"


def test_unwritable_target_is_a_clear_error(tmp_path):
    folder = tmp_path / "is-a-dir.docx"
    folder.mkdir()
    with pytest.raises(DocumentError) as info:
        save_docx("本文", folder, layout="document")
    assert "保存できません" in info.value.user_message
