"""Foreign names written in katakana: ロバート・キャロル, ヤン・フレデリク・フェイルケ, ル=グウィン.

Foreign residents' names in Japanese documents are written this way, usually without an honorific.
The analyser knows many foreign given names and surnames (人名); a run of katakana words joined by
・ or ＝ is a person when one of its words is such a name and none is an ordinary word (ホテル,
グループ, フェスティバル) or a place, and what follows is no organisation (…・グループ, …社, FC).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.masking.analyser import tokens_of_many
from desktop.core.masking.names_data import word_list

Finding = tuple[str, int, int]

# Katakana words joined by ・ or = (＝ is normalised to =); \u3099/\u309a are the voiced marks of
# half-width kana after width normalisation.
DOT_NAME_RE = re.compile(
    r"[ァ-ヴー](?<![ァ-ヴー][ァ-ヴー])[ァ-ヴー\u3099\u309a]++"
    # ジョン・F・ケネディ, H・R・ギーガー: initials between the words
    r"(?:[・=](?:[A-Z]\.?[・=])*[ァ-ヴー][ァ-ヴー\u3099\u309a]*+){1,4}"
    r"(?![ァ-ヴー\u3099\u309a])(?:[0-9]{1,2}世)?"  # ルイ15世, ヨハネ・パウロ2世
)
# What follows an organisation, a team, a work or a product rather than a person.
_NOT_PERSON_AFTER = re.compile(
    r"[A-Za-z0-9]|[・=]|社|会|団|組|軍|号|級|型|線|駅|港|空港|州|県|市|町|村|島|川|山|湖|城|館|家具|賞|杯|"
    r"主義|政権|協定|条約|大学|学院|研究所|財団|基金|病院|劇場|美術館|博物館|教会|寺院|神殿|"
    r"王朝|朝(?!日)|党|派|工業|製|商会|銀行|航空|鉄道|電機|自動車|通り|広場|公園|ホテル|"
    r"」|』|】"
)
_QUOTED_BEFORE = frozenset("「『【")
_KANA_OR_DOT = re.compile(r"[ァ-ヴー\u3099\u309a・=]")
_KANJI = re.compile(r"[一-鿿々]")
# Kanji after a foreign name that leave it a person (…・ジョンソン大統領, …夫妻).
_PERSON_KANJI_AFTER = re.compile(
    r"氏|様|君|殿|先生|大統領|首相|監督|選手|議員|博士|教授|夫妻|夫人|元|前|外相|長官|大使|総督|王|卿|伯|公|"
    r"司令官|将軍|らは|ら|等|自身|本人|容疑者|被告|記者|代表|会長|社長|議長|主席|書記長|皇帝|枢機卿|神父|牧師"
)
_WORD_SPLIT = re.compile(r"[・=]")


# Words that make a ・ run an organisation, a team, a venue or a thing (ホテル・エデン,
# リオ・ティント・グループ, ストーン・ローゼズ is caught by no 人名 at all).
_ORG_WORDS = word_list("katakana_org_words.txt")


# The analyser's reading of each katakana word, shared by every run it appears in (the first
# and last names of a document recur): word -> its tokens' (surface, POS).
_WORD_POS: dict[str, tuple[tuple[str, str], ...]] = {}
_WORD_POS_MAX = 50_000


def _learn_words(words: set[str]) -> None:
    new = sorted(w for w in words if w not in _WORD_POS)
    if not new:
        return
    if len(_WORD_POS) > _WORD_POS_MAX:
        _WORD_POS.clear()
    for word, toks in zip(new, tokens_of_many(new), strict=True):
        _WORD_POS[word] = tuple((t.surface, t.pos) for t in toks)


def _parts_ok(run: str) -> bool:
    """Judged word by word (see _WORD_POS); the words are learnt before."""
    words = [w for w in _WORD_SPLIT.split(run) if w]
    if not words or words[0] in _ORG_WORDS or words[-1] in _ORG_WORDS:
        return False
    toks = [t for w in words for t in _WORD_POS.get(w, ())]
    if not toks:
        return False
    (_fs, first), (last_surface, last) = toks[0], toks[-1]
    if "地名" in first and "人名" not in first:
        return False  # ニューヨーク・ニックス
    if "普通名詞" in last and not last.startswith("?") and ("人名" not in first or len(last_surface) >= 5):
        return False  # トップ・ギア, マッド・ハッター・ラベル
    return any("人名" in pos for _s, pos in toks)


def find_dotted_names(
    text: str, cache: dict[str, bool] | None = None, seeds: list[tuple[int, int]] | None = None
) -> Iterator[Finding]:
    """Katakana names joined by ・ or ＝ (no honorific needed). ``seeds``: spans of words the
    analyser tagged 人名; only the runs around them are judged (None: every run)."""
    if "・" not in text and "=" not in text:
        return
    cache = cache if cache is not None else {}
    candidates = []
    if seeds is None:
        matches = list(DOT_NAME_RE.finditer(text))
    else:
        matches, last = [], -1
        for s0, _e0 in sorted(seeds):
            if s0 < last:
                continue
            lo = s0
            while lo > 0 and (_KANA_OR_DOT.match(text, lo - 1)):
                lo -= 1
            m = DOT_NAME_RE.match(text, lo)
            if m and m.start() <= s0 < m.end():
                matches.append(m)
                last = m.end()
    for m in matches:
        s, e = m.start(), m.end()
        if _NOT_PERSON_AFTER.match(text, e) or (s and text[s - 1] in _QUOTED_BEFORE):
            continue
        if _KANJI.match(text, e) and not _PERSON_KANJI_AFTER.match(text, e):
            continue  # …・ベニテス国際空港, …・スタンボリスキ農民同盟: part of a longer name
        if len(_WORD_SPLIT.split(m.group(0), 1)[0]) < 2:
            continue
        candidates.append((s, e, m.group(0)))
    new = {run for _s, _e, run in candidates if run not in cache}
    _learn_words({w for run in new for w in _WORD_SPLIT.split(run) if w})
    for run in new:
        cache[run] = _parts_ok(run)
    for s, e, run in candidates:
        if cache[run]:
            yield "PERSON", s, e


# A lone katakana name the analyser tags 人名 (ゲイリー, ウィリアムズ) is a person when a particle
# or a comma follows (ゲイリーは, ウィリアムズが) and no quote or organisation word surrounds it.
_LONE_AFTER = re.compile(r"[はがとをにへもや、]|の|[（(]|" + _PERSON_KANJI_AFTER.pattern + r"|提督|元帥|兄弟|一家|大公")


def lone_katakana_person(line: str, s: int, e: int) -> bool:
    if s and line[s - 1] in _QUOTED_BEFORE:
        return False
    if _NOT_PERSON_AFTER.match(line, e):
        return False
    return bool(_LONE_AFTER.match(line, e))
