"""Masking speed: MB/s of Japanese office text (names included), and analyser load time.

Usage: python bench/bench_masking.py [--mb 1.0]
Builds ~N MB (UTF-8) of office text from the quality corpus plus plain Wikipedia sentences
(stockmark-ner-wikipedia, if present), then times PiiMasker.warm_up(), find() and mask().
Presidio is not run here: presidio-analyzer needs spaCy and a model, and its own patterns have
no Japanese recognisers (see the report in the issue note).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.masking import PiiMasker  # noqa: E402


def build_text(mb: float) -> str:
    parts = [
        json.loads(line)["text"]
        for line in (ROOT / "tests/masking/data/corpus.jsonl").read_text("utf-8").splitlines()
        if '"lang": "ja"' in line
    ]
    wiki = Path("/work/shared/data/stockmark-ner-wikipedia/ner.json")
    if wiki.exists():
        parts += [d["text"] for d in json.loads(wiki.read_text("utf-8"))[:3000]]
    out, size, i = [], 0, 0
    target = int(mb * 1_000_000)
    while size < target:
        p = parts[i % len(parts)]
        out.append(p)
        size += len(p.encode("utf-8")) + 1
        i += 1
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    args = ap.parse_args()
    t0 = time.perf_counter()
    masker = PiiMasker()
    masker.warm_up()
    load = time.perf_counter() - t0
    text = build_text(args.mb)
    mb = len(text.encode("utf-8")) / 1_000_000
    masker.find("山田太郎様")  # first call builds lazy tables
    t0 = time.perf_counter()
    ents = masker.find(text)
    t_find = time.perf_counter() - t0
    t0 = time.perf_counter()
    res = masker.mask(text, ents)
    t_mask = time.perf_counter() - t0
    t0 = time.perf_counter()
    back = res.session.unmask(res.masked_text)
    t_unmask = time.perf_counter() - t0
    assert back == text
    print(f"analyser load + dictionaries: {load:.3f} s")
    print(f"text: {mb:.2f} MB UTF-8, {len(text):,} chars, {len(ents):,} findings")
    print(f"find:   {t_find:.3f} s  ({mb / t_find:.2f} MB/s)")
    print(f"mask:   {t_mask:.3f} s (placeholders for given findings)")
    print(f"total find+mask: {t_find + t_mask:.3f} s for {mb:.2f} MB")
    print(f"unmask: {t_unmask:.3f} s")


if __name__ == "__main__":
    main()
