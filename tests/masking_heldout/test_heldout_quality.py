"""Masking quality on the held-out corpus (tests/masking_heldout/data/heldout.jsonl).

The corpus is written independently of desktop/core/masking (bench/masking_heldout/make_corpus.py).
Thresholds are the acceptance criteria: recall (every character of an item covered by some
detection) >= 0.98 for numbers, e-mail addresses, postal codes and birth dates, >= 0.92 for
names and addresses; precision >= 0.85 per detected type.

The failure patterns this corpus revealed (described in words, never the documents) were
fixed once; it is no longer strictly unseen, but its instances were never tuned against.
"""

from __future__ import annotations

import pytest

from tests.masking_heldout.scoring import (
    MIN_SUPPORT,
    PRECISION_TARGET,
    RECALL_TARGET,
    format_table,
    load_corpus,
    score,
)


def _type_name(t) -> str:
    return str(getattr(t, "value", t))


@pytest.fixture(scope="module")
def result() -> dict:
    from desktop.core.masking import PiiMasker

    masker = PiiMasker()
    docs = load_corpus()
    preds = {
        d["id"]: [(_type_name(e.type), e.start, e.end) for e in masker.find(d["text"])]
        for d in docs
    }
    res = score(docs, preds)
    print("\n" + format_table(res))
    return res


def _misses(result: dict, typ: str, limit: int = 8) -> str:
    rows = [
        f"  {m['gold']!r} in …{m['context']!r}…"
        for m in result["misses"]
        if m["type"] == typ and not m["any_type_ok"]
    ]
    return "\n".join(rows[:limit])


def _false_positives(result: dict, typ: str, limit: int = 8) -> str:
    rows = [
        f"  {f['text']!r} in …{f['context']!r}…"
        for f in result["false_positives"]
        if f["type"] == typ
    ]
    return "\n".join(rows[:limit])


@pytest.mark.parametrize("typ", sorted(RECALL_TARGET))
def test_recall(result: dict, typ: str) -> None:
    r = result["recall"].get(typ)
    assert r is not None and r["n"] > 0, f"corpus has no {typ} items"
    assert r["any"] >= RECALL_TARGET[typ], (
        f"{typ} recall {r['any']:.3f} < {RECALL_TARGET[typ]} ({r['n']} items); missed:\n{_misses(result, typ)}"
    )


@pytest.mark.parametrize("typ", sorted(RECALL_TARGET))
def test_precision(result: dict, typ: str) -> None:
    p = result["precision"].get(typ)
    if p is None or p["n"] < MIN_SUPPORT:
        pytest.skip(f"fewer than {MIN_SUPPORT} {typ} detections")
    assert p["any"] >= PRECISION_TARGET, (
        f"{typ} precision {p['any']:.3f} < {PRECISION_TARGET} ({p['n']} detections); false positives:\n"
        f"{_false_positives(result, typ)}"
    )
