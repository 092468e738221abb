"""Running the number/date/address patterns on the compacted text finds exactly the same."""

from __future__ import annotations

from desktop.core.masking.address import find_addresses
from desktop.core.masking.dates import find_birth_dates
from desktop.core.masking.normalize import normalize
from desktop.core.masking.numbers import find_numbers
from desktop.core.masking.regions import Compact
from tests.masking.scoring import load_corpus

FILLER = "本日の会議では今後の方針について長時間にわたり意見交換が行われました。" * 6 + "\n"


def _all(text):
    return sorted({*find_numbers(text), *find_addresses(text), *find_birth_dates(text)})


def test_compact_text_gives_the_same_findings():
    docs = [d["text"] for d in load_corpus()]
    # Prose between documents makes the compaction cut and join pieces.
    text = normalize(FILLER.join(docs[:200]))
    compact = Compact(text)
    assert len(compact.text) < 0.8 * len(text)
    assert sorted(set(compact.lift(_all(compact.text)))) == _all(text)


def test_a_postal_code_line_before_an_address_line_stays_joined():
    text = normalize(FILLER * 3 + "1625335\n大阪府藤井寺市大里914番地1\n" + FILLER * 3)
    compact = Compact(text)
    found = compact.lift(find_numbers(compact.text))
    assert ("POSTAL_CODE", text.index("1625335"), text.index("1625335") + 7) in found
