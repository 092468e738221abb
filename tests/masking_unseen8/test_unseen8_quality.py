"""Masking quality on unseen8 (tests/masking_unseen8/data/unseen8.jsonl), with the issue-13
targets: recall >= 0.98 overall and >= 0.97 per type (>= 0.99 for phone, e-mail, postal code,
My Number, card, IP), precision >= 0.95, over-masking of non-personal characters <= 1 %.

Written blind by a fourth reviewer who read neither the masker nor the other corpora, and measured
once on main after the fixes from unseen4-7: recall 0.982, precision 0.982, over-masking 2.7 %.
Its misses and false positives were then fixed by general mechanisms tested on documents of our own
(tests/masking/test_unseen8_cases.py); it is a regression gate now.

As in unseen6 and unseen7, a department's shared mailbox in a mail header is labelled not personal
here and personal in unseen4 and the independent corpus; the masker keeps masking it. The gate sets
such findings aside, counts them, and scores the rest.
"""

from __future__ import annotations

from pathlib import Path

from tests.masking_exports.gate import CorpusGate


class TestUnseen8(CorpusGate):
    CORPUS = Path(__file__).resolve().parent / "data" / "unseen8.jsonl"
    DISPUTED_MAX = 4  # kokuho@ in the To: header of four e-mails, as of the fixes
