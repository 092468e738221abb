"""Masking speed: MB/s of Japanese office text (names included), and analyser load time.

Usage: python bench/bench_masking.py [--mb 1.0] [--prompt-only]
Builds ~N MB (UTF-8) of office text from the quality corpus plus plain Wikipedia sentences
(stockmark-ner-wikipedia, if present), then times PiiMasker.warm_up(), find() and mask(), in one
process and with the analyser in a worker process (PARALLEL_MIN_CHARS), and a 10,000-character
prompt as the app masks it (after a find over the same text: the masker remembers some of what
it analysed, as when a prompt is prepared again after an edit), and a 10,000-character prompt
never seen before.
Presidio is not run here: presidio-analyzer needs spaCy and a model, and its own patterns have
no Japanese recognisers (see the report in the issue note).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
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


def build_unseen_text(chars: int = 200_000) -> str:
    """Office text the other measurements never show the masker: the independent and held-out
    corpora and the Wikipedia sentences after the 3,000 ``build_text`` uses."""
    parts = [
        json.loads(line)["text"]
        for name in ("masking_independent/data/independent.jsonl", "masking_heldout/data/heldout.jsonl")
        for line in (ROOT / "tests" / name).read_text("utf-8").splitlines()
        if line.strip()
    ]
    wiki = Path("/work/shared/data/stockmark-ner-wikipedia/ner.json")
    if wiki.exists():
        parts += [d["text"] for d in json.loads(wiki.read_text("utf-8"))[3000:]]
    out, size, i = [], 0, 0
    while size < chars:
        p = parts[i % len(parts)]
        out.append(p)
        size += len(p) + 1
        i += 1
    return "\n".join(out)


def run(text: str, parallel: bool) -> None:
    t0 = time.perf_counter()
    masker = PiiMasker(parallel=parallel)
    masker.warm_up()
    load = time.perf_counter() - t0
    mb = len(text.encode("utf-8")) / 1_000_000
    masker.find("山田太郎様")  # first call builds lazy tables
    t0 = time.perf_counter()
    masker.find(text)  # in parallel mode the first large text starts the worker process
    first = time.perf_counter() - t0
    finds, cpus = [], []
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        ents = masker.find(text)
        finds.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    t_find = statistics.median(finds)
    cpu_find = statistics.median(cpus)
    t0 = time.perf_counter()
    res = masker.mask(text, ents)
    t_mask = time.perf_counter() - t0
    t0 = time.perf_counter()
    back = res.session.unmask(res.masked_text)
    t_unmask = time.perf_counter() - t0
    assert back == text
    mode = "analyser in a worker process" if parallel else "one process"
    print(f"--- {mode}")
    print(f"analyser load + dictionaries: {load:.3f} s; first large find: {first:.3f} s")
    print(f"text: {mb:.2f} MB UTF-8, {len(text):,} chars, {len(ents):,} findings")
    print(f"find:   {t_find:.3f} s median of 3 ({mb / t_find:.2f} MB/s)")
    # CPU time of this process: on a shared machine it shows the work apart from waiting for a
    # core; with the worker it leaves out the worker process's share.
    print(f"find CPU (this process): {cpu_find:.3f} s median of 3")
    print(f"mask:   {t_mask:.3f} s (placeholders for given findings)")
    print(f"total find+mask: {t_find + t_mask:.3f} s for {mb:.2f} MB")
    print(f"unmask: {t_unmask:.3f} s")


def prompt_ms(text: str, pieces: int = 20) -> tuple[float, float, float]:
    """Median PiiMasker.mask time for 10,000-character pieces (the app's per-request cost):
    wall, CPU of the process (every thread) and CPU of the calling thread, in ms.

    The analyser parses in a background thread while the calling thread runs the patterns
    (analyser.prefetch): with a free core the wall time is about the calling thread's CPU
    plus any wait for the parse; on a machine whose other core is busy it is about the
    process's CPU."""
    masker = PiiMasker()
    masker.warm_up()
    masker.find("山田太郎様")
    times, cpus, own = [], [], []
    for i in range(pieces):
        piece = text[i * 10_000 : (i + 1) * 10_000]
        t0, c0, o0 = time.perf_counter(), time.process_time(), time.thread_time()
        masker.mask(piece)
        times.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        own.append(time.thread_time() - o0)
    wall, cpu, mine = (statistics.median(x) * 1000 for x in (times, cpus, own))
    return wall, cpu, mine


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument(
        "--prompt-only",
        action="store_true",
        help="only the 10,000-character prompt (after one find over the same text, as below)",
    )
    args = ap.parse_args()
    text = build_text(args.mb)
    print(f"CPUs: {os.cpu_count()}")
    if args.prompt_only:
        warm = PiiMasker(parallel=False)
        warm.warm_up()
        warm.find(text[:200_000])  # the pieces prompt_ms masks, as the 1 MB runs leave them
    else:
        run(text, parallel=False)
        run(text, parallel=True)
    load = f"; load average {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else ""
    wall, cpu, own = prompt_ms(text)
    print(f"10,000-character prompt: mask {wall:.1f} ms, CPU {cpu:.1f} ms, this thread "
          f"{own:.1f} ms (median of 20{load})")
    # The masker remembers what it has analysed (short windows, verdicts on a name in its
    # context): a prompt it has never seen, in a fresh masker, costs this much.
    wall, cpu, own = prompt_ms(build_unseen_text(), pieces=20)
    print(f"10,000-character prompt never seen before: mask {wall:.1f} ms, CPU {cpu:.1f} ms, "
          f"this thread {own:.1f} ms (median of 20)")


if __name__ == "__main__":
    main()
