"""Table rows (CSV, TSV, Markdown, space-aligned text, Excel and Word tables as the reader renders them).

Why it is long: one grammar of tables (CSV, TSV, Markdown, space-aligned text, Excel and Word
as the reader renders them) and the column typing from headers that all of them share.

General rules, no per-document strings:
- **Header typing.** A column whose header says what it holds (口座番号, ｺｳｻﾞ, 基礎年金番号, 記号・番号,
  氏名（カナ）, 住所, TEL, 生年月日 …) types every cell below it (a rule line under the header
  too); a key | value row types its value, a row of label | value pairs each value. A row that
  holds values (an e-mail, a date, a long number) is data, never a header. 記号 and 番号 as two
  header cells are one card's or one ゆうちょ account's parts, told apart by the sheet's words
  (``_symbol_pair``); an office's reference column (申請番号) is nobody's number.
- **One cell a line** (``find_stacked_cells``). A Word table pasted as text: the labels of a row
  on lines of their own, then its values in the same order; where values are label words too,
  the row length at which the label's column holds a value of its type (``_strided_kind``).
- **Column consensus** (``column_consensus``). Where most cells of a column were already found as
  one type by the other finders (a headerless export: names, phones, dates of birth), the rest of
  the column is that type too — or fewer of them, where every cell has the same shape
  (``_shape_consensus``); a headerless transfer list is read by its layout (bank, branch,
  kind, account — in words or in codes, row by row where ゆうちょ rows are shorter), a pension
  list by its title.
- **Headers of two rows, and a header under a key | value line.** A row of labels (two typed,
  the rest plain: 続柄, 記号, 番号, 備考) is a header of its own; a plain label under a word of the
  row above is typed by the two together (被保険者 over 番号).
- **One space between cells** (``find_spaced_rows``). A PDF's text layer: a line of labels over
  rows of as many words (the name column may hold 姓 and 名), each row proved by a date or a
  number; a form line of "label value" cells types each value by its label.
"""

from __future__ import annotations

import bisect
import datetime
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from desktop.core.masking.dates import date_year, is_date
from desktop.core.masking.numbers import passport_shape

Finding = tuple[str, int, int]

_CERTIFICATE = "CERTIFICATE"
# A 記号 column of an insurance card: one or two digits (記号 8) are its value too.
_INSURANCE_SYMBOL = "INSURANCE_SYMBOL"
_REFERENCE_HEADER = (
    r"^(?:申請|受付|整理|管理|通知書?|ケース|申込|お客様|顧客|契約|伝票|文書|案件|予約|照会|問合せ?)"
    r"(?:番号|No\.?|NO\.?|ID|コード)$"
)
NOT_PERSONAL = "NOT_PERSONAL"  # a column the caller keeps unmasked (never a finding of its own)
_DISTRICT = "DISTRICT"  # a district's name alone is kept (a cell with numbers may be an address)
# A column of banks' names (金融機関名): public words; a cell that is wholly a bank's name is
# kept as it is (さくらがわ農業協同組合 is no one's name, whatever a name finder reads in it).
_BANK_NAME = "BANK_NAME"
# What header_type may announce for a column that holds no one's data.
PUBLIC_COLUMNS = frozenset((NOT_PERSONAL, _DISTRICT, _BANK_NAME))
# Header word -> type, first match wins (口座名義 is a name before 口座 is an account). The text is
# normalised first, so half-width ｺｳｻﾞ reads as コウザ and （カナ） as (カナ).
_HEADER_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # The number of an office, a company or an institution: public, whatever its shape (a
    # 介護保険 事業所番号 0151505362 reads as a phone number).
    (NOT_PERSONAL, re.compile(r"事業所番号|事業者番号|法人番号|医療機関(?:コード|番号)|施設番号|機関番号")),
    # An office's reference for an application, a case or a document (申請番号 OL8199797 reads
    # as a passport number): its column is no one's identifier.
    (NOT_PERSONAL, re.compile(_REFERENCE_HEADER)),
    ("PERSON", re.compile(r"名義|メイギ")),
    # 氏名（旅券表記）, 氏名(ローマ字): a name as a document spells it, not the document's number
    ("PERSON", re.compile(r"^(?:氏名|名前|姓名)[(（]")),
    (_BANK_NAME, re.compile(r"^(?:振込先|支払先|引落し?)?(?:金融機関|銀行)(?:名|名称)?$")),
    # ゆうちょ記号 / ゆうちょ番号 (記号 and 番号 would read as an insurance card's otherwise)
    # (a cell ゆうちょ銀行 alone is a bank's name, a value)
    (
        "BANK_ACCOUNT",
        re.compile(r"(?:ゆうちょ(?:銀行)?|ユウチョ|貯金|通帳)(?:記号|番号|キゴウ|バンゴウ|口座)"),
    ),
    ("MY_NUMBER", re.compile(r"個人番号|マイナンバー|コジンバンゴウ|[Mm]y ?[Nn]umber")),
    (
        "PENSION_NUMBER",
        re.compile(
            r"年金(?:番号|No|NO|記号|手帳|コード)|基礎年金|ネンキン(?:バンゴウ|No)?$|[Pp]ension"
        ),
    ),
    ("DRIVER_LICENSE", re.compile(r"免許|メンキョ|運転経歴|[Ll]icen[cs]e")),
    (
        "INSURANCE_NUMBER",
        re.compile(
            r"被保険者(?:証)?(?:番号|記号|No)|被保険者証$|被保(?:険)?番号?|記号[・/ ]?番号|保険証|証記号|"
            r"介護保険番号|ヒホケン(?!シャ?メイ)|[Ii]nsur(?:ance|ed)"
        ),
    ),
    # 証番号 alone: the number of some card — which one, its cells say (_certificate_kind)
    (_CERTIFICATE, re.compile(r"証番号")),
    ("BANK_ACCOUNT", re.compile(r"口座(?:番号|No|NO)?$|口座番号|コウザ|[Aa]ccount|[Aa]cct|A/C")),
    ("RESIDENCE_CARD", re.compile(r"在留カード|特別永住者証明書|[Rr]esidence ?[Cc]ard")),
    ("CREDIT_CARD", re.compile(r"カード番号|クレジット|[Cc]ard")),
    # NAME (passport), Full name, カタカナ: the name as written there, not the document's number
    (
        "PERSON",
        re.compile(
            r"^(?:[Ff]ull |FULL |[Ff]amily |FAMILY |[Gg]iven |GIVEN )?(?:[Nn]ame|NAME)\b(?! of| OF)"
            r"|^カタカナ$"
        ),
    ),
    ("PASSPORT", re.compile(r"旅券|パスポート|[Pp]assport")),
    ("IP_ADDRESS", re.compile(r"IP ?アドレス|IP ?[Aa]ddress|^IP$")),
    ("EMAIL", re.compile(r"メール|[Ee]-?[Mm]ail|^[Mm]ail")),
    ("PHONE", re.compile(r"電話|携帯|TEL|[Tt]el|デンワ|ケイタイ|[Pp]hone|[Mm]obile|FAX|[Ff]ax")),
    (
        "BIRTH_DATE",
        re.compile(r"生年月日|誕生日|生年|セイネンガッピ|[Dd]ate of [Bb]irth|DOB|[Bb]irth"),
    ),
    ("POSTAL_CODE", re.compile(r"郵便番号|〒|ユウビン|[Pp]ostal|ZIP|[Zz]ip|[Pp]ost ?[Cc]ode")),
    # (an address-book export splits it: 都道府県, 市区町村, 番地 are its parts)
    (
        "ADDRESS",
        re.compile(r"住所|所在地|居所|方書|建物名?|部屋番号|ジュウショ|[Aa]ddress|^(?:都道府県|市区町村|番地)$"),
    ),
    # A post or a department (代表者職 代表取締役, ｼｮｿﾞｸ ｶﾝｷｮｳ) is no one's name; the staff member
    # on duty (担当 松田) and the members of a household (同居者 薫) are.
    (NOT_PERSONAL, re.compile(r"所属|ショゾク|部署|役職|職名|肩書|代表者職")),
    # A district (担当地区 南中山, 学区 太郎須田) is a place, not a name; no one's address alone.
    (_DISTRICT, re.compile(r"^(?:担当|受持|居住)?(?:地区|地域|区域|学区|校区)名?$|^町(?:名|域)$")),
    ("PERSON", re.compile(r"^担当(?:職員)?$|同居(?:者|人)")),
    (
        "PERSON",
        re.compile(
            # (Xの名前 is a person's only when X is one: ログの名前 names a log, 申請者の名前 a person)
            r"氏名|(?<!の)名前|(?:者|様|人|子|主|員|方|さん)の名前|フリガナ|ふりがな|(?<![ァ-ヴ])カナ(?![ァ-ヴ])|(?<![ァ-ヴ])シメイ(?![ァ-ヴ])|^(?:姓|名|セイ|メイ|姓名)$|"
            r"申請者|相談者|担当者|世帯主|代表者|保護者|者名$|"
            # the staff member or the person who did something, one per row
            r"(?:確認|受付|対応|記入|作成|入力|承認|処理|交付|届出|請求|受取)者$|(?:届出|申請|代理|受取)人$|"
            # a column named by the people's role (担当保健師, 担当民生委員, 調査員); not 主治医 or
            # ケアマネ, whose cells hold the clinic or the office too
            r"^(?:担当)?(?:保健師|民生委員|相談員|支援員|(?:認定)?調査員|ケースワーカー|CW)$|"
            # a column named by what its people did or are (操作者, 対象者, 来庁者); not an
            # organisation's role (事業者, 保険者, 発行者)
            r"^(?!事業|保険|発行|設置|運営|開設|販売|製造|納入|契約|受注|発注|落札|業)[一-龥]{2}者$|"
            r"^[Nn]ame$|[Ff]ull ?[Nn]ame|NAME|[Ss]urname|SURNAME|[Gg]iven ?[Nn]ame|GIVEN|"
            r"[Ff]irst ?[Nn]ame|[Ll]ast ?[Nn]ame|[Ff]amily ?[Nn]ame|[Cc]ontact"
        ),
    ),
)
_NUMBER_TYPES = frozenset(
    (
        "MY_NUMBER",
        "PENSION_NUMBER",
        "INSURANCE_NUMBER",
        "DRIVER_LICENSE",
        "BANK_ACCOUNT",
        "CREDIT_CARD",
        "PASSPORT",
        "PHONE",
    )
)
# (six digits in a postal code column: a code whose leading 0 a spreadsheet dropped, 0640941 -> 640941)
_POSTAL_CELL = re.compile(r"〒? ?([0-9]{3}-?[0-9]{4}|[1-9][0-9]{5})")
# An address cell that starts with its postal code: the code is its own finding.
_POSTAL_PREFIX = re.compile(r"(?:〒|郵便番号[:：]?)? ?([0-9]{3}-?[0-9]{4})[ ]*")
# Header words that are not personal values (a key | value row "氏名 | No" is a header row).
_PLAIN_HEADER = re.compile(r"(?:No\.?|NO\.?|#|ID|番号|連番|順番?|備考|年齢|性別|続柄)")
_SPLIT = re.compile(r"\t|,|\||  |;")
_HAS_CONTENT = re.compile(r"[一-龥々ァ-ヴぁ-ゖA-Za-z0-9]")
# A number-like value: from its first to its last letter or digit (普通 1234567 -> 1234567).
_NUMBER_SPAN = re.compile(r"[0-9A-Za-z](?:[0-9A-Za-z\-./: ・]*[0-9A-Za-z])?")
_ACCOUNT_KIND = re.compile(r"(?:普通|当座|貯蓄|総合)(?:預金)?[ :：]*")
_EMAIL_CELL = re.compile(r"[^\s@]+@[^\s@]+\.[A-Za-z]{2,}")
_SPACES = re.compile(r" {2,}")
_COLON_WORD = re.compile(r"[:：]")


def _separator(line: str) -> re.Pattern[str]:
    """A table keeps one separator; commas inside a tab or pipe cell (¥129,700) are text."""
    if "\t" in line:
        return re.compile("\t")
    if "|" in line:
        return re.compile(r"\|")
    if "," in line:
        return _COMMA
    if line.count(";") >= 2:
        return _SEMICOLON  # 所属;職名;氏名;免許証番号 (a European spreadsheet's CSV)
    return _SPACES


# A CSV field: quoted (a comma or "" inside) or plain.
_CSV_FIELD = re.compile(r' *"(?:[^"]|"")*" *(?=,|$)|[^,]*')
_COMMA = re.compile(",")
_SEMICOLON = re.compile(";")


def _csv_cells(line: str, start: int) -> list[tuple[int, int]]:
    out = []
    pos = 0
    while True:
        m = _CSV_FIELD.match(line, pos)
        assert m is not None  # the field pattern matches the empty string too
        out.append((start + m.start(), start + m.end()))
        pos = m.end()
        if pos >= len(line) or line[pos] != ",":
            break
        pos += 1
    if pos < len(line):  # a stray quote: read the rest as plain fields
        out[-1] = (out[-1][0], start + len(line))
    return out


def _cells(line: str, start: int, sep: re.Pattern[str] = _SPLIT) -> list[tuple[int, int]]:
    if sep is _COMMA and '"' in line:
        return _csv_cells(line, start)
    out = []
    pos = 0
    if sep is _SPACES:  # an aligned table may be indented
        pos = len(line) - len(line.lstrip(" "))
    for m in sep.finditer(line, pos):
        out.append((start + pos, start + m.start()))
        pos = m.end()
    out.append((start + pos, start + len(line)))
    return out


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \"'":
        s += 1
    while e > s and text[e - 1] in " \"'":
        e -= 1
    return s, e


_NUMBER_LABELS = re.compile(r"記号|番号|枝番")


def _number_cell(
    text: str, kind: str, s: int, e: int, least: int | None = None
) -> Finding | None:
    if _NUMBER_LABELS.search(text, s, e):
        # 記号595 番号2429: the labelled parts of one number, the whole cell
        digits = sum(c.isdigit() for c in text[s:e])
        return (kind, s, e) if digits >= 4 and e - s <= 40 else None
    if kind == "BANK_ACCOUNT":
        k = _ACCOUNT_KIND.match(text, s, e)
        if k:
            s = k.end()
    m = _NUMBER_SPAN.search(text, s, e)
    if not m:
        return None
    # the whole run from the first to the last digit/letter of the cell, separators included
    end = m.end()
    for m2 in _NUMBER_SPAN.finditer(text, m.end(), e):
        if kind == "PHONE" and _WORDS_BETWEEN.search(text, end, m2.start()):
            break  # 0123-50-2395（自宅）／070-…: two numbers, each found on its own
        end = m2.end()
    value = text[m.start() : end]
    least = _short_number(kind) if least is None else least
    if sum(c.isdigit() for c in value) < least or len(value) > 40:
        return None
    if kind == "PASSPORT" and not (re.search(r"[0-9]{6}", value) or passport_shape(value)):
        return None
    if kind == "MY_NUMBER" and _LETTER.search(value):
        return None  # 在留カード AB12345678CD in a 個人番号 column: another card's number
    if kind == "INSURANCE_NUMBER" and _KANJI_PREFIX.fullmatch(text, s, m.start()):
        return kind, s, end  # 北23-5685: the 記号's kanji is part of it
    return kind, m.start(), end


_LETTER = re.compile(r"[A-Za-z]")
_WORDS_BETWEEN = re.compile(r"[^0-9A-Za-z()（） \-./・:]")
_KANJI_PREFIX = re.compile(r"(?![記番枝号第])[一-龥]{1,2}")


_LICENCE_SHAPE = re.compile(r"第?[0-9]{12}号?")


def _certificate_kind(value: str) -> str:
    """A 証番号 column: twelve digits are a driver's licence (運転免許証, 運転経歴証明書 carry
    its number); anything else a health-insurance card's number."""
    return "DRIVER_LICENSE" if _LICENCE_SHAPE.fullmatch(value) else "INSURANCE_NUMBER"


def _short_number(kind: str) -> int:
    """Digits a header-typed cell needs: 記号・番号 may be 69・5; an account has 4 or more; a
    phone number without its area code 6 (内線2295, an office extension, is not personal)."""
    return {"INSURANCE_NUMBER": 2, "PHONE": 6}.get(kind, 4)


# A total row's cells (合計, 13件, 計 5名): a count, not a person or a place.
_TOTAL_CELL = re.compile(r"(?:合計|小計|総計|計|以下余白|[0-9,]+ ?(?:件|名|人|世帯))")


def _cell_finding(text: str, kind: str, s: int, e: int) -> Finding | None:
    s, e = _strip(text, s, e)
    if s >= e or not _HAS_CONTENT.search(text, s, e) or _TOTAL_CELL.fullmatch(text, s, e):
        return None
    if kind == "BIRTH_DATE":
        m = is_date(text[s:e], compact=True)
        return (kind, s + m.start(), s + m.end()) if m else None
    if kind == NOT_PERSONAL:
        return (kind, s, e)
    if kind == _DISTRICT:
        return None if _DIGIT.search(text, s, e) else (NOT_PERSONAL, s, e)
    if kind == _BANK_NAME:
        # kept like a header: a finding inside it is dropped, not only one of the same span
        return ("HEADER", s, e) if _BANK_CELL.fullmatch(text, s, e) else None
    if kind == _CERTIFICATE:
        kind = _certificate_kind(text[s:e])
    if kind == _INSURANCE_SYMBOL:
        return _number_cell(text, "INSURANCE_NUMBER", s, e, least=1)
    if kind in _NUMBER_TYPES:
        return _number_cell(text, kind, s, e)
    if kind == "EMAIL":
        m = _EMAIL_CELL.search(text, s, e)
        return (kind, m.start(), m.end()) if m else None
    if kind == "IP_ADDRESS":
        m = re.search(r"[0-9A-Fa-f:.]{7,}(?:/[0-9]{1,3})?", text[s:e])
        return (kind, s + m.start(), s + m.end()) if m else None
    if kind == "ADDRESS":
        if _is_column_label(text[s:e]) or _LABEL_CELL.fullmatch(text, s, e):
            # the label written again in each row (住所 | 長野県… | 住所を定めた日 …, a 附票's
            # history): a cell that is only the word 住所 is the row's label, not a place
            return None
        m = _POSTAL_PREFIX.match(text, s, e)
        if m and m.end() < e:
            return (kind, m.end(), e) if e - m.end() <= 80 else None
        if not re.search(r"[一-龥々ぁ-ゖァ-ヴA-Za-z]", text[s:e]):
            return None  # 1-2-3 alone in an address column is a building number column at best
    if kind == "POSTAL_CODE":
        m = _POSTAL_CELL.fullmatch(text, s, e)
        return (kind, m.start(1), m.end(1)) if m else None
    if kind == "PERSON" and not re.search(r"[^0-9\-.,:/ ()（）]", text[s:e]):
        return None  # a number in a name column is a row number or a code
    post = _POST_AFTER_NAME.search(text, s, e) if kind == "PERSON" else None
    if post and post.start() > s:
        e = post.start()  # | 今 主事 | in a 担当 column: the name, not the post
    desk = _DESK_BEFORE_NAME.match(text, s, e) if kind == "PERSON" else None
    if desk and desk.end() < e:
        s = desk.end()  # | 窓口 山本 | in a 対応者 column: the desk, then the name
    if kind == "PERSON" and (_is_column_label(text[s:e]) or text[s:e] in _NOT_A_NAME):
        # A list of column names (| A | 氏名 |, | B | 住所 |, | D | 金額 |, as in a description
        # of a sheet) is not a list of people: masking it hides the sheet from the model.
        return None
    return (kind, s, e) if e - s <= 80 else None


def cell_finding(text: str, kind: str, s: int, e: int) -> Finding | None:
    """The finding a cell text[s:e] holds once its column's type (``header_type``) is known."""
    return _cell_finding(text, kind, s, e)


# The desk or duty before the name in a name cell (窓口 山本, 受付 小林).
_DESK_BEFORE_NAME = re.compile(r"(?:窓口|受付|担当|相談員|係員?)[ :：]")
# A post after the name in a name cell (今 主事, 山田係長).
_POST_AFTER_NAME = re.compile(r"[ ]?(?:主事|主任|主査|主幹|係長|課長補佐|課長|部長|参事|技師|保健師)$")
# Values of a name column that are not names (a blank written out, a group, a placeholder).
_NOT_A_NAME = frozenset(
    ("なし", "無し", "不明", "未定", "未記入", "同上", "-", "―", "全員", "計", "合計")
)
_DIGIT = re.compile(r"[0-9]")
# 氏名：小谷 凪 — a label and its value in one cell (a key | value row's key ends at the colon)
# a label, its colon and a value; a reading's label and the reading (ふりがな やまだ たろう)
_LABEL_WITH_VALUE = re.compile(r"[:：] *[^ :：]|^(?:ふりがな|フリガナ) [ぁ-ゖァ-ヴー]{2,} [ぁ-ゖァ-ヴー]")


_FORMAT_NOTE = re.compile(r"[(（][0-9]{1,2}桁[)）]")


def _looks_like_header(cell: str) -> bool:
    """Header cells are short labels; a value such as 「〒163-0000 東京都…」 mentions 〒 but is data.

    One digit at the end is a numbered column (住所2, 電話番号1); a format in brackets is no
    value (口座番号(7桁), 郵便番号（ハイフンなし）)."""
    if len(cell) > 20 or _LABEL_WITH_VALUE.search(cell):
        return False
    if "(" in cell or "（" in cell:
        cell = _FORMAT_NOTE.sub("", cell)
    digits = _DIGIT.findall(cell)
    return not digits or (len(digits) == 1 and cell[-1].isdigit() and len(cell) > 1)


_COLUMN_LABELS = frozenset(
    (
        "氏名",
        "名前",
        "フリガナ",
        "ふりがな",
        "住所",
        "所在地",
        "電話",
        "電話番号",
        "携帯",
        "携帯番号",
        "メール",
        "メールアドレス",
        "生年月日",
        "年齢",
        "性別",
        "所属",
        "部署",
        "課",
        "係",
        "担当",
        "担当者",
        "区分",
        "種別",
        "分類",
        "種類",
        "地区",
        "地域",
        "金額",
        "単価",
        "数量",
        "件数",
        "合計",
        "小計",
        "日付",
        "日時",
        "年月日",
        "受付日",
        "期限",
        "状態",
        "状況",
        "内容",
        "備考",
        "連絡先",
        "緊急連絡先",
        "勤務先",
        "職業",
        "国籍",
        "在留資格",
        "続柄",
        "番号",
        "コード",
        "郵便番号",
        "No",
        "ID",
        "Name",
        "Address",
        "Phone",
        "Email",
        "Date",
        "Amount",
        "Total",
    )
)


def _is_column_label(value: str) -> bool:
    return value.strip() in _COLUMN_LABELS


# A numbered label cell ((1)住所, 2.住所, ①所在地): a row's label, never an address.
_LABEL_CELL = re.compile(
    r"(?:[(（]?[0-9①-⑳]{1,2}[)）.]?)?[ ]?(?:現住所|旧住所|新住所|住所|所在地|居所)[0-9]?"
)


# Any header word at all: one search rejects most cells before the per-type patterns.
_ANY_HEADER = re.compile("|".join(f"(?:{rx.pattern})" for _kind, rx in _HEADER_TYPES))


def header_type(cell: str) -> str | None:
    """The type a header cell announces for its column, or None."""
    if not cell or len(cell) > 20:
        return None  # (a value, never a header: see _looks_like_header)
    return _header_type(cell)


@lru_cache(maxsize=4096)
def _header_type(cell: str) -> str | None:
    # A pure function of the cell, asked again for the same labels and cells by every reader
    # (tables, records, shapes) of every prompt: cached.
    if not _looks_like_header(cell):
        return None
    cell = unicodedata.normalize("NFKC", cell)  # ｺｳｻﾞ: the voiced mark joins its kana
    kind = _header_kind(cell)
    if kind is None and _CAPITALS.search(cell):
        # PASSPORT, ADDRESS, E-MAIL: an English header in capitals reads as its word
        kind = _header_kind(_CAPITALS.sub(lambda m: m.group(0).capitalize(), cell))
    if kind == "INSURANCE_NUMBER" and "記号" in cell and "番号" not in cell:
        return _INSURANCE_SYMBOL  # 保険証記号: its cells may be one digit
    return kind


_CAPITALS = re.compile(r"[A-Z]{4,}")


def _header_kind(cell: str) -> str | None:
    if not _ANY_HEADER.search(cell):
        return None
    for kind, rx in _HEADER_TYPES:
        if rx.search(cell):
            return kind
    return None


def _is_header_word(cell: str) -> bool:
    if _PLAIN_HEADER.fullmatch(cell):
        return True
    return header_type(cell) is not None


@dataclass
class _Header:
    columns: dict[int, str]
    width: int
    sep: re.Pattern[str]
    starts: list[int]  # display column of each header cell (space-aligned tables)
    end: int = -1  # where the header line ends
    words: tuple[str, ...] = ()  # its cells, when every one is a label (a first header row)


def _aligned(text: str, line_start: int, cells: list[tuple[int, int]], header: _Header) -> dict:
    """Cell index -> header column for a space-aligned row with empty cells left out.

    The text is normalised (a full-width space is one column wide here, two on the page), so a
    row with full-width spaces in a name drifts left of its header: a cell that lands on the
    column of the cell before it belongs to the next column. A number column left empty whose
    value ended the cell before it after one space (あおば商工信用組合　1015181) takes it back."""
    out: dict[int, tuple[int, int]] = {}
    last = -1
    for s, e in _split_overflow(text, line_start, cells, header.starts[1:]):
        col = _width(text[line_start:s])
        best = 0
        for j, h in enumerate(header.starts):
            if h <= col + 1:
                best = j
        if best <= last:
            if last + 1 >= len(header.starts):
                out[last] = (out[last][0], e)  # more cells than columns: the last one runs on
                continue
            best = last + 1
        out[best] = (s, e)
        last = best
    for idx, kind in header.columns.items():
        if idx in out or idx - 1 not in out or kind not in _NUMBER_TYPES:
            continue
        s, e = out[idx - 1]
        m = _TRAILING_NUMBER.search(text, s, e)
        if m and m.start() > s and header.columns.get(idx - 1, NOT_PERSONAL) in PUBLIC_COLUMNS:
            out[idx - 1] = (s, m.start())
            out[idx] = (m.start() + 1, e)
    return out


# A number after one space at the end of a cell: the value of the next column, pushed into it.
_TRAILING_NUMBER = re.compile(r"(?<=[^ 0-9]) [0-9][0-9\-]{4,}[0-9]$")


def _split_overflow(
    text: str, line_start: int, cells: list[tuple[int, int]], starts: list[int]
) -> Iterator[tuple[int, int]]:
    """A value as wide as its column leaves one space before the next (レ・ヴァン・フン 3456-…):
    split a cell at a single space that falls where a header cell starts and before a number
    (a word after it may be the rest of a longer name: never leave part of a name behind)."""
    for s, e in cells:
        col = _width(text[line_start:s])
        piece = s
        for i in range(s, e):
            if text[i] == " " and i > piece and i + 1 < e and text[i + 1].isascii():
                nxt = col + 1
                if any(abs(nxt - h) <= 1 for h in starts if h > _width(text[line_start:piece])):
                    yield piece, i
                    piece = i + 1
            col += _width(text[i])
        yield piece, e


# A separator or two spaces; one character class first, so re skips to the candidates.
_TABLE_LINE = re.compile(r"[\t,|; ](?:(?<=[\t,|;])| )")


def find_in_tables(text: str) -> Iterator[Finding]:
    """Cells typed by their column's header or their key; ("HEADER", s, e) for each header
    cell that typed a column (the caller keeps those unmasked)."""
    yield from _find_in_rows(text)
    yield from find_stacked_cells(text)
    yield from find_spaced_rows(text)


# -- one space between cells --------------------------------------------------------------------
# A table that a PDF's text layer gives back with one space between cells (氏名 続柄 生年月日 …
# over 須田 剛也 長男 H24.1.8 同居): the header is a line of labels, two of them typed; a row has
# as many words, or one more where its one name column holds 姓 and 名. A row counts only when
# every typed cell fits its type and one of them is a value that proves it (a date, a number):
# prose under a line of labels is not read as a row.
_SPACED_WORDS = re.compile(r"[^ ]+")
_SPACED_MAX = 80  # characters in a header line
_SPACED_PROOF = frozenset(("BIRTH_DATE", *_NUMBER_TYPES, "POSTAL_CODE", "EMAIL"))


def find_spaced_rows(text: str) -> Iterator[Finding]:
    if "生年月日" not in text and "番号" not in text and "電話" not in text:
        return  # no header a PDF table of people would have: one scan for most prompts
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines) - 1:
        kinds = _spaced_header(lines[i])
        if kinds is None:
            i += 1
            continue
        rows: list[list[Finding]] = []
        j = i + 1
        while j < len(lines):
            row = _spaced_row(text, starts[j], lines[j], kinds)
            if row is None:
                break
            rows.append(row)
            j += 1
        if rows:
            for m, kind in zip(_SPACED_WORDS.finditer(lines[i]), kinds, strict=True):
                if kind is not None:
                    yield ("HEADER", starts[i] + m.start(), starts[i] + m.end())
            for row in rows:
                yield from row
        i = max(j, i + 1)


def _spaced_header(line: str) -> list[str | None] | None:
    if (
        len(line) > _SPACED_MAX
        or "  " in line
        or " " not in line
        or "\t" in line
        or "," in line
        or "|" in line
    ):
        return None
    words = line.strip(" ").split(" ")
    if not 3 <= len(words) <= 10 or not all(
        _looks_like_header(w) and not _COLON_WORD.search(w) for w in words
    ):
        return None
    kinds = [header_type(w) for w in words]
    if sum(k is not None for k in kinds) < 2 or not any(k in _SPACED_PROOF for k in kinds):
        return None
    return kinds


def _spaced_row(text: str, start: int, line: str, kinds: list[str | None]) -> list[Finding] | None:
    if "\t" in line or "  " in line:
        return None
    words = [(start + m.start(), start + m.end()) for m in _SPACED_WORDS.finditer(line)]
    if len(words) == len(kinds) + 1 and kinds.count("PERSON") == 1:
        p = kinds.index("PERSON")  # 姓 名: the name column holds two words
        words[p : p + 2] = [(words[p][0], words[p + 1][1])]
    if len(words) != len(kinds):
        return None
    out: list[Finding] = []
    proved = False
    for (s, e), kind in zip(words, kinds, strict=True):
        if kind is None or kind in PUBLIC_COLUMNS:
            continue
        f = _cell_finding(text, kind, s, e)
        if f is None:
            return None
        proved = proved or kind in _SPACED_PROOF
        out.append(f)
    return out if proved else None


def _find_in_rows(text: str) -> Iterator[Finding]:
    if not _SPLIT.search(text):
        return
    header: _Header | None = None
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if header is not None and _RULE_LINE.fullmatch(line):
            continue  # ------ under a header: the rows follow
        if not _TABLE_LINE.search(line):
            header = None
            continue
        if header is not None and (
            _DIGIT.search(line) or not _is_header_row(text, _cells(line, start, _separator(line)))
        ):
            cells = _cells(line, start, header.sep)
            # Extra cells only come from separators inside a later cell (JPY 129,700).
            if len(cells) >= header.width:
                by_col = dict(enumerate(cells))
            elif header.sep is _SPACES and len(cells) >= 2:
                by_col = _aligned(text, start, cells, header)
            else:
                by_col = None
            if by_col is not None:
                row, misfit = [], False
                for idx, kind in header.columns.items():
                    if idx in by_col:
                        f = _cell_finding(text, kind, *by_col[idx])
                        if f:
                            row.append(f)
                        else:
                            misfit = misfit or bool(text[slice(*by_col[idx])].strip())
                pairs = _label_value_pairs(text, cells) if misfit else None
                if pairs is not None:
                    # a cell that does not fit its column: the row is labels and their values
                    # (生年月日 | 1984/02/12 | 電話番号 | 090-…), as a form copied from a sheet
                    yield from pairs
                    header = None
                    continue
                yield from row
                continue
        sep = _separator(line)
        cells = _cells(line, start, sep)
        if len(cells) < 2:
            header = None
            continue
        labelled = _labelled_cells(text, cells) if sep is _SPACES else None
        if labelled is not None:
            yield from labelled
            header = None
            continue
        columns: dict[int, str] = {}
        for idx, (s, e) in enumerate(cells):
            column_kind = header_type(text[slice(*_strip(text, s, e))])  # "姓","名": unquoted
            if column_kind:
                columns[idx] = column_kind
        if header is not None and header.words and header.end + 1 == start:
            columns.update(_second_row(text, cells, columns, header))
        if _SYMBOL_HINT.search(line):
            columns.update(_symbol_pair(text, start, cells, columns))
        content = [i for i, (s, e) in enumerate(cells) if text[s:e].strip()]
        if (
            columns
            and len(content) == 2
            and content[0] in columns
            and not _is_header_word(text[slice(*cells[content[1]])].strip())
        ):
            # A key | value row (| 申請者氏名 | 山田太郎 |): the value is personal, the rows
            # below hold other keys, not more names.
            f = _cell_finding(text, columns[content[0]], *cells[content[1]])
            if f:
                yield f
            header = None
        elif (
            len(content) >= 2
            and columns
            and (sep is not _SPACES or _mostly_headers(text, cells))
            and not _holds_values(text, cells, columns)
        ):
            starts = [_width(text[start:s]) for s, _e in cells]
            words = tuple(text[slice(*_strip(text, s, e))] for s, e in cells)
            labels = all(_looks_like_header(w) for w in words)
            header = _Header(columns, len(cells), sep, starts, pos - 1, words if labels else ())
            for idx in columns:
                yield ("HEADER", *_strip(text, *cells[idx]))
        else:
            header = None


def _second_row(
    text: str, cells: list[tuple[int, int]], columns: dict[int, str], above: _Header
) -> dict[int, str]:
    """A header of two rows (a merged cell 被保険者 over 番号 | 氏名 | …): a column the lower
    row leaves untyped is typed by the two words read together (被保険者番号)."""
    out: dict[int, str] = {}
    for idx, (s, e) in enumerate(cells):
        if idx in columns or idx >= len(above.words) or not above.words[idx]:
            continue
        lower = text[slice(*_strip(text, s, e))]
        if lower and _PLAIN_HEADER.fullmatch(lower):
            kind = header_type(above.words[idx] + lower)
            if kind is not None:
                out[idx] = kind
    return out


# 記号 and 番号 as two header cells (in either order, in kana too): the two parts of one number.
_SYMBOL_HEADER = re.compile(r"記号|キゴウ")
_SERIAL_HEADER = re.compile(r"番号|バンゴウ")
_BOTH_HEADER = re.compile(r"(?:記号|キゴウ)[・/ ]?(?:番号|バンゴウ)")
# What the pair is the number of: a ゆうちょ account where the sheet's title or header speaks of
# an account or a transfer, or its cells have the account's shape (記号 1xxx0, 番号 6-8
# digits); a health or care insurance card otherwise.
_ACCOUNT_CONTEXT = re.compile(r"ゆうちょ|ユウチョ|口座|コウザ|振込|振替|貯金|銀行|金融機関")
_INSURANCE_CONTEXT = re.compile(r"保険|国保|社保|健診|ホケン")
# (records.py types a key's value as a header types a cell, with the same words)
ACCOUNT_CONTEXT, INSURANCE_CONTEXT = _ACCOUNT_CONTEXT, _INSURANCE_CONTEXT
_DOCUMENT_CONTEXT = re.compile(r"文書|公文|起案|収受|発簡|発番|件名")
_SYMBOL_HINT = re.compile("記号|キゴウ|キコ\u3099ウ")  # (half-width ｷｺﾞｳ normalised)
_YUCHO_SYMBOL = re.compile(r"1[0-9]{3}0")
_YUCHO_SERIAL = re.compile(r"[0-9]{6,8}")
_CONTEXT_ABOVE = 160  # characters above the header: the sheet's title
_TITLE_LINES = 2


def _symbol_pair(
    text: str, start: int, cells: list[tuple[int, int]], columns: dict[int, str]
) -> dict[int, str]:
    """Header cells 記号 and 番号 beside personal data or under a title that names an account
    or an insurance: the columns' types."""
    words = [unicodedata.normalize("NFKC", text[slice(*_strip(text, s, e))]) for s, e in cells]
    lines = text[max(0, start - _CONTEXT_ABOVE) : start].split("\n")[-_TITLE_LINES - 1 :]
    # the title and the untyped header words (a sheet with a ｺｳｻﾞ column of its own holds a
    # card's 記号・番号 beside it, not a second account)
    context = unicodedata.normalize(
        "NFKC", "".join(lines) + "".join(w for i, w in enumerate(words) if i not in columns)
    )
    if "BANK_ACCOUNT" in columns.values():
        context = ""
    both = [i for i, w in enumerate(words) if _BOTH_HEADER.fullmatch(w)]
    if len(both) == 1 and _ACCOUNT_CONTEXT.search(context):
        return {both[0]: "BANK_ACCOUNT"}  # 記号番号 12340-12345671 in a ゆうちょ sheet
    symbols = [i for i, w in enumerate(words) if _SYMBOL_HEADER.fullmatch(w)]
    serials = [i for i, w in enumerate(words) if _SERIAL_HEADER.fullmatch(w)]
    if len(symbols) != 1 or len(serials) != 1:
        return {}
    sym, ser = symbols[0], serials[0]
    yucho = _yucho_rows(text, start, len(cells), sym, ser)
    if _DOCUMENT_CONTEXT.search(context):
        return {}  # 記号 | 番号 | 件名: a register of official documents (若総第 123 号)
    if _ACCOUNT_CONTEXT.search(context):
        return {sym: "BANK_ACCOUNT", ser: "BANK_ACCOUNT"}
    if _INSURANCE_CONTEXT.search(context):
        return {sym: _INSURANCE_SYMBOL, ser: "INSURANCE_NUMBER"}
    if yucho:
        return {sym: "BANK_ACCOUNT", ser: "BANK_ACCOUNT"}
    if any(k not in PUBLIC_COLUMNS for k in columns.values()):
        return {sym: _INSURANCE_SYMBOL, ser: "INSURANCE_NUMBER"}
    return {}  # 記号 | 番号 | 品名: a catalogue's codes, beside no one's data


def _yucho_rows(text: str, start: int, width: int, sym: int, ser: int) -> bool:
    """The first row of values whose 記号 is filled (a transfer sheet's bank rows leave it empty)
    holds a ゆうちょ account's 記号 (1xxx0) and 番号 (6-8 digits)."""
    for row in text[start:].split("\n", _YUCHO_ROWS + 1)[1 : _YUCHO_ROWS + 1]:
        if _RULE_LINE.fullmatch(row):
            continue  # (a Markdown rule under the header)
        values = [_strip(row, s, e) for s, e in _cells(row, 0, _separator(row))]
        if len(values) != width:
            return False
        if values[sym][0] < values[sym][1]:
            return bool(
                _YUCHO_SYMBOL.fullmatch(row, *values[sym])
                and _YUCHO_SERIAL.fullmatch(row, *values[ser])
            )
    return False


_YUCHO_ROWS = 12


def _labelled_cells(text: str, cells: list[tuple[int, int]]) -> list[Finding] | None:
    """A form line spaced into cells, each a label and its value after one space (請求者氏名
    須田 竜太   生年月日 昭和56年3月25日 性別 男): each value typed by its own label, when
    two cells are labelled so and one value proves it (a date, a number); else None."""
    out: list[Finding] = []
    labelled = 0
    proved = False
    for s, e in cells:
        s, e = _strip(text, s, e)
        space = text.find(" ", s, e)
        if space < 0:
            continue
        kind = header_type(text[s:space])
        if kind is None or kind in PUBLIC_COLUMNS or _is_header_word(text[space + 1 : e]):
            continue
        labelled += 1
        f = _cell_finding(text, kind, space + 1, e)
        if f is None:
            return None
        proved = proved or kind in _SPACED_PROOF
        out.extend((f, ("HEADER", s, space)))  # the label is no one's name
    return out if labelled >= 2 and proved else None


def _label_value_pairs(text: str, cells: list[tuple[int, int]]) -> list[Finding] | None:
    """Each label's value in a row of label | value | label | value, when one of the values is
    verified by its shape (a date, a number, an e-mail); else None."""
    words = [(s, e) for s, e in (_strip(text, s, e) for s, e in cells) if s < e]
    out: list[Finding] = []
    verified = False
    for (ls, le), (vs, ve) in pairwise(words):
        kind = header_type(text[ls:le])
        if kind is None or _is_header_word(text[vs:ve]):
            continue
        f = _cell_finding(text, kind, vs, ve)
        if f is None:
            return None
        out.append(f)
        verified = verified or kind not in ("PERSON", "ADDRESS", *PUBLIC_COLUMNS)
    return out if verified else None


# A value no header holds: an e-mail, a long number, a date (in 年月日 too), a time, a phone or an IP.
_VALUE_CELL = re.compile(r"@|[0-9]{6}|[0-9]+[-./:][0-9]+[-./:][0-9]+|[0-9]{1,4}年[0-9]{1,2}月[0-9]{1,2}日")
# A rule under a header row (------, ====, ───).
_RULE_LINE = re.compile(r"[ \-=─━_+|:]{3,}")


def _holds_values(text: str, cells: list[tuple[int, int]], columns: dict[int, str]) -> bool:
    """A row with values beside a header-like word is data (…,y@example.jp,update_address,ok)."""
    return any(
        i not in columns
        and (_VALUE_CELL.search(text, s, e) or _BARE_NUMBER_CELL.fullmatch(text, s, e))
        for i, (s, e) in enumerate(cells)
    )


# A cell that is a number alone (a house number: 前住所 Rua Augusta, 469, apto 14, …).
_BARE_NUMBER_CELL = re.compile(r"[ \t]*[0-9]{1,5}[ \t]*")


# -- one cell a line ----------------------------------------------------------------------------
# A Word table pasted as text puts each cell on a line of its own: the labels of a row (続柄,
# 氏名, 生年月日), then its values in the same order; or a label and its value below it.
_STACK_TYPES = _NUMBER_TYPES - {"PHONE"} | {"BIRTH_DATE", _CERTIFICATE, _INSURANCE_SYMBOL}
_STACK_CELL_MAX = 60
_PART_LABEL = re.compile(r"記号|番号|枝番")


def _stack_label(cell: str) -> str | None:
    """The type a line that is only a label announces ("" for an untyped label), else None."""
    if len(cell) > 20 or _TWO_DIGITS.search(cell) or _TABLE_TITLE.match(cell):
        return None  # a label has at most one digit (住所2); 別表 転入届出者 is the table's title
    kind = header_type(cell)
    if kind is not None:
        return kind
    return "" if _PLAIN_HEADER.fullmatch(cell) or _is_column_label(cell) else None


# A line that is only a number or a date (4574102, 記号 12 番号 5508172, 昭和53年1月26日, C01X00T47);
# literal "\n" first, so re skips from line to line.
_VALUE_LINE = re.compile(
    r"\n[ \t]*(?=[0-9A-Z明大昭平令記第一二三四五六七八九])"
    r"[0-9A-Za-z年月日元明治大正昭和平成令〇一二三四五六七八九十記号番枝第 ./\-:()・]{1,40}[ \t]*(?=\n|$)"
)
_TABLE_TITLE = re.compile(r"(?:別表|別紙|表|様式|資料)[0-9一二三四五六七八九十]*[ 　:：]")
_STACK_BACK = 12  # lines looked at above a value: a row of labels and the values before it
_TWO_DIGITS = re.compile(r"[0-9][^0-9]*[0-9]")


def find_stacked_cells(text: str) -> Iterator[Finding]:
    """A value line typed by the label in its place in the run of label lines above it."""
    labels: dict[int, str | None] = {}  # line start -> _stack_label, each line judged once
    for m in _VALUE_LINE.finditer(text):
        start, end = m.start() + 1, m.end()
        lines = _lines_above(text, m.start(), _STACK_BACK)
        if not lines:
            continue
        kind = _stacked_kind(lines[::-1], labels)
        if kind not in _STACK_TYPES and _KIND_AT_END.search(lines[0][1]):
            kind = "BANK_ACCOUNT"  # 千葉銀行 若葉台支店 普通, the number alone on the next line
        if kind not in _STACK_TYPES:
            kind = _stacked_part(lines) or kind
        if kind not in _STACK_TYPES:
            above = _lines_above(text, m.start(), _STRIDE_BACK)
            kind = _strided_kind(text, start, end, above, labels)
        if kind in _STACK_TYPES:
            yield from _stacked_value(text, kind, start, end)


def _stacked_part(lines: list[tuple[int, str]]) -> str | None:
    """記号 / 12 / 番号 / 345678 one cell a line, under an insurance card's or an account's name:
    the value under 記号, and the one under 番号 two lines after it."""
    words = [unicodedata.normalize("NFKC", c) for _s, c in lines[:_STACK_BACK]]
    if not (
        _SYMBOL_HEADER.fullmatch(words[0])
        or (_SERIAL_HEADER.fullmatch(words[0]) and len(words) > 2 and _SYMBOL_HEADER.fullmatch(words[2]))
    ):
        return None
    context = "".join(words)
    if _ACCOUNT_CONTEXT.search(context):
        return "BANK_ACCOUNT"
    if _INSURANCE_CONTEXT.search(context):
        return _INSURANCE_SYMBOL if _SYMBOL_HEADER.fullmatch(words[0]) else "INSURANCE_NUMBER"
    return None


_KIND_AT_END = re.compile(r"(?:普通|当座|貯蓄|総合)(?:預金)?$")


def _lines_above(text: str, e: int, most: int) -> list[tuple[int, str]]:
    """(start, cell) of the lines above ``e``, nearest first, up to a blank or a table line."""
    lines: list[tuple[int, str]] = []
    while len(lines) < most and e > 0:
        s = text.rfind("\n", 0, e) + 1
        cell = text[s:e].strip()
        if not cell or len(cell) > _STACK_CELL_MAX or _TABLE_LINE.search(cell):
            break
        lines.append((s, cell))
        e = s - 1
    return lines


# Rows of a Word table one cell a line, when a value is also a label word (世帯主 under 続柄) or
# a label is no known word (取得事由): the row length k is the one at which the label's column
# holds a value of its type in every row down to this one (氏名|生年月日 … each k lines a date).
_STRIDE_BACK = 40
_WORD_LINE = re.compile(r"[一-龥々ぁ-ゖァ-ヴー・]{1,10}")
_STRIDE_MAX = 8  # cells in a row


def _strided_kind(
    text: str, start: int, end: int, above: list[tuple[int, str]], labels: dict[int, str | None]
) -> str | None:
    for s, cell in above:
        if s not in labels:
            labels[s] = _stack_label(cell)
    labelish = [labels[s] is not None or bool(_WORD_LINE.fullmatch(c)) for s, c in above]
    for j, (s, _cell) in enumerate(above):  # j + 1 lines above the value
        kind = labels[s]
        if kind not in _STACK_TYPES:
            continue
        high = j  # the labels around this one: the header row is no longer than they are
        while high + 1 < len(above) and labelish[high + 1]:
            high += 1
        low = j
        while low > 0 and labelish[low - 1]:
            low -= 1
        if sum(labels[above[i][0]] is not None for i in range(low, high + 1)) < 2:
            continue  # one label and a note under it (口座番号 / 記入不要) is no row of labels
        # a row holds at least this label and the labels before it (氏名|住所|電話番号|個人番号:
        # the phone of the first row is three lines under 個人番号, but the row is four long)
        least = sum(labels[above[i][0]] is not None for i in range(j, high + 1))
        first_label = unicodedata.normalize("NFKC", above[high][1])
        numbered = (
            low > 0
            and _ROW_NUMBER.fullmatch(above[low - 1][1]) is not None
            and _ROW_NUMBER_LABEL.fullmatch(first_label) is not None
        )
        for k in range(max(2, least), min(high - low + 1, _STRIDE_MAX) + 1):
            if j < k and numbered and low != high - j:
                # in the first row, nothing to check it by; but a row that starts with its number
                # under a row-number label ends the labels: the value's place after that number
                # is the label's place among them (番号|氏名|年齢|被保険者番号 over 1|水谷|87: 87
                # is the third cell, not the fourth)
                continue
            if (j + 1) % k or not all(
                _cell_finding(text, kind, above[i][0], text.find("\n", above[i][0]))
                for i in range(j - k, -1, -k)
            ):
                continue
            return kind if _cell_finding(text, kind, start, end) else None
    return None


_ROW_NUMBER = re.compile(r"[0-9]{1,3}")
_ROW_NUMBER_LABEL = re.compile(r"番号|No\.?|NO\.?|#|連番|順番?")


def _stacked_kind(above: list[tuple[int, str]], labels: dict[int, str | None]) -> str | None:
    """The label for the value after ``above``: the run of labels, then values in order."""
    run: list[str] = []
    first = ""  # the run's first label
    given: list[str] = []  # the values given to the run so far
    for start, cell in above:
        if start not in labels:
            labels[start] = _stack_label(cell)
        kind = labels[start]
        if kind is not None:
            if given:
                run, given = [], []
            if not run:
                first = cell
            run.append(kind)
        elif run:
            given.append(cell)
    if not run or (len(run) == 1 and given):
        return None  # one label, one value: the lines after it are something else
    if _ROW_NUMBER_LABEL.fullmatch(unicodedata.normalize("NFKC", first)):
        # a run opened by the row number's label (番号, No.): the first row starts at its number,
        # so the lines before that are labels no word list knows (主治医), not values
        at = next((i for i, c in enumerate(given) if _ROW_NUMBER.fullmatch(c)), 0)
        run, given = run + [""] * at, given[at:]
    return run[len(given) % len(run)]


def _stacked_value(text: str, kind: str, s: int, e: int) -> Iterator[Finding]:
    """記号 12 番号 5508172 under its label: each number on its own, not the words between."""
    parts = []
    for m in _PART_LABEL.finditer(text, s, e):
        parts.append((s, m.start()))
        s = m.end()
    parts.append((s, e))
    for ps, pe in parts:
        if not _DIGIT.search(text, ps, pe) and kind != "BIRTH_DATE":
            continue  # (a date may be in kanji numerals: 昭和三十年六月四日)
        f = _cell_finding(text, kind, ps, pe) if len(parts) == 1 else _part(text, kind, ps, pe)
        if f:
            yield f


def _part(text: str, kind: str, s: int, e: int) -> Finding | None:
    m = _NUMBER_SPAN.search(text, s, e)
    return (kind, m.start(), m.end()) if m else None


def _is_header_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """A second header below a title or a first header: two or more labels, all label-like."""
    words = [text[s:e].strip() for s, e in cells if text[s:e].strip()]
    if len(words) < 2:
        return False
    typed = sum(header_type(w) is not None for w in words)
    if typed < 2 or not all(_looks_like_header(w) for w in words):
        return False
    # 続柄 | 氏名 | 生年月日 | 記号 | 番号 | 備考: two typed words, the rest plain labels
    labels = sum(_is_label(w) for w in words)
    return typed * 2 >= len(words) or labels * 4 >= len(words) * 3


def _is_label(word: str) -> bool:
    return _is_header_word(word) or _is_column_label(word) or bool(_SYMBOL_HEADER.fullmatch(word))


def _mostly_headers(text: str, cells: list[tuple[int, int]]) -> bool:
    """A space-aligned header row is all labels (prose with two spaces in it is not)."""
    words = [text[s:e].strip() for s, e in cells if text[s:e].strip()]
    return all(_looks_like_header(w) and not _COLON_WORD.search(w) for w in words)


# -- column consensus --------------------------------------------------------------------------
# A column is typed by its cells when at least this share of its filled cells (and at least
# _CONSENSUS_MIN of them) were found as one type.
_CONSENSUS_SHARE = 0.6
_CONSENSUS_MIN = 3
_CONSENSUS_TYPES = frozenset(
    (
        "PERSON",
        "ADDRESS",
        "PHONE",
        "EMAIL",
        "POSTAL_CODE",
        "BIRTH_DATE",
        "MY_NUMBER",
        "BANK_ACCOUNT",
        "PENSION_NUMBER",
        "INSURANCE_NUMBER",
        "DRIVER_LICENSE",
        "CREDIT_CARD",
        "PASSPORT",
        "IP_ADDRESS",
    )
)


def _blocks(text: str) -> Iterator[list[list[tuple[int, int]]]]:
    """Runs of at least three consecutive lines that split into the same number of cells."""
    rows: list[list[tuple[int, int]]] = []
    sep = None
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        cells = None
        if not _TABLE_LINE.search(line):  # most prose lines: no separator at all
            if len(rows) >= _CONSENSUS_MIN:
                yield rows
            rows, sep = [], None
            continue
        if line.strip():
            s = sep if sep is not None else _separator(line)
            cells = _cells(line, start, s)
            if len(cells) < 2 or (rows and len(cells) != len(rows[0])):
                if len(rows) >= _CONSENSUS_MIN:
                    yield rows
                rows, sep = [], None
                s = _separator(line)
                cells = _cells(line, start, s)
                if len(cells) < 2:
                    continue
            sep = s
            rows.append(cells)
            continue
        if len(rows) >= _CONSENSUS_MIN:
            yield rows
        rows, sep = [], None
    if len(rows) >= _CONSENSUS_MIN:
        yield rows


def column_consensus(text: str, found: Iterable[Finding]) -> list[Finding]:
    """Cells of a column most of whose cells were found as one type, found as that type too."""
    if not _SPLIT.search(text):
        return []
    spans = sorted((s, e, t) for t, s, e in found if t in _CONSENSUS_TYPES)
    banks = _BANK_WORD.search(text) is not None or _CODED_ROW.search(text) is not None
    care = "要介護" in text or "要支援" in text
    pension = "年金" in text
    if not spans and not banks and not care and not pension:
        return []
    out: list[Finding] = []
    if banks:
        out.extend(_transfer_rows(text))
    for rows in _blocks(text):
        if banks:
            out.extend(_account_columns(text, rows))
        if care:
            out.extend(_care_insurance_column(text, rows))
        if pension:
            out.extend(_pension_column(text, rows, spans))
        if not spans:
            continue
        titles_end = _titles_end(text, rows)  # a title and the header row above the data
        dated: list[list[tuple[int, int]]] = []  # columns of past dates, typed below
        recent: list[tuple[int, list[tuple[int, int]]]] = []  # dates over several recent years
        given: set[int] = set()  # columns typed by _given_names_column
        kana: list[list[tuple[int, int]]] = []  # columns of kana names, typed below
        people = False
        personal = False
        for col in range(len(rows[0])):
            cells = _filled_cells(text, rows, col)
            if len(cells) < _CONSENSUS_MIN:
                continue
            votes, typed = _votes(text, cells, spans)
            if not votes["PERSON"] and all(
                _KANA_NAME_SHAPE.fullmatch(text, s, e) for s, e in cells
            ):
                kana.append(cells)  # typed below if the block holds other personal data
                continue
            past = sum(_past_date(text[s:e]) for s, e in cells)
            if past >= _CONSENSUS_SHARE * len(cells) and votes.get("BIRTH_DATE", 0) < past:
                dated.append(cells)  # typed below if the block lists people
                continue
            if _dates_of_many_years(text, cells):
                recent.append((col, cells))  # children's birth dates, beside their names
                continue
            kind = (
                _consensus(votes, len(cells))
                or _shape_consensus(text, cells, votes)
                or _passport_column(text, cells, votes)
            )
            if kind is None and _given_names_column(text, cells, votes):
                kind = "PERSON"
                given.add(col)
            if kind is None:
                continue
            people = people or kind == "PERSON"
            personal = True
            head = _strip(text, *rows[0][col])
            whole = kind in ("PERSON", "ADDRESS")  # the whole cell, not only the part found
            for s, e in cells:
                if (
                    ((s, e) in typed and not whole)
                    or s < titles_end
                    or ((s, e) == head and _is_header_word(text[s:e]))
                ):
                    continue
                f = _cell_finding(text, kind, s, e)
                if f:
                    out.append(f)
        if personal:
            # Every cell of a column two or three kana words, beside a column of names, phones
            # or pension numbers: the people's names (or their readings) in a headerless export.
            people = people or bool(kana)
            out.extend(("PERSON", s, e) for cells in kana for s, e in cells)
        if people:
            # A list of people with a column of dates long past: their dates of birth; with no
            # such column, one whose dates spread over years (a list of children's benefits).
            out.extend(
                f
                for cells in (dated or [c for col, c in recent if col - 1 in given])
                for f in (_cell_finding(text, "BIRTH_DATE", s, e) for s, e in cells)
                if f
            )
    return out


# A headerless transfer list (口座振替): a column of banks, beside it branches and an account kind
# (普通/当座, or its code 1/2), and a column of 7-digit numbers — the accounts.
_BANK_CELL = re.compile(
    r".{1,12}(?:銀行|信用金庫|信金|信用組合|労働金庫|労金|農業協同組合|農協|漁業協同組合|漁協)|"
    r"(?:JA|ゆうちょ).{0,12}"
)
_BANK_WORD = re.compile(r"銀行|信用金庫|信金|信用組合|労働金庫|労金|農業協同組合|農協|漁協|JA|ゆうちょ")
_BRANCH_CELL = re.compile(r".{0,12}(?:支店|本店|営業部|出張所|支所|店)")
_KIND_CELL = re.compile(r"(?:普通|当座|貯蓄|総合)(?:預金)?|[1-4]")
_ACCOUNT_CELL = re.compile(r"[0-9]{7,8}")


def _account_columns(text: str, rows: list[list[tuple[int, int]]]) -> list[Finding]:
    columns = [_filled_cells(text, rows, col) for col in range(len(rows[0]))]

    def share(cells: list[tuple[int, int]], rx: re.Pattern[str]) -> bool:
        hits = sum(bool(rx.fullmatch(text, s, e)) for s, e in cells)
        return len(cells) >= _CONSENSUS_MIN and hits >= _CONSENSUS_SHARE * len(rows)

    banks = [i for i, cells in enumerate(columns) if share(cells, _BANK_CELL)]
    if not banks:
        return _coded_account_columns(text, columns)
    beside = [
        i
        for i, cells in enumerate(columns)
        if i not in banks and (share(cells, _BRANCH_CELL) or share(cells, _KIND_CELL))
    ]
    out: list[Finding] = []
    if not beside:
        # no branch or kind column: only the column right after the banks' (…,"みなと野信用金庫",
        # "2896688") is their accounts
        for i in banks:
            if i + 1 < len(columns):
                cells = columns[i + 1]
                if share(cells, _ACCOUNT_CELL) and all(
                    _ACCOUNT_CELL.fullmatch(text, s, e) for s, e in cells
                ):
                    out.extend(("BANK_ACCOUNT", s, e) for s, e in cells)
        return out
    for i, cells in enumerate(columns):
        # (an account follows its bank: a column of 8-digit numbers before it is the record's
        # key, お客様番号 or 納付者番号)
        if i > banks[0] and share(cells, _ACCOUNT_CELL) and all(
            _ACCOUNT_CELL.fullmatch(text, s, e) for s, e in cells
        ):
            out.extend(("BANK_ACCOUNT", s, e) for s, e in cells)
    return out


# A row of a headerless transfer list read on its own, where rows differ in length (a ゆうちょ
# row has its 記号 and 番号 where a bank's row has a kind code and the account): after a bank
# cell, a branch code and a branch name (either, both or an empty cell), the account kind and
# the account; or after ゆうちょ, the empty cells of a bank's branch, kind and account, then the
# 記号 (1xxx0) and the 番号.
_TRANSFER_MIN = 2  # rows of that layout in the text: a list, not a sentence with commas
_YUCHO_CELL = re.compile(r"ゆうちょ(?:銀行)?")


def _transfer_rows(text: str) -> list[Finding]:
    out: list[Finding] = []
    rows = 0
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if ("," not in line and "\t" not in line) or not _BANK_WORD.search(line):
            continue
        cells = [_strip(text, s, e) for s, e in _cells(line, start, _separator(line))]
        found = _transfer_row(text, cells)
        if found:
            rows += 1
            out.extend(found)
    return out if rows >= _TRANSFER_MIN else []


def _transfer_row(text: str, cells: list[tuple[int, int]]) -> list[Finding]:
    def fits(i: int, rx: re.Pattern[str]) -> bool:
        return i < len(cells) and bool(rx.fullmatch(text, *cells[i]))

    def empty(i: int) -> bool:
        return i < len(cells) and cells[i][0] == cells[i][1]

    for i in range(len(cells)):
        if not fits(i, _BANK_CELL):
            continue
        if fits(i, _YUCHO_CELL):
            j = i + 1
            while j < i + _YUCHO_GAP and empty(j):
                j += 1
            if fits(j, _YUCHO_SYMBOL) and fits(j + 1, _YUCHO_SERIAL):
                return [("BANK_ACCOUNT", *cells[j]), ("BANK_ACCOUNT", *cells[j + 1])]
            continue
        j = i + 1
        if fits(j, _BRANCH_CODE):
            j += 1
        if fits(j, _BRANCH_CELL) or empty(j):
            j += 1
        if fits(j, _KIND_CELL) and fits(j + 1, _TRANSFER_ACCOUNT):
            return [("BANK_ACCOUNT", *cells[j + 1])]
    return []


_TRANSFER_ACCOUNT = re.compile(r"[0-9]{6,8}")
_BRANCH_CODE = re.compile(r"[0-9]{3}")
_YUCHO_GAP = 6  # empty cells after ゆうちょ: a bank row's branch code, branch, kind and account


# The bank transfer layout in codes (全銀 format): bank code (4 digits), branch code (3), account
# kind (1 普通, 2 当座, …), account number (7), often the holder's name in kana after it; a bank
# or a branch may be written as its name instead of its code.
_CODED_ROW = re.compile(r'[,\t] ?"?[1-4]"?[,\t] ?"?[0-9]{6,8}(?![0-9])')
_CODED_LAYOUT = (
    re.compile(r"[0-9]{4}|" + _BANK_CELL.pattern),
    re.compile(r"[0-9]{3}|" + _BRANCH_CELL.pattern),
    _KIND_CELL,
    re.compile(r"[0-9]{6,8}"),
)
_HOLDER_CELL = re.compile(r"[ァ-ヴー][ァ-ヴー\u3099\u309a ()()・.]{1,39}")


def _coded_account_columns(text: str, columns: list[list[tuple[int, int]]]) -> list[Finding]:
    def every(cells: list[tuple[int, int]], rx: re.Pattern[str]) -> bool:
        return len(cells) >= _CONSENSUS_MIN and all(rx.fullmatch(text, s, e) for s, e in cells)

    out: list[Finding] = []
    for i in range(len(columns) - 3):
        if all(every(columns[i + k], rx) for k, rx in enumerate(_CODED_LAYOUT)):
            out.extend(("BANK_ACCOUNT", s, e) for s, e in columns[i + 3])
            if i + 4 < len(columns) and every(columns[i + 4], _HOLDER_CELL):
                out.extend(("PERSON", s, e) for s, e in columns[i + 4])  # 口座名義
    return out


# A headerless long-term-care list: beside a column of care levels (要介護3, 要支援1), the one
# column of ten-digit numbers is the 介護保険 被保険者番号 (two such columns: which is which is
# not known, and neither is typed).
_CARE_LEVEL_CELL = re.compile(r"要介護[1-5]|要支援[12]|非該当|事業対象者")
_CARE_NUMBER_CELL = re.compile(r"[0-9]{10}")


def _care_insurance_column(text: str, rows: list[list[tuple[int, int]]]) -> list[Finding]:
    columns = [_filled_cells(text, rows, col) for col in range(len(rows[0]))]
    need = max(_CONSENSUS_MIN, _CONSENSUS_SHARE * len(rows))

    def count(cells: list[tuple[int, int]], rx: re.Pattern[str]) -> int:
        return sum(bool(rx.fullmatch(text, s, e)) for s, e in cells)

    if not any(count(cells, _CARE_LEVEL_CELL) >= need for cells in columns):
        return []
    numbers = [cells for cells in columns if count(cells, _CARE_NUMBER_CELL) >= need]
    if len(numbers) != 1:
        return []
    return [
        ("INSURANCE_NUMBER", s, e)
        for s, e in numbers[0]
        if _CARE_NUMBER_CELL.fullmatch(text, s, e)
    ]


# A headerless list under a title about pensions (障害基礎年金 受給者一覧): its one column of
# ten-digit numbers (1234567890, 1234-567890) is the 基礎年金番号.
_PENSION_CELL = re.compile(r"[0-9]{4}[- ]?[0-9]{6}")


def _pension_column(
    text: str, rows: list[list[tuple[int, int]]], spans: list[tuple[int, int, str]]
) -> list[Finding]:
    top = rows[0][0][0]
    title = text[max(0, top - _CONTEXT_ABOVE) : top].split("\n")[-_TITLE_LINES - 1 :]
    if not any("年金" in line for line in title):
        return []
    columns = [_filled_cells(text, rows, col) for col in range(len(rows[0]))]
    numbers = [
        cells
        for cells in columns
        if len(cells) >= _CONSENSUS_MIN and all(_PENSION_CELL.fullmatch(text, s, e) for s, e in cells)
    ]
    if len(numbers) != 1:
        return []
    votes, _typed = _votes(text, numbers[0], spans)
    if (votes.total() - votes["PENSION_NUMBER"]) * 2 >= len(numbers[0]):
        return []  # mostly read as phone numbers: a list of phones under a pension title
    return [("PENSION_NUMBER", s, e) for s, e in numbers[0]]


def _titles_end(text: str, rows: list[list[tuple[int, int]]]) -> int:
    """Where the header row among the first rows of a block ends (-1: none); the rows up to it
    (a sheet's title, the header) are no values."""
    end = -1
    for row in rows[:3]:
        if _is_titles(text, row):
            end = row[-1][1]  # a header of two rows (被保険者 over 番号): both are titles
        elif end >= 0:
            break
    return end


def _is_titles(text: str, row: list[tuple[int, int]]) -> bool:
    """A first row that names columns (申請者名, ﾌﾘｶﾞﾅ, …, 送付先): every cell of it is a title,
    the untyped ones too."""
    words = [text[s:e].strip(" \"'") for s, e in row]
    words = [w for w in words if w]
    return (
        any(header_type(w) for w in words)
        and all(_looks_like_header(w) for w in words)
        and not any(_VALUE_CELL.search(w) for w in words)
    )


def _filled_cells(text: str, rows: list[list[tuple[int, int]]], col: int) -> list[tuple[int, int]]:
    cells = []
    for row in rows:
        s, e = _strip(text, *row[col])
        if s < e and _HAS_CONTENT.search(text, s, e):
            cells.append((s, e))
    return cells


def _votes(
    text: str, cells: list[tuple[int, int]], spans: list[tuple[int, int, str]]
) -> tuple[Counter[str], set[tuple[int, int]]]:
    """Per type, the cells a finding of that type covers (half the cell or more); the cells
    covered by any. Cells shaped like 姓 名 vote for a column some of whose names were found."""
    votes: Counter[str] = Counter()
    typed: set[tuple[int, int]] = set()
    for s, e in cells:
        i = bisect.bisect_left(spans, (s, s, ""))
        kinds = set()
        while i < len(spans) and spans[i][0] < e:
            fs, fe, ft = spans[i]
            if fe <= e and (fe - fs) * 2 >= e - s:
                kinds.add(ft)
            i += 1
        votes.update(kinds)
        if kinds:
            typed.add((s, e))
    if votes["PERSON"]:
        votes["PERSON"] += sum(
            1 for s, e in cells if (s, e) not in typed and _NAME_SHAPE.fullmatch(text, s, e)
        )
    return votes, typed


_GIVEN_CELL = re.compile(r"[一-龥々]{1,3}")


def _given_names_column(text: str, cells: list[tuple[int, int]], votes: Counter[str]) -> bool:
    """A column of one-to-three-kanji words, nearly all different, some found as names (a
    child's given name beside the parent's: "洋次郎","想那","立樹"): the names column."""
    if not votes.get("PERSON") or len(cells) < _CONSENSUS_MIN:
        return False
    values = [text[s:e].strip('" ') for s, e in cells]
    return all(_GIVEN_CELL.fullmatch(v) for v in values) and len(set(values)) >= 0.8 * len(values)


def _dates_of_many_years(text: str, cells: list[tuple[int, int]]) -> bool:
    """A column of dates, every one in the past, over at least three different years: the
    dates people were born (children's too), not the day a list was made or a payment due."""
    if len(cells) < _CONSENSUS_MIN:
        return False
    years = set()
    for s, e in cells:
        m = is_date(text[s:e].strip('" '), compact=True)
        year = date_year(m.group(0)) if m else None
        if year is None or year > datetime.date.today().year:
            return False
        years.add(year)
    return len(years) >= 3


def _consensus(votes: Counter[str], filled: int) -> str | None:
    if not votes:
        return None
    kind, n = votes.most_common(1)[0]
    if n < _CONSENSUS_MIN or n < _CONSENSUS_SHARE * filled:
        return None
    return kind


# Numbers whose finders need a label or a written form: a column where some were found (the
# ones written 1234-567890) and every cell has the same count of digits is that type throughout.
_SHAPED_TYPES = frozenset(
    ("PENSION_NUMBER", "INSURANCE_NUMBER", "BANK_ACCOUNT", "MY_NUMBER", "DRIVER_LICENSE")
)
_NUMBER_ONLY = re.compile(r"[0-9][0-9 \-・]*[0-9]")
_SHAPE_MIN = 2
_SHAPE_SHARE = 0.25


def _shape_consensus(text: str, cells: list[tuple[int, int]], votes: Counter[str]) -> str | None:
    if not votes:
        return None
    kind, n = votes.most_common(1)[0]
    if (
        kind not in _SHAPED_TYPES
        or n < _SHAPE_MIN
        or n < _SHAPE_SHARE * len(cells)
        or n < 3 * (votes.total() - n)  # 0250 460487 read as a phone number too
    ):
        return None
    counts = set()
    for s, e in cells:
        if not _NUMBER_ONLY.fullmatch(text, s, e):
            return None
        counts.add(sum(c.isdigit() for c in text[s:e]))
    return kind if len(counts) == 1 else None


def _passport_column(text: str, cells: list[tuple[int, int]], votes: Counter[str]) -> str | None:
    """A column of letters and digits each shaped like some country's passport number (C1234567,
    TR2345678, B12345678), some of them found as one: the passport numbers of a headerless list."""
    n = votes["PASSPORT"]
    if not n or n < _SHAPE_SHARE * len(cells) or n < 3 * (votes.total() - n):
        return None
    ok = all(
        passport_shape(text[s:e]) and not text[s:e].isdigit() for s, e in cells
    )
    return "PASSPORT" if ok else None


# 姓 名 in kanji (a kana given name too), in katakana or in hiragana (a reading column), with a
# space between; a foreign resident's name may have a middle word (ファム ティ ラン).
_NAME_SHAPE = re.compile(
    r"[一-鿿々ヶ]{1,3} [一-鿿々ヶぁ-ゖ]{1,4}"
    r"|[ァ-ヴー][ァ-ヴー\u3099\u309a]{1,9}(?: [ァ-ヴー][ァ-ヴー\u3099\u309a]{0,9}){1,2}"
    r"|[ぁ-ゖー]{2,8} [ぁ-ゖー]{2,8}"
)
# Kana words alone, with a space between: in a column of its own beside personal data, a
# headerless export's name or reading column (アサクラ ケンジ, ファム ティ ラン, さくま ゆかり).
_KANA_NAME_SHAPE = re.compile(
    r"[ァ-ヴー][ァ-ヴー\u3099\u309a]{1,9}(?: [ァ-ヴー][ァ-ヴー\u3099\u309a]{0,9}){1,2}"
    r"|[ぁ-ゖー]{2,8} [ぁ-ゖー]{2,8}"
)
# A date at least this many years ago is no appointment or receipt date in a list of people.
_PAST_YEARS = 15


def _past_date(cell: str) -> bool:
    m = is_date(cell, compact=True)  # 19560314 in an export as well as 1956/03/14
    year = date_year(m.group(0)) if m else None
    return year is not None and year <= datetime.date.today().year - _PAST_YEARS
