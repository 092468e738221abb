"""Names found by where a form, a case note or a letter puts them, whatever the dictionaries say:

- a numbered row of a household's members: (1) 宮 映奈 令和6年11月21日生 続柄 子, （2）夏温 平成28年
  2月17日生 — the row's first word(s), before the birth date and 生 or a 続柄, are the member's name
  (one-kanji surnames and a given name alone included);
- a surname glued after the post of the staff member it names, then a particle (係長平井と協議);
- the subject of a dated entry of a case's log, a surname then が/は and an act of the staff
  (R6.6.7 筒井が現地確認);
- the addressee's line under the address of a letter: the whole line before 様 (中夢紗 様);
- a full name at the head of a list's line, then a bracket opened by a trade or a post
  (所 莉玖（保健師／長寿介護課）);
- the katakana reading in brackets right after a name found (所 彩莉（トコロ アヤリ）).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from desktop.core.masking.lexicon import rare_surnames
from desktop.core.masking.person_common import (
    _LABEL_COLON_WORDS,
    _LABEL_SPACE_WORDS,
    _NON_NAMES,
    _ORG_END,
    _PLACE_END,
    _TITLE_END_RE,
    Finding,
    reads_as_label,
)

if TYPE_CHECKING:
    from desktop.core.masking.lexicon import NameLexicon

_K = "一-鿿豈-﫿々ヶ"
# A birth date as forms write it (the text is normalised: ASCII digits): 令和6年11月21日, 令3.6.21,
# H26.12.3, 平成元年5月1日, 2018/10/08, 2018年10月8日.
_DATE = (
    r"(?:(?:明治|大正|昭和|平成|令和|[明大昭平令MTSHR])(?:[0-9]{1,2}|元)"
    r"(?:年[0-9]{1,2}月[0-9]{1,2}日|[./][0-9]{1,2}[./][0-9]{1,2})"
    r"|[0-9]{4}(?:[/.\-][0-9]{1,2}[/.\-][0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日))"
)
_NUMBERED_ROW = re.compile(
    rf"(?m)^[ \t]*\([0-9]{{1,2}}\)[ \t]*"
    rf"(?P<n>[{_K}]{{1,4}}(?:[ \t][{_K}ぁ-ゖ]{{1,4}})?|[ぁ-ゖ]{{2,5}}"
    rf"|[ァ-ヴー]{{2,8}}(?:[ \t][ァ-ヴー]{{2,8}})?)[ \t]+"
    rf"(?={_DATE}[ \t]*生(?![{_K}])|(?:[^\n]*?[ \t])?続柄)"
)

# Posts a staff member's surname is glued after in a case's notes (係長平井と協議).
_POSTS = "課長補佐|課長|係長|主査|主任|主事|主幹|部長|室長|所長|次長|参事|保健師"
_POST_THEN_SURNAME = re.compile(
    rf"(?:{_POSTS})(?P<n>[{_K}]{{2,3}})(?=と|が|に|から|へ|は|より|も|で)"
)

# A dated entry of a log, its subject a surname, then が/は and what the staff did.
_ENTRY_DATE = (
    r"(?:[RHS][0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}|(?:令和|平成)[0-9元]{1,2}年[0-9]{1,2}月[0-9]{1,2}日"
    r"|[0-9]{4}[/.\-][0-9]{1,2}[/.\-][0-9]{1,2}|[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}月[0-9]{1,2}日)"
    r"(?:\([月火水木金土日]\))?"
)
_STAFF_ACTS = (
    "現地確認|現地調査|現地|家庭訪問|訪問|電話|架電|受電|連絡|対応|説明|確認|協議|聴取|面談|面接|同行"
    "|調査|送付|発送|受付|受理|報告|回答|指導|立会|立ち会|記録|作成|送信|返信|調整|手配|依頼|通知|引継|引き継"
)
_DATED_SUBJECT = re.compile(
    rf"(?m)^[ \t]*{_ENTRY_DATE}[ \t]+(?P<n>[{_K}]{{2,4}})[がは](?:{_STAFF_ACTS})"
)

# The addressee's line under a letter's address (…28番4号⏎中夢紗 様).
_ADDRESSEE_LINE = re.compile(
    rf"\n[ \t]*(?P<n>[{_K}]{{2,6}}|[{_K}]{{1,4}} [{_K}]{{1,4}})[ \t]*様[ \t]*(?=\n|$)"
)
_ADDRESS_LINE_END = re.compile(r"(?:[0-9]|号|番地|号室|丁目)[ \t]*$")

# A full name at a list line's head, then a bracket that opens with a trade or a post.
_TRADE_BRACKET_ROW = re.compile(
    rf"(?m)^[ \t]*(?:[・*●○◎\-][ \t]*)?(?P<n>[{_K}]{{1,4}} [{_K}]{{1,3}})[ \t]?\("
    rf"[{_K}ァ-ヴー]{{0,10}}(?:士|師|医|員|ワーカー|マネジャー|ヘルパー)(?:[/、,・][^()\n]*)?\)"
)

# A reading of two katakana words in brackets (トコロ アヤリ).
_READING_AFTER = re.compile(r" ?\((?P<r>[ァ-ヴー]{1,10} [ァ-ヴー]{1,10})\)")
_KANJI = re.compile(f"[{_K}]")
_LABEL_WORD = re.compile(f"(?:{_LABEL_COLON_WORDS}|{_LABEL_SPACE_WORDS})")
_SURNAME_BEFORE = re.compile(rf"(?:^|(?<=[\n\t :：]))(?P<n>[{_K}]{{1,3}}) \Z")


def _not_a_name(value: str) -> bool:
    head = value.split()[0] if value.split() else value
    return (
        value in _NON_NAMES
        or head in _NON_NAMES
        or _ORG_END.search(value) is not None
        or value[-1] in _PLACE_END
        or _TITLE_END_RE.search(value) is not None
        or reads_as_label(value.replace(" ", "").replace("\t", ""))
    )


def find_form_names(text: str, lex: NameLexicon) -> Iterator[Finding]:
    """Every rule of this module but the readings (cheap literal checks before each)."""
    if "(" in text and ("生" in text or "続柄" in text):
        for m in _NUMBERED_ROW.finditer(text):
            if not _not_a_name(m.group("n")):
                yield "PERSON", m.start("n"), m.end("n")
    if any(p in text for p in ("長", "主", "参事", "保健師")):
        for m in _POST_THEN_SURNAME.finditer(text):
            if _known_surname(m.group("n"), lex):
                yield "PERSON", m.start("n"), m.end("n")
    if "が" in text or "は" in text:
        for m in _DATED_SUBJECT.finditer(text):
            if _known_surname(m.group("n"), lex):
                yield "PERSON", m.start("n"), m.end("n")
    if "様" in text:
        for m in _ADDRESSEE_LINE.finditer(text):
            above = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            if _ADDRESS_LINE_END.search(above) and not _not_a_name(m.group("n")):
                yield "PERSON", m.start("n"), m.end("n")
    if "(" in text:
        for m in _TRADE_BRACKET_ROW.finditer(text):
            if not _not_a_name(m.group("n")):
                yield "PERSON", m.start("n"), m.end("n")


def _known_surname(value: str, lex: NameLexicon) -> bool:
    return value not in _NON_NAMES and (value in lex.surnames_kanji or value in rare_surnames())


def bracketed_readings(text: str, found: list[Finding]) -> list[Finding]:
    """A name found, then its reading in two katakana words in brackets: the reading is the
    person's too (所 彩莉（トコロ アヤリ）)."""
    if "(" not in text:
        return []
    out: list[Finding] = []
    for t, s0, e in found:
        if t != "PERSON" or e >= len(text) or text[e] not in " (" or not _KANJI.match(text, e - 1):
            continue
        m = _READING_AFTER.match(text, e)
        if m is None:
            continue
        out.append(("PERSON", m.start("r"), m.end("r")))
        # a reading of two words reads a surname and a given name: a given name found alone
        # (所 湊斗 where 所 is a word) takes the kanji word before it, at a label's or a line's edge
        h = _SURNAME_BEFORE.search(text, max(0, s0 - 6), s0) if e - s0 <= 3 else None
        if h is not None and " " not in text[s0:e] and not _LABEL_WORD.fullmatch(h.group("n")):
            out.append(("PERSON", h.start("n"), e))
    return out
