"""Index time and size for 1,000 documents / 10,000 pages, and query latency on that index.

    python bench/knowledge_scale.py [--documents 1000] [--pages 10] [--work DIR] [--keep]

The documents are the evaluation's municipal set plus ``--documents`` generated rules of
``--pages`` pages each (a page is about 1,200 characters: a dense A4 page of 例規). Prints the
index build time (reading + analysis + FTS5), the index file size, a re-run with nothing
changed, query latency p50/p95/max over the question set asked 3 times, and recall@5 / MRR of
those questions with the 1,000 documents as distractors.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.knowledge_corpus import build  # noqa: E402
from bench.knowledge_eval import judge  # noqa: E402
from desktop.core.knowledge.index import KnowledgeIndex  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the documents and the index")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="knowledge-scale-"))
    corpus = work / "docs"
    t0 = time.perf_counter()
    questions = build(corpus, "dev", args.documents, filler_pages=args.pages)
    files = [p for p in corpus.rglob("*") if p.is_file() and p.suffix != ".jsonl"]
    size_docs = sum(p.stat().st_size for p in files)
    print(f"generated {len(files)} files ({size_docs / 1_048_576:.0f} MB, "
          f"{args.documents} x {args.pages} pages + the evaluation set) in {time.perf_counter() - t0:.0f} s")
    index_path = work / "index.sqlite3"
    index_path.unlink(missing_ok=True)
    index = KnowledgeIndex(index_path)
    t0 = time.perf_counter()
    report = index.update([corpus])
    build_s = time.perf_counter() - t0
    index.optimize()
    passages = index.db.execute("SELECT count(*), sum(length(text)) FROM units").fetchone()
    print(f"indexed {report.indexed} documents, {passages[0]} passages ({passages[1] / 1e6:.1f} M chars) "
          f"in {build_s:.0f} s ({passages[1] / build_s / 1000:.0f} k chars/s); skipped {len(report.skipped)}")
    print(f"index size {index_path.stat().st_size / 1_048_576:.0f} MB "
          f"({index_path.stat().st_size / size_docs:.2f} x the documents)")
    t0 = time.perf_counter()
    again = index.update([corpus])
    print(f"re-run with nothing changed: {time.perf_counter() - t0:.1f} s "
          f"({again.unchanged} unchanged, {again.indexed} re-read)")
    latencies = []
    r5 = mrr = 0.0
    for round_ in range(3):
        for q in questions:
            t = time.perf_counter()
            hits = index.search(q.query, 5)
            latencies.append((time.perf_counter() - t) * 1000)
            if round_ == 0:
                got = judge([(h.path, h.text) for h in hits], [list(e) for e in q.expect])
                r5 += got[1]
                mrr += got[2]
    latencies.sort()
    print(f"query latency over {len(latencies)} queries: p50 {statistics.median(latencies):.0f} ms, "
          f"p95 {latencies[int(len(latencies) * 0.95) - 1]:.0f} ms, max {latencies[-1]:.0f} ms")
    print(f"with the distractors: recall@5 {r5 / len(questions):.2f}, MRR {mrr / len(questions):.2f} "
          f"({len(questions)} dev questions)")
    index.close()
    if not args.keep and args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
