"""Tables in real PDFs reach the masker as rows it types by header (issue 13, the PDF leak).

The fixtures are real PDFs: LibreOffice exports of Word tables and hand-placed PDFs, written by
``pdf_fixtures/make_fixtures.py`` (committed so CI needs no LibreOffice). Every value in them is
fictional.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.core.documents import read_document
from desktop.core.documents.pdf_tables import Fragment, page_blocks
from tests.documents.pdf_fixtures.make_fixtures import ENGLISH, HEADER_JA, PEOPLE, _many
from tests.support.azure_fixtures import TEST_KEY, azure_server  # noqa: F401 - fixture

FIXTURES = Path(__file__).parent / "pdf_fixtures"


def _text(name: str) -> str:
    return read_document(FIXTURES / name).text


def _rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("|")]


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _squash(line: str) -> str:
    """A row without the spaces the PDF put between Japanese and digits (北 31 条 -> 北31条)."""
    return re.sub(r"(?<=[^\x00-\x7f|]) (?=[0-9])|(?<=[0-9]) (?=[^\x00-\x7f|])", "", line)


# -- reading -------------------------------------------------------------------------------------
def test_wrapped_cells_are_joined_into_their_row():
    text = _text("wrapped_ja.pdf")
    rows = [_squash(r) for r in _rows(text)]
    assert rows[0] == _row(*HEADER_JA)
    assert len(rows) == 1 + len(PEOPLE)
    for person, row in zip(PEOPLE, rows[1:], strict=True):
        assert row.startswith(_row(person[0], "")[:-3]), row
        assert row.endswith(_row(person[2], person[3])[1:]), row
    # the wrapped address is one cell, its lines joined
    assert "| 札幌市白石区本郷通8丁目南4番15号 |" in rows[-1]
    assert text.splitlines()[0].startswith("令和6年度")  # the title stays prose


@pytest.mark.parametrize("name, people", [("two_pages_ja.pdf", _many(48)),
                                          ("hand_two_pages_ja.pdf", _many(30))])
def test_a_table_over_pages_continues_under_its_header(name, people):
    assert len(PdfReader(FIXTURES / name).pages) >= 2
    text = _text(name)
    rows = [_squash(r) for r in _rows(text)]
    # one header (repeated on each page or not), then every person exactly once, in order;
    # a row cut by the page break and a phone cut after its hyphen (011-617- / 5029) are whole
    assert rows == [_row(*HEADER_JA)] + [_squash(_row(*p)) for p in people]
    assert "\n\n" not in text and "- 1 -" not in text


def test_headerless_table_keeps_its_columns():
    rows = [_squash(r) for r in _rows(_text("headerless_ja.pdf"))]
    assert rows[0] == _squash(_row(PEOPLE[0][0], PEOPLE[0][2], PEOPLE[0][1]))
    assert [r.split(" | ")[1] for r in rows] == [p[2] for p in PEOPLE]


def test_prose_and_table_on_one_page():
    lines = _text("prose_and_table_ja.pdf").splitlines()
    rows = _rows("\n".join(lines))
    assert len(rows) == 1 + 4
    first = lines.index(rows[0])
    assert all("|" not in line for line in lines[:first])  # the prose above stays prose
    assert "".join(lines[:first]).startswith("本書は、令和6")
    assert lines[first + 5].startswith("上記の世帯については")


def test_prose_page_reads_as_pypdf_reads_it():
    reader = PdfReader(FIXTURES / "prose_only_ja.pdf")
    plain = "\n\n".join(p.extract_text().strip("\n") for p in reader.pages)
    assert _text("prose_only_ja.pdf") == plain.strip()
    assert "|" not in plain


@pytest.mark.parametrize("name", ["english_form.pdf", "hand_english.pdf"])
def test_english_table(name):
    rows = _rows(_text(name))
    assert rows[0] == _row("Name", "Address", "Phone", "Insurance No.")
    assert rows[1:] == [_row(*p) for p in ENGLISH]


def test_key_value_form():
    rows = [_squash(r) for r in _rows(_text("form_ja.pdf"))]
    assert rows[:4] == [_row("氏名", "グエン・ティ・ラン"),
                        _row("住所", _squash(PEOPLE[3][1])),
                        _row("電話番号", "090-4417-2286"), _row("被保険者番号", "45678123")]


def _frag(x: float, y: float, text: str) -> Fragment:
    return Fragment(x, y, 10.0, text)


def test_a_line_with_a_wide_gap_in_prose_is_no_table():
    # a letter head: addressee left, date right, then prose; one two-cell line is no table
    page = [_frag(50, 800, "札幌市長 様"), _frag(400, 800, "令和6年11月1日"),
            _frag(50, 780, "日頃より市政にご協力いただきありがとうございます。"),
            _frag(50, 766, "下記のとおり回答します。")]
    assert page_blocks(page) is None


def test_prose_in_two_columns_is_no_table():
    left = ["本市では、地域の見守り活動を", "進めており、民生委員と町内会",
            "が連携して高齢者世帯を訪問し", "ています。今年度は新たに"]
    right = ["また、子育て支援センターでは、", "親子の交流事業を毎月開催し、",
             "延べ四百組が参加しました。", "来年度も継続します。"]
    page = [f for i, (a, b) in enumerate(zip(left, right, strict=True))
            for f in (_frag(50, 800 - 14 * i, a), _frag(320, 800 - 14 * i, b))]
    assert page_blocks(page) is None


def test_a_note_under_a_table_is_prose():
    heads = ("氏名", "電話番号", "被保険者番号")
    values = [("前田 健一", "011-681-7734", "12345678"), ("佐々木 美和", "011-726-4410", "23456781")]
    page = [_frag(x, 800 - 14 * i, v) for i, row in enumerate([heads, *values])
            for x, v in zip((50, 200, 350), row, strict=True)]
    page.append(_frag(50, 800 - 14 * 3, "以上"))
    blocks = page_blocks(page)
    assert blocks is not None and blocks[-1] == "以上"
    assert len(blocks[0].rows) == 3


def test_prose_across_column_bounds_ends_the_table():
    page = [_frag(50, 800, "氏名"), _frag(200, 800, "電話番号"),
            _frag(50, 786, "前田 健一"), _frag(200, 786, "011-681-7734"),
            _frag(50, 772, "以上のとおり報告します。なお、連絡先は担当者のみで共有してください。")]
    blocks = page_blocks(page)
    assert blocks is not None and len(blocks) == 2
    assert blocks[1] == "以上のとおり報告します。なお、連絡先は担当者のみで共有してください。"


# -- masking, end to end ------------------------------------------------------------------------
def _personal(name: str) -> list[str]:
    """Every name, address, phone and insurance number in a fixture, and the pieces of them a
    wrapped cell or a cut row would have left on their own."""
    people = {"two_pages_ja.pdf": _many(48), "hand_two_pages_ja.pdf": _many(30),
              "english_form.pdf": ENGLISH, "hand_english.pdf": ENGLISH}.get(name, PEOPLE)
    if name == "prose_and_table_ja.pdf":
        people = PEOPLE[:4]
    out = []
    for person_name, address, phone, number in people:
        if name == "headerless_ja.pdf":
            number = ""
        out += [*person_name.split(" "), phone, phone.rsplit("-", 1)[1], number]
        out += [w for w in re.split(r"[ ,]+", address) if len(w) >= 4 and not w.isdigit()]
    return [v for v in out if v]


FILES = ["wrapped_ja.pdf", "two_pages_ja.pdf", "hand_two_pages_ja.pdf", "headerless_ja.pdf",
         "prose_and_table_ja.pdf", "english_form.pdf", "hand_english.pdf"]


@pytest.mark.parametrize("name", FILES)
def test_mask_leaves_nothing_of_the_table(name, capsys):
    assert main(["mask", str(FIXTURES / name), "--json"]) == 0
    masked = json.loads(capsys.readouterr().out)["masked_text"]
    left = [v for v in _personal(name) if v in masked]
    assert left == [], masked
    assert "〔" in masked


@pytest.fixture
def env(azure_server, monkeypatch):  # noqa: F811 - the fixture imported above
    monkeypatch.setenv("OFFICE_ASSISTANT_ENDPOINT", azure_server.endpoint)
    monkeypatch.setenv("OFFICE_ASSISTANT_DEPLOYMENT", "gpt-4o-mini")
    monkeypatch.setenv("OFFICE_ASSISTANT_API_KEY", TEST_KEY)
    return azure_server


@pytest.mark.parametrize("name", ["wrapped_ja.pdf", "two_pages_ja.pdf", "hand_english.pdf",
                                  "headerless_ja.pdf"])
def test_run_sends_no_personal_value_from_a_pdf_table(env, capsys, name):
    code = main(["run", "summarize", "--var-file", f"text={FIXTURES / name}", "--no-stream"])
    err = capsys.readouterr().err
    assert code == 0, err
    sent = env.all_request_text()
    assert env.chat_requests, "nothing was sent"
    assert "〔氏名1〕" in sent
    left = [v for v in _personal(name) if v in sent]
    assert left == []


def test_rotated_or_vertical_text_leaves_the_page_to_pypdf():
    from desktop.core.documents.pdf_tables import Collector

    upright = Collector()
    upright("氏名", [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 90, 700], {}, 10.5)
    assert not upright.skewed and upright.fragments[0].x == 90
    vertical = Collector()  # 縦書き and rotated pages: the strings run down the page
    vertical("氏名", [1, 0, 0, 1, 0, 0], [0, -1, 1, 0, 500, 700], {}, 10.5)
    assert vertical.skewed and not vertical.fragments


def test_the_documents_search_reads_pdf_tables_as_rows_too(tmp_path):
    """A passage from a PDF table goes into a prompt (「庁内資料に聞く」): it is read as rows, as
    the documents reader reads it, and each row becomes a passage of 「header: value」 pairs, so
    the masker knows every value's type there too (before, wrapped fragments line by line)."""
    import shutil

    from desktop.core.knowledge import KnowledgeIndex
    from desktop.core.masking import PiiMasker

    share = tmp_path / "share"
    share.mkdir()
    shutil.copy(FIXTURES / "wrapped_ja.pdf", share / "名簿.pdf")
    index = KnowledgeIndex(tmp_path / "index.sqlite3")
    try:
        index.update([share])
        hits = index.search(HEADER_JA[0] + " " + PEOPLE[0][0], 5)
    finally:
        index.close()
    text = "\n".join(hit.text for hit in hits)
    assert f"{HEADER_JA[0]}: {PEOPLE[0][0]} / {HEADER_JA[1]}: " in text
    masked = PiiMasker(parallel=False).mask(text).masked_text
    for person in PEOPLE:
        assert person[0] not in masked and person[2] not in masked
