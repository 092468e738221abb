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
    assert_overall_targets,
    evaluate,
    load_corpus,
    target_failures,
)

CORPUS = Path(__file__).resolve().parent / "data" / "unseen4.jsonl"


@pytest.fixture(scope="module")
def result():
    from desktop.core.masking import PiiMasker

    docs = load_corpus(CORPUS)
    return (docs, *evaluate(docs, PiiMasker(parallel=False).find))


def test_recall_and_precision_per_type(result):
    docs, rep, _tot, _preds = result
    failures = target_failures(docs, rep)
    assert not failures, failures


def test_overall_recall_precision_and_over_masking(result):
    docs, _rep, tot, _preds = result
    assert_overall_targets(docs, tot)
