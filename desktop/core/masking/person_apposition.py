"""Names the words right beside them vouch for, where neither dictionary nor 人名 tag does.

- A role or a relation just before a name, with の, ・ or 、 or nothing between: 副書記の王金華,
  ピアニストの天平, 妃の博拉吉, 幕内・蒼国来, 軍閥孫殿英, 女性歌手、MISIA. An appositive
  names the person it describes; the same words before an ordinary noun (部長の判断, 選手の育成)
  are told apart by the noun's shape: one dictionary word is no name.
- What only a person has or does just after a word: …の性格, …の長男, …と共演, …との確執,
  …役で (a part in a play); a title only a person holds after a katakana word (…皇帝, …姫);
  a credit after a full name (井上靖原作).
- ``cut_full_name``: a full name the analyser cut into pieces, for the list rules (真壁|刀|義).

The word itself must look like a name: katakana words the foreign-name model does not call
ordinary words or places, or kanji the analyser reads as a name, a surname, or single-character
pieces (an unknown name cut up), never a place, an office or a post.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from desktop.core.masking.analyser import word_tokens
from desktop.core.masking.foreign import _NOT_PERSON_AFTER, _ORG_FIRST_WORDS, _ORG_WORDS
from desktop.core.masking.foreign_lexicon import PLACE_SCORE, foreign_names
from desktop.core.masking.lexicon import build_automaton, find_literals_automaton, rare_surnames
from desktop.core.masking.person_common import _NON_NAMES, Finding

# Roles and relations an appositive name follows (作曲家ジョン・ケージ, 妃の博拉吉). Not
# モデル or オーナー: a car model or a firm follows them as often (人気モデルの…, オーナーの…).
_ROLES = (
    "作曲家", "作詞家", "編曲家", "作家", "小説家", "画家", "写真家", "建築家", "政治家", "実業家",
    "評論家", "脚本家", "漫画家", "彫刻家", "思想家", "音楽家", "声優", "俳優", "女優", "歌手",
    "棋士", "女流棋士", "力士", "騎手", "投手", "捕手", "選手", "監督", "医師", "教授", "博士",
    "研究者", "学者", "記者", "議員", "長官", "大臣", "書記", "副書記", "書記長", "部長", "局長",
    "社長", "会長", "総裁", "主席", "首相", "大統領", "将軍", "軍閥", "当主", "藩主", "城主",
    "皇帝", "国王", "王妃", "妃", "夫人", "妻", "夫", "長男", "長女", "次男", "次女", "三男",
    "息子", "娘", "兄", "弟", "姉", "妹", "父", "母", "祖父", "祖母", "叔父", "叔母", "伯父",
    "伯母", "弟子", "師匠", "後輩", "先輩", "同級生", "被害者", "容疑者", "犯人", "幕内", "十両",
    "横綱", "大関", "関脇", "小結", "酋長", "司令官", "指揮官", "隊長", "主人公", "ギタリスト",
    "ピアニスト", "ベーシスト", "ドラマー", "ボーカリスト", "ヴォーカリスト",
    "シンガーソングライター", "シンガー", "プロデューサー", "ディレクター", "デザイナー",
    "アーティスト", "タレント", "コメディアン", "コーチ", "レスラー", "ボクサー", "ジャーナリスト",
    "アナウンサー", "キャスター", "マネージャー", "アイドル", "少年", "少女", "青年", "リーダー",
)
# Roles that also head titles and names of things (週刊少年…, リーダーシップ): only with の, ・
# or 、 between them and the name (少年・チェイス, リーダーのクレーマー).
_SET_OFF_ROLES = frozenset(("少年", "少女", "青年", "リーダー"))
# What only a person has or does, right after the name (吉本の性格, 本田と共演, ヤマサキによれば).
_PERSON_AFTER = (
    "によれば", "によると", "曰く", "いわく", "自身", "亡き後", "と共演", "と結婚", "と離婚",
    "と再婚", "と婚約", "と対談", "と交際", "を演じ", "が演じ", "が死去", "が逝去", "に師事",
    "に弟子入り", "の妻", "の夫", "の息子", "の娘", "の長男", "の長女", "の次男", "の次女", "の父",
    "の母", "の弟子", "の師匠", "の没後", "の死後", "の生前", "の葬儀", "の遺族", "の遺作",
    "の自伝", "の肖像", "の銅像", "の生涯", "の性格", "の推挙", "の推薦", "の生家", "の墓",
    "の代役", "の後任", "の前任", "の嫡子", "の実子", "の養子", "の作品", "の小説", "の著書",
    "の楽曲", "の脚本", "の演技", "の演奏", "の歌唱", "の助言", "の指揮", "の代表作", "の遺言",
    "の告白", "の求婚", "の自筆", "の直筆", "の書簡", "の日記", "の回想", "の愛人", "の恋人",
    "の元妻", "の元夫", "の婚約者", "の親友", "の友人", "の側近", "の秘書", "の部下", "の上司",
    "の家臣", "の養女", "の養父", "の養母", "の実父", "の実母", "の孫", "の甥", "の姪",
    "のアドバイス", "のボーカル", "との親交", "との確執", "との不仲", "との絶縁", "との乱闘",
    "との共作", "との交際", "との恋愛", "との一騎打ち", "との口論", "を暗殺", "を殺害", "役を",
    "役で", "役に", "役、", "役。", "役として",
)
_PART_MIN = 0.5  # a katakana part in a play (…役で): a name the model is fairly sure of

_KANJI = r"一-鿿々ヶ"
_KANJI_RE = re.compile(f"[{_KANJI}]")
_NAME_CHAR = re.compile(f"[{_KANJI}ァ-ヴー・=A-Za-z0-9]")
_BETWEEN = re.compile(r"(?:の|・|、|である)?")
# The name after a role: a kanji run, a katakana run (words joined by ・/=), or a Latin name.
_AFTER_ROLE = re.compile(
    rf"[{_KANJI}]{{2,5}}(?![{_KANJI}])"
    r"|[ァ-ヴ][ァ-ヴー]*+(?:[・=][ァ-ヴ][ァ-ヴー]*+)*(?![ァ-ヴー])"
    r"|(?:[A-Z][a-z]+(?: [A-Z][a-z]+)*|[A-Z]{4,})(?![A-Za-z])"
)
# A name stands alone: a particle, a comma or a bracket after it, not a longer word.
_NAME_END = re.compile(r"[、。とやがはのをにもで」』）)・=]|らと|ら[がはの、]|など|等|$")
# The last character of a place, an office, a firm, a building or a post, not of a name.
_NOT_NAME_END = re.compile(
    r"[市町村区県郡都府道駅線局課係部室所社会党軍団省庁院寺山川島城館丸岳湖港家者手員長官士師優]$"
)
_KATAKANA_BEFORE = re.compile(r"[ァ-ヴー・=]")
_KATAKANA_RUN_BACK = re.compile(r"[ァ-ヴ][ァ-ヴー]*(?:[・=][ァ-ヴ][ァ-ヴー]*)*$")
_KANJI_RUN_BACK = re.compile(rf"[{_KANJI}]{{1,4}}$")


@lru_cache(maxsize=1)
def _role_automaton():
    return build_automaton(_ROLES)


@lru_cache(maxsize=1)
def _after_automaton():
    return build_automaton(_PERSON_AFTER)


def _in_title(text: str, s: int) -> bool:
    """Inside 「…」 or 『…』 opened earlier on the line: a work's title (「宇宙空母ブルーノア」)."""
    line_start = text.rfind("\n", 0, s) + 1
    for opening, closing in (("「", "」"), ("『", "』")):
        if text.rfind(opening, line_start, s) > text.rfind(closing, line_start, s):
            return True
    return False


def _katakana_name(word: str) -> bool:
    parts = [p for p in re.split("[・=]", word) if p]
    if not parts or any(len(p) < 2 for p in parts):
        return False
    if parts[0] in _ORG_FIRST_WORDS or parts[-1] in _ORG_WORDS:
        return False
    score = foreign_names().score
    if min(score(p) for p in parts) <= PLACE_SCORE:
        return False
    toks = word_tokens(word)
    return not (len(toks) == 1 and "地名" in toks[0].pos)  # 総裁である…フランスの: a country


def _kanji_name(word: str, lex, *, pieces_ok: bool) -> bool:
    """Kanji the analyser reads as a name: a 人名 or proper-noun token, a listed surname first,
    or (``pieces_ok``) single characters an unknown name was cut into (博|拉|吉)."""
    if word in _NON_NAMES or _NOT_NAME_END.search(word):
        return False
    toks = word_tokens(word)
    if not toks:
        return False
    if len(toks) > 1 and toks[-1].pos.startswith("接尾"):
        return False  # 皆様, 佐藤家: a word with its suffix (honorifics are judged elsewhere)
    for t in toks:
        if t.pos.startswith(("接頭", "名詞-数詞")) or "地名-国" in t.pos:
            return False  # 第三, 七香 (a number), 中国
        if t.pos.startswith(("助", "動", "接尾")) and len(t.surface) > 1:
            return False  # 業以外, 登録され…: grammar, not a name
    surnames = lex.surnames_kanji
    if len(toks) == 1:
        pos = toks[0].pos
        if "人名" in pos or word in surnames:
            return True  # 本田 (a listed surname, tagged 地名 or not)
        if "地名" in pos and (pieces_ok or word not in rare_surnames()):
            return False  # 長男の東京の大学: a place after a relation
        return "固有名詞" in pos and not pos.startswith("?") and (word in rare_surnames() or pieces_ok)
    first = toks[0]
    named = "人名" in first.pos or first.surface in surnames
    rest_pieces = all(
        len(t.surface) == 1 or "人名" in t.pos or t.pos.startswith("?") for t in toks[1:]
    )
    if named and rest_pieces:
        return True  # 張|愛|萍: a surname, then pieces of a given name
    if not pieces_ok:
        return False
    if any("人名" in t.pos or "固有名詞" in t.pos for t in toks) and len(word) <= 4:
        return not all(
            "普通名詞" in t.pos and len(t.surface) > 1 for t in toks if "人名" not in t.pos
        )  # 王|金華 (a surname-like character, then a proper noun)
    return len(word) <= 3 and all(len(t.surface) == 1 or t.pos.startswith("?") for t in toks)


def _name_shaped(word: str, lex, *, pieces_ok: bool) -> bool:
    if _KANJI_RE.match(word):
        return _kanji_name(word, lex, pieces_ok=pieces_ok)
    if word[0].isascii():
        return True
    return _katakana_name(word)


def find_apposed_names(text: str, lex) -> Iterator[Finding]:
    """Names after a role (ピアニストの天平) or before what only a person has (吉本の性格)."""
    hits = find_literals_automaton(_role_automaton(), text)
    needs_between = {rs for rs, re_ in hits if text[rs:re_] in _SET_OFF_ROLES}
    for rs, re_ in hits:
        if _KATAKANA_BEFORE.match(text, rs) and _KATAKANA_BEFORE.match(text, re_):
            continue  # コーチ of コーチング: a longer katakana word
        if re_ - rs == 1 and rs and _KANJI_RE.match(text, rs - 1):
            continue  # 妻 of 稲妻, 兄 of 義兄弟: a one-kanji relation stands as a word
        b = _BETWEEN.match(text, re_)
        s = b.end() if b else re_
        m = _AFTER_ROLE.match(text, s)
        if not m:
            continue
        e = m.end()
        word = m.group(0)
        if rs in needs_between and s == re_:
            continue  # 週刊少年チャンピオン: these head titles unless set off by の, ・ or 、
        if s == re_ and _KANJI_RE.match(word) and _KANJI_RE.match(text, re_ - 1) and (
            len(word) > 3
            or (re_ - rs == 1 and len(word_tokens(text[rs : rs + 2])[0].surface) > 1)
        ):
            continue  # 選手権大会, 姉妹船: the role word is the start of a longer noun
        if not _NAME_END.match(text, e) or _NOT_PERSON_AFTER.match(text, e):
            continue
        if _in_title(text, s) or not _name_shaped(word, lex, pieces_ok=True):
            continue
        yield "PERSON", s, e
    for cs, ce in find_literals_automaton(_after_automaton(), text):
        if _KANJI_RE.match(text, ce - 1) and _KANJI_RE.match(text, ce) and text[ce] not in "親方":
            continue  # の孫悟空: the cue starts a longer word (の父親, の母方 are kin still)
        head = text[max(0, cs - 24) : cs]
        m = _KATAKANA_RUN_BACK.search(head) or _KANJI_RUN_BACK.search(head)
        if not m:
            continue
        s = cs - (len(head) - m.start())
        if s and _NAME_CHAR.match(text, s - 1):
            continue  # the end of a longer word (…株式会社本田)
        if _in_title(text, s) or not _name_shaped(m.group(0), lex, pieces_ok=False):
            continue
        if text.startswith("によ", cs) and not _KANJI_RE.match(text, s):
            continue  # セイコーエプソンによると: firms and books report as often as people
        if text[cs] == "役" and not (
            _KANJI_RE.match(text, s) or foreign_names().score(m.group(0)) > _PART_MIN
        ):
            continue  # リーダー役, ホスト役: a role in a group, not a part in a play
        yield "PERSON", s, cs


def cut_full_name(value: str) -> bool:
    """A surname the analyser reads as a name or a place, then a given name it cut into single
    characters (真壁|刀|義, 寒田|親|将): a full name when it stands in a list of names."""
    if not 3 <= len(value) <= 4 or _NOT_NAME_END.search(value):
        return False
    toks = word_tokens(value)
    if len(toks) < 2 or len(toks[0].surface) < 2:
        return False
    first = toks[0].pos
    if not ("人名" in first or "地名-一般" in first):
        return False
    return all(len(t.surface) == 1 and t.pos.startswith(("名詞", "?")) for t in toks[1:])


# Credits only a person takes, after a full name (井上靖原作, 遠藤周作原作).
_CREDITS = ("原作", "作詞", "作曲", "編曲", "脚本", "監修", "門下")
_KANJI_RUN_BACK_5 = re.compile(rf"(?<![{_KANJI}ァ-ヴー])[{_KANJI}]{{3,5}}$")
# Where a place or a thing ends, not a given name (東京都内, 池田市北部, 千葉港).
_NOT_GIVEN_END = re.compile(r"[内外北南東西前後上下中側口号系産製型]$")


def _surname_then_cut_given(word: str, lex, *, tagged_given_ok: bool) -> bool:
    """A surname (tagged 姓, or a listed surname the analyser reads as a place: 榊原, 池田), then
    a given name of two or three characters the analyser cut into single ordinary characters
    (鍵|吉, 魯|参), or (``tagged_given_ok``) one it tags as a given name (井上|靖)."""
    if _NOT_NAME_END.search(word) or _NOT_GIVEN_END.search(word) or word in _NON_NAMES:
        return False
    if not any(word[:c] in lex.surnames_kanji or word[:c] in rare_surnames() for c in (1, 2, 3)):
        return False  # most runs: one set look-up, no analyser call
    toks = word_tokens(word)
    if len(toks) < 2:
        return False
    first, rest = toks[0], toks[1:]
    listed = first.surface in lex.surnames_kanji or first.surface in rare_surnames()
    if not ("人名-姓" in first.pos or ("地名-一般" in first.pos and listed and len(first.surface) >= 2)):
        return False
    given = len(word) - len(first.surface)
    if not 1 <= given <= 3:
        return False
    if tagged_given_ok and len(rest) == 1 and "人名" in rest[0].pos:
        return True
    return given >= 2 and all(
        len(t.surface) == 1 and t.pos.startswith("名詞") and "数詞" not in t.pos for t in rest
    )


def find_credited_names(text: str, lex) -> Iterator[Finding]:
    """A full name glued to a credit (井上靖原作『…』): the analyser-tag rules leave a name
    inside a longer kanji word unmasked, but no place or firm is credited so."""
    for credit in _CREDITS:
        i = text.find(credit)
        while i >= 0:
            if not _KANJI_RE.match(text, i + len(credit)):
                m = _KANJI_RUN_BACK_5.search(text, max(0, i - 5), i)
                if m and _surname_then_cut_given(m.group(0), lex, tagged_given_ok=True):
                    yield "PERSON", m.start(), i
            i = text.find(credit, i + 1)


# Titles only a person holds, right after a katakana name (ガストラ皇帝, シェーラ姫, デデデ大王).
# Not 伯爵, 公爵 and the like: they are named after a place as often (ガンディア公爵の地位).
_PERSON_TITLES = (
    "皇帝", "将軍", "少将", "中将", "大将", "元帥", "提督", "大王", "王女", "王子", "王妃", "女王",
    "姫", "夫妻", "夫人", "枢機卿", "大司教", "司教", "神父", "牧師", "教皇", "兄弟", "姉妹",
    "父子", "母子",
)


@lru_cache(maxsize=1)
def _title_automaton():
    return build_automaton(_PERSON_TITLES)


def find_titled_katakana(text: str) -> Iterator[Finding]:
    """A katakana name before a title only a person holds, whatever the name model says of it
    (the title-after rules ask a fair score of a lone word; these titles vouch alone)."""
    for ts, te in find_literals_automaton(_title_automaton(), text):
        if not ts or not _KATAKANA_BEFORE.match(text, ts - 1) or _KANJI_RE.match(text, te):
            continue
        m = _KATAKANA_RUN_BACK.search(text, max(0, ts - 30), ts)
        if not m:
            continue
        s = m.start()
        if s and (_NAME_CHAR.match(text, s - 1) or text[s - 1] in "「『"):
            continue
        if _in_title(text, s) or not _katakana_name(m.group(0)):
            continue
        yield "PERSON", s, ts
