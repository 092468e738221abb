"""Export finalised usage records to a shared folder as JSON Lines (docs/usage-format.md).

One file per user and machine: ``<pseudonymous-user>-<machine-hash>.jsonl``. Only this
process appends to it, so the file is ours to repair:

- whole lines only: the new lines are written with one ``write`` of complete lines and
  ``fsync``; if an earlier write was cut short (killed, share dropped), the partial last line
  is cut off before appending;
- idempotent: the DB records which events reached the share; a line that is already in the
  file byte for byte (a crash between the write and that bookkeeping) is not written again;
- settled: an event goes out once, ``settle_seconds`` after its last change, so that the
  clerk's one-click corrections right after a task are in the line the report counts;
- offline share: an ``OSError`` leaves everything pending, logs a warning and returns 0; the
  next call catches up.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import orjson

from desktop.core.usage.model import UsageEvent, local_now
from desktop.core.usage.store import UsageStore

log = logging.getLogger(__name__)

USER_HASH_CHARS = 16  # 64 bits: no collisions at the scale of one organisation
MACHINE_HASH_CHARS = 8


def pseudonymous_user_id(user_name: str, salt: str) -> str:
    """HMAC-SHA256 of the normalised OS user name keyed with the policy salt, truncated.

    Reports can count people without naming them; without the salt the id cannot be
    recomputed from a list of names.
    """
    normalised = user_name.strip().lower()
    digest = hmac.new(salt.encode("utf-8"), normalised.encode("utf-8"), hashlib.sha256)
    return digest.hexdigest()[:USER_HASH_CHARS]


def machine_id(machine: str, salt: str) -> str:
    digest = hmac.new(salt.encode("utf-8"), b"machine:" + machine.strip().lower().encode(),
                      hashlib.sha256)
    return digest.hexdigest()[:MACHINE_HASH_CHARS]


class UsageExporter:
    def __init__(self, store: UsageStore, folder: Path, *, user_id_salt: str, user_name: str,
                 department: str, app_version: str, machine: str, batch_size: int = 5000,
                 settle_seconds: float = 600.0, stale_pending_hours: float = 24.0,
                 clock: Callable[[], datetime] = local_now) -> None:
        self._store = store
        self._clock = clock
        self.settle_seconds = settle_seconds
        self.stale_pending_hours = stale_pending_hours
        self.folder = Path(folder)
        self.user = pseudonymous_user_id(user_name, user_id_salt)
        self.department = department
        self.app_version = app_version
        self.file_name = f"{self.user}-{machine_id(machine, user_id_salt)}.jsonl"
        self._batch_size = batch_size
        if not user_id_salt:
            log.warning("usage export without a policy salt: user ids are plain hashes")

    @property
    def path(self) -> Path:
        return self.folder / self.file_name

    def line_for(self, event: UsageEvent) -> bytes:
        record = event.to_export_dict(user=self.user, department=self.department,
                                      app_version=self.app_version)
        return orjson.dumps(record) + b"\n"

    def export_pending(self, *, settle_seconds: float | None = None) -> int:
        """Append every settled, finalised, not yet exported event; returns lines written.

        ``settle_seconds=0`` exports everything final (on quit, or "export now").
        """
        settle = self.settle_seconds if settle_seconds is None else settle_seconds
        now = self._clock()
        # A task the app never saw finished (killed mid-task) is closed as discarded a day later.
        stale = self._store.close_stale_pending(now - timedelta(hours=self.stale_pending_hours))
        if stale:
            log.info("usage export: %d stale pending tasks closed as discarded", stale)
        cutoff = now - timedelta(seconds=settle)
        written = 0
        while True:
            batch = self._store.pending_export(self._batch_size, settled_before=cutoff)
            if not batch:
                return written
            lines = [self.line_for(ev) for ev, _rev in batch]
            try:
                written += self._append(lines)
            except OSError as exc:
                log.warning("usage export to share failed (%s); %d events stay pending",
                            type(exc).__name__, len(batch))
                return written
            self._store.mark_exported([(ev.event_id, rev) for ev, rev in batch])
            if len(batch) < self._batch_size:
                return written

    def _append(self, lines: list[bytes]) -> int:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.path
        with open(path, "a+b") as fh:
            existing = _whole_lines_and_repair(fh)
            new = [ln for ln in lines if ln not in existing]
            if new:
                fh.seek(0, os.SEEK_END)
                fh.write(b"".join(new))
                fh.flush()
                os.fsync(fh.fileno())
        log.info("usage export: %d lines appended, %d already present",
                 len(new), len(lines) - len(new))
        return len(new)


def _whole_lines_and_repair(fh) -> set[bytes]:  # type: ignore[no-untyped-def]
    """The file's complete lines; a trailing partial line (cut-off write) is truncated away."""
    fh.seek(0)
    data = fh.read()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        fh.truncate(cut)
        fh.flush()
        os.fsync(fh.fileno())
        log.warning("usage export file ended in a partial line; %d bytes removed", len(data) - cut)
        data = data[:cut]
    return {ln + b"\n" for ln in data.split(b"\n") if ln}
