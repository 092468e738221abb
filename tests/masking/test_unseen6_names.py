"""Names by position and role (issue 13, the patterns the blind corpus unseen6 showed; every
document here is our own): quoted CSV cells, a staff column named by what its people did, a
header row's labels, a one-kanji speaker in minutes, attendee lists, a relative's given name,
a name's reading or romaji in brackets, English form fields."""

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


def test_half_width_kana_name_in_quoted_headerless_csv(masker):
    text = (
        '"0001","2030","117","1","7712001","ﾀｶﾊｼｹﾝｲﾁ","3000"\n'
        '"0002","0005","201","1","6622013","ﾔﾏｸﾞﾁﾊﾅｺ","1500"\n'
        '"0003","1010","340","2","5510249","ﾏﾂﾓﾄｼﾞﾛｳ","4200"\n'
    )
    assert {"ﾀｶﾊｼｹﾝｲﾁ", "ﾔﾏｸﾞﾁﾊﾅｺ", "ﾏﾂﾓﾄｼﾞﾛｳ"} <= persons(masker, text)


def test_staff_column_named_by_what_they_did(masker):
    """対応者, 受付者: the header says the column holds the people who did it (surnames alone)."""
    text = (
        "受付日,相談者,内容,対応者\n"
        "2026/01/05,石井 和子,転入手続,中島\n"
        "2026/01/06,森 大輔,児童手当,松本\n"
        "2026/01/07,青木 恵,国保加入,藤井\n"
    )
    assert {"中島", "松本", "藤井"} <= persons(masker, text)


def test_header_and_title_cells_are_not_names(masker):
    text = (
        "訪問対象者一覧\t\t\n"
        "氏名\t電話\t担当保健師\n"
        "石井 和子\t090-1111-2222\t中島 良子\n"
        "森 大輔\t080-3333-4444\t松本 千秋\n"
        "青木 恵\t070-5555-6666\t藤井 由香\n"
    )
    found = persons(masker, text)
    assert {"石井 和子", "中島 良子", "藤井 由香"} <= found
    assert not found & {"担当保健師", "訪問対象者一覧"}


def test_labels_of_a_form_sheet_are_not_names(masker):
    """Cells copied from a form sheet: label, value, label, value in one row."""
    text = (
        "申請者\t氏名\t石井\u3000和子\tフリガナ\tイシイ\u3000カズコ\n"
        "\t電話番号\t090-1111-2222\t\t\n"
        "請負業者\t名称\t株式会社みどり工務店\t代表者\t森大輔\n"
        "\t所在地\t北央市本町1丁目2番3号\t電話\t011-222-3333\n"
        "改修費\t\t250,000円\t補助金額\t100,000円\n"
    )
    found = persons(masker, text)
    assert {"石井\u3000和子", "森大輔"} <= found
    assert not found & {"請負業者", "代表者", "改修費", "補助金額"}


def test_one_kanji_speaker_before_a_chairs_post(masker):
    """○貫副会長: a one-kanji surname before 副会長 in a speaker mark, and again in prose."""
    text = (
        "○貫副会長　見守り活動の担い手について伺いたい。\n"
        "○事務局　次回までに整理します。\n"
        "○西田委員　先ほどの貫副会長のご意見に賛成です。\n"
    )
    found = [e for e in masker.find(text) if e.type == "PERSON" and e.text == "貫"]
    assert len(found) == 2


def test_chairs_post_words_alone_are_no_speakers(masker):
    text = "○副会長　開会を宣言した。\n○部会長　報告した。\n"
    assert not persons(masker, text)


def test_attendee_list_after_a_post_in_brackets_and_at_its_end(masker):
    """A name after （副会長） continues the list; a surname ending in 山 or 川 is no mountain."""
    text = (
        "出席者　高橋　一郎（会長）、小川 奏哉（副会長）、西村 真理、石山　光明\n"
        "欠席者　野口　英伯\n"
    )
    assert {"小川 奏哉", "石山\u3000光明"} <= persons(masker, text)


def test_relative_word_then_given_name(masker):
    text = "世帯は3人（長女 澪莉、H28.4.1生／次男 嵩斗、R2.5.3生）。父 死亡、母 同居。"
    found = persons(masker, text)
    assert {"澪莉", "嵩斗"} <= found
    assert not found & {"死亡", "同居"}


def test_reading_in_brackets_after_a_name(masker):
    text = "福祉課 相談係\n川村\u3000美穂子（カワムラミホコ）\n内線 1234\n"
    assert "カワムラミホコ" in persons(masker, text)


def test_reading_in_brackets_after_the_person_word(masker):
    text = "振込先の名義がご本人（タナカイチロウ）と異なる場合はご連絡ください。"
    assert "タナカイチロウ" in persons(masker, text)


def test_role_or_country_in_brackets_is_no_reading(masker):
    found = persons(
        masker, "相談員 川村 美穂子（ケースワーカー）と面談。佐藤 花子（ブラジル）さん。"
    )
    assert not found & {"ケースワーカー", "ブラジル"}


def test_person_word_before_a_relation_in_brackets_is_no_name(masker):
    assert "被保険者" not in persons(masker, "被保険者（本人）の署名が必要です。")


def test_romaji_in_brackets_completes_the_name(masker):
    text = (
        "同行者 王 芳（WANG Fang）さんが通訳した。\n相談者：ジョアン・シウバ（SILVA Joao Pedro）\n"
    )
    found = persons(masker, text)
    assert {"王 芳", "WANG Fang", "SILVA Joao Pedro"} <= found


def test_english_form_given_names_and_katakana_fields(masker):
    text = (
        "2. Child\n   SURNAME: NGUYEN\n   Given name(s): Thanh\n   Name in katakana: タン・グエン\n"
    )
    assert {"Thanh", "タン・グエン"} <= persons(masker, text)


def test_column_named_by_the_peoples_role(masker):
    """担当保健師: the column holds the staff's surnames, rare ones included."""
    text = (
        "氏名,電話,担当保健師\n"
        "石井 和子,090-1111-2222,春夏冬\n"
        "森 大輔,080-3333-4444,九十九\n"
        "青木 恵,070-5555-6666,一\n"
    )
    assert {"春夏冬", "九十九", "一"} <= persons(masker, text)


def test_more_english_name_fields(masker):
    text = "Middle name: Santos\nOther names: Joana\nName (katakana): アナ・リマ\n"
    assert {"Santos", "Joana", "アナ・リマ"} <= persons(masker, text)


def test_office_in_brackets_after_a_name_is_no_romaji(masker):
    assert "NPO Center" not in persons(masker, "講師は山田 太郎（NPO Center）が務めた。")


def test_one_kanji_surname_of_a_name_found_before_a_post_later(masker):
    """千 邦夫 in the attendee list: 千会長, 千さん later are that person; 一千万円 is no name."""
    text = (
        "出席委員　千　邦夫（会長）、西本勝太朗\n\n"
        "西本委員　先ほどの千会長の意見に賛成。千さんは欠席。予算は一千万円。\n"
    )
    found = [e for e in masker.find(text) if e.type == "PERSON" and e.text == "千"]
    assert len(found) == 2


def test_one_kanji_staff_speaker_and_sections_that_are_no_speakers(masker):
    text = (
        "〇万係長　資料に基づき説明します。\n"
        "〇保健福祉部長　補足します。\n"
        "〇国保年金課長　回答します。\n"
        "〇春夏冬委員　質問します。\n"
    )
    found = persons(masker, text)
    assert {"万", "春夏冬"} <= found
    assert not found & {"保健福祉", "国保年金", "保健", "国保"}


def test_rare_surname_glued_to_a_known_given_name_in_a_kana_cell(masker):
    text = (
        "3371,1010,980,1,5705732,ﾂﾕﾘﾏﾕｳ,8056\n"
        '"2855","1010","151","1","8844068","ﾂﾕﾘ ﾏﾕｳ","8691"\n'
    )
    assert {"ﾂﾕﾘﾏﾕｳ", "ﾂﾕﾘ ﾏﾕｳ"} <= persons(masker, text)


def test_kana_words_of_services_banks_and_branches_are_no_names(masker):
    text = (
        "ID,サービス,種別,銀行,支店\n"
        "1,デイサービス,ヘルパー,ﾐﾂｲｽﾐﾄﾓ,ｷﾀｾﾝｼﾞｭ\n"
        "2,ボランティア,ケアプラン,ﾐｽﾞﾎ,ｲｹﾌﾞｸﾛﾆｼ\n"
        "3,ショートステイ,グループホーム,ﾕｳﾁｮ,ｼﾝｼﾞｭｸ\n"
    )
    assert not persons(masker, text)


def test_label_with_a_qualifier_and_romaji_before_a_bracketed_name(masker):
    text = "氏名（ローマ字）：WANG Fang\n同行者 LIU Yang（劉 洋）さんと来庁。\n"
    assert {"WANG Fang", "LIU Yang", "劉 洋"} <= persons(masker, text)
