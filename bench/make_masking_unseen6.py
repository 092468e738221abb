#!/usr/bin/env python3
# ruff: noqa: E501  (document templates are long Japanese lines; wrapping them would hurt reading)
"""Write the blind "unseen6" masking corpus: fictional municipal documents with labelled personal items.

Written by a reviewer who did not read the masker, so the documents are not shaped by what it does.
Every name, address and number is generated: names and place names are new random combinations from
the gimei synthetic source (MIT, ../shared/data/gimei-synthetic-source), plus foreign names and rare
surnames written here; house numbers, phones and identifiers are random.  A fixed seed makes the output
byte-for-byte reproducible:

    python bench/make_masking_unseen6.py            # writes tests/masking_unseen6/data/unseen6.jsonl
    python bench/make_masking_unseen6.py --check    # regenerates and fails if the file differs

Each line: {"id", "style", "text", "entities": [{"type", "start", "end", "text"}]} with character
offsets into "text" (end exclusive).  Labelling rules: tests/masking_unseen6/README.md.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests/masking_unseen6/data/unseen6.jsonl"
SEED = 20261207

# ---------------------------------------------------------------------------------------------------
# source data


def _gimei_dir() -> Path:
    for cand in (
        ROOT.parent / "shared/data/gimei-synthetic-source",
        Path("/work/shared/data/gimei-synthetic-source"),
    ):
        if cand.is_dir():
            return cand
    sys.exit("gimei-synthetic-source が見つかりません（../shared/data に置いてください）")


_ROW = re.compile(r"^\s*- \['([^']*)', '([^']*)', '([^']*)', '([^']*)'\]")
_KEY = re.compile(r"^\s*([a-z_]+):\s*$")


def _load(path: Path) -> dict[str, list[tuple[str, str, str, str]]]:
    out: dict[str, list[tuple[str, str, str, str]]] = {}
    key = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _KEY.match(line)
        if m:
            key = m.group(1)
            continue
        m = _ROW.match(line)
        if m:
            out.setdefault(key, []).append(m.groups())
    return out


G = _gimei_dir()
NAMES = _load(G / "names.yml")
ADDR = _load(G / "addresses.yml")
MALE, FEMALE, LAST = NAMES["male"], NAMES["female"], NAMES["last_name"]
PREFS, CITIES, TOWNS = ADDR["prefecture"], ADDR["city"], ADDR["town"]

# Cities are listed prefecture by prefecture; each block starts with its capital.
_CAPITALS = [
    "札幌市中央区", "青森市", "盛岡市", "仙台市青葉区", "秋田市", "山形市", "福島市", "水戸市", "宇都宮市",
    "前橋市", "さいたま市西区", "千葉市中央区", "千代田区", "横浜市鶴見区", "新潟市北区", "富山市", "金沢市",
    "福井市", "甲府市", "長野市", "岐阜市", "静岡市葵区", "名古屋市千種区", "津市", "大津市", "京都市北区",
    "大阪市都島区", "神戸市東灘区", "奈良市", "和歌山市", "鳥取市", "松江市", "岡山市北区", "広島市中区",
    "下関市", "徳島市", "高松市", "松山市", "高知市", "北九州市門司区", "佐賀市", "長崎市", "熊本市中央区",
    "大分市", "宮崎市", "鹿児島市", "那覇市",
]


def _city_prefs() -> list[str]:
    names = [c[0] for c in CITIES]
    starts = []
    for cap in _CAPITALS:
        starts.append(names.index(cap) if cap in names else None)
    pref_of: list[str] = []
    cur = PREFS[0][0]
    bounds = {s: PREFS[i][0] for i, s in enumerate(starts) if s is not None}
    for i in range(len(names)):
        cur = bounds.get(i, cur)
        pref_of.append(cur)
    return pref_of


CITY_PREF = _city_prefs()

R = random.Random(SEED)

# Rare surnames that read as ordinary words, numerals or calendar words (kanji, katakana, romaji).
RARE = [
    ("一", "ニノマエ", "Ninomae"), ("九十九", "ツクモ", "Tsukumo"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("八月一日", "ホズミ", "Hozumi"), ("五月女", "ソウトメ", "Sotome"), ("春夏冬", "アキナシ", "Akinashi"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("御手洗", "ミタライ", "Mitarai"), ("百目鬼", "ドウメキ", "Domeki"),
    ("東", "アズマ", "Azuma"), ("本", "モト", "Moto"), ("金", "コン", "Kon"), ("万", "ヨロズ", "Yorozu"),
    ("千", "セン", "Sen"), ("正月", "ショウガツ", "Shogatsu"), ("上", "カミ", "Kami"),
    ("日本", "ヒノモト", "Hinomoto"), ("七五三", "シメ", "Shime"), ("十", "ツナシ", "Tsunashi"),
    ("一二三", "ヒフミ", "Hifumi"), ("月見里", "ヤマナシ", "Yamanashi"), ("栗花落", "ツユリ", "Tsuyuri"),
    ("朔日", "ツイタチ", "Tsuitachi"), ("百", "モモ", "Momo"), ("鬼", "オニ", "Oni"), ("海", "ウミ", "Umi"),
    ("寺", "テラ", "Tera"), ("米", "ヨネ", "Yone"), ("石", "イシ", "Ishi"), ("中", "ナカ", "Naka"),
]

# Foreign residents: (katakana with ・, SURNAME, Given names, family-name-first in Japanese?)
FOREIGN = [
    ("グエン・ヴァン・ミン", "NGUYEN", "Van Minh"), ("グエン・ティ・ハー", "NGUYEN", "Thi Ha"),
    ("チャン・ティ・ラン", "TRAN", "Thi Lan"), ("ファム・ドゥック・アイン", "PHAM", "Duc Anh"),
    ("ブイ・タン・フン", "BUI", "Thanh Hung"), ("レ・ホアン・ナム", "LE", "Hoang Nam"),
    ("キム・ミンジュ", "KIM", "Minju"), ("パク・ソヨン", "PARK", "Soyeon"), ("イ・ジフン", "LEE", "Jihoon"),
    ("マリア・サントス", "SANTOS", "Maria Clara"), ("ラファエル・シルバ", "SILVA", "Rafael"),
    ("アナ・ペレイラ", "PEREIRA", "Ana Luiza"), ("カルロス・エルナンデス", "HERNANDEZ", "Carlos"),
    ("ジョセフ・メンドーサ", "MENDOZA", "Joseph"), ("マリセル・レイエス", "REYES", "Maricel"),
    ("タパ・スニタ", "THAPA", "Sunita"), ("グルン・ビカス", "GURUNG", "Bikash"),
    ("ラビ・パテル", "PATEL", "Ravi"), ("ヌルル・ハサン", "HASAN", "Nurul"),
    ("デウィ・ルスタンティ", "RUSTANTI", "Dewi"), ("アンナ・ミュラー", "MULLER", "Anna"),
    ("ジェームズ・オコナー", "O'CONNOR", "James"), ("エミリー・ブラウン", "BROWN", "Emily"),
    ("オルガ・イワノワ", "IVANOVA", "Olga"), ("アフマド・ラフマン", "RAHMAN", "Ahmad"),
]
CHINESE = [("王", "偉", "WANG", "Wei"), ("李", "娜", "LI", "Na"), ("張", "敏", "ZHANG", "Min"),
           ("劉", "洋", "LIU", "Yang"), ("陳", "静", "CHEN", "Jing"), ("趙", "磊", "ZHAO", "Lei")]

FOREIGN_ADDR = [
    ("45 Nguyen Trai Street, Ward 2, District 5, Ho Chi Minh City", "700000", "Viet Nam"),
    ("Rua Augusta 1500, Apto 72, Consolacao, Sao Paulo - SP", "01304-001", "Brazil"),
    ("221 Maple Avenue, Apt 3B, Portland, OR", "97205", "USA"),
    ("Flat 4, 17 Clarendon Road, Leeds", "LS2 9NH", "United Kingdom"),
    ("Calle de Alcala 120, 3 B, Madrid", "28009", "Spain"),
    ("Jl. Merdeka No. 45, Bandung", "40117", "Indonesia"),
    ("123 Mabini St., Barangay San Isidro, Quezon City", "1113", "Philippines"),
    ("Hauptstrasse 18, 2. OG, Freiburg im Breisgau", "79098", "Germany"),
    ("Unit 9, 88 Harbour Road, Wellington", "6011", "New Zealand"),
    ("12 Kingsway Crescent, Toronto, ON", "M8X 2S1", "Canada"),
]
FOREIGN_PHONE = ["+84 28 3823 4567", "+55 11 98765-4321", "+1 503-555-0147", "+44 113 496 0321",
                 "+34 915 23 45 67", "+62 22 4201 733", "+63 917 123 4567", "+49 761 2038 415",
                 "+64 4 472 9081", "+1 (416) 555-0192"]

BUILDINGS = ["サンハイツ", "コーポ若葉", "メゾン・ド・フルール", "グランメール北", "パークサイド桜", "シャトー白樺",
             "ハイム青葉", "第2みどり荘", "レジデンス緑ヶ丘", "ルミエール南", "エクセル中央", "アーバンコート",
             "ヴィラ宮の森", "カーサ栄", "フォレスト円山", "リバーサイド豊平", "ドミール東"]
BUILDINGS_EN = ["Sun Heights", "Corpo Wakaba", "Park Side Sakura", "Chateau Shirakaba", "Urban Court",
                "Residence Midorigaoka", "Villa Miyanomori"]
CITIES_EN = [("Kita-ku, Sapporo", "Kita", "Nishi"), ("Higashi-ku, Sapporo", "Kita", "Higashi"),
             ("Chuo-ku, Sapporo", "Minami", "Nishi"), ("Chuo-ku, Sapporo", "Kita", "Nishi")]
JP_CITIES_EN = ["Asahikawa, Hokkaido", "Hakodate-shi, Hokkaido", "Kokubunji-shi, Tokyo", "Naka-ku, Yokohama",
                "Sendai, Miyagi", "Toyonaka-shi, Osaka", "Kurume-shi, Fukuoka", "Matsumoto, Nagano"]
SAPPORO_KU = ["中央区", "北区", "東区", "白石区", "豊平区", "南区", "西区", "厚別区", "手稲区", "清田区"]

OFFICE = "みなみ野市"
OFFICE_DOMAIN = "city.minamino.example.lg.jp"
OFFICE_ADDR = "みなみ野市中央一丁目1番1号"
OFFICE_ZIP = "〒099-0011"
OFFICE_TEL = "0155-21-2111"

# ---------------------------------------------------------------------------------------------------
# document builder


class Doc:
    def __init__(self, style: str) -> None:
        self.style = style
        self.buf: list[str] = []
        self.ents: list[tuple[str, int, int, str]] = []
        self.pos = 0

    def add(self, *items: object) -> Doc:
        for it in items:
            if isinstance(it, tuple):
                typ, s = it
                self.ents.append((typ, self.pos, self.pos + len(s), s))
                self.buf.append(s)
                self.pos += len(s)
            elif isinstance(it, list):
                self.add(*it)
            else:
                assert isinstance(it, str), it
                self.buf.append(it)
                self.pos += len(it)
        return self

    def row(self, cells: list, sep: str = ",", quote: bool = False, end: str = "\n") -> None:
        for i, c in enumerate(cells):
            if i:
                self.add(sep)
            if quote:
                self.add('"', c, '"')
            else:
                self.add(c)
        self.add(end)

    def text(self) -> str:
        return "".join(self.buf)


def N(s): return ("PERSON", s)
def A(s): return ("ADDRESS", s)
def Z(s): return ("POSTAL_CODE", s)
def T(s): return ("PHONE", s)
def M(s): return ("EMAIL", s)
def B(s): return ("BIRTH_DATE", s)
def K(s): return ("BANK_ACCOUNT", s)
def J(s): return ("PENSION_NUMBER", s)
def I(s): return ("INSURANCE_NUMBER", s)  # noqa: E743
def D(s): return ("DRIVER_LICENSE", s)
def S(s): return ("PASSPORT", s)
def Y(s): return ("MY_NUMBER", s)
def C(s): return ("CREDIT_CARD", s)
def IP(s): return ("IP_ADDRESS", s)


# ---------------------------------------------------------------------------------------------------
# value generators

_FULL = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー・"
_HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ･"
_H = dict(zip(_FULL, _HALF, strict=True))


def hw(s: str) -> str:
    out = []
    for ch in s:
        if ch in _H:
            out.append(_H[ch])
        elif ch == "　":
            out.append(" ")
        else:
            dec = unicodedata.normalize("NFD", ch)
            if len(dec) == 2 and dec[0] in _H and dec[1] in "\u3099\u309a":
                out.append(_H[dec[0]] + ("ﾞ" if dec[1] == "\u3099" else "ﾟ"))
            else:
                out.append(ch)
    return "".join(out)


def fw(s: str) -> str:
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def kan(n: int) -> str:
    d = "〇一二三四五六七八九"
    if n < 10:
        return d[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else d[t]) + "十" + ("" if o == 0 else d[o])


def digits(n: int) -> str:
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def roman(s: str) -> str:
    return s.replace("ou", "o").replace("uu", "u").replace("oo", "o")


class Person:
    def __init__(self, sei, mei, sk, mk, sr, mr, female):
        self.sei, self.mei, self.sk, self.mk, self.sr, self.mr = sei, mei, sk, mk, sr, mr
        self.female = female

    def kj(self, sep: str = "") -> str:
        return self.sei + sep + self.mei

    def kana(self, sep: str = "　") -> str:
        return self.sk + sep + self.mk

    def hwk(self, sep: str = " ") -> str:
        return hw(self.sk) + sep + hw(self.mk)

    def en(self) -> str:
        return f"{roman(self.sr).upper()} {roman(self.mr)}"

    def en_given_first(self) -> str:
        return f"{roman(self.mr)} {roman(self.sr)}"


_USED: set[str] = set()


def person(female: bool | None = None, rare: bool = False) -> Person:
    while True:
        fem = R.random() < 0.5 if female is None else female
        first = R.choice(FEMALE if fem else MALE)
        if rare:
            sei, sk, sr = R.choice(RARE)
        else:
            last = R.choice(LAST)
            sei, sk, sr = last[0], last[2], last[3]
        if sei + first[0] not in _USED:
            _USED.add(sei + first[0])
            return Person(sei, first[0], sk, first[2], sr, first[3], fem)


def relative(p: Person, female: bool | None = None) -> Person:
    q = person(female)
    return Person(p.sei, q.mei, p.sk, q.mk, p.sr, q.mr, q.female)


NATIONALITY = {"NGUYEN": "ベトナム", "TRAN": "ベトナム", "PHAM": "ベトナム", "BUI": "ベトナム", "LE": "ベトナム",
               "KIM": "韓国", "PARK": "韓国", "LEE": "韓国", "SANTOS": "ブラジル", "SILVA": "ブラジル",
               "PEREIRA": "ブラジル", "HERNANDEZ": "ペルー", "MENDOZA": "フィリピン", "REYES": "フィリピン",
               "THAPA": "ネパール", "GURUNG": "ネパール", "PATEL": "インド", "HASAN": "バングラデシュ",
               "RAHMAN": "バングラデシュ", "RUSTANTI": "インドネシア", "MULLER": "ドイツ", "O'CONNOR": "アイルランド",
               "BROWN": "英国", "IVANOVA": "ロシア"}


def foreign(sep: str = "・") -> tuple[str, str, str]:
    kat, sur, giv = R.choice(FOREIGN)
    return kat.replace("・", sep), sur, giv


def birth(y0: int = 1935, y1: int = 2005) -> tuple[int, int, int]:
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def era(y: int) -> tuple[str, str, int]:
    if y > 2019:
        return "令和", "R", y - 2018
    if y >= 1989:
        return "平成", "H", y - 1988
    if y >= 1927:
        return "昭和", "S", y - 1925
    return "大正", "T", y - 1911


def bdate(style: str | None = None, y0: int = 1935, y1: int = 2005) -> str:
    y, m, d = birth(y0, y1)
    e, a, n = era(y)
    style = style or R.choice(["wa", "wa", "wakan", "abbr", "iso", "slash", "ymd", "wafw"])
    if style == "wa":
        return f"{e}{n}年{m}月{d}日"
    if style == "wakan":
        return f"{e}{'元' if n == 1 else kan(n)}年{kan(m)}月{kan(d)}日"
    if style == "abbr":
        return f"{a}{n}.{m}.{d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "ymd":
        return f"{y}年{m}月{d}日"
    if style == "wafw":
        return fw(f"{e}{n}年{m}月{d}日").replace("－", "-")
    if style == "en":
        mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"][m - 1]
        return R.choice([f"{d} {mon} {y}", f"{mon} {d}, {y}", f"{d:02d}/{m:02d}/{y}"])
    raise ValueError(style)


def other_date() -> str:
    return R.choice([f"令和{R.randint(6, 8)}年{R.randint(1, 12)}月{R.randint(1, 28)}日",
                     f"2026/{R.randint(1, 12):02d}/{R.randint(1, 28):02d}",
                     f"R{R.randint(6, 8)}.{R.randint(1, 12)}.{R.randint(1, 28)}"])


def zipcode(style: str = "") -> str:
    z = f"{R.randint(0, 99):02d}{R.randint(0, 9)}-{R.randint(0, 9999):04d}"
    if R.randint(0, 2) == 0:
        z = f"0{R.randint(40, 99)}-{R.randint(0, 9999):04d}"
    if style == "plain":
        return z.replace("-", "")
    return z


def mobile(style: str | None = None) -> str:
    n = f"0{R.choice('789')}0-{digits(4)}-{digits(4)}"
    style = style or R.choice(["h", "h", "h", "plain", "fw", "intl"])
    if style == "plain":
        return n.replace("-", "")
    if style == "fw":
        return fw(n)
    if style == "intl":
        return "+81-" + n[1:]
    return n


AREAS = [("011", 3, 4), ("0155", 2, 4), ("0166", 2, 4), ("03", 4, 4), ("06", 4, 4), ("092", 3, 4),
         ("0123", 2, 4), ("045", 3, 4), ("022", 3, 4)]


def landline(style: str | None = None) -> str:
    a, x, y = R.choice(AREAS)
    mid = str(R.randint(2, 9)) + digits(x - 1)
    end = digits(y)
    style = style or R.choice(["h", "h", "h", "paren", "plain", "intl"])
    if style == "paren":
        return f"{a}({mid}){end}"
    if style == "plain":
        return a + mid + end
    if style == "intl":
        return f"+81 {a[1:]} {mid} {end}"
    return f"{a}-{mid}-{end}"


def phone() -> str:
    return mobile() if R.random() < 0.5 else landline()


MAILDOMS = ["example.ne.jp", "example.com", "mail.example.jp", "example.co.jp", "example.or.jp"]


def email(p: Person | None = None, handle: str | None = None) -> str:
    if handle is None:
        assert p is not None
        handle = R.choice([
            f"{roman(p.mr).lower()}.{roman(p.sr).lower()}",
            f"{roman(p.sr).lower()}{R.randint(1960, 2005)}",
            f"{roman(p.mr).lower()[0]}-{roman(p.sr).lower()}",
            f"{roman(p.sr).lower()}_{roman(p.mr).lower()}{R.randint(1, 99)}",
        ])
    return f"{handle}@{R.choice(MAILDOMS)}"


def staff_mail(p: Person) -> str:
    return f"{roman(p.sr).lower()}-{roman(p.mr).lower()[0]}@{OFFICE_DOMAIN}"


def my_number(style: str | None = None) -> str:
    d = [R.randint(0, 9) for _ in range(11)]
    s = sum(d[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    num = "".join(map(str, d)) + str(c)
    style = style or R.choice(["plain", "sp", "h"])
    if style == "sp":
        return f"{num[:4]} {num[4:8]} {num[8:]}"
    if style == "h":
        return f"{num[:4]}-{num[4:8]}-{num[8:]}"
    return num


def luhn(prefix: str, length: int) -> str:
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return body + str((10 - tot % 10) % 10)


def card(style: str | None = None) -> str:
    kind = R.choice(["4", "5", "35", "37"])
    if kind == "37":
        n = luhn("37", 15)
        return f"{n[:4]} {n[4:10]} {n[10:]}" if style != "plain" else n
    n = luhn(kind + ("" if kind == "35" else str(R.randint(1, 5))), 16)
    style = style or R.choice(["sp", "h", "plain"])
    if style == "sp":
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if style == "h":
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def pension(style: str | None = None) -> str:
    n = digits(4) + digits(6)
    style = style or R.choice(["h", "h", "plain"])
    return f"{n[:4]}-{n[4:]}" if style == "h" else n


def kaigo() -> str:
    z = R.randint(2, 4)
    return "0" * z + digits(10 - z)


def koki() -> str:
    return str(R.randint(1, 9)) + digits(7)


def kokuho() -> tuple[str, str]:
    return f"{R.randint(1, 99):02d}", digits(R.choice([5, 6, 7]))


def license_no() -> str:
    return str(R.randint(10, 99)) + f"{R.randint(0, 99):02d}" + digits(8)


def passport_jp() -> str:
    return R.choice(["TK", "TR", "TS", "MZ", "RA", "AZ"]) + digits(7)


def passport_foreign() -> str:
    return R.choice([R.choice("BCN") + digits(7), digits(9), "C" + digits(2) + "X" + digits(2) + "T" + digits(2),
                     R.choice(["FA", "GA", "P"]) + digits(7)])


def bank() -> tuple[str, str, str]:
    b = R.choice([("北洋銀行", "0501"), ("北海道銀行", "0116"), ("みなみ野信用金庫", "1010"),
                  ("北央信用組合", "2013"), ("十勝農業協同組合", "9999"), ("三菱UFJ銀行", "0005"),
                  ("帯広信用金庫", "1006")])
    return b[0], b[1], digits(7)


def yucho() -> tuple[str, str]:
    return "1" + digits(3) + "0", digits(7) + "1"


def ip(v6: bool = False) -> str:
    if v6:
        return f"2001:db8:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}::{R.randint(1, 0xfff):x}"
    net = R.choice(["203.0.113", "198.51.100", "192.0.2"])
    return f"{net}.{R.randint(2, 254)}"


def town() -> str:
    t = R.choice(TOWNS)[0]
    return t


def city(with_pref: bool | None = None) -> str:
    i = R.randrange(len(CITIES))
    c = CITIES[i][0]
    if with_pref is None:
        with_pref = R.random() < 0.35
    return (CITY_PREF[i] + c) if with_pref else c


def house(kanji: bool = False, fullwidth: bool = False) -> str:
    a, b, c = R.randint(1, 9), R.randint(1, 30), R.randint(1, 25)
    form = R.choice(["chome", "hyphen", "banchi", "banchi2", "chome2"])
    if kanji:
        return f"{kan(a)}丁目{kan(b)}番{kan(c)}号"
    if form == "chome":
        s = f"{a}丁目{b}番{c}号"
    elif form == "chome2":
        s = f"{a}丁目{b}番地{c}"
    elif form == "hyphen":
        s = f"{a}-{b}-{c}"
    elif form == "banchi":
        s = f"{R.randint(1, 999)}番地{R.randint(1, 30)}"
    else:
        s = f"{R.randint(1, 3000)}番地"
    return fw(s) if fullwidth else s


def building() -> str:
    bn = R.choice(BUILDINGS)
    room = f"{R.randint(1, 12)}{R.randint(0, 1)}{R.randint(1, 9)}"
    return R.choice([
        f" {bn}{room}号室", f"　{bn} {room}号室", f" {bn}{R.randint(2, 14)}階", f"-{room}",
        f" {bn} {room}", f"　{bn}{R.randint(2, 9)}F", f" {bn}{R.choice('ABC')}棟{room}号",
    ])


def jp_address(pref: bool | None = None, bldg: float = 0.4, kanji: bool = False, fullwidth: bool = False,
               no_city: bool = False) -> str:
    s = ("" if no_city else city(pref)) + town() + house(kanji, fullwidth)
    if R.random() < bldg and not s.endswith("番地"):
        s += building()
    return s


def sapporo(with_city: bool | None = None, bldg: float = 0.5) -> str:
    if with_city is None:
        with_city = R.random() < 0.5
    ns, ew = R.choice(["北", "南"]), R.choice(["西", "東"])
    n, m, a, b = R.randint(1, 45), R.randint(1, 20), R.randint(1, 30), R.randint(1, 25)
    form = R.choice(["ban", "hy", "banchi", "kiku", "hassamu"])
    if form == "ban":
        s = f"{ns}{n}条{ew}{m}丁目{a}番{b}号"
    elif form == "hy":
        s = f"{ns}{n}条{ew}{m}丁目{a}-{b}"
    elif form == "banchi":
        s = f"{ns}{n}条{ew}{m}丁目{a}番地{b}"
    elif form == "kiku":
        s = f"菊水{R.randint(1, 9)}条{R.randint(1, 4)}丁目{a}-{b}"
    else:
        s = f"発寒{R.randint(1, 15)}条{R.randint(1, 14)}丁目{a}番{b}号"
    if with_city:
        s = R.choice(["札幌市", "北海道札幌市", ""]) + R.choice(SAPPORO_KU) + s
    if R.random() < bldg:
        s += building()
    return s


def en_address() -> str:
    if R.random() < 0.5:
        cty, ns, ew = R.choice(CITIES_EN)
        a, b = R.randint(1, 30), R.randint(1, 25)
        s = f"{a}-{b} {ns} {R.randint(1, 45)}-jo {ew} {R.randint(1, 20)}-chome, {cty}"
        if R.random() < 0.4:
            s = f"Room {R.randint(1, 9)}0{R.randint(1, 9)}, {R.choice(BUILDINGS_EN)}, " + s
        return s
    t = R.choice(TOWNS)[3].replace("chou", "-cho").replace("machi", "-machi").strip("-")
    s = f"{R.randint(1, 9)}-{R.randint(1, 30)}-{R.randint(1, 25)} {t}, {R.choice(JP_CITIES_EN)}"
    if R.random() < 0.5:
        s = R.choice([f"{R.choice(BUILDINGS_EN)} {R.randint(1, 9)}0{R.randint(1, 9)}, ",
                      f"Apt. {R.randint(1, 9)}0{R.randint(1, 9)}, "]) + s
    return s


def sp() -> str:
    return R.choice(["", " ", "　"])


def staff() -> Person:
    return person()


def direct() -> str:
    return f"0155-{R.randint(21, 29)}-{R.randint(3000, 9999)}"


def title() -> str:
    return R.choice(["主事", "主任", "主査", "係長", "課長補佐", "主任保健師", "社会福祉士", "会計年度任用職員"])


def office_block(d: Doc, dept: str, st: Person, direct_line: bool = True) -> None:
    """An office's published contact block: office address, switchboard and shared mailbox are not
    personal; the staff member's name and direct line are."""
    d.add(f"【お問い合わせ先】\n{OFFICE} {dept}\n担当：", N(st.kj(sp())), f"（{title()}）\n",
          f"{OFFICE_ZIP} {OFFICE_ADDR}\n電話 {OFFICE_TEL}（代表）内線{R.randint(2000, 4999)}")
    if direct_line:
        d.add("／直通 ", T(direct()))
    box = {"子ども": "kosodate", "納税": "nouzei", "介護": "kaigo", "高齢": "koreifukushi"}
    d.add(f"\nE-mail：{next((v for k, v in box.items() if k in dept), 'info')}@{OFFICE_DOMAIN}\n")


# ---------------------------------------------------------------------------------------------------
# documents


def letter_child(d: Doc) -> None:
    p = person()
    ch = relative(p)
    bank_name, _, acct = bank()
    st = staff()
    d.add("〒", Z(zipcode()), "\n", A(jp_address(bldg=0.7)), "\n", N(p.kj(R.choice([" ", "　", ""]))), "　様\n\n")
    d.add(f"{other_date()}\n{OFFICE}長\n\n　　児童手当 現況の確認について（通知）\n\n")
    d.add("　日頃より市政にご協力いただきありがとうございます。\n　", N(ch.kj()), "さん（", B(bdate(y0=2010, y1=2024)),
          "生）に係る児童手当について、受給資格の確認のため下記の書類をご提出ください。"
          f"\n　なお、手当は{bank_name} 本店営業部 普通預金 口座番号 ", K(acct),
          " へお振り込みしております。口座を変更される場合は、同封の口座変更届をご利用ください。\n\n"
          f"記\n1　提出期限　{other_date()}\n2　提出書類　健康保険の資格情報のお知らせ（写し）\n"
          "3　受付番号　R8-児手-" + digits(5) + "\n\n")
    office_block(d, "子ども未来部 子育て支援課 手当係", st)


def letter_tax(d: Doc) -> None:
    p = person(rare=R.random() < 0.5)
    st = staff()
    z = zipcode("plain" if R.random() < 0.3 else "")
    d.add(Z(z), "\n", A(sapporo(with_city=True) if R.random() < 0.5 else jp_address(kanji=R.random() < 0.5)),
          "\n\n", N(p.kj("　")), " 様\n")
    d.add(f"\n　　　　　　　　　　　　　　　　　　　　　　　　　{other_date()}\n")
    amount = f"{R.randint(10, 400)},{R.randint(100, 999)}"
    d.add(f"\n　市民税・県民税の納付について（催告）\n\n"
          f"　令和7年度分の税額 {amount}円 が、納期限を過ぎても納付されておりません。\n"
          f"　通知番号 {digits(4)}-{digits(6)}／宛名番号 {digits(10)}\n"
          "　お支払いが難しい事情がある場合は、納税相談を承ります。ご家族（", N(relative(p).mei), "様など）"
          "からのご相談でも構いません。\n\n")
    office_block(d, "総務部 納税課 収納係", st, direct_line=R.random() < 0.6)


def letter_refund(d: Doc) -> None:
    p = person()
    ych = yucho()
    st = staff()
    d.add(R.choice(["〒", ""]), Z(zipcode()), "　", A(jp_address(pref=True, bldg=0.6)), "\n", N(p.kj()), " 様\n\n")
    d.add("介護保険料還付のお知らせ\n\n",
          "被保険者番号　", I(kaigo()), "\n被保険者氏名　", N(p.kj("　")), "\n生年月日　", B(bdate("wa", 1930, 1958)),
          f"\n還付金額　{R.randint(1, 90)},{R.randint(100, 999)}円\n\n"
          "還付金は、ご登録のゆうちょ銀行口座（記号 ", K(ych[0]), "　番号 ", K(ych[1]), "）へ"
          f"{other_date()}に振り込みます。\n口座名義が被保険者ご本人（", N(p.kana("")),
          "）と異なる場合はご連絡ください。\n\n")
    office_block(d, "保健福祉部 介護保険課 保険料係", st)


MEETINGS = ["介護保険運営協議会", "地域福祉計画推進委員会", "子ども・子育て会議", "国民健康保険運営協議会",
            "障がい者自立支援協議会"]


def minutes(d: Doc) -> None:
    members = [person(rare=R.random() < 0.35) for _ in range(R.randint(6, 8))]
    sec = [staff() for _ in range(3)]
    chair, vice = members[0], members[1]
    kacho = R.choice(["介護保険課長", "福祉課長", "保険年金課長"])
    d.add(f"令和8年度 第{R.randint(1, 4)}回 {OFFICE}{R.choice(MEETINGS)} 会議録（要旨）\n\n"
          f"日　時　令和8年{R.randint(5, 11)}月{R.randint(1, 28)}日　午後2時00分～午後3時40分\n場　所　本庁舎3階 第2会議室\n")
    d.add("出席委員　")
    for i, m in enumerate(members[:-1]):
        if i:
            d.add("、")
        d.add(N(m.kj(R.choice(["　", " ", ""]))))
        if i == 0:
            d.add("（会長）")
        elif i == 1:
            d.add("（副会長）")
    d.add("\n欠席委員　", N(members[-1].kj("　")), "\n事 務 局　保健福祉部長　", N(sec[0].kj("　")), "、",
          kacho, "　", N(sec[1].kj("　")), "、係長　", N(sec[2].kj("　")),
          "\n傍 聴 者　2名\n\n1　開会\n", "○", N(chair.sei), "会長　ただいまから会議を開催いたします。"
          "本日は委員", f"{len(members) - 1}名の出席があり、会議は成立しております。\n\n2　議事\n（1）第9期計画の進捗状況について\n",
          "○", N(sec[1].sei), kacho[-2:], "　資料1に基づき説明。\n")
    speakers = members[1:-1]
    lines = [
        "訪問型サービスの担い手不足について、事業所の声を聞いているか。",
        "資料2の数値は前年度比でどの程度か。地区別の内訳も示してほしい。",
        "私の住む地区では、買い物に困っている高齢者が多い。移動支援の拡充を検討されたい。",
        "認知症カフェの参加者数が伸びていない理由をどう分析しているか。",
        "REF", "介護人材の確保について、市独自の補助は考えているか。",
    ]
    answers = ["ご指摘の点は次回までに整理してお示しします。", "事業所連絡会で意見を伺っており、来年度の計画に反映します。",
               "現時点では予定しておりませんが、国の動向を踏まえ検討します。", "地区別の数値は追って資料でお送りします。"]
    prev = None
    for txt in R.sample(lines, R.randint(4, 5)):
        m = R.choice([x for x in speakers if x is not prev] or speakers)
        d.add("○", N(m.sei), "副会長" if m is vice else "委員", "　")
        if txt == "REF" and prev is not None:
            d.add("先ほどの", N(prev.sei), "副会長" if prev is vice else "委員", "の意見に関連して、民生委員の立場から申し上げると、見守りの件数は増えている。\n")
        elif txt == "REF":
            d.add("民生委員の立場から申し上げると、見守りの件数は増えている。\n")
        else:
            d.add(txt + "\n")
        prev = m
        if R.random() < 0.5:
            d.add("○", N(sec[1].sei), kacho[-2:], "　")
        else:
            d.add("○", N(sec[2].sei), "係長　")
        d.add(R.choice(answers), "\n")
    d.add("\n3　閉会\n○", N(chair.sei), "会長　以上で本日の会議を終了します。\n\n（記録：", N(sec[2].kj()), "）\n")


def minutes_council(d: Doc) -> None:
    """Council committee minutes in the 発言者 : 発言 layout, full names in brackets."""
    mem = [person(rare=R.random() < 0.4) for _ in range(5)]
    st = [staff() for _ in range(2)]
    d.add(f"厚生常任委員会記録（{other_date()}）\n\n出席委員（5人）\n")
    for i, m in enumerate(mem):
        d.add(R.choice(["委員長", "副委員長", "委員", "委員", "委員"]) if i > 1 else ["委員長", "副委員長"][i], "　",
              N(m.kj("　")), "\n")
    d.add("説明員\n　子ども未来部長　", N(st[0].kj("　")), "\n　子育て支援課長　", N(st[1].kj("　")), "\n\n")
    d.add("○委員長（", N(mem[0].sei), "）　議案第58号を議題とします。\n"
          "○子育て支援課長（", N(st[1].sei), "）　みなみ野市児童クラブ条例の一部改正について御説明します。"
          "第4条の利用料を改めるものです。\n")
    for m in mem[2:]:
        d.add("○", N(m.sei), "委員　", R.choice(["利用料の改定で退会者が出ないか。", "減免の対象は何世帯か。",
                                                    "待機児童の状況を伺いたい。"]), "\n")
        d.add("○子育て支援課長（", N(st[1].sei), "）　", R.choice(["現在調査中です。", "約120世帯を見込んでいます。",
                                                          "4月1日時点で12人です。"]), "\n")
    d.add("○委員長（", N(mem[0].sei), "）　採決します。原案のとおり可決すべきものと決しました。\n")


def complaint(d: Doc) -> None:
    p = person(rare=R.random() < 0.3)
    nb = person()
    st, st2 = staff(), staff()
    d.add(f"市民の声 受付票\n受付番号：{R.randint(2025, 2026)}-{R.choice(['苦', '相', '要'])}-{R.randint(1, 999):04d}\n"
          f"受付日時：{other_date()} {R.randint(8, 17)}:{R.randint(0, 59):02d}　受付方法：{R.choice(['電話', '来庁', 'メール'])}\n"
          "受付者：市民相談課　", N(st.kj("　")), "\n\n申出者\n　氏名：", N(p.kj("　")), "（", N(p.kana("　")), "）\n")
    d.add(f"　年代：{R.randint(3, 8)}0代\n　住所：", A(jp_address(bldg=0.5)), "\n　電話：", T(phone()))
    if R.random() < 0.6:
        d.add("　携帯：", T(mobile("h")))
    d.add("\n\n内容\n")
    kind = R.randint(0, 2)
    if kind == 0:
        d.add("　隣家（", N(nb.kj()), "方、", A(jp_address(pref=False, bldg=0)), "）の犬の鳴き声が夜間も続いており眠れない。"
              "直接話したが改善されない。市から指導してほしい。\n")
    elif kind == 1:
        d.add("　ごみステーションの当番表に自分の名前と電話番号が載ったまま回覧されている。自治会長の", N(nb.sei),
              "さんに外してほしいと言ったが対応がない。\n")
    else:
        d.add("　母（", N(relative(p, True).kj()), "、", B(bdate(R.choice(["wa", "wakan"]), 1930, 1945)),
              "生）の介護保険の申請について、窓口で長時間待たされた上に説明が分かりにくかった。\n")
    d.add("\n対応経過\n", f"　{other_date()}　", N(st2.sei), R.choice(["主任", "係長", "主査"]),
          "が申出者へ電話連絡。状況を聞き取り、担当課へ引き継ぎ。\n"
          f"　{other_date()}　申出者宅を訪問し説明。了承を得た。\n完了区分：対応済\n")


def consult_memo(d: Doc) -> None:
    """Free-form consultation memo, narrative voice, surname-only references."""
    p = person(female=True)
    h = relative(p, False)
    st = staff()
    d.add(f"相談記録（{other_date()}）　対応：", N(st.kj()), "\n\n")
    d.add("相談者は", N(p.kj()), "さん（", R.choice(["40代", "30代", "50代"]), "）。夫の", N(h.mei),
          "さんとの離婚協議中で、児童扶養手当の申請ができるかとの相談。\n現住所は", A(sapporo(with_city=False)),
          "。電話は", T(mobile()), "（夜間のみ可）。\n子は2人（長男 ", N(relative(p).mei), "、", B(bdate("abbr", 2012, 2020)),
          "生／長女 ", N(relative(p, True).mei), "、", B(bdate("abbr", 2014, 2022)), "生）。\n",
          N(p.sei), "さんには、別居の事実が確認できる書類が必要なことを説明。DV の有無については本人から申出なし。\n"
          "次回来所予定：", other_date(), "　※", N(st.sei), "が引き続き担当\n")


def case_welfare(d: Doc) -> None:
    p = person(rare=R.random() < 0.3)
    dau = relative(p, True)
    cw = staff()
    doc = person()
    bn, _, acct = bank()
    d.add("【生活保護ケース記録】\nケース番号：", f"{R.choice(['A', 'B', 'C'])}-{digits(4)}", "　担当CW：", N(cw.kj()), "\n")
    d.add("世帯主：", N(p.kj("　")), "（", B(bdate("wakan", 1936, 1960)), "生）\n現住所：", A(jp_address(bldg=0.8)), "\n")
    d.add("基礎年金番号：", J(pension()), "　介護保険被保険者番号：", I(kaigo()), "\n")
    d.add("保護費振込口座：", f"{bn}　普通　", K(acct), "\n\n")
    d.add(f"{other_date()}　定期訪問。本人在宅、居室内の整理は概ね良好。腰痛の訴えあり、",
          R.choice(["みなみ野中央病院", "さくら内科クリニック", "北原整形外科医院"]), "の", N(doc.kj()),
          "医師を受診中とのこと。\n長女の", N(dau.kj()), "さん（", T(mobile()), "）とは月1回程度連絡を取っている。"
          "\n年金（老齢基礎年金）の額改定通知を確認、収入認定額を変更予定。\n")
    d.add(f"{other_date()}　電話。", N(dau.sei), "さんより、本人が転倒したとの連絡。救急搬送はなし。", N(cw.sei),
          "が翌日訪問することで了承。\n")


def case_care(d: Doc) -> None:
    p = person()
    cm = staff()
    son = relative(p, False)
    d.add("居宅介護支援経過\n利用者：", N(p.kj(" ")), " 様　", "女性" if p.female else "男性", "\n",
          "生年月日：", B(bdate(R.choice(["wa", "wakan", "abbr"]), 1925, 1950)), "\n",
          "被保険者番号：", I(kaigo()), f"　保険者番号：01{digits(4)}\n",
          f"要介護度：要介護{R.randint(1, 5)}（認定有効期間 {other_date()}～{other_date()}）\n"
          "住所：", A(jp_address(no_city=R.random() < 0.5, bldg=0.5)), "\n緊急連絡先：長男 ", N(son.kj()), "　",
          T(phone()), "\n居宅介護支援事業所：", f"みなみ野ケアプランセンター（事業所番号 01{digits(8)}）\n担当介護支援専門員：",
          N(cm.kj()), "\n\n")
    for _ in range(R.randint(2, 3)):
        d.add(f"{other_date()}　", R.choice(["モニタリング訪問。", "サービス担当者会議。", "電話連絡。"]),
              R.choice(["本人、デイサービスの入浴を楽しみにしている。", "長男より、夜間のトイレ介助が負担との相談。",
                        "訪問看護ステーションの看護師", "福祉用具の変更について説明。"]))
        if d.buf[-1].endswith("看護師"):
            d.add(N(person(True).sei), "さんより、血圧が高めとの報告あり。")
        d.add("（", N(cm.sei), "）\n")


def case_child(d: Doc) -> None:
    mo = person(True)
    ch = relative(mo)
    st = staff()
    d.add("家庭児童相談 記録票\n児童名：", N(ch.kj()), "（", N(ch.kana()), "）　生年月日：", B(bdate("wa", 2013, 2023)),
          "\n保護者：母 ", N(mo.kj()), "　", T(mobile()), "\n住所：", A(jp_address(bldg=0.6)), "\n", "所属：市立みなみ野第二小学校 "
          f"{R.randint(1, 6)}年\n\n経過\n・{other_date()} 学校（担任 ", N(person().sei), "教諭）より、欠席が続いているとの連絡。\n"
          f"・{other_date()} 家庭訪問（", N(st.sei), "・", N(staff().sei), "）。母は在宅、児童と面会できた。\n"
          "・母方祖母 ", N(person(True).kj()), "さん（", A(sapporo(with_city=True, bldg=0)), "在住）の支援が得られる見込み。\n")


def email_internal(d: Doc) -> None:
    a, b, c = staff(), staff(), staff()
    p = person()
    d.add("差出人: ", N(a.kj(" ")), " <", M(staff_mail(a)), ">\n宛先: ", N(b.kj(" ")), " <", M(staff_mail(b)),
          ">\nCC: ", f"hoken-nenkin@{OFFICE_DOMAIN}\n", f"送信日時: 2026年12月{R.randint(1, 6)}日 {R.randint(8, 18)}:{R.randint(10, 59)}\n",
          "件名: RE: 口座振替依頼書の不備（", N(p.sei), "様）\n\n", N(b.sei), "さん\n\nお疲れさまです。", N(a.sei), "です。\n",
          "昨日窓口に来られた", N(p.kj()), "様の口座振替依頼書ですが、口座番号が", K(digits(7)),
          "と記入されていて金融機関から照会が来ています（通帳では", K(digits(7)), "とのこと）。\n"
          "ご本人の携帯（", T(mobile()), "）に連絡しましたが不在でした。\n折り返しがあれば", N(c.sei), "主任に回してください。\n\n"
          "--\n", f"{OFFICE} 市民部 保険年金課 国保係\n", N(a.kj("　")), "（", N(a.kana("")), "）\n"
          "直通 ", T(direct()), " ／ 代表 ", OFFICE_TEL, " 内線", str(R.randint(2000, 4999)), "\n",
          M(staff_mail(a)), "\n")


def email_resident(d: Doc) -> None:
    p = person()
    st = staff()
    addr_is_sapporo = R.random() < 0.5
    d.add("From: ", N(p.kj(" ")), " <", M(email(p)), ">\nTo: ", f"kosodate@{OFFICE_DOMAIN}\n",
          "Subject: 転居に伴う手続きについて\n\nみなみ野市 子育て支援課 ご担当者様\n\nいつもお世話になっております。",
          N(p.kj()), "と申します。\n来月、下記に転居する予定です。\n\n新住所：", Z(zipcode()), " ",
          A(sapporo(with_city=False) if addr_is_sapporo else jp_address(bldg=0.8)), "\n旧住所：", A(jp_address(bldg=0.3)),
          "\n\n保育園の転園と児童手当の手続きについて教えてください。\n日中は", T(mobile()), "までお願いします。\n\n",
          N(p.kj()), "\n\n---- 返信 ----\n", N(p.sei), " 様\n\nご連絡ありがとうございます。担当の", N(st.sei), "です。\n"
          "転出予定日の14日前までに…（以下略）\n\n", f"{OFFICE} 子ども未来部 子育て支援課\n", N(st.kj()), "\n", "TEL ",
          OFFICE_TEL, "（代表）\n")


def email_vendor(d: Doc) -> None:
    """Mail from a contractor with a personal signature; company details are not personal."""
    v = person()
    st = staff()
    d.add("件名：【ご連絡】検診結果データ納品の件\n宛先：", N(st.kj()), " 様\n\n", f"{OFFICE} 健康推進課\n", N(st.kj()),
          " 様\n\n平素より大変お世話になっております。\n株式会社ほくとデータサービスの", N(v.sei), "です。\n"
          "12月分の特定健診結果データ（CSV 3ファイル）を、所定の媒体にてお届けします。\n"
          "受領後、検収書のご返送をお願いいたします。\n\n", "────────────\n株式会社ほくとデータサービス\n"
          "第二システム部　", N(v.kj("　")), "\n〒060-0807 札幌市北区北7条西5丁目（本社）\nTEL 011-700-1100（代表）／携帯 ",
          T(mobile("h")), "\nMail ", M(f"{roman(v.sr).lower()}@hokuto-ds.example.co.jp"), f"\n法人番号 {digits(13)}\n")


def csv_meibo(d: Doc) -> None:
    """住民名簿 CSV with header."""
    cols = ["No", "氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所", "電話番号"]
    d.row(cols)
    for i in range(R.randint(5, 7)):
        p = person()
        d.row([str(i + 1), N(p.kj(R.choice([" ", "　"]))), N(p.kana(" ")), B(bdate("slash")), "女" if p.female else "男",
               Z(zipcode()), A(jp_address(pref=False, bldg=0.3)), T(phone())])


def csv_furikae(d: Doc) -> None:
    """口座振替 export with half-width kana headers and names."""
    hdr = ["ｹｲﾔｸNO", "ｼﾒｲ", "ｷﾝﾕｳｷｶﾝｺｰﾄﾞ", "ｼﾃﾝｺｰﾄﾞ", "ﾖｷﾝｼｭﾓｸ", "ｺｳｻﾞ", "ﾒｲｷﾞﾆﾝ", "ﾌﾘｶｴｶﾞｸ"]
    d.row(hdr)
    for _ in range(R.randint(5, 7)):
        p = person()
        _, code, acct = bank()
        holder = p if R.random() < 0.7 else relative(p)
        d.row([digits(8), N(p.hwk()), code, f"{R.randint(1, 999):03d}", R.choice(["1", "1", "2"]), K(acct),
               N(holder.hwk()), str(R.randint(1000, 60000))])


def csv_furikae_noheader(d: Doc) -> None:
    """Same kind of file with no header: zengin-style fixed order, quoted."""
    for _ in range(R.randint(5, 7)):
        p = person()
        _, code, acct = bank()
        d.row([digits(10), code, f"{R.randint(1, 999):03d}", "1", K(acct), N(p.hwk("")), f"{R.randint(1000, 9000)}"],
              quote=True)


def tsv_jukyu(d: Doc) -> None:
    """受給者一覧 TSV, abbreviated headers (年金番号)."""
    d.row(["管理番号", "受給者氏名", "カナ", "生年月日", "年金番号", "住所", "支給開始"], sep="\t")
    for _ in range(R.randint(5, 7)):
        p = person(rare=R.random() < 0.15)
        d.row([f"J{digits(6)}", N(p.kj("　")), N(hw(p.kana(" "))), B(bdate("abbr", 1930, 1960)), J(pension()),
               A(sapporo(with_city=R.random() < 0.5, bldg=0.3)), other_date()], sep="\t")


def csv_kaigo(d: Doc) -> None:
    """介護認定 list: 保険者番号 and 事業所番号 are not personal, 被保険者番号 is."""
    d.row(["保険者番号", "被保険者番号", "被保険者氏名", "氏名（カナ）", "生年月日", "要介護度", "認定日",
           "有効期間終了", "居宅介護支援事業所番号", "担当ケアマネ"])
    ins = f"01{digits(4)}"
    for _ in range(R.randint(5, 7)):
        p = person()
        cm = person()
        d.row([ins, I(kaigo()), N(p.kj(" ")), N(p.kana(" ")), B(bdate(R.choice(["wa", "abbr"]), 1920, 1955)),
               R.choice(["要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4"]), other_date(), other_date(),
               f"01{digits(8)}", N(cm.kj())])


def csv_kaigo_shuffled(d: Doc) -> None:
    """The same list exported from another system: columns in another order, short headers, quoted."""
    d.row(["認定結果", "証番号", "ｼﾒｲ", "生年月日", "住所", "連絡先"], quote=True)
    for _ in range(R.randint(5, 6)):
        p = person(rare=R.random() < 0.2)
        d.row([R.choice(["要介護1", "要介護2", "要支援1", "非該当"]), I(kaigo()), N(p.hwk()), B(bdate("iso", 1925, 1950)),
               A(jp_address(bldg=0.4)), T(landline())], quote=True)


def csv_kokuho(d: Doc) -> None:
    d.row(["世帯番号", "記号番号", "氏名", "続柄", "生年月日", "マイナンバー"])
    for _ in range(R.randint(2, 3)):
        head = person()
        hh = digits(8)
        kg = f"{R.randint(1, 99):02d}"
        for rel in ["世帯主", R.choice(["妻", "夫"]), "子"]:
            q = head if rel == "世帯主" else relative(head, rel == "妻")
            d.row([hh, I(f"{kg}-{digits(6)}"), N(q.kj(" ")), rel,
                   B(bdate("ymd", 1950, 1990) if rel != "子" else bdate("ymd", 2008, 2022)), Y(my_number("plain"))])


def csv_noheader_meibo(d: Doc) -> None:
    """名簿 without header: the content of each column is unambiguous."""
    for i in range(R.randint(5, 7)):
        p = person()
        d.row([f"{i + 1:03d}", N(p.kj()), N(p.kana("")), B(bdate("wa", 1940, 2000)), A(jp_address(pref=True, bldg=0.3)),
               T(phone()), M(email(p)) if R.random() < 0.5 else ""])


def csv_yucho(d: Doc) -> None:
    d.row(["申請番号", "申請者", "ゆうちょ記号", "ゆうちょ番号", "口座名義（カナ）", "給付額"])
    for _ in range(R.randint(4, 6)):
        p = person()
        k, n = yucho()
        d.row([f"K8-{digits(5)}", N(p.kj()), K(k), K(n), N(p.kana(" ")), "50000"])


def csv_identity(d: Doc) -> None:
    """本人確認記録: the 番号 column's type depends on the 書類 column."""
    d.row(["受付日", "氏名", "確認書類", "番号", "確認者"])
    for _ in range(R.randint(6, 8)):
        p = person()
        kind = R.choice(["運転免許証", "旅券", "運転免許証", "個人番号カード", "健康保険証"])
        num = {"運転免許証": lambda: D(license_no()), "旅券": lambda: S(passport_jp()),
               "個人番号カード": lambda: Y(my_number()),
               "健康保険証": lambda: I(f"{R.randint(10, 99)}-{digits(6)}")}[kind]()
        d.row([other_date(), N(p.kj(" ")), kind, num, N(staff().sei)])


def tsv_foreign(d: Doc) -> None:
    """Foreign residents' list: katakana names with and without ・, romaji capitals."""
    d.row(["No.", "氏名（カタカナ）", "NAME", "国籍", "生年月日", "住所", "電話"], sep="\t")
    for i in range(R.randint(5, 6)):
        kat, sur, giv = foreign(R.choice(["・", "・", " ", ""]))
        d.row([str(i + 1), N(kat), N(f"{sur} {giv}"), NATIONALITY[sur],
               B(bdate("slash", 1975, 2004)), A(jp_address(bldg=0.7)), T(mobile(R.choice(["h", "intl"])))], sep="\t")


def md_table(d: Doc) -> None:
    d.add("## 見守り対象者一覧（", R.choice(["第3地区", "東部地区", "緑ヶ丘地区"]), "）\n\n")
    d.add("| 氏名 | 年齢 | 住所 | 電話 | 担当民生委員 |\n|---|---:|---|---|---|\n")
    for _ in range(R.randint(5, 7)):
        p = person(rare=R.random() < 0.25)
        d.add("| ", N(p.kj(" ")), f" | {R.randint(70, 98)} | ", A(jp_address(no_city=True, bldg=0.5)), " | ",
              T(landline(R.choice(["h", "paren"]))), " | ", N(person().kj()), " |\n")
    d.add("\n※ 本一覧は民生委員の活動に限り使用すること。\n")


def md_table_bank(d: Doc) -> None:
    d.add("給付金 振込先確認（再照会分）\n\n| 世帯主 | ﾌﾘｶﾞﾅ | 金融機関 | 支店 | 種別 | 口座番号 | 備考 |\n"
          "| --- | --- | --- | --- | --- | --- | --- |\n")
    for _ in range(R.randint(5, 6)):
        p = person()
        bn, _, acct = bank()
        d.add("| ", N(p.kj()), " | ", N(p.hwk()), f" | {bn} | {R.choice(['本店', '中央', '駅前', '北'])} | 普通 | ", K(acct),
              " | ", R.choice(["名義相違", "口座解約", "番号誤り", ""]), " |\n")


def aligned_table(d: Doc) -> None:
    d.add("受給者番号  氏名            生年月日      基礎年金番号   被保険者番号\n")
    d.add("-" * 72 + "\n")
    for _ in range(R.randint(5, 7)):
        p = person()
        name = p.kj("　")
        bd = bdate("abbr", 1935, 1958)
        d.add(f"{digits(7)}     ", N(name), " " * max(2, 16 - 2 * len(name)), B(bd), " " * max(2, 14 - len(bd)),
              J(pension("h")), "    ", I(koki()), "\n")


def aligned_table_license(d: Doc) -> None:
    d.add("公用車運転者登録簿（令和8年度）\n\n")
    d.add("所属            氏名          免許証番号      有効期限        種類\n")
    for _ in range(R.randint(5, 7)):
        s = staff()
        dept = R.choice(["総務課", "保険年金課", "介護保険課", "道路維持課", "子育て支援課"])
        name = s.kj(" ")
        d.add(dept + "　" * (8 - len(dept)), N(name), " " * max(2, 14 - 2 * len(name)), D(license_no()), "    ",
              f"R{R.randint(9, 12)}.{R.randint(1, 12)}.{R.randint(1, 28)}", "      ", R.choice(["普通", "中型", "準中型"]), "\n")


def form_tennyu(d: Doc) -> None:
    p = person()
    sp_ = relative(p, not p.female)
    d.add("住民異動届（転入）\n\n届出日　　", other_date(), "\n届出人　　", N(p.kj("　")), "\n",
          "新住所　　", A(jp_address(pref=False, bldg=0.9)), "\n", "前住所　　", A(jp_address(pref=True, bldg=0.3)), "\n",
          "世帯主　　", N(p.kj("　")), "\n\n異動者\n　1．氏名 ", N(p.kj("　")), "　フリガナ ", N(p.kana("　")), "\n"
          "　　 生年月日 ", B(bdate(R.choice(["wa", "wafw"]), 1960, 1995)), "　続柄 世帯主\n"
          "　2．氏名 ", N(sp_.kj("　")), "　フリガナ ", N(sp_.kana("　")), "\n　　 生年月日 ", B(bdate("wa", 1960, 1995)),
          "　続柄 ", "妻" if sp_.female else "夫", "\n\n連絡先電話番号　", T(phone()), "\n本人確認　運転免許証（",
          D(license_no()), "）\n")


def form_jidou(d: Doc) -> None:
    p = person()
    ch = relative(p)
    bn, _, acct = bank()
    d.add("児童手当 認定請求書（控）\n", "――――――――――――――――\n",
          "請求者氏名：", N(p.kj(" ")), "\n", "個人番号：", Y(my_number()), "\n", "生年月日：", B(bdate("wa", 1975, 1998)),
          "\n住所：〒", Z(zipcode()), " ", A(sapporo(with_city=R.random() < 0.5)), "\n電話番号：", T(mobile()), "\n"
          "職業：会社員\n加入年金：厚生年金（基礎年金番号 ", J(pension()), "）\n\n支給対象児童\n　氏名：", N(ch.kj(" ")),
          "　生年月日：", B(bdate("wa", 2012, 2024)), "　個人番号：", Y(my_number()), "\n\n受取口座\n　金融機関：", bn,
          "　支店：", R.choice(["本店", "大通", "中央", "駅前"]), "　種別：普通　口座番号：", K(acct), "\n"
          "　口座名義：", N(p.kana(" ")), "\n")


def form_kouhi(d: Doc) -> None:
    """後期高齢者 / 国保 forms with 記号・番号."""
    p = person()
    k1, k2 = kokuho()
    d.add("高額療養費支給申請書\n\n世帯主\n　氏　名　", N(p.kj("　")), "\n　住　所　", A(jp_address(bldg=0.3, fullwidth=R.random() < 0.5)),
          "\n　電　話　", T(landline()), "\n被保険者証\n　記号 ", I(k1), "　番号 ", I(k2), "\n療養を受けた者\n　氏　名　",
          N(relative(p).kj("　")), "\n　生年月日　", B(bdate("wakan", 1940, 1970)), "\n医療機関　みなみ野中央病院\n診療月　",
          "令和8年9月\n振込先　", R.choice(["ゆうちょ銀行 記号番号 ", "北洋銀行 本店 普通 "]))
    if d.buf[-1].startswith("ゆうちょ"):
        k, n = yucho()
        d.add(K(f"{k}-{n}"), "\n")
    else:
        d.add(K(digits(7)), "\n")


def form_koki(d: Doc) -> None:
    p = person(rare=R.random() < 0.5)
    d.add("後期高齢者医療 限度額適用・標準負担額減額認定申請書\n被保険者番号 ", I(koki()), "\n被保険者氏名 ", N(p.kj()),
          "（", N(p.kana("")), "）\n生年月日 ", B(bdate("wakan", 1925, 1950)), "\n住所 ", A(sapporo(with_city=True)),
          "\n電話 ", T(landline()), "\n個人番号 ", Y(my_number("sp")), "\n申請者（代理人）", N(relative(p).kj()), "　続柄 子\n"
          "代理人住所 ", A(jp_address(bldg=0.5)), "\n代理人電話 ", T(mobile()), "\n")


def xlsx_copy(d: Doc) -> None:
    """Cells copied out of an .xlsx application sheet: tab separated, empty cells kept."""
    p = person()
    d.add("令和8年度 みなみ野市 住宅改修費補助金 交付申請書\t\t\t\t\n\t\t\t\t\n")
    d.add("申請者\t氏名\t", N(p.kj("　")), "\tフリガナ\t", N(p.kana("　")), "\n")
    d.add("\t生年月日\t", B(bdate("slash", 1940, 1985)), "\t電話番号\t", T(phone()), "\n")
    d.add("\t住所\t", A(jp_address(pref=False, bldg=0.6)), "\t\t\n")
    d.add("\tメール\t", M(email(p)), "\t\t\n")
    d.add("施工業者\t名称\t有限会社みなみ野リフォーム\t代表者\t", N(person().kj()), "\n")
    d.add(f"\t所在地\t{OFFICE}栄町3丁目2番1号\t電話\t0155-24-{R.randint(1000, 9999)}\n")
    d.add(f"工事費\t\t{R.randint(30, 200)}0,000円\t補助申請額\t{R.randint(10, 20)}0,000円\n")


def xlsx_roster(d: Doc) -> None:
    d.add("ボランティア登録者名簿\t\t\t\t\t\n氏名\tふりがな\t連絡先\tメール\t活動地区\t登録日\n")
    for _ in range(R.randint(5, 6)):
        p = person(rare=R.random() < 0.3)
        hira = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in p.kana(" "))
        d.add(N(p.kj(" ")), "\t", N(hira), "\t", T(phone()), "\t", M(email(p)) if R.random() < 0.6 else "", "\t",
              R.choice(["北地区", "南地区", "中央地区"]), "\t", other_date(), "\n")


def docx_copy(d: Doc) -> None:
    """A .docx table pasted as text: one cell per line."""
    p = person()
    mo = relative(p, True)
    d.add("就学援助費 申請書\n\n申請者（保護者）\n氏名\n", N(p.kj(" ")), "\n生年月日\n", B(bdate("wa", 1978, 1995)), "\n住所\n",
          A(jp_address(bldg=0.7)), "\n電話番号\n", T(phone()), "\n\n児童生徒\n氏名\n", N(relative(p).kj(" ")), "\n学校名\n"
          "みなみ野市立東中学校\n学年\n2年\n\n世帯員\n続柄\n氏名\n生年月日\n母\n", N(mo.kj(" ")), "\n", B(bdate("wa", 1950, 1965)),
          "\n\n振込口座\n金融機関名\nみなみ野信用金庫\n口座番号\n", K(digits(7)), "\n")


def docx_letter_kanji(d: Doc) -> None:
    """A letter typed with kanji numerals and full-width digits throughout."""
    p = person(rare=True)
    st = staff()
    d.add(Z(fw(zipcode()).replace("－", "-") if R.random() < 0.5 else fw(zipcode())), "\n",
          A(jp_address(kanji=True, bldg=0.5)), "\n", N(p.kj("　")), "様\n\n")
    d.add("敬老祝金の贈呈について\n\n　", N(p.sei), "様におかれましては、", B(bdate("wakan", 1926, 1926)),
          "のお生まれで、本年百歳を迎えられますこと、心からお祝い申し上げます。\n"
          "　つきましては、祝金を贈呈いたしたく、担当職員がご自宅へ伺います。日程は改めて電話（",
          T(fw(landline("h"))), "）にてご相談させていただきます。\n\n")
    office_block(d, "保健福祉部 高齢福祉課", st, direct_line=False)


def notice_koji(d: Doc) -> None:
    """公示送達: a public notice that still names the addressee."""
    p = person()
    d.add(f"{OFFICE}告示第{R.randint(100, 400)}号\n\n　公示送達\n\n",
          "　地方税法第20条の2の規定により、次の書類を公示送達する。\n\n", "1　送達を受けるべき者\n　　住所（最後の住所）　",
          A(jp_address(pref=True, bldg=0.4)), "\n　　氏名　", N(p.kj("　")), "\n",
          f"2　送達する書類\n　　督促状（令和7年度 固定資産税 第{R.randint(1, 4)}期分）\n",
          "3　書類の保管場所\n", f"　　{OFFICE}役所 総務部納税課\n\n", other_date(), f"\n\n{OFFICE}長　", N(person().kj("　")), "\n")


def notice_event(d: Doc) -> None:
    """A public event notice: only public office contacts, plus a named volunteer lecturer."""
    lec = person()
    d.add(f"【お知らせ】{OFFICE} 認知症サポーター養成講座\n\n日時：{other_date()} 13:30～15:00\n会場：みなみ野市民会館 2階大会議室\n"
          "講師：みなみ野地域包括支援センター　", N(lec.kj()), " 氏（認知症地域支援推進員）\n定員：40名（先着順）\n"
          "申込：電話またはメールで、氏名・電話番号をお知らせください。\n申込先：", f"{OFFICE} 高齢福祉課 "
          f"{OFFICE_TEL}（代表）／ koreifukushi@{OFFICE_DOMAIN}\n", "※ 受付番号は当日ご案内します。法人番号・事業所番号の記載は不要です。\n")


def en_letter(d: Doc) -> None:
    _, sur, giv = foreign()
    st = staff()
    fa, fz, fc = R.choice(FOREIGN_ADDR)
    d.add(f"Minamino City Office\nCitizens Affairs Division\n{other_date()}\n\nDear ", R.choice(["Mr. ", "Ms. "]),
          N(f"{sur} {giv}"), ",\n\n")
    d.add("Re: Notice of National Health Insurance enrollment\n\nOur records show that you moved into the city to the address "
          "below. Please come to the office with your residence card and passport.\n\n  Name: ", N(f"{sur} {giv}"),
          "\n  Date of birth: ", B(bdate("en", 1970, 2004)), "\n  Address in Japan: ", A(en_address()), "\n",
          "  Postal code: ", Z(zipcode()), "\n  Passport No.: ", S(passport_foreign()), "\n\n")
    d.add("If you have any questions, please contact ", N(st.en_given_first()), " (Citizens Affairs, direct line ",
          T("+81-155-" + direct()[5:]), ") or the main switchboard at +81-155-21-2111.\n\nSincerely,\n\n",
          N(roman(st.mr) + " " + roman(st.sr).upper()), "\nCitizens Affairs Division\n\ncc: home-country address on file: ",
          A(fa), ", ", Z(fz), ", ", fc, "\n")


def en_form(d: Doc) -> None:
    kat, sur, giv = foreign()
    _, ec_sur, ec_giv = foreign()
    fa, fz, fc = R.choice(FOREIGN_ADDR)
    d.add("APPLICATION FOR CHILDCARE (NURSERY) ADMISSION — English version\n\n1. Applicant (parent/guardian)\n",
          "   SURNAME: ", N(sur), "\n   Given name(s): ", N(giv), "\n   Name in katakana: ", N(kat), "\n",
          "   Date of birth (DD/MM/YYYY): ", B(bdate("en", 1975, 2000)), "\n   Address: ", A(en_address()), "\n",
          "   Phone: ", T(mobile("intl").replace("-", " ", 1)), "   E-mail: ", M(email(handle=f"{giv.split()[0].lower()}.{sur.lower().replace(chr(39), '')}")),
          "\n\n2. Child\n   Full name: ", N(f"{sur} {R.choice(['Anna', 'Minh Khoa', 'Lucas', 'Sofia', 'Yuna', 'Daniel'])}"),
          "\n   Date of birth: ", B(bdate("en", 2020, 2025)), "\n\n3. Emergency contact abroad\n   Name: ", N(f"{ec_sur} {ec_giv}"),
          "\n   Address: ", A(fa), "\n   Postcode: ", Z(fz), "\n   Country: ", fc, "\n   Phone: ", T(R.choice(FOREIGN_PHONE)),
          "\n\nOffice use only: reception No. ", f"H-{digits(5)}", "\n")


def en_email(d: Doc) -> None:
    kat, sur, giv = foreign()
    st = staff()
    jp = person()
    d.add("From: ", N(f"{giv} {sur.title()}"), " <", M(email(handle=f"{sur.lower().replace(chr(39), '')}.{giv.split()[0].lower()}")),
          ">\nTo: ", f"international@{OFFICE_DOMAIN}\nSubject: Pension lump-sum withdrawal / moving back home\n\n"
          "Hello,\n\nMy name is ", N(f"{sur} {giv}"), " (", N(kat), "). I am leaving Japan on 20 January. My basic pension "
          "number is ", J(pension()), ". My employer's HR person, ", N(jp.en_given_first()), ", said I should tell the city office "
          "before I move.\nMy current address is ", A(en_address()), ". After I leave, please send letters to ",
          A(R.choice(FOREIGN_ADDR)[0]), ".\nMy phone: ", T(mobile("intl")), "\n\nThank you,\n", N(giv.split()[0]), "\n\n"
          "---\nReply from ", N(st.en_given_first()), ", International Exchange Desk:\nDear ", N(sur.title()),
          "-san, thank you for your message. Please bring your passport (No. ", S(passport_foreign()), " as on file).\n")


def access_log(d: Doc) -> None:
    d.add("# e-shinsei portal access log (excerpt) — exported for incident review #", digits(4), "\n")
    for _ in range(R.randint(7, 9)):
        p = person()
        addr = ip(v6=R.random() < 0.12)
        d.add(f"2026-12-0{R.randint(1, 6)}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}+09:00 ",
              IP(addr), " user=")
        if R.random() < 0.6:
            d.add(M(email(p)))
        else:
            d.add("-")
        d.add(f' "{R.choice(["GET", "POST"])} /e-shinsei/{R.choice(["kosodate", "zei/shomei", "kaigo"])}/'
              f'{R.choice(["form", "submit", "status"])} HTTP/1.1" {R.choice(["200", "200", "302", "403"])} {R.randint(200, 9000)}\n')
    d.add(f"# server 10.0.{R.randint(1, 9)}.1 (internal) rotated at 03:00\n")


def access_log_csv(d: Doc) -> None:
    d.add("timestamp,client_ip,login_id,action,result\n")
    for _ in range(R.randint(6, 8)):
        p = person()
        d.add(f"2026-11-{R.randint(10, 30)} {R.randint(8, 22)}:{R.randint(10, 59)}:{R.randint(10, 59)},", IP(ip()), ",",
              M(email(p)), f",{R.choice(['login', 'download_pdf', 'update_address', 'logout'])},"
              f"{R.choice(['ok', 'ok', 'fail'])}\n")


def card_payment(d: Doc) -> None:
    d.add("ふるさと納税 決済エラー一覧（要確認）\n\n")
    for _ in range(R.randint(4, 5)):
        p = person()
        d.add("申込番号 F", digits(7), "／寄附者 ", N(p.kj()), "／カード ", C(card()), f"（有効期限 {R.randint(1, 12):02d}/{R.randint(27, 31)}）"
              "／名義 ", N(f"{roman(p.mr).upper()} {roman(p.sr).upper()}"), f"／{R.randint(1, 30)}0,000円／エラー: ",
              R.choice(["与信NG", "有効期限切れ", "3Dセキュア未認証"]), "\n")
    d.add(f"\n※ 決済代行会社への照会は税務課（{OFFICE_TEL}）経由で行うこと。\n")


def csv_card(d: Doc) -> None:
    """Card payments for certificate requests by post: quoted CSV, card column abbreviated."""
    d.row(["受付No", "申請者名", "ﾌﾘｶﾞﾅ", "ｶｰﾄﾞNo", "有効期限", "金額", "送付先"], quote=True)
    for _ in range(R.randint(5, 6)):
        p = person()
        d.row([f"Y{digits(6)}", N(p.kj(" ")), N(p.hwk()), C(card(R.choice(["plain", "h", "sp"]))),
               f"{R.randint(1, 12):02d}/{R.randint(27, 31)}", str(R.choice([300, 450, 750, 1200])),
               A(jp_address(bldg=0.5))], quote=True)


def chat_log(d: Doc) -> None:
    a, b = staff(), staff()
    p = person(rare=R.random() < 0.5)
    kat = foreign(R.choice(["・", ""]))[0]
    d.add("[09:12] ", N(a.kj()), "：おはようございます。昨日の", N(p.sei), "さんの件、折り返し先は", T(mobile()), "でした。\n"
          "[09:14] ", N(b.kj()), "：了解です。住所は", A(sapporo(with_city=False, bldg=0.6)), "で合ってますか？\n"
          "[09:15] ", N(a.kj()), "：はい。あと窓口に", N(kat), "さんが来ていて、通訳が必要です。\n"
          "[09:16] ", N(b.kj()), "：通訳なら国際交流員の", N(person().sei), "さんにお願いしましょう。\n"
          "[09:20] ", N(a.kj()), "：マイナンバーカードの番号、控えに", Y(my_number()), "と書いてありますが、これは破棄でいいですか？\n")


def inquiry_pension(d: Doc) -> None:
    p = person()
    st = staff()
    d.add("国民年金 相談票\n相談日：", other_date(), "\n相談者：", N(p.kj(" ")), " 様（本人）\n生年月日：", B(bdate("wakan", 1958, 1966)),
          "\n基礎年金番号：", J(pension()), "\n住所：", A(sapporo(with_city=True, bldg=0.4)), "\n電話：", T(landline()),
          "\n\n相談内容：\n　60歳到達に伴う任意加入について。配偶者（", N(relative(p).kj()), "、基礎年金番号 ", J(pension("plain")),
          "）の第3号被保険者期間も確認したいとのこと。\n対応：", N(st.kj()), "（国民年金係）\n")


def license_record(d: Doc) -> None:
    p = person()
    d.add("運転経歴証明書 交付申請 受付メモ\n", "申請者：", N(p.kj()), "　", B(bdate("abbr", 1935, 1950)), "生\n",
          "返納した運転免許証の番号：第", D(license_no()), "号\n", "住所：", A(jp_address(bldg=0.3)),
          "\n付添い：長女 ", N(relative(p, True).kj()), "（", T(mobile()), "）\n", "※ 受付番号 ", f"第{R.randint(100, 999)}号",
          "／手数料 1,100円 収納済\n")


def passport_form(d: Doc) -> None:
    p = person()
    d.add("一般旅券発給申請 受理簿（抜粋）\n\n受理番号\t申請者\tローマ字\t旧旅券番号\t生年月日\t連絡先\n")
    for _ in range(R.randint(4, 6)):
        p = person()
        d.add(f"P{digits(6)}\t", N(p.kj(" ")), "\t", N(p.en()), "\t", S(passport_jp()) if R.random() < 0.8 else "なし", "\t",
              B(bdate("ymd", 1950, 2015)), "\t", T(phone()), "\n")


def foreign_case(d: Doc) -> None:
    kat, sur, giv = foreign(R.choice(["・", " ", ""]))
    c_sur, c_giv, c_rs, c_rg = R.choice(CHINESE)
    st = staff()
    d.add("外国人住民 相談記録\n相談者：", N(kat), "（", N(f"{sur} {giv}"), "）\n在留資格：技能実習\n",
          "住所：", A(jp_address(bldg=0.9)), "\n携帯：", T(mobile()), "\n\n勤務先寮の同室者 ", N(c_sur + " " + c_giv),
          "（", N(f"{c_rs} {c_rg}"), "）さんと一緒に来庁。国民健康保険の加入手続と、", "寮の管理人（", N(person().kj()),
          "さん）から受け取った書類の内容について相談。\n", N(kat.split("・")[0] if "・" in kat else kat), "さんの日本語は日常会話程度。対応：", N(st.kj()),
          "、やさしい日本語で説明。\n")


# style, generator, how many
PLAN = [
    ("letter", letter_child, 2), ("letter", letter_tax, 1), ("letter", letter_refund, 2),
    ("letter", docx_letter_kanji, 1),
    ("minutes", minutes, 2), ("minutes", minutes_council, 2),
    ("complaint", complaint, 2), ("consultation", consult_memo, 2),
    ("case_note", case_welfare, 2), ("case_note", case_care, 2), ("case_note", case_child, 1),
    ("case_note", foreign_case, 1),
    ("email", email_internal, 1), ("email", email_resident, 1), ("email", email_vendor, 1),
    ("csv", csv_meibo, 1), ("csv", csv_furikae, 1), ("csv", csv_furikae_noheader, 1), ("tsv", tsv_jukyu, 1),
    ("csv", csv_kaigo, 1), ("csv", csv_kaigo_shuffled, 1), ("csv", csv_kokuho, 1), ("csv", csv_noheader_meibo, 1),
    ("csv", csv_yucho, 1), ("csv", csv_identity, 1), ("tsv", tsv_foreign, 1),
    ("markdown", md_table, 1), ("markdown", md_table_bank, 1),
    ("aligned_table", aligned_table, 1), ("aligned_table", aligned_table_license, 1),
    ("form", form_tennyu, 1), ("form", form_jidou, 1), ("form", form_kouhi, 1), ("form", form_koki, 1),
    ("form", inquiry_pension, 1), ("form", license_record, 1),
    ("xlsx_copy", xlsx_copy, 1), ("xlsx_copy", xlsx_roster, 1), ("tsv", passport_form, 1),
    ("docx_copy", docx_copy, 1),
    ("notice", notice_koji, 1), ("notice", notice_event, 1),
    ("english", en_letter, 2), ("english", en_form, 2), ("english", en_email, 1),
    ("log", access_log, 1), ("csv", access_log_csv, 1), ("memo", card_payment, 1), ("csv", csv_card, 1), ("chat", chat_log, 1),
]


def build() -> list[dict]:
    docs = []
    n = 0
    for style, gen, count in PLAN:
        for _ in range(count):
            n += 1
            d = Doc(style)
            gen(d)
            text = d.text()
            ents = []
            last = -1
            for typ, s, e, t in d.ents:
                if text[s:e] != t or not t or t != t.strip():
                    raise SystemExit(f"span mismatch in doc {n}: {t!r}")
                if s < last:
                    raise SystemExit(f"overlapping spans in doc {n}")
                last = e
                ents.append({"type": typ, "start": s, "end": e, "text": t})
            docs.append({"id": f"u6-{n:03d}-{gen.__name__}", "style": style, "text": text, "entities": ents})
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="fail if the file on disk differs")
    args = ap.parse_args()
    docs = build()
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    # re-read every span from the final text
    for line in data.splitlines():
        obj = json.loads(line)
        for e in obj["entities"]:
            assert obj["text"][e["start"]:e["end"]] == e["text"], (obj["id"], e)
    if args.check:
        if not args.out.exists() or args.out.read_text(encoding="utf-8") != data:
            print("unseen6.jsonl は生成結果と一致しません", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(data, encoding="utf-8")
    counts: dict[str, int] = {}
    for d in docs:
        for e in d["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    print(f"{len(docs)} documents, {sum(counts.values())} labelled items -> {args.out}")
    for k in sorted(counts):
        print(f"  {k:18s}{counts[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
