# ruff: noqa: E501  -- the templates are document text; their lines are the documents' lines.
"""Unseen corpus 5: fictional municipal documents, written independently of the masker.

    .venv/bin/python bench/make_masking_unseen5.py            # writes tests/masking_unseen5/data/unseen5.jsonl
    .venv/bin/python bench/masking_exports_eval.py --corpus unseen5 --examples 60

55 documents in the voice of a Japanese municipal office (and English letters and forms for
foreign residents): letters, minutes, complaint/consultation records, welfare and care notes,
e-mails with signatures, CSV/TSV exports (with and without headers, kana / abbreviated /
half-width headers, shuffled columns, quoted fields), Markdown and space-aligned tables, forms,
notices. Names and place names come from the gimei lists in /work/shared/data (in new random
combinations: a city keeps its own prefecture, the town and house number are drawn at random,
so every address is fictional); the templates, foreign names, rare surnames and foreign
addresses are written here. Fixed seed: the output is
byte-for-byte reproducible.

Format: one JSON object per line, {"id", "style", "text", "entities": [{"type", "start",
"end", "text"}]} with character offsets into "text" (end exclusive). Entities are written in
the templates as ⟦TYPE|surface⟧ and the offsets are computed when the markers are removed; at
the end every span is re-read from the final text and compared with its surface (the script
fails otherwise), and spans never overlap.

Labelling rules (what a privacy reviewer would count as personal):
- PERSON: the name of a natural person -- residents, relatives, staff members, committee
  members, care managers, the mayor -- in kanji, kana, half-width kana, Latin (any case) or a
  foreign name in katakana (with or without ・). A surname alone is labelled when it refers to
  a person (「佐藤主事」「鈴木様」「田中さん」). The span is the name only: no honorific
  (様・殿・さん・氏・君・ちゃん・Mr./Ms.), no title or role (係長・主事・委員・ケアマネ…),
  no label (氏名：). Surname and given name separated by a space are one span.
  Titles and roles alone (「市長」「担当課長」), organisations, departments, facilities and
  companies are NOT personal, even when their name contains a surname (「山本医院」).
- ADDRESS: a resident's address, from the first place element (prefecture, city, or a
  Sapporo 条丁目 block when the city is omitted) to the last element of the house number,
  building, floor or room. No label, no 〒 / postal code, no trailing country name (「Japan」
  「USA」). Japanese addresses in English order and foreign addresses are labelled the same way
  (street … city/state), their postcode separately. An office's own public address, a public
  facility's address and a city/town name on its own (「札幌市内」) are NOT personal.
- POSTAL_CODE: a resident's postal code, digits and hyphen only (without 〒); foreign
  postcodes too (97205, BS8 1TH). The office's own postal code is NOT personal.
- PHONE: a resident's phone or fax, a staff member's direct line or mobile (with country code
  when written); not the label, not 「内線」. The office's public switchboard (代表), a public
  counter or FAX number, a published help-line, a company's or a public facility's number are
  NOT personal.
- EMAIL: a personal or individual staff address. A shared departmental mailbox
  (kosodate@… on a public notice) is NOT personal.
- BIRTH_DATE: the birth date only (era and date; no 「生」「生まれ」, no age). Other dates
  (application, meeting, visit, issue dates) are NOT personal.
- BANK_ACCOUNT: the account number (ゆうちょ 記号 and 番号 are each a span, or one span when
  written as 記号-番号). Bank and branch names and 普通/当座 are not part of it.
- PENSION_NUMBER: 基礎年金番号. INSURANCE_NUMBER: 被保険者番号 (介護・国保・後期高齢), health
  insurance 記号 and 番号 (two spans when written apart, one when written 記号-番号). DRIVER_LICENSE: the 12 digits (no 第/号).
  PASSPORT: passport number. MY_NUMBER: the 12 digits (valid check digit). CREDIT_CARD: the
  card number (Luhn-valid). IP_ADDRESS: an address in an access log of a resident's request.
- Not personal: case / document / reception numbers and internal record keys (宛名番号,
  世帯番号, ケース番号, 受付番号), 事業所番号, 法人番号, amounts, counts, ages, sex, ordinance
  articles, times, meeting rooms, card expiry months, non-birth dates.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import random
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests/masking_unseen5/data/unseen5.jsonl"
GIMEI = Path("/work/shared/data/gimei-synthetic-source")
if not GIMEI.exists():
    GIMEI = ROOT.parent / "shared/data/gimei-synthetic-source"

PREF_FIRST_CITY = set(
    ["札幌市中央区", "青森市", "盛岡市", "仙台市青葉区", "秋田市", "山形市", "福島市", "水戸市", "宇都宮市", "前橋市", "さいたま市西区", "千葉市中央区", "千代田区", "横浜市鶴見区", "新潟市北区", "富山市", "金沢市", "福井市", "甲府市", "長野市", "岐阜市", "静岡市葵区", "名古屋市千種区", "津市", "大津市", "京都市北区", "大阪市都島区", "神戸市東灘区", "奈良市", "和歌山市", "鳥取市", "松江市", "岡山市北区", "広島市中区", "下関市", "徳島市", "高松市", "松山市", "高知市", "北九州市門司区", "佐賀市", "長崎市", "熊本市中央区", "大分市", "宮崎市", "鹿児島市", "那覇市"]
)
# Rare surnames that look like ordinary words, numerals or calendar expressions (written here).
RARE_LAST = [
    ["四月一日", "わたぬき", "ワタヌキ", "Watanuki"], ["八月一日", "ほずみ", "ホズミ", "Hozumi"],
    ["五月女", "そうとめ", "ソウトメ", "Soutome"], ["九十九", "つくも", "ツクモ", "Tsukumo"],
    ["一", "にのまえ", "ニノマエ", "Ninomae"], ["十", "つなし", "ツナシ", "Tsunashi"],
    ["七五三", "しめ", "シメ", "Shime"], ["春日", "かすが", "カスガ", "Kasuga"],
    ["小鳥遊", "たかなし", "タカナシ", "Takanashi"], ["月見里", "やまなし", "ヤマナシ", "Yamanashi"],
    ["東海林", "しょうじ", "ショウジ", "Shouji"], ["御手洗", "みたらい", "ミタライ", "Mitarai"],
    ["百", "もも", "モモ", "Momo"], ["日下", "くさか", "クサカ", "Kusaka"], ["今日", "きょう", "キョウ", "Kyou"],
    ["明日", "あけび", "アケビ", "Akebi"], ["元旦", "がんたん", "ガンタン", "Gantan"],
    ["金", "こん", "コン", "Kon"], ["土", "つち", "ツチ", "Tsuchi"],
]

MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)

# ---------------------------------------------------------------- value makers


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        names = read_lists(GIMEI / "names.yml")
        addr = read_lists(GIMEI / "addresses.yml")
        self.last = names["last_name"]
        self.male = names["male"]
        self.female = names["female"]
        self.pref_all = addr["prefecture"]
        self.pref = [p[0] for p in addr["prefecture"]]
        # The gimei city list is in JIS municipal-code order: find where each prefecture starts
        # (its first city) so a city is written with its own prefecture.
        starts = [i for i, c in enumerate(addr["city"]) if c[0] in PREF_FIRST_CITY]
        assert len(starts) == 47 and starts == sorted(starts), starts
        self.city_pref: dict[str, int] = {}
        for i, c in enumerate(addr["city"]):
            self.city_pref[c[0]] = sum(1 for st in starts if st <= i) - 1
        self.city = [c for c in addr["city"] if "札幌" not in c[0]]
        self.gun = [c for c in self.city if "郡" in c[0]]
        self.shi = [c for c in self.city if c[0].endswith(("市", "区")) and "郡" not in c[0]]
        self.town = [t for t in addr["town"] if not t[0].endswith(("公園", "駅"))]
        self.foreign_pool: list[tuple[str, str, str, str]] = []
        self.sapporo = [c for c in addr["city"] if "札幌" in c[0]]

    # names ------------------------------------------------------------
    def person(self, female: bool | None = None) -> dict:
        r = self.r
        if female is None:
            female = r.random() < 0.5
        last = r.choice(RARE_LAST) if r.random() < 0.06 else r.choice(self.last)
        first = r.choice(self.female if female else self.male)
        return {
            "last": last[0], "first": first[0],
            "last_kana": last[2], "first_kana": first[2],
            "last_hira": last[1], "first_hira": first[1],
            "last_rom": last[3], "first_rom": first[3],
            "female": female,
        }

    def foreigner(self) -> tuple[str, str, str, str]:
        """A foreign resident not used before (the pool is refilled when empty); the katakana
        form is written with ・, a space or nothing between the parts."""
        if not self.foreign_pool:
            self.foreign_pool = list(FOREIGN)
            self.r.shuffle(self.foreign_pool)
        kana, caps, plain, cc = self.foreign_pool.pop()
        if "・" in kana:
            kana = kana.replace("・", self.r.choice(["・", "・", " ", "＝"]))
        return kana, caps, plain, cc

    def full(self, p: dict, sep: str | None = None) -> str:
        if sep is None:
            sep = self.r.choice([" ", "　", ""])
        return p["last"] + sep + p["first"]

    def kana(self, p: dict, sep: str = "　") -> str:
        return p["last_kana"] + sep + p["first_kana"]

    def hkana(self, p: dict, sep: str = " ") -> str:
        return half_kana(p["last_kana"]) + sep + half_kana(p["first_kana"])

    def roman(self, p: dict, order: str = "SG") -> str:
        last, first = p["last_rom"], p["first_rom"]
        if order == "SG":
            return f"{last.upper()} {first.upper()}"
        if order == "S,G":
            return f"{last.upper()}, {first}"
        return f"{first} {last}"

    # addresses ---------------------------------------------------------
    def chome(self, style: str | None = None) -> str:
        r = self.r
        a, b, c = r.randint(1, 9), r.randint(1, 30), r.randint(1, 28)
        style = style or r.choice(["kanji", "hyphen", "hyphen", "banchi", "fw", "kanjinum"])
        if style == "kanji":
            return f"{a}丁目{b}番{c}号"
        if style == "hyphen":
            return f"{a}-{b}-{c}"
        if style == "banchi":
            return f"{r.randint(1, 2999)}番地{r.randint(1, 30)}"
        if style == "fw":
            return fw(f"{a}丁目{b}番{c}号")
        return f"{kanji_num(a)}丁目{kanji_num(b)}番{kanji_num(c)}号"

    def building(self) -> str:
        r = self.r
        name = r.choice(["サンハイツ", "コーポ", "メゾン", "グランドール", "ハイム", "レジデンス",
                         "パークヒルズ", "ファミール", "シャトー", "ヴィラ"])
        name2 = r.choice(["桜", "緑ヶ丘", "北斗", "みなみ", "新町", "清風", "Ａ棟", "East", "II", "壱番館"])
        room = r.choice([f"{r.randint(1, 9)}0{r.randint(1, 9)}号室", f"{r.randint(1, 12)}階",
                         f"{r.randint(1, 9)}0{r.randint(1, 9)}", f"{r.randint(2, 15)}階{r.randint(1, 9)}号"])
        sep = r.choice([" ", "　", ""])
        return f"{sep}{name}{name2}{r.choice([' ', ''])}{room}"

    def address(self, pref: bool | None = None, bldg: bool | None = None) -> str:
        r = self.r
        if pref is None:
            pref = r.random() < 0.6
        kind = r.random()
        if kind < 0.15:
            city = r.choice(self.gun)[0]
            town = r.choice(self.town)[0]
            num = r.choice([f"大字{town}{r.randint(1, 3999)}番地", f"{town}{r.randint(1, 999)}-{r.randint(1, 9)}",
                            f"字{town}{kanji_num(r.randint(1, 99))}番地"])
            s = city + num
        else:
            city = r.choice(self.shi)[0]
            s = city + r.choice(self.town)[0] + self.chome()
        if pref:
            s = self.pref[self.city_pref[city]] + s
        if bldg or (bldg is None and r.random() < 0.4):
            s += self.building()
        return s

    def sapporo_addr(self, with_city: bool = True) -> str:
        r = self.r
        jo = r.randint(1, 40)
        ch = r.randint(1, 18)
        d = r.choice(["北", "南"]) + f"{jo}条" + r.choice(["西", "東"]) + f"{ch}丁目"
        d += r.choice([f"{r.randint(1, 30)}-{r.randint(1, 30)}", f"{r.randint(1, 30)}番地{r.randint(1, 30)}",
                       f"{r.randint(1, 30)}番{r.randint(1, 30)}号"])
        if r.random() < 0.5:
            d += self.building()
        if with_city:
            d = r.choice(["北海道", ""]) + r.choice(self.sapporo)[0] + d
        return d

    def english_jp_addr(self) -> str:
        r = self.r
        if r.random() < 0.5:
            ward = r.choice(["Kita-ku", "Chuo-ku", "Higashi-ku", "Toyohira-ku", "Nishi-ku"])
            return (f"{r.randint(1, 30)}-{r.randint(1, 30)} {r.choice(['Kita', 'Minami'])} {r.randint(1, 40)}-jo "
                    f"{r.choice(['Nishi', 'Higashi'])} {r.randint(1, 18)}-chome, {ward}, Sapporo, Hokkaido")
        town = hepburn(r.choice(self.town)[3])
        c = r.choice([c for c in self.shi if c[0].endswith("市")])
        city = hepburn(c[3])
        pref = self.pref_rom(self.city_pref[c[0]])
        if city.endswith("shi"):
            city = city[:-3] + r.choice(["-shi", "-shi", " City", ""])
        bld = r.choice(["", f"Corpo Sakura {r.randint(1, 5)}0{r.randint(1, 9)}, ",
                        f"Room {r.randint(1, 9)}0{r.randint(1, 9)}, Sun Heights, "])
        return f"{bld}{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)} {town}, {city}, {pref}"

    def pref_rom(self, i: int) -> str:
        rom = hepburn(self.pref_all[i][3])
        for suffix in ("ken", "fu"):
            if rom.endswith(suffix) and rom != "Hokkaido":
                return rom[: -len(suffix)]
        return "Tokyo" if rom == "Tokyoto" else rom

    def postal(self, style: str | None = None) -> str:
        r = self.r
        a, b = r.randint(1, 999), r.randint(0, 9999)
        style = style or r.choice(["h", "h", "h", "plain", "fw"])
        if style == "h":
            return f"{a:03d}-{b:04d}"
        if style == "plain":
            return f"{a:03d}{b:04d}"
        return fw(f"{a:03d}-{b:04d}")

    # numbers -----------------------------------------------------------
    def mobile(self, style: str | None = None) -> str:
        r = self.r
        p = r.choice(["090", "080", "070"])
        a, b = r.randint(1000, 9999), r.randint(1000, 9999)
        style = style or r.choice(["h", "h", "h", "plain", "sp", "fw", "intl", "paren"])
        if style == "h":
            return f"{p}-{a}-{b}"
        if style == "plain":
            return f"{p}{a}{b}"
        if style == "sp":
            return f"{p} {a} {b}"
        if style == "fw":
            return fw(f"{p}-{a}-{b}")
        if style == "paren":
            return f"{p}({a}){b}"
        return f"+81-{p[1:]}-{a}-{b}"

    def landline(self) -> str:
        r = self.r
        area = r.choice(["011", "0123", "03", "06", "052", "0155", "0776", "099"])
        rest = 10 - len(area)
        mid = r.randint(10 ** (rest - 5), 10 ** (rest - 4) - 1) if rest > 4 else r.randint(1, 9)
        tail = r.randint(1000, 9999)
        fmt = r.choice(["{a}-{m}-{t}", "({a}){m}-{t}", "{a}-{m}-{t}", "{a}({m}){t}"])
        return fmt.format(a=area, m=mid, t=tail)

    def email(self, p: dict | None = None, staff: bool = False) -> str:
        r = self.r
        p = p or self.person()
        lr, fr = p["last_rom"].lower(), p["first_rom"].lower()
        if staff:
            dom = r.choice(["city.kitaminato.lg.jp", "town.aoba.lg.jp", "city.example.lg.jp"])
            user = r.choice([f"{fr[0]}-{lr}", f"{lr}.{fr}", f"{lr}-{fr[:3]}{r.randint(1, 99):02d}"])
        else:
            dom = r.choice(["example.ne.jp", "example.com", "mail.example.jp", "example.co.jp", "docomo.example.ne.jp"])
            user = r.choice([f"{fr}.{lr}{r.randint(60, 99)}", f"{lr}_{fr}", f"{fr[0]}{lr}{r.randint(1, 999)}",
                             f"{lr}{fr}"])
        return f"{user}@{dom}"

    def birth(self, lo: int = 1935, hi: int = 2020) -> dt.date:
        return dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def bdate(self, d: dt.date, style: str | None = None) -> str:
        r = self.r
        era, y = wareki(d)
        ab = {"昭和": "S", "平成": "H", "令和": "R"}[era]
        ys = "元" if y == 1 else str(y)
        style = style or r.choice(["wa", "wa", "wa_fw", "wa_kanji", "abbr", "abbr_sl", "seireki",
                                   "slash", "ymd8", "iso", "seireki_fw"])
        if style == "wa":
            return f"{era}{ys}年{d.month}月{d.day}日"
        if style == "wa_fw":
            return fw(f"{era}{ys}年{d.month}月{d.day}日")
        if style == "wa_kanji":
            return f"{era}{'元' if y == 1 else kanji_num(y)}年{kanji_num(d.month)}月{kanji_num(d.day)}日"
        if style == "abbr":
            return f"{ab}{y}.{d.month}.{d.day}"
        if style == "abbr_sl":
            return f"{ab}{y:02d}/{d.month:02d}/{d.day:02d}"
        if style == "seireki":
            return f"{d.year}年{d.month}月{d.day}日"
        if style == "seireki_fw":
            return fw(f"{d.year}年{d.month}月{d.day}日")
        if style == "slash":
            return f"{d.year}/{d.month:02d}/{d.day:02d}"
        if style == "ymd8":
            return f"{d.year}{d.month:02d}{d.day:02d}"
        if style == "en":
            return d.strftime("%B ") + f"{d.day}, {d.year}"
        if style == "dmy":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return d.isoformat()

    def my_number(self, style: str = "plain") -> str:
        r = self.r
        digits = [r.randint(0, 9) for _ in range(11)]
        s = 0
        for n in range(1, 12):
            p = digits[11 - n]
            q = n + 1 if n <= 6 else n - 5
            s += p * q
        rem = s % 11
        check = 0 if rem <= 1 else 11 - rem
        num = "".join(map(str, digits)) + str(check)
        if style == "sp":
            return f"{num[:4]} {num[4:8]} {num[8:]}"
        if style == "h":
            return f"{num[:4]}-{num[4:8]}-{num[8:]}"
        if style == "fw":
            return fw(num)
        return num

    def card(self, style: str | None = None) -> str:
        r = self.r
        kind = r.choice(["visa", "master", "jcb", "amex"])
        prefix = {"visa": "4", "master": str(r.randint(51, 55)), "jcb": "35" + str(r.randint(28, 89)),
                  "amex": r.choice(["34", "37"])}[kind]
        length = 15 if kind == "amex" else 16
        body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        num = body + luhn_digit(body)
        style = style or r.choice(["sp", "h", "plain"])
        parts = [num[:4], num[4:10], num[10:]] if kind == "amex" else [num[i:i + 4] for i in range(0, 16, 4)]
        if style == "sp":
            return " ".join(parts)
        if style == "h":
            return "-".join(parts)
        return num

    def account(self) -> str:
        return f"{self.r.randint(0, 9999999):07d}"

    def yucho(self) -> tuple[str, str]:
        r = self.r
        return f"1{r.randint(0, 999):03d}0", f"{r.randint(1, 9999999):07d}1"

    def pension(self, style: str | None = None) -> str:
        r = self.r
        a, b = r.randint(1000, 9999), r.randint(0, 999999)
        style = style or r.choice(["h", "h", "plain", "sp"])
        if style == "h":
            return f"{a}-{b:06d}"
        if style == "sp":
            return f"{a} {b:06d}"
        return f"{a}{b:06d}"

    def kaigo_no(self) -> str:
        return f"{self.r.randint(0, 99999999):010d}"

    def koki_no(self) -> str:
        return f"{self.r.randint(10000000, 99999999)}"

    def licence(self) -> str:
        r = self.r
        return f"{r.choice(['10', '30', '45', '63', '62', '53'])}{r.randint(0, 9999999999):010d}"

    def passport(self) -> str:
        r = self.r
        return r.choice(["TK", "TZ", "MU", "TR", "TS"]) + f"{r.randint(1000000, 9999999)}"

    def foreign_passport(self) -> str:
        r = self.r
        return r.choice([f"C{r.randint(1000000, 9999999)}", f"E{r.randint(10000000, 99999999)}",
                         f"P{r.randint(1000000, 9999999)}", f"{r.randint(500000000, 599999999)}"])

    def ip(self) -> str:
        r = self.r
        return r.choice([f"203.0.113.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
                         f"192.0.2.{r.randint(1, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"2001:db8:{r.randint(1, 0xffff):x}::{r.randint(1, 0xffff):x}"])

    def case_no(self) -> str:
        r = self.r
        return r.choice([f"受付第{r.randint(2024, 2026)}-{r.randint(1, 999):03d}号", f"福第{r.randint(100, 9999)}号",
                         f"R{r.randint(6, 8)}-相談-{r.randint(1, 500):04d}", f"案件番号 {r.randint(2024, 2026)}{r.randint(1, 9999):04d}"])

    def yen(self) -> str:
        return f"{self.r.randint(1, 999) * 100:,}円"

    def event_date(self, style: str | None = None) -> str:
        r = self.r
        d = dt.date(2026, r.randint(1, 12), r.randint(1, 28))
        style = style or r.choice(["wa", "sei", "slash", "abbr"])
        if style == "wa":
            return f"令和8年{d.month}月{d.day}日"
        if style == "sei":
            return f"{d.year}年{d.month}月{d.day}日"
        if style == "abbr":
            return f"R8.{d.month}.{d.day}"
        if style == "en":
            return d.strftime("%B ") + f"{d.day}, {d.year}"
        return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------- helpers


def hepburn(rom: str) -> str:
    return rom.replace("ou", "o").replace("uu", "u").replace("oo", "o")


def read_lists(path: Path) -> dict[str, list[list[str]]]:
    """The gimei YAML files are key: / - [a, b, c, d] lists; read them without a YAML library."""
    out: dict[str, list[list[str]]] = {}
    key = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if s.startswith("- ["):
            out.setdefault(key, []).append(ast.literal_eval(s[2:]))
        elif s.endswith(":"):
            key = s[:-1]
    return out

_HALF = {}
for _cp in range(0xFF66, 0xFF9E):
    _HALF[unicodedata.normalize("NFKC", chr(_cp))] = chr(_cp)
_HALF["ー"] = "ｰ"


def half_kana(s: str) -> str:
    out = []
    for ch in s:
        if ch in _HALF:
            out.append(_HALF[ch])
            continue
        d = unicodedata.normalize("NFD", ch)
        if len(d) == 2 and d[0] in _HALF:
            out.append(_HALF[d[0]] + ("ﾞ" if d[1] == "\u3099" else "ﾟ"))
        else:
            out.append(ch)
    return "".join(out)


def fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


_KN = "〇一二三四五六七八九"


def kanji_num(n: int) -> str:
    if n < 10:
        return _KN[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else _KN[t]) + "十" + ("" if o == 0 else _KN[o])


def wareki(d: dt.date) -> tuple[str, int]:
    if d >= dt.date(2019, 5, 1):
        return "令和", d.year - 2018
    if d >= dt.date(1989, 1, 8):
        return "平成", d.year - 1988
    return "昭和", d.year - 1925


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def age_on(d: dt.date, on: dt.date = dt.date(2026, 12, 1)) -> int:
    return on.year - d.year - ((on.month, on.day) < (d.month, d.day))


def P(s: str) -> str:
    return f"⟦PERSON|{s}⟧"


def A(s: str) -> str:
    return f"⟦ADDRESS|{s}⟧"


def T(s: str) -> str:
    return f"⟦PHONE|{s}⟧"


def E(s: str) -> str:
    return f"⟦EMAIL|{s}⟧"


def Z(s: str) -> str:
    return f"⟦POSTAL_CODE|{s}⟧"


def B(s: str) -> str:
    return f"⟦BIRTH_DATE|{s}⟧"


def ACC(s: str) -> str:
    return f"⟦BANK_ACCOUNT|{s}⟧"


def MY(s: str) -> str:
    return f"⟦MY_NUMBER|{s}⟧"


def CARD(s: str) -> str:
    return f"⟦CREDIT_CARD|{s}⟧"


def PEN(s: str) -> str:
    return f"⟦PENSION_NUMBER|{s}⟧"


def INS(s: str) -> str:
    return f"⟦INSURANCE_NUMBER|{s}⟧"


def LIC(s: str) -> str:
    return f"⟦DRIVER_LICENSE|{s}⟧"


def PP(s: str) -> str:
    return f"⟦PASSPORT|{s}⟧"


def IP(s: str) -> str:
    return f"⟦IP_ADDRESS|{s}⟧"


def build(doc_id: str, style: str, marked: str) -> dict:
    text_parts: list[str] = []
    ents: list[dict] = []
    pos = 0
    last = 0
    for m in MARK.finditer(marked):
        chunk = marked[last:m.start()]
        text_parts.append(chunk)
        pos += len(chunk)
        surface = m.group(2)
        ents.append({"type": m.group(1), "start": pos, "end": pos + len(surface), "text": surface})
        text_parts.append(surface)
        pos += len(surface)
        last = m.end()
    text_parts.append(marked[last:])
    text = "".join(text_parts)
    assert "⟦" not in text and "⟧" not in text, doc_id
    return {"id": doc_id, "style": style, "text": text, "entities": ents}


# Office look-alikes (public, NOT personal).
OFFICE = {
    "name": "北湊市", "zip": "〒099-0101", "addr": "北湊市本町1丁目1番1号",
    "tel": "0155-21-2111", "fax": "0155-21-2190",
}
FOREIGN = [
    ("グエン・ヴァン・ナム", "NGUYEN VAN NAM", "Nguyen Van Nam", "VN"),
    ("チャン・ティ・ホア", "TRAN THI HOA", "Tran Thi Hoa", "VN"),
    ("マリア・サントス", "SANTOS MARIA", "Maria Santos", "PH"),
    ("ジョン・スミス", "SMITH JOHN", "John Smith", "US"),
    ("エミリー・ブラウン", "BROWN EMILY", "Emily Brown", "GB"),
    ("王　小紅", "WANG XIAOHONG", "Wang Xiaohong", "CN"),
    ("李　偉", "LI WEI", "Li Wei", "CN"),
    ("キム・ミンジュン", "KIM MINJUN", "Kim Minjun", "KR"),
    ("アナ・ペレイラ・ダ・シルバ", "DA SILVA ANA PEREIRA", "Ana Pereira da Silva", "BR"),
    ("ラジェシュ・クマール", "KUMAR RAJESH", "Rajesh Kumar", "IN"),
    ("ソフィア・ミュラー", "MUELLER SOFIA", "Sofia Mueller", "DE"),
    ("アフマド・ハサン", "HASAN AHMAD", "Ahmad Hasan", "ID"),
    ("ファム・ティ・ラン", "PHAM THI LAN", "Pham Thi Lan", "VN"),
    ("ホセ・ガルシア", "GARCIA JOSE", "Jose Garcia", "PH"),
    ("パク・ソヨン", "PARK SOYEON", "Park Soyeon", "KR"),
    ("張　偉明", "ZHANG WEIMING", "Zhang Weiming", "CN"),
    ("オリバー・ジョーンズ", "JONES OLIVER", "Oliver Jones", "GB"),
    ("ルーカス・オリベイラ", "OLIVEIRA LUCAS", "Lucas Oliveira", "BR"),
    ("プリヤ・シャルマ", "SHARMA PRIYA", "Priya Sharma", "IN"),
    ("ジェシカ・ミラー", "MILLER JESSICA", "Jessica Miller", "US"),
    ("デウィ・レスタリ", "LESTARI DEWI", "Dewi Lestari", "ID"),
    ("レ・ヴァン・トゥアン", "LE VAN TUAN", "Le Van Tuan", "VN"),
]


def foreign_addr(g: Gen, cc: str) -> tuple[str, str, str, str]:
    """(address, postcode, country, phone) for a country code."""
    r = g.r
    n = r.randint(2, 480)
    if cc == "US":
        return (f"{n} Maple Street, Apt {r.randint(1, 9)}B, Portland, OR", f"97{r.randint(200, 299)}",
                "USA", f"+1 (503) 555-{r.randint(100, 199):04d}")
    if cc == "GB":
        return (f"Flat {r.randint(1, 9)}, {n} Kensington Road, Bristol", f"BS{r.randint(1, 9)} {r.randint(1, 9)}TH",
                "United Kingdom", f"+44 117 496 {r.randint(1000, 9999)}")
    if cc == "VN":
        return (f"Số {n} Đường Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh", f"{r.randint(700000, 709999)}",
                "Vietnam", f"+84 912 {r.randint(100, 999)} {r.randint(100, 999)}")
    if cc == "PH":
        return (f"{n} Rizal Avenue, Barangay San Roque, Quezon City", f"{r.randint(1100, 1199)}",
                "Philippines", f"+63 917 {r.randint(100, 999)} {r.randint(1000, 9999)}")
    if cc == "CN":
        return (f"上海市浦东新区世纪大道{n}号{r.randint(1, 30)}0{r.randint(1, 9)}室", f"200{r.randint(100, 199)}",
                "China", f"+86 138 {r.randint(1000, 9999)} {r.randint(1000, 9999)}")
    if cc == "KR":
        return (f"서울특별시 마포구 월드컵로 {n}", f"0{r.randint(3900, 3999)}",
                "Korea", f"+82 10-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}")
    if cc == "BR":
        return (f"Rua das Flores, {n}, apto {r.randint(11, 99)}, São Paulo - SP", f"0{r.randint(1000, 9999)}-{r.randint(100, 999)}",
                "Brazil", f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}")
    if cc == "DE":
        return (f"Lindenstraße {n}, Berlin", f"10{r.randint(100, 999)}", "Germany",
                f"+49 30 {r.randint(1000000, 9999999)}")
    if cc == "IN":
        return (f"{n}, MG Road, Indiranagar, Bengaluru, Karnataka", f"560{r.randint(10, 99):03d}", "India",
                f"+91 98450 {r.randint(10000, 99999)}")
    return (f"Jl. Sudirman No. {n}, Jakarta Selatan", f"12{r.randint(100, 999)}", "Indonesia",
            f"+62 812 {r.randint(1000, 9999)} {r.randint(1000, 9999)}")


# ---------------------------------------------------------------- documents
# Each returns (style, marked text).


def letter_tsuchi(g: Gen) -> tuple[str, str]:
    r = g.r
    p = g.person()
    return "letter", f"""{g.case_no()}
{g.event_date('wa')}

{Z(g.postal('h'))}
{A(g.address(pref=True, bldg=True))}
{P(g.full(p))}　様

北湊市長　{P(g.full(g.person(), '　'))}
（公印省略）

国民健康保険料の減免決定について（通知）

　日頃より市政にご理解とご協力をいただき、ありがとうございます。
　{g.event_date('wa')}付けで申請のありました国民健康保険料の減免について、下記のとおり決定しましたので通知します。

記
１　世帯主氏名　{P(g.full(p, ''))}
２　被保険者証記号番号　記号 {INS(f'北{r.randint(10, 99)}')}　番号 {INS(str(r.randint(100000, 999999)))}
３　減免額　年額 {g.yen()}（令和8年度分）
４　根拠　北湊市国民健康保険条例第{r.randint(10, 30)}条

この決定に不服がある場合は、この通知を受けた日の翌日から起算して３か月以内に審査請求をすることができます。

問い合わせ先
北湊市 市民部 保険年金課 賦課係
{OFFICE['zip']} {OFFICE['addr']}
電話 {OFFICE['tel']}（代表）　FAX {OFFICE['fax']}
"""


def letter_tonari(g: Gen) -> tuple[str, str]:
    r = g.r
    p = g.person()
    staff = g.person()
    return "letter", f"""{P(g.full(p))}　殿

{g.event_date('sei')}
北湊市 福祉部 障がい福祉課

障害福祉サービス受給者証の更新について

拝啓　時下ますますご清祥のこととお慶び申し上げます。
さて、{P(p['last'])}様の受給者証は{g.event_date('wa')}で有効期間が満了します。
更新を希望される場合は、同封の申請書に必要事項をご記入のうえ、ご返送ください。

　申請者住所　{A(g.address(pref=False))}
　生年月日　　{B(g.bdate(g.birth(1950, 2005)))}
　連絡先　　　{T(g.mobile())}

ご不明な点は担当の{P(staff['last'])}（直通 {T('0155-21-' + str(r.randint(3000, 3999)))}）までお問い合わせください。
敬具
"""


def minutes_committee(g: Gen) -> tuple[str, str]:
    r = g.r
    chair, v1, v2, v3, s1, s2, s3 = (g.person() for _ in range(7))
    res = g.person()
    return "minutes", f"""第{r.randint(2, 9)}回 北湊市地域福祉推進委員会 会議録

日時　{g.event_date('wa')}（火）14時00分～15時40分
場所　北湊市役所 本庁舎3階 第2会議室

出席委員（敬称略）
　委員長　{P(g.full(chair, '　'))}（北湊市社会福祉協議会）
　副委員長　{P(g.full(v1, '　'))}
　委員　{P(g.full(v2, '　'))}、{P(g.full(v3, '　'))}
欠席委員　なし
事務局
　福祉部長　{P(s1['last'] + ' ' + s1['first'])}、地域福祉課長補佐　{P(g.full(s2, ''))}、主事　{P(s3['last'])}

議事
１　令和8年度地域福祉計画の進捗について
　事務局（{P(s3['last'])}主事）から資料1に基づき説明。見守りネットワーク協力事業所は{r.randint(120, 180)}か所、前年度比{r.randint(3, 12)}%増。
{P(v2['last'])}委員：民生委員からの相談件数が増えているが、人員は足りているのか。
{P(s2['last'])}課長補佐：今年度は{r.randint(2, 4)}名増員した。予算額は{r.randint(120, 980):,}万円。
２　個別事例の報告（非公開部分）
　{A(g.address(pref=False, bldg=False))}在住の{P(g.full(res))}氏（{age_on(g.birth(1930, 1950))}歳）について、孤立のおそれがあるとして地区担当の{P(v3['last'])}委員から報告があった。
３　その他
　次回は{g.event_date('wa')}に開催予定。

以上
記録者　地域福祉課　{P(g.full(s3))}
"""


def complaint(g: Gen) -> tuple[str, str]:
    r = g.r
    p = g.person()
    staff = g.person()
    staff2 = g.person()
    bd = g.birth(1940, 1995)
    return "complaint", f"""苦情・要望受付票　{g.case_no()}

受付日時：{g.event_date('slash')} 10:{r.randint(10, 59)}
受付方法：電話
受付者：道路維持課 {P(g.full(staff))}

申出人
　氏名：{P(g.full(p))}（{P(g.kana(p))}）
　住所：{A(g.address(pref=False))}
　電話：{T(g.landline())}　携帯：{T(g.mobile())}
　生年月日：{B(g.bdate(bd))}

内容
　自宅前（{A(g.address(pref=False, bldg=False))}付近）の市道に幅約{r.randint(20, 80)}cmの穴があり、夜間に自転車で転倒しそうになった。昨年も同じ箇所を補修してもらったが再発している。早急に対応してほしい。

対応
　{g.event_date('slash')} {P(staff2['last'])}主査が現地確認。応急補修を実施（補修費 {g.yen()}）。
　申出人に電話で結果を報告。{P(p['last'])}さんからは了承を得た。

区分：道路・維持補修　　処理状況：完了
"""


def consult_record(g: Gen) -> tuple[str, str]:
    r = g.r
    p = g.person(female=True)
    child = g.person()
    child["last"], child["last_kana"] = p["last"], p["last_kana"]
    hus = g.person(female=False)
    cw = g.person()
    return "consultation", f"""相談記録（家庭児童相談）
記録番号 {g.case_no()}
相談日 {g.event_date('wa')}　面接（来所）
担当 家庭児童相談員 {P(g.full(cw))}

相談者　{P(g.full(p, ''))}（母・{r.randint(28, 45)}歳）
対象児童　{P(child['last'] + child['first'])}（{B(g.bdate(g.birth(2014, 2022), 'wa'))}生）
世帯　{P(hus['first'])}（夫）との3人世帯。{A(g.address(pref=False, bldg=True))}に居住。
連絡先　{T(g.mobile())}

主訴
　長男の{P(child['first'])}くんが登校を渋るようになり、朝になると腹痛を訴える。夫の{P(hus['first'])}さんは仕事で帰宅が遅く、相談できる相手がいない。

経過・所見
　母は疲労がみられるが受け答えはしっかりしている。学校（北湊市立第三小学校）の担任とは面談済み。
　スクールカウンセラーにつなぐことを提案し、同意を得た。

今後の方針
　{g.event_date('wa')}に再度面接。必要に応じて子ども家庭支援センター（電話 0155-21-4152）を案内する。
"""


def care_note(g: Gen) -> tuple[str, str]:
    r = g.r
    p = g.person()
    cm = g.person()
    fam = g.person(female=True)
    fam["last"] = p["last"]
    bd = g.birth(1928, 1950)
    return "care", f"""介護支援経過記録

利用者：{P(g.full(p))} 様（{age_on(bd)}歳）　被保険者番号：{INS(g.kaigo_no())}
生年月日：{B(g.bdate(bd))}
要介護度：要介護{r.randint(1, 5)}　認定有効期間：2026/{r.randint(1, 6):02d}/01～2027/{r.randint(7, 12):02d}/31
居宅介護支援事業所：ケアプランセンターみなと（事業所番号 01{r.randint(10000000, 99999999)}）
担当ケアマネ：{P(g.full(cm))}

{g.event_date('abbr')}　自宅訪問（{A(g.address(pref=False, bldg=False))}）
　本人、長女の{P(g.full(fam))}さん同席。デイサービスを週2回から3回に増やしたいとの希望。
　長女連絡先 {T(g.mobile())}。ショートステイ利用も検討。
{g.event_date('abbr')}　電話
　通所介護事業所の{P(g.person()['last'])}相談員と調整。月・水・金で調整済み。
{g.event_date('abbr')}　サービス担当者会議
　出席：本人、長女、{P(cm['last'])}（ケアマネ）、訪問看護 {P(g.full(g.person()))}、福祉用具 {P(g.full(g.person()))}
　利用者負担額 月{g.yen()}見込み。
"""


def welfare_note(g: Gen) -> tuple[str, str]:
    r = g.r
    p = g.person()
    cw = g.person()
    bd = g.birth(1945, 1990)
    bank = r.choice(["北洋銀行", "北湊信用金庫", "みなと農業協同組合", "ゆうちょ銀行"])
    if bank == "ゆうちょ銀行":
        k, n = g.yucho()
        acct = f"記号 {ACC(k)} 番号 {ACC(n)}"
    else:
        acct = f"{bank} {r.choice(['本店', '中央支店', '駅前支店'])} 普通 {ACC(g.account())}"
    return "welfare", f"""生活保護 ケース記録（抜粋）
ケース番号 {r.randint(10, 99)}-{r.randint(1000, 9999)}
地区担当員 {P(g.full(cw))}（生活福祉課 保護第二係）

世帯主 {P(g.full(p))}　{B(g.bdate(bd))}生（{age_on(bd)}歳）
現住所 {A(g.address(pref=True, bldg=True))}
電話 {T(g.mobile())}
基礎年金番号 {PEN(g.pension())}
個人番号 {MY(g.my_number(r.choice(['plain', 'sp'])))}
保護費振込口座 {acct}

{g.event_date('wa')}　家庭訪問
　室内は整頓されている。就労意欲あり、ハローワーク北湊で求職中。通院は月{r.randint(1, 4)}回。
　保護費 月額{g.yen()}（生活扶助・住宅扶助）。
{g.event_date('wa')}　来所
　年金の裁定請求について説明。年金事務所に同行予定。
"""


def email_staff(g: Gen) -> tuple[str, str]:
    r = g.r
    s1, s2, res = g.person(), g.person(), g.person()
    bd = g.birth(1950, 2000)
    return "email", f"""From: {P(g.full(s1, ' '))} <{E(g.email(s1, staff=True))}>
To: {P(g.full(s2, ' '))} <{E(g.email(s2, staff=True))}>
Cc: kosodate@city.kitaminato.lg.jp
Subject: 【要確認】児童手当の口座変更について
Date: {g.event_date('sei')} 9:{r.randint(10, 59)}

{P(s2['last'])}さん

お疲れさまです。{P(s1['last'])}です。
本日窓口で、受給者の{P(g.full(res))}さん（{B(g.bdate(bd))}生）から振込口座の変更届を受け付けました。
変更後：北湊信用金庫 本店営業部 普通 {ACC(g.account())}
住所は {A(g.address(pref=False))} で変わりありません。
日中の連絡先は {T(g.mobile())} とのことです。
システム入力をお願いします。受付番号は {g.case_no()} です。

--
北湊市 こども未来部 こども給付課 給付係
{P(g.full(s1, '　'))}
直通 {T('0155-21-' + str(r.randint(3000, 3999)))}　内線{r.randint(2000, 2999)}
代表 {OFFICE['tel']}
"""


def email_resident(g: Gen) -> tuple[str, str]:
    p = g.person()
    staff = g.person()
    return "email", f"""差出人: {E(g.email(p))}
宛先: shiminka@city.kitaminato.lg.jp
件名: 住民票の郵送請求について

北湊市役所 市民課 ご担当者様

お世話になります。{A(g.address(pref=True, bldg=True))}に住んでいる{P(g.full(p))}と申します。
転勤で現在は市外にいるため、住民票の写しを郵送で請求したいと考えています。
送付先は下記の通りです。

〒{Z(g.postal('h'))}
{A(g.address(pref=True, bldg=True))}
{P(g.full(p))}
TEL {T(g.mobile())}

定額小為替は{g.yen()}分を同封します。よろしくお願いいたします。

---- 返信 ----
{P(p['last'])}様

北湊市市民課の{P(staff['last'])}です。お問い合わせありがとうございます。
郵送請求は可能です。本人確認書類（運転免許証等）の写しを同封してください。
なお、お電話でのお問い合わせは市民課 {OFFICE['tel']}（代表）で承ります。
"""


def csv_juminzei(g: Gen) -> tuple[str, str]:
    r = g.r
    rows = ["宛名番号,氏名,ﾌﾘｶﾞﾅ,生年月日,郵便番号,住所,電話番号,税額"]
    for _ in range(6):
        p = g.person()
        rows.append(",".join([
            str(r.randint(100000, 999999)), P(g.full(p, ' ')), P(g.hkana(p)),
            B(g.bdate(g.birth(1940, 2000), r.choice(['slash', 'ymd8']))), Z(g.postal('h')),
            A(g.address(pref=False, bldg=False)), T(g.landline()), str(r.randint(1, 90) * 1000)]))
    return "csv", "\n".join(rows) + "\n"


def csv_koza_furikae(g: Gen) -> tuple[str, str]:
    r = g.r
    rows = ["\"ｺｳｻﾞ\",\"ﾒｲｷﾞﾆﾝ\",\"ｷﾝﾕｳｷｶﾝ\",\"ｼﾃﾝ\",\"ｼｭﾍﾞﾂ\",\"ｾｲｷｭｳｶﾞｸ\""]
    for _ in range(7):
        p = g.person()
        rows.append(",".join([
            f'"{ACC(g.account())}"', f'"{P(g.hkana(p))}"', '"' + r.choice(['0116', '1010', '9900']) + '"',
            '"' + f"{r.randint(1, 800):03d}" + '"', '"1"', '"' + str(r.randint(1, 50) * 100) + '"']))
    return "csv", "\n".join(rows) + "\n"


def csv_noheader_nenkin(g: Gen) -> tuple[str, str]:
    r = g.r
    rows = []
    for _ in range(8):
        p = g.person()
        rows.append(",".join([
            f"{r.randint(1, 9999):05d}", P(g.kana(p, ' ')), PEN(g.pension('h')),
            B(g.bdate(g.birth(1935, 1960), 'abbr')), r.choice(["老齢", "障害", "遺族"]),
            str(r.randint(30, 200) * 1000)]))
    return "csv", "\n".join(rows) + "\n"


def tsv_kaigo(g: Gen) -> tuple[str, str]:
    r = g.r
    rows = ["証番号\t要介護度\t氏名（カナ）\t被保険者氏名\t生年月日\t認定日\t事業所番号"]
    for _ in range(6):
        p = g.person()
        rows.append("\t".join([
            INS(g.kaigo_no()), f"要介護{r.randint(1, 5)}", P(g.kana(p, ' ')), P(g.full(p, '　')),
            B(g.bdate(g.birth(1925, 1955), 'wa')), g.event_date('slash'), f"01{r.randint(10000000, 99999999)}"]))
    return "tsv", "\n".join(rows) + "\n"


def tsv_noheader_kaigo(g: Gen) -> tuple[str, str]:
    r = g.r
    rows = []
    for _ in range(7):
        p = g.person()
        rows.append("\t".join([
            INS(g.kaigo_no()), P(g.full(p, ' ')), P(g.hkana(p)),
            B(g.bdate(g.birth(1925, 1955), 'ymd8')), A(g.address(pref=False, bldg=False)), f"要支援{r.randint(1, 2)}"]))
    return "tsv", "\n".join(rows) + "\n"


def csv_shuffled_meibo(g: Gen) -> tuple[str, str]:
    r = g.r
    cols = ["電話", "氏名", "住所", "E-mail", "生年月日", "〒"]
    r.shuffle(cols)
    rows = [",".join(cols)]
    for _ in range(6):
        p = g.person()
        vals = {"電話": T(g.mobile('h')), "氏名": P(g.full(p, '　')), "住所": '"' + A(g.address(pref=True)) + '"',
                "E-mail": E(g.email(p)), "生年月日": B(g.bdate(g.birth(1960, 2010), 'slash')), "〒": Z(g.postal('h'))}
        rows.append(",".join(vals[c] for c in cols))
    return "csv", "北湊市 子ども会育成連絡協議会 役員名簿（内部用）\n" + "\n".join(rows) + "\n"


def csv_kokuho(g: Gen) -> tuple[str, str]:
    r = g.r
    rows = ["世帯番号,被保険者番号,記号・番号,氏名,性別,生年月日,資格取得日"]
    for _ in range(6):
        p = g.person()
        rows.append(",".join([
            str(r.randint(10000, 99999)), INS(g.koki_no()), INS(f"北{r.randint(10, 99)}-{r.randint(1000, 9999)}"),
            P(g.full(p, ' ')), "女" if p["female"] else "男",
            B(g.bdate(g.birth(1940, 2020), r.choice(['abbr_sl', 'iso']))), g.event_date('slash')]))
    return "csv", "\n".join(rows) + "\n"


def csv_licence(g: Gen) -> tuple[str, str]:
    r = g.r
    rows = ["No,氏名,免許証番号,免許の種類,有効期限,所属"]
    for i in range(6):
        p = g.person()
        rows.append(",".join([str(i + 1), P(g.full(p, ' ')), LIC(g.licence()), r.choice(["普通", "中型", "準中型"]),
                              g.event_date('slash'), r.choice(["道路維持課", "環境衛生課", "農政課"])]))
    return "csv", "公用車運転者登録一覧（総務課管財係）\n" + "\n".join(rows) + "\n"


def markdown_table(g: Gen) -> tuple[str, str]:
    r = g.r
    rows = ["| No | 氏名 | フリガナ | 生年月日 | 住所 | 電話 | 基礎年金番号 |",
            "|---|---|---|---|---|---|---|"]
    for i in range(5):
        p = g.person()
        rows.append(f"| {i + 1} | {P(g.full(p, ' '))} | {P(g.kana(p, ' '))} | {B(g.bdate(g.birth(1940, 1965), 'wa'))} | "
                    f"{A(g.address(pref=False, bldg=r.random() < 0.4))} | {T(g.landline())} | {PEN(g.pension())} |")
    return "markdown", "## 年金生活者支援給付金 対象者（照会中）\n\n" + "\n".join(rows) + "\n\n※ 件数 5件、照会日 " + g.event_date('sei') + "\n"


def markdown_staff(g: Gen) -> tuple[str, str]:
    r = g.r
    rows = ["| 役職 | 氏名 | 内線 | 直通 | メール |", "|:--|:--|--:|:--|:--|"]
    for role in ["課長", "課長補佐", "係長", "主査", "主任", "主事"]:
        p = g.person()
        rows.append(f"| {role} | {P(g.full(p, ' '))} | {r.randint(2000, 2999)} | {T('0155-21-' + str(r.randint(3000, 3999)))} | "
                    f"{E(g.email(p, staff=True))} |")
    return "markdown", ("# 令和8年度 税務課 職員連絡先（庁内限り）\n\n"
                        f"代表電話：{OFFICE['tel']}　FAX：{OFFICE['fax']}　共用メール：zeimu@city.kitaminato.lg.jp\n\n"
                        + "\n".join(rows) + "\n")


def aligned_table(g: Gen) -> tuple[str, str]:
    r = g.r
    lines = ["受給者一覧（児童扶養手当）", "",
             "番号   受給者氏名      ﾌﾘｶﾞﾅ              生年月日      口座番号   支給額"]
    for i in range(6):
        p = g.person(female=True)
        name = g.full(p, ' ')
        hk = g.hkana(p)
        bd = g.bdate(g.birth(1975, 2000), 'slash')
        acc = g.account()
        lines.append(f"{i + 1:03d}    {P(name)}{' ' * max(2, 16 - len(name) * 2)}{P(hk)}{' ' * max(2, 19 - len(hk))}"
                     f"{B(bd)}    {ACC(acc)}    {r.randint(10, 46) * 1000:,}")
    return "aligned", "\n".join(lines) + "\n"


def form_jp(g: Gen) -> tuple[str, str]:
    r = g.r
    p = g.person()
    bd = g.birth(1950, 2000)
    return "form", f"""北湊市 就学援助費 申請書

申請日　{g.event_date('wa')}

保護者
　フリガナ　　{P(g.kana(p))}
　氏　　名　　{P(g.full(p))}
　生年月日　　{B(g.bdate(bd))}
　住　　所　　〒{Z(g.postal())}
　　　　　　　{A(g.address(pref=False, bldg=True))}
　電話番号　　{T(g.landline())}（自宅）／{T(g.mobile())}（携帯）
　メール　　　{E(g.email(p))}

児童生徒
　氏名　{P(p['last'] + g.person()['first'])}　学校名　北湊市立緑ヶ丘中学校　{r.randint(1, 3)}年

振込先口座
　金融機関　北湊信用金庫　支店　{r.choice(['本店', '港町支店', '東支店'])}
　種別　普通　口座番号　{ACC(g.account())}
　口座名義（カナ）　{P(g.hkana(p))}

個人番号（マイナンバー）　{MY(g.my_number(r.choice(['plain', 'sp', 'h'])))}
※ 本人確認のため運転免許証（番号 {LIC(g.licence())}）を提示済み　確認者 {P(g.person()['last'])}
"""


def form_kaigo_app(g: Gen) -> tuple[str, str]:
    r = g.r
    p = g.person()
    bd = g.birth(1925, 1960)
    rel = g.person()
    return "form", f"""介護保険 要介護認定・要支援認定 申請書

被保険者番号　{INS(g.kaigo_no())}
個人番号　　　{MY(g.my_number())}
フリガナ　　　{P(g.kana(p, ' '))}
被保険者氏名　{P(g.full(p, ' '))}
生年月日　　　{B(g.bdate(bd, r.choice(['wa_kanji', 'wa_fw', 'abbr'])))}　性別　{'女' if p['female'] else '男'}
住所　　　　　〒{Z(g.postal('fw'))}　{A(g.address(pref=True))}
電話番号　　　{T(g.landline())}
医療保険者名　全国健康保険協会
医療保険被保険者証記号番号　記号 {INS(str(r.randint(1000000, 9999999)))} 番号 {INS(str(r.randint(1, 999)))}

主治医　みなと内科クリニック　{P(g.full(g.person()))} 医師
申請代行者　{P(g.full(rel))}（長男）　連絡先 {T(g.mobile())}
"""


def form_kouki(g: Gen) -> tuple[str, str]:
    p = g.person()
    bd = g.birth(1930, 1951)
    return "form", f"""後期高齢者医療 高額療養費支給申請書
被保険者番号 {INS(g.koki_no())}
氏名 {P(g.full(p))}　生年月日 {B(g.bdate(bd))}
住所 {A(g.sapporo_addr(with_city=True))}
電話 {T(g.landline())}
振込先　ゆうちょ銀行　記号番号 {ACC('-'.join(g.yucho()))}
口座名義 {P(g.kana(p))}
受付 {g.event_date('wa')}　{g.case_no()}
"""


def english_letter(g: Gen) -> tuple[str, str]:
    r = g.r
    _kana, _caps, plain, cc = g.foreigner()
    addr, pc, country, phone = foreign_addr(g, cc)
    staff = g.person()
    bd = g.birth(1970, 2000)
    return "english", f"""Kitaminato City Office, Citizens Division
1-1-1 Honcho, Kitaminato, Hokkaido 099-0101, Japan
Tel: +81-155-21-2111 (main)

{g.event_date('en')}

Dear {P(plain)},

Re: Certificate of Residence (Juminhyo) request

Thank you for your request dated {g.event_date('en')}. We have mailed the certificate to your
registered address in Japan:

    {A(g.english_jp_addr())}
    {Z(g.postal('h'))}

We also note your overseas contact address:

    {A(addr)}
    {Z(pc)}, {country}
    Phone: {T(phone)}

For identification we recorded passport No. {PP(g.foreign_passport())} and date of birth {B(g.bdate(bd, 'en'))}.
If you have any questions, please contact {P(g.roman(staff, 'GS'))} (direct line {T('+81-155-21-' + str(r.randint(3000, 3999)))},
e-mail {E(g.email(staff, staff=True))}).

Sincerely,

{P(g.roman(staff, 'GS'))}
Citizens Division
"""


def english_form(g: Gen) -> tuple[str, str]:
    r = g.r
    kana, caps, _plain, cc = g.foreigner()
    bd = g.birth(1965, 2005)
    spouse = g.foreigner()
    return "english_form", f"""APPLICATION FOR NATIONAL HEALTH INSURANCE ENROLMENT (for foreign residents)

SURNAME GIVEN NAME(S): {P(caps)}
Name in Katakana: {P(kana)}
Date of Birth (DD/MM/YYYY): {B(g.bdate(bd, 'dmy'))}
Nationality: {cc}
Passport Number: {PP(g.foreign_passport())}
Form version: NHI-E-2026.{r.randint(1, 12):02d}
Address in Japan: {A(g.address(pref=True, bldg=True))}
Postal Code: {Z(g.postal('h'))}
Mobile Phone: {T(g.mobile(r.choice(['h', 'intl'])))}
E-mail: {E(caps.split()[-1].lower() + '.' + caps.split()[0].lower() + '@example.com')}
Individual Number (My Number): {MY(g.my_number('sp'))}
Spouse: {P(spouse[2])}
Employer: Kitaminato Fisheries Co., Ltd. (Tel 0155-22-{r.randint(1000, 9999)})

Office use only — received {g.event_date('slash')} by {P(g.person()['last'])}, case {g.case_no()}
"""


def english_jp_notice(g: Gen) -> tuple[str, str]:
    r = g.r
    p = g.person()
    bd = g.birth(1980, 2005)
    return "english", f"""Notice of Change of Address — Confirmation

Name: {P(g.roman(p, 'S,G'))}
Date of birth: {B(g.bdate(bd, r.choice(['en', 'iso'])))}
New address: {A(g.english_jp_addr())} {Z(g.postal('h'))}
Previous address: {A(g.english_jp_addr())}
Phone: {T(g.mobile('intl'))}
Driver's licence No.: {LIC(g.licence())}
Passport No.: {PP(g.passport())}

The change was registered on {g.event_date('en')}. Please update your Residence Card at the counter (Room 105).
Counter hours: 8:45–17:30, weekdays. Enquiries: Citizens Division, +81-155-21-2111.
"""


def sapporo_memo(g: Gen) -> tuple[str, str]:
    p, q = g.person(), g.person()
    return "memo", f"""転入者メモ（窓口）
・{P(g.full(p))}さん　前住所 〒{Z(g.postal('h'))} {A(g.sapporo_addr(with_city=False))}
・同居人 {P(g.full(q))}さん　{A(g.sapporo_addr(with_city=True))}から転入
・連絡先 {T(g.mobile())}
転入届 {g.event_date('slash')} 受理。国保加入手続きは別途。
"""


def card_record(g: Gen) -> tuple[str, str]:
    r = g.r
    p = g.person()
    return "payment", f"""ふるさと納税 寄附受付データ（決済代行からの連携）
受付番号 FN-{r.randint(100000, 999999)}
寄附者 {P(g.full(p))}（{P(g.kana(p))}）
住所 〒{Z(g.postal('h'))} {A(g.address(pref=True, bldg=True))}
電話 {T(g.landline())}
メール {E(g.email(p))}
決済 クレジットカード {CARD(g.card())}（有効期限 {r.randint(1, 12):02d}/{r.randint(27, 31)}）
寄附額 {g.yen()}　返礼品 北湊産ほたて 1kg
アクセス元IP {IP(g.ip())}　受付日時 {g.event_date('slash')} 21:{r.randint(10, 59)}
"""


def access_log(g: Gen) -> tuple[str, str]:
    r = g.r
    lines = ["# 電子申請システム アクセスログ抽出（不正アクセス調査用）", "timestamp,src_ip,user,action,status"]
    for _ in range(7):
        p = g.person()
        lines.append(f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00,"
                     f"{IP(g.ip())},{E(g.email(p))},{r.choice(['login', 'submit', 'download'])},{r.choice([200, 302, 403])}")
    lines.append("サーバ: shinsei-web01 (v2.4.1)　調査担当: 情報政策課")
    return "log", "\n".join(lines) + "\n"


def notice_public(g: Gen) -> tuple[str, str]:
    r = g.r
    return "notice", f"""【お知らせ】令和8年度 住民税非課税世帯等への臨時給付金

北湊市では、物価高騰の影響を受ける世帯に対し、1世帯あたり{g.yen()}を支給します。
対象：令和8年度住民税均等割が非課税の世帯（約{r.randint(3000, 9000):,}世帯）
申請期限：{g.event_date('wa')}（当日消印有効）
申請書の送付先：{OFFICE['zip']} {OFFICE['addr']} 北湊市役所 福祉部 給付金担当
問い合わせ：給付金コールセンター 0120-{r.randint(100, 999)}-{r.randint(100, 999)}（平日 9時～17時）
メール：kyufukin@city.kitaminato.lg.jp
※ 市職員が電話でATMの操作をお願いすることは絶対にありません。
北湊市長　{P(g.full(g.person(), '　'))}
"""


def notice_with_winner(g: Gen) -> tuple[str, str]:
    r = g.r
    p1, p2, p3 = g.person(), g.person(), g.person()
    return "notice", f"""第{r.randint(10, 40)}回 北湊市民文化賞 受賞者決定のお知らせ（報道資料）
{g.event_date('wa')}　北湊市 教育委員会 生涯学習課（担当：{P(p3['last'])}、直通 {T('0155-21-' + str(r.randint(3000, 3999)))}）

受賞者
・{P(g.full(p1, '　'))}氏（北湊市在住、書道家）
・{P(g.full(p2, '　'))}氏（北湊市在住、郷土史研究家）
表彰式　{g.event_date('wa')} 北湊市民会館 大ホール
"""


def phone_memo(g: Gen) -> tuple[str, str]:
    r = g.r
    p = g.person()
    staff = g.person()
    bd = g.birth(1935, 1960)
    return "memo", f"""電話メモ　{g.event_date('abbr')} {r.randint(9, 16)}:{r.randint(10, 59)}
受：{P(staff['last'])}
{P(p['last'])}様（{P(p['first_hira'])}さん、{B(g.bdate(bd, r.choice(['wa', 'abbr', 'wa_kanji'])))}生まれ）より
年金の振込がないとの問い合わせ。基礎年金番号 {PEN(g.pension())}。
折り返し希望 → {T(g.mobile(r.choice(['plain', 'h'])))}（日中は{T(g.landline())}）
住所は{A(g.address(pref=False))}。年金事務所へ照会済み、{g.event_date('abbr')}に回答予定。
"""


def minutes_kaigo_ninntei(g: Gen) -> tuple[str, str]:
    r = g.r
    members = [g.person() for _ in range(4)]
    cases = []
    for i in range(3):
        p = g.person()
        bd = g.birth(1925, 1950)
        cases.append(f"　案件{i + 1}　被保険者番号 {INS(g.kaigo_no())}　{P(g.full(p))}（{B(g.bdate(bd, 'wa'))}生、{age_on(bd)}歳）"
                     f"　一次判定 要介護{r.randint(1, 4)} → 二次判定 要介護{r.randint(1, 5)}")
    return "minutes", f"""介護認定審査会（第{r.randint(1, 5)}合議体）記録
開催日　{g.event_date('wa')}　13:30～15:00　北湊市保健センター2階
出席委員　{P(g.full(members[0]))}（医師・会長）、{P(g.full(members[1]))}（歯科医師）、{P(g.full(members[2]))}（社会福祉士）、{P(g.full(members[3]))}（看護師）
事務局　介護保険課 認定係 {P(g.full(g.person()))} 主任

審査案件
""" + "\n".join(cases) + f"""

次回　{g.event_date('wa')}　審査件数 {r.randint(20, 40)}件予定
"""


def minutes_roles_inline(g: Gen) -> tuple[str, str]:
    ps = [g.person() for _ in range(6)]
    return "minutes", f"""地域ケア会議 メモ（{g.event_date('slash')}）
参加：{P(ps[0]['last'])}係長、{P(ps[1]['last'])}主査、{P(ps[2]['last'])}主事（以上 高齢福祉課）、
　　　{P(ps[3]['last'] + ps[3]['first'])}ケアマネ（居宅介護支援事業所ひまわり）、{P(ps[4]['last'])}民生委員、地域包括支援センター {P(ps[5]['last'])}社会福祉士
検討ケース：{P(g.full(g.person()))}さん（{A(g.address(pref=False))}）
・独居、認知症の症状あり。長男（{A(g.address(pref=True))}在住、{T(g.mobile())}）は遠方。
・{P(ps[3]['last'])}ケアマネから、配食サービスの追加を提案。{P(ps[0]['last'])}係長了承。
・成年後見制度の利用を検討。市長申立ての要否を{g.event_date('slash')}までに判断。
"""


def gun_letter(g: Gen) -> tuple[str, str]:
    r = g.r
    p = g.person()
    return "letter", f"""{P(g.full(p))} 様
〒{Z(g.postal())} {A(g.address(pref=True, bldg=False))}

農地転用許可申請に係る現地調査の日程について

標記について、下記の日程で現地調査を行います。
　日時　{g.event_date('wa')} 10時
　場所　申請地（北湊市字{r.choice(g.town)[0]}{r.randint(100, 999)}番　地目 田　面積 {r.randint(300, 3000)}㎡）
　立会者　北湊市農業委員会 事務局 {P(g.full(g.person()))}
当日ご都合が悪い場合は、{T(g.landline())}（申請代理人 行政書士 {P(g.full(g.person()))}）へご連絡ください。
北湊市農業委員会（電話 0155-21-5211）
"""


def kanji_date_record(g: Gen) -> tuple[str, str]:
    p = g.person()
    q = g.person()
    return "record", f"""戸籍届出 受付記録（内部）
届出人　{P(g.full(p))}
生年月日　{B(g.bdate(g.birth(1940, 1999), 'wa_kanji'))}
事件本人　{P(g.full(q))}　{B(g.bdate(g.birth(1930, 1960), 'wa_kanji'))}生
本籍　{A(g.address(pref=True, bldg=False))}
届出日　令和八年{kanji_num(g.r.randint(1, 12))}月{kanji_num(g.r.randint(1, 28))}日　受付番号 第{g.r.randint(100, 999)}号
"""


def insurance_letter(g: Gen) -> tuple[str, str]:
    p = g.person()
    return "letter", f"""{A(g.address(pref=False, bldg=True))}
{P(g.full(p))} 様

国民年金保険料免除申請の受付について

基礎年金番号　{PEN(g.pension())}
申請者　{P(g.full(p, ''))}（{P(g.kana(p, ''))}）　{B(g.bdate(g.birth(1966, 2005)))}生
申請期間　令和8年7月分～令和9年6月分
申請書は日本年金機構へ進達しました（進達日 {g.event_date('wa')}）。結果は年金機構から通知されます。
北湊市 保険年金課 国民年金係　電話 {OFFICE['tel']}（代表）
"""


def xlsx_paste(g: Gen) -> tuple[str, str]:
    rows = ["ｼﾒｲ\tﾈﾝｷﾝﾊﾞﾝｺﾞｳ\tｾｲﾈﾝｶﾞｯﾋﾟ\tﾃﾞﾝﾜ"]
    for _ in range(6):
        p = g.person()
        rows.append("\t".join([P(g.hkana(p)), PEN(g.pension('plain')), B(g.bdate(g.birth(1940, 1965), 'ymd8')),
                               T(g.mobile('plain'))]))
    return "tsv", "（Excelから貼り付け）\n" + "\n".join(rows) + "\n"


def csv_card_noheader(g: Gen) -> tuple[str, str]:
    r = g.r
    rows = []
    for _ in range(6):
        p = g.person()
        rows.append(",".join([f"FN{r.randint(10000, 99999)}", P(g.full(p, ' ')), CARD(g.card('plain')),
                              E(g.email(p)), str(r.randint(1, 50) * 1000)]))
    return "csv", "\n".join(rows) + "\n"


def csv_passport(g: Gen) -> tuple[str, str]:
    r = g.r
    rows = ["\"No\",\"氏名(ローマ字)\",\"旅券番号\",\"生年月日\",\"国籍\""]
    for i in range(5):
        if r.random() < 0.5:
            p = g.person()
            name, num, nat = g.roman(p), g.passport(), "JPN"
        else:
            f = g.foreigner()
            name, num, nat = f[1], g.foreign_passport(), f[3]
        rows.append(f'"{i + 1}","{P(name)}","{PP(num)}","{B(g.bdate(g.birth(1950, 2010), "iso"))}","{nat}"')
    return "csv", "姉妹都市交流訪問団 団員名簿\n" + "\n".join(rows) + "\n"


def foreign_kana_record(g: Gen) -> tuple[str, str]:
    f1, f2 = g.foreigner(), g.foreigner()
    first = re.split("[・ ＝　]", f1[0])[0]
    staff = g.person()
    return "consultation", f"""外国人住民相談 記録
相談日　{g.event_date('wa')}
相談者　{P(f1[0])}さん（{f1[3]}、{B(g.bdate(g.birth(1975, 2002), 'seireki'))}生）
通訳　{P(f2[0])}さん（国際交流協会ボランティア）
住所　{A(g.address(pref=False, bldg=True))}
電話　{T(g.mobile())}
相談内容　子どもの保育所入所について。就労証明書の書き方が分からない。
対応　保育課 {P(staff['last'])} 主事が同席し、書類を一緒に作成。{P(first)}さんは来週提出予定。
"""


def driver_record(g: Gen) -> tuple[str, str]:
    p = g.person()
    return "record", f"""本人確認記録（窓口交付）
来庁者　{P(g.full(p))}
確認書類　運転免許証　第{LIC(g.licence())}号
生年月日　{B(g.bdate(g.birth(1950, 2006)))}
住所　{A(g.address(pref=True, bldg=True))}
交付書類　住民票の写し 2通（手数料 600円）
確認者　市民課 {P(g.full(g.person()))}
"""


def mixed_email_list(g: Gen) -> tuple[str, str]:
    lines = []
    for _ in range(5):
        p = g.person()
        lines.append(f"{P(g.full(p))} <{E(g.email(p))}> 携帯:{T(g.mobile())}")
    return "email", ("件名: Fw: 防災訓練ボランティア 参加者一覧\n\n"
                     "防災安全課の皆さま\n参加申込みのあった方の連絡先です（取扱注意）。\n\n" + "\n".join(lines)
                     + f"\n\n集合：{g.event_date('wa')} 8時30分　北湊市総合体育館 駐車場\n")


def pension_fw(g: Gen) -> tuple[str, str]:
    p = g.person()
    return "form", f"""年金受給権者 現況届（写し）
氏名　{P(g.full(p))}
基礎年金番号　{PEN(fw(g.pension('h')))}
生年月日　{B(g.bdate(g.birth(1930, 1958), 'wa_fw'))}
住所　{A(fw(g.address(pref=True, bldg=False)))}
電話　{T(g.mobile('fw'))}
個人番号　{MY(g.my_number('fw'))}
"""


def csv_mynumber(g: Gen) -> tuple[str, str]:
    r = g.r
    cols = ["ｼﾒｲ", "ﾏｲﾅﾝﾊﾞｰ", "ｾｲﾈﾝｶﾞｯﾋﾟ", "ｼｮｿﾞｸ"]
    r.shuffle(cols)
    rows = [",".join(cols)]
    for _ in range(5):
        p = g.person()
        vals = {"ｼﾒｲ": P(g.hkana(p)), "ﾏｲﾅﾝﾊﾞｰ": MY(g.my_number(r.choice(["plain", "plain", "sp", "h"]))),
                "ｾｲﾈﾝｶﾞｯﾋﾟ": B(g.bdate(g.birth(1960, 2004), "ymd8")),
                "ｼｮｿﾞｸ": r.choice(["ｿｳﾑｶ", "ｾﾞｲﾑｶ", "ﾎｹﾝﾈﾝｷﾝｶ"])}
        rows.append(",".join(vals[c] for c in cols))
    return "csv", "会計年度任用職員 個人番号収集台帳（源泉徴収用）\n" + "\n".join(rows) + "\n"


def report_stats(g: Gen) -> tuple[str, str]:
    r = g.r
    boss = g.person()
    return "report", f"""令和8年度 第2四半期 福祉部 事業実績報告（庁内会議資料）
作成：福祉部 総務企画係（{g.event_date('wa')}）

１　相談件数
　総合相談窓口 {r.randint(800, 1500):,}件（前年同期比 {r.randint(101, 125)}.{r.randint(0, 9)}%）
　うち電話 {r.randint(300, 700)}件、来所 {r.randint(200, 500)}件、訪問 {r.randint(50, 150)}件
２　委託契約
　株式会社北湊ケアサービス（法人番号 {r.randint(1000000000000, 9999999999999)}、本社 北湊市港町3丁目5番8号、電話 0155-23-{r.randint(1000, 9999)}）
　　契約額 {r.randint(10, 99)},{r.randint(100, 999)},000円　契約期間 2026/04/01～2027/03/31
　医療法人社団 山本医院（事業所番号 01{r.randint(10000000, 99999999)}）　訪問診療 {r.randint(20, 90)}件
３　施設
　北湊市老人福祉センター（北湊市緑町2丁目1番地、電話 0155-24-{r.randint(1000, 9999)}）利用者 延べ {r.randint(3000, 9000):,}人
　北湊市民会館 大ホール 稼働率 {r.randint(40, 90)}%
４　予算執行状況
　扶助費 予算額 {r.randint(1000, 9999):,},{r.randint(100, 999)}千円　執行率 {r.randint(40, 60)}.{r.randint(0, 9)}%
　根拠法令 生活保護法第19条、介護保険法第27条、北湊市福祉手当条例第4条
５　今後の予定
　{g.event_date('wa')} 民生委員児童委員協議会定例会（14:00～ 本庁舎5階 大会議室）
　{g.event_date('wa')} 第3回 地域福祉推進委員会
福祉部長　{P(g.full(boss, '　'))}
"""


def web_inquiry(g: Gen) -> tuple[str, str]:
    r = g.r
    p = g.person()
    return "email", f"""件名: [北湊市ホームページ] お問い合わせフォームからの送信
送信日時: {g.event_date('slash')} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}
送信元IPアドレス: {IP(g.ip())}
ユーザーエージェント: Mozilla/5.0 (Windows NT 10.0; Win64; x64)
担当課: 環境衛生課

お名前: {P(g.full(p))}
ふりがな: {P(p['last_hira'] + ' ' + p['first_hira'])}
メールアドレス: {E(g.email(p))}
電話番号: {T(g.mobile())}
お問い合わせ内容:
ごみの収集日カレンダー（令和8年度版）が届いていません。住所は{A(g.address(pref=False, bldg=True))}です。
{g.event_date('sei')}に市外から引っ越してきました。
---
このメールは送信専用アドレス noreply@city.kitaminato.lg.jp から送信されています。
"""


TEMPLATES = [
    letter_tsuchi, letter_tsuchi, letter_tonari, minutes_committee, minutes_committee, complaint, complaint,
    consult_record, care_note, care_note, welfare_note, welfare_note, email_staff, email_resident,
    csv_juminzei, csv_koza_furikae, csv_noheader_nenkin, tsv_kaigo, tsv_noheader_kaigo, csv_shuffled_meibo,
    csv_kokuho, csv_licence, markdown_table, markdown_staff, aligned_table, form_jp, form_kaigo_app, form_kouki,
    english_letter, english_letter, english_form, english_form, english_jp_notice, sapporo_memo, card_record,
    access_log, notice_public, notice_with_winner, phone_memo, minutes_kaigo_ninntei, minutes_roles_inline,
    gun_letter, kanji_date_record, insurance_letter, xlsx_paste, csv_card_noheader, csv_passport,
    foreign_kana_record, driver_record, mixed_email_list, pension_fw, csv_mynumber, report_stats, web_inquiry,
    web_inquiry,
]


def verify(doc: dict) -> None:
    text = doc["text"]
    prev_end = -1
    for e in sorted(doc["entities"], key=lambda e: e["start"]):
        assert text[e["start"]:e["end"]] == e["text"], (doc["id"], e)
        assert e["text"] == e["text"].strip(), (doc["id"], e)
        assert e["start"] >= prev_end, (doc["id"], "overlap", e)
        prev_end = e["end"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    g = Gen(args.seed)
    docs = []
    for i, fn in enumerate(TEMPLATES):
        style, marked = fn(g)
        doc = build(f"u5-{i + 1:03d}-{fn.__name__}", style, marked)
        verify(doc)
        docs.append(doc)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for d in docs:
        for e in d["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    print(f"{len(docs)} documents, {sum(counts.values())} entities -> {args.out}")
    for t, n in sorted(counts.items()):
        print(f"  {t:17s}{n:5d}")


if __name__ == "__main__":
    main()
