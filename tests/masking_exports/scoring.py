"""Scoring for the exports corpus (bench/make_masking_exports.py).

Per type: recall (every non-space character of a gold item covered by a detection of the same
type) and precision (a detection overlaps a gold item of its type), as for the independent
corpus (tests/masking_independent/scoring.py, reused here). Overall: recall over all items,
precision over all detections, and over-masking: the share of non-personal, non-space
characters that a detection covers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests.masking_independent.scoring import Report, score

CORPUS = Path(__file__).resolve().parent / "data" / "exports.jsonl"

STRICT_TYPES = ("PHONE", "EMAIL", "POSTAL_CODE", "MY_NUMBER", "CREDIT_CARD", "IP_ADDRESS")
RECALL_TARGET_STRICT = 0.99
RECALL_TARGET = 0.97
RECALL_TARGET_OVERALL = 0.98
PRECISION_TARGET = 0.95
OVER_MASKING_MAX = 0.01

_SPACE = set(" \t\r\n\u3000")


def load_corpus(path: Path = CORPUS) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@dataclass
class Overall:
    recall: float
    precision: float
    over_masking: float
    items: int
    detections: int


def overall(docs: list[dict], preds: dict[str, list[tuple[str, int, int]]], rep: Report) -> Overall:
    gold = sum(ts.gold for ts in rep.per_type.values())
    found = sum(ts.found_same for ts in rep.per_type.values())
    detected = sum(ts.detected for ts in rep.per_type.values())
    right = sum(ts.tp_same for ts in rep.per_type.values())
    plain = masked = 0
    for d in docs:
        text = d["text"]
        personal = [False] * len(text)
        for e in d["entities"]:
            for i in range(e["start"], e["end"]):
                personal[i] = True
        covered = [False] * len(text)
        for _t, s, e in preds.get(d["id"], []):
            for i in range(s, e):
                covered[i] = True
        for i, ch in enumerate(text):
            if ch in _SPACE or personal[i]:
                continue
            plain += 1
            masked += covered[i]
    return Overall(
        recall=found / gold if gold else 1.0,
        precision=right / detected if detected else 1.0,
        over_masking=masked / plain if plain else 0.0,
        items=gold,
        detections=detected,
    )


def evaluate(docs: list[dict], find) -> tuple[Report, Overall, dict]:
    preds = {d["id"]: [(e.type, e.start, e.end) for e in find(d["text"])] for d in docs}
    rep = score(docs, preds)
    return rep, overall(docs, preds, rep), preds


def recall_target(etype: str) -> float:
    return RECALL_TARGET_STRICT if etype in STRICT_TYPES else RECALL_TARGET


def corpus_types(docs: list[dict]) -> list[str]:
    return sorted({e["type"] for d in docs for e in d["entities"]})


def target_failures(docs: list[dict], rep: Report) -> list[tuple]:
    """Each type below the issue's recall target or precision target, with three contexts."""
    failures = []
    for etype in corpus_types(docs):
        ts = rep.per_type[etype]
        if ts.recall_same < recall_target(etype):
            failures.append((etype, "recall", ts.recall_same,
                             [m["context"] for m in rep.misses + rep.mistyped
                              if m["type"] == etype][:3]))
        if ts.detected and ts.precision_same < PRECISION_TARGET:
            failures.append((etype, "precision", ts.precision_same,
                             [f["context"] for f in rep.false_positives if f["type"] == etype][:3]))
    return failures


def assert_overall_targets(docs: list[dict], tot: Overall) -> None:
    assert len(corpus_types(docs)) >= 14
    assert tot.recall >= RECALL_TARGET_OVERALL
    assert tot.precision >= PRECISION_TARGET
    assert tot.over_masking <= OVER_MASKING_MAX


def setting_aside_disputed_mailboxes(find, disputed: list[str]):
    """``find`` without its departmental mailboxes (kosodate@…), which go to ``disputed``: the
    labelled corpora contradict each other on them in mail headers (see unseen6's gate)."""
    from desktop.core.masking.org_contact import departmental_mailbox

    def kept(text: str):
        out = []
        for e in find(text):
            if e.type == "EMAIL" and departmental_mailbox(e.text):
                disputed.append(e.text)
            else:
                out.append(e)
        return out

    return kept
