"""Masking quality on unseen15 (tests/masking_unseen15/data/unseen15.jsonl), with the issue-13
targets: recall >= 0.98 overall and >= 0.97 per type (>= 0.99 for phone, e-mail, postal code,
My Number, card, IP), precision >= 0.95, over-masking of non-personal characters <= 1 %.

Written blind by a reviewer who read neither the masker nor the other corpora, asked for the
issue's own kinds as staff write them (not for layouts no corpus had), and measured once on main
d1a3bb3: recall 0.955, precision 0.964, over-masking 3.15 % — the best first contact of the blind
corpora, still under the targets. Its misses and false findings were then fixed by general
mechanisms tested on documents of our own (tests/masking/test_unseen15_*.py); it is a regression
gate now.
"""

from __future__ import annotations

from pathlib import Path

from tests.masking_exports.gate import CorpusGate


class TestUnseen15(CorpusGate):
    CORPUS = Path(__file__).resolve().parent / "data" / "unseen15.jsonl"
    DISPUTED_MAX = 0  # the city's mailboxes are told apart as the office's by their sections
