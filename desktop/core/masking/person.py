"""Names of people: the analyser's 人名 tags, honorifics, labels, and name dictionaries.

Context decides for names the dictionary does not know (小鳥遊さん, 担当：東雲); organisation and
place contexts (株式会社山田, 山田工業, 山田町) are not people.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from desktop.core.masking.analyser import (
    MAX_CHUNK,
    NODE_RE,
    Analyser,
    ByteToChar,
    chunks,
    load_analyser,
    tokens,
    tokens_of_many,
)
from desktop.core.masking.foreign import find_dotted_names, lone_katakana_person
from desktop.core.masking.lexicon import (
    build_automaton,
    find_literals,
    find_literals_automaton,
    municipalities,
    name_lexicon,
)
from desktop.core.masking.names_data import word_list

Finding = tuple[str, int, int]
# A 人名 word of a katakana run joined by ・ (a seed for foreign.find_dotted_names), not a finding.
DOT_PART = "DOT_PART"

_HONORIFIC_RE = re.compile(
    r"(?:様(?<![仕同模多有異文態]様)(?![書式子相々])|さま|さん|氏(?!名)|君|くん|ちゃん|殿|先生|宛)"
)
_TITLE_AFTER_RE = re.compile(
    r"(?:衆議院議員|参議院議員|"
    r"都議会議員|道議会議員|府議会議員|県議会議員|市議会議員|区議会議員|町議会議員|村議会議員|"
    r"都議|道議|府議|県議|市議|区議|町議|村議|代議士|委員長|委員(?!会)|課長補佐|課長|部長|係長|"
    r"主任|主査|主事|議員|議長|市長|町長|村長|区長|所長|室長|局長|次長|"
    r"会長|社長|理事長|理事|教授|医師|弁護士|税理士|司法書士|看護師|保健師|相談員|支援員|専門員|指導員|"
    r"副市長|副町長|副村長|副区長|監督|選手|容疑者|被告|記者|元首相|首相|総理|大臣|知事|大使)"
)
_GIVEN_END = re.compile(
    r"(?:[ ]?(?:様|さま|さん|氏|君|くん|ちゃん|殿|先生|宛)|[、。,.)）」』\n:：/]"
    r"|[ ](?![一-鿿豈-﫿])|$|"
    r"(?:です|でした|が|は|の|と|に|を|へ|も|から|より|宛))"
)
_ORG_AFTER = re.compile(
    r"(?:工業|商事|商店|建設|銀行|信金|病院|医院|クリニック|市|町|村|区|県|郡|駅|川|山|大学|学校|学園|高校|"
    r"中学|小学|幼稚園|保育園|神社|寺|通り|橋|公園|会館|ホール|株式会社|有限会社|店|屋|製作所|産業|電機|"
    r"興業|組|事務所|財団|協会|記念|賞|線|ビル|ホテル|グループ|ホールディングス|運輸|物産|薬局|法人|"
    r"地区|地域|歯科|内科|外科|眼科|小児科|皮膚科|耳鼻|税理士|法律|会計|司法書士|行政書士|城市|"
    r"事業所|センター|工務店|農園|牧場|社(?!長|員)|城|隊|院|章|教(?!授)|帝国|研究|半島|艦|丸|派|流|"
    r"委員会|観光|製薬|薬品|公民館|営業所|空港|ストア|ベーカリー|自動|整形|整骨|接骨|食品|交通|"
    r"不動産|工場|電気|電工|倉庫|酒造|醸造|印刷|運送|化学|鉄工|園(?![子美恵江枝香])|家(?=[ァ-ヴ]))"
)
_ORG_BEFORE = re.compile(
    r"(?:株式会社|有限会社|合同会社|\(株\)|（株）|㈱|\(有\)|医療法人|社会福祉法人)[ ]?$"
)
_NON_NAMES = frozenset(
    (
        "皆",
        "客",
        "お客",
        "担当",
        "担当者",
        "利用者",
        "関係者",
        "保護者",
        "申請者",
        "各位",
        "御中",
        "神",
        "王",
        "奥",
        "旦那",
        "先輩",
        "後輩",
        "兄",
        "姉",
        "弟",
        "妹",
        "父",
        "母",
        "子",
        "娘",
        "息子",
        "患者",
        "住民",
        "市民",
        "町民",
        "村民",
        "区民",
        "県民",
        "職員",
        "委員",
        "議員",
        "会員",
        "社員",
        "店員",
        "上",
        "下",
        "殿",
        "俺",
        "僕",
        "私",
        "彼",
        "彼女",
        "自分",
        "相手",
        "本人",
        "家族",
        "親",
        "先方",
        "貴",
        "同",
        "各",
        "皆さん",
        "お隣",
        "隣",
        "大家",
        "主人",
        "ご主人",
        "奥さん",
        "お医者",
        "医者",
        "おじい",
        "おばあ",
        "おじ",
        "おば",
        "ユーザー",
        "メンバー",
        "ゲスト",
        "オーナー",
        "スタッフ",
        "ファン",
        "カスタマー",
        "クライアント",
        "パートナー",
        "リーダー",
        "マネージャー",
        "サポーター",
        "ボランティア",
        "ホスト",
        "ママ",
        "パパ",
        "みな",
        "みんな",
        "お父",
        "お母",
        "お兄",
        "お姉",
        "赤",
        "坊",
        "赤ちゃん",
        "子供",
        "子ども",
        "王子",
        "第",
        "各位",
    )
)
# Labels a name follows: "<word>：", "<space word> ", "事務局（", English phrases. A trailing
# "?" marks an optional last character (担当者? = 担当 or 担当者).
_LABEL_COLON_WORDS = (
    "氏名|お名前|名前|フリガナ|ふりがな|担当者?|申請者|相談者|届出人|世帯主|代表者|患者名?|利用者名?|"
    "被保険者名|契約者|請求者|受給者|対象者|依頼者|記入者|作成者|報告者|宛名|保護者|児童名|生徒名|"
    "職員名|名義人?|口座名義|差出人|受取人|送信者|来庁者|訪問者|面談者|同行者|本人|司会者?|出席者|"
    "欠席者|記録者?|議長|講師|発言者|確認者|承認者|起案者|回答者|応対者|対応者|担当職員|相談員|相手方|"
    "署名|連絡者|通報者|発見者|家族|長男|長女|次男|次女|配偶者|妻|夫|父|母|"
    "申請代行者|代行者|代理人|面接員|面接者|責任者|寄附者|寄付者|調査員|担任|主治医|後見人|保証人|"
    "申出人|届出者|ケアマネジャー|ケアマネ|"
    "参加者?|受付者?|問合せ先?|問い合わせ先?|申込者|来所者|面会者|"
    "SURNAME|Surname|Family name|FAMILY NAME|GIVEN NAMES?|Given names?|First name|Last name|"
    "NAME|Name in full|Name|Full name|Contact person|Contact|Attn\\.?|Applicant|Prepared by|Submitted by|"
    "Staff|Client|Participants?|Attendees?|Patient|Resident|Caseworker|Officer"
)
_LABEL_SPACE_WORDS = "氏名|名前|フリガナ|司会|出席者|担当|記録|名義|対象者"
_LABEL_PHRASES = (
    "My name is|my name is|I am|(?:[Hh]is|[Hh]er|[Mm]y|[Tt]heir|[Aa]|[Tt]he|[Oo]ur) "
    "(?:wife|husband|son|daughter|friend|mother|father|partner|brother|sister|colleague|"
    "neighbou?r|grandson|granddaughter|grandmother|grandfather|aunt|uncle|nephew|niece|"
    "landlord|interpreter|guardian|caseworker|caregiver),?|[Rr]egards,|Sincerely,"
    "|Dear|Hi|Hello"
)
# A colon-word label followed by a tab or a space (申請代行者\t石田 こはる): "weak", the value
# must look like a name.
_LABEL_RE = re.compile(
    f"(?:{_LABEL_COLON_WORDS})[ ]?[:：][ ]?|(?:{_LABEL_SPACE_WORDS}) |事務局[（(]"
    f"|(?:{_LABEL_PHRASES}) ?\\n?|(?P<weak>(?:{_LABEL_COLON_WORDS})(?:\t| ))"
)


def _label_head(word: str) -> str:
    """The plain prefix every match of one alternative starts with (担当者? -> 担当)."""
    word = word.replace("\\.?", "")
    return word[:-2] if word.endswith("?") else word


# Where a label can start (the regex is then tried only there: scanning the text with the
# 80-way alternation measured 85 ms per MB).
_LABEL_HEADS = sorted(
    {_label_head(w) for w in f"{_LABEL_COLON_WORDS}|{_LABEL_SPACE_WORDS}|事務局".split("|")}
    | {"My ", "my ", "I am", "his ", "her ", "their ", "regards,", "Regards,", "Sincerely,"}
    | {
        "His ",
        "Her ",
        "Their ",
        "a ",
        "A ",
        "the ",
        "The ",
        "our ",
        "Our ",
        "Dear ",
        "Hi ",
        "Hello ",
    }
)
_NAME_AFTER_LABEL = re.compile(
    r"[一-鿿豈-﫿々ヶ]{1,3} ?[ぁ-ゖ]{2,4}(?![ぁ-ゖ])|[ぁ-ゖ]{2,5} [ぁ-ゖ]{2,5}(?![ぁ-ゖ])"
    r"|[一-鿿豈-﫿々ヶ]{1,5}(?: [一-鿿豈-﫿々ヶ]{1,4})?(?![一-鿿豈-﫿々ヶ])"
    r"|[ァ-ヴー]{2,10}(?:[ ・][ァ-ヴー]{1,10}){0,3}"
    r"|[ぁ-ゖー]{2,8}(?: [ぁ-ゖー]{2,8})?"
    # SURNAME GIVEN in capitals (passports, English forms): only capital words continue it
    r"|[A-Z]{2,}(?:,? [A-Z][A-Z'\-]+){0,3}(?![A-Za-z])|[A-Z][A-Za-z'\-]+(?:,? [A-Z][A-Za-z'\-]+){0,2}"
)
_ORG_PREFIX = re.compile(
    r"[^\s、,:：()（）]{1,14}?(?:課|係|室|局|部|所|センター|チーム|班|会長|委員|Division|Section) "
)
# English words a greeting or relation is followed by that are not names (Dear Sir, Hi all).
_EN_NOT_NAMES = frozenset(
    [
        "Sir",
        "Madam",
        "Sirs",
        "All",
        "Team",
        "Colleagues",
        "Customer",
        "Customers",
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
        "Prof",
        "The",
        "A",
        "An",
        "I",
        "He",
        "She",
        "They",
        "We",
        "It",
        "This",
        "That",
        "There",
        "Here",
        "Sincerely",
        "Regards",
        "Thank",
        "Thanks",
        "Yes",
        "No",
        "Please",
        "Staff",
        "Member",
        "Members",
        "Resident",
        "Residents",
        "Applicant",
        "Officer",
        "Everyone",
    ]
)
# Words of an office or a firm (Dear City Office, Hi Support Team): not a person.
_EN_ORG_WORDS = frozenset(
    [
        "City",
        "Office",
        "Ward",
        "Town",
        "Village",
        "Prefecture",
        "Prefectural",
        "Municipal",
        "Government",
        "Department",
        "Dept",
        "Division",
        "Section",
        "Team",
        "Center",
        "Centre",
        "Council",
        "Committee",
        "Board",
        "Company",
        "Corporation",
        "Inc",
        "Ltd",
        "Co",
        "Bank",
        "School",
        "University",
        "Hospital",
        "Clinic",
        "Manager",
        "Support",
        "Service",
        "Services",
        "Desk",
        "Counter",
        "Administrator",
        "Admin",
        "Customer",
        "Branch",
        "Bureau",
        "Agency",
        "Ministry",
        "Embassy",
        "Consulate",
        "Association",
        "Library",
        "Hall",
        "Station",
        "Officer",
        "Coordinator",
        "Dear",
        "Hello",
    ]
)
_KIN = (
    "兄|姉|弟|妹|夫|妻|父|母|祖父|祖母|長男|長女|次男|次女|三男|三女|四男|四女|息子|娘|孫|叔父|"
    "叔母|伯父|伯母|甥|姪|父親|母親|義父|義母|義兄|義姉|義弟|義妹|配偶者|元夫|元妻|同居人|"
    "友人|知人|隣人|親戚|いとこ|婚約者|内縁の夫|内縁の妻"
)
_ROLES = (
    "担任|担当|担当者|主治医|ケアマネジャー|ケアマネ|相談員|支援員|民生委員|保健師|後見人|上司|"
    "同僚|代理人|弁護士|通訳|担当ケアマネジャー|担当ケアマネ|担当医|担当保健師|担当職員"
)
# 兄の毛利から, 担任の谷です, 担当ケアマネジャーは〇〇事業所の川崎。
# Found with an automaton of the heads (兄の, 担当は): the alternation scanned 10x slower.
_ROLE_HEADS = [f"{w}の" for w in f"{_KIN}|{_ROLES}".split("|")] + [
    f"{w}{p}" for w in _ROLES.split("|") for p in "はが"
]
_ROLE_GAP_RE = re.compile(r"[^。\n、]{1,24}?の")
_K = r"一-鿿豈-﫿々〆ヶ"
_NAME_AFTER_ROLE_RE = re.compile(
    rf"(?P<n>[{_K}][{_K}ノ]{{0,3}}"
    rf"(?: [{_K}]{{1,3}}|[ ]?[ぁ-ゖ]{{2,4}}(?=さん|様|氏|くん|ちゃん|[（(]))?"
    rf"|[ァ-ヴー]{{2,}}(?:・[ァ-ヴー]+)*|[ぁ-ゖ]{{2,4}}?)"
    r"(?P<end>さん|様|氏|君|くん|ちゃん|[ ]?[（(]|[、。,，」\n]|です|でした|から|より|まで|"
    r"は|が|と|に|へ|を|も|の|で|$)"
)
_STRONG_END = re.compile(r"(?:さん|様|氏|君|くん|ちゃん|[ ]?[（(]|です|でした)")
# 百目鬼（課長）, 石田 こはる （長男の妻）: a post or a relation in brackets after a name.
_BRACKET_ROLE_RE = re.compile(
    r"[（(](?:" + _TITLE_AFTER_RE.pattern[3:-1] + "|" + _KIN + "|本人|代理人|申請者|相談者)"
    r"(?:の(?:" + _KIN + "))?[）)]"
)
_NAME_BEFORE_BRACKET_RE = re.compile(
    rf"(?:^|(?<=[\s、，,：:・]))(?P<n>[{_K}][{_K}ノ]{{0,3}}(?: [{_K}]{{1,3}}| ?[ぁ-ゖ]{{2,4}})?"
    rf"|[ァ-ヴー]{{2,}}(?:[・ ][ァ-ヴー]+){{0,3}}|[ぁ-ゖ]{{2,4}}(?: [ぁ-ゖ]{{2,4}})?)[ ]?\Z"
)
# 薬袋 つばさ, 中野ひかり, 一ノ瀬 ひなた氏: a kanji surname before a kana given name.
_KANJI_HIRA_RE = re.compile(rf"([{_K}](?<![{_K}][{_K}])[{_K}ノ]{{0,3}})( ?)([ぁ-ゖ]{{2,4}})")
_COORD_AFTER_RE = re.compile(rf"[とや、・]([{_K}]{{1,4}})(?=[とやで、がはにのを・]|さん|様)")
_COORD_BEFORE_RE = re.compile(rf"(?:^|(?<=[^{_K}]))([{_K}]{{1,4}})[とや、]\Z")
_HIRAGANA_CHAR = re.compile(r"[ぁ-ゖ]")
_NAME_CHAR = re.compile(r"[一-鿿豈-﫿々ヶぁ-ゖァ-ヴA-Za-z]")
_ORG_END = re.compile(
    r"(?:課|係|部|室|局|所|センター|チーム|班|グループ|庁|省|会社|協会|委員会|支所|本部)$"
)
_TITLE_RE = re.compile(
    r"[MDP](?<![A-Za-z][MDP])(?:(?<=M)(?:rs|r|s|iss|x)|(?<=D)r|(?<=P)rof)\.? "
    r"([A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)?)"
)
# Overlapping matches (look-ahead) so "Smith, Taro Yamada" still pairs Taro with Yamada.
_ROMAJI_RE = re.compile(
    r"[A-Z](?<![A-Za-z][A-Z])(?=([a-z]+|[A-Z]+) ([A-Z][a-z]+|[A-Z]{2,})(?![A-Za-z]))"
)
# Patterns scanned over the whole text start with a character class and check the character
# before it afterwards ((?<!..) after the first character): a leading look-behind would be tried
# at every position, measured 3x slower.
# \u3099/\u309a: the voiced marks of half-width kana (ｽｽﾞｷ) after width normalisation.
_KATAKANA_PAIR_RE = re.compile(
    r"([ァ-ヴー](?<![ァ-ヴー][ァ-ヴー])[ァ-ヴー\u3099\u309a]{1,9})[ ・]?"
    r"([ァ-ヴー][ァ-ヴー\u3099\u309a]{1,9})(?![ァ-ヴー\u3099\u309a])"
)
_HIRAGANA_PAIR_RE = re.compile(r"([ぁ-ゖー](?<![ぁ-ゖ][ぁ-ゖー])[ぁ-ゖー]{1,5}) ([ぁ-ゖー]{2,8})")
_HIRAGANA_HONORIFIC_RE = re.compile(
    r"([ぁ-ゖ](?<![ぁ-ゖ][ぁ-ゖ])[ぁ-ゖ]{1,4})(?:さん|様|さま|くん|ちゃん)"
)
_GIVEN_RUN_RE = re.compile(r"(?:(?!様|氏|君|殿|先生|宛)[一-鿿豈-﫿々]){1,3}")
_KANJI_RUN_END = re.compile(r"(?:[一-鿿豈-﫿々ヶ]{1,4} )?[一-鿿豈-﫿々ヶ]{1,5}$")
_KATAKANA_RUN_END = re.compile(r"(?:[ァ-ヴー]{2,8}[ ・])?[ァ-ヴー・]{2,12}$")
_KANJI_PAIR_RE = re.compile(
    r"([一-鿿豈-﫿々ヶ](?<![一-鿿豈-﫿々ヶ][一-鿿豈-﫿々ヶ])[一-鿿豈-﫿々ヶ]{0,2})"
    r" ([一-鿿豈-﫿々ヶ]{1,3})(?![一-鿿豈-﫿々ヶ])"
)
_KANJI_NAME_RUN_RE = re.compile(
    r"[一-鿿豈-﫿々ヶ](?<![一-鿿豈-﫿々ヶ][一-鿿豈-﫿々ヶ])[一-鿿豈-﫿々ヶ]{2,4}(?![一-鿿豈-﫿々ヶ])"
)
_KATAKANA_DOT_RE = re.compile(r"[ァ-ヴー](?<![ァ-ヴー][ァ-ヴー])[ァ-ヴー]+(?:[・=][ァ-ヴー]+){1,3}")
_KATAKANA_WORD_RE = re.compile(r"[ァ-ヴー]+")
_KATAKANA_CHAR = re.compile(r"[ァ-ヴー]")
_PLACE_END = frozenset("市町村区県郡都府道駅線局課係部室所")
_SURNAME_BEFORE_RE = re.compile(r"(?<![一-鿿豈-﫿々ヶ])[一-鿿豈-﫿々ヶノ]{1,4}\Z")
_HOUSE_RE = re.compile(
    r"(?<![一-鿿豈-﫿々ヶ])([一-鿿豈-﫿々ヶ]{2,3})宅$"
)  # searched before each 宅
_TITLES = (
    r"(?:委員長|副委員長|委員(?!会)|課長補佐|課長|部長|係長|主任|主査|主事|議長|次長|室長|所長|局長|"
    r"参事|技師|保健師|事務員|会長|理事|大使|教授|議員)"
)
_LIST_EDGE = r"(?:(?<=[、，,：:\n・ ])|^)"
_LIST_END = r"(?=[、，,\n（(]|$| (?![一-鿿豈-﫿々ヶ]{1,3}(?:[、，,\n]|$)))"
_TITLE_END_RE = re.compile(_TITLES + "$")
_TITLE_WORD_RE = re.compile(_TITLES)
# Characters before an honorific or title that are analysed (the name and its context).
_WINDOW = 20
_NAME_RUN = r"[一-鿿豈-﫿々ヶ]{1,4} [一-鿿豈-﫿々ヶ]{1,3}|[一-鿿豈-﫿々ヶ]{2,6}"
# 課長 田原 倫史、 (title, space, name, end of the list item)
_NAME_AFTER_TITLE_RE = re.compile(rf" (?P<n>{_NAME_RUN}){_LIST_END}", re.M)
# 、小出有那課長 (start of the list item, name, title)
_NAME_BEFORE_TITLE_RE = re.compile(
    _LIST_EDGE + rf"(?P<n>{_NAME_RUN}|[ァ-ヴー]{{2,}}(?:・[ァ-ヴー]{{1,}}){{1,3}})\Z", re.M
)
_TITLE_ITEM_END_RE = re.compile(r"[、，,\n（(]| |$")
_EDGE_CHARS = "、，,：:\n・ "
_JP_CHARS = re.compile(r"[一-鿿豈-﫿々ァ-ヴ]")
_KANJI_RE = re.compile(r"[一-鿿豈-﫿々ヶ]")

ENGLISH_GIVEN = word_list("english_given.txt")
_ENGLISH_SURNAMES = word_list("english_surnames.txt")


# Kanji that may follow a name without making it part of a longer noun (山田宅, 山田ら, 山田元首相,
# 山田監督, 山田作); a title or an honorific may too.
_PERSON_NEXT = re.compile(
    r"(?:様|氏|君|殿|先生|宛|宅|家|等|夫妻|夫人|両|元|前|現|新|父|母|兄|姉|弟|妹|一家|自身|本人|監督|選手|投手|"
    r"捕手|作|著|訳|編|画|曲|詞|役|以下|他|主演|名義|没|生|死|逝去|就任|退任|著書|作品|氏名|本名|容疑|被告|"
    r"議員|教授|博士|医師|弁護士|記者|代表|会長|社長|所長|部長|課長|係長|主事|主査|主任)"
)


_NAME_PARTS = re.compile(r"[ ・,=]")


_RUN_CHARS = re.compile(r"[ァ-ヴー\u3099\u309a・=]*")


def _in_dot_run(line: str, s: int, e: int) -> bool:
    """The katakana at line[s:e] belongs to a run of katakana words joined by ・ or =."""
    lo = s
    while lo > 0 and _RUN_CHARS.fullmatch(line, lo - 1, lo):
        lo -= 1
    hi = _RUN_CHARS.match(line, e).end()
    run = line[lo:hi].strip("・=")
    return "・" in run or "=" in run


_CELL_EDGE = frozenset("\t,|\n ")


def _whole_cell(text: str, s: int, e: int) -> bool:
    """The span is all of a table cell or a line (ヤマダタロウ alone between separators)."""
    return (s == 0 or text[s - 1] in _CELL_EDGE) and (e == len(text) or text[e] in _CELL_EDGE)


def inside_katakana_word(text: str, s: int, e: int) -> bool:
    """A katakana value found inside a longer katakana word (ルー in ルール)."""
    if not _KATAKANA_CHAR.match(text, s):
        return False
    return bool((s and _KATAKANA_CHAR.match(text, s - 1)) or _KATAKANA_CHAR.match(text, e))


def _kanji_compound_after(line: str, s: int, e: int) -> bool:
    """A kanji name glued to the kanji noun after it (熊井鉄鋼, 早川電力, 第2次若槻内閣)."""
    if not (
        _KANJI_RE.match(line, e)
        and _KANJI_RE.match(line, e - 1)
        and not _PERSON_NEXT.match(line, e)
        and not _TITLE_AFTER_RE.match(line, e)
    ):
        return False
    return _starts_with_noun(line[e : e + 4])


@lru_cache(maxsize=4096)
def _starts_with_noun(text: str) -> bool:
    nxt = tokens(text)
    # 松友美佐|紀: the analyser cut a rare given name and calls the rest a suffix
    return bool(nxt) and nxt[0].start == 0 and "接尾辞" not in nxt[0].pos and "人名" not in nxt[0].pos


def _place_or_org_context(text: str, start: int, end: int) -> bool:
    return bool(_ORG_AFTER.match(text, end) or _ORG_BEFORE.search(text, max(0, start - 8), start))


class PersonFinder:
    def __init__(self, *, all_lines: bool = True) -> None:
        self._lex = name_lexicon()
        self._automaton = None
        self._label_automaton = None
        self._role_automaton = None
        self._judged: dict[tuple, tuple] = {}
        self._dotted: dict[str, bool] = {}
        self._plain: dict[str, bool] = {}
        # Analyse every line with Japanese in it (names without any context are found too);
        # False analyses only lines with a name signal (the old, slower-per-line behaviour).
        self._all_lines = all_lines

    def warm_up(self) -> None:
        load_analyser()
        self._hint_automaton()

    # ------------------------------------------------------------------------------------
    def _name_hint_lines(self, text: str) -> set[int]:
        """Line numbers with a known name, an honorific, a title or a label."""
        starts = [0, *(m.end() for m in re.finditer("\n", text))]

        hits: set[int] = set()
        positions = [s for s, _e in find_literals_automaton(self._hint_automaton(), text)]
        for rx in (_HONORIFIC_RE, _TITLE_AFTER_RE, _LABEL_RE, _KATAKANA_DOT_RE):
            positions.extend(m.start() for m in rx.finditer(text))
        for p in positions:
            hits.add(bisect.bisect_right(starts, p) - 1)
        return hits

    def _hint_automaton(self):
        if self._automaton is None:
            words = [w for w in self._lex.surnames_kanji] + [
                g for g in self._lex.given_kanji if len(g) >= 2
            ]
            self._automaton = build_automaton(words)
        return self._automaton

    def find(self, text: str, analysed=None) -> list[Finding]:
        """All names. ``analysed``: ``analyse(text)`` already made elsewhere (a list), or a
        callable returning it, called after the analyser-free rules have run (a worker's
        result is waited for as late as possible)."""
        found = self.find_by_context(text)
        if analysed is None:
            found.extend(self.analyse(text))
        else:
            found.extend(analysed() if callable(analysed) else analysed)
        # 人名 words inside a ・ run (ジョン of ジョン・ブック) say which runs may be names;
        # only those are judged as a whole (judging every ・ run measured 2 ms per prompt).
        seeds = [(s, e) for t, s, e in found if t == DOT_PART]
        if seeds:
            found = [f for f in found if f[0] != DOT_PART]
            found.extend(find_dotted_names(text, self._dotted, seeds))
        found.extend(self._coordinated(text, [f for f in found if f[0] == "PERSON"]))
        return self._propagate(text, found)

    def find_by_context(self, text: str) -> list[Finding]:
        """Names from labels, titles and the name dictionaries (no analyser)."""
        found = list(self._find_by_labels(text))
        found.extend(self._find_by_titles(text))
        found.extend(self._find_by_roles(text))
        found.extend(self._find_by_lexicon(text))
        return found

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
        else:
            honor_lines = self._name_hint_lines(text)
        pos = 0
        for n, line in enumerate(text.split("\n")):
            if n in honor_lines and _JP_CHARS.search(line):
                for off, piece in chunks(line):
                    found.extend(self._find_in_line(an, piece, pos + off))
            pos += len(line) + 1
        return found

    @staticmethod
    def _blocks(text: str) -> Iterator[tuple[int, str]]:
        """(offset, text) blocks of whole lines up to MAX_CHUNK characters; long lines cut."""
        start = 0
        size = len(text)
        while start < size:
            end = min(start + MAX_CHUNK, size)
            if end < size:
                nl = text.rfind("\n", start, end)
                if nl > start:
                    end = nl + 1
                else:  # one long line: cut it like chunks() does
                    line_end = text.find("\n", start)
                    line_end = size if line_end < 0 else line_end
                    for off, piece in chunks(text[start:line_end]):
                        yield start + off, piece
                    start = line_end + 1
                    continue
            yield start, text[start:end]
            start = end

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
            nodes = self._nodes(an, an.parse(seg), raw)
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
            nodes = self._nodes(an, an.parse(seg), raw)
            ends = {b1: (b0, pos) for b0, (b1, pos) in nodes.items()}
            hb = len(seg[: m.start() - lo].encode("utf-8"))
            span = self._before_honorific(seg, ends, hb, ByteToChar(seg, raw), title=True)
            if span:
                yield "PERSON", base + lo + span[0], base + lo + span[1]

    def _tagged_names(self, an: Analyser, line: str, out: str, base: int) -> Iterator[Finding]:
        """Tokens the analyser tags 人名 (``line`` may hold several lines)."""
        persons = list(an.person_nodes(out))
        if not persons:
            return
        c = ByteToChar(line)
        spans: list[list] = []
        for m in persons:
            s = c(int(m.group(1)))
            e = c(int(m.group(3))) if m.group(3) else len(line)
            while e > s and line[e - 1] in " \t\r\n":
                e -= 1
            if (
                spans
                and s - spans[-1][1] <= 1
                and (s == spans[-1][1] or line[spans[-1][1]] in " ・=")
            ):
                spans[-1][1] = e
                continue
            spans.append([s, e, an.pos[m.group(2)].endswith("姓")])
        cache = self._judged
        if len(cache) > 20_000:
            cache.clear()
        for s, e, is_surname in spans:
            # The decision depends only on the name and a few characters around it, and the
            # same name recurs in a document: judge each context once.
            key = (line[max(0, s - 10) : s], line[s:e], line[e : e + 12], is_surname)
            verdict = cache.get(key)
            if verdict is None:
                lo = max(0, s - 10)
                ctx = line[lo : e + 12]
                verdict = cache[key] = tuple(self._judge(ctx, s - lo, e - lo, is_surname))
            for kind, ds, de in verdict:
                yield kind, base + s + ds, base + s + de

    def _judge(self, line: str, s: int, e: int, is_surname: bool) -> Iterator[Finding]:
        """Findings (relative to ``s``) for one run of 人名 tokens at line[s:e]."""
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
        honorific = _HONORIFIC_RE.match(line, e + (line[e : e + 1] == " ")) or _TITLE_AFTER_RE.match(
            line, e
        )
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
        if is_surname:
            e2 = self._extend_given(line, e)
            if e2 != e:
                yield "PERSON_PART", 0, e - s
            e = e2
        elif s:
            s2 = self._extend_surname(line, s)
            if s2 != s:
                yield "PERSON", s2 - s, e - s
                return
        if len(surface) < 2 and not _HONORIFIC_RE.match(line, e) and not is_surname:
            return
        if is_surname and _kanji_compound_after(line, s, e):
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
        toks = tokens(run)
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
        i = e + 1 if line[e : e + 1] == " " else e
        m = _GIVEN_RUN_RE.match(line, i)
        if not m or _TITLE_AFTER_RE.match(line, i) or _ORG_AFTER.match(line, i):
            return e
        for end in range(m.end(), i, -1):
            cand = line[i:end]
            if cand in _NON_NAMES or _TITLE_AFTER_RE.search(cand):
                continue  # 小出有那課長: the title is not part of the given name
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

    @staticmethod
    def _nodes(an: Analyser, out: str, raw: bytes) -> dict[int, tuple[int, str]]:
        """Byte start -> (byte end, POS) of every token of one parsed line."""
        starts = [(int(b), cid) for b, cid in NODE_RE.findall(out)]
        nodes: dict[int, tuple[int, str]] = {}
        for i, (b0, cid) in enumerate(starts):
            b1 = starts[i + 1][0] if i + 1 < len(starts) else len(raw)
            while b1 > b0 and raw[b1 - 1] in b" \t\r":
                b1 -= 1
            nodes[b0] = (b1, an.pos.get(cid, ""))
        return nodes

    def _run_before_honorific(
        self, line: str, nodes: dict[int, tuple[int, str]], h: int, c
    ) -> tuple[int, int] | None:
        lo = max(0, h - 11)
        seg = line[lo:h]
        k = _KATAKANA_RUN_END.search(seg)
        if k:
            value = k.group(0)
            if value.strip(" ・") in _NON_NAMES or len(value) < 2:
                return None
            return lo + k.start(), h
        m = _KANJI_RUN_END.search(seg)
        if not m:
            return None
        s = lo + m.start()
        value = m.group(0)
        if " " in value:
            left, _right = value.split(" ", 1)
            if _ORG_END.search(left) or left in _NON_NAMES or _ORG_AFTER.fullmatch(left[-1]):
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
            if (
                "普通名詞" in pos
                and value not in self._lex.surnames
                and value not in self._lex.given
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
        if len(value) <= 3 and len(head) == 1 and head not in _NON_NAMES and "普通名詞" in first[2]:
            return s, h  # 與志夫さん: the dictionary splits a rare given name
        if "普通名詞" in first[2] or "接頭辞" in first[2]:
            rest = line[c(first[1]) : h]
            return (c(first[1]), h) if rest not in _NON_NAMES else None
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
        for m in self._labels(text):
            weak = m.group("weak") is not None
            pos = m.end()
            org = _ORG_PREFIX.match(text, pos)  # 担当：子育て支援課 谷川
            if org:
                pos = org.end()
            for _ in range(12):  # 出席者：山田、鈴木、佐藤
                n = _NAME_AFTER_LABEL.match(text, pos)
                if not n:
                    break
                s, e = n.start(), n.end()
                value = n.group(0)
                if _HIRAGANA_CHAR.match(text, e) and not _GIVEN_END.match(text, e):
                    break  # 子育て…: the kanji were the start of a word, not a name
                if pos != m.end() and value.isascii() and re.match(r" [a-z]", text[e : e + 2]):
                    break  # "TANAKA HANAKO, Date of birth": the next field, not a name
                t = _TITLE_END_RE.search(value)
                if t:  # 担当：総務部長 is a post; 担当：山田課長 is 山田
                    e -= len(t.group(0))
                    value = text[s:e]
                    if not value or not self._looks_like_name(value):
                        break
                if _KATAKANA_WORD_RE.fullmatch(value) and self._common_noun(value):
                    break  # 参加: …, ベンダー
                if value.split(",")[0].split(" ")[0] in _EN_NOT_NAMES or (
                    value.isascii() and _EN_ORG_WORDS.intersection(re.split(r"[ ,]+", value))
                ):
                    break  # Dear Sir, Hi all, Dear City Office
                if " " in value and _ORG_END.search(value.split(" ")[0]):
                    s += value.index(" ") + 1
                    value = text[s:e]
                if weak and not (self._looks_like_name(value) or self._tagged_like_name(value)):
                    break  # 対象者 全員: a tab or a space is a weak label
                if not (
                    (_ORG_END.search(value) and not self._surname_ending_like_org(value))
                    or value in _NON_NAMES
                    or _ORG_AFTER.match(text, e)
                    or re.search(r"(?:役所|役場|職員|会社|庁|課|係)", value)
                ):
                    yield "PERSON", s, e
                sep = re.compile(r"[、,，・] ?").match(text, e)
                if not sep:
                    break
                pos = sep.end()

    def _surname_ending_like_org(self, value: str) -> bool:
        """阿部, 鰐部, 服部: two kanji ending in 部 that are not a common noun (本部, 支部)."""
        if value in self._lex.surnames_kanji:
            return True
        return len(value) == 2 and value[1] == "部" and not self._common_noun(value)

    def _tagged_like_name(self, value: str) -> bool:
        """The analyser sees a name (人名, a place name used as a surname, or an unknown word)."""
        if not _JP_CHARS.search(value):
            return bool(re.fullmatch(r"[A-Z][A-Za-z'\-]+(?:,? [A-Z][A-Za-z'\-]+)+", value))
        toks = tokens(value)
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
        if head in lex.surnames_kanji or head in lex.given_kanji:
            return True
        if any(head[:cut] in lex.surnames_kanji for cut in (2, 3)) and len(head) <= 4:
            return not self._common_noun(head)
        toks = tokens(head)
        if not toks:
            return False
        first = toks[0]
        if "人名" in first.pos or first.pos.startswith("?"):
            return True
        if "地名" in first.pos:
            # 長男の東京の会社: a place; 兄の毛利から, 担任の茂木です: a surname
            return bool(_STRONG_END.match(end)) or end not in ("の", "に", "へ", "で", "まで")
        return False

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
                gap = _ROLE_GAP_RE.match(text, pos)
                if not gap:
                    continue
                pos = gap.end()
            n = _NAME_AFTER_ROLE_RE.match(text, pos)
            if not n:
                continue
            value = n.group("n")
            if self._name_by_role(value, n.group("end")):
                yield "PERSON", n.start("n"), n.end("n")
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
            if _ORG_END.search(value) and not self._surname_ending_like_org(value):
                continue
            if value[-1] in _PLACE_END or _TITLE_END_RE.search(value):
                continue
            yield "PERSON", s, e

    def _coordinated(self, text: str, found: list[Finding]) -> Iterator[Finding]:
        """松岡と村田で: a surname joined by と/や/、 to a name already found."""
        lex = self._lex
        for _t, s, e in found:
            m = _COORD_AFTER_RE.match(text, e)
            if m and self._coord_ok(m.group(1)):
                yield "PERSON", m.start(1), m.end(1)
            b = _COORD_BEFORE_RE.search(text[max(0, s - 6) : s])
            if b and self._coord_ok(b.group(1)):
                yield "PERSON", s - (b.end() - b.start(1)), s - (b.end() - b.end(1))
        del lex

    def _coord_ok(self, value: str) -> bool:
        if value in self._lex.surnames_kanji:
            return True
        toks = tokens(value)
        return len(toks) == 1 and "人名" in toks[0].pos

    def _common_noun(self, word: str) -> bool:
        if word in self._lex.surnames or word in self._lex.given:
            return False
        toks = tokens(word)
        return len(toks) == 1 and "普通名詞" in toks[0].pos and not toks[0].pos.startswith("?")

    def _find_by_titles(self, text: str) -> Iterator[Finding]:
        """Attendee lists: 課長 田原 倫史、小出有那課長、相馬 朋奈部長 (a title next to a name)."""
        for t in _TITLE_WORD_RE.finditer(text):
            ts, te = t.start(), t.end()
            if ts == 0 or text[ts - 1] in _EDGE_CHARS:
                m = _NAME_AFTER_TITLE_RE.match(text, te)
                if m and self._looks_like_name(m.group("n")):
                    yield "PERSON", m.start("n"), m.end("n")
            if _TITLE_ITEM_END_RE.match(text, te):
                m = _NAME_BEFORE_TITLE_RE.search(text, max(0, ts - 16), ts)
                if not m:
                    continue
                n_start, value = m.start("n"), m.group("n")
                if " " in value and _ORG_END.search(value.split(" ")[0]):
                    n_start += value.index(" ") + 1  # 福祉課 百目鬼主事
                    value = text[n_start:ts]
                if self._looks_like_name(value) or self._rare_surname(value):
                    yield "PERSON", n_start, ts

    def _rare_surname(self, value: str) -> bool:
        """A list item 〇〇主事 / 〇〇係長: whatever stands before the post is a name (百目鬼,
        四月一日) unless it is an ordinary word (総務課長, 前任係長) or an organisation."""
        if not 2 <= len(value) <= 4 or " " in value or not _KANJI_RE.match(value):
            return False
        if value in _NON_NAMES or _ORG_END.search(value) or value[-1] in _PLACE_END:
            return False
        toks = tokens(value)
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

    def _find_by_lexicon(self, text: str) -> Iterator[Finding]:
        lex = self._lex
        i = text.find("宅")
        while i >= 0:  # 岸本宅 (the family's home)
            m = _HOUSE_RE.search(text, max(0, i - 4), i + 1)
            if m and m.group(1) in lex.surnames_kanji:
                yield "PERSON", m.start(1), m.end(1)
            i = text.find("宅", i + 1)
        for m in _KATAKANA_DOT_RE.finditer(text):  # チャン・ティ・ホア 様, ランス・マクリン大使
            if _HONORIFIC_RE.match(text, m.end() + (text[m.end() : m.end() + 1] == " ")) or (
                _TITLE_AFTER_RE.match(text, m.end())
            ):
                yield "PERSON", m.start(), m.end()
        for m in _KATAKANA_PAIR_RE.finditer(text):
            if self._kana_pair(m.group(1), m.group(2)) or (
                m.end(1) == m.start(2)
                and _whole_cell(text, m.start(), m.end())
                and self._kana_split(m.group(0))
            ):
                yield "PERSON", m.start(), m.end()
        for m in _HIRAGANA_HONORIFIC_RE.finditer(text):
            if m.group(1) in lex.surnames or m.group(1) in lex.given:
                yield "PERSON", m.start(1), m.end(1)
        for m in _HIRAGANA_PAIR_RE.finditer(text):
            a, b = m.group(1), m.group(2)
            for cut in range(len(b), 1, -1):  # やまだ たろうです -> たろう
                if (a in lex.surnames and b[:cut] in lex.given) or (
                    a in lex.given and b[:cut] in lex.surnames
                ):
                    yield "PERSON", m.start(), m.start(2) + cut
                    break
        for m in _KANJI_HIRA_RE.finditer(text):
            a, gap, b = m.group(1), m.group(2), m.group(3)
            if a in _NON_NAMES or _ORG_END.search(a) or _TITLE_END_RE.search(a):
                continue
            if a[-1] in _PLACE_END or not (gap or a in lex.surnames_kanji):
                continue
            for cut in range(len(b), 1, -1):
                end = m.start(3) + cut
                if b[:cut] in lex.given and (
                    _GIVEN_END.match(text, end) or _HONORIFIC_RE.match(text, end)
                ):
                    yield "PERSON", m.start(), end
                    break
        for m in _KANJI_PAIR_RE.finditer(text):
            a, b = m.group(1), m.group(2)
            if _ORG_END.search(a) or _ORG_AFTER.fullmatch(a[-1]) or a in _NON_NAMES:
                continue
            if (
                (a in lex.surnames_kanji or b in lex.given_kanji)
                and not _ORG_END.search(b)
                and _GIVEN_END.match(text, m.end())
                and not _TITLE_AFTER_RE.match(b)
            ):
                yield "PERSON", m.start(), m.end()
        for m in _KANJI_NAME_RUN_RE.finditer(text):
            run = m.group(0)
            for cut in (2, 1, 3):
                if run[:cut] in lex.surnames_kanji and run[cut:] in lex.given_kanji:
                    yield "PERSON", m.start(), m.end()
                    break
        if re.search(r"[A-Za-z]", text):
            for m in _ROMAJI_RE.finditer(text):
                first = text[m.start()] + m.group(1)
                a, b = first.lower(), m.group(2).lower()
                if (
                    (
                        (a in lex.given or a in ENGLISH_GIVEN)
                        and (b in lex.surnames or b in _ENGLISH_SURNAMES)
                    )
                    or (a in lex.surnames and b in lex.given)
                    or (a in ENGLISH_GIVEN and m.group(2)[0].isupper())
                ):
                    yield "PERSON", m.start(), m.end(2)
            for m in _TITLE_RE.finditer(text):
                yield "PERSON", m.start(1), m.end(1)

    def _kana_pair(self, a: str, b: str) -> bool:
        """Surname and given name (either order) in katakana; half-width ｽｽﾞｷ composes first."""
        lex = self._lex
        a, b = unicodedata.normalize("NFC", a), unicodedata.normalize("NFC", b)
        return (a in lex.surnames and b in lex.given) or (a in lex.given and b in lex.surnames)

    def _kana_split(self, run: str) -> bool:
        """ヤマダタロウ written without a space: some cut gives a surname and a given name."""
        if not 4 <= len(run) <= 14:
            return False
        run = unicodedata.normalize("NFC", run)
        lex = self._lex
        return any(
            (run[:cut] in lex.surnames and run[cut:] in lex.given)
            or (run[:cut] in lex.given and run[cut:] in lex.surnames)
            for cut in range(2, len(run) - 1)
        )

    def _propagate(self, text: str, found: list[Finding]) -> list[Finding]:
        """Mask every other mention of a name found once, and its parts (山田太郎 → 山田)."""
        names: set[str] = set()
        kana_parts: set[str] = set()
        for _t, s, e in found:
            value = text[s:e]
            names.add(value)
            parts = _NAME_PARTS.split(value)
            if len(parts) < 2:
                continue
            for part in parts:
                if len(part) < 2:
                    continue
                if _KATAKANA_WORD_RE.fullmatch(part):
                    kana_parts.add(part)
                else:
                    names.add(part)
        names = {n for n in names | kana_parts if len(n) >= 2 and n not in _NON_NAMES}
        out = [f for f in found if f[0] == "PERSON"]
        if not names:
            return out
        spans = sorted((s, e) for _t, s, e in out)
        mentions = []
        for s, e in find_literals(text, names):
            ascii_name = text[s:e].isascii()
            if s and ascii_name and text[s - 1].isalnum():
                continue
            if e < len(text) and ascii_name and text[e].isalnum():
                continue
            if _place_or_org_context(text, s, e) or _kanji_compound_after(text, s, e):
                continue
            if inside_katakana_word(text, s, e):
                continue  # バー of a name is not the バー of メンバー
            mentions.append((s, e))
        # ブランド of マーロン・ブランド is a word too: a katakana part that stands alone
        # elsewhere is masked there only if the analyser calls it a name (one call for all).
        alone = [
            (s, e) for s, e in mentions if text[s:e] in kana_parts and not _inside(spans, s, e)
        ]
        unjudged = sorted({text[s:e] for s, e in alone} - self._plain.keys())
        for word, toks in zip(unjudged, tokens_of_many(unjudged), strict=True):
            self._plain[word] = len(toks) != 1 or "人名" not in toks[0].pos
        alone_set = set(alone)
        out.extend(
            ("PERSON", s, e)
            for s, e in mentions
            if (s, e) not in alone_set or not self._plain[text[s:e]]
        )
        return out


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) lies within one of ``spans`` (sorted by start)."""
    i = bisect.bisect_right(spans, (s, 1 << 62)) - 1
    while i >= 0 and spans[i][0] <= s:
        if spans[i][1] >= e:
            return True
        i -= 1
        if i >= 0 and s - spans[i][0] > 200:
            break
    return False


_worker_finder: PersonFinder | None = None


def analyse_in_worker(text: str) -> list[Finding]:
    """Entry point of the masker's worker process (see masker.PARALLEL_MIN_CHARS)."""
    global _worker_finder
    if _worker_finder is None:
        _worker_finder = PersonFinder()
        _worker_finder.warm_up()
    return _worker_finder.analyse(text)
