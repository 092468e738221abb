"""Generate the blind masking corpus unseen12 (machine formats and exports clerks paste).

Standard library only, fixed seed, byte-for-byte reproducible:

    python bench/make_masking_unseen12.py            # writes tests/masking_unseen12/data/unseen12.jsonl

Every document is built from plain and labelled pieces, so offsets are computed, never searched.
Names and places are drawn at random from the gimei synthetic lists; the municipality
(白鷺台市), its switchboard, mailboxes and all numbers are invented.
"""
from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = Path("/work/shared/data/gimei-synthetic-source")
OUT = ROOT / "tests" / "masking_unseen12" / "data" / "unseen12.jsonl"
SEED = 120712

ROW = re.compile(r"^\s*-\s*\['([^']*)',\s*'([^']*)',\s*'([^']*)',\s*'([^']*)'\]")


def load_sections(path: Path) -> dict[str, list[tuple[str, str, str, str]]]:
    out: dict[str, list] = {}
    cur = None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s*([a-z_]+):\s*$", line)
        if m:
            cur = m.group(1)
            out.setdefault(cur, [])
            continue
        m = ROW.match(line)
        if m and cur:
            out[cur].append(m.groups())
    return out


NAMES = load_sections(SRC / "names.yml")
ADDRS = load_sections(SRC / "addresses.yml")
GIVEN = NAMES["male"] + NAMES["female"]
SURN = NAMES["last_name"]
PREFS, CITIES, TOWNS = ADDRS["prefecture"], ADDRS["city"], ADDRS["town"]

# Rare surnames that read as words, numerals or calendar words; given names that are words.
RARE_SURN = [("一", "にのまえ", "ニノマエ", "Ninomae"), ("四月一日", "わたぬき", "ワタヌキ", "Watanuki"),
             ("八月一日", "ほづみ", "ホヅミ", "Hozumi"), ("日月", "たちもり", "タチモリ", "Tachimori"),
             ("春夏秋冬", "ひととせ", "ヒトトセ", "Hitotose"), ("百", "もも", "モモ", "Momo"),
             ("万", "よろず", "ヨロズ", "Yorozu"), ("東西", "とうざい", "トウザイ", "Touzai"),
             ("金", "こん", "コン", "Kon"), ("本", "もと", "モト", "Moto"), ("七五三", "しめ", "シメ", "Shime"),
             ("十", "つなし", "ツナシ", "Tsunashi"), ("月見里", "やまなし", "ヤマナシ", "Yamanashi"),
             ("正月", "しょうがつ", "ショウガツ", "Shougatsu"), ("元日", "がんじつ", "ガンジツ", "Ganjitsu")]
RARE_GIVEN = [("空", "そら", "ソラ", "Sora"), ("海", "うみ", "ウミ", "Umi"), ("希望", "のぞみ", "ノゾミ", "Nozomi"),
              ("実", "みのる", "ミノル", "Minoru"), ("正", "ただし", "タダシ", "Tadashi"),
              ("進", "すすむ", "ススム", "Susumu"), ("勝", "まさる", "マサル", "Masaru"),
              ("学", "まなぶ", "マナブ", "Manabu"), ("誠", "まこと", "マコト", "Makoto"),
              ("光", "ひかる", "ヒカル", "Hikaru"), ("明日香", "あすか", "アスカ", "Asuka"),
              ("翼", "つばさ", "ツバサ", "Tsubasa"), ("栄", "さかえ", "サカエ", "Sakae")]
# Foreign residents: (katakana surname, katakana given, SURNAME, Given, nationality)
FOREIGN = [("グエン", "ヴァン・アン", "NGUYEN", "Van An", "ベトナム"), ("チャン", "ティ・ホア", "TRAN", "Thi Hoa", "ベトナム"),
           ("サントス", "マリア", "SANTOS", "Maria", "フィリピン"), ("メンドーサ", "ジョセフ", "MENDOZA", "Joseph", "フィリピン"),
           ("キム", "ミンジュン", "KIM", "Minjun", "韓国"), ("ワン", "ファン", "WANG", "Fang", "中国"),
           ("リ", "シャオメイ", "LI", "Xiaomei", "中国"), ("シャルマ", "プリヤ", "SHARMA", "Priya", "インド"),
           ("ライ", "ビカス", "RAI", "Bikash", "ネパール"), ("シルバ", "カルロス", "SILVA", "Carlos", "ブラジル"),
           ("ハルトノ", "デウィ", "HARTONO", "Dewi", "インドネシア"), ("ウィン", "テッ・アウン", "WIN", "Htet Aung", "ミャンマー")]

# The invented municipality (all of it is a distractor).
CITY = "白鷺台市"
CITY_KANA = "しらさぎだいし"
CITY_ZIP = "999-3712"
CITY_ADDR = "山形県白鷺台市鷺ノ宮一丁目1番1号"
CITY_TEL = "0237-41-1111"
CITY_FAX = "0237-41-1190"
DOM = "city.shirasagidai.example.jp"
SHARED = ["shimin@", "zeimu@", "kokuho@", "fukushi@", "kosodate@", "johosys@", "bousai@", "kaigo@"]
SERVERS = ["10.41.8.20", "10.41.8.21", "10.41.12.5", "198.51.100.10"]
COMPANIES = ["株式会社ミドリ設備", "白鷺台ガス株式会社", "有限会社北斗印刷", "株式会社さぎのみや商事",
             "東北システム開発株式会社", "社会福祉法人つばさ会"]
BANKS = [("0001", "ﾐｽﾞﾎ", "みずほ銀行"), ("0005", "ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ", "三菱UFJ銀行"), ("0128", "ﾔﾏｶﾞﾀ", "山形銀行"),
         ("0122", "ｼﾗｻｷﾞﾀﾞｲｼﾝｷﾝ", "白鷺台信用金庫"), ("0129", "ｼﾖｳﾅｲ", "荘内銀行")]
SCHOOLS = ["白鷺台市立第二中学校", "白鷺台市立鷺ノ宮小学校", "県立白鷺台高等学校"]
POSTS = ["主事", "主任", "係長", "課長補佐", "主査", "会計年度任用職員"]
DEPTS = ["市民課", "税務課", "保険年金課", "福祉課", "子育て支援課", "情報政策課", "防災安全課", "介護保険課"]

rng = random.Random(SEED)

# ---------------------------------------------------------------- character helpers
_HW = {}
for cp in range(0xFF61, 0xFFA0):
    c = chr(cp)
    _HW[unicodedata.normalize("NFKC", c)] = c
_SMALL = str.maketrans("ァィゥェォッャュョヮ", "アイウエオツヤユヨワ")


def hankaku(kata: str, zengin: bool = False) -> str:
    if zengin:
        kata = kata.translate(_SMALL)
    out = []
    for ch in kata:
        if ch in _HW:
            out.append(_HW[ch])
            continue
        if ch == "　" or ch == " ":
            out.append(" ")
            continue
        if ch == "・":
            out.append("･")
            continue
        d = unicodedata.normalize("NFD", ch)
        if len(d) == 2 and d[0] in _HW:
            out.append(_HW[d[0]] + ("ﾞ" if d[1] == "\u3099" else "ﾟ"))
            continue
        out.append(ch)
    return "".join(out)


def zen(s: str) -> str:
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


KNUM = "〇一二三四五六七八九"


def kanji_num(n: int) -> str:
    if n == 0:
        return "〇"
    s = ""
    if n >= 10:
        t = n // 10
        s += ("" if t == 1 else KNUM[t]) + "十"
        n %= 10
    if n:
        s += KNUM[n]
    return s


def hira2kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def roma_cap(r: str) -> str:
    return r.upper().replace("OU", "O").replace("UU", "U")


# ---------------------------------------------------------------- fictional personal data
class Person:
    def __init__(self, foreign: bool = False, rare: bool = False, years=(1938, 2003)):
        self.foreign = foreign
        if foreign:
            f = rng.choice(FOREIGN)
            self.sei, self.mei = f[0], f[1]
            self.kana_sei, self.kana_mei = f[0], f[1]
            self.ROMA_SEI, self.roma_mei = f[2], f[3]
            self.nat = f[4]
        else:
            s = rng.choice(RARE_SURN) if rare and rng.random() < 0.6 else rng.choice(SURN)
            g = rng.choice(RARE_GIVEN) if rare and rng.random() < 0.6 else rng.choice(GIVEN)
            self.sei, self.mei = s[0], g[0]
            self.kana_sei, self.kana_mei = s[2], g[2]
            self.hira_sei, self.hira_mei = s[1], g[1]
            self.ROMA_SEI, self.roma_mei = roma_cap(s[3]), g[3].replace("ou", "o")
        self.year = rng.randint(*years)
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)

    def kanji(self, sep=" "):
        if self.foreign:
            return self.sei + "・" + self.mei if sep == " " else self.sei + sep + self.mei
        return self.sei + sep + self.mei

    def kata(self, sep="　"):
        return self.kana_sei + sep + self.kana_mei

    def hira(self, sep=" "):
        if self.foreign:
            return self.kata(sep)
        return self.hira_sei + sep + self.hira_mei

    def passport(self):
        return self.ROMA_SEI + " " + self.roma_mei.upper()

    def western(self):
        return self.roma_mei + " " + self.ROMA_SEI.capitalize()

    def login(self):
        return (self.ROMA_SEI.lower().replace(" ", "") + "-" + self.roma_mei[0].lower())

    def birth(self, fmt: str) -> str:
        y, m, d = self.year, self.month, self.day
        if fmt == "iso":
            return f"{y:04d}-{m:02d}-{d:02d}"
        if fmt == "ymd":
            return f"{y:04d}{m:02d}{d:02d}"
        if fmt == "slash":
            return f"{y}/{m}/{d}"
        if fmt == "en":
            return f"{d} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][m-1]} {y}"
        era, ey = wareki(y, m, d)
        if fmt == "wa":
            return f"{era}{ey}年{m}月{d}日"
        if fmt == "wa_kan":
            return f"{era}{kanji_num(ey)}年{kanji_num(m)}月{kanji_num(d)}日"
        if fmt == "wa_abbr":
            return f"{ {'昭和':'S','平成':'H','令和':'R'}[era]}{ey}.{m}.{d}"
        if fmt == "wa_zen":
            return zen(f"{era}{ey}年{m}月{d}日")
        raise ValueError(fmt)


def wareki(y, m, d):
    if (y, m, d) >= (2019, 5, 1):
        return "令和", y - 2018
    if (y, m, d) >= (1989, 1, 8):
        return "平成", y - 1988
    return "昭和", y - 1925


class Addr:
    def __init__(self):
        self.pref = rng.choice(PREFS)[0]
        self.city = rng.choice(CITIES)[0]
        self.town = rng.choice(TOWNS)[0]
        self.c, self.b, self.g = rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 30)
        self.bldg = rng.choice(["", "", f"コーポ{rng.choice(['さくら', '若葉', '白鷺', 'グリーン'])} {rng.randint(1, 3)}0{rng.randint(1, 8)}",
                                f"ハイツ{rng.choice(['北斗', '青葉', 'ひまわり'])}{rng.randint(1, 2)}0{rng.randint(1, 6)}号室"])
        self.zip = f"{rng.randint(10, 99):03d}-{rng.randint(0, 9999):04d}"
        self.zip = f"{rng.randint(1, 99):03d}-{rng.randint(0, 9999):04d}"

    def street(self, style="hyphen"):
        if style == "hyphen":
            s = f"{self.town}{self.c}-{self.b}-{self.g}"
        elif style == "kanji":
            s = f"{self.town}{kanji_num(self.c)}丁目{self.b}番{self.g}号"
        elif style == "zen":
            s = f"{self.town}{zen(str(self.c))}丁目{zen(str(self.b))}番地{zen(str(self.g))}"
        else:
            s = f"{self.town}{self.c}丁目{self.b}-{self.g}"
        return s

    def full(self, style="hyphen", sep="", bsep=" ", pref=True):
        s = (self.pref + sep if pref else "") + self.city + sep + self.street(style)
        if self.bldg:
            s += bsep + self.bldg
        return s


def mobile():
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"


def landline():
    return f"0{rng.randint(11, 99)}-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"


def staff_direct():
    return f"0237-41-{rng.randint(2000, 8999)}"


def na_phone():
    return f"+1-{rng.randint(201, 989)}-555-01{rng.randint(0, 99):02d}"


def email(p: Person):
    dom = rng.choice(["example.com", "example.ne.jp", "example.org", "mail.example.jp"])
    local = rng.choice([p.roma_mei.lower().replace(" ", "") + "." + p.ROMA_SEI.lower().replace(" ", ""),
                        p.ROMA_SEI.lower().replace(" ", "") + str(rng.randint(1, 99)),
                        p.roma_mei.lower()[:3] + "_" + p.ROMA_SEI.lower()[:4] + str(p.year % 100)])
    return local + "@" + dom


def staff_mail(p: Person):
    return p.login() + "@" + DOM


def my_number(sep=""):
    d = [rng.randint(0, 9) for _ in range(11)]
    s = 0
    for n in range(1, 12):
        p = d[11 - n]
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    cd = 0 if r <= 1 else 11 - r
    digits = "".join(map(str, d)) + str(cd)
    return sep.join([digits[0:4], digits[4:8], digits[8:12]]) if sep is not None and sep != "" else digits


def card(sep=""):
    d = [4] + [rng.randint(0, 9) for _ in range(14)] if rng.random() < 0.5 else [5, rng.randint(1, 5)] + [rng.randint(0, 9) for _ in range(13)]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    d.append((10 - total % 10) % 10)
    s = "".join(map(str, d))
    return sep.join([s[i:i + 4] for i in range(0, 16, 4)]) if sep else s


def pension(sep="-"):
    return f"{rng.randint(1000, 9999)}{sep}{rng.randint(0, 999999):06d}"


def hihoken(n=8):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def license_no():
    return f"{rng.choice(['22', '30', '45', '50', '62'])}" + "".join(str(rng.randint(0, 9)) for _ in range(10))


def passport_no(p: Person):
    if p.foreign and rng.random() < 0.5:
        return rng.choice("CEPBN") + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return rng.choice(["TK", "TR", "TS", "MZ"]) + "".join(str(rng.randint(0, 9)) for _ in range(7))


def zairyu():
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return rng.choice(L) + rng.choice(L) + "".join(str(rng.randint(0, 9)) for _ in range(8)) + rng.choice(L) + rng.choice(L)


def acct():
    return f"{rng.randint(0, 9999999):07d}"


def ipc():
    return rng.choice(["192.0.2.", "203.0.113.", "198.51.100."]) + str(rng.randint(20, 250))


def case_no():
    return f"R{rng.randint(6, 8)}-{rng.choice(['福', '税', '市', '子', '介'])}-{rng.randint(1, 9999):04d}"


def hojin():
    return "".join(str(rng.randint(0, 9)) for _ in range(13))


def other_date():
    return f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"


def amount():
    return f"{rng.randint(1, 480) * 500:,}"


def staff():
    return Person(), rng.choice(DEPTS), rng.choice(POSTS)


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self, style: str):
        self.style = style
        self.parts: list[str] = []
        self.ents: list[dict] = []
        self.n = 0

    def t(self, s: str):
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, typ: str, s: str):
        self.ents.append({"type": typ, "start": self.n, "end": self.n + len(s), "text": s})
        return self.t(s)

    # shorthands
    def P(self, s): return self.e("PERSON", s)
    def A(self, s): return self.e("ADDRESS", s)
    def Z(self, s): return self.e("POSTAL_CODE", s)
    def T(self, s): return self.e("PHONE", s)
    def M(self, s): return self.e("EMAIL", s)
    def B(self, s): return self.e("BIRTH_DATE", s)

    def text(self):
        return "".join(self.parts)


def seq(d: Doc, items):
    """items: strings (plain) or (TYPE, value) tuples."""
    for it in items:
        if isinstance(it, tuple):
            d.e(it[0], it[1])
        else:
            d.t(it)


# ---------------------------------------------------------------- styles
def s_vcard(d: Doc):
    d.t(rng.choice(["以下のvcfを読んで、連絡先一覧の表にしてください。\n\n", "住民相談の連絡先を書き出したファイルです。重複があるか確認して\n", ""]))
    for i in range(rng.randint(2, 3)):
        p, a = Person(foreign=i == 2, rare=i == 1), Addr()
        d.t("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:").P(p.kanji()).t("\r\nN:").P(p.sei).t(";").P(p.mei).t(";;;\r\n")
        if not p.foreign:
            d.t("X-PHONETIC-LAST-NAME:").P(p.kana_sei).t("\r\nX-PHONETIC-FIRST-NAME:").P(p.kana_mei).t("\r\n")
        d.t("ADR;TYPE=HOME:;;").A(a.street(rng.choice(["hyphen", "kanji"])) + (" " + a.bldg if a.bldg else "")).t(";").A(a.city).t(";").A(a.pref).t(";").Z(a.zip).t(";日本\r\n")
        d.t("TEL;TYPE=CELL:").T(mobile()).t("\r\n")
        if rng.random() < 0.6:
            d.t("TEL;TYPE=HOME,VOICE:").T(landline()).t("\r\n")
        if p.foreign:
            d.t("TEL;TYPE=WORK:").T(na_phone()).t("\r\n")
        d.t("EMAIL;TYPE=INTERNET:").M(email(p)).t("\r\n")
        d.t("BDAY:").B(p.birth(rng.choice(["iso", "ymd"]))).t("\r\n")
        d.t(f"ORG:{rng.choice(COMPANIES)};総務部\r\n")
        d.t(f"NOTE:{other_date()} {CITY}{rng.choice(DEPTS)}窓口にて受付（受付番号 {rng.randint(10000, 99999)}）。折り返しは代表 {CITY_TEL} 内線{rng.randint(2000, 2999)}\r\n から、\r\n 平日9時～17時\r\n")
        d.t(f"REV:2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T0{rng.randint(0, 9)}:1{rng.randint(0, 9)}:00Z\r\nEND:VCARD\r\n")
    sp, dept, post = staff()
    d.t(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{CITY}{dept}\r\nORG:{CITY};{dept}\r\nTEL;TYPE=WORK:{CITY_TEL}\r\nEMAIL;TYPE=WORK:{rng.choice(SHARED)}{DOM}\r\n"
        f"ADR;TYPE=WORK:;;鷺ノ宮一丁目1番1号;{CITY};山形県;{CITY_ZIP.replace('-', '')};日本\r\nNOTE:担当 ")
    d.P(sp.kanji()).t(f"（{post}）直通 ").T(staff_direct()).t("\r\nEND:VCARD\r\n")


def s_ical(d: Doc):
    d.t(rng.choice(["この会議招待の参加者と日時を箇条書きにして\n", "次のicsの中身を日本語でわかりやすく説明してください。\n", ""]))
    org, dept, _post = staff()
    start = f"202612{rng.randint(8, 25):02d}T0{rng.randint(1, 6)}0000Z"
    d.t("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
    d.t("ORGANIZER;CN=\"").P(org.kanji()).t("\":mailto:").M(staff_mail(org)).t("\n")
    for i in range(rng.randint(3, 4)):
        p = Person(foreign=i == 3, rare=i == 1)
        role = rng.choice(["REQ-PARTICIPANT", "OPT-PARTICIPANT"])
        if i % 2 == 0:
            d.t(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=").P(p.kanji() if not p.foreign else p.western()).t(":mailto:").M(staff_mail(p) if i == 0 else email(p)).t("\n")
        else:
            # folded line (RFC 5545: CRLF + single space)
            nm = p.kanji(sep="　") if not p.foreign else p.passport()
            d.t(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT=ACCEPTED;CN=").P(nm).t(";\n X-NUM-GUESTS=0:mailto:").M(email(p)).t("\n")
    d.t(f"ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=本庁舎3階 第2会議室:mailto:room-3f-2@{DOM}\n")
    d.t(f"ATTENDEE;CUTYPE=GROUP;CN={dept}共有:mailto:{rng.choice(SHARED)}{DOM}\n")
    x = Person()
    d.t(f"SUMMARY;LANGUAGE=ja:【{case_no()}】")
    d.P(x.sei).t("様ケース 支援調整会議（").P(x.kanji()).t("様 ").B(x.birth("wa_abbr")).t("生）\n")
    d.t(f"DTSTART:{start}\nDTEND:{start[:9]}0{int(start[10]) + 1}0000Z\nDTSTAMP:20261130T011500Z\n")
    d.t(f"LOCATION:{CITY}役所 本庁舎3階 第2会議室\nUID:040000008200E00074C5B7101A82E00800000000{rng.randint(10**9, 10**10)}\n")
    d.t("DESCRIPTION:議題：在宅生活の継続について\\n連絡先（本人携帯）：").T(mobile()).t("\\n同席：").P(Person().kanji()).t(f"（{rng.choice(COMPANIES)} ケアマネジャー）\\n\n")
    d.t(f" 問合せ {dept} 内線{rng.randint(3000, 3999)}／代表 {CITY_TEL}\nEND:VEVENT\nEND:VCALENDAR\n")


def s_json_api(d: Doc):
    d.t(rng.choice(["住基連携APIのレスポンスです。エラーの原因を教えて\n```json\n", "このJSONを表形式に整形して\n", "```\n"]))
    p, a = Person(rare=rng.random() < 0.4), Addr()
    q = Person(years=(p.year - 4, p.year + 4))
    d.t('{\n  "status": 200,\n  "requestId": "').t(f"{rng.randint(10**7, 10**8):x}-{rng.randint(1000, 9999)}").t('",\n  "data": {\n')
    d.t(f'    "atena_no": "{rng.randint(10**9, 10**10)}",\n    "shimei": "').P(p.kanji()).t('",\n    "kana": "').P(p.kata()).t('",\n')
    d.t('    "seinengappi": "').B(p.birth(rng.choice(["ymd", "iso"]))).t('",\n    "seibetsu": "' + rng.choice(["1", "2"]) + '",\n')
    d.t('    "jusho": {\n      "yubin": "').Z(a.zip.replace("-", "") if rng.random() < 0.5 else a.zip).t('",\n      "todofuken": "').A(a.pref).t('",\n      "shikuchoson": "').A(a.city).t('",\n      "banchi": "').A(a.street()).t('",\n      "katagaki": ')
    if a.bldg:
        d.t('"').A(a.bldg).t('"')
    else:
        d.t("null")
    d.t('\n    },\n    "tel": ["').T(mobile()).t('", "').T(landline()).t('"],\n    "mail": "').M(email(p)).t('",\n')
    d.t('    "menkyo": {"bango": "').e("DRIVER_LICENSE", license_no()).t(f'", "yukokigen": "202{rng.randint(7, 9)}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"}},\n')
    d.t('    "ryoken_bango": "').e("PASSPORT", passport_no(p)).t('",\n')
    d.t('    "kessai": {"card_no": "').e("CREDIT_CARD", card(rng.choice(["", "-"]))).t(f'", "exp": "{rng.randint(1, 12):02d}/{rng.randint(27, 31)}", "amount": {rng.randint(1, 90) * 100}}},\n')
    d.t('    "setai": [\n      {"zokugara": "世帯主", "shimei": "').P(p.kanji()).t('"},\n      {"zokugara": "妻", "shimei": "').P(p.sei + " " + q.mei).t('", "seinengappi": "').B(q.birth("iso")).t('"}\n    ]\n  },\n')
    sp, dept, _ = staff()
    d.t(f'  "tantou": {{"ka": "{dept}", "naisen": "{rng.randint(2000, 2999)}", "shimei": "').P(sp.kanji()).t(f'", "daihyo": "{CITY_TEL}"}},\n')
    d.t(f'  "meta": {{"uketsuke_no": "{case_no()}", "hojin_bango": "{hojin()}", "shinsei_bi": "{other_date()}"}}\n}}\n')
    if d.parts[0].startswith("住基"):
        d.t("```\n")


def s_jsonl(d: Doc):
    d.t(rng.choice(["電子申請システムのログ(jsonl)です。失敗した申請だけ抜き出して\n", "下のログから同じ利用者の連続エラーを探して。\n", ""]))
    for i in range(rng.randint(4, 5)):
        p = Person(foreign=i == 3)
        ts = f"2026-12-0{rng.randint(1, 6)}T{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(100, 999)}+09:00"
        lvl = rng.choice(["INFO", "WARN", "ERROR"])
        d.t(f'{{"ts":"{ts}","level":"{lvl}","svc":"e-shinsei","client_ip":"').e("IP_ADDRESS", ipc()).t(f'","server":"{rng.choice(SERVERS)}","session":"{rng.randint(16**11, 16**12):x}",')
        k = i % 4
        if k == 0:
            d.t('"event":"form.submit","form":"転入届","applicant":{"name":"').P(p.kanji()).t('","kana":"').P(p.hira()).t('","birth":"').B(p.birth("iso")).t('"},"ms":' + str(rng.randint(80, 3000)) + "}\n")
        elif k == 1:
            d.t('"event":"payment.declined","card":"').e("CREDIT_CARD", card()).t(f'","amount":{rng.randint(3, 60) * 100},"reason":"insufficient_funds","user":"').M(email(p)).t('"}\n')
        elif k == 2:
            d.t('"event":"validation.error","field":"tel","value":"').T(mobile().replace("-", "")).t('","msg":"桁数が不正です","receipt":"' + str(rng.randint(10**7, 10**8)) + '"}\n')
        else:
            d.t('"event":"upload.ok","doc":"passport","holder":"').P(p.passport()).t('","passport_no":"').e("PASSPORT", passport_no(p)).t('","bytes":' + str(rng.randint(10**5, 10**6)) + "}\n")
    d.t(f'{{"ts":"2026-12-07T09:00:00.000+09:00","level":"INFO","svc":"e-shinsei","event":"healthcheck","server":"{SERVERS[0]}","status":200}}\n')


def s_xml(d: Doc):
    d.t(rng.choice(["電子申請の受信データ(XML)です。申請内容を要約して\n", "次のXMLの必須項目に漏れがないかチェックしてください\n", ""]))
    p, a = Person(), Addr()
    f = Person(foreign=True, years=(p.year - 6, p.year + 6))
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n<申請データ 様式="児童手当認定請求書" 受付番号="').t(str(rng.randint(10**11, 10**12))).t(f'" 受付日時="2026-11-{rng.randint(10, 30)}T10:22:05">\n')
    d.t(f'  <提出先 団体コード="06{rng.randint(200, 499)}{rng.randint(0, 9)}">{CITY}長</提出先>\n  <請求者>\n    <氏名 フリガナ="').P(p.kata()).t('">').P(p.kanji(sep="　")).t("</氏名>\n")
    d.t('    <生年月日 和暦="').B(p.birth("wa")).t('">').B(p.birth("iso")).t("</生年月日>\n")
    d.t("    <個人番号>").e("MY_NUMBER", my_number(rng.choice(["", " ", "-"]))).t("</個人番号>\n")
    d.t('    <住所 郵便番号="').Z(a.zip).t('">').A(a.full("kanji", bsep="　")).t("</住所>\n")
    d.t('    <連絡先 種別="携帯">').T(mobile()).t("</連絡先>\n    <メール>").M(email(p)).t("</メール>\n")
    d.t("    <基礎年金番号>").e("PENSION_NUMBER", pension(rng.choice(["-", "", " "]))).t("</基礎年金番号>\n")
    d.t(f'    <健康保険 保険者番号="{rng.randint(10**7, 10**8)}" 記号="').e("INSURANCE_NUMBER", str(rng.randint(100, 9999))).t('" 番号="').e("INSURANCE_NUMBER", str(rng.randint(1, 999))).t(f'"/>\n    <勤務先>{rng.choice(COMPANIES)}</勤務先>\n  </請求者>\n')
    d.t('  <配偶者 国籍="' + f.nat + '">\n    <氏名 ローマ字="').P(f.passport()).t('">').P(f.kanji()).t("</氏名>\n")
    d.t("    <在留カード番号>").e("RESIDENCE_CARD", zairyu()).t("</在留カード番号>\n    <旅券番号>").e("PASSPORT", passport_no(f)).t("</旅券番号>\n")
    d.t('    <生年月日>').B(f.birth("ymd")).t("</生年月日>\n  </配偶者>\n")
    c = Person(years=(max(p.year + 22, 2009), 2024))
    d.t('  <児童 続柄="長女"><氏名>').P(p.sei + "　" + c.mei).t("</氏名><生年月日>").B(c.birth("wa_abbr")).t(f"</生年月日><在学>{rng.choice(SCHOOLS)}</在学></児童>\n")
    d.t('  <振込先 金融機関="ゆうちょ銀行" 記号="').e("BANK_ACCOUNT", f"1{rng.randint(0, 9999):04d}").t('" 番号="').e("BANK_ACCOUNT", f"{rng.randint(0, 99999999):08d}").t('"/>\n')
    d.t(f'  <支給額 月額="{rng.choice(["10,000", "15,000", "30,000"])}"/>\n  <問合せ先 課="子育て支援課" 電話="{CITY_TEL}" 内線="{rng.randint(2100, 2199)}" メール="kosodate@{DOM}"/>\n</申請データ>\n')


def s_yaml(d: Doc):
    d.t(rng.choice(["避難所運営の設定ファイル(yaml)です。要配慮者の一覧を表にして\n", "このYAMLの構文エラーを直して\n", ""]))
    d.t(f"# shelter.yml  更新 {other_date()}\nshelter:\n  name: {CITY}立鷺ノ宮小学校 体育館\n  address: {CITY_ADDR}\n  tel: \"{CITY_TEL}\"\n  contact_mail: bousai@{DOM}\n")
    sp, _, _ = staff()
    d.t("  manager: ").P(sp.kanji()).t("   # 防災安全課 " + rng.choice(POSTS) + "\n  manager_direct: '").T(staff_direct()).t("'\nevacuees:\n")
    for i in range(rng.randint(3, 4)):
        p, a = Person(foreign=i == 2, rare=i == 1), Addr()
        d.t("  - name: ").P(p.kanji()).t("\n    kana: ").P(p.kata(" ")).t("\n    birth: ").B(p.birth(rng.choice(["iso", "wa_abbr", "slash"]))).t(f"\n    age: {2026 - p.year}\n")
        d.t("    home: \"").A(a.full(rng.choice(["hyphen", "other"]))).t("\"\n    phone: ").T(mobile()).t("\n")
        if i == 0:
            d.t("    pension_no: ").e("PENSION_NUMBER", pension(rng.choice(["-", " "]))).t("\n    bank:\n      name: " + rng.choice(BANKS)[2] + "\n      branch: " + rng.choice(["本店", "駅前支店", "鷺ノ宮支店"]) + "\n      type: 普通\n      number: \"").e("BANK_ACCOUNT", acct()).t("\"\n")
        if i == 2:
            d.t("    residence_card: ").e("RESIDENCE_CARD", zairyu()).t("\n    interpreter: true\n")
        if i == 1:
            d.t("    needs: [車いす, 透析]\n    family_contact: {name: ").P(Person().kanji()).t(", rel: 長男, tel: \"").T(mobile()).t("\"}\n")
    d.t(f"capacity: {rng.randint(80, 300)}\nopened_at: 2026-12-0{rng.randint(1, 6)} 18:30\n")


def s_sql_insert(d: Doc):
    d.t(rng.choice(["mysqldumpの一部です。このINSERT文をCSVに変換してほしい\n", "次のSQLの文法エラーを直して\n", "-- 旧システム移行データ\n"]))
    d.t(f"-- Dump completed on 2026-11-{rng.randint(10, 30)} 02:14:09\nLOCK TABLES `jumin` WRITE;\nINSERT INTO `jumin` (`atena_no`,`shimei`,`shimei_kana`,`birth`,`kojin_no`,`nenkin_no`,`zip`,`addr`,`tel`,`menkyo_no`,`upd`) VALUES ")
    n = rng.randint(3, 4)
    for i in range(n):
        p, a = Person(rare=i == 1), Addr()
        d.t(f"({rng.randint(10**8, 10**9)},'").P(p.kanji(sep=rng.choice([" ", "　"]))).t("','").P(hankaku(p.kata(" ")) if i % 2 else p.kata()).t("','").B(p.birth("iso")).t("','")
        d.e("MY_NUMBER", my_number())
        d.t("',")
        if i == 2:
            d.t("NULL")
        else:
            d.t("'").e("PENSION_NUMBER", pension(rng.choice(["", "-"]))).t("'")
        d.t(",'").Z(a.zip).t("','").A(a.full(rng.choice(["hyphen", "other"]), bsep="　")).t("','").T(landline() if i % 2 else mobile()).t("',")
        if i == 0:
            d.t("'").e("DRIVER_LICENSE", license_no()).t("'")
        else:
            d.t("NULL")
        d.t(f",'2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} 1{rng.randint(0, 9)}:0{rng.randint(0, 9)}:00')")
        d.t(",\n" if i < n - 1 else ";\n")
    d.t("UNLOCK TABLES;\nINSERT INTO `tantou` (`ka`,`shimei`,`mail`,`naisen`) VALUES ('税務課','")
    sp = Person()
    d.P(sp.kanji()).t("','").M(staff_mail(sp)).t(f"','{rng.randint(2200, 2299)}'),('税務課','（共有）','zeimu@{DOM}','2200');\n")


def s_sql_select(d: Doc):
    psql = rng.random() < 0.5
    d.t(rng.choice(["SELECTの結果です。国保の資格喪失者の件数を数えて\n", "この結果をもとに督促対象者の一覧文面を作って\n", ""]))
    rows = []
    for i in range(rng.randint(3, 5)):
        rows.append((Person(foreign=i == 4, rare=i == 2), hihoken(rng.choice([8, 10])), Addr()))
    if psql:
        d.t("kokuho=> SELECT h.hihokensha_no, h.shimei, h.birth_ymd, h.tel, h.jusho, s.tokusoku_gaku FROM hihokensha h JOIN shuno s USING(setai_id) WHERE s.mino > 0;\n")
        d.t(" hihokensha_no |     shimei      | birth_ymd  |      tel      |                jusho                 | tokusoku_gaku\n")
        d.t("---------------+-----------------+------------+---------------+--------------------------------------+---------------\n")
        for p, h, a in rows:
            d.t(" ").e("INSURANCE_NUMBER", h).t(" " * (14 - len(h)) + "| ").P(p.kanji()).t(" " * max(1, 10 - len(p.kanji())) + "| ").B(p.birth("iso")).t(" | ").T(landline()).t(" | ").A(a.full()).t(f" | {rng.randint(1, 300) * 100:>13}\n")
        d.t(f"({len(rows)} rows)\n\n")
    else:
        d.t("mysql> SELECT no, kanja_mei, seinen, tel, card_no, jusho FROM kokuho_tokusoku LIMIT 5;\n")
        d.t("+-----+--------------------+------------+---------------+------------------+------------------------------+\n| no  | kanja_mei          | seinen     | tel           | card_no          | jusho                        |\n+-----+--------------------+------------+---------------+------------------+------------------------------+\n")
        for k, (p, _h, a) in enumerate(rows):
            d.t(f"| {k + 1:<3} | ").P(p.kanji()).t(" " * max(1, 12 - len(p.kanji())) + " | ").B(p.birth("iso")).t(" | ").T(mobile()).t(" | ")
            if k == 0:
                d.e("CREDIT_CARD", card())
            else:
                d.t("NULL            ")
            d.t(" | ").A(a.full()).t(" |\n")
        d.t("+-----+--------------------+------------+---------------+------------------+------------------------------+\n")
        d.t(f"{len(rows)} rows in set (0.0{rng.randint(1, 9)} sec)\n\n被保険者番号: ")
        for k, (_p, h, _a) in enumerate(rows[:2]):
            d.e("INSURANCE_NUMBER", h).t("、" if k == 0 else "")
        d.t("\n")
    d.t(f"-- 保険者番号 {rng.choice(['06', '39'])}{rng.randint(1000, 9999)}（{CITY}）／照会 保険年金課 内線{rng.randint(2300, 2399)}\n")


def s_html(d: Doc):
    d.t(rng.choice(["ホームページの管理画面からコピーしたHTMLです。表の中身を文章にして\n", "このHTMLの表をMarkdownに変換して\n", ""]))
    d.t('<table class="list" border="1">\n<tr><th>No.</th><th>氏名<br>（ふりがな）</th><th>生年月日</th><th>住所</th><th>連絡先</th><th>備考</th></tr>\n')
    for i in range(3):
        p, a = Person(foreign=i == 2, rare=i == 1), Addr()
        d.t(f"<tr><td>{i + 1}</td><td>").P(p.kanji(sep="&nbsp;")).t("<br>（").P(p.hira()).t("）</td><td>").B(p.birth(rng.choice(["wa", "wa_kan", "slash"]))).t("</td>\n<td>〒").Z(a.zip).t("<br>").A(a.full("kanji")).t("</td><td>").T(mobile()).t("<br>").M(email(p)).t("</td><td>")
        if i == 0:
            d.t("免許証&nbsp;").e("DRIVER_LICENSE", license_no())
        elif i == 1:
            d.t("カード番号 ").e("CREDIT_CARD", card(" ")).t(f"（有効期限 {rng.randint(1, 12):02d}/{rng.randint(27, 31)}）")
        else:
            d.t(f"国籍：{p.nat}<br>在留カード ").e("RESIDENCE_CARD", zairyu()).t("<br>旅券 ").e("PASSPORT", passport_no(p))
        d.t("</td></tr>\n")
    sp, dept, _post = staff()
    d.t(f"</table>\n<p class=\"foot\">お問合せ：{CITY}{dept}&nbsp;担当&nbsp;").P(sp.sei).t(f"<br>TEL&nbsp;{CITY_TEL}（内線{rng.randint(2000, 2999)}）&nbsp;FAX&nbsp;{CITY_FAX}<br><a href=\"mailto:{rng.choice(SHARED)}{DOM}\">メール</a></p>\n")


def s_zengin(d: Doc):
    d.t(rng.choice(["総合振込のFBデータです。件数と合計金額が合っているか確認して\n", "全銀フォーマットのデータです。エラーになる行はどれ？\n", ""]))
    bank = rng.choice(BANKS)
    hdr = f"1210{rng.randint(10**9, 10**10)}" + hankaku("シラサギダイシカイケイカンリシャ", True).ljust(40) + f"12{rng.randint(10, 28)}{bank[0]}" + bank[1].ljust(15) + "001" + hankaku("ホンテン").ljust(15) + "1" + f"{rng.randint(0, 9999999):07d}" + " " * 17
    d.t(hdr + "\n")
    total = 0
    n = rng.randint(4, 6)
    for i in range(n):
        p = Person(foreign=i == 4)
        b = rng.choice(BANKS)
        amt = rng.randint(1, 3000) * 100
        total += amt
        name = hankaku(p.kata(" ") if not p.foreign else p.kana_sei + " " + p.kana_mei.replace("・", " "), True)
        d.t("2" + b[0] + b[1].ljust(15) + f"{rng.randint(1, 999):03d}" + hankaku(rng.choice(["エキマエ", "ホンテン", "サギノミヤ", "キタ"]), True).ljust(15) + "0000" + rng.choice("12"))
        d.e("BANK_ACCOUNT", acct())
        d.e("PERSON", name).t(" " * (30 - len(name)) + f"{amt:010d}" + "0" + f"{rng.randint(10**9, 10**10 - 1)}" + " " * 10 + "7" + " " * 8 + "\n")
    d.t(f"8{n:06d}{total:012d}" + " " * 101 + "\n9" + " " * 119 + "\n")
    sp = Person()
    d.t("\n作成：会計課 ").P(sp.kanji()).t(f"（内線{rng.randint(2400, 2499)}）　振込指定日 12月{rng.randint(10, 25)}日\n")


def s_mainframe(d: Doc):
    d.t(rng.choice(["汎用機から出力した住民税の固定長データです。項目ごとに区切って表にして\n", "レコードレイアウトは別紙のとおり。このデータを読み解いて\n", ""]))
    d.t("レイアウト: 宛名番号(10)カナ氏名(20)漢字氏名(10)生年月日(8)性別(1)個人番号(12)基礎年金番号(10)郵便番号(7)住所(40)税額(9)\n")
    for i in range(rng.randint(3, 4)):
        p, a = Person(rare=i == 1), Addr()
        kana, kan = p.kata(), p.kanji(sep="　")
        d.t(f"{rng.randint(10**9, 10**10)}").P(kana).t("　" * (20 - len(kana))).P(kan).t("　" * (10 - len(kan)))
        d.B(p.birth("ymd")).t(rng.choice("12")).e("MY_NUMBER", my_number()).e("PENSION_NUMBER", pension("")).Z(a.zip.replace("-", ""))
        addr = a.full(rng.choice(["zen", "kanji"]), bsep="　")
        d.A(addr).t("　" * max(0, 40 - len(addr)) + f"{rng.randint(0, 999999):09d}\n")
    d.t(f"EOF  件数={i + 1}  出力日 20261201 JOB=ZJ{rng.randint(100, 999)}  {CITY}税務課\n")
    d.t("被保険者番号（介護）: ")
    d.e("INSURANCE_NUMBER", hihoken(10)).t("\n")


def s_ad(d: Doc):
    d.t(rng.choice(["AD のユーザー一覧です。退職者でまだ有効なアカウントを探して\n", "PowerShell の出力を貼ります。ロックアウトの原因を推測して\n", ""]))
    d.t("PS C:\\> Get-ADUser -Filter * -SearchBase \"OU=Staff,DC=shirasagidai,DC=local\" -Properties displayName,mail,telephoneNumber | ft\n\n")
    d.t("sAMAccountName  displayName          mail                                     telephoneNumber  Enabled\n--------------  -----------          ----                                     ---------------  -------\n")
    users = []
    for i in range(rng.randint(3, 4)):
        p = Person(rare=i == 2)
        users.append(p)
        sam = f"{p.ROMA_SEI.lower()}{p.roma_mei[0].lower()}{rng.randint(1, 9)}"
        d.P(sam).t(" " * (16 - len(sam))).P(p.kanji(sep="　")).t(" " * max(1, 21 - 2 * len(p.kanji()))).M(staff_mail(p)).t(" " * max(1, 41 - len(staff_mail(p))))
        if i % 2:
            d.T(staff_direct()).t("     ")
        else:
            d.t(f"内線{rng.randint(2000, 2999)}           ")
        d.t(rng.choice(["True", "False"]) + "\n")
    d.t(f"johosys         情報政策課共有        johosys@{DOM}".ljust(79) + "True\n\n")
    p = users[0]
    d.t(f"ログの名前:         Security\nソース:           Microsoft-Windows-Security-Auditing\n日付:            2026/12/0{rng.randint(1, 6)} 8:4{rng.randint(0, 9)}:12\nイベント ID:       4740\n")
    d.t("説明:\nユーザー アカウントがロックアウトされました。\n\nサブジェクト:\n\tセキュリティ ID:\t\tS-1-5-18\n\tアカウント名:\t\tDC01$\n\nロックアウトされたアカウント:\n\tアカウント名:\t\t").P(f"{p.ROMA_SEI.lower()}{p.roma_mei[0].lower()}").t(f"\n\n追加情報:\n\t呼び出し元コンピューター名:\tSGD-PC-{rng.randint(100, 999)}\n")
    d.t("\tソース ネットワーク アドレス:\t").e("IP_ADDRESS", f"10.41.{rng.randint(20, 60)}.{rng.randint(10, 250)}").t(f"\n\t対象サーバー:\t{SERVERS[0]}\n")


def s_ldif(d: Doc):
    d.t(rng.choice(["LDIFです。このエントリを追加するとエラーになります。どこが悪い？\n", "以下のLDIFから職員の一覧表を作成して\n", ""]))
    for i in range(rng.randint(2, 3)):
        p, dept, post = staff()
        uid = p.login()
        d.t("dn: uid=").P(uid).t(f",ou={['shimin', 'zeimu', 'fukushi', 'johosys'][i % 4]},ou=people,dc=shirasagidai,dc=example,dc=jp\nobjectClass: inetOrgPerson\nuid: ").P(uid).t("\ncn: ").P(p.kanji()).t("\ncn;lang-ja;phonetic: ").P(p.kata(" ")).t("\nsn: ").P(p.sei).t("\ngivenName: ").P(p.mei).t("\ndisplayName;lang-en: ").P(p.western()).t(f"\ntitle: {post}\nou: {dept}\nmail: ").M(staff_mail(p)).t(f"\ntelephoneNumber: {CITY_TEL}\n")
        if i != 1:
            d.t("mobile: ").T(mobile() if i == 0 else "+81 " + mobile()[1:].replace("-", " ")).t("\n")
        if i == 1:
            d.t("homePostalAddress: ").A(Addr().full(sep="$")).t("\n")
        d.t(f"employeeNumber: {rng.randint(10**5, 10**6)}\nuserPassword:: e1NTSEF9{rng.randint(10**9, 10**10)}\n\n")
    d.t(f"dn: cn=kaigo,ou=groups,dc=shirasagidai,dc=example,dc=jp\nobjectClass: groupOfNames\nmail: kaigo@{DOM}\ndescription: 介護保険課 共有 内線{rng.randint(2500, 2599)}\n")


def s_apache(d: Doc):
    d.t(rng.choice(["Webサーバのアクセスログです。不審なアクセスがあるか見て\n", "ログの401が多い原因は？\n", ""]))
    mons = "Dec"
    for i in range(rng.randint(6, 8)):
        ip = ipc() if i != 5 else f"2001:db8:{rng.randint(1, 9999):x}::{rng.randint(1, 999):x}"
        d.e("IP_ADDRESS", ip).t(" - ")
        if i in (1, 3):
            p = Person()
            d.P(p.login().replace("-", "."))
        elif i == 4:
            d.M(email(Person()))
        else:
            d.t("-")
        path = rng.choice(["/e-shinsei/form/tennyu", "/login", "/api/v1/reserve?facility=kominkan", "/images/logo.png", "/wp-login.php", "/kosodate/hoikuen/index.html"])
        d.t(f" [0{rng.randint(1, 6)}/{mons}/2026:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0900] \"{rng.choice(['GET', 'POST'])} {path} HTTP/1.1\" {rng.choice([200, 302, 401, 404, 500])} {rng.randint(200, 90000)} \"https://www.{DOM}/\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"\n")
    d.t(f"{SERVERS[3]} - - [07/Dec/2026:03:00:01 +0900] \"GET /server-status HTTP/1.1\" 200 512 \"-\" \"monitor/1.0\"\n")
    d.t(f"\n※ {SERVERS[3]} は庁内監視サーバ。問い合わせは情報政策課 johosys@{DOM}\n")


def s_syslog(d: Doc):
    d.t(rng.choice(["ファイアウォールのログです。外部からの不正アクセスの可能性を評価して\n", "このsyslogを時系列で要約して\n", ""]))
    for i in range(rng.randint(5, 6)):
        ts = f"Dec  {rng.randint(1, 6)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        k = i % 3
        if k == 0:
            d.t(f"{ts} fw01 FG-100F: date=2026-12-0{rng.randint(1, 6)} type=\"traffic\" action=\"deny\" srcip=").e("IP_ADDRESS", ipc()).t(f" srcport={rng.randint(1024, 65535)} dstip={rng.choice(SERVERS)} dstport={rng.choice([22, 443, 3389])} proto=6 policyid={rng.randint(1, 40)}\n")
        elif k == 1:
            d.t(f"{ts} vpn-gw sshd[{rng.randint(1000, 40000)}]: Failed password for ").P(Person().login().replace("-", "")).t(" from ").e("IP_ADDRESS", ipc()).t(f" port {rng.randint(1024, 65535)} ssh2\n")
        else:
            d.t(f"{ts} fw01 FG-100F: type=\"utm\" subtype=\"webfilter\" srcip=").e("IP_ADDRESS", f"10.41.{rng.randint(20, 60)}.{rng.randint(10, 250)}").t(" user=\"").P(Person().login()).t(f"\" dstip={SERVERS[3]} hostname=\"www.example.com\" action=\"blocked\" cat=\"Gambling\"\n")
    d.t(f"Dec  7 04:00:00 fw01 FG-100F: type=\"event\" msg=\"Config backup to {SERVERS[2]} succeeded\"\n")


def s_mailhdr(d: Doc):
    d.t(rng.choice(["このメールが詐欺かどうか、ヘッダーから判断して\n", "メールが届かないと住民から問合せ。ヘッダを見て原因を教えて\n", ""]))
    p = Person(rare=rng.random() < 0.3)
    sp, dept, _ = staff()
    d.t("Return-Path: <").M(email(p)).t(">\nReceived: from mail.example.ne.jp (mail.example.ne.jp [").e("IP_ADDRESS", ipc()).t(f"])\n\tby mx01.{DOM} (Postfix) with ESMTPS id 4R{rng.randint(10**6, 10**7)}\n\tfor <{rng.choice(SHARED)}{DOM}>; Mon, 07 Dec 2026 0{rng.randint(0, 9)}:12:44 +0900 (JST)\n")
    d.t(f"Received: from [192.168.1.{rng.randint(2, 250)}] (unknown [").e("IP_ADDRESS", ipc()).t("])\n\tby mail.example.ne.jp with ESMTPSA\n")
    d.t("From: \"").P(p.kanji()).t("\" <").M(email(p)).t(">\n")
    q = Person()
    d.t("Reply-To: \"").P(q.kanji()).t("\" <").M(email(q)).t(">\nTo: \"").P(sp.kanji()).t("\" <").M(staff_mail(sp)).t(f">\nCc: {rng.choice(SHARED)}{DOM}\n")
    d.t(f"Subject: =?ISO-2022-JP?B?GyRCJDckRBsoQg==?= 【{case_no()}】住所変更について\nDate: Mon, 7 Dec 2026 0{rng.randint(0, 9)}:12:40 +0900\nMessage-ID: <{rng.randint(10**9, 10**10)}.{rng.randint(100, 999)}@mail.example.ne.jp>\n")
    d.t(f"X-Mailer: Thunderbird 115\nAuthentication-Results: mx01.{DOM}; spf=pass; dkim=none\n\n")
    a = Addr()
    d.t(f"{CITY}{dept} ").P(sp.sei).t("様\n\nいつもお世話になっております。").P(p.sei).t("です。\n転居しましたので新住所をお知らせします。\n〒").Z(a.zip).t(" ").A(a.full(rng.choice(["kanji", "other"]))).t("\n電話 ").T(mobile()).t("\nなお、ふるさと納税の寄附で使ったカード（").e("CREDIT_CARD", card(rng.choice(["", " ", "-"]))).t(f"）の登録住所も変更が必要でしょうか。寄附受付番号 F{rng.randint(10**6, 10**7)}\n")


def s_kv(d: Doc):
    d.t(rng.choice(["窓口予約システムのログ(key=value)です。予約の重複を調べて\n", "このログの意味を教えて\n", ""]))
    for i in range(rng.randint(4, 5)):
        p = Person(foreign=i == 3)
        d.t(f"time=2026-12-0{rng.randint(1, 6)}T{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+09:00 level={rng.choice(['info', 'warn'])} app=madoguchi-yoyaku ")
        k = i % 4
        if k == 0:
            d.t("msg=\"予約登録\" name=\"").P(p.kanji()).t("\" kana=\"").P(hankaku(p.kata(" "))).t("\" tel=").T(mobile()).t(f" reserve_no={rng.randint(10**5, 10**6)} counter=市民課3番\n")
        elif k == 1:
            d.t("msg=\"手数料決済\" name=").P(p.passport().replace(" ", "_")).t(" card=").e("CREDIT_CARD", card("-")).t(f" amount={rng.choice([300, 350, 450])} result=ok\n")
        elif k == 2:
            d.t("msg=\"年金相談予約\" user=\"").P(p.kanji(sep="")).t("\" nenkin_no=").e("PENSION_NUMBER", pension(rng.choice(["-", ""]))).t(" birth=").B(p.birth("wa_abbr")).t(" remote_addr=").e("IP_ADDRESS", ipc()).t("\n")
        else:
            d.t("msg=\"在留手続相談\" name=\"").P(p.kata("")).t("\" zairyu_card=").e("RESIDENCE_CARD", zairyu()).t(" passport=").e("PASSPORT", passport_no(p)).t(" tel_home=").T(na_phone()).t(f" lang={rng.choice(['vi', 'tl', 'ne', 'zh'])}\n")
    d.t(f"time=2026-12-07T17:30:00+09:00 level=info app=madoguchi-yoyaku msg=\"日次集計\" total={rng.randint(40, 120)} notify=shimin@{DOM} tel={CITY_TEL}\n")


def s_excel(d: Doc):
    d.t(rng.choice(["Excelからコピーしました。B列の数式が#N/Aになる理由を教えて\n", "この表の数式を直して\n", ""]))
    d.t("\tA\tB\tC\tD\tE\n1\t宛名番号\t氏名\t生年月日\t個人番号\t口座番号\n")
    for r in range(2, rng.randint(5, 6)):
        p = Person(rare=r == 3)
        d.t(f"{r}\t{rng.randint(10**7, 10**8)}\t").P(p.kanji(sep="　")).t("\t").B(p.birth("slash")).t("\t")
        if r == 2:
            d.e("MY_NUMBER", my_number())
        else:
            d.t("=VLOOKUP(A" + str(r) + ",個人番号!A:B,2,FALSE)")
        d.t("\t").e("BANK_ACCOUNT", acct()).t("\n")
    d.t("\n数式表示:\n")
    p = Person()
    d.t("B7: =IFERROR(VLOOKUP(A7,台帳!$A$2:$F$900,2,FALSE),\"\")  → 値: ").P(p.kanji()).t("\n")
    d.t("C7: =DATE(1925+MID(\"S48\",2,2),4,1)  → 値: ").B(p.birth("iso")).t("\n")
    d.t("F7: =\"免許:\"&TEXT(").e("DRIVER_LICENSE", license_no()).t(",\"000000000000\")\n")
    d.t(f"G7: =SUM(G2:G6)  → 値: {amount()}\nシート「台帳」最終更新 {other_date()} 担当 ").P(Person().sei).t(f"（内線{rng.randint(2000, 2999)}）\n")


def s_pandas(d: Doc):
    d.t(rng.choice(["pandasでprintした結果です。介護認定者の平均年齢を出すコードを書いて\n", "このDataFrameの欠損を埋める方法は？\n", ">>> print(df)\n"]))
    d.t("      hihokensha_no        name       kana  birthday  ...         tel   zairyu_card  kaigodo\n")
    for i in range(rng.randint(4, 5)):
        p = Person(foreign=i == 1)
        idx = rng.randint(0, 9000)
        d.t(f"{idx:<6}").e("INSURANCE_NUMBER", hihoken(10)).t("  ").P(p.kanji(sep="")).t("  ").P(p.kata("") if i != 1 else p.kata("・")).t("  ").B(p.birth("iso")).t("  ...  ").T(mobile()).t("  ")
        if i == 1:
            d.e("RESIDENCE_CARD", zairyu())
        else:
            d.t("        NaN")
        d.t(f"  要介護{rng.randint(1, 5)}\n")
    d.t(f"\n[{rng.randint(100, 900)} rows x 23 columns]\n>>> df.loc[df.passport.notna(), ['name','passport']].head(1)\n")
    p = Person(foreign=True)
    d.t("              name   passport\n" + str(rng.randint(1, 800)) + "  ").P(p.passport()).t("  ").e("PASSPORT", passport_no(p)).t("\n")
    d.t(f">>> df.shape\n({rng.randint(100, 900)}, 23)\n")


def s_markdown(d: Doc):
    d.t(rng.choice(["以下の名簿を班ごとに整理し直して\n\n", "この名簿から連絡網の文章を作って\n\n", ""]))
    d.t(f"# {CITY} 自主防災会 名簿（{other_date()} 時点）\n\n")
    for g in range(2):
        leader = Person(rare=g == 1)
        d.t(f"- **第{g + 1}班**（{rng.choice(['鷺ノ宮', '本町', '北町'])}地区）\n  - 班長: ").P(leader.kanji()).t(" (").T(zen(mobile()) if g == 1 else mobile()).t(")\n")
        for j in range(2):
            p, a = Person(foreign=(g == 1 and j == 1)), Addr()
            d.t("  - 班員\n    - 氏名: ").P(p.kanji()).t("\n")
            if p.foreign:
                d.t("      - 通訳: ").P(Person().kanji()).t("（ボランティア）\n      - 在留カード: `").e("RESIDENCE_CARD", zairyu()).t("`\n      - 旅券: `").e("PASSPORT", passport_no(p)).t("`\n")
            d.t("    - 住所:  ").A(a.full(rng.choice(["hyphen", "kanji"]))).t("\n    - 生年月日: ").B(p.birth(rng.choice(["wa", "wa_abbr", "wa_zen"]))).t("\n")
            if j == 0:
                d.t("    - メール: <").M(email(p)).t(">\n")
    d.t(f"\n> 事務局: {CITY}防災安全課（bousai@{DOM}、{CITY_TEL} 内線{rng.randint(2600, 2699)}）\n")


def s_csv_zero(d: Doc):
    d.t(rng.choice(["CSVをExcelで開いたら先頭の0が消えました。元に戻す方法と、この表の要約をお願い\n", "電話番号と郵便番号がおかしいので直して\n", ""]))
    d.t("受付日,氏名,フリガナ,郵便番号,住所,電話番号,個人番号,免許証番号,備考\n")
    for i in range(rng.randint(3, 4)):
        p, a = Person(foreign=i == 3, rare=i == 1), Addr()
        z = a.zip.replace("-", "")
        z = z.lstrip("0") if z.startswith("0") else z
        tel = mobile().replace("-", "")[1:]
        d.t(f"2026/11/{rng.randint(1, 30)},").P(p.kanji()).t(",").P(hankaku(p.kata(" "))).t(",").Z(z).t(",").A(a.full()).t(",").T(tel).t(",")
        if i == 0:
            d.e("MY_NUMBER", my_number()[:-0 or None])
        elif i == 2:
            d.t("1.23457E+11")
        d.t(",")
        if i < 3:
            d.e("DRIVER_LICENSE", license_no())
        d.t(",")
        if i == 3:
            d.t("在留カード ").e("RESIDENCE_CARD", zairyu())
        else:
            d.t(rng.choice(["", "再発行", f"{rng.choice(COMPANIES)}勤務"]))
        d.t("\n")
    d.t(f",（記入例）{CITY},,9993712,鷺ノ宮一丁目1番1号,237411111,,,\n")


def s_qr(d: Doc):
    d.t(rng.choice(["QRコードリーダーで読み取った文字列です。項目に分けて\n", "バーコードの読取結果、区切りの意味がわからないので解読して\n", ""]))
    for i in range(3):
        p, a = Person(rare=i == 1), Addr()
        k = i
        if k == 0:
            d.t(f"JSK|v2|{rng.randint(10**5, 10**6)}|").P(p.kanji()).t("|").P(hankaku(p.kata(" "))).t("|").B(p.birth("ymd")).t("|").Z(a.zip.replace("-", "")).t("|").A(a.full()).t("|").T(mobile().replace("-", "")).t(f"|{other_date().replace('-', '')}|END\n")
        elif k == 1:
            d.t(f"MKIC^{rng.randint(1, 3)}^").e("DRIVER_LICENSE", license_no()).t("^").P(p.kanji(sep="　")).t("^").P(p.passport().replace(" ", "$")).t("^").B(p.birth("ymd")).t("^").A(a.full()).t(f"^{rng.randint(2027, 2031)}0{rng.randint(1, 9)}{rng.randint(10, 28)}^山形県公安委員会^\n")
        else:
            d.t(f"HKC;H={rng.randint(10**7, 10**8)};K=").e("INSURANCE_NUMBER", str(rng.randint(100, 99999))).t(";N=").e("INSURANCE_NUMBER", str(rng.randint(1, 9999))).t(";S=").P(p.kanji(sep="")).t(";B=").B(p.birth("wa_abbr")).t(";NK=").e("PENSION_NUMBER", pension("")).t(";PAY=").e("CREDIT_CARD", card()).t(";\n")
    d.t(f"\n（読取端末: {CITY}市民課 窓口2番、読取日時 2026/12/0{rng.randint(1, 6)} 1{rng.randint(0, 6)}:0{rng.randint(0, 9)}、通知書番号 {rng.randint(10**9, 10**10)}）\n")


def s_addrbook(d: Doc):
    d.t(rng.choice(["住所録アプリから書き出したCSVです。宛名ラベル用に「住所＋氏名＋様」の形に並べて\n", "重複している人を見つけて\n", ""]))
    d.t("\"姓\",\"名\",\"セイ\",\"メイ\",\"郵便番号\",\"都道府県\",\"市区町村\",\"番地\",\"建物名\",\"電話\",\"携帯\",\"メール\",\"誕生日\",\"会社\",\"メモ\"\n")
    for i in range(rng.randint(3, 4)):
        p, a = Person(rare=i == 2), Addr()
        d.t("\"").P(p.sei).t("\",\"").P(p.mei).t("\",\"").P(p.kana_sei).t("\",\"").P(p.kana_mei).t("\",\"").Z(a.zip).t("\",\"").A(a.pref).t("\",\"").A(a.city).t("\",\"").A(a.street(rng.choice(["hyphen", "zen", "other"]))).t("\",\"")
        if a.bldg:
            d.A(a.bldg)
        d.t("\",\"")
        if i % 2:
            d.T(landline())
        d.t("\",\"").T(mobile()).t("\",\"").M(email(p)).t("\",\"")
        if i != 1:
            d.B(p.birth(rng.choice(["slash", "iso"])))
        d.t(f"\",\"{rng.choice(COMPANIES)}\",\"{rng.choice(['年賀状', '喪中', '民生委員', ''])}\"\n")
    d.t(f"\"{CITY}\",\"市民課\",\"\",\"\",\"{CITY_ZIP}\",\"山形県\",\"{CITY}\",\"鷺ノ宮一丁目1番1号\",\"\",\"{CITY_TEL}\",\"\",\"shimin@{DOM}\",\"\",\"\",\"代表\"\n")


def s_rpa(d: Doc):
    d.t(rng.choice(["RPAが止まりました。エラーレポートを見て、どう直せばいいか教えて\n", "以下のエラーの原因を推定して\n", ""]))
    sp = Person()
    d.t(f"===== WinActor エラーレポート =====\nシナリオ: 口座振替依頼_登録_v3.ums\n実行者: {rng.choice(['SGD', 'ZEI'])}\\").P(sp.ROMA_SEI.lower()).t(f"（実行PC SGD-PC-{rng.randint(100, 999)}）\n発生日時: 2026/12/0{rng.randint(1, 6)} 1{rng.randint(0, 6)}:{rng.randint(10, 59)}:0{rng.randint(0, 9)}\n")
    d.t(f"エラー: 行 {rng.randint(10, 400)} の処理で「ウィンドウが見つかりません」(E-{rng.randint(1000, 9999)})\n処理対象データ（Excel 行をそのまま出力）:\n")
    p, a = Person(), Addr()
    d.t("  [0] ").P(p.kanji()).t("\n  [1] ").P(p.kata()).t("\n  [2] ").B(p.birth(rng.choice(["wa_kan", "wa", "iso"]))).t("\n  [3] ").Z(a.zip).t("\n  [4] ").A(a.full("other")).t("\n  [5] ").T(landline()).t("\n  [6] ").e("MY_NUMBER", my_number(rng.choice([" ", "-"]))).t("\n")
    d.t("  [7] ").e("PENSION_NUMBER", pension()).t("\n  [8] ").e("BANK_ACCOUNT", acct()).t(f"\n  [9] {amount()}\n  [10] ").e("DRIVER_LICENSE", license_no()).t("\n  [11] ").e("CREDIT_CARD", card(" ")).t(f"\n  [12] {other_date()}\n")
    f = Person(foreign=True)
    d.t("変数ダンプ: $申請者=").P(f.passport()).t(" / $在留番号=").e("RESIDENCE_CARD", zairyu()).t(" / $旅券=").e("PASSPORT", passport_no(f)).t(f" / $受付番号={case_no()}\n")
    d.t(f"通知先: johosys@{DOM}（情報政策課 内線{rng.randint(2700, 2799)}）\n")


STYLES = [
    ("vcard", s_vcard), ("icalendar", s_ical), ("json_api", s_json_api), ("jsonl_log", s_jsonl),
    ("xml_egov", s_xml), ("yaml_roster", s_yaml), ("sql_insert", s_sql_insert), ("sql_select", s_sql_select),
    ("html_table", s_html), ("zengin_fb", s_zengin), ("mainframe_fixed", s_mainframe), ("ad_eventlog", s_ad),
    ("ldif", s_ldif), ("apache_log", s_apache), ("syslog_fw", s_syslog), ("mail_headers", s_mailhdr),
    ("kv_log", s_kv), ("excel_formula", s_excel), ("pandas_print", s_pandas), ("markdown_list", s_markdown),
    ("csv_zero_dropped", s_csv_zero), ("qr_barcode", s_qr), ("addressbook_export", s_addrbook), ("rpa_error", s_rpa),
]


def check(doc_id, text, ents):
    prev = -1
    for e in ents:
        s = text[e["start"]:e["end"]]
        if s != e["text"] or not s or e["start"] < prev or s != s.strip() or s.strip(" 　\t\r\n") != s:
            sys.exit(f"bad span in {doc_id}: {e}")
        prev = e["end"]


def main():
    docs = []
    for _rep in range(3):
        for name, fn in STYLES:
            d = Doc(name)
            fn(d)
            docs.append(d)
    docs.sort(key=lambda d: [s[0] for s in STYLES].index(d.style))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    types, per_style, chars = Counter(), Counter(), 0
    lines = []
    for i, d in enumerate(docs, 1):
        doc_id = f"u12-{i:03d}"
        text = d.text()
        ents = sorted(d.ents, key=lambda e: e["start"])
        check(doc_id, text, ents)
        lines.append(json.dumps({"id": doc_id, "style": d.style, "text": text, "entities": ents}, ensure_ascii=False))
        types.update(e["type"] for e in ents)
        per_style[d.style] += len(ents)
        chars += len(text)
    low = [t for t in ["PERSON", "ADDRESS", "POSTAL_CODE", "PHONE", "EMAIL", "BIRTH_DATE", "BANK_ACCOUNT", "PENSION_NUMBER", "INSURANCE_NUMBER", "DRIVER_LICENSE", "PASSPORT", "MY_NUMBER", "CREDIT_CARD", "IP_ADDRESS", "RESIDENCE_CARD"] if types[t] < 20]
    if low or types.most_common(1)[0][0] != "PERSON":
        sys.exit(f"too few items: {low}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"documents {len(docs)}  labelled {sum(types.values())}  characters {chars}")
    print("per type:")
    for t, n in types.most_common():
        print(f"  {t:17} {n}")
    print("per style (3 documents each):")
    for s, _ in STYLES:
        print(f"  {s:19} {per_style[s]}")


if __name__ == "__main__":
    main()
