# ruff: noqa: E501  (document templates are long Japanese lines; wrapping them hurts reading)
"""Build an independent PII evaluation corpus for the masker (deterministic, seeded).

Written without looking at the masker's code or tests: the documents imitate what an
outside checker would write -- case records, minutes, complaint e-mails, formal notices,
application-form rows, English e-mails and case notes, mixed Japanese/English -- with many
negative distractors (organisation names containing surnames, bare city names, meeting
dates, amounts, case numbers, corporate numbers, statute numbers, version numbers ...).

Name and address strings come from /work/shared/data:
  gimei names.yml / addresses.yml (MIT) and stockmark ner.json 人名 strings (CC BY-SA 3.0,
  used only as name strings), plus invented names.

Output: tests/masking_independent/data/independent.jsonl, one document per line:
  {"id", "lang", "style", "text", "entities": [{"type", "start", "end"}]}
Gold spans are minimal: the name without 様/さん/Mr., the date without 生, the number
without its label, the postal code without 〒.

    .venv/bin/python bench/masking_independent/make_corpus.py
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = Path("/work/shared/data")
OUT = ROOT / "tests" / "masking_independent" / "data" / "independent.jsonl"
SEED = 20240517
N_DOCS = 220

# --------------------------------------------------------------------------- sources

_ROW = re.compile(r"-\s*\['([^']*)',\s*'([^']*)',\s*'([^']*)',\s*'([^']*)'\]")


def _load_gimei_names(path: Path):
    last, male, female = [], [], []
    section = None
    for line in path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if s.startswith("male:"):
            section = male
        elif s.startswith("female:"):
            section = female
        elif s.startswith("last_name:"):
            section = last
        m = _ROW.search(line)
        if m and section is not None:
            section.append(m.groups())
    return last, male, female


def _load_gimei_addresses(path: Path):
    pref, city, town = [], [], []
    section = None
    for line in path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if s == "prefecture:":
            section = pref
        elif s == "city:":
            section = city
        elif s == "town:":
            section = town
        m = _ROW.search(line)
        if m and section is not None:
            section.append(m.groups()[0])
    return pref, city, town


def _load_stockmark_persons(path: Path):
    data = json.loads(path.read_text(encoding="utf-8"))
    kanji, katakana = [], []
    seen = set()
    for rec in data:
        for ent in rec["entities"]:
            if ent["type"] != "人名":
                continue
            name = ent["name"]
            if name in seen:
                continue
            seen.add(name)
            if re.fullmatch(r"[\u4e00-\u9fff々]{3,5}", name):
                kanji.append(name)
            elif re.fullmatch(r"[\u30a1-\u30fa]{2,8}・[\u30a1-\u30fa]{2,9}", name):
                katakana.append(name)
    return kanji, katakana


LAST, MALE, FEMALE = _load_gimei_names(DATA / "gimei-synthetic-source" / "names.yml")
PREFS, CITIES, TOWNS = _load_gimei_addresses(DATA / "gimei-synthetic-source" / "addresses.yml")
SM_KANJI, SM_KATA = _load_stockmark_persons(DATA / "stockmark-ner-wikipedia" / "ner.json")
# gimei lists municipalities in JIS code order: cut the list at each prefecture's first one
_FIRST = [
    "札幌市中央区",
    "青森市",
    "盛岡市",
    "仙台市青葉区",
    "秋田市",
    "山形市",
    "福島市",
    "水戸市",
    "宇都宮市",
    "前橋市",
    "さいたま市西区",
    "千葉市中央区",
    "千代田区",
    "横浜市鶴見区",
    "新潟市北区",
    "富山市",
    "金沢市",
    "福井市",
    "甲府市",
    "長野市",
    "岐阜市",
    "静岡市葵区",
    "名古屋市千種区",
    "津市",
    "大津市",
    "京都市北区",
    "大阪市都島区",
    "神戸市東灘区",
    "奈良市",
    "和歌山市",
    "鳥取市",
    "松江市",
    "岡山市北区",
    "広島市中区",
    "下関市",
    "徳島市",
    "高松市",
    "松山市",
    "高知市",
    "北九州市門司区",
    "佐賀市",
    "長崎市",
    "熊本市中央区",
    "大分市",
    "宮崎市",
    "鹿児島市",
    "那覇市",
]
_CUT = [CITIES.index(c) for c in _FIRST] + [len(CITIES)]
CITY_PREF = {CITIES[i]: PREFS[k] for k in range(47) for i in range(_CUT[k], _CUT[k + 1])}
GUN_TOWNS = [c for c in CITIES if "郡" in c]
SHI_CITIES = [c for c in CITIES if "郡" not in c]
TOWNS = [t for t in TOWNS if not t.endswith(("公園", "駅", "空港", "港"))]

# invented names (rare surnames, hiragana given names, foreign residents)
RARE_LAST = [
    ("勅使河原", "Teshigawara"),
    ("小鳥遊", "Takanashi"),
    ("四十物", "Aimono"),
    ("東海林", "Shoji"),
    ("五百旗頭", "Iokibe"),
    ("薬袋", "Minai"),
    ("月見里", "Yamanashi"),
    ("左右田", "Souda"),
    ("一", "Ninomae"),
    ("鬼頭", "Kito"),
    ("百目鬼", "Domeki"),
    ("九十九", "Tsukumo"),
    ("八月一日", "Hozumi"),
    ("舎利弗", "Todoroki"),
    ("王", "Wang"),
    ("金城", "Kaneshiro"),
]
HIRA_GIVEN = [
    "さくら",
    "ひかり",
    "みのり",
    "ゆい",
    "はるか",
    "あおい",
    "つばさ",
    "ひなた",
    "こはる",
    "めぐみ",
]
FOREIGN_KATA = [
    "グエン・ヴァン・ナム",
    "マリア・サントス",
    "キム・ミンジュ",
    "ワン・シャオリン",
    "ジョン・スミス",
    "アナ・ペレイラ",
    "チャン・ティ・ホア",
    "ラメシュ・クマール",
    "エミリー・ブラウン",
    "パク・ジフン",
]
FOREIGN_LATIN = [
    "Nguyen Van Nam",
    "Maria Santos",
    "Kim Min-ju",
    "Emily Brown",
    "John Smith",
    "Ana Pereira",
    "Rajesh Kumar",
    "Sarah O'Connor",
    "David Miller",
    "Li Wei",
]
# surnames that also read as ordinary words / places (test that context is used)
WORDLIKE_LAST = [
    "林",
    "森",
    "原",
    "岡",
    "東",
    "南",
    "北村",
    "石井",
    "中島",
    "松本",
    "小野",
    "大野",
    "平野",
]

# --------------------------------------------------------------------------- markup

_MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)


def M(kind: str, text: str) -> str:
    return f"⟦{kind}|{text}⟧"


def finish(raw: str):
    text_parts, ents, pos, last = [], [], 0, 0
    for m in _MARK.finditer(raw):
        chunk = raw[last : m.start()]
        text_parts.append(chunk)
        pos += len(chunk)
        val = m.group(2)
        ents.append({"type": m.group(1), "start": pos, "end": pos + len(val)})
        text_parts.append(val)
        pos += len(val)
        last = m.end()
    text_parts.append(raw[last:])
    text = "".join(text_parts)
    assert "⟦" not in text and "⟧" not in text, raw
    return text, ents


# --------------------------------------------------------------------------- value makers

FW = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-",
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ－",
)
AREA3 = [
    "011",
    "022",
    "025",
    "027",
    "029",
    "042",
    "043",
    "044",
    "045",
    "046",
    "047",
    "048",
    "052",
    "054",
    "055",
    "058",
    "059",
    "075",
    "076",
    "077",
    "078",
    "082",
    "084",
    "086",
    "087",
    "088",
    "089",
    "092",
    "093",
    "095",
    "096",
    "097",
    "098",
    "099",
]
AREA4 = [
    "0123",
    "0138",
    "0172",
    "0187",
    "0233",
    "0266",
    "0279",
    "0465",
    "0532",
    "0565",
    "0735",
    "0823",
    "0852",
    "0942",
    "0952",
    "0995",
]
DASHES = ["－", "ー", "―", "‐", "−"]


def fullwidth(s: str, r: random.Random) -> str:
    s = s.translate(FW)
    if "－" in s and r.random() < 0.5:
        s = s.replace("－", r.choice(DASHES))
    return s


class Gen:
    def __init__(self, r: random.Random):
        self.r = r

    # ---- names
    def last(self):
        r = self.r
        if r.random() < 0.08:
            k, rom = r.choice(RARE_LAST)
            return (k, None, None, rom)
        return r.choice(LAST)

    def first(self, female=None):
        r = self.r
        if female is None:
            female = r.random() < 0.5
        return r.choice(FEMALE if female else MALE)

    def person_ja(self):
        """Return (full-name text, surname text) in a random Japanese script/format."""
        r = self.r
        ln, fn = self.last(), self.first()
        x = r.random()
        if x < 0.55:
            sep = r.choice(["", "", " ", "\u3000"])
            return ln[0] + sep + fn[0], ln[0]
        if x < 0.65 and ln[1]:
            return ln[0] + r.choice(["", "\u3000"]) + r.choice(HIRA_GIVEN), ln[0]
        if x < 0.78 and ln[2]:
            return ln[2] + r.choice([" ", "\u3000", "・"]) + fn[2], ln[2]
        if x < 0.85 and ln[1]:
            return ln[1] + " " + fn[1], ln[1]
        if x < 0.93 and SM_KANJI:
            n = r.choice(SM_KANJI)
            return n, n
        n = r.choice(FOREIGN_KATA)
        return n, n.split("・")[0]

    def person_kanji(self):
        ln, fn = self.last(), self.first()
        return ln[0] + self.r.choice(["", " ", "\u3000"]) + fn[0], ln[0], fn[0]

    def person_en(self):
        """Return (full name, short reference like 'Mr. Sato' part after title)."""
        r = self.r
        ln, fn = self.last(), self.first()
        lr, fr = ln[3], fn[3]
        x = r.random()
        if x < 0.45:
            return f"{fr} {lr}", lr
        if x < 0.65:
            return f"{lr.upper()} {fr}", lr
        if x < 0.75:
            return f"{lr}, {fr}", lr
        n = r.choice(FOREIGN_LATIN)
        return n, n.split()[-1]

    def title_en(self):
        return self.r.choice(["Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms"])

    # ---- addresses
    def chome(self):
        r = self.r
        c, b, g = r.randint(1, 9), r.randint(1, 40), r.randint(1, 30)
        x = r.random()
        if x < 0.3:
            return f"{c}丁目{b}番{g}号"
        if x < 0.5:
            return f"{c}-{b}-{g}"
        if x < 0.62:
            return fullwidth(f"{c}-{b}-{g}", r)
        if x < 0.72:
            return f"{'一二三四五六七八九'[c - 1]}丁目{b}番地{g}"
        if x < 0.82:
            return f"{c}丁目{b}-{g}"
        if x < 0.9:
            return f"{r.randint(100, 2999)}番地"
        return f"{r.randint(100, 999)}番地{r.randint(1, 20)}"

    def building(self):
        r = self.r
        name = r.choice(
            [
                "コーポ",
                "サンハイツ",
                "グランメゾン",
                "パークサイド",
                "レジデンス",
                "メゾン",
                "ハイツ",
                "シティハウス",
            ]
        )
        name += r.choice(["さくら", "緑ヶ丘", "第二", "南", "ひまわり", "A棟", "", "東"])
        room = r.randint(101, 1205)
        return r.choice(
            [f"{name}{room}号室", f"{name} {room}", f"{name}　{room}号", f"{name}{room}"]
        )

    def address(self, with_pref=None):
        r = self.r
        x = r.random()
        if with_pref is None:
            with_pref = r.random() < 0.7
        if x < 0.12:  # 大字/字
            gun = r.choice(GUN_TOWNS)
            pref = CITY_PREF[gun] if with_pref else ""
            oaza = r.choice(TOWNS).rstrip("町")
            if r.random() < 0.5:
                s = f"{pref}{gun}大字{oaza}字{r.choice(['上ノ原', '中島', '西谷', '前田', '川原'])}{r.randint(1, 3999)}番地"
            else:
                s = f"{pref}{gun}大字{oaza}{r.randint(100, 3999)}番地{r.randint(1, 9)}"
            return s
        if x < 0.22:  # Hokkaido 条・丁目
            city = r.choice(
                ["札幌市中央区", "札幌市北区", "札幌市白石区", "旭川市", "帯広市", "札幌市東区"]
            )
            jo = r.choice(
                [
                    f"北{r.randint(1, 40)}条西{r.randint(1, 20)}丁目",
                    f"南{r.randint(1, 20)}条東{r.randint(1, 9)}丁目",
                    f"{r.randint(1, 9)}条通{r.randint(1, 20)}丁目",
                    f"西{r.randint(1, 20)}条南{r.randint(1, 20)}丁目",
                ]
            )
            tail = r.choice(
                [
                    f"{r.randint(1, 30)}-{r.randint(1, 20)}",
                    f"{r.randint(1, 30)}番{r.randint(1, 20)}号",
                    "",
                ]
            )
            s = ("北海道" if with_pref else "") + city + jo + tail
            if r.random() < 0.3:
                s += " " + self.building()
            return s
        city = r.choice(SHI_CITIES)
        pref = CITY_PREF[city] if with_pref else ""
        town = r.choice(TOWNS)
        s = f"{pref}{city}{town}{self.chome()}"
        if r.random() < 0.35:
            s += r.choice([" ", "　", ""]) + self.building()
        return s

    def address_en(self):
        r = self.r
        town = r.choice(
            [
                "Hongo",
                "Nishi-Shinjuku",
                "Kita-Aoyama",
                "Minami-cho",
                "Sakae",
                "Chuo",
                "Umeda",
                "Tenjin",
            ]
        )
        ward = r.choice(
            [
                "Bunkyo-ku, Tokyo",
                "Shinjuku-ku, Tokyo",
                "Naka-ku, Nagoya",
                "Kita-ku, Osaka",
                "Chuo-ku, Fukuoka",
                "Aoba-ku, Sendai",
            ]
        )
        s = f"{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)} {town}, {ward}"
        if r.random() < 0.4:
            s = f"Room {r.randint(101, 999)}, " + s
        return s

    # ---- numbers
    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def phone_raw(self):
        r = self.r
        x = r.random()
        if x < 0.4:
            return [r.choice(["090", "080", "070"]), str(r.randint(1000, 9999)), self.digits(4)]
        if x < 0.6:
            return [r.choice(["03", "06"]), self.digits(4), self.digits(4)]
        if x < 0.8:
            return [r.choice(AREA3), str(r.randint(200, 999)), self.digits(4)]
        if x < 0.88:
            return [r.choice(AREA4), str(r.randint(10, 99)), self.digits(4)]
        if x < 0.92:
            return ["050", self.digits(4), self.digits(4)]
        return [r.choice(["0120", "0570"]), self.digits(3), self.digits(3)]

    def phone(self):
        r = self.r
        a, b, c = self.phone_raw()
        x = r.random()
        if x < 0.4:
            return f"{a}-{b}-{c}"
        if x < 0.5:
            return f"{a}{b}{c}"
        if x < 0.58:
            return f"{a}({b}){c}"
        if x < 0.64:
            return f"({a}){b}-{c}"
        if x < 0.72:
            return "+81-" + a[1:] + f"-{b}-{c}"
        if x < 0.77:
            return "+81 " + a[1:] + f" {b} {c}"
        if x < 0.88:
            return fullwidth(f"{a}-{b}-{c}", r)
        if x < 0.92:
            return f"（{a}）{b}－{c}".translate(FW)
        if x < 0.96:
            return f"{a} {b} {c}"
        return f"{a}.{b}.{c}"

    def email(self, name_hint=None):
        r = self.r
        user = name_hint or r.choice(["taro", "hanako", "k.suzuki", "info", "yamamoto_a", "m-ito"])
        user = user.lower().replace(" ", ".").replace("'", "")
        user += r.choice(["", "", str(r.randint(1, 99)), "_" + str(r.randint(1970, 2005))])
        dom = r.choice(
            [
                "example.jp",
                "example.com",
                "mail.example.ne.jp",
                "docomo.example.jp",
                "gmail.example.com",
                "city.example.lg.jp",
            ]
        )
        return f"{user}@{dom}"

    def postal(self):
        r = self.r
        p = f"{r.randint(0, 999):03d}-{r.randint(0, 9999):04d}"
        x = r.random()
        if x < 0.2:
            return fullwidth(p, r)
        if x < 0.28:
            return p.replace("-", "")
        return p

    def my_number(self):
        r = self.r
        body = [r.randint(0, 9) for _ in range(11)]
        s = 0
        for n in range(1, 12):
            p = body[11 - n]
            q = n + 1 if n <= 6 else n - 5
            s += p * q
        rem = s % 11
        check = 0 if rem <= 1 else 11 - rem
        d = "".join(map(str, body)) + str(check)
        x = r.random()
        if x < 0.4:
            return d
        if x < 0.65:
            return f"{d[:4]} {d[4:8]} {d[8:]}"
        if x < 0.82:
            return f"{d[:4]}-{d[4:8]}-{d[8:]}"
        if x < 0.92:
            return fullwidth(d, r)
        return fullwidth(f"{d[:4]} {d[4:8]} {d[8:]}", r)

    def luhn_card(self):
        r = self.r
        kind = r.random()
        if kind < 0.45:
            body = "4" + self.digits(14)
        elif kind < 0.8:
            body = str(r.randint(51, 55)) + self.digits(13)
        elif kind < 0.9:
            body = "35" + self.digits(13)  # JCB
        else:
            body = r.choice(["34", "37"]) + self.digits(12)  # Amex (15)
        total = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch)
            if i % 2 == 0:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        num = body + str((10 - total % 10) % 10)
        x = r.random()
        grp = (
            [num[:4], num[4:10], num[10:]]
            if len(num) == 15
            else [num[i : i + 4] for i in range(0, 16, 4)]
        )
        if x < 0.45:
            return " ".join(grp)
        if x < 0.7:
            return "-".join(grp)
        if x < 0.85:
            return num
        return fullwidth("-".join(grp), r) if r.random() < 0.5 else fullwidth(num, r)

    def birth(self, english=False):
        r = self.r
        y = r.randint(1930, 2015)
        mo, d = r.randint(1, 12), r.randint(1, 28)
        if english:
            months = [
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
            return r.choice(
                [
                    f"{y}-{mo:02d}-{d:02d}",
                    f"{d} {months[mo - 1]} {y}",
                    f"{months[mo - 1]} {d}, {y}",
                    f"{mo:02d}/{d:02d}/{y}",
                    f"{y}/{mo}/{d}",
                ]
            )
        if y < 1989:
            era, ey, ab = "昭和", y - 1925, "S"
        elif y < 2019:
            era, ey, ab = "平成", y - 1988, "H"
        else:
            era, ey, ab = "令和", y - 2018, "R"
        x = r.random()
        eys = "元" if ey == 1 and r.random() < 0.7 else str(ey)
        if x < 0.3:
            return f"{era}{eys}年{mo}月{d}日"
        if x < 0.45:
            return f"{ab}{ey}.{mo}.{d}"
        if x < 0.55:
            return f"{ab}{ey:02d}.{mo:02d}.{d:02d}"
        if x < 0.7:
            return f"{y}年{mo}月{d}日"
        if x < 0.8:
            return f"{y}/{mo:02d}/{d:02d}"
        if x < 0.9:
            return fullwidth(f"{era}{ey}年{mo}月{d}日", r)
        return f"{y}.{mo}.{d}"

    def bank_acct(self):
        return self.digits(7)

    def yucho(self):
        r = self.r
        return (
            f"1{self.digits(3)}0-{self.digits(7)}1"
            if r.random() < 0.5
            else f"1{self.digits(3)}0 {self.digits(7)}1"
        )

    def pension(self):
        r = self.r
        d = self.digits(10)
        x = r.random()
        if x < 0.6:
            return f"{d[:4]}-{d[4:]}"
        if x < 0.85:
            return d
        return fullwidth(f"{d[:4]}-{d[4:]}", r)

    def insurance(self):
        r = self.r
        x = r.random()
        if x < 0.4:
            return self.digits(8)
        if x < 0.7:
            return "0" + self.digits(9)
        if x < 0.85:
            return f"{self.digits(4)}-{self.digits(3)}"
        return fullwidth(self.digits(8), r)

    def license(self):
        r = self.r
        d = f"{r.randint(10, 99)}{self.digits(10)}"
        return d if r.random() < 0.8 else fullwidth(d, r)

    def passport(self):
        r = self.r
        p = r.choice(["TK", "TR", "MZ", "TZ", "ME", "RK"]) + self.digits(7)
        return p if r.random() < 0.85 else fullwidth(p, r)

    def ipv4(self):
        r = self.r
        return r.choice(
            [
                f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"203.0.113.{r.randint(1, 254)}",
                f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            ]
        )

    def ipv6(self):
        r = self.r
        h = lambda: f"{r.randint(0, 0xFFFF):x}"  # noqa: E731
        return r.choice(
            [
                f"2001:db8::{h()}",
                f"2001:db8:{h()}:{h()}::{h()}",
                f"fe80::{h()}:{h()}:{h()}:{h()}",
                f"2400:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
            ]
        )

    def ip(self):
        return self.ipv6() if self.r.random() < 0.3 else self.ipv4()

    # ---- distractors (not personal)
    def org(self):
        r = self.r
        ln = self.last()[0]
        return r.choice(
            [
                f"{ln}工業株式会社",
                f"株式会社{ln}商事",
                f"{ln}病院",
                f"{ln}歯科医院",
                f"{ln}建設",
                f"{ln}町役場"
                if r.random() < 0.3
                else f"{r.choice(['山田', '松本', '大野', '中村'])}町役場",
                f"社会福祉法人{r.choice(['さくら会', '緑風会', '清和会'])}",
                f"NPO法人{r.choice(['ひだまり', 'つなぐ', 'あおぞら'])}",
                f"{ln}税理士事務所",
                f"有限会社{ln}電機",
                f"{ln}法律事務所",
            ]
        )

    def bare_city(self):
        return self.r.choice(SHI_CITIES + PREFS)

    def case_no(self):
        r = self.r
        return r.choice(
            [
                f"第{r.randint(2019, 2025)}-{r.randint(1, 99999):05d}号",
                f"受付番号 R6-{r.randint(1, 9999):04d}",
                f"INC-2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(1, 999):04d}",
                f"福第{r.randint(100, 9999)}号",
                f"案件番号：{r.randint(2020, 2025)}{r.randint(10000, 99999)}",
            ]
        )

    def corp_no(self):
        return "法人番号 " + str(self.r.randint(1, 9)) + self.digits(12)

    def amount(self):
        r = self.r
        n = r.randint(1, 3000) * 100
        return r.choice(
            [
                f"¥{n:,}",
                f"{n:,}円",
                f"金{n:,}円",
                f"{n // 1000}千円" if n >= 1000 else f"{n}円",
                f"JPY {n:,}",
            ]
        )

    def meeting_date(self):
        r = self.r
        mo, d = r.randint(1, 12), r.randint(1, 28)
        return r.choice(
            [
                f"令和6年{mo}月{d}日（{r.choice('月火水木金')}）",
                f"2024年{mo}月{d}日",
                f"令和{r.randint(5, 7)}年度",
                f"R6.{mo}.{d}",
                f"{mo}月{d}日 {r.randint(9, 17)}:{r.choice(['00', '30'])}～",
            ]
        )

    def staff(self):
        """A staff member: (org-unit text before, surname) -- surname is PERSON."""
        r = self.r
        unit = r.choice(
            [
                "福祉課",
                "市民課",
                "税務課",
                "介護保険課",
                "子育て支援課",
                "情報政策課",
                "総務課",
                "生活支援課",
                "国保年金課",
            ]
        )
        return unit, self.last()[0]


# --------------------------------------------------------------------------- templates
# Each template returns (style, lang, raw_text_with_marks)


def t_soudan(g: Gen):
    r = g.r
    full, sur = g.person_ja()
    unit, staff = g.staff()
    fam, _ = g.person_ja()
    lines = [
        f"【相談記録】{g.case_no()}",
        f"受付日：{g.meeting_date()}　担当：{unit} {M('PERSON', staff)}",
        f"相談者：{M('PERSON', full)}{r.choice(['様', '', '（本人）', ' 様'])}",
        f"生年月日：{M('BIRTH_DATE', g.birth())}",
        f"住所：{r.choice(['〒', '〒 ', ''])}{M('POSTAL_CODE', g.postal())} {M('ADDRESS', g.address())}",
        f"連絡先：{M('PHONE', g.phone())}",
        "",
        f"相談内容：{r.choice(['生活費の不足について', '家賃滞納と転居について', '介護サービスの利用について', '子どもの就学援助について'])}。"
        f"{M('PERSON', sur)}{r.choice(['さんは', '氏は', 'は', '様より'])}{g.bare_city()}から昨年転入。"
        f"同居の{r.choice(['長男', '妻', '母', '次女'])}{M('PERSON', fam)}{r.choice(['さん', '', '氏'])}は{g.org()}に勤務している。",
        f"{r.choice(['課長', '係長', '主査'])}と協議の上、{g.amount()}の一時支給を検討。次回面談は{g.meeting_date()}。",
    ]
    if r.random() < 0.5:
        lines.append(f"メール：{M('EMAIL', g.email())}")
    return "相談記録", "ja", "\n".join(lines)


def t_case(g: Gen):
    r = g.r
    full, sur, given = g.person_kanji()
    kata = g.person_ja()[0]
    lines = [
        f"ケース記録（{g.meeting_date()}）",
        f"対象者 {M('PERSON', full)}（{r.randint(20, 90)}歳） {g.case_no()}",
        f"{r.choice(['生年月日', '生年月日 ', 'D.O.B.'])}：{M('BIRTH_DATE', g.birth())}{r.choice(['', '生'])}",
        f"基礎年金番号：{M('PENSION_NUMBER', g.pension())}",
        f"介護保険被保険者番号：{M('INSURANCE_NUMBER', g.insurance())}（保険者番号 {r.randint(10, 47)}{g.digits(4)}）",
        f"訪問時、{M('PERSON', sur)}{r.choice(['が', 'は', 'さんが'])}玄関まで出てきた。{M('PERSON', given)}{r.choice(['さん', 'ちゃん', ''])}と呼ぶと返事あり。",
        f"キーパーソンは{r.choice(['長女', '甥', '弟'])}の{M('PERSON', kata)}{r.choice(['さん', '様', ''])}（{M('PHONE', g.phone())}）。",
        f"{g.org()}のケアマネと連絡。{g.bare_city()}内のデイサービスを検討。月額{g.amount()}の見込み。",
    ]
    if r.random() < 0.4:
        lines.append(
            f"{r.choice(['生活保護費', '年金'])}振込先：{r.choice(['ゆうちょ銀行', 'みずほ銀行', '地方銀行'])} "
            f"{r.choice(['本店', '駅前支店', '中央支店'])} {r.choice(['普通', '普通預金'])} {M('BANK_ACCOUNT', g.bank_acct())}"
        )
    return "ケース記録", "ja", "\n".join(lines)


def t_minutes(g: Gen):
    r = g.r
    attendees = []
    for _ in range(r.randint(3, 6)):
        t = r.choice(["課長", "係長", "主査", "主事", "委員", "部長", ""])
        n = g.person_kanji()[0] if r.random() < 0.8 else g.person_ja()[0]
        attendees.append(
            f"{M('PERSON', n)}{t}" if r.random() < 0.5 else f"{t}{' ' if t else ''}{M('PERSON', n)}"
        )
    sep = r.choice(["、", "，", "　", "\n・"])
    s1, s2 = g.last()[0], g.last()[0]
    lines = [
        f"{r.choice(['第3回', '第12回', '令和6年度第1回'])}{r.choice(['地域福祉推進会議', '情報化推進委員会', '子ども・子育て会議'])} 議事録",
        f"日時：{g.meeting_date()} 14:00～15:30　場所：{g.bare_city()}役所 第{r.randint(1, 5)}会議室",
        "出席者：" + ("\n・" if sep == "\n・" else "") + sep.join(attendees),
        f"欠席者：{M('PERSON', g.last()[0])}委員",
        "1. 開会",
        f"{r.choice(['委員長', '議長', '課長'])}より開会のあいさつがあった。",
        f"2. 議題：{r.choice(['令和7年度予算', 'システム更新', '地域包括ケア'])}について",
        f"{M('PERSON', s1)}{r.choice(['委員', '係長', '氏', ''])}：{g.org()}との契約額{g.amount()}は妥当か。",
        f"事務局（{M('PERSON', s2)}）：{g.corp_no()}の事業者と随意契約の予定。{g.case_no()}で起案済み。",
        f"{r.choice(['部長', '課長'])}：{r.choice(WORDLIKE_LAST)}地区の説明会は{g.meeting_date()}に実施する。",
        "3. 閉会",
    ]
    return "議事録", "ja", "\n".join(lines)


def t_complaint(g: Gen):
    r = g.r
    full, sur = g.person_ja()
    e = g.email()
    lines = [
        f"From: {M('EMAIL', e)}",
        f"To: {M('EMAIL', 'kouhou@city.example.lg.jp')}",
        f"件名：{r.choice(['ごみ収集について', '道路の陥没', '騒音の苦情', '窓口対応について'])}",
        "",
        f"{g.bare_city()}役所 {r.choice(['環境課', '道路課', '市民課'])} ご担当者様",
        "",
        f"{M('ADDRESS', g.address())}に住んでいる{M('PERSON', full)}です。",
        f"{r.choice(['隣の', '向かいの', '同じ階の'])}{M('PERSON', g.last()[0])}{r.choice(['さん', '', '氏'])}宅から毎晩大きな音がします。"
        f"{g.meeting_date()}にも電話しましたが、{r.choice(['係長', '担当', '課長'])}の{M('PERSON', g.last()[0])}さんから折り返しがありません。",
        f"{r.choice(['至急', 'できれば今週中に'])}対応をお願いします。日中は{M('PHONE', g.phone())}、夜は{M('PHONE', g.phone())}までご連絡ください。",
        "",
        f"{M('PERSON', sur)}",
    ]
    return "苦情メール", "ja", "\n".join(lines)


def t_notice(g: Gen):
    r = g.r
    full, _sur = g.person_ja()
    unit, staff = g.staff()
    lines = [
        f"{g.case_no()}",
        f"{g.meeting_date()}",
        f"{r.choice(['〒', ''])}{M('POSTAL_CODE', g.postal())}",
        f"{M('ADDRESS', g.address())}",
        f"{M('PERSON', full)}{r.choice([' 様', '　様', '様', ' 殿'])}",
        "",
        f"{g.bare_city()}長",
        "",
        f"{r.choice(['介護保険負担限度額認定', '児童手当', '国民健康保険税の減免', '就学援助'])}について（通知）",
        "",
        "拝啓　時下ますますご清祥のこととお喜び申し上げます。",
        f"さて、{g.meeting_date()}付けで申請のありました件について、下記のとおり決定しましたので通知します。",
        "敬具",
        "記",
        f"1　決定額　{g.amount()}",
        f"2　被保険者番号　{M('INSURANCE_NUMBER', g.insurance())}",
        f"3　振込先　{r.choice(['○○銀行', '△△信用金庫', '農協'])} {r.choice(['本店', '北支店'])} 普通 {M('BANK_ACCOUNT', g.bank_acct())} "
        f"名義 {M('PERSON', g.person_ja()[0])}",
        f"（根拠：{r.choice(['昭和25年法律第144号', '平成9年法律第123号', '昭和36年条例第5号'])}）",
        "",
        f"問合せ先　{unit}　担当 {M('PERSON', staff)}",
        f"電話 {M('PHONE', g.phone())}（直通）　FAX {M('PHONE', g.phone())}",
    ]
    return "通知文", "ja", "\n".join(lines)


def t_table(g: Gen):
    r = g.r
    sep = r.choice([",", "\t", " | "])
    cols = [
        "No",
        "氏名",
        "フリガナ",
        "生年月日",
        "郵便番号",
        "住所",
        "電話番号",
        "マイナンバー",
        "備考",
    ]
    out = [sep.join(cols)]
    for i in range(r.randint(2, 4)):
        ln, fn = g.last(), g.first()
        name = ln[0] + r.choice(["", " ", "\u3000"]) + fn[0]
        kana = (ln[2] or "") + " " + fn[2]
        addr = g.address()
        if sep == ",":
            addr = addr.replace(",", " ")
        row = [
            str(i + 1),
            M("PERSON", name),
            M("PERSON", kana) if ln[2] else "",
            M("BIRTH_DATE", g.birth()),
            M("POSTAL_CODE", g.postal()),
            M("ADDRESS", addr),
            M("PHONE", g.phone()),
            M("MY_NUMBER", g.my_number()),
            r.choice(["", "転入", f"{g.org()}勤務", "要確認", g.amount()]),
        ]
        out.append(sep.join(row))
    title = r.choice(["申請者一覧（抜粋）", "給付金申請書データ", "転入届 入力シート", ""])
    return "表", "ja", (title + "\n" if title else "") + "\n".join(out)


def t_table2(g: Gen):
    r = g.r
    out = ["| 項目 | 内容 |", "|---|---|"]
    items = [
        ("申請者氏名", M("PERSON", g.person_ja()[0])),
        ("個人番号", M("MY_NUMBER", g.my_number())),
        ("運転免許証番号", M("DRIVER_LICENSE", g.license())),
        ("旅券番号", M("PASSPORT", g.passport())),
        ("クレジットカード番号", M("CREDIT_CARD", g.luhn_card())),
        ("有効期限", f"{r.randint(1, 12):02d}/{r.randint(25, 30)}"),
        ("法人番号（勤務先）", str(r.randint(1, 9)) + g.digits(12)),
        ("申請日", g.meeting_date()),
        ("手数料", g.amount()),
        ("メール", M("EMAIL", g.email())),
    ]
    r.shuffle(items)
    for k, v in items[: r.randint(6, 10)]:
        out.append(f"| {k} | {v} |")
    return "表", "ja", "本人確認書類 確認票\n" + "\n".join(out)


def t_email_en(g: Gen):
    r = g.r
    full, short = g.person_en()
    _other, oshort = g.person_en()
    lines = [
        f"From: {M('EMAIL', g.email(short))}",
        f"Subject: {r.choice(['Residence certificate request', 'Change of address', 'Question about my tax notice', 'Visa documents'])}",
        "",
        f"Dear {r.choice(['Sir or Madam', 'City Office', 'team'])},",
        "",
        f"My name is {M('PERSON', full)} and I moved to {M('ADDRESS', g.address_en())} {M('POSTAL_CODE', g.postal())} "
        f"from {r.choice(['Osaka', 'Yokohama City', 'Sapporo', 'Canada'])} on {r.choice(['April 1', '1 March', 'last Monday'])}.",
        f"My date of birth is {M('BIRTH_DATE', g.birth(english=True))} and my passport number is {M('PASSPORT', g.passport())}.",
        f"{g.title_en()} {M('PERSON', oshort)} at the {r.choice(['Ward Office', 'Tanaka Industries Co., Ltd.', 'Suzuki Clinic', 'city hall'])} "
        f"told me to contact you. Please call me at {M('PHONE', g.phone())} or reply to this address.",
        f"The fee of {g.amount()} was paid on {g.meeting_date()} (receipt {g.case_no()}).",
        "",
        "Best regards,",
        M("PERSON", full),
    ]
    return "英文メール", "en", "\n".join(lines)


def t_case_en(g: Gen):
    r = g.r
    full, short = g.person_en()
    t = g.title_en()
    lines = [
        f"CASE NOTE {g.case_no()} - {r.choice(['Multilingual consultation desk', 'Foreign Residents Support Center'])}",
        f"Client: {M('PERSON', full)} (DOB {M('BIRTH_DATE', g.birth(english=True))})",
        f"Address: {M('ADDRESS', g.address() if r.random() < 0.5 else g.address_en())}",
        f"Tel: {M('PHONE', g.phone())}  Email: {M('EMAIL', g.email())}",
        f"{t} {M('PERSON', short)} came to the counter with {r.choice(['his wife', 'her son', 'a friend'])} "
        f"{M('PERSON', r.choice(FOREIGN_LATIN))}. {r.choice(['He', 'She', 'They'])} asked about the national health insurance card "
        f"(insured person No. {M('INSURANCE_NUMBER', g.insurance())}).",
        f"Referred to {g.org()} and the {g.bare_city()} international association. Budget code {r.randint(1000, 9999)}-{r.randint(10, 99)}.",
        f"Staff: {M('PERSON', g.last()[3])} ({r.choice(['Welfare Division', 'Citizens Division'])})",
    ]
    if r.random() < 0.5:
        lines.append(
            f"Residence card / driver's licence No. {M('DRIVER_LICENSE', g.license())} checked by the section chief."
        )
    return "英文ケースノート", "en", "\n".join(lines)


def t_mixed(g: Gen):
    r = g.r
    full_en, short = g.person_en()
    full_ja, sur = g.person_ja()
    lines = [
        f"【{r.choice(['Teams会議メモ', 'Slack転記', '引継ぎメモ'])}】{g.meeting_date()}",
        f"参加: {M('PERSON', full_ja)}, {M('PERSON', full_en)}, {r.choice(['IT推進室', 'Microsoft', 'ベンダー'])}",
        f"- {M('PERSON', short)}さんのPC（IP {M('IP_ADDRESS', g.ip())}）から{r.choice(['VPN', 'Box', 'Excel'])}に接続不可",
        f"- ticket {g.case_no()}, version {r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
        f"- 連絡先 mobile: {M('PHONE', g.phone())} / mail: {M('EMAIL', g.email(short))}",
        f"- {M('PERSON', sur)}{r.choice(['さん', '', 'から'])}より：{r.choice(['Windows 11', 'Office 365', 'Zoom'])}更新後に発生",
        f"- 費用 {g.amount()} は{g.org()}負担",
    ]
    return "混在メモ", "mixed", "\n".join(lines)


def t_it_incident(g: Gen):
    r = g.r
    unit, staff = g.staff()
    lines = [
        f"情報セキュリティインシデント報告書 {g.case_no()}",
        f"発生日時：{g.meeting_date()}",
        f"報告者：{unit} {M('PERSON', staff)} {r.choice(['主事', '主任', ''])}",
        f"端末：{r.choice(['PC-', 'NB-'])}{r.randint(1000, 9999)}（IPアドレス {M('IP_ADDRESS', g.ipv4())}）",
        f"接続先：{M('IP_ADDRESS', g.ipv4())}:{r.choice([443, 8080, 22])}（IPv6 {M('IP_ADDRESS', g.ipv6())}）、{r.choice(['不審なURL', 'USBメモリ', '誤送信'])}",
        f"誤送信先：{M('EMAIL', g.email())}（本来は{M('EMAIL', g.email())}）",
        f"影響：住民{r.randint(2, 40)}名分の氏名・住所を含むファイル（{M('PERSON', g.person_ja()[0])}ほか）",
        f"対応：{r.choice(['課長', 'CISO', '情報政策課長'])}へ報告済み。ファームウェア v{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)} に更新。",
    ]
    return "インシデント報告", "ja", "\n".join(lines)


def t_bank(g: Gen):
    r = g.r
    full, _sur = g.person_ja()
    kana = r.choice(LAST)[2] + r.choice([" ", "\u3000"]) + g.first()[2]
    bank = r.choice(["みずほ銀行", "三菱UFJ銀行", "○○信用金庫", "△△銀行", "JAバンク"])
    br = r.choice(["本店営業部", "駅前支店", "中央支店", "北口出張所"])
    kind = r.random()
    if kind < 0.6:
        acct = f"{bank} {br}（店番{r.randint(100, 999)}） {r.choice(['普通', '普通預金', '当座'])} 口座番号 {M('BANK_ACCOUNT', g.bank_acct())}"
    else:
        acct = f"ゆうちょ銀行 記号番号 {M('BANK_ACCOUNT', g.yucho())}"
    lines = [
        "口座振替依頼書（写）",
        f"申込者：{M('PERSON', full)}　印",
        f"口座名義（カナ）：{M('PERSON', kana)}",
        acct,
        f"住所：{M('ADDRESS', g.address())}　TEL {M('PHONE', g.phone())}",
        f"対象：{r.choice(['市県民税', '固定資産税', '保育料', '水道料金'])} 年額{g.amount()}（{g.meeting_date()}から）",
        f"※ {g.org()}（{g.corp_no()}）の口座ではありません。",
    ]
    if r.random() < 0.5:
        lines.append(
            f"カード払い希望：{M('CREDIT_CARD', g.luhn_card())}（有効期限 {r.randint(1, 12):02d}/{r.randint(25, 30)}）"
        )
    return "申請書", "ja", "\n".join(lines)


def t_identity(g: Gen):
    r = g.r
    full, sur = g.person_ja()
    lines = [
        f"本人確認記録（{g.meeting_date()}）",
        f"来庁者：{M('PERSON', full)}{r.choice(['様', '', ' 氏'])}",
        f"確認書類：{r.choice(['運転免許証', '運転免許証（第', '免許証'])}{r.choice(['番号 ', '', '：'])}{M('DRIVER_LICENSE', g.license())}{r.choice(['', '号）'])}",
        f"{r.choice(['個人番号', 'マイナンバー', '個人番号カード'])}：{M('MY_NUMBER', g.my_number())}",
        f"{r.choice(['生年月日', '生年月日 '])}：{M('BIRTH_DATE', g.birth())}",
    ]
    if r.random() < 0.6:
        lines.append(
            f"旅券番号：{M('PASSPORT', g.passport())}（{r.choice(['日本国', '外国'])}旅券）"
        )
    lines.append(
        f"{M('PERSON', sur)}{r.choice(['さんの', '様の', '氏の'])}代理人として{r.choice(['長男', '妻'])}が同行。"
        f"{g.bare_city()}{r.choice(['在住', 'から転入'])}。手数料{g.amount()}。"
    )
    return "本人確認", "ja", "\n".join(lines)


def t_news(g: Gen):
    r = g.r
    a = r.choice(SM_KANJI) if SM_KANJI else g.person_kanji()[0]
    b = r.choice(SM_KATA) if SM_KATA else r.choice(FOREIGN_KATA)
    c = r.choice(SM_KANJI) if SM_KANJI else g.person_kanji()[0]
    lines = [
        f"【報道資料要約】{g.meeting_date()}",
        f"{g.bare_city()}で開かれた{r.choice(['フォーラム', '式典', '会見'])}には、{M('PERSON', a)}{r.choice(['議員', '知事', '市長', '元首相', '氏'])}が出席した。",
        f"来日中の{M('PERSON', b)}{r.choice(['氏', '大使', '', '教授'])}とともに{r.choice(['観光振興', '防災', 'DX推進'])}について意見交換。",
        f"{M('PERSON', c)}{r.choice(['', '氏', 'さん'])}は{r.choice(['トヨタ自動車', '富士通', 'ソニーグループ', g.org()])}の取組を紹介した。"
        f"予算規模は{g.amount()}、{r.choice(['令和7年度', '来年度', '2025年度'])}から実施予定。",
    ]
    return "報道要約", "ja", "\n".join(lines)


def t_phone_memo(g: Gen):
    r = g.r
    full, _sur = g.person_ja()
    unit, staff = g.staff()
    lines = [
        f"電話受付メモ　{g.meeting_date()} {r.randint(9, 16)}:{r.randint(0, 59):02d}",
        f"受付：{M('PERSON', staff)}（{unit}）",
        f"{M('PERSON', full)}{r.choice(['様', 'さん', ''])}より。{r.choice(['折り返し希望', '至急連絡ください', '不在時は留守電へ'])}。",
        f"{r.choice(['TEL', '電話', '携帯', '☎', 'Tel.'])}{r.choice([':', '：', ' ', ''])}{M('PHONE', g.phone())}",
        f"用件：{r.choice(['保険証の再発行', '転出届の方法', '介護認定の結果', '税の納付'])}。{r.choice(['生年月日は', '誕生日：'])}{M('BIRTH_DATE', g.birth())}{r.choice(['生', '生まれ', 'とのこと'])}。",
        f"{M('PERSON', g.last()[0])}係長に伝達済み。",
    ]
    if r.random() < 0.5:
        lines.append(
            f"住所確認：{M('ADDRESS', g.address(with_pref=False))}（{g.bare_city()}ではない）"
        )
    return "電話メモ", "ja", "\n".join(lines)


def t_pension(g: Gen):
    r = g.r
    full, sur = g.person_ja()
    lines = [
        "年金・保険関係 届出内容確認",
        f"氏名 {M('PERSON', full)}　{r.choice(['男', '女'])}　{M('BIRTH_DATE', g.birth())}生",
        f"基礎年金番号　{M('PENSION_NUMBER', g.pension())}",
        f"国民健康保険 被保険者証番号：{M('INSURANCE_NUMBER', g.insurance())}",
        f"後期高齢者医療 被保険者番号 {M('INSURANCE_NUMBER', g.insurance())}",
        f"保険者番号 {r.choice(['39', '06', '01'])}{g.digits(6)}（{g.bare_city()}）※保険者の番号",
        f"{r.choice(['令和6年度', '令和5年度'])}保険料 {g.amount()}。{g.case_no()}",
        f"{M('PERSON', sur)}{r.choice(['さんに', '様へ', 'に'])}{r.choice(['電話', '郵送'])}で通知済み。",
    ]
    return "届出確認", "ja", "\n".join(lines)


def t_negatives(g: Gen):
    """A document with no or very few personal items: pure distractors."""
    r = g.r
    lines = [
        f"{r.choice(['令和6年度', '令和7年度'])} {g.bare_city()} {r.choice(['事業計画', '予算概要', '業務委託仕様書'])}",
        f"1. 委託先：{g.org()}（{g.corp_no()}、登録番号 T{r.randint(1, 9)}{g.digits(12)}）",
        f"2. 契約金額：{g.amount()}（税込）、{g.case_no()}",
        f"3. 履行場所：{g.bare_city()}内の{r.randint(3, 12)}施設、{r.choice(['中島公園', '上野駅前広場', '市民会館', '大野地区センター'])}",
        f"4. 実施時期：{g.meeting_date()}～{g.meeting_date()}",
        f"5. 根拠法令：{r.choice(['昭和22年法律第67号', '平成15年法律第57号'])} 第{r.randint(1, 30)}条第{r.randint(1, 5)}項",
        f"6. 担当：{r.choice(['企画課長', '総務部長', '係長'])}（内線 {r.randint(1000, 4999)}）",
        f"7. 使用ソフト：{r.choice(['Excel 2021', 'LGWAN-ASP', 'kintone', 'Teams'])} Ver.{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
        f"8. 参加見込み {r.randint(20, 300)}名、{r.choice(['森林', '林道', '原野', '東西線'])}の{r.choice(['整備', '調査'])}を含む",
    ]
    if r.random() < 0.5:
        unit, staff = g.staff()
        lines.append(f"問合せ：{unit} {M('PERSON', staff)}　{M('PHONE', g.phone())}")
    return "仕様書", "ja", "\n".join(lines)


def t_particles(g: Gen):
    """Names directly followed by particles, given names alone, hiragana names."""
    r = g.r
    a = g.last()[0]
    b = r.choice(WORDLIKE_LAST)
    c = r.choice(HIRA_GIVEN)
    d = g.first()[0]
    e = g.person_ja()[0]
    lines = [
        f"{r.choice(['保育園', '学童', '放課後デイ'])}連絡帳より（{g.meeting_date()}）",
        f"今日は{M('PERSON', a)}が{r.choice(['迎えに来た', '熱を出した', '欠席した'])}。{M('PERSON', c)}ちゃんと{M('PERSON', d)}くんは元気に遊んだ。",
        f"{M('PERSON', b)}{r.choice(['に', 'から', 'と', 'へ'])}{r.choice(['伝えた', '連絡があった', '相談した'])}。{r.choice(['林', '森', '原っぱ'])}で遊ぶ予定は延期。",
        f"保護者：{M('PERSON', e)}（{M('PHONE', g.phone())}）",
        f"{M('PERSON', a)}の{r.choice(['母', '父', '祖母'])}より、{r.choice(['明日', '来週'])}は{g.bare_city()}の病院を受診するとのこと。",
    ]
    return "連絡帳", "ja", "\n".join(lines)


TEMPLATES = [
    (t_soudan, 16),
    (t_case, 16),
    (t_minutes, 16),
    (t_complaint, 14),
    (t_notice, 14),
    (t_table, 14),
    (t_table2, 12),
    (t_email_en, 16),
    (t_case_en, 14),
    (t_mixed, 12),
    (t_it_incident, 10),
    (t_bank, 14),
    (t_identity, 14),
    (t_news, 8),
    (t_phone_memo, 12),
    (t_pension, 10),
    (t_negatives, 8),
    (t_particles, 10),
]


def build(n_docs: int = N_DOCS, seed: int = SEED):
    master = random.Random(seed)
    pool = [fn for fn, w in TEMPLATES for _ in range(w)]
    master.shuffle(pool)
    docs = []
    for i in range(n_docs):
        fn = pool[i % len(pool)]
        g = Gen(random.Random(master.randrange(2**32)))
        style, lang, raw = fn(g)
        text, ents = finish(raw)
        # sanity: no span is empty or whitespace-padded
        for e in ents:
            v = text[e["start"] : e["end"]]
            assert v and v == v.strip(), (fn.__name__, v)
        docs.append(
            {"id": f"ind-{i:04d}", "lang": lang, "style": style, "text": text, "entities": ents}
        )
    return docs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("-n", type=int, default=N_DOCS)
    args = ap.parse_args(argv)
    docs = build(args.n)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for d in docs:
        for e in d["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    print(
        f"{len(docs)} documents -> {args.out} ({args.out.stat().st_size:,} bytes)", file=sys.stderr
    )
    for k in sorted(counts):
        print(f"  {k:16s} {counts[k]}", file=sys.stderr)


if __name__ == "__main__":
    main()
