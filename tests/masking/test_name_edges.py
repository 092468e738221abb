"""Names by position and the edges of their spans (own sentences, not the unseen corpora's):
posts before a name in a list, speakers of council minutes, household and duty labels, e-mail
headers, names in capitals in brackets, and the places, institutions, office words and roles a
label or an honorific is followed by that are not people."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m


def persons(masker, text):
    return {e.text for e in masker.find(text) if e.type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a post before each name of an attendee list stays outside the name (and so the post
        # is not masked wherever else it appears)
        (
            "出席者：議長 大河内 修平、副委員長 井川 朋絵、委員 戸倉 信吾\n"
            "大河内議長から開会の挨拶があった。",
            {"大河内 修平", "井川 朋絵", "戸倉 信吾", "大河内"},
        ),
        # a compound post or a relation before the name after a label; a name glued to its
        # post stays a name
        ("記入者：統括保健師 水嶋 由香", {"水嶋 由香"}),
        ("連絡先：兄　早瀬 拓海（携帯）", {"早瀬 拓海"}),
        ("同居の家族：娘 咲良、孫 陽翔", {"咲良", "陽翔"}),
        ("出席者：真鍋健司主査　課長 桐生 彩", {"真鍋健司", "桐生 彩"}),
        # a nationality in brackets after a name is no reading; a reading is
        ("来所者：オリヴェイラ ルアナ（ブラジル）", {"オリヴェイラ ルアナ"}),
        ("申請者：千葉 拓也（チバ タクヤ）", {"千葉 拓也", "チバ タクヤ"}),
        ("Signed: Farida Haidari", {"Farida Haidari"}),
        # English labels of a name
        ("Name of guardian: OSEI KWAME\nSender: Hoang Thi Thu", {"OSEI KWAME", "Hoang Thi Thu"}),
        # the speaker of council minutes, a one-kanji surname too
        ("○谷委員　財源の内訳を伺います。\n○財政課長（門脇 宏）　お答えします。", {"谷", "門脇 宏"}),
        ("○名越議員　続けて質問します。", {"名越"}),
        # household members and the former surname
        ("世帯員：クォン・ジヘ\n続柄：妻", {"クォン・ジヘ"}),
        ("相談者 村瀬 加代子（旧姓 樋渡）", {"村瀬 加代子", "樋渡"}),
        ("以上、当直 稲垣\n", {"稲垣"}),
        ("（文責：牧野）", {"牧野"}),
        ("聴取者 中条 亜希子\n同席者：ソン・ミンギ", {"中条 亜希子", "ソン・ミンギ"}),
        # a municipal post written after a surname
        ("詳細は、須藤主幹が来週説明します。", {"須藤"}),
        ("本日、宮越ケアマネが自宅を訪問した。", {"宮越"}),
        # e-mail headers and relations in English letters
        ("From: Mai Linh Vo <mlvo@example.net>\nTo: KOWALSKI ADAM", {"Mai Linh Vo", "KOWALSKI ADAM"}),
        ("We have written to your guardian. Your spouse, Ortega Lucia, may attend.", {"Ortega Lucia"}),
        ("Dear Morimoto-san,\n\nThank you for your letter.", {"Morimoto"}),
        # a Japanese honorific after a romaji name in prose; the Cc field
        ("Thanks again, Hatakeyama-san, for the quick reply.", {"Hatakeyama"}),
        ("CC: MENSAH KOFI\nSubject: visit", {"MENSAH KOFI"}),
        # the name in capitals in brackets after its katakana form
        ("申請者：チョウ・ミンジュン（CHO MIN JUN）　国籍：韓国", {"チョウ・ミンジュン", "CHO MIN JUN"}),
        # a role or a body in capitals in brackets is no name
        ("担当：長谷部（MSW）、面接員：黒須（NPO SST）", {"長谷部", "黒須"}),
        # a katakana word the surname list lacks, then a given name it knows, standing apart
        ("はい、ﾐﾔｺｼ ﾕｲ です", {"ﾐﾔｺｼ ﾕｲ"}),
        # one kanji set apart before a given name the list knows: the surname
        ("先ほど、東町の森 美咲さんから電話がありました。", {"森 美咲"}),
        ("ごみ置き場の件で、上 陽菜さんより再度連絡。", {"上 陽菜"}),
        # the addressee block of an English letter, whatever the name's origin
        (
            "Okafor Ngozi Adaeze\n4-12 Hiragishi 3-jo, Toyohira-ku\nSapporo 062-0933\n\nDear Ms Okafor,",
            {"Okafor Ngozi Adaeze", "Okafor"},
        ),
        # a post before a name and an honorific stays outside the name
        ("児童委員 土肥さんから相談がありました。", {"土肥"}),
        ("Mr. Kuroda-san will attend.", {"Kuroda"}),
        # half-width kana with voiced marks before an honorific, whole
        ("ﾁｬﾝ ｸﾞｴﾝ ｽﾞｱﾝさんから電話", {"ﾁｬﾝ ｸﾞｴﾝ ｽﾞｱﾝ"}),
    ],
)
def test_name_found_whole_and_nothing_more(masker, text, names):
    assert persons(masker, text) == names


@pytest.mark.parametrize(
    "text",
    [
        # a municipality or an institution after a label
        "問い合わせ先：南浜市 子ども未来部 保育課",
        "講師：東陵大学 社会学部 准教授",
        "問合せ先：西川町 住民課（内線212）",
        # an office's name in English after a label, or before an office word
        "Contact: Long-term Care Insurance Division, Minato Ward Office",
        "Notice of National Pension Enrollment",
        # an English word before a romaji honorific is no name
        "Hello Staff-san team",
        # a building's name above the street line is no addressee
        "Cedar Court\n18 Station Road\nLeeds",
        # a place above a postal code line is no addressee
        "Shiroishi Sapporo\n003-0026 Japan",
        # a section, then the next field's label
        "問合せ：市民課 住民記録係　FAX 03-1234-5679",
        # office words and roles before an honorific
        "取引先様各位",
        "区役所様宛ての書類",
        "お客様の声",
        "ヘルパーさんが来る日",
        "ソーシャルワーカーさんと面談",
        # posts, not speakers, in council minutes
        "○副委員長　異議なし。\n○総務委員長　報告します。",
    ],
)
def test_no_person(masker, text):
    assert persons(masker, text) == set()


def test_a_surname_ending_like_a_place_is_still_a_name(masker):
    """高市 ends in 市, but the surname list knows it: after a label it is a name."""
    assert persons(masker, "担当：高市 亮介") == {"高市 亮介"}
    assert persons(masker, "記録者：大町") == {"大町"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname that is also an ordinary word, before an everyday honorific or a post
        ("昨日、島さんから書類が届きました。", "島"),
        ("窓口に坂様がお見えです。", "坂"),
        ("詳しくは春日主査にお尋ねください。", "春日"),
        ("来週は滝くんが当番です。", "滝"),
    ],
)
def test_wordlike_surname_in_a_person_position(masker, text, name):
    assert name in persons(masker, text)


@pytest.mark.parametrize(
    "text",
    [
        "右少将を経て左大臣に任じられた。",  # posts of their own
        "中殿御会に招かれた。",  # a word before 殿
        "奥さんによろしくお伝えください。",  # a word for a spouse, not a surname
    ],
)
def test_wordlike_kanji_elsewhere_is_no_name(masker, text):
    assert persons(masker, text) == set()
