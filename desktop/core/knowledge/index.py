"""The search index of the organisation's documents: SQLite FTS5 with BM25.

Why it is long: one class owns the FTS5 schema, the incremental update and the ranking that
reads exactly what the update wrote; a change to one is a change to the others.

Why FTS5: it ships in CPython's sqlite3 on Windows and Linux (no new dependency, no model
download), ranks with BM25 and per-column weights, and keeps the index one file IT can publish.
The tokens are ours (``analysis``: lemmas, readings, bigrams) written space-separated, so the
``unicode61`` tokenizer only splits on the spaces.

Incremental and resumable: each file is committed on its own with its size and mtime; an
interrupted build resumes where it stopped, and an unchanged file is never read again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.core.documents import DocumentError
from desktop.core.knowledge import analysis, intent, synonyms
from desktop.core.knowledge.readers import INDEXED_EXTENSIONS, read_units
from desktop.core.knowledge.units import Unit

log = logging.getLogger(__name__)

SCHEMA = 1
# Weights of the passage columns (heading morph, heading bigram, body morph, body reading, body
# bigram) and of the document title's score added to each of its passages; tuned on
# bench/knowledge_eval.py's development questions only.
WEIGHTS = (3.0, 1.5, 1.0, 0.3, 0.5)
TITLE_WEIGHTS = (1.0, 0.5)
TITLE_FACTOR = 1.0
FULL_FACTOR = 0.3
CANDIDATES = 200
# Ranking costs about 1 ms per 1,000 matching passages: the query's most common terms (their
# BM25 weight is near zero anyway) are left out until its terms' passages total this many.
POSTINGS_BUDGET = 10_000
DF_FLOOR = 100  # term_df lists the terms in at least this many passages
TITLE_DOCS = 5
# A passage from a version of a rule other than the one asked about (by default the one in
# force) counts this much.
SUPERSEDED_FACTOR = 0.55
# A share of the best score among a document's passages added to each of them: the document
# that is about the question's subject (its purpose article names the thing) lifts its article
# that answers the question (the amount article, which does not name it).
DOC_FACTOR = 0.15
# A passage holding the kind of answer the question asks for (an amount, a deadline, who...).
ANSWER_FACTOR = 1.3
MAX_QUERY_TERMS = 80
SKIP_NAMES = re.compile(r"^(?:~\$|\.~lock|\.|Thumbs\.db$|desktop\.ini$)", re.IGNORECASE)

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY, root TEXT NOT NULL, rel TEXT NOT NULL, mtime REAL, size INTEGER,
    title TEXT, family TEXT, effective TEXT, pages INTEGER, status TEXT, error TEXT,
    indexed_at TEXT, UNIQUE(root, rel));
CREATE INDEX IF NOT EXISTS docs_family ON docs(family);
CREATE TABLE IF NOT EXISTS units (
    id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, ord INTEGER, kind TEXT, heading TEXT,
    page INTEGER, sheet TEXT, row INTEGER, text TEXT);
CREATE INDEX IF NOT EXISTS units_doc ON units(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    head_m, head_b, body_m, body_r, body_b,
    content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
CREATE TABLE IF NOT EXISTS term_df (term TEXT PRIMARY KEY, df INTEGER) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS titles USING fts5(
    title_m, title_b, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
"""
_DDL_OLD_SQLITE = _DDL.replace(", contentless_delete=1", "")


@dataclass
class Hit:
    path: str
    title: str
    location: str
    text: str
    score: float
    heading: str = ""
    page: int | None = None
    sheet: str | None = None
    row: int | None = None
    effective: str = ""
    superseded: bool = False  # a newer version of this rule is in force

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Problem:
    path: str
    message: str


@dataclass
class UpdateReport:
    indexed: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list[Problem] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0


@dataclass
class IndexStatus:
    path: str
    documents: int
    passages: int
    errors: list[Problem]
    roots: list[str]
    built_at: str
    build_id: str
    size_bytes: int


Progress = Callable[[int, int, str], None]


class IndexUnavailable(DocumentError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"資料の検索索引「{path}」を開けません（{reason}）。"
                         "`office-assistant knowledge status` で確認し、必要なら作り直してください。",
                         detail="knowledge index unavailable")


class KnowledgeIndex:
    """One index file. ``read_only`` for a published index (IT's build)."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        try:
            if read_only:
                uri = self.path.resolve().as_uri() + "?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
                self._check_schema()
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(self.path, check_same_thread=False)
                self.db.execute("PRAGMA journal_mode=WAL")
                self._create()
        except sqlite3.Error as exc:
            raise IndexUnavailable(self.path, str(exc)) from None

    def _create(self) -> None:
        try:
            self.db.executescript(_DDL)
        except sqlite3.OperationalError:
            # SQLite before 3.43 has no contentless_delete: rows are deleted with their terms.
            self.db.executescript(_DDL_OLD_SQLITE)
        with self.db:
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('build_id', ?)", (uuid.uuid4().hex,))
        self._check_schema()

    def _check_schema(self) -> None:
        row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None or int(row[0]) != SCHEMA:
            raise sqlite3.DatabaseError(f"schema {row[0] if row else '?'} != {SCHEMA}")

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()

    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # -- building -----------------------------------------------------------------------
    def update(self, roots: Iterable[Path | str], *, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None,
               max_bytes: int | None = 50 * 1_048_576, display_root: dict[str, str] | None = None,
               ) -> UpdateReport:
        """Index what changed under ``roots``; drop files that are gone and roots no longer
        listed. ``display_root`` maps a root to the path PCs will see it as (IT's build)."""
        started = time.perf_counter()
        report = UpdateReport()
        names = [str(Path(r)) for r in roots]
        shown = {r: (display_root or {}).get(r, r) for r in names}
        listing: list[tuple[str, str, Path, os.stat_result]] = []
        unreachable: set[str] = set()
        for root in names:
            before = len(report.skipped)
            for path, st in walk(Path(root), report.skipped):
                listing.append((shown[root], path.relative_to(root).as_posix(), path, st))
            if len(report.skipped) > before and report.skipped[before].path == root:
                unreachable.add(shown[root])  # a share that is offline: keep what we have
        known = {(r, rel): (mtime, size, status) for r, rel, mtime, size, status in
                 self.db.execute("SELECT root, rel, mtime, size, status FROM docs")}
        seen = {(r, rel) for r, rel, _, _ in listing} | {k for k in known if k[0] in unreachable}
        for key in set(known) - seen:
            self._delete_doc(*key)
            report.removed += 1
        self.db.commit()
        total = len(listing)
        for n, (root, rel, path, st) in enumerate(listing, start=1):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if progress is not None:
                progress(n - 1, total, rel)
            previous = known.get((root, rel))
            if previous is not None and previous[0] == st.st_mtime and previous[1] == st.st_size:
                if previous[2] == "error":
                    err = self.db.execute("SELECT error FROM docs WHERE root=? AND rel=?",
                                          (root, rel)).fetchone()
                    report.skipped.append(Problem(str(path), err[0] if err else ""))
                report.unchanged += 1
                continue
            self._index_file(root, rel, path, st, report, max_bytes)
        if progress is not None and not report.cancelled:
            progress(total, total, "")
        with self.db:
            self._set_meta("roots", "\n".join(shown[r] for r in names))
            self._set_meta("built_at", dt.datetime.now().astimezone().isoformat(timespec="seconds"))
            if report.indexed or report.removed:
                self._set_meta("build_id", uuid.uuid4().hex)
        if report.indexed or report.removed:
            self._refresh_term_df()
        report.seconds = time.perf_counter() - started
        return report

    def _index_file(self, root: str, rel: str, path: Path, st: os.stat_result,
                    report: UpdateReport, max_bytes: int | None) -> None:
        try:
            result = read_units(path, max_bytes=max_bytes)
        except DocumentError as exc:
            self._record_error(root, rel, st, exc.user_message)
            report.skipped.append(Problem(str(path), exc.user_message))
            return
        except Exception as exc:  # a reader library failing on a file nobody curated
            log.warning("knowledge: %s failed: %s", rel, type(exc).__name__)
            message = f"「{path.name}」を読み込めませんでした（{type(exc).__name__}）。"
            self._record_error(root, rel, st, message)
            report.skipped.append(Problem(str(path), message))
            return
        # The title alone is not a passage: every passage of the file is indexed with it.
        units = [u for u in result.units if u.text.strip().lstrip("#").strip() != result.title
                 ] or result.units
        rows = [(u, _passage_columns(_own_heading(u.heading, result.title), u.text)) for u in units]
        title_terms = analysis.analyse(result.title)
        with self.db:
            self._delete_doc(root, rel)
            cur = self.db.execute(
                "INSERT INTO docs (root, rel, mtime, size, title, family, effective, pages, status,"
                " error, indexed_at) VALUES (?,?,?,?,?,?,?,?, 'ok', '', ?)",
                (root, rel, st.st_mtime, st.st_size, result.title, family_key(result.title),
                 result.effective, result.pages, dt.datetime.now().isoformat(timespec="seconds")))
            doc_id = cur.lastrowid
            self.db.execute("INSERT INTO titles (rowid, title_m, title_b) VALUES (?,?,?)",
                            (doc_id, " ".join(title_terms.morph), " ".join(title_terms.bigram)))
            for order, (unit, terms) in enumerate(rows):
                uid = self.db.execute(
                    "INSERT INTO units (doc_id, ord, kind, heading, page, sheet, row, text)"
                    " VALUES (?,?,?,?,?,?,?,?)",
                    (doc_id, order, unit.kind, unit.heading, unit.page, unit.sheet, unit.row,
                     unit.text)).lastrowid
                self.db.execute(
                    "INSERT INTO fts (rowid, head_m, head_b, body_m, body_r, body_b)"
                    " VALUES (?,?,?,?,?,?)", (uid, *terms))
        report.indexed += 1

    def _record_error(self, root: str, rel: str, st: os.stat_result, message: str) -> None:
        with self.db:
            self._delete_doc(root, rel)
            self.db.execute(
                "INSERT INTO docs (root, rel, mtime, size, title, family, effective, pages, status,"
                " error, indexed_at) VALUES (?,?,?,?, '', '', '', 0, 'error', ?, ?)",
                (root, rel, st.st_mtime, st.st_size, message,
                 dt.datetime.now().isoformat(timespec="seconds")))

    def _delete_doc(self, root: str, rel: str) -> None:
        row = self.db.execute("SELECT id FROM docs WHERE root=? AND rel=?", (root, rel)).fetchone()
        if row is None:
            return
        ids = [r[0] for r in self.db.execute("SELECT id FROM units WHERE doc_id=?", (row[0],))]
        try:
            self.db.executemany("DELETE FROM fts WHERE rowid=?", [(i,) for i in ids])
            self.db.execute("DELETE FROM titles WHERE rowid=?", (row[0],))
        except sqlite3.OperationalError:
            # SQLite before 3.43: a contentless row is deleted by giving its terms again.
            title = self.db.execute("SELECT title FROM docs WHERE id=?", (row[0],)).fetchone()[0]
            for uid, text, heading in self.db.execute(
                    "SELECT id, text, heading FROM units WHERE doc_id=?", (row[0],)).fetchall():
                self.db.execute(
                    "INSERT INTO fts (fts, rowid, head_m, head_b, body_m, body_r, body_b)"
                    " VALUES ('delete',?,?,?,?,?,?)",
                    (uid, *_passage_columns(_own_heading(heading, title or ""), text)))
            if title:
                t = analysis.analyse(title)
                self.db.execute("INSERT INTO titles (titles, rowid, title_m, title_b)"
                                " VALUES ('delete',?,?,?)", (row[0], " ".join(t.morph), " ".join(t.bigram)))
        self.db.execute("DELETE FROM units WHERE doc_id=?", (row[0],))
        self.db.execute("DELETE FROM docs WHERE id=?", (row[0],))

    def optimize(self) -> None:
        with self.db:
            self.db.execute("INSERT INTO fts(fts) VALUES ('optimize')")
        self.db.execute("PRAGMA journal_mode=DELETE")
        self.db.execute("VACUUM")

    # -- searching ----------------------------------------------------------------------
    def search(self, query: str, top: int = 5, *, today: dt.date | None = None) -> list[Hit]:
        """The ``top`` passages for ``query``.

        A passage's score = BM25 of the query words its document's title does not explain
        (so within 「防犯カメラ設置費補助金交付要綱」 the article on the amount beats the purpose
        article that repeats the title) + a share of the BM25 of all query words + a share of
        the title's BM25 + a share of the best score among its document's passages (the rule
        whose purpose article names the subject lifts its amount article); a passage holding the
        kind of answer asked for (an amount, a deadline, who…: ``intent``) counts more; a version
        of a rule other than the one asked about (by default the one in force; 「改正前の」 the
        older, 「令和4年度の」 the one in force then) is demoted."""
        terms = self._selective(query_terms(query))
        body_q = passage_expression(*terms)
        if not body_q:
            return []
        try:
            docs = {doc: -s for doc, s in self.db.execute(
                "SELECT rowid, bm25(titles, ?, ?) AS s FROM titles WHERE titles MATCH ?"
                " ORDER BY s LIMIT 200", (*TITLE_WEIGHTS, title_expression(*terms)))}
            best_docs = sorted(docs, key=lambda d: -docs[d])[:TITLE_DOCS]
            full = self._rank(body_q)
            explained = _title_terms([t for (t,) in self.db.execute(
                f"SELECT title FROM docs WHERE id IN ({','.join('?' * len(best_docs))})", best_docs)])
            rest_terms = tuple([w for w in ws if w not in ex] for ws, ex in zip(terms, explained, strict=True))
            rest_q = passage_expression(*rest_terms)
            rest = dict(self._rank(rest_q)) if rest_q and rest_terms != terms else dict(full)
        except sqlite3.Error as exc:
            raise IndexUnavailable(self.path, str(exc)) from None
        candidates = sorted(rest, key=lambda r: -rest[r])[:CANDIDATES]
        candidates += [r for r, _ in full[:CANDIDATES]]
        if best_docs:
            # The passages of the documents whose title fits best, even when their text alone
            # would not have made the candidates (a short article of the right rule).
            wanted = {r for (r,) in self.db.execute(
                f"SELECT id FROM units WHERE doc_id IN ({','.join('?' * len(best_docs))})", best_docs)}
            candidates += [r for r, _ in full if r in wanted]
        full_d = dict(full)
        rows = [(r, rest.get(r, 0.0) + FULL_FACTOR * full_d.get(r, 0.0)) for r in set(candidates)]
        if not rows:
            return []
        scores = dict(rows)
        marks = ",".join("?" * len(scores))
        details = self.db.execute(
            "SELECT u.id, u.heading, u.page, u.sheet, u.row, u.text, d.root, d.rel, d.title,"
            " d.family, d.effective, d.id FROM units u JOIN docs d ON d.id = u.doc_id"
            f" WHERE u.id IN ({marks})", list(scores)).fetchall()
        families = {r[9] for r in details if r[9]}
        in_force = self._versions_in_force(families, today)
        about = intent.version_wanted(query)
        asked = self._versions_in_force(families, about.at) if about.at else in_force
        answer_types = intent.answer_types(query)
        doc_best: dict[int, float] = {}
        for r in details:
            doc_best[r[11]] = max(doc_best.get(r[11], 0.0), full_d.get(r[0], 0.0))
        ranked = []
        for n, (uid, _h, _p, _s, _r, text, _root, _rel, _t, family, effective, doc) in enumerate(details):
            score = (scores[uid] + TITLE_FACTOR * docs.get(doc, 0.0)
                     + DOC_FACTOR * doc_best.get(doc, 0.0))
            if intent.answers(text, answer_types):
                score *= ANSWER_FACTOR
            version = asked.get(family)
            if version and effective:
                if about.old and not about.at:
                    # asked about the old rule: the version in force (and any later one) waits
                    if effective >= version:
                        score *= SUPERSEDED_FACTOR
                elif effective != version:
                    score *= SUPERSEDED_FACTOR
            ranked.append((-round(score, 4), n))
        ranked.sort()
        hits = []
        for neg_score, n in ranked[:top]:
            uid, heading, page, sheet, row, text, root, rel, title, family, effective, doc = details[n]
            current = in_force.get(family)
            superseded = bool(current and effective and effective < current)
            unit = Unit(text, _own_heading(heading or "", title or ""), page=page, sheet=sheet, row=row)
            hits.append(Hit(str(Path(root, rel)), title, unit.location(), text, -neg_score,
                            heading or "", page, sheet, row, effective or "", superseded))
        return hits

    def _selective(self, terms: tuple[list[str], list[str], list[str]]
                   ) -> tuple[list[str], list[str], list[str]]:
        """The query's terms without its most common ones when together they would make the
        query rank more than ``POSTINGS_BUDGET`` passages (「条」「する」 in a big index)."""
        words = sorted({w for ws in terms for w in ws})
        if not words:
            return terms
        df: dict[str, int] = {}
        try:
            for i in range(0, len(words), 200):
                chunk = words[i:i + 200]
                df.update(self.db.execute(
                    f"SELECT term, df FROM term_df WHERE term IN ({','.join('?' * len(chunk))})",
                    chunk).fetchall())
        except sqlite3.OperationalError:
            return terms  # an index from before term_df: search everything
        total = sum(df.values()) + DF_FLOOR * (len(words) - len(df))
        dropped: set[str] = set()
        for term in sorted(df, key=lambda t: -df[t]):
            if total <= POSTINGS_BUDGET:
                break
            dropped.add(term)
            total -= df[term]
        lemmas, readings, grams = ([w for w in ws if w not in dropped] for ws in terms)
        kept = (lemmas, readings, grams)
        return kept if any(kept) else terms  # a query of common words only: keep them

    def _refresh_term_df(self) -> None:
        """Document frequencies of the common terms, for ``_selective`` (after a change)."""
        with self.db:
            self.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_rows"
                            " USING fts5vocab(main, fts, row)")
            self.db.execute("DELETE FROM term_df")
            self.db.execute("INSERT INTO term_df SELECT term, doc FROM temp.fts_rows WHERE doc >= ?",
                            (DF_FLOOR,))

    def _rank(self, expression: str) -> list[tuple[int, float]]:
        """(passage id, BM25 as a positive score) of every passage matching, best first."""
        return [(r, -s) for r, s in self.db.execute(
            "SELECT rowid, bm25(fts, ?, ?, ?, ?, ?) AS s FROM fts WHERE fts MATCH ? ORDER BY s",
            (*WEIGHTS, expression))]

    def _versions_in_force(self, families: set[str], today: dt.date | None) -> dict[str, str]:
        """Family → the effective date of the version in force today (the latest not in the
        future), only for families with more than one dated version."""
        if not families:
            return {}
        today_iso = (today or dt.date.today()).isoformat()
        marks = ",".join("?" * len(families))
        out: dict[str, str] = {}
        for family, dates in self.db.execute(
                f"SELECT family, group_concat(effective, ' ') FROM docs WHERE family IN ({marks})"
                " AND effective != '' GROUP BY family HAVING count(*) > 1", list(families)):
            ds = sorted(set(dates.split()))
            past = [d for d in ds if d <= today_iso]
            out[family] = past[-1] if past else ds[0]
        return out

    # -- status -------------------------------------------------------------------------
    def status(self) -> IndexStatus:
        docs = self.db.execute("SELECT count(*) FROM docs WHERE status='ok'").fetchone()[0]
        units = self.db.execute("SELECT count(*) FROM units").fetchone()[0]
        errors = [Problem(str(Path(r, rel)), e) for r, rel, e in
                  self.db.execute("SELECT root, rel, error FROM docs WHERE status='error' ORDER BY rel")]
        roots = [r for r in self.meta("roots").split("\n") if r]
        try:
            size = self.path.stat().st_size
        except OSError:
            size = 0
        return IndexStatus(str(self.path), docs, units, errors, roots, self.meta("built_at"),
                           self.meta("build_id"), size)


# -- queries ----------------------------------------------------------------------------------
def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _passage_columns(heading: str, text: str) -> tuple[str, str, str, str, str]:
    """The terms of a passage's FTS row: heading (morph, bigram) and body (morph, reading,
    bigram), each space-separated."""
    head = analysis.analyse(heading) if heading else analysis.Terms([], [], [])
    body = analysis.analyse(text)
    return (" ".join(head.morph), " ".join(head.bigram), " ".join(body.morph),
            " ".join(body.reading), " ".join(body.bigram))


def _own_heading(heading: str, title: str) -> str:
    """The heading without the document's title (a Markdown file's # line heads every path)."""
    return heading.replace(title, "").strip() if title else heading


def query_terms(query: str) -> tuple[list[str], list[str], list[str]]:
    """(morph, reading bigrams, bigrams) of a question, with the rules' words for its everyday
    words. Bigrams of hiragana alone (particles, endings) are left to the reading column."""
    extra = synonyms.expand(query)
    terms = analysis.analyse(query, query=True)
    morph = list(dict.fromkeys(terms.morph + [m for e in extra for m in analysis.analyse(e).morph]))
    reading = list(dict.fromkeys(terms.reading))
    bigram = list(dict.fromkeys(terms.bigram + [b for e in extra for b in analysis.bigrams(e)]))
    bigram = [b for b in bigram if not _HIRAGANA_ONLY.match(b)]
    return morph, reading, bigram


_HIRAGANA_ONLY = re.compile(r"^[\u3041-\u309f]+$")


def _title_terms(titles: list[str]) -> tuple[set[str], set[str], set[str]]:
    morph: set[str] = set()
    reading: set[str] = set()
    bigram: set[str] = set()
    for title in titles:
        t = analysis.analyse(title)
        morph.update(t.morph)
        reading.update(t.reading)
        bigram.update(t.bigram)
    return morph, reading, bigram


def _any_of(columns: str, words: list[str]) -> str:
    words = [w for w in words if w][:MAX_QUERY_TERMS]
    return f"{columns} : ({' OR '.join(_quote(w) for w in words)})" if words else ""


def passage_expression(morph: list[str], reading: list[str], bigram: list[str]) -> str:
    """An FTS5 query over the passages: any of the words (BM25 does the ranking)."""
    groups = [_any_of("{head_m body_m}", morph), _any_of("{body_r}", reading),
              _any_of("{head_b body_b}", bigram)]
    return " OR ".join(g for g in groups if g)


def title_expression(morph: list[str], reading: list[str], bigram: list[str]) -> str:
    groups = [_any_of("{title_m}", morph), _any_of("{title_b}", bigram)]
    return " OR ".join(g for g in groups if g)


_FAMILY_NOISE = re.compile(
    r"[（(【\[]?(?:旧|新|改正前|改正後|改定前|改定後|現行|最新|旧版|新版)[）)】\]]?|"
    r"[（(](?:令和|平成|昭和)?[0-9元]+年(?:度)?(?:[0-9]+月[0-9]+日)?(?:施行|改正|版|度)?[^）)]*[）)]|"
    r"[\s　]+")


def family_key(title: str) -> str:
    """Versions of one rule share this: the title without 旧/新/改正前, dates and spaces."""
    return _FAMILY_NOISE.sub("", unicodedata.normalize("NFKC", title))


# -- walking the share --------------------------------------------------------------------------
def _is_link(path: Path, st: os.stat_result) -> bool:
    if path.is_symlink():
        return True
    # A Windows junction is a reparse point that is not a symlink to Python 3.11.
    attrs = getattr(st, "st_file_attributes", 0)
    return bool(attrs & 0x400)  # FILE_ATTRIBUTE_REPARSE_POINT


def walk(root: Path, problems: list[Problem]) -> Iterator[tuple[Path, os.stat_result]]:
    """The indexable files under ``root``, in a stable order, following no link (symlink or
    junction) out of it; a folder that cannot be listed is reported and skipped."""
    try:
        root.resolve(strict=True)
    except OSError as exc:
        problems.append(Problem(str(root), f"フォルダ「{root}」を開けません（{exc.strerror or exc}）。"))
        return
    if not root.is_dir():
        problems.append(Problem(str(root), f"「{root}」はフォルダではありません。"))
        return
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            problems.append(Problem(str(folder), f"フォルダ「{folder}」を開けません（{exc.strerror or exc}）。"))
            continue
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            if SKIP_NAMES.match(entry.name):
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if entry.is_symlink() or _is_link(path, st):
                continue  # never followed: it may lead out of the configured folder
            if entry.is_dir(follow_symlinks=False):
                subfolders.append(path)
            elif entry.is_file(follow_symlinks=False) and path.suffix.lower() in INDEXED_EXTENSIONS:
                # Inside by construction: no linked folder was entered, no linked file listed
                # (no per-file resolve: on a file share each one costs several round trips).
                yield path, st
        stack.extend(reversed(subfolders))
