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

from tests.masking_exports.gate import CorpusGate


class TestUnseen9(CorpusGate):
    CORPUS = Path(__file__).resolve().parent / "data" / "unseen9.jsonl"
    DISPUTED_MAX = 6  # three e-mails' To: mailbox, each written again in the footer
