"""Masking quality on an independently written corpus (bench/masking_independent/make_corpus.py).

Targets from the acceptance check: recall >= 0.98 on numbers / e-mail / postal codes (and the other
number-like types), >= 0.92 on names and addresses; precision >= 0.85 for every detected type.
Recall: every non-whitespace character of a gold item covered by a detection of the SAME type.
Precision: a detection of type T overlaps a gold item of type T.
(bench/masking_independent/evaluate.py also reports the any-type variants and lists the failures.)

When this corpus was written nine thresholds failed; they were marked xfail and the marks
removed once the masker met them. A new gap may be marked the same way, with its reason.
"""

from __future__ import annotations

import time

import pytest

from tests.masking_independent.scoring import (
    ALL_TYPES,
    PRECISION_TARGET,
    RECALL_TARGET,
    format_table,
    load_corpus,
    score,
)

# Every threshold is met now; a type that falls below its target fails the suite.
_KNOWN_RECALL_GAPS: dict[str, str] = {}
_KNOWN_PRECISION_GAPS: dict[str, str] = {}


def _param(t: str, gaps: dict[str, str]):
    if t in gaps:
        return pytest.param(t, marks=pytest.mark.xfail(strict=False, reason=gaps[t]), id=t)
    return pytest.param(t, id=t)


@pytest.fixture(scope="module")
def report():
    from desktop.core.masking import PiiMasker

    docs = load_corpus()
    masker = PiiMasker()
    t0 = time.perf_counter()
    preds = {d["id"]: [(e.type, e.start, e.end) for e in masker.find(d["text"])] for d in docs}
    elapsed = time.perf_counter() - t0
    rep = score(docs, preds)
    rep.elapsed = elapsed
    print("\n" + format_table(rep) + f"\n(find over {len(docs)} documents: {elapsed:.2f} s)")
    return rep


def test_corpus_is_well_formed():
    docs = load_corpus()
    assert 150 <= len(docs) <= 300
    seen_types = set()
    for d in docs:
        for e in d["entities"]:
            v = d["text"][e["start"] : e["end"]]
            assert v and v == v.strip(), (d["id"], e)
            seen_types.add(e["type"])
            digits = "".join(
                ch
                for ch in v.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
                if ch.isdigit()
            )
            if e["type"] == "MY_NUMBER":
                body = [int(c) for c in digits[:11]]
                s = sum(body[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
                assert int(digits[11]) == (0 if s % 11 <= 1 else 11 - s % 11), v
            if e["type"] == "CREDIT_CARD":
                total = sum(
                    (d2 if i % 2 == 0 else (d2 * 2 - 9 if d2 * 2 > 9 else d2 * 2))
                    for i, d2 in enumerate(int(c) for c in reversed(digits))
                )
                assert total % 10 == 0, v
    assert seen_types == set(ALL_TYPES)


def test_evaluation_is_fast(report):
    # The module must stay well under 20 s in CI; find() over the whole corpus takes about a second.
    assert report.elapsed < 15, f"find() over the corpus took {report.elapsed:.1f} s"


@pytest.mark.parametrize("etype", [_param(t, _KNOWN_RECALL_GAPS) for t in ALL_TYPES])
def test_recall(report, etype):
    ts = report.per_type[etype]
    target = RECALL_TARGET[etype]
    misses = [m["context"] for m in report.misses + report.mistyped if m["type"] == etype][:8]
    assert ts.recall_same >= target, (
        f"{etype}: recall {ts.recall_same:.3f} (any type {ts.recall_any:.3f}) < {target} "
        f"over {ts.gold} items; e.g. {misses}"
    )


@pytest.mark.parametrize("etype", [_param(t, _KNOWN_PRECISION_GAPS) for t in ALL_TYPES])
def test_precision(report, etype):
    ts = report.per_type.get(etype)
    if ts is None or ts.detected == 0:
        return
    fps = [f["context"] for f in report.false_positives if f["type"] == etype][:8]
    assert ts.precision_same >= PRECISION_TARGET, (
        f"{etype}: precision {ts.precision_same:.3f} (overlap any type {ts.precision_any:.3f}) "
        f"< {PRECISION_TARGET} "
        f"over {ts.detected} detections; e.g. {fps}"
    )
