"""A section's name between a surname and its post: ○門福祉課長, 小林福祉課長, 足立民生委員.

A post is often written after its section (福祉課長 = the head of 福祉課, 民生委員 a 民生 member),
so the kanji glued between a surname and the post may be the section's, not the person's. The
section is the tail of the kanji run that the analyser reads, together with the post, as ordinary
nouns only (福祉|課|長, 民生|委員), cut where the run itself splits into words (小林|福祉, 門|福祉):
a given name (健一課長, 花子委員) is no ordinary noun and stays.
"""

from __future__ import annotations

import re

from desktop.core.masking.analyser import word_tokens
from desktop.core.masking.lexicon import name_lexicon

# Posts a section's or a body's name may come before (福祉課長, 民生委員, 総務部長).
SECTION_POST = re.compile(
    r"課長補佐|課長|係長|部長|室長|局長|所長|次長|センター長|委員長|委員(?!会)|主幹|主査|主任|主事"
)


_KANJI = re.compile(r"[一-鿿々]+")


def _ordinary(tok_pos: str) -> bool:
    return tok_pos.startswith(("名詞-普通名詞", "接尾辞")) and "副詞可能" not in tok_pos


def section_cut(name: str, post: str) -> int:
    """Where the person's part of ``name`` ends when its tail is the section ``post`` belongs
    to (門福祉 + 課長 → 1); 0 when the whole of ``name`` is the person's."""
    if len(name) < 3 or not post:
        return 0
    bounds = set()
    at = 0
    for t in word_tokens(name):
        at += len(t.surface)
        bounds.add(at)
    for k in range(1, len(name) - 1):  # the longest section first (地域福祉|係長), two kanji or more
        if k not in bounds:
            continue
        tail = name[k:]
        if tail in name_lexicon().given_kanji:
            continue  # 山田未来|委員, 青木大地|課長: a given name that is a word too
        toks = word_tokens(tail + post)
        at, ok = 0, True
        for t in toks:
            if at >= len(tail):
                break
            # words of two kanji or more (福祉, 地域|福祉): a given name the analyser does not
            # know falls apart into single characters (雪|加, 鎮|湖) and stays a name
            ok = ok and _ordinary(t.pos) and len(t.surface) >= 2 and _KANJI.fullmatch(t.surface) is not None
            at += len(t.surface)
        if ok and at == len(tail):
            return k
    return 0


def without_section(text: str, s: int, e: int) -> int:
    """The end of a name found at ``text[s:e]`` without the section glued before the post
    after it (小林福祉|課長 → 小林); ``e`` when there is none."""
    m = SECTION_POST.match(text, e)
    if m is None or e - s < 3:
        return e
    cut = section_cut(text[s:e], m.group(0))
    return s + cut if cut else e


def surname_in_text(text: str, head: str) -> bool:
    """``head`` (one kanji left before a section and its post: 門 of ○門福祉課長) opens a full name
    elsewhere in the text (福祉課長　門 由希子): the surname of someone the document names."""
    return re.search(r"(?:^|[\s、,:：　])" + re.escape(head) + r"[ 　][一-鿿々]{1,3}(?![一-鿿々])", text) is not None
