"""Hybrid retrieval: the BM25 index fused with the organisation's Azure embeddings deployment
(setting ``embeddings_deployment``; empty = BM25 only).

Privacy: nothing reaches the embeddings deployment unmasked. Every passage (when the index is
embedded, after an update or at the first search of a new index) and every question (at search
time) goes through the product's ``PiiMasker`` first, each text in its own ``MaskSession``:
names, phone numbers, addresses... never leave the PC, at index time as at question time. If the
masker cannot be built (IT's dictionary unreadable), nothing is sent and search stays BM25.

Storage: ``<index>.embeddings.sqlite3`` beside the FTS index (for IT's published index, beside
its local copy). ``vectors`` holds unit-length float32 blobs keyed by a hash of the deployment
and the passage (title, heading, text); ``passages`` maps each passage id to its hash. An
unchanged passage is never embedded again, also when a rebuild gave it a new id; a changed
deployment embeds everything anew.

Ranking: reciprocal-rank fusion (Cormack, Clarke & Büttcher 2009, k = 60) of the BM25 list and
the cosine list: ranks, not scores, so nothing has to be calibrated between BM25 and cosine.
The vectors are compared exhaustively with numpy (about 6 MB and a few ms per 1,000 passages of
1,536 dimensions).

Failure: when the deployment cannot be reached (network, 401, quota, no key), search answers from
BM25 alone and never fails the question; the first failure is logged (its kind and status only,
no text) and kept as one notice; embeddings are tried again after ``RETRY_SECONDS``.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from desktop.core.errors import UserFacingError
from desktop.core.i18n import N_
from desktop.core.knowledge.index import SUPERSEDED_FACTOR, Hit, KnowledgeIndex, _own_heading
from desktop.core.knowledge.units import Unit

if TYPE_CHECKING:
    import openai

    from desktop.core.masking import PiiMasker
    from desktop.core.settings import Settings

log = logging.getLogger(__name__)

RRF_K = 60
CANDIDATES = 50  # from each list
BATCH_INPUTS = 32
BATCH_CHARS = 40_000  # well under the deployment's tokens per request
MAX_INPUT_CHARS = 4_000  # a passage is ~800 characters; a stray huge one is cut, not refused
RETRY_SECONDS = 300.0
_WAITING = "waiting before trying again"

EMBEDDINGS_UNAVAILABLE = N_(
    "埋め込みモデル（意味による検索）に接続できないため、語の一致だけで資料を検索しています。"
    "設定の「埋め込みモデルのデプロイ名」と API キーを確認してください。")

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
-- A rowid table: WITHOUT ROWID would give each kilobyte-sized row its own overflow page.
CREATE TABLE IF NOT EXISTS vectors (hash TEXT PRIMARY KEY, vec BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS passages (id INTEGER PRIMARY KEY, hash TEXT NOT NULL);
"""


class EmbeddingsUnavailable(Exception):
    """The deployment could not embed (``reason``: a kind and status, never text)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def embeddings_path(index_path: Path) -> Path:
    return index_path.with_name(index_path.stem + ".embeddings.sqlite3")


def make_embeddings_client(settings: Settings, api_key: Callable[[], str]) -> openai.OpenAI:
    """An SDK client for the embeddings deployment on the chat endpoint, built like the chat
    provider's (api-version, key from the keychain or Entra ID, proxy and TLS settings)."""
    from desktop.core.llm.providers import azure_client, azure_endpoint

    endpoint = azure_endpoint(settings)
    deployment = settings.embeddings_deployment.strip()
    if settings.azure_api == "v1":
        url = f"{endpoint}/openai/v1/embeddings"
    else:
        url = (f"{endpoint}/openai/deployments/{deployment}/embeddings"
               f"?api-version={settings.api_version}")
    return azure_client(settings, api_key, deployment, url)


def _default_api_key() -> str:
    import os

    from desktop.core.secrets import SecretStore
    from desktop.core.settings_store import API_KEY_ENV

    return os.environ.get(API_KEY_ENV, "") or SecretStore().get()


def passage_text(title: str, heading: str, text: str) -> str:
    """What is embedded for a passage (before masking): its document, heading and text."""
    head = "\n".join(p for p in (title, _own_heading(heading, title)) if p)
    return (f"{head}\n{text}" if head else text)[:MAX_INPUT_CHARS]


class VectorStore:
    """The vectors of one index's passages, in their own SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(_DDL)

    def hashes(self) -> set[str]:
        return {h for (h,) in self.db.execute("SELECT hash FROM vectors")}

    def put(self, items: Sequence[tuple[str, np.ndarray]]) -> None:
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                                [(h, v.astype("<f4").tobytes()) for h, v in items])

    def set_passages(self, mapping: dict[int, str]) -> None:
        """The passages' hashes now; vectors no passage uses any more are dropped."""
        with self.db:
            self.db.execute("DELETE FROM passages")
            self.db.executemany("INSERT INTO passages VALUES (?, ?)", mapping.items())
            self.db.execute("DELETE FROM vectors WHERE hash NOT IN (SELECT hash FROM passages)")

    def matrix(self) -> tuple[np.ndarray, np.ndarray]:
        """(passage ids, their unit vectors as rows)."""
        rows = self.db.execute("SELECT p.id, v.vec FROM passages p JOIN vectors v"
                               " ON v.hash = p.hash ORDER BY p.id").fetchall()
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        dims = {len(r[1]) for r in rows}
        if len(dims) != 1:  # a half-finished change of deployment: use the commonest size
            size = max(dims, key=lambda d: sum(len(r[1]) == d for r in rows))
            keep = [i for i, r in enumerate(rows) if len(r[1]) == size]
            rows = [rows[i] for i in keep]
            ids = ids[keep]
        matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype="<f4").reshape(len(rows), -1)
        return ids, matrix

    def meta(self, key: str) -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else ""

    def set_meta(self, key: str, value: str) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()


@dataclass
class _Loaded:
    store: VectorStore
    stamp: tuple[str, ...] = ()
    ids: np.ndarray | None = None
    matrix: np.ndarray | None = None


class HybridSearch:
    """BM25 + cosine over one or more ``KnowledgeIndex`` files (the local and the published one).
    Thread-safe; call it off the UI thread (it may wait on the network)."""

    def __init__(self, settings: Settings, *, api_key: Callable[[], str] = _default_api_key,
                 masker: Callable[[], PiiMasker] | None = None,
                 client_factory: Callable[[Settings, Callable[[], str]], openai.OpenAI]
                 = make_embeddings_client) -> None:
        self.settings = settings
        self.deployment = settings.embeddings_deployment.strip()
        self._api_key = api_key
        self._make_masker = masker or (lambda: _masker_for(settings))
        self._client_factory = client_factory
        self._client: openai.OpenAI | None = None
        self._masker: PiiMasker | None = None
        self._lock = threading.RLock()
        self._loaded: dict[Path, _Loaded] = {}
        self._down_until = 0.0
        self.notices: list[str] = []

    @classmethod
    def for_settings(cls, settings: Settings,
                     api_key: Callable[[], str] | None = None,
                     masker: Callable[[], PiiMasker] | None = None) -> HybridSearch | None:
        """None when no embeddings deployment is configured (or Azure is not allowed).
        ``api_key``: the composition root's (environment, keychain or the session's memory)."""
        if not settings.embeddings_deployment.strip() or "azure" not in settings.allowed_providers:
            return None
        return cls(settings, api_key=api_key or _default_api_key, masker=masker)

    # -- embedding ------------------------------------------------------------------------
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of ``texts``, masked first, in batches; ``EmbeddingsUnavailable``."""
        if time.monotonic() < self._down_until:
            raise EmbeddingsUnavailable(_WAITING)
        try:
            masker = self._masker_once()
            masked = [masker.mask(t).masked_text or "-" for t in texts]
            client = self._client_once()
            out: list[np.ndarray] = []
            for batch in _batches(masked):
                resp = client.embeddings.create(model=self.deployment, input=batch,
                                                encoding_format="float")
                data = sorted(resp.data, key=lambda d: d.index)
                if len(data) != len(batch):
                    raise ValueError(f"{len(data)} vectors for {len(batch)} inputs")
                out.append(np.asarray([d.embedding for d in data], dtype=np.float32))
        except EmbeddingsUnavailable:
            raise
        except Exception as exc:  # the SDK's errors, a missing key, a malformed answer
            raise EmbeddingsUnavailable(_reason(exc)) from None
        vectors = np.concatenate(out) if out else np.zeros((0, 0), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)

    def _masker_once(self) -> PiiMasker:
        with self._lock:
            if self._masker is None:
                self._masker = self._make_masker()
            return self._masker

    def _client_once(self) -> openai.OpenAI:
        with self._lock:
            if self._client is None:
                self._client = self._client_factory(self.settings, self._api_key)
            return self._client

    def _failed(self, exc: EmbeddingsUnavailable) -> None:
        with self._lock:
            self._down_until = time.monotonic() + RETRY_SECONDS
            if EMBEDDINGS_UNAVAILABLE not in self.notices:
                log.warning("knowledge: embeddings unavailable (%s); searching with BM25 only",
                            exc.reason)
                self.notices.append(EMBEDDINGS_UNAVAILABLE)

    # -- the index's vectors --------------------------------------------------------------
    def sync(self, index: KnowledgeIndex, cancelled: Callable[[], bool] | None = None) -> bool:
        """Embed the passages of ``index`` that have no vector yet; False (with the notice)
        when the deployment could not be used. Each batch is committed: an interrupted run
        resumes where it stopped."""
        try:
            self._sync(index, cancelled)
            return True
        except EmbeddingsUnavailable as exc:
            if exc.reason != _WAITING:
                self._failed(exc)
            return False

    def _sync(self, index: KnowledgeIndex, cancelled: Callable[[], bool] | None = None
              ) -> _Loaded:
        with self._lock:
            loaded = self._loaded.get(index.path)
            if loaded is None:
                loaded = _Loaded(VectorStore(embeddings_path(index.path)))
                self._loaded[index.path] = loaded
            count = index.db.execute("SELECT count(*), max(id) FROM units").fetchone()
            stamp = (self.deployment, index.meta("build_id"), index.meta("built_at"),
                     str(count[0]), str(count[1]))
            if loaded.stamp == stamp and loaded.matrix is not None:
                return loaded
            mapping: dict[int, str] = {}
            texts: dict[str, str] = {}
            for uid, title, heading, text in index.db.execute(
                    "SELECT u.id, d.title, u.heading, u.text FROM units u"
                    " JOIN docs d ON d.id = u.doc_id"):
                body = passage_text(title or "", heading or "", text or "")
                digest = hashlib.sha256(f"{self.deployment}\n{body}".encode()).hexdigest()
                mapping[uid] = digest
                texts.setdefault(digest, body)
            have = loaded.store.hashes()
            missing = [h for h in texts if h not in have]
            complete = True
            for start in range(0, len(missing), BATCH_INPUTS * 8):
                if cancelled is not None and cancelled():
                    complete = False
                    break
                chunk = missing[start:start + BATCH_INPUTS * 8]
                vectors = self.embed([texts[h] for h in chunk])
                loaded.store.put(list(zip(chunk, vectors, strict=True)))
            if missing:
                log.info("knowledge: %d passages embedded", len(missing))
            loaded.store.set_passages(mapping)
            loaded.ids, loaded.matrix = loaded.store.matrix()
            loaded.stamp = stamp if complete else ()
            return loaded

    # -- searching ------------------------------------------------------------------------
    def search(self, index: KnowledgeIndex, query: str, top: int = 5) -> list[Hit]:
        """The ``top`` passages by reciprocal-rank fusion of BM25 and cosine; BM25 alone when
        the deployment cannot be used."""
        bm25 = index.search(query, max(top, CANDIDATES))
        if not query.strip() or time.monotonic() < self._down_until:
            return bm25[:top]
        try:
            loaded = self._sync(index)
            if loaded.matrix is None or not loaded.matrix.size:
                return bm25[:top]
            question = self.embed([query])[0]
        except EmbeddingsUnavailable as exc:
            self._failed(exc)
            return bm25[:top]
        assert loaded.ids is not None
        if question.shape[0] != loaded.matrix.shape[1]:
            return bm25[:top]  # vectors of another deployment, being replaced
        sims = loaded.matrix @ question
        best = np.argsort(-sims, kind="stable")[:CANDIDATES]
        nearest = self._hits(index, [int(loaded.ids[i]) for i in best],
                             [float(sims[i]) for i in best])
        return fuse(bm25, nearest, top)

    def _hits(self, index: KnowledgeIndex, ids: list[int], sims: list[float]) -> list[Hit]:
        """Hits for passage ids, in the given order, shown like ``KnowledgeIndex.search``."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = {r[0]: r for r in index.db.execute(
            "SELECT u.id, u.heading, u.page, u.sheet, u.row, u.text, d.root, d.rel, d.title,"
            " d.family, d.effective FROM units u JOIN docs d ON d.id = u.doc_id"
            f" WHERE u.id IN ({marks})", ids)}
        in_force = index._versions_in_force({r[9] for r in rows.values() if r[9]}, None)
        hits = []
        for uid, sim in zip(ids, sims, strict=True):
            if uid not in rows:
                continue  # removed by an update since the vectors were loaded
            _, heading, page, sheet, row, text, root, rel, title, family, effective = rows[uid]
            current = in_force.get(family)
            superseded = bool(current and effective and effective < current)
            unit = Unit(text, _own_heading(heading or "", title or ""), page=page, sheet=sheet,
                        row=row)
            hits.append(Hit(str(Path(root, rel)), title, unit.location(), text, round(sim, 4),
                            heading or "", page, sheet, row, effective or "", superseded))
        return hits

    def close(self) -> None:
        with self._lock:
            for loaded in self._loaded.values():
                loaded.store.close()
            self._loaded.clear()
            if self._client is not None:
                with contextlib.suppress(Exception):
                    self._client.close()
                self._client = None


def fuse(bm25: list[Hit], nearest: list[Hit], top: int) -> list[Hit]:
    """Reciprocal-rank fusion; a passage of a rule whose newer version is in force counts less
    in the cosine list (the BM25 list has demoted it already). Score = the fused value."""
    scores: dict[tuple[str, str], float] = {}
    hits: dict[tuple[str, str], Hit] = {}
    for weighted, ranked in ((False, bm25), (True, nearest)):
        for rank, hit in enumerate(ranked, start=1):
            key = (hit.path, hit.text)
            weight = SUPERSEDED_FACTOR if weighted and hit.superseded else 1.0
            scores[key] = scores.get(key, 0.0) + weight / (RRF_K + rank)
            hits.setdefault(key, hit)
    order = sorted(scores, key=lambda k: -scores[k])[:top]
    return [replace(hits[k], score=round(scores[k], 6)) for k in order]


def _batches(texts: list[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and (len(batch) >= BATCH_INPUTS or size + len(text) > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield batch


def _reason(exc: BaseException) -> str:
    """What went wrong, for the log: the error's kind and HTTP status, never its text (an
    error body may quote the input)."""
    status = getattr(exc, "status_code", None)
    if isinstance(exc, UserFacingError):
        return f"{type(exc).__name__} {exc.detail}"
    return f"{type(exc).__name__}{f' {status}' if status else ''}"


def _masker_for(settings: Settings) -> PiiMasker:
    from desktop.core.masking import PiiMasker

    return PiiMasker.from_settings(settings)
