"""Build the blind corpus unseen9 (tests/masking_unseen9/data/unseen9.jsonl) for issue 13.

Usage: python bench/make_masking_unseen9.py [--out PATH] [--counts]

Standard library only, fixed seed, byte-for-byte reproducible. Names and places come from
/work/shared/data/gimei-synthetic-source (names.yml, addresses.yml) in new random combinations,
plus names written here (rare surnames that read as words, numerals or calendar words; foreign
residents in katakana and capitals). Everything is fictional: documentation IP ranges, example.*
mail domains, +1 503-555-01xx, a fictional city (みなと野市) with fictional banks.

Each document is assembled from plain and labelled pieces so that offsets are computed, never
typed; every span is re-read from the final text before anything is written.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GIMEI = Path("/work/shared/data/gimei-synthetic-source")
OUT = ROOT / "tests" / "masking_unseen9" / "data" / "unseen9.jsonl"
SEED = 20261207_9

TYPES = (
    "PERSON",
    "ADDRESS",
    "POSTAL_CODE",
    "PHONE",
    "EMAIL",
    "BIRTH_DATE",
    "BANK_ACCOUNT",
    "PENSION_NUMBER",
    "INSURANCE_NUMBER",
    "DRIVER_LICENSE",
    "PASSPORT",
    "MY_NUMBER",
    "CREDIT_CARD",
    "IP_ADDRESS",
)

# ---------------------------------------------------------------- the fictional office
CITY = "みなと野市"
OFFICE_ADDR = "〒990-8540 みなと野市本町一丁目1番1号"
OFFICE_TEL = "0238-22-1111"
DOMAIN = "city.minatono.example.jp"
DEPTS = [
    ("市民課", "shimin"),
    ("保険年金課", "kokuho"),
    ("子育て支援課", "kosodate"),
    ("介護福祉課", "kaigo"),
    ("税務課", "zeimu"),
    ("生活福祉課", "seikatsu"),
    ("市民協働課", "kyodo"),
    ("ふるさと納税推進室", "furusato"),
]
BANKS = [
    ("みなと野信用金庫", ["本店", "駅前支店", "北町支店"]),
    ("出羽中央銀行", ["本店営業部", "みなと野支店", "南支店"]),
    ("さくらがわ農業協同組合", ["本所", "東部支所"]),
    ("あおば商工信用組合", ["本店", "西口支店"]),
]
FACILITIES = [
    "みなと野市立第二小学校",
    "特別養護老人ホームひだまり苑",
    "みなと野中央病院",
    "あおぞら保育園",
    "みなと野市民会館",
    "デイサービスセンターかがやき",
]
COMPANIES = [
    "株式会社ミナトノ建設",
    "有限会社さくら介護サービス",
    "合同会社ひかりネット",
    "社会福祉法人みずほ会",
]

# ---------------------------------------------------------------- names written here
# Rare surnames that read as ordinary words, numerals or calendar words: (kanji, hiragana, romaji).
RARE_SURNAMES = [
    ("一", "にのまえ", "Ninomae"),
    ("九", "いちじく", "Ichijiku"),
    ("十", "つなし", "Tsunashi"),
    ("百", "もも", "Momo"),
    ("万", "よろず", "Yorozu"),
    ("千", "せん", "Sen"),
    ("五月女", "そうとめ", "Soutome"),
    ("七五三", "しめ", "Shime"),
    ("四月一日", "わたぬき", "Watanuki"),
    ("八月一日", "ほずみ", "Hozumi"),
    ("九十九", "つくも", "Tsukumo"),
    ("一二三", "ひふみ", "Hifumi"),
    ("正月", "しょうがつ", "Shougatsu"),
    ("元日", "がんじつ", "Ganjitsu"),
    ("春", "はる", "Haru"),
    ("夏", "なつ", "Natsu"),
    ("冬", "ふゆ", "Fuyu"),
    ("今日", "きょう", "Kyou"),
    ("明日", "あけび", "Akebi"),
    ("米", "よね", "Yone"),
    ("金", "かね", "Kane"),
    ("鬼", "おに", "Oni"),
    ("東", "ひがし", "Higashi"),
    ("南", "みなみ", "Minami"),
    ("相談", "そうだん", "Soudan"),
    ("勝負", "しょうぶ", "Shoubu"),
    ("本当", "ほんとう", "Hontou"),
    ("新聞", "しんぶん", "Shimbun"),
    ("日曜", "ひよう", "Hiyou"),
    ("月見里", "やまなし", "Yamanashi"),
    ("小鳥遊", "たかなし", "Takanashi"),
    ("安心院", "あじむ", "Ajimu"),
    ("栗花落", "つゆり", "Tsuyuri"),
    ("十二月", "しわす", "Shiwasu"),
    ("三月", "みつき", "Mitsuki"),
    ("平和", "ひらわ", "Hirawa"),
    ("神", "じん", "Jin"),
    ("上", "かみ", "Kami"),
    ("下", "しも", "Shimo"),
    ("中", "なか", "Naka"),
]
# Foreign residents: (katakana parts, romaji parts in passport order SURNAME GIVEN...).
FOREIGN = [
    (["グエン", "ヴァン", "ナム"], ["NGUYEN", "VAN", "NAM"]),
    (["グエン", "ティ", "ハー"], ["NGUYEN", "THI", "HA"]),
    (["チャン", "ミン", "トゥアン"], ["TRAN", "MINH", "TUAN"]),
    (["レ", "ティ", "ホア"], ["LE", "THI", "HOA"]),
    (["ファム", "ドゥック", "アイン"], ["PHAM", "DUC", "ANH"]),
    (["サントス", "マリア"], ["SANTOS", "MARIA"]),
    (["ペレイラ", "アナ"], ["PEREIRA", "ANA"]),
    (["レイエス", "ジョセフ"], ["REYES", "JOSEPH"]),
    (["ガルシア", "ロサ"], ["GARCIA", "ROSA"]),
    (["デラクルス", "ジャスミン"], ["DELA CRUZ", "JASMINE"]),
    (["シュレスタ", "ラム"], ["SHRESTHA", "RAM"]),
    (["グルン", "スニタ"], ["GURUNG", "SUNITA"]),
    (["ワン", "ファン"], ["WANG", "FANG"]),
    (["リュウ", "ヤン"], ["LIU", "YANG"]),
    (["キム", "ミンジ"], ["KIM", "MINJI"]),
    (["パク", "ジフン"], ["PARK", "JIHOON"]),
    (["スミス", "エミリー"], ["SMITH", "EMILY"]),
    (["ジョンソン", "ダニエル"], ["JOHNSON", "DANIEL"]),
    (["ウィジェセケラ", "ニマル"], ["WIJESEKERA", "NIMAL"]),
    (["ハサン", "ラフィク"], ["HASAN", "RAFIQ"]),
    (["オリベイラ", "ルーカス"], ["OLIVEIRA", "LUCAS"]),
    (["ブイ", "ティ", "タオ"], ["BUI", "THI", "THAO"]),
]

# ---------------------------------------------------------------- text helpers
FW_DIGITS = str.maketrans("0123456789-", "０１２３４５６７８９－")
KANJI_DIGITS = "〇一二三四五六七八九"
HALF_KANA = dict(
    zip(
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー",
        "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ",
        strict=False,
    )
)


def fw(s: str) -> str:
    return s.translate(FW_DIGITS)


def kata(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


def halfkana(katakana: str) -> str:
    out = []
    for c in katakana:
        if c in HALF_KANA:
            out.append(HALF_KANA[c])
            continue
        d = unicodedata.normalize("NFD", c)
        if len(d) == 2 and d[0] in HALF_KANA:
            out.append(HALF_KANA[d[0]] + ("ﾞ" if d[1] == "\u3099" else "ﾟ"))
        elif c == "ヴ":
            out.append("ｳﾞ")
        elif c in "・　 ":
            out.append(" " if c != "・" else "･")
        else:
            out.append(c)
    return "".join(out)


def kanji_num(n: int) -> str:
    if n == 0:
        return "〇"
    s = ""
    if n >= 10:
        tens = n // 10
        s += ("" if tens == 1 else KANJI_DIGITS[tens]) + "十"
        n %= 10
    if n:
        s += KANJI_DIGITS[n]
    return s


# ---------------------------------------------------------------- source data
def _load_yaml_lists(path: Path) -> dict[str, list[list[str]]]:
    """The gimei files are simple: section keys and `- ['a', 'b', 'c', 'd']` rows."""
    sections: dict[str, list[list[str]]] = {}
    path_keys: list[tuple[int, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^( *)([a-z_]+):\s*$", line)
        if m:
            indent = len(m.group(1))
            path_keys = [(i, k) for i, k in path_keys if i < indent] + [(indent, m.group(2))]
            continue
        m = re.match(r"^\s*- \[(.*)\]\s*$", line)
        if m:
            key = "/".join(k for _, k in path_keys)
            sections.setdefault(key, []).append(re.findall(r"'([^']*)'", m.group(1)))
    return sections


NAMES = _load_yaml_lists(GIMEI / "names.yml")
ADDR = _load_yaml_lists(GIMEI / "addresses.yml")
SURNAMES = NAMES["last_name"]
MALE = NAMES["first_name/male"]
FEMALE = NAMES["first_name/female"]
PREFS = ADDR["addresses/prefecture"]
CITIES = ADDR["addresses/city"]
TOWNS = ADDR["addresses/town"]
# The city list is in prefecture order; each prefecture starts at its capital (or first city).
_ANCHORS = [
    "札幌市",
    "青森市",
    "盛岡市",
    "仙台市",
    "秋田市",
    "山形市",
    "福島市",
    "水戸市",
    "宇都宮市",
    "前橋市",
    "さいたま市",
    "千葉市",
    "千代田区",
    "横浜市",
    "新潟市",
    "富山市",
    "金沢市",
    "福井市",
    "甲府市",
    "長野市",
    "岐阜市",
    "静岡市",
    "名古屋市",
    "津市",
    "大津市",
    "京都市",
    "大阪市",
    "神戸市",
    "奈良市",
    "和歌山市",
    "鳥取市",
    "松江市",
    "岡山市",
    "広島市",
    "下関市",
    "徳島市",
    "高松市",
    "松山市",
    "高知市",
    "北九州市",
    "佐賀市",
    "長崎市",
    "熊本市",
    "大分市",
    "宮崎市",
    "鹿児島市",
    "那覇市",
]
_ANCHOR_IDX = [next(i for i, c in enumerate(CITIES) if c[0].startswith(a)) for a in _ANCHORS]


def pref_of(city_index: int) -> str:
    p = 0
    for k, start in enumerate(_ANCHOR_IDX):
        if city_index >= start:
            p = k
    return PREFS[p][0]


# ---------------------------------------------------------------- documents
class Doc:
    def __init__(self, style: str):
        self.style = style
        self.parts: list[str] = []
        self.n = 0
        self.ents: list[tuple[str, int, int, str]] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, typ: str, s: str) -> Doc:
        assert typ in TYPES, typ
        start = self.n
        self.t(s)
        self.ents.append((typ, start, self.n, s))
        return self

    def f(self, template: str, **kw) -> Doc:
        """Write template text; {key} is replaced by kw[key]: a plain str or (TYPE, value)."""
        for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
            if i % 2 == 0:
                if piece:
                    self.t(piece)
                continue
            v = kw[piece]
            if isinstance(v, tuple):
                self.e(*v)
            elif isinstance(v, list):  # a list of pieces, each plain or labelled
                for x in v:
                    self.e(*x) if isinstance(x, tuple) else self.t(x)
            else:
                self.t(v)
        return self

    def text(self) -> str:
        return "".join(self.parts)


def L(typ: str, value: str) -> tuple[str, str]:
    return (typ, value)


class Person:
    def __init__(self, rng: random.Random, female: bool | None = None, rare: float = 0.12):
        self.female = rng.random() < 0.5 if female is None else female
        if rng.random() < rare:
            k, h, r = rng.choice(RARE_SURNAMES)
            self.sei, self.sei_h, self.sei_r = k, h, r
        else:
            k, h, _kk, r = rng.choice(SURNAMES)
            self.sei, self.sei_h, self.sei_r = k, h, r
        k, h, _kk, r = rng.choice(FEMALE if self.female else MALE)
        self.mei, self.mei_h, self.mei_r = k, h, r

    def full(self, sep: str = "\u3000") -> str:
        return f"{self.sei}{sep}{self.mei}"

    def kana(self, sep: str = "\u3000") -> str:
        return f"{kata(self.sei_h)}{sep}{kata(self.mei_h)}"

    def hira(self, sep: str = "\u3000") -> str:
        return f"{self.sei_h}{sep}{self.mei_h}"

    def half(self) -> str:
        return halfkana(f"{kata(self.sei_h)} {kata(self.mei_h)}")

    def roman_caps(self) -> str:
        return f"{self.sei_r.upper()} {self.mei_r.upper()}"

    def roman(self) -> str:
        return f"{self.mei_r} {self.sei_r}"


def same_family(rng: random.Random, head: Person, female: bool | None = None) -> Person:
    p = Person(rng, female)
    p.sei, p.sei_h, p.sei_r = head.sei, head.sei_h, head.sei_r
    return p


class Foreigner:
    def __init__(self, rng: random.Random):
        self.kata_parts, self.rom_parts = rng.choice(FOREIGN)

    def kata(self, style: str) -> str:
        sep = {"dot": "・", "space": "\u3000", "run": ""}[style]
        return sep.join(self.kata_parts)

    def caps(self) -> str:
        return " ".join(self.rom_parts)

    def given_surname(self) -> str:
        parts = [p.capitalize() for p in " ".join(self.rom_parts).split()]
        if self.rom_parts[0] == "DELA CRUZ":
            return " ".join([*parts[2:], "dela", "Cruz"])
        return " ".join(parts[1:] + parts[:1])


def _other_foreigner(rng: random.Random, f: Foreigner, same_country: bool = False) -> Foreigner:
    """Another foreign resident (a spouse or a relative abroad), from the same country when asked."""
    home = SURNAME_COUNTRY[f.rom_parts[0]]
    pool = [
        x
        for x in FOREIGN
        if x[1] != f.rom_parts and (not same_country or SURNAME_COUNTRY[x[1][0]] == home)
    ]
    g = Foreigner(rng)
    g.kata_parts, g.rom_parts = rng.choice(pool or [x for x in FOREIGN if x[1] != f.rom_parts])
    return g


# ---------------------------------------------------------------- value generators
def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def my_number(rng: random.Random, fmt: str = "run") -> str:
    body = [rng.randint(0, 9) for _ in range(11)]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    s = "".join(map(str, body)) + str(check)
    return group(s, [4, 4, 4], fmt)


def luhn_card(rng: random.Random, fmt: str = "space") -> str:
    # Real issuer ranges (Visa 4, Mastercard 51-55, JCB 3528-3589), random otherwise.
    prefix = rng.choice(["4", f"5{rng.randint(1, 5)}", f"35{rng.randint(28, 89)}"])
    body = prefix + digits(rng, 15 - len(prefix))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    s = body + str((10 - total % 10) % 10)
    return group(s, [4, 4, 4, 4], fmt)


def group(s: str, sizes: list[int], fmt: str) -> str:
    if fmt == "run":
        return s
    sep = {"space": " ", "hyphen": "-"}[fmt]
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    return sep.join(out)


def pension(rng: random.Random) -> str:
    a, b = digits(rng, 4), digits(rng, 6)
    return rng.choice([f"{a}-{b}", f"{a} {b}", f"{a}{b}"])


def mobile(rng: random.Random) -> str:
    return f"0{rng.choice('789')}0-{digits(rng, 4)}-{digits(rng, 4)}"


def landline(rng: random.Random) -> str:
    return rng.choice(
        [
            f"0238-{rng.randint(23, 49)}-{digits(rng, 4)}",
            f"023-6{digits(rng, 2)}-{digits(rng, 4)}",
            f"0235-{rng.randint(22, 39)}-{digits(rng, 4)}",
            f"011-7{digits(rng, 2)}-{digits(rng, 4)}",
        ]
    )


def phone(rng: random.Random) -> str:
    return mobile(rng) if rng.random() < 0.6 else landline(rng)


def direct_line(rng: random.Random) -> str:
    return f"0238-22-{rng.randint(2000, 9899)}"


def postal(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}{rng.randint(0, 9)}-{digits(rng, 4)}"


def passport(rng: random.Random) -> str:
    return rng.choice(["T", "M", "C", "P", "E"]) + rng.choice("KRZHABNS") + digits(rng, 7)


def passport_foreign(rng: random.Random) -> str:
    return rng.choice(
        [
            f"C{digits(rng, 7)}",
            f"P{digits(rng, 7)}",
            f"E{digits(rng, 8)}",
            f"M{digits(rng, 8)}",
            f"{digits(rng, 9)}",
            f"FB{digits(rng, 7)}",
        ]
    )


def licence(rng: random.Random) -> str:
    return f"{rng.choice(['22', '23', '10', '30', '64'])}{digits(rng, 10)}"


def account(rng: random.Random) -> str:
    return digits(rng, 7)


def yucho(rng: random.Random) -> tuple[str, str]:
    return f"1{digits(rng, 3)}0", f"{digits(rng, 7)}1"


def ins_number(rng: random.Random) -> str:
    return digits(rng, 8) if rng.random() < 0.5 else f"00{digits(rng, 8)}"


def kaigo_number(rng: random.Random) -> str:
    return f"{rng.choice(['00', '01', '02'])}{digits(rng, 8)}"


def ip(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.85:
        net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{rng.randint(2, 254)}"
    return f"2001:db8:{rng.randint(1, 0xFFF):x}::{rng.randint(1, 0xFFFF):x}"


def email_private(rng: random.Random, p: Person | None = None) -> str:
    local = (
        p.mei_r.lower() + rng.choice([".", "_", ""]) + p.sei_r.lower()[: rng.randint(1, 6)]
        if p
        else rng.choice(["hana", "koji", "mm", "yuki", "tk"]) + digits(rng, 3)
    )
    n = rng.randint(1, 99)
    host = rng.choice(["example.ne.jp", "example.com", "example.jp", "mail.example.org"])
    return f"{local}{n}@{host}"


def email_staff(p: Person) -> str:
    return f"{p.sei_r.lower()}-{p.mei_r[0].lower()}@{DOMAIN}"


# ---------------------------------------------------------------- dates
def rand_date(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if (y, m) == (1989, 1) and d <= 7:
        d += 8
    if (y, m) == (2019, 4) and d == 30:
        d = 29
    return y, m, d


def era(y: int, m: int, d: int) -> tuple[str, str, int]:
    if (y, m, d) >= (2019, 5, 1):
        return "令和", "R", y - 2018
    if (y, m, d) >= (1989, 1, 8):
        return "平成", "H", y - 1988
    return "昭和", "S", y - 1925


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def fmt_date(ymd: tuple[int, int, int], style: str) -> str:
    y, m, d = ymd
    name, ab, ey = era(y, m, d)
    eys = "元" if ey == 1 else str(ey)
    if style == "wareki":
        return f"{name}{eys}年{m}月{d}日"
    if style == "wareki_kanji":
        return f"{name}{'元' if ey == 1 else kanji_num(ey)}年{kanji_num(m)}月{kanji_num(d)}日"
    if style == "wareki_fw":
        return fw(f"{name}{eys}年{m}月{d}日")
    if style == "abbr":
        return f"{ab}{ey}.{m}.{d}"
    if style == "abbr0":
        return f"{ab}{ey:02d}/{m:02d}/{d:02d}"
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "nen":
        return f"{y}年{m}月{d}日"
    if style == "en_mdy":
        return f"{MONTHS[m - 1]} {d}, {y}"
    if style == "en_dmy":
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == "dd/mm":
        return f"{d:02d}/{m:02d}/{y}"
    raise ValueError(style)


def birth(rng: random.Random, style: str, y0: int = 1935, y1: int = 2003) -> str:
    return fmt_date(rand_date(rng, y0, y1), style)


def jp_date_styles(rng: random.Random) -> str:
    return rng.choice(["wareki", "wareki", "abbr", "abbr0", "slash", "iso", "nen", "wareki_kanji"])


# ---------------------------------------------------------------- addresses
BUILDINGS = [
    "コーポ若葉",
    "メゾン・ド・ソレイユ",
    "サンハイツ",
    "グランレジデンス本町",
    "ハイツ藤",
    "パークサイド緑町",
    "第二松風荘",
    "レオパレス朝日",
    "ライオンズマンション駅前",
    "シャトー白鳥",
    "アーバンコート",
    "県営みどり団地",
    "市営北町住宅",
]


def addr(rng: random.Random, pref: float = 0.4, bld: float = 0.35, full: bool = False) -> str:
    ci = rng.randrange(len(CITIES))
    city = CITIES[ci][0]
    town = rng.choice(TOWNS)[0]
    s = (pref_of(ci) if rng.random() < pref else "") + city + town
    a, b, c = rng.randint(1, 6), rng.randint(1, 40), rng.randint(1, 30)
    form = rng.randrange(6)
    if form == 0:
        s += f"{a}丁目{b}番{c}号"
    elif form == 1:
        s += f"{a}-{b}-{c}"
    elif form == 2:
        s += f"{rng.randint(1, 2999)}番地{rng.choice(['', str(c)])}".rstrip()
    elif form == 3:
        s += f"{kanji_num(a)}丁目{b}番{c}号"
    elif form == 4:
        s += f"{a}丁目{b}-{c}"
    else:
        s += f"字{rng.choice(['上野', '大谷地', '中島', '西原'])}{rng.randint(1, 999)}番地"
    if rng.random() < bld:
        bn = rng.choice(BUILDINGS)
        r = rng.randrange(4)
        room = f"{rng.randint(1, 9)}0{rng.randint(1, 9)}"
        if r == 0:
            s += f"\u3000{bn}{room}号室"
        elif r == 1:
            s += f" {bn} {rng.randint(2, 14)}階"
        elif r == 2:
            s += f"{bn}{room}"
        else:
            s += f" {bn}{rng.randint(1, 12)}号棟{room}号室"
    if full:
        s = fw(s)
    return s


def sapporo_addr(rng: random.Random, with_city: bool) -> str:
    n, m = rng.randint(1, 42), rng.randint(1, 18)
    s = ("札幌市" + rng.choice(["北区", "東区", "中央区"])) if with_city else ""
    s += f"{rng.choice(['北', '南'])}{n}条{rng.choice(['西', '東'])}{m}丁目"
    s += rng.choice(
        [
            f"{rng.randint(1, 30)}番地{rng.randint(1, 20)}",
            f"{rng.randint(1, 30)}-{rng.randint(1, 20)}",
            f"{rng.randint(1, 30)}番{rng.randint(1, 20)}号",
        ]
    )
    if rng.random() < 0.6:
        s += f" {rng.choice(BUILDINGS)}{rng.randint(1, 9)}0{rng.randint(1, 9)}号室"
    return s


EN_TOWNS = [
    "Saiwai-cho",
    "Midori-machi",
    "Asahi-machi",
    "Kita-machi",
    "Minami-hama",
    "Higashiyama",
    "Shinmachi",
    "Wakaba-cho",
    "Sakuragaoka",
    "Ekimae-dori",
]
EN_CITIES = [
    ("Minatono-shi", "Yamagata"),
    ("Minatono City", "Yamagata"),
    ("Sakata-shi", "Yamagata"),
    ("Tsuruoka City", "Yamagata"),
    ("Sendai-shi Aoba-ku", "Miyagi"),
    ("Yonezawa City", "Yamagata"),
]


def en_jp_addr(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.25:
        return (
            f"{rng.randint(1, 30)}-{rng.randint(1, 20)} Kita {rng.randint(1, 42)}-jo Nishi {rng.randint(1, 18)}-chome, "
            f"{rng.choice(['Kita-ku', 'Higashi-ku', 'Chuo-ku'])}, Sapporo"
        )
    city, pref = rng.choice(EN_CITIES)
    s = ""
    if rng.random() < 0.6:
        s += f"{rng.choice(['Room', 'Apt.', '#'])} {rng.randint(1, 5)}0{rng.randint(1, 9)}, "
        s += (
            rng.choice(
                [
                    "Sun Heights",
                    "Corpo Wakaba",
                    "Maison Soleil",
                    "Green Court",
                    "Kita-machi Danchi 3",
                ]
            )
            + ", "
        )
    s += f"{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {rng.choice(EN_TOWNS)}, {city}"
    if rng.random() < 0.6:
        s += f", {pref}"
    return s


FOREIGN_ADDR = [  # (country code, address span, postal code, country as written after it)
    ("US", "4821 SE Division St, Portland, OR", "97206", "USA"),
    ("US", "1190 NW Glisan Street Apt 3B, Portland, Oregon", "97209", "U.S.A."),
    ("VN", "So 18 Ngo 72 Pho Tran Duy Hung, Cau Giay, Ha Noi", "100000", "Viet Nam"),
    ("VN", "45 Nguyen Trai, Phuong 7, Quan 5, Ho Chi Minh City", "700000", "Vietnam"),
    (
        "PH",
        "Blk 5 Lot 12 Mabini St., Brgy. San Roque, Marikina City, Metro Manila",
        "1801",
        "Philippines",
    ),
    ("PH", "221 Rizal Avenue, Barangay Poblacion, Tarlac City, Tarlac", "2300", "Philippines"),
    ("BR", "Rua das Flores, 215, Apto 42, Centro, Curitiba - PR", "80020-090", "Brasil"),
    ("BR", "Avenida Brasil, 1520, Casa 2, Londrina - PR", "86010-200", "Brazil"),
    ("NP", "Ward No. 4, Lakeside, Pokhara", "33700", "Nepal"),
    ("CA", "27 Maple Crescent, Hamilton, ON", "L8P 4R5", "Canada"),
    ("GB", "Flat 2, 14 Elm Grove, Leeds", "LS6 2AB", "United Kingdom"),
    ("LK", "No. 33 Galle Road, Dehiwala", "10350", "Sri Lanka"),
    ("CN", "Room 1203, No. 88 Zhongshan Road, Gulou District, Nanjing, Jiangsu", "210008", "China"),
    ("KR", "101-1203, 25 Teheran-ro, Gangnam-gu, Seoul", "06142", "Korea"),
    ("BD", "House 12, Road 5, Dhanmondi, Dhaka", "1205", "Bangladesh"),
]
NATIONALITY = {
    "US": ("U.S.A.", "米国"),
    "VN": ("Viet Nam", "ベトナム"),
    "PH": ("Philippines", "フィリピン"),
    "BR": ("Brazil", "ブラジル"),
    "NP": ("Nepal", "ネパール"),
    "CA": ("Canada", "カナダ"),
    "GB": ("United Kingdom", "英国"),
    "LK": ("Sri Lanka", "スリランカ"),
    "CN": ("China", "中国"),
    "KR": ("Republic of Korea", "韓国"),
    "BD": ("Bangladesh", "バングラデシュ"),
}
SURNAME_COUNTRY = {
    "NGUYEN": "VN",
    "TRAN": "VN",
    "LE": "VN",
    "PHAM": "VN",
    "BUI": "VN",
    "SANTOS": "BR",
    "PEREIRA": "BR",
    "OLIVEIRA": "BR",
    "REYES": "PH",
    "GARCIA": "PH",
    "DELA CRUZ": "PH",
    "SHRESTHA": "NP",
    "GURUNG": "NP",
    "WANG": "CN",
    "LIU": "CN",
    "KIM": "KR",
    "PARK": "KR",
    "SMITH": "US",
    "JOHNSON": "GB",
    "WIJESEKERA": "LK",
    "HASAN": "BD",
}


def home_address(rng: random.Random, f: Foreigner) -> tuple[str, str, str]:
    code = SURNAME_COUNTRY[f.rom_parts[0]]
    options = [a for a in FOREIGN_ADDR if a[0] == code] or [a for a in FOREIGN_ADDR if a[0] == "US"]
    _, addr_span, pc, country = rng.choice(options)
    return addr_span, pc, country


COUNTRY_PHONE = {
    "USA": "+1",
    "U.S.A.": "+1",
    "Canada": "+1",
    "Viet Nam": "+84",
    "Vietnam": "+84",
    "Philippines": "+63",
    "Brasil": "+55",
    "Brazil": "+55",
    "Nepal": "+977",
    "United Kingdom": "+44",
    "Sri Lanka": "+94",
    "China": "+86",
    "Korea": "+82",
    "Bangladesh": "+880",
}


def foreign_phone(rng: random.Random, country: str | None = None) -> str:
    code = COUNTRY_PHONE.get(country or "")
    by_code = {
        "+1": f"+1 503-555-01{rng.randint(0, 99):02d}",
        "+84": f"+84 90 {digits(rng, 3)} {digits(rng, 4)}",
        "+63": f"+63 917 {digits(rng, 3)} {digits(rng, 4)}",
        "+55": f"+55 41 9{digits(rng, 4)}-{digits(rng, 4)}",
        "+977": f"+977 98{digits(rng, 8)}",
        "+44": f"+44 7700 900{digits(rng, 3)}",
        "+94": f"+94 77 {digits(rng, 3)} {digits(rng, 4)}",
        "+86": f"+86 139 {digits(rng, 4)} {digits(rng, 4)}",
        "+82": f"+82 10-{digits(rng, 4)}-{digits(rng, 4)}",
        "+880": f"+880 1711-{digits(rng, 6)}",
    }
    if code:
        return by_code[code]
    return rng.choice(
        [
            f"+1 503-555-01{rng.randint(0, 99):02d}",
            f"+1 (503) 555-01{rng.randint(0, 99):02d}",
            f"+84 90 {digits(rng, 3)} {digits(rng, 4)}",
            f"+63 917 {digits(rng, 3)} {digits(rng, 4)}",
            f"+55 41 9{digits(rng, 4)}-{digits(rng, 4)}",
            f"+977 98{digits(rng, 8)}",
        ]
    )


def intl_jp_phone(rng: random.Random) -> str:
    return rng.choice(
        [
            f"+81-90-{digits(rng, 4)}-{digits(rng, 4)}",
            f"+81 80 {digits(rng, 4)} {digits(rng, 4)}",
            f"+81-238-{rng.randint(23, 49)}-{digits(rng, 4)}",
        ]
    )


# ---------------------------------------------------------------- distractors
def case_no(rng: random.Random) -> str:
    return rng.choice(
        [
            f"受付第2024-{rng.randint(100, 999)}号",
            f"No.{digits(rng, 5)}",
            f"R6-福-{digits(rng, 4)}",
            f"受付番号 2025-{digits(rng, 4)}",
            f"相談番号 {rng.randint(2023, 2025)}{digits(rng, 4)}",
        ]
    )


def office_footer(rng: random.Random, dept: tuple[str, str]) -> str:
    return rng.choice(
        [
            f"みなと野市 {dept[0]}\n{OFFICE_ADDR}\n代表 {OFFICE_TEL}（"
            f"内線{rng.randint(2100, 4899)}）\n{dept[1]}@{DOMAIN}",
            f"{OFFICE_ADDR}　みなと野市役所{dept[0]}\nTEL {OFFICE_TEL}（代表）／内線 {rng.randint(2100, 4899)}",
            f"問合せ先：{dept[0]}（{OFFICE_ADDR}）電話 {OFFICE_TEL} 内"
            f"線{rng.randint(2100, 4899)} E-mail {dept[1]}@{DOMAIN}",
        ]
    )


def meeting_date(rng: random.Random) -> str:
    return rng.choice(
        [
            f"令和6年{rng.randint(4, 12)}月{rng.randint(1, 28)}日",
            f"2025年{rng.randint(1, 9)}月{rng.randint(1, 28)}日",
            f"令和七年{kanji_num(rng.randint(1, 9))}月{kanji_num(rng.randint(1, 28))}日",
        ]
    )


def houjin(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}{digits(rng, 12)}"


def jigyosho(rng: random.Random) -> str:
    return f"06{rng.randint(7, 9)}{digits(rng, 7)}"


def hokensha(rng: random.Random) -> str:
    return rng.choice([f"06{digits(rng, 6)}", f"{digits(rng, 6)}", f"0113{digits(rng, 4)}"])


# ================================================================ styles
def s_pdf_application(rng: random.Random) -> Doc:
    """児童手当 認定請求書, text pulled out of a PDF: broken lines, 全角 digits, columns run together."""
    d = Doc("pdf_extract_application")
    head = Person(rng)
    spouse = same_family(rng, head, female=not head.female)
    kids = [same_family(rng, head) for _ in range(rng.randint(1, 3))]
    use_fw = rng.random() < 0.6

    def conv(s: str) -> str:
        return fw(s) if use_fw else s

    d.f("児童手当・特例給付 認定請求書　　　　　　　　みなと野市長　様\n")
    d.f(
        "請求年月日 {dt}　受付番号 {no}\n",
        dt=conv(f"2025年{rng.randint(1, 9)}月{rng.randint(1, 28)}日"),
        no=conv(f"2025-{digits(rng, 4)}"),
    )
    d.f(
        "（フリガナ）{k}\n請求者氏名 {n}　　　生年月日 {b}　性別 {sx}\n",
        k=L("PERSON", head.kana()),
        n=L("PERSON", head.full()),
        b=L("BIRTH_DATE", conv(birth(rng, rng.choice(["wareki", "nen"]), 1975, 1998))),
        sx="女" if head.female else "男",
    )
    pc = conv(postal(rng))
    d.f(
        "住所 〒{p}\n{a}\n",
        p=L("POSTAL_CODE", pc),
        a=L("ADDRESS", addr(rng, pref=0.2, full=use_fw)),
    )
    d.f(
        "電話番号（日中連絡の取れる番号）{t}　個人番号 {m}\n職業 会社員　勤務先名称 {co}\n",
        t=L("PHONE", conv(phone(rng))),
        m=L("MY_NUMBER", conv(my_number(rng, rng.choice(["run", "space"])))),
        co=rng.choice(COMPANIES),
    )
    d.f(
        "加入している年金の種類 厚生年金　基礎年金番号 {pn}　健康保険証の記号 {ks} 番号\n{kn} 保険者番号 {hs}\n",
        pn=L("PENSION_NUMBER", conv(pension(rng))),
        ks=L("INSURANCE_NUMBER", conv(str(rng.randint(10, 9999)))),
        kn=L("INSURANCE_NUMBER", conv(str(rng.randint(1, 999)))),
        hs=conv(hokensha(rng)),
    )
    d.f(
        "配偶者の氏名 {sp}　配偶者の個人番号 {m}\n",
        sp=L("PERSON", spouse.full()),
        m=L("MY_NUMBER", conv(my_number(rng))),
    )
    d.t("請求者が監護している児童\n氏名 続柄 生年月日 同居・別居の別\n")
    for k in kids:
        d.f(
            "{n} {r} {b} 同居\n",
            n=L("PERSON", k.full(" ")),
            r="長女" if k.female else "長男",
            b=L("BIRTH_DATE", conv(birth(rng, rng.choice(["wareki", "abbr"]), 2010, 2024))),
        )
    bank, branches = rng.choice(BANKS)
    d.f(
        "振込先金融機関 {b} {br} 普通 口座番号 {a} 口座名義（カナ）{k}\n",
        b=bank,
        br=rng.choice(branches),
        a=L("BANK_ACCOUNT", conv(account(rng))),
        k=L("PERSON", head.kana(" ")),
    )
    d.f("上記のとおり請求します。この請求書に記載した事項は事実に相違ありませ\nん。\n\n－ 1 －\n")
    d.t(office_footer(rng, DEPTS[2]) + "\n")
    return d


def s_excel_two_row(rng: random.Random) -> Doc:
    """介護保険 受給者一覧 copied out of Excel: two header rows, merged cells leave blanks."""
    d = Doc("excel_two_row_header")
    d.t("令和6年度 要介護認定者一覧（11月末時点）\t\t\t\t\t\t\t\n")
    d.t("被保険者\t\t\t\t住所\t\t連絡先\t認定\t\n")
    d.t("番号\t氏名\tﾌﾘｶﾞﾅ\t生年月日\t〒\t住所\t電話\t要介護度\t事業所番号\n")
    area_prev = None
    for _ in range(rng.randint(4, 6)):
        p = Person(rng, rare=0.2)
        d.e("INSURANCE_NUMBER", kaigo_number(rng)).t("\t")
        d.e("PERSON", p.full()).t("\t").e("PERSON", p.half()).t("\t")
        d.e("BIRTH_DATE", birth(rng, rng.choice(["abbr", "abbr0", "wareki"]), 1928, 1958)).t("\t")
        if (
            area_prev and rng.random() < 0.3
        ):  # merged cell: same household, blank postcode and address
            d.t("\t\t")
        else:
            d.e("POSTAL_CODE", postal(rng)).t("\t").e("ADDRESS", addr(rng, pref=0.1)).t("\t")
        area_prev = True
        d.e("PHONE", landline(rng) if rng.random() < 0.6 else mobile(rng)).t("\t")
        d.t(rng.choice(["要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護5"]) + "\t")
        d.t(jigyosho(rng) + "\n")
    d.t("\t\t\t\t\t\t\t計\t" + str(rng.randint(1200, 1900)) + "人\n")
    return d


def s_word_table(rng: random.Random) -> Doc:
    """国保 世帯員一覧, a Word table pasted with tabs (one row per line), note below."""
    d = Doc("word_table_tabs")
    head = Person(rng)
    d.f(
        "国民健康保険 資格確認書 交付対象世帯\n保険者番号\t{hs}\t世帯番号\t{sn}\n",
        hs=f"06{digits(rng, 4)}",
        sn=digits(rng, 9),
    )
    d.f(
        "世帯主\t{n}\t住所\t{a}\n",
        n=L("PERSON", head.full()),
        a=L("ADDRESS", addr(rng, pref=0.0, bld=0.5)),
    )
    d.t("続柄\t氏名\t生年月日\t記号\t番号\t備考\n")
    members = [head] + [same_family(rng, head) for _ in range(rng.randint(1, 3))]
    ks = f"{rng.randint(1, 99)}-{rng.randint(100, 999)}"
    for i, m in enumerate(members):
        rel = (
            "世帯主"
            if i == 0
            else ("妻" if i == 1 and not head.female else ("子" if i > 1 else "夫"))
        )
        d.f(
            "{r}\t{n}\t{b}\t{k}\t{no}\t{note}\n",
            r=rel,
            n=L("PERSON", m.full("")),
            b=L(
                "BIRTH_DATE",
                birth(
                    rng,
                    rng.choice(["wareki", "slash"]),
                    1950 if i < 2 else 2005,
                    1990 if i < 2 else 2022,
                ),
            ),
            k=L("INSURANCE_NUMBER", ks),
            no=L("INSURANCE_NUMBER", str(200 + i * rng.randint(1, 9))),
            note=rng.choice(["", "未就学児", "70歳以上", "学生（県外）", "限度額適用"]),
        )
    staff = Person(rng)
    d.f(
        "\n※記号・番号は世帯共通の記号に枝番を付しています。条例第13条によ"
        "り減免申請あり（申請日 {dt}）。\n担当：{s}（直通 {t}）\n",
        dt=meeting_date(rng),
        s=L("PERSON", staff.sei),
        t=L("PHONE", direct_line(rng)),
    )
    return d


def s_complaint_log(rng: random.Random) -> Doc:
    """苦情・相談受付簿 with free text."""
    d = Doc("complaint_log")
    d.t("【市民の声 受付簿】市民協働課\n")
    for _ in range(rng.randint(2, 3)):
        caller, neigh, staff = Person(rng, rare=0.2), Person(rng, rare=0.2), Person(rng)
        d.f(
            "━━━━━━━━━━\n{no}　受付日 {dt}　受付方法 電話\n相談者：{c}様（{age}歳）　連絡先 {t}\n",
            no=case_no(rng),
            dt=meeting_date(rng),
            c=L("PERSON", caller.full()),
            age=str(rng.randint(28, 88)),
            t=L("PHONE", phone(rng)),
        )
        v = rng.randrange(3)
        if v == 0:
            d.f(
                "内容：隣家の{nn}さん宅（{a}）の庭木が道路にはみ出していて通学路が危ない。以前も{nn2}さんには直接お願いしたが改善されない。\n",
                nn=L("PERSON", neigh.sei),
                a=L("ADDRESS", addr(rng, pref=0.0, bld=0.0)),
                nn2=L("PERSON", neigh.sei),
            )
        elif v == 1:
            d.f(
                "内容：ごみ集積所の件。{nn}（{h}）さんが分別をしないと町内会長から聞いた。自宅は{a}で、カラス被害がひどい。\n",
                nn=L("PERSON", neigh.full()),
                h=L("PERSON", neigh.hira()),
                a=L("ADDRESS", addr(rng, pref=0.0)),
            )
        elif v == 2 and rng.random() < 0.5:
            d.f(
                "内容：市税のカード納付で二重に引き落とされた。カード番号は{c}、{dt}に2回決済された。窓口の{s}さんに伝えたが返事がない。\n",
                c=L("CREDIT_CARD", luhn_card(rng, rng.choice(["space", "run"]))),
                dt=meeting_date(rng),
                s=L("PERSON", staff.sei),
            )
        else:
            d.f(
                "内容：窓口職員の対応について。先週{dt}に来庁した際、{fac}の減免について説明が不十分だった。担当は{s}主事とのこと。\n",
                dt=meeting_date(rng),
                fac=rng.choice(FACILITIES),
                s=L("PERSON", staff.sei),
            )
        d.f(
            "対応：{s}が折り返し連絡（{t}へ）。{c}様は了承。経過観察。\n",
            s=L("PERSON", staff.full("")),
            t=L("PHONE", mobile(rng)),
            c=L("PERSON", caller.sei),
        )
        if rng.random() < 0.5:
            d.f("メール回答希望：{m}\n", m=L("EMAIL", email_private(rng, caller)))
    d.t("━━━━━━━━━━\n" + office_footer(rng, DEPTS[6]) + "\n")
    return d


def s_minutes(rng: random.Random) -> Doc:
    """委員会 議事録 with speaker lines."""
    d = Doc("council_minutes")
    chair, v1, v2, v3 = (Person(rng, rare=0.25) for _ in range(4))
    kacho, buchou, clerk = Person(rng), Person(rng), Person(rng)
    d.f("厚生常任委員会 会議録\n日時 {dt} 午前10時開会\n場所 第2委員会室\n", dt=meeting_date(rng))
    d.f(
        "出席委員（4名）\n委員長 {a}君　副委員長 {b}君\n委員 {c}君　委員 {e}君\n",
        a=L("PERSON", chair.full()),
        b=L("PERSON", v1.full()),
        c=L("PERSON", v2.full()),
        e=L("PERSON", v3.full()),
    )
    d.f(
        "説明のため出席した者\n健康福祉部長 {b}君　介護福祉課長 {k}君\n書記：{cl}\n\n",
        b=L("PERSON", buchou.full()),
        k=L("PERSON", kacho.full()),
        cl=L("PERSON", clerk.sei),
    )
    d.f(
        "○委員長（{a}君）　ただいまから委員会を開会いたします。議案第{n}号"
        " みなと野市介護保険条例の一部を改正する条例について、説明を求めます。\n",
        a=L("PERSON", chair.full("")),
        n=str(rng.randint(30, 80)),
    )
    d.f(
        "○介護福祉課長（{k}君）　御説明いたします。第{n}条の保険料率"
        "の改定で、対象は約{m}人、影響額は{yen}円でございます。\n",
        k=L("PERSON", kacho.full("")),
        n=str(rng.randint(2, 20)),
        m=str(rng.randint(300, 9000)),
        yen=f"{rng.randint(1, 99)},{digits(rng, 3)},000",
    )
    d.f(
        "○{b}委員　陳情者の{x}さんのお宅、{a}ですが、そこまで訪問介護が来ないと聞いている。実態はどうか。\n",
        b=L("PERSON", v2.sei),
        x=L("PERSON", Person(rng).full()),
        a=L("ADDRESS", addr(rng, pref=0.0)),
    )
    d.f(
        "○介護福祉課長（{k}君）　{x}委員の御指摘の件は把握しております。事業所に確認いたします。\n",
        k=L("PERSON", kacho.full("")),
        x=L("PERSON", v2.sei),
    )
    d.f(
        "○{c}委員　賛成の立場で一言。\n○委員長（{a}君）　採決いたします。全員賛成"
        "。よって本案は原案のとおり可決すべきものと決しました。\n午前11時42分閉会\n",
        c=L("PERSON", v3.sei),
        a=L("PERSON", chair.full("")),
    )
    return d


def s_certificate_request(rng: random.Random) -> Doc:
    """住民票の写し・印鑑登録証明書 交付請求書, typed by the clerk, with a 委任状."""
    d = Doc("certificate_request")
    req = Person(rng, rare=0.15)
    target = Person(rng)
    d.f(
        "住民票の写し等交付請求書　（{no}）\n窓口に来た人\n住所 {a}\n氏名 {n}　（{k}）\n生年月日 {b}　電話 {t}\n",
        no=case_no(rng),
        a=L("ADDRESS", addr(rng, pref=0.3)),
        n=L("PERSON", req.full()),
        k=L("PERSON", req.hira()),
        b=L("BIRTH_DATE", birth(rng, rng.choice(["wareki", "wareki_kanji", "abbr"]))),
        t=L("PHONE", phone(rng)),
    )
    d.f(
        "必要な人\n住所 {a}\n筆頭者／世帯主 {n}\n",
        a=L("ADDRESS", addr(rng, pref=0.0, bld=0.4)),
        n=L("PERSON", target.full()),
    )
    d.t(
        "種類 住民票の写し 2通（本籍・続柄あり）　印鑑登録証明書 1通\n使いみち 相続手続き（提出先："
        + rng.choice(BANKS)[0]
        + "）\n"
    )
    kind = rng.choice([0, 1, 1, 2])
    if kind == 0:
        d.f("本人確認書類 運転免許証（番号 {x}）\n", x=L("DRIVER_LICENSE", licence(rng)))
    elif kind == 1:
        d.f(
            "本人確認書類 旅券（番号 {x}）、健康保険資格確認書（記号 {a} 番号 {b}）\n",
            x=L("PASSPORT", passport(rng)),
            a=L("INSURANCE_NUMBER", str(rng.randint(1, 999))),
            b=L("INSURANCE_NUMBER", digits(rng, 4)),
        )
    else:
        d.f(
            "本人確認書類 運転免許証 {x}／個人番号カード（個人番号 {m}）\n",
            x=L("DRIVER_LICENSE", licence(rng)),
            m=L("MY_NUMBER", my_number(rng, "hyphen")),
        )
    d.f(
        "委任状：私は上記の者を代理人と定め、住民票の写しの請求・受領を委任します。\n委任者"
        " {n}　生年月日 {b}\n受付 {dt}　交付手数料 600円　受付者 {s}\n",
        n=L("PERSON", target.full(" ")),
        b=L("BIRTH_DATE", birth(rng, "nen")),
        dt=meeting_date(rng),
        s=L("PERSON", Person(rng).sei),
    )
    return d


def _csv_quote(v: str, q: bool) -> str:
    return f'"{v}"' if q else v


def s_csv_header(rng: random.Random) -> Doc:
    """児童手当 口座振替 export, CSV with header, shuffled columns, quoted values."""
    d = Doc("csv_header_shuffled")
    cols = [
        "受給者番号",
        "氏名",
        "氏名カナ",
        "生年月日",
        "個人番号",
        "金融機関コード",
        "金融機関名",
        "支店コード",
        "預金種目",
        "口座番号",
        "支給額",
    ]
    rng.shuffle(cols)
    q = rng.random() < 0.6
    d.t(",".join(_csv_quote(c, q) for c in cols) + "\n")
    for _ in range(rng.randint(5, 7)):
        p = Person(rng, rare=0.15)
        bank = rng.choice(BANKS)
        row = {
            "受給者番号": (None, f"J{digits(rng, 6)}"),
            "氏名": ("PERSON", p.full()),
            "氏名カナ": ("PERSON", p.kana(" ")),
            "生年月日": ("BIRTH_DATE", birth(rng, rng.choice(["slash", "iso"]), 1978, 2000)),
            "個人番号": ("MY_NUMBER", my_number(rng)),
            "金融機関コード": (None, f"1{digits(rng, 3)}"),
            "金融機関名": (None, bank[0]),
            "支店コード": (None, digits(rng, 3)),
            "預金種目": (None, rng.choice(["1", "普通"])),
            "口座番号": ("BANK_ACCOUNT", account(rng)),
            "支給額": (None, str(rng.choice([10000, 15000, 30000, 45000]))),
        }
        for i, c in enumerate(cols):
            typ, v = row[c]
            if i:
                d.t(",")
            if q:
                d.t('"')
            d.e(typ, v) if typ else d.t(v)
            if q:
                d.t('"')
        d.t("\n")
    return d


def s_csv_noheader(rng: random.Random) -> Doc:
    """市税 口座振替依頼 export without a header line."""
    d = Doc("csv_no_header")
    d.t("以下のCSV（ヘッダなし）の各列が何か推定して、口座振替データの不備を指摘してください。\n\n")
    for _ in range(rng.randint(4, 6)):
        p = Person(rng, rare=0.15)
        bank, branches = rng.choice(BANKS)
        yu = rng.random() < 0.25
        d.t(f"2024{digits(rng, 6)},")
        d.e("PERSON", p.full(rng.choice(["\u3000", ""]))).t(",").e("PERSON", p.half()).t(",")
        d.e("POSTAL_CODE", postal(rng)).t(",").e("ADDRESS", addr(rng, pref=0.5, bld=0.2)).t(",")
        if yu:
            k, n = yucho(rng)
            d.t("ゆうちょ銀行,,").e("BANK_ACCOUNT", k).t(",").e("BANK_ACCOUNT", n)
        else:
            d.t(f"{bank},{rng.choice(branches)},1,").e("BANK_ACCOUNT", account(rng)).t(",")
        d.t(",").e("PHONE", phone(rng)).t(
            f",{rng.choice(['固定資産税', '市県民税', '軽自動車税', '国民健康保険税'])}\n"
        )
    return d


def s_tsv_halfkana(rng: random.Random) -> Doc:
    """年金・国保 突合リスト, TSV with half-width kana headers from an old host system."""
    d = Doc("tsv_halfwidth_headers")
    cols = ["ｼﾒｲ", "ｾｲﾈﾝｶﾞｯﾋﾟ", "ｷｿﾈﾝｷﾝﾊﾞﾝｺﾞｳ", "ﾋﾎｹﾝｼｬﾊﾞﾝｺﾞｳ", "ﾃﾞﾝﾜ", "ｱﾃﾅﾊﾞﾝｺﾞｳ", "ｼｭﾍﾞﾂ"]
    order = cols[:]
    rng.shuffle(order)
    d.t("\t".join(order) + "\n")
    for _ in range(rng.randint(4, 6)):
        p = Person(rng, rare=0.2)
        row = {
            "ｼﾒｲ": ("PERSON", p.half()),
            "ｾｲﾈﾝｶﾞｯﾋﾟ": ("BIRTH_DATE", birth(rng, rng.choice(["abbr0", "abbr"]), 1940, 1985)),
            "ｷｿﾈﾝｷﾝﾊﾞﾝｺﾞｳ": ("PENSION_NUMBER", pension(rng)),
            "ﾋﾎｹﾝｼｬﾊﾞﾝｺﾞｳ": ("INSURANCE_NUMBER", ins_number(rng)),
            "ﾃﾞﾝﾜ": ("PHONE", phone(rng)),
            "ｱﾃﾅﾊﾞﾝｺﾞｳ": (None, digits(rng, 10)),
            "ｼｭﾍﾞﾂ": (None, rng.choice(["1", "2", "3"])),
        }
        for i, c in enumerate(order):
            typ, v = row[c]
            if i:
                d.t("\t")
            d.e(typ, v) if typ else d.t(v)
        d.t("\n")
    return d


def s_forwarded_mail(rng: random.Random) -> Doc:
    """A forwarded e-mail chain with quoted headers and signatures."""
    d = Doc("forwarded_email")
    a, b = Person(rng), Person(rng)
    res = Person(rng, rare=0.2)
    dep = rng.choice(DEPTS)
    d.f(
        "{bn}さん\n\n下記、住民の方からの問い合わせです。回答案の作成をお願いします。\n\n{an}\n\n",
        bn=L("PERSON", b.sei),
        an=L("PERSON", a.sei),
    )
    d.f(
        "-----Original Message-----\nFrom: {rn} <{rm}>\nSent:"
        " {dt} 21:14\nTo: {dep}@{dom}\nSubject: 転居後の手続きについて\n\n",
        rn=L("PERSON", res.roman()),
        rm=L("EMAIL", email_private(rng, res)),
        dt=meeting_date(rng),
        dep=dep[1],
        dom=DOMAIN,
    )
    d.f(
        "> {dep} ご担当者様\n> \n> 先月、{a}から\n> 転居してきた{n}と申します。\n",
        dep=dep[0],
        a=L("ADDRESS", addr(rng, pref=0.7, bld=0.6)),
        n=L("PERSON", res.full()),
    )
    if rng.random() < 0.6:
        d.f(
            "> 前の市で払った軽自動車税がカード（{c}）から\n> 二重に引き落とされています。\n",
            c=L("CREDIT_CARD", luhn_card(rng, rng.choice(["space", "hyphen"]))),
        )
    d.f(
        "> 新住所は{a}です（〒{p}）。\n> 妻の{w}の分もあわせて手続きした"
        "いのですが、\n> 平日は{t}までご連絡ください。\n> \n> {n}\n",
        a=L("ADDRESS", addr(rng, pref=0.0, bld=0.7)),
        p=L("POSTAL_CODE", postal(rng)),
        w=L("PERSON", same_family(rng, res, True).mei),
        t=L("PHONE", mobile(rng)),
        n=L("PERSON", res.full(" ")),
    )
    d.f(
        "\n---\n{dep}\n{ak}　{an}\n直通 {t}／代表 {tel}\n{am}\n",
        dep=dep[0],
        ak=rng.choice(["主任", "主事", "係長"]),
        an=L("PERSON", a.full()),
        t=L("PHONE", direct_line(rng)),
        tel=OFFICE_TEL,
        am=L("EMAIL", email_staff(a)),
    )
    d.t(office_footer(rng, dep) + "\n")
    return d


def s_chat_export(rng: random.Random) -> Doc:
    """Teams-like chat export between staff."""
    d = Doc("chat_export")
    a, b = Person(rng), Person(rng)
    res = Person(rng, rare=0.2)
    d.f("チャット：{x}, {y}\n", x=L("PERSON", a.full(" ")), y=L("PERSON", b.full(" ")))
    t0 = rng.randint(8, 15)
    d.f(
        "[{h}:02] {x}\n{y}さん、ふるさと納税の返金の件、寄附者の方のカード番号わかりますか？\n",
        h=str(t0),
        x=L("PERSON", a.full(" ")),
        y=L("PERSON", b.sei),
    )
    d.f(
        "[{h}:05] {y}\n寄附者は{r}様です。申込番号 FN-{o}、カードは {c} でした（有効期限 {exp}）\n",
        h=str(t0),
        y=L("PERSON", b.full(" ")),
        r=L("PERSON", res.full()),
        o=digits(rng, 8),
        c=L("CREDIT_CARD", luhn_card(rng, rng.choice(["space", "hyphen", "run"]))),
        exp=f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}",
    )
    if rng.random() < 0.6:
        d.f(
            "[{h}:05] {y}\n同じ方で別カードの申込もありました → {c}\n",
            h=str(t0),
            y=L("PERSON", b.full(" ")),
            c=L("CREDIT_CARD", luhn_card(rng, rng.choice(["space", "run"]))),
        )
    d.f(
        "[{h}:06] {x}\nありがとうございます。連絡先は{t}でいいですか？ メールだと {m}\n",
        h=str(t0),
        x=L("PERSON", a.full(" ")),
        t=L("PHONE", phone(rng)),
        m=L("EMAIL", email_private(rng, res)),
    )
    d.f(
        "[{h}:09] {y}\nはい。あと住所変更があって、今は{a}だそうです。\n",
        h=str(t0),
        y=L("PERSON", b.full(" ")),
        a=L("ADDRESS", addr(rng, pref=0.8, bld=0.5)),
    )
    d.f(
        "[{h}:11] {x}\n了解です👍 決済日 2025/0{m}/1{dd}"
        " 分は{amt}円で返金処理します。課長（{k}さん）にも共有しておきます\n",
        h=str(t0),
        x=L("PERSON", a.full(" ")),
        m=str(rng.randint(1, 9)),
        dd=str(rng.randint(0, 9)),
        amt=f"{rng.randint(1, 50)},000",
        k=L("PERSON", Person(rng).sei),
    )
    return d


def s_line_chat(rng: random.Random) -> Doc:
    """A LINE-like consultation export (resident ↔ 子育て相談窓口)."""
    d = Doc("line_chat")
    mom = Person(rng, female=True, rare=0.2)
    kid = same_family(rng, mom)
    staff = Person(rng)
    mo, dd = rng.randint(1, 9), rng.randint(10, 28)
    d.f(
        "[LINE] みなと野市子育て相談とのトーク履歴\n保存日時：2025/0{m}/{dd} 18:40\n\n",
        m=str(mo),
        dd=str(dd),
    )
    d.f(
        "2025/0{m}/{dd}\n09:12\t{n}\tおはようございます。保育園の申し込みのことで相談です\n",
        m=str(mo),
        dd=str(dd),
        n=L("PERSON", mom.full(" ")),
    )
    d.f(
        "09:20\tみなと野市子育て相談\tご相談ありがとうございます。担当の{s}です。お子さまのお名前と生年月日を教えてください\n",
        s=L("PERSON", staff.sei),
    )
    d.f(
        "09:31\t{n}\t{k}（{kk}）{b}生まれです\n",
        n=L("PERSON", mom.full(" ")),
        k=L("PERSON", kid.full()),
        kk=L("PERSON", kid.hira("")),
        b=L("BIRTH_DATE", birth(rng, rng.choice(["nen", "wareki", "slash"]), 2020, 2024)),
    )
    d.f(
        "09:33\t{n}\t家は{a}です。日中は{t}に電話ください\n",
        n=L("PERSON", mom.full(" ")),
        a=L("ADDRESS", addr(rng, pref=0.0, bld=0.6)),
        t=L("PHONE", mobile(rng)),
    )
    d.f(
        "09:40\tみなと野市子育て相談\t承知しました。{k}ちゃんの入所希望は{fac}ですね。{s}から折り返します\n",
        k=L("PERSON", kid.mei),
        fac=rng.choice([*FACILITIES[3:4], "みなと野こども園", "駅前すくすく保育室"]),
        s=L("PERSON", staff.full("")),
    )
    return d


def s_english_letter(rng: random.Random) -> Doc:
    """A letter from a foreign resident, in English."""
    d = Doc("english_letter")
    f = Foreigner(rng)
    fa, fpc, fcountry = home_address(rng, f)
    d.f(
        "To whom it may concern, {dep}, Minatono City Hall\n1-1-1 Honcho, Mi"
        "natono City, Yamagata 990-8540 (Tel +81-238-22-1111, info@{dom})\n\n",
        dom=DOMAIN,
        dep=rng.choice(["Citizens Division", "Tax Division", "Health Insurance Division"]),
    )
    d.f(
        "Dear Sir or Madam,\n\nMy name is {n} and I have lived at {a} since {since}. I was born on {b}.\n",
        n=L("PERSON", f.given_surname()),
        a=L("ADDRESS", en_jp_addr(rng)),
        since=f"April {rng.randint(2019, 2024)}",
        b=L("BIRTH_DATE", birth(rng, rng.choice(["en_mdy", "en_dmy", "dd/mm"]), 1970, 2001)),
    )
    d.f(
        "I will move back to my home country next month. My new addr"
        "ess will be {fa} {fpc}, {fc}, and my phone there is {ft}.\n",
        fa=L("ADDRESS", fa),
        fpc=L("POSTAL_CODE", fpc),
        fc=fcountry,
        ft=L("PHONE", foreign_phone(rng, fcountry)),
    )
    d.f(
        "Could you tell me how to stop my National Health Insurance (insured number"
        " {ins}) and how to get the pension lump-sum? My Basic Pension Number is {pn}.\n",
        ins=L("INSURANCE_NUMBER", ins_number(rng)),
        pn=L("PENSION_NUMBER", pension(rng)),
    )
    d.f(
        "My passport number is {pp}. Please reply to {m} or call {t}.\nMy col"
        "league {c} (Mr. {cs}) can help with Japanese.\n\nSincerely,\n{caps}\n",
        pp=L("PASSPORT", passport_foreign(rng)),
        m=L("EMAIL", email_private(rng)),
        t=L("PHONE", rng.choice([intl_jp_phone(rng), mobile(rng)])),
        c=L("PERSON", (c := Person(rng)).roman()),
        cs=L("PERSON", c.sei_r),
        caps=L("PERSON", f.caps()),
    )
    d.f(
        "\nReceived {dt}, reception No.{no}\n",
        dt=f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        no=digits(rng, 5),
    )
    return d


def s_english_form(rng: random.Random) -> Doc:
    """An English application form (fields), filled in by a foreign resident, copied as text."""
    d = Doc("english_form")
    f = Foreigner(rng)
    fa, fpc, fcountry = home_address(rng, f)
    d.t("APPLICATION FOR CERTIFICATE OF RESIDENCE / 住民票の写し交付申請\n")
    d.f(
        "Name (as in passport): {n}\nNationality: {nat}\nDate of Birth (DD/MM/YYYY): {b}\n",
        n=L("PERSON", f.caps()),
        nat=NATIONALITY[SURNAME_COUNTRY[f.rom_parts[0]]][0],
        b=L("BIRTH_DATE", birth(rng, "dd/mm", 1975, 2004)),
    )
    d.f(
        "Passport No.: {p}\nDate of expiry: {exp}\n",
        p=L("PASSPORT", passport_foreign(rng)),
        exp=f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2027, 2034)}",
    )
    d.f(
        "Address in Japan: {a}\nPostal code: {pc}\nPhone: {t}\nE-mail: {m}\n",
        a=L("ADDRESS", en_jp_addr(rng)),
        pc=L("POSTAL_CODE", postal(rng)),
        t=L("PHONE", intl_jp_phone(rng)),
        m=L("EMAIL", email_private(rng)),
    )
    ec = _other_foreigner(rng, f, same_country=True)
    rel = (
        "mother"
        if SURNAME_COUNTRY[ec.rom_parts[0]] == SURNAME_COUNTRY[f.rom_parts[0]]
        else "friend"
    )
    d.f(
        "Address in home country: {fa}, {pc} {c}\nEmergency contact: {ec} ({rel}), {et}\n",
        fa=L("ADDRESS", fa),
        pc=L("POSTAL_CODE", fpc),
        c=fcountry,
        ec=L("PERSON", ec.given_surname()),
        rel=rel,
        et=L("PHONE", foreign_phone(rng, fcountry)),
    )
    d.f(
        "Employer: {co} (Corporate No. {h})\nFee payment: credit card {cc} exp. {exp}\n",
        co=rng.choice(COMPANIES),
        h=houjin(rng),
        cc=L("CREDIT_CARD", luhn_card(rng, rng.choice(["space", "hyphen"]))),
        exp=f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}",
    )
    d.f(
        "Signature: {s}    Date of application: {dt}\n---\nFor office use: checked by {st} / {no}\n",
        s=L("PERSON", f.caps()),
        dt=f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2025",
        st=L("PERSON", Person(rng).sei),
        no=case_no(rng),
    )
    return d


def s_wareki_memo(rng: random.Random) -> Doc:
    """面談記録 memo with 和暦 dates written in kanji numerals."""
    d = Doc("wareki_kanji_memo")
    p = Person(rng, rare=0.25)
    son = same_family(rng, p)
    staff = Person(rng)
    d.f(
        "面談記録（{dt}　於 第三相談室）\n",
        dt=f"令和{kanji_num(rng.randint(5, 7))}年{kanji_num(rng.randint(1, 12))}月{kanji_num(rng.randint(1, 28))}日",
    )
    d.f(
        "対象者　{n}（{k}）　{b}生　{age}歳\n",
        n=L("PERSON", p.full()),
        k=L("PERSON", p.kana()),
        b=L("BIRTH_DATE", birth(rng, "wareki_kanji", 1930, 1960)),
        age=kanji_num(rng.randint(64, 94)),
    )
    d.f(
        "住所　{a}\n基礎年金番号　{pn}（老齢基礎年金 月額{yen}円）\n",
        a=L("ADDRESS", addr(rng, pref=0.2)),
        pn=L("PENSION_NUMBER", pension(rng)),
        yen=f"{rng.randint(3, 6)}万{rng.randint(1, 9)}千",
    )
    d.f(
        "同席　長男 {s}（{sb}生、{t}）\n",
        s=L("PERSON", son.full()),
        sb=L("BIRTH_DATE", birth(rng, rng.choice(["wareki_kanji", "wareki"]), 1955, 1985)),
        t=L("PHONE", mobile(rng)),
    )
    d.f(
        "聴取内容：本人は{yr}頃から物忘れが目立ち、通帳を何度も再発行している"
        "。{s}さんによれば、{bank}の口座（普通 {ac}）から不明な引き出しあり。",
        yr=f"昭和{kanji_num(rng.randint(50, 63))}年",
        s=L("PERSON", son.mei),
        bank=rng.choice(BANKS)[0],
        ac=L("BANK_ACCOUNT", account(rng)),
    )
    d.f(
        "介護保険被保険者番号は{ins}、要介護認定は未申請。\n",
        ins=L("INSURANCE_NUMBER", kaigo_number(rng)),
    )
    d.f(
        "方針：地域包括支援センターへつなぐ。次回{dt}に自宅訪問。\n記録者　{s}\n",
        dt=f"令和{kanji_num(7)}年{kanji_num(rng.randint(1, 12))}月{kanji_num(rng.randint(1, 28))}日",
        s=L("PERSON", staff.full()),
    )
    return d


def s_access_log(rng: random.Random) -> Doc:
    """Web server access log and 住基 audit log lines."""
    d = Doc("access_audit_log")
    d.t("以下のログから、夜間に異常なアクセスがないか確認してください。\n```\n")
    paths = [
        "/api/v2/residents/search",
        "/login",
        "/juki/print",
        "/static/app.js",
        "/api/v2/tax/notice",
        "/healthz",
    ]
    for _ in range(rng.randint(7, 10)):
        hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        d.t(f"2025-06-{rng.randint(10, 12)}T{hh:02d}:{mm:02d}:{ss:02d}+09:00 ")
        d.e("IP_ADDRESS", ip(rng))
        d.t(
            f' - - "{rng.choice(["GET", "POST"])} {rng.choice(paths)}?session={digits(rng, 8)} HTTP/1.1"'
            f" {rng.choice([200, 200, 302, 401, 403, 500])} {rng.randint(200, 90000)}\n"
        )
    d.t("```\n住基端末 操作ログ（監査用）\n日時,端末,操作者,クライアントIP,操作,対象者,宛名番号\n")
    for _ in range(rng.randint(3, 5)):
        op, tg = Person(rng), Person(rng, rare=0.2)
        d.t(
            f"2025/06/{rng.randint(10, 12)} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}"
            f",PC-{rng.choice(['SHIMIN', 'ZEI', 'FUKU'])}-{rng.randint(1, 40):03d},"
        )
        d.e("PERSON", op.full(" ")).t(",").e("IP_ADDRESS", ip(rng)).t(
            f",{rng.choice(['照会', '証明書発行', '異動入力'])},"
        )
        d.e("PERSON", tg.full(" ")).t(f",{digits(rng, 10)}\n")
    d.t(
        f"app version 4.{rng.randint(0, 9)}.{rng.randint(0, 20)} / error code E{rng.randint(1000, 9999)}\n"
    )
    return d


def s_markdown_table(rng: random.Random) -> Doc:
    """ケース会議 資料, a Markdown table and notes."""
    d = Doc("markdown_table")
    d.f("## 要保護児童対策地域協議会 個別ケース会議（{dt}）\n\n", dt=meeting_date(rng))
    d.t(
        "| No | 児童氏名 | 生年月日 | 保護者 | 連絡先 | 住所 | 所属 |\n|---|---|---|---|---|---|---|\n"
    )
    for i in range(rng.randint(3, 4)):
        par = Person(rng, rare=0.2)
        kid = same_family(rng, par)
        d.f(
            "| {i} | {k} | {b} | {p} | {t} | {a} | {fac} |\n",
            i=str(i + 1),
            k=L("PERSON", kid.full()),
            b=L("BIRTH_DATE", birth(rng, rng.choice(["abbr", "slash", "wareki"]), 2010, 2023)),
            p=L("PERSON", par.full()),
            t=L("PHONE", phone(rng)),
            a=L("ADDRESS", addr(rng, pref=0.0, bld=0.5)),
            fac=rng.choice(FACILITIES[:1] + FACILITIES[3:4] + ["みなと野市立北中学校"]),
        )
    cw = Person(rng)
    d.f(
        "\n- 主担当：家庭児童相談員 {c}（直通 {t}）\n- 学校側：{sc}"
        "教頭（{fac}）\n- 次回会議：{dt}、市役所4階 第3会議室\n",
        c=L("PERSON", cw.full()),
        t=L("PHONE", direct_line(rng)),
        sc=L("PERSON", Person(rng).sei),
        fac=FACILITIES[0],
        dt=meeting_date(rng),
    )
    return d


def s_aligned_table(rng: random.Random) -> Doc:
    """生活保護 受給者 年金・口座 一覧, space-aligned fixed-width text from the host system."""
    d = Doc("space_aligned_table")
    d.t("生活保護受給者 年金受給状況照合表                     出力日 2025/06/30  頁 1/3\n")
    d.t("ケース番号  氏名              年金番号        金融機関          口座番号\n")
    d.t("----------  ----------------  --------------  ----------------  ----------------\n")
    for _ in range(rng.randint(5, 7)):
        p = Person(rng, rare=0.15)
        name = p.full("\u3000")
        d.t(f"R6-{digits(rng, 5)}    ").e("PERSON", name).t("\u3000" * max(1, 8 - len(name)) + "  ")
        d.e("PENSION_NUMBER", pension(rng)).t("     ")
        if rng.random() < 0.3:
            k, n = yucho(rng)
            d.t("ゆうちょ銀行      ").e("BANK_ACCOUNT", k).t("-").e("BANK_ACCOUNT", n).t("\n")
        else:
            b = rng.choice(BANKS)[0]
            d.t(b + "\u3000" * max(1, 9 - len(b)) + "").e("BANK_ACCOUNT", account(rng)).t("\n")
    d.f(
        "\n担当ケースワーカー：{a}、{b}（査察指導員 {c}）\n",
        a=L("PERSON", Person(rng).full("")),
        b=L("PERSON", Person(rng).full("")),
        c=L("PERSON", Person(rng).sei),
    )
    return d


def s_furusato(rng: random.Random) -> Doc:
    """ふるさと納税 寄附申込 records (card payment) pasted for a refund question."""
    d = Doc("furusato_card")
    d.t("ふるさと納税 寄附申込データ（返礼品不着の問い合わせ分）\n")
    for _ in range(rng.randint(3, 4)):
        p = Person(rng, rare=0.15)
        d.f(
            "申込番号：FN-2025-{o}　申込日：{dt}\n寄附者：{n}（{k}）\n〒{pc} {a}\nTEL：{t}　メール：{m}\n",
            o=digits(rng, 6),
            dt=meeting_date(rng),
            n=L("PERSON", p.full()),
            k=L("PERSON", p.kana()),
            pc=L("POSTAL_CODE", postal(rng)),
            a=L("ADDRESS", addr(rng, pref=0.9, bld=0.5)),
            t=L("PHONE", phone(rng)),
            m=L("EMAIL", email_private(rng, p)),
        )
        d.f(
            "決済：クレジットカード（{brand}）{c}　有効期限 {exp}　金額 {amt}円　決済日 "
            "2025/0{mm}/{dd}\n返礼品：{item}（事業者：{co}、法人番号 {h}）\n\n",
            brand=rng.choice(["VISA", "Mastercard", "JCB"]),
            c=L("CREDIT_CARD", luhn_card(rng, rng.choice(["run", "space", "hyphen"]))),
            exp=f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
            amt=f"{rng.randint(1, 30)},000",
            mm=str(rng.randint(1, 9)),
            dd=f"{rng.randint(10, 28)}",
            item=rng.choice(["さくらんぼ 佐藤錦 1kg", "米沢牛すき焼き用 500g", "つや姫 10kg"]),
            co=rng.choice(COMPANIES),
            h=houjin(rng),
        )
    d.t(office_footer(rng, DEPTS[7]) + "\n")
    return d


def s_id_check(rng: random.Random) -> Doc:
    """窓口 本人確認記録 (who showed which document)."""
    d = Doc("id_check_record")
    d.t("本人確認記録簿（戸籍住民係）\n受付時刻\t来庁者\t確認書類\t書類番号\t備考\n")
    for _ in range(rng.randint(5, 7)):
        p = Person(rng, rare=0.15)
        d.t(f"{rng.randint(8, 16)}:{rng.randint(0, 59):02d}\t").e("PERSON", p.full()).t("\t")
        k = rng.choice([0, 0, 1, 1, 1, 2, 3])
        if k == 0:
            d.t("運転免許証\t").e("DRIVER_LICENSE", licence(rng))
        elif k == 1:
            d.t("旅券\t").e("PASSPORT", passport(rng))
        elif k == 2:
            d.t("個人番号カード\t").e(
                "MY_NUMBER", my_number(rng, rng.choice(["run", "space", "hyphen"]))
            )
        else:
            d.t("運転経歴証明書＋保険証\t").e("DRIVER_LICENSE", licence(rng)).t(" / 記号").e(
                "INSURANCE_NUMBER", str(rng.randint(1, 99))
            ).t("番号").e("INSURANCE_NUMBER", digits(rng, rng.choice([3, 4, 5])))
        d.t("\t" + rng.choice(["", "代理人", "郵送請求", "顔写真照合済", case_no(rng)]) + "\n")
    d.f(
        "確認者：{a}　点検者：{b}係長\n",
        a=L("PERSON", Person(rng).sei),
        b=L("PERSON", Person(rng).full("")),
    )
    return d


def s_foreign_intake(rng: random.Random) -> Doc:
    """外国人住民 転入相談 メモ in Japanese (katakana names in three spellings)."""
    d = Doc("foreign_resident_intake")
    f = Foreigner(rng)
    f2 = _other_foreigner(rng, f)
    fa, fpc, fcountry = home_address(rng, f)
    interp = Person(rng)
    sty = rng.choice(["dot", "space", "run"])
    d.f("外国人住民 転入相談メモ（{no}）\n", no=case_no(rng))
    d.f(
        "相談者：{n}（{caps}）　国籍：{nat}\n",
        n=L("PERSON", f.kata(sty)),
        caps=L("PERSON", f.caps()),
        nat=NATIONALITY[SURNAME_COUNTRY[f.rom_parts[0]]][1],
    )
    d.f(
        "旅券番号 {p}　生年月日 {b}\n",
        p=L("PASSPORT", passport_foreign(rng)),
        b=L("BIRTH_DATE", birth(rng, rng.choice(["slash", "nen", "iso"]), 1980, 2004)),
    )
    d.f(
        "転入先：{a}\n前住所（本国）：{fa} {pc}（{c}）\n",
        a=L("ADDRESS", addr(rng, pref=0.3, bld=0.8)),
        fa=L("ADDRESS", fa),
        pc=L("POSTAL_CODE", fpc),
        c=fcountry,
    )
    d.f(
        "連絡先 {t}（本人）／{ft}（本国の家族）\n",
        t=L("PHONE", mobile(rng)),
        ft=L("PHONE", foreign_phone(rng, fcountry)),
    )
    d.f(
        "同居人：{n2}（配偶者、{s2}、旅券 {p2}）\n",
        n2=L("PERSON", f2.kata(rng.choice(["dot", "space", "run"]))),
        s2=L("PERSON", f2.caps()),
        p2=L("PASSPORT", passport_foreign(rng)),
    )
    d.f(
        "勤務先：{co}（技能実習、監理団体 事業所番号 {j}）\n通訳：{i}さん（{org}）\n",
        co=rng.choice(COMPANIES),
        j=jigyosho(rng),
        i=L("PERSON", interp.full()),
        org="みなと野国際交流協会",
    )
    d.f(
        "対応：国保加入（被保険者番号 {ins}）、年金加入勧奨、児童手"
        "当は対象外。{k}さんには次回マイナンバーカード申請の説明。\n",
        ins=L("INSURANCE_NUMBER", ins_number(rng)),
        k=L("PERSON", f.kata_parts[0]),
    )
    return d


def s_notice(rng: random.Random) -> Doc:
    """An official notice to one resident; mostly office text (distractors)."""
    d = Doc("notice_letter")
    p = Person(rng, rare=0.2)
    dep = rng.choice(DEPTS)
    staff = Person(rng)
    d.f(
        "{no}\n{dt}\n〒{pc}\n{a}\n{n}　様\n\n",
        no=f"み{dep[0][:2]}第{rng.randint(100, 999)}号",
        dt=meeting_date(rng),
        pc=L("POSTAL_CODE", postal(rng)),
        a=L("ADDRESS", addr(rng, pref=0.3, bld=0.5)),
        n=L("PERSON", p.full()),
    )
    d.f("みなと野市長　{mayor}\n（公印省略）\n\n", mayor=L("PERSON", Person(rng).full()))
    d.f(
        "介護保険料の減免決定について（通知）\n\n令和6年{m}月{dd}日付けで申請のありました介護保険料の減免について、みなと野市介護保険条例第{art}条の規定により下記のとおり決定しましたので通知します。\n\n記\n",
        m=str(rng.randint(4, 12)),
        dd=str(rng.randint(1, 28)),
        art=str(rng.randint(10, 30)),
    )
    d.f(
        "1 被保険者番号　{ins}\n2 減免額　{yen}円（年額）\n3 保険"
        "者番号　{hs}\n4 お問い合わせ　{dep}介護保険係　担当 {s}\n",
        ins=L("INSURANCE_NUMBER", kaigo_number(rng)),
        yen=f"{rng.randint(5, 60)},{digits(rng, 3)}",
        hs=hokensha(rng),
        dep=dep[0],
        s=L("PERSON", staff.full()),
    )
    d.f(
        "\n※この決定に不服がある場合は、この通知を受けた日の翌日から起算して3か月以内に山形県介護保険審査会に審査請求をすることができます。\n"
    )
    d.t(office_footer(rng, dep) + "\n")
    return d


def s_sapporo_transfer(rng: random.Random) -> Doc:
    """転出証明 照会 from a Sapporo-style address (条・丁目, no city, no label)."""
    d = Doc("transfer_inquiry_sapporo")
    p = Person(rng, rare=0.2)
    d.f(
        "転入届の前住所確認（照会先：札幌市{ku}区役所 戸籍住民課）\n",
        ku=rng.choice(["北", "東", "中央"]),
    )
    d.f(
        "届出人 {n}　{b}生\n前住所 〒{pc} {a}\n",
        n=L("PERSON", p.full()),
        b=L("BIRTH_DATE", birth(rng, jp_date_styles(rng))),
        pc=L("POSTAL_CODE", f"0{rng.randint(60, 65)}-{digits(rng, 4)}"),
        a=L("ADDRESS", sapporo_addr(rng, with_city=False)),
    )
    d.f(
        "転出証明書記載の住所は{a}となっており、\n新住所 {na} との世帯員の異動日が一致しない。\n",
        a=L("ADDRESS", sapporo_addr(rng, with_city=True)),
        na=L("ADDRESS", addr(rng, pref=0.0, bld=0.5)),
    )
    d.f(
        "本人の携帯（{t}）に確認したところ、旧住所は{a}で間違いないとのこと。\n",
        t=L("PHONE", mobile(rng)),
        a=L("ADDRESS", sapporo_addr(rng, with_city=False)),
    )
    d.f("英文の在職証明には {e} と記載あり。\n", e=L("ADDRESS", en_jp_addr(rng)))
    d.f("担当 {s}（内線 {x}）\n", s=L("PERSON", Person(rng).full()), x=str(rng.randint(2100, 4899)))
    return d


def s_email_request(rng: random.Random) -> Doc:
    """A clerk's prompt asking the assistant to draft a reply, quoting a resident's e-mail."""
    d = Doc("prompt_with_quoted_mail")
    res = Person(rng, rare=0.2)
    staff = Person(rng)
    d.t(
        "あなたは市役所の職員です。次のメールに、丁寧で簡潔な返信文を作成してください（300字程度）。\n\n＝＝＝受信メール＝＝＝\n"
    )
    d.f(
        "差出人: {n} <{m}>\n件名: 口座振替の変更\n\n",
        n=L("PERSON", res.full(" ")),
        m=L("EMAIL", email_private(rng, res)),
    )
    bank, branches = rng.choice(BANKS)
    d.f(
        "いつもお世話になっております。{a}の{n}です。\n国保税の引き落"
        "とし口座を{b}{br}の普通預金 {ac} に変更したいです。\n",
        a=L("ADDRESS", addr(rng, pref=0.0, bld=0.3)),
        n=L("PERSON", res.sei),
        b=bank,
        br=rng.choice(branches),
        ac=L("BANK_ACCOUNT", account(rng)),
    )
    if rng.random() < 0.5:
        k, n = yucho(rng)
        d.f(
            "（旧口座はゆうちょの記号{k}、番号{n}でした）\n",
            k=L("BANK_ACCOUNT", k),
            n=L("BANK_ACCOUNT", n),
        )
    if rng.random() < 0.6:
        d.f(
            "※口座がだめならクレジットカード払い（{c}）でも構いません。\n",
            c=L("CREDIT_CARD", luhn_card(rng, rng.choice(["hyphen", "space"]))),
        )
    d.f(
        "被保険者証の記号・番号は {k}・{n} です。生年月日は{b}です。\n",
        k=L("INSURANCE_NUMBER", f"{rng.randint(10, 99)}-{rng.randint(100, 999)}"),
        n=L("INSURANCE_NUMBER", str(rng.randint(1, 999))),
        b=L("BIRTH_DATE", birth(rng, jp_date_styles(rng))),
    )
    d.f(
        "平日夜なら{t}に出られます。\n{n}\n＝＝＝\n\n返信者は{dep}"
        " {s}、署名には代表電話{tel}と{mb}を入れてください。\n",
        t=L("PHONE", phone(rng)),
        n=L("PERSON", res.full()),
        dep=DEPTS[1][0],
        s=L("PERSON", staff.full()),
        tel=OFFICE_TEL,
        mb=f"kokuho@{DOMAIN}",
    )
    return d


def s_driver_register(rng: random.Random) -> Doc:
    """公用車 運転者台帳 (staff licences), a sheet copied out of Excel."""
    d = Doc("driver_register_sheet")
    d.t(
        "公用車運転者台帳（令和7年度）\t\t\t\t\t\n所属\t職名\t氏名\t免許証番号\t免許の種類\t有効期限\n"
    )
    dep = None
    for _ in range(rng.randint(5, 7)):
        p = Person(rng, rare=0.15)
        if dep is None or rng.random() < 0.5:
            dep = rng.choice(DEPTS)[0]
            d.t(dep)
        d.t(
            "\t"
            + rng.choice(["主事", "主任", "係長", "会計年度任用職員", "技師", "課長補佐"])
            + "\t"
        )
        d.e("PERSON", p.full(rng.choice(["\u3000", " ", ""]))).t("\t").e(
            "DRIVER_LICENSE", licence(rng)
        ).t("\t")
        d.t(
            rng.choice(["普通", "中型", "準中型", "普通・大特"])
            + f"\t令和{rng.randint(8, 12)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日\n"
        )
    d.f(
        "\n※免許証の写しは総務課（内線{x}）で保管。確認者 {s}\n",
        x=str(rng.randint(2100, 4899)),
        s=L("PERSON", Person(rng).full()),
    )
    return d


STYLES = [
    s_pdf_application,
    s_excel_two_row,
    s_word_table,
    s_complaint_log,
    s_minutes,
    s_certificate_request,
    s_csv_header,
    s_csv_noheader,
    s_tsv_halfkana,
    s_forwarded_mail,
    s_chat_export,
    s_line_chat,
    s_english_letter,
    s_english_form,
    s_wareki_memo,
    s_access_log,
    s_markdown_table,
    s_aligned_table,
    s_furusato,
    s_id_check,
    s_foreign_intake,
    s_notice,
    s_sapporo_transfer,
    s_email_request,
    s_driver_register,
]

ROUNDS = 3  # each style is written this many times (documents interleaved by round)
SKIP_THIRD = {
    "s_line_chat",
    "s_email_request",
    "s_sapporo_transfer",
    "s_notice",
    "s_minutes",
    "s_wareki_memo",
}


def _my_number_ok(s: str) -> bool:
    dg = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{12}", dg):
        return False
    body = [int(c) for c in dg[:11]]
    total = sum(body[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = total % 11
    return int(dg[11]) == (0 if r <= 1 else 11 - r)


def _luhn_ok(s: str) -> bool:
    dg = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{16}", dg):
        return False
    total = 0
    for i, ch in enumerate(reversed(dg)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def check(doc_id: str, text: str, ents: list[dict]) -> None:
    prev_end = -1
    for e in ents:
        span = text[e["start"] : e["end"]]
        where = f"{doc_id} {e['type']} {e['start']}-{e['end']}"
        if span != e["text"]:
            raise SystemExit(f"{where}: span reads {span!r}, label says {e['text']!r}")
        if not span or span != span.strip() or span.strip("\u3000") != span:
            raise SystemExit(f"{where}: empty span or outer whitespace {span!r}")
        if e["start"] < prev_end:
            raise SystemExit(f"{where}: overlaps the previous span")
        prev_end = e["end"]
        if e["type"] == "MY_NUMBER" and not _my_number_ok(unicodedata.normalize("NFKC", span)):
            raise SystemExit(f"{where}: bad My Number check digit {span!r}")
        if e["type"] == "CREDIT_CARD" and not _luhn_ok(span):
            raise SystemExit(f"{where}: card fails Luhn {span!r}")
        if OFFICE_TEL in span or "990-8540" in span or (DOMAIN in span and e["type"] != "EMAIL"):
            raise SystemExit(f"{where}: the office's own contact data labelled {span!r}")


def build() -> list[dict]:
    rng = random.Random(SEED)
    docs = []
    for r in range(ROUNDS):
        for fn in STYLES:
            if r == ROUNDS - 1 and fn.__name__ in SKIP_THIRD:
                continue
            d = fn(rng)
            text = d.text()
            ents = [
                {"type": t, "start": s, "end": e, "text": v}
                for t, s, e, v in sorted(d.ents, key=lambda x: (x[1], x[2]))
            ]
            doc_id = f"u9-{len(docs) + 1:03d}"
            check(doc_id, text, ents)
            docs.append({"id": doc_id, "style": d.style, "text": text, "entities": ents})
    return docs


def counts(docs: list[dict]) -> str:
    by_type = Counter(e["type"] for d in docs for e in d["entities"])
    by_style = Counter(d["style"] for d in docs)
    items_by_style = Counter()
    for d in docs:
        items_by_style[d["style"]] += len(d["entities"])
    lines = [
        f"documents: {len(docs)}  labelled items: {sum(by_type.values())}"
        f"  characters: {sum(len(d['text']) for d in docs)}",
        "",
        "| type | items |",
        "| --- | ---: |",
    ]
    lines += [f"| {t} | {by_type[t]} |" for t in TYPES]
    lines += ["", "| style | documents | items |", "| --- | ---: | ---: |"]
    lines += [f"| {s} | {by_style[s]} | {items_by_style[s]} |" for s in sorted(by_style)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--counts", action="store_true", help="print counts per type and style")
    args = ap.parse_args(argv)
    docs = build()
    by_type = Counter(e["type"] for d in docs for e in d["entities"])
    short = [t for t in TYPES if by_type[t] < 20]
    if short:
        print(counts(docs), file=sys.stderr)
        raise SystemExit(f"fewer than 20 items for: {', '.join(short)}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(
        counts(docs) if args.counts else f"wrote {len(docs)} documents to {args.out}",
        file=sys.stdout,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
