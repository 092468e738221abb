"""Write a file so that a crash, a full disk or a dropped share leaves the old file or the new one.

The data goes to a temporary file in the same folder (so the final rename stays on one file
system), is flushed to disk, and then replaces the target in one ``os.replace``. On any failure
the temporary file is removed and the old file is untouched.

Permissions: an ordinary file gets what any new file gets (0o666 less the umask), because files
the user exports or saves (answers, templates, reports) are read by colleagues on shares;
``private=True`` keeps the file to its owner (0o600: settings, form values, own templates).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

# What mkstemp opens with: binary (no newline translation on Windows), not inherited by children.
_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL
          | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0))


def _open_temp(path: Path, private: bool) -> tuple[int, Path]:
    # The mode is given at creation, so the umask applies as for any new file (mkstemp
    # always makes 0o600; reading the umask to chmod afterwards would briefly change it).
    mode = 0o600 if private else 0o666
    for _ in range(100):
        # A short prefix of the name: a long Japanese file name (3 bytes a character) plus the
        # suffix must stay within the 255 bytes a file name may have.
        tmp = path.with_name(f".{path.name[:32]}.{os.urandom(4).hex()}.tmp")
        try:
            return os.open(tmp, _FLAGS, mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name next to {path}")


def write_bytes(path: Path, data: bytes, *, private: bool = False) -> Path:
    """Replace ``path`` with ``data`` atomically; creates the folder. Returns ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _open_temp(path, private)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return path


def write_text(path: Path, text: str, *, private: bool = False, encoding: str = "utf-8",
               newline: str | None = None) -> Path:
    """``write_bytes`` of ``text`` in ``encoding``; ``newline`` as for ``open()``: None writes
    each ``"\n"`` as ``os.linesep`` (what a text-mode file does), ``""`` writes them as given."""
    if newline is None:
        newline = os.linesep
    if newline not in ("", "\n"):
        text = text.replace("\n", newline)
    return write_bytes(path, text.encode(encoding), private=private)
