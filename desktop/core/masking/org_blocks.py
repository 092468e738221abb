"""Where an organisation's contact block lies, for org_contact: the office's name (_OFFICE), a
heading line that is only that name (or a letter addressed To: the office itself), the lines of
numbers under its switchboard (a signature's 直通, FAX), and a departmental mailbox (a local part
made of section words only). Split from org_contact.py (the module-size limit)."""

from __future__ import annotations

import re

from desktop.core.masking.names_data import word_list

# An office's name: the municipality's hall or one of its branches.
_OFFICE = (
    # its town's name first (北湊市役所, さいたま市役所): a bare 市役所 after から is no heading
    # (a town named partly in hiragana: みなと野市役所, つくばみらい市役所)
    r"(?:(?:(?:(?!から|まで|より|への|には|では|との)[ぁ-ゖ]{1,6})?[一-龥ァ-ヴー々ヶ]{1,12}"
    r"|(?!から|まで|より|への|には|では|との)[ぁ-ゖ]{2,6}(?=[市町村]))"
    r"(?:市役所|区役所|町役場|村役場|役場|本庁舎|庁舎|支所|出張所|県庁|都庁|道庁|府庁)"
    r"|(?:[A-Z][a-z]+ )+(?:City|Town|Village|Ward|Prefectural) (?:Office|Hall|Government))"
)
# A heading line that is only the office's name and its departments (no addressee: 御中, 様).
# (its division may come first, as English writes it: Resident Services Division, … City Hall)
_HEADING = re.compile(
    r"\s*(?:[A-Z][A-Za-z]+(?: [A-Za-z]+){0,4}, ){0,2}"
    + _OFFICE
    + r"(?:[ ,、]+[^\s,、0-9@]{1,20}){0,4}\s*$"
)
_ADDRESSEE = re.compile(r"様|殿|御中|宛|担当者|Dear|To:|Attn")


def _line(norm: str, s: int, e: int) -> tuple[int, int]:
    return norm.rfind("\n", 0, s) + 1, (len(norm) if (j := norm.find("\n", e)) < 0 else j)


_LOCAL_PART = re.compile(r"[A-Za-z][A-Za-z._-]{1,40}(?=@)")


def departmental_mailbox(address: str) -> bool:
    """The mailbox's local part is made of section words only (kosodate@, hoken-nenkin@,
    koreifukushi@): a person's has a name, an initial or a number in it."""
    return _departmental(address, 0)


def _departmental(norm: str, s: int) -> bool:
    m = _LOCAL_PART.match(norm, s)
    if m is None:
        return False
    words = word_list("office_mailbox_words.txt")
    parts = [p for p in re.split(r"[._-]", m.group(0).lower()) if p]
    return bool(parts) and all(_made_of(p, words) for p in parts)


def _made_of(part: str, words: frozenset[str]) -> bool:
    ends = [True] + [False] * len(part)  # ends[i]: part[:i] splits into words
    for i in range(1, len(part) + 1):
        ends[i] = any(ends[j] and part[j:i] in words for j in range(max(0, i - 16), i))
    return ends[-1]


# A line of a contact block that holds only a labelled number or mailbox (a staff member's 直通,
# the office's FAX): the block goes on past it.
_CONTACT_LINE = re.compile(
    r"[ \t]*(?:直通|直通電話|電話|TEL|Tel|FAX|Fax|ファクス|E-?[Mm]ail|メール)[:： ]*"
    r"(?:\+?[0-9][0-9()\- ]{5,16}[0-9](?: ?\(?内線 ?[0-9]+\)?)?|[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+)[ \t]*"
)


def _under_switchboard(norm: str, ls: int, switch_lines: set[int]) -> bool:
    """The office's address at the foot of a signature: the switchboard's line, then at most two
    lines of numbers only (直通 …, FAX …), then the address (代表 …⏎直通 …⏎〒… 〇〇市本町1-1)."""
    prev = _line_before(norm, ls)
    for _ in range(2):
        if prev < 0 or not _CONTACT_LINE.fullmatch(norm, prev, ls - 1):
            return False
        ls, prev = prev, _line_before(norm, prev)
        if prev in switch_lines:
            return True
    return False


def _line_before(norm: str, ls: int) -> int:
    return norm.rfind("\n", 0, ls - 1) + 1 if ls > 0 else -1


# A letter addressed to the office itself, no one in it: To: Kitaminato City Hall, Welfare Division
_TO_OFFICE = re.compile(r"\s*(?:To|TO|Attn\.?|宛先)[:：] ?(?=" + _OFFICE + ")")


def _after_heading(norm: str, ls: int) -> bool:
    if ls == 0:
        return False
    prev = norm[_line_before(norm, ls) : ls - 1]
    if (to := _TO_OFFICE.match(prev)) is not None:
        prev = prev[to.end() :]
    return bool(_HEADING.fullmatch(prev)) and not _ADDRESSEE.search(prev)
