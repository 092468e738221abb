"""Write the blind corpus unseen16: fictional documents of a fictional town office.

The town is 岐阜県揖東郡白萩町 (白萩町役場); everything in it is invented.  Each document is
built from plain and labelled pieces, so every span's offsets are computed while the text is
assembled, never searched for afterwards.  Names and places are drawn at random from the gimei
lists (names.yml, addresses.yml) with a fixed seed; a few rare surnames that read as ordinary
words and foreign residents' names are added by hand.  Standard library only; the output is
byte-for-byte reproducible.

    python bench/make_masking_unseen16.py [--out PATH]

Labelling rules: tests/masking_unseen16/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 16_2025
SOURCE = Path("/work/shared/data/gimei-synthetic-source")
OUT = Path(__file__).resolve().parent.parent / "tests/masking_unseen16/data/unseen16.jsonl"

PER, ADDR, ZIP, TEL, MAIL = "PERSON", "ADDRESS", "POSTAL_CODE", "PHONE", "EMAIL"
BIRTH, BANK, PEN, INS = "BIRTH_DATE", "BANK_ACCOUNT", "PENSION_NUMBER", "INSURANCE_NUMBER"
LIC, PASS, MYNO, CARD = "DRIVER_LICENSE", "PASSPORT", "MY_NUMBER", "CREDIT_CARD"
IP, RES = "IP_ADDRESS", "RESIDENCE_CARD"

# ---------------------------------------------------------------- the fictional town
PREF, GUN, TOWN = "岐阜県", "揖東郡", "白萩町"
OFFICE = "白萩町役場"
OFFICE_ZIP = "501-0692"
OFFICE_ADDR = "岐阜県揖東郡白萩町大字中野1200番地"
OFFICE_ADDR_EN = "1200 Nakano, Shirahagi-cho, Itto-gun, Gifu"
SWITCH = "0585-32-2111"
FAX = "0585-32-2190"
DOMAIN = "town.shirahagi.example.jp"
HEALTH_CENTER = ("白萩町保健センター", "0585-35-2200")
BANKS = [  # name, code, branches (name, code)
    ("美濃中央銀行", "0571", [("白萩支店", "231"), ("揖東支店", "118"), ("本店営業部", "001")]),
    ("揖東信用金庫", "1573", [("本店", "001"), ("中野支店", "012"), ("西白萩支店", "015")]),
    ("はぎの農業協同組合", "3318", [("白萩支店", "021"), ("上白萩支所", "024")]),
    ("東海みらい銀行", "0588", [("大垣駅前支店", "305"), ("白萩出張所", "316")]),
]
BANK_KANA = {"美濃中央銀行": "ﾐﾉﾁﾕｳｵｳ", "揖東信用金庫": "ｲﾄｳｼﾝｷﾝ", "はぎの農業協同組合": "JAﾊｷﾞﾉ",
             "東海みらい銀行": "ﾄｳｶｲﾐﾗｲ"}
SECTIONS = {  # section: (unit, shared mailbox)
    "総務課": [("総務係", "soumu"), ("防災係", "bousai"), ("情報係", "joho")],
    "企画課": [("企画係", "kikaku"), ("国際交流係", "kokusai")],
    "住民課": [("住民係", "jumin"), ("保険年金係", "hoken"), ("環境係", "kankyo")],
    "税務課": [("課税係", "zeimu"), ("収納係", "shuno")],
    "福祉課": [("社会福祉係", "fukushi"), ("子育て支援係", "kosodate")],
    "健康介護課": [("介護保険係", "kaigo"), ("地域包括支援センター", "houkatsu"), ("保健係", "kenko")],
    "建設水道課": [("建設係", "kensetsu"), ("上下水道係", "suidou")],
    "産業振興課": [("商工観光係", "furusato"), ("消費生活相談窓口", "shohi")],
}
TOWN_FACILITIES = ["白萩町中央公民館", "白萩町保健センター", "白萩町総合体育館", "白萩町立白萩小学校",
                   "白萩町立白萩中学校", "白萩町社会福祉協議会", "白萩町図書館", "上白萩コミュニティセンター"]
CARE_PLACES = ["居宅介護支援事業所 はぎの里", "ケアプランセンター さくら", "デイサービス ひだまり白萩",
               "特別養護老人ホーム 白萩荘", "訪問介護事業所 こもれび", "小規模多機能ホーム なかの"]
CLINICS = ["白萩中央クリニック", "揖東総合病院", "なかの内科医院", "かみしらはぎ診療所", "大垣北整形外科"]
COMPANIES = ["株式会社白萩精工", "有限会社中野建設", "揖東運輸株式会社", "株式会社美濃フーズ",
             "白萩電子工業株式会社", "株式会社はぎのアグリ"]
CARD_COS = ["ミノカード株式会社", "株式会社東海クレジット", "ジェイ・ペイカード株式会社"]
CHOME_AREAS = [("桜台", "Sakuradai"), ("緑ケ丘", "Midorigaoka"), ("つつじが丘", "Tsutsujigaoka")]
BUILDINGS = ["コーポ{a}", "{a}ハイツ", "メゾン{a}", "サンライズ{a}", "グリーンヒル{a}", "ハイム{a}",
             "町営{a}団地", "ベルメゾン{a}"]
BUILDINGS_OUT = ["パークハイツ", "グランシャトー", "ライオンズマンション", "エスポワール", "シティコート",
                 "プレステージ", "ヴィラ・ソレイユ", "アーバンハイム"]
# rare surnames that read as ordinary words: kanji, hiragana, katakana, romaji
RARE_SURNAMES = [
    ("東", "ひがし", "ヒガシ", "Higashi"), ("南", "みなみ", "ミナミ", "Minami"), ("中", "なか", "ナカ", "Naka"),
    ("森", "もり", "モリ", "Mori"), ("谷", "たに", "タニ", "Tani"), ("星", "ほし", "ホシ", "Hoshi"),
    ("泉", "いずみ", "イズミ", "Izumi"), ("辻", "つじ", "ツジ", "Tsuji"), ("角", "すみ", "スミ", "Sumi"),
    ("関", "せき", "セキ", "Seki"), ("岸", "きし", "キシ", "Kishi"), ("堀", "ほり", "ホリ", "Hori"),
    ("城", "しろ", "シロ", "Shiro"), ("宮", "みや", "ミヤ", "Miya"), ("坂", "さか", "サカ", "Saka"),
    ("所", "ところ", "トコロ", "Tokoro"), ("町", "まち", "マチ", "Machi"), ("長", "ちょう", "チョウ", "Chou"),
    ("税所", "さいしょ", "サイショ", "Saisho"), ("新", "あたらし", "アタラシ", "Atarashi"),
    ("今", "こん", "コン", "Kon"), ("金", "かね", "カネ", "Kane"), ("春日", "かすが", "カスガ", "Kasuga"),
    ("明石", "あかし", "アカシ", "Akashi"), ("日向", "ひなた", "ヒナタ", "Hinata"), ("舟", "ふね", "フネ", "Fune"),
    ("市", "いち", "イチ", "Ichi"), ("番", "ばん", "バン", "Ban"), ("門", "かど", "カド", "Kado"),
    ("道", "みち", "ミチ", "Michi"), ("米", "よね", "ヨネ", "Yone"), ("栗", "くり", "クリ", "Kuri"),
]

# foreign residents: surname, given (passport capitals), katakana surname, katakana given parts,
# nationality ja, nationality en, name as written in English prose, sex, home country key
FOREIGNERS = [
    ("NGUYEN", "VAN NAM", "グエン", ["ヴァン", "ナム"], "ベトナム", "Viet Nam", "Nguyen Van Nam", "M", "VN"),
    ("TRAN", "THI HUONG", "チャン", ["ティ", "フオン"], "ベトナム", "Viet Nam", "Tran Thi Huong", "F", "VN"),
    ("PHAM", "MINH TUAN", "ファム", ["ミン", "トゥアン"], "ベトナム", "Viet Nam", "Pham Minh Tuan", "M", "VN"),
    ("LE", "THI MAI", "レ", ["ティ", "マイ"], "ベトナム", "Viet Nam", "Le Thi Mai", "F", "VN"),
    ("SANTOS", "MARIA CRISTINA", "サントス", ["マリア", "クリスティナ"], "フィリピン", "Philippines",
     "Maria Cristina Santos", "F", "PH"),
    ("REYES", "JOHN PAUL", "レイエス", ["ジョン", "ポール"], "フィリピン", "Philippines", "John Paul Reyes",
     "M", "PH"),
    ("DELA CRUZ", "ANGELICA", "デラクルス", ["アンジェリカ"], "フィリピン", "Philippines", "Angelica Dela Cruz",
     "F", "PH"),
    ("OLIVEIRA", "LUCAS HENRIQUE", "オリベイラ", ["ルーカス", "エンリケ"], "ブラジル", "Brazil",
     "Lucas Henrique Oliveira", "M", "BR"),
    ("SOUZA", "ANA PAULA", "ソウザ", ["アナ", "パウラ"], "ブラジル", "Brazil", "Ana Paula Souza", "F", "BR"),
    ("GURUNG", "BIKASH", "グルン", ["ビカス"], "ネパール", "Nepal", "Bikash Gurung", "M", "NP"),
    ("SHRESTHA", "ANJALI", "シュレスタ", ["アンジャリ"], "ネパール", "Nepal", "Anjali Shrestha", "F", "NP"),
    ("WIJAYA", "ANDI", "ウィジャヤ", ["アンディ"], "インドネシア", "Indonesia", "Andi Wijaya", "M", "ID"),
    ("WANG", "XIAOHONG", "ワン", ["シャオホン"], "中国", "China", "Wang Xiaohong", "F", "CN"),
    ("SMITH", "JENNIFER ANNE", "スミス", ["ジェニファー", "アン"], "アメリカ合衆国", "United States",
     "Jennifer Smith", "F", "US"),
    ("BROWN", "DANIEL JAMES", "ブラウン", ["ダニエル", "ジェームズ"], "英国", "United Kingdom", "Daniel Brown",
     "M", "UK"),
    ("PERERA", "KASUN", "ペレラ", ["カスン"], "スリランカ", "Sri Lanka", "Kasun Perera", "M", "LK"),
    ("MILLER", "EMILY ROSE", "ミラー", ["エミリー", "ローズ"], "オーストラリア", "Australia", "Emily Miller",
     "F", "AU"),
]
KID_NAMES = {"VN": "BAO NGOC", "PH": "JOSHUA", "BR": "SOFIA", "NP": "AAYUSH", "ID": "RIZKI", "CN": "YUTONG",
             "US": "OLIVIA", "UK": "NOAH", "LK": "SENURI", "AU": "CHLOE"}
CAPITALS = ["札幌市中央区", "青森市", "盛岡市", "仙台市青葉区", "秋田市", "山形市", "福島市", "水戸市",
            "宇都宮市", "前橋市", "さいたま市西区", "千葉市中央区", "千代田区", "横浜市鶴見区", "新潟市北区",
            "富山市", "金沢市", "福井市", "甲府市", "長野市", "岐阜市", "静岡市葵区", "名古屋市千種区", "津市",
            "大津市", "京都市北区", "大阪市都島区", "神戸市東灘区", "奈良市", "和歌山市", "鳥取市", "松江市",
            "岡山市北区", "広島市中区", "下関市", "徳島市", "高松市", "松山市", "高知市", "北九州市門司区",
            "佐賀市", "長崎市", "熊本市中央区", "大分市", "宮崎市", "鹿児島市", "那覇市"]

ROW = re.compile(r"-\s*\['([^']*)',\s*'([^']*)',\s*'([^']*)',\s*'([^']*)'\]")
KANJI_ONLY = re.compile(r"^[\u4e00-\u9fff々ヶケ]+$")


def load_gimei() -> dict[str, list[tuple[str, str, str, str]]]:
    """Parse the two gimei YAML lists (flat four-column rows) without a YAML library."""
    out: dict[str, list[tuple[str, str, str, str]]] = {}
    for fname in ("names.yml", "addresses.yml"):
        section = ""
        for line in (SOURCE / fname).read_text(encoding="utf-8").splitlines():
            head = line.strip()
            if head.endswith(":") and not head.startswith("-"):
                key = head[:-1]
                section = {"male": "male", "female": "female", "last_name": "last", "prefecture": "pref",
                           "city": "city", "town": "town"}.get(key, section)
                continue
            m = ROW.search(line)
            if m and section:
                out.setdefault(section, []).append(m.groups())
    return out


# ---------------------------------------------------------------- surface helpers
ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")
HAN_KANA: dict[str, str] = {}
for _cp in range(0xFF61, 0xFFA0):
    _full = unicodedata.normalize("NFKC", chr(_cp))
    if len(_full) == 1:
        HAN_KANA[_full] = chr(_cp)
SMALL_TO_LARGE = str.maketrans("ァィゥェォャュョッ", "アイウエオヤユヨツ")
KANJI_DIGITS = "〇一二三四五六七八九"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)),
        ("昭和", "S", dt.date(1926, 12, 25)), ("大正", "T", dt.date(1912, 7, 30))]
WEEK = "月火水木金土日"


def zen(s: str) -> str:
    return s.translate(ZEN)


def hankaku(kata: str, bank: bool = False) -> str:
    """Full-width katakana to half-width (bank style: small kana written large)."""
    if bank:
        kata = kata.translate(SMALL_TO_LARGE)
    out = []
    for ch in unicodedata.normalize("NFD", kata):
        out.append(HAN_KANA.get(ch, " " if ch in " 　" else ch))
    return "".join(out)


def kan(n: int) -> str:
    if n < 10:
        return KANJI_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI_DIGITS[tens]) + "十" + (KANJI_DIGITS[ones] if ones else "")


def era_of(d: dt.date) -> tuple[str, str, int]:
    for name, abbr, start in ERAS:
        if d >= start:
            return name, abbr, d.year - start.year + 1
    raise ValueError(d)


def fdate(d: dt.date, style: str) -> str:
    """A date in one of the ways office staff write it."""
    era, ab, y = era_of(d)
    ys = "元" if y == 1 and style in ("wa", "wa_kan") else str(y)
    forms = {
        "wa": f"{era}{ys}年{d.month}月{d.day}日",
        "wa_kan": f"{era}{'元' if y == 1 else kan(y)}年{kan(d.month)}月{kan(d.day)}日",
        "wa_abbr": f"{ab}{y}.{d.month}.{d.day}",
        "wa_abbr0": f"{ab}{y:02}.{d.month:02}.{d.day:02}",
        "wa_slash": f"{ab}{y}/{d.month}/{d.day}",
        "wa_short": f"{era[0]}{y}.{d.month}.{d.day}",
        "wa_dot": f"{era}{y}.{d.month}.{d.day}",
        "sei": f"{d.year}年{d.month}月{d.day}日",
        "slash": f"{d.year}/{d.month}/{d.day}",
        "slash0": f"{d.year}/{d.month:02}/{d.day:02}",
        "iso": d.isoformat(),
        "dot": f"{d.year}.{d.month}.{d.day}",
        "en_dmy": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "en_mdy": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "en_abbr": f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
        "dmy_slash": f"{d.day:02}/{d.month:02}/{d.year}",
    }
    return forms[style]


def wk(d: dt.date) -> dt.date:
    """The next working day (offices are closed at weekends)."""
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def wd(d: dt.date) -> str:
    return WEEK[d.weekday()]


def passport_roma(roma: str) -> str:
    """Hepburn as written in Japanese passports: long vowels dropped."""
    s = roma.lower().replace("ou", "o").replace("uu", "u").replace("oo", "o")
    return s.upper()


# ---------------------------------------------------------------- numbers
def my_number(rng: random.Random) -> str:
    d = [rng.randrange(10) for _ in range(11)]
    total = sum(d[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = total % 11
    return "".join(map(str, d)) + str(0 if r <= 1 else 11 - r)


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v = v * 2 - 9 if v > 4 else v * 2
        total += v
    return total % 10 == 0


def card_number(rng: random.Random) -> str:
    prefix = rng.choice(["4", "4", "5" + str(rng.randint(1, 5)), "35" + str(rng.randint(28, 89))])
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(15 - len(prefix)))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group4(num: str, sep: str) -> str:
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def residence_card(rng: random.Random) -> str:
    return letters(rng, 2) + digits(rng, 8) + letters(rng, 2)


def jp_passport(rng: random.Random) -> str:
    return rng.choice(["TR", "TS", "TZ", "MZ", "TK", "MU"]) + digits(rng, 7, True)


def pension(rng: random.Random, sep: str) -> str:
    return rng.choice(["1", "2", "4", "5", "6"]) + digits(rng, 3) + sep + digits(rng, 6)


def license_no(rng: random.Random) -> str:
    return rng.choice(["52", "52", "52", "30", "54", "48"]) + f"{rng.randint(0, 99):02}" + digits(rng, 8)


def account(rng: random.Random) -> str:
    return rng.choice("0123456") + digits(rng, 6)


def yucho(rng: random.Random) -> tuple[str, str]:
    return "1" + digits(rng, 3) + "0", digits(rng, 7, True) + "1"


def ipv4(rng: random.Random, net: str | None = None) -> str:
    net = net or rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{rng.randint(2, 254)}"


def ipv6(rng: random.Random) -> str:
    return "2001:db8:" + ":".join(format(rng.randrange(0x10000), "x") for _ in range(2)) + "::" + \
        format(rng.randrange(1, 0x1000), "x")


# ---------------------------------------------------------------- documents
class Doc:
    """Text assembled from plain strings and (type, text) labelled pieces; lists are flattened."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.ents: list[dict[str, object]] = []
        self.n = 0

    def __call__(self, *pieces: object) -> Doc:
        for piece in pieces:
            if piece is None:
                continue
            if isinstance(piece, list):
                self(*piece)
            elif isinstance(piece, tuple):
                typ, s = piece
                self.ents.append({"type": typ, "start": self.n, "end": self.n + len(s), "text": s})
                self.parts.append(s)
                self.n += len(s)
            else:
                assert isinstance(piece, str), piece
                self.parts.append(piece)
                self.n += len(piece)
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Ctx:
    """Per-document surface habits: full-width digits or not, the space inside names."""

    def __init__(self, rng: random.Random, zen_p: float = 0.0, ns: str | None = None) -> None:
        self.rng = rng
        self.zen = rng.random() < zen_p
        self.ns = ns if ns is not None else rng.choice([" ", " ", "　", "　", ""])

    def n(self, s: str) -> str:
        return zen(s) if self.zen else s


class Person:
    def __init__(self, sei: tuple[str, ...], mei: tuple[str, ...], sex: str, birth: dt.date) -> None:
        self.sei, self.mei, self.sex, self.birth = sei, mei, sex, birth

    @property
    def s(self) -> str:
        return self.sei[0]

    @property
    def g(self) -> str:
        return self.mei[0]

    def name(self, sep: str = " ") -> str:
        return f"{self.sei[0]}{sep}{self.mei[0]}"

    def kata(self, sep: str = " ") -> str:
        return f"{self.sei[2]}{sep}{self.mei[2]}"

    def hira(self, sep: str = " ") -> str:
        return f"{self.sei[1]}{sep}{self.mei[1]}"

    def han(self, sep: str = " ", bank: bool = False) -> str:
        return hankaku(self.kata(sep), bank)

    def roma(self) -> str:
        return f"{passport_roma(self.sei[3])} {passport_roma(self.mei[3])}"

    def west(self) -> str:
        return f"{passport_roma(self.mei[3]).title()} {passport_roma(self.sei[3]).title()}"

    def age(self, on: dt.date) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))

    @property
    def sexj(self) -> str:
        return "男" if self.sex == "M" else "女"


class Foreigner:
    def __init__(self, row: tuple, birth: dt.date) -> None:
        (self.sur, self.given, self.ksur, self.kgiven, self.nat, self.nat_en, self.prose, self.sex,
         self.country) = row
        self.birth = birth

    def passport_name(self) -> str:
        return f"{self.sur} {self.given}"

    def kata(self, sep: str) -> str:
        return sep.join([self.ksur, *self.kgiven])

    @property
    def last(self) -> str:
        return self.sur.title()


class Staff:
    def __init__(self, p: Person, section: str, unit: str, box: str, post: str, ext: str,
                 email: str) -> None:
        self.p, self.section, self.unit, self.box, self.post, self.ext = p, section, unit, box, post, ext
        self.email = email
        self.direct = f"0585-32-3{ext}"
        self.shared = f"{box}@{DOMAIN}"


class Addr:
    """A resident's address in 白萩町, writable in Japanese or in English order."""

    def __init__(self, w: World, rng: random.Random) -> None:
        self.chome = rng.random() < 0.25
        if self.chome:
            self.area, self.roma = rng.choice(CHOME_AREAS)
            self.nums = (rng.randint(1, 4), rng.randint(1, 30), rng.randint(1, 25))
        else:
            self.area, self.roma = rng.choice(w.oaza)
            self.nums = (rng.randint(1, 3800), rng.choice([0, 0, rng.randint(1, 12)]), 0)
        self.bldg: tuple[str, str, str] | None = None
        if rng.random() < 0.3:
            i = rng.randrange(len(BUILDINGS))
            short = {"つつじが丘": "つつじ"}.get(self.area, self.area[:3])
            ja = BUILDINGS[i].format(a=short)
            en = ["Corpo {a}", "{a} Heights", "Maison {a}", "Sunrise {a}", "Green Hill {a}", "Heim {a}",
                  "Town Housing {a}", "Bell Maison {a}"][i].format(a=self.roma)
            room = f"{rng.randint(1, 3)}0{rng.randint(1, 8)}"
            self.bldg = (ja, en, room)
        self.zip = "501-06" + f"{rng.randint(1, 48):02}"

    def ja(self, rng: random.Random, lead: str | None = None, c: Ctx | None = None, bldg: bool = True) -> str:
        if lead is None:
            lead = rng.choice(["岐阜県揖東郡白萩町", "岐阜県揖東郡白萩町", "揖東郡白萩町", "白萩町", "白萩町"])
        a, b, cc = self.nums
        if self.chome:
            body = rng.choice([f"{self.area}{a}丁目{b}番{cc}号", f"{self.area}{a}-{b}-{cc}",
                               f"{self.area}{kan(a)}丁目{b}番{cc}号", f"{self.area}{a}丁目{b}-{cc}"])
        else:
            oaza = rng.choice(["大字", "大字", ""]) + self.area
            if b:
                body = rng.choice([f"{oaza}{a}番地{b}", f"{oaza}{a}-{b}", f"{oaza}{a}番地の{b}"])
            else:
                body = rng.choice([f"{oaza}{a}番地", f"{oaza}{a}"])
        s = lead + body
        if self.bldg and bldg:
            ja, _en, room = self.bldg
            s += rng.choice([f" {ja} {room}号室", f"　{ja}{room}号", f" {ja}{room}", f"{ja} {room}号室"])
        return c.n(s) if c else s

    def en(self, rng: random.Random) -> str:
        a, b, cc = self.nums
        if self.chome:
            num, place = f"{a}-{b}-{cc}", self.roma
        else:
            num, place = (f"{a}-{b}" if b else str(a)), self.roma
        tail = rng.choice([", Shirahagi-cho, Itto-gun, Gifu", ", Shirahagi-cho, Itto-gun, Gifu-ken",
                           ", Shirahagi Town, Itto District, Gifu"])
        s = f"{num} {place}{tail}"
        if self.bldg:
            s = f"{self.bldg[1]} {self.bldg[2]}, " + s
        return s


class World:
    """Everything drawn once: the gimei lists, the town's 大字, its staff and mayor."""

    REF = dt.date(2025, 7, 1)

    def __init__(self, rng: random.Random) -> None:
        g = load_gimei()
        self.last, self.male, self.female = g["last"], g["male"], g["female"]
        self.cities = g["city"]
        self.towns = [t for t in g["town"] if KANJI_ONLY.match(t[0]) and 2 <= len(t[0]) <= 4]
        prefs = [p[0] for p in g["pref"]]
        starts = [next(i for i, c in enumerate(self.cities) if c[0] == cap) for cap in CAPITALS]
        assert starts == sorted(starts) and len(prefs) == 47
        self.city_pref = {}
        for k, st in enumerate(starts):
            end = starts[k + 1] if k + 1 < 47 else len(self.cities)
            for c in self.cities[st:end]:
                self.city_pref[c[0]] = prefs[k]
        pool = [t for t in self.towns if not t[0].endswith(("町", "村", "区", "市", "通", "条"))
                and 2 <= len(t[0]) <= 3]
        self.oaza = [("中野", "Nakano"), ("上白萩", "Kamishirahagi"), ("下白萩", "Shimoshirahagi")]
        for t in rng.sample(pool, 11):
            self.oaza.append((t[0], t[3].replace("ou", "o").replace("uu", "u")))
        self.staff: list[Staff] = []
        used: set[str] = set()
        ext = 200
        posts = ["主事", "主事", "主任", "主査", "係長", "主事", "課長補佐", "主任"]
        for section, units in SECTIONS.items():
            for unit, box in units:
                for _ in range(2):
                    p = self.person(rng, 24, 60)
                    post = rng.choice(posts)
                    if unit == "地域包括支援センター":
                        post = rng.choice(["社会福祉士", "保健師", "主任介護支援専門員"])
                    elif unit == "保健係":
                        post = "保健師"
                    elif unit == "消費生活相談窓口":
                        post = "消費生活相談員"
                    local = f"{passport_roma(p.sei[3]).lower()}-{p.mei[3][0].lower()}"
                    if local in used:
                        local = f"{passport_roma(p.sei[3]).lower()}-{p.mei[3][:2].lower()}"
                    used.add(local)
                    ext += rng.randint(3, 9)
                    self.staff.append(Staff(p, section, unit, box, post, str(ext), f"{local}@{DOMAIN}"))
        self.mayor = self.person(rng, 58, 72, "M")
        self.vice = self.person(rng, 55, 66)
        self.heads = {s: self.person(rng, 50, 59) for s in SECTIONS}

    # people
    def person(self, rng: random.Random, lo: int, hi: int, sex: str | None = None,
               rare: float = 0.07) -> Person:
        sex = sex or rng.choice("MF")
        sei = rng.choice(RARE_SURNAMES) if rng.random() < rare else rng.choice(self.last)
        mei = rng.choice(self.male if sex == "M" else self.female)
        age_days = rng.randint(lo * 365 + 10, hi * 365 + 300)
        return Person(sei, mei, sex, self.REF - dt.timedelta(days=age_days))

    def relative(self, rng: random.Random, p: Person, lo: int, hi: int, sex: str | None = None) -> Person:
        q = self.person(rng, lo, hi, sex)
        q.sei = p.sei
        return q

    def foreigner(self, rng: random.Random, lo: int = 20, hi: int = 45, exclude: tuple = ()) -> Foreigner:
        rows = [r for r in FOREIGNERS if r[0] not in exclude]
        return Foreigner(rng.choice(rows), self.REF - dt.timedelta(days=rng.randint(lo * 365, hi * 365)))

    def staff_in(self, rng: random.Random, section: str, unit: str | None = None) -> Staff:
        xs = [s for s in self.staff if s.section == section and (unit is None or s.unit == unit)]
        return rng.choice(xs)

    def two_staff(self, rng: random.Random, section: str, unit: str | None = None) -> list[Staff]:
        xs = [s for s in self.staff if s.section == section and (unit is None or s.unit == unit)]
        return rng.sample(xs, 2)

    # places
    def addr(self, rng: random.Random) -> Addr:
        return Addr(self, rng)

    def other_addr(self, rng: random.Random, c: Ctx | None = None, pref: bool | None = None) -> str:
        city = rng.choice(self.cities)[0]
        town = rng.choice(self.towns)[0]
        if pref is None:
            pref = rng.random() < 0.6
        lead = (self.city_pref[city] if pref else "") + city + town
        a, b, cc = rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 30)
        body = rng.choice([f"{a}丁目{b}番{cc}号", f"{a}-{b}-{cc}", f"{b}番地{cc}", f"{a}丁目{b}-{cc}",
                           f"{rng.randint(100, 2999)}番地"])
        s = lead + body
        if rng.random() < 0.35:
            s += f" {rng.choice(BUILDINGS_OUT)}{town[:2]} {rng.randint(1, 12)}0{rng.randint(1, 9)}号室"
        return c.n(s) if c else s

    def out_zip(self, rng: random.Random) -> str:
        return f"{rng.randint(1, 99):03}-{rng.randint(0, 9999):04}"

    # phones
    def home_phone(self, rng: random.Random) -> str:
        return f"0585-{rng.choice(['32', '33', '34', '35', '36', '38'])}-{rng.randint(1000, 9999)}"

    def mobile(self, rng: random.Random) -> str:
        return f"{rng.choice(['090', '080', '070', '090'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"

    def far_phone(self, rng: random.Random) -> str:
        area = rng.choice(["03", "06", "052", "058", "011", "092", "0584", "0581", "045"])
        if len(area) == 2:
            return f"{area}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        if len(area) == 3:
            return f"{area}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        return f"{area}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"

    def email(self, rng: random.Random, p: Person | Foreigner) -> str:
        dom = rng.choice(["example.ne.jp", "example.com", "example.jp", "example.co.jp", "example.org",
                          "mail.example.com"])
        if isinstance(p, Foreigner):
            first = p.given.split()[0].lower()
            return rng.choice([f"{first}.{p.sur.lower().replace(' ', '')}@{dom}",
                               f"{first}{rng.randint(80, 99)}@{dom}"])
        sei, mei = passport_roma(p.sei[3]).lower(), passport_roma(p.mei[3]).lower()
        return rng.choice([f"{mei}.{sei}@{dom}", f"{sei}_{mei[0]}{p.birth.year % 100:02}@{dom}",
                           f"{mei[:3]}{sei[:3]}{rng.randint(1, 999)}@{dom}", f"{sei}.{mei}@{dom}"])

    def bank(self, rng: random.Random) -> tuple[str, str, str, str]:
        name, code, branches = rng.choice(BANKS)
        br, brc = rng.choice(branches)
        return name, code, br, brc

    def docdate(self, rng: random.Random, lo: dt.date = dt.date(2024, 10, 1), span: int = 360) -> dt.date:
        d = lo + dt.timedelta(days=rng.randrange(span))
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d


def fmt_phone(rng: random.Random, num: str, c: Ctx | None = None) -> str:
    a, b, cc = num.split("-")
    s = rng.choice([num, num, num, f"{a}({b}){cc}", f"{a}{b}{cc}", f"({a}){b}-{cc}"])
    return c.n(s) if c else s


JA_BIRTH = ["wa", "wa", "wa", "wa_kan", "wa_kan", "wa_abbr", "wa_abbr0", "wa_short", "wa_dot", "sei", "slash0", "slash",
            "iso"]
KANA = ("kata", "hira")


def reading(p: Person, how: str, sep: str = " ") -> str:
    return p.kata(sep) if how == "kata" else p.hira(sep)


def office_tail(d: Doc, c: Ctx, rng: random.Random, st: Staff, label: str = "【担当】") -> None:
    """The 担当 block at the foot of a letter: staff name, switchboard, maybe 直通 and mail."""
    d(f"{label}{st.section}　{st.unit}　", (PER, st.p.name(c.ns)), "\n")
    d(f"　電話：{c.n(SWITCH)}（内線{c.n(st.ext)}）")
    if rng.random() < 0.6:
        d("　直通：", (TEL, c.n(st.direct)))
    d(f"\n　FAX：{c.n(FAX)}\n")
    if rng.random() < 0.5:
        d("　E-mail：", (MAIL, st.email), "\n")
    else:
        d(f"　E-mail：{st.shared}\n")


def ja_signature(d: Doc, c: Ctx, rng: random.Random, st: Staff) -> None:
    line = rng.choice(["――――――――――――――――――――", "━━━━━━━━━━━━━━━━", "--", "***************************"])
    d(f"{line}\n{OFFICE}　{st.section} {st.unit}\n{st.post}　", (PER, st.p.name(c.ns)))
    if rng.random() < 0.4:
        d("（", (PER, st.p.hira(" ")), "）")
    d(f"\n〒{OFFICE_ZIP}　{OFFICE_ADDR}\n")
    d(f"TEL：{SWITCH}（内線{st.ext}）")
    if rng.random() < 0.6:
        d(" 直通：", (TEL, st.direct))
    d(f"\nFAX：{FAX}\n")
    if rng.random() < 0.65:
        d("Mail：", (MAIL, st.email), "\n")
    else:
        d(f"Mail：{st.shared}\n")
    d(f"{line}\n")


# ================================================================ letters
def s_letter_reply(w: World, rng: random.Random, k: int = 0) -> Doc:
    d, c = Doc(), Ctx(rng, zen_p=0.4)
    day = w.docdate(rng)
    res = w.person(rng, 35, 86)
    ad = w.addr(rng)
    topic = rng.choice(["gutter", "light", "tax", "akiya"])
    sec, unit, title, abbr = {
        "gutter": ("建設水道課", "建設係", "町道の側溝修繕に関するご要望", "建"),
        "light": ("総務課", "総務係", "防犯灯の設置に関するご要望", "総"),
        "tax": ("税務課", "課税係", "国民健康保険税の減免に関するお問い合わせ", "税"),
        "akiya": ("総務課", "総務係", "空き家の管理に関するご相談", "総"),
    }[topic]
    st = w.staff_in(rng, sec, unit)
    d(c.n(f"白萩{abbr}第{rng.randint(40, 980)}号"), "\n", c.n(fdate(day, "wa")), "\n\n")
    d("〒", (ZIP, c.n(ad.zip)), "\n", (ADDR, ad.ja(rng, c=c)), "\n", (PER, res.name(c.ns)), "　様\n\n")
    d("　　　　　　　　　　　　　　　　白萩町長　", (PER, w.mayor.name("　")), "\n")
    d("　　　　　　　　　　　　　　　　（公印省略）\n\n")
    d(f"　　　{title}について（回答）\n\n")
    recv = wk(day - dt.timedelta(days=rng.randint(8, 35)))
    d("　日頃より町政の推進にご理解とご協力を賜り、厚くお礼申し上げます。\n")
    d(f"　{c.n(fdate(recv, 'wa'))}付けでお寄せいただきました{title}について、下記のとおり回答いたします。\n\n")
    d("記\n\n１　ご要望等の要旨\n")
    visit = wk(recv + dt.timedelta(days=rng.randint(2, 6)))
    if topic == "gutter":
        d("　ご自宅前（", (ADDR, ad.ja(rng, lead="", c=c, bldg=False)),
          f"）の町道{ad.area}{c.n(str(rng.randint(1, 30)))}号線の"
          "側溝蓋が破損しており、通学する児童が通る際に危険であるため、早急に修繕してほしい。\n")
        d("２　回答\n")
        d(f"　{c.n(fdate(visit, 'wa'))}に担当職員が現地を確認したところ、"
          f"側溝蓋（延長約{c.n(str(rng.randint(6, 40)))}ｍ）に"
          "ひび割れ及びがたつきが認められました。今年度の道路維持修繕工事において、"
          f"{c.n(str((day.month + 1) % 12 + 1))}月中に交換する予定です。\n")
        d("　工事の日程が決まりましたら、改めて", (PER, res.s), "様にご連絡いたします。\n")
        d("３　その他\n　工事期間中は車両の出入りにご不便をおかけしますが、ご理解をお願いいたします。\n")
    elif topic == "light":
        chief = w.person(rng, 55, 78)
        d(f"　{ad.area}地区の町道沿い（", (PER, res.s), f"様宅付近から{ad.area}公民館までの区間）は夜間暗く、"
          "防犯灯を増設してほしい。\n")
        d("２　回答\n　防犯灯の新設は、白萩町防犯灯設置費補助金交付要綱に基づき、自治会から申請していただく"
          "仕組みとなっております。\n")
        d(f"　{c.n(fdate(visit, 'wa'))}に{ad.area}自治会長の", (PER, chief.name(c.ns)),
          "様に本件をお伝えし、来年度の申請に含めていただけるよう依頼いたしました。"
          f"補助率は設置費の３分の２（上限{c.n(rng.choice(['30,000', '40,000', '50,000']))}円）です。\n")
        d("３　その他\n　設置場所の決定にあたっては、", (PER, chief.s), "会長から改めてご相談があるかと存じます。\n")
    elif topic == "tax":
        fam = w.relative(rng, res, 16, 30)
        d(f"　{c.n('令和6年')}{c.n(str(rng.randint(4, 12)))}月に勤務先（{rng.choice(COMPANIES)}）を退職し"
          "収入が大きく減少したため、"
          "国民健康保険税を減免してほしい。\n")
        d("２　回答\n　会社の倒産や解雇など、ご本人の意思によらない離職の場合は、非自発的失業者に係る軽減の対象と"
          "なる可能性があります。雇用保険受給資格者証の写しをご提出ください。\n")
        d("　なお、世帯主である", (PER, res.name(c.ns)), "様のほか、世帯員の", (PER, fam.g),
          "様の所得の申告も必要となります。\n")
        d(f"３　その他\n　通知書番号：{c.n(digits(rng, 10))}"
          f"　税額：年額{c.n(f'{rng.randint(80, 420)},{rng.randint(0, 9)}00')}円"
          "（軽減前）\n")
    else:
        owner = w.person(rng, 60, 90)
        oz, oa = w.out_zip(rng), w.other_addr(rng, c)
        d("　隣接する空き家の庭木が越境し、落ち葉や害虫で困っている。所有者に対応を求めてほしい。\n")
        d("２　回答\n　固定資産の課税情報等により所有者を確認したところ、", (PER, owner.name(c.ns)), "様（〒",
          (ZIP, c.n(oz)), "　", (ADDR, oa), "）であることが分かりました。\n")
        d(f"　{c.n(fdate(visit, 'wa'))}付けで、", (PER, owner.s), "様宛てに空き家の適正管理をお願いする文書を"
          "送付いたしました。\n")
        d("３　その他\n　民事上の問題となる部分については、町が強制的に対応することはできませんので、"
          "ご了承ください。\n")
    d("\n以上\n\n")
    office_tail(d, c, rng, st)
    return d


def s_letter_kaigo(w: World, rng: random.Random, k: int = 0) -> Doc:
    d, c = Doc(), Ctx(rng, zen_p=0.35)
    day = w.docdate(rng)
    p = w.person(rng, 68, 97)
    ad = w.addr(rng)
    st = w.staff_in(rng, "健康介護課", "介護保険係")
    bstyle = rng.choice(JA_BIRTH)
    ins = "0000" + digits(rng, 6) if rng.random() < 0.5 else "21" + digits(rng, 8)
    d(c.n(f"白萩介第{rng.randint(100, 3000)}号"), "\n", c.n(fdate(day, "wa")), "\n\n")
    to_family = rng.random() < 0.35
    if to_family:
        son = w.relative(rng, p, 40, 65)
        oz, oa = w.out_zip(rng), w.other_addr(rng, c)
        d("〒", (ZIP, c.n(oz)), "\n", (ADDR, oa), "\n", (PER, son.name(c.ns)), "　様\n")
        d("（", (PER, p.name(c.ns)), "　様　送付先）\n\n")
    else:
        d("〒", (ZIP, c.n(ad.zip)), "\n", (ADDR, ad.ja(rng, c=c)), "\n", (PER, p.name(c.ns)), "　様\n\n")
    d("　　　　　　　　　　　　　　　　保険者　白萩町長　", (PER, w.mayor.name("　")), "\n\n")
    d("　　　介護保険　要介護認定・要支援認定等結果通知書\n\n")
    d("　あなたから申請のありました要介護認定等について、下記のとおり決定しましたので通知します。\n\n記\n\n")
    grade = rng.choice(["要支援１", "要支援２", "要介護１", "要介護２", "要介護３", "要介護４"])
    start = dt.date(day.year, day.month, 1) + dt.timedelta(days=31)
    start = start.replace(day=1)
    d("被保険者番号　　　", (INS, c.n(ins)), "\n")
    how = rng.choice(KANA)
    d("被保険者氏名　　　", (PER, p.name(c.ns)), "（", (PER, reading(p, how)), "）\n")
    d("生年月日　　　　　", (BIRTH, c.n(fdate(p.birth, bstyle))), "\n")
    d(f"保険者番号　　　　{c.n('21' + digits(rng, 4))}\n")
    d(f"申請日　　　　　　{c.n(fdate(day - dt.timedelta(days=rng.randint(25, 40)), 'wa'))}\n")
    d(f"要介護状態区分　　{grade}\n")
    end = start.replace(year=start.year + rng.choice([1, 2])) - dt.timedelta(days=1)
    d(f"認定の有効期間　　{c.n(fdate(start, 'wa'))}から{c.n(fdate(end, 'wa'))}まで\n")
    d("介護認定審査会の意見　なし\n\n")
    bank, _, br, _ = w.bank(rng)
    d("【介護保険料の納付方法】\n")
    d(f"　令和７年度の介護保険料（年額{c.n(f'{rng.randint(48, 96)},{rng.randint(1, 9)}00')}円）は、"
      f"{bank}　{br}　普通預金　口座番号", (BANK, c.n(account(rng))),
      "からの口座振替により納付いただいております。\n\n")
    cm = w.person(rng, 30, 60)
    d(f"【居宅サービス計画】\n　{rng.choice(CARE_PLACES[:3])}（担当介護支援専門員　", (PER, cm.name(c.ns)),
      "）\n\n")
    d("　この決定に不服がある場合は、この通知を受け取った日の翌日から起算して３か月以内に、"
      "岐阜県介護保険審査会に審査請求をすることができます。\n\n")
    d("【問い合わせ先】\n")
    d("　白萩町役場　健康介護課　介護保険係　", (PER, st.p.s if rng.random() < 0.5 else st.p.name(c.ns)), "\n")
    d(f"　電話　{c.n(SWITCH)}（内線{c.n(st.ext)}）\n")
    return d


# ================================================================ minutes
def s_minutes_care(w: World, rng: random.Random, k: int = 0) -> Doc:
    d, c = Doc(), Ctx(rng, zen_p=0.2)
    day = w.docdate(rng)
    p = w.person(rng, 72, 94)
    ad = w.addr(rng)
    h1, h2 = w.two_staff(rng, "健康介護課", "地域包括支援センター")
    kst = w.staff_in(rng, "健康介護課", "介護保険係")
    cm, svc, minsei, pt = (w.person(rng, 30, 62), w.person(rng, 30, 60), w.person(rng, 62, 76),
                           w.person(rng, 28, 50))
    daughter = w.relative(rng, p, 40, 66, "F")
    son = w.relative(rng, p, 38, 64, "M")
    place1, place2 = rng.sample(CARE_PLACES, 2)
    clinic = rng.choice(CLINICS)
    fy = day.year - (1 if day.month < 4 else 0) - 2018
    ns = c.ns
    d(f"令和{c.n(str(fy))}年度　第{c.n(str(rng.randint(2, 9)))}回　白萩町地域ケア個別会議　記録\n\n")
    d(f"日　時：{c.n(fdate(day, 'wa'))}（{wd(day)}）{c.n('13:30')}～{c.n('15:10')}\n")
    d(f"場　所：{HEALTH_CENTER[0]}　２階　研修室\n")
    d("出席者（敬称略）：\n")
    d("　地域包括支援センター　", (PER, h1.p.name(ns)), f"（{h1.post}）、", (PER, h2.p.name(ns)),
      f"（{h2.post}）\n")
    d(f"　{place1}　", (PER, cm.name(ns)), "（介護支援専門員）\n")
    d(f"　{place2}　", (PER, svc.name(ns)), "（サービス提供責任者）\n")
    d("　民生委員　", (PER, minsei.name(ns)), "\n")
    d("　助言者　", (PER, pt.name(ns)), f"（理学療法士、{clinic}）\n")
    d("　健康介護課　介護保険係　", (PER, kst.p.name(ns)), "\n\n")
    d("１　事例の概要\n")
    d("　対象者：", (PER, p.name(ns)), f"（{c.n(str(p.age(day)))}歳、{p.sexj}性）　生年月日：",
      (BIRTH, c.n(fdate(p.birth, rng.choice(JA_BIRTH)))), "\n")
    d("　住　所：", (ADDR, ad.ja(rng, c=c)), "（独居）\n")
    ins = "0000" + digits(rng, 6)
    d("　被保険者番号：", (INS, c.n(ins)), f"　要介護１（{c.n(fdate(day.replace(day=1), 'wa_abbr'))}更新）\n")
    d("　家　族：長女 ", (PER, daughter.g), "さん（", (ADDR, w.other_addr(rng, c)), "在住、携帯 ",
      (TEL, fmt_phone(rng, w.mobile(rng), c)), "）が月に１回程度訪問。\n")
    d("　　　　　長男 ", (PER, son.g), "さんとは数年来連絡が取れていない。\n")
    fall = day - dt.timedelta(days=rng.randint(40, 90))
    d(f"　経　過：{c.n(fdate(fall, 'wa_abbr'))}、自宅で転倒し{clinic}に約３週間入院。退院後は屋内の移動にも不安があり、"
      "配食サービスと週２回のデイサービスを利用している。\n\n")
    d("２　検討内容\n")
    d("　・", (PER, cm.s), "：本人は「家で暮らしたい」と強く希望している。入浴は、デイサービスで対応できている。\n")
    d("　・", (PER, minsei.s), "委員：近所の", (PER, w.person(rng, 60, 85).name(ns)),
      "さんが毎朝声をかけてくれている。冬場の除雪が心配。\n")
    d("　・", (PER, pt.s), "氏：玄関の上がり框に手すりを設置すれば、転倒のリスクはかなり下がる。"
      "住宅改修の利用を勧めたい。\n")
    d("　・", (PER, h1.p.s), "：長女の", (PER, daughter.s), "さんには、", (PER, h2.p.s),
      "から会議の結果を電話で伝える。\n\n")
    d("３　今後の方針\n")
    d("　（１）住宅改修（手すり設置）の申請を支援する（担当：", (PER, cm.s), "）。\n")
    d("　（２）見守りネットワークへの登録について本人の同意を得る（担当：民生委員）。\n")
    d("　（３）３か月後に再度、本会議で経過を確認する。\n\n記録者：", (PER, h2.p.name(ns)), "\n")
    return d


def s_minutes_jichikai(w: World, rng: random.Random, k: int = 0) -> Doc:
    d, c = Doc(), Ctx(rng, zen_p=0.3)
    day = w.docdate(rng)
    ns = c.ns
    st_b = w.staff_in(rng, "総務課", "防災係")
    st_s = w.staff_in(rng, "総務課", "総務係")
    areas = rng.sample(w.oaza, 5)
    chiefs = [w.person(rng, 58, 80) for _ in range(5)]
    vice = w.person(rng, 55, 78)
    nres = w.person(rng, 70, 90)
    d(f"令和{c.n(str(day.year - 2018 - (1 if day.month < 4 else 0)))}年度　第{c.n(str(rng.randint(1, 3)))}回"
      "　白萩町自治会長連絡会　議事録\n\n")
    d(f"１　日　時　{c.n(fdate(day, 'wa'))}（{wd(day)}）　午後７時００分～午後８時４０分\n")
    d("２　場　所　白萩町中央公民館　大ホール\n")
    d(f"３　出席者　自治会長　{c.n(str(rng.randint(17, 23)))}名（別紙名簿のとおり）\n")
    d("　　　　　　町　側　町長　", (PER, w.mayor.name(ns)), "、副町長　", (PER, w.vice.name(ns)),
      "、総務課長　", (PER, w.heads["総務課"].name(ns)), "\n")
    d(f"　　　　　　　　　　総務課防災係　{st_b.post}　", (PER, st_b.p.name(ns)), "\n")
    d("　　　　　　事務局　総務課総務係　", (PER, st_s.p.name(ns)), "\n")
    d(f"４　欠席者　{areas[0][0]}区自治会長　", (PER, chiefs[0].name(ns)), "（代理出席：副会長　", (PER, vice.name(ns)),
      "）\n\n")
    d("５　議　事\n（１）開会（総務課長）\n（２）町長あいさつ\n")
    d("　　町長から、今年度も防災と地域の見守りに重点を置いて取り組む旨のあいさつがあった。\n")
    d("（３）報告事項\n　　ア　令和６年度自治会活動補助金の実績について（総務課長）\n")
    d(f"　　　　資料１により説明。交付総額　{c.n(f'{rng.randint(2, 4)},{rng.randint(100, 999)},000')}円。\n")
    d("（４）協議事項\n　　ア　今年度の総合防災訓練について\n")
    drill = day + dt.timedelta(days=rng.randint(40, 100))
    d(f"　　　　防災係から資料２により説明。実施日は{c.n(fdate(drill, 'wa'))}（{wd(drill)}）、"
      "会場は各地区の一時避難所。\n")
    d("　　　　【質疑】\n")
    d(f"　　　　{areas[1][0]}区（", (PER, chiefs[1].name(ns)),
      "会長）：要支援者の名簿はいつ届くのか。昨年は訓練の直前だった。\n")
    d("　　　　", (PER, st_b.p.s), f"{st_b.post}：今年は訓練の１か月前までに、各自治会長あてに封書でお届けします。\n")
    d(f"　　　　{areas[2][0]}区（", (PER, chiefs[2].name(ns)), "会長）：担架の使い方を若い人にも覚えてほしい。\n")
    d("　　　　総務課長：消防署と相談し、実技の時間を設けるようにします。\n")
    d("　　イ　ごみ集積所の管理について\n")
    d(f"　　　　{areas[3][0]}区の", (PER, chiefs[3].s), "会長から、集積所の当番表を町で作成してほしいとの要望があった。"
      "事務局で様式例を作成し、次回配布することとした。\n")
    d("（５）その他\n")
    d(f"　　・{areas[4][0]}区　", (PER, chiefs[4].name(ns)), "会長より、区内の空き家（", (PER, nres.name(ns)),
      "さん方、", (ADDR, w.addr(rng).ja(rng, lead="白萩町", c=c)), "）の屋根瓦が落ちかけているとの情報提供があった。"
      "総務課で所有者に連絡する。\n")
    d("６　次回開催予定　令和７年１１月中旬（日程は後日通知）\n\n")
    d("（記録：総務課　", (PER, st_s.p.s), "）\n")
    return d


# ================================================================ complaints and consultations
def s_complaint_phone(w: World, rng: random.Random, k: int = 0) -> Doc:
    d, c = Doc(), Ctx(rng, zen_p=0.25)
    day = w.docdate(rng)
    ns = c.ns
    p = w.person(rng, 30, 84)
    ad = w.addr(rng)
    topic = ["noise", "water", "garbage"][k % 3]
    sec, unit = {"noise": ("住民課", "環境係"), "water": ("建設水道課", "上下水道係"),
                 "garbage": ("住民課", "環境係")}[topic]
    s1, s2 = w.two_staff(rng, sec, unit)
    neighbor = w.person(rng, 30, 80)
    sep = rng.choice(["：", "　", "\t"])
    d("苦情・要望受付票\n\n")
    d(f"受付番号{sep}{c.n(f'R{day.year - 2018}-苦-{rng.randint(1, 300):04}')}\n")
    d(f"受付日時{sep}{c.n(fdate(day, 'wa'))}（{wd(day)}）{c.n(f'{rng.randint(8, 16)}:{rng.randint(0, 59):02}')}\n")
    d(f"受付方法{sep}電話\n受付者{sep}{sec} {unit}　", (PER, s1.p.name(ns)), "\n")
    d(f"申出者{sep}", (PER, p.name(ns)), "（", (PER, p.kata(" ")), "）様\n")
    d(f"住所{sep}", (ADDR, ad.ja(rng, c=c)), "\n")
    d(f"連絡先{sep}", (TEL, fmt_phone(rng, rng.choice([w.home_phone(rng), w.mobile(rng)]), c)))
    if rng.random() < 0.4:
        d("（日中は携帯：", (TEL, fmt_phone(rng, w.mobile(rng), c)), "）")
    d("\n\n【内容】\n")
    if topic == "noise":
        d("　隣の", (PER, neighbor.s), "さん宅で飼っている犬が、早朝と夜間に長時間吠えていて眠れない。"
          "直接言うと関係が悪くなるので、町から注意してほしい。名前は出さないでほしいとのこと。\n")
        d("【対応】\n")
        d(f"　{c.n(fdate(day + dt.timedelta(days=1), 'wa_abbr'))}　", (PER, s2.p.s), f"{s2.post}と現地確認。"
          "不在のため、飼い犬の適正飼養に関するチラシを投函。\n")
    elif topic == "water":
        d(f"　{c.n(str((day.month - 2) % 12 + 1))}月分の水道料金が、普段の２倍近い請求になっている。"
          "家族構成も使い方も変わっていない。メーターの故障ではないか。\n")
        d("【対応】\n")
        d(f"　{c.n(fdate(day, 'wa_abbr'))}　", (PER, s2.p.s), f"{s2.post}が訪問し、メーター確認。"
          "パイロットが回転しており、宅内漏水の可能性が高い。指定工事店一覧を渡し、修理後に減免申請ができることを説明。\n")
        d(f"　お客様番号　{c.n(digits(rng, 8))}（減免申請書を郵送済み）\n")
        d("　なお、今後はクレジットカード払いにしたいとして、電話口でカード番号（",
          (CARD, c.n(card_number(rng))), "）を読み上げられたが、申込書の提出が必要である旨を説明した。\n")
    else:
        d("　集積所に分別されていないごみが何日も置かれている。", (PER, neighbor.name(ns)),
          "さんが出しているのを見たという人がいる。カラスが散らかして困る。\n")
        d("【対応】\n")
        d(f"　{c.n(fdate(day + dt.timedelta(days=1), 'wa_abbr'))}　", (PER, s2.p.s), f"{s2.post}と現地確認し、"
          "警告シールを貼付。自治会長にも情報提供した。\n")
    back = day + dt.timedelta(days=rng.randint(2, 6))
    d(f"　{c.n(fdate(back, 'wa_abbr'))}　申出者へ電話で結果を報告（", (PER, s1.p.s), "）。\n\n")
    d(f"処理状況{sep}{rng.choice(['完了', '継続', '完了（経過観察）'])}\n")
    d(f"決裁{sep}{sec}長　{unit}長\n")
    return d


def s_consult_shohi(w: World, rng: random.Random, k: int = 0) -> Doc:
    d, c = Doc(), Ctx(rng, zen_p=0.2)
    day = w.docdate(rng)
    ns = c.ns
    st = w.staff_in(rng, "産業振興課", "消費生活相談窓口")
    by_child = rng.random() < 0.5
    victim = w.person(rng, 66, 88, "F" if by_child else None)
    caller = w.relative(rng, victim, 38, 60) if by_child else victim
    ad = w.addr(rng)
    co1, co2 = rng.sample(CARD_COS, 2)
    cards = [card_number(rng), card_number(rng)]
    csep = rng.choice([" ", "-", ""])
    d("消費生活相談受付カード\n\n")
    d(f"相談番号：{c.n(f'{day.year}-{rng.randint(20, 300):04}')}　受付日：{c.n(fdate(day, 'wa'))}　受付方法："
      f"{rng.choice(['電話', '来所'])}\n")
    d("受付者：消費生活相談員　", (PER, st.p.name(ns)), "\n\n")
    d("■相談者\n　氏名：", (PER, caller.name(ns)), "　ふりがな：", (PER, caller.hira(" ")),
      f"　{c.n(str(caller.age(day)))}歳　{caller.sexj}\n")
    if by_child:
        d("　住所：", (ADDR, w.other_addr(rng, c)), "\n")
    else:
        d("　住所：", (ADDR, ad.ja(rng, c=c)), "\n")
    d("　電話：", (TEL, fmt_phone(rng, w.mobile(rng), c)), "\n")
    if by_child:
        d("■契約当事者\n　相談者の母　", (PER, victim.name(ns)), "（生年月日 ",
          (BIRTH, c.n(fdate(victim.birth, rng.choice(JA_BIRTH)))), "）\n")
        d("　住所：", (ADDR, ad.ja(rng, c=c)), "　電話：", (TEL, fmt_phone(rng, w.home_phone(rng), c)), "\n")
    d("\n■相談内容\n")
    who = "母" if by_child else "相談者"
    d(f"　{c.n(fdate(day - dt.timedelta(days=rng.randint(1, 6)), 'wa_abbr'))}、{who}の携帯電話に"
      "「ご利用料金の未払いがあります」というＳＭＳが届いた。記載のリンク先のサイトで、"
      f"{co1}のクレジットカード番号（", (CARD, c.n(group4(cards[0], csep))),
      "）と有効期限、セキュリティコードを入力した。\n")
    d(f"　翌日、「認証に失敗した」と電話があり、別のカード（{co2}、", (CARD, c.n(group4(cards[1], csep))),
      "）の番号も伝えてしまった。\n")
    if rng.random() < 0.5:
        d("　さらに、家族カードの番号（", (CARD, c.n(group4(card_number(rng), csep))), "）も聞かれ、答えてしまった。\n")
    amount = f"{rng.randint(3, 19)}{rng.randint(1, 9)},{rng.randint(100, 999)}"
    d(f"　その後、身に覚えのない決済が２件（計{c.n(amount)}円）"
      "あった。\n")
    if rng.random() < 0.5:
        d("　電話をかけてきた男は「", (PER, w.person(rng, 30, 50, "M").s), "」と名乗っていた。\n")
    d("\n■処理結果\n")
    d("　・両カード会社に直ちに連絡し、カードの利用停止と不正利用の調査を依頼するよう助言。\n")
    d("　・警察相談専用電話（＃９１１０）及び最寄りの警察署への相談を案内。\n")
    d("　・消費者ホットライン１８８を案内。\n")
    d(f"　・{c.n(fdate(day + dt.timedelta(days=3), 'wa_abbr'))}、", (PER, caller.s),
      "さんに電話で確認。両社とも利用停止済み、補償の手続中とのこと。\n")
    d("処理区分：助言（他機関紹介）\n")
    return d


# ================================================================ welfare case notes
def s_case_seiho(w: World, rng: random.Random, k: int = 0) -> Doc:
    d, c = Doc(), Ctx(rng, zen_p=0.3)
    day = w.docdate(rng, dt.date(2025, 1, 6), 200)
    ns = c.ns
    cw = w.staff_in(rng, "福祉課", "社会福祉係")
    sv = next(s for s in w.staff if s.section == "福祉課" and s is not cw)
    head = w.person(rng, 60, 78, "M")
    age = head.age(day)
    wife = w.relative(rng, head, age - 9, age + 2, "F")
    ad = w.addr(rng)
    bank, _, br, _ = w.bank(rng)
    d("ケース記録票（経過記録）\n\n")
    d(f"ケース番号：{c.n(f'R{rng.randint(3, 6)}-福-{rng.randint(100, 999):04}')}"
      f"　世帯類型：{rng.choice(['高齢', '傷病', 'その他'])}\n")
    d("世帯主：", (PER, head.name(ns)), f"（{c.n(str(head.age(day)))}歳）　生年月日：",
      (BIRTH, c.n(fdate(head.birth, rng.choice(JA_BIRTH)))), "\n")
    fw = w.foreigner(rng, age - 12, age - 2, exclude=("SMITH", "BROWN", "MILLER", "PERERA")) if k == 1 else None
    while fw is not None and fw.sex != "F":
        fw = w.foreigner(rng, age - 12, age - 2, exclude=("SMITH", "BROWN", "MILLER", "PERERA"))
    if fw is not None:
        wife_call = fw.kata(rng.choice(["・", " "]))
        d("世帯員：妻　", (PER, fw.passport_name()), "（", (PER, wife_call), f"、{fw.nat}国籍、永住者）\n")
        d("　　　　在留カード番号　", (RES, residence_card(rng)), "\n")
    else:
        wife_call = wife.g
        d("世帯員：妻　", (PER, wife.g), f"（{c.n(str(wife.age(day)))}歳）\n")
    d("住　所：", (ADDR, ad.ja(rng, c=c)), "\n")
    d("地区担当員：", (PER, cw.p.name(ns)), "　査察指導員：", (PER, sv.p.name(ns)), "\n\n")
    d1 = day
    d(f"{c.n(fdate(d1, 'wa_abbr'))}（{wd(d1)}）　定期訪問\n")
    d("　", (PER, head.s), "氏在宅。腰痛のため通院を継続中（週１回）。妻の", (PER, wife_call),
      "さんは近所のスーパーでパート勤務（月収約", c.n(f"{rng.randint(5, 9)}万"), "円）。\n")
    pen = pension(rng, rng.choice(["-", " ", ""]))
    d("　年金の受給資格期間を満たしているか確認するため、年金事務所への照会を助言。基礎年金番号は",
      (PEN, c.n(pen)), "（年金手帳で確認）。\n")
    if rng.random() < 0.6:
        d("　妻の基礎年金番号（", (PEN, c.n(pension(rng, "-"))), "）についても併せて照会する。\n")
    if rng.random() < 0.5:
        d("　年金事務所への同行を希望されたため、日程を調整する。\n")
    d2 = wk(d1 + dt.timedelta(days=rng.randint(5, 12)))
    d(f"\n{c.n(fdate(d2, 'wa_abbr'))}（{wd(d2)}）　来所\n")
    d("　保護費の振込口座を変更したいとのこと。新しい口座は", f"{bank}　{br}　普通　",
      (BANK, c.n(account(rng))), "（名義　", (PER, head.kata(" ")), "）。口座振込依頼書を受理。\n")
    if rng.random() < 0.6:
        mn = my_number(rng)
        d("　併せて、マイナンバーカード申請の相談あり。個人番号（", (MYNO, c.n(group4(mn, rng.choice([" ", "-", ""])))),
          "）は通知カードで確認済み。\n")
    else:
        mn = my_number(rng)
        d("　医療扶助の電子資格確認に必要なため、個人番号を確認（", (MYNO, c.n(mn)), "）。\n")
    d3 = wk(d2 + dt.timedelta(days=rng.randint(7, 20)))
    d(f"\n{c.n(fdate(d3, 'wa_abbr'))}（{wd(d3)}）　電話（", (TEL, fmt_phone(rng, w.mobile(rng), c)), "）\n")
    d("　", (PER, head.s), "氏より。以前から使っていたクレジットカード（", (CARD, c.n(group4(card_number(rng), " "))),
      "）のリボ払いの残高があり、督促の電話が来て困っているとのこと。\n")
    d("　法テラスの無料相談を案内。カードは使用しないよう助言した。", (PER, sv.p.s), "係長に報告済み。\n")
    if rng.random() < 0.5:
        d("　長男の", (PER, w.relative(rng, head, 25, 45, "M").g), "さん（", (TEL, fmt_phone(rng, w.mobile(rng), c)),
          "）にも状況を伝えてよいとの同意を得た。\n")
    d("\n　次回訪問予定：", c.n(fdate(d3 + dt.timedelta(days=30), "wa_abbr")), "\n")
    return d


def s_case_houkatsu(w: World, rng: random.Random, k: int = 0) -> Doc:
    d, c = Doc(), Ctx(rng, zen_p=0.25)
    day = w.docdate(rng)
    ns = c.ns
    st = w.staff_in(rng, "健康介護課", "地域包括支援センター")
    p = w.person(rng, 74, 95)
    ad = w.addr(rng)
    kid = w.relative(rng, p, 42, 68)
    doc = w.person(rng, 40, 70)
    clinic = rng.choice(CLINICS)
    sep = rng.choice(["\t", "：", "　"])
    d("総合相談受付票\n\n")
    d(f"相談番号{sep}{c.n(f'{day.year}-H-{rng.randint(1, 400):03}')}\n")
    d(f"相談日{sep}{c.n(fdate(day, 'wa'))}　相談方法{sep}{rng.choice(['来所', '電話', '訪問'])}\n")
    rel = "長男" if kid.sex == "M" else "長女"
    d(f"相談者{sep}", (PER, kid.name(ns)), f"（続柄：{rel}）\n")
    d(f"相談者連絡先{sep}", (TEL, fmt_phone(rng, w.mobile(rng), c)))
    if rng.random() < 0.5:
        d("　", (MAIL, w.email(rng, kid)))
    d("\n")
    how = rng.choice(KANA)
    d(f"対象者{sep}", (PER, p.name(ns)), "（", (PER, reading(p, how)), "）\n")
    d(f"生年月日{sep}", (BIRTH, c.n(fdate(p.birth, rng.choice(JA_BIRTH)))),
      f"生（{c.n(str(p.age(day)))}歳）　{p.sexj}\n")
    d(f"住所{sep}", (ADDR, ad.ja(rng, c=c)), "\n")
    d(f"電話{sep}", (TEL, fmt_phone(rng, w.home_phone(rng), c)), "\n")
    d(f"介護保険{sep}被保険者番号 ", (INS, c.n("0000" + digits(rng, 6))),
      f"　{rng.choice(['要支援１', '要介護１', '未申請'])}\n")
    if rng.random() < 0.7:
        d(f"後期高齢者医療{sep}被保険者番号 ", (INS, c.n(digits(rng, 8, True))), "\n")
    d(f"年金{sep}老齢基礎年金（基礎年金番号 ", (PEN, c.n(pension(rng, rng.choice(["-", " "])))), "）\n")
    d(f"主治医{sep}{clinic}　", (PER, doc.name(ns)), "医師\n\n")
    d("【相談内容】\n")
    d("　最近、同じことを何度も聞くようになり、鍋を焦がすことが続いている。通帳の置き場所が分からなくなり、"
      "「", (PER, rng.choice([kid.g, w.person(rng, 50, 80).s])), "に盗られた」と言うことがある。\n")
    d(f"　{rel}は市外在住で、週末しか様子を見に行けない。介護保険の申請を考えている。\n")
    d("【対応】\n")
    d(f"　・介護保険の要介護認定申請について説明。申請書は{rel}が代理で提出予定。\n")
    d("　・かかりつけの", (PER, doc.s), "医師に、主治医意見書の作成を依頼する旨を伝える。\n")
    d(f"　・{c.n(fdate(day + dt.timedelta(days=rng.randint(3, 8)), 'wa_abbr'))}に", (PER, st.p.s),
      "が自宅を訪問し、生活状況を確認する予定。\n")
    d(f"\n担当{sep}", (PER, st.p.name(ns)), f"（{st.post}）\n")
    return d


# ================================================================ e-mails
def mail_date(rng: random.Random, day: dt.date, how: str) -> str:
    hh, mm, ss = rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)
    if how == "ja":
        return f"{day.year}年{day.month}月{day.day}日 {hh}:{mm:02}"
    if how == "slash":
        return f"{day.year}/{day.month:02}/{day.day:02} ({wd(day)}) {hh}:{mm:02}"
    wk = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.weekday()]
    return f"{wk}, {day.day} {MONTHS[day.month - 1][:3]} {day.year} {hh:02}:{mm:02}:{ss:02} +0900"


def staff_addr(rng: random.Random, st: Staff, ns: str) -> list:
    if rng.random() < 0.75:
        return [(PER, st.p.name(ns)), " <", (MAIL, st.email), ">"]
    return [(MAIL, st.email)]


def s_email_internal(w: World, rng: random.Random, k: int = 0) -> Doc:
    d = Doc()
    ns = rng.choice([" ", "　", ""])
    day = w.docdate(rng)
    topic = [rng.choice(["move", "driver", "kokuho"]), "foreign", "pension"][k % 3]
    pairs = {"move": (("住民課", "住民係"), ("福祉課", "社会福祉係")),
             "driver": (("健康介護課", "地域包括支援センター"), ("総務課", "総務係")),
             "foreign": (("住民課", "住民係"), ("企画課", "国際交流係")),
             "pension": (("住民課", "保険年金係"), ("福祉課", "社会福祉係")),
             "kokuho": (("住民課", "保険年金係"), ("税務課", "課税係"))}
    (sa, ua), (sb, ub) = pairs[topic]
    a, b = w.staff_in(rng, sa, ua), w.staff_in(rng, sb, ub)
    hdr = rng.choice(["ja", "en"])
    if hdr == "ja":
        d("差出人: ", staff_addr(rng, a, ns), "\n", f"送信日時: {mail_date(rng, day, 'ja')}\n", "宛先: ",
          staff_addr(rng, b, ns), "\n")
        d(f"CC: {b.section} 共有 <{b.shared}>\n")
    else:
        d("From: ", staff_addr(rng, a, ns), "\n", f"Sent: {mail_date(rng, day, 'rfc')}\n", "To: ",
          staff_addr(rng, b, ns), "\n", f"Cc: {b.shared}\n")
    subj = {"move": "【情報提供】転居届の受理について", "driver": "公用車運転者の登録依頼",
            "foreign": "【依頼】転入された外国人住民の方への案内", "pension": "年金の手続について（ケース世帯）",
            "kokuho": "国保加入者の所得申告について"}[topic]
    d(f"{'件名' if hdr == 'ja' else 'Subject'}: {subj}\n\n")
    d((PER, b.p.s), rng.choice(["さん", "様", " 様", "係長"]), "\n\n")
    d(f"お疲れさまです。{a.unit}の", (PER, a.p.s), "です。\n")
    if topic == "move":
        p = w.person(rng, 60, 90)
        old, new = w.addr(rng), w.addr(rng)
        d("本日、窓口に", (PER, p.name(ns)), "様（", (BIRTH, fdate(p.birth, rng.choice(JA_BIRTH))), "生）が来られ、\n")
        d((ADDR, old.ja(rng, lead="白萩町")), "から\n", (ADDR, new.ja(rng, lead="白萩町")), "へ\n")
        d("転居の届出がありました。そちらで見守りの対象になっている方と伺っていますので、お知らせします。\n")
        d("携帯電話の番号も変わったとのことで、新しい番号は ", (TEL, w.mobile(rng)), " です。\n")
        if rng.random() < 0.5:
            d("なお、同居の長女", (PER, w.relative(rng, p, 30, 60, "F").g), "さんは世帯を分けるとのことでした。\n")
    elif topic == "driver":
        nw = w.person(rng, 25, 55)
        lic = license_no(rng)
        exp = dt.date(2025 + rng.randint(1, 3), rng.randint(1, 12), rng.randint(1, 28))
        d("今月から当センターで勤務している会計年度任用職員の", (PER, nw.name(ns)),
          "さんについて、公用車運転者の登録をお願いします。\n\n")
        d("　氏名：", (PER, nw.name(ns)), "\n")
        d("　運転免許証番号：", (LIC, rng.choice([lic, f"{lic[:4]} {lic[4:8]} {lic[8:]}"])), "\n")
        d(f"　免許の種類：普通（ＡＴ限定なし）\n　有効期限：{fdate(exp, 'wa')}まで\n")
        d("免許証の写しは、本日庁内便でお送りしました。安全運転管理者の確認後、台帳への登載をお願いします。\n")
    elif topic == "foreign":
        f = w.foreigner(rng)
        d("本日、次の方の国外からの転入届を受理しました。日本語での会話が難しいため、生活ガイドブック"
          f"（{rng.choice(['英語', 'やさしい日本語', 'ベトナム語', 'ポルトガル語'])}版）の送付と、"
          "日本語教室の案内をお願いできますか。\n\n")
        d("　氏名：", (PER, f.passport_name()), "（", (PER, f.kata(rng.choice(["・", "・", " ", ""]))), "）\n")
        d("　在留カード番号：", (RES, residence_card(rng)), "\n")
        d("　旅券番号：", (PASS, foreign_passport(rng, f.country)), "（入国時の確認用）\n")
        d("　住所：", (ADDR, w.addr(rng).ja(rng, lead="白萩町")), "\n")
        d(f"　勤務先：{rng.choice(COMPANIES)}\n")
        d("　電話：", (TEL, w.mobile(rng)), "\n")
    elif topic == "pension":
        p = w.person(rng, 58, 66)
        d("先日ご相談のあった", (PER, p.name(ns)), "さんの件です。\n")
        d("国民年金の記録を確認したところ、未納期間が約４年ありました。基礎年金番号は ",
          (PEN, pension(rng, rng.choice(["-", ""]))), " です。\n")
        d("年金事務所（ねんきんダイヤル 0570-05-1165）に照会したところ、任意加入で受給資格を満たせる可能性が"
          "あるとのことでした。次回の訪問時にご本人にお伝えいただけますか。\n")
    else:
        p = w.person(rng, 30, 60)
        d("国保に加入された", (PER, p.name(ns)), "様（宛名番号 ", digits(rng, 10), "）ですが、"
          "令和６年中の所得が未申告のため、軽減判定ができていません。\n")
        if rng.random() < 0.6:
            d("窓口で申告書を書いていただいた際の控えでは、個人番号は ", (MYNO, group4(my_number(rng), " ")),
              " となっています。\n")
        d("ご本人の連絡先は ", (TEL, w.mobile(rng)), " です。申告の勧奨をお願いします。\n")
    d("\nよろしくお願いします。\n\n")
    if rng.random() < 0.5:
        ja_signature(d, Ctx(rng, ns=ns), rng, a)
        return d
    d(f"―――\n{a.section} {a.unit}\n", (PER, a.p.name(ns)), f"\n内線 {a.ext}")
    if rng.random() < 0.6:
        d("／直通 ", (TEL, a.direct))
    d("\n")
    return d


def s_email_resident(w: World, rng: random.Random, k: int = 0) -> Doc:
    d = Doc()
    ns = rng.choice([" ", "　", ""])
    day = w.docdate(rng)
    topic = ["furusato", "facility", "nursery"][k % 3]
    outsider = topic == "furusato"
    p = w.person(rng, 28, 70, {"furusato": "M", "facility": None, "nursery": "F"}[topic])
    em = w.email(rng, p)
    box = {"furusato": "furusato", "facility": "kyoiku", "nursery": "kosodate"}[topic]
    d("From: ", (PER, p.name(ns)), " <", (MAIL, em), ">\n", f"To: {box}@{DOMAIN}\n")
    d(f"Date: {mail_date(rng, day, 'rfc')}\n")
    subj = {"furusato": "寄附の決済が二重になっています", "facility": "体育館の予約取消と返金について",
            "nursery": "保育園の入園申込みについて質問です"}[topic]
    d(f"Subject: {subj}\n\n")
    d({"furusato": "白萩町役場 ふるさと納税ご担当者様", "facility": "白萩町教育委員会 ご担当者様",
       "nursery": "白萩町役場 子育て支援係 御中"}[topic], "\n\n")
    if topic == "furusato":
        d("いつもお世話になっております。先日、ふるさと納税サイトから白萩町へ", f"{rng.randint(1, 5)}万円",
          "の寄附を申し込んだ者です。\n")
        card = card_number(rng)
        d("クレジットカードの明細を確認したところ、同じ金額が２回請求されていました。\n")
        d("使用したカードは ", (CARD, group4(card, rng.choice([" ", "-"]))), " です（名義は妻の",
          (PER, w.relative(rng, p, 28, 70, "F").g),
          "になっているかもしれません）。\n")
        d(f"申込番号は {rng.choice(['FN', 'HS'])}{digits(rng, 9)} です。"
          "どちらか一方を取り消していただけますでしょうか。\n")
        d("返礼品は１つで結構です。\n\n")
    elif topic == "facility":
        d(f"{fdate(day + dt.timedelta(days=rng.randint(5, 20)), 'sei')}に白萩町総合体育館の第２競技場を予約していた"
          f"{rng.choice(['白萩バドミントンクラブ', 'はぎのミニバス', '中野ソフトバレー同好会'])}の",
          (PER, p.s), "です。\n")
        d("大会の日程変更で使用できなくなったため、予約を取り消したいと思います。使用料"
          f"{rng.randint(2, 9)},{rng.randint(1, 9)}00円はクレジットカード（", (CARD, card_number(rng)),
          "）で支払い済みですが、返金はカードへの返金になりますか。\n")
        d(f"予約番号：{rng.randint(20000, 99999)}\n\n")
    else:
        child = w.relative(rng, p, 1, 3)
        child.birth = w.REF - dt.timedelta(days=rng.randint(300, 900))
        d("来年４月からの保育園入園を希望しています。子どもは", (PER, child.g), "（",
          (BIRTH, fdate(child.birth, rng.choice(["sei", "wa", "slash0"]))), "生まれ）です。\n")
        d("夫婦ともフルタイムで働いていますが、夫の", (PER, w.relative(rng, p, 28, 45, "M").g),
          "は単身赴任中です。この場合、点数の加算はありますか。\n")
        d("申込書は郵送でも受け付けていただけますか。\n\n")
    d("よろしくお願いいたします。\n\n")
    d("--\n", (PER, p.name(ns)), "\n")
    if outsider:
        d("〒", (ZIP, w.out_zip(rng)), " ", (ADDR, w.other_addr(rng)), "\n")
        d("TEL ", (TEL, rng.choice([w.far_phone(rng), w.mobile(rng)])), "\n")
    else:
        ad = w.addr(rng)
        d("〒", (ZIP, ad.zip), " ", (ADDR, ad.ja(rng)), "\n")
        d("携帯 ", (TEL, w.mobile(rng)), "\n")
    return d


def s_email_webform(w: World, rng: random.Random, k: int = 0) -> Doc:
    d = Doc()
    day = w.docdate(rng)
    kind = ["ごみ・環境", "ふるさと納税", rng.choice(["道路・河川", "健康・検診"])][k % 3]
    p = w.person(rng, 25, 75, "F" if kind == "健康・検診" else None)
    ad = w.addr(rng)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    rec = f"F-{day.strftime('%Y%m%d')}-{rng.randint(1, 80):04}"
    d(f"件名: [白萩町ホームページ] お問い合わせフォームからの送信（受付番号 {rec}）\n")
    d("差出人: 白萩町ホームページ <no-reply@", DOMAIN, ">\n")
    box = {"ごみ・環境": "kankyo", "ふるさと納税": "furusato", "道路・河川": "kensetsu", "健康・検診": "kenko"}[kind]
    d(f"宛先: {box}@{DOMAIN}\n\n")
    d("このメールはシステムから自動送信されています。返信しないでください。\n")
    d("------------------------------------------------\n")
    d(f"送信日時：{day.year}/{day.month:02}/{day.day:02} {hh:02}:{mm:02}:{ss:02}\n")
    d("送信元IP：", (IP, ipv6(rng) if rng.random() < 0.3 else ipv4(rng, rng.choice(["198.51.100", "203.0.113"]))),
      "\n")
    d("ユーザーエージェント：Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15\n")
    d("------------------------------------------------\n")
    d(f"■お問い合わせ種別：{kind}\n")
    d("■お名前：", (PER, p.name(rng.choice([" ", "　", ""]))), "\n")
    d("■フリガナ：", (PER, p.kata(rng.choice([" ", "　", ""]))), "\n")
    d("■メールアドレス：", (MAIL, w.email(rng, p)), "\n")
    d("■電話番号：", (TEL, rng.choice([w.mobile(rng), w.home_phone(rng), w.mobile(rng).replace("-", "")])), "\n")
    if kind == "ふるさと納税":
        d("■ご住所：〒", (ZIP, w.out_zip(rng)), " ", (ADDR, w.other_addr(rng)), "\n")
    else:
        d("■ご住所：〒", (ZIP, ad.zip), " ", (ADDR, ad.ja(rng)), "\n")
    d("■お問い合わせ内容：\n")
    if kind == "ごみ・環境":
        d("粗大ごみの戸別収集をお願いしたいのですが、電話がつながりません。タンスと自転車です。"
          "母（", (PER, w.relative(rng, p, 70, 90, "F").name("")),
          "）の家の片付けなので、母の住所での収集になります。\n")
    elif kind == "ふるさと納税":
        d("寄附金受領証明書がまだ届きません。ワンストップ特例の申請書も一緒に送ってほしいです。"
          "決済に使ったカードは", (CARD, card_number(rng)), "です。\n")
    elif kind == "道路・河川":
        d("家の前の町道（", (ADDR, ad.ja(rng, lead="", bldg=False)), "付近）に大きな穴があいていて、"
          "昨夜、自転車の子どもが転びました。早く直してください。\n")
    else:
        d("特定健診の受診券をなくしました。再発行できますか。夫の", (PER, w.relative(rng, p, 40, 74, "M").g),
          "の分もお願いします。\n")
    d("■回答方法：", rng.choice(["メール", "電話", "どちらでも可"]), "\n")
    d("------------------------------------------------\n")
    return d


# ================================================================ exports and pasted tables
def emit_row(d: Doc, cells: list, sep: str = ",", quote: bool = False) -> None:
    for i, cell in enumerate(cells):
        if i:
            d(sep)
        if quote:
            d('"', cell, '"')
        else:
            d(cell)
    d("\n")


def s_csv_youshien(w: World, rng: random.Random, k: int = 0) -> Doc:
    d = Doc()
    quote = rng.random() < 0.4
    bstyle = rng.choice(["wa_abbr0", "wa", "slash0", "wa_abbr", "iso"])
    lead = rng.choice(["白萩町", "", "揖東郡白萩町"])
    kana_half = rng.random() < 0.7
    ns = rng.choice([" ", "　"])
    cols = ["地区", "氏名", "ﾌﾘｶﾞﾅ" if kana_half else "フリガナ", "性別", "生年月日", "年齢", "住所", "電話番号",
            "要配慮事項", "避難支援者", "支援者連絡先"]
    order = list(range(len(cols)))
    if rng.random() < 0.6:
        order[5], order[7] = order[7], order[5]
    if rng.random() < 0.5:
        order.remove(5)
    day = w.docdate(rng)
    if rng.random() < 0.5:
        d(f"避難行動要支援者名簿（{fdate(day, 'wa')}現在）,,,,\n")
    emit_row(d, ["No", *[cols[i] for i in order]], quote=quote)
    for n in range(rng.randint(5, 6)):
        p = w.person(rng, 70, 98)
        ad = w.addr(rng)
        area = ad.area
        sup = rng.random()
        if sup < 0.55:
            rel = w.relative(rng, p, 35, 68)
            how = rng.choice(["長男", "次男", "孫"] if rel.sex == "M" else ["長女", "次女", "孫", "長男の妻"])
            supc, suptel = [(PER, rel.name(ns)), "（", how, "）"], [(TEL, w.mobile(rng))]
        elif sup < 0.85:
            nb = w.person(rng, 50, 80)
            supc, suptel = [(PER, nb.name(ns)), "（近隣）"], [(TEL, w.home_phone(rng))]
        else:
            supc, suptel = ["民生委員"], [""]
        cells = {
            0: [area], 1: [(PER, p.name(ns))],
            2: [(PER, p.han(" ") if kana_half else p.kata(" "))], 3: [p.sexj],
            4: [(BIRTH, fdate(p.birth, bstyle))], 5: [str(p.age(day))], 6: [(ADDR, ad.ja(rng, lead=lead))],
            7: [(TEL, w.home_phone(rng))] if rng.random() < 0.85 else ["なし"],
            8: [rng.choice(["要介護3", "要介護2", "身体障害者手帳1級", "独居高齢者", "要介護4", "療育手帳A"])],
            9: supc, 10: suptel,
        }
        emit_row(d, [str(n + 1), *[cells[i] for i in order]], quote=quote)
    return d


def s_tsv_kouza(w: World, rng: random.Random, k: int = 0) -> Doc:
    d = Doc()
    layout = rng.choice("AB")
    subjects = ["上下水道料金", "町県民税（普通徴収）", "固定資産税", "国民健康保険税", "介護保険料", "保育料"]
    if rng.random() < 0.5:
        d(f"（R{rng.randint(6, 7)}.{rng.randint(1, 12)} 口座振替依頼書 入力分）\n")
    for _ in range(rng.randint(6, 7)):
        p = w.person(rng, 25, 88)
        holder = p if rng.random() < 0.7 else w.relative(rng, p, 25, 88)
        yu = rng.random() < 0.25
        subj = rng.choice(subjects)
        kana = holder.han(" ", bank=True)
        ns = rng.choice([" ", "　", ""])
        if layout == "A":
            cells: list = [digits(rng, 10), [(PER, kana)], [(PER, p.name(ns))]]
            if yu:
                kg, bn = yucho(rng)
                cells += ["ゆうちょ銀行", "", "通常", [(BANK, kg)], [(BANK, bn)]]
            else:
                bank, _, br, _ = w.bank(rng)
                cells += [bank, br, rng.choice(["普通", "普通", "当座"]), "", [(BANK, account(rng))]]
            cells += [f"R{rng.randint(6, 7)}.{rng.randint(1, 12)}", subj]
        else:
            if yu:
                bank, bc, brc = "ゆうちょ", "9900", f"{rng.randint(0, 9)}{rng.randint(0, 9)}8"
            else:
                bank, bc, _, brc = w.bank(rng)
            cells = [[(PER, p.name(ns))], digits(rng, 10), subj, bc, brc, rng.choice(["1", "1", "2"]),
                     [(BANK, account(rng))], [(PER, kana)]]
            if rng.random() < 0.4:
                cells.append(f"{rng.randint(1, 30) * 100 + rng.randint(0, 99)}")
        emit_row(d, cells, sep="\t")
    return d


def s_csv_kyufu(w: World, rng: random.Random, k: int = 0) -> Doc:
    d = Doc()
    with_myno = k != 1 or rng.random() < 0.5
    bstyle = rng.choice(["wa_abbr0", "slash0", "iso", "wa"])
    ns = rng.choice([" ", "　"])
    names = ["宛名番号", "世帯主氏名", "ｶﾅ氏名", "生年月日", "住所", "個人番号", "金融機関名", "支店名", "種別",
             "口座番号", "口座名義", "支給額", "支給決定日"]
    order = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    if not with_myno:
        order.remove(5)
    mid = order[1:]
    if rng.random() < 0.5:
        mid = [x for x in mid if x not in (3, 4)] + [3, 4]
    if rng.random() < 0.5:
        mid.remove(2)
        mid.insert(0, 2)
    order = [0, *mid]
    quote = rng.random() < 0.3
    day = w.docdate(rng)
    emit_row(d, [names[i] for i in order], quote=quote)
    for _ in range(rng.randint(4, 5)):
        p = w.person(rng, 30, 90)
        ad = w.addr(rng)
        bank, _, br, _ = w.bank(rng)
        holder = p if rng.random() < 0.8 else w.relative(rng, p, 30, 90)
        cells = {0: [digits(rng, 10)], 1: [(PER, p.name(ns))], 2: [(PER, p.han(" "))],
                 3: [(BIRTH, fdate(p.birth, bstyle))], 4: [(ADDR, ad.ja(rng, lead="白萩町"))],
                 5: [(MYNO, my_number(rng))], 6: [bank], 7: [br], 8: ["普通"], 9: [(BANK, account(rng))],
                 10: [(PER, holder.han(" ", bank=True))], 11: [rng.choice(["30000", "30000", "70000", "100000"])],
                 12: [fdate(day, "slash0")]}
        emit_row(d, [cells[i] for i in order], quote=quote)
    return d


def s_table_kaigo(w: World, rng: random.Random, k: int = 0) -> Doc:
    d = Doc()
    header = k != 2
    bstyle = rng.choice(["wa", "wa_abbr", "wa_abbr0", "slash0"])
    day = w.docdate(rng)
    start = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    if header:
        d(f"令和{day.year - 2018}年{day.month}月審査分　要介護認定結果一覧（第{rng.randint(1, 3)}合議体）\n")
        d("被保険者番号\t氏名\t性別\t生年月日\t年齢\t申請区分\t前回\t今回\t有効期間開始\t有効期間終了\t認定調査員\n")
    else:
        d(f"{start.month}月更新分（貼り付け）\n")
    grades = ["非該当", "要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]
    surveyors = [s for s in w.staff if s.section == "健康介護課"]
    for _ in range(rng.randint(5, 6)):
        p = w.person(rng, 67, 99)
        ins = "0000" + digits(rng, 6) if rng.random() < 0.6 else "21" + digits(rng, 8)
        kind = rng.choice(["新規", "更新", "更新", "区分変更"])
        prev = "" if kind == "新規" else rng.choice(grades[1:6])
        now = rng.choice(grades[1:])
        end = start.replace(year=start.year + rng.choice([1, 2, 3])) - dt.timedelta(days=1)
        sv = rng.random()
        if sv < 0.6:
            s = rng.choice(surveyors)
            surv: list = [(PER, s.p.name(" ") if rng.random() < 0.5 else s.p.s)]
        else:
            cm = w.person(rng, 30, 60)
            surv = [rng.choice(CARE_PLACES[:3]).split()[-1], " ", (PER, cm.s)]
        cells = [[(INS, ins)], [(PER, p.name(rng.choice([" ", "　"])))], p.sexj,
                 [(BIRTH, fdate(p.birth, bstyle))], str(p.age(day)), kind, prev, now,
                 fdate(start, "wa_abbr"), fdate(end, "wa_abbr"), surv]
        emit_row(d, cells, sep="\t")
    return d


def s_table_untensha(w: World, rng: random.Random, k: int = 0) -> Doc:
    d = Doc()
    sep = rng.choice(["\t", "\t", "  "])
    fy = rng.randint(6, 7)
    deputy = w.staff_in(rng, "総務課", "総務係")
    d(f"公用車運転者台帳（令和{fy}年4月1日現在）\n")
    d("安全運転管理者：総務課長　副安全運転管理者：総務課 総務係 ", (PER, deputy.p.name(" ")), "\n")
    if k != 1:
        head = ["No", "所属", "職名", "氏名", "運転免許証番号", "免許の種類", "有効期限", "確認日", "確認者"]
        d(sep.join(head), "\n")
    people = rng.sample(w.staff, 5)
    extra = w.person(rng, 24, 62)
    rows = [(s.p, f"{s.section}{s.unit}", s.post) for s in people]
    rows.append((extra, rng.choice(["健康介護課地域包括支援センター", "建設水道課上下水道係"]), "会計年度任用職員"))
    rng.shuffle(rows)
    for n, (p, unit, post) in enumerate(rows, 1):
        lic = license_no(rng)
        form = rng.random()
        lic_cell: list = [(LIC, lic)] if form < 0.7 else (["第", (LIC, lic), "号"] if form < 0.85
                                                            else [(LIC, f"{lic[:4]}-{lic[4:8]}-{lic[8:]}")])
        exp = dt.date(2025 + rng.randint(0, 3), p.birth.month, min(p.birth.day, 28)) + dt.timedelta(days=30)
        chk = dt.date(2000 + fy + 18, 4, rng.randint(1, 10))
        cells = [str(n), unit, post, [(PER, p.name(rng.choice([" ", "　"])))], lic_cell,
                 rng.choice(["普通", "中型(8t)", "準中型(5t)", "普通・二輪"]), fdate(exp, rng.choice(["wa", "slash0"])),
                 fdate(chk, "wa_abbr"), [(PER, deputy.p.s)]]
        emit_row(d, cells, sep=sep)
    d("※免許証の原本を確認のうえ記載。有効期限の１か月前に更新状況を再確認すること。\n")
    return d


def s_csv_audit(w: World, rng: random.Random, k: int = 0) -> Doc:
    d = Doc()
    day = w.docdate(rng)
    joho = w.staff_in(rng, "総務課", "情報係")
    target = w.person(rng, 20, 80)
    atena = digits(rng, 10)
    users = rng.sample([s for s in w.staff if s.section in ("住民課", "税務課", "福祉課", "健康介護課")], 4)
    uid = {id(s): f"sh{rng.randint(1000, 1999)}" for s in users}
    term = {id(s): ipv4(rng, "192.0.2") for s in users}
    frm, to = day - dt.timedelta(days=rng.randint(20, 60)), day - dt.timedelta(days=2)
    d("住民記録システム　操作ログ抽出結果\n")
    d(f"抽出依頼：{fdate(day, 'wa')}　個人情報の開示請求（本人からの照会記録の請求）に伴うもの\n")
    d(f"抽出条件：対象宛名番号 {atena}（", (PER, target.name(" ")),
      f"）、期間 {fdate(frm, 'slash0')}～{fdate(to, 'slash0')}\n")
    d("抽出者：総務課 情報係 ", (PER, joho.p.name(" ")), "\n\n")
    acts = [("住民記録", "照会", "/juki/shokai"), ("住民記録", "住民票発行", "/juki/hakko"),
            ("税務", "課税照会", "/zei/kazei"), ("国保", "資格照会", "/kokuho/shikaku"),
            ("福祉", "世帯照会", "/fukushi/setai")]
    rows = []
    for _ in range(rng.randint(6, 8)):
        s = rng.choice(users)
        t = dt.datetime.combine(frm + dt.timedelta(days=rng.randrange((to - frm).days)),
                                dt.time(rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59)))
        ip = term[id(s)] if rng.random() < 0.85 else ipv4(rng, "192.0.2")
        rows.append((t, s, ip, rng.choice(acts)))
    rows.sort(key=lambda r: r[0])
    if k == 2:
        d("（アクセスログ該当行）\n")
        for t, s, ip, (_, _, path) in rows:
            stamp = t.strftime("%d/%b/%Y:%H:%M:%S +0900")
            req = f"GET {path}?atena={atena} HTTP/1.1"
            d((IP, ip), f" - {uid[id(s)]} [{stamp}] \"{req}\" 200 {rng.randint(2000, 9000)}\n")
        d("\n職員ID対応：")
        for i, s in enumerate(users):
            d("、" if i else "", f"{uid[id(s)]}＝{s.section} ", (PER, s.p.name("")))
        d("\n")
    else:
        sep = "," if k == 0 else "\t"
        head = ["日時", "端末IP", "職員ID", "職員氏名", "所属", "業務", "操作", "対象宛名番号", "対象者氏名", "結果"]
        d(sep.join(head), "\n")
        for t, s, ip, (biz, op, _) in rows:
            emit_row(d, [t.strftime("%Y/%m/%d %H:%M:%S"), [(IP, ip)], uid[id(s)], [(PER, s.p.name(" "))],
                         s.section, biz, op, atena, [(PER, target.name(" "))], "正常"], sep=sep)
    d("\n【確認結果】\n")
    s0 = rows[0][1]
    d("　いずれも所管業務（転居届の処理、課税資料の確認等）に伴う照会であり、業務外の閲覧は認められなかった。")
    d("なお、", (PER, s0.p.s), "の照会分については", f"{s0.section}長に業務上の必要性を確認済み。\n")
    return d


# ================================================================ application forms
def honseki(w: World, rng: random.Random, c: Ctx) -> str:
    if rng.random() < 0.45:
        return c.n(f"岐阜県揖東郡白萩町大字{rng.choice(w.oaza)[0]}{rng.randint(1, 3800)}番地")
    city = rng.choice(w.cities)[0]
    return c.n(f"{w.city_pref[city]}{city}{rng.choice(w.towns)[0]}{rng.randint(1, 9)}丁目{rng.randint(1, 60)}番地")


def s_form_juminhyo(w: World, rng: random.Random, k: int = 0) -> Doc:
    d, c = Doc(), Ctx(rng, zen_p=0.4)
    day = w.docdate(rng)
    ns = c.ns
    st = w.staff_in(rng, "住民課", "住民係")
    p = w.person(rng, 22, 80)
    ad = w.addr(rng)
    proxy = rng.random() < 0.5
    d("住民票の写し・戸籍証明書等　交付申請書\n\n")
    d(f"申請日：{c.n(fdate(day, 'wa'))}\n\n")
    d("１　窓口に来られた方（請求者）\n")
    d("　住　所：", (ADDR, ad.ja(rng, c=c)), "\n")
    d("　氏　名：", (PER, p.name(ns)), "　（フリガナ　", (PER, p.kata(" ")), "）\n")
    d("　生年月日：", (BIRTH, c.n(fdate(p.birth, rng.choice(JA_BIRTH)))), "\n")
    d("　電話番号：", (TEL, fmt_phone(rng, rng.choice([w.mobile(rng), w.home_phone(rng)]), c)),
      "（日中連絡のつく番号）\n")
    if proxy:
        q = w.relative(rng, p, 60, 90)
        qa = w.addr(rng)
        d("　必要な方との関係：□本人　■同一世帯の方以外（", rng.choice(["子", "親族", "孫"]), "）　委任状：■あり\n\n")
        d("２　証明が必要な方\n　住　所：", (ADDR, qa.ja(rng, c=c)), "\n　氏　名：", (PER, q.name(ns)), "\n")
        fp = q
    else:
        d("　必要な方との関係：■本人　□同一世帯の方\n\n")
        d("２　証明が必要な方\n　住　所：■請求者と同じ\n　氏　名：■請求者と同じ\n")
        fp = p
    d("　本　籍：", (ADDR, honseki(w, rng, c)), "\n　筆頭者：", (PER, fp.name(ns)), "\n\n")
    d("３　必要な証明\n")
    d(f"　■住民票の写し（世帯全員・続柄記載あり・本籍記載なし）　{c.n(str(rng.randint(1, 2)))}通\n")
    d(f"　■戸籍謄本（全部事項証明）　{c.n('1')}通\n\n")
    purpose = rng.choice(["相続手続（揖東信用金庫）", "年金の請求（年金事務所）", "自動車の登録", "就職先への提出"])
    d(f"４　使用目的・提出先：{purpose}\n\n")
    d("―――――　以下、職員記入欄　―――――\n")
    id_kind = ["lic", "pass", "tokuei"][k % 3]
    if id_kind == "lic":
        lic = license_no(rng)
        d("本人確認：■運転免許証（番号 ", (LIC, c.n(lic)), "）　□マイナンバーカード　□その他\n")
    elif id_kind == "pass":
        d("本人確認：□運転免許証　□マイナンバーカード　■旅券（", (PASS, jp_passport(rng)), "）\n")
    else:
        d("本人確認：□運転免許証　□マイナンバーカード　■その他（特別永住者証明書 ", (RES, residence_card(rng)), "）\n")
    d(f"手数料：{c.n(str(rng.choice([750, 1050, 1200])))}円（現金）　受付番号：{c.n(str(rng.randint(1, 180)))}\n")
    d("受付者：", (PER, st.p.s), "　交付者：", (PER, w.staff_in(rng, "住民課").p.s), "\n")
    return d


def s_form_kokuho(w: World, rng: random.Random, k: int = 0) -> Doc:
    d, c = Doc(), Ctx(rng, zen_p=0.3)
    day = w.docdate(rng)
    ns = c.ns
    st = w.staff_in(rng, "住民課", "保険年金係")
    h = w.person(rng, 30, 59, "M")
    ad = w.addr(rng)
    foreign_wife = k == 2
    d("国民健康保険　被保険者資格取得届　／　国民年金　被保険者種別変更（第１号）届\n\n")
    d(f"届出日：{c.n(fdate(day, 'wa'))}　　受付番号：{c.n(str(rng.randint(100, 999)))}\n\n")
    d("【世帯主・届出人】\n")
    d("　氏名　", (PER, h.name(ns)), "　　フリガナ　", (PER, h.kata(" ")), "\n")
    d("　生年月日　", (BIRTH, c.n(fdate(h.birth, rng.choice(JA_BIRTH)))), "　性別　男\n")
    d("　個人番号　", (MYNO, c.n(group4(my_number(rng), rng.choice([" ", "", "-"])))), "\n")
    d("　住所　〒", (ZIP, c.n(ad.zip)), "　", (ADDR, ad.ja(rng, c=c)), "\n")
    d("　電話　", (TEL, fmt_phone(rng, w.mobile(rng), c)), "\n\n")
    lost = day - dt.timedelta(days=rng.randint(3, 13))
    d(f"【異動事由】社会保険の資格喪失（退職）　喪失日　{c.n(fdate(lost, 'wa'))}\n\n")
    d("【加入する方】\n")
    d("　１　", (PER, h.name(ns)), "（世帯主）\n")
    if foreign_wife:
        f = w.foreigner(rng, 25, 45, exclude=("SMITH", "BROWN", "MILLER"))
        while f.sex != "F":
            f = w.foreigner(rng, 25, 45, exclude=("SMITH", "BROWN", "MILLER"))
        d("　２　", (PER, f.passport_name()), "（", (PER, f.kata(rng.choice(["・", " ", "　"]))),
          "）（妻）　生年月日　",
          (BIRTH, c.n(fdate(f.birth, rng.choice(["sei", "slash0", "wa"])))), f"　国籍　{f.nat}\n")
        d("　　　在留カード番号　", (RES, residence_card(rng)), "　個人番号　", (MYNO, c.n(my_number(rng))), "\n")
    else:
        wife = w.relative(rng, h, 28, 59, "F")
        d("　２　", (PER, wife.g), "（妻）　生年月日　", (BIRTH, c.n(fdate(wife.birth, rng.choice(JA_BIRTH)))),
          "　個人番号　", (MYNO, c.n(group4(my_number(rng), " "))), "\n")
    if rng.random() < 0.6:
        kid = w.relative(rng, h, 3, 15)
        d("　３　", (PER, kid.g), "（", "長男" if kid.sex == "M" else "長女", "）　生年月日　",
          (BIRTH, c.n(fdate(kid.birth, rng.choice(JA_BIRTH)))), "\n")
    d("\n【喪失した健康保険】\n")
    ins_name = rng.choice(["全国健康保険協会　岐阜支部", f"{rng.choice(COMPANIES)}健康保険組合"])
    d(f"　{ins_name}　保険者番号　{c.n(rng.choice(['0121', '0621']) + digits(rng, 4))}\n")
    d("　記号　", (INS, c.n(digits(rng, rng.randint(4, 8), True))), "　番号　",
      (INS, c.n(str(rng.randint(3, 99999)))), "\n\n")
    d("【国民年金】\n　基礎年金番号　", (PEN, c.n(pension(rng, rng.choice(["-", " ", ""])))), "（本人）\n")
    if not foreign_wife and rng.random() < 0.8:
        d("　基礎年金番号　", (PEN, c.n(pension(rng, "-"))), "（配偶者・第３号から第１号へ）\n")
    d("\n―――　職員記入欄　―――\n")
    d("資格確認書　記号　", (INS, c.n(f"{rng.randint(1, 9):02}")), "　番号　", (INS, c.n(digits(rng, 5, True))),
      f"　保険者番号　{c.n('21' + digits(rng, 4))}\n")
    d("本人確認：マイナンバーカード　　受付：", (PER, st.p.name(ns)), "\n")
    return d


def s_form_ryoken(w: World, rng: random.Random, k: int = 0) -> Doc:
    d, c = Doc(), Ctx(rng, zen_p=0.25)
    day = w.docdate(rng)
    ns = c.ns
    s1, s2 = w.two_staff(rng, "住民課", "住民係")
    child = k == 1
    ad = w.addr(rng)
    if child:
        parent = w.person(rng, 32, 48)
        p = w.relative(rng, parent, 4, 15)
    else:
        p = w.person(rng, 20, 75)
    d("一般旅券発給申請　受付控\n\n")
    d(f"受付番号：{c.n(f'R{day.year - 2018}-旅-{rng.randint(1, 400):04}')}　受付日：{c.n(fdate(day, 'wa'))}\n")
    d("受付者：住民課 住民係　", (PER, s1.p.name(ns)), "\n\n")
    kind = rng.choice(["切替申請（残存有効期間１年未満）", "新規申請", "切替申請（査証欄の余白不足）"])
    d(f"申請区分：{'５年用' if child else rng.choice(['１０年用', '５年用'])}　{kind}\n\n")
    d("■申請者\n　氏名：", (PER, p.name(ns)), "\n　ローマ字：", (PER, p.roma()), "\n")
    d("　生年月日：", (BIRTH, c.n(fdate(p.birth, rng.choice(JA_BIRTH)))), f"　性別：{p.sexj}\n")
    d("　住所：", (ADDR, ad.ja(rng, c=c)), "\n")
    if child:
        d("■法定代理人\n　氏名：", (PER, parent.name(ns)), f"（{'父' if parent.sex == 'M' else '母'}）　電話：",
          (TEL, fmt_phone(rng, w.mobile(rng), c)), "\n")
        lic = license_no(rng)
        d("　本人確認：運転免許証（", (LIC, c.n(lic)), "）\n")
    else:
        d("　電話：", (TEL, fmt_phone(rng, w.mobile(rng), c)), "\n")
        emg = w.relative(rng, p, 20, 80)
        if emg.sex == "M":
            how = "夫" if p.sex == "F" and rng.random() < 0.6 else rng.choice(["父", "長男", "兄"])
        else:
            how = "妻" if p.sex == "M" and rng.random() < 0.6 else rng.choice(["母", "長女", "姉"])
        d("　緊急連絡先：", (PER, emg.name(ns)), f"（{how}）　",
          (TEL, fmt_phone(rng, rng.choice([w.mobile(rng), w.far_phone(rng)]), c)), "\n")
        op, cl = rng.choice([("運転免許証（番号 ", "）"), ("運転免許証　第", "号"), ("運転免許証（", "）")])
        d("　本人確認：", op, (LIC, c.n(license_no(rng))), cl, "\n")
    if "新規" not in kind:
        exp = day + dt.timedelta(days=rng.randint(30, 300))
        d("■前回旅券番号：", (PASS, jp_passport(rng)), f"（有効期間満了日　{c.n(fdate(exp, 'wa'))}）\n")
    due = day + dt.timedelta(days=rng.randint(9, 14))
    d(f"■交付予定日：{c.n(fdate(due, 'wa'))}以降（平日）\n\n")
    d("―――　交付時記入　―――\n")
    given = wk(due + dt.timedelta(days=rng.randint(0, 10)))
    d("旅券番号：", (PASS, jp_passport(rng)), f"　交付日：{c.n(fdate(given, 'wa_abbr'))}"
      "　交付者：", (PER, s2.p.s), "\n")
    return d


# ================================================================ notices
def s_notice(w: World, rng: random.Random, k: int = 0) -> Doc:
    d, c = Doc(), Ctx(rng, zen_p=0.5)
    day = w.docdate(rng)
    topic = ["kenshin", "drill", "water"][k % 3]
    area = rng.choice(w.oaza)[0]
    if topic == "kenshin":
        st = w.staff_in(rng, "健康介護課", "保健係")
        d(f"回　覧　　{area}自治会\n\n")
        d(f"　　令和{c.n(str(day.year - 2018))}年度　特定健診・がん検診（集団検診）のお知らせ\n\n")
        d(f"　{HEALTH_CENTER[0]}で集団検診を行います。対象の方には受診券をお送りしていますので、"
          "必ずお持ちください。\n\n")
        for i in range(3):
            x = day + dt.timedelta(days=20 + i * 7)
            d(f"　{c.n(fdate(x, 'wa'))}（{wd(x)}）　午前{c.n('8')}時{c.n('30')}分～{c.n('11')}時\n")
        d(f"\n　料金：特定健診　{c.n('500')}円／胃がん検診　{c.n('1,000')}円／大腸がん検診　{c.n('500')}円\n")
        d(f"　　　　（{c.n('70')}歳以上の方、生活保護世帯の方は無料）\n")
        d(f"　申込み：{c.n(fdate(day + dt.timedelta(days=14), 'wa'))}までに、電話又はメール（{st.shared}）で\n\n")
        d(f"　問い合わせ　{HEALTH_CENTER[0]}（健康介護課　保健係）\n")
        d(f"　　　　　　　電話　{c.n(HEALTH_CENTER[1])}　担当　", (PER, st.p.name(c.ns)), "\n")
    elif topic == "drill":
        chief = w.person(rng, 60, 78)
        leader = w.person(rng, 45, 75)
        x = day + dt.timedelta(days=30 + (6 - (day.weekday() + 30) % 7))
        d(f"回覧　{area}自治会　第{c.n(str(rng.randint(1, 8)))}班　　班長　", (PER, leader.s), "\n\n")
        d("　　　　白萩町総合防災訓練の実施について\n\n")
        d(f"日　時　{c.n(fdate(x, 'wa'))}（{wd(x)}）午前{c.n('8')}時　サイレン吹鳴\n")
        d(f"集合場所　{area}公民館（一時避難所）\n")
        d("内　容　安否確認（黄色いタオルの掲出）、消火器の使い方、炊き出し訓練\n")
        d("持ち物　タオル、軍手、飲み物\n\n")
        d("・当日は町の防災行政無線で訓練放送を行います。\n")
        d(f"・雨天の場合は、公民館での図上訓練に変更します（午前{c.n('6')}時に決定）。\n")
        d("・要支援者名簿に登録されている方には、支援者が直接お迎えにうかがいます。\n\n")
        d(f"問い合わせ　{area}自治会長　", (PER, chief.name(c.ns)), "（",
          (TEL, fmt_phone(rng, w.home_phone(rng), c)), "）\n")
        d(f"　　　　　　白萩町役場　総務課　防災係　{c.n(SWITCH)}　{w.staff_in(rng, '総務課', '防災係').shared}\n")
        d("\n確認印　□　□　□　□　□　□　□　□\n")
    else:
        agent = w.person(rng, 35, 60, "M")
        x = day + dt.timedelta(days=12)
        d("　　　　断水のお知らせ\n\n")
        d("　水道管の布設替え工事のため、下記のとおり断水します。ご不便をおかけしますが、ご協力をお願いします。\n\n")
        d(f"１　日　時　{c.n(fdate(x, 'wa'))}（{wd(x)}）　午後{c.n('1')}時～午後{c.n('4')}時（予定）\n")
        lo, hi = c.n(str(rng.randint(100, 900))), c.n(str(rng.randint(901, 1500)))
        d(f"２　区　域　大字{area}の一部（{area}{lo}番地から{hi}番地まで）\n")
        d("３　注意事項　断水の終了後、濁った水が出ることがあります。しばらく水を流してからお使いください。\n\n")
        d(f"施工業者　{rng.choice(COMPANIES[:2])}　現場代理人　", (PER, agent.name(c.ns)), "（携帯 ",
          (TEL, fmt_phone(rng, w.mobile(rng), c)), "）\n")
        d(f"発注者　　白萩町役場　建設水道課　上下水道係　{c.n(SWITCH)}（内線{c.n(str(rng.randint(300, 399)))}）\n")
        d(f"　　　　　夜間・休日　{c.n('0585-32-2119')}（宿日直）\n")
    return d


# ================================================================ English, to and from foreign residents
def foreign_home(rng: random.Random, country: str) -> tuple[str, str, str, str]:
    """(address up to the last place name, postal code, country, phone) in the home country."""
    n, m = rng.randint(2, 98), rng.randint(10, 480)
    if country == "VN":
        city, code = rng.choice([("Hanoi", "100000"), ("Ho Chi Minh City", "700000"), ("Hai Phong", "180000")])
        a = (f"No. {n}, Lane {rng.randint(5, 200)}, {rng.choice(['Hue', 'Ba Trieu', 'Tran Hung Dao', 'Le Loi'])} "
             f"Street, {rng.choice(['Hai Ba Trung', 'Dong Da', 'Le Chan', 'District 3'])} District, {city}")
        return a, code, "Viet Nam", f"+84 9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    if country == "PH":
        city, code = rng.choice([("Quezon City", "1101"), ("Cebu City", "6000"), ("Davao City", "8000")])
        a = f"Unit {n}{rng.choice('ABCD')}, {m} {rng.choice(['Kalayaan', 'Mabini', 'Rizal'])} Avenue, " \
            f"Barangay {rng.choice(['Pinyahan', 'Lahug', 'Poblacion'])}, {city}"
        return a, code, "Philippines", f"+63 917 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    if country == "BR":
        city, uf, code = rng.choice([("São Paulo", "SP", "01310-100"), ("Curitiba", "PR", "80020-310"),
                                     ("Londrina", "PR", "86010-190")])
        a = f"Rua {rng.choice(['Augusta', 'das Flores', 'XV de Novembro'])}, {m}, apto {n}, " \
            f"{rng.choice(['Centro', 'Consolação', 'Batel'])}, {city} - {uf}"
        tel = f"+55 {rng.choice(['11', '41', '43'])} 9{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        return a, code, "Brazil", tel
    if country == "NP":
        city, code = rng.choice([("Kathmandu", "44600"), ("Pokhara", "33700")])
        a = f"Ward No. {rng.randint(1, 32)}, {rng.choice(['Baluwatar', 'Lakeside', 'Thamel'])}, {city}"
        return a, code, "Nepal", f"+977 98{rng.randint(0, 9)}-{rng.randint(1000000, 9999999)}"
    if country == "ID":
        city, code = rng.choice([("Surabaya", "60271"), ("Bandung", "40115"), ("Semarang", "50241")])
        a = f"Jl. {rng.choice(['Diponegoro', 'Merdeka', 'Pemuda'])} No. {n}, " \
            f"{rng.choice(['Darmo', 'Citarum', 'Pekunden'])}, {city}"
        return a, code, "Indonesia", f"+62 812-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    if country == "CN":
        city, code = rng.choice([("Shanghai", "200031"), ("Dalian", "116001"), ("Qingdao", "266071")])
        a = f"Room {rng.randint(1, 30)}0{rng.randint(1, 9)}, " \
            f"No. {m} {rng.choice(['Huaihai', 'Zhongshan', 'Xianggang'])} Road, " \
            f"{rng.choice(['Xuhui', 'Zhongshan', 'Shinan'])} District, {city}"
        return a, code, "China", f"+86 13{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    if country == "US":
        city, st, code = rng.choice([("Portland", "OR", "97205"), ("Sacramento", "CA", "95814"),
                                     ("Columbus", "OH", "43215")])
        a = f"{m * 3} {rng.choice(['SW Alder Street', 'Capitol Mall', 'N High Street'])}, Apt {n}, {city}, {st}"
        return a, code, "USA", f"+1 {rng.choice(['503', '916', '614'])}-555-01{rng.randint(10, 99)}"
    if country == "UK":
        city, code = rng.choice([("Leeds", "LS1 4AP"), ("Bristol", "BS1 5TR"), ("York", "YO1 7HH")])
        a = f"Flat {rng.randint(1, 12)}, {n} {rng.choice(['Park Row', 'Queen Street', 'Micklegate'])}, {city}"
        return a, code, "United Kingdom", f"+44 {rng.choice(['113', '117', '1904'])} 496 0{rng.randint(100, 999)}"
    if country == "LK":
        city, code = rng.choice([("Colombo", "00500"), ("Kandy", "20000")])
        a = f"No. {n}, {rng.choice(['Galle', 'Peradeniya', 'Havelock'])} Road, {city}"
        return a, code, "Sri Lanka", f"+94 77 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    city, state, code = rng.choice([("Fortitude Valley", "QLD", "4006"), ("Carlton", "VIC", "3053")])
    a = f"Unit {rng.randint(1, 40)}, {m} {rng.choice(['Brunswick', 'Lygon', 'Ann'])} Street, {city} {state}"
    return a, code, "Australia", f"+61 491 570 {rng.randint(100, 199)}"


def foreign_passport(rng: random.Random, country: str) -> str:
    lead = {"VN": "C", "PH": "P", "BR": "GA", "NP": "PA", "ID": "X", "CN": "E", "US": "A", "UK": "GB", "LK": "N",
            "AU": "PA"}[country]
    s = lead + digits(rng, 8 - len(lead) + (1 if country in ("CN", "US") else 0), True)
    return s + rng.choice("ABCDEFGH") if country == "PH" else s


def jp_intl(num: str) -> str:
    return "+81-" + num[1:]


def s_en_letter(w: World, rng: random.Random, k: int = 0) -> Doc:
    d = Doc()
    day = w.docdate(rng)
    f = w.foreigner(rng)
    ad = w.addr(rng)
    topic = ["pension", "nhi", "tax"][k % 3]
    div = {"pension": ("住民課", "保険年金係", "Residents Division"),
           "nhi": ("住民課", "保険年金係", "Residents Division"),
           "tax": ("税務課", "課税係", "Taxation Division")}[topic]
    st = w.staff_in(rng, div[0], div[1])
    intp = w.person(rng, 30, 60)
    d(f"Shirahagi Town Office\n{div[2]}\n{OFFICE_ADDR_EN} {OFFICE_ZIP}, Japan\n")
    d(f"Tel: {jp_intl(SWITCH)}   Fax: {jp_intl(FAX)}\nEmail: kokusai@{DOMAIN}\n\n")
    d(fdate(day, rng.choice(["en_mdy", "en_dmy"])), "\n\n")
    title = "Ms." if f.sex == "F" else "Mr."
    if rng.random() < 0.5:
        d(f"{title} ", (PER, f.prose), "\n")
    else:
        d((PER, f.passport_name()), "\n")
    d((ADDR, ad.en(rng)), " ", (ZIP, ad.zip), "\n")
    d("Residence Card No. ", (RES, residence_card(rng)), "\n\n")
    subj = {"pension": "Lump-sum Withdrawal Payment (National Pension)",
            "nhi": "Your National Health Insurance enrolment", "tax": "Resident tax when you leave Japan"}[topic]
    d(f"Re: {subj}\n\nDear {title} ", (PER, f.last), ",\n\n")
    if topic == "pension":
        d("Thank you for visiting our office. We understand that you plan to leave Japan at the end of your "
          "contract.\nAfter you leave, you can claim the Lump-sum Withdrawal Payment from the Japan Pension Service "
          "within two years.\n")
        d("Our records show the following:\n")
        d("  Basic Pension Number: ", (PEN, pension(rng, rng.choice(["-", " "]))), "\n")
        d("  Date of birth: ", (BIRTH, fdate(f.birth, rng.choice(["en_dmy", "en_mdy", "dmy_slash", "iso"]))), "\n")
        d(f"  Insured period: {rng.randint(14, 58)} months\n")
        d("  Passport checked at the counter: ", (PASS, foreign_passport(rng, f.country)), "\n\n")
        d("Please send the claim form with a copy of your passport and your bank details from your home country.\n")
    elif topic == "nhi":
        d("You have been enrolled in the National Health Insurance of Shirahagi Town. Your Certificate of Eligibility "
          "(shikaku kakunin-sho) is enclosed.\n")
        d("  Symbol: ", (INS, f"{rng.randint(1, 9):02}"), "   Number: ", (INS, digits(rng, 5, True)), "\n")
        d("  Date of birth: ", (BIRTH, fdate(f.birth, rng.choice(["en_dmy", "en_mdy", "en_abbr"]))), "\n")
        d(f"  Insurer Number: 21{digits(rng, 4)}\n\n")
        d(f"The annual tax for this year is JPY {rng.randint(20, 190)},{rng.randint(1, 9)}00, payable in 8 "
          "instalments. Payment slips will be sent in July.\n")
    else:
        rep = w.person(rng, 30, 65)
        d("We received your notice that you will leave Japan. Resident tax for this year must be paid even after you "
          "leave, so you need a tax representative (nozei kanrinin) who lives in Japan.\n")
        d("We have registered the person below as your tax representative:\n")
        d("  Name: ", (PER, rep.west() if rng.random() < 0.5 else rep.name(" ")), "\n")
        d("  Phone: ", (TEL, w.mobile(rng)), "\n")
        d(f"  Notice No.: {digits(rng, 10)}  (amount due: JPY {rng.randint(30, 160)},{rng.randint(1, 9)}00)\n\n")
    d("If you have any questions, please contact ", (PER, st.p.west()), " (direct line: ", (TEL, jp_intl(st.direct)),
      ", email: ", (MAIL, st.email), ").\n")
    d("An interpreter, ", (PER, intp.west()), ", is available at the office on Tuesdays and Thursdays.\n\n")
    d("Sincerely,\n\n", (PER, st.p.west()), "\n", f"{div[2]}, Shirahagi Town Office\n")
    return d


def s_en_email(w: World, rng: random.Random, k: int = 0) -> Doc:
    d = Doc()
    day = w.docdate(rng)
    f = w.foreigner(rng)
    ad = w.addr(rng)
    em = w.email(rng, f)
    topic = ["leave", "double", "certificate"][k % 3]
    d("From: ", (PER, f.prose), " <", (MAIL, em), ">\n", f"To: kokusai@{DOMAIN}\n")
    if rng.random() < 0.5:
        d(f"Cc: zeimu@{DOMAIN}\n")
    d(f"Date: {mail_date(rng, day, 'rfc')}\n")
    d("Subject: ", {"leave": "Moving back to my country", "double": "Tax payment charged twice",
                    "certificate": "Tax certificate for my visa renewal"}[topic], "\n\n")
    d(rng.choice(["Dear Sir or Madam,", "Hello,", "Dear Shirahagi Town Office,"]), "\n\n")
    d("My name is ", (PER, f.passport_name()), " and I live at ", (ADDR, ad.en(rng)), " ", (ZIP, ad.zip), ".\n")
    d("Residence card number: ", (RES, residence_card(rng)), "\n")
    card = card_number(rng)
    if topic == "leave":
        home, code, country, tel = foreign_home(rng, f.country)
        leave = day + dt.timedelta(days=rng.randint(20, 60))
        d(f"I will leave Japan on {fdate(leave, rng.choice(['en_mdy', 'en_dmy']))} and go back to {f.nat_en}.\n")
        d("My new address will be:\n", (ADDR, home), " ", (ZIP, code), f", {country}\n")
        d("Phone: ", (TEL, tel), "\n")
        d("Passport No.: ", (PASS, foreign_passport(rng, f.country)), "\n\n")
        d("Can I pay the rest of my resident tax before I leave? I would like to pay by credit card if possible "
          "(card number ", (CARD, group4(card, " ")), ").\n")
        if rng.random() < 0.6:
            friend = w.person(rng, 30, 60)
            d("If you need someone in Japan, my coworker ", (PER, friend.west()), " can help (",
              (TEL, w.mobile(rng)), ").\n")
    elif topic == "double":
        d("I paid my National Health Insurance tax with the smartphone app, but my card statement shows two payments "
          f"of JPY {rng.randint(8, 40)},{rng.randint(100, 999)}.\n")
        d("Card: ", (CARD, group4(card, rng.choice(["-", " "]))), "\n")
        d("Date of birth: ", (BIRTH, fdate(f.birth, rng.choice(["en_dmy", "en_mdy", "dmy_slash"]))), "\n")
        d("Passport: ", (PASS, foreign_passport(rng, f.country)), "\n\n")
        d("Please refund one payment. My phone number is ", (TEL, w.mobile(rng)), ".\n")
    else:
        d("I need a tax certificate (kazei shomeisho) to renew my visa at the immigration office.\n")
        d("Date of birth: ", (BIRTH, fdate(f.birth, rng.choice(["en_dmy", "en_mdy", "iso"]))), "\n")
        d("Passport number: ", (PASS, foreign_passport(rng, f.country)), "\n")
        d("Last year I paid the fee online with my credit card ", (CARD, card),
          ". Can I do the same this time, or must I come to the office?\n")
        d("My employer is ", rng.choice(COMPANIES), "; my supervisor there is ", (PER, w.person(rng, 35, 60).west()),
          ".\n")
    d("\nThank you for your help.\n\n", rng.choice(["Best regards,", "Kind regards,", "Thank you,"]), "\n",
      (PER, f.prose), "\n")
    d("Mobile: ", (TEL, rng.choice([w.mobile(rng), jp_intl(w.mobile(rng))])), "\n")
    return d


def s_en_form(w: World, rng: random.Random, k: int = 0) -> Doc:
    d = Doc()
    day = w.docdate(rng)
    f = w.foreigner(rng, 22, 40)
    ad = w.addr(rng)
    st = w.staff_in(rng, "住民課", "住民係")
    intp = w.person(rng, 30, 65)
    sep = rng.choice(["：", ": ", "\t"])
    d("住居地届出（転入届）／Notification of Residence (Moving In)\n\n")
    d(f"届出日 Date{sep}{fdate(day, rng.choice(['slash0', 'wa']))}\n")
    d(f"受付番号 Reception No.{sep}{rng.randint(1, 250)}\n\n")
    d(f"氏名 Name (as in passport){sep}", (PER, f.passport_name()), "\n")
    d(f"カタカナ Katakana{sep}", (PER, f.kata(rng.choice(["・", "・", " ", "　", ""]))), "\n")
    d(f"生年月日 Date of birth{sep}", (BIRTH, fdate(f.birth, rng.choice(["slash0", "iso", "sei", "en_dmy"]))),
      f"　性別 Sex{sep}{f.sex}\n")
    d(f"国籍・地域 Nationality{sep}{f.nat} / {f.nat_en}\n")
    d(f"在留カード番号 Residence card No.{sep}", (RES, residence_card(rng)), "\n")
    exp = day + dt.timedelta(days=rng.randint(200, 1000))
    d(f"在留資格 Status{sep}{rng.choice(['特定技能1号', '技能実習2号', '技術・人文知識・国際業務', '永住者'])}"
      f"　在留期間満了日 Expiry{sep}{fdate(exp, 'slash0')}\n")
    d(f"旅券番号 Passport No.{sep}", (PASS, foreign_passport(rng, f.country)), "\n")
    if k % 3 != 2:
        home, code, country, _tel = foreign_home(rng, f.country)
        d(f"前住所 Previous address{sep}", (ADDR, home), " ", (ZIP, code), f", {country}（国外から転入 from abroad）\n")
    else:
        oz = w.out_zip(rng)
        d(f"前住所 Previous address{sep}〒", (ZIP, oz), " ", (ADDR, w.other_addr(rng)), "\n")
    d(f"新住所 New address{sep}", (ADDR, ad.ja(rng)), "\n")
    d(f"電話 Phone{sep}", (TEL, w.mobile(rng)), "\n")
    if rng.random() < 0.6:
        d(f"メール E-mail{sep}", (MAIL, w.email(rng, f)), "\n")
    d(f"勤務先・学校 Employer/School{sep}{rng.choice(COMPANIES)}\n")
    if rng.random() < 0.6:
        kid_birth = w.REF - dt.timedelta(days=rng.randint(400, 3000))
        kid = f"{f.sur} {KID_NAMES[f.country]}"
        d(f"同時に転入する家族 Family moving with you{sep}", (PER, kid), "（子 child）",
          (BIRTH, fdate(kid_birth, "slash0")), "\n")
        d("　在留カード ", (RES, residence_card(rng)), "　旅券 ", (PASS, foreign_passport(rng, f.country)), "\n")
    d("\n―― 職員記入欄 For office use ――\n")
    d("個人番号（付番）", (MYNO, group4(my_number(rng), rng.choice([" ", ""]))), "　住民票コード通知済\n")
    if rng.random() < 0.5:
        d("国民健康保険：加入\n")
        if rng.random() < 0.85:
            d("国民年金：加入手続済（基礎年金番号 ", (PEN, pension(rng, "-")), "）\n")
    else:
        d("国民健康保険：社会保険加入のため対象外\n")
        if rng.random() < 0.85:
            d("厚生年金：勤務先で加入済（基礎年金番号 ", (PEN, pension(rng, rng.choice(["-", ""]))), "）\n")
    d("受付：", (PER, st.p.name(" ")), "　通訳：", (PER, intp.name(" ")), "（白萩町国際交流協会）\n")
    return d


# ================================================================ corpus
STYLES = [
    ("letter_reply", s_letter_reply), ("letter_kaigo_kekka", s_letter_kaigo),
    ("minutes_care_conference", s_minutes_care), ("minutes_jichikai", s_minutes_jichikai),
    ("complaint_phone", s_complaint_phone), ("consult_shohi", s_consult_shohi),
    ("case_seiho", s_case_seiho), ("case_houkatsu", s_case_houkatsu),
    ("email_internal", s_email_internal), ("email_resident", s_email_resident), ("email_webform", s_email_webform),
    ("csv_youshien_meibo", s_csv_youshien), ("tsv_kouza_noheader", s_tsv_kouza), ("csv_kyufu_jukyusha", s_csv_kyufu),
    ("table_kaigo_nintei", s_table_kaigo), ("table_untensha_daicho", s_table_untensha), ("csv_audit_log", s_csv_audit),
    ("form_juminhyo", s_form_juminhyo), ("form_kokuho_nenkin", s_form_kokuho), ("form_ryoken", s_form_ryoken),
    ("notice_circular", s_notice),
    ("en_letter_to_resident", s_en_letter), ("en_email_from_resident", s_en_email), ("en_form_tennyu", s_en_form),
]


def check(doc_id: str, text: str, ents: list[dict[str, object]]) -> None:
    """Re-read every span from the final text; stop on any mismatch."""
    prev_end = 0
    for e in ents:
        s, t = int(e["start"]), int(e["end"])  # type: ignore[call-overload]
        span = text[s:t]
        problems = []
        if span != e["text"]:
            problems.append("differs")
        if not span:
            problems.append("empty")
        if s < prev_end:
            problems.append("overlaps")
        if span != span.strip():
            problems.append("outer whitespace")
        if problems:
            sys.exit(f"{doc_id}: span {e} {', '.join(problems)}")
        prev_end = t
    for e in ents:
        num = re.sub(r"[ -]", "", unicodedata.normalize("NFKC", str(e["text"])))
        if e["type"] == MYNO:
            assert len(num) == 12 and num.isdigit() and num == my_number_check(num[:11]), (doc_id, e)
        if e["type"] == CARD:
            assert len(num) == 16 and num.isdigit() and luhn_ok(num), (doc_id, e)


def my_number_check(first11: str) -> str:
    d = [int(x) for x in first11]
    total = sum(d[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = total % 11
    return first11 + str(0 if r <= 1 else 11 - r)


def build() -> list[dict[str, object]]:
    world = World(random.Random(SEED))
    docs = []
    n = 0
    for k in range(3):
        for name, fn in STYLES:
            n += 1
            rng = random.Random(f"{SEED}:{name}:{k}")
            doc = fn(world, rng, k)
            text = doc.text
            doc_id = f"u16-{n:03}"
            check(doc_id, text, doc.ents)
            docs.append({"id": doc_id, "style": name, "text": text, "entities": doc.ents})
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    docs = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for doc in docs:
        for e in doc["entities"]:  # type: ignore[attr-defined]
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    total = sum(counts.values())
    print(f"{len(docs)} documents, {total} labelled items -> {args.out}")
    for typ, cnt in sorted(counts.items(), key=lambda x: -x[1]):
        print(f"  {typ:18} {cnt}")


if __name__ == "__main__":
    main()
