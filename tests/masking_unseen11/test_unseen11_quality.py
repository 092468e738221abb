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

from tests.masking_exports.gate import CorpusGate


class TestUnseen11(CorpusGate):
    CORPUS = Path(__file__).resolve().parent / "data" / "unseen11.jsonl"
    DISPUTED_MAX = 3  # three multilingual memos' 連絡は shimin@… でも可
