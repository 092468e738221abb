"""Masking quality on unseen4 (tests/masking_unseen4/data/unseen4.jsonl), with the issue-13
targets: recall >= 0.98 overall and >= 0.97 per type (>= 0.99 for phone, e-mail, postal code,
My Number, card, IP), precision >= 0.95, over-masking of non-personal characters <= 1 %.

Written blind by an engineer who read neither the masker nor the other corpora. On the masker it
first met it scored recall 0.920; the misses and false positives were then fixed by general
mechanisms tested on sentences of their own (see the README). It is a regression gate now, no
longer an unseen measurement.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.masking_exports.scoring import (
    OVER_MASKING_MAX,
    PRECISION_TARGET,
    RECALL_TARGET_OVERALL,
    evaluate,
    load_corpus,
    recall_target,
)

CORPUS = Path(__file__).resolve().parent / "data" / "unseen4.jsonl"


@pytest.fixture(scope="module")
def result():
    from desktop.core.masking import PiiMasker

    docs = load_corpus(CORPUS)
    return (docs, *evaluate(docs, PiiMasker(parallel=False).find))


def _types(result) -> list[str]:
    docs = result[0]
    return sorted({e["type"] for d in docs for e in d["entities"]})


def test_recall_and_precision_per_type(result):
    _docs, rep, _tot, _preds = result
    failures = []
    for etype in _types(result):
        ts = rep.per_type[etype]
        if ts.recall_same < recall_target(etype):
            failures.append((etype, "recall", ts.recall_same,
                             [m["context"] for m in rep.misses + rep.mistyped
                              if m["type"] == etype][:3]))
        if ts.detected and ts.precision_same < PRECISION_TARGET:
            failures.append((etype, "precision", ts.precision_same,
                             [f["context"] for f in rep.false_positives if f["type"] == etype][:3]))
    assert not failures, failures


def test_overall_recall_precision_and_over_masking(result):
    _docs, _rep, tot, _preds = result
    assert len(_types(result)) >= 14
    assert tot.recall >= RECALL_TARGET_OVERALL
    assert tot.precision >= PRECISION_TARGET
    assert tot.over_masking <= OVER_MASKING_MAX
