from __future__ import annotations

import json

from desktop.cli import main


def test_mask_file_plain(tmp_path, capsys):
    f = tmp_path / "in.txt"
    f.write_text("山田太郎様 yamada@example.jp", encoding="utf-8")
    assert main(["mask", str(f)]) == 0
    out = capsys.readouterr().out
    assert "〔氏名1〕" in out and "yamada@" not in out


def test_mask_json_offsets(tmp_path, capsys, monkeypatch):
    text = "電話は０９０－１２３４－５６７８です"
    f = tmp_path / "in.txt"
    f.write_text(text, encoding="utf-8")
    assert main(["mask", str(f), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (ent,) = data["entities"]
    assert ent["type"] == "PHONE" and text[ent["start"] : ent["end"]] == ent["text"]
    assert ent["placeholder"] == "〔電話番号1〕"


def test_mask_jsonl_stdin(monkeypatch, capsys):
    import io
    import sys

    lines = [
        json.dumps({"id": "a", "text": "鈴木花子さん"}, ensure_ascii=False),
        json.dumps({"id": 2, "text": "特になし"}, ensure_ascii=False),
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["mask", "--jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["a", 2]
    assert rows[0]["entities"][0]["type"] == "PERSON" and rows[1]["entities"] == []


def test_mask_unreadable_file(tmp_path, capsys):
    assert main(["mask", str(tmp_path / "missing.txt")]) != 0
    assert "読み込めません" in capsys.readouterr().err


def test_mask_honours_dictionary_setting(tmp_path, capsys, services):
    d = tmp_path / "dict.txt"
    d.write_text("青葉案件\n", encoding="utf-8")
    services.settings.set("masking_dictionary_file", str(d))
    services.settings.save()
    f = tmp_path / "in.txt"
    f.write_text("青葉案件の進捗", encoding="utf-8")
    assert main(["mask", str(f)]) == 0
    assert "〔秘匿語1〕" in capsys.readouterr().out


def test_bom_stays_in_offsets_and_bad_jsonl_lines_do_not_stop_the_batch(tmp_path, capsys, monkeypatch):
    import io
    import json as _json

    from desktop.cli import main

    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeff山田太郎様".encode())
    assert main(["mask", str(f), "--json"]) == 0
    data = _json.loads(capsys.readouterr().out)
    text = f.read_text("utf-8")
    assert all(text[e["start"]:e["end"]] == e["text"] for e in data["entities"])

    lines = '\ufeff{"id": 1, "text": "山田太郎様"}\nnot json\n{"id": 3, "text": "佐藤さん"}\n'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines.encode()), encoding="utf-8"))
    assert main(["mask", "--jsonl"]) == 1
    rows = [_json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r.get("id") for r in rows] == [1, None, 3]
    assert "error" in rows[1] and "masked_text" in rows[2]
