"""Generate the masking quality corpus tests/masking/data/corpus.jsonl (labelled, synthetic).

Documents in several office styles (letters, minutes, case notes, e-mails, table rows), Japanese
and English. Names/addresses come from gimei (MIT) for the "tune" split and from the person names
of stockmark-ner-wikipedia (CC BY-SA 3.0; names only) for the "holdout" split, which the masker's
own dictionaries do not contain. Non-personal distractors (meeting dates, amounts, case numbers,
corporate numbers, organisation and city names) are included without labels.

Usage: python bench/make_masking_corpus.py [--docs 480] [--seed 7]
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/data")
OUT = ROOT / "tests" / "masking" / "data" / "corpus.jsonl"


def gimei_rows(path: Path, section: str) -> list[list[str]]:
    out, current = [], None
    for line in path.read_text("utf-8").splitlines():
        s = line.strip()
        if s.endswith(":") and not s.startswith("-"):
            current = s[:-1]
        elif s.startswith("- [") and current == section:
            out.append(list(ast.literal_eval(s[2:])))
    return out


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.ents: list[dict] = []
        self.len = 0

    def add(self, text: str, etype: str | None = None) -> None:
        if etype:
            # 〒 marks a postal code as 郵便番号： labels it: the marker is not the personal value
            lead = 1 if etype == "POSTAL_CODE" and text.startswith("〒") else 0
            self.ents.append({"type": etype, "start": self.len + lead, "end": self.len + len(text)})
        self.parts.append(text)
        self.len += len(text)

    def render(self, template: str, values: dict[str, tuple[str, str | None]]) -> None:
        for piece in re.split(r"(\{[a-z_0-9]+\})", template):
            if piece.startswith("{") and piece.endswith("}"):
                text, etype = values[piece[1:-1]]
                self.add(text, etype)
            else:
                self.add(piece)

    @property
    def text(self) -> str:
        return "".join(self.parts)


FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


class Gen:
    def __init__(self, rnd: random.Random, split: str) -> None:
        self.r = rnd
        self.split = split
        g = SHARED / "gimei-synthetic-source"
        self.last = gimei_rows(g / "names.yml", "last_name")
        self.first = gimei_rows(g / "names.yml", "male") + gimei_rows(g / "names.yml", "female")
        self.pref = gimei_rows(g / "addresses.yml", "prefecture")
        self.city = gimei_rows(g / "addresses.yml", "city")
        self.town = gimei_rows(g / "addresses.yml", "town")
        ner = json.loads((SHARED / "stockmark-ner-wikipedia" / "ner.json").read_text("utf-8"))
        self.wiki_names = sorted(
            {
                e["name"]
                for d in ner
                for e in d["entities"]
                if e["type"] == "人名"
                and re.fullmatch(r"[一-龥々]{2,3}[一-龥々ぁ-んァ-ヴー]{1,3}", e["name"])
            }
        )
        self.wiki_names = [
            n for i, n in enumerate(self.wiki_names) if (i % 2 == 0) == (split == "holdout")
        ]

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # personal values ----------------------------------------------------------------------
    def name(self, style: str = "ja") -> tuple[str, str]:
        r = self.r
        if self.split == "holdout" and style == "ja" and r.random() < 0.7:
            n = r.choice(self.wiki_names)
            return n, n[:2]
        last, first = r.choice(self.last), r.choice(self.first)
        if style == "en":
            full = r.choice(
                [f"{first[3]} {last[3]}", f"{last[3].upper()} {first[3]}", f"{first[3]} {last[3]}"]
            )
            return full, last[3]
        form = r.random()
        if form < 0.55:
            return last[0] + r.choice(["", " ", "　"]) + first[0], last[0]
        if form < 0.8:
            return last[2] + r.choice([" ", "　", "・"]) + first[2], last[2]
        if form < 0.9:
            return last[1] + " " + first[1], last[1]
        return last[0], last[0]

    def address(self, en: bool = False) -> str:
        r = self.r
        if en:
            return (
                f"{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)} "
                f"{r.choice(self.town)[3].capitalize()}, "
                f"{r.choice(self.city)[3].capitalize()}-shi, "
                f"{r.choice(self.pref)[3].capitalize()}"
            )
        base = (
            r.choice(["", r.choice(self.pref)[0]]) + r.choice(self.city)[0] + r.choice(self.town)[0]
        )
        k = r.random()
        if k < 0.35:
            num = f"{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
        elif k < 0.6:
            num = f"{r.randint(1, 9)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号"
        elif k < 0.75:
            num = f"{r.randint(1, 999)}番地" + r.choice(["", f"の{r.randint(1, 9)}"])
        elif k < 0.85:
            num = f"{r.choice('一二三四五')}丁目{r.randint(1, 30)}-{r.randint(1, 20)}"
        else:
            num = f"{r.randint(1, 9)}-{r.randint(1, 30)}".translate(FW)
        if r.random() < 0.3:
            num += (
                r.choice([" ", "　", ""])
                + r.choice(["サンハイツ", "コーポ", "グリーンマンション", "メゾン", "レジデンス"])
                + r.choice(["", "桜", "A"])
                + f"{r.randint(1, 9)}0{r.randint(1, 9)}"
                + r.choice(["号室", ""])
            )
        return base + num

    def phone(self) -> str:
        r = self.r
        a = r.choice(
            [
                f"03-{self.digits(4)}-{self.digits(4)}",
                f"090-{self.digits(4)}-{self.digits(4)}",
                f"080{self.digits(8)}",
                f"(06){self.digits(4)}-{self.digits(4)}",
                f"+81-90-{self.digits(4)}-{self.digits(4)}",
                f"0120-{self.digits(3)}-{self.digits(3)}",
                f"045-{self.digits(3)}-{self.digits(4)}",
                f"+81 3 {self.digits(4)} {self.digits(4)}",
            ]
        )
        return a.translate(FW) if r.random() < 0.2 else a

    def email(self) -> str:
        last, first = self.r.choice(self.last), self.r.choice(self.first)
        domain = self.r.choice(["example.jp", "city.example.lg.jp", "mail.example.com"])
        return f"{first[3].lower()}.{last[3].lower()}@{domain}"

    def postal(self) -> str:
        return self.r.choice(["〒", "〒", ""]) + f"{self.digits(3)}-{self.digits(4)}"

    def my_number(self) -> str:
        body = self.digits(11)
        total = sum(int(body[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
        rem = total % 11
        d = body + str(0 if rem <= 1 else 11 - rem)
        return self.r.choice([d, f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:4]}-{d[4:8]}-{d[8:]}"])

    def card(self) -> str:
        body = "4" + self.digits(14)
        total = 0
        for i, c in enumerate(reversed(body)):
            v = int(c) * (2 if i % 2 == 0 else 1)
            total += v - 9 if v > 9 else v
        d = body + str((10 - total % 10) % 10)
        return self.r.choice(
            [
                d,
                " ".join(d[i : i + 4] for i in range(0, 16, 4)),
                "-".join(d[i : i + 4] for i in range(0, 16, 4)),
            ]
        )

    def birth(self) -> str:
        r = self.r
        y = r.randint(1940, 2005)
        m, d = r.randint(1, 12), r.randint(1, 28)
        if y >= 1989:
            era, ey, short = "平成", y - 1988, "H"
        else:
            era, ey, short = "昭和", y - 1925, "S"
        return r.choice(
            [
                f"{era}{ey}年{m}月{d}日",
                f"{y}年{m}月{d}日",
                f"{short}{ey}.{m}.{d}",
                f"{y}/{m:02d}/{d:02d}",
            ]
        )

    def ip(self) -> str:
        return self.r.choice(
            [
                f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                f"2001:db8::{self.r.randint(1, 9999):x}",
            ]
        )

    # distractors ---------------------------------------------------------------------------
    def meeting_date(self) -> str:
        return self.r.choice(
            [
                f"令和6年{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日",
                f"2024年{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日",
                f"2025/{self.r.randint(1, 12)}/{self.r.randint(1, 28)}",
            ]
        )

    def corp_no(self) -> str:
        base = self.digits(12)
        total = sum(int(c) * (1 if n % 2 else 2) for n, c in enumerate(reversed(base), start=1))
        return str(9 - total % 9) + base

    def org(self) -> str:
        return self.r.choice(
            [
                "新宿区役所",
                "株式会社みらい商事",
                "福祉課",
                "市民課",
                "横浜市",
                "大阪府庁",
                "社会福祉協議会",
                "地域包括支援センター",
                "税務課",
                "国民健康保険課",
            ]
        )


def values(g: Gen, en: bool = False) -> dict[str, tuple[str, str | None]]:
    name, surname = g.name("en" if en else "ja")
    name2, _ = g.name("en" if en else "ja")
    r = g.r
    v = {
        "name": (name, "PERSON"),
        "surname": (surname, "PERSON"),
        "name2": (name2, "PERSON"),
        "addr": (g.address(en), "ADDRESS"),
        "phone": (g.phone(), "PHONE"),
        "email": (g.email(), "EMAIL"),
        "postal": (g.postal(), "POSTAL_CODE"),
        "mynum": (g.my_number(), "MY_NUMBER"),
        "birth": (g.birth(), "BIRTH_DATE"),
        "bank": (g.digits(7), "BANK_ACCOUNT"),
        "card": (g.card(), "CREDIT_CARD"),
        "pension": (f"{g.digits(4)}-{g.digits(6)}", "PENSION_NUMBER"),
        "ins": (g.digits(8), "INSURANCE_NUMBER"),
        "license": (g.digits(12), "DRIVER_LICENSE"),
        "passport": (r.choice(["TK", "TR", "MZ"]) + g.digits(7), "PASSPORT"),
        "ip": (g.ip(), "IP_ADDRESS"),
        "mdate": (g.meeting_date(), None),
        "amount": (f"{r.randint(1, 999):,}{r.choice([',000円', '万円'])}", None),
        "case": (f"第{r.randint(2020, 2025)}-{r.randint(1, 999)}号", None),
        "corp": (g.corp_no(), None),
        "org": (g.org(), None),
        "n": (str(r.randint(2, 30)), None),
    }
    if en:
        v["birth"] = (
            r.choice(
                [
                    f"March {r.randint(1, 28)}, {r.randint(1950, 2000)}",
                    f"{r.randint(1950, 2000)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}",
                ]
            ),
            "BIRTH_DATE",
        )
        v["mdate"] = (f"April {r.randint(1, 28)}, 2025", None)
    return v


JA_TEMPLATES = {
    "letter": [
        "{postal}\n{addr}\n{name} 様\n\n拝啓 時下ますますご清祥のこととお慶び申し上げます。\n"
        "{mdate}付けでご申請いただいた件について、{org}で審査いたしました。\n"
        "ご不明な点は担当までお問い合わせください（電話 {phone}）。\n敬具\n{org} 担当：{name2}",
        "{name}様\n\nいつもお世話になっております。{org}の{name2}です。\n"
        "先日お伺いした{addr}の件で、{mdate}に現地確認を行います。金額は{amount}です。",
    ],
    "minutes": [
        "議事録（{mdate}）\n出席者：{name}、{name2}、{org}職員{n}名\n"
        "議題1 {case}について。{surname}委員から補足説明があった。\n次回は{mdate}に開催。",
        "会議メモ {mdate}\n司会 {name}\n報告：{name2}さんより、予算{amount}の執行状況の説明。"
        "法人番号{corp}の事業者と契約。",
    ],
    "case": [
        "相談記録 {case}\n相談者：{name}（生年月日：{birth}）\n住所：{addr}\n連絡先：{phone}\n"
        "マイナンバー：{mynum}\n相談内容：{surname}さんは生活費について相談。{org}へつないだ。",
        "ケース記録\n{name}さん（{birth}生）は{addr}に一人暮らし。長女の{name2}さん（{email}）が週1回訪問。"
        "被保険者番号 {ins}、基礎年金番号 {pension}。",
        "本人確認：運転免許証番号 {license}、旅券番号 {passport}。"
        "振込先は〇〇銀行△△支店 普通 {bank}。"
        "{name}氏のカード番号は{card}との申出あり。",
    ],
    "email": [
        "{name}様\n\n{org}の{name2}です。\n資料を送付しますので、{email}宛にご返信ください。\n"
        "携帯：{phone}\n接続元IP：{ip}\n--\n{name2}",
        "件名：{mdate}の打合せについて\n{surname}さん\nお疲れさまです。{name2}です。{case}の件、{amount}で確定しました。",
    ],
    "table": [
        "氏名,住所,電話番号,生年月日\n{name},{addr},{phone},{birth}\n",
        "No\t氏名\t郵便番号\t連絡先\n{n}\t{name}\t{postal}\t{email}\n",
    ],
}
EN_TEMPLATES = {
    "letter": [
        "Dear {name},\n\nThank you for your application dated {mdate}. "
        "Please contact us at {phone} "
        "or {email}.\nYour registered address is {addr}.\n\nSincerely,\n{name2}"
    ],
    "minutes": [
        "Minutes of the meeting on {mdate}\nAttendees: {name}, {name2}\n"
        "Budget: {amount}. Case {case}."
    ],
    "case": [
        "Case note: {name} (date of birth: {birth}) visited the office. Passport No. {passport}. "
        "Card number {card}. Phone {phone}. Login from {ip}."
    ],
    "email": ["Hi {name},\nPlease send the form to {email} by {mdate}.\nBest regards,\n{name2}"],
    "table": ["Name,Email,Phone\n{name},{email},{phone}\n"],
}


def make(n_docs: int, seed: int) -> list[dict]:
    docs = []
    for split in ("tune", "holdout"):
        rnd = random.Random(f"{seed}-{split}")
        g = Gen(rnd, split)
        for i in range(n_docs // 2):
            en = rnd.random() < 0.25
            table = EN_TEMPLATES if en else JA_TEMPLATES
            style = rnd.choice(sorted(table))
            d = Doc()
            d.render(rnd.choice(table[style]), values(g, en))
            docs.append(
                {
                    "id": f"{split}-{i:04d}",
                    "split": split,
                    "lang": "en" if en else "ja",
                    "style": style,
                    "text": d.text,
                    "entities": d.ents,
                }
            )
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=480)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    docs = make(args.docs, args.seed)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents, {OUT.stat().st_size} bytes -> {OUT}")


if __name__ == "__main__":
    main()
