# ruff: noqa: E501  (the documents' sentences are data: one article a line reads better)
"""Realistic municipal documents of our own, and clerks' questions about them.

    python bench/knowledge_corpus.py OUT_DIR [--set dev|heldout] [--filler N]

Writes 例規 (articles 第N条 with captions, 附則 with 施行日), 要綱 for a dozen near-identical
subsidies (three of them in an old and a new version), fee tables and an FAQ as .xlsx, manuals as
.docx/.pdf/.txt (CP932)/.md, and ``questions.jsonl``: {"id", "query", "kind", "expect": [[file,
snippet], ...]}; a result is right when it comes from ``file`` and its text holds ``snippet``.

Two sets with different towns, numbers, file formats and — above all — question wording:
``dev`` is what the ranking was tuned on; ``heldout``'s questions were written before any tuning
and are only measured. ``--filler N`` adds N unrelated but similar-looking rules (distractors; also
the 1,000-document scale run).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.knowledge.makers import write_docx, write_pdf, write_xlsx  # noqa: E402

KANJI_NUM = "〇一二三四五六七八九"


def wareki(year: int, month: int, day: int) -> str:
    r = year - 2018
    return f"令和{'元' if r == 1 else r}年{month}月{day}日"


@dataclass
class Question:
    id: str
    query: str
    kind: str
    expect: list[tuple[str, str]]


@dataclass
class Corpus:
    out: Path
    rng: random.Random
    variant: str
    city: str
    questions: list[Question] = field(default_factory=list)

    def ask(self, kind: str, dev: str, heldout: str, *expect: tuple[str, str]) -> None:
        query = dev if self.variant == "dev" else heldout
        self.questions.append(Question(f"{self.variant}-{len(self.questions) + 1:03d}", query, kind,
                                       list(expect)))

    def fmt(self, dev: str, heldout: str) -> str:
        return dev if self.variant == "dev" else heldout


# -- writing a rule in any format ------------------------------------------------------------
def rule_lines(title: str, articles: list[tuple[str, str]], enacted: str,
               chapters: dict[int, str] | None = None) -> list[str]:
    lines = [title, ""]
    for n, (caption, body) in enumerate(articles, start=1):
        if chapters and n in chapters:
            lines += [chapters[n], ""]
        lines.append(f"（{caption}）")
        first, *rest = body.split("\n")
        lines.append(f"第{n}条　{first}")
        lines += rest
    lines += ["", "附　則", f"この{'要綱' if title.endswith('要綱') else '規則' if title.endswith('規則') else '条例' if title.endswith('条例') else '規程'}は、{enacted}から施行する。"]
    return lines


def write_rule(c: Corpus, name: str, fmt: str, lines: list[str]) -> str:
    path = c.out / f"{name}.{fmt}"
    if fmt == "docx":
        write_docx(path, [("p", line) for line in lines])
    elif fmt == "pdf":
        pages, page, size = [], [], 0
        for line in lines:
            page.append(line)
            size += len(line)
            if size > 1100:
                pages.append("\n".join(page))
                page, size = [], 0
        pages.append("\n".join(page))
        write_pdf(path, pages)
    elif fmt == "txt":
        path.write_bytes("\r\n".join(lines).encode("cp932"))
    elif fmt == "md":
        path.write_text("# " + lines[0] + "\n\n" + "\n\n".join(lines[1:]), "utf-8")
    return path.name


# -- 要綱: near-identical subsidies ----------------------------------------------------------
SUBSIDIES = [
    # key, item, verb, purpose, extra condition, expense, colloquial (dev), colloquial (heldout)
    ("生ごみ処理機購入費補助金", "生ごみ処理機", "購入", "ごみの減量化及び資源化の推進",
     "過去5年以内に同種の補助を受けていない者", "生ごみ処理機の本体購入費", "生ごみを処理する機械",
     "生ゴミを減らす家電"),
    ("雨水貯留タンク設置費補助金", "雨水貯留タンク", "設置", "雨水の有効利用及び浸水被害の軽減",
     "自ら居住する住宅に設置する者", "タンク本体及び設置工事費", "雨水をためるタンク",
     "雨水タンク"),
    ("住宅用太陽光発電システム設置費補助金", "住宅用太陽光発電システム", "設置",
     "再生可能エネルギーの普及促進", "電力会社と系統連系契約を締結した者",
     "太陽電池モジュール及び設置工事費", "屋根の太陽光パネル", "ソーラーパネル"),
    ("家庭用蓄電池設置費補助金", "家庭用蓄電池", "設置", "災害時の電源確保及び温室効果ガスの削減",
     "未使用品を設置する者", "蓄電池本体及び設置工事費", "家庭用の蓄電池", "家のバッテリー"),
    ("防犯カメラ設置費補助金", "防犯カメラ", "設置", "地域の防犯力の向上",
     "自治会又は町内会であること", "カメラ本体、録画装置及び設置工事費", "自治会の防犯カメラ",
     "町内会で付ける監視カメラ"),
    ("木造住宅耐震改修補助金", "木造住宅の耐震改修", "実施", "地震に強いまちづくりの推進",
     "昭和56年5月31日以前に着工した木造住宅の所有者", "耐震改修工事費",
     "古い木造の家の耐震工事", "昔の木造住宅の地震対策の工事"),
    ("空家改修費補助金", "空家の改修", "実施", "空家の利活用及び移住定住の促進",
     "改修後5年以上居住する者", "空家の改修工事費", "空き家のリフォーム", "空き家を直して住む"),
    ("合併処理浄化槽設置整備事業補助金", "合併処理浄化槽", "設置", "公共用水域の水質保全",
     "下水道事業計画区域外に住宅を有する者", "浄化槽本体及び設置工事費", "浄化槽",
     "くみ取りから浄化槽への切り替え"),
    ("生垣設置奨励補助金", "生垣", "設置", "緑化の推進及びブロック塀の倒壊防止",
     "道路に面して延長5メートル以上の生垣を設置する者", "樹木の購入費及び植栽工事費", "生け垣",
     "ブロック塀の代わりの植木"),
    ("電動アシスト自転車購入費補助金", "電動アシスト自転車", "購入", "環境にやさしい交通手段の普及",
     "購入日において市内に住所を有する者", "自転車本体の購入費", "電動自転車",
     "電動チャリ"),
    ("結婚新生活支援補助金", "結婚に伴う新生活", "開始", "若い世代の定住の促進",
     "婚姻日における夫婦の年齢がいずれも39歳以下である者", "新居の家賃及び引越費用",
     "新婚さんの家賃や引っ越し代", "結婚したときの引越し費用"),
    ("不妊治療費助成金", "不妊治療", "実施", "子どもを望む夫婦の経済的負担の軽減",
     "治療開始時に妻の年齢が43歳未満である者", "保険適用外の不妊治療費", "不妊治療",
     "妊活の治療費"),
]
VERSIONED = ("木造住宅耐震改修補助金", "住宅用太陽光発電システム設置費補助金", "結婚新生活支援補助金")
RATES = ["2分の1", "3分の1", "3分の2", "4分の3", "10分の8"]


def subsidy_articles(item, verb, purpose, extra, expense, rate, limit, deadline, days, form):
    return [
        ("目的", f"この要綱は、{item}の{verb}に要する経費の一部を補助することにより、{purpose}を図ることを目的とする。"),
        ("補助対象者", "補助金の交付を受けることができる者は、次の各号のいずれにも該当する者とする。\n"
         "(1)　市内に住所を有する者\n(2)　市税を滞納していない者\n"
         f"(3)　{extra}"),
        ("補助対象経費", f"補助の対象となる経費は、{expense}とする。ただし、消費税及び地方消費税相当額を除く。"),
        ("補助金の額", f"補助金の額は、補助対象経費の{rate}に相当する額とし、{limit:,}円を限度とする。"
         "この場合において、1,000円未満の端数は切り捨てる。"),
        ("交付申請", f"補助金の交付を受けようとする者は、{deadline}までに、{form}に次に掲げる書類を添えて"
         "市長に申請しなければならない。\n(1)　見積書の写し\n(2)　住民票の写し\n(3)　その他市長が必要と認める書類"),
        ("交付決定", "市長は、前条の申請があったときは、その内容を審査し、適当と認めたときは補助金の交付を"
         "決定し、交付決定通知書により申請者に通知するものとする。"),
        ("実績報告", f"補助事業者は、事業が完了したときは、完了の日から{days}日以内又は当該年度の3月10日の"
         "いずれか早い日までに、実績報告書を市長に提出しなければならない。"),
        ("交付の取消し等", "市長は、補助事業者が偽りその他不正の手段により補助金の交付を受けたときは、"
         "交付の決定を取り消し、既に交付した補助金の全部又は一部の返還を命ずることができる。"),
    ]


def make_subsidies(c: Corpus) -> dict[str, tuple[str, str, int]]:
    rng = c.rng
    out: dict[str, tuple[str, str, int]] = {}
    formats = ["docx", "pdf", "txt", "md"]
    used_limits: set[int] = set()
    for i, (key, item, verb, purpose, extra, expense, _dev, _held) in enumerate(SUBSIDIES):
        title = f"{c.city}{key}交付要綱"
        fmt = formats[(i + (1 if c.variant == "heldout" else 0)) % len(formats)]
        while True:
            limit = rng.choice([3, 5, 8, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, 150]) * 10_000
            if limit not in used_limits:
                used_limits.add(limit)
                break
        rate = rng.choice(RATES)
        deadline = rng.choice(["工事に着手する日の30日前", "購入した日から6月以内", "当該年度の1月31日",
                               "事業に着手する前"])
        days = rng.choice([20, 30, 60])
        arts = subsidy_articles(item, verb, purpose, extra, expense, rate, limit, deadline, days,
                                f"{key}交付申請書（様式第1号）")
        new_year = rng.choice([2024, 2025])
        name = key if key not in VERSIONED else f"{key}交付要綱_R{new_year - 2018}"
        fname = write_rule(c, name, fmt, rule_lines(title, arts, wareki(new_year, 4, 1)))
        out[key] = (fname, rate, limit)
        if key in VERSIONED:
            old_limit = limit // 2 + 10_000 * rng.choice([1, 2, 3])
            old_rate = RATES[(RATES.index(rate) + 1) % len(RATES)]
            old_arts = subsidy_articles(item, verb, purpose, extra, expense, old_rate, old_limit,
                                        deadline, days, f"{key}交付申請書（様式第1号）")
            old_year = new_year - rng.choice([3, 4])
            old_name = f"{key}交付要綱_R{old_year - 2018}"
            old_fmt = formats[(i + 2) % len(formats)]
            old_file = write_rule(c, old_name, old_fmt, rule_lines(title, old_arts, wareki(old_year, 4, 1)))
            out[key + "#old"] = (old_file, old_rate, old_limit)
    return out


# -- 例規 ------------------------------------------------------------------------------------
def make_rules(c: Corpus) -> dict[str, str]:
    rng = c.rng
    v = c.variant
    files: dict[str, str] = {}
    annual = rng.choice([20, 20, 20])
    overtime_m, overtime_y = rng.choice([(45, 360), (45, 360)])
    marriage = rng.choice([5, 7])
    parents = rng.choice([7, 5])
    kinmu = [
        ("趣旨", "この条例は、地方公務員法第24条第5項の規定に基づき、職員の勤務時間、休日及び休暇に関し必要な事項を定めるものとする。"),
        ("1週間の勤務時間", "職員の勤務時間は、休憩時間を除き、1週間当たり38時間45分とする。"),
        ("週休日及び勤務時間の割振り", "日曜日及び土曜日は、週休日（勤務時間を割り振らない日をいう。）とする。\n２　任命権者は、月曜日から金曜日までの5日間において、1日につき7時間45分の勤務時間を割り振るものとする。"),
        ("休憩時間", "任命権者は、1日の勤務時間が6時間を超える場合においては、少なくとも60分の休憩時間を、勤務時間の途中に置かなければならない。"),
        ("年次有給休暇", f"年次有給休暇は、1の年ごとにおける休暇とし、その日数は、1の年において{annual}日とする。\n２　年次有給休暇（この項の規定により繰り越されたものを除く。）は、{annual}日を超えない範囲内の残日数を限度として、当該年の翌年に繰り越すことができる。"),
        ("病気休暇", "病気休暇は、職員が負傷又は疾病のため療養する必要があり、その勤務しないことがやむを得ないと認められる場合における休暇とし、その期間は、療養のため必要と認める期間とする。ただし、連続して90日を超えることはできない。"),
        ("特別休暇", f"特別休暇は、次の各号に掲げる場合における休暇とする。\n(1)　職員が結婚する場合で、結婚式、旅行その他の結婚に伴い必要と認められる行事等のため勤務しないことが相当であると認められるとき　連続する{marriage}日の範囲内の期間\n(2)　6週間（多胎妊娠の場合にあっては、14週間）以内に出産する予定である女性職員が申し出た場合　出産の日までの申し出た期間\n(3)　職員の妻が出産する場合で、出産に伴い勤務しないことが相当であると認められるとき　2日の範囲内の期間\n(4)　職員の親族が死亡した場合で、葬儀、服喪その他の親族の死亡に伴い必要と認められる行事等のため勤務しないことが相当であると認められるとき　配偶者7日、父母{parents}日、子5日、祖父母3日、兄弟姉妹3日の範囲内の期間\n(5)　夏季における心身の健康の維持及び増進のため勤務しないことが相当であると認められるとき　7月から9月までの期間内における5日の範囲内の期間"),
        ("介護休暇", "介護休暇は、職員が要介護者の介護をするため、勤務しないことが相当であると認められる場合における休暇とする。\n２　介護休暇の期間は、要介護者の各々が当該介護を必要とする一の継続する状態ごとに、3回を超えず、かつ、通算して6月を超えない範囲内で指定する期間とする。"),
        ("介護時間", "介護時間は、職員が要介護者の介護をするため、連続する3年の期間内において1日の勤務時間の一部につき勤務しないことが相当であると認められる場合における休暇とし、その時間は1日につき2時間を超えない範囲内とする。"),
        ("時間外勤務の上限", f"任命権者は、職員に正規の勤務時間以外の時間において勤務を命ずる場合には、1箇月について{overtime_m}時間、1年について{overtime_y}時間の範囲内で必要最小限のものとしなければならない。"),
    ]
    title = f"{c.city}職員の勤務時間、休日及び休暇に関する条例"
    files["kinmu"] = write_rule(c, "職員の勤務時間休日及び休暇に関する条例", "docx" if v == "dev" else "pdf",
                                rule_lines(title, kinmu, wareki(2019, 4, 1)))
    c.ask("paraphrase", "有給休暇は1年に何日もらえますか", "年休って年間で何日あるの？",
          (files["kinmu"], f"1の年において{annual}日"))
    c.ask("paraphrase", "残業は月に何時間までできる？", "時間外勤務の月の上限時間を知りたい",
          (files["kinmu"], f"1箇月について{overtime_m}時間"))
    c.ask("paraphrase", "親が亡くなったときは何日休めますか", "父が死去した場合の忌引は何日か",
          (files["kinmu"], f"父母{parents}日"))
    c.ask("paraphrase", "結婚するときの休みは何日", "結婚休暇の日数",
          (files["kinmu"], f"連続する{marriage}日"))
    c.ask("paraphrase", "昼休みは何分とらなければいけないか", "休憩時間は最低何分必要ですか",
          (files["kinmu"], "60分の休憩時間"))
    c.ask("paraphrase", "親の介護で長く休める期間は？", "かいごきゅうかはつうさんでどのくらいとれる",
          (files["kinmu"], "通算して6月"))

    ikuji = [
        ("趣旨", "この条例は、地方公務員の育児休業等に関する法律に基づき、職員の育児休業等に関し必要な事項を定めるものとする。"),
        ("育児休業をすることができない職員", "法第2条第1項の条例で定める職員は、次に掲げる職員とする。\n(1)　臨時的に任用される職員\n(2)　法第6条第1項の規定により任期を定めて採用された職員"),
        ("育児休業の期間", "職員は、任命権者の承認を受けて、当該職員の子を養育するため、当該子が3歳に達する日まで、育児休業をすることができる。"),
        ("再度の育児休業をすることができる特別の事情", "法第2条第1項ただし書の条例で定める特別の事情は、育児休業をしている職員が産前の休業を始め、又は出産したことにより当該育児休業の承認が効力を失った後、当該産前の休業又は出産に係る子が死亡し、又は養子縁組等により職員と別居することとなったこととする。"),
        ("部分休業の承認", "任命権者は、職員が小学校就学の始期に達するまでの子を養育するため、1日の勤務時間の一部（2時間を超えない範囲内の時間に限る。）について勤務しないことを承認することができる。"),
        ("部分休業をしている職員の給与の取扱い", "職員が部分休業の承認を受けて勤務しない場合には、その勤務しない1時間につき、給与条例に定める勤務1時間当たりの給与額を減額して給与を支給する。"),
    ]
    files["ikuji"] = write_rule(c, "職員の育児休業等に関する条例", "txt",
                                rule_lines(f"{c.city}職員の育児休業等に関する条例", ikuji, wareki(2019, 4, 1)))
    c.ask("paraphrase", "育休は子どもが何歳になるまで取れる？", "いくじきゅうぎょうはこどもがなんさいまで",
          (files["ikuji"], "3歳に達する日まで"))
    c.ask("paraphrase", "保育園のお迎えのために短く働けますか", "子育て中に1日2時間だけ早く帰る制度はあるか",
          (files["ikuji"], "小学校就学の始期に達するまでの子"))

    nittou = rng.choice([2200, 2600])
    kou, otsu = rng.choice([(13100, 11800), (14800, 13300)])
    km = rng.choice([37, 25])
    ryohi = [
        ("趣旨", "この条例は、公務のため旅行する職員に対し支給する旅費に関し必要な事項を定めるものとする。"),
        ("旅行命令", "旅行は、任命権者又はその委任を受けた者の発する旅行命令によって行わなければならない。\n２　旅行命令を発する場合には、旅行命令簿に当該旅行に関する事項の記載を求め、これに押印を求めるものとする。"),
        ("旅費の種類", "旅費の種類は、鉄道賃、船賃、航空賃、車賃、日当及び宿泊料とする。"),
        ("車賃", f"車賃の額は、1キロメートルにつき{km}円とする。ただし、公用車を使用した場合は支給しない。"),
        ("日当", f"日当の額は、1日につき{nittou:,}円とする。ただし、市内の旅行については支給しない。"),
        ("宿泊料", f"宿泊料の額は、1夜につき、甲地方（東京都特別区等）にあっては{kou:,}円、乙地方にあっては{otsu:,}円とする。"),
        ("旅費の請求", "旅費の支給を受けようとする職員は、旅行完了後5日以内に、旅費請求書に領収書その他の証拠書類を添えて請求しなければならない。"),
    ]
    files["ryohi"] = write_rule(c, "職員の旅費に関する条例", "md" if v == "dev" else "docx",
                                rule_lines(f"{c.city}職員の旅費に関する条例", ryohi, wareki(2020, 4, 1)))
    c.ask("paraphrase", "東京に出張して泊まったらホテル代はいくら出る？", "出張で東京都区部に1泊した際の宿泊料の額",
          (files["ryohi"], f"{kou:,}円"))
    c.ask("paraphrase", "マイカーで出張したときのガソリン代は", "自家用車を使った出張の車賃は1キロいくら",
          (files["ryohi"], f"1キロメートルにつき{km}円"))
    c.ask("paraphrase", "出張のあと精算はいつまでにする？", "旅費の請求期限は旅行後何日以内",
          (files["ryohi"], "旅行完了後5日以内"))

    # 財務規則: a table inside an article
    limits = [("工事又は製造の請負", rng.choice([130, 250])), ("財産の買入れ", rng.choice([80, 160])),
              ("物件の借入れ", 40), ("財産の売払い", 30), ("物件の貸付け", 30), ("その他", 50)]
    zaimu = [
        ("趣旨", "この規則は、市の財務に関し必要な事項を定めるものとする。"),
        ("予算の執行", "課長は、予算の執行に当たっては、常に予算の執行状況を把握し、経費の効率的な使用に努めなければならない。"),
        ("随意契約", "地方自治法施行令第167条の2第1項第1号の規則で定める額は、次の各号に掲げる契約の種類に応じ、当該各号に定める額とする。\n"
         + "\n".join(f"({i})　{k}　{a}万円" for i, (k, a) in enumerate(limits, start=1))),
        ("見積書の徴取", "随意契約によろうとするときは、なるべく2人以上の者から見積書を徴さなければならない。ただし、予定価格が10万円未満のものについては、1人の者から見積書を徴することができる。"),
        ("前金払", "前金払をすることができる経費は、官公署に対して支払う経費、補助金、負担金及び交付金、前納しなければ物品の購入若しくは借入れ又は役務の提供を受けることができない場合の経費とする。"),
        ("契約書の省略", "契約金額が50万円を超えない契約をするときは、契約書の作成を省略することができる。"),
    ]
    files["zaimu"] = write_rule(c, "財務規則", "pdf" if v == "dev" else "md",
                                rule_lines(f"{c.city}財務規則", zaimu, wareki(2021, 4, 1),
                                           chapters={1: "第1章　総則", 3: "第2章　契約"}))
    c.ask("numbers", "パソコンを買うとき随意契約でいける上限額は", "物品購入の随契の限度額はいくらですか",
          (files["zaimu"], f"財産の買入れ　{limits[1][1]}万円"))
    c.ask("paraphrase", "見積もりは何社からとればいい？", "相見積りは何者以上必要か",
          (files["zaimu"], "2人以上の者から見積書"))

    # 文書管理規程 with a retention table
    retention = [("第1種", "30年", "条例、規則の制定改廃に関する文書"), ("第2種", "10年", "予算及び決算に関する文書"),
                 ("第3種", "5年", "補助金の交付に関する文書"), ("第4種", "3年", "照会及び回答に関する文書"),
                 ("第5種", "1年", "軽易な通知に関する文書")]
    bunsho_lines = [f"{c.city}文書管理規程", "",
                    "第1章　総則", "（目的）", "第1条　この規程は、文書の収受、起案、保存及び廃棄に関し必要な事項を定めることにより、事務の適正かつ能率的な執行を図ることを目的とする。",
                    "（文書の収受）", "第2条　到達した文書は、文書担当課において収受し、収受印を押して文書収受簿に記録した上、主管課に配付する。",
                    "（起案）", "第3条　起案は、電子決裁システムにより行うものとする。ただし、電子決裁によりがたいときは、起案用紙を用いることができる。",
                    "（保存期間）", "第4条　文書の保存期間は、別表に定める区分により、主管課長が定める。",
                    "（廃棄）", "第5条　保存期間が満了した文書は、文書担当課長の承認を得て廃棄する。この場合において、個人情報を含む文書は、裁断又は溶解の方法により廃棄しなければならない。",
                    "", "附　則", "この規程は、令和3年4月1日から施行する。", "", "別表（第4条関係）",
                    "| 区分 | 保存期間 | 文書の例 |"] + [f"| {a} | {b} | {d} |" for a, b, d in retention]
    if v == "dev":
        files["bunsho"] = write_rule(c, "文書管理規程", "md", bunsho_lines)
    else:
        blocks: list[tuple[str, object]] = [("p", x) for x in bunsho_lines[:-6]]
        blocks.append(("table", [["区分", "保存期間", "文書の例"]] + [list(r) for r in retention]))
        path = c.out / "文書管理規程.docx"
        write_docx(path, blocks)
        files["bunsho"] = path.name
    c.ask("numbers", "補助金の書類は何年保存？", "補助金交付に関係する文書の保存年限は",
          (files["bunsho"], "補助金の交付に関する文書"))
    c.ask("paraphrase", "個人情報が入った書類はどう捨てる？", "個人情報を含む文書の廃棄方法",
          (files["bunsho"], "裁断又は溶解"))
    return files


# -- tables ----------------------------------------------------------------------------------
def make_tables(c: Corpus) -> dict[str, str]:
    rng = c.rng
    files: dict[str, str] = {}
    fees = {"住民票の写し": rng.choice([200, 300]), "住民票記載事項証明書": rng.choice([200, 300]),
            "印鑑登録証明書": rng.choice([300, 350]), "戸籍全部事項証明書": 450,
            "除籍全部事項証明書": 750, "戸籍の附票の写し": rng.choice([200, 300]),
            "所得課税証明書": rng.choice([250, 300]), "納税証明書": rng.choice([200, 250]),
            "身分証明書": rng.choice([250, 300]), "犬の登録": 3000, "狂犬病予防注射済票交付": 550,
            "粗大ごみ処理（1点）": rng.choice([500, 800, 1000])}
    rows = [["番号", "事務", "単位", "手数料"]]
    for i, (k, fee) in enumerate(fees.items(), start=1):
        rows.append([i, k, "1件" if "登録" in k or "粗大" in k else "1通", f"{fee:,}円"])
    halls = [("市民会館", "大ホール", 24000, 30000, 38000), ("市民会館", "小ホール", 8000, 10000, 12000),
             ("市民会館", "会議室A", 1200, 1500, 1800), ("総合体育館", "アリーナ全面", 6000, 7000, 9000),
             ("総合体育館", "柔道場", 1000, 1200, 1500), ("中央公民館", "調理実習室", 900, 1100, 1300),
             ("中央公民館", "和室", 600, 700, 900)]
    fac_rows = [["施設", "部屋", "午前（9時～12時）", "午後（13時～17時）", "夜間（18時～22時）"]]
    for f, room, a, b, n in halls:
        k = rng.choice([1.0, 1.1, 0.9])
        fac_rows.append([f, room, f"{round(a * k, -1):,.0f}円", f"{round(b * k, -1):,.0f}円",
                         f"{round(n * k, -1):,.0f}円"])
    path = c.out / "手数料・使用料一覧.xlsx"
    write_xlsx(path, {"証明書等手数料": [["証明書等の交付手数料（手数料条例別表）"], [], *rows],
                      "施設使用料": fac_rows})
    files["fees"] = path.name
    c.ask("numbers", "住民票を1通とるといくら？", "じゅうみんひょうのうつしの手数料",
          (path.name, f"住民票の写し / 単位: 1通 / 手数料: {fees['住民票の写し']:,}円"))
    c.ask("numbers", "印鑑証明の手数料は", "印鑑登録証明書は1通何円",
          (path.name, f"印鑑登録証明書 / 単位: 1件 / 手数料: {fees['印鑑登録証明書']:,}円"))
    c.ask("numbers", "粗大ゴミを1つ出すといくらかかる", "粗大ごみ1点の処理手数料",
          (path.name, "粗大ごみ処理（1点）"))
    big = fac_rows[1]
    c.ask("numbers", "市民会館の大ホールを夜に借りると使用料は", "大ホールの夜間の使用料金",
          (path.name, f"夜間（18時～22時）: {big[4]}"))
    jud = fac_rows[5]
    c.ask("numbers", "体育館の柔道場を午前中使う料金", "柔道場 午前 使用料",
          (path.name, f"柔道場 / 午前（9時～12時）: {jud[2]}"))
    c.ask("numbers", "犬を飼い始めたときの登録料", "いぬのとうろくてすうりょう",
          (path.name, "犬の登録"))

    faq = [
        ("住民票", "転入届はいつまでに出せばよいですか。", "新しい住所に住み始めた日から14日以内に届け出てください。", "市民課"),
        ("住民票", "住民票の写しを代理人が請求できますか。", "同一世帯以外の方が請求する場合は、本人の委任状が必要です。", "市民課"),
        ("印鑑登録", "印鑑登録できない印鑑はありますか。", "ゴム印など変形しやすいもの、一辺の長さが8ミリメートル未満又は25ミリメートルを超えるものは登録できません。", "市民課"),
        ("税", "市県民税の納付書をなくしました。", "納税課で再発行します。コンビニエンスストアでも使える納付書をお送りします。", "納税課"),
        ("税", "口座振替の手続きはどこでできますか。", "市内の金融機関の窓口又は納税課で、口座振替依頼書により申し込めます。", "納税課"),
        ("ごみ", "粗大ごみはどうやって出せばよいですか。", "粗大ごみ受付センターに電話又はインターネットで申し込み、処理券を貼って指定日に出してください。", "環境課"),
        ("ごみ", "家電4品目は市で回収しますか。", "エアコン、テレビ、冷蔵庫、洗濯機は市では回収しません。購入した販売店に引取りを依頼してください。", "環境課"),
        ("子育て", "児童手当の申請期限はありますか。", "出生日の翌日から15日以内に申請してください。遅れると遅れた月分の手当を受けられません。", "子育て支援課"),
        ("子育て", "保育所の入所申込みはいつからですか。", "4月入所の一次申込みは前年の11月1日から30日までです。", "保育課"),
        ("国保", "会社を退職したら国民健康保険の手続きが必要ですか。", "退職日の翌日から14日以内に国民健康保険の加入手続きをしてください。", "保険年金課"),
        ("国保", "国民健康保険の保険証をなくしました。", "本人確認書類を持って保険年金課で再交付を申請してください。", "保険年金課"),
        ("介護", "介護保険の要介護認定はどこで申請しますか。", "高齢福祉課の窓口又は地域包括支援センターで申請できます。", "高齢福祉課"),
        ("職員", "給与明細はどこで確認できますか。", "庁内ポータルの給与明細照会から確認できます。紙の明細は配布しません。", "人事課"),
        ("職員", "年末調整の書類の提出期限はいつですか。", "毎年11月末日までに所属の庶務担当へ提出してください。", "人事課"),
        ("職員", "通勤手当の経路を変更したいときは。", "通勤届を変更の事実が生じた日から15日以内に提出してください。", "人事課"),
    ]
    faq_rows = [["No", "分類", "質問", "回答", "担当課"]] + [
        [i, a, q, ans, dept] for i, (a, q, ans, dept) in enumerate(faq, start=1)]
    path = c.out / "よくある質問（QA集）.xlsx"
    write_xlsx(path, {"QA": faq_rows})
    files["faq"] = path.name
    c.ask("paraphrase", "引っ越してきたら何日以内に届ける？", "他の市から転居してきた人の届出期限",
          (path.name, "14日以内に届け出て"))
    c.ask("paraphrase", "仕事をやめたら保険はどうする", "離職後の国保加入の期限は",
          (path.name, "退職日の翌日から14日以内"))
    c.ask("paraphrase", "古いテレビを捨てたい", "冷蔵庫は市のごみで回収してもらえる？",
          (path.name, "家電4品目"))
    c.ask("paraphrase", "赤ちゃんが生まれたら手当の申請はいつまで", "出生後の児童手当の申請期限",
          (path.name, "出生日の翌日から15日以内"))
    c.ask("paraphrase", "給料明細ってどこで見られる？", "給与の明細書の確認方法",
          (path.name, "給与明細照会"))
    return files


# -- manuals ---------------------------------------------------------------------------------
def make_manuals(c: Corpus) -> dict[str, str]:
    rng = c.rng
    files: dict[str, str] = {}
    lockout = rng.choice([5, 3])
    blocks: list[tuple[str, object]] = [
        ("h1", "財務会計システム操作手引"),
        ("h2", "1. ログイン"), ("p", f"職員番号とパスワードでログインします。パスワードを{lockout}回続けて誤るとアカウントがロックされるため、会計課に解除を依頼してください。"),
        ("h2", "2. 支出負担行為の入力"), ("p", "メニューの「支出負担行為」から「新規作成」を選び、予算科目、債権者、金額を入力します。債権者が未登録の場合は、先に債権者登録申請を会計課に提出してください。"),
        ("h2", "3. 支出命令の入力"), ("p", "支出負担行為の番号を指定して支出命令を作成します。請求書の日付から30日以内に支払が行われるよう、請求書を受け取ったら速やかに入力してください。"),
        ("h2", "4. 帳票の印刷"), ("p", "帳票は「印刷」ボタンからPDFで出力します。決裁後の帳票は再印刷できますが、右上に「再発行」と表示されます。"),
        ("h2", "5. よくあるエラー"),
        ("table", [["エラーコード", "内容", "対処"], ["E101", "予算残額不足", "予算の流用又は補正を財政課と協議する"],
                   ["E205", "債権者未登録", "債権者登録申請書を会計課へ提出する"],
                   ["E310", "会計年度外の日付", "出納整理期間中は前年度を選択して入力する"]]),
    ]
    path = c.out / "財務会計システム操作手引.docx"
    write_docx(path, blocks)
    files["fms"] = path.name
    c.ask("paraphrase", "財務会計にログインできなくなった", "パスワードを何回か間違えてロックされたらどうする",
          (path.name, "アカウントがロック"))
    c.ask("numbers", "エラーE205が出た", "E205 の対処方法",
          (path.name, "E205"))

    pages = [
        "窓口対応マニュアル\n1. 基本姿勢\n来庁者には立ち上がって目を合わせ、「お待たせいたしました」と声をかけます。\n専門用語を避け、手続の流れを分かりやすく説明します。",
        "2. 本人確認\n証明書を交付するときは、本人確認書類を確認します。\n運転免許証、個人番号カード、旅券など官公署発行の顔写真付きのものは1点で足ります。\n健康保険の資格確認書、年金手帳など顔写真のないものは2点を確認します。",
        "3. 代理人による請求\n代理人が請求する場合は、本人が作成した委任状と、代理人の本人確認書類が必要です。\n委任状は本人の自署であることを確認し、原本を受け取ります。",
        "4. 苦情への対応\n苦情を受けたときは、相手の話を最後まで聞き、事実関係を確認します。\nその場で回答できない内容は、回答の期限を伝えて持ち帰り、必ず課長に報告します。\n長時間に及ぶ場合や大声を出す場合は、複数の職員で対応します。",
        "5. 個人情報の取扱い\n窓口のカウンターに申請書を放置しないでください。\n電話で個人情報の問合せを受けても、本人確認ができない場合は回答しません。",
    ]
    path = c.out / "窓口対応マニュアル.pdf"
    write_pdf(path, pages)
    files["madoguchi"] = path.name
    c.ask("paraphrase", "写真なしの保険証で本人確認するときは何点必要", "顔写真のない書類なら何点確認する？",
          (path.name, "2点を確認"))
    c.ask("paraphrase", "お客さんが怒鳴っているときはどうする", "窓口でクレームが長引いたときの対応",
          (path.name, "複数の職員で対応"))

    quota = rng.choice([5, 10])
    attach = rng.choice([10, 20])
    days = rng.choice([90, 180])
    net = ["庁内ネットワーク利用の手引", "",
           "1. ファイルサーバ", f"各課の共有フォルダの容量は1人あたり{quota}GBを目安とします。不要なファイルは年度末に整理してください。", "",
           "2. 電子メール", f"添付ファイルは合計{attach}MBまでです。それを超える場合は大容量ファイル送信システムを使ってください。",
           "外部に個人情報を含むファイルを送るときは、パスワードを別のメールで送るのではなく、大容量ファイル送信システムを使います。", "",
           "3. パスワード", f"パスワードは12文字以上とし、{days}日ごとに変更してください。", "",
           "4. 無線LAN", "来庁者用の無線LANに業務用端末を接続してはいけません。"]
    path = c.out / "庁内ネットワーク利用の手引.txt"
    path.write_bytes("\r\n".join(net).encode("cp932"))
    files["net"] = path.name
    c.ask("numbers", "メールに付けられるファイルの大きさの上限は", "メールの添付は何MBまで",
          (path.name, f"合計{attach}MBまで"))
    c.ask("paraphrase", "パスワードはどれくらいの頻度で変える？", "ぱすわーどのへんこうきかん",
          (path.name, f"{days}日ごとに変更"))

    sec = ["# 情報セキュリティ対策基準", "",
           "## 第1章　端末の管理", "", "私物のパソコン及びスマートフォンを庁内ネットワークに接続してはならない。", "",
           "USBメモリ等の外部記録媒体は、情報政策課が貸し出す暗号化機能付きのものに限り使用できる。使用の都度、外部記録媒体管理簿に記録する。", "",
           "## 第2章　事故の報告", "", "情報漏えい、紛失、ウイルス感染等の情報セキュリティ事故を発見した職員は、直ちに所属長及び情報政策課に報告しなければならない。"]
    path = c.out / "情報セキュリティ対策基準.md"
    path.write_text("\n".join(sec), "utf-8")
    files["sec"] = path.name
    c.ask("paraphrase", "自分のUSBを使っていいか", "私物のUSBメモリは使用できますか",
          (path.name, "暗号化機能付き"))
    c.ask("paraphrase", "ノートPCをなくしたら誰に連絡する", "ウイルスに感染したときの報告先",
          (path.name, "直ちに所属長及び情報政策課に報告"))

    quake = c.fmt("震度5弱", "震度5弱")
    disaster = ["災害時職員初動マニュアル\n第1章　配備体制\n市内で震度4を観測したときは、警戒配備とし、危機管理課及び建設課の職員が参集する。\n"
                f"市内で{quake}以上を観測したときは、全職員が自動的に参集する。",
                "第2章　参集\n参集場所は原則として所属の庁舎とする。交通が途絶した場合は、最寄りの指定避難所に参集し、避難所の運営を支援する。\n"
                "参集した職員は、30分以内に所属長へ自身及び家族の安否を報告する。"]
    path = c.out / "災害時職員初動マニュアル.pdf"
    write_pdf(path, disaster)
    files["saigai"] = path.name
    c.ask("paraphrase", "大きな地震のとき全員出勤になるのは震度いくつから", "全職員が自動参集する震度",
          (path.name, "全職員が自動的に参集"))
    c.ask("paraphrase", "電車が止まって職場に行けないときは", "交通機関が止まって庁舎に行けない場合の参集先",
          (path.name, "最寄りの指定避難所に参集"))
    return files


def make_questions_on_subsidies(c: Corpus, subs: dict[str, tuple[str, str, int]], rules: dict[str, str],
                                manuals: dict[str, str], tables: dict[str, str]) -> None:
    pick = [s for s in SUBSIDIES if s[0] not in VERSIONED]
    for key, _item, *_rest, dev_word, held_word in pick:
        fname, _rate, limit = subs[key]
        c.ask("similar", f"{dev_word}の補助金の上限額はいくら", f"{held_word}に出る補助の最大はいくら",
              (fname, f"{limit:,}円を限度"))
    for key in ("雨水貯留タンク設置費補助金", "防犯カメラ設置費補助金", "不妊治療費助成金"):
        fname, _rate, limit = subs[key]
        entry = next(s for s in SUBSIDIES if s[0] == key)
        c.ask("similar", f"{entry[6]}の補助の対象になる人の条件", f"{entry[7]}の補助を受けられるのはどんな人",
              (fname, entry[4]))
    for key in VERSIONED:
        fname, _rate, limit = subs[key]
        entry = next(s for s in SUBSIDIES if s[0] == key)
        c.ask("versions", f"{entry[6]}の補助率と上限を教えて", f"{entry[7]}の補助はいくらまで出る？",
              (fname, f"{limit:,}円を限度"))
    key = VERSIONED[0]
    old_file, _old_rate, old_limit = subs[key + "#old"]
    c.ask("versions", "改正前の耐震改修補助の限度額はいくらだった", "旧要綱での木造住宅の耐震改修補助の上限",
          (old_file, f"{old_limit:,}円を限度"))
    key = VERSIONED[1]
    fname, _r, limit = subs[key]
    c.ask("versions", "太陽光発電の補助金の申請期限", "ソーラーパネル補助の申請はいつまで",
          (fname, "交付申請"))
    # questions that need two documents
    s1, s2 = subs["住宅用太陽光発電システム設置費補助金"], subs["家庭用蓄電池設置費補助金"]
    c.ask("two_docs", "太陽光パネルと蓄電池を両方つけると補助はそれぞれいくらまで",
          "ソーラーと家庭用バッテリーを同時に設置した場合のそれぞれの補助上限",
          (s1[0], f"{s1[2]:,}円を限度"), (s2[0], f"{s2[2]:,}円を限度"))
    c.ask("two_docs", "代理人が住民票の写しを取りに来たときに必要なものと手数料",
          "住民票を代わりの人が請求する際の持ち物と料金",
          (manuals["madoguchi"], "委任状"), (tables["fees"], "住民票の写し / 単位"))
    c.ask("two_docs", "子どもが生まれたとき父親がとれる休暇と育休の期間",
          "妻の出産のときの特別休暇の日数と、育児休業はいつまでできるか",
          (rules["kinmu"], "職員の妻が出産する場合"), (rules["ikuji"], "3歳に達する日まで"))
    c.ask("two_docs", "USBメモリの使い方のルールとファイルサーバの容量の目安",
          "外部記録媒体の使用ルールと共有フォルダの容量",
          (manuals["sec"], "暗号化機能付き"), (manuals["net"], "GBを目安"))
    c.ask("two_docs", "物品を買うときの随意契約の上限と、財務会計での支出負担行為の入力方法",
          "随契の限度額と、支出負担行為をシステムで作る手順",
          (rules["zaimu"], "財産の買入れ"), (manuals["fms"], "新規作成"))
    c.ask("two_docs", "出張の日当と、マイカーの車賃はいくら", "旅行時の日当と自家用車の1km当たりの額",
          (rules["ryohi"], "日当の額は、1日につき"), (rules["ryohi"], "車賃の額は"))


# -- filler: similar-looking rules for scale and as distractors ------------------------------
FACILITIES = ["市民プール", "コミュニティセンター", "児童館", "老人福祉センター", "運動公園", "図書館",
              "郷土資料館", "自転車駐車場", "斎場", "火葬場", "市営住宅", "農業研修センター", "勤労会館",
              "男女共同参画センター", "交流プラザ", "野外活動センター", "子育て支援センター",
              "保健センター", "文化ホール", "美術館"]
PURPOSES = ["市民の福祉の増進", "地域の活性化", "健康の保持増進", "文化の振興", "生涯学習の推進",
            "子育て世帯の支援", "防災力の向上", "環境の保全", "産業の振興", "交流人口の拡大"]


def filler_rule(rng: random.Random, n: int, pages: int) -> tuple[str, list[str]]:
    fac = rng.choice(FACILITIES)
    title = f"{fac}設置及び管理条例（その{n}）" if rng.random() < 0.5 else f"{fac}運営事業実施要綱（{n}）"
    articles = []
    k = 0
    while sum(len(b) for _, b in articles) < pages * 1200:
        k += 1
        p = rng.choice(PURPOSES)
        hours = rng.choice(["午前9時から午後5時まで", "午前9時から午後9時まで", "午前10時から午後6時まで"])
        fee = rng.choice([100, 200, 300, 500, 1000, 1500]) * rng.choice([1, 2, 3])
        articles.append(rng.choice([
            ("目的", f"この条例は、{p}を図るため、{fac}の設置及び管理に関し必要な事項を定めるものとする。"),
            ("開館時間", f"{fac}の開館時間は、{hours}とする。ただし、指定管理者が必要と認めるときは、市長の承認を得て、これを変更することができる。"),
            ("休館日", f"{fac}の休館日は、月曜日及び12月29日から翌年1月3日までとする。"),
            ("使用の許可", f"{fac}を使用しようとする者は、あらかじめ指定管理者の許可を受けなければならない。許可を受けた事項を変更しようとするときも、同様とする。"),
            ("使用料", f"使用者は、別表に定める額の使用料を前納しなければならない。1回の使用につき{fee:,}円とする。"),
            ("使用料の減免", f"市長は、公益上必要があると認めるときは、使用料を減額し、又は免除することができる。減免の割合は、{rng.choice(['2分の1', '全額', '4分の1'])}とする。"),
            ("損害賠償", "使用者は、施設又は設備を損傷し、又は滅失したときは、その損害を賠償しなければならない。ただし、市長がやむを得ない理由があると認めるときは、この限りでない。"),
            ("指定管理者による管理", f"{fac}の管理は、地方自治法第244条の2第3項の規定により、指定管理者に行わせることができる。"),
            ("委任", "この条例の施行に関し必要な事項は、規則で定める。"),
        ]))
    year = rng.choice([2015, 2017, 2019, 2021, 2023])
    return title, rule_lines(title, articles, wareki(year, 4, 1) if year > 2019 else f"平成{year - 1988}年4月1日")


def make_filler(out: Path, count: int, *, seed: int, pages: int = 10) -> int:
    rng = random.Random(seed)
    c = Corpus(out, rng, "filler", "")
    total_pages = 0
    formats = ["docx", "txt", "md", "pdf", "docx", "txt"]
    for n in range(1, count + 1):
        title, lines = filler_rule(rng, n, pages)
        write_rule(c, f"filler/{n:04d}_{title.split('（')[0]}", formats[n % len(formats)], lines)
        total_pages += pages
    return total_pages


def build(out: Path, variant: str, filler: int = 0, filler_pages: int = 2) -> list[Question]:
    out.mkdir(parents=True, exist_ok=True)
    city = {"dev": "みどり市", "heldout": "あおば町"}[variant]
    c = Corpus(out, random.Random(7 if variant == "dev" else 1234), variant, city)
    rules = make_rules(c)
    tables = make_tables(c)
    manuals = make_manuals(c)
    subs = make_subsidies(c)
    make_questions_on_subsidies(c, subs, rules, manuals, tables)
    if filler:
        (out / "filler").mkdir(exist_ok=True)
        make_filler(out, filler, seed=99 if variant == "dev" else 4321, pages=filler_pages)
    with open(out / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q in c.questions:
            fh.write(json.dumps({"id": q.id, "query": q.query, "kind": q.kind,
                                 "expect": q.expect}, ensure_ascii=False) + "\n")
    return c.questions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--set", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--filler", type=int, default=0)
    args = parser.parse_args()
    questions = build(args.out, args.set, args.filler)
    print(f"{len(questions)} questions, documents in {args.out}")


if __name__ == "__main__":
    main()
