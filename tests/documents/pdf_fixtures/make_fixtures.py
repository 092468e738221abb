"""Writes the PDF fixtures of ``test_pdf_tables.py``: real PDFs of tables, as clerks get them.

    .venv/bin/python tests/documents/pdf_fixtures/make_fixtures.py   # needs LibreOffice (soffice)

Two producers, because each lays a table out its own way:
- LibreOffice (Writer) "export as PDF" of Word tables (.docx written here with python-docx);
- a hand-written PDF that places every cell by coordinates, as report generators do (ASCII,
  Helvetica; no PDF library is shipped).
The PDFs are committed so CI does not need LibreOffice. Every name, number and address in them is
fictional.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.core.documents.minimal_pdf import assemble

HERE = Path(__file__).resolve().parent

# Fictional people: (氏名, 住所, 電話番号, 被保険者番号). Long addresses wrap in a narrow column.
PEOPLE = [
    ("前田 健一", "札幌市中央区南5条西12丁目3番地4 サンハイツ201号室", "011-681-7734", "12345678"),
    ("佐々木 美和", "札幌市北区北31条西9丁目27番19号", "011-726-4410", "23456781"),
    ("高橋 亮介", "旭川市豊岡4条6丁目8番12号", "0166-32-9051", "34567812"),
    ("グエン・ティ・ラン", "札幌市東区北12条東7丁目1番3号 メゾン北12 305号室", "090-4417-2286", "45678123"),
    ("小野寺 聡", "函館市本町22番5号", "0138-51-3390", "56781234"),
    ("渡辺 久美子", "札幌市白石区本郷通8丁目南4番15号", "080-3321-6674", "67812345"),
]
ENGLISH = [
    ("TANAKA HIROSHI", "27-19 Kita 31-jo Nishi 9-chome, Kita-ku, Sapporo", "+81-11-726-4410", "INS-4821-0937"),
    ("NGUYEN VAN MINH", "3-8 Toyooka 4-jo 6-chome, Asahikawa", "+81-90-4417-2286", "INS-5530-1184"),
    ("SMITH JENNIFER", "1-5-22 Motomachi, Hakodate", "+81-138-51-3390", "INS-6672-4401"),
]
SURNAMES = ["前田", "佐々木", "高橋", "小野寺", "渡辺", "石川", "藤原", "中島", "村上", "吉岡"]
GIVEN = ["健一", "美和", "亮介", "聡", "久美子", "大輔", "由紀", "翔太", "千尋", "孝"]
WARDS = ["中央区", "北区", "東区", "白石区", "豊平区", "南区", "西区", "厚別区", "手稲区", "清田区"]


def _many(n: int) -> list[tuple[str, str, str, str]]:
    rows = []
    for i in range(n):
        name = f"{SURNAMES[i % 10]} {GIVEN[(i * 3 + 1) % 10]}"
        addr = f"札幌市{WARDS[i % 10]}{i % 20 + 1}条{'東西'[i % 2]}{i % 9 + 1}丁目{i % 30 + 1}番{i % 12 + 1}号"
        phone = f"011-{600 + i:03d}-{(4400 + i * 37) % 10000:04d}"
        rows.append((name, addr, phone, f"{31000000 + i * 1093:08d}"))
    return rows


def _table(doc, header, rows, widths_cm, *, repeat_header=False):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    t = doc.add_table(rows=0, cols=len(widths_cm))
    t.style = "Table Grid"
    t.autofit = False
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header, strict=True):
            c.text = h
        if repeat_header:
            tr_pr = t.rows[0]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            tr_pr.append(el)
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r, strict=True):
            c.text = v
    for row in t.rows:
        for c, w in zip(row.cells, widths_cm, strict=True):
            c.width = Cm(w)
    # LibreOffice lays the table out by its grid: fix the grid too, so long cells wrap
    for col, w in zip(t._tbl.tblGrid.gridCol_lst, widths_cm, strict=True):
        col.w = Cm(w)
    return t


def _docx(path: Path, build) -> None:
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    style.font.name = "Noto Sans CJK JP"
    style.element.rPr.rFonts.set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "Noto Sans CJK JP"
    )
    build(doc)
    doc.save(path)


HEADER_JA = ["氏名", "住所", "電話番号", "被保険者番号"]
NARROW = [2.6, 5.0, 1.9, 2.6]  # 住所 and 電話番号 wrap onto a second line


def build_wrapped(doc) -> None:
    doc.add_paragraph("令和6年度 国民健康保険 被保険者名簿（抜粋）")
    _table(doc, HEADER_JA, PEOPLE, NARROW)


def build_two_pages(doc) -> None:
    doc.add_paragraph("介護保険 認定者一覧")
    _table(doc, HEADER_JA, _many(48), NARROW, repeat_header=True)


def build_headerless(doc) -> None:
    doc.add_paragraph("連絡先（控え）")
    rows = [(n, p, a) for n, a, p, _i in PEOPLE]
    _table(doc, None, rows, [3.0, 3.0, 7.0])


def build_prose_and_table(doc) -> None:
    doc.add_paragraph(
        "本書は、令和6年度の訪問相談の実施状況について報告するものです。相談件数は前年度より増加しており、"
        "特に高齢者世帯からの相談が多く寄せられました。以下に、継続して支援が必要な世帯の連絡先を示します。"
    )
    _table(doc, HEADER_JA, PEOPLE[:4], NARROW)
    doc.add_paragraph(
        "上記の世帯については、次回の訪問を11月中旬に予定しています。担当者間で情報を共有し、"
        "必要に応じて関係機関と連携して対応してください。"
    )


def build_english(doc) -> None:
    doc.add_paragraph("Application for National Health Insurance - Foreign Residents")
    _table(doc, ["Name", "Address", "Phone", "Insurance No."], ENGLISH, [3.2, 5.6, 3.0, 3.0])


def build_form_ja(doc) -> None:
    doc.add_paragraph("国民健康保険 資格取得届")
    rows = [
        ("氏名", "グエン・ティ・ラン"),
        ("住所", "札幌市東区北12条東7丁目1番3号 メゾン北12 305号室"),
        ("電話番号", "090-4417-2286"),
        ("被保険者番号", "45678123"),
        ("生年月日", "1988年4月12日"),
    ]
    _table(doc, None, rows, [3.0, 6.0])


def build_prose_only(doc) -> None:
    for _ in range(3):
        doc.add_paragraph(
            "地域福祉計画の策定に当たっては、住民アンケートの結果を踏まえ、  子育て世帯と高齢者世帯の双方に"
            "配慮した施策を検討します。会議は月1回開催し、議事録は市のホームページで公開します。"
        )


def _hand_pdf(path: Path, pages: list[list[tuple[float, float, str]]]) -> None:
    """A PDF whose text is placed string by string (Tm per string), as report generators do.
    ASCII in Helvetica; Japanese in a CID font (Identity-H, CID = Unicode code point, a
    ToUnicode map so readers can extract it; the font itself is not embedded)."""
    def show(x: float, y: float, s: str) -> str:
        if s.isascii():
            s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            return f"/F1 10 Tf 1 0 0 1 {x} {y} Tm ({s}) Tj"
        return f"/F2 10 Tf 1 0 0 1 {x} {y} Tm <{s.encode('utf-16-be').hex()}> Tj"

    ranges = "".join(f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>\n" for h in range(256))
    to_unicode = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /UCS def /CMapType 2 def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"256 beginbfrange\n{ranges}endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    n = len(pages)
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + " ".join(f"{6 + 2 * i} 0 R" for i in range(n)).encode()
        + b"] /Count " + str(n).encode() + b" >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /Identity-H "
        b"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>] "
        b"/ToUnicode 5 0 R >>",
        b"<< /Length " + str(len(to_unicode)).encode() + b" >>\nstream\n" + to_unicode + b"\nendstream",
    ]
    for i, items in enumerate(pages):
        stream = ("BT\n" + "\n".join(show(x, y, s) for x, y, s in items) + "\nET").encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {7 + 2 * i} 0 R "
            "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    path.write_bytes(assemble(objects))


def hand_english(path: Path) -> None:
    """An English table, the second part of each address wrapped onto a line of its own."""
    cols = (40, 170, 400, 500)
    items = [(40.0, 800.0, "Resident contact list (fictional)")]
    y = 770.0
    items += [(x, y, h) for x, h in zip(cols, ("Name", "Address", "Phone", "Insurance No."), strict=True)]
    for name, addr, phone, ins in ENGLISH:
        y -= 24
        first, _, rest = addr.partition(", ")
        items += [(cols[0], y, name), (cols[1], y, first + ","), (cols[2], y, phone), (cols[3], y, ins)]
        y -= 12
        items.append((cols[1], y, rest))
    _hand_pdf(path, [items])


def hand_japanese_pages(path: Path) -> None:
    """A Japanese list over two pages, the header only on the first, phone numbers cut after
    their second hyphen (011-681- / 7734), a page number under each page."""
    cols = (50, 150, 330, 420)
    people = _many(30)
    pages = []
    for part in (people[:15], people[15:]):
        y = 790.0
        items = []
        if not pages:
            items.append((50.0, 810.0, "生活保護受給者 連絡先一覧"))
            items += [(x, y, h) for x, h in zip(cols, HEADER_JA, strict=True)]
        for name, addr, phone, ins in part:
            y -= 30
            cut = phone.rfind("-") + 1
            items += [(cols[0], y, name), (cols[1], y, addr[:12]), (cols[2], y, phone[:cut]), (cols[3], y, ins)]
            items += [(cols[1], y - 12, addr[12:]), (cols[2], y - 12, phone[cut:])]
            y -= 12
        items.append((290.0, 40.0, f"- {len(pages) + 1} -"))
        pages.append(items)
    _hand_pdf(path, pages)


def _convert(soffice: str, work: Path, filter_: str, sources: list[Path]) -> None:
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
         "--convert-to", filter_, "--outdir", str(HERE), *map(str, sources)],
        check=True, capture_output=True, timeout=300,
    )


DOCX = {
    "wrapped_ja": build_wrapped,
    "two_pages_ja": build_two_pages,
    "headerless_ja": build_headerless,
    "prose_and_table_ja": build_prose_and_table,
    "english_form": build_english,
    "form_ja": build_form_ja,
    "prose_only_ja": build_prose_only,
}


def main() -> None:
    soffice = shutil.which("soffice")
    if not soffice:
        sys.exit("soffice (LibreOffice) is needed to write the fixtures")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sources = []
        for name, build in DOCX.items():
            src = work / f"{name}.docx"
            _docx(src, build)
            sources.append(src)
        _convert(soffice, work, "pdf:writer_pdf_Export", sources)
    hand_english(HERE / "hand_english.pdf")
    hand_japanese_pages(HERE / "hand_two_pages_ja.pdf")


if __name__ == "__main__":
    main()
