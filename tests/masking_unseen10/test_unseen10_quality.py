"""Masking quality on unseen10 (tests/masking_unseen10/data/unseen10.jsonl), with the issue-13
targets: recall >= 0.98 overall and >= 0.97 per type (>= 0.99 for phone, e-mail, postal code,
My Number, card, IP), precision >= 0.95, over-masking of non-personal characters <= 1 %.

Written blind by a sixth reviewer who read neither the masker nor the other corpora, and measured
once on main 9fb4237: recall 0.883, precision 0.962, over-masking 3.85 %. Its misses and false
positives were then fixed by general mechanisms tested on documents of our own
(tests/masking/test_unseen10_cases.py, test_unseen10_rest.py); it is a regression gate now. Its
在留カード番号 are labelled RESIDENCE_CARD since (the masker's type; see its README).

As in unseen6-9, a department's shared mailbox in a mail header (To: 危機管理課 <bousai@…>) is
labelled not personal here and personal in unseen4 and the independent corpus; the masker keeps
masking it. The gate sets such findings aside, counts them, and scores the rest.

Still counted against the masker (and within the targets): a house's location in a tax-relief
application (資産：家屋 〇〇市…379番), which this corpus does not label; the masker keeps it, as a
lot number leads to its owner through the land registry.
"""

from __future__ import annotations

from pathlib import Path

from tests.masking_exports.gate import CorpusGate


class TestUnseen10(CorpusGate):
    CORPUS = Path(__file__).resolve().parent / "data" / "unseen10.jsonl"
    DISPUTED_MAX = 3  # three e-mails' To: mailbox (bousai@…)
    PROPERTY_MAX = 3  # three tax-relief applications' house location

    def test_the_only_false_addresses_are_the_houses_locations(self, result):
        _docs, rep, _tot, _preds, _disputed = result
        wrong = [f["context"] for f in rep.false_positives if f["type"] == "ADDRESS"]
        assert len(wrong) <= self.PROPERTY_MAX, wrong
        assert all("資産：家屋" in c for c in wrong), wrong
