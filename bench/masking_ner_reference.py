"""Reference: a widely used statistical Japanese NER (GiNZA) on the masker's NER sentences.

Issue 13 asks the masker for person-name recall >= 0.85 with precision >= 0.90 on the stockmark
Wikipedia sentences. This script says what GiNZA gets on the same spans, with the same split and
the same scoring as ``bench/masking_ner_eval.py`` (its ``evaluate`` is reused as is), and what
"masker OR GiNZA" would get, so we know whether the target is within reach of a fast method.

GiNZA is NOT a product dependency: it lives in its own venv, and this script talks to it
through a JSON dump. Commands (from the repository root)::

    python3 -m venv /tmp/ginza-venv
    /tmp/ginza-venv/bin/pip install ja-ginza            # spaCy CNN (+ ja-ginza-electra: transformer)

ja-ginza-electra installs (6 MB, no transformer weights in it) but fetches its ELECTRA model from
the Hugging Face hub when loaded, which this machine cannot reach: only ja_ginza is measured here.

    # one command: the product venv sends the sentences to the GiNZA venv, scores its spans
    .venv/bin/python bench/masking_ner_reference.py --ginza-python /tmp/ginza-venv/bin/python \
        --model ja_ginza [--model ja_ginza_electra] [--out-dir /tmp/ginza-dumps]

    # the same in two steps (the dump is what the GiNZA venv writes):
    .venv/bin/python bench/masking_ner_reference.py --texts /tmp/ner-texts.json
    /tmp/ginza-venv/bin/python bench/masking_ner_reference.py --dump /tmp/ja_ginza.json \
        --model ja_ginza < /tmp/ner-texts.json
    .venv/bin/python bench/masking_ner_reference.py --spans /tmp/ja_ginza.json

Scoring (as in masking_ner_eval): recall = gold 人名/PERSON spans whose every character lies in
a predicted person entity; precision = predicted person entities that overlap a gold person
span; "on org/place" = wrong findings that overlap an organisation/place/product/event span.
GiNZA's NER uses Extended Named Entity labels; a person is ``Person`` (``--labels`` adds others,
e.g. ``Character``; the script prints which labels GiNZA put on gold person spans).
"masker OR GiNZA": both sets of findings are masked, so a span counts when the union of the two
covers every character; precision is over both sets (a span found identically by both counts once).
A second union adds only GiNZA's findings written wholly in katakana (foreign names, where the
masker is weakest), to see whether a narrow combination keeps the precision.
Speed: characters per second over the unique sentences (stockmark all + GSD test), each
sentence alone through ``PiiMasker.find``, batched through ``nlp.pipe`` for GiNZA (model loading
and one warm-up call excluded), wall clock on this machine.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]

# What GiNZA's entities depend on. The parser does: without it 7 of 1,500 sentences get other
# entities (its sentence boundaries); morphologizer, compound_splitter, bunsetu_recognizer do not.
NER_PIPES = ("tok2vec", "transformer", "parser", "ner")


# --- GiNZA side (runs in the GiNZA venv; imports nothing of the product) -----------------------
def dump(out: Path, model: str, full_pipeline: bool, batch_size: int) -> None:
    import spacy

    texts: list[str] = json.load(sys.stdin)
    nlp = spacy.load(model)
    if not full_pipeline:
        nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in NER_PIPES])
    nlp("山田太郎さんは田中工業に勤めている。")  # warm-up: lazy initialisation off the clock
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    seconds = time.perf_counter() - start
    shifted = sum(doc.text != text for doc, text in zip(docs, texts, strict=True))
    if shifted:
        sys.exit(f"{model}: {shifted} sentences came back with other text; offsets would be wrong")
    payload = {
        "model": model,
        "version": nlp.meta.get("version", ""),
        "pipes": nlp.pipe_names,
        "seconds": seconds,
        "chars": sum(len(t) for t in texts),
        "sentences": [
            {"text": t, "ents": [[e.start_char, e.end_char, e.label_] for e in doc.ents]}
            for t, doc in zip(texts, docs, strict=True)
        ],
    }
    out.write_text(json.dumps(payload, ensure_ascii=False), "utf-8")
    print(f"{model} {payload['version']}: {len(texts)} sentences in {seconds:.1f} s -> {out}")


# --- product side ---------------------------------------------------------------------------
class Found(NamedTuple):
    """What ``evaluate`` reads from a masker finding."""

    type: str
    start: int
    end: int
    text: str


class DumpFinder:
    """A dump's person entities, offered through the ``find(text)`` that ``evaluate`` calls."""

    def __init__(self, payload: dict, labels: set[str]) -> None:
        self.spans = {s["text"]: s["ents"] for s in payload["sentences"]}
        self.labels = labels

    def find(self, text: str) -> list[Found]:
        return [
            Found("PERSON", s, e, text[s:e])
            for s, e, label in self.spans[text]
            if label in self.labels
        ]


class KatakanaOnly:
    """GiNZA's person findings written wholly in katakana: the masker's weak spot (foreign names)."""

    KATAKANA = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f・＝=]+")

    def __init__(self, finder: DumpFinder) -> None:
        self.finder = finder

    def find(self, text: str) -> list[Found]:
        return [f for f in self.finder.find(text) if self.KATAKANA.fullmatch(f.text)]


class CachedMasker:
    """The masker's findings per sentence, computed once (timed) and reused by every report."""

    def __init__(self, masker, texts: list[str]) -> None:
        start = time.perf_counter()
        self.found = {t: masker.find(t) for t in texts}
        self.seconds = time.perf_counter() - start

    def find(self, text: str):
        return self.found[text]


class Union:
    def __init__(self, *finders) -> None:
        self.finders = finders

    def find(self, text: str) -> list[Found]:
        seen: dict[tuple[int, int], Found] = {}
        for finder in self.finders:
            for f in finder.find(text):
                if f.type == "PERSON":
                    seen.setdefault((f.start, f.end), Found("PERSON", f.start, f.end, f.text))
        return list(seen.values())


def gold_labels(payload: dict, docs) -> Counter:
    """Which labels GiNZA put on gold person spans (any overlap), to choose ``--labels``."""
    spans = {s["text"]: s["ents"] for s in payload["sentences"]}
    seen: Counter = Counter()
    for text, pos, _neg in docs:
        for gs, ge in pos:
            seen.update({label for s, e, label in spans[text] if s < ge and gs < e} or {"(none)"})
    return seen


def run_ginza(python: str, model: str, texts: list[str], out: Path, full_pipeline: bool) -> None:
    cmd = [python, str(Path(__file__).resolve()), "--dump", str(out), "--model", model]
    if full_pipeline:
        cmd.append("--full-pipeline")
    done = subprocess.run(cmd, input=json.dumps(texts, ensure_ascii=False), text=True, check=False)
    if done.returncode:
        sys.exit(f"{model}: the GiNZA venv failed (exit {done.returncode}); see its message above")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--dump", type=Path, help="GiNZA venv: read sentences (JSON) on stdin, write spans"
    )
    ap.add_argument("--model", action="append", default=[], help="ja_ginza, ja_ginza_electra")
    ap.add_argument("--full-pipeline", action="store_true", help="time every GiNZA component")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--texts", type=Path, help="write the sentences (JSON) for a separate --dump")
    ap.add_argument(
        "--ginza-python", help="the GiNZA venv's python: run --dump there for each --model"
    )
    ap.add_argument("--out-dir", type=Path, help="where --ginza-python writes its dumps")
    ap.add_argument("--spans", type=Path, action="append", default=[], help="score a saved dump")
    ap.add_argument(
        "--labels", default="Person", help="comma-separated GiNZA labels that mean a person"
    )
    args = ap.parse_args()

    if args.dump:
        if len(args.model) != 1:
            sys.exit("--dump takes exactly one --model")
        dump(args.dump, args.model[0], args.full_pipeline, args.batch_size)
        return

    sys.path.insert(0, str(ROOT))
    from bench.masking_ner_eval import evaluate, gsd, stockmark  # product venv only
    from desktop.core.masking import PiiMasker

    parts = [
        ("stockmark tuning", stockmark("tuning")),
        ("stockmark held-out", stockmark("held-out")),
        ("stockmark all", stockmark()),
        ("GSD test", gsd()),
    ]
    texts = list(dict.fromkeys(t for name, docs in parts[2:] for t, _p, _n in docs))
    chars = sum(len(t) for t in texts)
    if args.texts:
        args.texts.write_text(json.dumps(texts, ensure_ascii=False), "utf-8")
        print(f"{len(texts)} sentences, {chars} characters -> {args.texts}")
        return

    dumps = list(args.spans)
    if args.ginza_python:
        out_dir = args.out_dir or Path(tempfile.mkdtemp(prefix="ginza-dumps-"))
        out_dir.mkdir(parents=True, exist_ok=True)
        for model in args.model or ["ja_ginza"]:
            out = out_dir / f"{model}.json"
            run_ginza(args.ginza_python, model, texts, out, args.full_pipeline)
            dumps.append(out)

    masker = PiiMasker()
    masker.warm_up()
    cached = CachedMasker(masker, texts)
    labels = {label.strip() for label in args.labels.split(",") if label.strip()}
    print(f"unique sentences {len(texts)}, characters {chars}")
    print(f"\n== masker: {chars / cached.seconds:,.0f} characters/s (one sentence per call)")
    for name, docs in parts:
        evaluate(name, docs, cached, 0)
    for path in dumps:
        payload = json.loads(path.read_text("utf-8"))
        missing = [t for t in texts if t not in {s["text"] for s in payload["sentences"]}]
        if missing:
            sys.exit(f"{path}: {len(missing)} sentences were not run through GiNZA; dump again")
        model = f"{payload['model']} {payload['version']}"
        finder = DumpFinder(payload, labels)
        print(
            f"\n== {model} labels {sorted(labels)}: "
            f"{payload['chars'] / payload['seconds']:,.0f} characters/s "
            f"(nlp.pipe, pipes {','.join(payload['pipes'])})"
        )
        on_gold = gold_labels(payload, parts[0][1])
        print("  labels on gold person spans (tuning):", dict(on_gold.most_common(8)))
        for name, docs in parts:
            evaluate(name, docs, finder, 0)
        print(f"\n== masker OR {model}")
        union = Union(cached, finder)
        for name, docs in parts:
            evaluate(name, docs, union, 0)
        print(f"\n== masker OR {model}, only its findings written wholly in katakana")
        union = Union(cached, KatakanaOnly(finder))
        for name, docs in parts:
            evaluate(name, docs, union, 0)


if __name__ == "__main__":
    main()
