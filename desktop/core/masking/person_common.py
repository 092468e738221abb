"""Patterns and small helpers shared by the name strategies (person_*.py).

Why it is long: the vocabulary every name strategy must agree on (titles, honorifics, posts,
kana names, what is not a name) lives in one module so the strategies cannot drift apart.

Names of people: the analyser's 人名 tags, honorifics, labels, and name dictionaries.

Context decides for names the dictionary does not know (小鳥遊さん, 担当：東雲); organisation and
place contexts (株式会社山田, 山田工業, 山田町) are not people.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.masking.analyser import tokens, word_tokens
from desktop.core.masking.lexicon import name_lexicon
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
    r"都議|道議|府議|県議|市議|区議|町議|村議|代議士|委員長|委員(?!会)|課長補佐|補佐|課長|部長|係長|"
    r"主幹|主任|主査|主事|議員|議長|ケアマネジャー|ケアマネ|市長|町長|村長|区長|所長|室長|局長|次長|"
    r"会長|社長|理事長|理事|教授|医師|弁護士|税理士|司法書士|看護師|保健師|相談員|支援員|専門員|指導員|"
    r"副市長|副町長|副村長|副区長|監督|選手|容疑者|被告|記者|元首相|首相|総理|大臣|知事|大使|"
    r"警部補|警部|巡査部長|巡査|警視|船長|機長|艦長|院長|館長|校長|園長|署長|駅長|店長|研究員|"
    # a school's staff (篠原教頭, 山岸養護教諭)
    r"副校長|教頭|主幹教諭|養護教諭|教諭|保育士|栄養士|"
    r"准教授|助教|少尉|中尉|大尉|少佐|中佐|大佐|少将|中将|大将|"
    # heads of a bank, a party, a university or a troupe; a doctor (白川総裁, 伊東博士)
    r"副総裁|総裁|頭取|幹事長|総長|学長|団長|博士)"
    # a building or office named after the post is no title (大使館, 監督署, 議員会館)
    r"(?!館|署|庁|会館|事務所)"
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
    r"不動産|工場|電気|電工|倉庫|酒造|醸造|印刷|運送|化学|鉄工|園(?![子美恵江枝香])|家(?=[ァ-ヴ])|"
    r"プロダクション|航空|飛行機|家具|監査法人|精肉店|本店|支店|宣言|協定|陣営|"
    # an insurer, a bank or a cooperative named with a word (あおば損害保険, みどり信用金庫)
    r"損害保険|損保|生命|海上|火災|共済|信用金庫|信用組合|証券|信託|農協|生協)"
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
        "一人",
        "二人",
        "三人",
        "全員",
        # posts a neighbour or a resident addresses with さん (班長さん, 市長さん): a post
        "班長",
        "班員",
        "組長",
        "組員",
        "市長",
        "町長",
        "村長",
        "区長",
        "知事",
        "議長",
        # the opening and closing words of a letter (拝啓 山田太郎様, 敬具 鈴木)
        "拝啓",
        "謹啓",
        "粛啓",
        "恭啓",
        "前略",
        "冠省",
        "急啓",
        "拝復",
        "敬具",
        "敬白",
        "謹白",
        "草々",
        "早々",
        "不一",
        "追伸",
    )
)
# Labels a name follows: "<word>：", "<space word> ", "事務局（", English phrases. A trailing
# "?" marks an optional last character (担当者? = 担当 or 担当者).
_LABEL_COLON_WORDS = (
    "氏名|お名前|名前|フリガナ|ふりがな|担当者?|申請者|相談者|届出人|世帯主|代表者|患者名?|利用者名?|"
    "被保険者名?|契約者|請求者|受給者|対象者|依頼者|記入者|作成者|報告者|宛名|保護者|児童名|生徒名|"
    "職員名|名義人?|口座名義|差出人|受取人|送信者|来庁者|訪問者|面談者|同行者|本人|司会者?|出席者|"
    "欠席者|出席|欠席|同席者?|陪席者?|記録者?|議長|講師|発言者|確認者|承認者|起案者|回答者|応対者|対応者|担当職員|相談員|相手方|"
    "署名|連絡者|通報者|発見者|家族|長男|長女|次男|次女|配偶者|妻|夫|父|母|"
    "申請代行者|代行者|代理人|面接員|面接者|責任者|寄附者|寄付者|調査員|担任|主治医|後見人|保証人|"
    "申出人|届出者|ケアマネジャー|ケアマネ|同行者?|通訳者?|立会人|緊急連絡先|同居人|同居者|世帯員|旧姓|"
    "文責|起票者|入力者|聴取者|同席者|立会者|申立人|申請人|筆頭者|"
    # staff by their post (支援員：堀江・月見, 相談支援専門員：…) and a phone memo's 受： (who took it)
    "支援員|指導員|専門員|受|"
    "参加者?|受付者?|問合せ先?|問い合わせ先?|申込者|来所者|面会者|"
    # the children and household members a form lists (対象児童：, 子2：, 世帯員2：)
    "対象児童|支給対象児童|対象児|児童|子ども|子供|扶養親族|同居家族|"
    "SURNAME|Surname|Family name|FAMILY NAME|GIVEN NAMES?|Given names?|First name|Last name|"
    "GIVEN NAME\\(S\\)|Given [Nn]ame\\(s\\)|Given Names?|First [Nn]ame\\(s\\)|First Names?|"
    "Last Name|Middle names?|Middle Names?|Other names?|Other Names?|Name in [A-Za-z]+|Name \\([a-z]+\\)|"
    "NAME|Name in full|Name of(?: the)? [a-z]+|Name|Full name|Sender|Recipient|Addressee|"
    "Contact person|Contact|Attn\\.?|Applicant|Prepared by|Submitted by|Signed by|Signed|Signature|"
    "Staff|Client|Participants?|Attendees?|Patient|Resident|Caseworker|Officer|Interpreter|"
    "Guardian|Spouse|Representative|Emergency contact|Tenant|Witness|Accompanied by|Interviewee"
)
_LABEL_SPACE_WORDS = "氏名|名前|フリガナ|司会|出席者|担当|記録|名義|対象者|旧姓|日直|当直|宿直"
# Closing formulas of a letter or an e-mail, in the languages residents write in.
_CLOSINGS = (
    "Best regards|Kind regards|Warm regards|With regards|Regards|Best wishes|Yours sincerely|"
    "Yours faithfully|Yours truly|Respectfully|Many thanks|Thank you|Thanks|Cheers|Best|"
    "Obrigad[oa]|Atenciosamente|Abraços|Gracias|Saludos|Atentamente|Cordialement|Merci|"
    "Danke|Mit freundlichen Grüßen|Salamat|Maraming salamat|Terima kasih|Cảm ơn|Trân trọng|"
    "Dhanyabad|Namaste|谢谢|此致敬礼|감사합니다"
)
_LABEL_PHRASES = (
    "My name is|my name is|I am|(?:[Hh]is|[Hh]er|[Mm]y|[Yy]our|[Tt]heir|[Aa]|[Tt]he|[Oo]ur) "
    "(?:wife|husband|son|daughter|friend|mother|father|partner|brother|sister|colleague|"
    "neighbou?r|grandson|granddaughter|grandmother|grandfather|aunt|uncle|nephew|niece|"
    "landlord|interpreter|guardian|caseworker|caregiver|spouse|child|parent),?|[Rr]egards,|Sincerely,"
    "|Dear|Hi|Hello|'s name:|’s name:"
    # a closing formula alone on its line: the signature below it is the sender (Obrigado,)
    f"|(?:{_CLOSINGS}),?[ ]*\\n"
)
# The sender and addressee fields of an e-mail or a memo (From: Duc Anh Pham, To: WANG LIN): a
# label only with its colon ("To whom", "From April" are prose).
_MAIL_HEADERS = "To|From|Cc|CC|cc|TO|FROM|宛先|差出"
# A colon-word label followed by a tab or a space (申請代行者\t石田 こはる): "weak", the value
# must look like a name.
_LABEL_RE = re.compile(
    # 氏名（ローマ字）：, 氏名(カナ): the label's qualifier in brackets before the colon
    f"(?:{_LABEL_COLON_WORDS}|{_MAIL_HEADERS})(?:[0-9]{{1,2}}|[（(][0-9]{{1,2}}[）)])?"
    f"(?:[ ]?[（(][^（）()\n:：]{{1,24}}[）)])?[ ]?[:：][ ]?"
    f"|(?:{_LABEL_SPACE_WORDS}) |事務局[（(]"
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
    | {"'s name", "’s name"}  # Applicant's name: ZHANG WEI
    | {w.split("[")[0] for w in _CLOSINGS.split("|")}
    | set(_MAIL_HEADERS.split("|"))
    | {
        "His ",
        "Her ",
        "Your ",
        "your ",
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
    r"|[ァ-ヴー][ァ-ヴー\u3099\u309a]{1,12}(?:[ ・][ァ-ヴー][ァ-ヴー\u3099\u309a]{0,12}){0,3}"
    r"|[ァ-ヴー](?:[・ ][ァ-ヴー][ァ-ヴー\u3099\u309a]{0,12}){1,3}"  # レ・ティ・トゥ, レ ティ ホア
    r"|[ぁ-ゖー]{2,8}(?: [ぁ-ゖー]{2,8})?"
    # SURNAME GIVEN in capitals (passports, English forms): only capital words continue it
    r"|[A-Z]{2,}(?: [A-Z][A-Za-z'\-]+){0,3}(?![A-Za-z])"
    # Ana Pereira da Silva, Ludwig van Beethoven: a lower-case particle between two capitals
    # (Ana Maria LOPEZ GARCIA: two given names and two surnames)
    r"|[A-Z][A-Za-z'\-]+(?:,?(?: (?:da|de|do|dos|das|del|della|di|du|van|von|der|den|la|le))?"
    r" [A-Z][A-Za-z'\-]+){0,3}"
)
_ORG_PREFIX = re.compile(
    r"[^\s、,:：()（）]{1,14}?(?:課|係|室|局|部|所|センター|チーム|班|会長|委員|Division|Section) "
    r"|(?:窓口|受付)[A-Z0-9]? "  # 確認者 窓口 小野: the desk, then the clerk
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
        # programmes and institutions an office's name is made of (National Health Insurance
        # Section, Long-term Care Insurance, Pension Service)
        "National",
        "Health",
        "Insurance",
        "Pension",
        "Welfare",
        "Tax",
        "Care",
        "Benefits",
        "Allowance",
        "Programme",
        "Program",
        "Fund",
        "Institute",
        "Foundation",
        "Society",
        "Authority",
        "Union",
        "Court",
        "Police",
        "Museum",
        "Unit",
        "Dear",
        "Hello",
    ]
)
# The relations a household's list writes beside a member (須田 剛也 長男 H24.1.8): one list for
# the member's row (person_records) and the member's date of birth after it (dates).
HOUSEHOLD_RELATIONS = "長男|長女|次男|次女|三男|三女|四男|四女|妻|夫|子|本人|世帯主|父|母|孫|兄|弟|姉|妹"
_KIN = (
    "兄|姉|弟|妹|夫|妻|父|母|祖父|祖母|長男|長女|次男|次女|三男|三女|四男|四女|息子|娘|孫|叔父|"
    "叔母|伯父|伯母|甥|姪|父親|母親|義父|義母|義兄|義姉|義弟|義妹|配偶者|元夫|元妻|同居人|"
    # every birth order (二男 as 住民票 writes it, 五男), adoptive and step relations
    "二男|二女|五男|五女|六男|六女|養子|養女|養父|養母|継父|継母|実父|実母|曾孫|ひ孫|"
    "友人|知人|隣人|親戚|いとこ|婚約者|内縁の夫|内縁の妻"
)
_ROLES = (
    "担任|担当|担当者|主治医|ケアマネジャー|ケアマネ|相談員|支援員|民生委員|保健師|後見人|上司|"
    "同僚|代理人|弁護士|通訳|担当ケアマネジャー|担当ケアマネ|担当医|担当保健師|担当職員"
)
# 兄の毛利から, 担任の谷です, 担当ケアマネジャーは〇〇事業所の川崎。
# Found with an automaton of the heads (兄の, 担当は): the alternation scanned 10x slower.
# Occupations and posts a name follows after の (編集長の壁村耐三, 主婦の高森杏寿, 俳優のギグ・ヤング).
_OCCUPATIONS = (
    "主婦|編集長|編集者|作家|小説家|漫画家|画家|詩人|俳優|女優|歌手|作曲家|作詞家|演出家|脚本家|"
    "指揮者|写真家|建築家|政治家|実業家|評論家|研究者|学者|記者|アナウンサー|タレント|声優|"
    "社長|会長|館長|院長|校長|園長|理事長|総裁|議長|市長|知事|大統領|首相|監督|選手|投手|捕手|"
    "コーチ|ドラマー|ギタリスト|ベーシスト|ボーカル|ピアニスト|プロデューサー|エンジニア|"
    "弟子|師匠|恩師|教え子|部下|秘書|後輩|先輩|相棒|恋人|主人公|ヒロイン|作者|原作者|著者|訳者|"
    "創業者|創設者|設立者|後継者|前任者|後任者|経営者|代表者|責任者|容疑者|被害者|犯人|"
    "新人|リーダー|少年|少女|青年|夫人|国王|女王|皇帝|将軍|提督|司令官|長官|大臣|議員|大使|騎手|"
    "王子|王女|司教|教皇|神父|牧師"
)
# A section of an office before の and a name (市民課の小池です, 福祉係の平川が伺います).
_SECTIONS = "課|係|室|班|担当課|センター|事務所|支所|出張所|窓口"
_ROLE_HEADS = [f"{w}の" for w in f"{_KIN}|{_ROLES}|{_OCCUPATIONS}|{_SECTIONS}".split("|")] + [
    f"{w}{p}" for w in _ROLES.split("|") for p in "はが"
]
_ROLE_GAP_RE = re.compile(r"[^。\n、]{1,24}?の")
_K = r"一-鿿豈-﫿々〆ヶ"
_NAME_AFTER_ROLE_RE = re.compile(
    rf"(?P<n>[{_K}][{_K}ノ]{{0,3}}"
    rf"(?: [{_K}]{{1,3}}|[ ]?[ぁ-ゖ]{{2,4}}(?=さん|様|氏|くん|ちゃん|[（(]))?"
    rf"|[ァ-ヴー]{{2,}}(?:・[ァ-ヴー]+)*|[ぁ-ゖ]{{2,4}}?)"
    r"(?P<end>さん|様|氏|君|くん|ちゃん|[ ]?[（(]|[、。,，」\n]|です|でした|から|より|まで|"
    r"は|が|と|に|へ|を|も|の|で|$|(?=[ ]?(?:主事|主査|主任|係長|課長|参事|技師|保健師|事務員)))"
)
_STRONG_END = re.compile(r"(?:さん|様|氏|君|くん|ちゃん|[ ]?[（(]|です|でした)")
# 課長（五百旗頭）, ケースワーカー（米窪）, 長女（小松原 里香）: the name in brackets after a post,
# a role or a relation.
# the posts of _TITLE_AFTER_RE without its closing look-ahead
_TITLE_WORDS = _TITLE_AFTER_RE.pattern[3 : _TITLE_AFTER_RE.pattern.index(")(?!")]
_ROLE_THEN_BRACKET_RE = re.compile(
    r"(?:"
    + _TITLE_WORDS
    + "|"
    + _KIN
    + "|"
    + _ROLES
    + "|"
    + _OCCUPATIONS
    + r"|ケースワーカー|ワーカー|CW|SW|MSW|ヘルパー|通訳|担当"
    # the person a letter or a form is about (ご本人（ヤマダハナコ）, 申請者（山田 花子）)
    + r"|本人|被保険者|申請者|相談者|名義人|利用者|受給者)"
    r"[（(][ 　]?(?P<n>[^（）()、,，。\n 　]{1,8}(?:[ 　][^（）()、,，。\n 　]{1,6})?)[ 　]?[）)]"
)
# 百目鬼（課長）, 石田 こはる （長男の妻）: a post or a relation in brackets after a name.
# The posts come from _TITLE_WORDS: slicing _TITLE_AFTER_RE's pattern up to its last ")" left
# its closing look-ahead open, so the relations and 本人|代理人|… became alternatives *inside*
# (?!館|署|…) and （長男）, （本人） never matched.
_BRACKET_ROLE_RE = re.compile(
    r"[（(]副?(?:" + _TITLE_WORDS + "|" + _KIN + "|本人|代理人|申請者|相談者)"
    r"(?:の(?:" + _KIN + "))?[）)]"
)
_NAME_BEFORE_BRACKET_RE = re.compile(
    rf"(?:^|(?<=[\s、，,：:・]))(?P<n>[{_K}][{_K}ノ]{{0,3}}(?: [{_K}]{{1,3}}| ?[ぁ-ゖ]{{2,4}})?"
    rf"|[ァ-ヴー][ァ-ヴー\u3099\u309a]+(?:[・ ][ァ-ヴー][ァ-ヴー\u3099\u309a]*){{0,3}}"
    rf"|[ぁ-ゖ]{{2,4}}(?: [ぁ-ゖ]{{2,4}})?)[ ]?\Z"
)
# 薬袋 つばさ, 中野ひかり, 一ノ瀬 ひなた氏: a kanji surname before a kana given name.
_KANJI_HIRA_RE = re.compile(rf"([{_K}](?<![{_K}][{_K}])[{_K}ノ]{{0,3}})( ?)([ぁ-ゖ]{{2,4}})")
# …や名城信男らが: ら (people) after the last name of a list
_COORD_AFTER_RE = re.compile(rf"[とや、・]([{_K}]{{1,5}})(?=[とやで、がはにのを・]|ら[がはのとも、]|さん|様)")
_COORD_BEFORE_RE = re.compile(rf"(?:^|(?<=[^{_K}]))([{_K}]{{1,5}})[とや、・]\Z")
_HIRAGANA_CHAR = re.compile(r"[ぁ-ゖ]")
_NAME_CHAR = re.compile(r"[一-鿿豈-﫿々ヶぁ-ゖァ-ヴA-Za-z]")
_ORG_END = re.compile(
    r"(?:課|係|部|室|局|所|センター|チーム|班|グループ|庁|省|会社|協会|委員会|支所|本部)$"
)
_TITLE_RE = re.compile(
    r"[MDP](?<![A-Za-z][MDP])(?:(?<=M)(?:rs|r|s|iss|x)|(?<=D)r|(?<=P)rof)\.? "
    r"([A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,3})"
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
    r"([ァ-ヴー](?<![ァ-ヴー][ァ-ヴー])[ァ-ヴー\u3099\u309a]{1,7})[ ・]?"
    r"([ァ-ヴー][ァ-ヴー\u3099\u309a]{1,8})(?![ァ-ヴー\u3099\u309a])"
)
_HIRAGANA_PAIR_RE = re.compile(r"([ぁ-ゖー](?<![ぁ-ゖ][ぁ-ゖー])[ぁ-ゖー]{1,5}) ([ぁ-ゖー]{2,8})")
_HIRAGANA_HONORIFIC_RE = re.compile(
    r"([ぁ-ゖ](?<![ぁ-ゖ][ぁ-ゖ])[ぁ-ゖ]{1,4})(?:さん|様|さま|くん|ちゃん)"
)
_GIVEN_RUN_RE = re.compile(r"(?:(?!様|氏|君|殿|先生|宛)[一-鿿豈-﫿々]){1,3}")
# The kanji run before an honorific: 様 never belongs to a name, and 殿・氏・君 only as a name's
# first character (殿村, 氏家, 君島). Without this, the run before the second 様 of
# 山田太郎様鈴木様 was 太郎様鈴木 and the masker joined it to 山田太郎: one placeholder for two
# people, with 様 inside it.
_RUN_FIRST = r"[一-鿿豈-﫿々ヶ](?<!様)(?<![一-鿿豈-﫿々ヶ][殿氏君])"
_RUN_REST = r"(?:(?![様殿氏君])[一-鿿豈-﫿々ヶ])"
_KANJI_RUN_END = re.compile(rf"(?:{_RUN_FIRST}{_RUN_REST}{{0,3}} )?{_RUN_FIRST}{_RUN_REST}{{0,4}}$")
# A katakana name before an honorific, up to three words (チャン ティ マイさん, ﾅｸﾞﾓ ﾀﾂﾋｺさん: half-width
# kana with voiced marks too).
_KATAKANA_RUN_END = re.compile(
    r"(?:[ァ-ヴー][ァ-ヴー\u3099\u309a]{0,7}[ ・]){0,2}[ァ-ヴー][ァ-ヴー・\u3099\u309a]{1,11}$"
)
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
    # the care and welfare posts of a 地域ケア会議 first (主任介護支援専門員 before 主任)
    r"(?:主任介護支援専門員|介護支援専門員|社会福祉士|精神保健福祉士|主任相談支援員|相談支援専門員|"
    r"委員長|副委員長|委員(?!会)|課長補佐|課長|部長|係長|主幹|主任|主査|主事|議長|次長|室長|所長|局長|"
    r"参事|技師|保健師|看護師|事務員|会長|理事|大使|教授|議員|副校長|校長|教頭|主幹教諭|養護教諭|教諭|"
    r"園長|保育士)"
)
_LIST_EDGE = r"(?:(?<=[、，,：:\n・ ])|^)"
_LIST_END = r"(?=[、，,\n（(。]|$| (?![一-鿿豈-﫿々ヶ]{1,3}(?:[、，,\n]|$)))"
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
_TITLE_ITEM_END_RE = re.compile(r"[、，,\n（(。．.]| |$")
# A post followed by a particle (八月一日主査から連絡): the name before it is taken only when
# the name dictionaries know it (a date or an ordinary word before a post is common prose).
_TITLE_PARTICLE_END_RE = re.compile(r"(?:から|より|は|が|に|へ|と|の|も|を|です|でした)")
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
    r"議員|教授|博士|医師|弁護士|記者|代表|会長|社長|所長|部長|課長|係長|主事|主査|主任|"
    # a sovereign's or a leader's title (聖武天皇, 乾隆帝, 徳仁親王, 習近平国家主席)
    r"天皇|上皇|法皇|皇帝|帝(?![国都])|親王|内親王|皇子|皇女|皇后|国家主席|主席|第一書記|書記長|"
    r"大統領|首相|議長|館長|提督|将軍)"
)


_NAME_PARTS = re.compile(r"[ ・,=]")


_RUN_CHAR = re.compile(r"[ァ-ヴー\u3099\u309a・=]")
_RUN_CHARS = re.compile(r"(?:[ァ-ヴー\u3099\u309a・=]|(?<=[・=])[A-Z]\.?(?=[・=]))*")


def _in_dot_run(line: str, s: int, e: int) -> bool:
    """The katakana at line[s:e] belongs to a run of katakana words joined by ・ or =."""
    lo = s
    while lo > 0 and (
        _RUN_CHAR.match(line, lo - 1)
        or (lo > 1 and line[lo - 1].isupper() and line[lo - 1].isascii() and line[lo - 2] in "・=")
    ):
        lo -= 1
    run_end = _RUN_CHARS.match(line, e)  # a starred pattern: always matches
    hi = run_end.end() if run_end else e
    run = line[lo:hi].strip("・=")
    return "・" in run or "=" in run


# A cell's edges: separators, and the quotes of a quoted CSV field ("ﾔﾏﾀﾞﾀﾛｳ","8056").
_CELL_EDGE = frozenset('\t,|\n "')


def _whole_cell(text: str, s: int, e: int) -> bool:
    """The span is all of a table cell or a line (ヤマダタロウ alone between separators)."""
    return (s == 0 or text[s - 1] in _CELL_EDGE) and (e == len(text) or text[e] in _CELL_EDGE)


def inside_katakana_word(text: str, s: int, e: int) -> bool:
    """A katakana value found inside a longer katakana word (ルー in ルール), or one word of a
    longer ・/= run (マイルズ of マイルズ・リミテッド, ゼウス of ゼウス・シティ)."""
    if not _KATAKANA_CHAR.match(text, s):
        return False
    return bool(
        (s and _KATAKANA_CHAR.match(text, s - 1))
        or _KATAKANA_CHAR.match(text, e)
        or (s > 1 and text[s - 1] in "・=" and _KATAKANA_CHAR.match(text, s - 2))
        or (text[e : e + 1] in ("・", "=") and _KATAKANA_CHAR.match(text, e + 1))
    )


def _kanji_compound_after(line: str, s: int, e: int) -> bool:
    """A kanji name glued to the kanji noun after it (熊井鉄鋼, 早川電力, 第2次若槻内閣)."""
    if not (
        (_KANJI_RE.match(line, e) or _KATAKANA_CHAR.match(line, e))  # 円谷プロ, 山田ゼミナール
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
    # an unknown word (斉藤ノヴ様) may be a rare given name
    first = nxt[0] if nxt else None
    return bool(
        first
        and first.start == 0
        and "接尾辞" not in first.pos
        and "人名" not in first.pos
        and not first.pos.startswith("?")
    )


def _place_or_org_context(text: str, start: int, end: int) -> bool:
    return bool(_ORG_AFTER.match(text, end) or _ORG_BEFORE.search(text, max(0, start - 8), start))


# What a label is made of: nouns of an act (申請, 工事) and ordinary nouns, noun suffixes (者, 費).
_LABEL_POS = ("名詞-普通名詞-サ変可能", "名詞-普通名詞-一般", "接尾辞-名詞的")
# The suffixes that end a label (代表者, 工事費, 申請額, 利用料); 集, 山 end names too (狩集, 海光山).
_LABEL_SUFFIXES = frozenset("者費額料")


def reads_as_label(value: str) -> bool:
    """施工業者, 工事費, 補助申請額, 被保険者: ordinary nouns with a noun of an act or a label's
    suffix in them — a label of a form or a table, never a person's name (a name has a 人名 or
    an unknown part; a rare surname the analyser reads as ordinary nouns, 汐路, 正月, has
    neither an act nor such a suffix)."""
    if not 2 <= len(value) <= 10 or not _LABEL_CHARS.fullmatch(value):
        return False
    toks = word_tokens(value)
    if toks and toks[0].pos.startswith("接頭辞"):  # 被保険者, 未就学児
        toks = toks[1:]
    if not toks or not all(t.pos.startswith(_LABEL_POS) for t in toks):
        return False
    if not (
        any(t.pos.endswith("サ変可能") for t in toks)
        or (len(toks) > 1 and toks[-1].surface in _LABEL_SUFFIXES)
    ):
        return False
    lex = name_lexicon()
    return value not in lex.surnames and value not in lex.given  # 希望, 勝利: given names


_LABEL_CHARS = re.compile(r"[一-鿿々ァ-ヴー]+")


# A heading written with spaces between its characters (陳　情　書, 委　任　状).
_SPACED_HEADING_RE = re.compile(r"[ \t]*(?:[一-鿿々][ \t]+){2,}[一-鿿々][ \t]*")


def no_name_span(text: str, s: int, e: int) -> bool:
    """Spans no name takes, whatever found them: cut before a half-width kana's voiced mark
    (ｷｺ of ｷｺﾞｳ), one character of a letter-spaced heading (陳 of 陳　情　書), or one kanji
    glued to the end of a kanji word (童 of 対象児童) that is no surname and has no honorific
    or post after it."""
    if e < len(text) and text[e] in "\u3099\u309a\uff9e\uff9f":
        return True
    if e - s != 1 or not _KANJI_RE.match(text, s):
        return False
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    if _SPACED_HEADING_RE.fullmatch(text, ls, len(text) if le < 0 else le):
        return True
    return bool(
        s
        and _KANJI_RE.match(text, s - 1)
        and text[s] not in name_lexicon().surnames_kanji
        and not _HONORIFIC_RE.match(text, e)
        and not _TITLE_AFTER_RE.match(text, e)
    )
