"""Rotating log file in the log folder.

Policy: code logs events, counts, types and exception class names — never user text, never a
key. ``RedactingFilter`` is a second line of defence that scrubs anything shaped like a secret or
a contact detail if a message slips through.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUPS = 5

_PATTERNS = [
    (re.compile(r"(?i)(api[-_ ]?key|authorization|bearer|password|secret)([\"'=: ]+)\S+"), r"\1\2[REDACTED]"),
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[EMAIL]"),
    (re.compile(r"\b[A-Za-z0-9]{32,}\b"), "[TOKEN]"),
    (re.compile(r"[0-9０-９][0-9０-９\-‐－ー()（）]{8,}[0-9０-９]"), "[NUMBER]"),
]


def redact(text: str) -> str:
    for pattern, repl in _PATTERNS:
        text = pattern.sub(repl, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not break logging
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            # Exception text may quote user input; keep the type and traceback lines only.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class SizeRotatingFile(logging.FileHandler):
    """Size rotation as ``logging.handlers.RotatingFileHandler`` does it (app.log -> app.log.1
    ... app.log.N), written here because importing ``logging.handlers`` brings socket, pickle
    and queue with it: ~20 ms of every start, before the window shows. A rollover that fails (on
    Windows another process may hold the file open) is skipped: the log grows a little more
    rather than lose a record."""

    def __init__(self, path: Path, *, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(OSError):
            if self._full(record):
                self._roll_over()
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)  # another process may have written meanwhile
        line = self.format(record) + self.terminator
        return self.stream.tell() > 0 and self.stream.tell() + len(line.encode()) > self.max_bytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]  # reopened by emit
        base = Path(self.baseFilename)
        for n in range(self.backups - 1, 0, -1):
            older = base.with_name(f"{base.name}.{n}")
            if older.exists():
                os.replace(older, base.with_name(f"{base.name}.{n + 1}"))
        os.replace(base, base.with_name(f"{base.name}.1"))


def configure_logging(log_file: Path, *, level: int = logging.INFO, console: bool = False) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_office_assistant", False):
            root.removeHandler(h)
            h.close()
    handler = SizeRotatingFile(log_file)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler._office_assistant = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.addFilter(RedactingFilter())
        stream._office_assistant = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(level)
