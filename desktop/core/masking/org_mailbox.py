"""Whether a mailbox is an office's own, by its local part and the words around it.

``org_contact.drop_org_contacts`` asks these: a departmental local part (made of section words
only: kosodate@, hoken-nenkin@, koreifukushi@; a person's has a name, an initial or a number), a
machine's (noreply@, mailer-daemon@), and the marks that make a mailbox the office's — called
shared before or after it (共用メール：…, 共有は …, …（課の共通アドレス）), named as the inquiry
point (問い合わせ …), or on the contact line under a line naming the section (…, X Division).
"""

from __future__ import annotations

import re

from desktop.core.masking.names_data import word_list

SHARED_BEFORE = re.compile(
    r"(?:共用|共有|共通|代表|送信専用|配信専用)(?:の)?(?:メールアドレス|メール|アドレス|E-?[Mm]ail)?"
    r"(?:は|:|：)?[ ]*$"
)
# ... or a note in brackets right after it: kokuho@…（課の共通アドレス）, …@… (shared mailbox)
SHARED_AFTER = re.compile(
    r" ?\((?:[^()\n]{0,6}の)?(?:共用|共有|共通|代表)(?:の)?(?:メールアドレス|メール|アドレス)?\)"
    r"| ?\([Ss]hared(?: (?:mailbox|address|inbox))?\)"
)
MACHINE_LOCAL = re.compile(
    r"(?:no-?reply|do-?not-?reply|noreply-[a-z0-9]+|mailer-daemon|postmaster)@", re.I
)
# An inquiry point named right before a mailbox (問い合わせ shimin@…, お問合せ先：…).
INQUIRY_BEFORE = re.compile(r"問い?合わ?せ(?:先|窓口)?[:： ]*$")
# A line that ends naming a section (the signer's post and division, the section's heading).
SECTION_LINE = re.compile(
    r"(?:[ぁ-ゖ一-龥]課|[ぁ-ゖ一-龥]係|(?<![A-Za-z])(?:Division|Section|Department))[ ]*$"
)
_LOCAL_PART = re.compile(r"[A-Za-z][A-Za-z._-]{1,40}(?=@)")


def departmental_mailbox(address: str) -> bool:
    """The mailbox's local part is made of section words only (kosodate@, hoken-nenkin@,
    koreifukushi@): a person's has a name, an initial or a number in it."""
    return departmental(address, 0)


def departmental(norm: str, s: int) -> bool:
    """``departmental_mailbox`` for the mailbox that starts at ``norm[s]``."""
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


# A mail header's line (From:, Cc:, 宛先: …) and the display name before a mailbox in it.
_HEADER = re.compile(r"(?:From|To|Cc|CC|Bcc|BCC|Reply-To|差出人|宛先|送信者|送信元|返信先)[:：] ?")
# A display name that names the municipality itself (桜ケ原市 国際交流室, Minato City International
# Relations): the organisation's identity, not a person's.
_OFFICE_NAME = re.compile(r"[一-龥ぁ-ゖァ-ヴー]{1,8}[市町村区](?![民長])|[A-Z][a-z]+ (?:City|Town|Village)\b")
# Prose naming the mailbox as the place to write to: ご不明な点は kokusai@… まで, お問い合わせは … へ
_INQUIRY_PROSE_BEFORE = re.compile(
    r"(?:ご?不明な点|ご質問|お?問い?合わ?せ|ご意見|ご相談|ご連絡)(?:など|等)?(?:は|につきましては)[ ]*$"
)
_INQUIRY_PROSE_AFTER = re.compile(r"[ ]*(?:まで|へ|にて|宛て?に)")


def _sections() -> dict[str, tuple[str, ...]]:
    """romaji word -> the words naming its section in a document (office_mailbox_sections.txt)."""
    global _SECTIONS
    if _SECTIONS is None:
        table: dict[str, tuple[str, ...]] = {}
        for line in word_list("office_mailbox_sections.txt"):
            romaji = [w for w in line.split() if w.isascii() and w.islower()]
            names = tuple(w for w in line.split() if w not in romaji)
            for r in romaji:
                table[r] = table.get(r, ()) + names
        _SECTIONS = table
    return _SECTIONS


_SECTIONS: dict[str, tuple[str, ...]] | None = None


def _section_names(local: str) -> set[str]:
    """The section names of the romaji words a departmental local part splits into."""
    table = _sections()
    names: set[str] = set()
    for part in re.split(r"[._-]", local.lower()):
        # every split of the part into listed words (kosodateshien: kosodate + shien)
        for i in range(len(part)):
            for j in range(i + 2, min(len(part), i + 16) + 1):
                names.update(table.get(part[i:j], ()))
    return names


def _names_in(names: set[str], text: str) -> bool:
    for n in names:
        if n.isascii():
            if re.search(r"(?<![A-Za-z])" + n + r"(?![a-z])", text):
                return True
        elif n in text:
            return True
    return False


def named_section(norm: str, s: int, e: int, ls: int, le: int) -> bool:
    """A departmental mailbox (``departmental`` already holds) that the text marks as its
    section's own: written on a line (or under a line) that names the section its local part
    romanises (情報政策課 … joho@, International Relations Office ⏎ kokusai@…); bare in a mail
    header of a document that names that section (Cc: …; somu@… and 総務課 in the signature); in a
    header under a display name naming the municipality (桜ケ原市 国際交流室 <kokusai@…>) or in
    one its own no-reply@ sends from (a web form's notice); or
    named in prose as the place to write to (ご不明な点は furusato@… までお寄せください)."""
    m = _LOCAL_PART.match(norm, s)
    if m is None:
        return False
    if _INQUIRY_PROSE_BEFORE.search(norm, max(ls, s - 16), s) and _INQUIRY_PROSE_AFTER.match(norm, e):
        return True
    names = _section_names(m.group(0))
    if not names:
        return False
    head = _HEADER.match(norm, ls)
    if head is not None:
        if s > 0 and norm[s - 1] == "<":  # a display name: only the municipality's own
            start = max(head.end(), norm.rfind(",", ls, s) + 1, norm.rfind(";", ls, s) + 1)
            return bool(_OFFICE_NAME.search(norm, start, s))
        # … or the header of a notice the office's own machine sends (差出人: no-reply@ its domain)
        domain = norm[m.end() : e]
        return _names_in(names, norm[:ls] + norm[le:]) or any(
            norm.startswith(domain, x.end() - 1) for x in MACHINE_LOCAL.finditer(norm, max(0, ls - 400), ls + 400)
        )
    if _names_in(names, norm[ls:s] + norm[e:le]):
        return True
    # the line above, when it names no one (問合せ先：…協働推進課（担当：長岡）⏎ … kyodo@… is the
    # contact person's way in, as a corpus labels it)
    above = norm.rfind("\n", 0, max(ls - 1, 0)) + 1 if ls else ls
    return ls > 0 and not _PERSON_MARK.search(norm, above, ls) and _names_in(names, norm[above:ls])


_PERSON_MARK = re.compile(r"担当|様|さん|氏|直通|携帯|[Dd]irect|[Mm]obile")
