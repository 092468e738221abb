"""Blind labelled masking corpus unseen14 (fictional municipality 北浦沢市).

Standard library only, fixed seed, byte-for-byte reproducible.  Each document is
built from plain strings and labelled pieces (type, text); offsets are computed
while joining, never searched, then re-read and checked before writing.
Run: python bench/make_masking_unseen14.py
"""
import json
import random
import re
from collections import Counter
from pathlib import Path

SEED = 14014
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "masking_unseen14" / "data" / "unseen14.jsonl"
SRC = Path("/work/shared/data/gimei-synthetic-source")
ROW = re.compile(r"^\s*- \['([^']*)', '([^']*)', '([^']*)', '([^']*)'\]")


def load(path, sections):
    cur, out = None, {s: [] for s in sections}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s*(\w+):\s*$", line)
        if m and m.group(1) in sections:
            cur = m.group(1)
            continue
        r = ROW.match(line)
        if r and cur:
            out[cur].append(r.groups())
    return out


N = load(SRC / "names.yml", ["male", "female", "last_name"])
A = load(SRC / "addresses.yml", ["prefecture", "city", "town"])
GIVEN = N["male"] + N["female"]
SUR = N["last_name"]
# rare surnames that read as words / numerals / calendar words, given names that are words
SUR += [("一二三", "ひふみ", "ヒフミ", "Hifumi"), ("八月一日", "ほずみ", "ホズミ", "Hozumi"),
        ("四月一日", "わたぬき", "ワタヌキ", "Watanuki"), ("月見里", "やまなし", "ヤマナシ", "Yamanashi"),
        ("正月", "しょうがつ", "ショウガツ", "Shougatsu"), ("日曜", "ひよう", "ヒヨウ", "Hiyou"),
        ("百", "もも", "モモ", "Momo"), ("九", "いちじく", "イチジク", "Ichijiku"),
        ("春夏秋冬", "ひととせ", "ヒトトセ", "Hitotose"), ("元旦", "がんたん", "ガンタン", "Gantan"),
        ("十", "つなし", "ツナシ", "Tsunashi"), ("住所", "すみどころ", "スミドコロ", "Sumidokoro")] * 6
GIVEN += [("希望", "のぞみ", "ノゾミ", "Nozomi"), ("誠", "まこと", "マコト", "Makoto"),
          ("正義", "まさよし", "マサヨシ", "Masayoshi"), ("勝利", "かつとし", "カツトシ", "Katsutoshi"),
          ("光", "ひかる", "ヒカル", "Hikaru"), ("和", "なごみ", "ナゴミ", "Nagomi"),
          ("未来", "みらい", "ミライ", "Mirai"), ("平和", "へいわ", "ヘイワ", "Heiwa")] * 20
FOREIGN = [  # (katakana surname, katakana given, passport surname, passport given)
    ("グエン", "ヴァン・アン", "NGUYEN", "VAN AN"), ("サントス", "マリア", "SANTOS", "MARIA"),
    ("チャン", "ティ・ホア", "TRAN", "THI HOA"), ("シュレスタ", "ラム", "SHRESTHA", "RAM"),
    ("デラクルス", "ジョセフ", "DELA CRUZ", "JOSEPH"), ("ワン", "シャオリン", "WANG", "XIAOLIN"),
    ("キム", "ミンジュ", "KIM", "MINJU"), ("シルバ", "ルーカス", "SILVA", "LUCAS"),
    ("ファム", "ドゥック", "PHAM", "DUC"), ("ガルシア", "アナ", "GARCIA", "ANA"),
    ("ハサン", "アフマド", "HASAN", "AHMAD"), ("スミス", "エミリー", "SMITH", "EMILY")]

CITY = "北浦沢市"
TEL = "0237-41-2100"
FAX = "0237-41-2199"
CPOST = "997-0814"
CADDR = "北浦沢市本町二丁目3番1号"
DOM = "city.kitaurasawa.example.jp"
SHARED = ["kaigo", "kokuho", "zeimu", "kosodate", "shimin", "fukushi", "info"]
MAILDOM = ["example.com", "example.ne.jp", "example.co.jp", "mail.example.org"]
ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")
KNUM = "〇一二三四五六七八九"
HK = str.maketrans(dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー・　",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ･ ", strict=False)))
DAK = {"ガ": "ｶﾞ", "ギ": "ｷﾞ", "グ": "ｸﾞ", "ゲ": "ｹﾞ", "ゴ": "ｺﾞ", "ザ": "ｻﾞ", "ジ": "ｼﾞ", "ズ": "ｽﾞ",
       "ゼ": "ｾﾞ", "ゾ": "ｿﾞ", "ダ": "ﾀﾞ", "ヂ": "ﾁﾞ", "ヅ": "ﾂﾞ", "デ": "ﾃﾞ", "ド": "ﾄﾞ", "バ": "ﾊﾞ",
       "ビ": "ﾋﾞ", "ブ": "ﾌﾞ", "ベ": "ﾍﾞ", "ボ": "ﾎﾞ", "パ": "ﾊﾟ", "ピ": "ﾋﾟ", "プ": "ﾌﾟ", "ペ": "ﾍﾟ",
       "ポ": "ﾎﾟ", "ヴ": "ｳﾞ"}


def hankaku(s):
    return "".join(DAK.get(c, c) for c in s).translate(HK)


def kanji_num(n):
    if n < 10:
        return KNUM[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else KNUM[t]) + "十" + (KNUM[o] if o else "")


class R:
    def __init__(self, rng):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def d(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def person(self):
        s, g = self.c(SUR), self.c(GIVEN)
        return {"sur": s[0], "given": g[0], "skana": s[1], "gkana": g[1], "skata": s[2],
                "gkata": g[2], "sro": s[3], "gro": g[3]}

    def sep(self):
        return self.c(["　", " ", "", "　"])

    def name(self, p, form="kanji"):
        sp = self.sep()
        if form == "kanji":
            return p["sur"] + sp + p["given"]
        if form == "kana":
            return p["skana"] + sp + p["gkana"]
        if form == "kata":
            return p["skata"] + self.c(["　", " "]) + p["gkata"]
        if form == "hk":
            return hankaku(p["skata"] + " " + p["gkata"])
        if form == "ROMA":
            return p["sro"].upper() + " " + p["gro"].upper()
        return p["gro"] + " " + p["sro"]

    def foreign(self, form, f=None):
        f = f or self.c(FOREIGN)
        if form == "dot":
            return f[1] + "・" + f[0] if self.r.random() < 0.3 else f[0] + "・" + f[1]
        if form == "zen":
            return f[0] + "　" + f[1]
        if form == "run":
            return f[0] + f[1].replace("・", "")
        if form == "PASS":
            return f[2] + " " + f[3]
        return f[3].title() + " " + f[2].title()

    def addr(self, full=True, zen=False):
        pref = self.c(A["prefecture"])[0]
        city = self.c(A["city"])[0]
        town = self.c(A["town"])[0]
        n = [self.r.randint(1, 5), self.r.randint(1, 30), self.r.randint(1, 25)]
        style = self.r.randint(0, 3)
        if style == 0:
            num = f"{kanji_num(n[0])}丁目{n[1]}番{n[2]}号"
        elif style == 1:
            num = f"{n[0]}-{n[1]}-{n[2]}"
        elif style == 2:
            num = f"{n[0]}丁目{n[1]}-{n[2]}"
        else:
            num = f"{self.r.randint(100, 2999)}番地{self.r.randint(1, 9)}"
        if self.r.random() < 0.3:
            num += self.c([f" {self.c(['コーポ', 'ハイツ', 'メゾン'])}{self.c(['桜', '緑風', '若葉'])}{self.r.randint(1, 3)}0{self.r.randint(1, 9)}",
                           f"　{self.c(['グランヒル', 'サンパレス'])}北浦 {self.r.randint(2, 9)}階"])
        s = (pref if full else "") + city + town + num
        return s.translate(ZEN) if zen else s

    def postal(self):
        return f"{self.r.randint(100, 999)}-{self.d(4)}"

    def mobile(self):
        return f"{self.c(['090', '080', '070'])}-{self.d(4)}-{self.d(4)}"

    def land(self):
        return f"0{self.r.randint(11, 99)}{self.r.randint(1, 9)}-{self.r.randint(2, 9)}{self.d(1)}-{self.d(4)}"

    def phone(self):
        p = self.mobile() if self.r.random() < 0.6 else self.land()
        return p.translate(ZEN) if self.r.random() < 0.15 else p

    def email(self, p):
        return f"{p['gro'].lower()}{self.c(['.', '_', ''])}{p['sro'].lower()}{self.c(['', str(self.r.randint(1, 99))])}@{self.c(MAILDOM)}"

    def staffmail(self, p):
        return f"{p['sro'].lower()}-{p['gro'][0].lower()}@{DOM}"

    def shared(self):
        return f"{self.c(SHARED)}@{DOM}"

    def birth(self):
        y = self.r.randint(1936, 2018)
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        k = self.r.randint(0, 6)
        if y >= 1989:
            era, ey, ab = "平成", y - 1988, "H"
        else:
            era, ey, ab = "昭和", y - 1925, "S"
        if k == 0:
            return f"{era}{ey}年{m}月{d}日"
        if k == 1:
            return f"{era}{kanji_num(ey)}年{kanji_num(m)}月{kanji_num(d)}日"
        if k == 2:
            return f"{ab}{ey}.{m}.{d}"
        if k == 3:
            return f"{y}/{m:02d}/{d:02d}"
        if k == 4:
            return f"{y}年{m}月{d}日"
        if k == 5:
            return f"{era}{ey}年{m}月{d}日".translate(ZEN)
        return f"{y}-{m:02d}-{d:02d}"

    def birth_child(self):
        y, m, d = self.r.randint(2010, 2023), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.c([f"平成{y - 1988}年{m}月{d}日" if y < 2019 else f"令和{y - 2018}年{m}月{d}日",
                       f"{y}/{m}/{d}", f"{y}年{m}月{d}日".translate(ZEN)])

    def birth_en(self):
        mon = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
        y, m, d = self.r.randint(1950, 2005), self.r.randint(0, 11), self.r.randint(1, 28)
        return self.c([f"{mon[m]} {d}, {y}", f"{d} {mon[m]} {y}"])

    def mynumber(self):
        body = [self.r.randint(0, 9) for _ in range(11)]
        s = 0
        for n in range(1, 12):
            q = n + 1 if n <= 6 else n - 5
            s += body[11 - n] * q
        r = s % 11
        cd = 0 if r <= 1 else 11 - r
        d = "".join(map(str, body)) + str(cd)
        g = self.c(["", " ", "-", " "])
        return d if g == "" else g.join([d[0:4], d[4:8], d[8:12]])

    def card(self):
        body = [self.c([4, 5, 3])] + [self.r.randint(0, 9) for _ in range(14)]
        tot = 0
        for i, x in enumerate(reversed(body)):
            if i % 2 == 0:
                x *= 2
                x = x - 9 if x > 9 else x
            tot += x
        d = "".join(map(str, body)) + str((10 - tot % 10) % 10)
        g = self.c(["", " ", "-"])
        return d if g == "" else g.join(d[i:i + 4] for i in range(0, 16, 4))

    def account(self):
        return self.d(7)

    def pension(self):
        a, b = f"{self.r.randint(1000, 9999)}", self.d(6)
        return a + self.c(["-", " ", ""]) + b

    def hihoken(self):
        return self.c(["0", "1"]) + self.d(9) if self.r.random() < 0.5 else self.d(8)

    def license(self):
        return f"{self.r.randint(10, 99)}{self.d(2)}{self.d(8)}"

    def passport(self):
        return self.c(["TK", "TR", "MZ", "AA"]) + self.d(7)

    def rcard(self):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.c(L) + self.c(L) + self.d(8) + self.c(L) + self.c(L)

    def ip(self):
        return self.c(["192.0.2.", "198.51.100.", "203.0.113."]) + str(self.r.randint(1, 254))

    def case(self):
        return f"R{self.r.randint(6, 8)}-{self.c(['福', '介', '保', '税'])}-{self.d(4)}"

    def houjin(self):
        return self.c(["1", "3", "5", "7"]) + self.d(12)

    def date(self):
        return f"令和{self.r.randint(6, 8)}年{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日"

    def yen(self):
        return f"{self.r.randint(1, 300) * 1000:,}円"


def P(t, s):
    return (t, s)


SIG_POSTS = ["主事", "主任", "係長", "主査", "課長補佐", "社会福祉士", "保健師"]
DEPTS = ["福祉課", "介護保険課", "保険年金課", "税務課", "市民課", "子育て支援課", "総務課"]


def staff_sig(g, pieces, direct=True, mail=True):
    st = g.person()
    pieces += [f"\n――――――――\n{CITY} {g.c(DEPTS)} {g.c(['', '生活支援係 ', '資格係 '])}{g.c(SIG_POSTS)}　",
               P("PERSON", g.name(st)), f"\n代表 {TEL}（内線{g.r.randint(200, 599)}）"]
    if direct:
        pieces += ["　直通 ", P("PHONE", f"0237-41-{g.r.randint(2200, 2999)}")]
    pieces += [f"\n共用 {g.shared()}"]
    if mail:
        pieces += ["　個人 ", P("EMAIL", g.staffmail(st))]
    pieces += ["\n"]


# ---------------------------------------------------------------- styles
def s_notice_letter(g):
    p = g.person()
    x = [g.c(["以下の通知文、もう少しやわらかい表現に直してください。\n\n", "", "この文書の要点を3行で\n"]),
         "〒", P("POSTAL_CODE", g.postal()), "\n", P("ADDRESS", g.addr()), "\n",
         P("PERSON", g.name(p)), g.c([" 様", "　様", "様"]), "\n\n",
         f"{CITY}介護保険課長\n〒{CPOST} {CADDR}\n\n", f"通知書番号 {g.d(8)}　{g.date()}\n\n",
         "　介護保険料の納付について（お知らせ）\n\n　", f"{CITY}の介護保険事業の運営につきましては、日頃より御協力いただき……\n",
         f"　さて、あなたの令和{g.r.randint(6, 7)}年度保険料のうち {g.yen()} が未納となっております。被保険者番号 ",
         P("INSURANCE_NUMBER", g.hihoken()), f" にて照会ください。\n　納期限　{g.date()}\n"]
    staff_sig(g, x, direct=g.r.random() < 0.6, mail=False)
    return x


def s_reply_letter(g):
    p, q = g.person(), g.person()
    x = ["回答書を作ったのでチェックして\n", f"{g.date()}\n\n", P("PERSON", g.name(p)), "　様\n\n",
         f"{CITY}長　", P("PERSON", g.name(q)), "\n\n",
         f"　{g.date()}付けで受け付けました御意見（受付番号 {g.r.randint(100, 999)}号）について、下記のとおり回答します。\n",
         "　御自宅（", P("ADDRESS", g.addr(full=g.r.random() < 0.5)), "）前の市道の側溝については、",
         f"建設課において現地を確認し、{g.date()}に補修を完了いたしました。工事は株式会社北浦沢土建（法人番号{g.houjin()}）が施工しました。\n",
         "　なお、御連絡先として記載のあった ", P("PHONE", g.phone()), " には担当から改めて御連絡します。\n"]
    staff_sig(g, x)
    return x


def s_english_letter(g):
    fo = g.r.random() < 0.6
    nm = g.foreign("Given") if fo else g.name(g.person(), "Given")
    st = g.person()
    zip5 = f"{g.r.randint(10000, 99999)}"
    x = ["Please translate this letter into Japanese.\n\n" if g.r.random() < 0.5 else "",
         f"{g.date()}\n\nDear ", P("PERSON", nm), ",\n\n",
         "Thank you for your inquiry regarding the transfer of your resident record. According to our records your address in Japan is ",
         P("ADDRESS", f"{g.r.randint(1, 5)}-{g.r.randint(1, 20)}-{g.r.randint(1, 30)} {g.c(['Hommachi', 'Asahi-machi', 'Sakae-machi'])}, Kitaurasawa-shi, Yamagata"),
         " ", P("POSTAL_CODE", f"997-0{g.d(3)}"), ", Japan, and your date of birth is ", P("BIRTH_DATE", g.birth_en()), ".\n",
         "Your forwarding address was given as ", P("ADDRESS", f"{g.r.randint(100, 9999)} {g.c(['Maple', 'Oak', 'Cedar'])} Street, {g.c(['Springfield', 'Riverton', 'Lakeside'])}, {g.c(['OR', 'WA', 'IL'])}"),
         " ", P("POSTAL_CODE", zip5), ", U.S.A., telephone ", P("PHONE", f"+1 {g.r.randint(201, 989)}-555-{g.r.randint(100, 199):04d}"), ".\n",
         "Your passport number ", P("PASSPORT", g.passport()), " and residence card number ", P("RESIDENCE_CARD", g.rcard()),
         " have been recorded (previous passport ", P("PASSPORT", g.passport()), ").\n",
         f"If you have any questions, please contact the Citizens Division at {TEL} or {g.shared()}.\n\nSincerely,\n\n",
         P("PERSON", g.name(st, "Given")), "\nChief, Citizens Division\nCity of Kitaurasawa\n"]
    return x


def s_minutes_council(g):
    mem = [g.person() for _ in range(5)]
    x = ["以下の会議録を要約して\n\n", f"令和{g.r.randint(6, 8)}年度 第{g.r.randint(1, 4)}回 {CITY}介護保険運営協議会 会議録\n",
         f"日時　{g.date()} 午後2時～午後3時30分\n場所　{CITY}役所 3階 第1会議室\n出席委員　"]
    for i, m in enumerate(mem[:4]):
        x += [P("PERSON", g.name(m)), "（会長）" if i == 0 else "", "、" if i < 3 else "\n"]
    x += ["事務局　介護保険課長 ", P("PERSON", mem[4]["sur"]), "、同課 ", P("PERSON", g.name(g.person())), "主査\n\n",
          "議事\n", P("PERSON", mem[0]["sur"]), "会長　それでは議事に入ります。事務局から説明を。\n",
          "事務局（", P("PERSON", mem[4]["sur"]), "）　資料1により、第9期計画の進捗を説明します。要介護認定者数は前年比 3.2％増です。\n",
          P("PERSON", mem[1]["sur"]), "委員　", f"特養の待機者は何名ですか。\n事務局　{g.r.randint(40, 180)}名です。\n",
          P("PERSON", mem[2]["sur"]), "委員　", P("PERSON", mem[1]["sur"]), "委員の質問に関連して、施設整備の予算は。\n",
          f"事務局　{g.yen()}を計上しております。\n",
          P("PERSON", mem[0]["sur"]), "会長　ほかに無いようですので閉会します。\n"]
    return x


def s_case_meeting(g):
    p, f, cm = g.person(), g.person(), g.person()
    x = [f"ケース会議録（{g.date()}）　ケース番号 {g.case()}\n",
         "対象者：", P("PERSON", g.name(p)), "（", P("PERSON", g.name(p, "kana")), "）　",
         P("BIRTH_DATE", g.birth()), "生　", f"{g.r.randint(65, 95)}歳\n",
         "住所：", P("ADDRESS", g.addr(full=False)), "\n",
         "出席：地域包括支援センター ", P("PERSON", g.name(cm)), "（社会福祉士）、長女 ", P("PERSON", f["given"]),
         "さん、福祉課 ", P("PERSON", g.person()["sur"]), "\n\n",
         "経過：本人は独居。長女（", P("PHONE", g.mobile()), "）が週1回訪問。年金は基礎年金番号 ", P("PENSION_NUMBER", g.pension()), " で照会済み。\n",
         "・", P("PERSON", cm["sur"]), "より、物忘れの進行と服薬管理の困難について報告。\n",
         "・長女からは「母は", P("PERSON", p["given"]), "という名前で呼ばないと返事をしない」との話。\n",
         "方針：区分変更申請を検討。次回 ", g.date(), "。\n"]
    return x


def s_complaint(g):
    p = g.person()
    x = [g.c(["苦情記録です。論点を整理して\n", "以下の苦情への回答案を作って\n"]),
         f"【苦情・要望受付票】受付番号 R{g.r.randint(6, 8)}-苦-{g.d(3)}\n受付日時 {g.date()} 10:{g.r.randint(10, 59)}\n受付者 市民課 ",
         P("PERSON", g.person()["sur"]), "\n申出人　", P("PERSON", g.name(p)), "（", g.c(["電話", "来庁"]), "）\n",
         "連絡先　", P("PHONE", g.phone()), "\n住所　", P("ADDRESS", g.addr()), "\n",
         "内容　ごみ集積所の位置について。隣家の", P("PERSON", g.person()["sur"]),
         "さんが勝手に移動させた、また粗大ごみ手数料をカード（", P("CREDIT_CARD", g.card()), f"）で二重に払わされた、市の対応が遅いと強い口調。前回（{g.date()}）にも同様の申出あり。\n",
         "対応　環境課（内線2314）へ引継ぎ。", P("PERSON", p["sur"]), "氏には翌日回答と伝えた。\n"]
    return x


def s_welfare_note(g):
    p = g.person()
    x = ["生活保護　訪問記録\n", f"ケース番号：{g.case()}\t訪問日：{g.date()}\t担当：",
         P("PERSON", g.name(g.person())), "\n世帯主：", P("PERSON", g.name(p)), "\t",
         P("BIRTH_DATE", g.birth()), "\n基礎年金番号：", P("PENSION_NUMBER", g.pension()),
         "\n振込口座：", g.c(["北浦沢信用金庫 本店営業部", "東北みらい銀行 駅前支店（店番123）"]), " 普通 ", P("BANK_ACCOUNT", g.account()),
         "\n本人確認：運転免許証 ", P("DRIVER_LICENSE", g.license()), "\n所見：室内は整頓されている。長男の", P("PERSON", g.person()["given"]),
         f"さん（県外）から月{g.yen()}の仕送りあり。主治医は北浦沢中央病院。\n",
         "今後：", g.date(), "に再訪問予定。\n"]
    return x


def s_email_internal(g):
    a, b, c = g.person(), g.person(), g.person()
    x = ["このメールに返信する文を作って\n\n", "From: ", P("EMAIL", g.staffmail(a)), "\nTo: ", g.shared(),
         "\nCc: ", P("EMAIL", g.staffmail(b)), f"\nSubject: 【至急】高額療養費の件\nDate: {g.date()}\n\n",
         P("PERSON", b["sur"]), "係長\n\nお疲れ様です。", P("PERSON", a["sur"]), "です。\n",
         "窓口に来られた ", P("PERSON", g.name(c)), " さん（被保険者番号 ", P("INSURANCE_NUMBER", g.hihoken()),
         "）の還付口座が未登録でした。\n本人確認の際のマイナンバーは ", P("MY_NUMBER", g.mynumber()),
         " です。\n口座は", g.c(["ゆうちょ銀行", "北浦沢信金 三条支店"]), "で、"]
    if "ゆうちょ" in x[-2]:
        x += ["記号 ", P("BANK_ACCOUNT", "1" + g.d(4)), " 番号 ", P("BANK_ACCOUNT", g.d(8))]
    else:
        x += ["普通預金 ", P("BANK_ACCOUNT", g.account())]
    x += ["とのこと。\nよろしくお願いします。\n"]
    staff_sig(g, x)
    return x


def s_email_citizen(g):
    p = g.person()
    em = g.email(p)
    x = ["市民からの問い合わせメール。回答案を作成してください。\n------\n", "差出人: ", P("PERSON", g.name(p)),
         " <", P("EMAIL", em), ">\n宛先: ", g.shared(), "\n件名: 児童手当の振込について\n\n",
         f"{CITY} 子育て支援課 御中\n\nいつもお世話になっております。\n",
         "児童手当の振込先を変更したく連絡しました。子は", P("PERSON", p["sur"] + g.sep() + g.person()["given"]),
         "（", P("BIRTH_DATE", g.birth_child()), "生）です。妻の在留カード番号は", P("RESIDENCE_CARD", g.rcard()), "、旅券は ", P("PASSPORT", g.passport()), " です。\n新しい口座は ", g.c(["みちのく銀行", "北浦沢農協"]), " 普通 ",
         P("BANK_ACCOUNT", g.account()), " です。\n日中は ", P("PHONE", g.mobile()), " にお願いします。\n\n",
         P("PERSON", g.name(p)), "\n", P("ADDRESS", g.addr()), "\n"]
    return x


def s_csv_meibo(g):
    x = ["民生委員名簿のCSV。地区ごとの人数を数えて\n", "地区,氏名,ふりがな,生年月日,住所,電話\n"]
    for _i in range(8):
        p = g.person()
        x += [f"第{g.r.randint(1, 9)}地区,", P("PERSON", g.name(p)), ",", P("PERSON", g.name(p, "kana")), ",",
              P("BIRTH_DATE", g.birth()), ",", P("ADDRESS", g.addr(full=False)), ",", P("PHONE", g.phone()), "\n"]
    return x


def s_csv_kouza(g):
    x = ["口座振替データ（ヘッダなし）です。件数と合計金額を出して\n"]
    for _i in range(8):
        p = g.person()
        x += [f"{g.d(10)},", P("PERSON", g.name(p, "hk")), f",{g.c(['0118', '0124', '9900'])},{g.r.randint(1, 999):03d},1,",
              P("BANK_ACCOUNT", g.account()), f",{g.r.randint(1000, 60000)},{g.date()}\n"]
    return x


def s_jukyu_list(g):
    cols = ["受給者番号", "氏名", "生年月日", "住所", "電話番号", "個人番号", "基礎年金番号"]
    g.r.shuffle(cols)
    x = ["児童扶養手当 受給者一覧（列順は帳票のまま）\n", "\t".join(cols) + "\n"]
    for _i in range(5):
        p = g.person()
        vals = {"受給者番号": g.d(7), "氏名": P("PERSON", g.name(p)), "生年月日": P("BIRTH_DATE", g.birth()),
                "住所": P("ADDRESS", g.addr(full=False)), "電話番号": P("PHONE", g.phone()),
                "個人番号": P("MY_NUMBER", g.mynumber()), "基礎年金番号": P("PENSION_NUMBER", g.pension())}
        for j, c in enumerate(cols):
            x += [vals[c], "\t" if j < len(cols) - 1 else "\n"]
    return x


def s_kaigo_list(g):
    x = ["介護認定 更新対象者（ヘッダ行なしで貼り付け）\n"]
    for _i in range(8):
        p = g.person()
        x += [f"{g.r.randint(1, 99)}\t", P("INSURANCE_NUMBER", g.hihoken()), "\t", P("PERSON", g.name(p)), "\t",
              P("PERSON", g.name(p, "kata")), "\t", P("BIRTH_DATE", g.birth()), "\t",
              g.c(["要支援1", "要介護1", "要介護3", "要介護5"]), f"\t{g.date()}\n"]
    return x


def s_docx_table(g):
    p = g.person()
    x = ["申請書の内容に不備がないか確認して\n", "児童クラブ入所申請書\n",
         "保護者氏名\t", P("PERSON", g.name(p)), "\tフリガナ\t", P("PERSON", g.name(p, "kata")), "\n",
         "住所\t〒", P("POSTAL_CODE", g.postal()), "\n\t", P("ADDRESS", g.addr()), "\n",
         "電話（自宅）\t", P("PHONE", g.land()), "\t携帯\t", P("PHONE", g.mobile()), "\n",
         "勤務先\t", g.c(["株式会社北浦沢精機", "北浦沢市立第二中学校", "医療法人みずき会"]), "\t勤務先電話\t", "0237-4" + g.d(1) + "-" + g.d(4), "\n",
         "児童氏名\t", P("PERSON", p["sur"] + g.sep() + g.person()["given"]), "\t生年月日\t", P("BIRTH_DATE", g.birth_child()),
         "\n児童の個人番号\t", P("MY_NUMBER", g.mynumber()), "\n学校名\t北浦沢市立本町小学校 3年\n", f"受付日\t{g.date()}\t受付番号\t{g.d(5)}\n"]
    return x


def s_hankaku(g):
    x = ["旧システムの固定長データ（半角カナ）です。読める形に整形して\n"]
    for _i in range(8):
        p = g.person()
        nm = hankaku(p["skata"] + " " + p["gkata"])
        x += [f"{g.d(8)} ", P("PERSON", nm), " " * max(1, 16 - len(nm)), P("BIRTH_DATE", f"{g.r.randint(1940, 2010)}{g.r.randint(1, 12):02d}{g.r.randint(1, 28):02d}"),
              " ", P("PHONE", g.land().replace("-", "")), f" {g.r.randint(0, 99999):06d}\n"]
    return x


def s_webform(g):
    p = g.person()
    x = ["Webフォームから来た問い合わせ。担当課を判断して\n", "=== お問い合わせフォーム送信通知 ===\n",
         f"受付番号: WEB-{g.d(6)}\n送信日時: 2026-{g.r.randint(1, 11):02d}-{g.r.randint(10, 28)} {g.r.randint(10, 23)}:{g.r.randint(10, 59)}:{g.r.randint(10, 59)}\n",
         "送信元IP: ", P("IP_ADDRESS", g.ip()), "\nお名前: ", P("PERSON", g.name(p)), "\nふりがな: ", P("PERSON", g.name(p, "kana")),
         "\nメール: ", P("EMAIL", g.email(p)), "\n電話番号: ", P("PHONE", g.phone()),
         "\nお問い合わせ種別: 税金\n本文:\n固定資産税の納税通知書が届きません。\n", "旧住所（", P("ADDRESS", g.addr()),
         "）宛てになっていないか確認してください。\n"]
    return x


def s_access_log(g):
    x = ["職員ポータルの監査ログ。不審なアクセスがあるか見て\n"]
    for _i in range(8):
        st = g.person()
        x += [f"2026-12-0{g.r.randint(1, 6)}T{g.r.randint(0, 23):02d}:{g.r.randint(10, 59)}:{g.r.randint(10, 59)}+09:00 ",
              P("IP_ADDRESS", g.ip()), " user=", P("EMAIL", g.staffmail(st)),
              f' "{g.c(["GET", "POST"])} /jukiki/search?sid={g.d(10)}" {g.c(["200", "403", "302"])} {g.r.randint(200, 9000)}\n']
    return x


def s_kairan(g):
    a, b = g.person(), g.person()
    x = [f"{CITY}からのお知らせ（回覧板用）をもっと読みやすくして\n\n", "　　　　　防災訓練の実施について\n\n",
         f"日時：{g.date()}　午前9時から\n会場：北浦沢市立東小学校 体育館\n",
         f"問合せ：{CITY}役所 危機管理課（代表 {TEL} 内線 {g.r.randint(100, 499)}、{g.shared()}）\n",
         f"〒{CPOST}　{CADDR}\n\n", "自治会長　", P("PERSON", g.name(a)), "（", P("PHONE", g.mobile()), "）\n",
         "防災担当　", P("PERSON", g.name(b)), "\n", f"※参加費無料。昨年度は{g.r.randint(80, 300)}名が参加しました。\n"]
    return x


def s_foreign_tennyu(g):
    form = g.c(["dot", "zen", "run"])
    fo = g.c(FOREIGN)
    x = ["転入届の聞き取りメモ。やさしい日本語で説明文を作って\n", f"受付日 {g.date()}　受付番号 {g.d(4)}\n",
         "氏名（カタカナ）：", P("PERSON", g.foreign(form, fo)), "\n氏名（ローマ字）：", P("PERSON", g.foreign("PASS", fo)),
         "\n国籍：", g.c(["ベトナム", "フィリピン", "ネパール", "ブラジル"]), "\n生年月日：", P("BIRTH_DATE", g.birth()),
         "\n在留カード番号：", P("RESIDENCE_CARD", g.rcard()), "\n旅券番号：", P("PASSPORT", g.passport()),
         "\n前住所：", P("ADDRESS", g.addr()), "\n新住所：", P("ADDRESS", CITY + f"{g.c(['旭町', '栄町', '本町'])}{g.r.randint(1, 5)}-{g.r.randint(1, 20)}-{g.r.randint(1, 30)}"),
         "\n通訳：", P("PERSON", g.name(g.person())), "（北浦沢国際交流協会）\n勤務先：", g.c(["有限会社北浦沢食品", "株式会社みなみ農園"]), "\n同一世帯：\n"]
    for rel in ["配偶者", "子", "子"]:
        m = g.c(FOREIGN)
        x += [f"　{rel}　", P("PERSON", fo[0] + g.c(["・", "　", " "]) + m[1]), "（", P("PERSON", fo[2] + " " + m[3]), "）　",
              P("BIRTH_DATE", g.birth()), "　在留カード ", P("RESIDENCE_CARD", g.rcard()), "　旅券 ", P("PASSPORT", g.passport()), "\n"]
    return x


def s_furusato(g):
    p = g.person()
    x = ["ふるさと納税の申込データ。返礼品ごとに集計して\n", "申込ID,申込日,寄附者名,カナ,〒,住所,電話,メール,決済,カード番号,有効期限,金額\n"]
    for _i in range(5):
        p = g.person()
        x += [f"F{g.d(7)},{g.date()},", P("PERSON", g.name(p)), ",", P("PERSON", g.name(p, "kata")), ",",
              P("POSTAL_CODE", g.postal()), ",", P("ADDRESS", g.addr()), ",", P("PHONE", g.phone()), ",",
              P("EMAIL", g.email(p)), ",クレジット,", P("CREDIT_CARD", g.card()),
              f",{g.r.randint(1, 12):02d}/{g.r.randint(27, 31)},{g.yen().replace(',', '').replace('円', '')}\n"]
    return x


def s_kokuho(g):
    p = g.person()
    x = ["国保の資格確認の結果をまとめて\n", f"保険者番号 {g.r.choice(['06', '01'])}{g.d(4)}　（{CITY}）\n",
         "被保険者証　記号 ", P("INSURANCE_NUMBER", g.c(["北浦", "い"]) + g.d(2)), "　番号 ", P("INSURANCE_NUMBER", g.d(g.r.randint(3, 6))),
         "\n氏名 ", P("PERSON", g.name(p)), "　生年月日 ", P("BIRTH_DATE", g.birth()),
         "\n基礎年金番号 ", P("PENSION_NUMBER", g.pension()),
         "\n前保険：社会保険（", g.c(["全国健康保険協会", "北浦沢精機健康保険組合"]), "）資格喪失日 ", g.date(),
         "\n世帯主 ", P("PERSON", g.foreign("PASS")), "（在留カード ", P("RESIDENCE_CARD", g.rcard()), "）\n個人番号 ", P("MY_NUMBER", g.mynumber()), "\n",
         "※年金の照会はねんきんダイヤルへ。\n"]
    return x


def s_license_list(g):
    x = ["公用車運転者登録簿をExcelから貼り付け。免許の期限切れを探して\n", "所属\t職名\t氏名\t免許証番号\t有効期限\n"]
    for _i in range(7):
        x += [g.c(DEPTS) + "\t" + g.c(["主事", "主任", "係長", "技師"]) + "\t", P("PERSON", g.name(g.person())), "\t",
              P("DRIVER_LICENSE", g.license()), f"\t令和{g.r.randint(7, 11)}年{g.r.randint(1, 12)}月{g.r.randint(1, 28)}日\n"]
    x += ["安全運転管理者　総務課長\n"]
    return x


def s_phone_memo(g):
    p = g.person()
    x = ["電話メモ。引継ぎ用に整えて\n", f"{g.date()} 14:{g.r.randint(10, 59)}　",
         P("PERSON", g.name(p, "kana")), "さん（本人）から。\n",
         "「介護保険料の口座振替を始めたい」。口座は", g.c(["北浦沢信金", "東北みらい銀行"]), "の", P("BANK_ACCOUNT", g.account()),
         "。生年月日は", P("BIRTH_DATE", g.birth()), "。\n", "折り返し ", P("PHONE", g.phone()), " 夕方以降希望。\n",
         "被保険者番号は手元にないとのこと→宛名番号 ", g.d(10), " で検索済み。\n年金からの天引きも聞かれた（基礎年金番号 ", P("PENSION_NUMBER", g.pension()), "）。先月のふるさと納税はカード ", P("CREDIT_CARD", g.card()), " で決済済みと本人談。\n受：", P("PERSON", g.person()["sur"]), "\n"]
    return x


def s_koseki(g):
    p, f = g.person(), g.person()
    x = ["戸籍届の審査メモ。確認事項を箇条書きで\n", f"届出日 {g.date()}　婚姻届\n",
         "夫　", P("PERSON", g.name(p)), "　", P("BIRTH_DATE", g.birth()), "生\n　本籍　", P("ADDRESS", g.addr()),
         "\n　筆頭者　", P("PERSON", g.name(g.person())), "\n",
         "妻　", P("PERSON", g.name(f)), "　", P("BIRTH_DATE", g.birth()), "生\n　本籍　", P("ADDRESS", g.addr()),
         "\n証人　", P("PERSON", g.name(g.person())), "、", P("PERSON", g.name(g.person())),
         f"\n審査：{CITY}市民課 戸籍係。新本籍は{CITY}内。\n"]
    return x


STYLES = [("notice_letter", s_notice_letter), ("reply_letter", s_reply_letter), ("english_letter", s_english_letter),
          ("minutes_council", s_minutes_council), ("case_meeting", s_case_meeting), ("complaint", s_complaint),
          ("welfare_visit", s_welfare_note), ("email_internal", s_email_internal), ("email_citizen", s_email_citizen),
          ("csv_meibo", s_csv_meibo), ("csv_kouza_noheader", s_csv_kouza), ("jukyu_shuffled", s_jukyu_list),
          ("kaigo_noheader", s_kaigo_list), ("docx_form", s_docx_table), ("hankaku_fixed", s_hankaku),
          ("webform", s_webform), ("access_log", s_access_log), ("kairan_notice", s_kairan),
          ("foreign_tennyu", s_foreign_tennyu), ("furusato_csv", s_furusato), ("kokuho_card", s_kokuho),
          ("license_sheet", s_license_list), ("phone_memo", s_phone_memo), ("koseki_memo", s_koseki)]


def build(pieces):
    text, ents = "", []
    for pc in pieces:
        if isinstance(pc, tuple):
            t, s = pc
            ents.append({"type": t, "start": len(text), "end": len(text) + len(s), "text": s})
            text += s
        else:
            text += pc
    prev = 0
    for e in ents:
        span = text[e["start"]:e["end"]]
        if span != e["text"] or not span or span != span.strip() or e["start"] < prev:
            raise SystemExit(f"bad span {e}")
        prev = e["end"]
    return text, ents


def main():
    g = R(random.Random(SEED))
    rows, per_type, per_style = [], Counter(), Counter()
    n = 0
    for _rnd in range(3):
        for name, fn in STYLES:
            n += 1
            text, ents = build(fn(g))
            rows.append({"id": f"u14-{n:03d}", "style": name, "text": text, "entities": ents})
            per_type.update(e["type"] for e in ents)
            per_style[name] += len(ents)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"documents {len(rows)}  entities {sum(per_type.values())}  chars {sum(len(r['text']) for r in rows)}")
    for t, c in per_type.most_common():
        print(f"  {t:18s}{c}")
    for s, c in per_style.items():
        print(f"  style {s:20s}{c}")


if __name__ == "__main__":
    main()
