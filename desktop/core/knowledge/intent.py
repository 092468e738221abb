"""What a question asks for, read from its wording (no model): the kind of answer it wants
(an amount, a deadline, who is eligible...) and which version of a rule it is about.

BM25 picks the document by its subject words; within the right document it cannot tell the
article on the amount from the purpose article that repeats the subject (the words that tell
them apart — 額, 期限 — are in every rule, so their weight is near zero). A passage that holds
the kind of answer the question asks for is preferred instead (``answers``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

# (cues in the question, what a passage answering it holds). Cues are the ways clerks and
# residents ask; the answers are how rules, tables and manuals state it.
_ANSWER_TYPES: tuple[tuple[str, str], ...] = (
    # an amount of money
    (r"いくら|幾ら|何円|なん円|金額|上限|限度|最大|最高|MAX|max|上限額|補助額|助成額|支給額|"
     r"手当額|料金|手数料|使用料|費用は|お金|値段|何万|円まで|額は|額を|の額",
     r"\d[\d,，]*(?:万)?円|限度額|円を限度|無料|全額|免除"),
    # a rate or share
    (r"補助率|助成率|何割|割合|何分の|何パーセント|何%|率は",
     r"\d+分の\d+|\d+割|[\d.]+(?:%|％|パーセント)|全額"),
    # a deadline, a period, a date
    (r"いつまで|いつから|いつ|期限|締め?切|〆切|何日以内|何日まで|何日前|何か?月以内|期間|何年以内|"
     r"何日後|猶予",
     r"\d+(?:日|か月|箇月|ヶ月|月|年|週間)(?:以内|前|後|まで|を経過)|までに|期限|期間|"
     r"\d+月\d+日|翌日から|日から"),
    # who may, on what conditions
    (r"誰|だれ|どんな人|どういう人|どのような人|対象者|対象となる|対象になる|対象は|条件|資格|要件|"
     r"受けられる|もらえる人|使える人|該当",
     r"者とする|該当する者|に該当|要件|資格|対象者|対象となる者|次の各号|以下である者|未満である者|"
     r"有する者|限る"),
    # what to bring or attach
    (r"書類|持ち物|持っていく|何が必要|必要なもの|必要な物|添付|持参|用意",
     r"書類|添え|添付|委任状|写し|持参|証明書|申請書|届"),
    # where, to whom
    (r"どこ|何処|窓口|担当課|問い?合わせ先|連絡先|報告先|提出先|申込先|誰に",
     r"[^\s]課|窓口|センター|所属長|担当|室|受付"),
    # how many times, points, days, years...
    (r"何回|何点|何日|何年|何時間|何人|何歳|何MB|何GB|何キロ|何キロメートル|何枚|何通|何件|何か所|"
     r"何文字|何度|震度いくつ|何%",
     r"\d"),
)
_COMPILED = tuple((re.compile(q), re.compile(a)) for q, a in _ANSWER_TYPES)


def answer_types(query: str) -> tuple[re.Pattern[str], ...]:
    """The answer patterns of the kinds of answer ``query`` asks for (none: any passage)."""
    q = unicodedata.normalize("NFKC", query)
    return tuple(a for cue, a in _COMPILED if cue.search(q))


def answers(text: str, wanted: tuple[re.Pattern[str], ...]) -> bool:
    """Whether a passage holds the kind of answer asked for (any of them)."""
    # (no NFKC of every candidate passage: the patterns take full-width digits too, \d)
    return any(p.search(text) for p in wanted)


# -- which version ------------------------------------------------------------------------------
# A question about the rule as it was: 「改正前の」「旧要綱」「前の制度」… (not 復旧・旧姓・旧町名).
_OLD_RE = re.compile(
    r"改正前|改定前|変更前|見直し前|改正される前|改正の前|改定される前|以前の(?:制度|要綱|規程|規則|条例|"
    r"基準|ルール|版|規定|内容|額|金額|上限)|前の(?:制度|要綱|規程|規則|条例|基準|ルール|版|規定)|"
    r"(?<![復懐新])旧(?:要綱|規程|規則|条例|制度|基準|版|規定|ルール|様式|の|[ 　]|$)|当時の|従前の|"
    r"改正前後|かつての|去年までの|昨年度までの|前年度までの")


@dataclass(frozen=True)
class VersionWanted:
    old: bool = False          # the version before the one in force
    at: dt.date | None = None  # the version in force on this date (「令和4年度の…」)


_ERAS = {"令和": 2018, "平成": 1988, "R": 2018, "r": 2018, "H": 1988, "h": 1988}
_FISCAL_RE = re.compile(
    r"(令和|平成|R|H)\s*(元|[0-9]{1,2})\s*年\s*度?|(?<![0-9])(20[0-9]{2})\s*年\s*度?")
_OF_TIME_RE = re.compile(r"^\s*(?:度)?\s*(?:の|当時|時点|時|に(?:おける|は)|まで|以前|中)")


def version_wanted(query: str) -> VersionWanted:
    """Which version of a rule the question is about: the old one (改正前, 旧…), the one of a
    year (「令和4年度の」「2022年度当時」: in force on 1 April of that fiscal year), or —
    by default — the one in force. A year that is a condition of the rule itself (「昭和56年
    5月31日以前に着工」) has a month after it and is not read as the question's date."""
    q = unicodedata.normalize("NFKC", query)
    at = None
    for m in _FISCAL_RE.finditer(q):
        rest = q[m.end():]
        if re.match(r"\s*[0-9]+\s*月", rest):
            continue  # a full date in the question: a condition, not the version asked about
        fiscal = m.group(0).rstrip().endswith("度")
        if not fiscal and not _OF_TIME_RE.match(rest):
            continue
        era_year = 1 if m.group(2) == "元" else int(m.group(2) or 0)
        year = int(m.group(3)) if m.group(3) else _ERAS[m.group(1)] + era_year
        if 1989 <= year <= 2100:
            at = dt.date(year, 4, 1)
            break
    return VersionWanted(old=bool(_OLD_RE.search(q)), at=at)
