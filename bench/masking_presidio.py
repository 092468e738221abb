"""Presidio side by side with our masker, on the independent corpus (Japanese and English).

Presidio is not a dependency of the product. Run it from a separate environment:

    python3 -m venv /tmp/presidio-venv
    /tmp/presidio-venv/bin/pip install presidio-analyzer ja-ginza
    /tmp/presidio-venv/bin/python bench/masking_presidio.py            # Presidio + ja_ginza
    .venv/bin/python bench/masking_presidio.py --patterns-only          # no Presidio install

With Presidio installed, Japanese documents go through its AnalyzerEngine with the ja_ginza
spaCy pipeline (language "ja"), English documents with the same pipeline's tokenizer but English
recognisers are only registered for "en", so both languages use the "ja" engine with Presidio's
predefined pattern recognisers added for "ja" too (what a Japanese deployment would do).
``--patterns-only`` runs Presidio's published regular expressions (e-mail, credit card, IP) with
Python's ``re`` to show the ``\\b`` failure next to kana: 「カード番号は4111111111111111です」.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.masking_independent.scoring import format_table, load_corpus, score  # noqa: E402

# Presidio's type names -> ours (types it has no equivalent for are dropped).
TYPE_MAP = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CREDIT_CARD",
    "IP_ADDRESS": "IP_ADDRESS",
    "LOCATION": "ADDRESS",
    "US_PASSPORT": "PASSPORT",
    "US_BANK_NUMBER": "BANK_ACCOUNT",
    "US_DRIVER_LICENSE": "DRIVER_LICENSE",
}

# Presidio's published patterns (presidio-analyzer predefined recognizers), with their \b.
PRESIDIO_PATTERNS = {
    "EMAIL": r"\b((([!#$%&'*+\-/=?^_`{|}~\w])|([!#$%&'*+\-/=?^_`{|}~\w][!#$%&'*+\-/=?^_`{|}~\.\w]"
    r"{0,}[!#$%&'*+\-/=?^_`{|}~\w]))[@]\w+([-.]\w+)*\.\w+([-.]\w+)*)\b",
    "CREDIT_CARD": r"\b(?!1\d{12}(?!\d))((4\d{3})|(5[0-5]\d{2})|(6\d{3})|(1\d{3})|(3\d{3}))"
    r"[- ]?(\d{3,4})[- ]?(\d{3,4})[- ]?(\d{3,5})\b",
    "IP_ADDRESS": r"\b(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){3}"
    r"(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\b",
}


def patterns_only(docs: list[dict]) -> dict[str, list[tuple[str, int, int]]]:
    compiled = {t: re.compile(p) for t, p in PRESIDIO_PATTERNS.items()}
    out = {}
    for d in docs:
        out[d["id"]] = [
            (t, m.start(), m.end()) for t, rx in compiled.items() for m in rx.finditer(d["text"])
        ]
    return out


def with_presidio(docs: list[dict]) -> dict[str, list[tuple[str, int, int]]]:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IpRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
    )

    nlp = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "ja", "model_name": "ja_ginza"}],
            # GiNZA labels entities with Sekine's extended named entities (Person, City …),
            # not spaCy's PERSON/GPE: map them, or Presidio's NER finds no one.
            "ner_model_configuration": {
                "model_to_presidio_entity_mapping": {
                    "Person": "PERSON",
                    "PERSON": "PERSON",
                    "Province": "LOCATION",
                    "City": "LOCATION",
                    "County": "LOCATION",
                    "GPE": "LOCATION",
                    "LOC": "LOCATION",
                    "Postal_Address": "LOCATION",
                    "Address": "LOCATION",
                },
                "low_confidence_score_multiplier": 1.0,
                "low_score_entity_names": [],
            },
        }
    ).create_engine()
    registry = RecognizerRegistry(supported_languages=["ja"])
    for rec in (
        SpacyRecognizer(supported_language="ja"),
        EmailRecognizer(supported_language="ja"),
        CreditCardRecognizer(supported_language="ja"),
        IpRecognizer(supported_language="ja"),
        PhoneRecognizer(supported_language="ja", supported_regions=("JP", "US", "UK")),
    ):
        registry.add_recognizer(rec)
    engine = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["ja"])
    out = {}
    for d in docs:
        res = engine.analyze(text=d["text"], language="ja")
        out[d["id"]] = [
            (TYPE_MAP[r.entity_type], r.start, r.end) for r in res if r.entity_type in TYPE_MAP
        ]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--patterns-only", action="store_true")
    args = ap.parse_args()
    docs = load_corpus()
    chars = sum(len(d["text"]) for d in docs)
    size = sum(len(d["text"].encode("utf-8")) for d in docs) / 1000
    t0 = time.perf_counter()
    preds = patterns_only(docs) if args.patterns_only else with_presidio(docs)
    dt = time.perf_counter() - t0
    what = "Presidio's published patterns (re)" if args.patterns_only else "Presidio + ja_ginza"
    print(f"{what}: {len(docs)} documents, {chars:,} chars, {dt:.1f} s ({size / dt:.1f} KB/s)")
    print(format_table(score(docs, preds)))
    for sample in ("カード番号は4111111111111111です", "連絡先はyamada@example.jpまで"):
        hits = [
            (t, m.group(0)) for t, p in PRESIDIO_PATTERNS.items() for m in re.finditer(p, sample)
        ]
        # Python's \w is Unicode: no \b next to kana, so a match either fails or swallows the
        # surrounding Japanese (and Presidio's e-mail validator then rejects the 'jpまで' TLD).
        print(f"{sample}: {hits or 'not found'}")


if __name__ == "__main__":
    main()
