"""Generate the blind labelled masking corpus unseen11 (standard library only).

Usage: python bench/make_masking_unseen11.py [OUT.jsonl]
Writes tests/masking_unseen11/data/unseen11.jsonl by default, byte-for-byte
reproducible (fixed seed), and prints counts per type and per style.

Every document is built from plain and labelled pieces, so offsets are
computed while the text is assembled, never searched for afterwards.  Before
writing, every span is re-read from the final text and the run stops if one
differs, is empty, overlaps the previous one or has outer whitespace.

Everything is fictional: names are random combinations from the gimei lists
(plus hand-written rare surnames, word-like given names and foreign residents'
names), the municipality 白樺原市 does not exist, mail domains are example.*,
IPs are documentation ranges, North-American phones are 555-01xx, My Numbers
and card numbers are random with valid check digits.
"""
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict

SEED = 20261207_11
DATA = "/work/shared/data/gimei-synthetic-source"
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "tests", "masking_unseen11", "data", "unseen11.jsonl")

ROW = re.compile(r"^\s*- \['([^']*)', '([^']*)', '([^']*)', '([^']*)'\]\s*$")
KEY = re.compile(r"^\s*([a-z_]+):\s*$")


def load_yaml_rows(path):
    out, cur = {}, None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = KEY.match(line)
            if m:
                cur = m.group(1)
                continue
            m = ROW.match(line)
            if m and cur:
                out.setdefault(cur, []).append(m.groups())
    return out


NAMES = load_yaml_rows(os.path.join(DATA, "names.yml"))
ADDR = load_yaml_rows(os.path.join(DATA, "addresses.yml"))
MALE, FEMALE, LAST = NAMES["male"], NAMES["female"], NAMES["last_name"]
PREFS, CITIES, TOWNS = ADDR["prefecture"], ADDR["city"], ADDR["town"]

# Rare surnames that read as numerals, calendar words or ordinary words.
RARE_SEI = [
    ("四月一日", "わたぬき", "ワタヌキ", "Watanuki"), ("八月一日", "ほずみ", "ホズミ", "Hozumi"),
    ("一二三", "ひふみ", "ヒフミ", "Hifumi"), ("小鳥遊", "たかなし", "タカナシ", "Takanashi"),
    ("春夏秋冬", "ひととせ", "ヒトトセ", "Hitotose"), ("五十", "いそ", "イソ", "Iso"),
    ("百", "もも", "モモ", "Momo"), ("九", "いちじく", "イチジク", "Ichijiku"),
    ("十", "つなし", "ツナシ", "Tsunashi"), ("元日", "がんじつ", "ガンジツ", "Ganjitsu"),
    ("七夕", "たなばた", "タナバタ", "Tanabata"), ("東", "あずま", "アズマ", "Azuma"),
    ("月見", "つきみ", "ツキミ", "Tsukimi"), ("正月", "しょうがつ", "ショウガツ", "Shougatsu"),
    ("米", "よね", "ヨネ", "Yone"), ("中", "なか", "ナカ", "Naka"), ("一", "にのまえ", "ニノマエ", "Ninomae"),
    ("万", "よろず", "ヨロズ", "Yorozu"), ("朔日", "ついたち", "ツイタチ", "Tsuitachi"),
    ("日曜", "ひよう", "ヒヨウ", "Hiyou"), ("番", "ばん", "バン", "Ban"), ("市役", "いちやく", "イチヤク", "Ichiyaku"),
]
# Given names that are ordinary words.
WORD_MEI = [
    ("光", "ひかる", "ヒカル", "Hikaru"), ("希望", "のぞみ", "ノゾミ", "Nozomi"), ("海", "うみ", "ウミ", "Umi"),
    ("空", "そら", "ソラ", "Sora"), ("誠", "まこと", "マコト", "Makoto"), ("学", "まなぶ", "マナブ", "Manabu"),
    ("進", "すすむ", "ススム", "Susumu"), ("実", "みのる", "ミノル", "Minoru"), ("勝", "まさる", "マサル", "Masaru"),
    ("愛", "あい", "アイ", "Ai"), ("恵", "めぐみ", "メグミ", "Megumi"), ("茂", "しげる", "シゲル", "Shigeru"),
    ("正", "ただし", "タダシ", "Tadashi"), ("明", "あきら", "アキラ", "Akira"), ("翼", "つばさ", "ツバサ", "Tsubasa"),
    ("保", "たもつ", "タモツ", "Tamotsu"), ("清", "きよし", "キヨシ", "Kiyoshi"), ("栄", "さかえ", "サカエ", "Sakae"),
    ("平和", "ひらかず", "ヒラカズ", "Hirakazu"), ("元気", "げんき", "ゲンキ", "Genki"),
]
# Foreign residents: (native script, katakana parts, SURNAME, GIVEN, given-first in katakana?)
FOREIGN = [
    ("Nguyễn Văn An", ["グエン", "ヴァン", "アン"], "NGUYEN", "VAN AN", False),
    ("Trần Thị Hoa", ["チャン", "ティ", "ホア"], "TRAN", "THI HOA", False),
    ("Phạm Minh Tuấn", ["ファム", "ミン", "トゥアン"], "PHAM", "MINH TUAN", False),
    ("Lê Thị Lan", ["レ", "ティ", "ラン"], "LE", "THI LAN", False),
    ("王芳", ["ワン", "ファン"], "WANG", "FANG", False),
    ("刘洋", ["リュウ", "ヤン"], "LIU", "YANG", False),
    ("张伟", ["チャン", "ウェイ"], "ZHANG", "WEI", False),
    ("陈静", ["チェン", "ジン"], "CHEN", "JING", False),
    ("김민준", ["キム", "ミンジュン"], "KIM", "MINJUN", False),
    ("박서연", ["パク", "ソヨン"], "PARK", "SEOYEON", False),
    ("이지훈", ["イ", "ジフン"], "LEE", "JIHOON", False),
    ("최유나", ["チェ", "ユナ"], "CHOI", "YUNA", False),
    ("Maria Santos", ["マリア", "サントス"], "SANTOS", "MARIA", True),
    ("Bikash Gurung", ["ビカシュ", "グルン"], "GURUNG", "BIKASH", True),
    ("Lucas Silva", ["ルーカス", "シルバ"], "SILVA", "LUCAS", True),
    ("Ana Reyes", ["アナ", "レイエス"], "REYES", "ANA", True),
]

# The invented municipality (never labelled).
CITY = "白樺原市"
CITY_KANA = "しらかばはらし"
OFFICE_ZIP = "319-3599"
OFFICE_ADDR = "茨城県白樺原市中町一丁目1番1号"
SWITCH = "0295-52-1111"
FAX = "0295-52-1190"
DOM = "city.shirakabahara.example.jp"
SHARED = ["shimin", "kosodate", "fukushi", "jutaku", "gikai", "zeimu", "kokuho", "kosekijumin"]
OWN_TOWNS = ["緑町", "中町", "栄町", "上根", "桜ヶ丘", "北原", "大橋", "西野"]

ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")
KAN = "〇一二三四五六七八九"


def zen(s):
    return s.translate(ZEN)


def kanji_num(n):
    """Kanji numeral in the 十-style used in dates (1..99)."""
    if n < 10:
        return KAN[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else KAN[t]) + "十" + (KAN[o] if o else "")


class Nm:
    def __init__(self, sei, mei, female):
        self.sei, self.mei, self.female = sei, mei, female

    def k(self, sep=" "):
        return self.sei[0] + sep + self.mei[0]

    def hira(self, sep=" "):
        return self.sei[1] + sep + self.mei[1]

    def kata(self, sep="　"):
        return self.sei[2] + sep + self.mei[2]

    def roma(self):
        return self.mei[3] + " " + self.sei[3]

    def ROMA(self):
        return self.sei[3].upper() + " " + self.mei[3].upper()


class G:
    """Random source for one corpus."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def ch(self, seq):
        return self.r.choice(seq)

    def name(self, female=None, sei=None):
        r = self.r
        if female is None:
            female = r.random() < 0.5
        if sei is None:
            sei = r.choice(RARE_SEI) if r.random() < 0.14 else r.choice(LAST)
        mei = r.choice(WORD_MEI) if r.random() < 0.12 else r.choice(FEMALE if female else MALE)
        return Nm(sei, mei, female)

    def sp(self):
        return self.ch([" ", "　", " ", "　", ""])

    def foreign(self):
        return self.ch(FOREIGN)

    def kata_foreign(self, f):
        return self.ch(["・", "　", "", "・"]).join(f[1])

    def zipc(self):
        return "%03d-%04d" % (self.r.randint(100, 999), self.r.randint(0, 9999))

    def banchi(self, style=None):
        r = self.r
        a, b, c = r.randint(1, 9), r.randint(1, 30), r.randint(1, 25)
        style = style if style is not None else r.randint(0, 5)
        if style == 0:
            s = "%d丁目%d番%d号" % (a, b, c)
        elif style == 1:
            s = "%d-%d-%d" % (a, b, c)
        elif style == 2:
            s = f"{kanji_num(a)}丁目{kanji_num(b)}番{kanji_num(c)}号"
        elif style == 3:
            s = zen("%d-%d-%d" % (a, b, c))
        elif style == 4:
            s = "%d番地%d" % (r.randint(100, 2999), r.randint(1, 20))
        else:
            s = "%d丁目%d-%d" % (a, b, c)
        if r.random() < 0.35:
            bld = r.choice(["コーポ若葉", "ハイツ白樺", "メゾン・ド・ソレイユ", "グランシャリオ",
                            "サンライズ北原", "パークヒルズ", "第二松風荘"])
            room = r.choice(["%d号室", "%d", "－%d", "号室%d"])
            num = r.randint(1, 5) * 100 + r.randint(1, 9)
            if room == "号室%d":
                room = "%d号室"
            s = s + "－" + str(num) if room.startswith("－") else s + self.ch([" ", "\u3000", ""]) + bld + room % num
        return s

    def addr(self, own=False):
        r = self.r
        if own:
            head = self.ch(["", "茨城県"]) + CITY + self.ch(OWN_TOWNS)
        else:
            head = r.choice(PREFS)[0] + r.choice(CITIES)[0] + r.choice(TOWNS)[0]
        return head + self.banchi()

    def mobile(self):
        r = self.r
        p, a, b = r.choice(["090", "080", "070"]), r.randint(1000, 9999), r.randint(0, 9999)
        f = r.randint(0, 4)
        if f == 0:
            return "%s-%04d-%04d" % (p, a, b)
        if f == 1:
            return "%s%04d%04d" % (p, a, b)
        if f == 2:
            return zen("%s-%04d-%04d" % (p, a, b))
        if f == 3:
            return "%s %04d %04d" % (p, a, b)
        return "%s(%04d)%04d" % (p, a, b)

    def _land(self):
        r = self.r
        fmt = r.randint(0, 3)
        if fmt == 0:
            return "0295-%02d-%04d" % (r.randint(53, 89), r.randint(0, 9999))
        if fmt == 1:
            return "029-%03d-%04d" % (r.randint(200, 899), r.randint(0, 9999))
        if fmt == 2:
            return "03-%04d-%04d" % (r.randint(3000, 6999), r.randint(0, 9999))
        return zen("048-%03d-%04d" % (r.randint(200, 899), r.randint(0, 9999)))

    def phone(self):
        return self.mobile() if self.r.random() < 0.6 else self._land()

    def na_phone(self):
        return self.ch(["+1 (%d) 555-01%02d", "+1-%d-555-01%02d", "(%d) 555-01%02d"]) % (
            self.r.choice([212, 415, 617, 503, 808]), self.r.randint(0, 99))

    def email(self, nm=None):
        r = self.r
        dom = r.choice(["example.com", "example.net", "example.org", "mail.example.jp", "example.co.jp"])
        if nm is not None:
            local = self.ch(["%s.%s", "%s_%s", "%s%s%d"])
            if "%d" in local:
                local = local % (nm.mei[3].lower(), nm.sei[3].lower()[:1], r.randint(1, 99))
            else:
                local = local % (nm.mei[3].lower(), nm.sei[3].lower())
        else:
            local = "".join(r.choice("abcdefghkmnprstuwyz") for _ in range(r.randint(4, 8))) + str(r.randint(1, 999))
        return local + "@" + dom

    def work_email(self, nm):
        return f"{nm.sei[3].lower()}-{nm.mei[3][0].lower()}@{DOM}"

    def shared(self, box=None):
        return (box or self.ch(SHARED)) + "@" + DOM

    def birth(self, lo=1935, hi=2022, fmt=None):
        r = self.r
        y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
        fmt = r.randint(0, 8) if fmt is None else fmt
        if y >= 2019 and (y, m) >= (2019, 5):
            era, ey, ab = "令和", y - 2018, "R"
        elif y >= 1989:
            era, ey, ab = "平成", y - 1988, "H"
        else:
            era, ey, ab = "昭和", y - 1925, "S"
        if fmt == 0:
            return "%s%d年%d月%d日" % (era, ey, m, d)
        if fmt == 1:
            return "%s%d.%d.%d" % (ab, ey, m, d)
        if fmt == 2:
            return "{}{}年{}月{}日".format(era, "元" if ey == 1 else kanji_num(ey), kanji_num(m), kanji_num(d))
        if fmt == 3:
            return "%d年%d月%d日" % (y, m, d)
        if fmt == 4:
            return "%d/%02d/%02d" % (y, m, d)
        if fmt == 5:
            return zen("%d年%d月%d日" % (y, m, d)).replace("－", "-")
        if fmt == 6:
            return "%s%02d年%02d月%02d日" % (era, ey, m, d)
        if fmt == 7:
            return "%d.%d.%d" % (y, m, d)
        return "%s%d年%d月%d日" % (ab, ey, m, d)

    def birth_en(self, lo=1950, hi=2004):
        r = self.r
        y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
        mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"][m - 1]
        return self.ch(["%s %d, %d" % (mon, d, y), "%d %s %d" % (d, mon, y), "%s %d, %d" % (mon[:3] + ".", d, y)])

    def other_date(self):
        r = self.r
        return self.ch(["令和%d年%d月%d日" % (r.randint(6, 8), r.randint(1, 12), r.randint(1, 28)),
                        "R%d.%d.%d" % (r.randint(6, 8), r.randint(1, 12), r.randint(1, 28)),
                        "2026年%d月%d日" % (r.randint(1, 12), r.randint(1, 28)),
                        "%d/%d" % (r.randint(1, 12), r.randint(1, 28))])

    def my_number(self, grp=None):
        r = self.r
        digits = [r.randint(0, 9) for _ in range(11)]
        s = 0
        for n in range(1, 12):
            p = digits[11 - n]
            q = n + 1 if n <= 6 else n - 5
            s += p * q
        rem = s % 11
        cd = 0 if rem <= 1 else 11 - rem
        num = "".join(map(str, digits)) + str(cd)
        grp = r.randint(0, 3) if grp is None else grp
        if grp == 1:
            return " ".join(num[i:i + 4] for i in (0, 4, 8))
        if grp == 2:
            return "-".join(num[i:i + 4] for i in (0, 4, 8))
        if grp == 3:
            return zen(num)
        return num

    def card(self):
        r = self.r
        head = r.choice(["4", "5", "35", "37"])
        body = head + "".join(str(r.randint(0, 9)) for _ in range(15 - len(head)))
        tot = 0
        for i, ch in enumerate(reversed(body)):
            v = int(ch)
            if i % 2 == 0:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        num = body + str((10 - tot % 10) % 10)
        f = r.randint(0, 2)
        if f == 0:
            return num
        return (" " if f == 1 else "-").join(num[i:i + 4] for i in range(0, 16, 4))

    def acct(self):
        return "%07d" % self.r.randint(1000000, 9999999)

    def pension(self):
        r = self.r
        a, b = "%04d" % r.randint(1000, 9999), "%06d" % r.randint(0, 999999)
        return a + self.ch(["-", " ", "", "－"]) + b

    def license(self):
        return "%012d" % self.r.randint(10 ** 11, 10 ** 12 - 1)

    def passport(self):
        r = self.r
        return r.choice(["T", "M", "R", "E"]) + r.choice("KRSZNA") + "%07d" % r.randint(0, 9999999)

    def rcard(self):
        r = self.r
        L = "ABCDEFGHJKLMNPRSTUWXYZ"
        return r.choice(L) + r.choice(L) + "%08d" % r.randint(0, 99999999) + r.choice(L) + r.choice(L)

    def ip(self):
        r = self.r
        return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))

    def staff(self):
        return self.name()

    def case_no(self):
        r = self.r
        return self.ch(["R%d-%s-%04d" % (r.randint(6, 8), r.choice("福住市子税"), r.randint(1, 9999)),
                        "第%d号" % r.randint(100, 9999), "No.%05d" % r.randint(1, 99999)])

    def houjin(self):
        return "%013d" % self.r.randint(10 ** 12, 10 ** 13 - 1)


class Doc:
    def __init__(self):
        self.parts, self.ents, self.pos = [], [], 0

    def __call__(self, *items):
        for it in items:
            if isinstance(it, tuple):
                typ, s = it
                if not s or s != s.strip():
                    raise SystemExit(f"bad labelled piece {it!r}")
                self.ents.append({"type": typ, "start": self.pos, "end": self.pos + len(s), "text": s})
                it = s
            self.parts.append(it)
            self.pos += len(it)
        return self

    def text(self):
        return "".join(self.parts)


def P(s): return ("PERSON", s)
def A(s): return ("ADDRESS", s)
def Z(s): return ("POSTAL_CODE", s)
def T(s): return ("PHONE", s)
def E(s): return ("EMAIL", s)
def B(s): return ("BIRTH_DATE", s)
def BA(s): return ("BANK_ACCOUNT", s)
def PN(s): return ("PENSION_NUMBER", s)
def IN(s): return ("INSURANCE_NUMBER", s)
def DL(s): return ("DRIVER_LICENSE", s)
def PP(s): return ("PASSPORT", s)
def MN(s): return ("MY_NUMBER", s)
def CC(s): return ("CREDIT_CARD", s)
def IP(s): return ("IP_ADDRESS", s)
def RC(s): return ("RESIDENCE_CARD", s)


STYLES = OrderedDict()


def style(key, desc):
    def deco(fn):
        STYLES[key] = (desc, fn)
        return fn
    return deco


def honseki(g, own=False):
    """A 本籍: place names and a 番地 (no 丁目・号), as registers write it."""
    r = g.r
    if own:
        head = ("茨城県" if r.random() < 0.5 else "") + CITY + g.ch(OWN_TOWNS)
    else:
        head = r.choice(PREFS)[0] + r.choice(CITIES)[0] + r.choice(TOWNS)[0]
    return head + g.ch(["%d番地" % r.randint(1, 3000), "%d番" % r.randint(1, 99),
                        f"{kanji_num(r.randint(1, 99))}番地"])


def office_footer(g, d, sect="市民課"):
    st = g.staff()
    d(f"\n――――\n{CITY} {sect}　担当：", P(st.sei[0]), "（内線%d）\n" % g.r.randint(2100, 2999),
      f"代表 {SWITCH} ／ FAX {FAX} ／ {g.shared()}\n")


@style("todoke", "婚姻届・出生届の記載事項：本籍・筆頭者、父母欄で母は名だけ、続柄・証人が欄ごと")
def s_todoke(g, d):
    r = g.r
    d(g.ch(["以下の届書の記載内容に不備がないか確認して\n\n", "", "次の記載事項を戸籍入力用に整理してください。\n"]))
    if r.random() < 0.5:
        h, w = g.name(False), g.name(True)
        d(f"【婚姻届 記載事項】受付番号 {g.case_no()}　届出日 {g.other_date()}\n")
        for role, p in (("夫になる人", h), ("妻になる人", w)):
            fa = g.name(False, sei=p.sei)
            mo = g.name(True)
            sp = g.sp()
            d(f"■{role}\n　氏名\t", P(p.k(sp)), "（よみかた ", P(p.hira(" ")), "）\n　生年月日\t", B(g.birth(1975, 2002)), "\n")
            d("　住所\t", A(g.addr(own=r.random() < 0.5)), "\n　世帯主の氏名\t", P(p.k(sp) if r.random() < 0.6 else fa.k(sp)), "\n")
            d("　本籍\t", A(honseki(g)), "\n　筆頭者の氏名\t", P(fa.k(sp)), "\n")
            d("　父母の氏名\t父 ", P(fa.k(sp)), "　母 ", P(mo.mei[0]), "\t続き柄 ", g.ch(["長男", "二男", "長女", "二女", "三男"]), "\n")
        d("■婚姻後の夫婦の氏　夫の氏　新本籍 ", A(honseki(g, own=True)), "\n")
        for i in range(2):
            wt = g.name()
            d("■証人%s　" % ("一" if i == 0 else "二"), P(wt.k(g.sp())), "　", B(g.birth(1950, 1990)), "生　",
              A(g.addr()), "\n")
    else:
        c, fa, mo = g.name(), g.name(False), g.name(True)
        c.sei = fa.sei
        mo.sei = fa.sei
        d(f"【出生届 記載事項】受付 {g.case_no()}（届出日 {g.other_date()}）\n")
        d("子の氏名：", P(c.k(" ")), "（", P(c.kata(" ")), "）　父母との続き柄：嫡出子 ", g.ch(["長男", "長女", "二男"]), "\n")
        d("生まれたとき：", B(g.birth(2025, 2026, fmt=g.ch([0, 2, 6]))), " 午前%d時%d分\n" % (r.randint(1, 11), r.randint(0, 59)))
        d(f"生まれたところ：茨城県{CITY}栄町二丁目3番地（白樺原市立病院）\n")
        d("住所：", A(g.addr(own=True)), "　世帯主 ", P(fa.k("　")), "（続柄 世帯主）\n")
        d("父 ", P(fa.k(" ")), "　", B(g.birth(1980, 2000)), " 生\n")
        d("母 ", P(mo.k(" ")), "　", B(g.birth(1982, 2002)), " 生\n")
        d("本籍：", A(honseki(g)), "　筆頭者の氏名：", P(fa.k("")), "\n")
        d("届出人：父　電話 ", T(g.mobile()), "（日中連絡可）\n")
    office_footer(g, d)


@style("ininjo", "委任状：代理人と委任者が同じ欄構成で並び、住所・生年月日・本人確認書類番号が続く")
def s_ininjo(g, d):
    r = g.r
    a, b = g.name(), g.name()
    d(g.ch(["委任状の内容をチェックして、足りない項目を教えて\n", "", "窓口で受け取った委任状です。要約して。\n"]))
    d(f"委　任　状\n\n{CITY}長 様\n\n")
    d("（代理人）\n住　所　", A(g.addr(own=True)), "\n氏　名　", P(a.k("　")), "\n生年月日　", B(g.birth(1950, 2000)), "\n電話番号　", T(g.phone()), "\nメール　", E(g.email(a)), "\n\n")
    d("私は、上記の者を代理人と定め、次の事項を委任します。\n")
    if r.random() < 0.5:
        d("1. 住民票の写し（世帯全員・続柄記載）の請求及び受領　%d通\n" % r.randint(1, 3))
    else:
        d("1. 年金の受給に関する手続（基礎年金番号 ", PN(g.pension()), "）\n")
    d(f"2. 印鑑登録証明書の交付申請　1通\n\n{g.other_date()}\n\n")
    d("（委任者）\n住所：", A(g.addr(own=True)), "\n氏名：", P(b.k(g.sp())), "　（自署）\n生年月日：", B(g.birth(1930, 1995)), "\n連絡先：", T(g.phone()), "\n")
    d("\n〔窓口記入欄〕本人確認：代理人の運転免許証 No.", DL(g.license()))
    if r.random() < 0.6:
        d("／委任者の旅券 ", PP(g.passport()), "（写し）")
    else:
        d("／委任者の個人番号カード（個人番号 ", MN(g.my_number()), "）")
    d("\n受付番号 %s　手数料 %d円\n" % (g.case_no(), 300 * r.randint(1, 3)))
    office_footer(g, d)


@style("koufu_third", "住民票の写し等交付請求書（第三者請求）：請求者は士業で事務所の住所・代表電話（非個人）と対象者（個人）が混在")
def s_koufu(g, d):
    r = g.r
    law, tgt, oth = g.name(), g.name(), g.name()
    firm = g.ch(["あおば総合法律事務所", "白樺原司法書士事務所", "つくば中央法律事務所", "北原行政書士事務所"])
    d(g.ch(["第三者請求の内容、疎明資料として足りているか判断材料を整理して\n", "", "以下の請求書を要約して\n"]))
    d(f"住民票の写し等交付請求書（第三者請求用）　受付 {g.case_no()}\n請求日：{g.other_date()}\n")
    d("【請求者】事務所所在地　〒", g.zipc(), "　", g.ch(["東京都千代田区神田錦町三丁目2番地 錦ビル4階", "茨城県水戸市南町二丁目6番10号", "茨城県つくば市吾妻一丁目5番7号"]), "\n")
    d(f"　事務所名　{firm}　代表 {g._land()}\n")
    d("　資格・登録番号　%s 第%d号\n　氏名　" % (g.ch(["弁護士", "司法書士", "行政書士"]), r.randint(10000, 59999)), P(law.k(g.sp())), "　職印\n")
    d("　担当者直通 ", T(g.mobile()), "　メール ", E(g.email(law)), "\n")
    d("【請求の対象者】\n　住所　", A(g.addr(own=True)), "\n　氏名　", P(tgt.k(" ")), "（", P(tgt.kata("")), "）\n　生年月日　", B(g.birth()), "\n")
    d("　世帯主　", P(oth.k(" ")), "\n")
    d("【利用目的】貸金返還請求訴訟の提起のため（債権額 %d万円）\n" % r.randint(30, 900))
    d("【本人確認】職員証明書 ＋ 運転免許証 ", DL(g.license()), "\n")
    d("【送付方法】郵送（オンライン手数料決済 カード ", CC(g.card()), "　有効期限 %02d/%02d）\n" % (r.randint(1, 12), r.randint(27, 31)))
    d("　オンライン申請 送信元IP ", IP(g.ip()), "　申請ID SR-%06d\n" % r.randint(1, 999999))
    office_footer(g, d)


@style("fuhyo", "戸籍の附票の写し：住所の履歴が何行も、住所を定めた日（非個人）が各行に付く")
def s_fuhyo(g, d):
    r = g.r
    p = g.name()
    d(g.ch(["この附票から住所の移り変わりを時系列の表にして\n", "", "附票の写し（OCR済）です\n"]))
    d("戸籍の附票の写し\n本籍　", A(honseki(g, own=True)), "\n氏名　", P(p.k("　")), "\n")
    n = r.randint(4, 6)
    for i in range(n):
        y = 1985 + i * r.randint(3, 7)
        d("%s住所\t" % ("" if i else "(1)"), A(g.addr(own=(i == n - 1))), "\t住所を定めた日 %s%d年%d月%d日\n" % (
            "平成" if y >= 1989 else "昭和", y - (1988 if y >= 1989 else 1925), r.randint(1, 12), r.randint(1, 28)))
    d("名　", P(p.mei[0]), "　生年月日 ", B(g.birth(1950, 1990)), "　（筆頭者 ", P(g.name(sei=p.sei).k("")), "）\n")
    d(f"以上附票に記録されている事項の全部を証明する。\n{g.other_date()}　{CITY}長　職務代理者 副市長 ")
    d(P(g.name().k("　")), f"\n発行番号 {g.case_no()}\n")
    office_footer(g, d)


@style("gensen", "源泉徴収票・給与支払報告書の転記：支払者（法人番号・非個人）と受給者、控除対象扶養親族の氏名と個人番号")
def s_gensen(g, d):
    r = g.r
    p = g.name()
    d(g.ch(["給与支払報告書の内容を住民税システムへ転記する前に確認して\n", "", "以下、源泉徴収票の転記メモ\n"]))
    d("令和%d年分 給与所得の源泉徴収票（転記）\n" % r.randint(6, 7))
    d("支払を受ける者　住所又は居所：", A(g.addr(own=True)), "\n")
    d("　（個人番号）", MN(g.my_number()), "\n　（フリガナ）", P(p.kata(" ")), "\n　氏名　", P(p.k("　")), "\n")
    d("　支払金額 {}円　給与所得控除後 {}円　源泉徴収税額 {}円\n".format(*tuple(format(r.randint(10 ** 6, 9 * 10 ** 6), ",") for _ in range(3))))
    d("控除対象配偶者　", P(g.name(True, sei=p.sei).k(" ")), "　個人番号 ", MN(g.my_number()), "\n")
    for i in range(r.randint(1, 3)):
        c = g.name(sei=p.sei)
        d("控除対象扶養親族%d　(フリガナ) " % (i + 1), P(c.kata("")), "\t", P(c.k(" ")), "\t区分 {}\t".format(g.ch(["特定", "一般", "16歳未満"])), MN(g.my_number()), "\n")
    d("生年月日　", B(g.birth(1960, 2000, fmt=g.ch([0, 1, 6]))), "\n")
    if r.random() < 0.5:
        d("支払者　株式会社{}　法人番号 {}\n　所在地 茨城県白樺原市大橋二丁目1番3号　電話 {}\n".format(
            g.ch(["白樺原精機", "北原運輸", "みどり食品"]), g.houjin(), g._land()))
    else:
        o = g.name()
        d("支払者（個人事業主）　氏名 ", P(o.k(" ")), "（屋号：{}）\n　住所 ".format(g.ch(["すずらん整骨院", "はなみずき商店"])), A(g.addr(own=True)), "　電話 ", T(g.phone()), "\n")
    d("事業所番号 %08d　通知書番号 %s\n" % (r.randint(0, 99999999), g.case_no()))
    office_footer(g, d, "税務課")


@style("jutaku", "市営住宅 入居者台帳：住戸（団地・棟・号室）、同居親族、家賃口座、駐車場の免許番号、緊急連絡先")
def s_jutaku(g, d):
    r = g.r
    h = g.name()
    d(g.ch(["入居者台帳の抜粋です。収入再認定の対象か見て\n", "", "台帳から緊急連絡先を一覧にして\n"]))
    dan = g.ch(["緑町団地", "桜ヶ丘第二団地", "北原住宅"])
    d(f"市営住宅 入居者台帳　管理番号 {g.case_no()}\n")
    d("住戸：", A("%s %d号棟 %d号室" % (dan, r.randint(1, 8), r.randint(1, 5) * 100 + r.randint(1, 8))), "（%s 全%d戸）\n" % (dan, r.randint(24, 96)))
    d("名義人：", P(h.k(" ")), "（", P(h.hira("")), "）　", B(g.birth(1945, 1995)), "生\n")
    d("同居親族：\n")
    for rel in g.r.sample(["妻", "長男", "長女", "母", "孫"], r.randint(1, 3)):
        m = g.name(sei=h.sei)
        d(f"　{rel}　", P(m.mei[0] if r.random() < 0.5 else m.k(" ")), "　", B(g.birth()), "\n")
    f = g.foreign()
    d("　同居人　", P(f[2] + " " + f[3]), "　在留カード ", RC(g.rcard()), "　旅券 ", PP(g.passport()), "\n")
    ec = g.name()
    d("緊急連絡先：", P(ec.k(" ")), "（{}）".format(g.ch(["長男", "妹", "知人"])), T(g.phone()), "　", A(g.addr()), "\n")
    d("家賃：月額{}円　口座振替 白樺原信用金庫 本店(001) 普通 ".format(format(r.randint(15000, 52000), ",")), BA(g.acct()), "\n")
    d("収入：年金収入（基礎年金番号 ", PN(g.pension()), "）\n")
    d("駐車場 %d番　運転免許証番号 " % r.randint(1, 60), DL(g.license()), "　カード払い ", CC(g.card()), "\n")
    office_footer(g, d, "住宅課")


@style("gikai", "市議会 一般質問通告書と答弁者：議員名＋「議員」、部長名、役職だけの答弁者（市長・教育長）が混在")
def s_gikai(g, d):
    r = g.r
    d(g.ch(["通告書から答弁調整表を作って\n", "", "以下の通告内容を部ごとに振り分けて\n"]))
    d("令和%d年第%d回%s議会定例会 一般質問通告書（受付順）\n" % (r.randint(7, 8), r.randint(1, 4), CITY))
    for i in range(r.randint(3, 5)):
        m = g.name()
        bu = g.name()
        post = g.ch(["福祉部長", "市民部長", "建設部長", "教育部長", "総務部長"])
        d("%d. " % (i + 1), P(m.k(g.ch(["", " ", "　"]))), "議員（{}）\n".format(g.ch(["創生会", "市民クラブ", "無所属", "公明"])))
        d("　質問事項：{}\n".format(g.ch(["市営住宅の空き住戸の活用について", "学童保育の待機児童解消について",
                                 "災害時の避難行動要支援者名簿の運用について", "DX推進と窓口業務の改善について"])))
        d("　答弁者：{}・".format(g.ch(["市長", "教育長", "副市長"])), post, " ", P(bu.k(" ")), "\n")
        if r.random() < 0.5:
            d("　（再質問で", P(m.sei[0]), f"議員は{post[:-2]}部長の答弁を求める予定）\n")
    clerk = g.name()
    d("議会事務局 議事調査係 ", P(clerk.k(" ")), " 主査　", E(g.work_email(clerk)), " ／ 共有 ", g.shared("gikai"), "\n")
    d("議長 ", P(g.name().k("　")), f"　提出締切 {g.other_date()} 正午\n")


@style("henrei", "郵便物の返戻記録：「○○方」「様方」「気付」の宛名、転居先不明・あて所に尋ねあたりません")
def s_henrei(g, d):
    r = g.r
    d(g.ch(["返戻郵便の一覧です。再送先を調べる順番を提案して\n", "", "返戻記録をまとめて\n"]))
    d(f"返戻郵便物 処理記録（{g.other_date()} 受付）\n")
    for i in range(r.randint(4, 5)):
        p, host = g.name(), g.name()
        reason = g.ch(["あて所に尋ねあたりません", "転居先不明", "受取拒否", "保管期間経過"])
        kind = r.randint(0, 2)
        d("No.%d　〒" % (i + 1), Z(g.zipc()), " ", A(g.addr()), " ")
        if kind == 0:
            d(P(host.k(" ")), " 方　", P(p.k(" ")), " 様")
        elif kind == 1:
            d(P(host.k("")), "様方　", P(p.k("")), "様")
        else:
            d("株式会社{} 総務部 気付　".format(g.ch(["ひばり建設", "東雲物産", "北原運輸"])), P(p.k(" ")), " 様")
        d("\n　　文書：{}（通知書番号 {}）　理由：{}\n".format(g.ch(["納税通知書", "国保税決定通知", "児童手当現況届"]), g.case_no(), reason))
    d("差出元：〒{} {} {}　電話 {}\n".format(OFFICE_ZIP, OFFICE_ADDR, CITY + "役所 収納課", SWITCH))
    d("処理者：", P(g.name().sei[0]), "（内線%d）\n" % r.randint(2100, 2999))


@style("koaza", "大字・字・小字・番地の・地番の古い住所と山林の所在地（「字」「の」「番地先」を含む）")
def s_koaza(g, d):
    r = g.r
    p = g.name()
    oaza = g.ch(["上根", "北原", "西野", "大橋", "桜ヶ丘"])
    aza = g.ch(["", "字向山", "字堰下"])
    d(g.ch(["固定資産（山林）の所有者照会の回答文を作って\n", "", "以下、林地台帳の照会メモです\n"]))
    d(f"林地台帳 照会番号 {g.case_no()}\n")
    d("所有者：", P(p.k(" ")), "（", P(p.kata("")), "）\n")
    d("所有者住所：", A("茨城県%s大字%s%s%s%d番地の%d" % (CITY, oaza, aza, ("小字" if aza else "字") + g.ch(["向山", "大久保", "蛇沢", "中の坪"]), r.randint(1, 2999), r.randint(1, 9))), "\n")
    d("山林所在：", A("{}大字{}字{}{}番".format(CITY, oaza, g.ch(["奥山", "長根", "一本松", "三ツ石"]), kanji_num(r.randint(11, 99)) if r.random() < 0.4 else str(r.randint(100, 4999)))), "　地目 山林　地積 {}㎡\n".format(format(r.randint(500, 30000), ",")))
    d("　　　　　", A("%s大字%s字%s%d番地先" % (CITY, g.ch(["上根", "北原"]), g.ch(["平", "沢"]), r.randint(1, 999))), "（隣接地、所有者同一）\n")
    if r.random() < 0.6:
        q = g.name()
        d("共有者：", P(q.k(" ")), "　", A(g.r.choice(PREFS)[0] + g.r.choice(CITIES)[0] + "大字" + g.r.choice(TOWNS)[0].rstrip("町") + "字" + g.ch(["前田", "荒井"]) + "%d番地の%d" % (r.randint(1, 999), r.randint(1, 9))), "　電話 ", T(g.phone()), "\n")
    d("課税標準額 %s円　評価額は令和%d年度\n" % (format(r.randint(10000, 900000), ","), r.randint(6, 8)))
    office_footer(g, d, "農林課")


@style("shibou", "死亡届後の手続き案内：故人・相続人・代表相続人の口座、故人の被保険者番号・免許・カードの解約")
def s_shibou(g, d):
    r = g.r
    dead = g.name()
    heir = g.name(sei=dead.sei)
    heir2 = g.name()
    d(g.ch(["ご遺族向けの手続き案内文をやさしい言葉で書き直して\n", "", "以下の内容でお悔やみコーナーのチェックリストを作って\n"]))
    d(f"おくやみ手続き 案内票　受付 {g.case_no()}\n")
    d("故人：", P(dead.k(" ")), " 様（", B(g.birth(1925, 1960)), f"生、{g.other_date()} 死亡）\n")
    d("故人の住所：", A(g.addr(own=True)), "\n")
    d("1. 後期高齢者医療 被保険者証の返却（被保険者番号 ", IN("%08d" % r.randint(10 ** 7, 10 ** 8 - 1)), "）　葬祭費 50,000円\n")
    d("2. 遺族年金の請求（故人の基礎年金番号 ", PN(g.pension()), "）…ねんきんダイヤル 0570-05-1165\n")
    d("3. 運転免許証の返納（", DL(g.license()), "）／クレジットカード解約 ", CC(g.card()), "\n")
    d("4. 故人名義口座の凍結・解約（筑波銀行 中町支店 普通 ", BA(g.acct()), "）\n")
    d("相続人代表：", P(heir.k("　")), "（長男）　", T(g.phone()), "\n　住所 ", A(g.addr()), "\n")
    d("他の相続人：", P(heir2.k(" ")), "（長女・婚姻により改姓）、", P(g.name(sei=dead.sei).mei[0]), "（二男）\n")
    if r.random() < 0.5:
        d("還付金の振込先（代表相続人）：常陽みらい銀行 白樺原支店 店番%03d 普通 " % r.randint(100, 999), BA(g.acct()), "\n")
    else:
        d("還付金の振込先（代表相続人）：ゆうちょ銀行 記号 ", BA("1%04d" % r.randint(0, 9999)), " 番号 ", BA("%08d" % r.randint(10 ** 7 - 1, 10 ** 8 - 1)), "\n")
    d("お問い合わせ：%s 市民課 おくやみ窓口 %s（内線%d）\n" % (CITY, SWITCH, r.randint(2100, 2999)))


@style("kouken", "成年後見の申立て事情説明書：本人・後見人候補者・親族関係を文章で、姓だけ／名だけの言及が多い")
def s_kouken(g, d):
    r = g.r
    hon = g.name()
    kou = g.name()
    sis = g.name(True, sei=hon.sei)
    d(g.ch(["事情説明書の下書きです。時系列で整理して\n", "", "市長申立ての検討資料として要点を箇条書きに\n"]))
    d(f"申立事情説明書（市長申立て検討）　相談番号 {g.case_no()}\n")
    d("本人　", P(hon.k(" ")), "（", B(g.birth(1930, 1960)), "生、%d歳）は、" % r.randint(65, 95), A(g.addr(own=True)), "で独居。")
    d("本人の妹である", P(sis.k("")), "さん（", A(g.addr()), "在住、", T(g.phone()), "）とは十数年交流がない。")
    d("本人の長男", P(g.name(False, sei=hon.sei).mei[0]), "氏は既に死亡しており、その子（孫）の", P(g.name(sei=hon.sei).mei[0]), "さんは未成年である。\n")
    d("後見人候補者：社会福祉士 ", P(kou.k(" ")), "（", P(kou.hira(" ")), "）連絡先 ", E(g.email(kou)), g.ch([f"　事務所 白樺原成年後見センター（法人番号 {g.houjin()}）", "　所属 ぱあとなあ茨城"]), "\n")
    d("財産：白樺原信用金庫 中町支店 普通 ", BA(g.acct()), "（残高 約%d万円）、年金（基礎年金番号 " % r.randint(10, 800), PN(g.pension()), "）\n")
    d("介護保険被保険者番号 ", IN("%010d" % r.randint(10 ** 9, 10 ** 10 - 1)), "、要介護%d。" % r.randint(1, 5))
    d("運転免許（", DL(g.license()), "）は自主返納予定。\n")
    d("地域包括支援センターの", P(g.name().sei[0]), "さんによると、", P(sis.sei[0] if r.random() < 0.5 else sis.mei[0]), "さんは関与を拒否。\n")
    office_footer(g, d, "高齢福祉課")


@style("gakudou", "学童保育の名簿：学年・児童名・保護者・お迎えの人（祖父母等）・連絡先が表形式、学校名は非個人")
def s_gakudou(g, d):
    r = g.r
    d(g.ch(["名簿からお迎え者が未登録の子を抜き出して\n", "", "放課後児童クラブの名簿です。学年別に並べ替えて\n"]))
    club = g.ch(["白樺原第一", "北原小", "栄町"])
    d("%s放課後児童クラブ 在籍名簿（令和%d年度）\n学年\t児童名\t学校\t保護者\t連絡先\tお迎え\n" % (club, r.randint(7, 8)))
    for _i in range(r.randint(4, 6)):
        c = g.name()
        par = g.name(sei=c.sei)
        d("%d年\t" % r.randint(1, 6), P(c.k(" ")), "\t{}小\t".format(g.ch(["白樺原", "北原", "緑町"])), P(par.k("")), "\t", T(g.mobile()), "\t")
        k = r.randint(0, 2)
        if k == 0:
            d("祖母 ", P(g.name(True, sei=c.sei).mei[0]), "\n")
        elif k == 1:
            d("本人帰宅\n")
        else:
            d(P(g.name().k(" ")), "（近所）\n")
    f = g.foreign()
    d("※外国籍保護者 ", P(f[2] + " " + f[3]), "（在留カード ", RC(g.rcard()), "）は通訳アプリ使用\n")
    d("利用料（月{}円）クレジット払い登録：".format(format(r.randint(4000, 9000), ",")), CC(g.card()), "\n")
    d("Web申込 送信元IP ", IP(g.ip()), f"（{g.other_date()}）\n")
    d("支援員：", P(g.name().sei[0]), "・", P(g.name().sei[0]), "　クラブ電話 0295-52-3%03d（固定）\n" % r.randint(0, 999))


@style("jukyusha", "障害福祉サービス受給者証の記載：受給者証番号・事業所番号は非個人、支給決定障害者と児童・保護者は個人")
def s_jukyusha(g, d):
    r = g.r
    d(g.ch(["受給者証の記載事項を更新申請書に写すので、項目ごとに並べて\n", "", "以下を要約して\n"]))
    d("障害福祉サービス受給者証（写し）\n受給者証番号 %010d　市町村番号 08%04d\n" % (r.randint(10 ** 9, 10 ** 10 - 1), r.randint(0, 9999)))
    if r.random() < 0.5:
        c, par = g.name(), g.name()
        par.sei = c.sei
        d("支給決定保護者　居住地 ", A(g.addr(own=True)), "\n　氏名 ", P(par.k(" ")), "　フリガナ ", P(par.kata(" ")), "\n")
        d("支給決定に係る児童　氏名 ", P(c.k(" ")), "　生年月日 ", B(g.birth(2012, 2022)), "\n")
    else:
        p = g.name()
        d("支給決定障害者等　居住地 ", A(g.addr(own=True)), "\n　氏名 ", P(p.k("　")), "（", P(p.hira("")), "）　生年月日 ", B(g.birth(1950, 2004)), "\n")
        d("　個人番号 ", MN(g.my_number()), "（申請書から転記）\n")
    d("障害支援区分 区分%d　サービス種別 %s　支給量 %d日/月\n" % (r.randint(1, 6), g.ch(["生活介護", "就労継続支援B型", "放課後等デイサービス"]), r.randint(8, 23)))
    d("契約事業所 %s（事業所番号 08%08d）\n" % (g.ch(["NPO法人ひだまり", "社会福祉法人白樺会 あおぞら作業所", "合同会社つばさキッズ"]), r.randint(0, 99999999)))
    d("支給期間 {}～{}　利用者負担上限月額 {}円\n".format(g.other_date(), g.other_date(), format(g.ch([0, 4600, 9300, 37200]), ",")))
    d("障害基礎年金 受給中（基礎年金番号 ", PN(g.pension()), "）／代理受領口座 普通 ", BA(g.acct()), "\n")
    d("相談支援専門員：", P(g.name().k(" ")), "（", T(g.mobile()), "）\n")
    office_footer(g, d, "障がい福祉課")


@style("dv", "DV等支援措置の申出書：加害者の氏名・住所・勤務先も個人、閲覧制限対象と住基アクセスログのIP")
def s_dv(g, d):
    r = g.r
    v, perp = g.name(True), g.name(False)
    d(g.ch(["支援措置の申出内容です。関係課への連絡文（要点のみ）を作って\n", "", "DV支援措置の申出書を要約して。加害者情報は漏れないように注意\n"]))
    d(f"住民基本台帳事務における支援措置申出書　受付 {g.case_no()}（{g.other_date()}）\n")
    d("申出者　氏名 ", P(v.k(" ")), "　生年月日 ", B(g.birth(1970, 2002)), "\n　住所 ", A(g.addr(own=True)), "\n　連絡先 ", T(g.mobile()), "（非通知不可）／", E(g.email()), "\n")
    d("併せて支援を求める者　長女 ", P(g.name(True, sei=v.sei).mei[0]), "（", B(g.birth(2012, 2022)), "）\n")
    d("加害者　氏名 ", P(perp.k("")), "（", P(perp.kata("")), "）　続柄 {}\n".format(g.ch(["夫", "元夫", "元交際相手"])))
    d("　生年月日 ", B(g.birth(1965, 2000)), "　住所 ", A(g.addr()), "\n　勤務先 株式会社{}（電話 {}）\n".format(g.ch(["ひばり建設", "北関東物流"]), g._land()))
    d("　携帯 ", T(g.mobile()), "　車両 %s %d %s %d-%02d\n" % (g.ch(["水戸", "土浦", "つくば"]), r.randint(300, 599), g.ch("あさたな"), r.randint(10, 99), r.randint(0, 99)))
    d("本人確認：運転免許証 ", DL(g.license()), "\n")
    d("経済的DV：申出者名義のカード ", CC(g.card()), " を加害者が使用、カード会社へ利用停止を案内済\n")
    d("相談機関意見：白樺原警察署 生活安全課（相談番号 第%d号）\n" % r.randint(100, 999))
    d("〔参考〕住基端末アクセスログ（抜粋）\n")
    for _ in range(r.randint(2, 3)):
        d("2026-%02d-%02d %02d:%02d:%02d " % (r.randint(1, 12), r.randint(1, 28), r.randint(8, 17), r.randint(0, 59), r.randint(0, 59)),
          IP(g.ip()), " user=%s GET /juki/kojin/%06d 200\n" % (g.ch(["k-", "s-", "m-"]) + "%03d" % r.randint(1, 999), r.randint(1, 999999)))
    office_footer(g, d)


@style("case_kaigi", "ケース会議の議事メモ：関係機関の担当者が名字だけ多数（児相 井上、学校 森…）、対象家族は名だけ")
def s_case(g, d):
    r = g.r
    kid = g.name()
    mom = g.name(True, sei=kid.sei)
    d(g.ch(["会議メモを議事録の形に清書して\n", "", "以下、要対協ケース会議のメモ。次回までのタスクを抜き出して\n"]))
    d(f"要保護児童対策地域協議会 個別ケース会議　{g.other_date()} 14:00～　ケース番号 {g.case_no()}\n")
    d("対象：", P(kid.k(" ")), "（%d歳、%s小%d年）、母 " % (r.randint(6, 12), g.ch(["白樺原", "北原"]), r.randint(1, 6)), P(mom.mei[0]), "（", B(g.birth(1980, 2000)), "生）\n")
    orgs = ["児相", "学校", "保健センター", "子ども家庭課", "民生委員", "警察", "保育所"]
    d("出席：")
    for i, o in enumerate(g.r.sample(orgs, r.randint(4, 6))):
        d(("、" if i else ""), f"{o} ", P(g.name().sei[0]))
    d("\n")
    a, b, c = g.name().sei[0], g.name().sei[0], g.name().sei[0]
    d("・母は外国籍（カード番号 ", RC(g.rcard()), f"、在留期限 {g.other_date()}）\n")
    d("・", P(a), "：夏休み明けから欠席が続く。", P(kid.mei[0]), "君は給食を楽しみにしている様子。\n")
    d("・", P(b), "（児相）：前回の一時保護解除後、母の交際相手 ", P(g.name(False).k(" ")), "（%d代）が同居している可能性。\n" % g.ch([20, 30, 40]))
    d("・", P(c), "：介護保険（祖母 ", P(g.name(True, sei=kid.sei).mei[0]), "、被保険者番号 ", IN("%010d" % r.randint(10 ** 9, 10 ** 10 - 1)), "）の利用調整中。\n")
    d("次回：{}、担当 {}課 ".format(g.other_date(), g.ch(["子ども家庭", "こども支援"])), P(g.name().sei[0]), " 主任（直通 ", T("0295-52-%04d" % r.randint(4000, 4999)), "）\n")
    d("※共有は {} のみ（個人アドレス不可）\n".format(g.shared("kosodate")))


@style("iryouhi", "医療費助成の申請：子・保護者、加入健保の記号・番号（枝番・保険者番号は非個人）、振込口座")
def s_iryouhi(g, d):
    r = g.r
    c, par = g.name(), g.name()
    par.sei = c.sei
    d(g.ch(["申請内容に不足がないか確認して\n", "", "小児医療費助成 申請書（電子申請分）を転記用に整理して\n"]))
    d(f"{CITY}小児医療費助成 受給資格登録申請　受付番号 {g.case_no()}\n")
    d("対象児童　", P(c.k(" ")), "（", P(c.kata("")), "）　", B(g.birth(2010, 2025, fmt=g.ch([0, 1, 4, 8]))), "生\n")
    if r.random() < 0.5:
        d("保護者　", P(par.k("　")), "　続柄 {}\n".format(g.ch(["父", "母"])))
    else:
        f = g.foreign()
        d("保護者　", P(f[2] + " " + f[3]), "（", P(g.kata_foreign(f)), "）　在留カード番号 ", RC(g.rcard()), "\n")
    d("住所　〒", Z(g.zipc()), " ", A(g.addr(own=True)), "　電話 ", T(g.phone()), "\n")
    d("加入保険　%s　保険者番号 %08d\n　記号 " % (g.ch(["全国健康保険協会 茨城支部", "白樺原市国民健康保険", "関東ITソフトウェア健康保険組合"]), r.randint(10 ** 7, 10 ** 8 - 1)))
    d(IN("%d" % r.randint(1000, 99999999)), "　番号 ", IN("%d" % r.randint(1, 9999999)), "　枝番 %02d\n" % r.randint(0, 5))
    d("保護者の個人番号 ", MN(g.my_number()), "\n")
    if r.random() < 0.5:
        d("振込口座　{} {}支店 普通 ".format(g.ch(["筑波銀行", "常陽みらい銀行"]), g.ch(["白樺原", "北原", "中町"])), BA(g.acct()), "　名義 ", P(par.kata("")), "\n")
    else:
        d("振込口座　ゆうちょ銀行　記号 ", BA("1%04d" % r.randint(0, 9999)), "　番号 ", BA("%08d" % r.randint(1, 99999999)), "　名義 ", P(par.kata("")), "\n")
    d("電子申請 送信元IP ", IP(g.ip()), f"　受信 {g.other_date()}\n")
    office_footer(g, d, "子育て支援課")


def ocr_split(s, r):
    """Insert stray spaces into s (OCR), never at either end."""
    if len(s) < 3:
        return s
    i = r.randint(1, len(s) - 1)
    return s[:i] + " " + s[i:]


@style("ocr", "手書き申請書のOCR結果：名前の区切りずれ（山田太 郎）、数字の間のスペース、ー/－/‐の混在、字間の空白")
def s_ocr(g, d):
    r = g.r
    p = g.name()
    d(g.ch(["OCRの結果なので誤字を直して清書して\n", "", "スキャンした申請書の文字起こしです、内容を整理してください\n"]))
    d("〔OCR 信頼度 %d%%〕%s 住所変更届\n" % (r.randint(61, 92), CITY))
    nm = p.sei[0] + p.mei[0]
    cut = len(p.sei[0]) + g.ch([-1, 1]) if len(nm) > 2 else 1
    cut = min(max(cut, 1), len(nm) - 1)
    d("氏 名 ", P(nm[:cut] + " " + nm[cut:]), "  ふりがな ", P(p.hira(" ")), "\n")
    bd = g.birth(1940, 2005, fmt=g.ch([0, 3]))
    d("生年月日 ", B(" ".join(bd) if r.random() < 0.5 else bd), "\n")
    ad = g.addr(own=True).replace("-", g.ch(["ー", "‐", "－"]))
    d("新 住 所 ", A(ad), "\n")
    ph = g.mobile()
    ph = " ".join(ph) if r.random() < 0.5 else ph.replace("-", "ー")
    d("電 話 ", T(ph), "\n")
    d("旧 住 所 ", A(g.addr()), "\n")
    mn = g.my_number(grp=0)
    d("個人番号 ", MN(" ".join(mn[i:i + 4] for i in (0, 4, 8)) if r.random() < 0.5 else mn), "\n")
    d("受 付 ", g.other_date(), "  窓口 ", P(g.name().sei[0]), "  No. ", " ".join(str(r.randint(1000, 9999))), "\n")
    d("※ 同 居 人 ", P(ocr_split(g.name().k(""), r)), " ( 長 女 )\n")


@style("lineworks", "LINE WORKSの業務連絡：@メンション、表示名「営業 鈴木」「福祉課_佐藤」、貼り付けられた住民情報")
def s_lineworks(g, d):
    r = g.r
    s1, s2, s3 = g.name(), g.name(), g.name()
    res = g.name()
    dep = g.ch(["市民課", "福祉課", "税務", "窓口"])
    d(g.ch(["このトークの流れを要約して、対応が必要な点を教えて\n\n", "", "↓LINE WORKSのやりとり。上司向けに3行で\n"]))
    d(f"{dep}_", P(s1.sei[0]), "  %02d:%02d\n@" % (r.randint(8, 17), r.randint(0, 59)), P(s2.k(" ")), " さん、今朝の件です。")
    d("住民の", P(res.k("")), "さん（", B(g.birth()), "生）から再度電話あり、折り返し先は ", T(g.phone()), " とのこと。\n")
    d("\n営業 ", P(s2.sei[0]), "  %02d:%02d\n了解です。メールは " % (r.randint(8, 17), r.randint(0, 59)), E(g.email(res)), " でよいですか？\n")
    d("\n", P(s3.k(" ")), "｜%s  既読%d\n" % (dep, r.randint(1, 9)))
    d("@", P(s1.sei[0]), " 念のため住所も→ ", A(g.addr(own=True)), f"、代表番号（{SWITCH}）には回さないで\n")
    d("\n[システム通知] 新しい端末からログインしました IP: ", IP(g.ip()), f"  {g.other_date()}\n")
    d(P(s1.sei[0]), ": 電話で読み上げられたカード番号 ", CC(g.card()), " はメモから消しました\n")
    d(f"共有アドレス {g.shared()} に転送済み\n")


@style("meishi", "名刺の文字起こし：肩書・所属・携帯・メール・住所が縦に1行ずつ、会社の代表番号と所在地は非個人")
def s_meishi(g, d):
    r = g.r
    d(g.ch(["もらった名刺をアドレス帳の形式（氏名/所属/電話/メール）にして\n", "", "名刺%d枚分の文字起こし、CSVにして\n" % 2]))
    for i in range(2):
        p = g.name()
        co = g.ch(["株式会社ひばりシステムズ", "北関東データサービス株式会社", "合同会社つくばラボ", "一般社団法人まちづくり白樺"])
        d("――名刺%d――\n%s\n%s\n%s\n" % (i + 1, co, g.ch(["公共ソリューション部", "営業本部 自治体営業課", "事業推進室"]), g.ch(["課長", "シニアコンサルタント", "主任", "代表理事"])))
        sp = g.ch([" ", "　", "  "])
        d(P(p.k(sp)), "\n", P(p.roma() if r.random() < 0.5 else p.ROMA()), "\n")
        d("〒{} {}\n".format(g.zipc(), g.ch(["東京都港区芝五丁目3番2号 芝NKビル8F", "茨城県つくば市竹園一丁目6番1号", "茨城県白樺原市栄町1-4-2 2階"])))
        d(f"TEL {g._land()}（代表）\n")
        d("直通 ", T(g._land()), "\n" if r.random() < 0.5 else "\nMobile ")
        if d.parts[-1] == "\nMobile ":
            d(T(g.mobile()), "\n")
        d("E-mail ", E(g.email(p)), "\n")
        if r.random() < 0.5:
            d("（裏面）自宅：", A(g.addr()), "\n")
    d(f"※いただいた日：{g.other_date()}　{CITY} 情報政策課 ", P(g.name().sei[0]), "\n")


@style("nenga", "年賀状・喪中はがき送付リスト：連名（夫婦は姓1つに名2つ）、子どもの名前だけ、旧姓（ ）書き")
def s_nenga(g, d):
    r = g.r
    kind = g.ch(["年賀状", "喪中はがき"])
    d(g.ch(["宛名リストを差し込み印刷用に姓・名・住所の列に分けて\n", "", f"{kind}の送付先リスト、重複がないか見て\n"]))
    d(f"{kind} 宛名リスト（課長名義・私用は不可）\n")
    for i in range(r.randint(4, 6)):
        h = g.name(False)
        w = g.name(True, sei=h.sei)
        d("%d\t〒" % (i + 1), Z(g.zipc()), "\t", A(g.addr()), "\t")
        k = r.randint(0, 2)
        if k == 0:
            d(P(h.k(" ")), "・", P(w.mei[0]), " 様")
        elif k == 1:
            d(P(h.k("　")), " 様　", P(w.mei[0]), " 様　", P(g.name(sei=h.sei).mei[0]), "くん　", P(g.name(True).mei[0]), "ちゃん")
        else:
            old = g.name(True)
            d(P(w.k(" ")), "（旧姓 ", P(old.sei[0]), "）様")
        d("\n")
    d("差出人：{} 総務課長（個人名は入れない）　問い合わせ {}\n".format(CITY, g.shared("shimin")))


@style("english_cert", "英文の在職証明・推薦状：英語順の日本の住所、英語の生年月日、旅券番号、市役所住所（非個人）")
def s_english(g, d):
    r = g.r
    p = g.name()
    boss = g.name()
    d(g.ch(["Please proofread this certificate.\n", "", "この英文の在職証明書を日本語に訳して\n"]))
    d("CERTIFICATE OF EMPLOYMENT\n\nShirakabahara City Hall, 1-1-1 Nakamachi, Shirakabahara-shi, Ibaraki 319-3599, Japan\n\n")
    d("To whom it may concern,\n\nThis is to certify that ", P(p.ROMA() if r.random() < 0.5 else p.roma()), g.ch([" (", " ("]))
    d("born ", B(g.birth_en()), "), residing at ")
    a, b, c = r.randint(1, 9), r.randint(1, 30), r.randint(1, 20)
    town = g.ch(["Midori-cho", "Sakaemachi", "Kitahara", "Ohashi"])
    d(A("%d-%d-%d %s, Shirakabahara-shi, Ibaraki" % (a, b, c, town)), " ", Z("319-%04d" % r.randint(3500, 3598)), ", Japan, ")
    d("has been employed by Shirakabahara City as a %s since April 1, %d.\n" % (g.ch(["Senior Clerk", "Public Health Nurse", "Civil Engineer"]), r.randint(2005, 2022)))
    d("Passport No.: ", PP(g.passport()), "\n")
    d("During the planned stay in the U.S., ", P(p.mei[3]), " can be reached at ", E(g.email(p)), " or ", T("+81-%d-%04d-%04d" % (r.choice([70, 80, 90]), r.randint(1000, 9999), r.randint(0, 9999)) if r.random() < 0.5 else g.mobile()), ".\n")
    host = g.name()
    d("Host contact: Dr. ", P(host.roma()), ", ", T(g.na_phone()), "\n")
    f = g.foreign()
    d("Accompanying: ", P(" ".join(w.capitalize() for w in (f[3] + " " + f[2]).split())), " (spouse, Residence Card ", RC(g.rcard()), ", Passport ", PP(g.passport()), ")\n")
    d("\nSincerely,\n", P(boss.roma()), "\nDirector, Human Resources Division\nTel ", SWITCH.replace("0295", "+81-295"), " / ", g.shared("shimin"), "\n")


@style("multilingual", "中国語・韓国語・ベトナム語まじりの窓口メモ：外国人住民の氏名が母語表記・ローマ字・カタカナで、在留カードと旅券")
def s_multi(g, d):
    r = g.r
    lang = g.ch(["中文", "한국어", "Tiếng Việt"])
    # the resident's own name matches the language of the memo (FOREIGN: 0-3 vi, 4-7 zh, 8-11 ko)
    f = FOREIGN[{"Tiếng Việt": 0, "中文": 4, "한국어": 8}[lang] + r.randint(0, 3)]
    d(g.ch(["窓口メモを日本語で整理して、必要な手続きを挙げて\n", "", "外国人住民の相談メモ（通訳同席）を要約\n"]))
    d(f"多言語窓口メモ　相談番号 {g.case_no()}　言語：{lang}　通訳：", P(g.name().sei[0]), "（会計年度任用職員）\n")
    d("氏名（母語）", P(f[0]), "／（在留カード）", P(f[2] + " " + f[3]), "／（カナ）", P(g.kata_foreign(f)), "\n")
    d("在留カード番号 ", RC(g.rcard()), f"　在留期限 {g.other_date()}\n")
    d("旅券番号 ", PP(g.ch(["C", "E", "M", "G"]) + "%08d" % r.randint(0, 99999999)), "　生年月日 ", B(g.ch([g.birth(1975, 2005, fmt=4), g.birth_en(1975, 2005)])), "\n")
    if lang == "中文":
        d("本人说：「我住在", A(g.addr(own=True)), "，电话是", T(g.mobile()), "。」\n")
    elif lang == "한국어":
        d("본인: \"주소는 ", A(g.addr(own=True)), " 이고 전화번호는 ", T(g.mobile()), " 입니다.\"\n")
    else:
        d("Người đến nói: \"Tôi sống ở ", A(g.addr(own=True)), ", số điện thoại ", T(g.mobile()), ".\"\n")
    f2 = g.foreign()
    d("同行：配偶者 ", P(g.kata_foreign(f2)), "（", P(f2[2] + " " + f2[3]), "、在留カード ", RC(g.rcard()), "、旅券 ", PP(g.passport()), "）\n")
    d("勤務先：株式会社{}（技能実習、監理団体 協同組合つくば国際）\n".format(g.ch(["みどり食品", "北原精工"])))
    d("対応：国保加入・児童手当の案内。連絡は {} でも可。\n".format(g.shared("shimin")))


@style("phone_fix", "電話応対メモで名前の聞き間違い訂正（サイトウ→斉藤でなく齋藤）、誤った表記も本人を指すので個人")
def s_phone(g, d):
    r = g.r
    pair = g.ch([("サイトウ", "斉藤", "齋藤"), ("ワタナベ", "渡辺", "渡邊"), ("タカハシ", "高橋", "髙橋"),
                 ("ヤマザキ", "山崎", "山﨑"), ("サワダ", "沢田", "澤田"), ("ハマダ", "浜田", "濱田")])
    p = g.name()
    d(g.ch(["電話メモを引き継ぎ用に清書して\n", "", "以下の電話メモ、折り返し前に要点だけ\n"]))
    d("電話応対メモ %s %02d:%02d　受：" % (g.other_date(), r.randint(8, 17), r.randint(0, 59)), P(g.name().sei[0]), "\n")
    d("相手：", P(pair[0] + " " + p.mei[2]), " 様\n（漢字：", P(pair[0]), "→", P(pair[1]), "でなく", P(pair[2]),
      "。フルネームは ", P(pair[2] + " " + p.mei[0]), "、本人確認済）\n")
    d("生年月日 ", B(g.birth(fmt=g.ch([0, 2, 8]))), "、折り返し先 ", T(g.phone()), "（%d時以降）\n" % r.randint(13, 18))
    k = r.randint(0, 2)
    if k == 0:
        d("用件：年金の記録について。基礎年金番号 ", PN(g.pension()), " を読み上げられた（ねんきんダイヤル案内済）\n")
    elif k == 1:
        d("用件：ふるさと納税の寄附。カード番号 ", CC(g.card()), " を口頭で言われたため記録せず決済代行へ誘導…のはずが書いてしまった\n")
    else:
        d("用件：旅券の受取日。旅券番号 ", PP(g.passport()), f"、受付番号 {g.case_no()}\n")
    d("※前回メモの「", P(pair[1] + p.mei[0]), "」は誤り。", P(pair[2]), "さんの名は「", P(p.mei[1]), "」と読む\n")
    d(f"折り返しは課の代表 {SWITCH} から（個人携帯不可）\n")


@style("tenshutsu", "引っ越し時の転出届：旧住所・新住所・世帯全員の氏名と生年月日が表で、マイナポータル送信元IP")
def s_tenshutsu(g, d):
    r = g.r
    h = g.name(False)
    d(g.ch(["転出届の内容を確認して、転出証明書の記載事項を作って\n", "", "マイナポータル経由の転出届です。要約して\n"]))
    d(f"転出届（オンライン）　受付番号 {g.case_no()}　届出日 {g.other_date()}　転出予定日 {g.other_date()}\n")
    d("旧住所\t", A(g.addr(own=True)), "\n新住所\t〒", Z(g.zipc()), "\t", A(g.addr()), "\n")
    d("世帯主\t", P(h.k(" ")), "\n電話\t", T(g.phone()), "\n\n| 氏名 | フリガナ | 生年月日 | 続柄 | 個人番号 |\n|---|---|---|---|---|\n")
    fmt = r.randint(0, 8)
    for rel in ["世帯主", "妻", *g.r.sample(["子", "子", "母"], r.randint(1, 2))]:
        m = h if rel == "世帯主" else g.name(True if rel in ("妻", "母") else None, sei=h.sei)
        lo, hi = {"世帯主": (1960, 1995), "妻": (1962, 1998), "母": (1930, 1960), "子": (2005, 2025)}[rel]
        d("| ", P(m.k(" ")), " | ", P(m.kata(" ")), " | ", B(g.birth(lo, hi, fmt=fmt)), f" | {rel} | ")
        if rel == "世帯主":
            d(MN(g.my_number()), " |\n")
        else:
            d("（省略） |\n")
    if True:
        f = g.foreign()
        d("| ", P(g.kata_foreign(f)), " | ", P(f[2] + " " + f[3]), " | ", B(g.birth(1980, 2000, fmt=4)), " | 同居人 | 在留カード ", RC(g.rcard()), " |\n")
    d("国保 記号 ", IN("%d" % r.randint(10, 9999)), " 番号 ", IN("%d" % r.randint(10000, 999999)), "（返却済）\n基礎年金番号 世帯主 ", PN(g.pension()), "／妻 ", PN(g.pension()), "\n")
    d("本人確認 運転免許証 ", DL(g.license()), "／国外転出の場合 旅券 ", PP(g.passport()), "\n")
    d("水道料金 精算（お客様番号 %08d）：クレジット払い " % r.randint(0, 99999999), CC(g.card()), " の登録を転出日で停止\n")
    d("送信元IP ", IP(g.ip()), "　電子署名検証 OK\n")
    office_footer(g, d)


def check(text, ents, doc_id):
    prev = 0
    for e in ents:
        s, t = e["start"], e["end"]
        if s >= t or text[s:t] != e["text"] or s < prev or e["text"] != e["text"].strip():
            raise SystemExit(f"{doc_id}: bad span {e!r}")
        prev = t


def build():
    g = G(SEED)
    docs = []
    for _rnd in range(3):
        for key, (_desc, fn) in STYLES.items():
            d = Doc()
            fn(g, d)
            docs.append((key, d))
    docs.sort(key=lambda kd: list(STYLES).index(kd[0]))
    out = []
    for i, (key, d) in enumerate(docs, 1):
        doc_id = "u11-%03d" % i
        text = d.text()
        check(text, d.ents, doc_id)
        out.append({"id": doc_id, "style": key, "text": text, "entities": d.ents})
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    docs = build()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    per_type, per_style, chars = Counter(), OrderedDict(), 0
    for doc in docs:
        chars += len(doc["text"])
        st = per_style.setdefault(doc["style"], [0, 0])
        st[0] += 1
        st[1] += len(doc["entities"])
        for e in doc["entities"]:
            per_type[e["type"]] += 1
    print("documents %d, labelled items %d, characters %d" % (len(docs), sum(per_type.values()), chars))
    print("per type:")
    for t, n in per_type.most_common():
        print("  %-17s %4d" % (t, n))
    print("per style (documents, items):")
    for k, (n, m) in per_style.items():
        print("  %-14s %d %4d  %s" % (k, n, m, STYLES[k][0]))


if __name__ == "__main__":
    main()
