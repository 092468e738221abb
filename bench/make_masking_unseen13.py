"""Blind labelled masking corpus unseen13 (fictional municipal documents of 白樺台市).

Standard library only, fixed seed, byte-for-byte reproducible.  Every document is built from
plain and labelled pieces, so offsets are computed, never searched; all spans are re-read from
the final text before anything is written.

    python bench/make_masking_unseen13.py   # writes tests/masking_unseen13/data/unseen13.jsonl
"""
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = Path("/work/shared/data/gimei-synthetic-source")
OUT = ROOT / "tests" / "masking_unseen13" / "data" / "unseen13.jsonl"
R = random.Random(20261207)

ROW = re.compile(r"^\s*- \['([^']*)', '([^']*)', '([^']*)', '([^']*)'\]\s*$")


def load(path, sections):
    cur, res = None, {s: [] for s in sections}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s*(\w+):\s*$", line)
        if m and m.group(1) in res:
            cur = m.group(1)
            continue
        r = ROW.match(line)
        if r and cur:
            res[cur].append(r.groups())
    return res


N = load(SRC / "names.yml", ["male", "female", "last_name"])
A = load(SRC / "addresses.yml", ["prefecture", "city", "town"])

# hand-added rare surnames that read as words / numerals / calendar words
RARE_SEI = [("一二三", "ひふみ", "Hifumi"), ("四月一日", "わたぬき", "Watanuki"), ("八月一日", "ほずみ", "Hozumi"),
            ("小鳥遊", "たかなし", "Takanashi"), ("十", "つなし", "Tsunashi"), ("百", "もも", "Momo"),
            ("万", "よろず", "Yorozu"), ("朔日", "ついたち", "Tsuitachi"), ("五月女", "そうとめ", "Soutome"),
            ("春日", "かすが", "Kasuga"), ("元日", "がんじつ", "Ganjitsu"), ("日向", "ひなた", "Hinata"),
            ("今日", "きょう", "Kyou"), ("正月", "しょうがつ", "Shougatsu"), ("平和", "ひらわ", "Hirawa"),
            ("市長", "いちなが", "Ichinaga"), ("住所", "すみところ", "Sumitokoro"), ("東", "あずま", "Azuma"),
            ("九", "いちじく", "Ichijiku"), ("七夕", "たなばた", "Tanabata")]
WORD_MEI = [("希望", "のぞみ", "Nozomi"), ("光", "ひかる", "Hikaru"), ("誠", "まこと", "Makoto"),
            ("翼", "つばさ", "Tsubasa"), ("空", "そら", "Sora"), ("桜", "さくら", "Sakura"),
            ("学", "まなぶ", "Manabu"), ("正義", "まさよし", "Masayoshi"), ("勝利", "かつとし", "Katsutoshi"),
            ("実", "みのる", "Minoru"), ("進", "すすむ", "Susumu"), ("和", "かず", "Kazu"),
            ("明日香", "あすか", "Asuka"), ("司", "つかさ", "Tsukasa"), ("保", "たもつ", "Tamotsu")]
FOREIGN = [(("グエン", "ヴァン", "ナム"), "NGUYEN", "VAN NAM", "ベトナム"), (("マリア", "サントス"), "SANTOS", "MARIA", "フィリピン"),
           (("ワン", "リン"), "WANG", "LIN", "中国"), (("キム", "ミンジュ"), "KIM", "MINJU", "韓国"),
           (("プリヤ", "シャルマ"), "SHARMA", "PRIYA", "インド"), (("ホセ", "ガルシア"), "GARCIA", "JOSE", "ペルー"),
           (("チャン", "ティ", "フオン"), "TRAN", "THI HUONG", "ベトナム"), (("アナ", "ペレイラ"), "PEREIRA", "ANA", "ブラジル"),
           (("ラジ", "タパ"), "THAPA", "RAJ", "ネパール"), (("リ", "ウェイ"), "LI", "WEI", "中国"),
           (("ジョン", "スミス"), "SMITH", "JOHN", "米国"), (("ファム", "ドゥック", "アイン"), "PHAM", "DUC ANH", "ベトナム"),
           (("サラ", "ミラー"), "MILLER", "SARAH", "米国"), (("ルイス", "フェルナンデス"), "FERNANDEZ", "LUIS", "ブラジル"),
           (("チョウ", "メイ"), "ZHOU", "MEI", "中国"), (("レ", "ティ", "ラン"), "LE", "THI LAN", "ベトナム"),
           (("ビシュヌ", "グルン"), "GURUNG", "BISHNU", "ネパール"), (("パク", "ソヨン"), "PARK", "SOYEON", "韓国"),
           (("ジョセフ", "レイエス"), "REYES", "JOSEPH", "フィリピン"), (("シティ", "ヌルハリザ"), "NURHALIZA", "SITI", "インドネシア")]

# half-width kana table built from Unicode, not typed by hand
HW = {}
for cp in range(0xFF66, 0xFF9E):
    c = chr(cp)
    HW[unicodedata.normalize("NFKC", c)] = c
    for mark in ("\uff9e", "\uff9f"):
        full = unicodedata.normalize("NFKC", c + mark)
        if len(full) == 1:
            HW[full] = c + mark
HW["　"] = " "


def hankaku(s):
    return "".join(HW.get(ch, ch) for ch in s)


def kata(s):
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def z(s):
    return s.translate(ZEN)


KN = "〇一二三四五六七八九"


def kanjinum(n):
    if n < 10:
        return KN[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else KN[t]) + "十" + ("" if o == 0 else KN[o])


class Person:
    def __init__(self, rare=False, sex=None):
        sex = sex or R.choice(["male", "female"])
        if rare and R.random() < 0.5:
            k, h, r = R.choice(RARE_SEI)
            self.sei = (k, h, kata(h), r)
        else:
            self.sei = R.choice(N["last_name"])
        if rare and R.random() < 0.5:
            k, h, r = R.choice(WORD_MEI)
            self.mei = (k, h, kata(h), r)
        else:
            self.mei = R.choice(N[sex])
        self.sex = sex

    def kanji(self, sp=None):
        sp = R.choice(["　", "　", " ", ""]) if sp is None else sp
        return self.sei[0] + sp + self.mei[0]

    def kana(self, sp="　"):
        return self.sei[1] + sp + self.mei[1]

    def kata(self, sp="　"):
        return self.sei[2] + sp + self.mei[2]

    def hw(self):
        return hankaku(self.sei[2]) + " " + hankaku(self.mei[2])

    def roma(self, order=None):
        order = order or R.choice(["SG", "GS"])
        if order == "SG":
            return self.sei[3].upper() + " " + self.mei[3].upper()
        return self.mei[3] + " " + self.sei[3]


class Foreigner:
    def __init__(self):
        self.kparts, self.SUR, self.GIV, self.nation = R.choice(FOREIGN)

    def katakana(self):
        return R.choice(["・", "　", ""]).join(self.kparts)

    def passport(self):
        return self.SUR + " " + self.GIV

    def western(self):
        return self.GIV.title() + " " + self.SUR.title()


def P(x):
    return ("PERSON", x)


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def phone():
    k = R.random()
    if k < 0.5:
        return R.choice(["090", "080", "070"]) + "-" + d(4) + "-" + d(4)
    if k < 0.8:
        return "0267-" + R.choice(["3", "4", "6", "8"]) + d(1) + "-" + d(4)
    a = R.choice(["03", "06", "052", "026"])
    return a + "-" + d(4 if len(a) == 2 else 3) + "-" + d(4)


def mobile():
    return R.choice(["090", "080", "070"]) + "-" + d(4) + "-" + d(4)


def phone_na():
    return "+1 (" + R.choice(["206", "415", "617", "312"]) + ") 555-01" + d(2)


def mynumber(sep=""):
    p = [R.randint(0, 9) for _ in range(11)]
    s = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        s += p[11 - n] * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    x = "".join(map(str, p)) + str(c)
    return x if not sep else sep.join([x[:4], x[4:8], x[8:]])


def card(sep=""):
    digits = [4] + [R.randint(0, 9) for _ in range(14)]
    tot = 0
    for i, v in enumerate(reversed(digits)):
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        tot += v
    digits.append((10 - tot % 10) % 10)
    x = "".join(map(str, digits))
    return x if not sep else sep.join([x[i:i + 4] for i in range(0, 16, 4)])


def pension():
    return d(4) + R.choice(["-", " ", ""]) + d(6)


def ip():
    return R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(2, 254))


def resid():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return R.choice(L) + R.choice(L) + d(8) + R.choice(L) + R.choice(L)


def email(p):
    user = R.choice([p.sei[3].lower() + "." + p.mei[3].lower(), p.mei[3].lower() + d(2),
                     p.sei[3].lower()[:4] + "_" + d(3)])
    return user + "@" + R.choice(["example.com", "example.ne.jp", "example.org", "mail.example.jp"])


def staff_mail(p):
    return p.sei[3].lower() + "-" + p.mei[3][0].lower() + "@city.shirakabadai.example.jp"


def postal():
    return d(3) + "-" + d(4)


def local_postal():
    # residents of the fictional city share its 389-0xxx range (the office itself is 389-0592)
    return "389-0" + R.choice(["1", "2", "3", "4"]) + d(2)


def birth(lo=1935, hi=2020):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def age(ymd):
    y, m, dd = ymd
    return 2026 - y - (1 if (m, dd) > (12, 7) else 0)


def wareki(y):
    if y >= 2019:
        return "令和", y - 2018, "R"
    if y >= 1989:
        return "平成", y - 1988, "H"
    return "昭和", y - 1925, "S"


def bdate(ymd, form=None):
    y, m, dd = ymd
    era, ey, ab = wareki(y)
    form = form if form is not None else R.randint(0, 6)
    if form == 0:
        return f"{era}{ey}年{m}月{dd}日"
    if form == 1:
        return f"{ab}{ey}.{m}.{dd}"
    if form == 2:
        return f"{era}{kanjinum(ey)}年{kanjinum(m)}月{kanjinum(dd)}日"
    if form == 3:
        return f"{y}/{m:02d}/{dd:02d}"
    if form == 4:
        return f"{y}年{m}月{dd}日"
    if form == 5:
        return z(f"{era}{ey}年{m}月{dd}日")
    return f"{ab}{ey:02d}{m:02d}{dd:02d}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def en_date(ymd):
    y, m, dd = ymd
    return R.choice([f"{MONTHS[m - 1]} {dd}, {y}", f"{dd} {MONTHS[m - 1]} {y}"])


BLDG = ["コーポ白樺", "ハイツ若葉", "グランドメゾン東", "サンライズ駅前", "市営緑ヶ丘団地", "レジデンス桜通り",
        "メゾン・ド・ソレイユ", "県営西原住宅"]


def street():
    a, b, c = R.randint(1, 9), R.randint(1, 30), R.randint(1, 25)
    k = R.randint(0, 5)
    if k == 0:
        s = f"{a}丁目{b}番{c}号"
    elif k == 1:
        s = f"{kanjinum(a)}丁目{b}-{c}"
    elif k == 2:
        s = f"{a}-{b}-{c}"
    elif k == 3:
        s = z(f"{a}-{b}-{c}")
    elif k == 4:
        s = f"{R.randint(100, 2999)}番地{c}"
    else:
        s = f"字{R.choice(['中原', '上ノ台', '北沢'])}{R.randint(10, 999)}番地"
    if R.random() < 0.4:
        s += R.choice(["　", " ", ""]) + R.choice(BLDG) + R.choice([f"{R.randint(1, 5)}0{R.randint(1, 9)}号室",
                                                                     f" {R.randint(1, 5)}0{R.randint(1, 9)}",
                                                                     f"{R.randint(1, 12)}号棟{R.randint(1, 5)}0{R.randint(1, 9)}号"])
    return s


def address(pref=None):
    pref = R.random() < 0.6 if pref is None else pref
    s = (R.choice(A["prefecture"])[0] if pref else "") + R.choice(A["city"])[0] + R.choice(A["town"])[0] + street()
    return s


def local_address():
    # a resident of the fictional city itself
    return R.choice(["", "長野県"]) + "白樺台市" + R.choice(["本町", "若葉町", "北沢", "駅南", "緑ヶ丘"]) + street()


# ---------------------------------------------------------------- the office (distractors)
CITY = "白樺台市"
TEL = "0267-48-2111"
OFFICE_ZIP = "389-0592"
OFFICE_ADDR = "長野県白樺台市本町二丁目3番1号"
SHARED = ["kosodate@city.shirakabadai.example.jp", "kaigo@city.shirakabadai.example.jp",
          "zeimu@city.shirakabadai.example.jp", "soudan@city.shirakabadai.example.jp",
          "shimin@city.shirakabadai.example.jp"]
HOUJIN = "8000020203921"
BANKS = ["八十二銀行　白樺台支店", "白樺台信用金庫　本店営業部", "みなみアルプス農業協同組合 駅前支所", "長野県労働金庫 東支店"]
SCHOOLS = ["白樺台市立北小学校", "白樺台市立第二中学校", "わかば保育園", "県立白樺台高等学校"]
COMPANIES = ["株式会社高原サービス", "白樺台ケアセンター有限会社", "社会福祉法人あかつき会", "東信エネルギー株式会社"]
POSTS = ["係長", "主事", "主任", "課長補佐", "保健師", "社会福祉士", "主査"]
DEPTS = ["福祉課", "介護保険課", "市民課", "税務課", "子育て支援課", "保険年金課", "環境課"]


def rday(y=2026):
    return f"{y}年{R.randint(1, 12)}月{R.randint(1, 28)}日"


def reiwa_day():
    return f"令和{R.choice(['7', '8'])}年{R.randint(1, 12)}月{R.randint(1, 28)}日"


def case_no():
    return f"R{R.choice(['7', '8'])}-{R.choice(['福', '介', '子', '市'])}-{R.randint(1, 999):04d}"


def amount():
    return f"{R.randint(1, 300) * 100:,}円"


def office_footer(doc, staff=None, dept="介護保険課", mail=SHARED[1]):
    doc.t(f"\n{CITY}役所 {dept}\n〒{OFFICE_ZIP} {OFFICE_ADDR}\nTEL {TEL}（内線{R.randint(2100, 2899)}）")
    doc.t(f"\nE-mail: {mail}")
    if staff:
        doc.t("\n担当：")
        doc.e("PERSON", staff.kanji())
        if R.random() < 0.6:
            doc.t("（直通 ")
            doc.e("PHONE", "0267-48-" + d(4))
            doc.t("）")
    doc.t("\n")


class Doc:
    def __init__(self, style):
        self.style, self.parts, self.ents, self.n = style, [], [], 0

    def t(self, *xs):
        for x in xs:
            self.parts.append(x)
            self.n += len(x)
        return self

    def e(self, typ, x):
        self.ents.append((typ, self.n, self.n + len(x), x))
        return self.t(x)

    def f(self, tpl, **kw):
        for i, piece in enumerate(re.split(r"\{(\w+)\}", tpl)):
            if i % 2 == 0:
                self.t(piece)
                continue
            v = kw[piece]
            vals = v if isinstance(v, list) else [v]
            for one in vals:
                if isinstance(one, tuple):
                    self.e(*one)
                else:
                    self.t(one)
        return self

    def final(self):
        text = "".join(self.parts)
        prev = 0
        ents = []
        for typ, s, e, x in self.ents:
            span = text[s:e]
            if span != x or not span or s < prev or span != span.strip():
                sys.exit(f"bad span {typ} {s}:{e} {x!r} vs {span!r} in {self.style}")
            prev = e
            ents.append({"type": typ, "start": s, "end": e, "text": span})
        return text, ents


def req(doc, p=0.5):
    if R.random() < p:
        doc.t(R.choice(["以下を要約して。\n", "次の文書の要点を3行でまとめてください。\n\n", "この内容を丁寧な文面に直して\n",
                        "以下の記録から課題を箇条書きにして\n---\n", "下記の一覧を集計して、件数を教えてください\n"]))


# ---------------------------------------------------------------- styles
def s_letter_notice():
    doc, p, st = Doc("letter_notice"), Person(), Person()
    req(doc, 0.3)
    doc.f("〒{Z}\n{A}\n{N}　様\n\n", Z=("POSTAL_CODE", local_postal()), A=("ADDRESS", local_address()), N=P(p.kanji()))
    doc.t(f"{CITY}介{R.randint(100, 999)}号\n{reiwa_day()}\n\n{CITY}長\n\n介護保険料額決定通知書の送付について\n\n")
    doc.t(f"　日頃より介護保険事業にご理解をいただきありがとうございます。令和8年度の保険料は年額{R.randint(300, 1200) * 100:,}円です。\n")
    doc.f("被保険者番号　{I}\n生年月日　{B}\n通知書番号 {X}\n", I=("INSURANCE_NUMBER", d(10)),
          B=("BIRTH_DATE", bdate(birth(1930, 1960))), X=d(12))
    doc.t("　納期限は各月末日です。第" + kanjinum(R.randint(2, 40)) + "条の規定により減免の申請ができます。\n")
    office_footer(doc, st)
    return doc


def s_letter_reply():
    doc, p, st = Doc("letter_reply_complaint"), Person(rare=True), Person()
    doc.f("{N}様\n\n", N=P(p.kanji()))
    doc.t(f"{reiwa_day()}付けでお寄せいただいたご意見（受付番号 {R.randint(2026000, 2026999)}）について、下記のとおり回答します。\n\n")
    doc.f("　ご指摘の{A}付近の街路灯は、{C}に修繕を依頼しました。ご自宅（{H}）前の側溝については現地を確認のうえ、担当の{S}からお電話（{T}）でご連絡します。\n",
          A="白樺台市若葉町3丁目交差点", C=R.choice(COMPANIES), H=("ADDRESS", local_address()),
          S=[P(st.sei[0]), R.choice(POSTS)], T=("PHONE", phone()))
    doc.t(f"\n{CITY}建設課長\n（問合せ）TEL {TEL} 内線{R.randint(3100, 3199)}\n")
    return doc


def s_letter_en():
    doc, f, st = Doc("letter_english"), Foreigner(), Person()
    doc.t(f"Shirakabadai City Hall, International Affairs Desk\n2-3-1 Honmachi, Shirakabadai-shi, Nagano {OFFICE_ZIP}\n{reiwa_day()}\n\n")
    doc.f("{N}\n{A} {Z}", N=P(f.western()), A=("ADDRESS", f"{R.randint(1, 30)}-{R.randint(1, 20)} Wakabacho, Shirakabadai-shi, Nagano"),
          Z=("POSTAL_CODE", local_postal()))
    doc.f("\nJapan\n\nDear {G},\n\nThank you for visiting our counter on {D}. We confirmed your residence card ({RC}) and your passport ({PP}). "
          "Your date of birth is registered as {B}. If anything is wrong, please call us at +81-267-48-2111 (ext. 1402) "
          "or write to {M}.\nYour family in the U.S. listed {T} as an emergency contact.\n\nSincerely,\n{S}\nCoordinator for International Relations\n",
          G=["Mr./Ms. ", P(f.SUR.title())], D=f"{MONTHS[R.randint(0, 11)]} {R.randint(1, 28)}, 2026", RC=("RESIDENCE_CARD", resid()),
          PP=("PASSPORT", R.choice(["C", "N", "P"]) + d(8)),
          B=("BIRTH_DATE", en_date(birth(1960, 2004))), M="kokusai@city.shirakabadai.example.jp", T=("PHONE", phone_na()),
          S=P(st.roma("GS")))
    return doc


def s_minutes_council():
    doc = Doc("minutes_council")
    req(doc, 0.6)
    mem = [Person(rare=True) for _ in range(5)]
    staff = [Person() for _ in range(2)]
    doc.t(f"第{R.randint(2, 9)}回 {CITY}地域福祉計画推進委員会 会議録\n日時　{reiwa_day()} 午後2時〜3時40分\n場所　市役所3階 第2会議室\n出席委員　")
    for i, m in enumerate(mem):
        doc.f("{N}{T}", N=P(m.kanji()), T=("（委員長）" if i == 0 else "") + ("、" if i < 4 else "\n"))
    doc.f("事務局　福祉課長 {A}、同課 {P} {B}\n\n", A=P(staff[0].kanji()), P=R.choice(POSTS), B=P(staff[1].kanji()))
    doc.f("1 開会\n{A}委員長：ただいまから会議を開きます。\n2 議事\n{B}委員　資料2の見守り件数（{K}件）は前年より増えているのか。\n"
          "{C}（事務局）　はい、{K2}件増えています。\n{D}委員：{S}との連携はどうなっているか。\n{A2}委員長　次回は{R}に開催します。\n",
          A=P(mem[0].sei[0]), B=P(mem[1].sei[0]), K=str(R.randint(200, 900)), C=P(staff[1].sei[0]), K2=str(R.randint(5, 80)),
          D=P(mem[2].kanji()), S=R.choice(COMPANIES), A2=P(mem[0].sei[0]), R=reiwa_day())
    doc.f("\n（記録　{W}）\n", W=P(staff[1].kanji()))
    return doc


def s_minutes_case():
    doc, p, fam, cm, hs = Doc("minutes_case_conference"), Person(), Person(), Person(), Person()
    fam.sei = p.sei
    req(doc, 0.5)
    doc.t(f"地域ケア個別会議　記録\n開催日：{reiwa_day()}　ケース番号 {case_no()}\n")
    b = birth(1930, 1955)
    doc.f("対象者：{N}（{K}）　{AGE}歳　{B}生\n住所：{A}\n介護保険被保険者番号：{I}　要介護2\n",
          N=P(p.kanji()), K=P(p.kana()), AGE=str(age(b)), B=("BIRTH_DATE", bdate(b)),
          A=("ADDRESS", local_address()), I=("INSURANCE_NUMBER", d(10)))
    doc.f("参加者：長男 {F}、{C}ケアマネジャー {CM}、地域包括支援センター 保健師 {H}\n\n",
          F=P(fam.kanji()), C=R.choice(COMPANIES), CM=P(cm.kanji()), H=P(hs.kanji()))
    doc.f("【経過】\n・{D}、{S}さんが自宅で転倒。長男（{T}）が発見。\n・デイサービス週2回→3回へ変更を検討。利用料は月{M}程度。\n"
          "【方針】\n{CM2}CMがプラン変更案を作成し、次回{R}に再検討。\n",
          D=reiwa_day(), S=P(p.sei[0]), T=("PHONE", phone()), M=amount(), CM2=P(cm.sei[0]), R=reiwa_day())
    return doc


def s_complaint_record():
    doc, p, nb, st = Doc("complaint_record"), Person(rare=True), Person(), Person()
    req(doc, 0.6)
    doc.f("苦情・要望受付記録票\n受付番号\t{X}\n受付日時\t{D} 10:{M}\n受付者\t環境課 {S}\n申出人\t{N}\t（{K}）\n"
          "連絡先\t{T}\n住所\t{A}\n", X=f"環-{R.randint(1, 400):03d}", D=reiwa_day(), M=f"{R.randint(0, 59):02d}",
          S=P(st.kanji()), N=P(p.kanji()), K=P(p.kata()), T=("PHONE", phone()), A=("ADDRESS", local_address()))
    doc.f("内容\t隣家の{NB}さん宅から夜間に犬の鳴き声がひどい。以前にも{D2}に相談したが改善しない。"
          "市の条例第{J}条で対応できないか。\n対応\t{C}へ照会予定。申出人の氏名は相手方に伝えないことを確認。\n",
          NB=P(nb.sei[0]), D2=reiwa_day(), J=str(R.randint(3, 20)), C="保健所（0267-62-1000）")
    return doc


def s_phone_memo():
    doc, p, st1, st2 = Doc("phone_memo"), Person(), Person(), Person()
    doc.f("{A}さんへ　伝言メモ\n{H}時{M}分　{N}様より電話\n",
          A=P(st1.sei[0]), H=str(R.randint(9, 16)), M=str(R.randint(0, 59)), N=P(p.kanji(R.choice(["", " "]))))
    doc.f("「先日の申請（{X}）の件で折り返しほしい」とのこと\n携帯　{T}\n（日中は{T2}へ）\n受 {S}\n",
          X=f"受付No.{R.randint(100, 999)}", T=("PHONE", z(phone()) if R.random() < 0.4 else phone()),
          T2=("PHONE", phone()), S=P(st2.sei[0]))
    return doc


def s_welfare_case():
    doc, p, sp, ch, cw = Doc("welfare_case_record"), Person(), Person(), Person(), Person()
    sp.sei = ch.sei = p.sei
    req(doc, 0.5)
    doc.t(f"生活保護ケース記録（{case_no()}）\n{reiwa_day()}　訪問\n")
    doc.f("世帯主　{N}（{B}生）\n妻　{S}\n長女　{C}（{SC} {G}年）\n",
          N=P(p.kanji()), B=("BIRTH_DATE", bdate(birth(1960, 1985))), S=P(sp.mei[0]), C=P(ch.mei[0]),
          SC=R.choice(SCHOOLS), G=str(R.randint(1, 6)))
    doc.f("基礎年金番号 {PN}　障害基礎年金2級（月額{M}）\n保護費振込先：{BK} 普通 {AC}\n",
          PN=("PENSION_NUMBER", pension()), M=amount(), BK=R.choice(BANKS), AC=("BANK_ACCOUNT", d(7)))
    doc.f("本人の話：先月から{W}の仕事が減った。妻の実家（{A}）に援助を頼めないか相談中。\n所見：{CW}（CW）から就労指導。次回訪問{R}。\n",
          W=R.choice(COMPANIES), A=("ADDRESS", address(True)), CW=P(cw.kanji()), R=reiwa_day())
    return doc


def s_child_visit():
    doc, mo, ch, ph = Doc("welfare_home_visit"), Person(sex="female"), Person(rare=True), Person()
    ch.sei = mo.sei
    doc.f("家庭訪問記録（子ども家庭支援）\n訪問日 {D}　訪問者 {PH}保健師・{S}\n", D=reiwa_day(), PH=P(ph.sei[0]), S=P(Person().kanji()))
    b = birth(1988, 2003)
    doc.f("母：{M}（{MB}生、{AGE}歳）　{T}\n子：{C}ちゃん　{CB}生\n", M=P(mo.kanji()), MB=("BIRTH_DATE", bdate(b)),
          AGE=str(age(b)), T=("PHONE", phone()), C=P(ch.mei[0]), CB=("BIRTH_DATE", bdate(birth(2023, 2026))))
    doc.f("住所：{A}\n\n4か月健診（{R}）未受診のため訪問。{C2}ちゃんは体重増加良好。母は夜間授乳で疲れている様子。"
          "{F}保育園への入所を希望。次回は{R2}に電話で確認する。\n",
          A=("ADDRESS", local_address()), R=reiwa_day(), C2=P(ch.mei[0]), F=R.choice(["わかば", "ひだまり"]), R2=reiwa_day())
    return doc


def s_mail_internal():
    doc, a, b, _c, p = Doc("email_internal"), Person(), Person(), Person(), Person()
    doc.f("From: {A} <{AM}>\nTo: {B} <{BM}>\nCc: {CS}\nSubject: RE: 転入手続きの件（{X}）\nDate: {D}\n\n",
          A=P(a.kanji(" ")), AM=("EMAIL", staff_mail(a)), B=P(b.kanji(" ")), BM=("EMAIL", staff_mail(b)), CS=R.choice(SHARED),
          X=f"受付{R.randint(1000, 9999)}", D=f"Mon, 7 Dec 2026 {R.randint(9, 17)}:{R.randint(10, 59)}:00 +0900")
    doc.f("{B2}さん\n\nお疲れさまです。{A2}です。\n本日転入の{N}さん（{K}）、前住所は{PA}です。\n"
          "マイナンバーカードの券面で個人番号 {MN} を確認済みです。国保の加入もあわせてお願いします。\n\n",
          B2=P(b.sei[0]), A2=P(a.sei[0]), N=P(p.kanji()), K=P(p.kata()), PA=("ADDRESS", address(True)),
          MN=("MY_NUMBER", mynumber(R.choice(["", " ", "-"]))))
    doc.f("--------------------\n{CITY}役所 市民課 {P}\n{A3}\n内線 {E}　直通 {T}\n", CITY=CITY, P=R.choice(POSTS), A3=P(a.kanji()),
          E=str(R.randint(1100, 1199)), T=("PHONE", "0267-48-" + d(4)))
    return doc


def s_mail_webform():
    doc, p, ch = Doc("email_webform"), Person(rare=True), Person()
    req(doc, 0.5)
    doc.f("件名：【ホームページお問い合わせ】保育園の入園について\n差出人：{S}\n\n──以下、フォーム送信内容──\n"
          "お名前：{N}\nふりがな：{K}\nメールアドレス：{M}\n電話番号：{T}\nご住所：〒{Z} {A}\n",
          S="webmaster@city.shirakabadai.example.jp", N=P(p.kanji()), K=P(p.kana()), M=("EMAIL", email(p)),
          T=("PHONE", phone()), Z=("POSTAL_CODE", local_postal()), A=("ADDRESS", local_address()))
    doc.f("お問い合わせ内容：\n子ども（{C}、{CB}生まれ）を来年4月から{SC}に入れたいのですが、空き状況を教えてください。\n"
          "──\n送信日時：2026-12-0{DD} 21:{MM}:33\n送信元IP：{IP}\nセッションID：{SID}\n",
          C=P(ch.mei[0]), CB=("BIRTH_DATE", bdate(birth(2022, 2025))), SC="わかば保育園", DD=str(R.randint(1, 7)),
          MM=f"{R.randint(10, 59)}", IP=("IP_ADDRESS", ip()), SID="".join(R.choice("abcdef0123456789") for _ in range(24)))
    return doc


def csv_rows(doc, n, cols, sep=",", header=None, quote=False):
    if header:
        doc.t(sep.join(header) + "\n")
    for i in range(n):
        row = cols(i)
        for j, cell in enumerate(row):
            if j:
                doc.t(sep)
            q = quote and isinstance(cell, tuple) and R.random() < 0.5
            if q:
                doc.t('"')
            doc.f("{X}", X=cell)
            if q:
                doc.t('"')
        doc.t("\n")


def s_csv_meibo():
    doc = Doc("csv_meibo_header")
    req(doc, 0.7)

    def row(i):
        p = Person(rare=i == 2)
        return [f"{R.randint(10000000, 99999999)}", P(p.kanji()), P(p.kata()), ("BIRTH_DATE", bdate(birth(1940, 2010), 3)),
                ("ADDRESS", local_address()), ("PHONE", phone())]
    csv_rows(doc, R.randint(5, 7), row, ",", ["宛名番号", "氏名", "氏名カナ", "生年月日", "住所", "電話番号"], quote=True)
    return doc


def s_csv_kouza():
    doc = Doc("csv_kouza_noheader_shuffled")
    req(doc, 0.5)
    doc.t(f"口座振替データ（{reiwa_day()}抽出）\n")

    def row(i):
        p = Person()
        return [("BANK_ACCOUNT", d(7)), f"{R.randint(1000, 9999)}", "普通", P(p.hw()), f"{R.randint(1000, 99999)}",
                R.choice(["0001", "0005", "0009"]), f"{R.randint(100, 899):03d}", f"{R.randint(1, 12):02d}"]
    csv_rows(doc, R.randint(6, 8), row, ",")
    return doc


def s_xlsx_jukyu():
    doc = Doc("xlsx_jukyusha_tsv")
    req(doc, 0.6)
    doc.t("児童手当 受給者一覧\t\t\t\t\t\n受給者番号\t受給者氏名\t生年月日\t児童数\t支給額\t電話\n")
    for i in range(R.randint(5, 7)):
        p = Person(rare=i == 0)
        doc.f("{X}\t{N}\t{B}\t{C}\t{M}\t{T}\n", X=f"J{R.randint(10000, 99999)}", N=P(p.kanji()),
              B=("BIRTH_DATE", bdate(birth(1975, 2000), R.choice([1, 6, 4]))), C=str(R.randint(1, 4)), M=amount(),
              T=("PHONE", phone()) if R.random() < 0.7 else "")
    doc.t("\t\t合計\t\t" + amount() + "\t\n")
    return doc


def s_kaigo_fixed():
    doc = Doc("kaigo_nintei_halfwidth_fixed")
    doc.t("ｶｲｺﾞﾆﾝﾃｲ ｼﾝｾｲｼｬ ｲﾁﾗﾝ  " + z("2026/12/07") + "\nﾋﾎｹﾝｼｬﾊﾞﾝｺﾞｳ ｼﾒｲ(ｶﾅ)            ｾｲﾈﾝｶﾞｯﾋﾟ ｶｲｺﾞﾄﾞ ｼﾝｾｲﾋﾞ\n")
    for _ in range(R.randint(6, 8)):
        p = Person()
        nm = p.hw()
        doc.f("{I} {N}{PAD}{B} {K}  {S}\n", I=("INSURANCE_NUMBER", d(10)), N=P(nm), PAD=" " * max(1, 22 - len(nm)),
              B=("BIRTH_DATE", bdate(birth(1925, 1958), 6)), K=R.choice(["ﾖｳｼｴﾝ1", "ﾖｳｶｲｺﾞ2", "ﾖｳｶｲｺﾞ3", "ﾋｶﾞｲﾄｳ"]),
              S=f"R8{R.randint(1, 12):02d}{R.randint(1, 28):02d}")
    doc.t(f"ｹﾝｽｳ {R.randint(6, 8)} ｹﾝ\n")
    return doc


def s_docx_table():
    doc = Doc("docx_table_cells_per_line")
    req(doc, 0.6)
    doc.t("介護認定審査会 資料（第" + str(R.randint(1, 40)) + "合議体）\n番号\n氏名\n年齢\n被保険者番号\n住所\n主治医\n")
    for i in range(R.randint(3, 4)):
        p, dr = Person(), Person()
        doc.f("{X}\n{N}\n{AGE}\n{I}\n{A}\n{H} {D}医師\n", X=str(i + 1), N=P(p.kanji()), AGE=str(R.randint(66, 99)),
              I=("INSURANCE_NUMBER", d(10)), A=("ADDRESS", local_address()), H="白樺台中央病院", D=P(dr.kanji()))
    return doc


def s_form_juminhyo():
    doc, p, ag = Doc("form_juminhyo_request"), Person(), Person()
    doc.t(f"住民票の写し等交付申請書　　申請日 {reiwa_day()}\n【窓口に来た人】\n")
    doc.f("住所　{A}\n氏名　{N}\nフリガナ　{K}\n生年月日　{B}\n電話　{T}\n", A=("ADDRESS", local_address()), N=P(ag.kanji()),
          K=P(ag.kata()), B=("BIRTH_DATE", bdate(birth(1950, 2000), R.choice([0, 2, 5]))), T=("PHONE", phone()))
    doc.f("【必要な人】□本人 ☑代理人（関係：{REL}）\n筆頭者　{N}\n本籍　{H}\n必要なもの：住民票 {C}通（個人番号 記載あり）\n"
          "確認書類：運転免許証（番号 {DL}）\n手数料 {M}\n受付 {RC}\n",
          REL=R.choice(["子", "配偶者", "親"]), N=P(p.kanji()), H=("ADDRESS", address(True)), C=kanjinum(R.randint(1, 3)),
          DL=("DRIVER_LICENSE", d(12)), M=f"{R.randint(1, 3) * 300}円", RC=f"No.{R.randint(1, 300)}")
    return doc


def s_form_kouza():
    doc, p = Doc("form_kouza_furikae"), Person()
    req(doc, 0.3)
    doc.f("市税口座振替依頼書（ゆうちょ・カード併用）\nお客様番号 {C}\n納税義務者：{N}　（{K}）\n住所：〒{Z}　{A}\n",
          C=d(10), N=P(p.kanji()), K=P(hankaku(p.kata(" "))), Z=("POSTAL_CODE", z(local_postal()) if R.random() < 0.5 else local_postal()),
          A=("ADDRESS", local_address()))
    if R.random() < 0.5:
        doc.f("ゆうちょ銀行　記号 {K1}　番号 {K2}\n", K1=("BANK_ACCOUNT", "1" + d(3) + "0"), K2=("BANK_ACCOUNT", d(7) + "1"))
    else:
        doc.f("{B}（店番{S}）普通預金　口座番号 {AC}\n", B=R.choice(BANKS), S=d(3), AC=("BANK_ACCOUNT", d(7)))
    doc.f("軽自動車税のクレジット納付：カード番号 {CC}　有効期限 {E}\n口座名義（カナ）：{H}\n対象税目：市県民税・固定資産税　年税額{M}\n",
          CC=("CREDIT_CARD", card(R.choice(["", " ", "-"]))), E=f"{R.randint(1, 12):02d}/{R.randint(27, 31)}",
          H=P(hankaku(p.kata(""))), M=amount())
    return doc


def s_form_identity():
    doc, f, st, p = Doc("form_identity_check_foreign"), Foreigner(), Person(), Person()
    req(doc, 0.4)
    doc.f("本人確認記録（転入届）　受付番号 {X}\n届出人：{K}\n（{PN}）\n在留カード番号：{RC}\n旅券番号　{PP}\n生年月日：{B}\n",
          X=str(R.randint(2026000, 2026999)), K=P(f.katakana()), PN=P(f.passport()), RC=("RESIDENCE_CARD", resid()),
          PP=("PASSPORT", R.choice(["M", "E", "P", "G", "C"]) + d(8)), B=("BIRTH_DATE", bdate(birth(1975, 2005), R.choice([3, 4]))))
    doc.f("勤務先：{C}（法人番号 {H}）\n同居人：{PP2}（日本人配偶者、個人番号 {MN}）\n通訳：{I}\n確認者：{S} {P}\n",
          C=R.choice(COMPANIES), H=HOUJIN, PP2=P(p.kanji()), MN=("MY_NUMBER", mynumber(R.choice(["", " "]))),
          I=P(Foreigner().katakana()), S=R.choice(DEPTS), P=P(st.kanji()))
    return doc


def s_notice():
    doc, st = Doc("notice_public"), Person()
    req(doc, 0.5)
    doc.t(f"お知らせ\n年末年始の窓口業務について\n\n　{CITY}役所は、12月29日（火）から1月3日（日）まで閉庁します。"
          f"戸籍の届出は夜間休日窓口（{TEL}）で受け付けます。粗大ごみの収集は{COMPANIES[0]}（0120-555-123）へ。\n"
          f"　なお、{SCHOOLS[0]}の体育館で{reiwa_day()}に防災訓練を行います（問合せ bousai@city.shirakabadai.example.jp）。\n\n")
    doc.f("問合せ先　総務課 {P} {N}（直通 {T}／{M}）\n〒{Z} {A}\n", P=R.choice(POSTS), N=P(st.kanji()), T=("PHONE", "0267-48-" + d(4)),
          M=("EMAIL", staff_mail(st)), Z=OFFICE_ZIP, A=OFFICE_ADDR)
    return doc


def s_access_log():
    doc = Doc("audit_log")
    req(doc, 0.6)
    doc.t("# 住民記録システム 照会ログ抽出（情報政策課）\n")
    stamps = sorted((R.randint(1, 7), R.randint(8, 18), R.randint(0, 59), R.randint(0, 59)) for _ in range(R.randint(6, 8)))
    for sd, sh, sm, ss in stamps:
        u, t = Person(), Person()
        doc.f("2026-12-0{D} {H}:{M}:{S}\t{IP}\tuser={U}\tGET /jukijoho/search?id={X}\t200\t対象:{T}\n",
              D=str(sd), H=f"{sh:02d}", M=f"{sm:02d}", S=f"{ss:02d}",
              IP=("IP_ADDRESS", ip()), U=P(u.kanji("")),
              X=d(8), T=P(t.kanji()))
    return doc


def s_staff_list():
    doc = Doc("staff_roster")
    req(doc, 0.4)
    doc.t(f"{CITY} 福祉課 職員連絡網（{reiwa_day()}現在）\n所属｜職名｜氏名｜メール｜携帯\n")
    for _ in range(R.randint(5, 7)):
        p = Person(rare=R.random() < 0.3)
        doc.f("{D}｜{P}｜{N}｜{M}｜{T}\n", D=R.choice(DEPTS), P=R.choice(POSTS), N=P(p.kanji()), M=("EMAIL", staff_mail(p)),
              T=("PHONE", mobile()))
    doc.t(f"代表 {TEL}／共有 {SHARED[3]}\n")
    return doc


def s_fax():
    doc, p, st, dr = Doc("fax_ocr_linebreaks"), Person(), Person(), Person()
    doc.t("ＦＡＸ送信票\n送信先：")
    doc.f("{C}　{N}様\nFAX 0267-55-1200\n送信元：{CITY}介護保険課 {S}\n枚数：3枚\n\n", C=R.choice(COMPANIES), N=P(dr.kanji()),
          CITY=CITY, S=P(st.kanji()))
    doc.f("下記の方の主治医意見書を\nご依頼します。\n氏　名　{N}\n被保険者\n番号　{I}\n生年月日 {B}\n住所 {A}\n",
          N=P(p.kanji("　")), I=("INSURANCE_NUMBER", z(d(10))), B=("BIRTH_DATE", bdate(birth(1928, 1955), R.choice([2, 5]))),
          A=("ADDRESS", local_address()))
    doc.f("連絡先（家族）{T}\n※{D}までにご返送ください。\n", T=("PHONE", phone()), D=reiwa_day())
    return doc


def s_mail_english():
    doc, f, _st = Doc("email_english_overseas"), Foreigner(), Person()
    doc.f("From: {N} <{M}>\nTo: {SH}\nSubject: Certificate of residence for my late father\n\nDear Sir or Madam,\n\n",
          N=P(f.western()), M=("EMAIL", f.GIV.split()[0].lower() + "." + f.SUR.lower() + "@example.com"), SH="shimin@city.shirakabadai.example.jp")
    doc.f("My father, {F}, lived at {JA} until {Y}. I need a 住民票の除票 for the probate court. "
          "I now live at {A} ", F=P(Person().roma("GS")), JA=("ADDRESS", f"{R.randint(1, 9)}-{R.randint(1, 30)}-{R.randint(1, 20)} Kitazawa, Shirakabadai-shi, Nagano"),
          Y=f"{R.randint(2018, 2025)}", A=("ADDRESS", f"{R.randint(100, 9999)} {R.choice(['Maple', 'Oak', 'Pine'])} Street, Apt {R.randint(1, 40)}, "
                                          f"{R.choice(['Seattle, WA', 'Portland, OR', 'Austin, TX'])}"))
    doc.f("{Z}, USA. My phone is {T}. My passport number is {PP} and my date of birth is {B}.\nPlease reply to this address; your reference number was 2026-{X}.\n\nBest regards,\n{N2}\n",
          Z=("POSTAL_CODE", d(5)), T=("PHONE", phone_na()), PP=("PASSPORT", R.choice(["5", "6"]) + d(8)),
          B=("BIRTH_DATE", en_date(birth(1960, 1990))), X=d(4), N2=P(f.western()))
    return doc


def s_minutes_memo():
    doc, a, b, c = Doc("minutes_internal_memo"), Person(), Person(), Person()
    req(doc, 0.7)
    doc.f("■課内打合せメモ {D}\n出席：課長、{A}補佐、{B}、{C}（記）\n", D=reiwa_day(), A=P(a.sei[0]), B=P(b.sei[0]), C=P(c.sei[0]))
    pp = [Person(rare=True) for _ in range(3)]
    doc.f("・滞納案件 3件\n　①{P1}様（{T1}）分納誓約 月{M1}\n　②{P2} 様　転出済み→転出先 {A2}\n　③{P3}様　生年月日{B3}、年金差押えの可否を確認（基礎年金番号{PN}）\n"
          "・次回 {R} 10時〜\n", P1=P(pp[0].kanji()), T1=("PHONE", phone()), M1=amount(), P2=P(pp[1].kanji()),
          A2=("ADDRESS", address(True)), P3=P(pp[2].kanji()), B3=("BIRTH_DATE", bdate(birth(1945, 1965))),
          PN=("PENSION_NUMBER", pension()), R=reiwa_day())
    return doc


def s_csv_jukyu_kokuho():
    doc = Doc("csv_kokuho_shuffled_header")
    req(doc, 0.5)
    doc.t("記号,番号,生年月日,氏名,保険者番号,資格取得日\n")
    for _ in range(R.randint(5, 7)):
        p = Person()
        doc.f("{K},{N},{B},{NM},{HO},{D}\n", K=("INSURANCE_NUMBER", f"{R.randint(1, 99):02d}"), N=("INSURANCE_NUMBER", d(R.choice([5, 6]))),
              B=("BIRTH_DATE", bdate(birth(1950, 2015), R.choice([3, 1]))), NM=P(p.kanji(" ")), HO="00203919",
              D=f"2026/{R.randint(1, 12):02d}/{R.randint(1, 28):02d}")
    return doc


def s_csv_nenkin():
    doc = Doc("csv_nenkin_todoke")
    req(doc, 0.5)
    doc.t(f"国民年金 届書受付一覧（{reiwa_day()}送付分）\n届出日,届出区分,基礎年金番号,氏名,フリガナ,生年月日,備考\n")
    for _ in range(R.randint(6, 7)):
        p = Person()
        doc.f("{D},{K},{PN},{N},{F},{B},{X}\n", D=f"R8.{R.randint(1, 12)}.{R.randint(1, 28)}",
              K=R.choice(["資格取得", "種別変更", "免除申請", "付加保険料"]), PN=("PENSION_NUMBER", pension()), N=P(p.kanji("")),
              F=P(hankaku(p.kata(" "))), B=("BIRTH_DATE", bdate(birth(1966, 2006), R.choice([1, 6, 0]))),
              X=R.choice(["", "ねんきんダイヤル案内済", "学生納付特例", ""]))
    return doc


def s_csv_kyuyo():
    doc = Doc("csv_kyuyo_fuyou_mynumber")
    req(doc, 0.4)
    doc.t(f"給与支払報告書 扶養親族データ（提出事業者 {R.choice(COMPANIES)}　法人番号{HOUJIN}）\n")
    doc.t("受給者氏名\t受給者個人番号\t扶養親族氏名\t続柄\t扶養親族個人番号\t支払金額\n")
    for _ in range(R.randint(4, 5)):
        p, q = Person(), Person()
        q.sei = p.sei
        sep = R.choice(["", " ", "-"])
        doc.f("{N}\t{M}\t{Q}\t{R}\t{M2}\t{A}\n", N=P(p.kanji()), M=("MY_NUMBER", mynumber(sep)), Q=P(q.kanji()),
              R=R.choice(["妻", "子", "母", "夫"]), M2=("MY_NUMBER", mynumber(sep)), A=f"{R.randint(2000, 9000) * 1000:,}")
    return doc


def s_csv_furusato():
    doc = Doc("csv_furusato_orders")
    req(doc, 0.6)
    doc.t("注文番号,申込日,寄附者名,郵便番号,住所,電話番号,メール,決済カード番号,有効期限,寄附金額,返礼品\n")
    for _ in range(R.randint(6, 7)):
        p = Person(rare=R.random() < 0.3)
        doc.f("{O},2026-11-{DD},{N},{Z},{A},{T},{M},{C},{E},{Y},{G}\n", O=f"FN{R.randint(10 ** 7, 10 ** 8 - 1)}",
              DD=f"{R.randint(1, 30):02d}", N=P(p.kanji(" ")), Z=("POSTAL_CODE", postal()), A=("ADDRESS", address(True)),
              T=("PHONE", phone()), M=("EMAIL", email(p)), C=("CREDIT_CARD", card(R.choice(["", "-", " "]))),
              E=f"{R.randint(1, 12):02d}/{R.randint(27, 31)}", Y=str(R.choice([10000, 20000, 30000, 50000])),
              G=R.choice(["高原りんご5kg", "白樺台そば詰合せ", "ワイン2本セット"]))
    return doc


def s_foreign_list():
    doc = Doc("xlsx_foreign_residents")
    req(doc, 0.6)
    doc.t("外国人住民 転入者一覧（多文化共生係 作成）\n氏名（旅券表記）\tカタカナ氏名\t国籍\t在留資格\t在留カード番号\t在留期限\t旅券番号\t〒\t住所\n")
    for _ in range(R.randint(5, 6)):
        f = Foreigner()
        doc.f("{PN}\t{K}\t{C}\t{S}\t{RC}\t{EX}\t{PP}\t{Z}\t{A}\n", PN=P(f.passport()), K=P(f.katakana()),
              C=f.nation,
              S=R.choice(["技能実習", "特定技能1号", "留学", "永住者", "家族滞在"]), RC=("RESIDENCE_CARD", resid()),
              EX=f"20{R.randint(27, 31)}/{R.randint(1, 12):02d}/{R.randint(1, 28):02d}",
              PP=("PASSPORT", R.choice(["C", "P", "E", "G"]) + d(7) + (R.choice(["", "A"]))), Z=("POSTAL_CODE", local_postal()),
              A=("ADDRESS", local_address()))
    return doc


def s_license_register():
    doc = Doc("docx_kouyousha_register")
    doc.t(f"公用車運転者登録名簿　（安全運転管理者：総務課長）　{reiwa_day()}現在\n")
    doc.t("No.　所属　氏名　免許証番号　免許の種類　有効期限\n")
    for i in range(R.randint(6, 8)):
        p = Person(rare=R.random() < 0.3)
        num = d(12)
        if R.random() < 0.3:
            num = z(num)
        doc.f("{I}　{D}　{N}　{L}　{K}　{E}\n", I=str(i + 1), D=R.choice(DEPTS), N=P(p.kanji()), L=("DRIVER_LICENSE", num),
              K=R.choice(["普通", "中型", "準中型(5t)"]), E=f"令和{R.randint(9, 13)}年{R.randint(1, 12)}月{R.randint(1, 28)}日")
    return doc


STYLES = [s_letter_notice, s_letter_reply, s_letter_en, s_minutes_council, s_minutes_case, s_minutes_memo,
          s_complaint_record, s_phone_memo, s_welfare_case, s_child_visit, s_mail_internal, s_mail_webform,
          s_mail_english, s_csv_meibo, s_csv_kouza, s_csv_jukyu_kokuho, s_xlsx_jukyu, s_kaigo_fixed, s_docx_table,
          s_form_juminhyo, s_form_kouza, s_form_identity, s_notice, s_access_log, s_staff_list, s_fax,
          s_csv_nenkin, s_csv_kyuyo, s_csv_furusato, s_foreign_list, s_license_register]


def main():
    docs = []
    for _rnd in range(3):
        for fn in STYLES:
            docs.append(fn())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    by_type, by_style, chars = Counter(), Counter(), 0
    lines = []
    for i, doc in enumerate(docs, 1):
        text, ents = doc.final()
        chars += len(text)
        for e in ents:
            by_type[e["type"]] += 1
            by_style[doc.style] += 1
        lines.append(json.dumps({"id": f"u13-{i:03d}", "style": doc.style, "text": text, "entities": ents}, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(docs)} documents, {sum(by_type.values())} entities, {chars} characters")
    for k, v in by_type.most_common():
        print(f"  {k:18s}{v:5d}")
    for k, v in sorted(by_style.items()):
        print(f"  {k:32s}{v:5d}")


if __name__ == "__main__":
    main()
