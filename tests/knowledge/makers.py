"""Real Japanese documents for the knowledge tests and benches: a multi-page PDF with
extractable Japanese text (written by hand: no PDF writer is shipped), .docx with headings and
tables, .xlsx with several sheets."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def ja_pdf(pages: Sequence[str]) -> bytes:
    """A PDF with one page per string. Text is drawn with a Type0 font whose CIDs are the
    Unicode code points (Identity-H) and a ToUnicode map saying so, which is what Word's
    "Save as PDF" output amounts to for text extraction; no font is embedded."""
    # Map only the characters used, as a real PDF writer does (a 65,536-entry map makes
    # pypdf spend a second per page parsing it).
    used = sorted({min(ord(c), 0xFFFF) for text in pages for c in text if c != "\n"})
    blocks = []
    for i in range(0, len(used), 100):
        chunk = used[i:i + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n"
                      + "\n".join(f"<{c:04X}> <{c:04X}>" for c in chunk) + "\nendbfchar")
    tounicode = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + "\n".join(blocks) + "\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled below
    pages_obj = add(b"")
    cmap = add(b"<< /Length %d >>\nstream\n" % len(tounicode) + tounicode + b"\nendstream")
    descendant = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MS-Mincho "
                     b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                     b"/FontDescriptor << /Type /FontDescriptor /FontName /MS-Mincho /Flags 4 "
                     b"/FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 "
                     b"/CapHeight 700 /StemV 80 >> /DW 1000 >>")
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /MS-Mincho /Encoding /Identity-H "
               b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, cmap))
    kids = []
    for text in pages:
        ops = [b"BT /F1 10 Tf 12 TL 40 800 Td"]
        for line in text.split("\n"):
            while True:
                piece, line = line[:45], line[45:]
                encoded = "".join(f"{min(ord(c), 0xFFFF):04X}" for c in piece)
                ops.append(b"<" + encoded.encode() + b"> Tj T*")
                if not line:
                    break
        ops.append(b"ET")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_obj, content, font)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                              + b"] /Count %d >>" % len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, xref)
    return bytes(out)


def write_pdf(path: Path, pages: Sequence[str]) -> Path:
    path.write_bytes(ja_pdf(pages))
    return path


def write_docx(path: Path, blocks: Sequence[tuple[str, object]]) -> Path:
    """``blocks``: ("h1".."h3", text), ("p", text) or ("table", [[cells], ...])."""
    import docx

    d = docx.Document()
    for kind, value in blocks:
        if kind.startswith("h"):
            d.add_heading(str(value), level=int(kind[1]))
        elif kind == "p":
            d.add_paragraph(str(value))
        elif kind == "table":
            rows = list(value)  # type: ignore[arg-type]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = str(cell)
    d.save(path)
    return path


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path
