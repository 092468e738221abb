"""Recall/precision per type for the masking corpus.

Shared by the test and bench/masking_quality.py.

Recall: a gold item counts as found only if every one of its characters is covered by some
finding (of any type: it is masked either way); typed recall also requires the type to match.
Precision: a finding of type T is right if it overlaps a gold item of type T.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

CORPUS = Path(__file__).with_name("data") / "corpus.jsonl"


def load_corpus(path: Path = CORPUS) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(docs: list[dict], masker) -> dict[str, dict[str, float]]:
    gold_n: dict[str, int] = defaultdict(int)
    covered: dict[str, int] = defaultdict(int)
    typed: dict[str, int] = defaultdict(int)
    pred_n: dict[str, int] = defaultdict(int)
    pred_ok: dict[str, int] = defaultdict(int)
    misses: dict[str, list[str]] = defaultdict(list)
    false_pos: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        text = doc["text"]
        found = masker.find(text)
        mask = [None] * len(text)
        for e in found:
            for i in range(e.start, e.end):
                mask[i] = e.type
        for g in doc["entities"]:
            t = g["type"]
            gold_n[t] += 1
            span = mask[g["start"] : g["end"]]
            if all(span):
                covered[t] += 1
                if all(x == t for x in span):
                    typed[t] += 1
            else:
                misses[t].append(text[g["start"] : g["end"]])
        for e in found:
            pred_n[e.type] += 1
            if any(
                g["type"] == e.type and g["start"] < e.end and e.start < g["end"]
                for g in doc["entities"]
            ):
                pred_ok[e.type] += 1
            else:
                false_pos[e.type].append(e.text)
    out = {}
    for t in sorted(set(gold_n) | set(pred_n)):
        out[t] = {
            "gold": gold_n[t],
            "recall": covered[t] / gold_n[t] if gold_n[t] else 1.0,
            "typed_recall": typed[t] / gold_n[t] if gold_n[t] else 1.0,
            "predicted": pred_n[t],
            "precision": pred_ok[t] / pred_n[t] if pred_n[t] else 1.0,
            "misses": misses[t][:8],
            "false_positives": false_pos[t][:8],
        }
    return out
