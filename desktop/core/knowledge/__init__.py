"""The organisation's own documents (例規・要綱・マニュアル・FAQ): structure-aware passages,
a Japanese BM25 index in SQLite FTS5, and the clerk's view over local and published indexes."""

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
