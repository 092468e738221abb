# ruff: noqa: E501  (header and value tables are long Japanese lines)
"""Generate an independent corpus of municipal exports for the masker (seeded, reproducible).

What a clerk pastes or drops: 名簿, 口座振替, 受給者一覧, 介護認定, 国保, 外国人住民 and 端末
lists, as CSV, TSV, Markdown, space-aligned text and the "| a | b |" form the document reader
makes of .xlsx sheets and .docx tables; with and without a header row, columns shuffled and
sub-set, headers in kanji, kana, half-width kana and abbreviations, values in many notations;
some documents marked for Shift_JIS (the gate round-trips them through the document reader).

Names and places come from /work/shared/data/gimei-synthetic-source (MIT); the numbers are
random with valid check digits where the type has one. Nothing here looks at the masker: the
generator is written from the kinds of exports, and the gate reports numbers on a seed that
the masker was not tuned on (see tests/masking_exports/README.md for the protocol).

Gold spans: the cell value (a number without 普通/〒), every cell of a personal column.

    .venv/bin/python bench/make_masking_exports.py --seed 2 [--out PATH] [--docs 200]
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = Path("/work/shared/data/gimei-synthetic-source")
OUT = ROOT / "tests" / "masking_exports" / "data" / "exports.jsonl"


# -- source data ------------------------------------------------------------------------------
def _section(path: Path, key: str) -> list[list[str]]:
    """Rows ['漢字', 'ひらがな', 'カタカナ', 'romaji'] under ``key:`` of a gimei YAML file."""
    out, inside, indent = [], False, 0
    for line in path.read_text("utf-8").splitlines():
        stripped = line.strip()
        if stripped == f"{key}:":
            inside, indent = True, len(line) - len(line.lstrip())
            continue
        if inside:
            if stripped.startswith("- ["):
                out.append(ast.literal_eval(stripped[2:]))
            elif stripped and len(line) - len(line.lstrip()) <= indent:
                inside = False
    return out


class Source:
    def __init__(self) -> None:
        names = SOURCE / "names.yml"
        self.surnames = _section(names, "last_name")
        self.given = _section(names, "male") + _section(names, "female")
        addresses = SOURCE / "addresses.yml"
        self.prefs = _section(addresses, "prefecture")
        self.cities = _section(addresses, "city")
        self.towns = _section(addresses, "town")


def half_width(kana: str) -> str:
    """Full-width katakana to half-width (ｽｽﾞｷ), as old host systems export it."""
    out = []
    for ch in kana:
        for cand in _HALF.get(ch, ch):
            out.append(cand)
    return "".join(out)


_HALF: dict[str, str] = {}
for _cp in range(0xFF61, 0xFFA0):
    _full = unicodedata.normalize("NFKC", chr(_cp))
    if len(_full) == 1:
        _HALF.setdefault(_full, chr(_cp))
for _ch in "ガギグゲゴザジズゼゾダヂヅデドバビブベボ":
    _HALF[_ch] = _HALF[chr(ord(_ch) - 1)] + "ﾞ"
for _ch in "パピプペポ":
    _HALF[_ch] = _HALF[chr(ord(_ch) - 2)] + "ﾟ"
_HALF["ヴ"] = "ｳﾞ"
_HALF["ー"] = "ｰ"
_HALF[" "] = " "


# -- value generators -------------------------------------------------------------------------
def my_number(r: random.Random) -> str:
    body = [r.randint(0, 9) for _ in range(11)]
    total = sum(body[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    rem = total % 11
    return "".join(map(str, body)) + str(0 if rem <= 1 else 11 - rem)


def luhn_card(r: random.Random) -> str:
    digits = [4] + [r.randint(0, 9) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        d2 = d * 2 if i % 2 == 0 else d
        total += d2 - 9 if d2 > 9 else d2
    digits.append((10 - total % 10) % 10)
    s = "".join(map(str, digits))
    style = r.random()
    if style < 0.4:
        return "-".join(s[i : i + 4] for i in range(0, 16, 4))
    if style < 0.6:
        return " ".join(s[i : i + 4] for i in range(0, 16, 4))
    return s


_ERAS = (("昭和", "S", 1925), ("平成", "H", 1988))


def birth_date(r: random.Random) -> str:
    y, m, d = r.randint(1930, 2005), r.randint(1, 12), r.randint(1, 28)
    era = _ERAS[0] if y < 1989 else _ERAS[1]
    ey = y - era[2]
    style = r.randrange(8)
    if style == 6:
        return f"{era[0]}{kanji_number(ey)}年{kanji_number(m)}月{kanji_number(d)}日"
    if style == 7:
        return f"{era[1]}{ey:02d}.{m:02d}.{d:02d}"
    if style == 0:
        return f"{y}/{m:02d}/{d:02d}"
    if style == 1:
        return f"{y}-{m:02d}-{d:02d}"
    if style == 2:
        return f"{era[0]}{ey}年{m}月{d}日"
    if style == 3:
        return f"{era[1]}{ey}.{m}.{d}"
    if style == 4:
        return f"{y}年{m}月{d}日"
    return f"{y}/{m}/{d}"


def kanji_number(n: int) -> str:
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def phone(r: random.Random, mobile: bool | None = None) -> str:
    mobile = r.random() < 0.5 if mobile is None else mobile
    if mobile:
        head = r.choice(("090", "080", "070"))
        a, b = r.randint(1000, 9999), r.randint(1000, 9999)
        return r.choice((f"{head}-{a}-{b}", f"{head}{a}{b}", f"{head}({a}){b}"))
    area = r.choice(("011", "03", "06", "022", "052", "092", "0166", "0138", "045", "048"))
    rest = 10 - len(area)
    mid_len = 4 if rest == 8 else 3 if rest == 7 else 2
    mid = "".join(str(r.randint(0, 9)) for _ in range(mid_len))
    mid = str(r.randint(2, 9)) + mid[1:]
    tail = "".join(str(r.randint(0, 9)) for _ in range(4))
    return r.choice((f"{area}-{mid}-{tail}", f"{area}({mid}){tail}"))


def postal(r: random.Random) -> str:
    return f"{r.randint(0, 999):03d}-{r.randint(0, 9999):04d}"


def address(r: random.Random, src: Source) -> str:
    return "".join(address_parts(r, src))


def address_parts(r: random.Random, src: Source) -> tuple[str, str]:
    """(street address, building and room or "")."""
    pref = r.choice(src.prefs)[0]
    city = r.choice(src.cities)[0]
    town = r.choice(src.towns)[0]
    style = r.randrange(6)
    if style == 0:
        num = f"{r.randint(1, 9)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号"
    elif style == 1:
        num = f"{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
    elif style == 2:
        num = f"{r.randint(1, 2000)}番地{r.randint(1, 30)}" if r.random() < 0.5 else f"{r.randint(1, 2000)}番地"
    elif style == 3:
        town = ""
        num = f"{r.choice('北南')}{r.randint(1, 40)}条{r.choice('東西')}{r.randint(1, 20)}丁目{r.randint(1, 30)}番地{r.randint(1, 20)}"
    else:
        num = f"{r.randint(1, 9)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}"
    with_pref = r.random() < 0.6
    base = (pref if with_pref else "") + city + town + num
    extra = ""
    if r.random() < 0.4:
        building = r.choice(("ハイツ", "コーポ", "メゾン", "マンション", "レジデンス", "荘"))
        stem = r.choice(src.towns)[2][:4] if r.random() < 0.5 else r.choice(("さくら", "グリーン", "第一", "サン", "ひまわり"))
        room = r.choice((f"{r.randint(1, 9)}0{r.randint(1, 9)}号室", f"{r.randint(1, 9)}0{r.randint(1, 9)}", f"{r.randint(2, 15)}階"))
        sep = r.choice((" ", "　", ""))
        extra = sep + (stem + building if building != "荘" else stem + "荘") + room
    return base, extra


def bank_account(r: random.Random) -> str:
    return f"{r.randint(0, 9999999):07d}"


def pension(r: random.Random) -> str:
    a, b = r.randint(1000, 9999), r.randint(0, 999999)
    return r.choice((f"{a}-{b:06d}", f"{a}{b:06d}", f"{a} {b:06d}"))


def insurance(r: random.Random, kind: str) -> str:
    if kind == "kaigo":
        return f"{r.randint(0, 9999999999):010d}"
    if kind == "kigo":
        return r.choice((
            f"{r.randint(1, 99)}・{r.randint(1, 9999)}",
            f"{r.randint(1, 9999)}-{r.randint(1, 999)}",
            f"記号{r.randint(1, 999)} 番号{r.randint(1, 9999)}",
            f"{r.randint(1, 99)}-{r.randint(1000, 99999)}-{r.randint(0, 9):02d}",
        ))
    return f"{r.randint(0, 99999999):08d}"


def licence(r: random.Random) -> str:
    return f"{r.randint(10, 99)}{r.randint(0, 9999999999):010d}"


def passport(r: random.Random) -> str:
    return r.choice(("TK", "TR", "MZ", "TZ", "RE")) + f"{r.randint(0, 9999999):07d}"


def ip(r: random.Random) -> str:
    return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}" if r.random() < 0.5 else f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


class Person:
    def __init__(self, r: random.Random, src: Source) -> None:
        self.sur = r.choice(src.surnames)
        self.giv = r.choice(src.given)

    def kanji(self, r: random.Random) -> str:
        return self.sur[0] + r.choice((" ", "　", "")) + self.giv[0]

    def kana(self, r: random.Random) -> str:
        sep = r.choice((" ", "　", ""))
        return self.sur[2] + sep + self.giv[2]

    def half(self) -> str:
        return half_width(self.sur[2] + " " + self.giv[2])

    def romaji(self) -> str:
        return f"{self.sur[3].upper()} {self.giv[3].upper()}"

    def email(self, r: random.Random) -> str:
        dom = r.choice(("example.jp", "example.ne.jp", "mail.example.com", "example.co.jp"))
        return f"{self.giv[3].lower()}.{self.sur[3].lower()}{r.randint(1, 99)}@{dom}"


# -- columns: (header variants, type or None, value function) -------------------------------
def columns(r: random.Random, src: Source, p: Person) -> dict[str, tuple[tuple[str, ...], str | None, str]]:
    """Every column a row of any list may have, for person ``p``."""
    street, building = address_parts(r, src)
    return {
        "no": (("No", "番号", "連番", "No."), None, str(r.randint(1, 999))),
        "name": (("氏名", "名前", "ｼﾒｲ", "受給者氏名", "利用者名", "世帯主", "Name"), "PERSON", p.kanji(r)),
        "kana": (("フリガナ", "氏名（カナ）", "ﾌﾘｶﾞﾅ", "カナ氏名", "ｶﾅ"), "PERSON", r.choice((p.kana(r), p.half()))),
        "romaji": (("NAME", "氏名（ローマ字）", "Name"), "PERSON", p.romaji()),
        "holder": (("口座名義", "口座名義（カナ）", "ｺｳｻﾞﾒｲｷﾞ"), "PERSON", r.choice((p.half(), p.kana(r)))),
        "sex": (("性別",), None, r.choice(("男", "女"))),
        "age": (("年齢",), None, str(r.randint(18, 95))),
        "birth": (("生年月日", "ｾｲﾈﾝｶﾞｯﾋﾟ", "生年月日（和暦）", "誕生日", "Date of Birth", "DOB"), "BIRTH_DATE", birth_date(r)),
        "postal": (("郵便番号", "〒", "ﾕｳﾋﾞﾝ"), "POSTAL_CODE", postal(r)),
        "address": (("住所", "現住所", "ｼﾞｭｳｼｮ", "住所地", "Address"), "ADDRESS", address(r, src)),
        "address1": (("住所1", "住所（番地まで）", "住所１"), "ADDRESS", street),
        "address2": (("住所2", "方書", "建物名", "住所２"), "ADDRESS" if building else None, building),
        "phone": (("電話番号", "TEL", "電話", "ﾃﾞﾝﾜ", "連絡先電話", "Phone"), "PHONE", phone(r)),
        "mobile": (("携帯", "携帯番号", "携帯電話"), "PHONE", phone(r, True)),
        "email": (("メールアドレス", "E-mail", "ﾒｰﾙ"), "EMAIL", p.email(r)),
        "district": (("地区", "行政区"), None, r.choice(("東地区", "西地区", "中央", "北部", "第3区"))),
        "household": (("世帯番号",), None, f"{r.randint(1, 99999):05d}"),
        "bank": (("金融機関名", "銀行名"), None, r.choice(("みずほ銀行", "北洋銀行", "ゆうちょ銀行", "○○信用金庫", "JAいしかり"))),
        "bank_code": (("金融機関コード", "銀行コード"), None, f"{r.randint(1, 9999):04d}"),
        "branch": (("支店名",), None, r.choice(("本店営業部", "札幌支店", "駅前支店", "北口出張所"))),
        "branch_code": (("支店コード",), None, f"{r.randint(1, 999):03d}"),
        "kind": (("預金種目", "種目"), None, r.choice(("普通", "当座", "1"))),
        "account": (("口座番号", "ｺｳｻﾞ", "口座No", "ｺｳｻﾞﾊﾞﾝｺﾞｳ"), "BANK_ACCOUNT", bank_account(r)),
        "amount": (("引落金額", "金額", "支給額"), None, r.choice((str(r.randint(1000, 99999)), f"{r.randint(1, 99)},{r.randint(0, 999):03d}"))),
        "date": (("振替日", "認定日", "受付日", "支給開始日"), None, f"{r.randint(2019, 2026)}/{r.randint(1, 12):02d}/{r.randint(1, 28):02d}"),
        "pension": (("基礎年金番号", "年金番号", "年金No", "ﾈﾝｷﾝﾊﾞﾝｺﾞｳ"), "PENSION_NUMBER", pension(r)),
        "kaigo_no": (("被保険者番号", "被保番号", "証番号"), "INSURANCE_NUMBER", insurance(r, "kaigo")),
        "kigo": (("記号・番号", "記号番号", "被保険者証記号番号"), "INSURANCE_NUMBER", insurance(r, "kigo")),
        "insurer": (("保険者番号",), None, f"{r.randint(1, 99999999):08d}"),
        "level": (("要介護度", "認定区分"), None, r.choice(("要支援1", "要支援2", "要介護1", "要介護3", "要介護5"))),
        "period": (("有効期間",), None, f"{r.randint(2024, 2026)}/04/01～{r.randint(2026, 2028)}/03/31"),
        "office": (("居宅介護支援事業所", "事業所名"), None, r.choice(("ひまわりケアセンター", "市社会福祉協議会", "あおぞら居宅介護支援事業所"))),
        "licence": (("免許証番号", "運転免許証番号", "免許番号"), "DRIVER_LICENSE", licence(r)),
        "mynumber": (("個人番号", "マイナンバー"), "MY_NUMBER", my_number(r)),
        "card": (("カード番号", "クレジットカード番号"), "CREDIT_CARD", luhn_card(r)),
        "passport": (("旅券番号", "パスポート番号"), "PASSPORT", passport(r)),
        "nation": (("国籍",), None, r.choice(("ベトナム", "中国", "フィリピン", "ブラジル", "ネパール"))),
        "ip": (("IPアドレス", "IP"), "IP_ADDRESS", ip(r)),
        "device": (("端末名", "機器名"), None, f"PC-{r.randint(100, 999)}"),
        "section": (("所属", "担当課"), None, r.choice(("保健福祉課", "税務課", "市民課", "介護保険課"))),
        "note": (("備考",), None, r.choice(("", "特になし", "転居予定", "要確認", "再発行", "口座変更済"))),
    }


KINDS = {
    "名簿": (["name"], ["no", "kana", "sex", "age", "birth", "postal", "address", "phone", "mobile", "email", "district", "household", "note", "address1", "address2"]),
    "口座振替": (["name", "account"], ["no", "holder", "bank", "bank_code", "branch", "branch_code", "kind", "amount", "date", "postal", "address", "phone"]),
    "受給者一覧": (["name", "pension"], ["no", "kana", "birth", "address", "phone", "amount", "date", "mynumber", "note"]),
    "介護認定": (["name", "kaigo_no"], ["no", "kana", "birth", "sex", "level", "date", "period", "address", "phone", "office", "insurer", "address1", "address2"]),
    "国保": (["name", "kigo"], ["no", "kana", "birth", "insurer", "address", "phone", "household", "mynumber"]),
    "外国人住民": (["romaji", "passport"], ["no", "kana", "nation", "birth", "address", "phone", "email"]),
    "免許・カード": (["name", "licence"], ["no", "card", "birth", "address", "mobile", "note"]),
    "端末": (["name", "ip"], ["no", "section", "device", "email", "phone"]),
}
FORMATS = ("csv", "tsv", "markdown", "sheet", "aligned")
AMBIGUOUS_WITHOUT_HEADER = frozenset(("account", "pension", "kaigo_no", "kigo", "licence"))


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def render(fmt: str, header: list[str] | None, rows: list[list[tuple[str, str | None]]]) -> tuple[str, list[dict]]:
    """The document text and its gold entities."""
    text_parts: list[str] = []
    ents: list[dict] = []
    pos = 0

    def emit(s: str, kind: str | None = None) -> None:
        nonlocal pos
        if kind and s.strip():
            lead = len(s) - len(s.lstrip(" "))
            core = s.strip(" ")
            ents.append({"type": kind, "start": pos + lead, "end": pos + lead + len(core)})
        text_parts.append(s)
        pos += len(s)

    all_rows: list[list[tuple[str, str | None]]] = ([[(h, None) for h in header]] if header else []) + rows
    widths = [max(_width(row[i][0]) for row in all_rows) for i in range(len(all_rows[0]))]
    for n, row in enumerate(all_rows):
        if fmt in ("markdown", "sheet"):
            emit("| ")
            for i, (v, k) in enumerate(row):
                emit(v, k)
                emit(" | " if i < len(row) - 1 else " |")
        elif fmt == "aligned":
            for i, (v, k) in enumerate(row):
                emit(v, k)
                if i < len(row) - 1:
                    emit(" " * (widths[i] - _width(v) + 2))
        else:
            sep = "," if fmt == "csv" else "\t"
            for i, (v, k) in enumerate(row):
                if fmt == "csv" and "," in v:
                    emit('"')
                    emit(v, k)
                    emit('"')
                else:
                    emit(v, k)
                if i < len(row) - 1:
                    emit(sep)
        emit("\n")
        if n == 0 and header and fmt == "markdown":
            emit("|" + "|".join("---" for _ in row) + "|\n")
    return "".join(text_parts), ents


def document(r: random.Random, src: Source, idx: int) -> dict:
    kind = r.choice(list(KINDS))
    must, optional = KINDS[kind]
    cols = must + r.sample(optional, r.randint(2, min(7, len(optional))))
    r.shuffle(cols)
    fmt = r.choice(FORMATS)
    with_header = r.random() < 0.75
    if not with_header:
        # Without a header only a column whose values say what they are can be typed: a bare
        # 10-digit 被保険者番号 or 7-digit 口座番号 is any number, so such lists keep a header.
        cols = [c for c in cols if c not in AMBIGUOUS_WITHOUT_HEADER]
    sample = columns(r, src, Person(r, src))
    header = [r.choice(sample[c][0]) for c in cols] if with_header else None
    rows = []
    for _ in range(r.randint(4, 14)):
        values = columns(r, src, Person(r, src))
        rows.append([(values[c][2], values[c][1]) for c in cols])
    if fmt == "aligned":  # an aligned table has no empty cell to lose its place
        rows = [[(v or "-", k if v else None) for v, k in row] for row in rows]
    if fmt in ("sheet", "csv") and r.random() < 0.3:
        # a total row at the bottom, as a sheet has
        total = [("", None)] * len(cols)
        total[0] = ("合計", None)
        total[-1] = (f"{len(rows)}件", None)
        rows.append(total)
    text, ents = render(fmt, header, rows)
    if fmt == "sheet" and r.random() < 0.3:
        title = f"| {kind}一覧 |\n"  # a title cell above the header, as on a sheet
        for e in ents:
            e["start"] += len(title)
            e["end"] += len(title)
        text = title + text
    lead = r.choice(("", f"{kind}（{r.randint(2024, 2026)}年{r.randint(1, 12)}月分）\n\n", "以下のデータを集計してください。\n"))
    for e in ents:
        e["start"] += len(lead)
        e["end"] += len(lead)
    text = lead + text
    encoding = "cp932" if r.random() < 0.3 else "utf-8"
    if encoding == "cp932":
        try:
            text.encode("cp932")
        except UnicodeEncodeError:
            encoding = "utf-8"
    return {
        "id": f"export-{idx:03d}",
        "lang": "ja",
        "style": f"{kind}/{fmt}/{'header' if with_header else 'headerless'}",
        "encoding": encoding,
        "text": text,
        "entities": ents,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    r = random.Random(args.seed)
    src = Source()
    docs = [document(r, src, i) for i in range(args.docs)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["entities"]) for d in docs)
    print(f"{len(docs)} documents, {n} personal items, seed {args.seed} -> {args.out}")


if __name__ == "__main__":
    main()
