"""Every finding (type:start:end) of ``PiiMasker(parallel=False).find`` on every corpus, one line
per document, to diff before and after a change that must not change behaviour (speed work):

    .venv/bin/python bench/masking_findings_dump.py /tmp/before.txt
    ... change ...
    .venv/bin/python bench/masking_findings_dump.py /tmp/after.txt && cmp /tmp/before.txt /tmp/after.txt

Corpora: the gate corpus and masking_exports_eval's OTHER_CORPORA, the stockmark and GSD texts
of masking_ner_eval, and bench_masking's 1 MB text.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_masking  # noqa: E402
import masking_exports_eval  # noqa: E402
import masking_ner_eval  # noqa: E402

from desktop.core.masking import PiiMasker  # noqa: E402
from tests.masking_exports.scoring import CORPUS, load_corpus  # noqa: E402


def main() -> None:
    masker = PiiMasker(parallel=False)
    started = time.perf_counter()
    with open(sys.argv[1], "w", encoding="utf-8") as out:

        def dump(tag: str, texts: list[str]) -> None:
            for i, text in enumerate(texts):
                found = " ".join(f"{e.type}:{e.start}:{e.end}" for e in masker.find(text))
                out.write(f"{tag}#{i}\t{found}\n")

        dump("default", [d["text"] for d in load_corpus(CORPUS)])
        for name, path in masking_exports_eval.OTHER_CORPORA.items():
            dump(name, [d["text"] for d in load_corpus(path)])
        dump("stockmark", [t for t, _pos, _neg in masking_ner_eval.stockmark()])
        dump("gsd", [t for t, _pos, _neg in masking_ner_eval.gsd()])
        dump("1mb", [bench_masking.build_text(1.0)])
    print(f"dumped in {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
