"""Build desktop/core/masking/data/*.txt.gz from the gimei dictionaries (MIT licence).

Usage: python bench/make_masking_lexicon.py [/work/shared/data/gimei-synthetic-source]
Writes surnames, given names (kanji, hiragana, katakana, romaji) and municipality names.
"""

from __future__ import annotations

import ast
import gzip
import shutil
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "desktop" / "core" / "masking" / "data"


def rows(path: Path, section: str) -> list[list[str]]:
    out: list[list[str]] = []
    current = None
    for line in path.read_text("utf-8").splitlines():
        stripped = line.strip()
        if stripped.endswith(":") and not stripped.startswith("-"):
            current = stripped[:-1]
            continue
        if stripped.startswith("- [") and current == section:
            out.append(list(ast.literal_eval(stripped[2:])))
    return out


def write(name: str, lines: list[str]) -> None:
    data = "\n".join(sorted(set(lines))) + "\n"
    with gzip.open(OUT / name, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(data)
    print(name, len(set(lines)))


def main() -> None:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/gimei-synthetic-source")
    OUT.mkdir(parents=True, exist_ok=True)
    names = src / "names.yml"
    last = rows(names, "last_name")
    first = rows(names, "male") + rows(names, "female")
    # one entry per line: kanji<TAB>hiragana<TAB>katakana<TAB>romaji
    write("surnames.txt.gz", ["\t".join(r) for r in last])
    write("given_names.txt.gz", ["\t".join(r) for r in first])
    addresses = src / "addresses.yml"
    write("municipalities.txt.gz", [r[0] for r in rows(addresses, "city")])
    shutil.copy(src / "LICENSE.txt", OUT / "LICENSE-gimei.txt")


if __name__ == "__main__":
    main()
