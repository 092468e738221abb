"""Names the morphological analyser tags (人名), and names before an honorific or a title.

Why it is long: the analyser-driven strategy is the unit the masking worker process runs; its
rules read the same token stream and are tuned together against the same corpora.

The analyser-driven strategy of ``PersonFinder`` (the part a worker process can run).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from desktop.core.masking.analyser import (
    NODE_RE,
    Analyser,
    ByteToChar,
    blocks,
    chunks,
    load_analyser,
    tokens_of_many,
    word_tokens,
)
from desktop.core.masking.foreign import lone_katakana_person
from desktop.core.masking.foreign_lexicon import foreign_names
from desktop.core.masking.lexicon import municipalities, rare_surnames
from desktop.core.masking.names_data import word_list
from desktop.core.masking.person_common import (
    _GIVEN_END,
    _GIVEN_RUN_RE,
    _HONORIFIC_RE,
    _JP_CHARS,
    _KANJI_RE,
    _KANJI_RUN_END,
    _KATAKANA_CHAR,
    _KATAKANA_RUN_END,
    _KATAKANA_WORD_RE,
    _NAME_CHAR,
    _NON_NAMES,
    _ORG_AFTER,
    _ORG_BEFORE,
    _ORG_END,
    _PLACE_END,
    _SURNAME_BEFORE_RE,
    _TITLE_AFTER_RE,
    _TITLE_END_RE,
    _WINDOW,
    DOT_PART,
    Finding,
    _in_dot_run,
    _kanji_compound_after,
    _place_or_org_context,
)

if TYPE_CHECKING:
    from desktop.core.masking.lexicon import NameLexicon


class TaggedNames:
    """人名 tokens judged in context; the two tokens before 様 / 課長 judged as a name.

    Uses ``_common_noun`` (ContextNames) and ``_name_hint_lines`` (PersonFinder).
    """

    if TYPE_CHECKING:  # provided by the classes PersonFinder combines this one with
        def _common_noun(self, word: str) -> bool: ...
        def _name_hint_lines(self, text: str) -> set[int]: ...

    _lex: NameLexicon
    _all_lines: bool

    def analyse(self, text: str) -> list[Finding]:
        """The analyser-driven part (most of the time): 人名 tags, honorifics and titles."""
        found: list[Finding] = []
        an = load_analyser()
        if self._all_lines:
            # Many lines per MeCab call (it reads a newline as a space): a call per line
            # costs more in Python than the analysis itself.
            for base, block in self._blocks(text):
                found.extend(self._tagged_names(an, block, an.parse(block), base))
            honor_lines = self._honorific_lines(text)
            found.extend(find_hanzi_names(text))
            found.extend(find_counted_lists(text))
        else:
            honor_lines = self._name_hint_lines(text)
        pos = 0
        for n, line in enumerate(text.split("\n")):
            if n in honor_lines and _JP_CHARS.search(line):
                for off, piece in chunks(line):
                    found.extend(self._find_in_line(an, piece, pos + off))
            pos += len(line) + 1
        return found

    _blocks = staticmethod(blocks)  # masker.find hands the same blocks to analyser.prefetch

    @staticmethod
    def _honorific_lines(text: str) -> set[int]:
        starts = [0, *(m.end() for m in re.finditer("\n", text))]
        hits: set[int] = set()
        for rx in (_HONORIFIC_RE, _TITLE_AFTER_RE):
            for m in rx.finditer(text):
                hits.add(bisect.bisect_right(starts, m.start()) - 1)
        return hits

    def _find_in_line(self, an: Analyser, line: str, base: int) -> Iterator[Finding]:
        """One line with an honorific or a title (and, in hint mode, its 人名 tags).

        Only a short window before each honorific or title is analysed: the rules look at
        the two tokens before it, and a whole line of tokens costs more in Python than MeCab.
        """
        if not self._all_lines:
            yield from self._tagged_names(an, line, an.parse(line), base)
        for m in _HONORIFIC_RE.finditer(line):
            lo = max(0, m.start() - _WINDOW)
            seg = line[lo : m.end()]
            raw = seg.encode("utf-8")
            nodes = _window_nodes(an, seg, raw)[0]
            span = self._run_before_honorific(seg, nodes, m.start() - lo, ByteToChar(seg, raw))
            if span:
                yield "PERSON", base + lo + span[0], base + lo + span[1]
        for m in _TITLE_AFTER_RE.finditer(line):
            if _ORG_AFTER.match(line, m.end()):
                continue  # 小森税理士事務所: a firm's name, not a person
            if m.group(0)[0] in "市区町村" and self._municipality_before(line, m.start()):
                continue  # 田村市長, 福岡市南区長: the mayor of a place
            lo = max(0, m.start() - _WINDOW)
            seg = line[lo : m.end()]
            raw = seg.encode("utf-8")
            ends = _window_nodes(an, seg, raw)[1]
            hb = len(seg[: m.start() - lo].encode("utf-8"))
            span = self._before_honorific(seg, ends, hb, ByteToChar(seg, raw), title=True)
            if span and not _not_a_name_before_post(self, seg[span[0] : span[1]]):
                yield "PERSON", base + lo + span[0], base + lo + span[1]

    def _tagged_names(self, an: Analyser, line: str, out: str, base: int) -> Iterator[Finding]:
        """Tokens the analyser tags 人名 (``line`` may hold several lines)."""
        persons = an.person_tokens(out)
        if not persons:
            return
        c = ByteToChar(line)
        spans: list[list] = []
        for b0, cid, b1 in persons:
            s = c(b0)
            e = c(b1) if b1 is not None else len(line)
            while e > s and line[e - 1] in " \t\r\n":
                e -= 1
            if (
                spans
                and s - spans[-1][1] <= 1
                and (s == spans[-1][1] or line[spans[-1][1]] in " ・=")
                # フジタ|等: a kana surname and a kanji 人名 are two words, not one name
                and not (_KATAKANA_CHAR.match(line, s - 1) and _KANJI_RE.match(line, s))
                # 堀江・月見: kanji names joined by ・ are two people (ロバート・キャロル is one)
                and not (
                    s == spans[-1][1] + 1
                    and line[s - 1] == "・"
                    and _KANJI_RE.match(line, s - 2)
                    and _KANJI_RE.match(line, s)
                )
            ):
                spans[-1][1] = e
                spans[-1][3] = spans[-1][2] and an.pos[cid].endswith("名")
                continue
            spans.append([s, e, an.pos[cid].endswith("姓"), False])
        cache = _JUDGED
        if len(cache) > 20_000:
            cache.clear()
        for s, e, is_surname, full in spans:
            # The decision depends only on the name and a few characters around it (and the
            # shipped dictionaries), and the same name recurs in a document and in the next
            # version of a prompt (prepared again after each edit): judge each context once.
            key = (line[max(0, s - 10) : s], line[s:e], line[e : e + 12], is_surname, full)
            verdict = cache.get(key)
            if verdict is None:
                lo = max(0, s - 10)
                ctx = line[lo : e + 12]
                verdict = cache[key] = tuple(self._judge(ctx, s - lo, e - lo, is_surname, full))
            for kind, ds, de in verdict:
                yield kind, base + s + ds, base + s + de

    def _judge(
        self, line: str, s: int, e: int, is_surname: bool, full: bool = False
    ) -> Iterator[Finding]:
        """Findings (relative to ``s``) for one run of 人名 tokens at line[s:e]; ``full``: a
        surname then a given name (林頼三郎), which may be glued to the post after it."""
        surface = line[s:e]
        if _KATAKANA_CHAR.match(line, s) and _in_dot_run(line, s, e):
            # ジョン of ジョン・ブック, クリング of カール・クリングラー: the whole ・ run is judged
            # in find(); ロバート・キャロル, every word a 人名, is a name before a particle
            yield DOT_PART, 0, e - s
            if ("・" in surface or "=" in surface) and (
                not _KATAKANA_CHAR.match(line, e)
                and (lone_katakana_person(line, s, e) or _GIVEN_END.match(line, e))
            ):
                yield "PERSON", 0, e - s
            return
        if _place_or_org_context(line, s, e) and not _HONORIFIC_RE.match(line, e):
            return
        if _KATAKANA_CHAR.match(line, s) and (
            _KATAKANA_CHAR.match(line, e) or (s and _KATAKANA_CHAR.match(line, s - 1))
        ):
            return  # ダヴ in バーダヴ: part of a longer katakana word
        honorific = _HONORIFIC_RE.match(
            line, e + (line[e : e + 1] == " ")
        ) or _TITLE_AFTER_RE.match(line, e)
        if _KATAKANA_CHAR.match(line, s) and not honorific:
            if _KATAKANA_WORD_RE.fullmatch(surface):
                if (
                    surface not in self._lex.surnames
                    and surface not in self._lex.given
                    and not lone_katakana_person(line, s, e)
                ):
                    # A lone katakana word the dictionary calls a first name (ルパン,
                    # セドリック, エステ) is a name only with an honorific, a title, or a
                    # particle after it (ゲイリーは); labels and pair rules catch the rest.
                    return
            elif not lone_katakana_person(line, s, e) and not _GIVEN_END.match(line, e):
                return  # ロールス・ロイス社
        if not is_surname and _kanji_compound_after(line, s, e) and not honorific:
            return  # 熊井鉄鋼, 安倍内閣, 有馬温泉: the name is part of a longer noun
        e2 = e
        if is_surname:
            e2 = self._extend_given(line, e)
            if e2 != e:
                yield "PERSON_PART", 0, e - s
            e, e2 = e2, e
        elif s:
            s2 = self._extend_surname(line, s)
            if s2 != s:
                yield "PERSON", s2 - s, e - s
                return
        if len(surface) < 2 and not _HONORIFIC_RE.match(line, e) and not is_surname:
            return
        if full and e2 == e:
            tail = _GIVEN_TAIL.match(line, e)
            if (
                not tail
                and _KANJI_RE.match(line, e)
                and line[e] not in _FACILITY_CHARS
                and _TITLE_AFTER_RE.match(line, e + 1)
            ):
                # 藤本龍|児議員, 西村正|暘衆議院議員: the given name's last kanji, then a post
                yield "PERSON", 0, e + 1 - s
                return
            if (
                tail
                and tail.group(0) not in _FACILITY_CHARS
                and (
                    _GIVEN_END.match(line, tail.end())
                    or line.startswith(("ら", "らの", "らは"), tail.end())
                    or _ROLE_COMPOUND_AFTER.match(line, tail.end())
                )
            ):
                # 小宮山昌|友の子, 藤本龍|児によると: the analyser cut the given name short
                yield "PERSON", 0, tail.end() - s
                return
        if (
            is_surname
            and _kanji_compound_after(line, s, e)
            # 林頼三郎大審院検事, 永山時雄初代官房長: a full name before a post stays a name
            and not (full and _ROLE_COMPOUND_AFTER.match(line, e))
        ):
            return  # 熊井鉄鋼, 山田太郎記念館: the name is part of a longer noun
        yield "PERSON", 0, e - s

    def _extend_surname(self, line: str, s: int) -> int:
        """A given name after a surname the analyser did not tag (﨑山 宗一郎, 栗花落きみ子)."""
        j = s - 1 if line[s - 1 : s] == " " else s
        m = _SURNAME_BEFORE_RE.search(line, max(0, j - 4), j)
        if not m:
            return s
        run = m.group(0)
        if run in _NON_NAMES or _ORG_END.search(run) or _TITLE_END_RE.search(run):
            return s
        if run[-1] in _PLACE_END or _place_or_org_context(line, m.start(), s):
            return s
        if run in self._lex.surnames_kanji:
            return m.start()
        toks = word_tokens(run)
        if not toks or any(t.pos.startswith(("助", "動")) for t in toks):
            return s
        if len(toks) == 1:
            pos = toks[0].pos
            if "人名" in pos or pos.startswith("?") or "地名" in pos:
                return m.start()
            return s
        # several pieces: a rare surname (栗花落) when glued to the given name, 3 kanji at most
        glued = j == s and len(run) <= 3
        return m.start() if glued and not any(t.surface in _NON_NAMES for t in toks) else s

    def _extend_given(self, line: str, e: int) -> int:
        """Surname followed by a given name the analyser did not tag (山田 翔琉, 岡野優維)."""
        if e and not _KANJI_RE.match(line, e - 1):
            return e  # フジタ等: a kanji given name follows a kanji surname, not a kana one
        i = e + 1 if line[e : e + 1] == " " else e
        m = _GIVEN_RUN_RE.match(line, i)
        if not m or _TITLE_AFTER_RE.match(line, i) or _ORG_AFTER.match(line, i):
            return e
        for end in range(m.end(), i, -1):
            cand = line[i:end]
            if cand in _NON_NAMES or _TITLE_AFTER_RE.search(cand) or _NOT_GIVEN_END.search(cand):
                continue  # 小出有那課長, 董|事長, 李承晩|政権期: not part of the given name
            boundary = _GIVEN_END.match(line, end) or not _KANJI_RE.match(line, end)
            if cand in self._lex.given_kanji and boundary:
                return end
            if self._common_noun(cand) and not _TITLE_AFTER_RE.match(line, end):
                continue  # 藤田観光, 小林製薬: a business, not a given name
            if cand[-1] in _PLACE_END or _ORG_END.search(cand):
                continue  # 北口出張所, 山田市役所: an office, not a given name
            if _GIVEN_END.match(line, end) and not _TITLE_AFTER_RE.match(line, i, end + 2):
                return end
            if 2 <= end - i <= 3 and _TITLE_AFTER_RE.match(
                line, end + (line[end : end + 1] == "元")
            ):
                return end
        return e

    def _run_before_honorific(
        self, line: str, nodes: dict[int, tuple[int, str]], h: int, c
    ) -> tuple[int, int] | None:
        lo = max(0, h - 11)
        seg = line[lo:h]
        k = _KATAKANA_RUN_END.search(seg)
        if k:
            # ｸﾞｴﾝ ｳﾞｧﾝ ﾅﾑさん: half-width kana with voiced marks is longer than it reads
            wide = _KATAKANA_RUN_END.search(line[max(0, h - 16) : h])
            if wide:
                k, lo = wide, max(0, h - 16)
            value = k.group(0)
            if value.strip(" ・") in _NON_NAMES or len(value) < 2:
                return None
            if (
                _KATAKANA_WORD_RE.fullmatch(value)
                and value not in self._lex.surnames
                and value not in self._lex.given
                and _ordinary_nouns(value)
                and foreign_names().score(value) < _FOREIGN_NAME_SCORE
            ):
                # ケアマネさん, ソーシャルワーカーさん: a role, not a name (ファムさん is)
                return None
            return lo + k.start(), h
        m = _KANJI_RUN_END.search(seg)
        if not m:
            return None
        s = lo + m.start()
        value = m.group(0)
        if " " in value:
            left, right = value.split(" ", 1)
            # 上 日菜さん: one kanji set apart before a given name the list knows is the
            # surname, even a kanji that is mostly a word
            lone_surname = len(left) == 1 and len(right) >= 2 and right in self._lex.given_kanji
            post = _TITLE_END_RE.search(left) and left not in self._lex.surnames_kanji
            if (
                _ORG_END.search(left)
                or _ORG_AFTER.fullmatch(left[-1])
                or (left in _NON_NAMES and not lone_surname)
                or post  # 民生委員 佐久間さん: the post stays outside the name
                or _TITLE_AFTER_RE.fullmatch(left)
            ):
                s += len(left) + 1
            return (s, h) if line[s:h] not in _NON_NAMES else None
        if value in _NON_NAMES:
            return None
        if _ORG_BEFORE.search(line, max(0, s - 8), s):
            return None
        # tokens inside the run
        b = len(line[:s].encode("utf-8"))
        hb = b + len(value.encode("utf-8"))
        tokens: list[tuple[int, int, str]] = []
        while b < hb:
            node = nodes.get(b)
            if node is None:
                break
            tokens.append((b, node[0], node[1]))
            b = node[0]
        if not tokens:
            return None
        if len(tokens) > 1 and len(value) <= 3 and line.startswith(("くん", "ちゃん"), h):
            return s, h  # children's given names the dictionary splits: 芽未くん, 鼓太郎くん
        if len(tokens) == 1:
            pos = tokens[0][2]
            if s and line[s - 1] in "おご" and "普通名詞" in pos:
                return None  # お月様, お客様, ご主人様: a polite word, not a name
            if (
                "普通名詞" in pos
                and value not in self._lex.surnames
                and value not in self._lex.given
                and not (value in _WORDLIKE_SURNAMES and _COLLOQUIAL_HONORIFIC.match(line, h))
            ):
                return None
            if "地名" in pos and value not in self._lex.surnames_kanji:
                return None
            return s, h
        for tb, te, pos in tokens:
            surf = line[c(tb) : c(te)]
            if "人名" in pos or surf in self._lex.surnames_kanji:
                return c(tb), h
        first = tokens[0]
        head = line[c(first[0]) : c(first[1])]
        if (
            len(value) <= 3
            and len(head) == 1
            and head not in _NON_NAMES
            and "普通名詞" in first[2]
            and value[-1] not in _PLACE_END
            and not (len(value) == 3 and self._common_noun(value[1:]))
        ):
            return s, h  # 與志夫さん: the dictionary splits a rare given name (not 市役所様)
        if "普通名詞" in first[2] or "接頭辞" in first[2]:
            rest = line[c(first[1]) : h]
            if rest in _NON_NAMES or (len(rest) < 2 and rest not in self._lex.surnames_kanji):
                return None  # 取引先様, お月様, 御社様: a word and its suffix, no name
            if rest[-1] in _PLACE_END or _ORG_END.search(rest) or self._common_noun(rest):
                return None  # 市役所様, 区役所様: an office
            return c(first[1]), h
        return s, h

    @staticmethod
    def _municipality_before(line: str, t: int) -> bool:
        places = municipalities()
        return any(line[max(0, t - n) : t + 1] in places for n in (1, 2, 3, 4))

    def _before_honorific(
        self, line: str, ends: dict[int, tuple[int, str]], hb: int, c, *, title: bool
    ) -> tuple[int, int] | None:
        node = ends.get(hb)
        if node is None:
            return None
        b0, pos = node
        s, e = c(b0), c(hb)
        surface = line[s:e]
        if surface in _NON_NAMES or not _NAME_CHAR.search(surface):
            return None
        katakana = re.fullmatch(r"[ァ-ヴー・]{2,}", surface) is not None
        in_lex = surface in self._lex.surnames or surface in self._lex.given
        if title and not in_lex:
            # 嘉納館長, 等々力警部: a surname the analyser reads as a place or a word, before a post
            in_lex = surface in rare_surnames() or _wordlike_before_post(surface)
        if title:
            ok = "人名" in pos or pos.startswith("?") or in_lex
        else:
            ok = "固有名詞" in pos or pos.startswith("?") or katakana or in_lex
        if not ok or (_ORG_AFTER.fullmatch(surface[-1:]) and not in_lex):
            return None
        # one more token to the left: 姓 before 名 (山田 太郎様)
        prev = ends.get(b0) or ends.get(b0 - 1)
        if prev:
            p2 = prev[1]
            s2 = c(prev[0])
            sur2 = line[s2 : c(b0)].strip()
            if "人名" in p2 or p2.startswith("?") or sur2 in self._lex.surnames_kanji:
                s = s2
        if _ORG_BEFORE.search(line, max(0, s - 8), s):
            return None
        return s, e


def _window_nodes(an: Analyser, seg: str, raw: bytes) -> _Nodes:
    """The tokens of the short window before an honorific or a post, by byte start and by
    byte end, remembered: the same name is addressed the same way again and again (and a
    prompt is prepared again after each edit), and a MeCab call costs more than its answer.
    The analysis of a window depends on nothing but its text."""
    got = _WINDOWS.get(seg)
    if got is None:
        starts = [(int(b), cid) for b, cid in NODE_RE.findall(an.parse(seg))]
        nodes: dict[int, tuple[int, str]] = {}
        for i, (b0, cid) in enumerate(starts):
            b1 = starts[i + 1][0] if i + 1 < len(starts) else len(raw)
            while b1 > b0 and raw[b1 - 1] in b" \t\r":
                b1 -= 1
            nodes[b0] = (b1, an.pos.get(cid, ""))
        ends = {b1: (b0, pos) for b0, (b1, pos) in nodes.items()}
        if len(_WINDOWS) > _WINDOWS_MAX:
            _WINDOWS.clear()
        got = _WINDOWS[seg] = (nodes, ends)
    return got


# byte start -> (byte end, POS), and byte end -> (byte start, POS); read-only once made
_Nodes = tuple[dict[int, tuple[int, str]], dict[int, tuple[int, str]]]
_WINDOWS: dict[str, _Nodes] = {}
_WINDOWS_MAX = 20_000
# (context before, name, context after, surname?, full?) -> _judge's findings (see _tagged_names)
_JUDGED: dict[tuple, tuple] = {}


# Surnames that are also words (島, 坂, 春日): names only before an honorific or a post.
_WORDLIKE_SURNAMES = word_list("wordlike_surnames.txt")
# The everyday honorifics a word-like surname is found before (島さん); 中殿, 右殿 are words.
_COLLOQUIAL_HONORIFIC = re.compile(r"さん|さま|様|くん|ちゃん")


def _ordinary_nouns(word: str) -> bool:
    """Every token of ``word`` is an ordinary noun the analyser knows (ソーシャル|ワーカー)."""
    toks = word_tokens(word)
    return bool(toks) and all(
        "普通名詞" in t.pos and not t.pos.startswith("?") for t in toks
    )


def _wordlike_before_post(value: str) -> bool:
    """春日主査: a word-like surname before a post, two kanji at least (右少将, 左大臣 and
    中将 are posts of their own)."""
    return len(value) >= 2 and value in _WORDLIKE_SURNAMES


# A katakana word the foreign-name model leans to call a name (ファム, グエン), not a role.
_FOREIGN_NAME_SCORE = 0.5
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# What ends a post or a period, not a given name, after a surname.
_NOT_GIVEN_END = re.compile(
    r"(?:事長|政権期?|時代|内閣|政府|体制|王朝|期|灯台|殿堂|[場館所院堂寺校店局署港駅橋城塔])$"
)
# The rest of a given name the analyser cut off (昌|友, 龍|児): one kanji glued to it.
_GIVEN_TAIL = re.compile(r"[一-鿿々](?![一-鿿々])")
# …but not a building's or a group's last character (吉川弘文|館, 山田太郎|丸).
_FACILITY_CHARS = frozenset("館堂社店寺院場所校園局署港駅橋城塔線号丸家派流軍組会団党屋舎荘邸宮殿")
# A post glued to a full name: a kanji compound ending in a word for a person's office or rank.
_ROLE_COMPOUND_AFTER = re.compile(
    r"[一-鿿々]{0,8}?(?:長|官|員|師|士|相|督|統領|尉|佐|将|知事|検事|判事|理事|幹事|刑事|書記|"
    r"皇子|皇女|太子|王子|王女|大使|公使|監修|司会|船長|主任|主事|主査|警部|警視|巡査|部長|"
    r"総統|総裁|親王|天皇|皇帝|候補|容疑者|被告|少年|少女|選手|監督|投手|捕手|女流[一-鿿]{1,2}|"
    r"[一二三四五六七八九十初]段|兄弟|夫妻|一家|"
    # what only a person has: a tenure, a faction's line, a recommendation, a transcription
    r"時代|ライン|推挙|推薦|採譜|門下)"
    r"(?:時代|戦)?(?![一-鿿々])"  # 山梨県知事時代, 女流初段戦
)


def _not_a_name_before_post(finder, value: str) -> bool:
    """NHK会長, PTA会長, 音楽監督: an acronym or an ordinary word before a post."""
    if _ACRONYM.fullmatch(value):
        return True
    if value in finder._lex.surnames_kanji or _wordlike_before_post(value):
        return False
    toks = word_tokens(value)
    return len(toks) == 1 and "普通名詞" in toks[0].pos and not toks[0].pos.startswith("?")


# A list of people counted after it (島、池田、桝の3人, AとBの両名): as many items as the count says.
# The count is looked for first (rare), then the list that ends right before it.
_PEOPLE_COUNT_RE = re.compile(r"の([0-9０-９]|[一二三四五六七八]|両)(?:人|名)(?![一-鿿々])")
_COUNTED_LIST_RE = re.compile(
    r"(?<![一-鿿々ァ-ヴー・])((?:[一-鿿々ァ-ヴー・]{1,12}[、と]){1,7}[一-鿿々ァ-ヴー・]{1,12})\Z"
)
_COUNTS = {"両": 2, **{c: i for i, c in enumerate("一二三四五六七八", 1)}}
# An item that is a post or a group, not a person (課長、係長の2名, 男性、女性の2名).
_NOT_A_PERSON_ITEM = re.compile(r"(?:長|員|者|係|課|部|官|師|士|性|人|生|組|班|家|側)$")


def find_counted_lists(text: str) -> Iterator[Finding]:
    """Every item of a list counted as people after it, when the count is the number of
    items, one item is a 人名 to the analyser and none is a post or a group: the others are
    people too (島、池田、桝の3人: 島 and 桝 are words to the analyser)."""
    for n in _PEOPLE_COUNT_RE.finditer(text):
        lo = max(0, n.start() - 100)
        m = _COUNTED_LIST_RE.search(text, lo, n.start())
        if not m:
            continue
        c = n.group(1)
        count = int(c) if c.isdigit() else _COUNTS.get(c, 0)
        items = re.split("[、と]", m.group(1))
        if count != len(items) or any(
            _NOT_A_PERSON_ITEM.search(i) or _TITLE_AFTER_RE.fullmatch(i) for i in items
        ):
            continue
        toks = tokens_of_many(items)
        if not any(len(t) == 1 and "人名" in t[0].pos for t in toks):
            continue
        pos = m.start(1)
        for item in items:
            if len(item) >= 1 and item.strip("・"):
                yield "PERSON", pos, pos + len(item)
            pos += len(item) + 1


# Chinese and Korean names in kanji: a one-character surname and a two-character given name
# (習近平, 金正恩, 尹潽善). UniDic knows few of them; the common surnames are a short list.
_HANZI_SURNAMES = (
    "金李朴崔鄭姜趙尹張韓呉申権權黄宋洪全孫梁裴許劉盧河丁車郭禹朱任閔陳王楊周徐胡馬毛習"
    "鄧温賈薄曾曽蒋蔣汪孔孟曹袁呂魏蕭程唐董杜蘇范彭潘廖謝鄒顧侯邵熊龐薛戴賀姚譚夏蔡"
)
_HANZI_NAME_RE = re.compile(rf"(?<![一-鿿々〆ヵヶ])[{_HANZI_SURNAMES}][一-鿿]{{2}}")
# A post after the name, however long the body it heads (党中央委員会副委員長, 国家主席).
_HANZI_POST_AFTER = re.compile(
    r"[一-鿿々]{0,12}?(?:長|官|主席|書記|委員|総統|総理|首相|大統領|候補|将軍|司令|主任|議長|"
    r"大使|代表)(?![一-鿿々])"
)
# An office whose head is its …長 (市長, 社長, 校長): that kanji is no part of a given name.
_OFFICE_CHARS = frozenset("市町村区社会所院園校館署局課部係室")
_HANZI_PARTICLE_AFTER = re.compile(r"[はがとのを、](?![一-鿿])|[はがとのを]")


_HANZI_TOKENS: dict[str, tuple] = {}


def find_hanzi_names(text: str) -> Iterator[Finding]:
    """A one-kanji Chinese or Korean surname and two more kanji the analyser reads as a name
    or does not know (金正|恩, 習近|平, 尹|潽善), before a post (…党委員長, …国家主席); or, before
    a particle, the surname a token of its own and the given name one unknown or 人名 token
    (金|載昊は). No place (蘇州市) and no ordinary word (文学座, 高度成長) reads so."""
    cands = []
    for m in _HANZI_NAME_RE.finditer(text):
        e = m.end()
        if text.startswith("長", e) and text[e - 1] in _OFFICE_CHARS:
            continue  # 河村|市長, 大村|知事: the last kanji and 長 are the post
        if _HANZI_POST_AFTER.match(text, e):
            cands.append((m.start(), e, True))
        elif _HANZI_PARTICLE_AFTER.match(text, e):
            cands.append((m.start(), e, False))
    if not cands:
        return
    # each candidate analysed once on its own (words recur, and a prompt is prepared again
    # after each edit)
    new = sorted({text[s:e] for s, e, _post in cands} - _HANZI_TOKENS.keys())
    if len(_HANZI_TOKENS) > 20_000:
        _HANZI_TOKENS.clear()
    _HANZI_TOKENS.update(zip(new, map(tuple, tokens_of_many(new)), strict=True))
    for s, e, post in cands:
        t = _HANZI_TOKENS.get(text[s:e]) or tuple(word_tokens(text[s:e]))
        if not t:
            continue
        if any("地名" in x.pos for x in t) or (len(t[0].surface) > 1 and t[0].pos.endswith("姓")):
            continue  # 河村|市…: a Japanese surname, not a one-kanji one
        if post:
            ok = any("人名" in x.pos or x.pos.startswith("?") for x in t)
        else:
            ok = (
                len(t) == 2
                and len(t[0].surface) == 1
                and ("人名-名" in t[1].pos or t[1].pos.startswith("?"))
            )
        if ok:
            yield "PERSON", s, e
