"""Masking quality on unseen7 (tests/masking_unseen7/data/unseen7.jsonl), with the issue-13
targets: recall >= 0.98 overall and >= 0.97 per type (>= 0.99 for phone, e-mail, postal code,
My Number, card, IP), precision >= 0.95, over-masking of non-personal characters <= 1 %.

Written blind by a reviewer who read neither the masker nor the other corpora, and measured once
on main after the fixes from unseen4-6: recall 0.910, precision 0.947, over-masking 4.8 %. The
misses and false positives were then fixed by general mechanisms tested on documents of our own
(branches fix7t, fix7n, fix7a; see the README). It is a regression gate now.

As in unseen6, a department's shared mailbox in a mail header is labelled not personal here and
personal in unseen4 and the independent corpus; the masker keeps masking it. The gate sets such
findings aside, counts them, and scores the rest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.masking.org_contact import departmental_mailbox
from tests.masking_exports.scoring import (
    OVER_MASKING_MAX,
    PRECISION_TARGET,
    RECALL_TARGET_OVERALL,
    evaluate,
    load_corpus,
    recall_target,
)

CORPUS = Path(__file__).resolve().parent / "data" / "unseen7.jsonl"
DISPUTED_MAX = 1  # the mail header's departmental mailbox, as of the fixes


@pytest.fixture(scope="module")
def result():
    from desktop.core.masking import PiiMasker

    masker = PiiMasker(parallel=False)
    docs = load_corpus(CORPUS)
    disputed: list[str] = []

    def find(text: str):
        kept = []
        for e in masker.find(text):
            if e.type == "EMAIL" and departmental_mailbox(e.text):
                disputed.append(e.text)
            else:
                kept.append(e)
        return kept

    return (docs, *evaluate(docs, find), disputed)


def _types(result) -> list[str]:
    docs = result[0]
    return sorted({e["type"] for d in docs for e in d["entities"]})


def test_recall_and_precision_per_type(result):
    _docs, rep, _tot, _preds, _disputed = result
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
    _docs, _rep, tot, _preds, _disputed = result
    assert len(_types(result)) >= 14
    assert tot.recall >= RECALL_TARGET_OVERALL
    assert tot.precision >= PRECISION_TARGET
    assert tot.over_masking <= OVER_MASKING_MAX


def test_only_the_disputed_mailboxes_are_set_aside(result):
    docs, _rep, _tot, _preds, disputed = result
    gold = {e["text"] for d in docs for e in d["entities"] if e["type"] == "EMAIL"}
    assert not set(disputed) & gold  # no labelled personal mailbox is ever set aside
    assert len(disputed) <= DISPUTED_MAX, disputed
