"""Findings that look like names and are not: the house number's 号 read as a surname, a word
in hiragana glued to a town's or an organisation's name (さくら市, あおば商工信用組合,
みな|と野市), the first word of a bank's name (常陽|みらい銀行), a relation (配偶者), a role in
者 (操作者, 来庁者), an office's chat account, a form's label spaced out (住　所), the town before
its head's post (北湊|市長 徳永 知佳).
``PersonFinder`` drops them from its findings, the masker from a table's column of names."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.masking.analyser import word_tokens
from desktop.core.masking.person_common import (
    _HONORIFIC_RE,
    _KIN,
    _LABEL_COLON_WORDS,
    _TITLE_AFTER_RE,
    Finding,
    reads_as_label,
)
from desktop.core.masking.person_posts import SECTION_POST, without_section

# What follows a word in hiragana that makes it the start of a longer name: a kanji (さくら市,
# あおば商工信用組合, ふるさと納税), or kana then a municipality (みな|と野市).
_COMPOUND_AFTER = re.compile(
    r"[一-鿿々ヶ]|[ぁ-ゖ]{1,3}[一-鿿々ヶ]{0,3}(?:[市町村区郡]|病院|医院|内科|外科|歯科|クリニック|薬局)"
)
_KANA_WORD = re.compile(r"[ぁ-ゖー]+")


def without_unit(text: str, f: Finding) -> Finding:
    """…1番1号 みなと野市, 102号 山田様方: the analyser may read the house number's 号 as a
    surname before the next word; the unit is no part of a name. Nor is the next field's
    relation (須田 里依 配偶者|の個人番号)."""
    t, s, e = f
    if t == "PERSON" and e < len(text) and text[e] in "の:：":
        cut = max(text.rfind(" ", s, e), text.rfind("\u3000", s, e))
        if cut > s and (
            _KIN_WORD.fullmatch(text, cut + 1, e)
            # 受付：藤原　入力：川島: the next field's label (an act or a role) before its colon
            or (text[e] != "の" and _LABEL_BEFORE_COLON.fullmatch(text, cut + 1, e) is not None)
        ):
            e = cut
    if t == "PERSON" and (k := _KIN_GLUED.match(text, s, e)) is not None and k.end() - s > 1:
        s = k.end()  # 長女|森田 結衣: the relation glued before a full name is no part of it
    if (
        t == "PERSON"
        and not text[s].isascii()
        and (h := _LABEL_HEAD.match(text, s, e)) is not None
        and h.end() - s > 2
        and e - h.end() > 1
    ):
        s = h.end()  # 児童名 慶行, 来所者 中天妃, 行政書士 大石 球絵: the label or the trade
    if t == "PERSON" and e - s > 2 and SECTION_POST.match(text, e):
        e = without_section(text, s, e)  # 小林福祉|課長, 足立民生|委員: the section's, the post's
    if t == "PERSON" and e - s > 2 and text[e - 1] == "副" and _TITLE_AFTER_RE.match(text, e):
        e -= 1  # 森本 昌広|副会長: the post's 副
    if t == "PERSON" and s and text[s] in "号番" and text[s - 1].isdigit():
        s += 1
        while s < e and text[s] in " \u3000":
            s += 1
    return (t, s, e)


# Words for a person or an office that are no one's name: a relation (配偶者), a role ending
# in 者 (操作者, 来庁者), an office's account (〇〇市子育て相談), こと of …とのこと.
_KIN_WORD = re.compile(_KIN)
_LABEL_BEFORE_COLON = re.compile(
    r"(?:" + _LABEL_COLON_WORDS + r"|入力|受付|確認|決裁|起案|承認|作成|記録|対応|処理|点検|照合|審査)者?"
)
# A relation of two characters or more, then a surname of two kanji or more and a given name
# (祖父江 誠 keeps its 祖父: a one-kanji surname is left alone).
_KIN_GLUED = re.compile(r"(?:" + _KIN + r")(?=[一-鿿々ヶ]{2,4} [一-鿿々ヶ])")
# A label word of two characters or more (児童名, 来所者, 配偶者) or a licensed trade (行政書士,
# 保健師) before the name and a space, or glued before a name in katakana (配偶者キム …).
_LABEL_HEAD = re.compile(
    r"(?:(?:" + _LABEL_COLON_WORDS + r")|[一-鿿]{2,5}[士師])"
    r"(?:[ \u3000]|(?<=者)(?=[ァ-ヴ]))"
)
_ROLE_WORD = re.compile(r"[一-鿿]{1,4}者")
_OFFICE_ACCOUNT = re.compile(r".{0,8}[市町村区](?:役所|役場)?.{0,10}(?:相談|課|係|室|センター|窓口|事務所)")


# A form's label spaced out over its field's width (住　所, 氏　　名, 電　話).
_LABEL_TAILS = frozenset("所名話考別齢業籍")
_LABEL_HEAD_BEFORE = re.compile(r"(?:^|\n)[ \t]*[住氏電備性年職本][ \t]{1,4}$")
# A financial institution's name glued after the word (常陽みらい銀行, 北都信用金庫).
_BANK_AFTER = re.compile(r"[ぁ-ゖァ-ヴー]{0,6}(?:銀行|信用金庫|信金|信用組合|労働金庫|農協|証券)")
_BANK_FIRST = frozenset(
    [chr(c) for c in range(ord("ぁ"), ord("ゖ") + 1)]
    + [chr(c) for c in range(ord("ァ"), ord("ヴ") + 1)]
    + list("ー銀信労農証")
)
# A heading spaced out character by character in a PDF's text (納 税 者 氏 名): its first
# character is no surname. A script named in brackets after a label (口座名義人（カナ）) is no name.
_SPACED_CHARS = re.compile(r"[一-鿿](?:[ \u3000][一-鿿])?")
_SPACED_ON = re.compile(r"(?:[ \u3000][一-鿿ぁ-ゖァ-ヴ]){2}[ \u3000]")
_SCRIPT_WORDS = frozenset(("カナ", "かな", "カタカナ", "ひらがな", "フリガナ", "ふりがな", "ローマ字", "漢字", "英字"))
# The head of a municipality, then their name: the word before 市長 is the town (北湊|市長 徳永 知佳).
_HEAD_THEN_NAME = re.compile(r"(?:市|町|村|区)長[ \t]+[一-鿿々ヶ]")


# A town's name joined by ケ/ヶ/ノ (桜ケ原市, 霞ヶ浦町, 三ノ輪町): the analyser cuts it at the joint
# and may read the kanji after it as a surname (原 of 桜ケ|原市役所, 原市子 of 桜ケ|原市子ども会議);
# what runs from the joint into 市/町/村/区/郡 is the rest of the town's name.
_JOINT = frozenset("ケヶノ")
_TOWN_REST = re.compile(r"[一-鿿々]{1,3}[市町村区郡]")


def after_town_joint(text: str, s: int) -> bool:
    return (
        s >= 2
        and text[s - 1] in _JOINT
        and "\u4e00" <= text[s - 2] <= "\u9fff"
        and _TOWN_REST.match(text, s) is not None
    )


# A town's body ending in 会 (see _TOWN_BODY); a place's name before 地内 (志徳地内: within the
# district of 志徳), a road's before its number (市道志徳1号線) or after its kind (市道|志徳); a
# facility's name in kana after its kind (居宅介護支援事業所はな|みずき).
_ROAD_KIND = ("市道", "県道", "町道", "村道", "国道", "道道", "府道", "都道", "農道", "林道")
_ROAD_NUMBER = re.compile(r"[0-9]{1,4}号?線")
_FACILITY_BEFORE = re.compile(
    r"(?:事業所|センター|ステーション|ホーム|ハウス|クリニック|薬局|病院|医院|施設|園|苑|荘|寮)[ぁ-ゖァ-ヴー]{0,4}\Z"
)
_KANA_NAME = re.compile(r"[ぁ-ゖァ-ヴー]+")
# A town's body ending in 会 (霞ケ原市医師会, 北湊町商工会, 〇〇区自治会連合会): in brackets after a
# member's post it says whom the member stands for, whether or not the analyser knows the town.
_TOWN_BODY = re.compile(r"[一-鿿々ヶケノ]{1,6}[市町村区郡県][一-鿿々ぁ-ゖァ-ヴー]{1,10}会")


def place_or_facility_part(text: str, s: int, e: int) -> bool:
    if text[e - 1] == "会" and _TOWN_BODY.fullmatch(text, s, e):
        return True
    if text.endswith("地内", s, e) or text.startswith("地内", e):
        return True
    if text.startswith(_ROAD_KIND, max(0, s - 2)) or _ROAD_NUMBER.match(text, e):
        return True
    return (
        _KANA_NAME.fullmatch(text, s, e) is not None
        and _FACILITY_BEFORE.search(text, max(0, s - 12), s) is not None
        and not (_HONORIFIC_RE.match(text, e) or _TITLE_AFTER_RE.match(text, e))
    )


def no_person_word(text: str, s: int, e: int) -> bool:
    value = text[s:e]
    if place_or_facility_part(text, s, e):
        return True
    if _HEAD_THEN_NAME.match(text, e) or value in ("No", "NO"):
        return True  # (No of a table's numbering column: never a name alone)
    if s >= 2 and text[s - 1] in _JOINT and after_town_joint(text, s):
        return True  # 桜ケ|原市: the rest of a town's name after its joint
    if e < len(text) and text[e] in _BANK_FIRST and _BANK_AFTER.match(text, e):
        return True  # 常陽|みらい銀行: the first word of a bank's name
    if value in _LABEL_TAILS and _LABEL_HEAD_BEFORE.search(text, max(0, s - 6), s):
        return True  # 住　　所, 氏　名: a label spaced out to the width of the others
    if (
        (s == 0 or text[s - 1] in "\n \u3000")
        and _SPACED_CHARS.fullmatch(value)
        and _SPACED_ON.match(text, e)
    ):
        return True  # 納 税 者 氏 名, 納 税 義 務 者: a heading spaced out, no surname in it
    if value in _SCRIPT_WORDS and s and text[s - 1] in "(（" and text.startswith((")", "）"), e):
        return True  # 氏名（カナ）, 口座名義人（ローマ字）: the script the name is written in
    if value == "こと":
        return text.startswith("との", max(0, s - 2))
    return _word_for_no_one(value)


def no_name_in_column(text: str, s: int, e: int) -> bool:
    """A table's cell is no name where it is no person's word, nor a note made of ordinary nouns
    with an act in them (本人帰宅, 徒歩帰宅 in a column of who collects a child)."""
    return no_person_word(text, s, e) or reads_as_label(text[s:e])


@lru_cache(maxsize=8192)
def _word_for_no_one(value: str) -> bool:
    """The value alone is a relation, an office's account or a role in 者 (remembered: the
    same names are judged many times a prompt)."""
    if _KIN_WORD.fullmatch(value) or _OFFICE_ACCOUNT.fullmatch(value):
        return True
    if _ROLE_WORD.fullmatch(value):
        toks = word_tokens(value)
        return len(toks) > 1 and toks[-1].surface == "者"  # 来庁|者, not 忍者's reading
    return False


def kana_prefix(text: str, s: int, e: int) -> bool:
    """A name in hiragana glued to what follows is the first part of a town's or an
    organisation's name; an honorific or a post after a name is no such part (さくら様)."""
    if not _COMPOUND_AFTER.match(text, e):
        return False
    last = max(text.rfind(" ", s, e), text.rfind("\u3000", s, e)) + 1 or s  # 主治医 みな|と内科
    if not _KANA_WORD.fullmatch(text, last, e):
        return False
    return not (_HONORIFIC_RE.match(text, e) or _TITLE_AFTER_RE.match(text, e))
