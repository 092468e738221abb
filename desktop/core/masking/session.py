"""Placeholder ↔ original mapping for one task, held in memory only, and un-masking.

The model sometimes rewrites a placeholder's brackets, spacing or digit width
(〔氏名1〕 → [氏名1], 〔 氏名 1 〕, ［氏名１］); un-masking accepts all of those, but only with a
bracket on both sides, so ordinary text such as 「氏名1欄」 is never touched.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter

from desktop.core.masking.entities import LABEL_TYPES, TYPE_LABELS

OPEN_BRACKETS = "〔[［【(（<＜《〈「『{｛〘〖"
CLOSE_BRACKETS = "〕]］】)）>＞》〉」』}｝〙〗"
_SP = r"[ \t\u3000]{0,3}"
_LABELS = "|".join(sorted((re.escape(v) for v in TYPE_LABELS.values()), key=len, reverse=True))
_OPEN = f"[{re.escape(OPEN_BRACKETS)}]"
_CLOSE = f"[{re.escape(CLOSE_BRACKETS)}]"
_DIGITS = "[0-9０-９]{1,7}"
PLACEHOLDER_RE = re.compile(f"{_OPEN}{_SP}(?P<label>{_LABELS}){_SP}(?P<num>{_DIGITS}){_SP}{_CLOSE}")
# A string that could still grow into a placeholder (used to hold back the tail of a stream).
_LABEL_PREFIXES = sorted(
    {lab[:i] for lab in TYPE_LABELS.values() for i in range(1, len(lab) + 1)}, key=len, reverse=True
)
_PARTIAL_RE = re.compile(
    f"{_OPEN}{_SP}(?:(?:{'|'.join(map(re.escape, _LABEL_PREFIXES))})"
    f"|(?:{_LABELS}){_SP}(?:{_DIGITS}{_SP})?)?"
)
_MAX_PLACEHOLDER = 40


_NAME_PART_RE = re.compile(r"[一-鿿豈-﫿々ヶぁ-ゖァ-ヴーA-Za-z'\-]+")
_NAME_SEP_RE = re.compile(r"[ \u3000・=,]+")


def _name_parts(full: str) -> frozenset[str]:
    """What a person may later be called alone: the words of 山田 太郎, マリア・ロドリゲス or
    John Smith; of a name without a separator (山田太郎) its beginnings and ends (山田, 太郎),
    never a middle piece. Two characters at least."""
    words = [w for w in _NAME_SEP_RE.split(full) if w]
    if len(words) > 1:
        return frozenset(w for w in words if len(w) >= 2)
    if full.isascii() or len(full) < 3:
        return frozenset()
    top = min(len(full) - 1, 4)  # a surname or a given name has four characters at most
    return frozenset({full[:i] for i in range(2, top + 1)} | {full[-i:] for i in range(2, top + 1)})


def _placeholder_key(label: str, num: str) -> str:
    return f"〔{label}{int(unicodedata.normalize('NFKC', num))}〕"


class MaskSession:
    """One task's mapping. Never serialise or log it: ``repr`` shows only counts."""

    def __init__(self) -> None:
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._type_of: dict[str, str] = {}
        self._next: Counter[str] = Counter()
        # surname / given name -> placeholders of the person names that have it (see
        # placeholder_for); an index, so a long text does not compare every pair of names.
        # Built when first asked (few callers ask; a prompt has ~100 names to split).
        self._parts: dict[str, set[str]] = {}
        self._unindexed: list[tuple[str, str]] = []  # (placeholder, person name) not in _parts
        self._lock = threading.Lock()

    def placeholder_for(self, entity_type: str, original: str) -> str:
        """The placeholder of ``original``; the same value always gets the same one.

        A short form of a person named in full (山田 after 山田太郎) gets a placeholder of its
        own: giving it the full name's would make the model read one person, but un-masking
        would then write the full name where the clerk wrote the short one, and a wrongly cut
        span (山田太郎様鈴木) would turn a later 山田太郎 into 山田太郎様鈴木 — restoring exactly
        what was written comes first. ``related_placeholder`` says which person a short form
        belongs to, for whoever wants to tell the model."""
        key = (entity_type, original)
        with self._lock:
            found = self._by_value.get(key)
            if found is not None:
                return found
            self._next[entity_type] += 1
            ph = f"〔{TYPE_LABELS[entity_type]}{self._next[entity_type]}〕"
            self._by_value[key] = ph
            self._by_placeholder[ph] = original
            self._type_of[ph] = entity_type
            if entity_type == "PERSON":
                self._unindexed.append((ph, original))
            return ph

    def related_placeholder(self, part: str) -> str | None:
        """The placeholder of the one person name seen so far that ``part`` is the surname or
        given name of (None when no name or several names have it)."""
        with self._lock:
            return self._full_name_of(part)

    def _full_name_of(self, part: str) -> str | None:
        if self._unindexed:
            for ph, original in self._unindexed:
                for name_part in _name_parts(original):
                    self._parts.setdefault(name_part, set()).add(ph)
            self._unindexed.clear()
        hits = self._parts.get(part)
        if not hits or len(hits) != 1 or not _NAME_PART_RE.fullmatch(part):
            return None
        return next(iter(hits))

    def placeholders(self) -> dict[str, str]:
        """placeholder → original (for the preview and the answer view; stays in memory)."""
        with self._lock:
            return dict(self._by_placeholder)

    def counts_by_type(self) -> dict[str, int]:
        with self._lock:
            return dict(Counter(self._type_of.values()))

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def __repr__(self) -> str:
        return f"MaskSession({self.counts_by_type()})"

    __str__ = __repr__

    def __reduce__(self):  # refuse pickling: the mapping must never leave memory
        raise TypeError("MaskSession cannot be serialised")

    def _replace(self, m: re.Match[str]) -> str:
        label = m.group("label")
        if label not in LABEL_TYPES:
            return m.group(0)
        return self._by_placeholder.get(_placeholder_key(label, m.group("num")), m.group(0))

    def unmask(self, text: str) -> str:
        if not self._by_placeholder or not text:
            return text
        return PLACEHOLDER_RE.sub(self._replace, text)

    def stream(self) -> StreamUnmasker:
        return StreamUnmasker(self)


class StreamUnmasker:
    """Un-masks a streamed answer; holds back only a tail that could be a split placeholder."""

    def __init__(self, session: MaskSession) -> None:
        self._session = session
        self._pending = ""

    def _hold_from(self, text: str) -> int:
        lo = max(0, len(text) - _MAX_PLACEHOLDER)
        for j in range(lo, len(text)):
            if text[j] in OPEN_BRACKETS and _PARTIAL_RE.fullmatch(text, j):
                return j
        return len(text)

    def feed(self, chunk: str) -> str:
        text = self._pending + chunk
        cut = self._hold_from(text)
        self._pending = text[cut:]
        return self._session.unmask(text[:cut])

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return self._session.unmask(text)
