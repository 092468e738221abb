"""Scoring for the independent masking corpus.

Shared by tests/masking_independent and bench/masking_independent/evaluate.py.

Recall, per gold type: an item is *found* when every non-whitespace character of it is covered
by detected entities -- of ANY type ("any") or of the SAME type ("same").
Precision, per detected type: a detection is a true positive when it overlaps a gold item --
of any type ("any") or of its own type ("same").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "data" / "independent.jsonl"

NUMBER_TYPES = (
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
NAME_TYPES = ("PERSON", "ADDRESS")
ALL_TYPES = NAME_TYPES + NUMBER_TYPES

RECALL_TARGET = {**{t: 0.98 for t in NUMBER_TYPES}, **{t: 0.92 for t in NAME_TYPES}}
PRECISION_TARGET = 0.85

_SPACE = set(" \t\r\n\u3000")


def load_corpus(path: Path = CORPUS) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@dataclass
class TypeScore:
    gold: int = 0
    found_any: int = 0
    found_same: int = 0
    detected: int = 0
    tp_any: int = 0
    tp_same: int = 0

    @property
    def recall_any(self) -> float:
        return self.found_any / self.gold if self.gold else 1.0

    @property
    def recall_same(self) -> float:
        return self.found_same / self.gold if self.gold else 1.0

    @property
    def precision_any(self) -> float:
        return self.tp_any / self.detected if self.detected else 1.0

    @property
    def precision_same(self) -> float:
        return self.tp_same / self.detected if self.detected else 1.0


@dataclass
class Report:
    per_type: dict[str, TypeScore] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)  # not covered even by any type
    mistyped: list[dict] = field(default_factory=list)  # covered, but not by its own type
    false_positives: list[dict] = field(default_factory=list)  # overlaps no gold item
    docs: int = 0

    def ts(self, t: str) -> TypeScore:
        return self.per_type.setdefault(t, TypeScore())


def _context(text: str, start: int, end: int, width: int = 25) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    return (text[a:start] + "【" + text[start:end] + "】" + text[end:b]).replace("\n", "⏎")


def score(docs: list[dict], predictions: dict[str, list[tuple[str, int, int]]]) -> Report:
    rep = Report(docs=len(docs))
    for doc in docs:
        text = doc["text"]
        preds = predictions.get(doc["id"], [])
        gold = doc["entities"]
        for g in gold:
            t, s, e = g["type"], g["start"], g["end"]
            ts = rep.ts(t)
            ts.gold += 1
            chars = [i for i in range(s, e) if text[i] not in _SPACE]
            cov_any = {i for (_, ps, pe) in preds for i in range(max(s, ps), min(e, pe))}
            cov_same = {
                i for (pt, ps, pe) in preds if pt == t for i in range(max(s, ps), min(e, pe))
            }
            ok_any = all(i in cov_any for i in chars)
            ok_same = all(i in cov_same for i in chars)
            ts.found_any += ok_any
            ts.found_same += ok_same
            overlapping = [f"{pt}:{text[ps:pe]}" for (pt, ps, pe) in preds if ps < e and pe > s]
            item = {
                "doc": doc["id"],
                "style": doc["style"],
                "type": t,
                "text": text[s:e],
                "context": _context(text, s, e),
                "detected_overlaps": overlapping,
                "covered_chars": f"{sum(i in cov_any for i in chars)}/{len(chars)}",
            }
            if not ok_any:
                rep.misses.append(item)
            elif not ok_same:
                rep.mistyped.append(item)
        for pt, ps, pe in preds:
            ts = rep.ts(pt)
            ts.detected += 1
            hits = [g for g in gold if g["start"] < pe and g["end"] > ps]
            ts.tp_any += bool(hits)
            ts.tp_same += any(g["type"] == pt for g in hits)
            if not hits:
                rep.false_positives.append(
                    {
                        "doc": doc["id"],
                        "style": doc["style"],
                        "type": pt,
                        "text": text[ps:pe],
                        "context": _context(text, ps, pe),
                    }
                )
    return rep


def format_table(rep: Report) -> str:
    lines = [
        f"documents: {rep.docs}",
        f"{'type':17s}{'gold':>5s}{'R_any':>8s}{'R_same':>8s}{'target':>8s}  |"
        f"{'det':>5s}{'P_any':>8s}{'P_same':>8s}",
    ]
    types = list(ALL_TYPES) + sorted(t for t in rep.per_type if t not in ALL_TYPES)
    for t in types:
        ts = rep.per_type.get(t)
        if ts is None:
            continue
        target = RECALL_TARGET.get(t)
        flag = ""
        if ts.gold and target and ts.recall_same < target:
            flag += " R<target"
        if ts.detected and ts.precision_same < PRECISION_TARGET:
            flag += " P<0.85"
        lines.append(
            f"{t:17s}{ts.gold:5d}{ts.recall_any:8.3f}{ts.recall_same:8.3f}{(target or 0):8.2f}  |"
            f"{ts.detected:5d}{ts.precision_any:8.3f}{ts.precision_same:8.3f}{flag}"
        )
    return "\n".join(lines)


def instructive(rep: Report, n: int = 40) -> list[dict]:
    """Round-robin over (kind, type) so every failure pattern shows up, not only the commonest."""
    buckets: dict[tuple[str, str], list[dict]] = {}
    for kind, items in (
        ("MISS", rep.misses),
        ("FALSE_POSITIVE", rep.false_positives),
        ("MISTYPED", rep.mistyped),
    ):
        for it in items:
            buckets.setdefault((kind, it["type"]), []).append({"kind": kind, **it})
    out: list[dict] = []
    keys = sorted(buckets, key=lambda k: (-len(buckets[k]), k))
    depth = 0
    while len(out) < n and any(depth < len(buckets[k]) for k in keys):
        for k in keys:
            if depth < len(buckets[k]) and len(out) < n:
                out.append(buckets[k][depth])
        depth += 1
    return out
