"""Pattern recognisers for numbers, e-mail and network addresses, on normalised text.

Why it is long: every number-shaped identifier (phones, My Number, cards, accounts, pension,
insurance and licence numbers, IPs, postal codes) with its validity checks in one place, so a
digit run is judged once against all of them and no two recognisers disagree about it.

No ``\\b`` anywhere: next to kana or kanji it finds no boundary (Presidio's bug with
「カード番号は4111111111111111です」). Boundaries are explicit look-arounds on ASCII classes.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

import phonenumbers

Finding = tuple[str, int, int]  # (type, start, end)

_ND = r"(?<![0-9])"
_NDA = r"(?![0-9])"
_NAN = r"(?<![0-9A-Za-z])"
_NANA = r"(?![0-9A-Za-z])"
_SEP = r"[- ー]?"

EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@"
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*"
    r"\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)

# Each alternative starts with its literal and checks the character before it afterwards: a
# pattern that starts with a look-behind is tried at every position of the text.
_PHONE_JP_RE = re.compile(
    r"(?:\+(?<![0-9A-Za-z+\-.]\+)81[- ]?(?:\(0\)[- ]?)?\(?"
    r"|\((?<![0-9A-Za-z+\-.]\()0|0(?<![0-9A-Za-z+\-.]0)"
    # TEL.011-…, FAX.0155-…: the dot of an abbreviated label, not of a decimal or an address
    r"|(?:(?<=TEL\.)|(?<=Tel\.)|(?<=tel\.)|(?<=FAX\.)|(?<=Fax\.)|(?<=電話\.)|(?<=携帯\.))0)"
    r"[0-9]{1,4}\)?[- ー.]?\(?[0-9]{1,4}\)?[- ー.]?[0-9]{3,4}"
    r"(?![0-9]|[-ー.][0-9])"
)
_PHONE_INTL_RE = re.compile(
    r"(?<![0-9A-Za-z+])\+[1-9][0-9]{0,2}[- ]?\(?[0-9][0-9 ()\-]{5,16}[0-9]"
    r"(?![0-9])"
)
# Korea's mobiles (010-1234-5678): 010 is no Japanese number (it dials abroad).
_KR_MOBILE = re.compile(r"010[0-9]{8}")
_JP_SHAPE = re.compile(r"0(?:[1-9][0-9]{8}|[5789]0[0-9]{8}|120[0-9]{6}|800[0-9]{7})")

# Whole-text patterns start with a character class and check the character before it after
# the first character: a leading look-behind or optional prefix is tried at every position.
_POSTAL_RE = re.compile(r"[0-9](?<![0-9\-][0-9])[0-9]{2}[-ー][0-9]{4}(?![0-9]|[-ー][0-9])")
_POSTAL_MARK_RE = re.compile(r"〒 ?([0-9]{7})(?![0-9])")
_POSTAL_LABEL_RE = re.compile(
    r"(?:郵便番号|Postal [Cc]ode|postal [Cc]ode|POSTAL CODE|ZIP|Zip|zip)[:： ]*([0-9]{7})(?![0-9])"
)

_TWELVE_RE = re.compile(r"[0-9](?<![0-9][0-9])[0-9]{3}([- ]?)[0-9]{4}\1[0-9]{4}" + _NDA)
_CARD_RE = re.compile(
    r"[0-9](?<![0-9A-Za-z][0-9])(?:[0-9]{3}([- ])[0-9]{4}\1[0-9]{4}\1[0-9]{1,7}"
    r"|[0-9]{3}([- ])[0-9]{6}\2[0-9]{4,5}|[0-9]{12,18})" + _NDA
)
_PASSPORT_RE = re.compile(r"[A-Z](?<![0-9A-Za-z][A-Z])[A-Z][0-9]{7}" + _NANA)
# After a passport label the value has any country's shape: letters and digits, 7 to 10 of them,
# mostly digits (TR1234567, 123456789, C01X00T47); "No." may sit between label and value.
_PASSPORT_LABEL_RE = re.compile(
    r"(?:旅券番号|パスポート番号|旅券|パスポート|Passport(?: No\.?| Number)?)"
    r"[^A-Za-z0-9\n]{0,6}(?:(?:No\.?|Number|番号)[^A-Za-z0-9\n]{0,3})?"
    r"(?:(?:is|was) )?"  # My passport number is E62729620
    r"([A-Z0-9]{7,10})" + _NANA,
    re.I,
)


def passport_shape(value: str) -> bool:
    """A passport number of some country: 7-10 capitals and digits, at least five digits."""
    return (
        7 <= len(value) <= 10
        and value.isascii()
        and value.isalnum()
        and value.upper() == value
        and sum(c.isdigit() for c in value) >= 5
    )
_IPV4_RE = re.compile(
    r"(?<![0-9.])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}"
    r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:/[0-9]{1,2})?(?![0-9]|\.[0-9])"
)
_IPV6_RE = re.compile(
    r"(?<![0-9A-Fa-f])(?<![0-9A-Fa-f]:)(?=[0-9A-Fa-f:]*:[0-9A-Fa-f]*:)[0-9A-Fa-f:]{3,39}"
    r"(?:/[0-9]{1,3})?(?![0-9A-Fa-f:])"
)

_VERSION_BEFORE = re.compile(
    r"(?:[vV]|[Vv]er\.?|[Vv]ersion|バージョン|ファームウェア|[Ff]irmware) ?$"
)
_SEVEN_RE = re.compile(r"[0-9](?<![0-9A-Za-z\-.,][0-9])[0-9]{6}(?![0-9A-Za-z]|[-.,][0-9])")
_POSTAL_BEFORE = re.compile(
    r"(?:住所|所在地|〒|郵便|[Pp]ostal|ZIP|[Zz]ip|-ku|-shi|-cho|-machi|Tokyo|Osaka|Kyoto|"
    r"Nagoya|Sapporo|Sendai|Fukuoka|Yokohama|Kobe|Japan)[:：,]? ?$"
)
_GAP_RE = re.compile(r"[ ]{0,2}\n?[ ]{0,2}")
# Label-led patterns whose alternations the regex engine tries at every position (a branch that
# starts with [Aa] or a case-insensitive one has no first-character shortcut): they run only
# when one of their words is in the text at all (a substring test is a fast C scan).
_LICENSE_HINTS = ("免許", "icense", "icence", "経歴証明")
_INSURANCE_HINTS = ("保険", "記号", "nsurance", "nsured", "NSURANCE", "NSURED")
_BANK_HINTS = (
    "普通",
    "当座",
    "貯蓄",
    "口座",
    "ccount",
    "CCOUNT",
    "/c",
    "/C",
    "cct",
    "記号",
    "ゆうちょ",
)
_PASSPORT_HINTS = ("旅券", "パスポート")


def _finditer_if(
    pattern: re.Pattern[str], text: str, hints: tuple[str, ...], starts: re.Pattern[str]
):
    """``pattern.finditer(text)`` when one of ``hints`` is in the text.

    The label patterns begin with a choice of words, which re tries at every position of the
    text; ``starts`` (the words' beginnings, as plain literals re skips to) finds the few
    places where a match can begin, and the pattern is tried only there. Same matches: every
    match begins with one of ``starts``, none is empty."""
    if not any(h in text for h in hints):
        return
    pos = 0
    while (c := starts.search(text, pos)) is not None:
        m = pattern.match(text, c.start())
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()


_BANK_WORDS = re.compile(r"ゆうちょ|銀行|貯金|口座")
# Where a match of _LICENSE_RE, _INSURANCE_RE, _BANK_RE can begin (see _finditer_if).
_LICENSE_STARTS = re.compile(r"運転免許|免許|運転経歴|Driver|driver")
_INSURANCE_STARTS = re.compile(r"被保険者|保険証|介護保険番号|記号|Insur|insur|INSUR")
_BANK_STARTS = re.compile(
    r"普通|当座|貯蓄|口座|Account|account|ACCOUNT|A/C|A/c|a/C|a/c|Acct|acct|記号|ゆうちょ"
)
# Cheap scans for where an address can start; the strict patterns are then matched there.
# One digit first, then the repeat: re's scan skips to a pattern's first class only when the
# pattern starts with one (a repeat or a choice of classes first is tried at every position).
_IPV4_CANDIDATE_RE = re.compile(r"[0-9][0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]")
_IPV6_CANDIDATE_RE = re.compile(r"[0-9A-Fa-f:][0-9A-Fa-f]{0,3}:[0-9A-Fa-f]{0,4}:")
_CONTEXT = 16
_MYNUMBER_LABEL = re.compile(r"マイナンバー|個人番号|My ?Number", re.I)
# 運転経歴証明書 (given up a licence) carries the licence's number
_LICENSE_LABEL = re.compile(r"免許|運転経歴|[Ll]icen[cs]e")
_CORPORATE_LABEL = re.compile(r"法人番号|Corporate Number", re.I)
_CARD_LABEL = re.compile(r"カード|クレジット|[Cc]ard")
_LICENSE_RE = re.compile(
    r"(?:運転免許証?番号|免許証?番号|運転免許証|免許証|運転経歴証明書(?:番号)?|[Dd]river'?s [Ll]icen[cs]e"
    r"(?: No\.?| Number)?)[^0-9\n]{0,8}第?([0-9]{12})" + _NDA
)
_PENSION_RE = re.compile(r"[0-9](?<![0-9][0-9])[0-9]{3}[- ]?[0-9]{6}" + _NDA)
_PENSION_LABEL = re.compile(r"年金|[Pp]ension")
_INSURANCE_RE = re.compile(
    r"(?:被保険者証?番号|被保険者証|保険証番号|保険証|介護保険番号|記号[・/ ]?番号|"
    r"[Ii]nsurance (?:[Cc]ard )?(?:[Nn]o\.?|[Nn]umber)"
    r"|[Ii]nsured (?:[Pp]erson(?:'s)? )?(?:[Nn]o\.?|[Nn]umber)|INSURED (?:PERSON(?:'S)? )?(?:NO\.?|NUMBER))"
    r"[^0-9A-Za-z\n]{0,8}?(?:(?:is|was) )?"  # The insured person's number is 70112233
    # a 記号 may start with a kanji or two (記号 北93): not a label word (番号, 第, 号)
    r"((?:(?![記番枝号第証者険])[一-龥]{1,2} ?(?=[0-9]))?[0-9A-Za-z][0-9A-Za-z\-]*"
    r"(?:[ ・,、]{0,2}(?:記号|番号|枝番|No\.?)?[:： ]{0,2}[0-9][0-9\-]*){0,3})"
)
_INSURANCE_PART_LABEL = re.compile(r"(?<=[0-9A-Za-z\-])[ ・,、]{0,2}(?:記号|番号|枝番|No\.?)[:： ]{0,2}(?=[0-9])")
_BANK_RE = re.compile(
    r"(?:普通預金|当座預金|貯蓄預金|普通|当座|貯蓄|口座番号|口座(?:No\.?|NO\.?)?(?=[ :：はがの])"
    r"|[Aa]ccount(?: [Nn](?:o\.?|umber))?|ACCOUNT(?: N(?:O\.?|UMBER))?|[Aa]/[Cc]|[Aa]cct\.?)"
    # 口座は〇〇銀行の1234567: the label, then the bank (and branch) named in the sentence
    r"(?:[はがの：: ]{1,2}[^0-9\n、。「」]{1,14}?(?:銀行|信金|金庫|組合|農協)"
    r"(?:[^0-9\n、。「」]{1,10}?支店)?[のはで ]{0,2}|[^0-9\n]{0,6}?)"
    + _ND
    + r"([0-9]{6,8})"
    + _NDA
    + r"|(?:記号|ゆうちょ)[^0-9\n]{0,4}([0-9]{5}[-、 ]{0,2}(?:番号)?[: ]?[0-9]{6,8})"
    + _NDA
)


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def my_number_valid(digits: str) -> bool:
    """個人番号 check digit (総務省令第八十五号)."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    body = [int(c) for c in digits[:11]]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    return check == int(digits[11])


def corporate_number_valid(digits: str) -> bool:
    if len(digits) != 13 or not digits.isdigit():
        return False
    base = digits[1:]
    total = sum(int(c) * (1 if n % 2 else 2) for n, c in enumerate(reversed(base), start=1))
    return int(digits[0]) == 9 - total % 9


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _before(text: str, start: int, width: int = _CONTEXT) -> str:
    lo = max(0, start - width)
    seg = text[lo:start]
    nl = seg.rfind("\n")
    return seg[nl + 1 :] if nl >= 0 else seg


def find_emails(text: str) -> Iterator[Finding]:
    if "@" not in text:
        return
    for m in EMAIL_RE.finditer(text):
        yield "EMAIL", m.start(), m.end()


def _phone_ok(national: str) -> bool:
    if _JP_SHAPE.fullmatch(national) or _KR_MOBILE.fullmatch(national):
        return True
    try:
        num = phonenumbers.parse(national, "JP")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


# Written the way only a phone number is: the area code in brackets, then the local number with
# a dash, (0138)770-1957 / 0138(770)1957. Its digit count is not checked: a number copied with
# one digit too many is still that person's number.
_PHONE_WRITTEN = re.compile(r"\(0[0-9]{1,4}\)[0-9]{2,4}-[0-9]{4}|0[0-9]{1,4}\([0-9]{2,4}\)[0-9]{4}")


_PUBLIC_NUMBER_LABEL = re.compile(
    r"(?:事業所番号|事業者番号|法人番号|医療機関(?:コード|番号)|施設番号|機関番号)[ :：]*$"
)
# a record's own number labelled so (宛名番号 0190304359, 整理番号 …): a word then 番号, the word
# no phone's (電話, 携帯, 連絡, 自宅, FAX …); tried only where the context ends with 番号
_RECORD_NUMBER_LABEL = re.compile(
    r"(?<![一-龥ァ-ヴー])(?:(?!電話|携帯|連絡|自宅|勤務|緊急|呼出|内線|直通|代表|FAX|ファ)"
    r"[一-龥ァ-ヴー]){2,4}番号[ :：は]*$"
)


# A phone number an OCR read with a space between its digits (電 話 0 7 0   1 2 3 4   5 6 7 8),
# after a phone label (spaced out too): one space between digits, more between the groups.
# a URL's query parameter right before the digits, and its key (tel=, phone= name a phone)
_QUERY_KEY = re.compile(r"[?&]([A-Za-z_][A-Za-z0-9_]*)=$")
_PHONE_KEY = re.compile(r"tel|phone|fax|mobile|keitai", re.I)
_SPACED_DIGITS_HINT = re.compile(r"0 [0-9] [0-9]")
_SPACED_PHONE = re.compile(r"0(?: {1,4}[0-9]){9,10}(?![0-9]| {1,4}[0-9])")
_SPACED_PHONE_LABEL = re.compile(
    r"(?:電 ?話|携 ?帯|連 ?絡 ?先|TEL|Tel|FAX|Fax)(?: ?番 ?号)?[ :：]*$"
)


def _spaced_phones(text: str) -> Iterator[Finding]:
    for h in _SPACED_DIGITS_HINT.finditer(text):
        m = _SPACED_PHONE.match(text, h.start())
        if m is None or (h.start() > 0 and text[h.start() - 1].isdigit()):
            continue
        if _SPACED_PHONE_LABEL.search(_before(text, h.start(), 16)) and _phone_ok(
            _digits(m.group(0))
        ):
            yield "PHONE", m.start(), m.end()


# Letters and digits run on right after the digits: an identifier's (hex) tail, not a number's
_ID_TAIL = re.compile(r"[A-Za-z][A-Za-z0-9]*[0-9]")


def find_phones(text: str) -> Iterator[Finding]:
    if "0 " in text:
        yield from _spaced_phones(text)
    for m in _PHONE_JP_RE.finditer(text):
        s = m.group(0)
        d = _digits(s)
        if s.startswith("+81"):
            d = d[2:]
            if not d.startswith("0"):
                d = "0" + d
        if s.isdigit() and (
            _PUBLIC_NUMBER_LABEL.search(b := _before(text, m.start()))
            or (b.rstrip(" :：は").endswith("番号") and _RECORD_NUMBER_LABEL.search(b))
        ):
            continue  # 事業所番号 0164901732: an office's number, shaped like a phone's
        q = _QUERY_KEY.search(text, max(0, m.start() - 40), m.start()) if s.isdigit() else None
        if q and not _PHONE_KEY.search(q.group(1)):
            continue  # /search?sid=0319690241: a URL's parameter (a session, an id)
        if s.isdigit() and _ID_TAIL.match(text, m.end()):
            continue  # 0380143832d6739e…: the head of a session id or a hash, letters and digits
        if 10 <= len(d) <= 11 and (_phone_ok(d) or _PHONE_WRITTEN.fullmatch(s)):
            start = m.start()
            end = m.end()
            if s.startswith("(") and (")" not in s or "(" in s[1 : s.find(")")]):
                start += 1  # the bracket around the number: （090(1234)5678）
            yield "PHONE", start, end
    if "+" in text:
        for m in _PHONE_INTL_RE.finditer(text):
            if m.group(0).startswith("+81"):
                continue
            try:
                num = phonenumbers.parse(m.group(0), None)
            except phonenumbers.NumberParseException:
                continue
            # written with + and a country code it is a phone number whatever its range (the
            # UK's 07700 900xxx is reserved for fiction and still a number's shape)
            if phonenumbers.is_possible_number(num):
                yield "PHONE", m.start(), m.end()


# North American numbers written without +1: (415) 555-0132, 415-555-0132 (checked by
# phonenumbers for the US and Canada).
_PHONE_NANP_RE = re.compile(
    r"(?:\([2-9][0-9]{2}\) ?|[2-9](?<![0-9A-Za-z+\-.][2-9])[0-9]{2}[-.])[2-9][0-9]{2}[-.][0-9]{4}"
    r"(?![0-9]|[-.][0-9])"
)
_NANP_START = re.compile(r"[0-9A-Za-z+\-.]")


def find_foreign_phones(text: str) -> Iterator[Finding]:
    for m in _PHONE_NANP_RE.finditer(text):
        if m.start() and _NANP_START.match(text, m.start() - 1) and text[m.start()] != "(":
            continue
        try:
            num = phonenumbers.parse(m.group(0), "US")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            yield "PHONE", m.start(), m.end()


# Postal codes of English-speaking countries: UK (SW1A 1AA), Canada (K1A 0B1), and US ZIP codes
# after a state (CA 94103) or a label (ZIP 94103, Postcode 2000).
_POSTAL_UK_RE = re.compile(
    r"[A-Z](?<![0-9A-Za-z][A-Z])[A-Z]?[0-9][A-Z0-9]? [0-9][A-Z]{2}(?![0-9A-Za-z])"
)
_POSTAL_CA_RE = re.compile(r"[A-Z](?<![0-9A-Za-z][A-Z])[0-9][A-Z] [0-9][A-Z][0-9](?![0-9A-Za-z])")
# The look-behind comes after the state: placed first it was tried at every position of the
# text (measured 0.66 ms per 10,000 characters; now 0.04 ms).
_POSTAL_US_RE = re.compile(
    r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|"
    r"PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])(?<![A-Za-z][A-Z]{2}) ([0-9]{5}(?:-[0-9]{4})?)(?![0-9])"
)
_POSTAL_WORD_HINTS = ("ZIP", "Zip", "zip", "ost", "OST")
_POSTAL_WORD_RE = re.compile(
    r"(?:ZIP|[Zz]ip|[Pp]ost ?[Cc]ode|[Pp]ostal [Cc]ode|POSTCODE)(?: [Cc]ode)?[:： ]*"
    r"([0-9]{5}-[0-9]{3}|[0-9]{4,6}(?:-[0-9]{4})?|[A-Z0-9]{2,4} ?[0-9][A-Z]{2})(?![0-9A-Za-z])"
)


def find_foreign_postal_codes(text: str) -> Iterator[Finding]:
    for rx in (_POSTAL_UK_RE, _POSTAL_CA_RE):
        for m in rx.finditer(text):
            yield "POSTAL_CODE", m.start(), m.end()
    for m in _POSTAL_US_RE.finditer(text):
        yield "POSTAL_CODE", m.start(1), m.end(1)
    if any(w in text for w in _POSTAL_WORD_HINTS):  # the alternation is slow to scan
        for m in _POSTAL_WORD_RE.finditer(text):
            yield "POSTAL_CODE", m.start(1), m.end(1)


# A postal code named by its own country's word (Brazil's CEP 01373-047, China's 邮编 200344,
# Germany's PLZ 10115, Viet Nam's Mã bưu chính, Korea's 우편번호) or by 郵便番号 with the
# country in brackets.
_POSTAL_NATIVE_RE = re.compile(
    r"(?:CEP|邮编|邮政编码|郵便番号(?:[(（][^()（）\n]{1,10}[)）])|PLZ|Postleitzahl|Mã bưu chính|우편번호)"
    r"[:： ]*([0-9]{5}-[0-9]{3}|[0-9]{4,6})(?![0-9A-Za-z]|-[0-9])"
)
_POSTAL_NATIVE_HINTS = ("CEP", "邮", "郵便番号(", "郵便番号（", "PLZ", "Postleitzahl", "Mã", "우편")
_POSTAL_NATIVE_STARTS = re.compile(r"CEP|邮|郵便番号|PLZ|Postleitzahl|Mã|우편번호")


def find_postal_codes(text: str) -> Iterator[Finding]:
    for m in _finditer_if(_POSTAL_NATIVE_RE, text, _POSTAL_NATIVE_HINTS, _POSTAL_NATIVE_STARTS):
        yield "POSTAL_CODE", m.start(1), m.end(1)
    for m in _POSTAL_RE.finditer(text):
        # the value only: 〒 (like 郵便番号：) is the marker before it, not personal
        yield "POSTAL_CODE", m.start(), m.end()
    for m in _POSTAL_MARK_RE.finditer(text):
        yield "POSTAL_CODE", m.start(1), m.end()
    for m in _POSTAL_LABEL_RE.finditer(text):
        yield "POSTAL_CODE", m.start(1), m.end(1)
    # Seven bare digits are a postal code where an address follows or a label/city precedes.
    for m in _SEVEN_RE.finditer(text):
        if _POSTAL_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _address_starts(
            text, m.end()
        ):
            yield "POSTAL_CODE", m.start(), m.end()


def _address_starts(text: str, pos: int) -> bool:
    from desktop.core.masking.address import place_start_re

    m = _GAP_RE.match(text, pos)
    return bool(place_start_re().match(text, m.end() if m else pos))


def find_twelve_digit_ids(text: str) -> Iterator[Finding]:
    """12 digits: 運転免許証 by label, My Number by check digit or by label."""
    for m in _TWELVE_RE.finditer(text):
        d = _digits(m.group(0))
        ctx = _before(text, m.start(), 24)
        if _LICENSE_LABEL.search(ctx):
            yield "DRIVER_LICENSE", m.start(), m.end()
        elif my_number_valid(d) or _MYNUMBER_LABEL.search(ctx):
            yield "MY_NUMBER", m.start(), m.end()
    for m in _finditer_if(_LICENSE_RE, text, _LICENSE_HINTS, _LICENSE_STARTS):
        yield "DRIVER_LICENSE", m.start(1), m.end(1)


def find_cards(text: str) -> Iterator[Finding]:
    for m in _CARD_RE.finditer(text):
        d = _digits(m.group(0))
        if not 13 <= len(d) <= 19:
            continue
        ctx = _before(text, m.start(), 20)
        if len(d) == 13 and (_CORPORATE_LABEL.search(ctx) or corporate_number_valid(d)):
            continue
        if luhn_valid(d) or _CARD_LABEL.search(ctx):
            yield "CREDIT_CARD", m.start(), m.end()


# The label right before a number names what it is; these name an office's reference for a
# document, a case or a household (通知番号 6073-091939), never a person's pension number.
_REFERENCE_LABEL = re.compile(
    r"(?:通知|受付|管理|宛名|世帯|ケース|契約|申込|申請|整理|受給者|文書|案件|伝票|注文|会員|"
    r"顧客|お客様|請求|納付|照会|予約|登録|物件|調定|課税|処理|受理|発行|証明書|"
    r"問合せ|問い合わせ|お問合せ|決済|取引|領収)"
    r"(?:番号|No\.?|NO\.?)[ :：]*$"
)


_COUNTRY_CODE_BEFORE = re.compile(r"\+[0-9]{1,3}[ -]?\(?0?\)?[ -]?$")


# The next item of a list of pension numbers under one label, one a member (基礎年金番号 世帯主
# 1234 567890／妻 2345678901): a separator and the member's relation between the two numbers.
# (the household's relations, as person_common.HOUSEHOLD_RELATIONS: a word such as 電話 between
# the two numbers starts another kind of number)
_NEXT_MEMBER = re.compile(
    r"[ ]*[／/、,;・][ ]*(?:[長次三四]?[男女]|妻|夫|子|本人|世帯主|配偶者|同居人|父|母|祖[父母]|孫|兄|弟|姉|妹)"
    r"[ :：]*"
)


def find_pension(text: str) -> Iterator[Finding]:
    last = -1  # where the last pension number found ends
    for m in _PENSION_RE.finditer(text):
        s = m.group(0)
        if last >= 0 and _NEXT_MEMBER.fullmatch(text, last, m.start()):
            last = m.end()
            yield "PENSION_NUMBER", m.start(), m.end()
            continue
        before = _before(text, m.start(), 20)
        if _REFERENCE_LABEL.search(before) and not _PENSION_LABEL.search(before):
            continue
        if _COUNTRY_CODE_BEFORE.search(before) or "事業所番号" in before:
            continue  # +44 7700 900708: a phone abroad; 雇用保険適用事業所番号 8506-251819-7
        if "-" in s or " " in s or _PENSION_LABEL.search(_before(text, m.start(), 20)):
            # 2024-123456 style: a reference number with a year, not a pension number
            if (
                s[:4].isdigit()
                and s[0] in "12"
                and s[4:5] == "-"
                and "年金" not in _before(text, m.start(), 20)
                and 1900 <= int(s[:4]) <= 2100
            ):
                continue
            last = m.end()
            yield "PENSION_NUMBER", m.start(), m.end()


# 記号 12 番号 3304518 on a form, with the card's name elsewhere: a health-insurance card's two
# parts (a ゆうちょ account's 記号 and 番号 have a bank word before them). A 記号 may start with a
# place's name in kanji or kana (北93, さくら20); in English the card's parts are Symbol and
# Number.
_SYMBOL_PAIR_RE = re.compile(
    r"(?:記号|[Ss]ymbol|SYMBOL)[ :：]*((?:[一-龥]{1,2}|[ぁ-ゖ]{1,4}|[ァ-ヴー]{1,4})?[0-9A-Za-z][0-9A-Za-z\-]{0,7})"
    r"[ ,、・]*(?:番号|[Nn]umber|NUMBER|No\.)[ :：]*([0-9]{3,10})" + _NDA
)
_SYMBOL_PAIR_STARTS = re.compile(r"記号|[Ss]ymbol|SYMBOL")
_SYMBOL_HINTS = ("記号", "ymbol", "YMBOL")
_BANK_WORDS_EN = re.compile(r"[Bb]ank|BANK|[Aa]ccount|ACCOUNT|Yucho|YUCHO")
# 保険証の保険者番号 123456: the insurer's number, printed on the card, is nobody's
_INSURER_LABEL = re.compile(r"(?<!被)保険者(?:番号|No)")


def find_insurance(text: str) -> Iterator[Finding]:
    for m in _finditer_if(_SYMBOL_PAIR_RE, text, _SYMBOL_HINTS, _SYMBOL_PAIR_STARTS):
        before = _before(text, m.start(), 24)
        if _BANK_WORDS.search(before) or _BANK_WORDS_EN.search(before):
            continue
        yield "INSURANCE_NUMBER", m.start(1), m.end(1)
        yield "INSURANCE_NUMBER", m.start(2), m.end(2)
    for m in _finditer_if(_INSURANCE_RE, text, _INSURANCE_HINTS, _INSURANCE_STARTS):
        if m.group(0).startswith("記号") and _BANK_WORDS.search(_before(text, m.start(), 20)):
            continue  # ゆうちょ銀行 記号番号 12345 12345678 is an account
        if _INSURER_LABEL.search(text, m.start() + 1, m.start(1)):
            continue
        value = m.group(1).rstrip("-・、, ")
        if sum(c.isdigit() for c in value) < 4:
            continue
        # 記号 46 番号 44218: the values, not the words that name them
        pos = m.start(1)
        end = pos + len(value)
        for label in _INSURANCE_PART_LABEL.finditer(text, pos, end):
            yield "INSURANCE_NUMBER", pos, label.start()
            pos = label.end()
        yield "INSURANCE_NUMBER", pos, end



# After an account number, another bare number of the same length further on in the sentence is
# an account too (口座番号が1234567と記入…通帳では7654321とのこと): a correction, a second account.
_AGAIN_WINDOW = 64
_BARE_DIGITS = re.compile(r"[0-9](?<![0-9A-Za-z\-./,][0-9])[0-9]+(?![0-9A-Za-z]|[\-./,][0-9])")
_NOT_AN_ACCOUNT_AFTER = re.compile(r" ?(?:円|件|名|人|歳|%|年|月|日|号|番|回|時|分|万|千)")
_OTHER_NUMBER_LABEL = re.compile(
    r"(?:番号|No\.?|NO\.?|コード|ID|TEL|電話|携帯|内線|〒|額|金|高|料|費|計|価)[ :：はがの]*$"
)


def find_bank_accounts(text: str) -> Iterator[Finding]:
    for m in _finditer_if(_BANK_RE, text, _BANK_HINTS, _BANK_STARTS):
        if m.group(1):
            yield "BANK_ACCOUNT", m.start(1), m.end(1)
            yield from _same_shape_after(text, m.end(1), m.end(1) - m.start(1))
        elif "番号" in m.group(2):  # 記号12340 番号87654321: the numbers, not the word between
            for d in _DIGIT_RUN.finditer(text, m.start(2), m.end(2)):
                yield "BANK_ACCOUNT", d.start(), d.end()
        else:  # 記号番号 15700-52051401: one number as written
            yield "BANK_ACCOUNT", m.start(2), m.end(2)
    if "普通" in text or "当座" in text or "貯蓄" in text:
        for m in _ACCOUNT_THEN_BANK.finditer(text):
            yield "BANK_ACCOUNT", m.start(), m.start(1) + len(m.group(1))


_DIGIT_RUN = re.compile(r"[0-9]+")
# The number first, then its bank, branch and kind in brackets: 年金は1234567（〇〇信用金庫 本店
# 普通）に振込. The brackets must name a bank (or its branch) and end with the account's kind.
_ACCOUNT_THEN_BANK = re.compile(
    r"[0-9](?<![0-9A-Za-z\-./,][0-9])([0-9]{5,7}) ?\("
    r"(?=[^()\n]{0,30}?(?:銀行|金庫|組合|農協|ゆうちょ|支店|出張所))[^()\n]{0,30}?"
    r"(?:普通|当座|貯蓄)(?:預金)?\)"
)


def _same_shape_after(text: str, pos: int, length: int) -> Iterator[Finding]:
    nl = text.find("\n", pos)
    end = min(len(text) if nl < 0 else nl, pos + _AGAIN_WINDOW)
    for m in _BARE_DIGITS.finditer(text, pos, end):
        if m.end() - m.start() != length or _NOT_AN_ACCOUNT_AFTER.match(text, m.end()):
            continue
        if _OTHER_NUMBER_LABEL.search(text, max(pos, m.start() - 12), m.start()):
            continue
        yield "BANK_ACCOUNT", m.start(), m.end()


# A residence card's or a special permanent resident certificate's number: two capitals, eight
# digits, two capitals (AB12345678CD) — a shape no other number of an office's text has.
_RESIDENCE_CARD_RE = re.compile(r"(?<![0-9A-Za-z])[A-Z]{2}[0-9]{8}[A-Z]{2}(?![0-9A-Za-z])")


def find_residence_cards(text: str) -> Iterator[Finding]:
    for m in _RESIDENCE_CARD_RE.finditer(text):
        yield "RESIDENCE_CARD", m.start(), m.end()


def find_passports(text: str) -> Iterator[Finding]:
    for m in _PASSPORT_RE.finditer(text):
        if _REFERENCE_LABEL.search(_before(text, m.start(), 20)):
            continue  # 申請番号：OL8199797 is the office's reference, shaped like a passport
        yield "PASSPORT", m.start(), m.end()
    if not any(h in text for h in _PASSPORT_HINTS) and "passport" not in text.lower():
        return  # the label pattern is case-insensitive: slow to scan
    for m in _PASSPORT_LABEL_RE.finditer(text):
        if passport_shape(m.group(1)):
            yield "PASSPORT", m.start(1), m.end(1)


def _network_range(addr: str) -> bool:
    """10.20.0.0/16, 2001:db8::/32: a prefix with no host bits set names a network (a firewall
    rule, a VLAN), not the address of anyone's machine; 203.0.113.5/32 is still one host."""
    if "/" not in addr:
        return False
    try:
        net = ipaddress.ip_network(addr, strict=True)
    except ValueError:
        return False  # host bits set: a host written with its subnet (192.168.1.23/24)
    return net.num_addresses > 1


def find_ips(text: str) -> Iterator[Finding]:
    if "." in text:
        for c in _IPV4_CANDIDATE_RE.finditer(text):
            m = _IPV4_RE.match(text, c.start())
            if not m:
                continue
            if _VERSION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            if _network_range(m.group(0)):
                continue
            yield "IP_ADDRESS", m.start(), m.end()
    if "::" in text or text.count(":") >= 7:
        for c in _IPV6_CANDIDATE_RE.finditer(text):
            m = _IPV6_RE.match(text, c.start())
            if not m:
                continue
            addr = m.group(0).split("/")[0]
            start = m.start()
            if start and text[start - 1].isalpha() and ":" in addr:
                # IPv6:2001:db8::1 — the 6 belongs to the label (the colon is its separator)
                cut = addr.index(":") + 1
                addr, start = addr[cut:], start + cut
            if addr.startswith(":") and not addr.startswith("::"):
                addr, start = addr[1:], start + 1
            if sum(c in "0123456789abcdefABCDEF" for c in addr) < 2:
                continue
            try:
                ipaddress.IPv6Address(addr)
            except ValueError:
                continue
            if _network_range(m.group(0)[start - m.start() :]):
                continue
            yield "IP_ADDRESS", start, m.end()


NUMBER_FINDERS = (
    find_emails,
    find_phones,
    find_postal_codes,
    find_twelve_digit_ids,
    find_cards,
    find_pension,
    find_insurance,
    find_bank_accounts,
    find_passports,
    find_residence_cards,
    find_ips,
)


# Where a foreign phone number or postal code can be: a few scans decide whether to look. One
# alternation of them all was tried alternative by alternative at every position (0.7 ms per
# 10,000 characters); each pattern alone starts with a literal or one class the scan skips to
# quickly (not a repeat, not a choice of classes: those are tried at every position).
_FOREIGN_HINTS = (
    re.compile(r"\([2-9][0-9]{2}\)"),
    re.compile(r"[0-9][0-9]{2}[-.][0-9]{3}[-.][0-9]{4}"),
    re.compile(r"[A-Z][0-9A-Z]?[0-9][A-Z0-9]? [0-9][A-Z]"),
    re.compile(r"[A-Z][A-Z] [0-9]{5}"),
    re.compile(r"[ZzPp](?:(?<=[Zz])[Ii][Pp]|(?<=[Pp])ost)"),  # ZIP, zip, Post, post
)


def find_numbers(text: str) -> list[Finding]:
    out: list[Finding] = []
    for finder in NUMBER_FINDERS:
        out.extend(finder(text))
    if any(rx.search(text) for rx in _FOREIGN_HINTS):  # a foreign number or code
        out.extend(find_foreign_phones(text))
        out.extend(find_foreign_postal_codes(text))
    return out
