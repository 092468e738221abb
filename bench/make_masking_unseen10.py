"""Generate the blind labelled masking corpus unseen10 (standard library only).

Usage: python bench/make_masking_unseen10.py [OUT.jsonl]
Writes tests/masking_unseen10/data/unseen10.jsonl by default, byte-for-byte
reproducible (fixed seed), and prints counts per type and per style.
Every person, address and number is fictional.
"""

from __future__ import annotations

import collections
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GIMEI = Path("/work/shared/data/gimei-synthetic-source")
OUT = ROOT / "tests" / "masking_unseen10" / "data" / "unseen10.jsonl"
SEED = 100_10

ROW = re.compile(r"^\s*- \['([^']*)', '([^']*)', '([^']*)', '([^']*)'\]")


def load_yaml_lists(path: Path) -> dict[str, list[tuple[str, str, str, str]]]:
    sections: dict[str, list[tuple[str, str, str, str]]] = collections.defaultdict(list)
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        key = re.match(r"^\s*([a-z_]+):\s*$", line)
        if key:
            current = key.group(1)
            continue
        m = ROW.match(line)
        if m:
            sections[current].append(m.groups())
    return sections


NAMES = load_yaml_lists(GIMEI / "names.yml")
ADDRS = load_yaml_lists(GIMEI / "addresses.yml")
SURNAMES = NAMES["last_name"]
GIVEN = NAMES["male"] + NAMES["female"]
PREFS = ADDRS["prefecture"]
CITIES = ADDRS["city"]
TOWNS = ADDRS["town"]

# Surnames that read as ordinary words, numerals or calendar words (kanji, kana).
RARE_SURNAMES = [
    ("一", "にのまえ"),
    ("十", "つなし"),
    ("百", "もも"),
    ("千", "せん"),
    ("万", "よろず"),
    ("四月一日", "わたぬき"),
    ("八月一日", "ほづみ"),
    ("正月", "しょうがつ"),
    ("元日", "がんじつ"),
    ("春", "はる"),
    ("秋", "あき"),
    ("夏", "なつ"),
    ("冬", "ふゆ"),
    ("今日", "きょう"),
    ("米", "よね"),
    ("門", "かど"),
    ("星", "ほし"),
    ("東", "あずま"),
    ("南", "みなみ"),
    ("上", "かみ"),
    ("中", "なか"),
    ("本", "もと"),
    ("新", "しん"),
    ("安心院", "あじみ"),
    ("日曜", "ひよう"),
    ("月見", "つきみ"),
    ("土用", "どよう"),
    ("五月女", "そうとめ"),
]
WORD_GIVEN = [
    ("希望", "のぞみ"),
    ("平和", "へいわ"),
    ("勝利", "しょうり"),
    ("実", "みのる"),
    ("進", "すすむ"),
    ("光", "ひかる"),
    ("誠", "まこと"),
    ("正義", "まさよし"),
    ("明日香", "あすか"),
    ("元気", "げんき"),
]
FOREIGN = [
    # (katakana surname, katakana given, ROMAN SURNAME, Roman Given)
    ("グエン", "ヴァン・ナム", "NGUYEN", "VAN NAM"),
    ("チャン", "ティ・ハー", "TRAN", "THI HA"),
    ("サントス", "マリア", "SANTOS", "MARIA"),
    ("シルバ", "ルーカス", "SILVA", "LUCAS"),
    ("キム", "ミンジュン", "KIM", "MINJUN"),
    ("シャルマ", "ラクシュミ", "SHARMA", "LAKSHMI"),
    ("ガルシア", "ホセ", "GARCIA", "JOSE"),
    ("ファム", "ドゥック・ミン", "PHAM", "DUC MINH"),
    ("ウォン", "メイリン", "WONG", "MEILING"),
    ("オコンクォ", "チディ", "OKONKWO", "CHIDI"),
    ("ペレイラ", "ジュリアナ", "PEREIRA", "JULIANA"),
    ("タパ", "ビシャル", "THAPA", "BISHAL"),
]

rng = random.Random(SEED)

HW = str.maketrans(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー・",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ･",
)
DAKU = {
    "ガ": "ｶﾞ",
    "ギ": "ｷﾞ",
    "グ": "ｸﾞ",
    "ゲ": "ｹﾞ",
    "ゴ": "ｺﾞ",
    "ザ": "ｻﾞ",
    "ジ": "ｼﾞ",
    "ズ": "ｽﾞ",
    "ゼ": "ｾﾞ",
    "ゾ": "ｿﾞ",
    "ダ": "ﾀﾞ",
    "ヂ": "ﾁﾞ",
    "ヅ": "ﾂﾞ",
    "デ": "ﾃﾞ",
    "ド": "ﾄﾞ",
    "バ": "ﾊﾞ",
    "ビ": "ﾋﾞ",
    "ブ": "ﾌﾞ",
    "ベ": "ﾍﾞ",
    "ボ": "ﾎﾞ",
    "パ": "ﾊﾟ",
    "ピ": "ﾋﾟ",
    "プ": "ﾌﾟ",
    "ペ": "ﾍﾟ",
    "ポ": "ﾎﾟ",
    "ヴ": "ｳﾞ",
}
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
KANJI_NUM = "〇一二三四五六七八九"


def halfkana(s: str) -> str:
    return "".join(DAKU.get(c, c) for c in s).translate(HW)


def kanji_number(n: int) -> str:
    if n < 10:
        return KANJI_NUM[n] if n else "〇"
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI_NUM[tens]) + "十" + (KANJI_NUM[ones] if ones else "")


# ---------------------------------------------------------------- values
class P:
    """A fictional person: kanji, hiragana, katakana, romaji."""

    def __init__(self, rare: bool = False) -> None:
        if rare and rng.random() < 0.6:
            self.sei, self.sei_h = rng.choice(RARE_SURNAMES)
            self.sei_k = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in self.sei_h)
            self.sei_r = ""
        else:
            s = rng.choice(SURNAMES)
            self.sei, self.sei_h, self.sei_k, self.sei_r = s
        if rare and rng.random() < 0.3:
            self.mei, self.mei_h = rng.choice(WORD_GIVEN)
            self.mei_k = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in self.mei_h)
            self.mei_r = ""
        else:
            g = rng.choice(GIVEN)
            self.mei, self.mei_h, self.mei_k, self.mei_r = g
        if not self.sei_r:
            self.sei_r = "Hoshi"
        if not self.mei_r:
            self.mei_r = "Minoru"

    def sei_with(self, other: P) -> P:
        """Give this person the surname of another (a family member)."""
        self.sei, self.sei_h, self.sei_k, self.sei_r = (
            other.sei,
            other.sei_h,
            other.sei_k,
            other.sei_r,
        )
        return self

    def full(self, sep: str = " ") -> str:
        return f"{self.sei}{sep}{self.mei}"

    def kana(self, sep: str = " ") -> str:
        return f"{self.sei_k}{sep}{self.mei_k}"


def person(rare: bool = False) -> P:
    return P(rare=rare)


def sur_with_family() -> tuple[P, P]:
    a = P()
    b = P()
    b.sei, b.sei_h, b.sei_k, b.sei_r = a.sei, a.sei_h, a.sei_k, a.sei_r
    return a, b


def digits(n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def my_number(fmt: str = "run") -> str:
    body = [rng.randrange(10) for _ in range(11)]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    s = "".join(map(str, body)) + str(check)
    if fmt == "space":
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    if fmt == "hyphen":
        return f"{s[:4]}-{s[4:8]}-{s[8:]}"
    return s


def card(fmt: str = "run") -> str:
    body = [int(rng.choice("45"))] + [rng.randrange(10) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(body)):
        d2 = d * 2 if i % 2 == 0 else d
        total += d2 - 9 if d2 > 9 else d2
    body.append((10 - total % 10) % 10)
    s = "".join(map(str, body))
    if fmt == "space":
        return " ".join(s[i : i + 4] for i in range(0, 16, 4))
    if fmt == "hyphen":
        return "-".join(s[i : i + 4] for i in range(0, 16, 4))
    return s


def passport() -> str:
    return rng.choice(["TK", "TR", "MZ", "C", "B", "N", "P", "E"]) + digits(
        7 if rng.random() < 0.7 else 8
    )


def pension(fmt: str | None = None) -> str:
    s = digits(4), digits(6)
    fmt = fmt or rng.choice(["-", " ", ""])
    return fmt.join(s)


def phone(kind: str = "") -> str:
    kind = kind or rng.choice(["mobile", "land", "land", "mobile"])
    if kind == "mobile":
        return f"0{rng.choice('789')}0-{digits(4)}-{digits(4)}"
    area = rng.choice(["0238", "023", "0235", "022", "03", "011", "0237"])
    rest = 10 - len(area)
    mid = 2 if rest == 6 else 3 if rest == 7 else 4
    return f"{area}-{digits(mid)}-{digits(rest - mid)}"


def postal() -> str:
    return f"{rng.randrange(100, 999)}-{digits(4)}"


def email(p: P) -> str:
    local = rng.choice(
        [
            f"{p.sei_r.lower()}.{p.mei_r.lower()}",
            f"{p.mei_r.lower()}{digits(2)}",
            f"{p.sei_r.lower()}_{p.mei_r[0].lower()}",
            f"{p.mei_r[0].lower()}{p.sei_r.lower()}{digits(3)}",
        ]
    )
    return f"{local}@{rng.choice(['example.com', 'example.jp', 'example.net', 'example.org', 'mail.example.co.jp'])}"


def staff_email(p: P) -> str:
    return f"{p.sei_r.lower()}-{p.mei_r[0].lower()}@city.minatono.example.jp"


def ip() -> str:
    r = rng.random()
    if r < 0.3:
        return f"192.0.2.{rng.randrange(1, 255)}"
    if r < 0.6:
        return f"198.51.100.{rng.randrange(1, 255)}"
    if r < 0.9:
        return f"203.0.113.{rng.randrange(1, 255)}"
    return f"2001:db8:{rng.randrange(1, 0xFFFF):x}::{rng.randrange(1, 0xFF):x}"


def bldg() -> str:
    return (
        rng.choice(
            ["コーポ", "ハイツ", "メゾン", "グランレジデンス", "サンライズ", "パレス", "アーバン"]
        )
        + rng.choice(["みなと", "桜", "青葉", "本町", "緑ヶ丘", "リバーサイド", "柳"])
        + rng.choice(["", "II", "東館", "A棟"])
    )


def address(style: str = "") -> str:
    pref = rng.choice(PREFS)[0]
    city = rng.choice(CITIES)[0]
    town = rng.choice(TOWNS)[0]
    style = style or rng.choice(["full", "city", "bldg", "banchi", "kanji"])
    if style == "full":
        return f"{pref}{city}{town}{rng.randrange(1, 6)}丁目{rng.randrange(1, 30)}番{rng.randrange(1, 25)}号"
    if style == "city":
        return f"{city}{town}{rng.randrange(1, 4)}-{rng.randrange(1, 40)}-{rng.randrange(1, 20)}"
    if style == "bldg":
        return (
            f"{city}{town}{rng.randrange(1, 9)}-{rng.randrange(1, 30)}　{bldg()}"
            f"{rng.randrange(1, 9)}{rng.randrange(0, 2)}{rng.randrange(1, 9)}号室"
        )
    if style == "banchi":
        return f"{pref}{city}{town}{rng.randrange(100, 2999)}番地{rng.randrange(1, 30)}"
    if style == "floor":
        return f"{city}{town}{rng.randrange(1, 9)}番{rng.randrange(1, 30)}号　{bldg()}{rng.randrange(2, 15)}階"
    if style == "sapporo":
        return (
            f"北{rng.randrange(1, 50)}条西{rng.randrange(1, 20)}丁目{rng.randrange(1, 9)}番"
            f"{rng.randrange(1, 30)}号 {bldg()}{rng.randrange(1, 9)}0{rng.randrange(1, 9)}号室"
        )
    # kanji numerals
    return (
        f"{city}{town}{kanji_number(rng.randrange(1, 6))}丁目{kanji_number(rng.randrange(1, 30))}番"
        f"{kanji_number(rng.randrange(1, 20))}号"
    )


def local_address() -> str:
    """An address in the fictional みなと野市 (a resident's, so personal)."""
    town = rng.choice(["本町", "緑町", "港東", "松ヶ崎", "西浜", "桜台", "大字赤坂", "上野原"])
    if rng.random() < 0.5:
        return f"みなと野市{town}{rng.randrange(1, 5)}丁目{rng.randrange(2, 30)}番{rng.randrange(1, 20)}号"
    return f"みなと野市{town}{rng.randrange(100, 999)}-{rng.randrange(1, 12)}"


def english_address() -> str:
    town = re.sub(
        r"(chou|machi)$",
        lambda m: "-cho" if m.group(1) == "chou" else "-machi",
        rng.choice(TOWNS)[3],
    )
    city = rng.choice(
        ["Minatono City", "Yamagata City", "Aoba-ku, Sendai, Miyagi", "Kita-ku, Sapporo"]
    )
    return (
        f"Room {rng.randrange(1, 9)}0{rng.randrange(1, 9)}, "
        f"{rng.choice(['Sakura Heights', 'Corpo Aoba', 'Maison Minato'])}, "
        f"{rng.randrange(1, 5)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)} {town}, {city}"
    )


FOREIGN_ADDR = [
    ("{n} Maple Avenue, Apt 4B, Portland, OR", "97205", "USA"),
    ("{n} Nguyen Trai Street, Thanh Xuan District, Hanoi", "100000", "Vietnam"),
    ("Rua das Flores {n}, Centro, Curitiba, PR", "80010-000", "Brazil"),
    ("{n} Rizal Street, Barangay San Isidro, Quezon City", "1100", "Philippines"),
    ("{n} Gangnam-daero, Seocho-gu, Seoul", "06620", "Republic of Korea"),
]


def birth(style: str = "", lo: int = 1935, hi: int = 2022) -> str:
    y = rng.randrange(lo, hi)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    style = style or rng.choice(["wareki", "west", "slash", "abbr", "kanji", "iso"])
    if style in ("wareki", "kanji", "abbr"):
        if y == 1989 and m == 1 and d < 8:
            era, ey, ab = "昭和", 64, "S"
        elif y >= 2019 and (y > 2019 or m >= 5):
            era, ey, ab = "令和", y - 2018, "R"
        elif y >= 1989:
            era, ey, ab = "平成", y - 1988, "H"
        else:
            era, ey, ab = "昭和", y - 1925, "S"
        if style == "wareki":
            return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"
        if style == "kanji":
            return f"{era}{'元' if ey == 1 else kanji_number(ey)}年{kanji_number(m)}月{kanji_number(d)}日"
        return rng.choice([f"{ab}{ey}.{m}.{d}", f"{ab}{ey:02d}/{m:02d}/{d:02d}"])
    if style == "west":
        return f"{y}年{m}月{d}日"
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "english":
        mon = [
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
        ][m - 1]
        return rng.choice([f"{mon} {d}, {y}", f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}"])
    return f"{y}-{m:02d}-{d:02d}"


BANKS = [
    "みなと野信用金庫",
    "第二山形銀行",
    "ひかり農業協同組合",
    "東北みらい銀行",
    "さくら野信用組合",
]
BRANCHES = ["本店", "駅前支店", "港東支店", "桜台出張所", "西浜支店"]

# Non-personal distractors (the office's own).
OFFICE = "〒990-8540 みなと野市本町一丁目1番1号"
SWITCH = "0238-22-1111"


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self, style: str) -> None:
        self.style = style
        self.parts: list[str] = []
        self.ents: list[tuple[str, int, int, str]] = []
        self.pos = 0

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, typ: str, s: str) -> Doc:
        self.ents.append((typ, self.pos, self.pos + len(s), s))
        return self.t(s)

    def text(self) -> str:
        return "".join(self.parts)


def check(text: str, ents: list[dict]) -> None:
    last = 0
    for ent in ents:
        piece = text[ent["start"] : ent["end"]]
        if piece != ent["text"] or not piece or piece != piece.strip() or ent["start"] < last:
            raise SystemExit(f"bad span {ent!r} -> {piece!r}")
        last = ent["end"]


# ---------------------------------------------------------------- styles
def hoiku() -> Doc:
    d = Doc("保育所入所申込書（フォーム転記）")
    par, ch = sur_with_family()
    ch2 = sur_with_family()[1]
    sp = P()
    sp.sei, sp.sei_h, sp.sei_k, sp.sei_r = par.sei, par.sei_h, par.sei_k, par.sei_r
    d.t("令和7年度 保育所等利用申込書（1号・2号・3号認定）\n受付番号 2025-").t(digits(4)).t(
        "\n\n【申込者（保護者）】\nフリガナ　"
    )
    d.e("PERSON", par.sei_k).t("　").e("PERSON", par.mei_k).t("\n氏　　名　").e(
        "PERSON", par.full("　")
    )
    d.t("\n生年月日　").e("BIRTH_DATE", birth("wareki", 1982, 2000)).t("（満").t(
        str(rng.randrange(25, 45))
    ).t("歳）\n現住所　〒")
    d.e("POSTAL_CODE", postal()).t("\n　　　　").e(
        "ADDRESS", local_address() if rng.random() < 0.5 else address("bldg")
    )
    d.t("\n電話（携帯）").e("PHONE", phone("mobile")).t("　勤務先 株式会社みなと野精機（").t(
        SWITCH
    ).t("は市代表のため不可）")
    d.t("\n個人番号　").e("MY_NUMBER", my_number(rng.choice(["run", "space"])))
    d.t("\n\n【配偶者】").e("PERSON", sp.full(" ")).t("（").e("PERSON", sp.kana(" ")).t("）　")
    d.e("BIRTH_DATE", birth("abbr")).t("生\n　勤務先 みなと野市立第三中学校 教諭\n")
    d.t("\n【入所を希望する児童】\n児童名 ").e("PERSON", ch.mei).t("（").e("PERSON", ch.mei_k).t(
        "）　"
    )
    d.e("BIRTH_DATE", birth("slash", 2020, 2025)).t(
        "生　第1希望：港東保育園　第2希望：桜台こども園\n"
    )
    d.t("きょうだい ").e("PERSON", ch2.mei).t("ちゃん（").t(str(rng.randrange(3, 6))).t(
        "歳）は既に港東保育園に在園中。\n"
    )
    d.t("\n備考：祖母 ").e("PERSON", P().full(" ")).t("（同居なし、").e(
        "ADDRESS", address("city")
    ).t("）が送迎を手伝う予定。\n")
    d.t("担当：子育て支援課 保育係 ").e("PERSON", P().sei).t("（内線2215）")
    return d


def kaigo() -> Doc:
    d = Doc("介護認定調査票 概況調査（メモ書き）")
    tgt = P(rare=True)
    key = P().sei_with(tgt)
    d.t("■概況調査　実施日 R7.2.").t(str(rng.randrange(1, 28))).t("　調査員 ").e(
        "PERSON", P().full("")
    ).t("（介護保険課）\n")
    d.t("対象者：").e("PERSON", tgt.full(" ")).t("　").e("PERSON", tgt.kana(" ")).t("　")
    d.e("BIRTH_DATE", birth("kanji")).t("生　男・女\n被保険者番号　").e(
        "INSURANCE_NUMBER", "00" + digits(8)
    )
    d.t("　保険者番号 069010\n現住所 ").e("ADDRESS", local_address()).t("　電話 ").e(
        "PHONE", phone("land")
    ).t("\n")
    d.t("調査場所：自宅　/　立会い：長男 ").e("PERSON", key.full(" ")).t("（").e(
        "PHONE", phone("mobile")
    ).t("）\n")
    d.t("\n〔特記事項〕\n1-1 麻痺：右上肢に軽度。本人「").e("PERSON", tgt.sei).t(
        "は昔大工だったからまだ動くよ」と話す。\n"
    )
    d.t("2-4 移動：屋内は伝い歩き。長男の妻").e("PERSON", P().mei).t("さんが日中見守り。\n")
    d.t("5-3 日常の意思決定：金銭管理は長男が行う。年金は").e("BANK_ACCOUNT", digits(7)).t("（")
    d.t(rng.choice(BANKS)).t(" ").t(rng.choice(BRANCHES)).t(" 普通）に振込。\n")
    d.t("主治医：みなと野中央病院 内科 ").e("PERSON", P().sei).t("医師\n")
    d.t("ケアマネ：居宅介護支援事業所ひまわり（事業所番号 06").t(digits(8)).t("）").e(
        "PERSON", P().full(" ")
    ).t("\n")
    return d


def seiho() -> Doc:
    d = Doc("生活保護ケース記録（経過記録）")
    cl = P(rare=True)
    cw = P()
    d.t("ケース番号 R6-福-").t(f"{rng.randrange(1, 999):04d}").t("　世帯主 ").e(
        "PERSON", cl.full("　")
    ).t("（")
    d.e("BIRTH_DATE", birth("iso")).t("）　担当CW ").e("PERSON", cw.sei).t("\n\n")
    d.t(f"R7.1.{rng.randrange(5, 28)}　訪問。").e("ADDRESS", address("bldg")).t(
        "の居室にて面接。室内清潔。\n"
    )
    d.t("　主は腰痛で就労困難と訴え。別居の長女").e("PERSON", P().full(" ")).t("（").e(
        "PHONE", phone("mobile")
    )
    d.t("）に扶養照会予定。\n")
    d.t(f"R7.2.{rng.randrange(1, 28)}　来所。年金受給の有無を確認。基礎年金番号 ").e(
        "PENSION_NUMBER", pension()
    )
    d.t("、年額約").t(str(rng.randrange(40, 90))).t("万円。\n")
    d.t("　保護費の振込先を変更したいとのこと。新口座：").t(rng.choice(BANKS)).t(" 店番").t(
        digits(3)
    )
    d.t(" 普通 ").e("BANK_ACCOUNT", digits(7)).t("\n")
    d.t("　ゆうちょ口座も保有（記号 ").e("BANK_ACCOUNT", "1" + digits(4)).t(" 番号 ").e(
        "BANK_ACCOUNT", digits(7) + "1"
    )
    d.t("）。残高は少額。\n")
    d.t(f"R7.3.{rng.randrange(1, 28)}　国保から移行、医療券発行。旧被保険者証 記号 ").e(
        "INSURANCE_NUMBER", digits(2)
    )
    d.t(" 番号 ").e("INSURANCE_NUMBER", digits(4)).t("。査察指導員 ").e("PERSON", P().sei).t(
        "係長に報告済み。\n"
    )
    d.t("　次回訪問は4月中旬。（記録者：").e("PERSON", cw.full(" ")).t("）\n")
    return d


def genmen() -> Doc:
    d = Doc("固定資産税減免申請（罹災）　本文の写し")
    a = P()
    d.t("固定資産税・都市計画税 減免申請書\n\nみなと野市長 様\n\n申請日 令和7年").t(
        str(rng.randrange(1, 12))
    ).t("月")
    d.t(str(rng.randrange(1, 28))).t("日\n納税義務者 住所 〒").e("POSTAL_CODE", postal()).t(" ").e(
        "ADDRESS", address("full")
    )
    d.t("\n　　　　　　 氏名 ").e("PERSON", a.full("　")).t("　　　（電話 ").e("PHONE", phone()).t(
        "）\n"
    )
    d.t("　　　　　　 個人番号 ").e("MY_NUMBER", my_number("hyphen")).t("\n")
    d.t("通知書番号 ").t(digits(10)).t("（納税通知書の番号、個人番号ではありません）\n")
    d.t("減免を受けようとする資産：家屋 ").t("みなと野市西浜二丁目").t(
        str(rng.randrange(100, 900))
    ).t("番 木造2階建\n")
    d.t("事由：令和6年").t(str(rng.randrange(7, 12))).t("月の大雨による床上浸水（罹災証明 第").t(
        digits(3)
    ).t("号）\n")
    d.t("条例第71条第1項第3号に該当。\n代理人：行政書士 ").e("PERSON", P().full(" ")).t("（").e(
        "ADDRESS", address("floor")
    )
    d.t("　TEL ").e("PHONE", phone("land")).t("）\n還付先口座：").t(rng.choice(BANKS)).t(" ").t(
        rng.choice(BRANCHES)
    )
    d.t(" 普通預金 口座番号").e("BANK_ACCOUNT", digits(7)).t(" 名義 ").e("PERSON", a.kana(" ")).t(
        "\n"
    )
    return d


def senkyo() -> Doc:
    d = Doc("選挙人名簿抄本の閲覧記録（空白揃えの表）")
    d.t("選挙人名簿抄本 閲覧申出（政治活動）　申出者：").e("PERSON", P().full(" ")).t("（").e(
        "PHONE", phone("mobile")
    )
    d.t("）\n閲覧日 2025/06/").t(str(rng.randrange(10, 28))).t("　第").t(
        str(rng.randrange(1, 30))
    ).t("投票区\n\n")
    d.t("番号  氏名            生年月日      性別  住所\n")
    for i in range(rng.randrange(6, 9)):
        p = P(rare=(i % 3 == 0))
        nm = p.full("　")
        d.t(f"{i + 1:>4}  ").e("PERSON", nm).t("　" * max(1, 7 - len(nm))).t(" ")
        d.e("BIRTH_DATE", birth(rng.choice(["abbr", "wareki"]))).t("  ").t(rng.choice("男女")).t(
            "    "
        )
        d.e("ADDRESS", local_address()).t("\n")
    d.t("\n（閲覧事務担当 選挙管理委員会事務局 主事 ").e("PERSON", P().full(" ")).t("）\n")
    return d


def renrakumo() -> Doc:
    d = Doc("学校の緊急連絡網（矢印の木）")
    d.t("みなと野市立桜台小学校 4年2組 緊急連絡網（令和7年度）\n担任 ").e(
        "PERSON", P().full(" ")
    ).t(" → 学校 0238-")
    d.t(digits(2)).t("-").t(digits(4)).t("（学校代表）\n\n")
    for _ in range(2):
        g = P()
        d.t("┗ ").e("PERSON", g.sei).t("（").e("PERSON", g.mei).t("） ").e("PHONE", phone()).t("\n")
        for _ in range(rng.randrange(2, 4)):
            h = P(rare=rng.random() < 0.3)
            d.t("　　↓ ").e("PERSON", h.full(" ")).t(" 保護者 ").e("PERSON", P().mei).t("　").e(
                "PHONE", phone("mobile")
            ).t("\n")
    d.t("\n※連絡がつかない場合は次の家庭へ。転居した ").e("PERSON", P().sei).t(" さん宅は新住所 ")
    d.e("ADDRESS", local_address()).t(" に変更。\n")
    return d


def risai_mail() -> Doc:
    d = Doc("罹災証明の問い合わせメール（転送・引用つき）")
    a = P()
    s = P()
    s2 = P()
    am = email(a)
    d.t("From: ").e("PERSON", s.full(" ")).t(" <").e("EMAIL", staff_email(s)).t(
        ">\nTo: 危機管理課 <bousai@city.minatono.example.jp>\n"
    )
    d.t("Subject: Fw: 罹災証明書の発行について\n\n危機管理課 ").e("PERSON", s2.sei).t(
        "さん\n\n下記、市民課の窓口に届いたメールを転送します。\n\n"
    )
    d.t("> -----Original Message-----\n> From: ").e("EMAIL", am).t(
        "\n> Sent: Tuesday, March 4, 2025 9:12 AM\n"
    )
    d.t(
        "> Subject: 罹災証明\n>\n> みなと野市役所 御中\n> 先週の強風で屋根が飛び、罹災証明を申請したい"
    ).e("PERSON", a.full(" "))
    d.t("です。\n> 住所は").e("ADDRESS", local_address()).t("、連絡は").e(
        "PHONE", phone("mobile")
    ).t("まで。\n")
    d.t("> 妻の").e("PERSON", P().mei).t("が平日は在宅です。\n>\n> ").e("PERSON", a.sei).t("\n\n")
    d.t("--\nみなと野市 市民課 窓口係\n").e("PERSON", s.full(" ")).t("\n代表 ").t(SWITCH).t(
        " 内線1123\n直通 "
    )
    d.e("PHONE", "0238-22-" + digits(4)).t("\n").t(OFFICE).t("\n")
    return d


def suido() -> Doc:
    d = Doc("水道の開栓届（Webフォーム送信内容）")
    a = P()
    d.t("=== 電子申請 受付通知 ===\n手続名：水道使用開始届\n受付番号：W").t(digits(8)).t(
        "\n受付日時：2025-04-0"
    )
    d.t(str(rng.randrange(1, 9))).t(" 10:").t(str(rng.randrange(10, 59))).t(":02\n送信元IP：").e(
        "IP_ADDRESS", ip()
    ).t("\n\n")
    d.t("[使用者氏名] ").e("PERSON", a.full(" ")).t("\n[フリガナ] ").e("PERSON", a.kana(" ")).t(
        "\n[使用場所] 〒"
    )
    d.e("POSTAL_CODE", postal()).t(" ").e("ADDRESS", address(rng.choice(["bldg", "floor"]))).t(
        "\n[連絡先電話] "
    )
    d.e("PHONE", phone()).t("\n[メール] ").e("EMAIL", email(a)).t("\n[開始希望日] 2025/04/").t(
        str(rng.randrange(10, 28))
    )
    d.t("\n[お客様番号（前住所）] ").t(digits(9)).t("\n[口座振替] 希望する（").t(
        rng.choice(BANKS)
    ).t(" 普通 ")
    d.e("BANK_ACCOUNT", digits(7)).t("）\n[クレジットカード払い] ").e(
        "CREDIT_CARD", card(rng.choice(["space", "hyphen"]))
    )
    d.t(" 有効期限 0").t(str(rng.randrange(1, 9))).t("/2").t(str(rng.randrange(6, 9))).t(
        "\n[前住所] "
    ).e("ADDRESS", address("full"))
    d.t(
        "\n\n上下水道部 お客さまセンター（0238-22-1111 内線 4410 / suidou@city.minatono.example.jp）\n"
    )
    return d


def kaishu() -> Doc:
    d = Doc("住宅改修の見積と理由書（業者の書式）")
    a = P(rare=True)
    d.t("御見積書　No.").t(digits(5)).t("\n\n").e("PERSON", a.full(" ")).t(" 様\n工事場所：").e(
        "ADDRESS", address("kanji")
    )
    d.t(
        "\n\n品名　数量　単価　金額\n手すり取付（L型600）　2　18,000　36,000\n段差解消スロープ　1　42,000　42,000\n"
    )
    d.t("合計 78,000円（税込）\n\n有限会社みなと野リフォーム 代表取締役 ").e(
        "PERSON", P().full(" ")
    ).t("\n法人番号 ").t(digits(13))
    d.t("　TEL 0238-").t(digits(2)).t("-").t(digits(4)).t("\n\n---- 理由書 ----\n被保険者：").e(
        "PERSON", a.full(" ")
    )
    d.t("（被保険者番号 ").e("INSURANCE_NUMBER", digits(10)).t("、要介護").t(
        str(rng.randrange(1, 4))
    ).t("）\n")
    d.t("作成者：介護支援専門員 ").e("PERSON", P().full(" ")).t("（番号 ").t(digits(8)).t("）\n")
    d.t("浴室の出入りに不安があり、妻").e("PERSON", P().mei).t("さんが介助しているが腰痛がある。\n")
    return d


def zairyu() -> Doc:
    d = Doc("外国人住民の在留手続き相談記録")
    f = rng.choice(FOREIGN)
    d.t("多文化共生相談窓口 相談票　相談番号 ").t(f"{rng.randrange(100, 999)}").t("\n相談者：").e(
        "PERSON", f"{f[0]}・{f[1]}"
    )
    d.t("（").e("PERSON", f"{f[2]} {f[3]}").t("）　国籍：").t(
        rng.choice(["ベトナム", "ブラジル", "フィリピン", "ネパール"])
    )
    d.t("\n生年月日：").e("BIRTH_DATE", birth("slash")).t("　旅券番号：").e(
        "PASSPORT", passport()
    ).t("\n")
    # A residence-card number is personal (RESIDENCE_CARD, added after the blind measurement).
    d.t("在留カード番号 ").e("RESIDENCE_CARD", "AB" + digits(8) + "CD").t("（記録のみ）\n住所：").e(
        "ADDRESS", address("bldg")
    ).t("\n連絡先：")
    d.e("PHONE", phone("mobile")).t(" / ").e("EMAIL", email(P())).t("\n通訳：").e(
        "PERSON", P().full(" ")
    ).t("（ボランティア）\n\n")
    d.t("内容：在留期間更新。配偶者").e(
        "PERSON", f"{rng.choice(FOREIGN)[0]}　{rng.choice(FOREIGN)[1]}"
    ).t("（旅券 ")
    d.e("PASSPORT", passport()).t("）も同時に手続き予定。子").e(
        "PERSON", rng.choice(FOREIGN)[1].replace("・", "")
    )
    d.t("（").e("BIRTH_DATE", birth("west", 2012, 2019)).t(
        "生）は市立小に在籍。\n勤務先 株式会社東北ロジテック（雇用保険適用事業所番号 "
    )
    d.t(digits(4)).t("-").t(digits(6)).t("-").t(digits(1)).t("）\n対応：").e("PERSON", P().sei).t(
        "（国際交流係）\n"
    )
    return d


def english_letter() -> Doc:
    d = Doc("English letter from a foreign resident")
    f = rng.choice(FOREIGN)
    fa, fp, country = rng.choice(FOREIGN_ADDR)
    d.t(
        "To: Minatono City Hall, Citizens Division\n1-1-1 Honcho, Minatono City 990-8540\n\nDear Sir or Madam,\n\n"
    )
    d.t("My name is ").e("PERSON", f"{f[3].title()} {f[2].title()}").t(" (passport no. ").e(
        "PASSPORT", passport()
    )
    d.t("), born ").e("BIRTH_DATE", birth("english", 1960, 2004)).t(". I currently live at ").e(
        "ADDRESS", english_address()
    ).t(" ")
    d.e("POSTAL_CODE", postal()).t(
        ".\n\nI would like a certificate of residence (juminhyo) for my visa application. "
    )
    d.t("Please mail it to my family's address: ").e(
        "ADDRESS", fa.format(n=rng.randrange(10, 999))
    ).t(" ").e("POSTAL_CODE", fp)
    d.t(", ").t(country).t(".\n")
    d.t("My driver's license number is ").e("DRIVER_LICENSE", digits(12)).t(" if you need ID.\n\n")
    d.t("You can reach me at ").e("PHONE", phone("mobile")).t(" or ").e(
        "PHONE", f"+1 503-555-01{rng.randrange(10, 99)}"
    )
    d.t(" (my sister ").e(
        "PERSON", f"{rng.choice(['Anna', 'Grace', 'Linh', 'Camila'])} {f[2].title()}"
    ).t("), or ")
    d.e("EMAIL", f"{f[3].split()[0].lower()}.{f[2].lower()}@example.com").t(".\n\nSincerely,\n").e(
        "PERSON", f"{f[2]} {f[3]}"
    )
    d.t("\n")
    return d


def kokuho_tsv() -> Doc:
    d = Doc("国保 高額療養費 対象者一覧（TSV・半角カナ見出し）")
    d.t("ｼﾒｲ\t氏名\tｾｲﾈﾝｶﾞｯﾋﾟ\t記号\t番号\t支給額\t振込口座\n")
    for _ in range(rng.randrange(5, 7)):
        p = P(rare=rng.random() < 0.25)
        d.e("PERSON", halfkana(p.kana(" "))).t("\t").e("PERSON", p.full(" ")).t("\t").e(
            "BIRTH_DATE", birth("abbr")
        ).t("\t")
        d.e("INSURANCE_NUMBER", rng.choice([digits(2), f"{digits(2)}-{digits(3)}"])).t("\t")
        d.e("INSURANCE_NUMBER", digits(rng.choice([3, 4, 6]))).t("\t").t(
            f"{rng.randrange(5, 200) * 1000}"
        ).t("\t")
        d.e("BANK_ACCOUNT", digits(7)).t("\n")
    d.t("\n保険者番号 069010 / 作成 国保年金課 ").e("PERSON", P().sei).t("\n")
    return d


def jidou_csv() -> Doc:
    d = Doc("児童手当 受給者CSV（見出しなし・引用符つき）")
    for _ in range(rng.randrange(5, 7)):
        p = P()
        c = P()
        d.t(f'"{rng.randrange(100000, 999999)}",').t('"').e("PERSON", p.full(" ")).t('","').e(
            "PERSON", p.kana(" ")
        ).t('","')
        d.e("MY_NUMBER", my_number()).t('","').e("PERSON", c.mei).t('","').e(
            "BIRTH_DATE", birth("iso", 2008, 2025)
        ).t('",')
        d.t(f"{rng.choice([10000, 15000, 30000])},").t('"').t(rng.choice(BANKS)).t('","').e(
            "BANK_ACCOUNT", digits(7)
        ).t('"\n')
    return d


def audit_log() -> Doc:
    d = Doc("基幹系 監査ログ抜粋")
    users = [P() for _ in range(3)]
    for _ in range(rng.randrange(9, 13)):
        u = rng.choice(users)
        d.t(
            f"2025-05-{rng.randrange(10, 28)}T0{rng.randrange(8, 9)}:"
            f"{rng.randrange(10, 59)}:{rng.randrange(10, 59)}+09:00 "
        )
        d.t(rng.choice(["INFO", "WARN"])).t(" src=").e("IP_ADDRESS", ip()).t(" user=").e(
            "EMAIL", staff_email(u)
        )
        d.t(" action=").t(rng.choice(["GET /juki/search", "POST /zei/print", "GET /kokuho/detail"]))
        d.t(" status=").t(rng.choice(["200", "403", "200"])).t(" session=").t(
            f"{rng.randrange(16**8):08x}"
        ).t("\n")
    d.t("\n上記のうち 403 は権限外照会。照会対象：").e("PERSON", P().full(" ")).t("（宛名番号 ").t(
        digits(10)
    ).t("）\n")
    return d


def teams() -> Doc:
    d = Doc("チャットの書き出し（Teams風）")
    a, b = P(), P()
    r = P(rare=True)
    d.t("[9:02] ").e("PERSON", a.full(" ")).t("\n窓口に来た ").e("PERSON", r.full(" ")).t(
        " さん、運転免許証で本人確認しました。番号控えます "
    )
    d.e("DRIVER_LICENSE", digits(12)).t("\n[9:05] ").e("PERSON", b.full(" ")).t(
        "\nありがとうございます。生年月日 "
    )
    d.e("BIRTH_DATE", birth("west")).t(" で合ってますか？マイナンバーは ").e(
        "MY_NUMBER", my_number("space")
    ).t(" で照合済み\n")
    d.t("[9:06] ").e("PERSON", a.full(" ")).t("\nはい。転入前の住所が ").e(
        "ADDRESS", address("sapporo")
    ).t(" なので札幌市に照会します\n")
    d.t("[9:10] ").e("PERSON", b.full(" ")).t("\n了解。").e("PERSON", r.sei).t("さんの携帯 ").e(
        "PHONE", phone("mobile")
    )
    d.t(" に結果連絡で。会議は15:00から第3会議室です\n[9:11] ").e("PERSON", a.sei).t("\n👍\n")
    return d


def kondankai() -> Doc:
    d = Doc("地区懇談会の記録（発言者行）")
    chair = P(rare=True)
    d.t("第").t(str(rng.randrange(2, 9))).t("回 港東地区まちづくり懇談会 記録\n日時 令和7年").t(
        str(rng.randrange(1, 12))
    )
    d.t("月").t(str(rng.randrange(1, 28))).t("日 19時　場所 港東公民館\n出席：").e(
        "PERSON", chair.full(" ")
    ).t("会長、")
    d.e("PERSON", P().full(" ")).t("副会長、").e("PERSON", P(rare=True).sei).t("委員、").e(
        "PERSON", P().sei
    ).t("委員ほか12名\n")
    d.t("市側：市民協働課長 ").e("PERSON", P().full(" ")).t("、同主査 ").e("PERSON", P().sei).t(
        "\n\n"
    )
    for _ in range(3):
        sp = P(rare=rng.random() < 0.4)
        d.t("◇").e("PERSON", sp.sei).t("委員　街灯が少なく、").e("ADDRESS", local_address()).t(
            "付近は夜暗い。\n"
        )
        d.t("◎").e("PERSON", chair.sei).t("会長　事務局の見解は。\n")
        d.t("△主査（").e("PERSON", P().full("")).t("）　令和8年度予算で検討します。\n")
    d.t("\n記録：").e("PERSON", P().full(" ")).t("（市民協働課、内線3302）\n")
    return d


def pdf_furikae() -> Doc:
    d = Doc("PDFから抜いた口座振替依頼書（改行崩れ・全角数字）")
    a = P()
    d.t(
        "口座振替依頼書 兼 自動払込利用申込書 市 税 （ 市 県 民 税 ・ 固 定 資 産 税 ）\n納 税 者 氏 名 "
    )
    d.e("PERSON", a.full("　")).t(" フリ\nガナ ").e("PERSON", a.kana(" ")).t(" 住所 〒").e(
        "POSTAL_CODE", postal().translate(FW)
    )
    d.t("\n").e("ADDRESS", address("full")).t(" 電話番号 ").e("PHONE", phone().translate(FW)).t(
        "\n"
    )
    d.t("金融機関名 ").t(rng.choice(BANKS)).t(" 支店名 ").t(rng.choice(BRANCHES)).t(
        " 預金種目 1.普通 口座番号\n"
    )
    d.e("BANK_ACCOUNT", digits(7).translate(FW)).t(" 口座名義人（カナ）").e(
        "PERSON", halfkana(a.kana(" "))
    ).t("\n")
    d.t("ゆうちょ銀行 記号 ").e("BANK_ACCOUNT", ("1" + digits(4)).translate(FW)).t(" 番号 ").e(
        "BANK_ACCOUNT", (digits(7) + "1")
    )
    d.t(" （通帳記号・番号）\n※金融機関使用欄 受付印 取扱店番号 ").t(digits(3)).t(
        " 市町村コード 06"
    ).t(digits(4))
    d.t("\n1/1 ページ\n")
    return d


def nenkin() -> Doc:
    d = Doc("国民年金 窓口相談メモ")
    a = P(rare=True)
    d.t("【年金相談】").t("2025.").t(str(rng.randrange(1, 12))).t(".").t(
        str(rng.randrange(1, 28))
    ).t(" 対応 ")
    d.e("PERSON", P().sei).t("\n来所者 ").e("PERSON", a.full("")).t("（本人）")
    d.e("BIRTH_DATE", birth("kanji")).t("生\n基礎年金番号 ").e("PENSION_NUMBER", pension()).t(
        " / 旧番号 "
    )
    d.e("PENSION_NUMBER", pension(" ")).t("（厚年）\n")
    d.t("妻 ").e("PERSON", P().mei).t("（").e("BIRTH_DATE", birth("abbr")).t("生、基礎年金番号").e(
        "PENSION_NUMBER", pension("")
    )
    d.t(
        "）の第3号届出漏れを確認。\n年金事務所（ねんきんダイヤル 0570-05-1165）へ案内。免除申請書を交付。\n"
    )
    d.t("連絡先 ").e("PHONE", phone()).t("、住所 ").e("ADDRESS", local_address()).t("\n")
    return d


def honnin_kakunin() -> Doc:
    d = Doc("本人確認書類の記録簿（Wordの表をタブで貼付）")
    d.t("証明書交付 本人確認記録簿（").t(str(rng.randrange(4, 12))).t(
        "月分）\n日付\t請求者\t確認書類\t書類番号\t窓口\n"
    )
    for _ in range(rng.randrange(8, 11)):
        p = P(rare=rng.random() < 0.3)
        d.t(f"{rng.randrange(4, 12)}/{rng.randrange(1, 29)}\t").e("PERSON", p.full("　")).t("\t")
        k = rng.random()
        if k < 0.5:
            d.t("運転免許証\t").e("DRIVER_LICENSE", digits(12))
        elif k < 0.75:
            d.t("旅券\t").e("PASSPORT", passport())
        else:
            d.t("個人番号カード\t").e(
                "MY_NUMBER", my_number(rng.choice(["run", "space", "hyphen"]))
            )
        d.t("\t").e("PERSON", P().sei).t("\n")
    return d


def furusato() -> Doc:
    d = Doc("ふるさと納税 決済エラー照会（Excelの二段見出しを貼付）")
    d.t("寄附者情報\t\t\t決済情報\t\t\n氏名\t郵便番号\t住所\tカード番号\t有効期限\t寄附額\n")
    for _ in range(rng.randrange(5, 8)):
        p = P()
        d.e("PERSON", p.full(" ")).t("\t").e("POSTAL_CODE", postal()).t("\t").e(
            "ADDRESS", address(rng.choice(["full", "bldg", "banchi"]))
        )
        d.t("\t").e("CREDIT_CARD", card(rng.choice(["run", "space", "hyphen"]))).t(
            f"\t{rng.randrange(1, 12):02d}/2{rng.randrange(6, 9)}\t"
        )
        d.t(f"{rng.randrange(1, 30) * 5000:,}").t("\n")
    d.t("\n注文番号 FN-").t(digits(8)).t(
        " ほか。問合せ先：ふるさと納税係 furusato@city.minatono.example.jp\n"
    )
    return d


def kigyo_kenshin() -> Doc:
    d = Doc("特定健診 受診券 再発行依頼（電話メモ）")
    a = P()
    d.t("電話受付メモ　").t(f"{rng.randrange(9, 17)}:{rng.randrange(10, 59)}").t("\n相手：").e(
        "PERSON", a.sei
    ).t("様（")
    d.e("PHONE", phone()).t("）\n受診券をなくしたとのこと。氏名 ").e("PERSON", a.full(" ")).t(
        "、"
    ).e("BIRTH_DATE", birth("wareki", 1950, 1990))
    d.t("生、保険証 記号").e("INSURANCE_NUMBER", f"{digits(2)}-{digits(3)}").t("・").e(
        "INSURANCE_NUMBER", digits(3)
    )
    d.t("\n再発行して自宅（").e("ADDRESS", address("city")).t("）へ郵送。受付番号 2025-").t(
        digits(4)
    ).t("\n")
    d.t("※同居の父 ").e("PERSON", P().sei_with(a).full(" ")).t("（被保険者番号 ").e(
        "INSURANCE_NUMBER", digits(8)
    ).t("）も同様に再発行希望。\n")
    return d


def untensha() -> Doc:
    d = Doc("公用車運転者名簿（課ごとの届出・セミコロン区切り）")
    d.t("所属;職名;氏名;免許証番号;免許の種類;有効期限\n")
    for _ in range(rng.randrange(6, 9)):
        p = P(rare=rng.random() < 0.3)
        d.t(rng.choice(["税務課", "農林課", "建設課", "福祉課", "教育総務課"])).t(";")
        d.t(rng.choice(["主事", "主任", "係長", "技師", "会計年度任用職員"])).t(";").e(
            "PERSON", p.full(rng.choice([" ", "", "　"]))
        )
        d.t(";").e("DRIVER_LICENSE", digits(12)).t(";").t(rng.choice(["普通", "中型", "準中型"])).t(
            ";"
        )
        d.t(f"令和{rng.randrange(7, 11)}年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日\n")
    d.t("\n安全運転管理者 総務課長（事業所番号 ").t(digits(10)).t("）\n")
    return d


def tennyu_md() -> Doc:
    d = Doc("外国人住民 転入受付一覧（Markdown表・英字氏名）")
    d.t(
        "| No | NAME (passport) | カタカナ | Passport No. | DOB | 転入先 |\n|---|---|---|---|---|---|\n"
    )
    for i in range(rng.randrange(5, 7)):
        f = rng.choice(FOREIGN)
        kat = rng.choice([f"{f[0]}・{f[1]}", f"{f[0]}　{f[1]}", f"{f[0]}{f[1].replace('・', '')}"])
        d.t(f"| {i + 1} | ").e("PERSON", f"{f[2]} {f[3]}").t(" | ").e("PERSON", kat).t(" | ").e(
            "PASSPORT", passport()
        )
        d.t(" | ").e("BIRTH_DATE", birth(rng.choice(["english", "slash", "iso"]))).t(" | ").e(
            "ADDRESS", local_address()
        )
        d.t(" |\n")
    d.t("\n受付：市民課 ").e("PERSON", P().sei).t(
        "／通訳派遣 国際交流協会（多言語窓口 0238-22-1111 内線 2080）\n"
    )
    return d


def menjo_list() -> Doc:
    d = Doc("国民年金 保険料免除 受付一覧（CSV・列順入替え）")
    d.t("受付日,年金番号,申請区分,氏名,生年月日,世帯人数\n")
    for _ in range(rng.randrange(6, 9)):
        p = P(rare=rng.random() < 0.25)
        d.t(f"2025/0{rng.randrange(4, 9)}/{rng.randrange(10, 29)},").e(
            "PENSION_NUMBER", pension()
        ).t(",")
        d.t(rng.choice(["全額免除", "納付猶予", "学生納付特例", "4分の3免除"])).t(",").e(
            "PERSON", p.full(" ")
        ).t(",")
        d.e("BIRTH_DATE", birth(rng.choice(["slash", "abbr", "iso"]), 1966, 2006)).t(
            f",{rng.randrange(1, 6)}\n"
        )
    return d


STYLES = [
    hoiku,
    kaigo,
    seiho,
    genmen,
    senkyo,
    renrakumo,
    risai_mail,
    suido,
    kaishu,
    zairyu,
    english_letter,
    kokuho_tsv,
    jidou_csv,
    audit_log,
    teams,
    kondankai,
    pdf_furikae,
    nenkin,
    honnin_kakunin,
    furusato,
    kigyo_kenshin,
    untensha,
    tennyu_md,
    menjo_list,
]


def build() -> list[dict]:
    docs = []
    order = STYLES * 3
    for i, fn in enumerate(order):
        d = fn()
        text = d.text()
        ents = [
            {"type": t, "start": s, "end": e, "text": x}
            for t, s, e, x in sorted(d.ents, key=lambda z: z[1])
        ]
        check(text, ents)
        docs.append({"id": f"u10-{i + 1:03d}", "style": d.style, "text": text, "entities": ents})
    return docs


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    docs = build()
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    by_type = collections.Counter(e["type"] for d in docs for e in d["entities"])
    by_style = collections.Counter()
    docs_style = collections.Counter()
    for d in docs:
        by_style[d["style"]] += len(d["entities"])
        docs_style[d["style"]] += 1
    print(
        f"{len(docs)} documents, {sum(by_type.values())} labelled items, "
        f"{sum(len(d['text']) for d in docs)} characters -> {out}"
    )
    print("| type | items |\n|---|---|")
    for t, n in sorted(by_type.items(), key=lambda x: -x[1]):
        print(f"| {t} | {n} |")
    print("\n| style | documents | items |\n|---|---|---|")
    for s, n in by_style.items():
        print(f"| {s} | {docs_style[s]} | {n} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
