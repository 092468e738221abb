"""Names by position, role and column (issue 13, the patterns the blind corpus unseen7 showed;
every document here is our own, written to cover each pattern's family rather than one string):
numbered household labels, a child's given name with an age or a birth date, any word for a
person ending in 者 or 人 as a label, roster lines, a closing formula and the signature under it,
an English address list, a name written again after a slash, a Word table one cell a line, a
one-kanji member in an attendee list, a relative's full name, a staff or household column; and
what is no name: a post before さん, an insurer named with a word, a cut half-width kana, a
letter-spaced heading, a department or a post column."""

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
    ("text", "name"),
    [
        ("世帯員2：桔梗（子）", "桔梗"),
        ("　世帯員３：桔梗\n", "桔梗"),
    ],
)
def test_numbered_household_label(masker, text, name):
    """世帯員2：, 世帯員(4)： — a label with its number is still a label; the given name after
    it is a person even when it is also a word (桔梗)."""
    assert name in persons(masker, text)


def test_children_with_age_or_birth_date(masker):
    text = (
        "・受給者：梶原 詩織\n"
        "・対象児童：蓮（9歳）、若菜（4歳）\n"
        "支給対象児童\n"
        "　小春（令和2年5月1日生）\n"
        "　陽向（R4.2.3生）\n"
        "- 琴音（7歳）\n"
    )
    found = persons(masker, text)
    assert {"蓮", "若菜", "小春", "陽向", "琴音"} <= found
    assert not found & {"児童", "童", "支給対象児童"}


def test_words_for_a_person_with_an_age_are_no_names(masker):
    text = "".join(
        f"・{w}（{n}歳）\n"
        for w, n in (
            ("長男", 5),
            ("男児", 3),
            ("利用者", 82),
            ("児童", 6),
            ("生徒", 15),
            ("子供", 3),
            ("園児", 4),
            ("患者", 80),
            ("孫", 2),
        )
    )
    assert not persons(masker, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("申出者：東雲 様（匿名希望）", "東雲"),
        ("通報者1：百 様", "百"),
        ("陳情者：朔日 様", "朔日"),
    ],
)
def test_any_word_for_a_person_before_a_colon_is_a_label(masker, text, name):
    assert name in persons(masker, text)


def test_person_word_labels_keep_bodies_and_blanks(masker):
    text = (
        "事業者：株式会社ミドリ\n該当者：なし\n保険者：若葉台市\n"
        "受託者：森下乳業（法人番号 1234567890123）\n指定管理者：若葉振興\n"
    )
    assert not persons(masker, text)


def test_roster_lines(masker):
    text = (
        "令和9年度 役員名簿\n"
        "会長　春日　朔（蒼くん・3年2組）　090-1111-2222\n"
        "副会長　大工　実（凛さん・1年1組）\n"
        "庶務 朔日 晴\n"
        "会計　監査報告（別紙）\n"
        "会計　予算 執行\n"
    )
    found = persons(masker, text)
    assert {"春日\u3000朔", "大工\u3000実", "朔日 晴"} <= found
    assert not found & {"監査報告", "予算 執行"}


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        ("Obrigada,", "ルアナ ペレイラ"),
        ("Cảm ơn,", "グエン バン ナム"),
        ("Atenciosamente,", "ブルーノ コスタ"),
        ("Salamat,", "Joy DELA CRUZ"),
    ],
)
def test_signature_under_a_closing_formula(masker, closing, name):
    text = f"I will come to the office on Monday.\n\n{closing}\n{name}\n\n> earlier message"
    assert name in persons(masker, text)


def test_closing_before_prose_is_no_signature(masker):
    assert not persons(masker, "Thanks,\nPlease call the office tomorrow.\n")


def test_english_address_list_items(masker):
    text = (
        "Evacuation drill participants\n"
        "- Carla MENDES, Room 305, Green Court, 2-4-6 Sakae, Wakaba-shi\n"
        "- NGUYEN VAN BINH, 3-2-1 Honcho, Wakaba-shi, tel 090-2222-3333\n"
        "2. Ravi SHARMA, tel 080-4444-5555\n"
        "- NPO Center, 1-2-3 Chuo, Wakaba-shi\n"
        "- City Hall, 1-1 Chuo, Wakaba-shi\n"
    )
    found = persons(masker, text)
    assert {"Carla MENDES", "NGUYEN VAN BINH", "Ravi SHARMA"} <= found
    assert not found & {"NPO Center", "City Hall"}


@pytest.mark.parametrize(
    ("text", "alt"),
    [
        ("＊氏名 チャン・ヴァン・ミン / TRAN VAN MINH", "TRAN VAN MINH"),
        ("氏名：ロドリゴ・アウベス／Rodrigo ALVES\n", "Rodrigo ALVES"),
        ("申請者：桂木 千景 / かつらぎ ちかげ\n", "かつらぎ ちかげ"),
    ],
)
def test_name_written_again_after_a_slash(masker, text, alt):
    assert alt in persons(masker, text)


def test_word_table_one_cell_a_line(masker):
    text = (
        "補装具 交付申請書\n"
        "氏名\n"
        "東雲柚葉\n"
        "ふりがな\n"
        "しののめゆずは\n"
        "フリガナ\n"
        "シノノメ ユズハ\n"
        "生年月日\n"
        "昭和40年1月2日\n"
    )
    assert {"東雲柚葉", "しののめゆずは", "シノノメ ユズハ"} <= persons(masker, text)


def test_one_kanji_member_in_an_attendee_list_and_later(masker):
    text = (
        "出席者：桐生委員長、百委員、十委員、事務局\n1. 報告\n　百委員から、欠員の報告があった。\n"
    )
    found = {(e.start, e.text) for e in masker.find(text) if e.type == "PERSON"}
    assert {t for _s, t in found} >= {"百", "十"}
    assert sum(1 for _s, t in found if t == "百") == 2
    assert not persons(masker, "出席者：各委員、副委員長、全委員")


def test_surname_of_a_speaker_before_desu(masker):
    text = "○相良晴臣議員　会派あおぞらの相良です。子育て支援について伺います。"
    found = [e.text for e in masker.find(text) if e.type == "PERSON"]
    assert found.count("相良") == 1 and "相良晴臣" in found


def test_relative_full_name_after_birth_order(masker):
    text = (
        "相続人\n"
        "　三男　梶原　蒼真　東京都練馬区旭町3丁目4番5号\n"
        "　二女　梶原　詩織　千葉県柏市中央1丁目2番3号\n"
    )
    assert {"梶原\u3000蒼真", "梶原\u3000詩織"} <= persons(masker, text)


def test_posts_before_san_are_no_names(masker):
    text = (
        "ごみ集積所の件は班長さんとご相談ください。\n"
        "> 班長の桐生さんは対応してくれません。市長さんにも手紙を出しました。\n"
    )
    found = persons(masker, text)
    assert "桐生" in found
    assert not found & {"班長", "市長"}


def test_what_is_no_name(masker):
    text = (
        "委　任　状\n"
        "任意保険：ひかり損害保険（証券番号 XZ-1234）\n"
        "振替口座：みどり信用金庫\n"
        "担当：税務課 窓口2番\n"
        "支給対象児童\n"
        "片岡さんの奥さんから電話\n"
    )
    found = persons(masker, text)
    assert "片岡" in found
    assert not found & {"委", "ひかり", "みどり", "窓口", "童", "片岡さん", "さん"}


def test_half_width_kana_is_not_cut_before_its_voiced_mark(masker):
    text = '"ﾊﾞﾝｺﾞｳ","ｷｺﾞｳ","ｼﾒｲ"\n"1234567","12","ｻｶﾞﾗ ﾐｿﾗ"\n"7654321","34","ｱｼﾔ ﾊﾙｵﾐ"\n'
    found = {(e.start, e.end) for e in masker.find(text) if e.type == "PERSON"}
    assert all(e >= len(text) or text[e] not in "ﾞﾟ" for _s, e in found)
    assert not any(text[s:e] == "ｷｺ" for s, e in found)


def test_staff_and_household_columns(masker):
    text = (
        "日付\t氏名\t書類\t担当\n"
        "12/01\t相良 美空\t旅券\t桐生\n"
        "12/02\t芦屋 晴臣\t健康保険証\t三輪\n"
        "12/03\t鳴海 結衣\t旅券\t吉野\n"
    )
    assert {"桐生", "三輪", "吉野"} <= persons(masker, text)
    table = (
        "部屋    名義人          同居者        電話\n"
        "1-101   相良 美空       薫            09011112222\n"
        "1-102   芦屋 晴臣       なし          09033334444\n"
        "2-201   鳴海 結衣       柚            09055556666\n"
    )
    found = persons(masker, table)
    assert {"薫", "柚"} <= found and "なし" not in found


def test_post_and_department_columns_are_no_names(masker):
    text = (
        "番号,商号,代表者職,代表者氏名\n"
        "1,有限会社ミドリ,代表取締役,相良 美空\n"
        "2,株式会社アオバ,代表社員,芦屋 晴臣\n"
    )
    found = persons(masker, text)
    assert {"相良 美空", "芦屋 晴臣"} <= found
    assert not found & {"代表取締役", "代表社員"}
    kana = "ｼｮｸｲﾝNO,ｼﾒｲ,ｼｮｿﾞｸ\n100001,ｻｶﾞﾗﾐｿﾗ,ｶﾝｷｮｳ\n100002,ｱｼﾔﾊﾙｵﾐ,ﾌｸｼ\n"
    found = persons(masker, kana)
    assert not found & {"ｶﾝｷｮｳ", "ﾌｸｼ"}


def test_children_with_a_school_year_or_a_sex_in_brackets(masker):
    text = "・蓮（小3）\n・桔梗（中1）\n・若草（女・年長）\n・長男（小3）\n"
    found = persons(masker, text)
    assert {"蓮", "桔梗", "若草"} <= found and "長男" not in found


def test_signature_under_a_bare_closing(masker):
    text = "See you on Monday.\n\nRegards\nJoy DELA CRUZ\n"
    assert "Joy DELA CRUZ" in persons(masker, text)


def test_chat_speakers_after_the_time(masker):
    text = (
        "[10:05] 朔日: 端末が固まりました\n"
        "[10:06] システム: 再起動します\n"
        "10:08 ソン（税務課）: こちらも同じです\n"
        "[10:09] 市民課: 了解\n"
    )
    found = persons(masker, text)
    assert {"朔日", "ソン"} <= found
    assert not found & {"システム", "市民課"}


def test_signatories_listed_with_their_addresses(masker):
    text = (
        "連署人\n"
        "朔日　晴　居能町八丁目三十五番十二号\n"
        "春日　朔　北海道旭川市東町六丁目三十一番十五号\n"
        "予定 変更 3丁目の集会所\n"
    )
    found = persons(masker, text)
    assert {"朔日\u3000晴", "春日\u3000朔"} <= found
    assert "予定 変更" not in found


def test_letter_spaced_labels_before_a_value_are_no_names(masker):
    text = "　氏　名　春日　朔\n　住　所　若葉台市東町3丁目4番5号\n　電　話　047-111-2222\n"
    found = persons(masker, text)
    assert "春日\u3000朔" in found
    assert not found & {"住\u3000所", "電\u3000話"}


def test_english_names_with_a_relation_or_an_age(masker):
    text = "Household: Ana SILVA (wife), Pedro SILVA (son), Lucas (6), Maria (age 4)\n"
    found = persons(masker, text)
    assert {"Ana SILVA", "Pedro SILVA", "Lucas", "Maria"} <= found
    assert not persons(masker, "See Section 3 (2024), Article (12) and Table (3).")


def test_speakers_after_any_minutes_mark(masker):
    text = "◎春日委員長　ただいまから会議を開きます。\n◆十議員　一点伺います。\n"
    assert {"春日", "十"} <= persons(masker, text)


def test_attendance_labels_without_sha(masker):
    found = persons(masker, "出席：春日、朔日、十（敬称略）\n欠席：大工\n")
    assert {"春日", "朔日", "十", "大工"} <= found
