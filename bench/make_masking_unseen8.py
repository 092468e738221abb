"""Write the blind corpus tests/masking_unseen8/data/unseen8.jsonl.

An independent reviewer's labelled corpus of fictional Japanese municipal documents (issue 13:
"an unseen corpus of the same kinds"). Written without reading the masker or any other corpus.
Names and place names come from ../shared/data/gimei-synthetic-source in new random combinations,
plus names written here; every address, number and person is fictional.

Fixed seed: running it twice gives the same bytes. Every span is re-read from the final text and the
script fails if one differs or two overlap.

    python bench/make_masking_unseen8.py          # writes the file, prints counts
"""

from __future__ import annotations

# ruff: noqa: RUF005 - documents are built by concatenating piece lists
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20261207
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "masking_unseen8" / "data" / "unseen8.jsonl"
GIMEI = ROOT.parent / "shared" / "data" / "gimei-synthetic-source"

R = random.Random(SEED)

# ---------------------------------------------------------------- sources


def _load(path: Path) -> dict[str, list[tuple[str, str, str, str]]]:
    sections: dict[str, list[tuple[str, str, str, str]]] = {}
    current = ""
    row = re.compile(r"^\s*- \['([^']*)', '([^']*)', '([^']*)', '([^']*)'\]")
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s{0,2}([a-z_]+):\s*$", line)
        if m:
            current = m.group(1)
            continue
        m = row.match(line)
        if m:
            sections.setdefault(current, []).append(m.groups())
    return sections


_N = _load(GIMEI / "names.yml")
_A = _load(GIMEI / "addresses.yml")
LAST = _N["last_name"]
MALE = _N["male"]
FEMALE = _N["female"]
CITY = _A["city"]
TOWN = [t for t in _A["town"] if not t[0].endswith(("公園", "駅", "空港", "港"))]

# Rare surnames that read as ordinary words, numerals or calendar expressions (written here).
RARE = [
    ("一", "にのまえ", "ニノマエ", "Ninomae"),
    ("十", "つなし", "ツナシ", "Tsunashi"),
    ("四月一日", "わたぬき", "ワタヌキ", "Watanuki"),
    ("八月一日", "ほづみ", "ホヅミ", "Hozumi"),
    ("月", "つき", "ツキ", "Tsuki"),
    ("春", "はる", "ハル", "Haru"),
    ("今日", "きょう", "キョウ", "Kyou"),
    ("元日", "がんじつ", "ガンジツ", "Ganjitsu"),
    ("百", "もも", "モモ", "Momo"),
    ("東", "あずま", "アズマ", "Azuma"),
    ("丸", "まる", "マル", "Maru"),
    ("星", "ほし", "ホシ", "Hoshi"),
    ("角", "すみ", "スミ", "Sumi"),
    ("毛", "け", "ケ", "Ke"),
    ("小鳥遊", "たかなし", "タカナシ", "Takanashi"),
    ("一二三", "ひふみ", "ヒフミ", "Hifumi"),
    ("九", "いちじく", "イチジク", "Ichijiku"),
    ("日曜", "ひよう", "ヒヨウ", "Hiyou"),
    ("米", "よね", "ヨネ", "Yone"),
    ("鬼", "おに", "オニ", "Oni"),
    ("明日", "あした", "アシタ", "Ashita"),
    ("五月女", "さおとめ", "サオトメ", "Saotome"),
    ("七夕", "たなばた", "タナバタ", "Tanabata"),
    ("上", "かみ", "カミ", "Kami"),
]

# Foreign residents (written here): katakana parts, romaji for passports and English forms.
FOREIGN = [
    (["グエン", "ヴァン", "ナム"], "NGUYEN VAN NAM"),
    (["グエン", "ティ", "ホア"], "NGUYEN THI HOA"),
    (["チャン", "ミン", "トゥアン"], "TRAN MINH TUAN"),
    (["マリア", "サントス"], "MARIA SANTOS"),
    (["ワン", "ウェイ"], "WANG WEI"),
    (["リ", "シャオメイ"], "LI XIAOMEI"),
    (["キム", "ミンジ"], "KIM MINJI"),
    (["パク", "ソヨン"], "PARK SOYEON"),
    (["ラジ", "クマール"], "RAJ KUMAR"),
    (["アナ", "ゴンサレス"], "ANA GONZALEZ"),
    (["ジョン", "ミラー"], "JOHN MILLER"),
    (["エミリー", "クラーク"], "EMILY CLARK"),
    (["ビシュヌ", "タパ"], "BISHNU THAPA"),
    (["デウィ", "レスタリ"], "DEWI LESTARI"),
    (["ホセ", "ラモス", "ガルシア"], "JOSE RAMOS GARCIA"),
    (["オルガ", "ペトロワ"], "OLGA PETROVA"),
    (["アフマド", "ハサン"], "AHMAD HASAN"),
    (["ソムチャイ", "ウォンサワット"], "SOMCHAI WONGSAWAT"),
    (["ルーカス", "シルバ"], "LUCAS SILVA"),
    (["ミゲル", "ロペス"], "MIGUEL LOPEZ"),
]

# Fictional municipality used as "our office" (not personal: published contacts).
OFFICE = {
    "name": "みなと野市",
    "addr": "みなと野市本町一丁目1番1号",
    "zip": "990-8540",
    "tel": "0238-22-1111",
    "mail": "info@city.minatono.example.lg.jp",
}
PREF_CITY = [
    ("北海道", "札幌市北区"),
    ("宮城県", "仙台市青葉区"),
    ("東京都", "世田谷区"),
    ("東京都", "八王子市"),
    ("神奈川県", "横浜市港北区"),
    ("埼玉県", "川口市"),
    ("千葉県", "船橋市"),
    ("新潟県", "長岡市"),
    ("静岡県", "浜松市中央区"),
    ("愛知県", "豊橋市"),
    ("大阪府", "堺市北区"),
    ("兵庫県", "姫路市"),
    ("広島県", "福山市"),
    ("福岡県", "久留米市"),
    ("熊本県", "熊本市東区"),
    ("山形県", "米沢市"),
]
BUILDINGS = [
    "サンハイツ",
    "コーポ若葉",
    "グリーンヒル",
    "メゾン桜",
    "パークサイド",
    "ハイム緑ヶ丘",
    "エスポワール",
    "シティコート",
    "レジデンス東雲",
    "第二みどり荘",
    "ラフォーレ",
    "ベルメゾン",
]
KANJI_D = "〇一二三四五六七八九"

# ---------------------------------------------------------------- helpers


def kanji_num(n: int) -> str:
    if n < 10:
        return KANJI_D[n]
    tens, ones = divmod(n, 10)
    s = ("" if tens == 1 else KANJI_D[tens]) + "十"
    return s + (KANJI_D[ones] if ones else "")


_FULL = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ァィゥェォャュョッー・"
)
_HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ･"
_DAK = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ"
_DAK_BASE = "カキクケコサシスセソタチツテトハヒフヘホ"
_HAN = "パピプペポ"


def half_kana(s: str) -> str:
    out = []
    for ch in s:
        if ch in _DAK:
            out.append(_HALF[_FULL.index(_DAK_BASE[_DAK.index(ch)])] + "ﾞ")
        elif ch in _HAN:
            out.append(_HALF[_FULL.index("ハヒフヘホ"["パピプペポ".index(ch)])] + "ﾟ")
        elif ch == "ヴ":
            out.append("ｳﾞ")
        elif ch in _FULL:
            out.append(_HALF[_FULL.index(ch)])
        elif ch == "　":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def zen(s: str) -> str:
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


class P:
    """A fictional person."""

    def __init__(self, rare: bool = False, sex: str | None = None):
        self.sex = sex or R.choice("MF")
        self.last = R.choice(RARE) if rare else R.choice(LAST)
        self.first = R.choice(MALE if self.sex == "M" else FEMALE)

    def kanji(self, sep: str = "　") -> str:
        return self.last[0] + sep + self.first[0]

    def kana(self, sep: str = "　") -> str:
        return self.last[2] + sep + self.first[2]

    def hira(self, sep: str = "　") -> str:
        return self.last[1] + sep + self.first[1]

    def hkana(self) -> str:
        return half_kana(self.kana(" "))

    def roma(self) -> str:
        return f"{self.last[3].upper()} {self.first[3].upper()}"

    def roma_western(self) -> str:
        return f"{self.first[3]} {self.last[3]}"

    def mail(self) -> str:
        dom = R.choice(["example.jp", "example.com", "mail.example.ne.jp", "example.co.jp"])
        return f"{self.first[3].lower()}.{self.last[3].lower()}{R.randint(1, 99)}@{dom}"


def foreign(sep: str = "・") -> tuple[str, str]:
    parts, roma = R.choice(FOREIGN)
    return sep.join(parts), roma


def postal() -> str:
    return f"{R.randint(0, 999):03d}-{R.randint(0, 9999):04d}"


def mobile() -> str:
    return f"0{R.choice('789')}0-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"


def landline() -> str:
    a = R.choice(["03", "06", "011", "022", "045", "0238", "0266", "0957", "082", "092"])
    mid = 6 - len(a)  # area + exchange = 6 digits, then 4: ten digits in all
    return f"{a}-{R.randint(10 ** (mid - 1) + 1, 10**mid - 1)}-{R.randint(1000, 9999)}"


def phone() -> str:
    return mobile() if R.random() < 0.55 else landline()


def wareki_date(kanji: bool = False, era: str | None = None) -> str:
    era = era or R.choice(["昭和", "昭和", "昭和", "平成", "平成", "令和"])
    y = {"昭和": R.randint(10, 63), "平成": R.randint(1, 30), "令和": R.randint(1, 6)}[era]
    m, d = R.randint(1, 12), R.randint(1, 28)
    if kanji:
        ys = "元" if y == 1 else kanji_num(y)
        return f"{era}{ys}年{kanji_num(m)}月{kanji_num(d)}日"
    ys = "元" if y == 1 and R.random() < 0.5 else str(y)
    return f"{era}{ys}年{m}月{d}日"


def _era(y: int, m: int, d: int) -> tuple[str, str, int]:
    if (y, m, d) >= (2019, 5, 1):
        return "令和", "R", y - 2018
    if (y, m, d) >= (1989, 1, 8):
        return "平成", "H", y - 1988
    return "昭和", "S", y - 1925


def birth(lo: int = 1930, hi: int = 2022) -> str:
    y, m, d = R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)
    era, abbr, ey = _era(y, m, d)
    k = R.randrange(9)
    if k == 0:
        return f"{era}{'元' if ey == 1 else kanji_num(ey)}年{kanji_num(m)}月{kanji_num(d)}日"
    if k == 1:
        return f"{abbr}{ey}.{m}.{d}" if R.random() < 0.6 else f"{abbr}{ey:02d}/{m:02d}/{d:02d}"
    if k == 2:
        return f"{y}/{m:02d}/{d:02d}"
    if k == 3:
        return f"{y}年{m}月{d}日"
    if k == 4:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{era}{'元' if ey == 1 and R.random() < 0.5 else ey}年{m}月{d}日"


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


def birth_en(start: int = 1950) -> str:
    y, m, d = R.randint(start, 2020), R.randint(1, 12), R.randint(1, 28)
    return R.choice(
        [
            f"{MONTHS[m - 1]} {d}, {y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{d:02d}/{m:02d}/{y}",
        ]
    )


def town() -> str:
    return R.choice(TOWN)[0]


def house(kanji: bool = False) -> str:
    a, b, c = R.randint(1, 9), R.randint(1, 30), R.randint(1, 40)
    if kanji:
        return f"{kanji_num(a)}丁目{kanji_num(b)}番{kanji_num(c)}号"
    return R.choice(
        [
            f"{a}丁目{b}番{c}号",
            f"{a}-{b}-{c}",
            f"{b}番地{c}",
            f"{R.randint(100, 2999)}番地",
            f"{a}丁目{b}-{c}",
            f"{b}番地の{c}",
        ]
    )


def room() -> str:
    k = R.randrange(4)
    b = R.choice(BUILDINGS)
    if k == 0:
        return f"{R.choice(['　', ' ', ''])}{b}{R.randint(101, 905)}号室"
    if k == 1:
        return f"{R.choice(['　', ' '])}{b}{R.randint(2, 15)}階"
    if k == 2:
        return f"{R.choice(['　', ' '])}{b} {R.randint(101, 512)}"
    return f"{R.choice(['　', ' '])}{R.randint(101, 805)}号室"


def sapporo(with_city: bool = True) -> str:
    ns, ew = R.choice("北南"), R.choice("東西")
    core = f"{ns}{R.randint(1, 40)}条{ew}{R.randint(1, 20)}丁目"
    num = R.choice(
        [
            f"{R.randint(1, 30)}-{R.randint(1, 30)}",
            f"{R.randint(1, 30)}番地{R.randint(1, 30)}",
            f"{R.randint(1, 30)}番{R.randint(1, 30)}号",
        ]
    )
    s = core + num + (room() if R.random() < 0.5 else "")
    if with_city:
        s = R.choice(["札幌市北区", "札幌市中央区", "札幌市東区", "札幌市白石区"]) + s
        if R.random() < 0.4:
            s = "北海道" + s
    return s


def ooaza() -> str:
    gun = R.choice(["東白川郡", "西村山郡", "北安曇郡", "南魚沼郡", "中頸城郡"])
    cho = R.choice(["桜川町", "大川村", "朝日町", "白鷹町", "小谷村"])
    a = R.choice(["大字", ""]) + R.choice(["上野", "新田", "中島", "石原", "宮下"])
    return (
        f"{gun}{cho}{a}字{R.choice(['堂ノ前', '北沢', '川原', '榎木'])}{R.randint(1, 3999)}番地"
        + (f"{R.randint(1, 9)}" if R.random() < 0.4 else "")
    )


def address(kind: str | None = None) -> str:
    kind = kind or R.choice(
        [
            "full",
            "city",
            "city",
            "town",
            "kanji",
            "sapporo",
            "sapporo_bare",
            "ooaza",
            "full",
            "city",
        ]
    )
    if kind == "full":
        p, c = R.choice(PREF_CITY)
        s = p + c + town() + house() + (room() if R.random() < 0.5 else "")
    elif kind == "city":
        s = R.choice(CITY)[0] + town() + house() + (room() if R.random() < 0.4 else "")
    elif kind == "town":
        s = town() + house() + (room() if R.random() < 0.5 else "")
    elif kind == "kanji":
        s = R.choice(CITY)[0] + town() + house(kanji=True)
    elif kind == "sapporo":
        s = sapporo(True)
    elif kind == "sapporo_bare":
        s = sapporo(False)
    else:
        s = ooaza()
    return s


def address_en() -> tuple[str, str]:
    """(address, postal code) of a Japanese address in English order."""
    k = R.randrange(3)
    if k == 0:
        ns, ew = R.choice(["Kita", "Minami"]), R.choice(["Nishi", "Higashi"])
        s = (
            f"{R.randint(1, 30)}-{R.randint(1, 30)} {ns} {R.randint(1, 40)}-jo {ew} {R.randint(1, 20)}-chome, "
            f"{R.choice(['Kita-ku', 'Chuo-ku', 'Higashi-ku'])}, Sapporo"
        )
    else:
        t = R.choice(TOWN)[3]
        c = R.choice(CITY)[3]
        s = f"{R.randint(1, 9)}-{R.randint(1, 30)}-{R.randint(1, 30)} {t}, {c}"
    if R.random() < 0.5:
        s = (
            f"Room {R.randint(101, 905)}, {R.choice(['Sun Heights', 'Green Hill', 'Maison Sakura', 'Park Side'])}, "
            + s
        )
    if R.random() < 0.5:
        s += R.choice([", Hokkaido", ", Yamagata", ", Tokyo", ", Aichi"])
    return s, postal()


def address_foreign() -> tuple[str, str, str]:
    """(address, postal code, country) abroad."""
    k = R.randrange(4)
    if k == 0:
        return (
            f"{R.randint(100, 9999)} {R.choice(['Maple', 'Oak', 'Cedar', 'Lincoln'])} Street, Apt {R.randint(1, 20)}B, "
            f"{R.choice(['Portland, OR', 'Columbus, OH', 'Austin, TX'])}",
            f"{R.randint(10000, 99999)}",
            "USA",
        )
    if k == 1:
        return (
            f"{R.randint(1, 200)} {R.choice(['Nguyen Trai', 'Le Loi', 'Tran Hung Dao'])} Street, "
            f"Ward {R.randint(1, 15)}, "
            f"District {R.randint(1, 12)}, Ho Chi Minh City",
            f"{R.randint(700000, 799999)}",
            "Vietnam",
        )
    if k == 2:
        return (
            f"Flat {R.randint(1, 40)}, {R.randint(1, 120)} {R.choice(['Baker', 'Church', 'Mill'])} Road, "
            f"{R.choice(['Leeds', 'Bristol', 'York'])}",
            f"{R.choice(['LS6', 'BS8', 'YO1'])} {R.randint(1, 9)}"
            f"{R.choice('ABDEFGH')}{R.choice('JLNPQRST')}",
            "United Kingdom",
        )
    return (
        f"Rua {R.choice(['das Flores', 'Sao Bento', 'Augusta'])}, {R.randint(10, 999)}, apto {R.randint(11, 99)}, "
        f"{R.choice(['Sao Paulo - SP', 'Curitiba - PR'])}",
        f"{R.randint(10000, 99999)}-{R.randint(100, 999)}",
        "Brazil",
    )


def account() -> str:
    return f"{R.randint(0, 9999999):07d}"


def yucho() -> tuple[str, str]:
    return f"1{R.randint(0, 999):03d}0", f"{R.randint(0, 9999999):07d}1"


def pension() -> str:
    return R.choice(["{a}-{b}", "{a}{b}", "{a} {b}"]).format(
        a=f"{R.randint(1000, 9999)}", b=f"{R.randint(0, 999999):06d}"
    )


def hihoken() -> str:
    return R.choice([f"{R.randint(0, 99999999):08d}", f"00{R.randint(0, 99999999):08d}"])


def license_no() -> str:
    return f"{R.choice(['10', '20', '22', '30', '45', '62'])}{R.randint(0, 9999999999):010d}"


def passport() -> str:
    return R.choice(["TZ", "TK", "MU", "TR", "C", "N", "P"]) + f"{R.randint(0, 9999999):07d}"


def my_number() -> str:
    d = [R.randint(0, 9) for _ in range(11)]
    if d[0] == 0:
        d[0] = 3
    s = 0
    for n in range(1, 12):
        p = d[11 - n]
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    d.append(0 if r <= 1 else 11 - r)
    s12 = "".join(map(str, d))
    return R.choice([s12, f"{s12[:4]} {s12[4:8]} {s12[8:]}", f"{s12[:4]}-{s12[4:8]}-{s12[8:]}"])


def card() -> str:
    prefix = R.choice(["4", "4", "5", "3528", "3540"])
    d = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(15 - len(prefix))]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    d.append((10 - total % 10) % 10)
    s = "".join(map(str, d))
    return R.choice(
        [s, f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}", f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}"]
    )


def ip() -> str:
    net = R.choice(["203.0.113", "198.51.100", "192.0.2"])
    return f"{net}.{R.randint(1, 254)}"


def case_no() -> str:
    return R.choice(
        [
            f"受付第{R.randint(2023, 2026)}-{R.randint(1, 999):03d}号",
            f"R6-福-{R.randint(1, 999):04d}",
            f"No.{R.randint(10000, 99999)}",
            f"相談番号 {R.randint(2023, 2026)}{R.randint(1, 9999):04d}",
        ]
    )


def staff_line() -> str:
    return f"0238-22-{R.randint(2000, 2999)}"


# ---------------------------------------------------------------- document builder

DOCS: list[dict] = []


def doc(style: str, *pieces) -> None:
    """pieces: str (plain) or (TYPE, text) labelled; lists are flattened."""
    text, ents = [], []
    pos = 0

    def add(p):
        nonlocal pos
        if isinstance(p, list):
            for q in p:
                add(q)
        elif isinstance(p, tuple):
            typ, s = p
            ents.append({"type": typ, "start": pos, "end": pos + len(s), "text": s})
            text.append(s)
            pos += len(s)
        else:
            text.append(p)
            pos += len(p)

    add(list(pieces))
    full = "".join(text)
    DOCS.append({"id": f"u8-{len(DOCS) + 1:03d}", "style": style, "text": full, "entities": ents})


def N(s):
    return ("PERSON", s)


def A(s):
    return ("ADDRESS", s)


def Z(s):
    return ("POSTAL_CODE", s)


def T(s):
    return ("PHONE", s)


def M(s):
    return ("EMAIL", s)


def B(s):
    return ("BIRTH_DATE", s)


def K(s):
    return ("BANK_ACCOUNT", s)


def NEN(s):
    return ("PENSION_NUMBER", s)


def HO(s):
    return ("INSURANCE_NUMBER", s)


def DL(s):
    return ("DRIVER_LICENSE", s)


def PP(s):
    return ("PASSPORT", s)


def MN(s):
    return ("MY_NUMBER", s)


def CC(s):
    return ("CREDIT_CARD", s)


def IP(s):
    return ("IP_ADDRESS", s)


def zipped(z: str) -> list:
    return [R.choice(["〒", "〒", "〒 ", ""]), Z(z)]


# ---------------------------------------------------------------- documents


def letters() -> None:
    for _ in range(4):
        p, s = P(), P()
        doc(
            "letter",
            [
                f"{case_no()}\n令和6年{R.randint(1, 12)}月{R.randint(1, 28)}日\n\n",
                zipped(postal()),
                "\n",
                A(address()),
                "\n",
                N(p.kanji()),
                " 様\n\n",
                f"{OFFICE['name']}長　",
                N(P().kanji("")),
                "\n（公印省略）\n\n",
                "　　　　児童手当の額の改定について（通知）\n\n",
                f"　{R.choice(['平素より', '日頃より'])}市政にご協力いただきありがとうございます。",
                f"あなたが受給している手当の月額を{R.randint(5, 20) * 1000:,}円に改定しましたので、",
                f"{OFFICE['name']}児童手当条例第{R.randint(3, 15)}条の規定により通知します。\n",
                "　対象児童：",
                N(P().first[0]),
                f"（{R.randint(1, 14)}歳）、生年月日 ",
                B(birth(2011, 2023)),
                "\n",
                "　振込先：",
                R.choice(["東北みらい銀行", "みなと信用金庫", "さくら野農協"]),
                " 本店 普通 ",
                K(account()),
                "\n\n",
                "　ご不明な点は、下記担当までお問い合わせください。\n",
                "担当：子育て支援課　",
                N(s.last[0]),
                "（直通 ",
                T(staff_line()),
                "）\n",
                f"代表電話：{OFFICE['tel']}　〒{OFFICE['zip']} {OFFICE['addr']}\n",
            ],
        )
    for _ in range(3):
        p = P(rare=True)
        fn = P()
        doc(
            "letter",
            [
                zipped(postal()),
                "　",
                A(address("kanji")),
                "\n",
                N(p.kanji()),
                "　殿\n\n",
                "介護保険料の納付についてのお願い\n\n拝啓　",
                N(p.last[0]),
                "様には日頃から",
                "介護保険事業にご理解いただき、厚くお礼申し上げます。\n",
                "さて、被保険者番号 ",
                HO(hihoken()),
                f" の令和6年度保険料のうち{R.randint(2, 9)}期分（",
                f"{R.randint(3000, 15000):,}円）の納付が確認できておりません。\n",
                "同居のご家族（",
                N(fn.kanji()),
                "様、",
                B(wareki_date(kanji=True)),
                "生）からのご連絡でも結構です。\n",
                "連絡先：",
                T(phone()),
                " までお電話ください。\n敬具\n\n",
                f"{OFFICE['name']}健康福祉部介護保険課　賦課係長　",
                N(P().kanji()),
                "\n",
                f"{OFFICE['addr']}（代表 {OFFICE['tel']}）\n",
            ],
        )


def notices() -> None:
    for _ in range(2):
        winners = [P() for _ in range(4)]
        doc(
            "notice",
            [
                f"{OFFICE['name']}告示第{R.randint(10, 200)}号\n\n",
                f"{OFFICE['name']}市民栄誉表彰の受賞者を次のとおり決定したので告示する。\n令和6年11月3日\n",
                f"{OFFICE['name']}長　",
                N(P().kanji()),
                "\n\n",
            ]
            + [
                [
                    f"{i + 1}　",
                    N(w.kanji()),
                    "（",
                    A(town() + house()),
                    f"）　{R.choice(['消防団活動', '子ども食堂の運営', '環境美化活動', '民生委員活動'])}\n",
                ]
                for i, w in enumerate(winners)
            ]
            + [
                "\n問い合わせ先：総務課（",
                OFFICE["mail"],
                "）\n",
            ],
        )
    p = P()
    doc(
        "notice",
        [
            "【拾得物のお知らせ】\n",
            f"令和6年{R.randint(1, 12)}月{R.randint(1, 28)}日、本庁舎1階ロビーで財布が届けられました。",
            "中に運転免許証（番号 ",
            DL(license_no()),
            "、氏名 ",
            N(p.kanji()),
            "）と",
            "キャッシュカード（",
            CC(card()),
            "）が入っていました。お心当たりの方は",
            f"市民課（代表{OFFICE['tel']}）へ。保管期限：3か月。\n",
        ],
    )


def minutes() -> None:
    for _ in range(3):
        chair, sec, members = P(), P(), [P() for _ in range(4)]
        rare = P(rare=True)
        f = foreign("・" if R.random() < 0.5 else "　")[0]
        doc(
            "minutes",
            [
                f"第{R.randint(2, 9)}回　地域包括ケア会議　議事録\n",
                f"日時：令和6年{R.randint(1, 12)}月{R.randint(1, 28)}日（水）14:00〜15:30\n場所：第3会議室\n",
                "出席者：",
                N(chair.kanji("")),
                "（議長）、",
            ]
            + [[N(m.kanji("")), "、"] for m in members]
            + [
                N(rare.kanji("")),
                R.choice(["主事", "係長", "主査"]),
                "、",
                N(f),
                "（通訳）\n",
                "書記：",
                N(sec.last[0]),
                "\n\n",
                "1．個別ケース検討\n",
                "　",
                N(P().last[0]),
                R.choice(["さん", "氏", "様"]),
                "（",
                f"{R.randint(65, 95)}歳、",
                A(address()),
                "在住）について、",
                N(members[0].last[0]),
                "委員より報告。",
                "長女の",
                N(P().first[0]),
                "さん（携帯 ",
                T(mobile()),
                "）が主な介護者。",
                f"要介護{R.randint(1, 5)}、被保険者番号 ",
                HO(hihoken()),
                "。\n",
                "　",
                N(rare.last[0]),
                "主事から、",
                N(f.split("・")[0].split("　")[0]),
                "さんの在留手続の相談状況について補足があった。\n",
                "2．次回日程　令和7年1月15日（予定）\n",
                "以上（記録：",
                N(sec.kanji("")),
                "）\n",
            ],
        )


def consultations() -> None:
    for _ in range(4):
        p, q, s = P(), P(), P()
        doc(
            "consultation",
            [
                "【生活困窮 相談記録】",
                case_no(),
                "\n",
                f"受付日：令和6年{R.randint(1, 12)}月{R.randint(1, 28)}日　受付者：",
                N(s.kanji()),
                "\n",
                "相談者：",
                N(p.kanji()),
                "（",
                N(p.hira()),
                "）　",
                B(birth()),
                f"生（{R.randint(20, 80)}歳）\n",
                "住所：",
                A(address()),
                "\n連絡先：",
                T(phone()),
                "／",
                M(p.mail()),
                "\n",
                "世帯：本人、配偶者 ",
                N(q.first[0]),
                "、子 ",
                N(P().first[0]),
                f"（{R.randint(1, 17)}歳）\n",
                "相談内容：勤務先（株式会社",
                R.choice(["大和運輸", "北辰フーズ", "みなと精工"]),
                "）の業績悪化で収入が減少。家賃（月",
                f"{R.randint(4, 9)}万円",
                "）の滞納が2か月。年金は基礎年金番号 ",
                NEN(pension()),
                " で受給なし。\n",
                "対応：住居確保給付金の案内。次回面談は",
                N(s.last[0]),
                "が担当。",
                "国保の被保険者証（記号 ",
                HO(f"{R.randint(1, 99):02d}"),
                " 番号 ",
                HO(f"{R.randint(1, 9999):04d}"),
                "）を確認済。\n",
            ],
        )
    for _ in range(2):
        child = P()
        parent = P(sex="M")
        doc(
            "case_record",
            [
                "児童相談 ケース記録\n",
                "児童氏名：",
                N(child.kanji()),
                "（",
                N(child.kana()),
                "）\n",
                "生年月日：",
                B(birth(2008, 2018)),
                "\n保護者：",
                N(parent.kanji()),
                "（父）\n",
                "住所：",
                zipped(postal()),
                " ",
                A(address("sapporo_bare")),
                "\n",
                f"経過：{R.randint(1, 12)}月{R.randint(1, 28)}日、学校（",
                R.choice(["市立みなと野小学校", "第二中学校"]),
                "）の担任",
                N(P().last[0]),
                "先生から連絡。",
                N(child.first[0]),
                "くんが3日続けて欠席。",
                "母方祖母の",
                N(P().kanji("")),
                "さん（",
                A(address("ooaza")),
                "）宅に滞在中と判明。\n",
                "保護者携帯：",
                T(mobile()),
                "\n",
            ],
        )


def emails() -> None:
    for _ in range(4):
        a, b, c = P(), P(), P()
        aw = f"{a.last[3].lower()}-{a.first[3][0].lower()}@city.minatono.example.lg.jp"
        doc(
            "email",
            [
                "From: ",
                N(a.kanji()),
                " <",
                M(aw),
                ">\n",
                "To: kokuho@city.minatono.example.lg.jp\nCc: ",
                M(b.mail()),
                "\n",
                "Subject: 口座振替依頼書の不備について\n\n",
                "国保年金課 各位\n\n",
                N(a.last[0]),
                "です。\n",
                "本日受け付けた口座振替依頼書に不備がありました。\n",
                "・被保険者：",
                N(c.kanji()),
                "（",
                B(birth()),
                "）\n",
                "・被保険者番号：",
                HO(hihoken()),
                "\n",
                "・ゆうちょ銀行 記号 ",
                K((y := yucho())[0]),
                " 番号 ",
                K(y[1]),
                "\n",
                "・届出住所：",
                A(address()),
                "\n",
                "ご本人には",
                T(phone()),
                "で連絡済みです。\n\n",
                "--\n",
                f"{OFFICE['name']} 国保年金課 ",
                N(a.kanji()),
                "\n内線 ",
                f"{R.randint(2100, 2199)}",
                " / 直通 ",
                T(staff_line()),
                "\n",
            ],
        )
    for _ in range(3):
        a, b = P(), P()
        doc(
            "thread",
            [
                "Re: Re: 転入手続きの件\n\n",
                N(b.last[0]),
                "さん\n\nお疲れさまです。",
                N(a.last[0]),
                "です。\n",
                "マイナンバーカード交付の件、本人確認書類は在留カードとパスポート（",
                PP(passport()),
                "）で確認しました。",
                "個人番号は ",
                MN(my_number()),
                " です。\n\n",
                "> 2024/10/02 9:14、",
                N(b.kanji()),
                " <",
                M(f"{b.last[3].lower()}@city.minatono.example.lg.jp"),
                "> のメール:\n",
                "> 転入者の",
                N(foreign("・" if R.random() < 0.5 else "")[0]),
                "さん（前住所 ",
            ]
            + (lambda fa: [A(fa[0]), ", ", Z(fa[1]), f", {fa[2]}"])(address_foreign())
            + [
                "）の件、\n> 新住所は ",
                A(address()),
                " です。\n> 電話は ",
                T(mobile()),
                " とのこと。\n",
            ],
        )


def chats() -> None:
    for _ in range(4):
        a, b, c, boss = P(), P(), P(), P()
        t = [R.randint(540, 600)]
        for _ in range(5):
            t.append(t[-1] + R.randint(1, 25))
        ts = [f"[{m // 60}:{m % 60:02d}] " for m in t]
        doc(
            "chat",
            [
                ts[0],
                N(a.kanji("")),
                ": 窓口に",
                N(c.last[0]),
                "さん来てます。住民票の写しの件\n",
                ts[1],
                N(b.kanji("")),
                ": 本人確認は？\n",
                ts[2],
                N(a.kanji("")),
                ": 免許証 ",
                DL(license_no()),
                "、生年月日 ",
                B(birth()),
                " で一致\n",
                ts[3],
                N(b.kanji("")),
                ": 了解。代理人の",
                N(P().kanji()),
                "さんは委任状ありで。住所 ",
                A(address("city")),
                " で合ってる？\n",
                ts[4],
                N(a.kanji("")),
                ": はい。折返し先 ",
                T(phone()),
                f"、受付番号は{R.randint(100, 999)}番です\n",
                ts[5],
                N(boss.last[0]),
                R.choice(["係長", "課長補佐", "主任"]),
                ": 手数料300円、レジ入力済み\n",
            ],
        )


def cards() -> None:
    pieces = ["注文番号,カード番号,名義,金額,決済日\n"]
    for _ in range(8):
        p = P()
        pieces += [
            f"{R.randint(10**9, 10**10 - 1)},",
            CC(card()),
            ",",
            N(p.roma()),
            f",{R.randint(3, 90) * 100},2024-1{R.randint(0, 2)}-{R.randint(10, 28)}\n",
        ]
    doc("csv_header", pieces)
    pieces = ["[ふるさと納税 決済エラー一覧]\n"]
    for _ in range(6):
        p = P()
        pieces += [
            N(p.kanji()),
            "\t",
            CC(card()),
            "\t",
            M(p.mail()),
            "\t",
            T(phone()),
            f"\t{R.randint(1, 30) * 5000}円\tエラーコード E{R.randint(100, 599)}\n",
        ]
    doc("xlsx_noheader", pieces)


# ---------------------------------------------------------------- tables


def person_row(kind: str):
    p = P(rare=R.random() < 0.12)
    fg = R.random() < 0.12
    if fg:
        kana = foreign("・" if R.random() < 0.5 else "　")[0]
        name, name_k = kana, kana
    else:
        name, name_k = p.kanji(R.choice(["　", " ", ""])), p.kana(R.choice(["　", " "]))
    return p, name, name_k, fg


def tables() -> None:
    # 1 CSV with header: 口座振替
    for variant in range(3):
        cols = ["氏名", "フリガナ", "生年月日", "金融機関", "口座番号", "電話番号", "受付番号"]
        if variant == 1:
            cols = ["ｼﾒｲ", "ｶﾅ", "ｾｲﾈﾝｶﾞｯﾋﾟ", "ｷﾝﾕｳｷｶﾝ", "ｺｳｻﾞ", "ﾃﾞﾝﾜ", "ｳｹﾂｹNO"]
        order = list(range(7))
        if variant == 2:
            R.shuffle(order)
        sep = ","
        quote = variant == 2
        rows = [[c for c in (cols[i] for i in order)]]
        pieces = [sep.join((f'"{c}"' if quote else c) for c in rows[0]), "\n"]
        for _ in range(R.randint(7, 10)):
            p, name, kana, _fg = person_row("csv")
            vals = [
                N(name),
                N(half_kana(kana) if variant == 1 else kana),
                B(birth()),
                R.choice(["みなと信金", "東北みらい銀行", "ゆうちょ銀行", "さくら野農協"]),
                K(account()),
                T(phone()),
                f"{R.randint(2024, 2026)}-{R.randint(1, 9999):04d}",
            ]
            for j, i in enumerate(order):
                v = vals[i]
                if quote:
                    pieces.append('"')
                pieces.append(v)
                if quote:
                    pieces.append('"')
                pieces.append(sep if j < 6 else "\n")
        doc(["csv_header", "csv_halfwidth_header", "csv_quoted_shuffled"][variant], pieces)

    # 2 CSV without header: 受給者一覧
    for _ in range(2):
        pieces = []
        for i in range(R.randint(8, 10)):
            p, name, kana, _fg = person_row("csv")
            pieces += [
                f"{i + 1},",
                N(name),
                ",",
                B(birth()),
                ",",
                NEN(pension()),
                ",",
                Z(postal()),
                ",",
                A(address()),
                f",{R.choice(['老齢', '障害', '遺族'])},{R.randint(50, 200) * 1000}\n",
            ]
        doc("csv_noheader", pieces)

    # 3 TSV: 介護認定
    for _ in range(2):
        head = R.choice(
            [
                ["被保険者番号", "氏名", "性別", "生年月日", "要介護度", "住所"],
                ["証番号", "ﾌﾘｶﾞﾅ", "性別", "生年月日", "認定", "住所"],
            ]
        )
        pieces = ["\t".join(head), "\n"]
        for _ in range(R.randint(7, 9)):
            p, name, kana, _fg = person_row("tsv")
            nm = N(half_kana(kana)) if head[1] == "ﾌﾘｶﾞﾅ" else N(name)
            pieces += [
                HO(hihoken()),
                "\t",
                nm,
                "\t",
                "男" if p.sex == "M" else "女",
                "\t",
                B(birth(1925, 1958)),
                "\t",
                R.choice(["要支援1", "要介護2", "要介護3", "要介護5"]),
                "\t",
                A(address()),
                "\n",
            ]
        doc("tsv", pieces)

    # 4 Markdown table: 名簿
    for _ in range(2):
        pieces = [
            "## 民生委員名簿（令和6年12月1日現在）\n\n| No | 氏名 | 担当地区 | 電話 | メール |\n|---|---|---|---|---|\n"
        ]
        for i in range(R.randint(7, 9)):
            p = P(rare=R.random() < 0.2)
            pieces += [
                f"| {i + 1} | ",
                N(p.kanji()),
                f" | {town()} | ",
                T(phone()),
                " | ",
                M(p.mail()),
                " |\n",
            ]
        pieces.append(f"\n事務局：福祉課（{OFFICE['tel']}）\n")
        doc("markdown_table", pieces)

    # 5 space-aligned table: 年金・保険
    for _ in range(2):
        pieces = ["氏名（カナ）          年金番号        記号・番号        生年月日\n"]
        for _ in range(R.randint(7, 9)):
            p = P()
            k = p.kana(" ") if R.random() < 0.5 else p.hkana()
            pieces += [
                N(k),
                " " * max(2, 22 - sum(1 if "ｦ" <= c <= "ﾟ" or c == " " else 2 for c in k)),
                NEN(pension()),
                "     ",
                HO(f"{R.randint(1, 99):02d}-{R.randint(100, 999)}"),
                "・",
                HO(f"{R.randint(1, 999)}"),
                "        ",
                B(birth()),
                "\n",
            ]
        doc("aligned_table", pieces)

    # 6 xlsx copy (tab separated cells, sheet name line)
    for _ in range(3):
        pieces = [
            "[Sheet1: 口座振替申込]\n",
            "受付日\t氏名\t金融機関コード\t支店\t種別\t口座番号\t口座名義（カナ）\t生年月日\n",
        ]
        for _ in range(R.randint(7, 9)):
            p = P()
            pieces += [
                f"2024/{R.randint(1, 12)}/{R.randint(1, 28)}\t",
                N(p.kanji()),
                f"\t{R.randint(1, 9999):04d}\t",
                f"{R.randint(1, 999):03d}\t普通\t",
                K(account()),
                "\t",
                N(p.hkana()),
                "\t",
                B(birth()),
                "\n",
            ]
        pieces.append(f"\t\t\t\t\t\t合計\t{R.randint(10, 40)}件\n")
        doc("xlsx", pieces)

    # 7 xlsx without header: 免許証・パスポート確認一覧
    for _ in range(2):
        pieces = ["[確認簿]\n"]
        for _ in range(R.randint(7, 9)):
            p = P()
            if R.random() < 0.5:
                pieces += [N(p.kanji()), "\t", DL(license_no()), "\t", B(birth()), "\t運転免許証\n"]
            else:
                pieces += [N(p.roma()), "\t", PP(passport()), "\t", B(birth()), "\t旅券\n"]
        doc("xlsx_noheader", pieces)

    # 8 docx table: one cell a line
    for _ in range(3):
        pieces = ["表1　申請者一覧\n", "氏名\n住所\n電話番号\n個人番号\n"]
        for _ in range(R.randint(5, 7)):
            p = P(rare=R.random() < 0.15)
            pieces += [
                N(p.kanji()),
                "\n",
                A(address()),
                "\n",
                T(phone()),
                "\n",
                MN(my_number()),
                "\n",
            ]
        doc("docx_table", pieces)

    # 9 TSV header with shuffled columns: 高額療養費
    pieces = []
    head = ["電話", "保険者番号", "被保険者番号", "氏名", "郵便番号", "住所", "振込口座"]
    pieces += ["\t".join(head), "\n"]
    for _ in range(9):
        p = P()
        pieces += [
            T(phone()),
            f"\t0{R.randint(6000000, 6999999)}\t",
            HO(hihoken()),
            "\t",
            N(p.kanji()),
            "\t",
            Z(postal()),
            "\t",
            A(address()),
            "\t",
            K(account()),
            "\n",
        ]
    doc("tsv", pieces)


def forms() -> None:
    for _ in range(4):
        p = P(rare=R.random() < 0.3)
        doc(
            "form",
            [
                "■ 個人番号利用事務 申請内容確認票\n",
                "氏　　名：",
                N(p.kanji()),
                "\n",
                "フリガナ：",
                N(p.kana()),
                "\n",
                "生年月日：",
                B(birth()),
                "\n",
                "郵便番号：",
                Z(postal()),
                "\n",
                "住　　所：",
                A(address()),
                "\n",
                "電話番号：",
                T(phone()),
                "\n",
                "個人番号：",
                MN(my_number()),
                "\n",
                "基礎年金番号：",
                NEN(pension()),
                "\n",
                "被保険者番号：",
                HO(hihoken()),
                "\n",
                f"事業所番号：{R.randint(1000000000, 1999999999)}\n",
                f"法人番号：{R.randint(10**12, 10**13 - 1)}\n",
                f"申請日：令和6年{R.randint(1, 12)}月{R.randint(1, 28)}日　手数料：{R.choice([0, 200, 300])}円\n",
                "担当：",
                N(P().last[0]),
                "（市民課）\n",
            ],
        )
    for _ in range(2):
        p = P()
        doc(
            "form",
            [
                "【還付金振込先届】\n",
                "申出人　",
                N(p.kanji()),
                "\n",
                "住所　〒",
                Z(postal()),
                "　",
                A(address("full")),
                "\n",
                "振込先　",
                R.choice(["みなと信用金庫 駅前支店", "東北みらい銀行 中央支店"]),
                "　普通預金　",
                K(account()),
                "\n",
                "口座名義　",
                N(p.hkana()),
                "\n",
                "クレジットカード払いの場合：",
                CC(card()),
                f"（有効期限 {R.randint(1, 12):02d}/{R.randint(27, 31)}）\n",
                f"還付額　{R.randint(1000, 90000):,}円（{OFFICE['name']}市税条例第{R.randint(10, 60)}条）\n",
            ],
        )


def english() -> None:
    for _ in range(3):
        kana, roma = foreign()
        a, z = address_en()
        doc(
            "english_form",
            [
                "Application for Resident Registration (Moving In)\n",
                "Name (as in passport): ",
                N(roma),
                "\n",
                "Name in katakana: ",
                N(kana),
                "\n",
                "Date of birth: ",
                B(birth_en()),
                "\n",
                "Nationality: ",
                R.choice(["Viet Nam", "Philippines", "Brazil", "Nepal", "U.S.A."]),
                "\n",
                "Passport No.: ",
                PP(passport()),
                "\n",
                "New address in Japan: ",
                A(a),
                " ",
                Z(z),
                ", Japan\n",
                "Previous address: ",
            ]
            + (lambda fa: [A(fa[0]), " ", Z(fa[1]), f", {fa[2]}"])(address_foreign())
            + [
                "\nPhone: ",
                T(
                    R.choice(
                        [
                            f"+81-{mobile()[1:]}",
                            mobile(),
                            f"+1 503-555-0{R.randint(100, 199)}",
                            f"+84 90 {R.randint(100, 999)} {R.randint(1000, 9999)}",
                        ]
                    )
                ),
                "\n",
                "E-mail: ",
                M(f"{roma.split()[-1].lower()}.{R.randint(1, 999)}@example.com"),
                "\n",
                "Office use only: Reception No. ",
                f"{R.randint(2024, 2026)}-{R.randint(1, 999):03d}",
                "  Clerk: ",
                N(P().roma()),
                "\n",
            ],
        )
    for _ in range(3):
        kana, roma = foreign()
        p = P()
        given = roma.split()[-1].title() if R.random() < 0.5 else roma.split()[0].title()
        a, z = address_en()
        doc(
            "english_letter",
            [
                f"{MONTHS[R.randint(0, 11)]} {R.randint(1, 28)}, 2024\n\n",
                "Dear ",
                R.choice(["Mr. ", "Ms. ", ""]),
                N(given if R.random() < 0.6 else roma.title()),
                ",\n\n",
                "Thank you for visiting the Minatono City Office. This letter confirms your National Health "
                "Insurance enrollment. Your insured person number is ",
                HO(hihoken()),
                ".\n",
                "Your registered address is ",
                A(a),
                ", ",
                Z(z),
                ". Your child, ",
                N(R.choice(["Anh", "Sofia", "Leo", "Mai"])),
                " (born ",
                B(birth_en(2010)),
                "), is also covered.\n",
                "If you have questions, please call ",
                N(p.roma_western()),
                " (direct line ",
                T(f"+81-238-22-{R.randint(2000, 2999)}"),
                ") or write to ",
                M(f"{p.last[3].lower()}-{p.first[3][0].lower()}@city.minatono.example.lg.jp"),
                ". The main switchboard is +81-238-22-1111 and our address is 1-1-1 Honcho, Minatono City.\n\n",
                "Sincerely,\n",
                N(P().roma_western()),
                "\nDirector, Citizens Division\n",
            ],
        )


def logs() -> None:
    for _ in range(2):
        pieces = []
        for _ in range(R.randint(9, 12)):
            user = R.choice(["-", "-", f"u{R.randint(1000, 9999)}"])
            pieces += [
                IP(ip()),
                f" - {user} [07/Dec/2024:{R.randint(8, 17):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0900] ",
                f'"{R.choice(["GET", "POST"])} /e-shinsei/{R.choice(["form", "login", "upload", "status"])}'
                f'?id={R.randint(1, 9999)} HTTP/1.1" ',
                f"{R.choice([200, 200, 302, 404, 500])} {R.randint(200, 90000)}\n",
            ]
        doc("access_log", pieces)
    pieces = ["# 電子申請システム 監査ログ抜粋（障害調査用）\n"]
    for _ in range(6):
        p = P()
        pieces += [
            f"2024-12-0{R.randint(1, 6)}T1{R.randint(0, 7)}:{R.randint(10, 59)}:00+09:00 INFO login ok user=",
            M(p.mail()),
            " src=",
            IP(ip()),
            f" session={R.randint(10**7, 10**8 - 1):x} app=v2.{R.randint(1, 9)}.{R.randint(0, 20)}\n",
        ]
    doc("access_log", pieces)


def main() -> int:
    letters()
    notices()
    minutes()
    consultations()
    emails()
    chats()
    cards()
    tables()
    forms()
    english()
    logs()
    for d in DOCS:
        last = 0
        for e in d["entities"]:
            if d["text"][e["start"] : e["end"]] != e["text"]:
                raise SystemExit(f"span mismatch in {d['id']}: {e}")
            if e["start"] < last or e["start"] >= e["end"]:
                raise SystemExit(f"overlapping or empty span in {d['id']}: {e}")
            if e["text"] != e["text"].strip():
                raise SystemExit(f"span with surrounding space in {d['id']}: {e!r}")
            last = e["end"]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    by_type = Counter(e["type"] for d in DOCS for e in d["entities"])
    by_style = Counter(d["style"] for d in DOCS)
    items_style = Counter()
    for d in DOCS:
        items_style[d["style"]] += len(d["entities"])
    print(
        f"{len(DOCS)} documents, {sum(by_type.values())} labelled items -> {OUT.relative_to(ROOT)}"
    )
    for t, n in sorted(by_type.items()):
        print(f"  {t:18s} {n}")
    for s, n in sorted(by_style.items()):
        print(f"  style {s:22s} {n} docs, {items_style[s]} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
