"""Masking quality on unseen6 (tests/masking_unseen6/data/unseen6.jsonl), with the issue-13
targets: recall >= 0.98 overall and >= 0.97 per type (>= 0.99 for phone, e-mail, postal code,
My Number, card, IP), precision >= 0.95, over-masking of non-personal characters <= 1 %.

Written blind by a reviewer who read neither the masker nor the other corpora. On the masker it
first met it scored recall 0.932, precision 0.932, over-masking 6.4 %; the misses and false
positives were then fixed by general mechanisms tested on documents of our own (see the README).
It is a regression gate now, no longer an unseen measurement.

One labelling choice of this corpus contradicts two others: it counts a department's shared
mailbox in a mail header (To: kosodate@city…) as not personal, where unseen4 and the
independent corpus label the same kind of address as personal. The masker keeps masking those
(privacy first) and unmasks a departmental mailbox only in the office's switchboard block. The
gate sets those disputed findings aside, counts them, and scores the rest against the targets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.masking_exports.scoring import (
    assert_overall_targets,
    evaluate,
    load_corpus,
    setting_aside_disputed_mailboxes,
    target_failures,
)

CORPUS = Path(__file__).resolve().parent / "data" / "unseen6.jsonl"
DISPUTED_MAX = 3  # the mail headers' departmental mailboxes, as of the fixes


@pytest.fixture(scope="module")
def result():
    from desktop.core.masking import PiiMasker

    docs = load_corpus(CORPUS)
    disputed: list[str] = []
    find = setting_aside_disputed_mailboxes(PiiMasker(parallel=False).find, disputed)
    return (docs, *evaluate(docs, find), disputed)


def test_recall_and_precision_per_type(result):
    docs, rep, _tot, _preds, _disputed = result
    failures = target_failures(docs, rep)
    assert not failures, failures


def test_overall_recall_precision_and_over_masking(result):
    docs, _rep, tot, _preds, _disputed = result
    assert_overall_targets(docs, tot)


def test_only_the_disputed_mailboxes_are_set_aside(result):
    docs, _rep, _tot, _preds, disputed = result
    gold = {e["text"] for d in docs for e in d["entities"] if e["type"] == "EMAIL"}
    assert not set(disputed) & gold  # no labelled personal mailbox is ever set aside
    assert len(disputed) <= DISPUTED_MAX, disputed
