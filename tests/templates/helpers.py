"""Small builders for template files used across the template tests."""

from __future__ import annotations

from pathlib import Path

MINIMAL = '''
id = "{id}"
version = 1
title = "{title}"
title_en = "Title"
category = "文書作成"
manual_minutes = 10
system = "あなたは地方自治体のプロフェッショナルです。"
user = "次を要約: {{{{text}}}}"

[[variables]]
name = "text"
type = "multiline"
label = "本文"
required = true
'''


def write_template(folder: Path, tid: str, title: str = "テスト", name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name or tid}.toml"
    path.write_text(MINIMAL.format(id=tid, title=title), "utf-8")
    return path
