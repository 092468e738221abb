"""Names found by the shape of the record they stand in, whatever the dictionaries say:

- a household's row: the name, then the member's relation (須田 剛也 長男 H24.1.8 同居);
- a name with its reading in brackets and an honorific after them (王 小明（おう しょうめい）氏);
- katakana after a reading's label (（フリガナ）ソウダン ユキホ, 口座名義（カナ）…);
- a mail header's display name in quotes ("Watanabe, Kenji" <kenji.w@…>);
- the household an address is in care of (…201号 山田様方, …ハイツ北 201 佐々木方);
- the romanised name in the brackets beside a katakana name (…（配偶者、NGUYEN THI HA、…）);
- a letter's signature under the head of the municipality (みなと野市長　春　季樹);
- a reading in two katakana words right after a full name, one word of it found (篠田　華音 フリ⏎ガナ
  シノダ アヤネ: the label wrapped by a PDF, only シノダ read as a name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from desktop.core.masking.analyser import word_tokens
from desktop.core.masking.lexicon import rare_surnames
from desktop.core.masking.person_common import (
    _EN_NOT_NAMES,
    _EN_ORG_WORDS,
    _K,
    _NON_NAMES,
    _ORG_END,
    _PLACE_END,
    _TITLE_END_RE,
    HOUSEHOLD_RELATIONS,
    Finding,
    reads_as_label,
)

if TYPE_CHECKING:
    from desktop.core.masking.lexicon import NameLexicon

# Characters written before a post that make another post, not a person (前 課長, 新 係長).
POST_PREFIXES = frozenset("前元現新旧副同各当本故総主次兼代上下中正準仮首筆全両諸某")


def one_kanji_surname(value: str) -> bool:
    """One kanji before a post (九委員, 万係長): a one-character surname unless it makes the
    post itself (副委員, 各委員) or reads as a particle, a prefix or a symbol."""
    if len(value) != 1 or not re.fullmatch(f"[{_K}]", value):
        return False
    if value in POST_PREFIXES or value in _NON_NAMES:
        return False
    toks = word_tokens(value)
    return bool(toks) and not toks[0].pos.startswith(("接頭", "記号", "助", "動", "補助"))


# A name, its reading in brackets and an honorific (王 小明（おう しょうめい）氏, 金（キム）さん);
# the text is normalised, so the brackets are ASCII here.
_READ_HONOURED_RE = re.compile(
    r"(?<![一-鿿豈-﫿々ヶ])(?P<n>[一-鿿豈-﫿々ヶ]{1,4}(?: [一-鿿豈-﫿々ヶ]{1,4})?)"
    r" ?\((?P<r>[ぁ-ゖァ-ヴー]{1,10}(?: [ぁ-ゖァ-ヴー]{1,10})?)\)$"
)
# Where such a name ends: a closing bracket before an honorific (a literal first: a fast scan).
_HONOURED_CLOSE = re.compile(r"\)(?=さん|氏|様|君|殿|ちゃん|先生)")
# A quoted display name before an address in angle brackets, on a mail header's line.
_QUOTED_SENDER_RE = re.compile(r"\"(?P<n>[^\"\n@<>]{2,40})\" ?<[^<>\s@]+@[^<>\s]+>")
# A household's row: line start, surname and given name, the relation, then a date or the line's
# end (須田 剛也 長男 H24.1.8, 小柳 岳\t妻\t1975/07/14).
_KIN_ROW_RE = re.compile(
    rf"\n[ \t]*(?P<n>[{_K}]{{1,4}}[ \t][{_K}]{{1,3}}|[{_K}]{{1,4}}[ \t][ぁ-ゖ]{{2,4}}|[{_K}]{{2,5}})[ \t]+"
    rf"(?:{HOUSEHOLD_RELATIONS})"
    r"(?=[ \t]+[0-9MTSHR明大昭平令]|[ \t]*(?:\n|$))"
)
# The romanised name in the brackets after a katakana name, among the person's other details.
_CAPITALS_BESIDE_KANA_RE = re.compile(
    r"\((?<=[ァ-ヴー]\()(?:[^()\n、,]{1,8}[、,] ?)?(?P<n>[A-Z]{2,}(?: [A-Z]{2,}){1,3})(?=[、,)])"
)
# A letter's signature: the head of the municipality, then the name alone on the line
# (みなと野市長　春　季樹, 〇〇町長 山田 太郎).
_HEAD_SIGNATURE_RE = re.compile(
    r"\n[ \t]*[^\s]{1,10}(?:市長|町長|村長|区長|知事)[ \t]+"
    r"(?P<n>[一-鿿豈-﫿々ヶ]{1,4}[ \t]?[一-鿿豈-﫿々ヶぁ-ゖ]{1,4})[ \t]*(?=\n|$)"
)
# A row of a contact tree: its mark, the name (and a given name in brackets), then a guardian's
# given name after 保護者 before the phone.
_TREE_ROW_RE = re.compile(
    rf"\n[ \t\u3000]*[┗┣├└↓→]+[ \t\u3000]*(?P<n>[{_K}]{{1,4}}(?:[ \t\u3000][{_K}]{{1,3}})?)"
    rf"(?:\((?P<g>[{_K}ぁ-ゖ]{{1,4}})\))?"
    rf"(?:[ \t\u3000]+保護者[ \t\u3000]+(?P<p>[{_K}ぁ-ゖ]{{1,4}}))?(?=[ \t\u3000]+[0-9(+]|[ \t\u3000]*(?:\n|$))"
)
# A reading's label, then the katakana (the text is normalised: brackets are ASCII).
_READING_LABEL_RE = re.compile(
    r"(?:フリガナ|ふりがな|ヨミガナ|よみがな|カナ)\)?[:： ]*"
    r"(?P<n>[ァ-ヴー\u3099\u309a]{2,12}(?: [ァ-ヴー\u3099\u309a]{1,12}){0,2})(?![ァ-ヴー])"
)
# In care of a household: a name then 様方 (or 方 after a known surname); not a room's 号.
_CARE_KANJI = r"(?:(?!様)[一-鿿豈-﫿々ヶ])"
_CARE_OF_RE = re.compile(
    r"(?<![一-鿿豈-﫿々ヶ])(?![号室階])"
    rf"(?P<n>{_CARE_KANJI}{{1,4}}(?:[ \u3000]{_CARE_KANJI}{{1,3}})?)(?P<h>[ \u3000]?様)?(?P<sp>[ \u3000])?方"
    r"(?![一-鿿豈-﫿々ヶぁ-ゖ])"
)
_CARE_OF_NOT_AFTER = re.compile(r"[一-鿿豈-﫿々ヶぁ-ゖ]")
_LATIN_NAME_RE = re.compile(r"[A-Z][A-Za-z'\-]+(?:,? [A-Z][A-Za-z'\-]+){1,3}")


class RecordNames:
    """Record-shape rules of ``PersonFinder`` (shares ``_lex`` and the judging helpers)."""

    _lex: NameLexicon

    if TYPE_CHECKING:

        def _looks_like_name(self, name: str) -> bool: ...

    def _find_in_records(self, text: str) -> Iterator[Finding]:
        if "(" in text:
            yield from self._read_and_honoured(text)
            # グエン ティ ハー（配偶者、NGUYEN THI HA、旅券 …）: the name in capitals beside it
            for m in _CAPITALS_BESIDE_KANA_RE.finditer(text):
                yield "PERSON", m.start("n"), m.end("n")
        if '"' in text and "@" in text:
            yield from self._quoted_senders(text)
        if "方" in text:
            yield from self._care_of(text)
        if "ガナ" in text or "カナ" in text or "がな" in text:
            yield from self._readings_after_label(text)
        if "\n" in text:
            yield from ((t, s - 1, e - 1) for t, s, e in self._kin_rows("\n" + text))
            if any(mark in text for mark in "┗┣├└↓"):
                # a contact tree: ┗ 吉岡（夏鈴） 080-…, ↓ 松島 南希 保護者 虹胡 080-…
                for m in _TREE_ROW_RE.finditer("\n" + text):
                    for g in ("n", "g", "p"):
                        if m.group(g) and m.group(g) not in _NON_NAMES:
                            yield "PERSON", m.start(g) - 1, m.end(g) - 1
        if "長" in text or "知事" in text:
            for m in _HEAD_SIGNATURE_RE.finditer("\n" + text):  # (a literal first: fast)
                value = m.group("n")
                if self._looks_like_name(value) or one_kanji_surname(value[0]):
                    yield "PERSON", m.start("n") - 1, m.end("n") - 1

    def _read_and_honoured(self, text: str) -> Iterator[Finding]:
        """王 小明（おう しょうめい）氏, 李（り）さん: a name, its reading in brackets, then an
        honorific — the name and the reading are both the person's."""
        for close in _HONOURED_CLOSE.finditer(text):
            m = _READ_HONOURED_RE.search(text, max(0, close.start() - 24), close.end())
            if m is None or m.end() != close.end():
                continue
            value = m.group("n")
            if (
                value in _NON_NAMES
                or _ORG_END.search(value)
                or value[-1] in _PLACE_END
                or _TITLE_END_RE.search(value)
                or reads_as_label(value)
                or not self._reads_as_reading(m.group("r"))
            ):
                continue
            yield "PERSON", m.start("n"), m.end("n")
            yield "PERSON", m.start("r"), m.end("r")

    @staticmethod
    def _reads_as_reading(words: str) -> bool:
        """おう しょうめい, キム: a reading; ブラジル, ケースワーカー: a country or a role."""
        toks = [t for w in words.split() for t in word_tokens(w)]
        return not (
            len(toks) == 1 and ("地名" in toks[0].pos or "普通名詞" in toks[0].pos)
        ) and not any("地名" in t.pos for t in toks if len(t.surface) > 2)

    def _quoted_senders(self, text: str) -> Iterator[Finding]:
        """From: "Watanabe, Kenji" <kenji.w@…>: a display name in quotes before an address, on
        a mail header's line; a department's or a system's name is not a person."""
        for m in _QUOTED_SENDER_RE.finditer(text):
            value = m.group("n")
            words = set(re.split(r"[ ,]+", value))
            if words & _EN_ORG_WORDS or words & _EN_NOT_NAMES or _ORG_END.search(value):
                continue
            if not self._looks_like_name(value.replace(",", "")) and not _LATIN_NAME_RE.fullmatch(
                value
            ):
                continue
            yield "PERSON", m.start("n"), m.end("n")

    def _kin_rows(self, lined: str) -> Iterator[Finding]:
        """須田 剛也 長男 H24.1.8 同居: a row of a household's list, the name first, then the
        member's relation (a name is what stands there, whatever the dictionaries say)."""
        for m in _KIN_ROW_RE.finditer(lined):
            value = m.group("n")
            if value in _NON_NAMES or _ORG_END.search(value):
                continue
            if " " not in value and "\t" not in value and reads_as_label(value):
                continue  # 申請者 本人: a label, then the relation
            yield "PERSON", m.start("n"), m.end("n")

    def _readings_after_label(self, text: str) -> Iterator[Finding]:
        """（フリガナ）ソウダン ユキホ, 口座名義（カナ）スダ リュウタ: katakana after a reading's
        label is a name's reading, whatever its words mean (ソウダン is 相談)."""
        for m in _READING_LABEL_RE.finditer(text):
            yield "PERSON", m.start("n"), m.end("n")

    def _care_of(self, text: str) -> Iterator[Finding]:
        """…コーポ北 102号 山田様方, …201 佐々木方: the household the mail is sent in care of
        (様方 after any name; 方 alone only after a known surname: 北方 is a direction)."""
        i = text.find("方")
        while i > 0:
            end = i + 1
            i = text.find("方", end)
            # (searched only before each 方: the pattern opens with look-arounds, which a scan
            # of the whole text tries at every character)
            if end < len(text) and _CARE_OF_NOT_AFTER.match(text, end):
                continue  # 霧島方面, 北方向: a word, not a household
            m = _CARE_OF_RE.search(text, max(0, end - 12), end)
            if m is None or m.end() != end:
                continue
            value = m.group("n")
            if value in _NON_NAMES or _ORG_END.search(value) or value[-1] in _PLACE_END:
                continue
            head = value.replace("\u3000", " ").split(" ")[0]
            if m.group("h") is None and not (
                value in self._lex.surnames_kanji
                or value in rare_surnames()
                # …28-23 田上 禎史 方: a full name under a known surname, then 方 apart
                or (" " in value.replace("\u3000", " ") and head in self._lex.surnames_kanji)
            ):
                continue  # …201 北方: a direction, not 北さんの家
            if m.group("sp") and " " not in value.replace("\u3000", " ") and m.group("h") is None:
                continue  # 北 方: one word apart from 方 is no household
            yield "PERSON", m.start("n"), m.end("n")


_KATAKANA_AFTER = re.compile(r" [ァ-ヴー]{2,8}(?![ァ-ヴー])")
_KATAKANA_BEFORE = re.compile(r"(?<![ァ-ヴー])[ァ-ヴー]{2,8} \Z")
_KANJI_NAME = re.compile(r"[一-鿿々ヶ]")
_READING_GAP = 16  # characters between the full name and its reading (a wrapped label)


def readings_completed(text: str, found: list[Finding]) -> list[Finding]:
    """The whole reading when one katakana word of it was found as a name and a full name (two
    parts, kanji) ends shortly before it: the word after it (its given name) or else the one
    before (its surname)."""
    persons = [f for f in found if f[0] == "PERSON"]
    kata = [f for f in persons if "ァ" <= text[f[1]] <= "ヴ" and "ァ" <= text[f[2] - 1] <= "ヴ"]
    if not kata:
        return found
    ends = [e for _t, s, e in persons if " " in text[s:e] and _KANJI_NAME.match(text, s)]
    out = list(found)
    for _t, s, e in kata:
        if " " in text[s:e]:
            continue
        if (m := _KATAKANA_AFTER.match(text, e)) is not None:
            pair = (s, m.end())
        elif (m := _KATAKANA_BEFORE.search(text, max(0, s - 9), s)) is not None:
            pair = (m.start(), e)
        else:
            continue
        if any(0 <= pair[0] - end <= _READING_GAP for end in ends):
            out.append(("PERSON", *pair))
    return out
