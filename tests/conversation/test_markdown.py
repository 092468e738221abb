"""One parse of an answer's Markdown, three outputs that agree: HTML, plain text, .docx."""

from __future__ import annotations

import docx

from desktop.core import markdown
from desktop.core.documents import save_docx

# What models write and a set of regexes got wrong: a list that starts at 3, a nested list, a
# pipe escaped inside a cell, a fence of tildes holding a line that looks like a heading, ・ items.
TRICKY = """## 手続き

3. 申請書を出す
4. 審査を待つ
   - 通常2週間
   - 繁忙期は**1か月**

| 項目 | 窓口 \\| 電話 |
|---|---|
| 受付 | 9時〜17時 |

~~~vba
# これは見出しではない
Sub A()
~~~

以下のとおり:
・本人確認書類
・印鑑
"""


def test_blocks_follow_commonmark():
    kinds = [(b.kind, b.level, b.marker, b.text) for b in markdown.blocks(TRICKY)]
    assert kinds[0] == ("heading", 2, "", "手続き")
    assert ("item", 0, "3.", "申請書を出す") in kinds and ("item", 0, "4.", "審査を待つ") in kinds
    assert ("item", 1, "・", "繁忙期は1か月") in kinds
    (table,) = [b for b in markdown.blocks(TRICKY) if b.kind == "table"]
    assert [markdown.spans_text(c) for c in table.rows[0]] == ["項目", "窓口 | 電話"]
    (code,) = [b for b in markdown.blocks(TRICKY) if b.kind == "code"]
    assert code.code == "# これは見出しではない\nSub A()" and code.language == "vba"
    assert ("item", 0, "・", "本人確認書類") in kinds and ("item", 0, "・", "印鑑") in kinds


def test_plain_text_has_no_marks_and_keeps_numbers_and_lines():
    plain = markdown.to_plain(TRICKY)
    assert "3. 申請書を出す" in plain and "　・繁忙期は1か月" in plain
    assert "**" not in plain and "##" not in plain and "~~~" not in plain and "|---" not in plain
    assert "項目\t窓口 | 電話" in plain
    assert "# これは見出しではない" in plain  # code is kept as written
    assert markdown.to_plain("一行目\n二行目") == "一行目\n二行目\n"  # a Japanese line break stays


def test_html_escapes_raw_html_and_keeps_line_breaks():
    html = markdown.to_html("<script>alert(1)</script>\n一行目\n二行目")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "一行目<br />" in html
    assert '<ol start="3">' in markdown.to_html(TRICKY)


def test_docx_keeps_the_structure(tmp_path):
    path = save_docx(TRICKY, tmp_path / "a.docx")
    d = docx.Document(path)
    styled = [(p.style.name, p.text) for p in d.paragraphs if p.text]
    assert ("Heading 2", "手続き") in styled
    assert ("Normal", "3. 申請書を出す") in styled  # the author's number, not Word's
    assert ("List Bullet 2", "繁忙期は1か月") in styled
    assert ("List Bullet", "印鑑") in styled
    assert d.tables[0].rows[0].cells[1].text == "窓口 | 電話"
    assert any(p.text == "# これは見出しではない" for p in d.paragraphs)
    bold = [r.text for p in d.paragraphs for r in p.runs if r.bold]
    assert "1か月" in bold


def test_stable_end_never_cuts_inside_a_fence_or_a_block_still_arriving():
    text = "# 題\n\n本文\n\n```\nコード\n\n続き\n"
    assert text[:markdown.stable_end(text)] == "# 題\n\n本文\n\n"
    closed = text + "```\n\n次"
    assert closed[:markdown.stable_end(closed)].endswith("```\n\n")
    item = "- 項目\n\n  続きの段落\n"
    assert markdown.stable_end(item) == 0  # an indented line continues the item
