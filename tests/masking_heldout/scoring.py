"""Scoring for the held-out masking corpus (shared by bench/masking_heldout/evaluate.py and the test).

Recall is per gold item and by character coverage: an item is found only if every
non-whitespace character of it lies inside some detected entity — "any type" counts
detections of any type, "same type" only detections of the item's own type.
Precision is per detected type: a detection is a true positive if it overlaps any gold
item ("any"); "same" requires the overlapped gold item to have the detection's type.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "heldout.jsonl"

STRUCTURED = (
    "PHONE",
    "EMAIL",
    "POSTAL_CODE",
    "MY_NUMBER",
    "BIRTH_DATE",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "PENSION_NUMBER",
    "INSURANCE_NUMBER",
    "DRIVER_LICENSE",
    "PASSPORT",
    "IP_ADDRESS",
)
NAMES_ADDRESSES = ("PERSON", "ADDRESS")
RECALL_TARGET = {**{t: 0.98 for t in STRUCTURED}, **{t: 0.92 for t in NAMES_ADDRESSES}}
PRECISION_TARGET = 0.85
MIN_SUPPORT = 5  # precision is only asserted for detected types with at least this many detections


def load_corpus(path: Path = DATA) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _covered(
    text: str, start: int, end: int, dets: list[tuple[str, int, int]], typ: str | None
) -> bool:
    mask = [False] * (end - start)
    for t, s, e in dets:
        if typ is not None and t != typ:
            continue
        for i in range(max(s, start), min(e, end)):
            mask[i - start] = True
    return all(ok or text[start + i].isspace() for i, ok in enumerate(mask))


def score(docs: list[dict], predictions: dict[str, list[tuple[str, int, int]]]) -> dict:
    """predictions: doc id -> [(type, start, end)].  Returns per-type numbers and error lists."""
    rec = defaultdict(lambda: {"n": 0, "any": 0, "same": 0})
    prec = defaultdict(lambda: {"n": 0, "any": 0, "same": 0})
    misses, false_pos = [], []
    for d in docs:
        text, gold, dets = d["text"], d["entities"], predictions.get(d["id"], [])
        for g in gold:
            r = rec[g["type"]]
            r["n"] += 1
            any_ok = _covered(text, g["start"], g["end"], dets, None)
            same_ok = _covered(text, g["start"], g["end"], dets, g["type"])
            r["any"] += any_ok
            r["same"] += same_ok
            if not same_ok:
                overl = [(t, text[s:e]) for t, s, e in dets if s < g["end"] and e > g["start"]]
                misses.append(
                    {
                        "doc": d["id"],
                        "style": d["style"],
                        "type": g["type"],
                        "gold": text[g["start"] : g["end"]],
                        "any_type_ok": any_ok,
                        "detected_overlap": overl,
                        "context": text[max(0, g["start"] - 25) : g["end"] + 25],
                    }
                )
        for t, s, e in dets:
            p = prec[t]
            p["n"] += 1
            hits = [g for g in gold if g["start"] < e and g["end"] > s]
            p["any"] += bool(hits)
            p["same"] += any(g["type"] == t for g in hits)
            if not hits:
                false_pos.append(
                    {
                        "doc": d["id"],
                        "style": d["style"],
                        "type": t,
                        "text": text[s:e],
                        "context": text[max(0, s - 25) : e + 25],
                    }
                )
    recall = {
        t: {"n": v["n"], "any": v["any"] / v["n"], "same": v["same"] / v["n"]}
        for t, v in rec.items()
    }
    precision = {
        t: {"n": v["n"], "any": v["any"] / v["n"], "same": v["same"] / v["n"]}
        for t, v in prec.items()
    }
    return {
        "recall": recall,
        "precision": precision,
        "misses": misses,
        "false_positives": false_pos,
    }


def format_table(result: dict) -> str:
    types = sorted(set(result["recall"]) | set(result["precision"]))
    lines = [
        f"{'type':<17}{'gold':>6}{'R(any)':>9}{'R(same)':>9}{'target':>8}   {'det':>5}{'P(any)':>9}{'P(same)':>9}"
    ]
    for t in types:
        r = result["recall"].get(t)
        p = result["precision"].get(t)
        rs = (
            f"{r['n']:>6}{r['any']:>9.3f}{r['same']:>9.3f}{RECALL_TARGET.get(t, 0):>8.2f}"
            if r
            else f"{'-':>6}{'':>26}"
        )
        ps = f"{p['n']:>5}{p['any']:>9.3f}{p['same']:>9.3f}" if p else f"{'-':>5}"
        lines.append(f"{t:<17}{rs}   {ps}")
    return "\n".join(lines)
