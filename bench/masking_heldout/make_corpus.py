# ruff: noqa: E501  (long template sentences are clearer unwrapped)
"""Held-out masking corpus (second, independent evaluator).

Writes tests/masking_heldout/data/heldout.jsonl: one document per line,
{"id", "lang", "style", "text", "entities": [{"type", "start", "end"}]}.

Documents are written as an office worker in a Japanese municipality would write them
(case notes, applications, complaints, notices, rosters, English mails to foreign
residents).  Name strings come from UD Japanese GSD (PERSON spans, CC BY-SA 4.0) and
the Stockmark Wikipedia NER set (人名, CC BY-SA 3.0) — used only as name strings — plus
invented names; gimei (MIT) supplies readings for forms that need フリガナ, and town names.
Gold spans are minimal: the name without 様/さん, the date without 生, the account
number without the bank name, and so on.  Deterministic (seeded).

    .venv/bin/python bench/masking_heldout/make_corpus.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = Path("/work/shared/data")
OUT = ROOT / "tests" / "masking_heldout" / "data" / "heldout.jsonl"

R = random.Random(20240611)

# --------------------------------------------------------------------------- markup
# ⟦TYPE|text⟧ marks a gold item inside a template; parse() strips it and records offsets.
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)


def m(typ: str, s: str) -> str:
    assert "⟦" not in s and "⟧" not in s, s
    return f"⟦{typ}|{s}⟧"


def P(s):
    return m("PERSON", s)


def A(s):
    return m("ADDRESS", s)


def parse(marked: str):
    out, ents, pos, last = [], [], 0, 0
    for mo in MARK.finditer(marked):
        seg = marked[last : mo.start()]
        out.append(seg)
        pos += len(seg)
        typ, s = mo.group(1), mo.group(2)
        ents.append({"type": typ, "start": pos, "end": pos + len(s)})
        out.append(s)
        pos += len(s)
        last = mo.end()
    out.append(marked[last:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text
    for e in ents:
        assert text[e["start"] : e["end"]].strip() == text[e["start"] : e["end"]], (text, e)
    return text, ents


# --------------------------------------------------------------------------- name sources
KANJI = r"[一-龥々ヶ]"


def ud_persons() -> list[str]:
    names: list[str] = []
    for split in ("train", "dev", "test"):
        cur: list[str] = []
        for line in (
            (DATA / "megagon-ud-japanese-gsd-ne" / f"{split}.bio").read_text("utf-8").splitlines()
        ):
            if not line.strip():
                if cur:
                    names.append("".join(cur))
                cur = []
                continue
            tok, tag = line.split("\t")
            if tag == "B-PERSON":
                if cur:
                    names.append("".join(cur))
                cur = [tok]
            elif tag == "I-PERSON" and cur:
                cur.append(tok)
            else:
                if cur:
                    names.append("".join(cur))
                cur = []
    return sorted(set(names))


def stockmark_persons() -> list[str]:
    data = json.loads((DATA / "stockmark-ner-wikipedia" / "ner.json").read_text("utf-8"))
    return sorted({e["name"] for d in data for e in d["entities"] if e["type"] == "人名"})


def gimei():
    txt = (DATA / "gimei-synthetic-source" / "names.yml").read_text("utf-8")
    sec, out = None, {"last": [], "male": [], "female": []}
    for line in txt.splitlines():
        s = line.strip()
        if s.startswith("last_name"):
            sec = "last"
        elif s.startswith("male:"):
            sec = "male"
        elif s.startswith("female:"):
            sec = "female"
        elif s.startswith("- [") and sec:
            out[sec].append(re.findall(r"'([^']*)'", s))
    return out


def gimei_towns() -> list[str]:
    txt = (DATA / "gimei-synthetic-source" / "addresses.yml").read_text("utf-8")
    part = txt.split("  town:")[1]
    towns = [
        re.findall(r"'([^']*)'", ln)[0] for ln in part.splitlines() if ln.strip().startswith("- [")
    ]
    # keep plain town names (no parks/stations etc.)
    return [t for t in towns if re.fullmatch(KANJI + r"{1,5}(町|台|丘|野|原|田|川|沢|島|本町)?", t)]


UD = ud_persons()
SM = stockmark_persons()
TOWNS = gimei_towns()
G = gimei()

# full kanji names (3–5 kanji) and surname-like 2-kanji strings from the corpora
BAD_NAME = set("王帝皇世公卿院宮祖")
# gimei's 500 common surnames are used only as a filter, so that corpus strings are real
# person names in surname+given form (not titles, nicknames or mis-tagged spans).
COMMON_SUR = {row[0] for row in G["last"]}


def _full(n: str) -> bool:
    return (
        re.fullmatch(KANJI + "{3,5}", n) is not None
        and not (set(n) & BAD_NAME)
        and any(n.startswith(s) and 1 <= len(n) - len(s) <= 3 for s in COMMON_SUR)
    )


UD_FULL = [n for n in UD if _full(n)]
SM_FULL = [n for n in SM if _full(n)]
# 2-kanji surnames attested in the corpora: standalone PERSON spans that also begin a full name there
_STARTS = {n[:2] for n in UD + SM if re.fullmatch(KANJI + "{3,5}", n)}
UD_SUR = [
    n
    for n in UD + SM
    if re.fullmatch(KANJI + "{2}", n) and n in _STARTS and not (set(n) & BAD_NAME)
]
UD_SUR = sorted(set(UD_SUR))
KATA_FOREIGN = [n for n in UD + SM if re.fullmatch(r"[ァ-ヴー]{2,8}・[ァ-ヴー]{2,8}", n)]
LATIN_SM = [n for n in SM if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", n)]

INVENTED_SUR = [
    "小鳥遊",
    "勅使河原",
    "東海林",
    "一ノ瀬",
    "薬袋",
    "御手洗",
    "百目鬼",
    "我妻",
    "左右田",
    "栗花落",
    "五百旗頭",
    "仁平",
    "帷子",
    "鰐部",
    "臼井",
    "纐纈",
    "蕪木",
    "釼持",
    "髙橋",
    "﨑山",
    "渡邊",
    "齋藤",
]
INVENTED_GIVEN = [
    "さくら",
    "ひなた",
    "あおい",
    "つばさ",
    "ゆい",
    "みのり",
    "こはる",
    "カオル",
    "ジュン",
    "エミ",
    "光太郎",
    "宗一郎",
    "千尋",
    "瑛士",
    "凜",
    "詩織",
    "與志夫",
    "ヨシ",
    "きみ子",
    "ハル",
]
FOREIGN_KANA = [
    "グエン・ヴァン・ナム",
    "マリア・サントス",
    "キム・ミンジュン",
    "ラメシュ・クマール",
    "アナ・シルヴァ",
    "チャン・ティ・ラン",
    "ジョン・スミス",
    "エミリー・ブラウン",
    "ワン・ウェイ",
    "ホセ・ガルシア",
]
FOREIGN_LATIN = [
    "Nguyen Van Nam",
    "Maria Santos",
    "Kim Min-jun",
    "Ramesh Kumar",
    "Ana Silva",
    "Tran Thi Lan",
    "John Smith",
    "Emily Brown",
    "Wang Wei",
    "Jose Garcia",
    "Olga Petrova",
    "Ahmed Hassan",
]
CHINESE_KANJI = ["王 偉", "李 秀英", "張 敏", "劉 洋", "陳 静"]


def full_name() -> str:
    r = R.random()
    if r < 0.30 and UD_FULL:
        return R.choice(UD_FULL)
    if r < 0.50 and SM_FULL:
        return R.choice(SM_FULL)
    if r < 0.65:
        return R.choice(INVENTED_SUR) + R.choice(["", " ", "　"]) + R.choice(INVENTED_GIVEN)
    if r < 0.85:
        g = R.choice(G["male"] + G["female"])
        return R.choice(UD_SUR) + R.choice(["", " ", "　"]) + g[0]
    ln, g = R.choice(G["last"]), R.choice(G["male"] + G["female"])
    return ln[0] + R.choice(["", " ", "　"]) + g[0]


def sur_of(n: str) -> str:
    """The surname part of a full name (longest known surname prefix), else the whole name."""
    parts = n.replace("　", " ").split(" ")
    if len(parts) > 1:
        return parts[0]
    known = sorted(
        (x for x in COMMON_SUR | set(INVENTED_SUR) if n.startswith(x) and len(n) > len(x)), key=len
    )
    return known[-1] if known else n


def surname() -> str:
    r = R.random()
    if r < 0.5:
        return R.choice(UD_SUR)
    if r < 0.75:
        return R.choice(INVENTED_SUR)
    return R.choice(G["last"])[0]


def gimei_person():
    ln, g = R.choice(G["last"]), R.choice(G["male"] + G["female"])
    return ln, g  # each [kanji, hira, kata, romaji]


def romaji_name() -> str:
    ln, g = gimei_person()
    style = R.choice(["given_sur", "SUR_given", "Sur, Given"])
    if style == "given_sur":
        return f"{g[3]} {ln[3]}"
    if style == "SUR_given":
        return f"{ln[3].upper()} {g[3]}"
    return f"{ln[3]}, {g[3]}"


# --------------------------------------------------------------------------- addresses
PREF_CITY = [
    ("北海道", "札幌市中央区"),
    ("北海道", "旭川市"),
    ("青森県", "弘前市"),
    ("岩手県", "盛岡市"),
    ("宮城県", "仙台市青葉区"),
    ("秋田県", "横手市"),
    ("山形県", "鶴岡市"),
    ("福島県", "郡山市"),
    ("茨城県", "つくば市"),
    ("栃木県", "宇都宮市"),
    ("群馬県", "高崎市"),
    ("埼玉県", "川越市"),
    ("千葉県", "船橋市"),
    ("東京都", "世田谷区"),
    ("東京都", "八王子市"),
    ("神奈川県", "横浜市港北区"),
    ("新潟県", "長岡市"),
    ("富山県", "高岡市"),
    ("石川県", "金沢市"),
    ("長野県", "松本市"),
    ("岐阜県", "大垣市"),
    ("静岡県", "浜松市中央区"),
    ("愛知県", "名古屋市昭和区"),
    ("三重県", "津市"),
    ("滋賀県", "彦根市"),
    ("京都府", "京都市左京区"),
    ("大阪府", "堺市北区"),
    ("兵庫県", "姫路市"),
    ("奈良県", "橿原市"),
    ("和歌山県", "田辺市"),
    ("岡山県", "倉敷市"),
    ("広島県", "福山市"),
    ("山口県", "下関市"),
    ("香川県", "丸亀市"),
    ("愛媛県", "今治市"),
    ("福岡県", "久留米市"),
    ("長崎県", "佐世保市"),
    ("熊本県", "八代市"),
    ("鹿児島県", "霧島市"),
    ("沖縄県", "浦添市"),
    ("長野県", "上田市"),
    ("福岡県", "北九州市小倉北区"),
    ("岡山県", "岡山市北区"),
]
GUN_TOWN = [
    ("長野県", "北佐久郡軽井沢町"),
    ("福岡県", "糟屋郡篠栗町"),
    ("岡山県", "苫田郡鏡野町"),
    ("北海道", "虻田郡倶知安町"),
    ("熊本県", "阿蘇郡小国町"),
    ("新潟県", "南魚沼郡湯沢町"),
]
AZA = ["大字中山", "大字上野", "字北原", "大字新田字東", "大字本郷", "字下川原"]
BUILDINGS = [
    "コーポ桜",
    "メゾン・ド・ソレイユ",
    "グリーンハイツ",
    "第二松葉荘",
    "サンライズマンション",
    "レジデンス城北",
    "ハイツ若葉",
    "市営住宅3号棟",
    "県営大池団地",
    "パークサイド長野",
]
DASHES = ["-", "－", "‐", "―", "ー", "−"]
ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s: str) -> str:
    return s.translate(ZEN)


def address(short: bool = False) -> str:
    r = R.random()
    pref, city = R.choice(PREF_CITY)
    town = R.choice(TOWNS)
    ch, bn, go = R.randint(1, 9), R.randint(1, 40), R.randint(1, 30)
    if r < 0.08:  # Hokkaido 条
        a = f"北海道札幌市{R.choice(['中央区', '白石区', '豊平区'])}{R.choice(['北', '南', '東'])}{R.randint(1, 25)}条{R.choice(['西', '東'])}{R.randint(1, 20)}丁目{R.randint(1, 20)}-{R.randint(1, 30)}"
    elif r < 0.18:  # 郡/大字/字/番地
        p, t = R.choice(GUN_TOWN)
        a = f"{p}{t}{R.choice(AZA)}{R.randint(1, 3000)}番地" + (
            f"{R.randint(1, 9)}" if R.random() < 0.3 else ""
        )
    elif r < 0.38:
        a = f"{pref}{city}{town}{ch}丁目{bn}番{go}号"
    elif r < 0.55:
        d = R.choice(DASHES)
        a = f"{pref}{city}{town}{ch}{d}{bn}{d}{go}"
    elif r < 0.65:
        a = zen(f"{pref}{city}{town}{ch}-{bn}-{go}").replace("-", "－")
    elif r < 0.80:  # no prefecture
        a = f"{city}{town}{ch}丁目{bn}-{go}"
    else:
        a = f"{pref}{city}{town}{bn}番地{go}"
    if not short and R.random() < 0.35:
        a += (
            R.choice(["", " ", "　"])
            + R.choice(BUILDINGS)
            + f"{R.randint(1, 9)}0{R.randint(1, 9)}号室"
        )
    return a


# --------------------------------------------------------------------------- numbers
def my_number() -> str:
    d = [R.randint(0, 9) for _ in range(11)]
    s = 0
    for n in range(1, 12):  # n = position from the right among the first 11 digits
        q = n + 1 if n <= 6 else n - 5
        s += d[11 - n] * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    digits = "".join(map(str, d)) + str(c)
    f = R.random()
    if f < 0.35:
        return digits
    if f < 0.65:
        return f"{digits[:4]} {digits[4:8]} {digits[8:]}"
    if f < 0.85:
        return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
    return zen(digits)


def luhn_card() -> str:
    prefix = R.choice(["4", "51", "52", "35", "37"])
    length = 15 if prefix == "37" else 16
    body = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    tot = 0
    for i, dgt in enumerate(reversed(body)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    digits = "".join(map(str, body)) + str((10 - tot % 10) % 10)
    f = R.random()
    if length == 15:
        return f"{digits[:4]} {digits[4:10]} {digits[10:]}"
    groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    if f < 0.4:
        return " ".join(groups)
    if f < 0.7:
        return "-".join(groups)
    if f < 0.85:
        return digits
    return zen("-".join(groups)).replace("-", "－")


def phone() -> str:
    kind = R.random()
    d = R.choice(DASHES[:4])
    if kind < 0.3:
        p = (
            R.choice(["090", "080", "070"]),
            f"{R.randint(1000, 9999)}",
            f"{R.randint(0, 9999):04d}",
        )
    elif kind < 0.55:
        p = (
            R.choice(["03", "06", "011", "022", "052", "092"]),
            f"{R.randint(1000, 9999)}",
            f"{R.randint(0, 9999):04d}",
        )
        if len(p[0]) == 3:
            p = (p[0], p[1][:3], p[2])
    else:
        p = (
            R.choice(["0263", "0466", "0285", "0977", "0126"]),
            f"{R.randint(10, 99)}",
            f"{R.randint(0, 9999):04d}",
        )
    f = R.random()
    if f < 0.35:
        return d.join(p)
    if f < 0.45:
        return f"({p[0]}){p[1]}-{p[2]}"
    if f < 0.55:
        return f"{p[0]}({p[1]}){p[2]}"
    if f < 0.68:
        return (
            "+81-" + p[0][1:] + "-" + p[1] + "-" + p[2]
            if R.random() < 0.5
            else "+81 " + p[0][1:] + " " + p[1] + " " + p[2]
        )
    if f < 0.80:
        return zen(d.join(p)).replace(d, R.choice(["－", "ー", "‐"]))
    if f < 0.9:
        return "".join(p)
    return f"{p[0]} {p[1]} {p[2]}"


def postal() -> str:
    a, b = R.randint(0, 999), R.randint(0, 9999)
    f = R.random()
    if f < 0.5:
        return f"{a:03d}-{b:04d}"
    if f < 0.7:
        return zen(f"{a:03d}－{b:04d}")
    if f < 0.85:
        return f"{a:03d}{b:04d}"
    return f"{a:03d}{R.choice(['ー', '‐', '−'])}{b:04d}"


def postal_with_mark() -> str:
    """Returns marked text: optional 〒 outside the gold span."""
    return R.choice(["〒", "〒", "〒 ", "郵便番号 ", "〒"]) + m("POSTAL_CODE", postal())


ROMA_LOCAL = [
    "yamada",
    "k.sato",
    "tanaka_h",
    "m-suzuki",
    "hana.watanabe",
    "ito1978",
    "nakamura.ken",
    "kobayashi-family",
    "yoshida.a",
    "s.kato",
]
DOMAINS = [
    "example.jp",
    "mail.example.ne.jp",
    "city.example.lg.jp",
    "gmail.com",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "yahoo.co.jp",
    "outlook.jp",
    "icloud.com",
]


def email() -> str:
    return f"{R.choice(ROMA_LOCAL)}{R.choice(['', str(R.randint(1, 99))])}@{R.choice(DOMAINS)}"


ERAS = [("昭和", "S", 1926), ("平成", "H", 1989), ("令和", "R", 2019)]


def birth() -> str:
    f = R.random()
    y, mo, dd = R.randint(1935, 2015), R.randint(1, 12), R.randint(1, 28)
    if y >= 1989:
        era, ab, base = "平成", "H", 1988
    else:
        era, ab, base = "昭和", "S", 1925
    ey = y - base
    eys = "元" if ey == 1 else str(ey)
    if f < 0.25:
        return f"{era}{eys}年{mo}月{dd}日"
    if f < 0.40:
        return f"{ab}{ey}.{mo}.{dd}"
    if f < 0.55:
        return f"{y}年{mo}月{dd}日"
    if f < 0.65:
        return f"{y}/{mo:02d}/{dd:02d}"
    if f < 0.75:
        return (
            zen(f"{era}{ey}年{mo}月{dd}日").replace(zen(str(ey)), zen(str(ey)))
            if ey != 1
            else f"{era}元年{zen(str(mo))}月{zen(str(dd))}日"
        )
    if f < 0.85:
        return f"{y}-{mo:02d}-{dd:02d}"
    return f"{era}{eys}.{mo}.{dd}"


def child_birth() -> str:
    y, mo, dd = R.randint(2019, 2023), R.randint(1, 12), R.randint(1, 28)
    ey = y - 2018
    return R.choice(
        [
            f"令和{'元' if ey == 1 else ey}年{mo}月{dd}日",
            f"R{ey}.{mo}.{dd}",
            f"{y}年{mo}月{dd}日",
            zen(f"令和{ey}年{mo}月{dd}日"),
        ]
    )


def birth_en() -> str:
    y, mo, dd = R.randint(1940, 2010), R.randint(1, 12), R.randint(1, 28)
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
    return R.choice(
        [
            f"{dd} {months[mo - 1]} {y}",
            f"{months[mo - 1]} {dd}, {y}",
            f"{y}-{mo:02d}-{dd:02d}",
            f"{mo:02d}/{dd:02d}/{y}",
        ]
    )


def bank_acct() -> str:
    return f"{R.randint(0, 9999999):07d}"


BANKS = [
    "みずほ銀行",
    "三井住友銀行",
    "ゆうちょ銀行",
    "八十二銀行",
    "福岡銀行",
    "中国銀行",
    "北洋銀行",
    "静岡銀行",
    "〇〇信用金庫",
    "JAながの",
]
BRANCH = [
    "本店",
    "駅前支店",
    "松本支店",
    "長野中央支店",
    "岡山南支店",
    "博多支店",
    "中野支店",
    "城東支店",
]


def pension() -> str:
    a, b = R.randint(1000, 9999), R.randint(0, 999999)
    return R.choice([f"{a}-{b:06d}", f"{a}{b:06d}", f"{a} {b:06d}"])


def insurance() -> str:
    return R.choice(
        [
            f"{R.randint(0, 9999999999):010d}",
            f"{R.randint(10000000, 99999999)}",
            f"{R.randint(0, 99999999):08d}",
        ]
    )


def license_no() -> str:
    return f"{R.choice([30, 45, 50, 62, 71, 90])}{R.randint(0, 9999999999):010d}"


def passport() -> str:
    return f"{R.choice(['TK', 'TR', 'MZ', 'TZ', 'AA', 'RE'])}{R.randint(0, 9999999):07d}"


def ipv4() -> str:
    return R.choice(
        [
            f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
            f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
            f"203.0.113.{R.randint(1, 254)}",
            f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        ]
    )


def ipv6() -> str:
    return R.choice(
        [
            f"2001:db8::{R.randint(1, 0xFFFF):x}",
            f"2001:0db8:{R.randint(0, 0xFFFF):04x}:0000:0000:0000:0000:{R.randint(1, 0xFFFF):04x}",
            f"fe80::{R.randint(1, 0xFFFF):x}:{R.randint(1, 0xFFFF):x}",
        ]
    )


# --------------------------------------------------------------------------- negatives
def corp_no() -> str:
    return f"{R.randint(1, 9)}{R.randint(0, 999999999999):012d}"


def case_no() -> str:
    return R.choice(
        [
            f"第{R.randint(2019, 2025)}-{R.randint(1, 99999):05d}号",
            f"受付番号 R6-{R.randint(100, 9999)}",
            f"ケース番号 {R.randint(2023, 2025)}{R.randint(0, 9999):04d}",
            f"整理番号：{R.randint(100000, 999999)}",
        ]
    )


def amount() -> str:
    return R.choice(
        [
            f"¥{R.randint(1, 999):,}{R.randint(0, 999):03d}",
            f"{R.randint(1, 99):,}万{R.randint(1, 9)}千円",
            f"{R.randint(1000, 900000):,}円",
            f"金{R.randint(10000, 999999):,}円也",
        ]
    )


def meeting_date() -> str:
    return R.choice(
        [
            f"令和{R.randint(5, 7)}年{R.randint(1, 12)}月{R.randint(1, 28)}日",
            f"{R.randint(2023, 2025)}年{R.randint(1, 12)}月{R.randint(1, 28)}日（{R.choice('月火水木金')}）",
            f"{R.randint(1, 12)}/{R.randint(1, 28)}",
            f"令和{R.randint(5, 7)}年度",
        ]
    )


ORG_NEG = [
    "田中工業株式会社",
    "山田町役場",
    "佐藤整形外科クリニック",
    "株式会社鈴木商店",
    "高橋建設株式会社",
    "伊藤園",
    "松本市役所",
    "長野赤十字病院",
    "岡山大学病院",
    "福岡銀行",
    "中村屋",
    "渡辺歯科医院",
    "小林製薬",
    "吉田町社会福祉協議会",
    "NPO法人ひまわり会",
    "木村家ベーカリー",
    "加藤ストアー",
    "斎藤電機",
    "清水市民病院",
    "森永乳業",
    "本田技研工業",
    "豊田自動織機",
    "松下記念病院",
    "石川県立中央病院",
    "松本城",
    "長野駅前商店街",
    "岡山駅",
    "福岡空港",
    "上田城跡公園",
    "田中委員会",
    "山本ビル管理組合",
    "池田小学校",
    "中島公民館",
    "藤田観光",
    "井上眼科",
]
PLACE_NEG = [
    "福岡",
    "長野",
    "岡山",
    "松本",
    "上田",
    "大垣",
    "高崎",
    "浜松",
    "津",
    "堺",
    "今治",
    "霧島",
    "新潟",
    "金沢",
]
PRODUCT_NEG = [
    "Windows 11",
    "iPhone 15",
    "Excel",
    "Teams",
    "一太郎",
    "マイナポータル",
    "LGWAN",
    "ぴあ",
    "ポカリスエット",
    "カローラ",
    "プリウス",
    "アクエリアス",
]
TITLE_NEG = [
    "課長",
    "係長",
    "主査",
    "主任",
    "部長",
    "所長",
    "ケースワーカー",
    "保健師",
    "民生委員",
    "相談員",
    "担当",
]


def neg_org():
    return R.choice(ORG_NEG)


def neg_place():
    return R.choice(PLACE_NEG)


# --------------------------------------------------------------------------- document templates
DOCS: list[dict] = []


def add(lang: str, style: str, marked: str) -> None:
    text, ents = parse(marked)
    DOCS.append(
        {
            "id": f"h{len(DOCS) + 1:03d}",
            "lang": lang,
            "style": style,
            "text": text,
            "entities": ents,
        }
    )


def hon(name: str) -> str:
    return P(name) + R.choice(["様", "さん", "氏", " 様", "", "さま"])


def seikatsuhogo():
    n, sp = full_name(), surname()
    child = R.choice(INVENTED_GIVEN + [g[1] for g in R.sample(G["female"], 3)])
    staff = surname()
    adr = address()
    dob = birth()
    hid = R.choice(["昭和", "平成"])
    s = (
        f"【生活保護 相談記録】{case_no()}\n"
        f"相談日：{meeting_date()}　面接員：{staff and P(staff)}（{R.choice(TITLE_NEG)}）\n"
        f"相談者：{P(n)}（{m('BIRTH_DATE', dob)}生）\n"
        f"住所：{postal_with_mark()} {A(adr)}\n"
        f"連絡先：{m('PHONE', phone())}\n\n"
        f"主訴：{R.choice(['勤務先の', '以前勤めていた'])}{neg_org()}を{R.choice(['5月', '6月', '昨年'])}に退職し、収入が途絶えた。"
        f"長女の{P(child)}（{R.randint(6, 15)}歳）と二人暮らし。{neg_place()}に住む兄の{P(sp)}からは援助が望めないとのこと。"
        f"家賃は月額{amount()}で、{R.choice(['2か月', '3か月'])}分を滞納している。\n"
        f"預金：{R.choice(BANKS)}{R.choice(BRANCH)} 普通預金 口座番号{m('BANK_ACCOUNT', bank_acct())}（残高{amount()}）。\n"
        f"所見：{P(n.split()[0] if ' ' in n else n)}は{R.choice(['持病の腰痛があり', '精神的に不安定で', '就労意欲はあるが'])}、"
        f"{R.choice(['ハローワーク', '地域包括支援センター', '社会福祉協議会'])}と連携する。次回面接は{meeting_date()}。{hid}からの記録は別紙。"
    )
    add("ja", "生活保護相談記録", s)


def kaigo():
    ln, g = gimei_person()
    appl = surname() + R.choice(["", " "]) + R.choice(INVENTED_GIVEN)
    ins = insurance()
    s = (
        f"介護保険　要介護・要支援認定申請書（{meeting_date()}受付）\n"
        f"被保険者番号\t{m('INSURANCE_NUMBER', ins)}\n"
        f"フリガナ\t{P(ln[2] + ' ' + g[2])}\n"
        f"氏名\t{P(ln[0] + '　' + g[0])}\n"
        f"生年月日\t{m('BIRTH_DATE', birth())}\n"
        f"住所\t{postal_with_mark()}　{A(address())}\n"
        f"電話番号\t{m('PHONE', phone())}\n"
        f"個人番号\t{m('MY_NUMBER', my_number())}\n"
        f"主治医\t{R.choice([*ORG_NEG[2:3], '井上眼科', '清水市民病院', '長野赤十字病院'])}　{P(surname())}医師\n"
        f"申請代行者\t{P(appl)}（長男の妻）　続柄：子の配偶者\n"
        f"備考\t{R.choice(['本人は', '申請者の'])}{P(ln[0])}さんは{meeting_date()}に{neg_place()}の病院を退院予定。"
        f"担当ケアマネジャーは{neg_org()}の{P(surname())}。\n"
    )
    add("ja", "介護保険申請", s)


def tainou():
    n = full_name()
    sur = sur_of(n)
    s = (
        f"件名：固定資産税の滞納について（{case_no()}）\n\n"
        f"{meeting_date()}、{P(n)}氏が納税課窓口に来庁。{R.choice(['令和5年度', '令和6年度'])}分の固定資産税{amount()}が未納。"
        f"{P(sur)}氏によれば、経営する{neg_org()}の資金繰りが悪化したとのこと（法人番号 {corp_no()}）。"
        f"分割納付を希望し、毎月{amount()}を{R.choice(BANKS)} {R.choice(BRANCH)} 普通 {m('BANK_ACCOUNT', bank_acct())} から口座振替とする。"
        f"本人確認は運転免許証（番号 {m('DRIVER_LICENSE', license_no())}）で行った。"
        f"連絡先は携帯 {m('PHONE', phone())}、メール {m('EMAIL', email())}。"
        f"自宅住所 {A(address())} の差押えは当面見合わせる（{R.choice(TITLE_NEG)}決裁済み）。\n"
        f"対応者：納税課 {P(surname())}"
    )
    add("ja", "税滞納相談", s)


def school():
    pn = full_name()
    child_g = R.choice(INVENTED_GIVEN + [g[0] for g in R.sample(G["male"], 2)])
    teacher = surname()
    s = (
        f"件名：【{R.choice(['池田小学校', '中島中学校', '松本第一小学校'])}】{R.choice(['校外学習', '保護者面談', '防犯訓練'])}のお知らせ\n\n"
        f"{P(pn)} 様\n\n"
        f"いつもお世話になっております。{R.randint(1, 6)}年{R.randint(1, 4)}組担任の{P(teacher)}です。"
        f"{meeting_date()}の{R.choice(['校外学習', '保護者面談'])}について、{P(child_g)}さんの{R.choice(['参加票', 'アレルギー調査票'])}がまだ届いておりません。"
        f"行き先は{neg_place()}市内の{R.choice(['科学館', '動物園', '浄水場'])}で、参加費{amount()}は{R.choice(['5月', '6月', '7月'])}の学年費から引き落とします。"
        f"緊急連絡先が{m('PHONE', phone())}から変更になっている場合はお知らせください。\n"
        f"ご不明の点は{P(teacher)}（{m('EMAIL', email())}）までお問い合わせください。\n"
    )
    add("ja", "学校連絡", s)


def juminhyo():
    n, req = full_name(), full_name()
    s = (
        f"拝啓　{R.choice(['新緑の候', '盛夏の候', '秋冷の候', '寒冷の候'])}、貴職におかれましては益々ご清祥のこととお慶び申し上げます。\n"
        f"さて、下記の者の住民票の写しを{R.randint(1, 3)}通交付くださるよう請求いたします。\n\n記\n"
        f"１．請求対象者　{P(n)}（{m('BIRTH_DATE', birth())}生）\n"
        f"２．住所　{A(address())}\n"
        f"３．請求者　{P(req)}　（弁護士　登録番号{R.randint(10000, 59999)}）\n"
        f"４．請求者住所　{postal_with_mark()}　{A(address())}\n"
        f"５．利用目的　{R.choice(['相続手続', '訴訟提起', '債権回収'])}のため（{neg_org()}との契約）\n"
        f"６．手数料　{amount()}（定額小為替）\n\n"
        f"連絡先：{m('PHONE', phone())}\n"
        f"敬具\n{meeting_date()}\n{R.choice(PLACE_NEG)}市長　殿"
    )
    add("ja", "住民票請求", s)


def douro():
    n = full_name()
    s = (
        f"From: {m('EMAIL', email())}\nTo: 道路維持課\n件名：道路の陥没について（苦情）\n\n"
        f"道路維持課 御中\n\n"
        f"{A(address(short=True))}に住んでいる{P(n)}と申します。"
        f"自宅前の市道（{neg_place()}方面へ向かう県道{R.randint(10, 300)}号線との交差点付近）に大きな穴があり、"
        f"{R.choice(['昨日', '先週', '今朝'])}自転車で通った{R.choice(['娘', '近所の方', '母'])}が転倒しました。"
        f"{R.choice(['前にも', '昨年も'])}{P(surname())}さんという職員の方に電話しましたが、直っていません。"
        f"{neg_org()}の工事車両が毎日通るせいだと思います。"
        f"至急対応してください。写真は{R.choice(['添付', 'LINE'])}で送れます。\n\n"
        f"{P(n)}\n携帯：{m('PHONE', phone())}"
    )
    add("ja", "道路苦情メール", s)


def bousai():
    rows = []
    for i in range(R.randint(5, 9)):
        n = full_name()
        ph = m("PHONE", phone()) if R.random() < 0.7 else "（なし）"
        rows.append(
            f"{i + 1}\t{P(n)}\t{R.choice(['1班', '2班', '3班'])}\t{R.choice(['出席', '欠席', '未定'])}\t{ph}\t"
            f"{R.choice(['', '車椅子使用', '要支援者の付添', '消火器担当', neg_org() + '勤務'])}"
        )
    s = (
        f"{R.choice(['令和6年度', '令和7年度'])} {R.choice(['東町', '第三', '若葉台'])}自治会 防災訓練 出欠表（{meeting_date()}実施）\n"
        "No\t氏名\t班\t出欠\t連絡先\t備考\n"
        + "\n".join(rows)
        + f"\n集合場所：{R.choice(ORG_NEG[-5:])}　責任者：自治会長 {P(surname())}"
    )
    add("ja", "防災訓練出欠表", s)


def meibo():
    rows = []
    for _ in range(R.randint(5, 8)):
        ln, g = gimei_person()
        local = f"{ln[3].lower()}-{g[3][0].lower()}"
        rows.append(
            f"{R.choice(['福祉課', '税務課', '市民課', '道路維持課', '教育総務課'])},{R.choice(TITLE_NEG)},"
            f"{P(ln[0] + ' ' + g[0])},{P(ln[2] + ' ' + g[2])},{m('EMAIL', local + '@city.example.lg.jp')},"
            f"{m('PHONE', phone()) if R.random() < 0.5 else '内線' + str(R.randint(2000, 2999))}"
        )
    s = f"職員名簿（{meeting_date()}現在）\n課,職,氏名,フリガナ,メール,直通\n" + "\n".join(rows)
    add("ja", "職員名簿CSV", s)


def en_mail_foreign():
    who = R.choice(FOREIGN_LATIN)
    staff_ln, staff_g = gimei_person()
    s = (
        f"Subject: Your resident registration at {R.choice(['Matsumoto', 'Nagano', 'Okayama', 'Fukuoka'])} City Hall\n\n"
        f"Dear {R.choice(['Mr. ', 'Ms. ', ''])}{P(who)},\n\n"
        f"Thank you for visiting the Citizens Division on {R.choice(['May', 'June', 'April'])} {R.randint(1, 28)}. "
        f"We have received your moving-in notification. Your new address is registered as {A(address())}. "
        f"Your residence card number and passport ({m('PASSPORT', passport())}) were checked at the counter.\n"
        f"Your My Number notification card will be sent by registered mail within {R.randint(2, 4)} weeks. "
        f"For the National Health Insurance, please bring your bank book ({R.choice(BANKS)}, account {m('BANK_ACCOUNT', bank_acct())}).\n"
        f"If you need an interpreter, {R.choice(['Ms.', 'Mr.'])} {P(staff_ln[3])} of our team speaks English. "
        f"Our counter is open on weekdays from 8:30 to 17:15.\n\n"
        f"Best regards,\n{P(staff_g[3] + ' ' + staff_ln[3])}\nCitizens Division, {R.choice(['Matsumoto', 'Nagano'])} City Hall\n"
        f"{m('EMAIL', staff_ln[3].lower() + '.' + staff_g[3].lower() + '@city.example.lg.jp')}"
    )
    add("en", "英文外国人住民メール", s)


def gijiroku():
    att = [full_name() for _ in range(R.randint(4, 7))]
    chair = surname()
    s = (
        f"{R.choice(['第3回', '第12回', '令和6年度第1回'])}　地域福祉推進委員会　議事録\n"
        f"日時：{meeting_date()} 14:00〜16:00　場所：{R.choice(['中島公民館', '市役所本庁舎5階会議室', '長野駅前会館'])}\n"
        f"出席者：" + "、".join(P(a) + R.choice(["", "委員", "（会長）"]) for a in att) + "\n"
        f"欠席者：{P(full_name())}\n事務局：福祉課 {P(surname())}係長、{P(surname())}主事\n\n"
        f"１．開会　{P(chair)}会長より挨拶。\n"
        f"２．議事\n（１）{R.choice(['令和6年度', '令和7年度'])}事業計画について\n"
        f"{P(att[0].split()[0] if ' ' in att[0] else att[0])}委員：{neg_org()}との連携はどうなっているか。"
        f"予算{amount()}の内訳を示してほしい。\n"
        f"事務局：{neg_place()}地区の見守り事業に充てる。詳細は次回報告する。\n"
        f"{P(surname())}委員から、{R.choice(['田中委員会', '山本ビル管理組合', 'NPO法人ひまわり会'])}の活動報告があった。\n"
        f"３．閉会　次回は{meeting_date()}。"
    )
    add("ja", "議事録", s)


def en_casenote():
    who = R.choice(FOREIGN_LATIN + [romaji_name() for _ in range(3)])
    s = (
        f"CASE NOTE — {case_no()}\n"
        f"Client: {P(who)}   DOB: {m('BIRTH_DATE', birth_en())}\n"
        f"Address: {A(address())}\nPhone: {m('PHONE', phone())}   E-mail: {m('EMAIL', email())}\n\n"
        f"{R.choice(['Client', 'She', 'He'])} came to the counter with {R.choice(['her son', 'a friend', 'an interpreter'])}, "
        f"{P(R.choice([*FOREIGN_LATIN, 'Ken', 'Yuki', 'Aiko']))}, asking about the child allowance. "
        f"Employer: {neg_org()} ({R.choice(['Fukuoka', 'Nagano', 'Okayama'])} branch). Monthly income approx. {amount()}. "
        f"Pension no. {m('PENSION_NUMBER', pension())} confirmed from the pension book. "
        f"Referred to {R.choice(['Mr.', 'Ms.'])} {P(R.choice(G['last'])[3])} at the Child Support Section. "
        f"Follow-up meeting scheduled for {R.choice(['May', 'June', 'July'])} {R.randint(1, 28)}."
    )
    add("en", "English case note", s)


def nenkin():
    n = full_name()
    s = (
        f"年金相談受付票\n受付日：{meeting_date()}　受付番号：{R.randint(1000, 9999)}\n"
        f"相談者氏名：{P(n)}　様\n生年月日：{m('BIRTH_DATE', birth())}\n"
        f"基礎年金番号：{m('PENSION_NUMBER', pension())}\n"
        f"住所：{A(address())}\nTEL：{m('PHONE', phone())}\n"
        f"相談内容：{R.choice(['遺族年金', '障害年金', '老齢年金の繰下げ'])}について。夫の{P(surname())}（{R.choice(['昭和', '平成'])}の頃に{neg_org()}に勤務）"
        f"が{meeting_date()}に死亡。年金事務所（{neg_place()}）への同行を希望。振込先は{R.choice(BANKS)}{R.choice(BRANCH)}　普通　{m('BANK_ACCOUNT', bank_acct())}。"
    )
    add("ja", "年金相談", s)


def honnin_kakunin():
    n = full_name()
    s = (
        f"本人確認記録（窓口）\n"
        f"確認日時：{meeting_date()} {R.randint(9, 16)}:{R.randint(0, 59):02d}\n"
        f"来庁者：{P(n)}\n"
        f"確認書類：{R.choice(['運転免許証', '旅券', '運転免許証及び健康保険証'])}\n"
        f"免許証番号：{m('DRIVER_LICENSE', license_no())}\n"
        f"旅券番号：{m('PASSPORT', passport())}\n"
        f"健康保険 被保険者番号：{m('INSURANCE_NUMBER', insurance())}\n"
        f"マイナンバー：{m('MY_NUMBER', my_number())}（通知カードにて確認）\n"
        f"手続：{R.choice(['転入届', '印鑑登録', '戸籍謄本の交付'])}　手数料{amount()}\n"
        f"取扱者：市民課 {P(surname())}（{R.choice(TITLE_NEG)}）　※{neg_org()}からの照会（法人番号{corp_no()}）とは別件"
    )
    add("ja", "本人確認記録", s)


def it_log():
    user = surname()
    s = (
        f"【情報システム課】不審アクセス調査メモ {case_no()}\n"
        f"{meeting_date()} 09:12 職員 {P(user)}（{R.choice(['税務課', '福祉課'])}）の端末（資産番号 PC-{R.randint(1000, 9999)}, IP {m('IP_ADDRESS', ipv4())}）から"
        f"外部サーバ {m('IP_ADDRESS', ipv4())} への通信を検知。{R.choice(PRODUCT_NEG[:3])}のバージョン 10.0.{R.randint(19000, 22999)}.{R.randint(1000, 4000)}、"
        f"IPv6 アドレス {m('IP_ADDRESS', ipv6())} も記録あり。\n"
        f"{P(user)}さんへのヒアリング：{R.choice(['マイナポータル', 'LGWAN', 'Teams'])}の更新通知と誤認してクリックしたとのこと。"
        f"送信元メール {m('EMAIL', email())}。被害額{amount()}（想定）。\n対応：{R.choice(TITLE_NEG)} {P(full_name())} が端末隔離を指示。"
    )
    add("ja", "ITログメモ", s)


def card_payment():
    n = romaji_name() if R.random() < 0.5 else full_name()
    s = (
        f"ふるさと納税 寄附申込書（{R.choice(['郵送', 'FAX'])}受付）\n"
        f"寄附者：{P(n)}\n住所：{postal_with_mark()} {A(address())}\n電話：{m('PHONE', phone())}\n"
        f"寄附金額：{amount()}\n支払方法：クレジットカード\nカード番号：{m('CREDIT_CARD', luhn_card())}\n"
        f"有効期限：{R.randint(1, 12):02d}/{R.randint(26, 30)}\n"
        f"返礼品：{R.choice(['信州りんご5kg', '岡山白桃', '博多もつ鍋セット'])}（{neg_org()}提供、商品コード {R.randint(100000, 999999)}）\n"
        f"ワンストップ特例申請：{R.choice(['有', '無'])}　個人番号 {m('MY_NUMBER', my_number())}"
    )
    add("ja", "寄附申込書", s)


def news_like():
    sm = [n for n in SM_FULL] or UD_FULL
    a, b = R.choice(sm), R.choice(sm)
    s = (
        f"【庁内回覧】報道要旨（{meeting_date()}）\n"
        f"{neg_place()}県知事の{P(a)}氏は記者会見で、{R.choice(['地域公共交通', '子育て支援', '防災'])}に関する新たな補助制度を発表した。"
        f"総額{amount()}。{P(b)}衆議院議員も同日、{neg_org()}を視察した。"
        f"本市としては{R.choice(TITLE_NEG)}会議で対応を協議する。\n（情報政策課）"
    )
    add("ja", "報道回覧", s)


def mixed_mail():
    i = R.randrange(len(FOREIGN_KANA))
    who, latin = (
        FOREIGN_KANA[i],
        FOREIGN_LATIN[i],
    )  # the same person in katakana and in Latin letters
    s = (
        f"件名：Re: 転入手続きについて / Moving-in procedure\n\n"
        f"{P(who)} 様（{P(latin)}）\n\n"
        f"市民課の{P(surname())}です。先日はご来庁ありがとうございました。Thank you for coming on {R.choice(['June', 'May'])} {R.randint(1, 28)}.\n"
        f"在留カードの住所は {A(address())} に変更しました。\n"
        f"Your address on the residence card has been changed.\n"
        f"次回は国民健康保険証（被保険者番号 {m('INSURANCE_NUMBER', insurance())}）をお渡しします。\n"
        f"Please call {m('PHONE', phone())} if you cannot come. 会場は{neg_place()}駅の近くの{R.choice(ORG_NEG)}です。\n"
        f"--\n{R.choice(['Matsumoto', 'Nagano'])} City, Citizens Division"
    )
    add("mixed", "日英混在メール", s)


def katakana_hira_note():
    hira = R.choice([g[1] for g in G["female"]] + ["さくら", "みどり"])
    kata_sur = R.choice(G["last"])[2]
    s = (
        f"【ケース記録】{meeting_date()}\n"
        f"家庭訪問。{P(kata_sur)}さん宅（{A(address())}）。母親の{P(hira)}さんが応対。"
        f"{P(R.choice(INVENTED_GIVEN))}ちゃん（{m('BIRTH_DATE', child_birth())}生）の健診未受診の件。"
        f"{P(hira)}は「{R.choice(['仕事が忙しく', '下の子が熱を出して'])}行けなかった」と話す。"
        f"父親の{P(full_name())}は{neg_place()}の{neg_org()}へ単身赴任中で、連絡は{m('PHONE', phone())}。"
        f"次回は{R.choice(['保健師', '民生委員'])}と同行予定。"
    )
    add("ja", "家庭訪問ケース記録", s)


def sansho_distractor_only():
    # documents with NO personal data at all (only distractors)
    s = (
        f"{R.choice(['令和6年度', '令和7年度'])}　{R.choice(['道路補修', '防災備蓄品', '庁舎清掃'])}業務委託 契約概要\n"
        f"契約番号：{case_no()}\n受託者：{neg_org()}（法人番号 {corp_no()}）\n"
        f"所在地：{neg_place()}市\n契約金額：{amount()}（消費税込）\n"
        f"履行期間：{meeting_date()}から{meeting_date()}まで\n"
        f"担当：{R.choice(['道路維持課', '総務課'])}{R.choice(TITLE_NEG)}\n"
        f"使用ソフト：{R.choice(PRODUCT_NEG)}、{R.choice(PRODUCT_NEG)}\n"
        f"備考：{R.choice(['May', 'June'])}以降は{neg_place()}営業所が窓口となる。{R.choice(ORG_NEG)}・{R.choice(ORG_NEG)}と共同企業体を組成。"
    )
    add("ja", "契約概要（個人情報なし）", s)


def particles_note():
    sn, fn = surname(), full_name()
    s = (
        f"電話メモ（{meeting_date()}）\n"
        f"{P(fn)}から電話。{P(sn)}が{R.choice(['昨日', '今朝'])}窓口で受け取った書類に不備があるとのこと。"
        f"{P(sn)}に確認したところ、{P(fn)}の{R.choice(['印鑑登録証明書', '課税証明書'])}と{neg_org()}宛の書類を取り違えていた。"
        f"{P(sn)}と{P(surname())}で{P(fn)}宅（{A(address(short=True))}）へ届ける。折返し先 {m('PHONE', phone())}。"
    )
    add("ja", "電話メモ", s)


TEMPLATES = [
    (seikatsuhogo, 14),
    (kaigo, 12),
    (tainou, 10),
    (school, 10),
    (juminhyo, 8),
    (douro, 10),
    (bousai, 6),
    (meibo, 6),
    (en_mail_foreign, 10),
    (gijiroku, 8),
    (en_casenote, 10),
    (nenkin, 8),
    (honnin_kakunin, 8),
    (it_log, 6),
    (card_payment, 8),
    (news_like, 6),
    (mixed_mail, 8),
    (katakana_hira_note, 8),
    (sansho_distractor_only, 5),
    (particles_note, 8),
]


def main() -> None:
    for fn, k in TEMPLATES:
        for _ in range(k):
            fn()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n_ent = sum(len(d["entities"]) for d in DOCS)
    print(f"{len(DOCS)} documents, {n_ent} gold items -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
