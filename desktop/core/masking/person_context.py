"""Names found by position: labels (氏名：), roles (兄の, 担任の), posts in a list (百目鬼主事),
brackets (（長男の妻）) and coordination (松岡と村田).


Why it is long: the context rules for names (roles before, posts after, lists, brackets,
definition sentences) judge the same candidates and share their exceptions; split apart, an
exception added to one rule would be missed by the others."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from desktop.core.masking.analyser import word_tokens
from desktop.core.masking.foreign_lexicon import foreign_names
from desktop.core.masking.lexicon import build_automaton, find_literals_automaton, rare_surnames
from desktop.core.masking.names_data import word_list
from desktop.core.masking.person_apposition import cut_full_name
from desktop.core.masking.person_common import (
    _BRACKET_ROLE_RE,
    _COORD_AFTER_RE,
    _COORD_BEFORE_RE,
    _EDGE_CHARS,
    _EN_NOT_NAMES,
    _EN_ORG_WORDS,
    _ENGLISH_SURNAMES,
    _GIVEN_END,
    _HIRAGANA_CHAR,
    _HONORIFIC_RE,
    _JP_CHARS,
    _K,
    _KANJI_RE,
    _KATAKANA_DOT_RE,
    _KATAKANA_WORD_RE,
    _KIN,
    _LABEL_HEADS,
    _LABEL_RE,
    _NAME_AFTER_LABEL,
    _NAME_AFTER_ROLE_RE,
    _NAME_AFTER_TITLE_RE,
    _NAME_BEFORE_BRACKET_RE,
    _NAME_BEFORE_TITLE_RE,
    _NON_NAMES,
    _ORG_AFTER,
    _ORG_END,
    _ORG_PREFIX,
    _PLACE_END,
    _ROLE_GAP_RE,
    _ROLE_HEADS,
    _STRONG_END,
    _TITLE_AFTER_RE,
    _TITLE_END_RE,
    _TITLE_ITEM_END_RE,
    _TITLE_PARTICLE_END_RE,
    _TITLE_WORD_RE,
    _TITLE_WORDS,
    _TITLES,
    ENGLISH_GIVEN,
    Finding,
    reads_as_label,
    role_then_bracket,
)
from desktop.core.masking.person_position import PositionNames, person_word_labels
from desktop.core.masking.person_posts import section_cut, surname_in_text
from desktop.core.masking.person_records import POST_PREFIXES, one_kanji_surname
from desktop.core.masking.tables import header_type

if TYPE_CHECKING:
    from desktop.core.masking.lexicon import NameLexicon


# Labels of a form's or a table's other fields: a value after 氏名 that is one of them is the
# next column's header (氏名 続柄 生年月日 同居・別居の別), never a name.
_FIELD_WORDS = frozenset(
    (
        "続柄", "性別", "年齢", "生年月日", "住所", "電話", "電話番号", "職業", "国籍", "備考",
        "連絡先", "勤務先", "学年", "学校名", "同居", "別居", "同居・別居の別", "在留資格",
        "ふりがな", "フリガナ", "カナ", "印", "押印", "署名", "直通", "内線", "携帯", "代表",
        "FAX", "TEL", "メール",
    )
)  # fmt: skip

# 「孫崎享は、日本の外交官、評論家。」: a sentence that says what someone is. The subject is a
# name-shaped word at the start of a sentence, the predicate ends in a word for a person.
_DEFINITION_RE = re.compile(
    r"[ 　]*(?P<n>[一-鿿豈-﫿々ヶ]{2,6}|[一-鿿々]{1,3}[ぁ-ゖ]{2,4}"
    r"|[ァ-ヴー]{2,}(?:[・=][ァ-ヴー]{1,}){0,5})"
    r"(?:[（(][^）)\n]{1,40}[）)])?は、?(?P<p>[^。\n]{1,60}?)(?:。|である|であり|であった|です|で、|$)",
    re.M,
)
_LINE_END = re.compile(r"\n")
# 孫渡率いる, 大滝本人による, 鹿島自身: a kanji word before what only a person does or is.
_HUMAN_AFTER_RE = re.compile(r"(?:率い(?=[るたて])|擁する|自ら|自身|本人|亡き後)")
# ヤングの作品, 星一徹の指導, 尊氏の嫡子: a word before の and what only a person has or does.
_PERSONAL_AFTER_NO = (
    "妻|夫|息子|娘|父|母|兄|弟|姉|妹|長男|長女|次男|次女|孫|弟子|師匠|作品|指導|アドバイス|代理人|"
    "秘書|側近|遺族|葬儀|死去|死後|生涯|自伝|伝記|著書|肖像|墓|墓所|嫡子|養子|後継者|演技|歌声|遺作|"
    "暗殺|妻子|家族|一族|子孫|末裔|愛人|恋人|友人|盟友|親友|部下|推薦|紹介"
)
_PERSONAL_NO_RE = re.compile(f"の(?:{_PERSONAL_AFTER_NO})")
# the word before it (searched in a short window before each match, not over the whole text)
_NAME_BEFORE_NO_RE = re.compile(
    r"(?:(?<![ァ-ヴー・=])[ァ-ヴー]{2,}|(?<![一-鿿々])[一-鿿々]{2,4})\Z"
)
_KANJI_BEFORE_RE = re.compile(r"(?<![一-鿿豈-﫿々ヶ])[一-鿿豈-﫿々ヶ]{2,5}\Z")
_PERSON_NOUN_END = re.compile(
    r"(?:(?<![業法個])者|(?<![国民])家(?<!公家)|(?<![相])手|師|(?<![楽])士|優|官|(?<![法個])人|員|武将|"
    r"女性|男性|人物|僧|尼|皇后|皇子|皇女|天皇|王|公家|大名|力士|棋士|"
    r"ジャーナリスト|レスラー|アナウンサー|タレント|アイドル|モデル|パーソナリティ|ミュージシャン|"
    r"ソングライター|シンガー|アーティスト|デザイナー|プロデューサー|ディレクター|アレンジャー|"
    r"コメディアン|ボクサー|ダンサー|ピアニスト|ギタリスト|ドラマー|ベーシスト|ボーカリスト|"
    r"イラストレーター|コラムニスト|エッセイスト|ライター|ナレーター|キャスター|コーチ|"
    r"プレーヤー|プレイヤー|レーサー|スキーヤー|ゴルファー|スケーター|ジョッキー|アスリート|"
    r"エンジニア|クリエイター|カメラマン|コレオグラファー|ユーチューバー|YouTuber|DJ)"
    r"(?:、[^、]{1,14})*$"
)


_PERSONAL_MIN_SCORE = 0.5  # a katakana word the foreign-name model leans to call a name


# Two words in capitals after a lower-case word of a sentence (for NGUYEN THI HOA).
_CAPS_PAIR = re.compile(r"[A-Z]{2} ?[A-Z]")
# The same as (?<![A-Za-z])(?:for|of|to|by|from|with|and|holder|named|called|regarding|about|re:)
# but starting with a character class, so re skips to the candidates (10x faster per prompt).
_CAPS_AFTER_WORD_RE = re.compile(
    r"[abcfhnortw](?<![A-Za-z][abcfhnortw])"
    r"(?:(?<=f)(?:or|rom)|(?<=o)f|(?<=t)o|(?<=b)y|(?<=w)ith|(?<=a)(?:nd|bout)|(?<=h)older"
    r"|(?<=n)amed|(?<=c)alled|(?<=r)(?:egarding|e:)) "
    r"([A-Z]{2,12}(?: [A-Z]{2,12}){1,3})(?![A-Za-z0-9])"
)
_VOWEL = re.compile(r"[AEIOUY]")
# An honorific set apart from the name after a label (北野 様), and a number glued to the value.
_SPACED_HONORIFIC_RE = re.compile(
    r"(?<=[一-鿿豈-﫿々ヶ])(?: (?:様|殿|氏|君)| ?(?:さん|さま|くん|ちゃん)[ぁ-ゖ]{0,2})$"
)
_DIGIT_AFTER_RE = re.compile(r"[0-9]")
_KIN_WORD_RE = re.compile(f"(?:{_KIN})")
# A short remark in brackets after a list item (（6歳）, （H27.1.2生）, （長男）).
_ASIDE_RE = re.compile(
    r"[ ]?[（(](?:[男女]性?[・、, ]?)?(?:[0-9]{1,3}(?:歳|才)|小[1-6]|中[1-3]|[1-6]年生|年[長中少]"
    rf"|[^（）()\n]{{1,16}}生|(?:{_KIN}|子|本人)(?:・[^（）()\n]{{1,8}})?)[）)]"
)
_POST_PREFIXES = POST_PREFIXES
# A name's reading in brackets right after it: kana words only.
_KANA_WORD = r"[ぁ-ゖァ-ヴー][ぁ-ゖァ-ヴー\u3099\u309a]{0,11}"
_READING_AFTER_RE = re.compile(rf"[ ]?[（(][ ]?({_KANA_WORD}(?:[ ・]{_KANA_WORD}){{0,3}})[ ]?[）)]")
# ... or set apart by spaces only, one katakana word for each part of the name (対象者：安心院 浩一郎
# アジミ コウイチロウ 平成…)
_BARE_READING_AFTER_RE = re.compile(r"[ \t]{1,3}([ァ-ヴー]{2,12} [ァ-ヴー]{1,12})(?=[ \t\n]|$)")


# A post before a name in a list of attendees (出席者：委員長 山田 太郎、副委員長 …).
# Only the words that make a compound post (主任相談員, 統括保健師) may stand before the post:
# 森洋平主事 is a name and its post.
# A relation before a name after a label (緊急連絡先：姉 長谷川 里美, 同居家族：妻 由美子) too.
_POST_BEFORE_NAME_RE = re.compile(
    r"(?:(?:主任|副|総括|統括|上席|専任|担当|首席|主席|筆頭|代表|常任|非常勤|嘱託)?"
    r"(?:" + _TITLE_WORDS + "|" + _TITLES[3:-1] + ")|" + _KIN + r")"
    r" (?=[^\s、,，])"
)
# A place or an institution a label is followed by (問合せ先：北央市, 講師：北央大学): a name
# of a municipality or an institution ends so, a person's does not (unless it is a surname the
# list knows: 高市, 中村).
_PLACE_ORG_NAME_END = re.compile(
    r"(?:[市区郡県都府町村]|大学|病院|医院|学校|高校|学園|銀行|金庫|組合|法人|財団|協会|公民館|会館|"
    r"センター|クリニック|保育園|幼稚園)$"
)
# Honorifics of Japanese names written in romaji (Shimizu-san, Tanaka-sama).
_ROMAJI_HONORIFIC_RE = re.compile(r"-(?:san|sama|kun|chan|sensei|sensee|dono|shi)$")
# A name in capitals in brackets after the katakana form (ファム・ドゥック・アン（PHAM DUC ANH）).
# Two words at least, each with a vowel: 鈴木（MSW）, 佐藤（NPO） are roles and bodies.
# SURNAME Given too (（SANTOS Maria Clara）, （ZHAO Lei））.
# On the line under the name too, the brackets alone on it (届出人：キム ミンジュ ⏎ （KIM MINJU）).
_ROMAN_AFTER_RE = re.compile(
    r"(?:[ ]|\n(?=[（(][^\n]{1,40}[）)] *(?:\n|\Z)))?"
    r"[（(][ ]?([A-Z]{2,}(?:[ ,]+(?:[A-Z]{2,}|[A-Z][a-z]+)){1,3})[ ]?[）)]"
)
_ROMAN_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])([A-Z]{2,}(?: (?:[A-Z]{2,}|[A-Z][a-z]+)){1,3})[ ]?[（(]\Z"
)
# The given name after a surname found alone, when the name's reading or romaji follows
# (趙 磊（ZHAO Lei）, 林 美（リン メイ）): one or two kanji the dictionaries may not know.
# A second given name under the same surname, then the honorific (山田 太郎・花子 様).
_JOINT_GIVEN_RE = re.compile(rf"・([{_K}]{{1,3}}|[ぁ-ゖ]{{2,4}}) ?(?:様|さん|殿)")
_SURNAME_BEFORE_RE = re.compile(rf"(?:^|(?<=[\t\n:：]))([{_K}]{{1,4}}) \Z")
_CAPS_NAME_RE = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,}){1,3}")
_KATAKANA_READING_RE = re.compile(r" ?[（(]([ァ-ヴー]{2,}(?:[ ・][ァ-ヴー]{1,}){1,3})[）)]")
_BORN_BRACKET_RE = re.compile(r"[（(][^（()）\n]{4,20}生[）)]")
_NAME_NEXT_RE = re.compile(r" [一-鿿豈-﫿々ヶぁ-ゖァ-ヴ]")
_NAME_OPENERS = frozenset("の、，, 「『（(\n")
_KANJI_WORD = re.compile(r"[一-鿿豈-﫿々ヶ]+")
# A list of who attended (出席：警察 平野、…), whose members are named after their agency.
_ATTENDANCE_END = re.compile(r"(?:出席|欠席|参加|同席|陪席)者?[ ]?[:：]?[ ]?$")
# A reading's label before a space (ふりがな やまだ たろう), and a value of kana words only.
_READING_LABEL_END = re.compile(r"(?:^|(?<=[\s:：]))(?:ふりがな|フリガナ)[\t ]$", re.M)
_KANA_VALUE_RE = re.compile(r"[ぁ-ゖァ-ヴー]{2,8} [ぁ-ゖァ-ヴー]{1,8}")
_GIVEN_BEFORE_BRACKET_RE = re.compile(rf"[ ]([{_K}]{{1,2}})(?=[ ]?[（(])")
_EN_WORD_AFTER_RE = re.compile(r"[ ]([A-Z][a-z]+)")


def _place_word(word: str) -> bool:
    """A country or a place the analyser knows (（ブラジル）after a name: a nationality, no
    reading)."""
    toks = word_tokens(word)
    return len(toks) == 1 and "地名" in toks[0].pos


def _one_common_noun(word: str) -> bool:
    """The analyser reads ``word`` as one ordinary noun (厚生, 総務), whatever the name lists say."""
    toks = word_tokens(word)
    return len(toks) == 1 and "普通名詞" in toks[0].pos


def _romaji_name(value: str) -> bool:
    """SURNAME Given words with a vowel each, no office or greeting word (（NPO Center）)."""
    return all(
        _VOWEL.search(w.upper())
        and w.title() not in _EN_ORG_WORDS
        and w.title() not in _EN_NOT_NAMES
        for w in re.split(r"[ ,]+", value)
    )


def _common_nouns_only(word: str) -> bool:
    """The analyser reads ``word`` as ordinary nouns and nothing else (厚生, 保健福祉, 子育て支援):
    a section or a committee before a post, not a surname."""
    toks = word_tokens(word)
    return bool(toks) and all(
        t.pos.startswith(("名詞-普通名詞", "接尾辞")) and "副詞可能" not in t.pos  # 春夏冬
        for t in toks
    )


def _en_org_word_after(text: str, e: int) -> bool:
    """The next word is an office word (Contact: Health Insurance Section): an office's name."""
    m = _EN_WORD_AFTER_RE.match(text, e)
    return m is not None and m.group(1) in _EN_ORG_WORDS


# A letter's addressee line above a street line (Tran Thi Hoa / 22 Carlton Road).
_ADDRESSEE_RE = re.compile(
    r"^([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,3})[ ]*\n"
    r"(?![0-9]{3}-[0-9]{4})(?=[0-9]{1,5}[A-Za-z]?(?:[-/][0-9]+)* [A-Z][a-z])",
    re.M,
)
# The last words of a building's or a place's name (Maple House, Green Court) on the line
# before the street.
_BUILDING_WORDS = frozenset(
    (
        "House", "Court", "Building", "Mansion", "Mansions", "Heights", "Tower", "Towers",
        "Apartments", "Apartment", "Residence", "Lodge", "Villa", "Villas", "Place", "Cottage",
        "Farm", "Manor", "Gardens", "Garden", "Estate", "Park", "Square", "Road", "Street",
        "Avenue", "Lane", "Close", "Terrace", "Block", "Wing", "Floor", "Flat", "Room", "Suite",
        "Unit", "Apt",
    )
)  # fmt: skip


# A speaker of council minutes: ○, a surname, a member's post, then a space or a bracket.
_SPEAKER_POSTS = (
    "委員長|副委員長|委員|議員|議長|副議長|会長|副会長|座長|副座長|部会長|理事|監事|幹事|"
    # the staff answering (○万係長): after a section's name too (○福祉課長), judged below
    "課長補佐|課長|係長|部長|局長|室長|所長|次長|参事|主幹|主査|主任|主事"
)
# The marks minutes put before a speaker (○ a member, ◎ the chair, ◆ or ● in some councils).
_SPEAKER_MARKS = "○◯〇◎●◆◇"
_SPEAKER_RE = re.compile(
    rf"^[{_SPEAKER_MARKS}](?P<n>[一-鿿豈-﫿々ヶ]{{1,4}}?)(?P<p>{_SPEAKER_POSTS})(?=[ 　（(]|$)", re.M
)
# One kanji that makes a post with 委員 or 会長 (副委員長, 各委員, 部会長): no surname.
_SPEAKER_NOT_NAME = frozenset("副各全同当本両諸前元新旧現総次兼代仮首某部")


# A relation word, a space, then a word standing alone in a list of family members (子は2人（長男
# 健斗、H27.1.2生）, 同居：妻 由美子): the relative's given name.
_KIN_THEN_NAME_RE = re.compile(
    rf"(?:^|(?<=[\s（(、，,／/・:：]))(?:{_KIN}) "
    # 二男 増田 悠矢 (a full name, as an heirs' list writes it) or 妻 由美子
    rf"(?P<n>[{_K}]{{1,3}}(?: [{_K}]{{1,3}}(?=[ \n]|$))?|[ぁ-ゖ]{{2,4}}|[ァ-ヴー]{{2,8}})"
    r"(?=[、，,（(／/）)\n\t ]|$)",
    re.M,
)
# A relation glued to a full name, then in brackets what only a person has (長女岡部 令圭（080-…）,
# 配偶者キム メイリン（旅券 …）): the brackets found first, the name looked for before them.
_PERSONAL_BRACKET_RE = re.compile(
    r"\((?=旅券|パスポート|電話|携帯|TEL|0[0-9]{1,4}-|[MTSHR][0-9]|明治|大正|昭和|平成|令和|"
    r"(?:19|20)[0-9]{2}[./年-])"
)
_KIN_GLUED_NAME_RE = re.compile(
    rf"(?:{_KIN})(?P<n>[{_K}]{{1,3}} [{_K}]{{1,3}}|[ァ-ヴー]{{2,8}}[ ・][ァ-ヴー]{{2,8}})\Z"
)
# A relation, then in brackets a name and, after 、, the date of birth or age (子ども（陽菜、R5.1.2
# 生まれ）, 長男（翔、8歳）): the bracket first (re skips to it), the relation looked for before it.
_BRACKET_THEN_NAME_RE = re.compile(
    rf"\((?P<n>[{_K}]{{1,4}}|[ぁ-ゖ]{{2,4}}|[ァ-ヴー]{{2,8}})(?=[、，,] ?"
    r"(?:(?:[MTSHR]|明治|大正|昭和|平成|令和)[0-9元]|(?:19|20)[0-9]{2}[./年-]|[0-9]{1,2}(?:歳|才)(?!児)))"
)
_KIN_BEFORE_BRACKET_RE = re.compile(rf"(?:{_KIN}|子ども|子供|子|児童)$")
# A date right after that word (、H27.12.23生, （平成27年…）): the relative's birth, so a person.
_BIRTH_AFTER_RE = re.compile(
    r"[、，,（( ]*(?:[MTSHR][0-9０-９]|明治|大正|昭和|平成|令和|[0-9０-９]{4}[./／年-])"
)
# A full name with a one-kanji surname (万 裕未), and a post after that surname alone (副会長).
_ONE_KANJI_FULL_RE = re.compile(rf"[{_K}] [{_K}]{{1,3}}")
_POST_AFTER_RE = re.compile(r"副?" + _TITLE_AFTER_RE.pattern)
# A section before the name, or 同 for the section of the line before (同 朝日 係長).
_SECTION_BEFORE = re.compile(
    r"(?:課|係|室|班|部|局|センター|事務所|支所|(?<![^\s、，,：:])同)[ \t]$"
)


class ContextNames(PositionNames):
    """Context and role rules of ``PersonFinder``. Shares ``_lex`` and the caches that PersonFinder sets up."""

    _lex: NameLexicon
    _label_automaton: object | None
    _role_automaton: object | None

    def _label_ends(self, text: str) -> Iterator[tuple[int, bool]]:
        """Where each label ends and whether it is weak: the listed labels, then any word for
        a person ending in 者 or 人 before a colon (申出者：, 陳情者1：), weak."""
        ends = set()
        for m in self._labels(text):
            ends.add(m.end())
            yield m.end(), m.group("weak") is not None
        yield from ((e, True) for e in person_word_labels(text) if e not in ends)

    def _labels(self, text: str) -> Iterator[re.Match[str]]:
        """Like _LABEL_RE.finditer(text), but only tried where a label word starts."""
        if self._label_automaton is None:
            self._label_automaton = build_automaton(_LABEL_HEADS, overlapping=True)
        last = 0
        for p in sorted({s for s, _e in find_literals_automaton(self._label_automaton, text)}):
            if p < last:
                continue
            m = _LABEL_RE.match(text, p)
            if m:
                last = m.end()
                yield m

    def _find_by_labels(self, text: str) -> Iterator[Finding]:
        if _CAPS_PAIR.search(text):
            yield from self._find_capitals_after_word(text)
        for label_end, weak in self._label_ends(text):
            pos = label_end
            org = _ORG_PREFIX.match(text, pos)  # 担当：子育て支援課 谷川
            if org:
                pos = org.end()
            for _ in range(12):  # 出席者：山田、鈴木、佐藤
                org = _ORG_PREFIX.match(text, pos) if pos != label_end else None
                if org:  # 出席：児相 岩本、保健センター 緒方: each member after their agency
                    pos = org.end()
                post = _POST_BEFORE_NAME_RE.match(text, pos)
                if post:  # 出席者：委員長 山田 太郎、副委員長 …: the post is no part of the name
                    pos = post.end()
                n = _NAME_AFTER_LABEL.match(text, pos)
                if not n:
                    break
                s, e = n.start(), n.end()
                value = n.group(0)
                lone = _SPACED_HONORIFIC_RE.search(value)
                if lone:  # 申出者：北野 様, 祖母 励胡 さんの: the honorific is no given name
                    e -= len(lone.group(0))
                    value = text[s:e]
                if _HIRAGANA_CHAR.match(text, e) and not _GIVEN_END.match(text, e):
                    break  # 子育て…: the kanji were the start of a word, not a name
                if pos != label_end and value.isascii() and re.match(r" [a-z]", text[e : e + 2]):
                    break  # "TANAKA HANAKO, Date of birth": the next field, not a name
                if pos != label_end and value.isascii() and re.match(r" ?[:：]", text[e : e + 2]):
                    break  # "…, Nationality: Peru": the next field's label
                if value.isascii() and "," in value and re.match(r" [a-z]|:", text[e : e + 2]):
                    e = s + value.rindex(",")  # "Maria Santos, Date of birth": the name ends
                    value = text[s:e]
                head = value.split(" ")[0]  # (柴崎・五十嵐 館内電話: the name, then a label)
                if (pos != label_end and header_type(head) is not None) or head in _FIELD_WORDS:
                    break  # 対象児童：采希、生年月日 R3.2.26 / 氏名 続柄 生年月日: the next label
                if " " in value and (
                    header_type(value.rsplit(" ", 1)[1]) is not None
                    # 父 深沢皓太 母 夕里: the next relation's word, then its name
                    or (
                        _KIN_WORD_RE.fullmatch(value.rsplit(" ", 1)[1])
                        and _NAME_NEXT_RE.match(text, e)  # (記録者 須藤 兄: 兄 is his name)
                    )
                ):
                    e = s + value.rindex(" ")  # 担当 山田 電話 0238-…: the name, then a label
                    value = text[s:e]
                t = _TITLE_END_RE.search(value)
                if t:  # 担当：総務部長 is a post; 担当：山田課長 is 山田
                    e -= len(t.group(0))
                    value = text[s:e]
                    if not value or not (
                        self._looks_like_name(value) or one_kanji_surname(value)
                    ):
                        break  # 出席者：九委員 is 九; 担当：総務部長 is a post
                if _KATAKANA_WORD_RE.fullmatch(value) and self._common_noun(value):
                    break  # 参加: …, ベンダー
                if _DIGIT_AFTER_RE.match(text, e) and self._common_noun(value):
                    break  # 担当：市民課 窓口3番: a counter or a room, numbered
                if value.isascii():
                    suffix = _ROMAJI_HONORIFIC_RE.search(value)
                    if suffix:  # Dear Shimizu-san: the honorific stays outside the name
                        e -= len(suffix.group(0))
                        value = text[s:e]
                if value.split(",")[0].split(" ")[0] in _EN_NOT_NAMES or (
                    value.isascii()
                    and (
                        _EN_ORG_WORDS.intersection(re.split(r"[ ,]+", value))
                        or _en_org_word_after(text, e)
                    )
                ):
                    break  # Dear Sir, Hi all, Dear City Office, Contact: Health Insurance Section
                if " " in value and (
                    _ORG_END.search(value.split(" ")[0])
                    or (
                        # (after 氏名 the value is the name: 氏名 相談 良和)
                        (pos != label_end or _ATTENDANCE_END.search(text, max(0, pos - 6), pos))
                        and self._agency_before(value)
                    )
                ):
                    s += value.index(" ") + 1
                    value = text[s:e]
                    if self._common_noun(value):
                        break  # 広聴係 電話: a section, then the next field's label
                head = value.split(" ")[0]
                if (
                    _PLACE_ORG_NAME_END.search(head)
                    and head not in self._lex.surnames_kanji
                    and head not in rare_surnames()
                ):
                    break  # 問合せ先：北央市, 講師：北央大学 …: a place or an institution
                # 申告者：大工 さん: an honorific after the value says it is a person's name
                honoured = lone is not None or _HONORIFIC_RE.match(text, e) is not None
                if (
                    weak
                    and not honoured
                    and not (self._looks_like_name(value) or self._tagged_like_name(value))
                    # ふりがな やまだ たろう: a reading's label, and the value is all kana
                    and not (
                        _READING_LABEL_END.search(text, max(0, label_end - 6), label_end)
                        and _KANA_VALUE_RE.fullmatch(value)
                    )
                ):
                    break  # 対象者 全員: a tab or a space is a weak label
                if not (
                    (_ORG_END.search(value) and not self._surname_ending_like_org(value))
                    or value in _NON_NAMES
                    or _KIN_WORD_RE.fullmatch(value)  # 出席：本人、長女、茂木: a relation
                    or _ORG_AFTER.match(text, e)
                    or re.search(r"(?:役所|役場|職員|会社|庁|課|係)", value)
                ):
                    yield "PERSON", s, e
                    roman = _ROMAN_AFTER_RE.match(text, e)
                    if (
                        roman
                        and _JP_CHARS.search(text, s, e)
                        and all(
                            _VOWEL.search(w.upper()) for w in re.split(r"[ ,]+", roman.group(1))
                        )
                    ):
                        # 世帯主：ファム・ドゥック・アン（PHAM DUC ANH）: the name in capitals
                        yield "PERSON", roman.start(1), roman.end(1)
                    reading = _READING_AFTER_RE.match(text, e) or (
                        " " in value and _BARE_READING_AFTER_RE.match(text, e)
                    )
                    if reading and not any(  # not a role in brackets: （ケースワーカー）
                        self._common_noun(w)
                        or w in _NON_NAMES
                        or (_place_word(w) and w not in self._lex.surnames)
                        for w in re.split("[ ・]", reading.group(1))
                    ):  # 相談者：ﾓﾓｾ ｱﾂｼ（ももせ あつし）: the name's reading
                        yield "PERSON", reading.start(1), reading.end(1)
                # 対象児童：薫（6歳）、洋枝（8歳）: an age, a birth date or a relation in brackets
                # after an item, then the next item
                aside = _ASIDE_RE.match(text, e)
                sep = re.compile(r"[、,，・] ?").match(text, aside.end() if aside else e)
                if not sep:
                    break
                pos = sep.end()

    def _find_capitals_after_word(self, text: str) -> Iterator[Finding]:
        """Record for NGUYEN THI HOA, holder LI MING: a SURNAME GIVEN run in capitals after a
        lower-case word of a sentence, when one of its words is a name the dictionaries know and
        none is an acronym (NHK, JR) or an office word (CITY HALL)."""
        for m in _CAPS_AFTER_WORD_RE.finditer(text):
            words = m.group(1).split(" ")
            if any(
                not _VOWEL.search(w) or w.title() in _EN_NOT_NAMES or w.title() in _EN_ORG_WORDS
                for w in words
            ):
                continue
            # a surname or an English given name: the romaji given names include English words
            # (more, ai, kana), so they alone say nothing (MORE INFORMATION, AI USAGE)
            if any(
                w.lower() in self._lex.surnames
                or w.lower() in ENGLISH_GIVEN
                or w.lower() in _ENGLISH_SURNAMES
                for w in words
            ):
                yield "PERSON", m.start(1), m.end(1)

    def _find_by_definition(self, text: str) -> Iterator[Finding]:
        """「Xは、日本の漫画家。」: X is a person when it is shaped like a name."""
        if "は" not in text:
            return
        # tried only where a paragraph starts, as the sentence that introduces someone does
        # (every sentence start cost 0.5 ms a prompt)
        for start in (0, *(m.end() for m in _LINE_END.finditer(text))):
            if text.find("は", start, start + 50) < 0:
                continue
            m = _DEFINITION_RE.match(text, start)
            if m is None:
                continue
            value = m.group("n")
            if not _PERSON_NOUN_END.search(m.group("p")[-32:]):
                continue
            if value in _NON_NAMES or _ORG_END.search(value) or value[-1] in _PLACE_END:
                continue
            if _ORG_AFTER.search(value[-2:]) and not self._looks_like_name(value):
                continue  # 山田工業は: an organisation's name
            if _KATAKANA_WORD_RE.fullmatch(value) and self._common_noun(value):
                continue
            if _KANJI_RE.match(value) and not (
                self._looks_like_name(value)
                or self._tagged_like_name(value)
                or any(value[:c] in rare_surnames() and 1 <= len(value) - c <= 3 for c in (2, 3))
            ):
                continue
            yield "PERSON", m.start("n"), m.end("n")

    def _find_by_human_after(self, text: str) -> Iterator[Finding]:
        """A name-shaped kanji word right before 率いる / 本人 / 自ら / 亡き後."""
        for h in _HUMAN_AFTER_RE.finditer(text):
            m = _KANJI_BEFORE_RE.search(text, max(0, h.start() - 6), h.start())
            if not m:
                continue
            value = m.group(0)
            if value in _NON_NAMES or _ORG_END.search(value) or value[-1] in _PLACE_END:
                continue
            if _ORG_AFTER.search(value[-2:]) and not self._looks_like_name(value):
                continue
            if (
                value in self._lex.surnames_kanji
                or value in rare_surnames()
                or self._looks_like_name(value)
                or any(value[:c] in rare_surnames() and 1 <= len(value) - c <= 3 for c in (2, 3))
                or (self._tagged_like_name(value) and not self._common_noun(value))
            ):
                yield "PERSON", m.start(), m.end()

    def _find_by_role_bracket(self, text: str) -> Iterator[Finding]:
        """課長（五百旗頭）, ケースワーカー（米窪）: a name alone in brackets after a role."""
        if "（" not in text and "(" not in text:
            return
        rare = rare_surnames()
        for m in role_then_bracket(text):
            value = m.group("n")
            head = value.split()[0] if value.split() else value
            if value in _NON_NAMES or _ORG_END.search(value) or value[-1] in _PLACE_END:
                continue
            if _TITLE_END_RE.search(value) or re.search(r"[0-9０-９]", value):
                continue
            if _KATAKANA_WORD_RE.fullmatch(value.replace("・", "")):
                ok = not self._common_noun(value.replace("・", ""))
            elif re.fullmatch(r"[ぁ-ゖ]+", value):
                ok = value in self._lex.given or value in self._lex.surnames
            else:
                ok = (
                    head in self._lex.surnames_kanji
                    or head in rare
                    or self._looks_like_name(value)
                    or self._tagged_like_name(value)
                    or self._rare_surname(value)
                )
            if ok:
                yield "PERSON", m.start("n"), m.end("n")

    def _find_by_personal_after(self, text: str) -> Iterator[Finding]:
        """A surname or a foreign name word before の and a relative, a work or a death."""
        if "の" not in text:
            return
        rare = rare_surnames()
        for no in _PERSONAL_NO_RE.finditer(text):
            m = _NAME_BEFORE_NO_RE.search(text, max(0, no.start() - 14), no.start())
            if m is None:
                continue
            value = m.group(0)
            if _KATAKANA_WORD_RE.fullmatch(value):
                ok = foreign_names().score(value) >= _PERSONAL_MIN_SCORE
            else:
                ok = value in self._lex.surnames_kanji or value in rare
            if ok and value not in _NON_NAMES:
                yield "PERSON", m.start(), m.end()

    def _surname_ending_like_org(self, value: str) -> bool:
        """阿部, 鰐部, 服部: two kanji ending in 部 that are not a common noun (本部, 支部)."""
        if value in self._lex.surnames_kanji:
            return True
        return len(value) == 2 and value[1] == "部" and not self._common_noun(value)

    def _tagged_like_name(self, value: str) -> bool:
        """The analyser sees a name (人名, a place name used as a surname, or an unknown word)."""
        if not _JP_CHARS.search(value):
            return bool(re.fullmatch(r"[A-Z][A-Za-z'\-]+(?:,? [A-Z][A-Za-z'\-]+)+", value))
        toks = word_tokens(value)
        if not toks:
            return False
        first = toks[0]
        if "人名" in first.pos or first.pos.startswith("?"):
            return True
        return "地名" in first.pos and (" " in value or len(toks) > 1)

    def _name_by_role(self, value: str, end: str) -> bool:
        """A candidate right after 兄の / 担任の / 面接員： …; ``end`` is what follows it."""
        lex = self._lex
        if value in _NON_NAMES or _ORG_END.search(value) or _TITLE_END_RE.search(value):
            return False
        if value[-1] in _PLACE_END:
            return False
        if re.fullmatch(r"[ぁ-ゖ]+", value):
            return value in lex.given or value in lex.surnames or bool(_STRONG_END.match(end))
        if _KATAKANA_WORD_RE.fullmatch(value.replace("・", "")):
            return not self._common_noun(value.replace("・", ""))
        head = value.split(" ")[0]
        rare = rare_surnames()
        if head in lex.surnames_kanji or head in lex.given_kanji or head in rare:
            return True
        if (
            any(head[:cut] in lex.surnames_kanji or head[:cut] in rare for cut in (2, 3))
            and len(head) <= 4
        ):
            return not self._common_noun(head)
        toks = word_tokens(head)
        if not toks:
            return False
        first = toks[0]
        if "人名" in first.pos or first.pos.startswith("?"):
            return True
        if head in word_list("wordlike_surnames.txt") and _STRONG_END.match(end):
            return True  # 担当の十（直通 …）, 担任の島です: a surname that is also a word
        if "地名" in first.pos:
            # 長男の東京の会社: a place; 兄の毛利から, 担任の茂木です: a surname
            return bool(_STRONG_END.match(end)) or end not in ("の", "に", "へ", "で", "まで")
        return False

    def _name_before_post(self, n: re.Match[str], text: str) -> bool:
        """The candidate ends where a post starts (担当の四月一日係長): a name unless an
        ordinary word (前任係長)."""
        return not n.group("end") and n.end() < len(text) and self._rare_surname(n.group("n"))

    def _find_by_roles(self, text: str) -> Iterator[Finding]:
        """兄の毛利から, 担任の谷です, 百目鬼（課長）, 石田 こはる（長男の妻）."""
        if self._role_automaton is None:
            self._role_automaton = build_automaton(_ROLE_HEADS, overlapping=True)
        seen: set[int] = set()
        for _s, pos in find_literals_automaton(self._role_automaton, text):
            if pos in seen:  # 祖父の and 父の end at the same place
                continue
            seen.add(pos)
            if text[pos - 1] != "の":
                # 担当は百目鬼主事: a name right after the role when a post follows it
                n = _NAME_AFTER_ROLE_RE.match(text, pos)
                if n and self._name_before_post(n, text):
                    yield "PERSON", n.start("n"), n.end("n")
                    continue
                gap = _ROLE_GAP_RE.match(text, pos)
                if not gap:
                    continue
                pos = gap.end()
            n = _NAME_AFTER_ROLE_RE.match(text, pos)
            if not n:
                continue
            if self._name_by_role(n.group("n"), n.group("end")) or self._name_before_post(n, text):
                yield "PERSON", n.start("n"), n.end("n")
        for k in _KIN_THEN_NAME_RE.finditer(text):
            value = k.group("n")
            if value in _NON_NAMES or (
                self._common_noun(value) and not _BORN_BRACKET_RE.match(text, k.end())
            ):
                continue  # 父 死亡, 母 同居: a relation and what is said of them (母 海（…生）: a name)
            if self._name_by_role(value, text[k.end() : k.end() + 2]) or _BIRTH_AFTER_RE.match(
                text, k.end()
            ):
                yield "PERSON", k.start("n"), k.end("n")
        for b in _BRACKET_THEN_NAME_RE.finditer(text):
            value = b.group("n")
            if (
                _KIN_BEFORE_BRACKET_RE.search(text, max(0, b.start() - 4), b.start())
                and value not in _NON_NAMES
                and not self._common_noun(value)
                and not _ORG_END.search(value)
                and value[-1] not in _PLACE_END and value[-1] not in "園校院"
            ):
                yield "PERSON", b.start("n"), b.end("n")
        for b in _PERSONAL_BRACKET_RE.finditer(text):
            if g := _KIN_GLUED_NAME_RE.search(text, max(0, b.start() - 24), b.start()):
                yield "PERSON", g.start("n"), g.end("n")
        for b in _BRACKET_ROLE_RE.finditer(text):
            lo = max(0, b.start() - 16)
            m = _NAME_BEFORE_BRACKET_RE.search(text[lo : b.start()])
            if not m:
                continue
            s, e = lo + m.start("n"), lo + m.end("n")
            value = text[s:e]
            if " " in value and (
                _ORG_END.search(value.split(" ")[0]) or _TITLE_END_RE.search(value.split(" ")[0])
            ):
                s += value.index(" ") + 1
                value = text[s:e]
            if value in _NON_NAMES or self._common_noun(value.replace(" ", "")):
                continue
            if reads_as_label(value):
                continue  # 被保険者（本人）: a word for the person, not their name
            if _ORG_END.search(value) and not self._surname_ending_like_org(value):
                continue
            if value[-1] in _PLACE_END or _TITLE_END_RE.search(value):
                continue
            yield "PERSON", s, e
        yield from self._find_by_position(text)

    def _written_after(self, text: str, s: int, e: int) -> Iterator[Finding]:
        """A name's reading or romaji in brackets right after it (長島 世里花（ナガシマセリカ）,
        趙 磊（ZHAO Lei））: the same person written again, so a name too."""
        given = _GIVEN_BEFORE_BRACKET_RE.match(text, e)
        if given and " " not in text[s:e] and _KANJI_RE.match(text, e - 1):
            after = given.end()
        else:
            given, after = None, e
        roman = _ROMAN_AFTER_RE.match(text, after)
        if roman and _romaji_name(roman.group(1)):
            yield "PERSON", roman.start(1), roman.end(1)
        else:
            reading = _READING_AFTER_RE.match(text, after)
            if reading is None or any(
                self._common_noun(w) or w in _NON_NAMES or _place_word(w)
                for w in re.split("[ ・]", reading.group(1))
            ):
                return  # （ケースワーカー）, （ブラジル）: a role or a nationality
            yield "PERSON", reading.start(1), reading.end(1)
        if given:
            yield "PERSON", s, given.end()

    def _coordinated(self, text: str, found: list[Finding]) -> Iterator[Finding]:
        """松岡と村田で: a surname joined by と/や/、 to a name already found; a name's reading
        or romaji in brackets after it."""
        lex = self._lex
        if "（" in text or "(" in text:
            for _t, s, e in found:
                if e < len(text) and text[e] in " （(" and _JP_CHARS.search(text, s, e):
                    yield from self._written_after(text, s, e)
                if s and text[s - 1] in "（(" and _JP_CHARS.search(text, s, e):
                    # ZHAO Lei（趙 磊）: the romaji before a name in brackets
                    m = _ROMAN_BEFORE_RE.search(text, max(0, s - 40), s)
                    if m and _romaji_name(m.group(1)):
                        yield "PERSON", m.start(1), m.end(1)
            for _t, s, e in found:
                if e < len(text) and text[e] in " （(" and _CAPS_NAME_RE.fullmatch(text, s, e):
                    # WANG FANG（ワン ファン）: the passport's capitals, then their katakana
                    k = _KATAKANA_READING_RE.match(text, e)
                    if k and len(re.split("[ ・]", k.group(1))) == text[s:e].count(" ") + 1:
                        yield "PERSON", k.start(1), k.end(1)
        yield from self._one_kanji_surnames(text, found)
        if "/" in text:
            yield from self._written_beside(text, found)
        for _t, s, e in found:
            m = _COORD_AFTER_RE.match(text, e)
            if m and self._coord_ok(m.group(1)):
                yield "PERSON", m.start(1), m.end(1)
            if (
                e - s <= 2
                and s > 1
                and text[s - 2] in _NAME_OPENERS
                and _KANJI_RE.match(text, s - 1)
                and text[s - 1] not in _POST_PREFIXES
                and _HONORIFIC_RE.match(text, e)
            ):
                # その子の亜聡さん read as 亜|聡: the kanji between の and the name is its first
                yield "PERSON", s - 1, e
            full = s  # where the full name starts (a surname found before the given name)
            if s > 1 and text[s - 1] == " " and text[s:e] in lex.given:
                # 一二三 恒義・翠波 様, 岡部 槙（旧姓 …）: a surname the lists know, then a given
                # name found alone: the full name (at a field's start: a line, a tab, a label)
                b = _SURNAME_BEFORE_RE.search(text, max(0, s - 7), s)
                if b and (b.group(1) in lex.surnames_kanji or b.group(1) in rare_surnames()):
                    full = b.start(1)
                    yield "PERSON", full, e
            j = _JOINT_GIVEN_RE.match(text, e) if text[e : e + 1] == "・" and " " in text[full:e] else None
            if j:  # 連名 小野 琢磨・初彩 様: the spouse's given name after the full name
                yield "PERSON", j.start(1), j.end(1)
            # (searched in place: in a slice the cut would read as the start of a word, 老|中土井)
            b = _COORD_BEFORE_RE.search(text, max(0, s - 6), s)
            if b and self._coord_ok(b.group(1)):
                yield "PERSON", b.start(1), b.end(1)
        del lex

    @staticmethod
    def _one_kanji_surnames(text: str, found: list[Finding]) -> Iterator[Finding]:
        """万 裕未 found once: 万副会長, 万さん later are that person (a one-kanji surname
        stands for the person only before a post or an honorific)."""
        heads = {text[s] for _t, s, e in found if _ONE_KANJI_FULL_RE.fullmatch(text, s, e)}
        # 出席者：九委員 found once: 九委員より later is the same member
        heads.update(
            text[s] for _t, s, e in found if e == s + 1 and _POST_AFTER_RE.match(text, e)
        )
        for head in heads - _POST_PREFIXES:
            i = text.find(head)
            while i >= 0:
                if not (i and _KANJI_RE.match(text, i - 1)) and (
                    _HONORIFIC_RE.match(text, i + 1) or _POST_AFTER_RE.match(text, i + 1)
                ):
                    yield "PERSON", i, i + 1
                i = text.find(head, i + 1)

    def _coord_ok(self, value: str) -> bool:
        if value in self._lex.surnames_kanji:
            return True
        if _TITLE_END_RE.search(value) or _ORG_END.search(value) or value[-1] in _PLACE_END:
            return False  # 町田修委員, 松本市役所: a post or an office, not (only) a name
        rare = rare_surnames()
        if value in rare or any(
            value[:c] in rare and 1 <= len(value) - c <= 2 and not self._common_noun(value[c:])
            for c in (2, 3)
        ):
            return True  # 棚橋弘至と真壁刀義, 島、池田、桝: a rarer surname beside a name
        if cut_full_name(value):
            return True  # 棚橋弘至と真壁刀義: the analyser cut the given name to pieces
        toks = word_tokens(value)
        if len(toks) == 1:
            return "人名" in toks[0].pos
        # 岩井志麻子, 嫁阪翔太 in a list of names: a given name the analyser knows, nothing that
        # reads as a verb or a particle
        return (
            len(value) >= 3
            and any(t.pos.endswith("人名-名") for t in toks)
            and not any(t.pos.startswith(("助", "動")) for t in toks)
        )

    def _agency_before(self, value: str) -> bool:
        """出席：警察 平野、児相 岩本、民生委員 高田: an agency or a post named by a word that is no
        surname (ordinary nouns, or any word before a known surname), then the member's surname
        alone: the name is the surname."""
        head, _, tail = value.partition(" ")
        if (
            len(head) < 2
            or not _KANJI_WORD.fullmatch(head)  # (配偶者 ワン ファン: a foreign name)
            or " " in tail
            or head in self._lex.surnames_kanji
            or head in rare_surnames()
        ):
            return False
        return _common_nouns_only(head) or tail in self._lex.surnames_kanji or tail in rare_surnames()

    def _common_noun(self, word: str) -> bool:
        if word in self._lex.surnames or word in self._lex.given:
            return False
        toks = word_tokens(word)
        return len(toks) == 1 and "普通名詞" in toks[0].pos and not toks[0].pos.startswith("?")

    def _find_by_titles(self, text: str) -> Iterator[Finding]:
        """Attendee lists: 課長 田原 倫史、小出有那課長、相馬 朋奈部長 (a title next to a name)."""
        for t in _TITLE_WORD_RE.finditer(text):
            ts, te = t.start(), t.end()
            # 同主査 河合: 同 (of the section named before) opens the post
            same = ts > 1 and text[ts - 1] == "同" and text[ts - 2] in _EDGE_CHARS
            if ts == 0 or text[ts - 1] in _EDGE_CHARS or same:
                m = _NAME_AFTER_TITLE_RE.match(text, te)
                if m and (
                    self._looks_like_name(m.group("n")) or self._lone_surname_ends_item(text, m)
                ):
                    yield "PERSON", m.start("n"), m.end("n")
            item_end = _TITLE_ITEM_END_RE.match(text, te) is not None
            if item_end or _TITLE_PARTICLE_END_RE.match(text, te):
                # 総務課 九十九 主事: the name may stand apart from its post
                before = ts - 1 if ts and text[ts - 1] == " " else ts
                if item_end and before != ts and self._lone_kanji_before_post(text, before):
                    yield "PERSON", before - 1, before  # 福祉課 今 主事, | 金 主任 |
                    continue
                if (
                    item_end
                    and before == ts
                    and (ts == 1 or (ts > 1 and text[ts - 2] in _EDGE_CHARS))
                    and text[ts - 1] not in _PLACE_END
                    and one_kanji_surname(text[ts - 1])
                ):
                    yield "PERSON", ts - 1, ts  # 出席者：…、九委員、: a one-kanji surname
                    continue
                m = _NAME_BEFORE_TITLE_RE.search(text, max(0, before - 16), before)
                if not m:
                    continue
                n_start, value = m.start("n"), m.group("n")
                head = value.split(" ")[0]
                if " " in value and (_ORG_END.search(head) or head == "同"):
                    n_start += value.index(" ") + 1  # 福祉課 百目鬼主事, 同 朝日 係長
                    value = text[n_start:before]
                if not item_end:
                    # 八月一日主査から: in running prose only a name the dictionaries know
                    if value in rare_surnames() or self._looks_like_name(value):
                        yield "PERSON", n_start, before
                    continue
                if (
                    self._looks_like_name(value)
                    or self._rare_surname(value)
                    or (before != ts and self._between_section_and_post(text, n_start, value))
                ):
                    yield "PERSON", n_start, before

    def _find_addressee(self, text: str) -> Iterator[Finding]:
        """The addressee block of an English letter: a line of two to four capitalised words
        at the start of the text or after a blank line, right above a street line (a house
        number and a capitalised word) is the person written to, whatever their origin (Tran
        Thi Hoa). Office, building and greeting words (Ward Office, Maple House) are not."""
        for m in _ADDRESSEE_RE.finditer(text):
            if m.start() > 1 and text[m.start() - 2] != "\n":
                continue  # inside a paragraph: a heading, not an addressee
            words = re.split(r"[ \-]", m.group(1))
            if any(
                w in _EN_ORG_WORDS or w in _EN_NOT_NAMES or w in _BUILDING_WORDS for w in words
            ):
                continue
            yield "PERSON", m.start(1), m.end(1)

    def _find_speakers(self, text: str) -> Iterator[Finding]:
        """Council minutes: ○上委員　…, ○百目鬼議員（…）: the speaker's surname between the
        speaker mark at the start of a line and a member's post, one kanji or more."""
        if not any(mark in text for mark in _SPEAKER_MARKS):
            return
        speakers: set[tuple[str, str]] = set()
        for m in _SPEAKER_RE.finditer(text):
            value = m.group("n")
            if (cut := section_cut(value, m.group("p"))) and (cut > 1 or surname_in_text(text, value[0])):
                value = value[:cut]  # ○門福祉課長: the section's name before the post (person_posts)
            if len(value) == 1:
                if value in _SPEAKER_NOT_NAME:
                    continue  # ○副委員長, ○各委員: a post, not a person
            elif (
                (
                    value not in self._lex.surnames_kanji
                    and value not in rare_surnames()
                    and _common_nouns_only(value)
                )
                or value in _NON_NAMES
                or _ORG_END.search(value)
                or value[-1] in _PLACE_END
            ):
                continue  # ○厚生委員長: a committee's post
            yield "PERSON", m.start("n"), m.start("n") + len(value)
            speakers.add((value, text[m.start("n") + len(value) : m.end("p")]))
        for value, post in speakers:
            # 先ほどの万副会長の意見: the speaker named again before the same post in the
            # minutes' prose (a one-kanji surname is no name anywhere else)
            i = text.find(value + post)
            while i >= 0:
                if not (i and _KANJI_RE.match(text, i - 1)):
                    yield "PERSON", i, i + len(value)
                i = text.find(value + post, i + 1)

    def _lone_surname_ends_item(self, text: str, m: re.Match) -> bool:
        """課長 宮川、主査 河合⏎: a surname alone after a post, ending the list item."""
        value = m.group("n")
        return (
            value in self._lex.surnames_kanji
            and (m.end() == len(text) or text[m.end()] in "、，,\n")
            and not self._common_noun(value)
        )

    @staticmethod
    def _lone_kanji_before_post(text: str, before: int) -> bool:
        """One kanji set apart by spaces before a post at the start of a list item or a cell
        (福祉課 今 主事, | 金 主任 |): a one-character surname (今, 金, 東), unless it is a
        prefix of the post (前 課長, 新 係長, 副 部長)."""
        if before < 1 or not _KANJI_RE.match(text, before - 1):
            return False
        if before >= 2 and text[before - 2] not in " \t|、，,：:\n":
            return False
        word = text[before - 1]
        if word in _NON_NAMES or word in _POST_PREFIXES:
            return False
        toks = word_tokens(word)
        return bool(toks) and not toks[0].pos.startswith(("接頭", "記号", "助", "動"))

    @staticmethod
    def _between_section_and_post(text: str, start: int, value: str) -> bool:
        """総務課 四十物 主任: a word set apart between a section and a post is the person there,
        even one the dictionary calls an ordinary word (四十物, 薬袋)."""
        if not 2 <= len(value) <= 4 or " " in value or value in _NON_NAMES:
            return False
        if _ORG_END.search(value) or value[-1] in _PLACE_END or _TITLE_END_RE.search(value):
            return False
        return _SECTION_BEFORE.search(text, max(0, start - 12), start) is not None

    def _rare_surname(self, value: str) -> bool:
        """A list item 〇〇主事 / 〇〇係長: whatever stands before the post is a name (百目鬼,
        四月一日) unless it is an ordinary word (総務課長, 前任係長) or an organisation."""
        if not 2 <= len(value) <= 4 or " " in value or not _KANJI_RE.match(value):
            return False
        if value in _NON_NAMES or _ORG_END.search(value) or value[-1] in _PLACE_END:
            return False
        toks = word_tokens(value)
        return not any(
            (
                "普通名詞" in t.pos
                and not t.pos.startswith("?")
                and len(t.surface) >= 2
                and "副詞可能" not in t.pos  # 四月一日 (Watanuki), 八月一日 (Hozumi)
            )
            or t.pos.startswith(("助", "動", "接頭"))
            for t in toks
        )

    def _looks_like_name(self, name: str) -> bool:
        lex = self._lex
        if " " in name:
            a, b = name.split(" ", 1)
            return (a in lex.surnames_kanji or b in lex.given_kanji) and a not in _NON_NAMES
        if _KATAKANA_DOT_RE.fullmatch(name):
            return True
        return any(
            name[:cut] in lex.surnames_kanji and 1 <= len(name) - cut <= 3 for cut in (1, 2, 3, 4)
        )
