"""Names found by where they stand on the page, whatever the dictionaries say of the word:

- a list item with the person's age or birth date in brackets (薫（6歳）, 夕奈（平成30年…生）);
- a roster line, a post at the start and the holder after it (副会長　福井　三華, 会計 堤 励胡);
- an English list item, the name before the address or phone (- LE VAN DUC, 12-13 Minami …);
- a name label alone on its line and the value on the next (a Word table one cell a line);
- the same name written again after a slash (ブディ・サントソ / BUDI SANTOSO);
- any word for a person ending in 者 or 人 before a colon is a (weak) label (申出者：北野);
- the shapes of records (a household's rows, readings, mail headers, signatures): person_records.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from desktop.core.masking.lexicon import rare_surnames
from desktop.core.masking.person_common import (
    _EN_NOT_NAMES,
    _EN_ORG_WORDS,
    _K,
    _KIN,
    _NON_NAMES,
    _ORG_END,
    _PLACE_END,
    _TITLE_END_RE,
    ENGLISH_GIVEN,
    Finding,
    reads_as_label,
)
from desktop.core.masking.person_records import RecordNames

if TYPE_CHECKING:
    from desktop.core.masking.lexicon import NameLexicon

# A word for a person before a colon: 申出者：, 陳情者1：, 相続人(2)：. Found from the colon
# (str.find: a character-class scan of the whole text costs 0.1 ms a prompt), then the word.
_PERSON_WORD_BEFORE_RE = re.compile(r"(?<![一-鿿々])[一-鿿々]{1,6}[者人]\Z")
# Words ending so that name a body or nobody in particular, and the parties of a contract or
# a facility, mostly firms (受託者, 指定管理者): no label of a person.
_NOT_PERSON_WORDS = re.compile(
    r"(?:業者|事業者|保険者|法人|個人|障害者|高齢者|該当者|人数|者数|"
    r"[受委]託者|[受発]注者|請負者|落札者|納入者|管理者|設置者|運営者|開設者|製造者|販売者)$"
)


def person_word_labels(text: str) -> Iterator[int]:
    """Where a label made of a word for a person ends (the text is normalised: ： is :)."""
    i = text.find(":")
    while i >= 0:
        j = i
        while j > 0 and i - j < 5 and text[j - 1] in " ()0123456789":
            j -= 1  # 陳情者1:, 相続人(2) :
        if j > 1 and text[j - 1] in "者人":
            w = _PERSON_WORD_BEFORE_RE.search(text, max(0, j - 8), j)
            if w and not _NOT_PERSON_WORDS.search(w.group(0)):
                yield i + 1 + (text[i + 1 : i + 2] == " ")
        i = text.find(":", i + 1)


# A list item: a word at the start of a line or after 、, then the person's age or birth date.
# Found bracket first (a pattern tried at every position measured 0.5 ms a prompt), then the
# word before it in a short window.
_AGE_BRACKET_RE = re.compile(
    # a sex first (（男・8歳）), a school year (（小3）, （年長）, （2年生）) as well as an age
    r"\([ ]?(?:[男女]性?[・、, ]?)?(?:小[1-6]|中[1-3]|高[1-3]|[1-6]年生|年[長中少]|"
    r"[0-9]{1,3}(?:歳|才|か月|ヶ月)|(?:[MTSHR]|明治|大正|昭和|平成|令和)[0-9元]"
    r"[^()\n]{0,14}生|[0-9]{4}[-/.年][^()\n]{0,10}生)"
)
_AGED_NAME_RE = re.compile(
    rf"(?:^|(?<=[、,]))[ \t]*(?:[・\-*+＊●○◯■□]|[0-9]{{1,2}}[.)])?[ \t]*"
    rf"(?P<n>[{_K}]{{1,4}}(?: [{_K}]{{1,3}})?|[ぁ-ゖ]{{2,5}}|[ァ-ヴー]{{2,10}})[ ]?\Z"
)
# Words for a person, not a name, that stand before an age (長男（5歳）, 男児（3歳）).
_PERSON_NOUN_END = frozenset("児者人性員婦夫妻親童徒供年女男子")


# A post at the start of a roster line, then the holder (副会長　福井　三華（…）, 会計 堤 励胡).
_ROSTER_POSTS = (
    "会長|会計|書記|監事|監査|幹事|庶務|顧問|相談役|理事|評議員|委員長|委員|部長|班長|組長|"
    "役員|代表|広報|総務|会計監査|事務局長|世話人|区長|自治会長|町内会長"
)
_ROSTER_RE = re.compile(
    rf"\n[ \t]*(?:[・\-*＊●○◯■□][ \t]*)?(?:副|前|元)?(?:{_ROSTER_POSTS})[ \t]+"
    rf"(?P<n>[{_K}]{{1,4}} [{_K}]{{1,3}}|[{_K}]{{2,5}}|[ァ-ヴー]{{2,8}} [ァ-ヴー]{{2,8}})"
    r"(?=[ \t]*(?:[（(]|\n|\Z|[ \t][0-9(]))"
)

# An English list item: SURNAME Given or Given SURNAME (a word in capitals at least), then a
# comma and an address or a phone.
_EN_ITEM_RE = re.compile(
    r"\n[ \t]*(?:[-*•+]|[0-9]{1,2}[.)])[ \t]+"
    r"(?P<n>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3}),[ ]"
    r"(?=[0-9#]|(?:Apt|Apartment|Room|Rm|Flat|Unit|Suite|No)\.?[ ]?[0-9#]|[Tt]el|TEL|[Pp]hone|\+[0-9])"
)
_CAPS_WORD = re.compile(r"[A-Z]{2,}")

# A name label alone on its line (a Word table pasted one cell a line), then the value.
_STACKED_LABEL_RE = re.compile(
    r"\n[ \t]*(?:氏名|お名前|名前|フリガナ|ふりがな|氏名\((?:カナ|ふりがな)\)|カナ氏名|"
    r"申請者|相談者|届出人|世帯主|保護者|児童名|Name|Full name)[ \t]*\n"
    rf"[ \t]*(?P<n>[{_K}]{{1,4}} ?[{_K}]{{1,4}}|[ぁ-ゖー]{{2,6}} ?[ぁ-ゖー]{{1,6}}"
    r"|[ァ-ヴー\u3099\u309a]{2,8} ?[ァ-ヴー\u3099\u309a]{1,8}"
    r"|[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3})[ \t]*(?=\n|\Z)"
)

# A name label with the script in brackets, then the name written several ways, each after its
# script, separated by slashes: 氏名（母語）刘洋／（在留カード）LIU YANG／（カナ）リュウ・ヤン.
_QUALIFIED_NAME_LINE_RE = re.compile(r"(?:氏名|名前|お名前)[（(][^（）()\n]{1,12}[）)]([^\n]{2,120})")
_QUALIFIER_RE = re.compile(r"[ ]?(?:[（(][^（）()\n]{1,12}[）)])?[ ]?")
_SCRIPT_NAME_RE = re.compile(
    r"[A-Za-zÀ-ỹ][A-Za-zÀ-ỹ'\-]*(?: [A-Za-zÀ-ỹ][A-Za-zÀ-ỹ'\-]*){0,4}"
    rf"|[{_K}]{{2,5}}|[一-鿿]{{1,3}} [一-鿿]{{1,3}}|[가-힣]{{2,4}}(?: [가-힣]{{1,4}})?"
    r"|[ァ-ヴー]{2,}(?:[・ =][ァ-ヴー]{1,}){0,3}"
)
# A form's field 窓口 and the clerk who took it, a field of its own (two spaces, a tab or the
# line's end on both sides): 受 付 6/16  窓口 宮田  No. 4444.
_DESK_CLERK_RE = re.compile(
    rf"(?:^|(?<=  )|(?<=\t))窓口[ \t]+(?P<n>[{_K}]{{1,4}}(?: [{_K}]{{1,3}})?)(?=  |\t|\n|\Z)", re.M
)
# An OCR text layer spaces a label out character by character (同 居 人, 氏 名) and breaks a
# name in the wrong place (児 玉希望): after such a label for a person, the value up to a bracket
# or the line's end is the name as written.
# (a class first: re skips to it; an alternation of words is tried at every position)
_SPACED_PERSON_LABEL_RE = re.compile(
    r"[同世申届代保氏](?P<l> [居帯請出理護](?: [人主者])| 名)[ ]+"
    rf"(?P<n>[{_K}](?: ?[{_K}]){{1,7}})(?=[ ]*[(（]|[ ]*\n|[ ]*\Z|  )"
)
_SPACED_LABELS = frozenset(("同居人", "世帯主", "申請者", "届出人", "代理人", "保護者", "氏名"))
# A section, then a surname that closes the line (…いただいた日：R8.8.26 〇〇市 情報政策課 松崎):
# the member of staff who wrote the note.
_SECTION_THEN_SURNAME_RE = re.compile(rf"[課係室班ー] (?P<n>[{_K}]{{1,4}})(?=[ \t]*(?:\n|\Z))")
# A bracket that names a role in the register and its holder: （筆頭者 山田太郎）.
_BRACKET_HOLDER_RE = re.compile(
    rf"[（(](?:筆頭者|世帯主|届出人|申請者|代理人|代表者) (?P<n>[{_K}]{{2,6}}(?: [{_K}]{{1,4}})?)[）)]"
)
_HOLDER_OPENERS = ("(筆頭者 ", "(世帯主 ", "(届出人 ", "(申請者 ", "(代理人 ", "(代表者 ")
# A note's bullet, a surname, perhaps its agency in brackets, then a colon (・稲田：…,
# ・多田（児相）：…): who said or does what, in a meeting's notes.
_BULLET_SPEAKER_RE = re.compile(
    rf"\n[ \t]*[・\-*＊●○◯■□][ \t]*(?P<n>[{_K}]{{2,4}})(?:[（(][^）)\n]{{1,12}}[）)])?[:：]"
)
# A chat line: a time, the speaker, a colon ([10:05] 朔日: …, 10:05 ソン（税務課）: …).
_CHAT_SPEAKER_RE = re.compile(
    r"\n[ \t]*[\[(]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\])]?[ \t]+"
    rf"(?P<n>[{_K}]{{1,4}}|[ァ-ヴー]{{2,8}}|[ぁ-ゖ]{{2,5}}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?:[ ]?[（(][^（）()\n]{1,12}[）)])?[ \t]*:"
)
# A signatory's line under a heading: the name, then the address (朔日　晴　居能町八丁目…).
_NAME_THEN_ADDRESS_RE = re.compile(
    rf"\n[ \t]*(?P<n>[{_K}]{{1,4}} [{_K}]{{1,3}})[ \t]+"
    rf"(?=[^\s]{{1,12}}?(?:[0-9一二三四五六七八九十]+(?:丁目|番地?)|(?<![0-9])[1-9][0-9]{{0,3}}-[0-9])"
    rf"|[{_K}]{{1,4}}[都道府県])"
)

# An English name with the person's relation or age in brackets (Ana SILVA (wife), Pedro (6)).
_EN_RELATION_RE = re.compile(
    r"\((?:wife|husband|son|daughter|mother|father|child|spouse|partner|grandmother|"
    r"grandfather|grandson|granddaughter|brother|sister|aunt|uncle|nephew|niece|applicant|"
    r"age [0-9]{1,3}|[0-9]{1,3} (?:years?(?: old)?|yrs?)|(?P<bare>[0-9]{1,2}))"
    # (spouse, Residence Card …), (born Nov. 28, 1996): more about the person after a comma
    r"(?:, [^()\n]{1,80})?\)|\(born [A-Za-z0-9., ]{4,24}\)"
)
# the name before that bracket, searched in a short window (bracket first: fast)
_EN_NAME_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?P<n>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,3}) ?\Z"
)

_SLASH = re.compile("[/／]")
# The same person written again after a slash: katakana, kana, kanji or romaji.
_SLASH_ALT_RE = re.compile(
    r"[ ]?[/／][ ]?(?P<n>[A-Z][A-Za-z'\-]+(?:[ ,]+[A-Z][A-Za-z'\-]+){1,3}"
    r"|[ァ-ヴー]{2,}(?:[ ・=][ァ-ヴー]{1,}){0,3}|[ぁ-ゖ]{2,6}(?: [ぁ-ゖ]{1,6})?)"
    r"(?=[ ]*(?:$|\n|[、,，。(（)）]))"
)




class PositionNames(RecordNames):
    """Position rules of ``PersonFinder`` (shares ``_lex`` and the judging helpers)."""

    _lex: NameLexicon

    if TYPE_CHECKING:

        def _common_noun(self, word: str) -> bool: ...
        def _looks_like_name(self, name: str) -> bool: ...
        def _tagged_like_name(self, value: str) -> bool: ...

    def _find_by_position(self, text: str) -> Iterator[Finding]:
        if "(" in text:
            yield from self._aged_items(text)
        yield from self._find_in_records(text)
        # the line rules search "\n" + text: a pattern that starts with a literal is fast
        lined = "\n" + text
        found = list(self._roster_lines(lined))
        if "," in text:
            found.extend(self._english_items(lined))
        if "(" in text:
            found.extend(self._english_relations(lined))
        yield from self._form_fields(text)
        if "/" in text and "名(" in text:  # (the text is normalised: ／ is /, （ is ()
            yield from self._qualified_names(text)
        if "\n" in text:
            found.extend(self._stacked_names(lined))
            found.extend(self._line_start_names(lined))
        yield from ((t, s - 1, e - 1) for t, s, e in found)

    def _aged_items(self, text: str) -> Iterator[Finding]:
        """薫（6歳）、夕奈（平成30年4月13日生）: a word with an age or a birth date in brackets
        is a person; only words for a person (長男, 男児, 利用者) are not a name."""
        for b in _AGE_BRACKET_RE.finditer(text):
            line = text.rfind("\n", 0, b.start()) + 1
            lo = max(line, b.start() - 24)
            m = _AGED_NAME_RE.search(text[lo : b.start()])
            if m is None or (m.start() == 0 and lo != line):
                continue  # the window cut a longer run: no item start seen
            value, s = m.group("n"), lo + m.start("n")
            if " " in value and not self._looks_like_name(value):
                cut = value.index(" ") + 1  # 対象児童 小坂剛（…生）: a label, then the name
                value, s = value[cut:], s + cut
            if value in _NON_NAMES or re.fullmatch(_KIN, value) or reads_as_label(value):
                continue
            if _ORG_END.search(value) or value[-1] in _PLACE_END or _TITLE_END_RE.search(value):
                continue
            if value[-1] in _PERSON_NOUN_END and self._common_noun(value):
                continue
            yield "PERSON", s, lo + m.end("n")

    def _roster_lines(self, lined: str) -> Iterator[Finding]:
        """副会長　福井　三華（文彩さん・1年1組）: a post opening the line, then its holder."""
        for m in _ROSTER_RE.finditer(lined):
            value = m.group("n")
            if value in _NON_NAMES or _ORG_END.search(value) or value[-1] in _PLACE_END:
                continue
            if " " not in value:
                if self._looks_like_name(value) or self._tagged_like_name(value):
                    yield "PERSON", m.start("n"), m.end("n")
                continue
            # two words, a surname and a given name; two ordinary words (予算 執行) are not
            head, tail = value.split(" ", 1)
            if (
                self._looks_like_name(value)
                or head in rare_surnames()
                or not self._common_noun(head)
                or not self._common_noun(tail)
            ):
                yield "PERSON", m.start("n"), m.end("n")

    def _english_items(self, lined: str) -> Iterator[Finding]:
        """- LE VAN DUC, 12-13 Minami …; - Luana PEREIRA, Apt. 402 …: the name that opens an
        item of an address list (a word in capitals, as passports write the surname)."""
        for m in _EN_ITEM_RE.finditer(lined):
            words = m.group("n").split(" ")
            if not any(_CAPS_WORD.fullmatch(w) for w in words):
                continue
            if any(w.title() in _EN_ORG_WORDS or w.title() in _EN_NOT_NAMES for w in words):
                continue
            if not all(re.search(r"[AEIOUYaeiouy]", w) for w in words):
                continue  # an acronym (NPO, JR) is no name
            yield "PERSON", m.start("n"), m.end("n")

    def _english_relations(self, lined: str) -> Iterator[Finding]:
        """Ana SILVA (wife), Pedro (6): a capitalised name with a relation or an age after it."""
        for b in _EN_RELATION_RE.finditer(lined):
            lo = max(0, b.start() - 48)
            m = _EN_NAME_BEFORE_RE.search(lined[lo : b.start()])
            if m is None or (m.start() == 0 and lo > 0 and lined[lo - 1].isalpha()):
                continue
            words = m.group("n").split(" ")
            # (a word such as An is no name first, An Article; inside one it is: Van An Nguyen)
            if words[0].title() in _EN_NOT_NAMES or any(w.title() in _EN_ORG_WORDS for w in words):
                continue
            if b.group("bare") and not any(w.lower() in ENGLISH_GIVEN for w in words):
                continue  # Article (12), Table (3): a number, no age
            start = lo + m.start("n")
            if len(words) == 1 and start and lined[start - 1] not in " \n,:;(":
                continue
            yield "PERSON", start, lo + m.end("n")

    def _stacked_names(self, lined: str) -> Iterator[Finding]:
        """氏名 / 三島茉央, ふりがな / みしままお: a name label on a line of its own, the value
        alone on the next."""
        for m in _STACKED_LABEL_RE.finditer(lined):
            value = m.group("n")
            plain = value.replace(" ", "")
            if plain in _NON_NAMES or _ORG_END.search(plain) or plain[-1] in _PLACE_END:
                continue
            if re.match(f"[{_K}]", value) and not (
                self._looks_like_name(value) or self._tagged_like_name(value)
            ):
                continue
            if not re.match(f"[{_K}A-Z]", value) and self._common_noun(plain):
                continue
            yield "PERSON", m.start("n"), m.end("n")

    def _line_start_names(self, lined: str) -> Iterator[Finding]:
        """A chat speaker after the time ([10:05] 朔日: …) and a signatory before an address."""
        if ":" in lined:
            for m in _CHAT_SPEAKER_RE.finditer(lined):
                value = m.group("n")
                if value in _NON_NAMES or _ORG_END.search(value) or value[-1] in _PLACE_END:
                    continue
                if value.isascii():
                    if value.split(" ")[0] in _EN_NOT_NAMES or value.split(" ")[0] in _EN_ORG_WORDS:
                        continue
                elif (
                    not re.match(f"[{_K}]", value)
                    and self._common_noun(value)
                    and not m.group(0).rstrip(" \t:").endswith((")", "）"))
                ):
                    continue  # [10:05] システム: a program; ソン（税務課）: a member of staff
                yield "PERSON", m.start("n"), m.end("n")
        if ":" in lined or "：" in lined:
            yield from self._bullet_speakers(lined)
        for m in _NAME_THEN_ADDRESS_RE.finditer(lined):
            head, tail = m.group("n").split(" ", 1)
            if head in _NON_NAMES or _ORG_END.search(head) or head[-1] in _PLACE_END:
                continue
            if self._common_noun(head + tail) or reads_as_label(head + tail):
                continue  # 住　所, 電　話: a label written with a space between its characters
            if self._looks_like_name(m.group("n")) or not (
                self._common_noun(head) and self._common_noun(tail)
            ):
                yield "PERSON", m.start("n"), m.end("n")

    def _qualified_names(self, text: str) -> Iterator[Finding]:
        """氏名（母語）刘洋／（在留カード）LIU YANG／（カナ）リュウ・ヤン: every way of writing it."""
        for line in _QUALIFIED_NAME_LINE_RE.finditer(text):
            parts = re.split("[/／]", line.group(1))
            if len(parts) < 2:
                continue  # one value: the label rules read it
            pos = line.start(1)
            for part in parts:
                q = _QUALIFIER_RE.match(part)
                label = q.end() if q else 0
                s = pos + label
                value = part[label:].rstrip(" ")
                pos += len(part) + 1
                if _SCRIPT_NAME_RE.fullmatch(value) and value not in _NON_NAMES:
                    yield "PERSON", s, s + len(value)

    def _form_fields(self, text: str) -> Iterator[Finding]:
        """窓口 宮田 (the clerk of a form's reception field), 同 居 人 児 玉希望 (OCR),
        情報政策課 松崎 closing a note's line and （筆頭者 七夕郁海） in brackets."""
        if "窓口" in text:
            for m in _DESK_CLERK_RE.finditer(text):
                value = m.group("n")
                if value in _NON_NAMES or _ORG_END.search(value) or value[-1] in _PLACE_END:
                    continue
                if len(value) > 1 and reads_as_label(value.replace(" ", "")):
                    continue
                yield "PERSON", m.start("n"), m.end("n")
        for m in _SECTION_THEN_SURNAME_RE.finditer(text):
            value = m.group("n")
            if text[m.start()] == "ー" and not text.startswith("センター", m.start() - 3):
                continue
            if value in self._lex.surnames_kanji or value in rare_surnames():
                yield "PERSON", m.start("n"), m.end("n")
        if any(w in text for w in _HOLDER_OPENERS):  # (a substring test is cheaper than a scan)
            for m in _BRACKET_HOLDER_RE.finditer(text):
                value = m.group("n")
                if not (value in _NON_NAMES or _ORG_END.search(value) or reads_as_label(value)):
                    yield "PERSON", m.start("n"), m.end("n")
        spaced = " 人 " in text or " 名 " in text or " 主 " in text or " 者 " in text
        for m in _SPACED_PERSON_LABEL_RE.finditer(text) if spaced else ():
            value = m.group("n")
            if text[m.start()] + m.group("l").replace(" ", "") not in _SPACED_LABELS:
                continue
            if value in _NON_NAMES or reads_as_label(value.replace(" ", "")):
                continue
            yield "PERSON", m.start("n"), m.end("n")

    def _bullet_speakers(self, lined: str) -> Iterator[Finding]:
        """・三輪：欠席が続く / ・大島：…: bulleted notes opened by known surnames and a colon,
        two of them at least (one alone may be a place or a topic: ・大島：観光)."""
        items = [
            m
            for m in _BULLET_SPEAKER_RE.finditer(lined)
            if (m.group("n") in self._lex.surnames_kanji or m.group("n") in rare_surnames())
            and m.group("n") not in _NON_NAMES
            and not reads_as_label(m.group("n"))
        ]
        if len(items) >= 2:
            yield from (("PERSON", m.start("n"), m.end("n")) for m in items)

    def _written_beside(self, text: str, found: list[Finding]) -> Iterator[Finding]:
        """ブディ・サントソ / BUDI SANTOSO: the name written again after a slash."""
        ends = {e for _t, _s, e in found}
        for slash in _SLASH.finditer(text):
            e = slash.start() if slash.start() in ends else slash.start() - 1
            if e not in ends:
                continue
            m = _SLASH_ALT_RE.match(text, e)
            if not m:
                continue
            value = m.group("n")
            words = re.split(r"[ ,・=]+", value)
            if value.isascii():
                if any(w.title() in _EN_ORG_WORDS or w.title() in _EN_NOT_NAMES for w in words):
                    continue
            elif any(self._common_noun(w) for w in words):
                continue
            yield "PERSON", m.start("n"), m.end("n")
