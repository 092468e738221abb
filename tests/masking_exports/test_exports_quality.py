"""Masking quality on generated municipal exports (issue 13; bench/make_masking_exports.py).

The committed corpus was generated with a seed the masker was never tuned on (seed 90817; the
mechanisms were developed on seeds 1-6). Targets from the issue: recall >= 0.98 overall and
>= 0.97 per type (>= 0.99 for phone, e-mail, postal code, My Number, card, IP), precision >=
0.95, over-masking of non-personal characters <= 1 %.
"""

from __future__ import annotations

import pytest

from tests.masking_exports.scoring import (
    OVER_MASKING_MAX,
    PRECISION_TARGET,
    RECALL_TARGET_OVERALL,
    evaluate,
    load_corpus,
    recall_target,
)
from tests.masking_independent.scoring import ALL_TYPES


@pytest.fixture(scope="module")
def result():
    from desktop.core.masking import PiiMasker

    docs = load_corpus()
    return (docs, *evaluate(docs, PiiMasker(parallel=False).find))


def test_corpus_covers_every_kind_form_and_type():
    docs = load_corpus()
    assert len(docs) >= 150
    styles = {d["style"] for d in docs}
    for part in ("名簿", "口座振替", "受給者一覧", "介護認定", "csv", "tsv", "markdown", "sheet",
                 "aligned", "header", "headerless"):
        assert any(part in s.split("/") for s in styles), part
    assert {e["type"] for d in docs for e in d["entities"]} == set(ALL_TYPES)
    assert any(d["encoding"] == "cp932" for d in docs)


@pytest.mark.parametrize("etype", ALL_TYPES)
def test_recall_per_type(result, etype):
    _docs, rep, _tot, _preds = result
    ts = rep.per_type[etype]
    misses = [m["context"] for m in rep.misses + rep.mistyped if m["type"] == etype][:5]
    assert ts.recall_same >= recall_target(etype), (etype, ts.recall_same, misses)


@pytest.mark.parametrize("etype", ALL_TYPES)
def test_precision_per_type(result, etype):
    _docs, rep, _tot, _preds = result
    ts = rep.per_type[etype]
    fps = [f["context"] for f in rep.false_positives if f["type"] == etype][:5]
    assert ts.precision_same >= PRECISION_TARGET, (etype, ts.precision_same, fps)


def test_overall_recall_precision_and_over_masking(result):
    _docs, _rep, tot, _preds = result
    assert tot.recall >= RECALL_TARGET_OVERALL
    assert tot.precision >= PRECISION_TARGET
    assert tot.over_masking <= OVER_MASKING_MAX


def test_shift_jis_exports_read_by_the_document_reader_mask_the_same(result, tmp_path):
    """A Shift_JIS .csv goes through the same reader as `run` and `mask` and loses nothing."""
    from desktop.core.documents.reader import read_document
    from desktop.core.masking import PiiMasker

    docs, _rep, _tot, preds = result
    masker = PiiMasker(parallel=False)
    sjis = [d for d in docs if d["encoding"] == "cp932"][:10]
    assert sjis
    for d in sjis:
        path = tmp_path / f"{d['id']}.csv"
        path.write_bytes(d["text"].encode("cp932"))
        text = read_document(path).text
        assert text.strip() == d["text"].strip()
        found = {(e.type, e.start, e.end) for e in masker.find(d["text"])}
        assert found == set(preds[d["id"]])
        offset = d["text"].index(text.strip()[:20])
        again = {(e.type, e.start + offset, e.end + offset) for e in masker.find(text)}
        assert again == found
