"""The organisation's own documents (例規・要綱・マニュアル・FAQ): structure-aware passages,
a Japanese BM25 index in SQLite FTS5, and the clerk's view over local and published indexes.

Names are imported on first use: the task kind registry imports ``knowledge.task`` at start-up,
and the index (SQLite, the document readers) is not needed before the first question.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Hit": "index", "IndexStatus": "index", "KnowledgeIndex": "index", "Problem": "index",
    "UpdateReport": "index", "Folder": "library", "FolderError": "library", "Library": "library",
    "LibraryStatus": "library", "build_published_index": "library",
}

if TYPE_CHECKING:
    from desktop.core.knowledge.index import Hit, IndexStatus, KnowledgeIndex, Problem, UpdateReport
    from desktop.core.knowledge.library import (
        Folder,
        FolderError,
        Library,
        LibraryStatus,
        build_published_index,
    )

__all__ = [
    "Folder", "FolderError", "Hit", "IndexStatus", "KnowledgeIndex", "Library", "LibraryStatus",
    "Problem", "UpdateReport", "build_published_index",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(name)
    return getattr(importlib.import_module(f"desktop.core.knowledge.{module}"), name)
