"""Grid over the ranking's factors on the DEVELOPMENT questions only (never the held-out ones).

    python bench/knowledge_tune.py [--filler 100] [--work DIR]

Prints R@5 and MRR of dev for each combination of ``DOC_FACTOR``, ``ANSWER_FACTOR`` and
``SUPERSEDED_FACTOR`` of desktop/core/knowledge/index.py, best MRR first.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.knowledge_corpus import build  # noqa: E402
from bench.knowledge_eval import judge  # noqa: E402
from desktop.core.knowledge import index as index_module  # noqa: E402
from desktop.core.knowledge.index import KnowledgeIndex  # noqa: E402

GRID = {
    "DOC_FACTOR": (0.0, 0.15, 0.3, 0.5),
    "ANSWER_FACTOR": (1.0, 1.15, 1.3, 1.5),
    "SUPERSEDED_FACTOR": (0.4, 0.55, 0.7),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--filler", type=int, default=100)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="knowledge-tune-"))
    questions = build(work / "dev", "dev", args.filler)
    path = work / "dev.sqlite"
    path.unlink(missing_ok=True)
    index = KnowledgeIndex(path)
    index.update([work / "dev"])
    rows = []
    for values in itertools.product(*GRID.values()):
        for name, value in zip(GRID, values, strict=True):
            setattr(index_module, name, value)
        got = [judge([(h.path, h.text) for h in index.search(q.query, top=5)],
                     [list(e) for e in q.expect]) for q in questions]
        r5 = sum(g[1] for g in got) / len(got)
        mrr = sum(g[2] for g in got) / len(got)
        rows.append((mrr, r5, values))
    for mrr, r5, values in sorted(rows, reverse=True):
        print(f"MRR {mrr:.3f}  R@5 {r5:.3f}  " + "  ".join(
            f"{n}={v}" for n, v in zip(GRID, values, strict=True)))
    index.close()


if __name__ == "__main__":
    main()
