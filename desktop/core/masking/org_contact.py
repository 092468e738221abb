"""The organisation's own public contact details, told apart from a person's.

A number, mailbox or address is the organisation's, not a person's, only where the text says so
explicitly; everything else stays masked (privacy first: over-masking is the lesser error):

- a phone number marked as the switchboard: 0155-21-2111（代表）, 代表電話：…, 代表 …, (代),
  Tel … (main), Switchboard: …; on that same contact line the office's FAX number;
- a mailbox marked as shared or machine-only (共用メール：…, 送信専用アドレス …, noreply@…),
  and a departmental mailbox (made of section words only: kosodate@, hoken-nenkin@) on the
  switchboard's line or the line under it — the contact block of a letter or notice;
- the office's own address and postal code: on the switchboard line or on the line next to it
  (a letterhead or footer block), right beside the office's name (〒… 〇〇市1-1 〇〇市役所 …),
  or on the line after a heading that is only the office's name (Kitaminato City Office, …);
- a contact in brackets right after an organisation's name: 〇〇センター（電話 …）, a
  departmental mailbox there (総務課（info@…）), 株式会社〇〇（法人番号 …、本社 …、電話 …）,
  〇〇 Co., Ltd. (Tel …) — unless the brackets name a person's line (担当, 直通, 携帯, 自宅);
- a number labelled TEL right after an organisation's name (〇〇体育館 TEL …), or given with
  opening hours (受付 9:00～21:00, 平日 9時～17時, Office hours …): nobody gives their own
  phone so; a mailbox called shared in brackets after it (…@…（課の共通アドレス）) and a
  number on its line;
- an address the organisation calls its own (本社：…, … (本店), our address is …, 当課の所在地は
  …) or followed by its name in brackets (…（〇〇クリニック）), and a number on that line;
- the 所在地 and 電話 columns of a list of organisations (org_rows);
- a company's seat labelled 所在地 on the line under its 法人番号, and the number on that line;
  a service's named line (ねんきんダイヤル …) or a club's (クラブ電話 …);
- a departmental mailbox named as the inquiry point or on the line under the section's name,
  and the number beside it; one written where the section its name romanises is named (org_mailbox).
On every one of these lines a mobile number, a person's name or a person's marker (直通, 携帯,
自宅, 担当, 様 …) keeps everything masked.

Not treated as the organisation's, because the labelled corpora disagree on them: a FAX or a
departmental mailbox anywhere else (an office FAX next to a staff member's line, kouhou@… or
international@… in a To: header), a help-line without brackets or hours, a free-dial number
(0120, 0570). A 直通 line is always a person's.
"""

from __future__ import annotations

import re
from itertools import pairwise

from desktop.core.masking.org_blocks import CALL_SECTION as _CALL_SECTION
from desktop.core.masking.org_blocks import CALL_US as _CALL_US
from desktop.core.masking.org_blocks import OFFICE as _OFFICE
from desktop.core.masking.org_blocks import OUR_WORDS, our_address
from desktop.core.masking.org_blocks import after_heading as _after_heading
from desktop.core.masking.org_blocks import line_before as _line_before
from desktop.core.masking.org_blocks import line_span as _line
from desktop.core.masking.org_blocks import under_inquiry_line as _under_inquiry_line
from desktop.core.masking.org_blocks import under_sender_title as _under_sender_title
from desktop.core.masking.org_blocks import under_switchboard as _under_switchboard
from desktop.core.masking.org_mailbox import INQUIRY_BEFORE as _INQUIRY_BEFORE
from desktop.core.masking.org_mailbox import MACHINE_LOCAL as _MACHINE_LOCAL
from desktop.core.masking.org_mailbox import SECTION_LINE as _SECTION_LINE
from desktop.core.masking.org_mailbox import SHARED_AFTER as _SHARED_AFTER
from desktop.core.masking.org_mailbox import SHARED_BEFORE as _SHARED_BEFORE
from desktop.core.masking.org_mailbox import departmental as _departmental
from desktop.core.masking.org_mailbox import departmental_mailbox as departmental_mailbox
from desktop.core.masking.org_mailbox import named_section as _named_section
from desktop.core.masking.org_rows import GATE, org_row_contacts

__all__ = ["departmental_mailbox", "drop_org_contacts"]

Finding = tuple[str, int, int]

_KINDS = frozenset(("PHONE", "EMAIL", "POSTAL_CODE", "ADDRESS"))
# The words that can make a finding the organisation's, found in one pass: every alternative
# starts with a literal, so re scans for their first characters (measured 0.05 ms for 10,000
# characters; a substring test per word took 0.3 ms, an alternative opening with a class 0.25).
_SWITCH_WORDS = (
    "代表",
    "内線",
    "(代)",
    "(main)",
    "(Main)",
    "witchboard",
    "ain line",
    "ain number",
    "ain tel",
    "ain phone",
    "(ext",
    "(Ext",
)
_SHARED_WORDS = (
    "共用", "共有", "代表", "送信専用", "配信専用", "reply", "Reply", "REPLY", "daemon", "postmaster", "共通", "hared",
)
_OFFICE_WORDS = ("役所", "役場", "庁舎", "支所", "出張所", "庁", "Office", "Hall", "Government")
_MARKS = re.compile(
    "|".join(re.escape(w) for w in dict.fromkeys(_SWITCH_WORDS + _SHARED_WORDS + _OFFICE_WORDS))
)

# The switchboard: a mark right after the number or a label right before it. 代表者 (a
# representative, a person) and 世帯代表 (glued to the word before) are not it.
_SWITCH_AFTER = re.compile(
    # (学校代表): a school's or an office's main number named so in brackets
    r" ?\((?:[一-龥]{1,4})?(?:代表|代)\)| ?代表(?=[\s)、,。/|]|$)| ?\((?:main|Main|switchboard)\)"
)
_SWITCH_BEFORE = re.compile(
    # 代表電話 may follow the office's name (学校代表電話); 代表 alone may not (世帯代表)
    r"(?:代表電話|代表番号|代表TEL|(?:^|[\s:,、/|(])(?:電話\(代表\)|TEL\(代表\)|代表(?!者))"
    # (折り返しは代表 …, ご連絡は代表へ: a particle, not a word, before 代表)
    r"|(?<=[はへにが])代表(?!者))"
    r"[:： ]*(?:電話|TEL|Tel)?[:： ]*$"
    r"|(?:^|[\s:,(])(?:[Ss]witchboard|[Mm]ain (?:line|number|tel\.?|phone))(?: at| is| on)?[:： ]*$"
)
# ... or named by the office (課の代表 …), or in brackets after its label (代表番号（…）)
_SWITCH_NAMED = re.compile(r"(?:(?:課|係|室|所|署|庁|センター|役場)の代表|代表番号\()[:： ]*$")
_FAX_BEFORE = re.compile(
    r"(?:FAX|Fax|fax|ファクス|ファックス|ファクシミリ)[:： ]*(?:番号)?[:： ]*$"
)
# A line that is only a FAX number (the footer's next line after the switchboard's).
_FAX_LINE = re.compile(r"\s*(?:FAX|Fax|fax|ファクス|ファックス)[:： ]*(?:番号)?[:： ]*$")

# A number given with opening hours (受付 9:00~21:00, 平日 8:30~17:15, Office hours …) is a
# counter's or an office's: nobody gives the hours of their own phone that way.
_TIME = r"[0-9]{1,2}(?::[0-9]{2}|時(?:[0-9]{1,2}分|半)?)"
_HOURS = re.compile(
    r"(?:受付|平日|営業|開庁|開館|窓口|診療|Office hours|office hours|Opening hours|opening hours|"
    r"Open|open)[^\n0-9]{0,8}"
    r"(?:時間)?[:： ]*" + _TIME + r" ?[~〜～\-] ?" + _TIME
)

_OFFICE_AFTER = re.compile(r"[ ,、]*" + _OFFICE)
_OFFICE_BEFORE = re.compile(
    _OFFICE
    + r"[ ,、]*(?:所在地[:： ]*)?〒?(?:[0-9]{3}-[0-9]{4}[ ,、]*)?$"  # 〇〇市役所 〒…-… 〇〇市…
)
# An address an organisation labels as its own (本社：…, 工場所在地 …, … (本店)) or names the
# organisation right after it in brackets (…3-2-1（若葉クリニック）).
_ORG_PLACE_WORDS = ("本社", "本店", "本部", "支社", "支店", "営業所", "工場", "事業所", "事務所")
_ORG_PLACE_BEFORE = re.compile(
    r"(?:本社|本店|本部|支社|支店|営業所|工場|事業所|事務所)(?:の)?(?:所在地|住所)?[:： ]*$"
)
_ORG_PLACE_AFTER = re.compile(r" ?\((?:本社|本店|本部|支社|支店|営業所|工場|事業所|事務所)\)")
# A person's own address label on the line: never the office's.
_PERSONAL_LABEL = re.compile(r"現住所|住所|自宅|居所|本籍|申請者|申出人|転居先|Home|home")

# Brackets opened right after an organisation's name.
_ORG_END = re.compile(
    r"(?:センター|委員会|協議会|会社|事務所|事業所|病院|医院|クリニック|診療所|組合|法人|協会|財団|"
    r"施設|学校|会館|公民館|図書館|署|工場|支店|営業所|本社|本店|体育館|[^\s(]課|保育園|幼稚園|"
    r"こども園|学園|保育所|児童館|保健所|窓口|役所|役場|支所|出張所|"
    r"Co\., Ltd\.|Ltd\.|Inc\.|Corp\.|Corporation|Company|"
    r"Center|Centre|Clinic|Hospital) ?$"
)
# A number labelled TEL right after an organisation's name: 若葉台市民体育館 TEL …, 株式会社〇〇 電話 …
_ORG_BEFORE_TEL = re.compile(
    r"(?:センター|事務所|事業所|病院|医院|クリニック|診療所|組合|協会|施設|学校|会館|公民館|図書館|"
    r"体育館|工場|支店|営業所|本社|本店|クラブ|Center|Centre|Clinic|Hospital|Co\., Ltd\.) ?"
    r"(?:TEL|Tel|tel|電話|☎)\.?[:： ]*$"
)
_ORG_NAME_AFTER = re.compile(r" ?\([^()\n]{0,24}?" + _ORG_END.pattern.removesuffix(" ?$") + r"\)")
# A section's name right before a mailbox, after a contact label (問合せ先：ふるさと納税係 …@…).
_SECTION_BEFORE = re.compile(
    r"(?:問合せ先|問い合わせ先|お問い合わせ|連絡先|担当)[:： ]*[^\s:：、,]{1,12}(?:課|係|室|センター|担当) ?$"
)
_ORDER = {"EMAIL": 0, "ADDRESS": 1, "POSTAL_CODE": 1, "PHONE": 2}
_ORG_PREFIX = re.compile(
    r"(?:株式会社|有限会社|合同会社|\(株\)|\(有\)|社会福祉法人|医療法人|NPO法人|"
    r"一般社団法人|一般財団法人|公益社団法人|公益財団法人)[^\s(。、]{1,20}$"  # (not across a sentence)
)
_ORG_INSIDE = re.compile(r"法人番号|事業所番号")  # matched at the bracket's start
_PERSON_INSIDE = re.compile(
    r"担当|直通|携帯|自宅|個人|様|さん|氏|ケアマネ|相談員|保健師|医師|先生|職員|委員|係長|課長|部長|"
    r"所長|院長|社長|主事|主査|主任|[Dd]irect|[Mm]obile|[Cc]ell|[Hh]ome"
)
# A service's named line (ねんきんダイヤル, 〇〇ホットライン, コールセンター) right before the number.
_SERVICE_LINE = re.compile(r"(?:ダイヤル|ダイアル|ホットライン|コールセンター)[:： ]*$")
_NAMED_WORDS: tuple[str, ...] = ("ダイヤル", "ダイアル", "ライン", "センター", "Division", "Section", "課", "係")
_NAMED_WORDS += ("合せ", "合わせ", "不明な点", "ご質問")  # (ご不明な点は …@… まで: the place to write to)
# The label of an organisation's seat (a company's 所在地, 本店所在地) right before an address.
_ORG_SEAT_BEFORE = re.compile(r"所在地[:： ]*$")
# A mobile number is a person's even when marked 代表 (a small group's contact is someone's phone).
_MOBILE = re.compile(r"(?:\+81[- ]?\(?|\(?0)[789]0(?![0-9])")


def _is_switchboard(norm: str, s: int, e: int) -> bool:
    ls, le = _line(norm, s, e)
    if (
        _SWITCH_AFTER.match(norm, e, le)
        or _SWITCH_BEFORE.search(norm[ls:s])
        or _SWITCH_NAMED.search(norm, max(ls, s - 12), s)
    ):
        return True
    if _EXTENSION_AFTER.match(norm, e, le):
        # 電話 0238-22-1111 内線3920: a number with extensions is an office's exchange, unless
        # the line or the one above says whose it is (担当：平野 ⏎ 電話：…（内線…）, 直通 …)
        above = norm.rfind("\n", 0, max(ls - 1, 0)) + 1 if ls else ls
        return not (_PERSON_INSIDE.search(norm, ls, s) or "担当" in norm[above:ls])
    return False


_EXTENSION_AFTER = re.compile(r"[ ,、]*\(?(?:内線|[Ee]xt\.?) ?[0-9]")


_TEL_FIRST = re.compile(r"[ \t]*(?:TEL|Tel|tel|電話|☎)")


def _in_org_brackets(norm: str, ls: int, s: int, e: int, le: int) -> bool:
    """Inside (…) that opens right after an organisation's name, naming no person's line."""
    op = norm.rfind("(", ls, s)
    if op <= ls or ")" in norm[op:s]:
        return False
    cl = norm.find(")", e, le)
    if cl < 0:
        return False
    inside = norm[op + 1 : cl]
    if _PERSON_INSIDE.search(inside):
        return False
    lo = max(ls, op - 32)
    return bool(
        _ORG_END.search(norm, lo, op)
        or _ORG_PREFIX.search(norm, lo, op)
        or _ORG_INSIDE.match(inside)
    )


def drop_org_contacts(norm: str, raw: list[Finding]) -> list[Finding]:
    """``raw`` without the findings that the text marks as the organisation's own contact."""
    cands = [f for f in raw if f[0] in _KINDS]
    if not cands:
        return raw
    switch = shared = False
    office: set[int] = set()  # line starts of the lines naming an office
    for m in _MARKS.finditer(norm):
        w = m.group(0)
        if w in _OFFICE_WORDS:
            office.add(norm.rfind("\n", 0, m.start()) + 1)
        else:
            switch = switch or w in _SWITCH_WORDS
            shared = shared or w in _SHARED_WORDS
    brackets = "(" in norm
    public: set[Finding] = org_row_contacts(norm, raw) if GATE.search(norm) else set()
    hours = ":" in norm or "時" in norm  # opening hours may be given: looked for per line
    tel = "電話" in norm or "TEL" in norm or "Tel" in norm or "tel" in norm or "☎" in norm
    org_place = any(w in norm for w in _ORG_PLACE_WORDS)
    ours = any(w in norm for w in OUR_WORDS)
    named = any(w in norm for w in _NAMED_WORDS)  # a service's line, a section, an inquiry point
    us = " us " in norm
    if not (switch or shared or office or brackets or public or hours or tel or org_place or ours
            or named or us):
        return raw
    shared_lines: set[int] = set()  # line starts of the lines with a shared mailbox
    place_lines: set[int] = set()  # ... with an address the organisation labels its own
    person_lines: set[int] | None = None  # made when an address is a candidate
    switch_lines: set[int] = set()  # line starts of the lines with a switchboard number
    if switch:
        for f in cands:
            if (
                f[0] == "PHONE"
                and _is_switchboard(norm, f[1], f[2])
                and not _MOBILE.match(norm, f[1])
            ):
                public.add(f)
                switch_lines.add(_line(norm, f[1], f[2])[0])
    # mailboxes first (shared_lines), then places (place_lines), then the numbers beside them
    for f in sorted(cands, key=lambda f: _ORDER[f[0]]):
        t, s, e = f
        if f in public:
            continue
        ls, le = _line(norm, s, e)
        if t == "EMAIL":
            if shared and (
                _MACHINE_LOCAL.match(norm, s)
                or _SHARED_BEFORE.search(norm, max(0, s - 16), s)
                or _SHARED_AFTER.match(norm, e)
            ):
                public.add(f)
                shared_lines.add(ls)
            elif (
                switch_lines
                and (ls in switch_lines or _line_before(norm, ls) in switch_lines)
                and _departmental(norm, s)
            ):
                public.add(f)
            elif (us or named) and _departmental(norm, s) and _CALL_US.search(norm, max(ls, s - 64), s):
                public.add(f)  # … call us at … or write to kokusai@…
            elif brackets and _departmental(norm, s) and _in_org_brackets(norm, ls, s, e, le):
                public.add(f)  # 問い合わせ先：総務課（info@…）: the section's own mailbox
            elif _departmental(norm, s) and (
                _SECTION_BEFORE.search(norm, max(ls, s - 24), s) or _named_section(norm, s, e, ls, le)
            ):
                public.add(f)  # 問合せ先：ふるさと納税係 furusato@…: the section's own mailbox
            elif office and _departmental(norm, s) and _after_heading(norm, ls):
                public.add(f)  # … City Hall ⏎ 1-1-1 Honcho, … (Tel …, info@…): its footer
            elif (
                (named and _INQUIRY_BEFORE.search(norm, max(ls, s - 12), s))
                or _SECTION_LINE.search(norm, max(0, _line_before(norm, ls)), max(ls - 1, 0))
            ) and _departmental(norm, s):
                # 問い合わせ shimin@…, or the contact line under a line that ends naming the
                # section (…, Human Resources Division ⏎ Tel … / shimin@…): the section's own
                public.add(f)
                shared_lines.add(ls)
            continue
        if t == "POSTAL_CODE" and any(p[0] == "PHONE" and p[1] <= s and e <= p[2] for p in cands):
            continue  # 555-0167 inside +1 (312) 555-0167: a phone's digits, no office's code
        if ours and t == "ADDRESS" and our_address(norm, ls, s):
            public.add(f)
            continue
        if t == "PHONE":
            if _MOBILE.match(norm, s):
                continue
            if (
                (brackets and _in_org_brackets(norm, ls, s, e, le))
                or (switch_lines and _fax_of_switchboard(norm, ls, s, switch_lines))
                or (tel and _ORG_BEFORE_TEL.search(norm, max(ls, s - 40), s))
                # 法人番号 6619271596142　TEL 0238-…: a company's number on its registry line
                or ("法人番号" in norm[ls:s] and not _PERSON_INSIDE.search(norm, ls, le))
                # ねんきんダイヤル 0570-…: a service's line, named as one
                or _SERVICE_LINE.search(norm, max(ls, s - 12), s)
                or (named and _CALL_SECTION.search(norm, max(ls, s - 64), s))  # contact the … Division at
                # "call us at … (ext. 12)": the corpora call a bare "contact us" number a person's
                or (
                    us
                    and _EXTENSION_AFTER.match(norm, e, le)
                    and _CALL_US.search(norm, max(ls, s - 64), s)
                )
                or (
                    (
                        ls in shared_lines
                        or ls in place_lines
                        or (hours and _HOURS.search(norm, ls, le))
                        # the office's address, then TEL … on the next line of its footer
                        or (_line_before(norm, ls) in place_lines and _TEL_FIRST.match(norm, ls))
                    )
                    and not _PERSON_INSIDE.search(norm, ls, le)
                    and ls not in (person_lines := _person_lines(raw, person_lines, norm))
                )
            ):
                public.add(f)
        elif not (
            (
                switch_lines
                and (
                    ls in switch_lines
                    or _line_before(norm, ls) in switch_lines
                    or le + 1 in switch_lines
                    or _under_switchboard(norm, ls, switch_lines)
                )
            )
            or (
                ls in office
                and (
                    _OFFICE_AFTER.match(norm, e) or _OFFICE_BEFORE.search(norm, max(ls, s - 40), s)
                )
            )
            or (_line_before(norm, ls) in office and _after_heading(norm, ls))
            or (brackets and _in_org_brackets(norm, ls, s, e, le))
            or (
                org_place
                and (
                    _ORG_PLACE_BEFORE.search(norm, max(ls, s - 12), s)
                    or _ORG_PLACE_AFTER.match(norm, e)
                )
            )
            or (brackets and _ORG_NAME_AFTER.match(norm, e))
            or (named and _under_inquiry_line(norm, ls))
            or _under_sender_title(norm, ls)  # 北湊市長 ⏎ 〒… 北湊市本町1-1: a notice's sender
            # 株式会社〇〇　法人番号 … ⏎ 所在地 …: the company's seat under its registry line
            or (
                _ORG_SEAT_BEFORE.search(norm, max(ls, s - 8), s)
                and "法人番号" in norm[max(0, _line_before(norm, ls)) : s]
            )
        ) or _PERSONAL_LABEL.search(norm, ls, s):
            continue
        else:
            # an address on a line with a person's name is that person's (長野県… 田村 和子),
            # and so is one on a line with a mobile number (a list of attendees above the venue)
            person_lines = _person_lines(raw, person_lines, norm)
            if ls not in person_lines and not any(
                p[0] == "PHONE" and ls <= p[1] < le and _MOBILE.match(norm, p[1]) for p in cands
            ):
                public.add(f)
                place_lines.add(ls)
    # A postal code and the address right beside it are one: the office's address makes its
    # code the office's, and the other way round (〒099-0101 北湊市本町1-1 北湊市役所).
    if public:
        _spread_to_neighbours(norm, raw, public)
        return [f for f in raw if f not in public]
    return raw


def _person_lines(raw: list[Finding], made: set[int] | None, norm: str) -> set[int]:
    """Line starts of the lines with a person's name (made once, when first asked)."""
    if made is not None:
        return made
    return {norm.rfind("\n", 0, p[1]) + 1 for p in raw if p[0] == "PERSON"}


def _fax_of_switchboard(norm: str, ls: int, s: int, switch_lines: set[int]) -> bool:
    """A FAX number on the switchboard's line, or alone on the line under it."""
    if not _FAX_BEFORE.search(norm, max(ls, s - 16), s):
        return False
    return ls in switch_lines or bool(
        _FAX_LINE.fullmatch(norm, ls, s) and _line_before(norm, ls) in switch_lines
    )


_BETWEEN = re.compile(r"[ ,、〒]*")


def _spread_to_neighbours(norm: str, raw: list[Finding], public: set[Finding]) -> None:
    places = sorted((f for f in raw if f[0] in ("POSTAL_CODE", "ADDRESS")), key=lambda f: f[1])
    for _ in range(2):  # code → address → code
        for a, b in pairwise(places):
            if a[0] == b[0] or (a in public) == (b in public):
                continue
            gap = _BETWEEN.match(norm, a[2])
            if gap is not None and gap.end() == b[1] and "\n" not in norm[a[2] : b[1]]:
                public.update((a, b))
