"""Key-value and markup records: a field's key names its value's type, as a table's header does.

Machine formats that clerks paste (vCard, iCalendar, JSON, JSON lines, YAML, LDIF, key=value
logs, XML, SQL INSERT dumps, HTML tables, console tables, Windows event text) give every value a
key. Read as a header cell, the key types its value; the value is then checked by its shape
(``tables.cell_finding``; a name by its letters), so a key that promises a birth date and holds
``true`` finds nothing. One vocabulary, the tables' (``header_type``): a key spelled otherwise is
first translated to the header it stands for — the standard property names of the formats
(vCard ``FN``/``ADR``/``BDAY``, LDAP ``sn``/``givenName``/``homePostalAddress``, AD
``sAMAccountName``) and romanised Japanese labels (``shimei``, ``jusho``, ``seinengappi``); a
compound key is read by its last word first (``contact_mail`` is a mailbox).

Rules, none of them a list of values:
- **Split fields.** vCard ``N`` and ``ADR`` hold their parts separated by ``;``: each non-empty
  part is its own finding (ADR's postal-code part a postal code, its country nothing); an HTML
  cell's ``<br>`` lines are values each, a reading in brackets a second name.
- **A generic number key** (``bango``, ``number``, 記号, 番号) takes its type from its parent
  key (``menkyo: {bango: …}``, ``bank: {number: …}``) or its element (``<健康保険 記号= 番号=>``,
  ``<振込先 金融機関="ゆうちょ銀行" 記号= 番号=>``); an attribute that writes the element's value
  in another script (``<氏名 ローマ字=…>``) takes the element's type.
- **Login ids** (``uid``, ``sAMAccountName``, ``user``, アカウント名) are the person's name written
  another way, unless made of section words (``madoguchi07``) or in an office's record.
- **The organisation's own record.** A record whose name is an organisation's (a vCard whose
  FN is an office, an LDIF group, a table row whose name cells are 市 and 課, a shelter's
  ``name:``), a record of a log or an object that names no person at all (its landline and
  section mailbox), a key that says switchboard (代表, ``daihyo``), a number given in the records
  of people of different families (a directory's switchboard), a room or group attendee: its
  phone, mailbox, address and postal code are the office's, ("NOT_PERSONAL", …), which the
  masker keeps. A key or a value that is a person's line (直通, ``direct``, ``mobile``, a mobile
  number) stays masked. Also kept: a server's address (``server=``), a mail's Message-ID, the
  HELO address a client gave itself in brackets, a Cc to a section mailbox, a section's desk.
- Keys themselves are labels: ("HEADER", s, e) for a Japanese key inside markup (ローマ字=).

Every syntax is looked for only where its mark is in the text (one str search each), so prose
costs a few passes of literal-led patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.masking.numbers import luhn_valid
from desktop.core.masking.org_contact import departmental_mailbox
from desktop.core.masking.record_syntax import Field, fields_of
from desktop.core.masking.tables import (  # (the tables' grammar of rows and cells)
    ACCOUNT_CONTEXT,
    INSURANCE_CONTEXT,
    NOT_PERSONAL,
    _cells,
    _separator,
    _strip,
    cell_finding,
    header_type,
)

Finding = tuple[str, int, int]


_LOGIN = "LOGIN"
# A login id: letters, digits and . _ - with a name's three letters in it (s-423 is a staff
# number; a shared account ends in $ or is made of section words)
# The accounts every system has (user=root, user: admin): no one's name.
_SYSTEM_ACCOUNTS = frozenset(
    (
        "root", "admin", "administrator", "guest", "system", "nobody", "anonymous", "daemon",
        "service", "postgres", "mysql", "oracle", "www-data", "apache", "nginx", "test", "user",
    )
)  # fmt: skip
_LOGIN_SHAPE = re.compile(r"(?=.*?[A-Za-z]{3})[A-Za-z][A-Za-z0-9._\-]{2,30}")
# A key spelled the way a format or a romanisation spells it -> the header it stands for.
_KEY_WORDS = {
    # vCard (RFC 6350), iCalendar (RFC 5545) properties and parameters
    "fn": "氏名",
    "n": "氏名",
    "cn": "氏名",
    "adr": "住所",
    "bday": "生年月日",
    "tel": "電話",
    "email": "メール",
    "x-phonetic-last-name": "フリガナ",
    "x-phonetic-first-name": "フリガナ",
    # LDAP inetOrgPerson (RFC 4519, RFC 2798) and Active Directory attributes
    "sn": "姓",
    "givenname": "名",
    "displayname": "氏名",
    "telephonenumber": "電話",
    "homephone": "電話",
    "mobile": "携帯",
    "homepostaladdress": "住所",
    "postaladdress": "住所",
    "postalcode": "郵便番号",
    # romanised Japanese labels (Hepburn, with and without long vowels)
    "shimei": "氏名",
    "namae": "氏名",
    "kana": "フリガナ",
    "furigana": "フリガナ",
    "seinengappi": "生年月日",
    "tanjobi": "誕生日",
    "jusho": "住所",
    "juusho": "住所",
    "yubin": "郵便番号",
    "yuubin": "郵便番号",
    "todofuken": "住所",
    "shikuchoson": "住所",
    "banchi": "住所",
    "katagaki": "方書",
    "denwa": "電話",
    "keitai": "携帯",
    "menkyo": "免許",
    "ryoken": "旅券",
    "nenkin": "年金番号",
    "koza": "口座",
    "kouza": "口座",
    "hoken": "保険証",
    "kojin": "個人番号",
    # English words the header vocabulary reads otherwise or not at all
    "holder": "名義",
    "addr": "住所",
    "zip": "郵便番号",
    "bank": "口座",
    # a login id (uid, sAMAccountName, user): a person's name written another way
    "uid": _LOGIN,
    "samaccountname": _LOGIN,
    "user": _LOGIN,
    "username": _LOGIN,
    "userid": _LOGIN,
    "login": _LOGIN,
    "アカウント名": _LOGIN,  # (Windows' event text: 「アカウント名:」 then tabs)
    "daihyo": "代表電話",
    "daihyou": "代表電話",
}
# A key that only says "number": its parent says of what.
_GENERIC = frozenset(("bango", "number", "no", "num", "記号", "番号", "kigo", "kigou"))
_SYMBOL_KEYS = frozenset(("記号", "kigo", "kigou"))
# An attribute that gives its element's value in another script: the element's type.
_WRITINGS = frozenset(
    ("ローマ字", "英字", "英字表記", "ローマ字表記", "漢字", "漢字表記", "roman", "latin")
)
# A key or a word that says the switchboard; one that says a person's own line.
_SWITCH_KEY = re.compile(r"代表|daihyo|daihyou|switchboard|main_?tel|main_?phone", re.I)
_PERSONAL_KEY = re.compile(r"直通|携帯|自宅|direct|mobile|cell|keitai|home|private", re.I)
_MOBILE = re.compile(r"(?:\+81[- ]?|0)[789]0[- ]?[0-9]")
# An organisation's name (a record of the office, a shelter, a room or a group).
_ORG_NAME = re.compile(
    r"(?:課|係|局|センター|役所|役場|庁舎|学校|体育館|公民館|会館|共有|共用|会議室|株式会社|法人|"
    r"協会|組合|銀行|金庫)(?:[)）]|[ 　][^ 　]{1,12})?$|^[(（]?(?:共有|共用|代表)"
)
_CONTACT_KINDS = frozenset(("PHONE", "EMAIL", "ADDRESS", "POSTAL_CODE"))
# A name's shape: letters of any script, the separators names carry (・ _ $ . - spaces).
_NAME_SHAPE = re.compile(
    r"[一-龥々〆ヶぁ-ゖァ-ヴーｦ-ﾟA-Za-z][一-龥々〆ヶぁ-ゖァ-ヴーｦ-ﾟA-Za-z・･_$.\- 　\u3099\u309a]{0,30}"
)
_PLACE_SHAPE = re.compile(
    r"[0-9０-９]|[都道府県市区町村郡]$|[都道府県市区町村郡][^ ]|号室|ハイツ|コーポ|マンション"
)
_POSTAL_TAIL = re.compile(
    r"[ ,]*〒?[0-9]{3}-?[0-9]{4}(?:[ ,]*(?:JAPAN|Japan))?$|[ ,]*(?:JAPAN|Japan)$"
)
_SHAPE_EMAIL = "SHAPE_EMAIL"
# A section's desk or counter: 市民課3番, 税務課2番窓口, 福祉課窓口
_COUNTER = re.compile(r"[一-龥]{1,8}(?:課|係)(?:[0-9]{1,2}番)?(?:窓口)?")
_EMAIL_VALUE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_JAPANESE = re.compile(r"[一-龥ぁ-ゖァ-ヴ]")
_SPLIT_WORDS = re.compile(r"[_\-]|(?<=[a-z])(?=[A-Z])")


def _words(key: str) -> list[str]:
    return [w.lower() for w in _SPLIT_WORDS.split(key) if w]


def key_type(key: str, parent: str = "") -> str | None:
    """The type a record's key gives its value, or None."""
    low = key.lower()
    if low in _GENERIC or low in _WRITINGS:
        return _generic_type(low, parent)
    word = _KEY_WORDS.get(low)
    if word == _LOGIN:
        return word
    if word is None:
        words = _words(key)
        if words and words[-1] in _GENERIC and len(words) > 1:
            # nenkin_no, ryoken_bango, menkyo_no: the number of what the first words say
            head = "".join(_KEY_WORDS.get(w, w) for w in words[:-1])
            kind = header_type(head) or header_type(head + "番号")
            if kind:
                return kind
        if len(words) > 1:
            # contact_mail, shimei_kana, tel_home: the last word is the head of the compound
            last = _KEY_WORDS.get(words[-1], words[-1])
            kind = header_type(last) if last != _LOGIN else None
            if kind is not None:
                return kind
        word = "".join(_KEY_WORDS.get(w, w if not w.isascii() else w + " ") for w in words)
    kind = header_type(word.strip()) if word else None
    return kind if kind is not None else header_type(key)


def _generic_type(low: str, parent: str) -> str | None:
    if not parent:
        return None
    if low in _WRITINGS:
        # <氏名 ローマ字="…">: the name written in another script, an attribute of its element
        return key_type(parent.split()[0]) if parent.split() else None
    if ACCOUNT_CONTEXT.search(parent) or "bank" in parent.lower():
        return "BANK_ACCOUNT"
    if INSURANCE_CONTEXT.search(parent):
        return "INSURANCE_SYMBOL" if low in _SYMBOL_KEYS else "INSURANCE_NUMBER"
    words = _words(parent.split("=")[0]) if parent.isascii() else [parent]
    head = "".join(_KEY_WORDS.get(w, w) for w in words)
    return header_type(head) or header_type(head + "番号")


def _value_finding(text: str, kind: str, s: int, e: int) -> Finding | None:
    value = text[s:e]
    if kind == _SHAPE_EMAIL:
        return ("EMAIL", s, e)
    if kind == _LOGIN:
        if _LOGIN_SHAPE.fullmatch(value):
            # (madoguchi07: a counter's shared account, numbered)
            shared = departmental_mailbox(value.rstrip("0123456789") + "@")
            return None if shared or value.lower() in _SYSTEM_ACCOUNTS else ("PERSON", s, e)
        kind = "PERSON"
    if kind == "PERSON":
        value = value.replace("&nbsp;", " ")  # (an HTML cell's space between 姓 and 名)
        if _NAME_SHAPE.fullmatch(value) is None or _ORG_NAME.search(value):
            return None
        return (kind, s, e)
    if kind == "ADDRESS":
        if not (_PLACE_SHAPE.search(value) and _JAPANESE.search(value)):
            return None  # (an address in Latin letters is address_latin's: its order varies)
        tail = _POSTAL_TAIL.search(value)
        if tail and tail.start() > 0:
            e = s + tail.start()  # …, Sapporo 114-0864 JAPAN: the postal code is its own
    if kind == "CREDIT_CARD":
        digits = re.sub(r"[ \-]", "", value)
        if not (digits.isdigit() and 14 <= len(digits) <= 19 and luhn_valid(digits)):
            return None
    if kind == "INSURANCE_SYMBOL" or (kind == "INSURANCE_NUMBER" and value.isdigit()):
        return ("INSURANCE_NUMBER", s, e) if value.isdigit() and len(value) <= 10 else None
    return cell_finding(text, kind, s, e)


def find_in_records(text: str) -> Iterator[Finding]:
    """Values typed by their keys; ("NOT_PERSONAL", …) for the organisation's own contacts."""
    if '","' in text or "\t" in text:
        yield from _org_rows(text)
    fields = fields_of(text)
    typed: list[tuple[Field, Finding]] = []
    names: dict[tuple[str, int], list[str]] = {}  # a record's name fields, found or not
    values: dict[tuple[str, int], list[str]] = {}  # its words (fields of no number type)
    for f in fields:
        if f.label is not None:
            yield ("HEADER", *f.label)
        if f.e <= f.s or f.e - f.s > 120:
            continue
        kind = key_type(f.key, f.parent)
        if kind in (None, "PERSON", NOT_PERSONAL):
            values.setdefault(f.group, []).append(text[f.s : f.e])
        if kind == "PERSON" and "@" not in text[f.s : f.e]:
            names.setdefault(f.group, []).append(text[f.s : f.e])
        if kind is None and f.group[0] in "KJL" and _COUNTER.fullmatch(text, f.s, f.e):
            yield (NOT_PERSONAL, f.s, f.e)  # counter=市民課3番: a section's desk, no address
            continue
        if kind is None and _EMAIL_VALUE.fullmatch(text, f.s, f.e):
            kind = _SHAPE_EMAIL  # notify=…@…: a mailbox under a key the vocabulary lacks
        if kind is None or kind == NOT_PERSONAL:
            continue
        found = _value_finding(text, kind, f.s, f.e)
        if found is not None:
            typed.append((f, found))
    org_groups = {
        g
        for g, vals in values.items()
        if (
            all(_ORG_NAME.search(v) for v in names[g])
            if g in names
            else any(_ORG_NAME.search(v) for v in vals)
        )
    }
    shared = _shared_contacts(text, typed, names)
    # A record naming no person says it is the office's by a section mailbox or an office's
    # name among its values (a daily summary's notify=shimin@…); a landline alone does not.
    signed = {
        g
        for g, vals in values.items()
        if g not in names
        and any(_ORG_NAME.search(v) or _COUNTER.fullmatch(v) or _section_mailbox(v) for v in vals)
    }
    # the records that hold a person's data besides a name (a date of birth, a phone, …)
    personal = {f.group for f, found in typed if found[0] not in ("PERSON", "ADDRESS")}
    for f, found in typed:
        if f.group in org_groups and key_type(f.key) == _LOGIN:
            continue  # an office's account (johosys) is shared, no one's name
        if (
            f.key.lower() == "name"
            and f.group[0] in "LFJK"  # (a YAML mapping, an object, a log line: whole records)
            and text[f.s : f.e].isascii()
            and f.group not in personal
        ):
            continue  # - name: Checkout (a CI step), name: build — a name only beside a person's data
        if key_type(f.key, f.parent) is None:  # typed by its shape: only ever kept
            if _office_kind(text, found) and f.group in signed and f.group[0] in "KJS":
                yield (NOT_PERSONAL, found[1], found[2])
            continue
        if found[0] in _CONTACT_KINDS and (
            _office_value(text, f, found, org_groups)
            or (text[found[1] : found[2]] in shared and _office_kind(text, found))
            or (
                f.group[0] in "KJS"  # a log line, an object, a row: one record, not prose
                and f.group in signed
                and _office_kind(text, found)
                and _SWITCH_FREE(text, f)
            )
        ):
            yield (NOT_PERSONAL, found[1], found[2])
        else:
            yield found
    for m in _SERVER_IP.finditer(text):
        yield (NOT_PERSONAL, m.start(1), m.end(1))
    if "Received:" in text or "Message-ID:" in text or "Cc:" in text:
        yield from _mail_headers(text)


def _org_rows(text: str) -> Iterator[Finding]:
    """A table of people (its header names their columns) may end with the office's own row:
    its name cells hold an organisation (白鷺台市 | 市民課). Every cell of that row is the
    office's, kept as a header's cells are."""
    names: list[int] | None = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "\t" not in line and '","' not in line:
            names = None
            continue
        if names is None and sum(c.isdigit() for c in line) > 1:
            continue  # a row of values, not the header of a table of people
        cells = [_strip(text, s, e) for s, e in _cells(line, start, _separator(line))]
        kinds = [header_type(text[s:e]) for s, e in cells]
        if "PERSON" in kinds and len(cells) >= 3:
            names = [i for i, k in enumerate(kinds) if k == "PERSON"]
            continue
        if names is None or len(cells) <= max(names):
            continue
        name = "".join(text[slice(*cells[i])] for i in names)
        if name and _ORG_NAME.search(name):
            # ("HEADER": kept whatever finds it, column consensus included)
            yield from (("HEADER", s, e) for s, e in cells if s < e)


def _section_mailbox(value: str) -> bool:
    return _EMAIL_VALUE.fullmatch(value) is not None and departmental_mailbox(value)


def _SWITCH_FREE(text: str, f: Field) -> bool:
    """A record with no person's field at all whose key is no person's line."""
    return not (_PERSONAL_KEY.search(f.key) or _PERSONAL_KEY.search(f.parent))


def _office_kind(text: str, found: Finding) -> bool:
    """A landline or a mailbox made of section words: what an office has, not only a person."""
    kind, s, e = found
    if kind == "PHONE":
        return _MOBILE.match(text, s) is None and not text.startswith("+", s)
    return kind == "EMAIL" and departmental_mailbox(text[s:e])


def _shared_contacts(
    text: str, typed: list[tuple[Field, Finding]], names: dict[tuple[str, int], list[str]]
) -> set[str]:
    """A phone or a mailbox given in the records of people of different families: the office's line
    (every staff entry of a directory gives the switchboard as its telephoneNumber)."""
    people: dict[str, set[str]] = {}
    for f, found in typed:
        if found[0] in ("PHONE", "EMAIL") and f.group in names:
            who = people.setdefault(text[found[1] : found[2]], set())
            who.add(names[f.group][0])
    # (of two people or more with different surnames: a household shares its home phone)
    return {v for v, who in people.items() if len({n.split()[0] for n in who if n.split()}) >= 2}


# Mail headers: a message's id is no one's address; the HELO name a client gave itself in
# brackets (Received: from [192.168.1.5]) is no client address; a Cc or a delivery to a
# mailbox made of section words is the office's.
_MESSAGE_ID = re.compile(r"^(?:Message-ID|References|In-Reply-To):[ \t]*<([^<>\s]+)>", re.M | re.I)
_HELO = re.compile(r"^Received:[ \t]+from[ \t]+\[([0-9.]+|[0-9A-Fa-f:]+)\]", re.M)
_TO_OFFICE = re.compile(
    r"^(?:Cc|Bcc):[ \t]*<?([^<>\s,\"]+@[^<>\s,\"]+)>?[ \t]*$|\sfor <([^<>\s]+@[^<>\s]+)>;", re.M
)


def _mail_headers(text: str) -> Iterator[Finding]:
    for m in _MESSAGE_ID.finditer(text):
        yield (NOT_PERSONAL, m.start(1), m.end(1))
    for m in _HELO.finditer(text):
        yield (NOT_PERSONAL, m.start(1), m.end(1))
    for m in _TO_OFFICE.finditer(text):
        g = 1 if m[1] else 2
        if departmental_mailbox(m[g]):
            yield (NOT_PERSONAL, m.start(g), m.end(g))


# An address under a key that names the server or the destination: the office's machine.
_SERVER_IP = re.compile(  # (every alternative opens with a literal: one fast scan)
    r"(?:server|Server|SERVER|サーバー?|dstip|dst_ip|dest_ip|destination|Destination)\"?[ \t]*"
    r"[:=][ \t]*\"?([0-9]{1,3}(?:\.[0-9]{1,3}){3})(?![0-9.])"
)


def _office_value(text: str, f: Field, found: Finding, org_groups: set[tuple[str, int]]) -> bool:
    if re.search(r"CUTYPE=(?:ROOM|GROUP|RESOURCE)", f.parent, re.I):
        return True  # a room's or a group's mailbox in an invitation
    if _PERSONAL_KEY.search(f.key) or _PERSONAL_KEY.search(f.parent):
        return False
    if found[0] == "PHONE" and _MOBILE.match(text, found[1]):
        return False
    if _SWITCH_KEY.search(f.key):
        return True
    return f.group in org_groups
