"""Masking quality on unseen9 (tests/masking_unseen9/data/unseen9.jsonl), with the issue-13
targets: recall >= 0.98 overall and >= 0.97 per type (>= 0.99 for phone, e-mail, postal code,
My Number, card, IP), precision >= 0.95, over-masking of non-personal characters <= 1 %.

Written blind by a fifth reviewer who read neither the masker nor the other corpora, and measured
once on main after every fix up to unseen8: recall 0.902, precision 0.899, over-masking 4.5 %. Its
misses and false positives were then fixed by general mechanisms tested on documents of our own
(tests/masking/test_unseen9_cases.py, test_unseen9_tables.py); it is a regression gate now.

As in unseen6-8, a department's shared mailbox in a mail header is labelled not personal here and
personal in unseen4 and the independent corpus; the masker keeps masking it (and, found once, every
other time it is written). The gate sets such findings aside, counts them, and scores the rest.
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

CORPUS = Path(__file__).resolve().parent / "data" / "unseen9.jsonl"
DISPUTED_MAX = 6  # three e-mails' To: mailbox, each written again in the footer


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
