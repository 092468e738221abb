"""Generate the blind labelled corpus ``unseen15`` (fictional municipal documents of 桜ケ原市).

Standard library only, fixed seed, byte-for-byte reproducible::

    python bench/make_masking_unseen15.py [--out PATH]

Every document is built from plain and labelled pieces, so the entity offsets are computed while the
text is assembled and never searched for afterwards.  Names and places are drawn at random from the
gimei synthetic source (names.yml, addresses.yml; MIT licence; directory taken from $GIMEI_SOURCE,
default /work/shared/data/gimei-synthetic-source), to which a few hand-written rare surnames and
foreign residents' names are added.  The municipality, its office, banks, mail domains (example.*),
IP addresses (documentation ranges), My Numbers (valid check digit) and card numbers (Luhn) are all
invented.  Before writing, every span is re-read from the final text; the script stops if one
differs, is empty, overlaps the previous one or carries outer whitespace.
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "masking_unseen15" / "data" / "unseen15.jsonl"
GIMEI = Path(os.environ.get("GIMEI_SOURCE", "/work/shared/data/gimei-synthetic-source"))
SEED = 15015

TYPES = (
    "PERSON", "ADDRESS", "POSTAL_CODE", "PHONE", "EMAIL", "BIRTH_DATE", "BANK_ACCOUNT", "PENSION_NUMBER",
    "INSURANCE_NUMBER", "DRIVER_LICENSE", "PASSPORT", "MY_NUMBER", "CREDIT_CARD", "IP_ADDRESS", "RESIDENCE_CARD",
)


# ---------------------------------------------------------------------------------------------------------------
# labelled pieces


def PER(s: str) -> tuple[str, str]:
    return ("PERSON", s)


def ADR(s: str) -> tuple[str, str]:
    return ("ADDRESS", s)


def ZIP(s: str) -> tuple[str, str]:
    return ("POSTAL_CODE", s)


def TEL(s: str) -> tuple[str, str]:
    return ("PHONE", s)


def MAIL(s: str) -> tuple[str, str]:
    return ("EMAIL", s)


def BIRTH(s: str) -> tuple[str, str]:
    return ("BIRTH_DATE", s)


def BANK(s: str) -> tuple[str, str]:
    return ("BANK_ACCOUNT", s)


def PEN(s: str) -> tuple[str, str]:
    return ("PENSION_NUMBER", s)


def INS(s: str) -> tuple[str, str]:
    return ("INSURANCE_NUMBER", s)


def DL(s: str) -> tuple[str, str]:
    return ("DRIVER_LICENSE", s)


def PASS(s: str) -> tuple[str, str]:
    return ("PASSPORT", s)


def MYN(s: str) -> tuple[str, str]:
    return ("MY_NUMBER", s)


def CARD(s: str) -> tuple[str, str]:
    return ("CREDIT_CARD", s)


def IP(s: str) -> tuple[str, str]:
    return ("IP_ADDRESS", s)


def RC(s: str) -> tuple[str, str]:
    return ("RESIDENCE_CARD", s)


class Doc:
    """Text assembled from plain strings, labelled (type, text) tuples and nested lists of both."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.ents: list[dict] = []
        self.pos = 0

    def __call__(self, *items: object) -> Doc:
        for it in items:
            if it is None or it == "":
                continue
            if isinstance(it, str):
                self.parts.append(it)
                self.pos += len(it)
            elif isinstance(it, tuple):
                typ, s = it
                assert typ in TYPES, typ
                self.ents.append({"type": typ, "start": self.pos, "end": self.pos + len(s), "text": s})
                self.parts.append(s)
                self.pos += len(s)
            elif isinstance(it, list):
                self(*it)
            else:
                raise TypeError(repr(it))
        return self

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------------------------------------------------------
# character helpers

_FW = str.maketrans("0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ/.()",
                    "０１２３４５６７８９－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ／．（）")


def fw(s: str) -> str:
    """Full-width digits, capitals and hyphens, as typed with a Japanese IME."""
    return s.translate(_FW)


def _half_kana_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for cp in range(0xFF66, 0xFF9E):
        h = chr(cp)
        table.setdefault(unicodedata.normalize("NFKC", h), h)
        for mark in ("\uff9e", "\uff9f"):
            f = unicodedata.normalize("NFKC", h + mark)
            if len(f) == 1:
                table.setdefault(f, h + mark)
    table["ー"] = "ｰ"
    table["・"] = "･"
    table["　"] = " "
    return table


HALF = _half_kana_table()


def hw(s: str) -> str:
    return "".join(HALF.get(c, c) for c in s)


def hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def plain_rom(s: str) -> str:
    """Passport-style Hepburn from gimei's romaji: long vowels dropped (Satou -> Sato, Yuuki -> Yuki)."""
    s = re.sub(r"ou(?![aiueo])", "o", s.lower())
    s = re.sub(r"oo(?![aiueo])", "o", s)
    s = re.sub(r"uu(?![aiueo])", "u", s)
    return s.capitalize()


_KNUM = "〇一二三四五六七八九"


def knum(n: int) -> str:
    if n < 10:
        return _KNUM[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _KNUM[tens]) + "十" + ("" if ones == 0 else _KNUM[ones])


ERAS = [(date(2019, 5, 1), "令和", "R"), (date(1989, 1, 8), "平成", "H"), (date(1926, 12, 25), "昭和", "S"),
        (date(1912, 7, 30), "大正", "T")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def era(d: date) -> tuple[str, str, int]:
    for start, name, abbr in ERAS:
        if d >= start:
            return name, abbr, d.year - start.year + 1
    raise ValueError(d)


def jdate(d: date, form: str = "wa") -> str:
    """A date the way office staff write it.  form: wa, wa0, wak, wafw, abbr, abbrj, iso, slash, ymd, jp, compact,
    dot, en, en_uk, en_short."""
    name, abbr, y = era(d)
    if form == "wa":
        return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if form == "wa0":
        return f"{name}{y:02d}年{d.month:02d}月{d.day:02d}日"
    if form == "wak":
        return f"{name}{'元' if y == 1 else knum(y)}年{knum(d.month)}月{knum(d.day)}日"
    if form == "wafw":
        return fw(f"{name}{y}年{d.month}月{d.day}日")
    if form == "abbr":
        return f"{abbr}{y}.{d.month}.{d.day}"
    if form == "abbr0":
        return f"{abbr}{y:02d}.{d.month:02d}.{d.day:02d}"
    if form == "abbrj":
        return f"{name[0]}{y}.{d.month}.{d.day}"
    if form == "iso":
        return d.isoformat()
    if form == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if form == "slash1":
        return f"{d.year}/{d.month}/{d.day}"
    if form == "jp":
        return f"{d.year}年{d.month}月{d.day}日"
    if form == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if form == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if form == "en":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if form == "en_uk":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if form == "en_short":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if form == "en_mon":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    raise ValueError(form)


WEEK = "月火水木金土日"


def wd(d: date) -> str:
    return WEEK[d.weekday()]


def age_on(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


# ---------------------------------------------------------------------------------------------------------------
# check digits


def my_number_check(d11: str) -> int:
    total = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def luhn_ok(num: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(num)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def corporate_check(d12: str) -> int:
    total = sum(int(d12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return 9 - total % 9


assert my_number_check("12345678901") == 8
assert corporate_check("000012050002") == 7


# ---------------------------------------------------------------------------------------------------------------
# gimei source

_ROW = re.compile(r"^\s*- \['([^']*)', '([^']*)', '([^']*)', '([^']*)'\]\s*$")


def _read_rows(path: Path) -> dict[str, list[tuple[str, str, str, str]]]:
    out: dict[str, list[tuple[str, str, str, str]]] = {}
    key = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if m:
            out.setdefault(key, []).append((m.group(1), m.group(2), m.group(3), m.group(4)))
        elif line.strip().endswith(":"):
            key = line.strip()[:-1]
    return out


NAMES = _read_rows(GIMEI / "names.yml")
PLACES = _read_rows(GIMEI / "addresses.yml")
MALE, FEMALE, LAST = NAMES["male"], NAMES["female"], NAMES["last_name"]
PREFS, CITIES = PLACES["prefecture"], PLACES["city"]
TOWNS = sorted({t for t in PLACES["town"] if len(t[0]) <= 6 and "公園" not in t[0]})

# rare surnames that read as ordinary words (kanji, katakana reading, romaji)
RARE_SURNAMES = [
    ("東", "ヒガシ", "Higashi"), ("南", "ミナミ", "Minami"), ("北", "キタ", "Kita"), ("中", "ナカ", "Naka"),
    ("所", "トコロ", "Tokoro"), ("今", "コン", "Kon"), ("長", "チョウ", "Chou"), ("角", "スミ", "Sumi"),
    ("上", "カミ", "Kami"), ("平", "タイラ", "Taira"), ("米", "ヨネ", "Yone"), ("星", "ホシ", "Hoshi"),
    ("辻", "ツジ", "Tsuji"), ("関", "セキ", "Seki"), ("岸", "キシ", "Kishi"), ("堀", "ホリ", "Hori"),
    ("泉", "イズミ", "Izumi"), ("港", "ミナト", "Minato"), ("門", "カド", "Kado"), ("金", "コン", "Kon"),
    ("谷", "タニ", "Tani"), ("原", "ハラ", "Hara"), ("浜", "ハマ", "Hama"), ("宮", "ミヤ", "Miya"),
    ("福", "フク", "Fuku"), ("大家", "オオヤ", "Ooya"), ("市場", "イチバ", "Ichiba"), ("日向", "ヒナタ", "Hinata"),
    ("春日", "カスガ", "Kasuga"), ("新", "アラタ", "Arata"),
]

# foreign residents: nationality -> (order, surnames, male given, female given, middle male, middle female)
# every name part is (romaji, katakana[, kanji]); order "fam" = family name first in ordinary use.
FOREIGN = {
    "ベトナム": ("fam",
                [("Nguyen", "グエン"), ("Tran", "チャン"), ("Le", "レ"), ("Pham", "ファム"), ("Hoang", "ホアン"),
                 ("Vu", "ヴー"), ("Bui", "ブイ"), ("Do", "ドー")],
                [("Nam", "ナム"), ("Hung", "フン"), ("Tuan", "トゥアン"), ("Minh", "ミン"), ("Duc", "ドゥック"),
                 ("Quang", "クアン")],
                [("Ha", "ハー"), ("Lan", "ラン"), ("Linh", "リン"), ("Thao", "タオ"), ("Huong", "フオン"),
                 ("Trang", "チャン")],
                [("Van", "ヴァン"), ("Duc", "ドゥック"), ("Quoc", "クオック")],
                [("Thi", "ティ"), ("Ngoc", "ゴック"), ("Thu", "トゥー")]),
    "フィリピン": ("giv",
                 [("Santos", "サントス"), ("Reyes", "レイエス"), ("Cruz", "クルス"), ("Bautista", "バウティスタ"),
                  ("Garcia", "ガルシア"), ("Mendoza", "メンドーサ"), ("Villanueva", "ビラヌエバ"), ("Ramos", "ラモス")],
                 [("Jose", "ホセ"), ("Mark", "マーク"), ("Ronaldo", "ロナルド"), ("Jerome", "ジェローム")],
                 [("Maria", "マリア"), ("Angelica", "アンジェリカ"), ("Joy", "ジョイ"), ("Rowena", "ロウェナ"),
                  ("Cristina", "クリスティーナ")],
                 [], []),
    "ブラジル": ("giv",
               [("Silva", "シルバ"), ("Oliveira", "オリベイラ"), ("Souza", "ソウザ"), ("Pereira", "ペレイラ"),
                ("Costa", "コスタ"), ("Yamashiro", "ヤマシロ")],
               [("Lucas", "ルーカス"), ("Gabriel", "ガブリエル"), ("Rafael", "ハファエル"), ("Thiago", "チアゴ")],
               [("Ana", "アナ"), ("Juliana", "ジュリアナ"), ("Fernanda", "フェルナンダ"), ("Camila", "カミラ")],
               [], []),
    "ネパール": ("giv",
               [("Gurung", "グルン"), ("Thapa", "タパ"), ("Shrestha", "シュレスタ"), ("Rai", "ライ"),
                ("Tamang", "タマン")],
               [("Ram", "ラム"), ("Bikash", "ビカシュ"), ("Suman", "スマン"), ("Prakash", "プラカシュ")],
               [("Sita", "シタ"), ("Anita", "アニタ"), ("Sabina", "サビナ"), ("Puja", "プジャ")],
               [("Bahadur", "バハドゥル")], [("Kumari", "クマリ")]),
    "インドネシア": ("giv",
                  [("Santoso", "サントソ"), ("Wijaya", "ウィジャヤ"), ("Lestari", "レスタリ"), ("Saputra", "サプトラ")],
                  [("Agus", "アグス"), ("Budi", "ブディ"), ("Rizki", "リズキ")],
                  [("Dewi", "デウィ"), ("Siti", "シティ"), ("Ayu", "アユ")],
                  [], []),
    "アメリカ合衆国": ("giv",
                   [("Johnson", "ジョンソン"), ("Miller", "ミラー"), ("Wilson", "ウィルソン"), ("Anderson",
                                                                                                "アンダーソン"),
                    ("Carter", "カーター")],
                   [("Michael", "マイケル"), ("David", "デイビッド"), ("Ryan", "ライアン"), ("Daniel", "ダニエル")],
                   [("Emily", "エミリー"), ("Sarah", "サラ"), ("Olivia", "オリビア"), ("Jessica", "ジェシカ")],
                   [("James", "ジェームズ")], [("Anne", "アン")]),
    "中国": ("fam",
           [("Wang", "ワン", "王"), ("Li", "リー", "李"), ("Zhang", "チャン", "張"), ("Liu", "リュウ", "劉"),
            ("Chen", "チェン", "陳"), ("Zhao", "チャオ", "趙")],
           [("Wei", "ウェイ", "偉"), ("Yang", "ヤン", "洋"), ("Hao", "ハオ", "浩"), ("Jun", "ジュン", "軍")],
           [("Na", "ナー", "娜"), ("Min", "ミン", "敏"), ("Jing", "ジン", "静"), ("Xiuying", "シウイン", "秀英")],
           [], []),
    "韓国": ("fam",
           [("Kim", "キム", "金"), ("Park", "パク", "朴"), ("Lee", "イ", "李"), ("Choi", "チェ", "崔"),
            ("Jung", "チョン", "鄭")],
           [("Minjun", "ミンジュン", "民俊"), ("Jihoon", "ジフン", "志勲"), ("Seojun", "ソジュン", "瑞俊")],
           [("Jieun", "ジウン", "智恩"), ("Suhyun", "スヒョン", "秀賢"), ("Yuna", "ユナ", "裕娜")],
           [], []),
}


# ---------------------------------------------------------------------------------------------------------------
# people


@dataclass
class Person:
    sei: str          # kanji surname (or katakana for foreigners without kanji)
    mei: str
    sei_k: str        # katakana
    mei_k: str
    sei_r: str        # romaji, capitalised (Yamada)
    mei_r: str
    male: bool
    born: date
    nat: str = ""     # nationality for foreign residents
    order: str = "fam"
    mid_r: str = ""
    mid_k: str = ""
    has_kanji: bool = True

    @property
    def foreign(self) -> bool:
        return bool(self.nat)

    # ---- Japanese-document forms
    def kj(self, sep: str = " ") -> str:
        if self.has_kanji:
            return f"{self.sei}{sep}{self.mei}"
        return self.kana_reg(sep if sep else "")

    def kana(self, sep: str = " ") -> str:
        if self.foreign:
            return self.kana_reg(sep)
        return f"{self.sei_k}{sep}{self.mei_k}"

    def kana_reg(self, sep: str = " ") -> str:
        """Foreign name in katakana, family name first (as on the resident register)."""
        parts = [self.sei_k, self.mei_k] + ([self.mid_k] if self.mid_k else [])
        if self.order == "fam" and self.mid_k:
            parts = [self.sei_k, self.mid_k, self.mei_k]
        return sep.join(parts)

    def kana_nat(self, sep: str = "・") -> str:
        """Foreign name in katakana, in the order its bearer uses."""
        if self.order == "fam":
            return self.kana_reg(sep)
        parts = [self.mei_k] + ([self.mid_k] if self.mid_k else []) + [self.sei_k]
        return sep.join(parts)

    def hira(self, sep: str = " ") -> str:
        return f"{hira(self.sei_k)}{sep}{hira(self.mei_k)}"

    def hwk(self, sep: str = " ") -> str:
        return hw(self.kana(sep))

    def surname(self) -> str:
        return self.sei if self.has_kanji else self.sei_k

    # ---- Roman forms
    def caps(self) -> str:
        if self.foreign:
            if self.order == "fam" and self.mid_r:
                return f"{self.sei_r} {self.mid_r} {self.mei_r}".upper()
            mid = f" {self.mid_r}" if self.mid_r else ""
            return f"{self.sei_r} {self.mei_r}{mid}".upper()
        return f"{plain_rom(self.sei_r)} {plain_rom(self.mei_r)}".upper()

    def en(self) -> str:
        if self.foreign:
            if self.nat == "ベトナム":
                return f"{self.sei_r} {self.mid_r} {self.mei_r}" if self.mid_r else f"{self.sei_r} {self.mei_r}"
            mid = f" {self.mid_r}" if self.mid_r and self.nat != "ネパール" else ""
            return f"{self.mei_r}{mid} {self.sei_r}"
        return f"{plain_rom(self.mei_r)} {plain_rom(self.sei_r)}"

    def en_sur(self) -> str:
        return self.sei_r if self.foreign else plain_rom(self.sei_r)

    def en_given(self) -> str:
        return self.mei_r if self.foreign else plain_rom(self.mei_r)

    def title(self) -> str:
        return "Mr." if self.male else "Ms."


# ---------------------------------------------------------------------------------------------------------------
# the fictional municipality

CITY = "桜ケ原市"
CITY_KANA = "さくらがはらし"
CITY_EN = "Sakuragahara"
PREF = "宮城県"
PREF_EN = "Miyagi"
OFFICE_ZIP = "989-6143"
OFFICE_ADDR = "宮城県桜ケ原市本町一丁目1番1号"
OFFICE_ADDR_EN = "1-1-1 Honcho, Sakuragahara-shi, Miyagi 989-6143, Japan"
OFFICE_TEL = "0229-33-2111"
OFFICE_TEL_INTL = "+81-229-33-2111"
OFFICE_FAX = "0229-33-2190"
DOMAIN = "city.sakuragahara.example.jp"
CORP_NO = "8000020045926"   # 桜ケ原市の法人番号 (fictional, valid check digit asserted below)
assert int(CORP_NO[0]) == corporate_check(CORP_NO[1:])

DEPTS = {
    "市民課": ("市民生活部", "住民記録係", "shimin"),
    "税務課": ("総務部", "市民税係", "zeimu"),
    "総務課": ("総務部", "管財係", "somu"),
    "福祉課": ("保健福祉部", "生活福祉係", "fukushi"),
    "子育て支援課": ("保健福祉部", "家庭相談係", "kosodate"),
    "長寿介護課": ("保健福祉部", "介護保険係", "kaigo"),
    "保険年金課": ("市民生活部", "国保年金係", "kokuho"),
    "情報政策課": ("総務部", "情報システム係", "joho"),
    "環境課": ("市民生活部", "生活環境係", "kankyo"),
    "道路課": ("建設部", "維持管理係", "doro"),
    "商工観光課": ("産業振興部", "ふるさと納税推進係", "furusato"),
    "防災安全課": ("総務部", "防災係", "bousai"),
    "国際交流室": ("企画部", "多文化共生係", "kokusai"),
    "消費生活センター": ("市民生活部", "", "shohi"),
    "上下水道課": ("建設部", "料金係", "suidou"),
}
POSTS = ["主事", "主事", "主任", "主査", "係長", "課長補佐"]

BANKS = [("はまなす銀行", "0561"), ("奥羽中央銀行", "0517"), ("桜ケ原信用金庫", "1194"), ("みやぎ東信用組合", "2213"),
         ("さくらがはら農業協同組合", "9431"), ("東北ひかり銀行", "0538")]
BRANCHES = [("本店営業部", "001"), ("駅前支店", "112"), ("中央支店", "105"), ("北町支店", "127"), ("東口支店", "131"),
            ("桜ケ原支店", "140"), ("南支店", "152"), ("市役所出張所", "161")]
MAIL_DOMAINS = ["example.ne.jp", "example.com", "example.jp", "example.co.jp", "example.net", "example.org",
                "mail.example.jp", "mb.example.ne.jp"]
BUILDINGS = [("コーポ若葉", "Corpo Wakaba"), ("サンハイツ桜ケ原", "Sun Heights Sakuragahara"),
             ("グランメゾン東", "Grand Maison Higashi"), ("メゾン・ド・ソレイユ", "Maison de Soleil"),
             ("ハイツみどり", "Heights Midori"), ("パークサイド本町", "Parkside Honcho"),
             ("アーバンコート", "Urban Court"), ("シャトレ緑ヶ丘", "Chatelet Midorigaoka"),
             ("市営桜ケ原団地", "Sakuragahara Municipal Housing"), ("フォレストヒルズ", "Forest Hills")]
SCHOOLS = ["桜ケ原市立第一小学校", "桜ケ原市立第二小学校", "桜ケ原市立東中学校", "桜ケ原市立北小学校",
           "ひまわり保育園", "桜ケ原市立わかば幼稚園", "さくら認定こども園"]
FACILITIES = ["特別養護老人ホーム桜の郷", "デイサービスセンターあおば", "ケアプランセンターひだまり",
              "桜ケ原市地域包括支援センター", "居宅介護支援事業所はなみずき", "桜ケ原市社会福祉協議会",
              "訪問看護ステーションすずらん", "小規模多機能ホームせせらぎ"]
COMPANIES = ["株式会社東北ロジテック", "有限会社さくら設備", "桜ケ原運輸株式会社", "株式会社みやぎフーズ",
             "合同会社ミナトデザイン", "株式会社ライフネット通販", "株式会社グッドリビング"]


class Gen:
    """Random facts for one document: people, places, numbers, in the office's habits."""

    def __init__(self, seed: int, town_pool: list[tuple[str, str, str, str, str]], rnd: int = 0) -> None:
        self.r = random.Random(seed)
        self.round = rnd  # 0, 1, 2: the document's turn within its style, used to rotate topics
        self.towns = town_pool
        start = date(2024, 4, 1)
        self.today = start + timedelta(days=self.r.randrange(360))
        self.used: set[str] = set()

    # ---- choices
    def c(self, seq):
        return self.r.choice(seq)

    def turn(self, seq):
        """One topic per document of a style, in turn, so that its three documents differ."""
        return seq[self.round % len(seq)]

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def digits(self, n: int, first_nonzero: bool = True) -> str:
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randrange(1, 10)) + s[1:]
        return s

    # ---- dates
    def birth(self, lo: int, hi: int) -> date:
        age = self.r.randint(lo, hi)
        return self.today - timedelta(days=int(age * 365.25) + self.r.randrange(365))

    def day_before(self, lo: int, hi: int) -> date:
        return self.today - timedelta(days=self.r.randint(lo, hi))

    def bdate(self, d: date, japanese: bool = True) -> str:
        if japanese:
            form = self.c(["wa", "wa", "wa", "wa0", "wak", "wafw", "abbr", "abbrj", "jp", "slash", "dot"])
        else:
            form = self.c(["en", "en", "en_uk", "en_mon", "iso"])
        return jdate(d, form)

    # ---- people
    def person(self, lo: int = 20, hi: int = 80, male: bool | None = None, sei: tuple | None = None) -> Person:
        if male is None:
            male = self.p(0.5)
        for _ in range(50):
            if sei is None:
                if self.p(0.12):
                    k, kk, kr = self.c(RARE_SURNAMES)
                    s = (k, kk, kr)
                else:
                    row = self.c(LAST)
                    s = (row[0], row[2], row[3])
            else:
                s = sei
            g = self.c(MALE if male else FEMALE)
            key = s[0] + g[0]
            if key not in self.used:
                self.used.add(key)
                break
        return Person(s[0], g[0], s[1], g[2], s[2], g[3], male, self.birth(lo, hi))

    def relative(self, base: Person, lo: int, hi: int, male: bool | None = None) -> Person:
        return self.person(lo, hi, male, sei=(base.sei, base.sei_k, base.sei_r))

    def foreigner(self, lo: int = 20, hi: int = 60, male: bool | None = None, nat: str | None = None,
                  family: Person | None = None) -> Person:
        if male is None:
            male = self.p(0.5)
        nat = nat or self.c(list(FOREIGN))
        order, surs, ms, fs, mm, fm = FOREIGN[nat]
        s = surs[[x[0] for x in surs].index(family.sei_r)] if family and family.nat == nat else self.c(surs)
        g = self.c(ms if male else fs)
        mids = mm if male else fm
        mid = self.c(mids) if mids and (nat == "ベトナム" or self.p(0.3)) else ("", "")
        kanji = len(s) == 3
        return Person(s[2] if kanji else s[1], g[2] if kanji else g[1], s[1], g[1], s[0], g[0], male,
                      self.birth(lo, hi), nat=nat, order=order, mid_r=mid[0], mid_k=mid[1], has_kanji=kanji)

    def staff(self, dept: str, post: str | None = None) -> Staff:
        p = self.person(24, 58)
        return Staff(p, dept, post or self.c(POSTS), self.r.randint(200, 489), f"0229-33-3{self.digits(3, False)}")

    def name(self, p: Person) -> str:
        """The usual way a name is written in a Japanese record."""
        if p.foreign and not p.has_kanji:
            return self.c([p.kana_reg(" "), p.kana_nat("・"), p.caps(), p.kana_reg("")])
        return p.kj(self.c([" ", " ", "　", "　", ""]))

    def reading(self, p: Person) -> str:
        return self.c([p.kana(" "), p.kana("　"), p.kana(""), p.hira(" ")]) if not p.foreign else p.kana_reg(" ")

    # ---- places
    def local_addr(self, rural: bool | None = None, bldg: bool | None = None) -> tuple[str, str, str]:
        """(postal, japanese address, english address) of a house in 桜ケ原市."""
        town, town_en, postal, _, _ = self.c(self.towns)
        if rural is None:
            rural = self.p(0.25)
        if bldg is None:
            bldg = self.p(0.3) and not rural
        if rural:
            a, b = self.r.randint(1, 999), self.r.randint(1, 30)
            num = self.c([f"字{self.c(['上', '下', '中', '西', '東'])}{self.c(['原', '田', '沢', '野'])}{a}番地",
                          f"{a}番地{b}", f"{a}-{b}", f"{a}番地の{b}"])
            en_num = f"{a}-{b}"
        else:
            a, b, c = self.r.randint(1, 6), self.r.randint(1, 30), self.r.randint(1, 25)
            num = self.c([f"{a}-{b}-{c}", f"{a}丁目{b}番{c}号", f"{a}丁目{b}-{c}", fw(f"{a}-{b}-{c}"),
                          f"{knum(a)}丁目{b}番{c}号", f"{a}丁目{b}番地{c}"])
            en_num = f"{a}-{b}-{c}"
        room = ""
        en_room = ""
        if bldg:
            bj, be = self.c(BUILDINGS)
            rn = f"{self.r.randint(1, 4)}0{self.r.randint(1, 8)}"
            room = self.c([f" {bj} {rn}号室", f" {bj}{rn}", f"　{bj} {rn}", f" {bj} {rn}"])
            en_room = f"{be} {rn}, "
        pref = self.c([PREF, PREF, ""])
        ja = f"{pref}{CITY}{town}{num}{room}"
        en = f"{en_room}{en_num} {town_en}, {CITY_EN}-shi, {PREF_EN}"
        return postal, ja, en

    def other_addr(self) -> tuple[str, str]:
        pref = self.c(PREFS)[0]
        city = self.c(CITIES)[0]
        town = self.c(TOWNS)[0]
        if "区" in city and self.p(0.5):
            pref = ""
        a, b, c = self.r.randint(1, 9), self.r.randint(1, 40), self.r.randint(1, 30)
        num = self.c([f"{a}-{b}-{c}", f"{a}丁目{b}番{c}号", f"{b}番地{c}", f"{a}丁目{b}-{c}"])
        if self.p(0.2):
            bj = self.c(BUILDINGS)[0]
            num += f" {bj}{self.r.randint(1, 9)}0{self.r.randint(1, 9)}"
        return f"{self.digits(3)}-{self.digits(4, False)}", f"{pref}{city}{town}{num}"

    def honseki(self) -> str:
        if self.p(0.5):
            town = self.c(self.towns)[0]
            return f"{PREF}{CITY}{town}{self.r.randint(1, 999)}番地"
        return f"{self.c(PREFS)[0]}{self.c(CITIES)[0]}{self.c(TOWNS)[0]}{self.r.randint(1, 999)}番地"

    # ---- phones and mail
    def mobile(self, intl: bool = False) -> str:
        a, b, c = self.c(["090", "080", "070"]), self.digits(4), self.digits(4, False)
        if intl:
            return self.c([f"+81 {a[1:]}-{b}-{c}", f"+81-{a[1:]}-{b}-{c}", f"+81 {a[1:]} {b} {c}"])
        return self.c([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}{b}{c}", fw(f"{a}-{b}-{c}"), f"{a} {b} {c}"])

    def landline(self) -> str:
        if self.p(0.7):
            ex = self.c(["21", "22", "24", "25", "26", "27", "28", "34", "35", "36"])
            n = self.digits(4, False)
            return self.c([f"0229-{ex}-{n}", f"0229-{ex}-{n}", f"0229({ex}){n}", fw(f"0229-{ex}-{n}"),
                           f"(0229){ex}-{n}"])
        area = self.c([("022", 3), ("03", 4), ("011", 3), ("0225", 2), ("048", 3), ("06", 4)])
        mid = self.digits(area[1])
        return f"{area[0]}-{mid}-{self.digits(4, False)}"

    def phone(self) -> str:
        return self.mobile() if self.p(0.6) else self.landline()

    def email(self, p: Person) -> str:
        s, g = p.en_sur().lower(), p.en_given().lower()
        s = re.sub(r"[^a-z]", "", s)
        g = re.sub(r"[^a-z]", "", g)
        local = self.c([f"{g}.{s}", f"{s}.{g}{self.r.randint(1, 99)}", f"{g[0]}-{s}", f"{s}_{g[:3]}",
                        f"{g}{p.born.year % 100:02d}", f"{s}{g[0]}.{self.r.randint(100, 999)}"])
        return f"{local}@{self.c(MAIL_DOMAINS)}"

    def work_email(self, p: Person) -> str:
        return f"{plain_rom(p.sei_r).lower()}-{plain_rom(p.mei_r).lower()[0]}@{DOMAIN}"

    # ---- numbers
    def my_number(self) -> str:
        d11 = self.digits(11)
        s = d11 + str(my_number_check(d11))
        return self.c([s, s, f"{s[:4]} {s[4:8]} {s[8:]}", f"{s[:4]}-{s[4:8]}-{s[8:]}", f"{s[:4]} {s[4:8]} {s[8:]}"])

    def card(self, grouped: bool | None = None) -> str:
        prefix = self.c(["4", "4", "5" + str(self.r.randint(1, 5)), "35" + str(self.r.randint(28, 89))])
        body = prefix + self.digits(15 - len(prefix), False)
        for d in range(10):
            if luhn_ok(body + str(d)):
                num = body + str(d)
                break
        if grouped is None:
            grouped = self.p(0.7)
        if not grouped:
            return num
        sep = self.c([" ", "-", " "])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def account(self) -> str:
        return self.digits(7, False)

    def yucho(self) -> tuple[str, str]:
        return "1" + self.digits(3, False) + "0", self.digits(7, False) + "1"

    def bank(self) -> tuple[str, str, str, str]:
        b, bc = self.c(BANKS)
        br, brc = self.c(BRANCHES)
        return b, bc, br, brc

    def pension(self) -> str:
        a, b = self.c(["1", "2", "4", "5", "6", "7"]) + self.digits(3, False), self.digits(6, False)
        return self.c([f"{a}-{b}", f"{a}-{b}", f"{a} {b}", f"{a}{b}"])

    def kaigo_no(self) -> str:
        return "00" + self.digits(8, False) if self.p(0.6) else self.digits(10)

    def kouki_no(self) -> str:
        return self.digits(8, False)

    def licence(self) -> str:
        return self.c(["22", "22", "30", "10", "21"]) + self.digits(10, False)

    def passport(self, nat: str = "") -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if nat == "ベトナム":
            return self.c(["C", "N", "P"]) + self.digits(7, False)
        if nat == "フィリピン":
            return "P" + self.digits(7, False) + self.c("ABC")
        if nat == "ブラジル":
            return self.c(["FZ", "GB", "FX"]) + self.digits(6, False)
        if nat == "中国":
            return "E" + self.c(L) + self.digits(7, False)
        if nat == "韓国":
            return "M" + self.digits(8, False)
        if nat == "ネパール":
            return "PA" + self.digits(7, False)
        if nat == "インドネシア":
            return self.c(["X", "C", "B"]) + self.digits(7, False)
        if nat == "アメリカ合衆国":
            return "A" + self.digits(8, False)
        return self.c(["TK", "TR", "TZ", "MZ", "TH", "TS"]) + self.digits(7, False)

    def residence_card(self) -> str:
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return self.c(L) + self.c(L) + self.digits(8, False) + self.c(L) + self.c(L)

    def ip(self) -> str:
        if self.p(0.12):
            return f"2001:db8:{self.r.randint(1, 0xffff):x}::{self.r.randint(1, 0xffff):x}"
        net = self.c(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{self.r.randint(2, 254)}"

    def amount(self, lo: int, hi: int, step: int = 100) -> str:
        return f"{self.r.randrange(lo, hi, step):,}"

    def corporate(self) -> str:
        base = self.digits(12)
        return f"{corporate_check(base)}{base}"

    def atena(self) -> str:
        return self.digits(10, False)

    def doc_date(self, d: date | None = None) -> str:
        d = d or self.today
        return self.c([jdate(d, "wa"), jdate(d, "wa"), jdate(d, "wafw")])


@dataclass
class Staff:
    p: Person
    dept: str
    post: str
    ext: int
    direct: str

    @property
    def box(self) -> str:
        return f"{DEPTS[self.dept][2]}@{DOMAIN}"

    @property
    def mail(self) -> str:
        return f"{plain_rom(self.p.sei_r).lower()}-{plain_rom(self.p.mei_r).lower()[0]}@{DOMAIN}"

    @property
    def section(self) -> str:
        return DEPTS[self.dept][1]


def office_block(g: Gen, st: Staff, direct: bool | None = None, mail: bool = False, full: bool = True) -> list:
    """The sender / inquiry block at the foot of a letter: office items are distractors, the staff name is not."""
    out: list = [f"{CITY} {DEPTS[st.dept][0]} {st.dept}"]
    if st.section:
        out.append(f" {st.section}")
    out.append("\n")
    if full:
        out += ["担当：", PER(st.p.kj(g.c([" ", "　", ""]))) if g.p(0.6) else PER(st.p.sei), "\n"]
    else:
        out += ["（担当 ", PER(st.p.sei), "）\n"]
    out.append(f"〒{OFFICE_ZIP} {OFFICE_ADDR}\n")
    out.append(f"電話 {OFFICE_TEL}（内線{st.ext}）")
    if direct is None:
        direct = g.p(0.5)
    if direct:
        out += ["　直通 ", TEL(st.direct)]
    out.append("\n")
    if g.p(0.5):
        out.append(f"FAX {OFFICE_FAX}\n")
    if mail:
        out += ["E-mail ", MAIL(st.mail), "\n"] if g.p(0.5) else [f"E-mail {st.box}\n"]
    return out


# ---------------------------------------------------------------------------------------------------------------
# letters


def letter_notice(g: Gen, mayor: Person) -> Doc:
    """通知文（住民あて）: address block, body with the account and the person concerned, inquiry block."""
    d = Doc()
    topic = g.turn(g.r.sample(["児童手当", "介護保険料", "国保税", "上下水道"], 4))
    dept = {"児童手当": "子育て支援課", "介護保険料": "長寿介護課", "国保税": "保険年金課",
            "上下水道": "上下水道課"}[topic]
    st = g.staff(dept)
    head = g.person(30, 50) if topic == "児童手当" else g.person(45, 85)
    postal, addr, _ = g.local_addr()
    d(g.doc_date(), "\n\n")
    d("〒", ZIP(postal), "\n", ADR(addr), "\n")
    if g.p(0.3) and topic != "児童手当":
        other = g.relative(head, 45, 85)
        d(PER(g.name(other)), " 様方\n")
    d(PER(g.name(head)), g.c([" 様", "　様", "様"]), "\n\n")
    d(f"宛名番号 {g.atena()}\n")
    d(f"{CITY}長　", PER(mayor.kj(" ")), "\n（公印省略）\n\n")
    if topic == "児童手当":
        kids = [g.relative(head, 0, 17) for _ in range(g.r.randint(1, 3))]
        b, _, br, _ = g.bank()
        d("児童手当の支給額改定について（通知）\n\n")
        d("　日頃より本市の子育て支援行政にご理解とご協力をいただき、ありがとうございます。\n")
        d("　制度改正に伴い、令和6年10月分から下記のとおり支給額を改定しますのでお知らせします。\n\n記\n\n")
        d("1　受給者　", PER(head.kj(" ")), " 様\n2　対象児童\n")
        for i, k in enumerate(kids, 1):
            amt = "15,000" if age_on(k.born, g.today) < 3 else "10,000"
            d(f"　（{i}）", PER(k.mei), "　", BIRTH(g.bdate(k.born)), f"生　月額 {amt}円\n")
        d("3　支払月　偶数月（各月10日）\n4　振込先　", f"{b} {br} 普通預金 ", BANK(g.account()), "\n")
        d(f"5　通知書番号　第{g.r.randint(1000, 9999)}号\n\n")
    elif topic == "介護保険料":
        b, _, br, _ = g.bank()
        d("介護保険料の口座振替開始について（お知らせ）\n\n")
        d(f"　{g.c(['令和6年', '令和６年'])}{g.r.randint(5, 9)}月{g.r.randint(1, 28)}日付けで"
          "提出された口座振替依頼書に基づき、"
          "下記のとおり口座振替を開始します。\n\n記\n\n")
        d("被保険者氏名　", PER(head.kj("　")), "\n被保険者番号　", INS(g.kaigo_no()), "\n")
        d("保険者番号　04", g.digits(4, False), "\n")
        d(f"振替口座　{b}　{br}　普通　", BANK(g.account()), "\n")
        d("口座名義　", PER(head.hwk(" ")), "\n")
        d(f"年額保険料　{g.amount(38000, 98000)}円（第3期から振替）\n"
          "振替日　各納期限（納期限が休日の場合は翌営業日）\n\n")
    elif topic == "国保税":
        d("国民健康保険税の減額について（通知）\n\n")
        d("　あなたの世帯の国民健康保険税について、地方税法及び桜ケ原市国民健康保険税条例第23条の規定により、"
          "下記のとおり減額しましたので通知します。\n\n記\n\n")
        d("世帯主　", PER(head.kj(" ")), "\n")
        if g.p(0.6):
            sp = g.relative(head, 40, 80, male=not head.male)
            d("減額対象者　", PER(head.mei), "、", PER(sp.mei), "\n")
        d(f"減額割合　{g.c(['7割', '5割', '2割'])}\n減額後の年税額　{g.amount(12000, 160000)}円\n")
        d(f"通知書番号　{g.digits(12, False)}\n")
        d("記号　", INS(g.digits(3, False)), "　番号　", INS(g.digits(5, False)), "\n\n")
    else:
        b, _, br, _ = g.bank()
        d("水道料金等の口座振替について（お知らせ）\n\n")
        d("　水道料金及び下水道使用料の口座振替を下記のとおり登録しました。\n\n記\n\n")
        d(f"お客様番号　{g.digits(2, False)}-{g.digits(5, False)}\n使用者名　", PER(head.kj(" ")), " 様\n")
        d("使用場所　", ADR(addr), "\n")
        d(f"振替口座　{b} {br} 普通 ", BANK(g.account()), "\n")
        d(f"初回振替日　{jdate(g.today + timedelta(days=40), 'wa')}\n\n")
    d("【問い合わせ先】\n", office_block(g, st))
    return d


def letter_reply(g: Gen, mayor: Person) -> Doc:
    """要望・苦情への回答文."""
    d = Doc()
    res = g.person(35, 80)
    postal, addr, _ = g.local_addr(bldg=False)
    st = g.staff("道路課")
    chief = g.person(48, 59)
    town = g.c(g.towns)[0]
    recv = g.day_before(20, 50)
    d(g.doc_date(), "\n\n")
    if g.p(0.6):
        d("〒", ZIP(postal), "\n", ADR(addr), "\n")
    d(PER(g.name(res)), g.c([" 様", " 様", " 殿"]), "\n\n")
    d(f"{CITY}建設部道路課長\n", "（公印省略）\n\n" if g.p(0.5) else ["　", PER(chief.kj(" ")), "\n\n"])
    d("ご要望について（回答）\n\n")
    d(f"　{jdate(recv, 'wa')}付けでお寄せいただきましたご要望（受付番号 要{g.today.year}-{g.r.randint(100, 999):04d}）"
      "について、下記のとおり回答いたします。\n\n記\n\n")
    road = f"市道{town}{g.c(['1', '2', '3', '5'])}号線"
    d("1　ご要望の要旨\n")
    d(f"　{town}地内の{road}において、側溝のふたががたつき、夜間に大きな音がするため補修してほしい。\n")
    if g.p(0.6):
        nb = g.person(40, 85)
        d("　あわせて、同地内にお住まいの", PER(nb.sei), "様宅前のカーブミラーが見えにくいとのご指摘。\n")
    d("\n2　回答\n")
    d(f"　{jdate(recv + timedelta(days=g.r.randint(3, 9)), 'wa')}に担当職員が現地を確認いたしました。", PER(res.sei),
      "様ご自宅前の側溝ふた（延長約12メートル）については、本年度の維持補修工事で")
    d(f"{(g.today.month + g.r.randint(0, 1)) % 12 + 1}月中に交換する予定です。工事は{g.c(COMPANIES)}が施工します。\n")
    d("　なお、工事の日程が決まりましたら、担当の", PER(st.p.sei), "から事前にご連絡いたします。\n\n")
    d("以上\n\n", office_block(g, st, mail=True))
    return d


def letter_insurance(g: Gen, mayor: Person) -> Doc:
    """保険証・資格確認書の送付案内."""
    d = Doc()
    kind = g.turn(["後期", "国保", "介護"])
    dept = "長寿介護課" if kind == "介護" else "保険年金課"
    st = g.staff(dept)
    lo = 75 if kind == "後期" else (65 if kind == "介護" else 20)
    who = g.person(lo, 92 if kind != "国保" else 70)
    postal, addr, _ = g.local_addr()
    d(g.doc_date(), "\n")
    d("〒", ZIP(postal), "　", ADR(addr), "\n", PER(g.name(who)), " 様\n\n")
    d(f"{CITY}{dept}\n\n")
    title = {"後期": "後期高齢者医療 資格確認書の送付について", "国保": "国民健康保険 資格確認書の送付について",
             "介護": "介護保険被保険者証の送付について"}[kind]
    d(title, "\n\n")
    d("　日頃から本市の保険行政にご協力いただきありがとうございます。\n")
    d("　新しい証を同封しましたので、記載内容をご確認のうえ、大切に保管してください。\n\n")
    d("―――― 記載内容 ――――\n")
    d("氏名　　　　", PER(who.kj(" ")), "\n")
    if g.p(0.6):
        d("フリガナ　　", PER(who.kana(" ")), "\n")
    d("生年月日　　", BIRTH(g.bdate(who.born)), "\n")
    if kind == "後期":
        d("被保険者番号　", INS(g.kouki_no()), "\n保険者番号　39", g.digits(6, False), "\n")
        d(f"一部負担金の割合　{g.c(['1割', '2割', '3割'])}\n")
    elif kind == "国保":
        d("記号　", INS(g.c(["桜", "さくら"]) + g.digits(2, False)), "　番号　", INS(g.digits(6, False)), "\n")
        d("保険者番号　04", g.digits(4, False), "\n")
    else:
        d("被保険者番号　", INS(g.kaigo_no()), "\n保険者番号　04", g.digits(4, False), "\n")
        d(f"要介護状態区分　{g.c(['要支援1', '要支援2', '要介護1', '要介護3'])}\n")
    exp = date(g.today.year + 1, 7, 31)
    d(f"有効期限　{jdate(exp, 'wa')}\n――――――――――――\n\n")
    d("　旧証は有効期限後に市役所へ返却いただくか、ご自身で裁断のうえ処分してください。\n\n")
    d("【問い合わせ先】\n", office_block(g, st, direct=g.p(0.6)))
    return d


# ---------------------------------------------------------------------------------------------------------------
# minutes


def minutes_council(g: Gen, mayor: Person) -> Doc:
    """審議会・委員会の会議録."""
    d = Doc()
    name = g.c(["地域福祉計画推進委員会", "国民健康保険運営協議会", "介護保険事業計画策定委員会", "子ども・子育て会議"])
    members = [g.person(40, 75) for _ in range(g.r.randint(6, 8))]
    absent = g.person(40, 75)
    orgs = ["学識経験者", f"{CITY}社会福祉協議会", "民生委員児童委員協議会", f"{CITY}医師会", "公募委員",
            "自治会連合会", "老人クラブ連合会", "商工会"]
    head_st = g.staff("福祉課", "課長")
    sec = [g.staff("福祉課", "課長補佐"), g.staff("福祉課", "係長"), g.staff("福祉課", "主事")]
    day = g.day_before(5, 30)
    fy = (day.year if day.month >= 4 else day.year - 1) - 2018
    d(f"令和{fy}年度 第{g.r.randint(1, 3)}回 {CITY}{name} 会議録\n\n")
    end = g.r.randint(10, 50)
    d(f"1　日時　{jdate(day, 'wa')}（{wd(day)}）午後2時00分～午後3時{end}分\n")
    d(f"2　場所　{CITY}役所 3階 第1会議室\n")
    d(f"3　出席委員（{len(members)}名）\n")
    for i, m in enumerate(members):
        post = "委員長" if i == 0 else ("副委員長" if i == 1 else "委員")
        d("　", PER(m.kj(g.c(["　", " "]))), f" {post}" if g.p(0.5) else f"　{post}", f"（{g.c(orgs)}）\n")
    d("4　欠席委員　", PER(absent.kj(" ")), " 委員\n")
    d("5　事務局　保健福祉部長　", PER(g.person(52, 59).kj(" ")), "、福祉課長　", PER(head_st.p.kj(" ")), "、")
    d("同課長補佐　", PER(sec[0].p.kj(" ")), "、地域福祉係長　", PER(sec[1].p.kj(" ")), "、主事　",
      PER(sec[2].p.kj(" ")), "\n")
    d(f"6　傍聴者　{g.r.randint(0, 3)}名\n\n7　議事\n")
    chair, vice, m3, m4 = members[0], members[1], members[2], members[3]
    d("○", PER(chair.sei), "委員長　定刻となりましたので、ただいまから会議を開会します。")
    d(f"本日は委員{len(members) + 1}名中{len(members)}名の出席があり、条例第7条の規定により会議は成立しております。")
    d("会議録署名委員に", PER(m3.sei), "委員と", PER(m4.sei), "委員を指名します。\n")
    d("○", PER(chair.sei), "委員長　それでは議事(1)について事務局から説明をお願いします。\n")
    d("○事務局（", PER(sec[1].p.sei), "係長）　資料1をご覧ください。"
      f"令和{fy - 1}年度の実績は、見守り訪問件数が"
      f"{g.r.randint(800, 2400):,}件、相談件数が{g.r.randint(150, 600)}件で、"
      f"前年度比{g.r.randint(2, 15)}％の増となりました。"
      f"事業費は{g.r.randint(3, 19)},{g.r.randint(100, 999)}千円です。\n")
    d("○", PER(m3.sei), "委員　相談件数が増えている要因はどう分析しているか。\n")
    d("○", PER(head_st.p.sei), "福祉課長　単身高齢者世帯の増加が大きいと考えております。"
      "地区ごとの内訳は次回までに整理してお示しします。\n")
    d("○", PER(vice.sei), "副委員長　民生委員の欠員地区があると聞いている。", PER(m4.sei),
      "委員の地区でも担い手不足が課題と伺った。\n")
    d("○", PER(m4.sei), "委員　私の地区では", PER(g.person(60, 80).kj(" ")),
      "さんが二つの地区を兼務している状態で、負担が大きい。\n")
    d("○事務局（", PER(sec[0].p.sei),
      "課長補佐）　欠員は現在3地区です。12月の一斉改選に向け、自治会長の皆様にご推薦をお願いしております。\n")
    d("○", PER(chair.sei), "委員長　ほかにご意見がなければ、議事(1)は了承とします。\n\n")
    d(f"（午後3時{end}分 閉会）\n\n")
    d("会議録署名委員　", PER(m3.kj(" ")), "\n　　　　　　　　", PER(m4.kj(" ")), "\n")
    return d


def minutes_care(g: Gen, mayor: Person) -> Doc:
    """地域ケア個別会議・ケース検討会議の記録."""
    d = Doc()
    who = g.person(70, 93)
    _, addr, _ = g.local_addr(bldg=g.p(0.2))
    dau = g.relative(who, 40, 62, male=False) if g.p(0.5) else g.person(40, 62, male=False)
    son = g.relative(who, 40, 65, male=True)
    cm, mins, hn = g.person(35, 60), g.person(60, 78), g.staff("長寿介護課", "保健師")
    pt = g.person(28, 50)
    day = g.day_before(1, 14)
    d("地域ケア個別会議 記録\n\n")
    d(f"開催日時：{jdate(day, 'wa')}（{wd(day)}）13:30～15:00\n開催場所：{FACILITIES[3]} 相談室\n")
    d(f"事例番号：R6-包-{g.r.randint(1, 60):03d}\n\n【対象者】\n")
    d("氏名：", PER(who.kj(" ")), "（", PER(who.kana(" ")), "）様　", "男性" if who.male else "女性",
      f"　{age_on(who.born, g.today)}歳\n")
    d("生年月日：", BIRTH(g.bdate(who.born)), "\n")
    d("住所：", ADR(addr), "\n")
    d("被保険者番号：", INS(g.kaigo_no()), f"　要介護度：{g.c(['要支援1', '要支援2', '要介護1', '要介護2'])}\n")
    d("世帯状況：独居。長女 ", PER(dau.kj(" ")), "（", g.c(["市内", "仙台市", "隣町"]), "在住）が週1回訪問。長男 ",
      PER(son.kj(" ")), "は県外在住。\n")
    d("緊急連絡先：長女 ", PER(dau.mei), "　", TEL(g.mobile()), "\n\n【出席者】\n")
    d("　", PER(cm.kj(" ")),
      f"（主任介護支援専門員／{g.c(FACILITIES[4:5] + FACILITIES[2:3])}、事業所番号 04{g.digits(8, False)}）\n")
    d("　", PER(mins.kj(" ")), "（民生委員）\n")
    d("　", PER(hn.p.kj(" ")), "（保健師／長寿介護課）\n")
    d("　", PER(pt.kj(" ")), f"（理学療法士／{FACILITIES[6]}）\n")
    d("　司会・記録：", PER(g.staff("長寿介護課", "社会福祉士").p.kj(" ")), "（社会福祉士／地域包括支援センター）\n\n")
    d("【検討内容】\n")
    d("・", PER(who.sei), "さんは昨年秋の転倒以降、外出の機会が減っている。", PER(cm.sei),
      "ケアマネより、デイサービスの利用を週1回から週2回に増やす案が示された。\n")
    d("・", PER(mins.sei), "民生委員から、新聞がたまっている日があり近所の方が心配しているとの情報提供あり。\n")
    d("・長女の", PER(dau.mei), "さんは介護離職を心配している。", PER(hn.p.sei),
      "保健師が次回訪問時に家族の負担感を確認する。\n")
    d("・", PER(pt.sei),
      "PTより、自宅内の段差（玄関 約18cm）に手すり設置を検討するよう助言。住宅改修の上限は20万円。\n\n")
    d("【次回】", jdate(day + timedelta(days=g.r.randint(50, 90)), "wa"), "予定（モニタリング）\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# complaint and consultation records


def complaint_record(g: Gen, mayor: Person) -> Doc:
    """苦情・要望等受付票."""
    d = Doc()
    res = g.person(30, 80)
    postal, addr, _ = g.local_addr()
    dept = g.turn(["環境課", "道路課", "防災安全課"])
    st = g.staff(dept)
    nb = g.person(30, 85)
    when = g.day_before(1, 5)
    how = g.c(["電話", "来庁", "メール"])
    tab = g.p(0.4)
    sep = "\t" if tab else "："
    d("苦情・要望等受付票\n\n")
    d(f"受付番号{sep}第{g.today.year}-{g.r.randint(1, 900):04d}号\n")
    d(f"受付日時{sep}{jdate(when, 'wa')} {g.r.randint(9, 16)}:{g.r.randint(0, 59):02d}\n受付方法{sep}{how}\n")
    d(f"受付者{sep}{dept} ", PER(st.p.kj(" ")), f"（{st.post}）\n\n■申出者\n")
    d(f"氏名{sep}", PER(res.kj(" ")), "（", PER(g.reading(res)), "）\n")
    d(f"住所{sep}", "〒" if g.p(0.5) else "", ZIP(postal), " ", ADR(addr), "\n")
    d(f"電話{sep}", TEL(g.phone()), "\n")
    if how == "メール" or g.p(0.3):
        d(f"メール{sep}", MAIL(g.email(res)), "\n")
    d("\n■内容\n")
    if dept == "環境課":
        d("　隣家（", PER(nb.sei), "氏宅）の敷地に粗大ごみや家電が積まれたままになっており、夏場は悪臭と虫がひどい。"
          "直接話をしたが改善されないので、市から指導してほしい。\n")
    elif dept == "道路課":
        d(f"　自宅前の市道で街路灯が{g.r.randint(2, 5)}基続けて消えており、夜間は真っ暗で危ない。"
          "向かいの", PER(nb.kj(" ")), "さんも同じことを言っている。\n")
    else:
        d("　近所の空き家（所有者は", PER(nb.kj(" ")), "さんと聞いている）のブロック塀が傾いていて、"
          "通学路なので倒れないか心配。\n")
    d("\n■対応経過\n")
    d(f"{jdate(when + timedelta(days=1), 'abbr')}　", PER(st.p.sei), "が現地確認。写真5枚撮影。\n")
    if dept == "環境課":
        d(f"{jdate(when + timedelta(days=3), 'abbr')}　", PER(nb.sei),
          "氏に文書で適正管理を依頼（所有者照会は未了）。\n")
    else:
        d(f"{jdate(when + timedelta(days=3), 'abbr')}　係長", PER(g.staff(dept, '係長').p.sei),
          "と協議、対応方針を決定。\n")
    d(f"回答方法{sep}電話（申出者携帯 ", TEL(g.mobile()), "）\n")
    d(f"処理状況{sep}{g.c(['対応中', '完了', '継続観察'])}\n")
    return d


def consult_memo(g: Gen, mayor: Person) -> Doc:
    """消費生活相談の電話受付メモ (card numbers, the consumer's contact)."""
    d = Doc()
    cons = g.person(60, 88)
    st = g.staff("消費生活センター", "相談員")
    _, addr, _ = g.local_addr()
    when = g.day_before(0, 3)
    fam = g.relative(cons, 35, 60)
    shop = g.c(COMPANIES)
    d(f"【消費生活相談 受付メモ】　相談番号 R6-消-{g.r.randint(1, 700):04d}\n")
    d(f"相談日：{when.year}/{when.month}/{when.day}（{wd(when)}）{g.r.randint(9, 15)}:{g.r.randint(0, 59):02d}〜\n")
    d("受付：", PER(st.p.kj(" ")), "（相談員）\n\n")
    d("相談者：", PER(g.name(cons)), f"様（{age_on(cons.born, g.today)}歳・{'男性' if cons.male else '女性'}）\n")
    d("住所：", ADR(addr), "\n連絡先：", TEL(g.phone()), "\n")
    if g.p(0.5):
        d("※", g.c(["長男", "長女"]), "の", PER(fam.kj(" ")), "さんが同席（携帯 ", TEL(g.mobile()), "）\n")
    c1 = g.card()
    c2 = g.card()
    d("\n内容：\n")
    d(f"　{g.c(['先月', '今月初め'])}、スマートフォンに「{shop}」を名乗るSMSが届き、リンク先に"
      "カード番号を入力してしまった。入力したカードは ", CARD(c1),
      f"（有効期限 {g.r.randint(1, 12):02d}/{g.r.randint(26, 30)}）。\n")
    d(f"　その後、身に覚えのない{g.amount(9800, 98000)}円の請求が2件あり。")
    d("家族名義のカード（", CARD(c2), "）も同じ画面で入力したかもしれないとのこと。\n")
    d("　同じ画面で運転免許証の番号（", DL(g.licence()), "）と写真も送信した。"
      "マイナンバーカードの暗証番号は教えていないと本人は話している。\n\n処理：\n")
    d("　カード会社へ直ちに連絡し利用停止と不正利用の調査を依頼するよう助言。警察相談専用電話（#9110）も案内。\n")
    d("　翌日、", PER(cons.sei), "様へ折り返し電話し、カード停止済みを確認（担当 ", PER(st.p.sei), "）。\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# welfare case notes


def seiho_record(g: Gen, mayor: Person) -> Doc:
    """生活保護ケース記録票."""
    d = Doc()
    foreign = g.round == 2
    head = g.foreigner(40, 60, nat=g.c(["フィリピン", "ブラジル", "中国", "韓国"])) if foreign else g.person(40, 80)
    cw = g.staff("福祉課", "ケースワーカー")
    sv = g.staff("福祉課", "係長")
    _, addr, _ = g.local_addr(bldg=True)
    son = g.foreigner(16, 25, male=True, nat=head.nat, family=head) if foreign else g.relative(head, 16, 30, male=True)
    b, _, br, _ = g.bank()
    minsei = g.person(60, 78)
    d(f"ケース記録票　　ケース番号 R6-福-{g.r.randint(1, 999):04d}　　地区担当CW ", PER(cw.p.kj(" ")), "\n")
    d("―" * 20, "\n")
    d("世帯主　", PER(head.caps() if foreign else head.kj(" ")), "（", PER(head.kana(" ")), "）　",
      BIRTH(g.bdate(head.born)), "生", f"（{age_on(head.born, g.today)}歳）\n")
    if foreign:
        d(f"国籍　{head.nat}　在留資格　永住者　在留カード番号　", RC(g.residence_card()), "\n")
    d("住所　", ADR(addr), "　電話 ", TEL(g.phone()), "\n")
    d("個人番号　", MYN(g.my_number()), "\n")
    d("基礎年金番号　", PEN(g.pension()), f"（{g.c(['老齢基礎年金 月額 52,316円', '障害基礎年金2級', '無年金'])}）\n")
    if age_on(head.born, g.today) >= 65:
        d("介護保険被保険者番号　", INS(g.kaigo_no()), "\n")
    d("世帯員　長男 ", PER(son.kana_nat("・") if foreign else son.mei), "（", BIRTH(jdate(son.born, g.c(["abbr",
                                                                                                         "wa"]))),
      "生）\n")
    d(f"保護費振込口座　{b} {br} 普通 ", BANK(g.account()), "\n")
    d(f"保護開始日　{jdate(g.today - timedelta(days=g.r.randint(400, 2000)), 'wa')}\n\n")
    d("※年金の加入記録は年金事務所（ねんきんダイヤル 0570-05-1165）へ照会中。\n\n")
    v1 = g.day_before(20, 40)
    v2 = v1 + timedelta(days=g.r.randint(5, 15))
    d(f"{jdate(v1, 'wa')}（{wd(v1)}）　定期訪問\n")
    d("　", PER(head.surname()), "氏在宅。居室は整理されている。", "長男の", PER(son.mei if not foreign else son.mei_k),
      f"さんはアルバイト（{g.c(COMPANIES)}）を週3日続けており、給与明細の提出を依頼した。\n")
    d("　預金通帳の提示を受け、残高を確認。クレジットカード（", CARD(g.card()),
      "）の利用明細について、今後は毎月持参するよう指導。\n")
    d("　自動車は処分済み。運転免許証（番号 ", DL(g.licence()), "）は本人が保有を希望。\n")
    d(f"\n{jdate(v2, 'wa')}（{wd(v2)}）　電話\n")
    d("　民生委員の", PER(minsei.kj(" ")), "氏より、", PER(head.surname()), "氏が最近通院していない様子との連絡あり。")
    d("次回訪問時に受診状況を確認する。\n\n")
    d("SV確認　", PER(sv.p.sei), "係長　", jdate(v2 + timedelta(days=1), "abbr"), "\n")
    return d


def child_note(g: Gen, mayor: Person) -> Doc:
    """子ども家庭相談の記録."""
    d = Doc()
    foreign_mother = g.round == 1
    father = g.person(28, 48, male=True)
    if foreign_mother:
        mother = g.foreigner(28, 42, male=False)
    elif g.p(0.6):
        mother = g.relative(father, 26, 44, male=False)
    else:
        mother = g.person(26, 44, male=False)
    child = g.person(7, 11, sei=(father.sei, father.sei_k, father.sei_r))
    sib = g.relative(child, 1, 3)
    st = g.staff("子育て支援課", "社会福祉士")
    teacher = g.person(30, 55)
    _, addr, _ = g.local_addr()
    school = g.c([SCHOOLS[0], SCHOOLS[1], SCHOOLS[3]])
    d(f"児童家庭相談記録　　相談番号 子-{g.today.year}-{g.r.randint(1, 150):03d}\n\n")
    d(f"相談受付日：{jdate(g.day_before(3, 20), 'wa')}　受付者：子育て支援課 ", PER(st.p.kj(" ")), "\n")
    d("相談経路：学校（担任 ", PER(teacher.kj(" ")), " 教諭）\n\n")
    d("児童氏名：", PER(child.kj(" ")), "（", PER(child.hira(" ")), "）　", BIRTH(g.bdate(child.born)), "生",
      f"　{school} {age_on(child.born, g.today) - 6}年\n")
    d("きょうだい：", PER(sib.kj(" ")), "（", BIRTH(jdate(sib.born, g.c(["abbr", "wa", "slash"]))),
      f"生）{g.c(SCHOOLS[4:])}\n")
    d("母：", PER(g.name(mother)))
    if foreign_mother:
        d(f"（国籍 {mother.nat}、在留カード番号 ", RC(g.residence_card()), "）")
    d("　", BIRTH(g.bdate(mother.born)), "生\n")
    d("父：", PER(father.kj(" ")), "（別居中）\n")
    d("住所：", ADR(addr), "\n連絡先：母携帯 ", TEL(g.mobile()), "\n\n主訴：\n")
    d("　", PER(child.mei), "くん" if child.male else "さん", "が", g.c(["9月以降", "夏休み明けから", "今月に入って"]),
      "遅刻・欠席が続き、"
      "給食をおかわりする様子が目立つ。", PER(teacher.sei), "先生が家庭訪問を試みたが会えていない。\n\n経過：\n")
    d("　", PER(st.p.sei), "が母に電話。", "母" if g.p(0.5) else [PER(mother.surname()), "さん"],
      "は夜勤のある仕事に就いており、朝起きられないことがあると話す。")
    d(f"{jdate(g.today + timedelta(days=g.r.randint(2, 7)), 'wa')}に家庭訪問予定。"
      "必要に応じて要保護児童対策地域協議会の個別ケース検討会議にかける。\n")
    if foreign_mother:
        d("　通訳は国際交流協会の", PER(g.person(30, 60).kj(" ")), "さんに依頼済み。\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# e-mails


def mail_date(g: Gen, d0: date) -> str:
    h, m = g.r.randint(8, 18), g.r.randint(0, 59)
    return g.c([f"{d0.year}年{d0.month}月{d0.day}日({wd(d0)}) {h}:{m:02d}",
                f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d0.weekday()]}, {d0.day} "
                f"{MONTHS[d0.month - 1][:3]} {d0.year} {h:02d}:{m:02d}:{g.r.randint(0, 59):02d} +0900"])


def signature(g: Gen, st: Staff) -> list:
    line = g.c(["-" * 30, "=" * 30, "―" * 15, "*" * 28])
    out = [line, "\n", f"{CITY} {DEPTS[st.dept][0]} {st.dept}"]
    if st.section:
        out.append(f" {st.section}")
    out += ["\n", st.post, "　", PER(st.p.kj(g.c([" ", "　", ""]))), ]
    if g.p(0.5):
        out += ["（", PER(st.p.hira(" ")), "）"]
    out += ["\n", f"〒{OFFICE_ZIP} {OFFICE_ADDR}\n"] if g.p(0.5) else ["\n"]
    out += [f"TEL {OFFICE_TEL}（内線 {st.ext}）"]
    if g.p(0.6):
        out += [" / 直通 ", TEL(st.direct)]
    out += ["\nMail: ", MAIL(st.mail), "\n", line, "\n"]
    return out


def mail_internal(g: Gen, mayor: Person) -> Doc:
    """庁内メール (headers, body with residents' or staff's details, signature)."""
    d = Doc()
    topic = g.turn(["運転者", "転送", "外国人"])
    if topic == "運転者":
        sender = g.staff("総務課")
        to = g.staff(g.c(["福祉課", "長寿介護課", "道路課"]), "係長")
    else:
        sender = g.staff("市民課")
        to = g.staff(g.c(["税務課", "保険年金課", "子育て支援課"]))
    cc = g.staff(to.dept, "課長補佐")
    d("From: ", PER(sender.p.kj(" ")), " <", MAIL(sender.mail), ">\n")
    d("To: ", PER(to.p.kj(" ")), " <", MAIL(to.mail), ">\n")
    d("Cc: ", PER(cc.p.kj(" ")), " <", MAIL(cc.mail), ">; ", sender.box, "\n")
    d("Date: ", mail_date(g, g.today), "\n")
    if topic == "運転者":
        d("Subject: 【確認依頼】公用車運転者登録の追加について\n\n")
        d(PER(to.p.sei), g.c(["係長", "さん"]), "\n\nお疲れ様です。総務課管財係の", PER(sender.p.sei), "です。\n")
        d(f"{to.dept}から依頼のあった公用車の運転者登録について、下記の内容で登録してよいかご確認ください。\n\n")
        d(g.c(["所属\t氏名\t免許証番号\t有効期限\n", "（所属／氏名／免許証番号／有効期限）\n"]))
        for _ in range(g.r.randint(3, 5)):
            w = g.staff(to.dept)
            exp = date(g.today.year + g.r.randint(1, 4), g.r.randint(1, 12), g.r.randint(1, 28))
            sep = "\t" if g.p(0.5) else "　"
            d(to.dept, sep, PER(w.p.kj(" ")), sep, DL(g.licence()), sep, jdate(exp, "wa"), "\n")
        d("\n安全運転管理者（総務課長）の確認は済んでいます。登録後、運転日誌の様式をお送りします。\n\n")
    elif topic == "転送":
        res = g.person(25, 75)
        postal, addr, _ = g.local_addr()
        o_postal, o_addr = g.other_addr()
        d(f"Subject: 転入者の情報提供（{g.c(['児童手当', '国保', '住民税'])}手続き案内のため）\n\n")
        d(PER(to.p.sei), "さん\n\nお疲れ様です。市民課の", PER(sender.p.sei), "です。\n")
        d("本日転入届のあった方について、窓口で手続きの案内を希望されたので共有します。\n\n")
        d("氏名：", PER(res.kj(" ")), "（", PER(res.kana(" ")), "）\n生年月日：", BIRTH(g.bdate(res.born)), "\n")
        d("新住所：〒", ZIP(postal), " ", ADR(addr), "\n")
        d("前住所：〒", ZIP(o_postal), " ", ADR(o_addr), "\n")
        d("連絡先：", TEL(g.mobile()), "\n")
        d("本人確認：運転免許証（", DL(g.licence()), "）\n")
        if g.p(0.5):
            sp = g.relative(res, 25, 75, male=not res.male)
            d("同一世帯：", "夫" if sp.male else "妻", "　", PER(sp.kj(" ")), "（", BIRTH(g.bdate(sp.born)), "生）\n")
        d(f"\n※宛名番号は {g.atena()} です。ご本人は明日午前に再来庁予定です。\n\n")
    else:
        res = g.foreigner(22, 45)
        postal, addr, _ = g.local_addr(bldg=True)
        d("Subject: 外国人住民の国保加入について（通訳同行予定）\n\n")
        d(PER(to.p.sei), "さん\n\nお疲れ様です。市民課の", PER(sender.p.sei), "です。\n")
        d("先ほど国外から転入された方が、国保の加入手続きのためそちらの窓口へ向かいます。"
          "日本語での説明が難しいため、国際交流協会の", PER(g.person(30, 65).sei), "さんが同行します。\n\n")
        d("氏名：", PER(res.caps()), "（", PER(res.kana_nat(g.c(["・", " "]))), "）\n")
        d("生年月日：", BIRTH(jdate(res.born, g.c(["slash", "jp", "iso"]))), f"　国籍：{res.nat}\n")
        d("住所：", ADR(addr), "\n")
        d("在留カード番号：", RC(g.residence_card()),
          f"（在留期間満了日 {jdate(g.today + timedelta(days=700), 'slash')}）\n")
        d("旅券番号：", PASS(g.passport(res.nat)), "\n")
        d("連絡先：", TEL(g.mobile()), "（本人携帯）\n\n")
    d(signature(g, sender))
    return d


def mail_resident(g: Gen, mayor: Person) -> Doc:
    """住民からのメールと職員の返信（引用付き）."""
    d = Doc()
    res = g.person(30, 75)
    st = g.staff("商工観光課")
    postal, addr = g.other_addr() if g.p(0.6) else g.local_addr()[:2]
    em = g.email(res)
    sent = g.day_before(1, 6)
    d("From: ", PER(st.p.kj(" ")), " <", MAIL(st.mail), ">\nTo: ", MAIL(em), "\n")
    d("Date: ", mail_date(g, g.today), "\nSubject: Re: 寄附金受領証明書の再発行について\n\n")
    d(PER(res.kj(" ")), " 様\n\n")
    d("このたびは本市へのふるさと納税、誠にありがとうございます。\n")
    d(f"{CITY}ふるさと納税担当の", PER(st.p.sei), "でございます。\n")
    d("受領証明書は新しいご住所あてに本日再発行いたしました。二重決済の件はカード会社経由で1件分を取り消す手続きを進めております。\n")
    d("ご不明な点は furusato@", DOMAIN, " までお寄せください。\n\n")
    d(signature(g, st), "\n")
    d(f"> {mail_date(g, sent)}、", PER(res.kj(" ")), " <", MAIL(em), "> wrote:\n")
    d("> 桜ケ原市 ふるさと納税担当 御中\n>\n")
    d(f"> {g.c(['昨年12月', '今年1月', '先月'])}に寄附をいたしました", PER(res.kj(" ")), "と申します。\n")
    d("> 引っ越しのため、受領証明書の送付先を下記に変更していただけますでしょうか。\n")
    d("> 新住所：〒", ZIP(postal), " ", ADR(addr), "\n")
    d(f"> また、申込番号 FN-{g.today.year}-{g.digits(7, False)} の寄附（{g.amount(10000, 50000, 1000)}円）をカード（",
      CARD(g.card()),
      "）で決済したところ、同じ金額が2回引き落とされていました。\n")
    d("> ワンストップ特例の申請書に記入したマイナンバーは ", MYN(g.my_number()), " です。\n>\n")
    d("> --\n> ", PER(res.kj(" ")), "\n> TEL ", TEL(g.phone()), "\n> ", MAIL(em), "\n")
    return d


def webform(g: Gen, mayor: Person) -> Doc:
    """ホームページのフォーム送信通知（送信元IP付き）."""
    d = Doc()
    res = g.person(20, 75)
    postal, addr, _ = g.local_addr()
    kind = g.turn(["カード決済", "粗大ごみ", "検診予約"])
    sent = g.today
    t = f"{g.r.randint(6, 23):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d}"
    box = {"粗大ごみ": "kankyo", "検診予約": "kenko", "カード決済": "furusato"}[kind]
    d(f"件名: [{CITY}ホームページ] フォーム送信がありました（受付番号 W-{sent:%Y%m%d}-{g.r.randint(1, 99):04d}）\n")
    d(f"差出人: no-reply@{DOMAIN}\n宛先: {box}@{DOMAIN}\n\n")
    d(f"送信日時: {sent.isoformat()} {t}\nフォーム名: ")
    d({"粗大ごみ": "粗大ごみ戸別収集の申込み", "検診予約": "特定健診・がん検診 予約",
       "カード決済": "ふるさと納税に関するお問い合わせ"}[kind])
    d("\n" + "-" * 40 + "\n")
    d("お名前: ", PER(res.kj(g.c([" ", "　", ""]))), "\n")
    d("フリガナ: ", PER(res.kana(g.c([" ", "", "　"]))), "\n")
    if kind == "検診予約":
        d("生年月日: ", BIRTH(jdate(res.born, g.c(["slash", "jp", "wa", "iso"]))), "\n")
    d("郵便番号: ", ZIP(postal), "\n住所: ", ADR(addr), "\n")
    d("電話番号: ", TEL(g.phone()), "\nメールアドレス: ", MAIL(g.email(res)), "\n")
    if kind == "粗大ごみ":
        d(f"品目: {g.c(['タンス（高さ180cm）', 'ソファ（3人掛け）', '自転車', '学習机'])} ほか1点\n")
        d(f"希望日: {jdate(g.today + timedelta(days=10), 'slash')}\n")
        d("お問い合わせ内容:\n2階から運び出すのが難しいので、玄関先まで出す時間帯を相談したいです。\n")
    elif kind == "検診予約":
        d(f"希望検診: 特定健診、大腸がん検診\n希望会場: {CITY}保健センター\n")
        d(f"保険証の保険者番号: 04{g.digits(4, False)}\n")
        d("お問い合わせ内容:\n平日は仕事のため、土曜日の枠があれば希望します。\n")
    else:
        d(f"寄附日: {jdate(g.day_before(10, 60), 'slash')}\n")
        d("お問い合わせ内容:\n返礼品が届いていません。決済に使ったカードは ", CARD(g.card()),
          " です。決済完了メールは届いています。\n")
    d("-" * 40 + "\n")
    d("送信元IP: ", IP(g.ip()), "\n")
    d(f"セッションID: {''.join(g.c('0123456789abcdef') for _ in range(32))}\n")
    agent = g.c(["iPhone; CPU iPhone OS 17_5 like Mac OS X", "Windows NT 10.0; Win64; x64", "Linux; Android 14"])
    d(f"User-Agent: Mozilla/5.0 ({agent})\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# exports and pasted tables


def csv_field(s: str) -> tuple[str, str, str]:
    """(opening quote, value, closing quote) for one CSV cell."""
    if "," in s or '"' in s:
        return '"', s, '"'
    return "", s, ""


def csv_meibo(g: Gen, mayor: Person) -> Doc:
    """名簿 CSV (header present, columns in varying order, half-width kana)."""
    d = Doc()
    title = g.c(["避難行動要支援者名簿", "自治会 会員名簿", "見守り対象者名簿"])
    cols = ["No", "氏名", "ﾌﾘｶﾞﾅ", "性別", "生年月日", "年齢", "郵便番号", "住所", "電話番号", "緊急連絡先氏名",
            "緊急連絡先電話", "地区", "備考"]
    keep = ["氏名", "ﾌﾘｶﾞﾅ", "生年月日", "住所", "電話番号"]
    opt = [c for c in cols if c not in keep and c != "No"]
    chosen = keep + g.r.sample(opt, g.r.randint(3, len(opt)))
    g.r.shuffle(chosen)
    chosen = ["No", *chosen]
    if g.p(0.3):
        chosen = [c if c != "ﾌﾘｶﾞﾅ" else "カナ氏名" for c in chosen]
    bform = g.c(["slash", "compact", "wa", "abbr0", "iso"])
    d(f"# {title}（{CITY} {g.c(['防災安全課', '福祉課', '長寿介護課'])} 作成 {g.today.isoformat()}）\n")
    d(",".join(chosen), "\n")
    districts = ["北部", "中央", "東部", "南部", "西部"]
    for i in range(1, g.r.randint(6, 8) + 1):
        p = g.person(65, 95)
        postal, addr, _ = g.local_addr(bldg=g.p(0.15))
        kin = g.relative(p, 35, 65) if g.p(0.6) else g.person(35, 65)
        cells: list = []
        for c in chosen:
            if c == "No":
                cells.append(str(i))
            elif c == "氏名":
                cells.append(PER(p.kj(g.c([" ", "　", ""]))))
            elif c in ("ﾌﾘｶﾞﾅ", "カナ氏名"):
                cells.append(PER(p.hwk(" ") if c == "ﾌﾘｶﾞﾅ" else p.kana(" ")))
            elif c == "性別":
                cells.append("男" if p.male else "女")
            elif c == "生年月日":
                cells.append(BIRTH(jdate(p.born, bform)))
            elif c == "年齢":
                cells.append(str(age_on(p.born, g.today)))
            elif c == "郵便番号":
                cells.append(ZIP(postal))
            elif c == "住所":
                cells.append(ADR(addr))
            elif c == "電話番号":
                cells.append(TEL(g.landline() if g.p(0.6) else g.mobile()))
            elif c == "緊急連絡先氏名":
                cells.append(PER(kin.kj(" ")) if g.p(0.85) else "")
            elif c == "緊急連絡先電話":
                cells.append(TEL(g.mobile()) if g.p(0.85) else "")
            elif c == "地区":
                cells.append(g.c(districts))
            else:
                cells.append(g.c(["", "", "", "要車椅子", "聴覚障害あり", "日中独居", "酸素療法中"]))
        for j, cell in enumerate(cells):
            if j:
                d(",")
            if isinstance(cell, tuple):
                q1, v, q2 = csv_field(cell[1])
                d(q1, (cell[0], v), q2)
            else:
                d(cell)
        d("\n")
    return d


def tsv_kouza(g: Gen, mayor: Person) -> Doc:
    """口座振替 TSV (with or without header; ゆうちょ rows with 記号/番号)."""
    d = Doc()
    header = g.p(0.6)
    what = g.c(["市税", "保育料", "水道料金", "介護保険料"])
    if header:
        d("お客様番号\t契約者氏名\t口座名義ｶﾅ\t金融機関ｺｰﾄﾞ\t金融機関名\t支店ｺｰﾄﾞ\t支店名\t預金種目\t口座番号\t記号\t番号\t"
          "振替開始\t金額\n")
    else:
        d(f"{what}口座振替 新規登録分（{g.today.month}月処理）\n")
    for _ in range(g.r.randint(6, 9)):
        p = g.person(25, 85)
        cust = f"{g.digits(2, False)}{g.digits(6, False)}"
        start = f"{g.today.year}{g.today.month:02d}"
        amt = g.amount(1200, 32000)
        name_cell = PER(p.kj(g.c([" ", "　", ""])))
        holder = PER(p.hwk(g.c([" ", ""])))
        if g.p(0.25):
            ki, ban = g.yucho()
            d(cust, "\t", name_cell, "\t", holder, "\t9900\tゆうちょ銀行\t\t\t\t\t", BANK(ki),
              "\t", BANK(ban), f"\t{start}\t{amt}\n")
        else:
            b, bc, br, brc = g.bank()
            kind = g.c(["普通", "普通", "当座", "1"])
            d(cust, "\t", name_cell, "\t", holder, f"\t{bc}\t{b}\t{brc}\t{br}\t{kind}\t", BANK(g.account()),
              f"\t\t\t{start}\t{amt}\n")
    return d


def csv_recipients(g: Gen, mayor: Person) -> Doc:
    """受給者一覧 CSV without a header row (年金生活者支援給付金・臨時給付金)."""
    d = Doc()
    with_my = g.p(0.5)
    bform = g.c(["compact", "compact", "slash", "iso"])
    for _ in range(g.r.randint(5, 7)):
        p = g.person(65, 92)
        postal, addr, _ = g.local_addr(bldg=g.p(0.2))
        row: list = [f"{g.today.year % 100}{g.r.randint(1, 9999):05d}", ",", PER(p.kj(g.c([" ", "　"]))), ",",
                     PER(p.hwk(" ")), ",", "1" if p.male else "2", ",", BIRTH(jdate(p.born, bform)), ",",
                     PEN(g.pension()), ","]
        if with_my:
            row += [MYN(g.my_number()), ","]
        row += [ZIP(postal), ",", ADR(addr), ",", g.c(["5310", "5310", "6032", "10000"]), ","]
        row += [g.c(["支給決定", "支給決定", "保留", "不支給"]), "\n"]
        d(row)
    return d


def table_kaigo(g: Gen, mayor: Person) -> Doc:
    """要介護認定の一覧（表計算ソフトからの貼り付け、タブ区切り）."""
    d = Doc()
    title = g.c(["要介護認定 更新対象者一覧", "認定調査 割当表", "介護認定審査会 審査対象者"])
    d(f"{title}（{g.today.year}年{g.today.month}月分）\n")
    cols = ["被保険者番号", "氏名", "性別", "生年月日", "年齢", "現在の介護度", "有効期間終了", "調査員", "事業所",
            "保険者番号"]
    if g.p(0.5):
        cols[1], cols[0] = cols[0], cols[1]
    d("\t".join(cols), "\n")
    ins = f"04{g.digits(4, False)}"
    chosen_form = g.c(["abbr0", "abbr", "wa", "slash"])
    for _ in range(g.r.randint(6, 8)):
        p = g.person(66, 96)
        inv = g.person(30, 60)
        end = g.today + timedelta(days=g.r.randint(30, 120))
        cells = {
            "被保険者番号": INS(g.kaigo_no()),
            "氏名": PER(p.kj("　" if g.p(0.5) else " ")),
            "性別": "男" if p.male else "女",
            "生年月日": BIRTH(jdate(p.born, chosen_form)),
            "年齢": str(age_on(p.born, g.today)),
            "現在の介護度": g.c(["要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]),
            "有効期間終了": jdate(end, "slash"),
            "調査員": PER(inv.kj(" ") if g.p(0.6) else inv.sei),
            "事業所": g.c(FACILITIES),
            "保険者番号": ins,
        }
        row: list = []
        for j, c in enumerate(cols):
            if j:
                row.append("\t")
            row.append(cells[c])
        d(row, "\n")
    d("\n件数：上記のとおり　作成：長寿介護課 ", PER(g.staff("長寿介護課").p.sei), "\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# application forms transcribed as text


def form_juminhyo(g: Gen, mayor: Person) -> Doc:
    """住民票の写し等交付請求書の転記."""
    d = Doc()
    req = g.person(25, 80)
    _, addr, _ = g.local_addr()
    proxy = g.p(0.4)
    st = g.staff("市民課")
    d("住民票の写し等交付請求書（窓口用）　転記\n\n")
    d(f"請求日：{g.doc_date()}\n\n【窓口に来た方（請求者）】\n")
    if proxy:
        agent = g.person(25, 70)
        _, a_addr = g.other_addr()
        d("住所：", ADR(a_addr), "\n氏名：", PER(agent.kj(" ")), "\n")
        d("生年月日：", BIRTH(g.bdate(agent.born)), "\n電話：", TEL(g.mobile()), "\n")
        d("請求者との関係：代理人（委任状あり）\n\n【必要な方】\n")
    else:
        d("（本人）\n\n【必要な方】\n")
    d("住所：", ADR(addr), "\n")
    d("氏名：", PER(req.kj(" ")), "（", PER(req.kana(" ")), "）\n")
    d("生年月日：", BIRTH(g.bdate(req.born)), "\n")
    if not proxy:
        d("電話：", TEL(g.phone()), "\n")
    head = g.relative(req, 40, 85) if g.p(0.5) else req
    d("世帯主：", PER(head.kj(" ")) if head is not req else "本人", "\n")
    need = g.c(["住民票の写し", "戸籍謄本", "戸籍の附票の写し", "住民票記載事項証明書"])
    d(f"\n請求するもの：{need}　{g.r.randint(1, 3)}通\n")
    if need != "住民票の写し":
        d("本籍：", ADR(g.honseki()), "\n筆頭者：", PER(head.kj(" ")), "\n")
    else:
        d(f"記載事項：世帯全員／続柄あり／本籍{g.c(['あり', 'なし'])}／個人番号なし\n")
    d(f"使用目的：{g.c(['年金の手続き', '自動車登録', '相続手続き', 'パスポート申請', '勤務先への提出'])}\n\n")
    d("【本人確認（窓口に来た方）】\n" if proxy else "【本人確認】\n")
    kind = g.turn(["免許", "特別永住", "旅券"])
    if kind == "免許":
        d("運転免許証　番号 ", DL(g.licence()), "\n")
    elif kind == "旅券":
        d("旅券　番号 ", PASS(g.passport()), f"　有効期限 {jdate(date(g.today.year + 5, 3, 31), 'slash')}\n")
    else:
        d("特別永住者証明書　番号 ", RC(g.residence_card()), "\n")
    d(f"\n交付番号：{g.r.randint(1, 350)}　手数料：{g.c(['300', '450', '750'])}円　受付者：", PER(st.p.sei), "\n")
    return d


def form_benefit(g: Gen, mayor: Person) -> Doc:
    """児童手当 認定請求書 / 給付金申請書 の転記 (My Numbers, pension, account)."""
    d = Doc()
    app = g.person(28, 45)
    sp = g.relative(app, 28, 45, male=not app.male)
    kids = [g.relative(app, 0, 14) for _ in range(g.r.randint(1, 3))]
    postal, addr, _ = g.local_addr()
    b, bc, br, brc = g.bank()
    tab = g.p(0.5)
    s = "\t" if tab else "："
    d(g.c(["児童手当 認定請求書（転記）", "児童手当・特例給付 認定請求書 入力票"]), "\n")
    d(f"受付日{s}{jdate(g.day_before(0, 5), 'wa')}　受付番号{s}{g.r.randint(1, 999):03d}\n\n")
    d(f"■請求者\n氏名{s}", PER(app.kj(" ")), "\n")
    d(f"フリガナ{s}", PER(app.kana(" ")), "\n")
    d(f"生年月日{s}", BIRTH(g.bdate(app.born)), "\n")
    d(f"個人番号{s}", MYN(g.my_number()), "\n")
    d(f"住所{s}〒", ZIP(postal), " ", ADR(addr), "\n")
    d(f"電話{s}", TEL(g.mobile()), "\n")
    d(f"職業{s}会社員（勤務先 {g.c(COMPANIES)}）\n")
    d(f"加入年金{s}厚生年金　基礎年金番号{s}", PEN(g.pension()), "\n\n")
    d(f"■配偶者\n氏名{s}", PER(sp.kj(" ")), f"　生年月日{s}", BIRTH(g.bdate(sp.born)), "\n")
    d(f"個人番号{s}", MYN(g.my_number()), "\n\n■児童\n")
    for i, k in enumerate(kids, 1):
        d(f"({i}) ", PER(k.kj(" ")), "　", BIRTH(g.bdate(k.born)), "生　続柄 子　個人番号 ",
          MYN(g.my_number()), "\n")
    d(f"\n■振込先\n金融機関{s}{b}（{bc}）{br}（{brc}）\n種別{s}普通\n口座番号{s}", BANK(g.account()), "\n")
    d(f"口座名義{s}", PER(app.hwk(" ")), "\n\n")
    d("■本人確認\n", g.c(["運転免許証", "運転免許証（写）"]), "　", DL(g.licence()), "\n")
    d(f"勤務先法人番号{s}{g.corporate()}\n")
    return d


def form_foreign(g: Gen, mayor: Person) -> Doc:
    """外国人住民の転入届（住民異動届）の転記."""
    d = Doc()
    nat = g.c([n for n in FOREIGN if n not in ("アメリカ合衆国",)])
    head = g.foreigner(25, 45, nat=nat)
    # spouses from family-name-first countries keep their own surname; a child takes the father's
    keeps_own = FOREIGN[nat][0] == "fam"
    spouse = g.foreigner(23, 42, male=not head.male, nat=nat, family=None if keeps_own else head)
    fam = [head, spouse]
    if g.p(0.6):
        fam.append(g.foreigner(1, 10, nat=nat, family=head if head.male else spouse))
    postal, addr, _ = g.local_addr(bldg=True)
    interp = g.person(30, 65)
    st = g.staff("市民課")
    d("住民異動届（転入）　外国人住民\n")
    d(f"届出日：{jdate(g.today, g.c(['wa', 'jp']))}　受付番号：{g.r.randint(100, 999)}\n\n")
    d("新住所：〒", ZIP(postal), " ", ADR(addr), "\n")
    d(f"従前の住所：国外（{nat}）\n入国年月日：{jdate(g.day_before(3, 12), 'jp')}\n")
    d("世帯主：", PER(head.caps()), "\n\n")
    for i, p in enumerate(fam, 1):
        d(f"【異動者{i}】\n")
        d("氏名（アルファベット）：", PER(p.caps()), "\n")
        if p.has_kanji and g.p(0.7):
            d("漢字氏名：", PER(p.kj(" ")), "\n")
        d("カタカナ：", PER(p.kana_reg(g.c([" ", "・", ""]))), "\n")
        d(f"性別：{'男' if p.male else '女'}　生年月日：", BIRTH(jdate(p.born, g.c(["jp", "slash", "iso", "jp"]))),
          f"　国籍・地域：{nat}\n")
        d(f"続柄：{['世帯主', '配偶者', '子'][i - 1]}\n")
        status = g.c(["技能実習", "特定技能1号", "技術・人文知識・国際業務", "技能"]) if i == 1 else "家族滞在"
        d("在留カード番号：", RC(g.residence_card()), f"　在留資格：{status}\n")
        d(f"在留期間満了日：{jdate(g.today + timedelta(days=g.r.randint(200, 1500)), 'jp')}\n")
        d("旅券番号：", PASS(g.passport(nat)), "\n\n")
    d("届出人：", PER(head.kana_nat("・") if g.p(0.5) else head.caps()), "（本人）　電話：", TEL(g.mobile()), "\n")
    d("通訳：", PER(interp.kj(" ")), f"（{CITY}国際交流協会）\n")
    d(f"勤務先：{g.c(COMPANIES)}（法人番号 {g.corporate()}）\n")
    d("受付：", PER(st.p.sei), "　入力：", PER(g.staff("市民課").p.sei), "\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# notices and internal reports


def notice(g: Gen, mayor: Person) -> Doc:
    """お知らせ・回覧（ほぼ事務所の連絡先だけ）."""
    d = Doc()
    kind = g.turn(["防災訓練", "健診", "ごみ"])
    dept = {"防災訓練": "防災安全課", "健診": "長寿介護課", "ごみ": "環境課"}[kind]
    st = g.staff(dept)
    day = g.today + timedelta(days=g.r.randint(14, 40))
    name, _, y = era(g.today)
    d(g.c(["回覧", "【回覧】", "各戸配布"]), "\n", f"{name}{y}年{g.today.month}月　{CITY} {dept}\n\n")
    if kind == "防災訓練":
        d("令和6年度 桜ケ原市総合防災訓練の実施について\n\n")
        d("　大規模地震を想定した総合防災訓練を下記のとおり実施します。\n\n")
        d(f"日時　{jdate(day, 'wa')}（{wd(day)}）午前9時～11時30分（小雨決行）\n")
        d(f"場所　{SCHOOLS[0]} グラウンド　ほか各指定避難所\n")
        d("内容　シェイクアウト訓練、避難所開設訓練、煙体験、AED講習\n")
        d("持ち物　飲料水、タオル、マスク\n\n")
        d("※避難行動要支援者名簿に登録されている方への声掛けは、各自治会の支援者にお願いしています。\n")
    elif kind == "健診":
        d("特定健診・がん検診（集団健診）のご案内\n\n")
        d("　40歳以上の国民健康保険加入者と、75歳以上の方を対象に集団健診を行います。\n\n")
        d(f"日程　{jdate(day, 'wa')}～{jdate(day + timedelta(days=4), 'wa')}\n")
        d(f"会場　{CITY}保健センター（{CITY}本町一丁目3番5号）\n")
        d("自己負担　特定健診 無料、胃がん検診 1,000円、大腸がん検診 500円\n")
        d(f"予約　{jdate(day - timedelta(days=7), 'wa')}まで（電話・ホームページ）\n\n")
    else:
        d("ごみ収集日程の変更について\n\n")
        y = g.today.year if g.today.month > 3 else g.today.year - 1
        d(f"　年末年始は収集日程が変わります。{jdate(date(y, 12, 31), 'wa')}から"
          f"{jdate(date(y + 1, 1, 3), 'wa')}までは収集を行いません。\n")
        d(f"　粗大ごみの戸別収集（1点 {g.c(['500', '800', '1,000'])}円）は電話またはホームページで受け付けます。\n\n")
    if g.p(0.6):
        lead = g.person(55, 78)
        if kind == "ごみ":
            d("【自治会からのお願い】\n　集積所の清掃当番表は自治会長 ", PER(lead.kj(" ")), "（電話 ",
              TEL(g.landline()),
              "）が管理しています。当番の交代はお早めにご連絡ください。\n\n")
        else:
            d("【自治会からのお願い】\n　参加人数を把握するため、",
              f"{jdate(day - timedelta(days=10), 'wa')}までに班長または"
              "自治会長 ", PER(lead.kj(" ")), "（電話 ", TEL(g.landline()), "）までお知らせください。\n\n")
    d("【問い合わせ】\n", f"{CITY} {DEPTS[dept][0]} {dept} {DEPTS[dept][1]}\n")
    d(f"〒{OFFICE_ZIP} {OFFICE_ADDR}\n電話 {OFFICE_TEL}（内線{st.ext}）　FAX {OFFICE_FAX}\n")
    d(f"メール {st.box}\n法人番号 {CORP_NO}\n")
    return d


def access_report(g: Gen, mayor: Person) -> Doc:
    """操作ログ・アクセスログ点検の事務連絡（client IPs, staff names)."""
    d = Doc()
    st = g.staff("情報政策課")
    staff = [g.staff(g.c(["市民課", "税務課", "福祉課", "保険年金課"])) for _ in range(g.r.randint(3, 4))]
    d("事務連絡\n", f"{jdate(g.today, 'wa')}\n\n各課長 様\n\n", "情報政策課長\n\n")
    d("住民情報システム等のログ点検結果について\n\n")
    d(f"　{CITY}情報セキュリティポリシーに基づき、{g.today.month - 1 if g.today.month > 1 else 12}月分の操作ログ及び"
      "公開ウェブサーバのアクセスログを点検しましたので、結果をお知らせします。\n\n")
    d("1　住民情報システム 操作ログ（時間外の照会・抜粋）\n")
    d("日時\t職員ID\t氏名\t端末IP\t操作\t結果\n")
    base = g.day_before(15, 40)
    for s in staff:
        ts = base + timedelta(days=g.r.randint(0, 20))
        d(f"{ts.isoformat()} {g.r.randint(19, 22)}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d}\t",
          f"S{g.digits(5)}\t", PER(s.p.kj(" ")), "\t", IP(g.ip()),
          f"\t{g.c(['住民票照会', '課税台帳照会', '宛名検索'])}\t成功\n")
    d("\n2　公開ウェブサーバ アクセスログ（問い合わせフォームへの連続送信・抜粋）\n")
    for _ in range(g.r.randint(3, 5)):
        ts = base + timedelta(days=g.r.randint(0, 20))
        mon = MONTHS[ts.month - 1][:3]
        d(IP(g.ip()), f' - - [{ts.day:02d}/{mon}/{ts.year}:{g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:'
          f'{g.r.randint(0, 59):02d} +0900] "POST /form/contact HTTP/1.1" {g.c(["200", "200", "403", "429"])} '
          f'{g.r.randint(300, 5000)}\n')
    d("\n3　所見\n")
    d("　1の照会はいずれも所属長の事前承認があり、業務上必要なものでした（", PER(staff[0].p.sei), "主事は"
      "窓口延長対応、", PER(staff[1].p.sei), "主任は決算資料作成）。\n")
    d("　2の送信元は同一事業者の回線と推定されるため、WAFで当該アドレスからの送信を制限しました。\n\n")
    d("担当：情報政策課 情報システム係 ", PER(st.p.kj(" ")), f"（内線 {st.ext}）　", st.box, "\n")
    return d


# ---------------------------------------------------------------------------------------------------------------
# English letters


def _us_addr(g: Gen) -> tuple[str, str, str]:
    city, zp = g.c([("Portland, OR", "972"), ("Seattle, WA", "981"), ("Austin, TX", "787")])
    street = g.c(["SE Maple Avenue", "Oak Street", "W 4th Street"])
    line = f"{g.r.randint(100, 9999)} {street}, Apt {g.r.randint(1, 9)}{g.c('ABC')}, {city}"
    return line, f"{zp}{g.digits(2, False)}", "USA"


def _uk_addr(g: Gen) -> tuple[str, str, str]:
    town, district = g.c([("Leeds", "LS6"), ("Sheffield", "S10"), ("Bristol", "BS8")])
    street = g.c(["Elm Grove", "Victoria Road", "Park Lane"])
    code = f"{district} {g.r.randint(1, 9)}{g.c('ABDEFGH')}{g.c('JLNPQRS')}"
    return f"Flat {g.r.randint(1, 9)}, {g.r.randint(2, 80)} {street}, {town}", code, "United Kingdom"


FOREIGN_ADDR = {
    "ベトナム": lambda g: (f"No. {g.r.randint(2, 180)}, Lane {g.r.randint(5, 300)} "
                       f"{g.c(['Hoang Hoa Tham', 'Nguyen Trai', 'Le Loi', 'Tran Phu'])} Street, "
                       f"{g.c(['Ba Dinh', 'Thanh Xuan', 'Cau Giay', 'Hai Chau'])} District, "
                       f"{g.c(['Hanoi', 'Da Nang'])}",
                       g.c(["100000", "118000", "550000"]), "Vietnam"),
    "フィリピン": lambda g: (f"Blk {g.r.randint(1, 40)} Lot {g.r.randint(1, 30)} "
                        f"{g.c(['Sampaguita', 'Mabini', 'Rizal'])} St., "
                        f"Barangay {g.c(['San Roque', 'Santo Nino', 'Malanday'])}, "
                        f"{g.c(['Marikina City', 'Antipolo City', 'Cainta'])}, "
                        f"{g.c(['Metro Manila', 'Rizal'])}", g.c(["1800", "1870", "1900"]), "Philippines"),
    "ブラジル": lambda g: (f"Rua {g.c(['das Flores', 'Sete de Setembro', 'XV de Novembro'])}, {g.r.randint(10, 2900)}, "
                       f"{g.c(['Centro', 'Batel', 'Jardim Botanico'])}, "
                       f"{g.c(['Curitiba - PR', 'Londrina - PR', 'Campinas - SP'])}",
                       f"{g.digits(5)}-{g.digits(3, False)}", "Brazil"),
    "アメリカ合衆国": lambda g: _us_addr(g),
    "ネパール": lambda g: (f"Ward No. {g.r.randint(1, 20)}, {g.c(['Lakeside', 'Baneshwor', 'Thamel'])}, "
                       f"{g.c(['Pokhara', 'Kathmandu'])}", g.c(["33700", "44600"]), "Nepal"),
    "イギリス": lambda g: _uk_addr(g),
    "オーストラリア": lambda g: (f"{g.r.randint(2, 200)} {g.c(['Wattle Street', 'Smith Street', 'George Road'])}, "
                          f"{g.c(['Fitzroy VIC', 'Newtown NSW', 'Toowong QLD'])}", g.c(["3065", "2042", "4066"]),
                                 "Australia"),
}


def foreign_phone(g: Gen, country: str) -> str:
    if country == "Vietnam":
        return f"+84 9{g.r.randint(0, 9)} {g.digits(3)} {g.digits(4, False)}"
    if country == "Philippines":
        return f"+63 9{g.digits(2)} {g.digits(3)} {g.digits(4, False)}"
    if country == "Brazil":
        return f"+55 {g.c(['41', '43', '19'])} 9{g.digits(4)}-{g.digits(4, False)}"
    if country == "USA":
        return f"+1 ({g.c(['503', '206', '512'])}) 555-01{g.digits(2, False)}"
    if country == "United Kingdom":
        return f"+44 113 496 0{g.digits(3, False)}"
    if country == "Australia":
        return f"+61 3 9{g.digits(3)} {g.digits(4, False)}"
    return f"+977 {g.c(['61', '1'])}-{g.digits(6)}"


def english_to_resident(g: Gen, mayor: Person) -> Doc:
    """English letter from the city to a foreign resident (Japanese address in English order)."""
    d = Doc()
    nat = g.c(["フィリピン", "アメリカ合衆国", "ブラジル", "ネパール", "インドネシア", "ベトナム"])
    res = g.foreigner(24, 55, nat=nat)
    postal, _, en = g.local_addr()
    topic = g.turn(["nhi", "tax", "card"])
    st = g.staff({"nhi": "保険年金課", "tax": "税務課", "card": "市民課"}[topic])
    division = {"nhi": "Insurance and Pension Division", "tax": "Taxation Division", "card": "Citizens Division"}[topic]
    language = {"フィリピン": "Tagalog", "アメリカ合衆国": "English", "ブラジル": "Portuguese", "ネパール": "Nepali",
                "インドネシア": "Indonesian", "ベトナム": "Vietnamese"}[nat]
    d(f"{CITY_EN} City Hall\n{OFFICE_ADDR_EN}\nTel: {OFFICE_TEL_INTL}\n\n")
    d(jdate(g.today, g.c(["en", "en_uk"])), "\n\n")
    d(res.title(), " ", PER(res.en()), "\n", ADR(en), " ", ZIP(postal), "\n\n")
    d(f"Dear {res.title()} ", PER(res.en_sur()), ",\n\n")
    if topic == "nhi":
        d("Re: Your new National Health Insurance eligibility certificate\n\n")
        d("We are sending you the eligibility certificate for the National Health Insurance of the city. "
          "Please check the details below.\n\n")
        d("Name: ", PER(res.caps()), "\nDate of birth: ", BIRTH(jdate(res.born, g.c(["en", "en_uk", "slash"]))), "\n")
        d("Symbol: ", INS(g.c(["桜", "さくら"]) + g.digits(2, False)), "  Number: ", INS(g.digits(6, False)),
          f"\nInsurer number: 04{g.digits(4, False)}\n")
        d(f"Valid until: {jdate(date(g.today.year + 1, 7, 31), 'en')}\n\n")
    elif topic == "tax":
        d("Re: Municipal tax payment plan\n\n")
        d(f"Thank you for visiting our office on {jdate(g.day_before(5, 20), 'en')}. As agreed, your residence tax of "
          f"JPY {g.amount(40000, 180000)} will be paid in {g.r.randint(3, 8)} instalments.\n")
        d("Residence card number on file: ", RC(g.residence_card()), "\n")
        d("Please pay at any convenience store with the enclosed payment slips by the end of each month.\n\n")
    else:
        d("Re: Notice about your My Number Card\n\n")
        d("Your My Number Card is ready for collection at the Citizens Division (1st floor). "
          "Please bring this letter and your residence card (No. ", RC(g.residence_card()), ").\n")
        d("Identity was confirmed with your passport (No. ", PASS(g.passport(nat)), ") at the time of application.\n")
        d(f"Notification number: {g.digits(12, False)}\n\n")
    d("If you have any questions, please contact ", PER(st.p.en()), f" at the {division}")
    d(" (direct line: ", TEL(st.direct), ", e-mail: ", MAIL(st.mail), ").\n")
    if language != "English":
        d(f"Interpretation in {language} is available on Tuesdays at the International Relations Office "
          f"(kokusai@{DOMAIN}).\n")
    d("\n")
    d("Sincerely,\n\n", PER(st.p.en()), "\n", f"{CITY_EN} City Office\n")
    return d


def english_from_abroad(g: Gen, mayor: Person) -> Doc:
    """English letter from a former resident abroad asking for a certificate (foreign address and phone, card)."""
    d = Doc()
    country_key = g.c(["アメリカ合衆国", "イギリス", "オーストラリア", "ブラジル"])
    japanese = g.round != 1
    res = g.person(30, 70) if japanese else g.foreigner(30, 60, nat=g.c(["フィリピン", "ブラジル", "アメリカ合衆国"]))
    street, fzip, country = FOREIGN_ADDR[country_key](g)
    _, ja_old, en_old = g.local_addr()
    em = g.email(res)
    d(jdate(g.today - timedelta(days=g.r.randint(7, 14)), g.c(["en", "en_uk", "en_mon"])), "\n\n")
    d("Citizens Division\n", f"{CITY_EN} City Office\n{OFFICE_ADDR_EN}\n\n")
    d("Dear Sir or Madam,\n\nRequest for a certificate of residence (juminhyo no utsushi)\n\n")
    d(f"I lived in {CITY_EN} until {MONTHS[g.r.randint(0, 11)]} {g.today.year - g.r.randint(1, 4)} at ",
      ADR(en_old if g.p(0.6) else ja_old), ". I now live abroad and need a certificate showing my former address "
      "for a pension application.\n\n")
    d("Full name: ", PER(res.en()))
    if japanese:
        d(" (", PER(res.kj(" ")), ")")
    d("\nDate of birth: ", BIRTH(jdate(res.born, g.c(["en", "en_uk", "en_mon", "en_short"]))), "\n")
    d("Passport No.: ", PASS(g.passport("" if japanese else res.nat)), "\n")
    if japanese:
        d("Japanese driver's licence No.: ", DL(g.licence()), " (copy enclosed)\n")
    d("Current address: ", ADR(street), " ", ZIP(fzip), ", ", country, "\n")
    d("Phone: ", TEL(foreign_phone(g, country)), "\nE-mail: ", MAIL(em), "\n\n")
    d("I enclose a copy of my passport. For the fee (300 yen) and the international postage, please charge my credit "
      "card:\n", "Card number: ", CARD(g.card()), f"\nExpiry: {g.r.randint(1, 12):02d}/{g.r.randint(26, 31)}\n\n")
    if g.p(0.5):
        rel = g.person(30, 70) if japanese else g.person(40, 75)
        d("If anything is unclear, you may also contact my ", g.c(["sister", "brother", "friend"]), ", ",
          PER(rel.en()), ", in Japan (", TEL(g.mobile(intl=g.p(0.5))), ").\n\n")
    d("Thank you very much for your help.\n\nYours faithfully,\n", PER(res.en()), "\n")
    return d


def english_mail(g: Gen, mayor: Person) -> Doc:
    """E-mail in English from a foreign resident, with the office's reply above it."""
    d = Doc()
    nat = g.c(["フィリピン", "アメリカ合衆国", "ネパール", "ブラジル", "インドネシア", "ベトナム", "中国"])
    res = g.foreigner(25, 45, nat=nat)
    child = g.foreigner(0, 9, nat=nat, family=res)
    postal, _, en = g.local_addr()
    st = g.staff("国際交流室")
    em = g.email(res)
    d("From: ", f"{CITY_EN} City International Relations <kokusai@{DOMAIN}>\nTo: ", PER(res.en()), " <", MAIL(em),
      ">\n")
    d("Subject: Re: Child allowance and school enrollment\nDate: ", mail_date(g, g.today), "\n\n")
    d(f"Dear {res.title()} ", PER(res.en_sur()), ",\n\n")
    d("Thank you for your e-mail. For the child allowance, please come to the Child Support Division with your "
      "passport, your residence card and your bank card. For school enrollment, ",
      PER(st.p.en()), " of our office can go with you to the Board of Education on a weekday morning.\n\n")
    d(f"Best regards,\n{CITY_EN} City International Relations Office\n")
    d(f"kokusai@{DOMAIN} / {OFFICE_TEL_INTL} (ext. {st.ext})\n\n")
    d("-----Original Message-----\nFrom: ", PER(res.en()), " <", MAIL(em), ">\nSent: ", mail_date(g, g.day_before(1,
                                                                                                                  4)),
      "\n\nHello,\n\n")
    d("My name is ", PER(res.en()),
      f". I moved to {CITY_EN} from {g.c(['Tokyo', 'Osaka', 'Sendai', 'Nagoya'])} last month "
      "with my family. Our address is ", ADR(en), " ", ZIP(postal), ".\n")
    d("My residence card number is ", RC(g.residence_card()), " and my passport number is ",
      PASS(g.passport(nat)), ".\n")
    d(f"My {'son' if child.male else 'daughter'} ", PER(child.en_given()), " was born on ",
      BIRTH(jdate(child.born, g.c(["en", "en_uk", "slash"]))), ". How can I apply for the child allowance, and "
      f"which elementary school should {'he' if child.male else 'she'} go to?\n\n")
    d("My phone number is ", TEL(g.mobile(intl=g.p(0.4))), ".\n\nThank you,\n", PER(res.en()), "\n")
    return d


# ---------------------------------------------------------------------------------------------------------------

STYLES = [
    ("letter_notice", "通知文（住民あて）: 宛先ブロック、市長名、受給者・児童・口座、問い合わせ先", letter_notice),
    ("letter_reply", "要望への回答文: 受付番号、現地確認、近隣住民の姓、担当職員", letter_reply),
    ("letter_insurance", "保険証・資格確認書の送付案内: 被保険者番号／記号・番号、保険者番号（非対象）",
     letter_insurance),
    ("minutes_council", "審議会の会議録: 出席委員（役職つき）、事務局、発言者の姓", minutes_council),
    ("minutes_care", "地域ケア個別会議の記録: 対象者、家族、出席した専門職", minutes_care),
    ("complaint_record", "苦情・要望等受付票: 申出者、近隣住民、対応経過（ラベルは「：」またはタブ）",
     complaint_record),
    ("consult_memo", "消費生活相談の受付メモ: 相談者、家族、カード番号2件", consult_memo),
    ("seiho_record", "生活保護ケース記録票: 世帯主の番号類、振込口座、訪問記録", seiho_record),
    ("child_note", "子ども家庭相談記録: 児童・きょうだい・父母（外国籍の母を含む）、担任", child_note),
    ("mail_internal", "庁内メール: ヘッダ、運転者登録（免許証番号）または転入者情報の共有、署名", mail_internal),
    ("mail_resident", "住民とのメール（ふるさと納税）: 返信＋引用、カード番号、マイナンバー", mail_resident),
    ("webform", "ホームページのフォーム送信通知: 入力項目と送信元IP", webform),
    ("csv_meibo", "名簿CSV（見出しあり、列順ランダム、半角カナ）", csv_meibo),
    ("tsv_kouza", "口座振替TSV（見出しあり／なし、ゆうちょ記号・番号）", tsv_kouza),
    ("csv_recipients", "受給者一覧CSV（見出しなし、基礎年金番号、個人番号の列あり／なし）", csv_recipients),
    ("table_kaigo", "要介護認定一覧（表計算からの貼り付け、タブ区切り、保険者番号列）", table_kaigo),
    ("form_juminhyo", "住民票の写し等交付請求書の転記: 代理人、本籍、本人確認書類", form_juminhyo),
    ("form_benefit", "児童手当認定請求書の転記: 個人番号、基礎年金番号、振込口座、免許証", form_benefit),
    ("form_foreign", "外国人住民の転入届の転記: 在留カード番号、旅券番号、通訳", form_foreign),
    ("notice", "回覧・お知らせ: 役所の連絡先（非対象）、まれに自治会長", notice),
    ("access_report", "ログ点検の事務連絡: 操作ログ（職員名・端末IP）、ウェブのアクセスログ", access_report),
    ("english_to_resident", "英文の通知（市→外国人住民）: 英語順の日本の住所、担当職員の直通", english_to_resident),
    ("english_from_abroad", "英文の証明書請求（国外の元住民）: 外国住所・郵便番号・電話、旅券、カード",
     english_from_abroad),
    ("english_mail", "英文メール（外国人住民⇔国際交流室）: 在留カード、旅券、子の生年月日", english_mail),
]


def check(doc_id: str, text: str, ents: list[dict]) -> None:
    prev_end = -1
    for e in ents:
        s, t, span = e["start"], e["end"], e["text"]
        if not span or text[s:t] != span:
            sys.exit(f"{doc_id}: span {e} does not re-read")
        if s < prev_end:
            sys.exit(f"{doc_id}: span {e} overlaps the previous one")
        if span != span.strip() or span.strip("　") != span:
            sys.exit(f"{doc_id}: span {e} has outer whitespace")
        if e["type"] == "MY_NUMBER":
            digits = re.sub(r"\D", "", span)
            if len(digits) != 12 or my_number_check(digits[:11]) != int(digits[11]):
                sys.exit(f"{doc_id}: bad My Number {span}")
        if e["type"] == "CREDIT_CARD":
            digits = re.sub(r"\D", "", span)
            if len(digits) != 16 or not luhn_ok(digits):
                sys.exit(f"{doc_id}: bad card {span}")
        if e["type"] == "BANK_ACCOUNT" and not re.fullmatch(r"\d{5}|\d{7}|\d{8}", span):
            sys.exit(f"{doc_id}: bad account {span}")
        if e["type"] == "PERSON" and re.search(r"(様|さん|殿|氏|委員|係長|課長|主事)$", span):
            sys.exit(f"{doc_id}: honorific inside {span}")
        prev_end = t


def build() -> list[dict]:
    boot = Gen(SEED, [])
    towns = boot.r.sample(TOWNS, 18)
    pool = []
    zips = boot.r.sample(range(6100, 6199), len(towns))
    for (kanji, _, _, rom), z in zip(towns, zips, strict=True):
        base = plain_rom(rom)
        if kanji.endswith("町") and base.lower().endswith("cho"):
            base = base[:-3] + "-cho"
        elif kanji.endswith("町") and base.lower().endswith("machi"):
            base = base[:-5] + "-machi"
        pool.append((kanji, base, f"989-{z}", "", ""))
    pool = [p for p in pool if p[2] != f"989-{OFFICE_ZIP[-4:]}"]
    mayor = boot.person(55, 68, male=True)
    docs = []
    n = 0
    for rnd in range(3):
        for style, _, fn in STYLES:
            n += 1
            g = Gen(SEED * 1000 + n * 37 + rnd, pool, rnd)
            doc = fn(g, mayor)
            text = doc.text()
            ents = sorted(doc.ents, key=lambda e: (e["start"], e["end"]))
            doc_id = f"u15-{n:03d}"
            check(doc_id, text, ents)
            docs.append({"id": doc_id, "style": style, "text": text, "entities": ents})
    return docs


def main(argv: list[str]) -> None:
    out = OUT
    if "--out" in argv:
        out = Path(argv[argv.index("--out") + 1])
    docs = build()
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for doc in docs:
        for e in doc["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    total = sum(counts.values())
    print(f"{len(docs)} documents, {total} entities -> {out}")
    for t in TYPES:
        print(f"  {t:<17} {counts.get(t, 0)}")


if __name__ == "__main__":
    main(sys.argv[1:])
