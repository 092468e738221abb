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

from tests.masking_exports.gate import CorpusGate


class TestUnseen6(CorpusGate):
    CORPUS = Path(__file__).resolve().parent / "data" / "unseen6.jsonl"
    DISPUTED_MAX = 3  # the mail headers' departmental mailboxes, as of the fixes
