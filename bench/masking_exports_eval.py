"""Masking quality on generated municipal exports (bench/make_masking_exports.py).

    .venv/bin/python bench/masking_exports_eval.py                 # the committed gate corpus
    .venv/bin/python bench/masking_exports_eval.py --seed 7        # a fresh corpus, never seen
    .venv/bin/python bench/masking_exports_eval.py --seed 7 --examples 30
    .venv/bin/python bench/masking_exports_eval.py --corpus independent   # or heldout, quality

Prints per-type recall/precision, overall recall, precision and over-masking, and with
--examples the misses and false positives in context.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.masking import PiiMasker  # noqa: E402
from tests.masking_exports.scoring import (  # noqa: E402
    CORPUS,
    OVER_MASKING_MAX,
    PRECISION_TARGET,
    RECALL_TARGET_OVERALL,
    evaluate,
    load_corpus,
    recall_target,
)

# The other labelled corpora in the same format (text + entities with type/start/end).
OTHER_CORPORA = {
    "independent": ROOT / "tests/masking_independent/data/independent.jsonl",
    "heldout": ROOT / "tests/masking_heldout/data/heldout.jsonl",
    "quality": ROOT / "tests/masking/data/corpus.jsonl",
    "unseen4": ROOT / "tests/masking_unseen4/data/unseen4.jsonl",
    "unseen5": ROOT / "tests/masking_unseen5/data/unseen5.jsonl",
    "unseen6": ROOT / "tests/masking_unseen6/data/unseen6.jsonl",
    "unseen7": ROOT / "tests/masking_unseen7/data/unseen7.jsonl",
    "unseen8": ROOT / "tests/masking_unseen8/data/unseen8.jsonl",
    "unseen9": ROOT / "tests/masking_unseen9/data/unseen9.jsonl",
    "unseen10": ROOT / "tests/masking_unseen10/data/unseen10.jsonl",
    "unseen11": ROOT / "tests/masking_unseen11/data/unseen11.jsonl",
    "unseen12": ROOT / "tests/masking_unseen12/data/unseen12.jsonl",
    "unseen13": ROOT / "tests/masking_unseen13/data/unseen13.jsonl",
    "unseen14": ROOT / "tests/masking_unseen14/data/unseen14.jsonl",
    "unseen15": ROOT / "tests/masking_unseen15/data/unseen15.jsonl",
    "unseen16": ROOT / "tests/masking_unseen16/data/unseen16.jsonl",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, help="generate a fresh corpus with this seed")
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument(
        "--corpus",
        choices=sorted(OTHER_CORPORA),
        help="score another labelled corpus against the same targets (with over-masking)",
    )
    args = ap.parse_args()
    path = OTHER_CORPORA[args.corpus] if args.corpus else CORPUS
    if args.seed is not None:
        import make_masking_exports as gen

        path = Path(tempfile.mkdtemp()) / "exports.jsonl"
        sys.argv = ["make", "--seed", str(args.seed), "--docs", str(args.docs), "--out", str(path)]
        gen.main()
    docs = load_corpus(path)
    masker = PiiMasker(parallel=False)
    rep, tot, _preds = evaluate(docs, masker.find)
    print(f"{'type':17s}{'gold':>6s}{'recall':>8s}{'target':>8s}{'det':>6s}{'prec':>8s}")
    for t, ts in sorted(rep.per_type.items()):
        flag = " R<target" if ts.gold and ts.recall_same < recall_target(t) else ""
        flag += " P<target" if ts.detected and ts.precision_same < PRECISION_TARGET else ""
        print(f"{t:17s}{ts.gold:6d}{ts.recall_same:8.3f}{recall_target(t):8.2f}"
              f"{ts.detected:6d}{ts.precision_same:8.3f}{flag}")
    print(f"overall: recall {tot.recall:.3f} (target {RECALL_TARGET_OVERALL}), precision "
          f"{tot.precision:.3f} (target {PRECISION_TARGET}), over-masking {tot.over_masking:.4f} "
          f"(max {OVER_MASKING_MAX}); {tot.items} items, {tot.detections} detections, "
          f"{len(docs)} documents")
    if args.examples:
        for m in (rep.misses + rep.mistyped)[: args.examples]:
            print("MISS", m["type"], m["style"], m["context"], m["detected_overlaps"])
        for f in rep.false_positives[: args.examples]:
            print("FP  ", f["type"], f["style"], f["context"])


if __name__ == "__main__":
    main()
