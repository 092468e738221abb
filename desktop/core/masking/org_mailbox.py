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
