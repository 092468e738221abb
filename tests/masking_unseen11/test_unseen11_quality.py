"""Masking quality on unseen11 (tests/masking_unseen11/data/unseen11.jsonl), with the issue-13
targets: recall >= 0.98 overall and >= 0.97 per type (>= 0.99 for phone, e-mail, postal code,
My Number, card, IP), precision >= 0.95, over-masking of non-personal characters <= 1 %.

Written blind by a reviewer who read neither the masker nor the other corpora (documents of kinds
no corpus had: 戸籍 notifications, 委任状, 源泉徴収票, a housing register, council notices, OCR
forms, business cards), and measured once on main 51c0b59: recall 0.933, precision 0.937,
over-masking 4.1 %. Its misses were then fixed by general mechanisms tested on documents of our
own (tests/masking/test_unseen11_cases.py, test_unseen11_records.py, test_unseen11_contacts.py);
it is a regression gate now.

As in unseen6-10, a department's mailbox this corpus labels not personal (連絡は shimin@… でも可)
is labelled personal elsewhere; the masker keeps masking it, and the gate sets such findings
aside, counts and caps them.
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

CORPUS = Path(__file__).resolve().parent / "data" / "unseen11.jsonl"
DISPUTED_MAX = 3  # three multilingual memos' 連絡は shimin@… でも可


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
