# ruff: noqa: E501  (the templates are documents; their lines are as long as a clerk writes them)
"""Writes tests/masking_unseen4/data/unseen4.jsonl: a labelled corpus of ~40 fictional municipal
documents, written without looking at the masker's code or at the other corpora's texts.

    .venv/bin/python bench/make_masking_unseen4.py            # rewrites the committed corpus
    .venv/bin/python bench/make_masking_unseen4.py --seed 9   # same templates, other people

Templates are hand-written here; the people and places are new combinations drawn from the gimei
lists in ../shared/data (or the repo's copy), plus a few rare surnames, foreign residents' names
and foreign addresses of our own. Personal items are marked inline as ⟦TYPE|value⟧ and turned into
character offsets by one parser, and every span is checked against the text before writing.

Labelling rules (so another scorer can read them): a PERSON is the name without honorific or
role (山田 太郎 in 「山田 太郎様」, 山田 in 「山田主事」); an ADDRESS runs from the prefecture, city
or street to the room, building or floor, without the postal code or 〒; a BIRTH_DATE is the date
itself; numbers are the digits (with their separators) without 第…号 or labels. Every phone number
and e-mail address is personal, also an office's (the masker cannot know whose it is). Not
personal: organisations, departments, titles (市長, 主事), bank and branch names, dates other than
birth dates, amounts, case and document numbers, corporate numbers, versions.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "masking_unseen4" / "data" / "unseen4.jsonl"
GIMEI_DIRS = (
    ROOT.parent / "shared" / "data" / "gimei-synthetic-source",
    Path("/work/shared/data/gimei-synthetic-source"),
)

_ROW = re.compile(r"-\s*\['([^']*)',\s*'([^']*)',\s*'([^']*)',\s*'([^']*)'\]")


def _load_gimei() -> dict[str, list[tuple[str, str, str, str]]]:
    base = next(d for d in GIMEI_DIRS if (d / "names.yml").exists())
    out: dict[str, list] = {}
    for fname in ("names.yml", "addresses.yml"):
        section = None
        for line in (base / fname).read_text(encoding="utf-8").splitlines():
            key = re.match(r"^\s*([a-z_]+):\s*$", line)
            if key:
                section = key.group(1)
                if section == "first_name":
                    continue
                continue
            m = _ROW.search(line)
            if m and section:
                out.setdefault(section, []).append(m.groups())
    return out


# --- what a person and a place look like -----------------------------------------------------

HW = str.maketrans(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ",
)
_DAKU = {
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


def halfkana(s: str) -> str:
    return "".join(_DAKU.get(c, c) for c in s).translate(HW).replace("\u3000", " ")


def fullwidth(s: str) -> str:
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


_KAN = "〇一二三四五六七八九"


def kan(n: int) -> str:
    if n < 10:
        return _KAN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _KAN[tens]) + "十" + (_KAN[ones] if ones else "")


ERAS = (("令和", 2019), ("平成", 1989), ("昭和", 1926), ("大正", 1912))
ERA_ABBR = {"令和": "R", "平成": "H", "昭和": "S", "大正": "T"}


def wareki(y: int) -> tuple[str, int]:
    for name, start in ERAS:
        if y >= start:
            return name, y - start + 1
    raise ValueError(y)


# Rare surnames that read as ordinary words, numerals or calendar expressions, and foreign
# residents' names as they are written in Japanese documents. Ours, not from the gimei lists.
RARE_SURNAMES = [
    ("四月一日", "ワタヌキ"),
    ("八月一日", "ホズミ"),
    ("一", "ニノマエ"),
    ("百", "モモ"),
    ("米", "ヨネ"),
    ("東", "アズマ"),
    ("春夏", "ハルナツ"),
    ("十", "ツナシ"),
    ("寺", "テラ"),
    ("鬼", "オニ"),
    ("上", "カミ"),
    ("五月女", "ソウトメ"),
    ("日本", "ヒノモト"),
    ("栗", "クリ"),
    ("今日", "キョウ"),
    ("風", "カゼ"),
    ("左", "ヒダリ"),
    ("石", "イシ"),
]
FOREIGN = [
    ("グエン・ヴァン・ナム", "NGUYEN VAN NAM"),
    ("マリア・サントス", "MARIA SANTOS"),
    ("チャン・ティ・ホア", "TRAN THI HOA"),
    ("ワン・リン", "WANG LIN"),
    ("アナ・ロドリゲス", "ANA RODRIGUEZ"),
    ("ラジェシュ・クマール", "RAJESH KUMAR"),
    ("パク・ソヨン", "PARK SOYEON"),
    ("ジョン・ミラー", "JOHN MILLER"),
    ("シティ・ヌルハリザ", "SITI NURHALIZA"),
    ("ファム・ドゥック・アン", "PHAM DUC ANH"),
]
_WOMEN = {
    "MARIA SANTOS",
    "TRAN THI HOA",
    "ANA RODRIGUEZ",
    "PARK SOYEON",
    "SITI NURHALIZA",
    "WANG LIN",
}
FOREIGN_PLACES = [
    ("1452 Maple Grove Avenue, Apt 3B, Portland, OR", "97205", "+1 (503) 555-0148", "US"),
    ("78 Hollins Street, Baltimore, MD", "21223", "+1 410-555-0199", "US"),
    ("22 Carlton Road, Didsbury, Manchester", "M20 6QT", "+44 161 496 0732", "UK"),
    ("Flat 4, 9 Abbey Lane, Leeds", "LS5 3EH", "+44 113 496 0581", "UK"),
    ("Rua das Flores 215, apto 42, São Paulo - SP", "01310-200", "+55 11 95555-0173", "BR"),
    (
        "45 Nguyen Trai Street, Ward 2, District 5, Ho Chi Minh City",
        "700000",
        "+84 28 3855 0126",
        "VN",
    ),
    ("Level 3, 120 King William Street, Adelaide SA", "5000", "+61 8 7000 5512", "AU"),
    ("Kastanienallee 31, Berlin", "10435", "+49 30 5557 1093", "DE"),
]
SAPPORO_WARDS = ["中央区", "北区", "東区", "白石区", "豊平区", "西区", "手稲区", "厚別区"]
SAPPORO_ROMAN = {
    "中央区": "Chuo-ku",
    "北区": "Kita-ku",
    "東区": "Higashi-ku",
    "白石区": "Shiroishi-ku",
    "豊平区": "Toyohira-ku",
    "西区": "Nishi-ku",
    "手稲区": "Teine-ku",
    "厚別区": "Atsubetsu-ku",
}
BUILDINGS = [
    "グランメゾン",
    "コーポ",
    "ハイツ",
    "レジデンス",
    "メゾン",
    "パークハウス",
    "サンライズ",
    "シャトー",
]
BUILDINGS_2 = [
    "若葉",
    "桜台",
    "しらかば",
    "青葉",
    "みどり",
    "旭",
    "ひかり",
    "北斗",
    "すずらん",
    "ポプラ",
]
BANKS = [
    ("北洋銀行", "大通支店"),
    ("みずほ銀行", "札幌支店"),
    ("ゆうちょ銀行", "〇一八店"),
    ("札幌信用金庫", "琴似支店"),
    ("北海道銀行", "本店営業部"),
    ("三井住友銀行", "梅田支店"),
    ("北央農業協同組合", "新川支所"),
    ("りそな銀行", "大宮支店"),
]


_FAMILY_FIRST = ("NGUYEN", "TRAN", "WANG", "PARK", "PHAM")


def family_given(cap: str) -> tuple[str, str]:
    """(FAMILY, GIVEN) of a foreign name written as it is said."""
    parts = cap.split()
    if parts[0] in _FAMILY_FIRST:
        return parts[0], " ".join(parts[1:])
    return parts[-1], " ".join(parts[:-1])


def P(s: str) -> str:
    return f"⟦PERSON|{s}⟧"


def L(t: str, s: str) -> str:
    return f"⟦{t}|{s}⟧"


class World:
    """Draws people, places and numbers; every value is new each call."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        g = _load_gimei()
        self.last = g["last_name"]
        self.male = g["male"]
        self.female = g["female"]
        self.pref = g["prefecture"]
        self.city = g["city"]
        self.town = g["town"]

    def person(self, rare: float = 0.0) -> dict:
        r = self.r
        first = r.choice(self.male if r.random() < 0.5 else self.female)
        if r.random() < rare:
            kanji, kana = r.choice(RARE_SURNAMES)
            last = (kanji, "", kana, "")
        else:
            last = r.choice(self.last)
        return {
            "last": last[0],
            "first": first[0],
            "lastk": last[2],
            "firstk": first[2],
            "full": f"{last[0]}{first[0]}",
            "sp": f"{last[0]} {first[0]}",
            "zsp": f"{last[0]}\u3000{first[0]}",
            "kana": f"{last[2]} {first[2]}",
            "zkana": f"{last[2]}\u3000{first[2]}",
            "hw": halfkana(f"{last[2]} {first[2]}"),
            "roman": f"{last[3] or last[2]} {first[3]}",
            "ROMAN": f"{(last[3] or 'X').upper()} {first[3].upper()}",
            "roman_given_first": f"{first[3]} {last[3]}",
        }

    def foreign(self) -> tuple[str, str]:
        return self.r.choice(FOREIGN)

    def building(self) -> str:
        r = self.r
        return r.choice(BUILDINGS_2) + r.choice(BUILDINGS)

    def address(self, style: str = "plain", pref: bool | None = None) -> str:
        r = self.r
        city = r.choice(self.city)[0]
        town = r.choice(self.town)[0]
        head = (
            (r.choice(self.pref)[0] if (pref if pref is not None else r.random() < 0.5) else "")
            + city
            + town
        )
        a, b, c = r.randint(1, 9), r.randint(1, 40), r.randint(1, 30)
        if style == "plain":
            return f"{head}{a}丁目{b}番{c}号"
        if style == "hyphen":
            return f"{head}{a}-{b}-{c}"
        if style == "banchi":
            return f"{head}{r.randint(100, 2999)}番地{r.randint(1, 40)}"
        if style == "room":
            return f"{head}{a}丁目{b}番{c}号 {self.building()}{r.randint(1, 9)}{r.randint(0, 1)}{r.randint(1, 9)}号室"
        if style == "floor":
            return f"{head}{r.randint(100, 999)}番地{r.randint(1, 40)}\u3000{self.building()}{r.randint(2, 14)}階"
        if style == "fw":
            return f"{head}{fullwidth(f'{a}-{b}-{c}')}"
        if style == "kanji":
            return f"{head}{kan(a)}丁目{kan(b)}番{kan(c)}号"
        raise ValueError(style)

    def sapporo(self, city: bool = True, room: bool = False) -> str:
        r = self.r
        ns = r.choice(["北", "南"])
        ew = r.choice(["東", "西"])
        s = f"{ns}{r.randint(1, 40)}条{ew}{r.randint(1, 20)}丁目{r.randint(1, 30)}番{r.randint(1, 25)}号"
        roll = r.random()
        if roll < 0.35:
            s = f"{ns}{r.randint(1, 40)}条{ew}{r.randint(1, 20)}丁目{r.randint(1, 30)}-{r.randint(1, 25)}"
        elif roll < 0.7:
            s = f"{ns}{r.randint(1, 40)}条{ew}{r.randint(1, 20)}丁目{r.randint(1, 30)}番地{r.randint(1, 25)}"
        if city:
            s = "札幌市" + r.choice(SAPPORO_WARDS) + s
        if room:
            s += f" {self.building()}{r.randint(1, 12)}0{r.randint(1, 9)}" + r.choice(["", "号室"])
        return s

    def sapporo_en(self) -> str:
        r = self.r
        ward = r.choice(SAPPORO_WARDS)
        return (
            f"{r.randint(1, 30)}-{r.randint(1, 25)} {r.choice(['Kita', 'Minami'])} {r.randint(1, 40)}-jo "
            f"{r.choice(['Higashi', 'Nishi'])} {r.randint(1, 20)}-chome, {SAPPORO_ROMAN[ward]}, Sapporo"
        )

    def postal(self) -> str:
        return f"{self.r.randint(1, 999):03d}-{self.r.randint(0, 9999):04d}"

    def mobile(self) -> str:
        r = self.r
        return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"

    def landline(self) -> str:
        r = self.r
        area = r.choice(["011", "0123", "03", "06", "045", "0138", "0166", "052", "092"])
        rest = 10 - len(area)
        mid = r.randint(1, 4) if len(area) >= 4 else 4 - (len(area) - 2)
        mid = {2: 4, 3: 3, 4: 2}[len(area)]
        return (
            f"{area}-{r.randint(10 ** (mid - 1) + 1, 10**mid - 1)}-{r.randint(1000, 9999)}"
            if rest
            else ""
        )

    def email(self, p: dict | None = None, domain: str | None = None) -> str:
        r = self.r
        user = (
            p["roman"].replace(" ", r.choice([".", "_", ""])).lower()
            if p
            else r.choice(["info", "kaigo", "fukushi", "soudan"]) + str(r.randint(1, 99))
        )
        user = re.sub(r"[^a-z0-9._]", "", user) or f"user{r.randint(10, 99)}"
        if r.random() < 0.3:
            user += str(r.randint(1, 99))
        return f"{user}@{domain or r.choice(['example.jp', 'mail.example.com', 'example.ne.jp', 'ezweb.example.ne.jp', 'city.example.lg.jp'])}"

    def birth(self, lo: int = 1930, hi: int = 2015) -> tuple[int, int, int]:
        r = self.r
        return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)

    def mynumber(self) -> str:
        digits = [self.r.randint(0, 9) for _ in range(11)]
        total = 0
        for n in range(1, 12):
            p = digits[11 - n]
            q = n + 1 if n <= 6 else n - 5
            total += p * q
        rem = total % 11
        check = 0 if rem <= 1 else 11 - rem
        return "".join(map(str, digits)) + str(check)

    def card(self, prefix: str = "4", length: int = 16) -> str:
        r = self.r
        body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        total = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch)
            if i % 2 == 0:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        return body + str((10 - total % 10) % 10)

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def pension(self) -> str:
        return f"{self.r.randint(1000, 9999)}-{self.digits(6)}"

    def kaigo(self) -> str:  # 介護保険被保険者番号, 10 digits
        return "0" + self.digits(9)

    def licence(self) -> str:
        return f"{self.r.randint(10, 99)}{self.digits(10)}"

    def passport(self) -> str:
        return self.r.choice(["TK", "TR", "TZ", "MU", "TH"]) + self.digits(7)

    def account(self) -> str:
        return self.digits(7)

    def ip(self) -> str:
        r = self.r
        return r.choice(
            [
                f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"203.0.113.{r.randint(1, 254)}",
                f"198.51.100.{r.randint(1, 254)}",
            ]
        )


# --- the documents ----------------------------------------------------------------------------


def _date_birth(w: World, form: str, lo: int = 1930, hi: int = 2015) -> str:
    y, m, d = w.birth(lo, hi)
    era, ey = wareki(y)
    return {
        "iso": f"{y}/{m:02d}/{d:02d}",
        "kanji_ad": f"{y}年{m}月{d}日",
        "wareki": f"{era}{ey}年{m}月{d}日",
        "wareki_kan": f"{era}{kan(ey) if ey > 1 else '元'}年{kan(m)}月{kan(d)}日",
        "abbr": f"{ERA_ABBR[era]}{ey}.{m}.{d}",
        "compact": f"{y}{m:02d}{d:02d}",
        "fw": fullwidth(f"{y}") + "年" + fullwidth(str(m)) + "月" + fullwidth(str(d)) + "日",
        "us": f"{m:02d}/{d:02d}/{y}",
        "en": f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} {d}, {y}",
        "dash": f"{y}-{m:02d}-{d:02d}",
    }[form]


def doc_letter(w: World) -> tuple[str, str]:
    p = w.person()
    staff = w.person()
    case = f"{w.r.choice(['福祉', '市民', '保険'])}第{w.r.randint(100, 2999)}号"
    text = f"""{case}
令和6年{w.r.randint(1, 12)}月{w.r.randint(1, 28)}日

〒{L("POSTAL_CODE", w.postal())}
{L("ADDRESS", w.address("room"))}
{P(p["sp"])} 様

北央市長　{P(w.person()["sp"])}
（公印省略）

介護保険負担限度額認定申請について（通知）

　令和6年8月1日付けで申請のありました標記の件について、審査の結果、下記のとおり決定しましたので通知します。
　なお、この決定に不服がある場合は、この通知を受け取った日の翌日から起算して3か月以内に、北海道知事に対して審査請求をすることができます。

記

１　被保険者番号　{L("INSURANCE_NUMBER", w.kaigo())}
２　認定区分　　　第2段階
３　適用期間　　　令和6年8月1日から令和7年7月31日まで
４　食費の負担限度額　日額390円

【問合せ先】
北央市 保健福祉部 介護保険課 給付係
担当：{P(staff["last"])}（主任）
電話：{L("PHONE", w.landline())}（内線{w.r.randint(2000, 2999)}）
"""
    return "letter", text


def doc_minutes(w: World) -> tuple[str, str]:
    ppl = [w.person(rare=0.35) for _ in range(7)]
    roles = ["委員長", "副委員長", "委員", "委員", "委員", "委員", "委員"]
    att = "、".join(f"{r} {P(p['sp'])}" for r, p in zip(roles, ppl, strict=True))
    sec = [w.person() for _ in range(3)]
    text = f"""第{w.r.randint(2, 9)}回 北央市地域福祉計画推進委員会 会議録

日時：令和6年{w.r.randint(1, 12)}月{w.r.randint(1, 28)}日（{w.r.choice("月火水木金")}）14時00分～15時45分
場所：北央市役所 本庁舎5階 第2会議室
出席者：{att}
欠席者：委員 {P(w.person(rare=0.5)["sp"])}
事務局：保健福祉部長 {P(sec[0]["sp"])}、地域福祉課長 {P(sec[1]["sp"])}、同課主査 {P(sec[2]["sp"])}
傍聴者：2名

１　開会
{P(sec[1]["last"])}課長：定刻となりましたので、ただいまから会議を開催いたします。本日は委員12名中11名の出席をいただいております。
２　議事
（1）第4期計画の進捗状況について
事務局（{P(sec[2]["last"])}主査）から資料1に基づき説明。
{P(ppl[2]["last"])}委員：見守り活動の登録者数が前年度比で8.5％減っているが、理由は何か。
{P(sec[2]["last"])}主査：担い手の高齢化が主な要因と考えております。
{P(ppl[4]["last"])}委員：町内会との連携についても資料に記載してほしい。
{P(ppl[0]["last"])}委員長：ほかにご意見がなければ、事務局案のとおり承認してよろしいか。
（異議なし）
３　閉会
次回は令和7年2月中旬を予定。
"""
    return "minutes", text


def doc_complaint(w: World) -> tuple[str, str]:
    p = w.person()
    nb = w.person()
    staff = w.person()
    text = f"""苦情・要望受付記録票

受付番号：受付第2024-{w.r.randint(100, 999)}号
受付日時：令和6年{w.r.randint(1, 12)}月{w.r.randint(1, 28)}日 10:{w.r.randint(10, 59)}
受付方法：電話
受付者：環境政策課 {P(staff["sp"])}

申出人
　氏名：{P(p["zsp"])}（{P(p["zkana"])}）
　住所：{L("ADDRESS", w.address("fw") + " " + w.building() + fullwidth(str(w.r.randint(101, 905))) + "号室")}
　電話：{L("PHONE", fullwidth(w.mobile()))}

内容
　隣家の{P(nb["last"])}さん宅の庭木が越境し、落ち葉が雨どいに詰まる。何度か直接お願いしたが改善されない。市から指導してほしいとのこと。
　なお、昨年度も同様の申出（受付第2023-{w.r.randint(100, 999)}号）あり。

対応
　民事上の問題であることを説明のうえ、現地確認は行う旨回答。{w.r.randint(1, 12)}月{w.r.randint(1, 28)}日 現地確認予定（担当 {P(staff["last"])}、{P(w.person()["last"])}）。
"""
    return "complaint", text


def doc_welfare(w: World) -> tuple[str, str]:
    p = w.person()
    son = w.person()
    cm = w.person()
    b = _date_birth(w, "wareki_kan", 1930, 1952)
    bank, branch = w.r.choice(BANKS)
    text = f"""ケース記録（生活支援）

対象者：{P(p["full"])}（{P(p["kana"])}）　生年月日：{L("BIRTH_DATE", b)}生
住所：{L("ADDRESS", w.address("kanji"))}
介護保険被保険者番号：{L("INSURANCE_NUMBER", w.kaigo())}
基礎年金番号：{L("PENSION_NUMBER", w.pension())}
年金振込口座：{bank} {branch} 普通 {L("BANK_ACCOUNT", w.account())}
担当ケアマネジャー：{P(cm["sp"])}（ケアプランセンターほくおう）

令和6年10月3日（木）
　自宅訪問。本人は居間で横になっていた。食事は1日2回、配食サービスを利用。長男の{P(son["first"])}氏（{L("PHONE", w.mobile())}）とは月1回程度連絡がある。
　室内に未開封の郵便物が多数。電気料金の督促状（12,480円）あり。
令和6年10月17日（木）
　{P(cm["last"])}ケアマネと同行訪問。デイサービス週2回の利用を提案し、本人了承。
　次回訪問予定：11月上旬。
"""
    return "welfare", text


def doc_email(w: World) -> tuple[str, str]:
    a, b, c = w.person(), w.person(), w.person()
    ea, eb = w.email(a, "city.hokuo.example.lg.jp"), w.email(b, "example.co.jp")
    text = f"""From: {P(a["sp"])} <{L("EMAIL", ea)}>
To: {P(b["roman"])} <{L("EMAIL", eb)}>
Cc: {L("EMAIL", w.email(c, "city.hokuo.example.lg.jp"))}
Date: Tue, 12 Nov 2024 09:14:03 +0900
Subject: Re: 【要確認】窓口システム接続エラーの件

{w.r.choice(["株式会社ノースシステム", "北央データサービス株式会社"])}
{P(b["last"])}様

いつもお世話になっております。北央市 情報政策課の{P(a["last"])}です。
昨日ご連絡いたしました接続エラーについて、ログを確認したところ、以下の端末から失敗が記録されていました。

  2024-11-11 16:02:44 auth failed user=madoguchi07 src={L("IP_ADDRESS", w.ip())}
  2024-11-11 16:03:10 auth failed user=madoguchi07 src={L("IP_ADDRESS", w.ip())}

なお、サーバ側のバージョンは 4.12.3 です。契約番号 HK-2023-0457 にてお問い合わせいただければ幸いです。
お手数ですが、本日17時までにご回答をお願いいたします。

--
北央市 総務部 情報政策課 システム係
{P(a["sp"])}
TEL {L("PHONE", w.landline())} / 内線 3125
Mail {L("EMAIL", ea)}
"""
    return "email", text


def doc_csv_header(w: World) -> tuple[str, str]:
    rows = ["No,氏名,フリガナ,性別,生年月日,郵便番号,住所,電話番号,登録日"]
    for i in range(1, 7):
        p = w.person(rare=0.15)
        rows.append(
            f"{i},{P(p['sp'])},{P(p['kana'])},{w.r.choice('男女')},{L('BIRTH_DATE', _date_birth(w, 'iso'))},"
            f"{L('POSTAL_CODE', w.postal())},{L('ADDRESS', w.address(w.r.choice(['hyphen', 'plain', 'room'])))},"
            f"{L('PHONE', w.r.choice([w.mobile(), w.landline()]))},2024/0{w.r.randint(1, 9)}/{w.r.randint(10, 28)}"
        )
    return "csv/header", "\n".join(rows) + "\n"


def doc_csv_headerless(w: World) -> tuple[str, str]:
    rows = []
    for _ in range(7):
        p = w.person()
        bank, branch = w.r.choice(BANKS)
        rows.append(
            f'"{w.r.randint(10000, 99999)}","{P(p["hw"])}","{bank}","{branch}","1",'
            f'"{L("BANK_ACCOUNT", w.account())}","{w.r.choice([3200, 4800, 12000, 5600])}","2024/12/27"'
        )
    return "csv/headerless", "\n".join(rows) + "\n"


def doc_tsv_kana_header(w: World) -> tuple[str, str]:
    rows = ["ｼﾒｲ\tｾｲﾈﾝｶﾞｯﾋﾟ\tｷﾞﾝｺｳ\tｼﾃﾝ\tｺｳｻﾞ\tﾈﾝｷﾝﾊﾞﾝｺﾞｳ\tｼｷｭｳｶﾞｸ"]
    for _ in range(6):
        p = w.person()
        bank, branch = w.r.choice(BANKS)
        rows.append(
            f"{P(p['hw'])}\t{L('BIRTH_DATE', _date_birth(w, 'abbr', 1930, 1959))}\t{bank}\t{branch}\t{L('BANK_ACCOUNT', w.account())}"
            f"\t{L('PENSION_NUMBER', w.pension())}\t{w.r.randint(30, 90)},000"
        )
    return "tsv/kana-header", f"受給者一覧（{w.r.randint(1, 12)}月支給分）\n" + "\n".join(
        rows
    ) + "\n"


def doc_markdown(w: World) -> tuple[str, str]:
    rows = [
        "| No | 氏名 | 被保険者番号 | 生年月日 | 要介護度 | 認定有効期間 |",
        "|---|---|---|---|---|---|",
    ]
    for i in range(1, 7):
        p = w.person(rare=0.2)
        rows.append(
            f"| {i} | {P(p['sp'])} | {L('INSURANCE_NUMBER', w.kaigo())} | {L('BIRTH_DATE', _date_birth(w, 'wareki', 1925, 1958))} |"
            f" 要介護{w.r.randint(1, 5)} | R6.{w.r.randint(1, 12)}.1～R8.{w.r.randint(1, 12)}.30 |"
        )
    return "markdown", "## 介護認定結果一覧（令和6年11月審査会分）\n\n" + "\n".join(
        rows
    ) + "\n\n※ 取扱注意。外部持出し禁止。\n"


def _width(s: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(1, width - _width(s))


def doc_aligned(w: World) -> tuple[str, str]:
    cols = (14, 16, 16, 15)
    rows = [
        "".join(
            _pad(h, c) for h, c in zip(("氏名", "年金番号", "証番号", "電話"), cols, strict=True)
        ).rstrip()
    ]
    for _ in range(6):
        p = w.person()
        vals = [
            ("PERSON", p["sp"]),
            ("PENSION_NUMBER", w.pension()),
            ("DRIVER_LICENSE", w.licence()),
            ("PHONE", w.mobile()),
        ]
        rows.append(
            "".join(
                L(t, v) + " " * max(1, c - _width(v)) for (t, v), c in zip(vals, cols, strict=True)
            ).rstrip()
        )
    return "aligned", "運転経歴証明書 交付対象者（高齢者運転免許自主返納）\n" + "\n".join(
        rows
    ) + "\n"


def doc_form(w: World) -> tuple[str, str]:
    p = w.person()
    text = f"""住民票の写し等交付請求書
請求日　令和６年１１月２０日

【請求者】
氏　　名　{P(p["zsp"])}
フリガナ　{P(p["zkana"])}
生年月日　{L("BIRTH_DATE", _date_birth(w, "wareki"))}
住　　所　{L("ADDRESS", w.address("floor"))}
連 絡 先　{L("PHONE", w.mobile())}
【本人確認書類】
☑ 運転免許証（番号 {L("DRIVER_LICENSE", w.licence())}）
□ マイナンバーカード　□ 旅券
【必要な証明】住民票の写し　2通（本籍・筆頭者 記載あり）
使用目的：相続手続のため
手数料　600円（300円×2通）　　受付番号　R6市第{w.r.randint(1000, 9999)}号
"""
    return "form", text


def doc_notice(w: World) -> tuple[str, str]:
    staff = w.person()
    text = f"""令和7年度 北央市 市民活動支援補助金のお知らせ

北央市では、市民の皆さまが行う地域活動を応援するため、補助金の申請を受け付けます。

■ 対象　市内で活動する町内会、ＮＰＯ法人、ボランティア団体など
■ 補助額　上限200,000円（対象経費の2分の1以内）
■ 申請期間　令和7年4月1日（火）～令和7年5月30日（金）
■ 説明会　令和7年3月15日（土）10時～　北央市民交流プラザ 3階 大会議室（定員50名）
■ 根拠　北央市市民活動支援補助金交付要綱（平成28年告示第114号）
■ 申請書類　市ホームページからダウンロードできます（様式第1号～第4号）。

問合せ先：北央市 市民文化部 市民協働推進課（担当：{P(staff["last"])}）
電話 {L("PHONE", w.landline())}　FAX 011-555-0198　メール {L("EMAIL", "kyodo@city.hokuo.example.lg.jp")}
受付時間 平日8時45分～17時15分
"""
    # the FAX number is a phone number too
    text = text.replace("FAX 011-555-0198", "FAX " + L("PHONE", "011-555-0198"))
    return "notice", text


def doc_en_letter_foreign(w: World) -> tuple[str, str]:
    _name, cap = w.foreign()
    addr, post, phone, country = w.r.choice(FOREIGN_PLACES)
    staff = w.person()
    first_last = " ".join(part.capitalize() for part in cap.split())
    text = f"""{first_last}
{L("ADDRESS", addr)} {L("POSTAL_CODE", post)}
{ {"US": "United States", "UK": "United Kingdom", "BR": "Brazil", "VN": "Viet Nam", "AU": "Australia", "DE": "Germany"}[country] }

November 21, 2024

Dear {"Ms." if cap in _WOMEN else "Mr."} {family_given(cap)[0].capitalize()},

Re: Certificate of Residence Record (Juminhyo no Joseki) – Request No. 2024-EN-0318

Thank you for your request dated October 30, 2024. We have enclosed the certificate for the period from April 1, 2019 to March 31, 2023, when you lived in Hokuo City. The fee of 300 yen was paid by international postal money order.

If you have any questions, please contact us by phone at {L("PHONE", phone)} (your number on file) or write to us at the address below.

Sincerely,

{P(staff["roman"])}
Citizens Affairs Division, Hokuo City Office
Phone: {L("PHONE", "+81-" + w.landline()[1:])}
E-mail: {L("EMAIL", w.email(staff, "city.hokuo.example.lg.jp"))}
"""
    text = text.replace(first_last + "\n", P(first_last) + "\n", 1)
    text = re.sub(
        r"(Dear M[rs]\. )(\w+),", lambda m: m.group(1) + P(m.group(2)) + ",", text, count=1
    )
    return "english/letter", text


def doc_en_sapporo(w: World) -> tuple[str, str]:
    _name, cap = w.foreign()
    staff = w.person()
    text = f"""To: {P(cap)}
Address: {L("ADDRESS", w.sapporo_en())} {L("POSTAL_CODE", w.postal())}
Phone: {L("PHONE", w.mobile())}
Date of birth: {L("BIRTH_DATE", _date_birth(w, "en"))}
Resident card no. on file: see enclosed copy

Notice of National Health Insurance Enrollment

We have received your notification of moving in (received on September 2, 2024). You are now enrolled in National Health Insurance of Sapporo City.
Insured person's number: {L("INSURANCE_NUMBER", w.digits(8))}
Monthly premium (FY2024): 4,870 yen. The first payment slip will be mailed in October.

Contact: National Health Insurance Section, Kita Ward Office
Person in charge: {P(staff["ROMAN"])}  Tel {L("PHONE", w.landline())}
"""
    return "english/notice", text


def doc_sapporo_memo(w: World) -> tuple[str, str]:
    p, q = w.person(), w.person(rare=0.3)
    text = f"""【引継ぎメモ】11/18 夜間休日窓口

・{P(p["last"])}様（転入予定）から電話。新住所は {L("ADDRESS", w.sapporo(city=False, room=True))} とのこと。区役所での手続き日程を確認したいとの要望。折り返し先 {L("PHONE", w.mobile())}。
・〒{L("POSTAL_CODE", w.postal())} {L("ADDRESS", w.sapporo(city=False))} の{P(q["sp"])}さんより、ごみステーションの件で再度電話あり。清掃事務所へ転送済み。
・{L("ADDRESS", w.sapporo(city=True))}{w.r.choice(["", " " + w.building() + "305"])} 付近で街路灯の不点灯（市民からの通報、匿名）。土木センターに連絡済み。
・{P(w.person()["last"])}様宅（{L("ADDRESS", f"{w.r.choice('北南')}{w.r.randint(1, 30)}条{w.r.choice('東西')}{w.r.randint(1, 15)}丁目{w.r.randint(1, 20)}番地{w.r.randint(1, 30)} {w.building()}{w.r.randint(1, 9)}0{w.r.randint(1, 9)}号室")}）への訪問は11/20に延期。
以上、日直 {P(w.person()["last"])}
"""
    # the building after the last address is part of it
    text = re.sub(r"(⟦ADDRESS\|[^⟧]*)⟧( [^ 付]+305)", r"\1\2⟧", text)
    return "memo/sapporo", text


def doc_sjis(w: World) -> tuple[str, str]:
    p = w.person()
    q = w.person()
    text = f"""件名：国民年金保険料免除申請の受付について～確認依頼～

国保年金課　各位

下記の申請を受け付けましたので、内容の確認をお願いします。

申請者氏名　　{P(p["zsp"])}（{P(p["zkana"])}）
生年月日　　　{L("BIRTH_DATE", _date_birth(w, "fw"))}
基礎年金番号　{L("PENSION_NUMBER", fullwidth(w.pension()))}
住所　　　　　{L("ADDRESS", w.address("banchi"))}
電話番号　　　{L("PHONE", fullwidth(w.landline()))}
配偶者　　　　{P(q["zsp"])}
申請区分　　　全額免除（令和６年７月分～令和７年６月分）
前年所得　　　１，２４０，０００円

※ 原本は鍵付き書庫で保管済み。受付者：{P(w.person()["last"])}
"""
    return "sjis/memo", text


def doc_halfwidth_bank(w: World) -> tuple[str, str]:
    rows = ["ﾌﾘｶｴｲﾗｲ ｼﾞｭｳﾐﾝｾﾞｲ 2024ﾈﾝ12ｶﾞﾂ", "ｼﾒｲ,ｷﾝﾕｳｷｶﾝ,ｼﾃﾝ,ｼｭﾓｸ,ｺｳｻﾞﾊﾞﾝｺﾞｳ,ｷﾝｶﾞｸ"]
    for _ in range(6):
        p = w.person()
        rows.append(
            f"{P(p['hw'])},ﾎｸﾖｳ,ｵｵﾄﾞｵﾘ,ﾌﾂｳ,{L('BANK_ACCOUNT', w.account())},{w.r.randint(5, 90) * 1000}"
        )
    return "csv/halfwidth", "\n".join(rows) + "\n"


def doc_identity(w: World) -> tuple[str, str]:
    p = w.person()
    mn = w.mynumber()
    mn_fmt = w.r.choice([mn, f"{mn[:4]} {mn[4:8]} {mn[8:]}", f"{mn[:4]}-{mn[4:8]}-{mn[8:]}"])
    text = f"""本人確認記録（個人番号利用事務）

確認日：令和6年{w.r.randint(1, 12)}月{w.r.randint(1, 28)}日　確認者：市民課 {P(w.person()["sp"])}
申請者：{P(p["sp"])}　生年月日：{L("BIRTH_DATE", _date_birth(w, "abbr"))}
個人番号：{L("MY_NUMBER", mn_fmt)}
番号確認書類：通知カード（記載事項変更なし）
身元確認書類：運転免許証 第{L("DRIVER_LICENSE", w.licence())}号（有効期限 令和9年{w.r.randint(1, 12)}月{w.r.randint(1, 28)}日）
　　　　　　　旅券 {L("PASSPORT", w.passport())}（補助）
備考：申請書の個人番号欄と番号確認書類の番号が一致することを確認。
"""
    return "form/identity", text


def doc_card(w: World) -> tuple[str, str]:
    p = w.person()
    c = w.card(w.r.choice(["4", "53", "35"]))
    c_fmt = w.r.choice(
        [
            " ".join(c[i : i + 4] for i in range(0, 16, 4)),
            "-".join(c[i : i + 4] for i in range(0, 16, 4)),
        ]
    )
    text = f"""ふるさと納税 寄附申込書（電子申請 控）

申込番号：FN24-{w.r.randint(100000, 999999)}
寄附者氏名：{P(p["sp"])}（{P(p["kana"])}）
メールアドレス：{L("EMAIL", w.email(p))}
電話番号：{L("PHONE", w.mobile())}
寄附金額：30,000円（返礼品：北央産ゆめぴりか 10kg）
お支払方法：クレジットカード
カード番号：{L("CREDIT_CARD", c_fmt)}　有効期限 08/27
寄附の使い道：子育て支援の充実
ワンストップ特例申請：希望する
"""
    return "form/furusato", text


def doc_incident(w: World) -> tuple[str, str]:
    a, b = w.person(), w.person()
    text = f"""情報セキュリティインシデント報告書（第一報）

報告日時：2024年11月14日 18:30
報告者：{P(a["sp"])}（こども家庭課 主事）
概要：業務用端末（資産番号 PC-2019-0382、IPアドレス {L("IP_ADDRESS", w.ip())}）にて不審なメールの添付ファイルを開封。
送信元：{L("EMAIL", "support-desk@secure-verify.example.com")}（なりすましの疑い）
通信先：{L("IP_ADDRESS", w.ip())}:443（ファイアウォールで遮断を確認）
IPv6：{L("IP_ADDRESS", "2001:db8:4f2a::1c")}
対応：LANケーブル抜線済み。ウイルス対策ソフト（定義 2024.11.14.03）でフルスキャン中。
CSIRT連絡先：{P(b["sp"])} 内線4410 {L("PHONE", w.mobile())}（緊急時）
"""
    return "report/incident", text


def doc_attendees(w: World) -> tuple[str, str]:
    lines = [
        "令和6年度 民生委員・児童委員 地区研修会 出席者名簿",
        "",
        "地区　　　　氏名　　　　　　備考",
    ]
    for district in ["第1地区", "第2地区", "第3地区", "第4地区", "第5地区", "第6地区", "第7地区"]:
        p = w.person(rare=0.5)
        lines.append(
            f"{district}　　{P(p['zsp'])}　　{w.r.choice(['会長', '', '新任', '副会長', ''])}"
        )
    lines.append("")
    lines.append(f"講師：北央大学 人間福祉学部 教授 {P(w.person()['sp'])} 氏")
    lines.append(f"記録：地域福祉課 {P(w.person()['sp'])}")
    return "list/attendees", "\n".join(lines) + "\n"


def doc_foreign_visit(w: World) -> tuple[str, str]:
    f1, f2 = w.foreign(), w.foreign()
    staff = w.person()
    text = f"""家庭訪問記録（外国人住民支援）

訪問日：令和6年11月8日（金）
世帯主：{P(f1[0])}（{P(f1[1])}）　在留資格：技能実習
同居人：{P(f2[0])}
住所：{L("ADDRESS", w.address("room", pref=False))}
通訳：{P(w.person()["sp"])}（北央市国際交流協会）
訪問者：{P(staff["sp"])}、{P(w.person()["sp"])}

　{P(f1[0].split("・")[0])}さんより、子どもの就学手続について相談。{P(f2[0].split("・")[0])}さんは日本語がほとんど話せないため、ベトナム語の案内文を渡した。
　連絡先：{L("PHONE", w.mobile())}（本人）、勤務先 株式会社北央精工 総務課
"""
    return "welfare/foreign", text


def doc_en_email_uk(w: World) -> tuple[str, str]:
    _name, cap = w.foreign()
    addr, post, phone, _country = w.r.choice(
        [x for x in FOREIGN_PLACES if x[3] in ("UK", "AU", "DE")]
    )
    family, given = (x.title() for x in family_given(cap))
    email = f"{given.lower().replace(' ', '')}.{family.lower()}@example.org"
    staff = w.person()
    text = f"""From: {P(given + " " + family)} <{L("EMAIL", email)}>
To: {L("EMAIL", "international@city.hokuo.example.lg.jp")}
Subject: Tax certificate for my pension application

Dear Sir or Madam,

I lived in Hokuo City from 2016 to 2021 and paid resident tax there. For my pension application here I need a tax certificate (kazei shomeisho) for FY2020.

My details:
Name: {P(cap)}
Date of birth: {L("BIRTH_DATE", _date_birth(w, "us"))}
Former address in Japan: {L("ADDRESS", w.address("room", pref=True))}
Current address: {L("ADDRESS", addr)}, {L("POSTAL_CODE", post)}
Phone: {L("PHONE", phone)}

Kind regards,
{P(given)}

> On 5 Nov 2024, at 10:12, {P(staff["roman"])} wrote:
> Please send us a copy of your passport (No. {L("PASSPORT", w.passport())} is on our record) and the request form.
"""
    return "english/email", text


def doc_council(w: World) -> tuple[str, str]:
    mayor, g1, g2, dept = w.person(), w.person(rare=0.3), w.person(rare=0.3), w.person()
    text = f"""令和6年第4回北央市議会定例会 厚生委員会 会議録（抄）

○委員長（{P(g1["last"])} {P(g1["first"])}君）　ただいまから厚生委員会を開会します。
○{P(g2["last"])}委員　介護人材確保事業について伺います。予算額1,850万円に対し、執行率が42％にとどまっている理由は。
○介護保険課長（{P(dept["sp"])}君）　お答えします。研修受講者が見込みを下回ったことによるものです。
○{P(g2["last"])}委員　市長の見解を。
○市長（{P(mayor["sp"])}君）　人材確保は喫緊の課題であり、来年度予算で拡充を検討します。
○委員長（{P(g1["last"])}君）　以上で質疑を終結します。議案第58号は原案のとおり可決すべきものと決定しました。
"""
    return "minutes/council", text


def doc_csv_shuffled(w: World) -> tuple[str, str]:
    rows = ['"電話","住所","生年月日","氏名カナ","氏名","メール"']
    for _ in range(6):
        p = w.person(rare=0.15)
        rows.append(
            f'"{L("PHONE", w.mobile())}","{L("ADDRESS", w.address(w.r.choice(["plain", "hyphen", "banchi"])))}",'
            f'"{L("BIRTH_DATE", _date_birth(w, "compact"))}","{P(p["kana"])}","{P(p["sp"])}","{L("EMAIL", w.email(p))}"'
        )
    return "csv/shuffled", "\n".join(rows) + "\n"


def doc_transfer_form(w: World) -> tuple[str, str]:
    p = w.person()
    bank, branch = w.r.choice(BANKS)
    text = f"""市税 口座振替依頼書

納税義務者　住所 〒{L("POSTAL_CODE", w.postal())} {L("ADDRESS", w.address("hyphen"))}
　　　　　　氏名 {P(p["sp"])}　電話 {L("PHONE", w.landline())}
振替税目　　☑市・道民税（普通徴収）☑固定資産税 □軽自動車税
金融機関名　{bank}　{branch}
預金種目　　1.普通
口座番号　　{L("BANK_ACCOUNT", w.account())}
口座名義（ｶﾅ）　{P(p["hw"])}
開始月　　　令和7年4月（第1期）から
※ 通帳の届出印を押印してください。
"""
    return "form/bank", text


def doc_kokuho(w: World) -> tuple[str, str]:
    p, c = w.person(), w.person()
    kigo, bango = f"{w.r.randint(10, 99)}", f"{w.r.randint(1000, 99999)}"
    text = f"""国民健康保険 高額療養費支給申請（受付メモ）

世帯主：{P(p["sp"])}　被保険者証 記号 {L("INSURANCE_NUMBER", kigo)} 番号 {L("INSURANCE_NUMBER", bango)}
療養を受けた人：{P(c["first"])}（長女、{L("BIRTH_DATE", _date_birth(w, "kanji_ad", 2000, 2020))}生）
医療機関：北央中央病院（令和6年9月入院）
自己負担額：252,600円　支給見込額：165,180円
振込先：{w.r.choice(BANKS)[0]} 普通 {L("BANK_ACCOUNT", w.account())}
"""
    return "memo/kokuho", text


def doc_kouki_tsv(w: World) -> tuple[str, str]:
    rows = ["被保険者番号\t氏名\t氏名（カナ）\t生年月日\t負担割合"]
    for _ in range(6):
        p = w.person()
        rows.append(
            f"{L('INSURANCE_NUMBER', w.digits(8))}\t{P(p['sp'])}\t{P(p['kana'])}\t"
            f"{L('BIRTH_DATE', _date_birth(w, 'wareki', 1925, 1949))}\t{w.r.choice(['1割', '2割', '3割'])}"
        )
    return "tsv/header", "後期高齢者医療 資格異動者一覧\n" + "\n".join(rows) + "\n"


def doc_phone_memo(w: World) -> tuple[str, str]:
    p, q = w.person(), w.person()
    text = f"""電話メモ　11/19 13:40
{P(p["last"])}課長へ
{P(q["sp"])}さん（{L("PHONE", w.mobile())}）から電話がありました。
先日の保育所入所申請の件で、{P(q["last"])}さん（旧姓 {P(w.person()["last"])}）の勤務証明書が遅れるとのこと。
11月末までに提出予定。折り返し不要。
受けた人：{P(w.person()["last"])}
"""
    return "memo/phone", text


def doc_en_capitals(w: World) -> tuple[str, str]:
    _name, cap = w.foreign()
    jp = w.person()
    text = f"""APPLICATION FOR CERTIFICATE OF ALIEN REGISTRATION DETAILS
SURNAME, GIVEN NAME: {P(family_given(cap)[0])}, {P(family_given(cap)[1])}
NATIONALITY: {w.r.choice(["VIET NAM", "PHILIPPINES", "BRAZIL", "NEPAL", "INDONESIA"])}
DATE OF BIRTH: {L("BIRTH_DATE", _date_birth(w, "dash"))}
PASSPORT NO.: {L("PASSPORT", w.passport()[:2] + w.digits(7))}
ADDRESS IN JAPAN: {L("ADDRESS", w.address("hyphen", pref=True))}
TEL: {L("PHONE", "+81 " + w.mobile()[1:].replace("-", " "))}
E-MAIL: {L("EMAIL", w.email(None, "example.com"))}
SPONSOR / EMPLOYER CONTACT: {P(jp["ROMAN"])} (HOKUO SEIKO CO., LTD.)
PURPOSE: VISA RENEWAL
"""
    return "english/form", text


def doc_pension_md(w: World) -> tuple[str, str]:
    rows = ["| 氏名（カナ） | 基礎年金番号 | 生年月日 | 受給開始 |", "|:--|:--:|:--:|--:|"]
    for _ in range(6):
        p = w.person()
        rows.append(
            f"| {P(p['kana'])} | {L('PENSION_NUMBER', w.pension())} | {L('BIRTH_DATE', _date_birth(w, 'abbr', 1935, 1959))} |"
            f" R{w.r.randint(1, 6)}.{w.r.randint(1, 12)} |"
        )
    return "markdown/pension", "### 年金生活者支援給付金 対象者（抜粋）\n\n" + "\n".join(
        rows
    ) + "\n"


def doc_fullwidth_paste(w: World) -> tuple[str, str]:
    rows = ["氏名\t電話\t郵便番号\t住所\t個人番号"]
    for _ in range(5):
        p = w.person()
        rows.append(
            f"{P(p['zsp'])}\t{L('PHONE', fullwidth(w.mobile()))}\t{L('POSTAL_CODE', fullwidth(w.postal()))}\t"
            f"{L('ADDRESS', w.address('fw'))}\t{L('MY_NUMBER', fullwidth(w.mynumber()))}"
        )
    return "tsv/fullwidth", "\n".join(rows) + "\n"


def doc_child(w: World) -> tuple[str, str]:
    p = w.person()
    k1, k2 = w.person(), w.person()
    text = f"""児童手当 認定通知書

{L("ADDRESS", w.address("room"))}
{P(p["sp"])} 様

北央市長

　令和6年10月分から児童手当の支給を認定しましたので通知します。

受給者番号：第{w.r.randint(10000, 99999)}号
支給対象児童：{P(p["last"] + k1["first"])}（{L("BIRTH_DATE", _date_birth(w, "wareki", 2009, 2023))}生）、{P(p["last"] + k2["first"])}（{L("BIRTH_DATE", _date_birth(w, "wareki", 2009, 2023))}生）
月額：25,000円
支払月：偶数月（各月10日）
振込先口座：{w.r.choice(BANKS)[0]} {w.r.choice(BANKS)[1]} 普通預金 {L("BANK_ACCOUNT", w.account())}
"""
    return "letter/child", text


def doc_budget(w: World) -> tuple[str, str]:
    head = w.person()
    text = f"""令和7年度 予算要求概要（保健福祉部）

1 要求総額　18,436,520千円（前年度比 3.2％増）
2 主な新規・拡充事業
 (1) 重層的支援体制整備事業　42,000千円
 (2) 認知症サポーター養成事業（拡充）　3,150千円
 (3) 介護DX推進事業（ケアプランデータ連携システム導入）　12,800千円
3 根拠法令　社会福祉法第106条の4、介護保険法第115条の45
4 スケジュール　令和6年11月29日 財政課ヒアリング、令和7年1月17日 市長査定
5 関係課　地域福祉課、介護保険課、障がい福祉課、保護第一課・第二課
6 部長　{P(head["sp"])}
（参考）法人番号 7000020012345　／　契約番号 R6-福-0315
"""
    return "report/budget", text


def doc_cc_thread(w: World) -> tuple[str, str]:
    ppl = [w.person() for _ in range(4)]
    ems = [w.email(p, "city.hokuo.example.lg.jp") for p in ppl]
    cc = ", ".join(f"{P(p['sp'])} <{L('EMAIL', e)}>" for p, e in zip(ppl[1:], ems[1:], strict=True))
    text = f"""差出人: {P(ppl[0]["sp"])} <{L("EMAIL", ems[0])}>
宛先: 子育て支援課 <{L("EMAIL", "kosodate@city.hokuo.example.lg.jp")}>
CC: {cc}
件名: 【共有】12月定例会 一般質問通告（{P(w.person(rare=0.3)["last"])}議員）

各位

標記の通告がありましたので共有します。答弁案の作成は子育て支援課でお願いします。
締切：12月2日（月）正午
質問要旨：(1) 放課後児童クラブの待機児童数（令和6年5月1日現在 87人）について
なお、{P(ppl[2]["last"])}主幹は12月3日まで出張のため、代理で{P(ppl[3]["last"])}係長が対応します。
"""
    return "email/thread", text


def doc_move(w: World) -> tuple[str, str]:
    p = w.person()
    text = f"""住所変更届（市営住宅入居者）

入居者氏名：{P(p["sp"])}
旧住所：{L("ADDRESS", w.address("floor"))}
新住所：〒{L("POSTAL_CODE", w.postal())}　{L("ADDRESS", w.address("room"))}
転居日：令和6年11月1日
連絡先（携帯）：{L("PHONE", w.mobile().replace("-", ""))}
緊急連絡先：{P(w.person()["sp"])}（姉）{L("PHONE", "(" + w.landline().replace("-", ")", 1).split(")")[0] + ")" + w.landline().split("-", 1)[1])}
家賃：月額28,300円（令和6年度）
"""
    return "form/move", text


def doc_nintei(w: World) -> tuple[str, str]:
    p = w.person()
    doc = w.person(rare=0.3)
    text = f"""要介護認定 認定調査票（概況調査）

調査実施日：令和6年11月12日　調査員：{P(w.person()["sp"])}（認定調査員番号 0142）
被保険者番号：{L("INSURANCE_NUMBER", w.kaigo())}
対象者：{P(p["sp"])}　生年月日：{L("BIRTH_DATE", _date_birth(w, "wareki_kan", 1926, 1950))}　性別：女
現住所：{L("ADDRESS", w.address("plain"))}
家族連絡先：{P(w.person()["sp"])}（長男）{L("PHONE", w.landline())}
主治医：北央記念病院 内科 {P(doc["sp"])} 医師
現在受けているサービス：訪問介護 週3回、福祉用具貸与（車いす）
特記事項：令和5年12月に自宅で転倒し、大腿骨骨折。令和6年3月退院。
"""
    return "form/nintei", text


def doc_en_tokyo(w: World) -> tuple[str, str]:
    jp = w.person()
    r = w.r
    addr = (
        f"Room {r.randint(101, 909)}, {r.choice(['Sunny Heights', 'Maison Aoba', 'Green Court'])}, "
        f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(['Nakamachi', 'Kamiuma', 'Honcho', 'Midori'])}, "
        f"{r.choice(['Setagaya-ku, Tokyo', 'Naka-ku, Yokohama', 'Chuo-ku, Kobe', 'Aoba-ku, Sendai'])}"
    )
    text = f"""Embassy of the Republic of Examplia
Consular Section

{P(jp["roman"])}
{L("ADDRESS", addr)} {L("POSTAL_CODE", w.postal())}
Japan

Ref: CON/2024/1187

Dear {P(jp["roman"].split()[0])}-san,

We confirm receipt of your visa application on 18 November 2024. Your spouse, {P(w.foreign()[1].title())}, will be informed separately.
Please note that your residence card number must not be sent by e-mail. For questions, call {L("PHONE", "03-" + str(r.randint(1000, 9999)) + "-" + str(r.randint(1000, 9999)))} between 9:30 and 12:00.

Yours faithfully,
Consular Officer
"""
    return "english/letter-jp", text


def doc_kanji_numbers(w: World) -> tuple[str, str]:
    p = w.person(rare=0.4)
    y, m, d = w.birth(1926, 1960)
    era, ey = wareki(y)
    text = f"""申　立　書

私、{P(p["full"])}は、{L("BIRTH_DATE", f"{era}{kan(ey)}年{kan(m)}月{kan(d)}日")}生まれで、現在{L("ADDRESS", w.address("kanji", pref=True))}に居住しております。
昭和五十年四月から平成二年三月までの間、父{P(p["last"] + w.person()["first"])}が営んでいた商店で家業に従事していたことを申し立てます。
なお、当時の国民年金の納付記録（年金番号 {L("PENSION_NUMBER", w.pension())}）についても併せて確認をお願いいたします。

令和六年十一月二十一日
申立人　{P(p["full"])}
"""
    return "letter/kanji", text


def doc_excel_spaces(w: World) -> tuple[str, str]:
    cols = (8, 14, 20, 17)
    rows = [
        "".join(
            _pad(h, c) for h, c in zip(("受付No", "氏名", "ｶﾅ", "免許証番号"), cols, strict=True)
        )
        + "返納日"
    ]
    for i in range(6):
        p = w.person()
        vals = [
            (None, str(1001 + i)),
            ("PERSON", p["sp"]),
            ("PERSON", p["hw"]),
            ("DRIVER_LICENSE", w.licence()),
        ]
        cells = "".join(
            (L(t, v) if t else v) + " " * max(1, c - _width(v))
            for (t, v), c in zip(vals, cols, strict=True)
        )
        rows.append(cells + f"R6.{w.r.randint(1, 11)}.{w.r.randint(1, 28)}")
    return "aligned/licence", "\n".join(rows) + "\n"


def doc_chat(w: World) -> tuple[str, str]:
    a, b, c = w.person(), w.person(), w.person(rare=0.5)
    text = f"""[10:02] {P(a["last"])}: 昨日の{P(c["last"])}さんの件、口座変わったそうです。{w.r.choice(BANKS)[0]} 普通 {L("BANK_ACCOUNT", w.account())} です
[10:04] {P(b["last"])}: 了解です。名義は本人ですか？
[10:04] {P(a["last"])}: はい、{P(c["hw"])} です
[10:05] {P(b["last"])}: 年金の方も変更届いりますね。年金番号わかります？
[10:07] {P(a["last"])}: {L("PENSION_NUMBER", w.pension())} です。マイナンバーは {L("MY_NUMBER", w.mynumber())} 確認済み
[10:08] {P(b["last"])}: ありがとうございます、今日中に処理します
"""
    return "chat", text


def doc_survey(w: World) -> tuple[str, str]:
    # mostly non-personal: statistics, departments, dates, numbers that look like numbers
    text = f"""令和6年度 市民満足度調査 結果概要

調査期間：令和6年6月3日～6月28日
調査対象：満18歳以上の市民3,000人（住民基本台帳から無作為抽出）
回収数：1,284件（回収率 42.8％）

1 総合満足度　「満足」「やや満足」の合計 61.3％（前回比 +2.1ポイント）
2 窓口対応　市民課 78.4％、保険年金課 71.0％、税務課 69.5％
3 自由意見（抜粋）
　・北1条通りの除雪が遅い（60代・男性）
　・子育て支援センターの土曜開館を希望（30代・女性）
4 今後の予定　令和7年2月 市政改革推進会議に報告、3月 市ホームページで公表
問合せ：政策企画課 広聴係　電話 {L("PHONE", "011-555-0140")}
担当　{P(w.person()["sp"])}
"""
    return "report/survey", text


def doc_card_refunds(w: World) -> tuple[str, str]:
    rows = ["返金No\t寄附者\tカード番号\t返金額\t理由"]
    forms = [
        lambda c: " ".join(c[i : i + 4] for i in range(0, 16, 4)),
        lambda c: c,
        lambda c: fullwidth("-".join(c[i : i + 4] for i in range(0, 16, 4))),
        lambda c: "-".join(c[i : i + 4] for i in range(0, 16, 4)),
    ]
    for i in range(4):
        p = w.person()
        c = w.card(w.r.choice(["4", "51", "35", "52"]))
        rows.append(
            f"R-{240 + i}\t{P(p['sp'])}\t{L('CREDIT_CARD', forms[i](c))}\t{w.r.randint(1, 9) * 10000}円\t二重決済"
        )
    amex = w.card("37", 15)
    p = w.person()
    rows.append(
        f"R-244\t{P(p['sp'])}\t{L('CREDIT_CARD', f'{amex[:4]} {amex[4:10]} {amex[10:]}')}\t50,000円\t申込取消"
    )
    return "tsv/cards", "ふるさと納税 返金処理一覧（決済代行 受付番号 PG-2024-1108）\n" + "\n".join(
        rows
    ) + "\n"


def doc_access_log(w: World) -> tuple[str, str]:
    lines = ["# 電子申請システム アクセスログ抽出（2024-11-20、問合せ対応用）"]
    for _ in range(5):
        ip = w.ip()
        lines.append(
            f"{L('IP_ADDRESS', ip)} - - [20/Nov/2024:0{w.r.randint(0, 9)}:{w.r.randint(10, 59)}:{w.r.randint(10, 59)} +0900] "
            f'"POST /shinsei/form/{w.r.randint(100, 999)} HTTP/1.1" 200 {w.r.randint(300, 9000)} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"'
        )
    p = w.person()
    lines.append(
        f"# 申請者 {P(p['sp'])}（{L('EMAIL', w.email(p))}）からの「送信できない」との問合せ。申請番号 2024-11-0042871"
    )
    lines.append("# アプリ版数 3.8.12 / 中継サーバ lb-02（内部用）、NTPは ntp.example.lg.jp を参照")
    return "log/access", "\n".join(lines) + "\n"


def doc_year_end(w: World) -> tuple[str, str]:
    p = w.person()
    sp, k1, k2 = w.person(), w.person(), w.person()
    y = w.r.randint(1968, 1990)
    text = f"""令和6年分 給与所得者の扶養控除等（異動）申告書（会計年度任用職員）

所属：北央市 市民部 戸籍住民課　職員番号 K{w.r.randint(10000, 99999)}
氏名：{P(p["sp"])}　　個人番号：{L("MY_NUMBER", w.mynumber())}
生年月日：{L("BIRTH_DATE", _date_birth(w, "wareki", y, y))}
住所：〒{L("POSTAL_CODE", w.postal())} {L("ADDRESS", w.address("hyphen"))}

源泉控除対象配偶者
　{P(sp["sp"])}　個人番号 {L("MY_NUMBER", " ".join([(mn := w.mynumber())[:4], mn[4:8], mn[8:]]))}　生年月日 {L("BIRTH_DATE", _date_birth(w, "wareki", y - 3, y + 3))}
控除対象扶養親族
　(1) {P(p["last"] + k1["first"])}（子）個人番号 {L("MY_NUMBER", w.mynumber())}　生年月日 {L("BIRTH_DATE", _date_birth(w, "abbr", 2000, 2008))}
　(2) {P(p["last"] + k2["first"])}（子）個人番号 {L("MY_NUMBER", w.mynumber())}　生年月日 {L("BIRTH_DATE", _date_birth(w, "abbr", 2005, 2012))}
支払者：北央市長（法人番号 8000020015458）
"""
    return "form/year-end", text


def doc_passport_list(w: World) -> tuple[str, str]:
    rows = ["受付番号,ﾛｰﾏ字氏名,旅券番号,生年月日,交付予定日"]
    for i in range(5):
        p = w.person()
        rows.append(
            f"P24-{3300 + i},{P(p['ROMAN'])},{L('PASSPORT', w.passport())},"
            f"{L('BIRTH_DATE', _date_birth(w, 'iso'))},2024/12/{w.r.randint(10, 20)}"
        )
    return "csv/passport", "\n".join(rows) + "\n"


DOCS = [
    doc_letter,
    doc_minutes,
    doc_complaint,
    doc_welfare,
    doc_email,
    doc_csv_header,
    doc_csv_headerless,
    doc_tsv_kana_header,
    doc_markdown,
    doc_aligned,
    doc_form,
    doc_notice,
    doc_en_letter_foreign,
    doc_en_sapporo,
    doc_sapporo_memo,
    doc_sjis,
    doc_halfwidth_bank,
    doc_identity,
    doc_card,
    doc_incident,
    doc_attendees,
    doc_foreign_visit,
    doc_en_email_uk,
    doc_council,
    doc_csv_shuffled,
    doc_transfer_form,
    doc_kokuho,
    doc_kouki_tsv,
    doc_phone_memo,
    doc_en_capitals,
    doc_pension_md,
    doc_fullwidth_paste,
    doc_child,
    doc_budget,
    doc_cc_thread,
    doc_move,
    doc_nintei,
    doc_en_tokyo,
    doc_kanji_numbers,
    doc_excel_spaces,
    doc_chat,
    doc_survey,
    doc_card_refunds,
    doc_access_log,
    doc_year_end,
    doc_passport_list,
]

_MARK = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧]*)⟧")


def parse(marked: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    ents: list[dict] = []
    pos = 0
    n = 0
    for m in _MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        n += len(chunk)
        value = m.group(2)
        ents.append({"type": m.group(1), "start": n, "end": n + len(value)})
        out.append(value)
        n += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text
    return text, ents


def build(seed: int) -> list[dict]:
    w = World(seed)
    docs = []
    for i, make in enumerate(DOCS, 1):
        style, marked = make(w)
        text, ents = parse(marked)
        values = re.findall(_MARK, marked)
        for e, (t, v) in zip(ents, values, strict=True):
            assert text[e["start"] : e["end"]] == v and e["type"] == t
            assert v == v.strip() and v, (style, v)
        lang = "en" if style.startswith("english") else "ja"
        encoding = (
            "cp932" if style.startswith("sjis") or style.startswith("csv/halfwidth") else "utf-8"
        )
        if encoding == "cp932":
            assert text.encode("cp932").decode("cp932") == text
        docs.append(
            {
                "id": f"u4-{i:02d}",
                "lang": lang,
                "style": style,
                "encoding": encoding,
                "text": text,
                "entities": ents,
            }
        )
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=4404)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    docs = build(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    types: dict[str, int] = {}
    for d in docs:
        for e in d["entities"]:
            types[e["type"]] = types.get(e["type"], 0) + 1
    print(f"{len(docs)} documents, {sum(types.values())} items -> {args.out}")
    for t, n in sorted(types.items()):
        print(f"  {t:17s}{n:4d}")


if __name__ == "__main__":
    main()
