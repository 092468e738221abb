"""Word lists shipped as data files next to the masker (desktop/core/masking/data/*.txt).

The frozen build collects this folder with the rest of the package data (installer/
bundle_contents.py: COLLECT_DATA "desktop"), like the gimei dictionaries beside them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@cache
def word_list(name: str) -> frozenset[str]:
    """One word a line, UTF-8; '#' starts a comment line."""
    text = (DATA_DIR / name).read_text("utf-8")
    return frozenset(
        w for w in (line.strip() for line in text.splitlines()) if w and not w.startswith("#")
    )
