"""A digest of everything the masker finds and writes, over every corpus the benches use.

Usage: python bench/masking_findings_digest.py [--dump DIR] [--quick]

A change meant only for speed must leave the output identical: run this before and after, and
compare the digests (one per corpus, then the total). ``--dump DIR`` writes one file per corpus
(a line per document: findings and masked text) so two runs can be diffed when a digest moves.

Corpora: the quality corpus, the exports gate corpus, the independent and held-out corpora
(tests/masking_*/data), the stockmark and GSD sentences of bench/masking_ner_eval.py, and the
text of bench/bench_masking.py (1 MB found whole, in one process and with the worker process,
and the twenty 10,000-character prompts, each in its own session and all in one session).
Each corpus runs through one masker, documents in order, as the benches do: the masker's
caches carry over from one document to the next, so they are exercised too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_masking import build_text  # noqa: E402
from masking_ner_eval import gsd, stockmark  # noqa: E402

from desktop.core.masking import MaskSession, PiiMasker  # noqa: E402

CORPORA = {
    "quality": ROOT / "tests/masking/data/corpus.jsonl",
    "exports": ROOT / "tests/masking_exports/data/exports.jsonl",
    "independent": ROOT / "tests/masking_independent/data/independent.jsonl",
    "heldout": ROOT / "tests/masking_heldout/data/heldout.jsonl",
}


def _jsonl_texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]


def _record(result) -> str:
    ents = [(e.start, e.end, e.type, e.text, e.placeholder) for e in result.entities]
    return json.dumps([ents, result.masked_text], ensure_ascii=False)


def _digest(lines: list[str]) -> str:
    h = hashlib.sha256()
    for line in lines:
        h.update(line.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()[:16]


def _mask_all(texts: list[str]) -> list[str]:
    masker = PiiMasker(parallel=False)
    return [_record(masker.mask(t)) for t in texts]


def _bench_text(text: str) -> list[str]:
    out = []
    for parallel in (False, True):
        masker = PiiMasker(parallel=parallel)
        masker.find("山田太郎様")
        ents = masker.find(text)
        out.append(_record(masker.mask(text, ents)))
    # The prompts as bench_masking.prompt_ms masks them (after one find over the same text).
    masker = PiiMasker(parallel=False)
    masker.find(text[:200_000])
    pieces = [text[i * 10_000 : (i + 1) * 10_000] for i in range(20)]
    out.extend(_record(masker.mask(p)) for p in pieces)
    shared = MaskSession()  # one conversation: placeholders numbered across turns
    out.extend(_record(masker.mask(p, session=shared)) for p in pieces)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", type=Path, help="write each corpus's records to DIR/<name>.txt")
    ap.add_argument("--quick", action="store_true", help="leave out the 1 MB text")
    args = ap.parse_args()
    sets = {name: _jsonl_texts(path) for name, path in CORPORA.items()}
    sets["stockmark"] = [text for text, _pos, _neg in stockmark()]
    sets["gsd"] = [text for text, _pos, _neg in gsd()]
    total = hashlib.sha256()
    for name, texts in sets.items():
        t0 = time.perf_counter()
        lines = _mask_all(texts)
        _report(name, lines, len(texts), time.perf_counter() - t0, args.dump, total)
    if not args.quick:
        t0 = time.perf_counter()
        lines = _bench_text(build_text(1.0))
        _report("bench_masking", lines, len(lines), time.perf_counter() - t0, args.dump, total)
    print(f"{'TOTAL':14s} {total.hexdigest()[:16]}")


def _report(name, lines, n, secs, dump, total) -> None:
    d = _digest(lines)
    total.update(f"{name}:{d}".encode())
    findings = sum(len(json.loads(line)[0]) for line in lines)
    print(f"{name:14s} {d}  {n:5d} texts  {findings:6d} findings  ({secs:.1f} s)", flush=True)
    if dump:
        dump.mkdir(parents=True, exist_ok=True)
        (dump / f"{name}.txt").write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
