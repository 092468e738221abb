"""Per-type recall/precision of the masker on tests/masking/data/corpus.jsonl.

Usage: python bench/masking_quality.py [--split tune|holdout|all] [--examples]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.masking import PiiMasker
from tests.masking.scoring import load_corpus, score


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="all", choices=("tune", "holdout", "all"))
    ap.add_argument("--lang", default="all", choices=("ja", "en", "all"))
    ap.add_argument("--examples", action="store_true", help="show misses and false positives")
    args = ap.parse_args()
    docs = [
        d
        for d in load_corpus()
        if args.split in ("all", d["split"]) and args.lang in ("all", d["lang"])
    ]
    res = score(docs, PiiMasker())
    print(f"{len(docs)} documents (split={args.split}, lang={args.lang})")
    print(f"{'type':18} {'gold':>5} {'recall':>7} {'typed':>7} {'pred':>5} {'prec':>7}")
    for t, r in res.items():
        print(
            f"{t:18} {r['gold']:5d} {r['recall']:7.3f} {r['typed_recall']:7.3f} "
            f"{r['predicted']:5d} {r['precision']:7.3f}"
        )
        if args.examples and (r["misses"] or r["false_positives"]):
            print("   miss:", r["misses"])
            print("   fp:  ", r["false_positives"])


if __name__ == "__main__":
    main()
