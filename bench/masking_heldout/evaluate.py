"""Evaluate the masker on the held-out corpus through its command-line interface.

    .venv/bin/python bench/masking_heldout/evaluate.py [--corpus PATH] [--cli PATH]

Runs `office-assistant mask --jsonl` (with a throw-away OFFICE_ASSISTANT_HOME), prints
per-type recall (character coverage, any type / same type) and precision (per detected
type), and writes the 40 most instructive misses and false positives, plus the full
lists, to bench/out/masking_heldout_errors.txt and bench/out/masking_heldout_result.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.masking_heldout.scoring import (  # noqa: E402
    DATA,
    PRECISION_TARGET,
    RECALL_TARGET,
    format_table,
    load_corpus,
    score,
)


def run_cli(docs: list[dict], cli: Path) -> dict[str, list[tuple[str, int, int]]]:
    stdin = "".join(
        json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in docs
    )
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "OFFICE_ASSISTANT_HOME": home}
        proc = subprocess.run(
            [str(cli), "mask", "--jsonl"],
            input=stdin.encode("utf-8"),
            capture_output=True,
            env=env,
            cwd=ROOT,
            check=True,
            timeout=600,
        )
    preds: dict[str, list[tuple[str, int, int]]] = {}
    by_id = {d["id"]: d for d in docs}
    for line in proc.stdout.decode("utf-8").splitlines():
        if not line.strip():
            continue
        out = json.loads(line)
        text = by_id[out["id"]]["text"]
        ents = []
        for e in out["entities"]:
            assert text[e["start"] : e["end"]] == e["text"], (out["id"], e)
            ents.append((e["type"], e["start"], e["end"]))
        preds[out["id"]] = ents
    missing = set(by_id) - set(preds)
    assert not missing, f"no output for {sorted(missing)[:5]}"
    return preds


def instructive(items: list[dict], key: str, limit: int) -> list[dict]:
    """Round-robin over types (and distinct strings) so one pattern does not fill the list."""
    buckets: dict[str, list[dict]] = defaultdict(list)
    seen = set()
    for it in items:
        sig = (it["type"], it[key])
        if sig in seen:
            continue
        seen.add(sig)
        buckets[it["type"]].append(it)
    out: list[dict] = []
    while len(out) < limit and any(buckets.values()):
        for t in sorted(buckets, key=lambda t: -len(buckets[t])):
            if buckets[t] and len(out) < limit:
                out.append(buckets[t].pop(0))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DATA)
    ap.add_argument("--cli", type=Path, default=ROOT / ".venv" / "bin" / "office-assistant")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = ap.parse_args()

    docs = load_corpus(args.corpus)
    preds = run_cli(docs, args.cli)
    res = score(docs, preds)
    print(
        f"held-out corpus: {len(docs)} documents, {sum(len(d['entities']) for d in docs)} gold items"
    )
    print(format_table(res))

    fails = []
    for t, r in res["recall"].items():
        if r["any"] < RECALL_TARGET.get(t, 0):
            fails.append(f"recall(any) {t} {r['any']:.3f} < {RECALL_TARGET[t]}")
    for t, p in res["precision"].items():
        if p["n"] >= 5 and p["any"] < PRECISION_TARGET:
            fails.append(f"precision {t} {p['any']:.3f} < {PRECISION_TARGET}")
    print("\nbelow target:" if fails else "\nall targets met", *fails, sep="\n  ")

    args.out.mkdir(parents=True, exist_ok=True)
    miss = instructive(res["misses"], "gold", 40)
    fp = instructive(res["false_positives"], "text", 40)
    with (args.out / "masking_heldout_errors.txt").open("w", encoding="utf-8") as f:
        f.write(
            format_table(res) + "\n\n== 40 instructive misses (not fully covered by same type) ==\n"
        )
        for it in miss:
            f.write(
                f"[{it['doc']} {it['style']}] {it['type']} {it['gold']!r} any_type_ok={it['any_type_ok']} "
                f"detected={it['detected_overlap']}\n    …{it['context']!r}…\n"
            )
        f.write("\n== 40 instructive false positives ==\n")
        for it in fp:
            f.write(
                f"[{it['doc']} {it['style']}] {it['type']} {it['text']!r}\n    …{it['context']!r}…\n"
            )
    (args.out / "masking_heldout_result.json").write_text(
        json.dumps(res, ensure_ascii=False, indent=1), "utf-8"
    )
    print(f"\nerrors: {args.out / 'masking_heldout_errors.txt'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
