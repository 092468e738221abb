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
from desktop.core.masking.foreign_lexicon import NAME_SCORE, PLACE_SCORE, foreign_names
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
    # …に移籍, …へ期限付き移籍, …に入団: one moves to a club or a firm, never to a person
    r"[にへ][^。、]{0,10}?移籍|[にへ][^。、]{0,6}?(?:入団|加入|所属|復帰)|"
    r"[A-Za-z0-9]|[・=]|社|会|団|組|軍|号|級|型|線|駅|港|空港|州|県|市|町|村|島|川|山|湖|城|館|家具|賞|杯|"
    r"主義|政権|協定|条約|大学|学院|研究所|財団|基金|病院|劇場|美術館|博物館|教会|寺院|神殿|"
    r"王朝|朝(?!日)|党|派|工業|製|商会|銀行|航空|鉄道|電機|自動車|通り|広場|公園|ホテル|"
    r"プロダクション|飛行機|家具|監査法人|精肉店|本店|支店|宣言|協定|陣営|」|』|】"
)
_QUOTED_BEFORE = frozenset("「『【")
# What follows people, not a firm or a venue: a bout (…VS…), talks (…=…会談), a part in a play
# (…役で, …役、); these leave a ・ run a person though 会 or a kanji word follows.
_PEOPLE_ACT_AFTER = re.compile(r"VS|vs|会談|対談|役(?:で|に|を|と|、|。|として)")
_KANA_OR_DOT = re.compile(r"[ァ-ヴー\u3099\u309a・=]")
_KANJI = re.compile(r"[一-鿿々]")
# Kanji after a foreign name that leave it a person (…・ジョンソン大統領, …夫妻).
_PERSON_KANJI_AFTER = re.compile(
    r"氏|様|君|殿|先生|大統領|首相|監督|選手|議員|博士|教授|夫妻|夫人|元|前|外相|長官|大使|総督|王(?![国朝座者冠室宮])|卿|伯(?![爵父母])|公(?![演園式開表共立社団民営認館募])|"
    r"司令官|将軍|らは|ら|等|達(?!成)|たち|自身|本人|容疑者|被告|記者|代表|会長|社長|議長|主席|書記長|皇帝|"
    r"枢機卿|神父|牧師|[一二上]等兵"
)
_WORD_SPLIT = re.compile(r"[・=]")


# Words that make a ・ run an organisation, a team, a venue or a thing (ホテル・エデン,
# リオ・ティント・グループ, ストーン・ローゼズ is caught by no 人名 at all).
_ORG_WORDS = frozenset(w.rstrip("$") for w in word_list("katakana_org_words.txt"))
# …and those that mark one as the first word too (not ビル: ビル・クリントン is Bill).
_ORG_FIRST_WORDS = frozenset(w for w in word_list("katakana_org_words.txt") if w[-1] != "$")


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
    if not words or words[0] in _ORG_FIRST_WORDS or words[-1] in _ORG_WORDS:
        return False
    toks = [t for w in words for t in _WORD_POS.get(w, ())]
    if not toks:
        return False
    (_fs, first), (last_surface, last) = toks[0], toks[-1]
    if "地名" in first and "人名" not in first:
        return False  # ニューヨーク・ニックス
    if (
        "普通名詞" in last
        and not last.startswith("?")
        and ("人名" not in first or len(last_surface) >= 5)
    ):
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
        acts = _PEOPLE_ACT_AFTER.match(text, e)
        if (_NOT_PERSON_AFTER.match(text, e) and not acts) or (s and text[s - 1] in _QUOTED_BEFORE):
            continue
        if (
            _KANJI.match(text, e)
            and not acts
            and not _titled(text, e)
            and not _listed_before_noun(text, s, e)
        ):
            continue  # …・ベニテス国際空港, …・スタンボリスキ農民同盟, …大使館: a longer name
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
_LONE_AFTER = re.compile(
    r"[はがとをにへもや、]|の|[（(]|" + _PERSON_KANJI_AFTER.pattern + r"|提督|元帥|兄弟|一家|大公"
)


def lone_katakana_person(line: str, s: int, e: int) -> bool:
    if s and line[s - 1] in _QUOTED_BEFORE:
        return False
    if _NOT_PERSON_AFTER.match(line, e):
        return False
    m = _LONE_AFTER.match(line, e)
    return m is not None and not (m.end() > e + 1 and _PLACE_AFTER_TITLE.match(line, m.end()))


# Katakana names judged by the foreign-name list and character model (foreign_lexicon), for the
# names UniDic does not tag. A run of words joined by ・/= needs no more context; a lone word
# needs a role before it (大統領ロウハーニー, 建築家シェーレン) or a title or particle after it.
# No look-behind: finditer resumes after the previous run, so each match starts a run.
_KATAKANA_RUN_RE = re.compile(
    # a one-letter first word only before ・/= (デ・ガスペリ, ル=グウィン)
    r"[ァ-ヴー](?:[ァ-ヴー][ァ-ヴー\u3099\u309a]*+|(?=[・=][ァ-ヴー]))"
    r"(?:[・=](?:[A-Z]\.?[・=])*[ァ-ヴー][ァ-ヴー]*+){0,4}"
    r"(?![ァ-ヴー\u3099\u309a])(?:[0-9]{1,2}世)?"
)
# A role or kinship word right before a name (…の大統領ハサン・ロウハーニー, 捕手モリーナ).
_ROLE_BEFORE = re.compile(
    r"(?:大統領|首相|国王|女王|王子|王女|皇帝|総督|将軍|提督|司令官|長官|大臣|議員|大使|総裁|書記長|主席|"
    r"選手|監督|投手|捕手|走者|打者|野手|騎手|主将|コーチ|指揮者|奏者|歌手|俳優|女優|作家|画家|詩人|"
    r"作曲家|建築家|写真家|政治家|実業家|評論家|演出家|脚本家|漫画家|彫刻家|思想家|哲学者|学者|"
    r"研究者|記者|博士|教授|司教|司祭|神父|牧師|酋長|夫人|妻|夫|息子|娘|兄|弟|姉|妹|長男|長女|次男|"
    r"父|母|祖父|祖母|指揮官|隊長|摂政|首長|族長|少年|少女|青年|男性|女性|"
    r"社長|会長|代表|CEO|創業者|後継者|設立者|弟子|師匠|容疑者|被告|"
    # the people of an office's records (相談者ヌルスルタン・アビルカシモフ)
    r"相談者|申請者|申請人|届出人|利用者|受給者|対象者|世帯主|同居人|通訳|交流員|研修生|実習生|"
    r"留学生|講師|職員|担当者|児童|生徒|患者|入所者|契約者|保護者|転入者|転出者|来庁者|訪問者|依頼者|請求者|"
    # a nationality (ロシア人セミヨン・デジニョフ, ベトナム人技能実習生)
    r"(?<=[ァ-ヴー])人)"
    # …or that role as the subject before the name (母はナタリヤ・…, 申請者はグエン・…)
    r"(?:は|、|の|である)?$"
)
# After a lone name: a title, a particle or a comma; not an organisation word.
_LONE_NAME_AFTER = re.compile(
    r"(?:" + _PERSON_KANJI_AFTER.pattern + r"|中佐|大佐|少佐|中尉|大尉|少尉|司教|師|兄弟|一家|夫妻|"
    r"率い|指揮|演出|主演|出演|作曲|作詞|監修|時代|会談|[一二上]等兵|"
    r"[はがともや、]|の(?![町村市州島国軍党])|[（(]|VS|vs)"
)
_PART_SPLIT = re.compile(r"[・=]")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
# A player's position or a batting order before a name (GKキム・ジンヒョン, 4番ランス・バークマン).
_POSITION_BEFORE = re.compile(r"(?:GK|DF|MF|FW|CEO|Dr\.?|[0-9]番)$")
_ORG_BEFORE_RUN = re.compile(r"(?:株式会社|有限会社|合同会社|\(株\)|（株）|㈱)[ ]?$")
_WORDY_MIN = -0.5  # a part scored lower is an ordinary word (ミレニアム of ミレニアム・ファルコン)
RUN_MIN = 0.45  # mean score of a run's words for a ・ run
ROLE_MIN = 0.0  # with a role before
LONE_MIN = 1.9  # a lone word with only a particle after: a listed name
# What follows a place, a battle or a company rather than a person (ガザラの戦い, …にある).
_THING_AFTER = re.compile(
    r"の(?:戦い|戦|乱|変|役|会戦|条約|和約|港|工場|本社|支社|店|研究所|記事|名で|製品|株)|"
    r"に(?:ある|あった|位置|本社|本拠|移籍|入団)|で(?:生産|製造|開催)"
)
# A post after a name: a kanji compound ending in an office (上院議員, 副大統領, 警察長, 皇太子).
_POST_AFTER = re.compile(
    r"[一-鿿々]{0,6}?(?:長|官|議員|統領|相|大臣|督|尉|佐|将|知事|皇太子|王子|王女|大使|公使|選手|監督)"
    r"(?![一-鿿々])"
)
# A building or body named after a post (大使館, 議員会館, 監督署): the post is no title there.
_PLACE_AFTER_TITLE = re.compile(r"[館所署室局庁府院省会団]")
_LONE_TITLE_AFTER = re.compile(
    r"中佐|大佐|少佐|中尉|大尉|少尉|司教|師(?!団)|兄弟|一家|夫妻|伯爵|侯爵|公爵|男爵|子爵|"
    # what only a person does or has (ハンニバル・バルカ率いる, マロー自ら, バンナー亡き後)
    r"率い(?=[るたて])|擁する|自ら|自身|亡き後"
)


# After a word the lists call a word or a firm (フォード, ファー): what only a person is or does.
_ONLY_A_PERSON_AFTER = re.compile(
    r"(?:大統領|首相|氏|夫妻|夫人|たち|達(?!成)|自ら|自身|亡き後|率い[るたて]|"
    r"と(?:結婚|離婚|再婚|婚約|共演|会談|対談))"
)


# What a name gives its name to (…国際空港, …記念館, …賞): a longer name, not a person.
_NAMED_AFTER = re.compile(
    r"[一-鿿々]{0,4}?(?:空港|港|駅|大学|学院|学校|賞|杯|通り|記念|財団|基金|研究所|病院|劇場|"
    r"美術館|博物館|教会|大聖堂|社|会|団|号|橋|公園|広場|線|州|市|町|村|島|川|山|湖|城|館|邸|家|"
    r"道|法|定理|効果|方程式|理論|症候群|病|主義|派|像|勲章|基地|砦|王朝|朝|条約|協定|宣言)"
)


def _listed_before_noun(text: str, s: int, e: int) -> bool:
    """Every word of a ・ run a listed given name or surname (ロイド・ジョージ), before a kanji
    word nothing is named after (…挙国一致内閣で): the run is a person, the noun his."""
    words = [w for w in _WORD_SPLIT.split(text[s:e]) if w]
    if len(words) < 2 or _NAMED_AFTER.match(text, e):
        return False
    score = foreign_names().score
    return all(score(w) >= NAME_SCORE for w in words)


def _titled(text: str, e: int) -> bool:
    """A post or title right after a name (…議員, …氏, …中佐), not a longer word (…大使館)."""
    m = _PERSON_KANJI_AFTER.match(text, e) or _LONE_TITLE_AFTER.match(text, e)
    if m and not (_KANJI.match(text, m.end()) and _PLACE_AFTER_TITLE.match(text, m.end())):
        return True
    return _POST_AFTER.match(text, e) is not None


# A katakana name with a regnal number (アナスタシオス1世, ジャヤ・パラメーシュヴァラヴァルマン2世,
# ルイ十四世): only a sovereign or a pope is numbered so, whatever the words are — not 世紀,
# 世代 or 世界 after a number, nor a ship named after one (クイーン・エリザベス2世号).
_REGNAL_NAME_RE = re.compile(
    r"[ァ-ヴー](?<![ァ-ヴー・=][ァ-ヴー])[ァ-ヴー]*+(?:[・=][ァ-ヴー]{2,}+){0,4}"
    r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})世(?![紀代界号])"
)


# A number right before 世: most texts with 世 have only 世界 or 世代, and no name is read then.
_ANY_REGNAL_NUMBER = re.compile(r"[0-9０-９一二三四五六七八九十]世")


def _regnal_names(text: str) -> Iterator[Finding]:
    if not _ANY_REGNAL_NUMBER.search(text):
        return
    for m in _REGNAL_NAME_RE.finditer(text):
        s = m.start()
        if len(_WORD_SPLIT.split(m.group(0), 1)[0]) < 2 and "・" not in m.group(0):
            continue
        if s and (text[s - 1] in _QUOTED_BEFORE or _LATIN_OR_DIGIT.match(text, s - 1)):
            continue
        yield "PERSON", s, m.end()


def _analyser_name_word(words: list[str]) -> bool:
    _learn_words(set(words))
    return any(
        len(_WORD_POS[w]) == 1 and "人名" in _WORD_POS[w][0][1] for w in words if w in _WORD_POS
    )


def _role_before(text: str, s: int) -> bool:
    """A role, a relative or a player's position right before a name (相談者, 母は, 4番)."""
    return bool(
        _ROLE_BEFORE.search(text, max(0, s - 7), s) or _POSITION_BEFORE.search(text, max(0, s - 4), s)
    )


def find_katakana_names(text: str, names) -> Iterator[Finding]:
    """Katakana names (joined by ・/= or alone in context) scored by ``names`` (ForeignNames).

    The scores come first: most katakana words of office text are loanwords, rejected by one
    dictionary look-up before any context is read."""
    score = names.score
    if "世" in text:
        yield from _regnal_names(text)
    for m in _KATAKANA_RUN_RE.finditer(text):
        run = m.group(0)
        if len(run) < 3 or run.endswith("世"):
            continue  # a name with a regnal number: _regnal_names
        if "・" in run or "=" in run:
            words = [
                w
                for w in _PART_SPLIT.split(run.rstrip("0123456789世"))
                if len(w) >= 2 and not w.isascii()
            ]
            if not words:
                continue
            scores = [score(w) for w in words]
            mean = sum(scores) / len(scores)
            # ビル・クリントン大統領, 相談者ヌルスルタン・…: a post after the run or a role before
            # it vouches for words that are places or words
            if mean < ROLE_MIN and not (
                max(scores) > _WORDY_MIN
                and (_titled(text, m.end()) or _role_before(text, m.start()))
            ):
                continue
        else:
            words = [run.rstrip("0123456789世")]
            scores = [score(words[0])]
            mean = scores[0]
            if mean < ROLE_MIN + 0.5 and (
                mean <= PLACE_SCORE or not _ONLY_A_PERSON_AFTER.match(text, m.end())
            ):
                continue  # a word, unless what follows only a person does (フォード大統領)
        s, e = m.start(), m.end()
        if s and text[s - 1] in _QUOTED_BEFORE:
            continue
        if _NOT_PERSON_AFTER.match(text, e) and not text.startswith(("VS", "vs"), e):
            continue
        if (
            s
            and _LATIN_OR_DIGIT.match(text, s - 1)
            and not _POSITION_BEFORE.search(text, max(0, s - 4), s)
        ) or _ORG_BEFORE_RUN.search(text, max(0, s - 6), s):
            continue  # FCトゥウェンテ, VfBシュトゥットガルト: a club
        titled = _titled(text, e)
        if (
            not titled
            and _KANJI.match(text, e)
            and not _LONE_NAME_AFTER.match(text, e)
            and not _listed_before_noun(text, s, e)
        ):
            continue  # …・ベニテス国際空港: part of a longer name
        role = _role_before(text, s)
        if words[-1] in _ORG_WORDS or (words[0] in _ORG_FIRST_WORDS and not (role or titled)):
            continue  # ワーナー・ブラザース; ビル・クリントン大統領 is a person
        if len(words) > 1:
            # ビル・クリントン大統領: with a post after it an ordinary word may be a given name
            ok = (min(scores) > _WORDY_MIN and mean >= (ROLE_MIN if role else RUN_MIN)) or (
                role or titled
            )
            if (
                not ok
                and min(scores) > _WORDY_MIN
                and mean >= ROLE_MIN
                and not _KANJI.match(text, e)  # ジョン・スミス大使館
            ):
                # スルターン・ハーシム: a word the analyser calls a name on its own (not in this
                # sentence, where it may read it as a place) settles a run the list leaves open
                ok = _analyser_name_word(words)
        else:
            # 日産ディーゼル, 統一ライオンズ: a kanji word before a lone one makes a longer name
            glued = s and _KANJI.match(text, s - 1) and not role
            ok = (
                not glued
                and not _THING_AFTER.match(text, e)
                and (
                    (mean >= ROLE_MIN + 0.5 and (role or titled))
                    or (mean >= LONE_MIN and _LONE_NAME_AFTER.match(text, e))
                    # フォード大統領, バンナー亡き後, …と結婚: a head of state's post or what only
                    # a person does vouches for a word neither list calls a place
                    or _ONLY_A_PERSON_AFTER.match(text, e) is not None
                )
            )
        if ok:
            yield "PERSON", s, e


# Initials before a katakana name (Y・モリーナ, W・エドワーズ・デミング, H.A.リブリン).
_INITIALS_BEFORE = re.compile(r"(?<![A-Za-z])(?:[A-Z](?:\.|・|=| )?){1,3}$")
_ACRONYM_RUN = re.compile(r"[A-Z]{2}")


def with_initials(text: str, found: list[Finding]) -> list[Finding]:
    """Person spans that start with katakana, widened over the initials just before them."""
    out = []
    for kind, s, e in found:
        if kind == "PERSON" and s and _KATAKANA_CHAR_RE.match(text, s) and text[s - 1] in ".・= ":
            m = _INITIALS_BEFORE.search(text, max(0, s - 8), s)
            if m and not _ACRONYM_RUN.search(text, m.start(), s):  # NHK・ジョン: no initials
                s = m.start()
        out.append((kind, s, e))
    return out


_KATAKANA_CHAR_RE = re.compile(r"[ァ-ヴー]")


# ルイ15世, ジョージ6世, アナスタシオス1世: a regnal number is part of the name.
_REGNAL_AFTER = re.compile(r"[0-9０-９]{1,2}世|[一二三四五六七八九十]{1,3}世")


def with_regnal_numbers(text: str, found: list[Finding]) -> list[Finding]:
    """Person spans that end in katakana, widened over a regnal number right after them."""
    out = []
    for kind, s, e in found:
        if kind == "PERSON" and e < len(text) and _KATAKANA_CHAR_RE.match(text, e - 1):
            m = _REGNAL_AFTER.match(text, e)
            if m:
                e = m.end()
        out.append((kind, s, e))
    return out

