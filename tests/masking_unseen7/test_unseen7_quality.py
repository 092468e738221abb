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

from tests.masking_exports.gate import CorpusGate


class TestUnseen7(CorpusGate):
    CORPUS = Path(__file__).resolve().parent / "data" / "unseen7.jsonl"
    DISPUTED_MAX = 1  # the mail header's departmental mailbox, as of the fixes
