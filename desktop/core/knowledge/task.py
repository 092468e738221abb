"""The 「庁内資料に聞く」 task kind: answer a question from the organisation's own documents.

- ``prompt_values`` retrieves the best passages for the question and puts them, numbered, into
  the prompt (value ``passages``); the pipeline masks the whole prompt, question and passages, in
  one session. Only these passages are sent: never a file, never a folder, never a path.
- ``finish`` reads the [1][2] citations of the un-masked answer and returns the cited sources
  (document, location, path, score) — and every retrieved passage, for the clerk to check.
- "The documents do not say" is a valid answer: it cites nothing and lists no source.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from desktop.core.errors import UserFacingError
from desktop.core.i18n import N_
from desktop.core.tasks.base import AnswerContext, CliReport, KindResources, TaskKind

if TYPE_CHECKING:
    from desktop.core.knowledge.index import Hit
    from desktop.core.settings import Settings
    from desktop.core.tasks.model import TaskResult
    from desktop.core.templates.model import Template

QUESTION_VARIABLE = "question"
PASSAGES_VALUE = "passages"
SOURCES_VALUE = "knowledge_sources"  # JSON of the retrieved passages; never rendered
TOP_PASSAGES = 5
NOT_FOUND_TEXT = "（質問に関係する資料は見つかりませんでした）"
_CITATION = re.compile(r"[\[［]\s*(\d{1,2})\s*[\]］]")


class NoDocuments(UserFacingError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__(
            "検索する庁内資料がありません。`office-assistant knowledge add フォルダ` で資料のフォルダを"
            "追加するか、情報システム担当に資料フォルダの設定（knowledge_folders / knowledge_index）を"
            "依頼してください。", detail="no knowledge documents")


class KnowledgeKind(TaskKind):
    name: ClassVar[str] = "knowledge"
    label: ClassVar[str] = N_("庁内資料に聞く")
    reads_files: ClassVar[bool] = False
    accepts_document_passwords: ClassVar[bool] = False

    def __init__(self, top: int = TOP_PASSAGES) -> None:
        self._top = top

    @property
    def output_budget_setting(self) -> str:
        return "max_output_tokens_text"

    def prompt_values(self, template: Template, values: Mapping[str, str],
                      files: Mapping[str, Path], settings: Settings,
                      resources: KindResources) -> dict[str, str]:
        out = dict(values)
        question = values.get(QUESTION_VARIABLE, "").strip()
        # The app's library: its folders, index, embeddings key and clean-up are the
        # composition root's (a settings change gives a new one).
        library = resources.knowledge()
        if not library.folders() and not settings.knowledge_index:
            raise NoDocuments()
        library.ensure_indexed()  # runs off the UI thread, like the rest of prepare
        hits = library.search(question, self._top) if question else []
        out[PASSAGES_VALUE] = format_passages(hits) if hits else NOT_FOUND_TEXT
        out[SOURCES_VALUE] = json.dumps([source_of(n, h) for n, h in enumerate(hits, start=1)],
                                        ensure_ascii=False)
        return out

    def finish(self, ctx: AnswerContext) -> dict[str, Any]:
        retrieved = json.loads(ctx.prepared.values.get(SOURCES_VALUE) or "[]")
        return {"sources": cited_sources(ctx.output, retrieved), "retrieved": retrieved}

    def failed_finish(self) -> dict[str, Any]:
        return {"sources": [], "retrieved": []}

    def cli_report(self, result: TaskResult) -> CliReport:
        sources = result.extra.get("sources") or []
        if not result.output:
            return CliReport("")
        if sources:
            lines = ["出典:"] + [f"[{s['number']}] {s['document']}　{s['location']}\n    {s['path']}"
                                 for s in sources]
        else:
            lines = ["出典: なし（資料からは答えが見つかりませんでした）"]
        after = "\n" + "\n".join(lines)  # a blank line after the answer
        return CliReport(result.output.rstrip() + "\n" + after, after_stream=after)


def source_of(number: int, hit: Hit) -> dict[str, Any]:
    return {"number": number, "document": hit.title or Path(hit.path).name,
            "location": hit.location, "path": hit.path, "page": hit.page, "sheet": hit.sheet,
            "row": hit.row, "score": hit.score, "superseded": hit.superseded,
            "effective": hit.effective, "text": hit.text}


def format_passages(hits: list[Hit]) -> str:
    """The numbered passages as the prompt shows them (no file paths: only what answers)."""
    blocks = []
    for n, hit in enumerate(hits, start=1):
        head = f"[{n}] 『{hit.title or Path(hit.path).stem}』"
        if hit.location:
            head += f" {hit.location}"
        if hit.effective:
            head += f"（{hit.effective} 施行）"
        if hit.superseded:
            head += "【旧版: 新しい版が施行されています】"
        blocks.append(f"{head}\n{hit.text.strip()}")
    return "\n\n".join(blocks)


def cited_sources(answer: str, retrieved: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The retrieved passages the answer cites as [n], in the order first cited."""
    by_number = {s["number"]: s for s in retrieved}
    out: list[dict[str, Any]] = []
    for m in _CITATION.finditer(answer):
        source = by_number.get(int(m.group(1)))
        if source is not None and source not in out:
            out.append(source)
    return out
