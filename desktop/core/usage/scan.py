"""Fast reading of export files: the engine under ``report.load_exports``.

Why this shape (numbers in bench/bench_report.py and the issue report):
- ``msgspec`` decodes each line straight into a typed struct holding only the fields the
  report needs, validating types, the schema number and the timestamp shape in C; about
  twice as fast as ``orjson.loads`` to a dict and about 5x ``json.loads``.
- Large inputs are split between worker processes, one per CPU up to 8 (spawned, so the same
  on Windows and in a frozen build). Each worker de-duplicates within its share and returns
  small aggregates plus the event ids it counted; the parent removes events counted by two
  workers by re-reading only the files concerned. The first occurrence in path order is the
  one that counts, whatever the number of workers.
- Aggregates are keyed by (month, department, template, outcome): a few thousand keys,
  whatever the number of events; the million ids live only in one set per worker.

This module imports nothing heavier than msgspec so that spawning a worker stays cheap.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Literal

import msgspec

from desktop.core import worker_processes

# The month key every counted event must have: "YYYY-MM" taken from started_at.
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")

# Below this much data, starting processes costs more than it saves.
PARALLEL_MIN_BYTES = 64 * 1024 * 1024
PARALLEL_MIN_CPUS = 2


class ExportLine(msgspec.Struct, gc=False):
    # Types, the schema number and the outcome are checked in C while decoding. started_at
    # is checked per distinct month afterwards (see _drop_bad_months): a regex per line here
    # would cost more than the whole rest of the decoding.
    event_id: str
    schema: Literal[1]
    user: str
    department: str
    template_id: str
    started_at: str
    outcome: Literal["used", "edited", "discarded", "error", "blocked"]
    # The app never writes a negative value; one would silently lower the totals.
    saved_minutes: Annotated[float, msgspec.Meta(ge=0)]
    cost_jpy: Annotated[float, msgspec.Meta(ge=0)]
    # A follow-up turn of a conversation (absent in files written before turns existed).
    turn: Annotated[int, msgspec.Meta(ge=0)] = 0


# The group "outcome" of a follow-up turn: a request of its task, never a task of its own.
TURN = "turn"

GroupKey = tuple[str, str, str, str]  # (YYYY-MM, department, template_id, outcome or TURN)


@dataclass
class Partial:
    """Aggregates over some files; partials add up, and events can be taken back out."""

    groups: dict[GroupKey, list[float]] = field(default_factory=dict)  # [minutes, yen, events]
    # (YYYY-MM, department, user) -> events: active users by month and by department.
    user_keys: dict[tuple[str, str, str], int] = field(default_factory=dict)
    skipped_lines: int = 0
    duplicates: int = 0
    lines: int = 0
    files: int = 0
    unreadable_files: list[str] = field(default_factory=list)
    # The ids this partial counted, "\n"-joined in file order (one bytes object pickles
    # fast), and how many came from each file, to find the file of a cross-part duplicate.
    counted_ids: bytes = b""
    counted_per_file: list[tuple[str, int]] = field(default_factory=list)

    def merge(self, other: Partial) -> None:
        for k, v in other.groups.items():
            mine = self.groups.get(k)
            if mine is None:
                self.groups[k] = list(v)
            else:
                mine[0] += v[0]
                mine[1] += v[1]
                mine[2] += v[2]
        for user_key, n in other.user_keys.items():
            self.user_keys[user_key] = self.user_keys.get(user_key, 0) + n
        self.skipped_lines += other.skipped_lines
        self.duplicates += other.duplicates
        self.lines += other.lines
        self.files += other.files
        self.unreadable_files.extend(other.unreadable_files)


_DECODE = msgspec.json.Decoder(ExportLine).decode
# msgspec raises UnicodeDecodeError (not a DecodeError) for a line that is not UTF-8.
_ERRORS = (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError)


def _add(p: Partial, e: ExportLine, sign: int) -> None:
    s = e.started_at
    month = s[:7]
    key = (month, e.department, e.template_id, TURN if e.turn else e.outcome)
    g = p.groups.get(key)
    if g is None:
        p.groups[key] = g = [0.0, 0.0, 0]
    g[0] += sign * e.saved_minutes
    g[1] += sign * e.cost_jpy
    g[2] += sign
    uk = (month, e.department, e.user)
    p.user_keys[uk] = p.user_keys.get(uk, 0) + sign


def scan_files(paths: Sequence[str], date_from: str = "", date_to: str = "",
               *, keep_ids: bool = True) -> Partial:
    """Aggregate the given files; dates are "YYYY-MM-DD" (inclusive) or "" for open ends."""
    p = Partial()
    all_ids: list[str] = []
    seen: set[str] = set()
    seen_add = seen.add
    decode = _DECODE
    errors = _ERRORS
    groups = p.groups
    groups_get = groups.get
    user_keys = p.user_keys
    user_keys_get = user_keys.get
    to_end = date_to + "\xff" if date_to else ""
    for path in paths:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError:
            p.unreadable_files.append(path)
            continue
        p.files += 1
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]  # a UTF-8 BOM from a Windows tool that re-saved the file
        lines = data.splitlines()
        p.lines += len(lines)
        ids_append = all_ids.append
        before = len(all_ids)
        for line in lines:
            try:
                e = decode(line)
            except errors:
                if line.strip():
                    p.skipped_lines += 1
                continue
            eid = e.event_id
            if eid in seen:
                p.duplicates += 1
                continue
            s = e.started_at
            if (date_from and s < date_from) or (to_end and s > to_end):
                continue
            seen_add(eid)
            ids_append(eid)
            # Inlined _add(p, e, 1): this loop runs once per event.
            month = s[:7]
            dept = e.department
            key = (month, dept, e.template_id, TURN if e.turn else e.outcome)
            g = groups_get(key)
            if g is None:
                groups[key] = [e.saved_minutes, e.cost_jpy, 1]
            else:
                g[0] += e.saved_minutes
                g[1] += e.cost_jpy
                g[2] += 1
            uk = (month, dept, e.user)
            user_keys[uk] = user_keys_get(uk, 0) + 1
        if keep_ids:
            p.counted_per_file.append((path, len(all_ids) - before))
    if keep_ids:
        p.counted_ids = "\n".join(all_ids).encode()
    return p


def drop_bad_months(p: Partial) -> None:
    """Events whose started_at does not start with a valid "YYYY-MM" are malformed lines."""
    for key in [k for k in p.groups if not _MONTH.match(k[0])]:
        p.skipped_lines += int(p.groups.pop(key)[2])
    for user_key in [k for k in p.user_keys if not _MONTH.match(k[0])]:
        del p.user_keys[user_key]


def _take_back(p: Partial, paths: Iterable[str], ids: set[str], date_from: str,
               date_to: str) -> None:
    """Remove from ``p`` the first occurrence of each id in ``ids`` within ``paths``."""
    to_end = date_to + "\xff" if date_to else ""
    remaining = set(ids)
    for path in paths:
        if not remaining:
            return
        with open(path, "rb") as fh:
            data = fh.read()
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        for line in data.splitlines():
            try:
                e = _DECODE(line)
            except _ERRORS:
                continue
            if e.event_id not in remaining:
                continue
            s = e.started_at
            if (date_from and s < date_from) or (to_end and s > to_end):
                continue
            remaining.discard(e.event_id)
            _add(p, e, -1)
            p.duplicates += 1


def _files_holding(part: Partial, ids: list[bytes], wanted: set[bytes]) -> list[str]:
    out: list[str] = []
    start = 0
    for path, n in part.counted_per_file:
        if not wanted.isdisjoint(ids[start:start + n]):
            out.append(path)
        start += n
    return out


def _split(paths: list[str], parts: int) -> list[list[str]]:
    """Contiguous chunks of about equal bytes, so that chunk order = path order."""
    sizes = []
    for path in paths:
        try:
            sizes.append(os.path.getsize(path))
        except OSError:
            sizes.append(0)
    total = sum(sizes) or 1
    chunks: list[list[str]] = [[] for _ in range(parts)]
    acc = 0
    for path, size in zip(paths, sizes, strict=True):
        idx = min(parts - 1, int(acc * parts / total))
        chunks[idx].append(path)
        acc += size
    return [c for c in chunks if c]


def default_workers(paths: Sequence[str]) -> int:
    if not worker_processes.possible():
        return 1
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):
            total += os.path.getsize(path)
    cpus = os.cpu_count() or 1
    # Measured on the 2-CPU reference PC (bench/bench_report.py): with both CPUs free two
    # workers take about 2/3 of the time of one process (about 20 % more CPU in all, for
    # start-up, pickling and merging); with another program busy on one CPU they are even.
    if total < PARALLEL_MIN_BYTES or len(paths) < 2 or cpus < PARALLEL_MIN_CPUS:
        return 1
    return max(1, min(cpus, 8, len(paths)))


def scan_parallel(paths: list[str], date_from: str = "", date_to: str = "",
                  workers: int | None = None) -> Partial:
    """Scan ``paths`` (already in the order that decides which duplicate counts)."""
    n = default_workers(paths) if workers is None else max(1, workers)
    if n == 1 or not worker_processes.possible():
        p = scan_files(paths, date_from, date_to, keep_ids=False)
        return p
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunks = _split(paths, n)
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=len(chunks), mp_context=ctx) as pool:
        futures = [pool.submit(scan_files, c, date_from, date_to) for c in chunks]
        partials = [f.result() for f in futures]

    total = Partial()
    counted: set[bytes] = set()
    last = len(partials) - 1
    for index, part in enumerate(partials):
        ids = part.counted_ids.split(b"\n") if part.counted_ids else []
        if index > 0 and ids:
            # Ids this part counted that an earlier part already counted: take them back out.
            again = counted.intersection(ids)
            if again:
                _take_back(part, _files_holding(part, ids, again),
                           {i.decode() for i in again}, date_from, date_to)
        if index < last:
            counted.update(ids)
        part.counted_ids = b""
        part.counted_per_file = []
        total.merge(part)
    return total
