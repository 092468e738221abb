"""Rotating log file in the log folder.

Policy: code logs events, counts, types and exception class names — never user text, never a
key. ``RedactingFilter`` is a second line of defence that scrubs anything shaped like a secret or
a contact detail if a message slips through.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

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


def configure_logging(log_file: Path, *, level: int = logging.INFO, console: bool = False) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_office_assistant", False):
            root.removeHandler(h)
            h.close()
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
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
