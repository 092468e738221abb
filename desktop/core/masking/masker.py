"""PiiMasker: find personal information, replace it by placeholders, keep the mapping in memory."""

from __future__ import annotations

import atexit
import bisect
import logging
import os
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.masking.address import find_addresses, place_start_re
from desktop.core.masking.analyser import blocks, prefetch, warm_background
from desktop.core.masking.dates import (
    find_asked_birth_dates,
    find_birth_dates,
    find_member_birth_dates,
)
from desktop.core.masking.entities import ENTITY_TYPES, Entity, resolve_overlaps
from desktop.core.masking.lexicon import find_literals
from desktop.core.masking.normalize import normalize
from desktop.core.masking.numbers import find_numbers
from desktop.core.masking.org_contact import drop_org_contacts
from desktop.core.masking.person import (
    PersonFinder,
    honoured_mention,
    inside_katakana_word,
    name_glued_to_noun,
    no_name_in_column,
)
from desktop.core.masking.records import find_in_records
from desktop.core.masking.regions import Compact
from desktop.core.masking.session import MaskSession
from desktop.core.masking.tables import NOT_PERSONAL, column_consensus
from desktop.core.masking.tables_shape import find_table_cells
from desktop.core.masking.terms import TermMatcher, read_term_file
from desktop.core.masking.wraps import find_across_wraps

if TYPE_CHECKING:
    from desktop.core.settings import Settings

log = logging.getLogger(__name__)


def _no_one(norm: str, f: tuple[str, int, int]) -> bool:
    return f[0] == "PERSON" and no_name_in_column(norm, f[1], f[2])


def _persons_beside_addresses(norm: str, raw: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A name that overlaps the end of an address (…102号 山田様方 read as 「号 山田」) keeps its
    part after the address: the longer address would otherwise win and drop the whole name."""
    addresses = sorted((s, e) for t, s, e in raw if t == "ADDRESS")
    if not addresses:
        return raw
    starts = [a for a, _e in addresses]
    out = []
    for t, s, e in raw:
        if t == "PERSON":
            i = bisect.bisect_right(starts, s)
            # (an address that starts at or before the name and ends inside it: the few before)
            for a_s, a_e in addresses[max(0, i - 8) : i]:
                if a_s <= s < a_e < e:
                    s = a_e
                    while s < e and norm[s] in " \u3000\t":
                        s += 1
                    break
        if e > s:
            out.append((t, s, e))
    return out


# A reading in brackets closing a name's span (鈴木 一郎（ｽｽﾞｷ ｲﾁﾛｳ）, 李 明（Li Ming）); the text is
# normalised, so half-width kana are full-width here.
_READING_AFTER = re.compile(r" ?[(（]([ァ-ヴーぁ-ゖA-Za-z][ァ-ヴーぁ-ゖA-Za-z ・.\u3099\u309a]*)[)）]$")


@dataclass(frozen=True)
class MaskResult:
    masked_text: str
    entities: tuple[Entity, ...]
    session: MaskSession

    def __repr__(self) -> str:
        return f"MaskResult({len(self.entities)} entities)"


# From this size on the analyser runs in a second process while this one runs the patterns
# (each is about half the work). Below it the hand-over costs more than it saves; the app's
# prompts (~10,000 characters) stay in-process.
PARALLEL_MIN_CHARS = 100_000
# The share of the text (whole lines) the worker analyses; this process takes the rest.
WORKER_SHARE = 0.7
_pool = None
_pool_lock = threading.Lock()


def _submit_analysis(text: str):
    """Start PersonFinder.analyse(text) in the worker process (started on first use)."""
    global _pool
    with _pool_lock:
        if _pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn, never fork: the app has Qt and worker threads; the frozen entry point
            # calls multiprocessing.freeze_support() (desktop/__main__.py).
            _pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn")
            )
            # Shut down before the interpreter tears its modules down: left to the garbage
            # collector, the pool's clean-up ran after that and printed a traceback at exit.
            atexit.register(_drop_pool)
        pool = _pool
    from desktop.core.masking.person import analyse_in_worker

    try:
        return pool.submit(analyse_in_worker, text)
    except Exception:  # broken or shut down: the caller analyses in-process
        _drop_pool()
        return None


def _drop_pool() -> None:
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)
        atexit.unregister(_drop_pool)


# find_large works in parts of about this many characters (each part reports progress; a part
# is big enough for the analyser's worker process to pay off).
LARGE_PART_CHARS = 250_000

# Longest first, so 「ちゃん」 is not read as 「ん」 and 「さん」 before 「ん」 never matters.
_HONORIFIC_SUFFIXES = ("ちゃん", "さん", "くん", "先生", "様", "殿", "氏", "君")


class PiiMasker:
    def __init__(
        self,
        *,
        dictionary: Iterable[str] = (),
        allowlist: Iterable[str] = (),
        parallel: bool | None = None,
    ) -> None:
        """``parallel``: analyse large texts in a worker process (None: when 2+ CPUs)."""
        # Literal words and re: patterns (受付第2024-117号, staff numbers) are always masked;
        # allowlist entries (the organisation's name, departments, titles) never are.
        self._dictionary = TermMatcher(dictionary, what="必ずマスクする語の辞書")
        self._allow = TermMatcher(allowlist, what="マスクしない語の一覧")
        self._allow_set = self._allow.literal_set()
        self._persons = PersonFinder()
        self._warm = threading.Event()
        self._use_worker = parallel

    @classmethod
    def from_settings(cls, settings: Settings) -> PiiMasker:
        dictionary = (
            read_term_file(settings.masking_dictionary_file)
            if settings.masking_dictionary_file
            else []
        )
        allowlist = (
            read_term_file(settings.masking_allowlist_file)
            if settings.masking_allowlist_file
            else []
        )
        return cls(dictionary=dictionary, allowlist=allowlist)

    def _result(self, future, norm: str) -> list[tuple[str, int, int]]:
        try:
            return future.result()
        except Exception as exc:  # a dead worker must not lose names: analyse here
            log.warning("masking worker failed (%s); analysing in this process", type(exc).__name__)
            _drop_pool()
            return self._persons.analyse(norm)

    def _parallel(self, text: str) -> bool:
        if self._use_worker is False or len(text) < PARALLEL_MIN_CHARS:
            return False
        return self._use_worker is True or (os.cpu_count() or 1) >= 2

    def warm_up(self) -> None:
        """Load the analyser now (a worker calls this at start-up); safe to call repeatedly."""
        if not self._warm.is_set():
            self._persons.warm_up()
            place_start_re()  # the municipality pattern takes ~0.1 s to compile
            warm_background()
            self._warm.set()

    # Finding ------------------------------------------------------------------------------
    def find(self, text: str) -> list[Entity]:
        if not text:
            return []
        norm = normalize(text)
        future, cut = None, 0
        if self._parallel(norm):
            # The worker takes the first part; this process analyses the rest after its
            # patterns, so both finish together (measured: patterns ≈ half the analyser time).
            cut = norm.rfind("\n", 0, int(len(norm) * WORKER_SHARE)) + 1
            future = _submit_analysis(norm[:cut]) if cut > 0 else None
        if future is not None or len(norm) >= PARALLEL_MIN_CHARS:
            return self._find(text, norm, future, cut)
        # The blocks PersonFinder.analyse gives MeCab are parsed in a background thread
        # (without the GIL) while the patterns run here: a second core parses the prompt.
        # Large texts are left to the worker process (or one thread): over a second of GIL
        # hand-overs cost 10-20 % more CPU (measured on 1 MB), which a busy machine pays.
        with prefetch([block for _base, block in blocks(norm)]):
            return self._find(text, norm, None, 0)

    def _find(self, text: str, norm: str, future, cut: int) -> list[Entity]:
        raw: list[tuple[str, int, int]] = []
        compact = Compact(norm)
        raw.extend(compact.lift(find_numbers(compact.text)))
        raw.extend(compact.lift(find_addresses(compact.text)))
        raw.extend(compact.lift(find_birth_dates(compact.text)))
        # a value cut where a PDF line wrapped (090-1234-⏎5678, 北1条西2丁目⏎3番地4)
        raw.extend(find_across_wraps(norm, (find_numbers, find_addresses, find_birth_dates)))
        raw.extend(find_asked_birth_dates(norm))
        raw.extend(find_member_birth_dates(norm))
        table = find_table_cells(norm)  # tables, rows read by their kind, machine records
        table.extend(find_in_records(norm))  # key-value and markup records
        headers = sorted({(s, e) for t, s, e in table if t == "HEADER"})
        # (a table's column of names may hold an office's chat account or a relation)
        table = [f for f in table if f[0] != "HEADER" and not _no_one(norm, f)]
        raw.extend(table)
        analysed = None
        if future is not None:

            def analysed() -> list[tuple[str, int, int]]:
                tail = [(t, s + cut, e + cut) for t, s, e in self._persons.analyse(norm[cut:])]
                return self._result(future, norm[:cut]) + tail

        raw.extend(self._persons.find(norm, analysed))
        if table:
            # A column's header says what its cells are: a 免許証番号 whose digits happen to
            # pass the My Number check stays a licence, a TEL after ゆうちょ銀行 a phone.
            said = {(s, e): t for t, s, e in table}
            raw = [f for f in raw if said.get((f[1], f[2]), f[0]) == f[0]]
            # 事業所番号, 法人番号: a public number's column is left as it is
            raw = [f for f in raw if f[0] != NOT_PERSONAL]
        if headers:
            # A column's header is a label (ﾈﾝｷﾝﾊﾞﾝｺﾞｳ, Address), never a value.
            raw = [f for f in raw if not _overlaps_any(headers, f[1], f[2])]
        # A column most of whose cells are one type is that type in every row (headerless).
        keep = [f for f in column_consensus(norm, raw) if not _overlaps_any(headers, *f[1:])]
        raw.extend(f for f in keep if not _no_one(norm, f))  # (a header is never one of its cells)
        raw = drop_org_contacts(norm, raw)  # the switchboard, a shared mailbox, the office's address
        if self._dictionary:
            raw.extend(("CUSTOM", s, e) for _entry, s, e in self._dictionary.finditer(norm))
        raw = self._trim_spans(norm, set(raw))  # rules and repeats find many spans twice
        raw = _merge_adjacent_persons(norm, raw)
        if self._allow:
            raw = self._apply_allowlist(norm, raw)
        raw = _persons_beside_addresses(norm, raw)
        ents = resolve_overlaps([Entity(t, s, e, text[s:e]) for t, s, e in raw])
        return self._every_occurrence(text, ents)

    def find_large(
        self, text: str, on_progress: Callable[[int, int], None] | None = None
    ) -> list[Entity]:
        """``find`` for a long text in parts cut at blank lines (else line ends), calling
        ``on_progress(done, total)`` in characters after each part. A value found in one part
        is then masked in every part, as ``find`` does within one text."""
        if len(text) <= LARGE_PART_CHARS:
            found = self.find(text)
            if on_progress is not None:
                on_progress(len(text), len(text))
            return found
        ents: list[Entity] = []
        start = 0
        while start < len(text):
            end = min(len(text), start + LARGE_PART_CHARS)
            if end < len(text):
                cut = text.rfind("\n\n", start + LARGE_PART_CHARS // 2, end)
                if cut < 0:
                    cut = text.rfind("\n", start + LARGE_PART_CHARS // 2, end)
                end = cut + 1 if cut >= 0 else end
            ents.extend(
                Entity(e.type, e.start + start, e.end + start, e.text)
                for e in self.find(text[start:end])
            )
            start = end
            if on_progress is not None:
                on_progress(start, len(text))
        return self._every_occurrence(text, resolve_overlaps(ents))

    def _every_occurrence(self, text: str, ents: list[Entity]) -> list[Entity]:
        """A value found once is masked wherever else it appears, even inside other text."""
        # (a number of one to three digits, such as an insurance card's 記号 11, is masked where
        # it was found, not in every date and amount that contains it)
        type_of = {
            e.text: e.type
            for e in ents
            if len(e.text) >= 2 and not (len(e.text) < 4 and e.text.isdigit())
        }
        if not type_of:
            return ents
        have = {(e.start, e.end) for e in ents}
        extra = [
            Entity(type_of[text[s:e]], s, e, text[s:e])
            for s, e in find_literals(text, type_of)
            if (s, e) not in have
            and not inside_katakana_word(text, s, e)
            and not (type_of[text[s:e]] == "PERSON" and self._bare_word(text, s, e))
        ]
        return resolve_overlaps(ents + extra) if extra else ents

    def _bare_word(self, text: str, s: int, e: int) -> bool:
        """A name found once is no name here: the start of a longer noun (北村 of 北村地区), or
        an everyday word without an honorific (今日 of 今日 健 in 今日は晴れ)."""
        if name_glued_to_noun(text, s, e):
            return True
        return self._persons.wordlike(text[s:e]) and not honoured_mention(text, s, e)

    @staticmethod
    def _trim_spans(norm: str, raw) -> list[tuple[str, int, int]]:
        out = []
        space = " \t\r\n"
        for t, s, e in raw:
            if t != "PERSON" and e > s and norm[s] not in space and norm[e - 1] not in space:
                out.append((t, s, e))
                continue
            while s < e and norm[s] in " \t\r\n":
                s += 1
            while e > s and norm[e - 1] in " \t\r\n":
                e -= 1
            if t == "PERSON":
                # The honorific stays outside the placeholder: 〔氏名1〕様 reads naturally to the
                # model, and un-masking must not give 「山田太郎様様」 when the answer keeps 様.
                for suffix in _HONORIFIC_SUFFIXES:
                    if e - s > len(suffix) and norm.endswith(suffix, s, e):
                        e -= len(suffix)
                        while e > s and norm[e - 1] in " \t\u3000":
                            e -= 1
                        break
            if e <= s:
                continue
            reading = _READING_AFTER.search(norm, s, e) if t == "PERSON" else None
            if reading and reading.start() > s:
                # 鈴木 一郎（ｽｽﾞｷ ｲﾁﾛｳ）, a name cell: the name and its reading, not the brackets
                out.append((t, s, reading.start()))
                out.append((t, reading.start(1), reading.end(1)))
                continue
            out.append((t, s, e))
        return out

    def _apply_allowlist(
        self, norm: str, raw: list[tuple[str, int, int]]
    ) -> list[tuple[str, int, int]]:
        allowed = [(s, e) for _entry, s, e in self._allow.finditer(norm)]
        out = []
        for t, s, e in raw:
            if t != "CUSTOM" and norm[s:e].strip() in self._allow_set:
                continue
            if t != "CUSTOM" and any(a <= s and e <= b for a, b in allowed):
                continue
            out.append((t, s, e))
        return out

    # Masking ------------------------------------------------------------------------------
    def mask(
        self,
        text: str,
        entities: Sequence[Entity] | None = None,
        session: MaskSession | None = None,
    ) -> MaskResult:
        session = session if session is not None else MaskSession()
        if entities is None:
            chosen = self.find(text)
        else:
            fixed = [
                Entity(e.type, e.start, e.end, text[e.start : e.end])
                for e in entities
                if 0 <= e.start < e.end <= len(text) and e.type in ENTITY_TYPES
            ]
            chosen = resolve_overlaps(fixed)
        parts: list[str] = []
        placed: list[Entity] = []
        pos = 0
        for ent in chosen:
            ph = session.placeholder_for(ent.type, ent.text)
            parts.append(text[pos : ent.start])
            parts.append(ph)
            pos = ent.end
            placed.append(Entity(ent.type, ent.start, ent.end, ent.text, ph))
        parts.append(text[pos:])
        log.debug("masked %d entities", len(placed))
        return MaskResult("".join(parts), tuple(placed), session)


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted, not overlapping each other)."""
    i = bisect.bisect_left(spans, (end, end))
    return i > 0 and spans[i - 1][1] > start


_PERSON_JOIN = re.compile(r" |・(?![一-鿿々])|(?<![一-鿿々])・")  # 堀江・月見: two people


def _merge_adjacent_persons(norm: str, raw: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    persons = sorted((s, e) for t, s, e in raw if t == "PERSON")
    if len(persons) < 2:
        return raw
    merged: list[list[int]] = []
    for s, e in persons:
        if merged and (
            s <= merged[-1][1]
            or (s == merged[-1][1] + 1 and _PERSON_JOIN.match(norm, merged[-1][1]))
        ):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [r for r in raw if r[0] != "PERSON"] + [("PERSON", s, e) for s, e in merged]
