"""Where an organisation's contact block lies, for org_contact: the office's name (OFFICE), a
heading line that is only that name (or a letter addressed To: the office itself), the lines of
numbers under its switchboard (a signature's 直通, FAX). Split from org_contact.py (the module-size
limit); departmental mailboxes are org_mailbox's."""

from __future__ import annotations

import re

# An office's name: the municipality's hall or one of its branches.
OFFICE = (
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
    + OFFICE
    + r"(?:[ ,、]+[^\s,、0-9@]{1,20}){0,4}\s*$"
)
_ADDRESSEE = re.compile(r"様|殿|御中|宛|担当者|Dear|To:|Attn")


def line_span(norm: str, s: int, e: int) -> tuple[int, int]:
    return norm.rfind("\n", 0, s) + 1, (len(norm) if (j := norm.find("\n", e)) < 0 else j)


# A line of a contact block that holds only a labelled number or mailbox (a staff member's 直通,
# the office's FAX): the block goes on past it.
_CONTACT_LINE = re.compile(
    r"[ \t]*(?:直通|直通電話|電話|TEL|Tel|FAX|Fax|ファクス|E-?[Mm]ail|メール)[:： ]*"
    r"(?:\+?[0-9][0-9()\- ]{5,16}[0-9](?: ?\(?内線 ?[0-9]+\)?)?|[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+)[ \t]*"
)


def under_switchboard(norm: str, ls: int, switch_lines: set[int]) -> bool:
    """The office's address at the foot of a signature: the switchboard's line, then at most two
    lines of numbers only (直通 …, FAX …), then the address (代表 …⏎直通 …⏎〒… 〇〇市本町1-1)."""
    prev = line_before(norm, ls)
    for _ in range(2):
        if prev < 0 or not _CONTACT_LINE.fullmatch(norm, prev, ls - 1):
            return False
        ls, prev = prev, line_before(norm, prev)
        if prev in switch_lines:
            return True
    return False


def line_before(norm: str, ls: int) -> int:
    return norm.rfind("\n", 0, ls - 1) + 1 if ls > 0 else -1


# A letter addressed to the office itself, no one in it: To: Kitaminato City Hall, Welfare Division
_TO_OFFICE = re.compile(r"\s*(?:To|TO|Attn\.?|宛先)[:：] ?(?=" + OFFICE + ")")


def after_heading(norm: str, ls: int) -> bool:
    if ls == 0:
        return False
    prev = norm[line_before(norm, ls) : ls - 1]
    if (to := _TO_OFFICE.match(prev)) is not None:
        prev = prev[to.end() :]
    return bool(_HEADING.fullmatch(prev)) and not _ADDRESSEE.search(prev)


# The writer's organisation asking to be contacted: "please call us at …", "… (ext. 12) or write
# to …" in that sentence (a person writes "call me"); a mobile number stays a person's.
_CALL = r"(?:[Cc]all|[Cc]ontact|[Rr]each|[Pp]hone|[Ww]rite to|[Ee]-?mail) "
# … or the section by its name: "please contact the Citizens Division at 0155-… or info@…" — its
# number and mailbox right after "at" (one "or" between them), no person named between
_SECTION = r"(?:the |our )?(?:[A-Z][a-z]+ ){1,4}(?:Division|Section|Department|Office|Desk|Center|Centre)"
_SECTION += r"(?: (?:at|on|by))?[ :]*(?:[^\n.()]{0,24} or )?"
CALL_SECTION = re.compile(_CALL + _SECTION + "$")
CALL_US = re.compile(_CALL + r"(?:us\b(?:[^.\n]|\.(?! [A-Z])){0,48}|" + _SECTION + ")$")
# The inquiry point's line (問合せ先 総務課 …): a 〒 and address alone on the line under it are the
# office's (a notice's footer; the staff member's own 直通 and mail on that line stay masked).
_INQUIRY_LINE = re.compile(r"[ \t]*お?問い?合わ?せ先")
_PLACE_ONLY_LINE = re.compile(r"[ \t〒]*[0-9]")


def under_inquiry_line(norm: str, ls: int) -> bool:
    """The line at ``ls`` opens with a postal code or number, under a 問合せ先 line."""
    if ls <= 0 or not _PLACE_ONLY_LINE.match(norm, ls):
        return False
    return _INQUIRY_LINE.match(norm, line_before(norm, ls)) is not None


# A notice's sender: a line that is only the municipality's officer's title (北湊市長, 北湊市介護
# 保険課長, 〇〇町教育委員会教育長), no name, no addressee. The 〒 and address on the line under
# it are the office's (the sender's block of a 通知書); a name on the title's line keeps it masked.
_SENDER_TITLE = re.compile(
    r"[ \t]*[一-龥ぁ-ゖァ-ヴー々ヶ]{1,16}?[都道府県市区町村][一-龥ぁ-ゖァ-ヴー々ヶ]{0,16}長[ \t]*"
)


def under_sender_title(norm: str, ls: int) -> bool:
    """The line at ``ls`` comes right under a line that is only an officer's title."""
    if ls < 2 or "長" not in norm[max(0, ls - 4) : ls]:  # the title ends the line before
        return False
    prev = line_before(norm, ls)
    return _SENDER_TITLE.fullmatch(norm, prev, ls - 1) is not None


# The office writing to a resident says the address is its own: "… and our address is 1-1-1
# Honcho, …", 当課の所在地は…
_OUR_ADDRESS = re.compile(
    r"(?:(?<![A-Za-z])[Oo]ur (?:address|office) is(?: located)?(?: at)?|[Ww]e are located at):? ?$"
    r"|(?:当課|当室|当係|当センター|本庁舎|市役所|町役場|村役場)の(?:所在地|住所)は$"
)
# …unless the line's writer speaks as a private person (My name is …, I moved … with my
# family. Our address is …): then "our" is the household's.
_PRIVATE_WRITER = re.compile(
    r"\b(?:[Mm]y (?:name|family|wife|husband|partner|son|daughter|child|children|parents|mother|father)"
    r"|I (?:have |recently |just )?(?:moved|live|am living))\b"
)
OUR_WORDS = ("our address", "Our address", "our office", "Our office", "e are located", "の所在地は", "の住所は")


def our_address(norm: str, ls: int, s: int) -> bool:
    """The address at ``s`` (its line starting at ``ls``) is one the office calls its own."""
    return _OUR_ADDRESS.search(norm, max(ls, s - 32), s) is not None and not _PRIVATE_WRITER.search(
        norm, ls, s
    )
