"""The organisation's documents as one clerk sees them: the folders IT set by policy, the folders
the clerk added, and the index IT published on the share.

- The local index (``<data>/knowledge/index.sqlite3``) covers the policy folders and the clerk's
  folders; ``update`` re-reads only what changed.
- The published index (setting ``knowledge_index``) is never opened on the share: it is copied to
  the cache when its size or time changes (so IT can replace it while PCs use it) and searched
  read-only; a rebuild is noticed at the next search.
- ``search`` asks both and merges by score.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.atomic import write_text
from desktop.core.errors import UserFacingError
from desktop.core.knowledge.index import (
    Hit,
    IndexStatus,
    IndexUnavailable,
    KnowledgeIndex,
    Progress,
    UpdateReport,
)

if TYPE_CHECKING:
    from desktop.core.knowledge.embeddings import HybridSearch
    from desktop.core.masking import PiiMasker
    from desktop.core.paths import AppPaths
    from desktop.core.settings import Settings

log = logging.getLogger(__name__)


class FolderError(UserFacingError):
    exit_code = 4


@dataclass(frozen=True)
class Folder:
    path: str
    source: str  # "policy" (IT's, cannot be removed here) or "user"


@dataclass
class LibraryStatus:
    folders: list[Folder]
    local: IndexStatus | None
    shared: IndexStatus | None
    shared_path: str = ""
    shared_error: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return sum(s.documents for s in (self.local, self.shared) if s is not None)

    @property
    def passages(self) -> int:
        return sum(s.passages for s in (self.local, self.shared) if s is not None)


class Library:
    def __init__(self, data_dir: Path, cache_dir: Path, *, policy_folders: list[str],
                 shared_index: str = "", max_bytes: int | None = None,
                 hybrid: HybridSearch | None = None) -> None:
        self.dir = Path(data_dir) / "knowledge"
        self.cache = Path(cache_dir) / "knowledge"
        self.policy_folders = [f for f in policy_folders if f.strip()]
        self.shared_index = shared_index.strip()
        self.max_bytes = max_bytes
        self.hybrid = hybrid  # BM25 fused with the embeddings deployment, when one is set
        self._lock = threading.Lock()
        self._local: KnowledgeIndex | None = None
        self._shared: KnowledgeIndex | None = None
        self._shared_stamp: tuple[float, int] | None = None

    @classmethod
    def for_settings(cls, paths: AppPaths, settings: Settings,
                     api_key: Callable[[], str] | None = None,
                     masker: Callable[[], PiiMasker] | None = None) -> Library:
        """``api_key`` and ``masker``: the composition root's, for the embeddings search."""
        from desktop.core.knowledge.embeddings import HybridSearch

        return cls(paths.data_dir, paths.cache_dir, policy_folders=list(settings.knowledge_folders),
                   shared_index=settings.knowledge_index,
                   max_bytes=int(settings.max_document_mb * 1_048_576),
                   hybrid=HybridSearch.for_settings(settings, api_key, masker))

    @property
    def index_path(self) -> Path:
        return self.dir / "index.sqlite3"

    @property
    def _folders_file(self) -> Path:
        return self.dir / "folders.json"

    # -- folders ----------------------------------------------------------------------------
    def user_folders(self) -> list[str]:
        try:
            data = json.loads(self._folders_file.read_text("utf-8"))
        except (OSError, ValueError):
            return []
        return [str(p) for p in data.get("folders", []) if isinstance(p, str)]

    def folders(self) -> list[Folder]:
        out = [Folder(p, "policy") for p in self.policy_folders]
        out += [Folder(p, "user") for p in self.user_folders() if p not in self.policy_folders]
        return out

    def add_folder(self, path: str | Path) -> str:
        folder = Path(path).expanduser()
        if not folder.is_dir():
            raise FolderError(f"フォルダ「{folder}」が見つかりません。パスを確かめてください。",
                              detail="no such folder")
        resolved = str(folder.resolve())
        folders = self.user_folders()
        if resolved not in folders and resolved not in self.policy_folders:
            folders.append(resolved)
            self._save_folders(folders)
        return resolved

    def remove_folder(self, path: str | Path) -> bool:
        target = str(Path(path).expanduser().resolve())
        if target in self.policy_folders or str(path) in self.policy_folders:
            raise FolderError("このフォルダは情報システム担当が設定したため、外せません。",
                              detail="policy folder")
        folders = [f for f in self.user_folders() if f not in (target, str(path))]
        changed = len(folders) != len(self.user_folders())
        if changed:
            self._save_folders(folders)
        return changed

    def _save_folders(self, folders: list[str]) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        write_text(self._folders_file,
                          json.dumps({"folders": folders}, ensure_ascii=False, indent=1))

    # -- indexes ----------------------------------------------------------------------------
    def local_index(self) -> KnowledgeIndex:
        with self._lock:
            if self._local is None:
                self._local = KnowledgeIndex(self.index_path)
            return self._local

    def update(self, *, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> UpdateReport:
        """Index what changed in every folder (run off the UI thread)."""
        report = self.local_index().update([f.path for f in self.folders()], progress=progress,
                                           cancelled=cancelled, max_bytes=self.max_bytes)
        if self.hybrid is not None and not report.cancelled:
            self.hybrid.sync(self.local_index(), cancelled)  # masked; BM25 alone if it fails
        return report

    def ensure_indexed(self) -> UpdateReport | None:
        """Index the folders once if the local index has never covered them all (a folder
        IT just added by policy); later changes wait for an update the clerk starts."""
        folders = [f.path for f in self.folders()]
        if not folders:
            return None
        covered = set(self.local_index().meta("roots").split("\n"))
        if all(str(Path(f)) in covered for f in folders):
            return None
        return self.update()

    def shared(self) -> KnowledgeIndex | None:
        """IT's published index, copied here when it changed; None when none is configured.
        Raises ``IndexUnavailable`` when it is configured but cannot be read."""
        if not self.shared_index:
            return None
        source = Path(self.shared_index)
        try:
            st = source.stat()
        except OSError as exc:
            if self._shared is not None:
                return self._shared  # the share is away: keep searching the last copy
            raise IndexUnavailable(source, exc.strerror or type(exc).__name__) from None
        stamp = (st.st_mtime, st.st_size)
        with self._lock:
            if self._shared is not None and stamp == self._shared_stamp:
                return self._shared
            self.cache.mkdir(parents=True, exist_ok=True)
            copy = self.cache / "shared-index.sqlite3"
            partial = copy.with_suffix(".part")
            try:
                shutil.copyfile(source, partial)
                if self._shared is not None:
                    self._shared.close()
                    self._shared = None
                os.replace(partial, copy)
            except OSError as exc:
                with contextlib.suppress(OSError):
                    partial.unlink()
                if self._shared is not None:
                    return self._shared
                raise IndexUnavailable(source, exc.strerror or type(exc).__name__) from None
            self._shared = KnowledgeIndex(copy, read_only=True)
            self._shared_stamp = stamp
            log.info("knowledge: published index copied (%d bytes)", st.st_size)
            return self._shared

    def search(self, query: str, top: int = 5) -> list[Hit]:
        """The best ``top`` passages from the local and the published index."""
        hits: list[Hit] = []
        if self.index_path.exists() or self.folders():
            hits += self._search(self.local_index(), query, top)
        shared = self.shared()
        if shared is not None:
            hits += self._search(shared, query, top)
        seen: set[tuple[str, str]] = set()
        unique = []
        for h in sorted(hits, key=lambda h: -h.score):
            key = (h.path, h.text)
            if key not in seen:
                seen.add(key)
                unique.append(h)
        return unique[:top]

    def _search(self, index: KnowledgeIndex, query: str, top: int) -> list[Hit]:
        if self.hybrid is not None:
            return self.hybrid.search(index, query, top)
        return index.search(query, top)

    def status(self) -> LibraryStatus:
        local = self.local_index().status() if self.index_path.exists() else None
        shared_status, error = None, ""
        try:
            shared = self.shared()
            shared_status = shared.status() if shared is not None else None
        except UserFacingError as exc:
            error = exc.user_message
        notes = list(self.hybrid.notices) if self.hybrid is not None else []
        return LibraryStatus(self.folders(), local, shared_status, self.shared_index, error, notes)

    def close(self) -> None:
        if self.hybrid is not None:
            self.hybrid.close()
        with self._lock:
            for index in (self._local, self._shared):
                if index is not None:
                    index.close()
            self._local = self._shared = None


def build_published_index(folder: Path, out: Path, *, shown_as: str = "",
                          progress: Progress | None = None,
                          max_bytes: int | None = None) -> UpdateReport:
    """IT's one-off build: index ``folder`` into ``out`` (written next to it and moved into
    place, so PCs copying the old file never see half a new one). ``shown_as``: the folder's
    path as PCs see it (a UNC path), stored so their sources open."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FolderError(f"フォルダ「{folder}」が見つかりません。パスを確かめてください。",
                          detail="no such folder")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = out.with_name(out.name + ".building")
    # An interrupted build resumes from its work file.
    index = KnowledgeIndex(work)
    try:
        report = index.update([folder], progress=progress, max_bytes=max_bytes,
                              display_root={str(folder): shown_as or str(folder)})
        if not report.cancelled:
            index.optimize()
    finally:
        index.close()
    if not report.cancelled:
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(str(work) + suffix).unlink()
        os.replace(work, out)
    return report
