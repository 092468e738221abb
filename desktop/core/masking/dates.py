"""Birth dates: a date is personal only when the text says it is a date of birth."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from desktop.core.masking.person_common import HOUSEHOLD_RELATIONS

Finding = tuple[str, int, int]

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE_RE = re.compile(
    r"(?<![0-9])(?:"
    # the other calendar's year may stand in brackets: 昭和50年（1975年）3月12日
    r"(?:明治|大正|昭和|平成|令和|[MTSHR]) ?(?:元|[0-9]{1,2}) ?年"
    r"(?: ?[(（](?:19|20)[0-9]{2}年?[)）])? ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日"
    # 和暦 and years in kanji numerals: 昭和四十五年三月二日, 一九七〇年三月二日
    r"|(?:(?:明治|大正|昭和|平成|令和) ?(?:元|[〇一二三四五六七八九十]{1,3})|[一二][〇一二三四五六七八九]{3})"
    r" ?年 ?[〇一二三四五六七八九十]{1,3} ?月 ?[〇一二三四五六七八九十]{1,3} ?日"
    r"|(?:19|20)[0-9]{2} ?年(?: ?[(（](?:明治|大正|昭和|平成|令和|[MTSHR]) ?(?:元|[0-9]{1,2})年?[)）])?"
    r" ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日"
    # an OCR text layer with a space between every character: 1 9 9 2 年 5 月 8 日
    r"|(?:1 9|2 0) [0-9] [0-9] 年 [0-9](?: [0-9])? 月 [0-9](?: [0-9])? 日"
    r"|(?<![A-Za-z])[MTSHRmtshr] ?[0-9]{1,2}[./\-][0-9]{1,2}[./\-][0-9]{1,2}"
    r"|(?:明治|大正|昭和|平成|令和) ?(?:元|[0-9]{1,2})[./\-][0-9]{1,2}[./\-][0-9]{1,2}"
    # the era in its one kanji, as a form's narrow box abbreviates it: 平26.7.28, 令3.6.21
    r"|(?<![一-龥々])[明大昭平令](?:元|[0-9]{1,2})[./\-][0-9]{1,2}[./\-][0-9]{1,2}"
    r"|(?:19|20)[0-9]{2}[./\-][0-9]{1,2}[./\-][0-9]{1,2}"
    r"|[0-9]{1,2}/[0-9]{1,2}/(?:19|20)[0-9]{2}"
    r"|" + _MONTHS + r" [0-9]{1,2},? (?:19|20)[0-9]{2}"
    r"|[0-9]{1,2} " + _MONTHS + r",? (?:19|20)[0-9]{2}"
    r")(?![0-9])"
)
_BIRTH_BEFORE = re.compile(
    r"(?:生年月日|誕生日|出生日|生まれ|出生|DOB|D\.O\.B\.?|[Dd]ate of [Bb]irth|"
    r"[Bb]irth ?[Dd]ate|[Bb]irthday|[Bb]orn(?: on| in)?|DATE OF BIRTH|BIRTH ?DATE|BIRTHDAY|BORN)"
)
# …生, …生まれ, and in a sentence …のお生まれ / …に生まれ (the particle, then the word)
_BIRTH_AFTER = re.compile(
    r"(?: ?(?:生まれ|生|出生|誕生)| ?[(（][0-9]{1,3}歳| ?[0-9]{1,3}歳|[のに]お?生まれ)"
)


# A birth date has one of these within a few characters (before: 生年月日, DOB; after: 生まれ,
# (45歳)); dates are only looked for around them (the date pattern is slow to scan with).
# Literals only: re's scan then skips to their first characters ([Bb]irth was tried everywhere).
_BIRTH_KEY_RE = re.compile(r"生|誕|歳|DOB|D\.O\.B|Birth|birth|BIRTH|Born|born|BORN")
_BEFORE_KEY = 48  # a date that ends just before 生まれ / 45歳 starts at most this far before
_AFTER_KEY = 56  # a date after 生年月日： (20 characters of label gap) ends at most this far


def _windows(text: str) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for k in _BIRTH_KEY_RE.finditer(text):
        lo, hi = max(0, k.start() - _BEFORE_KEY), min(len(text), k.end() + _AFTER_KEY)
        if out and lo <= out[-1][1]:
            out[-1][1] = hi
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def find_birth_dates(text: str) -> Iterator[Finding]:
    seen: set[int] = set()
    if "(" in text:
        for b in _BRACKET_DATE.finditer(text):
            m = DATE_RE.match(text, b.end())
            if m and _CLOSED.match(text, m.end()) and _named_before(text, b.start(), m.group(0)):
                seen.add(m.start())
                yield "BIRTH_DATE", m.start(), m.end()
    for lo, hi in _windows(text):
        for m in DATE_RE.finditer(text, lo, hi):
            if m.start() in seen:
                continue
            seen.add(m.start())
            yield from _birth(text, m)
        for m in _COMPACT_DATE_RE.finditer(text, lo, hi):
            # 生年月日：19740105 — eight digits are a date only right after a birth label,
            # or right before 生まれ (R071108生まれ)
            if _BIRTH_LABEL_END.search(_line_before(text, m.start())) or _BIRTH_AFTER.match(
                text, m.end()
            ):
                yield "BIRTH_DATE", m.start(), m.end()


# 受給者：木村 希夏（H10/09/02）, 妊婦：大久保雪鈴（H11.11.15）: a date alone in brackets right
# after a person's name, the name after a role and its colon (or after 、 in a list of them),
# is that person's date of birth (not after a thing: 提出書類：申請書（R8.11.2）).
_BRACKET_DATE = re.compile(r"\((?=[0-9MTSHR明大昭平令])")
_NAME_CHARS = r"[一-龥々ヶぁ-ゖァ-ヴー]"
# a family member or a party named by their relation: ・長男 颯太（H20.4.1）
_RELATION = (
    r"(?:^|[ ・\-])(?P<relation>長男|長女|次男|次女|三男|三女|妻|夫|父|母|祖父|祖母|子|孫|兄|弟|"
    r"姉|妹|配偶者|同居人|世帯主|申請者|受給者|対象児童|児童|利用者|相談者|妊婦) "  # (子育て支援: no)
)
_NAMED_BEFORE = re.compile(
    r"(?:(?:(" + _NAME_CHARS + r"{0,8})[:：]|、) ?|" + _RELATION + r")"
    + _NAME_CHARS + r"{1,5}(?: " + _NAME_CHARS
    + r"{1,5})?(?<![日書届済分中等金料費額期限時票証表類付係課部室局所院校園店会録簿記])$"
)
_CLOSED = re.compile(r" ?(?:生まれ|生)?(?:[・、, ]?[0-9]{1,3}歳)?\)")
# A staff member named with the day they did something (作成：山田（R8.3.23）), not a birth date
_DATED_BY_STAFF = re.compile(
    r"作成|記入|確認|受付|対応|担当|入力|更新|記録|承認|決裁|報告|提出|回答|返信|送信|起案|発信"
)


def _named_before(text: str, pos: int, date: str) -> bool:
    """A person's name before ``pos``, after a role that is not staff's, and ``date`` a year
    or more ago (a birth date; a document of this year is dated this year)."""
    m = _NAMED_BEFORE.search(_line_before(text, pos))
    if m is None or (m.group(1) and _DATED_BY_STAFF.search(m.group(1))):
        return False
    year = date_year(date)
    this_year = datetime.date.today().year
    # a relation's child may be born this year; after a role, this year's date is the record's
    return year is not None and (year < this_year or (year == this_year and bool(m.group("relation"))))


_BIRTH_LABEL_END = re.compile(_BIRTH_BEFORE.pattern + r"[ :：]{0,3}$")


def _line_before(text: str, start: int) -> str:
    before = text[max(0, start - 20) : start]
    nl = before.rfind("\n")
    return before[nl + 1 :] if nl >= 0 else before


# The format a form asks for, between the label and the date: Date of Birth (DD/MM/YYYY):
_FORMAT_HINT = re.compile(r"[(（][A-Za-z/.\-年月日 ]{2,14}[)）][ :：]*$")


# A household member's relation written right before a date (長男 H24.1.8, 妻 1975/07/14).
_KIN_BEFORE_DATE = re.compile(
    rf"(?:{HOUSEHOLD_RELATIONS})"
    r"[ \t]?(?=[0-9MTSHR明大昭平令])"
)


# A household member's line, the relation first, then the name, then one date:
# 「　長女　鈴木 紀明　H26年7月19日」 under 同居親族：. The relation opens the line (after an
# indent or a bullet) and the date closes it or is followed by a space: a member's row, and the
# one date a member's row gives is the birth date (the name must not be an event: 死亡, 転入).
# The relation may be a label (世帯主：川端 恵子	S30.5.1, a visit record's tab-separated line);
# a foreign member's name may run in parts joined by ・ and give its passport spelling in
# brackets (配偶者 ガルシア・アナ（GARCIA ANA） 1964年12月17日).
_KIN_ROW_DATE = re.compile(
    rf"(?:{HOUSEHOLD_RELATIONS}|配偶者)(?:[ \t]+|[:：][ \t]?)"
    rf"({_NAME_CHARS}{{1,6}}(?:[ ・]{_NAME_CHARS}{{1,6}}){{0,2}})"
    r"(?:[（(][A-Za-z ,.'-]{2,40}[）)])?"
    r"[ \t]+(?=[0-9MTSHR明大昭平令])"
)
_ROW_INDENT = re.compile(r"[ \t・\-*●○]*")
_EVENT_WORD = re.compile(r"(?:死亡|転[入出居]|入[学居籍]|卒業|退[去職]|就職|婚姻|離婚|届出?|予定|日|済)$")


def _kin_rows(text: str) -> Iterator[Finding]:
    for k in _KIN_ROW_DATE.finditer(text):
        line_start = text.rfind("\n", 0, k.start()) + 1
        if _ROW_INDENT.fullmatch(text, line_start, k.start()) is None or _EVENT_WORD.search(k.group(1)):
            continue
        m = DATE_RE.match(text, k.end())
        if m and (m.end() == len(text) or text[m.end()] in " \t\r\n"):
            yield "BIRTH_DATE", m.start(), m.end()


def find_member_birth_dates(text: str) -> Iterator[Finding]:
    """須田 剛也 長男 H24.1.8 同居 under a header 氏名 続柄 生年月日: a household member's date
    right after the relation, in a list headed by 生年月日 (run on the whole text: the header
    line has no digit and is no part of the regions the other patterns see); and a member's
    line that opens with the relation (``_kin_rows``)."""
    yield from _kin_rows(text)
    if "生年月日" not in text:
        return
    for k in _KIN_BEFORE_DATE.finditer(text):
        m = DATE_RE.match(text, k.end())
        if m and "生年月日" in text[max(0, k.start() - 600) : k.start()]:
            yield "BIRTH_DATE", m.start(), m.end()


# In an English sentence the verb stands between the words and the date: "your date of birth is
# registered as 18 May 2003", "his birthday was recorded as …" (the date right after the verb).
_BIRTH_SENTENCE = re.compile(
    r"(?:[Dd]ate of [Bb]irth|[Bb]irth ?[Dd]ate|[Bb]irthday) (?:is|was|has been)"
    r"(?: (?:registered|recorded|listed|given|entered|shown|stated|written))?"
    r"(?: (?:as|on|to be))? $"
)


def _birth(text: str, m: re.Match[str]) -> Iterator[Finding]:
    s, e = m.start(), m.end()
    before = _line_before(text, s)
    hint = _FORMAT_HINT.search(before)
    if hint is not None:
        before = _line_before(text, s - (len(before) - hint.start()))
    # 生 / 生まれ after the date says it is a birth date; the date alone is the value
    if (
        _BIRTH_BEFORE.search(before)
        or _BIRTH_AFTER.match(text, e)
        or _BIRTH_SENTENCE.search(text, max(0, s - 48), s)
    ):
        yield "BIRTH_DATE", s, e


# A date written as eight digits (20100516), as exports store it: a date only where a column
# header or a label says so, and only when its month and day exist.
# (one class first: re's scan skips to it; a look-behind first is tried at every position)
_COMPACT_DATE_RE = re.compile(
    r"[12](?<![0-9][12])(?<=1)9[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?![0-9])"
    r"|2(?<![0-9]2)0[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?![0-9])"
    # the era's letter and its year, month, day run together, as older systems store it:
    # S430123, H051128, or R80117 with a one-digit year (a fixed-width export's 申請日)
    r"|[MTSHR](?<![0-9A-Za-z][MTSHR])(?:[0-9]{2}|[1-9])(?:0[1-9]|1[0-2])"
    r"(?:0[1-9]|[12][0-9]|3[01])(?![0-9])"
)


_YEAR = re.compile(
    r"(?:19|20)[0-9]{2}|(明治|大正|昭和|平成|令和|[MTSHR明大昭平令]) ?(元|[0-9]{1,2}|[〇一二三四五六七八九十]{1,3})"
)
_ERA_START = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
_ERA_START.update({"明": 1867, "大": 1911, "昭": 1925, "平": 1988, "令": 2018})
_ERA_START.update({"M": 1867, "T": 1911, "S": 1925, "H": 1988, "R": 2018})
_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _kanji_int(word: str) -> int:
    """三十八 -> 38, 十二 -> 12, 七 -> 7 (the numbers of a 和暦 year)."""
    if word.isdigit():
        return int(word)
    if "十" in word:
        tens, _, ones = word.partition("十")
        return (_KANJI_DIGITS.get(tens, 1) if tens else 1) * 10 + (
            _KANJI_DIGITS.get(ones, 0) if ones else 0
        )
    return _KANJI_DIGITS.get(word, 0)


def date_year(date: str) -> int | None:
    """The Western year of a date as DATE_RE finds it (S45.11.25 -> 1970), else None."""
    y = _YEAR.search(date)
    if not y:
        return None
    if y.group(1):
        return _ERA_START[y.group(1)] + (1 if y.group(2) == "元" else _kanji_int(y.group(2)))
    return int(y.group(0))


def is_date(cell: str, compact: bool = False) -> re.Match[str] | None:
    """A date in ``cell``; with ``compact``, eight digits YYYYMMDD (or S221023) count too."""
    m = DATE_RE.search(cell)
    if m is None and compact:
        m = _COMPACT_DATE_RE.search(cell)
    return m


# A question for the date of birth, and the reply on the next line gives a date: that date
# (職員：お名前と生年月日をお願いします / 住民：新谷仁絵、1998/02/16です). Run on the whole text:
# the question's line holds no digit, and the compact text of the other finders leaves it out.
_ASKED = re.compile(r"生年月日|誕生日|[Dd]ate of [Bb]irth|[Bb]irthday")
_REQUEST = re.compile(
    r"お願い|教えて|ください|下さい|伺|お聞かせ|[?？]|ですか|でしょうか|[Pp]lease|[Cc]ould you|[Mm]ay I"
)
_OTHER_DATE_WORD = re.compile(r"日|期限|予定|期間|until|by ")


def find_asked_birth_dates(text: str) -> Iterator[Finding]:
    if "生年月日" not in text and "誕生日" not in text and "irth" not in text:
        return
    for k in _ASKED.finditer(text):
        start = text.rfind("\n", 0, k.start()) + 1
        end = text.find("\n", k.end())
        if end < 0:
            return
        question = text[start:end]
        if not _REQUEST.search(question) or DATE_RE.search(question):
            continue  # a label with its value, or a word about birth dates, is no question
        stop = text.find("\n", end + 1)
        reply = text[end + 1 : stop if stop >= 0 else len(text)]
        m = DATE_RE.search(reply)
        if m and not _OTHER_DATE_WORD.search(reply, 0, m.start()):
            yield "BIRTH_DATE", end + 1 + m.start(), end + 1 + m.end()
