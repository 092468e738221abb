"""PERSON precision/recall of the masker on real sentences labelled by others.

Usage: python bench/masking_ner_eval.py [--examples N]

- stockmark-ner-wikipedia (ner.json): 人名 spans are people; 法人名, 地名, 施設名, 製品名,
  政治的組織名, その他の組織名, イベント名 spans are hard negatives (田中工業, 山田町, 佐藤病院).
- UD Japanese GSD NE (test.bio): PERSON vs ORG/GPE/FAC/LOC.

Recall: a person span counts when every character is masked as PERSON. Precision: a PERSON
finding is right when it overlaps a person span. "on org/place" counts findings that overlap
an organisation/place/facility/product/event span and no person span: the distractor errors.
The stockmark set is split by page id (CRC-32 of curid, even = tuning, odd = held-out): rules
were tuned looking only at the tuning half's misses and false findings; the held-out half is
reported as it comes. ``--examples`` shows examples of the tuning half only.
Wikipedia text is not office text (few honorifics, many historical names), so these numbers
measure the analyser-driven part of name finding, not the whole masker.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.masking import PiiMasker  # noqa: E402

DATA = Path("/work/shared/data")
NEGATIVE = {"法人名", "地名", "施設名", "製品名", "政治的組織名", "その他の組織名", "イベント名"}
GSD_NEGATIVE = {"ORG", "GPE", "FAC", "LOC", "PRODUCT", "EVENT", "NORP"}


def held_out(curid) -> bool:
    return zlib.crc32(str(curid).encode()) % 2 == 1


def stockmark(part: str = "all") -> list[tuple[str, list[tuple[int, int]], list[tuple[int, int]]]]:
    """``part``: "all", "tuning" or "held-out"."""
    docs = json.loads((DATA / "stockmark-ner-wikipedia/ner.json").read_text("utf-8"))
    out = []
    for d in docs:
        if part != "all" and held_out(d["curid"]) != (part == "held-out"):
            continue
        pos = [tuple(e["span"]) for e in d["entities"] if e["type"] == "人名"]
        neg = [tuple(e["span"]) for e in d["entities"] if e["type"] in NEGATIVE]
        out.append((d["text"], pos, neg))
    return out


def gsd() -> list[tuple[str, list[tuple[int, int]], list[tuple[int, int]]]]:
    out = []
    text, spans, cur = "", [], None
    lines = (DATA / "megagon-ud-japanese-gsd-ne/test.bio").read_text("utf-8").splitlines()
    for line in [*lines, ""]:
        if not line.strip():
            if text:
                if cur:
                    spans.append(cur)
                pos = [(s, e) for t, s, e in spans if t == "PERSON"]
                neg = [(s, e) for t, s, e in spans if t in GSD_NEGATIVE]
                out.append((text, pos, neg))
            text, spans, cur = "", [], None
            continue
        tok, tag = line.split("\t")[:2]
        start = len(text)
        text += tok
        if tag.startswith("B-") or (tag.startswith("I-") and cur is None):
            if cur:
                spans.append(cur)
            cur = [tag[2:], start, len(text)]
        elif tag.startswith("I-") and cur is not None:
            cur[2] = len(text)
        else:
            if cur:
                spans.append(cur)
            cur = None
    return out


def evaluate(name: str, docs, masker: PiiMasker, examples: int) -> None:
    gold = hit = pred = right = on_neg = 0
    misses, fps = [], []
    for text, pos, neg in docs:
        found = [e for e in masker.find(text) if e.type == "PERSON"]
        covered = [False] * len(text)
        for e in found:
            for i in range(e.start, e.end):
                covered[i] = True
        for s, e in pos:
            gold += 1
            if all(covered[s:e]):
                hit += 1
            else:
                misses.append(text[s:e])
        for f in found:
            pred += 1
            if any(s < f.end and f.start < e for s, e in pos):
                right += 1
            else:
                if any(s < f.end and f.start < e for s, e in neg):
                    on_neg += 1
                fps.append(f"{f.text} ← {text[max(0, f.start - 12) : f.end + 12]}")
    print(
        f"{name:18} sentences {len(docs):5d}  person spans {gold:5d}  recall {hit / gold:.3f}  "
        f"findings {pred:5d}  precision {right / max(pred, 1):.3f}  on org/place {on_neg}"
    )
    if examples:
        print("  misses:", misses[:examples])
        for fp in fps[:examples]:
            print("  fp:", fp)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    masker = PiiMasker()
    masker.warm_up()
    evaluate("stockmark tuning", stockmark("tuning"), masker, args.examples)
    evaluate("stockmark held-out", stockmark("held-out"), masker, 0)
    evaluate("stockmark all", stockmark(), masker, 0)
    evaluate("GSD test", gsd(), masker, 0)


if __name__ == "__main__":
    main()
