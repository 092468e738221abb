"""Evaluate the masker against the independent corpus through its command-line interface.

    .venv/bin/python bench/masking_independent/evaluate.py  # via `office-assistant mask --jsonl`
    .venv/bin/python bench/masking_independent/evaluate.py --inprocess  # via PiiMasker().find()

Prints per-type recall (every non-whitespace character covered; by detections of any type and of
the same type) and per-detected-type precision (overlaps a gold item of any / the same type).
Writes the 40 most instructive misses / false positives and all failures to bench/out/.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.masking_independent.scoring import CORPUS, format_table, instructive, load_corpus, score  # noqa: E402

OUT_DIR = ROOT / "bench" / "out"


def _cli_exe() -> list[str]:
    exe = Path(sys.executable).with_name("office-assistant")
    if exe.exists():
        return [str(exe)]
    return [
        sys.executable,
        "-m",
        "desktop",
    ]


def predict_cli(docs: list[dict]) -> dict[str, list[tuple[str, int, int]]]:
    payload = "".join(
        json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in docs
    )
    with tempfile.TemporaryDirectory(prefix="oa-home-") as home:
        env = {**os.environ, "OFFICE_ASSISTANT_HOME": home, "PYTHONIOENCODING": "utf-8"}
        proc = subprocess.run(
            [*_cli_exe(), "mask", "--jsonl"],
            input=payload.encode("utf-8"),
            capture_output=True,
            env=env,
            cwd=ROOT,
            check=False,
        )
    if proc.returncode != 0:
        sys.exit(
            f"mask --jsonl failed ({proc.returncode}):\n{proc.stderr.decode('utf-8', 'replace')}"
        )
    preds: dict[str, list[tuple[str, int, int]]] = {}
    texts = {d["id"]: d["text"] for d in docs}
    for line in proc.stdout.decode("utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        ents = [(e["type"], e["start"], e["end"]) for e in rec["entities"]]
        for (_t, s, e), raw in zip(ents, rec["entities"], strict=False):
            if texts[rec["id"]][s:e] != raw.get("text", texts[rec["id"]][s:e]):
                print(f"WARNING offset mismatch in {rec['id']}: {raw}", file=sys.stderr)
        preds[rec["id"]] = ents
    missing = [d["id"] for d in docs if d["id"] not in preds]
    if missing:
        sys.exit(f"CLI returned no line for {len(missing)} documents, e.g. {missing[:3]}")
    return preds


def predict_inprocess(docs: list[dict]) -> dict[str, list[tuple[str, int, int]]]:
    from desktop.core.masking import PiiMasker

    masker = PiiMasker()
    return {d["id"]: [(e.type, e.start, e.end) for e in masker.find(d["text"])] for d in docs}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument(
        "--inprocess", action="store_true", help="call PiiMasker().find() instead of the CLI"
    )
    ap.add_argument("-n", type=int, default=40, help="how many instructive failures to print")
    args = ap.parse_args(argv)

    docs = load_corpus(args.corpus)
    t0 = time.perf_counter()
    preds = predict_inprocess(docs) if args.inprocess else predict_cli(docs)
    elapsed = time.perf_counter() - t0
    rep = score(docs, preds)

    print(format_table(rep))
    print(
        f"({'in-process' if args.inprocess else 'CLI'}: {elapsed:.1f} s; misses {len(rep.misses)}, "
        f"mistyped {len(rep.mistyped)}, false positives {len(rep.false_positives)})"
    )
    top = instructive(rep, args.n)
    print(f"\n--- {len(top)} instructive failures ---")
    for it in top:
        extra = (
            f"  detected={it['detected_overlaps']} covered={it['covered_chars']}"
            if "covered_chars" in it
            else ""
        )
        print(
            f"[{it['kind']:14s} {it['type']:16s}] {it['doc']} {it['style']}: {it['context']}{extra}"
        )

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "masking_independent_report.txt").write_text(
        format_table(rep)
        + "\n\n"
        + "\n".join(json.dumps(x, ensure_ascii=False) for x in top)
        + "\n",
        encoding="utf-8",
    )
    (OUT_DIR / "masking_independent_failures.json").write_text(
        json.dumps(
            {
                "misses": rep.misses,
                "mistyped": rep.mistyped,
                "false_positives": rep.false_positives,
            },
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    print(f"\nwritten: {OUT_DIR / 'masking_independent_report.txt'}")
    print(f"         {OUT_DIR / 'masking_independent_failures.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
